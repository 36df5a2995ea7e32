//! `ostract text FILE`: the cleaned article text exactly as the rules see it.

use super::exit;
use ostract::input::{self, InputFile, StdinFormat};
use std::io::Write;
use std::path::PathBuf;

/// Print the cleaned text of an article (HTML main content, decoded), one block a line.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  ostract text page.html\n  curl -s URL | ostract text -")]
pub struct Args {
    /// The article (`-` for stdin).
    pub file: PathBuf,
}

pub fn run(args: Args) -> i32 {
    let file = InputFile { path: args.file };
    match input::load(&file, StdinFormat::Article) {
        Ok(loaded) => {
            let mut out = std::io::stdout().lock();
            for a in &loaded.articles {
                for w in &a.warnings {
                    eprintln!("ostract: warning: {w}");
                }
                if out.write_all(a.text.as_bytes()).is_err() {
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
