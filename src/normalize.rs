//! Normalisation: one way of writing each drama, track and artist.
//!
//! Every function here is pure: text in, text out. [`key`] is the comparison key of
//! the evaluation rules; [`artist_key`] adds romanisation awareness on top of it.

use crate::per_thread::PerThreadRegex;
use crate::tables::{AliasKind, Tables};
use regex::Regex;
use unicode_normalization::{IsNormalized, UnicodeNormalization};

/// The comparison key: NFKC, case-folded, letters and digits only.
///
/// ```
/// use ostract::normalize::key;
/// assert_eq!(key("Yoon Mi-rae"), "yoonmirae");
/// assert_eq!(key("It’s Okay"), key("it's okay"));
/// ```
pub fn key(s: &str) -> String {
    if s.is_ascii() || s.chars().all(simple_key_char) {
        return simple_key(s);
    }
    let mut k = String::with_capacity(s.len());
    // (Not every character is a plain one: the quick check alone is left to ask.)
    if nfkc_quick(s) {
        push_key(s.chars(), &mut k);
    } else {
        push_key(s.nfkc(), &mut k);
    }
    k
}

/// The key of text of [`simple_key_char`]s only (nearly every name and line), read by
/// its bytes: an ASCII byte keys by [`ASCII_KEY`], and of the others' three bytes,
/// General Punctuation's (lead byte E2) key to nothing and a Hangul syllable's to
/// themselves, copied without decoding the character.
fn simple_key(s: &str) -> String {
    let b = s.as_bytes();
    let mut k = String::with_capacity(b.len());
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        if c.is_ascii() {
            let l = ASCII_KEY[usize::from(c)];
            if l != 0 {
                k.push(char::from(l));
            }
            i += 1;
        } else {
            if c != 0xe2 {
                k.push_str(&s[i..i + 3]);
            }
            i += 3;
        }
    }
    k
}

/// Whether text is in NFKC already, which spares its key the normalisation pass
/// (thousands of instructions a line): plain characters are, which a plain test tells
/// faster than the quick check's table look-ups, and so is nearly all the rest (accented
/// Latin, CJK, middle dots).
fn in_nfkc(s: &str) -> bool {
    s.chars().all(simple_key_char) || nfkc_quick(s)
}

/// The NFKC quick check's yes. It passes ASCII by a plain test and looks every other
/// character up twice; a Hangul syllable or a CJK ideograph, whose answers ASCII's are,
/// is asked as an ASCII letter.
fn nfkc_quick(s: &str) -> bool {
    let ideograph = |c: char| matches!(c, '\u{ac00}'..='\u{d7a3}' | '\u{4e00}'..='\u{9fff}');
    unicode_normalization::is_nfkc_quick(s.chars().map(|c| if ideograph(c) { 'a' } else { c }))
        == IsNormalized::Yes
}

/// Pushes the key of text in NFKC: its letters lowercased and its digits, the plain
/// characters without a case table's search.
fn push_key(chars: impl Iterator<Item = char>, k: &mut String) {
    for c in chars {
        if simple_key_char(c) {
            if let Some(c) = simple_key_of(c) {
                k.push(c);
            }
        } else {
            for l in c.to_lowercase().filter(|&l| is_alnum(l)) {
                k.push(l);
            }
        }
    }
}

/// Whether [`key`] of `s` is not empty, found without building the key (nearly every
/// name is ASCII or Hangul, whose keys need no copy to be seen).
///
/// ```
/// use ostract::normalize::has_key;
/// assert!(has_key("“Go!”") && has_key("사랑") && has_key("Ｇ") && has_key("· Café"));
/// assert!(!has_key(" – ") && !has_key("“…”"));
/// ```
pub fn has_key(s: &str) -> bool {
    if s.is_ascii() {
        return s.bytes().any(|b| ASCII_KEY[usize::from(b)] != 0);
    }
    if in_nfkc(s) {
        return s.chars().any(|c| {
            if simple_key_char(c) {
                simple_key_of(c).is_some()
            } else {
                c.to_lowercase().any(is_alnum)
            }
        });
    }
    !key(s).is_empty()
}

/// Each ASCII byte's key byte: letters lowercased, digits as they are, 0 for the rest,
/// which the key drops.
const ASCII_KEY: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            t[b] = c.to_ascii_lowercase();
        }
        b += 1;
    }
    t
};

/// Whether `c` keys without a normalisation pass: ASCII is its own NFKC form, Hangul
/// syllables are theirs, and General Punctuation (curly quotes, dashes, `…`) holds no
/// letter or digit in its NFKC form.
pub(crate) fn simple_key_char(c: char) -> bool {
    c.is_ascii() || matches!(c, '\u{2000}'..='\u{206f}' | '\u{ac00}'..='\u{d7a3}')
}

/// What a [`simple_key_char`] adds to the key.
fn simple_key_of(c: char) -> Option<char> {
    if c.is_ascii_alphanumeric() {
        Some(c.to_ascii_lowercase())
    } else if !c.is_ascii() && c >= '\u{ac00}' {
        Some(c)
    } else {
        None
    }
}

/// Characters that open or close a quotation, in any script the articles use.
pub const QUOTE_CHARS: &[char] = &[
    '"', '\'', '“', '”', '‘', '’', '„', '‟', '«', '»', '‹', '›', '「', '」', '『', '』', '《',
    '》', '〈', '〉', '<', '>', '`', '´', '″', '＂', '＇',
];

/// Spaces other than the plain one made plain (no-break, thin, ideographic, …) and
/// zero-width characters removed, line breaks and tabs kept: text copied from a web
/// page keeps its `&nbsp;`s, and a name or a credit must read the same across them.
///
/// ```
/// assert_eq!(ostract::normalize::plain_spaces("“Blue\u{a0}Night” –\u{a0}Ari\u{200b}a"), "“Blue Night” – Aria");
/// assert_eq!(ostract::normalize::plain_spaces("a\tb\nc"), "a\tb\nc");
/// ```
pub fn plain_spaces(text: &str) -> std::borrow::Cow<'_, str> {
    let odd = |c: char| {
        c != ' ' && !matches!(c, '\n' | '\r' | '\t') && (c.is_whitespace() || zero_width(c))
    };
    // Such a character outside ASCII is one of these byte sequences, found by a byte
    // search for their lead bytes: most texts hold none (their dashes and curly quotes,
    // E2 80 93–9D, are no such), and skip the decoding of every character.
    let b = text.as_bytes();
    let at = |i: usize| {
        matches!(
            (b[i], b.get(i + 1), b.get(i + 2)),
            (0xC2, Some(0x85 | 0xA0 | 0xAD), _)
                | (0xE1, Some(0x9A), Some(0x80))
                | (0xE2, Some(0x80), Some(0x80..=0x8D | 0xA8 | 0xA9 | 0xAF))
                | (0xE2, Some(0x81), Some(0x9F | 0xA0))
                | (0xE3, Some(0x80), Some(0x80))
                | (0xEF, Some(0xBB), Some(0xBF))
        )
    };
    let may = memchr::memchr3_iter(0xC2, 0xE2, 0xE3, b)
        .chain(memchr::memchr2_iter(0xE1, 0xEF, b))
        .any(at);
    if !may || !text.contains(odd) {
        return text.into();
    }
    text.chars()
        .filter(|&c| !zero_width(c))
        .map(|c| if odd(c) { ' ' } else { c })
        .collect::<String>()
        .into()
}

/// Markdown's bold marks taken off the words they wrap (`**“T”** – A`, `__Mira Dove__`),
/// and italics off a quotation (`*“T”*`): a forum post or a note keeps them as text, and
/// a quote or a name behind a mark reads as no quote and no name. Italics around plain
/// words stay: they set a work's title (`from *Winter Harbor*`), which the reader takes
/// as evidence of a drama. A mark inside a word (`2**3`) or before a space (a `* `
/// bullet) stays.
///
/// ```
/// use ostract::normalize::unemphasised;
/// assert_eq!(unemphasised("**“Glass Door”** – __Mira Dove__ (*“Tide”*)"), "“Glass Door” – Mira Dove (“Tide”)");
/// assert_eq!(unemphasised("from *Winter Harbor*"), "from *Winter Harbor*");
/// assert_eq!(unemphasised("* Glass Door\nsnake__case__name 2**3**4"), "* Glass Door\nsnake__case__name 2**3**4");
/// ```
pub fn unemphasised(text: &str) -> std::borrow::Cow<'_, str> {
    // A bold mark is doubled, an italic one touches a quote: most texts have neither.
    let b = text.as_bytes();
    let marked = memchr::memchr2_iter(b'*', b'_', b).any(|i| {
        matches!(b.get(i + 1), Some(b'*' | b'_' | b'"' | b'\''))
            || b[i] == b'*' && text[i + 1..].starts_with(['“', '‘'])
    });
    if !marked {
        return text.into();
    }
    let word = |ch: Option<char>| ch.is_some_and(is_alnum);
    EMPHASIS.replace_all(text, |c: &regex::Captures| {
        let whole = c.get(0).unwrap();
        let inside = word(text[..whole.start()].chars().next_back())
            || word(text[whole.end()..].chars().next());
        let quotation = c[2].starts_with(QUOTE_CHARS) && c[2].ends_with(QUOTE_CHARS);
        if c[1] != c[3] || inside || &c[1] == "*" && !quotation {
            whole.as_str().to_string()
        } else {
            c[2].to_string()
        }
    })
}

