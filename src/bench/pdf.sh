#!/usr/bin/env bash
# PDF export benchmark (numbers, not a test). Builds the jar, then:
#  1. PdfExportBenchmark: first export in a fresh JVM and the warm median of 30 exports (example family);
#     then the first export in a running app, after the background warm-up the app does once the home
#     screen is shown; each with the JVM's defaults (java -jar) and with C1 only, as the packaged app runs;
#  2. the whole command line, `java -jar target/homeplan.jar export-pdf ...` and, if built (-Pinstaller),
#     the packaged app's `Homeplan export-pdf ...`, timed over several runs.
# Usage: src/bench/pdf.sh [runs of the command line, default 5]      SKIP_BUILD=1 src/bench/pdf.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-5}"
if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  ./mvnw -B -ntp -q package -DskipTests
fi
# SKIP_BUILD=1 with a class path already written: no Maven at all (another build may be running)
if [[ "${SKIP_BUILD:-}" != 1 || ! -s target/bench-classpath.txt ]]; then
  ./mvnw -B -ntp -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
fi
cp="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for options in "" "-XX:TieredStopAtLevel=1"; do
  echo "JVM options: ${options:-(defaults)}"
  # shellcheck disable=SC2086
  java $options -cp "$cp" app.homeplan.bench.PdfExportBenchmark | sed 's/^/  /'
  # shellcheck disable=SC2086
  java $options -cp "$cp" app.homeplan.bench.PdfExportBenchmark 0 1 after-warm-up | head -1 | sed 's/^/  /'
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
java -jar target/homeplan.jar --db "$work/bench.db" list >/dev/null   # creates the database with the example family
id="$(java -jar target/homeplan.jar --db "$work/bench.db" list | cut -f1 | head -1)"
time_command() {
  local label="$1"; shift
  local times=()
  for i in $(seq "$runs"); do
    start=$(date +%s%N)
    "$@" --db "$work/bench.db" export-pdf --family "$id" -o "$work/plan.pdf" >/dev/null
    times+=($(( ($(date +%s%N) - start) / 1000000 )))
  done
  echo "whole command line, $label ($runs runs): ${times[*]} ms; median $(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}') ms"
}
time_command "java -jar target/homeplan.jar export-pdf" java -jar target/homeplan.jar
image="target/jpackage/image/Homeplan/bin/Homeplan"
if [[ -x "$image" ]]; then
  time_command "packaged app's Homeplan export-pdf" "$image"
else
  echo "(packaged app: not built; ./mvnw -Pinstaller package)"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
