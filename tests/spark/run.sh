#!/usr/bin/env bash
# Proves the Spark job (examples/spark/finfacts_job.py) on a real, small
# Spark cluster: a standalone master and two one-core workers on 127.0.0.1.
#   1. spark-submit of the job over corpus/ plus an HTML page, a JSON Lines
#      export and a CC-NEWS-style WARC, as whole files: the sorted facts must
#      equal the sorted facts of `finfacts extract` on this machine, the
#      Parquet copy must hold as many rows, and both workers must have run
#      tasks;
#   2. one more application (tests/spark/more_jobs.py, to save a driver
#      start): corpus/ packed into JSON Lines shards and extracted from them
#      (same facts as one machine), and a finfacts that fails on the
#      executors, which must fail the job (no silently empty partitions).
#
# Needs Java 17+ and python3. PySpark is installed from PyPI into a venv
# cached outside the clone (${XDG_CACHE_HOME:-$HOME/.cache}/finfacts-ci/);
# the cluster's processes are stopped on exit, failure included.
#
# Usage: bash tests/spark/run.sh   (from anywhere)
# Env:   FINFACTS_BIN  the binary to ship (default: target/debug/finfacts, built if needed)
#        KEEP_WORK=1  keep the work folder (inputs, outputs, logs) for a look
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD

PYSPARK_VERSION=4.3.0
CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/finfacts-ci"
VENV="$CACHE/pyspark-$PYSPARK_VERSION"
started=$SECONDS

say() { echo "spark-test: [$((SECONDS - started)) s] $*"; }

# --- PySpark, cached -------------------------------------------------------
if ! "$VENV/bin/python" -c "import pyspark, sys; sys.exit(pyspark.__version__ != '$PYSPARK_VERSION')" 2>/dev/null; then
    say "installing PySpark $PYSPARK_VERSION into $VENV"
    rm -rf "$VENV"
    mkdir -p "$CACHE"
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet --disable-pip-version-check "pyspark==$PYSPARK_VERSION"
fi
export SPARK_HOME
SPARK_HOME="$("$VENV/bin/python" -c 'import os, pyspark; print(os.path.dirname(pyspark.__file__))')"
export PYSPARK_PYTHON="$VENV/bin/python" PYSPARK_DRIVER_PYTHON="$VENV/bin/python"
export SPARK_LOCAL_IP=127.0.0.1 SPARK_MASTER_HOST=127.0.0.1
# Short-lived JVMs on two shared cores: the C1 compiler only and the serial
# collector save a good part of the start-up CPU (JIT and GC threads).
JVM_OPTS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
export SPARK_DAEMON_JAVA_OPTS="$JVM_OPTS"
java -version 2>&1 | head -1

# --- the binary -------------------------------------------------------------
if [[ -z "${FINFACTS_BIN:-}" ]]; then
    cargo build --locked --quiet
    FINFACTS_BIN="$ROOT/target/debug/finfacts"
