-- The proxy's partition plan (分割方案): which heir receives which exact fraction of every reported asset.
-- One plan per case, edited until the proxy submits it; the agreement is rendered from the submitted plan.
-- A refusal to sign returns it to DRAFT. version counts the submissions (the agreement's version follows it).
create table partition_plan (
    case_id      uuid primary key references estate_case (id),
    status       text not null check (status in ('DRAFT', 'SUBMITTED')),
    version      int not null default 0,          -- submissions so far
    updated_at   timestamptz not null default now(),
    updated_by   uuid references heir (id),       -- the proxy heir who saved or submitted last
    submitted_at timestamptz
);

-- Exact fractions ("1/3"), per asset and heir; the fractions of one asset sum to 1 (checked by the service,
-- which writes a whole plan in one transaction). No row = no share of that asset.
create table partition_plan_share (
    case_id  uuid not null references partition_plan (case_id),
    asset_id uuid not null references reported_asset (id),
    heir_id  uuid not null references heir (id),
    fraction text not null,
    primary key (case_id, asset_id, heir_id)
);

-- An heir's refusal to sign a version of the agreement, with the reason the proxy and co-heirs are told.
create table agreement_refusal (
    document_id uuid not null references document (id),
    heir_id     uuid not null references heir (id),
    reason      text not null,
    refused_at  timestamptz not null default now(),
    primary key (document_id, heir_id)
);

-- Closing a case seals its audit trail: the hash of the chain's head when the case closed. Later reads (an heir
-- downloading the final documents) still extend the chain; the seal shows that nothing before it changed.
alter table estate_case add column closed_at timestamptz;
alter table estate_case add column audit_seal char(64);
