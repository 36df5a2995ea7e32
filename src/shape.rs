//! Name shapes: what a name looks like when no table knows it.
//!
//! A reader knows that `Lee Hae-won` is a person and `ONEUS` a group without having heard
//! of either. These recognisers give that evidence for the names in no table: a romanised
//! Korean personal name ([`romanised_person`]), a Hangul one ([`hangul_person`]), a
//! group-like name ([`group_like`]) and a title-like phrase ([`title_like`]);
//! [`performer_score`] combines them with the tables. They are pure functions of the
//! string (and the surname tables), evidence to weigh, never a gate.
//!
//! ```
//! let t = ostract::Tables::builtin();
//! assert!(ostract::shape::romanised_person("Kim Seo-yeon", &t));
//! assert!(!ostract::shape::romanised_person("Crash Into Me", &t));
//! assert!(ostract::shape::group_like("ONEUS"));
//! assert!(!ostract::shape::group_like("OST"));
//! ```

use crate::tables::Tables;
use rustc_hash::FxHashSet as HashSet;
use std::sync::OnceLock;

/// The initial consonants of a romanised Korean syllable: Revised Romanization
/// (`g`, `kk`, `eo`…) and the McCune–Reischauer and customary spellings names use
/// (`k`, `gg`, `sh`, `ch`…). The empty string is a syllable with no initial (`in`, `eun`).
pub const ONSETS: &[&str] = &[
    "", "g", "k", "kk", "gg", "n", "d", "t", "tt", "dd", "r", "l", "m", "b", "p", "pp", "bb", "s",
    "ss", "sh", "j", "jj", "ch", "h",
];

/// The vowels, with their glides (`y`, `w`) and the customary spellings of names
/// (`oo` for `u`, `ee` for `i`, `ou` as in `Joung`, `u` for `eo` as in `Sun`).
pub const VOWELS: &[&str] = &[
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "weo",
    "we", "wi", "yu", "eu", "ui", "eui", "i", "ee", "oo", "ou", "yoo", "you", "woo", "wee", "ai",
    "ei", "ah",
];

/// The final consonants a syllable of a name ends with (or none).
pub const CODAS: &[&str] = &["", "n", "ng", "m", "l", "k", "p", "b"];

/// Every romanised syllable: an onset, a vowel and a coda of the lists above, as its
/// [`syllable_code`].
fn syllables() -> &'static HashSet<u64> {
    static SET: OnceLock<HashSet<u64>> = OnceLock::new();
    SET.get_or_init(|| {
        let mut set = HashSet::default();
        for o in ONSETS {
            for v in VOWELS {
                for c in CODAS {
                    set.extend(syllable_code(&format!("{o}{v}{c}")));
                }
            }
        }
        set
    })
}

/// A string of at most 7 bytes as one number (its bytes and its length): the syllable
/// checks of name shapes hash a number instead of a string.
fn syllable_code(s: &str) -> Option<u64> {
    let b = s.as_bytes();
    (b.len() <= 7).then(|| {
        let mut code = [0u8; 8];
        code[..b.len()].copy_from_slice(b);
        code[7] = b.len() as u8;
        u64::from_le_bytes(code)
    })
}

/// Whether `s` (lowercase ASCII) is one romanised Korean syllable.
///
/// ```
/// use ostract::shape::is_syllable;
/// assert!(is_syllable("yeon") && is_syllable("hyuk") && is_syllable("in"));
/// assert!(!is_syllable("crash") && !is_syllable("st"));
/// ```
pub fn is_syllable(s: &str) -> bool {
    syllable_code(s).is_some_and(|c| syllables().contains(&c))
}

/// The fewest syllables `word` (lowercase ASCII letters) splits into, if it splits into
/// syllables at all (`seoyeon` → 2).
fn fewest_syllables(word: &str) -> Option<usize> {
    let n = word.len();
    // fewest[i]: the fewest syllables covering word[..i]
    let mut fewest: Vec<Option<usize>> = vec![None; n + 1];
    fewest[0] = Some(0);
    for i in 0..n {
        let Some(count) = fewest[i] else { continue };
        // A syllable is at most 7 letters: onset 2, vowel 3, coda 2.
        for j in i + 1..=n.min(i + 7) {
            if word.is_char_boundary(j) && is_syllable(&word[i..j]) {
                fewest[j] = Some(fewest[j].map_or(count + 1, |c| c.min(count + 1)));
            }
        }
    }
    fewest[n]
}

