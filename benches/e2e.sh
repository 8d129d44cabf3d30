#!/usr/bin/env bash
# End-to-end benchmark: the release binary over a generated corpus, as a
# directory of ~3 KB files and as one JSON Lines file, at --jobs 1 and 2;
# beside it, `rg -c '£'` over the same files: the cost of merely reading
# and scanning the bytes. Prints MB/s, documents/s, CPU time and peak RSS.
#
#   bash benches/e2e.sh                     # 50 MB corpus, 3 runs each
#   MB=2000 INPUTS=jsonl REPEAT=1 bash benches/e2e.sh   # the flat-memory run
#   JOIN=30 INPUTS=jsonl bash benches/e2e.sh   # long documents (30 articles)
#
# Settings (environment): MB (corpus size, default 50), SEED (1), DIR
# (where the corpus goes, default /tmp/finfacts-bench), INPUTS ("dir
# jsonl"), JOBS ("1 2"), JOIN (1: articles per document, for long
# documents), REPEAT (3; the best wall time is reported, with
# the CPU time and RSS of that run), KEEP=0 deletes the corpus afterwards.
# The input is page-cached by a first untimed read. The script checks its
# own results: the facts are byte-identical at every --jobs and every run,
# and there are some.
set -euo pipefail
cd "$(dirname "$0")/.."

MB=${MB:-50}
SEED=${SEED:-1}
DIR=${DIR:-/tmp/finfacts-bench}
INPUTS=${INPUTS:-dir jsonl}
JOBS=${JOBS:-1 2}
REPEAT=${REPEAT:-3}
KEEP=${KEEP:-1}
JOIN=${JOIN:-1}

command -v rg >/dev/null || { echo "ripgrep missing: cargo install ripgrep" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time missing: apt-get install time" >&2; exit 2; }

cargo build --release --quiet --bin finfacts --example gen_corpus
TARGET=${CARGO_TARGET_DIR:-$PWD/target}
BIN=$TARGET/release/finfacts
GEN=$TARGET/release/examples/gen_corpus

CORPUS=$DIR/mb$MB-seed$SEED
[ "$JOIN" = 1 ] || CORPUS=$CORPUS-join$JOIN
if [ ! -f "$CORPUS/.done" ]; then
    rm -rf "$CORPUS"
    mkdir -p "$CORPUS"
    want_dir=""; want_jsonl=""
    [[ " $INPUTS " == *" dir "* ]] && want_dir="--dir $CORPUS/dir"
    [[ " $INPUTS " == *" jsonl "* ]] && want_jsonl="--jsonl $CORPUS/corpus.jsonl"
    # shellcheck disable=SC2086
    "$GEN" --mb "$MB" --seed "$SEED" --join "$JOIN" $want_dir $want_jsonl
    touch "$CORPUS/.done"
fi

echo "# finfacts end-to-end benchmark, $(date -u +%Y-%m-%d)"
echo "# machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1e6}' /proc/meminfo), $(uname -sr); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# finfacts $(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(rg --version | head -1)"
printf "%-6s %-10s %5s %9s %9s %10s %9s %9s %8s\n" input tool jobs bytes_MB wall_s MB/s docs/s cpu_s rss_MB

# `run NAME ARGS...`: times REPEAT runs; sets BEST_WALL, BEST_CPU, BEST_RSS.
run() {
    local out=$1; shift
    BEST_WALL=""; BEST_CPU=""; BEST_RSS=""
    for _ in $(seq "$REPEAT"); do
        local t0 t1 wall cpu rss
        t0=$(date +%s.%N)
        /usr/bin/time -f "%U %S %M" -o "$CORPUS/time.txt" "$@" > "$out"
        t1=$(date +%s.%N)
        wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')
        cpu=$(awk '{ printf "%.2f", $1 + $2 }' "$CORPUS/time.txt")
        rss=$(awk '{ printf "%.1f", $3 / 1024 }' "$CORPUS/time.txt")
        if [ -z "$BEST_WALL" ] || awk -v a="$wall" -v b="$BEST_WALL" 'BEGIN { exit !(a < b) }'; then
            BEST_WALL=$wall; BEST_CPU=$cpu; BEST_RSS=$rss
        fi
    done
}

report() { # input tool jobs bytes docs
    awk -v i="$1" -v t="$2" -v j="$3" -v b="$4" -v d="$5" -v w="$BEST_WALL" -v c="$BEST_CPU" -v r="$BEST_RSS" \
        'BEGIN { printf "%-6s %-10s %5s %9.1f %9.3f %10.1f %9.0f %9s %8s\n", i, t, j, b/1e6, w, b/1e6/w, d/w, c, r }'
}

for input in $INPUTS; do
    case $input in
        dir) path=$CORPUS/dir
             bytes=$(find "$path" -type f -name '*.txt' -printf '%s\n' | awk '{ s += $1 } END { print s }')
             docs=$(find "$path" -type f -name '*.txt' | wc -l) ;;
        jsonl) path=$CORPUS/corpus.jsonl
             bytes=$(stat -c %s "$path")
             docs=$(wc -l < "$path")
             if ! "$BIN" extract --help | grep -q -- '--input-format'; then
                 echo "$input: this build does not read JSON Lines input (no facts); skipped"
                 continue
             fi ;;
        *) echo "unknown input $input" >&2; exit 2 ;;
    esac
    # Page-cache the input.
    rg -c '£' "$path" > /dev/null || true
    ref=""
    for j in $JOBS; do
        run "$CORPUS/facts-$input-$j.jsonl" "$BIN" extract "$path" -q --no-progress --jobs "$j"
        report "$input" finfacts "$j" "$bytes" "$docs"
        facts=$(wc -l < "$CORPUS/facts-$input-$j.jsonl")
        [ "$facts" -gt 0 ] || { echo "FAIL: no facts from $input at --jobs $j" >&2; exit 1; }
        if [ -z "$ref" ]; then
            ref=$CORPUS/facts-$input-$j.jsonl
        elif ! cmp -s "$ref" "$CORPUS/facts-$input-$j.jsonl"; then
            echo "FAIL: $input output differs between --jobs values" >&2; exit 1
        fi
    done
    for j in $JOBS; do
        run "$CORPUS/rg.txt" rg -c -j "$j" '£' "$path"
        report "$input" "rg -c '£'" "$j" "$bytes" "$docs"
    done
    echo "# $input: $docs documents, $facts facts (identical at --jobs $JOBS)"
done

if [ "$KEEP" = 0 ]; then
    rm -rf "$CORPUS"
fi
