"""ostract: drama–track–artist records of Korean drama soundtrack songs, from articles.

The same extractor as the ``ostract`` command line, built from the same Rust crate:
an article, a JSONL batch or a WARC file gives the same records here as
``ostract extract``.

>>> import ostract
>>> records = ostract.extract("“Flower” – Yoon Mirae for Crash Landing on You\\n")
>>> [(r["drama"], r["track"], r["artists"]) for r in records]
[('Crash Landing on You', 'Flower', ['Yoon Mirae'])]

``Extractor(aliases=None)`` keeps the name tables for repeated calls (with an alias
file, as ``--aliases``); ``read(path_or_file)`` iterates the records of a whole file
(WARC, JSONL or one article). The GIL is released while articles are extracted, so
threads extract in parallel.
"""

from ._ostract import (
    MERGED_FIELDS,
    RECORD_FIELDS,
    Extractor,
    Records,
    __version__,
    extract,
    key,
    read,
)

__all__ = [
    "Extractor",
    "Records",
    "extract",
    "read",
    "key",
    "RECORD_FIELDS",
    "MERGED_FIELDS",
    "__version__",
]
