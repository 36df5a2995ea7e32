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

/// The forms of every name seen so far, by key.
#[derive(Default)]
struct FormTable {
    dramas: HashMap<String, Forms>,
    tracks: HashMap<String, Forms>,
    artists: HashMap<String, Forms>,
    /// Records seen, for first-seen order.
    seen: usize,
}

impl FormTable {
    fn add(&mut self, r: &Record, tables: &Tables) {
        let i = self.seen;
        self.seen += 1;
        self.dramas
            .entry(key(&r.drama))
            .or_default()
            .add(&r.drama, i);
        self.tracks
            .entry(key(&r.track))
            .or_default()
            .add(&r.track, i);
        for n in &r.artists {
            self.artists
                .entry(artist_key(n, tables))
                .or_default()
                .add(n, i);
        }
    }

    fn canon(self, tables: &Tables) -> Canon {
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
            dramas: pick(self.dramas, AliasKind::Drama),
            tracks: pick(self.tracks, AliasKind::Track),
            artists: pick(self.artists, AliasKind::Artist),
        }
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
        let mut forms = FormTable::default();
        for r in records {
            forms.add(r, tables);
        }
        forms.canon(tables)
    }

    /// The display form of a drama.
    pub fn drama(&self, s: &str) -> String {
        self.dramas
            .get(&key(s))
            .cloned()
            .unwrap_or_else(|| s.to_string())
    }

    /// The display form of a track.
    pub fn track(&self, s: &str) -> String {
        self.tracks
            .get(&key(s))
            .cloned()
            .unwrap_or_else(|| s.to_string())
    }

    /// The display form of an artist.
    pub fn artist(&self, s: &str, tables: &Tables) -> String {
        self.artists
            .get(&artist_key(s, tables))
            .cloned()
            .unwrap_or_else(|| s.to_string())
    }
}

/// Builds the merged dataset one record at a time, in input order: memory grows with
/// the distinct songs and names, not with the records.
///
/// ```
/// use ostract::{merge::Merger, Record, Tables};
/// let t = Tables::builtin();
/// let r = |src: &str, a: &str| Record { drama: "Goblin".into(), track: "Beautiful".into(), artists: vec![a.into()], source: src.into(), ..Default::default() };
/// let mut m = Merger::new(&t);
/// m.add(&r("a.txt", "CRUSH"));
/// m.add(&r("b.txt", "Crush"));
/// m.add(&r("c.txt", "Crush"));
/// let songs = m.finish();
/// assert_eq!((songs.len(), songs[0].artists[0].as_str(), songs[0].mentions), (1, "Crush", 3));
/// ```
pub struct Merger<'t> {
    tables: &'t Tables,
    forms: FormTable,
    /// Songs as first seen (names not yet canonical).
    songs: Vec<Song>,
    index: HashMap<(String, String, Vec<String>), usize>,
}

impl<'t> Merger<'t> {
    pub fn new(tables: &'t Tables) -> Merger<'t> {
        Merger {
            tables,
            forms: FormTable::default(),
            songs: Vec::new(),
            index: HashMap::new(),
        }
    }

    /// Adds one record; records must come in input order for the first-seen rules.
    pub fn add(&mut self, r: &Record) {
        self.forms.add(r, self.tables);
        let mut artist_keys: Vec<String> = r
            .artists
            .iter()
            .map(|a| artist_key(a, self.tables))
            .collect();
        artist_keys.sort();
        artist_keys.dedup();
        let k = (key(&r.drama), key(&r.track), artist_keys);
        match self.index.get(&k) {
            Some(&i) => {
                let s = &mut self.songs[i];
                s.mentions += 1;
                // An article's records arrive together: a repeated source is the last one.
                if s.sources.last() != Some(&r.source) {
                    s.sources.push(r.source.clone());
                }
            }
            None => {
                self.index.insert(k.clone(), self.songs.len());
                self.songs.push(Song {
                    drama: r.drama.clone(),
                    track: r.track.clone(),
                    artists: r.artists.clone(),
                    sources: vec![r.source.clone()],
                    mentions: 1,
                    drama_key: k.0,
                    track_key: k.1,
                    artist_keys: k.2,
                });
            }
        }
    }

    /// The distinct songs in first-seen order, with display forms chosen over the batch.
    pub fn finish(self) -> Vec<Song> {
        let canon = self.forms.canon(self.tables);
        self.songs
            .into_iter()
            .map(|mut s| {
                s.drama = canon.drama(&s.drama);
                s.track = canon.track(&s.track);
                s.artists = s
                    .artists
                    .iter()
                    .map(|a| canon.artist(a, self.tables))
                    .collect();
                s
            })
            .collect()
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
    let mut m = Merger::new(tables);
    for r in records {
        m.add(r);
    }
    m.finish()
}
