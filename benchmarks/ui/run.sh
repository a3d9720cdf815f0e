#!/usr/bin/env bash
# UI export benchmark, ours and the anchor side by side in one run, on 500 generated layouts (24 nodes each, every
# image a frame of Vega's sheets, a two-timeline animation):
#   1. cold export in a fresh process, against the anchor: only reading the same .csd files with XDocument
#      (no open tool exports .csd to .csb, so the XML parse every exporter needs is the floor);
#   2. no-op re-run in a fresh process (goal: under 1 s wall, .NET start-up included);
#   3. one layout changed: only it is exported again;
#   4. the cache: a cold export storing every .csb in a build cache folder, then a fresh clone of the same layouts and
#      resources in another folder (no state, no outputs) sharing that cache: every layout restored, none exported.
# Usage: benchmarks/ui/run.sh [work folder]   (needs dotnet)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="${1:-$(mktemp -d /tmp/walle-ui-bench.XXXXXX)}"
rm -rf "$work" && mkdir -p "$work"
dotnet build -c Release "$here/Walle.Ui.Benchmarks.csproj" -nologo -v q >/dev/null
bench="$here/bin/Release/net10.0/Walle.Ui.Benchmarks"
"$bench" generate "$work" 500

wall() { local s e; s=$(date +%s.%N); "$@" >"$work/last.json"; e=$(date +%s.%N); python3 -c "print(f'{$e-$s:.3f}')"; }
cold_wall=$(wall "$bench" export "$work"); cold=$(cat "$work/last.json")
anchor_wall=$(wall "$bench" parse "$work"); anchor=$(cat "$work/last.json")
noop_wall=$(wall "$bench" export "$work"); noop=$(cat "$work/last.json")
sed -i 's/LabelText="Label 7.0"/LabelText="Label 7.0 changed"/' "$work/ui/Screen007.csd"
one_wall=$(wall "$bench" export "$work"); one=$(cat "$work/last.json")
mkdir -p "$work/first" "$work/clone"
cp -r "$work/ui" "$work/res" "$work/first/"; cp -r "$work/ui" "$work/res" "$work/clone/"
stored_wall=$(wall "$bench" export "$work/first" "$work/cache"); stored=$(cat "$work/last.json")
restored_wall=$(wall "$bench" export "$work/clone" "$work/cache"); restored=$(cat "$work/last.json")
cmp -s "$work/first/out/Screen042.csb" "$work/clone/out/Screen042.csb" || { echo "restored Screen042.csb differs from the exported one" >&2; exit 1; }

python3 - "$cold" "$cold_wall" "$anchor" "$anchor_wall" "$noop" "$noop_wall" "$one" "$one_wall" "$stored" "$stored_wall" "$restored" "$restored_wall" <<'PY'
import json, sys
cold, cw, anchor, aw, noop, nw, one, ow, stored, sw, restored, rw = sys.argv[1:]
cold, anchor, noop, one, stored, restored = (json.loads(x) for x in (cold, anchor, noop, one, stored, restored))
print(f"cold export, 500 layouts:      {cold['seconds']:.3f} s in process, {float(cw):.3f} s wall ({cold['exported']} exported)")
print(f"anchor, XDocument parse only:  {anchor['seconds']:.3f} s in process, {float(aw):.3f} s wall ({anchor['nodes']} nodes)")
print(f"ratio cold / anchor:           {cold['seconds'] / anchor['seconds']:.2f}x in process, {float(cw) / float(aw):.2f}x wall")
print(f"no-op, fresh process:          {float(nw):.3f} s wall ({noop['seconds']:.3f} s in process; {noop['upToDate']} up to date, {noop['exported']} exported; goal < 1 s)")
print(f"one layout changed:            {float(ow):.3f} s wall ({one['exported']} exported, {one['upToDate']} up to date)")
print(f"cold export storing the cache: {stored['seconds']:.3f} s in process, {float(sw):.3f} s wall ({stored['exported']} exported; {stored['seconds'] / cold['seconds']:.2f}x the cold export without a cache)")
print(f"restored from cache, new clone:{restored['seconds']:.3f} s in process, {float(rw):.3f} s wall ({restored['restored']} restored, {restored['exported']} exported; {restored['seconds'] / cold['seconds']:.2f}x the cold export)")
PY
