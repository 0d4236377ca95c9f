-- One row per webhook and event: notifier-worker delivers it, retrying with backoff, and the row's id is the
-- X-Ticketing-Delivery header the receiver dedupes on.
create table webhook_deliveries (
    id                 uuid primary key,
    webhook_id         uuid        not null references webhooks (id) on delete cascade,
    event_id           uuid        not null,
    event_type         text        not null,
    payload            text        not null,
    status             text        not null check (status in ('PENDING', 'DELIVERED', 'DEAD_LETTERED')),
    attempts           integer     not null default 0,
    next_attempt_at    timestamptz not null,
    last_response_code integer,
    last_error         text,
    created_at         timestamptz not null,
    finished_at        timestamptz,
    unique (webhook_id, event_id)
);
create index webhook_deliveries_due_idx on webhook_deliveries (next_attempt_at) where status = 'PENDING';
create index webhook_deliveries_finished_idx on webhook_deliveries (finished_at) where status <> 'PENDING';
