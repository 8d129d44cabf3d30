"""The Spark job's other paths, in one application (one driver, one set of
executors, so the CI test stays short):

1. pack corpus/ into gzipped JSON Lines shards (`--pack`);
2. extract over the shards (`--input-kind jsonl`, read with textFile);
3. extract with a finfacts that fails (exit code 2): the task, and so the
   run, must fail, and no `_SUCCESS` may be written.

Usage (through spark-submit, with `--files finfacts` and
`--py-files examples/spark/finfacts_job.py`):
    more_jobs.py CORPUS_URI WORK_DIR
Writes WORK_DIR/packed/, WORK_DIR/facts-packed/; prints one line per step.
"""

import os
import sys

from pyspark.sql import SparkSession

import finfacts_job


def main(corpus, work):
    spark = SparkSession.builder.appName("finfacts-more").getOrCreate()
    try:
        finfacts_job.run(
            spark,
            finfacts_job.parse_args(
                ["--pack", "--input", corpus, "--partitions", "3", "--out", f"file://{work}/packed"]
            ),
        )
        shards = sorted(n for n in os.listdir(f"{work}/packed") if n.startswith("part-"))
        if len(shards) != 3 or not all(n.endswith(".gz") for n in shards):
            print(f"more-jobs: expected 3 gzipped shards, got {shards}")
            return 1
        print(f"more-jobs: packed into {len(shards)} gzipped shards")

        finfacts_job.run(
            spark,
            finfacts_job.parse_args(
                ["--input-kind", "jsonl", "--input", f"file://{work}/packed", "--out", f"file://{work}/facts-packed"]
            ),
        )
        print("more-jobs: extracted over the shards")

        broken = f"{work}/facts-broken"
        try:
            finfacts_job.run(
                spark,
                finfacts_job.parse_args(
                    [
                        "--input", corpus, "--partitions", "2", "--out", f"file://{broken}",
                        "--finfacts-arg=--patterns", "--finfacts-arg=/nonexistent",
                    ]
                ),
            )
        except Exception as e:  # Py4JJavaError: the job failed, as it must
            message = str(e)
            if "finfacts failed on a partition with exit code 2" not in message:
                print(f"more-jobs: the run failed for another reason: {message[:2000]}")
                return 1
            if os.path.exists(f"{broken}/_SUCCESS"):
                print("more-jobs: a failed run left a _SUCCESS")
                return 1
            print("more-jobs: a failing finfacts failed the task and the run")
        else:
            print("more-jobs: a failing finfacts did NOT fail the run")
            return 1
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
