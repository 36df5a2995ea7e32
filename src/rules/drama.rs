//! Where a drama is named: in a heading, at the end of a list line, or in prose
//! (`‘D’ OST`, `the D OST`, `drama D`, `드라마 ‘D’`).

use super::quotes::Quote;
use crate::gate;
use crate::normalize::{clean_title, has_hangul, key};
use crate::per_thread::PerThreadRegex;
use crate::segment::strip_marker;
use crate::tables::Tables;
use regex::Regex;
use rustc_hash::FxHashSet;
use std::sync::LazyLock;

/// A drama named in a line.
#[derive(Debug, Clone, PartialEq)]
pub struct DramaSignal {
    /// The drama as written (cleaned of quotes and `OST`).
    pub raw: String,
    /// Byte range in the line.
    pub start: usize,
    pub end: usize,
    /// The id of the pattern that found it.
    pub rule: &'static str,
}

/// Words that make a heading a generic one (a list title, a site section), not a drama.
const GENERIC: &[&str] = &[
    "ost",
    "osts",
    "ots",
    "soundtrack",
    "soundtracks",
    "k-drama",
    "k-dramas",
    "kdrama",
    "kdramas",
    "dramas",
    "songs",
    "playlist",
    "articles",
    "article",
    "news",
    "related",
    "list",
    "best",
    "top",
    "favorite",
    "favourite",
    "favorites",
    "favourites",
    "read",
    "follow",
    "share",
    "comments",
    "comment",
    "subscribe",
    "advertisement",
    "videos",
    "video",
    "photo",
    "photos",
    "credit",
    "credits",
    "tags",
    "posts",
    "post",
    "menu",
    "search",
    "home",
    "editorial",
    "recent",
    "popular",
    "trending",
    "sponsored",
    "newsletter",
    "telegram",
    "instagram",
    "twitter",
    "facebook",
    "youtube",
    "by",
    "contents",
    "introduction",
    "conclusion",
    "tracklist",
    "tracks",
    "vocal",
    "honourable",
    "honorable",
    "mentions",
    "lyrics",
    "reviews",
    "review",
    "watch",
    "listen",
    "episode",
    "preview",
    "teaser",
    "trailer",
    "cast",
    "plot",
    "synopsis",
    "rating",
    "ratings",
    "spoilers",
    "idols",
    "k-pop",
    "kpop",
    "singers",
    "series",
    "movies",
    "films",
    "webtoon",
    "variety",
    "week",
    "month",
    "year",
    "pick",
];

/// A word without the punctuation around it (a hyphen stays: `k-drama`).
fn bare(word: &str) -> &str {
    word.trim_matches(|c: char| !crate::normalize::is_alnum(c) && c != '-')
}

/// A list of lowercase words, looked up by hash.
type WordSet = LazyLock<FxHashSet<&'static str>>;

static GENERIC_WORDS: WordSet = LazyLock::new(|| GENERIC.iter().copied().collect());
static SENTENCE_START_WORDS: WordSet = LazyLock::new(|| SENTENCE_START.iter().copied().collect());

/// Whether a word of a candidate title is a [`GENERIC`] word.
fn is_generic(word: &str) -> bool {
    lower_is_one_of(bare(word), &GENERIC_WORDS)
}

/// Whether `word` lowercased is in `set`. Short ASCII words, nearly all of them, are
/// lowercased on the stack.
fn lower_is_one_of(word: &str, set: &FxHashSet<&str>) -> bool {
    let mut buf = [0u8; 24];
    match buf.get_mut(..word.len()) {
        Some(lower) if word.is_ascii() => {
            lower.copy_from_slice(word.as_bytes());
            lower.make_ascii_lowercase();
            std::str::from_utf8(lower).is_ok_and(|w| set.contains(w))
        }
        _ => set.contains(word.to_lowercase().as_str()),
    }
}

/// Heading words that start sentences rather than titles.
const SENTENCE_START: &[&str] = &[
    "is", "are", "do", "does", "did", "what", "which", "who", "how", "why", "when", "where",
    "here", "there", "this", "these", "let", "let's", "we", "i", "you",
];

static OST_TAIL: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(r"(?i)\s*(?::\s*original\s+soundtrack|[-–:]?\s*(?:\(\s*)?(?:ost|original\s+soundtrack)(?:\s*part\.?\s*\d+)?\s*\)?)\s*$").unwrap()
});

