-- Read models of the query side. Everything here is rebuilt from the event store by a replay; nothing here is
-- the system of record.
--
-- The tables are bitemporal. Valid time is the domain's own dates (action_date, statement_date, ...). Transaction
-- time is when the tracker knew a version of a fact: a fact that can change (a treaty action by correction, a
-- statement by amendment or retraction, a stockpile declaration by revision) has one row per version, known from
-- the recorded instant of the event that made it (known_from) until that of the event that superseded it
-- (known_until, NULL while current). "What the tracker said at instant T" reads the versions with
-- known_from <= T < known_until; the current reads take known_until IS NULL. Facts that never change (corrections,
-- revisions, destruction reports) are known from their recorded_at.

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

-- One row per version of a treaty action (signature, ratification, withdrawal, ...): the first as recorded, then
-- one per correction of its dates. The original_* columns keep the dates as first recorded in every version.
CREATE TABLE treaty_actions (
    participation_id       VARCHAR(64)  NOT NULL,
    sequence_number        BIGINT       NOT NULL,
    -- The sequence number of the event that made this version: the action's own, or that of a correction.
    version_sequence       BIGINT       NOT NULL,
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
    -- When and by whom the action was first recorded.
    recorded_at            TIMESTAMPTZ  NOT NULL,
    recorded_by            VARCHAR(100) NOT NULL,
    corrections            INTEGER      NOT NULL DEFAULT 0,
    known_from             TIMESTAMPTZ  NOT NULL,
    known_until            TIMESTAMPTZ,
    PRIMARY KEY (participation_id, sequence_number, version_sequence)
);
CREATE INDEX treaty_actions_country_idx ON treaty_actions (country, effective_date) WHERE known_until IS NULL;
CREATE INDEX treaty_actions_instrument_idx ON treaty_actions (instrument, country, effective_date)
    WHERE known_until IS NULL;
CREATE INDEX treaty_actions_country_known_idx ON treaty_actions (country, known_from);
CREATE INDEX treaty_actions_instrument_known_idx ON treaty_actions (instrument, known_from);

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

-- Every version of every statement: as recorded, after each amendment (with what changed and why), and after its
-- retraction. The current versions (known_until IS NULL) carry a full-text index over summary, quote and forum.
CREATE TABLE statements (
    statement_id     UUID         NOT NULL,
    version          BIGINT       NOT NULL,
    change           VARCHAR(16)  NOT NULL,
    country          CHAR(3)      NOT NULL,
    statement_date   DATE         NOT NULL,
    date_precision   VARCHAR(5)   NOT NULL,
    forum            TEXT         NOT NULL,
    location         TEXT,
    speaker          TEXT,
    speaker_role     TEXT,
    instruments      TEXT[]       NOT NULL,
    stance           VARCHAR(16)  NOT NULL,
    summary          TEXT         NOT NULL,
    quote            TEXT,
    source_citation  TEXT         NOT NULL,
    source_url       TEXT,
    retracted        BOOLEAN      NOT NULL DEFAULT FALSE,
    -- The whole content of this version as JSON, to show each amendment's fields before and after.
    content          JSONB        NOT NULL,
    changed_fields   TEXT[]       NOT NULL DEFAULT '{}',
    reason           TEXT,
    change_source_citation TEXT,
    change_source_url      TEXT,
    -- When and by whom the statement was first recorded, and this version made.
    recorded_at      TIMESTAMPTZ  NOT NULL,
    recorded_by      VARCHAR(100) NOT NULL,
    changed_by       VARCHAR(100) NOT NULL,
    known_from       TIMESTAMPTZ  NOT NULL,
    known_until      TIMESTAMPTZ,
    search           TSVECTOR GENERATED ALWAYS AS (
        to_tsvector('english'::regconfig, summary || ' ' || coalesce(quote, '') || ' ' || forum)) STORED,
    PRIMARY KEY (statement_id, version)
);
CREATE INDEX statements_country_idx ON statements (country, statement_date DESC) WHERE known_until IS NULL;
CREATE INDEX statements_date_idx ON statements (statement_date DESC) WHERE known_until IS NULL;
CREATE INDEX statements_instruments_idx ON statements USING GIN (instruments) WHERE known_until IS NULL;
CREATE INDEX statements_search_idx ON statements USING GIN (search) WHERE known_until IS NULL;
CREATE INDEX statements_country_known_idx ON statements (country, known_from);

-- Declarations of a stockpile, one row per version (as declared, then after each revision), and reports of its
-- destruction.
CREATE TABLE stockpile_declarations (
    stockpile_id     VARCHAR(128) NOT NULL,
    sequence_number  BIGINT       NOT NULL,
    version_sequence BIGINT       NOT NULL,
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
    known_from       TIMESTAMPTZ  NOT NULL,
    known_until      TIMESTAMPTZ,
    PRIMARY KEY (stockpile_id, sequence_number, version_sequence)
);
CREATE INDEX stockpile_declarations_country_idx ON stockpile_declarations (country, declared_date)
    WHERE known_until IS NULL;
CREATE INDEX stockpile_declarations_country_known_idx ON stockpile_declarations (country, known_from);

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
CREATE INDEX stockpile_destructions_declaration_idx ON stockpile_destructions (stockpile_id, declaration_sequence);

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
