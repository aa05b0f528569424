-- One asset query per case and institution. The query id is what the institution sees and
-- answers to; the process correlates the answer by it.
--   PENDING                registered, not yet accepted by the institution (delivery being retried)
--   SENT                   accepted by the institution (sent_at: the last delivery)
--   ANSWERED               the institution's answer is stored below
--   ESCALATED              a tax officer has a task: the institution refused or did not answer in time
--   CLOSED_WITHOUT_ANSWER  the officer closed it; a late answer is refused
create table asset_query (
    id                  uuid primary key,
    case_id             uuid not null references estate_case (id),
    institution_code    text not null references institution (code),
    status              text not null check (status in ('PENDING', 'SENT', 'ANSWERED', 'ESCALATED', 'CLOSED_WITHOUT_ANSWER')),
    process_instance_id text,
    send_count          int not null default 0,
    created_at          timestamptz not null default now(),
    sent_at             timestamptz,
    escalated_at        timestamptz,
    escalation_reason   text,
    answered_at         timestamptz,
    answered_by         uuid references api_client (id),
    answer_status       text check (answer_status in ('FOUND', 'NONE')),
    answer              jsonb,
    answer_sha256       char(64),
    closed_at           timestamptz,
    closed_by           text,
    close_reason        text,
    unique (case_id, institution_code),
    check ((status = 'ANSWERED') = (answer is not null))
);
create index asset_query_case_idx on asset_query (case_id);

-- The inventory: what the answers reported, one row per asset or debt, valued at the date of death.
create table reported_asset (
    id               uuid primary key,
    query_id         uuid not null references asset_query (id),
    case_id          uuid not null references estate_case (id),
    institution_code text not null references institution (code),
    position         int not null,
    kind             text not null check (kind in ('LAND', 'BUILDING', 'VEHICLE', 'DEPOSIT', 'SECURITIES', 'FUND',
                                                   'INSURANCE', 'FUTURES', 'SAFE_DEPOSIT_BOX', 'OTHER')),
    description      text not null,
    identifier       text,
    valuation_basis  text,
    value            bigint not null check (value >= 0),
    share            text not null,
    unique (query_id, position)
);
create index reported_asset_case_idx on reported_asset (case_id);

create table reported_liability (
    id               uuid primary key,
    query_id         uuid not null references asset_query (id),
    case_id          uuid not null references estate_case (id),
    institution_code text not null references institution (code),
    position         int not null,
    kind             text not null check (kind in ('LOAN', 'CREDIT_CARD', 'TAX', 'OTHER')),
    description      text not null,
    amount           bigint not null check (amount >= 0),
    unique (query_id, position)
);
create index reported_liability_case_idx on reported_liability (case_id);