/// Whether a heading introduces a track list (`Tracklist`, `수록곡`, `曲目`): the list
/// under it belongs to the drama already named.
///
/// ```
/// assert!(ostract::rules::drama::is_tracklist_heading("## Track List"));
/// assert!(ostract::rules::drama::is_tracklist_heading("## 曲目"));
/// assert!(!ostract::rules::drama::is_tracklist_heading("## 1. Goblin (2016)"));
/// ```
pub fn is_tracklist_heading(text: &str) -> bool {
    static TRACKLIST: PerThreadRegex = PerThreadRegex::new(|| {
        Regex::new(r"(?i)^(?:track\s*-?\s*list(?:ing)?|tracks|songs|수록곡|트랙\s*리스트|곡\s*목록|曲目|收錄曲|收录曲|曲目列表)\s*:?$").unwrap()
    });
    TRACKLIST.is_match(strip_marker(text.trim()).trim())
}

/// The drama a heading names, or `None` for a generic heading.
///
/// ```
/// use ostract::rules::drama::heading_drama;
/// assert_eq!(heading_drama("1. Boys Over Flower (2009)").as_deref(), Some("Boys Over Flower"));
/// assert_eq!(heading_drama("## Goblin: Original Soundtrack").as_deref(), Some("Goblin"));
/// assert_eq!(heading_drama("Iconic K-Dramas with unforgettable OTS"), None);
/// assert_eq!(heading_drama("Related Articles"), None);
/// assert_eq!(heading_drama("Music of the Week – Kill Me, Heal Me OST").as_deref(), Some("Kill Me, Heal Me"));
/// ```
pub fn heading_drama(text: &str) -> Option<String> {
    let t = strip_marker(text.trim()).trim();
    // `Music of the Week – Kill Me, Heal Me OST`: the part that is a soundtrack.
    let t = match t.rsplit_once([':', '–', '—']).map(|(_, r)| r.trim()) {
        Some(r)
            if OST_TAIL.is_match(r)
                && !OST_TAIL.replace(r, "").trim().is_empty()
                && !OST_TAIL.is_match(t.trim_end_matches(r).trim()) =>
        {
            r
        }
        _ => t,
    };
    let t = t.trim_start_matches(['~', '#', '*', ' ']);
    let t = OST_TAIL.replace(t, "");
    let t = clean_title(&t);
    if t.is_empty() || t.chars().count() > 80 {
        return None;
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.len() > 9 {
        return None;
    }
    if words.iter().any(|w| is_generic(w)) || lower_is_one_of(bare(words[0]), &SENTENCE_START_WORDS)
    {
        return None;
    }
    if t.contains(['|', '“', '”', '"', '=', '@', '[', ']'])
        || t.contains(" – ")
        || t.contains(" - ")
    {
        return None;
    }
    if !has_hangul(&t) {
        // Title case: most longer words capitalised.
        let capital = |w: &str| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        };
        let (mut long, mut caps) = (0, 0);
        for w in words.iter().filter(|w| w.chars().nth(3).is_some()) {
            long += 1;
            caps += usize::from(capital(w));
        }
        if !capital(&t) || caps * 3 < long * 2 {
            return None;
        }
    } else if t.ends_with('다') || words.len() > 5 {
        return None;
    }
    Some(t)
}

/// Whether a heading is strongly a drama heading on its own (a marker, a year, `OST`,
/// or a known title); weak headings need the body to name the drama again.
pub fn heading_is_strong(text: &str, drama: &str, tables: &Tables) -> bool {
    static YEAR: PerThreadRegex =
        PerThreadRegex::new(|| Regex::new(r"[(\[]\s*(?:19|20)\d\d\s*[)\]]").unwrap());
    crate::segment::has_marker(text)
        || YEAR.is_match(text)
        || OST_TAIL.is_match(text)
        || tables.drama_canonical(drama).is_some()
}

/// A run of title-case words: capitalised words and digits, with the small words
/// titles contain between them.
const TITLE: &str = r"(?:[A-Z0-9][\w’'.:!?&-]*)(?:\s+(?:(?:of|the|on|to|a|an|in|and|is|with|for|at|from|no|not|be|my|your|our|who|what|are)\s+)*(?:[A-Z0-9][\w’'.:!?&-]*))*";

