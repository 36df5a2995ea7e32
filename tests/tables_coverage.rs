//! How much of the dev gold the name tables know: the share of its distinct dramas that
//! are known titles, of its distinct artists that are known performers, and of its
//! artists that are known or shaped like a performer's name. Prints the figures and
//! holds them to the floors in `tests/floors.toml`. Skipped without `../shared`.

mod common;

use ostract::normalize::key;
use ostract::{shape, Tables};
use std::collections::BTreeMap;

/// A gold artist's names to look up: `Chen (EXO)` is `Chen` and `EXO`.
fn parts(artist: &str) -> Vec<&str> {
    let artist = artist.trim();
    match artist.strip_suffix(')').and_then(|a| a.rsplit_once(" (")) {
        Some((member, group)) => vec![member.trim(), group.trim()],
        None => vec![artist],
    }
}

#[test]
fn tables_cover_the_dev_gold() {
    let Some(shared) = common::shared() else {
        eprintln!("../shared is absent: coverage not measured");
        return;
    };
    let t = Tables::builtin();
    // distinct drama key -> every form the gold gives it
    let mut dramas: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut artists: BTreeMap<String, String> = BTreeMap::new();
    let mut files: Vec<_> = std::fs::read_dir(shared.join("dev/gold"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    for path in files {
        let gold: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        for r in gold["records"].as_array().unwrap() {
            let drama = r["drama"].as_str().unwrap_or("");
            if !drama.trim().is_empty() {
                let forms = dramas.entry(key(drama)).or_default();
                forms.push(drama.to_string());
                let alts = r.get("drama_alt").and_then(|a| a.as_array());
                forms.extend(
                    alts.into_iter()
                        .flatten()
                        .filter_map(|a| a.as_str())
                        .map(String::from),
                );
            }
            for a in r["artists"].as_array().into_iter().flatten() {
                let a = a.as_str().unwrap_or("");
                if !a.trim().is_empty() {
                    artists.entry(key(a)).or_insert_with(|| a.to_string());
                }
            }
        }
    }
    let share = |n: usize, of: usize| n as f64 / of.max(1) as f64;
    let known_dramas = dramas
        .values()
        .filter(|forms| forms.iter().any(|f| t.is_drama(f)))
        .count();
    let by_table = |a: &str| parts(a).iter().any(|p| t.is_known_performer(p));
    let by_shape = |a: &str| parts(a).iter().any(|p| shape::performer_score(p, &t) > 0.0);
    let known_artists = artists.values().filter(|a| by_table(a)).count();
    let shaped = artists
        .values()
        .filter(|a| by_table(a) || by_shape(a))
        .count();
    let (d, a, s) = (
        share(known_dramas, dramas.len()),
        share(known_artists, artists.len()),
        share(shaped, artists.len()),
    );
    eprintln!(
        "dev gold: dramas known {known_dramas}/{} ({:.1}%), artists known by table {known_artists}/{} ({:.1}%), by table or shape {shaped}/{} ({:.1}%)",
        dramas.len(),
        100.0 * d,
        artists.len(),
        100.0 * a,
        artists.len(),
        100.0 * s,
    );
    assert!(d >= common::floor("tables_dramas"), "drama coverage {d:.3}");
    assert!(
        a >= common::floor("tables_artists"),
        "artist coverage {a:.3}"
    );
    assert!(
        s >= common::floor("tables_artists_shape"),
        "artist coverage with shapes {s:.3}"
    );
}

/// `scripts/derive_tables.py` writes exactly the committed `data/` files from
/// `../shared/data`. Skipped without `../shared` or `python3`.
#[test]
fn derived_tables_are_regenerated_exactly() {
    let Some(shared) = common::shared() else {
        eprintln!("../shared is absent: derivation not checked");
        return;
    };
    let out = tempfile::tempdir().unwrap();
    let run = std::process::Command::new("python3")
        .arg(common::root().join("scripts/derive_tables.py"))
        .arg(shared.join("data"))
        .arg(out.path())
        .output();
    let Ok(run) = run else {
        eprintln!("python3 is absent: derivation not checked");
        return;
    };
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let mut written: Vec<_> = std::fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    written.sort();
    assert!(written.len() >= 7, "{written:?}");
    for name in written {
        let fresh = std::fs::read(out.path().join(&name)).unwrap();
        let committed = std::fs::read(common::root().join("data").join(&name)).unwrap();
        assert!(
            fresh == committed,
            "data/{} differs from what the script derives",
            name.to_string_lossy()
        );
    }
}

/// Tables are evidence, never a gate: a clear layout with names no table knows still
/// gives its records, and known names without a song give none. (Invented names.)
#[test]
fn tables_are_evidence_not_a_gate() {
    let t = Tables::builtin();
    let x = ostract::Extractor::new(Tables::builtin());
    for name in ["Moonlit Harbor Lane", "Paper Lanterns", "Daro Kim"] {
        assert!(!t.is_drama(name) && !t.is_known_performer(name), "{name}");
    }
    let text = "“Paper Lanterns” – Daro Kim and “Salt Wind” – WAVELIGHT for Moonlit Harbor Lane\n";
    let records = x.extract_text("unknown.txt", text);
    let got: Vec<(&str, &str, Vec<&str>)> = records
        .iter()
        .map(|r| {
            let artists = r.artists.iter().map(String::as_str).collect();
            (r.drama.as_str(), r.track.as_str(), artists)
        })
        .collect();
    assert_eq!(
        got,
        [
            ("Moonlit Harbor Lane", "Paper Lanterns", vec!["Daro Kim"]),
            ("Moonlit Harbor Lane", "Salt Wind", vec!["WAVELIGHT"]),
        ]
    );
    let known = "Baek Yerin and IU met the cast of Crash Landing on You and 사랑의 불시착 fans.\n";
    assert!(x.extract_text("known.txt", known).is_empty());
}
