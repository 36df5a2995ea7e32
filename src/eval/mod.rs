//! Scoring records against gold files, by the rules of the annotation guide: keys
//! compared, triple (drama, track, artist set), pair (drama, track) and track level,
//! micro-averaged precision, recall and F1.

pub mod text;

use crate::normalize::key;
use crate::per_thread::PerThreadRegex;
use crate::record::Record;
use regex::Regex;
use serde::Deserialize;
use std::collections::{BTreeMap, HashSet};
use std::path::Path;

/// A gold record, with the alternatives the annotation accepts.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct GoldRecord {
    pub drama: String,
    #[serde(default, deserialize_with = "one_or_many")]
    pub drama_alt: Vec<String>,
    pub track: String,
    #[serde(default, deserialize_with = "one_or_many")]
    pub track_alt: Vec<String>,
    #[serde(default)]
    pub artists: Vec<String>,
    #[serde(default)]
    pub artists_alt: Vec<Vec<String>>,
}

/// An alternative field, as the annotation guide writes it: one string, or a list.
fn one_or_many<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum OneOrMany {
        One(String),
        Many(Vec<String>),
    }
    Ok(match OneOrMany::deserialize(d)? {
        OneOrMany::One(s) => vec![s],
        OneOrMany::Many(v) => v,
    })
}

/// A gold file: the article id and its records.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct GoldFile {
    pub source: String,
    pub records: Vec<GoldRecord>,
}

/// Reads every `*.json` gold file of a folder, keyed by article id.
pub fn read_gold(dir: &Path) -> Result<BTreeMap<String, Vec<GoldRecord>>, String> {
    let mut out = BTreeMap::new();
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut paths: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    paths.sort();
    if paths.is_empty() {
        return Err(format!("{}: no gold files (*.json)", dir.display()));
    }
    for p in paths {
        let text = std::fs::read_to_string(&p).map_err(|e| format!("{}: {e}", p.display()))?;
        let g: GoldFile =
            serde_json::from_str(&text).map_err(|e| format!("{}: {e}", p.display()))?;
        out.insert(g.source, g.records);
    }
    Ok(out)
}

/// The article id of a record's source: the file stem, or the id after `#`.
///
/// ```
/// use ostract::eval::article_id;
/// assert_eq!(article_id("../shared/dev/articles/c01.txt"), "c01");
/// assert_eq!(article_id("batch.jsonl#a17"), "a17");
/// assert_eq!(article_id("in/x.html.gz"), "x");
/// ```
pub fn article_id(source: &str) -> String {
    if let Some((_, id)) = source.rsplit_once('#') {
        return id.to_string();
    }
    let name = source.rsplit(['/', '\\']).next().unwrap_or(source);
    let name = name.strip_suffix(".gz").unwrap_or(name);
    match name.rsplit_once('.') {
        Some((stem, _)) if !stem.is_empty() => stem.to_string(),
        _ => name.to_string(),
    }
}

static GROUP_TAIL: PerThreadRegex =
    PerThreadRegex::new(|| Regex::new(r"\s*\((?:[^()]|\([^()]*\))*\)\s*$").unwrap());

/// The evaluation key of an artist: a trailing bracketed group dropped, then [`key`].
///
/// ```
/// use ostract::eval::artist_eval_key;
/// assert_eq!(artist_eval_key("Chen (EXO)"), "chen");
/// assert_eq!(artist_eval_key("Luna (f(x))"), "luna");
/// assert_eq!(artist_eval_key("EXO's Chen"), "exoschen");
/// ```
pub fn artist_eval_key(name: &str) -> String {
    key(&GROUP_TAIL.replace(name, ""))
}

/// Counts at one level.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add(&mut self, o: Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// What one article scored, with the misses and extras at the triple level.
#[derive(Debug, Clone, Default)]
pub struct ArticleScore {
    pub id: String,
    pub triple: Counts,
    pub pair: Counts,
    pub track: Counts,
    pub misses: Vec<String>,
    pub extras: Vec<String>,
    /// The indices (into the records scored) of the extras.
    pub extra_records: Vec<usize>,
}

/// The scores of a whole evaluation.
#[derive(Debug, Clone, Default)]
pub struct Score {
    pub triple: Counts,
    pub pair: Counts,
    pub track: Counts,
    pub articles: Vec<ArticleScore>,
    /// Record sources that have no gold file (not scored).
    pub unscored: Vec<String>,
}

#[derive(Clone)]
struct Out {
    /// The record's index among those scored.
    index: usize,
    drama: String,
    track: String,
    artists: Vec<String>,
    shown: String,
}

