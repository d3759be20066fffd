-- Each RUNNING import is owned by the instance running it (an id drawn at each start) until lease_until, which that
-- instance renews while the import runs; any instance marks an import FAILED once its lease has expired.
ALTER TABLE imports ADD COLUMN owner VARCHAR(64);
ALTER TABLE imports ADD COLUMN lease_until TIMESTAMPTZ;

CREATE INDEX imports_running_idx ON imports (lease_until) WHERE status = 'RUNNING';
