#!/usr/bin/env bash
# The main job: installs what is missing, builds the wasm package and the page, and serves the
# page on http://127.0.0.1:PORT (default 8080, or the next free port; set PORT to change it).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$root/toolchain/setup.sh"
bash "$root/toolchain/build.sh" wasm package web
exec node "$root/toolchain/static-server.mjs" "$root/build/web" "${PORT:-8080}"
