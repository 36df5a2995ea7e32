//! The HTML report, rendered in headless Chromium: every record is highlighted in its
//! article, hits and extras and misses are marked against the gold, and clicking a
//! mark shows its record. `scripts/install-chromium.sh` (run by `.ci/run`) installs
//! Chromium; without it this test says so and is skipped.

mod common;

use common::{ostract, root};
use std::path::{Path, PathBuf};
use std::process::Command;

fn chromium() -> Option<PathBuf> {
    ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .filter_map(|name| {
            let out = Command::new("sh")
                .args(["-c", &format!("command -v {name}")])
                .output()
                .ok()?;
            let p = String::from_utf8(out.stdout).ok()?;
            (!p.trim().is_empty()).then(|| PathBuf::from(p.trim()))
        })
        .next()
}

/// The DOM after the page's script ran, for `url`.
fn render(browser: &Path, url: &str, profile: &Path) -> String {
    let out = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(["--dump-dom", url])
        .output()
        .expect("chromium runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn report_renders_highlights_and_details_in_chromium() {
    let Some(browser) = chromium() else {
        eprintln!("skipped: Chromium is not installed (scripts/install-chromium.sh installs it)");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("report.html");
    let records = dir.path().join("records.json");
    ostract()
        .args([
            "extract",
            root().join("input").to_str().unwrap(),
            "-q",
            "--gold",
        ])
        .arg(root().join("tests/gold"))
        .arg("-o")
        .arg(&report)
        .arg("-o")
        .arg(&records)
        .assert()
        .success();
    let recs: Vec<serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(&records).unwrap()).unwrap();
    let score = ostract()
        .args(["eval", "--gold"])
        .arg(root().join("tests/gold"))
        .arg(&records)
        .assert()
        .success();
    let score = String::from_utf8_lossy(&score.get_output().stdout).into_owned();
    let field = |name: &str| -> usize {
        let at = score.find(name).unwrap() + name.len();
        score[at..]
            .split(|c: char| !c.is_ascii_digit())
            .find(|s| !s.is_empty())
            .unwrap()
            .parse()
            .unwrap()
    };
    let (tp, fp, fn_) = (field("tp "), field("fp "), field("fn "));

    let pick = 3;
    let url = format!("file://{}#select={pick}", report.display());
    let dom = render(&browser, &url, &dir.path().join("profile"));

    // The script ran over all the records.
    assert!(
        dom.contains(&format!("data-ready=\"{}\"", recs.len())),
        "script did not run"
    );
    // Every record is highlighted once in its article and listed once in the table.
    let marks = dom.matches("<mark class=\"rec").count();
    assert_eq!(marks, recs.len());
    assert_eq!(dom.matches("<tr class=\"rec").count(), recs.len());
    // Hits, extras and misses agree with `ostract eval`.
    assert_eq!(dom.matches("<mark class=\"rec hit").count(), tp);
    assert_eq!(dom.matches("<mark class=\"rec extra").count(), fp);
    assert_eq!(dom.matches("<li class=\"miss\">").count(), fn_);
    // Clicking a mark shows its record's fields and selects it in the text and table.
    let panel = &dom[dom.find("<div id=\"detail\">").expect("detail panel")..];
    let track = recs[pick]["track"].as_str().unwrap();
    assert!(
        panel.contains(&format!("track: {track}")),
        "{}",
        &panel[..300.min(panel.len())]
    );
    assert_eq!(
        dom.matches("selected\" data-r=\"3\"").count(),
        2,
        "mark and row selected"
    );
}
