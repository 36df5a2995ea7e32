//! WARC files (1.0 and 1.1), as crawlers write them: uncompressed, gzipped record by
//! record (Common Crawl's `.warc.gz`) or gzipped whole.
//!
//! Only `response` records are read, and of those only the ones whose HTTP response
//! is a success with an HTML or plain-text payload (or no content type at all). Every
//! other record (`request`, `metadata`, `warcinfo`, images, redirects) is skipped
//! without keeping its block in memory, so a file of any size costs the memory of its
//! largest kept record.
//!
//! The `warc` crate parses each record's header block (version line, fields,
//! `Content-Length`); records are framed here, so that each one's offset is known and
//! a bad record costs only itself: after a malformed header block the reader looks
//! for the next `WARC/` version line. A file that ends inside a record, or whose gzip
//! data is corrupt, ends with an error naming the offset, keeping what came before.

use super::{article_from_bytes, Article, InputError, GZIP_MAGIC};
use std::fmt;
use std::io::{self, BufRead, BufReader, Read};

/// The largest WARC or HTTP header block read; a larger one is a bad record.
const MAX_HEAD: u64 = 1 << 20;

/// Where a record starts: its byte in the uncompressed stream and, in a file gzipped
/// record by record, the compressed byte its gzip member starts at (the offset a
/// Common Crawl index gives for it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Offset {
    pub byte: u64,
    pub member: Option<u64>,
}

impl fmt::Display for Offset {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self.member {
            Some(m) => write!(f, "byte {m} (gzip member; byte {} uncompressed)", self.byte),
            None => write!(f, "byte {}", self.byte),
        }
    }
}

/// A `response` record kept for extraction: its identity, the HTTP response's type,
/// and its payload as sent (still chunked or compressed if it was).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawRecord {
    pub offset: Offset,
    /// `WARC-Record-ID` without its angle brackets.
    pub id: String,
    /// `WARC-Target-URI`.
    pub url: String,
    pub http: Http,
    pub payload: Vec<u8>,
}

/// What a response's HTTP header says about its payload.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Http {
    pub status: u16,
    /// The media type, lower-cased (`text/html`), or empty when none was sent.
    pub media_type: String,
    pub charset: Option<String>,
    /// `Transfer-Encoding: chunked`.
    pub chunked: bool,
    /// `Content-Encoding`, lower-cased, when not `identity`.
    pub encoding: Option<String>,
}

impl Http {
    /// Whether the payload is worth reading: a success, of HTML or plain text (or of
    /// no declared type, left to content sniffing).
    fn wanted(&self) -> bool {
        (200..300).contains(&self.status)
            && matches!(
                self.media_type.as_str(),
                "" | "text/html" | "application/xhtml+xml" | "text/plain"
            )
    }

    fn is_html(&self) -> bool {
        matches!(
            self.media_type.as_str(),
            "text/html" | "application/xhtml+xml"
        )
    }
}

/// The records of one WARC file, read as they come.
///
/// ```
/// use ostract::input::warc::Records;
/// let page = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>hi</p>";
/// let warc = format!(
///     "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\n\
///      WARC-Target-URI: https://example.com/\r\nContent-Type: application/http; msgtype=response\r\n\
///      Content-Length: {}\r\n\r\n{page}\r\n\r\n", page.len());
/// let mut records = Records::new("c.warc", warc.as_bytes()).unwrap();
/// let r = records.next().unwrap().unwrap();
/// assert_eq!((r.id.as_str(), r.url.as_str(), r.offset.byte), ("urn:uuid:1", "https://example.com/", 0));
/// assert!(records.next().is_none());
/// ```
pub struct Records<R: Read> {
    label: String,
    reader: Counted<BufReader<Stream<R>>>,
    /// A `WARC/` line found while looking for the next record, to be read as its
    /// first, with its offset.
    pending: Option<(Offset, Vec<u8>)>,
    done: bool,
}

/// One step of the reader.
enum Step {
    Record(RawRecord),
    Skipped,
    End,
}

/// A record that could not be read: where, why, and whether the file can go on.
struct Bad {
    at: Offset,
    reason: String,
    fatal: bool,
}

