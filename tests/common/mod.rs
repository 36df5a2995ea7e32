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
