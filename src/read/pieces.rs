//! Pieces: each line lexed once, left to right, into typed spans. Every later stage
//! reads pieces, never the raw line again.
//!
//! ```
//! use ostract::read::pieces::{lex, Kind};
//! let p = lex("“Flower” – Yoon Mirae (Crash Landing on You OST)");
//! let kinds: Vec<Kind> = p.iter().map(|p| p.kind).collect();
//! assert_eq!(kinds, [Kind::Quoted, Kind::Sep, Kind::Run, Kind::Bracket]);
//! ```

use crate::normalize::{has_hangul, is_alnum, is_hangul};
use rustc_hash::FxHashSet;
use std::borrow::Cow;
use std::sync::LazyLock;

/// What a piece is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A span in quotes of any style (`“…”`, `"…"`, `‘…’`, `'…'`, `《…》`, `<…>`); the
    /// piece's `inner` is the text between the marks. A quote left open runs to the end.
    Quoted,
    /// A span in round or square brackets; `inner` is the text inside.
    Bracket,
    /// A run of name-like words: capitalised, all caps, digits, stylised (`iKON`,
    /// `10cm`), Hangul, with the small lowercase words titles keep (`of`, `the`, `to`).
    Run,
    /// A lowercase word (each its own piece, so cue words are found by equality).
    Word,
    /// `OST`, `O.S.T.`, `Original Soundtrack`, with any `Part 3` after it.
    Ost,
    /// A possessive mark after a name: `’s`, `'s`, a bare `’` after `s`, Korean `의`.
    Poss,
    /// A separator: dash, colon, bar, slash, comma, semicolon.
    Sep,
    /// A sentence end or other punctuation.
    Punct,
}

/// One piece of a line: its kind and byte spans into the line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Piece {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
    /// The text inside the marks of a quoted or bracketed span; the word span otherwise.
    pub inner: (usize, usize),
}

impl Piece {
    /// The piece's text (inside the marks for quotes and brackets).
    pub fn text<'a>(&self, line: &'a str) -> &'a str {
        &line[self.inner.0..self.inner.1]
    }
}

/// The longest quote read as one piece, in bytes: longer quotes are speech, not names.
const MAX_QUOTE: usize = 400;

/// Whether a lowercase word stays inside a title or name run when a capitalised word
/// follows (`Love in the Moonlight`): the words a title leaves in lower case.
pub fn joiner(w: &str) -> bool {
    // A set made on first use: the word after every run is asked, and a scan of the list
    // compared a short word with each of its many short words.
    static SET: LazyLock<FxHashSet<&str>> = LazyLock::new(|| JOINERS.iter().copied().collect());
    SET.contains(w)
}

/// Lowercase words that stay inside a title or name run when a capitalised word follows.
const JOINERS: &[&str] = &[
    "a", "an", "the", "of", "in", "on", "to", "and", "or", "is", "am", "are", "was", "at", "it",
    "my", "your", "me", "you", "be", "so", "as", "up", "not", "no", "all", "if", "this", "that",
    "what", "who", "how", "we", "our", "us", "her", "his", "him", "she", "he", "its", "i", "do",
    "than", "into", "out", "over", "de", "la", "le", "el", "x",
];

/// The length of the chart's rank that opens text (`No. 7` of `No. 7 on Melon`, `No.12`),
/// if one does: no word of a name, so a run does not reach it over a small word (`A and B
/// at No. 7`), and a rank alone is no name.
pub(crate) fn rank_len(rest: &str) -> Option<usize> {
    let r = rest
        .strip_prefix("No.")
        .or_else(|| rest.strip_prefix("No "))?;
    let number = r.trim_start();
    let digits = number.bytes().take_while(u8::is_ascii_digit).count();
    (digits > 0).then(|| rest.len() - number.len() + digits)
}

/// Whether text opens on a soundtrack's part (`Part 2`, `Part.3`): no word of a name, so
/// a run does not reach it over a small word (`A and Part 2 “T”`).
fn part_marker(rest: &str) -> bool {
    rest.strip_prefix("Part")
        .map(|r| r.trim_start_matches(['.', ' ']))
        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
}

/// The months' names, as a date writes them (`May 2`, `on April 27, 2024`).
pub(crate) const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Whether a word, without the punctuation at its ends, names a day of the week in
/// full, in any case (`Friday`, `SUNDAY,`).
pub(crate) fn weekday(w: &str) -> bool {
    const DAYS: &[&str] = &[
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    let bare = w.trim_matches(|c: char| !is_alnum(c));
    DAYS.iter().any(|d| d.eq_ignore_ascii_case(bare))
}

/// Whether text opens on a date (`May 2`, `April 27, 2024`) or a day of the week
/// (`Friday`): when a song comes out, no word of its title, so a run does not reach it
/// over a small word (`Blue Hour on May 2`).
fn date_marker(rest: &str) -> bool {
    let word_end = rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len());
    let (w, after) = rest.split_at(word_end);
    w.starts_with(char::is_uppercase) && weekday(w) && !after.starts_with(is_alnum)
        || MONTHS.contains(&w)
            && after
                .strip_prefix(' ')
                .is_some_and(|d| d.starts_with(|c: char| c.is_ascii_digit()))
}

/// Whether a capitalised word opens sentences rather than names ([`OPENERS`]): a run
/// that starts with one took the sentence's first word in.
pub fn opener(w: &str) -> bool {
    // A set made on first use, as [`joiner`]'s: every run's first word is asked.
    static SET: LazyLock<FxHashSet<&str>> = LazyLock::new(|| OPENERS.iter().copied().collect());
    SET.contains(w)
}

