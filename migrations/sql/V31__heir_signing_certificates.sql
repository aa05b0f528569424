-- The signing certificates the platform CA issued for heirs' own keys (the key stays in the heir's
-- browser; only its certificate is here). For a minor heir the guardian signs, so the subject is the
-- guardian's name and national ID. An heir may hold several (a new browser, a revoked key): the newest
-- valid one signs.
create table heir_signing_certificate (
    serial_number   text primary key,            -- hex, as the CA wrote it
    heir_id         uuid not null references heir (id),
    subject         text not null,               -- RFC 2253 subject, national ID included (the PEM holds it anyway)
    not_before      timestamptz not null,
    not_after       timestamptz not null,
    certificate_pem text not null,
    issued_at       timestamptz not null default now()
);
create index heir_signing_certificate_heir_idx on heir_signing_certificate (heir_id, issued_at desc);
