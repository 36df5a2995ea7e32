//! The `ostract` command line: a thin layer over the library.

mod cmd;

use clap::{CommandFactory, Parser, Subcommand};
use cmd::extract::{Options, Target};
use ostract::output::Format;
use std::path::PathBuf;

/// Turn articles about Korean dramas into a dataset of soundtrack songs.
///
/// With no subcommand, reads every article under `input/` and writes
/// `output/records.csv`, `output/records.json`, `output/songs.csv` and `output/songs.json`.
#[derive(Debug, Parser)]
#[command(
    name = "ostract",
    version,
    about,
    after_help = "Examples:
  ostract                                   # input/ -> output/
  ostract extract articles/ -o records.csv
  ostract eval --gold gold/ records.csv --verbose
  ostract text page.html
  ostract validate output/songs.csv"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    Extract(cmd::extract::Args),
    Eval(cmd::eval::Args),
    Text(cmd::text::Args),
    Validate(cmd::validate::Args),
    /// Print shell completions.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

fn main() {
    let cli = Cli::parse();
    let code = match cli.command {
        None => main_job(),
        Some(Command::Extract(a)) => cmd::extract::run(a),
        Some(Command::Eval(a)) => cmd::eval::run(a),
        Some(Command::Text(a)) => cmd::text::run(a),
        Some(Command::Validate(a)) => cmd::validate::run(a),
        Some(Command::Completions { shell }) => {
            clap_complete::generate(
                shell,
                &mut Cli::command(),
                "ostract",
                &mut std::io::stdout(),
            );
            0
        }
    };
    std::process::exit(code);
}

/// `input/` → `output/records.{csv,json}` and the merged `output/songs.{csv,json}`.
fn main_job() -> i32 {
    let out = PathBuf::from("output");
    let target = |name: &str, format, merged| Target {
        path: out.join(name),
        format,
        merged,
    };
    cmd::extract::extract(Options {
        paths: vec![PathBuf::from("input")],
        targets: vec![
            target("records.csv", Format::Csv, false),
            target("records.json", Format::Json, false),
            target("songs.csv", Format::Csv, true),
            target("songs.json", Format::Json, true),
        ],
        threads: None,
        aliases: None,
        stdin: ostract::input::StdinFormat::Article,
        quiet: false,
        verbose: false,
    })
}
