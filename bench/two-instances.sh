#!/usr/bin/env bash
# AV1 (two instances): two application instances on one PostgreSQL database behind HAProxy (Debian's package).
# A caseworker signs in through the load balancer and keeps creating clients (a write acknowledged by a redirect to
# the new client's page) while wrk puts signed-in read load on both instances; halfway, one instance is killed
# with SIGKILL. The check passes when
#   - the caseworker is never signed out: every request with the same session cookie is served, none is sent to
#     the log-in page, also after the kill;
#   - no acknowledged write is lost: every client whose creation was acknowledged (302 to /klienter/<id>) is in
#     the database with the name that was sent.
# Only loopback addresses are used; every loop is bounded. Runs in about 2-3 minutes on a quiet machine (most of
# it start-up; STARTUP_TIMEOUT, default 300 s, bounds the wait for each instance).
#
# Usage: bench/two-instances.sh            (builds the jar unless JAR=path/to.jar is given)
# Needs: java 17+, PostgreSQL on 127.0.0.1:5432 (trust auth for postgres), haproxy, wrk, curl, psql
#        (apt-get install -y haproxy wrk curl postgresql-client).
set -euo pipefail
cd "$(dirname "$0")/.."

WRITES=${WRITES:-40}          # client creations by the signed-in caseworker
KILL_AFTER=${KILL_AFTER:-15}  # kill instance A after this many writes
PORT_LB=${PORT_LB:-28080}
PORT_A=${PORT_A:-28081}
PORT_B=${PORT_B:-28082}
PGURL_HOST=${PGHOST:-127.0.0.1}
PGUSER=${PGUSER:-postgres}
export PGUSER
DB="mentorordning_two_$(date +%s)_$$"
WORK=$(mktemp -d)
PIDS=()

log() { echo "[two-instances] $*"; }
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    psql -h "$PGURL_HOST" -d postgres -qc "drop database if exists $DB with (force)" >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT

for tool in haproxy wrk curl psql java; do
    command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install -y haproxy wrk curl postgresql-client)"; exit 2; }
done

if [[ -z "${JAR:-}" ]]; then
    log "building the jar"
    ./mvnw -o -q -DskipTests package
    JAR=$(ls target/mentorordning-*.jar | grep -v plain | head -1)
fi

psql -h "$PGURL_HOST" -d postgres -qc "create database $DB encoding 'UTF8' template template0"
ENC_KEY=$(head -c 32 /dev/urandom | base64)
HASH_KEY=$(head -c 32 /dev/urandom | base64)

