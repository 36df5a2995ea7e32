//! Property tests for normalisation and line splitting (proptest), and the
//! one-display-form guarantee of the merged dataset over every article set the project
//! has.

mod common;

use ostract::normalize::{
    artist_key, clean, clean_title, has_key, key, normalize_artist, split_artists, tidy, trim_punct,
};
use ostract::{merge, Record, Tables};
use proptest::prelude::*;
use std::collections::HashMap;
use std::sync::LazyLock;

static TABLES: LazyLock<Tables> = LazyLock::new(Tables::builtin);

/// Up to `max` pieces joined: a run of letters (`word`, a regex) or one of `pieces`,
/// each of these as likely as the word.
fn joined(
    word: &'static str,
    pieces: &'static [&'static str],
    max: usize,
) -> impl Strategy<Value = String> {
    let piece = prop::sample::select(pieces).prop_map(str::to_string);
    proptest::collection::vec(prop_oneof![1 => word, pieces.len() as u32 => piece], 0..max)
        .prop_map(|v| v.concat())
}

/// Text with the characters normalisation cares about: quotes, dashes, odd spaces,
/// zero-width characters, combining marks, Hangul.
fn messy() -> impl Strategy<Value = String> {
    joined(
        "[A-Za-z]{1,8}",
        &[
            " ",
            "\u{a0}",
            "\u{200b}",
            "“",
            "”",
            "’",
            "'",
            "–",
            "-",
            "e\u{301}",
            "도깨비",
            ",",
            "’s-",
        ],
        12,
    )
}

/// A romanised Korean name: surname and a two-syllable given name.
fn korean_name() -> impl Strategy<Value = (String, String, String)> {
    (
        prop::sample::select(vec!["Kim", "Lee", "Park", "Yoon", "Jung", "Choi", "Kang"]),
        prop::sample::select(vec!["Mi", "Ji", "Seo", "Hyun", "Woo", "Yeon", "Jin", "Soo"]),
        prop::sample::select(vec!["rae", "na", "min", "woo", "jin", "hee", "ah"]),
    )
        .prop_map(|(s, a, b)| (s.to_string(), a.to_string(), b.to_string()))
}

/// Text of short lines with every kind of line end (`\n`, `\r\n`, a lone `\r`), blank
/// lines and lines that wrap (a lowercase start after an open end).
fn lined() -> impl Strategy<Value = String> {
    joined(
        "[A-Za-z]{1,6}",
        &[" ", ".", "-", "\n", "\r", "\r\n", "## "],
        24,
    )
}

