//! Main-content quality of `ostract text` on the ScrapingHub article-extraction
//! benchmark (181 real pages with gold article text), scored with the benchmark's
//! metric (`ostract::eval::text`), next to the reference extractors' published outputs.
//!
//! ```text
//! cargo bench --bench html_quality                # ../shared/data/article-extraction-benchmark
//! OSTRACT_HTML_BENCH=DIR cargo bench --bench html_quality -- --worst 10
//! ```

use ostract::eval::text::{read_bodies, score_all, summarize, DocScore};
use ostract::input::{self, InputFile, StdinFormat};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

fn main() {
    let dir = std::env::var_os("OSTRACT_HTML_BENCH")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../shared/data/article-extraction-benchmark")
        });
    let args: Vec<String> = std::env::args().collect();
    let worst = args
        .iter()
        .position(|a| a == "--worst")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    let gold = match read_bodies(&dir.join("ground-truth.json")) {
        Ok(g) => g,
        Err(e) => {
            eprintln!("html_quality: {}: {e}; skipping", dir.display());
            return;
        }
    };

    let start = Instant::now();
    let mut bytes = 0u64;
    let mut ours = BTreeMap::new();
    for id in gold.keys() {
        let path = dir.join("html").join(format!("{id}.html.gz"));
        bytes += std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
        let text = match input::load(&InputFile { path }, StdinFormat::Article) {
            Ok(l) => l
                .articles
                .into_iter()
                .map(|a| a.text[a.headline..].to_string())
                .collect::<String>(),
            Err(e) => {
                eprintln!("html_quality: {e}");
                String::new()
            }
        };
        ours.insert(id.clone(), text);
    }
    let elapsed = start.elapsed();

    println!(
        "{:<24} {:>6} {:>6} {:>6} {:>6}",
        "extractor", "P", "R", "F1", "exact"
    );
    let mut rows = vec![("ostract".to_string(), score_all(&gold, &ours))];
    if let Ok(entries) = std::fs::read_dir(dir.join("output")) {
        let mut refs: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        refs.sort();
        for p in refs {
            if let Ok(pred) = read_bodies(&p) {
                let name = p
                    .file_stem()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned();
                rows.push((name, score_all(&gold, &pred)));
            }
        }
    }
    for (name, docs) in &rows {
        let s = summarize(&docs.values().copied().collect::<Vec<_>>());
        println!(
            "{name:<24} {:>6.3} {:>6.3} {:>6.3} {:>6.3}",
            s.precision, s.recall, s.f1, s.accuracy
        );
    }
    println!(
        "\nostract text: {} pages, {:.1} MB compressed, {:.2} s, {:.0} pages/s (1 thread)",
        gold.len(),
        bytes as f64 / 1e6,
        elapsed.as_secs_f64(),
        gold.len() as f64 / elapsed.as_secs_f64()
    );
    if worst > 0 {
        let mut docs: Vec<(&String, &DocScore)> = rows[0].1.iter().collect();
        let f = |d: &DocScore| d.precision.unwrap_or(0.0) + d.recall.unwrap_or(0.0);
        docs.sort_by(|a, b| f(a.1).total_cmp(&f(b.1)));
        for (id, d) in docs.into_iter().take(worst) {
            println!("{id} P={:?} R={:?}", d.precision, d.recall);
        }
    }
}
