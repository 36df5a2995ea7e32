//! Hostile input: every case on its own, then all of them in one folder with good
//! articles, whose records must all come out of one run.

mod common;

use common::{ostract, write};
use std::path::Path;

const GOOD: &str = "“Flower” – Yoon Mirae for Crash Landing on You\n";

/// Writes every hostile case under `dir`, and returns the names of the inputs that
/// must fail (with the reason expected in the message).
fn hostile(dir: &Path) -> Vec<(&'static str, &'static str)> {
    // Invalid UTF-8: decoded lossily, with a warning naming the first bad offset.
    let mut bad = b"\xE2\x80\x9CBeautiful\xE2\x80\x9D \xE2\x80\x93 Crush for Goblin ".to_vec();
    bad.extend_from_slice(b"\xFF\xFE broken bytes\n");
    write(&dir.join("invalid-utf8.txt"), bad);
    // UTF-8 with BOM, UTF-16 LE and BE with BOM.
    write(
        &dir.join("bom.txt"),
        [
            &b"\xEF\xBB\xBF"[..],
            "“Stay With Me” – Chanyeol for Goblin\n".as_bytes(),
        ]
        .concat(),
    );
    let utf16 = |big: bool, text: &str| {
        let mut v = if big {
            vec![0xFE, 0xFF]
        } else {
            vec![0xFF, 0xFE]
        };
        for u in text.encode_utf16() {
            v.extend_from_slice(&if big {
                u.to_be_bytes()
            } else {
                u.to_le_bytes()
            });
        }
        v
    };
    write(
        &dir.join("utf16le.txt"),
        utf16(false, "“Always” – Yoon Mirae for Descendants of the Sun\n"),
    );
    write(
        &dir.join("utf16be.txt"),
        utf16(
            true,
            "“Everytime” – Chen & Punch for Descendants of the Sun\n",
        ),
    );
    // EUC-KR (declared in the page) and Windows-1252 (detected).
    let (euc, _, _) = encoding_rs::EUC_KR.encode(
        "<html><head><meta charset=\"euc-kr\"></head><body><p>드라마 ‘도깨비’ OST ‘첫눈처럼 너에게 가겠다’는 에일리가 불렀다.</p></body></html>",
    );
    write(&dir.join("euc-kr.html"), euc);
    let (cp1252, _, _) = encoding_rs::WINDOWS_1252.encode(
        "The café’s favourite: “Hyehwadong” – Park Bo Ram for Reply 1988, a naïve résumé of youth.\n",
    );
    write(&dir.join("cp1252.txt"), cp1252);
    // CRLF and lone CR line ends.
    write(
        &dir.join("crlf.txt"),
        "## Hotel del Luna\r\n\r\n“Remember Me” – Oh My Girl\r\n",
    );
    write(&dir.join("cr.txt"), "## Start-Up\r\r“Running” – Gaho\r");
    // Mojibake: UTF-8 read as Windows-1252 and as Thai Windows-874, saved again.
    let moji = |enc: &'static encoding_rs::Encoding, text: &str| {
        enc.decode_without_bom_handling(text.as_bytes())
            .0
            .into_owned()
    };
    write(
        &dir.join("mojibake-1252.txt"),
        moji(
            encoding_rs::WINDOWS_1252,
            "“Start” – Gaho for Itaewon Class\n",
        ),
    );
    write(
        &dir.join("mojibake-874.txt"),
        moji(
            encoding_rs::WINDOWS_874,
            "크러쉬 - ‘그대만이’ (드라마 ‘눈물의 여왕’ OST)\n",
        ),
    );
    // Binary files, an archive that is not a gzip input, empty files.
    write(&dir.join("nul.txt"), b"\x00\x01\x02 binary \x00 data");
    write(
        &dir.join("image.png"),
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    );
    write(
        &dir.join("archive.zip.txt"),
        b"PK\x03\x04\x14\x00\x00\x00\x08\x00",
    );
    write(&dir.join("empty.txt"), b"");
    write(&dir.join("blank.txt"), b"  \n\n ");
    // 100,000-deep nesting and unclosed tags.
    write(
        &dir.join("deep.html"),
        "<html><body>".to_string()
            + &"<div>".repeat(100_000)
            + "“Sweet Night” – V (BTS) for Itaewon Class"
            + &"</div>".repeat(100_000),
    );
    write(
        &dir.join("unclosed.html"),
        "<html><body><article><p>“Days” – Ha Hyun Sang for Mr. Sunshine<p><b>and more",
    );
    // A truncated gzip stream and a gzip input.
    let gz = |text: &str| {
        use std::io::Write;
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(text.as_bytes()).unwrap();
        e.finish().unwrap()
    };
    write(
        &dir.join("ok.txt.gz"),
        gz("“Adagio” – Sondia for Vincenzo\n"),
    );
    let cut = gz(&"“Lost” – Someone for Lost Drama\n".repeat(200));
    write(&dir.join("truncated.txt.gz"), &cut[..cut.len() / 2]);
    // A 50 MB file of one line.
    write(&dir.join("one-line.txt"), fifty_mb_line());
    // A broken symlink and a symlink loop.
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(dir.join("nowhere.txt"), dir.join("dangling.txt")).unwrap();
        std::fs::create_dir_all(dir.join("loop")).unwrap();
        std::os::unix::fs::symlink(dir.join("loop"), dir.join("loop/again")).unwrap();
    }
    vec![
        ("nul.txt", "binary file"),
        ("image.png", "binary file"),
        ("archive.zip.txt", "binary file"),
        ("empty.txt", "empty file"),
        ("blank.txt", "empty file"),
        ("truncated.txt.gz", "truncated.txt.gz"),
        ("dangling.txt", "dangling.txt"),
        ("again", "loop"),
    ]
}

