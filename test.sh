#!/usr/bin/env bash
# IpCity test command (README): installs what the tests need, starts a throw-away PostgreSQL 15 on
# 127.0.0.1, checks formatting, builds, runs every test on SQLite and PostgreSQL plus the browser tests,
# and prints how many ran on each database. Exits non-zero on any failure.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
results="$root/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

step() { printf '\n== %s ==\n' "$*"; }

# 1. Debian packages (PostgreSQL 15 with its client tools, Chromium, CJK fonts, npm, poppler, wrk). Installed only when missing.
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v npm >/dev/null 2>&1 || need+=(npm)   # the web build vendors ECharts from npm (package-lock.json)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql postgresql-contrib)
[ -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || need+=(fonts-wqy-microhei)
ls /usr/share/fonts/opentype/noto/NotoSansCJK* >/dev/null 2>&1 || need+=(fonts-noto-cjk)
command -v pdftotext >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
command -v wrk >/dev/null 2>&1 || need+=(wrk)   # SECURITY.md spec 35: the load smoke on the public search endpoint
if [ ${#need[@]} -gt 0 ]; then
  step "installing Debian packages: ${need[*]}"
  sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

step "dotnet tools"
dotnet tool restore >/dev/null

step "restore and build"
dotnet build IpCity.slnx -nologo -v q -clp:NoSummary

# Code style and formatting of C# (IDE rules, IDE0055, IDE0005) are errors in the build itself
# (EnforceCodeStyleInBuild, Directory.Build.props); the whitespace pass also checks .editorconfig's file rules.
step "format check (dotnet format whitespace --verify-no-changes)"
dotnet format whitespace IpCity.slnx --verify-no-changes -v q

# 2. A throw-away PostgreSQL cluster on a free loopback port, stopped on exit.
step "PostgreSQL"
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)
pgdir=$(mktemp -d /tmp/ipcity-pg.XXXXXX)
chmod 755 "$pgdir"
chown postgres:postgres "$pgdir"
port=55432
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
runuser -u postgres -- "$pgbin/initdb" -D "$pgdir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
cleanup() {
  runuser -u postgres -- "$pgbin/pg_ctl" -D "$pgdir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$pgdir"
}
trap cleanup EXIT
runuser -u postgres -- "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $pgdir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null
echo "PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
export IPCITY_TEST_PG="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Maximum Pool Size=20"
export IPCITY_REQUIRE_PG=1
export IPCITY_REQUIRE_BROWSER=1
export IPCITY_CHROMIUM="${IPCITY_CHROMIUM:-/usr/bin/chromium}"
export IPCITY_ARTIFACTS="$results"

step "tests"
# Browser tests and latency measurements (specs 16c, 35) run after the others: on 2 cores, next to the parallel
# test assemblies, a browser starves and a latency probe measures the neighbours.
# The other assemblies run in two lanes, one per core, each assembly after the other. The lanes are balanced by
# the assemblies' CI durations (session 12, seconds): Cli 706 | Web 315, IpData 199, Services 131, Finance 112,
# Protection 109, Monitoring 83, Access 54, Reporting 36, Architecture 21, Organisations 16, BuildingBlocks 7.
# The solution-wide run started the two longest (Cli, Web) one after the other in the same slot: 17.4 min instead of ~15.
lane_a=(tests/Cli.Tests tests/Modules/Monitoring.Tests tests/Modules/Access.Tests tests/Modules/Reporting.Tests
  tests/Modules/Organisations.Tests)
lane_b=(tests/Web.Tests tests/Modules/IpData.Tests tests/Modules/Services.Tests tests/Modules/Finance.Tests
  tests/Modules/Protection.Tests tests/Architecture.Tests tests/BuildingBlocks.Tests)
for project in $(find tests -name '*.Tests.csproj' -not -path '*/bin/*' -not -path '*/obj/*' | sort); do
  dir=$(dirname "$project")
  case " ${lane_a[*]} ${lane_b[*]} tests/E2E.Tests " in
    *" $dir "*) ;;
    *) echo "test.sh: $dir is in no lane; add it to lane_a or lane_b" >&2; exit 1 ;;
  esac
done
lane() {
  local failed=0 dir
  for dir in "$@"; do
    dotnet test "$dir" --no-build -nologo -v q \
      --logger "trx;LogFileName=$(basename "$dir").trx" --logger "console;verbosity=minimal" \
      --results-directory "$results" || failed=1
  done
  return $failed
}
set +e
lane "${lane_a[@]}" &
pid_a=$!
lane "${lane_b[@]}" &
pid_b=$!
status=0
wait "$pid_a" || status=1
wait "$pid_b" || status=1
step "browser and latency tests"
dotnet test tests/E2E.Tests/IpCity.E2E.Tests.csproj --no-build -nologo -v q \
  --logger "trx;LogFilePrefix=e2e" --logger "console;verbosity=minimal" \
  --results-directory "$results"
e2e=$?
[ "$e2e" -ne 0 ] && status=$e2e
set -e

# 3. Totals, per database, from the TRX files.
step "summary"
all=$(cat "$results"/*.trx 2>/dev/null | grep -o '<UnitTestResult [^>]*>' || true)
count() { printf '%s\n' "$all" | grep -c "$1" || true; }
passed=$(count 'outcome="Passed"')
failed=$(count 'outcome="Failed"')
skipped=$(count 'outcome="NotExecuted"')
sqlite=$(printf '%s\n' "$all" | grep 'outcome="Passed"' | grep -c 'provider: &quot;Sqlite&quot;' || true)
postgres=$(printf '%s\n' "$all" | grep 'outcome="Passed"' | grep -c 'provider: &quot;Postgres&quot;' || true)
browser=$(printf '%s\n' "$all" | grep 'outcome="Passed"' | grep -c 'E2E.Tests' || true)
echo "database tests passed: SQLite $sqlite, PostgreSQL $postgres; browser tests passed: $browser"
echo "screenshots and TRX files: $results"
echo "$passed passed, $failed failed, $skipped skipped"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ]; then exit 1; fi
if [ "$postgres" -eq 0 ]; then echo "no PostgreSQL test ran" >&2; exit 1; fi
if [ "$browser" -eq 0 ]; then echo "no browser test ran" >&2; exit 1; fi
