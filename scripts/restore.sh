#!/usr/bin/env bash
# BM1: restores a dump made by scripts/backup.sh into a NEW database (never over an existing one), in one
# transaction: either all of it is there or nothing is. Usage:
#   scripts/restore.sh dump-file target-database
# Connection through libpq's environment: PGHOST, PGPORT, PGUSER, PGPASSWORD. RESTORE_NO_OWNER=1 restores with the
# connecting role as owner (for a server where the original owner role does not exist).
# Then start the application on it with the SAME CPR keys as the backed-up installation (they are not in the dump).
set -euo pipefail

dump="${1:?usage: restore.sh dump-file target-database}"
target="${2:?usage: restore.sh dump-file target-database}"

if [[ -f "$dump.sha256" ]]; then
    (cd "$(dirname "$dump")" && sha256sum --check --quiet "$(basename "$dump").sha256")
fi
exists=$(psql --dbname=postgres --tuples-only --no-align --command="select 1 from pg_database where datname = '$target'")
if [[ "$exists" == "1" ]]; then
    echo "restore: database $target exists; restore only into a new database" >&2
    exit 1
fi
createdb --encoding=UTF8 --template=template0 "$target"
owner_options=()
if [[ "${RESTORE_NO_OWNER:-0}" == "1" ]]; then
    owner_options=(--no-owner --no-acl)
fi
pg_restore --exit-on-error --single-transaction "${owner_options[@]}" --dbname="$target" "$dump"
echo "restore: $dump -> $target"
