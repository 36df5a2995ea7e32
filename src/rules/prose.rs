//! Songs in English prose: `“T” by A`, `A’s “T”`, `A – “T”`, `“T” (A)`, `A sang “T”`,
//! bare `“T”`; and credits given in the next sentence.

use super::names::{credit_after, credit_before, is_credit, is_name_word};
use super::quotes::Quote;
use super::{CreditSignal, Mention};
use crate::gate;
use crate::per_thread::PerThreadRegex;
use crate::segment::sentences;
use crate::tables::Tables;
use regex::Regex;

static BY_AFTER: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(r"^\s*,?\s*(?:\([^()]*\)\s*)?(?:,\s*)?(?:(?:which|that)\s+(?:was|is)\s+|was\s+|is\s+)?(?:(?:originally\s+)?(?:sung|performed|sang|recorded|voiced)\s+)?by\s+").unwrap()
});
static POSSESSIVE_BEFORE: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(r"(?:[’'‘]s|s[’'])(?:\s*\((?P<g>[^()]{1,30})\))?\s+(?:(?:[a-z-]+\s+){0,3}(?:song|ballad|track|single|number|tune|hit|OST|theme|duet|anthem|piece|release|remake|version)\s+)?$|(?:\S[’'])\s+$").unwrap()
});
/// `“T” – a ballad duet between A and B`, `“T”, a song by A`: the song described, then
/// its singers.
static DESCRIBED_BY: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(r"^\s*[–—,-]\s*(?:an?|the)\s+(?:[\w-]+\s+){0,3}(?:duet|ballad|song|track|collaboration|number|single)\s+(?:between|by|from)\s+").unwrap()
});
static DASH_BEFORE: PerThreadRegex = PerThreadRegex::new(|| Regex::new(r"\s*[–—-]\s*$").unwrap());
static DASH_AFTER: PerThreadRegex = PerThreadRegex::new(|| Regex::new(r"^\s*[–—-]\s*").unwrap());
static PAREN_AFTER: PerThreadRegex =
    PerThreadRegex::new(|| Regex::new(r"^\s*\((?P<a>[^()]{2,40})\)").unwrap());
static SANG: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(r"(?-u:\b)(?:sang|sings|sung|recorded|performed|lent\s+(?:her|his|their)\s+voices?\s+to|voiced|released|releases|drop|drops|dropped|sing|added|contributed|delivered)(?-u:\b)").unwrap()
});
static NOT_PERFORMER: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:composed|written|produced|arranged|directed|lyrics|composer|producer|director|remake|originally|starring|stars|cast|actor|actress|reporter)(?-u:\b)").unwrap()
});

/// A song word right before a quote (`the song ‘T’`, `a ballad entitled ‘T’`).
static SONG_CUE: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:(?:song|track|single|ballad|duet|OST|theme|number)s?\s+(?:(?:entitled|titled|called|named)\s+)?|(?:entitled|titled)\s+)$").unwrap()
});
/// A song word right after a quote (`‘T’, the OST he sings`).
static SONG_CUE_AFTER: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(r"(?i)^\s*,?\s*(?:(?:is\s+)?(?:the|a|an|his|her|their)\s+(?:\w+\s+)?(?:song|OST|track|single|ballad|duet)(?-u:\b)|sung\s+by(?-u:\b))").unwrap()
});
/// `…, here sung by X`: the performer of a song cued earlier in the sentence.
static SUNG_BY_LATER: PerThreadRegex =
    PerThreadRegex::new(|| Regex::new(r"(?-u:\b)(?:here\s+|now\s+)?sung\s+by\s+").unwrap());
/// `… with Yoo Seung Woo`: a partner credited after the song.
static WITH_AFTER: PerThreadRegex =
    PerThreadRegex::new(|| Regex::new(r"^\s*,?\s*(?:together\s+)?with\s+").unwrap());
/// The joint between quotes of one list (`‘A’ and ‘B’`, `‘A’, ‘B’`).
static LIST_JOINT: PerThreadRegex =
    PerThreadRegex::new(|| Regex::new(r"^\s*(?:,\s*)?(?:and\s+|&\s+)?$").unwrap());

/// The credit right after a cue (`by`, a dash, `with`) that opens `after`: the names
/// as written, and where they end in `after`.
fn credit_following<'a>(after: &'a str, cue: &Regex, tables: &Tables) -> Option<(&'a str, usize)> {
    let rest = &after[cue.find(after)?.end()..];
    let n = credit_after(rest, tables)?;
    Some((&rest[..n], after.len() - rest.len() + n))
}

/// Whether a quote continues a list whose previous quote was cued as a song.
fn chained(line: &str, q: &Quote, found: &[Mention]) -> bool {
    found.last().is_some_and(|prev| {
        prev.rule.starts_with("prose.cued")
            && prev.end <= q.open
            && LIST_JOINT.is_match(&line[prev.end..q.open])
    })
}

