#!/usr/bin/env bash
# Backup (README "Affidabilità", Backup): a custom-format dump of the database, taken while the application runs
# (pg_dump reads one consistent snapshot). Usage: deploy/backup.sh [directory]   (default ./backup)
#
# With Compose (the default) pg_dump runs inside the db container: its own pg_dump 16, the server's version. With
# PGHOST set it runs here against that server (libpq's PGHOST, PGPORT, PGPASSWORD): the client must be of the
# server's major version or newer, a pg_dump 15 refuses a PostgreSQL 16 server. SIL_DB_NOME names the database (sil).
set -euo pipefail
cd "$(dirname "$0")/.."
: "${SIL_DB_USER:?set SIL_DB_USER (see .env)}"
database="${SIL_DB_NOME:-sil}"
if [[ -n "${PGHOST:-}" ]]; then client=(); else client=(docker-compose exec -T db); fi
cartella="${1:-backup}"
mkdir -p "$cartella"
file="$cartella/$database-$(date +%F-%H%M%S).dump"
# Into a temporary name first: a dump that failed halfway never looks like a backup.
"${client[@]}" pg_dump -U "$SIL_DB_USER" -Fc "$database" > "$file.parziale"
mv "$file.parziale" "$file"
echo "$file"
