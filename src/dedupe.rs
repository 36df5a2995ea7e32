//! De-duplication within one article: a song mentioned twice is one record.

use crate::normalize::key;
use crate::record::Record;
use crate::rules::is_list_rule;
use std::collections::HashMap;

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
/// let list = Record { rule: "list.title_dash_artist".into(), ..b.clone() };
/// assert_eq!(dedupe(vec![prose, list])[0].artists, ["Crush"]);
/// ```
pub fn dedupe(records: Vec<Record>) -> Vec<Record> {
    let mut out: Vec<Record> = Vec::with_capacity(records.len());
    let mut seen: HashMap<(String, String), usize> = HashMap::new();
    for r in records {
        let k = (key(&r.drama), key(&r.track));
        match seen.get(&k) {
            Some(&i) => {
                let kept = &mut out[i];
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
                out.push(r);
            }
        }
    }
    out
}
