//! De-duplication within one article: a song mentioned twice is one record.

use crate::normalize::key;
use crate::record::Record;
use rustc_hash::FxHashMap as HashMap;

/// Whether a rule id is a list line's or a table row's (`list.*`, `table.*`), whose
/// credits are more careful than a sentence's.
fn is_list_rule(rule: &str) -> bool {
    rule.starts_with("list.") || rule.starts_with("table.")
}

/// Merges records with the same drama and track keys, keeping the first mention's
/// position and filling in performers or an alternative title from later mentions (a
/// list line's performers replace those a sentence gave).
///
/// ```
/// use ostract::{dedupe::dedupe, Record};
/// let a = Record { drama: "Goblin".into(), track: "Beautiful".into(), ..Default::default() };
/// let b = Record { artists: vec!["Crush".into()], ..a.clone() };
/// let out = dedupe(vec![a, b.clone()]);
/// assert_eq!(out.len(), 1);
/// assert_eq!(out[0].artists, ["Crush"]);
///
/// // A list line's credit wins over a sentence's.
/// let prose = Record { artists: vec!["(Crush)".into()], rule: "ko.possessive".into(), ..b.clone() };
/// let list = Record { rule: "list.title_artist".into(), ..b.clone() };
/// assert_eq!(dedupe(vec![prose, list])[0].artists, ["Crush"]);
///
/// // A table row's credit is as careful: a later list (a chart's `KOR` column) keeps it.
/// let table = Record { rule: "table.columns".into(), ..b.clone() };
/// let chart = Record { artists: vec!["KOR".into()], rule: "list.title_artist".into(), ..b.clone() };
/// assert_eq!(dedupe(vec![table, chart])[0].artists, ["Crush"]);
///
/// // A title and, later, its Hangul form glossed with it are one song.
/// let en = Record { track: "Always".into(), ..b.clone() };
/// let ko = Record { track: "올웨이즈".into(), track_alt: "Always".into(), ..b.clone() };
/// let out = dedupe(vec![en, ko]);
/// assert_eq!((out.len(), out[0].track_alt.as_str()), (1, "올웨이즈"));
/// ```
pub fn dedupe(records: Vec<Record>) -> Vec<Record> {
    let mut out: Vec<Record> = Vec::with_capacity(records.len());
    let mut seen: HashMap<(String, String), usize> = HashMap::default();
    for r in records {
        let drama = key(&r.drama);
        let k = (drama.clone(), key(&r.track));
        let alt = (!r.track_alt.is_empty()).then(|| (drama, key(&r.track_alt)));
        // `‘올웨이즈’(ALWAYS)` after `‘ALWAYS’`: a title given with its gloss is the song
        // already named by the other form.
        let found = seen
            .get(&k)
            .or_else(|| alt.as_ref().and_then(|a| seen.get(a)))
            .copied();
        match found {
            Some(i) => {
                let kept = &mut out[i];
                if kept.track_alt.is_empty() && k.1 != key(&kept.track) {
                    kept.track_alt = r.track.clone();
                }
                // A track list's credit is more careful than a sentence's.
                let better =
                    kept.artists.is_empty() || is_list_rule(&r.rule) && !is_list_rule(&kept.rule);
                if better && !r.artists.is_empty() {
                    kept.artists = r.artists;
                    kept.artists_raw = r.artists_raw;
                }
                if kept.track_alt.is_empty() {
                    kept.track_alt = r.track_alt;
                }
                kept.confidence = kept.confidence.max(r.confidence);
            }
            None => {
                seen.insert(k, out.len());
                if let Some(a) = alt {
                    seen.entry(a).or_insert(out.len());
                }
                out.push(r);
            }
        }
    }
    out
}
