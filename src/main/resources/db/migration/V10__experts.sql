-- Experts: the profile a person declares, the recruitment pipeline that brings candidates
-- into a community as experts, and the coverage each community aims for. People,
-- communities and organisations live in other modules and are referred to by id only.
-- Written to run unchanged on PostgreSQL and on H2 in PostgreSQL mode.

create table expertise_profile (
    person_id       uuid          not null,
    organisation_id uuid,
    biography       varchar(2000),
    visibility      varchar(20)   not null,
    updated_at      timestamp with time zone not null,
    version         bigint        not null default 0,
    constraint expertise_profile_pk primary key (person_id),
    constraint expertise_profile_visibility_ck check (visibility in ('EVERYONE', 'COMMUNITIES', 'COORDINATORS'))
);
create index expertise_profile_organisation_idx on expertise_profile (organisation_id);

create table expertise_profile_field (
    person_id  uuid         not null,
    field_code varchar(40)  not null,
    years      int          not null,
    note       varchar(300),
    constraint expertise_profile_field_pk primary key (person_id, field_code),
    constraint expertise_profile_field_profile_fk foreign key (person_id) references expertise_profile (person_id) on delete cascade,
    constraint expertise_profile_field_field_fk foreign key (field_code) references expertise_field (code),
    constraint expertise_profile_field_years_ck check (years between 0 and 70)
);
create index expertise_profile_field_code_idx on expertise_profile_field (field_code);

create table expertise_profile_qualification (
    person_id          uuid        not null,
    qualification_code varchar(40) not null,
    constraint expertise_profile_qualification_pk primary key (person_id, qualification_code),
    constraint expertise_profile_qualification_profile_fk foreign key (person_id) references expertise_profile (person_id) on delete cascade,
    constraint expertise_profile_qualification_code_fk foreign key (qualification_code) references expertise_qualification (code)
);
create index expertise_profile_qualification_code_idx on expertise_profile_qualification (qualification_code);

-- ISO 639-1 codes where a language has one, else ISO 639-3.
create table expertise_profile_language (
    person_id uuid       not null,
    language  varchar(3) not null,
    constraint expertise_profile_language_pk primary key (person_id, language),
    constraint expertise_profile_language_profile_fk foreign key (person_id) references expertise_profile (person_id) on delete cascade
);
create index expertise_profile_language_idx on expertise_profile_language (language);

-- ISO 3166-1 alpha-2 codes.
create table expertise_profile_country (
    person_id uuid       not null,
    country   varchar(2) not null,
    constraint expertise_profile_country_pk primary key (person_id, country),
    constraint expertise_profile_country_profile_fk foreign key (person_id) references expertise_profile (person_id) on delete cascade
);
create index expertise_profile_country_idx on expertise_profile_country (country);

-- The kinds of work an expert is available for.
create table expertise_profile_availability (
    person_id uuid        not null,
    work      varchar(30) not null,
    constraint expertise_profile_availability_pk primary key (person_id, work),
    constraint expertise_profile_availability_profile_fk foreign key (person_id) references expertise_profile (person_id) on delete cascade,
    constraint expertise_profile_availability_work_ck check (work in ('GUEST_SPEAKER', 'REVIEWER', 'CHALLENGE_MENTOR', 'ADVISORY_INPUT'))
);
create index expertise_profile_availability_work_idx on expertise_profile_availability (work);

-- A candidate nominated for a community: an existing person, or an e-mail address until
-- its owner accepts and has an account. open_candidate holds the person's id or the
-- lower-cased address while the nomination is open (nominated, invited, accepted,
-- active) and is null once it is closed, so a community has at most one open nomination
-- per candidate on both databases (nulls never clash in a unique constraint).
create table expertise_nomination (
    id              uuid          not null,
    community_id    uuid          not null,
    person_id       uuid,
    email           varchar(320),
    candidate_name  varchar(120),
    organisation_id uuid,
    state           varchar(20)   not null,
    open_candidate  varchar(320),
    note            varchar(2000),
    token_hash      varchar(64),
    -- the secret of the first mail stays valid after a reminder carried a new one
    earlier_token_hash varchar(64),
    invited_at      timestamp with time zone,
    reminded_at     timestamp with time zone,
    nominated_by    uuid          not null,
    created_at      timestamp with time zone not null,
    version         bigint        not null default 0,
    constraint expertise_nomination_pk primary key (id),
    constraint expertise_nomination_open_uk unique (community_id, open_candidate),
    constraint expertise_nomination_token_uk unique (token_hash),
    constraint expertise_nomination_earlier_token_uk unique (earlier_token_hash),
    constraint expertise_nomination_candidate_ck check (person_id is not null or email is not null),
    constraint expertise_nomination_state_ck check (state in ('NOMINATED', 'INVITED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'ACTIVE', 'ALUMNI'))
);
create index expertise_nomination_community_idx on expertise_nomination (community_id, state);
create index expertise_nomination_person_idx on expertise_nomination (person_id);
create index expertise_nomination_invited_idx on expertise_nomination (state, invited_at);

create table expertise_nomination_field (
    nomination_id uuid        not null,
    field_code    varchar(40) not null,
    constraint expertise_nomination_field_pk primary key (nomination_id, field_code),
    constraint expertise_nomination_field_nomination_fk foreign key (nomination_id) references expertise_nomination (id) on delete cascade,
    constraint expertise_nomination_field_field_fk foreign key (field_code) references expertise_field (code)
);
create index expertise_nomination_field_code_idx on expertise_nomination_field (field_code);

-- Every state a nomination went through, when, and who moved it (null: the candidate
-- before they had an account, or the platform itself).
create table expertise_nomination_step (
    nomination_id uuid        not null,
    position      int         not null,
    state         varchar(20) not null,
    at            timestamp with time zone not null,
    actor_id      uuid,
    constraint expertise_nomination_step_pk primary key (nomination_id, position),
    constraint expertise_nomination_step_nomination_fk foreign key (nomination_id) references expertise_nomination (id) on delete cascade
);

-- What a community aims for; a community without a row uses the defaults (five experts
-- per partner organisation, at least one per field and partner).
create table expertise_coverage_target (
    community_id        uuid not null,
    experts_per_partner int  not null,
    experts_per_field   int  not null,
    updated_by          uuid not null,
    updated_at          timestamp with time zone not null,
    constraint expertise_coverage_target_pk primary key (community_id),
    constraint expertise_coverage_target_partner_ck check (experts_per_partner between 0 and 1000),
    constraint expertise_coverage_target_field_ck check (experts_per_field between 0 and 1000)
);
