#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh into an empty database, then tells how the read models come back.
#
#   scripts/restore.sh FILE DATABASE
#
# DATABASE must exist (createdb tracker) and hold no event store yet: a restore never merges into or overwrites
# events. Start the query side on it afterwards: it finds no read models and rebuilds them from the restored events.
set -euo pipefail

if [[ $# -ne 2 ]]; then
  echo "usage: $0 FILE DATABASE   (e.g. $0 tracker.dump postgresql://postgres@127.0.0.1:5432/tracker_restored)" >&2
  exit 2
fi
file=$1
database=$2

if [[ ! -r $file ]]; then
  echo "$0: cannot read $file" >&2
  exit 1
fi
query() {
  psql --no-psqlrc --quiet --tuples-only --no-align --dbname="$database" --command="$1"
}
if [[ $(query "SELECT count(*) FROM pg_namespace WHERE nspname IN ('event_store', 'command_side', 'subscriptions')") != 0 ]]; then
  echo "$0: $database already has an event store; restore into a new, empty database instead" >&2
  exit 1
fi

pg_restore --dbname="$database" --no-owner --no-privileges --exit-on-error "$file"

echo "Restored $(query "SELECT count(*) || ' events, up to global index ' || coalesce(max(global_index), 0) FROM event_store.events")"
if [[ $(query "SELECT count(*) FROM pg_namespace WHERE nspname = 'read_model'") != 0 ]]; then
  echo "This database already had read models: rebuild them (POST /api/admin/projections/replay) before reading."
else
  echo "Start the query side (or the whole tracker) on it: it rebuilds the read models from these events."
fi
