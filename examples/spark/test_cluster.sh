#!/usr/bin/env bash
# Proves the Spark job on a real (small) Spark cluster: a standalone master
# and two workers on 127.0.0.1, the job submitted with spark-submit over
# corpus/ as whole files and again as packed JSON Lines shards; the sorted
# distributed facts must equal the sorted facts of `finfacts extract corpus`
# on this machine, both workers must have run tasks, and a finfacts that
# fails on the executors must fail the job (no silently empty partitions).
#
# Needs Java 17+ and python3. PySpark is installed from PyPI into a venv
# cached outside the clone (${XDG_CACHE_HOME:-$HOME/.cache}/finfacts-ci/);
# the cluster's processes are stopped on exit, failure included.
#
# Usage: bash examples/spark/test_cluster.sh   (from anywhere)
# Env:   FINFACTS_BIN  the binary to ship (default: target/debug/finfacts, built if needed)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD

PYSPARK_VERSION=4.3.0
CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/finfacts-ci"
VENV="$CACHE/pyspark-$PYSPARK_VERSION"
started=$SECONDS

say() { echo "spark-test: $*"; }

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
    rm -rf "$WORK"
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
        "$@"
}

JOB="$ROOT/examples/spark/finfacts_job.py"

# --- the reference: one machine ---------------------------------------------
set +e
"$FINFACTS_BIN" extract corpus -q >"$WORK/single.jsonl"
rc=$?
set -e
[[ $rc -le 1 ]] || { say "finfacts failed on one machine ($rc)"; exit 1; }
LC_ALL=C sort "$WORK/single.jsonl" >"$WORK/single.sorted"
expected=$(wc -l <"$WORK/single.sorted")
[[ $expected -gt 0 ]] || { say "no facts on one machine"; exit 1; }

same_facts() { # folder of part files, label
    cat "$1"/part-* >"$WORK/$2.jsonl"
    LC_ALL=C sort "$WORK/$2.jsonl" >"$WORK/$2.sorted"
    if ! cmp -s "$WORK/single.sorted" "$WORK/$2.sorted"; then
        say "$2: distributed facts differ from the single-machine facts:"
        diff "$WORK/single.sorted" "$WORK/$2.sorted" | head -20
        exit 1
    fi
    say "$2: $(wc -l <"$WORK/$2.sorted") facts, identical to one machine's $expected"
}

# 1. Whole files, piped through finfacts --stdin, JSON Lines and Parquet out.
submit "$JOB" --input "file://$ROOT/corpus" --partitions 8 \
    --out "file://$WORK/facts" --parquet "file://$WORK/facts.parquet" >"$WORK/job1.log" 2>&1
[[ -f "$WORK/facts/_SUCCESS" ]] || { say "job 1 wrote no _SUCCESS"; exit 1; }
same_facts "$WORK/facts" files
grep -q "parquet rows: $expected\$" "$WORK/job1.log" || { say "parquet row count is not $expected"; grep parquet "$WORK/job1.log"; exit 1; }

# Both workers ran tasks: each executor logs its finished tasks in its
# worker's work dir (app-*/<executor>/stderr).
for i in 1 2; do
    n=$(cat "$WORK"/worker$i/app-*/*/stderr 2>/dev/null | grep -c "Finished task" || true)
    [[ "$n" -gt 0 ]] || { say "worker $i ran no task"; exit 1; }
    say "worker $i ran $n tasks"
done

# 2. Pack into JSON Lines shards, then run over the shards (textFile).
submit "$JOB" --pack --input "file://$ROOT/corpus" --partitions 3 --out "file://$WORK/packed" >"$WORK/job2.log" 2>&1
ls "$WORK"/packed/part-*.gz >/dev/null
submit "$JOB" --input-kind jsonl --input "file://$WORK/packed" \
    --out "file://$WORK/facts-packed" >"$WORK/job3.log" 2>&1
same_facts "$WORK/facts-packed" packed

# 3. A finfacts that fails (exit 2: unreadable patterns) fails the job.
set +e
submit --conf spark.task.maxFailures=1 "$JOB" --input "file://$ROOT/corpus" --partitions 2 \
    --out "file://$WORK/facts-broken" --finfacts-arg=--patterns --finfacts-arg=/nonexistent \
    >"$WORK/job4.log" 2>&1
rc=$?
set -e
if [[ $rc -eq 0 || -f "$WORK/facts-broken/_SUCCESS" ]]; then
    say "a failing finfacts did not fail the job"
    exit 1
fi
grep -q "finfacts failed on a partition with exit code 2" "$WORK/job4.log" \
    || { say "job 4 failed, but not for the expected reason"; exit 1; }
say "a failing finfacts fails the task and the job (exit $rc)"

say "passed in $((SECONDS - started)) s"
