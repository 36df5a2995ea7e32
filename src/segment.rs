//! Segmenting: cleaned text → lines, each classified as a heading or body text.

use crate::per_thread::PerThreadRegex;
use regex::Regex;

/// What a line is, as far as section structure goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    /// A heading: a Markdown `#`, a numbered or marked item, or a short title-like line.
    Heading,
    /// Body text (prose or a list line without numbering).
    Body,
}

/// One non-empty line of an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// 1-based line number in the text.
    pub no: usize,
    /// Byte offset of the line's first byte in the text.
    pub start: usize,
    /// The line's text, without its line end.
    pub text: String,
    pub kind: LineKind,
    /// Whether the heading carries an explicit marker (`##`, `1.`, `#1`, `~`).
    pub marked: bool,
}

/// The bullets that mark a heading or an item (`▲가수 조성모가 …`, `■ 1위: …`).
pub(crate) const BULLETS: [char; 14] = [
    '▲', '△', '■', '□', '◆', '◇', '●', '○', '▶', '►', '▸', '▪', '·', '•',
];

static MARKER: PerThreadRegex = PerThreadRegex::new(|| {
    let bullets: String = BULLETS.iter().collect();
    Regex::new(&format!(r"^\s*(?:\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s+(?:(?i:part|pt)\.?\s*\d{{1,2}}\s*[.:)]?\s+)?|(?i:part|pt)\.\s*\d{{1,2}}\s*[.:)]?\s+|(?i:part|pt)\s*\d{{1,2}}\s*[.:)]\s*|#{{1,6}}\s+|#\d+\s*[.):–—]?\s*|(?i:no)\.\s*\d{{1,3}}\s*[.):–—-]?\s+|\d{{1,3}}\s*[.)]\s+|0[1-9]\s+|\d{{1,3}}(?:\.\d{{1,3}})+\.\s+|\d{{1,3}}\s*위\s*[.):：]?\s+|\[(?i:part|pt)\.?\s*\d{{1,2}}\]\s*|(?i:track)\s*\d{{1,3}}\s*[.:)–—-]\s*|\d{{1,3}}[.)](?:[\p{{L}}“\x22‘'\[])|\(\d{{1,3}}\)\s*|~\s+|[{bullets}]\s*(?:\d{{1,3}}\s*위\s*[:：]?\s*)?|[IVX]{{1,4}}\.\s+|[①-⑳❶-❿➀-➓]\s*)")).unwrap()
});

/// A chat export's header, with the speaker's name after it: `[12/07/2016, 21:03] Mina: `,
/// `12/07/2016, 21:03 - Mina: `, `[21:03] Mina: `, `[Mina] [오후 9:03] `. No marker: the
/// line stays the text it was, not an item. (After a video's bare timestamp the name is a
/// chapter's: `03:05 Goblin: T`; after a bracketed one with no name, a chapter's title.)
static CHAT: PerThreadRegex = PerThreadRegex::new(|| {
    let speaker = r"[^\s:：\[\]\x22“]{1,30}(?:\s[^\s:：\[\]\x22“]{1,30}){0,2}[:：]\s+";
    let time = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?";
    let date = r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\.?,?\s+";
    Regex::new(&format!(
        r"^\s*(?:\[{date}{time}\]\s*(?:{speaker})?|\[{time}\]\s*{speaker}|{date}{time}\s+-\s+{speaker}|\[[^\]\n]{{1,30}}\]\s*\[(?:오전|오후|[AaPp][Mm])?\s*{time}\]\s*)"
    ))
    .unwrap()
});

/// Strips a heading or list marker (`## `, `1. `, `05 `, `#1`, `No. 7 –`, `1) `, `~ `, `▲`, `②`, a video's
/// timestamp `03:15 `, a soundtrack's part `Part 2. `, `Pt.3: `, `[Part.2] `, a rank `3위. `,
/// a track's number `Track 3. `), and a decoration before one (`🎵 1. `); and a chat
/// export's header before the message (`[12/07/2016, 21:03] Mina: `).
///
/// ```
/// assert_eq!(ostract::segment::strip_marker("3. Descendants of the Sun (2016)"), "Descendants of the Sun (2016)");
/// assert_eq!(ostract::segment::strip_marker("## Goblin"), "Goblin");
/// assert_eq!(ostract::segment::strip_marker("Goblin"), "Goblin");
/// assert_eq!(ostract::segment::strip_marker("1:03:15 Beautiful - Crush"), "Beautiful - Crush");
/// assert_eq!(ostract::segment::strip_marker("Part 2. Crush - Beautiful"), "Crush - Beautiful");
/// assert_eq!(ostract::segment::strip_marker("00:00 Pt.1 Beautiful - Crush"), "Beautiful - Crush");
/// assert_eq!(ostract::segment::strip_marker("Pt.3 Beautiful - Crush"), "Beautiful - Crush");
/// assert_eq!(ostract::segment::strip_marker("Part of Me"), "Part of Me");
/// assert_eq!(ostract::segment::strip_marker("4위 윤미래 ‘Always’"), "윤미래 ‘Always’");
/// assert_eq!(ostract::segment::strip_marker("3위. 윤미래 ‘Always’"), "윤미래 ‘Always’");
/// assert_eq!(ostract::segment::strip_marker("[Part.2] 01. Always - 윤미래"), "Always - 윤미래");
/// assert_eq!(ostract::segment::strip_marker("Track 3. Always - Yoon Mirae"), "Always - Yoon Mirae");
/// assert_eq!(ostract::segment::strip_marker("No. 7 – “Rain” by Kim"), "“Rain” by Kim");
/// assert_eq!(ostract::segment::strip_marker("#3 — Rain"), "Rain");
/// assert_eq!(ostract::segment::strip_marker("Nobody Knows"), "Nobody Knows");
/// assert_eq!(ostract::segment::strip_marker("🎵 1. 도깨비 - Beautiful"), "도깨비 - Beautiful");
/// assert_eq!(ostract::segment::strip_marker("🎵 Beautiful"), "🎵 Beautiful");
/// assert_eq!(ostract::segment::strip_marker("② 너의 계절"), "너의 계절");
/// assert_eq!(ostract::segment::strip_marker("### 4.1. 정규 OST"), "정규 OST");
/// assert_eq!(ostract::segment::strip_marker("❸Salt Road"), "Salt Road");
/// assert_eq!(ostract::segment::strip_marker("05 유성우 - 민채원"), "유성우 - 민채원");
/// assert_eq!(ostract::segment::strip_marker("· Part.3 Stay / 라일"), "Stay / 라일");
/// assert_eq!(ostract::segment::strip_marker("5 Seconds of Summer"), "5 Seconds of Summer");
/// assert_eq!(ostract::segment::strip_marker("== Nine Days (KBS2) =="), "Nine Days (KBS2)");
/// assert!(ostract::segment::has_marker("🎵 1. 도깨비 - Beautiful"));
/// ```
pub fn strip_marker(s: &str) -> &str {
    if let Some(inner) = wiki_heading(s) {
        return inner;
    }
    let s = chat_body(s);
    let once = strip_one(s);
    // `## 1. Goblin`: a heading marker, then a number.
    if once.len() < s.len() {
        chart_move(strip_one(once))
    } else {
        once
    }
}

/// The line without a chat export's header (`[12/07/2016, 21:03] Mina: `).
fn chat_body(s: &str) -> &str {
    // Every header opens with a bracket holding a time, or with a date: most lines open
    // with neither (`1. T`, `[Part 2] T`), passed by a look at their first bytes.
    let b = s.trim_start().as_bytes();
    let may = match b.first() {
        Some(b'[') => b[..b.len().min(32)].contains(&b':'),
        Some(d) if d.is_ascii_digit() => {
            let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
            matches!(b.get(digits), Some(b'.' | b'/' | b'-'))
                && b.get(digits + 1).is_some_and(u8::is_ascii_digit)
        }
        _ => false,
    };
    if !may {
        return s;
    }
    CHAT.find(s).map_or(s, |m| &s[m.end()..])
}