/// A run of one to three `*`, or two `_`, around text that starts and ends with no space,
/// on one line; the closing run is the opening one (checked after the match: the
/// pattern has no backreference).
static EMPHASIS: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(r"(\*\*\*|\*\*|\*|__)([^\s*_](?:[^*\n]*?[^\s*_])?)(\*\*\*|\*\*|\*|__)").unwrap()
});

/// Characters of no width that split a word for a reader but not for the eye.
fn zero_width(c: char) -> bool {
    matches!(
        c,
        '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}'
    )
}

/// Unicode NFC, special spaces made plain, zero-width characters removed, whitespace
/// collapsed and trimmed.
///
/// ```
/// assert_eq!(ostract::normalize::clean("  Stay\u{a0}With \u{200b}Me "), "Stay With Me");
/// ```
pub fn clean(s: &str) -> String {
    if is_clean_ascii(s) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    // Text already in NFC (nearly all of it) skips the composition pass. ASCII, Hangul
    // syllables and General Punctuation (but two spaces) are NFC whatever surrounds
    // them, which a plain test tells faster than the quick check's table lookups.
    if s.chars().all(nfc_alone)
        || unicode_normalization::is_nfc_quick(s.chars()) == IsNormalized::Yes
    {
        push_clean(s.chars(), &mut out);
    } else {
        push_clean(s.nfc(), &mut out);
    }
    out
}

/// Whether a character is in NFC next to any other character (no decomposition, no
/// combining class, composing with nothing): ASCII, Hangul syllables (only a trailing
/// jamo composes with one) and General Punctuation after U+2001.
fn nfc_alone(c: char) -> bool {
    c.is_ascii() || matches!(c, '\u{ac00}'..='\u{d7a3}' | '\u{2002}'..='\u{206f}')
}

/// Whether `s` is printable ASCII with single spaces between words and none at its ends:
/// its own [`clean`] form, as most names are, which a byte loop tells.
fn is_clean_ascii(s: &str) -> bool {
    let mut after_space = true;
    for &b in s.as_bytes() {
        let space = b == b' ';
        if !(0x20..0x7f).contains(&b) || space && after_space {
            return false;
        }
        after_space = space;
    }
    !after_space || s.is_empty()
}

fn push_clean(chars: impl Iterator<Item = char>, out: &mut String) {
    let mut space = false;
    for c in chars {
        match c {
            c if zero_width(c) => {}
            c if c.is_whitespace() || c == '\u{a0}' => space = true,
            c if c.is_control() => space = true,
            c => {
                if space && !out.is_empty() {
                    out.push(' ');
                }
                space = false;
                out.push(c);
            }
        }
    }
}

/// [`clean`], and an apostrophe inside a word made one character whatever the
/// keyboard (`Clockmaker’s` = `Clockmaker's`): the form of normalised names. Quotes
/// around words stay as they are.
///
/// ```
/// assert_eq!(ostract::normalize::tidy(" The Clockmaker’s  ‘Daughter’"), "The Clockmaker's ‘Daughter’");
/// ```
pub fn tidy(s: &str) -> String {
    let s = clean(s);
    let apostrophes = ['’', 'ʼ', '‘', '`', '′'];
    if s.is_ascii() && !s.contains('`') || !s.contains(apostrophes) {
        return s;
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        // Only an apostrophe asks what is around it (a Unicode class lookup per side).
        let inside_word = apostrophes.contains(&c)
            && out.chars().next_back().is_some_and(is_alnum)
            && chars.peek().is_some_and(|&n| is_alnum(n));
        out.push(if inside_word { '\'' } else { c });
    }
    out
}

static SUFFIX: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(
        r"(?xi)
        (?:
            \s*[(\[]\s*(?:inst\.?|instrumental|mr|acoustic\s+ver\.?|piano\s+ver\.?|ver\.?)\s*[)\]]
          | \s*[(\[]\s*(?:19|20)\d\d(?:\s*[-–—~]\s*(?:(?:19|20)\d\d|\d\d))?\s*[)\]]
          | \s*,\s*(?:19|20)\d\d(?:\s*[-–—~]\s*(?:(?:19|20)\d\d|\d\d))?
          | \s*[(\[]\s*(?:a\.?k\.?a\.?|also\s+known\s+as)\s+[^)\]]+[)\]]
          | \s*[(\[]\s*prod(?:uced)?\.?\s+by\s+[^)\]]+[)\]]
          | (?:\s+|\s*[-–—:,(\[]\s*)(?:original\s+(?:sound\s*track|soundtrack)|o\.?s\.?t\.?)(?:\s*(?:part|pt|파트|vol)\.?\s*\d+)?\s*[)\]]?
          | (?:\s+|\s*[(\[]\s*)(?:part|pt|파트)\.?\s*\d+\s*[)\]]?
          | \s*[-–—:]\s*kdrama
        )\s*$",
    )
    .unwrap()
});

/// Strips quote marks and punctuation left at a name's ends.
///
/// ```
/// assert_eq!(ostract::normalize::trim_punct("“Stay With Me,”"), "Stay With Me");
/// assert_eq!(ostract::normalize::trim_punct("Shall We Kiss?"), "Shall We Kiss?");
/// ```
pub fn trim_punct(s: &str) -> String {
    let mut t = s.trim();
    loop {
        let before = t;
        t = t.trim_start_matches(|c: char| {
            QUOTE_CHARS.contains(&c)
                || c.is_whitespace()
                || matches!(
                    c,
                    ',' | ';' | ':' | '|' | '-' | '–' | '—' | '▲' | '△' | '•' | '*' | '·'
                )
        });
        t = t.trim_end_matches(|c: char| {
            QUOTE_CHARS.contains(&c)
                || c.is_whitespace()
                || matches!(c, ',' | ';' | ':' | '|' | '-' | '–' | '—' | '*' | '·')
        });
        // A lone trailing full stop is sentence punctuation, but not after an initial
        // or an ellipsis (`T.Max.` keeps nothing special; `Dr.` stays).
        if t.ends_with('.') && !t.ends_with("..") {
            let body = &t[..t.len() - 1];
            let last = body.rsplit(|c: char| !is_alnum(c)).next().unwrap_or("");
            if last.chars().count() > 2 {
                t = body;
            }
        }
        // Unbalanced brackets at the ends are debris.
        if t.ends_with(')') && t.matches('(').count() < t.matches(')').count() {
            t = &t[..t.len() - 1];
        }
        if t.starts_with('(') && t.matches('(').count() > t.matches(')').count() {
            t = &t[1..];
        }
        if t == before {
            return t.to_string();
        }
    }
}

/// A track or drama name, cleaned: no quotes, trailing punctuation, `OST`, `Part 3`,
/// `(Inst.)` or year.
///
/// ```
/// use ostract::normalize::clean_title;
/// assert_eq!(clean_title("“Flower” "), "Flower");
/// assert_eq!(clean_title("Goblin (2016)"), "Goblin");
/// assert_eq!(clean_title("Goblin, 2016–17"), "Goblin");
/// assert_eq!(clean_title("Goong (a.k.a. Princess Hours), 2006"), "Goong");
/// assert_eq!(clean_title("Secret Garden OST Part 3"), "Secret Garden");
/// assert_eq!(clean_title("Always (Inst.)"), "Always");
/// assert_eq!(clean_title("The Door (Prod. by ZICO)"), "The Door");
/// ```
pub fn clean_title(s: &str) -> String {
    let mut t = trim_punct(&tidy(s));
    loop {
        let Some(suffix) = SUFFIX.find(&t) else {
            return t;
        };
        let stripped = trim_punct(&t[..suffix.start()]);
        if stripped == t || stripped.is_empty() {
            return t;
        }
        t = stripped;
    }
}

/// Whether a name is a streaming site's badge on a track: the album's lead track
/// (`타이틀`, `Title`) or its age rating (`19금`).
///
/// ```
/// use ostract::normalize::is_badge;
/// assert!(is_badge("19금") && is_badge("[타이틀]".trim_matches(['[', ']'])));
/// assert!(!is_badge("Title of Love"));
/// ```
pub fn is_badge(b: &str) -> bool {
    matches!(
        key(b).as_str(),
        "타이틀" | "타이틀곡" | "title" | "titletrack" | "19금"
    )
}

/// A title without a streaming site's badge before or after it (`Starlight [타이틀]`,
/// `[TITLE] Starlight`): the badge marks the album's lead track, no part of its name.
///
/// ```
/// use ostract::normalize::strip_badge;
/// assert_eq!(strip_badge("Starlight [타이틀]"), "Starlight");
/// assert_eq!(strip_badge("[Title] Starlight"), "Starlight");
/// assert_eq!(strip_badge("Title (Acoustic)"), "Title (Acoustic)");
/// assert_eq!(strip_badge("TITLE 너라는 이름의 밤"), "너라는 이름의 밤");
/// assert_eq!(strip_badge("Title of Love"), "Title of Love");
/// ```
pub fn strip_badge(title: &str) -> &str {
    let t = title.trim();
    let badge = is_badge;
    if let Some(body) = t.strip_suffix([']', ')']) {
        if let Some(open) = body.rfind(['[', '(']) {
            if open > 0 && badge(&body[open + 1..]) {
                return body[..open].trim_end();
            }
        }
    }
    if let Some(rest) = t.strip_prefix(['[', '(']) {
        if let Some(close) = rest.find([']', ')']) {
            if badge(&rest[..close]) && !rest[close + 1..].trim().is_empty() {
                return rest[close + 1..].trim_start();
            }
        }
    }
    // `TITLE 너라는 이름의 밤`: the badge's text, in capitals, before the title.
    if let Some(rest) = t
        .strip_prefix("TITLE ")
        .or_else(|| t.strip_prefix("타이틀 "))
    {
        if !rest.trim().is_empty() {
            return rest.trim_start();
        }
    }
    t
}