/// Words that are capitalised but never start a name or a title run (sentence openers).
const OPENERS: &[&str] = &[
    "The",
    "A",
    "An",
    "And",
    "But",
    "So",
    "Also",
    "This",
    "That",
    "These",
    "Those",
    "Its",
    "It",
    "He",
    "She",
    "They",
    "We",
    "His",
    "Her",
    "Their",
    "Our",
    "My",
    "In",
    "On",
    "At",
    "For",
    "From",
    "With",
    "By",
    "As",
    "If",
    "When",
    "While",
    "After",
    "Before",
    "Even",
    "Meanwhile",
    "Still",
    "Just",
    "Next",
    "Then",
    "There",
    "Here",
    "Of",
    "To",
    "Is",
    "Was",
    "Tracks",
    "Songs",
    "Track",
    "Song",
    "Other",
    "Another",
    "Both",
    "Each",
    "Every",
    "Some",
    "Many",
    "Most",
    "All",
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "No",
    "Not",
    "Yet",
    "However",
    "Though",
    "Although",
    "Because",
    "Since",
    "Like",
    "Plus",
    "Now",
    "Later",
    "Also,",
    "You",
    "I",
    "Let",
    "Check",
    "Listen",
    "Watch",
    // A headline's kicker (`Recap: “D” Episode 7 — …`).
    "Recap",
    "Review",
    "Preview",
    "Exclusive",
    "Opinion",
    "What",
    "Who",
    "How",
    "Why",
    "Where",
    "Which",
    "Despite",
    "Unlike",
    "Among",
    "Featuring",
    "Including",
    "Starring",
];

fn quote_family(c: char) -> Option<(u8, bool, bool)> {
    // (family, may open, may close)
    Some(match c {
        '“' | '„' => (0, true, true), // `“` also closes in careless text (`“T“`)
        '”' => (0, true, true),
        '"' | '″' => (0, true, true),
        '‘' => (1, true, true),
        '’' | '\'' | '`' | '´' => (1, true, true),
        '《' => (2, true, false),
        '》' => (2, false, true),
        '〈' => (3, true, false),
        '〉' => (3, false, true),
        '「' | '『' => (4, true, false),
        '」' | '』' => (4, false, true),
        '<' => (5, true, false),
        '>' => (5, false, true),
        '«' => (6, true, false),
        '»' => (6, false, true),
        _ => return None,
    })
}

fn is_word_char(c: char) -> bool {
    is_alnum(c) || matches!(c, '&' | '+' | '@' | '*' | '.' | '$' | '!' | '?')
}

/// A line that is one quotation from end to end (a reader's answer, a testimonial: `"Boys
/// Over Flowers, 2009. 'Stand By Me' by SHINee. I was thirteen."`) with the marks that
/// open and close it blanked, so that what it says is read as any line is: its own
/// quotes, sentences and credits. A quote that holds no sentence's end and no quote of its
/// own (a title alone, `"Stay With Me"`) is left whole. Offsets are kept: each mark
/// becomes as many spaces as it has bytes. `from` is where the line's text starts (after
/// its list marker).
///
/// ```
/// use ostract::read::pieces::unwrap_quoted;
/// assert_eq!(
///     unwrap_quoted("\"Goblin, 2016. 'Beautiful' by Crush. No going back.\"", 0).as_deref(),
///     Some(" Goblin, 2016. 'Beautiful' by Crush. No going back. ")
/// );
/// assert_eq!(unwrap_quoted("“Stay With Me”", 0), None);
/// assert_eq!(unwrap_quoted("“Don't Stay”", 0), None);
/// assert!(unwrap_quoted("“‘Tide’ by Jo Ha”", 0).is_some());
/// assert_eq!(unwrap_quoted("“Stay With Me” – Chanyeol. “Beautiful” – Crush.", 0), None);
/// ```
pub fn unwrap_quoted(text: &str, from: usize) -> Option<String> {
    let body = text.get(from..)?.trim_end();
    let lead = body.len() - body.trim_start().len();
    let body = body.trim_start();
    let (open, close) = match body.chars().next()? {
        '"' => ('"', '"'),
        '“' => ('“', '”'),
        _ => return None,
    };
    let inner = body.strip_prefix(open)?.strip_suffix(close)?;
    // One quotation: no mark of its own kind inside (`“T” – A. “U” – B.` is two).
    if inner.contains(['"', '“', '”']) {
        return None;
    }
    // (A quote of its own as the lexer reads one: an apostrophe is none.)
    let said = [". ", "? ", "! "].iter().any(|e| inner.contains(e))
        || lex(inner).iter().any(|p| p.kind == Kind::Quoted);
    if !said {
        return None;
    }
    let start = from + lead;
    let end = start + body.len();
    let mut out = text.to_string();
    out.replace_range(end - close.len_utf8()..end, &" ".repeat(close.len_utf8()));
    out.replace_range(start..start + open.len_utf8(), &" ".repeat(open.len_utf8()));
    Some(out)
}

