-- The tax assessment of a case, versioned: the computed proposal, every officer adjustment (a new
-- version with its reason), and the approval. The facts (input) and the itemised result are kept
-- as JSON so any version can be explained line by line, years later, exactly as it was computed.
create table tax_assessment (
    id                uuid primary key,
    case_id           uuid not null references estate_case (id),
    version           int not null,
    status            text not null check (status in ('PROPOSED', 'SUPERSEDED', 'APPROVED')),
    facts             jsonb not null,
    result            jsonb not null,
    tax_payable       bigint not null check (tax_payable >= 0),
    adjustment_reason text,
    created_by        text not null,
    created_at        timestamptz not null default now(),
    approved_by       text,
    approved_at       timestamptz,
    unique (case_id, version)
);

-- At most one approved assessment per case.
create unique index tax_assessment_one_approved on tax_assessment (case_id) where status = 'APPROVED';