/// Splits a featured singer's bracket off the end of a title: `Blue Hour (Feat. pH-1)`
/// is the song `Blue Hour`, on which pH-1 sings too.
///
/// ```
/// use ostract::normalize::split_feat;
/// assert_eq!(split_feat("Blue Hour (Feat. pH-1)"), ("Blue Hour", Some("pH-1")));
/// assert_eq!(split_feat("나의 밤 (feat. 제이크)"), ("나의 밤", Some("제이크")));
/// assert_eq!(split_feat("Feather (Acoustic Ver.)"), ("Feather (Acoustic Ver.)", None));
/// ```
pub fn split_feat(title: &str) -> (&str, Option<&str>) {
    let t = title.trim();
    match trailing_bracket(t).and_then(|(head, inner)| Some((head, feat_credit(inner)?))) {
        Some((head, feat)) if !head.is_empty() => (head, Some(feat)),
        _ => (t, None),
    }
}

/// A title's last bracket, round, square or full-width: the text before it and what it
/// holds, each trimmed (the bracket opened last before the end, so a name's own bracket
/// inside it stays whole only when it has none: `Luna (f(x))` gives `x`).
///
/// ```
/// use ostract::normalize::trailing_bracket;
/// assert_eq!(trailing_bracket("Rain Shower (Paul Kim) "), Some(("Rain Shower", "Paul Kim")));
/// assert_eq!(trailing_bracket("비의 노래（백예린）"), Some(("비의 노래", "백예린")));
/// assert_eq!(trailing_bracket("Glass Door [Inst.]"), Some(("Glass Door", "Inst.")));
/// assert_eq!(trailing_bracket("Glass Door"), None);
/// ```
pub fn trailing_bracket(title: &str) -> Option<(&str, &str)> {
    let t = title.trim();
    let (open, close) = [('(', ')'), ('[', ']'), ('（', '）')]
        .into_iter()
        .find(|&(_, c)| t.ends_with(c))?;
    let body = &t[..t.len() - close.len_utf8()];
    let at = body.rfind(open)?;
    Some((body[..at].trim(), body[at + open.len_utf8()..].trim()))
}

/// The credit after a featuring word that opens `s` (`feat. X`, `Ft X`, `featuring X`,
/// `with X`). `with` credits only a name (capitalised, or Hangul): `with strings` is an
/// arrangement.
///
/// ```
/// use ostract::normalize::feat_credit;
/// assert_eq!(feat_credit("Feat. pH-1"), Some("pH-1"));
/// assert_eq!(feat_credit("featuring Kim Bo-kyung "), Some("Kim Bo-kyung"));
/// assert_eq!(feat_credit("with Punch"), Some("Punch"));
/// assert_eq!(feat_credit("duet with 민트"), Some("민트"));
/// assert_eq!(feat_credit("with strings"), None);
/// assert_eq!(feat_credit("Acoustic Ver."), None);
/// ```
pub fn feat_credit(s: &str) -> Option<&str> {
    after_lead(s, &["featuring ", "feat.", "feat ", "ft.", "ft "]).or_else(|| {
        let s = s.trim_start();
        let rest = s
            .strip_prefix("duet ")
            .unwrap_or(s)
            .strip_prefix("with ")?
            .trim();
        rest.starts_with(|c: char| c.is_uppercase() || is_hangul(c))
            .then_some(rest)
    })
}

/// Splits a title with a gloss in parentheses into the title and the gloss, when one
/// side is Hangul and the other is not: `다시 난, 여기 (Here I Am Again)`.
///
/// ```
/// use ostract::normalize::split_gloss;
/// assert_eq!(split_gloss("다시 난, 여기 (Here I Am Again)"), ("다시 난, 여기".to_string(), "Here I Am Again".to_string()));
/// assert_eq!(split_gloss("Satellite (위성)"), ("Satellite".to_string(), "위성".to_string()));
/// assert_eq!(split_gloss("Luna (f(x))").1, "");
/// ```
pub fn split_gloss(title: &str) -> (String, String) {
    let t = title.trim();
    match trailing_bracket(t).filter(|(_, g)| t.ends_with(')') && !g.is_empty()) {
        Some((head, gloss)) if !head.is_empty() && has_hangul(head) != has_hangul(gloss) => {
            (head.to_string(), gloss.to_string())
        }
        _ => (t.to_string(), String::new()),
    }
}

/// A name given twice, in each script, apart by a slash (`Start-Up / 스타트업`): the
/// first. Other names are as they are.
///
/// ```
/// use ostract::normalize::first_of_pair;
/// assert_eq!(first_of_pair("Start-Up / 스타트업"), "Start-Up");
/// assert_eq!(first_of_pair("도깨비 / Goblin"), "도깨비");
/// assert_eq!(first_of_pair("Guardian / Goblin"), "Guardian / Goblin");
/// ```
pub fn first_of_pair(name: &str) -> &str {
    // (Most names have no slash, found by a byte search.)
    if memchr::memchr(b'/', name.as_bytes()).is_none() {
        return name;
    }
    match name.split_once(" / ") {
        Some((a, b))
            if !b.contains(" / ") && has_hangul(a) != has_hangul(b) && has_key(a) && has_key(b) =>
        {
            a.trim()
        }
        _ => name,
    }
}

/// Whether `hay` holds `needle`, ASCII letters in any case (`OST` in `Ost`, `icon` in
/// `Bullet_Icons`): a byte scan, no lowercased copy.
///
/// ```
/// use ostract::normalize::contains_ignore_ascii_case;
/// assert!(contains_ignore_ascii_case("Original SoundTrack", "soundtrack"));
/// assert!(!contains_ignore_ascii_case("sound track", "soundtrack"));
/// ```
pub fn contains_ignore_ascii_case(hay: &str, needle: &str) -> bool {
    hay.as_bytes()
        .windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

/// Whether the text holds any Hangul syllable.
pub fn has_hangul(s: &str) -> bool {
    // Hangul is encoded in UTF-8 with a lead byte of E1 (jamo), E3 (compatibility jamo)
    // or EA to ED (syllables): a byte scan rules out most lines, which have none. It
    // runs as two SIMD searches for three of the bytes each, after an ASCII test that
    // answers most names at a fraction of the searches' set-up cost; a short text (a
    // word, a name with curly quotes) is scanned byte by byte, for less than that cost.
    if s.is_ascii() {
        return false;
    }
    let b = s.as_bytes();
    let may = if b.len() <= 32 {
        b.iter().any(|x| matches!(x, 0xE1 | 0xE3 | 0xEA..=0xED))
    } else {
        memchr::memchr3(0xE1, 0xE3, 0xEA, b).is_some()
            || memchr::memchr3(0xEB, 0xEC, 0xED, b).is_some()
    };
    may && s.chars().any(is_hangul)
}

/// [`char::is_alphanumeric`], answered for Hangul syllables (letters, as most of the
/// Korean text is), Cyrillic's basic letters and the CJK ideographs (whole blocks of
/// letters, in pages in those scripts) and General Punctuation (curly quotes and dashes:
/// no letter or digit there) without its Unicode table search, which costs hundreds of
/// instructions.
pub(crate) fn is_alnum(c: char) -> bool {
    match c {
        '\0'..='\x7f' => c.is_ascii_alphanumeric(),
        '\u{ac00}'..='\u{d7a3}' | '\u{0410}'..='\u{044f}' | '\u{4e00}'..='\u{9fff}' => true,
        '\u{2000}'..='\u{206f}' => false,
        _ => c.is_alphanumeric(),
    }
}

/// Whether a character is a Hangul syllable or jamo.
pub fn is_hangul(c: char) -> bool {
    matches!(c, '\u{ac00}'..='\u{d7a3}' | '\u{1100}'..='\u{11ff}' | '\u{3130}'..='\u{318f}')
}

static SEPARATOR: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(
        r"(?i)\s*(?:,\s*(?:and\s+|&\s*)?|\s&\s|&|\s\+\s|\s+and\s+|(?-i:\s+x\s+)|\s*×\s*|\s*[·‧・/]\s*|\s+(?:feat\.?|ft\.?|featuring|with)\s+|\s*(?:과|와|및)\s+|\s*\(\s*(?:feat\.?|ft\.?|featuring)\s+)\s*",
    )
    .unwrap()
});

/// `Wendy, member of Red Velvet`: an apposition naming the singer's group.
static MEMBER_OF: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(r"(?i),\s*(?:a\s+|the\s+)?(?:member|vocalist|leader|rapper|maknae|singer)\s+of\s+(?:the\s+group\s+)?([^,()]+)$").unwrap()
});

