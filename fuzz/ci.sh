#!/usr/bin/env bash
# CI's fuzz step: build every fuzz target, replay its committed corpus and
# fuzz it for a short, bounded time. Long runs are described in
# fuzz/README.md. Usage: bash fuzz/ci.sh [SECONDS_PER_TARGET]
set -euo pipefail
cd "$(dirname "$0")"
secs="${1:-10}"

# cargo-fuzz, installed once into ~/.cargo/bin and reused.
if ! cargo fuzz --version >/dev/null 2>&1; then
    cargo install cargo-fuzz --version 0.13.2 --locked
fi
cargo fuzz --version

# Stable toolchain, no sanitizer (see README: why, and how to add ASan).
# Debug assertions and overflow checks are on in fuzz builds.
flags=(--sanitizer none --dev)
time cargo fuzz build "${flags[@]}"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for t in $(cargo fuzz list); do
    # A copy: the committed corpus stays as it is.
    mkdir -p "$work/$t"
    if [ -d "corpus/$t" ]; then
        cp -R "corpus/$t/." "$work/$t/"
    fi
    echo "== fuzz $t for ${secs}s ($(find "$work/$t" -type f | wc -l) inputs)"
    set +e
    cargo fuzz run "${flags[@]}" "$t" "$work/$t" -- \
        -max_total_time="$secs" -timeout=30 -rss_limit_mb=2048 -max_len=8192 \
        -print_final_stats=1 >"$work/$t.log" 2>&1
    rc=$?
    set -e
    grep -E '(INITED|DONE|^Done|number_of_executed_units|peak_rss)' "$work/$t.log" || true
    if [ "$rc" -ne 0 ]; then
        tail -n 60 "$work/$t.log" >&2
        echo "fuzz target $t failed (exit $rc); the input is in fuzz/artifacts/$t/" >&2
        exit 1
    fi
done
