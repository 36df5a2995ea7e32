//! Time and memory of building the name tables: the line rules' layer
//! (`Tables::builtin`) and the big layer of every list (`Tables::warm_names`), built once
//! per process. `scripts/bench.sh` runs it; on its own:
//! `cargo run --release --example table_build`.

use std::time::Instant;

// The allocator the `ostract` binary uses.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The process's resident memory in kB (Linux), or 0.
fn rss_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

fn main() {
    let rss0 = rss_kb();
    let t0 = Instant::now();
    let tables = ostract::Tables::builtin();
    let small = t0.elapsed();
    let rss1 = rss_kb();
    // The big layer in its three first uses: a look-up builds the tables, the first
    // drama and performer scans their automata.
    let t1 = Instant::now();
    tables.is_drama("warm");
    let keys = t1.elapsed();
    let t2 = Instant::now();
    tables.drama_spans("warm");
    let drama_scan = t2.elapsed();
    let t3 = Instant::now();
    tables.performer_spans("warm");
    let performer_scan = t3.elapsed();
    let (dramas, performers) = ostract::Tables::warm_names();
    let big = keys + drama_scan + performer_scan;
    let rss2 = rss_kb();
    // Look-up speed on a made-up line, repeated.
    let line = "The OST of King the Land, 사랑의 불시착 and GOBLIN, sung by Baek Yerin, IU and \
                a new singer, Kim Seo-yeon, whose 김서연 debut went well. ";
    let text = line.repeat(1000);
    let t2 = Instant::now();
    let found = tables.drama_spans(&text).len() + tables.performer_spans(&text).len();
    let scan = t2.elapsed();
    let ms = |d: std::time::Duration| d.as_secs_f64() * 1e3;
    println!(
        "tables: builtin {:.1} ms (+{} kB RSS); big layer ({dramas} drama entries, {performers} performer keys) {:.1} ms = look-ups {:.1} + drama automata {:.1} + performer automaton {:.1} (+{} kB RSS)",
        ms(small),
        rss1.saturating_sub(rss0),
        ms(big),
        ms(keys),
        ms(drama_scan),
        ms(performer_scan),
        rss2.saturating_sub(rss1),
    );
    println!(
        "spans: {found} in {} kB of text, {:.1} MB/s",
        text.len() / 1024,
        text.len() as f64 / scan.as_secs_f64() / 1e6
    );
}
