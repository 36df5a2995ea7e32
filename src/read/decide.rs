//! Decide: after the whole article is read, each candidate is kept or dropped, always
//! with a reason. A candidate's evidence is a vector of features; the weights of a
//! logistic model over them live in `data/weights.csv`, fitted on the dev articles and
//! `tests/probes/` by `examples/fit_weights.rs` (leave-one-article-out), never tuned by
//! hand.

use super::{evidence, Reading, Song};
use crate::normalize::key;
use crate::tables::Tables;
use std::sync::OnceLock;

const WEIGHTS: &str = include_str!("../../data/weights.csv");

/// The names of the features, in the order of [`features`].
pub const FEATURES: &[&str] = &[
    "bias",
    "quoted",
    "credited",
    "credit_evidence",
    "tie_line",
    "tie_sentence",
    "tie_item",
    "tie_section",
    "tie_near",
    "tie_article",
    "drama_strength",
    "cued",
    "list",
    "prose_credit",
    "bare",
    "title_evidence",
    "track_is_drama",
    "track_is_performer",
    "credit_later",
    "drama_is_performer",
    "long_track",
    "enumerated",
    "bare_in_section",
    "tie_lead",
    "drama_cued",
    "topic_credit",
    "credit_next",
    "lone_layout",
    "album_track",
];

/// The evidence of one candidate, as numbers (see [`FEATURES`]).
pub fn features(s: &Song, tables: &Tables) -> Vec<f32> {
    let b = |x: bool| if x { 1.0 } else { 0.0 };
    let prose_credit = matches!(
        s.rule,
        "prose.possessive"
            | "prose.quoted_by"
            | "prose.title_by"
            | "prose.sung_by"
            | "prose.quoted_dash"
            | "prose.quoted_from"
            | "prose.artist_dash_quoted"
            | "prose.artist_comma_quoted"
            | "prose.quoted_paren_artist"
            | "ko.sung_by"
    );
    let drama = s.drama.as_deref().unwrap_or("");
    // The track's key, once for the three questions that read it.
    let track_key = key(&s.track);
    vec![
        1.0,
        b(s.quoted),
        b(!s.artists.is_empty()),
        if s.artists.is_empty() {
            0.0
        } else {
            evidence::performer(tables, &s.artists).max(s.article_credit)
        },
        b(s.tie == "line"),
        b(s.tie == "sentence"),
        b(s.tie == "item"),
        b(s.tie == "section"),
        b(s.tie == "near"),
        b(s.tie == "article"),
        s.drama_strength,
        b(s.cued),
        b(s.layout.is_some()),
        b(prose_credit),
        b(s.rule == "prose.quoted_bare"),
        evidence::title(tables, &s.track),
        b(tables.drama_canonical_keyed(&s.track, &track_key).is_some() || track_key == key(drama)),
        b(tables.knows_performer_keyed(&s.track, &track_key)),
        // A credit inferred from the song's surroundings (a sentence's subject, a
        // pronoun, a heading), apart from one the next sentence states (`It is sung by A`)
        // or the paragraph under the song's heading opens with (`## “T”` / `A and B.`).
        b(!s.artists.is_empty()
            && !matches!(s.credit_tie, "line" | "verb" | "next_sentence" | "item")),
        b(!drama.is_empty() && evidence::performer(tables, drama) >= 0.6),
        b(s.track.split_whitespace().count() > 7),
        b(s.enumerated),
        b(s.rule == "prose.quoted_bare"
            && matches!(s.tie, "section" | "item")
            && s.drama_strength >= 0.6),
        b(s.tie == "lead"),
        // The drama was named with a soundtrack or drama cue, not only as a known title.
        b(s.drama_strength >= 0.85),
        b(s.topic_credit),
        b(!s.artists.is_empty() && s.credit_tie == "next_sentence"),
        // A list's layout shared by no other line (a headline, a menu, a byline read as
        // slots), unless the line is a song's whole (a quoted title and its credit) or a
        // paragraph's opening item.
        b(s.layout_lines == 1 && !s.item && (!s.quoted || s.artists.is_empty())),
        b(s.album_track),
    ]
}

