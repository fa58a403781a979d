-- Knowledge: good practices, collected with a template, evaluated by peer reviewers against
-- criteria and compared across countries; and the library of publications with their
-- versions, translations, files and training curricula. Organisations, communities,
-- expertise fields and people live in other modules and are referred to by id or code
-- only. Files are kept on disk (kring.files.directory); a row holds their name, type,
-- size and checksum. Written to run unchanged on PostgreSQL and on H2 in PostgreSQL mode.

-- A good practice as its submitter described it with the template. A draft may lack most
-- of it; submitting needs the title, summary, country and at least one field. Every state
-- it reached is dated in practice_state_change. contact_visibility says who sees the
-- contact: NOBODY, MEMBERS (anyone signed in) or PUBLIC.
create table practice (
    id                   uuid           not null,
    title                varchar(200)   not null,
    summary              varchar(2000),
    country              varchar(2),
    region               varchar(120),
    organisation_id      uuid,
    organisation_name    varchar(200),
    start_year           int,
    still_running        boolean        not null default true,
    context              varchar(8000),
    objectives           varchar(8000),
    activities           varchar(8000),
    results              varchar(8000),
    evidence             varchar(8000),
    resources            varchar(8000),
    transfer             varchar(8000),
    contact_name         varchar(120),
    contact_email        varchar(254),
    contact_visibility   varchar(8)     not null default 'NOBODY',
    language             varchar(8)     not null,
    state                varchar(12)    not null,
    submitted_by         uuid           not null,
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    published_at         timestamp with time zone,
    evaluation_summary   varchar(4000),
    version              bigint         not null default 0,
    constraint practice_pk primary key (id),
    constraint practice_state_ck check (state in ('DRAFT', 'SUBMITTED', 'IN_REVIEW', 'PUBLISHED', 'RETURNED')),
    constraint practice_contact_ck check (contact_visibility in ('NOBODY', 'MEMBERS', 'PUBLIC')),
    constraint practice_start_year_ck check (start_year is null or start_year between 1900 and 2200)
);
create index practice_state_idx on practice (state, published_at);
create index practice_country_idx on practice (country);
create index practice_submitter_idx on practice (submitted_by);

create table practice_field (
    practice_id  uuid         not null,
    field_code   varchar(40)  not null,
    constraint practice_field_pk primary key (practice_id, field_code),
    constraint practice_field_practice_fk foreign key (practice_id) references practice (id) on delete cascade
);
create index practice_field_code_idx on practice_field (field_code);

-- WOMEN, YOUNG_PEOPLE (19–26), REFUGEES, ASYLUM_SEEKERS, UNDOCUMENTED, FAMILIES, OTHERS.
create table practice_target_group (
    practice_id   uuid         not null,
    target_group  varchar(16)  not null,
    constraint practice_target_group_pk primary key (practice_id, target_group),
    constraint practice_target_group_practice_fk foreign key (practice_id) references practice (id) on delete cascade
);

-- The languages the practice runs in (ISO 639).
create table practice_language (
    practice_id  uuid        not null,
    language     varchar(8)  not null,
    constraint practice_language_pk primary key (practice_id, language),
    constraint practice_language_practice_fk foreign key (practice_id) references practice (id) on delete cascade
);

create table practice_link (
    practice_id  uuid           not null,
    position     int            not null,
    label        varchar(200),
    url          varchar(2000)  not null,
    constraint practice_link_pk primary key (practice_id, position),
    constraint practice_link_practice_fk foreign key (practice_id) references practice (id) on delete cascade
);

create table practice_file (
    id             uuid          not null,
    practice_id    uuid          not null,
    original_name  varchar(200)  not null,
    content_type   varchar(100)  not null,
    size_bytes     bigint        not null,
    sha256         varchar(64)   not null,
    uploaded_by    uuid          not null,
    uploaded_at    timestamp with time zone not null,
    constraint practice_file_pk primary key (id),
    constraint practice_file_practice_fk foreign key (practice_id) references practice (id) on delete cascade
);
create index practice_file_practice_idx on practice_file (practice_id);

