-- Communities and who belongs to them. People and organisations belong to other modules:
-- they are referred to by id only, without foreign keys into those modules' tables.

create table community (
    id                uuid          not null,
    slug              varchar(60)   not null,
    kind              varchar(30)   not null,
    visibility        varchar(20)   not null,
    join_policy       varchar(20)   not null,
    status            varchar(20)   not null,
    original_language varchar(8)    not null,
    name              varchar(120)  not null,
    domain            varchar(2000) not null,
    practice          varchar(4000) not null,
    created_at        timestamp with time zone not null,
    created_by        uuid          not null,
    version           bigint        not null default 0,
    constraint community_pk primary key (id),
    constraint community_slug_uk unique (slug),
    constraint community_kind_ck check (kind in ('COMMUNITY_OF_PRACTICE', 'LEARNING_NETWORK', 'EXPERT_POOL',
        'ADVISORY_BODY', 'PROJECT_CONSORTIUM')),
    constraint community_visibility_ck check (visibility in ('PUBLIC', 'MEMBERS_ONLY', 'SECRET')),
    constraint community_join_policy_ck check (join_policy in ('OPEN', 'ON_APPROVAL', 'BY_INVITATION')),
    constraint community_status_ck check (status in ('ACTIVE', 'PROPOSED', 'DECLINED'))
);
create index community_status_name_idx on community (status, name);

-- The text fields in other languages than the original; a missing field falls back to
-- the original's.
create table community_translation (
    community_id uuid          not null,
    language     varchar(8)    not null,
    name         varchar(120),
    domain       varchar(2000),
    practice     varchar(4000),
    constraint community_translation_pk primary key (community_id, language),
    constraint community_translation_community_fk foreign key (community_id) references community (id) on delete cascade
);

create table community_theme (
    community_id uuid        not null,
    theme        varchar(60) not null,
    constraint community_theme_pk primary key (community_id, theme),
    constraint community_theme_community_fk foreign key (community_id) references community (id) on delete cascade
);
create index community_theme_theme_idx on community_theme (theme);

-- Countries by ISO 3166-1 alpha-2 code; region is free text, empty for the whole country.
create table community_country (
    community_id uuid         not null,
    country      varchar(2)   not null,
    region       varchar(120) not null default '',
    constraint community_country_pk primary key (community_id, country, region),
    constraint community_country_community_fk foreign key (community_id) references community (id) on delete cascade
);
create index community_country_country_idx on community_country (country);

-- Working languages by ISO 639-1 code.
create table community_language (
    community_id uuid       not null,
    language     varchar(8) not null,
    constraint community_language_pk primary key (community_id, language),
    constraint community_language_community_fk foreign key (community_id) references community (id) on delete cascade
);
create index community_language_language_idx on community_language (language);

-- Partner organisations, by the organisation module's id.
create table community_partner (
    community_id    uuid not null,
    organisation_id uuid not null,
    constraint community_partner_pk primary key (community_id, organisation_id),
    constraint community_partner_community_fk foreign key (community_id) references community (id) on delete cascade
);

create table membership (
    id           uuid        not null,
    community_id uuid        not null,
    person_id    uuid        not null,
    role         varchar(20) not null,
    joined_at    timestamp with time zone not null,
    version      bigint      not null default 0,
    constraint membership_pk primary key (id),
    constraint membership_community_person_uk unique (community_id, person_id),
    constraint membership_community_fk foreign key (community_id) references community (id) on delete cascade,
    constraint membership_role_ck check (role in ('FACILITATOR', 'MEMBER', 'EXPERT', 'OBSERVER'))
);
create index membership_person_idx on membership (person_id);