/// The records every good hostile case must give: (source file, track).
const EXPECTED: &[(&str, &str)] = &[
    ("invalid-utf8.txt", "Beautiful"),
    ("bom.txt", "Stay With Me"),
    ("utf16le.txt", "Always"),
    ("utf16be.txt", "Everytime"),
    ("euc-kr.html", "첫눈처럼 너에게 가겠다"),
    ("cp1252.txt", "Hyehwadong"),
    ("crlf.txt", "Remember Me"),
    ("cr.txt", "Running"),
    ("mojibake-1252.txt", "Start"),
    ("mojibake-874.txt", "그대만이"),
    ("deep.html", "Sweet Night"),
    ("unclosed.html", "Days"),
    ("ok.txt.gz", "Adagio"),
    ("one-line.txt", "Flower"),
];

/// 50 MB of prose without a line break, with a song mention every ~10 KB.
fn fifty_mb_line() -> String {
    let filler =
        "and the drama went on for another long episode with nothing to report ".repeat(140);
    let unit = format!("{filler} “Flower” – Yoon Mirae for Crash Landing on You. ");
    unit.repeat(50_000_000 / unit.len())
}

fn tracks_by_file(json: &str) -> Vec<(String, String)> {
    let records: Vec<serde_json::Value> = serde_json::from_str(json).unwrap();
    records
        .iter()
        .map(|r| {
            let src = r["source"].as_str().unwrap();
            let file = Path::new(src)
                .file_name()
                .unwrap()
                .to_string_lossy()
                .into_owned();
            (file, r["track"].as_str().unwrap().to_string())
        })
        .collect()
}