/// A featured singer in brackets (`A (feat. B)`, `A [Feat. B]`): a credit, not a group.
static FEAT_BRACKET: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(r"\s*[(\[]\s*(?:(?i:feat\.?|ft\.?|featuring)\s+([^()\[\]]+)|(?:duet )?with\s+([\p{Lu}\p{Hangul}][^()\[\]]*))[)\]]").unwrap()
});

/// `Part.1 폴킴`, `OST Part 3 Kim Na-young`: the part a singer sang, before the name.
static PART_PREFIX: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(r"(?i)^(?:ost\s*)?(?:part|pt|파트)\s*\.?\s*\d{1,2}[.:,]?\s+").unwrap()
});

/// Korean words that say what a performer is (`가수 A`, `싱어송라이터 B`, `밴드 C`).
pub(crate) const KO_ROLES: &[&str] = &[
    "가수",
    "싱어송라이터",
    "신예",
    "래퍼",
    "배우",
    "그룹",
    "밴드",
    "보컬리스트",
    "보컬",
    "듀오",
];

static ROLE_PREFIX: PerThreadRegex = PerThreadRegex::new(|| {
    // Korean words before a Korean role word say what kind (`혼성 그룹 A`, `발라드 가수 B`,
    // `당시 신인이던 가수 C`).
    Regex::new(&format!(r"(?i)^(?:(?:the|a|an)\s+)?(?:(?:indie|rock|girl|boy|k-pop|kpop|idol|co-ed|duo|trio|vocal|ballad)\s+)*(?:singer(?:-songwriter)?|vocalist|band|group|rapper|duo|trio|unit|artist|musician|member|soloist|(?:\p{{Hangul}}+\s+){{0,3}}(?:{}))\s+", KO_ROLES.join("|"))).unwrap()
});

/// Whether a key is a placeholder for what is not announced or kept secret (`TBA`, `미정`,
/// `추후 공개`, `비공개`): no title and no singer.
pub fn placeholder(key: &str) -> bool {
    matches!(
        key,
        "tba"
            | "tbd"
            | "tbc"
            | "tobeannounced"
            | "tobeconfirmed"
            | "미정"
            | "미공개"
            | "비공개"
            | "추후공개"
    )
}

/// Splits an artist credit into performers and normalises each one.
///
/// Separators are `,`, `&`, `and`, `x`, `×`, `·`, `/`, `feat.`, `ft.`, `featuring`,
/// `with`; a known act whose name holds one stays whole, and nothing inside brackets
/// is split.
///
/// ```
/// let t = ostract::Tables::builtin();
/// use ostract::normalize::split_artists;
/// assert_eq!(split_artists("EXO's Chen and Punch", &t), vec!["Chen (EXO)", "Punch"]);
/// assert_eq!(split_artists("Cho Jung Seok & Jeon Mi Do", &t), vec!["Cho Jung Seok", "Jeon Mi Do"]);
/// assert_eq!(split_artists("MONSTA X Kihyun", &t), vec!["Kihyun (MONSTA X)"]);
/// assert_eq!(split_artists("15&", &t), vec!["15&"]);
/// assert_eq!(split_artists("Kim Min-jae (feat. Lee Ha-na)", &t), vec!["Kim Min-jae", "Lee Ha-na"]);
/// assert_eq!(split_artists("Part.1 김하늘", &t), vec!["김하늘"]);
/// assert_eq!(split_artists("Mira Dove, member of Harbor Lights", &t), vec!["Mira Dove (Harbor Lights)"]);
/// // A band named with a comma, a member of a band the tables need not know.
/// assert_eq!(split_artists("Paper Boat, the Lanterns", &t), vec!["Paper Boat, the Lanterns"]);
/// assert_eq!(split_artists("Kim Do-yoon of Harbor Lights", &t), vec!["Kim Do-yoon (Harbor Lights)"]);
/// assert_eq!(split_artists("Moonbyul of Starline", &t), vec!["Moonbyul (Starline)"]);
/// assert_eq!(split_artists("Light of Dawn", &t), vec!["Light of Dawn"]);
/// // `BIG` is a group, but `Big Harbor` is no member of it: a group prefix is written
/// // as the group writes itself.
/// assert_eq!(split_artists("Big Harbor", &t), vec!["Big Harbor"]);
/// assert_eq!(split_artists("엑소(EXO) 첸-펀치", &t), vec!["첸 (엑소)", "펀치"]);
/// assert_eq!(split_artists("헤이즈X폴킴", &t), vec!["헤이즈", "폴킴"]);
/// assert_eq!(split_artists("Ari X Joon", &t), vec!["Ari", "Joon"]);
/// // A pair glossed in the other script is the pair once.
/// assert_eq!(split_artists("Lee Ha-ram & Park Si-on (이하람 & 박시온)", &t), vec!["Lee Ha-ram", "Park Si-on"]);
/// assert_eq!(split_artists("김세아, 이도윤 (Kim Se-a, Lee Do-yun)", &t), vec!["김세아", "이도윤"]);
/// assert_eq!(split_artists("MONSTA X Shownu", &t), vec!["Shownu (MONSTA X)"]);
/// // A Korean role word and the words that say what kind, before the name.
/// assert_eq!(split_artists("혼성 그룹 패밀리룩", &t), vec!["패밀리룩"]);
/// assert_eq!(split_artists("당시 신인이던 가수 유라", &t), vec!["유라"]);
/// // A group in capitals owns its member, of one word or several.
/// assert_eq!(split_artists("SOLAR BLOOM's Hyejin", &t), vec!["Hyejin (SOLAR BLOOM)"]);
/// assert_eq!(split_artists("Solar Bloom's Hyejin", &t), vec!["Hyejin (Solar Bloom)"]);
/// assert_eq!(split_artists("Kim Ha-na's Mom", &t), vec!["Kim Ha-na's Mom"]);
/// // A Korean group with its Latin name in brackets owns the short name after it; two
/// // Hangul words alone may be one band's name.
/// assert_eq!(split_artists("루미에르(LUMIÈRE) 세아", &t), vec!["세아 (루미에르)"]);
/// assert_eq!(split_artists("소란한 오후", &t), vec!["소란한 오후"]);
/// assert_eq!(split_artists("Kim Do + Lee Ra", &t), vec!["Kim Do", "Lee Ra"]);
/// // A cell's lines joined: the name's gloss in brackets, a guest with its mark.
/// assert_eq!(split_artists("Gummy, (거미)", &t), vec!["Gummy (거미)"]);
/// assert_eq!(split_artists("Kim Na-young, feat. Yang Da-il", &t), vec!["Kim Na-young", "Yang Da-il"]);
/// assert!(split_artists("Various Artists", &t).is_empty());
/// assert!(split_artists("TBA", &t).is_empty() && split_artists("추후 공개", &t).is_empty());
/// assert!(split_artists("비공개", &t).is_empty());
/// // A Korean list's `and others` is no part of its last name.
/// assert_eq!(split_artists("윤서아, 박하은 등", &t), vec!["윤서아", "박하은"]);
/// assert_eq!(split_artists("김하늘 외 2명", &t), vec!["김하늘"]);
/// ```
pub fn split_artists(raw: &str, tables: &Tables) -> Vec<String> {
    split_artists_with(raw, tables, &[])
}

