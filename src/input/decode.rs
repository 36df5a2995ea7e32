//! Character sets: bytes → text by BOM, declared label, HTML `<meta charset>`, UTF-8
//! validity, then detection; and the repair of mojibake (UTF-8 that was read in a
//! legacy single-byte charset and saved again).

use encoding_rs::Encoding;

/// Text as decoded, with the encoding used and the first undecodable byte, if any.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
    pub bad_offset: Option<usize>,
    /// The charset whose mojibake was repaired, if any (see [`repair_mojibake`]).
    pub repaired: Option<&'static str>,
}

/// Decodes bytes by, in order of trust: a BOM, a given label (a JSONL field), an HTML
/// `<meta charset>` or `http-equiv`, valid UTF-8, then detection (chardetng).
///
/// ```
/// use ostract::input::decode;
/// assert_eq!(decode("“Flower”".as_bytes(), None).text, "“Flower”");
/// let (euc, _, _) = encoding_rs::EUC_KR.encode("도깨비");
/// assert_eq!(decode(&euc, Some("euc-kr")).text, "도깨비");
/// ```
pub fn decode(bytes: &[u8], label: Option<&str>) -> Decoded {
    let mut d = decode_raw(bytes, label);
    if let Some((text, from)) = repair_mojibake(&d.text) {
        d.text = text;
        d.repaired = Some(from);
    }
    d
}

fn decode_raw(bytes: &[u8], label: Option<&str>) -> Decoded {
    if let Some((enc, bom)) = Encoding::for_bom(bytes) {
        return run(enc, &bytes[bom..]);
    }
    if let Some(enc) = label.and_then(|l| Encoding::for_label(l.as_bytes())) {
        return run(enc, bytes);
    }
    if let Some(enc) = meta_charset(bytes) {
        return run(enc, bytes);
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Decoded {
            text: s.to_string(),
            encoding: "UTF-8",
            bad_offset: None,
            repaired: None,
        },
        Err(e) => {
            let mut det = chardetng::EncodingDetector::new();
            det.feed(bytes, true);
            let enc = det.guess(None, true);
            // UTF-8 with a few bad bytes stays UTF-8, decoded lossily: legacy charsets
            // almost never form valid multi-byte UTF-8, so more valid multi-byte
            // characters than bad bytes means UTF-8.
            let (mut multibyte, mut bad) = (0usize, 0usize);
            for chunk in bytes.utf8_chunks() {
                multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
                bad += chunk.invalid().len();
            }
            if enc == encoding_rs::UTF_8
                || multibyte >= bad
                || e.valid_up_to() * 10 > bytes.len() * 9
            {
                let text = String::from_utf8_lossy(bytes).into_owned();
                return Decoded {
                    text,
                    encoding: "UTF-8",
                    bad_offset: Some(e.valid_up_to()),
                    repaired: None,
                };
            }
            run(enc, bytes)
        }
    }
}

fn run(enc: &'static Encoding, bytes: &[u8]) -> Decoded {
    let (text, had_errors) = enc.decode_without_bom_handling(bytes);
    let bad_offset = had_errors.then(|| first_malformed(enc, bytes));
    Decoded {
        text: text.into_owned(),
        encoding: enc.name(),
        bad_offset,
        repaired: None,
    }
}

/// The byte offset of the first malformed sequence.
fn first_malformed(enc: &'static Encoding, bytes: &[u8]) -> usize {
    let mut dec = enc.new_decoder_without_bom_handling();
    let mut out = String::with_capacity(
        dec.max_utf8_buffer_length(bytes.len())
            .unwrap_or(bytes.len() * 3),
    );
    let (result, read) = dec.decode_to_string_without_replacement(bytes, &mut out, true);
    match result {
        encoding_rs::DecoderResult::Malformed(bad, unread) => read - bad as usize - unread as usize,
        _ => read,
    }
}

/// The charset an HTML document declares in its first 4 KB.
fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    // Bytes, not text: every file passes here, and most are plain text without `=`.
    let head = &bytes[..bytes.len().min(4096)];
    let eq = memchr::memchr_iter(b'=', head)
        .find(|&i| i >= 7 && head[i - 7..i].eq_ignore_ascii_case(b"charset"))?;
    let rest = &head[eq + 1..];
    let rest = &rest[rest
        .iter()
        .take_while(|b| matches!(b, b'"' | b'\'' | b' '))
        .count()..];
    let len = rest
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.'))
        .count();
    Encoding::for_label(&rest[..len])
}

