//! Any bytes as a JSONL batch: line reading, per-line charsets, JSON, then each article.
#![no_main]

mod common;

use ostract::input::jsonl::{parse, Lines};

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let mut lines = Lines::new(data, false);
    let chunk = lines.next_chunk(usize::MAX).expect("reading a slice never fails");
    for line in &chunk {
        if let Ok(Some(a)) = parse("fuzz.jsonl", line) {
            common::check(&a);
        }
    }
});
