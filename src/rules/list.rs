//! List lines: `“Track” – Artist and “Track” – Artist for Drama`, `1. Song – Singer`,
//! and unquoted headings `Song by Singer (Drama)`, `Singer- Song`, `Drama OST Part 2: Song`.

use super::names::{credit_after, cut_clause, is_credit};
use super::quotes::Quote;
use super::{Findings, Mention};
use crate::per_thread::PerThreadRegex;
use crate::segment::strip_marker;
use crate::tables::Tables;
use regex::Regex;

static DASH: PerThreadRegex =
    PerThreadRegex::new(|| Regex::new(r"\s+[–—-]\s*|\s*[–—]\s+|(?:\S)-\s+").unwrap());
static LEAD_DASH: PerThreadRegex = PerThreadRegex::new(|| Regex::new(r"^\s*[–—-]\s*").unwrap());
static BY: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(
        r"^\s*,?\s*(?:(?:which\s+)?(?:was\s+|is\s+)?(?:sung|performed|sang|recorded)\s+)?by\s+",
    )
    .unwrap()
});
static DRAMA_SUFFIX: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(r"\s+(?:for|from)\s+(?:the\s+(?:drama|series)\s+)?(?P<d>[^“”\x22|]+?)\s*[.!]?\s*$")
        .unwrap()
});
/// The drama (group `d`) in a match of [`DRAMA_SUFFIX`], cut from the match instead of
/// running the capture engine, which costs this Unicode pattern several times the
/// search: the leading `for`/`from` (and `the drama`/`the series`) and the trailing
/// spaces and one `.` or `!` go, keeping at least one character, as the lazy group does.
/// `None` when only spaces follow the leading words, where the group takes a space.
fn suffix_drama(m: &str) -> Option<&str> {
    // What follows one of `words` and the spaces after it.
    fn after<'a>(s: &'a str, words: &[&str]) -> Option<&'a str> {
        let rest = words.iter().find_map(|w| s.strip_prefix(w))?;
        Some(rest.strip_prefix(char::is_whitespace)?.trim_start())
    }
    let d = after(m.trim_start(), &["for", "from"]).filter(|d| !d.is_empty())?;
    let d = match after(d, &["the"]).and_then(|r| after(r, &["drama", "series"])) {
        Some("") => return None,
        Some(r) => r,
        None => d,
    }
    .trim_end();
    Some(match d.strip_suffix(['.', '!']).map(str::trim_end) {
        Some(shorter) if !shorter.is_empty() => shorter,
        _ => d,
    })
}

/// Group `d` of [`DRAMA_SUFFIX`] in `tail`, which holds a match of it, by the capture
/// engine.
fn suffix_capture(tail: &str) -> &str {
    let c = DRAMA_SUFFIX.captures(tail).expect("the tail holds a match");
    c.name("d").expect("d takes part in every match").as_str()
}

static PAREN_DRAMA: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(
        r"\s*[(\[](?P<d>[^()\[\]]+?)\s*(?:OST|O\.S\.T\.?|Original Soundtrack)(?-u:\b)[^()\[\]]*[)\]]\s*$",
    )
    .unwrap()
});
static PAREN_ANY: PerThreadRegex =
    PerThreadRegex::new(|| Regex::new(r"\s*\((?P<d>[^()]+)\)\s*$").unwrap());
static DURATION: PerThreadRegex =
    PerThreadRegex::new(|| Regex::new(r"\s*[(\[]?\d{1,2}:\d\d[)\]]?\s*$").unwrap());

/// `s` without a track list's duration at its end (`(3:45)`), which is no part of a
/// title or a credit.
fn without_duration(s: &str) -> &str {
    match s.contains(':').then(|| DURATION.find(s)).flatten() {
        Some(m) => &s[..m.start()],
        None => s,
    }
}

/// The number of a numbered line (`6. Orientalism`, `07 Alone`, `3) Rain`).
///
/// ```
/// use ostract::rules::list::item_number;
/// assert_eq!(item_number("6. Orientalism"), Some(6));
/// assert_eq!(item_number("07) Alone"), Some(7));
/// assert_eq!(item_number("2021 was a good year"), None);
/// assert_eq!(item_number(" 12.Alone"), Some(12));
/// assert_eq!(item_number("1234. Alone"), None);
/// ```
pub fn item_number(line: &str) -> Option<u32> {
    static NUMBER: PerThreadRegex =
        PerThreadRegex::new(|| Regex::new(r"^\s*\d{1,3}(?:[.)]\s*|\s+)\S").unwrap());
    let rest = line.trim_start();
    if !rest.starts_with(|c: char| c.is_ascii_digit()) || !NUMBER.is_match(line) {
        return None;
    }
    // In a match the digits run up to the first `.`, `)` or space (the capture engine
    // would cost more than the search).
    let digits = rest.find(|c: char| matches!(c, '.' | ')') || c.is_whitespace())?;
    rest[..digits].parse().ok()
}

