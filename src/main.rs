//! The `ostract` command line: a thin layer over the library.

mod cmd;

use clap::{CommandFactory, Parser, Subcommand};
use cmd::extract::{Kind, Options, Target};
use ostract::output::Format;
use std::path::PathBuf;

// Articles are many small allocations freed soon after: mimalloc's thread-local heaps
// cost less per allocation than the system allocator and do not contend across threads.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
    Explain(cmd::explain::Args),
    Validate(cmd::validate::Args),
    /// Print shell completions.
    #[command(
        after_help = "Examples:\n  ostract completions bash > /etc/bash_completion.d/ostract\n  ostract completions zsh > ~/.zfunc/_ostract"
    )]
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
        Some(Command::Explain(a)) => cmd::explain::run(a),
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
    let target = |name: &str, kind| Target {
        path: out.join(name),
        kind,
    };
    cmd::extract::extract(Options {
        paths: vec![PathBuf::from("input")],
        targets: vec![
            target("records.csv", Kind::Records(Format::Csv)),
            target("records.json", Kind::Records(Format::Json)),
            target("songs.csv", Kind::Merged(Format::Csv)),
            target("songs.json", Kind::Merged(Format::Json)),
        ],
        threads: None,
        aliases: None,
        gold: None,
        stdin: ostract::input::StdinFormat::Article,
        quiet: false,
        verbose: false,
    })
}
