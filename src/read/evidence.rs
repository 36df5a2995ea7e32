//! Evidence: how much a span reads as a drama, a performer or a song title, from
//! independent signals (the name tables, the shape of the name, its words). No single
//! signal decides; the layouts and the decision add them up.

use crate::normalize::{has_hangul, is_hangul, key};
use crate::read::pieces::is_ost_word;
use crate::tables::Tables;

/// Words that name what a thing is rather than the thing (`song`, `drama`, `singer`).
const ROLE_WORDS: &[&str] = &[
    "song", "songs", "track", "tracks", "single", "ballad", "drama", "dramas", "series",
    "show", "singer", "singers", "band", "group", "album", "lyrics", "video", "mv", "ost",
    "soundtrack", "chart", "episode", "part", "official", "audio", "teaser", "trailer",
    "kdrama", "k-drama", "드라마", "가수", "노래", "그룹", "앨범", "곡", "음원", "뮤직비디오",
];

/// Evidence that `name` is a performer, 0–1: a known act or member, a Korean personal
/// name's shape (romanised or Hangul), a group-like name (capitals, digits, symbols).
///
/// ```
/// let t = ostract::Tables::builtin();
/// assert!(ostract::read::evidence::performer(&t, "EXO") >= 0.9);
/// assert!(ostract::read::evidence::performer(&t, "Kim Seo-yeon") >= 0.6);
/// assert_eq!(ostract::read::evidence::performer(&t, "Crash Into Me"), 0.0);
/// ```
pub fn performer(tables: &Tables, name: &str) -> f32 {
    let name = name.trim();
    if name.is_empty() || key(name).is_empty() {
        return 0.0;
    }
    // A credit list (`A & B`, `A, B`, `A ft. B`) is as good as its best-known part.
    let parts = split_credit(name);
    if parts.len() > 1 {
        let scores: Vec<f32> = parts.iter().map(|p| one_performer(tables, p)).collect();
        let min = scores.iter().cloned().fold(1.0, f32::min);
        let max = scores.iter().cloned().fold(0.0, f32::max);
        return (0.5 * min + 0.5 * max).min(1.0);
    }
    one_performer(tables, name)
}

fn one_performer(tables: &Tables, name: &str) -> f32 {
    let name = name.trim();
    // `Chen (EXO)`, `Soyou [Sistar]`, `첸(엑소)`: the group in brackets.
    let (bare, group) = match name.find(['(', '[']) {
        Some(i) if i > 0 && name.ends_with([')', ']']) => (name[..i].trim(), Some(&name[i + 1..name.len() - 1])),
        _ => (name, None),
    };
    if tables.knows_performer(bare) || tables.knows_performer(name) {
        return 1.0;
    }
    if group.is_some_and(|g| tables.knows_performer(g)) {
        return 0.9;
    }
    // `EXO's Chen`, `BTS member V`, `엑소 첸`: a group before the member.
    let words: Vec<&str> = bare.split_whitespace().collect();
    if words.len() >= 2 && tables.group(words[0]).is_some() {
        return 0.9;
    }
    let mut s: f32 = 0.0;
    if romanised_person(tables, bare) {
        s = s.max(0.75);
    }
    if hangul_person(bare) {
        s = s.max(0.6);
    }
    if group_like(bare) {
        s = s.max(0.5);
    }
    if group.is_some() && s > 0.0 {
        s = (s + 0.15).min(1.0);
    }
    s
}

/// Splits a credit on the joiners between names: `,`, `&`, `and`, `x`, `×`, `ft.`,
/// `feat.`, `with`, `·`, `과/와`.
pub fn split_credit(s: &str) -> Vec<&str> {
    let mut parts = vec![s];
    for sep in [
        ", ", " & ", " and ", " x ", " X ", " × ", " ft. ", " ft ", " feat. ", " feat ",
        " featuring ", " with ", "·", "‧", " and", ",",
    ] {
        parts = parts
            .into_iter()
            .flat_map(|p| p.split(sep))
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
    }
    parts
}

