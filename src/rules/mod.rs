//! The mention finders: named heuristics that find songs in a line.
//!
//! Each rule has an id (`list.title_dash_artist`, `prose.possessive`, …) that is kept in
//! the record's `rule` field. Rules run in a fixed order on each line; a span claimed by
//! an earlier rule is not looked at again. The rules see one line at a time and report
//! what they find; attaching dramas across lines is the job of [`crate::context`].

pub mod drama;
mod korean;
mod list;
pub mod names;
mod prose;
pub mod quotes;

use crate::segment::{Line, LineKind};
use crate::tables::Tables;
pub use drama::DramaSignal;

/// A song mention found in one line. Offsets are byte offsets into the line.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    /// The title as written (quotes may remain; normalisation removes them).
    pub track: String,
    /// The credit as written, empty when the text credits nobody here.
    pub artists: String,
    /// A drama named for this mention on the same line.
    pub drama: Option<String>,
    /// An alternative title given with it (an English gloss).
    pub track_alt: String,
    pub rule: &'static str,
    pub confidence: f32,
    /// Whether the mention stands alone in prose with no credit and no drama of its own
    /// (such mentions are kept only inside a drama's section).
    pub bare: bool,
}

impl Mention {
    fn new(
        start: usize,
        end: usize,
        track: &str,
        artists: &str,
        rule: &'static str,
        confidence: f32,
    ) -> Mention {
        Mention {
            start,
            end,
            track: track.trim().to_string(),
            artists: artists.trim().to_string(),
            drama: None,
            track_alt: String::new(),
            rule,
            confidence,
            bare: false,
        }
    }
}

/// A sentence that credits performers for the song of the sentence before it
/// ("EXO's Chen and Punch made a wonderful job with this song").
#[derive(Debug, Clone, PartialEq)]
pub struct CreditSignal {
    pub start: usize,
    pub artists: String,
}

/// Everything the rules found in one line.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Findings {
    pub mentions: Vec<Mention>,
    /// Dramas named in the line's prose (not those tied to a mention).
    pub dramas: Vec<DramaSignal>,
    /// The drama a heading line names, when the line is a heading without songs.
    pub heading_drama: Option<String>,
    pub credits: Vec<CreditSignal>,
}

/// Every rule id, for documentation and for `--verbose` summaries.
pub const RULE_IDS: &[&str] = &[
    "list.title_dash_artist",
    "list.quoted_pair",
    "list.title_by_artist",
    "heading.title_by_artist",
    "heading.artist_dash_title",
    "heading.drama_colon_title",
    "heading.artist_colon_title",
    "prose.quoted_by",
    "prose.possessive",
    "prose.artist_dash_quoted",
    "prose.quoted_paren_artist",
    "prose.subject_sang",
    "prose.quoted_bare",
    "ko.possessive",
    "ko.sung_by",
    "ko.quoted",
    "ko.subject_sang",
    "credit.next_sentence",
];

/// Runs every rule on one line.
///
/// ```
/// use ostract::{rules, segment, Tables};
/// let t = Tables::builtin();
/// let line = &segment::lines("“Flower” – Yoon Mirae and “Here I am Again” – Baek Yerin for Crash Landing on You")[0];
/// let f = rules::find(line, &t);
/// assert_eq!(f.mentions.len(), 2);
/// assert_eq!(f.mentions[1].artists, "Baek Yerin");
/// assert_eq!(f.mentions[0].drama.as_deref(), Some("Crash Landing on You"));
/// ```
pub fn find(line: &Line, tables: &Tables) -> Findings {
    let text = line.text.as_str();
    let qs = quotes::find(text);
    let mut f = Findings::default();
    let heading_like = line.kind == LineKind::Heading || line.marked;
    if let Some(ms) = list::find(text, &qs, tables) {
        f.mentions = ms;
    } else if heading_like {
        if let Some(ms) = list::heading(text, &qs, tables) {
            f.mentions = ms;
        }
    }
    let dramas = drama::prose_dramas(text, &qs, tables);
    let free: Vec<&quotes::Quote> = qs
        .iter()
        .filter(|q| q.closed && !f.mentions.iter().any(|m| q.open < m.end && m.start < q.end))
        .filter(|q| !dramas.iter().any(|d| d.start == q.open))
        .collect();
    if crate::normalize::has_hangul(text) {
        f.mentions
            .extend(korean::find(text, &free, &dramas, tables));
    } else {
        f.mentions.extend(prose::find(text, &free, tables));
    }
    f.mentions.sort_by_key(|m| m.start);
    if f.mentions.is_empty() && heading_like {
        f.heading_drama = drama::heading_drama(text);
    }
    f.credits = prose::credits(text, tables);
    f.dramas = dramas;
    f
}
