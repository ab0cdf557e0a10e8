#!/usr/bin/env bash
# Gets a PostgreSQL database ready for Engagement and prints its URI.
#
#   infra/db.sh [DATABASE]        start the local cluster, create DATABASE (default engagement),
#                                 apply infra/db/NNNN_*.sql not applied yet
#   infra/db.sh --url [DATABASE]  print the URI of DATABASE only
#   infra/db.sh --stop            stop the local cluster
#   infra/db.sh --restart-immediately   stop the local cluster as a crash would, and start it again
#
# With ENGAGEMENT_DATABASE_URL set (postgresql://user:pw@host:port/db) the script uses that server
# instead of the local cluster; the database name in the URL is replaced by DATABASE.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
local_dir=$repo/.local
pgdata=$local_dir/pg
pglog=$local_dir/pg.log
pgbin=/usr/lib/postgresql/15/bin
port=${ENGAGEMENT_PG_PORT:-55432}

url_for() {
  if [[ -n ${ENGAGEMENT_DATABASE_URL:-} ]]; then
    [[ $ENGAGEMENT_DATABASE_URL =~ ^(postgres(ql)?://[^/?]*)(/[^?]*)?(\?.*)?$ ]] ||
      { echo "ENGAGEMENT_DATABASE_URL is not a postgresql:// URI" >&2; exit 1; }
    echo "${BASH_REMATCH[1]}/$1${BASH_REMATCH[4]}"
  else
    echo "postgresql://engagement@127.0.0.1:$port/$1"
  fi
}

# PostgreSQL refuses to run as root, so root hands the server commands to the postgres user.
as_pg() {
  if [[ $EUID -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

install_postgres() {
  if [[ $EUID -ne 0 ]]; then
    echo "PostgreSQL 15 is missing: run 'sudo apt-get install postgresql-15'," \
      "or set ENGAGEMENT_DATABASE_URL to a server of your own." >&2
    exit 1
  fi
  echo "Installing postgresql-15 with apt-get..."
  apt-get update -qq
  # Debian would otherwise create and start a system-wide cluster on port 5432 that we never use.
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-common >/dev/null
  sed -i 's/^#* *create_main_cluster.*/create_main_cluster = false/' /etc/postgresql-common/createcluster.conf
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >/dev/null
}

start_local() {
  [[ -x $pgbin/pg_ctl ]] || install_postgres
  mkdir -p "$local_dir"
  if [[ $EUID -eq 0 ]]; then
    # The server runs as postgres: it must reach .local/ through the repo's parent folders.
    local dir=$local_dir
    while [[ $dir != / ]]; do
      runuser -u postgres -- test -x "$dir" || { echo "Allowing postgres to traverse $dir"; chmod o+x "$dir"; }
      dir=$(dirname "$dir")
    done
    mkdir -p "$pgdata" && touch "$pglog" && chown postgres: "$pgdata" "$pglog"
  fi
  if as_pg "$pgbin/pg_ctl" status -D "$pgdata" >/dev/null 2>&1; then
    # Already running; on another port the URI we print would reach some other server.
    local running_port
    running_port=$(as_pg sed -n 4p "$pgdata/postmaster.pid")
    [[ $running_port == "$port" ]] && return 0
    echo "The local cluster runs on port $running_port: stop it with '$0 --stop'" \
      "or set ENGAGEMENT_PG_PORT=$running_port." >&2
    exit 1
  fi

  if [[ ! -s $pgdata/PG_VERSION ]]; then
    as_pg "$pgbin/initdb" -D "$pgdata" -U engagement --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    # Tests open several hosts, hence the connections. No unix sockets: nothing needs them, and deep repo paths
    # exceed the socket path limit. Commits are synchronous only in the databases this script prepares (see
    # prepare_database): the throwaway databases the tests clone from the template trade that for speed.
    cat >>"$pgdata/postgresql.conf" <<'EOF'

# Engagement local cluster (written by infra/db.sh)
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
max_connections = 200
synchronous_commit = off
timezone = 'UTC'
EOF
  fi
  # The port comes from the command line so that ENGAGEMENT_PG_PORT can change between runs.
  as_pg "$pgbin/pg_ctl" start -D "$pgdata" -l "$pglog" -w -t 60 -o "-p $port" >/dev/null ||
    { tail -n 20 "$pglog" >&2; exit 1; }
}

# A power cut must not corrupt the cluster; clusters made before this script said so ran without.
make_durable() {
  sql postgres -c "ALTER SYSTEM SET fsync = on" -c "ALTER SYSTEM SET full_page_writes = on" -c "SELECT pg_reload_conf()" >/dev/null
}

# psql against a database of the server; -X ignores the caller's ~/.psqlrc, and "already exists,
# skipping" notices of re-runnable statements stay quiet.
sql() {
  local db=$1; shift
  PGOPTIONS="-c client_min_messages=warning ${PGOPTIONS:-}" psql -X -q -v ON_ERROR_STOP=1 -d "$(url_for "$db")" "$@"
}

prepare_database() {
  local db=$1
  # Refuse names that would need quoting: they are spliced into SQL and URIs below.
  [[ $db =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "Invalid database name: $db" >&2; exit 1; }
  if [[ -z $(sql postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'") ]]; then
    sql postgres -c "CREATE DATABASE $db"
  fi
  # What the portal acknowledges is on disk: a crash of PostgreSQL or of the machine loses no acknowledged write.
  sql postgres -c "ALTER DATABASE $db SET synchronous_commit = on"
  sql "$db" -c "CREATE TABLE IF NOT EXISTS schema_migrations (
    version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())"
  local applied file version
  applied=$(sql "$db" -tAc "SELECT version FROM schema_migrations")
  for file in "$repo"/infra/db/[0-9][0-9][0-9][0-9]_*.sql; do
    [[ -e $file ]] || continue
    version=$(basename "$file" .sql)
    grep -qxF "$version" <<<"$applied" && continue
    # The file and its record commit together, so a failed migration leaves no trace.
    sql "$db" --single-transaction -f "$file" \
      -c "INSERT INTO schema_migrations (version) VALUES ('$version')"
    echo "Applied $version"
  done
}

case ${1:-} in
  --restart-immediately)
    # For the reliability tests: the local cluster stops as a crash would stop it, and starts again.
    [[ -z ${ENGAGEMENT_DATABASE_URL:-} ]] || { echo "Only the local cluster can be restarted; this one is $ENGAGEMENT_DATABASE_URL" >&2; exit 1; }
    as_pg "$pgbin/pg_ctl" restart -D "$pgdata" -l "$pglog" -m immediate -w -t 60 -o "-p $port" >/dev/null
    ;;
  --stop)
    if [[ -z ${ENGAGEMENT_DATABASE_URL:-} && -s $pgdata/PG_VERSION ]] &&
      as_pg "$pgbin/pg_ctl" status -D "$pgdata" >/dev/null 2>&1; then
      as_pg "$pgbin/pg_ctl" stop -D "$pgdata" -m fast -w >/dev/null
    fi
    ;;
  --url)
    url_for "${2:-engagement}"
    ;;
  *)
    db=${1:-engagement}
    [[ -n ${ENGAGEMENT_DATABASE_URL:-} ]] || { start_local && make_durable; }
    prepare_database "$db"
    echo "Database ready: $(url_for "$db")"
    ;;
esac