/// `6. Orientalism`, `07 Alone (2:31)`: a numbered line that is only a title, with its
/// number. Such a line is a track (an instrumental, a score cue) only inside a list
/// whose other lines are songs, which [`crate::context`] checks; alone it is a heading.
///
/// ```
/// use ostract::rules::list::numbered_title;
/// let (n, m) = numbered_title("13. Jump to the Future (2:31)").unwrap();
/// assert_eq!((n, m.track.as_str(), m.rule), (13, "Jump to the Future", "list.numbered_title"));
/// assert!(numbered_title("4. We loved every minute of it, and so will you.").is_none());
/// ```
pub fn numbered_title(line: &str) -> Option<(u32, Mention)> {
    let n = item_number(line)?;
    let stripped = strip_marker(line);
    let body = if stripped.len() == line.len() {
        // `07 Alone`: a number without a dot or bracket.
        stripped
            .trim_start()
            .trim_start_matches(|c: char| c.is_ascii_digit())
    } else {
        stripped
    }
    .trim();
    let body = without_duration(body).trim();
    let sentence = body.ends_with('.') || body.contains(". ") || body.contains(['|', '“', '"']);
    if body.is_empty() || sentence || body.split_whitespace().count() > 8 {
        return None;
    }
    let start = super::offset_in(line, body);
    let m = Mention::new(
        start,
        start + body.len(),
        body,
        "",
        "list.numbered_title",
        0.5,
    );
    Some((n, m))
}

/// Finds the first dash that separates two parts (` – `, ` - `, `- ` glued to a word).
fn dash(s: &str) -> Option<(usize, usize)> {
    DASH.find(s).map(|m| {
        let st = if m
            .as_str()
            .starts_with(|c: char| !c.is_whitespace() && c != '-' && c != '–' && c != '—')
        {
            m.start() + m.as_str().chars().next().unwrap().len_utf8()
        } else {
            m.start()
        };
        (st, m.end())
    })
}

/// Whether a line has the shape of a song list: it starts with a quoted title followed
/// by a dash, a quoted `Title – Artist` pair, or holds `|`-separated items.
fn is_list(body: &str, qs: &[Quote], offset: usize) -> bool {
    let first = qs.iter().find(|q| q.open >= offset);
    let starts_quoted = first.is_some_and(|q| body[..q.open - offset].trim().is_empty());
    if starts_quoted {
        let q = first.unwrap();
        let after = &body[q.end - offset..];
        let inner = &body[q.inner.0 - offset..q.inner.1 - offset];
        return LEAD_DASH.is_match(after)
            || dash(inner).is_some() && after.trim().len() < 3
            || after.trim_start().starts_with('|')
            || BY.is_match(after) && after.len() < 160
            || !q.closed;
    }
    body.contains(" | ") && dash(body).is_some()
}

/// `《도깨비》 – 찬열&펀치 〈Stay With Me〉`: a work in double angle brackets (the drama),
/// the singers, and the song in single ones.
static WORK_ARTIST_SONG: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(r"^《(?P<d>[^》]+)》\s*[–—-]\s*(?P<a>[^〈〉]+?)\s*〈(?P<t>[^〉]+)〉\s*$").unwrap()
});

/// Parses a list line into mentions, or `None` when the line is not a list line.
pub fn find(line: &str, qs: &[Quote], tables: &Tables) -> Option<Vec<Mention>> {
    let body = strip_marker(line);
    let offset = line.len() - body.len();
    let work = body.starts_with('《');
    if let Some(c) = work
        .then(|| WORK_ARTIST_SONG.captures(body.trim_end()))
        .flatten()
    {
        let mut m = Mention::new(
            offset,
            line.len(),
            &c["t"],
            &c["a"],
            "list.work_artist_song",
            0.9,
        );
        m.drama = Some(c["d"].to_string());
        return Some(vec![m]);
    }
    if !is_list(body, qs, offset) {
        return None;
    }
    // The drama for the whole line: a trailing `for D` after the last item.
    let last_close = qs
        .iter()
        .filter(|q| q.closed)
        .map(|q| q.end)
        .max()
        .unwrap_or(offset);
    let mut end = line.len();
    let mut line_drama = None;
    let tail = &line[last_close..];
    let named = tail.contains("for") || tail.contains("from");
    if let Some(m) = named.then(|| DRAMA_SUFFIX.find(tail)).flatten() {
        let d = suffix_drama(m.as_str()).unwrap_or_else(|| suffix_capture(tail));
        line_drama = Some(d.to_string());
        end = last_close + m.start();
    }
    let mut out = Vec::new();
    for (s, e) in items(line, offset, end, qs) {
        if let Some(mut m) = item(line, s, e, qs, tables) {
            if m.drama.is_none() {
                m.drama = line_drama.clone();
            }
            out.push(m);
        }
    }
    (!out.is_empty()).then_some(out)
}