/// Each name of a credit marked as the group's (`A & B`, `2AM` → `A (2AM) & B (2AM)`);
/// an act whose own name holds the separator stays one name.
fn with_group(credit: &str, group: &str, tables: &Tables) -> String {
    static SEP: PerThreadRegex =
        PerThreadRegex::new(|| Regex::new(r"\s*(?:,|&|(?-u:\b)and(?-u:\b))\s*").unwrap());
    if tables.is_act(credit) {
        return format!("{credit} ({group})");
    }
    SEP.split(credit)
        .filter(|n| !n.is_empty())
        .map(|n| format!("{n} ({group})"))
        .collect::<Vec<_>>()
        .join(" & ")
}

/// Whether quoted text reads as a song title rather than a lyric, a nickname or a
/// scare quote: short, capitalised, not a sentence.
pub fn title_like(s: &str) -> bool {
    let t = s.trim();
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.is_empty() || words.len() > 12 || t.chars().count() > 80 {
        return false;
    }
    let first = t.chars().next().unwrap();
    if !(first.is_uppercase() || first.is_ascii_digit() || crate::normalize::is_hangul(first)) {
        return false;
    }
    if t.ends_with('.') && !t.ends_with("..") || t.ends_with(',') && words.len() > 6 {
        return false;
    }
    // Sentences have many lowercase words; titles few (`Here I am Again` has two of four).
    let lower = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .count();
    let lower_ok = words.len() <= 3 || lower * 3 <= words.len() * 2;
    lower_ok && !t.contains(" OST") && !t.starts_with("OST")
}

/// A sentence opening with a name's song word and a copula before the quote:
/// `Park Ha Neul’s first soundtrack was the OST for D entitled “T”`.
static POSSESSIVE_LEAD: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(r"^\s*(?:\d+[.)]\s+)?(?P<a>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})[’']s\s+(?:[\w-]+\s+){0,3}(?:song|soundtrack|OST|single|track|contribution|debut)s?(?-u:\b)[^“”\x22]*(?-u:\b)(?:was|is)(?-u:\b)[^“”\x22]*$").unwrap()
});

/// `X’s favourite song is “T”`: what a person likes, not what they sing.
static FAVOURITE: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:favou?rites?|pick|choice|playlist)(?-u:\b)").unwrap()
});

/// A possessive pronoun's song right before a quote: `His song for this OST, “T”`,
/// `their previous one was “T”`.
pub(crate) static PRONOUN_SONG: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:his|her|their)\s+(?:[\w-]+\s+){0,3}(?:one|song|release|track|single|ballad|duet|OST|number|hit|contribution)(?:\s+(?:for|on|in)\s+(?:this|the)\s+(?:OST|soundtrack|drama|series|show))?\s*(?:,|:|was|is)?\s*$").unwrap()
});

/// The last person named in `text`: a run of capitalised words that is a known
/// performer or opens with a Korean surname (`Moon Myung Jin`).
fn last_person<'a>(text: &'a str, tables: &Tables) -> Option<&'a str> {
    static RUN: PerThreadRegex =
        PerThreadRegex::new(|| Regex::new(r"(?-u:\b)[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}").unwrap());
    let from = text.floor_char_boundary(text.len().saturating_sub(super::WINDOW));
    let m = RUN
        .find_iter(&text[from..])
        .filter(|m| {
            let run = m.as_str();
            let first = run.split_whitespace().next().unwrap_or("");
            let words = run.split_whitespace().count();
            tables.knows_performer(run) || (2..=3).contains(&words) && tables.is_surname(first)
        })
        .last()?;
    let (start, end) = (from + m.start(), from + m.end());
    // `EXO's Kim Jong Dae`: a group's possessive before the name is its own.
    let group = POSSESSIVE_GROUP
        .captures(&text[from..start])
        .filter(|c| {
            let g = &c["g"];
            // An unknown act in capitals (`ZEROBASEONE`) owns its member as a known one does.
            tables.group(g).is_some() || crate::normalize::is_capitals_act(g)
        })
        .map_or(start, |c| from + c.get(0).unwrap().start());
    Some(&text[group..end])
}

static POSSESSIVE_GROUP: PerThreadRegex =
    PerThreadRegex::new(|| Regex::new(r"(?P<g>[\w()&.-]+)[’']s\s+$").unwrap());

