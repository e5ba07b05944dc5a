#!/usr/bin/env bash
# Builds what is asked (default: all) incrementally:
#   native   native release: CLI and doctest suite        build/native-release
#   asan     native debug with ASan+UBSan                  build/native-asan
#   wasm     wasm SIMD and baseline modules + wasm tests   build/wasm-simd, build/wasm-baseline
#   package  the npm package folder and its tarball        build/package, build/newsprism-<v>.tgz
#   web      the static page from the packed package       build/web
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export NODE_PATH=/usr/share/nodejs  # Debian's emscripten finds its JS helpers only with it
targets=("$@")
((${#targets[@]})) || targets=(native asan wasm package web)

preset() {
  local name="$1"
  if [[ ! -f "build/$name/build.ninja" ]]; then
    cmake --preset "$name" >/dev/null
  fi
  cmake --build --preset "$name" | grep -vE '^\[[0-9]+/[0-9]+\]|^ninja: no work to do' || true
  # grep above hides progress lines; make a failed build fail the script.
  [[ "${PIPESTATUS[0]}" == 0 ]] || { echo "build: $name failed" >&2; exit 1; }
}

copy_if_changed() {  # source destination
  if ! cmp -s "$1" "$2"; then cp "$1" "$2"; fi
}

build_package() {
  local out=build/package
  mkdir -p "$out/src" "$out/dist"
  for file in wasm/package/package.json wasm/package/README.md core/src/report/report.schema.json; do
    copy_if_changed "$file" "$out/$(basename "$file")"
  done
  for file in wasm/package/src/*; do copy_if_changed "$file" "$out/src/$(basename "$file")"; done
  for flavour in simd baseline; do
    for ext in js wasm; do
      copy_if_changed "build/wasm-$flavour/wasm/newsprism-$flavour.$ext" "$out/dist/newsprism-$flavour.$ext"
    done
  done
  local version tarball
  version="$(node -p "require('./wasm/package/package.json').version")"
  tarball="build/newsprism-$version.tgz"
  if [[ ! -f "$tarball" ]] || [[ -n "$(find "$out" -newer "$tarball" -type f | head -1)" ]]; then
    (cd build && npm pack ./package --silent >/dev/null)
    echo "build: packed $tarball"
  fi
}

build_web() {
  # The page is built only from the package's files: the packed tarball, unpacked.
  local version tarball out=build/web
  version="$(node -p "require('./wasm/package/package.json').version")"
  tarball="build/newsprism-$version.tgz"
  if [[ ! -d "$out/newsprism" || "$tarball" -nt "$out/newsprism" ]]; then
    rm -rf "$out/newsprism" && mkdir -p "$out/newsprism"
    tar -xzf "$tarball" -C "$out/newsprism" --strip-components=1
    touch "$out/newsprism"
  fi
  mkdir -p "$out"
  (cd web && find . -type f) | while read -r file; do
    mkdir -p "$out/$(dirname "$file")"
    copy_if_changed "web/$file" "$out/$file"
  done
}

for target in "${targets[@]}"; do
  case "$target" in
    native) preset native-release ;;
    asan) preset native-asan ;;
    wasm) preset wasm-simd; preset wasm-baseline ;;
    package) build_package ;;
    web) build_web ;;
    *) echo "build: unknown target '$target'" >&2; exit 2 ;;
  esac
done
