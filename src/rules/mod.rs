//! The mention finders: named heuristics that find songs in a line.
//!
//! Each rule has an id (`list.title_dash_artist`, `prose.possessive`, …) that is kept in
//! the record's `rule` field. Rules run in a fixed order on each line; a span claimed by
//! an earlier rule is not looked at again. The rules see one line at a time and report
//! what they find; attaching dramas across lines is the job of [`crate::context`].
//!
//! Word boundaries in the patterns are ASCII ones (`(?-u:\b)`): Korean attaches
//! particles and titles to English words without a space (`도깨비OST`, `OST를`), where a
//! Unicode boundary sees one word; and the regex engine's fast DFA handles a Unicode
//! boundary only on ASCII text, so every line with a curly quote or a dash fell back to
//! a slower engine.

pub mod drama;
mod korean;
pub mod list;
pub mod names;
mod prose;
pub(crate) use prose::PRONOUN_SONG;
pub mod quotes;
pub mod subject;

use crate::segment::{Line, LineKind};

/// How far before or after a quote the rules look, in bytes. Credits and drama cues sit
/// next to their title; the bound keeps a line of a million titles linear.
pub(crate) const WINDOW: usize = 512;

/// The text before `pos` within [`WINDOW`], and the offset where it starts in `line`.
pub(crate) fn window_before(line: &str, pos: usize) -> (usize, &str) {
    let mut start = pos.saturating_sub(WINDOW);
    while !line.is_char_boundary(start) {
        start += 1;
    }
    (start, &line[start..pos])
}

/// The text after `pos` within [`WINDOW`].
pub(crate) fn window_after(line: &str, pos: usize) -> &str {
    let mut end = (pos + WINDOW).min(line.len());
    while !line.is_char_boundary(end) {
        end -= 1;
    }
    &line[pos..end]
}

/// The byte offset of `part`, a slice of `text`, within `text`.
pub(crate) fn offset_in(text: &str, part: &str) -> usize {
    part.as_ptr() as usize - text.as_ptr() as usize
}

/// The sentence (from [`crate::segment::sentences`]) holding `pos`, by binary search.
pub(crate) fn sentence_at(sents: &[(usize, usize)], pos: usize, len: usize) -> (usize, usize) {
    let k = sents.partition_point(|(s, _)| *s <= pos);
    k.checked_sub(1)
        .map(|i| sents[i])
        .filter(|(_, e)| pos < *e)
        .unwrap_or((0, len))
}
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
    /// Whether the order of title and credit was a guess (an unquoted `A – B` line
    /// with no performer's name on either side).
    pub order_guessed: bool,
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
            order_guessed: false,
        }
    }
}

/// A sentence that credits performers for the song of the sentence before it
/// ("EXO's Chen and Punch made a wonderful job with this song").
#[derive(Debug, Clone, PartialEq)]
pub struct CreditSignal {
    pub start: usize,
    pub artists: String,
    /// Whether the performers join the song's singers (`he also worked with X`) rather
    /// than credit an uncredited song.
    pub partner: bool,
}

/// Whether a rule id is a list or heading rule: a line of a list, whose credits are
/// more careful than a sentence's and whose drama the list's section gives.
pub fn is_list_rule(rule: &str) -> bool {
    rule.starts_with("list.") || rule.starts_with("heading.")
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
    /// The performer the line presents as its passage's subject.
    pub subject: Option<subject::SubjectSignal>,
}

/// Every rule id, for documentation and for `--verbose` summaries.
pub const RULE_IDS: &[&str] = &[
    "list.title_dash_artist",
    "list.quoted_pair",
    "list.title_by_artist",
    "list.numbered_title",
    "list.work_artist_song",
    "heading.title_by_artist",
    "heading.artist_dash_title",
    "heading.title_dash_artist",
    "heading.drama_colon_title",
    "heading.artist_colon_title",
    "prose.quoted_by",
    "prose.possessive",
    "prose.pronoun_song",
    "prose.possessive_lead",
    "prose.unquoted_pronoun_song",
    "credit.earlier_mention",
    "prose.artist_dash_quoted",
    "prose.quoted_paren_artist",
    "prose.subject_sang",
    "prose.quoted_bare",
    "prose.unquoted_by",
    "prose.unquoted_list",
    "prose.cued",
    "prose.cued_with",
    "ko.possessive",
    "ko.sung_by",
    "ko.quoted",
    "ko.subject_sang",
    "credit.next_sentence",
    "credit.subject",
];

/// The byte ranges of a line's mentions, answering "does this range overlap one of
/// them" by binary search: sorted by start, with the running maximum of their ends.
struct Spans {
    spans: Vec<(usize, usize)>,
    reach: Vec<usize>,
}

impl Spans {
    fn new(mentions: &[Mention]) -> Spans {
        let mut spans: Vec<(usize, usize)> = mentions.iter().map(|m| (m.start, m.end)).collect();
        spans.sort_unstable();
        let reach = spans
            .iter()
            .scan(0, |max, &(_, e)| {
                *max = e.max(*max);
                Some(*max)
            })
            .collect();
        Spans { spans, reach }
    }

    fn overlaps(&self, start: usize, end: usize) -> bool {
        let k = self.spans.partition_point(|(s, _)| *s < end);
        k > 0 && self.reach[k - 1] > start
    }
}

/// Whether a heading is nothing but the mention's quoted title (after its marker,
/// before an optional year).
fn quoted_heading(text: &str, m: &Mention) -> bool {
    let before = crate::segment::strip_marker(&text[..m.start]).trim();
    let after = text[m.end..].trim();
    let year = |s: &str| {
        let s = s.trim_matches(['(', ')', '[', ']', ' ']);
        s.is_empty() || s.len() == 4 && s.chars().all(|c| c.is_ascii_digit())
    };
    before.trim_start_matches('#').trim().is_empty() && year(after)
}

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
    // Quotes not inside a list mention nor a drama.
    let claimed = Spans::new(&f.mentions);
    let drama_starts: rustc_hash::FxHashSet<usize> = dramas.iter().map(|d| d.start).collect();
    let free: Vec<&quotes::Quote> = qs
        .iter()
        .filter(|q| q.closed && !claimed.overlaps(q.open, q.end))
        .filter(|q| !drama_starts.contains(&q.open))
        .collect();
    let korean = crate::normalize::has_hangul(text);
    if korean {
        f.mentions
            .extend(korean::find(text, &free, &dramas, tables));
    } else {
        f.mentions.extend(prose::find(text, &free, tables));
        if !heading_like {
            let taken = Spans::new(&f.mentions);
            let unquoted = prose::unquoted_by(text, tables)
                .into_iter()
                .chain(prose::unquoted_list(text))
                .chain(prose::unquoted_pronoun_song(text, tables));
            f.mentions
                .extend(unquoted.filter(|m| !taken.overlaps(m.start, m.end)));
        }
    }
    f.mentions.sort_by_key(|m| m.start);
    if heading_like {
        if let [m] = f.mentions.as_slice() {
            // `## 1. “Romance Is A Bonus Book”`: a heading that is one uncredited quoted
            // title names its section's drama; a song heading carries its singer.
            if m.bare && m.drama.is_none() && quoted_heading(text, m) {
                f.mentions.clear();
            }
        }
    }
    if f.mentions.is_empty() && heading_like {
        f.heading_drama = drama::heading_drama(text);
    }
    f.credits = prose::credits(text, tables);
    if korean {
        f.credits.extend(korean::credits(text, tables));
        f.credits.sort_by_key(|c| c.start);
    }
    f.subject = subject::subject(text, heading_like, tables);
    f.dramas = dramas;
    f
}
