-- Every statement's country, date, forum, instruments and summary as it now stands, kept by a subscribing handler in the
-- transaction of the statement's events: what the probable-duplicate rule (ProbableDuplicates) compares a new
-- statement with, on the command side itself (which may run apart from the read models).
CREATE TABLE statement_index (
    statement_id   UUID         PRIMARY KEY,
    country        VARCHAR(3)   NOT NULL,
    statement_date DATE         NOT NULL,
    forum          TEXT         NOT NULL,
    summary        TEXT         NOT NULL,
    instruments    TEXT[]       NOT NULL,
    retracted      BOOLEAN      NOT NULL DEFAULT FALSE
);

CREATE INDEX statement_index_country_date_idx ON statement_index (country, statement_date);

-- A database that already holds statements: index them from the event store (absent on a fresh database, whose
-- event store schema may be created after this one).
DO $$
BEGIN
    IF to_regclass('event_store.events') IS NOT NULL THEN
        INSERT INTO statement_index (statement_id, country, statement_date, forum, summary, instruments)
        SELECT DISTINCT ON (aggregate_id) aggregate_id::uuid, p->>'country', (p->'content'->'date'->>'date')::date,
               p->'content'->>'forum', p->'content'->>'summary',
               ARRAY(SELECT jsonb_array_elements_text(coalesce(p->'content'->'instruments', '[]'::jsonb)))
          FROM (SELECT aggregate_id, sequence_number, convert_from(payload, 'UTF8')::jsonb AS p
                  FROM event_store.events
                 WHERE aggregate_type = 'Statement'
                   AND (payload_type LIKE '%.StatementRecorded' OR payload_type LIKE '%.StatementAmended')) e
         ORDER BY aggregate_id, sequence_number DESC;
        UPDATE statement_index SET retracted = TRUE
         WHERE statement_id IN (SELECT aggregate_id::uuid FROM event_store.events
                                 WHERE aggregate_type = 'Statement' AND payload_type LIKE '%.StatementRetracted');
    END IF;
END $$;
