-- A user can turn e-mail notifications off for themselves; everyone gets them until then.
alter table users add column email_notifications boolean not null default true;

-- Written by notifier-worker in the step that sends an e-mail: a redelivered event finds its row and
-- sends nothing again. The rows go with their user, and are pruned once no redelivery can come.
create table email_notifications_sent (
    event_id uuid        not null,
    user_id  uuid        not null references users (id) on delete cascade,
    sent_at  timestamptz not null,
    primary key (event_id, user_id)
);
create index email_notifications_sent_user_idx on email_notifications_sent (user_id);
create index email_notifications_sent_sent_at_idx on email_notifications_sent (sent_at);