/// A romanised Korean personal name: a surname, then one or two given-name syllable
/// groups, spaced, hyphenated or joined (`Kim Seo-yeon`, `Kim Seo Yeon`, `Kim Seoyeon`).
pub fn romanised_person(tables: &Tables, s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    if !(2..=3).contains(&words.len()) {
        return false;
    }
    let capital = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    if !words.iter().all(capital) || words.iter().any(|w| w.chars().any(|c| !c.is_alphabetic() && c != '-')) {
        return false;
    }
    let surname_first = tables.is_surname(words[0]);
    let surname_last = tables.is_surname(words[words.len() - 1]);
    let given = |ws: &[&str]| ws.iter().all(|w| w.len() <= 8 && w.split('-').all(syllables));
    surname_first && given(&words[1..]) || surname_last && given(&words[..words.len() - 1])
}

/// Whether a word reads as one or two romanised Korean syllables (`yeon`, `seoyeon`).
fn syllables(w: &str) -> bool {
    let w = w.to_ascii_lowercase();
    let onset = ["kk", "tt", "pp", "ss", "jj", "ch", "g", "k", "n", "d", "t", "r", "l", "m", "b", "p", "s", "j", "h", ""];
    let vowel = ["yeo", "yae", "wae", "woo", "yoo", "eui", "ae", "ya", "eo", "yo", "yu", "eu", "ui", "wa", "wo", "we", "wi", "oe", "ee", "oo", "ye", "a", "e", "i", "o", "u"];
    let coda = ["ng", "n", "m", "l", "k", "p", "t", "r", ""];
    fn go(s: &str, left: usize, o: &[&str], v: &[&str], c: &[&str]) -> bool {
        if s.is_empty() {
            return left < 2;
        }
        if left == 0 {
            return false;
        }
        for on in o {
            let Some(r) = s.strip_prefix(on) else { continue };
            for vw in v {
                let Some(r) = r.strip_prefix(vw) else { continue };
                for cd in c {
                    if let Some(r) = r.strip_prefix(cd) {
                        if go(r, left - 1, o, v, c) {
                            return true;
                        }
                    }
                }
            }
        }
        false
    }
    !w.is_empty() && go(&w, 2, &onset, &vowel, &coda)
}

/// Common Korean surnames, for Hangul personal names.
const HANGUL_SURNAMES: &str = "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부가복태목형피두감음빈동온호범좌";

/// A Hangul personal name: a surname and two syllables (`김하늘`), or a two-syllable
/// surname and one or two (`남궁민`); two syllables alone are as often a word (`하루`).
pub fn hangul_person(s: &str) -> bool {
    let cs: Vec<char> = s.chars().collect();
    (3..=4).contains(&cs.len())
        && cs.iter().all(|c| is_hangul(*c))
        && (HANGUL_SURNAMES.contains(cs[0]) || cs.len() == 4 && ["남궁", "선우", "제갈", "황보", "독고"].iter().any(|p| s.starts_with(p)))
}

/// A group-like name: capitals, digits or symbols in a short name (`ONEUS`, `15&`,
/// `(G)I-DLE`, `2AM`), not a capitalised common word (`OST`, `MV`, `THE`).
pub fn group_like(s: &str) -> bool {
    let s = s.trim();
    if s.is_empty() || s.split_whitespace().count() > 3 || is_ost_word(s) {
        return false;
    }
    let upper = ["MV", "TV", "THE", "AND", "OST", "KBS", "SBS", "MBC", "JTBC", "TVN", "OCN", "ENA", "EP", "CD", "PD", "DJ", "BGM", "HD", "US", "UK", "KST", "I", "A", "II", "III", "IV", "NOTE", "NEW", "HOT", "TOP", "BEST"];
    if upper.contains(&s) {
        return false;
    }
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    let caps = s.chars().filter(|c| c.is_uppercase()).count();
    let digits = s.chars().any(|c| c.is_ascii_digit());
    let mixed = s.chars().skip(1).any(char::is_uppercase) && s.chars().any(char::is_lowercase) && !s.contains(' ');
    letters >= 2 && caps * 10 >= letters * 8 && letters <= 14
        || digits && letters >= 1 && s.len() <= 8
        || mixed && letters <= 10
}

