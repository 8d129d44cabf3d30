#!/usr/bin/env bash
# A long fuzzing run of one target, niced, on a working copy of its corpus;
# then the figures (executions, time, coverage and when it last grew) and a
# minimised corpus. Usage: bash fuzz/long.sh TARGET SECONDS [WORKDIR]
#
# The committed corpus (fuzz/corpus/TARGET) is replaced by the minimised
# one only when FUZZ_KEEP=1; otherwise it is left in WORKDIR/min.
set -euo pipefail
cd "$(dirname "$0")"
target="$1"
secs="$2"
work="${3:-/tmp/finfacts-fuzz/$target}"
flags=(--sanitizer none)
mkdir -p "$work/corpus" "$work/min"
cp -Rn "corpus/$target/." "$work/corpus/" 2>/dev/null || true
cargo fuzz build "${flags[@]}" "$target"

start=$(date +%s)
set +e
nice -n 15 cargo fuzz run "${flags[@]}" "$target" "$work/corpus" -- \
    -max_total_time="$secs" -timeout=20 -rss_limit_mb=2048 -max_len=8192 \
    -print_final_stats=1 2>&1 |
    python3 -u -c '
import sys, time
t0 = time.time()
for line in sys.stdin:
    sys.stdout.write("%7.0f %s" % (time.time() - t0, line))
' >"$work/log"
rc=${PIPESTATUS[0]}
set -e
end=$(date +%s)

# When did coverage (cov) and features (ft) last grow?
python3 - "$work/log" "$target" "$((end - start))" <<'EOF'
import re, sys
path, target, took = sys.argv[1], sys.argv[2], int(sys.argv[3])
cov = ft = -1
cov_t = ft_t = 0
execs = 0
corp = ""
for line in open(path, errors="replace"):
    m = re.match(r"\s*(\d+) #(\d+)\s+\S+\s+cov: (\d+) ft: (\d+) corp: (\S+)", line)
    if not m:
        m2 = re.search(r"stat::number_of_executed_units: (\d+)", line)
        if m2:
            execs = int(m2.group(1))
        continue
    t, n, c, f, corp = int(m.group(1)), int(m.group(2)), int(m.group(3)), int(m.group(4)), m.group(5)
    execs = max(execs, n)
    if c > cov:
        cov, cov_t = c, t
    if f > ft:
        ft, ft_t = f, t
print(f"{target}: {execs} executions in {took} s ({execs / max(took, 1):.0f}/s); "
      f"cov {cov} (last grew at {cov_t} s), ft {ft} (last grew at {ft_t} s), corpus {corp}")
EOF
if [ "$rc" -ne 0 ]; then
    tail -n 40 "$work/log" >&2
    echo "$target: crashed or failed (exit $rc); see fuzz/artifacts/$target/" >&2
    exit "$rc"
fi

# The smallest corpus with the same coverage.
rm -rf "$work/min" && mkdir -p "$work/min"
cargo fuzz run "${flags[@]}" "$target" "$work/min" "$work/corpus" -- \
    -merge=1 -timeout=20 -rss_limit_mb=2048 -max_len=8192 >"$work/merge.log" 2>&1
echo "$target: minimised corpus: $(find "$work/min" -type f | wc -l) files, $(du -sh "$work/min" | cut -f1)"
if [ "${FUZZ_KEEP:-0}" = 1 ]; then
    rm -rf "corpus/$target" && mkdir -p "corpus/$target"
    cp "$work/min/"* "corpus/$target/"
fi
