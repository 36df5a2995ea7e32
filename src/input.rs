//! Input: walking paths, reading files (gzip, JSONL batches, stdin), decoding character
//! sets, and turning each article into the text the rules see.

use crate::html;
use encoding_rs::Encoding;
use serde::Deserialize;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Why an input could not be read. Every message names the input.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    #[error("{path}: no such file or directory")]
    NotFound { path: String },
    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: no articles found (expected .txt, .md, .html, .htm, .jsonl or .gz files)")]
    NoArticles { path: String },
    #[error("{path}: binary file, skipped")]
    Binary { path: String },
    #[error("{path}: empty file")]
    Empty { path: String },
    #[error("{path}:{line}: bad JSONL line: {reason}")]
    JsonLine {
        path: String,
        line: usize,
        reason: String,
    },
}

/// One input to read: a file found by walking, or standard input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputFile {
    /// The path as given or walked; `-` for standard input.
    pub path: PathBuf,
}

impl InputFile {
    /// The label used in records' `source`.
    pub fn label(&self) -> String {
        self.path.display().to_string()
    }
}

/// How to read standard input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StdinFormat {
    /// One article (text or HTML, sniffed).
    #[default]
    Article,
    /// A JSONL batch.
    Jsonl,
}

const EXTENSIONS: &[&str] = &[
    "txt", "md", "html", "htm", "jsonl", "gz", "text", "markdown", "xhtml",
];

/// Whether a walked file is an article input by its name: a known extension or none.
pub fn is_article_name(path: &Path) -> bool {
    match path.extension().and_then(|e| e.to_str()) {
        None => true,
        Some(e) => EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()),
    }
}

/// Expands paths into input files: files as given, folders walked recursively in
/// name order (hidden entries skipped, symlink loops reported), `-` as stdin.
///
/// Returns the files and the per-path problems (a missing path, an empty folder, an
/// unreadable entry). The order is deterministic.
pub fn collect(paths: &[PathBuf]) -> (Vec<InputFile>, Vec<InputError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            files.push(InputFile { path: p.clone() });
            continue;
        }
        let meta = match std::fs::metadata(p) {
            Ok(m) => m,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                errors.push(InputError::NotFound {
                    path: p.display().to_string(),
                });
                continue;
            }
            Err(source) => {
                errors.push(InputError::Io {
                    path: p.display().to_string(),
                    source,
                });
                continue;
            }
        };
        if meta.is_file() {
            files.push(InputFile { path: p.clone() });
            continue;
        }
        let before = files.len();
        let walker = walkdir::WalkDir::new(p)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
        for entry in walker {
            match entry {
                Ok(e) if e.file_type().is_file() && is_article_name(e.path()) => {
                    files.push(InputFile {
                        path: e.into_path(),
                    });
                }
                Ok(_) => {}
                Err(e) => {
                    let path = e
                        .path()
                        .map(|p| p.display().to_string())
                        .unwrap_or_else(|| p.display().to_string());
                    let reason = e.to_string();
                    errors.push(InputError::Io {
                        path,
                        source: std::io::Error::other(reason),
                    });
                }
            }
        }
        if files.len() == before {
            errors.push(InputError::NoArticles {
                path: p.display().to_string(),
            });
        }
    }
    (files, errors)
}

/// One article, decoded and cleaned: the text the rules see.
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    /// The source label: the path, or `FILE#id` for a JSONL line.
    pub source: String,
    pub text: String,
    /// Non-fatal problems (lossy decoding, a repaired encoding).
    pub warnings: Vec<String>,
}

/// The result of reading one input file: its articles and the problems of single
/// articles in it (bad JSONL lines), which cost only those articles.
#[derive(Debug, Default)]
pub struct Loaded {
    pub articles: Vec<Article>,
    pub errors: Vec<InputError>,
}

/// Reads one input file into articles. `stdin` supplies standard input's bytes.
pub fn load(file: &InputFile, stdin_format: StdinFormat) -> Result<Loaded, InputError> {
    let label = file.label();
    let io = |source| InputError::Io {
        path: label.clone(),
        source,
    };
    let bytes = if file.path.as_os_str() == "-" {
        let mut b = Vec::new();
        std::io::stdin().read_to_end(&mut b).map_err(io)?;
        b
    } else {
        std::fs::read(&file.path).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => InputError::NotFound {
                path: label.clone(),
            },
            _ => io(e),
        })?
    };
    let name = file.path.to_string_lossy().to_ascii_lowercase();
    let (bytes, name) = if bytes.starts_with(&[0x1f, 0x8b]) {
        let mut out = Vec::new();
        flate2::read::MultiGzDecoder::new(&bytes[..])
            .read_to_end(&mut out)
            .map_err(io)?;
        (out, name.trim_end_matches(".gz").to_string())
    } else {
        (bytes, name)
    };
    let jsonl = name.ends_with(".jsonl")
        || file.path.as_os_str() == "-" && stdin_format == StdinFormat::Jsonl;
    if jsonl {
        return Ok(load_jsonl(&label, &bytes));
    }
    let html_hint = name.ends_with(".html") || name.ends_with(".htm") || name.ends_with(".xhtml");
    let article = article_from_bytes(&label, &bytes, html_hint, None)?;
    Ok(Loaded {
        articles: vec![article],
        errors: Vec::new(),
    })
}