/// Where a quotation's signature starts when the writer signs it on its own line, after a
/// dash (`“Is ‘T’ by A? My friend says B.” — Hyejin, Incheon`): the byte of the space
/// before the dash. The quotation must open the line (after `from`), and the
/// [`signature`] be of letters only, under a quotation of eight words or more.
///
/// ```
/// use ostract::read::pieces::signature_at;
/// let line = "“Is ‘Tide’ by Jo Ha? I think so.” — Mina, Busan";
/// assert_eq!(signature_at(line, 0).map(|at| &line[at..]), Some(" — Mina, Busan"));
/// assert_eq!(signature_at("“Tide” – Jo Ha", 0), None);
/// assert_eq!(signature_at("“Courtroom No. 4” — LOOP.D feat. Hyeon (The Verdict)", 0), None);
/// assert_eq!(signature_at("Tide – Jo Ha", 0), None);
/// ```
pub fn signature_at(text: &str, from: usize) -> Option<usize> {
    let body = text.get(from..)?;
    if !body.trim_start().starts_with(['"', '“']) {
        return None;
    }
    let (i, c) = body
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, '"' | '”'))?;
    let end = from + i + c.len_utf8();
    let sig = signature(&text[end..])?;
    // (A reader's words run on; `“T” — A feat. B (D)` is a list's line.)
    let words = body[..end - from].split_whitespace().count();
    (words >= 8
        && sig
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | ',' | '-' | '_')))
    .then_some(end)
}

/// The name a writer signs with after a dash and a space (`— tidepool_07`, `– Mina,
/// Busan`, `~ starfall`): one to four words with no sentence's end.
///
/// ```
/// use ostract::read::pieces::signature;
/// assert_eq!(signature(" — Mina, Busan"), Some("Mina, Busan"));
/// assert_eq!(signature("- Was it hard to sing?"), None);
/// assert_eq!(signature("-‘T’ 반응이 뜨겁다"), None);
/// ```
pub fn signature(s: &str) -> Option<&str> {
    let sig = ["— ", "– ", "- ", "~ "]
        .iter()
        .find_map(|d| s.trim_start().strip_prefix(d))?
        .trim_end();
    ((1..=4).contains(&sig.split_whitespace().count()) && !sig.ends_with(['.', '?', '!']))
        .then_some(sig)
}

/// Whether the apostrophe-like mark at `i` sits inside a word (`It’s`, `Don't`).
fn inside_word(line: &str, i: usize, c: char) -> bool {
    let before = line[..i].chars().next_back();
    let after = line[i + c.len_utf8()..].chars().next();
    // Korean particles glue to a closing quote (`‘T’의`): no apostrophe there.
    let word = |c: Option<char>| c.is_some_and(|c| is_alnum(c) && !is_hangul(c));
    word(before) && word(after)
}

/// Lexes one line into pieces.
pub fn lex(line: &str) -> Vec<Piece> {
    lex_from(line, 0)
}

/// Lexes `line` from byte `from` on (after a list marker: `03:41 Salt Road` is no `41
/// Salt Road`); the pieces' spans still point into `line`.
pub fn lex_from(line: &str, from: usize) -> Vec<Piece> {
    lex_known(line, from, |_| false)
}

/// [`lex_from`], where the names `known` knows keep a possessive's mark inside them
/// (`Girls’ Generation`): the mark is the name's own, no owner's.
pub fn lex_known(line: &str, from: usize, known: impl Fn(&str) -> bool) -> Vec<Piece> {
    // About a piece for every word and its space: room for them at once, not by doubling.
    let mut out = Vec::with_capacity(line.len().saturating_sub(from) / 4);
    lex_into(line, from, line.len(), &mut out);
    join_known(line, &mut out, known);
    join_runs(line, &mut out);
    fold_parts(line, &mut out);
    out
}

/// Joins a word, a possessive's mark and the word after it into one run where the three
/// are one name `known` knows.
fn join_known(line: &str, out: &mut Vec<Piece>, known: impl Fn(&str) -> bool) {
    let mut i = 0;
    while i + 2 < out.len() {
        let (a, m, b) = (out[i], out[i + 1], out[i + 2]);
        if a.kind == Kind::Run
            && m.kind == Kind::Poss
            && b.kind == Kind::Run
            && a.end == m.start
            && !has_hangul(m.text(line))
            && known(&line[a.start..b.end])
        {
            out[i].end = b.end;
            out[i].inner.1 = b.end;
            out.drain(i + 1..i + 3);
        }
        i += 1;
    }
}

/// `OST Part 3`, `OST Pt. 2`, `OST Vol.1`, `OST 파트 2`: the part number belongs to the OST.
fn fold_parts(line: &str, out: &mut Vec<Piece>) {
    let mut i = 0;
    while i + 1 < out.len() {
        if out[i].kind == Kind::Ost && out[i + 1].kind == Kind::Run {
            let t = out[i + 1].text(line);
            let first = t.split([' ', '.']).next().unwrap_or("");
            let rest = t[first.len()..].trim_start_matches(['.', ' ']);
            let numbered = rest.chars().next().is_some_and(|c| c.is_ascii_digit())
                && rest
                    .chars()
                    .all(|c| c.is_ascii_digit() || c == ' ' || c == '.');
            let part = matches!(
                first,
                "Part" | "Pt" | "Vol" | "part" | "파트" | "Track" | "No"
            );
            // `OST Part.3 A “T”`: the part's number, then a name in the same run.
            let number = rest
                .find(' ')
                .filter(|&sp| rest[..sp].chars().all(|c| c.is_ascii_digit()) && sp > 0);
            if part && (numbered || rest.is_empty()) {
                out[i].end = out[i + 1].end;
                out[i].inner.1 = out[i + 1].end;
                out.remove(i + 1);
            } else if let Some(sp) = number.filter(|_| part) {
                let at = out[i + 1].start + (t.len() - rest.len()) + sp;
                out[i].end = at;
                out[i].inner.1 = at;
                out[i + 1].start = at + 1;
                out[i + 1].inner.0 = at + 1;
            }
        }
        i += 1;
    }
}

