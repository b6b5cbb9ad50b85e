#!/usr/bin/env bash
# Clinic mode under load (ClinicLoadBenchmark): 20 simulated clinicians autosaving into 20 families (5 shared
# by all) on a real PostgreSQL started on loopback (embedded, from Maven), for 60 s. Prints saves, conflicts
# detected, edits lost (must be 0) and p50/p99 save latency.
# Usage: src/bench/clinic.sh [seconds]     SKIP_BUILD=1 src/bench/clinic.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  ./mvnw -B -ntp -q test-compile
fi
# SKIP_BUILD=1 with a class path already written: no Maven at all (another build may be running)
if [[ "${SKIP_BUILD:-}" != 1 || ! -s target/bench-classpath.txt ]]; then
  ./mvnw -B -ntp -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
fi
java -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" app.homeplan.bench.ClinicLoadBenchmark "${1:-60}"
