//! Checking a dataset of records, from ostract or written by hand: each check is a rule
//! with an id and a severity, and each finding names the row and the field.
//!
//! Only `drama`, `track` and `artists` are required; `artists` is a JSON array or a
//! `; `-joined string. Rows are numbered from 1, the header not counted; findings about
//! the file as a whole (a missing column) have row 0.

use crate::normalize::{artist_key, key, QUOTE_CHARS};
use crate::output::Format;
use crate::per_thread::PerThreadRegex;
use crate::tables::Tables;
use regex::Regex;
use serde::Serialize;
use std::collections::HashMap;
use std::path::Path;

/// How bad a finding is: errors fail validation, warnings are for a human to look at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

/// One problem found in a dataset.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// 1-based data row (header not counted); 0 for the file as a whole.
    pub row: usize,
    pub field: String,
    pub rule: &'static str,
    pub severity: Severity,
    pub message: String,
}

/// Every rule: id, severity, what it finds. The README's table lists the same.
pub const RULES: &[(&str, Severity, &str)] = &[
    (
        "missing-field",
        Severity::Error,
        "a required field (`drama`, `track`, `artists`) or column is missing",
    ),
    (
        "empty-value",
        Severity::Error,
        "`drama` or `track` is empty or whitespace only",
    ),
    ("no-artist", Severity::Warning, "no artist is credited"),
    (
        "control-char",
        Severity::Error,
        "a value holds control characters",
    ),
    (
        "unbalanced",
        Severity::Warning,
        "quotes or brackets in a name do not pair up",
    ),
    (
        "edge-quote",
        Severity::Error,
        "a name starts or ends with a quote mark",
    ),
    (
        "ost-in-title",
        Severity::Error,
        "`OST`, `Part N` or `(Inst.)` left inside a drama or track name",
    ),
    (
        "sentence-title",
        Severity::Warning,
        "a title reads like a sentence (long, mostly lowercase words, or ending with a period)",
    ),
    (
        "unsplit-artists",
        Severity::Error,
        "several artists in one (`and`, `&`, `x`, `feat.`, `,` …) that is not a known act",
    ),
    (
        "unnormalized-credit",
        Severity::Error,
        "a group-member credit not written `Member (GROUP)` (`EXO's Chen`, `Chen of EXO`)",
    ),
    (
        "near-duplicate",
        Severity::Warning,
        "names that differ only in case, spacing, punctuation or romanisation",
    ),
    (
        "duplicate-row",
        Severity::Error,
        "a row identical to an earlier one",
    ),
    (
        "formula-injection",
        Severity::Error,
        "a value starts with `=`, `+`, `-` or `@`, which spreadsheets run as a formula",
    ),
];

/// Why a dataset could not be read at all.
#[derive(Debug, thiserror::Error)]
pub enum ValidateError {
    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: not a CSV, JSON or JSON Lines file (by extension)")]
    UnknownFormat { path: String },
    #[error("{path}: cannot parse: {reason}")]
    Parse { path: String, reason: String },
}

/// One data row: its fields in file order, with `artists` split.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Row {
    /// 1-based data row number.
    pub number: usize,
    /// Field name → value (as text), in the file's order.
    pub fields: Vec<(String, String)>,
    /// The artist list, when the row has an `artists` field.
    pub artists: Option<Vec<String>>,
}

impl Row {
    fn get(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// A dataset as read: its rows, and its columns when the format has a header.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Dataset {
    pub columns: Option<Vec<String>>,
    pub rows: Vec<Row>,
}

const REQUIRED: &[&str] = &["drama", "track", "artists"];

/// Reads a dataset; a file that cannot be parsed is an error.
pub fn read(path: &Path) -> Result<Dataset, ValidateError> {
    let label = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|source| ValidateError::Io {
        path: label.clone(),
        source,
    })?;
    let parse = |reason: String| ValidateError::Parse {
        path: label.clone(),
        reason,
    };
    let text = String::from_utf8(bytes).map_err(|e| parse(format!("not UTF-8 ({e})")))?;
    match Format::from_path(path) {
        Some(Format::Csv) => read_csv(&text).map_err(parse),
        Some(Format::Json) => {
            let v: Vec<serde_json::Value> =
                serde_json::from_str(&text).map_err(|e| parse(e.to_string()))?;
            json_rows(v.into_iter()).map_err(parse)
        }
        Some(Format::Jsonl) => {
            let mut values = Vec::new();
            for (i, l) in text
                .lines()
                .enumerate()
                .filter(|(_, l)| !l.trim().is_empty())
            {
                values.push(
                    serde_json::from_str(l).map_err(|e| parse(format!("line {}: {e}", i + 1)))?,
                );
            }
            json_rows(values.into_iter()).map_err(parse)
        }
        None => Err(ValidateError::UnknownFormat { path: label }),
    }
}

