"""The Spark job (scripts/spark/extract.py) in local mode over the fixture crawl: its
records equal the CLI's on the same files, and its merged dataset equals `--merge`.

Skipped without pyspark, unless OSTRACT_REQUIRE_SPARK=1 (as .ci/run sets it).
"""

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from test_api import CRAWL, ROOT, cli

if os.environ.get("OSTRACT_REQUIRE_SPARK") != "1":
    pytest.importorskip("pyspark")

JOB = ROOT / "scripts" / "spark" / "extract.py"
FILES = [CRAWL / n for n in ["crawl.warc.gz", "plain.warc", "batch.jsonl", "batch2.jsonl.gz"]]


def load_job():
    spec = importlib.util.spec_from_file_location("spark_extract", JOB)
    job = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(job)
    return job


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    os.environ["PYSPARK_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("ostract-test")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def rows(df):
    return [r.asDict(recursive=True) for r in df.collect()]


def song_order(s):
    return (s["drama_key"], s["track_key"], s["artist_keys"])


def test_records_and_merged_equal_the_cli(spark, tmp_path):
    aliases = tmp_path / "aliases.csv"
    aliases.write_text(
        "kind,alias,canonical\ndrama,Paper Kites,Paper Kites (2021 drama)\nartist,Lee Ga Eun,LEE GA-EUN\n"
    )
    job = load_job()
    out, songs = tmp_path / "records", tmp_path / "songs"
    args = job.parse_args(
        [*map(str, FILES), "--output", str(out), "--merged", str(songs), "--aliases", str(aliases)]
    )
    files, articles, n_records, n_errors = job.run(spark, args)
    expected, stderr = cli(*FILES, "--aliases", aliases)
    assert (files, n_records, n_errors) == (4, len(expected), 4)
    assert f"ostract: {articles} articles from 4 inputs" in stderr

    # Records: one partition per input file; in the CLI's order by input and record index.
    got = rows(spark.read.parquet(str(out)))
    assert {r["input_file"] for r in got} == {str(f) for f in FILES}
    got.sort(key=lambda r: (r["input_index"], r["record_index"]))
    for r in got:
        del r["input_file"], r["input_index"], r["record_index"]
    assert got == expected
    key = lambda r: json.dumps(r, sort_keys=True, ensure_ascii=False)  # noqa: E731
    assert sorted(got, key=key) == sorted(expected, key=key)

    # Errors: those the CLI lists.
    errors = [r["error"] for r in rows(spark.read.json(str(out / "_errors")))]
    listed = [l.strip() for l in stderr.splitlines() if l.strip().startswith(str(CRAWL))]
    assert len(listed) == 4
    assert sorted(errors) == sorted(listed)

    # Merged: the rows of --merge (display forms by count, first seen, aliases).
    merged_cli, _ = cli(*FILES, "--aliases", aliases, "--merge")
    merged = rows(spark.read.parquet(str(songs)))
    assert sorted(merged, key=song_order) == sorted(merged_cli, key=song_order)
    # Songs of several articles were merged (the crawl's songs recur in the batches).
    assert any(s["mentions"] > 1 and len(s["sources"]) > 1 for s in merged)


def test_the_script_reads_a_folder_and_writes_json_lines(tmp_path):
    out, songs = tmp_path / "records", tmp_path / "songs"
    env = dict(os.environ, PYSPARK_PYTHON=sys.executable)
    run = subprocess.run(
        [
            sys.executable,
            str(JOB),
            "--master",
            "local[2]",
            "--format",
            "jsonl",
            "--output",
            str(out),
            "--merged",
            str(songs),
            str(CRAWL),
        ],
        capture_output=True,
        env=env,
        check=False,
    )
    assert run.returncode == 0, run.stderr.decode()[-3000:]
    assert "12 articles from 4 files" in run.stderr.decode()
    assert "4 errors" in run.stderr.decode()
    got = [json.loads(l) for p in out.glob("input_file=*/part-*") for l in p.read_text().splitlines()]
    got.sort(key=lambda r: (r.pop("input_index"), r.pop("record_index")))
    expected, _ = cli(CRAWL)
    assert got == expected
    merged = [json.loads(l) for p in sorted(songs.glob("part-*")) for l in p.read_text().splitlines()]
    merged_cli, _ = cli(CRAWL, "--merge")
    # Written in first-mention order, as --merge writes it.
    assert merged == merged_cli
