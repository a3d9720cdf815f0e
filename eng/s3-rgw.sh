#!/bin/bash
# Real S3 server for integration tests: single-node Ceph RADOS Gateway (Debian 12 packages), loopback only.
#   s3-rgw.sh install          apt-get install (idempotent)
#   s3-rgw.sh start [BASE]     start mon + osd + radosgw under BASE, print "export S3_..." lines (S3_RGW_BASE=BASE too)
#   s3-rgw.sh stop  [BASE]     stop every gateway, then the osd and the mon, by pid file
# Extra gateways against the running cluster of BASE, for tests that crash one without disturbing the main
# gateway other test assemblies use at the same time:
#   s3-rgw.sh gateway start BASE NAME   start radosgw "client.rgw.NAME" on its own port (the same port again on a
#                                       restart), print "export S3_GATEWAY_ENDPOINT=http://127.0.0.1:PORT S3_GATEWAY_PID=PID"
#   s3-rgw.sh gateway kill  BASE NAME   SIGKILL it (a crash), then fence its cluster clients (osd blocklist) as an operator
#                                       would: otherwise the dead gateway's watches stall every bucket creation on the
#                                       other gateways for 30 s (osd_client_watch_timeout)
#   s3-rgw.sh gateway stop  BASE NAME   stop it cleanly
set -euo pipefail
cmd=${1:-}; BASE=${2:-${S3_RGW_BASE:-/tmp/s3-rgw}}
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
wait_http() {   # wait_http PORT SECONDS: until the gateway answers HTTP
  local code=000 i
  for i in $(seq 1 $(($2 * 10))); do
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/" || true)
    [ "$code" != "000" ] && return 0; sleep 0.1
  done
  return 1
}
alive() { kill -0 "$1" 2>/dev/null && ! grep -qs '^State:[[:space:]]*Z' "/proc/$1/status"; }   # a zombie is dead
stop_pid_file() {   # stop_pid_file FILE: SIGTERM the daemon, SIGKILL after 10 s
  local f=$1 pid i; [ -f "$f" ] || return 0; pid=$(cat "$f")
  kill "$pid" 2>/dev/null || return 0
  for i in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
}

case "$cmd" in
install)
  command -v radosgw >/dev/null && command -v ceph-mon >/dev/null && command -v ceph-osd >/dev/null && exit 0
  apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends radosgw ceph-mon ceph-osd >/dev/null
  ;;
start)
  OBJECTSTORE=${OBJECTSTORE:-memstore}      # memstore: RAM only, no 10 GiB sparse file; or bluestore
  RGW_PORT=${RGW_PORT:-$(free_port)}; MON_PORT=$(free_port)
  AK=${S3_ACCESS_KEY:-ci-access-key}; SK=${S3_SECRET_KEY:-ci-secret-key}
  FSID=$(cat /proc/sys/kernel/random/uuid)
  rm -rf "$BASE"; mkdir -p "$BASE"/{run,log,mon.a,osd.0,rgw.a}
  CONF=$BASE/ceph.conf
  cat > "$CONF" <<EOF
[global]
fsid = $FSID
mon host = v2:127.0.0.1:$MON_PORT
mon initial members = a
public network = 127.0.0.0/8
auth cluster required = none
auth service required = none
auth client required = none
ms mon client mode = crc
ms client mode = crc
ms bind ipv6 = false
run dir = $BASE/run
admin socket = $BASE/run/\$name.asok
pid file = $BASE/run/\$name.pid
log file = $BASE/log/\$name.log
keyring = $BASE/keyring
osd pool default size = 1
osd pool default min size = 1
osd pool default pg num = 8
osd pool default pgp num = 8
osd pool default pg autoscale mode = off
osd crush chooseleaf type = 0
mon allow pool size one = true
mon warn on pool no redundancy = false
mon data avail warn = 1
mon data avail crit = 1
[mon]
mon data = $BASE/mon.\$id
[osd]
osd data = $BASE/osd.\$id
osd objectstore = $OBJECTSTORE
memstore device bytes = 4294967296
bluestore block path = $BASE/osd.\$id.block
bluestore block create = true
bluestore block size = 10737418240
osd max object name len = 460
osd max object namespace len = 64
[client.rgw.a]
rgw frontends = beast endpoint=127.0.0.1:$RGW_PORT tcp_nodelay=1
rgw data = $BASE/rgw.a
rgw enable usage log = false
EOF
  ceph-authtool --create-keyring "$BASE/keyring" --gen-key -n mon. --cap mon 'allow *' >/dev/null
  monmaptool --create --fsid "$FSID" --addv a "[v2:127.0.0.1:$MON_PORT]" "$BASE/monmap" >/dev/null
  ceph-mon -c "$CONF" --mkfs -i a --monmap "$BASE/monmap" --keyring "$BASE/keyring"
  ceph-mon -c "$CONF" -i a
  OSD_UUID=$(cat /proc/sys/kernel/random/uuid)
  OSD_ID=$(ceph -c "$CONF" osd new "$OSD_UUID")
  ceph-osd -c "$CONF" -i "$OSD_ID" --mkfs --osd-uuid "$OSD_UUID" >"$BASE/log/osd-mkfs.out" 2>&1
  ceph-osd -c "$CONF" -i "$OSD_ID" >"$BASE/log/osd.out" 2>&1
  if [ "${PRECREATE_POOLS:-1}" = 1 ]; then   # create rgw pools up front: first PUT / first multipart no longer pay ~2 s each
    for p in .rgw.root default.rgw.control default.rgw.meta default.rgw.log default.rgw.buckets.index default.rgw.buckets.data default.rgw.buckets.non-ec; do
      ceph -c "$CONF" osd pool create "$p" 8 8 >/dev/null 2>&1
      ceph -c "$CONF" osd pool application enable "$p" rgw >/dev/null 2>&1
    done
  fi
  radosgw -c "$CONF" -n client.rgw.a
  wait_http "$RGW_PORT" 90 || { echo "radosgw did not come up; see $BASE/log" >&2; exit 1; }
  radosgw-admin -c "$CONF" user create --uid=ci --display-name=ci --access-key="$AK" --secret-key="$SK" >/dev/null
  echo "export S3_ENDPOINT=http://127.0.0.1:$RGW_PORT S3_ACCESS_KEY=$AK S3_SECRET_KEY=$SK S3_RGW_BASE=$BASE"
  ;;
