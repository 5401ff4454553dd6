#!/usr/bin/env bash
# Restore of a dump made by deploy/backup.sh into a fresh database "sil" (README "Affidabilità", Backup). Stops the
# application, drops and recreates the database, restores, starts the application: the cases continue from the
# tasks they were waiting at when the dump was taken. Usage: deploy/ripristino.sh backup/sil-2026-12-01-0230.dump
set -euo pipefail
cd "$(dirname "$0")/.."
: "${SIL_DB_USER:?set SIL_DB_USER (see .env)}"
file="${1:?the dump to restore}"
docker-compose stop app
docker-compose exec -T db dropdb -U "$SIL_DB_USER" --if-exists sil
docker-compose exec -T db createdb -U "$SIL_DB_USER" sil
docker-compose exec -T db pg_restore -U "$SIL_DB_USER" --no-owner -d sil < "$file"
docker-compose start app
