-- Votes of countries on UN General Assembly resolutions: one row per version of each vote (as recorded, then one
-- per correction of its value or date), known from the recorded instant of the event that made it until that of
-- the next correction (known_until, NULL while current). Rebuilt by a replay like every read model.
-- (V3 and V4 belong to other read models.)
CREATE TABLE votes (
    vote_id          VARCHAR(64)  NOT NULL,
    version          BIGINT       NOT NULL,
    change           VARCHAR(16)  NOT NULL,
    country          CHAR(3)      NOT NULL,
    -- The resolution's real symbol (A/RES/79/56); the id only carries its URL-safe key.
    resolution       VARCHAR(32)  NOT NULL,
    title            TEXT,
    vote_date        DATE         NOT NULL,
    date_precision   VARCHAR(5)   NOT NULL,
    vote             VARCHAR(8)   NOT NULL,
    instruments      TEXT[]       NOT NULL,
    source_citation  TEXT         NOT NULL,
    source_url       TEXT,
    -- What a correction changed, why and on which source (NULL and empty for the recorded version).
    changed_fields   TEXT[]       NOT NULL DEFAULT '{}',
    reason           TEXT,
    change_source_citation TEXT,
    change_source_url      TEXT,
    -- When and by whom the vote was first recorded, and this version made.
    recorded_at      TIMESTAMPTZ  NOT NULL,
    recorded_by      VARCHAR(100) NOT NULL,
    changed_by       VARCHAR(100) NOT NULL,
    known_from       TIMESTAMPTZ  NOT NULL,
    known_until      TIMESTAMPTZ,
    PRIMARY KEY (vote_id, version)
);
CREATE INDEX votes_country_idx ON votes (country, vote_date) WHERE known_until IS NULL;
CREATE INDEX votes_country_known_idx ON votes (country, known_from);
