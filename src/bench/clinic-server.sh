#!/usr/bin/env bash
# A local PostgreSQL for trying clinic mode on one computer (docs/clinic.md, "Trying it on one computer"):
# the embedded server the tests use, from Maven, on 127.0.0.1:PORT with a database "homeplan" and its data in
# DATA_FOLDER (kept between runs). Loopback logins are trusted: for trying things out, never for real records.
# Usage: src/bench/clinic-server.sh [PORT=54329] [DATA_FOLDER=target/clinic-demo-pg]     SKIP_BUILD=1 to reuse the build
set -euo pipefail
cd "$(dirname "$0")/../.."
if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  ./mvnw -B -ntp -q test-compile
fi
./mvnw -B -ntp -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
exec java -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" app.homeplan.bench.ClinicDemoServer "$@"
