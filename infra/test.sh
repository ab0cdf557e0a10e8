#!/usr/bin/env bash
# Runs every test: xunit (unit and integration on real PostgreSQL), the frontend type check and build, then a
# real host with the browser (Playwright on Debian's Chromium), graphql-http audit and graphql-ws tests.
# Ends with one line "N passed, N failed".
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
port=${ENGAGEMENT_TEST_PORT:-5081}
results=$local_dir/test-results
rm -rf "$results" && mkdir -p "$results"

require_tools
if [[ ! -x /usr/bin/chromium ]]; then
  step "Installing Debian's Chromium for the browser tests"
  [[ $EUID -eq 0 ]] || fail "/usr/bin/chromium is missing: sudo apt-get install chromium"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

step "Database"
# The template is rebuilt every run, so the migrations are proven from an empty database each time.
"$repo/infra/db.sh" >/dev/null
psql -X -q -d "$("$repo/infra/db.sh" --url postgres)" \
  -c "DROP DATABASE IF EXISTS engagement_test_template WITH (FORCE)" -c "DROP DATABASE IF EXISTS engagement_e2e WITH (FORCE)"
"$repo/infra/db.sh" engagement_test_template
"$repo/infra/db.sh" engagement_e2e | tail -n 1
# Test databases are thrown away: they may lose their last commits in a crash, for speed (the clones of the template
# never had the setting; the reliability tests turn it back on for theirs).
psql -X -q -d "$("$repo/infra/db.sh" --url postgres)" -c "ALTER DATABASE engagement_e2e SET synchronous_commit = off"

step "Builds and frontend lint"
build_frontend
(cd "$repo/frontend" && npm run --silent lint)
build_backend

step ".NET tests"
dotnet_status=0
ENGAGEMENT_TEST_TEMPLATE_URL=$("$repo/infra/db.sh" --url engagement_test_template) \
  dotnet test "$repo/Engagement.sln" -c Release --no-build --nologo --logger "trx;LogFileName=dotnet.trx" \
  --results-directory "$results" || dotnet_status=$?

step "End-to-end tests against a running host"
trap stop_host EXIT
# The fuzz test sends thousands of requests a minute as a few people, and reads the host's log for failures.
start_host "$port" "$("$repo/infra/db.sh" --url engagement_e2e)" "$local_dir/e2e-host.log" --Demo:Enabled=true \
  --Email:PickupDirectory="$local_dir/e2e-mail" --RateLimit:PermitsPerMinute=100000
npm_install "$repo/tests/e2e"
e2e_status=0
(cd "$repo/tests/e2e" && ENGAGEMENT_URL=http://127.0.0.1:$port ENGAGEMENT_HOST_LOG="$local_dir/e2e-host.log" \
  node --test --test-concurrency=1 --test-reporter=spec \
  --test-reporter=tap --test-reporter-destination=stdout --test-reporter-destination="$results/e2e.tap") || e2e_status=$?
stop_host

# One closing line for people and CI: the counts of both runners.
read -r dotnet_passed dotnet_failed < <(grep -o '<Counters [^>]*>' "$results"/*.trx |
  sed -E 's/.*passed="([0-9]+)".*failed="([0-9]+)".*/\1 \2/' | awk '{p+=$1; f+=$2} END {print p+0, f+0}')
e2e_passed=$(sed -n 's/^# pass //p' "$results/e2e.tap" | tail -n 1)
e2e_failed=$(sed -n 's/^# fail //p' "$results/e2e.tap" | tail -n 1)
echo
echo "$((dotnet_passed + ${e2e_passed:-0})) passed, $((dotnet_failed + ${e2e_failed:-1})) failed"
[[ $dotnet_status -eq 0 && $e2e_status -eq 0 ]]
