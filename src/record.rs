//! The record: one song tied to one drama, with its performers and its provenance.

use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// One soundtrack song found in one article.
///
/// The fields appear in this order in every output format. In CSV, `artists` is
/// joined with `"; "`; in JSON and JSON Lines it is an array of strings.
///
/// | field | meaning |
/// |---|---|
/// | `drama` | the drama's title, normalised (no quotes, year or `OST`) |
/// | `track` | the song title, normalised |
/// | `artists` | the credited performers, in the article's order, `Member (GROUP)` for group members |
/// | `source` | the input path as given or walked (`FILE#id` for JSONL batches, `FILE#WARC-Record-ID` for WARC records) |
/// | `line` | 1-based line of the mention in the text the rules see |
/// | `start`, `end` | byte offsets of the mention in that text |
/// | `rule` | id of the heuristic that found the mention |
/// | `confidence` | 0–1, how sure that rule is |
/// | `drama_raw`, `track_raw`, `artists_raw` | the forms as written in the article |
/// | `track_alt` | an alternative title given in the article (an English gloss), or empty |
/// | `url` | the page's address for a WARC record (its `WARC-Target-URI`), else empty |
///
/// ```
/// let r = ostract::Record {
///     drama: "Crash Landing on You".into(),
///     track: "Flower".into(),
///     artists: vec!["Yoon Mi-rae".into()],
///     ..Default::default()
/// };
/// assert_eq!(r.artists_joined(), "Yoon Mi-rae");
/// ```
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub drama: String,
    pub track: String,
    pub artists: Vec<String>,
    pub source: String,
    pub line: usize,
    pub start: usize,
    pub end: usize,
    pub rule: String,
    pub confidence: f32,
    pub drama_raw: String,
    pub track_raw: String,
    pub artists_raw: String,
    #[serde(default)]
    pub track_alt: String,
    #[serde(default)]
    pub url: String,
}

/// The separator between artists in CSV cells.
pub const ARTIST_SEPARATOR: &str = "; ";

impl Record {
    /// The artists joined as they are in a CSV cell.
    pub fn artists_joined(&self) -> String {
        self.artists.join(ARTIST_SEPARATOR)
    }
}

/// The flat form of a [`Record`] used for CSV, where `artists` is one cell. Written
/// rows borrow the record's strings; rows read back own theirs.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CsvRecord<'a> {
    pub drama: Cow<'a, str>,
    pub track: Cow<'a, str>,
    pub artists: Cow<'a, str>,
    pub source: Cow<'a, str>,
    pub line: usize,
    pub start: usize,
    pub end: usize,
    pub rule: Cow<'a, str>,
    pub confidence: f32,
    pub drama_raw: Cow<'a, str>,
    pub track_raw: Cow<'a, str>,
    pub artists_raw: Cow<'a, str>,
    #[serde(default)]
    pub track_alt: Cow<'a, str>,
    #[serde(default)]
    pub url: Cow<'a, str>,
}

impl<'a> From<&'a Record> for CsvRecord<'a> {
    fn from(r: &'a Record) -> Self {
        CsvRecord {
            drama: Cow::Borrowed(&r.drama),
            track: Cow::Borrowed(&r.track),
            artists: match r.artists.as_slice() {
                [one] => Cow::Borrowed(one),
                _ => Cow::Owned(r.artists_joined()),
            },
            source: Cow::Borrowed(&r.source),
            line: r.line,
            start: r.start,
            end: r.end,
            rule: Cow::Borrowed(&r.rule),
            confidence: r.confidence,
            drama_raw: Cow::Borrowed(&r.drama_raw),
            track_raw: Cow::Borrowed(&r.track_raw),
            artists_raw: Cow::Borrowed(&r.artists_raw),
            track_alt: Cow::Borrowed(&r.track_alt),
            url: Cow::Borrowed(&r.url),
        }
    }
}

impl From<CsvRecord<'_>> for Record {
    fn from(r: CsvRecord) -> Self {
        Record {
            artists: split_joined(&r.artists),
            drama: r.drama.into_owned(),
            track: r.track.into_owned(),
            source: r.source.into_owned(),
            line: r.line,
            start: r.start,
            end: r.end,
            rule: r.rule.into_owned(),
            confidence: r.confidence,
            drama_raw: r.drama_raw.into_owned(),
            track_raw: r.track_raw.into_owned(),
            artists_raw: r.artists_raw.into_owned(),
            track_alt: r.track_alt.into_owned(),
            url: r.url.into_owned(),
        }
    }
}

/// Splits a CSV `artists` cell back into names.
///
/// ```
/// assert_eq!(ostract::record::split_joined("A; B"), vec!["A", "B"]);
/// assert!(ostract::record::split_joined(" ").is_empty());
/// ```
pub fn split_joined(cell: &str) -> Vec<String> {
    cell.split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}