#[test]
fn all_hostile_cases_with_good_articles_in_one_run() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    let failing = hostile(&input);
    for i in 0..5 {
        write(&input.join(format!("good-{i}.txt")), GOOD);
    }
    let out = dir.path().join("out.json");
    // Walked folders take articles by name (an image is not read at all); named on the
    // command line, any file is read, and an image is a binary file.
    let run = ostract()
        .arg("extract")
        .arg(&input)
        .arg(input.join("image.png"))
        .arg("-o")
        .arg(&out)
        // A guard against a hang, not a speed test (the 50 MB line alone takes half a
        // minute on a busy two-core machine; speed is the benchmarks' to check).
        .timeout(std::time::Duration::from_secs(180))
        .assert()
        .code(1);
    let stderr = String::from_utf8_lossy(&run.get_output().stderr).into_owned();
    let got = tracks_by_file(&std::fs::read_to_string(&out).unwrap());
    for (file, track) in EXPECTED {
        assert!(
            got.iter().any(|(f, t)| f == file && t == track),
            "{file}: no `{track}` in {got:?}\n{stderr}"
        );
    }
    for i in 0..5 {
        assert!(got
            .iter()
            .any(|(f, t)| *f == format!("good-{i}.txt") && t == "Flower"));
    }
    // Failures are listed at the end, one line each, naming the input and the reason.
    let listed = &stderr[stderr.find("inputs failed:").expect(&stderr)..];
    for (name, reason) in &failing {
        assert!(
            listed
                .lines()
                .any(|l| l.contains(name) && l.contains(reason)),
            "{name} ({reason}) not listed:\n{listed}"
        );
    }
    // Lossy decoding and mojibake repair are warnings naming the file.
    assert!(
        stderr.contains("invalid-utf8.txt: invalid UTF-8 at byte 37, decoded lossily"),
        "{stderr}"
    );
    assert!(
        stderr.contains("mojibake-1252.txt: repaired mojibake"),
        "{stderr}"
    );
    assert!(
        stderr.contains("mojibake-874.txt: repaired mojibake"),
        "{stderr}"
    );
}

#[test]
fn a_50_mb_single_line_finishes_with_bounded_memory() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("one-line.txt");
    // Prose without line breaks, with a song mention every ~10 KB.
    let filler =
        "and the drama went on for another long episode with nothing to report ".repeat(140);
    let unit = format!("{filler} “Flower” – Yoon Mirae for Crash Landing on You. ");
    let text = unit.repeat(50_000_000 / unit.len());
    write(&path, &text);
    let started = std::time::Instant::now();
    let run = ostract()
        .arg("extract")
        .arg(&path)
        .args(["-o", "-", "-q", "--format", "csv"])
        .timeout(std::time::Duration::from_secs(120))
        .assert()
        .success();
    let rows = run
        .get_output()
        .stdout
        .iter()
        .filter(|&&b| b == b'\n')
        .count();
    // One record: the same song, deduplicated within the article.
    assert_eq!(rows, 2, "header and one record");
    eprintln!(
        "50 MB single line: {:.1} s",
        started.elapsed().as_secs_f64()
    );
}

#[test]
fn a_file_that_vanishes_costs_only_itself() {
    use ostract::{batch, input, Extractor, Tables};
    let dir = tempfile::tempdir().unwrap();
    write(&dir.path().join("a.txt"), GOOD);
    write(&dir.path().join("b.txt"), GOOD);
    let (files, errors) = input::collect(&[dir.path().to_path_buf()]);
    assert!(errors.is_empty() && files.len() == 2);
    std::fs::remove_file(dir.path().join("a.txt")).unwrap();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(2)
        .build()
        .unwrap();
    let (mut ok, mut failed) = (0, Vec::new());
    batch::run(
        &pool,
        &Extractor::new(Tables::builtin()),
        &files,
        input::StdinFormat::Article,
        |r| {
            ok += r.articles.iter().map(|a| a.records.len()).sum::<usize>();
            failed.extend(r.errors.into_iter().map(|e| e.to_string()));
        },
    );
    assert_eq!(ok, 1);
    assert_eq!(failed.len(), 1);
    assert!(
        failed[0].contains("a.txt") && failed[0].contains("no such file"),
        "{failed:?}"
    );
}

