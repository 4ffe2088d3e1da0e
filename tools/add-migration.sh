#!/usr/bin/env bash
# Adds a migration with the same name for every module DbContext on both providers.
# Usage: tools/add-migration.sh <Name> [Context ...]   (default contexts: all)
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?migration name}
shift || true
contexts=("$@")
if [ ${#contexts[@]} -eq 0 ]; then contexts=(OrganisationsDbContext AccessDbContext IpDataDbContext MonitoringDbContext ReportingDbContext); fi
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  project=src/Persistence/Migrations.$provider
  dotnet build "$project" -v q -nologo >/dev/null
  for ctx in "${contexts[@]}"; do
    folder=${ctx%DbContext}
    dotnet ef migrations add "$name" --no-build --project "$project" --startup-project "$project" \
      --context "$ctx" --output-dir "$folder" --namespace "IpCity.Migrations.$provider.$folder"
  done
done
