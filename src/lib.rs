//! # ostract
//!
//! Turns articles about Korean dramas into a dataset of soundtrack songs: one
//! [`Record`] per song, with the drama it belongs to and the artists who sing it.
//!
//! The pipeline runs in stages, each a module, and data only flows forward:
//!
//! 1. [`input`]: walk paths, read files (gzip, JSONL batches), decode character sets;
//! 2. [`html`]: HTML pages → the article's main text, one block per line;
//! 3. [`segment`]: text → lines (hard wraps repaired), classified as headings or body;
//! 4. [`read`]: the extraction core: each line lexed once into pieces, songs and dramas
//!    found by named rules over pieces, list layouts decided per article, each song tied
//!    to its drama and credit, every candidate kept or dropped with a reason;
//! 5. [`normalize`]: names cleaned, artists split, group members written `Member (GROUP)`;
//! 6. [`dedupe`]: a song mentioned twice in an article is one record;
//! 7. [`merge`]: one display form per name across a dataset, and the merged song list;
//! 8. [`output`]: CSV, JSON and JSON Lines, written atomically; [`report`]: an HTML
//!    page of the articles with their mentions highlighted.
//!
//! [`eval`] scores records against hand-checked gold files (and main-content text
//! against the article-extraction benchmark); [`validate`] checks a dataset.
//!
//! ```
//! let extractor = ostract::Extractor::new(ostract::Tables::builtin());
//! let text = "“Flower” – Yoon Mirae and “Here I am Again” – Baek Yerin for Crash Landing on You\n";
//! let records = extractor.extract_text("news.txt", text);
//! assert_eq!(records.len(), 2);
//! assert_eq!(records[0].drama, "Crash Landing on You");
//! assert_eq!(records[1].artists, ["Baek Yerin"]);
//! ```

pub mod batch;
pub mod dedupe;
pub mod eval;
pub mod html;
pub mod input;
pub mod merge;
pub mod normalize;
pub mod output;
mod per_thread;
pub mod read;
pub mod record;
pub mod report;
pub mod segment;
pub mod shape;
pub mod tables;
pub mod validate;

pub use record::Record;
pub use tables::Tables;

use normalize::{clean, clean_title, has_key, key, split_artists_with, split_gloss, trim_punct};

/// The artists of the credits split on this thread, for one version of the tables.
struct Credits {
    tables: tables::Version,
    artists: rustc_hash::FxHashMap<Box<str>, Vec<String>>,
}

/// The most credits [`Credits`] keeps (a few MB a thread).
const CREDITS_KEPT: usize = 1 << 14;

thread_local! {
    static CREDITS: std::cell::RefCell<Option<Credits>> = const { std::cell::RefCell::new(None) };
}

/// The records of one article, and how many candidates were dropped for each reason.
#[derive(Debug, Clone, Default)]
pub struct Extraction {
    pub records: Vec<Record>,
    pub dropped: Vec<(&'static str, usize)>,
}

/// The extractor: name tables plus the pipeline from text to records.
#[derive(Debug, Clone)]
pub struct Extractor {
    tables: Tables,
}

impl Extractor {
    /// An extractor using these name tables.
    pub fn new(tables: Tables) -> Extractor {
        Extractor { tables }
    }

    /// The name tables in use.
    pub fn tables(&self) -> &Tables {
        &self.tables
    }

    /// Extracts the records of one article's cleaned text (as [`html::to_text`] or a
    /// plain-text file gives it). `source` is copied into every record.
    pub fn extract_text(&self, source: &str, text: &str) -> Vec<Record> {
        self.extract(source, text).records
    }

    /// Like [`Extractor::extract_text`], with the number of candidates dropped for
    /// each reason (`no drama`, `low confidence`, …), most common first.
    pub fn extract(&self, source: &str, text: &str) -> Extraction {
        self.extract_read(source, text, false)
    }

