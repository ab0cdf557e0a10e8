#!/usr/bin/env bash
# Runs the benchmarks on a fresh database and prints ratios measured in one run (see tests/Engagement.Benchmarks).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

require_tools
"$repo/infra/db.sh" >/dev/null
psql -X -q -d "$("$repo/infra/db.sh" --url postgres)" -c "DROP DATABASE IF EXISTS engagement_bench WITH (FORCE)"
"$repo/infra/db.sh" engagement_bench | tail -n 1
dotnet run -c Release --project "$repo/tests/Engagement.Benchmarks" -- "$("$repo/infra/db.sh" --url engagement_bench)"
