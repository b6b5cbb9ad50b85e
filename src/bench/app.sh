#!/usr/bin/env bash
# Store and screen benchmarks on a database of 10,000 realistic families (numbers, not a test):
#  1. autosave of one field (FamilyRepository.saveChanges): median and p99 (AutosaveBenchmark);
#  2. home-screen search per keystroke, UI included, and opening a family, in a real JavaFX scene
#     (ScreenBenchmark, headless Monocle), once with the JVM's defaults (java -jar) and once with the
#     packaged app's JVM options;
#  3. one keystroke in a goal field with 11 and 40 goals, UI included (KeystrokeBenchmark, headless Monocle);
#  4. peak memory (VmHWM) of the real app under Xvfb with the home screen shown and one family open,
#     from the plain jar and, if built (-Pinstaller), the packaged app.
# The database is made once by GeneratedFamilies (one transaction) and kept in target/bench/.
#
# Usage: src/bench/app.sh            FAMILIES=2000 src/bench/app.sh   SKIP_BUILD=1 src/bench/app.sh
#        src/bench/app.sh typing     (the keystroke figures only; NO_TYPING=1 src/bench/app.sh: all but those)
#        src/bench/app.sh memory     (the peak memory figures only; JAR_OPTIONS="..." adds JVM options to the plain jar)
set -euo pipefail
cd "$(dirname "$0")/../.."
families="${FAMILIES:-10000}"

# Waits until the process's peak memory has not moved for 4 s (at most 90 s): on a loaded machine a fixed
# pause may end before the screen is built.
settle() {
  local pid="$1" last=-1 now same=0
  for _ in $(seq 90); do
    now="$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")"
    if [[ "$now" == "$last" ]]; then same=$((same + 1)); [[ $same -ge 4 ]] && return; else same=0; fi
    last="$now"; sleep 1
  done
}

# Starts the app, waits for the home screen, opens the first family with the keyboard (Down, Enter), then
# reads the process's VmHWM (peak RSS) and VmRSS. Runs under Xvfb (this script calls itself there).
measure_memory() {
  local label="$1"; shift
  local out="$work/app.out" pid home
  rm -f "$out"
  "$@" --db "$(fresh_copy)" --print-startup-time >"$out" 2>/dev/null &
  pid=$!
  for _ in $(seq 240); do grep -q '^startup-ms' "$out" 2>/dev/null && break; sleep 0.5; done
  settle "$pid"
  home="$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")"
  xdotool key Down Return
  settle "$pid"
  # SHOTS=DIR keeps a screenshot of each window with its family open, to check that it opened
  if [[ -n "${SHOTS:-}" ]]; then import -window root "$SHOTS/memory-$label.png" 2>/dev/null || true; fi
  printf '%-9s home screen: peak %d MB; one family open: peak %d MB, now %d MB\n' "$label" $((home / 1024)) \
    $(($(awk '/VmHWM/ {print $2}' "/proc/$pid/status") / 1024)) $(($(awk '/VmRSS/ {print $2}' "/proc/$pid/status") / 1024))
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

if [[ "${1:-}" == --memory ]]; then
  work="$2"; db="$3"
  fresh_copy() { rm -f "$work"/bench.db*; cp "$db" "$work/bench.db"; echo "$work/bench.db"; }
  # A window manager gives the window the keyboard's focus: without one, Down and Enter may reach no window
  # and "one family open" would measure the home screen again.
  wm=""
  if command -v openbox >/dev/null; then openbox >/dev/null 2>&1 & wm=$!; sleep 1; else echo "(no openbox: the family may not open)"; fi
  # shellcheck disable=SC2086
  measure_memory jar java ${JAR_OPTIONS:-} -Djava.util.prefs.userRoot="$work/prefs" -jar target/homeplan.jar
  image="target/jpackage/image/Homeplan/bin/Homeplan"
  if [[ -x "$image" ]]; then measure_memory packaged env HOMEPLAN_JAVA_OPTIONS="-Djava.util.prefs.userRoot=$work/prefs" "$image"; else echo "(packaged: not built; ./mvnw -Pinstaller package)"; fi
  if [[ -n "$wm" ]]; then kill "$wm" 2>/dev/null || true; fi
  exit 0
fi


if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  ./mvnw -B -ntp -q package -DskipTests
fi
# SKIP_BUILD=1 with a class path already written: no Maven at all (another build may be running)
if [[ "${SKIP_BUILD:-}" != 1 || ! -s target/bench-classpath.txt ]]; then
  ./mvnw -B -ntp -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
fi
cp="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
mkdir -p target/bench
db="target/bench/families-$families.db"
if [[ ! -f "$db" ]]; then
  java -cp "$cp" app.homeplan.bench.GeneratedFamilies --db "$db" --count "$families"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fresh_copy() { rm -f "$work"/bench.db*; cp "$db" "$work/bench.db"; echo "$work/bench.db"; }
packaged_options=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
monocle=(-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dprism.text=t2k
         -Djava.util.prefs.userRoot="$work/prefs")

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

if [[ "${1:-}" == typing ]]; then
  echo; echo "== one keystroke in a goal field, JVM defaults"
  java "${monocle[@]}" -cp "$cp" app.homeplan.bench.KeystrokeBenchmark 4 2>/dev/null
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
  exit 0
fi

if [[ "${1:-}" == memory ]]; then
  echo; echo "== peak memory: home screen with $families families, then one family open (real app, Xvfb)"
  xvfb-run -a -s "-screen 0 1400x900x24" "$0" --memory "$work" "$db"
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
  exit 0
fi

echo; echo "== autosave"
java -cp "$cp" app.homeplan.bench.AutosaveBenchmark "$(fresh_copy)" 1000

echo; echo "== search and opening a family, JVM defaults"
java "${monocle[@]}" -cp "$cp" app.homeplan.bench.ScreenBenchmark "$(fresh_copy)" 6 2>/dev/null
echo; echo "== search and opening a family, packaged app's options (${packaged_options[*]})"
java "${packaged_options[@]}" "${monocle[@]}" -cp "$cp" app.homeplan.bench.ScreenBenchmark "$(fresh_copy)" 6 2>/dev/null

if [[ -z "${NO_TYPING:-}" ]]; then
  echo; echo "== one keystroke in a goal field, JVM defaults"
  java "${monocle[@]}" -cp "$cp" app.homeplan.bench.KeystrokeBenchmark 4 2>/dev/null
fi

echo; echo "== peak memory: home screen with $families families, then one family open (real app, Xvfb)"
xvfb-run -a -s "-screen 0 1400x900x24" "$0" --memory "$work" "$db"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