/// Whether a word is written as a name: `Seo`, `Seo-yeon`, `Seo-Yeon`, `SEO`.
fn name_cased(word: &str) -> bool {
    let mut parts = word.split('-');
    let first = parts.next().unwrap_or("");
    let cap = |p: &str| {
        let mut cs = p.chars();
        cs.next().is_some_and(|c| c.is_ascii_uppercase())
            && (cs.clone().all(|c| c.is_ascii_lowercase()) || cs.all(|c| c.is_ascii_uppercase()))
    };
    cap(first)
        && parts.all(|p| {
            !p.is_empty()
                && p.chars().all(|c| c.is_ascii_alphabetic())
                && (cap(p) || p.chars().all(|c| c.is_ascii_lowercase()))
        })
}

/// How many syllables a given-name word holds, when it is one, two or three syllables
/// written as a name: hyphenated (`Seo-yeon`, one syllable a part) or joined (`Seoyeon`).
fn given_syllables(word: &str) -> Option<usize> {
    if !name_cased(word) {
        return None;
    }
    let lower = word.to_ascii_lowercase();
    if lower.contains('-') {
        let parts: Vec<&str> = lower.split('-').collect();
        return parts.iter().all(|p| is_syllable(p)).then_some(parts.len());
    }
    // A joined name is read with as few syllables as it allows, two at most.
    fewest_syllables(&lower).filter(|&n| n <= 2)
}

/// Whether a word is a romanised Korean given name of two syllables or more (`Seo-ah`,
/// `Dohyun`) and none of [`is_common_word`]'s words.
///
/// ```
/// assert!(ostract::shape::given_name("Dohyun"));
/// assert!(ostract::shape::given_name("Seo-ah"));
/// assert!(!ostract::shape::given_name("Moon"));
/// ```
pub fn given_name(word: &str) -> bool {
    given_syllables(word).is_some_and(|n| n >= 2) && !is_common_word(word)
}

/// Whether a word is a romanised Korean given name of two hyphenated syllables
/// (`So-hee`, `Joong-ki`).
pub(crate) fn hyphenated_given(word: &str) -> bool {
    word.contains('-') && given_syllables(word) == Some(2)
}