/// Finds English prose mentions among the quotes not claimed by earlier rules.
pub fn find(line: &str, qs: &[&Quote], tables: &Tables) -> Vec<Mention> {
    let mut out = Vec::new();
    if qs.is_empty() {
        return out;
    }
    let sents = sentences(line);
    for q in qs {
        let inner = q.text(line);
        let (b0, before) = super::window_before(line, q.open);
        let after = super::window_after(line, q.end);
        // A song word pointing at the quote (`‘Picture in my head’, the OST he sings`)
        // vouches for a title with many small words.
        let vouched = || {
            let t = inner.trim();
            t.split_whitespace().count() <= 8
                && t.starts_with(char::is_uppercase)
                && !t.ends_with('.')
                && (SONG_CUE.is_match(before) || SONG_CUE_AFTER.is_match(after))
        };
        if !title_like(inner) && !vouched() {
            continue;
        }
        let sent = super::sentence_at(&sents, q.open, line.len());
        // The sentence, clipped to the window around the quote.
        let sent = (sent.0.max(b0), sent.1.min(q.end + after.len()));
        let mut m = Mention::new(q.open, q.end, inner, "", "prose.quoted_bare", 0.5);
        m.bare = true;
        if let Some((a, end)) = credit_following(after, &BY_AFTER, tables) {
            m.artists = a.trim().to_string();
            m.end = q.end + end;
            m.rule = "prose.quoted_by";
            m.confidence = 0.85;
        }
        if m.artists.is_empty() {
            if let Some(c) = POSSESSIVE_BEFORE.captures(before) {
                let p = c.get(0).unwrap();
                let base = &before[..p.start() + p.as_str().find(['’', '\'', '‘']).unwrap_or(0)];
                if let Some(st) = credit_before(base) {
                    m.artists = match c.name("g") {
                        // `Chang-min & Jin-woon’s (2AM)`: the group of every name.
                        Some(g) => with_group(&base[st..], g.as_str(), tables),
                        None => base[st..].to_string(),
                    };
                    m.start = b0 + st;
                    m.rule = "prose.possessive";
                    m.confidence = 0.8;
                }
            }
        }
        if m.artists.is_empty() {
            if let Some(p) = DASH_BEFORE.find(before) {
                if let Some(st) = credit_before(&before[..p.start()]) {
                    m.artists = before[st..p.start()].to_string();
                    m.start = b0 + st;
                    m.rule = "prose.artist_dash_quoted";
                    m.confidence = 0.75;
                }
            }
        }
        if m.artists.is_empty() {
            // `“T” – a ballad duet between Luna from f(x) and Choi Yi`.
            if let Some((a, end)) = credit_following(after, &DESCRIBED_BY, tables) {
                m.artists = a.trim().trim_end_matches(['.', ',']).to_string();
                m.end = q.end + end;
                m.rule = "prose.quoted_by";
                m.confidence = 0.7;
            }
        }
        if m.artists.is_empty() {
            if let Some((a, end)) = credit_following(after, &DASH_AFTER, tables) {
                m.artists = a.to_string();
                m.end = q.end + end;
                m.rule = "prose.quoted_by";
                m.confidence = 0.75;
            }
        }
        if m.artists.is_empty() {
            if let Some(c) = PAREN_AFTER.captures(after) {
                let a = &c["a"];
                if is_credit(a, tables) && !a.contains("OST") {
                    m.artists = a.to_string();
                    m.end = q.end + c.get(0).unwrap().end();
                    m.rule = "prose.quoted_paren_artist";
                    m.confidence = 0.7;
                }
            }
        }
        if m.artists.is_empty() {
            // `Sohyang sang the OST entitled “T”`: the subject of a singing verb.
            let s = &line[sent.0..q.open];
            // The verb nearest the quote (`A sang ‘X’ while B lent her voice to ‘Y’`).
            if let Some(v) = SANG.find_iter(s).last() {
                if !NOT_PERFORMER.is_match(&line[sent.0..sent.1]) {
                    // The subject of the verb's own clause (`…, and MAMAMOO's Solar added`).
                    let clause = [", and ", ", but ", "; ", ", ", " while ", " whereas "]
                        .iter()
                        .filter_map(|sep| s[..v.start()].rfind(sep).map(|i| i + sep.len()))
                        .max()
                        .unwrap_or(0);
                    let subject = &s[clause..v.start()];
                    let lead = clause + subject.len() - subject.trim_start().len();
                    if let Some(n) = credit_after(subject, tables) {
                        // `Kwon Jung Yeol (10cm) sang`: the act in brackets goes with the name.
                        static ACT_PAREN: PerThreadRegex =
                            PerThreadRegex::new(|| Regex::new(r"^\s*\([^()]{1,24}\)").unwrap());
                        let n = ACT_PAREN.find(&subject[n..]).map_or(n, |p| n + p.end());
                        let name = subject[..n].trim();
                        if !name.is_empty() && subject[n..].split_whitespace().count() <= 2 {
                            m.artists = name.to_string();
                            m.start = sent.0 + lead;
                            m.rule = "prose.subject_sang";
                            m.confidence = 0.6;
                        }
                    }
                }
            }
        }
        if m.artists.is_empty() {
            // `Janet Suh’s ‘Home’/‘Why’`: the two sides of a single share the credit.
            if let Some(prev) = out.last().filter(|p: &&Mention| {
                p.end <= q.open
                    && !p.artists.is_empty()
                    && line[p.end..q.open]
                        .trim_matches(|c: char| c.is_whitespace() || "’'‘".contains(c))
                        == "/"
            }) {
                m.artists = prev.artists.clone();
                m.rule = prev.rule;
                m.confidence = prev.confidence;
            }
        }
        if m.artists.is_empty() {
            // `… courtesy of Moon Myung Jin. … His song for this OST, “T”`: the person the
            // pronoun points back to, the last one named before it in the paragraph.
            if let Some(p) = PRONOUN_SONG.find(before) {
                if let Some(name) = last_person(&line[..b0 + p.start()], tables) {
                    m.artists = name.to_string();
                    m.rule = "prose.pronoun_song";
                    m.confidence = 0.55;
                }
            }
        }
        if m.artists.is_empty() {
            // `Park Ha Neul’s first soundtrack was the OST for D entitled “T”`: a sentence
            // opening with a singer's song word is about that singer's song.
            let s = &line[sent.0..q.open];
            if let Some(c) = POSSESSIVE_LEAD
                .captures(s)
                .filter(|_| !FAVOURITE.is_match(s))
            {
                let a = c.name("a").unwrap();
                if is_credit(a.as_str(), tables) {
                    m.artists = a.as_str().to_string();
                    m.start = sent.0 + a.start();
                    m.rule = "prose.possessive_lead";
                    m.confidence = 0.6;
                }
            }
        }
        if !m.artists.is_empty() {
            m.bare = false;
        } else if SONG_CUE.is_match(before)
            || SONG_CUE_AFTER.is_match(after)
            || chained(line, q, &out)
        {
            // `the song ‘T’`, `‘T’, the OST he sings`, `songs ‘A’ and ‘B’`: a song
            // whatever its quotes; its singer may be the passage's subject.
            m.rule = "prose.cued";
            m.confidence = 0.55;
            if let Some((a, end)) = credit_following(after, &WITH_AFTER, tables) {
                m.artists = a.trim().trim_end_matches(['.', ',']).to_string();
                m.end = q.end + end;
                m.rule = "prose.cued_with";
            } else {
                // `‘T’, the OST he sings, is originally Y’s song, here sung by X`: a
                // singer later in the song's own sentence, with no other quote between.
                let rest = &line[q.end..sent.1.max(q.end)];
                let rest = &rest[..rest.find(['“', '‘', '"', '\'']).unwrap_or(rest.len())];
                if let Some((a, end)) = credit_following(rest, &SUNG_BY_LATER, tables) {
                    m.artists = a.trim().trim_end_matches(['.', ',']).to_string();
                    m.end = q.end + end;
                    m.rule = "prose.quoted_by";
                }
            }
        } else if q.single {
            // Uncredited single quotes in English prose mark dramas, films and nicknames
            // far more often than songs.
            continue;
        }
        out.push(m);
    }
    out
}

