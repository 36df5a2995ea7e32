//! The subcommands: each an `Args` struct and a `run` function over the library.

pub mod eval;
pub mod explain;
pub mod extract;
pub mod text;
pub mod validate;

/// Exit codes, as documented in the README.
pub mod exit {
    /// Success.
    pub const OK: i32 = 0;
    /// Some inputs failed, but output was written (extract), or error-level findings (validate).
    pub const PARTIAL: i32 = 1;
    /// Usage error or fatal error.
    pub const FATAL: i32 = 2;
}

/// Loads the built-in tables plus a user alias file.
pub fn tables(aliases: Option<&std::path::Path>) -> Result<ostract::Tables, String> {
    let mut t = ostract::Tables::builtin();
    if let Some(p) = aliases {
        t.load_aliases(p).map_err(|e| e.to_string())?;
    }
    Ok(t)
}

/// Loads one article file (`-` for stdin) and prints `show(article)` for each of its
/// articles, warnings first; the exit code says whether any article failed.
pub fn print_articles(
    path: std::path::PathBuf,
    mut show: impl FnMut(&ostract::input::Article) -> String,
) -> i32 {
    use std::io::Write;
    let file = ostract::input::InputFile { path };
    match ostract::input::load(&file, ostract::input::StdinFormat::Article) {
        Ok(loaded) => {
            let mut out = std::io::stdout().lock();
            for a in &loaded.articles {
                for w in &a.warnings {
                    eprintln!("ostract: warning: {w}");
                }
                if out.write_all(show(a).as_bytes()).is_err() {
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