/// Common English words: a name that is one of them is no evidence of a person or a
/// performer in title-case text (`Go Home`, `So Long`, `Rain`).
const COMMON_WORDS: &[&str] = &[
    "a",
    "about",
    "after",
    "again",
    "ago",
    "all",
    "alone",
    "also",
    "always",
    "am",
    "an",
    "and",
    "angel",
    "any",
    "april",
    "are",
    "around",
    "as",
    "at",
    "august",
    "autumn",
    "away",
    "baby",
    "back",
    "bad",
    "be",
    "beautiful",
    "beauty",
    "because",
    "been",
    "before",
    "being",
    "bell",
    "best",
    "better",
    "big",
    "bird",
    "black",
    "blossom",
    "blue",
    "body",
    "boy",
    "boys",
    "bright",
    "but",
    "butterfly",
    "by",
    "call",
    "came",
    "can",
    "candy",
    "chance",
    "change",
    "cherry",
    "child",
    "city",
    "classic",
    "cold",
    "come",
    "could",
    "crazy",
    "crush",
    "cry",
    "daily",
    "dance",
    "dark",
    "day",
    "days",
    "dear",
    "december",
    "destiny",
    "diamond",
    "did",
    "do",
    "does",
    "done",
    "down",
    "dream",
    "dreams",
    "drive",
    "easy",
    "echo",
    "end",
    "episode",
    "even",
    "ever",
    "every",
    "eye",
    "eyes",
    "fall",
    "family",
    "fantasy",
    "favorite",
    "february",
    "feeling",
    "fever",
    "fine",
    "fire",
    "first",
    "flower",
    "fly",
    "for",
    "forever",
    "free",
    "friday",
    "friend",
    "from",
    "fun",
    "gift",
    "girl",
    "girls",
    "give",
    "go",
    "going",
    "gold",
    "gone",
    "good",
    "got",
    "great",
    "had",
    "hand",
    "happy",
    "hard",
    "has",
    "have",
    "he",
    "heart",
    "hello",
    "her",
    "here",
    "hey",
    "hi",
    "high",
    "highlight",
    "him",
    "his",
    "holiday",
    "home",
    "honey",
    "hope",
    "hot",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "january",
    "jewelry",
    "joy",
    "july",
    "june",
    "just",
    "keep",
    "kind",
    "king",
    "kiss",
    "know",
    "last",
    "late",
    "leave",
    "let",
    "lie",
    "life",
    "light",
    "like",
    "little",
    "live",
    "long",
    "look",
    "lost",
    "love",
    "lucky",
    "made",
    "magic",
    "make",
    "man",
    "many",
    "march",
    "may",
    "me",
    "melody",
    "memories",
    "memory",
    "mind",
    "miracle",
    "miss",
    "moment",
    "monday",
    "monthly",
    "moon",
    "more",
    "morning",
    "most",
    "mother",
    "much",
    "my",
    "mystery",
    "name",
    "never",
    "new",
    "next",
    "nice",
    "night",
    "no",
    "not",
    "nothing",
    "november",
    "now",
    "october",
    "of",
    "off",
    "oh",
    "ok",
    "old",
    "on",
    "once",
    "one",
    "only",
    "open",
    "or",
    "other",
    "our",
    "out",
    "over",
    "own",
    "paradise",
    "people",
    "perfect",
    "play",
    "please",
    "power",
    "pretty",
    "promise",
    "punch",
    "queen",
    "rain",
    "rainbow",
    "ready",
    "real",
    "red",
    "remember",
    "right",
    "river",
    "romance",
    "rose",
    "run",
    "sad",
    "said",
    "saturday",
    "say",
    "season",
    "secret",
    "see",
    "september",
    "shadow",
    "she",
    "shine",
    "should",
    "show",
    "signal",
    "silence",
    "sister",
    "sky",
    "small",
    "smile",
    "snow",
    "so",
    "solo",
    "some",
    "someday",
    "someone",
    "something",
    "song",
    "soul",
    "speed",
    "spring",
    "star",
    "stars",
    "start",
    "stay",
    "still",
    "stop",
    "story",
    "street",
    "summer",
    "sun",
    "sunday",
    "sunny",
    "sunshine",
    "sweet",
    "take",
    "tell",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "thing",
    "think",
    "this",
    "thursday",
    "time",
    "to",
    "today",
    "together",
    "tomorrow",
    "tonight",
    "too",
    "true",
    "try",
    "tuesday",
    "two",
    "up",
    "us",
    "very",
    "wait",
    "walk",
    "want",
    "was",
    "wave",
    "way",
    "we",
    "wednesday",
    "weekly",
    "well",
    "were",
    "what",
    "when",
    "where",
    "white",
    "who",
    "why",
    "will",
    "wind",
    "wings",
    "winter",
    "wish",
    "with",
    "without",
    "woman",
    "wonder",
    "world",
    "would",
    "yearly",
    "yes",
    "yesterday",
    "yet",
    "you",
    "young",
    "your",
];

/// Words written in capitals in articles that are no names: `OST`, `MV`, `TV`, the
/// networks.
const CAPS_STOPWORDS: &[&str] = &[
    "A", "AND", "BGM", "CD", "CEO", "DJ", "EP", "FEAT", "FT", "I", "JTBC", "KBS", "KBS2", "LP",
    "MBC", "MC", "MV", "NEW", "OCN", "OK", "OST", "PD", "PART", "SBS", "THE", "TV", "TVN", "VOL",
    "VS",
];

fn common_words() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| COMMON_WORDS.iter().copied().collect())
}

/// Whether `word` is a common English word, in any case (`Love`, `HOME`).
///
/// ```
/// assert!(ostract::shape::is_common_word("Love"));
/// assert!(!ostract::shape::is_common_word("Heize"));
/// ```
pub fn is_common_word(word: &str) -> bool {
    word.len() <= 12 && common_words().contains(word.to_ascii_lowercase().as_str())
}

