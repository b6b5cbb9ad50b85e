#!/usr/bin/env bash
# Start-up benchmark (numbers, not a test). Runs a bare JavaFX window (BorderPane + TableView, the
# floor) and Homeplan, one after the other, each in a fresh JVM with the same JVM options, under one
# Xvfb display, and prints medians side by side:
#   bare      JVM start -> the bare window's first frame
#   first     JVM start -> Homeplan's first frame
#   home      JVM start -> Homeplan's home screen with its family rows laid out
#   launch    process launch (as the shell sees it) -> home screen with rows
#   ratio     home / bare, per run, then the median
# Variants: plain (java -jar, no options), cds (AppCDS archives trained here on each program),
# cds+c1 (also -XX:TieredStopAtLevel=1), packaged (the jpackage app image, if built with -Pinstaller).
#
# The database holds 10,000 generated families (FAMILIES=0: only the example family of a new database).
#
# Usage: src/bench/startup.sh [runs per variant, default 10] [variants, default "plain cds cds+c1 packaged"]
#        SKIP_BUILD=1 src/bench/startup.sh ...   to use the jars already in target/
#        FAMILIES=0 src/bench/startup.sh ...     a new database with the example family only
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-10}"
variants="${2:-plain cds cds+c1 packaged}"
families="${FAMILIES:-10000}"

if [[ -z "${DISPLAY:-}" ]]; then
  command -v xvfb-run >/dev/null || { echo "needs xvfb-run (apt-get install xvfb)" >&2; exit 1; }
  exec xvfb-run -a -s "-screen 0 1400x900x24" "$0" "$@"
fi

if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  ./mvnw -B -ntp -q package -DskipTests
fi
bench="target/bench"
mkdir -p "$bench"
# The bare window, as a jar beside homeplan.jar using the same JavaFX jars (CDS takes only jars).
fxjars="$(cd target && ls lib/javafx-*-linux.jar | tr '\n' ' ')"
printf 'Main-Class: app.homeplan.bench.BareWindow\nClass-Path: %s\n' "$fxjars" > "$bench/bare.mf"
bare_classes=(-C target/test-classes app/homeplan/bench/BareWindow.class -C target/test-classes 'app/homeplan/bench/BareWindow$Window.class')
jar --create --file target/bare-window.jar --manifest "$bench/bare.mf" "${bare_classes[@]}"
# For the packaged runtime, which has JavaFX inside: the same window without JavaFX jars.
jar --create --file target/bare-window-nofx.jar --main-class app.homeplan.bench.BareWindow "${bare_classes[@]}"

work="$(mktemp -d)"
trap '[[ -n "${KEEP:-}" ]] || rm -rf "$work"' EXIT
# A home of its own: window preferences, the JavaFX cache and the default data folder stay out of yours.
export HOME="$work/home" XDG_DATA_HOME="$work/home/data"
mkdir -p "$HOME"
# Java's preferences (window size, text size) follow user.home, which the JVM takes from the password file,
# not $HOME: without this every run shared, and changed, the user's own text size.
prefs_opt="-Djava.util.prefs.userRoot=$work/home/prefs"
db="$work/families.db"
if [[ "$families" -gt 0 ]]; then
  # A full clinic: the home screen's table is full of rows, and the database takes its time to open.
  if [[ ! -f "target/bench/families-$families.db" ]]; then
    # SKIP_BUILD=1 with a class path already written: no Maven at all (another build may be running)
    if [[ "${SKIP_BUILD:-}" != 1 || ! -s target/bench-classpath.txt ]]; then
      ./mvnw -B -ntp -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
    fi
    java -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" app.homeplan.bench.GeneratedFamilies \
      --db "target/bench/families-$families.db" --count "$families"
  fi
  cp "target/bench/families-$families.db" "$db"
fi
java "$prefs_opt" -jar target/homeplan.jar --db "$db" list >/dev/null   # opens it once (schema, today's backup); else the example family

