#!/usr/bin/env bash
# Benchmarks (not tests): builds what they need, then prints figures with medians.
#   bash toolchain/bench.sh [ingest]     plain-text ingest natively and in wasm, cold start, sizes
#   bash toolchain/bench.sh formats      MB/s per input format, natively and in wasm
#   bash toolchain/bench.sh signatures   MinHash signatures MB/s natively, in wasm, vs bloom-filters
#   bash toolchain/bench.sh entities     name tagger tokens/s natively, in wasm, vs compromise
#   bash toolchain/bench.sh extraction   article-body F1 and MB/s on ../shared/data/extraction,
#                                        next to Readability.js with linkedom
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$root/toolchain/setup.sh"
bash "$root/toolchain/build.sh" native wasm package
case "${1:-ingest}" in
  ingest) node "$root/wasm/bench/ingest.mjs" "${@:2}" ;;
  formats) node "$root/wasm/bench/formats.mjs" "${@:2}" ;;
  extraction) node "$root/wasm/bench/extraction.mjs" "${@:2}" ;;
  signatures) node "$root/wasm/bench/signatures.mjs" "${@:2}" ;;
  entities) node "$root/wasm/bench/entities.mjs" "${@:2}" ;;
  *) echo "bench: unknown benchmark '$1' (known: ingest, formats, extraction, signatures, entities)" >&2; exit 2 ;;
esac
