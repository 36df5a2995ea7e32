//! Curated name tables, compiled in from `data/*.csv`, and user extensions.
//!
//! The tables are facts derived from public lists (see `scripts/derive_tables.py` and
//! `data/SOURCES.md`): K-pop groups with their aliases and Hangul names, their members,
//! drama titles with aliases, surname romanisations, and acts whose names contain `&` or
//! a comma.
//!
//! Two layers share this type. The line rules read the small, hand-checked layer
//! (`groups.csv`, `members.csv`, `dramas.csv`, `dramas_extra.csv`, `surnames.csv`) through
//! [`Tables::drama_canonical`], [`Tables::find_dramas`], [`Tables::knows_performer`] and
//! the rest. The big layer, every title and performer of all the lists (`dramas_mdl.csv`,
//! `dramas_ko.csv`, `dramas_ko_namuwiki.csv`, `performers.csv`, `performers_extra.csv`,
//! `surnames_extra.csv`), is
//! built once per process on first use and read through [`Tables::is_drama`],
//! [`Tables::is_known_performer`], [`Tables::drama_spans`], [`Tables::performer_spans`],
//! [`Tables::dramas_named`], [`Tables::person_surname`] and [`Tables::is_hangul_surname`]:
//! evidence for a reader that weighs it, never a gate.

use crate::normalize::{is_alnum, key};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::path::Path;

const GROUPS: &str = include_str!("../data/groups.csv");
const MEMBERS: &str = include_str!("../data/members.csv");
const DRAMAS: &str = include_str!("../data/dramas.csv");
const DRAMAS_EXTRA: &str = include_str!("../data/dramas_extra.csv");
const SURNAMES: &str = include_str!("../data/surnames.csv");
const ACTS: &str = include_str!("../data/acts.csv");
const SURNAMES_EXTRA: &str = include_str!("../data/surnames_extra.csv");
const PERFORMERS: &str = include_str!("../data/performers.csv");
/// Hand-curated: singers, bands and actors known for drama soundtracks that the idol
/// lists miss (`Lyn`, `Standing Egg`), in the same columns.
const PERFORMERS_EXTRA: &str = include_str!("../data/performers_extra.csv");
const DRAMAS_MDL: &str = include_str!("../data/dramas_mdl.csv");
const DRAMAS_KO: &str = include_str!("../data/dramas_ko.csv");
/// Namuwiki-derived rows (CC BY-NC-SA 2.0 KR), kept in their own file: a build for
/// commercial use replaces this with `""`.
const DRAMAS_KO_NAMUWIKI: &str = include_str!("../data/dramas_ko_namuwiki.csv");

/// What a user alias row renames.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AliasKind {
    Drama,
    Artist,
    Group,
    Track,
    /// `member,MEMBER,GROUP`: adds a member to a group (known or added as `group`).
    Member,
}

impl std::str::FromStr for AliasKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "drama" => Ok(AliasKind::Drama),
            "artist" => Ok(AliasKind::Artist),
            "group" => Ok(AliasKind::Group),
            "track" => Ok(AliasKind::Track),
            "member" => Ok(AliasKind::Member),
            other => Err(format!(
                "unknown kind {other:?} (expected drama, artist, group, member or track)"
            )),
        }
    }
}

/// Errors reading a user table.
#[derive(Debug, thiserror::Error)]
pub enum TableError {
    #[error("{path}: {source}")]
    Read {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: row {row}: {reason}")]
    Row {
        path: String,
        row: usize,
        reason: String,
    },
}

/// The name tables the extractor and the normaliser consult.
///
/// ```
/// let t = ostract::Tables::builtin();
/// assert_eq!(t.group("exo").map(|g| g.as_str()), Some("EXO"));
/// assert!(t.is_member("EXO", "Chen"));
/// assert_eq!(t.drama_canonical("CLOY"), Some("Crash Landing on You"));
/// ```
#[derive(Debug, Clone, Default)]
pub struct Tables {
    /// group key (name, alias or Hangul) -> display name
    groups: HashMap<String, String>,
    /// (group display, member key)
    members: HashSet<(String, String)>,
    /// every member key, for knowing a name is a performer's
    performers: HashSet<String>,
    /// member key -> Hangul or romanised other form, for members known by a Hangul name
    acts: HashSet<String>,
    /// drama key -> canonical title
    dramas: HashMap<String, String>,
    /// every drama name (titles and aliases), longest first
    drama_titles: Vec<String>,
    /// The index of the fuzzy drama match;
    /// built on first use, dropped when aliases change the dramas.
    fuzzy: std::sync::OnceLock<FuzzyIndex>,
    /// finds the names safe to spot in prose, all at once; built on first use (only the
    /// user's aliases need it when reading), dropped when aliases change the dramas
    drama_finder: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>>,
    /// every group name as written (display, aliases, Hangul)
    group_names: Vec<String>,
    /// the group names of [`Tables::groups_in`] as a trie; built on first use
    group_finder: std::sync::OnceLock<Trie>,
    /// surname variant -> canonical spelling
    surnames: HashMap<String, String>,
    /// user aliases: (kind, key) -> canonical
    aliases: HashMap<(AliasKind, String), String>,
    /// which contents these are; a change takes a new one
    version: Version,
}

/// Which contents a [`Tables`] has: a new number for every table built and after every
/// change (a clone keeps its original's, as it holds the same). Answers remembered for
/// one version (the reader's evidence memo) are never taken for another's, even when a
/// new table reuses a dropped one's address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Version(u64);

impl Default for Version {
    fn default() -> Self {
        static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        Version(NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed))
    }
}

/// Drama keys with their titles, by the key's first letter and length in characters.
type FuzzyIndex = HashMap<(char, usize), Vec<(String, String)>>;

/// Particles that may follow a Hangul title in prose.
const KO_PARTICLES: &[&str] = &[
    "의",
    "은",
    "는",
    "이",
    "가",
    "을",
    "를",
    "에",
    "에서",
    "와",
    "과",
    "도",
    "로",
    "으로",
    "까지",
    "부터",
    "만",
    "처럼",
    "보다",
    "이다",
    "였다",
    "이었다",
];

/// `f` of `word` in ASCII lowercase; a short word (every surname) is lowercased on the
/// stack, as look-ups of surnames run for every name-like word.
fn lowercase<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 16];
    match buf.get_mut(..word.len()) {
        Some(b) if word.is_ascii() => {
            b.copy_from_slice(word.as_bytes());
            b.make_ascii_lowercase();
            f(std::str::from_utf8(b).expect("ASCII"))
        }
        _ => f(&word.to_ascii_lowercase()),
    }
}

/// Whether `text[s..e]` stands as whole words (no letter or digit glued on either side).
pub(crate) fn whole_word(text: &str, s: usize, e: usize) -> bool {
    let word = |c: Option<char>| c.is_some_and(is_alnum);
    !word(text[..s].chars().next_back()) && !word(text[e..].chars().next())
}

/// The text after a Hangul title: itself when no Hangul follows, or what follows a
/// particle that ends the word; `None` when the title is the start of a longer word.
fn after_particle(rest: &str) -> Option<&str> {
    if !rest.starts_with(crate::normalize::is_hangul) {
        return Some(rest);
    }
    KO_PARTICLES
        .iter()
        .filter_map(|p| rest.strip_prefix(p))
        .find(|r| !r.starts_with(crate::normalize::is_hangul))
}

/// Whether a drama name can be spotted in prose without mistaking common words for it.
fn spottable(name: &str) -> bool {
    name.contains(' ')
        || crate::normalize::has_hangul(name) && name.chars().count() >= 2
        || name.len() >= 3
            && name
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase)
}

