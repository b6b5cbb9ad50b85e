#!/usr/bin/env bash
# Makes the previews in docs/languages/: page 1 and the first tracker page of the example family's copy
# in each shipped language, and page 1 of the right-to-left family in Arabic, as small PNGs.
# Needs: a built tree (./mvnw -q -o test-compile), poppler-utils (pdftoppm, pdftotext), ImageMagick.
# Usage: docs/make-language-previews.sh   (from the repository's top folder)
set -euo pipefail
out=docs/languages
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
java -cp "target/classes:target/test-classes:$(cat "$work/cp.txt")" app.homeplan.print.PrintLanguages "$work" >/dev/null

# The words that head a tracker page in each language (pdftotext reads Arabic as letters).
declare -A tracker=([en]="Practice tracker" [es]="Hoja de práctica" [vi]="Bảng theo dõi: tuần"
                    [ar]="ورقة المتابعة" [zh-Hans]="练习记录表")
small() { # PDF page -> small PNG
  pdftoppm -r 50 -f "$2" -l "$2" -png -singlefile "$1" "$work/page"
  convert "$work/page.png" -colors 32 -strip "$3"
}
for code in en es vi ar zh-Hans; do
  pdf="$work/$code-family.pdf"
  small "$pdf" 1 "$out/$code-page-1.png"
  pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
  for ((p = 2; p <= pages; p++)); do
    if pdftotext -f "$p" -l "$p" "$pdf" - | grep -q "${tracker[$code]}"; then
      small "$pdf" "$p" "$out/$code-tracker.png"
      break
    fi
  done
done
small "$work/ar-rtl-family.pdf" 1 "$out/ar-rtl-family-page-1.png"
small "$work/vi-bilingual-family.pdf" 1 "$out/vi-bilingual-page-1.png"
ls -l "$out"