/// `Someday by The Black Skirts, an indie rock number, …`: an unquoted title opening a
/// sentence, credited with `by`.
static UNQUOTED_BY: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(r"(?:^|[.!?]\s+)(?P<t>[A-Z0-9][\w’'!?&-]*(?:\s+[\w’'!?&-]+){0,5}?)\s+by\s+").unwrap()
});

/// Songs named without quotes at the start of a sentence, `Title by Artist` followed by
/// a comma or a verb (`The perfect moment by Migyo tells…`). The title must read as
/// one, and not be a staff credit (`Written by`) or a participle (`Followed by`).
pub fn unquoted_by(line: &str, tables: &Tables) -> Vec<Mention> {
    let mut out = Vec::new();
    // The pattern's own prefilter cannot use its inner word; most lines lack it.
    if !line.contains("by") {
        return out;
    }
    for c in UNQUOTED_BY.captures_iter(line) {
        let t = c.name("t").unwrap();
        let title = t.as_str();
        let first = title.split_whitespace().next().unwrap_or("");
        if !title_like(title)
            || first.ends_with("ed")
            || NOT_PERFORMER.is_match(title)
            || super::names::is_stop(first) && !["The", "A", "An"].contains(&first)
        {
            continue;
        }
        let rest = super::window_after(line, c.get(0).unwrap().end());
        let Some(n) = credit_after(rest, tables) else {
            continue;
        };
        // The sentence goes on after the credit: a comma, or a verb in lowercase.
        let tail = rest[n..].trim_start();
        if !(tail.starts_with(',') || tail.starts_with(|ch: char| ch.is_lowercase())) {
            continue;
        }
        let end = super::offset_in(line, rest) + n;
        let mut m = Mention::new(t.start(), end, title, &rest[..n], "prose.unquoted_by", 0.5);
        m.artists = m.artists.trim_end_matches(',').to_string();
        out.push(m);
    }
    out
}

