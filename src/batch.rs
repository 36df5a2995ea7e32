//! Running the pipeline over many inputs in parallel, in input order.
//!
//! Files are read and extracted on rayon's pool in chunks; each chunk's results are
//! handed to the caller in input order, so outputs stream to disk, memory stays bounded
//! by a chunk, and the output is the same for every thread count.

use crate::input::{self, InputError, InputFile, StdinFormat};
use crate::record::Record;
use crate::Extractor;
use rayon::prelude::*;

/// The records of one article.
#[derive(Debug, Clone)]
pub struct ArticleResult {
    pub source: String,
    pub records: Vec<Record>,
    pub warnings: Vec<String>,
}

/// One input's outcome: its articles, and the problems that cost articles.
#[derive(Debug, Default)]
pub struct FileResult {
    pub articles: Vec<ArticleResult>,
    pub errors: Vec<InputError>,
}

/// How many files are processed between two hand-offs to the caller.
const CHUNK: usize = 512;

/// Processes `files` on `pool` and calls `sink` with each file's result, in input order.
///
/// ```
/// use ostract::{batch, input::{InputFile, StdinFormat}, Extractor, Tables};
/// let dir = tempfile::tempdir().unwrap();
/// std::fs::write(dir.path().join("a.txt"), "“Flower” – Yoon Mirae for Crash Landing on You\n").unwrap();
/// let files = vec![InputFile { path: dir.path().join("a.txt") }];
/// let ex = Extractor::new(Tables::builtin());
/// let pool = rayon::ThreadPoolBuilder::new().num_threads(2).build().unwrap();
/// let mut n = 0;
/// batch::run(&pool, &ex, &files, StdinFormat::Article, |r| n += r.articles[0].records.len());
/// assert_eq!(n, 1);
/// ```
pub fn run<F: FnMut(FileResult)>(
    pool: &rayon::ThreadPool,
    extractor: &Extractor,
    files: &[InputFile],
    stdin: StdinFormat,
    mut sink: F,
) {
    for chunk in files.chunks(CHUNK) {
        let results: Vec<FileResult> = pool.install(|| {
            chunk
                .par_iter()
                .map(|f| process(extractor, f, stdin))
                .collect()
        });
        for r in results {
            sink(r);
        }
    }
}

/// Reads and extracts one input file.
pub fn process(extractor: &Extractor, file: &InputFile, stdin: StdinFormat) -> FileResult {
    match input::load(file, stdin) {
        Ok(loaded) => FileResult {
            articles: loaded
                .articles
                .into_iter()
                .map(|a| ArticleResult {
                    records: extractor.extract_text(&a.source, &a.text),
                    source: a.source,
                    warnings: a.warnings,
                })
                .collect(),
            errors: loaded.errors,
        },
        Err(e) => FileResult {
            articles: Vec::new(),
            errors: vec![e],
        },
    }
}