/// [`split_artists`], with `acts` (keys) that the article calls one act whole besides the
/// tables' (`the duo Roo & Bomi`).
///
/// ```
/// use ostract::{normalize::{key, split_artists_with}, Tables};
/// let t = Tables::builtin();
/// let acts = [key("Roo & Bomi")];
/// assert_eq!(split_artists_with("Roo & Bomi", &t, &acts), vec!["Roo & Bomi"]);
/// assert_eq!(split_artists_with("Roo & Bomi feat. Lee Soo", &t, &acts), vec!["Roo & Bomi", "Lee Soo"]);
/// assert_eq!(split_artists_with("Roo & Bomi", &t, &[]), vec!["Roo", "Bomi"]);
/// ```
pub fn split_artists_with(raw: &str, tables: &Tables, acts: &[String]) -> Vec<String> {
    let raw = capital_x(&hangul_hyphens(&tidy(raw)), tables);
    let raw = FEAT_BRACKET.replace_all(&raw, " feat. $1$2");
    let raw = MEMBER_OF.replace(&raw, " ($1)");
    let raw = trim_punct(&raw);
    // `Various Artists`, `V.A.`: a compilation's label, no performer's name; `TBA`,
    // `추후 공개`: a credit not yet announced names none either.
    let k = key(&raw);
    if raw.is_empty()
        || matches!(k.as_str(), "variousartists" | "va" | "various")
        || placeholder(&k)
    {
        return Vec::new();
    }
    // `Lee Ha-ram & Park Si-on (이하람 & 박시온)`: the pair again in the other script.
    let raw = match split_gloss(&raw) {
        (names, gloss) if SEPARATOR.is_match(&gloss) && SEPARATOR.is_match(&names) => names,
        _ => raw,
    };
    if tables.is_act(&raw) || acts.contains(&key(&raw)) {
        return vec![raw];
    }
    // A group after a possessive covers every member before it:
    // "Chang-min & Jin-woon's (2AM)".
    let (raw, shared_group) = split_shared_group(&raw, tables);
    // A group's possessive before the list covers the members no table knows apart:
    // "NOVA's Yena and Dahye", not "EXO's Chen and Punch".
    let leading_group = leading_group(&raw, tables);
    let mut parts = Vec::new();
    for piece in split_outside_brackets(&raw, tables, acts) {
        // `Gummy, (거미)`: a cell's second line, the name again in brackets, glosses it.
        let bracketed = piece.trim().starts_with('(') && piece.trim().ends_with(')');
        if let Some(last) = parts
            .last_mut()
            .filter(|l: &&mut String| bracketed && !l.ends_with(')'))
        {
            last.push_str(&format!(" {}", piece.trim()));
            continue;
        }
        let piece = trim_punct(&piece);
        // `Kim Na-young, feat. Yang Da-il`: the guest's own line keeps its mark.
        let piece = feat_credit(&piece).map_or(piece.clone(), str::to_string);
        if piece.is_empty() {
            continue;
        }
        let mut name = normalize_artist(&piece, tables);
        if let Some(g) = &shared_group {
            if !name.ends_with(')') {
                name = format!("{name} ({g})");
            }
        }
        if let Some(g) = &leading_group {
            if !name.ends_with(')') && !tables.is_known_performer(&name) {
                name = member_of(&name, g, tables);
            }
        }
        if !name.is_empty() && !parts.contains(&name) {
            parts.push(name);
        }
    }
    // `Winter (aespa) and Ningning`: a bare name that is a known member of a group named
    // in the same credit belongs to it.
    let groups: Vec<String> = parts
        .iter()
        .filter(|p| p.ends_with(')'))
        .filter_map(|p| paren_group(p).map(|(_, g)| g.to_string()))
        .collect();
    for p in parts.iter_mut().filter(|p| !p.ends_with(')')) {
        let owners: Vec<&String> = groups.iter().filter(|g| tables.is_member(g, p)).collect();
        if let [g] = owners.as_slice() {
            *p = format!("{p} ({g})");
        }
    }
    parts
}

/// `Chungha X Paul Kim`: a capital `X` between names joins them as `x` does, unless it
/// ends a group's name (`MONSTA X Shownu`).
fn capital_x(s: &str, tables: &Tables) -> String {
    if !s.contains(" X ") {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut last = 0;
    for (i, _) in s.match_indices(" X ") {
        let before = &s[..i];
        let group = before
            .char_indices()
            .filter(|&(j, c)| c == ' ' || j == 0)
            .any(|(j, _)| tables.group(&format!("{} X", before[j..].trim())).is_some());
        out.push_str(&s[last..i]);
        out.push_str(if group { " X " } else { " x " });
        last = i + 3;
    }
    out.push_str(&s[last..]);
    out
}

/// `첸-펀치`, `헤이즈X폴킴`: Hangul names have no hyphens and no Latin `X`, so one between
/// Hangul letters joins two performers (written `·`, a separator, from here on).
fn hangul_hyphens(s: &str) -> String {
    if !s.contains(['-', 'X', 'x']) || !has_hangul(s) {
        return s.to_string();
    }
    let chars: Vec<char> = s.chars().collect();
    chars
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let between =
                i > 0 && chars.get(i + 1).is_some_and(|&n| is_hangul(n)) && is_hangul(chars[i - 1]);
            if matches!(c, '-' | 'X' | 'x') && between {
                '·'
            } else {
                c
            }
        })
        .collect()
}

fn split_shared_group(raw: &str, tables: &Tables) -> (String, Option<String>) {
    static SHARED: PerThreadRegex =
        PerThreadRegex::new(|| Regex::new(r"^(.+?)[’'‘]s?\s*\(([^()]+)\)$").unwrap());
    if let Some(c) = raw.ends_with(')').then(|| SHARED.captures(raw)).flatten() {
        if tables.group(&c[2]).is_some() && SEPARATOR.is_match(&c[1]) {
            return (c[1].to_string(), Some(c[2].trim().to_string()));
        }
    }
    (raw.to_string(), None)
}

/// A name and what its first possessive owns (`NOVA’s Yena and Dahye` → `NOVA`, `Yena and
/// Dahye`), either apostrophe.
pub fn split_possessive(s: &str) -> Option<(&str, &str)> {
    s.split_once("’s ").or_else(|| s.split_once("'s "))
}

/// The group whose possessive opens a list of names (`NOVA's Yena and Dahye`), when the
/// tables know it or it has a group's shape.
fn leading_group(raw: &str, tables: &Tables) -> Option<String> {
    let (group, rest) = split_possessive(raw)?;
    let group = group.trim();
    let named = tables.group(group).is_some() || crate::shape::group_like(group);
    (named && SEPARATOR.is_match(rest)).then(|| group.to_string())
}

/// Splits on separators that are not inside brackets and not inside a known act.
fn split_outside_brackets(raw: &str, tables: &Tables, acts: &[String]) -> Vec<String> {
    // Masking only hides separators, so a credit without any is one piece (most are).
    if !SEPARATOR.is_match(raw) {
        return vec![raw.to_string()];
    }
    // Mask bracketed spans and known acts so the separator regex cannot see into them.
    let mut masked: Vec<char> = raw.chars().collect();
    let mut depth = 0i32;
    // Masks keep every character's byte length, so offsets in the mask are offsets in `raw`.
    let mut out_mask = String::with_capacity(raw.len());
    for c in masked.iter_mut() {
        match *c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            _ if depth > 0 => *c = '_',
            _ => {}
        }
    }
    for (c, orig) in masked.iter().zip(raw.chars()) {
        if *c == '_' && orig != '_' {
            out_mask.extend(std::iter::repeat_n('_', orig.len_utf8()));
        } else {
            out_mask.push(*c);
        }
    }
    let mut masked = out_mask;
    let lower = masked.to_lowercase();
    for act in tables.acts().chain(acts) {
        // Acts are stored as keys; find them by their plain-letter form in the text.
        if let Some(pos) = find_act(&lower, act) {
            let (s, e) = pos;
            let fill: String = masked[s..e]
                .chars()
                .map(|c| {
                    if is_alnum(c) {
                        c.to_string()
                    } else {
                        "_".repeat(c.len_utf8())
                    }
                })
                .collect();
            masked.replace_range(s..e, &fill);
        }
    }
    // `Car, the garden`: a comma before `the` is inside a band's name; a list of singers
    // names no one `the …`.
    let commas: Vec<usize> = masked
        .match_indices(", ")
        .map(|(i, _)| i)
        .filter(|&i| {
            masked[i + 2..]
                .get(..4)
                .is_some_and(|w| w.eq_ignore_ascii_case("the "))
        })
        .collect();
    for i in commas {
        masked.replace_range(i..i + 1, "_");
    }
    let mut out = Vec::new();
    let mut last = 0;
    for m in SEPARATOR.find_iter(&masked) {
        out.push(raw[last..m.start()].to_string());
        last = m.end();
    }
    out.push(raw[last..].to_string());
    out
}

/// Finds a known act (given by its key) in lower-cased text: the shortest span whose
/// key equals the act's key, starting at a word boundary.
fn find_act(lower: &str, act_key: &str) -> Option<(usize, usize)> {
    let first = act_key.chars().next()?;
    lower.char_indices().find_map(|(i, c)| {
        let boundary = i == 0 || !lower[..i].chars().last().is_some_and(is_alnum);
        (c == first && boundary)
            .then(|| act_len_at(&lower[i..], act_key))
            .flatten()
            .map(|n| (i, i + n))
    })
}

/// The byte length of the act `act_key` (a key) that `text` opens with, with the symbols
/// that end its name (`15&`); `None` when `text` opens with no such act.
pub(crate) fn act_len_at(text: &str, act_key: &str) -> Option<usize> {
    let mut k = String::new();
    for (j, d) in text.char_indices() {
        k.extend(d.to_lowercase().filter(|&c| is_alnum(c)));
        if k == act_key {
            let end = j + d.len_utf8();
            // Take in trailing symbols of the act (as in `15&`).
            let tail = text[end..]
                .chars()
                .take_while(|&c| !is_alnum(c) && !c.is_whitespace())
                .map(char::len_utf8)
                .sum::<usize>();
            return Some(end + tail);
        }
        if k.len() > act_key.len() || !act_key.starts_with(&k) {
            return None;
        }
    }
    None
}

/// The rest of `s` after one of `leads` that opens it, matched without case (`Feat. A`,
/// `from the drama D`), trimmed; `None` when none opens it or nothing follows.
pub(crate) fn after_lead<'a>(s: &'a str, leads: &[&str]) -> Option<&'a str> {
    let s = s.trim_start();
    leads
        .iter()
        .find(|l| {
            s.as_bytes()
                .get(..l.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(l.as_bytes()))
        })
        .map(|l| s[l.len()..].trim())
        .filter(|c| !c.is_empty())
}

static POSSESSIVE_MEMBER: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(r"^(?P<g>.+?)(?:[’'‘]s?|\s+members?)(?:\s+members?)?\s+(?P<m>.+)$").unwrap()
});
static POSSESSIVE_MEMBER_LAST: PerThreadRegex =
    PerThreadRegex::new(|| Regex::new(r"^(?P<g>.+)[’'‘]s\s+(?P<m>.+)$").unwrap());
