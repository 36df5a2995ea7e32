#!/usr/bin/env python3
"""ostract over a crawl with Spark: WARC and JSONL files in, records out.

    spark-submit scripts/spark/extract.py --output OUT [--merged SONGS] [--format parquet|jsonl]
        [--aliases FILE] PATH_OR_GLOB [PATH_OR_GLOB ...]

Each input file (local, s3a://, hdfs://, or any Hadoop file system; globs and folders
are expanded on the driver, sorted by path) is one task, which reads it with the
`ostract` Python package (the same WARC/JSONL reading and extraction as
`ostract extract FILE`) and yields its records. The records are written to OUT as
Parquet (or JSON Lines with --format jsonl), partitioned by `input_file`, with
`input_index` (the file's place in the sorted input list) and `record_index` (the
record's place in its file) to restore the command line's order. The lines and records
that a file could not give (bad JSONL lines, bad or truncated WARC records) are written
to OUT/_errors as JSON.

With --merged, the merged dataset is computed in Spark and written there: the rows of
`ostract extract --merge` on the same files in the same order (same keys, same
display-form rule: the alias table's form, else the most frequent written form, ties to
the first seen).

Local files are read by the package directly; other schemes through fsspec (install
`fsspec` and `s3fs` on the executors; `s3a://` is read as `s3://`).
"""

import argparse
import glob
import os
import sys
import time

import ostract

# The record's fields, in output order: the package's (the CLI's) list.
RECORD_FIELDS = list(ostract.RECORD_FIELDS)
INPUT_NAMES = (".warc", ".warc.gz", ".jsonl", ".jsonl.gz")


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("paths", nargs="+", help="WARC or JSONL files, folders or globs")
    p.add_argument("--output", required=True, help="records dataset (a folder)")
    p.add_argument("--format", choices=["parquet", "jsonl"], default="parquet")
    p.add_argument("--merged", help="also write the merged dataset here")
    p.add_argument("--aliases", help="a CSV alias file, as ostract extract --aliases")
    p.add_argument("--master", help="Spark master when run with python (e.g. local[2])")
    return p.parse_args(argv)


def is_local(path):
    return "://" not in path or path.startswith("file:")


def local_path(path):
    if path.startswith("file://"):
        return path[len("file://") :]
    if path.startswith("file:"):
        return path[len("file:") :]
    return path


def expand(spark, paths):
    """Input files: local paths, folders and globs expanded here, others through the
    Hadoop file system of their scheme. Sorted by path, duplicates dropped."""
    out = []
    for p in paths:
        if is_local(p):
            p = local_path(p)
            matches = sorted(glob.glob(p)) if glob.has_magic(p) else [p]
            for m in matches:
                if os.path.isdir(m):
                    for root, dirs, files in os.walk(m):
                        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                        out.extend(
                            os.path.join(root, f)
                            for f in sorted(files)
                            if f.lower().endswith(INPUT_NAMES)
                        )
                elif os.path.exists(m):
                    out.append(m)
                else:
                    raise SystemExit(f"extract.py: {m}: no such file or directory")
            continue
        jvm = spark.sparkContext._jvm
        conf = spark.sparkContext._jsc.hadoopConfiguration()
        hp = jvm.org.apache.hadoop.fs.Path(p)
        fs = hp.getFileSystem(conf)
        statuses = fs.globStatus(hp) or []
        found = []
        for st in statuses:
            if st.isDirectory():
                it = fs.listFiles(st.getPath(), True)
                while it.hasNext():
                    f = it.next().getPath().toString()
                    if f.lower().endswith(INPUT_NAMES):
                        found.append(f)
            else:
                found.append(st.getPath().toString())
        if not found:
            raise SystemExit(f"extract.py: {p}: no input files")
        out.extend(sorted(found))
    seen = set()
    return [f for f in out if not (f in seen or seen.add(f))]


def open_remote(path):
    try:
        import fsspec
    except ImportError as e:
        raise RuntimeError(f"{path}: reading this scheme needs fsspec (and s3fs for S3) on the executors") from e
    url = "s3://" + path[len("s3a://") :] if path.startswith("s3a://") else path
    return fsspec.open(url, "rb").open()


