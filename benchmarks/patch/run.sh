#!/bin/bash
# Side-by-side benchmark of Walle's hot-update patch tasks against the anchors:
#   manifest generation  vs  a node script doing what Cocos Creator's version_generator.js does, and find | xargs -P2 md5sum
#   cold and 1%-incremental publish to a real S3 server (Ceph RGW, bluestore)  vs  rclone sync --checksum and aws s3 sync
#   peak memory of each (/usr/bin/time)
# usage: benchmarks/patch/run.sh [FILES] [BYTES]        (default 20000 files, 1 GiB)
# Uses S3_ENDPOINT/S3_ACCESS_KEY/S3_SECRET_KEY when set; otherwise starts its own RGW with OBJECTSTORE=bluestore.
set -euo pipefail
FILES=${1:-20000}; BYTES=${2:-1073741824}
HERE=$(cd "$(dirname "$0")" && pwd); REPO=$(cd "$HERE/../.." && pwd)
WORK=${BENCH_WORK:-/tmp/walle-patch-bench}; mkdir -p "$WORK"
RESULTS=$WORK/results.tsv; : > "$RESULTS"

measure() {  # measure NAME COMMAND...  -> appends "NAME seconds peakKB" to results
  local name=$1; shift
  /usr/bin/time -f "%e %M" -o "$WORK/time.out" "$@" > "$WORK/$name.log" 2>&1 || { echo "$name failed; see $WORK/$name.log" >&2; tail -5 "$WORK/$name.log" >&2; exit 1; }
  read -r secs kb < <(tail -1 "$WORK/time.out")
  printf '%s\t%s\t%s\n' "$name" "$secs" "$kb" | tee -a "$RESULTS"
}

echo "== publishing PatchBench (Release, ReadyToRun, as build.sh publishes a game's build)"
RID=linux-$(uname -m | sed 's/x86_64/x64/; s/aarch64/arm64/')
dotnet publish -c Release -r "$RID" --self-contained false -p:PublishReadyToRun=true "$HERE/PatchBench" -o "$WORK/patchbench" -v q -nologo > "$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
BENCH="$WORK/patchbench/PatchBench"

TREE=$WORK/tree-$FILES-$BYTES
if [ ! -d "$TREE" ]; then
  echo "== generating $FILES files / $BYTES bytes in $TREE"
  python3 "$HERE/make_tree.py" "$TREE" --files "$FILES" --bytes "$BYTES" --seed 1
fi
rm -f "$WORK/fingerprints.tsv" "$WORK/manifest-fingerprints.tsv"
find "$TREE" -type f -exec cat {} + > /dev/null   # warm the page cache for every tool alike

echo "== manifest generation (page cache warm for all)"
measure manifest-walle $BENCH manifest "$TREE" "$WORK/out-walle" 1.0.0
$BENCH manifest "$TREE" "$WORK/out-walle" 1.0.0 "$WORK/manifest-fingerprints.tsv" > /dev/null   # fill the fingerprint cache
measure manifest-node node "$HERE/version_generator.js" "$TREE" "$WORK/out-node" 1.0.0 https://cdn.example.com/
measure manifest-walle-cached $BENCH manifest "$TREE" "$WORK/out-walle" 1.0.0 "$WORK/manifest-fingerprints.tsv"
measure manifest-md5sum sh -c "cd '$TREE' && find . -type f -print0 | xargs -0 -P2 -n 1000 md5sum > '$WORK/md5sum.txt'"

if [ -z "${S3_ENDPOINT:-}" ]; then
  echo "== starting Ceph RGW (bluestore) under $WORK/rgw"
  eval "$(OBJECTSTORE=bluestore bash "$REPO/eng/s3-rgw.sh" start "$WORK/rgw")"
  trap 'bash "$REPO/eng/s3-rgw.sh" stop "$WORK/rgw"' EXIT