proptest! {
    #[test]
    fn lines_number_and_locate_what_they_hold(text in lined()) {
        for line in ostract::segment::lines(&text) {
            let before = &text[..line.start];
            let breaks = before.matches(['\r', '\n']).count() - before.matches("\r\n").count();
            prop_assert_eq!(line.no, breaks + 1, "{:?}", line);
            let source = &text[line.start..line.start + line.text.len()];
            // Line breaks of a wrap become spaces, gaps between columns bars and a column
            // number's gap a marker's dot: only whitespace changes, byte for byte, and a
            // leader's dots between two cells (`A ..... B`).
            let source = source.replace(['\r', '\n'], " ");
            prop_assert_eq!(source.len(), line.text.len());
            for (a, b) in source.bytes().zip(line.text.bytes()) {
                prop_assert!(
                    a == b
                        || a.is_ascii_whitespace() && b" |.".contains(&b)
                        || a == b'.' && b" |".contains(&b),
                    "{:?}",
                    line
                );
            }
            prop_assert!(!line.text.trim().is_empty());
        }
    }

    /// Every mark and word is lexed into a non-empty piece inside the line, in order
    /// (a piece that did not move on would never end: `director’s-cut`).
    #[test]
    fn lexing_covers_every_line_in_order(s in messy()) {
        let pieces = ostract::read::pieces::lex(&s);
        let mut at = 0;
        for p in &pieces {
            prop_assert!(p.start < p.end && p.end <= s.len() && p.start >= at, "{s:?}: {pieces:?}");
            at = p.end;
        }
    }

    #[test]
    fn key_is_idempotent_and_ignores_case_and_punctuation(s in messy()) {
        let k = key(&s);
        prop_assert_eq!(key(&k), k.clone());
        prop_assert_eq!(key(&s.to_uppercase()), key(&s.to_lowercase()));
        prop_assert!(k.chars().all(char::is_alphanumeric));
        prop_assert_eq!(has_key(&s), !k.is_empty());
    }

    #[test]
    fn cleaning_is_idempotent(s in messy()) {
        let c = clean(&s);
        prop_assert_eq!(clean(&c), c.clone());
        prop_assert!(!c.starts_with(' ') && !c.ends_with(' ') && !c.contains("  "));
        let invisible = c.contains('\u{200b}') || c.contains('\u{a0}');
        prop_assert!(!invisible);
        let t = tidy(&s);
        prop_assert_eq!(tidy(&t), t.clone());
        let p = trim_punct(&s);
        prop_assert_eq!(trim_punct(&p), p.clone());
        let title = clean_title(&s);
        prop_assert_eq!(clean_title(&title), title.clone());
    }

    #[test]
    fn romanisation_variants_are_one_artist((surname, a, b) in korean_name()) {
        let joined = format!("{surname} {a}{b}");
        let hyphen = format!("{surname} {a}-{b}");
        let spaced = format!("{surname} {a} {}", capitalize(&b));
        let k = artist_key(&joined, &TABLES);
        prop_assert_eq!(artist_key(&hyphen, &TABLES), k.clone());
        prop_assert_eq!(artist_key(&spaced, &TABLES), k);
    }

    #[test]
    fn given_names_are_never_reordered((surname, a, b) in korean_name()) {
        prop_assume!(a.to_lowercase() != b);
        let one = format!("{surname} {a} {}", capitalize(&b));
        let other = format!("{surname} {} {}", capitalize(&b), a);
        prop_assert_ne!(artist_key(&one, &TABLES), artist_key(&other, &TABLES));
    }

    #[test]
    fn split_artists_gives_clean_nonempty_names(s in messy()) {
        for a in split_artists(&s, &TABLES) {
            prop_assert!(!a.trim().is_empty());
            prop_assert_eq!(a.trim(), a.as_str());
        }
    }

    #[test]
    fn member_credits_normalise_to_one_form(
        form in 0usize..5,
        (group, member) in prop::sample::select(vec![("EXO", "Chen"), ("BTS", "V"), ("Red Velvet", "Wendy"), ("MAMAMOO", "Solar")]),
    ) {
        let credit = match form {
            0 => format!("{group}'s {member}"),
            1 => format!("{member} of {group}"),
            2 => format!("{group} {member}"),
            3 => format!("{group} member {member}"),
            _ => format!("{member} ({group})"),
        };
        let n = normalize_artist(&credit, &TABLES);
        prop_assert_eq!(n.clone(), format!("{member} ({group})"));
        prop_assert_eq!(normalize_artist(&n, &TABLES), n);
    }
}

/// Records over a few names, each written in several ways.
fn records() -> impl Strategy<Value = Vec<Record>> {
    let drama = prop::sample::select(vec![
        "Goblin",
        "goblin",
        "GOBLIN",
        "Crash Landing on You",
        "crash landing on you",
    ]);
    let track = prop::sample::select(vec![
        "Stay With Me",
        "stay with me",
        "Beautiful",
        "BEAUTIFUL",
    ]);
    let artist = prop::sample::select(vec!["Yoon Mirae", "Yoon Mi-rae", "Crush", "CRUSH", "Punch"]);
    proptest::collection::vec((drama, track, artist, 0usize..4), 1..30).prop_map(|v| {
        v.into_iter()
            .map(|(d, t, a, src)| Record {
                drama: d.into(),
                track: t.into(),
                artists: vec![a.into()],
                source: format!("{src}.txt"),
                ..Default::default()
            })
            .collect()
    })
}