/// Repairs lines of UTF-8 that were decoded as Windows-1252 or Latin-1 (`â€œ`,
/// `í•œ`) or as Thai Windows-874/TIS-620, and saved again.
///
/// A line is repaired only when its characters map back to bytes in that charset
/// without loss and those bytes are valid UTF-8 with no control characters: real
/// Latin-1 or Thai text almost never forms valid multi-byte UTF-8, so correct text is
/// left alone. Returns the repaired text and the charset, or `None` when nothing changed.
///
/// ```
/// use ostract::input::decode::repair_mojibake;
/// let (fixed, from) = repair_mojibake("â€œFlowerâ€\u{9d} â€“ Yoon Mirae\n").unwrap();
/// assert_eq!((fixed.as_str(), from), ("“Flower” – Yoon Mirae\n", "windows-1252"));
/// assert_eq!(repair_mojibake("Café “Flower” – 도깨비\n"), None);
/// ```
pub fn repair_mojibake(text: &str) -> Option<(String, &'static str)> {
    let b = text.as_bytes();
    let mut from = None;
    // Nothing is copied until the first repaired line.
    let mut out = String::new();
    let mut copied = 0;
    // Only lines holding a candidate lead are looked at, found from the candidates: a
    // page of accented text would otherwise be split and scanned line by line.
    let mut done = 0;
    for i in memchr::memchr2_iter(0xC3, 0xE0, b) {
        if i < done || !lead_at(b, i) {
            continue;
        }
        let start = memchr::memrchr(b'\n', &b[..i]).map_or(0, |p| p + 1);
        done = memchr::memchr(b'\n', &b[i..]).map_or(b.len(), |p| i + p + 1);
        if let Some((fixed, enc)) = repair_line(&text[start..done]) {
            if from.is_none() {
                out.reserve(text.len());
            }
            out.push_str(&text[copied..start]);
            out.push_str(&fixed);
            copied = done;
            from = Some(enc);
        }
    }
    // A text without one is not copied at all.
    let from = from?;
    out.push_str(&text[copied..]);
    Some((out, from))
}

/// Whether the character at `i` (whose first byte is C3 or E0) is a UTF-8 lead byte
/// read as Windows-1252 or Latin-1 (one of `Â`..`ÿ`, bytes C3 82..C3 BF) or as
/// Windows-874 (a Thai letter, E0 B8 81..E0 B9 9B): a line without one has nothing to
/// repair.
fn lead_at(b: &[u8], i: usize) -> bool {
    match (b[i], b.get(i + 1), b.get(i + 2)) {
        (0xC3, Some(&n), _) => n >= 0x82,
        (0xE0, Some(&0xB8), Some(&n)) => n >= 0x81,
        (0xE0, Some(&0xB9), Some(&n)) => n <= 0x9B,
        _ => false,
    }
}

/// The repair of one line holding a character [`lead_at`] finds, if any.
fn repair_line(line: &str) -> Option<(String, &'static str)> {
    // Quick refusals, before encoding the line: `À`..`ÿ` become bytes from 0xC0 up in
    // Windows-1252, each of which starts a UTF-8 sequence, so one followed by ASCII
    // (`café au lait`) is no mojibake; and Windows-874 has none of them.
    let b = line.as_bytes();
    let mut latin1 = memchr::memchr_iter(0xC3, b).peekable();
    let not_874 = latin1.peek().is_some();
    let not_1252 = latin1.any(|j| b.get(j + 2).is_none_or(|&n| n < 0x80));
    for (enc, refused) in [
        (encoding_rs::WINDOWS_1252, not_1252),
        (encoding_rs::WINDOWS_874, not_874),
    ] {
        if refused {
            continue;
        }
        let lost = (enc == encoding_rs::WINDOWS_1252)
            .then(|| lost_quote_bytes(line))
            .flatten();
        let Some(bytes) = to_single_bytes(lost.as_deref().unwrap_or(line), enc) else {
            continue;
        };
        let Ok(fixed) = std::str::from_utf8(&bytes) else {
            continue;
        };
        if fixed != line && !fixed.chars().any(|c| c.is_control() && !c.is_whitespace()) {
            let name = if enc == encoding_rs::WINDOWS_1252 {
                "windows-1252"
            } else {
                "windows-874"
            };
            return Some((fixed.to_string(), name));
        }
    }
    None
}

