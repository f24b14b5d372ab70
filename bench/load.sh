#!/usr/bin/env bash
# Load benchmark: starts the packaged application on its own database with demo data (plus the
# generated volume from bench/generate-data.sql when given --data N), signs in as demo users and
# measures pages with wrk on loopback. Bounded: each page runs DURATION seconds.
# Usage: bench/load.sh [--data N] [--duration SECONDS]
# Needs: wrk (apt-get install wrk), PostgreSQL on 127.0.0.1:5432, a quiet machine (numbers from a
# busy machine mean nothing). Goal (DESIGN §3): a trivial page above 10,000 requests/s.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=0
DURATION=10
while [ $# -gt 0 ]; do
  case "$1" in
    --data) DATA=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    *) echo "unknown option $1"; exit 2 ;;
  esac
done
PORT=18080
DB=mentorordning_bench
BASE=http://127.0.0.1:$PORT
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 2; }

psql -h 127.0.0.1 -U postgres -q -c "drop database if exists $DB with (force)" -c "create database $DB"
[ -f target/mentorordning-0.1.0-SNAPSHOT.jar ] || ./mvnw -q -B -DskipTests package
java -jar target/mentorordning-0.1.0-SNAPSHOT.jar --server.port=$PORT --spring.profiles.active=demo \
  --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$DB > /tmp/mentorordning-bench.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf -o /dev/null $BASE/actuator/health && break; sleep 1; done
if [ "$DATA" -gt 0 ] && [ -f bench/generate-data.sql ]; then
  psql -h 127.0.0.1 -U postgres -d $DB -q -v n="$DATA" -f bench/generate-data.sql
fi

# Signs in through the real form and prints the session cookie.
session_of() {
  local jar; jar=$(mktemp)
  local token
  token=$(curl -s -c "$jar" $BASE/login | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "username=$1" --data-urlencode "password=mentorordning-demo" \
    --data-urlencode "_csrf=$token" $BASE/login
  awk '$6 == "MENTORSESSION" {print $7}' "$jar"
  rm -f "$jar"
}

measure() { # name, cookie, path
  local out
  out=$(wrk -t2 -c16 -d"${DURATION}s" ${2:+-H "Cookie: MENTORSESSION=$2"} "$BASE$3")
  printf '%-40s %10s req/s  p50-ish latency %s\n' "$1" \
    "$(echo "$out" | awk '/Requests\/sec/ {print $2}')" "$(echo "$out" | awk '/Latency/ {print $2}')"
  echo "$out" | grep -q 'Non-2xx' && echo "   (non-2xx answers: $(echo "$out" | awk '/Non-2xx/ {print $NF}'))" || true
}

wrk -t2 -c16 -d3s $BASE/actuator/health >/dev/null   # warm-up
CASEWORKER=$(session_of sagsbehandler)
DIRECTORATE=$(session_of direktorat)
echo "page                                        throughput"
measure "health (no session)" "" /actuator/health
measure "static CSS" "" /vendor/dkfds/css/dkfds.min.css
measure "accessibility statement (anonymous)" "" /tilgaengelighed
measure "start page (caseworker)" "$CASEWORKER" /
measure "my area (caseworker)" "$CASEWORKER" /omraade
measure "audit log (directorate)" "$DIRECTORATE" /admin/revision
for page in $(cat bench/pages.txt 2>/dev/null | grep -v '^#' || true); do
  measure "$page (caseworker)" "$CASEWORKER" "$page"
done
