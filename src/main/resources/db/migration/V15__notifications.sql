-- Notifications: what a person is told in-app (and later by e-mail), and how much of it
-- they want. People and communities live in other modules and are referred to by id only,
-- without foreign keys (see V8). Written to run unchanged on PostgreSQL and on H2 in
-- PostgreSQL mode.

-- One notification for one person. The text is rendered in the reader's language from
-- the kind's message and its arguments (titles and names as they were when it was made),
-- kept one per line. subject_id names what it is about (a meeting, a request…): unique
-- per person and kind, so that an event delivered twice notifies once.
create table notification (
    id            uuid          not null,
    recipient_id  uuid          not null,
    kind          varchar(32)   not null,
    community_id  uuid,
    subject_id    uuid          not null,
    link          varchar(500)  not null,
    arguments     varchar(2000) not null,
    created_at    timestamp with time zone not null,
    read_at       timestamp with time zone,
    constraint notification_pk primary key (id),
    constraint notification_subject_uk unique (recipient_id, kind, subject_id)
);

create index notification_recipient_idx on notification (recipient_id, created_at);

create index notification_unread_idx on notification (recipient_id, read_at);

-- A person's e-mail mode; a person without a row has the default, a weekly digest.
create table notification_preference (
    person_id   uuid        not null,
    email_mode  varchar(16) not null,
    constraint notification_preference_pk primary key (person_id),
    constraint notification_preference_mode_ck check (email_mode in ('IMMEDIATE', 'DAILY', 'WEEKLY', 'NONE'))
);

-- A person's level in one community; without a row, normal.
create table notification_level (
    person_id     uuid        not null,
    community_id  uuid        not null,
    level         varchar(16) not null,
    constraint notification_level_pk primary key (person_id, community_id),
    constraint notification_level_level_ck check (level in ('WATCHING', 'NORMAL', 'MUTED'))
);

create index notification_level_community_idx on notification_level (community_id);
