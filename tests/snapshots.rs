//! Whole-article outputs, as snapshots: every record of every sample article, and the
//! merged dataset of the sample corpus.

mod common;

use ostract::{batch, input, merge, Extractor, Record, Tables};

fn records() -> Vec<Record> {
    let (files, errors) = input::collect(&[common::root().join("input")]);
    assert!(errors.is_empty());
    let ex = Extractor::new(Tables::builtin());
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(2)
        .build()
        .unwrap();
    let mut out = Vec::new();
    batch::run(&pool, &ex, &files, input::StdinFormat::Article, |r| {
        out.extend(r.articles.into_iter().flat_map(|a| a.records))
    });
    let root = common::root().display().to_string();
    for r in &mut out {
        r.source = r
            .source
            .trim_start_matches(&root)
            .trim_start_matches('/')
            .to_string();
    }
    out
}

#[test]
fn sample_articles() {
    insta::assert_json_snapshot!(records());
}

#[test]
fn merged_sample_dataset() {
    insta::assert_json_snapshot!(merge::merge(&records(), &Tables::builtin()));
}

#[test]
fn same_records_from_html_and_text_twins() {
    let ex = Extractor::new(Tables::builtin());
    let html =
        std::fs::read_to_string(common::root().join("tests/fixtures/twin/article.html")).unwrap();
    let text =
        std::fs::read_to_string(common::root().join("tests/fixtures/twin/article.txt")).unwrap();
    let strip = |v: Vec<Record>| {
        v.into_iter()
            .map(|r| (r.drama, r.track, r.artists))
            .collect::<Vec<_>>()
    };
    let from_html = strip(ex.extract_text("t", &ostract::html::to_text(&html)));
    let from_text = strip(ex.extract_text("t", &text));
    assert!(!from_text.is_empty());
    assert_eq!(from_html, from_text);
}
