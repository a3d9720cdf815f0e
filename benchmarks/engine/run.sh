#!/usr/bin/env bash
# Engine start-up benchmark: process wall time of `--plan` and of a no-op target on a built build,
# side by side with a hello-world .NET console app in the same run. Goal: <= 2x the baseline.
# Usage: benchmarks/engine/run.sh [runs per command, default 30]
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
RUNS=${1:-30}
OUT=$(mktemp -d)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 NO_COLOR=1

# Both are published the way build.sh publishes a build: Release, framework-dependent, ReadyToRun.
echo "Publishing the baseline and the benchmark build (Release, ReadyToRun)..."
publish() { dotnet publish "$1" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$2" -nologo -v:quiet -clp:NoSummary >/dev/null; }
publish "$HERE/Hello/Hello.csproj" "$OUT/hello"
publish "$HERE/NoopBuild/NoopBuild.csproj" "$OUT/noop"
(cd "$ROOT" && ./build.sh --help >/dev/null)   # warm Walle's own build.sh (compiles once if needed)

# median wall time in ms of a command, runs interleaved with the others to share machine noise
declare -A samples
measure() { # name, then command
  local name=$1; shift
  local start end
  start=$(date +%s%N); "$@" >/dev/null 2>&1 || true; end=$(date +%s%N)
  samples[$name]+="$(( (end - start) / 1000 )) "
}
for cmd in hello plan noop buildsh; do samples[$cmd]=""; done
for _ in $(seq 1 3); do "$OUT/hello/Hello" >/dev/null; "$OUT/noop/NoopBuild" --plan --root "$HERE/NoopBuild" >/dev/null; done
for _ in $(seq 1 "$RUNS"); do
  measure hello "$OUT/hello/Hello"
  measure plan "$OUT/noop/NoopBuild" --plan --root "$HERE/NoopBuild"
  measure noop "$OUT/noop/NoopBuild" Noop --root "$HERE/NoopBuild"
  measure buildsh bash -c "cd '$ROOT' && ./build.sh --plan Pack"
done
median() { tr ' ' '\n' <<<"$1" | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
base=$(median "${samples[hello]}")
printf '%-44s %10s %8s\n' "command ($RUNS runs, median)" "ms" "ratio"
for cmd in hello plan noop buildsh; do
  m=$(median "${samples[$cmd]}")
  label=$(case $cmd in hello) echo "hello-world console app (baseline)";; plan) echo "built build --plan (12 targets)";; noop) echo "built build, no-op target + summary";; buildsh) echo "./build.sh --plan Pack (warm, via bash)";; esac)
  awk -v l="$label" -v m="$m" -v b="$base" 'BEGIN { printf "%-44s %10.1f %7.2fx\n", l, m/1000, m/b }'
done
rm -rf "$OUT"
