//! Scoring extracted article text against gold text, by the metric of the ScrapingHub
//! article-extraction benchmark: word 4-gram shingles counted as multisets, per-document
//! precision and recall averaged over documents, and F1 of the two means.
//!
//! Averaging per document makes a short news item weigh as much as a long essay, which
//! is what a user of a crawl cares about: every page should come out right.

use crate::per_thread::PerThreadRegex;
use regex::Regex;
use serde_json::Value;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

static WORD: PerThreadRegex = PerThreadRegex::new(|| Regex::new(r"\w+").unwrap());

/// How one extracted text compares with its gold text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DocScore {
    /// Shared shingles over extracted shingles, when anything was extracted or expected.
    pub precision: Option<f64>,
    /// Shared shingles over gold shingles, when anything was extracted or expected.
    pub recall: Option<f64>,
    /// Whether the word sequences are identical.
    pub exact: bool,
}

/// Scores one document.
///
/// ```
/// use ostract::eval::text::score_doc;
/// let s = score_doc("one two three four five", "one two three four five six");
/// assert_eq!(s.recall, Some(1.0));
/// assert!((s.precision.unwrap() - 2.0 / 3.0).abs() < 1e-9);
/// assert!(!s.exact);
/// ```
pub fn score_doc(gold: &str, extracted: &str) -> DocScore {
    let g: Vec<&str> = WORD.find_iter(gold).map(|m| m.as_str()).collect();
    let e: Vec<&str> = WORD.find_iter(extracted).map(|m| m.as_str()).collect();
    let (gs, es) = (shingles(&g), shingles(&e));
    let tp: usize = gs
        .iter()
        .map(|(k, &n)| n.min(es.get(k).copied().unwrap_or(0)))
        .sum();
    let gold_n: usize = gs.values().sum();
    let ext_n: usize = es.values().sum();
    let (fp, fn_) = (ext_n - tp, gold_n - tp);
    let (precision, recall) = if fp == 0 && fn_ == 0 {
        (Some(1.0), Some(1.0))
    } else {
        let ratio = |den: usize| (den > 0).then(|| tp as f64 / den as f64);
        (ratio(tp + fp), ratio(tp + fn_))
    };
    DocScore {
        precision,
        recall,
        exact: g == e,
    }
}

fn shingles<'a>(tokens: &'a [&'a str]) -> HashMap<&'a [&'a str], usize> {
    let mut m = HashMap::new();
    for w in tokens.windows(4) {
        *m.entry(w).or_insert(0) += 1;
    }
    m
}

/// Mean precision, mean recall, their F1, and the share of exact documents.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Summary {
    /// Mean of the per-document precisions that are defined.
    pub precision: f64,
    /// Mean of the per-document recalls that are defined.
    pub recall: f64,
    /// Harmonic mean of `precision` and `recall`.
    pub f1: f64,
    /// Share of documents whose words match the gold exactly.
    pub accuracy: f64,
    /// Number of documents scored.
    pub docs: usize,
}

/// Averages document scores.
///
/// ```
/// use ostract::eval::text::{score_doc, summarize};
/// let docs = [score_doc("a b c d e", "a b c d e"), score_doc("a b c d e", "")];
/// let s = summarize(&docs);
/// assert_eq!((s.precision, s.recall, s.accuracy), (1.0, 0.5, 0.5));
/// ```
pub fn summarize(docs: &[DocScore]) -> Summary {
    let mean = |xs: Vec<f64>| {
        if xs.is_empty() {
            0.0
        } else {
            xs.iter().sum::<f64>() / xs.len() as f64
        }
    };
    let precision = mean(docs.iter().filter_map(|d| d.precision).collect());
    let recall = mean(docs.iter().filter_map(|d| d.recall).collect());
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    let exact = docs.iter().filter(|d| d.exact).count();
    Summary {
        precision,
        recall,
        f1,
        accuracy: if docs.is_empty() {
            0.0
        } else {
            exact as f64 / docs.len() as f64
        },
        docs: docs.len(),
    }
}

/// Reads a benchmark file of article bodies: `{"<id>": {"articleBody": "..."}}`, or
/// the same mapping under `"output"` (the format of newer reference runs).
pub fn read_bodies(path: &Path) -> Result<BTreeMap<String, String>, String> {
    let raw = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut v: Value =
        serde_json::from_slice(&raw).map_err(|e| format!("{}: {e}", path.display()))?;
    if let Some(inner) = v.get_mut("output") {
        v = inner.take();
    }
    let obj = v
        .as_object()
        .ok_or_else(|| format!("{}: not a JSON object", path.display()))?;
    Ok(obj
        .iter()
        .map(|(k, d)| {
            let body = d.get("articleBody").and_then(Value::as_str).unwrap_or("");
            (k.clone(), body.to_string())
        })
        .collect())
}

/// Scores predictions against gold bodies by id; a missing prediction is empty.
pub fn score_all(
    gold: &BTreeMap<String, String>,
    pred: &BTreeMap<String, String>,
) -> BTreeMap<String, DocScore> {
    gold.iter()
        .map(|(id, g)| {
            let p = pred.get(id).map(String::as_str).unwrap_or("");
            (id.clone(), score_doc(g, p))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shingles_are_multisets() {
        // The gold repeats a 4-gram twice; predicting it once recovers one of two.
        let s = score_doc("a b c d a b c d", "a b c d");
        assert_eq!(s.precision, Some(1.0));
        assert!((s.recall.unwrap() - 1.0 / 5.0).abs() < 1e-9);
    }

    #[test]
    fn empty_prediction_has_no_precision() {
        let s = score_doc("a b c d e", "");
        assert_eq!(s.precision, None);
        assert_eq!(s.recall, Some(0.0));
    }

    #[test]
    fn both_empty_is_perfect() {
        let s = score_doc("a b", "x y");
        assert_eq!((s.precision, s.recall), (Some(1.0), Some(1.0)));
        assert!(!s.exact);
    }

    #[test]
    fn words_are_unicode_and_punctuation_free() {
        let s = score_doc("“Café” — naïve, 한국 드라마!", "Café naïve 한국 드라마");
        assert!(s.exact);
    }
}