_EXTRACTORS = {}


def extractor(aliases_name):
    """The package's extractor on an executor, with the alias file shipped by
    `SparkContext.addFile` under this name (or none); one per task or process."""
    if aliases_name not in _EXTRACTORS:
        from pyspark import SparkFiles

        path = SparkFiles.get(aliases_name) if aliases_name else None
        _EXTRACTORS[aliases_name] = ostract.Extractor(aliases=path)
    return _EXTRACTORS[aliases_name]


def read_file(index, path, aliases_name):
    """One task: the tagged rows of one input file: its records (with their merge
    keys), its errors, and its count of articles."""
    ex = extractor(aliases_name)
    if is_local(path):
        records = ex.read(local_path(path), name=path)
        handle = None
    else:
        handle = open_remote(path)
        records = ex.read(handle, name=path)
    try:
        for i, r in enumerate(records):
            keys = (ostract.key(r["drama"]), ostract.key(r["track"]), [ex.artist_key(a) for a in r["artists"]])
            yield ("r", tuple(r[f] for f in RECORD_FIELDS) + (path, index, i) + keys)
        for e in records.errors:
            yield ("e", (path, index, e))
        yield ("n", (path, index, records.articles))
    finally:
        if handle is not None:
            handle.close()


def record_schema():
    from pyspark.sql.types import (
        ArrayType,
        DoubleType,
        IntegerType,
        LongType,
        StringType,
        StructField,
        StructType,
    )

    types = {
        "artists": ArrayType(StringType()),
        "line": LongType(),
        "start": LongType(),
        "end": LongType(),
        "confidence": DoubleType(),
    }
    fields = [StructField(f, types.get(f, StringType())) for f in RECORD_FIELDS]
    fields += [
        StructField("input_file", StringType()),
        StructField("input_index", IntegerType()),
        StructField("record_index", LongType()),
        StructField("drama_key", StringType()),
        StructField("track_key", StringType()),
        StructField("artist_key_list", ArrayType(StringType())),
    ]
    return StructType(fields)


def merged(records, aliases_name):
    """The merged dataset of `records` (with their keys), as `ostract extract --merge`
    builds it, ordered by first mention."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F
    from pyspark.sql.types import StringType

    def canonical(kind, name):
        return extractor(aliases_name).canonical(kind, name)

    canon = F.udf(canonical, StringType(), useArrow=False)
    order = ["input_index", "record_index"]

    def display(forms, kind, order_cols):
        """key -> display form: the most frequent form, ties to the first seen, then
        the alias table's canonical form of it."""
        counted = forms.groupBy("key", "form").agg(
            F.count(F.lit(1)).alias("n"), F.min(F.struct(*order_cols)).alias("first")
        )
        w = Window.partitionBy("key").orderBy(F.desc("n"), F.asc("first"))
        best = counted.withColumn("rank", F.row_number().over(w)).filter("rank = 1")
        return best.select("key", canon(F.lit(kind), F.col("form")).alias("display"))

    def names(key, form):
        return records.select(F.col(key).alias("key"), F.col(form).alias("form"), *order)

    dramas = display(names("drama_key", "drama"), "drama", order)
    tracks = display(names("track_key", "track"), "track", order)
    # Every artist of every record, in its record's order and then its own.
    artist_rows = records.select(
        *order,
        F.posexplode(F.arrays_zip("artist_key_list", "artists")).alias("position", "z"),
    )
    artists = display(
        artist_rows.select(
            F.col("z.artist_key_list").alias("key"), F.col("z.artists").alias("form"), *order, "position"
        ),
        "artist",
        order + ["position"],
    )

    song_key = ["drama_key", "track_key", "artist_keys"]
    keyed = records.withColumn("artist_keys", F.array_sort(F.array_distinct("artist_key_list")))
    songs = keyed.groupBy(*song_key).agg(
        F.count(F.lit(1)).alias("mentions"),
        F.min(F.struct(*order, "artists", "artist_key_list")).alias("first"),
    )
    sources = (
        keyed.groupBy(*song_key, "source")
        .agg(F.min(F.struct(*order)).alias("o"))
        .groupBy(*song_key)
        .agg(F.array_sort(F.collect_list(F.struct("o", "source"))).alias("s"))
        .select(*song_key, F.transform("s", lambda x: x["source"]).alias("sources"))
    )
    first_artists = (
        songs.select(*song_key, F.posexplode("first.artist_key_list").alias("pos", "key"))
        .join(artists, "key", "left")
        .groupBy(*song_key)
        .agg(F.array_sort(F.collect_list(F.struct("pos", "display"))).alias("a"))
        .select(*song_key, F.transform("a", lambda x: x["display"]).alias("artists"))
    )
    return (
        songs.join(sources, song_key)
        .join(first_artists, song_key, "left")
        .join(dramas.select(F.col("key").alias("drama_key"), F.col("display").alias("drama")), "drama_key")
        .join(tracks.select(F.col("key").alias("track_key"), F.col("display").alias("track")), "track_key")
        .orderBy("first.input_index", "first.record_index")
        .select(
            "drama",
            "track",
            F.coalesce("artists", F.array().cast("array<string>")).alias("artists"),
            "sources",
            "mentions",
            "drama_key",
            "track_key",
            "artist_keys",
        )
    )


