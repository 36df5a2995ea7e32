//! The merged dataset: one display form per name across a batch, and one row per
//! distinct (drama, track, artist set) with every source that mentions it.
//!
//! A name's display form is chosen deterministically: the alias table's canonical form
//! first, else the most frequent form in the batch, else the first seen in input order.
//! Records arrive in input order whatever the thread count, so the result does not
//! depend on it.

use crate::normalize::{artist_key, key};
use crate::record::Record;
use crate::tables::{AliasKind, Tables};
use serde::Serialize;
use std::collections::HashMap;

/// The fields of a merged row, in output order.
pub const MERGED_FIELDS: &[&str] = &[
    "drama",
    "track",
    "artists",
    "sources",
    "mentions",
    "drama_key",
    "track_key",
    "artist_keys",
];

/// One distinct song of the dataset.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Song {
    pub drama: String,
    pub track: String,
    pub artists: Vec<String>,
    /// Every source that mentions it, in input order.
    pub sources: Vec<String>,
    /// How many records were merged into it.
    pub mentions: usize,
    pub drama_key: String,
    pub track_key: String,
    pub artist_keys: Vec<String>,
}

/// The CSV form of a [`Song`]: lists joined with `; `.
#[derive(Debug, Clone, Serialize)]
pub struct SongCsv {
    pub drama: String,
    pub track: String,
    pub artists: String,
    pub sources: String,
    pub mentions: usize,
    pub drama_key: String,
    pub track_key: String,
    pub artist_keys: String,
}

impl From<&Song> for SongCsv {
    fn from(s: &Song) -> SongCsv {
        SongCsv {
            drama: s.drama.clone(),
            track: s.track.clone(),
            artists: s.artists.join("; "),
            sources: s.sources.join("; "),
            mentions: s.mentions,
            drama_key: s.drama_key.clone(),
            track_key: s.track_key.clone(),
            artist_keys: s.artist_keys.join("; "),
        }
    }
}

/// Counts of each written form of one name.
#[derive(Default)]
struct Forms {
    /// form -> (count, first seen)
    seen: HashMap<String, (usize, usize)>,
}

impl Forms {
    fn add(&mut self, form: &str, order: usize) {
        let e = self.seen.entry(form.to_string()).or_insert((0, order));
        e.0 += 1;
    }

    /// The most frequent form; ties go to the first seen.
    fn best(&self) -> String {
        self.seen
            .iter()
            .max_by(|a, b| a.1 .0.cmp(&b.1 .0).then(b.1 .1.cmp(&a.1 .1)))
            .map(|(f, _)| f.clone())
            .unwrap_or_default()
    }
}

/// The display form chosen for each name key of a batch.
#[derive(Debug, Default, Clone)]
pub struct Canon {
    dramas: HashMap<String, String>,
    tracks: HashMap<String, String>,
    artists: HashMap<String, String>,
}

impl Canon {
    /// Chooses display forms for every drama, track and artist in `records`.
    ///
    /// ```
    /// use ostract::{merge::Canon, Record, Tables};
    /// let t = Tables::builtin();
    /// let r = |a: &str| Record { drama: "Goblin".into(), track: "Beautiful".into(), artists: vec![a.into()], ..Default::default() };
    /// let recs = vec![r("Yoon Mi-rae"), r("Yoon Mirae"), r("Yoon Mirae")];
    /// let c = Canon::build(&recs, &t);
    /// assert_eq!(c.artist("Yoon Mi-rae", &t), "Yoon Mirae");
    /// ```
    pub fn build(records: &[Record], tables: &Tables) -> Canon {
        let (mut d, mut t, mut a): (
            HashMap<String, Forms>,
            HashMap<String, Forms>,
            HashMap<String, Forms>,
        ) = Default::default();
        for (i, r) in records.iter().enumerate() {
            d.entry(key(&r.drama)).or_default().add(&r.drama, i);
            t.entry(key(&r.track)).or_default().add(&r.track, i);
            for n in &r.artists {
                a.entry(artist_key(n, tables)).or_default().add(n, i);
            }
        }
        let pick = |m: HashMap<String, Forms>, kind: AliasKind| -> HashMap<String, String> {
            m.into_iter()
                .map(|(k, f)| {
                    let best = f.best();
                    let chosen = tables
                        .alias(kind, &best)
                        .map(str::to_string)
                        .unwrap_or(best);
                    (k, chosen)
                })
                .collect()
        };
        Canon {
            dramas: pick(d, AliasKind::Drama),
            tracks: pick(t, AliasKind::Track),
            artists: pick(a, AliasKind::Artist),
        }
    }

    pub fn drama(&self, s: &str) -> String {
        self.dramas
            .get(&key(s))
            .cloned()
            .unwrap_or_else(|| s.to_string())
    }

    pub fn track(&self, s: &str) -> String {
        self.tracks
            .get(&key(s))
            .cloned()
            .unwrap_or_else(|| s.to_string())
    }

    pub fn artist(&self, s: &str, tables: &Tables) -> String {
        self.artists
            .get(&artist_key(s, tables))
            .cloned()
            .unwrap_or_else(|| s.to_string())
    }
}

/// Merges records (in input order) into distinct songs with canonical names.
///
/// ```
/// use ostract::{merge::merge, Record, Tables};
/// let t = Tables::builtin();
/// let r = |src: &str, d: &str| Record { drama: d.into(), track: "Flower".into(), artists: vec!["Yoon Mirae".into()], source: src.into(), ..Default::default() };
/// let songs = merge(&[r("a.txt", "Crash Landing on You"), r("b.txt", "crash landing on you")], &t);
/// assert_eq!(songs.len(), 1);
/// assert_eq!(songs[0].sources, ["a.txt", "b.txt"]);
/// assert_eq!(songs[0].mentions, 2);
/// ```
pub fn merge(records: &[Record], tables: &Tables) -> Vec<Song> {
    let canon = Canon::build(records, tables);
    let mut out: Vec<Song> = Vec::new();
    let mut index: HashMap<(String, String, Vec<String>), usize> = HashMap::new();
    for r in records {
        let mut artist_keys: Vec<String> =
            r.artists.iter().map(|a| artist_key(a, tables)).collect();
        artist_keys.sort();
        artist_keys.dedup();
        let k = (key(&r.drama), key(&r.track), artist_keys.clone());
        match index.get(&k) {
            Some(&i) => {
                let s = &mut out[i];
                s.mentions += 1;
                if !s.sources.contains(&r.source) {
                    s.sources.push(r.source.clone());
                }
            }
            None => {
                index.insert(k.clone(), out.len());
                out.push(Song {
                    drama: canon.drama(&r.drama),
                    track: canon.track(&r.track),
                    artists: r.artists.iter().map(|a| canon.artist(a, tables)).collect(),
                    sources: vec![r.source.clone()],
                    mentions: 1,
                    drama_key: k.0,
                    track_key: k.1,
                    artist_keys,
                });
            }
        }
    }
    out
}
