#!/usr/bin/env bash
# Benchmarks (not tests): builds what they need, then prints figures with medians.
#   bash toolchain/bench.sh [ingest]     plain-text ingest natively and in wasm, cold start, sizes
#   bash toolchain/bench.sh formats      MB/s per input format, natively and in wasm
#   bash toolchain/bench.sh signatures   MinHash signatures MB/s natively, in wasm, vs bloom-filters
#   bash toolchain/bench.sh entities     name tagger tokens/s natively, in wasm, vs compromise
#   bash toolchain/bench.sh extraction   article-body F1 and MB/s on ../shared/data/extraction,
#                                        next to Readability.js with linkedom
#   bash toolchain/bench.sh paraphrase   the alignment scorer's accuracy and F1 on MSRP train
#                                        (../shared/data/dedup/msrp), 10-fold CV, vs word Jaccard
#   bash toolchain/bench.sh dedup-scale  `newsprism dedup` on 10,000 and 100,000 articles made
#                                        from the BBC set with random edits: time, memory, recall
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$root/toolchain/setup.sh"
case "${1:-ingest}" in
  paraphrase | dedup-scale) bash "$root/toolchain/build.sh" native ;;
  *) bash "$root/toolchain/build.sh" native wasm package ;;
esac
msrp="$root/../shared/data/dedup/msrp/msr_paraphrase_train.txt"
case "${1:-ingest}" in
  ingest) node "$root/wasm/bench/ingest.mjs" "${@:2}" ;;
  formats) node "$root/wasm/bench/formats.mjs" "${@:2}" ;;
  extraction) node "$root/wasm/bench/extraction.mjs" "${@:2}" ;;
  signatures) node "$root/wasm/bench/signatures.mjs" "${@:2}" ;;
  paraphrase)
    [[ -f "$msrp" ]] || { echo "bench: $msrp is absent" >&2; exit 1; }
    for select in f1 accuracy; do
      "$root/build/native-release/core/cli/newsprism" eval-paraphrase --select "$select" "${@:2}" "$msrp"
      echo
    done ;;
  dedup-scale) node "$root/wasm/bench/dedup-scale.mjs" "${@:2}" ;;
  entities) node "$root/wasm/bench/entities.mjs" "${@:2}" ;;
  *) echo "bench: unknown benchmark '$1' (known: ingest, formats, extraction, signatures, entities, paraphrase, dedup-scale)" >&2; exit 2 ;;
esac
