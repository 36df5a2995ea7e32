//! Any bytes as a plain-text article: decoding (charsets, mojibake repair) and every rule.
#![no_main]

mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(a) = ostract::input::article_from_bytes("fuzz.txt", data, false, None) {
        common::check(&a);
    }
});
