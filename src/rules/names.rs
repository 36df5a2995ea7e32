//! Finding where a performer credit starts and ends in running text.
//!
//! Names are runs of capitalised or stylised words (`Baek Ji Young`, `T.Max`, `iKON`,
//! `Chen (EXO)`), joined by list separators (`,`, `and`, `&`, `x`, `feat.`, `with`) only
//! when another name follows.

use crate::normalize::is_hangul;
use crate::tables::Tables;

/// Capitalised words that begin sentences or phrases and are never part of a name.
const STOP: &[&str] = &[
    "A",
    "An",
    "And",
    "As",
    "At",
    "Also",
    "After",
    "All",
    "Among",
    "Another",
    "Before",
    "But",
    "By",
    "Both",
    "Check",
    "Each",
    "Even",
    "Every",
    "For",
    "From",
    "Give",
    "Here",
    "Her",
    "His",
    "However",
    "I",
    "If",
    "In",
    "Is",
    "It",
    "Its",
    "Just",
    "Like",
    "Listen",
    "Meanwhile",
    "More",
    "My",
    "No",
    "Not",
    "Now",
    "OST",
    "OSTs",
    "Of",
    "On",
    "Once",
    "One",
    "Or",
    "Our",
    "Plus",
    "She",
    "He",
    "So",
    "Some",
    "Still",
    "The",
    "Their",
    "Then",
    "There",
    "These",
    "They",
    "Them",
    "This",
    "That",
    "Those",
    "Though",
    "Thanks",
    "To",
    "Too",
    "Two",
    "Three",
    "Unlike",
    "We",
    "What",
    "When",
    "Where",
    "While",
    "Who",
    "Why",
    "With",
    "Yet",
    "You",
    "Your",
    "Drama",
    "Song",
    "Track",
    "Singer",
    "K-Drama",
    "K-drama",
    "K-pop",
    "Part",
    "Episode",
    "Video",
    "Photo",
    "Source",
    "Lyrics",
    "Written",
    "Composed",
    "Produced",
];

/// Lowercase words allowed inside a name (`Kim Ji-won of the band`, `Paul van`).
pub(crate) fn is_stop(w: &str) -> bool {
    STOP.contains(&w)
}

/// Whether a word (without surrounding punctuation) can be part of a performer's name.
pub fn is_name_word(w: &str) -> bool {
    let Some(first) = w.chars().next() else {
        return false;
    };
    if is_hangul(first) {
        return true;
    }
    if first.is_uppercase() {
        return true;
    }
    if first.is_ascii_digit() {
        // `2AM`, `10cm`, `4MEN`, `15&`: digits then letters.
        return w.chars().any(|c| c.is_alphabetic());
    }
    // Stylised lowercase starts: `iKON`, `f(x)`, `eAeon`.
    w.chars().skip(1).any(|c| c.is_uppercase()) || w == "f(x)"
}

/// A word with its byte range in the text.
#[derive(Debug, Clone, Copy)]
struct Word<'a> {
    start: usize,
    text: &'a str,
}

fn words(s: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        if c.is_whitespace() {
            if let Some(st) = start.take() {
                out.push(Word {
                    start: st,
                    text: &s[st..i],
                });
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(st) = start {
        out.push(Word {
            start: st,
            text: &s[st..],
        });
    }
    out
}

fn core(w: &str) -> &str {
    w.trim_matches(|c: char| {
        matches!(
            c,
            ',' | '.' | ';' | ':' | '!' | '?' | '”' | '“' | '"' | '‘' | '’' | '\'' | '–' | '—'
        )
    })
}

const SEPARATORS: &[&str] = &[
    "and",
    "&",
    "x",
    "×",
    "·",
    "feat.",
    "feat",
    "ft.",
    "featuring",
    "with",
    "ft",
];

/// An artist run that goes on into a clause (`Kim Feel closes it.`) cut where the
/// names end; a run of names (with separators, `of GROUP`, a bracketed drama) is kept
/// whole.
///
/// ```
/// use ostract::rules::names::cut_clause;
/// let t = ostract::Tables::builtin();
/// assert_eq!(cut_clause(" Kim Feel closes it.", &t), " Kim Feel");
/// assert_eq!(cut_clause(" Chen of EXO and Punch (Goblin OST)", &t), " Chen of EXO and Punch (Goblin OST)");
/// ```
pub fn cut_clause<'a>(a: &'a str, tables: &Tables) -> &'a str {
    let head = &a[..a.find('(').unwrap_or(a.len())];
    let clause = head.split_whitespace().any(|w| {
        let c = core(w);
        c.chars().next().is_some_and(char::is_lowercase)
            && !is_name_word(c)
            && !SEPARATORS.contains(&c)
            && !matches!(c, "of" | "from" | "member" | "feat")
    });
    match credit_after(head, tables) {
        Some(n) if clause => &head[..n],
        _ => a,
    }
}

