#!/usr/bin/env bash
# The test command: installs and starts every service and tool the tests need (Ceph RGW as the S3 server, a Docker
# engine with a registry, aapt/apksigner/groovy/flatc/chromium),
# runs every test project, stops the services, and ends with the line "N passed, N failed".
# Usage: eng/test.sh [extra dotnet test arguments, e.g. --filter FullyQualifiedName~Patch]
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
SERVICES=${WALLE_TEST_SERVICES:-/tmp/walle-test-services}
RESULTS="$ROOT/artifacts/test-results"
rm -rf "$RESULTS"; mkdir -p "$RESULTS"

step() { echo "== $* ($(date +%H:%M:%S))"; }

step "Installing test services (apt: radosgw ceph-mon ceph-osd)"
bash eng/s3-rgw.sh install || { echo "Could not install the S3 server packages"; echo "0 passed, 1 failed"; exit 1; }

step "Installing test tools (apt: aapt zipalign apksigner android-framework-res groovy flatbuffers-compiler chromium)"
bash eng/test-tools.sh || { echo "Could not install the test tools"; echo "0 passed, 1 failed"; exit 1; }
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}

step "Installing the Docker engine (apt: docker.io docker-registry)"
bash eng/docker-engine.sh install || { echo "Could not install the Docker engine"; echo "0 passed, 1 failed"; exit 1; }

step "Starting the S3 server (Ceph RGW on loopback)"
if ! S3_EXPORTS=$(bash eng/s3-rgw.sh start "$SERVICES/s3"); then
  echo "The S3 server did not start; see $SERVICES/s3/log"; echo "0 passed, 1 failed"; exit 1
fi
eval "$S3_EXPORTS"
export S3_ENDPOINT S3_ACCESS_KEY S3_SECRET_KEY S3_RGW_BASE   # S3_RGW_BASE: the crash tests start and kill their own gateway on this cluster
trap 'bash eng/s3-rgw.sh stop "$SERVICES/s3" >/dev/null 2>&1 || true; bash eng/docker-engine.sh stop "$SERVICES/docker" >/dev/null 2>&1 || true' EXIT
echo "S3 server at $S3_ENDPOINT"

step "Starting the Docker engine and registry (loopback)"
if ! DOCKER_EXPORTS=$(bash eng/docker-engine.sh start "$SERVICES/docker"); then
  echo "The Docker engine did not start; see $SERVICES/docker/dockerd.log"; echo "0 passed, 1 failed"; exit 1
fi
eval "$DOCKER_EXPORTS"
export DOCKER_HOST TEST_REGISTRY TEST_DOCKER_TLS_HOST TEST_DOCKER_CERT_PATH
echo "Docker engine at $DOCKER_HOST and $TEST_DOCKER_TLS_HOST (TLS, client certificates in $TEST_DOCKER_CERT_PATH), registry at $TEST_REGISTRY"

step "Building"
if ! dotnet build Walle.slnx -c Release -nologo -clp:NoSummary -v:quiet; then
  echo "Build failed"; echo "0 passed, 1 failed"; exit 1
fi

step "Running tests"
dotnet test Walle.slnx -c Release --no-build "$@" 2>&1 | tee "$RESULTS/console.log"
status=${PIPESTATUS[0]}

# One closing line per test assembly: "Passed!  - Failed:     0, Passed:    54, Skipped: ..." (or "Failed!  - ...").
passed=0; failed=0
while read -r f p; do passed=$((passed + p)); failed=$((failed + f)); done < <(
  sed -n 's/^\(Passed\|Failed\)! *- *Failed: *\([0-9]*\), *Passed: *\([0-9]*\),.*/\2 \3/p' "$RESULTS/console.log")
# A test host that crashed leaves no counters: count the run as a failure rather than a pass.
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
