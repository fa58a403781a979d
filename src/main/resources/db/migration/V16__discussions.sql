-- Discussions between meetings: threads within a community and their posts. Communities,
-- meetings, themes and people live in other modules and are referred to by id only.
-- Written to run unchanged on PostgreSQL and on H2 in PostgreSQL mode.

-- A thread of a community, optionally about one of its meetings or themes. Only members
-- read it unless it is open to the public, which only a public community's threads may
-- be. The list shows pinned threads first, then by their last activity.
create table discussion_thread (
    id                uuid          not null,
    community_id      uuid          not null,
    title             varchar(200)  not null,
    meeting_id        uuid,
    theme_id          uuid,
    open_to_public    boolean       not null,
    pinned            boolean       not null,
    locked            boolean       not null,
    deleted           boolean       not null,
    author_id         uuid          not null,
    created_at        timestamp with time zone not null,
    last_activity_at  timestamp with time zone not null,
    reply_count       integer       not null,
    version           bigint        not null,
    constraint discussion_thread_pk primary key (id)
);
create index discussion_thread_list on discussion_thread (community_id, deleted, pinned, last_activity_at);

-- A post: the thread's opening post or a reply, in Markdown as its author wrote it. A
-- deleted post keeps its place in the thread but loses its text; an edited one keeps its
-- earlier versions as revisions. A reply may quote another post of its thread. A post
-- flagged by enough members is hidden until a moderator restores it; only flags since
-- then count.
create table discussion_post (
    id              uuid            not null,
    thread_id       uuid            not null,
    author_id       uuid            not null,
    body            varchar(60000)  not null,
    created_at      timestamp with time zone not null,
    edited_at       timestamp with time zone,
    deleted         boolean         not null,
    useful_tip      boolean         not null,
    quoted_post_id  uuid,
    hidden          boolean         not null,
    restored_at     timestamp with time zone,
    version         bigint          not null,
    constraint discussion_post_pk primary key (id),
    constraint discussion_post_thread_fk foreign key (thread_id) references discussion_thread (id)
);
create index discussion_post_thread on discussion_post (thread_id, created_at);
create index discussion_post_author on discussion_post (author_id, created_at);

-- The text a post held before an edit, with who edited it and when.
create table discussion_post_revision (
    id         uuid            not null,
    post_id    uuid            not null,
    body       varchar(60000)  not null,
    edited_by  uuid            not null,
    edited_at  timestamp with time zone not null,
    constraint discussion_post_revision_pk primary key (id),
    constraint discussion_post_revision_post_fk foreign key (post_id) references discussion_post (id)
);
create index discussion_post_revision_post on discussion_post_revision (post_id, edited_at);

-- A member's flag of a post, with their reason: once per member and post.
create table discussion_flag (
    id          uuid           not null,
    post_id     uuid           not null,
    person_id   uuid           not null,
    reason      varchar(500)   not null,
    created_at  timestamp with time zone not null,
    constraint discussion_flag_pk primary key (id),
    constraint discussion_flag_post_fk foreign key (post_id) references discussion_post (id),
    constraint discussion_flag_once unique (post_id, person_id)
);