fn gold_dramas(g: &GoldRecord) -> HashSet<String> {
    std::iter::once(&g.drama)
        .chain(&g.drama_alt)
        .map(|s| key(s))
        .collect()
}

fn gold_tracks(g: &GoldRecord) -> HashSet<String> {
    // A Hangul title with its gloss kept in trailing parentheses is accepted too.
    let mut s: HashSet<String> = std::iter::once(&g.track)
        .chain(&g.track_alt)
        .map(|s| key(s))
        .collect();
    for a in &g.track_alt {
        s.insert(key(&format!("{}{}", g.track, a)));
    }
    s
}

fn gold_artist_sets(g: &GoldRecord) -> Vec<Vec<String>> {
    std::iter::once(&g.artists)
        .chain(&g.artists_alt)
        .map(|a| artist_set(a))
        .collect()
}

fn artist_set(a: &[String]) -> Vec<String> {
    let mut v: Vec<String> = a.iter().map(|n| artist_eval_key(n)).collect();
    v.sort();
    v.dedup();
    v
}

/// A gold record's accepted keys, computed once per article.
struct GoldKeys {
    dramas: HashSet<String>,
    tracks: HashSet<String>,
    artists: Vec<Vec<String>>,
}

/// Greedy one-to-one matching at one level: outputs with the same `level` key count
/// once, and each takes the first unused gold that `fits`. Returns the counts, the
/// unmatched outputs and which golds were used.
fn match_level<K: std::hash::Hash + Eq>(
    outs: &[Out],
    level: impl Fn(&Out) -> K,
    golds: usize,
    fits: impl Fn(&Out, usize) -> bool,
) -> (Counts, Vec<&Out>, Vec<bool>) {
    let mut seen = HashSet::new();
    let mut used = vec![false; golds];
    let mut counts = Counts::default();
    let mut extras = Vec::new();
    for o in outs.iter().filter(|o| seen.insert(level(o))) {
        match (0..golds).find(|&i| !used[i] && fits(o, i)) {
            Some(i) => {
                used[i] = true;
                counts.tp += 1;
            }
            None => {
                counts.fp += 1;
                extras.push(o);
            }
        }
    }
    counts.fn_ = used.iter().filter(|u| !**u).count();
    (counts, extras, used)
}

/// Scores one article's records against its gold.
pub fn score_article(id: &str, records: &[&Record], gold: &[GoldRecord]) -> ArticleScore {
    let outs: Vec<Out> = records
        .iter()
        .enumerate()
        .map(|(index, r)| Out {
            index,
            drama: key(&r.drama),
            track: key(&r.track),
            artists: artist_set(&r.artists),
            shown: format!("{} | {} | {}", r.drama, r.track, r.artists.join("; ")),
        })
        .collect();
    let keys: Vec<GoldKeys> = gold
        .iter()
        .map(|g| GoldKeys {
            dramas: gold_dramas(g),
            tracks: gold_tracks(g),
            artists: gold_artist_sets(g),
        })
        .collect();
    let pair_fits =
        |o: &Out, i: usize| keys[i].dramas.contains(&o.drama) && keys[i].tracks.contains(&o.track);

    let (triple, extras, used) = match_level(
        &outs,
        |o| (o.drama.clone(), o.track.clone(), o.artists.clone()),
        gold.len(),
        |o, i| pair_fits(o, i) && keys[i].artists.contains(&o.artists),
    );
    let (pair, _, _) = match_level(
        &outs,
        |o| (o.drama.clone(), o.track.clone()),
        gold.len(),
        pair_fits,
    );
    // Track level: the article's distinct gold tracks.
    let mut tracks: Vec<&HashSet<String>> = Vec::new();
    for (g, k) in gold.iter().zip(&keys) {
        if !tracks.iter().any(|t| t.contains(&key(&g.track))) {
            tracks.push(&k.tracks);
        }
    }
    let (track, _, _) = match_level(
        &outs,
        |o| o.track.clone(),
        tracks.len(),
        |o, i| tracks[i].contains(&o.track),
    );

    ArticleScore {
        id: id.to_string(),
        triple,
        pair,
        track,
        misses: gold
            .iter()
            .zip(&used)
            .filter(|(_, u)| !**u)
            .map(|(g, _)| format!("{} | {} | {}", g.drama, g.track, g.artists.join("; ")))
            .collect(),
        extra_records: extras.iter().map(|o| o.index).collect(),
        extras: extras.into_iter().map(|o| o.shown.clone()).collect(),
    }
}

