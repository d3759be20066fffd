-- The query-side instances that run an event processor, each beating a heartbeat. Without Axon Server nothing
-- else tells an instance how many others share the work: each claims its fair share of the segments
-- (segments / live instances) and releases the rest, so that a new instance gets work and a dead one's segments
-- are taken over once its heartbeat and its token claims have expired.
CREATE TABLE processor_instances (
    processor_name VARCHAR(255) NOT NULL,
    node_id        VARCHAR(255) NOT NULL,
    started_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    heartbeat_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (processor_name, node_id)
);

-- A rebuild asked of one instance: while the row exists, every other instance releases all its segments, so that
-- the asking instance can reset every token at once. One per processor; removed when the reset is done.
CREATE TABLE rebuild_requests (
    processor_name VARCHAR(255) PRIMARY KEY,
    node_id        VARCHAR(255) NOT NULL,
    requested_at   TIMESTAMPTZ  NOT NULL DEFAULT now()
);