/// Whether `s` has a one-word stage name's shape: capitalised, no word a dictionary holds
/// (`Moonbyul`, `Lumen`; not `Light`).
///
/// ```
/// assert!(ostract::shape::stage_name("Moonbyul"));
/// assert!(!ostract::shape::stage_name("Light") && !ostract::shape::stage_name("Kim Ha-na"));
/// ```
pub fn stage_name(s: &str) -> bool {
    !s.contains(' ') && s.starts_with(|c: char| c.is_uppercase()) && !is_common_word(s)
}

/// Whether `word` is an all-capitals word that articles use for no name (`OST`, `MV`,
/// `KBS2`).
pub fn is_caps_stopword(word: &str) -> bool {
    CAPS_STOPWORDS.contains(&word)
}

/// Whether `s` has the shape of a romanised Korean personal name: a surname of the
/// tables ([`Tables::person_surname`]) and a given name of romanised syllables, spaced,
/// hyphenated or joined (`Kim Seo-yeon`, `Kim Seo Yeon`, `Kim Seoyeon`, `Seo In Guk`,
/// `KIM SEO YEON`), or given name first when it is hyphenated or joined (`Seo-yeon Kim`,
/// `Yerin Baek`). A phrase of common English words is not one (`Go Home`, `So Long`).
///
/// ```
/// use ostract::shape::romanised_person;
/// let t = ostract::Tables::builtin();
/// for name in ["Kim Seo-yeon", "Kim Seo Yeon", "Kim Seoyeon", "Seo In Guk", "Dahye Baek"] {
///     assert!(romanised_person(name, &t), "{name}");
/// }
/// for phrase in ["Crash Into Me", "Love Story", "Start Over", "Go Home"] {
///     assert!(!romanised_person(phrase, &t), "{phrase}");
/// }
/// ```
pub fn romanised_person(s: &str, tables: &Tables) -> bool {
    // Two to four words, on the stack: most names fail at their first word's case.
    let mut held = [""; 4];
    let mut n = 0;
    for w in s.split_whitespace() {
        if n == held.len() || !name_cased(w) {
            return false;
        }
        held[n] = w;
        n += 1;
    }
    let words = &held[..n];
    if n < 2 {
        return false;
    }
    if words.iter().all(|w| w.eq_ignore_ascii_case(words[0])) {
        return false;
    }
    let surname = |w: &str| !w.contains('-') && tables.person_surname(w).is_some();
    let all_common = |ws: &[&str]| ws.iter().all(|w| is_common_word(w));
    // Surname first: `Kim Seo-yeon`, `Kim Seoyeon`, `Kim Seo Yeon`, `Seo In Guk`.
    if surname(words[0]) {
        let given = &words[1..];
        let counts: Option<Vec<usize>> = given.iter().map(|w| given_syllables(w)).collect();
        if let Some(counts) = counts {
            let total: usize = counts.iter().sum();
            let spaced_ok = given.len() == 1 || counts.iter().all(|&c| c == 1);
            if spaced_ok && (1..=3).contains(&total) && !all_common(given) {
                return true;
            }
        }
    }
    // Given name first, hyphenated or joined: `Seo-yeon Kim`, `Yerin Baek`.
    words.len() == 2
        && surname(words[1])
        && given_syllables(words[0]) == Some(2)
        && !is_common_word(words[0])
}

fn is_syllable_char(c: char) -> bool {
    ('\u{ac00}'..='\u{d7a3}').contains(&c)
}

