//! Gates: cheap tests that a pattern's literal words occur in a text, run before the
//! pattern so that most lines skip it.

use aho_corasick::AhoCorasick;
use once_cell::sync::Lazy;

/// A fixed set of words, any of which a text may hold. One automaton scans the text
/// once; `words.iter().any(|w| text.contains(w))` prepared a searcher per word and
/// scanned the text once per word, which cost more than some of the patterns gated.
pub(crate) struct AnyOf {
    searcher: Lazy<AhoCorasick>,
}

impl AnyOf {
    /// A gate built from `words` on first use.
    pub(crate) const fn new(words: fn() -> AhoCorasick) -> AnyOf {
        AnyOf {
            searcher: Lazy::new(words),
        }
    }

    /// Whether `text` holds one of the words.
    pub(crate) fn is_in(&self, text: &str) -> bool {
        self.searcher.is_match(text)
    }
}

/// The automaton of a gate's words (exact, case-sensitive matches).
pub(crate) fn words(words: &[&str]) -> AhoCorasick {
    AhoCorasick::new(words).expect("a gate's words are a few short strings")
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
