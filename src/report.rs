//! A self-contained HTML report of a run: every article's text with its extracted
//! mentions highlighted (the record on hover, its fields on click), a table of every
//! record, and, given gold files, hits, extras and misses marked.
//!
//! The page needs no network: styles, script and data are inline. Articles are written
//! as they come, so a report costs the memory of the records, not of the texts.

use crate::batch::ArticleResult;
use crate::eval::{self, GoldRecord};
use crate::output::AtomicFile;
use crate::record::Record;
use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::Path;

/// How a record fares against the gold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Status {
    NoGold,
    Hit,
    Extra,
}

impl Status {
    fn class(self) -> &'static str {
        match self {
            Status::NoGold => "rec",
            Status::Hit => "rec hit",
            Status::Extra => "rec extra",
        }
    }
}

/// A report being written.
pub struct Report {
    path: std::path::PathBuf,
    file: AtomicFile,
    out: Box<dyn Write>,
    gold: Option<BTreeMap<String, Vec<GoldRecord>>>,
    records: Vec<(Record, Status)>,
    articles: usize,
    misses: usize,
}

impl Report {
    /// Starts a report at `path`, written atomically; `gold` marks hits, extras and misses.
    pub fn create(
        path: &Path,
        gold: Option<BTreeMap<String, Vec<GoldRecord>>>,
    ) -> io::Result<Report> {
        let (file, w) = AtomicFile::create(path)?;
        let mut r = Report {
            path: path.to_path_buf(),
            file,
            out: Box::new(w),
            gold,
            records: Vec::new(),
            articles: 0,
            misses: 0,
        };
        r.out.write_all(HEAD.as_bytes())?;
        Ok(r)
    }

    /// Adds one article: its text with the mentions marked, then its misses.
    pub fn article(&mut self, a: &ArticleResult) -> io::Result<()> {
        self.articles += 1;
        let (statuses, misses) = match &self.gold {
            Some(gold) => {
                let id = eval::article_id(&a.source);
                let refs: Vec<&Record> = a.records.iter().collect();
                let g = gold.get(&id).map(Vec::as_slice).unwrap_or(&[]);
                let s = eval::score_article(&id, &refs, g);
                let statuses: Vec<Status> = (0..a.records.len())
                    .map(|i| {
                        if s.extra_records.contains(&i) {
                            Status::Extra
                        } else {
                            Status::Hit
                        }
                    })
                    .collect();
                (statuses, s.misses)
            }
            None => (vec![Status::NoGold; a.records.len()], Vec::new()),
        };
        let first = self.records.len();
        writeln!(
            self.out,
            "<section class=\"article\" id=\"a{}\"><h2>{}</h2>",
            self.articles,
            esc(&a.source)
        )?;
        writeln!(
            self.out,
            "<pre class=\"text\">{}</pre>",
            marked(&a.text, &a.records, &statuses, first)
        )?;
        if !misses.is_empty() {
            writeln!(self.out, "<ul class=\"misses\">")?;
            for m in &misses {
                writeln!(self.out, "<li class=\"miss\">missed: {}</li>", esc(m))?;
            }
            writeln!(self.out, "</ul>")?;
        }
        writeln!(self.out, "</section>")?;
        self.misses += misses.len();
        self.records.extend(a.records.iter().cloned().zip(statuses));
        Ok(())
    }

    /// Where the report is written.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Writes the records table, the data for the script, and renames the file into place.
    pub fn finish(mut self) -> io::Result<()> {
        let extras = self
            .records
            .iter()
            .filter(|(_, s)| *s == Status::Extra)
            .count();
        let hits = self
            .records
            .iter()
            .filter(|(_, s)| *s == Status::Hit)
            .count();
        write!(
            self.out,
            "<section id=\"records\"><h2>All records</h2><p id=\"summary\">{} articles, {} records",
            self.articles,
            self.records.len()
        )?;
        if self.gold.is_some() {
            write!(
                self.out,
                "; against the gold: {hits} hits, {extras} extras, {} misses",
                self.misses
            )?;
        }
        writeln!(self.out, "</p>\n<table><thead><tr><th>#</th><th>drama</th><th>track</th><th>artists</th><th>source</th><th>rule</th><th>confidence</th></tr></thead><tbody>")?;
        for (i, (r, s)) in self.records.iter().enumerate() {
            writeln!(
                self.out,
                "<tr class=\"{}\" data-r=\"{i}\"><td>{i}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                s.class(),
                esc(&r.drama),
                esc(&r.track),
                esc(&r.artists.join("; ")),
                esc(&r.source),
                esc(&r.rule),
                r.confidence
            )?;
        }
        writeln!(self.out, "</tbody></table></section>")?;
        let data: Vec<&Record> = self.records.iter().map(|(r, _)| r).collect();
        let json = serde_json::to_string(&data)
            .map_err(io::Error::from)?
            .replace("</", "<\\/");
        writeln!(
            self.out,
            "<script type=\"application/json\" id=\"data\">{json}</script>\n<script>{SCRIPT}</script>\n</body></html>"
        )?;
        self.out.flush()?;
        drop(self.out);
        self.file.commit()
    }
}

