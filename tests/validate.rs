//! `ostract validate`: every injected fault is found on its row, clean rows give
//! nothing, a dataset made by `extract` passes, and unusable input exits 2.

mod common;

use common::{ostract, root};

/// The faults injected into `tests/fixtures/validate/faulty.csv`, by data row; every
/// other row is clean.
const FAULTS: &[(usize, &str)] = &[
    (4, "empty-value"),
    (6, "edge-quote"),
    (7, "ost-in-title"),
    (8, "unsplit-artists"),
    (10, "unnormalized-credit"),
    (11, "duplicate-row"),
    (12, "formula-injection"),
    (14, "near-duplicate"),
    (17, "sentence-title"),
    (18, "unbalanced"),
    (19, "unnormalized-credit"),
    (22, "no-artist"),
    (25, "control-char"),
];

#[test]
fn every_fault_on_its_row_and_nothing_else() {
    let path = root().join("tests/fixtures/validate/faulty.csv");
    let out = ostract()
        .args(["validate", path.to_str().unwrap(), "--format", "json"])
        .assert()
        .code(1);
    let findings: Vec<serde_json::Value> =
        serde_json::from_slice(&out.get_output().stdout).unwrap();
    let got: Vec<(usize, String)> = findings
        .iter()
        .map(|f| {
            for k in ["row", "field", "rule", "severity", "message"] {
                assert!(f.get(k).is_some(), "{f}: no {k}");
            }
            (
                f["row"].as_u64().unwrap() as usize,
                f["rule"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let want: Vec<(usize, String)> = FAULTS.iter().map(|(r, s)| (*r, s.to_string())).collect();
    assert_eq!(got, want);
}

#[test]
fn human_output_names_file_row_rule_and_field() {
    let path = root().join("tests/fixtures/validate/faulty.csv");
    let out = ostract()
        .args(["validate", path.to_str().unwrap()])
        .assert()
        .code(1);
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(
        stdout.contains("faulty.csv:12: error[formula-injection] artists: starts with `=`"),
        "{stdout}"
    );
}

#[test]
fn a_dataset_made_by_extract_passes() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["records.csv", "songs.csv", "songs.json", "records.jsonl"] {
        let out = dir.path().join(name);
        let mut cmd = ostract();
        cmd.args([
            "extract",
            root().join("input").to_str().unwrap(),
            "-q",
            "-o",
        ])
        .arg(&out);
        if name.starts_with("songs") {
            cmd.arg("--merge");
        }
        cmd.assert().success();
        ostract().arg("validate").arg(&out).assert().code(0);
    }
}

#[test]
fn unusable_input_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    ostract()
        .args(["validate", dir.path().join("nope.csv").to_str().unwrap()])
        .assert()
        .code(2);
    let bad = dir.path().join("bad.json");
    common::write(&bad, "[{\"drama\": ");
    ostract()
        .arg("validate")
        .arg(&bad)
        .assert()
        .code(2)
        .stderr(predicates::str::contains("bad.json: cannot parse"));
    let other = dir.path().join("data.xml");
    common::write(&other, "<x/>");
    ostract().arg("validate").arg(&other).assert().code(2);
}