fn rows(text: &str) -> impl Iterator<Item = csv::StringRecord> + '_ {
    csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .from_reader(text.as_bytes())
        .into_records()
        .filter_map(Result::ok)
}

impl Tables {
    /// The tables compiled into the binary.
    pub fn builtin() -> Tables {
        let mut t = Tables::default();
        for r in rows(GROUPS) {
            let name = r[0].trim().to_string();
            t.groups.insert(key(&name), name.clone());
            t.group_names.push(name.clone());
            for a in r[1].split('|').filter(|a| !a.trim().is_empty()) {
                t.groups.entry(key(a)).or_insert_with(|| name.clone());
                t.group_names.push(a.trim().to_string());
            }
            let korean = r[2].trim();
            if !korean.is_empty() {
                t.groups.entry(key(korean)).or_insert_with(|| name.clone());
                t.group_names.push(korean.to_string());
            }
        }
        for r in rows(MEMBERS) {
            let group = r[0].trim().to_string();
            t.members.insert((group.clone(), key(&r[1])));
            t.performers.insert(key(&r[1]));
            if !r[2].trim().is_empty() {
                t.members.insert((group, key(&r[2])));
                t.performers.insert(key(&r[2]));
            }
        }
        for text in [DRAMAS, DRAMAS_EXTRA] {
            for r in rows(text) {
                let title = r[0].trim().to_string();
                let mut names = vec![title.clone()];
                names.extend(r[1].split('|').map(|s| s.trim().to_string()));
                names.extend(r[2].split('|').map(|s| s.trim().to_string()));
                for n in names.iter().filter(|n| !n.is_empty()) {
                    t.dramas.entry(key(n)).or_insert_with(|| title.clone());
                    t.drama_titles.push(n.clone());
                }
            }
        }
        t.sort_titles();
        for r in rows(SURNAMES) {
            let canon = r[0].trim().to_ascii_lowercase();
            for v in r[1].split('|') {
                t.surnames
                    .insert(v.trim().to_ascii_lowercase(), canon.clone());
            }
            t.surnames.insert(canon.clone(), canon);
        }
        for r in rows(ACTS) {
            t.acts.insert(key(&r[0]));
        }
        t
    }

    /// Which contents these tables have.
    pub(crate) fn version(&self) -> Version {
        self.version
    }

    fn sort_titles(&mut self) {
        self.drama_titles
            .sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        self.drama_titles.dedup();
        self.drama_finder = std::sync::OnceLock::new();
    }

    /// The automaton of [`Tables::find_dramas`].
    fn drama_finder(&self) -> Option<&aho_corasick::AhoCorasick> {
        self.drama_finder
            .get_or_init(|| self.build_drama_finder())
            .as_ref()
    }

    fn build_drama_finder(&self) -> Option<aho_corasick::AhoCorasick> {
        // A one-word title is a common word in prose (`Goblin`, `Iris`), but written in
        // capitals (`GOBLIN`, `IRIS`) it is the show's name.
        let capitals = self
            .drama_titles
            .iter()
            .filter(|n| !n.contains(' ') && n.chars().filter(|c| c.is_alphabetic()).count() >= 4)
            .filter(|n| !crate::normalize::has_hangul(n))
            .map(|n| n.to_uppercase());
        let spottable: Vec<String> = self
            .drama_titles
            .iter()
            .filter(|n| spottable(n))
            .cloned()
            .chain(capitals)
            .collect();
        aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(&spottable)
            .ok()
    }

    /// Reads a user alias file (CSV `kind,alias,canonical`) on top of these tables.
    /// A `group` row also registers the alias as a group name.
    pub fn load_aliases(&mut self, path: &Path) -> Result<(), TableError> {
        let text = std::fs::read_to_string(path).map_err(|source| TableError::Read {
            path: path.display().to_string(),
            source,
        })?;
        self.add_aliases(&text)
            .map_err(|(row, reason)| TableError::Row {
                path: path.display().to_string(),
                row,
                reason,
            })
    }

    /// Adds alias rows from CSV text (`kind,alias,canonical`, with a header row).
    pub fn add_aliases(&mut self, text: &str) -> Result<(), (usize, String)> {
        // Even rows read before a bad one change the tables.
        self.version = Version::default();
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(true)
            .from_reader(text.as_bytes());
        for (i, row) in reader.records().enumerate() {
            let row = row.map_err(|e| (i + 1, e.to_string()))?;
            if row.len() != 3 {
                return Err((i + 1, format!("expected 3 fields, found {}", row.len())));
            }
            let kind: AliasKind = row[0].parse().map_err(|e| (i + 1, e))?;
            let (alias, canonical) = (row[1].trim(), row[2].trim());
            if alias.is_empty() || canonical.is_empty() {
                return Err((i + 1, "empty alias or canonical name".into()));
            }
            match kind {
                AliasKind::Member => {
                    let group = self
                        .group(canonical)
                        .cloned()
                        .unwrap_or_else(|| canonical.to_string());
                    self.groups
                        .entry(key(canonical))
                        .or_insert_with(|| group.clone());
                    self.group_names.push(canonical.to_string());
                    self.group_finder = std::sync::OnceLock::new();
                    self.members.insert((group, key(alias)));
                    self.performers.insert(key(alias));
                    continue;
                }
                AliasKind::Group => {
                    self.groups.insert(key(alias), canonical.to_string());
                    self.groups.insert(key(canonical), canonical.to_string());
                    self.group_names
                        .extend([alias.to_string(), canonical.to_string()]);
                    self.group_finder = std::sync::OnceLock::new();
                }
                AliasKind::Drama => {
                    self.dramas.insert(key(alias), canonical.to_string());
                    self.dramas.insert(key(canonical), canonical.to_string());
                    self.drama_titles.push(alias.to_string());
                    self.drama_titles.push(canonical.to_string());
                }
                _ => {}
            }
            self.aliases
                .insert((kind, key(alias)), canonical.to_string());
        }
        self.sort_titles();
        self.fuzzy = std::sync::OnceLock::new();
        Ok(())
    }

    /// A known drama title one edit away from `name` (compared by key), when exactly one
    /// title is: a typo such as `Crash Landing on Yu`. One edit only, because two already
    /// turn words into other words (`Prisoner Playbook` is not a typo of `Prison
    /// Playbook`); a name that is itself a known title is never moved to another, and
    /// short names (under 8 letters) are left alone.
    ///
    /// ```
    /// let t = ostract::Tables::builtin();
    /// assert_eq!(t.drama_fuzzy("Crash Landing on Yu"), Some("Crash Landing on You"));
    /// assert_eq!(t.drama_fuzzy("Crash Landing on You"), None);
    /// assert_eq!(t.drama_fuzzy("Goblins"), None);
    /// // A first letter is never a typo.
    /// assert_eq!(t.drama_fuzzy("Light Light"), None);
    /// assert_eq!(t.drama_fuzzy("Night Lihgt"), None);
    /// ```
    pub fn drama_fuzzy(&self, name: &str) -> Option<&str> {
        let k = key(name);
        let n = k.chars().count();
        if n < 8 || self.dramas.contains_key(&k) {
            return None;
        }
        let first = k.chars().next()?;
        let by_start = self.fuzzy.get_or_init(|| {
            let mut m = FuzzyIndex::default();
            for (tk, title) in &self.dramas {
                if let Some(f) = tk.chars().next() {
                    m.entry((f, tk.chars().count()))
                        .or_default()
                        .push((tk.clone(), title.clone()));
                }
            }
            m
        });
        let mut found: Option<&str> = None;
        // Candidates share the first letter (never a typo: `Light Light` is no misspelt
        // `Night Light`) and are within one letter of the length.
        let candidates = (n - 1..=n + 1)
            .filter_map(|l| by_start.get(&(first, l)))
            .flatten();
        // Digits are never typos: `Stranger 2` is a second season, not `Stranger`.
        let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
        let own_digits = digits(&k);
        for (tk, title) in candidates {
            if !within_one_edit(tk, &k) || digits(tk) != own_digits {
                continue;
            }
            match found {
                Some(f) if f != title => return None,
                _ => found = Some(title),
            }
        }
        found
    }

