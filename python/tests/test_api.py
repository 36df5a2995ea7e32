"""The Python API: the records of `ostract.extract` and `ostract.read` are those of the
command line for the same articles and files.

The CLI is the release binary (`OSTRACT_BIN`, default `target/release/ostract`).
"""

import io
import json
import os
import subprocess
import threading
import time
from pathlib import Path

import pytest

import ostract

ROOT = Path(__file__).resolve().parents[2]
CRAWL = ROOT / "tests" / "fixtures" / "crawl"
ARTICLE = "“Flower” – Yoon Mirae and “Here I am Again” – Baek Yerin for Crash Landing on You\n"


def cli(*args):
    """Records of `ostract extract ARGS -o - --format jsonl`, and its stderr."""
    binary = os.environ.get("OSTRACT_BIN", str(ROOT / "target" / "release" / "ostract"))
    out = subprocess.run(
        [binary, "extract", *map(str, args), "-o", "-", "--format", "jsonl", "--threads", "2"],
        capture_output=True,
        check=False,
    )
    assert out.returncode in (0, 1), out.stderr.decode()
    return [json.loads(line) for line in out.stdout.decode().splitlines()], out.stderr.decode()


def test_extract_gives_record_dicts():
    records = ostract.extract(ARTICLE, source="news.txt")
    assert [list(r) for r in records] == [ostract.RECORD_FIELDS] * 2
    assert [(r["drama"], r["track"], r["artists"]) for r in records] == [
        ("Crash Landing on You", "Flower", ["Yoon Mirae"]),
        ("Crash Landing on You", "Here I am Again", ["Baek Yerin"]),
    ]
    assert records[0]["source"] == "news.txt"
    assert all(0.0 < r["confidence"] <= 1.0 for r in records)
    assert records[0]["url"] == ""
    assert ostract.extract("   \n") == []


def test_kind_html_text_and_auto():
    page = "<p>intro</p>\n“Flower” – Yoon Mirae for Crash Landing on You\n"
    # Sniffed as HTML: the text the rules see is `intro\n“Flower” …`.
    assert [r["start"] for r in ostract.extract(page)] == [6]
    assert ostract.extract(page, kind="html") == ostract.extract(page)
    # Taken as text, tags and all.
    assert [r["start"] for r in ostract.extract(page, kind="text")] == [13]
    with pytest.raises(ValueError, match="kind must be"):
        ostract.extract(page, kind="pdf")
    with pytest.raises(ValueError, match="expected str or bytes"):
        ostract.extract(42)


def test_bytes_are_decoded_as_an_article_file_is():
    page = "<html><head><meta charset=\"euc-kr\"></head><body><p>한서진 - ‘달의 계단’ (드라마 ‘은빛 정원’ OST)</p></body></html>"
    records = ostract.extract(page.encode("euc-kr"))
    assert records
    assert all(r["drama"] == "은빛 정원" for r in records)
    # The same page as str is taken as decoded already.
    assert ostract.extract(page) == records


def test_same_records_as_the_cli_for_every_sample_article():
    inputs = ROOT / "input"
    expected, _ = cli(inputs)
    got = []
    for path in sorted(p for p in inputs.rglob("*") if p.is_file()):
        label = str(path)
        got.extend(ostract.read(path, name=label))
    assert len(expected) > 50
    assert got == expected


def test_read_a_crawl_as_the_cli_does():
    for name, n_errors in [("crawl.warc.gz", 1), ("plain.warc", 2), ("batch.jsonl", 1), ("batch2.jsonl.gz", 0)]:
        path = CRAWL / name
        expected, stderr = cli(path)
        records = ostract.read(path)
        assert list(records) == expected
        assert len(records.errors) == n_errors, name
        for e in records.errors:
            assert e in stderr
    # From a file object, named for its sources and its kind.
    with open(CRAWL / "crawl.warc.gz", "rb") as f:
        from_file = list(ostract.read(f, name="s3a://bucket/crawl.warc.gz"))
    by_path = list(ostract.read(CRAWL / "crawl.warc.gz", name="s3a://bucket/crawl.warc.gz"))
    assert from_file == by_path
    assert from_file[0]["source"].startswith("s3a://bucket/crawl.warc.gz#urn:uuid:")
    assert from_file[0]["url"] == "https://news.example.org/ost/night-ferry"
    # A file object without a name must be named.
    with pytest.raises(ValueError, match="needs name="):
        ostract.read(io.BytesIO(b"x"))
    jsonl = io.BytesIO((CRAWL / "batch.jsonl").read_bytes())
    by_name = list(ostract.read(CRAWL / "batch.jsonl", name="b", kind="jsonl"))
    assert by_name and list(ostract.read(jsonl, name="b", kind="jsonl")) == by_name
    with pytest.raises(OSError):
        ostract.read(CRAWL / "missing.warc")


def test_extractor_with_aliases_and_repeated_calls(tmp_path):
    aliases = tmp_path / "aliases.csv"
    aliases.write_text("kind,alias,canonical\ndrama,CLOY,Crash Landing on You\n")
    ex = ostract.Extractor(aliases=aliases)
    text = "“Flower” – Yoon Mirae for CLOY\n"
    first = ex.extract(text)
    assert [r["drama"] for r in first] == ["Crash Landing on You"]
    assert all(ex.extract(text) == first for _ in range(20))
    assert [r["drama"] for r in ostract.extract(text)] == ["CLOY"]
    assert ex.canonical("drama", "cloy") == "Crash Landing on You"
    assert ex.canonical("track", "Flower") == "Flower"
    expected, _ = cli(CRAWL / "batch.jsonl", "--aliases", aliases)
    assert list(ex.read(CRAWL / "batch.jsonl")) == expected
    with pytest.raises(ValueError):
        ostract.Extractor(aliases=tmp_path / "none.csv")


def test_keys_are_the_merge_keys():
    assert ostract.key("Crash Landing on You!") == ostract.key("crash landing on you")
    ex = ostract.Extractor()
    assert ex.artist_key("Yoon Mi-rae") == ex.artist_key("Yoon Mirae")


def test_the_gil_is_released_during_extraction():
    # A long article: while one thread extracts it, another must keep running Python.
    text = ARTICLE * 20000
    ticks = 0
    stop = False

    def count():
        nonlocal ticks
        while not stop:
            ticks += 1
            time.sleep(0)

    t = threading.Thread(target=count)
    started = time.perf_counter()
    t.start()
    time.sleep(0.05)
    before = ticks
    records = ostract.extract(text)
    during = ticks - before
    elapsed = time.perf_counter() - started
    stop = True
    t.join()
    assert len(records) >= 2
    assert elapsed > 0.1, "the article should take a while"
    # With the GIL held for the whole call, the counter could not move at all.
    assert during > 100, (during, elapsed)


def test_one_reader_shared_by_threads():
    expected, _ = cli(CRAWL / "crawl.warc.gz")
    records = ostract.read(CRAWL / "crawl.warc.gz")
    got = []

    def drain():
        for r in records:
            got.append(r)

    threads = [threading.Thread(target=drain) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not any(t.is_alive() for t in threads), "deadlock"
    key = lambda r: json.dumps(r, sort_keys=True, ensure_ascii=False)  # noqa: E731
    assert sorted(got, key=key) == sorted(expected, key=key)
