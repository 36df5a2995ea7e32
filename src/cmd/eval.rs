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
    if args.verbose {
        for a in &s.articles {
            if a.misses.is_empty() && a.extras.is_empty() {
                continue;
            }
            println!("{}: triple F1 {:.3}", a.id, a.triple.f1());
            for m in &a.misses {
                println!("  miss  {m}");
            }
            for x in &a.extras {
                println!("  extra {x}");
            }
        }
        if !s.unscored.is_empty() {
            println!("not scored (no gold): {}", s.unscored.join(", "));
        }
    }
    println!("{} articles, {} records", s.articles.len(), records.len());
    println!("{}", line("triple", &s.triple));
    println!("{}", line("pair", &s.pair));
    println!("{}", line("track", &s.track));
    exit::OK
}