fi
export S3_ENDPOINT S3_ACCESS_KEY S3_SECRET_KEY
export RCLONE_CONFIG_RGW_TYPE=s3 RCLONE_CONFIG_RGW_PROVIDER=Ceph RCLONE_CONFIG_RGW_ENDPOINT=$S3_ENDPOINT \
  RCLONE_CONFIG_RGW_ACCESS_KEY_ID=$S3_ACCESS_KEY RCLONE_CONFIG_RGW_SECRET_ACCESS_KEY=$S3_SECRET_KEY
export AWS_ACCESS_KEY_ID=$S3_ACCESS_KEY AWS_SECRET_ACCESS_KEY=$S3_SECRET_KEY AWS_DEFAULT_REGION=us-east-1 AWS_CONFIG_FILE=$WORK/aws.config
printf '[default]\ns3 =\n  max_concurrent_requests = 32\n' > "$AWS_CONFIG_FILE"
RUN=$(date +%s)
AWS="aws --endpoint-url $S3_ENDPOINT s3"
RCLONE="env -u AWS_CA_BUNDLE rclone --transfers 32 --checkers 32 --s3-upload-cutoff 16M"
$RCLONE mkdir "rgw:rclone-$RUN"; $AWS mb "s3://aws-$RUN" > /dev/null; $BENCH bucket "s3://walle-$RUN/"

echo "== cold publish"
measure cold-walle $BENCH publish "$TREE" "s3://walle-$RUN/vega/" 1.0.0 "$WORK/fingerprints.tsv"
measure cold-rclone $RCLONE sync --checksum "$TREE" "rgw:rclone-$RUN/vega/versions/1.0.0"
measure cold-aws $AWS sync --only-show-errors "$TREE" "s3://aws-$RUN/vega/"

echo "== changing 1% of the files"
python3 "$HERE/make_tree.py" "$TREE" --mutate 0.01 --seed $RUN

echo "== incremental publish (1% changed)"
measure incr-walle $BENCH publish "$TREE" "s3://walle-$RUN/vega/" 1.0.1 "$WORK/fingerprints.tsv"
measure incr-rclone-versioned $RCLONE sync --checksum --copy-dest "rgw:rclone-$RUN/vega/versions/1.0.0" "$TREE" "rgw:rclone-$RUN/vega/versions/1.0.1"
measure incr-rclone $RCLONE sync --checksum "$TREE" "rgw:rclone-$RUN/vega/versions/1.0.0"
measure incr-aws $AWS sync --only-show-errors "$TREE" "s3://aws-$RUN/vega/"

echo "== 1% replaced under new names (Cocos Creator MD5-named assets)"
python3 "$HERE/make_tree.py" "$TREE" --rename 0.01 --seed $((RUN + 1))
measure names-walle $BENCH publish "$TREE" "s3://walle-$RUN/vega/" 1.0.2 "$WORK/fingerprints.tsv"
measure names-rclone $RCLONE sync --checksum "$TREE" "rgw:rclone-$RUN/vega/versions/1.0.0"
measure names-aws $AWS sync --delete --only-show-errors "$TREE" "s3://aws-$RUN/vega/"
grep -h "publish" "$WORK"/cold-walle.log "$WORK"/incr-walle.log "$WORK"/names-walle.log || true

echo
echo "== results ($FILES files, $(numfmt --to=iec "$BYTES"); $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg))"
python3 - "$RESULTS" <<'PY'
import sys
rows = {n: (float(s), int(k)) for n, s, k in (l.split("\t") for l in open(sys.argv[1]) if l.strip())}
def line(a, b):
    (sa, ka), (sb, kb) = rows[a], rows[b]
    print(f"{a:>22} {sa:8.2f} s {ka/1024:7.0f} MB   vs {b:<24} {sb:8.2f} s {kb/1024:7.0f} MB   speed-up x{sb/sa:5.2f}")
line("manifest-walle", "manifest-node"); line("manifest-walle", "manifest-md5sum"); line("manifest-walle-cached", "manifest-md5sum")
line("cold-walle", "cold-rclone"); line("cold-walle", "cold-aws")
line("incr-walle", "incr-rclone-versioned"); line("incr-walle", "incr-rclone"); line("incr-walle", "incr-aws")
line("names-walle", "names-rclone"); line("names-walle", "names-aws")
PY
