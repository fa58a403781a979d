-- How people become and stop being members: applications, invitations, what each member
-- shares with the others, and the history of every change. People are referred to by id
-- only, without foreign keys into the account module's tables.

-- One application per person and community: applying again after a decline reopens it.
create table membership_application (
    id           uuid          not null,
    community_id uuid          not null,
    person_id    uuid          not null,
    motivation   varchar(1000) not null,
    language     varchar(8)    not null,
    status       varchar(20)   not null,
    applied_at   timestamp with time zone not null,
    decided_at   timestamp with time zone,
    decided_by   uuid,
    note         varchar(1000),
    version      bigint        not null default 0,
    constraint membership_application_pk primary key (id),
    constraint membership_application_community_person_uk unique (community_id, person_id),
    constraint membership_application_community_fk foreign key (community_id) references community (id) on delete cascade,
    constraint membership_application_status_ck check (status in ('PENDING', 'APPROVED', 'DECLINED'))
);
create index membership_application_person_idx on membership_application (person_id);

-- Only the SHA-256 hash of an invitation's secret link is kept.
create table community_invitation (
    id           uuid         not null,
    community_id uuid         not null,
    email        varchar(254) not null,
    role         varchar(20)  not null,
    token_hash   varchar(64)  not null,
    language     varchar(8)   not null,
    status       varchar(20)  not null,
    invited_by   uuid,
    invited_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    decided_at   timestamp with time zone,
    version      bigint       not null default 0,
    constraint community_invitation_pk primary key (id),
    constraint community_invitation_token_uk unique (token_hash),
    constraint community_invitation_community_fk foreign key (community_id) references community (id) on delete cascade,
    constraint community_invitation_role_ck check (role in ('MEMBER', 'EXPERT', 'OBSERVER')),
    constraint community_invitation_status_ck check (status in ('PENDING', 'ACCEPTED', 'DECLINED', 'REVOKED'))
);
create index community_invitation_community_status_idx on community_invitation (community_id, status);
create index community_invitation_email_idx on community_invitation (email);

-- What a member shares with one community, beyond their display name.
create table membership_sharing (
    community_id       uuid    not null,
    person_id          uuid    not null,
    share_email        boolean not null default false,
    share_organisation boolean not null default false,
    share_expertise    boolean not null default false,
    constraint membership_sharing_pk primary key (community_id, person_id),
    constraint membership_sharing_community_fk foreign key (community_id) references community (id) on delete cascade
);

-- What a person shares with all their communities.
create table membership_sharing_default (
    person_id          uuid    not null,
    share_email        boolean not null default false,
    share_organisation boolean not null default false,
    share_expertise    boolean not null default false,
    constraint membership_sharing_default_pk primary key (person_id)
);

-- Who did what to whose membership, and when. Actor and subject become null when the
-- person is erased; the event stays.
create table membership_event (
    id            uuid         not null,
    community_id  uuid         not null,
    kind          varchar(40)  not null,
    actor_id      uuid,
    subject_id    uuid,
    subject_email varchar(254),
    role          varchar(20),
    occurred_at   timestamp with time zone not null,
    constraint membership_event_pk primary key (id),
    constraint membership_event_community_fk foreign key (community_id) references community (id) on delete cascade
);
create index membership_event_community_idx on membership_event (community_id, occurred_at);
create index membership_event_actor_idx on membership_event (actor_id);
create index membership_event_subject_idx on membership_event (subject_id);
