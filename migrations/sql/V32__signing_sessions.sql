-- Who signs a partition agreement, in which field: one row per active heir, written with the document.
-- signed_revision is the document revision that added this heir's signature.
create table document_signer (
    document_id     uuid not null references document (id),
    heir_id         uuid not null references heir (id),
    field_name      text not null,
    position        int not null,
    signer_name     text not null,               -- who signs: the heir, or a minor heir's guardian
    signed_revision int,
    signed_at       timestamptz,
    primary key (document_id, heir_id),
    unique (document_id, field_name)
);

-- A deferred signature between "prepare" and "complete" (PAdES in two phases, the key in the browser):
-- the prepared incremental update with its reserved /Contents, and the CMS signed attributes the heir signs.
create table signing_session (
    id                   uuid primary key,
    document_id          uuid not null references document (id),
    base_revision        int not null,
    heir_id              uuid not null references heir (id),
    field_name           text not null,
    certificate_serial   text not null references heir_signing_certificate (serial_number),
    certificate_chain    text not null,          -- PEM, signer first
    prepared_pdf         bytea not null,
    data_to_sign         bytea not null,
    data_to_sign_sha256  bytea not null,
    base_revision_sha256 bytea not null,
    signing_time         timestamptz not null,
    expires_at           timestamptz not null,
    status               text not null check (status in ('PREPARED', 'COMPLETED', 'SUPERSEDED')),
    created_at           timestamptz not null default now(),
    completed_revision   int,
    completed_at         timestamptz
);
create index signing_session_document_idx on signing_session (document_id);
