//! Per-stage benchmarks over the sample articles in `input/`: decoding, HTML to text,
//! segmenting, reading (the extraction core), and whole-article extraction. Run with `cargo bench`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use ostract::{html, input, segment, Extractor, Tables};
use std::hint::black_box;

fn corpus() -> Vec<(String, Vec<u8>)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("input");
    let (files, _) = input::collect(&[dir]);
    files
        .iter()
        .map(|f| (f.label(), std::fs::read(&f.path).unwrap()))
        .collect()
}

fn stages(c: &mut Criterion) {
    let files = corpus();
    let bytes: u64 = files.iter().map(|(_, b)| b.len() as u64).sum();
    let decoded: Vec<String> = files
        .iter()
        .map(|(_, b)| input::decode(b, None).text)
        .collect();
    let pages: Vec<&String> = files
        .iter()
        .zip(&decoded)
        .filter(|((name, _), _)| name.ends_with(".html"))
        .map(|(_, t)| t)
        .collect();
    let texts: Vec<String> = decoded
        .iter()
        .map(|t| {
            if html::looks_like_html(t) {
                html::to_text(t)
            } else {
                t.clone()
            }
        })
        .collect();
    let tables = Tables::builtin();
    let extractor = Extractor::new(tables.clone());

    let mut g = c.benchmark_group("stages");
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function("decode", |b| {
        b.iter(|| {
            files
                .iter()
                .map(|(_, raw)| input::decode(black_box(raw), None).text.len())
                .sum::<usize>()
        })
    });
    g.bench_function("html", |b| {
        b.iter(|| {
            pages
                .iter()
                .map(|p| html::to_text(black_box(p)).len())
                .sum::<usize>()
        })
    });
    g.bench_function("segment", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| segment::lines(black_box(t)).len())
                .sum::<usize>()
        })
    });
    g.bench_function("read", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| ostract::read::read(black_box(t), &tables).songs.len())
                .sum::<usize>()
        })
    });
    g.bench_function("extract", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| extractor.extract_text("bench", black_box(t)).len())
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