/// A ranked line without its move on the chart after the rank (`2위 (▲1) T - A`, `3.
/// (NEW) T`, `(-)`): the move belongs to the rank, no slot of the song.
fn chart_move(s: &str) -> &str {
    let t = s.trim_start();
    let Some((inner, rest)) = t
        .strip_prefix('(')
        .and_then(|b| b.split_once(')'))
        .or_else(|| t.strip_prefix('[').and_then(|b| b.split_once(']')))
    else {
        return s;
    };
    let arrow = inner
        .strip_prefix(['▲', '▼', '↑', '↓', '△', '▽'])
        .is_some_and(|n| n.trim().bytes().all(|b| b.is_ascii_digit()));
    if arrow || matches!(inner.trim(), "-" | "=" | "NEW" | "New" | "new" | "신규") {
        rest.trim_start()
    } else {
        s
    }
}

/// The title of a wiki's heading, marked on both sides (`== Nine Days ==`).
fn wiki_heading(s: &str) -> Option<&str> {
    let inner = s.trim().strip_prefix("==")?.strip_suffix("==")?;
    let inner = inner.trim_matches(['=', ' ']);
    (!inner.is_empty()).then_some(inner)
}

/// Whether a line's first visible character can open a marker: most lines' cannot, and
/// skip the regex.
fn may_have_marker(s: &str) -> bool {
    s.trim_start().starts_with(|c: char| {
        c.is_ascii_digit()
            || matches!(
                c,
                '#' | '(' | '[' | '~' | 'I' | 'V' | 'X' | 'P' | 'p' | 'N' | 'n' | 'T' | 't'
            )
            || BULLETS.contains(&c)
            || circled(c)
    })
}

/// A circled number (`①`, `❷`, `➂`), which numbers a heading or an item.
fn circled(c: char) -> bool {
    matches!(c, '①'..='⑳' | '❶'..='❿' | '➀'..='➓')
}

/// The line without a decoration before its marker (`🎵 1. T – A`, `★ 2) T`), or the
/// line as it is when no marker follows the decoration.
fn undecorated(s: &str) -> &str {
    let t = s.trim_start();
    let rest = t
        .trim_start_matches(|c: char| ('\u{2600}'..='\u{27BF}').contains(&c) || c >= '\u{1F000}')
        .trim_start_matches(['\u{FE0F}', ' ']);
    if rest.len() < t.len() && marker_at_start(rest) {
        rest
    } else {
        s
    }
}

fn strip_one(s: &str) -> &str {
    let s = undecorated(s);
    if !may_have_marker(s) {
        return korean_ordinal(s).map_or_else(|| s.trim_start(), |end| &s[end..]);
    }
    if let Some(end) = common_marker(s) {
        return &s[end..];
    }
    strip_by_pattern(s)
}

/// The end of a marker of the common shapes (`1. `, `12) `, `## `), found without
/// [`MARKER`]: the rules strip the same heading's marker several times, and the pattern
/// costs more than these few byte tests. Where it answers, the pattern's match ends at
/// the same place (its leftmost-first alternative for such a line); `None` leaves the
/// line to the pattern.
fn common_marker(s: &str) -> Option<usize> {
    let rest = s.trim_start();
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let after = if digits > 0 {
        // `\d{1,3}\s*[.)]\s+`
        if digits > 3 {
            return None;
        }
        rest[digits..].trim_start().strip_prefix(['.', ')'])?
    } else {
        // `#{1,6}\s+`
        let hashes = rest.bytes().take_while(|&b| b == b'#').count();
        if !(1..=6).contains(&hashes) {
            return None;
        }
        &rest[hashes..]
    };
    let text = after.trim_start();
    (text.len() < after.len()).then(|| s.len() - text.len())
}

/// [`strip_one`] by the pattern, for every marker shape.
fn strip_by_pattern(s: &str) -> &str {
    match MARKER.find(s) {
        // A marker glued to its text (`01.Title`) matched the text's first character too.
        Some(m)
            if !m
                .as_str()
                .ends_with(|c: char| c.is_whitespace() || matches!(c, '.' | ')' | ':' | '：'))
                && !m.as_str().trim().starts_with(|c: char| {
                    c == '#' || c == '~' || BULLETS.contains(&c) || circled(c)
                }) =>
        {
            let last = m.as_str().chars().last().unwrap();
            &s[m.end() - last.len_utf8()..]
        }
        Some(m) => &s[m.end()..],
        None => s.trim_start(),
    }
}

/// Whether the line starts with a heading or list marker, after a decoration if any.
pub fn has_marker(s: &str) -> bool {
    marker_at_start(undecorated(s)) || wiki_heading(s).is_some()
}

fn marker_at_start(s: &str) -> bool {
    may_have_marker(s) && (common_marker(s).is_some() || MARKER.is_match(s))
        || korean_ordinal(s).is_some()
}

/// The end of a Korean ordinal that numbers a blog's item (`첫 번째.`, `두 번째:`,
/// `열한 번째)`), with the space after it.
///
/// ```
/// assert_eq!(ostract::segment::strip_marker("♬ 두 번째. 헤이즈 - 그 노래"), "헤이즈 - 그 노래");
/// assert_eq!(ostract::segment::strip_marker("두 번째 서울"), "두 번째 서울");
/// ```
fn korean_ordinal(s: &str) -> Option<usize> {
    const COUNTS: [&str; 13] = [
        "첫",
        "두",
        "세",
        "네",
        "다섯",
        "여섯",
        "일곱",
        "여덟",
        "아홉",
        "열",
        "열한",
        "열두",
        "마지막",
    ];
    let rest = s.trim_start();
    // Every count's first syllable is encoded from 0xEB or 0xEC, and `번째` comes within
    // its first bytes: most lines are passed without a look at the counts (markers are
    // asked of each line several times).
    let head = &rest.as_bytes()[..rest.len().min(24)];
    if !matches!(head.first(), Some(0xEB | 0xEC))
        || memchr::memmem::find(head, "번째".as_bytes()).is_none()
    {
        return None;
    }
    let count = COUNTS
        .iter()
        .filter(|c| rest.starts_with(**c))
        .map(|c| c.len())
        .max()?;
    // The mark after it says it numbers (`두 번째 서울` is a title).
    let after = rest[count..].trim_start().strip_prefix("번째")?;
    let after = after.strip_prefix(['.', ')', ':'])?;
    let text = after.trim_start();
    (text.len() < after.len() && !text.is_empty()).then(|| s.len() - text.len())
}

/// Splits text into non-empty lines (`\n`, `\r\n` or a lone `\r`), classifying each.
///
/// ```
/// let lines = ostract::segment::lines("1. Goblin (2016)\n\nThe drama has \"Beautiful\".\n");
/// assert_eq!(lines.len(), 2);
/// assert_eq!(lines[0].kind, ostract::segment::LineKind::Heading);
/// assert_eq!(lines[1].no, 3);
/// ```
pub fn lines(text: &str) -> Vec<Line> {
    split(text, true)
}

/// The lines of an HTML page's text ([`crate::html::to_text`]): each line is a block, and
/// a block boundary is no hard wrap (`<p>“T” – A for D</p><p>more text</p>` stays two
/// lines), but for a word cut at a hyphen (`a loop-<br>worthy album`).
///
/// ```
/// let texts = |t: &str| ostract::segment::blocks(t).into_iter().map(|l| l.text).collect::<Vec<_>>();
/// assert_eq!(texts("“T” – A for D\nmore text\n"), ["“T” – A for D", "more text"]);
/// assert_eq!(texts("and a loop-\nworthy album\nNext"), ["and a loop- worthy album", "Next"]);
/// assert_eq!(texts("Part 2 -\nlater"), ["Part 2 -", "later"]);
/// assert_eq!(texts("Tide – Gummy\nfeat. Davichi"), ["Tide – Gummy feat. Davichi"]);
/// ```
pub fn blocks(text: &str) -> Vec<Line> {
    split(text, false)
}

