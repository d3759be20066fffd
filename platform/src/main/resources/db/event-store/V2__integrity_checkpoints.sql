-- Checkpoints of the heads of the event streams, so that a stream deleted whole (or cut short) is detected:
-- the hash chain in each event's metadata shows an event edited or removed inside a stream, but not a stream
-- that is simply gone. See org.armscontrol.tracker.platform.integrity for how the hashes are computed.

CREATE TABLE integrity_checkpoints (
    -- 1, 2, 3, ... without gaps: taken under a table lock, each one numbered after the previous.
    id                       BIGINT       PRIMARY KEY,
    taken_at                 TIMESTAMPTZ  NOT NULL,
    -- The highest global index in the event store when the checkpoint was taken (0 when empty).
    head_global_index        BIGINT       NOT NULL,
    -- How many events and streams (aggregates) the event store held then.
    events                   BIGINT       NOT NULL,
    streams                  BIGINT       NOT NULL,
    -- SHA-256 over this checkpoint's rows of integrity_checkpoint_heads, in aggregate_id byte order.
    root_hash                CHAR(64)     NOT NULL,
    -- The checkpoint_hash of checkpoint id - 1 (64 zeros for the first): the checkpoints form a chain too.
    -- Unique, so that two writers can never both continue the chain from the same checkpoint.
    previous_checkpoint_hash CHAR(64)     NOT NULL UNIQUE,
    checkpoint_hash          CHAR(64)     NOT NULL UNIQUE
);

-- The heads recorded by each checkpoint: every stream whose last event is not the one already recorded by an
-- earlier checkpoint (the first checkpoint records every stream). A stream's latest recorded head must still be
-- in the event store with the same hash, and so must every earlier one.
CREATE TABLE integrity_checkpoint_heads (
    checkpoint_id  BIGINT       NOT NULL
        -- Deferred: the heads are written first and the checkpoint, which hashes them, last.
        REFERENCES integrity_checkpoints (id) DEFERRABLE INITIALLY DEFERRED,
    aggregate_id   VARCHAR(255) NOT NULL,
    last_sequence  BIGINT       NOT NULL,
    -- NULL only for a stream whose last event was stored before events carried a hash.
    last_hash      CHAR(64),
    PRIMARY KEY (checkpoint_id, aggregate_id)
);

-- "The head last recorded for this stream", asked for every stream when a checkpoint is taken.
CREATE INDEX integrity_checkpoint_heads_aggregate_idx ON integrity_checkpoint_heads (aggregate_id, last_sequence);

-- Append-only, like the events they vouch for.
CREATE TRIGGER integrity_checkpoints_append_only
    BEFORE UPDATE OR DELETE ON integrity_checkpoints
    FOR EACH ROW EXECUTE FUNCTION refuse_event_change();

CREATE TRIGGER integrity_checkpoints_no_truncate
    BEFORE TRUNCATE ON integrity_checkpoints
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_event_change();

CREATE TRIGGER integrity_checkpoint_heads_append_only
    BEFORE UPDATE OR DELETE ON integrity_checkpoint_heads
    FOR EACH ROW EXECUTE FUNCTION refuse_event_change();

CREATE TRIGGER integrity_checkpoint_heads_no_truncate
    BEFORE TRUNCATE ON integrity_checkpoint_heads
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_event_change();