static KO_MEMBER: PerThreadRegex = PerThreadRegex::new(|| {
    // `G의 (멤버) M`, or `G 멤버 M` without the possessive (as `EXO member Chen`).
    Regex::new(r"^(?:(?P<role>(?:그룹|밴드|걸그룹|보이그룹)\s+)(?P<rg>[^의]+?)|(?P<g>[^\s의]+))(?:의\s+(?:(?P<member>멤버|보컬)\s+)?|\s+(?P<bare>멤버|보컬)\s+)(?P<m>[^\s()]+)$")
        .unwrap()
});
static OF_GROUP: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(r"^(?P<m>.+?)\s+(?:of|from)\s+(?:the\s+group\s+)?(?P<g>.+)$").unwrap()
});
/// `Member (GROUP)`: the name before the first bracket and what the brackets hold to
/// the credit's end, as `^(?P<m>[^()]+?)\s*\((?P<g>.+)\)$` captures them (a test holds
/// the two together); the pattern's captures cost thousands of instructions a credit.
fn paren_group(s: &str) -> Option<(&str, &str)> {
    let inner = s.strip_suffix(')')?;
    // The member holds no bracket: the first one opens the group.
    let open = s.find(['(', ')']).filter(|&i| s.as_bytes()[i] == b'(')?;
    let group = inner
        .get(open + 1..)
        .filter(|g| !g.is_empty() && !g.contains('\n'))?;
    let before = &s[..open];
    // The member is as short as the spaces before the bracket allow, one character at least.
    let member = match before.trim_end() {
        "" => before.chars().next().map(|c| &before[..c.len_utf8()])?,
        m => m,
    };
    Some((member, group))
}

/// Normalises one performer's credit: group-member forms become `Member (GROUP)`
/// (`첸 (엑소)` in Hangul), role words are dropped.
///
/// ```
/// let t = ostract::Tables::builtin();
/// use ostract::normalize::normalize_artist;
/// for form in ["EXO's Chen", "Chen of EXO", "EXO Chen", "EXO member Chen", "Chen (EXO)", "Chen(EXO)"] {
///     assert_eq!(normalize_artist(form, &t), "Chen (EXO)", "{form}");
/// }
/// assert_eq!(normalize_artist("V(BTS)", &t), "V (BTS)");
/// assert_eq!(normalize_artist("엑소 첸", &t), "첸 (엑소)");
/// assert_eq!(normalize_artist("밴드 새벽 정류장의 보컬 윤서아", &t), "윤서아 (새벽 정류장)");
/// assert_eq!(normalize_artist("Baek Yerin", &t), "Baek Yerin");
/// assert_eq!(normalize_artist("(지인)", &t), "지인");
/// assert_eq!(normalize_artist("Luna from f(x)", &t), "Luna (f(x))");
/// assert_eq!(normalize_artist("NOVA9's Kim Na Ra", &t), "Kim Na Ra (NOVA9)");
/// assert_eq!(normalize_artist("Jae of ORBIT", &t), "Jae (ORBIT)");
/// assert_eq!(normalize_artist("Mina (미나) of GLOW", &t), "Mina (GLOW)");
/// assert_eq!(normalize_artist("SEOJIN (서진) (OCTAVE)", &t), "SEOJIN (OCTAVE)");
/// assert_eq!(normalize_artist("서진 (SEOJIN) (OCTAVE)", &t), "서진 (OCTAVE)");
/// assert_eq!(normalize_artist("Mom's Kim Na Ra", &t), "Mom's Kim Na Ra");
/// assert_eq!(normalize_artist("Big Bang", &t), "Big Bang");
/// // A unit the tables know by its whole name is no member of its parent group.
/// assert_eq!(normalize_artist("NCT DREAM", &t), "NCT DREAM");
/// assert_eq!(normalize_artist("ROSIE J", &t), "ROSIE J");
/// assert_eq!(normalize_artist("PRISM8 V", &t), "V (PRISM8)");
/// assert_eq!(normalize_artist("Girls’ Generation’s Taeyeon", &t), "Taeyeon (Girls’ Generation)");
/// assert_eq!(normalize_artist("Soyou [Sistar]", &t), "Soyou (Sistar)");
/// assert_eq!(normalize_artist("4위 윤미래", &t), "윤미래");
/// assert_eq!(normalize_artist("새벽별의 멤버 서하", &t), "서하 (새벽별)");
/// assert_eq!(normalize_artist("그룹 새벽별 멤버 서하", &t), "서하 (새벽별)");
/// assert_eq!(normalize_artist("하준 세 사람", &t), "하준");
/// assert_eq!(normalize_artist("Rap: Lil Moon", &t), "Lil Moon");
/// assert_eq!(normalize_artist("NOVA9의 지훈", &t), "지훈 (NOVA9)");
/// assert_eq!(normalize_artist("PRISM8 태오", &t), "태오 (PRISM8)");
/// assert_eq!(normalize_artist("LUMINA Yeseul", &t), "Yeseul (LUMINA)");
/// assert_eq!(normalize_artist("ECHOLINE members Dohyun", &t), "Dohyun (ECHOLINE)");
/// assert_eq!(normalize_artist("JTBC 김하늘", &t), "JTBC 김하늘");
/// ```
pub fn normalize_artist(raw: &str, tables: &Tables) -> String {
    let s = trim_punct(name_edges(&trim_punct(&tidy(raw))));
    // `4위 윤미래`: a chart's rank before the name.
    let s = match s.split_once(' ') {
        Some((rank, rest))
            if rank.strip_suffix('위').is_some_and(|n| {
                !n.is_empty() && n.len() <= 3 && n.bytes().all(|b| b.is_ascii_digit())
            }) =>
        {
            rest.trim().to_string()
        }
        _ => s,
    };
    // `윤서아, 박하은 등`, `김하늘 외 2명`: a Korean list's `and others` after the last name.
    static AND_OTHERS: PerThreadRegex =
        PerThreadRegex::new(|| Regex::new(r"\s+(?:등|외(?:\s*\d+\s*(?:명|인|팀))?)$").unwrap());
    let s = match AND_OTHERS.find(&s) {
        Some(m) if m.start() > 0 && has_hangul(&s[..m.start()]) => s[..m.start()].to_string(),
        _ => s,
    };
    // `Rap: Lil Moon` (of `Vocal: A / Rap: B`): a part's label before its singer.
    let s = match s.split_once([':', '：']) {
        Some((part, name))
            if !name.trim().is_empty()
                && matches!(
                    part.trim().to_lowercase().as_str(),
                    "rap"
                        | "vocal"
                        | "vocals"
                        | "chorus"
                        | "feat"
                        | "featuring"
                        | "랩"
                        | "보컬"
                        | "코러스"
                        | "피처링"
                ) =>
        {
            name.trim().to_string()
        }
        _ => s,
    };
    // `하준 세 사람`: the count of the singers listed before, no part of a name.
    let s = match s.rsplit_once(' ').and_then(|(rest, w)| {
        let (names, n) = rest.rsplit_once(' ')?;
        (matches!(w, "사람" | "명")
            && matches!(n, "두" | "세" | "네" | "다섯" | "여섯")
            && !names.trim().is_empty())
        .then(|| names.trim().to_string())
    }) {
        Some(name) => name,
        None => s,
    };
    // `Soyou [Sistar]`: a group in square brackets is one in round ones.
    let s = match s.strip_suffix(']').and_then(|r| r.rsplit_once('[')) {
        Some((m, g)) if !m.trim().is_empty() && !g.contains(['[', ']']) => {
            format!("{} ({g})", m.trim_end())
        }
        _ => s,
    };
    // `(지인)`: a name written wholly in brackets is the name.
    let s = match s.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
        Some(inner) if !inner.contains(['(', ')']) && !inner.trim().is_empty() => {
            inner.trim().to_string()
        }
        _ => s,
    };
    // `그룹 멜로망스의 김민석`: Korean possessive of a group, said to be one by `그룹`,
    // or known to be one.
    let ko_member = s.contains('의') || s.contains(" 멤버 ") || s.contains(" 보컬 ");
    if let Some(c) = ko_member.then(|| KO_MEMBER.captures(&s)).flatten() {
        // With `그룹`/`밴드` the group's name may have spaces (`밴드 에이프릴 세컨드의 보컬 김경희`).
        if let Some(g) = c.name("rg") {
            return member_of(&c["m"], g.as_str(), tables);
        }
        // `루미너스의 멤버 서하`: the member word says the group is one; so do capitals
        // (`NOVA9의 지훈`).
        if tables.group(&c["g"]).is_some()
            || c.name("member").is_some()
            || c.name("bare").is_some()
            || is_capitals_act(&c["g"])
        {
            return member_of(&c["m"], &c["g"], tables);
        }
    }
    let s = match PART_PREFIX.find(&s) {
        Some(m) => s[m.end()..].to_string(),
        None => s,
    };
    let s = match ROLE_PREFIX.find(&s) {
        Some(m) => s[m.end()..].to_string(),
        None => s,
    };
    if let Some(c) = tables.alias(AliasKind::Artist, &s) {
        return c.to_string();
    }
    // `Luna from f(x)`: a known group after `of`/`from`, brackets in its name or not.
    let of = s.contains(" of ") || s.contains(" from ");
    if let Some(c) = of.then(|| OF_GROUP.captures(&s)).flatten() {
        // `Oh Hyuk of Hyukoh`: a person's name, then a band the tables need not know,
        // capitalised and short (not `Kim Soo Hyun of Queen of Tears`, a role's drama).
        let g = &c["g"];
        // `Moonbyul of Starline`: a stage name of one word, likewise.
        let m = &c["m"];
        let band = g.split_whitespace().count() <= 3
            && g.split_whitespace()
                .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
            && tables.drama_canonical(g).is_none()
            && (crate::shape::stage_name(m) || crate::shape::romanised_person(m, tables));
        // `Jae of ORBIT`, `Yerin of PASTEL ROOM`: a group written in capitals owns a
        // short capitalised name.
        let capitals = g.split(' ').all(is_capitals_act)
            && c["m"].split_whitespace().count() <= 3
            && c["m"].starts_with(|c: char| c.is_uppercase());
        if tables.group(g).is_some() || band || capitals {
            return member_of(&c["m"], g, tables);
        }
    }
    if let Some((m, g)) = group_before_member(&s) {
        return member_of(m, g, tables);
    }
    // `SEOJIN (서진) (OCTAVE)`: a gloss of the name before its group's bracket.
    let s = match s.strip_suffix(')').and_then(|r| r.rsplit_once('(')) {
        Some((before, g)) if !g.contains(['(', ')']) && before.trim_end().ends_with(')') => {
            match split_gloss(before) {
                (m, gloss) if !gloss.is_empty() && !m.contains(['(', ')']) => {
                    format!("{m} ({})", g.trim())
                }
                _ => s,
            }
        }
        _ => s,
    };
    let paren = s.contains('(');
    if let Some(c) = (paren && s.ends_with(')'))
        .then(|| paren_group(&s))
        .flatten()
    {
        let (m, g) = (c.0.trim(), c.1.trim());
        // `엑소(EXO) 첸` style: a group with its other-script name, member after.
        if tables.group(g).is_some() {
            return member_of(m, g, tables);
        }
        return format!("{m} ({g})");
    }
    let possessive = s.contains(['’', '\'', '‘']) || s.contains(" member");
    // The first possessive, or the last (`Girls’ Generation’s Taeyeon`: a group whose
    // name ends in an apostrophe).
    for re in [&POSSESSIVE_MEMBER, &POSSESSIVE_MEMBER_LAST] {
        if let Some(c) = possessive.then(|| re.captures(&s)).flatten() {
            // `SOLAR BLOOM’s Hyejin`: a group in capitals, of one word or several;
            // `Hexa Bloom's Yuna`: a capitalised name's one-word member (not a person's
            // or a known drama's: `Kim Ha-na's Mom`, `Goblin's Eun-tak`).
            let (g, m) = (&c["g"], &c["m"]);
            // (With its `’s`: `Girls’ Generation` is a name whole.)
            let titled = s
                .strip_prefix(g)
                .is_some_and(|r| r.starts_with("'s ") || r.starts_with("’s "))
                && g.split(' ').count() <= 3
                && g.split(' ')
                    .all(|w| w.starts_with(|c: char| c.is_uppercase()))
                && crate::shape::stage_name(m)
                && m.chars().skip(1).all(|c| c.is_lowercase())
                && !crate::shape::romanised_person(g, tables)
                && tables.drama_canonical(g).is_none()
                && !tables.is_known_performer(g);
            if tables.group(g).is_some() || g.split(' ').all(is_capitals_act) || titled {
                return member_of(m, g, tables);
            }
        }
    }
    // `엑소(EXO) 첸`
    static GROUP_PAREN_MEMBER: PerThreadRegex = PerThreadRegex::new(|| {
        Regex::new(r"^(?P<g>[^()]+?)\s*\([^()]+\)\s+(?P<m>[^()]+)$").unwrap()
    });
    if let Some(c) = paren.then(|| GROUP_PAREN_MEMBER.captures(&s)).flatten() {
        if tables.group(&c["g"]).is_some() {
            return member_of(&c["m"], &c["g"], tables);
        }
    }
    // `MONSTA X Kihyun`, `엑소 첸`: the longest known group name as a prefix, unless the
    // whole name is a known act (`Big Bang` is not a member of a group `Big`).
    if tables.is_known_performer(&s) {
        return s;
    }
    // The spaces between the words, each splitting a prefix off: the longest first.
    let spaces: Vec<usize> = s.match_indices(' ').map(|(i, _)| i).collect();
    for (n, &at) in spaces.iter().enumerate().rev() {
        let (g, m) = (&s[..at], &s[at + 1..]);
        if tables.group(g).is_some() && tables.group(m).is_none() && spaces.len() - n <= 4 {
            let known = tables.is_member(g, m);
            // A bare prefix is a group only when the rest is a known member or reads as a
            // name (capitalised, or Hangul).
            // The group must be written as it writes itself: `Big Naughty` is a rapper,
            // not a member of `BIG`.
            let as_written = !g.is_ascii() || tables.group(g).is_some_and(|c| c == g);
            let looks_like_name = as_written
                && m.chars().count() >= 2
                && m.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || is_hangul(c));
            if known || looks_like_name {
                return member_of(m, g, tables);
            }
        }
    }
    // `PRISM8 태오`: a group in capitals the tables need not know (a digit in it, or five
    // letters or more: no broadcaster's), before one Hangul or given name.
    if let Some((g, m)) = s.split_once(' ') {
        // `PRISM8 Taeo` too: one capitalised given name.
        // (`ELLIE J`: one letter is the name's initial, but `PRISM8 V` a member's.)
        let shortest = if g.bytes().any(|b| b.is_ascii_digit()) {
            1
        } else {
            2
        };
        let given = (shortest..=12).contains(&m.len())
            && m.starts_with(|c: char| c.is_ascii_uppercase())
            && m.chars()
                .skip(1)
                .all(|c| c.is_ascii_lowercase() || c == '-');
        let member = (1..=4).contains(&m.chars().count()) && m.chars().all(is_hangul) || given;
        if member && is_capitals_act(g) && (g.len() >= 5 || g.bytes().any(|b| b.is_ascii_digit())) {
            return member_of(m, g, tables);
        }
    }
    // `루미에르(LUMIÈRE) 세아`: a Korean page writes an idol as her group's name with its
    // Latin name in brackets, then her one- or two-syllable name. (Without the bracket,
    // two Hangul words are as often one band's name: `먼데이 키즈`.)
    if let Some((g, m)) = s.rsplit_once(' ') {
        let (g, latin) = split_gloss(g);
        let hangul = |w: &str| !w.is_empty() && w.chars().all(is_hangul);
        if hangul(&g)
            && latin.chars().any(|c| c.is_alphabetic())
            && !has_hangul(&latin)
            && hangul(m)
            && m.chars().count() <= 2
            && !crate::shape::hangul_person(&g, tables)
        {
            return member_of(m, &g, tables);
        }
    }
    s
}

