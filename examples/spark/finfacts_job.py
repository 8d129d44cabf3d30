"""Run finfacts over an archive on an Apache Spark cluster.

The finfacts binary travels with the job (`spark-submit --files
target/release/finfacts`); each partition of documents is piped through
one `finfacts extract --stdin` process on the executor that holds it, and
the facts come back as JSON Lines (written with `saveAsTextFile`) and,
optionally, as Parquet through Spark SQL.

Inputs (`--input-kind`):

  files  whole files, read with `binaryFiles`: `.txt`/`.md` and `.html`/`.htm`
         become one JSON document each (`{"id": <path>, "text"|"html": ...}`),
         `.jsonl`/`.ndjson` one per line (records without an id get
         `<path>:<line>`, as finfacts gives them), `.warc`/`.warc.gz` are
         written to a temporary file on the executor and read by
         `finfacts extract` itself; `.gz` is looked through. Ids are paths
         relative to the input folder, so the facts are exactly those of
         `finfacts extract <folder>` on one machine.
  jsonl  JSON Lines shards, read with `textFile` (split, decompressed by
         Hadoop): every line one document that carries its own id, such as
         the shards `--pack` writes.

`--pack OUT` turns an archive of files into gzipped JSON Lines shards
instead of extracting: millions of tiny files are ~2.5x slower to process
than a few hundred shards, so pack once and run many times.

Why not `RDD.pipe`: it cannot tell finfacts' exit code 1 ("some documents
were reported and skipped", a normal outcome on real archives) from a
crash, and with `checkCode=False` a crashed finfacts yields an empty
partition silently. Here exit codes 0 and 1 pass (the warnings go to the
executor's stderr and are counted), anything else fails the task, so Spark
retries it and, past `spark.task.maxFailures`, fails the job: a partition
is never lost quietly.
"""

import argparse
import gzip
import json
import os
import posixpath
import subprocess
import sys
import tempfile
import threading
import zlib
from urllib.parse import unquote, urlparse

from pyspark import SparkContext, SparkFiles
from pyspark.sql import SparkSession
from pyspark.sql.types import (
    BooleanType,
    LongType,
    StringType,
    StructField,
    StructType,
)

# The fact schema (the README's output table), for the Parquet copy.
# `value` stays a string: it is an exact decimal.
FACT_SCHEMA = StructType(
    [StructField(n, StringType()) for n in ["doc", "org", "org_type", "org_id", "org_successor", "metric", "value", "unit"]]
    + [StructField("approx", BooleanType())]
    + [StructField(n, StringType()) for n in ["bound", "period", "status", "as_of", "evidence"]]
    + [StructField("start", LongType()), StructField("end", LongType())]
    + [StructField(n, StringType()) for n in ["mention", "rule", "url", "title", "date"]]
)

TEXT_EXT = (".txt", ".text", ".md", ".markdown")
HTML_EXT = (".html", ".htm", ".xhtml", ".shtml")
JSONL_EXT = (".jsonl", ".ndjson", ".jsonlines")
WARC_EXT = (".warc",)


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--input", required=True, help="folder, file or glob (any Hadoop URI)")
    p.add_argument("--input-kind", choices=["files", "jsonl"], default="files")
    p.add_argument("--out", required=True, help="output folder for the facts (JSON Lines)")
    p.add_argument("--parquet", help="also write the facts as Parquet to this folder")
    p.add_argument("--pack", action="store_true", help="write the documents as JSON Lines shards to --out; no extraction")
    p.add_argument("--partitions", type=int, default=0, help="at least this many partitions (with --pack: exactly this many shards)")
    p.add_argument("--binary", default="finfacts", help="name of the finfacts binary shipped with --files")
    p.add_argument("--text-field")
    p.add_argument("--id-field")
    p.add_argument("--date-field")
    p.add_argument(
        "--finfacts-arg",
        action="append",
        default=[],
        help="extra argument for finfacts extract (repeatable), e.g. --finfacts-arg=--all-figures",
    )
    return p.parse_args(argv)


