-- Bulk imports (POST /api/imports): who started each, how far it got, and, once done, its report. Progress is
-- written while the import runs (in transactions of its own, so that it shows even during a dry run).
CREATE TABLE imports (
    id               UUID         PRIMARY KEY,
    started_by       VARCHAR(100) NOT NULL,
    started_at       TIMESTAMPTZ  NOT NULL,
    -- Last progress written; a RUNNING import not updated for long was cut short by a stop of the application.
    updated_at       TIMESTAMPTZ  NOT NULL,
    finished_at      TIMESTAMPTZ,
    dry_run          BOOLEAN      NOT NULL,
    format           VARCHAR(10)  NOT NULL CHECK (format IN ('CSV', 'JSON')),
    status           VARCHAR(10)  NOT NULL CHECK (status IN ('RUNNING', 'DONE', 'FAILED')),
    rows             INTEGER      NOT NULL,
    processed        INTEGER      NOT NULL DEFAULT 0,
    accepted         INTEGER      NOT NULL DEFAULT 0,
    already_imported INTEGER      NOT NULL DEFAULT 0,
    rejected         INTEGER      NOT NULL DEFAULT 0,
    -- Why a FAILED import stopped.
    failure          TEXT,
    -- The whole report (as GET /api/imports/{id} answers it) once the import is DONE.
    report           JSONB
);

CREATE INDEX imports_started_at_idx ON imports (started_at DESC);
