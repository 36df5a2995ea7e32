//! `ostract explain FILE`: how the reader read an article, line by line.

use super::exit;
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
    super::print_articles(args.file, |a| {
        let r = ostract::read::read_text(&a.text, &tables, a.html);
        format!("# {}\n{}", a.source, ostract::read::explain(&r))
    })
}
