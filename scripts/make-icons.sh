#!/usr/bin/env bash
# Regenerates every raster app icon in resources/icons/ from the hand-written SVGs.
#
#   icon.svg      master artwork, used for 48 px and up
#   icon-32.svg   hinted for 32 px   icon-24.svg  hinted for 24 px   icon-16.svg  hinted for 16 px
#
# Writes: icon.png (1024), icon.ico (16..256, Windows), icon.icns (macOS, if png2icns
# is installed) and png/NxN.png (16..512, electron-builder's Linux icon set).
#
# Needs (Debian): apt-get install -y librsvg2-bin imagemagick icnsutils
#   rsvg-convert  renders the SVGs (much better SVG support than ImageMagick's own)
#   convert/magick packs the .ico
#   png2icns      packs the .icns (optional: skipped with a warning when absent)
#
# Usage: bash scripts/make-icons.sh        (from anywhere; paths are repo-relative)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ICONS="$ROOT/resources/icons"
PNG="$ICONS/png"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

command -v rsvg-convert >/dev/null || { echo "make-icons: rsvg-convert missing (apt-get install -y librsvg2-bin)" >&2; exit 1; }
if command -v magick >/dev/null; then IM=(magick); else IM=(convert); fi
"${IM[@]}" -version 2>/dev/null | grep -q ImageMagick \
  || { echo "make-icons: ImageMagick missing (apt-get install -y imagemagick)" >&2; exit 1; }

# The SVG that a given pixel size is rendered from.
source_for() {
  case "$1" in
    16) echo "$ICONS/icon-16.svg" ;;
    24) echo "$ICONS/icon-24.svg" ;;
    32) echo "$ICONS/icon-32.svg" ;;
    *)  echo "$ICONS/icon.svg" ;;
  esac
}

for s in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert --width "$s" --height "$s" --format png "$(source_for "$s")" --output "$TMP/$s.png"
done

# Linux: electron-builder picks up a folder of NxN.png files.
rm -rf "$PNG"
mkdir -p "$PNG"
for s in 16 24 32 48 64 128 256 512; do
  cp "$TMP/$s.png" "$PNG/${s}x${s}.png"
done

# Generic / macOS fallback / window icon.
cp "$TMP/1024.png" "$ICONS/icon.png"

# Windows: one .ico holding every size Explorer and the taskbar ask for
# (ImageMagick stores the 256 px entry PNG-compressed, as Windows expects).
"${IM[@]}" "$TMP/16.png" "$TMP/24.png" "$TMP/32.png" "$TMP/48.png" \
  "$TMP/64.png" "$TMP/128.png" "$TMP/256.png" "$ICONS/icon.ico"

# macOS: png2icns takes 16/32/48/128/256/512/1024 px images.
if command -v png2icns >/dev/null; then
  png2icns "$ICONS/icon.icns" "$TMP/16.png" "$TMP/32.png" "$TMP/48.png" \
    "$TMP/128.png" "$TMP/256.png" "$TMP/512.png" "$TMP/1024.png" >/dev/null
else
  echo "make-icons: png2icns missing (apt-get install -y icnsutils); icon.icns not updated" >&2
fi

echo "make-icons: wrote $(cd "$ROOT" && ls -d resources/icons/icon.png resources/icons/icon.ico resources/icons/icon.icns resources/icons/png 2>/dev/null | tr '\n' ' ')"
