//! Running the pipeline over many inputs in parallel, in input order.
//!
//! Article files are read and extracted on rayon's pool in chunks of files, JSONL
//! batches in chunks of lines and WARC files in chunks of records, read as they come; each chunk's results are handed to the
//! caller in input order, so outputs stream to disk, memory stays bounded by a chunk,
//! and the output is the same for every thread count.

use crate::input::{self, jsonl, warc, Article, InputError, InputFile, Kind, StdinFormat};
use crate::record::Record;
use crate::Extractor;
use rayon::prelude::*;

/// The records of one article.
#[derive(Debug, Clone)]
pub struct ArticleResult {
    pub source: String,
    /// The cleaned text the rules saw; records' `start`/`end` are byte offsets into it.
    pub text: String,
    pub records: Vec<Record>,
    /// Candidates dropped, by reason.
    pub dropped: Vec<(&'static str, usize)>,
    pub warnings: Vec<String>,
}

/// One input's outcome: its articles, and the problems that cost articles.
#[derive(Debug, Default)]
pub struct FileResult {
    /// The input's index in the list given to [`run`] (a JSONL batch comes in several
    /// results with the same index).
    pub input: usize,
    /// Bytes of content read for these articles (after gunzipping).
    pub bytes: u64,
    pub articles: Vec<ArticleResult>,
    pub errors: Vec<InputError>,
}

/// How many files, or JSONL lines, are processed between two hand-offs to the caller.
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
    // The pool extracts the next chunk while this thread hands the last one to `sink`
    // (writing outputs), so the workers do not wait for the writer. The channel holds
    // at most two chunks' results, which bounds memory.
    let (tx, rx) = std::sync::mpsc::sync_channel::<FileResult>(2 * CHUNK);
    std::thread::scope(|scope| {
        scope.spawn(move || {
            let mut send = |r: FileResult| {
                // A closed receiver means the caller is gone; the rest is moot.
                let _ = tx.send(r);
            };
            let mut pending: Vec<(usize, &InputFile)> = Vec::new();
            for (i, f) in files.iter().enumerate() {
                if f.kind(stdin) == Kind::Jsonl {
                    run_files(pool, extractor, &mut pending, &mut send);
                    run_batch(pool, extractor, i, f, &mut send);
                } else if f.kind(stdin) == Kind::Warc {
                    run_files(pool, extractor, &mut pending, &mut send);
                    run_warc(pool, extractor, i, f, &mut send);
                } else {
                    pending.push((i, f));
                    if pending.len() == CHUNK {
                        run_files(pool, extractor, &mut pending, &mut send);
                    }
                }
            }
            run_files(pool, extractor, &mut pending, &mut send);
        });
        for r in rx {
            sink(r);
        }
    });
}

/// Extracts the pending article files in parallel, then hands them over in order.
fn run_files<F: FnMut(FileResult)>(
    pool: &rayon::ThreadPool,
    extractor: &Extractor,
    pending: &mut Vec<(usize, &InputFile)>,
    sink: &mut F,
) {
    let results: Vec<FileResult> = pool.install(|| {
        pending
            .par_iter()
            .map(|&(input, f)| match input::load(f, StdinFormat::Article) {
                Ok(loaded) => {
                    let mut result = FileResult {
                        input,
                        bytes: loaded.bytes,
                        articles: Vec::new(),
                        errors: loaded.errors,
                    };
                    for a in loaded.articles {
                        match extract(extractor, a) {
                            Ok(a) => result.articles.push(a),
                            Err(e) => result.errors.push(e),
                        }
                    }
                    result
                }
                Err(e) => FileResult {
                    input,
                    bytes: 0,
                    articles: Vec::new(),
                    errors: vec![e],
                },
            })
            .collect()
    });
    pending.clear();
    results.into_iter().for_each(sink);
}

