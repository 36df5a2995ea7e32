//! `ostract extract PATH... [-o FILE]...`: the main job.

use super::exit;
use ostract::batch::{self, FileResult};
use ostract::input::{self, StdinFormat};
use ostract::merge::{self, SongCsv};
use ostract::output::{Format, Writer, RECORD_FIELDS};
use ostract::{Extractor, Record};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Instant;

/// Extract drama–track–artist records from articles.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  ostract extract articles/ -o records.csv -o records.json
  ostract extract page.html -o - --format jsonl
  ostract extract crawl.jsonl.gz --merge -o songs.csv --threads 2
  cat batch.jsonl | ostract extract - --stdin-format jsonl -o -")]
pub struct Args {
    /// Files or folders to read (folders are walked; `-` reads stdin).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Output file; its extension picks the format (.csv, .json, .jsonl). `-` is stdout.
    /// Repeat for several formats from one pass. Default: JSON Lines to stdout.
    #[arg(short, long = "output")]
    pub outputs: Vec<PathBuf>,
    /// Format for `-o -`.
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Worker threads (default: all cores).
    #[arg(long)]
    pub threads: Option<usize>,
    /// Write the merged dataset (one row per distinct drama, track and artist set).
    #[arg(long)]
    pub merge: bool,
    /// A CSV alias file (`kind,alias,canonical`) overriding the built-in tables.
    #[arg(long)]
    pub aliases: Option<PathBuf>,
    /// What stdin holds when a path is `-`.
    #[arg(long, value_enum, default_value = "article")]
    pub stdin_format: StdinArg,
    /// No summary on stderr.
    #[arg(short, long)]
    pub quiet: bool,
    /// Per-rule counts and every warning on stderr.
    #[arg(short, long)]
    pub verbose: bool,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum StdinArg {
    Article,
    Jsonl,
}

/// One requested output.
pub struct Target {
    pub path: PathBuf,
    pub format: Format,
    pub merged: bool,
}

pub fn run(args: Args) -> i32 {
    let merged = args.merge;
    let mut targets = Vec::new();
    let outputs = if args.outputs.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        args.outputs.clone()
    };
    for p in outputs {
        let format = if p.as_os_str() == "-" {
            args.format.or(Some(Format::Jsonl))
        } else {
            Format::from_path(&p).or(args.format)
        };
        match format {
            Some(format) => targets.push(Target {
                path: p,
                format,
                merged,
            }),
            None => {
                eprintln!(
                    "ostract: {}: unknown output format (use .csv, .json or .jsonl)",
                    p.display()
                );
                return exit::FATAL;
            }
        }
    }
    let stdin = match args.stdin_format {
        StdinArg::Article => StdinFormat::Article,
        StdinArg::Jsonl => StdinFormat::Jsonl,
    };
    let opts = Options {
        paths: args.paths,
        targets,
        threads: args.threads,
        aliases: args.aliases,
        stdin,
        quiet: args.quiet,
        verbose: args.verbose,
    };
    extract(opts)
}

/// Everything a run needs; the main job builds one of these too.
pub struct Options {
    pub paths: Vec<PathBuf>,
    pub targets: Vec<Target>,
    pub threads: Option<usize>,
    pub aliases: Option<PathBuf>,
    pub stdin: StdinFormat,
    pub quiet: bool,
    pub verbose: bool,
}

pub fn extract(o: Options) -> i32 {
    let started = Instant::now();
    let tables = match super::tables(o.aliases.as_deref()) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("ostract: {e}");
            return exit::FATAL;
        }
    };
    let extractor = Extractor::new(tables);
    let (files, mut errors) = input::collect(&o.paths);
    for e in &errors {
        eprintln!("ostract: {e}");
    }
    if files.is_empty() {
        return exit::FATAL;
    }
    let mut writers = Vec::new();
    for t in o.targets.iter().filter(|t| !t.merged) {
        match Writer::create(&t.path, t.format, RECORD_FIELDS) {
            Ok(w) => writers.push(w.streaming(t.path.as_os_str() == "-")),
            Err(e) => {
                eprintln!("ostract: {e}");
                return exit::FATAL;
            }
        }
    }
    let want_merged = o.targets.iter().any(|t| t.merged);
    let pool = match rayon::ThreadPoolBuilder::new()
        .num_threads(o.threads.unwrap_or(0))
        .build()
    {
        Ok(p) => p,
        Err(e) => {
            eprintln!("ostract: cannot start threads: {e}");
            return exit::FATAL;
        }
    };
    let mut all: Vec<Record> = Vec::new();
    let mut articles = 0usize;
    let mut records = 0usize;
    let mut per_rule: BTreeMap<String, usize> = BTreeMap::new();
    let mut write_error: Option<ostract::output::OutputError> = None;
    batch::run(&pool, &extractor, &files, o.stdin, |r: FileResult| {
        for e in r.errors {
            eprintln!("ostract: {e}");
            errors.push(e);
        }
        for a in r.articles {
            articles += 1;
            for w in &a.warnings {
                eprintln!("ostract: warning: {w}");
            }
            for rec in &a.records {
                *per_rule.entry(rec.rule.clone()).or_default() += 1;
                for w in writers.iter_mut() {
                    if let Err(e) = w.record(rec) {
                        write_error.get_or_insert(e);
                    }
                }
            }
            for w in writers.iter_mut() {
                if let Err(e) = w.flush() {
                    write_error.get_or_insert(e);
                }
            }
            records += a.records.len();
            if want_merged {
                all.extend(a.records);
            }
        }
    });
    if let Some(e) = write_error {
        // A closed pipe (`| head`) is not a failure of the run.
        if e.is_broken_pipe() {
            return exit::OK;
        }
        eprintln!("ostract: {e}");
        return exit::FATAL;
    }
    for w in writers {
        if let Err(e) = w.finish() {
            eprintln!("ostract: {e}");
            return exit::FATAL;
        }
    }
    if want_merged {
        let songs = merge::merge(&all, extractor.tables());
        for t in o.targets.iter().filter(|t| t.merged) {
            let result =
                Writer::create(&t.path, t.format, merge::MERGED_FIELDS).and_then(|mut w| {
                    for s in &songs {
                        w.write(s, &SongCsv::from(s))?;
                    }
                    w.finish()
                });
            if let Err(e) = result {
                eprintln!("ostract: {e}");
                return exit::FATAL;
            }
        }
    }
    let secs = started.elapsed().as_secs_f64();
    if !o.quiet {
        eprintln!(
            "ostract: {articles} articles read, {records} records written, {} failed, in {secs:.2}s ({:.0} articles/s)",
            errors.len(),
            articles as f64 / secs.max(1e-9)
        );
        if o.verbose {
            for (rule, n) in &per_rule {
                eprintln!("  {rule:<28} {n}");
            }
        }
    }
    if errors.is_empty() {
        exit::OK
    } else if articles > 0 {
        exit::PARTIAL
    } else {
        exit::FATAL
    }
}
