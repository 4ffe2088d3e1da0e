#!/usr/bin/env bash
# Adds a migration with the same name for every module DbContext on both providers.
# Usage: tools/add-migration.sh <Name> [Context ...]   (default contexts: all)
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?migration name}
shift || true
contexts=("$@")
if [ ${#contexts[@]} -eq 0 ]; then contexts=(OrganisationsDbContext AccessDbContext IpDataDbContext MonitoringDbContext ReportingDbContext ProtectionDbContext FinanceDbContext ServicesDbContext); fi
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  project=src/Persistence/Migrations.$provider
  dotnet build "$project" -v q -nologo >/dev/null
  for ctx in "${contexts[@]}"; do
    folder=${ctx%DbContext}
    dotnet ef migrations add "$name" --no-build --project "$project" --startup-project "$project" \
      --context "$ctx" --output-dir "$folder" --namespace "IpCity.Migrations.$provider.$folder"
    # A module's first migration puts its model snapshot under a namespace-derived path: keep it beside the migrations.
    stray="$project/IpCity/Migrations/$provider/$folder"
    if [ -d "$stray" ]; then mv "$stray"/*ModelSnapshot.cs "$project/$folder/"; rm -rf "$project/IpCity"; fi
  done
done
