#!/usr/bin/env bash
# PDF export benchmark (numbers, not a test). Builds the jar, then:
#  1. PdfExportBenchmark: first export in a fresh JVM and the warm median of 30 exports (example family);
#  2. the whole command line, `java -jar target/homeplan.jar export-pdf ...`, timed over several runs.
# Usage: bench/pdf.sh [runs of the command line, default 5]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
./mvnw -B -ntp -q package -DskipTests
./mvnw -B -ntp -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
java -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" app.homeplan.bench.PdfExportBenchmark

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
java -jar target/homeplan.jar --db "$work/bench.db" list >/dev/null   # creates the database with the example family
id="$(java -jar target/homeplan.jar --db "$work/bench.db" list | cut -f1 | head -1)"
echo "whole command line: java -jar target/homeplan.jar export-pdf --family $id -o plan.pdf ($runs runs)"
for i in $(seq "$runs"); do
  start=$(date +%s%N)
  java -jar target/homeplan.jar --db "$work/bench.db" export-pdf --family "$id" -o "$work/plan.pdf" >/dev/null
  echo "  run $i: $(( ($(date +%s%N) - start) / 1000000 )) ms"
done
