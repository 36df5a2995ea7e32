//! Gates: cheap tests that a pattern's literal words occur in a text, run before the
//! pattern so that most lines skip it.

use memchr::memmem::Finder;
use once_cell::sync::Lazy;

/// A fixed set of words, any of which a text may hold. Each word's searcher is built
/// once: `words.iter().any(|w| text.contains(w))` prepared a searcher per word on every
/// call, which cost more than scanning a short line.
pub(crate) struct AnyOf {
    finders: Lazy<Vec<Finder<'static>>>,
}

impl AnyOf {
    /// A gate built from `words` on first use.
    pub(crate) const fn new(words: fn() -> Vec<Finder<'static>>) -> AnyOf {
        AnyOf {
            finders: Lazy::new(words),
        }
    }

    /// Whether `text` holds one of the words.
    pub(crate) fn is_in(&self, text: &str) -> bool {
        self.finders
            .iter()
            .any(|f| f.find(text.as_bytes()).is_some())
    }
}

/// The searchers of a gate's words (exact, case-sensitive matches).
pub(crate) fn words(words: &[&'static str]) -> Vec<Finder<'static>> {
    words.iter().map(|w| Finder::new(w.as_bytes())).collect()
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
