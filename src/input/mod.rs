//! Input: walking paths, reading files (gzip, JSONL batches, WARC files, stdin),
//! decoding character sets, and turning each article into the text the rules see.

pub mod decode;
pub mod jsonl;
pub mod warc;

pub use decode::{decode, Decoded};

use crate::html;
use encoding_rs::Encoding;
use std::io::{BufRead, BufReader, Read};
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
    #[error(
        "{path}: no articles found (expected .txt, .md, .html, .htm, .jsonl, .warc or .gz files)"
    )]
    NoArticles { path: String },
    #[error("{path}: binary file, skipped")]
    Binary { path: String },
    #[error("{path}: empty file")]
    Empty { path: String },
    #[error("{path}: internal error, article skipped (please report it): {reason}")]
    Internal { path: String, reason: String },
    #[error("{path}:{line}: bad JSONL line: {reason}")]
    JsonLine {
        path: String,
        line: usize,
        reason: String,
    },
    #[error("{path}: WARC record at {at}: {reason}")]
    Warc {
        path: String,
        at: warc::Offset,
        reason: String,
    },
}

/// One input to read: a file found by walking, or standard input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputFile {
    /// The path as given or walked; `-` for standard input.
    pub path: PathBuf,
}

/// How to read standard input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StdinFormat {
    /// One article (text or HTML, sniffed).
    #[default]
    Article,
    /// A JSONL batch.
    Jsonl,
    /// A WARC file (gzipped or not).
    Warc,
}

/// What an input holds, by its name (or, for stdin, by [`StdinFormat`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// One article, text or HTML.
    Article,
    /// A JSONL batch: one article a line.
    Jsonl,
    /// A WARC file: one article per HTML or text response record.
    Warc,
}

const EXTENSIONS: &[&str] = &[
    "txt", "md", "html", "htm", "jsonl", "gz", "text", "markdown", "xhtml", "warc",
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
        let mut walk_errors = Vec::new();
        let walker = walkdir::WalkDir::new(p)
            .follow_links(true)
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
                    walk_errors.push((path, e.to_string()));
                }
            }
        }
        // Sorted once, as a depth-first walk with each folder's entries by name would
        // list them: by component, which is byte order with the separator below every
        // other byte. walkdir's own sort (and `Path`'s order) parsed the names again for
        // every comparison, on the one thread that runs before the rest.
        files[before..].sort_by_cached_key(|f| {
            f.path
                .as_os_str()
                .as_encoded_bytes()
                .iter()
                .map(|&b| {
                    if std::path::is_separator(b.into()) {
                        0
                    } else {
                        b
                    }
                })
                .collect::<Vec<u8>>()
        });
        walk_errors.sort();
        errors.extend(
            walk_errors
                .into_iter()
                .map(|(path, reason)| InputError::Io {
                    path,
                    source: std::io::Error::other(reason),
                }),
        );
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
    /// The source label: the path, `FILE#id` for a JSONL line, or `FILE#record-id` for
    /// a WARC record.
    pub source: String,
    /// The page's address, for a WARC record (its `WARC-Target-URI`); else empty.
    pub url: String,
    pub text: String,
    /// Whether the text is an HTML page's main content, one block a line: its line
    /// breaks are block boundaries, never hard wraps to repair.
    pub html: bool,
    /// The bytes at the start of `text` that are an HTML page's headline, which the
    /// story's container left out ([`html::Page`]); 0 for none.
    pub headline: usize,
    /// Non-fatal problems (lossy decoding, a repaired encoding).
    pub warnings: Vec<String>,
}

/// The result of reading one input file: its articles and the problems of single
/// articles in it (bad JSONL lines), which cost only those articles.
#[derive(Debug, Default)]
pub struct Loaded {
    pub articles: Vec<Article>,
    pub errors: Vec<InputError>,
    /// Bytes of content read (after gunzipping).
    pub bytes: u64,
}

impl InputFile {
    /// The label used in records' `source`.
    pub fn label(&self) -> String {
        self.path.display().to_string()
    }

    /// Whether this is standard input.
    pub fn is_stdin(&self) -> bool {
        self.path.as_os_str() == "-"
    }

    /// The lower-cased file name without a `.gz` suffix: what the content is.
    fn inner_name(&self) -> String {
        let name = self.path.to_string_lossy().to_ascii_lowercase();
        name.strip_suffix(".gz").unwrap_or(&name).to_string()
    }

    /// Whether this input is a JSONL batch (by name, or stdin read as JSONL).
    pub fn is_jsonl(&self, stdin_format: StdinFormat) -> bool {
        self.kind(stdin_format) == Kind::Jsonl
    }