/// Whether `s` has the shape of a Hangul personal name: a Hangul surname
/// ([`Tables::is_hangul_surname`], one syllable or two) and a given name of one or two
/// syllables, with no space or a space after the surname (`김서연`, `김 서연`, `남궁민`,
/// `선우정아`).
///
/// Shape alone is weak evidence in Hangul: most two-syllable words start with a syllable
/// that is some surname; [`performer_score`] weighs a two-syllable name lower.
///
/// ```
/// use ostract::shape::hangul_person;
/// let t = ostract::Tables::builtin();
/// assert!(hangul_person("김서연", &t) && hangul_person("남궁민", &t));
/// assert!(!hangul_person("드라마의", &t));
/// assert!(!hangul_person("호평을", &t) && !hangul_person("공개된", &t));
/// ```
pub fn hangul_person(s: &str, tables: &Tables) -> bool {
    let s = s.trim();
    // Syllables with at most one space between them.
    if s.matches(' ').nth(1).is_some() || !s.chars().all(|c| c == ' ' || is_syllable_char(c)) {
        return false;
    }
    // A word that ends in an object or topic particle or a verb's ending (`호평을`,
    // `공개된`, `관계자는`) is no name, whatever its first syllable.
    if s.ends_with([
        '을', '를', '는', '된', '되', '돼', '던', '며', '에', '께', '면',
    ]) {
        return false;
    }
    let syllables = s.chars().filter(|&c| c != ' ').count();
    let space = s.find(' ');
    (1..=2).any(|n| {
        // The first `n` syllables, with the space, if any, right after them.
        let surname = s.char_indices().nth(n).map_or(s, |(at, _)| &s[..at]);
        syllables > n
            && syllables - n <= 2
            && space.is_none_or(|at| at == surname.len())
            && tables.is_hangul_surname(surname)
    })
}

/// Whether `s` is shaped like a group's name: capitals, digits and symbols (`ONEUS`,
/// `SEVENTEEN`, `15&`, `(G)I-DLE`, `2AM`, `f(x)`), not an ordinary word in capitals
/// (`OST`, `THE`, `MV`, `TV`, `LOVE`) nor a bare number.
///
/// ```
/// use ostract::shape::group_like;
/// for name in ["ONEUS", "15&", "(G)I-DLE", "2AM", "SEVENTEEN", "RED VELVET"] {
///     assert!(group_like(name), "{name}");
/// }
/// for word in ["OST", "THE", "MV", "TV", "LOVE", "2019", "Love Story", "A"] {
///     assert!(!group_like(word), "{word}");
/// }
/// ```
pub fn group_like(s: &str) -> bool {
    let s = s.trim();
    let symbol = |c: char| "&()-.!'+#$:/*~_×".contains(c);
    // One pass tells the characters apart (and stops at the first that no group has).
    let (mut chars, mut letters, mut digits, mut symbols, mut lower) = (0, 0, 0, 0, 0);
    for c in s.chars() {
        chars += 1;
        if c.is_ascii_alphabetic() {
            letters += 1;
            lower += usize::from(c.is_ascii_lowercase());
        } else if c.is_ascii_digit() {
            digits += 1;
        } else if symbol(c) {
            symbols += 1;
        } else if c != ' ' {
            return false;
        }
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.is_empty() || words.len() > 3 || chars < 2 {
        return false;
    }
    if letters == 0 {
        // `15&`: digits with a symbol, not a number.
        return digits > 0 && symbols > 0;
    }
    if lower > 0 {
        // `f(x)`, `2Yoon`: lowercase letters only beside a digit or a bracket.
        return words.len() == 1 && (digits > 0 || s.contains('(')) && letters <= 8;
    }
    // In capitals: not every word an ordinary word.
    let ordinary = |w: &str| {
        let bare = w.trim_matches(|c: char| !c.is_ascii_alphanumeric());
        bare.len() < 2 && digits == 0 && symbols == 0
            || is_caps_stopword(bare)
            || is_common_word(bare)
    };
    !words.iter().all(|w| ordinary(w))
}

/// Small words a title writes in lowercase (`Crash Landing on You`).
const TITLE_SMALL_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "is", "of", "on", "or",
    "the", "to", "with",
];

