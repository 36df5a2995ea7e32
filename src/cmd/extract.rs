//! `ostract extract PATH... [-o FILE]...`: the main job.

use super::exit;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use ostract::batch::{self, FileResult};
use ostract::input::{self, StdinFormat};
use ostract::merge::{self, SongCsv};
use ostract::output::{Format, Writer, RECORD_FIELDS};
use ostract::report::Report;
use ostract::{eval, Extractor};
use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Instant;

/// Extract drama–track–artist records from articles.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  ostract extract articles/ -o records.csv -o records.json
  ostract extract page.html -o - --format jsonl
  ostract extract crawl.jsonl.gz --merge -o songs.csv --threads 2
  ostract extract CC-MAIN-*.warc.gz -o records.jsonl
  ostract extract input/ -o report.html --gold tests/gold
  cat batch.jsonl | ostract extract - --stdin-format jsonl -o -")]
pub struct Args {
    /// Files or folders to read (folders are walked; `-` reads stdin). Article files,
    /// JSONL batches (`.jsonl`) and WARC files (`.warc`), each gzipped or not.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Output file; its extension picks the format (.csv, .json, .jsonl, or .html for a
    /// report of the articles with their mentions highlighted). `-` is stdout. Repeat
    /// for several formats from one pass. Default: JSON Lines to stdout.
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
    /// Gold files to mark hits, extras and misses in an HTML report.
    #[arg(long)]
    pub gold: Option<PathBuf>,
    /// What stdin holds when a path is `-`.
    #[arg(long, value_enum, default_value = "article")]
    pub stdin_format: StdinArg,
    /// No progress bar, warnings or summary on stderr (failed inputs are still listed).
    #[arg(short, long, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Each failure as it happens (they are always listed at the end).
    #[arg(short, long)]
    pub verbose: bool,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum StdinArg {
    Article,
    Jsonl,
    Warc,
}

/// One requested output.
pub struct Target {
    pub path: PathBuf,
    pub kind: Kind,
}

/// What an output holds.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Records(Format),
    Merged(Format),
    Report,
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
        let is_html = p
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"));
        let format = if p.as_os_str() == "-" {
            args.format.or(Some(Format::Jsonl))
        } else {
            Format::from_path(&p).or(args.format)
        };
        let kind = match format {
            _ if is_html => Kind::Report,
            Some(f) if merged => Kind::Merged(f),
            Some(f) => Kind::Records(f),
            None => {
                eprintln!(
                    "ostract: {}: unknown output format (use .csv, .json, .jsonl or .html)",
                    p.display()
                );
                return exit::FATAL;
            }
        };
        targets.push(Target { path: p, kind });
    }
    if args.gold.is_some() && !targets.iter().any(|t| t.kind == Kind::Report) {
        eprintln!("ostract: --gold needs an .html report output (-o report.html)");
        return exit::FATAL;
    }
    let stdin = match args.stdin_format {
        StdinArg::Article => StdinFormat::Article,
        StdinArg::Jsonl => StdinFormat::Jsonl,
        StdinArg::Warc => StdinFormat::Warc,
    };
    let opts = Options {
        paths: args.paths,
        targets,
        threads: args.threads,
        aliases: args.aliases,
        gold: args.gold,
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
    pub gold: Option<PathBuf>,
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
    let gold = match o.gold.as_deref().map(eval::read_gold).transpose() {
        Ok(g) => g,
        Err(e) => {
            eprintln!("ostract: {e}");
            return exit::FATAL;
        }
    };
    let (files, mut errors) = input::collect(&o.paths);
    if files.is_empty() {
        for e in &errors {
            eprintln!("ostract: {e}");
        }
        return exit::FATAL;
    }
    let mut writers = Vec::new();
    let mut reports = Vec::new();
    for t in &o.targets {
        let opened = match t.kind {
            Kind::Records(format) => Writer::create(&t.path, format, RECORD_FIELDS)
                .map(|w| writers.push(w.streaming(t.path.as_os_str() == "-")))
                .map_err(|e| e.to_string()),
            Kind::Report => Report::create(&t.path, gold.clone())
                .map(|r| reports.push(r))
                .map_err(|e| format!("{}: {e}", t.path.display())),
            Kind::Merged(_) => Ok(()),
        };
        if let Err(e) = opened {
            eprintln!("ostract: {e}");
            return exit::FATAL;
        }
    }
    let want_merged = o.targets.iter().any(|t| matches!(t.kind, Kind::Merged(_)));
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
    let mut bytes = 0u64;
    let bar = progress(files.len(), o.quiet);
    let mut merger = want_merged.then(|| merge::Merger::new(extractor.tables()));
    let mut articles = 0usize;
    let mut records = 0usize;
    let mut per_rule: BTreeMap<String, usize> = BTreeMap::new();
    let mut per_drop: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut write_error: Option<ostract::output::OutputError> = None;
    let mut report_error: Option<String> = None;
    batch::run(&pool, &extractor, &files, o.stdin, |r: FileResult| {
        bytes += r.bytes;
        for e in r.errors {
            if o.verbose {
                bar.suspend(|| eprintln!("ostract: {e}"));
            }
            errors.push(e);
        }
        for a in r.articles {
            articles += 1;
            if !o.quiet {
                for w in &a.warnings {
                    bar.suspend(|| eprintln!("ostract: warning: {w}"));
                }
            }
            for (why, n) in &a.dropped {
                *per_drop.entry(why).or_default() += n;
            }
            for rec in &a.records {
                match per_rule.get_mut(&rec.rule) {
                    Some(n) => *n += 1,
                    None => {
                        per_rule.insert(rec.rule.clone(), 1);
                    }
                }
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
            for rep in reports.iter_mut() {
                if let Err(e) = rep.article(&a) {
                    report_error.get_or_insert(format!("{}: {e}", rep.path().display()));
                }
            }
            records += a.records.len();
            if let Some(m) = merger.as_mut() {
                a.records.iter().for_each(|r| m.add(r));
            }
        }
        // A hidden bar (no terminal, `-q`) would format its message for nothing, once
        // per input on the thread that writes every record.
        if !bar.is_hidden() {
            bar.set_position(r.input as u64 + 1);
            bar.set_message(format!("{articles} articles, {records} records"));
        }
    });
    bar.finish_and_clear();
    if let Some(e) = write_error {
        // A closed pipe (`| head`) is not a failure of the run.
        if e.is_broken_pipe() {
            return exit::OK;
        }
        eprintln!("ostract: {e}");
        return exit::FATAL;
    }
    if let Some(e) = report_error {
        eprintln!("ostract: {e}");
        return exit::FATAL;
    }
    for w in writers {
        if let Err(e) = w.finish() {
            eprintln!("ostract: {e}");
            return exit::FATAL;
        }
    }
    for rep in reports {
        let path = rep.path().display().to_string();
        if let Err(e) = rep.finish() {
            eprintln!("ostract: {path}: {e}");
            return exit::FATAL;
        }
    }
    if let Some(m) = merger {
        let songs = m.finish();
        for t in &o.targets {
            let Kind::Merged(format) = t.kind else {
                continue;
            };
            let result = Writer::create(&t.path, format, merge::MERGED_FIELDS).and_then(|mut w| {
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
    let secs = started.elapsed().as_secs_f64().max(1e-9);
    if !errors.is_empty() {
        // Every failed input, once, with its reason, after the work is done.
        eprintln!("ostract: {} inputs failed:", errors.len());
        for e in &errors {
            eprintln!("  {e}");
        }
    }
    if !o.quiet {
        eprintln!(
            "ostract: {articles} articles from {} inputs, {records} records, {} failed, in {secs:.2}s ({:.0} articles/s, {:.1} MB/s)",
            files.len(),
            errors.len(),
            articles as f64 / secs,
            bytes as f64 / 1e6 / secs
        );
        if !per_rule.is_empty() {
            eprintln!("  records per rule:");
            for (rule, n) in &per_rule {
                eprintln!("  {rule:<28} {n}");
            }
        }
        // Why candidates were not kept: where to look first for what was missed.
        if o.verbose && !per_drop.is_empty() {
            let mut drops: Vec<_> = per_drop.iter().collect();
            drops.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
            eprintln!("  candidates dropped, by reason:");
            for (why, n) in drops {
                eprintln!("  {why:<36} {n}");
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

/// A progress bar over the inputs on stderr, shown only when stderr is a terminal.
fn progress(inputs: usize, quiet: bool) -> ProgressBar {
    if quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(inputs as u64), ProgressDrawTarget::stderr());
    if let Ok(style) =
        ProgressStyle::with_template("{bar:30} {pos}/{len} inputs · {msg} · {elapsed}")
    {
        bar.set_style(style);
    }
    bar
}