    /// The canonical name a user alias gives, if any.
    pub fn alias(&self, kind: AliasKind, name: &str) -> Option<&str> {
        // Without an alias file there are none: no key to build.
        if self.aliases.is_empty() {
            return None;
        }
        self.aliases.get(&(kind, key(name))).map(String::as_str)
    }

    /// The display name of a known group, by any of its names.
    pub fn group(&self, name: &str) -> Option<&String> {
        let k = key(name);
        if k.is_empty() {
            return None;
        }
        self.groups.get(&k)
    }

    /// Whether `member` is a known member (or sub-unit) of `group`.
    pub fn is_member(&self, group: &str, member: &str) -> bool {
        let g = self
            .group(group)
            .cloned()
            .unwrap_or_else(|| group.to_string());
        let (whole, given) = self.member_keys(member);
        self.members.contains(&(g.clone(), whole))
            || given.is_some_and(|k| self.members.contains(&(g, k)))
    }

    /// A name's member keys: the name, and for a full Korean name (`Jung Yong Hwa`) its
    /// given name, which is what groups usually bill (`Yonghwa`).
    fn member_keys(&self, name: &str) -> (String, Option<String>) {
        (key(name), self.given_key(name))
    }

    /// The key of a full Korean name's given name (`Jung Yong Hwa` → `yonghwa`).
    fn given_key(&self, name: &str) -> Option<String> {
        let (first, rest) = name.split_once(char::is_whitespace)?;
        // The surname look-up first: it rules out most names for less than a word count.
        if !self.is_surname(first) {
            return None;
        }
        let words = name.split_whitespace().count();
        (2..=3).contains(&words).then(|| key(rest))
    }

    /// The known groups an article names, as it writes them, in order of first
    /// mention: whole words, matched with their case (`WINNER`, not `winner`).
    ///
    /// ```
    /// let t = ostract::Tables::builtin();
    /// assert_eq!(t.groups_in("V of BTS sang it; the winner was EXO."), ["BTS", "EXO"]);
    /// ```
    pub fn groups_in(&self, text: &str) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for (s, e) in self.group_matches(text) {
            let whole = crate::normalize::has_hangul(&text[s..e]) || whole_word(text, s, e);
            if whole && !out.iter().any(|o| o == &text[s..e]) {
                out.push(text[s..e].to_string());
            }
        }
        out
    }

    /// The group names in `text`, leftmost-longest, each search going on after the last
    /// match (as an automaton's leftmost-longest search finds them). A trie walked from
    /// each byte costs one look-up at most bytes, where the automaton of some thousands of
    /// names took dozens of instructions a byte and a long build.
    fn group_matches<'a>(&'a self, text: &'a str) -> impl Iterator<Item = (usize, usize)> + 'a {
        let trie = self.group_finder.get_or_init(|| {
            let mut names: Vec<String> = (self.group_names.iter())
                .filter(|n| n.chars().count() >= 2)
                .cloned()
                .collect();
            names.sort();
            Trie::new(&names)
        });
        let bytes = text.as_bytes();
        let mut s = 0;
        std::iter::from_fn(move || {
            while s < bytes.len() {
                if let Some(e) = trie.longest(bytes, s) {
                    let found = (s, e);
                    s = e;
                    return Some(found);
                }
                s += 1;
            }
            None
        })
    }

    /// Whether `name` is a known group or group member.
    pub fn knows_performer(&self, name: &str) -> bool {
        self.knows_performer_keyed(name, &key(name))
    }

    /// [`Tables::knows_performer`] of `name`, whose key `k` is known.
    pub(crate) fn knows_performer_keyed(&self, name: &str, k: &str) -> bool {
        !k.is_empty() && self.groups.contains_key(k) || self.is_performer_keyed(name, k)
    }

    /// Whether `name` is a known group member (in any group).
    pub fn is_performer(&self, name: &str) -> bool {
        self.is_performer_keyed(name, &key(name))
    }

    /// [`Tables::is_performer`] of `name`, whose key `k` is known.
    fn is_performer_keyed(&self, name: &str, k: &str) -> bool {
        self.performers.contains(k)
            || self
                .given_key(name)
                .is_some_and(|g| self.performers.contains(&g))
    }

    /// Whether `name` is a known act whose name contains `&` or a comma.
    pub fn is_act(&self, name: &str) -> bool {
        self.acts.contains(&key(name))
    }

    /// Acts whose names contain a separator, for protecting them before splitting.
    pub fn acts(&self) -> impl Iterator<Item = &String> {
        self.acts.iter()
    }

    /// The byte length of the known act `text` opens with (`Car, the garden is …`), its
    /// name ending at a word's end; `None` when it opens with none.
    pub fn act_at(&self, text: &str) -> Option<usize> {
        self.acts
            .iter()
            .filter_map(|a| crate::normalize::act_len_at(text, a))
            .filter(|&n| !text[n..].starts_with(is_alnum))
            .max()
    }

    /// The canonical title of a known drama, by any of its names.
    pub fn drama_canonical(&self, name: &str) -> Option<&str> {
        self.drama_canonical_keyed(name, &key(name))
    }

    /// [`Tables::drama_canonical`] of `name`, whose key `k` is known.
    pub(crate) fn drama_canonical_keyed(&self, name: &str, k: &str) -> Option<&str> {
        if let Some(c) = self.alias(AliasKind::Drama, name) {
            return Some(c);
        }
        self.dramas.get(k).map(String::as_str)
    }

    /// Known drama names in `text`, as `(start, end)` byte ranges, left to right and
    /// without overlaps. Only names that cannot be common words are looked for: several
    /// words, Hangul, or a name in capitals (`CLOY`, and `IRIS` for the title `Iris`); each
    /// must stand as whole words. Only the curated titles (`dramas.csv`,
    /// `dramas_extra.csv`) and the user's: [`Tables::drama_spans`] looks for all the lists'.
    ///
    /// ```
    /// let t = ostract::Tables::builtin();
    /// let text = "the CLOY soundtrack, Crash Landing on You and GOBLIN, not a Goblin";
    /// let found: Vec<&str> = t.find_dramas(text).map(|(s, e)| &text[s..e]).collect();
    /// assert_eq!(found, ["CLOY", "Crash Landing on You", "GOBLIN"]);
    /// ```
    pub fn find_dramas<'a>(&'a self, text: &'a str) -> impl Iterator<Item = (usize, usize)> + 'a {
        self.drama_finder()
            .into_iter()
            .flat_map(move |f| f.find_iter(text))
            .map(|m| (m.start(), m.end()))
            .filter(move |&(s, e)| {
                if !crate::normalize::has_hangul(&text[s..e]) {
                    return whole_word(text, s, e);
                }
                // Korean particles attach to the title (`아이의`, `도깨비는`), but a title
                // must not be the start of a longer word (`아이` in `아이돌`).
                let rest = &text[e..];
                let Some(after) = after_particle(rest) else {
                    return false;
                };
                // Short Hangul titles are common words (`라이브`, `아이`): only with a
                // cue, `드라마` before or `OST` after.
                let short = text[s..e].chars().filter(|c| !c.is_whitespace()).count() < 4;
                let cued = text[..s].trim_end().ends_with("드라마")
                    || after.trim_start().starts_with("OST")
                    || rest.trim_start().starts_with("OST");
                !text[..s].ends_with(crate::normalize::is_hangul) && (!short || cued)
            })
    }

    /// The canonical spelling of a romanised Korean surname (`yi` → `lee`).
    pub fn surname(&self, word: &str) -> Option<&str> {
        lowercase(word, |w| self.surnames.get(w)).map(String::as_str)
    }

    /// Whether a word is a known surname spelling.
    pub fn is_surname(&self, word: &str) -> bool {
        self.surname(word).is_some()
    }
}