impl<R: Read> Records<R> {
    /// Reads `raw`, gunzipping it when it starts with the gzip magic bytes. `label`
    /// names the file in sources and errors.
    pub fn new(label: &str, raw: R) -> io::Result<Records<R>> {
        let mut raw = BufReader::with_capacity(1 << 16, raw);
        let stream = if raw.fill_buf()?.starts_with(&GZIP_MAGIC) {
            Stream::Gzip(Members {
                state: Some(Member::Between(Counted::new(raw))),
                produced: 0,
                starts: Vec::new(),
            })
        } else {
            Stream::Plain(raw)
        };
        Ok(Records {
            label: label.to_string(),
            reader: Counted::new(BufReader::with_capacity(1 << 16, stream)),
            pending: None,
            done: false,
        })
    }

    /// Up to `max` further results, fewer once their payloads reach `max_bytes`; empty
    /// at the end of the file.
    pub fn next_chunk(
        &mut self,
        max: usize,
        max_bytes: usize,
    ) -> Vec<Result<RawRecord, InputError>> {
        let mut out = Vec::new();
        let mut bytes = 0;
        while out.len() < max && bytes < max_bytes {
            let Some(r) = self.next() else { break };
            bytes += r.as_ref().map_or(0, |r| r.payload.len());
            out.push(r);
        }
        out
    }

    /// The offset of the next byte of the uncompressed stream, with its gzip member
    /// when one starts there. Members that start before it are forgotten.
    fn offset(&mut self) -> Offset {
        let byte = self.reader.count;
        let member = match self.reader.inner.get_mut() {
            Stream::Plain(_) => None,
            Stream::Gzip(m) => {
                let seen = m.starts.iter().take_while(|s| s.0 <= byte).count();
                m.starts.drain(..seen.saturating_sub(1));
                m.starts
                    .first()
                    .filter(|s| s.0 == byte)
                    .map(|&(_, compressed)| compressed)
            }
        };
        Offset { byte, member }
    }

