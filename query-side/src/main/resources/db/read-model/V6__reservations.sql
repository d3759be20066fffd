-- Reservations and declarations of a country on an instrument, and their withdrawals. Both are facts that never
-- change once recorded (a withdrawal is a new fact, not an edit), so each table has one row per event, known from
-- its recorded_at: "in force at D as known at T" is a reservation recorded by T, made by D, with no withdrawal
-- recorded by T and dated by D. Rebuilt by a replay like every read model (ReservationProjection's reset).
CREATE TABLE reservations (
    participation_id  VARCHAR(64)  NOT NULL,
    -- The sequence number of the event that made it; the reservation id is R and this number.
    sequence_number   BIGINT       NOT NULL,
    reservation_id    VARCHAR(24)  NOT NULL,
    country           CHAR(3)      NOT NULL,
    instrument        VARCHAR(32)  NOT NULL,
    kind              VARCHAR(32)  NOT NULL,
    text              TEXT         NOT NULL,
    reservation_date  DATE         NOT NULL,
    date_precision    VARCHAR(5)   NOT NULL,
    made_with         VARCHAR(32),
    source_citation   TEXT         NOT NULL,
    source_url        TEXT,
    recorded_at       TIMESTAMPTZ  NOT NULL,
    recorded_by       VARCHAR(100) NOT NULL,
    PRIMARY KEY (participation_id, sequence_number),
    UNIQUE (participation_id, reservation_id)
);
CREATE INDEX reservations_country_idx ON reservations (country, instrument, reservation_date);

CREATE TABLE reservation_withdrawals (
    participation_id  VARCHAR(64)  NOT NULL,
    sequence_number   BIGINT       NOT NULL,
    reservation_id    VARCHAR(24)  NOT NULL,
    country           CHAR(3)      NOT NULL,
    instrument        VARCHAR(32)  NOT NULL,
    withdrawal_date   DATE         NOT NULL,
    date_precision    VARCHAR(5)   NOT NULL,
    reason            TEXT         NOT NULL,
    source_citation   TEXT         NOT NULL,
    source_url        TEXT,
    recorded_at       TIMESTAMPTZ  NOT NULL,
    recorded_by       VARCHAR(100) NOT NULL,
    PRIMARY KEY (participation_id, sequence_number)
);
CREATE INDEX reservation_withdrawals_reservation_idx ON reservation_withdrawals (participation_id, reservation_id);