fn read_csv(text: &str) -> Result<Dataset, String> {
    let mut rdr = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let header: Vec<String> = rdr
        .headers()
        .map_err(|e| e.to_string())?
        .iter()
        .map(|h| h.trim().to_string())
        .collect();
    let mut rows = Vec::new();
    for (i, rec) in rdr.records().enumerate() {
        let rec = rec.map_err(|e| e.to_string())?;
        let fields: Vec<(String, String)> = header
            .iter()
            .zip(rec.iter())
            .map(|(h, v)| (h.clone(), v.to_string()))
            .collect();
        let artists = fields
            .iter()
            .find(|(k, _)| k == "artists")
            .map(|(_, v)| crate::record::split_joined(v));
        rows.push(Row {
            number: i + 1,
            fields,
            artists,
        });
    }
    Ok(Dataset {
        columns: Some(header),
        rows,
    })
}

fn json_rows(values: impl Iterator<Item = serde_json::Value>) -> Result<Dataset, String> {
    let mut rows = Vec::new();
    for (i, v) in values.enumerate() {
        let obj = v
            .as_object()
            .ok_or_else(|| format!("row {}: not a JSON object", i + 1))?;
        let text = |v: &serde_json::Value| match v {
            serde_json::Value::String(s) => s.clone(),
            serde_json::Value::Null => String::new(),
            other => other.to_string(),
        };
        let artists = obj.get("artists").map(|a| match a {
            serde_json::Value::Array(items) => items.iter().map(text).collect(),
            other => crate::record::split_joined(&text(other)),
        });
        let fields = obj
            .iter()
            .map(|(k, v)| {
                let value = match (k.as_str(), &artists) {
                    ("artists", Some(a)) => a.join("; "),
                    _ => text(v),
                };
                (k.clone(), value)
            })
            .collect();
        rows.push(Row {
            number: i + 1,
            fields,
            artists,
        });
    }
    Ok(Dataset {
        columns: None,
        rows,
    })
}

fn finding(row: usize, field: &str, rule: &'static str, message: String) -> Finding {
    let severity = RULES
        .iter()
        .find(|(id, _, _)| *id == rule)
        .map(|(_, s, _)| *s)
        .expect("every rule id is in RULES");
    Finding {
        row,
        field: field.to_string(),
        rule,
        severity,
        message,
    }
}

static OST_IN_TITLE: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(r"(?i)\bO\.?S\.?T\b|\bpart\.?\s*\d+\b|\bpt\.\s*\d+|\(\s*inst(?:\.|rumental)?\s*\)|original\s+soundtrack")
        .unwrap()
});
static ARTIST_SEPARATOR: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(r"(?i)\s(?:and|&|x|×|with|feat\.?|ft\.?|featuring)\s|,\s|\s·\s|·").unwrap()
});
static POSSESSIVE_CREDIT: PerThreadRegex =
    PerThreadRegex::new(|| Regex::new(r"^(?P<g>.+?)[’']s?\s+(?:member\s+)?\S").unwrap());
static OF_CREDIT: PerThreadRegex =
    PerThreadRegex::new(|| Regex::new(r"^.+?\s+(?:of|from)\s+(?P<g>.+)$").unwrap());
static MEMBER_CREDIT: PerThreadRegex =
    PerThreadRegex::new(|| Regex::new(r"^(?P<g>.+?)\s+member\s+\S").unwrap());