    /// `html`: the text is an HTML page's blocks, one a line (no hard wraps to join).
    fn extract_read(&self, source: &str, text: &str, html: bool) -> Extraction {
        let reading = read::read_text(text, &self.tables, html);
        let mut records: Vec<Record> = reading
            .kept()
            .filter_map(|s| self.record(source, &reading, s))
            .collect();
        self.add_named_groups(text, &mut records);
        Extraction {
            records: dedupe::dedupe(records),
            dropped: read::decide::drop_reasons(reading.songs.iter()),
        }
    }

    /// Extracts the records of one article as read by [`input`]: [`Extractor::extract_text`]
    /// on its text, with the article's `url` (a WARC record's target) in every record.
    ///
    /// ```
    /// let ex = ostract::Extractor::new(ostract::Tables::builtin());
    /// let a = ostract::input::Article {
    ///     source: "c.warc#urn:uuid:1".into(),
    ///     url: "https://example.com/ost".into(),
    ///     text: "“Flower” – Yoon Mirae for Crash Landing on You\n".into(),
    ///     html: false,
    ///     headline: 0,
    ///     warnings: vec![],
    /// };
    /// assert_eq!(ex.extract_article(&a)[0].url, "https://example.com/ost");
    /// ```
    pub fn extract_article(&self, article: &input::Article) -> Vec<Record> {
        self.extract_with_drops(article).records
    }

    /// Like [`Extractor::extract_article`], with the candidates dropped by reason.
    pub fn extract_with_drops(&self, article: &input::Article) -> Extraction {
        let mut x = self.extract_read(&article.source, &article.text, article.html);
        if !article.url.is_empty() {
            for r in &mut x.records {
                r.url.clone_from(&article.url);
            }
        }
        x
    }

    /// `V` in a credit of an article that names BTS elsewhere is `V (BTS)`: a bare name
    /// that is a known member of exactly one group the article names gets that group,
    /// written as the article writes it (in the member's script when it can).
    fn add_named_groups(&self, text: &str, records: &mut [Record]) {
        let bare = |a: &String| !a.ends_with(')') && self.tables.is_performer(a);
        if !records.iter().any(|r| r.artists.iter().any(bare)) {
            return;
        }
        let named = self.tables.groups_in(text);
        for a in records.iter_mut().flat_map(|r| r.artists.iter_mut()) {
            if !bare(a) {
                continue;
            }
            let of: Vec<&String> = named
                .iter()
                .filter(|g| self.tables.is_member(g, a))
                .collect();
            let groups: rustc_hash::FxHashSet<&String> =
                of.iter().filter_map(|g| self.tables.group(g)).collect();
            if groups.len() != 1 {
                continue;
            }
            let hangul = normalize::has_hangul(a);
            let written = of
                .iter()
                .find(|g| normalize::has_hangul(g) == hangul)
                .unwrap_or(&of[0]);
            *a = format!("{a} ({written})");
        }
    }

    /// The record a candidate song of `reading` makes, normalised (names cleaned,
    /// artists split, aliases applied), kept or not; `None` without a title or drama.
    pub fn record(&self, source: &str, reading: &read::Reading, s: &read::Song) -> Option<Record> {
        let line = &reading.lines[s.line].line;
        // `Blue Hour (Feat. pH-1)`: the featured singer is a performer, no part of the title.
        let (title, feat) = normalize::split_feat(normalize::strip_badge(&s.track));
        let (track, alt) = split_gloss(title);
        // `“Driving Me Crazy,”`: a comma inside the quotes is the sentence's.
        let track = trim_punct(&track);
        let track = self.canonical(tables::AliasKind::Track, track);
        let raw_drama = s.drama.clone().unwrap_or_default();
        // `Start-Up (스타트업)`, `Start-Up / 스타트업`: the drama as the article names it,
        // without its gloss, also when a part number followed it (`D (드라마) Part.5`).
        let drama = clean_title(&split_gloss(&clean_title(&raw_drama)).0);
        let drama = normalize::first_of_pair(&drama).to_string();
        // An alias names its title (`DOTS` → `Descendants of the Sun`); a misspelling of
        // one known title becomes that title; other names stay as written.
        let drama = self
            .tables
            .alias(tables::AliasKind::Drama, &drama)
            .or_else(|| self.tables.drama_fuzzy(&drama))
            .map(str::to_string)
            .unwrap_or(drama);
        if !has_key(&track) || !has_key(&drama) {
            return None;
        }
        // A name the article calls one act (`the duo Roo & Bomi`) stays whole.
        let mut artists = if reading.acts.is_empty() {
            self.artists(&s.artists)
        } else {
            self.split(&s.artists, &reading.acts)
        };
        for a in feat.map(|f| self.artists(f)).unwrap_or_default() {
            if !artists.iter().any(|b| key(b) == key(&a)) {
                artists.push(a);
            }
        }
        Some(Record {
            drama,
            track,
            artists,
            source: source.to_string(),
            line: line.no,
            start: line.start + s.start,
            end: line.start + s.end,
            rule: s.rule.to_string(),
            confidence: s.confidence,
            drama_raw: trim_punct(&clean(&raw_drama)),
            track_raw: clean(&s.track),
            artists_raw: clean(&s.artists),
            track_alt: alt,
            url: String::new(),
        })
    }

