//! `ostract eval --gold DIR RECORDS`: score records against hand-checked gold.

use super::exit;
use ostract::eval::{self, Counts};
use std::path::PathBuf;

/// Score a records file against gold files (triple, pair and track P/R/F1).
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  ostract extract articles/ -o out.json\n  ostract eval --gold gold/ out.json --verbose"
)]
pub struct Args {
    /// Folder of gold files (`{\"source\": ID, \"records\": [...]}`).
    #[arg(long)]
    pub gold: PathBuf,
    /// Records to score (.csv, .json or .jsonl).
    pub records: PathBuf,
    /// List each miss and extra, by article.
    #[arg(long, short)]
    pub verbose: bool,
}

fn line(name: &str, c: &Counts) -> String {
    format!(
        "{name:<7} P {:.3}  R {:.3}  F1 {:.3}  (tp {}, fp {}, fn {})",
        c.precision(),
        c.recall(),
        c.f1(),
        c.tp,
        c.fp,
        c.fn_
    )
}

pub fn run(args: Args) -> i32 {
    let gold = match eval::read_gold(&args.gold) {
        Ok(g) => g,
        Err(e) => {
            eprintln!("ostract: {e}");
            return exit::FATAL;
        }
    };
    let records = match ostract::output::read_records(&args.records) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("ostract: {e}");
            return exit::FATAL;
        }
    };
    let s = eval::score(&records, &gold);
    // A closed stdout (`| head`) ends the report quietly.
    let _ = report(&s, records.len(), args.verbose);
    exit::OK
}

fn report(s: &eval::Score, records: usize, verbose: bool) -> std::io::Result<()> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    if verbose {
        for a in &s.articles {
            if a.misses.is_empty() && a.extras.is_empty() {
                continue;
            }
            writeln!(out, "{}: triple F1 {:.3}", a.id, a.triple.f1())?;
            for m in &a.misses {
                writeln!(out, "  miss  {m}")?;
            }
            for x in &a.extras {
                writeln!(out, "  extra {x}")?;
            }
        }
        if !s.unscored.is_empty() {
            writeln!(out, "not scored (no gold): {}", s.unscored.join(", "))?;
        }
    }
    writeln!(out, "{} articles, {records} records", s.articles.len())?;
    writeln!(out, "{}", line("triple", &s.triple))?;
    writeln!(out, "{}", line("pair", &s.pair))?;
    writeln!(out, "{}", line("track", &s.track))
}
