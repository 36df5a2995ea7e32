//! Repair of an article written all in lower case (a forum post, a thread, a Tumblr
//! post): its names are capitalised as an ordinary writer would have written them, so
//! that the name-like runs every later stage relies on are there.
//!
//! Only ASCII letters change case, so every byte span of the line stays where it was.
//! Names are those the tables know (singers, groups, dramas) and those with a Korean
//! personal name's shape (`kang yoo-jin`); a name that is also a common English word
//! (`crush`, `signal`) only where a cue says a name comes (`by crush`, `(signal)`). A
//! list item's title (its first words, to a separator, a bracket, a credit's cue or a
//! sentence's end) and its brackets are names, as any list writes them.
//!
//! ```
//! let t = ostract::Tables::builtin();
//! let line = "1. beautiful by crush from goblin. so calm";
//! assert_eq!(
//!     ostract::read::truecase::recase(line, 3, true, &t),
//!     "1. Beautiful by Crush from Goblin. so calm"
//! );
//! ```

use crate::shape;
use crate::tables::Tables;

/// Words after which a singer's name comes.
const CREDIT_CUES: &[&str] = &["by", "feat.", "feat", "ft.", "ft", "featuring"];

/// Words after a drama's name.
const WORK_WORDS: &[&str] = &["drama", "series", "ep", "episode"];

/// Words after which a name comes: a credit's cue, or `from` and `with`.
fn name_cue(w: &str) -> bool {
    CREDIT_CUES.contains(&w) || matches!(w, "from" | "with")
}

/// Whether the article writes in lower case: fewer than one word in 25 capitalised.
/// English prose capitalises every sentence's first word (one word in 20 or so, a
/// recipe's too) and every name, more than that. All-capital words (`OST`, `SO good`) and `I` are emphasis, no evidence either way.
/// Text mostly in another script (Korean writes its names in Hangul, its few Latin words
/// as they come: `tvN`) is not English written in lower case.
pub fn lowercase_article(text: &str) -> bool {
    // One pass over the bytes: every article is asked.
    let (mut words, mut capitalised, mut latin, mut other) = (0usize, 0usize, 0usize, 0usize);
    let b = text.as_bytes();
    let mut i = 0;
    // The first thousand words tell: an article keeps its register.
    while i < b.len() && words < 1000 {
        let c = b[i];
        if c.is_ascii_alphabetic() {
            let (mut letters, mut caps) = (0, 0);
            while i < b.len() && (b[i].is_ascii_alphabetic() || b[i] == b'\'') {
                letters += usize::from(b[i] != b'\'');
                caps += usize::from(b[i].is_ascii_uppercase());
                i += 1;
            }
            latin += letters;
            // All capitals (`OST`) and `I` say nothing.
            if caps == letters {
                continue;
            }
            words += 1;
            capitalised += usize::from(c.is_ascii_uppercase());
            continue;
        }
        // A character of another script: its UTF-8 lead byte.
        if c >= 0xC0 {
            other += 1;
        }
        i += 1;
    }
    words >= 30 && latin > other * 2 && capitalised * 25 < words
}

/// Whether a lower-case line is a list's item: marked as one, or a short line with a
/// separator between its names (`i miss you — soyou (goblin)`).
pub fn listed(line: &crate::segment::Line) -> bool {
    line.marked
        || line.text.split_whitespace().count() <= 12
            && [" — ", " – ", " - ", " | "]
                .iter()
                .any(|s| line.text.contains(s))
}

/// One word of a line: its byte span, without the punctuation at its ends.
#[derive(Clone, Copy)]
struct Word {
    start: usize,
    end: usize,
    /// Punctuation stands between it and the word before (`a, b`, `(b`, `a) b`).
    apart: bool,
}

fn words(line: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut at = 0;
    let mut closed = true;
    for token in line.split(' ') {
        let start = at;
        at += token.len() + 1;
        let core = token.trim_matches(|c: char| !crate::normalize::is_alnum(c));
        if core.is_empty() {
            closed = true;
            continue;
        }
        let s = start
            + (token.len()
                - token
                    .trim_start_matches(|c: char| !crate::normalize::is_alnum(c))
                    .len());
        out.push(Word {
            start: s,
            end: s + core.len(),
            apart: closed || s > start,
        });
        closed = s + core.len() < start + token.len();
    }
    out
}

/// Capitalises the first letter of each word in `span` written all in lower case.
fn capitalise(bytes: &mut [u8], span: &[Word]) {
    for w in span {
        let word = &mut bytes[w.start..w.end];
        // `tvN`, `iKON`, `10cm` keep their case.
        if word.iter().any(u8::is_ascii_uppercase) || word[0].is_ascii_digit() {
            continue;
        }
        if let Some(b) = word.iter_mut().find(|b| b.is_ascii_alphabetic()) {
            b.make_ascii_uppercase();
        }
    }
}