    fn step(&mut self) -> Result<Step, Bad> {
        // Records are separated by a blank line; be lenient about how many.
        let at = loop {
            if let Some((at, _)) = self.pending {
                break at;
            }
            // Filled first: a gzip member that starts here is known once it is read.
            let first = match self.reader.fill_buf() {
                Ok([]) => return Ok(Step::End),
                Ok(b) => b[0],
                Err(e) => {
                    let at = self.offset();
                    return Err(self.read_error(at, e));
                }
            };
            if first == b'\r' || first == b'\n' {
                self.reader.consume(1);
                continue;
            }
            break self.offset();
        };
        let head = self.read_head(at)?;
        let (fields, length) = match ::warc::parser::headers(&head) {
            Ok((_, (_, fields, length))) => (fields, length),
            Err(_) => return Err(self.resync(at, "malformed WARC header block")),
        };
        let field = |name: &str| {
            fields
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(name))
                .map(|(_, v)| String::from_utf8_lossy(v).trim().to_string())
        };
        if field("Content-Length").is_none() {
            return Err(self.resync(at, "no Content-Length"));
        }
        let warc_type = field("WARC-Type").unwrap_or_default();
        let http = field("Content-Type")
            .is_none_or(|t| t.to_ascii_lowercase().starts_with("application/http"));
        let id = field("WARC-Record-ID").map(|s| unbracket(&s).to_string());
        let url = field("WARC-Target-URI").map(|s| unbracket(&s).to_string());
        let mut block = (&mut self.reader).take(length as u64);
        let record = if warc_type.eq_ignore_ascii_case("response") && http {
            read_response(&mut block)
        } else {
            Ok(None)
        };
        // Whatever the record held, the rest of its block is skipped unread.
        let rest = io::copy(&mut block, &mut io::sink());
        let left = block.limit();
        match rest {
            Err(e) => return Err(self.read_error(at, e)),
            Ok(_) if left > 0 => {
                return Err(Bad {
                    at,
                    reason: format!(
                        "truncated: the file ends {left} bytes before the end of the record's {length}-byte block"
                    ),
                    fatal: true,
                })
            }
            Ok(_) => {}
        }
        match record {
            Ok(Some((http, payload))) => Ok(Step::Record(RawRecord {
                offset: at,
                id: id.unwrap_or_else(|| format!("byte-{}", at.byte)),
                url: url.unwrap_or_default(),
                http,
                payload,
            })),
            Ok(None) => Ok(Step::Skipped),
            Err(reason) => Err(Bad {
                at,
                reason,
                fatal: false,
            }),
        }
    }

    /// The record's header block, from its `WARC/` line to the blank line after it.
    fn read_head(&mut self, at: Offset) -> Result<Vec<u8>, Bad> {
        let mut head = self.pending.take().map(|p| p.1).unwrap_or_default();
        if head.is_empty() {
            match self.read_line(&mut head) {
                Ok(_) => {}
                Err(e) => return Err(self.read_error(at, e)),
            }
            if !head.starts_with(b"WARC/") {
                return Err(self.resync(at, "no WARC/ version line where a record should start"));
            }
        }
        loop {
            let start = head.len();
            match self.read_line(&mut head) {
                Ok(0) => {
                    return Err(Bad {
                        at,
                        reason: "truncated: the file ends inside the record's header".into(),
                        fatal: true,
                    })
                }
                Ok(_) => {}
                Err(e) => return Err(self.read_error(at, e)),
            }
            if matches!(&head[start..], b"\r\n" | b"\n") {
                return Ok(head);
            }
            if head.len() as u64 >= MAX_HEAD {
                return Err(self.resync(at, "header block over 1 MiB"));
            }
        }
    }

    /// Appends one line (at most [`MAX_HEAD`] bytes of it) to `buf`.
    fn read_line(&mut self, buf: &mut Vec<u8>) -> io::Result<usize> {
        (&mut self.reader).take(MAX_HEAD).read_until(b'\n', buf)
    }

    /// Skips to the next line that starts a record, after a bad one at `at`.
    fn resync(&mut self, at: Offset, why: &str) -> Bad {
        loop {
            let line_at = self.offset();
            let mut prefix = Vec::new();
            match self.skip_line(&mut prefix) {
                Ok(true) => {}
                Ok(false) => {
                    return Bad {
                        at,
                        reason: format!("{why}; no record follows it"),
                        fatal: true,
                    }
                }
                Err(e) => return self.read_error(at, e),
            }
            if prefix.starts_with(b"WARC/") && prefix.ends_with(b"\n") {
                self.pending = Some((line_at, prefix));
                return Bad {
                    at,
                    reason: format!("{why}; skipped to the next record at {line_at}"),
                    fatal: false,
                };
            }
        }
    }

    /// Consumes one line, keeping its first 32 bytes in `prefix`; false at the end.
    fn skip_line(&mut self, prefix: &mut Vec<u8>) -> io::Result<bool> {
        let mut any = false;
        loop {
            let buf = self.reader.fill_buf()?;
            if buf.is_empty() {
                return Ok(any);
            }
            any = true;
            let (n, end) = match memchr::memchr(b'\n', buf) {
                Some(i) => (i + 1, true),
                None => (buf.len(), false),
            };
            let keep = n.min(32usize.saturating_sub(prefix.len()));
            prefix.extend_from_slice(&buf[..keep]);
            self.reader.consume(n);
            if end {
                return Ok(true);
            }
        }
    }

    fn read_error(&mut self, at: Offset, e: io::Error) -> Bad {
        let gzip = matches!(self.reader.inner.get_ref(), Stream::Gzip(_));
        Bad {
            at,
            reason: if gzip {
                format!("truncated or corrupt gzip data: {e}")
            } else {
                format!("read error: {e}")
            },
            fatal: true,
        }
    }
}

impl<R: Read> Iterator for Records<R> {
    type Item = Result<RawRecord, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            match self.step() {
                Ok(Step::Record(r)) => return Some(Ok(r)),
                Ok(Step::Skipped) => {}
                Ok(Step::End) => self.done = true,
                Err(bad) => {
                    self.done = bad.fatal;
                    return Some(Err(InputError::Warc {
                        path: self.label.clone(),
                        at: bad.at,
                        reason: bad.reason,
                    }));
                }
            }
        }
        None
    }
}

/// Reads a response block's HTTP header and, when the response is wanted, its payload.
fn read_response(block: &mut impl BufRead) -> Result<Option<(Http, Vec<u8>)>, String> {
    let mut head = Vec::new();
    loop {
        let start = head.len();
        let n = Read::take(&mut *block, MAX_HEAD)
            .read_until(b'\n', &mut head)
            .map_err(|e| e.to_string())?;
        if start == 0 && !head.starts_with(b"HTTP/") {
            return Err(not_http(&String::from_utf8_lossy(&head)));
        }
        if n == 0 {
            return Err("the HTTP header has no end".into());
        }
        if matches!(&head[start..], b"\r\n" | b"\n") {
            break;
        }
        if head.len() as u64 >= MAX_HEAD {
            return Err("HTTP header over 1 MiB".into());
        }
    }
    let http = parse_http(&head)?;
    if !http.wanted() {
        return Ok(None);
    }
    let mut payload = Vec::new();
    block.read_to_end(&mut payload).map_err(|e| e.to_string())?;
    Ok(Some((http, payload)))
}

