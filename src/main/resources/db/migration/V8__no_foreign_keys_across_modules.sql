-- Modules refer to each other's rows by id only: the organisation module checks field codes
-- through the expertise module's API (ExpertiseFields.exists), not through the database.
alter table organisation_field drop constraint organisation_field_field_fk;