/// One JSONL batch line: `{"id", "url", "html"}` or `{"id", "text"}`, optionally with
/// `"encoding"`.
#[derive(Debug, Deserialize)]
struct JsonArticle {
    id: Option<serde_json::Value>,
    #[serde(default)]
    html: Option<String>,
    #[serde(default)]
    text: Option<String>,
}

fn load_jsonl(label: &str, bytes: &[u8]) -> Loaded {
    let mut loaded = Loaded::default();
    let text = String::from_utf8_lossy(bytes);
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let bad = |reason: String| InputError::JsonLine {
            path: label.to_string(),
            line: i + 1,
            reason,
        };
        let row: JsonArticle = match serde_json::from_str(line) {
            Ok(r) => r,
            Err(e) => {
                loaded.errors.push(bad(e.to_string()));
                continue;
            }
        };
        let id = match &row.id {
            Some(serde_json::Value::String(s)) => s.clone(),
            Some(v) => v.to_string(),
            None => (i + 1).to_string(),
        };
        let source = format!("{label}#{id}");
        let (body, is_html) = match (row.html, row.text) {
            (Some(h), _) => (h, true),
            (None, Some(t)) => (t, false),
            (None, None) => {
                loaded
                    .errors
                    .push(bad("no \"html\" or \"text\" field".into()));
                continue;
            }
        };
        let text = if is_html || html::looks_like_html(&body) {
            html::to_text(&body)
        } else {
            body
        };
        loaded.articles.push(Article {
            source,
            text: normalize_newlines(&text),
            warnings: Vec::new(),
        });
    }
    loaded
}

/// Decodes an article's bytes and, for HTML, extracts its text.
pub fn article_from_bytes(
    label: &str,
    bytes: &[u8],
    html_hint: bool,
    encoding: Option<&str>,
) -> Result<Article, InputError> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(InputError::Empty {
            path: label.to_string(),
        });
    }
    if is_binary(bytes) {
        return Err(InputError::Binary {
            path: label.to_string(),
        });
    }
    let mut warnings = Vec::new();
    let decoded = decode(bytes, encoding);
    if let Some(offset) = decoded.bad_offset {
        warnings.push(format!(
            "{label}: invalid {} at byte {offset}, decoded lossily",
            decoded.encoding
        ));
    }
    let text = if html_hint || html::looks_like_html(&decoded.text) {
        html::to_text(&decoded.text)
    } else {
        decoded.text
    };
    Ok(Article {
        source: label.to_string(),
        text: normalize_newlines(&text),
        warnings,
    })
}

/// Text as decoded, with the encoding used and the first undecodable byte, if any.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
    pub bad_offset: Option<usize>,
}

/// Decodes bytes by, in order of trust: a BOM, a given label (a JSONL field), an HTML
/// `<meta charset>` or `http-equiv`, valid UTF-8, then detection (chardetng).
///
/// ```
/// use ostract::input::decode;
/// assert_eq!(decode("“Flower”".as_bytes(), None).text, "“Flower”");
/// let (euc, _, _) = encoding_rs::EUC_KR.encode("도깨비");
/// assert_eq!(decode(&euc, Some("euc-kr")).text, "도깨비");
/// ```
pub fn decode(bytes: &[u8], label: Option<&str>) -> Decoded {
    if let Some((enc, bom)) = Encoding::for_bom(bytes) {
        return run(enc, &bytes[bom..]);
    }
    if let Some(enc) = label.and_then(|l| Encoding::for_label(l.as_bytes())) {
        return run(enc, bytes);
    }
    if let Some(enc) = meta_charset(bytes) {
        return run(enc, bytes);
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Decoded {
            text: s.to_string(),
            encoding: "UTF-8",
            bad_offset: None,
        },
        Err(e) => {
            let mut det = chardetng::EncodingDetector::new();
            det.feed(bytes, true);
            let enc = det.guess(None, true);
            // Mostly-UTF-8 text with a few bad bytes stays UTF-8, decoded lossily.
            if enc == encoding_rs::UTF_8 || e.valid_up_to() * 10 > bytes.len() * 9 {
                let text = String::from_utf8_lossy(bytes).into_owned();
                return Decoded {
                    text,
                    encoding: "UTF-8",
                    bad_offset: Some(e.valid_up_to()),
                };
            }
            run(enc, bytes)
        }
    }
}

