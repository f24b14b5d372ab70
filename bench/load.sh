#!/usr/bin/env bash
# Load benchmark (issue 10): starts the packaged application on its own database with the demo users,
# adds generated volume at a scale factor (bench/generate.sh; 0 = demo data only, 1 = national scale,
# 10 = the goal), signs in as each role and measures every main page with wrk on loopback.
# For each page it prints req/s, p50/p95/p99 latency, non-2xx answers, SQL statements per request,
# the page size, and its throughput as a share of the trivial page measured in the same run.
#
# Usage: bench/load.sh [--scale N] [--duration SECONDS] [--connections C] [--reuse] [--only REGEX]
#   --reuse   keep the database of an earlier run at the same scale (skips the generation)
#   --only    measure only the pages whose name matches REGEX (the trivial page is always measured)
# Needs: wrk (apt-get install wrk), PostgreSQL on 127.0.0.1:5432 as postgres, root or adm access to
# the PostgreSQL server log (SQL counting turns on log_statement for the bench database only, for a
# single request per page, never while wrk runs). Numbers from a busy machine mean little: the
# script prints the load average.
set -euo pipefail
cd "$(dirname "$0")/.."
SCALE=0
DURATION=10
CONNECTIONS=16
REUSE=false
ONLY=.
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) SCALE=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    --reuse) REUSE=true; shift ;;
    --only) ONLY=$2; shift 2 ;;
    *) echo "unknown option $1"; exit 2 ;;
  esac
done
PORT=${BENCH_PORT:-18080}
DB=mentorordning_bench_s$SCALE
BASE=http://127.0.0.1:$PORT
PGLOG=${PGLOG:-$(ls -t /var/log/postgresql/postgresql-*-main.log 2>/dev/null | head -n 1)}
JAR=${BENCH_JAR:-target/mentorordning-0.1.0-SNAPSHOT.jar}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 2; }
sql() { psql -h 127.0.0.1 -U postgres -d "$DB" -Atq -c "$1"; }

# The two roles of AU3 (as the development bootstrap makes them; trust auth on the bench machine).
for role in mentorordning_owner mentorordning_app; do
  [ "$(psql -h 127.0.0.1 -U postgres -Atq -c "select 1 from pg_roles where rolname = '$role'")" = 1 ] ||
    psql -h 127.0.0.1 -U postgres -q -c "create role $role login nosuperuser nocreatedb nocreaterole"
done
exists=$(psql -h 127.0.0.1 -U postgres -Atq -c "select 1 from pg_database where datname = '$DB'")
if [ "$REUSE" != true ] || [ "$exists" != 1 ]; then
  psql -h 127.0.0.1 -U postgres -q -c "drop database if exists $DB with (force)" -c "create database $DB owner mentorordning_owner"
  FRESH=true
else
  FRESH=false
fi
[ -f $JAR ] || ./mvnw -q -B -DskipTests package
java -jar $JAR --server.port=$PORT --spring.profiles.active=demo \
  --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$DB > /tmp/mentorordning-bench.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; sql "alter database $DB reset log_statement" 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do curl -sf -o /dev/null $BASE/actuator/health && break; sleep 1; done
if [ "$FRESH" = true ] && [ "$SCALE" -gt 0 ]; then
  bench/generate.sh --scale "$SCALE" --db "$DB"
fi
# Restart on the generated data, so the application's caches and the insight summaries hold it, as in
# production (the summaries are built at start on a database that has none, then by their scheduled job).
kill $APP; wait $APP 2>/dev/null || true
[ "$FRESH" = true ] && sql "delete from insight_refresh"
java -jar $JAR --server.port=$PORT --spring.profiles.active=demo \
  --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$DB >> /tmp/mentorordning-bench.log 2>&1 &
APP=$!
for _ in $(seq 1 300); do curl -sf -o /dev/null $BASE/actuator/health && break; sleep 1; done
# The start-up jobs (the daily reminders, the insight refresh) run on after the health check answers; measuring while
# they run measures them. Wait until the application's CPU use has been below 5 % for 3 s (at most 10 minutes).
for _ in $(seq 1 200); do
  t0=$(awk '{print $14 + $15}' /proc/$APP/stat); sleep 3; t1=$(awk '{print $14 + $15}' /proc/$APP/stat)
  [ $(( t1 - t0 )) -lt 15 ] && break
done