/// One drama of the title lists: a title as the list writes it, with its year and network
/// where the list gives them, so that two dramas of one name can be told apart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DramaEntry {
    /// The title as written (Hangul titles of `kdrama-titles-ko` have no spaces).
    pub title: String,
    /// The year it first aired, when known.
    pub year: Option<u16>,
    /// The network or networks (`|`-separated) that aired it, when known.
    pub network: String,
    /// The list the row comes from (`kdrama-titles`, `mdl-kdrama`, `kowiki`, `namuwiki`,
    /// `extra` for the hand-curated rows).
    pub source: String,
}

/// The big name layer: every title and performer of all the lists, built once per
/// process (see [`names`]).
struct Names {
    /// drama key (title, alias or Hangul title, spaces dropped) -> indices into `entries`
    drama_keys: HashMap<String, Vec<u32>>,
    entries: Vec<DramaEntry>,
    /// titles that can be spotted in prose (several words or capitals), matched as written
    latin_dramas: Finder,
    /// Hangul titles with their spaces dropped, matched on a text with its spaces dropped
    hangul_dramas: Finder,
    /// every performer key: group, member, soloist, act, each form (Hangul, romanised,
    /// real name, alias)
    performer_keys: HashSet<String>,
    /// performer names that can be spotted in text (see [`performer_spottable`]), built
    /// on first use (see [`Names::performer_finder`])
    performer_finder: std::sync::OnceLock<Finder>,
    /// every romanised surname spelling -> canonical spelling
    surnames: HashMap<String, String>,
    /// Hangul surnames (one or two syllables)
    hangul_surnames: HashSet<String>,
}

/// Names to look for in a text, and the automaton of [`Finder::find`] and the trie of
/// [`Finder::find_at`] that find them all at once, each built on first use: a program
/// that only looks names up never builds them.
struct Finder {
    /// Sorted by bytes, so that the names sharing a prefix stand together.
    patterns: Vec<String>,
    automaton: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>>,
    trie: std::sync::OnceLock<Trie>,
}

impl Finder {
    fn new(mut patterns: Vec<String>) -> Finder {
        // Articles write the apostrophe curly as often as straight (`It’s Okay`).
        let curly: Vec<String> = patterns
            .iter()
            .filter(|p| p.contains('\''))
            .map(|p| p.replace('\'', "’"))
            .collect();
        patterns.extend(curly);
        patterns.sort();
        patterns.dedup();
        Finder {
            patterns,
            automaton: std::sync::OnceLock::new(),
            trie: std::sync::OnceLock::new(),
        }
    }

    /// Every match in `text`, overlapping ones included, as byte ranges.
    fn find<'a>(&'a self, text: &'a str) -> impl Iterator<Item = (usize, usize)> + 'a {
        let automaton = self.automaton.get_or_init(|| {
            // A non-contiguous NFA: it builds in two thirds of the time of the
            // contiguous one, and searched these texts in as many instructions.
            aho_corasick::AhoCorasick::builder()
                .match_kind(aho_corasick::MatchKind::Standard)
                .kind(Some(aho_corasick::AhoCorasickKind::NoncontiguousNFA))
                .build(&self.patterns)
                .ok()
        });
        automaton
            .iter()
            .flat_map(move |a| a.find_overlapping_iter(text))
            .map(|m| (m.start(), m.end()))
    }

    /// The matches of [`Finder::find`] that start at one of `starts`, added to `found`.
    /// Where only word starts can match, walking a trie from each costs a step or two a
    /// word, where the automaton takes a step a byte; and the trie builds in a fraction of
    /// its time.
    #[inline]
    fn find_at(
        &self,
        text: &str,
        starts: impl Iterator<Item = usize>,
        found: &mut Vec<(usize, usize)>,
    ) {
        let trie = self.trie.get_or_init(|| Trie::new(&self.patterns));
        let bytes = text.as_bytes();
        for s in starts {
            trie.prefixes(bytes, s, found);
        }
    }
}

/// The names of a [`Finder`] as a trie: each node has its first child and its next
/// sibling, in byte order; node 0 is the root.
#[derive(Clone)]
struct Trie {
    nodes: Vec<TrieNode>,
    /// The root's child for each byte (0: none), so that a first byte costs one look-up.
    first: Vec<u32>,
    /// The node of each first two bytes (0: none): the nodes below the root have the most
    /// children (every letter that may follow a capital), and a walk that goes on past
    /// the first byte took most of its steps finding the second among them.
    second: Vec<u32>,
}

#[derive(Clone, Copy, Default)]
struct TrieNode {
    byte: u8,
    /// A name ends here.
    whole: bool,
    child: u32,
    sibling: u32,
}

/// Only its size: a trie's nodes tell a reader nothing.
impl std::fmt::Debug for Trie {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Trie({} nodes)", self.nodes.len())
    }
}

impl Trie {
    /// Built in one pass over the names in byte order: each name shares a path with the
    /// one before it up to their common prefix, and its first new node comes after that
    /// name's as the last child of their common node.
    fn new(sorted: &[String]) -> Trie {
        let mut nodes = vec![TrieNode::default()];
        // path[d]: the node of the previous name's first d bytes
        let mut path: Vec<u32> = vec![0];
        let mut prev: &[u8] = &[];
        for name in sorted
            .iter()
            .map(String::as_bytes)
            .filter(|n| !n.is_empty())
        {
            let common = name.iter().zip(prev).take_while(|(a, b)| a == b).count();
            let mut before = path.get(common + 1).copied();
            path.truncate(common + 1);
            for &byte in &name[common..] {
                let id = nodes.len() as u32;
                nodes.push(TrieNode {
                    byte,
                    ..TrieNode::default()
                });
                match before.take() {
                    Some(b) => nodes[b as usize].sibling = id,
                    None => nodes[path[path.len() - 1] as usize].child = id,
                }
                path.push(id);
            }
            nodes[path[path.len() - 1] as usize].whole = true;
            prev = name;
        }
        let children = |node: u32| {
            std::iter::successors(Some(nodes[node as usize].child), |&c| {
                Some(nodes[c as usize].sibling)
            })
            .take_while(|&c| c != 0)
        };
        let mut first = vec![0; 256];
        let mut second = vec![0; 1 << 16];
        for a in children(0) {
            let byte_a = usize::from(nodes[a as usize].byte);
            first[byte_a] = a;
            for b in children(a) {
                second[byte_a << 8 | usize::from(nodes[b as usize].byte)] = b;
            }
        }
        Trie {
            nodes,
            first,
            second,
        }
    }

    /// The names that `text[s..]` starts with, shortest first, as byte ranges of `text`.
    fn prefixes(&self, text: &[u8], s: usize, found: &mut Vec<(usize, usize)>) {
        self.walk(text, s, |end| found.push((s, end)));
    }