static TITLE_OST: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(&format!(
        r"(?P<d>{TITLE})[’']?s?\s+(?:OST|O\.S\.T|[Oo]riginal [Ss]ound[Tt]rack)(?-u:\b)"
    ))
    .unwrap()
});
static OST_WORD: PerThreadRegex =
    PerThreadRegex::new(|| Regex::new(r"(?i)ost|o\.s\.t|soundtrack").unwrap());
static DRAMA_WORD: PerThreadRegex =
    PerThreadRegex::new(|| Regex::new(r"(?i)drama|series|show").unwrap());
/// The words `drama.after_word_drama` reads a title after (`K-drama` first: it holds
/// `drama`).
const DRAMA_WORDS: &[&str] = &["K-drama", "drama", "series", "show"];
static DRAMA_TITLE: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(&format!(
        r"(?-u:\b)(?:{})\s+(?P<d>{TITLE})",
        DRAMA_WORDS.join("|")
    ))
    .unwrap()
});
/// `드라마 옥탑방 왕세자 OST`: an unquoted Korean title between the word and `OST`.
static KO_DRAMA_OST: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(
        r"드라마\s+(?P<d>\p{Hangul}[\p{Hangul}\w]*(?:\s+[\p{Hangul}\w]+){0,3}?)\s*(?:OST|O\.S\.T)",
    )
    .unwrap()
});
/// `the OST of The King’s Doctor`, `the soundtrack for Reply 1988`.
static OST_OF: PerThreadRegex =
    PerThreadRegex::new(|| Regex::new(&format!(r"(?-u:\b){OST_OF_LEAD}(?P<d>{TITLE})")).unwrap());
/// The words of [`OST_OF`] before the title.
const OST_OF_LEAD: &str = r"(?:OST|O\.S\.T|[Ss]oundtrack)s?\s+(?:of|for|from)\s+(?:the\s+(?:hit\s+)?(?:drama|series)\s+)?";
/// `Go Back Couple (2017)`: a title-case run with its year, in a line about dramas or
/// soundtracks.
static TITLE_YEAR: PerThreadRegex =
    PerThreadRegex::new(|| Regex::new(&format!(r"(?P<d>{TITLE})\s*\((?:19|20)\d\d\)")).unwrap());
static BROADCASTER: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(r"^\s*[,(]\s*(?:KBS2?|MBC|SBS|tvN|JTBC|OCN|MBN|ENA|Netflix|TV Chosun)(?-u:\b)")
        .unwrap()
});
/// `드라마 ‘D’`, `주말극 ‘D’`, `the series ‘D’`: a word for a drama just before a quote.
fn drama_word_before(before: &str) -> bool {
    let b = before.trim_end();
    ["드라마", "시트콤", "극", "미니시리즈", "drama", "series"]
        .iter()
        .any(|w| b.ends_with(w))
}
/// `‘D’의 ‘T’`: a title owning another title is the drama.
static POSSESSIVE_OF_QUOTE: PerThreadRegex =
    PerThreadRegex::new(|| Regex::new(r"^\s*의\s*[‘'“\x22《〈「『]").unwrap());
static OST_AFTER: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(r"^\s*(?:의\s*)?(?:OST|O\.S\.T|오리지널\s*사운드트랙|original\s+soundtrack)")
        .unwrap()
});

/// Small words that a title-case match may begin with but that are not part of a title.
/// Words that start sentences rather than titles: trimmed from a title-case run.
const LEAD: &[&str] = &[
    "And",
    "But",
    "While",
    "In",
    "On",
    "For",
    "From",
    "Of",
    "With",
    "As",
    "Meanwhile",
    "Also",
    "All",
    "Every",
    "Another",
    "Other",
    "Some",
    "OST",
];

/// Determiners: a title's own first word mid-sentence (`the OST of The King’s Doctor`,
/// `A Pledge to God`), so trimmed only at the start of a sentence.
const DETERMINERS: &[&str] = &[
    "The", "This", "That", "Its", "His", "Her", "Their", "Our", "A", "An",
];

/// `s` (found at byte `at` of `line`) without its leading sentence words.
fn trim_lead<'a>(line: &str, at: usize, s: &'a str) -> (usize, &'a str) {
    let before = line[..at].trim_end();
    let sentence_start = before.is_empty() || before.ends_with(['.', '!', '?', ':', '“', '"']);
    let mut off = 0;
    let mut t = s;
    loop {
        let first = t.split_whitespace().next().unwrap_or("");
        // Small words left after a trimmed word (`OST of The King’s Doctor`) go too.
        let small = off > 0 && first.starts_with(|c: char| c.is_lowercase());
        let lead = small || LEAD.contains(&first) || sentence_start && DETERMINERS.contains(&first);
        if lead && t.len() > first.len() {
            let skip = t.find(first).unwrap() + first.len();
            let rest = &t[skip..];
            let ws = rest.len() - rest.trim_start().len();
            off += skip + ws;
            t = rest.trim_start();
        } else {
            return (off, t);
        }
    }
}

