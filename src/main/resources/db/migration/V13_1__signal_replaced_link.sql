-- The reminder to an authority carries a new personal link, since only the hash of the
-- first one is kept: the hash of the replaced link stays, so that the old link can say it
-- was replaced rather than look unknown.
alter table result_signal add column replaced_token_hash varchar(64);
create index result_signal_replaced_token_idx on result_signal (replaced_token_hash);
