-- Voids of reservations and declarations recorded in error, one row per event like their withdrawals: a void known
-- at T (recorded_at <= T) takes the reservation out of every read as known at T; a read as known before it still
-- shows the reservation. (Stockpiles and votes need no table of their own: a void closes their current version,
-- known_until, and opens none.) Rebuilt by a replay like every read model (ReservationProjection's reset).
CREATE TABLE reservation_voids (
    participation_id  VARCHAR(64)  NOT NULL,
    sequence_number   BIGINT       NOT NULL,
    reservation_id    VARCHAR(24)  NOT NULL,
    country           CHAR(3)      NOT NULL,
    instrument        VARCHAR(32)  NOT NULL,
    reason            TEXT         NOT NULL,
    source_citation   TEXT         NOT NULL,
    source_url        TEXT,
    recorded_at       TIMESTAMPTZ  NOT NULL,
    recorded_by       VARCHAR(100) NOT NULL,
    PRIMARY KEY (participation_id, sequence_number)
);
CREATE INDEX reservation_voids_reservation_idx ON reservation_voids (participation_id, reservation_id);
