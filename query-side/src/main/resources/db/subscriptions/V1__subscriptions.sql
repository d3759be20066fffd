-- Subscriptions are not read models: a rebuild of the read models neither empties these tables nor sends old
-- changes again. Schema of their own, migrated by the query side (SubscriptionConfiguration).

-- A webhook: where to POST the changes it follows (a country, an instrument, both or neither), signed with its
-- secret. Changes at or before after_global_index (the head of the event store when it was registered) are history
-- and are not sent to it.
CREATE TABLE webhooks (
    id                 UUID PRIMARY KEY,
    url                TEXT         NOT NULL,
    country            VARCHAR(3),
    instrument         VARCHAR(40),
    -- Kept as given: it signs every delivery, so it cannot be stored as a hash.
    secret             TEXT         NOT NULL,
    created_by         VARCHAR(100) NOT NULL,
    created_at         TIMESTAMPTZ  NOT NULL DEFAULT now(),
    after_global_index BIGINT       NOT NULL
);

CREATE INDEX webhooks_created_by ON webhooks (created_by);

-- The outbox: one row per (webhook, change), written by the shared processor 'subscription-outbox' in the
-- transaction that moves its token, so that each change is enqueued exactly once per webhook whichever instance
-- runs it. Workers on every instance take due rows (FOR UPDATE SKIP LOCKED), lease them while sending, and record
-- each attempt.
CREATE TABLE deliveries (
    id              BIGSERIAL PRIMARY KEY,
    webhook_id      UUID         NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
    global_index    BIGINT       NOT NULL,
    event_type      VARCHAR(255) NOT NULL,
    body            TEXT         NOT NULL,
    -- PENDING (due at next_attempt_at), DELIVERED or FAILED (every attempt failed).
    status          VARCHAR(10)  NOT NULL DEFAULT 'PENDING',
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    leased_until    TIMESTAMPTZ,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    delivered_at    TIMESTAMPTZ,
    UNIQUE (webhook_id, global_index)
);

CREATE INDEX deliveries_due ON deliveries (next_attempt_at, id) WHERE status = 'PENDING';

-- Every attempt of a delivery: when, how long, the receiver's HTTP status or the error, and when the next follows.
CREATE TABLE delivery_attempts (
    delivery_id   BIGINT      NOT NULL REFERENCES deliveries (id) ON DELETE CASCADE,
    attempt       INT         NOT NULL,
    attempted_at  TIMESTAMPTZ NOT NULL,
    duration_ms   BIGINT      NOT NULL,
    http_status   INT,
    error         TEXT,
    next_retry_at TIMESTAMPTZ,
    PRIMARY KEY (delivery_id, attempt)
);
