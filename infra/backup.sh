#!/usr/bin/env bash
# Writes a timestamped backup of a portal database in pg_dump's custom format and prints its path.
#
#   infra/backup.sh [DATABASE]     default engagement; into $ENGAGEMENT_BACKUP_DIR (default .local/backups)
#
# The dump is one consistent snapshot of everything: the portal's tables, Orleans' and Hangfire's. It works while the
# portal runs. Restore it with infra/restore.sh. Uses the same server as infra/db.sh (ENGAGEMENT_DATABASE_URL or the
# local cluster).
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
db=${1:-engagement}
dir=${ENGAGEMENT_BACKUP_DIR:-$repo/.local/backups}
pgbin=/usr/lib/postgresql/15/bin
dump=$([[ -x $pgbin/pg_dump ]] && echo "$pgbin/pg_dump" || command -v pg_dump) || { echo "pg_dump is missing: apt-get install postgresql-client-15" >&2; exit 1; }

# Backups hold everyone's data: readable by their owner alone.
umask 077
mkdir -p "$dir"
file="$dir/$db-$(date -u +%Y%m%dT%H%M%SZ).dump"
"$dump" --format=custom --no-owner --no-privileges --file="$file.partial" "$("$repo/infra/db.sh" --url "$db")"
# Only a finished dump takes the final name, so a file named .dump is always whole.
mv "$file.partial" "$file"
echo "$file"