fn run(enc: &'static Encoding, bytes: &[u8]) -> Decoded {
    let (text, had_errors) = enc.decode_without_bom_handling(bytes);
    let bad_offset = had_errors.then(|| first_malformed(enc, bytes));
    Decoded {
        text: text.into_owned(),
        encoding: enc.name(),
        bad_offset,
    }
}

/// The byte offset of the first malformed sequence.
fn first_malformed(enc: &'static Encoding, bytes: &[u8]) -> usize {
    let mut dec = enc.new_decoder_without_bom_handling();
    let mut out = String::with_capacity(
        dec.max_utf8_buffer_length(bytes.len())
            .unwrap_or(bytes.len() * 3),
    );
    let (result, read) = dec.decode_to_string_without_replacement(bytes, &mut out, true);
    match result {
        encoding_rs::DecoderResult::Malformed(bad, unread) => read - bad as usize - unread as usize,
        _ => read,
    }
}

/// The charset an HTML document declares in its first 4 KB.
fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    let pos = head.find("charset=")?;
    let rest = head[pos + 8..].trim_start_matches(['"', '\'', ' ']);
    let label: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
        .collect();
    Encoding::for_label(label.as_bytes())
}

/// NUL bytes (outside UTF-16) mark a binary file.
fn is_binary(bytes: &[u8]) -> bool {
    if Encoding::for_bom(bytes)
        .is_some_and(|(e, _)| e == encoding_rs::UTF_16LE || e == encoding_rs::UTF_16BE)
    {
        return false;
    }
    bytes[..bytes.len().min(8192)].contains(&0)
}

/// `\r\n` and lone `\r` become `\n`, so line numbers and offsets agree everywhere.
fn normalize_newlines(s: &str) -> String {
    if !s.contains('\r') {
        return s.to_string();
    }
    s.replace("\r\n", "\n").replace('\r', "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boms() {
        let mut b = vec![0xEF, 0xBB, 0xBF];
        b.extend_from_slice("도깨비".as_bytes());
        assert_eq!(decode(&b, None).text, "도깨비");
        let mut le = vec![0xFF, 0xFE];
        for u in "Goblin 도깨비".encode_utf16() {
            le.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(decode(&le, None).text, "Goblin 도깨비");
        let mut be = vec![0xFE, 0xFF];
        for u in "Goblin".encode_utf16() {
            be.extend_from_slice(&u.to_be_bytes());
        }
        assert_eq!(decode(&be, None).text, "Goblin");
    }

    #[test]
    fn meta_charset_euc_kr() {
        let page =
            "<html><head><meta charset=\"euc-kr\"></head><body><p>태양의 후예</p></body></html>";
        let (bytes, _, _) = encoding_rs::EUC_KR.encode(page);
        let d = decode(&bytes, None);
        assert_eq!(d.encoding, "EUC-KR");
        assert!(d.text.contains("태양의 후예"));
    }

    #[test]
    fn detection_of_windows_1252() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1252
            .encode("The café’s “Flower” – a song sung by Beyoncé, with a naïve résumé");
        let d = decode(&bytes, None);
        assert!(d.text.contains("“Flower”"), "{}", d.text);
    }

    #[test]
    fn invalid_utf8_is_lossy_with_offset() {
        let mut b = "“Flower” – Yoon Mirae for Crash Landing on You, a long enough line of text"
            .as_bytes()
            .to_vec();
        b.push(0xFF);
        let d = decode(&b, None);
        assert_eq!(d.bad_offset, Some(b.len() - 1));
        assert!(d.text.ends_with('\u{FFFD}'));
    }

    #[test]
    fn binary_and_empty() {
        assert!(matches!(
            article_from_bytes("x", b"\x89PNG\0\0\0", false, None),
            Err(InputError::Binary { .. })
        ));
        assert!(matches!(
            article_from_bytes("x", b"  \n", false, None),
            Err(InputError::Empty { .. })
        ));
    }

    #[test]
    fn jsonl_bad_line_is_skipped() {
        let batch = b"{\"id\": \"a\", \"text\": \"one\"}\nnot json\n{\"id\": 7, \"html\": \"<p>two</p>\"}\n";
        let l = load_jsonl("b.jsonl", batch);
        assert_eq!(l.articles.len(), 2);
        assert_eq!(l.articles[1].source, "b.jsonl#7");
        assert_eq!(l.articles[1].text, "two\n");
        assert!(l.errors[0]
            .to_string()
            .starts_with("b.jsonl:2: bad JSONL line"));
    }
}