/// The position of the mark closing a quote of `family` opened before `from`, if any.
fn closing(line: &str, from: usize, end: usize, family: u8, open: char) -> Option<usize> {
    let mut prev: Option<char> = None;
    // A title is short: a quote runs at most this far (which keeps lexing linear).
    let mut end = end.min(from + MAX_QUOTE);
    while !line.is_char_boundary(end) {
        end -= 1;
    }
    for (j, c) in line[from..end].char_indices() {
        let at = from + j;
        if let Some((f, _, closes)) = quote_family(c) {
            let after = line[at + c.len_utf8()..].chars().next();
            let spaced_close = prev.is_some_and(char::is_whitespace)
                && after.is_some_and(|a| is_hangul(a) || matches!(a, ',' | '.' | ')'));
            // A new quote opening (`| “B”`) before any close: this one was left open.
            let opener = f == family
                && family == 0
                && prev.is_some_and(char::is_whitespace)
                && after.is_some_and(|a| !a.is_whitespace())
                && !spaced_close;
            if opener && matches!(c, '“' | '"') {
                return None;
            }
            if f == family && closes && (prev.is_some_and(|p| !p.is_whitespace()) || spaced_close) {
                let apostrophe = family == 1 && inside_word(line, at, c);
                let possessive = family == 1 && possessive_len(line, at).is_some() && open != '\'';
                if !apostrophe && !possessive {
                    return Some(at);
                }
                // `‘Ride’s Song’`: a possessive inside a quote only when it closes later,
                // before a sentence ends or another quote opens (`‘Crown of Ashes’ has
                // taken … ‘Ember’`: that `’` closed the title).
                // (A mark inside a later word, `it’s`, closes nothing; a question ends a
                // sentence as a full stop does.)
                if possessive {
                    let from = at + c.len_utf8();
                    let rest = &line[from..end];
                    let next = rest
                        .match_indices(['’', '\''])
                        .find(|&(k, m)| !inside_word(line, from + k, m.chars().next().unwrap()))
                        .map_or(rest.len(), |(k, _)| k);
                    let between = &rest[..next];
                    if next == rest.len()
                        || between.contains(['‘', '“'])
                        || [". ", "? ", "! "].iter().any(|e| between.contains(e))
                    {
                        return Some(at);
                    }
                }
            }
        }
        prev = Some(c);
    }
    None
}

/// Words whose `’s` is `is` or `us`, never an owner's.
const CONTRACTED: &[&str] = &["it", "that", "what", "there", "here", "let"];

/// The length of a possessive mark at `i` (`’s`, `'s`, `‘s`, or a bare `’` after an s).
fn possessive_len(line: &str, i: usize) -> Option<usize> {
    let c = line[i..].chars().next()?;
    if !matches!(c, '’' | '\'' | '‘' | '`') {
        return None;
    }
    let before = line[..i].chars().next_back()?;
    // `<Vincenzo>’s`, `“Goblin”’s`: a quoted name takes the possessive after its quote.
    if !is_alnum(before) && !matches!(before, ')' | ']' | '>' | '》' | '”' | '"') {
        return None;
    }
    let rest = &line[i + c.len_utf8()..];
    let boundary = |s: &str| s.chars().next().is_none_or(|n| !is_alnum(n));
    if (rest.starts_with('s') || rest.starts_with('S'))
        && boundary(&rest[1..])
        && !contraction_in_title(line, i)
    {
        return Some(c.len_utf8() + 1);
    }
    if (before == 's' || before == 'S') && boundary(rest) && rest.starts_with(' ') {
        return Some(c.len_utf8());
    }
    None
}

/// Whether the `’s` at `i` closes a pronoun's contraction inside a title (`But It’s
/// Destiny`, `Punch’s It’s Okay`: after a capitalised word or an owner's mark): the
/// title's word, no owner's mark. Elsewhere (`It’s a ballad`) it is read as ever, so no
/// run of a title goes on through it.
fn contraction_in_title(line: &str, i: usize) -> bool {
    let start = line[..i]
        .char_indices()
        .rev()
        .find(|&(_, c)| !is_alnum(c))
        .map_or(0, |(k, c)| k + c.len_utf8());
    if !CONTRACTED
        .iter()
        .any(|w| w.eq_ignore_ascii_case(&line[start..i]))
    {
        return false;
    }
    let before = line[..start].trim_end();
    before.ends_with(['s', 'S']) && before[..before.len() - 1].ends_with(['’', '\''])
        || before
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.starts_with(char::is_uppercase) && w.chars().all(is_alnum))
}

fn push(out: &mut Vec<Piece>, kind: Kind, start: usize, end: usize, inner: (usize, usize)) {
    out.push(Piece {
        kind,
        start,
        end,
        inner,
    });
}