fn split(text: &str, join_wraps: bool) -> Vec<Line> {
    // Raw lines: (number, start, end) without their line break.
    let mut raw: Vec<(usize, usize, usize)> = Vec::new();
    let bytes = text.as_bytes();
    let (mut no, mut start) = (0, 0);
    for i in memchr::memchr2_iter(b'\n', b'\r', bytes).chain([bytes.len()]) {
        // The `\n` of a `\r\n` ends no line of its own.
        if i == start && i > 0 && bytes.get(i) == Some(&b'\n') && bytes[i - 1] == b'\r' {
            start = i + 1;
            continue;
        }
        no += 1;
        raw.push((no, start, i));
        start = i + 1;
    }
    let width = join_wraps
        .then(|| wrap_width(raw.iter().map(|&(_, s, e)| &text[s..e])))
        .flatten();
    let mut out: Vec<Line> = Vec::new();
    let mut k = 0;
    while k < raw.len() {
        let (no, start, mut end) = raw[k];
        k += 1;
        if text[start..end].trim().is_empty() {
            continue;
        }
        // A hard wrap (`a loop-` / `worthy OST album`): the next line goes on in
        // lowercase. The break becomes spaces, so offsets still point into `text`.
        let first = k;
        // The quotes the joined line leaves open, counted as lines join (not again over
        // the whole of a long paragraph for each line).
        let mut quotes = Quotes::default();
        quotes.add(&text[start..end]);
        while k < raw.len() {
            let (last, next) = (&text[raw[k - 1].1..end], &text[raw[k].1..raw[k].2]);
            // A page's blocks join only where a word is cut at a hyphen (`a loop-<br>worthy
            // album`) or a credit goes on (`T – A<br>feat. B`): any other break between
            // them is the page's own.
            let joins = if join_wraps {
                wraps(last, next, quotes.open(), width)
            } else {
                hyphen_cut(last, next) || featuring(next)
            };
            if !joins {
                break;
            }
            quotes.add(next);
            end = raw[k].2;
            k += 1;
        }
        // `1.  Always` over `    A · D (OST) · 4:26`: a streaming list's row, its title
        // by the marker and its credits under it, is one line, the break a `|` between
        // (an indented one is a gap the columns make one of).
        let mut stacked = None;
        if join_wraps && k == first && k < raw.len() {
            let next = &text[raw[k].1..raw[k].2];
            if stacked_credits(&text[start..end], next) {
                stacked = (!next.starts_with([' ', '\t'])).then_some(end - start);
                end = raw[k].2;
                k += 1;
            }
        }
        // `1.` / `“Flower”`, `No. 3` / `Stay With Me`, `#7` / …: a rank on a line of its
        // own numbers the next line (a blank line between, at most).
        let mut ranked = None;
        if let Some(digits) = bare_rank(&text[start..end]) {
            let next =
                (k..raw.len().min(k + 2)).find(|&j| !text[raw[j].1..raw[j].2].trim().is_empty());
            if let Some(j) = next.filter(|&j| bare_rank(&text[raw[j].1..raw[j].2]).is_none()) {
                ranked = Some((digits, raw[j].1 - start));
                end = raw[j].2;
                k = j + 1;
            }
        }
        // Only a wrapped line holds line breaks.
        let body = if k == first {
            text[start..end].to_string()
        } else {
            let mut b = text[start..end].replace(['\n', '\r'], " ");
            if let Some(at) = stacked {
                b.replace_range(at..at + 1, "|");
            }
            b
        };
        // The rank written as a list's marker, byte for byte: `No. 3\n` becomes `3.   `.
        let body = match ranked {
            Some((digits, prefix)) => {
                let mut b = format!("{digits}.");
                b.extend(std::iter::repeat_n(' ', prefix.saturating_sub(b.len())));
                b + &body[prefix..]
            }
            None => body,
        };
        let mut body = columns(body);
        let mut start = start;
        // `10 Secret Garden (2010) The drama that …`: a countdown's heading glued to its
        // paragraph is a heading line of its own, then the paragraph.
        if let Some(cut) = glued_heading(&body) {
            let rest = body[cut..].trim_start();
            let at = body.len() - rest.len();
            let mut head = body[..cut].trim_end().to_string();
            // The rank is a marker (`10 Title` reads as `10.Title`, a byte for a byte).
            let digits = head.bytes().take_while(u8::is_ascii_digit).count();
            if head.as_bytes().get(digits) == Some(&b' ') {
                head.replace_range(digits..digits + 1, ".");
            }
            let (kind, marked) = classify(&head);
            out.push(Line {
                no,
                start,
                text: head,
                kind,
                marked,
            });
            body = body[at..].to_string();
            start += at;
        }
        let (kind, marked) = classify(&body);
        out.push(Line {
            no,
            start,
            text: body,
            kind,
            marked,
        });
    }
    out
}

/// The digits of a rank alone on its line (`1.`, `3)`, `#7`, `No. 3`): `None` for any
/// other line.
///
/// ```
/// let texts = |t: &str| ostract::segment::lines(t).into_iter().map(|l| l.text).collect::<Vec<_>>();
/// assert_eq!(texts("1.\n“Glass Door”\nPark Ha-eun\n"), ["1. “Glass Door”", "Park Ha-eun"]);
/// assert_eq!(texts("No. 3\n\nGlass Door\n"), ["3.     Glass Door"]);
/// assert_eq!(texts("2019\nGlass Door\n"), ["2019", "Glass Door"]);
/// ```
fn bare_rank(line: &str) -> Option<&str> {
    let t = line.trim();
    let t = t
        .strip_prefix('#')
        .or_else(|| t.strip_prefix("No.").map(str::trim_start))
        .unwrap_or(t);
    let t = t.strip_suffix(['.', ')', ':']).unwrap_or(t);
    (!t.is_empty() && t.len() <= 3 && t.bytes().all(|b| b.is_ascii_digit())).then_some(t)
}

/// Where a countdown's heading glued to its paragraph ends: a rank, a title and its
/// year in brackets (`9 Secret Garden (2010–2011)Hyun Bin sings …`), then a sentence. A
/// row that goes on after a separator (`1. Goblin (2016) – “T”`) is one line.
///
/// ```
/// let lines = ostract::segment::lines("10 Winter Harbor (2019) The drama gave us “Glass Door”.\n");
/// let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
/// assert_eq!(texts, ["10.Winter Harbor (2019)", "The drama gave us “Glass Door”."]);
/// assert_eq!(ostract::segment::strip_marker(texts[0]), "Winter Harbor (2019)");
/// assert_eq!(lines[1].start, 24);
/// let lines = ostract::segment::lines("1. Winter Harbor (2019) – “Glass Door” by Mira Dove\n");
/// assert_eq!(lines.len(), 1);
/// ```
fn glued_heading(line: &str) -> Option<usize> {
    static GLUED: PerThreadRegex = PerThreadRegex::new(|| {
        Regex::new(r"^\d{1,3}\.?\s+([^()]{2,60}?)\s*\(\d{4}(?:\s*[–-]\s*\d{2,4})?\)").unwrap()
    });
    // Most lines open with no digit or hold no bracket: no pattern is run for them.
    if !line.starts_with(|c: char| c.is_ascii_digit()) || !line.contains('(') {
        return None;
    }
    let c = GLUED.captures(line)?;
    let end = c.get(0)?.end();
    let rest = line[end..].trim_start();
    let opens = rest.starts_with(|c: char| c.is_uppercase() || "\"“‘'".contains(c));
    (opens && rest.len() >= 12 && crate::shape::title_like(&c[1])).then_some(end)
}