/// Whether `s` is shaped like a title: one to eight words, the first capitalised, each
/// capitalised, in capitals, a number or a small word (`of`, `the`), with no more than
/// a title's punctuation (`Crash Landing on You`, `It's Okay to Not Be Okay`, `D-Day`).
///
/// ```
/// use ostract::shape::title_like;
/// assert!(title_like("Crash Landing on You"));
/// assert!(title_like("Start Over"));
/// assert!(!title_like("the song was released"));
/// assert!(!title_like("A long sentence that runs on and on and on with nine words"));
/// ```
pub fn title_like(s: &str) -> bool {
    let s = s.trim();
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.is_empty() || words.len() > 8 || s.chars().count() > 60 {
        return false;
    }
    let ok_char = |c: char| crate::normalize::is_alnum(c) || "'’-.,!?:&".contains(c);
    if !s.chars().all(|c| c == ' ' || ok_char(c)) {
        return false;
    }
    let capitalised = |w: &str| {
        let w = w.trim_start_matches(|c: char| !crate::normalize::is_alnum(c));
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    };
    let small = |w: &str| TITLE_SMALL_WORDS.contains(&w);
    capitalised(words[0])
        && words[1..].iter().all(|w| capitalised(w) || small(w))
        && words.iter().any(|w| w.chars().any(char::is_alphabetic))
}

/// How much `s` looks like a performer's name, 0 to 1: a known performer of the tables
/// 1.0; a personal name's shape 0.7 (a two-syllable Hangul name 0.4); a group's shape
/// 0.6; otherwise 0. A credit written `Member (GROUP)` scores as its better part.
///
/// ```
/// use ostract::shape::performer_score;
/// let t = ostract::Tables::builtin();
/// assert_eq!(performer_score("Baek Yerin", &t), 1.0);
/// assert_eq!(performer_score("Kim Da-rim", &t), 0.7);
/// assert_eq!(performer_score("ZEPHYRA", &t), 0.6);
/// assert_eq!(performer_score("Crash Into Me", &t), 0.0);
/// ```
pub fn performer_score(s: &str, tables: &Tables) -> f32 {
    let s = s.trim();
    if s.is_empty() {
        return 0.0;
    }
    if tables.is_known_performer(s) {
        return 1.0;
    }
    if let Some((member, group)) = s
        .strip_suffix(')')
        .and_then(|n| n.rsplit_once(" ("))
        .filter(|(m, g)| !m.trim().is_empty() && !g.trim().is_empty())
    {
        return performer_score(member, tables).max(performer_score(group, tables));
    }
    if romanised_person(s, tables) {
        return 0.7;
    }
    if hangul_person(s, tables) {
        let syllables = s.chars().filter(|&c| is_syllable_char(c)).count();
        return if syllables >= 3 { 0.7 } else { 0.4 };
    }
    if group_like(s) {
        return 0.6;
    }
    if surname_stage_name(s, tables) {
        return 0.5;
    }
    0.0
}

