#!/usr/bin/env bash
# Server image and container runner benchmarks, ours and the anchor side by side in one run, on one engine:
#   1. build + push of the Vega gateway image (3 tags, 4 OCI labels, new content each round, 7 rounds after a warm-up,
#      alternating which side goes first): Walle (engine API)
#      vs docker build + docker push (classic builder, as the API's) — goal <= 1.1x
#   2. 1,000 small input files through the container runner (archive copy-in and copy-out) vs the same container
#      reading a bind mount — goal <= 1.2x
#   3. 20 runs at capacity 4: per-run overhead of a container vs the same static program as a local process
#   4. the engine's own floor for 2. (engine-floor.sh: curl uploads of the same tar, and the file system's cost of
#      creating 1,000 files at all)
# Usage: benchmarks/server/run.sh [work folder]   (needs dotnet, gcc, docker; DOCKER_HOST and TEST_REGISTRY as
# printed by: eval "$(bash eng/docker-engine.sh start /tmp/docker-engine)")
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="${1:-$(mktemp -d /tmp/walle-server-bench.XXXXXX)}"
: "${DOCKER_HOST:?start the engine: eval \"\$(bash eng/docker-engine.sh start /tmp/docker-engine)\"}"
mkdir -p "$work"
dotnet build -c Release "$here/Walle.Server.Benchmarks.csproj" -m:1 -nologo -v q -clp:NoSummary >/dev/null
bench="$here/bin/Release/net10.0/Walle.Server.Benchmarks"
echo "== build + push"
"$bench" push "$work" 8
echo "== 1,000 small files: copy-in vs bind mount"
"$bench" copyin "$work" 1000
echo "== the engine's floor for 1,000 files (curl against the API, no Walle)"
bash "$here/engine-floor.sh" "$work" "${TEST_REGISTRY:-127.0.0.1:5000}/bench-tools/fake-tool:1.0.0"
echo "== 20 runs at capacity 4"
"$bench" overhead "$work" 20
read -r load _ </proc/loadavg
echo "load average: $load (2 cores shared with other work; wall times stretch with load)"