/// Streams a JSONL batch: chunks of lines are extracted in parallel and handed over in
/// order, one [`FileResult`] per chunk. A read error ends the batch, keeping what came
/// before it.
fn run_batch<F: FnMut(FileResult)>(
    pool: &rayon::ThreadPool,
    extractor: &Extractor,
    input: usize,
    file: &InputFile,
    sink: &mut F,
) {
    let label = file.label();
    let failed = |e: InputError| FileResult {
        input,
        bytes: 0,
        articles: Vec::new(),
        errors: vec![e],
    };
    let reader = match input::open(file) {
        Ok(r) => r,
        Err(e) => return sink(failed(e)),
    };
    let mut lines = jsonl::Lines::new(reader, file.is_stdin());
    loop {
        let chunk = match lines.next_chunk(CHUNK) {
            Ok(c) if c.is_empty() => return,
            Ok(c) => c,
            Err(source) => {
                let path = label.clone();
                return sink(failed(InputError::Io { path, source }));
            }
        };
        let parsed: Vec<Result<Option<ArticleResult>, InputError>> = pool.install(|| {
            chunk
                .par_iter()
                .map(|l| {
                    jsonl::parse(&label, l)?
                        .map(|a| extract(extractor, a))
                        .transpose()
                })
                .collect()
        });
        let mut result = FileResult {
            input,
            bytes: chunk.iter().map(|l| l.bytes.len() as u64).sum(),
            ..FileResult::default()
        };
        for p in parsed {
            match p {
                Ok(Some(a)) => result.articles.push(a),
                Ok(None) => {}
                Err(e) => result.errors.push(e),
            }
        }
        sink(result);
    }
}

/// The most payload bytes of a WARC file held for one chunk (besides its largest record).
const CHUNK_BYTES: usize = 32 << 20;

/// Streams a WARC file as [`run_batch`] streams a batch: records are read and gunzipped
/// on this thread, in chunks of [`CHUNK`] records (or [`CHUNK_BYTES`] of payload), and
/// decoded, converted and extracted in parallel. A bad record costs only itself; a
/// truncated file ends with an error, keeping what came before it.
fn run_warc<F: FnMut(FileResult)>(
    pool: &rayon::ThreadPool,
    extractor: &Extractor,
    input: usize,
    file: &InputFile,
    sink: &mut F,
) {
    let label = file.label();
    let records = input::open_raw(file).and_then(|raw| {
        warc::Records::new(&label, raw).map_err(|source| InputError::Io {
            path: label.clone(),
            source,
        })
    });
    let mut records = match records {
        Ok(r) => r,
        Err(e) => {
            return sink(FileResult {
                input,
                errors: vec![e],
                ..FileResult::default()
            })
        }
    };
    loop {
        let chunk = records.next_chunk(CHUNK, CHUNK_BYTES);
        if chunk.is_empty() {
            return;
        }
        let parsed: Vec<Result<Option<ArticleResult>, InputError>> = pool.install(|| {
            chunk
                .par_iter()
                .map(|r| match r {
                    Ok(raw) => warc::parse(&label, raw)?
                        .map(|a| extract(extractor, a))
                        .transpose(),
                    Err(_) => Ok(None),
                })
                .collect()
        });
        let mut result = FileResult {
            input,
            ..FileResult::default()
        };
        for (r, p) in chunk.into_iter().zip(parsed) {
            match (r, p) {
                (Err(e), _) | (Ok(_), Err(e)) => result.errors.push(e),
                (Ok(raw), Ok(a)) => {
                    result.bytes += raw.payload.len() as u64;
                    result.articles.extend(a);
                }
            }
        }
        sink(result);
    }
}

/// Extracts one article. A bug that panics on one article's text costs that article
/// only: it becomes an error naming the article, and the batch goes on.
fn extract(extractor: &Extractor, a: Article) -> Result<ArticleResult, InputError> {
    let run = std::panic::AssertUnwindSafe(|| extractor.extract_with_drops(&a));
    let extraction = std::panic::catch_unwind(run).map_err(|payload| InputError::Internal {
        path: a.source.clone(),
        reason: payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".into()),
    })?;
    Ok(ArticleResult {
        records: extraction.records,
        dropped: extraction.dropped,
        source: a.source,
        text: a.text,
        warnings: a.warnings,
    })
}
