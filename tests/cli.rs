//! The command line: formats, stdin and stdout, several outputs, errors and exit codes,
//! determinism across thread counts.

mod common;

use common::{ostract, root, write};
use predicates::prelude::*;

const ARTICLE: &str =
    "“Flower” – Yoon Mirae and “Here I am Again” – Baek Yerin for Crash Landing on You\n";

#[test]
fn every_format_from_one_pass() {
    let dir = tempfile::tempdir().unwrap();
    write(&dir.path().join("in/a.txt"), ARTICLE);
    let out = dir.path().join("out");
    ostract()
        .current_dir(dir.path())
        .args([
            "extract",
            "in",
            "-o",
            "out/r.csv",
            "-o",
            "out/r.json",
            "-o",
            "out/r.jsonl",
            "-q",
        ])
        .assert()
        .success();
    let csv = std::fs::read_to_string(out.join("r.csv")).unwrap();
    assert!(csv.starts_with("drama,track,artists,source,line,start,end,rule,confidence,drama_raw,track_raw,artists_raw,track_alt,url\n"));
    assert!(csv.contains("Crash Landing on You,Flower,Yoon Mirae,in/a.txt,1,0,"));
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("r.json")).unwrap()).unwrap();
    assert_eq!(json.as_array().unwrap().len(), 2);
    assert_eq!(json[1]["artists"], serde_json::json!(["Baek Yerin"]));
    let keys: Vec<&String> = json[0].as_object().unwrap().keys().collect();
    assert_eq!(keys, ostract::output::RECORD_FIELDS);
    assert_eq!(
        std::fs::read_to_string(out.join("r.jsonl"))
            .unwrap()
            .lines()
            .count(),
        2
    );
}

#[test]
fn stdin_to_stdout() {
    ostract()
        .args(["extract", "-", "-o", "-", "--format", "csv", "-q"])
        .write_stdin(ARTICLE)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Crash Landing on You,Here I am Again,Baek Yerin,-,",
        ));
}

#[test]
fn stdin_jsonl_stream() {
    let batch = "{\"id\": \"x\", \"text\": \"“Tailwind” – Seo Eun Ji for Paper Kites\"}\nbroken\n";
    ostract()
        .args(["extract", "-", "--stdin-format", "jsonl", "-o", "-", "-q"])
        .write_stdin(batch)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("\"source\":\"-#x\""))
        .stderr(predicate::str::contains("-:2: bad JSONL line"));
}

#[test]
fn stdin_jsonl_is_a_streaming_filter() {
    // The first article's records must come out while stdin is still open: a pipeline
    // stage that waits for end of input would hang here instead.
    use std::io::{BufRead, BufReader, Write};
    use std::process::{Command, Stdio};
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("ostract"))
        .args(["extract", "-", "--stdin-format", "jsonl", "-o", "-", "-q"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let line = |id: &str, song: &str| {
        format!(
            "{{\"id\": \"{id}\", \"text\": \"“{song}” – Yoon Mirae for Crash Landing on You\"}}\n"
        )
    };
    stdin.write_all(line("one", "Flower").as_bytes()).unwrap();
    stdin.flush().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    let reader = std::thread::spawn(move || {
        let mut first = String::new();
        stdout.read_line(&mut first).unwrap();
        tx.send(first).unwrap();
        let mut rest = String::new();
        while stdout.read_line(&mut rest).unwrap() > 0 {}
        rest
    });
    let first = rx
        .recv_timeout(std::time::Duration::from_secs(20))
        .expect("no record before end of input");
    assert!(first.contains("\"source\":\"-#one\""), "{first}");
    stdin.write_all(line("two", "Sunshine").as_bytes()).unwrap();
    drop(stdin);
    let rest = reader.join().unwrap();
    assert!(rest.contains("\"source\":\"-#two\""), "{rest}");
    assert!(child.wait().unwrap().success());
}

#[test]
fn gzip_jsonl_batch_with_a_bad_line() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("crawl.jsonl.gz");
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(
        "{\"id\": 1, \"html\": \"<p>“Flower” – Yoon Mirae for Crash Landing on You</p>\"}\n{broken\n{\"id\": 3, \"text\": \"“Beautiful” – Crush for Goblin\"}\n"
            .as_bytes(),
    )
    .unwrap();
    common::write(&path, gz.finish().unwrap());
    let out = common::ostract()
        .args(["extract", path.to_str().unwrap(), "-o", "-", "-q"])
        .assert()
        .code(1);
    let o = out.get_output();
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert!(
        stdout.contains("crawl.jsonl.gz#1") && stdout.contains("crawl.jsonl.gz#3"),
        "{stdout}"
    );
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(
        stderr.contains("crawl.jsonl.gz:2: bad JSONL line"),
        "{stderr}"
    );
}

