#!/usr/bin/env bash
# The engine's own floor for the copy-in benchmark, without Walle: the same 1,000 small files as one GNU tar, uploaded with
# curl (PUT /containers/{id}/archive) into fresh containers, alternating the container's overlay layer (what the runner uses) and an anonymous
# volume (tried, no faster); a 1-file tar for the fixed cost; and this file system's cost of just creating the
# 1,000 files (python: write, chown, chmod, utime), which no copy can avoid and a bind mount never pays.
# Usage: benchmarks/server/engine-floor.sh WORK IMAGE   (WORK/inputs as made by "Walle.Server.Benchmarks copyin")
set -euo pipefail
work=$1; image=$2; sock=${DOCKER_HOST#unix://}
rm -rf "$work/floor"; mkdir -p "$work/floor/many/walle/in/0" "$work/floor/one/walle/in/0/inputs"
cp -r "$work/inputs" "$work/floor/many/walle/in/0/"
cp "$(find "$work/inputs" -type f | head -1)" "$work/floor/one/walle/in/0/inputs/"
tar --format=gnu -cf "$work/floor/many.tar" -C "$work/floor/many" walle
tar --format=gnu -cf "$work/floor/one.tar" -C "$work/floor/one" walle
upload() {   # $1 tar, $2 extra create fields; prints seconds
  local id
  id=$(curl -sf --unix-socket "$sock" -H 'Content-Type: application/json' -d "{\"Image\":\"$image\",\"Cmd\":[\"fake-tool\"]$2}" \
       http://engine/containers/create | python3 -c 'import sys,json; print(json.load(sys.stdin)["Id"])')
  curl -sf -o /dev/null -w '%{time_total}' --unix-socket "$sock" -X PUT -H 'Content-Type: application/x-tar' \
       --data-binary "@$1" "http://engine/containers/$id/archive?path=/"
  curl -sf -o /dev/null --unix-socket "$sock" -X DELETE "http://engine/containers/$id?force=1&v=1"
}
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
overlay=""; volume=""; one=""
for _ in 1 2 3 4 5 6 7; do
  overlay+=" $(upload "$work/floor/many.tar" "")"
  volume+=" $(upload "$work/floor/many.tar" ',"Volumes":{"/walle/in":{}}')"
  one+=" $(upload "$work/floor/one.tar" ',"Volumes":{"/walle/in":{}}')"
done
echo "engine unpacks 1000 files (curl, overlay layer): median $(echo "$overlay" | median) s [$overlay ]"
echo "engine unpacks 1000 files (curl, anonymous volume): median $(echo "$volume" | median) s [$volume ]"
echo "engine unpacks 1 file (curl, anonymous volume): median $(echo "$one" | median) s [$one ]"
python3 - "$work/floor/py" <<'PY'
import os, sys, time
os.makedirs(sys.argv[1], exist_ok=True)
runs = []
for r in range(5):
    d = os.path.join(sys.argv[1], str(r)); os.makedirs(d)
    t = time.time()
    for i in range(1000):
        p = os.path.join(d, f"sprite{i:04}.png")
        with open(p, "wb") as f: f.write(b"\0" * (1024 + i % 512))
        os.chown(p, 0, 0); os.chmod(p, 0o644); os.utime(p, (0, 0))
    runs.append(time.time() - t)
runs.sort()
print(f"this file system creates 1000 small files (python, no Docker): median {runs[2]:.3f} s [{', '.join(f'{x:.3f}' for x in runs)}]")
PY
