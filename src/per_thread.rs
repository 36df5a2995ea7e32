//! Compiled patterns each worker thread uses through its own handle.
//!
//! A `regex::Regex` keeps its search scratch space in a pool that serves the first
//! thread to use it at once and every other thread through a lock. The rules run a
//! hundred patterns per line, so on two threads one worker paid for a lock on nearly
//! every search. The `regex` crate's advice is a clone per thread (a clone shares the
//! compiled program and brings its own pool); [`PerThreadRegex`] hands each thread its
//! clone.

use once_cell::sync::Lazy;
use regex::Regex;
use thread_local::ThreadLocal;

/// A pattern compiled once, on first use, and searched through one clone per thread.
/// It dereferences to [`Regex`], so it is used as one.
pub(crate) struct PerThreadRegex {
    compiled: Lazy<Regex>,
    clones: ThreadLocal<Regex>,
}

impl PerThreadRegex {
    /// A pattern that `compile` builds on first use.
    pub(crate) const fn new(compile: fn() -> Regex) -> PerThreadRegex {
        PerThreadRegex {
            compiled: Lazy::new(compile),
            clones: ThreadLocal::new(),
        }
    }
}

impl std::ops::Deref for PerThreadRegex {
    type Target = Regex;

    fn deref(&self) -> &Regex {
        self.clones.get_or(|| self.compiled.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static WORD: PerThreadRegex = PerThreadRegex::new(|| Regex::new(r"\bOST\b").unwrap());

    #[test]
    fn each_thread_gets_a_clone_of_the_same_pattern() {
        let here: *const Regex = &*WORD;
        let there =
            std::thread::spawn(|| (&*WORD as *const Regex as usize, WORD.is_match("the OST")))
                .join()
                .unwrap();
        assert_ne!(here as usize, there.0);
        assert!(there.1);
        assert!(std::ptr::eq(here, &*WORD), "a thread keeps its clone");
        assert_eq!(WORD.as_str(), r"\bOST\b");
    }
}