fn weights() -> &'static Vec<f32> {
    static W: OnceLock<Vec<f32>> = OnceLock::new();
    W.get_or_init(|| {
        let mut w = vec![0.0; FEATURES.len()];
        for row in WEIGHTS.lines().skip(1) {
            let mut it = row.split(',');
            let (Some(name), Some(v)) = (it.next(), it.next()) else {
                continue;
            };
            if let (Some(i), Ok(v)) = (
                FEATURES.iter().position(|f| *f == name.trim()),
                v.trim().parse(),
            ) {
                w[i] = v;
            }
        }
        w
    })
}

/// The threshold on the model's probability, from the weights file's `threshold` row
/// (read once: the file is scanned line by line to find it).
fn threshold() -> f32 {
    static TH: OnceLock<f32> = OnceLock::new();
    *TH.get_or_init(|| {
        WEIGHTS
            .lines()
            .find_map(|l| l.strip_prefix("threshold,"))
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or(0.5)
    })
}

/// Why a candidate goes whatever its evidence: no title or drama, the text denies it is a
/// soundtrack's, its drama is another kind of work, its title is its drama, a broadcaster,
/// a soundtrack's word or part, a passage or not yet announced, or it is an instrumental
/// version. The model decides the rest (and is fitted on the rest).
pub fn ruled_out(s: &Song) -> Option<&'static str> {
    let track = key(&s.track);
    let drama = s.drama.as_deref().map(key).unwrap_or_default();
    if track.is_empty() {
        Some("empty title")
    } else if drama.is_empty() {
        Some("no drama")
    } else if s.denied {
        Some("the text says it is no soundtrack's")
    } else if let Some(reason) = s.drama.as_deref().and_then(super::find::other_work) {
        Some(reason)
    } else if track == drama && s.tie != "line" {
        Some("title is the drama")
    } else if instrumental(&s.track) {
        Some("an instrumental version")
    } else if super::find::is_network(s.track.trim()) {
        // `◆ tvN ‘D’ – A·B`: a subheading's broadcaster before its drama.
        Some("title is a broadcaster")
    } else if crate::normalize::placeholder(&track) {
        // `Part 7 | TBA | TBA`: a slot of a track list not yet announced.
        Some("title to be announced")
    } else if sentences(&s.track) {
        // `“The drama ends, the song stays. This year …”`: a quoted passage.
        Some("title is sentences")
    } else if super::layout::is_part(s.track.trim_end_matches([',', '.'])) {
        // `Part 3, sung by A, came out …`: a soundtrack's part, its title unsaid.
        Some("title is a part number")
    } else if award_category(&s.track) {
        // `Best Actor` / `Kim Do-yun (“D”)` stacked in a nominees' list.
        Some("title is an award's category")
    } else if page_label(&s.track) {
        Some("title is a page's label")
    } else if s.track.split_whitespace().any(|w| w == "OST") {
        // `‘OST 강자’`, `the “OST King”`: a soundtrack's word names an epithet or an album.
        Some("title names a soundtrack")
    } else {
        None
    }
}

/// Labels of a wiki page's sections and a credits block's instruments (its staff labels
/// are [`super::is_fact_label`]'s): `External links`, `Piano`.
const PAGE_LABELS: &[&str] = &[
    "piano",
    "guitar",
    "bass",
    "drums",
    "strings",
    "vocals",
    "production",
    "production companies",
    "viewership",
    "accolades",
    "references",
    "external links",
    "synopsis",
    "plot",
    "reception",
    "ratings",
    "awards and nominations",
    "see also",
    "notes",
    "characters",
];