    /// The artists a credit names, split and normalised: remembered per thread for one
    /// version of the tables, as the same credits come back in article after article and
    /// splitting one costs several patterns' searches and table look-ups.
    fn artists(&self, raw: &str) -> Vec<String> {
        let version = self.tables.version();
        let known = CREDITS.with_borrow(|c| {
            c.as_ref()
                .filter(|c| c.tables == version)
                .and_then(|c| c.artists.get(raw).cloned())
        });
        if let Some(artists) = known {
            return artists;
        }
        let artists = self.split(raw, &[]);
        CREDITS.with_borrow_mut(|c| {
            let c = c.get_or_insert_with(|| Credits {
                tables: version,
                artists: rustc_hash::FxHashMap::default(),
            });
            // Other tables split otherwise; past the bound the memo starts again.
            if c.tables != version || c.artists.len() >= CREDITS_KEPT {
                c.tables = version;
                c.artists.clear();
            }
            c.artists.insert(raw.into(), artists.clone());
        });
        artists
    }

    /// A credit split into its artists, `acts` kept whole.
    fn split(&self, raw: &str, acts: &[String]) -> Vec<String> {
        // A broadcaster is never a singer (`JTBC ‘킹더랜드’ OST`, `La Poem, KBS`).
        split_artists_with(raw, &self.tables, acts)
            .into_iter()
            .filter(|n| has_key(n) && !read::find::is_network(n))
            .collect()
    }

