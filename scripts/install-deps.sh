#!/usr/bin/env bash
# Installs what SocketScope needs on Debian 12 that is not there yet. Idempotent; silent when
# everything is already installed.
#
#   scripts/install-deps.sh            build, run and test
#   scripts/install-deps.sh --bench    the same plus what bench/ needs (Node, FastAPI, process tools)
#   scripts/install-deps.sh --list [--bench]   print the package list and exit
#
# scripts/check-deps.sh proves that this list covers every Qt module CMake asks for and every
# program the scripts and tests run: keep both in step.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  # Qt6Charts needs Qt6OpenGL and Qt6OpenGLWidgets (libqt6opengl6-dev is only a Recommends of
  # qt6-base-dev, and this script installs without recommends).
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-websockets-dev qt6-charts-dev libqt6sql6-sqlite
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n linguist-qt6
  libgl-dev libxkbcommon-dev
  # SVG icons (image format and icon engine plugins).
  libqt6svg6
  # The desktop keyring for admin tokens of attached servers (ui/ only).
  qtkeychain-qt6-dev
  # GUI under a virtual display, screenshots, and a client that is not ours for the tests.
  xvfb xauth imagemagick python3-websockets python3-prometheus-client openssl
  # CJK font so that the Chinese translation renders.
  fonts-dejavu-core fonts-noto-cjk
  # Cluster (SPEC §9): the hiredis C client, and a real Redis server for the tests.
  libhiredis-dev redis-server
  # The shared store (--db postgresql://…): Qt's PostgreSQL driver, and a real PostgreSQL that
  # the store tests start in a temp folder (initdb/pg_ctl).
  libqt6sql6-psql postgresql
)
# bench/: peers (Node ws, FastAPI/uvicorn), CPU pinning, process and socket tools.
bench_packages=(
  nodejs npm python3-fastapi python3-uvicorn util-linux procps iproute2 curl
  # bench/wasclean.sh: a real browser (headless Chromium, driven by playwright-core from npm).
  chromium
  # bench/echo-cost.sh: system calls and instructions per echo.
  strace valgrind
)

list_only=0
for arg in "$@"; do
  case "$arg" in
    --bench) packages+=("${bench_packages[@]}") ;;
    --list) list_only=1 ;;
    *) echo "install-deps: unknown option $arg (see the header of $0)" >&2; exit 2 ;;
  esac
done
if [ "$list_only" -eq 1 ]; then
  printf '%s\n' "${packages[@]}"
  exit 0
fi

# Node.js from another source (NodeSource's nodejs bundles npm and conflicts with Debian's npm)
# serves the benchmarks as well.
satisfied() {
  case "$1" in
    nodejs) command -v node >/dev/null 2>&1 && return 0 ;;
    npm) command -v npm >/dev/null 2>&1 && return 0 ;;
  esac
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "ok installed"
}

missing=()
for p in "${packages[@]}"; do
  satisfied "$p" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}" >&2
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
log=$(mktemp)
if ! { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
  cat "$log" >&2
  echo "install-deps: apt-get failed (log above)" >&2
  exit 1
fi
rm -f "$log"
