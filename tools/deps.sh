#!/usr/bin/env bash
# Installs every Debian package the product needs to build, test, fuzz, run and benchmark.
# Idempotent: does nothing when all packages are present. Needs root (or sudo).
set -euo pipefail
PKGS=(
  build-essential cmake ninja-build pkg-config git ca-certificates curl procps python3
  libboost1.81-dev libboost-json1.81-dev libboost-url1.81-dev
  libsqlite3-dev sqlite3 libpq-dev postgresql-15 postgresql-client-15
  libsodium-dev libicu-dev libmagic-dev libzip-dev libexpat1-dev libcurl4-openssl-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  clang libclang-rt-14-dev llvm-14
  chromium fonts-liberation2
  libpango1.0-dev libcairo2-dev libxlsxwriter-dev poppler-utils libreoffice-writer-nogui
  nginx-light wrk
)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "deps: installing ${missing[*]}"
# Installing the ca-certificates package rebuilds /etc/ssl/certs/ca-certificates.crt from the
# packaged and local certificates. A machine that already trusts a bundle without the package
# (a proxy's CA put there by its image) would lose that trust and npm could no longer reach its
# registry: keep the existing bundle as a local certificate so that it stays trusted.
bundle=/etc/ssl/certs/ca-certificates.crt
if [ -s "$bundle" ] && ! dpkg-query -W -f='${Status}' ca-certificates 2>/dev/null | grep -q "install ok installed"; then
  $SUDO mkdir -p /usr/local/share/ca-certificates
  $SUDO cp "$bundle" /usr/local/share/ca-certificates/atgt-preexisting-bundle.crt
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
