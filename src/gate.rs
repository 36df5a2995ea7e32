//! Gates: cheap tests that a pattern's literal words occur in a text, run before the
//! pattern so that most lines skip it.

use crate::per_thread::PerThreadRegex;
use regex::Regex;

/// A fixed set of words, any of which a text may hold. The words are one pattern of
/// literals, which the regex engine searches with its SIMD literal searcher in one scan;
/// `words.iter().any(|w| text.contains(w))` prepared a searcher per word and scanned the
/// text once per word, which cost more than some of the patterns gated (an Aho-Corasick
/// automaton and prebuilt `memmem` finders were measured too, and were slower).
pub(crate) struct AnyOf {
    words: PerThreadRegex,
}

impl AnyOf {
    /// A gate built from `words` on first use.
    pub(crate) const fn new(words: fn() -> Regex) -> AnyOf {
        AnyOf {
            words: PerThreadRegex::new(words),
        }
    }

    /// Whether `text` holds one of the words.
    pub(crate) fn is_in(&self, text: &str) -> bool {
        self.words.is_match(text)
    }
}

/// The pattern of a gate's words (exact, case-sensitive matches).
pub(crate) fn words(words: &[&str]) -> Regex {
    let alternatives: Vec<String> = words.iter().map(|w| regex::escape(w)).collect();
    Regex::new(&alternatives.join("|")).expect("escaped words are a valid pattern")
}

#[cfg(test)]
mod tests {
    use super::*;

    static VERBS: AnyOf = AnyOf::new(|| words(&["sang", "sings", " of "]));

    #[test]
    fn any_word_anywhere_opens_the_gate() {
        assert!(VERBS.is_in("She sang it"));
        assert!(VERBS.is_in("the soundtrack of Goblin"));
        assert!(VERBS.is_in("sings"));
        // Case and spacing count: the gate is as exact as the patterns' literals.
        assert!(!VERBS.is_in("SANG"));
        assert!(!VERBS.is_in("the soundtrack ofGoblin"));
        assert!(!VERBS.is_in(""));
    }
}