app_args=(--db "$db" --print-startup-time --quit-after-startup)
quiet_cds=(-Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off)
image="target/jpackage/image/Homeplan"

# command line for (variant, program)
command_for() {
  local variant="$1" prog="$2" jar opts=()
  [[ "$prog" == bare ]] && jar=target/bare-window.jar || jar=target/homeplan.jar
  case "$variant" in
    plain) ;;
    cds) opts=("${quiet_cds[@]}" "-XX:SharedArchiveFile=$bench/$prog.jsa") ;;
    cds+c1) opts=("${quiet_cds[@]}" "-XX:SharedArchiveFile=$bench/$prog.jsa" -XX:TieredStopAtLevel=1) ;;
    packaged)
      if [[ "$prog" == bare ]]; then
        # The packaged runtime (JavaFX inside) and the packaged app's JVM options, on the bare window.
        # shellcheck disable=SC2207
        opts=($(packaged_jvm_options) $(packaged_bare_archive))
        echo "$image/lib/runtime/bin/java ${opts[*]} $prefs_opt -jar target/bare-window-nofx.jar"
      else
        echo "env HOMEPLAN_JAVA_OPTIONS=$prefs_opt $image/bin/Homeplan"
      fi
      return ;;
  esac
  echo "java ${opts[*]} $prefs_opt -jar $jar"
}

# The packaged app's JVM options that shape the JVM itself (-XX, -Xshare, -Xlog), minus its archive.
packaged_jvm_options() {
  sed -n 's/^java-options=//p' "$image/lib/app/Homeplan.cfg" | grep -E '^-X' | grep -v -E 'SharedArchiveFile|Xshare|AOTCache|Xlog:aot' | tr '\n' ' '
}

# Java 25+ runtimes get an AOT cache (as the packaged app does), older ones a static CDS archive.
packaged_runtime_aot() {
  [[ "$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$image/lib/runtime/release")" -ge 25 ]]
}
packaged_bare_archive() {
  if packaged_runtime_aot; then echo "-XX:AOTCache=$bench/bare-packaged.aot -Xlog:aot=off"
  else echo "${quiet_cds[*]} -XX:SharedArchiveFile=$bench/bare-packaged.jsa"; fi
}

# Trains the CDS archives the cds variants use (a run that records the classes it loaded).
train() {
  java -XX:ArchiveClassesAtExit="$bench/bare.jsa" -jar target/bare-window.jar >/dev/null 2>&1
  java -XX:ArchiveClassesAtExit="$bench/homeplan.jsa" -jar target/homeplan.jar "${app_args[@]}" >/dev/null 2>&1
  # -Xshare:on refuses to start when an archive does not fit its jars: check both before timing anything.
  java -Xshare:on -XX:SharedArchiveFile="$bench/bare.jsa" -jar target/bare-window.jar >/dev/null 2>&1 \
    || { echo "the bare window's CDS archive does not load" >&2; exit 1; }
  java -Xshare:on -XX:SharedArchiveFile="$bench/homeplan.jsa" -jar target/homeplan.jar --version >/dev/null \
    || { echo "Homeplan's CDS archive does not load" >&2; exit 1; }
  if [[ -x "$image/bin/Homeplan" ]]; then
    # The packaged runtime has no default archive to build on, so the bare window's is a static one,
    # made the way the package makes Homeplan's: a class list from one run, then -Xshare:dump.
    local rt="$image/lib/runtime/bin/java"
    if packaged_runtime_aot; then
      # shellcheck disable=SC2046
      "$rt" $(packaged_jvm_options) -XX:AOTCacheOutput="$bench/bare-packaged.aot" -jar target/bare-window-nofx.jar >/dev/null 2>&1
      return
    fi
    # shellcheck disable=SC2046
    "$rt" $(packaged_jvm_options) -XX:DumpLoadedClassList="$bench/bare-packaged.classlist" \
      -jar target/bare-window-nofx.jar >/dev/null 2>&1
    # shellcheck disable=SC2046
    "$rt" $(packaged_jvm_options) -Xshare:dump -XX:SharedClassListFile="$bench/bare-packaged.classlist" \
      -XX:SharedArchiveFile="$bench/bare-packaged.jsa" -cp target/bare-window-nofx.jar >/dev/null 2>&1
  fi
}

# One run: prints "first home launch cpu" in ms.
run_once() {
  local variant="$1" prog="$2" cmd out start
  cmd="$(command_for "$variant" "$prog")"
  [[ "$prog" == homeplan ]] && cmd="$cmd ${app_args[*]}"
  start=$(date +%s%3N)
  # shellcheck disable=SC2086
  out="$(timeout 60 $cmd 2>/dev/null || true)"
  local first home epoch cpu ui
  first=$(sed -n 's/^first-frame-ms //p' <<<"$out")
  cpu=$(sed -n 's/^startup-cpu-ms //p' <<<"$out")
  ui=$(sed -n 's/^startup-ui-cpu-ms //p' <<<"$out")
  if [[ "$prog" == homeplan ]]; then sed -n "s/^startup-threads-cpu-ms /  threads: /p" <<<"$out" >&2; fi
  home=$(sed -n 's/^startup-ms //p' <<<"$out")
  epoch=$(sed -n 's/^home-shown-epoch-ms //p' <<<"$out")
  if [[ -z "$home" ]]; then echo "no timing from: $cmd" >&2; return 1; fi
  echo "$first $home $((epoch - start)) $cpu ${ui:--}"
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR==0) print "-"; else if (NR%2) print a[(NR+1)/2]; else printf "%d\n", (a[NR/2]+a[NR/2+1])/2}'; }

