#!/usr/bin/env bash
# Restore of a dump made by deploy/backup.sh into a fresh, empty database (README "Affidabilità", Backup): drops and
# recreates the database, restores the dump into it; the cases continue from the tasks they were waiting at when the
# dump was taken. Usage: deploy/ripristino.sh backup/sil-2026-12-01-023000.dump
#
# With Compose (the default) it stops the application first and starts it afterwards, and the tools run inside the db
# container. With PGHOST set (libpq's PGHOST, PGPORT, PGPASSWORD) the tools run here against that server, the
# application must be stopped beforehand (dropdb refuses a database still in use) and started afterwards.
# SIL_DB_NOME names the database (sil).
set -euo pipefail
cd "$(dirname "$0")/.."
: "${SIL_DB_USER:?set SIL_DB_USER (see .env)}"
file="${1:?the dump to restore}"
[[ -s "$file" ]] || { echo "$file: non esiste o è vuoto" >&2; exit 1; }
database="${SIL_DB_NOME:-sil}"
if [[ -n "${PGHOST:-}" ]]; then
    client=()
else
    client=(docker-compose exec -T db)
    docker-compose stop app
fi
"${client[@]}" dropdb -U "$SIL_DB_USER" --if-exists "$database"
"${client[@]}" createdb -U "$SIL_DB_USER" "$database"
# --exit-on-error: a restore that met an error is not a restore; --no-owner: the dump's owner need not exist here.
"${client[@]}" pg_restore -U "$SIL_DB_USER" --no-owner --exit-on-error -d "$database" < "$file"
if [[ -z "${PGHOST:-}" ]]; then
    docker-compose start app
fi