/// `Kim Feel`, `Lee Juck`: a surname and one capitalised word that is no romanised
/// syllable, as singers' stage names are written (weaker than a romanised given name).
fn surname_stage_name(s: &str, tables: &Tables) -> bool {
    let mut words = s.split_whitespace();
    let (Some(surname), Some(given), None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    tables.is_surname(surname)
        && (2..=8).contains(&given.len())
        && given.starts_with(|c: char| c.is_ascii_uppercase())
        && given[1..].bytes().all(|b| b.is_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t() -> Tables {
        Tables::builtin()
    }

    #[test]
    fn a_surname_and_a_capitalised_word_is_a_weak_stage_name() {
        let t = t();
        // (Invented: `Kim Feel`, `Lee Juck` are in the tables now.)
        assert_eq!(performer_score("Kim Lantern", &t), 0.5);
        assert_eq!(performer_score("Lee Sparrow", &t), 0.5);
        for not in ["Kim Possible Now", "Winter Harbor", "Kim LANTERN", "Kim"] {
            assert!(performer_score(not, &t) < 0.5, "{not}");
        }
    }

    #[test]
    fn romanised_names_in_every_spelling() {
        let t = t();
        // Invented names: surname first, spaced, hyphenated (either case), joined, capitals.
        for name in [
            "Kim Seo-yeon",
            "Kim Seo-Yeon",
            "Kim Seo Yeon",
            "Kim Seoyeon",
            "KIM SEO YEON",
            "Seo In Guk",
            "Park Ha-neul",
            "Choi Minjun",
            "Lee Hae-won",
            "Yi Sun-hee",
            "Jeong Da-eun",
            "Gwak Do-hyun",
            "Namgung Min",
            "Seonwoo Jung-a",
            "Rhee Kyung-hwan",
            "Baek Hyuk",
            "Oh Yoon-ah",
            "Jang Woo-young",
            "Shin Ye-eun",
            "Yoon Ji-sung",
            // Given name first.
            "Seo-yeon Kim",
            "Dahye Baek",
            "Minji Park",
            "Hae-won Lee",
        ] {
            assert!(romanised_person(name, &t), "{name}");
        }
    }

    #[test]
    fn title_case_phrases_are_not_persons() {
        let t = t();
        for phrase in [
            "Crash Into Me",
            "Love Story",
            "Start Over",
            "Go Home",
            "So Long",
            "Moon River",
            "Song of the Night",
            "Park Avenue",
            "Do It",
            "Han River",
            "Kim Possible",
            "Go Go",
            "Sun Moon",
            "Oh My Love",
            "Lee",
            "Kim",
            "Kim seo yeon and",
            "Seoyeon",
            "Young Forever",
            "Hold Me Tight",
            "Stay With Me",
        ] {
            assert!(!romanised_person(phrase, &t), "{phrase}");
        }
    }

    #[test]
    fn syllables_split_joined_names() {
        assert_eq!(given_syllables("Seoyeon"), Some(2));
        assert_eq!(given_syllables("Seo-yeon"), Some(2));
        assert_eq!(given_syllables("Hyuk"), Some(1));
        assert_eq!(given_syllables("Crash"), None);
        assert_eq!(given_syllables("seoyeon"), None);
        for s in [
            "ga", "kkum", "jjang", "hwa", "gyeong", "kyung", "eui", "yoon", "wook",
        ] {
            assert!(is_syllable(s), "{s}");
        }
        for s in ["str", "fa", "ve", "zi", "x", "love"] {
            assert!(!is_syllable(s), "{s}");
        }
    }

    #[test]
    fn hangul_names() {
        let t = t();
        for name in [
            "김서연",
            "김 서연",
            "박민",
            "남궁민",
            "선우정아",
            "황보하늘",
            "이해원",
        ] {
            assert!(hangul_person(name, &t), "{name}");
        }
        for word in [
            "드라마의",
            "사운드트랙",
            "김서연이다가",
            "서연 김",
            "김서연 노래",
            "Kim",
            "김",
        ] {
            assert!(!hangul_person(word, &t), "{word}");
        }
    }

    #[test]
    fn group_shapes() {
        for name in [
            "ONEUS",
            "15&",
            "(G)I-DLE",
            "2AM",
            "SEVENTEEN",
            "f(x)",
            "B.I",
            "NCT 127",
            "XIUREN",
            "2Yoon",
            "T.A.V.E",
        ] {
            assert!(group_like(name), "{name}");
        }
        for word in [
            "OST",
            "THE",
            "MV",
            "TV",
            "KBS2",
            "LOVE",
            "I LOVE YOU",
            "2019",
            "12",
            "Love",
            "Exo",
            "A",
            "Crash Into Me",
            "OST PART",
            "THE END",
        ] {
            assert!(!group_like(word), "{word}");
        }
    }

    #[test]
    fn title_shapes() {
        for s in [
            "Crash Landing on You",
            "It's Okay to Not Be Okay",
            "D-Day",
            "Love Story",
            "Twenty-Five Twenty-One",
            "START-UP",
        ] {
            assert!(title_like(s), "{s}");
        }
        for s in ["the drama", "sang the song", "", "Crash (Landing)"] {
            assert!(!title_like(s), "{s}");
        }
    }

    #[test]
    fn scores() {
        let t = t();
        assert_eq!(performer_score("Chen (EXO)", &t), 1.0);
        assert_eq!(performer_score("Kim Da-rim", &t), 0.7);
        assert_eq!(performer_score("Pyo Da-rim (WAVELIGHT)", &t), 0.7);
        assert_eq!(performer_score("표다림", &t), 0.7);
        assert_eq!(performer_score("ONEUSX", &t), 0.6);
        for phrase in ["Love Story", "Start Over", "OST", "the end", ""] {
            assert_eq!(performer_score(phrase, &t), 0.0, "{phrase}");
        }
    }
}
