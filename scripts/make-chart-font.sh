#!/bin/sh
# Makes assets/fonts/ThiduaSerif-Regular.ttf, the font of the DOCX charts: Liberation Serif 2
# (Debian: fonts-liberation2; metric-compatible with Times New Roman) cut down to the Latin
# and Vietnamese letters and renamed "Thidua Serif", as the SIL OFL asks of a modified font
# (its Reserved Font Names are Liberation and Tinos). Needs fontTools (pip install fonttools
# or Debian's python3-fonttools). Run from the repository root; the result is committed.
set -eu
src=${1:-/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 -m fontTools.subset "$src" \
  --unicodes="U+0020-007E,U+00A0-00FF,U+0100-017F,U+01A0-01A1,U+01AF-01B0,U+0300-0303,U+0309,U+0323,U+1EA0-1EF9,U+2010-2027,U+2030,U+2039-203A,U+20AB,U+2116,U+2122,U+2212" \
  --no-hinting --layout-features='*' --drop-tables+=FFTM --output-file="$tmp/subset.ttf"
python3 - "$tmp/subset.ttf" assets/fonts/ThiduaSerif-Regular.ttf <<'PY'
import sys
from fontTools.ttLib import TTFont
font = TTFont(sys.argv[1], recalcTimestamp=False)
name = font['name']
name.names = [n for n in name.names if n.nameID in (0, 13, 14)]
for nid, text in {
    1: 'Thidua Serif', 2: 'Regular', 3: 'Thidua Serif Regular; subset of Liberation Serif 2 for Vietnamese chart labels',
    4: 'Thidua Serif Regular', 5: 'Version 1.0', 6: 'ThiduaSerif-Regular',
    10: 'A Vietnamese subset of Liberation Serif 2 (SIL OFL 1.1), renamed as the licence asks of a modified version.',
}.items():
    name.setName(text, nid, 3, 1, 0x409)
    name.setName(text, nid, 1, 0, 0)
font.save(sys.argv[2])
PY
