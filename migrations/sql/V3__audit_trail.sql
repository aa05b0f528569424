-- The audit trail: every read or transfer of a person's data, and every step of a case, one row
-- each. Append-only (the trigger refuses UPDATE and DELETE) and hash-chained per case: each row's
-- hash covers its content and the previous row's hash, so a changed or removed row breaks the
-- chain from there on and AuditTrail.verify names where.
create table audit_event (
    id               bigserial primary key,
    case_id          uuid not null references estate_case (id),
    sequence         int not null,
    occurred_at      timestamptz not null,
    actor_kind       text not null,
    actor_id         text not null,
    action           text not null,
    -- whose personal data this event read or passed on (heir ids), so each person can be shown
    -- "who read or received my data, and when"
    data_subjects    uuid[] not null default '{}',
    detail           text not null default '',
    previous_hash    char(64) not null,
    hash             char(64) not null,
    unique (case_id, sequence)
);
create index audit_event_subjects_idx on audit_event using gin (data_subjects);

create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % refused', tg_op;
end;
$$;

create trigger audit_event_append_only
    before update or delete on audit_event
    for each row execute function audit_event_append_only();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_append_only();
