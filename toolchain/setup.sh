#!/usr/bin/env bash
# Installs everything newsprism needs to build, test and serve, from Debian's packages and the
# npm registry (pinned by toolchain/package-lock.json). Idempotent: when everything is in place
# it checks and returns in about a second.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# Build: compilers, CMake, Ninja, Emscripten; libraries: utfcpp, doctest;
# browser tests: Chromium, Firefox ESR, WebKitGTK's WebDriver with Xvfb.
packages=(
  cmake ninja-build g++ emscripten libutfcpp-dev doctest-dev gzip
  chromium firefox-esr webkit2gtk-driver xvfb xauth fonts-dejavu-core
)

missing=()
for package in "${packages[@]}"; do
  status="$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)"
  [[ "$status" == "install ok installed" ]] || missing+=("$package")
done
if ((${#missing[@]})); then
  echo "setup: installing Debian packages: ${missing[*]}"
  sudo_prefix=()
  [[ $(id -u) -eq 0 ]] || sudo_prefix=(sudo)
  "${sudo_prefix[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_prefix[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "setup: Node.js 20 or newer with npm is required (not found on PATH)" >&2
  exit 1
fi
node_major="$(node -p 'process.versions.node.split(".")[0]')"
if ((node_major < 20)); then
  echo "setup: Node.js 20 or newer is required, found $(node --version)" >&2
  exit 1
fi

# npm ci only when the lockfile changed since the last install. --ignore-scripts: no package may
# download a browser or binary of its own.
lock_hash="$(sha256sum "$here/package-lock.json" | cut -d' ' -f1)"
stamp="$here/node_modules/.newsprism-lock-hash"
if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$lock_hash" ]]; then
  echo "setup: npm ci in toolchain/"
  (cd "$here" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
  echo "$lock_hash" >"$stamp"
fi
