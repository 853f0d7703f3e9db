#!/usr/bin/env bash
# Installs the checkers that OutputCheckersIT runs on every document kitgen renders:
# markdownlint-cli2, axe-core and playwright-core from npm into a cache folder (KITGEN_CHECKERS,
# default ~/.cache/kitgen-checkers), and from Debian qpdf, Chromium (for axe-core), Ghostscript
# and poppler (to look at filled forms) and pypdf (a second reader of form fields) when missing.
# .ci/run calls it before `mvn -B verify`; run it once by hand before running the tests locally.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dir=${KITGEN_CHECKERS:-$HOME/.cache/kitgen-checkers}

missing=()
command -v qpdf >/dev/null || missing+=(qpdf)
command -v chromium >/dev/null || missing+=(chromium)
command -v gs >/dev/null || missing+=(ghostscript)
command -v pdftoppm >/dev/null || missing+=(poppler-utils)
command -v node >/dev/null || missing+=(nodejs npm)
/usr/bin/python3 -c 'import pypdf' 2>/dev/null || missing+=(python3-pypdf)
if [ ${#missing[@]} -gt 0 ]; then
  echo "install.sh: installing ${missing[*]} from Debian" >&2
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

mkdir -p "$dir"
if ! cmp -s "$here/package.json" "$dir/package.json" || [ ! -d "$dir/node_modules" ]; then
  cp "$here/package.json" "$dir/package.json"
  (cd "$dir" && npm install --no-audit --no-fund --omit=dev --loglevel=error)
fi
echo "install.sh: checkers ready in $dir" >&2