/// Whether the whole of `s` is one credit, with no words after the names.
///
/// ```
/// let t = ostract::Tables::builtin();
/// assert!(ostract::rules::names::is_credit("Kim Na Ra & Seo Tae", &t));
/// assert!(!ostract::rules::names::is_credit("Kim Na Ra is back", &t));
/// ```
pub fn is_credit(s: &str, tables: &Tables) -> bool {
    credit_after(s, tables).is_some_and(|n| n == s.len())
}

/// The length in bytes of the performer credit at the start of `s` (after leading
/// spaces), or `None` when no name starts there. The credit ends before a lowercase
/// word, sentence punctuation, or a separator not followed by another name.
///
/// ```
/// use ostract::rules::names::credit_after;
/// let t = ostract::Tables::builtin();
/// let s = " T.Max,  the iconic";
/// assert_eq!(&s[..credit_after(s, &t).unwrap()].trim(), &"T.Max");
/// let s = " Jung Yong Hwa of CNBLUE is also";
/// assert_eq!(&s[..credit_after(s, &t).unwrap()].trim(), &"Jung Yong Hwa of CNBLUE");
/// let s = " Chen (EXO) x Punch (Descendants of the Sun OST)";
/// assert_eq!(&s[..credit_after(s, &t).unwrap()].trim(), &"Chen (EXO) x Punch");
/// ```
pub fn credit_after(s: &str, tables: &Tables) -> Option<usize> {
    let ws = words(s);
    let mut end = None;
    let mut i = 0;
    let mut in_name = false;
    while i < ws.len() {
        let w = ws[i];
        let c = core(w.text);
        // A bracketed group right after a name: `Chen (EXO)`, `Kwon Jung Yeol (10cm)`.
        if in_name && w.text.starts_with('(') {
            let close = (i..ws.len()).find(|&k| ws[k].text.contains(')'));
            match close {
                Some(k)
                    if k - i < 4
                        && tables
                            .group(
                                ws[i..=k]
                                    .iter()
                                    .map(|w| w.text)
                                    .collect::<Vec<_>>()
                                    .join(" ")
                                    .trim_matches(|c| c == '(' || c == ')' || c == ',' || c == '.'),
                            )
                            .is_some() =>
                {
                    end = Some(ws[k].start + ws[k].text.find(')').unwrap() + 1);
                    i = k + 1;
                    continue;
                }
                _ => break,
            }
        }
        if in_name && (c == "of" || c == "from") && i + 1 < ws.len() {
            // `Jung Yong Hwa of CNBLUE`: only a known group may follow.
            if let Some(n) = group_at(&ws[i + 1..], tables) {
                let last = ws[i + n];
                end = Some(last.start + core_end(last.text));
                i += n + 1;
                if ends_clause(last.text) {
                    break;
                }
                continue;
            }
            break;
        }
        if in_name && (SEPARATORS.contains(&c) || c == "member") && w.text == c {
            // A separator continues the credit only when a name follows.
            if ws
                .get(i + 1)
                .is_some_and(|n| is_name_word(core(n.text)) && !is_stop(core(n.text)))
                && !next_is_quote(&ws, i + 1)
            {
                in_name = false;
                i += 1;
                continue;
            }
            break;
        }
        // `The Black Skirts`: a determiner may open a name when one follows.
        let opens_name = !in_name
            && NAME_DETERMINERS.contains(&c)
            && ws.get(i + 1).is_some_and(|n| {
                let nc = core(n.text);
                is_name_word(nc) && !is_stop(nc)
            });
        if !is_name_word(c) || (!in_name && is_stop(c) && !opens_name) || c.is_empty() {
            break;
        }
        in_name = true;
        end = Some(w.start + core_end(w.text));
        if ends_clause(w.text) {
            if w.text.ends_with(',')
                && ws.get(i + 1).is_some_and(|n| {
                    let nc = core(n.text);
                    (is_name_word(nc) && !is_stop(nc)) || nc == "and"
                })
                && !next_is_quote(&ws, i + 1)
            {
                in_name = false;
                i += 1;
                if ws.get(i).is_some_and(|n| core(n.text) == "and") {
                    i += 1;
                }
                continue;
            }
            break;
        }
        i += 1;
    }
    end
}

fn next_is_quote(ws: &[Word], i: usize) -> bool {
    ws.get(i)
        .is_some_and(|w| w.text.starts_with(['“', '"', '‘', '\'']))
}

fn core_end(w: &str) -> usize {
    let trimmed = w.trim_end_matches(|c: char| {
        matches!(
            c,
            ',' | ';' | ':' | '!' | '?' | '”' | '"' | '’' | '\'' | '–' | '—'
        )
    });
    // Keep a final period that belongs to an abbreviation (`T.Max.` is rare; `Jr.` common).
    let trimmed = if trimmed.ends_with('.')
        && trimmed[..trimmed.len() - 1]
            .chars()
            .filter(|c| c.is_alphabetic())
            .count()
            > 2
        && !trimmed[..trimmed.len() - 1].contains('.')
    {
        &trimmed[..trimmed.len() - 1]
    } else {
        trimmed
    };
    trimmed.len()
}