/// A line laid out in columns by tabs, runs of spaces or leaders of dots
/// (`1   Beautiful   Crush`, a playlist or a track list copied from a page) gets bars
/// between its cells, and its leading number becomes a list marker (`1.  Beautiful |
/// Crush`). Every replaced byte is whitespace or a leader's dot, replaced by one byte, so
/// offsets still point into the text. A gap after a sentence's end (`… home.  Then`) is
/// no column, nor a lone gap of two spaces, nor any gap in a line longer than a row.
///
/// ```
/// let lines = ostract::segment::lines("1   Beautiful   Crush\nTitle\tArtist\nShe sang.  Then left.\n");
/// let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
/// assert_eq!(texts, ["1.  Beautiful | Crush", "Title|Artist", "She sang.  Then left."]);
/// ```
fn columns(body: String) -> String {
    // The dots of a leader: more than an ellipsis has.
    const LEADER: &[u8] = b".....";
    let body = edit_links(body);
    // A row of columns is short; a paragraph with double spaces is prose.
    if body.len() > 300 {
        return body;
    }
    let t = body.trim_end();
    let lead = body.len() - body.trim_start().len();
    let bytes = body.as_bytes();
    // Every gap holds a tab, two spaces in a row or a leader: a line with none (most
    // lines) has none, found by byte searches instead of the scan below.
    let inside = bytes.get(lead..t.len()).unwrap_or_default();
    let leaders = memchr::memmem::find(inside, LEADER).is_some();
    if memchr::memchr(b'\t', inside).is_none()
        && memchr::memmem::find(inside, b"  ").is_none()
        && !leaders
    {
        return body;
    }
    // Gaps: runs of two or more spaces, or with a tab, inside the line; or a leader of
    // dots, with the spaces around it (`Song ........ Singer`).
    let gap_byte = |b: u8| b == b' ' || b == b'\t' || leaders && b == b'.';
    let mut gaps: Vec<(usize, usize)> = Vec::new();
    let mut i = lead;
    while i < t.len() {
        if gap_byte(bytes[i]) {
            let s = i;
            while i < t.len() && gap_byte(bytes[i]) {
                i += 1;
            }
            if bytes[s..i].contains(&b'.') {
                // A leader parts two cells: a line of dots alone, or dots that open or end
                // it, are no gap (`.....` stays as written).
                if s > lead && i < t.len() && memchr::memmem::find(&bytes[s..i], LEADER).is_some() {
                    gaps.push((s, i));
                }
                continue;
            }
            let tab = bytes[s..i].contains(&b'\t');
            // A tab or a run of spaces after the abbreviation that opens a header row
            // (`No.<TAB>Title`, `No.   Title`) is a column's edge, not the end of a
            // sentence.
            let header_no = (tab || i - s >= 2)
                && gaps.is_empty()
                && s - lead <= 3
                && !bytes[lead..s]
                    .iter()
                    .all(|b| b.is_ascii_digit() || *b == b'.');
            let after_sentence =
                s > 0 && matches!(bytes[s - 1], b'.' | b'!' | b'?' | b':' | b';') && !header_no;
            // Spaces that pad a cell up to its bar (`Always        | A`) are a bar
            // table's, no column's edge of their own.
            let padding = bytes.get(i) == Some(&b'|') || s > 0 && bytes[s - 1] == b'|';
            if (i - s >= 2 || tab) && !after_sentence && !padding {
                gaps.push((s, i));
            }
        } else {
            i += 1;
        }
    }
    // A lone gap of two spaces is as often a typo or a removed tag in prose.
    let columned = gaps.len() >= 2
        || gaps
            .iter()
            .any(|&(s, e)| e - s >= 3 || bytes[s..e].contains(&b'\t'))
        || gaps.first().is_some_and(|&(s, _)| {
            (1..=3).contains(&(s - lead)) && bytes[lead..s].iter().all(u8::is_ascii_digit)
        });
    if !columned {
        return body;
    }
    let mut out = body.into_bytes();
    for (n, &(s, e)) in gaps.iter().enumerate() {
        let number =
            n == 0 && (1..=3).contains(&(s - lead)) && out[lead..s].iter().all(u8::is_ascii_digit);
        let fill: &[u8] = match (number, e - s) {
            (true, 1) => b".",
            (true, _) => b". ",
            (false, 1) => b"|",
            (false, 2) => b"| ",
            (false, _) => b" | ",
        };
        out[s..s + fill.len()].copy_from_slice(fill);
        out[s + fill.len()..e].fill(b' ');
    }
    // Only ASCII whitespace was replaced, by ASCII.
    String::from_utf8(out).unwrap_or_default()
}

/// A wiki's section edit link after a heading (`Cast[edit]`, `OST[편집]`) becomes spaces:
/// no part of the heading's name.
fn edit_links(mut body: String) -> String {
    let t = body.trim_end();
    for link in ["[edit]", "[편집]", "[원본 편집]", "[edit source]"] {
        if t.ends_with(link) {
            let at = t.len() - link.len();
            let spaces = " ".repeat(body.len() - at);
            body.replace_range(at.., &spaces);
            break;
        }
    }
    body
}

/// Whether `next` continues `line` (the last line of what is joined so far) across a hard
/// line wrap. `line` stops mid-sentence (on a letter, a digit, a comma or a hyphen) and
/// `next` starts in lowercase, or the joined text leaves a quote `open`, or the article
/// is wrapped at a width (`width`, [`wrap_width`]) that `line` reaches; a line that ends
/// on a quote goes on when `next` starts in lowercase (`… opened with “Lamp”` / `by Jo
/// Hana`).
fn wraps(line: &str, next: &str, open: bool, width: Option<usize>) -> bool {
    // `stay with me — chanyeol x punch (goblin)` over another such line: a list's items,
    // however they are cased.
    // Nor a table's rows (`“T” | 2019 | D OST Part 7`), whatever their width.
    let row = |l: &str| l.contains(" | ");
    if has_marker(next)
        || next.trim().is_empty()
        || dash_led(line) && dash_led(next)
        || row(line) && row(next)
    {
        return false;
    }
    let line = line.trim_end();
    let Some(last) = line.chars().next_back() else {
        return false;
    };
    let mid = crate::normalize::is_alnum(last) || matches!(last, ',' | '-');
    let lower = next.starts_with(|c: char| c.is_lowercase());
    // `1. T — A (B) for D` over `genuinely my favourite …`: in an article not wrapped at a
    // width, a list item is whole, and a paragraph under it in lowercase is its writer's
    // habit; only a credit goes on (`“T”` over `by A`).
    // (A pictograph leads an item as a bullet does: `🎧 T — A`. A paragraph that opens
    // with a credit's word, `from D. the whole drama is …`, is the item's paragraph.)
    let pictograph = line
        .trim_start()
        .starts_with(|c: char| ('\u{2600}'..='\u{27BF}').contains(&c) || c >= '\u{1F000}');
    let paragraph = next.contains(". ");
    let item_whole = width.is_none()
        && !open
        && (has_marker(line) || dash_led(line) || pictograph)
        && (paragraph
            || !next
                .split_whitespace()
                .next()
                .is_some_and(|w| CONTINUES.contains(&w.trim_end_matches([',', '.']))));
    // `A Review: The Bride Who Stayed` over `posted by jo | Aug 4`: a headline, every
    // word of it capitalised, is whole; the lowercase line under it is its byline.
    // (Asked last: most lines go on in lowercase, or do not.)
    let headline = || width.is_none() && !open && title_cased(line);
    if lower && (mid || matches!(last, '"' | '”' | '’' | '\'')) && !item_whole && !headline() {
        return true;
    }
    // ` 1. T / A / D` over `    The drama was …`: a list item's text indented under
    // it, opening in capitals, is the item's paragraph, however wide the item.
    let indent = |l: &str| l.len() - l.trim_start().len();
    let item_body = has_marker(line) && indent(next) > indent(line);
    mid && (open || !item_body && width.is_some_and(|w| line.chars().count() * 4 >= w * 3))
}

/// Whether every word of four letters or more of `line`, of four such words at least,
/// opens with a capital (`The Bride Who Wouldn't Check Out`): a headline's case.
fn title_cased(line: &str) -> bool {
    let long = || {
        line.split_whitespace()
            .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
    };
    long().nth(3).is_some()
        && long().all(|w| w.starts_with(|c: char| c.is_uppercase() || !c.is_alphabetic()))
}