/// Runs every check over a dataset: file-level findings first, then by row.
///
/// ```
/// use ostract::validate::{check, Dataset, Row};
/// let row = |n, d: &str, t: &str, a: &[&str]| Row {
///     number: n,
///     fields: vec![("drama".into(), d.into()), ("track".into(), t.into()), ("artists".into(), a.join("; "))],
///     artists: Some(a.iter().map(|s| s.to_string()).collect()),
/// };
/// let rows = vec![row(1, "Goblin", "Stay With Me", &["Chanyeol (EXO)", "Punch"]),
///                  row(2, "Goblin", "“Beautiful” OST", &["Crush and Punch"])];
/// let found = check(&Dataset { columns: None, rows }, &ostract::Tables::builtin());
/// let rules: Vec<_> = found.iter().map(|f| (f.row, f.rule)).collect();
/// assert_eq!(rules, [(2, "edge-quote"), (2, "ost-in-title"), (2, "unsplit-artists")]);
/// ```
pub fn check(data: &Dataset, tables: &Tables) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut required: Vec<&str> = REQUIRED.to_vec();
    if let Some(columns) = &data.columns {
        for f in REQUIRED.iter().filter(|f| !columns.iter().any(|c| c == *f)) {
            out.push(finding(0, f, "missing-field", format!("no `{f}` column")));
        }
        // Reported once for the file, not again on every row.
        required.clear();
    }
    let mut seen_rows: HashMap<Vec<(String, String)>, usize> = HashMap::new();
    // Per field, key → (first display form, its row).
    let mut forms: HashMap<(&'static str, String), (String, usize)> = HashMap::new();
    for row in &data.rows {
        let n = row.number;
        for f in &required {
            if row.get(f).is_none() {
                out.push(finding(n, f, "missing-field", format!("no `{f}` field")));
            }
        }
        for (k, v) in &row.fields {
            if v.chars()
                .any(|c| c.is_control() && c != '\n' && c != '\t' || c == '\u{7f}')
            {
                out.push(finding(
                    n,
                    k,
                    "control-char",
                    "holds control characters".into(),
                ));
            }
            if v.starts_with(['=', '+', '-', '@']) {
                out.push(finding(
                    n,
                    k,
                    "formula-injection",
                    format!("starts with `{}`", &v[..1]),
                ));
            }
        }
        for field in ["drama", "track"] {
            let Some(v) = row.get(field) else { continue };
            if v.trim().is_empty() {
                out.push(finding(n, field, "empty-value", "is empty".into()));
                continue;
            }
            name_checks(n, field, v, &mut out);
            if OST_IN_TITLE.is_match(v) {
                out.push(finding(
                    n,
                    field,
                    "ost-in-title",
                    format!("`{v}` still holds a soundtrack marker"),
                ));
            }
            if field == "track" && reads_like_sentence(v) {
                out.push(finding(
                    n,
                    field,
                    "sentence-title",
                    format!("`{v}` reads like a sentence"),
                ));
            }
            let field_id = if field == "drama" { "drama" } else { "track" };
            near_duplicate(&mut forms, (field_id, key(v)), v, n, field, &mut out);
        }
        if let Some(artists) = &row.artists {
            if artists.iter().all(|a| a.trim().is_empty()) {
                out.push(finding(
                    n,
                    "artists",
                    "no-artist",
                    "no artist credited".into(),
                ));
            }
            for a in artists.iter().filter(|a| !a.trim().is_empty()) {
                name_checks(n, "artists", a, &mut out);
                let known = tables.is_act(a) || tables.group(a).is_some();
                if !known && ARTIST_SEPARATOR.is_match(a) {
                    out.push(finding(
                        n,
                        "artists",
                        "unsplit-artists",
                        format!("`{a}` looks like several artists"),
                    ));
                }
                if !known && unnormalized_credit(a, tables) {
                    out.push(finding(
                        n,
                        "artists",
                        "unnormalized-credit",
                        format!("`{a}` is a member credit; write it `Member (GROUP)`"),
                    ));
                }
                near_duplicate(
                    &mut forms,
                    ("artists", artist_key(a, tables)),
                    a,
                    n,
                    "artists",
                    &mut out,
                );
            }
        }
        match seen_rows.get(&row.fields) {
            Some(first) => out.push(finding(
                n,
                "",
                "duplicate-row",
                format!("same as row {first}"),
            )),
            None => {
                seen_rows.insert(row.fields.clone(), n);
            }
        }
    }
    out
}

/// Checks shared by every name: quotes at the ends, unbalanced pairs.
fn name_checks(n: usize, field: &str, v: &str, out: &mut Vec<Finding>) {
    let t = v.trim();
    if t.starts_with(QUOTE_CHARS) || t.ends_with(QUOTE_CHARS) && !t.ends_with("s'") {
        out.push(finding(
            n,
            field,
            "edge-quote",
            format!("`{v}` has a quote mark at an end"),
        ));
    }
    let count = |c: char| t.matches(c).count();
    let balanced = count('(') == count(')')
        && count('[') == count(']')
        && count('“') == count('”')
        && count('"') % 2 == 0;
    if !balanced {
        out.push(finding(
            n,
            field,
            "unbalanced",
            format!("`{v}` has unpaired quotes or brackets"),
        ));
    }
}