#[test]
fn quiet_verbose_and_no_progress_bar_off_a_terminal() {
    let dir = tempfile::tempdir().unwrap();
    write(&dir.path().join("a.txt"), ARTICLE);
    let a = dir.path().join("a.txt");
    let quiet = ostract()
        .arg("extract")
        .arg(&a)
        .args(["-o", "-", "-q"])
        .assert()
        .success();
    assert!(quiet.get_output().stderr.is_empty());
    let verbose = ostract()
        .arg("extract")
        .arg(&a)
        .args(["-o", "-", "-v"])
        .assert()
        .success();
    let err = String::from_utf8_lossy(&verbose.get_output().stderr).into_owned();
    assert!(
        err.contains("records per rule:") && err.contains("  prose.quoted_dash            2"),
        "{err}"
    );
    // stderr is a pipe here: a summary, but no progress bar drawing.
    assert!(!err.contains("inputs ·") && !err.contains('\r'), "{err}");
    assert!(err.contains("articles/s") && err.contains("MB/s"), "{err}");
}

#[test]
fn gold_needs_a_report() {
    ostract()
        .args(["extract", "input", "--gold", "tests/gold", "-o", "-"])
        .current_dir(root())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--gold needs an .html report"));
}

#[test]
fn missing_path_is_one_line_and_fatal() {
    ostract()
        .args(["extract", "no/such/dir", "-o", "-"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "no/such/dir: no such file or directory",
        ));
}

#[test]
fn empty_folder_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    ostract()
        .args(["extract", dir.path().to_str().unwrap(), "-o", "-"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no articles found"));
}

#[test]
fn one_bad_input_costs_only_itself() {
    let dir = tempfile::tempdir().unwrap();
    write(&dir.path().join("in/a.txt"), ARTICLE);
    write(
        &dir.path().join("in/b.txt"),
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR",
    );
    ostract()
        .current_dir(dir.path())
        .args(["extract", "in", "-o", "r.json"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "ostract: 1 inputs failed:\n  in/b.txt: binary file, skipped",
        ))
        .stderr(predicate::str::contains("2 records, 1 failed"));
    assert!(std::fs::read_to_string(dir.path().join("r.json"))
        .unwrap()
        .contains("Flower"));
}

#[test]
fn unknown_output_extension_is_a_usage_error() {
    ostract()
        .args(["extract", "input", "-o", "x.txt"])
        .current_dir(root())
        .assert()
        .code(2);
}

#[test]
fn bad_flag_is_a_usage_error() {
    ostract()
        .args(["extract", "--no-such-flag"])
        .assert()
        .code(2);
}

#[test]
fn output_is_identical_for_any_thread_count() {
    let run = |threads: &str| {
        ostract()
            .current_dir(root())
            .args([
                "extract",
                "input",
                "-o",
                "-",
                "--format",
                "csv",
                "-q",
                "--threads",
                threads,
            ])
            .output()
            .unwrap()
            .stdout
    };
    let one = run("1");
    assert!(!one.is_empty());
    assert_eq!(one, run("2"));
    assert_eq!(one, run("4"));
}

#[test]
fn eval_scores_a_records_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("r.json");
    ostract()
        .current_dir(root())
        .args(["extract", "input", "-q", "-o"])
        .arg(&out)
        .assert()
        .success();
    ostract()
        .current_dir(root())
        .args(["eval", "--gold", "tests/gold", "--verbose"])
        .arg(&out)
        .assert()
        .success()
        .stdout(predicate::str::contains("triple  P"));
}

#[test]
fn main_job_writes_records_and_songs() {
    let dir = tempfile::tempdir().unwrap();
    write(&dir.path().join("input/a.txt"), ARTICLE);
    write(&dir.path().join("input/b.txt"), ARTICLE);
    ostract()
        .current_dir(dir.path())
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "2 articles from 2 inputs, 4 records, 0 failed",
        ));
    for f in ["records.csv", "records.json", "songs.csv", "songs.json"] {
        assert!(dir.path().join("output").join(f).is_file(), "{f}");
    }
    let songs: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.path().join("output/songs.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(songs.as_array().unwrap().len(), 2);
    assert_eq!(
        songs[0]["sources"],
        serde_json::json!(["input/a.txt", "input/b.txt"])
    );
    assert_eq!(songs[0]["mentions"], 2);
}

#[test]
fn text_prints_what_the_rules_see() {
    ostract()
        .current_dir(root())
        .args(["text", "input/ost-roundup.html"])
        .assert()
        .success()
        .stdout(predicate::str::contains("## 1. Glass Castle (2022)\n"))
        .stdout(predicate::str::contains("Most Read").not());
}

#[test]
fn help_version_and_completions() {
    for sub in ["extract", "eval", "text"] {
        ostract()
            .args([sub, "--help"])
            .assert()
            .success()
            .stdout(predicate::str::contains("Examples:"));
    }
    ostract().arg("--version").assert().success();
    ostract()
        .args(["completions", "bash"])
        .assert()
        .success()
        .stdout(predicate::str::contains("ostract"));
}