def write(df, path, fmt, partition=None):
    w = df.write.mode("overwrite")
    if partition:
        w = w.partitionBy(partition)
    if fmt == "jsonl":
        w.json(path)
    else:
        w.parquet(path)


def run(spark, args):
    """Runs the job; returns (files, articles, records, errors)."""
    from pyspark import StorageLevel

    started = time.time()
    files = expand(spark, args.paths)
    sc = spark.sparkContext
    aliases_name = None
    if args.aliases:
        # Shipped to every executor.
        sc.addFile(os.path.abspath(args.aliases))
        aliases_name = os.path.basename(args.aliases)

    def task(items):
        for index, path in items:
            yield from read_file(index, path, aliases_name)

    rows = sc.parallelize(list(enumerate(files)), numSlices=max(1, len(files))).mapPartitions(task)
    rows.persist(StorageLevel.MEMORY_AND_DISK)
    # The rows are built to the schema: checking each one in Python would cost more than
    # the extraction.
    records = spark.createDataFrame(
        rows.filter(lambda t: t[0] == "r").map(lambda t: t[1]), record_schema(), verifySchema=False
    )
    records.persist(StorageLevel.MEMORY_AND_DISK)
    errors = spark.createDataFrame(
        rows.filter(lambda t: t[0] == "e").map(lambda t: t[1]),
        "input_file string, input_index int, error string",
    )
    written = records.select(*RECORD_FIELDS, "input_index", "record_index", "input_file")
    write(written, args.output, args.format, partition="input_file")
    error_list = errors.orderBy("input_index").collect()
    write(errors.coalesce(1), args.output.rstrip("/") + "/_errors", "jsonl")
    if args.merged:
        write(merged(records, aliases_name), args.merged, args.format)
    articles = sum(t[1][2] for t in rows.filter(lambda t: t[0] == "n").collect())
    n_records = records.count()
    secs = time.time() - started
    for e in error_list:
        print(f"extract.py: {e['error']}", file=sys.stderr)
    print(
        f"extract.py: {articles} articles from {len(files)} files, {n_records} records, "
        f"{len(error_list)} errors, in {secs:.1f}s ({articles / max(secs, 1e-9):.0f} articles/s)",
        file=sys.stderr,
    )
    rows.unpersist()
    records.unpersist()
    return len(files), articles, n_records, len(error_list)


def main(argv=None):
    args = parse_args(argv)
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("ostract-extract")
    if args.master:
        builder = builder.master(args.master)
        if args.master.startswith("local"):
            # Local workers run this interpreter, which has the package.
            os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = builder.getOrCreate()
    try:
        run(spark, args)
    finally:
        spark.stop()


if __name__ == "__main__":
    main()