/// The status and the payload's type and encodings, from an HTTP response header.
fn parse_http(head: &[u8]) -> Result<Http, String> {
    let text = String::from_utf8_lossy(head);
    let mut lines = text.lines();
    let status_line = lines.next().unwrap_or_default();
    let status = status_line
        .strip_prefix("HTTP/")
        .and_then(|rest| rest.split_whitespace().nth(1))
        .and_then(|code| code.parse().ok())
        .ok_or_else(|| not_http(status_line))?;
    let mut http = Http {
        status,
        ..Http::default()
    };
    for line in lines {
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim();
        match name.trim().to_ascii_lowercase().as_str() {
            "content-type" => {
                let mut parts = value.split(';');
                http.media_type = parts.next().unwrap_or("").trim().to_ascii_lowercase();
                http.charset = parts.find_map(|p| {
                    let (k, v) = p.split_once('=')?;
                    k.trim()
                        .eq_ignore_ascii_case("charset")
                        .then(|| v.trim().trim_matches(['"', '\'']).to_string())
                });
            }
            "transfer-encoding" => http.chunked = value.to_ascii_lowercase().contains("chunked"),
            "content-encoding" => {
                let e = value.to_ascii_lowercase();
                http.encoding = (!e.is_empty() && e != "identity").then_some(e);
            }
            _ => {}
        }
    }
    Ok(http)
}

fn not_http(first_line: &str) -> String {
    let line: String = first_line.trim_end().chars().take(60).collect();
    format!("not an HTTP response: {line:?}")
}

/// Turns a kept record into an article: the payload de-chunked and decompressed,
/// decoded by the charset of the HTTP header, then the page's own, as article files
/// are. The source is `LABEL#record-id`; an empty payload is `None`.
pub fn parse(label: &str, raw: &RawRecord) -> Result<Option<Article>, InputError> {
    let bad = |reason: String| InputError::Warc {
        path: label.to_string(),
        at: raw.offset,
        reason,
    };
    let source = format!("{label}#{}", raw.id);
    let mut body = if raw.http.chunked {
        dechunk(&raw.payload).ok_or_else(|| bad("bad chunked transfer encoding".into()))?
    } else {
        raw.payload.clone()
    };
    if let Some(e) = &raw.http.encoding {
        body = decompress(e, &body).map_err(bad)?;
    }
    match article_from_bytes(
        &source,
        &body,
        raw.http.is_html(),
        raw.http.charset.as_deref(),
    ) {
        Ok(mut a) => {
            a.url.clone_from(&raw.url);
            Ok(Some(a))
        }
        Err(InputError::Empty { .. }) => Ok(None),
        Err(e) => Err(e),
    }
}

/// The body of a `Transfer-Encoding: chunked` payload.
fn dechunk(mut b: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(b.len());
    loop {
        let eol = memchr::memchr(b'\n', b)?;
        let size = std::str::from_utf8(&b[..eol]).ok()?;
        let size = size.split(';').next()?.trim();
        let n = usize::from_str_radix(size, 16).ok()?;
        b = &b[eol + 1..];
        if n == 0 {
            return Some(out);
        }
        out.extend_from_slice(b.get(..n)?);
        b = &b[n..];
        b = b
            .strip_prefix(b"\r\n")
            .or_else(|| b.strip_prefix(b"\n"))
            .unwrap_or(b);
    }
}

/// A payload sent with `Content-Encoding` gzip or deflate, decompressed.
fn decompress(encoding: &str, body: &[u8]) -> Result<Vec<u8>, String> {
    let result = match encoding {
        "gzip" | "x-gzip" => super::gunzip(body),
        // `deflate` is meant to be zlib-wrapped; some servers send it raw.
        "deflate" => {
            let mut out = Vec::new();
            flate2::read::ZlibDecoder::new(body)
                .read_to_end(&mut out)
                .or_else(|_| {
                    out.clear();
                    flate2::read::DeflateDecoder::new(body).read_to_end(&mut out)
                })
                .map(|_| out)
        }
        other => return Err(format!("unsupported Content-Encoding {other:?}")),
    };
    result.map_err(|e| format!("bad {encoding} payload: {e}"))
}

fn unbracket(s: &str) -> &str {
    s.strip_prefix('<')
        .and_then(|s| s.strip_suffix('>'))
        .unwrap_or(s)
}