/// `songs such as Stay with me and Beautiful is …`: unquoted titles listed after a song
/// word and `such as`/`like`/`including`, up to the verb or the end of the clause.
static SUCH_AS: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(r"(?-u:\b)(?:[Ss]ongs|[Tt]racks|[Hh]its|[Bb]allads|OSTs|[Nn]umbers)\s+(?:such\s+as|like|including)\s+(?P<list>[A-Z0-9][^.;:!?()“”\x22]{0,160}?)(?:\s+(?:is|are|was|were|has|have|that|which|will|would|can)(?-u:\b)|[.;:!?(]|$)").unwrap()
});
static LIST_SEP: PerThreadRegex =
    PerThreadRegex::new(|| Regex::new(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*").unwrap());

/// Unquoted titles in a `songs such as A and B` list: uncredited mentions, kept only in
/// a drama's section like other bare titles. The list stops at the first item that does
/// not start with a capital or is too long to be a title.
pub fn unquoted_list(line: &str) -> Vec<Mention> {
    let mut out = Vec::new();
    static LEAD_IN: PerThreadRegex =
        PerThreadRegex::new(|| gate::any_of(&[" such as ", " like ", " including "]));
    if !LEAD_IN.is_match(line) {
        return out;
    }
    for c in SUCH_AS.captures_iter(line) {
        for item in LIST_SEP.split(c.name("list").unwrap().as_str()) {
            let t = item.trim();
            let start = super::offset_in(line, t);
            let capital = t.starts_with(|ch: char| ch.is_uppercase() || ch.is_ascii_digit());
            if !capital || t.split_whitespace().count() > 5 {
                break;
            }
            let mut m = Mention::new(start, start + t.len(), t, "", "prose.unquoted_list", 0.45);
            m.bare = true;
            out.push(m);
        }
    }
    out
}

/// `X is preparing to drop his song More Than Enough on April 27`: an unquoted title
/// after a possessive pronoun's song word, up to a date or the end of the title-case run.
static PRONOUN_SONG_UNQUOTED: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(r"(?-u:\b)(?:his|her|their)\s+(?:(?:new|latest|upcoming|first|own)\s+)?(?:song|single|track|ballad)\s+(?P<t>[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|the|a|an|in|on|to|for|with|and|my|your|me|you))*)").unwrap()
});
static DATE_TAIL: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(r"\s+(?:on|in|at|this|next|last|by)(?:\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?-u:\b).*|\s*$)|\s+(?:on|in|to|for|with|and|the|a|an|of|my|your)$").unwrap()
});

/// Unquoted titles after `his song`, credited to the last person named before it in the
/// sentence.
pub fn unquoted_pronoun_song(line: &str, tables: &Tables) -> Vec<Mention> {
    let mut out = Vec::new();
    static PRONOUN: PerThreadRegex =
        PerThreadRegex::new(|| gate::any_of(&[" his ", " her ", " their "]));
    if !PRONOUN.is_match(line) {
        return out;
    }
    let sents = sentences(line);
    for c in PRONOUN_SONG_UNQUOTED.captures_iter(line) {
        let t = c.name("t").unwrap();
        let title = DATE_TAIL.replace(t.as_str(), "");
        let (ss, _) = super::sentence_at(&sents, t.start(), line.len());
        let cue = c.get(0).unwrap().start();
        let Some(name) = last_person(&line[ss..cue], tables) else {
            continue;
        };
        if title.is_empty() || title.split_whitespace().count() > 6 {
            continue;
        }
        let start = super::offset_in(line, name);
        let mut m = Mention::new(
            start,
            t.start() + title.len(),
            &title,
            name,
            "prose.unquoted_pronoun_song",
            0.5,
        );
        m.bare = false;
        out.push(m);
    }
    out
}

/// The verbs of a sentence that credits performers for the song just named.
const CREDIT_VERBS: &[&str] = &[
    "made",
    "sang",
    "sings",
    "performed",
    "lent",
    "recorded",
    "delivered",
    "did",
    "gave",
    "sing",
    "perform",
    "voiced",
];

static CREDIT_SENTENCE: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(&format!(
        r"^\s*(?P<rest>.+?)\s+(?:{})(?-u:\b)(?P<tail>.*)$",
        CREDIT_VERBS.join("|")
    ))
    .unwrap()
});

static THIS_SONG: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(
        r"(?-u:\b)(?:(?:this|the)\s+(?:\w+\s+)?(?:song|track|duet|ballad|number|tune|one|OST)|it)(?-u:\b)",
    )
    .unwrap()
});

