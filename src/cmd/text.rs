//! `ostract text FILE`: the cleaned article text exactly as the rules see it.

use std::path::PathBuf;

/// Print the cleaned text of an article (HTML main content, decoded), one block a line.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  ostract text page.html\n  curl -s URL | ostract text -")]
pub struct Args {
    /// The article (`-` for stdin).
    pub file: PathBuf,
}

pub fn run(args: Args) -> i32 {
    super::print_articles(args.file, |a| a.text.clone())
}