/// Splits `line[from..to]` into item ranges: at `|`, and before an opening quote once
/// the current item has its artist.
fn items(line: &str, from: usize, to: usize, qs: &[Quote]) -> Vec<(usize, usize)> {
    // `qs` is in text order and its quotes do not nest, so every lookup below is a
    // binary search: a line of a million items costs no more per item than a short one.
    let inside_quote = |pos: usize| {
        let k = qs.partition_point(|q| q.open < pos);
        k > 0 && qs[k - 1].closed && pos < qs[k - 1].end
    };
    let pipes: Vec<usize> = line[from..to]
        .char_indices()
        .filter(|&(i, c)| c == '|' && !inside_quote(from + i))
        .map(|(i, _)| from + i)
        .collect();
    let mut quote_cuts: Vec<usize> = Vec::new();
    for q in qs.iter().filter(|q| q.open > from && q.open < to) {
        let p = pipes.partition_point(|&c| c < q.open);
        let cur = [from, quote_cuts.last().copied().unwrap_or(from)]
            .into_iter()
            .chain(p.checked_sub(1).map(|i| pipes[i]))
            .max()
            .unwrap_or(from);
        let seg = &line[cur..q.open];
        // Outside the quotes of the current item there must be a dash (an artist).
        let after_quote = qs
            .get(qs.partition_point(|p| p.open < cur))
            .filter(|p| p.open < q.open)
            .map(|p| p.end)
            .unwrap_or(cur);
        if after_quote <= q.open && dash(&line[after_quote..q.open]).is_some()
            || seg.trim_end().ends_with(" and") && after_quote < q.open
        {
            quote_cuts.push(q.open);
        }
    }
    let mut cuts = vec![from];
    cuts.extend(pipes);
    cuts.extend(quote_cuts);
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = Vec::new();
    for (k, &s) in cuts.iter().enumerate() {
        let e = cuts.get(k + 1).copied().unwrap_or(to);
        let seg = &line[s..e];
        let lead = seg.len() - seg.trim_start_matches(['|', ' ', ',']).len();
        let mut t = seg.trim_end();
        for sep in [" and", ",", "&", "|", " x"] {
            t = t.strip_suffix(sep).unwrap_or(t).trim_end();
        }
        if s + lead < s + t.len() {
            out.push((s + lead, s + t.len()));
        }
    }
    out
}

/// Parses one list item: `“T” – A`, `“T – A”`, `T – A`, `“T” by A`, each with an
/// optional `(D OST)`.
fn item(line: &str, s: usize, e: usize, qs: &[Quote], tables: &Tables) -> Option<Mention> {
    let text = &line[s..e];
    let q = qs.binary_search_by_key(&s, |q| q.open).ok().map(|i| &qs[i]);
    let (title, mut artists, rule, conf) = match q {
        Some(q) if q.closed && q.end <= e => {
            let inner = q.text(line);
            let rest = &line[q.end..e];
            if let Some(m) = LEAD_DASH.find(rest) {
                (
                    inner.to_string(),
                    cut_clause(&rest[m.end()..], tables).to_string(),
                    "list.title_dash_artist",
                    0.95,
                )
            } else if let Some(m) = BY.find(rest) {
                let a = &rest[m.end()..];
                let n = credit_after(a, tables).unwrap_or(a.len());
                (
                    inner.to_string(),
                    a[..n].to_string(),
                    "list.title_by_artist",
                    0.9,
                )
            } else if let Some((ds, de)) = dash(inner).filter(|_| rest.trim().len() < 3) {
                (
                    inner[..ds].to_string(),
                    inner[de..].to_string(),
                    "list.quoted_pair",
                    0.85,
                )
            } else {
                (
                    inner.to_string(),
                    String::new(),
                    "list.title_dash_artist",
                    0.7,
                )
            }
        }
        _ => {
            let body = text.trim_start_matches(['“', '"', '‘', '\'']);
            let (ds, de) = dash(body)?;
            (
                body[..ds].to_string(),
                cut_clause(&body[de..], tables).to_string(),
                "list.title_dash_artist",
                0.75,
            )
        }
    };
    let mut drama = None;
    artists.truncate(without_duration(&artists).len());
    let paren = artists.trim_end().ends_with([')', ']']);
    if let Some(c) = paren.then(|| PAREN_DRAMA.captures(&artists)).flatten() {
        drama = Some(c["d"].trim().to_string());
        artists.truncate(c.get(0).unwrap().start());
    }
    if title.trim().is_empty() {
        return None;
    }
    let mut m = Mention::new(
        s,
        e,
        &title,
        artists.trim_end_matches(['”', '"']),
        rule,
        conf,
    );
    m.drama = drama;
    Some(m)
}