/// Whether `line` is a marked item of a title alone (`1.  Always`) and `next` its
/// credits under it, parted by middle dots (`Yoon Mi-rae · D, Pt. 1 (OST) · 4:26`), as
/// streaming pages list tracks.
///
/// ```
/// let texts = |t: &str| ostract::segment::lines(t).into_iter().map(|l| l.text).collect::<Vec<_>>();
/// assert_eq!(
///     texts("1.  Glass Door\n    Park Ha-eun · Winter Harbour (OST) · 3:41\n"),
///     ["1.  Glass Door |   Park Ha-eun · Winter Harbour (OST) · 3:41"]
/// );
/// assert_eq!(
///     texts("1.  Glass Door\nPark Ha-eun · Winter Harbour (OST) · 3:41\n"),
///     ["1.  Glass Door|Park Ha-eun · Winter Harbour (OST) · 3:41"]
/// );
/// // A title with its credit on its own line, or a paragraph under it, stays apart.
/// assert_eq!(texts("1. Glass Door – Park Ha-eun\n    Park Ha-eun · 3:41\n").len(), 2);
/// assert_eq!(texts("1. Glass Door\nThe song · a ballad · opens the drama.\n").len(), 2);
/// ```
fn stacked_credits(line: &str, next: &str) -> bool {
    // (Every line is asked: the cheap tests first, no split of most lines.)
    if !next.contains(" · ") || !has_marker(line) {
        return false;
    }
    let title = strip_marker(line.trim());
    let parts: Vec<&str> = next.trim().split(" · ").collect();
    // (A heading over its card's lines, `## 9. T` over `A · Drama: D`, is the cards'.)
    !line.trim_start().starts_with('#')
        && !title.is_empty()
        && title.split_whitespace().count() <= 8
        && ![" – ", " — ", " - ", " · ", " | ", " by "]
            .iter()
            .any(|s| title.contains(s))
        && !has_marker(next)
        && parts.len() >= 2
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.split_whitespace().count() <= 12)
        && !next.trim_end().ends_with('.')
}

/// Words that go on with a list item's credit or title on the next line (`by A`, `feat.
/// B`, `and C`).
const CONTINUES: &[&str] = &[
    "by",
    "feat",
    "ft",
    "featuring",
    "and",
    "&",
    "with",
    "from",
    "for",
    "x",
    "of",
    "in",
    "on",
    "to",
    "the",
    "a",
    "an",
];

/// Whether a line opens with a few words and a spaced dash (`T — A (D)`, `A – “T”`): a
/// list's item written without a marker, the dash its separator.
///
/// ```
/// use ostract::segment::dash_led;
/// assert!(dash_led("stay with me — chanyeol x punch (goblin)"));
/// assert!(!dash_led("The drama — which aired in 2016 — was a hit."));
/// ```
pub fn dash_led(line: &str) -> bool {
    // Every line is asked (twice, as a wrap's two sides): searchers made once.
    static DASHES: std::sync::LazyLock<[memchr::memmem::Finder<'static>; 3]> =
        std::sync::LazyLock::new(|| {
            [" — ", " – ", " - "].map(|d| memchr::memmem::Finder::new(d.as_bytes()))
        });
    let t = line.trim().as_bytes();
    // The dash comes after a few words: only the line's opening is searched for it.
    let open = &t[..t.len().min(160)];
    let Some((at, len)) = DASHES
        .iter()
        .filter_map(|f| f.find(open).map(|at| (at, f.needle().len())))
        .min()
    else {
        return false;
    };
    let (head, rest) = (&t[..at], &t[at + len..]);
    // A second spaced dash closes an aside (`The drama — which aired in 2016 — was`).
    (1..=6).contains(&head.split(|&b| b == b' ').filter(|w| !w.is_empty()).count())
        && !head.iter().any(|b| matches!(b, b'.' | b'!' | b'?' | b':'))
        && DASHES[..2].iter().all(|f| f.find(rest).is_none())
}

/// The two sides of `line` when it is a few words, a spaced middle dot or bullet, and a
/// few words, with no number alone and no sentence's stop (`T · A`, `A • T`): a list's
/// item without a marker, when other lines share the shape. A page's furniture has its
/// dates and counts (`Posted 3 May · 01:31`, `user · 6 years ago`) or several dots (`Home
/// · News · About`).
///
/// ```
/// use ostract::segment::dot_parted;
/// assert_eq!(dot_parted("Paper Moon · Kim Na Ra"), Some(["Paper Moon", "Kim Na Ra"]));
/// assert!(dot_parted("Salt Road • 10cm").is_some());
/// assert!(dot_parted("Posted 15 May · 01:31 AM").is_none());
/// assert!(dot_parted("Home · News · About").is_none());
/// ```
pub fn dot_parted(line: &str) -> Option<[&str; 2]> {
    let t = line.trim();
    // (Most lines hold neither mark: a char search before the splits' searchers.)
    if !t.contains(['·', '•']) {
        return None;
    }
    let mut parts = t.split(" · ").flat_map(|p| p.split(" • "));
    let (Some(a), Some(b), None) = (parts.next(), parts.next(), parts.next()) else {
        return None;
    };
    let few = |s: &str| (1..=6).contains(&s.split_whitespace().count());
    // A number alone (`2025`, `01:31`, `6`) is a date's or a count's; `10cm` is a name.
    let number = |w: &str| {
        w.contains(|c: char| c.is_ascii_digit())
            && w.chars()
                .all(|c| c.is_ascii_digit() || c.is_ascii_punctuation())
    };
    (few(a) && few(b) && !t.split_whitespace().any(number) && !t.contains(['.', '!', '?']))
        .then_some([a, b])
}

/// Whether `line` ends in a word cut at a hyphen that `next` goes on in lowercase
/// (`… and a loop-` / `worthy OST album`).
fn hyphen_cut(line: &str, next: &str) -> bool {
    let mut end = line.trim_end().chars().rev();
    end.next() == Some('-')
        && end.next().is_some_and(char::is_alphabetic)
        && next.starts_with(|c: char| c.is_lowercase())
}

/// Whether a line opens with a featured singer (`feat. B`, `(ft. B)`, `featuring B`):
/// the credit of the line before it, broken by the page.
fn featuring(next: &str) -> bool {
    let t = next.trim_start().trim_start_matches('(').as_bytes();
    ["feat.", "ft.", "featuring "]
        .iter()
        .any(|p| t.len() >= p.len() && t[..p.len()].eq_ignore_ascii_case(p.as_bytes()))
}

/// The double quotes and Korean title brackets a text opens and closes.
#[derive(Default)]
struct Quotes {
    curly: i32,
    straight: i32,
    angle: i32,
}

impl Quotes {
    fn add(&mut self, text: &str) {
        // Each mark is a `"` or starts with the byte E2 (curly quotes) or E3 (the CJK
        // brackets): only there is a character read, found by a byte search.
        for i in memchr::memchr3_iter(b'"', 0xE2, 0xE3, text.as_bytes()) {
            match text[i..].chars().next().unwrap_or_default() {
                '“' => self.curly += 1,
                '”' => self.curly -= 1,
                '"' => self.straight += 1,
                '〈' | '《' | '「' | '『' => self.angle += 1,
                '〉' | '》' | '」' | '』' => self.angle -= 1,
                _ => {}
            }
        }
    }

    /// Whether a quote is left open.
    fn open(&self) -> bool {
        self.curly > 0 || self.straight % 2 == 1 || self.angle > 0
    }
}

/// The width an article is hard-wrapped at, if it is: most lines end near one length
/// (between 40 and 100 characters) and few go past it. Paragraphs written as one line
/// each, or lists of short lines, have no such width.
///
/// A wrap goes on mid-sentence, so some lines after one near the width open in lowercase;
/// a list of short items none of whose next lines does (`1. D – “T” by A` over `The
/// intro is iconic.`) only happens to end near one length.
fn wrap_width<'a>(lines: impl Iterator<Item = &'a str>) -> Option<usize> {
    // Each line's length and first letter, counted once.
    let shape: Vec<(usize, Option<char>)> = lines
        .map(|l| (l.trim_end().chars().count(), l.trim_start().chars().next()))
        .collect();
    let mut lens: Vec<usize> = shape.iter().map(|&(n, _)| n).filter(|&n| n > 0).collect();
    if lens.len() < 6 {
        return None;
    }
    lens.sort_unstable();
    let w = lens[lens.len() * 9 / 10];
    let near = lens
        .iter()
        .filter(|&&n| n * 5 >= w * 4 && n <= w + 3)
        .count();
    let over = lens.iter().filter(|&&n| n * 5 > w * 6).count();
    if !((40..=100).contains(&w) && near * 5 >= lens.len() * 2 && over * 20 <= lens.len()) {
        return None;
    }
    // The first letters of the lines after those near the width (Hangul has no case:
    // its lines say nothing).
    let (mut cased, mut lower) = (0, 0);
    for pair in shape.windows(2) {
        let first = pair[1].1.filter(|c| c.is_lowercase() || c.is_uppercase());
        if pair[0].0 * 5 >= w * 4 && first.is_some() {
            cased += 1;
            lower += usize::from(first.is_some_and(char::is_lowercase));
        }
    }
    (cased == 0 || lower * 5 >= cased).then_some(w)
}

