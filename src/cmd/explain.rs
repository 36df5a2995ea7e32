//! `ostract explain FILE`: how the reader read an article, line by line.

use super::exit;
use ostract::input::{self, InputFile, StdinFormat};
use std::io::Write;
use std::path::PathBuf;

/// Show, per line, the pieces, the layout, the drama mentions and every candidate song
/// with its rule, tie, confidence and, when dropped, the reason.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  ostract explain page.html\n  ostract explain article.txt | grep DROP"
)]
pub struct Args {
    /// The article (`-` for stdin).
    pub file: PathBuf,
    /// A user alias file (CSV `kind,alias,canonical`).
    #[arg(long)]
    pub aliases: Option<PathBuf>,
}

pub fn run(args: Args) -> i32 {
    let tables = match super::tables(args.aliases.as_deref()) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("ostract: {e}");
            return exit::FATAL;
        }
    };
    let file = InputFile { path: args.file };
    match input::load(&file, StdinFormat::Article) {
        Ok(loaded) => {
            let mut out = std::io::stdout().lock();
            for a in &loaded.articles {
                let r = ostract::read::read(&a.text, &tables);
                let text = format!("# {}\n{}", a.source, ostract::read::explain(&r));
                if out.write_all(text.as_bytes()).is_err() {
                    return exit::OK;
                }
            }
            for e in &loaded.errors {
                eprintln!("ostract: {e}");
            }
            if loaded.errors.is_empty() {
                exit::OK
            } else {
                exit::PARTIAL
            }
        }
        Err(e) => {
            eprintln!("ostract: {e}");
            exit::FATAL
        }
    }
}