/// `On it he also worked together with San E`: a partner on the song just named.
static PARTNER_SENTENCE: PerThreadRegex = PerThreadRegex::new(|| {
    let verbs: Vec<String> = PARTNER_VERBS
        .iter()
        .map(|v| v.replace(' ', r"\s+"))
        .collect();
    Regex::new(&format!(
        r"^\s*(?:(?:On|For|In)\s+(?:it|this\s+(?:one|song|track))\s*,?\s+)?(?:he|she|they|the\s+singer)\s+(?:also\s+)?(?:{})\s+(?:together\s+)?with\s+(?P<a>.+?)\s*[.!]?\s*$",
        verbs.join("|")
    ))
    .unwrap()
});

/// The verbs of working together that [`PARTNER_SENTENCE`] takes (words apart by any
/// space); a sentence needs the first word of one.
const PARTNER_VERBS: &[&str] = &[
    "worked",
    "teamed up",
    "collaborated",
    "joined forces",
    "partnered",
    "duetted",
];

/// Sentences that credit performers for "this song"/"it" without naming the song, or
/// name a partner on it (`partner`: added to the song's singers).
pub fn credits(line: &str, tables: &Tables) -> Vec<CreditSignal> {
    let mut out = Vec::new();
    // Each pattern needs its verb (or a verb of working together and `with`) in the
    // sentence: most lines have none.
    static VERB: PerThreadRegex = PerThreadRegex::new(|| gate::any_of(CREDIT_VERBS));
    static PARTNER_VERB: PerThreadRegex = PerThreadRegex::new(|| {
        let first: Vec<&str> = PARTNER_VERBS
            .iter()
            .filter_map(|v| v.split(' ').next())
            .collect();
        gate::any_of(&first)
    });
    let verb = |s: &str| VERB.is_match(s);
    let partner = |s: &str| s.contains("with") && PARTNER_VERB.is_match(s);
    if !verb(line) && !partner(line) {
        return out;
    }
    for (s, e) in sentences(line) {
        let sent = &line[s..e];
        if sent.contains(['“', '"']) {
            continue;
        }
        if let Some(c) = partner(sent)
            .then(|| PARTNER_SENTENCE.captures(sent))
            .flatten()
        {
            let a = c.name("a").unwrap();
            if is_credit(a.as_str(), tables) {
                out.push(CreditSignal {
                    start: s,
                    artists: a.as_str().to_string(),
                    partner: true,
                });
            }
            continue;
        }
        let Some(c) = verb(sent).then(|| CREDIT_SENTENCE.captures(sent)).flatten() else {
            continue;
        };
        let tail = &c["tail"];
        if !THIS_SONG.is_match(tail) {
            continue;
        }
        let rest = &c["rest"];
        let lead = rest.len() - rest.trim_start().len();
        if let Some(n) = credit_after(rest, tables) {
            if n == rest.trim_end().len() && is_name_word(rest.trim()) {
                out.push(CreditSignal {
                    start: s + lead,
                    artists: rest[..n].trim().to_string(),
                    partner: false,
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::quotes;

    fn run(line: &str) -> Vec<(String, String, &'static str)> {
        let t = Tables::builtin();
        let qs = quotes::find(line);
        let refs: Vec<&Quote> = qs.iter().collect();
        find(line, &refs, &t)
            .into_iter()
            .map(|m| (m.track, m.artists, m.rule))
            .collect()
    }

    #[test]
    fn by_and_bare() {
        let r = run("Every song is so good \"Almost Paradise\" by T.Max,  the iconic \"Stand By Be\" by SHINee, and more.");
        assert_eq!(
            r[0],
            ("Almost Paradise".into(), "T.Max".into(), "prose.quoted_by")
        );
        assert_eq!(r[1].1, "SHINee");
        let r = run(
            "\"Round and Round\", \"Beautiful\" \"Stay With Me\" and the emotive \"I Will Go\".",
        );
        assert_eq!(r.len(), 4);
        assert!(r.iter().all(|x| x.2 == "prose.quoted_bare"));
    }

    #[test]
    fn possessive() {
        let r = run("As such, Sondia’s “Dream” blended a wistful arrangement");
        assert_eq!(r[0], ("Dream".into(), "Sondia".into(), "prose.possessive"));
        let r = run("We also included Kevin Oh’s heartfelt ballad “Falling Slow” here");
        assert_eq!(r[0].1, "Kevin Oh");
    }

    #[test]
    fn a_described_song_then_its_singers() {
        let r = run(
            "After that comes “Healing Love” – a ballad duet between Luna from f(x) and Choi Yi.",
        );
        assert_eq!(r[0].1, "Luna from f(x) and Choi Yi");
        let r = run("We loved “Rails”, a quiet song by Kim Ha Na.");
        assert_eq!(r[0].1, "Kim Ha Na");
        // A description without its singers credits nobody.
        let r = run("Then “Rails” – a quiet song from the finale.");
        assert_eq!(r[0].1, "");
    }

    #[test]
    fn unquoted_titles_listed_after_such_as() {
        let titles = |line: &str| -> Vec<String> {
            unquoted_list(line).into_iter().map(|m| m.track).collect()
        };
        assert_eq!(
            titles(
                "Its soundtrack with songs such as Stay with me and Beautiful is unforgettable."
            ),
            ["Stay with me", "Beautiful"]
        );
        assert_eq!(
            titles("It has hits like Rails, Door & Fog Bell."),
            ["Rails", "Door", "Fog Bell"]
        );
        // Singers are not songs; a list of lowercase words is no list of titles.
        assert!(titles("Singers such as IU and Crush sang for it.").is_empty());
        assert!(titles("Songs like these stay with you.").is_empty());
        let line = "songs such as Stay with me and Beautiful are";
        let m = &unquoted_list(line)[1];
        assert_eq!(&line[m.start..m.end], "Beautiful");
    }

    #[test]
    fn possessive_with_the_group_after_it() {
        let r = run("## Chang-min & Jin-woon‘s (2AM) “Saying I Love You”, Hotel King OST");
        assert_eq!(r[0].1, "Chang-min (2AM) & Jin-woon (2AM)");
        let r = run("## The Rose‘s “Sorry”, Night Bus OST");
        assert_eq!(r[0].1, "The Rose");
        let r = run("The Black Skirts’ “Someday” opens the album.");
        assert_eq!(r[0].1, "The Black Skirts");
        // A determiner inside a sentence is not part of the name.
        let r = run("We played the Sondia’s “Dream” again.");
        assert_eq!(r[0].1, "Sondia");
    }

    #[test]
    fn unquoted_titles_by_artists_opening_a_sentence() {
        let t = Tables::builtin();
        let found = |line: &str| -> Vec<(String, String)> {
            unquoted_by(line, &t)
                .into_iter()
                .map(|m| (m.track, m.artists))
                .collect()
        };
        assert_eq!(
            found("The songs are calm. Someday by The Black Skirts, an indie rock number, plays."),
            [("Someday".to_string(), "The Black Skirts".to_string())]
        );
        assert_eq!(
            found("The perfect moment by Migyo tells the story."),
            [("The perfect moment".to_string(), "Migyo".to_string())]
        );
        // Staff credits, participles and mid-sentence `by` are not songs.
        assert!(found("Written by Kim Eana, it is a gem.").is_empty());
        assert!(found("Followed by Crush, she sang.").is_empty());
        assert!(found("We were moved by Crush, again.").is_empty());
    }

    #[test]
    fn a_song_word_vouches_for_a_title_of_small_words() {
        let r = run("‘Picture in my head’, the OST he sings, is lovely.");
        assert_eq!(r[0].0, "Picture in my head");
        // Without the cue such a quote reads as a phrase, not a title.
        assert!(run("It was ‘picture in my head’ and then gone.").is_empty());
        assert!(run("He said ‘Picture in my head all day long’ to me.").is_empty());
    }

    #[test]
    fn a_cued_song_is_sung_by_the_singer_later_in_its_sentence() {
        let r = run("‘Paper Sky’, the OST he sings, is originally Kim Ha Na’s song, here sung by Mira Seol.");
        assert_eq!(
            r,
            [("Paper Sky".into(), "Mira Seol".into(), "prose.quoted_by")]
        );
        // Another quote between them takes the credit away from the first.
        let r = run("The song ‘Paper Sky’ and the song ‘Rails’, sung by Mira Seol, open it.");
        assert_eq!(r[0].1, "");
    }

    #[test]
    fn each_clause_has_its_own_singer() {
        let r = run(
            "Kim Ha Na (NOVA9) sang the popular ‘Drawer’ while Mira Seol lent her voice to ‘Maybe’.",
        );
        assert_eq!(r[0].1, "Kim Ha Na (NOVA9)");
        assert_eq!(r[1].1, "Mira Seol");
    }

    #[test]
    fn both_sides_of_a_single_share_its_credit() {
        let r = run("Mira Seol’s ‘Home’/ ’Why’ brought a wistful mood.");
        assert_eq!(r.len(), 2, "{r:?}");
        assert!(r.iter().all(|m| m.1 == "Mira Seol"), "{r:?}");
        // Titles joined by anything else keep to their own credits.
        let r = run("Mira Seol’s ‘Home’ and later ‘Why’ brought a wistful mood.");
        assert!(r.iter().all(|m| m.0 != "Why" || m.1.is_empty()), "{r:?}");
    }

    #[test]
    fn a_sentence_opening_with_a_singers_song() {
        let r = run("Park Ha Neul’s first soundtrack was the OST for the drama Paper Moon Diary (2009) entitled “Lanterns”.");
        assert_eq!(
            r,
            [(
                "Lanterns".into(),
                "Park Ha Neul".into(),
                "prose.possessive_lead"
            )]
        );
        for line in [
            "Park Ha Neul’s favourite song is “Lanterns”.",
            "Park Ha Neul’s manager said “Lanterns” is great.",
            "The drama’s first soundtrack was “Lanterns”.",
        ] {
            assert!(run(line).iter().all(|m| m.1.is_empty()), "{line}");
        }
    }

    #[test]
    fn an_unquoted_title_after_a_pronouns_song() {
        let t = Tables::builtin();
        let f = |line: &str| -> Vec<(String, String)> {
            unquoted_pronoun_song(line, &t)
                .into_iter()
                .map(|m| (m.track, m.artists))
                .collect()
        };
        assert_eq!(
            f("Meanwhile, Kim Na Ra is preparing to drop her song Paper Sky on May 3, 2024."),
            [("Paper Sky".to_string(), "Kim Na Ra".to_string())]
        );
        assert_eq!(
            f("Kim Na Ra will release her new single Crash Landing on You next week.")[0].0,
            "Crash Landing on You"
        );
        // No person in the sentence, or no title-case run: nothing.
        assert!(f("The drama is back. Her song Paper Sky is lovely.").is_empty());
        // A known group's possessive before the name comes with it.
        assert_eq!(
            f("Meanwhile, EXO's Kim Jong Dae is preparing to drop his song Paper Sky.")[0].1,
            "EXO's Kim Jong Dae"
        );
        assert_eq!(
            f("Meanwhile, NOVA9's Kim Na Ra drops her song Paper Sky.")[0].1,
            "NOVA9's Kim Na Ra"
        );
        // A possessive in lower case is not a group's.
        assert_eq!(
            f("Meanwhile, Mom's Kim Na Ra drops her song Paper Sky.")[0].1,
            "Kim Na Ra"
        );
        assert!(f("Kim Na Ra loves her song and sings it daily.").is_empty());
    }

    #[test]
    fn a_pronoun_song_is_the_last_person_named() {
        let r = run("One more ballad comes courtesy of Han Ji Woo. Her shows on Open Stage 3 made me a fan. Her song for this OST, “Paper Sky” is lovely.");
        assert_eq!(
            r,
            [(
                "Paper Sky".into(),
                "Han Ji Woo".into(),
                "prose.pronoun_song"
            )]
        );
        // No person before the pronoun (a show's name is not one): no credit.
        let r = run("Open Stage 3 is back. Their song for this OST, “Paper Sky” is lovely.");
        assert!(r.iter().all(|m| m.1.is_empty()), "{r:?}");
        // Without the possessive pronoun the earlier name is not the singer.
        let r = run("Han Ji Woo loved it. The song “Paper Sky” is lovely.");
        assert!(r.iter().all(|m| m.1.is_empty()), "{r:?}");
    }

    #[test]
    fn scare_quotes_and_lyrics_are_left_alone() {
        assert!(run("Itaewon Class triggered the “chasing dream” trend this year").is_empty());
        assert!(run("she sings “I will love you until the end of my days.”").is_empty());
    }

    #[test]
    fn subject_sang() {
        let r = run("Sohyang sang the OST entitled “Let Me Be With You” for the drama");
        assert_eq!(r[0].1, "Sohyang");
        let r = run("Kim's “Rain” is the heart of it, and MAMAMOO's Solar added the bright “Tick Tock Heart” later.");
        assert_eq!(r[1].1, "MAMAMOO's Solar");
        // A composer is not a performer.
        let r = run("Kim composed and sang “Song” in 2011");
        assert_eq!(r[0].1, "");
    }

    #[test]
    fn cued_single_quotes_are_songs() {
        let r = run(
            "For the drama ‘Spring Ferry’, she recorded the song ‘Why Not Now’ with Han Ji Ho.",
        );
        assert_eq!(
            r,
            [("Why Not Now".into(), "Han Ji Ho".into(), "prose.cued_with")]
        );
        let r = run("She sings the soundtrack songs entitled ‘Bell Tower’ and ‘When It Rains’.");
        assert_eq!(r.len(), 2, "{r:?}");
        assert!(r.iter().all(|x| x.2 == "prose.cued"));
        let r = run("‘Paper Moon’, the OST she sings, is a remake.");
        assert_eq!(r[0].0, "Paper Moon");
        // Without a song word, single quotes stay dramas, films or nicknames.
        assert!(run("She starred in ‘Spring Ferry’ and ‘Night Bus’ that year.").is_empty());
        assert!(run("Fans call her the ‘Nation’s Sister’ now.").is_empty());
    }

    #[test]
    fn next_sentence_credit() {
        let t = Tables::builtin();
        let c = credits("As soon as \"Everytime\" starts. EXO's Chen and Punch made a wonderful job with this song.", &t);
        assert_eq!(c[0].artists, "EXO's Chen and Punch");
        assert!(credits("The writers made it a hit.", &t).is_empty());
    }
}
