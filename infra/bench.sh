#!/usr/bin/env bash
# Runs the benchmarks on a fresh database and prints ratios measured in one run (see tests/Engagement.Benchmarks).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

require_tools
"$repo/infra/db.sh" >/dev/null
databases=(engagement_bench engagement_bench_demo engagement_bench_large)
urls=()
for database in "${databases[@]}"; do
  psql -X -q -d "$("$repo/infra/db.sh" --url postgres)" -c "DROP DATABASE IF EXISTS $database WITH (FORCE)"
  "$repo/infra/db.sh" "$database" | tail -n 1
  urls+=("$("$repo/infra/db.sh" --url "$database")")
done
dotnet run -c Release --project "$repo/tests/Engagement.Benchmarks" -- "${urls[@]}"
