#!/usr/bin/env bash
# Keyboard-only intake benchmark (numbers, not a test): drives the packaged app with real X key
# events (xdotool) from the home screen to the exported PDF, with no mouse at all, and counts the
# actions. The standard family: 6 routines, 4 goals, 8 strategies, family ratings (COPM) for every
# goal, GAS levels for two goals, review date, plan made Active; then Export PDF from the review step.
#
# Counting: each key press or chord is 1 action (Tab, Space, Enter, Alt+G, Ctrl+PgDn...); the typing
# of one field is 1 action, whatever its length. Printed: all actions, and the non-text ones (the
# issue's measure), for the intake (home screen -> plan complete on the review step) and for the
# review step -> saved PDF. Every action is logged in OUT/actions.log, screenshots in OUT/shots/.
#
# Needs: a JDK 17+, xdotool, Xvfb and openbox (dialogs get the keyboard from the window manager),
# ImageMagick's import (screenshots); sqlite3 and pdftotext to check what was saved (optional).
#
# Usage: src/bench/keyboard-intake.sh [OUT, default target/bench/keyboard-intake]
#        SKIP_BUILD=1 ...        use target/homeplan.jar as it is
#        DISPLAY=:19 ...         drive an X display that already runs (with a window manager);
#                                without DISPLAY the script starts Xvfb :${BENCH_DISPLAY:-77} + openbox
#        PAUSE=2 STEP_PAUSE=8 ...  seconds after each action / after each step change (raise on a
#                                  loaded machine: each key must land before the next one is sent)
set -euo pipefail
cd "$(dirname "$0")/../.."
repo="$PWD"
out="${1:-target/bench/keyboard-intake}"
PAUSE="${PAUSE:-1.5}"
STEP_PAUSE="${STEP_PAUSE:-6}"

for tool in xdotool import java; do
  command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 1; }
done

rm -rf "$out"
mkdir -p "$out/shots" "$out/home/Documents"
out="$(cd "$out" && pwd)"

