-- Coordinators: partner-organisation staff who start communities and recruit experts
-- across them. A person is a member, a coordinator or an administrator of the instance.
alter table person add column coordinator boolean default false not null;
