#!/usr/bin/env bash
# The report in a real browser: builds a store from corpus/ plus the
# articles in tests/report-articles/ (one hostile, two that disagree with the
# corpus), writes the report, opens it from file:// in headless Chromium,
# dumps the DOM after the page's script has run and checks it, and takes a
# screenshot. No display, no server, no network.
#
#   bash tests/browser.sh              # uses target/debug/finfacts (built if absent)
#   FINFACTS=path/to/finfacts SCREENSHOT=out.png bash tests/browser.sh
#
# Installs Debian's chromium with apt-get when it is not there.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)

bin=${FINFACTS:-target/debug/finfacts}
if [ ! -x "$bin" ]; then
    cargo build --locked -q
fi
shot=${SCREENSHOT:-target/report-browser/index.png}
mkdir -p "$(dirname "$shot")"

if ! command -v chromium >/dev/null 2>&1; then
    echo "browser: installing chromium (apt-get)"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi
chromium --version 2>/dev/null

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/corpus"
cp corpus/*.txt tests/report-articles/*.txt "$work/corpus/"
SOURCE_DATE_EPOCH=1709251200 "$bin" ingest "$work/corpus" --db "$work/store.sqlite" -q
"$bin" report --db "$work/store.sqlite" --out "$work/site" -q
site="$work/site"

# Headless, no first-run, no background traffic, a fresh profile each time.
chrome() {
    local profile
    profile=$(mktemp -d "$work/profile.XXXXXX")
    timeout 90 chromium --headless --no-sandbox --disable-gpu --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --disable-extensions --no-default-browser-check --hide-scrollbars \
        --user-data-dir="$profile" "$@" 2>>"$work/chromium.log"
}
# The DOM of a page (with #state) after its script has run.
dom() { chrome --dump-dom "file://$site/$1"; }

checks=0
fail() {
    echo "browser: FAIL: $*" >&2
    echo "--- chromium log (last lines)" >&2
    tail -n 20 "$work/chromium.log" >&2 || true
    exit 1
}
expect() { # expect NAME GOT WANT
    [ "$2" = "$3" ] || fail "$1: got '$2', want '$3'"
    checks=$((checks + 1))
}
count() { grep -o -- "$1" || true; }
n() { count "$1" | wc -l | tr -d ' '; }

bodies=$(find "$site/bodies" -name '*.html' ! -name '*.*.html' | wc -l | tr -d ' ')
static=$(cat "$site/index.html")

# 1. The index, sorted by the latest deficit, largest first.
d=$(dom 'index.html#sort=deficit:desc')
expect "rows on the index" "$(n '<tr class="body-row"' <<<"$d")" "$bodies"
expect "the script ran (controls shown)" "$(n '<div class="controls">' <<<"$d")" 1
expect "the count of rows shown" "$(count '<output id="shown"[^<]*</output>' <<<"$d" | sed 's/<[^>]*>//g')" "$bodies of $bodies bodies"
expect "the sorted column" "$(count '<th scope="col" data-key="[a-z_]*" class="num" aria-sort="descending"' <<<"$d" | sed 's/.*data-key="\([a-z_]*\)".*/\1/')" "deficit"
max=$(count 'data-metric="deficit" data-sort="[0-9.]*"' <<<"$static" | sed 's/.*data-sort="\([0-9.]*\)"/\1/' | sort -g | tail -n 1)
first=$(count 'data-metric="deficit" data-sort="[0-9.]*"' <<<"$d" | head -n 1 | sed 's/.*data-sort="\([0-9.]*\)"/\1/')
expect "the largest deficit first" "$first" "$max"
last=$(count '<td class="num[^"]*" data-metric="deficit" data-sort="[0-9.]*"' <<<"$d" | tail -n 1)
expect "bodies without a deficit last" "$last" '<td class="num none" data-metric="deficit" data-sort=""'

# 2. Filtering by text and by type, from the page's state.
want=$(count '<tr class="body-row" data-type="[a-z_]*" data-search="[^"]*sussex[^"]*"' <<<"$static" | wc -l | tr -d ' ')
d=$(dom 'index.html#q=sussex')
expect "rows matching 'sussex'" "$(count '<tr class="body-row"[^>]*>' <<<"$d" | grep -vc 'hidden')" "$want"
expect "the count shown for 'sussex'" "$(count '<output id="shown"[^<]*</output>' <<<"$d" | sed 's/<[^>]*>//g')" "$want of $bodies bodies"
want=$(n 'data-type="icb"' <<<"$static")
d=$(dom 'index.html#type=icb')
expect "rows of type icb" "$(count '<tr class="body-row"[^>]*>' <<<"$d" | grep -vc 'hidden')" "$want"
[ "$want" -gt 0 ] || fail "no ICBs on the index"

# 3. The hostile article: shown as text, nothing of it runs or renders.
d=$(dom 'bodies/s08000022.html')
expect "scripts on the hostile page" "$(n '<script' <<<"$d")" 1
expect "images on the hostile page" "$(n '<img' <<<"$d")" 0
expect "attributes set by article text" "$(n 'data-pwned="' <<<"$d")" 0
expect "the page title" "$(count '<title>[^<]*</title>' <<<"$d")" "<title>NHS Highland · finfacts</title>"
expect "the script shown as text" "$(n "&lt;script&gt;document.documentElement.setAttribute('data-pwned','evidence')&lt;/script&gt;" <<<"$d")" 1
expect "the figure highlighted" "$(n '<mark>£9.9m</mark>' <<<"$d")" 1
expect "links to javascript:" "$(n 'href="javascript' <<<"$d")" 0
expect "conflicts on the page" "$(n '<tr class="conflict-value"' <<<"$d")" 3

# 4. A chart drawn (SVG from plotters) and the conflicts page.
d=$(dom 'bodies/rk5.html')
expect "charts on Sherwood Forest's page" "$(n '<svg' <<<"$d")" 1
circles=$(n '<circle' <<<"$d")
[ "$circles" -ge 7 ] || fail "Sherwood Forest's chart has $circles circles"
checks=$((checks + 1))
d=$(dom 'conflicts.html')
expect "disputed figures on conflicts.html" "$(n '<section class="conflict">' <<<"$d")" 3
expect "values on conflicts.html" "$(n '<tr class="conflict-value"' <<<"$d")" 7

# 5. A screenshot of the index.
rm -f "$shot"
chrome --window-size=1280,900 --screenshot="$(realpath "$shot")" "file://$site/index.html" >/dev/null
[ -s "$shot" ] || fail "no screenshot"
expect "the screenshot is a PNG" "$(head -c 4 "$shot" | tail -c 3)" "PNG"

echo "browser: ok: $checks checks on the report in $(chromium --version 2>/dev/null | head -n 1), screenshot $shot, $(( $(date +%s) - started ))s"
