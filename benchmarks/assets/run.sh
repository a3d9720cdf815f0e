#!/usr/bin/env bash
# Sprite sheet benchmarks, ours and the anchor side by side in one run:
#   1. built-in packer vs free-tex-packer-core (npm) on 2,000 generated sprites: time and packing efficiency
#      (sprite area / texture area; trim and rotation on, no padding, max 4096x4096). The anchor runs with its
#      MaxRectsPacker "Smart" method (its densest fast method; its default MaxRectsBin does not shrink the texture).
#   2. no-op re-run of 50 sheets / 5,000 sprites (goal < 1 s) and one sprite changed (only its sheet re-packed).
# Usage: benchmarks/assets/run.sh [work folder]   (needs dotnet and node; installs the anchor with npm ci)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="${1:-$(mktemp -d /tmp/walle-assets-bench.XXXXXX)}"
mkdir -p "$work"

(cd "$here" && npm ci --no-audit --no-fund --silent)
dotnet build -c Release "$here/Walle.Assets.Benchmarks.csproj" -nologo -v q >/dev/null
bench="$here/bin/Release/net10.0/Walle.Assets.Benchmarks"

echo "== 2,000 sprites: built-in packer vs free-tex-packer-core"
rm -rf "$work/sprites" "$work/ours" "$work/anchor"
"$bench" art "$work/sprites" 2000 2026
ours="$("$bench" pack "$work/sprites" "$work/ours")"
anchor="$(node "$here/free-tex-packer.js" "$work/sprites" "$work/anchor" MaxRectsPacker Smart)"
echo "walle built-in:        $ours"
echo "free-tex-packer-core:  $anchor"
python3 - "$ours" "$anchor" <<'PY'
import json, sys
o, a = json.loads(sys.argv[1]), json.loads(sys.argv[2])
print(f"time ratio (ours / anchor):       {o['seconds'] / a['seconds']:.2f}x  (goal <= 1)")
print(f"efficiency ratio (ours / anchor): {o['efficiency'] / a['efficiency']:.4f}  (goal >= 1; ours {o['efficiency']:.4f}, anchor {a['efficiency']:.4f})")
PY

echo "== 50 sheets / 5,000 sprites: cold build, no-op re-run, one sprite changed"
rm -rf "$work/incremental"
incremental="$("$bench" incremental "$work/incremental" 50 100)"
echo "$incremental"
start=$(date +%s.%N)
fresh="$("$bench" build "$work/incremental")"
end=$(date +%s.%N)
python3 - "$incremental" "$fresh" "$start" "$end" <<'PY'
import json, sys
r = json.loads(sys.argv[1])
f = json.loads(sys.argv[2])
wall = float(sys.argv[4]) - float(sys.argv[3])
print(f"no-op in a fresh process: {f['seconds']:.3f} s inside, {wall:.3f} s wall with .NET start-up, "
      f"{f['processCpuSeconds']:.3f} s CPU for the whole process, {f['upToDate']}/{f['sheets']} up to date")
with open("/proc/loadavg") as l: print(f"load average during the run: {l.read().split()[0]} (2 cores; wall times stretch with load, CPU time does not)")
print(f"no-op re-run: {r['noopSeconds']:.3f} s (warm {r['warmNoopSeconds']:.3f} s), {r['noopUpToDate']}/{r['sheets']} up to date (goal < 1 s)")
print(f"no-op / cold: {r['noopSeconds'] / r['coldSeconds']:.4f}")
print(f"one sprite changed: re-packed {r['repacked']} in {r['changedSeconds']:.3f} s (goal: only sheet07)")
PY
