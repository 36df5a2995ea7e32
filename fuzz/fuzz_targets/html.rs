//! Any bytes as an HTML page: decoding, main-content detection, rendering, every rule.
#![no_main]

mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(a) = ostract::input::article_from_bytes("fuzz.html", data, true, None) {
        common::check(&a);
    }
});
