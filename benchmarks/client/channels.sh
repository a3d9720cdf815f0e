#!/usr/bin/env bash
# Channel APKs: 50 channel APKs from one ~100 MB signed APK (a random, incompressible, stored asset), side by side in
# one run with (a) re-signing each copy with apksigner, the naive way (5 re-signs timed, extrapolated to 50), and
# (b) 50 plain `cp` of the APK. Goals: >= 20x faster than (a), <= 1.5x the time of (b). Peak memory from /usr/bin/time -v.
# Walle and cp alternate for ROUNDS rounds (median reported) so they share the machine's noise. Every timing ends with
# the written files fsynced (`sync FILE...`): 5 GB of output is bound by the disk, and without it a run's time depends on
# how much of an earlier run's write-back it inherits.
# Usage: benchmarks/client/channels.sh [size MB=100] [channels=50] [rounds=5]   (needs aapt zipalign apksigner keytool)
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SIZE_MB=${1:-100}; CHANNELS=${2:-50}; ROUNDS=${3:-5}; RESIGNS=5
WORK=$(mktemp -d /tmp/walle-channels-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 NO_COLOR=1
for tool in aapt zipalign apksigner keytool /usr/bin/time; do command -v "$tool" >/dev/null || { echo "$tool missing: run eng/test-tools.sh" >&2; exit 1; }; done

echo "Building the driver and a ${SIZE_MB} MB signed APK in $WORK ..."
dotnet build "$HERE/ChannelBench/ChannelBench.csproj" -c Release -m:1 -nologo -v:quiet -clp:NoSummary -o "$WORK/bench" >/dev/null
mkdir -p "$WORK/assets"
head -c $((SIZE_MB * 1024 * 1024)) /dev/urandom > "$WORK/assets/content.bin"
cat > "$WORK/AndroidManifest.xml" <<'XML'
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android" package="com.walle.vega" android:versionCode="7" android:versionName="1.6.0">
  <uses-sdk android:minSdkVersion="24" android:targetSdkVersion="29" />
  <application android:label="Vega" />
</manifest>
XML
aapt package -f -M "$WORK/AndroidManifest.xml" -I /usr/share/android-framework-res/framework-res.apk -A "$WORK/assets" -0 bin -F "$WORK/raw.apk"
zipalign -f -p 4 "$WORK/raw.apk" "$WORK/unsigned.apk"
keytool -genkeypair -keystore "$WORK/k.jks" -storepass benchpass -keypass benchpass -alias bench -dname CN=bench -keyalg EC -groupname secp256r1 -validity 3650 >/dev/null 2>&1
SIGN=(apksigner sign --ks "$WORK/k.jks" --ks-pass pass:benchpass --v1-signing-enabled true --v2-signing-enabled true --v3-signing-enabled true --v4-signing-enabled false)
"${SIGN[@]}" --out "$WORK/vega.apk" "$WORK/unsigned.apk"
APK="$WORK/vega.apk"
for i in $(seq 1 "$CHANNELS"); do printf 'store%02d ad=%d region=cn\n' "$i" "$i"; done > "$WORK/channels.txt"
echo "APK: $(stat -c %s "$APK") bytes; $CHANNELS channels; load average: $(cut -d' ' -f1-3 /proc/loadavg)"

ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
walle_ms=""; cp_ms=""; rss=""
for round in $(seq 1 "$ROUNDS"); do
  rm -rf "$WORK/out" "$WORK/cp"; sync
  start=$(date +%s%N)
  /usr/bin/time -v -o "$WORK/time.txt" "$WORK/bench/ChannelBench" write "$APK" "$WORK/channels.txt" "$WORK/out" >/dev/null
  sync "$WORK"/out/*
  walle_ms+="$(ms "$start") "
  rss+="$(awk -F': ' '/Maximum resident/ {print $2}' "$WORK/time.txt") "
  [ "$round" = 1 ] && "$WORK/bench/ChannelBench" check "$WORK/out" "$WORK/channels.txt" >/dev/null
  rm -rf "$WORK/out"; sync
  mkdir -p "$WORK/cp"; start=$(date +%s%N)
  for i in $(seq 1 "$CHANNELS"); do cp "$APK" "$WORK/cp/$i.apk"; done
  sync "$WORK"/cp/*
  cp_ms+="$(ms "$start") "
done
# the outputs of the last Walle round are checked with apksigner (two of them: verify takes seconds per 100 MB)
rm -rf "$WORK/cp"; sync
"$WORK/bench/ChannelBench" write "$APK" "$WORK/channels.txt" "$WORK/out" >/dev/null
for f in "$WORK/out/vega-1.6.0-store01.apk" "$WORK/out/vega-1.6.0-store$(printf %02d "$CHANNELS").apk"; do
  apksigner verify "$f" >/dev/null || { echo "apksigner verify failed for $f" >&2; exit 1; }
done
rm -rf "$WORK/out"; sync
start=$(date +%s%N)
"$WORK/bench/ChannelBench" buffered "$APK" "$CHANNELS" "$WORK/buffered" >/dev/null
sync "$WORK"/buffered/*
buffered_ms=$(ms "$start")
rm -rf "$WORK/buffered"; sync

mkdir -p "$WORK/resign"; start=$(date +%s%N)
for i in $(seq 1 "$RESIGNS"); do
  cp "$APK" "$WORK/resign/in$i.apk"
  /usr/bin/time -v -o "$WORK/resign-time.txt" "${SIGN[@]}" --out "$WORK/resign/out$i.apk" "$WORK/resign/in$i.apk"
  sync "$WORK/resign/out$i.apk"
  rm -f "$WORK/resign/in$i.apk"
done
resign_ms=$(( $(ms "$start") * CHANNELS / RESIGNS ))
resign_rss=$(awk -F': ' '/Maximum resident/ {print $2}' "$WORK/resign-time.txt")

w=$(echo "$walle_ms" | median); c=$(echo "$cp_ms" | median); r=$(echo "$rss" | median)
echo
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "$CHANNELS channel APKs from one $(( $(stat -c %s "$APK") / 1024 / 1024 )) MB signed APK (v1+v2+v3), median of $ROUNDS rounds"
printf '%-44s %8s ms   %s\n' "Walle ChannelApks.WriteAsync (4 at once)" "$w" "max RSS ${r} KB; walle runs: $walle_ms"
printf '%-44s %8s ms   %s\n' "$CHANNELS x cp" "$c" "cp runs: $cp_ms"
printf '%-44s %8s ms   %s\n' "$CHANNELS x (cp + apksigner sign), from $RESIGNS" "$resign_ms" "apksigner max RSS ${resign_rss} KB"
printf '%-44s %8s ms   %s\n' "$CHANNELS x buffered FileStream copy (1 MiB)" "$buffered_ms" "(the copy File.Copy replaces)"
echo "Walle vs re-signing: $(awk "BEGIN {printf \"%.1f\", $resign_ms / $w}")x faster (goal >= 20x)"
echo "Walle vs cp:         $(awk "BEGIN {printf \"%.2f\", $w / $c}")x cp's time (goal <= 1.5x)"
