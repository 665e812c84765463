#!/bin/sh
# Installs what the integration suites need besides node and go, when it is missing: `npm test` and .ci/run call it.
# qemu-user-static/binfmt-support: emulation and smoke runs; gcc-aarch64-linux-gnu + libc6-dev-arm64-cross: cgo
# cross-builds; prometheus (promtool too): the canary suite against a real Prometheus; tzdata: the Rego time zone
# cases; curl: the download benchmark's baseline.
set -eu
PKGS="qemu-user-static binfmt-support gcc-aarch64-linux-gnu libc6-dev-arm64-cross prometheus tzdata curl"

if ! command -v go >/dev/null 2>&1; then
  echo "setup-test-env: no go on PATH; the integration suites build with the real go (install Go and put its bin on PATH)" >&2
  exit 1
fi
if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "setup-test-env: not a Debian/Ubuntu system; install the equivalents of: $PKGS" >&2
  exit 1
fi
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" != 0 ]; then
  echo "setup-test-env: missing Debian packages:$missing; run this as root (sudo sh scripts/setup-test-env.sh)" >&2
  exit 1
fi
echo "setup-test-env: installing$missing"
export DEBIAN_FRONTEND=noninteractive
# Another apt run on the machine holds the lock for a while: wait for it rather than fail.
apt-get -o DPkg::Lock::Timeout=300 update -qq
# shellcheck disable=SC2086 # one word per package
apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends $missing >/dev/null
