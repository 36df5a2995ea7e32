//! Writes a synthetic corpus of soundtrack articles with their gold, reproducibly from a
//! seed, for benchmarks (`scripts/bench.sh`) and scale tests.
//!
//! ```text
//! cargo run --release --example gen_corpus -- OUT_DIR --mb 100 [--seed 42] [--html 0.3] [--jsonl]
//! ```
//!
//! Articles come in the shapes the extractor handles: listicles with drama headings and
//! `“T” – A` / `T by A` items, news lines `“T” – A for D`, numbered track lists with
//! durations, Korean news (`드라마 ‘D’ OST ‘T’는 가수 A가 불렀다`), and HTML pages wrapping a
//! listicle in navigation, sidebars and comments. Files go to `OUT/articles/` (or
//! `OUT/articles/batch-N.jsonl` with `--jsonl`), gold to `OUT/gold/`.

use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::PathBuf;

const WORDS: &[&str] = &[
    "Moon", "River", "Winter", "Garden", "Light", "Shadow", "Spring", "Harbor", "Star", "Rain",
    "Glass", "Paper", "Silver", "Morning", "Ocean", "Letter", "Blue", "Crimson", "Echo", "Lantern",
    "Summer", "Wind", "Stone", "Velvet", "Golden", "Hidden", "Last", "First", "Quiet", "Wild",
    "Snow", "Flower", "Dream", "Road", "Heart", "Sky",
];
const SURNAMES: &[&str] = &[
    "Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo",
    "Shin", "Kwon",
];
const GIVEN: &[&str] = &[
    "Min", "Ji", "Seo", "Hyun", "Woo", "Yeon", "Jin", "Soo", "Ha", "Eun", "Jae", "Na", "Tae",
    "Yoon", "Da", "Hee",
];
const KO_WORDS: &[&str] = &[
    "달빛", "겨울", "정원", "바다", "별", "노래", "하늘", "봄날", "기억", "편지", "바람", "꽃",
    "그대", "우리", "밤",
];
const KO_SURNAMES: &[&str] = &["김", "이", "박", "최", "정", "강", "조", "윤"];
const KO_GIVEN: &[&str] = &["민", "지", "서", "현", "우", "연", "진", "수", "하", "은"];

struct Song {
    drama: String,
    track: String,
    artist: String,
}

fn pick<'a>(rng: &mut ChaCha8Rng, pool: &[&'a str]) -> &'a str {
    pool.choose(rng).unwrap()
}

fn title(rng: &mut ChaCha8Rng, words: usize) -> String {
    (0..words)
        .map(|_| pick(rng, WORDS))
        .collect::<Vec<_>>()
        .join(" ")
}

fn person(rng: &mut ChaCha8Rng) -> String {
    format!(
        "{} {}-{}",
        pick(rng, SURNAMES),
        pick(rng, GIVEN),
        pick(rng, GIVEN).to_lowercase()
    )
}

fn ko_title(rng: &mut ChaCha8Rng) -> String {
    format!("{} {}", pick(rng, KO_WORDS), pick(rng, KO_WORDS))
}

fn ko_person(rng: &mut ChaCha8Rng) -> String {
    format!(
        "{}{}{}",
        pick(rng, KO_SURNAMES),
        pick(rng, KO_GIVEN),
        pick(rng, KO_GIVEN)
    )
}

