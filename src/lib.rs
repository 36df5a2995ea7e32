//! # ostract
//!
//! Turns articles about Korean dramas into a dataset of soundtrack songs: one
//! [`Record`] per song, with the drama it belongs to and the artists who sing it.
//!
//! The pipeline runs in stages, each a module, and data only flows forward:
//!
//! 1. [`input`]: walk paths, read files (gzip, JSONL batches), decode character sets;
//! 2. [`html`]: HTML pages → the article's main text, one block per line;
//! 3. [`segment`]: text → lines, classified as headings or body;
//! 4. [`rules`]: named heuristics find song mentions and drama names in each line;
//! 5. [`context`]: each song gets its drama, from its line or its section;
//! 6. [`normalize`]: names cleaned, artists split, group members written `Member (GROUP)`;
//! 7. [`dedupe`]: a song mentioned twice in an article is one record;
//! 8. [`merge`]: one display form per name across a dataset, and the merged song list;
//! 9. [`output`]: CSV, JSON and JSON Lines, written atomically; [`report`]: an HTML
//!    page of the articles with their mentions highlighted.
//!
//! [`eval`] scores records against hand-checked gold files (and main-content text
//! against the article-extraction benchmark); [`validate`] checks a dataset.
//!
//! ```
//! let extractor = ostract::Extractor::new(ostract::Tables::builtin());
//! let text = "“Flower” – Yoon Mirae and “Here I am Again” – Baek Yerin for Crash Landing on You\n";
//! let records = extractor.extract_text("news.txt", text);
//! assert_eq!(records.len(), 2);
//! assert_eq!(records[0].drama, "Crash Landing on You");
//! assert_eq!(records[1].artists, ["Baek Yerin"]);
//! ```

pub mod batch;
pub mod context;
pub mod dedupe;
pub mod eval;
pub mod html;
pub mod input;
pub mod merge;
pub mod normalize;
pub mod output;
pub mod record;
pub mod report;
pub mod rules;
pub mod segment;
pub mod tables;
pub mod validate;

pub use record::Record;
pub use tables::Tables;

use normalize::{clean, clean_title, key, split_artists, split_gloss, trim_punct};

/// The extractor: name tables plus the pipeline from text to records.
#[derive(Debug, Clone)]
pub struct Extractor {
    tables: Tables,
}

impl Extractor {
    /// An extractor using these name tables.
    pub fn new(tables: Tables) -> Extractor {
        Extractor { tables }
    }

    /// The name tables in use.
    pub fn tables(&self) -> &Tables {
        &self.tables
    }

    /// Extracts the records of one article's cleaned text (as [`html::to_text`] or a
    /// plain-text file gives it). `source` is copied into every record.
    pub fn extract_text(&self, source: &str, text: &str) -> Vec<Record> {
        let lines = segment::lines(text);
        let found: Vec<rules::Findings> =
            lines.iter().map(|l| rules::find(l, &self.tables)).collect();
        let attached = context::attach(&lines, &found, &self.tables);
        let records = attached
            .into_iter()
            .filter_map(|a| self.record(source, &lines, a))
            .collect();
        dedupe::dedupe(records)
    }

    fn record(
        &self,
        source: &str,
        lines: &[segment::Line],
        a: context::Attached,
    ) -> Option<Record> {
        let m = a.mention;
        let line = &lines[a.line];
        let (track, mut alt) = split_gloss(&clean_title(&m.track));
        if !m.track_alt.is_empty() {
            alt = clean_title(&m.track_alt);
        }
        let track = self.canonical(tables::AliasKind::Track, track);
        let drama = clean_title(&a.drama);
        // An alias names its title (`DOTS` → `Descendants of the Sun`); a misspelling of
        // one known title becomes that title; other names stay as written.
        let drama = self
            .tables
            .alias(tables::AliasKind::Drama, &drama)
            .or_else(|| self.tables.drama_fuzzy(&drama))
            .map(str::to_string)
            .unwrap_or(drama);
        if key(&track).is_empty() || key(&drama).is_empty() {
            return None;
        }
        let artists = split_artists(&m.artists, &self.tables)
            .into_iter()
            .filter(|n| !key(n).is_empty())
            .collect();
        Some(Record {
            drama,
            track,
            artists,
            source: source.to_string(),
            line: line.no,
            start: line.start + m.start,
            end: line.start + m.end,
            rule: m.rule.to_string(),
            confidence: m.confidence,
            drama_raw: trim_punct(&clean(&a.drama)),
            track_raw: clean(&m.track),
            artists_raw: clean(&m.artists),
            track_alt: alt,
        })
    }

    fn canonical(&self, kind: tables::AliasKind, name: String) -> String {
        self.tables
            .alias(kind, &name)
            .map(str::to_string)
            .unwrap_or(name)
    }
}