fn classify(raw: &str) -> (LineKind, bool) {
    let t = raw.trim();
    let marked = has_marker(t);
    if t.starts_with('#') || t.starts_with('~') || marked && wiki_heading(t).is_some() {
        return (LineKind::Heading, true);
    }
    // A full stop inside the closing quote ends the sentence too (`… “Salt Road.”`).
    let unquoted = t.trim_end_matches(['”', '"', '’']);
    let ends_sentence = t.ends_with(['.', '!', '…', '。', ',']) && !t.ends_with("..")
        || unquoted.len() < t.len() && unquoted.ends_with(['.', '!', ','])
        || t.ends_with("다.")
        || t.ends_with('다');
    // `The track list is as follows:` introduces a list; it opens no section.
    if t.ends_with([':', '：']) && !marked {
        return (LineKind::Body, marked);
    }
    let starts_lower = t.chars().next().is_some_and(|c| c.is_lowercase());
    let short = || t.split_whitespace().nth(16).is_none() && t.chars().nth(120).is_none();
    if !ends_sentence && !starts_lower && short() {
        return (LineKind::Heading, marked);
    }
    (LineKind::Body, marked)
}

/// Splits a line into sentences: byte ranges, ending after `.`, `!` or `?` followed by a
/// space and a capital, quote or Hangul (or glued to Hangul, as crawled Korean text is).
///
/// A full stop that ends an abbreviation ends no sentence (`A feat. B`, `Mr. Ahn`).
pub fn sentences(line: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut last = 0;
    for punct in sentence_ends(line) {
        if punct > last && punct < line.len() && !abbreviation(&line[..punct]) {
            out.push((last, punct));
            last = punct;
        }
    }
    out.push((last, line.len()));
    out.retain(|(s, e)| !line[*s..*e].trim().is_empty());
    out
}

/// Whether `s` ends with an abbreviation and its full stop: the last word is one of the
/// abbreviations that stand before a name (`feat.`, `Mr.`, `vs.`).
pub(crate) fn abbreviation(s: &str) -> bool {
    const ABBREVIATIONS: &[&str] = &[
        "feat", "ft", "vs", "Mr", "Mrs", "Ms", "Dr", "Jr", "Sr", "St", "Prof", "prod",
    ];
    s.strip_suffix('.').is_some_and(|w| {
        let word = w.rsplit([' ', '(', '[', '\t']).next().unwrap_or(w);
        ABBREVIATIONS.contains(&word)
    })
}

/// Where the matches of the pattern `(?:[a-z0-9)”"’'][.!?]|다\.|[!?])[”"’]?\s*(?:[A-Z“"‘\p{Hangul}]|'[A-Z]|$)`
/// put a sentence's end: after the mark of each match, in the order of its search
/// (leftmost, each match searched for after the last one's end). Found from the marks and
/// their neighbours, which costs a fraction of the pattern's search: a mark is followed
/// by spaces, then a capital, an opening quote, Hangul or the end of the line; it follows
/// a lowercase letter, a digit, a closing bracket or quote, or `다` before a full stop,
/// unless the last match took that character (`a. “B. C`), and `!` and `?` need none.
fn sentence_ends(line: &str) -> impl Iterator<Item = usize> + '_ {
    let bytes = line.as_bytes();
    // The end of the last match: the next one starts there or later.
    let mut from = 0;
    memchr::memchr3_iter(b'.', b'!', b'?', bytes).filter_map(move |p| {
        // A Korean sentence's `다.` ends it before a number too (`… 불렀다. 8위 …`).
        let da = bytes[p] == b'.' && line[..p].ends_with('다');
        // The next sentence's start, after spaces: a capital, an opening quote, Hangul.
        let next = |rest: &str| {
            let after = rest.trim_start_matches(char::is_whitespace);
            match after.chars().next() {
                None => Some(line.len()),
                Some(c)
                    if matches!(c, 'A'..='Z' | '“' | '"' | '‘')
                        || hangul_script(c)
                        || da && c.is_ascii_digit() && after.len() < rest.len() =>
                {
                    Some(line.len() - after.len() + c.len_utf8())
                }
                // `'T' is …`: a straight single quote before a title's capital (`'90s`
                // is no sentence's start).
                Some('\'') if after[1..].starts_with(|n: char| n.is_ascii_uppercase()) => {
                    Some(line.len() - after.len() + 2)
                }
                Some(_) => None,
            }
        };
        // A closing quote may follow the mark (`“Salt Road.” It`).
        let rest = &line[p + 1..];
        let end = rest
            .strip_prefix(['”', '"', '’'])
            .and_then(next)
            .or_else(|| next(rest))?;
        let led = line[..p].chars().next_back().filter(|&b| {
            matches!(b, 'a'..='z' | '0'..='9' | ')' | '”' | '"' | '’' | '\'')
                || b == '다' && bytes[p] == b'.'
        });
        let start = led.map(|b| p - b.len_utf8()).filter(|&s| s >= from);
        let alone = bytes[p] != b'.' && p >= from;
        (start.is_some() || alone).then(|| {
            from = end;
            p + 1
        })
    })
}