static OST_END: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:OST|O\.S\.T\.?|original soundtrack)\s*$").unwrap()
});
static TITLE_BY: PerThreadRegex =
    PerThreadRegex::new(|| Regex::new(r"^(?P<t>[^“”\x22:|]+?)\s+by\s+(?P<rest>.+)$").unwrap());
static DRAMA_COLON: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(
        r"^(?P<d>[^:]+?)\s+(?:OST|O\.S\.T\.?)(?:\s*(?:Part|Pt|Vol)\.?\s*\d+)?\s*:\s*(?P<rest>.+)$",
    )
    .unwrap()
});
static COLON: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(r"^(?P<a>[^:]{1,40}?)\s*:\s*(?P<t>[^:]+?)\s*\((?P<d>[^()]+)\)\s*$").unwrap()
});
static CREDITS_PAREN: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(r"(?i)\s*\((?:[a-z, ]*credits?|vocals?|sung by|feat\.?)\s*:?\s*(?P<a>[^()]+)\)\s*$")
        .unwrap()
});
static FROM_FOR: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(r"^\s*,?\s*(?:for|from)\s+(?:the\s+(?:drama\s+)?)?(?P<d>.+?)\s*[.!]?\s*$").unwrap()
});

/// Parses an unquoted heading: `Song by Singer (Drama)`, `Drama OST Part 2: Song
/// (vocal credits: A, B)`, `Singer: Song (Drama)`, `Singer- Song`.
pub fn heading(line: &str, qs: &[Quote], tables: &Tables) -> Option<Vec<Mention>> {
    if qs.iter().any(|q| q.closed && !q.single) {
        return None;
    }
    let unmarked = strip_marker(line);
    let offset = line.len() - unmarked.len();
    let body = without_duration(unmarked.trim_end());
    let colon = body.contains(':');
    let end = offset + body.len();
    let words = body.split_whitespace().count();
    if words > 20 || body.ends_with('.') && !body.ends_with("..") {
        return None;
    }
    // Each pattern runs only where its literal parts are.
    let ost = body.contains("OST") || body.contains("O.S.T");
    if let Some(c) = (colon && ost).then(|| DRAMA_COLON.captures(body)).flatten() {
        let rest = &c["rest"];
        let (t, a) = match CREDITS_PAREN.captures(rest) {
            Some(p) => (&rest[..p.get(0).unwrap().start()], p["a"].to_string()),
            // `Drama OST Part 2: Artist – Title` is the usual order after the part
            // number; a known performer on the right says the title came first.
            None => match dash(rest) {
                Some((ds, de)) => {
                    let (left, right) = (rest[..ds].trim(), rest[de..].trim());
                    let known = |n: &str| tables.knows_performer(n.split(" (").next().unwrap_or(n));
                    if known(right) && !known(left) {
                        (left, right.to_string())
                    } else {
                        (right, left.to_string())
                    }
                }
                None => (rest, String::new()),
            },
        };
        let mut m = Mention::new(offset, end, t, &a, "heading.drama_colon_title", 0.85);
        m.drama = Some(c["d"].to_string());
        return Some(vec![m]);
    }
    if let Some(c) = body
        .contains("by")
        .then(|| TITLE_BY.captures(body))
        .flatten()
    {
        let t = &c["t"];
        let rest = &c["rest"];
        let first_ok = t.chars().next().is_some_and(|ch| {
            ch.is_uppercase() || ch.is_ascii_digit() || crate::normalize::is_hangul(ch)
        });
        // `7 K-Drama OSTs Sung by Male Idols`, `Posted on May 1 by Admin`: article titles
        // and bylines, not songs. `Lyrics by X`, `Composed & Arranged by Y`, `Piano by Z`:
        // a song's staff credits, whose people are not its performers.
        static NOT_A_SONG: PerThreadRegex = PerThreadRegex::new(|| {
            Regex::new(r"(?i)(?-u:\b)(?:OSTs?|K-?dramas?|soundtracks?)(?-u:\b)|^(?:posted|published|written|updated)(?-u:\b)|^(?:(?:lyrics|words|music|composed|composition|arranged|arrangement|written|produced|production|directed|programmed|programming|recorded|recording|engineered|mixed|mixing|mastered|mastering|piano|keyboards?|guitars?|bass|drums|strings|chorus|backing vocals?|vocal directing|edited)(?:\s*(?:&|and|,|/)\s*)?)+$").unwrap()
        });
        if first_ok && t.split_whitespace().count() <= 10 && !NOT_A_SONG.is_match(t) {
            if let Some(n) = credit_after(rest, tables) {
                let mut m =
                    Mention::new(offset, end, t, &rest[..n], "heading.title_by_artist", 0.8);
                let tail = &rest[n..];
                if let Some(p) = PAREN_ANY.captures(tail) {
                    m.drama = Some(p["d"].to_string());
                } else if let Some(p) = FROM_FOR.captures(tail) {
                    m.drama = Some(p["d"].to_string());
                }
                return Some(vec![m]);
            }
        }
    }
    // `Guardian: The Lonely and Great God (2016)`: a drama's heading, whose colon is
    // the title's own and whose brackets hold its year.
    static YEAR_PAREN: PerThreadRegex =
        PerThreadRegex::new(|| Regex::new(r"^\s*(?:19|20)\d\d\s*$").unwrap());
    if let Some(c) = (colon && body.ends_with(')'))
        .then(|| COLON.captures(body))
        .flatten()
    {
        let titled = YEAR_PAREN.is_match(&c["d"])
            || tables
                .drama_canonical(&body[..c.get(3).unwrap().start() - 1])
                .is_some();
        if !titled && is_credit(&c["a"], tables) {
            let mut m = Mention::new(
                offset,
                end,
                &c["t"],
                &c["a"],
                "heading.artist_colon_title",
                0.7,
            );
            m.drama = Some(c["d"].to_string());
            return Some(vec![m]);
        }
    }
    if let Some((ds, de)) = dash(body) {
        let (l, r) = (&body[..ds], &body[de..]);
        // `Music of the Week – Kill Me, Heal Me OST`: a side that is a soundtrack is the
        // drama of a title line, not a singer.
        let soundtrack = |s: &str| OST_END.is_match(s);
        // `Queen of Tears Episode 1 Preview - K-Drama OSTs by Male K-pop Idols`: a video
        // caption and the page's title, no song.
        static NOT_A_SIDE: PerThreadRegex = PerThreadRegex::new(|| {
            Regex::new(
                r"(?i)(?-u:\b)(?:OSTs|K-?dramas?|soundtracks|episode\s+\d+|preview|teaser|trailer)(?-u:\b)",
            )
            .unwrap()
        });
        if soundtrack(l) || soundtrack(r) || NOT_A_SIDE.is_match(l) || NOT_A_SIDE.is_match(r) {
            return None;
        }
        // Names joined by `&` or `and` are one credit: the joins are not words of it.
        let words = |s: &str| {
            s.split_whitespace()
                .filter(|w| !matches!(*w, "&" | "and" | "x" | "×"))
                .count()
        };
        if words(l) <= 6 && words(r) <= 10 && !r.is_empty() {
            let (left_artist, right_artist) =
                (looks_like_artist(l, tables), looks_like_artist(r, tables));
            let (t, a, rule) = if left_artist && !right_artist {
                (r, l, "heading.artist_dash_title")
            } else {
                (l, r, "heading.title_dash_artist")
            };
            let mut a = a.to_string();
            let mut drama = None;
            if let Some(p) = PAREN_DRAMA.captures(&a) {
                drama = Some(p["d"].trim().to_string());
                a.truncate(p.get(0).unwrap().start());
            }
            let mut m = Mention::new(offset, end, t, &a, rule, 0.6);
            m.drama = drama;
            // With no name on the right either, title first is only a guess; the order
            // the article's other headings show may settle it (see `align_order`).
            m.order_guessed = left_artist == right_artist;
            return Some(vec![m]);
        }
    }
    None
}

