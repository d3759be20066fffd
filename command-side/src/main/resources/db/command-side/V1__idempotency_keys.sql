-- Idempotency-Key of each write that sent one, with the answer it got. The row is written in the same
-- transaction as the events of the write, so either both exist or neither does.
CREATE TABLE idempotency_keys (
    idempotency_key VARCHAR(255) PRIMARY KEY,
    -- SHA-256 of method, path, user and body of the first request; a different request with the same key is refused.
    fingerprint     CHAR(64)     NOT NULL,
    command_type    VARCHAR(255) NOT NULL,
    recorded_by     VARCHAR(100) NOT NULL,
    aggregate_id    VARCHAR(255),
    version         BIGINT,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE INDEX idempotency_keys_created_at_idx ON idempotency_keys (created_at);
