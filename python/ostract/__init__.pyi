from os import PathLike
from typing import Any, BinaryIO, Iterator, Literal, Optional, Union

Record = dict[str, Any]
RECORD_FIELDS: list[str]
MERGED_FIELDS: list[str]
__version__: str

class Records(Iterator[Record]):
    errors: list[str]
    warnings: list[str]
    articles: int
    def __iter__(self) -> "Records": ...
    def __next__(self) -> Record: ...

class Extractor:
    def __init__(self, aliases: Optional[Union[str, PathLike[str]]] = None) -> None: ...
    def extract(
        self,
        text_or_html: Union[str, bytes],
        source: str = "",
        kind: Literal["auto", "html", "text"] = "auto",
    ) -> list[Record]: ...
    def read(
        self,
        path_or_file: Union[str, PathLike[str], BinaryIO],
        name: Optional[str] = None,
        kind: Literal["auto", "article", "jsonl", "warc"] = "auto",
    ) -> Records: ...
    def canonical(self, kind: Literal["drama", "track", "artist"], name: str) -> str: ...
    def artist_key(self, name: str) -> str: ...

def extract(
    text_or_html: Union[str, bytes],
    source: str = "",
    kind: Literal["auto", "html", "text"] = "auto",
) -> list[Record]: ...
def read(
    path_or_file: Union[str, PathLike[str], BinaryIO],
    name: Optional[str] = None,
    kind: Literal["auto", "article", "jsonl", "warc"] = "auto",
) -> Records: ...
def key(name: str) -> str: ...
