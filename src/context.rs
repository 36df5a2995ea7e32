//! Attaching each song to its drama: from its own line, or from the section it sits in
//! (a heading, a list line naming the drama, or the paragraph after a list line that
//! names none), and crediting songs from the next sentence.

use crate::normalize::key;
use crate::rules::{self, drama, Findings, Mention};
use crate::segment::{Line, LineKind};
use crate::tables::Tables;
use once_cell::sync::Lazy;
use regex::Regex;

/// A mention with the drama it belongs to, ready for normalisation.
#[derive(Debug, Clone, PartialEq)]
pub struct Attached {
    pub mention: Mention,
    /// Index of the line in the article's line list.
    pub line: usize,
    pub drama: String,
}

#[derive(Debug, Clone)]
struct Current {
    drama: String,
    from: From,
}

/// What named the current drama.
#[derive(Debug, Clone, Copy, PartialEq)]
enum From {
    /// A section heading: its lists inherit it.
    Heading,
    /// A list line: the next list line names its own drama.
    List,
    /// Prose ("‘D’ OST", "the drama D"): an article-wide drama, which later prose may replace.
    Prose,
}

/// Attaches dramas to the mentions of an article's lines.
///
/// ```
/// use ostract::{context, rules, segment, Tables};
/// let t = Tables::builtin();
/// let lines = segment::lines("2. Goblin (2016)\nWe love \"Beautiful\" and \"Stay With Me\".\n");
/// let found: Vec<_> = lines.iter().map(|l| rules::find(l, &t)).collect();
/// let a = context::attach(&lines, &found, &t);
/// assert_eq!(a.len(), 2);
/// assert_eq!(a[0].drama, "Goblin");
/// ```
pub fn attach(lines: &[Line], found: &[Findings], tables: &Tables) -> Vec<Attached> {
    let mut out: Vec<Attached> = Vec::new();
    let mut current: Option<Current> = None;
    for (i, (line, f)) in lines.iter().zip(found).enumerate() {
        let heading_like = line.kind == LineKind::Heading || line.marked;
        if f.mentions.is_empty() && heading_like {
            if let Some(d) = &f.heading_drama {
                let strong = drama::heading_is_strong(&line.text, d, tables);
                current = (strong || confirmed(d, lines, i)).then(|| Current {
                    drama: d.clone(),
                    from: From::Heading,
                });
            } else if !is_debris(&line.text) {
                current = None;
            }
        }
        let is_list = f
            .mentions
            .iter()
            .any(|m| m.rule.starts_with("list.") || m.rule.starts_with("heading."));
        if is_list {
            let from = current.as_ref().map(|c| c.from);
            if let Some(d) = f.mentions.iter().find_map(|m| m.drama.clone()) {
                current = Some(Current {
                    drama: d,
                    from: From::List,
                });
            } else if from == Some(From::Heading) {
                // A list under a drama's heading belongs to that drama.
            } else if let Some(d) = look_around(lines, found, i, &f.mentions, tables) {
                current = Some(Current {
                    drama: d,
                    from: From::List,
                });
            } else if from == Some(From::List) {
                // A list line after another list's drama does not inherit it; an
                // article-wide drama named in prose carries on.
                current = None;
            }
        } else if let Some(d) = f.dramas.first() {
            if current.as_ref().is_none_or(|c| c.from == From::Prose) {
                current = Some(Current {
                    drama: d.raw.clone(),
                    from: From::Prose,
                });
            }
        }
        for m in &f.mentions {
            let drama = m
                .drama
                .clone()
                .or_else(|| current.as_ref().map(|c| c.drama.clone()));
            if let Some(drama) = drama {
                // A quoted drama name is not a song of that drama.
                if m.bare && key(&m.track) == key(&drama) {
                    continue;
                }
                out.push(Attached {
                    mention: m.clone(),
                    line: i,
                    drama,
                });
            }
        }
        for c in &f.credits {
            credit(&mut out, i, c, lines);
        }
    }
    out
}