-- Every state a practice reached, when, by whom and, on returning, with what comments.
create table practice_state_change (
    id           uuid          not null,
    practice_id  uuid          not null,
    state        varchar(12)   not null,
    changed_at   timestamp with time zone not null,
    changed_by   uuid          not null,
    comments     varchar(4000),
    constraint practice_state_change_pk primary key (id),
    constraint practice_state_change_practice_fk foreign key (practice_id) references practice (id) on delete cascade
);
create index practice_state_change_practice_idx on practice_state_change (practice_id, changed_at);

-- The criteria practices are scored on, set by administrators. The six of seed 001 are
-- there from the start and named by the message bundles through their code; a criterion
-- an administrator adds carries its own name and description. A retired criterion keeps
-- its scores but is no longer asked.
create table practice_criterion (
    id           uuid           not null,
    code         varchar(40)    not null,
    name         varchar(120),
    description  varchar(1000),
    position     int            not null,
    retired      boolean        not null default false,
    constraint practice_criterion_pk primary key (id),
    constraint practice_criterion_code_uk unique (code)
);
insert into practice_criterion (id, code, position) values
    ('7d6c2a10-0001-4c00-9000-000000000001', 'relevance', 1),
    ('7d6c2a10-0001-4c00-9000-000000000002', 'effectiveness', 2),
    ('7d6c2a10-0001-4c00-9000-000000000003', 'transferability', 3),
    ('7d6c2a10-0001-4c00-9000-000000000004', 'sustainability', 4),
    ('7d6c2a10-0001-4c00-9000-000000000005', 'participation', 5),
    ('7d6c2a10-0001-4c00-9000-000000000006', 'gender', 6);

-- A reviewer a coordinator assigned to a practice; one review per person per practice.
-- submitted_at is set when they handed in a score for every criterion.
create table practice_review (
    practice_id   uuid           not null,
    reviewer_id   uuid           not null,
    assigned_by   uuid           not null,
    assigned_at   timestamp with time zone not null,
    submitted_at  timestamp with time zone,
    remarks       varchar(4000),
    constraint practice_review_pk primary key (practice_id, reviewer_id),
    constraint practice_review_practice_fk foreign key (practice_id) references practice (id) on delete cascade
);
create index practice_review_reviewer_idx on practice_review (reviewer_id);

create table practice_score (
    practice_id    uuid           not null,
    reviewer_id    uuid           not null,
    criterion_id   uuid           not null,
    score          int            not null,
    justification  varchar(2000)  not null,
    constraint practice_score_pk primary key (practice_id, reviewer_id, criterion_id),
    constraint practice_score_review_fk foreign key (practice_id, reviewer_id) references practice_review (practice_id, reviewer_id) on delete cascade,
    constraint practice_score_criterion_fk foreign key (criterion_id) references practice_criterion (id),
    constraint practice_score_range_ck check (score between 1 and 5)
);

-- A publication in the language it was written in (language); its kind groups the three
-- magazine articles (ESSAY, INTERVIEW, PRACTICAL_ARTICLE). community_id or project tells
-- where it came from.
create table library_publication (
    id                uuid           not null,
    kind              varchar(24)    not null,
    language          varchar(8)     not null,
    title             varchar(300)   not null,
    summary           varchar(4000),
    authors           varchar(1000),
    community_id      uuid,
    project           varchar(200),
    publication_year  int,
    licence           varchar(60),
    created_by        uuid           not null,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    version           bigint         not null default 0,
    constraint library_publication_pk primary key (id),
    constraint library_publication_kind_ck check (kind in ('REPORT', 'GUIDELINE', 'METHODOLOGY_HANDBOOK',
        'TRAINING_CURRICULUM', 'ESSAY', 'INTERVIEW', 'PRACTICAL_ARTICLE', 'FACTSHEET', 'TOOLKIT'))
);
create index library_publication_kind_idx on library_publication (kind, publication_year);

