#!/usr/bin/env bash
# Runs every test: installs what is missing, builds everything, then
#   1. the doctest suite natively (release), and under ASan+UBSan (debug);
#   2. the same doctest suite built with Emscripten, run under Node (SIMD and baseline);
#   3. node:test suites: the CLI, golden CLI-vs-package JSON, the packed tarball installed into
#      an empty folder;
#   4. the page in Chromium, Firefox and WebKit (WebKit under Xvfb).
# Prints each suite's counts and a closing "total: N passed, N failed, N skipped" line.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash toolchain/setup.sh || exit 1
bash toolchain/build.sh || exit 1

logs="$root/build/test-logs"
mkdir -p "$logs"
passed=0 failed=0 skipped=0 failures=()
export NODE_PATH=/usr/share/nodejs

count() {  # name passed failed skipped
  printf '%-28s %4d passed, %d failed, %d skipped\n' "$1" "$2" "$3" "$4"
  passed=$((passed + $2)); failed=$((failed + $3)); skipped=$((skipped + $4))
  (($3 == 0)) || failures+=("$1")
}

run_doctest() {  # name preset
  local log="$logs/$1.log" status
  ctest --preset "$2" -V >"$log" 2>&1
  status=$?
  local line
  line="$(grep -E '\[doctest\] test cases:' "$log" | tail -1)"
  if [[ -z "$line" ]]; then
    echo "$1: no doctest summary (exit $status), see $log"
    count "$1" 0 1 0
    return
  fi
  local p f s
  p="$(sed -E 's/.*\| *([0-9]+) passed.*/\1/' <<<"$line")"
  f="$(sed -E 's/.*\| *([0-9]+) failed.*/\1/' <<<"$line")"
  s="$(sed -E 's/.*\| *([0-9]+) skipped.*/\1/' <<<"$line")"
  ((status == 0 || f > 0)) || f=1
  count "$1" "$p" "$f" "$s"
  ((f == 0)) || tail -40 "$log"
}

run_node_tests() {  # name [wrapper...] -- files...
  local name="$1"; shift
  local wrapper=()
  while [[ "$1" != "--" ]]; do wrapper+=("$1"); shift; done
  shift
  local log="$logs/$name.log" status
  "${wrapper[@]}" node --test --test-reporter=tap "$@" >"$log" 2>&1
  status=$?
  local p f s
  p="$(grep -E '^# pass ' "$log" | tail -1 | awk '{print $3}')"
  f="$(grep -E '^# fail ' "$log" | tail -1 | awk '{print $3}')"
  s="$(grep -E '^# skipped ' "$log" | tail -1 | awk '{print $3}')"
  if [[ -z "$p" ]]; then
    echo "$name: no test summary (exit $status), see $log"
    count "$name" 0 1 0
    return
  fi
  ((status == 0 || f > 0)) || f=1
  count "$name" "$p" "$f" "${s:-0}"
  grep -E '^# Subtest|^ok .*# SKIP' "$log" | grep -E 'SKIP' || true
  ((f == 0)) || grep -E '^not ok|^ +(error|message):' -A6 "$log" | head -60
}

run_doctest "doctest native" native-release
run_doctest "doctest native ASan+UBSan" native-asan
run_doctest "doctest wasm SIMD (Node)" wasm-simd
run_doctest "doctest wasm baseline (Node)" wasm-baseline
run_node_tests "cli" -- tests/cli/*.test.mjs
run_node_tests "package and golden" -- tests/wasm/*.test.mjs
run_node_tests "page chromium+firefox" -- tests/web/chromium.test.mjs tests/web/firefox.test.mjs
run_node_tests "page webkit" timeout 300 xvfb-run -a -- tests/web/webkit.test.mjs
echo "screenshots: $root/build/screenshots/"

echo
if ((${#failures[@]})); then echo "failed suites: ${failures[*]}"; fi
echo "total: $passed passed, $failed failed, $skipped skipped"
((failed == 0))