proptest! {
    #[test]
    fn merging_never_joins_names_whose_keys_differ(recs in records()) {
        let songs = merge::merge(&recs, &TABLES);
        for r in &recs {
            let artist_keys: Vec<String> = r.artists.iter().map(|a| artist_key(a, &TABLES)).collect();
            let holding: Vec<&merge::Song> = songs
                .iter()
                .filter(|s| s.drama_key == key(&r.drama) && s.track_key == key(&r.track) && s.artist_keys == artist_keys)
                .collect();
            prop_assert_eq!(holding.len(), 1);
        }
        for s in &songs {
            prop_assert_eq!(key(&s.drama), s.drama_key.clone());
            prop_assert_eq!(key(&s.track), s.track_key.clone());
        }
        let total: usize = songs.iter().map(|s| s.mentions).sum();
        prop_assert_eq!(total, recs.len());
    }

    #[test]
    fn display_forms_do_not_depend_on_order_but_by_the_tie_break(
        recs in records(),
        seed in any::<u64>(),
    ) {
        use rand::{seq::SliceRandom, SeedableRng};
        let mut shuffled = recs.clone();
        shuffled.shuffle(&mut rand_chacha::ChaCha8Rng::seed_from_u64(seed));
        let a = merge::Canon::build(&recs, &TABLES);
        let b = merge::Canon::build(&shuffled, &TABLES);
        for r in &recs {
            // With one most frequent form, it wins in any order; with a tie, the form
            // seen first wins, which is the only thing order may change.
            let forms: Vec<&str> = recs.iter().filter(|x| key(&x.drama) == key(&r.drama)).map(|x| x.drama.as_str()).collect();
            let count = |f: &str| forms.iter().filter(|x| **x == f).count();
            let best = forms.iter().map(|f| count(f)).max().unwrap();
            let tied = forms.iter().filter(|f| count(f) == best).collect::<std::collections::HashSet<_>>().len();
            if tied == 1 {
                prop_assert_eq!(a.drama(&r.drama), b.drama(&r.drama));
            } else {
                let first = |v: &[Record]| v.iter().find(|x| key(&x.drama) == key(&r.drama) && count(&x.drama) == best).unwrap().drama.clone();
                prop_assert_eq!(a.drama(&r.drama), first(&recs));
                prop_assert_eq!(b.drama(&r.drama), first(&shuffled));
            }
        }
    }
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// Over every article the project has (samples, seeds, dev), the merged dataset writes
/// each drama, track and artist one way: one display form per key.
#[test]
fn one_display_form_per_name_across_all_sets() {
    let mut dirs = vec![common::root().join("input")];
    if let Some(shared) = common::shared() {
        dirs.push(shared.join("seeds/articles"));
        dirs.push(shared.join("dev/articles"));
    }
    let records: Vec<Record> = dirs.iter().flat_map(|d| common::records_of(d)).collect();
    let songs = merge::merge(&records, &TABLES);
    assert!(songs.len() > 40);
    let mut forms: HashMap<(&str, String), &str> = HashMap::new();
    let mut check = |kind: &'static str, k: String, shown: &'static str| {
        let prev = forms.entry((kind, k.clone())).or_insert(shown);
        assert_eq!(*prev, shown, "{kind} key {k}: `{prev}` and `{shown}`");
    };
    // Leak the songs so that forms can borrow for the test's duration.
    let songs: &'static [merge::Song] = Vec::leak(songs);
    for s in songs {
        check("drama", key(&s.drama), &s.drama);
        check("track", key(&s.track), &s.track);
        for a in &s.artists {
            check("artist", artist_key(a, &TABLES), a);
        }
    }
}