    /// What this input holds: by name (`.jsonl`, `.warc`, with or without `.gz`), or
    /// for stdin as `stdin_format` says.
    ///
    /// ```
    /// use ostract::input::{InputFile, Kind, StdinFormat};
    /// let kind = |p: &str| InputFile { path: p.into() }.kind(StdinFormat::Article);
    /// assert_eq!(kind("CC-MAIN-1.warc.gz"), Kind::Warc);
    /// assert_eq!(kind("b.jsonl"), Kind::Jsonl);
    /// assert_eq!(kind("a.html"), Kind::Article);
    /// ```
    pub fn kind(&self, stdin_format: StdinFormat) -> Kind {
        if self.is_stdin() {
            return match stdin_format {
                StdinFormat::Article => Kind::Article,
                StdinFormat::Jsonl => Kind::Jsonl,
                StdinFormat::Warc => Kind::Warc,
            };
        }
        let name = self.inner_name();
        if name.ends_with(".jsonl") {
            Kind::Jsonl
        } else if name.ends_with(".warc") {
            Kind::Warc
        } else {
            Kind::Article
        }
    }

    /// Whether the name says HTML (`.html`, `.htm`, `.xhtml`).
    fn html_hint(&self) -> bool {
        let name = self.inner_name();
        name.ends_with(".html") || name.ends_with(".htm") || name.ends_with(".xhtml")
    }
}

/// The first two bytes of a gzip stream.
const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

/// A reader over an input's content, gunzipped when it starts with the gzip magic
/// bytes, whatever its name.
pub type Reader = Box<dyn Read + Send>;

/// Opens an input for reading.
pub fn open(file: &InputFile) -> Result<Reader, InputError> {
    gunzipping(&file.label(), open_raw(file)?)
}

/// Opens an input's bytes as they are, not gunzipped.
pub fn open_raw(file: &InputFile) -> Result<Reader, InputError> {
    Ok(if file.is_stdin() {
        Box::new(std::io::stdin())
    } else {
        let label = file.label();
        Box::new(std::fs::File::open(&file.path).map_err(|e| io_error(&label, e))?)
    })
}

/// A reader over `raw`'s content, gunzipped when it starts with the gzip magic bytes.
fn gunzipping(label: &str, raw: Reader) -> Result<Reader, InputError> {
    let mut peek = BufReader::new(raw);
    let gzip = peek
        .fill_buf()
        .map_err(|e| io_error(label, e))?
        .starts_with(&GZIP_MAGIC);
    Ok(if gzip {
        Box::new(flate2::bufread::MultiGzDecoder::new(peek))
    } else {
        Box::new(peek)
    })
}

fn io_error(label: &str, e: std::io::Error) -> InputError {
    match e.kind() {
        std::io::ErrorKind::NotFound => InputError::NotFound {
            path: label.to_string(),
        },
        _ => InputError::Io {
            path: label.to_string(),
            source: e,
        },
    }
}

/// Reads one input file into articles: one for an article file, one per line for a
/// JSONL batch, one per HTML or text response of a WARC file (whose bad lines or
/// records become errors that cost only themselves).
///
/// Batches and WARC files are better streamed with [`articles`] (or as
/// [`crate::batch`] does); this reads the whole input.
pub fn load(file: &InputFile, stdin_format: StdinFormat) -> Result<Loaded, InputError> {
    let label = file.label();
    if file.kind(stdin_format) == Kind::Warc {
        let mut articles = articles(file, stdin_format)?;
        let mut loaded = Loaded::default();
        for a in articles.by_ref() {
            match a {
                Ok(a) => loaded.articles.push(a),
                Err(e) => loaded.errors.push(e),
            }
        }
        loaded.bytes = articles.bytes;
        return Ok(loaded);
    }
    if file.is_jsonl(stdin_format) {
        let reader = open(file)?;
        let mut loaded = Loaded::default();
        let mut lines = jsonl::Lines::new(reader, false);
        loop {
            let chunk = lines
                .next_chunk(usize::MAX)
                .map_err(|e| io_error(&label, e))?;
            if chunk.is_empty() {
                return Ok(loaded);
            }
            for line in &chunk {
                loaded.bytes += line.bytes.len() as u64;
                match jsonl::parse(&label, line) {
                    Ok(Some(a)) => loaded.articles.push(a),
                    Ok(None) => {}
                    Err(e) => loaded.errors.push(e),
                }
            }
        }
    }
    let bytes = read_all(file).map_err(|e| io_error(&label, e))?;
    let article = article_from_bytes(&label, &bytes, file.html_hint(), None)?;
    Ok(Loaded {
        articles: vec![article],
        errors: Vec::new(),
        bytes: bytes.len() as u64,
    })
}

