//! JSONL crawl batches: one article a line, `{"id", "url", "html"}` or `{"id", "text"}`,
//! optionally with `"encoding"` naming the charset of a line that is not UTF-8.
//!
//! Lines are read incrementally, so a batch of any size costs the memory of its
//! longest line, and a bad line costs only itself.

use super::{article, decode, mojibake_warning, Article, InputError};
use serde::Deserialize;
use std::io::{BufRead, BufReader, Read};

/// One line of a batch, as bytes, with its 1-based line number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawLine {
    pub number: usize,
    pub bytes: Vec<u8>,
}

/// Reads a batch in chunks of lines.
pub struct Lines<R> {
    reader: BufReader<R>,
    number: usize,
    /// Hand over what has arrived instead of waiting for a full chunk (for a pipe).
    eager: bool,
}

impl<R: Read> Lines<R> {
    /// Reads lines from `reader`. With `eager`, a chunk ends as soon as no more input is
    /// buffered, so a slow producer on stdin sees each article's records at once.
    pub fn new(reader: R, eager: bool) -> Lines<R> {
        Lines {
            reader: BufReader::with_capacity(1 << 16, reader),
            number: 0,
            eager,
        }
    }

    /// Up to `max` further lines; empty at the end of the input.
    ///
    /// ```
    /// use ostract::input::jsonl::Lines;
    /// let mut lines = Lines::new(&b"{\"id\":1}\n\n{\"id\":2}"[..], false);
    /// let chunk = lines.next_chunk(10).unwrap();
    /// assert_eq!(chunk.iter().map(|l| l.number).collect::<Vec<_>>(), [1, 2, 3]);
    /// assert!(lines.next_chunk(10).unwrap().is_empty());
    /// ```
    pub fn next_chunk(&mut self, max: usize) -> std::io::Result<Vec<RawLine>> {
        let mut out = Vec::new();
        while out.len() < max {
            let mut bytes = Vec::new();
            if self.reader.read_until(b'\n', &mut bytes)? == 0 {
                break;
            }
            self.number += 1;
            out.push(RawLine {
                number: self.number,
                bytes,
            });
            // Only what is already buffered counts: asking a pipe for more would
            // wait for the producer.
            if self.eager && self.reader.buffer().is_empty() {
                break;
            }
        }
        Ok(out)
    }
}

/// One batch line as deserialized.
#[derive(Debug, Deserialize)]
struct Row {
    id: Option<serde_json::Value>,
    #[serde(default)]
    html: Option<String>,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    encoding: Option<String>,
}

/// Turns one batch line into an article; blank lines are `None`. The source is
/// `LABEL#id` (or `LABEL#line` without an id).
///
/// ```
/// use ostract::input::jsonl::{parse, RawLine};
/// let line = RawLine { number: 1, bytes: br#"{"id": 7, "html": "<p>two</p>"}"#.to_vec() };
/// let a = parse("b.jsonl", &line).unwrap().unwrap();
/// assert_eq!((a.source.as_str(), a.text.as_str()), ("b.jsonl#7", "two\n"));
/// ```
pub fn parse(label: &str, line: &RawLine) -> Result<Option<Article>, InputError> {
    let bad = |reason: String| InputError::JsonLine {
        path: label.to_string(),
        line: line.number,
        reason,
    };
    let bytes = line
        .bytes
        .strip_prefix(b"\xEF\xBB\xBF")
        .unwrap_or(&line.bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Ok(None);
    }
    let mut warnings = Vec::new();
    let row: Row = match std::str::from_utf8(bytes) {
        Ok(s) => serde_json::from_str(s).map_err(|e| bad(e.to_string()))?,
        Err(_) => {
            // A line in a legacy charset: its `encoding` field (ASCII, so readable
            // through lossy decoding) says which; detection otherwise.
            let lossy: Option<Row> = serde_json::from_str(&String::from_utf8_lossy(bytes)).ok();
            let label_enc = lossy.and_then(|r| r.encoding);
            let decoded = decode::decode(bytes, label_enc.as_deref());
            if let Some(offset) = decoded.bad_offset {
                warnings.push(format!(
                    "{label}:{}: invalid {} at byte {offset}, decoded lossily",
                    line.number, decoded.encoding
                ));
            }
            serde_json::from_str(&decoded.text).map_err(|e| bad(e.to_string()))?
        }
    };
    let id = match &row.id {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(v) => v.to_string(),
        None => line.number.to_string(),
    };
    let source = format!("{label}#{id}");
    let (body, is_html) = match (row.html, row.text) {
        (Some(h), _) => (h, true),
        (None, Some(t)) => {
            let html = crate::html::looks_like_html(&t);
            (t, html)
        }
        (None, None) => return Err(bad("no \"html\" or \"text\" field".into())),
    };
    let body = match decode::repair_mojibake(&body) {
        Some((fixed, from)) => {
            warnings.push(mojibake_warning(&source, from));
            fixed
        }
        None => body,
    };
    Ok(Some(article(source, body, is_html, warnings)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_all(batch: &[u8]) -> (Vec<Article>, Vec<String>) {
        let mut lines = Lines::new(batch, false);
        let mut ok = Vec::new();
        let mut errors = Vec::new();
        for l in lines.next_chunk(usize::MAX).unwrap() {
            match parse("b.jsonl", &l) {
                Ok(Some(a)) => ok.push(a),
                Ok(None) => {}
                Err(e) => errors.push(e.to_string()),
            }
        }
        (ok, errors)
    }

    #[test]
    fn bad_line_is_reported_with_its_number_and_skipped() {
        let (ok, errors) = parse_all(
            b"{\"id\": \"a\", \"text\": \"one\"}\nnot json\n{\"id\": 7, \"html\": \"<p>two</p>\"}\n{\"id\": 8}\n",
        );
        assert_eq!(ok.len(), 2);
        assert_eq!(ok[1].source, "b.jsonl#7");
        assert!(
            errors[0].starts_with("b.jsonl:2: bad JSONL line"),
            "{errors:?}"
        );
        assert_eq!(
            errors[1],
            "b.jsonl:4: bad JSONL line: no \"html\" or \"text\" field"
        );
    }

    #[test]
    fn a_line_in_a_legacy_charset_is_decoded_by_its_encoding_field() {
        let line = "{\"id\": \"k\", \"encoding\": \"euc-kr\", \"text\": \"드라마 ‘도깨비’ OST\"}\n";
        let (bytes, _, _) = encoding_rs::EUC_KR.encode(line);
        let (ok, errors) = parse_all(&bytes);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(ok[0].text, "드라마 ‘도깨비’ OST");
    }

    #[test]
    fn mojibake_in_a_field_is_repaired_with_a_warning() {
        let (ok, _) =
            parse_all("{\"id\": 1, \"text\": \"â€œFlowerâ€\\u009d â€“ Yoon Mirae\"}".as_bytes());
        assert_eq!(ok[0].text, "“Flower” – Yoon Mirae");
        assert!(ok[0].warnings[0].contains("repaired mojibake"));
    }

    #[test]
    fn a_bom_on_the_first_line_is_ignored() {
        let (ok, errors) = parse_all(b"\xEF\xBB\xBF{\"id\": 1, \"text\": \"x\"}\n");
        assert!(errors.is_empty());
        assert_eq!(ok[0].source, "b.jsonl#1");
    }
}
