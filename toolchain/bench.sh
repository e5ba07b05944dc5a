#!/usr/bin/env bash
# Benchmarks (not tests): builds what they need, then prints figures with medians.
#   bash toolchain/bench.sh [ingest]   plain-text ingest natively and in wasm, cold start, sizes
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$root/toolchain/setup.sh"
bash "$root/toolchain/build.sh" native wasm package
case "${1:-ingest}" in
  ingest) node "$root/wasm/bench/ingest.mjs" "${@:2}" ;;
  *) echo "bench: unknown benchmark '$1' (known: ingest)" >&2; exit 2 ;;
esac
