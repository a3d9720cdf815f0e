#!/bin/bash
# Soak test of the publish protocol: runs the model-based test (tests/.../ModelBased) seed after seed until DURATION
# runs out, and stops at the first failing seed, printing how to replay it.
# usage: benchmarks/patch/soak.sh DURATION [FIRST_SEED] [STEPS]     e.g. soak.sh 2h, soak.sh 30m 1000 60
#   DURATION: seconds, or with s/m/h; FIRST_SEED default 1000 (CI runs 1–6); STEPS default 60 operations per seed.
# Set SOAK_CLASS=S3ModelBasedPublishTests (and S3_ENDPOINT etc.) to soak against a real S3 server instead of the folder store.
set -euo pipefail
[ $# -ge 1 ] || { sed -n 2,6p "$0" >&2; exit 2; }
case $1 in
  *h) LIMIT=$(( ${1%h} * 3600 )) ;; *m) LIMIT=$(( ${1%m} * 60 )) ;; *s) LIMIT=${1%s} ;; *) LIMIT=$1 ;;
esac
SEED=${2:-1000}; STEPS=${3:-60}; CLASS=${SOAK_CLASS:-LocalModelBasedPublishTests}
REPO=$(cd "$(dirname "$0")/../.." && pwd); PROJECT=$REPO/tests/Walle.Pipelines.Patch.Tests
LOG=${SOAK_LOG:-/tmp/walle-patch-soak}; mkdir -p "$LOG"
dotnet build "$PROJECT" -c Release -nologo -v:quiet -clp:NoSummary -m:1
END=$(( SECONDS + LIMIT )); RAN=0
while (( SECONDS < END )); do
  if ! WALLE_MODEL_SEED=$SEED WALLE_MODEL_STEPS=$STEPS dotnet test "$PROJECT" -c Release --no-build -nologo \
      --filter "FullyQualifiedName~$CLASS.Every" > "$LOG/seed-$SEED.log" 2>&1; then
    grep -m1 -A60 "Model-based publish run failed" "$LOG/seed-$SEED.log" || tail -40 "$LOG/seed-$SEED.log"
    echo "soak: seed $SEED FAILED after $RAN passing seeds ($(( RAN * STEPS )) operations); full output: $LOG/seed-$SEED.log"
    echo "replay: WALLE_MODEL_SEED=$SEED WALLE_MODEL_STEPS=$STEPS dotnet test tests/Walle.Pipelines.Patch.Tests --filter FullyQualifiedName~$CLASS"
    exit 1
  fi
  rm -f "$LOG/seed-$SEED.log"; RAN=$(( RAN + 1 )); SEED=$(( SEED + 1 ))
done
echo "soak: $RAN seeds passed ($(( RAN * STEPS )) operations, seeds ${2:-1000}–$(( SEED - 1 ))) in $LIMIT s"