    /// The end of the longest name that `text[s..]` starts with.
    #[inline]
    fn longest(&self, text: &[u8], s: usize) -> Option<usize> {
        let mut longest = None;
        self.walk(text, s, |end| longest = Some(end));
        longest
    }

    /// Gives the end of each name that `text[s..]` starts with, shortest first.
    #[inline]
    fn walk(&self, text: &[u8], s: usize, mut name_ends: impl FnMut(usize)) {
        let mut node = self.first[text[s] as usize];
        let mut end = s + 1;
        while node != 0 {
            let n = self.nodes[node as usize];
            if n.whole {
                name_ends(end);
            }
            let Some(&c) = text.get(end) else {
                return;
            };
            // The second byte by its table, the others among the node's children.
            node = if end == s + 1 {
                self.second[usize::from(text[s]) << 8 | usize::from(c)]
            } else {
                self.child(n, c)
            };
            end += 1;
        }
    }

    /// The child of `n` for the byte `c` (0: none).
    fn child(&self, n: TrieNode, c: u8) -> u32 {
        let mut k = n.child;
        while k != 0 && self.nodes[k as usize].byte < c {
            k = self.nodes[k as usize].sibling;
        }
        if k != 0 && self.nodes[k as usize].byte == c {
            k
        } else {
            0
        }
    }
}

/// Where a whole word may start in `text`: each character that has no letter or digit
/// before it (see [`whole_word`]).
fn word_starts(text: &str) -> impl Iterator<Item = usize> + '_ {
    let mut in_word = false;
    text.char_indices().filter_map(move |(i, c)| {
        let start = !in_word;
        in_word = is_alnum(c);
        start.then_some(i)
    })
}

static NAMES: std::sync::OnceLock<Names> = std::sync::OnceLock::new();

/// The big name layer, built on first use.
fn names() -> &'static Names {
    NAMES.get_or_init(Names::build)
}

/// A Latin name the performer scan may look for: not a single common word.
///
/// Several words (`Baek Yerin`), a digit or symbol (`15&`, `B.I`), capitals of at least
/// two letters (`IU`, `EXO`) or a single title-case word of at least four letters that
/// is not a common English word (`Heize`, not `Rain` or `Jin`).
fn performer_spottable(name: &str) -> bool {
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    if name.contains(' ') {
        return !name
            .split(' ')
            .all(|w| crate::shape::is_common_word(w) || w.len() < 2);
    }
    if name
        .chars()
        .any(|c| !c.is_alphabetic() && !c.is_whitespace())
    {
        return name.chars().count() >= 2 && letters >= 1;
    }
    if crate::shape::is_caps_stopword(name) {
        return false;
    }
    if name.chars().all(|c| c.is_uppercase()) {
        return letters >= 2;
    }
    letters >= 4 && !crate::shape::is_common_word(name)
}

/// Whether the Hangul span `text[s..e]` stands as a word of its own: nothing Hangul
/// before it, and after it nothing Hangul but a particle.
fn hangul_word(text: &str, s: usize, e: usize) -> Option<&str> {
    if text[..s].ends_with(crate::normalize::is_hangul) {
        return None;
    }
    after_particle(&text[e..])
}

/// The text without its spaces, with the byte offset in `text` of each byte kept (and
/// one more for the end).
fn without_spaces(text: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(text.len());
    let mut at = Vec::with_capacity(text.len() + 1);
    for (i, c) in text.char_indices() {
        if c == ' ' || c == '\t' {
            continue;
        }
        out.push(c);
        at.extend((0..c.len_utf8()).map(|k| i + k));
    }
    at.push(text.len());
    (out, at)
}

/// The spans of `found`, longest first, that overlap no longer (or earlier) one; left to
/// right.
fn longest_first(mut found: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    found.sort_by(|a, b| (b.1 - b.0).cmp(&(a.1 - a.0)).then(a.0.cmp(&b.0)));
    found.dedup();
    // kept spans by start: a span is free when the kept span starting before it ends
    // before it starts and the next one starts after it ends
    let mut kept: std::collections::BTreeMap<usize, usize> = std::collections::BTreeMap::new();
    for (s, e) in found {
        let before = kept.range(..=s).next_back().is_none_or(|(_, &ke)| ke <= s);
        let after = kept.range(s..).next().is_none_or(|(&ks, _)| ks >= e);
        if before && after {
            kept.insert(s, e);
        }
    }
    kept.into_iter().collect()
}

/// The Hangul titles of all the lists in `text`, matched whatever the spaces: a title
/// stands as a word of its own (particles may follow), and one under four syllables needs
/// a cue, `드라마` before it or `OST` after it. Overlapping matches are all given.
fn hangul_titles(text: &str) -> Vec<(usize, usize)> {
    let (joined, at) = without_spaces(text);
    // A title starts where nothing Hangul stands before it in `text` (`hangul_word`).
    let starts = joined
        .char_indices()
        .map(|(js, _)| js)
        .filter(|&js| !text[..at[js]].ends_with(crate::normalize::is_hangul));
    let mut titles = Vec::new();
    names().hangul_dramas.find_at(&joined, starts, &mut titles);
    let mut found = Vec::new();
    for (js, je) in titles {
        // The last byte of the match is the last byte of its last character.
        let (s, e) = (at[js], at[je - 1] + 1);
        let Some(after) = hangul_word(text, s, e) else {
            continue;
        };
        let short = joined[js..je].chars().count() < 4;
        let cued = text[..s].trim_end().ends_with("드라마")
            || after.trim_start().starts_with("OST")
            || text[e..].trim_start().starts_with("OST");
        if !short || cued {
            found.push((s, e));
        }
    }
    found
}

