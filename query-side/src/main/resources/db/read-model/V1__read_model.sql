-- Read models of the query side. Everything here is rebuilt from the event store by a replay; nothing here is
-- the system of record. Every row keeps the recorded instant (recorded_at) of the event that made it, so that
-- "as the tracker knew it at instant T" reads can filter on it.

-- Tokens of the event processors (Axon's JdbcTokenStore, mapped onto snake_case columns).
CREATE TABLE token_entry (
    processor_name VARCHAR(255) NOT NULL,
    segment        INTEGER      NOT NULL,
    token          BYTEA,
    token_type     VARCHAR(255),
    timestamp      VARCHAR(255),
    owner          VARCHAR(255),
    PRIMARY KEY (processor_name, segment)
);

-- One row per treaty action (signature, ratification, withdrawal, ...) as first recorded; the current date
-- columns follow corrections, the original ones never change.
CREATE TABLE treaty_actions (
    participation_id       VARCHAR(64)  NOT NULL,
    sequence_number        BIGINT       NOT NULL,
    country                CHAR(3)      NOT NULL,
    instrument             VARCHAR(32)  NOT NULL,
    action                 VARCHAR(16)  NOT NULL,
    status_after           VARCHAR(16)  NOT NULL,
    action_date            DATE         NOT NULL,
    action_precision       VARCHAR(5)   NOT NULL,
    -- When the action changes the status: the date itself, or the effective date of a withdrawal.
    effective_date         DATE         NOT NULL,
    effective_precision    VARCHAR(5)   NOT NULL,
    original_date          DATE         NOT NULL,
    original_precision     VARCHAR(5)   NOT NULL,
    original_effective_date DATE        NOT NULL,
    original_effective_precision VARCHAR(5) NOT NULL,
    source_citation        TEXT         NOT NULL,
    source_url             TEXT,
    note                   TEXT,
    recorded_at            TIMESTAMPTZ  NOT NULL,
    recorded_by            VARCHAR(100) NOT NULL,
    corrections            INTEGER      NOT NULL DEFAULT 0,
    PRIMARY KEY (participation_id, sequence_number)
);
CREATE INDEX treaty_actions_country_idx ON treaty_actions (country, effective_date);
CREATE INDEX treaty_actions_instrument_idx ON treaty_actions (instrument, country, effective_date);

CREATE TABLE treaty_action_corrections (
    participation_id     VARCHAR(64)  NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    corrected_sequence   BIGINT       NOT NULL,
    country              CHAR(3)      NOT NULL,
    instrument           VARCHAR(32)  NOT NULL,
    action               VARCHAR(16)  NOT NULL,
    wrong_date           DATE         NOT NULL,
    wrong_precision      VARCHAR(5)   NOT NULL,
    corrected_date       DATE         NOT NULL,
    corrected_precision  VARCHAR(5)   NOT NULL,
    wrong_effective_date DATE,
    wrong_effective_precision VARCHAR(5),
    corrected_effective_date DATE,
    corrected_effective_precision VARCHAR(5),
    reason               TEXT         NOT NULL,
    source_citation      TEXT         NOT NULL,
    source_url           TEXT,
    recorded_at          TIMESTAMPTZ  NOT NULL,
    recorded_by          VARCHAR(100) NOT NULL,
    PRIMARY KEY (participation_id, sequence_number)
);
CREATE INDEX treaty_action_corrections_action_idx
    ON treaty_action_corrections (participation_id, corrected_sequence);

-- The current version of each statement, with a full-text index over its summary and quote.
CREATE TABLE statements (
    statement_id     UUID         PRIMARY KEY,
    country          CHAR(3)      NOT NULL,
    statement_date   DATE         NOT NULL,
    date_precision   VARCHAR(5)   NOT NULL,
    forum            TEXT         NOT NULL,
    location         TEXT,
    speaker          TEXT,
    instruments      TEXT[]       NOT NULL,
    stance           VARCHAR(16)  NOT NULL,
    summary          TEXT         NOT NULL,
    quote            TEXT,
    source_citation  TEXT         NOT NULL,
    source_url       TEXT,
    version          BIGINT       NOT NULL,
    recorded_at      TIMESTAMPTZ  NOT NULL,
    recorded_by      VARCHAR(100) NOT NULL,
    last_changed_at  TIMESTAMPTZ  NOT NULL,
    retracted        BOOLEAN      NOT NULL DEFAULT FALSE,
    search           TSVECTOR GENERATED ALWAYS AS (
        to_tsvector('english'::regconfig, summary || ' ' || coalesce(quote, '') || ' ' || forum)) STORED
);
CREATE INDEX statements_country_idx ON statements (country, statement_date DESC);
CREATE INDEX statements_date_idx ON statements (statement_date DESC);
CREATE INDEX statements_instruments_idx ON statements USING GIN (instruments);
CREATE INDEX statements_search_idx ON statements USING GIN (search);

-- Every version of every statement: as recorded, each amendment (full content after it, what changed and why),
-- and the retraction.
CREATE TABLE statement_versions (
    statement_id     UUID         NOT NULL,
    version          BIGINT       NOT NULL,
    change           VARCHAR(16)  NOT NULL,
    content          JSONB,
    changed_fields   TEXT[]       NOT NULL DEFAULT '{}',
    reason           TEXT,
    source_citation  TEXT,
    source_url       TEXT,
    recorded_at      TIMESTAMPTZ  NOT NULL,
    recorded_by      VARCHAR(100) NOT NULL,
    PRIMARY KEY (statement_id, version)
);

-- Declarations of a stockpile (current content, after any revision) and reports of its destruction.
CREATE TABLE stockpile_declarations (
    stockpile_id     VARCHAR(128) NOT NULL,
    sequence_number  BIGINT       NOT NULL,
    country          CHAR(3)      NOT NULL,
    weapon_system    TEXT         NOT NULL,
    category         VARCHAR(32)  NOT NULL,
    quantity         BIGINT,
    status           VARCHAR(16)  NOT NULL,
    origin           TEXT,
    declared_date    DATE         NOT NULL,
    date_precision   VARCHAR(5)   NOT NULL,
    source_citation  TEXT         NOT NULL,
    source_url       TEXT,
    recorded_at      TIMESTAMPTZ  NOT NULL,
    recorded_by      VARCHAR(100) NOT NULL,
    revisions        INTEGER      NOT NULL DEFAULT 0,
    PRIMARY KEY (stockpile_id, sequence_number)
);
CREATE INDEX stockpile_declarations_country_idx ON stockpile_declarations (country, declared_date);

CREATE TABLE stockpile_destructions (
    stockpile_id         VARCHAR(128) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    declaration_sequence BIGINT       NOT NULL,
    country              CHAR(3)      NOT NULL,
    weapon_system        TEXT         NOT NULL,
    quantity_destroyed   BIGINT,
    completed            BOOLEAN      NOT NULL,
    destroyed_date       DATE         NOT NULL,
    date_precision       VARCHAR(5)   NOT NULL,
    source_citation      TEXT         NOT NULL,
    source_url           TEXT,
    note                 TEXT,
    recorded_at          TIMESTAMPTZ  NOT NULL,
    recorded_by          VARCHAR(100) NOT NULL,
    PRIMARY KEY (stockpile_id, sequence_number)
);
CREATE INDEX stockpile_destructions_country_idx ON stockpile_destructions (country, destroyed_date);

CREATE TABLE stockpile_revisions (
    stockpile_id         VARCHAR(128) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    declaration_sequence BIGINT       NOT NULL,
    country              CHAR(3)      NOT NULL,
    previous             JSONB        NOT NULL,
    revised              JSONB        NOT NULL,
    changed_fields       TEXT[]       NOT NULL,
    reason               TEXT         NOT NULL,
    recorded_at          TIMESTAMPTZ  NOT NULL,
    recorded_by          VARCHAR(100) NOT NULL,
    PRIMARY KEY (stockpile_id, sequence_number)
);
CREATE INDEX stockpile_revisions_declaration_idx ON stockpile_revisions (stockpile_id, declaration_sequence);
