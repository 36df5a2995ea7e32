//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The shared evaluation material next to the repository, when present.
pub fn shared() -> Option<PathBuf> {
    let p = root().join("..").join("shared");
    p.join("seeds").is_dir().then_some(p)
}

/// The `ostract` binary under test.
pub fn ostract() -> assert_cmd::Command {
    assert_cmd::Command::cargo_bin("ostract").unwrap()
}

/// Writes a file, creating folders.
pub fn write(path: &Path, text: impl AsRef<[u8]>) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// A quality floor pinned in `tests/floors.toml`.
pub fn floor(name: &str) -> f64 {
    let text = std::fs::read_to_string(root().join("tests/floors.toml")).unwrap();
    text.lines()
        .filter_map(|l| l.split_once('='))
        .find(|(k, _)| k.trim() == name)
        .map(|(_, v)| v.trim().parse().unwrap())
        .unwrap_or_else(|| panic!("no floor for {name}"))
}

/// Every record the built-in extractor finds under `dir`, in input order.
pub fn records_of(dir: &Path) -> Vec<ostract::Record> {
    use ostract::{batch, input, Extractor, Tables};
    let (files, errors) = input::collect(&[dir.to_path_buf()]);
    assert!(errors.is_empty(), "{errors:?}");
    let ex = Extractor::new(Tables::builtin());
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(2)
        .build()
        .unwrap();
    let mut out = Vec::new();
    batch::run(&pool, &ex, &files, input::StdinFormat::Article, |r| {
        out.extend(r.articles.into_iter().flat_map(|a| a.records))
    });
    out
}