impl Names {
    fn build() -> Names {
        let mut surnames: HashMap<String, String> = HashMap::default();
        let mut hangul_surnames: HashSet<String> = HashSet::default();
        for text in [SURNAMES, SURNAMES_EXTRA] {
            for r in rows(text) {
                let canon = r[0].trim().to_ascii_lowercase();
                for v in r[1].split('|').map(str::trim).filter(|v| !v.is_empty()) {
                    surnames
                        .entry(v.to_ascii_lowercase())
                        .or_insert_with(|| canon.clone());
                }
                surnames.entry(canon.clone()).or_insert(canon);
                if let Some(k) = r.get(2) {
                    hangul_surnames.extend(
                        k.split('|')
                            .map(str::trim)
                            .filter(|k| !k.is_empty())
                            .map(String::from),
                    );
                }
            }
        }

        let mut entries: Vec<DramaEntry> = Vec::new();
        let mut forms: Vec<(String, u32)> = Vec::new();
        let mut add = |title: &str, year: &str, network: &str, source: &str, other: &[&str]| {
            let i = entries.len() as u32;
            entries.push(DramaEntry {
                title: title.to_string(),
                year: year.trim().parse().ok(),
                network: network.trim().to_string(),
                source: source.trim().to_string(),
            });
            forms.push((title.to_string(), i));
            forms.extend(
                other
                    .iter()
                    .filter(|o| !o.trim().is_empty())
                    .map(|o| (o.trim().to_string(), i)),
            );
        };
        for (text, source) in [(DRAMAS, "kdrama-titles"), (DRAMAS_EXTRA, "extra")] {
            for r in rows(text) {
                let mut other: Vec<&str> = r[1].split('|').collect();
                other.extend(r[2].split('|'));
                add(r[0].trim(), "", "", source, &other);
            }
        }
        for text in [DRAMAS_MDL, DRAMAS_KO, DRAMAS_KO_NAMUWIKI] {
            for r in rows(text) {
                add(r[0].trim(), &r[1], &r[2], &r[3], &[]);
            }
        }
        let mut drama_keys: HashMap<String, Vec<u32>> = HashMap::default();
        for (form, i) in &forms {
            let k = key(form);
            if k.is_empty() {
                continue;
            }
            let at = drama_keys.entry(k).or_default();
            if !at.contains(i) {
                at.push(*i);
            }
        }

        let mut performer_keys: HashSet<String> = HashSet::default();
        performer_forms(|form| {
            let k = key(form);
            if !k.is_empty() {
                performer_keys.insert(k);
            }
        });

        // Titles to spot: several words (not two common ones: `Once Again` is as often a
        // song), capitals, Hangul; a one-word title in capitals unless a performer has the
        // name (`SEVENTEEN`).
        let (mut latin, mut hangul) = (Vec::new(), Vec::new());
        for (form, _) in &forms {
            if key(form).is_empty() {
                continue;
            }
            if crate::normalize::has_hangul(form) {
                let joined: String = form.chars().filter(|c| !c.is_whitespace()).collect();
                if joined.chars().count() >= 2 {
                    hangul.push(joined);
                }
            } else if spottable(form) {
                let words: Vec<&str> = form.split_whitespace().collect();
                if !(words.len() == 2 && words.iter().all(|w| crate::shape::is_common_word(w))) {
                    // Headlines capitalise every word: `That Winter, The Wind Blows`.
                    let headline = title_case(form);
                    if headline != *form {
                        latin.push(headline);
                    }
                    latin.push(form.clone());
                }
            } else if form.chars().filter(|c| c.is_alphabetic()).count() >= 4
                && !performer_keys.contains(&key(form))
            {
                // `GOBLIN` for the title `Goblin`, as `find_dramas` does.
                latin.push(form.to_uppercase());
            }
        }

        Names {
            drama_keys,
            entries,
            latin_dramas: Finder::new(latin),
            hangul_dramas: Finder::new(hangul),
            performer_keys,
            performer_finder: std::sync::OnceLock::new(),
            surnames,
            hangul_surnames,
        }
    }

    /// The performer names to spot, gathered on first use: reading articles never scans
    /// for them, and gathering them costs a look-up or two for each of the lists' forms.
    ///
    /// Hangul names of three syllables or more (two-syllable ones are mostly words:
    /// `사랑`, `하루`), Latin names as `performer_spottable` allows them, and not a single
    /// word that is a surname (`Yoon`) or a drama (`Hwarang`) unless in capitals.
    fn performer_finder(&self) -> &Finder {
        self.performer_finder.get_or_init(|| {
            let mut spotted: Vec<String> = Vec::new();
            performer_forms(|form| {
                if !crate::normalize::has_key(form) {
                    return;
                }
                if crate::normalize::has_hangul(form) {
                    if form.chars().filter(|c| !c.is_whitespace()).count() >= 3 {
                        spotted.push(form.to_string());
                    }
                    return;
                }
                let single = !form.contains(' ');
                let clash = single
                    && !form.chars().all(|c| !c.is_lowercase())
                    && (self.surnames.contains_key(&form.to_ascii_lowercase())
                        || self.drama_keys.contains_key(&key(form)));
                if performer_spottable(form) && !clash {
                    spotted.push(form.to_string());
                } else if single {
                    // `JIN`, `BEN`, `YOON`: a short or common name, written in capitals.
                    let caps = form.to_uppercase();
                    if caps.chars().filter(|c| c.is_alphabetic()).count() >= 2
                        && !crate::shape::is_caps_stopword(&caps)
                    {
                        spotted.push(caps);
                    }
                }
            });
            Finder::new(spotted)
        })
    }
}

/// `f` of every form of every performer of the performer lists (name, Hangul name,
/// aliases), trimmed, empty ones left out.
fn performer_forms(mut f: impl FnMut(&str)) {
    for r in rows(PERFORMERS).chain(rows(PERFORMERS_EXTRA)) {
        let mut all: Vec<&str> = vec![r[0].trim(), r[1].trim()];
        all.extend(r[2].split('|').map(str::trim));
        for form in all.into_iter().filter(|form| !form.is_empty()) {
            f(form);
        }
    }
}

/// The big name layer: every drama title and performer of all the lists.
impl Tables {
    /// Whether `name` is a known drama title or alias, in English or Hangul (Hangul titles
    /// compared without their spaces), from all the title lists and the user's aliases.
    ///
    /// ```
    /// let t = ostract::Tables::builtin();
    /// assert!(t.is_drama("Crash Landing on You"));
    /// assert!(t.is_drama("사랑의 불시착"));
    /// assert!(t.is_drama("사랑의불시착"));
    /// assert!(t.is_drama("King the Land"));
    /// assert!(!t.is_drama("the quarterly report"));
    /// ```
    pub fn is_drama(&self, name: &str) -> bool {
        let k = key(name);
        !k.is_empty()
            && (names().drama_keys.contains_key(&k)
                || self.drama_canonical_keyed(name, &k).is_some())
    }

    /// The dramas of all the lists that have `name` as a title or alias, with the year
    /// and network each list gives: two dramas of one name are two entries.
    ///
    /// ```
    /// let t = ostract::Tables::builtin();
    /// let found = t.dramas_named("King the Land");
    /// assert!(found.iter().any(|d| d.year == Some(2023)));
    /// assert!(t.dramas_named("no such drama at all").is_empty());
    /// ```
    pub fn dramas_named(&self, name: &str) -> Vec<&DramaEntry> {
        let n = names();
        n.drama_keys
            .get(&key(name))
            .map(|at| at.iter().map(|&i| &n.entries[i as usize]).collect())
            .unwrap_or_default()
    }

    /// Whether `name` is a known performer: a group, member, soloist or act of any of
    /// the performer lists, by its romanised or Hangul name, real name or alias, or one
    /// the user's alias file adds. A credit written `Member (GROUP)` is known when the
    /// member is.
    ///
    /// ```
    /// let t = ostract::Tables::builtin();
    /// assert!(t.is_known_performer("Baek Yerin"));
    /// assert!(t.is_known_performer("백예린"));
    /// assert!(t.is_known_performer("Chen (EXO)"));
    /// assert!(t.is_known_performer("Paul Kim"));
    /// assert!(!t.is_known_performer("Quarterly Report"));
    /// ```
    pub fn is_known_performer(&self, name: &str) -> bool {
        let name = name.trim();
        let bare = match name.strip_suffix(')').and_then(|n| n.rsplit_once(" (")) {
            Some((member, _)) if !member.trim().is_empty() => member.trim(),
            _ => name,
        };
        let k = key(bare);
        !k.is_empty()
            && (names().performer_keys.contains(&k) || self.knows_performer_keyed(bare, &k))
    }

