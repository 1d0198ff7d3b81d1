#!/bin/sh
# Renders build/icon.svg into the icons electron-builder packs (run once by hand; the results are committed,
# so packaging converts nothing). Needs Debian's librsvg2-bin, imagemagick and icnsutils.
set -eu
cd "$(dirname "$0")/../build"
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$size" -h "$size" icon.svg -o "icons/${size}x${size}.png"
done
# Windows: one .ico with the sizes Explorer and the taskbar ask for.
convert icons/16x16.png icons/24x24.png icons/32x32.png icons/48x48.png icons/64x64.png icons/128x128.png icons/256x256.png icons/icon.ico
# macOS: the .icns sizes Finder and the Dock use.
png2icns icons/icon.icns icons/16x16.png icons/32x32.png icons/48x48.png icons/128x128.png icons/256x256.png icons/512x512.png icons/1024x1024.png