/// A reader that counts the bytes consumed from it.
struct Counted<B> {
    inner: B,
    count: u64,
}

impl<B> Counted<B> {
    fn new(inner: B) -> Counted<B> {
        Counted { inner, count: 0 }
    }
}

impl<B: BufRead> Read for Counted<B> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count += n as u64;
        Ok(n)
    }
}

impl<B: BufRead> BufRead for Counted<B> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        self.inner.fill_buf()
    }
    fn consume(&mut self, n: usize) {
        self.count += n as u64;
        self.inner.consume(n);
    }
}

/// The uncompressed content of a WARC file.
enum Stream<R> {
    Plain(BufReader<R>),
    Gzip(Members<R>),
}

impl<R: Read> Read for Stream<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self {
            Stream::Plain(r) => r.read(buf),
            Stream::Gzip(m) => m.read(buf),
        }
    }
}

/// A gzip file read member by member, noting where each member starts.
struct Members<R> {
    state: Option<Member<R>>,
    /// Uncompressed bytes produced so far.
    produced: u64,
    /// (uncompressed, compressed) offsets of the members started and not yet passed.
    starts: Vec<(u64, u64)>,
}

enum Member<R> {
    Between(Counted<BufReader<R>>),
    In(flate2::bufread::GzDecoder<Counted<BufReader<R>>>),
}

