#!/usr/bin/env bash
# PostgreSQL views benchmark (bench/README.md, "PostgreSQL views"): the seed's
# three statements against Palier's single statement on a generated table of
# 10 million events, in a throwaway cluster started and stopped here.
#
#   bench/db/run.sh [BUILD_DIR]
#
# BUILD_DIR defaults to build-bench (configured Release if absent). Environment:
# EVENTS (10000000), DAYS (9), REPS (5), DURATION_TYPE (integer; or numeric,
# 'double precision'), EXPLAIN=1 to print the plans, WITH_INDEX=1 to run again
# (INDEX_REPS rounds, default 3) after creating the BRIN index that
# `palier db index-ddl` suggests first, PALIER_PG_CONF for extra server
# settings (see scripts/pg-test-cluster.sh).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build-bench}
events=${EVENTS:-10000000}
days=${DAYS:-9}
reps=${REPS:-5}
duration_type=${DURATION_TYPE:-integer}

if [[ ! -f $build/CMakeCache.txt ]]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
cmake --build "$build" --target bench_db_views

work=$(mktemp -d "${TMPDIR:-/tmp}/palier-bench-db.XXXXXX")
state=$work/cluster.env
cleanup() {
    "$root/scripts/pg-test-cluster.sh" stop "$state" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
"$root/scripts/pg-test-cluster.sh" start "$state"
# shellcheck disable=SC1090
source "$state"
export PGHOST=$PALIER_PG_HOST PGPORT=$PALIER_PG_PORT PGUSER=$PALIER_PG_ADMIN_USER PGPASSWORD=$PALIER_PG_ADMIN_PASSWORD
psql="$PALIER_PG_BIN/psql -X -q -v ON_ERROR_STOP=1"
$psql -d postgres -c "CREATE DATABASE bench"

echo "generating $events events over $days days (duration_ms $duration_type)…"
start=$(date +%s)
$psql -d bench -v events="$events" -v days="$days" -v duration_type="$duration_type" -f "$here/generate.sql" >/dev/null
$psql -d bench -c "GRANT SELECT ON app_monitoring_events TO $PALIER_PG_USER"
echo "generated in $(( $(date +%s) - start )) s"

# Palier connects as the plain role, read-only, like any user would.
conninfo="host=$PALIER_PG_HOST port=$PALIER_PG_PORT dbname=bench user=$PALIER_PG_USER password=$PALIER_PG_PASSWORD"
PGPASSWORD= "$build/bench/db/bench_db_views" --db "$conninfo" --reps "$reps" ${EXPLAIN:+--explain}

if [[ -n ${WITH_INDEX:-} ]]; then
    # The first statement `palier db index-ddl` prints (BRIN on created_at);
    # CONCURRENTLY runs outside a transaction, as psql -c sends it.
    ddl=$("$build/bench/db/bench_db_views" --db "$conninfo" --index-ddl | awk '/^CREATE INDEX/ { print; exit }')
    echo
    echo "with the index: $ddl"
    $psql -d bench -c "$ddl"
    $psql -d bench -c "ANALYZE app_monitoring_events"
    PGPASSWORD= "$build/bench/db/bench_db_views" --db "$conninfo" --reps "${INDEX_REPS:-3}" ${EXPLAIN:+--explain}
fi