/// Scores records against gold, article by article (articles matched by id).
///
/// ```
/// use ostract::{eval, Record};
/// let gold = std::collections::BTreeMap::from([("a".to_string(), vec![eval::GoldRecord {
///     drama: "Goblin".into(), drama_alt: vec![], track: "Beautiful".into(), track_alt: vec![],
///     artists: vec!["Crush".into()], artists_alt: vec![] }])]);
/// let rec = Record { drama: "goblin".into(), track: "Beautiful".into(), artists: vec!["CRUSH".into()], source: "x/a.txt".into(), ..Default::default() };
/// let s = eval::score(&[rec], &gold);
/// assert_eq!(s.triple.f1(), 1.0);
/// ```
pub fn score(records: &[Record], gold: &BTreeMap<String, Vec<GoldRecord>>) -> Score {
    let mut by_article: BTreeMap<String, Vec<&Record>> = BTreeMap::new();
    for r in records {
        by_article.entry(article_id(&r.source)).or_default().push(r);
    }
    let mut s = Score::default();
    for (id, g) in gold {
        let recs = by_article.remove(id).unwrap_or_default();
        let a = score_article(id, &recs, g);
        s.triple.add(a.triple);
        s.pair.add(a.pair);
        s.track.add(a.track);
        s.articles.push(a);
    }
    s.unscored = by_article.into_keys().collect();
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(d: &str, t: &str, a: &[&str]) -> GoldRecord {
        GoldRecord {
            drama: d.into(),
            drama_alt: vec![],
            track: t.into(),
            track_alt: vec![],
            artists: a.iter().map(|s| s.to_string()).collect(),
            artists_alt: vec![],
        }
    }

    fn r(d: &str, t: &str, a: &[&str]) -> Record {
        Record {
            drama: d.into(),
            track: t.into(),
            artists: a.iter().map(|s| s.to_string()).collect(),
            source: "a.txt".into(),
            ..Default::default()
        }
    }

    fn score_of(recs: &[Record], gold: &[GoldRecord]) -> ArticleScore {
        let refs: Vec<&Record> = recs.iter().collect();
        score_article("a", &refs, gold)
    }

    fn counts(tp: usize, fp: usize, fn_: usize) -> Counts {
        Counts { tp, fp, fn_ }
    }

    #[test]
    fn levels_differ_on_artists() {
        let gold = vec![
            g("Goblin", "Beautiful", &["Crush"]),
            g("Goblin", "Stay With Me", &["Chanyeol", "Punch"]),
        ];
        let recs = [
            r("Goblin", "Beautiful", &["Crush"]),
            r("Goblin", "Stay With Me", &["Punch"]),
        ];
        let s = score_of(&recs, &gold);
        assert_eq!(s.triple, counts(1, 1, 1));
        assert_eq!(s.pair, counts(2, 0, 0));
        assert_eq!(s.track.tp, 2);
        assert_eq!(s.misses.len(), 1);
    }

    #[test]
    fn duplicates_count_once_and_alts_are_accepted() {
        let mut gold = g("Guardian", "Stand By Me", &["Chen (EXO)"]);
        gold.drama_alt = vec!["Goblin".into()];
        // The guide's single alternative is a string; a list is read the same.
        let one: GoldRecord = serde_json::from_str(
            r#"{"drama": "D", "drama_alt": "Goblin", "track": "T", "track_alt": ["U", "V"]}"#,
        )
        .unwrap();
        assert_eq!(
            (one.drama_alt, one.track_alt),
            (
                vec!["Goblin".to_string()],
                vec!["U".to_string(), "V".to_string()]
            )
        );
        gold.track_alt = vec!["Stand By Be".into()];
        let recs = [
            r("Goblin", "Stand By Be", &["Chen"]),
            r("goblin", "stand by be", &["CHEN"]),
        ];
        let s = score_of(&recs, &[gold]);
        assert_eq!(s.triple, counts(1, 0, 0));
    }

    #[test]
    fn gold_matches_one_output_only() {
        let gold = vec![g("D", "T", &[])];
        let recs = [r("D", "T", &[]), r("D", "T", &["X"])];
        let s = score_of(&recs, &gold);
        assert_eq!(s.triple, counts(1, 1, 0));
        assert_eq!(s.pair, counts(1, 0, 0));
    }

    #[test]
    fn empty_counts_are_perfect_not_nan() {
        let c = Counts::default();
        assert_eq!(c.f1(), 1.0);
    }
}