/// Dramas named in a line of prose.
///
/// ```
/// use ostract::rules::{drama::prose_dramas, quotes};
/// let t = ostract::Tables::builtin();
/// let line = "Few songs are as tied to the Secret Garden OST as this one.";
/// let d = prose_dramas(line, &quotes::find(line), &t);
/// assert_eq!(d[0].raw, "Secret Garden");
/// let line = "tvN 드라마 ‘화유기’의 OST가 나온다.";
/// let d = prose_dramas(line, &quotes::find(line), &t);
/// assert_eq!(d[0].raw, "화유기");
/// ```
pub fn prose_dramas(line: &str, quotes: &[Quote], tables: &Tables) -> Vec<DramaSignal> {
    // The patterns after a quote are anchored at its end: their first character is
    // checked before the pattern runs.
    let after_starts = |after: &str, first: &[char]| after.trim_start().starts_with(first);
    let ost_after =
        |after: &str| after_starts(after, &['의', 'O', 'o', '오']) && OST_AFTER.is_match(after);
    let mut out = Vec::new();
    let closed: Vec<&Quote> = quotes.iter().filter(|q| q.closed).collect();
    let korean = has_hangul(line);
    // `드라마 ‘A’ ‘B’, ‘C’의 OST`: quotes run together share what is said of the run.
    let joined = |a: &Quote, b: &Quote| {
        a.end <= b.open && {
            let gap = &line[a.end..b.open];
            gap.trim().is_empty() || list_gap(gap)
        }
    };
    // The last quote of each quote's run, found backwards so a line of many titles
    // stays linear.
    let mut run_ends = vec![0; closed.len()];
    for k in (0..closed.len()).rev() {
        run_ends[k] = if k + 1 < closed.len() && joined(closed[k], closed[k + 1]) {
            run_ends[k + 1]
        } else {
            k
        };
    }
    let mut run_start = 0;
    for (k, q) in closed.iter().enumerate() {
        if k > 0 && !joined(closed[k - 1], q) {
            run_start = k;
        }
        let run_end = run_ends[k];
        let (_, before) = super::window_before(line, q.open);
        let after = super::window_after(line, q.end);
        let in_run = run_end > run_start;
        let run_named = in_run && korean && {
            let (_, run_before) = super::window_before(line, closed[run_start].open);
            let run_after = super::window_after(line, closed[run_end].end);
            drama_word_before(run_before) || ost_after(run_after)
        };
        let rule = if korean && line[q.open..].starts_with('《') {
            // `《도깨비》`: double angle brackets mark a work (a drama, an album), while
            // songs take single ones (`〈Stay With Me〉`).
            Some("drama.work_brackets")
        } else if run_named {
            Some("drama.quoted_list")
        } else if ost_after(after) {
            Some("drama.quoted_ost")
        } else if after_starts(after, &['의']) && POSSESSIVE_OF_QUOTE.is_match(after) {
            // `‘D’의 ‘T’`: a title owning another title is the drama.
            Some("drama.quoted_possessive")
        } else if drama_word_before(before) {
            Some("drama.quoted_after_drama")
        } else if after_starts(after, &[',', '(']) && BROADCASTER.is_match(after) {
            Some("drama.quoted_broadcaster")
        } else {
            None
        };
        if let Some(rule) = rule {
            let raw = clean_title(q.text(line));
            if !raw.is_empty() && raw.chars().count() <= 60 {
                out.push(DramaSignal {
                    raw,
                    start: q.open,
                    end: q.end,
                    rule,
                });
            }
        }
    }
    let inside_quote = |pos: usize| {
        let k = quotes.partition_point(|q| q.open <= pos);
        k > 0 && pos < quotes[k - 1].end
    };
    // Cheap gates: each pattern needs its literal words somewhere in the line.
    static DRAMA_WORD_GATE: PerThreadRegex = PerThreadRegex::new(|| gate::any_of(DRAMA_WORDS));
    static LINK_WORD: PerThreadRegex =
        PerThreadRegex::new(|| gate::any_of(&[" of ", " for ", " from "]));
    let ost_literal = line.contains("OST") || line.contains("O.S.T");
    let year = line.contains("(19") || line.contains("(20");
    for (re, rule, gate) in [
        (
            &*KO_DRAMA_OST,
            "drama.ko_unquoted",
            korean && ost_literal && line.contains("드라마"),
        ),
        (
            &*TITLE_OST,
            "drama.title_ost",
            ost_literal || line.contains("riginal "),
        ),
        (
            &*DRAMA_TITLE,
            "drama.after_word_drama",
            DRAMA_WORD_GATE.is_match(line),
        ),
        (
            &*OST_OF,
            "drama.ost_of",
            (ost_literal || line.contains("oundtrack")) && LINK_WORD.is_match(line),
        ),
        (
            &*TITLE_YEAR,
            "drama.title_year",
            // Only in a line about dramas or soundtracks.
            year && (OST_WORD.is_match(line) || DRAMA_WORD.is_match(line)),
        ),
    ] {
        if !gate {
            continue;
        }
        for whole in re.find_iter(line) {
            let (start, end) = title_span(rule, line, whole.start(), whole.end());
            if inside_quote(start) {
                continue;
            }
            let (off, t) = trim_lead(line, start, &line[start..end]);
            // `Goblin's original soundtrack`: the possessive is not the title's.
            let t = t
                .strip_suffix("’s")
                .or_else(|| t.strip_suffix("'s"))
                .unwrap_or(t);
            let raw = clean_title(t);
            // `An OST makes…`: a sentence's first word alone is no title.
            if raw.is_empty()
                || raw.split_whitespace().count() > 8
                || LEAD.contains(&raw.as_str())
                || DETERMINERS.contains(&raw.as_str())
            {
                continue;
            }
            // `K-Drama OST`, `Top 5 Favourite K-Drama OST`, `OST Part` are not titles.
            let generic = raw.split_whitespace().any(is_generic);
            // `The 9-part OST album`: a count of parts is no title.
            static PART_COUNT: PerThreadRegex = PerThreadRegex::new(|| {
                Regex::new(r"(?i)^\d+[- ]?(?:parts?|tracks?|songs?)$").unwrap()
            });
            if generic || PART_COUNT.is_match(&raw) {
                continue;
            }
            let k = key(&raw);
            if ["kdrama", "drama", "korean", "the", "this", "new", "first"].contains(&k.as_str()) {
                continue;
            }
            out.push(DramaSignal {
                raw,
                start: start + off,
                end,
                rule,
            });
        }
    }
    // Known titles anywhere in the line (only multi-word or all-caps forms, so common
    // words do not become dramas).
    for (s, e) in tables.find_dramas(line) {
        out.push(DramaSignal {
            raw: line[s..e].to_string(),
            start: s,
            end: e,
            rule: "drama.known_title",
        });
    }
    // Where patterns found the same title, the first signal from the left stands; at
    // one start, the earlier pattern (the order above). One sort and one sweep keep a
    // line of many titles linear.
    let order = |d: &DramaSignal| RULE_ORDER.iter().position(|r| *r == d.rule);
    out.sort_by_key(|d| (d.start, order(d)));
    let mut reach = 0;
    out.retain(|d| {
        let keep = d.start >= reach;
        reach = reach.max(d.end);
        keep
    });
    out
}

