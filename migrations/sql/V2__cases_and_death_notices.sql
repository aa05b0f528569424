-- Machine clients of the platform: registration offices, institutions, the treasury.
-- Each authenticates with a bearer API key; only its SHA-256 is stored.
-- A demo client (well-known dev key) is honoured only while the server runs in demo mode.
create table api_client (
    id               uuid primary key,
    kind             text not null check (kind in ('REGISTRATION_OFFICE', 'INSTITUTION', 'TREASURY')),
    name             text not null,
    key_sha256       char(64) not null unique,
    institution_code text,
    demo             boolean not null default false,
    created_at       timestamptz not null default now(),
    disabled_at      timestamptz
);

-- One estate case per death-registration notice. Personal data of the decedent lives here,
-- not in process variables.
create table estate_case (
    id                   uuid primary key,
    registration_number  text not null unique,
    status               text not null,
    decedent_national_id text not null,
    decedent_name        text not null,
    decedent_birth_date  date not null,
    date_of_death        date not null,
    decedent_address     text,
    died_in_line_of_duty boolean not null default false,
    filed_by             uuid not null references api_client (id),
    process_instance_id  text,
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now()
);

-- The notice exactly as received, so the case can always be explained from its source,
-- and so a repeat can be told apart from a conflicting correction.
create table death_notice (
    registration_number text primary key references estate_case (registration_number),
    registration_office text not null,
    payload             jsonb not null,
    payload_sha256      char(64) not null,
    received_at         timestamptz not null default now()
);

-- Every person of the succession table (繼承系統表). A child who died before the decedent is
-- listed (date_of_death set) but is not an heir; a grandchild who represents them points to them.
create table heir (
    id                     uuid primary key,
    case_id                uuid not null references estate_case (id),
    position               int not null,
    national_id            text not null,
    name                   text not null,
    birth_date             date not null,
    relation               text not null check (relation in ('SPOUSE', 'CHILD', 'GRANDCHILD', 'PARENT', 'SIBLING', 'GRANDPARENT')),
    date_of_death          date,
    represents_national_id text,
    guardian_national_id   text,
    guardian_name          text,
    contact_phone          text,
    contact_email          text,
    contact_address        text,
    unique (case_id, national_id),
    unique (case_id, position)
);
create index heir_case_idx on heir (case_id);
