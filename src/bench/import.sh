#!/usr/bin/env bash
# Import benchmark (numbers, not a test): `homeplan import FILE` of the largest family file the limits
# allow, each run a fresh process on a new database, timed from the shell (wall, processor, peak
# resident memory from GNU time): as Homeplan writes it (about 4 MB), as another program may write it
# (every non-ASCII character escaped, four spaces of indent: about 18 MB), and an 18 MB file with more
# text than a family may hold (refused). Plain jar with the JVM's defaults and, if built
# (-Pinstaller), the app image. Targets (issue 15): at most 2 s and 500 MB.
# Usage: src/bench/import.sh [runs, default 5]      SKIP_BUILD=1 src/bench/import.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-5}"
if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  ./mvnw -B -ntp -q -o package -DskipTests
fi
# SKIP_BUILD=1 with a class path already written: no Maven at all (another build may be running)
if [[ "${SKIP_BUILD:-}" != 1 || ! -s target/bench-classpath.txt ]]; then
  ./mvnw -B -ntp -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
fi
cp="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
java -cp "$cp" app.homeplan.bench.ImportBenchmark "$work/files"
variants=("jar:java -Djava.util.prefs.userRoot=$work/prefs -jar target/homeplan.jar")
image="target/jpackage/image/Homeplan/bin/Homeplan"
if [[ -x "$image" ]]; then variants+=("app-image:$image"); else echo "(app image: not built; ./mvnw -Pinstaller package)"; fi
echo "cores: $(nproc); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for file in largest largest-escaped too-much-text; do
  for variant in "${variants[@]}"; do
    label="${variant%%:*}"; command="${variant#*:}"
    results=()
    for _ in $(seq "$runs"); do
      rm -f "$work"/import.db*
      # shellcheck disable=SC2086
      /usr/bin/time -f '%e %U %S %M' -o "$work/time" $command import "$work/files/$file.homeplan.json" --db "$work/import.db" \
        >"$work/out" 2>&1 || true
      read -r wall user sys peak < <(tail -1 "$work/time")
      results+=("$wall $(echo "$user + $sys" | bc) $((peak / 1024))")
    done
    printf '%s\n' "${results[@]}" | sort -n | awk -v f="$file" -v l="$label" -v n="$runs" -v say="$(head -c 100 "$work/out")" '
      { w[NR] = $1; c[NR] = $2; m[NR] = $3 }
      END { mid = int((n + 1) / 2); printf "%-16s %-9s wall median %.2f s (min %.2f, max %.2f), processor %.2f s, peak %d MB  [%s]\n",
            f, l, w[mid], w[1], w[n], c[mid], m[mid], say }'
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