started=()
cleanup() {
  for pid in "${started[@]}"; do kill "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT

if [[ -z "${DISPLAY:-}" ]]; then
  export DISPLAY=":${BENCH_DISPLAY:-77}"
  Xvfb "$DISPLAY" -screen 0 1920x1080x24 >"$out/xvfb.log" 2>&1 &
  started+=($!)
  sleep 2
  openbox >"$out/openbox.log" 2>&1 &
  started+=($!)
  sleep 1
fi

if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  ./mvnw -B -ntp -q package -DskipTests
fi

# A new data file (it holds the example family) and a home folder of its own: the save dialog opens
# in OUT/home/Documents, and the window's remembered size does not come from another run.
java -Duser.home="$out/home" -Djava.util.prefs.userRoot="$out/prefs" -Duser.language=en -Duser.country=AU \
  -jar "$repo/target/homeplan.jar" --db "$out/intake.db" >"$out/app.log" 2>&1 &
app=$!
started+=("$app")
window="$(timeout 300 xdotool search --sync --onlyvisible --name '^Homeplan$' | head -1)"
[[ -n "$window" ]] || { echo "the window did not show within 5 minutes" >&2; exit 1; }
sleep "$STEP_PAUSE"
# Setup, not counted: the most common clinic laptop's screen size, and the keyboard in the window.
xdotool windowsize "$window" 1366 768
xdotool windowmove "$window" 0 0
xdotool windowactivate --sync "$window"
sleep "$STEP_PAUSE"

ACTIONS=0
TEXTS=0
part=""
log="$out/actions.log"
: >"$log"
# k KEY...: one action per key or chord.
k() {
  for c in "$@"; do
    xdotool key --clearmodifiers "$c"
    ACTIONS=$((ACTIONS + 1))
    printf '%s\t%d\tkey\t%s\n' "$part" "$ACTIONS" "$c" >>"$log"
    sleep "$PAUSE"
  done
}
# t TEXT: the typing of one field, one action.
t() {
  xdotool type --delay 40 -- "$1"
  ACTIONS=$((ACTIONS + 1))
  TEXTS=$((TEXTS + 1))
  printf '%s\t%d\ttext\t%s\n' "$part" "$ACTIONS" "$1" >>"$log"
  sleep "$PAUSE"
}
shots=0
shot() {
  sleep 1
  shots=$((shots + 1))
  import -window root -crop 1370x800+0+0 "$out/shots/$(printf '%02d' "$shots")-$1.png"
}
step() { sleep "$STEP_PAUSE"; }

# ---- The intake: home screen -> a complete plan on the review step --------------------------------
part=intake
shot home
k ctrl+n                                   # New family: asks for the child's name
sleep 3
t "Leo Tran"; k Return                     # the wizard opens on step 1, in the child's name
step; shot step1-open

# Step 1, the family
k alt+d; t "14/3/2021"                     # date of birth
k alt+a; t "Hoa Tran"; k Tab; t "Mum"      # a caregiver (came today is ticked)
k alt+m; t "6/12/2026"                     # meeting date
k alt+y space                              # consent
shot step1
k ctrl+Next; step

# Step 2, about us (the keyboard starts in Strengths)
t "Loves to help, copies his big sister"
k alt+i; t "Trains, bubbles, music"
k alt+c; t "Mealtimes and bedtime are a battle"
shot step2
k ctrl+Next; step

# Step 3, our day (the keyboard starts on the first routine of the library)
k space                                    # Waking up
k alt+a                                    # Another routine: a built-in routine's name adds that routine
for routine in "Getting dressed" "Breakfast" "Dinner" "Bath time" "Bedtime"; do
  t "$routine"; k Return
done
k alt+c; t "Won't stay in his own bed"; k Return   # a concern of Bedtime (selected), starred
k alt+s 2                                  # how happy with Bedtime
shot step3
k ctrl+Next; step

# Step 4, our goals (the keyboard starts on "Make this a goal" of the starred concern)
k space; t "We want Leo to sleep in his own bed"
k alt+u; t "staying in his own bed all night"
k alt+k; t "he sleeps in his bed on 5 of 7 nights for 2 weeks"
k alt+t; t "6/6/2027"
k alt+m 8 Tab 3 Tab 2                      # family ratings: importance, performance, satisfaction
k alt+a; t "Leo sleeps in our bed every night"; k Tab; t "Leo comes to our bed most nights"; k Tab
t "Leo sleeps in his bed 5 of 7 nights"; k Tab; t "Leo sleeps in his bed every night"; k Tab
t "Leo falls asleep in his bed by himself"
shot step4-goal1

k alt+g; t "We want Leo to get dressed by himself"
k alt+r Tab space                          # Getting dressed
k alt+u; t "putting on his shirt and pants"
k alt+k; t "he dresses himself on 5 of 7 mornings for 2 weeks"
k alt+t; t "6/6/2027"
k alt+m 9 Tab 2 Tab 3
k alt+a; t "Leo needs us to dress him"; k Tab; t "Leo puts on his pants with help"; k Tab
t "Leo puts on his shirt and pants by himself"; k Tab; t "Leo dresses himself, shoes too"; k Tab
t "Leo dresses himself and chooses his clothes"
shot step4-goal2

k alt+g; t "We want Leo to eat breakfast with a spoon"
k alt+r Tab Tab space                      # Breakfast
k alt+u; t "feeding himself with a spoon"
k alt+k; t "he eats half his breakfast with the spoon on 5 of 7 days for 2 weeks"
k alt+t; t "6/6/2027"
k alt+m 7 Tab 3 Tab 3
shot step4-goal3

k alt+g; t "We want Leo to sit at the table for dinner"
k alt+r Tab Tab Tab space                  # Dinner
k alt+u; t "sitting at the table for 10 minutes"
k alt+k; t "he stays at the table for 10 minutes on 5 of 7 nights for 2 weeks"
k alt+t; t "6/6/2027"
k alt+m 8 Tab 2 Tab 2
shot step4-goal4
k ctrl+Next; step

# Step 5, strategies: two from the library for each goal in its routine
# (the keyboard starts in the list of goals in their routines, the first one chosen)
for slot in 1 2 3 4; do
  if [[ "$slot" != 1 ]]; then k alt+g Down; fi   # back to the list, the next goal in its routine
  k Return Down Return                          # to the library, its first strategy, add it
  k alt+s Down Down Return                      # the library again, its second strategy, add it
  shot "step5-slot$slot"
done
k ctrl+Next; step

# Step 6, review and print (the keyboard starts on Draft)
k alt+a                                    # Active
k alt+r; t "6/6/2027"                      # review date
shot step6
intake_actions=$ACTIONS
intake_texts=$TEXTS

# ---- The review step -> a saved PDF ---------------------------------------------------------------
part=pdf
k alt+p                                    # Export PDF...: the save dialog, a good name in Documents
dialog="$(timeout 120 xdotool search --sync --onlyvisible --name 'Save the home plan as a PDF' | head -1 || true)"
[[ -n "$dialog" ]] || { shot no-dialog; echo "the save dialog did not show" >&2; exit 1; }
sleep 3
shot save-dialog
k Return                                   # Save
pdf=""
for _ in $(seq 1 120); do
  pdf="$(ls "$out/home/Documents/"*.pdf 2>/dev/null | head -1 || true)"
  [[ -n "$pdf" ]] && break
  sleep 1
done
sleep 4
shot pdf-saved
pdf_actions=$((ACTIONS - intake_actions))
pdf_texts=$((TEXTS - intake_texts))

echo "intake (home screen -> complete plan on the review step): $intake_actions actions," \
  "$((intake_actions - intake_texts)) without the $intake_texts typed fields (targets: <= 150)"
echo "review step -> saved PDF: $pdf_actions actions, $((pdf_actions - pdf_texts)) without typing (target: <= 2)"
[[ -n "$pdf" ]] || { echo "no PDF was saved in $out/home/Documents" >&2; exit 1; }
echo "PDF: $pdf ($(stat -c %s "$pdf") bytes)"

# ---- What was saved (optional tools) ---------------------------------------------------------------
kill "$app" 2>/dev/null || true
sleep 3
if command -v sqlite3 >/dev/null; then
  fam="$(sqlite3 "$out/intake.db" "select id from family where example = 0")"
  sqlite3 "$out/intake.db" "select 'family: ' || child_name || ', preferred ' || child_preferred_name || ', born ' || child_birth_date
      || ', status ' || status || ', consent ' || consent_to_store || ', review ' || review_date from family where id = $fam;
    select 'routines: ' || count(*) || ' (' || group_concat(name, ', ') || ')' from (select name from routine where family_id = $fam order by position);
    select 'goals: ' || count(*) || ', with routines: ' || (select count(distinct goal_uid) from goal_routine where family_id = $fam)
      || ', with family ratings: ' || sum(copm_importance is not null and copm_performance is not null and copm_satisfaction is not null)
      || ', with GAS levels: ' || sum(gas_much_less <> '' and gas_much_more <> '') from goal where family_id = $fam;
    select 'strategies: ' || count(*) from strategy where family_id = $fam;" 2>&1 || true
fi
if command -v pdftotext >/dev/null; then
  echo "PDF pages: $(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages/ {print $2}'); first words: $(pdftotext -l 1 "$pdf" - | tr -s '\n ' ' ' | cut -c1-160)"
fi
