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
