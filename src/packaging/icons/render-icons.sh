#!/bin/sh
# Renders paperfeed.svg into the PNG sizes desktops use, plus the Windows .ico. Run after changing the SVG and
# commit the results (the build does not need an SVG renderer).
# Needs rsvg-convert (Debian: librsvg2-bin) and ImageMagick for the .ico.
set -eu
cd "$(dirname "$0")"
for size in 16 32 48 64 128 256 512; do
    rsvg-convert -w "$size" -h "$size" paperfeed.svg -o "paperfeed-$size.png"
done
"${CONVERT:-convert}" paperfeed-16.png paperfeed-32.png paperfeed-48.png paperfeed-64.png paperfeed-128.png paperfeed-256.png \
    paperfeed.ico