/// Long, mostly lowercase words, or a final period: a sentence caught as a title.
fn reads_like_sentence(v: &str) -> bool {
    let words: Vec<&str> = v.split_whitespace().collect();
    let lower = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .count();
    let ends_sentence = v.ends_with('.') && !v.ends_with("..") && words.len() > 2;
    words.len() > 10 || (words.len() >= 6 && lower * 2 > words.len()) || ends_sentence
}

fn unnormalized_credit(a: &str, tables: &Tables) -> bool {
    let group_at = |re: &Regex| {
        re.captures(a)
            .is_some_and(|c| tables.group(c["g"].trim()).is_some())
    };
    group_at(&POSSESSIVE_CREDIT) || group_at(&OF_CREDIT) || group_at(&MEMBER_CREDIT)
}

fn near_duplicate(
    forms: &mut HashMap<(&'static str, String), (String, usize)>,
    k: (&'static str, String),
    v: &str,
    n: usize,
    field: &str,
    out: &mut Vec<Finding>,
) {
    if k.1.is_empty() {
        return;
    }
    match forms.get(&k) {
        Some((first, row)) if first != v => out.push(finding(
            n,
            field,
            "near-duplicate",
            format!("`{v}` and `{first}` (row {row}) differ only in writing; choose one form"),
        )),
        Some(_) => {}
        None => {
            forms.insert(k, (v.to_string(), n));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(text: &str) -> Vec<(usize, &'static str)> {
        check(&read_csv(text).unwrap(), &Tables::builtin())
            .into_iter()
            .map(|f| (f.row, f.rule))
            .collect()
    }

    #[test]
    fn json_rows_report_their_own_missing_fields() {
        let data = json_rows(
            serde_json::from_str::<Vec<serde_json::Value>>(
                r#"[{"drama": "Goblin", "track": "Beautiful", "artists": ["Crush"]}, {"drama": "Goblin", "artists": "Crush; Punch"}]"#,
            )
            .unwrap()
            .into_iter(),
        )
        .unwrap();
        assert_eq!(
            data.rows[1].artists.as_deref(),
            Some(&["Crush".to_string(), "Punch".to_string()][..])
        );
        let found = check(&data, &Tables::builtin());
        assert_eq!(
            found
                .iter()
                .map(|f| (f.row, f.rule, f.field.as_str()))
                .collect::<Vec<_>>(),
            [(2, "missing-field", "track")]
        );
    }

    #[test]
    fn clean_rows_have_no_findings() {
        let text = "drama,track,artists\nGoblin,Stay With Me,Chanyeol (EXO); Punch\nGoblin,Beautiful,Crush\nCrash Landing on You,Flower,Yoon Mirae\nDescendants of the Sun,Everytime,Chen (EXO); Punch\nThe Moon That Embraces the Sun,Shall We Kiss?,Lyn\n";
        assert_eq!(rules(text), []);
    }

    #[test]
    fn a_missing_column_is_a_file_level_error() {
        assert_eq!(
            rules("drama,track\nGoblin,Beautiful\n"),
            [(0, "missing-field")]
        );
    }

    #[test]
    fn known_acts_with_separators_stay_whole() {
        let text = "drama,track,artists\nX,Y,Chang Kiha & the Faces\nX,Z,Girls' Generation\n";
        assert_eq!(rules(text), []);
    }

    #[test]
    fn member_credits_must_be_normalised() {
        let text = "drama,track,artists\nA,One,EXO's Chen\nA,Two,Chen of EXO\nA,Three,EXO member Chen\nA,Four,Chen (EXO)\n";
        assert_eq!(
            rules(text),
            [
                (1, "unnormalized-credit"),
                (2, "unnormalized-credit"),
                (3, "unnormalized-credit")
            ]
        );
    }

    #[test]
    fn near_duplicates_are_romanisation_aware() {
        let text = "drama,track,artists\nA,One,Yoon Mirae\nB,Two,Yoon Mi-rae\nC,Three,yoon mirae\n";
        assert_eq!(rules(text), [(2, "near-duplicate"), (3, "near-duplicate")]);
    }

    #[test]
    fn sentences_are_not_titles() {
        assert!(reads_like_sentence(
            "the song that plays when they meet again at the end"
        ));
        assert!(reads_like_sentence("He sang it twice."));
        assert!(!reads_like_sentence("Shall We Kiss?"));
        assert!(!reads_like_sentence("Someday, the Boy"));
        assert!(!reads_like_sentence("It’s You"));
    }
}
