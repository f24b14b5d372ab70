#!/usr/bin/env bash
# Generates fictional volume into a migrated Mentorordning database (see bench/README.md).
# Usage: bench/generate.sh --scale N --db DATABASE
#   N = 1 is national scale (10,000 clients, 2,000 mentors, 5,900 courses, ~150,000 status reports,
#   400,000 audit rows); N = 10 is the performance goal. Fractions are not supported.
# CPR numbers are sealed by the application's own CprProtector with the keys in
# MENTORORDNING_CPR_ENCRYPTION_KEY / MENTORORDNING_CPR_HASH_KEY (default: the demo profile's keys,
# which is what bench/load.sh runs with). Needs PostgreSQL on 127.0.0.1:5432 as postgres.
set -euo pipefail
cd "$(dirname "$0")/.."
SCALE=1
DB=mentorordning_bench
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) SCALE=$2; shift 2 ;;
    --db) DB=$2; shift 2 ;;
    *) echo "unknown option $1"; exit 2 ;;
  esac
done
demo_key() { sed -n "s/^ *$1: *//p" src/main/resources/application-demo.yml | head -n 1; }
export MENTORORDNING_CPR_ENCRYPTION_KEY=${MENTORORDNING_CPR_ENCRYPTION_KEY:-$(demo_key encryption-key)}
export MENTORORDNING_CPR_HASH_KEY=${MENTORORDNING_CPR_HASH_KEY:-$(demo_key hash-key)}

[ -d target/classes/dk ] || ./mvnw -q -B -o compile
[ -s target/bench-classpath.txt ] || ./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
started=$(date +%s)
java -cp "target/classes:$(cat target/bench-classpath.txt)" bench/SealCprNumbers.java \
  "jdbc:postgresql://127.0.0.1:5432/$DB" $((12000 * SCALE))
psql -h 127.0.0.1 -U postgres -d "$DB" -q -1 -v scale="$SCALE" -f bench/generate.sql
# As autovacuum would have done in production: statistics and the visibility map (without it no
# index-only scan pays off, so a freshly generated database is slower than a live one).
psql -h 127.0.0.1 -U postgres -d "$DB" -q -c "vacuum (analyze)"
echo "generated scale $SCALE into $DB in $(( $(date +%s) - started )) s"
