#!/bin/sh
# vendor.sh refreshes the third-party browser libraries under static/vendor/.
# The built files are committed, so running sitrep never needs npm or a
# network: this script is only for upgrading a library. It uses `npm pack`
# (the registry configured for npm) in a temporary directory outside the
# repository and copies only the distributed files and their licences.
#
#   sh internal/web/vendor.sh
set -eu

D3=7.9.2
TOPOJSON=3.1.0
ATLAS=2.0.2
CYTOSCAPE=3.35.0

here=$(cd "$(dirname "$0")" && pwd)
out="$here/static/vendor"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

unpack() { # unpack NAME VERSION -> $tmp/NAME/package
	mkdir -p "$tmp/$1"
	(cd "$tmp/$1" && npm pack --silent "$1@$2" >/dev/null && tar xzf ./*.tgz)
}

mkdir -p "$out"
unpack d3 "$D3"
cp "$tmp/d3/package/dist/d3.min.js" "$out/d3.min.js"
cp "$tmp/d3/package/LICENSE" "$out/d3.LICENSE"

unpack topojson-client "$TOPOJSON"
cp "$tmp/topojson-client/package/dist/topojson-client.min.js" "$out/topojson-client.min.js"
cp "$tmp/topojson-client/package/LICENSE" "$out/topojson-client.LICENSE"

unpack world-atlas "$ATLAS"
cp "$tmp/world-atlas/package/countries-50m.json" "$out/countries-50m.json"
cp "$tmp/world-atlas/package/LICENSE" "$out/world-atlas.LICENSE"

unpack cytoscape "$CYTOSCAPE"
cp "$tmp/cytoscape/package/dist/cytoscape.min.js" "$out/cytoscape.min.js"
cp "$tmp/cytoscape/package/LICENSE" "$out/cytoscape.LICENSE"

cat > "$out/VERSIONS" <<V
d3 $D3 (ISC)
topojson-client $TOPOJSON (ISC)
world-atlas $ATLAS (ISC; geometry from Natural Earth, public domain)
cytoscape $CYTOSCAPE (MIT)
V
ls -l "$out"
