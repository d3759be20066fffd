#!/usr/bin/env bash
# Backs up the tracker's system of record: the event store (events, integrity checkpoints), the command side's
# idempotency keys and imports, and the webhooks with their deliveries (schema subscriptions, where the query side
# made it). The read models are left out on purpose: they are rebuilt from the events after a restore.
#
#   scripts/backup.sh DATABASE FILE
#
# DATABASE is a libpq connection string or URI (postgresql://user@host:5432/tracker); the password, if any, comes
# from PGPASSWORD or ~/.pgpass. FILE is written in pg_dump's custom format (compressed; read it with pg_restore).
# The dump is one consistent snapshot, taken while the tracker keeps running; pg_dump must be at least as new as the
# server (for PostgreSQL 17: docker run --rm --network host postgres:17.6 pg_dump ...).
set -euo pipefail

if [[ $# -ne 2 ]]; then
  echo "usage: $0 DATABASE FILE   (e.g. $0 postgresql://postgres@127.0.0.1:5432/tracker tracker.dump)" >&2
  exit 2
fi
database=$1
file=$2

events=$(psql --no-psqlrc --quiet --tuples-only --no-align --dbname="$database" \
  --command="SELECT count(*) || ' events, up to global index ' || coalesce(max(global_index), 0) FROM event_store.events") || {
  echo "$0: cannot read event_store.events in $database (is it the tracker's database?)" >&2
  exit 1
}

pg_dump --dbname="$database" --format=custom --no-owner --no-privileges \
  --schema=event_store --schema=command_side --schema=subscriptions --file="$file"

echo "Backed up $events to $file ($(du -h "$file" | cut -f1))"