/// `â€` with nothing after it that Windows-1252 maps to a continuation byte: a closing
/// `”` (bytes E2 80 9D) whose last byte, undefined in Windows-1252, was dropped when the
/// page was saved. The line with that byte put back (as U+009D, which stands for itself),
/// or `None` when no quote lost it.
fn lost_quote_bytes(line: &str) -> Option<String> {
    if !line.contains("â€") {
        return None;
    }
    let continues = |c: char| {
        let mut buf = [0u8; 4];
        let (b, _, bad) = encoding_rs::WINDOWS_1252.encode(c.encode_utf8(&mut buf));
        !bad && b.len() == 1 && (0x80..=0xBF).contains(&b[0])
    };
    let mut out = String::with_capacity(line.len() + 4);
    let mut rest = line;
    let mut put_back = false;
    while let Some(i) = rest.find("â€") {
        out.push_str(&rest[..i + "â€".len()]);
        rest = &rest[i + "â€".len()..];
        if !rest.chars().next().is_some_and(continues) {
            out.push('\u{9d}');
            put_back = true;
        }
    }
    out.push_str(rest);
    put_back.then_some(out)
}

/// The bytes a line came from, had it been decoded in `enc`: control characters
/// U+0080–U+009F stand for their own byte (decoders that keep undefined bytes), and
/// for Windows-1252 so do U+00A0–U+00FF (Latin-1 is its subset).
fn to_single_bytes(line: &str, enc: &'static Encoding) -> Option<Vec<u8>> {
    let latin1_upto = if enc == encoding_rs::WINDOWS_1252 {
        0xFF
    } else {
        0x9F
    };
    let mut out = Vec::with_capacity(line.len());
    let mut buf = [0u8; 4];
    for c in line.chars() {
        let u = c as u32;
        if u < 0x80 || u <= latin1_upto {
            out.push(u as u8);
            continue;
        }
        let (b, _, unmappable) = enc.encode(c.encode_utf8(&mut buf));
        if unmappable || b.len() != 1 {
            return None;
        }
        out.push(b[0]);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boms() {
        let mut b = vec![0xEF, 0xBB, 0xBF];
        b.extend_from_slice("도깨비".as_bytes());
        assert_eq!(decode(&b, None).text, "도깨비");
        let mut le = vec![0xFF, 0xFE];
        for u in "Goblin 도깨비".encode_utf16() {
            le.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(decode(&le, None).text, "Goblin 도깨비");
        let mut be = vec![0xFE, 0xFF];
        for u in "Goblin".encode_utf16() {
            be.extend_from_slice(&u.to_be_bytes());
        }
        assert_eq!(decode(&be, None).text, "Goblin");
    }

    #[test]
    fn meta_charset_euc_kr() {
        let page =
            "<html><head><meta charset=\"euc-kr\"></head><body><p>태양의 후예</p></body></html>";
        let (bytes, _, _) = encoding_rs::EUC_KR.encode(page);
        let d = decode(&bytes, None);
        assert_eq!(d.encoding, "EUC-KR");
        assert!(d.text.contains("태양의 후예"));
        // Any case, after other attributes with `=`, quoted or not.
        let page = "<HTML><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; CHARSET=EUC-KR\"><P>태양의 후예";
        let (bytes, _, _) = encoding_rs::EUC_KR.encode(page);
        assert_eq!(decode(&bytes, None).encoding, "EUC-KR");
        assert_eq!(
            meta_charset(b"<meta charset='windows-1252'>"),
            Some(encoding_rs::WINDOWS_1252)
        );
        assert_eq!(meta_charset(b"a=b charset"), None);
    }

    #[test]
    fn detection_of_windows_1252() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1252
            .encode("The café’s “Flower” – a song sung by Beyoncé, with a naïve résumé");
        let d = decode(&bytes, None);
        assert!(d.text.contains("“Flower”"), "{}", d.text);
    }

    #[test]
    fn utf8_with_a_few_bad_bytes_early_stays_utf8() {
        let b = b"\xE2\x80\x9CBeautiful\xE2\x80\x9D \xE2\x80\x93 Crush for Goblin \xFF\xFE broken";
        let d = decode(b, None);
        assert_eq!(d.encoding, "UTF-8");
        assert!(d.text.starts_with("“Beautiful” – Crush"), "{}", d.text);
        assert_eq!(d.bad_offset, Some(37));
    }

    #[test]
    fn invalid_utf8_is_lossy_with_offset() {
        let mut b = "“Flower” – Yoon Mirae for Crash Landing on You, a long enough line of text"
            .as_bytes()
            .to_vec();
        b.push(0xFF);
        let d = decode(&b, None);
        assert_eq!(d.bad_offset, Some(b.len() - 1));
        assert!(d.text.ends_with('\u{FFFD}'));
    }

    fn mojibake(text: &str, enc: &'static Encoding) -> String {
        enc.decode_without_bom_handling(text.as_bytes())
            .0
            .into_owned()
    }

    #[test]
    fn mojibake_from_windows_1252_is_repaired() {
        let good = "“Stay With Me” – Chanyeol & Punch, 도깨비 OST\n";
        let bad = mojibake(good, encoding_rs::WINDOWS_1252);
        assert!(bad.contains("â€œ"));
        assert_eq!(
            repair_mojibake(&bad),
            Some((good.to_string(), "windows-1252"))
        );
    }

    #[test]
    fn a_closing_quote_whose_last_byte_was_lost_is_repaired() {
        let bad = "Mira's â€œGlass Doorâ€ followed, and â€œSalt Roadâ€.\n";
        assert_eq!(
            repair_mojibake(bad).unwrap().0,
            "Mira's “Glass Door” followed, and “Salt Road”.\n"
        );
    }

    #[test]
    fn mojibake_from_latin1_is_repaired() {
        // Latin-1 keeps 0x80–0x9F as control characters where Windows-1252 has `€`, `“`.
        let good = "“Flower” – Yoon Mirae\n";
        let bad: String = good.bytes().map(char::from).collect();
        assert_eq!(repair_mojibake(&bad).unwrap().0, good);
    }

    #[test]
    fn mojibake_from_thai_windows_874_is_repaired() {
        let good = "드라마 ‘도깨비’ OST ‘Stay With Me’ – 찬열\n";
        let bad = mojibake(good, encoding_rs::WINDOWS_874);
        assert!(bad.chars().any(|c| ('\u{0E00}'..='\u{0E7F}').contains(&c)));
        assert_eq!(
            repair_mojibake(&bad),
            Some((good.to_string(), "windows-874"))
        );
    }

    #[test]
    fn correct_text_is_never_repaired() {
        for good in [
            "Café, naïve, résumé — Beyoncé’s “Halo”\n",
            "Ã la carte: ÂÃ\n",
            "ภาษาไทย คือภาษาราชการของประเทศไทย\n",
            "도깨비 “Stay With Me” – 찬열\n",
            "plain ascii\n",
        ] {
            assert_eq!(repair_mojibake(good), None, "{good}");
        }
    }

    #[test]
    fn only_the_broken_lines_of_a_mixed_text_change() {
        let good_line = "“Beautiful” – Crush\n";
        let bad_line = mojibake("“Flower” – Yoon Mirae\n", encoding_rs::WINDOWS_1252);
        let (fixed, _) = repair_mojibake(&format!("{good_line}{bad_line}")).unwrap();
        assert_eq!(fixed, "“Beautiful” – Crush\n“Flower” – Yoon Mirae\n");
        // Accented words: broken ones are repaired, correct ones (before ASCII, or at
        // the very end) leave their line alone.
        let bad_line = mojibake("Beyoncé’s “Halo”\n", encoding_rs::WINDOWS_1252);
        let (fixed, _) = repair_mojibake(&format!("café au lait\n{bad_line}née")).unwrap();
        assert_eq!(fixed, "café au lait\nBeyoncé’s “Halo”\nnée");
    }
}
