#!/usr/bin/env bash
# Makes the screenshots in docs/screens/: every screen (home, the six intake steps, the progress review,
# the three dialogs) with the hard family (testing/HardFamily), at 1024x700 and 1920x1080 with text at
# 100 %, and at 1024x700 with text at 200 % (Ctrl+ seven times), as small PNGs (64 colours).
# ScreenLayoutTest takes them while it checks the layout; a layout problem fails the run.
# Needs: ImageMagick (convert). Usage: docs/screens/make-screens.sh   (from the repository's top folder)
set -euo pipefail
out=docs/screens
rm -rf target/layout-screens
./mvnw -B -q -o test -Dtest='ScreenLayoutTest#everyScreenHoldsAtEveryWindowAndTextSize' \
  -Dlayout.only='(1024x700|1920x1080)-100pct|1024x700-200pct' -Dsurefire.failIfNoSpecifiedTests=false
rm -f "$out"/*.png
for shot in target/layout-screens/*-100pct.png target/layout-screens/*-1024x700-200pct.png; do
  name=$(basename "$shot" .png)
  name=${name%-100pct}
  name=${name/-200pct/-large-text}
  convert "$shot" -colors 64 -strip "$out/$name.png"
done
ls -l "$out"
