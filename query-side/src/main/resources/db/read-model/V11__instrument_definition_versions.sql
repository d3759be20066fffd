-- Every version of each registered or amended instrument, not only the latest: a read as known at an instant
-- derives entry into force (and the catalogue it shows) from the clauses defined at that instant. updated_at is
-- the instant the version was recorded. Rows kept before this migration are their instrument's latest version; a
-- rebuild of the read models adds the earlier ones from the events.
ALTER TABLE instrument_definitions DROP CONSTRAINT instrument_definitions_pkey;
ALTER TABLE instrument_definitions ADD PRIMARY KEY (instrument_id, version);