/// Evidence that `name` is a drama title, 0–1: the tables (English, Hangul, aliases).
pub fn drama(tables: &Tables, name: &str) -> f32 {
    let n = name.trim();
    if key(n).is_empty() {
        return 0.0;
    }
    if tables.drama_canonical(n).is_some() {
        return 1.0;
    }
    0.0
}

/// Whether a span reads as a sentence or a phrase about the song rather than a name: a
/// role word (`song`, `drama`), or mostly lowercase words.
pub fn not_a_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.is_empty() {
        return true;
    }
    let lower = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .count();
    let role = words
        .iter()
        .any(|w| ROLE_WORDS.contains(&w.to_lowercase().trim_matches(|c: char| !c.is_alphanumeric())));
    // `The 9-part`: nothing capitalised after an article is no name.
    let uncapitalised = !has_hangul(s) && !words.iter().skip_while(|w| ["The", "A", "An"].contains(w)).any(|w| w.chars().any(char::is_uppercase));
    // Version tags (`Inst.`, `Acoustic Ver.`) and dates (`January 12, 2022`) are no names.
    let tag = words.iter().any(|w| ["Inst.", "Inst", "Instrumental", "Ver.", "Version", "MR", "Remix"].contains(&w.trim_matches(|c: char| c == '(' || c == ')'))) && words.len() <= 3;
    const MONTHS: &[&str] = &["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    let date = words.iter().any(|w| MONTHS.contains(&w.trim_end_matches(','))) && words.iter().any(|w| w.trim_end_matches(',').len() == 4 && w.trim_end_matches(',').chars().all(|c| c.is_ascii_digit()));
    role || uncapitalised || tag || date || words.len() > 12 || !has_hangul(s) && words.len() >= 3 && lower * 2 > words.len()
}

/// Evidence that a span is a song title: a short name-like phrase, not a known performer
/// or drama, not a sentence.
pub fn title(tables: &Tables, s: &str) -> f32 {
    let t = s.trim();
    if key(t).is_empty() || t.split_whitespace().count() > 10 {
        return 0.0;
    }
    let mut v: f32 = 0.5;
    if not_a_name(t) {
        v -= 0.4;
    }
    if tables.knows_performer(t) {
        v -= 0.3;
    }
    if tables.drama_canonical(t).is_some() {
        v -= 0.2;
    }
    v.max(0.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn personal_names_in_every_spelling() {
        let t = Tables::builtin();
        for n in ["Kim Seo-yeon", "Kim Seo Yeon", "Kim Seoyeon", "Park Min", "Seo-yeon Kim", "Yoon Ha-neul", "Jung Da Eun"] {
            assert!(romanised_person(&t, n), "{n}");
        }
        for n in ["Crash Into Me", "Love Story", "Start Over", "Kim Possible Dreams", "Stay With Me", "Park Avenue"] {
            assert!(!romanised_person(&t, n), "{n}");
        }
        assert!(hangul_person("김하늘") && hangul_person("남궁민수") && !hangul_person("바람") && !hangul_person("하루") && !hangul_person("사랑해요"));
    }

    #[test]
    fn group_like_names_but_not_common_capitals() {
        for n in ["ONEUS", "15&", "(G)I-DLE", "2AM", "SEVENTEEN", "iKON", "10cm"] {
            assert!(group_like(n), "{n}");
        }
        for n in ["OST", "MV", "The Rain", "Hello", "KBS", "I"] {
            assert!(!group_like(n), "{n}");
        }
    }

    #[test]
    fn credits_score_by_their_parts() {
        let t = Tables::builtin();
        assert!(performer(&t, "Kim Seo-yeon & Park Min") >= 0.7);
        assert!(performer(&t, "Chen (EXO)") >= 0.9);
        assert_eq!(performer(&t, "the bridge at night"), 0.0);
    }

    #[test]
    fn titles_are_not_sentences_or_role_words() {
        let t = Tables::builtin();
        assert!(title(&t, "Night Rain") > title(&t, "the song was released in may"));
        assert!(title(&t, "Night Rain") > title(&t, "EXO"));
    }
}
