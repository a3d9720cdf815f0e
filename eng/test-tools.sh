#!/usr/bin/env bash
# The real tools the tests drive, from Debian's packages (idempotent; nothing is installed twice):
#   Android packaging: aapt (with android-framework-res for its framework APK), zipalign, apksigner; the JDK's keytool
#   Jenkinsfiles: groovy (compiles generated Jenkinsfiles; JAVA_HOME is set by eng/test.sh)
#   UI export: flatc (flatbuffers-compiler) decodes .csb files
#   Build report: chromium (headless) renders the HTML report
#   Server images: gcc + libc6-dev (static server binaries), python3 (bcrypt for a test registry login), openssl
#   (TLS test certificates) - the Docker engine itself is eng/docker-engine.sh
#   Client bootstrap: lua5.4 runs the sample client's bootstrap script
set -euo pipefail
need=()
for pair in aapt:aapt zipalign:zipalign apksigner:apksigner keytool:openjdk-17-jdk-headless groovy:groovy \
            flatc:flatbuffers-compiler chromium:chromium gcc:gcc python3:python3 openssl:openssl lua5.4:lua5.4; do
  command -v "${pair%%:*}" >/dev/null || need+=("${pair#*:}")
done
[ -e /usr/share/android-framework-res/framework-res.apk ] || need+=(android-framework-res)
# gcc -static needs the C library's static archive (libc6-dev is only a recommendation of gcc).
ls /usr/lib/*/libc.a >/dev/null 2>&1 || need+=(libc6-dev)
[ ${#need[@]} -eq 0 ] && exit 0
apt-get update -q >/dev/null
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${need[@]}" >/dev/null
