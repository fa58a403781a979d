-- Files attached to posts: images and PDFs, kept on disk like the library's (see
-- FileStore), under their id; the database keeps what the page shows of them and their
-- checksum. Written to run unchanged on PostgreSQL and on H2 in PostgreSQL mode.
create table discussion_attachment (
    id             uuid          not null,
    post_id        uuid          not null,
    position       integer       not null,
    original_name  varchar(200)  not null,
    content_type   varchar(100)  not null,
    size_bytes     bigint        not null,
    sha256         varchar(64)   not null,
    created_at     timestamp with time zone not null,
    constraint discussion_attachment_pk primary key (id),
    constraint discussion_attachment_post_fk foreign key (post_id) references discussion_post (id)
);
create index discussion_attachment_post on discussion_attachment (post_id, position);
