#!/bin/bash
# Real S3 server for integration tests: single-node Ceph RADOS Gateway (Debian 12 packages), loopback only.
#   s3-rgw.sh install          apt-get install (idempotent)
#   s3-rgw.sh start [BASE]     start mon + osd + radosgw under BASE, print "export S3_..." lines
#   s3-rgw.sh stop  [BASE]     stop the three daemons by pid file
set -euo pipefail
cmd=${1:-}; BASE=${2:-${S3_RGW_BASE:-/tmp/s3-rgw}}
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

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
  for i in $(seq 1 900); do   # up to 90 s
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$RGW_PORT/" || true)
    [ "$code" != "000" ] && break; sleep 0.1
  done
  [ "$code" != "000" ] || { echo "radosgw did not come up; see $BASE/log" >&2; exit 1; }
  radosgw-admin -c "$CONF" user create --uid=ci --display-name=ci --access-key="$AK" --secret-key="$SK" >/dev/null
  echo "export S3_ENDPOINT=http://127.0.0.1:$RGW_PORT S3_ACCESS_KEY=$AK S3_SECRET_KEY=$SK"
  ;;
stop)
  for n in client.rgw.a osd.0 mon.a; do
    f=$BASE/run/$n.pid; [ -f "$f" ] || continue; pid=$(cat "$f")
    kill "$pid" 2>/dev/null || continue
    for i in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid" || true
  done
  ;;
*) echo "usage: $0 install|start|stop [BASE]" >&2; exit 2;;
esac
