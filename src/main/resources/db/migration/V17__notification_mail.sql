-- Notifications by e-mail: each notification mailed at most once, one digest per person
-- and period, and the one-click unsubscribe links those mails carry. Written to run
-- unchanged on PostgreSQL and on H2 in PostgreSQL mode.

-- When the notification went out by e-mail, on its own or in a digest; set in the same
-- transaction that sends it, so that it is claimed before it goes and never goes twice.
alter table notification add column mailed_at timestamp with time zone;

create index notification_unmailed_idx on notification (mailed_at, created_at);

-- One digest for one person: a daily or weekly period is known by the day it is due on.
-- The primary key claims it: a second run, also on another instance at the same time,
-- fails to insert the row and sends nothing. due_at is the moment the digest was due:
-- the next digest lists what came after it.
create table notification_digest (
    person_id     uuid        not null,
    email_mode    varchar(16) not null,
    period_start  date        not null,
    due_at        timestamp with time zone not null,
    sent_at       timestamp with time zone not null,
    items         integer     not null,
    constraint notification_digest_pk primary key (person_id, email_mode, period_start),
    constraint notification_digest_mode_ck check (email_mode in ('DAILY', 'WEEKLY'))
);

-- The unsubscribe link of one mail: only the SHA-256 hash of its secret is kept. A link
-- works once (used_at), and is forgotten a year after its mail.
create table notification_unsubscribe (
    secret_hash  varchar(64) not null,
    person_id    uuid        not null,
    created_at   timestamp with time zone not null,
    used_at      timestamp with time zone,
    constraint notification_unsubscribe_pk primary key (secret_hash)
);

create index notification_unsubscribe_person_idx on notification_unsubscribe (person_id);

create index notification_unsubscribe_created_idx on notification_unsubscribe (created_at);