# Signs in through the real form and prints the session cookie.
session_of() {
  local jar token
  jar=$(mktemp)
  token=$(curl -s -c "$jar" $BASE/login | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "username=$1" --data-urlencode "password=mentorordning-demo" \
    --data-urlencode "_csrf=$token" $BASE/login
  awk '$6 == "MENTORSESSION" {print $7}' "$jar"
  rm -f "$jar"
}
# A caseworker session whose client search (kept in the session, never in a URL: DP3) is NAME.
search_session() {
  local cookie token
  cookie=$(session_of sagsbehandler)
  token=$(curl -s -H "Cookie: MENTORSESSION=$cookie" $BASE/klienter | sed -n 's/.*name="_csrf" content="\([^"]*\)".*/\1/p' | head -n 1)
  curl -s -o /dev/null -H "Cookie: MENTORSESSION=$cookie" --data-urlencode "name=$1" --data-urlencode "_csrf=$token" \
    $BASE/klienter/soeg
  echo "$cookie"
}

CASEWORKER=$(session_of sagsbehandler)
COORDINATOR=$(session_of tovholder)
DIRECTORATE=$(session_of direktorat)
MENTOR=$(session_of mentor)
SEARCH_LAST=$(search_session "jens")
SEARCH_FULL=$(search_session "anders jensen")
SEARCH_NONE=$(search_session "zzyzx")

# Records to open: the newest active course in the caseworker's area (Hovedstaden) and its client, a
# client there without an open course (matching), an approved mentor, the demo mentor's course.
COURSE=$(sql "select id from mentor_course where area_id = 1 and state = 'ACTIVE' order by id desc limit 1")
CLIENT=$(sql "select client_id from mentor_course where id = $COURSE")
MATCH_CLIENT=$(sql "select c.id from client c where c.area_id = 1 and not exists (select 1 from mentor_course k where k.client_id = c.id and k.state <> 'ENDED') order by c.id desc limit 1")
MENTOR_ID=$(sql "select id from mentor where status = 'APPROVED' and home_area_id = 1 order by id desc limit 1")
MY_COURSE=$(sql "select k.id from mentor_course k join mentor m on m.id = k.mentor_id join app_user u on u.id = m.user_id where u.username = 'mentor' and k.state = 'ACTIVE' order by k.id limit 1")
FAR_PAGE=$(sql "select greatest(count(*) / 25 - 2, 0) from client where area_id = 1")

# name | session | path
PAGES="trivial: accessibility statement (anonymous)||/tilgaengelighed
health (one database round trip)||/actuator/health
caseworker: start page|$CASEWORKER|/
caseworker: client list|$CASEWORKER|/klienter
caseworker: client list, far page|$CASEWORKER|/klienter?side=$FAR_PAGE
caseworker: client search 'jens'|$SEARCH_LAST|/klienter
caseworker: client search 'anders jensen'|$SEARCH_FULL|/klienter
caseworker: client search without hit|$SEARCH_NONE|/klienter
caseworker: client page|$CASEWORKER|/klienter/$CLIENT
caseworker: course list|$CASEWORKER|/forloeb
caseworker: course page|$CASEWORKER|/forloeb/$COURSE
caseworker: my area|$CASEWORKER|/omraade
caseworker: matching one client|$CASEWORKER|/mentorer/matchning/$MATCH_CLIENT
caseworker: registry search (all)|$CASEWORKER|/mentorer
caseworker: registry search 'jens'|$CASEWORKER|/mentorer?name=jens
coordinator: start page|$COORDINATOR|/
coordinator: registry search (all)|$COORDINATOR|/mentorer
coordinator: mentor page|$COORDINATOR|/mentorer/$MENTOR_ID
coordinator: capacity|$COORDINATOR|/mentorer/kapacitet
coordinator: compliance of the area|$COORDINATOR|/overholdelse
coordinator: compliance list, overdue reviews|$COORDINATOR|/overholdelse/forloeb?regel=C8&status=OVERDUE
coordinator: data quality|$COORDINATOR|/datakvalitet
directorate: start page|$DIRECTORATE|/
directorate: approval queue|$DIRECTORATE|/godkendelser
directorate: audit log|$DIRECTORATE|/admin/revision
directorate: users|$DIRECTORATE|/admin/brugere
directorate: course list|$DIRECTORATE|/forloeb
directorate: national compliance|$DIRECTORATE|/overholdelse
directorate: national figures|$DIRECTORATE|/landstal
directorate: national figures as CSV|$DIRECTORATE|/landstal/csv?figur=COURSES_STARTED
mentor: start page|$MENTOR|/
mentor: my courses|$MENTOR|/mine-forloeb
mentor: my course|$MENTOR|/mine-forloeb/$MY_COURSE"
for extra in $(grep -v '^#' bench/pages.txt 2>/dev/null || true); do
  PAGES="$PAGES
caseworker: $extra|$CASEWORKER|$extra"
done

cookie_args() { [ -n "$1" ] && printf '%s\n' -H "Cookie: MENTORSESSION=$1" || true; }

# SQL statements of one request: log_statement is switched on for this database only, the pool's
# connections are replaced (so they pick the setting up), one warm request, then one counted request.
# Counts from a byte offset of the server log (the log of a busy server grows to gigabytes; grep only the new part).
log_size() { stat -c %s "$PGLOG"; }
statements_since() { tail -c +$(( $1 + 1 )) "$PGLOG" | grep -c "@$DB [A-Z]*LOG:  \(execute\|statement\)" || true; }
declare -A SQLCOUNT SIZE STATUS
if [ -r "${PGLOG:-/nonexistent}" ]; then
  sql "alter database $DB set log_statement = 'all'"
  sql "select count(pg_terminate_backend(pid)) from pg_stat_activity where datname = '$DB' and pid <> pg_backend_pid()" >/dev/null
  sleep 1
fi
while IFS='|' read -r name cookie path; do
  [[ "$name" =~ $ONLY || "$name" == trivial* ]] || continue
  mapfile -t h < <(cookie_args "$cookie")
  curl -s -o /dev/null "${h[@]}" "$BASE$path"; sleep 0.3
  offset=$(log_size)
  result=$(curl -s -o /dev/null -w '%{http_code} %{size_download}' "${h[@]}" "$BASE$path")
  sleep 0.5
  STATUS[$name]=${result% *}; SIZE[$name]=${result#* }
  SQLCOUNT[$name]=$(statements_since "$offset")
done <<< "$PAGES"
if [ -r "${PGLOG:-/nonexistent}" ]; then
  sql "alter database $DB reset log_statement"
  sql "select count(pg_terminate_backend(pid)) from pg_stat_activity where datname = '$DB' and pid <> pg_backend_pid()" >/dev/null
  sleep 1
fi

# Warm-up: the JIT compiles for the first minute or two of traffic (the trivial page went from about 700 to 2,500
# req/s over its first 40 s here), so every page is exercised first and the trivial page longest; otherwise the
# trivial page, measured first, is measured cold and every share is flattered.
wrk -t2 -c"$CONNECTIONS" -d30s $BASE/tilgaengelighed >/dev/null
while IFS='|' read -r name cookie path; do
  [[ "$name" =~ $ONLY ]] || continue
  mapfile -t h < <(cookie_args "$cookie")
  wrk -t2 -c"$CONNECTIONS" -d3s "${h[@]}" "$BASE$path" >/dev/null
done <<< "$PAGES"
wrk -t2 -c"$CONNECTIONS" -d10s $BASE/tilgaengelighed >/dev/null
echo "scale $SCALE ($(sql "select count(*) from client") clients, $(sql "select count(*) from mentor") mentors, $(sql "select count(*) from mentor_course") courses, $(sql "select count(*) from status_report") reports, $(sql "select count(*) from audit_event") audit rows); wrk -t2 -c$CONNECTIONS -d${DURATION}s; $(uptime | sed 's/.*load/load/')"
printf '| %-46s | %8s | %6s | %7s | %7s | %7s | %6s | %4s | %8s |\n' page "req/s" "share" "p50 ms" "p95 ms" "p99 ms" "non2xx" SQL "kB"
printf '|%s|\n' "------------------------------------------------|----------|--------|---------|---------|---------|--------|------|----------"
TRIVIAL=
while IFS='|' read -r name cookie path; do
  [[ "$name" =~ $ONLY || "$name" == trivial* ]] || continue
  mapfile -t h < <(cookie_args "$cookie")
  read -r _ rps p50 p95 p99 non2xx sockerr total < <(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s -s bench/report.lua \
    "${h[@]}" "$BASE$path" | grep '^STATS')
  [ -z "$TRIVIAL" ] && TRIVIAL=$rps
  share=$(awk -v a="$rps" -v b="$TRIVIAL" 'BEGIN { printf "%.0f%%", (b > 0 ? 100 * a / b : 0) }')
  kb=$(awk -v s="${SIZE[$name]}" 'BEGIN { printf "%.1f", s / 1024 }')
  note=""; [ "${STATUS[$name]}" != 200 ] && note=" (HTTP ${STATUS[$name]})"
  [ "$sockerr" != 0 ] && note="$note ($sockerr socket errors)"
  printf '| %-46s | %8s | %6s | %7s | %7s | %7s | %6s | %4s | %8s |%s\n' "$name" "$rps" "$share" "$p50" "$p95" "$p99" \
    "$non2xx" "${SQLCOUNT[$name]}" "$kb" "$note"
done <<< "$PAGES"
