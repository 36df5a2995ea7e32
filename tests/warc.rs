//! WARC input through the command line, on the fixture crawl in `tests/fixtures/crawl`
//! (written by its `make.py`): which records become articles, their sources and URLs,
//! the charsets, and how bad and truncated records are reported.

mod common;

use common::{ostract, root};

fn crawl(name: &str) -> String {
    root()
        .join("tests/fixtures/crawl")
        .join(name)
        .display()
        .to_string()
}

fn run(args: &[&str]) -> (Vec<serde_json::Value>, String, i32) {
    let out = ostract()
        .args(["extract", "-o", "-", "--format", "jsonl"])
        .args(args)
        .output()
        .unwrap();
    let records = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    (records, stderr, out.status.code().unwrap())
}

fn column<'a>(records: &'a [serde_json::Value], field: &str) -> Vec<&'a str> {
    records.iter().map(|r| r[field].as_str().unwrap()).collect()
}

#[test]
fn html_and_text_responses_become_articles_with_their_record_and_url() {
    let path = crawl("crawl.warc.gz");
    let (records, stderr, code) = run(&[&path]);
    // The truncated last record makes the run partial.
    assert_eq!(code, 1, "{stderr}");
    let uuid = |n: u32| format!("{path}#urn:uuid:00000000-0000-4000-8000-{n:012}");
    let mut sources = column(&records, "source");
    sources.dedup();
    // Night Ferry (UTF-8), the Korean page (EUC-KR by the HTTP header only), the café
    // (windows-1252 by its <meta> only), Paper Kites (chunked and gzipped); not the
    // image, the redirect, the request, warcinfo or metadata records.
    assert_eq!(sources, [uuid(3), uuid(5), uuid(7), uuid(8)]);
    let dramas: Vec<&str> = column(&records, "drama");
    assert!(dramas.contains(&"은빛 정원"), "{dramas:?}");
    assert!(dramas.contains(&"The Glass Café"), "{dramas:?}");
    let tracks = column(&records, "track");
    assert!(tracks.contains(&"Crème Brûlée"), "{tracks:?}");
    assert!(tracks.contains(&"String Theory"), "{tracks:?}");
    assert!(records
        .iter()
        .filter(|r| r["source"] == uuid(3))
        .all(|r| r["url"] == "https://news.example.org/ost/night-ferry"));
    assert!(
        stderr.contains(&format!(
            "{path}: WARC record at byte 3339 (gzip member; byte 4571 uncompressed): truncated"
        )),
        "{stderr}"
    );
}

#[test]
fn a_bad_record_is_skipped_and_the_file_goes_on() {
    let path = crawl("plain.warc");
    let (records, stderr, code) = run(&[&path]);
    assert_eq!(code, 1);
    let mut urls = column(&records, "url");
    urls.dedup();
    assert_eq!(
        urls,
        [
            "http://blog.example.net/snow-station",
            "http://blog.example.net/cedar-road.txt"
        ]
    );
    assert!(stderr.contains(&format!("{path}: WARC record at byte 447: no WARC/ version line where a record should start; skipped to the next record at byte 502")), "{stderr}");
    assert!(
        stderr.contains(&format!("{path}: WARC record at byte 930: truncated")),
        "{stderr}"
    );
}

#[test]
fn other_inputs_have_an_empty_url_and_every_thread_count_agrees() {
    let dir = root().join("tests/fixtures/crawl").display().to_string();
    let (one, _, _) = run(&[&dir, "--threads", "1"]);
    let (two, _, _) = run(&[&dir, "--threads", "2"]);
    assert_eq!(one, two);
    let batch: Vec<_> = one
        .iter()
        .filter(|r| r["source"].as_str().unwrap().contains("batch.jsonl#"))
        .collect();
    assert!(!batch.is_empty());
    assert!(batch.iter().all(|r| r["url"] == ""));
}

#[test]
fn stdin_reads_a_warc_file_when_told() {
    let path = crawl("crawl.warc.gz");
    let bytes = std::fs::read(&path).unwrap();
    let out = ostract()
        .args(["extract", "-", "--stdin-format", "warc", "-o", "-", "-q"])
        .write_stdin(bytes)
        .output()
        .unwrap();
    let from_stdin: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    // The same records as from the file, named `-#record-id`.
    let (mut from_file, _, _) = run(&[&path]);
    for r in &mut from_file {
        let source = r["source"].as_str().unwrap().replacen(&path, "-", 1);
        r["source"] = source.into();
    }
    assert!(!from_stdin.is_empty());
    assert_eq!(from_stdin, from_file);
}