/// Whether the text between two quoted titles only separates items of a list (`’, ‘`,
/// `’, SBS ‘`: a broadcaster may open the next item).
pub(crate) fn list_gap(gap: &str) -> bool {
    let rest =
        gap.trim_matches(|c: char| c.is_whitespace() || "’'”\x22」』》〉‘“「『《〈".contains(c));
    rest.strip_prefix([',', '·', '、', '/'])
        .is_some_and(|r| r.len() <= 8 && r.chars().all(|c| c.is_ascii_alphanumeric() || c == ' '))
}

/// The byte range of the title (group `d`) in a match of the drama pattern of `rule`
/// over `line[start..end]`, found without the capture engine, which costs these Unicode
/// patterns several times the search itself. Around the title each pattern has only
/// fixed words, cut off here; the title's own last word takes in a possessive `’s`, so
/// nothing stands between it and the words after it. The unit tests hold this to the
/// captures on every shape.
fn title_span(rule: &str, line: &str, start: usize, end: usize) -> (usize, usize) {
    let text = &line[start..end];
    let cut_end = |s: &str, words: &[&str]| -> usize {
        let rest = words
            .iter()
            .find_map(|w| {
                let n = s.len().checked_sub(w.len())?;
                (s.is_char_boundary(n) && s[n..].eq_ignore_ascii_case(w)).then(|| &s[..n])
            })
            .unwrap_or(s);
        rest.trim_end().len()
    };
    let cut_start = |s: &str, len: usize| -> usize {
        let rest = &s[len..];
        len + rest.len() - rest.trim_start().len()
    };
    match rule {
        "drama.ko_unquoted" => {
            let from = cut_start(text, "드라마".len());
            (start + from, start + cut_end(text, &["OST", "O.S.T"]))
        }
        "drama.title_ost" => (
            start,
            start + cut_end(text, &["OST", "O.S.T", "original soundtrack"]),
        ),
        "drama.after_word_drama" => {
            let word = DRAMA_WORDS
                .iter()
                .find(|w| text.starts_with(*w))
                .map_or(0, |w| w.len());
            (start + cut_start(text, word), end)
        }
        "drama.ost_of" => {
            static LEAD_IN: PerThreadRegex =
                PerThreadRegex::new(|| Regex::new(&format!("^{OST_OF_LEAD}")).unwrap());
            (start + LEAD_IN.find(text).map_or(0, |m| m.end()), end)
        }
        // `drama.title_year`: the title, then `(2017)`.
        _ => (
            start,
            start
                + text[..text.rfind('(').unwrap_or(text.len())]
                    .trim_end()
                    .len(),
        ),
    }
}