def relative_id(uri, root):
    """The document id finfacts gives a file found under `root`."""
    path = unquote(urlparse(uri).path)
    root = unquote(urlparse(root).path).rstrip("/")
    if path == root:
        return posixpath.basename(path)
    if root and path.startswith(root + "/"):
        return path[len(root) + 1 :]
    return posixpath.basename(path)


def kind_of(name):
    low = name.lower()
    if low.endswith(".gz"):
        low = low[:-3]
    for kind, exts in (("text", TEXT_EXT), ("html", HTML_EXT), ("jsonl", JSONL_EXT), ("warc", WARC_EXT)):
        if low.endswith(exts):
            return kind
    return "text"


def decode_text(data):
    """UTF-8 (BOM dropped) or UTF-16 with a BOM, as finfacts reads text."""
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        return data.decode("utf-16")
    return data.decode("utf-8-sig")


def decode_html(data):
    """UTF-8 when valid, else windows-1252 (finfacts does the same for pages without a BOM)."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def documents_of_file(uri, data, root, id_field):
    """(kind, payload) items of one file: ("doc", json line) or ("warc", bytes)."""
    name = relative_id(uri, root)
    kind = kind_of(name)
    if kind == "warc":
        # As it is, gzip or not: finfacts reads it from local disk.
        yield ("warc", name, data)
        return
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as e:
            yield ("bad", name, f"{name}: bad gzip data ({e}); skipped")
            return
    if kind == "jsonl":
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        for n, line in enumerate(data.split(b"\n"), start=1):
            line = line.rstrip(b"\r")
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except ValueError as e:
                yield ("bad", name, f"{name}:{n}: invalid JSON record: {e}; skipped")
                continue
            if isinstance(rec, dict) and rec.get(id_field) in (None, ""):
                rec[id_field] = f"{name}:{n}"
                line = json.dumps(rec, ensure_ascii=False).encode("utf-8")
            yield ("doc", name, line)
        return
    try:
        if kind == "html":
            rec = {"id": name, "html": decode_html(data)}
        else:
            rec = {"id": name, "text": decode_text(data)}
    except UnicodeDecodeError as e:
        yield ("bad", name, f"{name}: not valid UTF-8/UTF-16 ({e}); skipped")
        return
    # One line per document: json.dumps escapes \n, \r and friends.
    yield ("doc", name, json.dumps(rec, ensure_ascii=False).encode("utf-8"))


def finfacts_command(binary, args, extra):
    cmd = [binary, "extract", "-q", "--no-progress"]
    for flag, value in (("--text-field", args.text_field), ("--id-field", args.id_field), ("--date-field", args.date_field)):
        if value:
            cmd += [flag, value]
    return cmd + list(extra)


def check(proc, what):
    # 0: clean; 1: some documents were reported (on stderr) and skipped.
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"finfacts failed on {what} with exit code {proc.returncode}; failing the task")
    return proc.returncode == 1


def pipe_through_finfacts(lines, cmd, skipped):
    """Streams JSON document lines through one `finfacts extract --stdin`."""
    proc = subprocess.Popen(cmd + ["--stdin"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    failure = []

    def feed():
        try:
            for line in lines:
                proc.stdin.write(line)
                proc.stdin.write(b"\n")
        except BrokenPipeError:
            pass  # finfacts died: its exit code says why
        except BaseException as e:  # an input error must fail the task too
            failure.append(e)
        finally:
            try:
                proc.stdin.close()
            except BrokenPipeError:
                pass

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    # Split on b"\n" only: evidence may hold U+2028 or U+0085, which
    # str.splitlines() would take for line breaks.
    for out in proc.stdout:
        yield out.rstrip(b"\n").decode("utf-8")
    writer.join()
    proc.wait()
    if failure:
        proc_kill(proc)
        raise failure[0]
    if check(proc, "a partition"):
        skipped.add(1)


def proc_kill(proc):
    if proc.poll() is None:
        proc.kill()


def extract_partition(args, root, skipped, bad):
    extra = list(args.finfacts_arg)

    def run(records):
        binary = SparkFiles.get(args.binary)  # the --files copy, wherever this executor put it
        if not os.access(binary, os.X_OK):
            os.chmod(binary, 0o755)
        cmd = finfacts_command(binary, args, extra)
        with tempfile.TemporaryDirectory(prefix="finfacts-") as tmp:
            warcs = []

            def docs():
                for rec in records:
                    if args.input_kind == "jsonl":
                        yield rec.encode("utf-8")
                        continue
                    uri, data = rec
                    for kind, name, payload in documents_of_file(uri, data, root, args.id_field or "id"):
                        if kind == "doc":
                            yield payload
                        elif kind == "warc":
                            # To local disk now; finfacts reads it once the pipe is done.
                            path = os.path.join(tmp, f"{len(warcs)}.warc")
                            with open(path, "wb") as f:
                                f.write(payload)
                            warcs.append((name, path))
                        else:
                            print(f"finfacts-job: {payload}", file=sys.stderr)
                            bad.add(1)

            yield from pipe_through_finfacts(docs(), cmd, skipped)
            # Archives: finfacts reads WARC itself, one process per archive.
            for name, path in warcs:
                proc = subprocess.run(cmd + ["--input-format", "warc", path], stdout=subprocess.PIPE)
                if check(proc, name):
                    skipped.add(1)
                for out in proc.stdout.split(b"\n"):
                    if out:
                        yield out.decode("utf-8")

    return run


def pack_partition(args, root, bad):
    def run(records):
        for uri, data in records:
            for kind, name, payload in documents_of_file(uri, data, root, args.id_field or "id"):
                if kind == "doc":
                    yield payload.decode("utf-8")
                elif kind == "warc":
                    raise RuntimeError(f"{name}: a WARC archive is a shard already: run it with --input-kind files")
                else:
                    print(f"finfacts-job: {payload}", file=sys.stderr)
                    bad.add(1)

    return run


def run(spark, args):
    """Runs one extraction (or packing) in an existing Spark session and
    returns what it counted."""
    sc: SparkContext = spark.sparkContext
    skipped = sc.accumulator(0)
    bad = sc.accumulator(0)
    root = args.input
    # Folders are walked to the bottom, as finfacts walks them. (Hadoop
    # also skips names starting with "_", which finfacts does not.)
    sc._jsc.hadoopConfiguration().set("mapreduce.input.fileinputformat.input.dir.recursive", "true")
    read = sc.textFile if args.input_kind == "jsonl" else sc.binaryFiles
    rdd = read(args.input, args.partitions) if args.partitions else read(args.input)
    if args.pack:
        docs = rdd.mapPartitions(pack_partition(args, root, bad))
        if args.partitions:
            docs = docs.repartition(args.partitions)  # exactly that many shards
        docs.saveAsTextFile(args.out, compressionCodecClass="org.apache.hadoop.io.compress.GzipCodec")
        print(f"finfacts-job: packed into {args.out}; {bad.value} files skipped")
        return {"bad": bad.value}
    if args.partitions and rdd.getNumPartitions() < args.partitions:
        # Small files are read a few splits at a time; spread them out.
        rdd = rdd.repartition(args.partitions)
    facts = rdd.mapPartitions(extract_partition(args, root, skipped, bad))
    if args.parquet:
        facts = facts.cache()
    facts.saveAsTextFile(args.out)
    print(f"finfacts-job: facts in {args.out}; {skipped.value} partitions reported skipped documents, {bad.value} files unreadable")
    stats = {"skipped": skipped.value, "bad": bad.value}
    if args.parquet:
        df = spark.read.schema(FACT_SCHEMA).json(facts)
        df.write.mode("overwrite").parquet(args.parquet)
        stats["parquet_rows"] = spark.read.parquet(args.parquet).count()
        print(f"finfacts-job: parquet rows: {stats['parquet_rows']}")
        facts.unpersist()
    return stats


def main(argv):
    args = parse_args(argv)
    spark = SparkSession.builder.appName("finfacts").getOrCreate()
    try:
        run(spark, args)
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
