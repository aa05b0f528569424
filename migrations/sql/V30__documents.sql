-- The documents of a case: the platform-issued tax documents (sealed by the platform) and the
-- partition agreement every heir signs in turn. A document is one (case, type, version); a new
-- partition plan is a new version, never an edit of a signed one.
create table document (
    id         uuid primary key,
    case_id    uuid not null references estate_case (id),
    type       text not null check (type in ('TAX_ASSESSMENT', 'EXEMPTION_CERTIFICATE', 'TAX_CLEARANCE',
                                             'PARTITION_AGREEMENT')),
    version    int not null check (version >= 1),
    status     text not null check (status in ('DRAFT', 'SIGNING', 'SIGNED', 'VOID', 'ISSUED')),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    unique (case_id, type, version)
);
create index document_case_idx on document (case_id);

-- Every state of a document's bytes. PAdES signatures are incremental updates, so each signature
-- is a new revision whose bytes extend the previous one; nothing is ever rewritten. Append-only
-- like audit_event: the trigger refuses UPDATE, DELETE and TRUNCATE, so a signed revision cannot
-- be swapped for another after the fact.
create table document_revision (
    document_id uuid not null references document (id),
    revision    int not null check (revision >= 1),
    sha256      char(64) not null,
    size_bytes  int not null,
    bytes       bytea not null,
    reason      text not null,
    actor_kind  text not null,
    actor_id    text not null,
    created_at  timestamptz not null default now(),
    -- Two appends on the same base revision both aim at base + 1: the key lets exactly one in.
    primary key (document_id, revision)
);

create function document_revision_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'document_revision is append-only: % refused', tg_op;
end;
$$;

create trigger document_revision_append_only
    before update or delete on document_revision
    for each row execute function document_revision_append_only();

create trigger document_revision_no_truncate
    before truncate on document_revision
    for each statement execute function document_revision_append_only();
