-- The estate-tax payment of a case, as the treasury (公庫) confirmed it on
-- POST /api/v1/cases/{caseId}/tax-payment. One per case: the tax is paid once, in full; a repeat of
-- the same confirmation changes nothing and a different one is refused. Stored in the same
-- transaction that moves the case's process past awaitTaxPayment.
create table tax_payment (
    case_id                 uuid primary key references estate_case (id),
    -- the treasury's own reference of the payment (e.g. the bank's transaction number)
    payment_reference       text not null,
    -- whole NT$; always the approved assessment's tax payable
    amount                  bigint not null check (amount > 0),
    paid_at                 timestamptz not null,
    received_from           uuid not null references api_client (id),
    received_at             timestamptz not null,
    -- the tax clearance certificate (繳清證明書) issued for this payment, once issued: at most one
    clearance_document_id   uuid unique references document (id)
);