/// Settles the order of unquoted `A – B` headings whose sides gave no clue: a list keeps
/// one order, so they take the order most of the article's other headings show
/// (`4. Mario & Nesty- Never Say Goodbye` among `5. Baek Ji Young- Don’t Forget` and
/// `2. 4MEN- Couldn’t Do It` is artist first). Without two lines of one order, and more
/// of it than of the other, they are left as they are.
///
/// ```
/// use ostract::{rules::{self, list}, segment, Tables};
/// let t = Tables::builtin();
/// let text = "3. Kim Na Ra - Blue Hour\n\n2. IVORY - Small Rain\n\n1. Mira & Tobi - Paper Sky\n";
/// let mut found: Vec<_> = segment::lines(text).iter().map(|l| rules::find(l, &t)).collect();
/// list::align_order(&mut found);
/// let last = &found[2].mentions[0];
/// assert_eq!((last.track.as_str(), last.artists.as_str()), ("Paper Sky", "Mira & Tobi"));
/// ```
pub fn align_order(found: &mut [Findings]) {
    let decided = |rule: &str| {
        found
            .iter()
            .flat_map(|f| &f.mentions)
            .filter(|m| m.rule == rule && !m.order_guessed)
            .count()
    };
    let artist_first = decided("heading.artist_dash_title");
    let title_first = decided("heading.title_dash_artist");
    // One decided line is thin evidence (`ANDANTE - 지인` is a title in capitals):
    // the order needs two lines showing it, and more than show the other.
    let (from, to) = if artist_first >= 2 && artist_first > title_first {
        ("heading.title_dash_artist", "heading.artist_dash_title")
    } else if title_first >= 2 && title_first > artist_first {
        ("heading.artist_dash_title", "heading.title_dash_artist")
    } else {
        return;
    };
    for m in found.iter_mut().flat_map(|f| &mut f.mentions) {
        // A drama in brackets sits on the credit's side; a mention that has one was
        // read in the order that put it there.
        if m.order_guessed && m.rule == from && m.drama.is_none() {
            std::mem::swap(&mut m.track, &mut m.artists);
            m.rule = to;
        }
    }
}

