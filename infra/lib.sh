# Shared by infra/run.sh and infra/test.sh: tool checks, builds, and a host started in the background.
# Sourced, not run.

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
local_dir=$repo/.local
mkdir -p "$local_dir"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
fail() { echo "error: $*" >&2; exit 1; }

require_tools() {
  command -v dotnet >/dev/null || fail "the .NET 10 SDK is missing: see https://learn.microsoft.com/dotnet/core/install/linux-debian"
  command -v npm >/dev/null || fail "Node.js 20 (with npm) is missing: apt-get install nodejs npm, or use nvm"
  local missing=()
  command -v psql >/dev/null || missing+=(postgresql-client)
  command -v curl >/dev/null || missing+=(curl)
  if [[ ${#missing[@]} -gt 0 ]]; then
    [[ $EUID -eq 0 ]] || fail "missing: ${missing[*]} (sudo apt-get install ${missing[*]})"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

# npm ci only when the lock file changed since the last install, so a second run starts in seconds.
npm_install() {
  local dir=$1 stamp=$1/node_modules/.engagement-lock
  if [[ ! -f $stamp ]] || ! cmp -s "$dir/package-lock.json" "$stamp"; then
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
    cp "$dir/package-lock.json" "$stamp"
  fi
}

build_frontend() {
  npm_install "$repo/frontend"
  (cd "$repo/frontend" && npm run --silent build)
}

build_backend() {
  dotnet build "$repo/Engagement.sln" -c Release -nologo -v quiet -clp:ErrorsOnly
}

# start_host PORT DATABASE_URL LOG: runs the built host in the background and waits until /health/ready
# answers; sets host_pid.
start_host() {
  local port=$1 url=$2 log=$3
  # The keys that seal anonymous answers while they wait: kept with the hosts, never in the database.
  mkdir -p -m 700 "$local_dir/keys"
  # The silo port follows the HTTP port (5080 gives Orleans' usual 11111), so a test host and a running portal on
  # one machine never collide.
  ENGAGEMENT_DATABASE_URL=$url ASPNETCORE_URLS=http://127.0.0.1:$port DataProtection__KeysDirectory=$local_dir/keys \
    Orleans__SiloPort=$((port + 6031)) \
    dotnet "$repo/backend/Engagement.Host/bin/Release/net10.0/Engagement.Host.dll" \
    --contentRoot "$repo/backend/Engagement.Host" "${@:4}" >"$log" 2>&1 &
  host_pid=$!
  for _ in $(seq 1 120); do
    if curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; then return 0; fi
    kill -0 "$host_pid" 2>/dev/null || { tail -n 30 "$log" >&2; fail "the host stopped while starting (log: $log)"; }
    sleep 1
  done
  tail -n 30 "$log" >&2
  fail "the host did not become ready within 2 minutes (log: $log)"
}

stop_host() {
  [[ -n ${host_pid:-} ]] && kill "$host_pid" 2>/dev/null && wait "$host_pid" 2>/dev/null || true
  host_pid=
}