fn lex_into(line: &str, from: usize, to: usize, out: &mut Vec<Piece>) {
    let mut i = from;
    while i < to {
        let c = line[i..].chars().next().unwrap();
        let w = c.len_utf8();
        if c.is_whitespace() {
            i += w;
            continue;
        }
        if let Some(n) = possessive_len(line, i) {
            push(out, Kind::Poss, i, i + n, (i, i + n));
            i += n;
            continue;
        }
        if let Some((family, opens, _)) = quote_family(c) {
            let prev = line[..i].chars().next_back();
            let glued_before = prev.is_some_and(is_alnum);
            // `<` and `>` quote a title only when glued to it (`<Vincenzo>`).
            let may_open =
                opens && !(family == 1 && glued_before) && !(family == 5 && glued_before);
            if may_open {
                if let Some(close) = closing(line, i + w, to, family, c) {
                    let cw = line[close..].chars().next().unwrap().len_utf8();
                    if close > i + w {
                        push(out, Kind::Quoted, i, close + cw, (i + w, close));
                        i = close + cw;
                        continue;
                    }
                } else if family <= 1
                    && to - (i + w) <= MAX_QUOTE
                    && line[i + w..to].trim().chars().count() >= 2
                    && !glued_before
                {
                    // Left open by a cut: the quote runs to the end of the line, or to
                    // the dash of its credit when another quote follows (`“A – X | “B”`),
                    // or to the end of its sentence (`“I Love You Boy. Next, …`).
                    let rest = &line[i + w..to];
                    let stop = if rest.contains(['“', '”', '"', '‘', '’', '\'']) {
                        [" – ", " — ", " - ", " | "]
                            .iter()
                            .filter_map(|d| rest.find(d))
                            .min()
                    } else {
                        Some(sentence_end(rest).unwrap_or(rest.len()))
                    };
                    if let Some(stop) = stop.filter(|s| *s > 0) {
                        push(out, Kind::Quoted, i, i + w + stop, (i + w, i + w + stop));
                        i += w + stop;
                        continue;
                    }
                }
            }
            push(out, Kind::Punct, i, i + w, (i, i + w));
            i += w;
            continue;
        }
        if matches!(c, '(' | '[' | '（' | '【') {
            let close = match c {
                '(' => ')',
                '[' => ']',
                '【' => '】',
                _ => '）',
            };
            if let Some(e) = matching(line, i, to, c, close) {
                push(out, Kind::Bracket, i, e + close.len_utf8(), (i + w, e));
                i = e + close.len_utf8();
                continue;
            }
            push(out, Kind::Punct, i, i + w, (i, i + w));
            i += w;
            continue;
        }
        if matches!(
            c,
            '–' | '—'
                | '―'
                | '-'
                | ':'
                | '：'
                | '|'
                | '/'
                | ','
                | ';'
                | '·'
                | '‧'
                | '~'
                | '•'
                | '_'
                | '─'
        ) {
            // A hyphen inside a word (`Seo-yeon`, `Start-Up`) is part of the word, and so
            // is the colon of a time, the comma of a count, the slash of a date (`11:50`,
            // `1,203`, `8/19`).
            let glued = c == '-'
                && line[..i].chars().next_back().is_some_and(is_alnum)
                && line[i + w..].chars().next().is_some_and(is_alnum)
                || in_number(line, i, c)
                // `[MV] A _ T`: a video's title sets its parts apart with a spaced
                // underscore; one inside a word (`snake_case`) is the word's.
                // (So does a box's line, `─`, between names: `「T」 A ─ D`.)
                || matches!(c, '_' | '─')
                    && !(line[..i].ends_with(' ') && line[i + w..].starts_with(' '));
            if !glued {
                push(out, Kind::Sep, i, i + w, (i, i + w));
                i += w;
                continue;
            }
        }
        // `#1`, `#Alive` are words; a Markdown `##` is not.
        let hash_word = c == '#' && line[i + 1..].chars().next().is_some_and(is_alnum);
        if is_word_char(c) || c == '-' || hash_word {
            let mut e = i;
            for (j, d) in line[i..to].char_indices() {
                let at = i + j;
                let ok = is_word_char(d)
                    || d == '#' && at == i
                    || matches!(d, '’' | '\'' | '`')
                        && inside_word(line, at, d)
                        && possessive_len(line, at).is_none()
                    || d == '-' && line[at + 1..].chars().next().is_some_and(is_alnum) && at > i
                    || at > i && in_number(line, at, d)
                    || d == '(' && line[i..at].ends_with('f') && line[at..].starts_with("(x)");
                if !ok {
                    break;
                }
                e = at + d.len_utf8();
            }
            if line[e..].starts_with(')') && line[i..e].ends_with("(x") {
                e += 1;
            }
            // `director’s-cut`: a hyphen right after a possessive starts no word; it is
            // a mark of its own (an empty word would never move on).
            if e == i {
                push(out, Kind::Punct, i, i + w, (i, i + w));
                i += w;
                continue;
            }
            // Sentence punctuation glued to the end of a word is its own piece.
            let mut word_end = e;
            while word_end > i {
                let last = line[..word_end].chars().next_back().unwrap();
                let keep = !matches!(last, '.' | '!' | '?') || abbreviation(&line[i..word_end]);
                if keep {
                    break;
                }
                word_end -= last.len_utf8();
            }
            if word_end == i {
                word_end = e;
            }
            word(line, i, word_end, out);
            if word_end < e {
                push(out, Kind::Punct, word_end, e, (word_end, e));
            }
            i = e;
            continue;
        }
        push(out, Kind::Punct, i, i + w, (i, i + w));
        i += w;
    }
}

/// Words whose final period belongs to them (`Mr.`, `Dr.`, `ft.`, `feat.`, `Vol.`, `T.O.P.`).
fn abbreviation(w: &str) -> bool {
    let core = w.trim_end_matches('.');
    matches!(
        core,
        "Mr" | "Mrs"
            | "Ms"
            | "Dr"
            | "St"
            | "ft"
            | "Ft"
            | "feat"
            | "Feat"
            | "vs"
            | "Vol"
            | "No"
            | "Jr"
            | "Part"
            | "Pt"
    ) || core.len() <= 3 && core.contains('.')
        || core.chars().filter(|&c| c == '.').count() >= 2
}

/// Where the first sentence of `text` ends (before its `.`, `!` or `?` and a space), if
/// it ends: not after an abbreviation (`Mr. Sunshine`), nor at a title's own mark
/// (`What is love? …` keeps it only when nothing follows).
fn sentence_end(text: &str) -> Option<usize> {
    text.match_indices(['.', '!', '?'])
        .filter(|&(at, _)| text[at + 1..].starts_with(' ') && at >= 2)
        .find(|&(at, mark)| {
            let word = text[..at].rsplit(' ').next().unwrap_or("");
            mark != "." || !abbreviation(word)
        })
        .map(|(at, _)| at)
}

