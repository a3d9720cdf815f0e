#!/usr/bin/env bash
# Regenerates Vega's sample art deterministically (same bytes every time): one folder per sprite sheet.
# effects.tps (a TexturePacker project, kept as it is) defines the effects sheet from the effects folder.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
project="$here/../../../benchmarks/assets/Walle.Assets.Benchmarks.csproj"
dotnet build -c Release "$project" -nologo -v q >/dev/null
bench="$(dirname "$project")/bin/Release/net10.0/Walle.Assets.Benchmarks"
rm -rf "$here/ui" "$here/heroes" "$here/effects"
"$bench" art "$here/ui" 40 11 12 64 button_
"$bench" art "$here/heroes" 24 22 24 96 hero_
"$bench" art "$here/effects" 30 33 8 48 spark_
