-- Expert participation requests: someone who facilitates a community, or a coordinator,
-- asks one or more experts for a piece of input by a due date; each expert accepts,
-- declines or answers. People and communities live in other modules and are referred to
-- by id only. Attached files live on disk under a random name; the database keeps their
-- original name, type, size and SHA-256 checksum. Runs unchanged on PostgreSQL and H2.

create table expertise_request (
    id           uuid          not null,
    kind         varchar(20)   not null,
    title        varchar(200)  not null,
    question     varchar(4000) not null,
    link         varchar(500),
    community_id uuid,
    asked_by     uuid          not null,
    due_on       date          not null,
    state        varchar(20)   not null,
    created_at   timestamp with time zone not null,
    closed_at    timestamp with time zone,
    constraint expertise_request_pk primary key (id),
    constraint expertise_request_kind_ck check (kind in ('REVIEW', 'INSIGHT', 'SPEAKING', 'OTHER')),
    constraint expertise_request_state_ck check (state in ('OPEN', 'CLOSED', 'CANCELLED'))
);
create index expertise_request_asked_by_idx on expertise_request (asked_by, created_at);

-- One row per expert asked: where their answer stands.
create table expertise_request_expert (
    request_id     uuid          not null,
    expert_id      uuid          not null,
    state          varchar(20)   not null,
    answer         varchar(4000),
    decline_reason varchar(1000),
    answered_at    timestamp with time zone,
    constraint expertise_request_expert_pk primary key (request_id, expert_id),
    constraint expertise_request_expert_request_fk foreign key (request_id) references expertise_request (id) on delete cascade,
    constraint expertise_request_expert_state_ck check (state in ('ASKED', 'ACCEPTED', 'DECLINED', 'ANSWERED'))
);
create index expertise_request_expert_expert_idx on expertise_request_expert (expert_id, state);

-- A file attached to a request by its asker (expert_id null) or to an expert's answer.
create table expertise_request_attachment (
    id            uuid         not null,
    request_id    uuid         not null,
    expert_id     uuid,
    original_name varchar(255) not null,
    content_type  varchar(100) not null,
    size_bytes    bigint       not null,
    sha256        varchar(64)  not null,
    uploaded_at   timestamp with time zone not null,
    constraint expertise_request_attachment_pk primary key (id),
    constraint expertise_request_attachment_request_fk foreign key (request_id) references expertise_request (id) on delete cascade
);
create index expertise_request_attachment_request_idx on expertise_request_attachment (request_id);
