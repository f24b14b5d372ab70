#!/usr/bin/env bash
# BM1: a consistent logical backup of the application database (pg_dump, custom format), checked by listing it
# and stored with its SHA-256. Usage:
#   scripts/backup.sh [database] [output-file]
# Connection through libpq's environment: PGHOST, PGPORT, PGUSER, PGPASSWORD (or ~/.pgpass).
# The dump holds the CPR numbers only encrypted; the keys (MENTORORDNING_CPR_ENCRYPTION_KEY / _HASH_KEY) are NOT in
# the database and so never in the dump: keep them in the secret store, apart from the backups (docs/operations.md).
set -euo pipefail

database="${1:-${PGDATABASE:-mentorordning}}"
output="${2:-backups/${database}-$(date -u +%Y%m%dT%H%M%SZ).dump}"
mkdir -p "$(dirname "$output")"

# -Fc: compressed, restorable table by table with pg_restore; one snapshot, so the copy is consistent under load.
pg_dump --format=custom --compress=6 --file="$output.partial" "$database"
pg_restore --list "$output.partial" > /dev/null   # an unreadable dump fails here, not on the day it is needed
mv "$output.partial" "$output"
(cd "$(dirname "$output")" && sha256sum "$(basename "$output")" > "$(basename "$output").sha256")
echo "backup: $output ($(du -h "$output" | cut -f1))"
