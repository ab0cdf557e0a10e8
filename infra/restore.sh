#!/usr/bin/env bash
# Restores a backup made by infra/backup.sh into a new or empty database.
#
#   infra/restore.sh FILE [DATABASE]     default engagement_restored
#
# Refuses a database that already has tables, so a restore never mixes with live data: restore next to the portal,
# check it, then point the portal at it (ENGAGEMENT_DATABASE_URL) or rename the databases. infra/db.sh DATABASE
# afterwards applies any migration newer than the backup.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
file=${1:?usage: infra/restore.sh FILE [DATABASE]}
db=${2:-engagement_restored}
[[ -f $file ]] || { echo "No backup at $file" >&2; exit 1; }
[[ $db =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "Invalid database name: $db" >&2; exit 1; }
pgbin=/usr/lib/postgresql/15/bin
restore=$([[ -x $pgbin/pg_restore ]] && echo "$pgbin/pg_restore" || command -v pg_restore) || { echo "pg_restore is missing: apt-get install postgresql-client-15" >&2; exit 1; }

psql_to() { psql -X -q -v ON_ERROR_STOP=1 -d "$("$repo/infra/db.sh" --url "$1")" "${@:2}"; }
if [[ -z $(psql_to postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'") ]]; then
  psql_to postgres -c "CREATE DATABASE $db"
elif [[ $(psql_to "$db" -tAc "SELECT count(*) FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')") != 0 ]]; then
  echo "Database $db already has tables; restore into a new or empty database." >&2
  exit 1
fi

"$restore" --exit-on-error --no-owner --no-privileges --single-transaction --dbname="$("$repo/infra/db.sh" --url "$db")" "$file"
echo "Restored $file into $db"