/// An article's whole content, gunzipped. A file is read in one call sized by its
/// length (most articles are a few KB: a buffered reader's 8 KB buffer and copy would
/// cost more than the read), then gunzipped from memory when it starts with the magic.
fn read_all(file: &InputFile) -> std::io::Result<Vec<u8>> {
    let raw = if file.is_stdin() {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes)?;
        bytes
    } else {
        std::fs::read(&file.path)?
    };
    if !raw.starts_with(&GZIP_MAGIC) {
        return Ok(raw);
    }
    gunzip(&raw)
}

/// A gzip stream's content, in a buffer sized by the stream's trailer (its last member's
/// length, held to what deflate can expand to and to [`GUNZIP_RESERVE`]): grown by
/// doubling instead, a page's content was copied and its end probed a dozen times.
pub(crate) fn gunzip(raw: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::with_capacity(gunzip_reserve(raw));
    flate2::read::MultiGzDecoder::new(raw).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// What the trailer of gzip stream `raw` lets [`gunzip`] reserve.
fn gunzip_reserve(raw: &[u8]) -> usize {
    let stated = raw
        .last_chunk::<4>()
        .map_or(0, |t| u32::from_le_bytes(*t) as usize);
    stated
        .min(raw.len().saturating_mul(1032))
        .min(GUNZIP_RESERVE)
}

/// The most a gzip trailer may reserve up front: a damaged or hostile trailer states up
/// to 4 GiB, which a small file must not make the reader set aside (a larger stream
/// still grows past it as it is read).
const GUNZIP_RESERVE: usize = 64 << 20;

/// Decodes an article's bytes and, for HTML, extracts its text.
pub fn article_from_bytes(
    label: &str,
    bytes: &[u8],
    html_hint: bool,
    encoding: Option<&str>,
) -> Result<Article, InputError> {
    article_from_bytes_as(label, bytes, html_hint.then_some(true), encoding)
}

/// [`article_from_bytes`], told whether the bytes are HTML (`Some(true)`), text taken
/// as it is even if it looks like HTML (`Some(false)`), or to be sniffed (`None`).
///
/// ```
/// use ostract::input::article_from_bytes_as;
/// let page = b"<html><body><p>one</p></body></html>";
/// assert_eq!(article_from_bytes_as("a", page, None, None).unwrap().text, "one\n");
/// assert!(article_from_bytes_as("a", page, Some(false), None).unwrap().text.starts_with("<html>"));
/// ```
pub fn article_from_bytes_as(
    label: &str,
    bytes: &[u8],
    html: Option<bool>,
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
    if let Some(from) = decoded.repaired {
        warnings.push(mojibake_warning(label, from));
    }
    let is_html = html.unwrap_or_else(|| html::looks_like_html(&decoded.text));
    Ok(article(label.to_string(), decoded.text, is_html, warnings))
}

fn mojibake_warning(label: &str, from: &str) -> String {
    format!("{label}: repaired mojibake (UTF-8 that had been read as {from})")
}

/// The article the rules see, from decoded text.
fn article(source: String, text: String, is_html: bool, warnings: Vec<String>) -> Article {
    let (text, headline) = if is_html {
        let page = html::to_page(&text);
        (page.text, page.headline)
    } else {
        (text, 0)
    };
    Article {
        source,
        url: String::new(),
        text: normalize_newlines(text),
        html: is_html,
        headline,
        warnings,
    }
}

/// The articles of one input, read as they come: an article file's one, a JSONL
/// batch's lines, a WARC file's HTML and text responses. A bad line or record is an
/// error that costs only itself; a read error ends the input.
///
/// ```
/// use ostract::input::{articles, InputFile, StdinFormat};
/// let dir = tempfile::tempdir().unwrap();
/// let path = dir.path().join("b.jsonl");
/// std::fs::write(&path, "{\"id\": 1, \"text\": \"one\"}\nnot json\n").unwrap();
/// let read: Vec<_> = articles(&InputFile { path }, StdinFormat::Article).unwrap().collect();
/// assert_eq!(read[0].as_ref().unwrap().text, "one");
/// assert!(read[1].is_err());
/// ```
pub fn articles(file: &InputFile, stdin_format: StdinFormat) -> Result<Articles, InputError> {
    articles_from(file, file.kind(stdin_format), open_raw(file)?)
}

/// The articles of `raw`, an input of this `kind` named by `file` (its label, and for
/// an article, whether its name says HTML); `raw` is gunzipped when it starts with the
/// gzip magic bytes.
pub fn articles_from(file: &InputFile, kind: Kind, raw: Reader) -> Result<Articles, InputError> {
    let label = file.label();
    let inner = match kind {
        Kind::Warc => Source::Warc(Box::new(
            warc::Records::new(&label, raw).map_err(|e| io_error(&label, e))?,
        )),
        Kind::Jsonl => Source::Jsonl(
            jsonl::Lines::new(gunzipping(&label, raw)?, false),
            Vec::new().into_iter(),
        ),
        Kind::Article => Source::Article(Some((gunzipping(&label, raw)?, file.html_hint()))),
    };
    Ok(Articles {
        label,
        inner,
        bytes: 0,
    })
}

/// The articles of one input: see [`articles`].
pub struct Articles {
    label: String,
    inner: Source,
    /// Bytes of content read so far (after gunzipping; for WARC files, the payloads).
    pub bytes: u64,
}

enum Source {
    Article(Option<(Reader, bool)>),
    Jsonl(jsonl::Lines<Reader>, std::vec::IntoIter<jsonl::RawLine>),
    Warc(Box<warc::Records<Reader>>),
}

impl Iterator for Articles {
    type Item = Result<Article, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        let label = &self.label;
        match &mut self.inner {
            Source::Article(reader) => {
                let (mut reader, html_hint) = reader.take()?;
                let mut bytes = Vec::new();
                if let Err(e) = reader.read_to_end(&mut bytes) {
                    return Some(Err(io_error(label, e)));
                }
                self.bytes += bytes.len() as u64;
                Some(article_from_bytes(label, &bytes, html_hint, None))
            }
            Source::Jsonl(lines, chunk) => loop {
                let Some(line) = chunk.next() else {
                    match lines.next_chunk(64) {
                        Ok(c) if c.is_empty() => return None,
                        Ok(c) => *chunk = c.into_iter(),
                        Err(e) => {
                            // The batch ends here.
                            *chunk = Vec::new().into_iter();
                            self.inner = Source::Article(None);
                            return Some(Err(io_error(label, e)));
                        }
                    }
                    continue;
                };
                self.bytes += line.bytes.len() as u64;
                match jsonl::parse(label, &line) {
                    Ok(None) => {}
                    other => return other.transpose(),
                }
            },
            Source::Warc(records) => loop {
                let raw = match records.next()? {
                    Ok(raw) => raw,
                    Err(e) => return Some(Err(e)),
                };
                self.bytes += raw.payload.len() as u64;
                match warc::parse(label, &raw) {
                    Ok(None) => {}
                    other => return other.transpose(),
                }
            },
        }
    }
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
fn normalize_newlines(s: String) -> String {
    if !s.contains('\r') {
        return s;
    }
    s.replace("\r\n", "\n").replace('\r', "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_gzip_trailer_reserves_no_more_than_the_cap() {
        use std::io::Write;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(b"Glass Door by Park Ha-eun").unwrap();
        let raw = gz.finish().unwrap();
        assert_eq!(gunzip_reserve(&raw), 25);
        assert_eq!(gunzip(&raw).unwrap(), b"Glass Door by Park Ha-eun");
        // A damaged trailer stating 4 GiB: held to what deflate can expand the stream
        // to, and to the cap for a larger stream.
        let mut small = raw.clone();
        let n = small.len();
        small[n - 4..].copy_from_slice(&u32::MAX.to_le_bytes());
        assert_eq!(gunzip_reserve(&small), n * 1032);
        let mut large = vec![0u8; 1 << 20];
        let n = large.len();
        large[n - 4..].copy_from_slice(&u32::MAX.to_le_bytes());
        assert_eq!(gunzip_reserve(&large), GUNZIP_RESERVE);
    }

    #[test]
    fn folders_are_walked_in_name_order_at_every_level() {
        let dir = tempfile::tempdir().unwrap();
        for f in [
            "b.txt",
            "a.txt",
            "a-b/y.txt",
            "a/x.txt",
            "A/z.txt",
            "a/.hidden.txt",
        ] {
            let path = dir.path().join(f);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, "text").unwrap();
        }
        let (files, errors) = collect(&[dir.path().to_path_buf()]);
        assert!(errors.is_empty());
        let names: Vec<String> = files
            .iter()
            .map(|f| {
                let rel = f.path.strip_prefix(dir.path()).unwrap();
                rel.to_string_lossy().replace('\\', "/")
            })
            .collect();
        // A folder's files come right after it: `a/x.txt` before `a-b/…` and `a.txt`,
        // which plain byte order would put first.
        assert_eq!(names, ["A/z.txt", "a/x.txt", "a-b/y.txt", "a.txt", "b.txt"]);
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
}
