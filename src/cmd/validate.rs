//! `ostract validate FILE`: check a dataset of records.

use super::exit;
use ostract::validate::{self, Severity};
use std::io::Write;
use std::path::PathBuf;

/// Check a dataset (CSV, JSON or JSON Lines) for missing fields, unnormalised names,
/// duplicates and spreadsheet formulas; exit 1 when any finding is an error.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  ostract validate output/songs.csv
  ostract validate dataset.json --format json > findings.json

Rules (id, severity): see `ostract validate --rules`.")]
pub struct Args {
    /// The dataset to check (.csv, .json or .jsonl).
    #[arg(required_unless_present = "rules")]
    pub file: Option<PathBuf>,
    /// Output format of the findings.
    #[arg(long, value_enum, default_value = "human")]
    pub format: FindingsFormat,
    /// A CSV alias file (`kind,alias,canonical`) adding known groups and acts.
    #[arg(long)]
    pub aliases: Option<PathBuf>,
    /// List the rules and exit.
    #[arg(long)]
    pub rules: bool,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum FindingsFormat {
    Human,
    Json,
}

pub fn run(args: Args) -> i32 {
    let mut out = std::io::stdout().lock();
    if args.rules {
        for (id, severity, what) in validate::RULES {
            let _ = writeln!(out, "{id:<20} {severity:<8} {what}");
        }
        return exit::OK;
    }
    let Some(file) = args.file else {
        return exit::FATAL;
    };
    let tables = match super::tables(args.aliases.as_deref()) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("ostract: {e}");
            return exit::FATAL;
        }
    };
    let data = match validate::read(&file) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("ostract: {e}");
            return exit::FATAL;
        }
    };
    let findings = validate::check(&data, &tables);
    let written = match args.format {
        FindingsFormat::Json => serde_json::to_writer_pretty(&mut out, &findings)
            .map_err(std::io::Error::from)
            .and_then(|_| writeln!(out)),
        FindingsFormat::Human => findings.iter().try_for_each(|f| {
            let field = if f.field.is_empty() {
                String::new()
            } else {
                format!(" {}:", f.field)
            };
            writeln!(
                out,
                "{}:{}: {}[{}]{field} {}",
                file.display(),
                f.row,
                f.severity,
                f.rule,
                f.message
            )
        }),
    };
    if written.is_err() {
        return exit::OK;
    }
    let errors = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    eprintln!(
        "ostract: {}: {} rows, {errors} errors, {} warnings",
        file.display(),
        data.rows.len(),
        findings.len() - errors
    );
    if errors > 0 {
        exit::PARTIAL
    } else {
        exit::OK
    }
}
