#!/usr/bin/env bash
# One command on a fresh Debian 12 machine: install what is missing, build (warnings are
# errors), run every test. CI runs exactly this (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/check-deps.sh
scripts/build.sh -DSOCKETSCOPE_WERROR=ON
cd build
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel 2 --timeout 300 "$@"