/// Whether `c` is of the Hangul script (`\p{Hangul}`): syllables, jamo of every block,
/// the compatibility and halfwidth jamo, the parenthesised and circled letters.
fn hangul_script(c: char) -> bool {
    matches!(c,
        '\u{1100}'..='\u{11ff}'
        | '\u{302e}'..='\u{302f}'
        | '\u{3131}'..='\u{318e}'
        | '\u{3200}'..='\u{321e}'
        | '\u{3260}'..='\u{327e}'
        | '\u{a960}'..='\u{a97c}'
        | '\u{ac00}'..='\u{d7a3}'
        | '\u{d7b0}'..='\u{d7c6}'
        | '\u{d7cb}'..='\u{d7fb}'
        | '\u{ffa0}'..='\u{ffbe}'
        | '\u{ffc2}'..='\u{ffc7}'
        | '\u{ffca}'..='\u{ffcf}'
        | '\u{ffd2}'..='\u{ffd7}'
        | '\u{ffda}'..='\u{ffdc}')
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The sentence ends as the pattern of [`sentence_ends`] finds them.
    fn ends_by_pattern(line: &str) -> Vec<usize> {
        static END: PerThreadRegex = PerThreadRegex::new(|| {
            Regex::new(
                r#"(?:[a-z0-9)”"’'][.!?]|다\.|[!?])[”"’]?\s*(?:[A-Z“"‘\p{Hangul}]|'[A-Z]|$)|다\.[”"’]?\s+[0-9]"#,
            )
            .unwrap()
        });
        END.find_iter(line)
            .map(|m| {
                let seg = m.as_str();
                let mark = seg.find(['.', '!', '?']).unwrap();
                m.start() + mark + 1
            })
            .collect()
    }

    proptest::proptest! {
        #![proptest_config(ProptestConfig::with_cases(8192))]
        #[test]
        // Marks among the characters the pattern names and their neighbours: every
        // class's edges, spaces of several kinds, quotes, Hangul of several blocks.
        fn sentence_ends_are_the_patterns(
            s in "[a-zA-Z09)(”“\"’‘'.!?다가힣ᄀㄱﾠ㉠ \t\u{3000}\u{a0}\u{2028}é.!?]{0,24}"
        ) {
            prop_assert_eq!(sentence_ends(&s).collect::<Vec<_>>(), ends_by_pattern(&s));
        }
    }

    #[test]
    fn hangul_script_is_the_patterns_class() {
        let hangul = Regex::new(r"^\p{Hangul}$").unwrap();
        for c in (0..0x30000).filter_map(char::from_u32) {
            assert_eq!(
                hangul_script(c),
                hangul.is_match(c.encode_utf8(&mut [0; 4])),
                "{c:?}"
            );
        }
    }

    #[test]
    fn sentence_ends_skip_what_the_last_match_took() {
        for line in [
            "a. “B. C",
            "a. 다. B",
            "x!!A",
            "a.\"!\"? B",
            "end.",
            "a. b. C",
            "A다. B",
            "불렀다. 8위 A",
            "불렀다.8위",
            "No. 1 다. 2",
        ] {
            assert_eq!(
                sentence_ends(line).collect::<Vec<_>>(),
                ends_by_pattern(line),
                "{line}"
            );
        }
    }

    #[test]
    fn a_tab_after_a_header_rows_abbreviation_is_a_column() {
        let l = lines("No.\tTitle\tSinger\tLength\n1.\t\"Paper Moon\"\tMira Dove\t3:41\n");
        assert_eq!(l[0].text.matches('|').count(), 3, "{l:?}");
        // A numbered row keeps its number as its marker, not as a cell.
        assert!(l[1].text.starts_with("1."), "{l:?}");
        assert_eq!(l[1].text.matches('|').count(), 2, "{l:?}");
        // Spaces that align the columns do as a tab does.
        let l = lines(
            "No.  Title          Lyrics      Singer\n1.   \"Paper Moon\"   Lee Dan     Mira Dove\n",
        );
        assert_eq!(l[0].text.matches('|').count(), 3, "{l:?}");
        assert_eq!(l[1].text.matches('|').count(), 2, "{l:?}");
        // A sentence's full stop before a tab is no header.
        let l = lines("It ended there.\tThen the credits rolled\n");
        assert!(!l[0].text.contains('|'), "{l:?}");
    }

    #[test]
    fn a_leader_of_dots_parts_columns() {
        let text = "  Song .......... Singer(s) ....... Notes\n  \
                    Paper Moon ..... Mira Dove ......... Remake\n";
        let l = lines(text);
        let texts: Vec<&str> = l.iter().map(|l| l.text.trim()).collect();
        // Every byte stays where it was: the dots become the bar and spaces.
        assert_eq!(
            texts[0].split('|').map(str::trim).collect::<Vec<_>>(),
            ["Song", "Singer(s)", "Notes"]
        );
        assert_eq!(
            texts[1].split('|').map(str::trim).collect::<Vec<_>>(),
            ["Paper Moon", "Mira Dove", "Remake"]
        );
        assert_eq!(l[1].text.len(), text.lines().nth(1).unwrap().len());
        // An ellipsis is no leader, nor are a sentence's dots, nor dots with no cell on
        // one side.
        for prose in [
            "I miss it ... so much, honestly",
            "Wait.... what?",
            "She sang. Then left.",
            ".....",
            "Track list .......",
        ] {
            assert!(!lines(prose)[0].text.contains('|'), "{prose}");
        }
    }

    #[test]
    fn hard_wraps_are_joined_with_offsets_kept() {
        let text = "## 1. Night Bus\nIt has it all- books, coziness and a loop-\r\nworthy album, with\nrain in it.\nIt ended there.\nlowercase after a full stop";
        let l = lines(text);
        assert_eq!(
            l[1].text,
            "It has it all- books, coziness and a loop-  worthy album, with rain in it."
        );
        assert_eq!(l[1].kind, LineKind::Body);
        let at = l[1].text.find("worthy").unwrap();
        assert_eq!(&text[l[1].start + at..l[1].start + at + 6], "worthy");
        // A line that ends its sentence is no wrap.
        assert_eq!(l.len(), 4);
        assert_eq!(l[3].text, "lowercase after a full stop");
    }

    #[test]
    fn an_open_quote_or_an_articles_wrap_width_joins_capitalised_lines() {
        // A quote left open goes on in the next line, whatever its case.
        let l = lines("Her best was \"Winter\nHarbor\" by Kim Na Ra.\nNext line.\n");
        assert_eq!(l[0].text, "Her best was \"Winter Harbor\" by Kim Na Ra.");
        let l = lines("그가 가창한 〈바람이\n머문 자리〉가 1위다.\n");
        assert_eq!(l.len(), 1, "{l:?}");
        // A line that ends on a quote goes on when the next starts in lowercase.
        let l = lines("The show opened with “Lamp”\nby Jo Hana, a ballad.\n");
        assert_eq!(l.len(), 1, "{l:?}");
        // An article wrapped at one width: a full line that stops mid-sentence goes on.
        let para = "The soundtrack of the show was released over eight weeks, and\n\
                    Kim Na Ra sang the first part with a quiet voice that suits the\n\
                    Harbor Road scenes well. Each week brought a new song to the\n\
                    charts, and the second part, sung by NOVA9, went to number one\n\
                    in its first week on the chart. The third came from Lee Dan, who\n\
                    had not sung for a drama before.\n";
        let l = lines(&format!("Winter Harbor OST\n{para}"));
        assert_eq!(l.len(), 2, "{l:?}");
        assert_eq!(l[0].text, "Winter Harbor OST");
        // A list item's paragraph indented under it is no wrap, however wide the item.
        let item = " 1. Long Way Home / Kim Na Ra / Winter Harbor Diaries, Part Two\n    \
                    The drama was slow; the song was not, and it held the finale.\n";
        let l = lines(&format!("{para}{item}{para}"));
        assert_eq!(
            l[1].text.trim(),
            "1. Long Way Home / Kim Na Ra / Winter Harbor Diaries, Part Two"
        );
        // Without a wrap width, short lines with capitals stay apart.
        let l = lines("Winter Harbor\nKim Na Ra\nLanterns\n");
        assert_eq!(l.len(), 3, "{l:?}");
        // A table's rows as wide as the article's lines are rows, never a wrap.
        let rows = "\"Window Seat\" (with Jo Hana) | 2019 | Rooftop Diaries OST Part 7\n\
                    \"Runaway Heart\" | 2020 | Doctor Yoon's Diary OST Part 2\n";
        let l = lines(&format!("{para}Title | Year | Album\n{rows}"));
        assert_eq!(l.len(), 4, "{l:?}");
    }

    #[test]
    fn a_headline_is_not_joined_to_the_byline_under_it() {
        let texts = |t: &str| lines(t).into_iter().map(|l| l.text).collect::<Vec<_>>();
        for text in [
            "Moon Harbor, Episode 7 Recap: The Bride Who Would Not Leave\nposted by jo_hana | Aug 4, 2019\n",
            "Ten Songs That Made Everyone Cry This Winter\nby Jo Hana, staff writer\n",
        ] {
            assert_eq!(texts(text).len(), 2, "{text}");
        }
        // A sentence wrapped in lowercase still goes on, and so does one whose few long
        // words are capitalised names.
        assert_eq!(
            texts("The drama everyone watched that winter\nwas a quiet one.\n"),
            ["The drama everyone watched that winter was a quiet one."]
        );
        assert_eq!(
            texts("Park Ha-eun sang Glass Door\nfor Moon Harbor.\n").len(),
            1
        );
    }

    #[test]
    fn spaces_that_pad_a_cell_to_its_bar_are_no_column() {
        let texts = |t: &str| lines(t).into_iter().map(|l| l.text).collect::<Vec<_>>();
        assert_eq!(
            texts("Drama        | Song    | Artist\nGoblin       | Beautiful | Crush\n"),
            [
                "Drama        | Song    | Artist",
                "Goblin       | Beautiful | Crush"
            ]
        );
        // Columns of spaces alone still get their bars.
        assert_eq!(
            texts("Goblin    Beautiful    Crush\n"),
            ["Goblin |  Beautiful |  Crush"]
        );
    }

    #[test]
    fn a_list_of_short_items_that_end_near_one_length_is_not_wrapped() {
        // Items and their remarks, each a line, none going on in lowercase: their
        // lengths agree by chance, and no item runs into the remark under it.
        let list = "12 Songs That Still Give Us Chills\n\n\
                    1. Winter Harbor – “Paper Moon” by Kim Na Ra & Lee Dan\n\
                    The piano intro alone is iconic.\n\n\
                    2. Salt Road – “Glass Door” (Jo Hana), a quiet one\n\
                    Jo Hana never misses, and never will.\n\n\
                    3. Rooftop Diaries: Lanterns – NOVA9 and Park Se-ri\n\
                    The chorus lifts the whole finale.\n\n\
                    4. Harbor Lights – “Low Tide” by Choi Ra-el again\n";
        let l = lines(list);
        assert_eq!(l.len(), 8, "{l:?}");
        assert_eq!(
            l[1].text,
            "1. Winter Harbor – “Paper Moon” by Kim Na Ra & Lee Dan"
        );
        // The same items wrapped mid-sentence are joined.
        let wrapped = "1. Winter Harbor – “Paper Moon” by Kim Na Ra & Lee Dan, whose\n\
                       voice carries the last scene of the first episode and the\n\
                       second. Jo Hana sings the second part, a song that most of\n\
                       the critics liked more than the first one, and that the\n\
                       fans called the best of the year. The third is by NOVA9,\n\
                       and it is the one that topped the chart for five weeks.\n";
        assert_eq!(lines(wrapped).len(), 1);
    }

    #[test]
    fn a_list_item_stays_whole_over_its_lowercase_paragraph() {
        // A post not wrapped at a width: its writer types in lowercase, and an item's
        // paragraph opens so.
        let post = "my top songs\n\n1. Paper Moon — Kim Na Ra for Winter Harbor\ngenuinely the best song of the year, i cried.\n\n\
                    2. Low Tide — Lee Dan for Salt Road\nthis one grew on me slowly.\n";
        let l = lines(post);
        assert_eq!(l[1].text, "1. Paper Moon — Kim Na Ra for Winter Harbor");
        assert_eq!(l.len(), 5, "{l:?}");
        // A credit that goes on still joins its item.
        let l = lines("1. “Paper Moon”\nby Kim Na Ra, for Winter Harbor\n");
        assert_eq!(l.len(), 1, "{l:?}");
    }

    #[test]
    fn a_chat_export_s_header_and_speaker_are_no_part_of_the_message() {
        for (line, rest) in [
            (
                "[12/07/2016, 21:06] Mina: Night Bus – Blue Hour (Winter Harbour)",
                "Night Bus – Blue Hour (Winter Harbour)",
            ),
            (
                "[2024-05-18 22:53] kim dal bit: that's Part 3",
                "that's Part 3",
            ),
            (
                "12/07/2016, 9:06 PM - Joon Park: Tide - Jo Ha",
                "Tide - Jo Ha",
            ),
            ("[21:06] Mina: Tide - Jo Ha", "Tide - Jo Ha"),
            ("[민지] [오후 9:12] 소금길 - 이단", "소금길 - 이단"),
        ] {
            assert_eq!(strip_marker(line).trim(), rest, "{line}");
            assert!(!has_marker(line), "{line}");
        }
        // A chapter's bracketed time with no speaker keeps its title; a video's bare
        // timestamp keeps the chapter's drama before its colon.
        assert_eq!(
            strip_marker("[21:30] Why the Salt Merchant Lost").trim(),
            "[21:30] Why the Salt Merchant Lost"
        );
        assert_eq!(
            strip_marker("03:05 Winter Harbour: Tide").trim(),
            "Winter Harbour: Tide"
        );
    }

    #[test]
    fn a_ranks_move_on_the_chart_is_part_of_its_marker() {
        for (line, rest) in [
            ("2위 (▲1) 유리문 - 김나라", "유리문 - 김나라"),
            ("3. (NEW) Paper Moon – Kim Na Ra", "Paper Moon – Kim Na Ra"),
            ("1위 (-) 소금길 - 이단", "소금길 - 이단"),
            ("4. [▼2] Low Tide – Lee Dan", "Low Tide – Lee Dan"),
        ] {
            assert_eq!(strip_marker(line).trim(), rest, "{line}");
        }
        // A bracket that is no move stays (`(G)I-DLE`, a part's number).
        assert_eq!(
            strip_marker("5. (Part 2) Salt Road").trim(),
            "(Part 2) Salt Road"
        );
    }

    #[test]
    fn headings_and_body() {
        let l = lines("Related Articles\nIt was a good drama. We loved it.\n~ Goblin\n");
        assert_eq!(l[0].kind, LineKind::Heading);
        assert_eq!(l[1].kind, LineKind::Body);
        assert!(l[2].marked);
    }

    #[test]
    fn line_ends() {
        let l = lines("a b c.\r\nd e f.\rg");
        assert_eq!(l.iter().map(|l| l.no).collect::<Vec<_>>(), [1, 2, 3]);
        assert_eq!(l[2].start, 15);
    }

    #[test]
    fn sentence_split() {
        let s = "As soon as \"Everytime\" starts. EXO's Chen made it. However, \"Always\".";
        // A title in straight single quotes opens a sentence; a decade's mark does not.
        assert_eq!(
            sentences("It aired in May. 'Paper Kite' is its theme.").len(),
            2
        );
        assert_eq!(
            sentences("It aired in May. '90s ballads are back.").len(),
            1
        );
        let parts: Vec<&str> = sentences(s).iter().map(|(a, b)| s[*a..*b].trim()).collect();
        assert_eq!(parts.len(), 3);
        assert!(parts[1].starts_with("EXO"));
        // A Korean sentence may open with a number (`8위`, `2004년`).
        assert_eq!(sentences("함께 불렀다. 8위 곡은 A다.").len(), 2);
        assert_eq!(sentences("It is No. 1 in Seoul.").len(), 1);
        // An abbreviation before a name ends no sentence.
        assert_eq!(
            sentences("It is A feat. Kid North (Night Train). Then B.").len(),
            2
        );
        assert_eq!(
            sentences("Falling for Mr. Ahn is sweet. Dr. Who ft. Ha sings.").len(),
            2
        );
    }

    proptest::proptest! {
        #![proptest_config(ProptestConfig::with_cases(4096))]
        #[test]
        // Lines that start like markers: runs of digits and of `#` around the bounds
        // the pattern allows, other marker characters, spaces of several kinds, and
        // what may follow (punctuation, a letter, a digit).
        fn common_markers_end_where_the_pattern_does(
            s in "[ \t\u{3000}]{0,2}(?:[0-9]{1,5}|#{1,8}|\\(|~|▲|[IVX]{1,5}|[a-z])?[ \u{a0}]{0,2}[.):#]?[ \t\u{3000}]{0,2}[a-zÄ“위T#0-9(]{0,2}Title"
        ) {
            if let Some(end) = common_marker(&s) {
                prop_assert_eq!(MARKER.find(&s).map(|m| m.end()), Some(end));
            }
            let by_pattern = if may_have_marker(&s) { strip_by_pattern(&s) } else { s.trim_start() };
            prop_assert_eq!(strip_one(&s), by_pattern);
            prop_assert_eq!(has_marker(&s), may_have_marker(&s) && MARKER.is_match(&s));
        }
    }

    #[test]
    fn common_marker_shapes() {
        assert_eq!(common_marker("12. Title"), Some(4));
        assert_eq!(common_marker("  3 )  Title"), Some(7));
        assert_eq!(common_marker("### Title"), Some(4));
        // Left to the pattern: glued, too many digits or hashes, other shapes.
        for s in [
            "1.Title",
            "1234. Title",
            "####### Title",
            "#1 Title",
            "(1) Title",
            "Title",
        ] {
            assert_eq!(common_marker(s), None, "{s}");
        }
    }

    #[test]
    fn lowercase_long_lines_are_body() {
        assert_eq!(
            classify("and then it was over and we all went home to sleep early").0,
            LineKind::Body
        );
    }
}