/// The drama patterns, most trusted first.
const RULE_ORDER: &[&str] = &[
    "drama.work_brackets",
    "drama.quoted_list",
    "drama.quoted_ost",
    "drama.quoted_possessive",
    "drama.quoted_after_drama",
    "drama.quoted_broadcaster",
    "drama.ko_unquoted",
    "drama.title_ost",
    "drama.after_word_drama",
    "drama.ost_of",
    "drama.title_year",
    "drama.known_title",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::quotes;

    #[test]
    fn word_lists_are_lowercase_as_their_lookup_needs() {
        for w in GENERIC.iter().chain(SENTENCE_START) {
            assert_eq!(w.to_lowercase(), *w);
        }
        assert!(is_generic("K-Dramas,") && is_generic("OST") && is_generic("\u{212a}pop"));
        assert!(!is_generic("Goblin") && !is_generic("soundtrackss"));
    }

    #[test]
    fn title_spans_are_the_patterns_captures() {
        let lines = [
            "Few songs are as tied to the Secret Garden OST as this one.",
            "Goblin's OST and Goblin’s Original Soundtrack, then Kids' O.S.T here",
            "the Secret Garden OST Part OST of it, Stranger 2 original soundtrack",
            "The soundtrack of Morning Spring carries the whole series, scene after scene.",
            "OSTs for the hit drama Reply 1988 and the soundtrack from the series Hotel Del Luna.",
            "In the drama Crash Landing on You and the K-drama My Mister, a show  Run On (2020) aired.",
            "Go Back Couple (2017) and Iris: The Movie  (2010) with the K-drama It’s Okay to Not Be Okay",
            "tvN 드라마 옥탑방 왕세자 OST와 드라마 도깨비OST, 드라마 신사와 아가씨 2 O.S.T",
            "SBS 드라마 낭만닥터 김사부 시즌3 OST Part.2",
        ];
        let patterns = [
            (&*KO_DRAMA_OST, "drama.ko_unquoted"),
            (&*TITLE_OST, "drama.title_ost"),
            (&*DRAMA_TITLE, "drama.after_word_drama"),
            (&*OST_OF, "drama.ost_of"),
            (&*TITLE_YEAR, "drama.title_year"),
        ];
        let mut checked = 0;
        for line in lines {
            for (re, rule) in patterns {
                let by_captures: Vec<(usize, usize)> = re
                    .captures_iter(line)
                    .map(|c| {
                        let d = c.name("d").unwrap();
                        (d.start(), d.end())
                    })
                    .collect();
                let by_cutting: Vec<(usize, usize)> = re
                    .find_iter(line)
                    .map(|m| title_span(rule, line, m.start(), m.end()))
                    .collect();
                assert_eq!(by_cutting, by_captures, "{rule} in {line}");
                checked += by_captures.len();
            }
        }
        assert!(checked >= 20, "only {checked} matches were compared");
    }

    fn found(line: &str) -> Vec<String> {
        let t = Tables::builtin();
        prose_dramas(line, &quotes::find(line), &t)
            .into_iter()
            .map(|d| d.raw)
            .collect()
    }

    #[test]
    fn title_before_ost() {
        assert_eq!(
            found("While the love songs in Crash Landing On You OST roster are stunning"),
            ["Crash Landing On You"]
        );
        assert_eq!(found("Listening to this CLOY OST takes us back"), ["CLOY"]);
    }

    #[test]
    fn a_count_of_parts_is_no_title() {
        assert!(found("The 9-part OST album sold out.").is_empty());
        assert!(found("The 11 part OST album sold out.").is_empty());
        assert_eq!(
            found("The Part Time Heroes OST sold out."),
            ["Part Time Heroes"]
        );
    }

    #[test]
    fn a_sentence_opening_article_is_no_title() {
        assert!(found("I love it. An OST makes any show twice as fun.").is_empty());
        assert!(found("The OST is great.").is_empty());
        // Mid-sentence a title may open with one: `A Pledge to God OST`.
        assert_eq!(
            found("the A Pledge to God OST is long"),
            ["A Pledge to God"]
        );
    }

    #[test]
    fn a_possessive_title_before_its_soundtrack() {
        assert_eq!(
            found("fans say Goblin's original soundtrack is the best"),
            ["Goblin"]
        );
    }

    #[test]
    fn drama_word_before_title() {
        assert_eq!(
            found("himself for his 2011 drama Heartstrings."),
            ["Heartstrings"]
        );
    }

    #[test]
    fn ost_of_a_title_and_a_title_with_its_year() {
        assert_eq!(
            found("One year on, Mina was picked for the OST of The Quiet Harbor (2012) entitled “One”"),
            ["The Quiet Harbor"]
        );
        assert_eq!(
            found("Mina filled in the OST Paper Lantern Couple (2017) entitled “Wind”"),
            ["Paper Lantern Couple"]
        );
        assert_eq!(
            found("The soundtrack of A Vow at Dawn carries it"),
            ["A Vow at Dawn"]
        );
        // A determiner that opens the sentence is not part of the title.
        assert_eq!(
            found("The River Lamp (2019) has a great soundtrack."),
            ["River Lamp"]
        );
        // No year, no soundtrack or drama word: nothing.
        assert!(found("Mina sang at Seoul Olympic Hall (2019) last year").is_empty());
        assert!(found("She met Lee Min-ho in the drama room").is_empty());
    }

    #[test]
    fn korean_runs_of_quoted_dramas_and_work_brackets() {
        assert_eq!(
            found("드라마 ‘밤버스’ ‘소금 길’ ‘겨울, 항해’의 OST를 맡았다."),
            ["밤버스", "소금 길", "겨울, 항해"]
        );
        assert_eq!(
            found("노래는 드라마 《밤버스》를 떠올리게 한다."),
            ["밤버스"]
        );
        // A run of songs is not a run of dramas.
        assert!(found("윤서아의 ‘등대’, ‘빛의 계단’이 담겼다.").is_empty());
    }

    #[test]
    fn korean_unquoted_title_between_drama_and_ost() {
        assert_eq!(
            found("드라마 옥탑방 왕세자 OST Part 2 가 나온다."),
            ["옥탑방 왕세자"]
        );
        assert!(found("드라마 OST 앨범이 나온다.").is_empty());
        assert!(found("옥탑방 왕세자 이야기가 나온다.").is_empty());
    }

    #[test]
    fn generic_ost_is_not_a_drama() {
        assert!(found("The K-Drama OST tally was high").is_empty());
        assert!(found("an OST singer favorite").is_empty());
    }

    #[test]
    fn korean_drama_quotes() {
        assert_eq!(
            found("SBS 주말 드라마 '언니는 살아있다'의 OST 곡"),
            ["언니는 살아있다"]
        );
        assert_eq!(found("‘태양의 후예’OST ‘이사랑’"), ["태양의 후예"]);
    }

    #[test]
    fn generic_headings() {
        assert_eq!(heading_drama("More News"), None);
        assert_eq!(heading_drama("Is there someone who knows"), None);
        assert_eq!(
            heading_drama("3. Descendants of the Sun (2016)").as_deref(),
            Some("Descendants of the Sun")
        );
    }
}