    /// Byte spans of the known drama titles in `text`: whole words, left to right,
    /// without overlaps, the longest kept where two overlap. As in [`Tables::find_dramas`],
    /// a single English word is looked for only in capitals (`GOBLIN`), Hangul titles take
    /// particles but never start or end inside a longer word, and a Hangul title under
    /// four syllables needs a cue (`드라마` before it, `OST` after it). Hangul titles are
    /// matched whatever the spaces in the text (`사랑의불시착`, `사랑의 불시착`).
    ///
    /// ```
    /// let t = ostract::Tables::builtin();
    /// let text = "King the Land and 사랑의 불시착 OST, not a Goblin but GOBLIN";
    /// let found: Vec<&str> = t.drama_spans(text).into_iter().map(|(s, e)| &text[s..e]).collect();
    /// assert_eq!(found, ["King the Land", "사랑의 불시착", "GOBLIN"]);
    /// ```
    pub fn drama_spans<'a>(&'a self, text: &'a str) -> Vec<(usize, usize)> {
        let n = names();
        let mut found: Vec<(usize, usize)> = Vec::new();
        n.latin_dramas.find_at(text, word_starts(text), &mut found);
        // `CRASH LANDING ON YOU`: a title of words in capitals, found as its headline's
        // form (`Crash Landing On You`) in the text with those words recased. (Of three
        // words or more: a comment that shouts `THANK YOU` names no drama.)
        if let Some(recased) = capitals_recased(text) {
            shouted_titles(&n.latin_dramas, text, &recased, &mut found);
        }
        found.retain(|&(s, e)| whole_word(text, s, e));
        if crate::normalize::has_hangul(text) {
            found.extend(hangul_titles(text));
        }
        // The user's drama aliases, which the big layer does not hold.
        if !self.aliases.is_empty() {
            found.extend(self.find_dramas(text));
        }
        longest_first(found)
    }

    /// Byte spans of known performer names in `text`: whole words, left to right, without
    /// overlaps, the longest kept where two overlap. Names that are common words or very
    /// short (`V`, `Jin`, `Rain`) are looked for only in capitals (`JIN`, `RAIN`; never a
    /// single letter); Hangul names take particles but never start or end inside a longer
    /// word.
    ///
    /// ```
    /// let t = ostract::Tables::builtin();
    /// let text = "sung by Baek Yerin and IU, with JIN; Jin went home";
    /// let found: Vec<&str> = t.performer_spans(text).into_iter().map(|(s, e)| &text[s..e]).collect();
    /// assert_eq!(found, ["Baek Yerin", "IU", "JIN"]);
    /// ```
    pub fn performer_spans(&self, text: &str) -> Vec<(usize, usize)> {
        let found = names()
            .performer_finder()
            .find(text)
            .filter(|&(s, e)| {
                if crate::normalize::has_hangul(&text[s..e]) {
                    hangul_word(text, s, e).is_some()
                } else {
                    whole_word(text, s, e)
                }
            })
            .collect();
        longest_first(found)
    }

    /// The canonical spelling of a romanised Korean surname from the full surname list
    /// (`surnames.csv` and `surnames_extra.csv`): `Kwak`, `Namgung` and `Seonwoo` as well
    /// as the common ones [`Tables::surname`] knows.
    ///
    /// ```
    /// let t = ostract::Tables::builtin();
    /// assert_eq!(t.person_surname("Gwak"), Some("kwak"));
    /// assert_eq!(t.person_surname("Yi"), Some("lee"));
    /// assert_eq!(t.person_surname("Love"), None);
    /// ```
    pub fn person_surname(&self, word: &str) -> Option<&str> {
        lowercase(word, |w| {
            self.surnames.get(w).or_else(|| names().surnames.get(w))
        })
        .map(String::as_str)
    }

    /// Whether `s` is a Hangul surname (`김`, `남궁`).
    ///
    /// ```
    /// let t = ostract::Tables::builtin();
    /// assert!(t.is_hangul_surname("김") && t.is_hangul_surname("남궁"));
    /// assert!(!t.is_hangul_surname("사랑"));
    /// ```
    pub fn is_hangul_surname(&self, s: &str) -> bool {
        names().hangul_surnames.contains(s)
    }

    /// Builds the big name layer now rather than on first use (for timing it, or to keep
    /// its cost out of the first article): the look-up tables, the tries of
    /// [`Tables::drama_spans`] and the automaton of [`Tables::performer_spans`]. Returns
    /// how many drama entries and performer keys it holds.
    ///
    /// ```
    /// let (dramas, performers) = ostract::Tables::warm_names();
    /// assert!(dramas > 3000 && performers > 5000);
    /// ```
    pub fn warm_names() -> (usize, usize) {
        let n = names();
        for finder in [&n.latin_dramas, &n.hangul_dramas] {
            finder.find_at("", std::iter::empty(), &mut Vec::new());
        }
        n.performer_finder().find("").for_each(drop);
        (n.entries.len(), n.performer_keys.len())
    }
}

/// The known titles of three words or more written in capitals in `text`, found in
/// `recased` ([`capitals_recased`]), added to `found`. Apart from
/// [`Tables::drama_spans`]: few lines need it.
#[inline(never)]
fn shouted_titles(finder: &Finder, text: &str, recased: &str, found: &mut Vec<(usize, usize)>) {
    let at = found.len();
    // (From the words in capitals only: the title's first is one.)
    let b = text.as_bytes();
    let starts = word_starts(recased)
        .filter(|&i| b[i].is_ascii_uppercase() && b.get(i + 1).is_some_and(u8::is_ascii_uppercase));
    finder.find_at(recased, starts, found);
    let shouted = |s: usize, e: usize| {
        let name = &text[s..e];
        name.split_whitespace().nth(2).is_some() && !name.chars().any(char::is_lowercase)
    };
    let mut k = at;
    while k < found.len() {
        let (s, e) = found[k];
        if shouted(s, e) {
            k += 1;
        } else {
            found.swap_remove(k);
        }
    }
}

/// `text` with each word in capitals of two letters or more recased as a headline's
/// (`GUARDIAN: THE` → `Guardian: The`), byte for byte; `None` when no three words in
/// capitals stand in a row, as in most lines (`OST`, `IU`, `EXO`).
fn capitals_recased(text: &str) -> Option<String> {
    // Words of two capitals or more, no lowercase letter, in a row (`I`, `A` and a dash
    // neither add to a run nor end it; a word of no capital ends it). Three hold six
    // capitals, which most lines have not: counted first, a scan the compiler makes fast.
    if text.bytes().filter(u8::is_ascii_uppercase).count() < 6 {
        return None;
    }
    let mut run = 0;
    let shouted = text.split_ascii_whitespace().any(|w| {
        let (mut upper, mut lower) = (0, false);
        for b in w.bytes() {
            upper += usize::from(b.is_ascii_uppercase());
            lower |= b.is_ascii_lowercase();
        }
        // (A byte past ASCII is a letter's: Hangul's.)
        if lower || upper == 0 && w.bytes().any(|b| b.is_ascii_alphanumeric() || b >= 0x80) {
            run = 0;
        } else if upper >= 2 {
            run += 1;
        }
        run >= 3
    });
    if !shouted {
        return None;
    }
    let mut out = text.as_bytes().to_vec();
    for word in out.split_mut(u8::is_ascii_whitespace) {
        let letters = word.iter().filter(|b| b.is_ascii_alphabetic()).count();
        if letters >= 2 && !word.iter().any(u8::is_ascii_lowercase) {
            let first = word.iter().position(u8::is_ascii_alphabetic).unwrap_or(0);
            word[first + 1..].make_ascii_lowercase();
        }
    }
    // Only ASCII letters changed case.
    String::from_utf8(out).ok()
}

/// Every word's first letter in capitals (`the Wind` → `The Wind`).
fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    for c in s.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
        start = c.is_whitespace();
    }
    out
}

/// Whether one insertion, deletion or substitution (or none) turns `a` into `b`: what
/// is left after their common prefix and suffix is at most one character on each side.
fn within_one_edit(a: &str, b: &str) -> bool {
    // Keys are nearly all ASCII, whose bytes are its characters: compared as bytes, with
    // no character decoded or counted (the fuzzy look-up tries a dozen titles a name).
    if a.is_ascii() && b.is_ascii() {
        return one_edit(a.as_bytes(), b.as_bytes());
    }
    let chars = |s: &str| s.chars().collect::<Vec<char>>();
    one_edit(&chars(a), &chars(b))
}