/// A credit cut from a sentence keeps the sentence's words at its edges (`and Ji Chang
/// Wook`, `was Kim Yoon Ah`, `Jo Jung Suk again`): lower-case words before the first or
/// after the last capitalised word of a name in letters go. A name written wholly in
/// lower case (`aespa`, `jjeong`) has no capitalised word and is left as it is, and so
/// are the words in its brackets.
///
/// ```
/// use ostract::normalize::name_edges;
/// assert_eq!(name_edges("and Ji Chang Wook"), "Ji Chang Wook");
/// assert_eq!(name_edges("Jo Jung Suk again"), "Jo Jung Suk");
/// assert_eq!(name_edges("Car, the Garden"), "Car, the Garden");
/// assert_eq!(name_edges("Car, the garden"), "Car, the garden");
/// assert_eq!(name_edges("aespa"), "aespa");
/// assert_eq!(name_edges("pH-1"), "pH-1");
/// assert_eq!(name_edges("Baek Yerin (백예린)"), "Baek Yerin (백예린)");
/// assert_eq!(name_edges("the Lanterns"), "the Lanterns");
/// ```
pub fn name_edges(name: &str) -> &str {
    let head = name.find(['(', '[']).unwrap_or(name.len());
    let words: Vec<(usize, &str)> = name[..head]
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .filter(|(_, w)| !w.is_empty())
        .collect();
    let lower = |w: &str| w.bytes().all(|b| b.is_ascii_lowercase());
    let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    let (Some(first), Some(last)) = (
        words.iter().position(|(_, w)| capital(w)),
        words.iter().rposition(|(_, w)| capital(w)),
    ) else {
        return name;
    };
    // Only lower-case words are cut: a digit or a sign at an edge is part of the name,
    // and so is a band's `the` (`the Lanterns`, `Car, the garden`).
    let cut = |ws: &[(usize, &str)]| ws.iter().all(|(_, w)| lower(w) && *w != "the");
    if !cut(&words[..first])
        || !cut(&words[last + 1..])
        || head < name.len() && last + 1 < words.len()
    {
        return name;
    }
    let start = words[first].0;
    let end = match words.get(last + 1) {
        Some((at, _)) => at - 1,
        None => name.len(),
    };
    name[start..end].trim_end()
}