/// `line` with its names capitalised. `body_from` is where the text starts after a
/// list marker; `listy` when the line is a list's item ([`listed`]: its title and its
/// brackets are names too).
pub fn recase(line: &str, body_from: usize, listy: bool, tables: &Tables) -> String {
    let ws = words(line);
    let mut bytes = line.as_bytes().to_vec();
    let lower = |w: &Word| line[w.start..w.end].starts_with(|c: char| c.is_ascii_lowercase());
    // The last word of the name a credit's cue capitalised last.
    let mut credit_end: Option<usize> = None;
    let mut i = 0;
    while i < ws.len() {
        let cued_before = i > 0 && !ws[i].apart && name_cue(&line[ws[i - 1].start..ws[i - 1].end])
                || ws[i].start > 0 && line[..ws[i].start].ends_with(['(', '['])
                // `glass door — heize`: a list's separator before the name.
                || line[..ws[i].start]
                    .trim_end()
                    .ends_with(['—', '–', '|', '→', ':', '-']);
        // `goblin's`, `start-up ost`: a possessive or a soundtrack's word after the name.
        let cued_after = |n: usize| {
            let end = ws[i + n - 1].end;
            let next = ws
                .get(i + n)
                .filter(|w| !w.apart)
                .map_or("", |w| &line[w.start..w.end]);
            // A soundtrack's word cues any name; `drama` one of two words or more
            // (`last drama` is no drama's name).
            line[end..].starts_with(['\'', '’'])
                || super::pieces::is_ost_word(next)
                || WORK_WORDS.contains(&next) && line[ws[i].start..end].contains([' ', '-'])
        };
        let mut took = 0;
        for n in (1..=4).rev() {
            let Some(span) = ws.get(i..i + n) else {
                continue;
            };
            if span[1..].iter().any(|w| w.apart) || !span.iter().any(lower) {
                continue;
            }
            let text = &line[span[0].start..span[n - 1].end];
            // `red velvet's`: the name without its possessive.
            let text = text
                .strip_suffix("'s")
                .or_else(|| text.strip_suffix("’s"))
                .unwrap_or(text);
            let common = text.split([' ', '-']).all(shape::is_common_word);
            // (Words all common are no romanised person's name: the cheap questions
            // first, as a lowercase article asks them of every word.)
            let person = n >= 2 && !common && {
                let mut cased = text.as_bytes().to_vec();
                capitalise(&mut cased, &words(text));
                std::str::from_utf8(&cased).is_ok_and(|c| shape::romanised_person(c, tables))
            };
            // One or two letters are no name the tables can tell from a word (`w`).
            let short = n == 1 && text.len() < 3;
            // One word is a name only where a cue says so: English has too many words
            // that some drama or singer is named (`palace`, `voice`).
            let single = !text.contains([' ', '-']);
            let known = || tables.is_known_performer(text) || tables.is_drama(text);
            if person || !short && (cued_before || !common && !single || cued_after(n)) && known() {
                capitalise(&mut bytes, span);
                took = n;
                break;
            }
        }
        // `by gaho and …`: after a credit's cue, a word that is no common one is a name.
        let word = |k: usize| &line[ws[k].start..ws[k].end];
        let credit = i > 0 && !ws[i].apart && CREDIT_CUES.contains(&word(i - 1))
            // `start over — gaho (itaewon class)`: a list item's dash before its credit.
            || listy && line[..ws[i].start].trim_end().ends_with(['—', '–'])
            // `by eunji & dojun`, `by chen, baekhyun and xiumin`: the credit's next name.
            || credit_end == Some(i.wrapping_sub(1))
                && matches!(line[ws[i - 1].end..ws[i].start].trim(), "&" | "," | "x" | "×")
            || credit_end == Some(i.wrapping_sub(2))
                && !ws[i].apart
                && matches!(word(i - 1), "and" | "x");
        if credit && took > 0 {
            credit_end = Some(i + took - 1);
        }
        if took == 0 && credit {
            let name = ws[i..]
                .iter()
                .take(3)
                .enumerate()
                .take_while(|(k, w)| {
                    let word = &line[w.start..w.end];
                    // `and it's …`: a contraction is no name.
                    (*k == 0 || !w.apart)
                        && !shape::is_common_word(word)
                        && !word.contains(['\'', '’'])
                })
                .count();
            capitalise(&mut bytes, &ws[i..i + name]);
            took = name;
            if name > 0 {
                credit_end = Some(i + name - 1);
            }
        }
        i += took.max(1);
    }
    if listy {
        // The item's title: the words that open it, to a separator, a bracket, a
        // sentence's end or a credit's cue. Its other names are the tables' and shapes'.
        let body: Vec<&Word> = ws.iter().filter(|w| w.start >= body_from).collect();
        for (k, w) in body.iter().enumerate() {
            let word = &line[w.start..w.end];
            if k > 0
                && (CREDIT_CUES.contains(&word)
                    || super::find::SUNG_BY.contains(&word)
                    || word == "from")
            {
                break;
            }
            // The words a title leaves in lower case, as the lexer joins them into a run
            // (`Lullaby in the Rain`), unless one opens the name (`The Last Page`).
            let opens = k == 0 || w.apart;
            if opens || !super::pieces::joiner(word) {
                capitalise(&mut bytes, std::slice::from_ref(*w));
            }
            let gap = &line[w.end..body.get(k + 1).map_or(line.len(), |n| n.start)];
            if gap.chars().any(|c| !matches!(c, ' ' | ',' | '\'' | '’')) {
                break;
            }
        }
        // A bracket in a list's item holds a name (`(spring rain cafe)`, the drama).
        let mut open = None;
        for (i, c) in line.char_indices().filter(|&(i, _)| i >= body_from) {
            match (c, open) {
                ('(' | '[', _) => open = Some(i),
                (')' | ']', Some(o)) => {
                    let inside: Vec<Word> = ws
                        .iter()
                        .filter(|w| w.start > o && w.end <= i)
                        .copied()
                        .collect();
                    for (k, w) in inside.iter().enumerate() {
                        if k == 0 || !super::pieces::joiner(&line[w.start..w.end]) {
                            capitalise(&mut bytes, std::slice::from_ref(w));
                        }
                    }
                    open = None;
                }
                _ => {}
            }
        }
    }
    // Only ASCII letters changed case: still UTF-8.
    String::from_utf8(bytes).unwrap_or_else(|_| line.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t() -> Tables {
        Tables::builtin()
    }

    #[test]
    fn an_article_in_lower_case_is_told_from_prose() {
        let lower = "ok so here are my comfort songs. running by gaho is the one i keep \
                     coming back to, and the whole start-up soundtrack is SO good. i also \
                     love the goblin songs and everything by heize, ok bye now friends";
        assert!(lowercase_article(lower));
        let prose = "The drama Winter Harbor aired on tvN in 2021. Its soundtrack opened \
                     with “Glass Door” by Park Ha-eun, a ballad that topped the Melon chart \
                     for three weeks. The second part, sung by Mira Dove, followed in March.";
        assert!(!lowercase_article(prose));
        // Too few words to tell.
        assert!(!lowercase_article("via instagram"));
    }

    #[test]
    fn names_the_tables_and_name_shapes_know_are_capitalised() {
        let t = t();
        assert_eq!(
            recase(
                "\"running\" by heize and red velvet's \"future\" ok",
                0,
                false,
                &t
            ),
            "\"running\" by Heize and Red Velvet's \"future\" ok"
        );
        // A Korean personal name's shape, unknown to the tables.
        assert_eq!(
            recase("adding \"proofing\" by seo haneul. yes", 0, false, &t),
            "adding \"proofing\" by Seo Haneul. yes"
        );
        // A name that is a common word only after a cue.
        assert_eq!(
            recase("i have a crush on this song by crush", 0, false, &t),
            "i have a crush on this song by Crush"
        );
        // A drama's name that is common words, before its soundtrack's word.
        assert_eq!(
            recase("the whole start-up ost is a gift", 0, false, &t),
            "the whole Start-up ost is a gift"
        );
        // The credit's next names after a joiner.
        assert_eq!(
            recase("firefly by heize & dojun and minseo", 0, false, &t),
            "firefly by Heize & Dojun and Minseo"
        );
        assert_eq!(
            recase(
                "\"destiny\" by 10cm and it's cute, her last drama",
                0,
                false,
                &t
            ),
            "\"destiny\" by 10cm and it's cute, her last drama"
        );
        // Nothing else changes case.
        let plain = "yes i know there are three songs. no i will not apologize";
        assert_eq!(recase(plain, 0, false, &t), plain);
    }

    #[test]
    fn a_list_items_title_and_brackets_are_names() {
        let t = t();
        assert_eq!(
            recase("♡ lonely night — dana kim (spring rain cafe)", 4, true, &t),
            "♡ Lonely Night — Dana Kim (Spring Rain Cafe)"
        );
        assert_eq!(
            recase(
                "3. the last page (ha min) — the ending. i cried",
                3,
                true,
                &t
            ),
            "3. The Last Page (Ha Min) — the ending. i cried"
        );
        // A credit's cue ends the title, a comma does not.
        assert_eq!(
            recase("love, maybe performed by heize — so good", 0, true, &t),
            "Love, Maybe performed by Heize — so good"
        );
        // An emoji ends the names too.
        assert_eq!(
            recase("1. warm tea 😭 the way it wraps around you", 3, true, &t),
            "1. Warm Tea 😭 the way it wraps around you"
        );
    }
}