/// Site debris that neither opens nor closes a section.
fn is_debris(text: &str) -> bool {
    static DEBRIS: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r"(?i)^\s*(?:youtube|video|advertisement|\[embedded content\]|photo|image|credit|source|read more|share)").unwrap()
    });
    DEBRIS.is_match(text)
}

/// Whether a weak heading's drama is named again in the body of its section.
fn confirmed(drama: &str, lines: &[Line], at: usize) -> bool {
    let k = key(drama);
    if k.chars().count() < 3 {
        return false;
    }
    lines[at + 1..]
        .iter()
        .take_while(|l| l.kind == LineKind::Body && !l.marked)
        .take(6)
        .any(|l| key(&l.text).contains(&k))
}

static TITLE_CASE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?:[A-Z0-9][\w’'.:!?-]*)(?:\s+(?:(?:of|the|on|to|a|an|in|and|is|with|for|at|no|my|your)\s+)*(?:[A-Z0-9][\w’'.:!?-]*))+").unwrap()
});

/// Finds the drama for a list line that names none: in the paragraphs after it (up to the
/// next heading or list line), else in the line just before it.
fn look_around(
    lines: &[Line],
    found: &[Findings],
    at: usize,
    mentions: &[Mention],
    tables: &Tables,
) -> Option<String> {
    let names: Vec<String> = mentions
        .iter()
        .flat_map(|m| [key(&m.track), key(&m.artists)])
        .collect();
    let usable = |d: &str| {
        let k = key(d);
        !k.is_empty()
            && !names
                .iter()
                .any(|n| n.contains(&k) || k.contains(n.as_str()) && !n.is_empty())
    };
    let mut after = Vec::new();
    for j in at + 1..lines.len() {
        let l = &lines[j];
        if l.marked
            || !found[j]
                .mentions
                .iter()
                .all(|m| m.bare || m.rule.starts_with("prose."))
            || l.kind == LineKind::Heading && found[j].heading_drama.is_some()
        {
            break;
        }
        after.push(j);
        if after.len() >= 3 {
            break;
        }
    }
    for &j in &after {
        if let Some(d) = found[j].dramas.iter().find(|d| usable(&d.raw)) {
            return Some(d.raw.clone());
        }
    }
    for &j in &after {
        let text = &lines[j].text;
        for m in TITLE_CASE.find_iter(text) {
            let s = m.as_str();
            let first = s.split_whitespace().next().unwrap_or("");
            let at_sentence_start = text[..m.start()].trim_end().is_empty()
                || text[..m.start()].trim_end().ends_with(['.', '!', '?']);
            if s.split_whitespace().count() < 2
                || at_sentence_start
                    && rules::names::is_name_word(first)
                    && tables.drama_canonical(s).is_none()
            {
                continue;
            }
            let cleaned = crate::normalize::clean_title(s);
            if usable(&cleaned) && !cleaned.contains("K-Drama") && !cleaned.contains("OST") {
                return Some(cleaned);
            }
        }
    }
    // The paragraph just before the list, when it belongs to no earlier list.
    let before = at
        .checked_sub(1)
        .filter(|&j| lines[j].kind == LineKind::Body && found[j].mentions.is_empty())
        .filter(|&j| j == 0 || found[j - 1].mentions.iter().all(|m| m.bare));
    if let Some(j) = before {
        if let Some(d) = found[j].dramas.iter().find(|d| usable(&d.raw)) {
            return Some(d.raw.clone());
        }
    }
    None
}

/// Gives a credit sentence's performers to the song just before it, when that song
/// has no credit and sits in the same line or the line before.
fn credit(out: &mut [Attached], line: usize, c: &rules::CreditSignal, lines: &[Line]) {
    let Some(last) = out
        .iter_mut()
        .rev()
        .find(|a| a.line < line || a.line == line && a.mention.end <= c.start)
    else {
        return;
    };
    let near = last.line == line || last.line + 1 == line && lines[line].kind == LineKind::Body;
    if last.mention.artists.is_empty() && near {
        last.mention.artists = c.artists.clone();
        last.mention.rule = "credit.next_sentence";
        last.mention.bare = false;
    }
}