fi
FINFACTS_BIN="$(cd "$(dirname "$FINFACTS_BIN")" && pwd)/$(basename "$FINFACTS_BIN")"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/finfacts-spark.XXXXXX")"
pids=()
cleanup() {
    local rc=$?
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${pids[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    if [[ $rc -ne 0 ]]; then
        say "FAILED; logs:"
        tail -n 30 "$WORK"/*.log 2>/dev/null || true
    fi
    if [[ -n "${KEEP_WORK:-}" ]]; then say "kept $WORK"; else rm -rf "$WORK"; fi
    exit "$rc"
}
trap cleanup EXIT INT TERM

free_port() {
    "$VENV/bin/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# --- the cluster: a master and two one-core workers on loopback ------------
MASTER_PORT=$(free_port)
MASTER_UI=$(free_port)
"$SPARK_HOME/bin/spark-class" org.apache.spark.deploy.master.Master \
    --host 127.0.0.1 --port "$MASTER_PORT" --webui-port "$MASTER_UI" >"$WORK/master.log" 2>&1 &
pids+=($!)
MASTER="spark://127.0.0.1:$MASTER_PORT"
for i in 1 2; do
    mkdir -p "$WORK/worker$i"
    "$SPARK_HOME/bin/spark-class" org.apache.spark.deploy.worker.Worker \
        --host 127.0.0.1 --cores 1 --memory 1g --webui-port "$(free_port)" \
        --work-dir "$WORK/worker$i" "$MASTER" >"$WORK/worker$i.log" 2>&1 &
    pids+=($!)
done
for _ in $(seq 1 120); do
    n=$(grep -c "Registering worker" "$WORK/master.log" 2>/dev/null || true)
    [[ "$n" -ge 2 ]] && break
    sleep 0.5
done
[[ "$(grep -c "Registering worker" "$WORK/master.log")" -ge 2 ]] || { say "workers did not register"; exit 1; }
say "cluster up at $MASTER ($((SECONDS - started)) s)"

submit() {
    "$SPARK_HOME/bin/spark-submit" --master "$MASTER" \
        --files "$FINFACTS_BIN" \
        --conf spark.cores.max=2 --conf spark.executor.cores=1 --executor-memory 512m \
        --conf spark.scheduler.minRegisteredResourcesRatio=1.0 \
        --conf spark.scheduler.maxRegisteredResourcesWaitingTime=60s \
        --conf spark.ui.enabled=false \
        --conf "spark.driver.extraJavaOptions=$JVM_OPTS" \
        --conf "spark.executor.extraJavaOptions=$JVM_OPTS" \
        "$@"
}

JOB="$ROOT/examples/spark/finfacts_job.py"

# --- the inputs: corpus/ as it is, and with a page, an API export and a
# CC-NEWS-style WARC beside it -----------------------------------------------
ARCHIVE="$WORK/archive"
mkdir -p "$ARCHIVE/extra"
cp -R corpus/. "$ARCHIVE/"
"$VENV/bin/python" - "$ARCHIVE/extra" <<'PY'
import gzip, json, sys
out = sys.argv[1]
s = "NHS Southend CCG is forecasting a deficit of \u00a37m this financial year."
page = ("<!doctype html><html><head><title>Southend</title>"
        "<meta property='article:published_time' content='2019-03-14T08:00:00Z'></head>"
        "<body><nav><a href='/'>Home</a></nav><article><h1>CCG&nbsp;deficit</h1>"
        "<p>NHS Southend CCG is forecasting a deficit of &pound;7m this financial year.</p>"
        "</article><footer>NHS Basildon CCG has a deficit of &pound;3m.</footer></body></html>")
with open(f"{out}/page.html", "w", encoding="utf-8") as f:
    f.write(page)
with open(f"{out}/api.jsonl", "w", encoding="utf-8") as f:
    f.write(json.dumps({"id": "api-1", "text": s, "date": "2020-05-01"}) + "\n")
    f.write("{not json\n")
    f.write(json.dumps({"body": s, "published": "2018-02-01"}) + "\n")
def record(kind, uri, ctype, block):
    head = (f"WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\n"
            f"WARC-Date: 2021-09-01T10:00:00Z\r\nContent-Type: {ctype}\r\n"
            f"Content-Length: {len(block)}\r\n\r\n").encode()
    return gzip.compress(head + block + b"\r\n\r\n")
body = page.encode()
http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body
with open(f"{out}/CC-NEWS-test.warc.gz", "wb") as f:
    f.write(record("warcinfo", "", "application/warc-fields", b"software: test\r\n"))
    f.write(record("request", "https://news.invalid/s", "application/http; msgtype=request", b"GET /s HTTP/1.1\r\n\r\n"))
    f.write(record("response", "https://news.invalid/s", "application/http; msgtype=response", http))
    f.write(record("metadata", "https://news.invalid/s", "application/warc-fields", b"fetchTimeMs: 5\r\n"))
PY

# --- the reference: one machine ---------------------------------------------
reference() { # folder, label
    set +e
    "$FINFACTS_BIN" extract "$1" -q >"$WORK/$2.single.jsonl"
    local rc=$?
    set -e
    [[ $rc -le 1 ]] || { say "finfacts failed on one machine ($rc)"; exit 1; }
    LC_ALL=C sort "$WORK/$2.single.jsonl" >"$WORK/$2.single.sorted"
    [[ -s "$WORK/$2.single.sorted" ]] || { say "no facts on one machine"; exit 1; }
}
reference "$ARCHIVE" archive
reference corpus corpus

same_facts() { # folder of part files, reference label, label
    cat "$1"/part-* >"$WORK/$3.jsonl"
    LC_ALL=C sort "$WORK/$3.jsonl" >"$WORK/$3.sorted"
    if ! cmp -s "$WORK/$2.single.sorted" "$WORK/$3.sorted"; then
        say "$3: distributed facts differ from the single-machine facts:"
        diff "$WORK/$2.single.sorted" "$WORK/$3.sorted" | head -20 || true
        exit 1
    fi
    say "$3: $(wc -l <"$WORK/$3.sorted") facts, identical to one machine's $(wc -l <"$WORK/$2.single.sorted")"
}

# 1. Whole files (text, HTML, JSON Lines, WARC), piped through finfacts
# --stdin; JSON Lines and Parquet out.
submit "$JOB" --input "file://$ARCHIVE" --partitions 4 \
    --out "file://$WORK/facts" --parquet "file://$WORK/facts.parquet" >"$WORK/job1.log" 2>&1
[[ -f "$WORK/facts/_SUCCESS" ]] || { say "job 1 wrote no _SUCCESS"; exit 1; }
same_facts "$WORK/facts" archive files
for doc in '"doc":"https://news.invalid/s"' '"doc":"extra/api.jsonl:3"' '"doc":"extra/page.html"' '"doc":"api-1"'; do
    grep -qF "$doc" "$WORK/files.jsonl" || { say "no fact with $doc"; exit 1; }
done
expected=$(wc -l <"$WORK/archive.single.sorted")
grep -q "parquet rows: $expected\$" "$WORK/job1.log" || { say "parquet row count is not $expected"; grep parquet "$WORK/job1.log"; exit 1; }

# Both workers ran tasks: each executor logs its finished tasks in its
# worker's work dir (app-*/<executor>/stderr).
for i in 1 2; do
    n=$(cat "$WORK"/worker$i/app-*/*/stderr 2>/dev/null | grep -c "Finished task" || true)
    [[ "$n" -gt 0 ]] || { say "worker $i ran no task"; exit 1; }
    say "worker $i ran $n tasks"
done

# 2. One more application: pack corpus/ into JSON Lines shards, run over
# the shards (textFile), and run a failing finfacts, which must fail the job.
submit --conf spark.task.maxFailures=1 --py-files "$JOB" "$ROOT/tests/spark/more_jobs.py" \
    "file://$ROOT/corpus" "$WORK" >"$WORK/job2.log" 2>&1 || { say "the second application failed"; grep "more-jobs" "$WORK/job2.log"; exit 1; }
grep "more-jobs:" "$WORK/job2.log" | sed 's/^/spark-test:   /'
grep -q "more-jobs: a failing finfacts failed the task and the run" "$WORK/job2.log" \
    || { say "a failing finfacts did not fail the run"; exit 1; }
same_facts "$WORK/facts-packed" corpus packed

say "passed in $((SECONDS - started)) s"
