//! Main-content quality on the ScrapingHub article-extraction benchmark: the metric
//! reproduces the published score of a reference extractor, and `ostract text` stays
//! above its floor in `tests/floors.toml`. `cargo bench --bench html_quality` prints
//! the full table.

mod common;

use ostract::eval::text::{read_bodies, score_all, summarize, Summary};
use ostract::input::{self, InputFile, StdinFormat};
use std::collections::BTreeMap;
use std::path::PathBuf;

fn benchmark() -> Option<PathBuf> {
    let dir = common::shared()?.join("data/article-extraction-benchmark");
    dir.join("ground-truth.json").is_file().then_some(dir)
}

fn summary(gold: &BTreeMap<String, String>, pred: &BTreeMap<String, String>) -> Summary {
    summarize(&score_all(gold, pred).into_values().collect::<Vec<_>>())
}

#[test]
fn metric_reproduces_the_published_trafilatura_score() {
    let Some(dir) = benchmark() else {
        return eprintln!("skipped: the article-extraction benchmark is not present");
    };
    let gold = read_bodies(&dir.join("ground-truth.json")).unwrap();
    let pred = read_bodies(&dir.join("output/trafilatura.json")).unwrap();
    let s = summary(&gold, &pred);
    // trafilatura's published F1 on these pages is 0.958.
    assert!((s.f1 - 0.958).abs() < 0.002, "{s:?}");
}

#[test]
fn ostract_text_main_content_f1() {
    let Some(dir) = benchmark() else {
        return eprintln!("skipped: the article-extraction benchmark is not present");
    };
    let gold = read_bodies(&dir.join("ground-truth.json")).unwrap();
    let pred: BTreeMap<String, String> = gold
        .keys()
        .map(|id| {
            let path = dir.join("html").join(format!("{id}.html.gz"));
            let loaded = input::load(&InputFile { path }, StdinFormat::Article).unwrap();
            (
                id.clone(),
                // The benchmark's bodies are the story without its headline.
                loaded
                    .articles
                    .into_iter()
                    .map(|a| a.text[a.headline..].to_string())
                    .collect(),
            )
        })
        .collect();
    let s = summary(&gold, &pred);
    let floor = common::floor("html");
    eprintln!(
        "html: F1 {:.3} (P {:.3} R {:.3})",
        s.f1, s.precision, s.recall
    );
    assert!(
        s.f1 >= floor,
        "main-content F1 {:.3} fell below the floor {floor}",
        s.f1
    );
}
