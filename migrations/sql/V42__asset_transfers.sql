-- One transfer instruction per case and institution that holds an allocated asset (DESIGN.md step 7):
-- the institution gets the signed partition agreement and the tax certificate, transfers the assets to
-- the heirs and confirms on its callback. The transfer id is what the institution sees and confirms;
-- the process correlates the confirmation by it.
--   PENDING                       registered, not yet accepted by the institution (delivery being retried)
--   SENT                          accepted by the institution (sent_at: the last delivery)
--   CONFIRMED                     the institution confirmed the transfer; its confirmation is stored below
--   ESCALATED                     a tax officer has a task: the institution refused, rejected or stayed silent
--   CLOSED_WITHOUT_CONFIRMATION   the officer closed it; a late confirmation is refused
create table asset_transfer (
    id                          uuid primary key,
    case_id                     uuid not null references estate_case (id),
    institution_code            text not null references institution (code),
    status                      text not null check (status in ('PENDING', 'SENT', 'CONFIRMED', 'ESCALATED',
                                                                'CLOSED_WITHOUT_CONFIRMATION')),
    process_instance_id         text,
    send_count                  int not null default 0,
    -- The documents the instruction names; only these may the institution download for this transfer.
    agreement_document_id       uuid references document (id),
    tax_certificate_document_id uuid references document (id),
    -- The last instruction exactly as sent, so what the institution was told can always be shown.
    instruction                 jsonb,
    created_at                  timestamptz not null default now(),
    sent_at                     timestamptz,
    escalated_at                timestamptz,
    escalation_reason           text,
    -- The institution's latest rejection (status REJECTED on the callback), which an officer looks at.
    rejected_at                 timestamptz,
    rejection_reason            text,
    confirmed_at                timestamptz,
    confirmed_by                uuid references api_client (id),
    confirmation                jsonb,
    confirmation_sha256         char(64),
    closed_at                   timestamptz,
    closed_by                   text,
    close_reason                text,
    unique (case_id, institution_code),
    check ((status = 'CONFIRMED') = (confirmation is not null))
);
create index asset_transfer_case_idx on asset_transfer (case_id);
