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
  command -v openssl >/dev/null || missing+=(openssl)
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

# The silos of a cluster let in only each other: each shows a certificate issued by the cluster's own authority
# (mutual TLS on the silo port). Made once in .local/cluster, readable by this user only; every host started here
# gets the same one, so hosts on this machine form one cluster and nothing else joins it.
cluster_dir=$local_dir/cluster
ensure_cluster_certificate() {
  [[ -f $cluster_dir/silo.key ]] && return 0
  command -v openssl >/dev/null || fail "openssl is missing: apt-get install openssl"
  mkdir -p -m 700 "$cluster_dir"
  (
    umask 077
    cd "$cluster_dir"
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 3650 -subj "/CN=Engagement local cluster CA" \
      -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign -keyout ca.key -out ca.pem 2>/dev/null
    openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj "/CN=Engagement silo" \
      -keyout silo.key.new -out silo.csr 2>/dev/null
    openssl x509 -req -in silo.csr -CA ca.pem -CAkey ca.key -set_serial "0x$(openssl rand -hex 16)" -days 825 -out silo.pem \
      -extfile <(printf 'basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth,clientAuth\n') 2>/dev/null
    rm silo.csr
    # Last, so an interrupted run leaves no key that the check above would take for a finished set.
    mv silo.key.new silo.key
  ) || fail "could not create the cluster certificate in $cluster_dir"
}

# start_host PORT DATABASE_URL LOG: runs the built host in the background and waits until /health/ready
# answers; sets host_pid.
start_host() {
  local port=$1 url=$2 log=$3
  # The keys that seal anonymous answers while they wait: kept with the hosts, never in the database.
  mkdir -p -m 700 "$local_dir/keys"
  ensure_cluster_certificate
  # The silo port follows the HTTP port (5080 gives Orleans' usual 11111), so a test host and a running portal on
  # one machine never collide.
  ENGAGEMENT_DATABASE_URL=$url ASPNETCORE_URLS=http://127.0.0.1:$port DataProtection__KeysDirectory=$local_dir/keys \
    Orleans__SiloPort=$((port + 6031)) Orleans__Tls__CertificatePath=$cluster_dir/silo.pem \
    Orleans__Tls__KeyPath=$cluster_dir/silo.key Orleans__Tls__CaCertificatePath=$cluster_dir/ca.pem \
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
