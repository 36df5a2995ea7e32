//! Gates: cheap tests that a pattern's literal words occur in a text, run before the
//! pattern so that most lines skip it.

use regex::Regex;

/// A pattern that matches any of `words` (exact, case-sensitive), to keep in a
/// [`crate::per_thread::PerThreadRegex`]. The regex engine searches such a set of
/// literals with its SIMD literal searcher in one scan; `words.iter().any(|w|
/// text.contains(w))` prepared a searcher per word and scanned the text once per word,
/// which cost more than some of the patterns gated (an Aho-Corasick automaton and
/// prebuilt `memmem` finders were measured too, and were slower).
pub(crate) fn any_of(words: &[&str]) -> Regex {
    let alternatives: Vec<String> = words.iter().map(|w| regex::escape(w)).collect();
    Regex::new(&alternatives.join("|")).expect("escaped words are a valid pattern")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_word_anywhere_opens_the_gate() {
        let verbs = any_of(&["sang", "sings", " of ", "O.S.T"]);
        assert!(verbs.is_match("She sang it"));
        assert!(verbs.is_match("the soundtrack of Goblin"));
        assert!(verbs.is_match("sings"));
        assert!(verbs.is_match("the O.S.T album"));
        // Case, spacing and punctuation count: the gate is as exact as the literals.
        assert!(!verbs.is_match("SANG"));
        assert!(!verbs.is_match("the soundtrack ofGoblin"));
        assert!(!verbs.is_match("the OxSxT album"));
        assert!(!verbs.is_match(""));
    }
}