/// [`within_one_edit`] of two sequences of characters.
fn one_edit<T: PartialEq>(a: &[T], b: &[T]) -> bool {
    // One edit leaves the first or the last character in place: a cheap first test.
    if a.first() != b.first() && a.last() != b.last() {
        return false;
    }
    let (la, lb) = (a.len(), b.len());
    if la.abs_diff(lb) > 1 {
        return false;
    }
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    la.max(lb) - (prefix + suffix).min(la.min(lb)) <= 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_edit() {
        assert!(within_one_edit("crashlandingonyou", "crashlandingonyu"));
        assert!(within_one_edit("goblin", "goblim"));
        assert!(within_one_edit("goblin", "gobblin"));
        assert!(within_one_edit("goblin", "goblin"));
        assert!(!within_one_edit("goblin", "gbolin"));
        assert!(!within_one_edit("prisonerplaybook", "prisonplaybook"));
        assert!(within_one_edit("도깨비", "도깨미"));
    }

    #[test]
    fn the_soundtrack_singers_the_idol_lists_miss_are_known_by_every_form() {
        let t = Tables::builtin();
        // A ballad singer, a band, an actor who sang, by name, Hangul name and alias.
        for name in [
            "Lyn",
            "린",
            "Standing Egg",
            "Baek Ji-young",
            "Baek Z Young",
            "백지영",
        ] {
            assert!(t.is_known_performer(name), "{name}");
        }
        // Every row of the hand-curated file is read, with its Hangul name if it has one.
        for r in rows(PERFORMERS_EXTRA) {
            assert!(t.is_known_performer(&r[0]), "{}", &r[0]);
            assert!(r[1].is_empty() || t.is_known_performer(&r[1]), "{}", &r[1]);
        }
    }

    #[test]
    fn a_title_in_capitals_is_found_when_it_has_three_words_or_more() {
        let t = Tables::builtin();
        let spans = |text: &'static str| -> Vec<&'static str> {
            t.drama_spans(text)
                .into_iter()
                .map(|(s, e)| &text[s..e])
                .collect()
        };
        assert_eq!(
            spans("CRASH LANDING ON YOU (사랑의 불시착) — SOUNDTRACK"),
            ["CRASH LANDING ON YOU", "사랑의 불시착"]
        );
        assert_eq!(spans("Now on: HOTEL DEL LUNA, ep. 3"), ["HOTEL DEL LUNA"]);
        // Two shouted words are a comment's, and a word half in capitals is no title's.
        assert!(spans("OMG THANK YOU, found it").is_empty());
        assert!(spans("HOTEL del LUNA").is_empty());
        assert_eq!(capitals_recased("no capitals here, OST by IU"), None);
        assert_eq!(
            capitals_recased("GUARDIAN: THE GOD, IU x").as_deref(),
            Some("Guardian: The God, Iu x")
        );
    }

    #[test]
    fn a_full_korean_name_is_the_member_billed_by_given_name() {
        let t = Tables::builtin();
        assert!(t.is_member("CNBLUE", "Jung Yong Hwa"));
        assert!(t.is_member("CNBLUE", "Yonghwa"));
        assert!(!t.is_member("CNBLUE", "Jung Hwa Yong"));
        assert!(!t.is_member("EXO", "Jung Yong Hwa"));
    }

    #[test]
    fn hangul_titles_take_particles_but_are_not_word_starts() {
        let t = Tables::builtin();
        let found = |text: &str| -> Vec<String> {
            t.find_dramas(text)
                .map(|(s, e)| text[s..e].to_string())
                .collect()
        };
        assert_eq!(found("드라마 아이의 OST"), ["아이"]);
        assert_eq!(found("아이 OST가 나왔다"), ["아이"]);
        assert!(found("인디계의 아이돌 모트").is_empty());
        // A short title that is also a common word needs a cue.
        assert!(found("라이브에 자신 있는 가수").is_empty());
        assert_eq!(found("드라마 라이브의 OST"), ["라이브"]);
        assert!(found("우아이 밴드").is_empty());
    }

    #[test]
    fn the_trie_finds_what_the_automaton_finds_at_the_same_starts() {
        let n = names();
        let texts = [
            "Goblin (Guardian: The Lonely and Great God), “It’s Okay, That’s Love” and \
             Crash Landing on You’s OST; Reply 1988, SKY Castle, Hotel del Luna, My Mister",
            "the K2 and The K2, Mr. Sunshine!Mr. Queen (tvN) — IRIS 2,VAGABOND",
            "드라마 도깨비의 OST, 사랑의 불시착 OST와 나의 아저씨",
            "",
        ];
        let mut total = 0;
        for text in texts {
            for finder in [&n.latin_dramas, &n.hangul_dramas] {
                // Every character, and every other one.
                for step in [1, 2] {
                    let starts = || text.char_indices().map(|(i, _)| i).step_by(step);
                    let mut by_trie = Vec::new();
                    finder.find_at(text, starts(), &mut by_trie);
                    let mut by_automaton: Vec<(usize, usize)> = finder
                        .find(text)
                        .filter(|&(s, _)| starts().any(|i| i == s))
                        .collect();
                    by_trie.sort();
                    by_automaton.sort();
                    assert_eq!(by_trie, by_automaton, "{text}");
                    total += by_trie.len();
                }
            }
        }
        assert!(total > 20, "{total}");
    }

    #[test]
    fn the_group_trie_finds_the_leftmost_longest_matches() {
        let t = Tables::builtin();
        let names: Vec<&String> = (t.group_names.iter())
            .filter(|n| n.chars().count() >= 2)
            .collect();
        let automaton = aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(&names)
            .unwrap();
        let texts = [
            "V of BTS sang it; the winner was EXO, then EXO-CBX and BTSBTS with 방탄소년단의 뷔",
            "Red Velvet, Red Velvet - IRENE & SEULGI, TWICE and TWICEcoaster; AKMU's song",
            "BLACKPINK블랙핑크 and 블랙핑크, 소녀시대가, SNSD… NCT 127 NCT DREAM",
        ];
        for text in texts {
            let by_automaton: Vec<(usize, usize)> = automaton
                .find_iter(text)
                .map(|m| (m.start(), m.end()))
                .collect();
            let by_trie: Vec<(usize, usize)> = t.group_matches(text).collect();
            assert!(by_trie.len() >= 5, "{text}");
            assert_eq!(by_trie, by_automaton, "{text}");
        }
    }

    #[test]
    fn member_rows_add_members_to_groups() {
        let mut t = Tables::builtin();
        t.add_aliases(
            "kind,alias,canonical\ngroup,Melomance,Melomance\nmember,Kim Min Seok,Melomance\n",
        )
        .unwrap();
        assert!(t.is_member("Melomance", "Kim Min Seok"));
        assert_eq!(
            crate::normalize::normalize_artist("Kim Min Seok of Melomance", &t),
            "Kim Min Seok (Melomance)"
        );
        assert!(t.add_aliases("kind,alias,canonical\nsinger,A,B\n").is_err());
    }

    #[test]
    fn fuzzy_titles_never_move_between_known_titles() {
        let t = Tables::builtin();
        // Every known title stays itself.
        for title in t.dramas.values() {
            assert_eq!(t.drama_fuzzy(title), None, "{title}");
        }
        assert_eq!(
            t.drama_fuzzy("Descendents of the Sun"),
            Some("Descendants of the Sun")
        );
    }
}
