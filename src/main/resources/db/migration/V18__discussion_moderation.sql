-- Moderation of discussions: who is blocked from a community's discussions, and the log of
-- every moderation action. People and communities live in other modules and are referred
-- to by id only. Written to run unchanged on PostgreSQL and on H2 in PostgreSQL mode.

-- A person blocked from a community's discussions: they read its public threads only and
-- write nothing there. Unblocking deletes the row; the log keeps both steps.
create table discussion_block (
    id            uuid           not null,
    community_id  uuid           not null,
    person_id     uuid           not null,
    blocked_by    uuid           not null,
    reason        varchar(500)   not null,
    created_at    timestamp with time zone not null,
    constraint discussion_block_pk primary key (id),
    constraint discussion_block_once unique (community_id, person_id)
);

-- A moderator's action on a post or a person of a community, with why. The thread and
-- post are kept by id only, so that an entry outlives them.
create table discussion_moderation_log (
    id            uuid           not null,
    community_id  uuid           not null,
    moderator_id  uuid           not null,
    action        varchar(20)    not null,
    person_id     uuid,
    thread_id     uuid,
    post_id       uuid,
    reason        varchar(500)   not null,
    created_at    timestamp with time zone not null,
    constraint discussion_moderation_log_pk primary key (id)
);
create index discussion_moderation_log_community on discussion_moderation_log (community_id, created_at);

-- The moderation queue looks for posts with flags.
create index discussion_flag_post on discussion_flag (post_id, created_at);
