-- The name an expert profile is found by in the search: a copy of its owner's display name,
-- which the expertise module writes when the profile is saved and when its owner is renamed
-- (the account module's tables are its own). Profiles saved before are named on the next
-- start.
alter table expertise_profile add column display_name varchar(80);
