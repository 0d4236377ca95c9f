-- Users: people and SERVICE accounts. Usernames and e-mails are unique regardless of case.
create table users (
    id             uuid primary key,
    username       text        not null,
    email          text,
    display_name   text        not null,
    role           text        not null check (role in ('ADMIN', 'AGENT', 'USER', 'SERVICE')),
    password_hash  text,
    api_key_hash   text unique,
    -- bumped when the role or password changes: tokens carry it, so older tokens stop working at once
    token_version  integer     not null default 0,
    version        integer     not null,
    created_at     timestamptz not null,
    updated_at     timestamptz not null
);
create unique index users_username_key on users (lower(username));
create unique index users_email_key on users (lower(email));

-- Throttles password guessing per username (known or not, so the answer does not reveal which exist).
create table login_failures (
    username_key    text primary key,
    failures        integer     not null,
    last_failure_at timestamptz not null,
    blocked_until   timestamptz
);
create index login_failures_last_failure_idx on login_failures (last_failure_at);

-- CTI: category (queue) → type → item. Names are unique among siblings.
create table categories (
    id      uuid primary key,
    name    text    not null,
    version integer not null
);
create unique index categories_name_key on categories (lower(name));

create table types (
    id          uuid primary key,
    category_id uuid    not null references categories (id) on delete cascade,
    name        text    not null,
    version     integer not null
);
create unique index types_name_key on types (category_id, lower(name));

create table items (
    id      uuid primary key,
    type_id uuid    not null references types (id) on delete cascade,
    name    text    not null,
    version integer not null
);
create unique index items_name_key on items (type_id, lower(name));

create table tickets (
    id             uuid primary key,
    display_id     text        not null unique check (display_id ~ '^V[0-9]{9}$'),
    title          text        not null,
    overview       text        not null default '',
    severity       smallint    not null check (severity between 1 and 5),
    status         text        not null check (status in ('OPEN', 'IN_PROGRESS', 'RESOLVED', 'CLOSED')),
    category_id    uuid        not null references categories (id),
    type_id        uuid        not null references types (id),
    item_id        uuid        not null references items (id),
    assignee_id    uuid references users (id) on delete set null,
    created_by_id  uuid references users (id) on delete set null,
    resolved_at    timestamptz,
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    version        integer     not null,
    search         tsvector generated always as (to_tsvector('simple', title || ' ' || overview)) stored
);
-- The default list order, and the same order within each filter.
create index tickets_list_idx on tickets (severity, created_at desc, id desc);
create index tickets_status_list_idx on tickets (status, severity, created_at desc, id desc);
create index tickets_category_list_idx on tickets (category_id, severity, created_at desc, id desc);
create index tickets_assignee_list_idx on tickets (assignee_id, severity, created_at desc, id desc);
create index tickets_search_idx on tickets using gin (search);
-- Foreign keys that deletes of CTI nodes and users look up.
create index tickets_type_idx on tickets (type_id);
create index tickets_item_idx on tickets (item_id);
create index tickets_created_by_idx on tickets (created_by_id);
-- Auto-close finds RESOLVED tickets by age.
create index tickets_resolved_at_idx on tickets (resolved_at) where status = 'RESOLVED';

create table comments (
    id         uuid primary key,
    ticket_id  uuid        not null references tickets (id) on delete cascade,
    author_id  uuid references users (id) on delete set null,
    body       text        not null,
    created_at timestamptz not null,
    version    integer     not null
);
create index comments_ticket_idx on comments (ticket_id, created_at);
create index comments_author_idx on comments (author_id);

-- Written by notifier-worker from the events; event_id makes redelivered events harmless. The actor's
-- names are kept so the log still says who acted after that account is deleted.
create table audit_log (
    id                uuid primary key,
    -- the order entries were written in, for entries of the same instant
    seq               bigint generated always as identity,
    event_id          uuid        not null unique,
    ticket_id         uuid        not null references tickets (id) on delete cascade,
    user_id           uuid,
    user_username     text,
    user_display_name text,
    action            text        not null,
    detail            text,
    created_at        timestamptz not null
);
create index audit_log_ticket_idx on audit_log (ticket_id, created_at desc, seq desc);

-- Transactional outbox: one row per event, written in the transaction of the change.
create table outbox (
    id          bigserial primary key,
    event_id    uuid        not null unique,
    routing_key text        not null,
    ticket_id   uuid        not null,
    payload     jsonb       not null,
    created_at  timestamptz not null,
    sent_at     timestamptz
);
create index outbox_unsent_idx on outbox (id) where sent_at is null;
create index outbox_sent_at_idx on outbox (sent_at) where sent_at is not null;

-- Idempotency keys of ticket creation (REST Idempotency-Key and AMQP intake share them).
create table idempotency_keys (
    key          text primary key,
    request_hash text        not null,
    ticket_id    uuid references tickets (id) on delete cascade,
    created_at   timestamptz not null
);
create index idempotency_keys_created_at_idx on idempotency_keys (created_at);