/// An award's category: `Best (New|Supporting|Original)? Actor`, `Best OST`, `신인상`,
/// `최우수 연기상` (not `Best Friend`, `Best of Me`).
fn award_category(track: &str) -> bool {
    static CATEGORY: crate::per_thread::PerThreadRegex =
        crate::per_thread::PerThreadRegex::new(|| {
            regex::Regex::new(
                r"(?x)^(?:
                (?i:best)\s+(?:(?i:new|supporting|original|leading|male|female|rookie)\s+)*
                (?i:actor|actress|director|screenplay|drama|ost|soundtrack|score|couple|artist|
                    music|song|series|cinematography|editing|writer)s?
              | (?:\S+\s)?\S*(?:연기상|신인상|작품상|OST상|감독상|극본상|음악상|인기상|대상)
            )$",
            )
            .unwrap()
        });
    CATEGORY.is_match(track.trim().trim_end_matches([':', '.']))
}

/// `Producer` / `Cho Min-kyu` in a credits block, `6. Accolades` in a wiki's contents:
/// the page's labels, no songs.
fn page_label(track: &str) -> bool {
    let t = track.trim().trim_end_matches([':', '.']).to_lowercase();
    super::is_fact_label(&t) || PAGE_LABELS.contains(&t.as_str())
}

/// A quote of more than one sentence, and of six words or more, is a passage, no title
/// (`말해! 뭐해?` is one: a title's marks are `!` and `?`, seldom a full stop).
fn sentences(track: &str) -> bool {
    let t = track.trim_end_matches(['.', ' ']);
    // A full stop after a word, not an abbreviation's (`feat. A`, `Vol. 2`, `Mr. Lee`).
    let ends = t.match_indices(". ").any(|(i, _)| {
        let word = t[..i]
            .rsplit([' ', '('])
            .next()
            .unwrap_or("")
            .to_lowercase();
        word.chars().count() >= 3
            && !["feat", "prod", "vol", "mrs", "ver", "inst", "part"].contains(&word.as_str())
    });
    ends && t.split_whitespace().count() >= 6
}

/// `Glass Door (Inst.)`, `Glass Door (Instrumental)`: a sung song's instrumental version
/// is the same song without a singer, no record of its own.
pub(crate) fn instrumental(track: &str) -> bool {
    crate::normalize::trailing_bracket(track)
        .is_some_and(|(head, inner)| !head.is_empty() && instrumental_tag(inner))
}

/// Whether a bracket's text marks an instrumental version: `Inst.`, `Instrumental`, `MR`.
pub(crate) fn instrumental_tag(inner: &str) -> bool {
    let tag = inner.trim().trim_end_matches('.').to_lowercase();
    matches!(
        tag.as_str(),
        "inst" | "instrumental" | "mr" | "inst ver" | "instrumental ver"
    )
}

/// Scores every candidate and drops those below the threshold or without a drama, each
/// with its reason; of candidates of one song on one line, the most confident stays.
pub fn decide(r: &mut Reading, tables: &Tables) {
    article_credits(r, tables);
    album_tracks(r);
    let w = weights();
    let th = threshold();
    for s in r.songs.iter_mut() {
        let f = features(s, tables);
        let z: f32 = f.iter().zip(w).map(|(a, b)| a * b).sum();
        s.confidence = 1.0 / (1.0 + (-z).exp());
        s.dropped = ruled_out(s).or((s.confidence < th).then_some("low confidence"));
    }
    // Overlapping candidates on one line: the most confident one stays. The songs are in
    // line and start order, so only the next few can overlap.
    let n = r.songs.len();
    for i in 0..n {
        let mut j = i + 1;
        while j < n && r.songs[j].line == r.songs[i].line && r.songs[j].start < r.songs[i].end {
            let (a, b) = (&r.songs[i], &r.songs[j]);
            let (ka, kb) = (key(&a.track), key(&b.track));
            if a.dropped.is_none() && b.dropped.is_none() && (ka.contains(&kb) || kb.contains(&ka))
            {
                // `Taeyeon's All About You`: a reading whose title opens with the other's
                // singer and a possessive is that reading's credit and title run together.
                let owned = |long: &str, short: &Song| {
                    let singer = key(&short.artists);
                    !singer.is_empty()
                        && long.strip_prefix(singer.as_str()).is_some_and(|rest| {
                            rest.strip_prefix('s') == Some(key(&short.track).as_str())
                        })
                };
                let loser = if owned(&ka, b) {
                    i
                } else if owned(&kb, a) {
                    j
                } else if b.confidence > a.confidence {
                    i
                } else {
                    j
                };
                r.songs[loser].dropped = Some("another reading of the same mention");
            }
            j += 1;
        }
    }
}