/// The article text, HTML-escaped, with each record's span marked. Overlapping spans
/// are marked once, by the first record.
fn marked(text: &str, records: &[Record], statuses: &[Status], first: usize) -> String {
    let mut spans: Vec<(usize, usize, usize)> = records
        .iter()
        .enumerate()
        .filter(|(_, r)| {
            r.start < r.end
                && r.end <= text.len()
                && text.is_char_boundary(r.start)
                && text.is_char_boundary(r.end)
        })
        .map(|(i, r)| (r.start, r.end, i))
        .collect();
    spans.sort();
    let mut out = String::with_capacity(text.len() + spans.len() * 80);
    let mut at = 0;
    for (s, e, i) in spans {
        if s < at {
            continue;
        }
        let r = &records[i];
        out.push_str(&esc(&text[at..s]));
        out.push_str(&format!(
            "<mark class=\"{}\" data-r=\"{}\" title=\"{} | {} | {} ({})\">{}</mark>",
            statuses[i].class(),
            first + i,
            esc(&r.drama),
            esc(&r.track),
            esc(&r.artists.join("; ")),
            esc(&r.rule),
            esc(&text[s..e])
        ));
        at = e;
    }
    out.push_str(&esc(&text[at..]));
    out
}

fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            c => o.push(c),
        }
    }
    o
}

const HEAD: &str = r##"<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>ostract report</title>
<style>
body { font: 15px/1.5 system-ui, sans-serif; margin: 0 2rem 6rem; color: #222; }
h1 { font-size: 1.4rem; } h2 { font-size: 1.05rem; margin-top: 2rem; }
pre.text { white-space: pre-wrap; background: #fafafa; border: 1px solid #ddd; padding: .8rem; font: inherit; }
mark.rec { background: #ffe48a; cursor: pointer; border-radius: 2px; }
mark.hit { background: #b6f0b6; } mark.extra { background: #ffb3b3; }
mark.selected { outline: 2px solid #1a5fd0; }
li.miss { color: #a00; }
table { border-collapse: collapse; margin-top: .5rem; } td, th { border: 1px solid #ccc; padding: 2px 6px; text-align: left; }
tr.extra { background: #ffe0e0; } tr.hit { background: #e6f8e6; } tr.selected { outline: 2px solid #1a5fd0; }
#detail { position: fixed; bottom: 0; left: 0; right: 0; background: #1d2733; color: #fff; padding: .6rem 2rem; font: 13px/1.4 ui-monospace, monospace; white-space: pre-wrap; max-height: 40vh; overflow: auto; }
#detail:empty { display: none; }
.legend span { padding: 0 .4rem; margin-right: .5rem; }
</style></head>
<body>
<h1>ostract report</h1>
<p class="legend"><span style="background:#ffe48a">record</span><span style="background:#b6f0b6">hit</span><span style="background:#ffb3b3">extra</span><span style="color:#a00">missed</span> · hover a mark for its record, click for all fields · <a href="#records">all records</a></p>
"##;

/// Click a mark or a table row: its record's fields in the panel, both highlighted.
/// `#select=N` in the address selects record N on load.
const SCRIPT: &str = r#"
(function () {
  var data = JSON.parse(document.getElementById('data').textContent);
  var panel = document.createElement('div');
  panel.id = 'detail';
  document.body.appendChild(panel);
  function select(i) {
    document.querySelectorAll('.selected').forEach(function (e) { e.classList.remove('selected'); });
    document.querySelectorAll('[data-r="' + i + '"]').forEach(function (e) { e.classList.add('selected'); });
    var r = data[i];
    panel.textContent = Object.keys(r).map(function (k) {
      var v = Array.isArray(r[k]) ? r[k].join('; ') : r[k];
      return k + ': ' + v;
    }).join('\n');
  }
  document.addEventListener('click', function (ev) {
    var t = ev.target.closest('[data-r]');
    if (t) { select(+t.getAttribute('data-r')); }
  });
  var m = /select=(\d+)/.exec(location.hash);
  if (m) { var mark = document.querySelector('mark[data-r="' + m[1] + '"]'); if (mark) { mark.click(); } }
  document.body.setAttribute('data-ready', data.length);
})();
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_escape_text_and_skip_overlaps() {
        let text = "<b> “Flower” – Yoon Mirae & more";
        let rec = |s: usize, e: usize| Record {
            drama: "CLOY".into(),
            track: "Flower".into(),
            artists: vec!["Yoon Mirae".into()],
            start: s,
            end: e,
            rule: "list.title_dash_artist".into(),
            ..Default::default()
        };
        let start = text.find('“').unwrap();
        let end = text.find(" &").unwrap();
        let html = marked(
            text,
            &[rec(start, end), rec(start + 3, end)],
            &[Status::Hit, Status::Extra],
            5,
        );
        assert!(
            html.starts_with("&lt;b&gt; <mark class=\"rec hit\" data-r=\"5\""),
            "{html}"
        );
        assert!(html.ends_with("</mark> &amp; more"), "{html}");
        assert_eq!(html.matches("<mark").count(), 1);
    }
}