active=()
for v in $variants; do
  if [[ "$v" == packaged && ! -x "$image/bin/Homeplan" ]]; then
    echo "(packaged: no app image in $image; build it with ./mvnw -Pinstaller package)"
    continue
  fi
  active+=("$v")
done
train

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
echo "database: $families generated families (plus the example); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
results="$work/results"
: > "$results"
for i in $(seq "$runs"); do
  for v in "${active[@]}"; do   # interleaved, so a change in load hits every variant alike
    b=$(run_once "$v" bare) && a=$(run_once "$v" homeplan) || continue
    read -r _ bare _ bare_cpu bare_ui <<<"$b"
    read -r first home launch cpu ui <<<"$a"
    load=$(cut -d' ' -f1 /proc/loadavg)
    echo "$v $bare $first $home $launch $(awk -v h="$home" -v b="$bare" 'BEGIN {printf "%.3f", h/b}') $bare_cpu $cpu $bare_ui $ui $load" >> "$results"
    echo "  run $i $v: bare $bare ms, Homeplan $home ms, processor $bare_cpu / $cpu ms, UI thread $bare_ui / $ui ms, load $load" >&2
  done
done
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
ratio_median() { sort -n | awk '{a[NR]=$1} END {printf "%.2f", (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
printf '\n%-9s %4s | %6s %6s %6s %6s %6s | %8s %8s | %7s %7s\n' variant runs bare first home launch ratio bare-cpu home-cpu bare-ui home-ui
for v in "${active[@]}"; do
  col() { awk -v v="$v" -v c="$1" '$1==v {print $c}' "$results"; }
  printf '%-9s %4s | %6s %6s %6s %6s %5sx | %8s %8s | %7s %7s\n' "$v" "$(col 2 | wc -l)" "$(col 2 | median)" "$(col 3 | median)" \
    "$(col 4 | median)" "$(col 5 | median)" "$(col 6 | ratio_median)" "$(col 7 | median)" "$(col 8 | median)" \
    "$(col 9 | median)" "$(col 10 | median)"
done
echo "(medians in ms; ratio = home / bare per run, then the median; cpu = processor time of all threads until that frame;"
echo " ui = the JavaFX thread's share of it)"
if [[ -n "${KEEP:-}" ]]; then echo "every run: $results"; fi