/// The end of a bracket opened at `i`, counting nested brackets of the same kind.
fn matching(line: &str, i: usize, to: usize, open: char, close: char) -> Option<usize> {
    let mut depth = 0usize;
    for (j, c) in line[i..to].char_indices() {
        if c == open {
            depth += 1;
        } else if c == close {
            depth -= 1;
            if depth == 0 {
                return Some(i + j);
            }
        }
    }
    None
}

/// Classifies one word: `OST` and its `Part N`, a Hangul word (a trailing `의` split off
/// as a possessive), a name-like word, or a lowercase word.
fn word(line: &str, s: usize, e: usize, out: &mut Vec<Piece>) {
    let w = &line[s..e];
    if is_ost_word(w) {
        push(out, Kind::Ost, s, e, (s, e));
        return;
    }
    // `OST를`, `OST의`: the OST with a particle.
    if w.starts_with("OST") && w[3..].chars().all(is_hangul) {
        push(out, Kind::Ost, s, s + 3, (s, s + 3));
        if w.len() > 3 {
            let kind = if &w[3..] == "의" {
                Kind::Poss
            } else {
                Kind::Run
            };
            push(out, kind, s + 3, e, (s + 3, e));
        }
        return;
    }
    if w == "의" {
        push(out, Kind::Poss, s, e, (s, e));
        return;
    }
    if has_hangul(w) {
        if let Some(stem) = w.strip_suffix('의').filter(|t| !t.is_empty()) {
            let m = s + stem.len();
            push(out, Kind::Run, s, m, (s, m));
            push(out, Kind::Poss, m, e, (m, e));
            return;
        }
        push(out, Kind::Run, s, e, (s, e));
        return;
    }
    let kind = if name_like(w) { Kind::Run } else { Kind::Word };
    push(out, kind, s, e, (s, e));
}

/// `OST`, `O.S.T.`, `OSTs`, `Soundtrack`, `사운드트랙`.
pub fn is_ost_word(w: &str) -> bool {
    // Each form starts with `O`, `o`, `S` or `s` once its dots are dropped: most words
    // start otherwise, and skip the dot search.
    if !w.starts_with(['O', 'o', 'S', 's', '.']) {
        return false;
    }
    // Most words have no dots: no copy for them.
    let bare: Cow<str> = if w.contains('.') {
        w.chars().filter(|c| *c != '.').collect::<String>().into()
    } else {
        w.into()
    };
    matches!(
        &*bare,
        "OST"
            | "OSTs"
            | "Ost"
            | "ost"
            | "OST's"
            | "OST’s"
            | "Soundtrack"
            | "soundtrack"
            | "soundtracks"
            | "Soundtracks"
    )
}

/// A capitalised, all-caps, digit-led or stylised word (`iKON`, `10cm`, `f(x)`).
pub fn name_like(w: &str) -> bool {
    let mut cs = w.chars();
    let Some(first) = cs.next() else { return false };
    first.is_uppercase()
        || first.is_ascii_digit()
        || w.chars().skip(1).any(char::is_uppercase)
        || matches!(first, '#' | '&' | '+')
        || w == "f(x)"
}

/// Joins name-like words, and the small lowercase words between them, into runs: a run
/// starts on a name-like word that is not a sentence opener followed by a lowercase word.
fn join_runs(line: &str, out: &mut Vec<Piece>) {
    let mut joined: Vec<Piece> = Vec::with_capacity(out.len());
    let mut i = 0;
    while i < out.len() {
        let p = out[i];
        if p.kind != Kind::Run {
            joined.push(p);
            i += 1;
            continue;
        }
        let hangul = has_hangul(p.text(line));
        let mut end = i;
        let mut j = i + 1;
        while j < out.len() {
            let q = out[j];
            let gap = &line[out[j - 1].end..q.start];
            if gap.len() > 1 || gap.chars().any(|c| !c.is_whitespace()) && gap != "." {
                break;
            }
            let q_hangul = has_hangul(q.text(line));
            // `… Scarlet Heart Ryeo I had stopped`: the pronoun a verb follows starts a
            // clause, no title's word (`I Hear Your Voice`, `Can I Love You` go on).
            // (A verb of the writer's own telling: `Here I am again` is a title.)
            let pronoun = q.text(line) == "I"
                && out.get(j + 1).is_some_and(|n| {
                    n.kind == Kind::Word
                        && [
                            "had", "have", "was", "think", "thought", "watched", "cried", "loved",
                            "still", "just", "really", "could", "would", "did", "never", "always",
                            "finally", "remember", "knew", "felt", "listened", "heard", "started",
                            "stopped",
                        ]
                        .contains(&n.text(line))
                });
            if pronoun {
                break;
            }
            // Korean words stay apart: a particle ends each one.
            if q.kind == Kind::Run && !q_hangul && !hangul {
                end = j;
                j += 1;
                continue;
            }
            // `Me to You`: small lowercase words join when a name-like word follows.
            if !hangul && q.kind == Kind::Word && joiner(q.text(line)) {
                let mut k = j;
                while k < out.len() && out[k].kind == Kind::Word && joiner(out[k].text(line)) {
                    k += 1;
                }
                if k < out.len()
                    && out[k].kind == Kind::Run
                    && k - j <= 2
                    && line[out[k - 1].end..out[k].start].len() <= 1
                    && !has_hangul(out[k].text(line))
                    && rank_len(&line[out[k].start..]).is_none()
                    && !part_marker(&line[out[k].start..])
                    && !(matches!(out[k - 1].text(line), "on" | "in" | "at")
                        && date_marker(&line[out[k].start..]))
                {
                    end = k;
                    j = k + 1;
                    continue;
                }
            }
            break;
        }
        // At a sentence's start, a verb's form or an opener before a small word is the
        // sentence's (`Listening to this …`, `In the …`), not a name's; a title's first
        // word is (`Queen of the Night Market drops …`).
        let sentence_start = joined
            .last()
            .is_none_or(|q| q.kind == Kind::Punct && matches!(q.text(line), "." | "!" | "?"));
        // A verb's `-ing` or `-ed` follows a stem with a vowel: `Spring`, `King` and `Red`
        // are names' words.
        let verb_like = || {
            let w = p.text(line);
            let stem_vowel = |stem: &str| stem.contains(['a', 'e', 'i', 'o', 'u', 'y']);
            w.strip_suffix("ing").is_some_and(stem_vowel)
                || w.strip_suffix("ed").is_some_and(stem_vowel)
                || opener(w)
        };
        if sentence_start && end > i && out[i + 1].kind == Kind::Word && !hangul && verb_like() {
            joined.push(Piece {
                kind: Kind::Word,
                ..p
            });
            i += 1;
            continue;
        }
        // A sentence opener alone before lowercase words is no name.
        let single = end == i;
        if single && opener(p.text(line)) {
            joined.push(Piece {
                kind: Kind::Word,
                ..p
            });
            i += 1;
            continue;
        }
        let s = out[i].start;
        let e = out[end].end;
        joined.push(Piece {
            kind: Kind::Run,
            start: s,
            end: e,
            inner: (s, e),
        });
        i = end + 1;
    }
    *out = joined;
}