/// Whether a possessor written in capitals (`ZEROBASEONE's Kim Tae-rae`) reads as an
/// act: groups the tables do not know own their members the same way.
pub fn is_capitals_act(name: &str) -> bool {
    name.len() >= 3
        && name.chars().any(|c| c.is_ascii_uppercase())
        && name
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
}

/// A group written before its member's given name, and the two (member first): a group
/// in capitals before a romanised given name (`LILAC ROOM Seo-a`, `ORBIT9 Taeon`), or a
/// Hangul group of four syllables or more before one or two (`소울펀치 태오`; a person's
/// full name is some three syllables).
///
/// ```
/// let t = ostract::tables::Tables::builtin();
/// let name = |s: &str| ostract::normalize::normalize_artist(s, &t);
/// assert_eq!(name("LILAC ROOM Seo-a"), "Seo-a (LILAC ROOM)");
/// assert_eq!(name("소울펀치 태오"), "태오 (소울펀치)");
/// assert_eq!(name("KBS Choir"), "KBS Choir");
/// assert_eq!(name("VELVET NINE"), "VELVET NINE");
/// assert_eq!(name("미니멀한 비트"), "미니멀한 비트");
/// assert_eq!(name("파랑새 극장"), "파랑새 극장");
/// assert_eq!(name("김 하늘"), "김 하늘");
/// ```
fn group_before_member(s: &str) -> Option<(&str, &str)> {
    let (g, m) = s.trim().rsplit_once(' ')?;
    let syllables = |w: &str| w.chars().filter(|c| is_hangul(*c)).count();
    let capitals = g
        .split(' ')
        .all(|w| is_capitals_act(w) && !crate::read::find::is_network(w))
        && m.chars().skip(1).any(|c| c.is_lowercase())
        && (crate::shape::given_name(m) || crate::shape::hyphenated_given(m));
    // (Not a phrase: `브릭스의 민호`, `미니멀한 비트` end the first word in a particle.)
    let hangul = !g.contains(' ')
        && syllables(g) >= 4
        && syllables(g) == g.chars().count()
        && !g.ends_with([
            '의', '은', '는', '이', '가', '을', '를', '한', '과', '와', '도',
        ])
        && (1..=2).contains(&syllables(m))
        && syllables(m) == m.chars().count();
    (capitals || hangul).then_some((m, g))
}

pub(crate) fn member_of(member: &str, group: &str, tables: &Tables) -> String {
    // `Mina (미나) of GLOW`: the member's name in the other script is a gloss, not a
    // part of the credit.
    let member = split_gloss(&trim_punct(member)).0;
    let group = trim_punct(group);
    // The group as the article writes it (`AOA의 지민` → `지민 (AOA)`, `엑소 첸` →
    // `첸 (엑소)`), except that a romanised member takes the group's romanised name.
    let display = if has_hangul(&member) {
        group.clone()
    } else if has_hangul(&group) {
        tables.group(&group).cloned().unwrap_or(group.clone())
    } else {
        group.clone()
    };
    format!("{member} ({display})")
}

/// The romanisation-aware key of an artist: surname spellings unified, syllable
/// spacing and hyphens ignored. Given names are never reordered.
///
/// ```
/// let t = ostract::Tables::builtin();
/// use ostract::normalize::artist_key;
/// assert_eq!(artist_key("Yoon Mi-rae", &t), artist_key("Yun Mirae", &t));
/// assert_ne!(artist_key("Kim Jae Hwan", &t), artist_key("Kim Hwan Jae", &t));
/// ```
pub fn artist_key(name: &str, tables: &Tables) -> String {
    let (person, group) = match paren_group(name) {
        Some((m, g)) => (m.to_string(), key(g)),
        None => (name.to_string(), String::new()),
    };
    let words: Vec<&str> = person.split_whitespace().collect();
    let mut k = String::new();
    if words.len() >= 2 && words.len() <= 4 {
        if let Some(s) = tables.surname(&key(words[0])) {
            k.push_str(s);
            for w in &words[1..] {
                k.push_str(&key(w));
            }
        }
    }
    if k.is_empty() {
        k = key(&person);
    }
    if !group.is_empty() {
        k.push('|');
        k.push_str(&group);
    }
    k
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ascii_shortcut_of_clean_is_the_full_cleaning() {
        for s in [
            "Stay With Me",
            "",
            " ",
            " lead",
            "trail ",
            "two  spaces",
            "tab\there",
            "line\nbreak",
            "bell\u{7}",
            "del\u{7f}",
            "a",
            "~!@#$%^&*()_+{}|:<>?`-=[];',./",
        ] {
            let mut full = String::new();
            push_clean(s.chars(), &mut full);
            assert_eq!(clean(s), full, "{s:?}");
        }
    }

    /// The key's definition, without the shortcut for plain text.
    fn key_by_definition(s: &str) -> String {
        s.nfkc()
            .flat_map(char::to_lowercase)
            .filter(|&c| is_alnum(c))
            .collect()
    }

    #[test]
    fn the_plain_text_shortcut_of_key_keeps_its_definition() {
        let plain = (0u32..0x80)
            .chain(0x2000..0x2070)
            .chain((0xac00..=0xd7a3).step_by(97))
            .filter_map(char::from_u32);
        for c in plain {
            let s = format!("Ab{c}9{c}");
            assert_eq!(key(&s), key_by_definition(&s), "U+{:04X}", c as u32);
        }
        // Text in NFKC already, and text that is not (`e` and its accent, `Ｇ`, `ﬁ`).
        for s in [
            "It’s Okay – “Part 2”…",
            "도깨비 OST ‘Stay’",
            "Yoon Mi-rae",
            "Café · 太陽の末裔 · ÀÉÎ",
            "Cafe\u{301} Ｇ ﬁne ①",
        ] {
            assert_eq!(key(s), key_by_definition(s), "{s}");
        }
    }

    #[test]
    fn characters_nfc_alone_pass_the_quick_check_beside_any_other() {
        let alone: Vec<char> = (0..=0x10ffff)
            .filter_map(char::from_u32)
            .filter(|&c| nfc_alone(c))
            .collect();
        for &c in &alone {
            let q = unicode_normalization::is_nfc_quick([c, 'a', c].into_iter());
            assert_eq!(q, IsNormalized::Yes, "U+{:04X}", c as u32);
        }
        // Hangul syllables stay what they are beside each other and beside ASCII.
        let s: String = alone.iter().step_by(97).collect();
        assert_eq!(s.nfc().collect::<String>(), s);
    }

    #[test]
    fn syllables_and_ideographs_answer_the_nfkc_quick_check_as_ascii_does() {
        // A starter its NFKC form keeps: the quick check answers of it what it answers of
        // an ASCII letter, whatever surrounds it.
        for c in ('\u{ac00}'..='\u{d7a3}').chain('\u{4e00}'..='\u{9fff}') {
            assert_eq!(
                unicode_normalization::char::canonical_combining_class(c),
                0,
                "U+{:04X}",
                c as u32
            );
            let q = unicode_normalization::is_nfkc_quick(std::iter::once(c));
            assert_eq!(q, IsNormalized::Yes, "U+{:04X}", c as u32);
        }
    }

    proptest::proptest! {
        #[test]
        fn plain_spaces_changes_what_a_char_by_char_pass_changes(
            s in "[a “”–—가\u{a0}\u{2009}\u{200b}\u{3000}\u{feff}\u{ad}\u{2028}\u{85}\u{1680}\u{205f}\u{2060}\n\t]{0,16}"
        ) {
            let naive: String = s
                .chars()
                .filter(|&c| !zero_width(c))
                .map(|c| if c != ' ' && !matches!(c, '\n' | '\r' | '\t') && c.is_whitespace() { ' ' } else { c })
                .collect();
            proptest::prop_assert_eq!(plain_spaces(&s), naive);
        }

        #[test]
        fn paren_group_captures_as_its_pattern(s in "[ab (\t\n\u{3000}가)]{0,12}") {
            let pattern = Regex::new(r"^(?P<m>[^()]+?)\s*\((?P<g>.+)\)$").unwrap();
            let want = pattern.captures(&s).map(|c| (c.name("m").unwrap().as_str(), c.name("g").unwrap().as_str()));
            proptest::prop_assert_eq!(paren_group(&s), want);
        }
    }

    #[test]
    fn is_alnum_is_is_alphanumeric() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn the_byte_scan_of_has_hangul_misses_no_hangul() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let s = format!("“a{c}”");
            assert_eq!(has_hangul(&s), is_hangul(c), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn a_group_named_in_a_credit_covers_its_other_members() {
        let t = Tables::builtin();
        assert_eq!(
            split_artists("Winter (aespa) and Ningning", &t),
            ["Winter (aespa)", "Ningning (aespa)"]
        );
        // A group's possessive before a list covers the names no table knows apart.
        assert_eq!(
            split_artists("NOVELLA's Riun and Haeol", &t),
            ["Riun (NOVELLA)", "Haeol (NOVELLA)"]
        );
        assert_eq!(
            split_artists("EXO's Chen and Punch", &t),
            ["Chen (EXO)", "Punch"]
        );
        // A name that is not a member of that group stays bare.
        assert_eq!(
            split_artists("Chen (EXO) and Punch", &t),
            ["Chen (EXO)", "Punch"]
        );
    }
}