impl<R: Read> Read for Members<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if buf.is_empty() {
            return Ok(0);
        }
        loop {
            match self.state.take() {
                None => return Ok(0),
                Some(Member::In(mut d)) => match d.read(buf) {
                    Ok(0) => self.state = Some(Member::Between(d.into_inner())),
                    Ok(n) => {
                        self.produced += n as u64;
                        self.state = Some(Member::In(d));
                        return Ok(n);
                    }
                    Err(e) => return Err(e),
                },
                Some(Member::Between(mut c)) => {
                    if c.fill_buf()?.is_empty() {
                        return Ok(0);
                    }
                    self.starts.push((self.produced, c.count));
                    self.state = Some(Member::In(flate2::bufread::GzDecoder::new(c)));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn record(id: u32, kind: &str, block: &str) -> String {
        format!(
            "WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:x:{id}>\r\n\
             WARC-Target-URI: https://e.com/{id}\r\nContent-Length: {}\r\n\r\n{block}\r\n\r\n",
            block.len()
        )
    }

    fn page(body: &str) -> String {
        format!("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n{body}")
    }

    fn gz(data: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    /// (id, offset) of each record, or the error's text.
    fn read(bytes: &[u8]) -> Vec<Result<(String, Offset), String>> {
        Records::new("w", bytes)
            .unwrap()
            .map(|r| r.map(|r| (r.id, r.offset)).map_err(|e| e.to_string()))
            .collect()
    }

    fn at(byte: u64, member: Option<u64>) -> Offset {
        Offset { byte, member }
    }

    #[test]
    fn only_wanted_responses_are_kept() {
        let recs = [
            record(1, "warcinfo", "software: x\r\n"),
            record(2, "request", "GET / HTTP/1.1\r\n\r\n"),
            record(3, "response", &page("<p>a</p>")),
            record(
                4,
                "response",
                "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\u{1}PNG",
            ),
            record(
                5,
                "response",
                "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\nno",
            ),
            record(6, "response", "HTTP/1.0 200 OK\r\n\r\nplain, no type"),
        ];
        let plain = recs.concat();
        let third = (recs[0].len() + recs[1].len()) as u64;
        let sixth = plain.len() as u64 - recs[5].len() as u64;
        assert_eq!(
            read(plain.as_bytes()),
            [
                Ok(("urn:x:3".into(), at(third, None))),
                Ok(("urn:x:6".into(), at(sixth, None)))
            ]
        );
        // Gzipped record by record: each record's member is its offset.
        let members: Vec<Vec<u8>> = recs.iter().map(|r| gz(r.as_bytes())).collect();
        let third_member = (members[0].len() + members[1].len()) as u64;
        let sixth_member = members[..5].iter().map(Vec::len).sum::<usize>() as u64;
        assert_eq!(
            read(&members.concat()),
            [
                Ok(("urn:x:3".into(), at(third, Some(third_member)))),
                Ok(("urn:x:6".into(), at(sixth, Some(sixth_member))))
            ]
        );
        // Gzipped whole: no member offsets past the first.
        assert_eq!(
            read(&gz(plain.as_bytes())),
            [
                Ok(("urn:x:3".into(), at(third, None))),
                Ok(("urn:x:6".into(), at(sixth, None)))
            ]
        );
    }

    #[test]
    fn a_bad_record_costs_only_itself() {
        let one = record(1, "response", &page("<p>a</p>"));
        let two = record(2, "response", &page("<p>b</p>"));
        let bad_fields = "WARC/1.0\r\nnot a field\r\n\r\n";
        let no_length = "WARC/1.0\r\nWARC-Type: response\r\n\r\n";
        let not_http = record(3, "response", "garbage, not HTTP");
        let warc = format!("{one}junk\r\n{bad_fields}{no_length}{not_http}{two}");
        let got = read(warc.as_bytes());
        let o = one.len();
        assert_eq!(got.len(), 6, "{got:?}");
        assert_eq!(got[0], Ok(("urn:x:1".into(), at(0, None))));
        let junk_end = o + "junk\r\n".len();
        let no_length_at = junk_end + bad_fields.len();
        let not_http_at = no_length_at + no_length.len();
        let two_at = not_http_at + not_http.len();
        assert_eq!(
            got[1..5],
            [
                Err(format!("w: WARC record at byte {o}: no WARC/ version line where a record should start; skipped to the next record at byte {junk_end}")),
                Err(format!("w: WARC record at byte {junk_end}: malformed WARC header block; skipped to the next record at byte {no_length_at}")),
                Err(format!("w: WARC record at byte {no_length_at}: no Content-Length; skipped to the next record at byte {not_http_at}")),
                Err(format!("w: WARC record at byte {not_http_at}: not an HTTP response: \"garbage, not HTTP\"")),
            ]
        );
        assert_eq!(got[5], Ok(("urn:x:2".into(), at(two_at as u64, None))));
    }

    #[test]
    fn a_truncated_file_ends_with_an_error_at_the_record() {
        let one = record(1, "response", &page("<p>a</p>"));
        let two = record(2, "response", &page("<p>b</p>"));
        let cut = format!("{one}{}", &two[..two.len() - 12]);
        let got = read(cut.as_bytes());
        assert_eq!(got.len(), 2);
        let err = got[1].as_ref().unwrap_err();
        assert!(
            err.starts_with(&format!("w: WARC record at byte {}: truncated", one.len())),
            "{err}"
        );
        // Cut inside the header, and inside a gzip member.
        let got = read(format!("{one}WARC/1.1\r\nWARC-Type: resp").as_bytes());
        assert!(got[1].as_ref().unwrap_err().contains("truncated"));
        let mut bytes = gz(one.as_bytes());
        let second = gz(two.as_bytes());
        bytes.extend_from_slice(&second[..second.len() / 2]);
        let got = read(&bytes);
        assert_eq!(got.len(), 2);
        assert!(got[1].is_err());
    }

    #[test]
    fn payloads_are_dechunked_decompressed_and_decoded_by_the_header_charset() {
        let html = "<html><body><p>드라마 ‘도깨비’ OST</p></body></html>";
        let (euc, _, _) = encoding_rs::EUC_KR.encode(html);
        let body = gz(&euc);
        let mut chunked = Vec::new();
        for part in body.chunks(7) {
            chunked.extend_from_slice(format!("{:x}\r\n", part.len()).as_bytes());
            chunked.extend_from_slice(part);
            chunked.extend_from_slice(b"\r\n");
        }
        chunked.extend_from_slice(b"0\r\n\r\n");
        let raw = RawRecord {
            offset: at(0, None),
            id: "urn:x:1".into(),
            url: "https://e.com/1".into(),
            http: parse_http(
                b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=\"EUC-KR\"\r\n\
                  Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n",
            )
            .unwrap(),
            payload: chunked,
        };
        assert_eq!(raw.http.charset.as_deref(), Some("EUC-KR"));
        let a = parse("w", &raw).unwrap().unwrap();
        assert_eq!(a.text, "드라마 ‘도깨비’ OST\n");
        assert_eq!(
            (a.source.as_str(), a.url.as_str()),
            ("w#urn:x:1", "https://e.com/1")
        );
        let brotli = RawRecord {
            http: Http {
                encoding: Some("br".into()),
                ..raw.http.clone()
            },
            ..raw
        };
        assert!(parse("w", &brotli)
            .unwrap_err()
            .to_string()
            .contains("unsupported Content-Encoding \"br\""));
    }
}