/// A `:`, `,` or `/` between two digits joins them into one number (`11:50`, `1,203`,
/// `8/19`): it separates nothing. A space after it (`Track 1, 2 songs`) does.
fn in_number(line: &str, at: usize, c: char) -> bool {
    matches!(c, ':' | ',' | '/')
        && line[..at].ends_with(|d: char| d.is_ascii_digit())
        && line[at + 1..].starts_with(|d: char| d.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(line: &str) -> Vec<(Kind, &str)> {
        lex(line).iter().map(|p| (p.kind, p.text(line))).collect()
    }

    #[test]
    fn times_counts_and_dates_are_one_word() {
        for (line, word) in [
            ("posted 08-19-2018 11:50 PM", "11:50"),
            ("조회 수 2,183", "2,183"),
            ("on 8/19 at noon", "8/19"),
        ] {
            let got = show(line);
            assert!(got.iter().any(|p| p.1.contains(word)), "{line}: {got:?}");
            assert!(!got.iter().any(|p| p.0 == Kind::Sep), "{line}: {got:?}");
        }
        // A separator with a space after it still separates (`Track 1, 2 songs`).
        assert!(show("Rain 1, 2 Songs").iter().any(|p| p.0 == Kind::Sep));
        assert!(show("Rain – Kim: Live").iter().any(|p| p.0 == Kind::Sep));
    }

    #[test]
    fn a_known_name_keeps_the_possessives_mark_inside_it() {
        let line = "Taeyeon of Girls’ Generation sang it; Girls’ songs";
        let known = |n: &str| n == "Girls’ Generation";
        let runs: Vec<&str> = lex_known(line, 0, known)
            .iter()
            .filter(|p| p.kind == Kind::Run)
            .map(|p| p.text(line))
            .collect();
        assert_eq!(runs, ["Taeyeon of Girls’ Generation", "Girls"]);
        // Unknown, the mark is an owner's.
        assert!(show(line).iter().any(|p| p.0 == Kind::Poss && p.1 == "’"));
    }

    #[test]
    fn quotes_of_every_style_are_one_piece() {
        for line in [
            "“Night Rain” – Kim Ha-neul",
            "\"Night Rain\" – Kim Ha-neul",
            "‘Night Rain’ – Kim Ha-neul",
            "'Night Rain' – Kim Ha-neul",
        ] {
            assert_eq!(show(line)[0], (Kind::Quoted, "Night Rain"), "{line}");
        }
        assert_eq!(show("<Sea Wind> 의 노래")[0], (Kind::Quoted, "Sea Wind"));
        assert_eq!(show("《바다 바람》")[0], (Kind::Quoted, "바다 바람"));
    }

    #[test]
    fn a_hyphen_after_a_possessive_is_lexed_and_passed() {
        for line in ["the director's-cut version", "it’s-a me", "Kim’s-"] {
            let got = show(line);
            assert!(got.iter().all(|p| !p.1.is_empty()), "{line}: {got:?}");
        }
        assert!(show("the director's-cut version").contains(&(Kind::Word, "version")));
    }

    #[test]
    fn a_title_ending_in_s_closes_its_single_quote() {
        for line in [
            "the drama ‘Salt Days’ has ended. Its last track is ‘Ember’",
            "the drama ‘Salt Days’ and its track ‘Ember’",
        ] {
            let got = show(line);
            assert!(
                got.contains(&(Kind::Quoted, "Salt Days")),
                "{line}: {got:?}"
            );
            assert!(got.contains(&(Kind::Quoted, "Ember")), "{line}: {got:?}");
        }
        // A mark inside a later word (`it’s`) is no close, nor is one past a question.
        for line in [
            "Is ‘Salt Days’ from Moon Harbor? My friend says it’s not.",
            "Is ‘Salt Days’ from Moon Harbor? I said ‘no’",
        ] {
            assert!(
                show(line).contains(&(Kind::Quoted, "Salt Days")),
                "{line}: {:?}",
                show(line)
            );
        }
        // A possessive inside the title, closed later in the same sentence, stays inside.
        assert_eq!(
            show("‘The Boys’ Night Out’ – Kim")[0],
            (Kind::Quoted, "The Boys’ Night Out")
        );
    }

    #[test]
    fn the_writers_i_before_a_verb_ends_a_run() {
        assert!(show("By the end of Salt Harbor Ryeo I had stopped")
            .contains(&(Kind::Run, "Salt Harbor Ryeo")));
        // A title's own `I` goes on.
        assert!(show("we loved Can I Love You a lot").contains(&(Kind::Run, "Can I Love You")));
        assert!(show("then Here I am again played").contains(&(Kind::Run, "Here I")));
    }

    #[test]
    fn apostrophes_inside_words_and_possessives_are_not_quotes() {
        assert_eq!(
            show("Ivy Lane’s ‘Don’t Go’ plays"),
            [
                (Kind::Run, "Ivy Lane"),
                (Kind::Poss, "’s"),
                (Kind::Quoted, "Don’t Go"),
                (Kind::Word, "plays")
            ]
        );
        assert_eq!(show("the Jets’ “Blue”")[1], (Kind::Run, "Jets"));
        assert_eq!(show("the Jets’ “Blue”")[2].0, Kind::Poss);
    }

    #[test]
    fn a_pronouns_contraction_inside_a_title_is_no_possessive() {
        // After an owner's mark or a capitalised word, `It’s` is the title's word.
        assert_eq!(
            show("Ivy Lane’s It’s Okay and Jo Han's But It's Fate"),
            [
                (Kind::Run, "Ivy Lane"),
                (Kind::Poss, "’s"),
                (Kind::Run, "It’s Okay and Jo Han"),
                (Kind::Poss, "'s"),
                (Kind::Run, "But It's Fate"),
            ]
        );
        // Opening a sentence, or after a lowercase word, it reads as before.
        for line in ["It's a ballad by Jo Han.", "and that's Jo Han"] {
            assert!(show(line).iter().any(|p| p.0 == Kind::Poss), "{line}");
        }
    }

    #[test]
    fn a_quote_left_open_by_a_cut_runs_to_the_end() {
        assert_eq!(
            show("the song “Rain on Ma")[2],
            (Kind::Quoted, "Rain on Ma")
        );
        // … of its sentence, past an abbreviation.
        assert_eq!(
            show("her song “Mr. Lonely Boy. Read more at news.example")[2],
            (Kind::Quoted, "Mr. Lonely Boy")
        );
    }

    #[test]
    fn runs_keep_small_words_between_capitals() {
        assert_eq!(
            show("songs like Me to You and You to Me by Ha Min"),
            [
                (Kind::Word, "songs"),
                (Kind::Word, "like"),
                (Kind::Run, "Me to You and You to Me"),
                (Kind::Word, "by"),
                (Kind::Run, "Ha Min")
            ]
        );
        // A sentence opener before lowercase words starts no run.
        assert_eq!(show("The song is new")[0], (Kind::Word, "The"));
        // A chart's rank after a small word is no part of the name before it.
        assert_eq!(show("by Ha Min at No. 7")[1], (Kind::Run, "Ha Min"));
        assert_eq!(show("by Ha Min at No.12")[1], (Kind::Run, "Ha Min"));
        assert_eq!(show("Love at No Cost")[0], (Kind::Run, "Love at No Cost"));
        // Nor is a date or a day of the week after one: when the song came out.
        assert_eq!(
            show("drops Blue Hour on May 2.")[1],
            (Kind::Run, "Blue Hour")
        );
        assert_eq!(show("released Rain in March 3")[1], (Kind::Run, "Rain"));
        assert_eq!(
            show("sang Blue Hour on Friday")[1],
            (Kind::Run, "Blue Hour")
        );
        assert_eq!(show("Love in May Rain")[0], (Kind::Run, "Love in May Rain"));
        assert_eq!(show("Fridays of Mine")[0], (Kind::Run, "Fridays of Mine"));
    }

    #[test]
    fn ost_brackets_separators_and_korean_possessives() {
        assert_eq!(
            show("Moon Tide OST Part 2: Glass - Park Ji (Sea)"),
            [
                (Kind::Run, "Moon Tide"),
                (Kind::Ost, "OST Part 2"),
                (Kind::Sep, ":"),
                (Kind::Run, "Glass"),
                (Kind::Sep, "-"),
                (Kind::Run, "Park Ji"),
                (Kind::Bracket, "Sea")
            ]
        );
        assert_eq!(
            show("가수 김하늘의 ‘바람’"),
            [
                (Kind::Run, "가수"),
                (Kind::Run, "김하늘"),
                (Kind::Poss, "의"),
                (Kind::Quoted, "바람")
            ]
        );
        assert_eq!(
            show("Start-Up and f(x)")[0],
            (Kind::Run, "Start-Up and f(x)")
        );
        // A sentence's opening verb is no part of the name after it.
        assert_eq!(show("Listening to this CLOY song")[3], (Kind::Run, "CLOY"));
        // A title that opens its line is one name with its small words (`Queen of the
        // Night Market drops …`), and an opener before it is none (`In the Moon Garden`).
        assert_eq!(
            show("Queen of the Night Market drops its Part 1")[0],
            (Kind::Run, "Queen of the Night Market")
        );
        assert_eq!(show("In the Moon Garden")[0], (Kind::Word, "In"));
    }
}
