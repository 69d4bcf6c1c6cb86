#!/usr/bin/env bash
# One command on a fresh Debian 12 machine: install what is missing, build, start SocketScope.
# Arguments are passed to socketscope, e.g. scripts/run.sh --headless --port 8000
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [[ " $* " != *" --headless "* ]]; then
  echo "No display found: starting the window on a virtual display (xvfb-run)." >&2
  echo "For a server without a window use: scripts/run.sh --headless" >&2
  exec xvfb-run -a -s '-screen 0 1600x1000x24' build/app/socketscope "$@"
fi
exec build/app/socketscope "$@"