/// Each song's [`Song::article_credit`]: the credits of all songs read with one layout,
/// weighed together, or the article's word that its names sing.
fn article_credits(r: &mut Reading, tables: &Tables) {
    let mut sums: rustc_hash::FxHashMap<&str, (f32, f32)> = Default::default();
    for s in &r.songs {
        if let (Some(l), false) = (s.layout.as_deref(), s.artists.is_empty()) {
            let e = sums.entry(l).or_default();
            e.0 += evidence::performer(tables, &s.artists);
            e.1 += 1.0;
        }
    }
    let means: Vec<f32> = r
        .songs
        .iter()
        .map(|s| {
            s.layout
                .as_deref()
                .and_then(|l| sums.get(l))
                .filter(|(_, n)| *n >= 3.0)
                .map_or(0.0, |(sum, n)| sum / n)
        })
        .collect();
    for (s, m) in r.songs.iter_mut().zip(means) {
        // A credit whose every name the article says sings is a singer's, whatever the
        // tables know.
        let said = !s.artists.is_empty()
            && evidence::split_credit(&s.artists)
                .iter()
                .all(|a| r.singers.contains(&key(a)));
        s.article_credit = if said { m.max(SAID) } else { m };
    }
}

/// Each song's [`Song::album_track`]. A singer's own album lists its tracks the same way
/// as a soundtrack album; only the article naming the drama's soundtrack tells them apart.
fn album_tracks(r: &mut Reading) {
    let soundtracks: rustc_hash::FxHashSet<String> = r
        .dramas
        .iter()
        .filter(|d| {
            matches!(
                d.cue,
                "drama.ost" | "drama.bare_ost" | "drama.ost_of" | "drama.ost_bracket"
            )
        })
        .map(|d| key(&d.name))
        .collect();
    for s in r.songs.iter_mut() {
        s.album_track = s.rule == "list.track_list_title"
            && s.drama
                .as_deref()
                .is_some_and(|d| soundtracks.contains(&key(d)));
    }
}

/// The evidence of a name the article itself says sings.
const SAID: f32 = 0.7;

