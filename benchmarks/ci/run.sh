#!/usr/bin/env bash
# Cost of the built-in HTML build report on every run: the engine benchmark's no-op build (12 targets), published
# ReadyToRun from this checkout (report on) and from a base commit without the report (the anchor), run interleaved;
# also `--plan` vs `--plan --html`. Prints medians and ratios in one run.
# Usage: benchmarks/ci/run.sh [runs, default 20] [base commit, default 87743ba (before the report)]
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
RUNS=${1:-20}
BASE=${2:-87743ba}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 NO_COLOR=1

echo "Publishing the no-op build from this checkout and from $BASE (Release, ReadyToRun)..."
mkdir -p "$OUT/base-src" && git -C "$ROOT" archive "$BASE" | tar -x -C "$OUT/base-src"
publish() { dotnet publish "$1" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$2" -nologo -v:quiet -clp:NoSummary -m:1 >/dev/null; }
publish "$ROOT/benchmarks/engine/NoopBuild/NoopBuild.csproj" "$OUT/report"
publish "$OUT/base-src/benchmarks/engine/NoopBuild/NoopBuild.csproj" "$OUT/base"
REPO="$ROOT/benchmarks/engine/NoopBuild"

declare -A samples
measure() { local name=$1; shift; local start end
  start=$(date +%s%N); "$@" >/dev/null 2>&1 || true; end=$(date +%s%N)
  samples[$name]+="$(( (end - start) / 1000 )) "; }
for _ in 1 2 3; do "$OUT/base/NoopBuild" Noop --root "$REPO" >/dev/null; "$OUT/report/NoopBuild" Noop --root "$REPO" >/dev/null; done
for _ in $(seq 1 "$RUNS"); do
  measure base "$OUT/base/NoopBuild" Noop --root "$REPO"
  measure report "$OUT/report/NoopBuild" Noop --root "$REPO"
  measure plan "$OUT/report/NoopBuild" --plan --root "$REPO"
  measure planhtml "$OUT/report/NoopBuild" --plan --html --root "$REPO"
done
median() { tr ' ' '\n' <<<"$1" | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
printf '%-58s %9s %8s\n' "command ($RUNS runs, median)" "ms" "ratio"
row() { awk -v l="$1" -v m="$(median "${samples[$2]}")" -v b="$(median "${samples[$3]}")" 'BEGIN { printf "%-58s %9.1f %7.2fx\n", l, m/1000, m/b }'; }
row "no-op target, $BASE (no report): anchor" base base
row "no-op target, this checkout (writes build-report.html)" report base
row "--plan" plan plan
row "--plan --html (writes build-plan.html)" planhtml plan
