#!/usr/bin/env bash
# Regenerates the screenshots from the real release binary: tmux runs it, `capture-pane -e` keeps the colours,
# aha turns that into HTML, and headless Chromium takes the picture.
# Needs the Debian packages tmux, aha, chromium and fonts-dejavu-core:
#   apt-get update && apt-get install -y tmux aha chromium fonts-dejavu-core
# Run from anywhere: bash screenshots/make.sh
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in tmux aha chromium; do
  command -v "$tool" >/dev/null || { echo "make.sh: $tool is missing (apt-get install -y tmux aha chromium fonts-dejavu-core)" >&2; exit 1; }
done
# POLITY_BIN picks a binary already built from this tree (any profile draws the same screens).
if [[ -n ${POLITY_BIN:-} ]]; then
  bin=$POLITY_BIN
else
  cargo build --release --quiet
  bin="$PWD/target/release/polity"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# shot NAME COLS ROWS KEYS...: start the app, type the keys (each word is one tmux key), capture the screen.
# SHOT_ARGS adds options to the app's command line, SHOT_PAGE the page's "background foreground" colours.
shot() {
  local name=$1 cols=$2 rows=$3
  shift 3
  local socket="polity-shots-$$-$name"
  tmux -L "$socket" new-session -d -x "$cols" -y "$rows" "$bin ${SHOT_ARGS:-}"
  sleep 0.5
  for key in "$@"; do
    tmux -L "$socket" send-keys "$key"
    sleep 0.15
  done
  sleep 0.4
  tmux -L "$socket" capture-pane -e -p > "$work/$name.ans"
  tmux -L "$socket" kill-server
  local page=(${SHOT_PAGE:-#1d1f21 #e0e0e0})
  {
    echo '<!DOCTYPE html><html><head><meta charset="utf-8"><style>'
    echo "body{margin:0;background:${page[0]};color:${page[1]}}"
    echo 'pre{margin:0;padding:10px;font:14px/17px "DejaVu Sans Mono",monospace}'
    echo '</style></head><body><pre>'
    aha --no-header < "$work/$name.ans"
    echo '</pre></body></html>'
  } > "$work/$name.html"
  local width=$((cols * 845 / 100 + 20)) height=$((rows * 17 + 20))
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --disable-quic --user-data-dir="$work/profile" --hide-scrollbars \
    --window-size="$width,$height" --screenshot="screenshots/$name.png" "file://$work/$name.html" 2>/dev/null
  echo "screenshots/$name.png"
}

shot overview 120 40
shot legislative 120 40 3
shot legislative_2019 120 40 '{' 3 j Enter
shot elections 120 40 5
shot international 120 40 6 / u n Enter
shot judicial 120 40 4 Enter s Enter n
shot appointments 120 40 4 Enter a
shot timeline 120 40 t
shot help 80 24 '?'
SHOT_ARGS="--theme light" SHOT_PAGE="#fafafa #1d1f21" shot light 120 40 5
SHOT_ARGS="--ascii" shot ascii 80 24 4 Enter s Enter n
# Guided tours and presenter mode.
shot tour_stop 120 40 T j Enter n n
shot presenter 120 40 P 3
# The quiz with an answer given, and the terms panel over the Legislative tab.
SHOT_ARGS="--seed 3" shot quiz 120 40 Q 1
shot glossary 120 40 3 Enter i
