//! Finding quoted spans in a line, in every quote style the articles use.
//!
//! The hard part is the single quote, which is also the apostrophe: `’` is a closing
//! quote only when it is not between two Latin letters (`Winter’s`, `It’s`), and `‘`
//! opens a quote only after a non-letter.

/// A quoted span within a line; offsets are byte offsets into the line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// Offset of the opening mark.
    pub open: usize,
    /// Offset of the first byte after the closing mark (or the span's end when unclosed).
    pub end: usize,
    /// The inner text's range.
    pub inner: (usize, usize),
    /// Whether a closing mark was found.
    pub closed: bool,
    /// Whether the marks are single quotes (titles in Korean text, nicknames in English).
    pub single: bool,
}

impl Quote {
    /// The inner text.
    pub fn text<'a>(&self, line: &'a str) -> &'a str {
        &line[self.inner.0..self.inner.1]
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Family {
    Double,
    Single,
    Corner,
    WhiteCorner,
    Angle,
    AngleSingle,
    Guillemet,
    GuillemetSingle,
    Lt,
    Backtick,
}

fn opener(c: char) -> Option<Family> {
    Some(match c {
        '“' | '"' | '„' | '＂' => Family::Double,
        '‘' | '\'' | '’' | '＇' => Family::Single,
        '「' => Family::Corner,
        '『' => Family::WhiteCorner,
        '《' => Family::Angle,
        '〈' => Family::AngleSingle,
        '«' => Family::Guillemet,
        '‹' => Family::GuillemetSingle,
        '<' => Family::Lt,
        '`' => Family::Backtick,
        _ => return None,
    })
}

fn closes(f: Family, c: char) -> bool {
    match f {
        Family::Double => matches!(c, '”' | '"' | '“' | '＂'),
        // A left mark as a closing quote is a common typo (`‘OK‘`).
        Family::Single => matches!(c, '’' | '\'' | '‘' | '＇'),
        Family::Corner => c == '」',
        Family::WhiteCorner => c == '』',
        Family::Angle => c == '》',
        Family::AngleSingle => c == '〉',
        Family::Guillemet => c == '»',
        Family::GuillemetSingle => c == '›',
        Family::Lt => c == '>',
        Family::Backtick => matches!(c, '`' | '´' | '\''),
    }
}

fn is_latin_letter(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphabetic() && !crate::normalize::is_hangul(c) && (c as u32) < 0x2000)
}

/// The longest a quoted title runs before an unclosed quote is given up on.
const MAX_QUOTE: usize = 160;

/// Finds the quoted spans of a line, left to right, without nesting.
///
/// ```
/// use ostract::rules::quotes::find;
/// let line = "Kevin Oh’s “Falling Slow” and ‘It’s You’";
/// let q = find(line);
/// assert_eq!(q.len(), 2);
/// assert_eq!(q[0].text(line), "Falling Slow");
/// assert_eq!(q[1].text(line), "It’s You");
/// ```
pub fn find(line: &str) -> Vec<Quote> {
    let mut out = Vec::new();
    // An opener starts with one of these bytes: an ASCII mark, or the lead byte of the
    // others (which no continuation byte equals, so a hit is a character's start).
    let may_open = |b: &u8| matches!(b, b'"' | b'\'' | b'<' | b'`' | 0xC2 | 0xE2 | 0xE3 | 0xEF);
    let mut pos = 0;
    while let Some(k) = line.as_bytes()[pos..].iter().position(may_open) {
        let at = pos + k;
        let c = line[at..].chars().next().expect("a character starts here");
        pos = at + c.len_utf8();
        let Some(fam) = opener(c) else {
            continue;
        };
        let prev = line[..at].chars().next_back();
        let next = line[pos..].chars().next();
        let can_open = match fam {
            Family::Single | Family::Double | Family::Backtick => {
                !is_latin_letter(prev)
                    && !prev.is_some_and(|p| p.is_ascii_digit())
                    && next.is_some_and(|n| !n.is_whitespace())
                    // `’` opens only after a space or a slash (`‘Home’/ ’Why’`).
                    && (c != '’' || prev.is_none_or(|p| p.is_whitespace() || p == '/'))
            }
            // `<` opens a title only when it is not a comparison (`a < b`).
            Family::Lt => next.is_some_and(|n| !n.is_whitespace()),
            _ => true,
        };
        if !can_open {
            continue;
        }
        let start = pos;
        let mut found = None;
        let mut before = c;
        let mut rest = line[start..].char_indices().peekable();
        while let Some((off, d)) = rest.next() {
            if off > MAX_QUOTE {
                break;
            }
            if closes(fam, d) {
                let after = rest.peek().map(|&(_, a)| a);
                let apostrophe = matches!(fam, Family::Single)
                    && (is_latin_letter(Some(before)) || before.is_ascii_digit())
                    && is_latin_letter(after);
                // A left mark closes only at a word end (`‘OK‘`, `“Title“`); before a
                // word it opens the next title, and this quote was never closed.
                let wrong_left = matches!(d, '‘' | '“') && after.is_some_and(char::is_alphanumeric);
                if wrong_left {
                    break;
                }
                if !apostrophe && off > 0 {
                    found = Some((start + off, d));
                    break;
                }
            }
            before = d;
        }
        match found {
            Some((p, d)) => {
                out.push(Quote {
                    open: at,
                    end: p + d.len_utf8(),
                    inner: (start, p),
                    closed: true,
                    single: matches!(fam, Family::Single),
                });
                pos = p + d.len_utf8();
            }
            None => {
                if fam == Family::Double || fam == Family::Single && c == '‘' {
                    // An unclosed quote: the span runs to the next separator.
                    let rest = &line[start..];
                    let stop = rest
                        .find(['|', '“', '"', '\n'])
                        .unwrap_or(rest.len())
                        .min(MAX_QUOTE.min(rest.len()));
                    let stop = (0..=stop)
                        .rev()
                        .find(|&k| rest.is_char_boundary(k))
                        .unwrap_or(0);
                    if stop > 0 {
                        out.push(Quote {
                            open: at,
                            end: start + stop,
                            inner: (start, start + stop),
                            closed: false,
                            single: fam == Family::Single,
                        });
                    }
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(line: &str) -> Vec<&str> {
        find(line).iter().map(|q| q.text(line)).collect()
    }

    #[test]
    fn curly_and_straight() {
        assert_eq!(
            texts("“Flower” – Yoon Mirae and \"Mind\" - Kevin"),
            ["Flower", "Mind"]
        );
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert_eq!(texts("Winter’s song and It’s Okay"), Vec::<&str>::new());
        assert_eq!(texts("Artist‘s “Title”"), ["Title"]);
    }

    #[test]
    fn korean_brackets_and_particles() {
        assert_eq!(
            texts("드라마 ‘화유기’의 OST 《도깨비》 〈Stay〉"),
            ["화유기", "도깨비", "Stay"]
        );
        assert_eq!(
            texts("'앤드 아임 히어(And I'm here)'를"),
            ["앤드 아임 히어(And I'm here)"]
        );
    }

    #[test]
    fn unclosed_runs_to_separator() {
        let line = "“Remembrance – Yeoungeun | Like a Dream";
        let q = find(line);
        assert!(!q[0].closed);
        assert_eq!(q[0].text(line).trim(), "Remembrance – Yeoungeun");
    }

    #[test]
    fn wrong_left_closer() {
        assert_eq!(texts("‘OK (prod. by Gray)‘ and"), ["OK (prod. by Gray)"]);
    }

    #[test]
    fn comparisons_are_not_titles() {
        assert!(texts("if a < b then").is_empty());
    }
}