#[test]
#[cfg(unix)]
fn an_unreadable_file_costs_only_itself() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    write(&dir.path().join("a.txt"), GOOD);
    let secret = dir.path().join("secret.txt");
    write(&secret, GOOD);
    std::fs::set_permissions(&secret, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&secret).is_ok() {
        // Root reads anything: a folder where a file is expected stands in.
        std::fs::remove_file(&secret).unwrap();
        std::fs::create_dir(&secret).unwrap();
    }
    let run = ostract()
        .arg("extract")
        .arg(dir.path().join("a.txt"))
        .arg(&secret)
        .args(["-o", "-", "-q"])
        .assert()
        .code(1);
    let o = run.get_output();
    assert!(String::from_utf8_lossy(&o.stdout).contains("Flower"));
    assert!(String::from_utf8_lossy(&o.stderr).contains("secret.txt"));
}

#[test]
fn a_folder_of_100_000_small_files() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    for i in 0..100_000 {
        let sub = input.join(format!("{:03}", i / 1000));
        if i % 1000 == 0 {
            std::fs::create_dir_all(&sub).unwrap();
        }
        std::fs::write(
            sub.join(format!("{i}.txt")),
            format!("“Night {i}” – Kim Ha-neul for Harbor {}\n", i % 7),
        )
        .unwrap();
    }
    let out = dir.path().join("out.csv");
    ostract()
        .arg("extract")
        .arg(&input)
        .arg("-o")
        .arg(&out)
        .arg("-q")
        .timeout(std::time::Duration::from_secs(300))
        .assert()
        .success();
    let rows = std::fs::read_to_string(&out).unwrap().lines().count();
    assert_eq!(rows, 100_001);
}

#[test]
#[cfg(unix)]
fn a_killed_run_leaves_the_previous_output_intact() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    // Enough work that the run is still going when it is killed.
    let article = GOOD.repeat(2_000);
    for i in 0..400 {
        write(&input.join(format!("{i}.txt")), &article);
    }
    let out = dir.path().join("out.csv");
    std::fs::write(&out, "drama,track,artists\nprevious,run,intact\n").unwrap();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("ostract"))
        .arg("extract")
        .arg(&input)
        .arg("-o")
        .arg(&out)
        .args(["-q", "--threads", "1"])
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(150));
    child.kill().unwrap();
    let status = child.wait().unwrap();
    assert!(!status.success(), "the run finished before it was killed");
    assert_eq!(
        std::fs::read_to_string(&out).unwrap(),
        "drama,track,artists\nprevious,run,intact\n"
    );
}

#[test]
fn csv_round_trips_every_field() {
    use ostract::output::{Format, Writer, RECORD_FIELDS};
    use ostract::Record;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.csv");
    let tricky = Record {
        drama: "Reply \"1988\", the drama".into(),
        track: "Line one\nline two, with \"quotes\"".into(),
        artists: vec![
            "=SUM(A1)".into(),
            "+Plus".into(),
            "-Minus".into(),
            "@At".into(),
            "아이유".into(),
        ],
        source: "a,b.txt".into(),
        track_raw: "  spaced  ".into(),
        ..Default::default()
    };
    let mut w = Writer::create(&path, Format::Csv, RECORD_FIELDS).unwrap();
    w.record(&tricky).unwrap();
    w.finish().unwrap();
    let mut rdr = csv::Reader::from_path(&path).unwrap();
    let header = rdr.headers().unwrap().clone();
    let record = rdr.records().next().unwrap().unwrap();
    let cell = |name: &str| {
        record
            .get(header.iter().position(|h| h == name).unwrap())
            .unwrap()
            .to_string()
    };
    assert_eq!(cell("drama"), tricky.drama);
    assert_eq!(cell("track"), tricky.track);
    // Values starting with `=`, `+`, `-`, `@` are written as they are (the policy in the
    // README): the data stays exact, and `ostract validate` flags them.
    assert_eq!(cell("artists"), "=SUM(A1); +Plus; -Minus; @At; 아이유");
    assert_eq!(cell("source"), tricky.source);
    assert_eq!(cell("track_raw"), tricky.track_raw);
    let back = ostract::output::read_records(&path).unwrap();
    assert_eq!(back[0].artists, tricky.artists);
}
