-- Results: what became of the products of meetings. Joint signals and recommendations
-- addressed to an authority and followed to its answer; each community's yearly action
-- agenda with owners and progress updates; the toolbox; the register of legislation tested
-- in practice. Meetings, themes, communities, organisations and people live in other
-- modules and are referred to by id only. product_id is the meeting product a result came
-- from: unique, so that a closed meeting never yields the same result twice. Written to
-- run unchanged on PostgreSQL and on H2 in PostgreSQL mode.

-- A joint signal (from a meeting or written directly) or a recommendation of an advisory
-- body, addressed to an organisation of a government kind or to a named office. A draft
-- may lack its text and what it asks; sending needs both. Every state it reached is dated.
-- The authority's contact acknowledges and answers through a personal link of which only
-- the hash is kept.
create table result_signal (
    id                 uuid           not null,
    community_id       uuid           not null,
    kind               varchar(16)    not null,
    title              varchar(200)   not null,
    body               varchar(8000),
    evidence           varchar(8000),
    ask                varchar(4000),
    authority_id       uuid,
    authority_office   varchar(200),
    contact_name       varchar(120),
    contact_email      varchar(254),
    contact_language   varchar(8),
    meeting_id         uuid,
    theme_id           uuid,
    theme              varchar(200),
    product_id         uuid,
    state              varchar(16)    not null,
    created_by         uuid           not null,
    created_at         timestamp with time zone not null,
    sent_by            uuid,
    sent_at            timestamp with time zone,
    acknowledged_at    timestamp with time zone,
    answered_at        timestamp with time zone,
    answer             varchar(8000),
    answered_by        varchar(120),
    followed_up_at     timestamp with time zone,
    outcome            varchar(24),
    follow_up_note     varchar(4000),
    answer_token_hash  varchar(64),
    reminder_due_at    timestamp with time zone,
    reminded_at        timestamp with time zone,
    version            bigint         not null default 0,
    constraint result_signal_pk primary key (id),
    constraint result_signal_product_uk unique (product_id),
    constraint result_signal_token_uk unique (answer_token_hash),
    constraint result_signal_kind_ck check (kind in ('SIGNAL', 'RECOMMENDATION')),
    constraint result_signal_state_ck check (state in ('DRAFT', 'SENT', 'ACKNOWLEDGED', 'ANSWERED', 'FOLLOWED_UP')),
    constraint result_signal_outcome_ck check (outcome is null or outcome in ('IMPLEMENTED', 'PARTLY_IMPLEMENTED', 'NOT_IMPLEMENTED')),
    constraint result_signal_authority_ck check (authority_id is not null or authority_office is not null)
);
create index result_signal_community_idx on result_signal (community_id, created_at);
create index result_signal_state_idx on result_signal (state, sent_at);
create index result_signal_reminder_idx on result_signal (reminder_due_at);

-- An action on a community's agenda for one year (agenda_year): one agenda per community
-- per year. needs_owner is set when its last owner left the community.
create table result_action (
    id                uuid           not null,
    community_id      uuid           not null,
    agenda_year       int            not null,
    title             varchar(200)   not null,
    description       varchar(4000),
    due_on            date,
    status            varchar(12)    not null,
    drop_reason       varchar(1000),
    progress          int            not null default 0,
    needs_owner       boolean        not null default false,
    meeting_id        uuid,
    theme_id          uuid,
    theme             varchar(200),
    product_id        uuid,
    created_by        uuid           not null,
    created_at        timestamp with time zone not null,
    status_changed_at timestamp with time zone not null,
    due_reminded_on   date,
    version           bigint         not null default 0,
    constraint result_action_pk primary key (id),
    constraint result_action_product_uk unique (product_id),
    constraint result_action_status_ck check (status in ('PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED')),
    constraint result_action_progress_ck check (progress between 0 and 100)
);
create index result_action_agenda_idx on result_action (community_id, agenda_year);
create index result_action_due_idx on result_action (status, due_on);

create table result_action_owner (
    action_id uuid not null,
    person_id uuid not null,
    constraint result_action_owner_pk primary key (action_id, person_id),
    constraint result_action_owner_action_fk foreign key (action_id) references result_action (id) on delete cascade
);
create index result_action_owner_person_idx on result_action_owner (person_id);

-- A progress update on an action: on which day, what happened, how far along it is.
create table result_action_update (
    id         uuid          not null,
    action_id  uuid          not null,
    written_by uuid          not null,
    written_at timestamp with time zone not null,
    update_on  date          not null,
    text       varchar(4000) not null,
    percentage int           not null,
    constraint result_action_update_pk primary key (id),
    constraint result_action_update_action_fk foreign key (action_id) references result_action (id) on delete cascade,
    constraint result_action_update_percentage_ck check (percentage between 0 and 100)
);
create index result_action_update_action_idx on result_action_update (action_id, update_on);

-- The monthly mail of open actions a person got for a month (mail_month, its first day): a
-- row is claimed before the mail goes, so it never goes twice.
create table result_owner_mail (
    person_id  uuid not null,
    mail_month date not null,
    sent_at    timestamp with time zone not null,
    constraint result_owner_mail_pk primary key (person_id, mail_month)
);

-- A tool in a community's toolbox, with its links.
create table result_tool (
    id           uuid          not null,
    community_id uuid          not null,
    title        varchar(200)  not null,
    description  varchar(4000),
    meeting_id   uuid,
    theme_id     uuid,
    theme        varchar(200),
    product_id   uuid,
    created_by   uuid          not null,
    created_at   timestamp with time zone not null,
    version      bigint        not null default 0,
    constraint result_tool_pk primary key (id),
    constraint result_tool_product_uk unique (product_id)
);
create index result_tool_community_idx on result_tool (community_id, created_at);

create table result_tool_link (
    tool_id  uuid         not null,
    position int          not null,
    label    varchar(200) not null,
    url      varchar(500) not null,
    constraint result_tool_link_pk primary key (tool_id, position),
    constraint result_tool_link_tool_fk foreign key (tool_id) references result_tool (id) on delete cascade
);

-- A test of legislation in practice: which rule or article, what the group found, what it
-- recommends; optionally turned into a signal.
create table result_legislation_test (
    id             uuid          not null,
    community_id   uuid          not null,
    rule_tested    varchar(300)  not null,
    title          varchar(200)  not null,
    finding        varchar(8000),
    recommendation varchar(4000),
    signal_id      uuid,
    meeting_id     uuid,
    theme_id       uuid,
    theme          varchar(200),
    product_id     uuid,
    created_by     uuid          not null,
    created_at     timestamp with time zone not null,
    version        bigint        not null default 0,
    constraint result_legislation_test_pk primary key (id),
    constraint result_legislation_test_product_uk unique (product_id),
    constraint result_legislation_test_signal_fk foreign key (signal_id) references result_signal (id) on delete set null
);
create index result_legislation_test_community_idx on result_legislation_test (community_id, created_at);