    fn canonical(&self, kind: tables::AliasKind, name: String) -> String {
        self.tables
            .alias(kind, &name)
            .map(str::to_string)
            .unwrap_or(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn artists(text: &str) -> Vec<Vec<String>> {
        Extractor::new(Tables::builtin())
            .extract_text("t", text)
            .into_iter()
            .map(|r| r.artists)
            .collect()
    }

    #[test]
    fn a_name_the_article_calls_one_act_stays_whole() {
        for text in [
            "The duo Roo & Bomi sang “Glass Door” for the Winter Harbor OST.\n",
            "Indie band Roo & Bomi sang “Glass Door” for the Winter Harbor OST.\n",
            "Roo & Bomi is a duo from Busan.\n“Glass Door” by Roo & Bomi opens the Winter Harbor OST.\n",
            "Roo & Bomi, the indie folk duo from Busan, is new.\n“Glass Door” by Roo & Bomi opens the Winter Harbor OST.\n",
        ] {
            assert_eq!(artists(text), [vec!["Roo & Bomi".to_string()]], "{text}");
        }
        let text = "‘겨울 항구’ OST에는 4인조 밴드 라임 & 랜턴의 ‘유리문’이 담겼다.\n";
        assert_eq!(artists(text), [vec!["라임 & 랜턴".to_string()]]);
        // Two singers the text calls nothing are two artists.
        let text = "“Glass Door” by Roo & Bomi opens the Winter Harbor OST.\n";
        assert_eq!(artists(text), [vec!["Roo".to_string(), "Bomi".to_string()]]);
        // A known act named with a comma, after a role word.
        let text = "Singer-songwriter Car, the garden will sing the second part, titled “Glass Door,” for the Winter Harbor OST.\n";
        assert_eq!(artists(text), [vec!["Car, the garden".to_string()]]);
    }

    #[test]
    fn a_dramas_title_in_the_other_script_is_its_gloss() {
        for text in [
            "■ Salt Hour (소금의 시간) Part.5 — ‘Glass Door’ / Kim Ha-neul\n",
            "## 소금의 시간 (Salt Hour) OST Part 2\n“Glass Door” – Kim Ha-neul\n",
            "## Salt Hour (소금의 시간)\n“Glass Door” – Kim Ha-neul\n",
        ] {
            let got = Extractor::new(Tables::builtin()).extract_text("t", text);
            assert!(
                got.len() == 1 && ["Salt Hour", "소금의 시간"].contains(&got[0].drama.as_str()),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn guillemets_quote_a_drama_named_in_both_scripts() {
        // (A user's alias makes the invented title known, in one script.)
        let mut tables = Tables::builtin();
        tables
            .add_aliases("kind,alias,canonical\ndrama,Winter Harbour,Winter Harbour\n")
            .unwrap();
        let text = "My rainy-day playlist\n\n[00:00] Lee Seo-ah — Salt Road  «Winter Harbour / 겨울 항구»\n\
                    [03:10] Cha Min — Night Bus  «Winter Harbour / 겨울 항구»\n";
        let got: Vec<(String, String)> = Extractor::new(tables)
            .extract_text("t", text)
            .into_iter()
            .map(|r| (r.drama, r.track))
            .collect();
        assert_eq!(
            got,
            [
                ("Winter Harbour".to_string(), "Salt Road".to_string()),
                ("Winter Harbour".to_string(), "Night Bus".to_string())
            ]
        );
    }

    #[test]
    fn a_bare_surname_credit_is_the_full_name_the_article_gives() {
        // Another record's singer, then a name in the text.
        let text = "## Winter Harbor OST\n“Glass Door” – Kang Ha-rin\nKang and Jo Tae-won recorded “Salt Road” in one day.\n";
        assert_eq!(
            artists(text),
            [
                vec!["Kang Ha-rin".to_string()],
                vec!["Kang Ha-rin".to_string(), "Jo Tae-won".to_string()]
            ]
        );
        let text = "Singer Kang Ha-rin is busy.\n## Winter Harbor OST\nKang recorded “Salt Road” in one day.\n";
        assert_eq!(artists(text), [vec!["Kang Ha-rin".to_string()]]);
        // Two people of that surname: the credit stays as written.
        let text = "Kang Ha-rin and Kang Do-yun are cousins.\n## Winter Harbor OST\nKang recorded “Salt Road” in one day.\n";
        assert_eq!(artists(text), [vec!["Kang".to_string()]]);
    }

    #[test]
    fn a_member_takes_the_group_the_article_names_elsewhere() {
        let text = "BTS members keep singing for dramas.\n## Night Bus (2020)\n“Rails” – V and Jin\n“Door” – Jung Yong Hwa\n";
        assert_eq!(
            artists(text),
            [
                vec!["V (BTS)".to_string(), "Jin (BTS)".to_string()],
                vec!["Jung Yong Hwa".to_string()]
            ]
        );
        // Named in the article as CNBLUE: the full name is its member Yonghwa.
        let text = "CNBLUE's leader is busy.\n## Night Bus (2020)\n“Door” – Jung Yong Hwa\n";
        assert_eq!(artists(text), [vec!["Jung Yong Hwa (CNBLUE)".to_string()]]);
        // The word `winner` is not the group WINNER.
        let text = "The winner sang it.\n## Night Bus (2020)\n“Door” – Mino\n";
        assert_eq!(artists(text), [vec!["Mino".to_string()]]);
    }
}
