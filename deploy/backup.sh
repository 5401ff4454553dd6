#!/usr/bin/env bash
# Backup of the Compose installation (README "Affidabilità", Backup): a custom-format dump of database "sil", taken
# from the running db container with its own pg_dump (PostgreSQL 16, the server's version). The application may keep
# running: pg_dump reads one consistent snapshot. Usage: deploy/backup.sh [directory]   (default ./backup)
set -euo pipefail
cd "$(dirname "$0")/.."
: "${SIL_DB_USER:?set SIL_DB_USER (see .env)}"
cartella="${1:-backup}"
mkdir -p "$cartella"
file="$cartella/sil-$(date +%F-%H%M).dump"
docker-compose exec -T db pg_dump -U "$SIL_DB_USER" -Fc sil > "$file"
echo "$file"
