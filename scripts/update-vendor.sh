#!/usr/bin/env bash
# Re-fetches the vendored front-end packages from the npm registry (`npm pack`, no build step, no
# Node at run time) into src/main/resources/static/vendor/, and axe-core into the test resources.
# Usage: scripts/update-vendor.sh [dkfds-version] [htmx-version] [axe-core-version]
# DKFDS keeps its dist layout (css/, js/, fonts/, img/): its CSS refers to ../fonts and ../img.
set -euo pipefail
DKFDS_VERSION=${1:-11.2.0}
HTMX_VERSION=${2:-2.0.11}
AXE_VERSION=${3:-4.14.1}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
VENDOR=$ROOT/src/main/resources/static/vendor
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"

npm pack --silent "dkfds@$DKFDS_VERSION" "htmx.org@$HTMX_VERSION" "axe-core@$AXE_VERSION" >/dev/null
for f in *.tgz; do mkdir -p "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done

DK=$VENDOR/dkfds
rm -rf "$DK" && mkdir -p "$DK/css" "$DK/js" "$DK/img" "$DK/fonts/IBMPlexSans/complete"
cp dkfds-*/package/dist/css/dkfds.min.css "$DK/css/"
cp dkfds-*/package/dist/js/dkfds.min.js "$DK/js/"
cp dkfds-*/package/dist/img/all-svg-icons.svg dkfds-*/package/dist/img/logo-placeholder.png \
   dkfds-*/package/dist/img/logo-header-placeholder.png "$DK/img/"
cp -r dkfds-*/package/dist/img/svg-icons "$DK/img/"   # referenced by the CSS (checkbox tick, alerts, ...)
# Browsers that can show this application use woff2 (woff as fallback); the eot/ttf copies are left out.
cp -r dkfds-*/package/dist/fonts/IBMPlexSans/complete/woff2 dkfds-*/package/dist/fonts/IBMPlexSans/complete/woff \
   "$DK/fonts/IBMPlexSans/complete/"
cp dkfds-*/package/LICENSE.md "$DK/LICENSE.md"
echo "$DKFDS_VERSION" > "$DK/VERSION"

HX=$VENDOR/htmx
rm -rf "$HX" && mkdir -p "$HX"
cp htmx.org-*/package/dist/htmx.min.js "$HX/"
cp htmx.org-*/package/LICENSE "$HX/LICENSE"
echo "$HTMX_VERSION" > "$HX/VERSION"

AXE=$ROOT/src/test/resources/axe
rm -rf "$AXE" && mkdir -p "$AXE"
cp axe-core-*/package/axe.min.js "$AXE/"
cp axe-core-*/package/LICENSE "$AXE/LICENSE"
echo "$AXE_VERSION" > "$AXE/VERSION"
echo "Vendored dkfds $DKFDS_VERSION, htmx $HTMX_VERSION, axe-core $AXE_VERSION"