create table library_publication_organisation (
    publication_id   uuid  not null,
    organisation_id  uuid  not null,
    constraint library_publication_organisation_pk primary key (publication_id, organisation_id),
    constraint library_publication_organisation_publication_fk foreign key (publication_id) references library_publication (id) on delete cascade
);

-- A version of a publication: 1 is the first; each later one says what changed.
create table library_version (
    id              uuid           not null,
    publication_id  uuid           not null,
    number          int            not null,
    change_note     varchar(2000),
    created_by      uuid           not null,
    created_at      timestamp with time zone not null,
    constraint library_version_pk primary key (id),
    constraint library_version_number_uk unique (publication_id, number),
    constraint library_version_publication_fk foreign key (publication_id) references library_publication (id) on delete cascade
);

-- A translation: the title and summary in another language than the original.
create table library_translation (
    publication_id  uuid           not null,
    language        varchar(8)     not null,
    title           varchar(300)   not null,
    summary         varchar(4000),
    created_by      uuid           not null,
    created_at      timestamp with time zone not null,
    constraint library_translation_pk primary key (publication_id, language),
    constraint library_translation_publication_fk foreign key (publication_id) references library_publication (id) on delete cascade
);

-- A file of one version in one language (the original's or a translation's).
-- text_excerpt holds the text of its first pages, for search.
create table library_file (
    id             uuid           not null,
    version_id     uuid           not null,
    language       varchar(8)     not null,
    original_name  varchar(200)   not null,
    content_type   varchar(100)   not null,
    size_bytes     bigint         not null,
    sha256         varchar(64)    not null,
    text_excerpt   varchar(20000),
    uploaded_by    uuid           not null,
    uploaded_at    timestamp with time zone not null,
    constraint library_file_pk primary key (id),
    constraint library_file_version_fk foreign key (version_id) references library_version (id) on delete cascade
);
create index library_file_version_idx on library_file (version_id, language);

-- A reader's request for a translation into a language; counted per language.
-- requested_by is null for a visitor.
create table library_translation_request (
    id              uuid         not null,
    publication_id  uuid         not null,
    language        varchar(8)   not null,
    requested_by    uuid,
    requested_at    timestamp with time zone not null,
    constraint library_translation_request_pk primary key (id),
    constraint library_translation_request_publication_fk foreign key (publication_id) references library_publication (id) on delete cascade
);
create index library_translation_request_idx on library_translation_request (publication_id, language);

-- A module of a training curriculum (seed 001): for policy makers or for counsellors.
create table library_curriculum_module (
    id                uuid           not null,
    publication_id    uuid           not null,
    position          int            not null,
    title             varchar(200)   not null,
    goals             varchar(4000),
    duration_minutes  int,
    target_group      varchar(16)    not null,
    constraint library_curriculum_module_pk primary key (id),
    constraint library_curriculum_module_position_uk unique (publication_id, position),
    constraint library_curriculum_module_publication_fk foreign key (publication_id) references library_publication (id) on delete cascade,
    constraint library_curriculum_module_target_ck check (target_group in ('POLICY_MAKERS', 'COUNSELLORS')),
    constraint library_curriculum_module_duration_ck check (duration_minutes is null or duration_minutes > 0)
);

-- A practical assignment of a module, to apply in daily work.
create table library_assignment (
    id            uuid           not null,
    module_id     uuid           not null,
    position      int            not null,
    title         varchar(200)   not null,
    instructions  varchar(4000),
    constraint library_assignment_pk primary key (id),
    constraint library_assignment_position_uk unique (module_id, position),
    constraint library_assignment_module_fk foreign key (module_id) references library_curriculum_module (id) on delete cascade
);
