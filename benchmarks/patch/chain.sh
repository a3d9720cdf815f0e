#!/bin/bash
# Chain benchmark: the cost of publishing as versions accumulate since the base (issue 10, item 8).
# A cold publish of the tree (the base, 1.0.0), then STEPS steps that each rewrite a different seeded random 1% of the
# files; every step is published by Walle (1.0.1 ... 1.0.STEPS, base + changed-files layout) and, separately, by
# rclone sync --checksum into an rclone copy of the tree in another bucket, in place (as rclone users do).
# Each run is timed with /usr/bin/time (wall, peak RSS); prints step | walle s | rclone s | ratio and appends the table
# with the command and scale to benchmarks/patch/results.txt.
# usage: benchmarks/patch/chain.sh [FILES] [BYTES] [STEPS]     (default 20000 files, 1 GiB, 10 steps)
# Uses S3_ENDPOINT/S3_ACCESS_KEY/S3_SECRET_KEY when set; otherwise starts its own RGW (OBJECTSTORE, default bluestore,
# as run.sh) and stops it on exit.
set -euo pipefail
FILES=${1:-20000}; BYTES=${2:-1073741824}; STEPS=${3:-10}
HERE=$(cd "$(dirname "$0")" && pwd); REPO=$(cd "$HERE/../.." && pwd)
WORK=${BENCH_WORK:-/tmp/walle-patch-chain}; mkdir -p "$WORK"
RESULTS=$WORK/chain.tsv; : > "$RESULTS"
COMMAND="OBJECTSTORE=${OBJECTSTORE:-bluestore} benchmarks/patch/chain.sh $FILES $BYTES $STEPS"

measure() {  # measure NAME COMMAND...  -> appends "NAME seconds peakKB" to results
  local name=$1; shift
  /usr/bin/time -f "%e %M" -o "$WORK/time.out" "$@" > "$WORK/$name.log" 2>&1 || { echo "$name failed; see $WORK/$name.log" >&2; tail -5 "$WORK/$name.log" >&2; exit 1; }
  read -r secs kb < <(tail -1 "$WORK/time.out")
  printf '%s\t%s\t%s\n' "$name" "$secs" "$kb" | tee -a "$RESULTS"
}

command -v rclone > /dev/null || { echo "rclone is missing: apt-get install -y rclone" >&2; exit 1; }
echo "== publishing PatchBench (Release, ReadyToRun, as build.sh publishes a game's build)"
RID=linux-$(uname -m | sed 's/x86_64/x64/; s/aarch64/arm64/')
dotnet publish -c Release -r "$RID" --self-contained false -p:PublishReadyToRun=true "$HERE/PatchBench" -o "$WORK/patchbench" -v q -nologo > "$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
BENCH="$WORK/patchbench/PatchBench"

TREE=$WORK/tree   # regenerated every run: the steps mutate it
rm -rf "$TREE" "$WORK/fingerprints.tsv"
echo "== generating $FILES files / $BYTES bytes in $TREE"
python3 "$HERE/make_tree.py" "$TREE" --files "$FILES" --bytes "$BYTES" --seed 1
find "$TREE" -type f -exec cat {} + > /dev/null   # warm the page cache for both tools alike

if [ -z "${S3_ENDPOINT:-}" ]; then
  echo "== starting Ceph RGW (${OBJECTSTORE:-bluestore}) under $WORK/rgw"
  eval "$(OBJECTSTORE=${OBJECTSTORE:-bluestore} bash "$REPO/eng/s3-rgw.sh" start "$WORK/rgw")"
  trap 'bash "$REPO/eng/s3-rgw.sh" stop "$WORK/rgw"' EXIT
else
  COMMAND="S3_ENDPOINT=$S3_ENDPOINT benchmarks/patch/chain.sh $FILES $BYTES $STEPS"
fi
export S3_ENDPOINT S3_ACCESS_KEY S3_SECRET_KEY
export RCLONE_CONFIG_RGW_TYPE=s3 RCLONE_CONFIG_RGW_PROVIDER=Ceph RCLONE_CONFIG_RGW_ENDPOINT=$S3_ENDPOINT \
  RCLONE_CONFIG_RGW_ACCESS_KEY_ID=$S3_ACCESS_KEY RCLONE_CONFIG_RGW_SECRET_ACCESS_KEY=$S3_SECRET_KEY
RUN=$(date +%s)
RCLONE="env -u AWS_CA_BUNDLE rclone --transfers 32 --checkers 32 --s3-upload-cutoff 16M"
$RCLONE mkdir "rgw:rclone-$RUN"; $BENCH bucket "s3://walle-$RUN/"

echo "== step 0: cold publish (the base)"
measure walle-0 $BENCH publish "$TREE" "s3://walle-$RUN/vega/" 1.0.0 "$WORK/fingerprints.tsv"
measure rclone-0 $RCLONE sync --checksum "$TREE" "rgw:rclone-$RUN/vega/"
for i in $(seq 1 "$STEPS"); do
  echo "== step $i: rewriting 1% of the files (seed $((1000 + i)))"
  python3 "$HERE/make_tree.py" "$TREE" --mutate 0.01 --seed $((1000 + i))
  measure "walle-$i" $BENCH publish "$TREE" "s3://walle-$RUN/vega/" "1.0.$i" "$WORK/fingerprints.tsv"
  measure "rclone-$i" $RCLONE sync --checksum "$TREE" "rgw:rclone-$RUN/vega/"
done
# both copies must hold the same tree: rclone check against the bucket, and Walle's live manifest against the tree
$RCLONE check --one-way "$TREE" "rgw:rclone-$RUN/vega/" > "$WORK/rclone-check.log" 2>&1 || { echo "rclone copy differs from the tree" >&2; exit 1; }

TABLE=$WORK/chain.txt
{
  echo "# $COMMAND  ($FILES files, $(numfmt --to=iec "$BYTES"), $STEPS steps of 1% rewritten; $(date -u +%F); $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg))"
  python3 - "$RESULTS" "$STEPS" <<'PY'
import sys
rows = {n: (float(s), int(k)) for n, s, k in (l.split("\t") for l in open(sys.argv[1]) if l.strip())}
print(f"{'step':>4} | {'walle s':>8} | {'walle MB':>8} | {'rclone s':>8} | {'rclone MB':>9} | {'ratio':>6}")
for i in range(int(sys.argv[2]) + 1):
    (ws, wk), (rs, rk) = rows[f"walle-{i}"], rows[f"rclone-{i}"]
    print(f"{i if i else '0 cold':>4} | {ws:8.2f} | {wk/1024:8.0f} | {rs:8.2f} | {rk/1024:9.0f} | x{rs/ws:5.2f}")
PY
  for i in $(seq 0 "$STEPS"); do grep -h "^publish" "$WORK/walle-$i.log"; grep -h "^rebase hint" "$WORK/walle-$i.log" || true; done
} > "$TABLE"
echo; cat "$TABLE"
{ echo; echo "## chain"; cat "$TABLE"; } >> "$HERE/results.txt"
