#!/usr/bin/env bash
# Peer benchmark (numbers, not a test): Homeplan's whole `export-pdf` of the example family's home plan
# against LibreOffice converting an equivalent Word home plan of the same family to PDF, the way a clinic
# without Homeplan makes one. Runs are interleaved (Homeplan jar, Homeplan app image, LibreOffice, ...),
# each a fresh process, and medians are printed side by side with the ratio.
#
#   src/bench/peer_docx.py writes the Word plan from the family file Homeplan exports (cover and team, goals,
#   one section per routine, 4 weekly trackers, notes page), with the standard library only.
#   LibreOffice: Debian package libreoffice-writer-nogui (`soffice --headless --convert-to pdf`), with a
#   profile of its own made once before timing (its first start builds the profile).
#
# Usage: src/bench/peer.sh [runs, default 7]        SKIP_BUILD=1 src/bench/peer.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-7}"
command -v soffice >/dev/null || { echo "needs soffice: apt-get install libreoffice-writer-nogui" >&2; exit 1; }
if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  ./mvnw -B -ntp -q package -DskipTests
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
db="$work/peer.db"
java -jar target/homeplan.jar --db "$db" list >/dev/null    # a new database holds the example family
id="$(java -jar target/homeplan.jar --db "$db" list | cut -f1 | head -1)"
java -jar target/homeplan.jar --db "$db" export --family "$id" -o "$work/family.homeplan.json"
python3 src/bench/peer_docx.py "$work/family.homeplan.json" "$work/plan.docx"
profile="file://$work/lo-profile"
soffice "-env:UserInstallation=$profile" --headless --convert-to pdf --outdir "$work/lo" "$work/plan.docx" >/dev/null 2>&1
java -jar target/homeplan.jar --db "$db" export-pdf --family "$id" -o "$work/homeplan.pdf" >/dev/null
echo "pages: Homeplan $(pdfinfo "$work/homeplan.pdf" 2>/dev/null | awk '/^Pages/ {print $2}'), Word plan via LibreOffice $(pdfinfo "$work/lo/plan.pdf" 2>/dev/null | awk '/^Pages/ {print $2}')"

image="target/jpackage/image/Homeplan/bin/Homeplan"
labels=("jar" "soffice")
[[ -x "$image" ]] && labels=("jar" "image" "soffice")
declare -A times
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
echo "machine: $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq "$runs"); do
  for label in "${labels[@]}"; do
    rm -f "$work/out.pdf" "$work/lo/plan.pdf"
    start=$(date +%s%N)
    case "$label" in
      jar) java -jar target/homeplan.jar --db "$db" export-pdf --family "$id" -o "$work/out.pdf" >/dev/null ;;
      image) "$image" --db "$db" export-pdf --family "$id" -o "$work/out.pdf" >/dev/null ;;
      soffice) soffice "-env:UserInstallation=$profile" --headless --convert-to pdf --outdir "$work/lo" "$work/plan.docx" >/dev/null 2>&1 ;;
    esac
    times[$label]="${times[$label]:-} $(ms "$start")"
  done
done
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
lo=$(median <<<"${times[soffice]}")
echo "LibreOffice, Word plan to PDF: ${times[soffice]} ms; median $lo ms"
for label in "${labels[@]}"; do
  [[ "$label" == soffice ]] && continue
  m=$(median <<<"${times[$label]}")
  name=$([[ "$label" == jar ]] && echo "java -jar target/homeplan.jar export-pdf" || echo "app image's Homeplan export-pdf")
  echo "$name: ${times[$label]} ms; median $m ms; $(awk -v a="$m" -v b="$lo" 'BEGIN {printf "%.2fx", a / b}') of LibreOffice"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