/// One article: its text (or HTML) and its songs.
fn article(rng: &mut ChaCha8Rng, html: bool) -> (String, Vec<Song>) {
    let mut songs = Vec::new();
    let mut t = String::new();
    let shape = if html { 0 } else { rng.gen_range(0..4) };
    match shape {
        0 => {
            let _ = writeln!(t, "# {} soundtracks worth replaying\n\nOur editors picked the songs that stayed with them.\n", rng.gen_range(3..12));
            for k in 1..=rng.gen_range(2..5) {
                let drama = title(rng, 2);
                let _ = writeln!(t, "## {k}. {drama} ({})\n", rng.gen_range(2010..2025));
                let _ = writeln!(
                    t,
                    "The soundtrack of {drama} carries the whole series, scene after scene.\n"
                );
                for j in 0..rng.gen_range(1..4) {
                    let words = rng.gen_range(1..4);
                    let (track, artist) = (title(rng, words), person(rng));
                    let line = if j % 2 == 0 {
                        format!("“{track}” – {artist}")
                    } else {
                        format!("“{track}” by {artist}")
                    };
                    let _ = writeln!(t, "{line}\n");
                    songs.push(Song {
                        drama: drama.clone(),
                        track,
                        artist,
                    });
                }
            }
        }
        1 => {
            let drama = title(rng, 3);
            let _ = writeln!(
                t,
                "New soundtrack release\n\nThe drama has a new song out this week.\n"
            );
            let (track, artist) = (title(rng, 2), person(rng));
            let _ = writeln!(
                t,
                "“{track}” – {artist} for {drama}\n\nIt charted on release day."
            );
            songs.push(Song {
                drama,
                track,
                artist,
            });
        }
        2 => {
            let drama = title(rng, 2);
            let _ = writeln!(t, "## {drama} OST\n\nThe full track list of the album:\n");
            for k in 1..=rng.gen_range(3..9) {
                let (track, artist) = (title(rng, 2), person(rng));
                let _ = writeln!(
                    t,
                    "{k}. {track} – {artist} ({}:{:02})",
                    rng.gen_range(2..5),
                    rng.gen_range(0..60)
                );
                songs.push(Song {
                    drama: drama.clone(),
                    track,
                    artist,
                });
            }
        }
        _ => {
            let drama = ko_title(rng);
            let (track, artist) = (ko_title(rng), ko_person(rng));
            let _ = writeln!(t, "드라마 ‘{drama}’ OST 공개\n\n드라마 ‘{drama}’ OST ‘{track}’는 가수 {artist}가 불렀다.\n이 곡은 오는 14일 공개된다.");
            songs.push(Song {
                drama,
                track,
                artist,
            });
        }
    }
    // A title repeated within a drama is one song to the extractor: gold keeps the first.
    let mut seen = std::collections::HashSet::new();
    songs.retain(|s| seen.insert((s.drama.clone(), s.track.clone())));
    if html {
        let mut page = String::from("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>OST</title><script>var x = 1;</script></head><body>");
        page.push_str("<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/ost\">OST</a></li></ul></nav><article class=\"post\">");
        for line in t.lines().filter(|l| !l.is_empty()) {
            let esc = line.replace('&', "&amp;").replace('<', "&lt;");
            if let Some(h) = esc.strip_prefix("## ") {
                let _ = write!(page, "<h2>{h}</h2>");
            } else if let Some(h) = esc.strip_prefix("# ") {
                let _ = write!(page, "<h1>{h}</h1>");
            } else {
                let _ = write!(page, "<p>{esc}</p>");
            }
        }
        page.push_str("</article><aside class=\"sidebar\"><h3>Most read</h3><ul><li><a href=\"/x\">Another story</a></li></ul></aside>");
        page.push_str("<div class=\"comments\"><p>Great list, thanks for sharing it with us.</p></div></body></html>\n");
        t = page;
    }
    (t, songs)
}

fn gold(source: &str, songs: &[Song]) -> String {
    let records: Vec<serde_json::Value> = songs
        .iter()
        .map(|s| serde_json::json!({"drama": s.drama, "track": s.track, "artists": [s.artist]}))
        .collect();
    serde_json::json!({"source": source, "records": records}).to_string()
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let opt = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
    };
    let Some(out) = args
        .first()
        .filter(|a| !a.starts_with("--"))
        .map(PathBuf::from)
    else {
        eprintln!("usage: gen_corpus OUT_DIR --mb N [--seed S] [--html SHARE] [--jsonl]");
        std::process::exit(2);
    };
    let mb: f64 = opt("--mb").and_then(|v| v.parse().ok()).unwrap_or(10.0);
    let seed: u64 = opt("--seed").and_then(|v| v.parse().ok()).unwrap_or(42);
    let html_share: f64 = opt("--html").and_then(|v| v.parse().ok()).unwrap_or(0.0);
    let jsonl = args.iter().any(|a| a == "--jsonl");
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let (articles_dir, gold_dir) = (out.join("articles"), out.join("gold"));
    std::fs::create_dir_all(&articles_dir).unwrap();
    std::fs::create_dir_all(&gold_dir).unwrap();
    let target = (mb * 1e6) as usize;
    let (mut written, mut n) = (0usize, 0usize);
    let mut batch: Option<std::io::BufWriter<std::fs::File>> = None;
    while written < target {
        let html = rng.gen_bool(html_share);
        let (text, songs) = article(&mut rng, html);
        let id = format!("{n:07}");
        let (source, gold_name) = if jsonl {
            if n % 10_000 == 0 {
                let f = std::fs::File::create(
                    articles_dir.join(format!("batch-{:03}.jsonl", n / 10_000)),
                )
                .unwrap();
                batch = Some(std::io::BufWriter::new(f));
            }
            let field = if html { "html" } else { "text" };
            let line = serde_json::json!({"id": id, field: text});
            writeln!(batch.as_mut().unwrap(), "{line}").unwrap();
            (id.clone(), id.clone())
        } else {
            // A folder per 1,000 articles keeps directories small.
            let sub = articles_dir.join(format!("{:04}", n / 1000));
            if n % 1000 == 0 {
                std::fs::create_dir_all(&sub).unwrap();
            }
            let ext = if html { "html" } else { "txt" };
            std::fs::write(sub.join(format!("{id}.{ext}")), &text).unwrap();
            (id.clone(), id.clone())
        };
        std::fs::write(
            gold_dir.join(format!("{gold_name}.json")),
            gold(&source, &songs),
        )
        .unwrap();
        written += text.len();
        n += 1;
    }
    if let Some(mut b) = batch {
        b.flush().unwrap();
    }
    eprintln!(
        "gen_corpus: {n} articles, {:.1} MB, in {}",
        written as f64 / 1e6,
        out.display()
    );
}
