#!/bin/bash
# Before/after check of manifest generation and cold publish: an older commit's PatchBench, this tree's PatchBench
# and the anchors (find | xargs -P2 md5sum, rclone sync --checksum --transfers 32), one after another on the same
# tree and the same RGW; prints wall time, CPU time (user+sys, steadier than wall on a shared machine) and peak memory.
# usage: benchmarks/patch/ab.sh BASE_COMMIT [TREE] [ROUNDS]
#   TREE defaults to the run.sh tree (20,000 files / 1 GiB); S3_ENDPOINT/S3_ACCESS_KEY/S3_SECRET_KEY name the RGW
#   (start one with: eval "$(OBJECTSTORE=bluestore bash eng/s3-rgw.sh start /tmp/rgw-ab)").
set -euo pipefail
BASE=$1; HERE=$(cd "$(dirname "$0")" && pwd); REPO=$(cd "$HERE/../.." && pwd)
WORK=${BENCH_WORK:-/tmp/walle-patch-bench}; TREE=${2:-$WORK/tree-20000-1073741824}; ROUNDS=${3:-3}
: "${S3_ENDPOINT:?set S3_ENDPOINT, S3_ACCESS_KEY and S3_SECRET_KEY to a (bluestore) RGW}"
[ -d "$TREE" ] || python3 "$HERE/make_tree.py" "$TREE" --files 20000 --bytes 1073741824 --seed 1

OLD_SRC=$WORK/ab-base-$BASE; rm -rf "$OLD_SRC"; mkdir -p "$OLD_SRC"
git -C "$REPO" archive "$BASE" | tar -x -C "$OLD_SRC"
for src in "$OLD_SRC" "$REPO"; do
  dotnet build -c Release "$src/benchmarks/patch/PatchBench" -v q -nologo > "$WORK/ab-build.log" 2>&1 || { cat "$WORK/ab-build.log"; exit 1; }
done
OLD="dotnet $OLD_SRC/benchmarks/patch/PatchBench/bin/Release/net10.0/PatchBench.dll"
NEW="dotnet $REPO/benchmarks/patch/PatchBench/bin/Release/net10.0/PatchBench.dll"
run() { local name=$1; shift; /usr/bin/time -f "$name %e s  cpu %U+%S s  %M KB" "$@" > "$WORK/ab-$name.log" 2>&1 || { tail -5 "$WORK/ab-$name.log"; exit 1; }; tail -1 "$WORK/ab-$name.log"; }

find "$TREE" -type f -exec cat {} + > /dev/null   # page cache warm for every tool alike
echo "== manifest ($ROUNDS rounds; load $(cut -d' ' -f1-3 /proc/loadavg))"
for _ in $(seq "$ROUNDS"); do
  run manifest-before $OLD manifest "$TREE" "$WORK/ab-out-before" 1.0.0
  run manifest-after $NEW manifest "$TREE" "$WORK/ab-out-after" 1.0.0
  run manifest-md5sum sh -c "cd '$TREE' && find . -type f -print0 | xargs -0 -P2 -n 1000 md5sum > '$WORK/ab-md5sum.txt'"
done
cmp "$WORK/ab-out-before/project.manifest" "$WORK/ab-out-after/project.manifest" && echo "manifests identical"

export RCLONE_CONFIG_RGW_TYPE=s3 RCLONE_CONFIG_RGW_PROVIDER=Ceph RCLONE_CONFIG_RGW_ENDPOINT=$S3_ENDPOINT \
  RCLONE_CONFIG_RGW_ACCESS_KEY_ID=$S3_ACCESS_KEY RCLONE_CONFIG_RGW_SECRET_ACCESS_KEY=$S3_SECRET_KEY
RCLONE="env -u AWS_CA_BUNDLE rclone --transfers 32 --checkers 32 --s3-upload-cutoff 16M"
RUN=$(date +%s)
echo "== cold publish (load $(cut -d' ' -f1-3 /proc/loadavg))"
$RCLONE mkdir "rgw:ab-rclone-$RUN"
run cold-rclone $RCLONE sync --checksum "$TREE" "rgw:ab-rclone-$RUN/vega/versions/1.0.0"
run cold-after $NEW publish "$TREE" "s3://ab-after-$RUN/vega/" 1.0.0
PATCH_PARALLELISM=16 run cold-before $OLD publish "$TREE" "s3://ab-before-$RUN/vega/" 1.0.0
echo "== done (load $(cut -d' ' -f1-3 /proc/loadavg))"
