#!/usr/bin/env bash
# Makes the plan previews the README shows, from today's code: the example family's cover, goals, day
# and first tracker page, the clinician copy's intake record, the progress summary's page 1, and the
# 11-goal family's first tracker page (a week on one page), English, A4, at 60 dpi.
# Needs: a built tree (./mvnw -q -o test-compile), poppler-utils (pdftoppm, pdftotext, pdfinfo), ImageMagick.
# Usage: docs/make-plan-previews.sh   (from the repository's top folder)
set -euo pipefail
out=docs
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
java -cp "target/classes:target/test-classes:$(cat "$work/cp.txt")" app.homeplan.print.PlanPreviews "$work" >/dev/null

first_page_saying() { # PDF, words -> the first page whose text holds the words
  local pages
  pages=$(pdfinfo "$1" | awk '/^Pages:/ {print $2}')
  for ((p = 1; p <= pages; p++)); do
    if pdftotext -f "$p" -l "$p" "$1" - | tr '\n' ' ' | grep -q "$2"; then
      echo "$p"
      return
    fi
  done
  echo "no page of $1 says: $2" >&2
  exit 1
}
preview() { # PDF, page, PNG
  pdftoppm -r 60 -f "$2" -l "$2" -png -singlefile "$1" "$work/page"
  convert "$work/page.png" -colors 256 -strip "$3"
}
plan="$work/example-family.pdf"
preview "$plan" 1 "$out/home-plan-page-1.png"
preview "$plan" "$(first_page_saying "$plan" "Our goals These are")" "$out/home-plan-page-2.png"
preview "$plan" "$(first_page_saying "$plan" "Our day Go through your day")" "$out/home-plan-page-3.png"
preview "$plan" "$(first_page_saying "$plan" "Practice tracker: week 1")" "$out/home-plan-tracker.png"
eleven="$work/eleven-family.pdf"
preview "$eleven" "$(first_page_saying "$eleven" "Practice tracker: week 1")" "$out/tracker-eleven-goals.png"
clinician="$work/example-clinician.pdf"
preview "$clinician" "$(first_page_saying "$clinician" "Intake record")" "$out/clinician-intake-record.png"
preview "$work/example-progress.pdf" 1 "$out/progress-summary-page-1.png"
ls -l "$out"/home-plan-*.png "$out"/tracker-eleven-goals.png "$out"/clinician-intake-record.png "$out"/progress-summary-page-1.png
