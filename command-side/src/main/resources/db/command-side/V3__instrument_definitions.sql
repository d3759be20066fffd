-- The instruments admins registered or amended, as their latest event defines them (kept by a subscribing handler
-- in the transaction of the event): read at start-up so that commands check the right clauses from the first one.
CREATE TABLE instrument_definitions (
    instrument_id VARCHAR(32) PRIMARY KEY,
    -- Order of first registration: a parent is loaded before the instruments annexed to it.
    position      BIGSERIAL   NOT NULL,
    -- The sequence number, in the instrument's record, of the event that gave the definition: an older one never
    -- replaces it.
    version       BIGINT      NOT NULL,
    definition    TEXT        NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL
);
