-- Webhook subscriptions, managed by ADMIN through /api/webhooks. notifier-worker reads them to deliver events
-- and writes the last_delivery_* columns; ticket-service writes them only for a test delivery.
-- The secret is stored as given, not hashed: both sides sign each body with it (HMAC-SHA256). The API never
-- returns it after the response that generated it.
create table webhooks (
    id                   uuid primary key,
    url                  text        not null check (url ~* '^https?://'),
    secret               text        not null,
    -- routing keys such as 'ticket.created'; empty = every event
    event_types          text[]      not null default '{}',
    active               boolean     not null default true,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    version              integer     not null,
    last_delivery_at     timestamptz,
    last_delivery_status text check (last_delivery_status in ('DELIVERED', 'FAILED', 'DEAD_LETTERED')),
    last_response_code   integer,
    last_error           text
);
