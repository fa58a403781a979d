-- The expertise fields every module tags its content with, and the organisations that
-- work in them: partners and stakeholders, their relations and the people who say they
-- belong to one. Written to run unchanged on PostgreSQL and on H2 in PostgreSQL mode.

create table expertise_field (
    code       varchar(40) not null,
    position   int         not null,
    retired_at timestamp with time zone,
    constraint expertise_field_pk primary key (code)
);

create table expertise_field_name (
    field_code varchar(40)  not null,
    language   varchar(8)   not null,
    name       varchar(120) not null,
    constraint expertise_field_name_pk primary key (field_code, language),
    constraint expertise_field_name_field_fk foreign key (field_code) references expertise_field (code) on delete cascade
);

-- The five fields of the expert pool (seed 000); an instance may add its own.
insert into expertise_field (code, position) values
    ('social-protection', 1),
    ('health-care', 2),
    ('labour-market', 3),
    ('education', 4),
    ('housing-income', 5);

insert into expertise_field_name (field_code, language, name) values
    ('social-protection', 'en', 'Social protection'),
    ('social-protection', 'nl', 'Sociale bescherming'),
    ('social-protection', 'fr', 'Protection sociale'),
    ('social-protection', 'ar', 'الحماية الاجتماعية'),
    ('health-care', 'en', 'Access to health care and therapeutic services'),
    ('health-care', 'nl', 'Toegang tot gezondheidszorg en therapeutische hulp'),
    ('health-care', 'fr', 'Accès aux soins de santé et aux services thérapeutiques'),
    ('health-care', 'ar', 'الوصول إلى الرعاية الصحية والخدمات العلاجية'),
    ('labour-market', 'en', 'Labour-market integration'),
    ('labour-market', 'nl', 'Integratie op de arbeidsmarkt'),
    ('labour-market', 'fr', 'Insertion sur le marché du travail'),
    ('labour-market', 'ar', 'الاندماج في سوق العمل'),
    ('education', 'en', 'Education and lifelong learning'),
    ('education', 'nl', 'Onderwijs en levenslang leren'),
    ('education', 'fr', 'Éducation et formation tout au long de la vie'),
    ('education', 'ar', 'التعليم والتعلم مدى الحياة'),
    ('housing-income', 'en', 'Housing and sources of income'),
    ('housing-income', 'nl', 'Huisvesting en bronnen van inkomen'),
    ('housing-income', 'fr', 'Logement et sources de revenus'),
    ('housing-income', 'ar', 'السكن ومصادر الدخل');

create table organisation (
    id          uuid          not null,
    slug        varchar(80)   not null,
    name        varchar(160)  not null,
    kind        varchar(40)   not null,
    country     varchar(2)    not null,
    region      varchar(120),
    website     varchar(500),
    description varchar(2000),
    created_at  timestamp with time zone not null,
    version     bigint        not null default 0,
    constraint organisation_pk primary key (id),
    constraint organisation_slug_uk unique (slug)
);
create index organisation_country_idx on organisation (country, region);

create table organisation_field (
    organisation_id uuid        not null,
    field_code      varchar(40) not null,
    constraint organisation_field_pk primary key (organisation_id, field_code),
    constraint organisation_field_organisation_fk foreign key (organisation_id) references organisation (id) on delete cascade,
    constraint organisation_field_field_fk foreign key (field_code) references expertise_field (code)
);
create index organisation_field_code_idx on organisation_field (field_code);

-- A relation reads from source to target: the source funds the target, refers clients
-- to it, cooperates with it or is its partner in a project.
create table organisation_relation (
    id         uuid         not null,
    source_id  uuid         not null,
    target_id  uuid         not null,
    kind       varchar(30)  not null,
    note       varchar(500),
    created_at timestamp with time zone not null,
    constraint organisation_relation_pk primary key (id),
    constraint organisation_relation_uk unique (source_id, target_id, kind),
    constraint organisation_relation_not_self check (source_id <> target_id),
    constraint organisation_relation_source_fk foreign key (source_id) references organisation (id) on delete cascade,
    constraint organisation_relation_target_fk foreign key (target_id) references organisation (id) on delete cascade
);
create index organisation_relation_target_idx on organisation_relation (target_id);

-- The one organisation a person says they belong to. The person lives in the account
-- module and is referred to by id only.
create table organisation_affiliation (
    person_id       uuid not null,
    organisation_id uuid not null,
    since           timestamp with time zone not null,
    constraint organisation_affiliation_pk primary key (person_id),
    constraint organisation_affiliation_organisation_fk foreign key (organisation_id) references organisation (id) on delete cascade
);
create index organisation_affiliation_organisation_idx on organisation_affiliation (organisation_id);