stop)
  for f in "$BASE"/run/client.rgw.*.pid; do stop_pid_file "$f"; done
  for n in osd.0 mon.a; do stop_pid_file "$BASE/run/$n.pid"; done
  ;;
gateway)
  action=${2:-}; BASE=${3:-}; NAME=${4:-}
  [[ "$action" =~ ^(start|kill|stop)$ && -n "$BASE" && "$NAME" =~ ^[a-z0-9][a-z0-9-]*$ && "$NAME" != a ]] ||
    { echo "usage: $0 gateway start|kill|stop BASE NAME   (NAME: lowercase letters, digits, '-'; not 'a', the main gateway)" >&2; exit 2; }
  CONF=$BASE/ceph.conf; RUN=$BASE/run/client.rgw.$NAME
  case "$action" in
  start)
    [ -f "$CONF" ] && kill -0 "$(cat "$BASE/run/mon.a.pid" 2>/dev/null)" 2>/dev/null ||
      { echo "No running cluster under $BASE: start one first with: bash $0 start $BASE" >&2; exit 1; }
    [ -f "$RUN.port" ] || free_port > "$RUN.port"
    PORT=$(cat "$RUN.port")
    if ! alive "$(cat "$RUN.pid" 2>/dev/null)"; then
      rm -f "$RUN.pid"; mkdir -p "$BASE/rgw.$NAME"
      radosgw -c "$CONF" -n "client.rgw.$NAME" --rgw-frontends "beast endpoint=127.0.0.1:$PORT tcp_nodelay=1" \
        --rgw-data "$BASE/rgw.$NAME" --rgw-enable-gc-threads=false --rgw-enable-lc-threads=false \
        --rgw-enable-quota-threads=false --rgw-enable-usage-log=false </dev/null >"$BASE/log/client.rgw.$NAME.out" 2>&1
      wait_http "$PORT" 30 || { echo "radosgw client.rgw.$NAME did not come up on port $PORT; see $BASE/log/client.rgw.$NAME.log" >&2; exit 1; }
      # The cluster clients of this gateway, to fence them when it is killed.
      ceph -c "$CONF" tell mon.a sessions 2>/dev/null | python3 -c '
import json, sys
for s in json.load(sys.stdin):
    if s.get("entity_name") == sys.argv[1]:
        for a in s["addrs"]["addrvec"]: print("%s/%s" % (a["addr"], a["nonce"]))' "client.rgw.$NAME" > "$RUN.clients"
    fi
    echo "export S3_GATEWAY_ENDPOINT=http://127.0.0.1:$PORT S3_GATEWAY_PID=$(cat "$RUN.pid")"
    ;;
  kill)
    pid=$(cat "$RUN.pid" 2>/dev/null) || { echo "No gateway client.rgw.$NAME under $BASE" >&2; exit 1; }
    kill -9 "$pid" 2>/dev/null || true
    for i in $(seq 1 500); do alive "$pid" || break; sleep 0.01; done
    while read -r client; do ceph -c "$CONF" osd blocklist add "$client" >/dev/null 2>&1 & done < "$RUN.clients"
    wait
    ;;
  stop)
    stop_pid_file "$RUN.pid"
    ;;
  esac
  ;;
*) echo "usage: $0 install|start|stop [BASE]  or  $0 gateway start|kill|stop BASE NAME" >&2; exit 2;;
esac
