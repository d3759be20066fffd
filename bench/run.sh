#!/usr/bin/env bash
# Builds the applications and runs the benchmark program against the PostgreSQL on 127.0.0.1:5432 (a database of
# its own, dropped at the end). Options: --events=1000000 --seed=20261123 --countries=200 --raw-rows=5000
# --warmup=2000 --ingest=5000 --http-ingest=3000 --queries=2000 --heap=1g. The whole run takes about half an hour
# on two cores with a million events; --events=100000 gives a quick look.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw --batch-mode --quiet -DskipTests package
exec java -Xmx2g -jar bench/target/bench.jar "$@"
