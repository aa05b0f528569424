-- Messages to people (invitations, reminders, one-time codes), written in the same transaction
-- as the business change that causes them and sent only after it commits. A dispatcher on any
-- node claims due rows with FOR UPDATE SKIP LOCKED, so several nodes never send a row twice at
-- once; a failed send is retried with a growing delay until max attempts, then marked failed.
create table notification_outbox (
    id              uuid primary key,
    case_id         uuid references estate_case (id),
    heir_id         uuid references heir (id),
    channel         text not null check (channel in ('EMAIL', 'SMS')),
    recipient       text not null,
    subject         text not null,
    body            text not null,
    created_at      timestamptz not null default now(),
    next_attempt_at timestamptz not null default now(),
    attempts        int not null default 0,
    last_error      text,
    sent_at         timestamptz,
    failed_at       timestamptz
);
-- the dispatcher's query: unsent, not given up, due
create index notification_outbox_due_idx on notification_outbox (next_attempt_at) where sent_at is null and failed_at is null;
create index notification_outbox_recipient_idx on notification_outbox (recipient);
