-- A signed-in session is indexed by the person's e-mail address, which may have up to 254
-- characters (as person.email); Spring Session's own schema allows only 100, and a login
-- with a longer address failed when the session was saved.

alter table spring_session alter column principal_name set data type varchar(254);