/// Counts of drop reasons, most common first.
pub fn drop_reasons<'a>(songs: impl Iterator<Item = &'a Song>) -> Vec<(&'static str, usize)> {
    let mut m: rustc_hash::FxHashMap<&'static str, usize> = Default::default();
    for s in songs {
        if let Some(r) = s.dropped {
            *m.entry(r).or_default() += 1;
        }
    }
    let mut v: Vec<_> = m.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_credit_unknown_to_the_tables_shares_the_evidence_of_its_column() {
        // One shape of line, `Title — Singer`: the unknown singer on its last row is as
        // much a singer as the known ones above it, less so among unknown names.
        let list = |singers: [&str; 4]| {
            let rows: String = singers
                .iter()
                .zip(["Glass Door", "Night Bus", "Paper Moon", "Lanterns"])
                .map(|(a, t)| format!("{t} — {a}\n\n"))
                .collect();
            let text = format!("Salt Road OST tracklist:\n\n{rows}Night Ferry — Oriao\n");
            let r = crate::read::read(&text, &Tables::builtin());
            let last = r.songs.iter().find(|s| s.track == "Night Ferry").unwrap();
            (last.article_credit, last.confidence)
        };
        let (column, among_known) = list(["Ailee", "Gummy", "Crush", "Davichi"]);
        let (_, among_unknown) = list(["Oriao", "Venno", "Quessa", "Talim"]);
        assert!(column >= 0.75, "{column}");
        assert!(among_known > among_unknown, "{among_known} {among_unknown}");
    }

    #[test]
    fn a_name_the_article_says_sings_is_a_singer_whatever_the_tables_know() {
        let conf = |text: &str| {
            let r = crate::read::read(text, &Tables::builtin());
            let s = r.songs.iter().find(|s| s.track == "Glass Door").unwrap();
            (s.article_credit, s.confidence)
        };
        let base = "## 4. Dasolea\nDasolea plays a nurse in the KBS drama ‘Salt Harbor’. The soundtrack song entitled ‘Glass Door’ is hers.\n";
        let said = "## 4. Dasolea\nDasolea plays a nurse in the KBS drama ‘Salt Harbor’. Dasolea also sings the soundtrack song entitled ‘Glass Door’.\n";
        let (_, unsaid) = conf(base);
        let (evidence, sung) = conf(said);
        assert_eq!(evidence, SAID);
        assert!(sung > unsaid, "{sung} {unsaid}");
        // A name with its group's bracket before the verb, a voice lent, a singer called
        // so; not a sentence's first word run into a name (`And Vespera sang`).
        for (text, said) in [
            ("Pyo Ha-rim (NOVA9) sang ‘Glass Door’ for the drama ‘Salt Harbor’.\n", true),
            ("Vespera lent her voice to ‘Glass Door’ for the drama ‘Salt Harbor’.\n", true),
            ("Vespera is a solo singer. Her ‘Glass Door’ was made for the drama ‘Salt Harbor’.\n", true),
            ("And Vespera sang ‘Glass Door’ for the drama ‘Salt Harbor’.\n", false),
        ] {
            let r = crate::read::read(text, &Tables::builtin());
            let name = if text.starts_with("Pyo") { "pyohar" } else { "vespera" };
            let got = r.singers.iter().any(|s| s.starts_with(name));
            assert_eq!(got, said, "{text}: {:?}", r.singers);
        }
    }

    #[test]
    fn an_instrumental_version_is_no_song_of_its_own() {
        assert!(instrumental("Glass Door (Inst.)"));
        assert!(instrumental("Glass Door [Instrumental]"));
        assert!(!instrumental("Glass Door"));
        assert!(!instrumental("Instrumental (Night)"));
        assert!(!instrumental("(Inst.)"));
    }

    #[test]
    fn a_broadcaster_or_an_epithet_with_ost_is_no_title() {
        let song = |track: &str| {
            let mut s = Song::new(0, 0, 1, track, "", "prose.quoted_bare", true, false);
            s.drama = Some("Winter Harbor".into());
            ruled_out(&s)
        };
        assert_eq!(song("tvN"), Some("title is a broadcaster"));
        assert_eq!(song("OST 강자"), Some("title names a soundtrack"));
        assert_eq!(song("Glass Door"), None);
        assert_eq!(song("Ghost Story"), None);
        assert_eq!(song("TBA"), Some("title to be announced"));
        assert_eq!(
            song("The drama ends. The song stays with us"),
            Some("title is sentences")
        );
        assert_eq!(song("Mr. Lee"), None);
        assert_eq!(song("Part 3,"), Some("title is a part number"));
        assert_eq!(song("Part of Me"), None);
        assert_eq!(song("Round and Round (feat. Han Suji)"), None);
        // A credits block's and a wiki's contents' labels; a title holding one is a title.
        for label in ["Producer", "Piano", "External links", "Accolades:"] {
            assert_eq!(song(label), Some("title is a page's label"), "{label}");
        }
        assert_eq!(song("Piano Man"), None);
        for category in [
            "Best Actor",
            "Best New Actress",
            "Best OST",
            "신인상",
            "최우수 연기상",
        ] {
            assert_eq!(
                song(category),
                Some("title is an award's category"),
                "{category}"
            );
        }
        assert_eq!(song("Best Friend"), None);
        assert_eq!(song("Best of Me"), None);
        assert_eq!(song("대상 없는 사랑"), None);
        assert_eq!(song("The Producer's Song"), None);
    }
}
