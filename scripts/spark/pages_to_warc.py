#!/usr/bin/env python3
"""Packs HTML and text files into WARC files gzipped record by record, as a crawl's:
one request and one response record per page, for benchmarks of the Spark job.

    python3 scripts/spark/pages_to_warc.py PAGES_DIR OUT_DIR [--files N]

Pages are taken in name order and dealt to N files (default 4), `OUT_DIR/pages-K.warc.gz`.
"""

import argparse
import gzip
import os
import uuid


def record(kind, uri, block, ctype):
    rid = uuid.uuid5(uuid.NAMESPACE_URL, kind + uri)
    head = (
        f"WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Date: 2024-01-01T00:00:00Z\r\n"
        f"WARC-Record-ID: <urn:uuid:{rid}>\r\nWARC-Target-URI: {uri}\r\n"
        f"Content-Type: {ctype}\r\nContent-Length: {len(block)}\r\n\r\n"
    )
    return gzip.compress(head.encode() + block + b"\r\n\r\n", mtime=0)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("pages")
    p.add_argument("out")
    p.add_argument("--files", type=int, default=4)
    a = p.parse_args()
    names = sorted(
        os.path.join(root, f)
        for root, _, files in os.walk(a.pages)
        for f in files
        if f.endswith((".html", ".htm", ".txt"))
    )
    os.makedirs(a.out, exist_ok=True)
    outs = [open(os.path.join(a.out, f"pages-{k}.warc.gz"), "wb") for k in range(a.files)]
    for i, name in enumerate(names):
        with open(name, "rb") as f:
            body = f.read()
        ctype = "text/html; charset=utf-8" if name.endswith((".html", ".htm")) else "text/plain; charset=utf-8"
        uri = "https://pages.example/" + os.path.relpath(name, a.pages)
        req = f"GET /{os.path.relpath(name, a.pages)} HTTP/1.1\r\nHost: pages.example\r\n\r\n".encode()
        resp = f"HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body
        out = outs[i * a.files // len(names)]
        out.write(record("request", uri, req, "application/http; msgtype=request"))
        out.write(record("response", uri, resp, "application/http; msgtype=response"))
    for o in outs:
        o.close()
    print(f"{len(names)} pages in {a.files} WARC files under {a.out}")


if __name__ == "__main__":
    main()