/// Whether a phrase reads as a performer's name: a known group, a romanised Korean
/// name (a known surname then one or two syllable words), or names joined by `&`.
fn looks_like_artist(s: &str, tables: &Tables) -> bool {
    let s = s.trim();
    if tables.group(s).is_some() {
        return true;
    }
    s.split(['&', ',']).all(|part| {
        let ws: Vec<&str> = part.split_whitespace().collect();
        match ws.as_slice() {
            [] => false,
            [one] => {
                tables.group(one).is_some()
                    || one.chars().all(|c| c.is_uppercase() || c.is_ascii_digit()) && one.len() > 1
            }
            [first, rest @ ..] => {
                tables.is_surname(first)
                    && rest.len() <= 2
                    && rest
                        .iter()
                        .all(|w| w.chars().next().is_some_and(char::is_uppercase))
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::quotes;

    #[test]
    fn the_suffix_drama_cut_is_the_capture() {
        let tails = [
            " for Goblin",
            " for Goblin.",
            " from Goblin!!",
            " for the drama Goblin ",
            " for the series  Crash Landing on You . ",
            "  from  the drama",
            " for the dramatic Goblin",
            " for the drama .",
            " for the drama   ",
            " for   ",
            " for !",
            " for X . !",
            "\u{a0}for\u{2003}Mr. Sunshine…",
            " for Hotel del Luna OST part 2",
        ];
        for tail in tails {
            let Some(m) = DRAMA_SUFFIX.find(tail) else {
                continue;
            };
            let d = suffix_capture(tail);
            match suffix_drama(m.as_str()) {
                Some(cut) => assert_eq!(cut, d, "{tail:?}"),
                None => assert!(d.trim().is_empty(), "{tail:?}"),
            }
        }
    }

    fn run(line: &str) -> Vec<(String, String, Option<String>, &'static str)> {
        let t = Tables::builtin();
        let qs = quotes::find(line);
        find(line, &qs, &t)
            .or_else(|| heading(line, &qs, &t))
            .unwrap_or_default()
            .into_iter()
            .map(|m| (m.track, m.artists, m.drama, m.rule))
            .collect()
    }

    #[test]
    fn staff_credit_lines_are_not_songs() {
        let t = Tables::builtin();
        for line in [
            "Lyrics by MINO, ZICO",
            "Composed & Arranged by ZICO, Pop Time",
            "Piano by Jeong Dong Han",
            "Mixed by Sing Young Sik",
        ] {
            let qs = crate::rules::quotes::find(line);
            assert!(heading(line, &qs, &t).is_none(), "{line}");
        }
        let line = "Lyrics of Love by Kim Feel";
        let qs = crate::rules::quotes::find(line);
        assert!(heading(line, &qs, &t).is_some());
    }

    #[test]
    fn a_soundtrack_side_is_no_song_even_glued_to_hangul() {
        // Word boundaries are ASCII ones: a Korean word glued to `OST` (no space, as
        // particles and titles often are) still ends before it.
        let t = Tables::builtin();
        for line in ["Music of the Week – Goblin OST", "이 주의 노래 – 도깨비OST"] {
            let qs = crate::rules::quotes::find(line);
            assert!(heading(line, &qs, &t).is_none(), "{line}");
        }
        let line = "이 주의 노래 – 도깨비";
        let qs = crate::rules::quotes::find(line);
        assert!(heading(line, &qs, &t).is_some());
    }

    #[test]
    fn title_dash_artist_pairs_with_for() {
        let r = run(
            "“Flower” – Yoon Mirae and “Here I am Again” – Baek Yerin for Crash Landing on You",
        );
        assert_eq!(r.len(), 2);
        assert_eq!((r[0].0.as_str(), r[0].1.as_str()), ("Flower", "Yoon Mirae"));
        assert_eq!(r[1].2.as_deref(), Some("Crash Landing on You"));
    }

    #[test]
    fn pipes_missing_quotes_and_glued_items() {
        let r = run("“I See You” – Giryeon | “Remembrance – Yeoungeun | Like a Winter’s Dream – Kwak Jineon |");
        let titles: Vec<&str> = r.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(
            titles,
            ["I See You", "Remembrance", "Like a Winter’s Dream"]
        );
        assert_eq!(r[2].2, None);
        let r = run("“Falling in Love – April” | “To Be With You” – MONSTA X Kihyun  “Love or Lies” – Boramiyu for Do Do Sol Sol La La Sol");
        assert_eq!(r.len(), 3);
        assert_eq!(
            (r[0].0.as_str(), r[0].1.as_str(), r[0].3),
            ("Falling in Love", "April", "list.quoted_pair")
        );
        assert_eq!(r[1].1, "MONSTA X Kihyun");
    }

    #[test]
    fn paren_drama_on_item() {
        let r = run("“That Woman” – Baek Ji Young (Secret Garden OST)");
        assert_eq!(r[0].2.as_deref(), Some("Secret Garden"));
        assert_eq!(r[0].1, "Baek Ji Young");
    }

    #[test]
    fn unquoted_headings() {
        let r = run("The Reasons of My Smiles by SEVENTEEN’s BSS (Queen of Tears)");
        assert_eq!(r[0].0, "The Reasons of My Smiles");
        assert_eq!(r[0].2.as_deref(), Some("Queen of Tears"));
        let r = run("5. Baek Ji Young- Don’t Forget");
        assert_eq!(
            (r[0].0.as_str(), r[0].1.as_str()),
            ("Don’t Forget", "Baek Ji Young")
        );
        let r = run("1) Goblin OST Part. 9: Stay With Me (vocal credits: Chanyeol, Punch)");
        assert_eq!(r[0].2.as_deref(), Some("Goblin"));
        assert_eq!(r[0].1, "Chanyeol, Punch");
    }

    #[test]
    fn names_joined_by_and_count_as_one_credit() {
        // Seven words with the `&`, six names' words: still an artist-first heading.
        let r = run("3. Jang Eun Ji & Seo In Guk- All For You");
        assert_eq!(
            (r[0].0.as_str(), r[0].1.as_str(), r[0].3),
            (
                "All For You",
                "Jang Eun Ji & Seo In Guk",
                "heading.artist_dash_title"
            )
        );
        // A long left side is a sentence, not a credit.
        assert!(
            run("4. Some of the very best songs ever written for the screen - a list").is_empty()
        );
    }

    /// `track | artists | rule` of each heading mention of an article after `align_order`.
    fn aligned(text: &str) -> Vec<String> {
        let t = Tables::builtin();
        let lines = crate::segment::lines(text);
        let mut found: Vec<Findings> = lines.iter().map(|l| crate::rules::find(l, &t)).collect();
        align_order(&mut found);
        found
            .iter()
            .flat_map(|f| &f.mentions)
            .map(|m| format!("{} | {} | {}", m.track, m.artists, m.rule))
            .collect()
    }

    #[test]
    fn a_drama_title_with_a_colon_is_no_credit() {
        assert!(run("1. Guardian: The Lonely and Great God (2016)").is_empty());
        assert!(run("2. Night Bus: The Last Stop (2019)").is_empty());
        let r = run("3. Kim Na Ra: Blue Hour (Night Bus)");
        assert_eq!(
            (r[0].0.as_str(), r[0].1.as_str(), r[0].2.as_deref(), r[0].3),
            (
                "Blue Hour",
                "Kim Na Ra",
                Some("Night Bus"),
                "heading.artist_colon_title"
            )
        );
    }

    #[test]
    fn captions_and_page_titles_are_not_songs() {
        assert!(run("Night Bus Episode 1 Preview - K-Drama OSTs by Male Idols").is_empty());
        assert!(run("Night Bus Official Teaser - tvN").is_empty());
        // Words that are only sometimes a caption's stay names (the group Highlight).
        assert_eq!(
            run("2. Highlight - Plz Don't Be Sad")[0].0,
            "Plz Don't Be Sad"
        );
    }

    #[test]
    fn a_list_keeps_one_order() {
        // Two headings show artist first; the one whose sides gave no clue follows them.
        assert_eq!(
            aligned(
                "3. Kim Na Ra - Blue Hour\n\n2. IVORY - Small Rain\n\n1. Mira & Tobi - Paper Sky\n"
            ),
            [
                "Blue Hour | Kim Na Ra | heading.artist_dash_title",
                "Small Rain | IVORY | heading.artist_dash_title",
                "Paper Sky | Mira & Tobi | heading.artist_dash_title",
            ]
        );
        // Title first shown twice: the guess stands.
        assert_eq!(
            aligned("3. Blue Hour - Kim Na Ra\n\n2. Small Rain - Park Ji\n\n1. Paper Sky - Mira & Tobi\n")[2],
            "Paper Sky | Mira & Tobi | heading.title_dash_artist"
        );
    }

    #[test]
    fn one_heading_does_not_set_a_list_order() {
        // `ANDANTE` in capitals reads as a name, but one line is too little to turn the
        // others around.
        assert_eq!(
            aligned("1. 어느 봄날 - 한별\n\n2. 밤의 노래 - 윤서아\n\n3. ANDANTE - 지인\n")[..2],
            [
                "어느 봄날 | 한별 | heading.title_dash_artist",
                "밤의 노래 | 윤서아 | heading.title_dash_artist"
            ]
        );
        // A tie leaves the guesses alone.
        assert_eq!(
            aligned("1. Kim Na Ra - Blue Hour\n\n2. Small Rain - Park Ji\n\n3. Mira & Tobi - Paper Sky\n")[2],
            "Mira & Tobi | Paper Sky | heading.title_dash_artist"
        );
    }

    #[test]
    fn korean_work_artist_song() {
        let r = run("## 1. 《밤버스》 – 한별&윤서아 〈정류장〉");
        assert_eq!(
            (r[0].0.as_str(), r[0].1.as_str(), r[0].2.as_deref()),
            ("정류장", "한별&윤서아", Some("밤버스"))
        );
        // Without the song in single brackets it is no such line.
        assert!(run("《밤버스》 – 한별 정류장")
            .iter()
            .all(|x| x.0 != "정류장"));
    }

    #[test]
    fn drama_part_headings_put_the_artist_first() {
        let r = run("Night Bus OST Part 2: 하늘빛 (Skyblue) – 새벽(Dawn)");
        assert_eq!(
            (r[0].0.as_str(), r[0].1.as_str(), r[0].2.as_deref()),
            ("새벽(Dawn)", "하늘빛 (Skyblue)", Some("Night Bus"))
        );
        // A known performer on the right means the title came first.
        let r = run("Night Bus OST Part 3: Quiet Road – Taeyeon");
        assert_eq!(
            (r[0].0.as_str(), r[0].1.as_str()),
            ("Quiet Road", "Taeyeon")
        );
    }

    #[test]
    fn article_titles_and_bylines_are_not_songs() {
        assert!(run("7 K-Drama OSTs Sung by Male K-pop Idols").is_empty());
        assert!(run("Posted on January 12, 2022 by Rowena").is_empty());
    }

    #[test]
    fn prose_is_not_a_list() {
        assert!(
            run("We love how the OST lineup for Stove League stayed true to the series.")
                .is_empty()
        );
        assert!(
            run("Among these K-Dramas which one is your favorite? We love all of them!").is_empty()
        );
    }
}
