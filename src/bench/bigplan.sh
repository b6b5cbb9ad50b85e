#!/usr/bin/env bash
# Big-plan PDF benchmark (numbers, not a test): the stress family (20 routines, 40 goals, 80 strategies),
# family copy with 4 tracker weeks. Prints the first export in a fresh JVM, the warm median, and the
# process's peak resident memory, with the JVM's defaults (java -jar) and with the packaged app's options
# (C1 only, Serial GC, -Xms32m). Each in a JVM of its own, so the peak memory is this export's alone.
# Targets (issue 13): warm export at most 1 s, peak resident memory at most 300 MB.
# Usage: src/bench/bigplan.sh [warm-up runs, default 10] [measured runs, default 10]      SKIP_BUILD=1 src/bench/bigplan.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
warm="${1:-10}"
runs="${2:-10}"
if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  ./mvnw -B -ntp -q -o test-compile
fi
# SKIP_BUILD=1 with a class path already written: no Maven at all (another build may be running)
if [[ "${SKIP_BUILD:-}" != 1 || ! -s target/bench-classpath.txt ]]; then
  ./mvnw -B -ntp -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
fi
cp="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
echo "cores: $(nproc); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for options in "" "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms32m"; do
  echo "JVM options: ${options:-(defaults)}"
  # shellcheck disable=SC2086
  java $options -Djava.awt.headless=true -cp "$cp" app.homeplan.bench.BigPlanBenchmark "$warm" "$runs" | sed 's/^/  /'
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