start_instance() { # name port extra-profile
    local name=$1 port=$2 profile=$3
    SPRING_DATASOURCE_URL="jdbc:postgresql://$PGURL_HOST:5432/$DB" SPRING_DATASOURCE_USERNAME="$PGUSER" \
    MENTORORDNING_CPR_ENCRYPTION_KEY="$ENC_KEY" MENTORORDNING_CPR_HASH_KEY="$HASH_KEY" \
    SPRING_PROFILES_ACTIVE="$profile" SERVER_PORT="$port" \
        java -Xmx512m -jar "$JAR" > "$WORK/$name.log" 2>&1 &
    STARTED_PID=$!
    PIDS+=("$STARTED_PID")
}
wait_ready() { # port
    for _ in $(seq 1 "${STARTUP_TIMEOUT:-300}"); do
        if curl -fs "http://127.0.0.1:$1/actuator/health/readiness" >/dev/null; then return 0; fi
        sleep 1
    done
    log "instance on port $1 did not become ready"; tail -40 "$WORK"/*.log; exit 1
}

log "starting instance A (migrates the database, loads the demo users) on $PORT_A"
start_instance a "$PORT_A" demo; PID_A=$STARTED_PID
wait_ready "$PORT_A"
log "starting instance B on $PORT_B"
start_instance b "$PORT_B" ""
wait_ready "$PORT_B"

cat > "$WORK/haproxy.cfg" <<EOF
global
    maxconn 200
defaults
    mode http
    timeout connect 2s
    timeout client 30s
    timeout server 30s
    # A request that could not be delivered to a dead instance goes to the other one.
    retries 3
    option redispatch 1
    retry-on conn-failure empty-response response-timeout
frontend web
    bind 127.0.0.1:$PORT_LB
    default_backend app
backend app
    balance roundrobin
    option httpchk GET /actuator/health/readiness
    http-check expect status 200
    default-server inter 1s fall 2 rise 2
    server a 127.0.0.1:$PORT_A check
    server b 127.0.0.1:$PORT_B check
EOF
haproxy -f "$WORK/haproxy.cfg" -db > "$WORK/haproxy.log" 2>&1 &
PIDS+=($!)
sleep 2

LB="http://127.0.0.1:$PORT_LB"
JAR_COOKIES="$WORK/cookies.txt"
csrf() { grep -o 'name="_csrf"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="\([^"]*\)"/\1/'; }

log "signing in as the demo caseworker through HAProxy"
token=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$LB/login" | csrf)
login_status=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$JAR_COOKIES" -b "$JAR_COOKIES" \
    --data-urlencode "username=sagsbehandler" --data-urlencode "password=mentorordning-demo" \
    --data-urlencode "_csrf=$token" "$LB/login")
[[ "$login_status" == 302*"$LB/" ]] || { log "log-in failed: $login_status"; exit 1; }
SESSION=$(awk '$6 == "MENTORSESSION" {print $7}' "$JAR_COOKIES")
token=$(curl -s -b "$JAR_COOKIES" "$LB/klienter/ny" | csrf)
[[ -n "$token" ]] || { log "no CSRF token on the new-client form"; exit 1; }

log "read load: wrk, 2 threads, 8 connections, signed in, on / for the whole run"
wrk -t2 -c8 -d60s -H "Cookie: MENTORSESSION=$SESSION" "$LB/" > "$WORK/wrk.txt" 2>&1 &
WRK_PID=$!
PIDS+=($WRK_PID)

acknowledged=0; unacknowledged=0; signed_out=0
: > "$WORK/acknowledged.txt"
run_tag=$(printf '%04d' $((RANDOM % 10000)))
for i in $(seq 1 "$WRITES"); do
    if [[ $i -eq $((KILL_AFTER + 1)) ]]; then
        log "killing instance A (SIGKILL, pid $PID_A) after $KILL_AFTER writes"
        kill -9 "$PID_A"
    fi
    day=$(( (i - 1) % 28 + 1 )); month=$(( (i - 1) / 28 % 12 + 1 ))
    cpr=$(printf '%02d%02d75-%d%03d' "$day" "$month" $((RANDOM % 4)) "$i")
    name="Lasttest${run_tag}x$i"
    result=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -b "$JAR_COOKIES" --max-time 20 \
        --data-urlencode "firstName=Two" --data-urlencode "lastName=$name" --data-urlencode "cpr=$cpr" \
        --data-urlencode "status=UNDER_SUPERVISION" --data-urlencode "unitId=104" \
        --data-urlencode "statusSince=2026-01-01" --data-urlencode "supervisionEndDate=2027-12-31" \
        --data-urlencode "_csrf=$token" "$LB/klienter/ny" || echo "000 curl-failed")
    case "$result" in
        302*/login*) signed_out=$((signed_out + 1)); log "write $i: SIGNED OUT ($result)";;
        302*/klienter/[0-9]*) acknowledged=$((acknowledged + 1)); echo "${result##*/klienter/} $name" >> "$WORK/acknowledged.txt";;
        *) unacknowledged=$((unacknowledged + 1)); log "write $i: not acknowledged ($result)";;
    esac
done
page=$(curl -s -o /dev/null -w '%{http_code}' -b "$JAR_COOKIES" "$LB/")
wait "$WRK_PID" || true

lost=0
while read -r id name; do
    found=$(psql -h "$PGURL_HOST" -d "$DB" -tAc "select count(*) from client where id = $id and last_name = '$name'")
    [[ "$found" == "1" ]] || { lost=$((lost + 1)); log "LOST: client $id ($name)"; }
done < "$WORK/acknowledged.txt"
sessions=$(psql -h "$PGURL_HOST" -d "$DB" -tAc "select count(*) from spring_session where principal_name = 'sagsbehandler'")

log "wrk: $(grep -E 'Requests/sec|requests in|Non-2xx' "$WORK/wrk.txt" | tr -s ' ' | tr '\n' ';')"
log "haproxy saw instance A go down: $(grep -c 'is DOWN' "$WORK/haproxy.log" || true) time(s)"
log "writes: $WRITES sent, $acknowledged acknowledged, $unacknowledged not acknowledged, $signed_out signed out"
log "acknowledged writes missing from the database: $lost"
log "start page with the same cookie after the kill: HTTP $page; sessions of the user in PostgreSQL: $sessions"
if [[ $signed_out -eq 0 && $lost -eq 0 && "$page" == "200" && $acknowledged -gt $KILL_AFTER ]]; then
    log "PASS: no one signed out, no acknowledged write lost, writes acknowledged after the kill"
    exit 0
fi
log "FAIL"
exit 1