fn ends_clause(w: &str) -> bool {
    let t = w.trim_end_matches(['”', '"', '’', '\'', ')']);
    t.ends_with([',', ';', ':', '!', '?']) || (t.ends_with('.') && core_end(w) < t.len())
}

/// How many words at the start form a known group name (up to three words).
fn group_at(ws: &[Word], tables: &Tables) -> Option<usize> {
    (1..=ws.len().min(3)).rev().find(|&n| {
        let name: Vec<&str> = ws[..n].iter().map(|w| core(w.text)).collect();
        tables.group(&name.join(" ")).is_some()
    })
}

/// The byte offset where the performer credit ending at the end of `s` starts (for a
/// possessive `NAME’s`), or `None` when `s` does not end with a name.
///
/// ```
/// use ostract::rules::names::credit_before;
/// let s = "We also included Kevin Oh";
/// assert_eq!(&s[credit_before(s).unwrap()..], "Kevin Oh");
/// let s = "As such, Sondia";
/// assert_eq!(&s[credit_before(s).unwrap()..], "Sondia");
/// let s = "the song by BTS member V";
/// assert_eq!(&s[credit_before(s).unwrap()..], "BTS member V");
/// ```
pub fn credit_before(s: &str) -> Option<usize> {
    let ws = words(s);
    let mut start = None;
    let mut k = ws.len();
    let mut count = 0;
    while k > 0 {
        let w = ws[k - 1];
        let c = core(w.text);
        // A group in brackets before the possessive: `Yang Yo Seob (Highlight)`.
        if start.is_none() && w.text.ends_with(')') {
            let open = (0..k).rev().find(|&j| ws[j].text.starts_with('('));
            if let Some(j) = open {
                if k - j <= 3 && j > 0 {
                    start = Some(ws[j].start);
                    k = j;
                    continue;
                }
            }
            if w.text.contains('(') && !w.text.starts_with('(') {
                // `V(BTS)` glued.
                start = Some(w.start);
                k -= 1;
                count += 1;
                continue;
            }
            break;
        }
        if start.is_some()
            && (c == "member" || c == "of")
            && k >= 2
            && is_name_word(core(ws[k - 2].text))
        {
            k -= 1;
            continue;
        }
        if start.is_some()
            && ["and", "&", "x"].contains(&c)
            && k >= 2
            && is_name_word(core(ws[k - 2].text))
            && !is_stop(core(ws[k - 2].text))
        {
            k -= 1;
            continue;
        }
        if !is_name_word(c) || is_stop(c) || (start.is_some() && ends_clause(w.text)) || count >= 6
        {
            break;
        }
        if w.text.len() != c.len() && start.is_none() && !w.text.ends_with(')') {
            // Punctuation glued to the last word (`Sondia,`) is not a possessive base.
            if !w.text.ends_with(c) {
                break;
            }
        }
        start = Some(w.start + w.text.find(c).unwrap_or(0));
        count += 1;
        k -= 1;
    }
    // `The Black Skirts’`: an article opening the text or a clause before a name
    // belongs to it (nobody writes "The Sondia’s").
    if start.is_some() && k > 0 && NAME_DETERMINERS.contains(&ws[k - 1].text) {
        let opens = k == 1
            || ends_clause(ws[k - 2].text)
            || !ws[k - 2].text.chars().any(char::is_alphabetic);
        if opens {
            start = Some(ws[k - 1].start);
        }
    }
    start
}

/// The capitalised article that begins act names (`The Black Skirts`, `The Rose`).
const NAME_DETERMINERS: &[&str] = &["The"];

#[cfg(test)]
mod tests {
    use super::*;

    fn after(s: &str) -> Option<String> {
        let t = Tables::builtin();
        credit_after(s, &t).map(|n| s[..n].trim().to_string())
    }

    #[test]
    fn stops_at_lowercase_and_punctuation() {
        assert_eq!(
            after(" Baek Ji Young a listen here!").as_deref(),
            Some("Baek Ji Young")
        );
        assert_eq!(after(" SHINee, and more.").as_deref(), Some("SHINee"));
        assert_eq!(after(" the band").as_deref(), None);
    }

    #[test]
    fn joins_listed_names() {
        assert_eq!(
            after(" Cho Jung Seok & Jeon Mi Do | next").as_deref(),
            Some("Cho Jung Seok & Jeon Mi Do")
        );
        assert_eq!(
            after(" Luna, Choi Yi and Punch are").as_deref(),
            Some("Luna, Choi Yi and Punch")
        );
    }

    #[test]
    fn does_not_run_into_next_title() {
        assert_eq!(after(" Seventeen, “Lilili”").as_deref(), Some("Seventeen"));
    }

    #[test]
    fn before_rejects_lowercase() {
        assert_eq!(credit_before("the band"), None);
    }
}
