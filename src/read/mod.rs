//! The extraction core: reading an article as a person would.
//!
//! Data flows forward once: [`crate::segment`] repairs hard wraps and gives the blocks
//! (headings, items, paragraphs); [`pieces`] lexes each line once into typed spans;
//! [`find`] runs the rules over pieces (songs and drama mentions in prose) and [`layout`]
//! reads list lines as slots whose roles each layout decides from all its lines;
//! [`table`] reads the rows under a table's header row by the columns it names;
//! [`tie`] gives each song its drama and credit; [`decide`] keeps or drops each candidate
//! after the whole article, always with a reason. See `../shared/design/READING.md`.
//!
//! ```
//! let t = ostract::Tables::builtin();
//! let r = ostract::read::read("## Winter Harbor (2019)\n1. “Glass Door” – Park Ha-eun\n", &t);
//! assert_eq!(r.kept().count(), 1);
//! let s = r.kept().next().unwrap();
//! assert_eq!((s.track.as_str(), s.artists.as_str()), ("Glass Door", "Park Ha-eun"));
//! assert_eq!(s.drama.as_deref(), Some("Winter Harbor"));
//! ```

pub mod decide;
pub mod evidence;
pub mod find;
pub mod layout;
pub mod pieces;
pub mod table;
pub mod tie;
pub mod truecase;

use crate::segment::{self, Line, LineKind};
use crate::tables::Tables;
use pieces::Piece;

/// A song candidate: a title found by a rule, with its credit and, once tied, its drama.
#[derive(Debug, Clone, PartialEq)]
pub struct Song {
    /// Index of the line in the article's line list.
    pub line: usize,
    /// Byte span of the mention in the line.
    pub start: usize,
    pub end: usize,
    pub track: String,
    pub artists: String,
    /// The drama, from its own line first, then from [`tie`].
    pub drama: Option<String>,
    pub rule: &'static str,
    pub quoted: bool,
    /// Whether a song word or soundtrack cue presents it as a song.
    pub cued: bool,
    /// The layout it was read with (list lines).
    pub layout: Option<String>,
    /// How many of the article's lines share its layout: a pattern on one line alone
    /// (a menu, a byline, a headline) is poor evidence of a list.
    pub layout_lines: usize,
    /// Read from a paragraph's opening item (`T by A — D. It charted all year.`): a
    /// list's entry by its shape, however many lines share its layout.
    pub item: bool,
    /// One of a list of quoted titles (`“A”, “B” and “C”`).
    pub enumerated: bool,
    /// An uncredited line of a numbered track list whose drama the article names as a
    /// soundtrack (`D OST Part 2`, `the D OST album`): the album's instrumental.
    pub album_track: bool,
    /// Its sentence says it is no soundtrack's (`which is not an OST`).
    pub denied: bool,
    /// Its credit is the article's subject: the singer its headline names, credited
    /// with three songs or more (`9 OSTs Sung by A`).
    pub topic_credit: bool,
    /// The evidence the article itself gives that its credit is a performer's: the mean
    /// over the credits of the songs read with its layout (a layout's column holds one
    /// kind of name), or the article saying each of its names sings.
    pub article_credit: f32,
    /// Where the drama came from (`line`, `sentence`, `item`, `section`, `near`, `article`).
    pub tie: &'static str,
    /// Where the credit came from (`line`, `subject`, `pronoun`, `heading`), if tied later.
    pub credit_tie: &'static str,
    /// The drama mention's strength (0–1).
    pub drama_strength: f32,
    pub confidence: f32,
    /// Why the candidate was dropped; `None` when it is kept.
    pub dropped: Option<&'static str>,
}

impl Song {
    /// The song with its drama, given on its own line.
    pub fn in_drama(mut self, drama: impl Into<String>) -> Song {
        self.drama = Some(drama.into());
        self
    }

    #[allow(clippy::too_many_arguments)]
    pub fn new(
        line: usize,
        start: usize,
        end: usize,
        track: &str,
        artists: &str,
        rule: &'static str,
        quoted: bool,
        cued: bool,
    ) -> Song {
        Song {
            line,
            start,
            end,
            track: track.trim().to_string(),
            artists: artists.trim().to_string(),
            drama: None,
            rule,
            quoted,
            cued,
            layout: None,
            layout_lines: 0,
            item: false,
            enumerated: false,
            album_track: false,
            denied: false,
            topic_credit: false,
            article_credit: 0.0,
            tie: "",
            credit_tie: if artists.trim().is_empty() {
                ""
            } else {
                "line"
            },
            drama_strength: 0.0,
            confidence: 0.0,
            dropped: None,
        }
    }
}

/// A drama named in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct DramaMention {
    pub line: usize,
    pub start: usize,
    pub end: usize,
    pub name: String,
    /// How sure the cue is that this names a drama, 0–1.
    pub strength: f32,
    pub cue: &'static str,
}

/// One line as read: its pieces and the layout it was read with.
#[derive(Debug, Clone)]
pub struct ReadLine {
    pub line: Line,
    pub pieces: Vec<Piece>,
    /// The line's sentences, as byte ranges.
    pub sentences: Vec<(usize, usize)>,
    pub slots: Option<layout::SlotLine>,
    /// A row (or the header row) of a table with a header: no heading, whatever its shape.
    pub row: bool,
    /// A label line that credits a singer (`Artist: A`, `Performed by A for D`): part of
    /// the item above it.
    pub credit: bool,
}

impl ReadLine {
    /// The byte range of the sentence holding byte `at`, or the whole line when no
    /// sentence does. The sentences are in order: found by bisection, so a long line's
    /// many songs do not each scan all its sentences.
    pub fn sentence_at(&self, at: usize) -> (usize, usize) {
        self.sentence_index(at)
            .map_or((0, self.line.text.len()), |i| self.sentences[i])
    }

    /// The index of the sentence holding byte `at`, if one does.
    pub fn sentence_index(&self, at: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|&(_, b)| b <= at);
        self.sentences.get(i).filter(|&&(a, _)| a <= at).map(|_| i)
    }

    fn new(line: Line, pieces: Vec<Piece>, slots: Option<layout::SlotLine>, row: bool) -> Self {
        ReadLine {
            sentences: segment::sentences(&line.text),
            line,
            pieces,
            slots,
            row,
            credit: false,
        }
    }
}

/// An article as read: lines, candidates (kept and dropped), drama mentions.
#[derive(Debug, Clone)]
pub struct Reading {
    pub lines: Vec<ReadLine>,
    pub songs: Vec<Song>,
    pub dramas: Vec<DramaMention>,
    /// The roles each layout was read with, by pattern.
    pub layouts: Vec<(String, Vec<layout::Role>)>,
    /// The keys of names with a joiner that the article calls one act (`the duo Roo &
    /// Bomi`): a credit naming one keeps it whole.
    pub acts: Vec<String>,
    /// The keys of the names the article says are singers (`A sings`, `A also recorded`,
    /// `A is a solo singer`).
    pub singers: Vec<String>,
    /// The singer the headline says sang the article's songs (`9 OSTs Sung by A`).
    pub headline_singer: Option<String>,
    /// The singer a profile's headline is about (`A: …`, `A (gloss) — Biography`), or
    /// one its headline names that the body keeps naming ([`evidence::subject_singer`]):
    /// a biography's singer, whose listed songs no line credits are hers.
    pub profile_singer: Option<String>,
    /// The singers a news headline says join a soundtrack (`A To Join D OST`): the first
    /// song no line credits is theirs.
    pub news_singer: Option<String>,
    /// The line of that headline.
    pub news_line: Option<usize>,
    /// The first body line that is a sentence: the lead starts there (see
    /// [`first_sentence`]).
    pub first_body: usize,
}

impl Reading {
    /// The candidates kept as records.
    pub fn kept(&self) -> impl Iterator<Item = &Song> {
        self.songs.iter().filter(|s| s.dropped.is_none())
    }
}

/// The first body line that is a sentence, or 0: a page's header block (a site's bar,
/// the headline, a byline `by A | Mar 14, 2024 | 12 Comments`) comes before it.
fn first_sentence(lines: &[Line]) -> usize {
    lines
        .iter()
        .position(|l| {
            let t = l.text.trim_end();
            l.kind == LineKind::Body
                && t.split_whitespace().nth(5).is_some()
                && t.ends_with(['.', '!', '?', '"', '”', '다'])
        })
        .unwrap_or(0)
}

/// How strong a drama mention must be for a layout to weigh its name as a known drama's
/// on other lines: a broadcaster's bracket (`Salt Road (tvN)`, 0.8) and a name's echo of
/// one are; a looser cue (a possessive's 0.75) is not.
const NAMED_DRAMA: f32 = 0.8;

/// Reads one article's cleaned text (plain text: hard wraps are joined).
pub fn read(text: &str, tables: &Tables) -> Reading {
    read_text(text, tables, false)
}

/// Reads one article's cleaned text; `html` when it is an HTML page's blocks, one a
/// line, whose boundaries are never joined.
pub fn read_text(text: &str, tables: &Tables, html: bool) -> Reading {
    let _memo = evidence::remember(tables);
    // Page text as a reader sees it: plain spaces, no markdown emphasis marks.
    let spaced = crate::normalize::plain_spaces(text);
    let text = crate::normalize::unemphasised(&spaced);
    let lines = if html {
        segment::blocks(&text)
    } else {
        segment::lines(&text)
    };
    let mut read_lines = Vec::with_capacity(lines.len());
    let mut songs = Vec::new();
    let mut dramas = Vec::new();
    let mut slot_lines = Vec::new();
    let mut labels = Vec::new();
    let mut singers = Vec::new();
    // The columns of the table whose header row came last, while its rows go on.
    let mut columns: Option<table::Header> = None;
    // The drama of the table's last row that named one.
    let mut table_drama: Option<String> = None;
    // `"… 'T' by A. …"` over `— reader_name`: a quotation its writer signs on the line under
    // it (a reader's answer, a testimonial).
    let signed: Vec<bool> = (0..lines.len())
        .map(|i| {
            // (A name after a dash and a space: no question of an interview's, `-‘T’
            // 반응이 뜨겁다.`)
            lines
                .get(i + 1)
                .is_some_and(|n| pieces::signature(n.text.trim_start_matches(['#', ' '])).is_some())
        })
        .collect();
    let rules: Vec<bool> = lines.iter().map(|l| table::is_rule_row(&l.text)).collect();
    // Lines that open with a few words and a spaced dash, next to another such line: a
    // list's items without markers (`T — A (D)` line after line).
    let dashed: Vec<bool> = lines.iter().map(|l| segment::dash_led(&l.text)).collect();
    let dash_list = |i: usize| {
        dashed[i] && (i > 0 && dashed[i - 1] || dashed.get(i + 1).copied().unwrap_or(false))
    };
    // `T · A` headings, each over its paragraph: a list's items without markers, when three
    // lines or more share the shape and two name a singer the tables know on one side (a
    // page's furniture has the shape too: `Spotify · Apple Music`, `user · Lives in Seoul`).
    let dot_sides: Vec<Option<[&str; 2]>> = lines
        .iter()
        .map(|l| {
            (l.kind == LineKind::Heading)
                .then(|| segment::dot_parted(&l.text))
                .flatten()
        })
        .collect();
    let dot_parted: Vec<bool> = dot_sides.iter().map(Option::is_some).collect();
    let dot_list = dot_sides.iter().flatten().nth(2).is_some()
        && dot_sides
            .iter()
            .flatten()
            .filter(|sides| sides.iter().any(|side| tables.is_known_performer(side)))
            .nth(1)
            .is_some();
    let lowercase = truecase::lowercase_article(&text);
    let first_body = first_sentence(&lines);
    // The headline: the first line, or, for news (`A To Join D OST`), a heading of the
    // page's header block (a site's name and its bar come first on a page: a few lines).
    // (A headline is short: a line that runs on is a paragraph.)
    let heads = || {
        lines
            .iter()
            .enumerate()
            .take(first_body.clamp(1, 8))
            .filter(|(i, l)| (*i == 0 || l.kind == LineKind::Heading) && l.text.len() <= 200)
    };
    let headline_at = heads().next().map(|(i, _)| i);
    let headline_singer =
        headline_at.and_then(|i| evidence::headline_singer(&lines[i].text, tables));
    // (A profile's headline may come under a kicker: `ARTIST PROFILE`.)
    let profile = headline_singer
        .is_none()
        .then(|| {
            heads()
                .take(2)
                .find_map(|(i, l)| evidence::profile_singer(&l.text, tables).map(|p| (i, p)))
        })
        .flatten();
    // (`A (gloss): …`, `A: …` is the profile's own headline; `A – T` may be a list's
    // first line.)
    let profile_line = profile
        .as_ref()
        .filter(|(i, p)| {
            lines[*i]
                .text
                .trim_start_matches(['#', ' '])
                .strip_prefix(p.as_str())
                .is_some_and(|rest| rest.trim_start().starts_with(['(', ':']))
        })
        .map(|p| p.0);
    let profile_singer = profile.map(|p| p.1);
    let news = heads()
        .filter(|_| headline_singer.is_none())
        .find_map(|(i, l)| {
            evidence::news_singer(l.text.trim_start_matches(['#', ' ']), tables).map(|n| (i, n))
        });
    let news_line = news.as_ref().map(|n| n.0);
    let news_singer = news.map(|n| n.1);
    for (i, mut line) in lines.into_iter().enumerate() {
        // A table's rule row is no text; the row above it heads columns, and when it names
        // none this reader knows (`Title | Year | KOR | US`), it holds no song and no drama.
        if rules[i] {
            read_lines.push(ReadLine::new(line, Vec::new(), None, true));
            continue;
        }
        let body_from = line.text.len() - segment::strip_marker(&line.text).len();
        if lowercase {
            let listed = truecase::listed(&line) || dash_list(i);
            line.text = truecase::recase(&line.text, body_from, listed, tables);
        }
        if let Some(unquoted) = signed[i]
            .then(|| pieces::unwrap_quoted(&line.text, body_from))
            .flatten()
        {
            line.text = unquoted;
        } else if let Some(at) = pieces::signature_at(&line.text, body_from) {
            // Signed on its own line (`“…” — Hyejin, Incheon`): the quotation read as the
            // writer's words, the signature as no one's credit. (`“T” – A` is no quotation
            // of sentences, and stays as it is.)
            if let Some(mut unquoted) = pieces::unwrap_quoted(&line.text[..at], body_from) {
                unquoted.push_str(&" ".repeat(line.text.len() - at));
                line.text = unquoted;
            }
        }
        let pieces = pieces::lex_known(&line.text, body_from, |n| tables.knows_performer(n));
        let item = layout::dash_item(&line.text, &pieces);
        let listy = line.kind == LineKind::Heading
            || line.marked
            || line.text.contains('|')
            || dash_list(i)
            || item;
        let v = find::View {
            text: &line.text,
            p: &pieces,
        };
        find::said_singers(&v, &mut singers);
        // A header row names its table's columns and holds no song; the rows under it
        // are read by those names. A line without cells ends the table.
        let headed = rules.get(i + 1) == Some(&true);
        let header = table::header_row(&line.text).or_else(|| {
            headed
                .then(|| table::header_over_rule(&line.text))
                .flatten()
        });
        if header.is_some() {
            columns = header.clone();
            table_drama = None;
        } else if headed {
            columns = None;
            read_lines.push(ReadLine::new(line, pieces, None, true));
            continue;
        } else if columns.as_ref().is_some_and(|h| !line.text.contains(h.sep)) {
            columns = None;
        }
        if let Some(cols) = columns
            .as_ref()
            .filter(|h| header.is_some() || !table::outgrows(&line.text, h))
        {
            if let Some(row) = table::row(&line.text, cols).filter(|_| header.is_none()) {
                let mut s = Song::new(
                    i,
                    row.start,
                    row.end,
                    &row.track,
                    &row.artists,
                    "table.columns",
                    row.quoted,
                    true,
                );
                // A drama's cell left blank under the row that names it (as a spanning
                // cell is saved): the drama of the row above.
                if row.drama.is_none() && cols.cols.contains(&table::Column::Drama) {
                    s.drama = table_drama.clone();
                } else {
                    s.drama = row.drama;
                    table_drama = s.drama.clone();
                }
                s.layout = Some("table".to_string());
                songs.push(s);
            }
            read_lines.push(ReadLine::new(line, pieces, None, true));
            continue;
        }
        // `Song: “T” | Artist: A | Drama: D`: several labels on one line, apart by bars;
        // else one label for the line.
        let mut found = label_cells(&line.text, tables);
        if found.len() < 2 {
            found = label(&v).into_iter().collect();
        }
        if found.is_empty() {
            if let Some(((s, e), drama)) = credit_line(&line.text)
                .filter(|&((s, e), _)| evidence::performer(tables, &line.text[s..e]) >= 0.5)
            {
                found.push((layout::Role::Artist, s, e));
                if let Some((s, e)) = drama {
                    found.push((layout::Role::Drama, s, e));
                }
            }
        }
        if !found.is_empty() {
            let credit = found.iter().any(|f| f.0 == layout::Role::Artist);
            for (role, s, e) in found {
                if role == layout::Role::Drama {
                    dramas.push(DramaMention {
                        line: i,
                        start: s,
                        end: e,
                        name: label_drama(&line.text[s..e]),
                        strength: 0.9,
                        cue: "drama.label",
                    });
                }
                labels.push((i, role, line.text[s..e].trim().to_string(), s, e));
            }
            let mut rl = ReadLine::new(line, pieces, None, false);
            rl.credit = credit;
            read_lines.push(rl);
            continue;
        }
        // `Kim Ha-na as Seo Yeon`: a cast list's line holds no song.
        if evidence::cast_line(&line.text, tables) {
            read_lines.push(ReadLine::new(line, pieces, None, false));
            continue;
        }
        // (A profile's headline, `A (gloss): The Voice Behind …`, names its singer, no song.)
        let mut slots = if listy && profile_line != Some(i) {
            layout::slots(i, &v, body_from, dot_list && dot_parted[i], tables)
                .map(|s| layout::SlotLine { item, ..s })
        } else {
            None
        };
        // `A Sings Emotional OST For “D”`: a news headline's slot that opens with its
        // singers, a verb after them, credits them and names nothing else.
        if let (Some(s), Some(n), true) = (&mut slots, &news_singer, news_line == Some(i)) {
            for slot in s
                .slots
                .iter_mut()
                .filter(|s| !s.quoted && !s.ost && s.cue.is_empty())
            {
                if slot
                    .text
                    .strip_prefix(n.as_str())
                    .is_some_and(|r| r.starts_with(' '))
                {
                    slot.text = n.clone();
                    slot.cue = "credit";
                }
            }
        }
        let mut line_songs = Vec::new();
        find::prose(i, &v, tables, &mut line_songs, &mut dramas);
        if let Some(s) = &slots {
            slot_lines.push(s.clone());
        } else {
            songs.extend(line_songs);
        }
        read_lines.push(ReadLine::new(line, pieces, slots, false));
    }
    quote_headings(&read_lines, &mut songs, &mut dramas);
    let (labelled_songs, orphan_credits) = labelled(&labels);
    songs.extend(labelled_songs);
    let mut credits: rustc_hash::FxHashMap<String, Vec<String>> = Default::default();
    for s in songs.iter().filter(|s| !s.artists.is_empty()) {
        credits
            .entry(crate::normalize::key(&s.track))
            .or_default()
            .push(crate::normalize::key(&s.artists));
    }
    // In line order, as the labels were read.
    let credited: Vec<usize> = orphan_credits.iter().map(|c| c.0).collect();
    // (Italics set songs in some articles as others set dramas: no sentence's word.)
    let named: Vec<(usize, String)> = dramas
        .iter()
        .filter(|d| d.strength >= NAMED_DRAMA && d.cue != "drama.italic")
        .map(|d| (d.line, crate::normalize::key(&d.name)))
        .collect();
    let (mut list_songs, decided) = layout::read(
        &slot_lines,
        tables,
        &layout::Evidence {
            credits: &credits,
            singer: headline_singer.as_deref().or(profile_singer.as_deref()),
            said: &singers,
            credited_below: &credited,
            dramas: &named,
        },
    );
    // A line layout that one line alone shows is weak evidence against a card layout
    // (`Joon (VANTA)` under a card's title); one that lines show again is a list.
    let places: rustc_hash::FxHashSet<(&Option<String>, usize)> =
        list_songs.iter().map(|s| (&s.layout, s.line)).collect();
    let mut shown: rustc_hash::FxHashMap<Option<String>, usize> = Default::default();
    for (layout, _) in places {
        *shown.entry(layout.clone()).or_default() += 1;
    }
    let shown_again = |s: &&Song| shown.get(&s.layout).is_some_and(|&lines| lines >= 2);
    let mut held = song_lines(
        read_lines.len(),
        songs.iter().chain(list_songs.iter().filter(shown_again)),
    );
    // A person beside a drama with no title (an award's or a cast's line, as its layout
    // read it) is no card's line either.
    for sl in &slot_lines {
        let roles = decided.get(&sl.pattern).map_or(&[][..], Vec::as_slice);
        if roles.contains(&layout::Role::Artist)
            && roles.contains(&layout::Role::Drama)
            && !roles.contains(&layout::Role::Track)
        {
            held[sl.line] = true;
        }
    }
    let (cards, taken) = layout::cards(&read_lines, &held, tables);
    list_songs.retain(|s| !taken.iter().any(|r| r.contains(&s.line)));
    list_songs.extend(cards);
    let stacked = stacked(&read_lines, &list_songs, &songs, &credited, tables);
    list_songs.extend(stacked);
    list_songs.extend(track_runs(&read_lines, &list_songs));
    list_songs.extend(countdown_titles(&read_lines, &list_songs, &songs, &dramas));
    // A slot line that yields no song keeps the prose reading of that line (not a news
    // headline whose singers' slot was read: its words after them are no title). So does
    // one whose layout no other line shows, unless it credits its song: a sentence read
    // as slots (`For the drama D (2014), A sang the OST entitled “T”`) is still prose,
    // and the decision keeps the surer reading of the song.
    for sl in &slot_lines {
        let news = news_line == Some(sl.line)
            && sl
                .slots
                .iter()
                .any(|s| s.cue == "credit" && news_singer.as_deref() == Some(s.text.as_str()));
        let lone = |s: &Song| s.layout.is_some() && shown.get(&s.layout) == Some(&1);
        let prose = read_lines[sl.line].line.kind == LineKind::Body;
        let read = |s: &Song| s.line == sl.line && (!prose || !lone(s) || !s.artists.is_empty());
        if !news && !list_songs.iter().any(read) {
            let rl = &read_lines[sl.line];
            let v = find::View {
                text: &rl.line.text,
                p: &rl.pieces,
            };
            let mut d = Vec::new();
            find::prose(sl.line, &v, tables, &mut songs, &mut d);
        }
    }
    for s in &list_songs {
        if let Some(d) = &s.drama {
            let l = &read_lines[s.line];
            let at = l.line.text.find(d.as_str()).unwrap_or(s.start);
            // A layout one line alone shows (a byline, a headline read as slots) names
            // its drama weakly: no strong mention of the article's.
            let strength = if s.layout_lines == 1 { 0.7 } else { 0.9 };
            dramas.push(DramaMention {
                line: s.line,
                start: at,
                end: at + d.len(),
                name: d.clone(),
                strength,
                cue: "drama.slot",
            });
        }
    }
    songs.extend(list_songs);
    songs.sort_by_key(|s| (s.line, s.start));
    // `‘T(A)’`, `“T (A)”`: a title that closes on a performer in brackets is credited by it.
    for s in songs
        .iter_mut()
        .filter(|s| s.artists.is_empty() && s.quoted)
    {
        if let Some((track, artists)) = find::bracketed_credit(&s.track, tables) {
            (s.track, s.artists) = (track.to_string(), artists.to_string());
            s.credit_tie = "line";
        }
    }
    // A sentence that says its song is no soundtrack's.
    for s in songs.iter_mut() {
        let l = &read_lines[s.line];
        let (a, b) = l.sentence_at(s.start);
        // `… “T.” It's not an OST, but …`, `These were not released on the soundtrack.`:
        // a next sentence about it says so too.
        let b = l
            .sentences
            .iter()
            .find(|&&(c, _)| c == b)
            .filter(|&&(c, d)| {
                let next = l.line.text[c..d].trim_start_matches(['”', '"', '’', '\'', ' ']);
                [
                    "It", "These", "This", "Neither", "None", "Not", "Both", "They", "That",
                ]
                .iter()
                .any(|w| next.starts_with(w) && next[w.len()..].starts_with([' ', '’', '\'']))
            })
            .map_or(b, |&(_, d)| d);
        // A run-on "sentence" (a crawl's line without stops) is read near the song only.
        let text = &l.line.text;
        let mut a = a.max(s.start.saturating_sub(300));
        let mut b = b.min(s.end + 300).min(text.len());
        while !text.is_char_boundary(a) {
            a -= 1;
        }
        while !text.is_char_boundary(b) {
            b += 1;
        }
        s.denied = evidence::denies_soundtrack(&text[a..b]);
    }
    // `## “T”` / `Sung by: A`: a credit on a line of its own belongs to the uncredited
    // song right above it.
    for (line, artists) in orphan_credits {
        if let Some(s) = songs
            .iter_mut()
            .rev()
            .find(|s| s.line < line && s.line + 2 >= line && s.artists.is_empty())
        {
            s.artists = artists;
            s.credit_tie = "line";
            s.cued = true;
        } else if let Some(s) = credited_heading(&read_lines, line, &artists, tables)
            .filter(|h| songs.iter().all(|s| s.line != h.line))
        {
            songs.push(s);
        }
    }
    dramas.sort_by_key(|d| (d.line, d.start));
    find::repeated_titles(&mut dramas);
    let texts: Vec<(&str, &[Piece])> = read_lines
        .iter()
        .map(|l| (l.line.text.as_str(), l.pieces.as_slice()))
        .collect();
    find::echoed_titles(&texts, &mut dramas);
    for (line, old, new) in find::completed_titles(&texts, &mut dramas) {
        // A part of the whole title read as a song (`Rain` of `Rain: The Secret Ledger`) is none.
        songs.retain(|s| s.line != line || !new.starts_with(s.track.as_str()));
        for s in songs
            .iter_mut()
            .filter(|s| s.line == line && s.drama.as_deref() == Some(old.as_str()))
        {
            s.drama = Some(new.clone());
        }
    }
    let mut renamed = find::articled_titles(&texts, &mut dramas, tables);
    renamed.extend(find::acronym_titles(&mut dramas));
    for (old, new) in renamed {
        for s in songs
            .iter_mut()
            .filter(|s| s.drama.as_deref() == Some(old.as_str()))
        {
            s.drama = Some(new.clone());
        }
    }
    let mut layouts: Vec<(String, Vec<layout::Role>)> = decided.into_iter().collect();
    layouts.sort_by(|a, b| a.0.cmp(&b.0));
    let acts = tie::called_acts(&read_lines);
    // A headline that names its singer elsewhere than at its start: the singer its body
    // keeps naming.
    let profile_singer = profile_singer.or_else(|| {
        let at = headline_at.filter(|_| headline_singer.is_none())?;
        let body = read_lines[at + 1..].iter().map(|l| l.line.text.as_str());
        evidence::subject_singer(&read_lines[at].line.text, body, tables)
    });
    let mut r = Reading {
        lines: read_lines,
        songs,
        dramas,
        layouts,
        acts,
        singers,
        headline_singer,
        profile_singer,
        news_singer,
        news_line,
        first_body,
    };
    tie::tie(&mut r, tables);
    decide::decide(&mut r, tables);
    r
}

/// The openings of a page's parts about other pages (`Related posts`, `You may also
/// like`, `More from this artist`, `비슷한 곡 추천`): their songs are no record of this
/// article. (`Other songs in the series` are the drama's.)
const OTHER_PAGES: &[&str] = &[
    "related",
    "read more",
    "read next",
    "read also",
    "also read",
    "see also",
    "you may also like",
    "you might also like",
    "more news",
    "more from",
    "more by",
    "other albums",
    "other releases",
    "similar songs",
    "similar tracks",
    "recommended for you",
    "up next",
    "trending",
    "most read",
    "most popular",
    "관련기사",
    "관련 기사",
    "함께 보면 좋은",
    "추천 기사",
    "많이 본",
    "인기 기사",
    "비슷한 곡",
    "이 아티스트의 다른",
    "다른 앨범",
];

/// Labels of links and stamps that name no record of the article (`Tags: …`, `Source:
/// …`), beyond [`OTHER_PAGES`] (`Related: “T” – A (D OST)`, `Read more: …`), and a
/// page's stamps and bars beyond its furniture words (`Last updated:` and `Share:` are
/// [`evidence::is_furniture`]'s).
const STAMPS: &[&str] = &[
    "tags",
    "tag",
    "main article",
    "further information",
    "submitted by",
    "sort by",
    "filed under",
    "source",
    "photo",
    "최근 수정 시각",
    "입력",
    "수정",
    "출처",
    "사진",
];

/// Whether a heading opens a part about other pages ([`OTHER_PAGES`]): it starts with
/// one of their openings, a whole word.
pub(super) fn names_other_pages(h: &str) -> bool {
    let l = h.trim().to_lowercase();
    // (A Korean box's title may follow a section's name: `연예 많이 본 뉴스`: the Korean
    // openings are looked for anywhere, all at once by an automaton made on first use; a
    // search apiece cost thousands of instructions a heading.)
    static KOREAN: std::sync::OnceLock<aho_corasick::AhoCorasick> = std::sync::OnceLock::new();
    let korean = || {
        KOREAN
            .get_or_init(|| {
                aho_corasick::AhoCorasick::new(OTHER_PAGES.iter().filter(|o| !o.is_ascii()))
                    .expect("the openings compile")
            })
            .is_match(&l)
    };
    OTHER_PAGES.iter().any(|o| {
        l.strip_prefix(o).is_some_and(|rest| {
            !rest.starts_with(|c: char| crate::normalize::is_alnum(c) && c.is_ascii())
        })
    }) || !l.is_ascii() && korean()
}

/// Whether a heading is the whole title of a box of other pages' headlines (`Related`,
/// `Related Articles`, `Trending`, `관련기사`), not a link's label (`Read more`, `Also
/// read: …`) before the article goes on.
pub(super) fn lists_other_pages(h: &str) -> bool {
    let l = h.trim().trim_end_matches(':').to_lowercase();
    !l.contains(':')
        && !l.starts_with("read")
        && !l.starts_with("also read")
        && l.split_whitespace().count() <= 4
}

// An infobox's rows (`Genre | Romance`, `Written by | A`, `극본 | A`): the page's facts
// about the drama, no song.
const FACTS: &[&str] = &[
    "genre",
    "written by",
    "directed by",
    "created by",
    "developed by",
    "starring",
    "cast",
    "main cast",
    "music by",
    "music director",
    "director",
    "writer",
    "screenwriter",
    "aired",
    "original run",
    "broadcast",
    "composer",
    "country of origin",
    "original language",
    "language",
    "no. of episodes",
    "episodes",
    "running time",
    "production company",
    "producer",
    "producers",
    "executive producer",
    "network",
    "original network",
    "release",
    "original release",
    // A drama database's page (`Native Title: 호텔 델루나`, `Aired On: Saturday, Sunday`).
    "native title",
    "country",
    "aired on",
    "duration",
    "content rating",
    "tags",
    "hangul",
    "hanja",
    "revised romanization",
    "mccune–reischauer",
    "장르",
    "극본",
    "연출",
    "출연",
    "음악",
    "방송사",
    "방송 기간",
    "방송 시간",
    "제작사",
    "원작",
    "편성",
    "회차",
    "기획",
    "제작",
    "각본",
    "감독",
    // A singer's infobox (`Birthday | March 9`, `Company | SM Entertainment`).
    "born",
    "native name",
    "birthday",
    "birth name",
    "birthplace",
    "company",
    "agency",
    "debut",
    "occupation",
    "occupations",
    "genres",
    "years active",
    "instruments",
    "labels",
    "website",
    "also known as",
    "members",
    "past members",
];

// A song's staff and release facts (`작사: A / 작곡: B`, `Composed by: A`,
// `발매일: 2019.07.14`): no performer, no title.
const SONG_FACTS: &[&str] = &[
    "lyrics",
    "lyricist",
    "lyrics by",
    "composed by",
    "composition",
    "arranged by",
    "arrangement",
    "arranger",
    // A remake's first singer (`Original: A (1985)`, `원곡: A`): no singer of this song.
    "original",
    "original artist",
    "original singer",
    "originally by",
    "원곡",
    "원곡자",
    "원곡 가수",
    "produced by",
    "release date",
    "released",
    "label",
    "length",
    "duration",
    "작사",
    "작곡",
    "편곡",
    "작사·작곡",
    "작사/작곡",
    "발매일",
    "발매",
    "유통",
    "유통사",
    "기획사",
    "소속사",
    "음악감독",
    "프로듀서",
    "재생시간",
    "distributor",
    "agency",
    // A press release's footer (`배포처: A 홍보팀`, `엠바고: 없음`).
    "배포처",
    "엠바고",
    "문의",
    "publisher",
    "labels",
    "label(s)",
    "format",
    "formats",
    "recorded",
    "studio",
    "featured on",
    "레이블",
    "장르",
    "재생 시간",
    // A singer's or a group's facts (`Born | 1993`, `Associated acts | A`, `혈액형 | A`).
    "born",
    "origin",
    "occupation",
    "occupations",
    "years active",
    "instruments",
    "instrument",
    "associated acts",
    "members",
    "past members",
    "website",
    "also known as",
    "nationality",
    "blood type",
    "height",
    "education",
    "spouse",
    "본명",
    "출생",
    "데뷔",
    "소속",
    "학력",
    "혈액형",
    "신체",
    "활동 기간",
    // A drama page's facts in Korean portals (`방송 채널 | tvN`, `방송 횟수 | 16부작`).
    "방송 채널",
    "채널",
    "방송 횟수",
    "언어",
    "국가",
];

/// Whether a name is a fact's label ([`FACTS`], [`SONG_FACTS`]): `Release`, `Genre`,
/// `작곡`, a label whatever else it names.
pub(super) fn is_fact_label(name: &str) -> bool {
    let l = name
        .trim()
        .trim_end_matches([':', '：'])
        .trim()
        .to_lowercase();
    // Both lists as one set, made on first use: every credit's name is asked, and a scan
    // of the lists cost a thousand instructions a name.
    static LABELS: std::sync::LazyLock<rustc_hash::FxHashSet<&str>> =
        std::sync::LazyLock::new(|| FACTS.iter().chain(SONG_FACTS).copied().collect());
    let fact = |l: &str| {
        LABELS.contains(l)
            // `Mixing Engineer: A`: a record's staff, no song's singer.
            || l.ends_with(" engineer") && l.split_whitespace().nth(3).is_none()
    };
    // `Composition & Arrangement: A, B`: two staff labels joined (asked only of a label
    // with a joiner in it).
    fact(&l)
        || (l.contains(['&', '/', ',']) || l.contains(" and "))
            && l.replace(" and ", "&")
                .split(['&', '/', ','])
                .map(str::trim)
                .all(|p| !p.is_empty() && fact(p))
}

/// Whether a line gives one of the facts only a show has (`방송 채널: KBS2`, `Network |
/// tvN`, `Starring: A, B`): the lines of an infobox about the drama the page is on (an
/// album's credits name producers too, but no network or cast).
pub(super) fn drama_fact_line(text: &str) -> bool {
    const AIRING: &[&str] = &[
        "network",
        "original network",
        "starring",
        "cast",
        "main cast",
        "no. of episodes",
        "episodes",
        "original run",
        "aired",
        "broadcast",
        "방송사",
        "방송 기간",
        "방송 시간",
        "방송 채널",
        "방송 횟수",
        "출연",
        "극본",
        "연출",
        "회차",
        "편성",
    ];
    let head = first_colon(text)
        .or_else(|| text.find('|'))
        .map(|i| &text[..i]);
    head.is_some_and(|h| AIRING.contains(&h.trim().to_lowercase().as_str()))
}

/// A label line, `Drama: D`, `Artist: A`, `Song: T`, `곡명 : T` (a table row `Song: | T`
/// too): the role its label names and the value's span.
fn label(v: &find::View) -> Option<(layout::Role, usize, usize)> {
    use layout::Role;
    if let Some(found) = framed_pair(v.text) {
        return Some(found);
    }
    if let Some((head, _)) = v.text.split_once('|') {
        if FACTS.contains(&head.trim().trim_end_matches(':').to_lowercase().as_str()) {
            return Some((Role::Other, head.len() + 1, v.text.len()));
        }
    }
    // A row of two cells is a label and its value as much as `head: value` is
    // (`발매일 | 2019.07.14`, a wiki's vertical table `곡명 | T` / `가수 | A`).
    let two_cells = memchr::memchr_iter(b'|', v.text.as_bytes()).count() == 1;
    let bar = || v.text.find('|').filter(|_| two_cells);
    if let Some(i) = first_colon(v.text).or_else(bar) {
        let head = v.text[..i].trim().to_lowercase();
        if OTHER_PAGES.contains(&head.as_str())
            || STAMPS.contains(&head.as_str())
            || head.split_whitespace().count() <= 3
                && head.split_whitespace().any(evidence::is_furniture)
            || is_fact_label(&head)
        {
            let at = i + v.text[i..].chars().next().map_or(1, char::len_utf8);
            return Some((Role::Other, at, v.text.len()));
        }
    }
    let first = v.p.first()?;
    // `Performed by: A`, `Sung by — A`: a label of two words.
    let sep = if v.is_any(0, &["performed", "sung"]) && v.is(1, "by") {
        2
    } else {
        1
    };
    // `Series — D`, `Track — T`: a spaced dash after a role's label is its colon.
    let dash = matches!(v.t(sep), "—" | "–")
        && v.text[..v.p[sep].start].ends_with(' ')
        && v.text[v.p[sep].end..].starts_with(' ');
    if !matches!(
        first.kind,
        pieces::Kind::Run | pieces::Kind::Word | pieces::Kind::Ost
    ) || v.kind(sep) != Some(pieces::Kind::Sep)
        || !(matches!(v.t(sep), ":" | "：") || two_cells && v.t(sep) == "|" || dash)
    {
        return None;
    }
    let label = if sep == 2 {
        "performed by".to_string()
    } else {
        v.t(0).to_lowercase()
    };
    let role = label_role(&label)?;
    if dash && role == Role::Other {
        return None;
    }
    // `K-DRAMA | MUSIC` is a site's breadcrumb: only a colon makes a drama's label;
    // `From: Letter <mail@example>` is a mail's sender.
    if role == Role::Drama && (v.t(sep) == "|" || v.text.contains('@')) {
        return None;
    }
    // `OST: “T” – A` is a song line under the label, not a drama's name.
    if role == Role::Drama
        && v.t(0).eq_ignore_ascii_case("ost")
        && v.p.iter().any(|p| p.kind == pieces::Kind::Quoted)
    {
        return None;
    }
    let mut k = sep + 1;
    while v.kind(k) == Some(pieces::Kind::Sep) {
        k += 1;
    }
    let p = v.p.get(k)?;
    // `Song: “T” – A`, `Song: ‘T’ by A`: the title's label over a whole song line, read
    // as one.
    if role == Role::Track
        && p.kind == pieces::Kind::Quoted
        && (v.kind(k + 1) == Some(pieces::Kind::Sep) && matches!(v.t(k + 1), "–" | "—" | "-")
            || v.is(k + 1, "by"))
    {
        return None;
    }
    let mut last = v.p.len() - 1;
    // `Drama: D (tvN)`, `From: D (Blossom Avenue), tvN, 2021`: the drama's broadcaster,
    // year and name in the other script follow its name, no part of it.
    if role == Role::Drama {
        let fact = |t: &str| find::work_facts(t) || find::is_network(t);
        while last > k {
            let t = v.t(last);
            let gloss = crate::normalize::has_hangul(t) != crate::normalize::has_hangul(v.t(k));
            match v.p[last].kind {
                pieces::Kind::Bracket if fact(t) || gloss => {}
                pieces::Kind::Run if fact(t) && v.t(last - 1) == "," => {}
                pieces::Kind::Sep if t == "," => {}
                _ => break,
            }
            last -= 1;
        }
    }
    let (s, e) = if p.kind == pieces::Kind::Quoted && k == last {
        p.inner
    } else {
        (p.start, v.p[last].end)
    };
    Some((role, s, e))
}

/// The role a label names (`Artist`, `곡명`), lowercased.
fn label_role(label: &str) -> Option<layout::Role> {
    use layout::Role;
    Some(match label {
        // Captions' and bylines' labels: the line names no record.
        w if BYLINE_WORDS.contains(&w) => Role::Other,
        "source" | "image source" | "photo" | "image" | "credit" | "credits" | "cr" | "via"
        | "posted" | "sources" | "사진" | "출처" | "published" | "updated" | "by" | "date"
        | "입력" | "수정" => Role::Other,
        "drama" | "series" | "k-drama" | "ost" | "from" | "드라마" | "작품" => Role::Drama,
        "artist" | "artists" | "singer" | "singers" | "vocals" | "vocal" | "performed by"
        | "가수" | "아티스트" | "노래" => Role::Artist,
        "song" | "track" | "title" | "song title" | "곡" | "곡명" | "제목" => Role::Track,
        _ => return None,
    })
}

/// `| 곡명 | T |`: a Markdown row of two cells, a label's and its value's (a wiki's
/// vertical table), as the label's role and the value's span.
fn framed_pair(text: &str) -> Option<(layout::Role, usize, usize)> {
    if !text.trim_start().starts_with('|') {
        return None;
    }
    let inner = table::inner(text);
    // (`inner` is a slice of `text`.)
    let from = inner.as_ptr() as usize - text.as_ptr() as usize;
    let (head, value) = inner.split_once('|')?;
    if value.contains('|') {
        return None;
    }
    let role = label_role(&head.trim().to_lowercase())?;
    let lead = value.len() - value.trim_start().len();
    let s = from + head.len() + 1 + lead;
    let e = s + value.trim().len();
    (e > s).then_some((role, s, e))
}

/// Where the first `:` or `：` of `text` is. A byte search: every line is asked, and a
/// search for either of two characters decodes each character of the line.
fn first_colon(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    memchr::memchr2_iter(b':', "：".as_bytes()[0], b)
        .find(|&i| b[i] == b':' || b[i..].starts_with("：".as_bytes()))
}

/// The labels of a line of bar-separated label cells (`Song: T | Artist: A`), with spans
/// in the line; empty unless every cell is a label, but for a first cell without a label
/// that is the title when no label names one (a card's `T | Artist: A | Drama: D`), or
/// its singers when they read as performers and no label names them (`A x B · Drama: D`
/// under the card's title), and notes after the labels (`… | Drama: D | Yes, the comma
/// is part of the title.`). A middle dot parts the cells as a bar does when a cell is
/// labelled.
fn label_cells(text: &str, tables: &Tables) -> Vec<(layout::Role, usize, usize)> {
    use layout::Role;
    // `가수 A / 드라마 MBC ‘D’`: a Korean role word labels its cell without a colon.
    let role_word = |cell: &str| {
        let (w, rest) = cell.trim_start().split_once(' ')?;
        let role = match w {
            "가수" | "보컬" => Role::Artist,
            "드라마" => Role::Drama,
            _ => return None,
        };
        let e = cell.trim_end().len();
        Some((role, e - rest.trim().len(), e))
    };
    let sep = if text.contains('|') {
        "|"
    } else if text.contains(" · ") && first_colon(text).is_some() {
        " · "
    } else if text.contains(" / ")
        && (first_colon(text).is_some() || text.split(" / ").all(|c| role_word(c).is_some()))
    {
        " / "
    } else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut title = None;
    let mut at = 0;
    for (i, cell) in text.split(sep).enumerate() {
        let p = pieces::lex(cell);
        let v = find::View { text: cell, p: &p };
        match label(&v).or_else(|| role_word(cell).filter(|_| sep == " / ")) {
            Some((role, s, e)) => out.push((role, at + s, at + e)),
            None if cell.trim().is_empty() => {}
            // A label this reader does not know (`Film: T`) is no note.
            None if first_colon(cell).is_some() => return Vec::new(),
            None if i == 0 => {
                let lead = cell.len() - cell.trim_start().len();
                title = Some((Role::Track, lead, cell.trim_end().len()));
            }
            None if out.len() >= 2 => {}
            None => return Vec::new(),
        }
        at += cell.len() + sep.len();
    }
    if let Some(mut t) = title {
        let names = out
            .iter()
            .any(|c| matches!(c.0, Role::Artist | Role::Drama));
        // Singers first, when no label names them and they read as performers.
        let labelled = |r: Role| out.iter().any(|c| c.0 == r);
        if !labelled(Role::Artist) && evidence::performer(tables, text[t.1..t.2].trim()) >= 0.5 {
            t.0 = Role::Artist;
        }
        if !names || t.0 == Role::Track && labelled(Role::Track) {
            return Vec::new();
        }
        out.insert(0, t);
    }
    out
}

/// `◆ 「T」` headings, each a quoted title alone over a paragraph about it, share a layout:
/// when two or more of one shape are songs with no song under them, a title of that shape
/// the tables know only as a drama's, with no song under it either, is a song too (a
/// soundtrack's `◆ 「Can You Hear My Heart」` among its song headings). A drama's heading
/// heads songs; these head none.
fn quote_headings(lines: &[ReadLine], songs: &mut Vec<Song>, dramas: &mut Vec<DramaMention>) {
    // The heading's one quote, and the marks around it (`◆`, `##`, `1.`).
    fn quote(rl: &ReadLine) -> Option<(&Piece, &str, &str)> {
        if rl.line.kind != LineKind::Heading || rl.slots.is_some() {
            return None;
        }
        let mut q = rl.pieces.iter().filter(|p| p.kind != pieces::Kind::Punct);
        let (Some(p), None) = (q.next(), q.next()) else {
            return None;
        };
        let t = &rl.line.text;
        (p.kind == pieces::Kind::Quoted).then(|| (p, t[..p.start].trim(), t[p.end..].trim()))
    }
    let heads: Vec<(usize, &Piece, &str, &str)> = lines
        .iter()
        .enumerate()
        .filter_map(|(i, rl)| quote(rl).map(|(p, a, b)| (i, p, a, b)))
        .collect();
    if heads.len() < 3 {
        return;
    }
    // Which lines hold a song, asked of every heading and the lines under it.
    let mut on = vec![false; lines.len()];
    for s in songs.iter() {
        on[s.line] = true;
    }
    // Whether a song is under a heading, to the next such heading or another that is no
    // song's line. (A list's lines are read after: their slots say they hold songs.)
    let head_at: rustc_hash::FxHashSet<usize> = heads.iter().map(|h| h.0).collect();
    let ends = |j: usize| {
        head_at.contains(&j)
            || lines[j].line.kind == LineKind::Heading && lines[j].slots.is_none() && !on[j]
    };
    let under = |i: usize| {
        (i + 1..lines.len())
            .take_while(|&j| !ends(j))
            .any(|j| on[j] || lines[j].slots.is_some())
    };
    // The headings of each shape, in line order.
    let mut shapes: rustc_hash::FxHashMap<(&str, &str), Vec<(usize, &Piece)>> = Default::default();
    for &(i, p, a, b) in &heads {
        shapes.entry((a, b)).or_default().push((i, p));
    }
    let mut turned = Vec::new();
    for shape in shapes.values() {
        let sung = shape.iter().filter(|h| on[h.0]).count();
        if sung < 2 || shape.iter().any(|h| under(h.0)) {
            continue;
        }
        for &(i, p) in shape {
            let known = dramas
                .iter()
                .filter(|d| d.line == i)
                .all(|d| d.cue == "drama.known");
            if !on[i] && known {
                turned.push((i, p));
            }
        }
    }
    for (i, p) in turned {
        dramas.retain(|d| d.line != i);
        let t = p.text(&lines[i].line.text);
        songs.push(Song::new(
            i,
            p.start,
            p.end,
            t,
            "",
            "prose.quoted_bare",
            true,
            false,
        ));
    }
}

/// Records from runs of label lines: `Drama: D` / `Artist: A` / `Song: T` in a row make
/// one item. A run of labels splits into items where its first label's role comes again
/// (`Drama:` … `Drama:` …), so an item never takes its neighbour's labels.
/// Songs of label items, and the credits of items without a title (`Sung by: A` under a
/// heading that holds the title), by line.
#[allow(clippy::type_complexity)]
fn labelled(
    labels: &[(usize, layout::Role, String, usize, usize)],
) -> (Vec<Song>, Vec<(usize, String)>) {
    use layout::Role;
    let mut out = Vec::new();
    let mut orphans = Vec::new();
    let mut item: Vec<&(usize, Role, String, usize, usize)> = Vec::new();
    let mut flush = |item: &mut Vec<&(usize, Role, String, usize, usize)>, out: &mut Vec<Song>| {
        let find = |r: Role| item.iter().find(|l| l.1 == r);
        let artists = find(Role::Artist).map(|l| l.2.clone()).unwrap_or_default();
        let drama = find(Role::Drama).map(|l| find::strip_network(&find::strip_ost(&l.2)));
        let mut titled = false;
        for (i, _, text, s, e) in item.iter().filter(|l| l.1 == Role::Track) {
            let mut song = Song::new(*i, *s, *e, text, &artists, "list.labelled", false, true);
            song.drama = drama.clone();
            out.push(song);
            titled = true;
        }
        if let (false, Some(a)) = (titled, find(Role::Artist)) {
            orphans.push((a.0, a.2.clone()));
        }
        item.clear();
    };
    for l in labels {
        let adjacent = item.last().is_some_and(|p| l.0 <= p.0 + 1);
        let leader_again = item.first().is_some_and(|f| f.1 == l.1);
        if !adjacent || leader_again {
            flush(&mut item, &mut out);
        }
        item.push(l);
    }
    flush(&mut item, &mut out);
    (out, orphans)
}

/// The words a byline opens with (`Reporter A`, `기자: B`): a writer's name, no song's.
const BYLINE_WORDS: &[&str] = &["author", "editor", "reporter", "기자"];

/// `유리문 (Glass Door)` / `발매일: 2024. 3. 8.` / `가수: 김하늘`: a wiki's song section
/// titles the song with a bare heading and labels its facts below it. The heading above a
/// credit label that no song took, past other `key: value` lines, is that song (rule
/// `list.credited_heading`): a short name, not a part's number nor a sentence.
fn credited_heading(
    lines: &[ReadLine],
    line: usize,
    artists: &str,
    tables: &Tables,
) -> Option<Song> {
    let fact = |t: &str| {
        t.split_once(':').is_some_and(|(k, v)| {
            !k.trim().is_empty() && k.split_whitespace().count() <= 2 && !v.trim().is_empty()
        })
    };
    let above = (line.saturating_sub(3)..line)
        .rev()
        .find(|&j| !fact(&lines[j].line.text))?;
    let l = &lines[above];
    let text = segment::strip_marker(&l.line.text).trim();
    let ok = l.line.kind == LineKind::Heading
        && !segment::has_marker(l.line.text.trim_start())
        && (1..=6).contains(&text.split_whitespace().count())
        && !text.ends_with(['.', ':', '!', '?'])
        && !layout::is_part(text)
        && !evidence::not_a_name(text)
        // `Reporter A`, `Written by B`, `작사 C`: a byline or a staff credit, no title.
        && !text.split_whitespace().next().is_some_and(|w| {
            evidence::is_role_word(w)
                || find::is_staff(w)
                || BYLINE_WORDS.iter().any(|r| w.eq_ignore_ascii_case(r))
        })
        && !text.contains(" by ")
        // (A singer's section heading names its singer: the title is no name.)
        && !tables.is_known_performer(text)
        && !crate::normalize::key(artists).contains(&crate::normalize::key(text));
    let start = l.line.text.find(text)?;
    ok.then(|| {
        let mut s = Song::new(
            above,
            start,
            start + text.len(),
            text,
            artists,
            "list.credited_heading",
            false,
            true,
        );
        s.credit_tie = "line";
        s
    })
}

/// The byte span of a credit, and of the drama after it, if any.
type CreditSpans = ((usize, usize), Option<(usize, usize)>);

/// A line that opens with a credit (`Sung by: A`, `Performed by A. A fine duet.`,
/// `Vocals – A`, `노래: A`): the credit's span, to its sentence's end or a drama's `for`
/// or `from` (`Performed by A for D`), and the drama's span.
fn credit_line(text: &str) -> Option<CreditSpans> {
    const LEADS: &[&str] = &[
        "sung by",
        "performed by",
        "vocals by",
        "vocal by",
        "vocals",
        "vocal",
        "singer",
        "singers",
        "artist",
        "artists",
        "노래",
        "가창",
    ];
    let from = text.len() - text.trim_start().len();
    // Only the line's first words can hold a lead: no copy of the whole line.
    let lead = LEADS.iter().find(|l| {
        text.as_bytes()
            .get(from..from + l.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(l.as_bytes()))
    })?;
    let rest = &text[from + lead.len()..];
    let value = rest.trim_start_matches([' ', ':', '：', '-', '–', '—']);
    // `Singers who …`: the lead word must end there; `Artist of the Year`: a label's
    // word takes its colon or dash.
    let marked = rest.trim_start().starts_with([':', '：', '-', '–', '—']);
    if value.len() == rest.len() && !lead.contains(' ') || lead.starts_with("artist") && !marked {
        return None;
    }
    let start = text.len() - value.len();
    let end = value
        .find(". ")
        .map_or(value.trim_end().trim_end_matches('.').len(), |i| i);
    // `Sung by A, this ballad is …`: a clause after a comma ends the credit (names
    // after one go on: `Sung by A, B and C`).
    let clause = value[..end]
        .match_indices(", ")
        .find(|(i, _)| value[i + 2..].starts_with(char::is_lowercase))
        .map(|(i, _)| i);
    // `Singer A, who sang …`: a role word before a name the clause goes on about opens
    // a sentence, no credit line.
    // `Singer A and B’s “T” is …`: a quoted title in the words after an unmarked role
    // word makes them a sentence too.
    let quoted = value[..end].contains(['“', '"', '‘', '「', '『', '《', '〈']);
    if (clause.is_some() || quoted) && !marked && !lead.ends_with(" by") {
        return None;
    }
    let end = clause.unwrap_or(end);
    // `Performed by A for D`: the credit ends before its drama.
    let tie = [" for ", " from "]
        .iter()
        .filter_map(|w| value[..end].find(w).map(|i| (i, i + w.len())))
        .min();
    let drama = tie.and_then(|(_, d)| {
        let name = value[d..end].trim_end();
        (crate::shape::title_like(name) && !evidence::not_a_name(name))
            .then_some((start + d, start + d + name.len()))
    });
    let end = tie.map_or(end, |(i, _)| i);
    (end > 0).then_some(((start, start + end), drama))
}

/// Whether a numbered line's text after its marker may be a bare title: one to eight
/// words, a name's, not a sentence ending in a period.
fn short_title(l: &ReadLine) -> bool {
    let body = segment::strip_marker(&l.line.text).trim();
    let words = body.split_whitespace().count();
    (1..=8).contains(&words) && !body.ends_with('.') && !evidence::not_a_name(body)
}

/// The uncredited titles of a numbered track list (`6. Fog Signal`, `07 Night Ferry`): three
/// or more numbered lines in a row, each one short title, or numbered lines right after
/// the list's credited songs.
fn track_runs(lines: &[ReadLine], songs: &[Song]) -> Vec<Song> {
    let numbered = |l: &ReadLine| {
        let t = l.line.text.trim_start();
        t.starts_with(|c: char| c.is_ascii_digit()) && segment::has_marker(t)
    };
    let title = |l: &ReadLine| {
        let year = l.pieces.iter().any(|p| {
            p.kind == pieces::Kind::Bracket
                && p.text(&l.line.text)
                    .chars()
                    .filter(char::is_ascii_digit)
                    .count()
                    >= 4
        });
        short_title(l) && !year
    };
    let song_line = song_lines(lines.len(), songs);
    let has_song = |i: usize| song_line[i];
    let credited = song_lines(lines.len(), songs.iter().filter(|s| !s.artists.is_empty()));
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let mut j = i;
        while j < lines.len()
            && numbered(&lines[j])
            && (j == i
                || lines[j].line.no == lines[j - 1].line.no + 1
                || lines[j].line.no <= lines[j - 1].line.no + 2)
        {
            j += 1;
        }
        let run = i..j;
        let after_songs = i > 0 && has_song(i - 1) && numbered(&lines[i - 1]);
        // A run that holds two credited songs or more is an album's track list: its
        // uncredited lines are its instrumentals. (One song among numbered lines is a
        // news list's headline that names a song.)
        let album = run.clone().filter(|&k| credited[k]).count() >= 2;
        let rule = if album {
            "list.track_list_title"
        } else {
            "list.numbered_title"
        };
        // In an album's list, a line read as a title without its singer (`4. T (2:11)`)
        // is the same track: the decision keeps the surer reading.
        let open = |k: usize| if album { !credited[k] } else { !has_song(k) };
        if j - i >= 3 || j > i && after_songs {
            for k in run.clone().filter(|&k| open(k) && title(&lines[k])) {
                let l = &lines[k];
                let body = segment::strip_marker(&l.line.text).trim();
                let start = l.line.text.len() - segment::strip_marker(&l.line.text).len();
                // `07 Night Ferry (2:31)`: a running time is no part of the title.
                let t = match body.rfind(" (") {
                    Some(p) if body[p..].chars().any(|c| c == ':') => &body[..p],
                    _ => body,
                };
                out.push(Song::new(
                    k,
                    start,
                    start + body.len(),
                    t,
                    "",
                    rule,
                    false,
                    true,
                ));
            }
        }
        i = j.max(i + 1);
    }
    out
}

/// The bare titles among a countdown's numbered headings (`## 10. Remember Me` over a
/// paragraph that credits it): when two or more of the article's numbered headings are
/// songs' lines, the others that are a short name, and name no drama, are songs too. A
/// heading that is a name and a soundtrack's part (`7. Welcome Mat (Part 1)`) is a song
/// whatever the others are: only a song is a part of a soundtrack.
fn countdown_titles(
    lines: &[ReadLine],
    songs: &[Song],
    prose: &[Song],
    dramas: &[DramaMention],
) -> Vec<Song> {
    let song_line = song_lines(lines.len(), songs);
    // (A heading a prose rule reads as a song, `3. A’s T`, counts as a song's heading;
    // its own reading of a bare title is still the countdown's.)
    let prose_line = song_lines(lines.len(), prose);
    let numbered = |l: &ReadLine| {
        let t = l
            .line
            .text
            .trim_start()
            .trim_start_matches('#')
            .trim_start();
        l.line.kind == segment::LineKind::Heading
            && t.starts_with(|c: char| c.is_ascii_digit())
            && segment::has_marker(t)
    };
    // The name of a heading that is a name and its part's bracket.
    let part_title = |l: &ReadLine| {
        let [name, bracket] = l.pieces.as_slice() else {
            return None;
        };
        let t = name.text(&l.line.text);
        (matches!(name.kind, pieces::Kind::Run | pieces::Kind::Quoted)
            && bracket.kind == pieces::Kind::Bracket
            && layout::is_part(bracket.text(&l.line.text).trim())
            && crate::shape::title_like(t)
            && !evidence::not_a_name(t))
        .then_some(*name)
    };
    let headings: Vec<usize> = (0..lines.len()).filter(|&i| numbered(&lines[i])).collect();
    let with_songs = headings
        .iter()
        .filter(|&&i| song_line[i] || prose_line[i])
        .count();
    let named = |i: usize, least: f32| {
        let from = dramas.partition_point(|d| d.line < i);
        dramas[from..]
            .iter()
            .take_while(|d| d.line == i)
            .any(|d| d.strength >= least)
    };
    // `Every song from the D OST, ranked` over `## 5. Cheongpa-ro`, `## 4. Side Effects
    // (May Include Love)`: a headline that names one drama's soundtrack, over numbered
    // headings none of which names a drama surely, ranks that soundtrack's songs.
    let one_soundtrack = lines
        .first()
        .is_some_and(|l| l.line.kind == segment::LineKind::Heading)
        && dramas
            .iter()
            .any(|d| d.line == 0 && d.cue == "drama.ost" && d.strength >= 0.9)
        && headings.len() >= 3
        && !headings.iter().any(|&i| named(i, 0.8));
    let countdown = with_songs >= 2 && with_songs * 3 >= headings.len() || one_soundtrack;
    let names_drama = |i: usize| named(i, if one_soundtrack { 0.8 } else { 0.7 });
    let mut out = Vec::new();
    // Both kinds are headings: the other lines are not asked.
    for i in (0..lines.len()).filter(|&i| {
        lines[i].line.kind == segment::LineKind::Heading && !song_line[i] && !names_drama(i)
    }) {
        let l = &lines[i];
        if let Some(name) = part_title(l) {
            out.push(Song::new(
                i,
                name.inner.0,
                name.inner.1,
                name.text(&l.line.text),
                "",
                "list.part_title",
                name.kind == pieces::Kind::Quoted,
                true,
            ));
            continue;
        }
        let body = segment::strip_marker(&l.line.text).trim();
        if !countdown
            || !numbered(l)
            || !short_title(l)
            || body.ends_with(['?', '!', ':'])
            || l.pieces.iter().any(|p| {
                p.kind == pieces::Kind::Sep || p.kind == pieces::Kind::Bracket && !one_soundtrack
            })
            || tie::generic(body)
        {
            continue;
        }
        let start = l.line.text.len() - segment::strip_marker(&l.line.text).len();
        // `## 2. “Glass Door”`: a quoted heading's title is inside its marks.
        let (title, quoted) = match l.pieces.as_slice() {
            [q] if q.kind == pieces::Kind::Quoted => (q.text(&l.line.text), true),
            _ => (body, false),
        };
        out.push(Song::new(
            i,
            start,
            start + body.len(),
            title,
            "",
            "list.countdown_title",
            quoted,
            true,
        ));
    }
    out
}

/// Which of `n` lines hold a song, once (a stacked item holds its credit's line too).
pub(crate) fn song_lines<'a>(n: usize, songs: impl IntoIterator<Item = &'a Song>) -> Vec<bool> {
    let mut has = vec![false; n];
    for s in songs {
        has[s.line] = true;
        if s.rule == "list.stacked" && s.line + 1 < n {
            has[s.line + 1] = true;
        }
    }
    has
}

/// Items stacked on two lines, a numbered title over its singer's name (`1. Glass Door`
/// / `Park Ha-eun`, as a list item with a line break gives them): at least two such
/// items in the article, none of their lines holding a song already.
fn stacked(
    lines: &[ReadLine],
    list: &[Song],
    prose: &[Song],
    credited: &[usize],
    tables: &Tables,
) -> Vec<Song> {
    let song_line = song_lines(lines.len(), list.iter().chain(prose));
    let has_song = |i: usize| song_line[i];
    // `1. “Flower”` / `Yoon Mi-rae`: a quoted title alone on its line is a song of no
    // credit there, which the line under it gives.
    let credited_line = song_lines(
        lines.len(),
        list.iter().chain(prose).filter(|s| !s.artists.is_empty()),
    );
    // `1. T`, `## 13. T`: a numbered item, under a heading's mark or not.
    let numbered = |l: &ReadLine| {
        let t = l
            .line
            .text
            .trim_start()
            .trim_start_matches('#')
            .trim_start();
        t.starts_with(|c: char| c.is_ascii_digit()) && segment::has_marker(t)
    };
    let short = |t: &str| {
        let words = t.split_whitespace().count();
        (1..=6).contains(&words) && !t.ends_with(['.', '!', '?', ':']) && !evidence::not_a_name(t)
    };
    // Items whose singer reads as one (or comes from a label); when the article has
    // shown the layout twice so, its other items whose line under the title has a
    // name's shape (`Gaho`).
    let strict = |name: &str| evidence::performer(tables, name) >= 0.6;
    let shaped = |name: &str| {
        crate::shape::title_like(name)
            && !tables.is_drama(name)
            && name.split_whitespace().count() <= 4
            && !name.contains([',', '!', '?', ':'])
    };
    let mut out: Vec<(Song, bool, bool)> = Vec::new();
    for i in 0..lines.len().saturating_sub(1) {
        let (l, n) = (&lines[i], &lines[i + 1]);
        // `## 🎵 9위 | T`: a separator after the item's rank is no part of its title.
        let title = segment::strip_marker(&l.line.text)
            .trim()
            .trim_start_matches(['|', '–', '—', ':'])
            .trim_start();
        let title = part_tag_stripped(title);
        // `Sung by: A`, `Artist: A` under the title: the credit comes from its label.
        let label = credited.binary_search(&(i + 1)).is_ok();
        let name = if label { "" } else { n.line.text.trim() };
        let sure = label || short(name) && strict(name);
        // A title the label under it credits needs no number (`## T` / `Artist: A`); nor
        // does one over a singer's name on a short line of its own, when the article
        // stacks three such items (`For You` / `Chen, Baekhyun, Xiumin (EXO)`).
        let bare_item = !numbered(l)
            && !label
            && sure
            && l.line.kind == LineKind::Heading
            && n.line.kind == LineKind::Heading
            && !l.line.marked;
        if (numbered(l) || label || bare_item)
            && !numbered(n)
            && short(title)
            && (sure || short(name) && shaped(name))
            && (!has_song(i) || !credited_line[i] && quoted_whole(title).is_some())
            && !has_song(i + 1)
            // `Written by A` over `Performed by B`: a staff credit is no title.
            && !title.split_once(" by ").is_some_and(|(w, _)| find::credit_words(w))
            // A name's shape over a label's credit is still the title (`유리문`).
            && (label || evidence::performer(tables, title) < 0.6)
        {
            let start = title.as_ptr() as usize - l.line.text.as_ptr() as usize;
            // A quoted title without its quotes.
            let quoted = quoted_whole(title);
            let bare = quoted.unwrap_or(title);
            let mut s = Song::new(
                i,
                start,
                start + title.len(),
                bare,
                name,
                "list.stacked",
                quoted.is_some(),
                true,
            );
            s.layout = Some("N/N".to_string());
            out.push((s, sure, bare_item));
        }
    }
    if out.iter().filter(|(_, sure, _)| *sure).count() < 2 {
        return Vec::new();
    }
    let bare_items = out.iter().filter(|(_, _, bare)| *bare).count();
    out.into_iter()
        .filter(|(_, _, bare)| !bare || bare_items >= 3)
        .map(|(s, _, _)| s)
        .collect()
}

/// The text inside the one quote a title line is made of (`“Flower”` → `Flower`).
pub(crate) fn quoted_whole(t: &str) -> Option<&str> {
    (t.len() > 2 && t.starts_with(['"', '“', '‘', '\'']) && t.ends_with(['"', '”', '’', '\'']))
        .then(|| t.trim_matches(['"', '“', '”', '‘', '’', '\'']))
}

/// The drama a label names, without its broadcaster and soundtrack words, and the first
/// of the names an infobox gives it (`D (English title) / D2 (literal title)`).
fn label_drama(value: &str) -> String {
    let first = value.split(" / ").next().unwrap_or(value);
    let first = match first.rfind(" (") {
        Some(i) if first.ends_with(')') && first[i..].to_lowercase().contains("title") => {
            &first[..i]
        }
        _ => first,
    };
    find::strip_network(&find::strip_ost(first))
}

/// A title without the part tag before it (`[Part 1] T`, `[OST Part.2] T`).
fn part_tag_stripped(title: &str) -> &str {
    title
        .strip_prefix('[')
        .and_then(|t| t.split_once(']'))
        .filter(|(tag, rest)| layout::is_part(tag.trim()) && !rest.trim().is_empty())
        .map_or(title, |(_, rest)| rest.trim())
}

/// Writes what the reader saw, line by line: pieces, candidates with their evidence,
/// the layout, the tie and every drop reason (`ostract explain`).
pub fn explain(r: &Reading) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    for (i, l) in r.lines.iter().enumerate() {
        let _ = writeln!(out, "{:>4} {:?} {}", l.line.no, l.line.kind, l.line.text);
        let ps: Vec<String> = l
            .pieces
            .iter()
            .map(|p| format!("{:?}«{}»", p.kind, p.text(&l.line.text)))
            .collect();
        let _ = writeln!(out, "     pieces: {}", ps.join(" "));
        if let Some(s) = &l.slots {
            let roles = r
                .layouts
                .iter()
                .find(|(p, _)| *p == s.pattern)
                .map(|(_, r)| format!("{r:?}"))
                .unwrap_or_default();
            let _ = writeln!(out, "     layout {} {}", s.pattern, roles);
        }
        for d in r.dramas.iter().filter(|d| d.line == i) {
            let _ = writeln!(out, "     drama «{}» {} {:.2}", d.name, d.cue, d.strength);
        }
        for s in r.songs.iter().filter(|s| s.line == i) {
            let verdict = match s.dropped {
                None => "KEEP".to_string(),
                Some(why) => format!("DROP ({why})"),
            };
            let _ = writeln!(
                out,
                "     {verdict} {} «{}» by «{}» drama «{}» tie {} credit {} conf {:.2}",
                s.rule,
                s.track,
                s.artists,
                s.drama.as_deref().unwrap_or(""),
                s.tie,
                s.credit_tie,
                s.confidence
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_layout_on_one_line_alone_is_weaker_evidence_than_a_lists() {
        let r = read(
            "# Winter Harbor OST\n\nThe drama Winter Harbor has a new soundtrack.\n\n1. Glass Door – Park Ha-eun\n2. Salt Road – Kim Do-yoon\n3. Paper Moon – Lee Seo-yeon\n\nNewsroom Notes | Culture Desk\n",
            &Tables::builtin(),
        );
        let lines = |t: &str| {
            r.songs
                .iter()
                .find(|s| s.track == t)
                .map(|s| s.layout_lines)
        };
        assert_eq!(lines("Salt Road"), Some(3), "{:?}", r.songs);
        assert_eq!(lines("Newsroom Notes"), Some(1), "{:?}", r.songs);
        let kept: Vec<&str> = r.kept().map(|s| s.track.as_str()).collect();
        assert_eq!(kept, ["Glass Door", "Salt Road", "Paper Moon"]);
    }

    #[test]
    fn a_title_closing_on_a_performer_in_brackets_is_credited_by_it() {
        // Inside the quotes, after a drama's possessive, with and without a space, in
        // Korean and English; the credit outweighs the sentence's subject.
        let t = "드라마 ‘달빛 정원’의 OST ‘비의 노래(백예린)’는 음원 차트 1위에 올랐다.\n\n\
                 Paul Kim said Glass Harbor's “Afterglow (Ailee)” moved him.\n\n\
                 River Town’s ‘Blue Coat (Kim Na-young & Heize)’ is about longing.\n";
        let tables = knowing(&[
            ("Glass Harbor", "Glass Harbor"),
            ("River Town", "River Town"),
        ]);
        let r = read(t, &tables);
        let got: Vec<_> = r
            .kept()
            .map(|s| rec(s.drama.as_deref().unwrap_or(""), &s.track, &s.artists))
            .collect();
        assert_eq!(
            got,
            [
                rec("달빛 정원", "비의 노래", "백예린"),
                rec("Glass Harbor", "Afterglow", "Ailee"),
                rec("River Town", "Blue Coat", "Kim Na-young & Heize"),
            ]
        );
        // Not a version, a featured guest's tag, a year, a gloss, a drama, a character's
        // actor, or an award's abbreviation.
        for title in [
            "Blue Coat (Acoustic Ver.)",
            "Blue Coat (Inst.)",
            "Blue Coat (feat. Heize)",
            "Blue Coat (2019)",
            "다시 난, 여기 (Here I Am Again)",
            "Beautiful (Goblin)",
            "2024 멜론뮤직어워드 (MMA)",
            "Seo Dan-bi (Noh Ha-ri)",
        ] {
            assert_eq!(find::bracketed_credit(title, &tables), None, "{title}");
        }
    }

    #[test]
    fn a_performer_a_comma_and_a_quote_with_its_drama_open_a_list_item_in_prose() {
        // `Nominees: A, “T” (D); B, “U” (E)`: each item's name is its song's credit.
        let tables = knowing(&[
            ("Winter Harbour", "Winter Harbour"),
            ("Blue Lighthouse", "Blue Lighthouse"),
        ]);
        for t in [
            "Also nominated: Park Ha-eun, “Glass Door” (Winter Harbour); Kim Do-yun, “Tide” (Blue Lighthouse).\n",
            "Park Ha-eun, “Glass Door” (Winter Harbour); Kim Do-yun, “Tide” (Blue Lighthouse).\n",
        ] {
            assert_eq!(
                kept_with(t, &tables),
                [
                    rec("Winter Harbour", "Glass Door", "Park Ha-eun"),
                    rec("Blue Lighthouse", "Tide", "Kim Do-yun")
                ],
                "{t}"
            );
        }
        // A name inside the clause is only its subject's guess: no item.
        let t = "The award went to a duet with Park Ha-eun, “Glass Door” (Winter Harbour).\n";
        assert!(no_song_by(t, &tables, "prose.artist_comma_quoted"), "{t}");
    }

    #[test]
    fn a_performer_a_comma_and_a_quote_that_ends_the_sentence_are_a_credit() {
        let tables = knowing(&[("Winter Harbour", "Winter Harbour")]);
        for t in [
            "## Winter Harbour\nI put it off for ages. Anyway: Park Ha-eun, “Glass Door.” It plays in every episode.\n",
            "## Winter Harbour\nHOST: Park Ha-eun, \"Glass Door.\"\nGUEST: Yes!\n",
            "## Winter Harbour\nMy pick: Park Ha-eun, “Glass Door”.\n",
        ] {
            assert_eq!(
                kept_with(t, &tables),
                [rec("Winter Harbour", "Glass Door", "Park Ha-eun")],
                "{t}"
            );
        }
        // A quote the sentence goes on after is no item's.
        let t =
            "## Winter Harbour\nAnyway: Park Ha-eun, “Glass Door” was never my favourite song.\n";
        assert!(no_song_by(t, &tables, "prose.artist_comma_quoted"), "{t}");
    }

    #[test]
    fn a_known_act_styled_in_lowercase_with_a_digit_is_a_credit_after_by() {
        // `by 10cm`, after a drama's possessive and alone; `by 10 people` names nobody.
        let t = "Moonlit Garden's “Paper Moon” by 10cm is the sweetest song of the year.\n\n\
                 “Paper Star” by 2am is from Moonlit Garden.\n\n\
                 “Paper Kite” by 10 people was sung at the Moonlit Garden premiere.\n";
        let tables = knowing(&[("Moonlit Garden", "Moonlit Garden")]);
        let credits: Vec<(String, String)> = read(t, &tables)
            .songs
            .iter()
            .map(|s| (s.track.clone(), s.artists.clone()))
            .collect();
        assert!(
            credits.contains(&("Paper Moon".into(), "10cm".into())),
            "{credits:?}"
        );
        assert!(
            credits.contains(&("Paper Star".into(), "2am".into())),
            "{credits:?}"
        );
        assert!(
            !credits.iter().any(|(_, a)| a.contains("10 people")),
            "{credits:?}"
        );
    }

    #[test]
    fn a_sentence_read_as_a_lone_list_line_keeps_its_prose_reading() {
        // A career list whose items are sentences: one item's words fall into slots no
        // other line shows, with no credit; its prose credits the song.
        for (first, item, last) in [
            ("1.", "2. For the drama Kingdom of Salt Wind (2014), Yoon Ha-na sang the OST entitled “Hold the Gate”", "3."),
            ("-", "- For the drama Kingdom of Salt Wind (2014), Yoon Ha-na sang the OST named “Hold the Gate”", "-"),
        ] {
            let text = format!("Yoon Ha-na has sung for many dramas. Here are three.\n\n{first} Her first drama song was “Small Lamps”, written for the drama Blue Hour (2010).\n\n{item}\n\n{last} The soundtrack of Dawn Vow (2019) entitled “Last Page” is another one sung by Yoon Ha-na.\n");
            assert!(
                kept(&text).contains(&rec("Kingdom of Salt Wind", "Hold the Gate", "Yoon Ha-na")),
                "{item}: {:?}",
                kept(&text)
            );
        }
        // A headline read as a lone list line stays a list line: its words are no prose.
        let headline =
            "## Hold the Gate – Yoon Ha-na\n\nThe Salt Kingdom OST has a new part out today.\n";
        assert!(
            kept(headline).iter().all(|(_, t, _)| t == "Hold the Gate"),
            "{:?}",
            kept(headline)
        );
    }

    #[test]
    fn a_known_titles_subtitle_after_its_colon_is_the_titles_own() {
        let tables = knowing(&[("Iron Gate", "Iron Gate")]);
        let text = "Yoon Ha-na sang for many dramas.\n\nFor the drama Iron Gate: Second Watch (2013), Yoon Ha-na sang the OST entitled “Stay Awake”.\n";
        let r = read(text, &tables);
        let kept: Vec<_> = r
            .kept()
            .map(|s| (s.drama.clone(), s.track.clone()))
            .collect();
        assert_eq!(
            kept,
            [(Some("Iron Gate: Second Watch".into()), "Stay Awake".into())]
        );
        // A label's colon before a title is no title's: `Review: D (2013)`.
        let review = "Review: Salt Kingdom (2014)\n\nThe Salt Kingdom OST opens with “Stay Awake” by Yoon Ha-na.\n";
        let r = read(review, &tables);
        assert!(r.dramas.iter().all(|d| !d.name.starts_with("Review")));
    }

    #[test]
    fn a_song_line_without_its_drama_takes_the_one_its_blurb_names_where_the_article_writes_blurbs_under_songs(
    ) {
        let tables = knowing(&[
            ("Harbor Lights", "Harbor Lights"),
            ("Salt Kingdom", "Salt Kingdom"),
            ("Moon Lantern", "Moon Lantern"),
        ]);
        let listicle = |third: &str| {
            format!(
                "Our favourite soundtracks of the year.\n\n\
                 “Glass Door” – Park Ha-eun for Harbor Lights\n\n\
                 Harbor Lights gave us the calmest ballad of the year, sung over every goodbye.\n\n\
                 “Salt Road” by Kim Do-yoon for Salt Kingdom\n\n\
                 The warm story of Salt Kingdom needed a voice like this one.\n\n\
                 {third}\n\n\
                 One of the most moving stories this season, the quiet romance of Moon Lantern was made brighter by its songs.\n"
            )
        };
        // (Song lines in prose: a list's line or a heading is an item, whose drama is
        // read under it whatever the article does.)
        for third in [
            "“Paper Kite” – Oh Se-hun | “Night Ferry” – Yoon Ha-na | “Low Tide” – Bae Jin-woo | “Gull Song” – Kim Na-ra |",
            "We also loved “Paper Kite” by Oh Se-hun and “Night Ferry” by Yoon Ha-na.",
        ] {
            let r = read(&listicle(third), &tables);
            let drama = |t: &str| {
                r.kept()
                    .find(|s| s.track == t)
                    .and_then(|s| s.drama.clone())
            };
            assert_eq!(drama("Paper Kite").as_deref(), Some("Moon Lantern"), "{third}");
            let tie = r.kept().find(|s| s.track == "Night Ferry").map(|s| s.tie);
            assert_eq!(tie, Some("blurb"), "{third}");
            assert_eq!(drama("Night Ferry").as_deref(), Some("Moon Lantern"), "{third}");
            assert_eq!(drama("Salt Road").as_deref(), Some("Salt Kingdom"), "{third}");
        }
        // Where the paragraphs name the drama of the song line under them, a song line
        // without its drama takes none from the paragraph under it.
        let intro_first = "Our favourite soundtracks of the year.\n\n\
             Harbor Lights gave us the calmest ballad of the year.\n\n\
             “Glass Door” – Park Ha-eun for Harbor Lights\n\n\
             The warm story of Salt Kingdom needed a voice like this one.\n\n\
             “Salt Road” by Kim Do-yoon for Salt Kingdom\n\n\
             “Paper Kite” – Oh Se-hun\n\n\
             We also loved the quiet romance of Moon Lantern, which airs next month.\n";
        let r = read(intro_first, &tables);
        assert!(
            r.songs
                .iter()
                .filter(|s| s.track == "Paper Kite")
                .all(|s| s.tie != "blurb"),
            "{:?}",
            r.songs
        );
    }

    #[test]
    fn an_unquoted_cell_among_quoted_songs_on_one_line_is_a_song() {
        let tables = knowing(&[("Harbor Lights", "Harbor Lights")]);
        for line in [
            "“Glass Door” – Park Ha-eun | “Salt Road” – Kim Do-yoon | Like a Winter’s Dream – Yoon Ha-na | for Harbor Lights",
            "“Glass Door” — Park Ha-eun | “Salt Road” — Kim Do-yoon | Like a Winter’s Dream — Yoon Ha-na |",
        ] {
            let text = format!("Our soundtrack picks from Harbor Lights, the best drama of the year.\n\n{line}\n");
            let r = read(&text, &tables);
            let songs: Vec<(&str, &str)> = r
                .kept()
                .map(|s| (s.track.as_str(), s.artists.as_str()))
                .collect();
            assert!(
                songs.contains(&("Like a Winter’s Dream", "Yoon Ha-na")),
                "{line}: {songs:?}"
            );
        }
        // One quoted song among a menu's cells makes no list of songs.
        let menu = "Home | “Glass Door” – Park Ha-eun | About Us – Contact | Privacy\n\nThe Harbor Lights OST is out.\n";
        let r = read(menu, &tables);
        assert!(
            r.songs.iter().all(|s| s.rule != "prose.cell_dash"),
            "{:?}",
            r.songs
        );
    }

    #[test]
    fn a_song_alone_on_a_short_prose_line_is_an_item_whose_paragraph_names_its_drama() {
        let tables = knowing(&[
            ("Salt Kingdom", "Salt Kingdom"),
            ("Harbor Lights", "Harbor Lights"),
        ]);
        for song in ["Paper Kite by Oh Se-hun.", "“Paper Kite” by Oh Se-hun."] {
            let text = format!(
                "## Songs sung by the actors of their own dramas\n\n\
                 Glass Door by Park Ha-eun\n\n\
                 Written for the drama Harbor Lights, this ballad showed off the actor's voice.\n\n\
                 {song}\n\n\
                 One more song for the drama Salt Kingdom, sung by its lead in the finale.\n"
            );
            let r = read(&text, &tables);
            let drama = r
                .kept()
                .find(|s| s.track == "Paper Kite")
                .and_then(|s| s.drama.clone());
            assert_eq!(drama.as_deref(), Some("Salt Kingdom"), "{song}");
        }
        // A line that says something of the song is no item of its own.
        let post = "Harbor Lights ep 5 question\n\nWhat was the song in the last scene?\n\nkite_fan said: It’s “Paper Kite” by Oh Se-hun.\n\nThanks! Was his song for Salt Kingdom the best one?\n";
        let r = read(post, &tables);
        let drama = r
            .songs
            .iter()
            .find(|s| s.track == "Paper Kite")
            .and_then(|s| s.drama.clone());
        assert_ne!(drama.as_deref(), Some("Salt Kingdom"));
    }

    #[test]
    fn a_known_title_the_text_completes_into_a_title_named_whole_elsewhere_is_that_title() {
        // `Harbor` is some drama's title; the article's is longer, cut at its start or end.
        let tables = knowing(&[("Harbor", "Harbor")]);
        for (heading, whole) in [
            ("# 겨울 Harbor OST", "겨울 Harbor"),
            ("# Harbor, My Love OST", "Harbor, My Love"),
        ] {
            let t = format!(
                "{heading}\n\nThe drama “{whole}” has a new album.\n\n\
                 1. Glass Door – Park Ha-eun\n2. Salt Road – Kim Do-yoon\n"
            );
            let dramas: Vec<String> = read(&t, &tables)
                .kept()
                .map(|s| s.drama.clone().unwrap_or_default())
                .collect();
            assert_eq!(dramas, [whole, whole], "{heading}");
        }
        // Not when the article never names the longer title.
        let t = "# 겨울 Harbor OST\n\n1. Glass Door – Park Ha-eun\n2. Salt Road – Kim Do-yoon\n";
        assert!(read(t, &tables)
            .songs
            .iter()
            .all(|s| s.drama.as_deref() != Some("겨울 Harbor")));
    }

    #[test]
    fn a_broadcaster_between_from_and_a_quoted_title_is_not_its_drama() {
        let t = "Han Ji-ho will sing ‘Paper Moon’ from KBS <Winter Harbor> and ‘Salt Road’ \
                 from MBC <Glass Garden>.\n";
        let r = read(t, &Tables::builtin());
        let got: Vec<(&str, Option<&str>)> = r
            .songs
            .iter()
            .map(|s| (s.artists.as_str(), s.drama.as_deref()))
            .collect();
        assert!(
            r.songs
                .iter()
                .any(|s| s.track == "Salt Road" && s.drama.as_deref() == Some("Glass Garden")),
            "{got:?}"
        );
        assert!(r
            .dramas
            .iter()
            .all(|d| !["KBS", "MBC"].contains(&d.name.as_str())));
    }

    #[test]
    fn a_sentence_opening_on_a_preposition_and_a_known_title_names_that_drama() {
        // `Harbor` and `Glass Garden` are dramas' titles; `Daegu` is none.
        let tables = knowing(&[("Harbor", "Harbor"), ("Glass Garden", "Glass Garden")]);
        // `Over on D,`, `Back in D,`: a capitalised word and a lowercase preposition ran
        // into the title's run, as `In` and `For` do.
        for (a, b) in [("In", "For"), ("Over on", "Back in")] {
            let t = format!(
                "Some songs stay.\n\n{a} Harbor, “Paper Moon” by Ha Min opened each episode.\n\n\
                 It rained. {b} Glass Garden, “Salt Road” by Jo Han played twice.\n\n\
                 {a} Daegu, “Blue Coat” by Kim Do-yoon was a hit.\n"
            );
            let r = read(&t, &tables);
            let drama = |t: &str| {
                r.songs
                    .iter()
                    .find(|s| s.track == t)
                    .and_then(|s| s.drama.clone())
            };
            assert_eq!(drama("Paper Moon").as_deref(), Some("Harbor"), "{t}");
            assert_eq!(drama("Salt Road").as_deref(), Some("Glass Garden"), "{t}");
            assert!(r.dramas.iter().all(|d| !d.name.contains("Daegu")), "{t}");
        }
    }

    fn rec(drama: &str, track: &str, artists: &str) -> (String, String, String) {
        (drama.into(), track.into(), artists.into())
    }

    /// Whether no candidate song of `text` is read by `rule`, kept or dropped.
    fn no_song_by(text: &str, tables: &Tables, rule: &str) -> bool {
        read(text, tables).songs.iter().all(|s| s.rule != rule)
    }

    /// The built-in tables, knowing the invented dramas' names too (`(alias, title)`).
    fn knowing(dramas: &[(&str, &str)]) -> Tables {
        let mut t = Tables::builtin();
        let rows: String = dramas
            .iter()
            .map(|(a, c)| format!("drama,{a},{c}\n"))
            .collect();
        t.add_aliases(&format!("kind,alias,canonical\n{rows}"))
            .unwrap();
        t
    }

    /// The names the article's drama mentions of these cues give.
    fn named_by(text: &str, cues: &[&str]) -> Vec<String> {
        read(text, &Tables::builtin())
            .dramas
            .into_iter()
            .filter(|d| cues.contains(&d.cue))
            .map(|d| d.name)
            .collect()
    }

    /// Every candidate's title, credit and drama, kept or dropped.
    fn candidates(r: &Reading) -> Vec<(&str, &str, Option<&str>)> {
        r.songs
            .iter()
            .map(|s| (s.track.as_str(), s.artists.as_str(), s.drama.as_deref()))
            .collect()
    }

    /// The first song whose title starts with `title`, read with the built-in tables.
    fn credit_of(text: &str, title: &str) -> Song {
        let r = read(text, &Tables::builtin());
        let s = r.songs.into_iter().find(|s| s.track.starts_with(title));
        s.unwrap_or_else(|| panic!("no song {title} in {text}"))
    }

    fn kept(text: &str) -> Vec<(String, String, String)> {
        kept_with(text, &Tables::builtin())
    }

    /// The kept songs' drama, title and credit, read with `tables`.
    fn kept_with(text: &str, tables: &Tables) -> Vec<(String, String, String)> {
        let r = read(text, tables);
        r.kept()
            .map(|s| {
                (
                    s.drama.clone().unwrap_or_default(),
                    // As records have it: without a quote's trailing comma, nor italics'
                    // marks.
                    s.track
                        .trim_end_matches([',', '.'])
                        .trim_matches('*')
                        .to_string(),
                    s.artists.clone(),
                )
            })
            .collect()
    }

    /// Asserts every candidate's title and credit, kept or dropped: what the ties credit
    /// before the decision.
    fn assert_credits(text: &str, want: &[(&str, &str)]) {
        let r = read(text, &Tables::builtin());
        let got: Vec<(&str, &str)> = r
            .songs
            .iter()
            .map(|s| (s.track.as_str(), s.artists.as_str()))
            .collect();
        // (Two readings of one mention, a prose rule's and a list's, credit it once.)
        let mut got = got;
        got.dedup();
        assert_eq!(got, want, "{text}");
    }

    #[test]
    fn a_rank_with_its_dot_and_a_parts_bracket_are_markers_of_list_items() {
        let ranked = "내 맘대로 OST 순위\n\n3위. 한설 '유리 정원' <겨울 항구>\n늘 듣는다.\n\n\
                      2위. 민아린 '새벽 편지' <소금 왕국>\n좋다.\n\n1위. 정하루 '빈 의자' <겨울 항구>\n최고.\n";
        let parts = "겨울 항구 OST 트랙리스트\n\n[Part.1] 01. 유리 정원 - 한설\n\
                     [Part.2] 01. 새벽 편지 - 민아린\n[Part.3] 01. 빈 의자 - 정하루\n";
        for (text, drama2) in [(ranked, "소금 왕국"), (parts, "겨울 항구")] {
            assert_eq!(
                kept(text),
                [
                    rec("겨울 항구", "유리 정원", "한설"),
                    rec(drama2, "새벽 편지", "민아린"),
                    rec("겨울 항구", "빈 의자", "정하루"),
                ],
                "{text}"
            );
        }
    }

    #[test]
    fn a_track_lists_track_marker_and_a_remakes_original_singer_line() {
        // `Track 1.` numbers the items; `Original: A (1985)` under an item is the remake's
        // first singer, no drama with its year.
        let text = "Salt Kingdom OST\n\nPart 1\nTrack 1. Low Tide – Kim Na-ra  [4:37]\n\
                    \x20   Original: Lee Dan (1985)\nTrack 2. Low Tide (Inst.)  [4:37]\n\nPart 2\n\
                    Track 1. Glass Road – Han Sol  [3:58]\n    Original: Jo Min (1991)\n";
        assert_eq!(
            kept(text),
            [
                rec("Salt Kingdom", "Low Tide", "Kim Na-ra"),
                rec("Salt Kingdom", "Glass Road", "Han Sol"),
            ]
        );
    }

    #[test]
    fn a_singers_bracket_of_quoted_titles_with_their_dramas_is_read() {
        assert_eq!(
            kept("Two singers sang for dramas: Han Sol (“Glass Road” for Winter Harbor and “Low Tide” for Salt Kingdom) and Kim Na-ra (“Paper Moon” for Winter Harbor).\n"),
            [
                rec("Winter Harbor", "Glass Road", "Han Sol"),
                rec("Salt Kingdom", "Low Tide", "Han Sol"),
                rec("Winter Harbor", "Paper Moon", "Kim Na-ra"),
            ]
        );
        assert_eq!(
            kept("Famous examples include Han Sol (\"Glass Road,\" Winter Harbor) and Kim Na-ra (\"Paper Moon\", Salt Kingdom).\n"),
            [
                rec("Winter Harbor", "Glass Road", "Han Sol"),
                rec("Salt Kingdom", "Paper Moon", "Kim Na-ra"),
            ]
        );
        // A bracket that is no list of titles and dramas, or after no singer, is left.
        for text in [
            "Han Sol (“Glass Road” was her debut) sang for Winter Harbor.\n",
            "Our favourite (“Glass Road” for Winter Harbor) is back.\n",
        ] {
            let r = read(text, &Tables::builtin());
            assert!(
                r.songs
                    .iter()
                    .all(|s| s.rule != "prose.singer_bracket_songs"),
                "{text}"
            );
        }
    }

    #[test]
    fn a_forum_line_naming_the_drama_before_its_singer_splits_the_credit() {
        // (Known titles of two words; the singers' names are invented.)
        let text = "추천 OST 모음\n\n호텔 델루나 한설 '유리 정원'\n좋아요\n\n태양의 후예 민아린 '새벽 편지'\n\
                    인정\n\n한설 '빈 의자'\n최고\n";
        let got = kept(text);
        for want in [
            rec("호텔 델루나", "유리 정원", "한설"),
            rec("태양의 후예", "새벽 편지", "민아린"),
        ] {
            assert!(got.contains(&want), "{want:?} in {got:?}");
        }
        // A singer's credit with no title before it stays whole.
        assert!(
            got.iter().all(|(_, t, a)| t != "빈 의자" || a == "한설"),
            "{got:?}"
        );
    }

    #[test]
    fn the_one_known_drama_a_lead_names_weakly_is_the_articles() {
        let text = "## soundtrack appreciation post\n\n\
            it has been years since Moon Lovers: Scarlet Heart Ryeo aired and i am still not ok. \
            so here is a post for the songs, in order:\n\n\
            Han Sol – Glass Road\n\nthe first release, so soft.\n\n\
            Kim Na-ra – Paper Moon\n\ni have listened to this a thousand times.\n\n\
            Lee Dan – Low Tide\n\nmore upbeat than the others and i love it.\n\n\
            Jo Min – Salt Road\n\nthe last episodes. that is all i will say.\n";
        let got = kept(text);
        assert_eq!(got.len(), 4, "{got:?}");
        assert!(
            got.iter()
                .all(|(d, _, _)| d == "Moon Lovers: Scarlet Heart Ryeo"),
            "{got:?}"
        );
    }

    #[test]
    fn a_quote_with_a_known_drama_and_a_singer_beside_it_is_theirs() {
        let text = "추천 좀\n\n나는 해를 품은 달 한설 ‘유리 정원’ 원탑이라고 생각함.\n\n\
                    미스터 션샤인 민아린 「새벽 편지」… 암튼 최고\n";
        assert_eq!(
            kept(text),
            [
                rec("해를 품은 달", "유리 정원", "한설"),
                rec("미스터 션샤인", "새벽 편지", "민아린"),
            ]
        );
        // A word between the drama and the name, or no name beside the quote: no credit.
        let r = read(
            "나는 해를 품은 달 보면서 ‘유리 정원’ 들었음.\n",
            &Tables::builtin(),
        );
        assert!(r.songs.iter().all(|s| s.rule != "ko.drama_singer_quote"));
    }

    #[test]
    fn a_seasons_heading_a_listicles_count_and_a_photo_caption_keep_the_articles_drama() {
        // `Season 1 (2020)` heads a part of the drama the page is about, no title.
        let text = "Hospital Playlist guide\n\nHospital Playlist is a 2020 tvN drama with a band in it.\n\n\
                    **Season 1 (2020)**\n\n* Glass Road — Han Sol\n\n* Low Tide — Kim Na-ra\n\n\
                    **Season 2 (2021)**\n\n* Paper Moon — Lee Dan\n";
        let got = kept(text);
        assert_eq!(got.len(), 3, "{got:?}");
        assert!(
            got.iter().all(|(d, _, _)| d == "Hospital Playlist"),
            "{got:?}"
        );
        // `7 Goblin OST Songs`: the count is no part of the title; a photo's caption
        // naming a chart's awards starts no chart.
        let text =
            "# 7 Goblin OST Songs That Still Hurt\n\nSeven years on, the songs still hit.\n\n\
                    → Glass Road — Han Sol\nThe one on the beach.\n\n\
                    [Image: Han Sol at the 2017 Gaon Chart Music Awards / Getty]\n\n\
                    → Low Tide — Kim Na-ra\nThe finale.\n\n→ Paper Moon — Lee Dan\nSoft.\n";
        let got = kept(text);
        assert_eq!(got.len(), 3, "{got:?}");
        assert!(got.iter().all(|(d, _, _)| d == "Goblin"), "{got:?}");
    }

    #[test]
    fn a_mention_that_took_in_an_opening_or_a_year_is_the_known_title() {
        for text in [
            "In 2016 Descendants of the Sun, a hit drama, gave us “Glass Road” by Han Sol.\n",
            "Han Sol sang “Glass Road” for Descendants of the Sun in 2016, a hit drama.\n",
        ] {
            let got = kept(text);
            assert_eq!(
                got,
                [rec("Descendants of the Sun", "Glass Road", "Han Sol")],
                "{text}"
            );
        }
    }

    #[test]
    fn a_works_heading_with_its_year_heads_no_singers_section() {
        // A singer's page: her EP's name with its year heads no section of her songs.
        let text = "Han Sol\n\nHan Sol is a singer. She sang for many dramas.\n\n\
                    Extended plays\nI (2015)\n\nSoundtrack appearances\n\
                    2008: \"Glass Road\" – Secret Garden\n2010: \"Low Tide\" – Hotel Del Luna\n\
                    2012: \"Paper Moon\" – Descendants of the Sun\n";
        let got = kept(text);
        assert!(!got.is_empty(), "{got:?}");
        assert!(
            got.iter().all(|(_, _, a)| a != "I (2015)" && a != "I"),
            "{got:?}"
        );
    }

    #[test]
    fn a_genres_name_is_no_singer() {
        let text = "Winter Harbor (KBS, 2016) had a strong soundtrack. Han Sol, the R&B singer who debuted in 2003, sang “Glass Road” for it.\n";
        let got = kept(text);
        assert!(got.iter().all(|(_, _, a)| a != "R&B"), "{got:?}");
        assert!(!evidence::not_a_name("Han Sol") && evidence::not_a_name("K-pop"));
    }

    #[test]
    fn a_pictograph_led_item_keeps_its_paragraph_under_it() {
        let text = "rainy day playlist\n\nit has been raining for days. this one is all slow drama songs.\n\n\
                    🎧 Glass Road — Han Sol\nfrom Secret Garden. the whole drama is about kindness.\n\n\
                    🎧 Low Tide — Kim Na-ra\nfrom Hotel Del Luna. a remake, but i love it.\n\n\
                    🎧 Paper Moon — Lee Dan\nfrom Descendants of the Sun. legally required.\n";
        assert_eq!(
            kept(text),
            [
                rec("Secret Garden", "Glass Road", "Han Sol"),
                rec("Hotel Del Luna", "Low Tide", "Kim Na-ra"),
                rec("Descendants of the Sun", "Paper Moon", "Lee Dan"),
            ]
        );
    }

    #[test]
    fn a_bare_titles_hangul_name_stands_between_it_and_its_credit() {
        assert_eq!(
            kept("For me it's Glass Road (유리 길) by Han Sol from Secret Garden. I'm gone.\n"),
            [rec("Secret Garden", "Glass Road", "Han Sol")]
        );
    }

    #[test]
    fn two_groups_members_credited_with_their_groups_are_both_the_credit() {
        for (text, want) in [
            (
                "The drama Salt Kingdom gave us “Bright Days” — NORTHWIND’s Bae Jin-woo and LUMINA’s Kim Na-ra.",
                "NORTHWIND’s Bae Jin-woo and LUMINA’s Kim Na-ra",
            ),
            (
                "The drama Salt Kingdom gave us “Bright Days” by NORTHWIND's Bae Jin-woo and LUMINA's Kim Na-ra.",
                "NORTHWIND's Bae Jin-woo and LUMINA's Kim Na-ra",
            ),
        ] {
            assert_credits(text, &[("Bright Days", want)]);
        }
        // A possessive that owns the next song is no second member of the credit.
        assert_credits(
            "The drama Salt Kingdom gave us “Bright Days” by Bae Jin-woo and LUMINA’s “Paper Kite”.",
            &[("Bright Days", "Bae Jin-woo"), ("Paper Kite", "LUMINA")],
        );
    }

    #[test]
    fn text_copied_from_a_page_reads_the_same_across_its_odd_spaces() {
        // No-break and thin spaces between words, a zero-width space inside a name.
        let plain = "## Winter Harbor OST\n1. Mira Dove – Glass Door\n2. Jo Hana – Salt Road\n";
        let odd = "##\u{a0}Winter\u{a0}Harbor OST\n1.\u{a0}Mira\u{2009}Dove\u{a0}– Glass\u{a0}Door\n2. Jo Ha\u{200b}na –\u{202f}Salt Road\n";
        assert_eq!(kept(odd), kept(plain));
        assert_eq!(kept(plain).len(), 2, "{:?}", kept(plain));
    }

    #[test]
    fn markdown_bold_around_a_title_or_a_name_is_no_part_of_it() {
        let plain = "## Winter Harbor OST\n1. “Glass Door” – Mira Dove\nMy favourite is “Salt Road” by Jo Hana, the second part.\n";
        let bold = "## Winter Harbor OST\n1. **“Glass Door”** – __Mira Dove__\nMy favourite is *“Salt Road”* by **Jo Hana**, the second part.\n";
        assert_eq!(kept(bold), kept(plain));
        assert_eq!(kept(plain).len(), 2, "{:?}", kept(plain));
    }

    #[test]
    fn a_bare_title_after_drama_goes_on_past_its_small_words() {
        for (text, drama) in [
            (
                "ENA's drama Love Song for the Lost Dog aired its fifth episode.\n",
                "Love Song for the Lost Dog",
            ),
            (
                "The drama Salt Road of the North ended.\n",
                "Salt Road of the North",
            ),
            // A lowercase word after them is the sentence's; a known title ends itself.
            (
                "The drama Salt Road for the first time topped the chart.\n",
                "Salt Road",
            ),
            ("The drama Goblin with Kim Ha-na is a classic.\n", "Goblin"),
        ] {
            assert_eq!(named_by(text, &["drama.cue"]), [drama], "{text}");
        }
    }

    #[test]
    fn an_apposition_or_a_bracket_that_calls_a_name_a_show_names_a_drama() {
        for text in [
            "Salt Road, the new tvN series, is getting an album.\n\n“Glass Door” – Mira Dove\n“Night Bus” – Jo Hana\n",
            "Salt Road, a 2021 romance starring Kim Ha-na, gave us two songs: “Glass Door” by Mira Dove and “Night Bus” by Jo Hana.\n",
            "Salt Road (the drama) — the thriller everyone watched. Its OST:\n• Glass Door – Kim Mi-ra\n• Night Bus – Jo Hana\n",
            "Salt Road (K-drama, 2021) has “Glass Door” by Mira Dove and “Night Bus” by Jo Hana.\n",
            "Salt Road, starring Park Bo-gum, released “Glass Door” by Mira Dove and “Night Bus” by Jo Hana.\n",
        ] {
            let got = kept(text);
            assert_eq!(got.len(), 2, "{text}: {got:?}");
            assert!(got.iter().all(|(d, _, _)| d == "Salt Road"), "{text}: {got:?}");
        }
        // An adverb before the show's word, an apposition whose show is another, a
        // person's apposition, a song's bracket: none names a drama.
        for text in [
            "Finally, the series gave us “Glass Door” by Mira Dove.\n",
            "Mira Dove, the star of the series, sings “Glass Door”.\n",
            "Me to You, the playlist made the drama stand out with “Glass Door” by Mira Dove.\n",
            "Glass Door (the song) by Mira Dove is lovely.\n",
            "“Glass Door”, the drama's theme song, is lovely.\n",
        ] {
            let named = named_by(text, &["drama.apposition", "drama.kind_bracket"]);
            assert!(named.is_empty(), "{text}: {named:?}");
        }
    }

    #[test]
    fn a_known_drama_that_is_also_a_singers_name_is_the_drama_after_its_cue() {
        let mut t = Tables::builtin();
        t.add_aliases(
            "kind,alias,canonical\ndrama,Lumenfall,Lumenfall\ngroup,Lumenfall,Lumenfall\n",
        )
        .unwrap();
        assert!(t.knows_performer("Lumenfall"));
        let text = "“Glass Door” by Mira Dove was written for the drama Lumenfall, and it shows.\n";
        let r = read(text, &t);
        let got: Vec<_> = r
            .kept()
            .map(|s| (s.track.as_str(), s.drama.as_deref()))
            .collect();
        assert_eq!(got, [("Glass Door", Some("Lumenfall"))]);
        // Songs a sentence says are no soundtrack's stay out, whatever the drama near.
        let text = "Jo Hana sang “Glass Door” for the drama Lumenfall. She also put out “Abyss” and “Tuna”, neither of which is a soundtrack song.\n";
        let r = read(text, &t);
        let got: Vec<_> = r.kept().map(|s| s.track.as_str()).collect();
        assert_eq!(got, ["Glass Door"]);
    }

    #[test]
    fn a_sentences_subject_doing_things_with_its_songs_is_a_drama() {
        for text in [
            "Meanwhile, Paper Meadow kept us hooked with songs like Glass Door by Mira Dove.\n",
            "Salt Harbor opened the year quietly with “Glass Door”, sung by Mira Dove, a song so soft you could miss it.\n",
            "Queen of the Night Orchard has a criminally underrated OST. 'Glass Door' by Mira Dove is its best.\n",
        ] {
            let named = named_by(text, &["drama.subject"]);
            assert_eq!(named.len(), 1, "{text}: {named:?}");
            let got = kept(text);
            assert!(
                got.iter().any(|(d, t, _)| *d == named[0] && t == "Glass Door"),
                "{text}: {got:?}"
            );
        }
        // Persons, a pair of names, a known title, a clause, a part of an album, a
        // country's shows, a copula's subject, a noun after the name: none.
        for text in [
            "Kim Ha-na kept us hooked with songs like “Glass Door”.\n",
            // A given name and a Korean surname, however Western the given name.
            "Janet Park gave the album two songs, “Glass Door” and “Low Tide”.\n",
            "Mira Dove and Jo Hana gave us the duet “Glass Door”, a song for the ages.\n",
            "Where Salt Harbor gave us the duet “Glass Door”, the sequel chose songs by others.\n",
            "Disc 1 gathers all eight vocal songs, including “Glass Door”.\n",
            "Korean TV has been mining webtoons, and the soundtracks followed.\n",
            "Glass Door is so underrated as an actual song.\n",
            "The Salt Harbor opening song stuck in my head for a week.\n",
        ] {
            let named = named_by(text, &["drama.subject"]);
            assert!(named.is_empty(), "{text}: {named:?}");
        }
    }

    #[test]
    fn a_quote_credited_by_a_dash_is_a_song_though_a_drama_bears_its_title() {
        let t = knowing(&[("Lanterns", "Lanterns")]);
        let r = read(
            "“Lanterns” – Mira Dove | “Tide” – Jo Hana for Salt Road\n",
            &t,
        );
        let got: Vec<_> = r
            .kept()
            .map(|s| (s.track.as_str(), s.drama.as_deref()))
            .collect();
        assert_eq!(
            got,
            [("Lanterns", Some("Salt Road")), ("Tide", Some("Salt Road"))]
        );
        // Without a credit after it, the quote names the drama, no song.
        let r = read("“Lanterns” gave us “Tide” by Jo Hana.\n", &t);
        assert!(
            r.songs.iter().all(|s| s.track != "Lanterns"),
            "{:?}",
            candidates(&r)
        );
        assert!(
            r.dramas.iter().any(|d| d.name == "Lanterns"),
            "{:?}",
            r.dramas
        );
    }

    #[test]
    fn an_actors_show_is_no_song_and_a_for_name_ends_before_a_singer() {
        let r = read("Next up was Kim Ha-na's revenge drama Salt Harbor. Tracks like Jo Hana's Glass Door carried it.\n", &Tables::builtin());
        assert!(
            r.songs.iter().all(|s| s.track != "Salt Harbor"),
            "{:?}",
            candidates(&r)
        );
        assert!(
            r.dramas.iter().any(|d| d.name == "Salt Harbor"),
            "{:?}",
            r.dramas
        );
        // `A's drama OST “T”` is still a song.
        let got = kept("It is Jo Hana's drama OST “Glass Door” for Salt Harbor that stays.\n");
        assert_eq!(got, [rec("Salt Harbor", "Glass Door", "Jo Hana")]);
        // `for D to B singing …`: the drama ends before the singer.
        let r = read("From V breaking records with his track Night Bus for Salt Harbor to Red Velvet singing the bubbly Future for Quiet Orchard.\n", &Tables::builtin());
        let named: Vec<_> = r.dramas.iter().map(|d| d.name.as_str()).collect();
        assert!(
            named.contains(&"Salt Harbor") && named.contains(&"Quiet Orchard"),
            "{named:?}"
        );
    }

    #[test]
    fn a_generic_heading_keeps_the_section_drama() {
        let got = kept("## 2. Winter Harbor (2019)\nA quiet show with a loud soundtrack.\n### Track list\n1. “Glass Door” – Park Ha-eun\n2. “Salt Road” – Kim Do-yoon\n");
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got.iter().all(|(d, _, _)| d == "Winter Harbor"), "{got:?}");
    }

    #[test]
    fn a_dash_credits_any_name_and_for_names_the_drama_of_the_line() {
        // Unknown one-word names after a dash are the credits, one item after another.
        let got = kept("“Paper Moon” – Giseon | “Salt Road” – Yeonu for Winter Harbor\n");
        assert_eq!(
            got,
            [
                rec("Winter Harbor", "Paper Moon", "Giseon"),
                rec("Winter Harbor", "Salt Road", "Yeonu")
            ]
        );
        // A known title that is also a word (`Start-Up`) is the drama after `for`.
        let got =
            kept("## Winter Harbor\n“Lanterns” – Mira Dove | “Tide” – Jo Hana for Start-Up\n");
        assert!(got.iter().all(|(d, _, _)| d == "Start-Up"), "{got:?}");
    }

    #[test]
    fn a_known_title_that_is_a_word_opening_a_sentence_about_a_song_is_the_show() {
        let t = knowing(&[("Lantern", "Lantern"), ("Last", "Last")]);
        let got = |text: &str| -> Vec<_> {
            read(text, &t)
                .kept()
                .map(|s| rec(s.drama.as_deref().unwrap_or(""), &s.track, &s.artists))
                .collect()
        };
        for text in [
            "Winter Harbor leaned on “Glass Door” by Park Ha-eun. Lantern, by contrast, saved “Salt Road” by Jo Ha-na for its finale.\n",
            "Winter Harbor leaned on “Glass Door” by Park Ha-eun. Lantern saved “Salt Road” by Jo Ha-na for its finale.\n",
        ] {
            let r = read(text, &t);
            let d: Vec<_> = r.dramas.iter().map(|d| (d.name.as_str(), d.strength)).collect();
            assert!(d.contains(&("Lantern", 0.6)), "{d:?}");
            assert!(got(text).contains(&rec("Lantern", "Salt Road", "Jo Ha-na")), "{text}");
        }
        // A word that opens the sentence with no verb after it (`Last week`) stays a word.
        let text = "Winter Harbor leaned on “Glass Door” by Park Ha-eun. Last week saw “Salt Road” by Jo Ha-na top the chart.\n";
        let r = read(text, &t);
        assert!(
            r.dramas
                .iter()
                .all(|d| d.name != "Last" || d.strength < 0.6),
            "{:?}",
            r.dramas
        );
    }

    #[test]
    fn a_word_that_is_also_a_title_or_a_contents_line_names_no_section() {
        // `Last` is a known title; in a stamp it is the word.
        let got =
            kept("## Winter Harbor OST\nLast updated 3 days ago\n- “Paper Moon” – Mira Dove\n");
        assert_eq!(got, [rec("Winter Harbor", "Paper Moon", "Mira Dove")]);
        // A wiki's contents: `4 Original soundtrack` is a section's name, not a drama's.
        let wiki = "Winter Harbor is a 2021 South Korean television series.\n1 Synopsis\n2 Original soundtrack\n3 Ratings\n## Part 1\nNo. | Title | Artist\n1. “Glass Door” | Park Ha-eun\n";
        assert_eq!(
            kept(wiki),
            [rec("Winter Harbor", "Glass Door", "Park Ha-eun")]
        );
    }

    #[test]
    fn a_title_that_is_also_a_word_names_the_drama_when_it_comes_back() {
        // `Goblin` once is a word (0.4); named again, it is the article's subject.
        let text = "Goblin vs. Moon Tide: Which Drama Has the Better Soundtrack?\n\nGoblin has Mira Dove's “Paper Moon” and Jo Hana's “Salt Road.”\n";
        let got = kept(text);
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got.iter().all(|(d, _, _)| d == "Goblin"), "{got:?}");
    }

    #[test]
    fn a_singing_verb_presents_its_object_as_the_subjects_song() {
        for line in [
            "Mira Dove delivered the acoustic “Paper Moon.”",
            "Mira Dove lent her voice to “Paper Moon,” the third part.",
            "Mira Dove crooned “Paper Moon” in the finale.",
        ] {
            let r = read(&format!("## Moon Tide OST\n{line}\n"), &Tables::builtin());
            let s = r
                .songs
                .iter()
                .find(|s| s.track.starts_with("Paper Moon"))
                .unwrap();
            assert_eq!(
                (s.artists.as_str(), s.credit_tie),
                ("Mira Dove", "verb"),
                "{line}"
            );
        }
    }

    #[test]
    fn a_clauses_words_after_the_verb_are_no_singer() {
        // `부른 바 있다` (has sung), `불러 다시 한 번` (sang, once again): no names.
        for line in [
            "김하늘은 드라마 ‘겨울 항구’ OST ‘유리문’을 부른 바 있으며 이번에 새 곡을 냈다.",
            "드라마 ‘겨울 항구’ OST ‘유리문’을 불러 다시 한 번 화제가 됐다.",
        ] {
            let got = kept(&format!("{line}\n"));
            assert!(
                got.iter().all(|(_, _, a)| a != "바" && a != "다시"),
                "{line}: {got:?}"
            );
        }
    }

    #[test]
    fn a_featuring_credit_owns_its_song_whole() {
        let got =
            kept("드라마 ‘겨울 항구’ OST 중에서는 김하늘 feat. 박서준의 ‘유리문’도 사랑받았다.\n");
        assert_eq!(
            got,
            [rec("겨울 항구", "유리문", "김하늘 feat. 박서준")],
            "{got:?}"
        );
    }

    #[test]
    fn the_next_sentence_credits_by_name_after_by() {
        let s = credit_of(
            "## Winter Harbor OST\nThe fourth part is “Salt Road.” It is sung by Kim Do-yoon.\n",
            "Salt Road",
        );
        assert_eq!(
            (s.artists.as_str(), s.credit_tie),
            ("Kim Do-yoon", "next_sentence")
        );
    }

    #[test]
    fn the_next_paragraph_or_a_sung_verb_with_it_credits_the_song() {
        let credit = |text: &str, html: bool| {
            let r = read_text(text, &Tables::builtin(), html);
            let s = r.songs.iter().find(|s| s.track.starts_with("Salt Road"));
            s.map(|s| (s.artists.clone(), s.credit_tie)).unwrap()
        };
        let html = "<h2>Winter Harbor OST</h2><p>Part 2, “Salt Road,” came out on March 2.</p><p>The song was performed by the band Glass Ferry, who wrote it too.</p>";
        assert_eq!(
            credit(&crate::html::to_text(html), true),
            ("Glass Ferry".to_string(), "next_sentence")
        );
        for text in [
            "## Winter Harbor OST\nPart 2, “Salt Road,” set the tone. Kim Do-yoon delivered it with restraint.\n",
            "## Winter Harbor OST\nPart 2, “Salt Road,” set the tone.\n\nIt is sung by soloist Kim Do-yoon.\n",
            // The singer's earlier song after the name leaves the credit to the song.
            "## Winter Harbor OST\nPart 2, “Salt Road,” set the tone. It is sung by Kim Do-yoon, who debuted with “Glass Door” in 2019.\n",
        ] {
            assert_eq!(
                credit(text, false),
                ("Kim Do-yoon".to_string(), "next_sentence"),
                "{text}"
            );
        }
        // A next paragraph about something else, a heading, or a composer is no credit.
        for text in [
            "## Winter Harbor OST\nPart 2, “Salt Road,” set the tone.\n\nKim Do-yoon directed the drama.\n",
            "## Winter Harbor OST\nPart 2, “Salt Road,” set the tone.\n## It is sung by Kim Do-yoon\n",
            "## Winter Harbor OST\nPart 2, “Salt Road,” set the tone. It was composed by Kim Do-yoon.\n",
            // Another song before the name takes the credit.
            "## Winter Harbor OST\nPart 2, “Salt Road,” set the tone. Like “Glass Door,” the song is sung by Kim Do-yoon.\n",
        ] {
            assert_eq!(credit(text, false), (String::new(), ""), "{text}");
        }
    }

    #[test]
    fn drama_song_pairs_in_quotes_share_their_shape_and_credits() {
        // One pair names a known drama; the others have its shape. A credit after the last
        // quote of a list is the list's; `‘D-T’의 A` is A's song.
        let got = kept("순위에는 ‘도깨비-유리문’, ‘달의 바다-소금길’을 부른 김하늘(7%), ‘바람의 집-등불’의 박서준(5%)이 이름을 올렸다.\n");
        assert_eq!(
            got,
            [
                rec("도깨비", "유리문", "김하늘"),
                rec("달의 바다", "소금길", "김하늘"),
                rec("바람의 집", "등불", "박서준")
            ]
        );
        // No known drama: three quotes of the shape, or two in a line about dramas.
        let got = kept("순위에는 ‘은빛 항구-유리문’, ‘푸른 등대-소금길’을 부른 김하늘(7%), ‘작은 정원-등불’의 박서준(5%)이 이름을 올렸다.\n");
        assert_eq!(
            got,
            [
                rec("은빛 항구", "유리문", "김하늘"),
                rec("푸른 등대", "소금길", "김하늘"),
                rec("작은 정원", "등불", "박서준")
            ]
        );
        let got =
            kept("드라마 ‘은빛 항구-유리문’, ‘푸른 등대-소금길’을 부른 김하늘이 1위에 올랐다.\n");
        assert_eq!(
            got,
            [
                rec("은빛 항구", "유리문", "김하늘"),
                rec("푸른 등대", "소금길", "김하늘")
            ]
        );
        // A singer before the hyphen makes them credits (`‘A(G)-T’`) under the line's drama.
        let got = kept("‘은빛 항구’ OST 앨범에는 ‘소연(라붐)-유리문’, ‘김하늘-소금길’, ‘박서준-등불’이 실렸다.\n");
        assert!(got.iter().all(|r| r.0 == "은빛 항구"), "{got:?}");
    }

    #[test]
    fn a_quoted_name_after_for_after_a_quoted_title_is_its_drama() {
        let got = kept("Mira Dove recorded “Paper Moon” for “Harbor Nights” in 2016.\n");
        assert_eq!(got, [rec("Harbor Nights", "Paper Moon", "Mira Dove")]);
        // After `from` too, over the section's drama.
        let text = "## Winter Letters OST\n\nThe long-awaited “Paper Moon” from “Harbor Nights” finally came out with Kim Ha-na on vocals.\n";
        assert_eq!(
            kept(text),
            [rec("Harbor Nights", "Paper Moon", "Kim Ha-na")]
        );
        assert_mention(text, "Harbor Nights", "drama.for");
    }

    #[test]
    fn a_drama_its_paragraph_names_with_a_cue_is_nearer_than_the_sections() {
        let text = "## 겨울 항구 OST\n‘유리문’은 김하늘이 불렀다.\n두 사람은 드라마 ‘달의 바다’ 때부터 함께했다. 박서준은 ‘소금길’을 불렀다.\n";
        let got = kept(text);
        assert!(
            got.contains(&rec("달의 바다", "소금길", "박서준")),
            "{got:?}"
        );
    }

    #[test]
    fn a_known_title_inside_a_longer_quote_is_a_word_of_it() {
        // `City Hall` is a known drama; here it is part of a song's title.
        let r = read(
            "“In Front of the City Hall at Night” – Mira Dove for Winter Harbor\n",
            &Tables::builtin(),
        );
        assert!(
            r.dramas.iter().all(|d| d.name != "City Hall"),
            "{:?}",
            r.dramas
        );
    }

    #[test]
    fn a_title_ends_where_the_next_credit_names_a_groups_member() {
        let got = kept("## Winter Harbor OST\nTracks like Mira Dove's Paper Moon and NOVA9 singer Jun's Salt Road shaped it.\n");
        assert!(
            got.contains(&rec("Winter Harbor", "Paper Moon", "Mira Dove")),
            "{got:?}"
        );
        assert!(
            got.iter()
                .any(|(_, t, a)| t == "Salt Road" && a.contains("Jun")),
            "{got:?}"
        );
    }

    #[test]
    fn a_subheading_under_a_song_names_its_drama() {
        let text = "## Songs of the decade\n## 13. “Paper Moon” – Mira Dove\n## Winter Harbor (KBS2, 2016)\nA duet to remember.\n## 12. “Salt Road” – Jo Hana\n## Harbor Nights (tvN, 2017)\nAnother one.\n";
        assert_eq!(
            kept(text),
            [
                rec("Winter Harbor", "Paper Moon", "Mira Dove"),
                rec("Harbor Nights", "Salt Road", "Jo Hana")
            ]
        );
    }

    #[test]
    fn a_charts_songs_take_no_sections_drama() {
        let text = "## Winter Harbor OST climbs the charts\n“Paper Moon” by Mira Dove is the drama's first part.\n## MELON TOP 5 (April 2)\n1. Paper Moon – Mira Dove\n2. Salt Road – Jo Hana\n";
        let got = kept(text);
        assert!(
            got.contains(&rec("Winter Harbor", "Paper Moon", "Mira Dove")),
            "{got:?}"
        );
        assert!(got.iter().all(|(_, t, _)| t != "Salt Road"), "{got:?}");
        // A store's link is no chart.
        assert!(!super::tie::chart_heading(
            "Melon : https://www.melon.com/album/1"
        ));
    }

    #[test]
    fn an_answer_in_the_first_person_is_the_interviewees() {
        let text = "[INTERVIEW] Mira Dove\n\nQ: Which song are fans asking about?\n\nA: I sang “Paper Moon” for Winter Harbor in 2014.\n";
        let s = credit_of(text, "Paper Moon");
        assert_eq!(
            (s.artists.as_str(), s.credit_tie),
            ("Mira Dove", "first_person")
        );
        // Outside an answer, `I` is the writer.
        let r = read(
            "## Mira Dove\nI loved “Paper Moon” from Winter Harbor.\n",
            &Tables::builtin(),
        );
        assert!(r.songs.iter().all(|s| s.credit_tie != "first_person"));
        // A question in the second person asks about the interviewee's song; the
        // question's label is no singer, nor is the page's section link or kicker.
        let text = "MUSIC | INTERVIEW\n\nHan Ji-woo: \"I sing the person watching.\"\n\nQ: Your new song “Paper Moon” is for Winter Harbor. How did it start?\n";
        let s = credit_of(text, "Paper Moon");
        assert_eq!(
            (s.artists.as_str(), s.credit_tie),
            ("Han Ji-woo", "second_person")
        );
        for (text, label) in [
            (
                "Q: The song “Paper Moon” is for Winter Harbor. How did it start?\n",
                "Q",
            ),
            (
                "KDW: Fans think “Paper Moon” is also an OST of Winter Harbor.\n",
                "KDW",
            ),
        ] {
            assert_ne!(credit_of(text, "Paper Moon").artists, label);
        }
    }

    #[test]
    fn label_lines_make_one_item() {
        let got = kept("Drama: Winter Harbor\nArtist: Park Ha-eun\nSong: Glass Door\n\nDrama: Moon Tide\nArtist: Kim Do-yoon\nSong: Salt Road\n");
        assert_eq!(
            got,
            [
                rec("Winter Harbor", "Glass Door", "Park Ha-eun"),
                rec("Moon Tide", "Salt Road", "Kim Do-yoon")
            ]
        );
        // A spaced dash after a role's label is its colon, and `Performed by` is one
        // label; a byline's label with a dash labels nothing.
        let got = kept("## Winter Harbor\nSeries — Winter Harbor (2012)\nPerformed by — Park Ha-eun\nTrack — Glass Door\nA gentle ballad, with a piano that carries the finale.\n## Moon Tide\nSeries – Moon Tide\nSung by – Kim Do-yoon\nTrack – Salt Road\nPosted — May 3\n");
        assert_eq!(
            got,
            [
                rec("Winter Harbor", "Glass Door", "Park Ha-eun"),
                rec("Moon Tide", "Salt Road", "Kim Do-yoon")
            ]
        );
    }

    #[test]
    fn a_title_over_a_credit_label_is_an_item_without_a_number() {
        let text = "## Glass Door\nArtist: Park Ha-eun | Drama: Winter Harbor\nA gentle ballad for the leads, and the piano in it is the best part.\n## Salt Road\nSinger: Kim Do-yoon | Drama: Moon Tide\nA louder song for the chase.\n";
        assert_eq!(
            kept(text),
            [
                rec("Winter Harbor", "Glass Door", "Park Ha-eun"),
                rec("Moon Tide", "Salt Road", "Kim Do-yoon")
            ]
        );
        // A part tag before the title is no part of it.
        let got = kept("드라마 ‘겨울 항구’ OST 정리\n[Part 1] 유리문\n노래: 박하은\n작사: 김하나\n[Part 2] 소금길\n노래: 김도윤\n");
        let titles: Vec<&str> = got.iter().map(|(_, t, _)| t.as_str()).collect();
        assert_eq!(titles, ["유리문", "소금길"], "{got:?}");
    }

    #[test]
    fn label_items_do_not_reach_over_a_paragraph() {
        let got = kept("Singer: Kim Do-yoon | Drama: Moon Tide\nThe third part came out in May and topped the charts for a week.\nSong: Glass Door\nVocals: Park Ha-eun\nDrama: Winter Harbor\n");
        assert_eq!(got, [rec("Winter Harbor", "Glass Door", "Park Ha-eun")]);
    }

    #[test]
    fn a_drama_label_names_its_first_title() {
        let got =
            mentions("Drama: Winter Harbor (English title) / Gyeoul Hanggu (literal title)\n");
        assert!(
            got.iter()
                .any(|(n, c, _)| n == "Winter Harbor" && *c == "drama.label"),
            "{got:?}"
        );
        // A mail's sender is no drama's label.
        assert_no_mention(
            "From: The Harbor Letter <hello@harbor.example>\n",
            "drama.label",
        );
    }

    #[test]
    fn a_numbered_note_is_no_section_heading() {
        let text = "# Winter Harbor\nDrama: Winter Harbor\n## Notes\n1. This is her first drama since Moon Tide (2022), and her first with the director.\n## Part 1. Glass Door\nSinger: Park Ha-eun\n## Part 2. Salt Road\nSinger: Kim Do-yoon\n";
        let got = kept(text);
        assert!(
            !got.is_empty() && got.iter().all(|(d, _, _)| d == "Winter Harbor"),
            "{got:?}"
        );
    }

    #[test]
    fn the_last_item_keeps_its_section_over_the_next_heading() {
        let text = "Winter Harbor (2019)\n• “Glass Door” — Park Ha-eun\n• “Salt Road” — Kim Do-yoon\nThe last one is sung by the lead actor himself, a karaoke staple for years.\n\nSilver Harbor (2021)\n• “Night Bus” — Lee Seo-yun\n";
        let got = kept(text);
        assert_eq!(
            got,
            [
                rec("Winter Harbor", "Glass Door", "Park Ha-eun"),
                rec("Winter Harbor", "Salt Road", "Kim Do-yoon"),
                rec("Silver Harbor", "Night Bus", "Lee Seo-yun")
            ]
        );
    }

    #[test]
    fn a_known_title_after_a_possessive_is_the_owners_drama_no_song() {
        let t = knowing(&[("Winter Harbor", "Winter Harbor")]);
        for text in [
            "Park Ha-eun's Winter Harbor OST is out.\n",
            "Park Ha-eun's Winter Harbor made him a star, and the song was a hit.\n",
        ] {
            let r = read(text, &t);
            assert!(
                r.songs.iter().all(|s| s.track != "Winter Harbor"),
                "{text}: {:?}",
                candidates(&r)
            );
        }
        // A title's own possessive before `OST` is the drama's name.
        assert_mention(
            "It came out as The Pharmacist's Garden OST Part 4.\n",
            "The Pharmacist's Garden",
            "drama.ost",
        );
        // A person's possessive is not.
        let got = mentions("Then came Park Ha-eun's Salt Road OST.\n");
        assert!(got.iter().all(|(n, _, _)| !n.contains("Park")), "{got:?}");
    }

    #[test]
    fn a_drama_named_after_the_song_on_its_line_ties_without_a_section() {
        let text = "Comments\n1.4k\nShare\nGlass Door by Park Ha-eun. Winter Harbor OST was my first drama and this song is nostalgia.\nReply\nShare\nSave\nMore\nSalt Road by Kim Do-yoon. Silver Harbor OST is the one I replay.\n";
        let r = read(text, &Tables::builtin());
        let got: Vec<_> = candidates(&r).into_iter().map(|(t, _, d)| (t, d)).collect();
        assert_eq!(
            got,
            [
                ("Glass Door", Some("Winter Harbor")),
                ("Salt Road", Some("Silver Harbor"))
            ]
        );
    }

    #[test]
    fn a_korean_topic_credits_the_quote_after_it() {
        let got = kept("드라마 ‘겨울 항구’ OST 라인업이 공개됐다. 김하늘은 ‘유리문’을, 박서준은 ‘소금길’을 불렀다.\n");
        let credits: Vec<&str> = got.iter().map(|(_, _, a)| a.as_str()).collect();
        assert_eq!(credits, ["김하늘", "박서준"], "{got:?}");
    }

    #[test]
    fn html_blocks_are_never_joined_as_hard_wraps() {
        let text = crate::html::to_text(
            "<p>“Glass Door” – Park Ha-eun for Winter Harbor</p><p>more about the show</p>",
        );
        let r = read_text(&text, &Tables::builtin(), true);
        assert_eq!(r.lines.len(), 2);
        let s = r.kept().next().unwrap();
        assert_eq!(s.drama.as_deref(), Some("Winter Harbor"));
        // In plain text a line that goes on in lowercase mid-sentence is hard-wrapped;
        // blocks of a page never are.
        let wrapped = "Park Ha-eun sang “Glass Door” for the\ndrama Winter Harbor.\n";
        assert_eq!(read(wrapped, &Tables::builtin()).lines.len(), 1);
        let page = crate::html::to_text(
            "<p>Park Ha-eun sang “Glass Door” for the</p><p>drama Winter Harbor.</p>",
        );
        assert_eq!(read_text(&page, &Tables::builtin(), true).lines.len(), 2);
    }

    #[test]
    fn a_song_whose_drama_is_never_named_is_dropped_with_a_reason() {
        let r = read(
            "Ivy Lane’s “Night Rain” is my favourite song of the year.\n",
            &Tables::builtin(),
        );
        assert!(r.kept().next().is_none());
        assert_eq!(r.songs[0].dropped, Some("no drama"));
    }

    fn mentions(text: &str) -> Vec<(String, &'static str, f32)> {
        read(text, &Tables::builtin())
            .dramas
            .into_iter()
            .map(|d| (d.name, d.cue, d.strength))
            .collect()
    }

    /// Asserts that `text` has no drama mention by `cue`.
    fn assert_no_mention(text: &str, cue: &str) {
        let got = mentions(text);
        assert!(got.iter().all(|(_, c, _)| *c != cue), "{text}: {got:?}");
    }

    #[test]
    fn a_streaming_list_s_rows_name_the_drama_of_their_album() {
        // `T · A · D, Pt. 1 (Original Television Soundtrack)`, on one line or with the
        // credits under the title: the album's part is no part of its drama.
        for rows in [
            "1. Glass Door · Park Ha-eun · Winter Harbour, Pt. 1 (Original Television Soundtrack) · 4:26\n\
             2. Tide · Kim Do-yun · Winter Harbour, Pt. 4 (Original Television Soundtrack) · 3:47\n",
            "1.  Glass Door\n    Park Ha-eun · Winter Harbour, Pt. 1 (Original Television Soundtrack) · 4:26\n\
             2.  Tide\n    Kim Do-yun · Winter Harbour, Pt. 4 (Original Television Soundtrack) · 3:47\n",
            "1.  Glass Door\nPark Ha-eun · Winter Harbour, Pt. 1 (Original Television Soundtrack) · 4:26\n\
             2.  Tide\nKim Do-yun · Winter Harbour, Pt. 4 (Original Television Soundtrack) · 3:47\n",
        ] {
            let text = format!("Playlist\n\n{rows}");
            assert_eq!(
                kept(&text),
                [
                    rec("Winter Harbour", "Glass Door", "Park Ha-eun"),
                    rec("Winter Harbour", "Tide", "Kim Do-yun")
                ],
                "{text}"
            );
        }
    }

    #[test]
    fn a_bracket_s_quoted_drama_ends_at_its_quote() {
        // The year or the word after a broadcaster's quoted title is no part of it.
        for (items, want) in [
            (
                "1위 유리문 - 박하은 (tvN '겨울 항구', 2016)\n2위 바람 - 김도윤 (KBS2 '푸른 등대', 2018)\n",
                [("겨울 항구", "유리문", "박하은"), ("푸른 등대", "바람", "김도윤")],
            ),
            (
                "1. 유리문 / 박하은 (드라마 '겨울 항구' 삽입곡)\n2. 바람 / 김도윤 (드라마 '푸른 등대' 삽입곡)\n",
                [("겨울 항구", "유리문", "박하은"), ("푸른 등대", "바람", "김도윤")],
            ),
            (
                "1. Glass Door – Park Ha-eun (JTBC ‘Winter Harbour’, 2020)\n2. Tide – Kim Do-yun (JTBC ‘Blue Lighthouse’, 2021)\n",
                [
                    ("Winter Harbour", "Glass Door", "Park Ha-eun"),
                    ("Blue Lighthouse", "Tide", "Kim Do-yun"),
                ],
            ),
        ] {
            let text = format!("OST 명곡\n{items}");
            let want: Vec<_> = want.iter().map(|&(d, t, a)| rec(d, t, a)).collect();
            assert_eq!(kept(&text), want, "{text}");
        }
    }

    #[test]
    fn a_from_bracket_names_a_work_not_a_range() {
        // `T by A (from D)` says where the song is from; `(From Good to Devastating)`
        // spans a ranking.
        assert_mention(
            "“Glass Door” by Park Ha-eun (from Winter Harbour)\n",
            "Winter Harbour",
            "drama.from_bracket",
        );
        for text in [
            "# Every Song on the OST, Ranked (From Good to Devastating)\n",
            "“Glass Door” by Park Ha-eun (from start to finish)\n",
        ] {
            assert_no_mention(text, "drama.from_bracket");
        }
    }

    #[test]
    fn a_known_title_a_singing_verb_takes_is_the_song() {
        // What a singer sang or contributed is a song, even when a drama bears its name.
        for text in [
            "Park Ha-eun contributed “Only You,” which ranked in the top 10.\n",
            "Park Ha-eun sang the mid-tempo ballad “Only You” over the finale.\n",
            "Park Ha-eun also recorded her first OST, “Only You”.\n",
        ] {
            let got = mentions(text);
            assert!(
                got.iter().all(|(n, _, _)| n != "Only You"),
                "{text}: {got:?}"
            );
            assert_eq!(credit_of(text, "Only You").artists, "Park Ha-eun", "{text}");
        }
        // Not so a title the verb does not take.
        for text in [
            "Park Ha-eun, who sang “Glass Door,” also starred in “Only You”.\n",
            "After Park Ha-eun sang “Glass Door”, “Only You” climbed in the ratings.\n",
        ] {
            assert_mention(text, "Only You", "drama.known");
        }
    }

    #[test]
    fn a_heading_title_keeps_its_own_comma_or_colon_before_its_bracket() {
        for (text, name, cue) in [
            (
                "10. Yes, Chef (Netflix)\n",
                "Yes, Chef",
                "drama.network_bracket",
            ),
            (
                "Summer, Then Autumn (tvN)\n",
                "Summer, Then Autumn",
                "drama.network_bracket",
            ),
            (
                "5 Keeper: The Lonely Lighthouse (2016–2017)\n",
                "Keeper: The Lonely Lighthouse",
                "drama.year",
            ),
        ] {
            assert_mention(text, name, cue);
        }
        // Words that are a show of their own, or a sentence's, stay apart.
        let got = mentions("Goblin, Signal (tvN)\n");
        assert!(got.iter().all(|(n, _, _)| !n.contains(',')), "{got:?}");
        let got = mentions("We watched Hello, My Neighbor (tvN) with friends.\n");
        assert!(got.iter().all(|(n, _, _)| !n.contains(',')), "{got:?}");
    }

    #[test]
    fn a_title_with_its_broadcaster_in_brackets_is_known_when_named_again() {
        let text = "WHAT I'M WATCHING\n\nDetective Oh: Last Call (tvN) — Two episodes in and I'm hooked.\n\nOST DROPS\n\n• Detective Oh: Last Call — two releases on the same day:\n   Part 1: \"Last Call\" — Kim Tae-rang\n   Part 2: \"Alibi\" — Seo Jun-ho\n";
        let got = kept(text);
        for want in [
            rec("Detective Oh: Last Call", "Last Call", "Kim Tae-rang"),
            rec("Detective Oh: Last Call", "Alibi", "Seo Jun-ho"),
        ] {
            assert!(got.contains(&want), "{want:?} in {got:?}");
        }
    }

    #[test]
    fn what_a_review_or_recap_is_of_is_a_show() {
        for text in [
            "2025-03-14 | Review: ‘The Tailor of Oksu’ Stitches Together a Quiet Triumph\n",
            "RECAP: “Paper Orchard” Ends on a Hopeful Note\n",
            "‘The Tailor of Oksu’ Recap: a quiet triumph\n",
        ] {
            let r = read(text, &Tables::builtin());
            assert!(
                r.dramas.iter().any(|d| d.cue == "drama.reviewed"),
                "{text}: {:?}",
                r.dramas
            );
        }
        // A quote after another label is none, nor a single's review.
        assert_no_mention("Listen: ‘Paper Orchard’ by Kim Ha-na\n", "drama.reviewed");
        assert_no_mention(
            "‘Paper Orchard’ Review: Kim Ha-na's best single\n",
            "drama.reviewed",
        );
    }

    #[test]
    fn a_korean_title_with_an_owned_song_word_is_a_name() {
        assert_mention(
            "MBC 금토드라마 ‘종이 학의 노래’ OST Part.2 ‘안부’가 공개됐다.\n",
            "종이 학의 노래",
            "drama.ost",
        );
        // `이 노래`, `OST 노래`: the song word after a determiner names no title.
        let got = mentions("‘이 노래’ OST가 좋다.\n");
        assert!(got.iter().all(|(n, _, _)| n != "이 노래"), "{got:?}");
    }

    #[test]
    fn a_forum_posts_bracketed_tag_names_its_show() {
        assert_mention(
            "[Summer Harbor] what is the song in ep 6 at the bus stop??\n",
            "Summer Harbor",
            "drama.tag",
        );
        // The post's kind, a singer, or a bracket that closes a line, are none.
        for text in [
            "[Discussion] what is the best OST of the year?\n",
            "[Kim Ha-neul] new single out today\n",
            "What is the song at the bus stop? [Summer Harbor]\n",
        ] {
            assert_no_mention(text, "drama.tag");
        }
    }

    #[test]
    fn a_sentences_first_word_before_ost_is_no_title_when_it_is_a_word() {
        for text in [
            "Few OSTs have a backstory like this one.\n",
            "Autumn OST season has started.\n",
            "It rained. Underrated OSTs are my thing.\n",
            "[Discussion] Weekly OST thread: what is on repeat?\n",
            "Re: Underrated OSTs from 2000s dramas?\n",
            // A listicle's words alone, in capitals too.
            "THE ULTIMATE PLAYLIST: EVERY OST, RANKED BY TEARS\n",
            "My Favorite OST moments, ranked\n",
        ] {
            assert_no_mention(text, "drama.ost");
        }
        // Nor is a headline's slot before `OST` a drama's when it is such words.
        let r = read(
            "THE ULTIMATE 'WINTER HARBOR' PLAYLIST: EVERY OST, RANKED\n\nThe songs.\n",
            &Tables::builtin(),
        );
        assert!(
            r.dramas
                .iter()
                .all(|d| !d.name.eq_ignore_ascii_case("every")),
            "{:?}",
            r.dramas
        );
        // A title the tables know, or a word no dictionary has, is one.
        assert_mention("Goblin OSTs are the best.\n", "Goblin", "drama.ost");
        assert_mention("Mirage OST drops today.\n", "Mirage", "drama.ost");
        assert_mention("[Help] Mirage OST part 2?\n", "Mirage", "drama.ost");
        assert_mention("We loved the Autumn OST.\n", "Autumn", "drama.ost");
        // A listicle's determiner before a known title is no part of it; a noun that
        // opens a longer title no table knows is.
        assert_mention(
            "Every Hotel Del Luna OST, Ranked\n",
            "Hotel Del Luna",
            "drama.ost",
        );
        // A known title of one word after determiners alone.
        assert_mention("Every Goblin OST Song, Ranked\n", "Goblin", "drama.ost");
        assert_mention(
            "My Favourite Hotel Del Luna OST Songs\n",
            "Hotel Del Luna",
            "drama.ost",
        );
        assert_mention(
            "Harbor Hotel Del Luna OST Part 2 is out.\n",
            "Harbor Hotel Del Luna",
            "drama.ost",
        );
    }

    #[test]
    fn a_name_the_article_calls_by_honorific_is_a_singer_in_its_list() {
        let text = "바다 편의점 OST 정리\n\n🎧 Part.1  윤가람 - 밤의 편의점\n\n첫 화 엔딩에 이 노래 나오는데 진짜 소름.\n\n🎧 Part.2  소린 - 조약돌\n\n소린 님 목소리는 처음 들어봤는데 완전 맑아요!!\n\n윤가람님 정규 1집도 좋아요.\n";
        let got = kept(text);
        for want in [
            rec("바다 편의점", "밤의 편의점", "윤가람"),
            rec("바다 편의점", "조약돌", "소린"),
        ] {
            assert!(got.contains(&want), "{want:?} in {got:?}");
        }
        // The readers and a role called so are no singers.
        let r = read("이웃님들 안녕하세요. 작가님 최고.\n", &Tables::builtin());
        assert!(r.singers.is_empty(), "{:?}", r.singers);
    }

    #[test]
    fn a_name_with_a_part_number_on_its_own_line_is_a_drama() {
        for (text, name) in [
            ("Under the Ginkgo Roof · Part 3\n", "Under the Ginkgo Roof"),
            ("Bloom in Namsan, Part 2\n", "Bloom in Namsan"),
            ("“Salt Harbor” — Pt. 4\n", "Salt Harbor"),
        ] {
            assert_mention(text, name, "drama.part_label");
        }
        // A ranking's heading, a singer and a sentence with a part in it are not.
        for text in [
            "The 12 Best OSTs, Part 2\n",
            "Kim Ha-neul · Part 3\n",
            "We loved it, Part 2 was better.\n",
        ] {
            assert_no_mention(text, "drama.part_label");
        }
    }

    #[test]
    fn a_list_slot_the_sentences_call_a_drama_is_the_drama() {
        let text = "tvN's 'Salt Harbor' and JTBC's 'Moon Inn' both had strong soundtracks.\n\n- Glass Door – Salt Harbor\n- Paper Boat – Moon Inn\n";
        let r = read(text, &Tables::builtin());
        assert_eq!(
            candidates(&r),
            [
                ("Glass Door", "", Some("Salt Harbor")),
                ("Paper Boat", "", Some("Moon Inn"))
            ]
        );
        // Titles the sentences never name stay the songs' singers.
        let text = "Two strong soundtracks this year.\n\n- Glass Door – Kim Ha-na\n- Paper Boat – Jo Tae-won\n";
        let r = read(text, &Tables::builtin());
        assert!(
            candidates(&r).iter().all(|c| !c.1.is_empty()),
            "{:?}",
            candidates(&r)
        );
    }

    #[test]
    fn a_person_beside_a_drama_the_sentences_name_is_no_song_line() {
        // An award's nominees: actors and their dramas, no songs, in two layouts.
        for list in [
            "- Kim Ha-na ('Salt Road')\n- Jo Tae-won ('Moon Inn')\n- Park Se-ri ('Paper Kite')\n",
            "Kim Ha-na – Salt Road\nJo Tae-won – Moon Inn\nPark Se-ri – Paper Kite\n",
        ] {
            let text = format!("tvN's 'Salt Road' and JTBC's 'Moon Inn' lead the nominations.\n\nBest Actress\n{list}");
            let r = read(&text, &Tables::builtin());
            assert!(candidates(&r).is_empty(), "{text}: {:?}", candidates(&r));
        }
        // Dramas a broadcaster's bracket names, and categories that stack the lines as
        // cards: no line is a card's either.
        let cat = |name: &str, rows: [&str; 3]| format!("## {name}\n{}\n", rows.join("\n"));
        let text = [
            "The nominees were announced on Monday.\n".to_string(),
            cat(
                "Best Drama",
                ["Salt Road (tvN)", "Moon Inn (JTBC)", "Paper Kite (MBC)"],
            ),
            cat(
                "Best Actress",
                [
                    "Kim Ha-na – Salt Road",
                    "Jo Tae-won – Moon Inn",
                    "Park Se-ri – Paper Kite",
                ],
            ),
            cat(
                "Best Actor",
                [
                    "Lee Do-hyun – Moon Inn",
                    "Choi Min-ho – Salt Road",
                    "Yoon Si-woo – Paper Kite",
                ],
            ),
            cat(
                "Best Screenplay",
                [
                    "Han Ji-eun – Paper Kite",
                    "Baek Seo-rin – Salt Road",
                    "Oh Ha-na – Moon Inn",
                ],
            ),
        ]
        .join("\n");
        assert!(kept(&text).is_empty(), "{:?}", kept(&text));
        // The same lines, their titles never called dramas, stay songs and singers.
        let text =
            "Three ballads topped the chart.\n\nKim Ha-na – Salt Road\nJo Tae-won – Moon Inn\n";
        let r = read(text, &Tables::builtin());
        assert_eq!(candidates(&r).len(), 2, "{:?}", candidates(&r));
        assert!(candidates(&r).iter().all(|c| !c.1.is_empty()));
    }

    #[test]
    fn a_bare_heading_over_a_credit_label_is_the_song() {
        // A wiki's part sections, in Korean and English, facts between title and credit.
        for (text, want) in [
            (
                "SBS 드라마 《달빛 항구》의 OST를 정리한 문서.\n\n2. Part 2\n\n소금길\n가수: 박서윤\n작곡: 최윤석\n",
                rec("달빛 항구", "소금길", "박서윤"),
            ),
            // A title of a name's shape (three syllables) under its part, a date between.
            (
                "SBS 드라마 《달빛 항구》의 OST를 정리한 문서.\n\n2. Part 1\n\n유리문\n발매일: 2024. 3. 8.\n가수: 김하늘\n",
                rec("달빛 항구", "유리문", "김하늘"),
            ),
            (
                "The soundtrack of the drama Salt Harbor.\n\nPart 2\n\nGlass Door\nReleased: 2024-03-08\nVocals: Kim Ha-na\n",
                rec("Salt Harbor", "Glass Door", "Kim Ha-na"),
            ),
        ] {
            assert!(kept(text).contains(&want), "{text}: {:?}", kept(text));
        }
        // A byline or a staff credit over the label is no title.
        let text = "The soundtrack of the drama Salt Harbor.\n\nWritten by Jo Tae-won\nVocals: Kim Ha-na\n";
        let r = read(text, &Tables::builtin());
        assert!(
            r.songs.iter().all(|s| s.rule != "list.credited_heading"),
            "{:?}",
            candidates(&r)
        );
    }

    #[test]
    fn a_wikis_soundtrack_subpage_names_its_drama() {
        assert_mention(
            "Salt Harbor Nights/Soundtrack\n",
            "Salt Harbor Nights",
            "drama.subpage",
        );
        assert_mention("Salt Road/OST\n", "Salt Road", "drama.subpage");
        // A forum's spaced flair and a sentence are not.
        for text in ["Music / OST\n", "Talk about Moon Tide/OST here.\n"] {
            assert_no_mention(text, "drama.subpage");
        }
    }

    /// Asserts that `text` has a drama mention of `name` by `cue`.
    fn assert_mention(text: &str, name: &str, cue: &str) {
        let got = mentions(text);
        assert!(
            got.iter().any(|(n, c, _)| n == name && *c == cue),
            "{text}: {got:?}"
        );
    }

    #[test]
    fn a_cue_on_part_of_a_known_title_names_the_whole_title() {
        for text in [
            "I watched the drama Kill Me, Heal Me twice.\n",
            "Songs: That Winter, The Wind Blows OST and more.\n",
        ] {
            let got = mentions(text);
            assert!(
                got.iter().any(|(n, _, _)| n.contains(", ")),
                "{text}: {got:?}"
            );
        }
        // An unknown title keeps what the cue caught.
        let got = mentions("I watched the drama Moon Tide, Salt Road twice.\n");
        assert_eq!(got[0].0, "Moon Tide", "{got:?}");
    }

    #[test]
    fn a_known_title_alone_in_brackets_after_a_song_is_its_drama() {
        let t = knowing(&[
            ("Moon Tide", "Moon Tide"),
            ("Harbor Lights", "Harbor Lights"),
            ("달의 물결", "Moon Tide"),
        ]);
        let text = "After “Glass Door” (Moon Tide) and “Salt Road” (Harbor Lights), Mira Dove sings “Lantern” for Quiet Harbor.\n";
        let r = read(text, &t);
        let got: Vec<(&str, Option<&str>)> =
            candidates(&r).into_iter().map(|(t, _, d)| (t, d)).collect();
        assert_eq!(
            got[..2],
            [
                ("Glass Door", Some("Moon Tide")),
                ("Salt Road", Some("Harbor Lights"))
            ],
            "{:?}",
            r.dramas
        );
        // A bracket in the quote's other script is its own name there; one the tables
        // do not know is as often a gloss or a credit.
        for text in [
            "Her voice opens “Moon Tide” (달의 물결), the week’s new drama.\n",
            "After “Glass Door” (Mira Dove), the drama went quiet.\n",
        ] {
            let r = read(text, &t);
            assert!(
                r.dramas.iter().all(|d| d.cue != "drama.bracket"),
                "{text}: {:?}",
                r.dramas
            );
        }
    }

    #[test]
    fn a_possessive_before_ost_names_the_drama() {
        assert_mention(
            "드라마 ‘겨울 항구’의 OST가 공개됐다.\n",
            "겨울 항구",
            "drama.ost",
        );
        assert_mention(
            "Winter Harbor’s OST is out today.\n",
            "Winter Harbor",
            "drama.ost",
        );
        // A singer's possessive is a credit, not a drama.
        let got = mentions("IU’s OST is out today.\n");
        assert!(got.iter().all(|(n, _, _)| n != "IU"), "{got:?}");
    }

    #[test]
    fn a_korean_possessive_reaches_the_title_over_a_song_noun() {
        for (text, artists) in [
            (
                "드라마 ‘겨울 항구’ OST Part.3는 박하은&김도윤의 듀엣곡 ‘소금길’이다.\n",
                "박하은&김도윤",
            ),
            (
                "드라마 ‘겨울 항구’ OST에는 윤서아의 신곡 ‘소금길’이 실렸다.\n",
                "윤서아",
            ),
            // A bracket after a clause's word owns alone.
            (
                "드라마 ‘겨울 항구’ OST에는 남자버전부터 (박하은)의 발라드 ‘소금길’까지 실렸다.\n",
                "박하은",
            ),
        ] {
            let got = kept(text);
            assert_eq!(got, [rec("겨울 항구", "소금길", artists)], "{text}");
        }
    }

    #[test]
    fn a_numbered_heading_over_a_credit_line_is_a_song() {
        let text = "# Our favourite soundtrack songs\n## 2. Glass Door\nPerformed by Paul Kim for Winter Harbor\nA slow ballad.\n## 1. Salt Road\nArtist: Ailee\nFrom: Moon Tide\n";
        let r = read_text(text, &Tables::builtin(), true);
        let got: Vec<(String, String, String)> = r
            .kept()
            .map(|s| {
                (
                    s.drama.clone().unwrap_or_default(),
                    s.track.clone(),
                    s.artists.clone(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                rec("Winter Harbor", "Glass Door", "Paul Kim"),
                rec("Moon Tide", "Salt Road", "Ailee")
            ]
        );
        // `Artist of the Year` is an award, no credit's label.
        assert_eq!(credit_line("Artist of the Year: Mira Dove"), None);
    }

    #[test]
    fn a_korean_and_in_the_next_sentence_joins_two_singers() {
        let r = read(
            "드라마 ‘겨울 항구’ OST ‘소금길’이 공개됐다. 이 곡은 윤서아와 박하은이 함께 불렀다.\n",
            &Tables::builtin(),
        );
        let got: Vec<&str> = r.songs.iter().map(|s| s.artists.as_str()).collect();
        assert_eq!(got, ["윤서아, 박하은"]);
        // The second singer's role word between them; the subject of `불렀다` over a
        // character's name before it.
        for (text, singers) in [
            ("드라마 ‘겨울 항구’ OST ‘소금길’이 공개됐다. 이 곡은 극 중 역을 맡은 윤서아와 싱어송라이터 박하은이 함께 불렀다.\n", "윤서아, 박하은"),
            ("드라마 ‘겨울 항구’ OST ‘소금길’이 공개됐다. 극 중 정원사 서온(채도윤 분)을 연기한 배우 채도윤이 직접 불렀다.\n", "채도윤"),
        ] {
            let r = read(text, &Tables::builtin());
            let got: Vec<&str> = r.songs.iter().map(|s| s.artists.as_str()).collect();
            assert_eq!(got, [singers], "{text}");
        }
    }

    #[test]
    fn a_part_number_is_no_singer() {
        let got = kept(
            "드라마 ‘겨울 항구’ OST 소식이다. 〈소금길〉도 인기다. Part.3 역시 윤서아가 불렀다.\n",
        );
        assert!(got.iter().all(|r| !r.2.contains("Part")), "{got:?}");
    }

    #[test]
    fn a_known_title_credited_as_a_song_names_no_drama_for_its_neighbours() {
        // `Who Are You` is a known drama's title; here a singer's song.
        let got = kept("## Winter Harbor (2019)\nWe love Mira Dove's “Glass Door” and Sam Kim's “Who Are You”.\n");
        assert_eq!(
            got.first(),
            Some(&rec("Winter Harbor", "Glass Door", "Mira Dove")),
            "{got:?}"
        );
    }

    #[test]
    fn a_countdowns_heading_glued_to_its_paragraph_heads_its_section() {
        let got = kept("Our countdown of the decade.\n12 Winter Harbor (2019) The fishing-town drama had Mira Dove's “Glass Door” on repeat.\n11 Salt Road (2020–2021)Park Ha-eun's “Lanterns” is the one.\n");
        assert_eq!(
            got,
            [
                rec("Winter Harbor", "Glass Door", "Mira Dove"),
                rec("Salt Road", "Lanterns", "Park Ha-eun")
            ]
        );
    }

    #[test]
    fn a_countdowns_drama_line_under_its_song_is_the_items() {
        // Each item: its rank, the song, then the drama; the first song has no drama
        // above it.
        let t = knowing(&[
            ("Winter Harbor", "Winter Harbor"),
            ("Salt Road", "Salt Road"),
            ("Silver Harbor", "Silver Harbor"),
        ]);
        let kept_knowing = |text: &str| -> Vec<_> {
            read(text, &t)
                .kept()
                .map(|s| rec(s.drama.as_deref().unwrap_or(""), &s.track, &s.artists))
                .collect()
        };
        let text = "Readers voted. Here are the results of our poll.\n\n#3\n\"Glass Door\" by Mira Dove\nWinter Harbor (tvN)\n\n#2\n\"Lanterns\" – Park Ha-eun\nSalt Road (JTBC)\nA slow ballad for the finale.\n\n#1\n\"Paper Boats\" by Kim Seo-yeon\nSilver Harbor (ENA)\n";
        assert_eq!(
            kept_knowing(text),
            [
                rec("Winter Harbor", "Glass Door", "Mira Dove"),
                rec("Salt Road", "Lanterns", "Park Ha-eun"),
                rec("Silver Harbor", "Paper Boats", "Kim Seo-yeon"),
            ]
        );
        // A drama's heading over each section's songs heads them, the last song's
        // included.
        let text = "Readers voted. Here are the results of our poll.\n\nWinter Harbor (tvN)\n1. \"Glass Door\" by Mira Dove\n2. \"Lanterns\" – Park Ha-eun\nSalt Road (JTBC)\n1. \"Paper Boats\" by Kim Seo-yeon\n";
        assert_eq!(
            kept_knowing(text),
            [
                rec("Winter Harbor", "Glass Door", "Mira Dove"),
                rec("Winter Harbor", "Lanterns", "Park Ha-eun"),
                rec("Salt Road", "Paper Boats", "Kim Seo-yeon"),
            ]
        );
    }

    #[test]
    fn a_character_quoted_with_the_actor_in_brackets_is_no_song() {
        // A synopsis names characters and, in brackets, who plays them.
        for text in [
            "## 밤의 정원 OST\n‘밤의 정원’은 낮에는 회사원, 밤에는 해결사로 사는 남자 ‘도윤’(한서진)과 그를 쫓는 형사 ‘지안’(박하은)의 이야기다.\n",
            "## 밤의 정원 OST\n한서진은 극 중 ‘도윤’(한서진)으로 분해 열연했다.\n",
        ] {
            assert_eq!(kept(text), [], "{text}");
        }
        // A song's title with its singer's name in brackets is still a song, among an
        // album's songs too.
        let text = "## 밤의 정원 OST\n수록곡 중 ‘유리문’(박하은)이 가장 먼저 공개됐다.\n";
        let r = read(text, &Tables::builtin());
        let got: Vec<_> = r
            .songs
            .iter()
            .map(|s| (s.track.as_str(), s.artists.as_str()))
            .collect();
        assert_eq!(got, [("유리문", "박하은")]);
    }

    #[test]
    fn what_a_cast_or_a_writer_owns_is_a_drama_not_a_song() {
        // `A 주연의 ‘D’`: the next show, starring A, is no song credited to `주연`.
        let text = "## 하얀 파도 OST\n‘하얀 파도’ 후속으로는 배우 한도윤 주연의 ‘검은 숲’이 오는 22일 첫 방송된다.\n";
        let r = read(text, &Tables::builtin());
        assert!(
            r.songs.iter().all(|s| s.track != "검은 숲"),
            "{:?}",
            r.songs
        );
        assert_eq!(kept(text), []);
        assert_mention(text, "검은 숲", "drama.maker");
        // `B 작가의 ‘D’가 A의 ‘T’로`: the writer's show is the drama of the song after it.
        let text = "## 명곡 모음\n서지안 작가의 ‘푸른 정원’이 박하은의 ‘유리문’으로 사랑받았다.\n";
        assert_eq!(kept(text), [rec("푸른 정원", "유리문", "박하은")]);
    }

    #[test]
    fn a_broadcasters_possessive_names_the_drama_after_it() {
        assert_mention(
            "Mira Dove lent her voice to KBS2's Winter Harbor this spring.\n",
            "Winter Harbor",
            "drama.network_possessive",
        );
        assert_mention(
            "The duet for MBC’s “Glass Door” is out.\n",
            "Glass Door",
            "drama.network_possessive",
        );
        assert_eq!(
            kept("tvN's Winter Harbor gave us “Salt Road” by Park Ha-eun.\n"),
            [rec("Winter Harbor", "Salt Road", "Park Ha-eun")]
        );
        // A person, a broadcast's slot or a drama word after the possessive is none.
        for text in [
            "MBC's Park Ha-eun said the OST is done.\n",
            "SBS's Friday drama keeps its slot.\n",
            "tvN's New Drama Lineup is out.\n",
        ] {
            assert_no_mention(text, "drama.network_possessive");
        }
        // Two broadcasters' titles joined by `and`; a title's own glued possessive, no
        // singer's song inside it.
        assert_mention(
            "From JTBC's Salt Road. The name alone earned it a spot.\n",
            "Salt Road",
            "drama.network_possessive",
        );
        let text = "tvN’s Winter Harbor and KBS2’s Gardener’s Daughter lead the field.\n";
        assert_mention(text, "Winter Harbor", "drama.network_possessive");
        assert_mention(text, "Gardener’s Daughter", "drama.network_possessive");
        let r = read(text, &Tables::builtin());
        assert!(candidates(&r).is_empty(), "{:?}", candidates(&r));
    }

    #[test]
    fn a_name_that_ends_in_the_word_for_a_drama_describes_one() {
        let got = mentions("Five Stars Who Recorded for Their Own Drama's OST\n");
        assert!(got.is_empty(), "{got:?}");
        // The section's songs keep the drama their own paragraph names.
        let got = kept("# Five Stars Who Recorded for Their Own Drama's OST\n\n## Mira Dove\n\nThe drama Winter Harbor is the quiet one. Mira Dove's “Glass Door” plays in the finale.\n");
        assert_eq!(got, [rec("Winter Harbor", "Glass Door", "Mira Dove")]);
    }

    #[test]
    fn a_bylines_by_credits_no_singer() {
        for text in [
            "## Winter Harbor\nWords by Mira Dove\n1. “Glass Door” by Park Ha-eun\n",
            "## Winter Harbor\nInterview by Mira Dove\n1. “Glass Door” by Park Ha-eun\n",
        ] {
            assert_eq!(
                kept(text),
                [rec("Winter Harbor", "Glass Door", "Park Ha-eun")],
                "{text}"
            );
        }
    }

    #[test]
    fn a_possessive_owner_loses_the_words_before_the_singer_and_gains_its_guest() {
        let text = "The Salt Road soundtrack\n\nMeanwhile Heize's “Glass Door,” which features Jo Hana, closes the finale.\n";
        let s = credit_of(text, "Glass Door");
        assert_eq!(s.artists, "Heize feat. Jo Hana");
        // A rank the sentence joins to the owner is no part of it.
        let text = "The chart\n\nSalt Road placed two songs: Jo Hana's “Paper Boat” at No. 18 and Heize's “Glass Door” at No. 34.\n";
        assert_eq!(credit_of(text, "Glass Door").artists, "Heize");
        // A name the opener word belongs to stays whole: its rest is no singer's.
        let text = "The Salt Road soundtrack\n\nStill Corners's “Glass Door” closes the finale.\n";
        assert_eq!(credit_of(text, "Glass Door").artists, "Still Corners");
    }

    #[test]
    fn she_stands_for_the_singer_not_the_group_named_nearer() {
        let text = "Park Ha-eun debuted in 2009 as the leader of Girls' Generation. Her soundtrack credits include “Glass Door” for Salt Road.\n";
        let s = credit_of(text, "Glass Door");
        assert_eq!(
            (s.artists.as_str(), s.credit_tie),
            ("Park Ha-eun", "pronoun")
        );
    }

    #[test]
    fn a_news_writers_byline_is_no_song_and_the_news_song_is_the_headline_singers() {
        for byline in [
            "By Park Min-ji | Published May 2, 2023, 5:00 PM KST",
            "By Sarah Cole · Culture Desk · 14 October 2022",
        ] {
            let text = format!("Heize To Sing Vincenzo OST\n\n{byline}\n\nThe drama's first song, titled “Paper Lanterns,” is out today.\n");
            let r = read(&text, &Tables::builtin());
            assert!(
                r.songs.iter().all(|s| !s.track.starts_with("By ")),
                "{byline}: {:?}",
                r.songs
            );
            assert_eq!(
                credit_of(&text, "Paper Lanterns").artists,
                "Heize",
                "{byline}"
            );
        }
        // `By` before words no name has is a title's (`By Your Side`).
        let text = "Soundtrack picks\n\nBy Your Side | Winter Harbor | 2019\nGlass Door | Winter Harbor | 2020\n";
        let r = read(text, &Tables::builtin());
        assert!(
            r.songs.iter().any(|s| s.track == "By Your Side"),
            "{:?}",
            r.songs
        );
    }

    #[test]
    fn a_pronoun_that_owns_the_song_or_leads_its_clause_credits_the_singer_named_before() {
        let text = "This is Yoon Hana's first soundtrack in two years. The singer has a long record with the format: her “Paper Lanterns,” recorded for Winter Harbor, still charts, and she later gave “Slow Rain” to Snowfall Diary. In 2016 came his ballad “Glass Door”.\n";
        for title in ["Paper Lanterns", "Slow Rain", "Glass Door"] {
            let s = credit_of(text, title);
            assert_eq!(
                (s.artists.as_str(), s.credit_tie),
                ("Yoon Hana", "pronoun"),
                "{title}"
            );
        }
        // A pronoun four words or more before the song, or a name between them, credits
        // no one by the pronoun.
        let text = "This is Yoon Hana's first soundtrack in two years. Critics say that she has often covered old songs like “Paper Lanterns”. She thinks Kim Ji-ho's “Slow Rain” is better.\n";
        assert_ne!(credit_of(text, "Paper Lanterns").credit_tie, "pronoun");
        assert_eq!(credit_of(text, "Slow Rain").artists, "Kim Ji-ho");
    }

    #[test]
    fn a_sentence_that_gives_a_shows_genre_names_it() {
        assert_mention(
            "“Winter Harbor” is a fantasy romance with a soundtrack to match.\n",
            "Winter Harbor",
            "drama.is_a",
        );
        // A song called a ballad is no show.
        let got = mentions("“Lanterns” is a ballad about the sea.\n");
        assert!(got.iter().all(|(_, c, _)| *c != "drama.is_a"), "{got:?}");
        // Nor is a song the drama owns (`the drama’s signature song`).
        for text in [
            "Heize's Lanterns is the drama's signature song.\n",
            "Heize's Lanterns is the show's big love theme, a drama's dream.\n",
        ] {
            let got = mentions(text);
            assert!(
                got.iter().all(|(_, c, _)| *c != "drama.is_a"),
                "{text} {got:?}"
            );
        }
    }

    #[test]
    fn a_headlines_run_before_its_soundtrack_names_the_known_title_inside_it() {
        for text in [
            "Why Hotel Del Luna Has the Most Perfect Soundtrack in History\n",
            "How Crash Landing on You Built Its OST\n",
        ] {
            let got = mentions(text);
            assert!(
                got.iter().any(|(n, c, _)| *c == "drama.ost"
                    && ["Hotel Del Luna", "Crash Landing on You"].contains(&n.as_str())),
                "{text} {got:?}"
            );
        }
        // A title the tables do not know, a known one and a word more, stays whole.
        assert_mention("Hotel Del Luna 2 OST\n", "Hotel Del Luna 2", "drama.ost");
    }

    #[test]
    fn what_only_a_show_has_names_it() {
        for (text, name) in [
            ("The finale of Paper Harbor made me cry.\n", "Paper Harbor"),
            (
                "I lasted three episodes of “Glass Orchard” at most.\n",
                "Glass Orchard",
            ),
            (
                "We rewatched Lantern Street last winter.\n",
                "Lantern Street",
            ),
            ("Honestly, the plot of Salt Hour is a mess.\n", "Salt Hour"),
        ] {
            assert_mention(text, name, "drama.part_of");
        }
        // A singer's name, a kind of show and a person's story are no title.
        for text in [
            "The story of Kim Ha-neul is a long one.\n",
            "I kept watching K-dramas all night.\n",
            "The finale of the show was quiet.\n",
        ] {
            assert_no_mention(text, "drama.part_of");
        }
    }

    #[test]
    fn what_a_broadcaster_airs_is_a_drama() {
        for (text, name) in [
            ("1. “Salt Harbor” (SBS)\n", "Salt Harbor"),
            ("## Salt Harbor (소금 항구, tvN)\n", "Salt Harbor"),
            (
                "The Keeper’s Daughter (JTBC / 연화)\n",
                "The Keeper’s Daughter",
            ),
        ] {
            assert_mention(text, name, "drama.network_bracket");
        }
        // A possessive inside a title with its year is the title's too.
        assert_mention(
            "The Keeper’s Daughter (JTBC / 2021)\n",
            "The Keeper’s Daughter",
            "drama.year",
        );
        // A singer with a broadcaster in brackets, a bracket that says more, are not.
        for text in [
            "Kim Ha-neul (MBC) sang it.\n",
            "“Salt Harbor” (aired on SBS last year)\n",
        ] {
            assert_no_mention(text, "drama.network_bracket");
        }
        // A bracket that holds the title before its broadcaster, after a credit or alone.
        for (text, name) in [
            (
                "“Cold Harbor” — Park Seo-yun (Lantern Street, SBS). The opener.\n",
                "Lantern Street",
            ),
            (
                "- Jiho of TIDEWAVE: Mistline (River Hours, Coupang Play, 2023)\n",
                "River Hours",
            ),
            (
                "The drama (Night Train Letters, Netflix) ends tonight.\n",
                "Night Train Letters",
            ),
        ] {
            assert_mention(text, name, "drama.name_network");
        }
        for text in [
            "“Cold Harbor” — Park Seo-yun (Kim Ha-neul, SBS).\n",
            "“Cold Harbor” (Seoul, 2019) is a film.\n",
            "Salt Harbor (소금 항구, tvN) is back.\n",
            "“Cold Harbor” (Salt Harbor, on SBS tonight)\n",
        ] {
            assert_no_mention(text, "drama.name_network");
        }
        // A credit after `feat.` is in the sentence of the drama its bracket names.
        assert_eq!(
            kept(
                "Rain songs\n\n“Paper Kite” — Wave Arcade (Campus Diaries, KBS2). Indie.\n\n\
                 “Glass Window” — Lee Ha-rin feat. Kid North (Night Train Letters, Netflix). \
                 The rap verse is about rain.\n"
            ),
            [
                rec("Campus Diaries", "Paper Kite", "Wave Arcade"),
                rec(
                    "Night Train Letters",
                    "Glass Window",
                    "Lee Ha-rin feat. Kid North"
                ),
            ]
        );
        // The section it heads owns the songs under it; a part number presents a song.
        let text = "Songs of the month\n\n1. “Salt Harbor” (SBS)\n\n\
                    Kim Ha-neul continues her streak with “Glass Door,” Part 2 of its soundtrack.\n";
        assert_eq!(
            kept(text),
            [rec("Salt Harbor", "Glass Door", "Kim Ha-neul")]
        );
    }

    #[test]
    fn a_bare_korean_title_before_its_soundtrack_is_all_its_words() {
        for (text, name) in [
            (
                "KBS2 새 드라마 푸른 바다 정원 OST 첫 주자로 김하늘이 나선다.\n",
                "푸른 바다 정원",
            ),
            ("tvN 소금 항구 OST Part.2가 공개됐다.\n", "소금 항구"),
            (
                "가수 정하윤이 tvN 토일드라마 바람의 정원 OST 주자로 나선다.\n",
                "바람의 정원",
            ),
            (
                "KBS2 수목드라마 마지막 우체국(극본 한지수, 연출 백도윤)이 OST ‘답장’을 공개한다.\n",
                "마지막 우체국",
            ),
            (
                "가수 김하늘이 주말드라마 유리 거짓말 클럽 OST를 불렀다.\n",
                "유리 거짓말 클럽",
            ),
        ] {
            assert_mention(text, name, "drama.bare_ost");
        }
        // Without its cue word a Korean word before `OST` is a sentence's (`이번 주 첫 OST`).
        for text in [
            "이번 주 첫 OST는 김하늘이 불렀다.\n",
            "드라마 OST 라인업이 공개됐다.\n",
            "‘유리 정원’은 사극 특유의 애절한 분위기를 살린 OST로 눈길을 끈다.\n",
        ] {
            assert_no_mention(text, "drama.bare_ost");
        }
        // A list line's drama slot holds every word of it; a particle after a quote
        // starts none.
        for text in [
            "4. 호텔 유리정원 OST ‘너의 곁에’ - 윤하람\n",
            "호텔 유리정원 OST Part.2 — ‘너의 곁에’ — 윤하람\n",
        ] {
            let got = kept(text);
            assert_eq!(got, [rec("호텔 유리정원", "너의 곁에", "윤하람")], "{text}");
        }
        let got = kept("- 윤하람, ‘너의 곁에’로 첫 OST 도전\n");
        assert!(got.iter().all(|r| r.0 != "로 첫"), "{got:?}");
        // A word of the title is no singer of its song.
        let got = kept(
            "KBS2 수목드라마 마지막 우체국(극본 한지수, 연출 백도윤)이 OST ‘답장’을 공개한다.\n",
        );
        assert!(got.iter().all(|r| r.2 != "우체국"), "{got:?}");
    }

    #[test]
    fn a_wiki_pages_title_heads_its_outline() {
        // The page's Korean title is its drama; a subsection (`3.2.`) ends at the next
        // section (`4.`); an album's kind (`정규 OST`) and a possessive (`이주의 OST`) name
        // none; `연주` heads a column of performers.
        let text = "# 달의 정원사\n\n## 3. 등장인물\n\n### 3.2. 궁궐 사람들\n\n윤서진: 궁녀 역\n\n\
                    ## 4. OST\n\n### 4.1. 정규 OST\n\n| 곡명 | 가수 |\n|---|---|\n| 꽃비 | 류채원 |\n\n\
                    ### 4.2. 스페셜 OST\n\n| 번호 | 곡명 | 연주 |\n|---|---|---|\n| 1 | 달빛 | 강우진 |\n\n\
                    [이주의 OST] 김하늘 - 별빛\n";
        assert_eq!(
            kept(text),
            [
                rec("달의 정원사", "꽃비", "류채원"),
                rec("달의 정원사", "달빛", "강우진"),
                rec("달의 정원사", "별빛", "김하늘")
            ]
        );
    }

    #[test]
    fn a_heading_that_counts_its_episodes_names_a_drama() {
        let text = "# THE SEASON, SCORED\n\n1. THE LANTERN KEEPER'S SON (12 episodes)\n\n\
                    The opening theme, \"Lanterns on the Water,\" is sung by Ha Eun-seol.\n\n\
                    2. 소금 항구 (16부작)\n\nPart 3, \"Small Hours\", is sung by Kim Hye-ri.\n";
        assert_eq!(
            kept(text),
            [
                rec(
                    "THE LANTERN KEEPER'S SON",
                    "Lanterns on the Water",
                    "Ha Eun-seol"
                ),
                rec("소금 항구", "Small Hours", "Kim Hye-ri")
            ]
        );
    }

    #[test]
    fn a_numbered_quoted_heading_over_credited_songs_is_their_drama() {
        // The first item's heading is a quoted name the tables do not know; the songs
        // under it are credited in prose; the next item's drama is its own.
        let text = "# Underrated soundtracks for your playlist\n\n## 1. “Winter Promise”\n\nWinter Promise has it all: books and a calm album. Someday by The Black Skirts, an indie number, opens it, and Will Bug’s You Are Beautiful follows.\n\n## 2. “Salt Road”\n\nSalt Road is a funny drama. “Everyday” by Mira Dove plays each time.\n";
        let got = kept(text);
        assert_eq!(
            got,
            [
                rec("Winter Promise", "Someday", "The Black Skirts"),
                rec("Winter Promise", "You Are Beautiful", "Will Bug"),
                rec("Salt Road", "Everyday", "Mira Dove"),
            ]
        );
        // A quoted heading over songs numbered as it is (its list's next items) is a song.
        let list = "# Winter Harbor OST\n## 1. “Glass Door”\nA slow one to open.\n## 2. “Night Bus” – Jo Hana\n## 3. “Paper Moon” – Kim Ha-na\n";
        let got = kept(list);
        assert!(got.len() >= 2, "{got:?}");
        assert!(got.iter().all(|(d, _, _)| d == "Winter Harbor"), "{got:?}");
    }

    #[test]
    fn a_countdowns_bare_headings_are_its_songs() {
        let text = "# Ten Songs I Love\n\n## 3. “Glass Door” – Kim Ha-neul\n\nFrom the drama Salt Harbor.\n\n\
                    ## 2. Paper Boats\n\nA song of the drama Moon Garden, this time by Jo Min-seo.\n\n\
                    ## 1. “Ferry Lights” by Baek So-yul\n\nThe drama Moon Garden ends with it.\n\n## Conclusion\n\nThat is all.\n";
        let got = kept(text);
        assert!(
            got.contains(&rec("Moon Garden", "Paper Boats", "Jo Min-seo")),
            "{got:?}"
        );
        // A heading a prose rule reads as a song (`A’s T`) counts as the countdown's
        // song: with one more of the list's, the bare headings are its songs.
        let text = "# Songs of Moon Garden\n\n## 1. Paper Boats\n\nJo Min-seo sings it.\n\n\
                    ## 2. Glass Door (Kim Ha-neul)\n\nA duet.\n\n## 3. Baek So-yul's Ferry Lights\n\n\
                    Her best.\n\n## 4. Lantern Road\n\nQuiet.\n\n## 5. Salt Wind\n\nLoud.\n";
        let r = read(text, &Tables::builtin());
        let bare: Vec<&str> = r
            .songs
            .iter()
            .filter(|s| s.rule == "list.countdown_title")
            .map(|s| s.track.as_str())
            .collect();
        for t in ["Paper Boats", "Lantern Road", "Salt Wind"] {
            assert!(bare.contains(&t), "{t}: {:?}", candidates(&r));
        }
        // (The heading's prose reading, with its credit, is the one kept.)
        let got = kept(text);
        assert!(
            got.contains(&rec("Moon Garden", "Ferry Lights", "Baek So-yul")),
            "{got:?}"
        );
        assert!(got.iter().all(|g| !g.1.contains("'s")), "{got:?}");
        // A heading that names a drama, or a page's own section, is none.
        let text = "## 3. “Glass Door” – Kim Ha-neul\n\n## 2. Salt Harbor (2021)\n\nIts songs are fine.\n\n\
                    ## 1. “Ferry Lights” by Baek So-yul\n\n## 4. 줄거리\n\n바다 이야기.\n";
        let r = read(text, &Tables::builtin());
        assert!(
            r.songs.iter().all(|s| s.rule != "list.countdown_title"),
            "{:?}",
            r.songs
        );
    }

    #[test]
    fn credits_a_surname_a_gloss_or_a_group_does_not_hide() {
        // `Song` is a surname before a romanised given name; a gloss of the title in the
        // other script may stand before `by`; `A of GROUP` is a member's credit.
        let text = "The drama Salt Harbor has two vocal tracks. ‘Moon Over the Palace’ (궁 위의 달) \
                    by Song So-hee is the highlight.\n\n\
                    The drama Salt Harbor got a new song. Lee Su-hyun of AKMU sings Part 3, \"Blue Hour.\"\n";
        let got = kept(text);
        assert!(
            got.contains(&rec("Salt Harbor", "Moon Over the Palace", "Song So-hee")),
            "{got:?}"
        );
        assert!(
            got.iter()
                .any(|r| r.1 == "Blue Hour" && r.2.starts_with("Lee Su-hyun")),
            "{got:?}"
        );
        // A staff credit's or a singing verb's words before `by` are no title, whatever
        // the layout of the other lines.
        let text = "# Salt Harbor OST\n\nLow Tide\nWritten and Produced by Go Eun-taek\nPerformed by Song So-hee\n\n\
                    Glass Door\nWritten by Han Ji-ho\nPerformed by Kim Do-yoon and Jo Min-seo\n";
        let got = kept(text);
        assert!(
            got.iter()
                .all(|r| !["Written and Produced", "Written", "Performed"].contains(&r.1.as_str())),
            "{got:?}"
        );
    }

    #[test]
    fn an_act_the_article_calls_one_keeps_its_ampersand() {
        for note in [
            "Note: \"Pine & Cone\" is a two-member acoustic duo.",
            "Pine & Cone are an indie duo I love.",
        ] {
            let text = format!(
                "## Salt Harbor (2021)\n\n1. “Orchard Road” – Pine & Cone\n\n2. “Glass Door” – Kim Ha-neul\n\n{note}\n"
            );
            let got = crate::Extractor::new(Tables::builtin()).extract_text("t", &text);
            let road = got.iter().find(|r| r.track == "Orchard Road");
            assert_eq!(
                road.map(|r| r.artists.clone()),
                Some(vec!["Pine & Cone".to_string()]),
                "{got:?}"
            );
        }
    }

    #[test]
    fn a_count_over_a_story_is_no_singers_heading() {
        // A post's claps (`2.1K`) under its byline credit nobody.
        let text = "# Songs of a Year\n\n9 min read · Jun 12, 2024\n\n2.1K\n\n\
                    The first was the drama My Harbor. There is a song called “Grown Ups” that plays over its quietest moments.\n";
        let r = read(text, &Tables::builtin());
        assert!(r.songs.iter().all(|s| s.artists != "2.1K"), "{:?}", r.songs);
    }

    #[test]
    fn a_wikis_furniture_names_no_drama_and_no_song() {
        // The crew's section heads no drama; a ratings row's numbers are no song; the
        // footer's quoted address is no drama.
        let text = "# Salt Harbor Diaries\n\n## Crew\n\nDirector Park Ji-hoon leads the team.\n\n\
                    ## OST\n\nLow Tide | Kim Ha-neul\nGlass Door | Jo Min-seo\n\n\
                    ## Ratings\n\n10.4 | 9.6\n5.1 | 4.8\n6.3 | 5.9\n\n\
                    Retrieved from \"https://wiki.example.org/wiki/Salt_Harbor_Diaries?oldid=391204\"\n";
        assert_eq!(
            kept(text),
            [
                rec("Salt Harbor Diaries", "Low Tide", "Kim Ha-neul"),
                rec("Salt Harbor Diaries", "Glass Door", "Jo Min-seo")
            ]
        );
        let r = read(text, &Tables::builtin());
        assert!(
            r.songs
                .iter()
                .all(|s| s.track.chars().any(char::is_alphabetic)),
            "{:?}",
            r.songs
        );
    }

    #[test]
    fn a_title_in_italics_is_a_works() {
        for (text, name) in [
            ("Over on the other channel, *Crown of Ashes* added Part 5, \"Night Rounds,\" by Baek Sol-ah.\n", "Crown of Ashes"),
            ("I loved _Quiet Hours_ and its song \"Lamp\" by Kim Ha-neul.\n", "Quiet Hours"),
        ] {
            assert_mention(text, name, "drama.italic");
        }
        // A user name's underscores, a song's italics a credit follows or a singer owns.
        for text in [
            "#2 — Eugene_Choi_fan, 08-19-2018 11:50 PM\n",
            "Then *Paper Boats* by Kim Ha-neul plays.\n",
            "As Jo Ha-neul's _Burned Letters_ swells, she leaves.\n",
        ] {
            assert_no_mention(text, "drama.italic");
        }
    }

    #[test]
    fn italics_an_article_sets_its_songs_in_call_no_layout_slot_a_drama() {
        // `*T* — A` items, the songs' italics repeated in the verdicts: the italics are
        // the songs', not a sentence calling them dramas.
        let tables = knowing(&[
            ("Winter Harbour", "Winter Harbour"),
            ("Blue Lighthouse", "Blue Lighthouse"),
        ]);
        let t =
            "OST BATTLE\n\nROUND 1\n\n*Glass Door* — Park Ha-eun\n[Winter Harbour, tvN 2018]\n\n\
                 vs\n\n*Tide* — Kim Do-yun\n[Blue Lighthouse, SBS 2017]\n\n\
                 Tough round. Winner: *Glass Door*, by a hair. *Tide* is lovely too.\n";
        assert_eq!(
            kept_with(t, &tables),
            [
                rec("Winter Harbour", "Glass Door", "Park Ha-eun"),
                rec("Blue Lighthouse", "Tide", "Kim Do-yun")
            ]
        );
    }

    #[test]
    fn a_korean_pronoun_singing_the_songs_listed_before_it_credits_the_sentence_befores_singer() {
        let tables = knowing(&[("소금 항구", "소금 항구"), ("달빛 정원", "달빛 정원")]);
        for list in [
            "‘소금 항구-파도의 말’, ‘달빛 정원-밤배’ 등 그가 부른 드라마 OST는 모두 차트 상위권에 올랐다.",
            "‘소금 항구’ OST ‘파도의 말’과 ‘달빛 정원’ OST ‘밤배’ 등 그녀가 부른 곡들이 다시 사랑받고 있다.",
        ] {
            let text = format!("가수 윤하나는 이번 투표에서 OST 여왕으로 뽑혔다. {list}\n");
            let r = read(&text, &tables);
            let credits: Vec<(&str, &str)> = r
                .kept()
                .map(|s| (s.track.as_str(), s.artists.as_str()))
                .collect();
            assert_eq!(credits, [("파도의 말", "윤하나"), ("밤배", "윤하나")], "{list}");
        }
        // The writer's own `내가 부른` is no one's credit the article names.
        let own = "가수 윤하나는 이번 투표에서 OST 여왕으로 뽑혔다. ‘소금 항구-파도의 말’ 등 내가 부른 노래도 있다.\n";
        let r = read(own, &tables);
        assert!(
            r.songs.iter().all(|s| s.artists != "윤하나"),
            "{:?}",
            r.songs
        );
    }

    #[test]
    fn the_songs_of_a_korean_list_share_the_singer_its_etc_names() {
        let tables = knowing(&[("소금 항구", "소금 항구"), ("달빛 정원", "달빛 정원")]);
        let credits = |text: &str| -> Vec<(String, String)> {
            read(text, &tables)
                .kept()
                .map(|s| (s.track.clone(), s.artists.clone()))
                .collect()
        };
        for list in [
            "‘소금 항구-파도의 말’, ‘달빛 정원-밤배’ 등을 부른 가수 윤하나가 1위에 올랐다.",
            "드라마 ‘소금 항구’ OST ‘파도의 말’, ‘달빛 정원’ OST ‘밤배’ 등을 부른 윤하나가 1위에 올랐다.",
        ] {
            let got = credits(&format!("드라마 OST 투표 결과가 나왔다. {list}\n"));
            assert_eq!(
                got,
                [
                    ("파도의 말".to_string(), "윤하나".to_string()),
                    ("밤배".to_string(), "윤하나".to_string())
                ],
                "{list}"
            );
        }
        // A name after a verb that does not sing (`만든`, made) is no singer's.
        let made = "드라마 OST 투표 결과가 나왔다. ‘소금 항구-파도의 말’, ‘달빛 정원-밤배’ 등을 만든 작곡가 박도현이 1위에 올랐다.\n";
        let r = read(made, &tables);
        assert!(
            r.songs.iter().all(|s| !s.artists.contains("박도현")),
            "{:?}",
            r.songs
        );
    }

    #[test]
    fn a_korean_clause_or_date_names_no_drama() {
        // A heading's clause before `OST` (what was released) names none: the section
        // keeps its drama; a list line's date in brackets is no drama either.
        let text = "■ 〈소금 항구〉 OST 스페셜 앨범 발매\n\n■ 지난 두 달간 공개된 OST 8곡 수록\n\n\
                    ‘다시 봄’은 그룹 스텔라윙이 가창했다.\n\n\
                    [안개 정원 OST 라인업]\n\nPart.1 ‘편의점 블루스’ - 모노하우스 (4월 3일)\n\
                    Part.2 ‘새벽 불빛’ - 차은결 (4월 10일)\n";
        let got = kept(text);
        assert!(
            got.contains(&rec("소금 항구", "다시 봄", "스텔라윙")),
            "{got:?}"
        );
        assert!(
            got.iter()
                .all(|r| !r.0.contains('월') && !r.0.contains("공개된")),
            "{got:?}"
        );
    }

    #[test]
    fn a_list_keeps_the_drama_named_before_it() {
        // The page's title heads no section over the drama its lead names, however long
        // the list; a producer's bracket is no drama; what follows the list is not its
        // last item's.
        let text = "# Daily Pop Wire\n\n\
                    The tvN series “Salt Harbor” has revealed the tracklist of its soundtrack.\n\n\
                    The songs will be released two at a time.\n\n\
                    1. “Low Tide” – Kim Ha-neul\n\n2. “Glass Door” – Jo Min-seo\n\n\
                    3. “Paper Boats” – Kim Do-yoon\n\n\
                    4. “Ferry Lights” – Baek So-yul (Prod. by Han Ji-ho)\n\n\
                    5. “Harbor Song” – Lee Jun-seo\n\n\
                    All five songs will also be on the album out in May.\n\n\
                    Its writer also penned the tvN drama “Moon Garden”.\n";
        let got = kept(text);
        assert_eq!(got.len(), 5, "{got:?}");
        assert!(got.iter().all(|r| r.0 == "Salt Harbor"), "{got:?}");
        // A paragraph after the list about its last song is that song's.
        let text = "## 이번 주 추천곡\n\n\
                    1. 별빛 - 김하늘\n\n2. 물결 - 백소율\n\n\
                    ‘물결’은 tvN ‘소금 항구’ OST Part.2다.\n";
        assert!(
            kept(text).contains(&rec("소금 항구", "물결", "백소율")),
            "{:?}",
            kept(text)
        );
    }

    #[test]
    fn circled_numbers_head_sections() {
        for text in [
            "## ① 소금의 시간 (2021, JTBC)\n\n- 물결 - 백소율\n\n## ② 유리 정원\n\n- 해무 - 김도현\n",
            "①Salt Hour (2021)\n“Tide” – Kim Ha-neul\n②Glass Garden (2022)\n“Fog” – Jo Min-seo\n",
        ] {
            let got = kept(text);
            assert_eq!(got.len(), 2, "{text}: {got:?}");
            assert!(["소금의 시간", "Salt Hour"].contains(&got[0].0.as_str()), "{got:?}");
            assert!(["유리 정원", "Glass Garden"].contains(&got[1].0.as_str()), "{got:?}");
        }
    }

    #[test]
    fn a_sentence_that_calls_its_subject_the_drama_names_it() {
        assert_mention(
            "Salt Hour is the drama my family watched together.\n",
            "Salt Hour",
            "drama.is_a",
        );
        // A song that is a drama's soundtrack is no drama.
        assert_no_mention(
            "“Paper Kite” is the third OST for the healing drama.\n",
            "drama.is_a",
        );
    }

    #[test]
    fn a_list_items_drama_is_not_the_previous_items() {
        let text = "My night songs\n\n\
                    3. Kim Ha-neul - Paper Kite\n\n\
                    The finale of Salt Hour still hurts, and this played all through it.\n\n\
                    2. NOVA9 - Late Bus\n\n\
                    They are simply the best at late-night songs.\n\n\
                    1. Jo Min-seo - Tidewater\n\n\
                    I watched Glass Orchard for this song alone.\n";
        assert_eq!(
            kept(text),
            [
                rec("Salt Hour", "Paper Kite", "Kim Ha-neul"),
                rec("Glass Orchard", "Tidewater", "Jo Min-seo")
            ],
            "{text}"
        );
    }

    #[test]
    fn an_album_named_for_its_kind_names_the_drama() {
        for text in [
            "# Winter Harbor (Original Television Soundtrack)\n",
            "Winter Harbor (OST) – full album\n",
            "Winter Harbor [Original Soundtrack]\n",
        ] {
            let got = mentions(text);
            assert!(
                got.iter()
                    .any(|(n, c, _)| n == "Winter Harbor" && *c == "drama.ost"),
                "{text}: {got:?}"
            );
        }
        // A film's album, and a bracket after a quoted song, name no drama.
        for text in [
            "Winter Harbor (Original Motion Picture Soundtrack)\n",
            "“Winter Harbor” (OST Version) by Kim Na Ra\n",
        ] {
            assert_no_mention(text, "drama.ost");
        }
    }

    #[test]
    fn a_gloss_after_a_title_with_from_covers_the_whole_title() {
        let names = |text: &str| named_by(text, &["drama.for"]);
        assert_eq!(
            names("Letters from Jeju (제주의 편지) aired on KBS2 in 2019.\n"),
            ["Letters from Jeju"]
        );
    }

    #[test]
    fn a_soundtrack_said_to_be_for_a_drama_is_not_the_words_before_it() {
        let head = "# Harbor Music Releases Complete Original Soundtrack for Hit Series \"Winter Harbor\"\n";
        assert_no_mention(head, "drama.ost");
        let got = kept(&format!("{head}Harbor Music announced today the release of the full soundtrack album for the romance series Winter Harbor.\nThe album opens with \"Glass Door\" by Park Ha-eun.\n"));
        assert_eq!(got, [rec("Winter Harbor", "Glass Door", "Park Ha-eun")]);
    }

    #[test]
    fn a_known_title_after_a_song_words_from_is_a_soundtracks_drama() {
        let strength = |text: &str| {
            read(text, &Tables::builtin())
                .dramas
                .iter()
                .filter(|d| d.name == "Hotel del Luna")
                .map(|d| d.strength)
                .fold(0.0, f32::max)
        };
        let sung = strength("Songs from Hotel del Luna that live rent-free in my head\n");
        let passing = strength("A night walk that felt like Hotel del Luna in my head\n");
        assert!(sung >= 0.85 && passing < sung, "{sung} {passing}");
    }

    #[test]
    fn a_rankings_count_or_a_year_before_ost_names_no_drama() {
        for text in [
            "# The 12 Best OST Songs of 2023, One Per Drama\n",
            "# Top 10 Most Popular OSTs of the Week\n",
            "# My 2022 OST Diary: the songs that got me through the year\n",
            "# Winter 2024 OST picks\n",
        ] {
            assert_no_mention(text, "drama.ost");
        }
        // A title with a number, or a year it carries in the tables, still names one.
        for (text, name) in [
            ("# Harbor 19 OST\n", "Harbor 19"),
            ("# Reply 1988 OST\n", "Reply 1988"),
        ] {
            let got = mentions(text);
            assert!(
                got.iter().any(|(n, c, _)| n == name && *c == "drama.ost"),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn a_one_letter_known_title_is_weak_evidence() {
        let got = mentions("그룹 W의 ‘유리문’이 공개됐다.\n");
        assert!(got.iter().all(|(_, _, s)| *s <= 0.4), "{got:?}");
    }

    #[test]
    fn a_particle_after_a_bracket_opens_no_slot() {
        let r = read("새내기 그룹 (라잇) 의 \"유리문\"\n", &Tables::builtin());
        let slots = r.lines[0].slots.as_ref().map(|s| s.slots.len());
        assert_ne!(slots, Some(4), "{:?}", r.lines[0].slots);
        assert!(r.dramas.iter().all(|d| d.name != "의"), "{:?}", r.dramas);
    }
    #[test]
    fn a_word_that_describes_a_show_is_no_drama() {
        for text in [
            "I binged a Korean drama last week.\n",
            "It is the best Netflix series of the year.\n",
        ] {
            let got = mentions(text);
            assert!(got.is_empty(), "{text}: {got:?}");
        }
        let got = mentions("I binged the Winter Harbor drama last week.\n");
        assert_eq!(got[0].0, "Winter Harbor");
    }

    #[test]
    fn from_after_a_singer_names_a_group_not_a_drama() {
        let got = mentions("“Glass Door” is a duet by Luna from f(x) and Park Ha-eun.\n");
        assert!(got.is_empty(), "{got:?}");
        let got = mentions("“Glass Door” from Winter Harbor is a duet.\n");
        assert_eq!(got[0].0, "Winter Harbor", "{got:?}");
    }
    #[test]
    fn a_name_the_article_calls_a_singer_is_a_performer_everywhere_in_it() {
        let text =
            "In 2019, the drama Winter Harbor picked Ivy Lane for its OST entitled “Glass Door”.\n";
        let credit = |t: &str| read(t, &Tables::builtin()).songs[0].artists.clone();
        // Alone, a two-word name of no known shape is no performer; called a singer, it is.
        assert_eq!(credit(text), "");
        assert_eq!(
            credit(&format!("Ivy Lane is a solo singer from Busan.\n{text}")),
            "Ivy Lane"
        );
    }

    #[test]
    fn a_possessive_mark_ends_a_slot_name() {
        let got = kept(
            "Ivy Lane‘s “Glass Door”, Winter Harbor OST\nJo Han‘s “Salt Road”, Moon Tide OST\n",
        );
        let credits: Vec<&str> = got.iter().map(|(_, _, a)| a.as_str()).collect();
        assert_eq!(credits, ["Ivy Lane", "Jo Han"], "{got:?}");
    }

    #[test]
    fn a_broadcaster_and_a_title_in_any_korean_marks_name_the_drama() {
        for text in [
            "1위. 「유리문」 - 박하은 (SBS 『겨울 항구』)\n",
            "1위. 「유리문」 - 박하은 (SBS 「겨울 항구」)\n",
            "1위. 「유리문」 - 박하은 (SBS 〈겨울 항구〉)\n",
        ] {
            assert_mention(text, "겨울 항구", "drama.network");
        }
    }

    #[test]
    fn a_pages_copyright_notice_is_no_drama() {
        for text in [
            "<저작권자 ⓒ 겨울일보, 무단전재 및 재배포 금지>\n",
            "《Copyright 겨울일보》\n",
            "<© Winter Daily>\n",
        ] {
            assert!(mentions(text).is_empty(), "{text}: {:?}", mentions(text));
        }
        // A title in the same marks still is one.
        assert_mention("<겨울 항구>\n", "겨울 항구", "drama.angle");
        // An album's title in them is not.
        for text in [
            "내년 봄에 첫 정규앨범 《다온》이 나와요. 타이틀곡은 ‘안녕, 여름’이고요.\n",
            "그는 지난달 미니앨범 <다온>을 냈다.\n",
        ] {
            assert!(
                mentions(text).iter().all(|m| m.0 != "다온"),
                "{text}: {:?}",
                mentions(text)
            );
        }
    }

    #[test]
    fn a_korean_pronoun_is_no_credit_its_antecedent_is() {
        // `그녀가 부른`: the singer the text named before, not `그녀`; a broadcaster
        // between them is passed.
        assert_credits(
            "가수 박하은이 SBS 드라마 ‘겨울 항구’ OST에 참여했다. 그녀가 부른 ‘유리문’은 오늘 공개된다.\n",
            &[("유리문", "박하은")],
        );
        assert_credits(
            "박하은이 ENA 드라마 ‘겨울 항구’ OST로 돌아왔다. 그가 부른 ‘유리문’은 1위에 올랐다.\n",
            &[("유리문", "박하은")],
        );
        // First person in an answer: no `제` credit.
        let r = read(
            "A. 제가 부른 ‘유리문’이 드라마 ‘겨울 항구’ 첫 OST예요.\n",
            &Tables::builtin(),
        );
        assert!(r.songs.iter().all(|s| s.artists != "제"), "{:?}", r.songs);
    }

    #[test]
    fn what_owns_a_soundtrack_without_a_persons_shape_is_the_drama() {
        assert_credits(
            "Winter Harbor's third OST, \"Glass Door,\" is sung by Park Ha-eun.\n",
            &[("Glass Door,", "Park Ha-eun")],
        );
        assert_mention(
            "Glass Harbor’s new soundtrack song “Salt Road” is out.\n",
            "Glass Harbor",
            "drama.possessive",
        );
        // A person's possessive is a credit, whatever follows it.
        assert_credits(
            "Park Ha-eun's third OST, \"Glass Door,\" is out today.\n",
            &[("Glass Door,", "Park Ha-eun")],
        );
    }

    #[test]
    fn a_role_word_before_a_subject_calls_it_a_performer() {
        for text in [
            "Rock band Paper Lamps joined the soundtrack of Winter Harbor with “Glass Door.”\n",
            "Indie duo Paper Lamps lends its voice to Winter Harbor with the song “Glass Door.”\n",
        ] {
            assert_credits(text, &[("Glass Door.", "Paper Lamps")]);
        }
        // A role in the story, or the band a member belongs to, is no credit of its own.
        for text in [
            "Kim Do-yoon, who played the singer Oska, performed “Glass Door” on screen.\n",
            "Kim Do-yoon of the band Paper Lamps brought the roar with the song “Glass Door.”\n",
        ] {
            assert_credits(
                text,
                &[(
                    text.split('“').nth(1).unwrap().split('”').next().unwrap(),
                    "Kim Do-yoon",
                )],
            );
        }
    }

    #[test]
    fn a_cue_title_goes_on_over_a_possessive() {
        let got = mentions("It was the OST of The Harbor’s Doctor (2012) entitled “Glass Door”.\n");
        assert!(
            got.iter().any(|(n, _, _)| n == "The Harbor’s Doctor"),
            "{got:?}"
        );
        // A singer on either side stops it.
        let got = mentions("Hear the OST of Winter Harbor’s Park Ha-eun today.\n");
        assert!(got.iter().all(|(n, _, _)| !n.contains("Park")), "{got:?}");
    }

    #[test]
    fn what_a_broadcaster_owns_is_a_drama() {
        for text in [
            "Park Ha-eun will release “Glass Door,” the fifth OST for tvN’s “Winter Harbor,” on June 3.\n",
            "Park Ha-eun sings “Glass Door” for KBS’s “Winter Harbor”.\n",
        ] {
            let r = read(text, &Tables::builtin());
            assert!(r.dramas.iter().any(|d| d.name == "Winter Harbor"), "{text}: {:?}", r.dramas);
            assert!(r.songs.iter().all(|s| s.track != "Winter Harbor,"), "{text}");
        }
    }

    #[test]
    fn a_korean_subject_before_a_drama_cue_credits_the_song() {
        let s = credit_of(
            "가수 박하은이 tvN 드라마 '겨울 항구' OST '유리문'을 부른다.\n",
            "유리문",
        );
        assert_eq!(s.artists, "박하은");
        assert_eq!(s.drama.as_deref(), Some("겨울 항구"));
    }

    #[test]
    fn a_listicle_heading_over_credited_songs_names_their_drama() {
        // Numbered, `##`, and HTML headings; the title has a person's shape.
        for text in [
            "1. Winter Harbor\nIts soundtrack shines. “Glass Door” by Park Ha-eun plays every week.\n\n2. Moon Tide\nKim Do-yoon’s “Salt Road” is the standout track here.\n",
            "## Winter Harbor\n- “Glass Door” by Park Ha-eun\n## Moon Tide\n- “Salt Road” by Kim Do-yoon\n",
        ] {
            let got = kept(text);
            assert_eq!(
                got,
                [
                    rec("Winter Harbor", "Glass Door", "Park Ha-eun"),
                    rec("Moon Tide", "Salt Road", "Kim Do-yoon")
                ],
                "{text}"
            );
        }
        let text = crate::html::to_text("<h2>Winter Harbor</h2><ul><li>“Glass Door” by Park Ha-eun</li></ul><h2>Moon Tide</h2><ul><li>“Salt Road” by Kim Do-yoon</li></ul>");
        let r = read_text(&text, &Tables::builtin(), true);
        let got: Vec<_> = r
            .kept()
            .map(|s| s.drama.clone().unwrap_or_default())
            .collect();
        assert_eq!(got, ["Winter Harbor", "Moon Tide"]);
    }

    #[test]
    fn a_subheading_or_a_line_that_is_no_title_keeps_the_sections_drama() {
        for text in [
            // A subheading with no evidence of its own, inside a drama's section.
            "# Winter Harbor OST\n## Package\nCase: 148 x 210 mm\n## Track List\n1. Lanterns – Kim Na Ra\n",
            // A question, a chat line, a byline, a date and staff credits are no titles.
            "## Winter Harbor OST\nWhat OST lives rent free in your head?\n“Lanterns” by Kim Na Ra is mine.\n",
            "## Winter Harbor OST\n정말 좋아요ㅠㅠ\n김나라 - Lanterns\n",
            "Winter Harbor OST out now\nBy Reporter Lee Dan\nKim Na Ra’s “Lanterns” opens the album.\n",
            "‘Winter Harbor’ OST 차트\n2024년 4월 셋째 주 음원 차트\n김나라의 ‘Lanterns’가 1위에 올랐다.\n",
            "## Winter Harbor OST\n작사: 이서 / 작곡: 박하은\n김나라 - Lanterns\n",
        ] {
            let got: Vec<_> = kept(text).into_iter().map(|(d, t, _)| (d, t)).collect();
            assert_eq!(
                got,
                [("Winter Harbor".to_string(), "Lanterns".to_string())],
                "{text}"
            );
        }
        // A numbered item of a list of dramas opens its own section.
        let text = "# Winter Harbor OST\n“Glass Door” by Park Ha-eun\n## 2. Moon Tide\nKim Do-yoon’s “Salt Road” is the best of it.\n";
        let got: Vec<_> = kept(text).into_iter().map(|(d, t, _)| (d, t)).collect();
        assert_eq!(got[1], ("Moon Tide".to_string(), "Salt Road".to_string()));
    }

    #[test]
    fn a_drama_named_for_a_song_of_its_own_line_is_not_carried_on() {
        // News of one drama's soundtrack; a singer's past song names another drama.
        let text = "tvN '겨울 항구' OST 라인업 공개…박하은·새벽비행 참여\n\n송고시간2025-03-14 10:21\n\n김하나 기자\n\n(서울=연합뉴스) 김하나 기자 = tvN 새 드라마 '겨울 항구'가 OST 라인업을 공개했다.\n\n첫 주자는 박하은이다. 박하은이 부른 파트1 '유리문'은 다음 달 6일 공개된다. 2023년 KBS2 드라마 '달빛 정원' OST '꽃샘'으로 이름을 알린 박하은은 이번 곡에서 깊은 감성을 전한다.\n\n파트2는 밴드 새벽비행이 부른 '소금길'이다.\n";
        let r = read(text, &Tables::builtin());
        let drama = |t: &str| {
            r.songs
                .iter()
                .find(|s| s.track == t)
                .and_then(|s| s.drama.clone())
        };
        assert_eq!(drama("꽃샘").as_deref(), Some("달빛 정원"));
        assert_eq!(drama("소금길").as_deref(), Some("겨울 항구"));
    }

    #[test]
    fn a_works_corner_brackets_lean_to_the_drama() {
        // A poll's list, `『D』 A - T`: the corner brackets mark the work, whose title the
        // tables know or not.
        let text = "## OST 투표 결과\n1위 『겨울 항구』 박하은 - 유리문\n2위 『달빛 정원』 김도윤 - 소금길\n3위 『봄날의 우체국』 새벽비행 - 안개 항구\n";
        assert_eq!(
            kept(text),
            [
                rec("겨울 항구", "유리문", "박하은"),
                rec("달빛 정원", "소금길", "김도윤"),
                rec("봄날의 우체국", "안개 항구", "새벽비행")
            ]
        );
        // Less than a known drama's title beside them: `D - 『T』 A`.
        let got = kept(
            "## 추천 OST\n1. 도깨비 - 『Beautiful』 크러쉬\n2. 도깨비 - 『Stay With Me』 찬열\n",
        );
        assert_eq!(got[0], rec("도깨비", "Beautiful", "크러쉬"));
    }

    #[test]
    fn an_albums_name_is_no_song() {
        let text = "# NOVA8 Sings Sweet OST For “Winter Harbor”\n\nNOVA8 has joined the soundtrack of tvN’s “Winter Harbor”! On March 3, the group released “Glass Door,” the drama’s fourth OST.\n\nMeanwhile, NOVA8 is set to make a comeback with their third mini album ‘Orbit’ and its title track ‘Gravity’ later this month. They debuted with the EP “Ferry Tales.”\n";
        let got: Vec<_> = kept(text).into_iter().map(|(_, t, _)| t).collect();
        assert_eq!(got, ["Glass Door"]);
        let text = "## 겨울 항구\n박하은은 드라마 OST ‘유리문’을 불렀다. 그는 미니앨범 ‘소금길’로 데뷔했다.\n";
        let got: Vec<_> = kept(text).into_iter().map(|(_, t, _)| t).collect();
        assert_eq!(got, ["유리문"]);
    }

    #[test]
    fn a_bare_title_an_apposition_calls_a_song_is_credited_by_its_by() {
        let text = "## The Last Fare\nThe album included Red Light by singer-songwriter Uhm Ji-soo and Passenger Seat, a duet by Kim Yu-bin and Park Hoon-jae.\n";
        let got: Vec<_> = kept(text).into_iter().map(|(_, t, a)| (t, a)).collect();
        assert_eq!(
            got,
            [
                ("Red Light".to_string(), "Uhm Ji-soo".to_string()),
                (
                    "Passenger Seat".to_string(),
                    "Kim Yu-bin and Park Hoon-jae".to_string()
                )
            ]
        );
        // Without the comma the words before `by` are no apposition of the run.
        let got = kept("## The Last Fare\nI replayed Passenger Seat a duet by Kim Yu-bin.\n");
        assert!(got.iter().all(|r| r.1 != "Passenger Seat"), "{got:?}");
    }

    #[test]
    fn a_drama_between_a_quoted_title_and_its_sung_by_is_the_songs() {
        // A Q&A page's byline is no song.
        assert!(kept("## Salt Harbor\nAnswered by Mira Dove · 14K views\n").is_empty());
        let got = kept("Mine is “Glass Door” from Salt Harbor, sung by Mira Dove. That bridge!\n");
        assert_eq!(got, [rec("Salt Harbor", "Glass Door", "Mira Dove")]);
        // A quoted title's bracket that names no singer is its drama, before `by` or a
        // dash's `sung by`; a part is none (a year makes the quote a drama's name).
        for (text, drama) in [
            (
                "“Glass Door” (Winter Harbor) by Mira Dove.\n",
                "Winter Harbor",
            ),
            (
                "“Glass Door” (Winter Harbor) – sung by Mira Dove. So good.\n",
                "Winter Harbor",
            ),
            (
                "## Salt Harbor\n“Glass Door” (Part 2) by Mira Dove.\n",
                "Salt Harbor",
            ),
            // A bracket in the other script glosses the title: the drama is the
            // section's, quoted or not.
            (
                "## Salt Harbor\n「유리문」 (\"Glass Door\") by Mira Dove.\n",
                "Salt Harbor",
            ),
            (
                "## Salt Harbor\nIt is surely ‘유리문’ (Glass Door) by Mira Dove.\n",
                "Salt Harbor",
            ),
        ] {
            let got = kept(text);
            assert_eq!(got.len(), 1, "{text}: {got:?}");
            assert_eq!(
                (got[0].0.as_str(), got[0].2.as_str()),
                (drama, "Mira Dove"),
                "{text}"
            );
            assert!(
                got[0].1.ends_with("Glass Door") || got[0].1.starts_with("유리문"),
                "{got:?}"
            );
        }
        // A forum's bare title, the drama after it named with `from`.
        let got = kept("My pick: Glass Garden from The Quiet Clinic, sung by Yuri.\n");
        assert_eq!(got, [rec("The Quiet Clinic", "Glass Garden", "Yuri")]);
        // A run the text names no drama stays the credited title.
        let r = read(
            "I love “Glass Door” and also Paper Boat, sung by Mira Dove.\n",
            &Tables::builtin(),
        );
        assert!(
            candidates(&r)
                .iter()
                .any(|c| c.0 == "Paper Boat" && c.1 == "Mira Dove"),
            "{:?}",
            candidates(&r)
        );
    }

    #[test]
    fn credits_in_an_apposition_a_passive_or_the_next_sentence() {
        let text = "## Winter Harbor OST\nMy favorite is \"Glass Door.\" Kim Na Ra sings it with restraint.\nLess loved is \"Salt Road,\" a mid-tempo number by Park Ha-eun.\n\"Lanterns\" was remade by Lee Dan.\n";
        let got: Vec<_> = kept(text).into_iter().map(|(_, t, a)| (t, a)).collect();
        let want = [
            ("Glass Door", "Kim Na Ra"),
            ("Salt Road", "Park Ha-eun"),
            ("Lanterns", "Lee Dan"),
        ];
        assert_eq!(got, want.map(|(t, a)| (t.to_string(), a.to_string())));
    }

    #[test]
    fn a_heading_with_its_soundtracks_part_is_a_song_its_paragraph_credits() {
        let text = "Every song on the Hello, Ferry Lights OST, ranked by tears\n\nI finished the show last night.\n\n5. Paper Kite (Part 1)\nSung by LUMEN member Cho Dan. It's cute and it opens the drama.\n\n4. Low Stairs (Part 3)\nA duet by Han Yuri & Seo Jin, and the funniest title on the album.\n\n2. Harbor Key (Part 4)\nKang Bo-ra is incredible here.\n";
        let got = kept(text);
        for want in [
            rec("Hello, Ferry Lights", "Paper Kite", "LUMEN member Cho Dan"),
            rec("Hello, Ferry Lights", "Low Stairs", "Han Yuri & Seo Jin"),
            rec("Hello, Ferry Lights", "Harbor Key", "Kang Bo-ra"),
        ] {
            assert!(got.contains(&want), "{want:?} in {got:?}");
        }
        // A heading with no part is no song by itself; nor is a part's number alone.
        let got = kept("Every song on the Ferry Lights OST\n\n5. Paper Kite\nIt's cute.\n\nPart 2 (Part 2)\nNothing.\n");
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn numbered_headings_under_one_soundtracks_headline_are_its_songs() {
        let text = "# Every song from the Ferry Lights OST, ranked\nThe drama ended last night.\n## 3. Pill Moon\nA duet from Noa Seo & Kang Ha-rim, and a proper old one.\n## 2. Closing Bell\nKang Ha-rim sings it alone. I cried.\n## 1. Blanket Song (Acoustic)\nLee Do-yun sings it. Of course.\n";
        let got = kept(text);
        for want in [
            rec("Ferry Lights", "Pill Moon", "Noa Seo & Kang Ha-rim"),
            rec("Ferry Lights", "Closing Bell", "Kang Ha-rim"),
        ] {
            assert!(got.contains(&want), "{want:?} in {got:?}");
        }
        // Under a headline of many dramas' songs, the headings are the dramas.
        let text = "# The best OSTs of the year, ranked\n## 3. Pill Moon\nA duet from Noa Seo & Kang Ha-rim, and a proper old one.\n## 2. Closing Bell\nKang Ha-rim sings it alone.\n## 1. Blanket Road\nLee Do-yun sings it.\n";
        assert!(kept(text).is_empty(), "{:?}", kept(text));
    }

    #[test]
    fn a_name_its_episodes_follow_is_a_shows() {
        let text = "## Show notes\n02:15 Paper Orchard, eps 1–6: the setup\n09:40 OST talk: “Glass Door” (Park Ha-eun), the song they use every time\n";
        let got = kept(text);
        assert!(
            got.contains(&rec("Paper Orchard", "Glass Door", "Park Ha-eun")),
            "{got:?}"
        );
        // A title's possessive stays in it; a sentence's first preposition goes.
        for (text, drama) in [
            ("In Paper Orchard ep 12 there is a song, “Glass Door” by Park Ha-eun, that I love.\n", "Paper Orchard"),
            ("Tomorrow's Orchard episode 9 ends on a song, “Glass Door” by Park Ha-eun.\n", "Tomorrow's Orchard"),
            // A headline capitalises its episodes into a run of their own.
            ("‘Paper Orchard’ Episodes 9–10 Recap: Missed Calls\n", "Paper Orchard"),
            ("# Paper Orchard: Episodes 7-8\n", "Paper Orchard"),
        ] {
            let r = read(text, &Tables::builtin());
            assert!(
                r.dramas.iter().any(|d| d.name == drama && d.cue == "drama.part_of"),
                "{text}: {:?}",
                r.dramas
            );
        }
    }

    #[test]
    fn a_publications_own_name_heads_no_drama() {
        for heading in [
            "The Second Lead Podcast",
            "THE OST DROP: Issue #112",
            "Weekly K-Drama Roundup",
        ] {
            assert!(tie::generic(heading), "{heading}");
            let got = kept(&format!(
                "## {heading}\n“Glass Door” by Park Ha-eun is lovely.\n"
            ));
            assert!(got.iter().all(|r| r.0 != heading), "{got:?}");
        }
        assert!(!tie::generic("Winter Harbor"));
    }

    #[test]
    fn a_labels_number_or_a_mastheads_site_heads_no_drama() {
        let t = Tables::builtin();
        for (heading, drama) in [
            ("Barcode: 8804775301298", None),
            ("Posts: 1,290", None),
            (
                "Moon Tide: The Lighthouse",
                Some("Moon Tide: The Lighthouse"),
            ),
            // A masthead names its site; a title that merely ends so is one under a body.
            ("Harborside Entertainment News", None),
            ("Drama Daily", None),
            ("Moon Tide Times", Some("Moon Tide Times")),
        ] {
            // A title under the page's first paragraph is no masthead.
            let (text, at) = if heading.ends_with("Times") {
                (format!("Weekend picks are here for you.\n\n{heading}\n“Glass Door” by Park Ha-eun\n"), 1)
            } else {
                (format!("{heading}\n“Glass Door” by Park Ha-eun\n"), 0)
            };
            let r = read(&text, &t);
            let has_song = song_lines(r.lines.len(), &r.songs);
            let got = tie::heading_drama(&r, at, &t, &has_song);
            assert_eq!(got.map(|(d, _)| d).as_deref(), drama, "{heading}");
        }
    }

    #[test]
    fn a_brackets_list_of_titles_is_a_performers_past_work_named_in_passing() {
        let t = knowing(&[("Moon Tide", "Moon Tide")]);
        let review = "REVIEW | \"Winter Harbor\" is the quietest drama of the year\n\n\
            There is a moment in tvN's \"Winter Harbor\" when nothing happens.\n\n## The performances\n\n\
            Mira Dove has acted for years (\"Salt Road,\" \"Producer Kim,\" \"Moon Tide\"), but nothing prepared me for this.\n\n\
            ## The music\n\nThe main theme is Kim Ha-na's “Paper Boat”, a slow song.\n";
        assert_eq!(
            kept_with(review, &t),
            [rec("Winter Harbor", "Paper Boat", "Kim Ha-na")]
        );
        // A work's facts in its bracket are no list of titles.
        let r = read("Mira Dove starred in Moon Tide (tvN, 2021).\n", &t);
        assert!(
            r.dramas.iter().all(|d| !tie::filmography(&r, d)),
            "{:?}",
            r.dramas
        );
    }

    #[test]
    fn a_name_glossed_with_its_actor_is_a_characters_no_drama() {
        let recap = "Crash Course: Episode 4 Recap\n\n\
            Last week ended with Mira (Park Ha-eun) finally home, and Doyun (Kim Seo-jin) refusing to look back.\n\n\
            Over the top of this the show plays \"Paper Boat\" by Lee Dan-bi, which has become Mira's theme.\n";
        assert_eq!(
            kept(recap),
            [rec("Crash Course", "Paper Boat", "Lee Dan-bi")]
        );
        // Without the actor's gloss, a theme's owner may be a show.
        let r = read(
            "The show plays \"Paper Boat\" by Lee Dan-bi, which has become Mira's theme.\n",
            &Tables::builtin(),
        );
        assert!(r.dramas.iter().any(|d| d.name == "Mira"), "{:?}", r.dramas);
    }

    #[test]
    fn two_sentences_in_a_line_are_a_replys_prose_no_heading() {
        let t = knowing(&[("Winter Harbor", "Winter Harbor")]);
        for (heading, drama) in [
            (
                "WINTER HARBOR. I cried so hard at that ending I could not focus on the lyrics",
                None,
            ),
            (
                "Winter Harbor! Nothing else comes close for me, sorry",
                None,
            ),
            // An abbreviation's stop, a question or a bracket after the stop end nothing.
            (
                "Mr. Winter Harbor O.S.T - KBS2 drama (2CD + photobook) out now",
                Some("Mr. Winter Harbor"),
            ),
            (
                "Winter Harbor OST: which song is the best?? (links inside)",
                Some("Winter Harbor"),
            ),
        ] {
            let text = format!("{heading}\n“Glass Door” by Park Ha-eun\n");
            let r = read(&text, &t);
            let has_song = song_lines(r.lines.len(), &r.songs);
            let got = tie::heading_drama(&r, 0, &t, &has_song);
            assert_eq!(got.map(|(d, _)| d).as_deref(), drama, "{heading}");
        }
    }

    #[test]
    fn the_next_sentence_about_the_song_names_its_drama() {
        let text = "## This week's chart\nThe ballad “Paper Moon” from tvN's drama “Harbour Lights” held No. 3. Rounding out the top ten was “Glass Door.” Park Ha-eun lends her voice to the track for KBS's medical drama “Night Ward.”\n";
        let got = kept(text);
        assert!(
            got.contains(&rec("Night Ward", "Glass Door", "Park Ha-eun")),
            "{got:?}"
        );
        // A singer's past work in that sentence names no drama of the song.
        let text = "## This week's chart\nThe ballad “Paper Moon” from tvN's drama “Harbour Lights” held No. 3. Rounding out the top ten was “Glass Door.” It's sung by Park Ha-eun, who you might remember from the audition show “Voice of Tomorrow”.\n";
        let got = kept(text);
        assert!(
            !got.iter()
                .any(|r| r.1 == "Glass Door" && r.0 != "Harbour Lights"),
            "{got:?}"
        );
    }

    #[test]
    fn a_dramas_cast_is_no_singer_of_its_song() {
        for (text, title) in [
            ("## 소식\n배우 김도윤, 이하람 주연의 tvN 토일드라마 '겨울 항구'의 OST '유리문'이 오늘 공개된다.\n", "유리문"),
            ("## News\nActors Kim Do-yoon and Lee Ha-ram's tvN drama “Winter Harbour” has unveiled its OST “Glass Door”.\n", "Glass Door"),
        ] {
            assert_eq!(credit_of(text, title).artists, "", "{text}");
        }
        // The sentence's own subject, who starred in it, sings.
        let s = credit_of("## 소식\n김도윤은 자신이 주연을 맡은 KBS2 드라마 〈겨울 항구〉의 OST '유리문'을 라이브로 선보였다.\n", "유리문");
        assert_eq!(s.artists, "김도윤");
    }

    #[test]
    fn a_korean_next_sentence_about_another_song_credits_that_song() {
        let s = credit_of("## 겨울 항구 OST\n첫 번째 곡은 '소금길'이다. 이번 곡은 가수 이하람이 '등불'과 함께 불렀다.\n", "소금길");
        assert_eq!(s.artists, "");
    }

    #[test]
    fn a_bare_korean_word_shaped_like_a_name_is_no_subject() {
        // `유통사` and `이듬해` open with a surname's syllable; neither sings.
        for text in [
            "## 겨울 항구 OST\n13일 음원 유통사 스톤뮤직에 따르면 OST Part.6 '유리문'이 이날 발매된다.\n",
            "## 겨울 항구 OST\n그는 이듬해 SBS 드라마 '소금길'의 '유리문'으로 정점을 찍었다.\n",
        ] {
            let s = credit_of(text, "유리문");
assert_eq!(s.artists, "", "{text}");
        }
        // A broadcaster before its drama word, a verb's ending: no name either.
        for text in [
            "## 소식\n2023년 HBS 월화드라마 <겨울 항구>의 OST Part.2 '유리문'이 1위를 기록했다.\n",
            "## 소식\n그는 가장 좋아하는 OST로 《겨울 항구》의 '유리문'을 꼽았다.\n",
        ] {
            let s = credit_of(text, "유리문");
            assert_eq!(s.artists, "", "{text}");
        }
        // With a particle, a gloss or a role word, the name sings.
        for (text, want) in [
            (
                "## 겨울 항구 OST\n박하은이 부른 OST '유리문'이 이날 발매된다.\n",
                "박하은",
            ),
            (
                "## 소식\n김도윤, '겨울 항구' OST Part 3 '유리문' 발매…\"겨울 감성 가득\"\n",
                "김도윤",
            ),
            (
                "## 겨울 항구 OST\n가수 김도윤 신곡 OST '유리문'이 이날 발매된다.\n",
                "김도윤",
            ),
        ] {
            let s = credit_of(text, "유리문");
            assert!(s.artists.starts_with(want), "{text}: {}", s.artists);
        }
    }

    #[test]
    fn a_sentence_that_pairs_two_singers_credits_both() {
        let s = credit_of("## Winter Harbor OST\nThe strange duet: the drama paired trot singer Kim Do-yoon and indie rocker Lee Dan on the song “Glass Door.”\n", "Glass Door");
        assert_eq!(s.artists, "Kim Do-yoon, Lee Dan");
        // Two names without a pairing verb: the nearer sings.
        let s = credit_of("## Winter Harbor OST\nThe drama stars Kim Do-yoon, and indie rocker Lee Dan sings the song “Glass Door.”\n", "Glass Door");
        assert_eq!(s.artists, "Lee Dan");
    }

    #[test]
    fn a_subjects_group_is_written_with_its_member() {
        for (text, want) in [
            ("## Winter Harbor OST\nJeon Sol of girl group PRISM lent her voice to Part 4, “Glass Door,” the lightest song.\n", "Jeon Sol (PRISM)"),
            ("## Winter Harbor OST\nThis week PRISM member Haneul recorded the song “Glass Door” for the drama.\n", "Haneul (PRISM)"),
        ] {
            let s = credit_of(text, "Glass Door");
assert_eq!(s.artists, want, "{text}");
        }
    }

    #[test]
    fn respectively_credits_each_song_with_its_name_in_order() {
        let got = kept("## Winter Harbor OST\nPreviously, Park Ha-eun, Lee Dan, and Kim Do-yoon took part in the soundtrack with “Glass Door,” “Salt Road,” and “Lanterns,” respectively.\n");
        let credits: Vec<(String, String)> = got.into_iter().map(|r| (r.1, r.2)).collect();
        assert_eq!(
            credits,
            [
                ("Glass Door", "Park Ha-eun"),
                ("Salt Road", "Lee Dan"),
                ("Lanterns", "Kim Do-yoon")
            ]
            .map(|(t, a)| (t.to_string(), a.to_string()))
        );
        // Korean's `각각`, past role words and particles.
        let got =
            kept("## 겨울 항구 OST\n가수 김도윤과 이하람이 각각 '유리문', '소금길'을 불렀다.\n");
        let credits: Vec<(String, String)> = got.into_iter().map(|r| (r.1, r.2)).collect();
        assert_eq!(
            credits,
            [("유리문", "김도윤"), ("소금길", "이하람")]
                .map(|(t, a)| (t.to_string(), a.to_string()))
        );
        // As many names as songs, or no pairing.
        let got = kept("## Winter Harbor OST\nPark Ha-eun and Lee Dan sang “Glass Door,” “Salt Road,” and “Lanterns,” respectively.\n");
        assert!(
            !got.iter().any(|r| r.1 == "Salt Road" && r.2 == "Lee Dan"),
            "{got:?}"
        );
    }

    #[test]
    fn a_verb_form_opening_a_sentence_is_no_singer() {
        for text in [
            "## Winter Harbor OST\nRounding out the list is the song “Glass Door,” a slow ballad.\n",
            "## Winter Harbor OST\nAccording to the label, the actor recorded the song “Glass Door” last week.\n",
        ] {
            let s = credit_of(text, "Glass Door");
assert_eq!(s.artists, "", "{text}");
        }
        // A name that opens a sentence about songs is its subject.
        let r = read(
            "## Winter Harbor OST\nMiradove gives us the song “Glass Door” this week.\n",
            &Tables::builtin(),
        );
        assert_eq!(r.songs[0].artists, "Miradove");
    }

    #[test]
    fn a_bare_title_with_a_comma_keeps_its_first_word() {
        // (The picks are two: a layout on one line alone is weak evidence.)
        let text = "## Winter Harbor OST\nMy picks, in order:\n- Love, Perhaps by Park Ha-eun\n- Low Tide by Jo Hana\nWinter Harbor -> Very, Softly by Lee Dan. on repeat\nFinally, Glass Door by Kim Do-yoon closes it all.\n";
        let tracks: Vec<String> = kept(text).into_iter().map(|r| r.1).collect();
        for want in ["Love, Perhaps", "Very, Softly", "Glass Door"] {
            assert!(tracks.iter().any(|t| t == want), "{want}: {tracks:?}");
        }
    }

    #[test]
    fn a_singing_verb_before_a_bare_title_and_its_drama_credits_the_subject() {
        let t = knowing(&[("Winter Harbor", "Winter Harbor")]);
        let got = |text: &str| {
            let r = read(text, &t);
            r.kept()
                .map(|s| (s.track.clone(), s.artists.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            got("It was a year of hits, from Paper Moon to Red Velvet singing the bright, hopeful Glass Door Again for Winter Harbor.\n"),
            [("Glass Door Again".to_string(), "Red Velvet".to_string())]
        );
        // Without a drama after it, the verb's object is any song.
        assert_eq!(
            got("Red Velvet singing the bright, hopeful Glass Door Again at the awards was a moment.\n"),
            []
        );
    }

    #[test]
    fn a_title_before_its_dramas_bracket_is_credited_after_it() {
        let t = knowing(&[("Winter Harbor", "Winter Harbor")]);
        let got = |text: &str| {
            let r = read(text, &t);
            r.kept()
                .map(|s| (s.drama.clone(), s.track.clone(), s.artists.clone()))
                .collect::<Vec<_>>()
        };
        for text in [
            "Glass Door Again (Winter Harbor) by Park Ha-eun and Lee Dan obviously.\n",
            "“Glass Door Again” (Winter Harbor) by Park Ha-eun and Lee Dan obviously.\n",
        ] {
            assert_eq!(
                got(text),
                [(
                    Some("Winter Harbor".to_string()),
                    "Glass Door Again".to_string(),
                    "Park Ha-eun and Lee Dan".to_string()
                )],
                "{text}"
            );
        }
        // A possessor described after `by` is no singer.
        let r = read(
            "10. “Glass Door Again” (Winter Harbor, 2013), sung by the lead actor Kim Do-yoon's co-star Lee Dan.\n",
            &t,
        );
        assert!(
            r.songs.iter().all(|s| s.artists != "Kim Do-yoon"),
            "{:?}",
            r.songs
        );
    }

    #[test]
    fn a_stores_album_column_names_the_drama() {
        let text = "# Rainy day OSTs\n1. Glass Door | Park Ha-eun | Paper Orchard (Original Television Soundtrack), Pt. 1 | Mar 2, 2024 | 3:53\n2. Salt Road | Kim Do-yoon | Harbour Lights (Original Television Soundtrack) | Mar 2, 2024 | 4:03\n3. Lanterns | Lee Dan | Harbour Lights (Original Soundtrack), Pt. 4 | Mar 3, 2024 | 3:41\n4. Bus Stop | Oh Se-hun | Paper Orchard (Original Television Soundtrack) | Mar 3, 2024 | 3:12\n";
        let got = kept(text);
        assert_eq!(
            got,
            [
                rec("Paper Orchard", "Glass Door", "Park Ha-eun"),
                rec("Harbour Lights", "Salt Road", "Kim Do-yoon"),
                rec("Harbour Lights", "Lanterns", "Lee Dan"),
                rec("Paper Orchard", "Bus Stop", "Oh Se-hun"),
            ],
            "{got:?}"
        );
    }

    #[test]
    fn a_credit_past_a_copula_a_drama_bracket_or_in_a_song_is_by_sentence() {
        let text = "## New this week\n“Glass Door” (Paper Orchard OST Part.3) by Park Ha-eun. I liked it at once.\n\nThe first part of the OST for tvN's “Harbour Lights” arrived on May 2. ‘Salt Road’ is by Kim Do-yoon featuring Lee Dan, a slow number.\n\nThe second part of the OST for tvN's “Harbour Lights” is “Lanterns.” The upbeat hip-hop track is by Oh Se-hun, and it plays in episode 3.\n";
        let got = kept(text);
        assert_eq!(
            got,
            [
                rec("Paper Orchard", "Glass Door", "Park Ha-eun"),
                rec(
                    "Harbour Lights",
                    "Salt Road",
                    "Kim Do-yoon featuring Lee Dan"
                ),
                rec("Harbour Lights", "Lanterns", "Oh Se-hun"),
            ],
            "{got:?}"
        );
        // A bracket that names no drama keeps the title from the credit; `The drama is
        // by` names its writer.
        let got = kept("## New this week\n“Glass Door” (a slow one) by Park Ha-eun is out.\nThe first part is “Salt Road.” The drama is by writer Kim Eun-sook.\n");
        assert!(
            got.iter().all(|r| r.1 != "Glass Door" && r.2.is_empty()),
            "{got:?}"
        );
    }

    #[test]
    fn a_bracket_after_a_drama_holds_its_song_and_singer() {
        let got = kept("My shortlist: Winter Harbor (“Glass Door” by Park Ha-eun), Paper Orchard (\"Salt Road\" by Kim Do-yoon again!) and little else.\n");
        assert_eq!(
            got,
            [
                rec("Winter Harbor", "Glass Door", "Park Ha-eun"),
                rec("Paper Orchard", "Salt Road", "Kim Do-yoon"),
            ],
            "{got:?}"
        );
        // A singer before the bracket, or a bracket without `by`, is no drama's song.
        for text in [
            "Best covers: IU (“Glass Door” by Park Ha-eun) and little else.\n",
            "My shortlist: Winter Harbor (“Glass Door”, a ballad) and little else.\n",
        ] {
            let r = read(text, &Tables::builtin());
            assert!(
                !r.songs
                    .iter()
                    .any(|s| s.rule == "prose.drama_bracket_credit"),
                "{text}"
            );
        }
    }

    #[test]
    fn a_passive_clause_past_an_apposition_credits_the_song() {
        let credit = |text: &str| {
            let r = read(text, &Tables::builtin());
            let s = r
                .songs
                .iter()
                .find(|s| s.track.starts_with("Paper Lanterns"));
            s.map(|s| (s.artists.clone(), s.credit_tie)).unwrap()
        };
        for (text, want) in [
            (
                "“Paper Lanterns,” the second song from the KBS series “Harbour Lights,” was sung by Kim Do-yoon. It charted for weeks.\n",
                "Kim Do-yoon",
            ),
            // The group before its member; a guest after `featuring`.
            (
                "“Paper Lanterns,” a ballad from the tvN drama “Harbour Lights,” was sung by BTS member Jin.\n",
                "BTS member Jin",
            ),
            (
                "Don't skip “Paper Lanterns” from the drama “Harbour Lights” either, performed by Park Ha-eun featuring rapper Lee Dan.\n",
                "Park Ha-eun, Lee Dan",
            ),
        ] {
            assert_eq!(credit(text), (want.to_string(), "line"), "{text}");
        }
        // Another song between the title and the clause takes it; a possessor described
        // is no singer.
        for text in [
            "“Paper Lanterns” from the drama “Harbour Lights” and “Salt Road,” which was sung by Kim Do-yoon, both charted.\n",
            "“Paper Lanterns,” from the drama “Harbour Lights,” was sung by Kim Do-yoon's co-star.\n",
        ] {
            assert_eq!(credit(text).0, "", "{text}");
        }
    }

    #[test]
    fn a_title_heading_takes_the_credit_its_paragraph_opens_with() {
        let text = "# Winter Harbor OST, ranked\n## 2. “Glass Door”\nPark Ha-eun and Kim Do-yoon trade lines in this duet.\n## 1. “Salt Road”\nSung by Mira Dove, this one closes the show.\n## Why “Paper Moon” still hurts\nJo Hana wrote about it.\n";
        assert_credits(
            text,
            &[
                ("Glass Door", "Park Ha-eun and Kim Do-yoon"),
                ("Salt Road", "Mira Dove"),
                // A headline holds more than the title: its paragraph is no item's.
                ("Paper Moon", ""),
            ],
        );
    }

    #[test]
    fn a_page_titled_with_its_drama_keeps_it_for_its_track_tables() {
        // Wiki pages: an infobox before the lead, other dramas named in passing, the
        // page's title a strong drama or a known title.
        let english = "# Winter Harbor\nWinter Harbor\nHangul\n겨울 항구\nGenre | Melodrama\nWritten by | Lee Dan\nNetwork | tvN\nWinter Harbor is a 2021 South Korean television series. Its writer previously wrote the hit web series Moon Tide.\n## Original soundtrack\n## Part 1\nNo. | Title | Lyrics | Artist\n1. “Glass Door” | Lee Dan | Park Ha-eun\n## Part 2\nNo. | Title | Lyrics | Artist\n1. “Salt Road” | Lee Dan | Kim Do-yoon\n";
        let korean = "# 눈물의 여왕\n장르 | 로맨틱 코미디\n음악 | 이단\n## 1. 개요\n《사랑의 불시착》, 《별에서 온 그대》의 작가가 쓴 드라마.\n## 5. OST\n## 5.1. Part 1\n트랙 | 곡명 | 가수 | 작사\n1. 소금길 | 박하은 | 이단\n## 5.2. Part 2\n곡명 | 유리문\n가수 | 김도윤\n발매일 | 2024.03.17\n";
        for (wiki, want) in [
            (
                english,
                [
                    rec("Winter Harbor", "Glass Door", "Park Ha-eun"),
                    rec("Winter Harbor", "Salt Road", "Kim Do-yoon"),
                ],
            ),
            (
                korean,
                [
                    rec("눈물의 여왕", "소금길", "박하은"),
                    rec("눈물의 여왕", "유리문", "김도윤"),
                ],
            ),
        ] {
            assert_eq!(kept(wiki), want, "{wiki}");
        }
    }

    #[test]
    fn a_korean_clause_after_the_song_names_no_singer() {
        // `불러` goes on with the clause (`호평을 받았다`); each singer is its quote's subject.
        let got = kept("## 졸업 OST\n가수 정오가 파트1 '소란스런 마음'을, 가수 한다온이 파트2 '기억의 온도'를 불러 호평을 받았다.\n");
        assert_eq!(
            got,
            [
                rec("졸업", "소란스런 마음", "정오"),
                rec("졸업", "기억의 온도", "한다온")
            ]
        );
        // `부른` qualifies the name after it; a photo's credit is no one.
        let got = kept("## 졸업 OST\n'소란스런 마음'을 부른 정오가 무대에 올랐다.\n'기억의 온도' - 안테나 제공\n");
        assert_eq!(got, [rec("졸업", "소란스런 마음", "정오")]);
    }

    #[test]
    fn a_korean_broadcaster_before_a_quote_names_its_drama() {
        let got = kept("## 올해의 OST\nJTBC '겨울 항구'는 박하은의 '유리문'으로 시청자의 눈물을 훔쳤다.\n넷플릭스 '소금길'이 포문을 열었다. 김도윤의 '달빛'은 차트에 올랐다.\n");
        assert_eq!(
            got,
            [
                rec("겨울 항구", "유리문", "박하은"),
                rec("소금길", "달빛", "김도윤")
            ]
        );
    }

    #[test]
    fn a_from_line_under_an_item_names_its_drama_and_a_film_is_no_articles_drama() {
        let text = "# Ten songs of the year\n## 2. “Glass Door” – Park Ha-eun\nFrom Winter Harbor\nA slow ballad for the last episode.\n## 1. “Salt Road” – Kim Do-yoon\nFrom Moon Tide\n## Honorable mention\n“Kite” – Lee Dan, from the movie Paper Sky\n";
        assert_eq!(
            kept(text),
            [
                rec("Winter Harbor", "Glass Door", "Park Ha-eun"),
                rec("Moon Tide", "Salt Road", "Kim Do-yoon")
            ]
        );
    }

    #[test]
    fn a_drama_label_under_a_ranked_item_names_its_drama_without_its_facts() {
        let text = "Our songs\n\nNo. 2 – “Glass Door” by Park Ha-eun\nFrom: Winter Harbor (tvN)\nA slow ballad.\n\nNo. 1 – “Salt Road” by Kim Do-yoon\nDrama: 달의 바다 (Moon Sea), JTBC, 2022\n";
        assert_eq!(
            kept(text),
            [
                rec("Winter Harbor", "Glass Door", "Park Ha-eun"),
                rec("달의 바다", "Salt Road", "Kim Do-yoon")
            ]
        );
    }

    #[test]
    fn a_dramas_name_loses_its_albums_kind_a_remarks_word_and_nothing_of_its_own() {
        // A known title keeps its number and its colon; a remark's `also` and an album's
        // `Original` go; a title glossed whole keeps its `from`.
        let cases = [
            (
                "My playlist\n\nDon't Worry – Lee Juck (Reply 1988)\nBlue Umbrella – Jung Yi-seul (also Winter Weather)\nLee Hi - “My Love” | Moon Lovers: Scarlet Heart Ryeo\n",
                vec![
                    rec("Reply 1988", "Don't Worry", "Lee Juck"),
                    rec("Winter Weather", "Blue Umbrella", "Jung Yi-seul"),
                    rec("Moon Lovers: Scarlet Heart Ryeo", "My Love", "Lee Hi"),
                ],
            ),
            (
                "Moonlit Ferry Original Soundtrack\n\n1. “Harbor Light” - Kim Do-yoon\n2. “Paper Moon” - Lee Dan\n",
                vec![
                    rec("Moonlit Ferry", "Harbor Light", "Kim Do-yoon"),
                    rec("Moonlit Ferry", "Paper Moon", "Lee Dan"),
                ],
            ),
            (
                "## Winter Letters from Jeju (제주에서 온 겨울편지)\n- “Snow Path” – Lee Dan\n- “Tangerine” – Park Ha-eun\n",
                vec![
                    rec("Winter Letters from Jeju", "Snow Path", "Lee Dan"),
                    rec("Winter Letters from Jeju", "Tangerine", "Park Ha-eun"),
                ],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(kept(text), want, "{text}");
        }
    }

    #[test]
    fn a_broadcaster_and_its_days_sing_nothing() {
        let got = kept("Singer Kim Do-yoon has joined the soundtrack of tvN's Saturday-Sunday drama “Moon Inn.” His song “Lantern” is out on Sunday.\nSBS's Friday drama “Salt Road” airs tonight.\n");
        assert!(
            got.iter()
                .all(|(_, t, a)| t != "Saturday-Sunday" && t != "Friday" && a != "tvN"),
            "{got:?}"
        );
    }

    #[test]
    fn a_sites_bar_of_links_and_a_count_of_answers_name_nothing() {
        let text = "Home | News | Music | About\nShare   Save   Hide   Report\n\nWhich song plays in episode 5 of Winter Harbor?\n\n3 Answers\n\nGlass Door – Park Ha-eun\nSalt Road – Kim Do-yoon\n\n👍 211   Reply\n";
        let got = kept(text);
        assert!(
            got.iter().all(|(d, t, a)| ![d, t, a].iter().any(|n| {
                [
                    "Home",
                    "News",
                    "Share",
                    "Save",
                    "Report",
                    "3 Answers",
                    "211",
                    "Reply",
                ]
                .contains(&n.as_str())
            })),
            "{got:?}"
        );
        // A bar's word inside a longer name is no link: `Home` is a drama's word here.
        let text = "## Hometown OST\n“Way Home” – Kim Do-yoon\n“Home” – Lee Dan\n";
        assert_eq!(kept(text).len(), 2);
    }

    #[test]
    fn a_portals_buttons_and_counts_name_nothing() {
        let text = "드라마 ‘겨울 항구’ OST 정리\n1. 유리문 - 박하은\n2. 소금길 - 김도윤\n좋아요 12 | 화나요 0 | 슬퍼요 1\n기사원문 | 댓글 | 공유 | 폰트\n등록순 | 최신순 | 답글순\n이전글 | 목록 | 다음글\n<저작권자 ⓒ 겨울일보, 무단전재 및 재배포 금지>\n";
        let got = kept(text);
        assert_eq!(
            got,
            [
                rec("겨울 항구", "유리문", "박하은"),
                rec("겨울 항구", "소금길", "김도윤")
            ]
        );
        // A title's year is no count: `Reply 1988` is no link.
        assert!(!evidence::is_link_word("Reply 1988"));
        assert!(evidence::is_link_word("좋아요 12"));
        // A bar of skip links heads no section.
        let text = "## 겨울 항구 OST\n\n## 메뉴 바로가기 본문 바로가기\n1. 유리문 - 박하은\n";
        assert_eq!(kept(text), [rec("겨울 항구", "유리문", "박하은")]);
        assert!("메뉴 바로가기 본문 바로가기"
            .split_whitespace()
            .all(evidence::is_link_word));
        assert!(evidence::is_link_word("인쇄하기") && evidence::is_link_word("기본 정보"));
        assert!(!evidence::is_link_word("Home Sweet Home"));
    }

    #[test]
    fn an_aside_a_page_section_or_a_posters_time_heads_no_drama() {
        for heading in ["여담", "드라마 정보", "무명의 팬 15:35"] {
            let text = format!("{heading}\n박하은이 부른 ‘유리문’이 좋다.\n");
            let r = read(&text, &Tables::builtin());
            assert_eq!(candidates(&r), [("유리문", "박하은", None)], "{heading}");
        }
    }

    #[test]
    fn a_links_heading_heads_nothing_and_the_lead_is_the_first_sentence_after_a_byline() {
        // `Search...` is a known title's word and `MUSIC` a singer's shape: as a site's
        // links they head no section. The lead's drama reaches the later paragraphs.
        let text = "Home | News | Music\nSearch...\nMUSIC\n\nKim Do-yoon Joins “Winter Harbor” Soundtrack\n\nby dana_k | Mar 14, 2024 | 12 Comments\n\nSinger Kim Do-yoon has joined the soundtrack of the drama “Winter Harbor.”\n\nThe song is a slow ballad with strings.\n\nIt was composed by a veteran producer for the eighth episode.\n\nPreviously, the drama's OST lineup included “Lantern” by Lee Dan and “Closing Time” by Park Ha-eun.\n";
        assert_eq!(
            kept(text),
            [
                rec("Winter Harbor", "Lantern", "Lee Dan"),
                rec("Winter Harbor", "Closing Time", "Park Ha-eun")
            ]
        );
    }

    #[test]
    fn a_singers_voice_in_the_songs_sentence_or_the_next_credits_it() {
        let text = "## Winter Harbor OST\n“Glass Door” is a slow ballad about a last goodbye. Park Ha-eun's clear vocals carry the strings to the end.\n“Salt Road” is the rock song of the chase scenes. It plays twice.\n";
        let got = kept(text);
        assert!(
            got.contains(&rec("Winter Harbor", "Glass Door", "Park Ha-eun")),
            "{got:?}"
        );
        assert!(
            !got.iter()
                .any(|(_, t, a)| t == "Salt Road" && a == "Park Ha-eun"),
            "{got:?}"
        );
    }

    #[test]
    fn a_bracket_after_a_quote_credits_it_as_its_neighbours_does_and_a_broadcasters_quote_in_brackets_is_a_drama(
    ) {
        // `윤하` is a known singer; `달빛소년` is not, but sits where she does.
        let text = "8위와 9위는 넷플릭스 ‘두 번째 겨울’의 ‘유리문’(달빛소년)과 MBC ‘소금길’ OST ‘Yellow Light’(윤하)이 차지했다.\n3위는 ‘봄의 끝’ – 폴킴 (JTBC ‘우리들의 바다’)이다.\n";
        assert_eq!(
            kept(text),
            [
                rec("두 번째 겨울", "유리문", "달빛소년"),
                rec("소금길", "Yellow Light", "윤하"),
                rec("우리들의 바다", "봄의 끝", "폴킴")
            ]
        );
    }

    #[test]
    fn a_dash_then_sung_by_credits_the_quote_before_it() {
        assert_eq!(
            kept("## Winter Harbor OST\n“Glass Door” — sung by Park Ha-eun, the best one on the list.\n"),
            [rec("Winter Harbor", "Glass Door", "Park Ha-eun")]
        );
    }

    #[test]
    fn a_person_shaped_drama_heads_or_follows_its_item() {
        // `Moon Tide` reads as a person's name (`Moon` is a surname): a singer the section
        // names as its sentence's subject, or a broadcaster in its bracket, says it is not.
        let text = "## 1. Winter Harbor\nPark Ha-eun's “Glass Door” is the reason to watch the finale.\n## 2. Moon Tide\nKim Do-yoon sings “Salt Road,” a rock song for the chase scenes.\n";
        let want = [
            rec("Winter Harbor", "Glass Door", "Park Ha-eun"),
            rec("Moon Tide", "Salt Road", "Kim Do-yoon"),
        ];
        assert_eq!(kept(text), want);
        let text = "## Glass Door – Park Ha-eun\nWinter Harbor (tvN, 2021)\nA slow ballad.\n## Salt Road – Kim Do-yoon\nMoon Tide (JTBC, 2022)\nA rock song.\n";
        assert_eq!(kept(text), want);
    }

    #[test]
    fn a_quote_in_a_possessives_list_keeps_its_own_by() {
        let got = kept("## Winter Harbor OST\nIts songs include Kim Do-yoon's “Salt Road” and “Paper Moon” by Mira Dove.\nPark Ha-eun's “Glass Door” and “Lanterns” close the show.\n");
        let credits: Vec<_> = got.into_iter().map(|(_, t, a)| (t, a)).collect();
        let want = [
            ("Salt Road", "Kim Do-yoon"),
            ("Paper Moon", "Mira Dove"),
            ("Glass Door", "Park Ha-eun"),
            ("Lanterns", "Park Ha-eun"),
        ];
        assert_eq!(credits, want.map(|(t, a)| (t.to_string(), a.to_string())));
    }

    #[test]
    fn a_heading_of_several_dramas_heads_none_but_a_gloss_is_the_same_one() {
        // The section before goes on: neither of the two is the song's.
        let text = "## Winter Harbor OST\nA quiet show with a loud soundtrack.\n## Descendants of the Sun and Crash Landing on You\n“Salt Road” – Kim Do-yoon\n";
        assert_eq!(
            kept(text),
            [rec("Winter Harbor", "Salt Road", "Kim Do-yoon")]
        );
        let text = "## Winter Harbor (겨울 항구)\n“Paper Moon” – Mira Dove\n";
        assert_eq!(
            kept(text),
            [rec("Winter Harbor", "Paper Moon", "Mira Dove")]
        );
    }

    #[test]
    fn a_role_word_makes_a_singer_of_a_name_of_common_words() {
        // `Kim Feel` alone reads as English words; `Singer-songwriter` says who it is. A
        // release's time zone is no one.
        let text = "## Winter Harbor OST\nSinger-songwriter Kim Feel also took part. His song “Salt Road” came out as part 3.\nOn March 3 at 6 p.m. KST, “Glass Door” was released.\n";
        assert_credits(text, &[("Salt Road", "Kim Feel"), ("Glass Door", "")]);
    }

    #[test]
    fn a_bracket_of_a_part_a_group_or_a_gloss_is_no_slot() {
        for (line, track, artists) in [
            (
                "00:00 Kim Na Ra - Lanterns (Part.1)",
                "Lanterns",
                "Kim Na Ra",
            ),
            ("【Part.2】 ‘Glass Door’ – 박하은", "Glass Door", "박하은"),
            (
                "Salt Road – Lee Su Hyun (AKMU)",
                "Salt Road",
                "Lee Su Hyun (AKMU)",
            ),
            (
                "Winter Harbor OST Part 3: Lee Su Hyun (이수현) – Salt Road",
                "Salt Road",
                "Lee Su Hyun (이수현)",
            ),
            // A stage name's group in capitals, a release date after it.
            (
                "Part 2: “Salt Road” - Lumen (NOVA8) (March 17, 2024)",
                "Salt Road",
                "Lumen (NOVA8)",
            ),
        ] {
            let text = format!("## Winter Harbor OST\n{line}\n");
            assert_eq!(
                kept(&text),
                [rec("Winter Harbor", track, artists)],
                "{text}"
            );
        }
    }

    #[test]
    fn a_from_to_run_owns_from_after_its_to() {
        let text = "This year went from V’s Dawn for Moon Tide to Park Ha-eun’s Salt Road for Winter Harbor.\n";
        let got = kept(text);
        assert!(
            got.contains(&rec("Winter Harbor", "Salt Road", "Park Ha-eun")),
            "{got:?}"
        );
    }

    #[test]
    fn a_drama_and_its_song_in_one_quote_take_the_credit_around_it() {
        // After a drama word the pair is no drama's name, and `를 부른 A` credits it.
        let text = "드라마 ‘도깨비-첫눈처럼’을 부른 김도윤이 1위에 올랐다.\n";
        assert_eq!(kept(text), [rec("도깨비", "첫눈처럼", "김도윤")]);
    }

    #[test]
    fn a_known_title_with_from_in_it_is_not_split() {
        let text = "## Best of 2019\n1. Strangers from Hell (2019)\nKim Na Ra’s “Hello Goodbye” is a close second.\n";
        assert_eq!(
            kept(text),
            [rec("Strangers from Hell", "Hello Goodbye", "Kim Na Ra")]
        );
    }

    #[test]
    fn a_kicker_and_an_albums_kind_in_a_headline_make_no_record() {
        let text = "[PRESS RELEASE] “Winter Harbor” Original Soundtrack Full Album Arrives Today\nFOR IMMEDIATE RELEASE\nThe soundtrack of the drama “Winter Harbor” will be released today.\nTRACKLIST (CD 1)\n01. Lanterns – Kim Na Ra\n02. Glass Door – Park Ha-eun\n03. Salt Road – Lee Dan\n04. Dawn – Kim Do-yoon\n";
        let got = kept(text);
        assert_eq!(
            got,
            [
                rec("Winter Harbor", "Lanterns", "Kim Na Ra"),
                rec("Winter Harbor", "Glass Door", "Park Ha-eun"),
                rec("Winter Harbor", "Salt Road", "Lee Dan"),
                rec("Winter Harbor", "Dawn", "Kim Do-yoon"),
            ]
        );
    }

    #[test]
    fn a_network_in_a_year_bracket_and_a_byline_cell_name_nothing() {
        let got = mentions("Ten years on, “Winter Harbor” (SBS, 2014) holds up.\n");
        assert!(got.iter().all(|(n, _, _)| n != "SBS"), "{got:?}");
        assert_mention(
            "Ten years on, “Winter Harbor” (SBS, 2014) holds up.\n",
            "Winter Harbor",
            "drama.year",
        );
        let text = "## Winter Harbor OST\n★★★★ | by Lee Dan | Culture Desk | 7 min read\n“Lanterns” by Kim Na Ra opens it.\n";
        assert_eq!(kept(text), [rec("Winter Harbor", "Lanterns", "Kim Na Ra")]);
    }

    #[test]
    fn a_remark_after_a_known_title_in_a_slot_is_no_part_of_it() {
        let text = "My top three:\n- Gummy – Dawn [Descendants of the Sun]\n- Gummy – Lanterns [Descendants of the Sun again lol]\n- Gummy – Glass Door [Descendants of the Sun, obviously]\n";
        let got: Vec<_> = kept(text).into_iter().map(|(d, t, _)| (d, t)).collect();
        assert_eq!(
            got,
            [
                ("Descendants of the Sun".to_string(), "Dawn".to_string()),
                ("Descendants of the Sun".to_string(), "Lanterns".to_string()),
                (
                    "Descendants of the Sun".to_string(),
                    "Glass Door".to_string()
                )
            ]
        );
    }

    #[test]
    fn songs_of_a_variety_show_or_a_webtoon_drop_with_their_reason() {
        let r = read(
            "## ‘달빛 정원’ OST\n예능 ‘주말 노래방’에서 박하은이 부른 ‘소금길’도 화제였다.\n네이버웹툰 ‘유리문’ OST ‘새벽’을 부른 김도윤도 있다.\nOn the variety show Weekend Karaoke, “Lanterns” by Kim Na Ra went viral.\nKim Do-yoon sang “Paper Crane” live on the music show Stage Seoul.\n",
            &Tables::builtin(),
        );
        let got: Vec<(&str, Option<&str>)> = r
            .songs
            .iter()
            .filter(|s| s.drama.is_some())
            .map(|s| (s.track.as_str(), s.dropped))
            .collect();
        assert_eq!(
            got,
            [
                ("소금길", Some("a variety show's song")),
                ("새벽", Some("a webtoon's song")),
                ("Lanterns", Some("a variety show's song")),
                ("Paper Crane", Some("a variety show's song"))
            ]
        );
    }

    #[test]
    fn staff_credits_and_timestamps_are_no_songs() {
        let text = "## Winter Harbor OST Part 2\n“Lanterns” by Kim Na Ra\nComposed by Lee Dan, Park Ha-eun\nLyrics by Lee Dan\n작사: 이서 / 작곡: 박하은\n발매일: 2024.02.11\n";
        let got: Vec<_> = kept(text).into_iter().map(|(_, t, a)| (t, a)).collect();
        assert_eq!(got, [("Lanterns".to_string(), "Kim Na Ra".to_string())]);
        for name in ["11:50 PM", "2024.02.11 23", "08-19-2018", "3:53"] {
            assert!(evidence::not_a_name(name), "{name}");
        }
        assert!(!evidence::not_a_name("Tension 80-2"));
    }

    #[test]
    fn bylines_captions_and_table_headers_name_no_drama() {
        for heading in [
            "By: Ivy Lane",
            "Image Source : tvN",
            "Published : Jan. 11, 2022",
            "No. | Title | Artist",
        ] {
            let text =
                format!("{heading}\n“Glass Door” by Park Ha-eun\n“Salt Road” by Kim Do-yoon\n");
            let r = read(&text, &Tables::builtin());
            assert!(
                r.songs.iter().all(|s| s.drama.is_none()),
                "{heading}: {:?}",
                r.songs
            );
        }
    }
    #[test]
    fn a_table_header_row_names_its_columns() {
        for text in [
            "Drama | Song | Artist\nWinter Harbor | Glass Door | Park Ha-eun\nMoon Tide | Salt Road | Kim Do-yoon\n",
            "Song | Drama | Singer\nGlass Door | Winter Harbor | Park Ha-eun\nSalt Road | Moon Tide | Kim Do-yoon\n",
        ] {
            let got = kept(text);
            assert_eq!(
                got,
                [
                    rec("Winter Harbor", "Glass Door", "Park Ha-eun"),
                    rec("Moon Tide", "Salt Road", "Kim Do-yoon")
                ],
                "{text}"
            );
        }
    }

    #[test]
    fn korean_credits_by_a_role_topic_a_voice_or_a_particle_of_place() {
        for (text, singer) in [
            (
                "‘달빛 정원’의 OST ‘종이 등불’을 부른 가수는 한별이다.\n",
                "한별",
            ),
            ("‘달빛 정원’의 OST ‘종이 등불’ 가창자는 한별이다.\n", "한별"),
            (
                "‘달빛 정원’ OST ‘종이 등불’의 주인공은 가수 한별이다.\n",
                "한별",
            ),
            (
                "‘달빛 정원’의 OST ‘종이 등불’은 한별의 목소리로 완성됐다.\n",
                "한별",
            ),
            (
                "‘달빛 정원’의 메인 테마곡 ‘종이 등불’에는 한별과 윤서아가 참여했다.\n",
                "한별과 윤서아",
            ),
            // The subject of the clause that sings, not the composer's before it.
            (
                "‘달빛 정원’의 OST ‘종이 등불’은 작곡가 박태수가 만들고 가수 한별이 불렀다.\n",
                "한별",
            ),
            (
                "‘달빛 정원’의 OST ‘종이 등불’은 한별이 작사하고 직접 불렀다.\n",
                "한별",
            ),
            // The drama named between the title and its singer.
            (
                "한편 ‘종이 등불’은 KBS2 ‘달빛 정원’ OST로 한별이 불렀다.\n",
                "한별",
            ),
        ] {
            assert_eq!(
                kept(text),
                [rec("달빛 정원", "종이 등불", singer)],
                "{text}"
            );
        }
        // A headline's subject said to be a singer heads no section; `새 OST` is a new one.
        let text = "가수 한별, 새 OST 공개\n‘종이 등불’은 한별이 불렀다.\n";
        assert_eq!(kept(text), []);
        let text = "한별, ‘달빛 정원’ 새 OST 참여\n‘종이 등불’은 한별이 불렀다.\n";
        assert_eq!(kept(text), [rec("달빛 정원", "종이 등불", "한별")]);
        // A role as the topic of another sentence credits nothing.
        let text = "‘달빛 정원’의 OST ‘종이 등불’이 공개됐다. 가수는 무대에 섰다.\n";
        assert!(
            kept(text).iter().all(|r| r.2.is_empty()),
            "{:?}",
            kept(text)
        );
    }

    #[test]
    fn a_known_dramas_possessive_owns_the_song_credited_after_it() {
        // The whole title owns the possessive, lower-case words and all; a one-word title
        // owns a quoted song; the credit after the title is a dash's, a bracket's or a `by`.
        let text = "Some soundtracks stay with you.\n\
                    Hotel del Luna’s “Lantern Road” is sung by Kim Na-ra, who also sang for Mr. Sunshine.\n\
                    Goblin’s “Paper Boats” (Chanyeol, Punch) opened the drama.\n\
                    Descendants of the Sun’s OST “Glass Door” – Park Ha-eun is still on the charts.\n";
        assert_eq!(
            kept(text),
            [
                rec("Hotel del Luna", "Lantern Road", "Kim Na-ra"),
                rec("Goblin", "Paper Boats", "Chanyeol, Punch"),
                rec("Descendants of the Sun", "Glass Door", "Park Ha-eun"),
            ]
        );
        // A credit a few words on, after a word of singing, or a singer's possessive.
        for (text, singer) in [
            (
                "Goblin’s “Paper Boats” features the vocals of Kim Na-ra.\n",
                "Kim Na-ra",
            ),
            (
                "Goblin’s “Paper Boats” is a duet between Kim Na-ra and Park Ha-eun.\n",
                "Kim Na-ra and Park Ha-eun",
            ),
            (
                "Goblin’s “Paper Boats” was Kim Na-ra’s contribution.\n",
                "Kim Na-ra",
            ),
            (
                "In Hotel del Luna, “Paper Boats”, sung softly by Kim Na-ra, plays at the end.\n",
                "Kim Na-ra",
            ),
        ] {
            let drama = if text.contains("Luna") {
                "Hotel del Luna"
            } else {
                "Goblin"
            };
            assert_eq!(kept(text), [rec(drama, "Paper Boats", singer)], "{text}");
        }
        // Words of the story after the title credit no one.
        let text = "Goblin’s “Paper Boats” plays when Kim Na-ra walks home.\n";
        assert!(
            kept(text).iter().all(|r| r.2.is_empty()),
            "{:?}",
            kept(text)
        );
        // A singer's possessive stays the singer's.
        let text = "Crush’s “Glass Door” was made for Hotel del Luna.\n";
        assert_eq!(kept(text), [rec("Hotel del Luna", "Glass Door", "Crush")]);
    }

    #[test]
    fn a_header_row_over_a_rule_row_holds_no_song_and_heads_no_section() {
        // Columns this reader does not know (`KOR`, `US`): no song `Year` by `KOR`, and no
        // drama `Length` for the rows, in a table of bars and under a drama's heading.
        for text in [
            "## Winter Harbor (2021)\nTitle | Year | KOR | US | Length\n--- | --- | --- | --- | ---\n\
             “Glass Door” (Park Ha-eun) | 2021 | 3 | — | 3:41\n",
            "## Winter Harbor (2021)\n| Title | Year | KOR | US |\n|---|:---:|---|---|\n\
             | “Glass Door” (Park Ha-eun) | 2021 | 3 | — |\n",
        ] {
            assert_eq!(
                kept(text),
                [rec("Winter Harbor", "Glass Door", "Park Ha-eun")],
                "{text}"
            );
        }
        // A header this reader knows only in part reads its rows by the columns it knows.
        let text = "## Winter Harbor (2021)\n| Song | Likes | Singer |\n|---|---|---|\n\
                    | Glass Door | 1,204 | Park Ha-eun |\n| Salt Road | 877 | Kim Do-yoon |\n";
        assert_eq!(
            kept(text),
            [
                rec("Winter Harbor", "Glass Door", "Park Ha-eun"),
                rec("Winter Harbor", "Salt Road", "Kim Do-yoon")
            ]
        );
        // A rule row alone (`---`, a thematic break) makes no header of the line above.
        let text = "## Winter Harbor (2021)\n“Glass Door” – Park Ha-eun\n---\n";
        assert_eq!(
            kept(text),
            [rec("Winter Harbor", "Glass Door", "Park Ha-eun")]
        );
    }

    #[test]
    fn label_runs_split_into_items_where_the_first_label_comes_again() {
        // Song first, and drama first: an item never takes its neighbour's labels.
        for text in [
            "Song: Glass Door\nArtist: Park Ha-eun\nDrama: Winter Harbor\nSong: Salt Road\nArtist: Kim Do-yoon\nDrama: Moon Tide\n",
            "Drama: Winter Harbor\nSong: Glass Door\nArtist: Park Ha-eun\nDrama: Moon Tide\nSong: Salt Road\nArtist: Kim Do-yoon\n",
        ] {
            let got = kept(text);
            assert_eq!(
                got,
                [
                    rec("Winter Harbor", "Glass Door", "Park Ha-eun"),
                    rec("Moon Tide", "Salt Road", "Kim Do-yoon")
                ],
                "{text}"
            );
        }
    }

    #[test]
    fn a_headline_credit_ends_before_its_verb() {
        let got = kept("Winter Harbor OST Part 4 “Glass Door” by Park Ha-eun released\nMoon Tide OST Part 2 ‘Salt Road’ sung by Kim Do-yoon is out\n");
        let credits: Vec<&str> = got.iter().map(|(_, _, a)| a.as_str()).collect();
        assert_eq!(credits, ["Park Ha-eun", "Kim Do-yoon"], "{got:?}");
    }

    #[test]
    fn a_credit_in_brackets_belongs_to_the_title_before_it() {
        let got = kept(
            "3. Paper Lanterns – Blue Hour (Lee Seo-jin)\n2. Moon Tide – Salt Road (Kim Do-yoon)\n",
        );
        assert_eq!(got[0], rec("Paper Lanterns", "Blue Hour", "Lee Seo-jin"));
        // Quotes say which is the title, whatever the order.
        let got = kept("3. “Blue Hour” – Paper Lanterns (Lee Seo-jin)\n2. “Salt Road” – Moon Tide (Kim Do-yoon)\n");
        assert_eq!(got[0].1, "Blue Hour", "{got:?}");
    }

    #[test]
    fn an_apposition_that_calls_a_quote_an_ost_cues_it() {
        let r = read("Singer Park Ha-eun has released “Glass Door,” the fourth OST for tvN’s “Winter Harbor.”\n", &Tables::builtin());
        let s = r
            .songs
            .iter()
            .find(|s| s.track.starts_with("Glass Door"))
            .unwrap();
        assert!(s.cued, "{s:?}");
        assert_eq!(s.artists, "Park Ha-eun");
        assert!(r.lines[0].slots.is_none(), "a sentence is no list line");
        // An apposition after a comma reaches its song word however long it is; a
        // clause after the comma is no apposition.
        for (text, cued) in [
            ("Park Ha-eun's voice shines. “Glass Door”, the drama's main theme song, is a ballad.\n", true),
            ("Park Ha-eun's voice shines in “Glass Door”, since it is the first of her many drama songs.\n", false),
            // The comma inside the quote, as American news writes it.
            ("On Friday the singer released “Glass Door,” the drama’s first OST.\n", true),
            ("On Friday the singer released “Glass Door,” and the fans sang along.\n", false),
        ] {
            let r = read(text, &Tables::builtin());
            let s = r.songs.iter().find(|s| s.track.starts_with("Glass Door"));
            assert_eq!(s.is_some_and(|s| s.rule == "prose.cued"), cued, "{text}: {s:?}");
        }
    }
    #[test]
    fn a_news_headline_under_a_sites_bar_credits_the_news_song() {
        // A page: the site's name, its bar, the headline, a byline, then the news; a
        // sidebar's heading and its song after it.
        let page = |headline: &str| {
            format!("Kpop Wire\n\nNews | Music | Drama\n\n# {headline}\n\nby J. Rivers | Mar 10, 2024\n\nOn March 10, the singer released “Glass Door,” the drama’s first OST. The ballad tells of a love that waits.\n\n## Trending\n\n“Salt Road” tops the Winter Harbor OST chart.\n")
        };
        for headline in [
            "Park Ha-eun Sings Emotional OST For “Winter Harbor”",
            "Park Ha-eun To Join “Winter Harbor” OST",
        ] {
            let r = read(&page(headline), &Tables::builtin());
            let got: Vec<_> = r
                .kept()
                .map(|s| (s.track.as_str(), s.artists.as_str(), s.drama.as_deref()))
                .collect();
            assert_eq!(
                got,
                [("Glass Door,", "Park Ha-eun", Some("Winter Harbor"))],
                "{headline}"
            );
        }
    }

    #[test]
    fn labels_in_bar_cells_make_one_item() {
        let got = kept("Song: “Glass Door” | Artist: Park Ha-eun | Drama: Winter Harbor\nSong: “Salt Road” | Artist: Kim Do-yoon | Drama: Harbor Lights\n");
        assert_eq!(
            got,
            [
                rec("Winter Harbor", "Glass Door", "Park Ha-eun"),
                rec("Harbor Lights", "Salt Road", "Kim Do-yoon")
            ]
        );
    }

    #[test]
    fn an_ost_after_a_quote_marks_the_quote_the_drama() {
        let got =
            kept("▲ '겨울 항구' OST '유리문' - 박하은\n▲ '달빛 정원' OST '소금길' - 김도윤\n");
        assert_eq!(got[0], rec("겨울 항구", "유리문", "박하은"), "{got:?}");
    }

    #[test]
    fn a_trailing_bracket_that_names_no_singer_is_the_drama() {
        let got = kept("- “Glass Door” by Park Ha-eun and Kim Do-yoon (Winter Harbor)\n- “Salt Road” by Han Yu-ri (Harbor Lights)\n");
        assert_eq!(
            got[1],
            rec("Harbor Lights", "Salt Road", "Han Yu-ri"),
            "{got:?}"
        );
        // A known group in the bracket stays with its member.
        let got =
            kept("Winter Harbor OST\n- “Glass Door” by Chen (EXO)\n- “Salt Road” by Han Yu-ri\n");
        assert_eq!(got[0].2, "Chen (EXO)", "{got:?}");
    }

    #[test]
    fn one_particle_comes_off_a_korean_name() {
        assert_eq!(evidence::strip_particle("박하은이"), "박하은");
        assert_eq!(evidence::strip_particle("유성은"), "유성");
        assert_eq!(evidence::strip_particle("Ivy"), "Ivy");
        let r = read(
            "드라마 '겨울 항구' 삽입곡 '유리문'을 부른 가수 박하은이 소감을 전했다.\n",
            &Tables::builtin(),
        );
        assert_eq!(r.songs[0].artists, "박하은");
    }
    #[test]
    fn a_singer_with_the_song_in_brackets_is_a_credit() {
        let r = read("The OST lineup for Winter Harbor includes Park Ha-eun (“Glass Door”) and Kim Do-yoon (“Salt Road”).\n", &Tables::builtin());
        let got: Vec<(&str, &str)> = r
            .songs
            .iter()
            .map(|s| (s.track.as_str(), s.artists.as_str()))
            .collect();
        assert_eq!(
            got,
            [("Glass Door", "Park Ha-eun"), ("Salt Road", "Kim Do-yoon")]
        );
        assert!(r
            .dramas
            .iter()
            .any(|d| d.name == "Winter Harbor" && d.cue == "drama.ost_of"));
        // A director's work in brackets, in a sentence about no song, is no credit.
        let r = read(
            "Kim Do-yoon (“Winter Harbor”) is directing the show.\n",
            &Tables::builtin(),
        );
        assert!(r.songs.is_empty(), "{:?}", r.songs);
    }

    #[test]
    fn a_bracket_with_a_year_after_a_song_names_its_drama() {
        let got = kept("Park Ha-eun’s “Glass Door” (Winter Harbor, 2019) is still my favourite.\n");
        assert_eq!(got, [rec("Winter Harbor", "Glass Door", "Park Ha-eun")]);
        // Without a year a bracket is as often a gloss.
        let r = read(
            "박하은의 ‘유리문’(Glass Door)이 공개됐다.\n",
            &Tables::builtin(),
        );
        assert!(r.dramas.is_empty(), "{:?}", r.dramas);
    }

    #[test]
    fn a_drama_owned_ost_takes_the_credit_after_it() {
        let r = read(
            "Winter Harbor’s OST “Glass Door,” sung by Park Ha-eun, topped the chart.\n",
            &Tables::builtin(),
        );
        let s = &r.songs[0];
        assert_eq!(
            (s.drama.as_deref(), s.artists.as_str()),
            (Some("Winter Harbor"), "Park Ha-eun")
        );
    }

    #[test]
    fn an_ost_label_before_a_song_line_is_no_drama() {
        let got = kept("12. Harbor Lights (2021)\nOST: “Salt Road” – Kim Do-yoon\n");
        assert_eq!(got, [rec("Harbor Lights", "Salt Road", "Kim Do-yoon")]);
    }
    #[test]
    fn stacked_items_put_the_singer_under_the_title() {
        let html = "<h1>Winter Harbor OST</h1><ol><li>Glass Door<br>Park Ha-eun</li><li>Salt Road<br>Kim Do-yoon</li><li>Blue Hour<br>Lee Seo-jin</li></ol>";
        let r = read_text(&crate::html::to_text(html), &Tables::builtin(), true);
        let got: Vec<_> = r
            .kept()
            .map(|s| {
                (
                    s.drama.clone().unwrap_or_default(),
                    s.track.clone(),
                    s.artists.clone(),
                )
            })
            .collect();
        assert_eq!(got.len(), 3, "{got:?}");
        assert!(got.iter().all(|(d, _, _)| d == "Winter Harbor"), "{got:?}");
        assert_eq!(got[2].2, "Lee Seo-jin");
        // One such pair is no layout.
        let r = read("1. Glass Door\nPark Ha-eun\n", &Tables::builtin());
        assert!(r.songs.iter().all(|s| s.rule != "list.stacked"));
    }

    #[test]
    fn a_stacked_items_paragraph_names_its_drama() {
        let t = knowing(&[
            ("Moon Tide", "Moon Tide"),
            ("Harbor Lights", "Harbor Lights"),
            ("Lantern", "Lantern"),
        ]);
        // Each item's drama is in the paragraph under its singer, not the one before
        // it; a singer the tables do not know (`Oru`) is one by the article's layout.
        let text = "Ten songs I cannot stop playing\n\n1. Glass Door\nPark Ha-eun\nEvery quiet scene in Moon Tide sounds better with it.\n\n2. Salt Road\nOru\nHarbor Lights needed an anthem, and this became it.\n\n3. Blue Hour\nKim Do-yoon & Lee Seo-jin\nNothing says Lantern like the first snow and this duet.\n";
        let r = read(text, &t);
        assert_eq!(
            candidates(&r),
            [
                ("Glass Door", "Park Ha-eun", Some("Moon Tide")),
                ("Salt Road", "Oru", Some("Harbor Lights")),
                ("Blue Hour", "Kim Do-yoon & Lee Seo-jin", Some("Lantern")),
            ]
        );
        // A credit line under the title may name the drama itself.
        let got = kept("1. Glass Door\nSung by Park Ha-eun for Moon Tide.\nA quiet song.\n2. Salt Road\nKim Do-yoon\nHarbor Lights (2021) closes on it.\n");
        assert_eq!(got[0].0, "Moon Tide", "{got:?}");
    }

    #[test]
    fn a_name_with_its_year_in_brackets_is_a_drama_and_ends_the_item_before_it() {
        let got = kept("### Glass Door – Park Ha-eun\nWinter Harbor (2019)\n### Salt Road – Kim Do-yoon\nHarbor Lights (2021)\n");
        assert_eq!(got[0].0, "Winter Harbor", "{got:?}");
        assert_eq!(got[1].0, "Harbor Lights", "{got:?}");
        // The next numbered section's heading is no drama of the item before it.
        let got = kept("## 1. Winter Harbor (2019)\n1. “Glass Door” – Park Ha-eun\n## 2. Harbor Lights (2021)\n1. “Salt Road” – Kim Do-yoon\n");
        assert_eq!(got[0].0, "Winter Harbor", "{got:?}");
    }

    #[test]
    fn the_ost_after_a_small_word_names_no_drama() {
        let r = read("3. For the drama Winter Harbor (2014), Park Ha-eun sang the OST entitled “Glass Door”\n", &Tables::builtin());
        assert!(
            r.songs
                .iter()
                .all(|s| s.drama.as_deref() != Some("Park Ha-eun sang the")),
            "{:?}",
            r.songs
        );
        assert!(r.dramas.iter().any(|d| d.name == "Winter Harbor"));
    }

    #[test]
    fn a_singing_verb_presents_the_quote_as_a_song() {
        let r = read(
            "Earlier, Kim Do-yoon sang “Salt Road” for the drama.\n",
            &Tables::builtin(),
        );
        assert!(r.songs[0].cued, "{:?}", r.songs);
    }
    #[test]
    fn korean_credits_around_a_title_that_opens_the_line() {
        for (text, singer) in [
            ("‘유리문’은 박하은이 불렀다.\n", "박하은"),
            (
                "'유리문'은 박하은이 가창에 참여했으며, 드라마 '겨울 항구'의 메인 테마곡이다.\n",
                "박하은",
            ),
            (
                "드라마 《겨울 항구》의 OST 〈유리문〉은 박하은이 불렀다.\n",
                "박하은",
            ),
        ] {
            let r = read(text, &Tables::builtin());
            assert_eq!(r.songs[0].artists, singer, "{text}");
        }
    }

    #[test]
    fn a_remake_credits_who_sings_it_not_who_sang_it_first() {
        assert_credits(
            "## The Glass Garden OST\nJo Ha-na’s remake of Kim Do-yoon’s “Glass Door” closes the finale.\n",
            &[("Glass Door", "Jo Ha-na")],
        );
        assert_credits(
            "## The Glass Garden OST\nFor the finale, Jo Ha-na covered Kim Do-yoon’s “Glass Door”.\n",
            &[("Glass Door", "Jo Ha-na")],
        );
        // The first singer is no credit when the remake's singer goes unnamed.
        assert_credits(
            "## The Glass Garden OST\nThe finale used a cover of Kim Do-yoon’s “Glass Door”.\n",
            &[("Glass Door", "")],
        );
        // Without a remake's cue the owner sings it.
        assert_credits(
            "## The Glass Garden OST\nThe finale used Kim Do-yoon’s “Glass Door”.\n",
            &[("Glass Door", "Kim Do-yoon")],
        );
    }

    #[test]
    fn a_dramas_other_name_in_brackets_is_no_song_in_its_heading() {
        let t = knowing(&[
            ("Harbor Lights", "Harbor Lights"),
            ("항구의 불빛", "Harbor Lights"),
            ("The Lantern Keeper", "Harbor Lights"),
        ]);
        for heading in [
            "## 3. Harbor Lights (항구의 불빛) (2016)",
            "## 3. The Lantern Keeper (Harbor Lights) (2016)",
        ] {
            let text = format!("{heading}\nWe cried at every episode.\nGlass Door – Mira Dove\nSalt Road – Jo Hana\n");
            let r = read(&text, &t);
            let got: Vec<(&str, Option<&str>)> = r
                .kept()
                .map(|s| (s.track.as_str(), s.drama.as_deref()))
                .collect();
            assert_eq!(got.len(), 2, "{heading}: {got:?}");
            assert!(
                got.iter()
                    .all(|(_, d)| d.is_some_and(|d| heading.contains(d))),
                "{heading}: {got:?}"
            );
        }
    }

    #[test]
    fn what_was_sung_is_a_song_whatever_drama_bears_its_name() {
        let t = knowing(&[("Moon Tide", "Moon Tide")]);
        let r = read(
            "Mira Dove previously sang “Moon Tide” with Jo Hana for Harbor Lights.\n",
            &t,
        );
        assert!(
            r.dramas.iter().all(|d| d.name != "Moon Tide"),
            "{:?}",
            r.dramas
        );
        assert_eq!(r.songs[0].track, "Moon Tide", "{:?}", r.songs);
        // Not a broadcaster's possessive after `for`: its title comes later.
        let got = mentions(
            "Two singers came to sing “Glass Door” for TVN’s 2022 series ‘Harbor Lights.’\n",
        );
        assert!(got.iter().all(|(_, c, _)| *c != "drama.for"), "{got:?}");
    }

    #[test]
    fn a_singers_list_of_works_keeps_dramas_and_drops_films() {
        let text = "서하 OST 참여곡 총정리\n\n▶ 2022.03 SBS 금토드라마 『겨울 항구』 OST Part.5\n「유리문」 - 서하, 윤지수\n▷ 영화 『달빛 정원』 OST 「여름의 끝」\n";
        let got = kept(text);
        assert_eq!(got, [rec("겨울 항구", "유리문", "서하, 윤지수")]);
        let r = read(text, &Tables::builtin());
        assert!(
            r.songs
                .iter()
                .any(|s| s.track == "여름의 끝" && s.dropped == Some("a film's song")),
            "{:?}",
            r.songs
        );
    }

    #[test]
    fn a_bracket_after_a_title_its_singer_owns_names_the_drama() {
        let text = "올해 후보에는 김하늘의 ‘유리문’(겨울 항구), 박도윤의 ‘소금길’(달빛 정원), 윤서아의 ‘등대’(파트2) 등이 올랐다.\n";
        let r = read(text, &Tables::builtin());
        assert_eq!(
            candidates(&r)[..2],
            [
                ("유리문", "김하늘", Some("겨울 항구")),
                ("소금길", "박도윤", Some("달빛 정원")),
            ]
        );
        // A part number names no drama.
        assert!(
            r.dramas.iter().all(|d| !d.name.starts_with("파트")),
            "{:?}",
            r.dramas
        );
    }

    #[test]
    fn a_speakers_quoted_words_are_no_song() {
        let text = "## 겨울 항구 OST\n제작사 측은 \"겨울 항구는 음악이 이야기의 한 축을 담당하는 작품\"이라며 \"매주 한 곡씩 공개될 OST에 많은 관심 부탁드린다\"고 전했다.\n";
        assert!(read(text, &Tables::builtin()).songs.is_empty());
        // A title named as one (`‘T’라는 곡`) is still a song.
        let r = read(
            "## 겨울 항구 OST\n박하은이 부른 ‘바다로 가는 마지막 기차’라는 곡이 공개됐다.\n",
            &Tables::builtin(),
        );
        assert_eq!(r.songs[0].track, "바다로 가는 마지막 기차", "{:?}", r.songs);
        // What listeners said, or a lyric, quoted before the noun that says so.
        for text in [
            "## 겨울 항구 OST\n박하은은 OST ‘유리문’을 불러 \"가수보다 노래를 더 잘하는 배우\"라는 호평을 얻었다.\n",
            "## 겨울 항구 OST\n박하은은 OST ‘유리문’을 불러 \"이 목소리를 왜 이제 알았을까 싶다\"는 반응을 얻었다.\n",
            "## 겨울 항구 OST\n‘유리문’은 \"닫힌 문 너머로 너를 부르던 밤\"이라는 가사처럼 쓸쓸한 노래다.\n",
        ] {
            let r = read(text, &Tables::builtin());
            let songs: Vec<_> = r.songs.iter().map(|s| s.track.as_str()).collect();
            assert_eq!(songs, ["유리문"], "{text}");
        }
    }

    #[test]
    fn a_word_of_a_known_title_is_no_subject() {
        let t = knowing(&[("하늘의 정원", "하늘의 정원")]);
        let r = read("노래는 하늘의 정원 때 ‘유리문’도 그렇고 늘 좋다.\n", &t);
        assert_eq!(r.songs[0].artists, "", "{:?}", r.songs);
    }

    #[test]
    fn korean_credits_keep_every_singer_joined_before_the_verb() {
        for (text, singer) in [
            // A song noun between the verb and the title; a title that is also a drama's.
            (
                "김하늘과 박도윤이 함께 부른 듀엣곡 ‘기억’이 공개됐다.\n",
                "김하늘과 박도윤",
            ),
            // Each singer with a bracket, joined by `와`.
            (
                "NIGHT OWL (나이트 아울)와 윤서아(Yoon Seo-ah)가 부른 ‘소금길’도 사랑받았다.\n",
                "NIGHT OWL (나이트 아울)와 윤서아(Yoon Seo-ah)",
            ),
            // A list of singers who came together.
            (
                "김하늘, 박도윤, 윤서아가 뭉친 ‘유리문’은 겨울 항구 OST다.\n",
                "김하늘, 박도윤, 윤서아",
            ),
            // A group's other name between the group and its member.
            (
                "두 번째 트랙 ‘등대’는 그룹 새벽별(DAWN) 박하은이 불렀다.\n",
                "새벽별(DAWN) 박하은",
            ),
            // A heading made of a clause is read as prose, not as `Artist Title`.
            ("♬ 그룹 새벽별 박하은이 부른 ‘등대’\n", "박하은 (새벽별)"),
        ] {
            let r = read(text, &Tables::builtin());
            assert_eq!(r.songs[0].artists, singer, "{text}");
        }
        // A comma right after the object ends the first clause: each title its singer.
        assert_credits(
            "앞서 김하늘이 파트1 ‘유리문’을, 박도윤이 파트2 ‘소금길’을 불러 호평을 받았다.\n",
            &[("유리문", "김하늘"), ("소금길", "박도윤")],
        );
    }

    #[test]
    fn a_korean_singer_in_the_next_sentence_or_before_the_quote_is_credited() {
        let r = read("tvN 드라마 '겨울 항구' OST Part.2 '소금길'이 28일 발매된다. 이번 곡은 김도윤이 불렀다.\n", &Tables::builtin());
        assert_eq!(r.songs[0].artists, "김도윤");
        let r = read("'겨울 항구' OST는 파트별로 공개된다. 파트1 박하은 '유리문', 파트2 김도윤 '소금길'이다.\n", &Tables::builtin());
        let got: Vec<(&str, &str, bool)> = r
            .songs
            .iter()
            .map(|s| (s.track.as_str(), s.artists.as_str(), s.cued))
            .collect();
        assert_eq!(
            got,
            [("유리문", "박하은", true), ("소금길", "김도윤", true)]
        );
    }
    #[test]
    fn from_one_possessive_to_the_next() {
        assert_credits(
            "From Park Ha-eun's Night Rain to Kim Do-yoon's Salt Road, the playlist made the drama.\n",
            &[("Night Rain", "Park Ha-eun"), ("Salt Road", "Kim Do-yoon")],
        );
        // The second owner need not have a singer's shape: the first one's song makes
        // theirs a song too.
        assert_credits(
            "From Park Ha-eun's Night Rain to Lumo and Faye's Salt Road, the playlist made the drama.\n",
            &[("Night Rain", "Park Ha-eun"), ("Salt Road", "Lumo and Faye")],
        );
    }

    #[test]
    fn links_to_other_pages_name_no_record() {
        for line in [
            "Related: “Salt Road” – Kim Do-yoon (Harbor Lights OST)",
            "Read more: “Salt Road” – Kim Do-yoon (Harbor Lights OST)",
            "관련 기사: 김도윤 ‘소금길’ (달빛 정원 OST)",
        ] {
            let r = read(&format!("{line}\n"), &Tables::builtin());
            assert!(r.songs.is_empty(), "{line}: {:?}", r.songs);
        }
        // The same line without the label is a record.
        assert_eq!(
            kept("“Salt Road” – Kim Do-yoon (Harbor Lights OST)\n").len(),
            1
        );
    }

    #[test]
    fn korean_drama_kinds_and_credit_brackets_still_cue_the_drama() {
        // A compound drama word before the title, a bracket of staff credits before `의 OST`.
        for lead in [
            "KBS2 수목미니시리즈 ‘달빛 정원’(극본 김하나, 연출 이두리)의 OST가 나온다.",
            "MBC 주말극 ‘달빛 정원’ OST가 음반으로 나온다.",
            "tvN 월화드라마 ‘달빛 정원’ OST가 나온다.",
        ] {
            let got = kept(&format!(
                "{lead}\n앨범에는 박하은의 ‘소금길’, 김도윤의 ‘유리문’이 실렸다.\n"
            ));
            assert_eq!(
                got,
                [
                    rec("달빛 정원", "소금길", "박하은"),
                    rec("달빛 정원", "유리문", "김도윤")
                ],
                "{lead}"
            );
        }
        // A word that only contains a drama word is no cue (`연극` is a stage play).
        let r = read("연극 ‘달빛 정원’ 무대에 올랐다.\n", &Tables::builtin());
        assert!(r.dramas.is_empty(), "{:?}", r.dramas);
    }

    #[test]
    fn a_member_after_by_keeps_a_group_the_tables_do_not_know() {
        for (text, artists) in [
            ("“Glass Door,” by Lanternfish's Park Ha-eun, opens the Winter Harbor OST.\n", "Park Ha-eun (Lanternfish)"),
            ("The Winter Harbor OST song “Glass Door” is sung by Lanternfish's Park Ha-eun.\n", "Park Ha-eun (Lanternfish)"),
            // A possessive that owns a song is its singer's, not a group's.
            ("“Glass Door” by Mira Dove, Park Ha-eun's “Salt Road” and more from the Winter Harbor OST.\n", "Mira Dove"),
            // A role word between the group and its member.
            ("The Winter Harbor OST song “Glass Door” is sung by LUMINA member Ha-eun.\n", "Ha-eun (LUMINA)"),
            // A known group whose name holds a possessive's mark, whole (the credit is
            // written `Member (GROUP)` when it is normalised).
            ("The Winter Harbor OST song “Glass Door” is sung by Girls' Generation's Taeyeon.\n", "Girls' Generation's Taeyeon"),
        ] {
            let got = kept(text);
            assert_eq!(got.first().map(|r| r.2.as_str()), Some(artists), "{text}: {got:?}");
        }
    }

    #[test]
    fn a_pair_joined_by_a_times_sign_shares_one_possessive() {
        for credit in ["Mira Dove × Park Ha-eun", "Crush & Heize", "Crush x Heize"] {
            let text = format!("{credit}'s “Glass Door” from the Winter Harbor OST.\n");
            assert_eq!(
                kept(&text),
                [rec("Winter Harbor", "Glass Door", credit)],
                "{text}"
            );
        }
        // A clause before the name is no singer's.
        let got = kept(
            "Mira Dove sang it & Park Ha-eun's “Glass Door” came from the Winter Harbor OST.\n",
        );
        assert!(got.iter().all(|r| !r.2.contains("Mira Dove")), "{got:?}");
    }

    #[test]
    fn a_featured_or_joined_pair_shares_one_possessive() {
        // A featuring credit joins names the tables need not know; a duo after the
        // sentence's `and` is whole.
        let got = kept(
            "The “Winter Harbor” OST lineup includes Rovo ft. Oh Ga-rin's “Balance” (Part 1).\n",
        );
        assert_eq!(got, [rec("Winter Harbor", "Balance", "Rovo ft. Oh Ga-rin")]);
        let got = kept("Then came the drama Winter Harbor, and Hoon and J's “Maybe Spring” played in every cafe.\n");
        assert_eq!(got, [rec("Winter Harbor", "Maybe Spring", "Hoon and J")]);
    }

    #[test]
    fn a_korean_roundups_sections_name_their_dramas() {
        let text = "[월간 OST 결산] 10월의 드라마 OST\n\n◆ 검은 물결 (tvN 월화드라마)\n\n- Part 1 '비단길' / 오하람\n- Part 2 '비단 꽃' / 윤하늘\n\n◆ 안녕, 나의 비 (Goodbye, My Rain) - MBC 수목드라마\n\n- Part 1 '구름길' / 오하늘\n";
        assert_eq!(
            kept(text),
            [
                rec("검은 물결", "비단길", "오하람"),
                rec("검은 물결", "비단 꽃", "윤하늘"),
                rec("안녕, 나의 비", "구름길", "오하늘"),
            ]
        );
    }

    #[test]
    fn a_korean_blogs_drama_headings_in_their_shapes() {
        for (text, drama) in [
            ("# 소소한 덕질일기\n\n## 1. 여름 끝의 숲 (tvK 수목드라마)\n\n♬ 파도 소리 - 정다인\n♬ 여름비 - 이수아\n\n## 2. 유리성 (JTN 금토드라마)\n\n♬ 첫 페이지 - 크림소다\n", "여름 끝의 숲"),
            ("# 겨울에 듣기 좋은 드라마 OST 모음\n\n[왕의 정원]\n\n파도 소리 - 정다인\n여름비 - 이수아\n\n[별의 의사]\n\n첫 페이지 - 크림소다\n", "왕의 정원"),
            ("# 푸른 등대\n\n푸른 등대, Blue Light\n\n파도 소리 - 정다인\n여름비 - 이수아\n", "푸른 등대"),
        ] {
            let got = kept(text);
            assert!(got.contains(&rec(drama, "파도 소리", "정다인")), "{text}: {got:?}");
            assert!(got.contains(&rec(drama, "여름비", "이수아")), "{text}: {got:?}");
        }
        // A track list's first numbered item heads none of the items after it.
        let got = kept("# 봄날 OST\n\n1. 어느 하늘 아래 - 박기영\n2. 사랑은 어려워 - 트와일라잇\n3. 한참 지나서 - 조은\n");
        assert!(got.iter().all(|r| r.0 == "봄날"), "{got:?}");
    }

    #[test]
    fn a_korean_word_of_sameness_or_a_quotes_ending_is_no_singer() {
        let got = kept(
            "드라마 '바람의 숲' OST에는 동명의 주제곡 '산책'이 실렸다. 이 곡은 윤태오가 불렀다.\n",
        );
        assert!(got.iter().all(|r| r.2 != "동명"), "{got:?}");
        let got = kept("전하람은 자신에게 'OST 퀸'이라는 별명을 안겨 준 〈한밤의 약국〉 OST '그 밤'을 불렀다.\n");
        assert_eq!(got, [rec("한밤의 약국", "그 밤", "전하람")]);
    }

    #[test]
    fn a_groups_members_are_no_song_of_the_group() {
        let text = "For the drama \"Spring Harbor\", VANTA’s Joon x Sori sang Part 2 “Bell”.\n";
        let r = read(text, &Tables::builtin());
        assert!(
            r.songs.iter().all(|s| !s.track.contains("Joon")),
            "{:?}",
            r.songs
        );
        assert_eq!(
            kept(text),
            [rec("Spring Harbor", "Bell", "VANTA’s Joon x Sori")]
        );
        let r = read(
            "The drama \"Spring Harbor\" has a song by DAYBREAK6’s Taeyun.\n",
            &Tables::builtin(),
        );
        assert!(r.songs.iter().all(|s| s.track != "Taeyun"), "{:?}", r.songs);
    }

    #[test]
    fn a_role_phrase_after_by_or_from_calls_the_name_a_singer() {
        let text = "The drama \"Spring Harbor\" has \"Feather\" by Jeon Hye-ra and \"The Long Way Round\" by rock band The Night Ferns.\n\n\"Lantern Light\" by the folk trio Hazel, Rue & Sage closes the finale of the drama \"Spring Harbor\".\n\n\"Butterflies, Actually\" is a bright summer pop tune from singer Yoo Ra-el, for the drama \"Spring Harbor\".\n\n\"Nineteen Candles\" comes from girl group LUMINA, part of the \"Spring Harbor\" OST.\n";
        assert_eq!(
            kept(text),
            [
                rec("Spring Harbor", "Feather", "Jeon Hye-ra"),
                rec("Spring Harbor", "The Long Way Round", "The Night Ferns"),
                rec("Spring Harbor", "Lantern Light", "Hazel, Rue & Sage"),
                rec("Spring Harbor", "Butterflies, Actually", "Yoo Ra-el"),
                rec("Spring Harbor", "Nineteen Candles", "LUMINA"),
            ]
        );
        // A capitalised kind before the role word (`the Swedish singer`), after a title
        // a table also knows as a drama's.
        let tables = knowing(&[("Quiet Hours", "Quiet Hours")]);
        let text = "The drama \"Spring Harbor\" also has \"Quiet Hours\" by the Swedish singer Lasse Lindqvist and \"Tin Roof,\" by the K-pop group NOVA.\n";
        assert_eq!(
            kept_with(text, &tables),
            [
                rec("Spring Harbor", "Quiet Hours", "Lasse Lindqvist"),
                rec("Spring Harbor", "Tin Roof", "NOVA"),
            ]
        );
        // Unquoted titles too.
        let got = kept("For the drama \"Spring Harbor\": Running Late by the band Cold Harbor.\n");
        assert_eq!(got, [rec("Spring Harbor", "Running Late", "Cold Harbor")]);
        // `from` the drama is no credit.
        let r = read(
            "\"Salt Wind\" comes from the drama \"Spring Harbor\" and the tvN drama Moon Bay.\n",
            &Tables::builtin(),
        );
        assert!(
            r.songs.iter().all(|s| s.artists.is_empty()),
            "{:?}",
            r.songs
        );
    }

    #[test]
    fn an_infobox_names_its_page_and_its_labels_are_no_songs() {
        let text = "바람의 계절\n\n방송 채널: KBS2\n방송 기간: 2023년 9월 4일 ~ 2023년 10월 24일\n극본: 이서윤\n\n■ 등장인물\n윤서하 (한지민) - 전직 방송작가\n\n■ OST\nPart 1. 바람이 머무는 곳 - 윤하\nPart 2. 그대 한 사람 - 김재환\n\n비슷한 작품: 갯마을 차차차\n";
        let got = kept(text);
        assert!(
            got.contains(&rec("바람의 계절", "바람이 머무는 곳", "윤하")),
            "{got:?}"
        );
        assert!(got.iter().all(|r| r.0 == "바람의 계절"), "{got:?}");
        // A singer's or an album's facts in two cells are no row of songs.
        for line in [
            "Publisher | Dreamus",
            "Associated acts | LUMEN, Park Seo-yun",
            "혈액형 | A",
        ] {
            let got = kept(&format!("# Spring Harbor OST\n\n{line}\n"));
            assert!(got.is_empty(), "{line}: {got:?}");
        }
    }

    #[test]
    fn a_common_word_that_opens_a_title_before_ost_is_the_titles() {
        let r = read("# Spring of the Kestrel OST\n", &Tables::builtin());
        assert!(
            r.dramas.iter().any(|d| d.name == "Spring of the Kestrel"),
            "{:?}",
            r.dramas
        );
        let r = read("Most of the Kestrel OST is ballads.\n", &Tables::builtin());
        assert!(
            r.dramas.iter().all(|d| !d.name.starts_with("Most")),
            "{:?}",
            r.dramas
        );
    }

    #[test]
    fn a_name_cut_at_its_joiner_is_no_drama() {
        let r = read(
            "DramaHaven Forums › Music & OST Help\n\nWhat is the song in episode 12?\n",
            &Tables::builtin(),
        );
        assert!(
            r.dramas.iter().all(|d| !d.name.starts_with("Music")),
            "{:?}",
            r.dramas
        );
    }

    #[test]
    fn a_bracket_after_a_title_holds_its_singer_and_its_drama() {
        let got = kept("Best of the year: “Little Lies” (MINTY, Kiss of the Moth), “Room 302” (Seolhee of LUMINA, Hotel Azalea) and “Paper Armor” (Bae Yun-ho, Code Name Marigold).\n");
        assert_eq!(
            got,
            [
                rec("Kiss of the Moth", "Little Lies", "MINTY"),
                rec("Hotel Azalea", "Room 302", "Seolhee of LUMINA"),
                rec("Code Name Marigold", "Paper Armor", "Bae Yun-ho"),
            ]
        );
        // A singer and a year is no drama.
        let r = read(
            "The drama \"Salt Wind\" gave us “Rope” (Kim Ha-na, 2019).\n",
            &Tables::builtin(),
        );
        assert!(r.dramas.iter().all(|d| d.name != "2019"), "{:?}", r.dramas);
    }

    #[test]
    fn a_korean_news_pages_furniture_is_no_song() {
        let text = "드라마 '봄비 정원' OST Part 2 '비단길'을 오하람이 불렀다.\n\n이번 주 '파란 우산'은 홍나래가 불렀다.\n\n배포처: 뮤직앤드림 홍보팀\n엠바고: 없음\n\n함께 보면 좋은 기사\n· 이루나, 새 싱글 '푸른 손목' 발매\n";
        let got = kept(text);
        assert!(
            got.contains(&rec("봄비 정원", "비단길", "오하람")),
            "{got:?}"
        );
        assert!(
            got.iter().all(|r| r.0 == "봄비 정원" && r.1 != "푸른 손목"),
            "{got:?}"
        );
        assert!(
            got.iter().all(|r| !r.2.contains("홍보팀") && r.1 != "없음"),
            "{got:?}"
        );
    }

    #[test]
    fn an_audition_programs_title_is_another_works() {
        let r = read(
            "Han was a finalist on the audition program Voice Road (2016).\n",
            &Tables::builtin(),
        );
        assert!(
            r.dramas.iter().all(|d| find::other_work(&d.name).is_some()),
            "{:?}",
            r.dramas
        );
    }

    #[test]
    fn a_title_alone_as_a_sentence_before_one_about_a_show_names_it() {
        for text in [
            "Salt and Kites. The show was a mess after ep 10 but \"Ember Hymn\" by Cotton Radio is great.\n",
            "Doctor Min's Night Shift. I dropped it at episode 3 but Ko Ba-ra's \"Ember Hymn\" stays.\n",
        ] {
            let r = read(text, &Tables::builtin());
            assert!(
                r.dramas.iter().any(|d| d.cue == "drama.label" && text.starts_with(&d.name)),
                "{text}: {:?}",
                r.dramas
            );
        }
        // A person's name alone, or a title before a sentence about something else, is none.
        for text in [
            "Kim Na-rae. She sang \"Ember Hymn\" in the first episode.\n",
            "Salt and Kites. Terrible writing, beautiful song.\n",
        ] {
            let named = named_by(text, &["drama.label"]);
            assert!(named.is_empty(), "{text}: {named:?}");
        }
    }

    #[test]
    fn a_drama_named_surely_is_named_again_without_its_cue() {
        // Two dramas, each named surely once; later sentences name them bare.
        let text = "Lee Na-ra sings for the drama \"Salt Harbor\" and for the drama \"Paper Kites\".\n\nThis week Salt Harbor gave us \"Low Tide\" by Lee Na-ra.\n\nOver on Paper Kites, \"String Song\" by Mira Dove plays twice.\n";
        assert_eq!(
            kept(text),
            [
                rec("Salt Harbor", "Low Tide", "Lee Na-ra"),
                rec("Paper Kites", "String Song", "Mira Dove"),
            ]
        );
        // A Korean topic in quotes names it again.
        let text = "가수 이하나는 앞서 드라마 '은빛 항해' OST '물결'을 불렀다.\n\n한편 '바람의 언덕'은 지난달 첫 방송됐다. 드라마 '바람의 언덕' OST Part 1 '언덕 위'는 이하나가 불렀고, Part 2 '들꽃'은 그룹 루미엘이 불렀다.\n\n'바람의 언덕'은 이번 주 종영한다. 마지막 곡 '바람 끝'은 가수 한별이 불렀다.\n";
        let got = kept(text);
        assert!(
            got.contains(&rec("바람의 언덕", "바람 끝", "한별")),
            "{got:?}"
        );
        // Words in someone's quoted speech are theirs.
        let named = named_by("Kim Ha-na sang for the drama \"Salt Harbor\" last year.\n\n\"It felt like Salt Harbor all over again,\" she said.\n", &["drama.echo"]);
        assert!(named.is_empty(), "{named:?}");
    }

    #[test]
    fn a_known_titles_subtitle_alone_names_it_again() {
        let t = knowing(&[(
            "Paper Kites: The Long Harbor",
            "Paper Kites: The Long Harbor",
        )]);
        let text = "Few shows used ballads like Winter Harbor (tvN), Sea Glass (KBS2) and Paper Kites: The Long Harbor.\n\nWinter Harbor leaned on “Glass Door” by Park Ha-eun. The Long Harbor went grander, with “Low Tide” by Lee Na-ra.\n";
        let got: Vec<_> = read(text, &t)
            .kept()
            .map(|s| rec(s.drama.as_deref().unwrap_or(""), &s.track, &s.artists))
            .collect();
        assert_eq!(
            got,
            [
                rec("Winter Harbor", "Glass Door", "Park Ha-eun"),
                rec("The Long Harbor", "Low Tide", "Lee Na-ra")
            ]
        );
    }

    #[test]
    fn a_numbered_heading_over_credited_songs_names_their_drama() {
        let text = "# What I watched\n\n1) Spring of the Kestrel — finished\n\nThe ending song \"Wings Folded\" by Baek Ji-ho is lovely.\n\n2) Paper Crane Inn\n\nThe opening song \"Paper Door\" by Kim Ji-ho plays twice.\n\n== NINE DAYS TO GEOJE ==\n\nPart 3 is \"Tangerine Road\" by BLOOM8.\n\nSTILL SAILING (JTBC, Sat–Sun 10:30pm)\n\nPart 1 is \"Salt Wind\" by Mira Dove.\n";
        assert_eq!(
            kept(text),
            [
                rec("Spring of the Kestrel", "Wings Folded", "Baek Ji-ho"),
                rec("Paper Crane Inn", "Paper Door", "Kim Ji-ho"),
                rec("NINE DAYS TO GEOJE", "Tangerine Road", "BLOOM8"),
                rec("STILL SAILING", "Salt Wind", "Mira Dove"),
            ]
        );
        // A countdown of songs, whose paragraphs name the heading's song again, is one.
        let got = kept("# Best songs of Paper Crane Inn OST\n\n1. Wings Folded\n\n\"Wings Folded\" by Baek Ji-ho plays twice.\n");
        assert!(got.iter().all(|r| r.0 != "Wings Folded"), "{got:?}");
    }

    #[test]
    fn a_korean_sentence_joins_its_singers_to_the_one_credited() {
        let got = kept("싱어송라이터 한여름과 최가을이 듀엣곡 ‘다시 봄’으로 호흡을 맞췄다. 드라마 ‘봄비 정원’ OST다.\n");
        assert_eq!(got, [rec("봄비 정원", "다시 봄", "한여름, 최가을")]);
        let got = kept(
            "드라마 ‘봄비 정원’ OST에는 정하람이 래퍼 로운과 호흡을 맞춘 ‘봄바다’가 실렸다.\n",
        );
        assert_eq!(got, [rec("봄비 정원", "봄바다", "정하람, 로운")]);
        let got = kept(
            "드라마 ‘봄비 정원’ OST에는 래퍼 킬로가 피처링한 남궁하늘의 ‘비 오는 날’도 있다.\n",
        );
        assert_eq!(got, [rec("봄비 정원", "비 오는 날", "남궁하늘, 킬로")]);
        let got = kept("남녀 듀오 아이린 & 준은 ‘봄비 정원’ OST ‘눈송이’로 무대를 열었다.\n");
        assert_eq!(got, [rec("봄비 정원", "눈송이", "아이린 & 준")]);
        // A partner of an earlier song in the sentence is not the next song's.
        let got = kept("드라마 ‘봄비 정원’ OST에는 정하람이 로운과 호흡을 맞춘 ‘봄바다’와 유채의 솔로곡 ‘오래된 약속’이 실렸다.\n");
        assert_eq!(
            got,
            [
                rec("봄비 정원", "봄바다", "정하람, 로운"),
                rec("봄비 정원", "오래된 약속", "유채")
            ]
        );
    }

    #[test]
    fn members_joined_by_a_middle_dot_share_one_possessive() {
        let got = kept(
            "‘달빛 정원’ OST에는 박하은(소금달)‧김도윤(소금달)의 ‘유리문’, 이서(유리새)의 ‘소금길’이 실렸다.\n",
        );
        assert_eq!(
            got,
            [
                rec("달빛 정원", "유리문", "박하은(소금달)‧김도윤(소금달)"),
                rec("달빛 정원", "소금길", "이서(유리새)")
            ]
        );
    }

    #[test]
    fn a_rank_on_its_own_line_numbers_a_quoted_title_over_its_singer() {
        let text = "## Songs that make me cry\n\n1.\n\n“Glass Door”\n\nPark Ha-eun\n\nThis one plays when they part in Winter Harbor.\n\nNo. 2\n\n“Salt Road”\n\nKim Do-yoon\n\nThe best of Winter Harbor.\n\n#3\n“Blue Hour”\nSung by Lee Ha-na, this ballad closes Winter Harbor.\n";
        let r = read(text, &knowing(&[("Winter Harbor", "Winter Harbor")]));
        let got: Vec<(&str, &str)> = r
            .kept()
            .map(|s| (s.track.trim_matches(['“', '”']), s.artists.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("Glass Door", "Park Ha-eun"),
                ("Salt Road", "Kim Do-yoon"),
                ("Blue Hour", "Lee Ha-na")
            ]
        );
    }

    #[test]
    fn a_drama_heading_read_as_a_slot_line_still_heads_its_section() {
        let text = "뉴스\n스타\n포토\n\n[주간 OST] 이번 주 신곡 총정리\n\n한 주 동안 나온 OST를 정리했다.\n\n■ SBS 금토드라마 '유리 항구'\n\n▲ 노을빛 - '끝까지'\n▲ 서은채 - '빗방울'\n\n■ tvN 드라마 '소금 바다'\n\n▲ 한지우 - '새벽'\n";
        let r = read(text, &knowing(&[("스타", "스타")]));
        let got: Vec<(&str, Option<&str>)> = r
            .kept()
            .map(|s| (s.track.as_str(), s.drama.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                ("끝까지", Some("유리 항구")),
                ("빗방울", Some("유리 항구")),
                ("새벽", Some("소금 바다"))
            ]
        );
    }

    #[test]
    fn a_genre_before_a_title_names_a_drama() {
        for (text, name) in [
            (
                "tvN's mountain-rescue thriller Winter Harbor returns with a new song.\n",
                "Winter Harbor",
            ),
            (
                "The cozy baking rom-com “Sugar Harbor” gets its first OST.\n",
                "Sugar Harbor",
            ),
            (
                "MBC's historical romance 'The Salt Tailor' has a new ballad.\n",
                "The Salt Tailor",
            ),
        ] {
            assert_mention(text, name, "drama.cue");
        }
        // A genre before a lowercase phrase or a person names no drama.
        assert_no_mention("She loves a romance with a twist.\n", "drama.cue");
        assert_no_mention(
            "The thriller Kim Soo-hyun starred in was dark.\n",
            "drama.cue",
        );
        // Nor before a trade's initials.
        assert_no_mention("right?? a drama PD needs to hear it\n", "drama.cue");
    }

    #[test]
    fn a_duets_first_singer_joined_by_and_shares_the_possessive() {
        for (text, credit) in [
            (
                "Kim Dahye (LUMEN) and Punch's “Glass Door” is the first OST of Winter Harbor.\n",
                "Kim Dahye (LUMEN) and Punch",
            ),
            (
                "Taeyeon and Punch's “Glass Door” is the first OST of Winter Harbor.\n",
                "Taeyeon and Punch",
            ),
            (
                "‘겨울 항구’ OST에는 한설과 민아린의 듀엣곡 ‘유리문’이 담겼다.\n",
                "한설과 민아린",
            ),
            // A role phrase may call either singer.
            (
                "Kim Dahye and rapper Jo Tae-won's duet “Glass Door” is the first OST of Winter Harbor.\n",
                "Kim Dahye and rapper Jo Tae-won",
            ),
            (
                "Singer Kim Dahye and Jo Tae-won's “Glass Door” is the first OST of Winter Harbor.\n",
                "Singer Kim Dahye and Jo Tae-won",
            ),
        ] {
            let r = read(text, &Tables::builtin());
            assert_eq!(candidates(&r)[0].1, credit, "{text}");
        }
        // A drama and its year before `and` are no singer; nor is a Korean word that is no
        // name.
        for (text, credit) in [
            (
                "Goblin (2016) and Punch's “Glass Door” are both lovely.\n",
                "Punch",
            ),
            (
                "Goblin and rapper Punch's “Glass Door” is the first OST of Winter Harbor.\n",
                "Punch",
            ),
            (
                "‘겨울 항구’ OST에는 노래와 민아린의 ‘유리문’이 담겼다.\n",
                "민아린",
            ),
        ] {
            let r = read(text, &Tables::builtin());
            assert_eq!(candidates(&r)[0].1, credit, "{text}");
        }
    }

    #[test]
    fn a_guest_featured_after_a_possessives_title_sings_it_too() {
        for text in [
            "Heize's “Glass Door”, featuring Han Suji, is the second OST of Winter Harbor.\n",
            "Heize's “Glass Door” (feat. Han Suji) is the second OST of Winter Harbor.\n",
            // (An aside between the title and its guest.)
            "Heize's “Glass Door” (a fitting name), featuring Han Suji, is the second OST of Winter Harbor.\n",
            // (The sentence's opening up to its copula is no part of the owner.)
            "First up is Heize's “Glass Door”, featuring Han Suji, the second OST of Winter Harbor.\n",
        ] {
            let r = read(text, &Tables::builtin());
            assert_eq!(candidates(&r)[0].1, "Heize feat. Han Suji", "{text}");
        }
        // A guest of the drama's cast, featured in a scene, is no feat. credit.
        let r = read(
            "Heize's “Glass Door”, featuring a rooftop scene, is the second OST of Winter Harbor.\n",
            &Tables::builtin(),
        );
        assert_eq!(candidates(&r)[0].1, "Heize");
    }

    #[test]
    fn a_credit_after_by_keeps_a_members_group_and_a_known_acts_comma() {
        assert_credits(
            "Winter Harbor: “Glass Door” by Jo Hana (LUMEN) and Punch.\n",
            &[("Glass Door", "Jo Hana (LUMEN) and Punch")],
        );
        assert_credits(
            "“Glass Door” by Car, the garden is lovely for Winter Harbor.\n",
            &[("Glass Door", "Car, the garden")],
        );
        // An unknown name before a comma and `the` is one name; the clause is not.
        assert_credits(
            "“Glass Door” by Park Ha-eun, the singer of the year, opens Winter Harbor.\n",
            &[("Glass Door", "Park Ha-eun")],
        );
    }

    #[test]
    fn table_rows_are_read_by_their_header() {
        // A wiki's track list: lyricist and composer cells are as name-like as the singer's.
        let wiki = "Winter Harbor is a 2021 South Korean television series.\n## Original soundtrack\n## Part 1\nNo. | Title | Lyrics | Music | Artist | Length\n1. “Glass Door” | Choi Eun-ha | Jung Tae-min | Park Ha-eun | 3:41\n2. “Glass Door” (Inst.) |  | Jung Tae-min |  | 3:41\nTotal length: | 7:22\n## Part 2\nNo. | Title | Lyrics | Music | Artist | Length\n1. “Salt Road” | Han Ji-su | Oh Se-hun, Bae Jin | Kim Do-yoon | 4:02\n";
        let got = kept(wiki);
        assert!(
            got.contains(&rec("Winter Harbor", "Glass Door", "Park Ha-eun")),
            "{got:?}"
        );
        assert!(
            got.contains(&rec("Winter Harbor", "Salt Road", "Kim Do-yoon")),
            "{got:?}"
        );
        assert!(
            got.iter()
                .all(|(d, t, a)| d == "Winter Harbor" && t != "Title" && !a.contains("Jung")),
            "{got:?}"
        );
        // Korean headers, and a drama column.
        let ko = "## 달빛 정원 OST\n곡명 | 가수 | 작사 | 작곡\n소금길 | 박하은 | 이서 | 김도윤\n유리문 | 김도윤 | 이서 | 박하은\n";
        assert_eq!(
            kept(ko),
            [
                rec("달빛 정원", "소금길", "박하은"),
                rec("달빛 정원", "유리문", "김도윤")
            ]
        );
        // A chart's `Source` column names each song's drama; its dash names none.
        let chart = "Rank | Song | Artist | Source\n1 | Glass Door | Park Ha-eun | Moon Tide (tvN)\n2 | Paper Boat | Kim Do-yoon | — (single)\n3 | Salt Road | Lee Dan-bi | Winter Harbor (JTBC)\n";
        assert_eq!(
            kept(chart),
            [
                rec("Moon Tide", "Glass Door", "Park Ha-eun"),
                rec("Winter Harbor", "Salt Road", "Lee Dan-bi")
            ]
        );
        let cols = "Drama | Song | Singer | Year\nWinter Harbor | Glass Door | Park Ha-eun | 2021\nMoon Tide | Salt Road | Kim Do-yoon | 2022\n";
        assert_eq!(
            kept(cols),
            [
                rec("Winter Harbor", "Glass Door", "Park Ha-eun"),
                rec("Moon Tide", "Salt Road", "Kim Do-yoon")
            ]
        );
    }

    #[test]
    fn a_paragraph_that_opens_on_a_drama_is_the_topic_of_what_follows() {
        // A thread's post under a heading that names another drama, weakly.
        let post = "## Winter Harbor (2019)\n\nPosted by jun_k\n\nMoon Tide OST enters the chat.\n\n\
                    \"Paper Boat\" by Kim Ha-na, \"Salt Road\" by Lee Dan-bi. That drama broke me.\n";
        assert_eq!(
            kept(post),
            [
                rec("Moon Tide", "Paper Boat", "Kim Ha-na"),
                rec("Moon Tide", "Salt Road", "Lee Dan-bi")
            ]
        );
        // A reply's quote of another post (`> …`) heads no section.
        let reply =
            "Posted by mira_d\n\n> Winter Harbor (2019) is all you need\n\nPosted by jun_k\n\n\
                     Moon Tide (tvN, 2021) enters the chat.\n\n\
                     \"Paper Boat\" by Kim Ha-na. That drama broke me.\n";
        assert_eq!(kept(reply), [rec("Moon Tide", "Paper Boat", "Kim Ha-na")]);
        // A list's numbered items are the section's again.
        let list =
            "## Winter Harbor (2019)\n\nMoon Tide OST fans will disagree, but here goes.\n\n\
                    1. \"Paper Boat\" by Kim Ha-na\n2. \"Salt Road\" by Lee Dan-bi\n";
        assert_eq!(
            kept(list),
            [
                rec("Winter Harbor", "Paper Boat", "Kim Ha-na"),
                rec("Winter Harbor", "Salt Road", "Lee Dan-bi")
            ]
        );
        // Named on its own paragraph's first words, a drama the article names once is
        // that paragraph's, no mention in passing beside the one it keeps writing.
        let tables = knowing(&[
            ("Moon Tide", "Moon Tide"),
            ("Winter Harbor", "Winter Harbor"),
        ]);
        let text = "Winter Harbor (2019) is the drama of the year.\n\nWinter Harbor has a fine cast.\n\n\
                    Winter Harbor ends on Sunday.\n\n\
                    Moon Tide. Just Moon Tide. Kim Ha-na's \"Paper Boat\" plays over the last scene.\n";
        assert_eq!(
            kept_with(text, &tables),
            [rec("Moon Tide", "Paper Boat", "Kim Ha-na")]
        );
    }

    #[test]
    fn a_name_before_a_drama_word_names_it_but_not_a_broadcaster() {
        let names = |text: &str| named_by(text, &["drama.cue_after"]);
        assert_eq!(
            names("We loved the Salt Road drama last year.\n"),
            ["Salt Road"]
        );
        // A broadcaster of one word or two before `drama` ends the run: no title.
        for text in [
            "Mira plays Eun in the KBS 2TV drama ‘Moon Tide’.\n",
            "Mira plays Eun in the JTBC drama ‘Moon Tide’.\n",
        ] {
            assert!(names(text).is_empty(), "{text}: {:?}", names(text));
        }
        // After `a`/`an`, an unknown name is the drama's kind (an era, a setting), in
        // prose and in a list's blurb; a quoted title stays one.
        for text in [
            "“Paper Lanterns” by Mira is a ballad that suits a Joseon drama.\n",
            "Few songs fit an Ulsan Harbor series this well.\n",
            "1. “Paper Lanterns” – Mira: perfect for a Goryeo drama\n",
        ] {
            assert!(names(text).is_empty(), "{text}: {:?}", names(text));
        }
        assert_eq!(
            names("Mira sang it for a ‘Salt Road’ drama special.\n"),
            ["Salt Road"]
        );
        // A pointer before the cue names none.
        for text in [
            "Same drama but another song: Paper Boat.\n",
            "That drama gave us “Paper Boat” too.\n",
        ] {
            assert!(names(text).is_empty(), "{text}: {:?}", names(text));
        }
    }

    #[test]
    fn a_sentence_that_calls_its_subject_a_drama_names_it() {
        let names = |text: &str| named_by(text, &["drama.is_a"]);
        assert_eq!(
            names("Moon Tide is a 2022 South Korean television series.\n"),
            ["Moon Tide"]
        );
        assert_eq!(
            names("Moon Tide (달의 조수) was a weekend drama on KBS2.\n"),
            ["Moon Tide"]
        );
        assert_eq!(
            names("“Moon Tide” is an MBC drama about sailors.\n"),
            ["Moon Tide"]
        );
        // A possessive inside the title, with or without its name in the other script.
        for text in [
            "The Ferryman's Daughter (Korean: 뱃사공의 딸) is a 2022 South Korean television series.\n",
            "The Ferryman's Daughter is a 2022 South Korean television series.\n",
        ] {
            assert_eq!(names(text), ["The Ferryman's Daughter"], "{text}");
        }
        // A kicker in capitals before it, an adjective before the show's word.
        assert_eq!(
            names("REVIEW: Moon Tide (달의 조수) is the gentlest drama I watched this year\n"),
            ["Moon Tide"]
        );
        // A title's own colon is no kicker's.
        assert_eq!(
            names("Hwarang: The Poet Warrior Youth is a 2016 drama.\n"),
            Vec::<String>::new()
        );
        // Not a drama: a singer, a song, a title's own capitalised `Is`.
        assert!(names("Park Ha-eun is a singer from Busan.\n").is_empty());
        assert!(names("Salt Road is a ballad about leaving.\n").is_empty());
        assert!(names("Love Is a Long Road, the song says.\n").is_empty());
    }

    #[test]
    fn playlists_in_columns_and_timestamped_track_lists() {
        // Columns apart by runs of spaces or tabs, with an album column that names the drama.
        for sep in ["   ", "\t"] {
            let text = ["#", "Title", "Artist", "Album"].join(sep)
                + "\n"
                + &[
                    "1",
                    "Glass Door",
                    "Park Ha-eun",
                    "Winter Harbor (Original Television Soundtrack), Pt. 2",
                ]
                .join(sep)
                + "\n"
                + &["2", "Salt Road", "Kim Do-yoon", "Salt Road - Single"].join(sep)
                + "\n";
            assert_eq!(
                kept(&text),
                [rec("Winter Harbor", "Glass Door", "Park Ha-eun")],
                "{text:?}"
            );
        }
        // A video's description: timestamps before each song.
        let got = kept("Winter Harbor OST playlist\n00:00 Glass Door - Park Ha-eun\n03:41 Salt Road - Kim Do-yoon\n1:02:10 Night Ferry - Yoon Seo-rin\n");
        assert_eq!(
            got,
            [
                rec("Winter Harbor", "Glass Door", "Park Ha-eun"),
                rec("Winter Harbor", "Salt Road", "Kim Do-yoon"),
                rec("Winter Harbor", "Night Ferry", "Yoon Seo-rin")
            ]
        );
    }

    #[test]
    fn passive_credits_and_what_the_singer_is() {
        for line in [
            "The first part, “Glass Door,” will be sung by Park Ha-eun.",
            "The third part, “Glass Door,” features vocals from Park Ha-eun.",
            "Part 3, ‘Glass Door,’ was sung by veteran vocalist Park Ha-eun.",
            "“Glass Door” was sung by girl group member Park Ha-eun.",
        ] {
            let got = kept(&format!("Winter Harbor OST\n{line}\n"));
            assert_eq!(
                got,
                [rec("Winter Harbor", "Glass Door", "Park Ha-eun")],
                "{line}"
            );
        }
        // A group's member after `by`, the group first.
        let got = kept("“Glass Door” by SEVENTEEN’s DK for Winter Harbor.\n");
        assert_eq!(got, [rec("Winter Harbor", "Glass Door", "SEVENTEEN’s DK")]);
        // Words that are no singer's after `by` take no credit.
        let got = kept("Winter Harbor OST\n“Glass Door” was written by the team in one night.\n");
        assert!(got.iter().all(|(_, _, a)| a.is_empty()), "{got:?}");
    }

    #[test]
    fn korean_topics_lists_and_ordinal_osts_name_the_drama() {
        let got = kept("‘달빛 정원’의 마지막 OST ‘소금길’은 박하은이 불렀다.\n‘달빛 정원’은 앞서 김도윤의 ‘유리문’을 시작으로 이서윤 ‘밤배’, 정하람 ‘등대’가 공개됐다.\n");
        assert_eq!(
            got,
            [
                rec("달빛 정원", "소금길", "박하은"),
                rec("달빛 정원", "유리문", "김도윤"),
                rec("달빛 정원", "밤배", "이서윤"),
                rec("달빛 정원", "등대", "정하람")
            ]
        );
        // A bare word before a quote is no credit unless it is a singer in a list.
        let r = read(
            "‘달빛 정원’ OST에서 이른바 ‘소금길’, 또 ‘유리문’이 인기다.\n",
            &Tables::builtin(),
        );
        assert!(
            r.songs.iter().all(|s| s.artists.is_empty()),
            "{:?}",
            r.songs
        );
    }

    #[test]
    fn brackets_and_headlines_that_name_no_drama() {
        // A bracket that speaks of an album, a film's soundtrack.
        for line in [
            "The rooftop scene uses a piano version of the theme (the OST album isn't out yet).",
            "It closes on “Glass Door” (Original Motion Picture Soundtrack).",
        ] {
            let r = read(&format!("{line}\n"), &Tables::builtin());
            assert!(r.dramas.is_empty(), "{line}: {:?}", r.dramas);
        }
        // A headline with OST inside is no section drama; a title line alone is the page's.
        let got = kept("Singers Who Sing the OST of Their Own Shows\n## 1. Park Ha-eun\nFor the tvN drama ‘Winter Harbor’, she recorded the song ‘Glass Door’.\n");
        assert_eq!(got, [rec("Winter Harbor", "Glass Door", "Park Ha-eun")]);
        let got = kept(
            "Winter Harbor\nCast\nSupporting\nOriginal soundtrack\n“Glass Door” – Park Ha-eun\n",
        );
        assert_eq!(got, [rec("Winter Harbor", "Glass Door", "Park Ha-eun")]);
        // A site's breadcrumb heads nothing; a quoted title before its soundtrack's count
        // is the drama, the count no title.
        // (Spaces may lay the breadcrumb out as cells, its marks in cells of their own.)
        for (crumb, head, drama) in [
            (
                "스포츠온 > 연예 > 방송",
                "‘겨울 항구’ 두 번째 OST 공개",
                "겨울 항구",
            ),
            ("스포츠온 > 연예 > 방송", "OST 공개", ""),
            ("Albums  >  OST  >  Drama OST", "OST 공개", ""),
        ] {
            let text = format!("{crumb}\n\n{head}\n\n가수 박하은이 부른 ‘유리문’이 공개됐다.\n");
            let r = read(&text, &Tables::builtin());
            let got: Vec<_> = r
                .songs
                .iter()
                .map(|s| s.drama.clone().unwrap_or_default())
                .collect();
            assert_eq!(got, [drama], "{text}");
        }
    }

    #[test]
    fn a_wiki_page_infobox_cast_and_part_tables() {
        let page = "# Winter Harbor\nFrom the free encyclopedia\nGenre | Romance\nWritten by | Choi Eun-ha\nStarring | Kim Min-jae\nLee Soo-ah\nWinter Harbor is a 2021 South Korean television series.\n## Cast[edit]\nKim Min-jae as Seo Do-yun\nLee Soo-ah as young Han Yeo-reum (Ep. 1–4)\n## Original soundtrack[edit]\nMain article: Winter Harbor (soundtrack)\n## Part 1\nNo. | Title | Lyrics | Music | Artist | Length\n1. “Glass Door” | Choi Eun-ha | Jung Tae-min | Park Ha-eun | 3:41\n";
        assert_eq!(
            kept(page),
            [rec("Winter Harbor", "Glass Door", "Park Ha-eun")]
        );
        // A track list whose items open with the soundtrack's part.
        let got = kept(
            "Winter Harbor OST\nPart 1. Park Ha-eun - Glass Door\nPt.2 Kim Do-yoon - Salt Road\n",
        );
        assert_eq!(
            got,
            [
                rec("Winter Harbor", "Glass Door", "Park Ha-eun"),
                rec("Winter Harbor", "Salt Road", "Kim Do-yoon")
            ]
        );
    }

    #[test]
    fn a_reply_that_names_its_pick_as_a_list_does_is_read_as_a_list_line() {
        let thread = "# Your favourite drama OST?\n\nGlass Door - Park Ha-eun (Winter Harbor). I play it every morning.\n\nSalt Road - Kim Do-yoon (Winter Harbor). The bridge gets me.\n\nWe listened to it all night - it was lovely. Really.\n\nNorth Star - Ivy Lane. Crash Landing on You. Enough said.\n\nLow Tide - Mira Dove. Hotel del Luna. Still cry.\n";
        // The last replies' dramas are sentences of their own, the title alone.
        assert_eq!(
            kept(thread),
            [
                rec("Winter Harbor", "Glass Door", "Park Ha-eun"),
                rec("Winter Harbor", "Salt Road", "Kim Do-yoon"),
                rec("Crash Landing on You", "North Star", "Ivy Lane"),
                rec("Hotel del Luna", "Low Tide", "Mira Dove")
            ]
        );
    }

    #[test]
    fn a_drama_named_once_past_the_lead_is_not_the_articles() {
        let letter = "# The week in songs\n\nHi friends, three new songs came out this week, and I have opinions about all of them.\n\n\"Paper Moon\" by Seo Ye-rin is the best of the week.\n\nIt builds from a quiet piano into a full string section by the last chorus.\n\nOn repeat: Davichi's \"This Love\" (Descendants of the Sun). It still flattens me.\n";
        assert_eq!(
            kept(letter),
            [rec("Descendants of the Sun", "This Love", "Davichi")]
        );
        // Named again further down, it is what the article is about.
        let again =
            format!("{letter}\nDescendants of the Sun has the best soundtrack of its year.\n");
        assert_eq!(kept(&again).len(), 2);
    }

    #[test]
    fn a_ranked_heading_of_an_unknown_title_heads_its_songs() {
        let list = "# The 5 best OSTs of the year\n\n#5 HOSPITAL PLAYLIST\n\n\"Aloha\" sung by Jo Jung Suk\n\nThe band episodes were the best part.\n\n#4 MOON TIDE ROAD\n\n\"Lamplight\" sung by Yoon Chae-won\n\nA quiet piano ballad.\n";
        assert_eq!(
            kept(list),
            [
                rec("HOSPITAL PLAYLIST", "Aloha", "Jo Jung Suk"),
                rec("MOON TIDE ROAD", "Lamplight", "Yoon Chae-won")
            ]
        );
    }

    #[test]
    fn a_possessive_reaches_its_song_past_the_soundtracks_part() {
        let ko = "'겨울 항구' OST는 앞서 노을빛의 Part.1 '유리문', 박하은의 Part.2 '소금길'로 이어졌다.\n";
        assert_eq!(
            kept(ko),
            [
                rec("겨울 항구", "유리문", "노을빛"),
                rec("겨울 항구", "소금길", "박하은")
            ]
        );
        let en = "The soundtrack of Winter Harbor so far: Mira Dove's Part 1 “Glass Door”.\n";
        assert_eq!(kept(en), [rec("Winter Harbor", "Glass Door", "Mira Dove")]);
    }

    #[test]
    fn a_quoted_title_in_sentence_case_is_a_song_where_a_songs_word_is_near() {
        let t = Tables::builtin();
        for text in [
            "The drama Winter Harbor.\n\n‘Lanterns in my window’, the OST he sings, is a remake.\n",
            "The drama Winter Harbor.\n\nThe song “the lights go out” closes the finale.\n",
        ] {
            let r = read(text, &t);
            assert!(
                r.songs.iter().any(|s| s.track.starts_with(['L', 't'])),
                "{text}: {:?}",
                candidates(&r)
            );
        }
        // A sentence, a nickname, a wish or an OST word in quotes is none; nor is a
        // phrase in sentence case with no song's word near.
        for text in [
            "Before the song plays, he says, “You were nine.”\n",
            "The singer, called “the sad one” by fans, sang the OST.\n",
            "She wanted the OST to “grow like the garden does” over the series.\n",
            "Kim, the “queen of OSTs” since her debut, sang again.\n",
            "She wrote “see you in spring” on the card and left.\n",
        ] {
            let r = read(text, &t);
            assert!(r.songs.is_empty(), "{text}: {:?}", candidates(&r));
        }
    }

    #[test]
    fn a_known_drama_in_brackets_after_a_by_credit_is_the_songs() {
        // (A title the tables know whose words could name a band.)
        let t = Tables::builtin();
        let r = read(
            "Lantern Lane by Mira Dove (Boys Over Flowers). I'm old.\n",
            &t,
        );
        let s = &r.songs[0];
        assert_eq!(
            (s.track.as_str(), s.artists.as_str(), s.drama.as_deref()),
            ("Lantern Lane", "Mira Dove", Some("Boys Over Flowers"))
        );
        // A bracket the tables do not know as a drama stays with the singer (a group).
        let r = read("Lantern Lane by Mira (NOVA RAIN) is a joy.\n", &t);
        assert_eq!(r.songs[0].artists, "Mira (NOVA RAIN)");
    }

    #[test]
    fn a_known_title_a_shows_cue_names_keeps_its_own_strength() {
        let t = knowing(&[("Winter Harbor", "Winter Harbor")]);
        let strength = |text: &str, name: &str| {
            read(text, &t)
                .dramas
                .iter()
                .find(|d| d.name == name && d.cue == "drama.part_of")
                .map(|d| d.strength)
        };
        // Known, it is as sure as its name alone (0.8); unknown, the cue's 0.75.
        let text = "If you watched Winter Harbor you will remember its songs.\n";
        assert_eq!(strength(text, "Winter Harbor"), Some(0.8));
        let text = "If you watched Salt Lantern you will remember its songs.\n";
        assert_eq!(strength(text, "Salt Lantern"), Some(0.75));
    }

    #[test]
    fn a_korean_singer_a_bare_hyphen_and_a_title_in_one_quote() {
        let text = "드라마 ‘바다 병원’ OST 앨범에는 ‘하윤슬(루미네)-파도 소리’, ‘박서연-Night Bus’가 담겼다.\n";
        assert_eq!(
            kept(text),
            [
                rec("바다 병원", "파도 소리", "하윤슬(루미네)"),
                rec("바다 병원", "Night Bus", "박서연")
            ]
        );
        // A drama's name before the hyphen is no singer: `‘D-T’` is read as a pair.
        let r = read(
            "‘밤의 항구-Night Bus’가 1위에 올랐다.\n",
            &Tables::builtin(),
        );
        assert!(
            r.songs.iter().all(|s| s.rule != "prose.quoted_pair"),
            "{:?}",
            candidates(&r)
        );
    }

    #[test]
    fn a_singers_own_single_is_no_dramas_song() {
        let t = Tables::builtin();
        for text in [
            "# Winter Harbor OST\n\nBefore the drama, Mira Dove put out her debut single “Glass Door” in May.\n",
            "# Winter Harbor OST\n\nWhen the band dropped their last single Night Bus, it topped the chart.\n",
        ] {
            let r = read(text, &t);
            assert!(r.songs.is_empty(), "{text}: {:?}", candidates(&r));
        }
        // Nor is an album an owner names (`A's album Palette`), nor a single with its
        // own words (`her self-written single`).
        for text in [
            "# Winter Harbor OST\n\nMira Dove's album Lantern Light is lovely, but it is no drama's.\n",
            "# Winter Harbor OST\n\nMira Dove's first mini album “Lantern Light” came out in May.\n",
            "# Winter Harbor OST\n\nShe released her self-written single “Blue Ferns” in February.\n",
        ] {
            let r = read(text, &t);
            assert!(r.songs.is_empty(), "{text}: {:?}", candidates(&r));
        }
        // A soundtrack's single is a drama's song.
        let text = "# Winter Harbor OST\n\nMira Dove sang her new OST single “Glass Door”.\n";
        let r = read(text, &t);
        assert!(
            r.songs.iter().any(|s| s.track == "Glass Door"),
            "{:?}",
            candidates(&r)
        );
    }

    #[test]
    fn a_singing_verbs_singer_is_the_name_right_before_it() {
        let text = "# Winter Harbor OST\n\nThe drama boasts a great soundtrack, with Kim Ha-na, of NOVA RAIN, singing \"Carbon Paper\" and The Lamps singing \"Winter Love\".\n";
        assert_credits(
            text,
            &[
                ("Carbon Paper", "Kim Ha-na of NOVA RAIN"),
                ("Winter Love", "The Lamps"),
            ],
        );
        // A clause's pronoun before the verb is no singer the line states.
        let text = "# Winter Harbor OST\n\nWhen I singing \"Carbon Paper\" in the car, I cried.\n";
        let r = read(text, &Tables::builtin());
        assert!(
            r.songs.iter().all(|s| s.credit_tie != "line"),
            "{:?}",
            candidates(&r)
        );
    }

    #[test]
    fn what_a_possessive_gives_to_is_the_show_no_song() {
        // `A’s contribution to “D”`: the quote is what the singer's song was for.
        let t = knowing(&[("Winter Harbor", "Winter Harbor")]);
        let text = "Mira Dove's contribution to \"Winter Harbor\" is the lightest song on it.\n";
        let r = read(text, &t);
        assert!(r.songs.is_empty(), "{:?}", candidates(&r));
        // A possessive's adjectives still reach the song: `A’s tender “T”`.
        let text = "Mira Dove's tender \"Winter Harbor\" is the lightest song on it.\n";
        let r = read(text, &t);
        assert_eq!(candidates(&r)[0].0, "Winter Harbor");
    }

    #[test]
    fn a_sentences_the_before_a_known_titles_soundtrack_is_no_part_of_it() {
        let text = "Was there any doubt? The CLOY soundtrack is stacked, and our pick is Mira Dove's “Glass Door”.\n";
        assert_eq!(kept(text), [rec("CLOY", "Glass Door", "Mira Dove")]);
    }

    #[test]
    fn a_korean_title_with_also_and_a_voices_owner_are_credited() {
        let text = "# '겨울 항구' OST 총정리\n\n박서연의 목소리가 담긴 메인 테마곡 '등대'는 첫 회에 흘러나왔다.\n\n'파도 소리' 역시 윤채아가 불러 화제를 모았다.\n";
        assert_eq!(
            kept(text),
            [
                rec("겨울 항구", "등대", "박서연"),
                rec("겨울 항구", "파도 소리", "윤채아")
            ]
        );
    }

    #[test]
    fn an_engineers_label_credits_no_song() {
        let text = "## Winter Harbor OST\n- Glass Door: Park Ha-eun\n- Salt Road: Kim Do-yoon\n- Mixing Engineer: Yoo Han-sol\n- Mastering Engineer: Kwon Da-in\n";
        let got = kept(text);
        assert_eq!(got.len(), 2, "{got:?}");
    }

    #[test]
    fn the_songs_of_a_title_name_the_drama() {
        for head in [
            "The songs of Winter Harbor",
            "All the music from Winter Harbor",
        ] {
            let text = format!(
                "# {head}\n\nThe first part was Glass Door by Park Ha-eun, a slow ballad.\n"
            );
            assert_eq!(
                kept(&text),
                [rec("Winter Harbor", "Glass Door", "Park Ha-eun")],
                "{head}"
            );
        }
        // A singer's songs, or the songs of a year, name no drama.
        for head in ["Songs from Paul Kim", "Songs of the Year"] {
            let text = format!(
                "# {head}\n\nThe first part was Glass Door by Park Ha-eun, a slow ballad.\n"
            );
            assert_eq!(kept(&text), [], "{head}");
        }
    }

    #[test]
    fn a_soundtrack_albums_uncredited_tracks_are_its_songs_a_singers_album_has_none() {
        let english = "# Moonlit Ferry OST Album Review\n\nThe Moonlit Ferry OST album is out today, with the score after the vocal songs.\n\nTrack List\n1. Paper Boats - Han Ji-woo\n2. Salt Wind - Kim Do-yoon\n3. Harbor Lights - Oh Se-hun\n4. Fog Signal (2:11)\n5. Night Ferry\n6. Gulls at Dawn\n";
        let korean = "# 달빛 항구 OST 발매\n\n드라마 달빛 항구 OST 앨범이 오늘 나왔다.\n\n수록곡\n1. 파도의 말 - 한지우\n2. 소금 바람 - 김도윤\n3. 안개 종소리\n4. 밤배\n";
        let uncredited = |text: &str| -> Vec<String> {
            kept(text)
                .into_iter()
                .filter(|(_, _, a)| a.is_empty())
                .map(|(d, t, _)| format!("{d} | {t}"))
                .collect()
        };
        assert_eq!(
            uncredited(english),
            [
                "Moonlit Ferry | Fog Signal",
                "Moonlit Ferry | Night Ferry",
                "Moonlit Ferry | Gulls at Dawn"
            ]
        );
        assert_eq!(
            uncredited(korean),
            ["달빛 항구 | 안개 종소리", "달빛 항구 | 밤배"]
        );
        // A singer's own album lists its tracks the same way; the article names no
        // soundtrack of it. One credited line among numbered headlines is no list either.
        let own = "# Han Ji-woo returns with her second album\n\nSinger Han Ji-woo, who sang for the drama Moonlit Ferry on KBS2, releases her second album today.\n\n1. Paper Boats - Han Ji-woo\n2. Salt Wind - Han Ji-woo & Kim Do-yoon\n3. Fog Signal\n4. Night Ferry\n";
        let news = "# Moonlit Ferry OST Part 3 out today\n\nThe Moonlit Ferry OST gets a third part today.\n\nMost read\n1. Han Ji-woo - Paper Boats\n2. Kim Do-yoon enlists in May\n3. Ratings hit a new high\n";
        for text in [own, news] {
            assert_eq!(uncredited(text), Vec::<String>::new(), "{text}");
        }
    }

    #[test]
    fn a_track_lists_instrumentals_and_discs_are_no_songs_and_head_nothing() {
        let album = "# Winter Harbor OST (Special Edition)\n\nTracklist\n\nDISC 1\n\n01. Glass Door – Park Ha-eun\n02. Salt Road – Kim Do-yoon\n03. Glass Door (Inst.)\n04. Salt Road (Inst.)\n\nDISC 2 – Score\n\n01. Harbor Theme – Moon Jae-hyuk\n02. Low Tide at Dawn – Moon Jae-hyuk\n";
        assert_eq!(
            kept(album),
            [
                rec("Winter Harbor", "Glass Door", "Park Ha-eun"),
                rec("Winter Harbor", "Salt Road", "Kim Do-yoon"),
                rec("Winter Harbor", "Harbor Theme", "Moon Jae-hyuk"),
                rec("Winter Harbor", "Low Tide at Dawn", "Moon Jae-hyuk")
            ]
        );
    }

    #[test]
    fn a_shops_album_page_names_its_drama_in_the_albums_name() {
        let rows = "TRACK LIST\n\nDISC 1\n01. Glass Door - Park Ha-eun\n02. Salt Road - Kim Do-yoon\n03. Low Tide - Bae Jin (NORTHWIND)\n04. Ferry Lights - Oh Se-hun\n\nDISC 2\nOriginal Score - 19 tracks (composed by Moon Jae-hyuk)\n\nCREDITS\nComposition & Arrangement: Moon Jae-hyuk, Gil Na-rae\n";
        let records = |d: &str| {
            vec![
                rec(d, "Glass Door", "Park Ha-eun"),
                rec(d, "Salt Road", "Kim Do-yoon"),
                rec(d, "Low Tide", "Bae Jin (NORTHWIND)"),
                rec(d, "Ferry Lights", "Oh Se-hun"),
            ]
        };
        // The format after the album's name is no title (`- 2CD`, `[2CD]`), and a row
        // with its singer's group is a row of the list, not a layout of its own.
        for head in [
            "Harbor Lights OST (tvN Drama) - 2CD",
            "Harbor Lights OST (tvN Drama) [2 CDs]",
        ] {
            let page = format!("SHOPNAME Global Store\n\n{head}\n\n$27.90 USD\n\nPRODUCT DESCRIPTION\n\nThe official soundtrack of the tvN drama Harbor Lights. Sidebar: Moon Road OST (KBS2 Drama) - $19.00\n\n{rows}");
            assert_eq!(kept(&page), records("Harbor Lights"), "{head}");
        }
        // A title and its subtitle are one name, where a singer's name (`Rain`) opens
        // it when the page names it whole elsewhere.
        for (first, whole) in [
            ("Harbor Lights", true),
            ("Harbor Lights", false),
            ("Rain", true),
        ] {
            let page = format!(
                "SHOPNAME Global Store\n\n{first}: The Return OST (tvN Drama) [2CD]\n\nPRODUCT DESCRIPTION\n\n{}\n\n{rows}",
                if whole {
                    format!("Official soundtrack of the tvN drama \"{first}: The Return.\"")
                } else {
                    "Official soundtrack of the hit tvN drama.".to_string()
                }
            );
            assert_eq!(
                kept(&page),
                records(&format!("{first}: The Return")),
                "{first} {whole}"
            );
        }
        // Not a label, a singer or a column before the colon.
        for head in [
            "Thread: Harbor Lights OST appreciation thread",
            "The Wednesday Five: My Favorite OST Songs",
        ] {
            let r = read(&format!("{head}\n"), &Tables::builtin());
            assert!(r.dramas.iter().all(|d| !d.name.contains(':')), "{head}");
        }
    }

    #[test]
    fn a_chart_tables_rows_and_a_desks_byline_name_no_drama() {
        let text = "CHART WATCH\n\nPark Ha-eun's 'Glass Door' holds No. 1 for a third week\n\nK-Chart Data Desk\nJune 24, 2024\n\nPark Ha-eun's \"Glass Door\" spent a third week at No. 1 on the weekly chart (June 17-23).\n\n\"Tidewater,\" the Salt and Honey OST Part 2 by HALO7's Jiwon, debuted at No. 6.\n\nMELON WEEKLY TOP 10 (June 17-23)\nRank | Change | Title | Artist\n1 | - | Glass Door | Park Ha-eun\n2 | +1 | Comet Tail | DUSKLINE\n3 | NEW | Tidewater | Jiwon (HALO7)\n";
        assert_eq!(
            kept(text),
            [rec("Salt and Honey", "Tidewater", "HALO7's Jiwon")]
        );
    }

    #[test]
    fn a_music_videos_title_sets_singer_and_song_apart_with_an_underscore() {
        let text = "Harbor Lights, the tvN drama, has one of the year's best soundtracks.\n\n[MV] Park Ha-eun(박하은) _ Glass Door(유리문) (Harbor Lights OST Part.1)\n\nThe drama ended last week.\n";
        assert_eq!(
            kept(text),
            [rec(
                "Harbor Lights",
                "Glass Door(유리문)",
                "Park Ha-eun(박하은)"
            )]
        );
        // An underscore inside a word is the word's.
        let r = read("Harbor_Lights OST (tvN)\n", &Tables::builtin());
        assert!(r.lines[0]
            .pieces
            .iter()
            .all(|p| p.kind != pieces::Kind::Sep));
    }

    #[test]
    fn a_sites_name_over_the_page_yields_to_the_drama_its_headline_names() {
        let text = "KStage Wire\nHome | News | Music | Drama | Charts\nSign in | Newsletter\n\nMUSIC > OST\n\nHALO7's Jiwon lends her voice to 'Salt and Honey' OST Part 2 'Tidewater'\n\nBy Leah Park · June 14, 2024\n\nJiwon of girl group HALO7 is the newest voice on the soundtrack of the weekend romance.\n\nThe song was composed by Kang Tae-o and arranged by Lim Chae-won, with lyrics by Noh Bora.\n\nThe singer's agency said she read the script twice before recording.\n\nThe drama opened its soundtrack in late May with Part 1, \"Paper Boat,\" sung by singer-songwriter Yeo Min-sol.\n\nRELATED\n- DUSKLINE joins the 'Winter Kite' OST lineup\n";
        assert_eq!(
            kept(text),
            [
                rec("Salt and Honey", "Tidewater", "Jiwon"),
                rec("Salt and Honey", "Paper Boat", "Yeo Min-sol")
            ]
        );
    }

    #[test]
    fn a_newsletters_items_open_with_their_dramas_part() {
        let text = "NEW OST DROPS\n\n▸ Lamplight Pharmacy, Part 3: \"Pill Case Heart\" – Cheri and Hyunsoo\nA bouncy duet.\n\n▸ Part-Time Prince, OST 2: \"Clock Out\" – Jay of ORBIT ONE\nJay's first solo OST.\n";
        assert_eq!(
            kept(text),
            [
                rec("Lamplight Pharmacy", "Pill Case Heart", "Cheri and Hyunsoo"),
                rec("Part-Time Prince", "Clock Out", "Jay of ORBIT ONE")
            ]
        );
    }

    #[test]
    fn a_box_drawings_line_between_names_is_a_dash() {
        let text = "■ 베스트 OST상\n- 「보내지 못한 말」 한서율 ─ 달빛 우체국\n- 「Orbit」 수아(클로버링) ─ 너의 궤도\n- 「오늘의 메뉴」 정하람 ─ 하숙집 셰프\n";
        assert_eq!(
            kept(text),
            [
                rec("달빛 우체국", "보내지 못한 말", "한서율"),
                rec("너의 궤도", "Orbit", "수아(클로버링)"),
                rec("하숙집 셰프", "오늘의 메뉴", "정하람")
            ]
        );
    }

    #[test]
    fn the_song_a_singer_sang_in_the_next_korean_sentence_is_hers() {
        let text = "ENA 월화드라마 『너의 궤도』 OST 「Orbit」이 1위를 탈환했다. 걸그룹 클로버링(CLOVERING) 멤버 수아가 부른 이 곡은 지난달 공개됐다.\n\nJTBC 『소금꽃 피는 마을』 OST 「바람의 자리」가 3위에 올랐다. 배우가 직접 부른 이 곡은 잔잔한 발라드다.\n";
        assert_eq!(kept(text), [rec("너의 궤도", "Orbit", "수아")]);
    }

    #[test]
    fn a_weeks_top_ten_is_a_chart() {
        let text = "Top 10 this week\n1) NORTHWIND – Glass Door (Harbor Lights OST) ▲2\n2) MINTY – Supernova Road ▲3\n3) Park Ha-eun – Sweet Tooth (NEW)\n4) Oh Se-hun – Do or Don\u{2019}t ▼1\n5) NORTHWIND – Low Tide (Harbor Lights OST Part 2) ▲4\n\nHarbor Lights keeps climbing: NORTHWIND\u{2019}s song sits at No. 1.\n";
        assert_eq!(
            kept(text),
            [
                rec("Harbor Lights", "Glass Door", "NORTHWIND"),
                rec("Harbor Lights", "Low Tide", "NORTHWIND")
            ]
        );
    }

    #[test]
    fn a_dramas_broadcast_days_before_drama_name_no_drama() {
        let text = "Singer Seo Ha-eun has lent her voice to the soundtrack of “Winter Harbor”!\n\nOn June 20, the JTBC Saturday-Sunday drama released Part 3 of its original soundtrack, “Ebb and Flow,” sung by Seo Ha-eun.\n";
        assert_eq!(
            kept(text),
            [rec("Winter Harbor", "Ebb and Flow", "Seo Ha-eun")]
        );
    }

    #[test]
    fn a_korean_cast_list_holds_no_song() {
        let page = "# 겨울 항구\n## 등장인물\n한지호 - 우체국장 역 (배우: 박서연)\n윤다은 - 신입 집배원 역 (배우: 서은채)\n박서연 | 한지호 역\n서은채 : 윤다은 역\n- 강민호 (배우: 도건우) - 항구 경비. 지호의 친구.\n## OST\n번호 | 곡명 | 가수\n1 | 유리문 | 노을빛\n";
        assert_eq!(kept(page), [rec("겨울 항구", "유리문", "노을빛")]);
        // A station's name is no role.
        assert!(!evidence::cast_line(
            "1. 서울역 - 박서연",
            &Tables::builtin()
        ));
    }

    #[test]
    fn a_wikis_vertical_table_in_markdown_labels_its_song() {
        let page = "겨울 항구\n\n6.1. Part.1\n\n| 곡명 | 소금길 (Salt Road) |\n| 가수 | 이서아 |\n\
                    | 발매일 | 2019년 12월 15일 |\n\n6.2. Part.2\n\n| Title | Night Bus |\n| Singer | Cha Min |\n";
        assert_eq!(
            kept_with(page, &knowing(&[("겨울 항구", "겨울 항구")])),
            [
                rec("겨울 항구", "소금길 (Salt Road)", "이서아"),
                rec("겨울 항구", "Night Bus", "Cha Min"),
            ]
        );
        // A row of more cells, or of a label nobody knows, is no label's.
        assert_eq!(framed_pair("| 곡명 | 가수 | 발매일 |"), None);
        assert_eq!(framed_pair("| Salt Road | Lee Seo-ah |"), None);
    }

    #[test]
    fn a_drama_databases_fields_hold_no_song() {
        let page = "Winter Harbour (2019)\n\nNative Title: 겨울 항구\nCountry: South Korea\n\
                    Aired On: Saturday, Sunday\nDuration: 1 hr. 10 min.\n\n\
                    Soundtrack\nSalt Road - Lee Seo-ah\n";
        assert_eq!(
            kept_with(page, &knowing(&[("Winter Harbour", "Winter Harbour")])),
            [rec("Winter Harbour", "Salt Road", "Lee Seo-ah")]
        );
    }

    #[test]
    fn a_cast_databases_rows_end_on_the_kind_of_role() {
        let page = "Winter Harbour (2019)\n\nCast & Credits\n\
                    Park Ha-eun — Seo Yeon — Main Role\n\
                    Kim Do-yun — Han Jin — Support Role\n\n\
                    Soundtrack\n\
                    Winter Harbour OST Part 1 ........ Salt Road · Lee Seo-ah\n\
                    Winter Harbour OST Part 2 ........ Night Bus · Cha Min, Jo Ha\n";
        assert_eq!(
            kept_with(page, &knowing(&[("Winter Harbour", "Winter Harbour")])),
            [
                rec("Winter Harbour", "Salt Road", "Lee Seo-ah"),
                rec("Winter Harbour", "Night Bus", "Cha Min, Jo Ha"),
            ]
        );
        // A song whose last cell is no role's kind stays a song.
        assert!(!evidence::cast_line(
            "Park Ha-eun — Salt Road — Winter Harbour",
            &Tables::builtin()
        ));
    }

    #[test]
    fn a_cards_singers_and_labelled_drama_under_its_title() {
        let text = "# The Best Duets of the Year\n\n## 9. Overtime\nVocal: Han Seo-ra / Rap: Lil Moon · Drama: Office Days\nA workplace comedy needed a song about never leaving the office.\n\n## 8. Umbrella for Two\nJo Han-sol x Mina Kwon · Drama: Rainy Season Love\nCute and simple.\n";
        let got = kept(text);
        assert_eq!(
            got,
            [
                rec("Office Days", "Overtime", "Han Seo-ra / Rap: Lil Moon"),
                rec(
                    "Rainy Season Love",
                    "Umbrella for Two",
                    "Jo Han-sol x Mina Kwon"
                ),
            ]
        );
    }

    #[test]
    fn a_cards_row_of_a_title_and_labelled_cells() {
        let got = kept("## Winter Harbor OST\nGlass Door | Artist: Park Ha-eun | Drama: Salt Road | The comma is part of it.\nLanterns | Artist: Mira Dove\n");
        assert_eq!(
            got,
            [
                rec("Salt Road", "Glass Door", "Park Ha-eun"),
                rec("Winter Harbor", "Lanterns", "Mira Dove")
            ]
        );
        // A label this reader does not know leaves the line to the layouts: no film's
        // song under the drama's label reading.
        let t = Tables::builtin();
        assert!(label_cells("Paper Sky | Artist: Mira Dove | Film: Blue Night", &t).is_empty());
        assert!(label_cells("Paper Sky | Mira Dove | Artist: Kim Do-yoon", &t).is_empty());
    }

    #[test]
    fn rows_that_outgrow_a_header_without_a_singers_column_are_laid_out() {
        // The singer sits under the title in the song's column: the header names two.
        let got = kept("# Winter Harbor (Original Television Soundtrack)\nSong | Time\n1. Glass Door | Park Ha-eun | 3:57\n2. Salt Road | Mira Dove & Kim Do-yoon | 3:41\n");
        assert_eq!(
            got,
            [
                rec("Winter Harbor", "Glass Door", "Park Ha-eun"),
                rec("Winter Harbor", "Salt Road", "Mira Dove & Kim Do-yoon")
            ]
        );
        // The number column's cell became the row's list marker: the row has it still.
        let got = kept("# Winter Harbor OST\n# | Title | Plays | Duration\n1. Glass Door | Park Ha-eun | 4,812,330 | 3:57\n2. Salt Road | Mira Dove | 998,204 | 3:41\n");
        assert_eq!(
            got,
            [
                rec("Winter Harbor", "Glass Door", "Park Ha-eun"),
                rec("Winter Harbor", "Salt Road", "Mira Dove")
            ]
        );
        // A row short of cells under a merged one is not laid out afresh.
        let got = kept("## Winter Harbor OST\nNo. | Title | Lyrics | Artist | Length\n1. Glass Door | Kim Eana | Park Ha-eun | 3:57\n2. Salt Road | Mira Dove | 3:41\n");
        assert_eq!(got, [rec("Winter Harbor", "Glass Door", "Park Ha-eun")]);
    }

    #[test]
    fn a_discographys_cards_and_a_bar_of_two_links_are_no_songs() {
        let got = kept("## Winter Harbor OST\n홈 | 연예\nGlass Door | Park Ha-eun\n## Discography\nBlue Night | 2023 • EP\nPaper Sky | Single\n");
        assert_eq!(got, [rec("Winter Harbor", "Glass Door", "Park Ha-eun")]);
        // A navigation box's labels for a singer's releases, under a headline that
        // credits her with the page's songs.
        let got = kept("# List of songs recorded by Park Ha-eun\n## Soundtrack appearances\n1. “Glass Door” (Winter Harbor OST)\n2. “Salt Road” (Paper Orchard OST)\n## Park Ha-eun\n- Studio albums: Blue Night · Paper Sky · First Snow\n- Singles: Night Bus · Glass Moon\n");
        assert_eq!(
            got,
            [
                rec("Winter Harbor", "Glass Door", "Park Ha-eun"),
                rec("Paper Orchard", "Salt Road", "Park Ha-eun")
            ]
        );
    }

    #[test]
    fn a_release_date_with_its_months_name_is_no_title() {
        let got = kept("## Winter Harbor OST\n1. Glass Door | Park Ha-eun | Winter Harbor OST | Dec 3, 2023 | 3:06\n2. Salt Road | Mira Dove | Winter Harbor OST | 5 March 2024 | 3:19\n");
        assert_eq!(
            got,
            [
                rec("Winter Harbor", "Glass Door", "Park Ha-eun"),
                rec("Winter Harbor", "Salt Road", "Mira Dove")
            ]
        );
        // A day of a month with the year left out, a thread's update dates.
        let got = kept("Starting the OST thread for Winter Harbor.\n\nOST list (updated Aug 30):\nPart 1 – \"Glass Door\" – Park Ha-eun (Aug 2)\nPart 2 – Mira Dove – \"Salt Road\" (August 9th)\n");
        assert!(got.iter().all(|r| r.0 == "Winter Harbor"), "{got:?}");
        assert_eq!(got.len(), 2, "{got:?}");
    }

    #[test]
    fn songs_under_a_heading_of_other_pages_take_no_drama_from_above() {
        let page = "# Winter Harbor OST\n번호 | 곡명 | 아티스트\n1. 유리문 | 노을빛\n## 비슷한 곡 추천\n소금길 - 한설\n## Related posts\nPaper Boats - Mira Dove\n";
        assert_eq!(kept(page), [rec("Winter Harbor", "유리문", "노을빛")]);
        // The drama's other songs are its own.
        let page = "# Winter Harbor OST\n1. Glass Door - Park Ha-eun\n## Other songs in the series\n1. Salt Road - Mira Dove\n";
        assert_eq!(kept(page).len(), 2, "{:?}", kept(page));
    }

    #[test]
    fn a_box_of_other_pages_headlines_names_no_record_though_each_names_its_drama() {
        let story = "# Mira Dove Joins Winter Harbor OST\n\nMira Dove sings “Glass Door” for the drama Winter Harbor, out Friday.\n\n";
        for other in [
            "Related\nJo Hana’s “Salt Road” For “Blue Stairs” Tops Charts\nKim Do-yoon Sings “Paper Boat” For “Night Ferry”\n",
            "관련기사\n조하나, ‘푸른 계단’ OST ‘소금길’ 공개\n",
            // (A Korean box's title after a section's name.)
            "## 연예 많이 본 뉴스\n조하나, ‘푸른 계단’ OST ‘소금길’ 공개\n",
        ] {
            let got = kept(&format!("{story}{other}"));
            assert_eq!(got, [rec("Winter Harbor", "Glass Door", "Mira Dove")], "{other}");
        }
        // A link's label before the article goes on ends nothing.
        let page = format!("{story}Also Read: Jo Hana on her first tour\n\n“Salt Road” – Jo Hana (Blue Stairs OST)\n");
        assert_eq!(kept(&page).len(), 2, "{:?}", kept(&page));
    }

    #[test]
    fn a_bar_of_tabs_heads_no_section_and_a_badge_is_no_singer() {
        let page =
            "# 겨울 항구 OST\n기본정보 | 회차정보 | 출연진 | 영상\n1. 유리문 | 19금 | 노을빛\n";
        assert_eq!(kept(page), [rec("겨울 항구", "유리문", "노을빛")]);
    }

    #[test]
    fn an_infoboxs_label_heads_no_section_though_a_drama_has_its_name() {
        let t = knowing(&[("Release", "Release"), ("Winter Harbor", "Winter Harbor")]);
        let page = "# Winter Harbor\nRelease\nMay 29, 2023\n## Soundtrack\nPart | Song | Artist | Release date\n1. \"Glass Door\" | Park Ha-eun | June 5, 2023\n";
        let got: Vec<_> = read(page, &t)
            .kept()
            .map(|s| rec(s.drama.as_deref().unwrap_or(""), &s.track, &s.artists))
            .collect();
        assert_eq!(got, [rec("Winter Harbor", "Glass Door", "Park Ha-eun")]);
    }

    #[test]
    fn the_singer_sung_with_after_the_title_sings_it_too() {
        assert_eq!(
            kept("Park Ha-eun sang “Salt Road” with Kim Do-yoon for the drama Winter Harbor.\n"),
            [rec(
                "Winter Harbor",
                "Salt Road",
                "Park Ha-eun, Kim Do-yoon"
            )]
        );
        assert_eq!(
            kept("## 2. Park Ha-eun\nFor the tvN drama ‘Winter Harbor’, she recorded the song ‘Salt Road’ with Kim Do-yoon.\n"),
            [rec("Winter Harbor", "Salt Road", "Park Ha-eun, Kim Do-yoon")]
        );
        // A guest in a bracket after the title (`“T” (feat. B)`) sings it too; a tag does not.
        assert_eq!(
            kept("Park Ha-eun sang “Salt Road” (feat. Kim Do-yoon) for the drama Winter Harbor.\n"),
            [rec(
                "Winter Harbor",
                "Salt Road",
                "Park Ha-eun, Kim Do-yoon"
            )]
        );
        assert_eq!(
            kept("Park Ha-eun sang “Salt Road” (Inst.) for the drama Winter Harbor.\n"),
            [rec("Winter Harbor", "Salt Road", "Park Ha-eun")]
        );
        // A drama after `with` is none of its singers.
        assert_eq!(
            kept("Park Ha-eun sang “Salt Road” with the drama Winter Harbor in mind.\n"),
            [rec("Winter Harbor", "Salt Road", "Park Ha-eun")]
        );
    }

    #[test]
    fn a_credit_stated_after_the_song_outweighs_the_sentences_subject() {
        for (text, artists) in [
            (
                "Actor Kim Min-ho said Goblin's \"Glass Door\" features Park Ha-eun and Mira Dove.",
                "Park Ha-eun and Mira Dove",
            ),
            (
                "Critic Lee Su-jin wrote that Goblin's \"Glass Door\" was sung by Park Ha-eun.",
                "Park Ha-eun",
            ),
            (
                "Producer Jo Min-su said Goblin's \"Glass Door\" carries vocals from Park Ha-eun.",
                "Park Ha-eun",
            ),
            (
                "Director Yoon Se-ri chose Goblin's \"Glass Door\", which Park Ha-eun sang.",
                "Park Ha-eun",
            ),
        ] {
            let s = credit_of(&format!("# Notes\n\n{text}\n"), "Glass Door");
            assert_eq!(
                (s.artists.as_str(), s.credit_tie),
                (artists, "line"),
                "{text}"
            );
        }
        // Without a stated credit, the subject sings.
        let s = credit_of(
            "# Notes\n\nMira Dove sang Goblin's \"Glass Door\" at the concert.\n",
            "Glass Door",
        );
        assert_eq!(s.artists, "Mira Dove");
    }

    #[test]
    fn recording_a_bare_title_for_a_drama_and_a_conjunction_before_a_title() {
        let got = kept("# Idols on soundtracks\n\nMira Dove recorded Paper Moon for Winter Harbor.\n\nKim Do-yoon performed Salt Road for Hotel del Luna.\n\nCrash Landing on You!!! Glass Door by Park Ha-eun gets me every time. And Night Ferry by Choi Ra-el.\n");
        assert_eq!(
            got,
            [
                rec("Winter Harbor", "Paper Moon", "Mira Dove"),
                rec("Hotel del Luna", "Salt Road", "Kim Do-yoon"),
                rec("Crash Landing on You", "Glass Door", "Park Ha-eun"),
                rec("Crash Landing on You", "Night Ferry", "Choi Ra-el")
            ]
        );
    }

    #[test]
    fn a_title_label_over_a_song_line_and_a_list_line_with_a_comment() {
        let got = kept("## Winter Harbor\n\nSong: \"Glass Door\" – Park Ha-eun\n\nA slow ballad that opens the series.\n\n## More\n\n1. Paper Moon (Kim Do-yoon) - Salt Road. I play it at the gym.\n2. Night Ferry (Choi Ra-el) - Moon Garden. The rain scene!\n");
        assert_eq!(
            got,
            [
                rec("Winter Harbor", "Glass Door", "Park Ha-eun"),
                rec("Salt Road", "Paper Moon", "Kim Do-yoon"),
                rec("Moon Garden", "Night Ferry", "Choi Ra-el")
            ]
        );
        // Credited with `by`, the label over a drama's label (a listicle's items).
        let got = kept(
            "## My OST picks

Song: ‘Glass Door’ by Park Ha-eun
Drama: Winter Harbor
A slow ballad that opens the series.

Song: ‘Salt Road’ by Kim Do-yoon
Drama: Moon Garden
The rain scene!
",
        );
        assert_eq!(
            got,
            [
                rec("Winter Harbor", "Glass Door", "Park Ha-eun"),
                rec("Moon Garden", "Salt Road", "Kim Do-yoon")
            ]
        );
    }

    #[test]
    fn a_reporters_byline_and_a_korean_track_list_heading_keep_the_drama() {
        let got = kept("# 겨울 항구/OST\n\n## 1. 개요\n\n2023년 방영된 드라마 겨울 항구의 OST를 정리한 문서.\n\n## 2. 트랙 리스트\n\n번호 | 곡명 | 가수\n1 | 유리문 | 이하윤\n2 | 종이달 | 박하은\n");
        assert_eq!(
            got,
            [
                rec("겨울 항구", "유리문", "이하윤"),
                rec("겨울 항구", "종이달", "박하은")
            ]
        );
        // A chart's songs under a byline name no drama.
        let got = kept(
            "# 4월 넷째 주 음원 차트\n\n박준호 기자\n\n1. 이하윤 - 유리문\n2. 박하은 - 종이달\n",
        );
        assert_eq!(got, []);
    }

    #[test]
    fn a_heading_of_an_english_title_then_its_hangul_one_names_the_english() {
        let got = kept(&format!(
            "## Catch Me, Detective Moon 잡아봐, 문형사\n{TWO_LABELLED}"
        ));
        assert_eq!(got, two_labelled("Catch Me, Detective Moon"));
    }

    /// Two songs as label lines, and their records under `drama`.
    const TWO_LABELLED: &str = "곡명: 유리문\n가수: 이하윤\n곡명: 종이달\n가수: 박하은\n";

    fn two_labelled(drama: &str) -> [(String, String, String); 2] {
        [
            rec(drama, "유리문", "이하윤"),
            rec(drama, "종이달", "박하은"),
        ]
    }

    #[test]
    fn a_quoted_heading_that_is_only_a_known_title_keeps_the_pages_drama() {
        // `Sandglass` is a drama the tables know; quoted alone under a soundtrack's page
        // it heads its song's paragraph.
        let got = kept("# Winter Harbor (soundtrack)\nWinter Harbor is a 2021 South Korean television series.\n## \"Sandglass\"\n\"Sandglass\" was sung by Park Ha-eun.\n");
        assert_eq!(got, [rec("Winter Harbor", "Sandglass", "Park Ha-eun")]);
    }

    #[test]
    fn a_time_or_a_pages_contents_heads_no_section() {
        // The drama stays the page's: a time it airs or a contents line under it names none.
        for heading in [
            "금토 밤 10시 30분",
            "1. 개요 2. 줄거리 3. 등장인물 4. OST",
            "Fridays at 10 p.m.",
        ] {
            let got = kept(&format!("## 겨울 항구\n{heading}\n## OST\n{TWO_LABELLED}"));
            assert_eq!(got, two_labelled("겨울 항구"), "{heading}");
        }
    }

    #[test]
    fn a_sites_buttons_and_a_clause_before_ost_head_no_section() {
        let got = kept("뉴스 | 연예 | 스포츠\n\n전체메뉴  검색\n\n[차트] 드라마 OST 강세\n\n1. 이하윤 - 유리문\n2. 박하은 - 종이달\n");
        assert_eq!(got, []);
        let got = kept("## 겨울 항구 (MBC)\n\n배우 연기 보려고 시작했다가 OST에 반함\n\n1. 이하윤 - 유리문\n2. 박하은 - 종이달\n");
        assert_eq!(
            got,
            [
                rec("겨울 항구", "유리문", "이하윤"),
                rec("겨울 항구", "종이달", "박하은")
            ]
        );
    }

    #[test]
    fn a_conjunction_that_opens_the_sentence_is_no_part_of_the_owner() {
        let got = kept("# Winter Harbor OST\n\nPark Ha-eun’s “Glass Door” opens the soundtrack. And Mira Dove’s “Salt Road” closes it. Also Kim Do-yoon’s “Paper Moon” plays in the finale.\n");
        assert_eq!(
            got,
            [
                rec("Winter Harbor", "Glass Door", "Park Ha-eun"),
                rec("Winter Harbor", "Salt Road", "Mira Dove"),
                rec("Winter Harbor", "Paper Moon", "Kim Do-yoon")
            ]
        );
    }

    #[test]
    fn a_possessives_given_name_is_a_member_or_a_character_no_song() {
        let got = kept("# Winter Harbor OST\n\nThe soundtrack will release a song every week, starting with VERITA’s Doyun on May 2. Park Ha-eun’s Paper Moon closes it.\n\nHALCYON's Seo-ah, NOVELLA's Jae and more: the drama reveals its OST lineup, with Mira Dove’s Salt Road at the end.\n");
        assert_eq!(
            got,
            [
                rec("Winter Harbor", "Paper Moon", "Park Ha-eun"),
                rec("Winter Harbor", "Salt Road", "Mira Dove")
            ]
        );
    }

    #[test]
    fn an_article_in_lower_case_is_read_with_its_names_capitalised() {
        let got = kept("my goblin ost ranking, no skips\n\nhonestly every part of this soundtrack is good but here is my list for you all, from the one i play most to the one i play least\n\n1. glass door — kang yoo-jin\n2. salt road — heize\n3. paper sky — seo haneul\n\nalso \"night ferry\" by heize & dojun is from the same drama and it is so good\n");
        assert_eq!(
            got,
            [
                rec("Goblin", "Glass Door", "Kang Yoo-jin"),
                rec("Goblin", "Salt Road", "Heize"),
                rec("Goblin", "Paper Sky", "Seo Haneul"),
                rec("Goblin", "night ferry", "Heize & Dojun"),
            ]
        );
    }

    #[test]
    fn a_role_word_before_a_name_with_a_clause_opens_a_sentence() {
        let got = kept("# Notes\n\nSinger Mira Dove, who sang \"Glass Door\" for Winter Harbor, returns with a new single.\n\nVocalist Park Ha-eun, who sang \"Salt Road\" for Winter Harbor, has a new album.\n");
        assert_eq!(
            got,
            [
                rec("Winter Harbor", "Glass Door", "Mira Dove"),
                rec("Winter Harbor", "Salt Road", "Park Ha-eun")
            ]
        );
    }

    #[test]
    fn a_credit_on_its_own_line_belongs_to_the_title_above() {
        let got = kept("## Winter Harbor OST\n## “Glass Door”\nSung by: Park Ha-eun\nA slow piano ballad.\n## “Salt Road”\nPerformed by Kim Do-yoon. The best duet of the year.\nPart 3 — “Night Ferry”\nVocals – Yoon Seo-rin\n");
        assert_eq!(
            got,
            [
                rec("Winter Harbor", "Glass Door", "Park Ha-eun"),
                rec("Winter Harbor", "Salt Road", "Kim Do-yoon"),
                rec("Winter Harbor", "Night Ferry", "Yoon Seo-rin")
            ]
        );
        // A line about singers is no credit line.
        assert_eq!(credit_line("Singers who act: a short list"), None);
        assert_eq!(
            credit_line("Singer Mira Dove, who sang “Glass Door” for Winter Harbor, returns"),
            None
        );
        assert_eq!(
            credit_line("Singer Mira Dove and Jo Tae-won's “Glass Door” is out today"),
            None
        );
        assert_eq!(
            credit_line("Sung by Mira Dove, the ballad closes the show"),
            Some(((8, 17), None))
        );
        assert_eq!(credit_line("Sung by: Park Ha-eun"), Some(((9, 20), None)));
    }

    #[test]
    fn each_title_after_its_dramas_ost_and_films_songs_dropped() {
        let got = kept(
            "박하은은 앞서 ‘달빛 정원’ OST ‘소금길’, ‘겨울 항구’ OST ‘유리문’으로 사랑받았다.\n",
        );
        assert_eq!(
            got,
            [
                rec("달빛 정원", "소금길", "박하은"),
                rec("겨울 항구", "유리문", "박하은")
            ]
        );
        let r = read(
            "5. 박하은 - 소금길 (웹드라마 ‘달빛 정원’ OST)\n6. 김도윤 - 유리문 (영화 ‘겨울 항구’ OST)\n7. Kim Do-yoon - Salt Road (from the film “A Rainy Lunch”)\n",
            &Tables::builtin(),
        );
        let got: Vec<(&str, Option<&str>)> = r
            .songs
            .iter()
            .map(|s| (s.track.as_str(), s.dropped))
            .collect();
        assert_eq!(
            got,
            [
                ("소금길", None),
                ("유리문", Some("a film's song")),
                ("Salt Road", Some("a film's song"))
            ]
        );
        assert_eq!(r.songs[0].drama.as_deref(), Some("달빛 정원"));
        // A film named in prose: its songs are a film's, and it does not stand beside the
        // article's drama as a second one.
        let r = read(
            "## ‘달빛 정원’ OST\n박하은이 부른 ‘소금길’이 공개됐다.\n음악감독은 앞서 영화 <겨울 항구>의 음악을 맡았다.\nIn the film Rainy Lunch, “Salt Road” by Kim Do-yoon plays.\n김도윤의 ‘유리문’도 실렸다.\n",
            &Tables::builtin(),
        );
        let got: Vec<(&str, Option<&str>, Option<&str>)> = r
            .songs
            .iter()
            .map(|s| (s.track.as_str(), s.drama.as_deref(), s.dropped))
            .collect();
        assert_eq!(
            got,
            [
                ("소금길", Some("달빛 정원"), None),
                ("Salt Road", Some("film Rainy Lunch"), Some("a film's song")),
                ("유리문", Some("달빛 정원"), None)
            ]
        );
    }

    #[test]
    fn a_song_its_sentence_denies_is_dropped() {
        let r = read(
            "## Winter Harbor OST\n“Glass Door” – Park Ha-eun\nThe finale also plays “Salt Road” by Kim Do-yoon, which is not part of the official soundtrack.\n",
            &Tables::builtin(),
        );
        let got: Vec<(&str, Option<&str>)> = r
            .songs
            .iter()
            .map(|s| (s.track.as_str(), s.dropped))
            .collect();
        assert_eq!(
            got,
            [
                ("Glass Door", None),
                ("Salt Road", Some("the text says it is no soundtrack's"))
            ]
        );
        // The next sentence says it of the songs before (`None of them are OSTs`).
        let r = read(
            "## Winter Harbor OST\n“Glass Door” – Park Ha-eun\nThose years also had Heize's “Salt Road” and Jo Hana's “Paper Boat.” None of them are OSTs, but they played everywhere.\n",
            &Tables::builtin(),
        );
        assert!(
            r.songs
                .iter()
                .filter(|s| s.track != "Glass Door")
                .all(|s| s.dropped.is_some()),
            "{:?}",
            r.songs
        );
    }

    #[test]
    fn korean_rankings_bracket_the_singer_and_a_rank_is_no_name() {
        let got = kept("2위에는 tvN ‘달빛 정원’ OST ‘소금길’(하은)이 이름을 올렸다.\n");
        assert_eq!(got, [rec("달빛 정원", "소금길", "하은")]);
        let r = read(
            "2위에는 tvN ‘달빛 정원’ OST ‘소금길’이 올랐다.\n",
            &Tables::builtin(),
        );
        assert!(
            r.songs.iter().all(|s| s.artists.is_empty()),
            "{:?}",
            r.songs
        );
    }

    #[test]
    fn the_drama_an_article_keeps_writing_outweighs_one_named_in_passing() {
        // A review: the drama it is about on three lines, the lead's last drama on one.
        let review = "Culture Desk\n\n# Salt Lantern is a quiet triumph\n\nIn the third episode of Salt Lantern, the camera lingers on a harbor at dusk.\n\nSalt Lantern stars Min Ha-rin, best known for the drama Paper Orchard.\n\nThe pacing of Salt Lantern will not suit everyone.\n\n## A word on the music\n\n“Ember Tide,” sung by Noh Ga-eun, plays over the first kiss.\n";
        assert_eq!(
            kept(review),
            [rec("Salt Lantern", "Ember Tide", "Noh Ga-eun")]
        );
        // Korean news, the same shape.
        let news = "연예 뉴스\n\ntvN 드라마 ‘소금 등불’ 3회에서는 항구의 밤이 그려졌다.\n\n‘소금 등불’의 주인공 민하린은 드라마 ‘종이 과수원’으로 얼굴을 알렸다.\n\n‘소금 등불’은 매주 월요일 방송된다.\n\n가수 노가은이 부른 ‘불씨의 노래’는 첫 키스 장면에 흘렀다.\n";
        assert_eq!(kept(news), [rec("소금 등불", "불씨의 노래", "노가은")]);
        // Two dramas written as often: the one nearest before the song keeps it.
        let two = "# Two spring dramas\n\nIn the third episode of Salt Lantern, the camera lingers on a harbor.\n\nSalt Lantern stars Min Ha-rin.\n\nThe pacing of Salt Lantern is slow.\n\nIn the first episode of Paper Orchard, a farmer returns home.\n\nPaper Orchard stars Kang Do-yun.\n\nPaper Orchard is funny.\n\n“Ember Tide,” sung by Noh Ga-eun, plays over the first kiss.\n";
        assert_eq!(
            kept(two),
            [rec("Paper Orchard", "Ember Tide", "Noh Ga-eun")]
        );
    }

    #[test]
    fn cards_stack_a_title_its_singer_and_its_drama_on_lines_of_their_own() {
        let rules = |text: &str| -> Vec<&'static str> {
            read(text, &Tables::builtin())
                .kept()
                .map(|s| s.rule)
                .collect()
        };
        // A page's cards: the title under a heading's mark, then its singer and its drama.
        let page = "# Songs for a rainy week\nOur editors picked these soundtrack songs.\n## Tidal Lights\nLee Ha-na\nMoonlit Harbor (2023)\nA ballad that opens the show with a slow piano line.\n## Paper Lantern\nJoon (VANTA)\nSalt Lantern (2022)\nThe rooftop scene would be nothing without it.\n## Evening Tide\nMina & Rook\nPaper Orchard (2021)\nA duet that arrives in the eighth episode.\n";
        assert_eq!(
            kept(page),
            [
                rec("Moonlit Harbor", "Tidal Lights", "Lee Ha-na"),
                rec("Salt Lantern", "Paper Lantern", "Joon (VANTA)"),
                rec("Paper Orchard", "Evening Tide", "Mina & Rook"),
            ]
        );
        assert!(rules(page).iter().all(|r| *r == "list.card"));
        // Numbered, the drama before the singer, and in Korean.
        let ko = "# 비 오는 날의 드라마 노래\n1. 바람의 노래\n달빛 항구 (2021)\n가수 김하늘\n2. 소금길\n종이 과수원 (2020)\n가수 박서윤\n3. 유리문\n소금 등불 (2022)\n가수 이도현\n";
        assert_eq!(
            kept(ko),
            [
                rec("달빛 항구", "바람의 노래", "김하늘"),
                rec("종이 과수원", "소금길", "박서윤"),
                rec("소금 등불", "유리문", "이도현"),
            ]
        );
        // Two cards are no layout; nor are cards that name no drama (a stacked list's
        // items, whose drama the text around them gives).
        let two = "## Tidal Lights\nLee Ha-na\nMoonlit Harbor (2023)\n## Paper Lantern\nKang Yu-ri\nSalt Lantern (2022)\n";
        assert!(!rules(two).contains(&"list.card"), "{:?}", rules(two));
        let bare = "# Three songs\n## Tidal Lights\nLee Ha-na\nIt plays in Moonlit Harbor.\n## Paper Lantern\nKang Yu-ri\nIt plays in Salt Lantern.\n## Evening Tide\nPark Seo-yun\nIt plays in Paper Orchard.\n";
        assert!(!rules(bare).contains(&"list.card"), "{:?}", rules(bare));
    }

    #[test]
    fn unnumbered_titles_over_singers_stack_when_the_article_stacks_three() {
        let three = "## Moon Harbor\n\nTidal Lights\nPaul Kim\n\nThe harbor theme, basically.\n\nSalt Road\nDavichi\n\nThe ending. THE ENDING.\n\nPaper Door\nSung Si-kyung\n\nA tiny bit jazzy.\n";
        assert_eq!(
            kept(three),
            [
                rec("Moon Harbor", "Tidal Lights", "Paul Kim"),
                rec("Moon Harbor", "Salt Road", "Davichi"),
                rec("Moon Harbor", "Paper Door", "Sung Si-kyung"),
            ]
        );
        // Two such pairs are two short lines each, no layout.
        let two = "## Moon Harbor\n\nTidal Lights\nPaul Kim\n\nThe harbor theme, basically.\n\nSalt Road\nDavichi\n\nThe ending. THE ENDING.\n";
        assert!(kept(two).is_empty(), "{:?}", kept(two));
    }

    #[test]
    fn a_list_line_over_its_own_credit_label_names_no_singer() {
        let text = "# 10 OST Duets That Gave Us Chills\n\n## Law of Tides — “Testimony”\nSung by: Jun-seo & Bora\nA boy-group vocal and a rapper, and it works.\n\n## Plum Oath — “Beneath the Tree”\nSung by: Tak Yeon-woo & Do Ha-eun\nTwo balladeers at their best.\n\n## Finish Run — “Finish Line”\nSung by: Ha Seo-rim x Woo Jae-in\nThe training-montage anthem.\n";
        let got = kept(text);
        for want in [
            rec("Law of Tides", "Testimony", "Jun-seo & Bora"),
            rec("Plum Oath", "Beneath the Tree", "Tak Yeon-woo & Do Ha-eun"),
        ] {
            assert!(got.contains(&want), "{want:?} in {got:?}");
        }
    }

    #[test]
    fn a_credit_names_everyone_who_sings_with_the_singer() {
        // After `and`, a role phrase before the next name; `together with`.
        let by = "## Moon Harbor OST\nThe second part is “Tidal Lights,” a duet by Jae of ORBIT and soloist Kang Yu-ri.\nThe third part, “Salt Road,” is sung by Park Ha-eun together with Lim Do-hyun.\n";
        assert_eq!(
            kept(by),
            [
                rec("Moon Harbor", "Tidal Lights", "Jae of ORBIT and Kang Yu-ri"),
                rec(
                    "Moon Harbor",
                    "Salt Road",
                    "Park Ha-eun together with Lim Do-hyun"
                ),
            ]
        );
        // The one a singer teamed up with, and the singer, named first.
        let teamed = "## Moon Harbor OST\nSinger Park Ha-eun teamed up with her friend Lim Do-hyun for the duet “Paper Door,” the drama’s fourth part.\n";
        assert_eq!(
            kept(teamed),
            [rec("Moon Harbor", "Paper Door", "Park Ha-eun, Lim Do-hyun")]
        );
        // `with` and no work together: the one named alone.
        let alone = "## Moon Harbor OST\nIn a talk with Park Ha-eun, Lim Do-hyun sang the fourth part, “Paper Door.”\n";
        assert_eq!(
            kept(alone),
            [rec("Moon Harbor", "Paper Door", "Lim Do-hyun")]
        );
    }

    #[test]
    fn korean_credits_join_the_spoken_and_and_the_one_who_sang_before_a_feature() {
        let got = kept("## ‘달빛 정원’ OST\n20일에는 하성운이랑 청하가 함께 부른 ‘한 걸음 더’가 발매됐다.\n“검은 비단” OST에는 유시온이 부르고 정하빈이 피처링한 ‘그림자 무늬’가 공개됐다.\n");
        assert_eq!(
            got,
            [
                rec("달빛 정원", "한 걸음 더", "하성운, 청하"),
                rec("검은 비단", "그림자 무늬", "유시온, 정하빈"),
            ]
        );
        // A name before `랑` that is a drama's word stays out (`사랑`): the credit alone.
        let got = kept("## ‘달빛 정원’ OST\n사랑 노래를 청하가 부른 ‘한 걸음 더’가 발매됐다.\n");
        assert_eq!(got, [rec("달빛 정원", "한 걸음 더", "청하")]);
    }

    #[test]
    fn a_heading_names_no_drama_by_a_sentence_word_a_remark_or_its_decoration() {
        // `Every OST from …`: the word before `OST` opens a sentence, no title.
        let every =
            "# Every OST from the spring line-up\n## Salt Lantern\n“Tidal Lights” – Kang Yu-ri\n";
        assert_eq!(
            kept(every),
            [rec("Salt Lantern", "Tidal Lights", "Kang Yu-ri")]
        );
        let every = "# Every OST from the spring line-up\n“Tidal Lights” – Kang Yu-ri\n";
        assert!(
            kept(every).iter().all(|r| r.0 != "Every"),
            "{:?}",
            kept(every)
        );
        // A remark of three words or more that ends as a sentence ends heads no section.
        let remark = "## 달빛 항구\n‘바람의 노래’ – 김하늘\n## 신나는 곡도 하나쯤은 있어야죠\n‘소금길’ – 박서윤\n";
        assert_eq!(
            kept(remark),
            [
                rec("달빛 항구", "바람의 노래", "김하늘"),
                rec("달빛 항구", "소금길", "박서윤")
            ]
        );
        // So does a post's clause in the nominal style of the web; a title of two words
        // that ends so is still one.
        let remark = "## 달빛 항구\n‘바람의 노래’ – 김하늘\n## 지금까지 나온 거 정리해 봄\n‘소금길’ – 박서윤\n";
        assert_eq!(
            kept(remark),
            [
                rec("달빛 항구", "바람의 노래", "김하늘"),
                rec("달빛 항구", "소금길", "박서윤")
            ]
        );
        // A greeting of two polite sentences, a pictograph after it, heads none; a
        // title of two plain ones (`미안하다 사랑한다`) does.
        let remark = "## 달빛 항구\n‘바람의 노래’ – 김하늘\n## 안녕하세요 물결라디오입니다 ☔\n‘소금길’ – 박서윤\n";
        assert_eq!(
            kept(remark),
            [
                rec("달빛 항구", "바람의 노래", "김하늘"),
                rec("달빛 항구", "소금길", "박서윤")
            ]
        );
        let title = "## 달빛 항구\n‘바람의 노래’ – 김하늘\n## 미안하다 고맙다\n‘소금길’ – 박서윤\n";
        assert!(
            kept(title).contains(&rec("미안하다 고맙다", "소금길", "박서윤")),
            "{:?}",
            kept(title)
        );
        let title = "## 달빛 항구\n‘바람의 노래’ – 김하늘\n## 다시, 봄\n‘소금길’ – 박서윤\n";
        assert!(
            kept(title).contains(&rec("다시, 봄", "소금길", "박서윤")),
            "{:?}",
            kept(title)
        );
        // A pictograph or an arrow before the name is decoration.
        let deco = "## 📺 달빛 항구 (2021)\n‘바람의 노래’ – 김하늘\n## → 종이 과수원 (2020)\n‘소금길’ – 박서윤\n";
        assert_eq!(
            kept(deco),
            [
                rec("달빛 항구", "바람의 노래", "김하늘"),
                rec("종이 과수원", "소금길", "박서윤")
            ]
        );
    }

    #[test]
    fn a_song_of_the_same_drama_takes_the_drama_of_the_song_before() {
        // Another drama named between: the song before tells which drama is the same.
        let got = kept("# Three songs we loved\n“Tidal Lights” by Kang Yu-ri is the heart of the drama Moon Harbor.\nKang Yu-ri also starred in the drama Paper Orchard last year.\nThen there is Park Ha-eun. She sang “Salt Road” for the same drama, and it hurts.\n");
        assert_eq!(
            got,
            [
                rec("Moon Harbor", "Tidal Lights", "Kang Yu-ri"),
                rec("Moon Harbor", "Salt Road", "Park Ha-eun"),
            ]
        );
        // A title alone on its line, the sentence under it saying so.
        let got = kept("## “Tidal Lights” – Kang Yu-ri\nThe heart of the drama Moon Harbor.\nIts lead was in the drama Paper Orchard.\n## “Salt Road” – Park Ha-eun\nFrom the same drama. A farewell song.\n");
        assert_eq!(
            got,
            [
                rec("Moon Harbor", "Tidal Lights", "Kang Yu-ri"),
                rec("Moon Harbor", "Salt Road", "Park Ha-eun"),
            ]
        );
        // The sentence before the song's, holding no song, says so; a drama named between
        // is another's.
        let got = kept("Kang Yu-ri's “Tidal Lights,” from tvN's “Moon Harbor,” held No. 1 again.\n\nThe ballad has outlasted its rival, JTBC's “Paper Orchard,” which ended last week.\n\nA second track from the same soundtrack stayed in the top 10. Park Ha-eun's “Salt Road” slipped to No. 7.\n");
        assert_eq!(
            got,
            [
                rec("Moon Harbor", "Tidal Lights", "Kang Yu-ri"),
                rec("Moon Harbor", "Salt Road", "Park Ha-eun"),
            ]
        );
        // Korean: `같은 드라마의`.
        let got = kept("드라마 ‘달빛 항구’ OST ‘파도의 편지’는 김하늘이 불렀다.\n김하늘은 드라마 ‘종이 과수원’에도 출연했다.\n같은 드라마의 또 다른 OST인 박서윤의 ‘소금길’도 인기다.\n");
        assert_eq!(
            got,
            [
                rec("달빛 항구", "파도의 편지", "김하늘"),
                rec("달빛 항구", "소금길", "박서윤")
            ]
        );
    }

    #[test]
    fn a_groups_members_joined_after_its_possessive_are_no_song() {
        let got = kept("## Moon Harbor OST\nThe second part is NOVA9’s Kim Do-yoon And Park Ha-eun, then “Salt Road” by Lim Do-hyun.\n");
        assert_eq!(got, [rec("Moon Harbor", "Salt Road", "Lim Do-hyun")]);
        // A title after the possessive is the group's song.
        let got = kept("## Moon Harbor OST\nThe second part is NOVA9’s Paper Door, a ballad.\n");
        assert_eq!(got, [rec("Moon Harbor", "Paper Door", "NOVA9")]);
    }

    #[test]
    fn a_heading_that_ends_with_its_broadcaster_and_days_names_a_drama() {
        let text = "# Every soundtrack of the spring line-up\n## Salt Lantern (소금 등불) — tvN, Sat–Sun\nPart 1: “Tidal Lights” – Kang Yu-ri\nPart 2: “Paper Door” – Lim Do-hyun\n## Paper Orchard — JTBC, Fri–Sat 10:30 pm\nPart 1: “Salt Road” – Park Ha-eun\n";
        assert_eq!(
            kept(text),
            [
                rec("Salt Lantern", "Tidal Lights", "Kang Yu-ri"),
                rec("Salt Lantern", "Paper Door", "Lim Do-hyun"),
                rec("Paper Orchard", "Salt Road", "Park Ha-eun"),
            ]
        );
    }
    #[test]
    fn a_staff_credit_names_no_singer() {
        // The next sentence's `composed by` is the writer's, no singer's credit.
        let text = "## Snowfall Diary OST\n\nThe second part is “Paper Boat,” a ballad. The song was composed by Min Seo-jun and arranged by Oh Dae-ho.\n";
        assert_eq!(kept(text), []);
        let text = "## Snowfall Diary OST\n\nJo Hana sings the second part, “Paper Boat.” The song was composed by Min Seo-jun and arranged by Oh Dae-ho.\n";
        assert_eq!(kept(text), [rec("Snowfall Diary", "Paper Boat", "Jo Hana")]);
        // A staff role between `by` and the name.
        let text =
            "## Snowfall Diary OST\n\nMy favourite is “Paper Boat” by composer Min Seo-jun.\n";
        assert!(
            kept(text).iter().all(|(_, _, a)| a.is_empty()),
            "{:?}",
            kept(text)
        );
    }

    #[test]
    fn a_group_before_its_members_is_each_members() {
        for text in [
            "## Snowfall Diary OST\n\nThe third part, “Paper Boat,” is by NOVELLA members Riun and Haeol.\n",
            "## Snowfall Diary OST\n\n“Paper Boat” is sung by NOVELLA’s Riun and Haeol.\n",
            "## Snowfall Diary OST\n\n1. “Paper Boat” – NOVELLA’s Riun & Haeol\n2. “Low Tide” – Jo Hana\n",
        ] {
            let r = read(text, &Tables::builtin());
            let s = r.kept().next().unwrap();
            assert_eq!(
                crate::normalize::split_artists(&s.artists, &Tables::builtin()),
                ["Riun (NOVELLA)", "Haeol (NOVELLA)"],
                "{text}"
            );
        }
    }

    #[test]
    fn a_collaboration_or_a_duet_of_members_from_groups_credits_both() {
        let t = Tables::builtin();
        for (text, want) in [
            (
                "## Snowfall Diary OST\n\n“Paper Boat” is a collaboration between Jo Hana and Min Seo-jun.\n",
                vec!["Jo Hana", "Min Seo-jun"],
            ),
            (
                "## Snowfall Diary OST\n\nThen comes “Paper Boat” – a ballad duet between Riun from f(x) and Jo Hana from EXO.\n",
                vec!["Riun (f(x))", "Jo Hana (EXO)"],
            ),
            // A role phrase before the second name is no part of the credit; after a
            // comma it is an apposition about the first.
            (
                "## Snowfall Diary OST\n\n“Paper Boat,” a duet between Woo Jin-sol and rock band Velvet Static, plays often.\n",
                vec!["Woo Jin-sol", "Velvet Static"],
            ),
            (
                "## Snowfall Diary OST\n\n“Paper Boat” is sung by Kwon Tae-yang, the vocalist of band Sunday Ferry.\n",
                vec!["Kwon Tae-yang"],
            ),
        ] {
            let r = read(text, &t);
            let got: Vec<_> = r.kept().map(|s| crate::normalize::split_artists(&s.artists, &t)).collect();
            assert_eq!(got, [want], "{text}");
        }
    }

    #[test]
    fn a_sentence_that_puts_singers_on_vocals_credits_its_song() {
        let t = Tables::builtin();
        for (text, want) in [
            (
                "## Paper Harbor OST\n\nThe ballad “Low Tide” comes with Yoon Ha-rim on vocals.\n",
                vec!["Yoon Ha-rim"],
            ),
            (
                "## Paper Harbor OST\n\nWith Seo Ji-an and Baek Tae-oh on vocals, “Low Tide” closes the album.\n",
                vec!["Seo Ji-an", "Baek Tae-oh"],
            ),
            (
                "Paper Harbor OST\n\n“Low Tide”, featuring Cho Min-ah on lead vocals, plays in the finale.\n",
                vec!["Cho Min-ah"],
            ),
        ] {
            let r = read(text, &t);
            let got: Vec<_> = r
                .kept()
                .map(|s| (s.rule, crate::normalize::split_artists(&s.artists, &t)))
                .collect();
            let want: Vec<String> = want.into_iter().map(String::from).collect();
            assert_eq!(got, [("prose.on_vocals", want)], "{text}");
        }
        // Another song's quote between them keeps the phrase its own; a quote after
        // `from` is the drama's, and takes no credit.
        let text = "## Paper Harbor OST\n\n“Low Tide” opens the show, and “Sea Glass” from “Paper Harbor” came out with Yoon Ha-rim on vocals.\n";
        let r = read(text, &t);
        let credits: Vec<_> = r
            .songs
            .iter()
            .map(|s| (s.track.as_str(), s.artists.as_str()))
            .collect();
        assert!(
            credits.contains(&("Sea Glass", "Yoon Ha-rim")),
            "{credits:?}"
        );
        assert!(
            credits.iter().all(|c| c.1.is_empty() || c.0 == "Sea Glass"),
            "{credits:?}"
        );
        // `on vocals` with no names before it, or names that are no singer's, is no credit.
        for text in [
            "## Paper Harbor OST\n\n“Low Tide” puts the strings on vocals' side.\n",
            "## Paper Harbor OST\n\n“Low Tide” came out with Wednesday Night on vocals.\n",
            "## Paper Harbor OST\n\non vocals, “Low Tide” is the best.\n",
        ] {
            let r = read(text, &t);
            assert!(
                r.songs.iter().all(|s| s.rule != "prose.on_vocals"),
                "{text}"
            );
        }
    }

    #[test]
    fn a_role_phrase_in_the_plural_or_after_an_apposition_leads_to_the_credit() {
        let t = Tables::builtin();
        for (text, want) in [
            (
                "## Paper Harbor OST\n\n“Low Tide” is a duet between the leads, actors Han Do-yun and Seo Ri-na.\n",
                vec!["Han Do-yun", "Seo Ri-na"],
            ),
            (
                "## Paper Harbor OST\n\n“Low Tide” is a duet between singers Han Do-yun and Seo Ri-na.\n",
                vec!["Han Do-yun", "Seo Ri-na"],
            ),
            (
                "## Paper Harbor OST\n\n“Low Tide” marks the long-awaited debut of Han Do-yun.\n",
                vec!["Han Do-yun"],
            ),
        ] {
            let r = read(text, &t);
            let got: Vec<_> = r.kept().map(|s| crate::normalize::split_artists(&s.artists, &t)).collect();
            assert_eq!(got, [want], "{text}");
        }
    }

    #[test]
    fn a_role_word_opening_a_sentence_calls_its_subject_a_singer_not_a_show() {
        let t = Tables::builtin();
        for text in [
            "## Paper Harbor OST\n\nVocalist Han Do-yun contributed “Low Tide” to the soundtrack.\n",
            "## Paper Harbor OST\n\nSinger Han Do-yun contributed “Low Tide” to the soundtrack.\n",
        ] {
            let r = read(text, &t);
            assert!(r.dramas.iter().all(|d| !d.name.contains("Han Do-yun")), "{text}");
            let got: Vec<_> = r.kept().map(|s| (s.drama.clone(), s.artists.clone())).collect();
            assert_eq!(got, [(Some("Paper Harbor".to_string()), "Han Do-yun".to_string())], "{text}");
        }
    }

    #[test]
    fn a_singer_sings_an_unquoted_title_an_apposition_calls_a_song() {
        let text = "# Songs from Snowfall Diary\n\nSnowfall Diary is a 2025 tvN drama.\n\nJo Hana also sings Paper Boat, a sweet acoustic track.\n";
        assert_eq!(kept(text), [rec("Snowfall Diary", "Paper Boat", "Jo Hana")]);
        // Without the apposition (or a drama after it, or the object's end right after
        // it) the run is no title.
        let text = "# Songs from Snowfall Diary\n\nSnowfall Diary is a 2025 tvN drama.\n\nJo Hana also sings Paper Boat with the choir.\n";
        assert_eq!(kept(text), []);
        // The object's article and adjectives before the title, its end right after.
        let text = "Snowfall Diary (tvN, 2025) made its cast the soundtrack.\n\nJo Hana also sang the tender Paper Boat, which outlived the show.\n";
        assert_eq!(kept(text), [rec("Snowfall Diary", "Paper Boat", "Jo Hana")]);
        // A known title the run took in over its `in` is the song's drama.
        assert_eq!(
            kept("Jo Hana singing Paper Boat in Secret Garden. I still cry.\n"),
            [rec("Secret Garden", "Paper Boat", "Jo Hana")]
        );
    }

    #[test]
    fn an_items_paragraph_names_its_drama_by_an_episode_or_a_theme() {
        for (para, drama) in [
            (
                "I first heard it in episode 4 of Salt Harbor and cried.",
                "Salt Harbor",
            ),
            (
                "Salt Harbor’s main theme, and my ringtone since 2020.",
                "Salt Harbor",
            ),
            (
                "Salt Harbor's finale would be nothing without it.",
                "Salt Harbor",
            ),
        ] {
            let text = format!("# OSTs that give me chills\n\n1. Paper Boat – Jo Hana\n\n{para}\n\n2. Low Tide – Min Seo-jun\n\nA quiet one.\n");
            assert_eq!(
                kept(&text)[0],
                rec(drama, "Paper Boat", "Jo Hana"),
                "{para}"
            );
        }
        // A character's theme names no show.
        let text = "# OSTs that give me chills\n\n1. Paper Boat – Jo Hana\n\nJoon-soo’s theme song, and my ringtone.\n";
        assert_eq!(kept(text), []);
    }

    #[test]
    fn a_title_after_the_credits_from_is_the_songs_drama() {
        let text = "# The Snowfall Diary soundtrack thread\n\nWhat is your favourite song from Snowfall Diary?\n\nnot from this drama but Lantern by Jo Hana from Salt Harbor deserves more love\n";
        assert_eq!(kept(text), [rec("Salt Harbor", "Lantern", "Jo Hana")]);
        // A group after `from` is the singer's.
        let text = "## Snowfall Diary OST\n\n“Lantern” by Riun from NOVELLA is the best one.\n";
        assert_eq!(kept(text)[0].0, "Snowfall Diary");
        // A remark on the singer stands between the credit and its `from`.
        let text = "# The Snowfall Diary soundtrack thread\n\nadding: \"Lamp Post\" by Rain Hollow (the band!) from Salt Harbor!! the whole album is good\n";
        assert_eq!(kept(text), [rec("Salt Harbor", "Lamp Post", "Rain Hollow")]);
    }

    #[test]
    fn songs_named_with_song_and_joined_by_and_are_each_a_song() {
        for text in [
            "# Jo Hana\n\nShe sang “Paper Boat” and “Harbor Song” for the drama Snowfall Diary.\n",
            "# Jo Hana\n\nShe sang “Paper Boat”, “Harbor Song” and “Low Tide” for the drama Snowfall Diary.\n",
            "## Snowfall Diary OST\n\n1. “Harbor Song” – Jo Hana\n2. “Paper Boat” – Min Seo-jun\n",
        ] {
            let got = kept(text);
            assert!(
                got.iter().any(|(d, t, _)| t == "Harbor Song" && d == "Snowfall Diary"),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn an_awards_category_names_no_drama() {
        let text = "# Drama Music Awards nominees\n\n■ Best New OST Artist\n\n“Paper Boat” by Jo Hana is up for it.\n";
        assert_eq!(kept(text), []);
    }

    #[test]
    fn a_sites_tagline_names_no_drama() {
        let text = "Snowfall Diary\nFrom DramaWiki Community\n\nSnowfall Diary is a 2025 tvN drama.\n\n## Soundtrack\n\n1. “Paper Boat” – Jo Hana\n2. “Low Tide” – Min Seo-jun\n";
        let got = kept(text);
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got.iter().all(|(d, _, _)| d == "Snowfall Diary"), "{got:?}");
    }

    #[test]
    fn a_title_opening_its_line_with_the_drops_the_article_named_without() {
        for heading in [
            "# The Snowfall Diary soundtrack",
            "## The Snowfall Diary OST",
        ] {
            let text = format!("{heading}\n\nThese songs are from the tvN drama Snowfall Diary.\n\n“Paper Boat” – Jo Hana\n\n“Low Tide” – Min Seo-jun\n");
            let got = kept(&text);
            assert_eq!(got.len(), 2, "{text}: {got:?}");
            assert!(
                got.iter().all(|(d, _, _)| d == "Snowfall Diary"),
                "{text}: {got:?}"
            );
        }
        // A count in words before `OST` is a ranking's, no drama to head the list.
        let text =
            "# Seven OST Ballads We Love\n\n“Paper Boat” – Jo Hana\n\n“Low Tide” – Min Seo-jun\n";
        assert_eq!(kept(text), []);
        // So is a count of things (a shop's `2 CDs`), but not a title's number.
        let t = Tables::builtin();
        assert!(find::list_heading("2 CDs", &t) && find::list_heading("Seven", &t));
        assert!(!find::list_heading("18 Again", &t) && !find::list_heading("Salt Road", &t));
        // Written `The …` as a title (in italics, in quotes, mid-sentence), the article's
        // bare form is the same title, `The` lost.
        let text = "# Snowfall Diary OST lineup unveiled\n\ntvN's new romance *The Snowfall Diary* revealed its singers.\n\n“Paper Boat” – Jo Hana\n\n“Low Tide” – Min Seo-jun\n";
        let got = kept(text);
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(
            got.iter().all(|(d, _, _)| d == "The Snowfall Diary"),
            "{got:?}"
        );
        // A title that is `The …` wherever the article names it keeps its article.
        let text = "## The Snowfall Diary OST\n\nThese songs are from the tvN drama The Snowfall Diary.\n\n“Paper Boat” – Jo Hana\n";
        assert_eq!(kept(text)[0].0, "The Snowfall Diary");
    }

    #[test]
    fn a_profile_s_singer_sings_the_songs_no_line_credits() {
        // Under a kicker, past a chapter's heading of a name's shape: the listed songs
        // with their dramas are hers, a song prose only names under a drama's heading is
        // no one's.
        let t = "ARTIST PROFILE\n\nPunch (펀치): The Voice Behind Every Drama\n\n\
                 For ten years, her voice has been the sound of heartbreak on television.\n\n\
                 EARLY YEARS\n\n\
                 - “Glass Door” — Goblin (tvN, 2016)\n\
                 - “Tide” — Hotel del Luna (tvN, 2019)\n\n\
                 Goblin\n\nEveryone hummed “Paper Crane” that winter.\n";
        assert_eq!(
            kept(t),
            [
                rec("Goblin", "Glass Door", "Punch"),
                rec("Hotel del Luna", "Tide", "Punch")
            ]
        );
        let r = read(t, &Tables::builtin());
        let crane = r.songs.iter().find(|s| s.track == "Paper Crane");
        assert!(crane.is_some_and(|s| s.artists.is_empty()), "{crane:?}");
    }

    #[test]
    fn a_known_title_that_opens_the_headline_is_the_article_s_drama() {
        let body = "\n\nHere we go. The new drama from the writer of two hits (Secret Garden, Descendants of the Sun) premiered this weekend. Everyone calls it Goblin.\n\nEPISODE 1\n\nWe open in a distant century. A general is cursed to live on as an immortal \"goblin\" with a sword in his chest.\n\nIn the present, a girl who sees ghosts keeps summoning him by accident.\n\nMusic note: “Stay With Me,” Chanyeol and Punch's duet, plays by the sea.\n";
        for head in [
            "GUARDIAN: THE LONELY AND GREAT GOD — Episodes 1 & 2 Recap",
            "Guardian: The Lonely and Great God, Two Episodes In: A Recap",
            "# Guardian: The Lonely and Great God | Episodes 1 & 2",
        ] {
            let got = kept(&format!("{head}{body}"));
            assert_eq!(got.len(), 1, "{head}: {got:?}");
            assert_eq!(
                crate::key(&got[0].0),
                "guardianthelonelyandgreatgod",
                "{head}: {got:?}"
            );
        }
        // A title no list knows opens no article's drama so.
        let got = kept(&format!(
            "MOONLIT HARBOUR DIARIES — Episodes 1 & 2 Recap{body}"
        ));
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_ranking_s_dramas_named_twice_by_its_own_lines_are_no_award_s_works() {
        // Two songs of one drama, twice over: the layout's lines name those dramas, no
        // sentence calls them dramas (beyond one item's blurb): titles beside dramas, not
        // people beside their works.
        let text = "My Drama Songs, Ranked\n\nHere they are.\n\n5. Oh My Love — Harbor Lights (2020)\nNice.\n\n4. Sunshine — Salt Road (2018)\nPretty.\n\n3. Done for Me — Moon Tide (2019)\nHer solo track for Moon Tide, the moodiest thing here.\n\n2. Another Day — Moon Tide (2019)\nA duet.\n\n1. When Night Falls — Glass Garden (2016)\nThe best.\n\n0. Stay With Me — Glass Garden (2016)\nThe end.\n";
        let r = read(text, &Tables::builtin());
        assert_eq!(
            r.layouts,
            [(
                "N-Ny".to_string(),
                vec![layout::Role::Track, layout::Role::Drama]
            )],
            "{:?}",
            r.layouts
        );
    }

    #[test]
    fn a_signed_quotation_is_read_as_its_writer_s_own_line() {
        let head = "Which Song Got You Into Dramas? You Answered\n\nWe asked, and here is a selection.\n\n";
        for (answer, want) in [
            (
                "\"Secret Garden, 2010. 'Glass Door' by Park Ha-eun. I was thirteen.\"\n— tidepool_07\n",
                ("Secret Garden", "Glass Door", "Park Ha-eun"),
            ),
            (
                "“Honestly? ‘Paper Boat’ by Jo Hana, from Hotel del Luna. Still my number one.”\n- starfall\n",
                ("Hotel del Luna", "Paper Boat", "Jo Hana"),
            ),
            // Signed on its own line, after the quotation.
            (
                "“Honestly? ‘Paper Boat’ by Jo Hana, from Hotel del Luna. Still my number one.” — Mina, Busan\n",
                ("Hotel del Luna", "Paper Boat", "Jo Hana"),
            ),
        ] {
            let text = format!("{head}{answer}");
            assert_eq!(
                kept(&text),
                [(want.0.into(), want.1.into(), want.2.into())],
                "{text}"
            );
        }
        // Unsigned, or under an interview's next question, the quotation stays whole.
        for answer in [
            "\"Secret Garden, 2010. 'Glass Door' by Park Ha-eun. I was thirteen.\"\n\nMore next week.\n",
            "\"Secret Garden, 2010. 'Glass Door' by Park Ha-eun. I was thirteen.\"\n-Was it hard?\n",
        ] {
            let text = format!("{head}{answer}");
            assert!(kept(&text).is_empty(), "{text}: {:?}", kept(&text));
        }
    }

    #[test]
    fn a_quoted_song_from_a_drama_by_a_singer_is_that_singers_in_that_drama() {
        let tables = knowing(&[("Moon Harbor", "Moon Harbor")]);
        for text in [
            "I love ‘Salt Days’ from Moon Harbor by Jo Hana.\n",
            "Is “Salt Days” from Moon Harbor by Jo Hana? My friend says it’s by Lee Dan.\n",
        ] {
            assert_eq!(
                kept_with(text, &tables),
                [rec("Moon Harbor", "Salt Days", "Jo Hana")],
                "{text}"
            );
        }
    }

    #[test]
    fn a_table_s_blank_drama_cell_is_the_drama_of_the_row_above() {
        let want: Vec<(String, String, String)> = [
            ("Moon Harbor", "Glass Door", "Park Ha-eun"),
            ("Moon Harbor", "Paper Boat", "Jo Hana"),
            ("Winter Letter", "Salt Road", "Lee Dan"),
            ("Winter Letter", "Tidewater", "Mira Dove"),
        ]
        .map(|(d, t, a)| (d.into(), t.into(), a.into()))
        .into();
        for text in [
            "The year in songs\n\n| Drama | Song | Artist |\n|---|---|---|\n| Moon Harbor | Glass Door | Park Ha-eun |\n| | Paper Boat | Jo Hana |\n| Winter Letter | Salt Road | Lee Dan |\n| | Tidewater | Mira Dove |\n",
            "The year in songs\n\nDrama          | Song        | Artist\n---------------|-------------|------------\nMoon Harbor    | Glass Door  | Park Ha-eun\n               | Paper Boat  | Jo Hana\nWinter Letter  | Salt Road   | Lee Dan\n               | Tidewater   | Mira Dove\n",
            "The year in songs\n\n Drama         | Song        | Artist\n---------------+-------------+------------\n Moon Harbor   | Glass Door  | Park Ha-eun\n               | Paper Boat  | Jo Hana\n Winter Letter | Salt Road   | Lee Dan\n               | Tidewater   | Mira Dove\n",
        ] {
            assert_eq!(kept(text), want, "{text}");
        }
        // A table without a drama's column carries none down its rows.
        let text = "Songs of Moon Harbor\n\n| Song | Artist |\n|---|---|\n| Glass Door | Park Ha-eun |\n| Paper Boat | |\n";
        assert!(
            kept(text).iter().all(|(d, _, _)| d == "Moon Harbor"),
            "{:?}",
            kept(text)
        );
    }

    #[test]
    fn a_drama_named_by_its_initials_is_the_title_the_article_names_whole() {
        // Named both ways, in the lead or in the headline: one drama, written whole.
        for text in [
            "Crash Landing on You, Four Years Later: A Rewatch by Jo Hana · March 3\n\nEveryone I know still talks about CLOY, and I finally get it.\n\nYoon Mi-rae's “Flower” is the one everybody remembers.\n",
            "CLOY: a rewatch of Crash Landing on You, four years later\n\nI watched CLOY again last week.\n\n- “Flower” – Yoon Mi-rae\n",
        ] {
            assert_eq!(
                kept(text),
                [(
                    "Crash Landing on You".into(),
                    "Flower".into(),
                    "Yoon Mi-rae".into()
                )],
                "{text}"
            );
        }
        // Initials no title of the article stands for stay as written.
        let text = "CLOY: a rewatch, four years later\n\nI watched CLOY again last week.\n\n- “Flower” – Yoon Mi-rae\n";
        assert_eq!(kept(text)[0].0, "CLOY", "{:?}", kept(text));
    }

    #[test]
    fn a_singer_the_headline_names_and_the_body_keeps_naming_sings_the_uncredited_rows() {
        let table = "| Song | Drama | Year |\n|---|---|---|\n| Winter Letter | Snowfall Diary | 2019 |\n| Paper Boat | The Quiet Harbor | 2021 |\n";
        for head in [
            "Singer Spotlight — Davichi, the Duet Voice",
            "Davichi and the Art of the Duet",
            "The OST Voice of the Decade: A Look at Davichi's Drama Songs",
            // Title case capitalises the word after the name: the body writes it apart.
            "Davichi Marks 15 Years With a New Ballad",
        ] {
            let text = format!("{head}\n\nDavichi formed in 2008. Davichi has sung for many dramas, and fans follow Davichi everywhere.\n\n{table}");
            let got = kept(&text);
            assert_eq!(
                got,
                [
                    (
                        "Snowfall Diary".into(),
                        "Winter Letter".into(),
                        "Davichi".into()
                    ),
                    (
                        "The Quiet Harbor".into(),
                        "Paper Boat".into(),
                        "Davichi".into()
                    )
                ],
                "{text}"
            );
        }
        // Named once in the body, quoted in the headline (a song's title), or part of a
        // longer name, it is no subject: the rows stay uncredited.
        for text in [
            format!("Davichi and the Art of the Duet\n\nThe duo formed in 2008 and Davichi has sung for many dramas.\n\n{table}"),
            format!("Why ‘Davichi’ Is the Song of the Year\n\nDavichi again. Davichi twice. Davichi thrice.\n\n{table}"),
            format!("Kim Davichi Sings Again\n\nDavichi again. Davichi twice. Davichi thrice.\n\n{table}"),
        ] {
            assert!(kept(&text).is_empty(), "{text}: {:?}", kept(&text));
        }
        // A title-cased headline's name the body writes only inside a longer one.
        let text = format!("Davichi Harbor Sings Again\n\nDavichi Harbor again. Davichi Harbor twice. Davichi Harbor thrice.\n\n{table}");
        assert!(
            kept(&text).iter().all(|r| r.2 != "Davichi"),
            "{:?}",
            kept(&text)
        );
    }

    #[test]
    fn a_headline_singer_sings_the_songs_no_line_credits() {
        // Items naming a song and its drama only, under a headline that says whose songs
        // they are: the dash's name is the drama, the credit the headline's.
        for text in [
            "# 5 Drama OSTs Sung by Lee Sora\n\nHer voice carries these.\n\n## 1. “Winter Letter” – Snowfall Diary\nA ballad for the station scene.\n\n## 2. “Paper Boat” – The Quiet Harbor\nIt closes the finale.\n",
            "Ranking All of Lee Sora's Drama OSTs\n\n1. “Winter Letter” (Snowfall Diary)\n2. “Paper Boat” (The Quiet Harbor)\n",
            "이소라가 부른 드라마 OST 모음\n\n1. ‘겨울 편지’ – 눈의 일기\n2. ‘종이배’ – 고요한 항구\n",
        ] {
            let got = kept(text);
            assert_eq!(got.len(), 2, "{text}: {got:?}");
            assert!(
                got.iter().all(|(_, _, a)| a == "Lee Sora" || a == "이소라"),
                "{text}: {got:?}"
            );
            assert!(
                got.iter().all(|(d, _, _)| d != "Lee Sora" && d != "이소라" && !d.is_empty()),
                "{text}: {got:?}"
            );
        }
        // A song its own line credits keeps its singer; a headline naming one song's news
        // credits none of the article's other songs.
        let text = "# 5 Drama OSTs Sung by Lee Sora\n\n## 1. “Winter Letter” – Lee Sora & Jo Hana (Snowfall Diary)\nA duet.\n\n## 2. “Paper Boat” – Lee Sora (The Quiet Harbor)\nIt closes the finale.\n";
        let got = kept(text);
        assert_eq!(got[0].2, "Lee Sora & Jo Hana", "{got:?}");
        let news = "Lee Sora To Sing Snowfall Diary OST\n\nThe drama's first song, “Winter Letter”, is out today. Its second, “Paper Boat”, follows next week.\n";
        let r = read(news, &Tables::builtin());
        assert!(
            r.songs.iter().all(|s| s.credit_tie != "headline"),
            "{:?}",
            r.songs
        );
        // News of singers joining a soundtrack is about its first song no line credits.
        let credit = |s: &Song| (s.track.clone(), s.artists.clone());
        assert_eq!(
            r.songs.iter().map(credit).collect::<Vec<_>>(),
            [
                ("Winter Letter".into(), "Lee Sora".into()),
                ("Paper Boat".into(), String::new())
            ]
        );
        for news in [
            "# Jo Hana Lends Her Voice To “Snowfall Diary” OST\n\nJo Hana has released a new song for the drama!\n\nThe fourth part, “Paper Boat,” came out today. The song was composed by Min Seo-jun and arranged by Oh Dae-ho.\n",
            "# 가수 조하나, ‘눈의 일기’ OST 참여\n\n‘눈의 일기’ 네 번째 OST ‘종이배’가 오늘 공개된다.\n",
        ] {
            let got = kept(news);
            assert_eq!(got.len(), 1, "{news}: {got:?}");
            assert!(["Jo Hana", "조하나"].contains(&got[0].2.as_str()), "{news}: {got:?}");
        }
    }

    #[test]
    fn a_next_sentences_singer_who_teamed_up_with_another_brings_both() {
        let text = "Salt Harbor OST review\n\nPart 3, “Crossing,” is the album’s only duet. Rock vocalist Ryu Dong-hyun teamed up with Woo Ji-hye for the track, trading verses.\n";
        assert_eq!(
            kept(text),
            [rec("Salt Harbor", "Crossing", "Ryu Dong-hyun, Woo Ji-hye")]
        );
    }

    #[test]
    fn a_credit_read_from_its_by_keeps_its_featured_singer() {
        let text = "Chart news\n\nAt No. 9 came “Glass Bell” from the Netflix series “Quiet Field,” performed by Jayvee feat. Choi Ha-neul.\n";
        assert_eq!(
            kept(text),
            [rec(
                "Quiet Field",
                "Glass Bell",
                "Jayvee feat. Choi Ha-neul"
            )]
        );
    }

    #[test]
    fn an_unquoted_title_framed_as_a_songs_is_read() {
        // The copula's complement, an apposition, a singing verb's object that ends at a
        // comma: each after a sentence that names the drama.
        for (sentence, title, singer) in [
            (
                "The opening OST is Paper Lantern, sung by Yeo Min-sol.",
                "Paper Lantern",
                "Yeo Min-sol",
            ),
            (
                "The show's third part, Orchard Road, was released on Friday.",
                "Orchard Road",
                "",
            ),
            (
                "The band Jannabi sang the theme, Ferry Lights, with an accordion.",
                "Ferry Lights",
                "Jannabi",
            ),
            (
                "Yoon Mi-rae sang Glass Door, which plays at the border.",
                "Glass Door",
                "Yoon Mi-rae",
            ),
        ] {
            let text = format!(
                "# My soundtrack diary\n\nI watched Crash Landing on You this winter. {sentence}\n"
            );
            let r = read(&text, &Tables::builtin());
            let s = r.songs.iter().find(|s| s.track == title);
            let s = s.unwrap_or_else(|| panic!("no {title}: {:?}", candidates(&r)));
            assert_eq!(
                (s.artists.as_str(), s.drama.as_deref()),
                (singer, Some("Crash Landing on You")),
                "{sentence}"
            );
        }
        // A headline's `OST Song, Ranked …`, a question, a duet's singers, a lowercase
        // word after the frame: no title.
        for sentence in [
            "Every Crash Landing on You OST Song, Ranked From Good to Great",
            "Will Yoon Mi-rae sing Glass Door?",
            "Part 5 is a duet between singer Gil Ha-ram and actress Seo Yi-an.",
            "The theme is beautiful, and the OST was a hit.",
        ] {
            let text = format!(
                "# My soundtrack diary\n\nI watched Crash Landing on You this winter. {sentence}\n"
            );
            let r = read(&text, &Tables::builtin());
            assert!(r.songs.is_empty(), "{sentence}: {:?}", candidates(&r));
        }
    }

    #[test]
    fn a_captions_quoted_title_before_its_ost_is_the_drama() {
        for text in [
            "[Photo: “Winter Harbor” OST lineup poster]\n",
            "(사진=‘Winter Harbor’ OST 포스터)\n",
            "(Winter Harbor OST)\n",
        ] {
            assert_mention(text, "Winter Harbor", "drama.ost_bracket");
        }
    }

    #[test]
    fn a_posts_remark_under_an_item_is_no_drama() {
        // A gallery post's comments under each item: two sentences, a clause joined by a
        // connective, a casual noun ending. The lead's drama stays the items'.
        let text = "# [정보] ost 지금까지 나온 거 전곡 정리함\n\n드라마 한겨울의 피아니스트 OST 발매 순서대로 정리했다.\n\n\
                    Part.1 하온 - 검은 건반\n1화 콩쿠르 장면 엔딩곡. 메인테마 같은 느낌\n\n\
                    Part.2 설하 - 눈 내리는 밤\n3화 연주회 끝나고 둘이 눈 맞으면서 걷는 씬\n\n\
                    Part.3 이담 - 잔향\n이거 듣고 이담 입덕함\n";
        let d = "한겨울의 피아니스트";
        assert_eq!(
            kept(text),
            [
                rec(d, "검은 건반", "하온"),
                rec(d, "눈 내리는 밤", "설하"),
                rec(d, "잔향", "이담")
            ]
        );
    }

    #[test]
    fn a_group_before_its_possessive_is_no_topic() {
        // `A는 G의 메인보컬로, … ‘T’로`: the topic is A; the group's last syllable `이` is
        // its name's, no particle.
        let text = "하온은 버블파이의 메인보컬로, 앞서 JTBC ‘파란 정원’ OST ‘겨울 끝에’로 차트에 올랐다.\n";
        assert_eq!(credit_of(text, "겨울 끝에").artists, "하온");
    }

    #[test]
    fn a_release_dates_bracket_is_no_slot() {
        // Neither the drama nor a year that makes the singer before it one.
        for date in [
            "released November 4th",
            "out on May 2, 2024",
            "released 2025.03.08",
        ] {
            let text = format!(
                "## Winter Harbor OST\n\nPart 1: “Glass Door” – Mira Dove ({date})\nPart 2: “Salt Road” – Jo Hana ({date})\n"
            );
            assert_eq!(
                kept(&text),
                [
                    rec("Winter Harbor", "Glass Door", "Mira Dove"),
                    rec("Winter Harbor", "Salt Road", "Jo Hana")
                ],
                "{date}"
            );
        }
    }

    #[test]
    fn a_broadcaster_before_a_quote_labels_the_drama_it_airs() {
        // `tvN ‘D’ OST ‘T’`: the broadcaster is no slot, its quote the drama; the
        // songs read as the same list without it.
        // On a singer's page, whose list lines credit nobody.
        let page = |list: &str| {
            kept(&format!(
                "# Min Seo-jun\n\nMin Seo-jun (born 1994) is a South Korean singer.\n\n## Soundtracks\n\n{list}"
            ))
        };
        for (net, bare) in [
            (
                "1. tvN ‘소금 항구’ OST ‘유리문’\n2. JTBC ‘하얀 계단’ OST Part.2 ‘별빛’\n",
                "1. ‘소금 항구’ OST ‘유리문’\n2. ‘하얀 계단’ OST Part.2 ‘별빛’\n",
            ),
            (
                "- KBS2 『Salt Harbor』 OST 「Glass Door」\n- SBS 『White Stairs』 OST 「Starlight」\n",
                "- 『Salt Harbor』 OST 「Glass Door」\n- 『White Stairs』 OST 「Starlight」\n",
            ),
        ] {
            let got = page(net);
            assert_eq!(got, page(bare), "{net}");
            assert_eq!(got.len(), 2, "{net}: {got:?}");
        }
        // `A – tvN ‘D’`: a nominee and her drama; the drama is no song's title.
        let text = "## 신인상 후보\n\n한결 – tvN ‘소금 항구’\n미라 – JTBC ‘하얀 계단’\n하나 – SBS ‘푸른 밤’\n";
        let r = read(text, &Tables::builtin());
        assert!(
            r.songs
                .iter()
                .all(|s| !s.track.contains("항구") && s.dropped.is_some()),
            "{:?}",
            candidates(&r)
        );
    }

    #[test]
    fn a_discography_is_of_the_singer_its_heading_or_lead_names() {
        let table = "## Soundtrack appearances\n\nTitle | Year | Album\n--- | --- | ---\n\
                     \"Paper Crane\" (with Jo Hana) | 2019 | Rooftop Diaries OST\n\
                     \"Low Tide\" | 2021 | Salt Harbor OST\n";
        for head in [
            "# Min Seo-jun discography\n\nA list of her releases.",
            "# Releases\n\nThe discography of South Korean singer Min Seo-jun consists of two albums.",
            "# 민서준 디스코그래피\n\nA list of her releases.",
        ] {
            let singer = if head.contains('민') { "민서준" } else { "Min Seo-jun" };
            assert_eq!(
                kept(&format!("{head}\n\n{table}")),
                [
                    rec("Rooftop Diaries", "Paper Crane", &format!("{singer}, Jo Hana")),
                    rec("Salt Harbor", "Low Tide", singer),
                ],
                "{head}"
            );
        }
        // A discography of a label, or a word after the name: nobody's page.
        for head in [
            "# Bluebell Records discography\n\nA list of its releases.",
            "# Releases\n\nThe discography of the label consists of two albums.",
        ] {
            let got = kept(&format!("{head}\n\n{table}"));
            assert_eq!(
                got[0],
                rec("Rooftop Diaries", "Paper Crane", "Jo Hana"),
                "{head}"
            );
        }
    }

    #[test]
    fn a_singers_own_page_sings_its_discographys_soundtracks() {
        // A wiki's biography: the rows of its soundtrack table credit nobody but a partner.
        let page = |lead: &str| {
            format!(
                "# Min Seo-jun\n\n{lead}\n\n## Soundtracks\n\nTitle | Year | Album\n--- | --- | ---\n\
                 \"Window Seat\" (with Jo Hana) | 2019 | Rooftop Diaries OST Part 7\n\
                 \"Runaway Heart\" | 2020 | Doctor Yoon's Diary OST Part 2\n"
            )
        };
        let got = kept(&page(
            "Min Seo-jun (born May 21, 1993) is a South Korean singer-songwriter. He debuted in 2018.",
        ));
        assert_eq!(
            got,
            [
                rec("Rooftop Diaries", "Window Seat", "Min Seo-jun, Jo Hana"),
                rec("Doctor Yoon's Diary", "Runaway Heart", "Min Seo-jun"),
            ]
        );
        // A one-word name the page glosses in Hangul is a name, whatever its shape.
        let glossed = page("Haneul (하늘) is a South Korean soloist. She debuted in 2018.")
            .replace("Min Seo-jun", "Haneul");
        assert_eq!(
            kept(&glossed),
            [
                rec("Rooftop Diaries", "Window Seat", "Haneul, Jo Hana"),
                rec("Doctor Yoon's Diary", "Runaway Heart", "Haneul"),
            ]
        );
        // A page that calls its subject no performer (a producer's) adds nobody to a
        // partner's credit.
        let got = kept(&page(
            "Min Seo-jun (born May 21, 1993) is a South Korean record producer. He debuted in 2018.",
        ));
        assert_eq!(got[0], rec("Rooftop Diaries", "Window Seat", "Jo Hana"));
    }

    #[test]
    fn credits_in_brackets_lists_and_appositions_name_every_singer() {
        for (text, want) in [
            // A bracket that says who sings.
            ("“Glass Door” (sung by Mira Dove feat. Jo Hana) opened the Salt Road soundtrack.\n", "Mira Dove feat. Jo Hana"),
            ("My pick is “Glass Door” (performed by Mira Dove) from Salt Road.\n", "Mira Dove"),
            // A group's members listed with commas and `and`.
            ("TWICE’s Nayeon, Jihyo and Dahyun sang “Glass Door” for Salt Road.\n", "TWICE’s Nayeon, Jihyo and Dahyun"),
            ("TWICE’s Nayeon, Jihyo, and Dahyun sang “Glass Door” for Salt Road.\n", "TWICE’s Nayeon, Jihyo, and Dahyun"),
            // An apposition's group after the singer's name.
            ("Ha Sung-woon, formerly of Wanna One, sang “Glass Door” for Salt Road.\n", "Ha Sung-woon"),
            // A drama's possessive is no credit; the one the sentence states after is,
            // with a second singer past a role word.
            ("# Salt Road OST round-up\n\nSalt Road’s “Glass Door” features vocals from Kim Mi-ra and rapper Jo Ha-na.\n", "Kim Mi-ra, Jo Ha-na"),
        ] {
            let r = read(text, &Tables::builtin());
            let s = r.songs.iter().find(|s| s.track == "Glass Door");
            assert_eq!(s.map(|s| s.artists.as_str()), Some(want), "{text}");
        }
        // A comma after an opening word or a drama starts no list of singers.
        for text in [
            "Meanwhile, Mira Dove and Jo Hana sang “Glass Door” for Salt Road.\n",
            "In Salt Road, Mira Dove and Jo Hana sang “Glass Door”.\n",
        ] {
            let r = read(text, &Tables::builtin());
            let s = r.songs.iter().find(|s| s.track == "Glass Door");
            assert_eq!(
                s.map(|s| s.artists.as_str()),
                Some("Mira Dove and Jo Hana"),
                "{text}"
            );
        }
    }
    #[test]
    fn a_one_word_name_owning_a_common_noun_after_for_is_someones_no_drama() {
        let r = read(
            "## Salt Road\nKim Mi-ra returned for “Glass Door,” which became the theme for Mira's loneliness.\n",
            &Tables::builtin(),
        );
        assert!(r.dramas.iter().all(|d| d.name != "Mira"), "{:?}", r.dramas);
        assert_eq!(
            r.kept().map(|s| s.drama.as_deref()).collect::<Vec<_>>(),
            [Some("Salt Road")]
        );
        // A title of more words owning its act is the drama.
        let text = "Jung Dong-ha lends his vocals to “Rising Sun,” the new theme for The Last Scholar's second act.\n";
        assert_eq!(
            kept(text),
            [rec("The Last Scholar", "Rising Sun", "Jung Dong-ha")]
        );
    }

    #[test]
    fn where_a_song_is_from_names_its_drama_and_an_apposition_its_singer() {
        for text in [
            // A bracket after the credit says where the song is from.
            "Glass Door by Kim Mi-ra (from Salt Road) is a masterpiece.\n",
            "“Glass Door” – Kim Mi-ra (from Salt Road)\nIt still hurts.\n",
            // The year's possessive dates the title.
            "Kim Mi-ra's “Glass Door” (from 2020's Salt Road) is still streamed.\n",
            // A song's word before `from`, and an apposition that calls it the singer's.
            "Who could forget “Glass Door,” Kim Mi-ra’s heartbreaking ballad from Salt Road?\n",
            "“Glass Door,” Kim Mi-ra’s lovely track for Salt Road, topped the charts.\n",
        ] {
            assert_eq!(
                kept(text),
                [rec("Salt Road", "Glass Door", "Kim Mi-ra")],
                "{text}"
            );
        }
        // A list's item, its paragraph naming the drama of the soundtrack's part.
        let text = "## 1. Jo Hana – Night Bus\nJo Hana sang this for Moon Tide.\n## 2. Kim Mi-ra – Glass Door\nKim Mi-ra finally dropped her part for Salt Road, and it is loud.\n";
        assert!(kept(text).contains(&rec("Salt Road", "Glass Door", "Kim Mi-ra")));
        // A bracket that says where a singer is from, a network after the song's word,
        // an apposition that calls the song no one's.
        for text in [
            "“Glass Door” by Kim Mi-ra (from Busan) is a masterpiece.\n",
            "All songs from tvN are on the list: “Glass Door” by Kim Mi-ra.\n",
            "Who could forget “Glass Door,” the heartbreaking ballad?\n",
        ] {
            let got = kept(text);
            assert!(
                got.iter().all(|(d, _, _)| d != "Busan" && d != "tvN"),
                "{text}: {got:?}"
            );
            assert!(
                got.iter().all(|(_, _, a)| a != "the heartbreaking ballad"),
                "{text}: {got:?}"
            );
        }
    }
    #[test]
    fn labels_apart_by_slashes_credit_the_title_above_or_on_their_line() {
        // A ranked card: the title in the heading after its rank and a bar, the singer and
        // the drama labelled by role words under it, apart by a slash.
        let text = "## 🎵 2위 | 유리문\n가수 박하은 / 드라마 MBC every1 '소금 바람'\n매일 들어요.\n## 🎵 1위 | 종이배\n가수 김미라 / 드라마 KBS2 '고요한 항구'\n올해 최고.\n";
        assert_eq!(
            kept(text),
            [
                rec("소금 바람", "유리문", "박하은"),
                rec("고요한 항구", "종이배", "김미라"),
            ]
        );
        // Colon labels apart by slashes on the song's own line.
        let text = "# Our picks\nTrack: Glass Door / Singer: Kim Mi-ra / From: Salt Road\nTrack: Paper Boat / Singer: Jo Ha-na / From: Quiet Harbor\n";
        assert_eq!(
            kept(text),
            [
                rec("Salt Road", "Glass Door", "Kim Mi-ra"),
                rec("Quiet Harbor", "Paper Boat", "Jo Ha-na"),
            ]
        );
        // A slash in a line with no label, and a drama's word that opens a sentence, label
        // nothing.
        let r = read(
            "드라마 속 밴드가 부른 '청춘의 노래' / 기타 버전\nA / B testing\n",
            &Tables::builtin(),
        );
        assert!(
            r.dramas.iter().all(|d| d.cue != "drama.label"),
            "{:?}",
            r.dramas
        );
    }
    #[test]
    fn a_news_subheading_about_its_singers_heads_no_drama() {
        // A headline's `D 종영, OST 결산` names no drama `종영`; a subheading that names
        // singers with `로` is about them: the article's drama ties the songs under it.
        let text = "# '소금 바람' 종영, OST 결산\n\ntvN 토일드라마 '소금 바람'이 끝났다. '소금 바람'의 음악은 남았다.\n\n■ 케이윌로 시작해 다비치로 마무리\n\nPart.1 '유리문'은 케이윌이 불렀다.\n\n■ 그 밖의 노래\n\nPart.2 '종이배'는 정다운이 불렀다.\n";
        assert_eq!(
            kept(text),
            [
                rec("소금 바람", "유리문", "케이윌"),
                rec("소금 바람", "종이배", "정다운"),
            ]
        );
        // A title that holds a group's name before `의` is still a title.
        let text = "## 첫사랑의 문법\n\nPart.1 '유리문'은 정다운이 불렀다.\n";
        assert_eq!(kept(text), [rec("첫사랑의 문법", "유리문", "정다운")]);
    }
    #[test]
    fn a_layout_one_line_shows_names_no_strong_drama() {
        // A byline read as slots (`A (role)`) would name a second drama and hide the
        // article's: one line alone is weak evidence of its drama.
        let text = "# [리뷰] '소금 바람', 잠들지 못하는 도시\n\n### 글 정하람 (대중문화 칼럼니스트)\n\ntvN 드라마 '소금 바람'은 조용한 드라마다. '소금 바람'의 음악도 그렇다.\n\n## 장면을 기억하게 만드는 노래들\n\n하윤슬의 '창문 너머'는 4회 엔딩에 흐른다. 밴드 파란우산의 'Runaway'는 오프닝을 연다.\n";
        assert_eq!(
            kept(text),
            [
                rec("소금 바람", "창문 너머", "하윤슬"),
                rec("소금 바람", "Runaway", "파란우산"),
            ]
        );
        // A layout two lines show names its dramas strongly.
        let r = read(
            "Glass Door – Kim Mi-ra (Salt Road)\nPaper Boat – Jo Ha-na (Quiet Harbor)\n",
            &Tables::builtin(),
        );
        let slots: Vec<f32> = r
            .dramas
            .iter()
            .filter(|d| d.cue == "drama.slot")
            .map(|d| d.strength)
            .collect();
        assert_eq!(slots, [0.9, 0.9]);
    }
    #[test]
    fn a_korean_singing_verb_reaches_its_song_past_the_drama_that_names_it() {
        for text in [
            "소속사에 따르면 박하은이 가창한 tvN 토일드라마 '소금 바람'(극본 윤지아, 연출 박성훈) OST Part.3 '유리문'이 이날 발매된다.\n",
            "김미라가 부른 '소금 바람' OST '유리문'은 차트 1위에 올랐다.\n",
        ] {
            let got = kept(text);
            assert_eq!(got.len(), 1, "{text}: {got:?}");
            assert_eq!(got[0].0, "소금 바람", "{text}: {got:?}");
            assert!(["박하은", "김미라"].contains(&got[0].2.as_str()), "{text}: {got:?}");
            // Credited by the verb on its line, not by the sentence's subject.
            let s = credit_of(text, "유리문");
            assert_eq!((s.rule, s.credit_tie), ("ko.sung_by", "line"), "{text}");
        }
    }
    #[test]
    fn a_singers_heading_over_songs_that_name_their_dramas_credits_them() {
        let text = "(노래 제목 / 드라마 순)\n\n■ 박하은\n\n- 유리문 / 소금 바람 (2009)\n- 종이배 / 고요한 항구 (2010)\n\n좋아요\n\n■ 린 (LYn)\n\n- 시간을 거슬러 / 해를 품은 달 (2012)\n- 밤하늘 / 별빛 정원 (2014)\n";
        assert_eq!(
            kept(text),
            [
                rec("소금 바람", "유리문", "박하은"),
                rec("고요한 항구", "종이배", "박하은"),
                rec("해를 품은 달", "시간을 거슬러", "린 (LYn)"),
                rec("별빛 정원", "밤하늘", "린 (LYn)"),
            ]
        );
        // A heading over songs that its lines credit, or over one song, credits none.
        let text = "■ 발라드\n\n- 유리문 / 소금 바람 (2009)\n- 종이배 - 김미라 (고요한 항구)\n";
        let r = read(text, &Tables::builtin());
        assert!(
            r.songs.iter().all(|s| s.credit_tie != "heading"),
            "{:?}",
            r.songs
        );
    }
    #[test]
    fn remarks_and_surnames_leave_a_credit_whole() {
        // A remark in brackets between a quoted title and its `by`; an apposition after a
        // dash that calls the song a duet.
        let text = "# Salt Road OST, ranked\n\nStarting things off: “Glass Door” (a title that fits the song perfectly) by Kim Mi-ra featuring Jo Ha-na.\n\nAfter that comes “Paper Boat” – a ballad duet between Seo Min-ji and Han Ji-woo.\n";
        let got = kept(text);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].2, "Kim Mi-ra featuring Jo Ha-na", "{got:?}");
        assert!(got[1].2.starts_with("Seo Min-ji"), "{got:?}");
        // A headline's run that opens with the credit the prose gives is no credit.
        let text = "# Seo Ha-eun Soothes Hearts With \"Ebb And Flow\" For \"Salt Wind Diaries\" OST\n\nThe JTBC drama Salt Wind Diaries released Part 3 of its soundtrack, \"Ebb and Flow\" (literal title: \"Low Tide\"), sung by Seo Ha-eun.\n";
        assert_eq!(
            kept(text),
            [rec("Salt Wind Diaries", "Ebb and Flow", "Seo Ha-eun")]
        );
        // News names the singer in full, then by her surname.
        let text = "# Salt Road OST\n\nSinger Park Seo-ha sings “Glass Door” for Salt Road.\n\nNext week brings “Paper Boat” by Park, the drama’s third OST.\n";
        let got = kept(text);
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got.iter().all(|(_, _, a)| a == "Park Seo-ha"), "{got:?}");
        // Two singers of one surname leave it as it is.
        let text = "# Salt Road OST\n\nSinger Park Seo-ha sings “Glass Door” for Salt Road.\n\nSinger Park Ji-min sings “Night Bus” for Salt Road.\n\nNext week brings “Paper Boat” by Park, the drama’s third OST.\n";
        assert_eq!(credit_of(text, "Paper Boat").artists, "Park");
    }
    #[test]
    fn a_soundtracks_part_its_album_word_and_from_leave_the_song_its_drama_and_singer() {
        for text in [
            // A part's number, then the singer in the same run of capitals.
            "Salt Road OST Part.3 Kim Mi-ra “Glass Door” released.\n",
            // The album's lowercase word between the drama and its soundtrack.
            "The Salt Road original soundtrack continues with Kim Mi-ra’s “Glass Door.”\n",
            // `from` a performer after the title, in a sentence about the soundtrack.
            "Salt Road’s soundtrack gets “Glass Door” from Kim Mi-ra.\n",
        ] {
            let got = kept(text);
            assert_eq!(got.len(), 1, "{text}: {got:?}");
            assert!(got[0].0.ends_with("Salt Road"), "{text}: {got:?}");
            assert_eq!(got[0].2, "Kim Mi-ra", "{text}: {got:?}");
        }
        // `from` a drama is where the song is from.
        let text = "The OST “Glass Door” from Salt Road is by Kim Mi-ra.\n";
        assert!(
            kept(text).iter().all(|(_, _, a)| a != "Salt Road"),
            "{:?}",
            kept(text)
        );
    }
    #[test]
    fn lines_that_open_with_a_dash_item_are_a_list_in_any_case() {
        // A lowercase post: items line after line, no markers, a remark after some.
        let text = "osts that live in my head rent free\n\nglass door — kim mi-ra (salt road)\npaper boat — jo ha-na (quiet harbor) bc it makes me cry\nnight bus — seo min-ji (moon harbor) obviously\n\nthat's all for now\n";
        let got = kept(text);
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(
            got.iter().map(|r| r.1.as_str()).collect::<Vec<_>>(),
            ["Glass Door", "Paper Boat", "Night Bus"],
            "{got:?}"
        );
        assert!(
            got.iter()
                .all(|r| !r.0.contains("Obviously") && !r.0.contains("Bc")),
            "{got:?}"
        );
        // One such line in a paragraph's prose is a sentence.
        let text = "I watched Salt Road — the whole thing in two days\nand loved it.\n";
        let r = read(text, &Tables::builtin());
        assert!(
            r.lines.iter().all(|l| l.slots.is_none()),
            "{:?}",
            r.lines.len()
        );
    }
    #[test]
    fn a_replys_opening_item_is_kept_though_no_other_line_shares_its_layout() {
        // Forum replies: each opens with its pick, in its own shape, then says why.
        // (Stage names no table knows: the item's shape is the evidence.)
        let text = "Which drama songs outgrew their dramas?\n\nGlass Door (Yuri Mun) by Tamsin — Salt Road. It was everywhere that winter and still is.\n\nHonestly none of them. The dramas were better.\n\nPaper Boat – Lumi (Quiet Harbor). My mum still sings it.\n";
        let tables = knowing(&[("Salt Road", "Salt Road"), ("Quiet Harbor", "Quiet Harbor")]);
        let got = kept_with(text, &tables);
        assert_eq!(
            got,
            [
                rec("Salt Road", "Glass Door", "Tamsin"),
                rec("Quiet Harbor", "Paper Boat", "Lumi")
            ],
            "{got:?}"
        );
        // A lone line of that shape with no comment after it is a headline's, and stays
        // poor evidence.
        let text = "Glass Door by Park Ha-eun — Salt Road\n\nThe week's chart news, in brief.\n";
        let r = read(text, &tables);
        assert!(r.songs.iter().all(|s| !s.item), "{:?}", r.songs);
    }

    #[test]
    fn an_episodes_number_is_no_singer() {
        let text = "# Salt Road — music by episode\n\n## Episode 1 — \"Dear Stranger\"\n\n• Glass Door — Kim Mi-ra [OST Part 1]\n\n## Episode 2 — \"Postage Due\"\n\n• Paper Boat — Jo Ha-na [OST Part 2]\n";
        let r = read(text, &Tables::builtin());
        assert!(
            r.songs.iter().all(|s| !s.artists.starts_with("Episode")),
            "{:?}",
            r.songs
        );
    }
    #[test]
    fn a_heading_with_its_broadcaster_in_brackets_heads_its_drama() {
        // Under a known drama's heading, an unknown title in capitals with its
        // broadcaster heads the next section, no subheading of the first.
        let text = "🎧 NEW OST DROPS\n\nLOVELY RUNNER (tvN)\nKim Mi-ra's \"Glass Door\" is this drama's theme now.\n\nQUIET HARBOR (JTBC)\nJo Ha-na's \"Paper Boat\" arrived as Part 4.\n";
        assert_eq!(
            kept(text),
            [
                rec("LOVELY RUNNER", "Glass Door", "Kim Mi-ra"),
                rec("QUIET HARBOR", "Paper Boat", "Jo Ha-na"),
            ]
        );
    }
    #[test]
    fn a_songs_for_names_its_drama_in_a_sentence_of_several() {
        let text = "She previously sang \"Glass Door\" for SBS's \"Salt Road,\" \"Paper Boat\" for MBC's \"Quiet Harbor,\" and \"Night Bus\" for KBS's \"Moon Tide.\"\n";
        let r = read(text, &Tables::builtin());
        let drama = |t: &str| {
            r.songs
                .iter()
                .find(|s| s.track.starts_with(t))
                .and_then(|s| s.drama.clone())
        };
        assert_eq!(drama("Glass Door").as_deref(), Some("Salt Road"));
        assert_eq!(drama("Paper Boat").as_deref(), Some("Quiet Harbor"));
        assert_eq!(drama("Night Bus").as_deref(), Some("Moon Tide"));
    }

    #[test]
    fn a_drama_in_quotes_is_no_partner_in_a_list_of_songs() {
        // Each song is followed by its drama, quoted: the second song is no list's item.
        for text in [
            "Mina will sing ‘Falling Petals’ from the drama <Quiet Harbor> and ‘Lanterns at Dawn’ from <North Wind>.",
            "Mina will sing \"Falling Petals\" from the drama \"Quiet Harbor\" and \"Lanterns at Dawn\" from the drama \"North Wind\".",
            "Mina will sing 'Falling Petals' from KBS 《Quiet Harbor》 and 'Lanterns at Dawn' from tvN 《North Wind》.",
        ] {
            assert!(!credit_of(text, "Lanterns").enumerated, "{text}");
        }
        // Songs quoted one after another are a list, whatever follows them.
        for text in [
            "Mina sang ‘Falling Petals’, ‘Lanterns at Dawn’ and ‘Paper Moon’ for <North Wind>.",
            "Mina will perform \"Falling Petals\", \"Lanterns at Dawn\" and \"Paper Moon\" from the drama \"North Wind\".",
        ] {
            assert!(credit_of(text, "Paper Moon").enumerated, "{text}");
        }
    }

    #[test]
    fn a_parts_number_after_and_ends_the_credit_before_it() {
        for text in [
            "The drama released Part 1 “Paper Kite” by Lee Do-won and Part 2 “Salt Lamp” by Mina.",
            "Part 1 'Paper Kite' by Lee Do-won and Part.2 'Salt Lamp' by Mina came out in May.",
            "Its OST opened with \"Paper Kite\" by Lee Do-won and Part 2, \"Salt Lamp\" by Mina.",
        ] {
            assert_credits(text, &[("Paper Kite", "Lee Do-won"), ("Salt Lamp", "Mina")]);
        }
        // Names joined by `and` stay one credit.
        assert_credits(
            "Part 1 “Paper Kite” by Lee Do-won and Mina came out in May.",
            &[("Paper Kite", "Lee Do-won and Mina")],
        );
    }

    #[test]
    fn a_copula_after_an_apposition_credits_the_title_before_it() {
        assert_credits(
            "The second part, “Paper Kite”, is by Lee Do-won.",
            &[("Paper Kite", "Lee Do-won")],
        );
        assert_credits(
            "Its theme, 'Paper Kite', was by the singer Lee Do-won.",
            &[("Paper Kite", "Lee Do-won")],
        );
        // A comma after the copula's subject that is no title credits nothing.
        assert_credits("The second part, sadly, is by Lee Do-won.", &[]);
    }

    #[test]
    fn a_part_announced_for_a_singer_credits_the_song_the_next_sentence_names() {
        let credit = |text: &str, title: &str| {
            let s = credit_of(text, title);
            (s.artists, s.credit_tie)
        };
        // Active, past an apposition, across paragraphs, in single or double quotes.
        for (text, title, singer) in [
            (
                "Kim Do-won recorded the third OST of the drama last month. The song, titled 'Paper Kite', is a ballad.",
                "Paper Kite",
                "Kim Do-won",
            ),
            (
                "Haram, who leads the band Lumen, takes on Part 4.\n\n“Tidal Pool” is a bright city-pop track.",
                "Tidal Pool",
                "Haram",
            ),
            // Passive: the name after `by`.
            (
                "The second part will be sung by Mina Cho. Titled “Salt Lamp”, the song is a band track.",
                "Salt Lamp",
                "Mina Cho",
            ),
        ] {
            assert_eq!(
                credit(text, title),
                (singer.to_string(), "part_announced"),
                "{text}"
            );
        }
        // A part nobody is said to sing, or a sentence that names its own song, credits
        // no later song.
        for (text, title) in [
            (
                "The third part was released last month. “Night Ferry” is a ballad.",
                "Night Ferry",
            ),
            (
                "Jo Yena sang Part 5, “Snow Path”. “Glass Bell” is a ballad.",
                "Glass Bell",
            ),
        ] {
            assert_ne!(credit(text, title).1, "part_announced", "{text}");
        }
    }

    #[test]
    fn a_known_title_in_the_sentence_before_a_song_is_nearer_than_the_sections() {
        let text = "## Goblin\nThe list goes on and on, honestly.\n\nDescendants of the Sun had so many great songs. 'Paper Kite' by Mina Cho still gives me chills.\n";
        assert_eq!(
            kept(text),
            [(
                "Descendants of the Sun".to_string(),
                "Paper Kite".to_string(),
                "Mina Cho".to_string()
            )]
        );
        // The last title before the song is its drama, when the text names it surely.
        let text = "We loved Goblin, and Descendants of the Sun was even better. Mina Cho sang “Paper Kite” for it.\n";
        assert_eq!(kept(text)[0].0, "Descendants of the Sun");
    }

    #[test]
    fn lending_a_voice_to_a_quoted_title_presents_it_as_a_song() {
        for text in [
            "For Quiet Harbor, Mina Cho lent her voice to “Paper Kite”.",
            "Quiet Harbor: the actor Do-won lends his voice to 'Paper Kite' in episode 4.",
            "Mina Cho and Do-won lent their vocals to \"Paper Kite\" for Quiet Harbor.",
        ] {
            let s = credit_of(text, "Paper Kite");
            assert!(s.cued && s.rule == "prose.cued", "{text}: {s:?}");
        }
        // Speaking to a title is no singing.
        let s = credit_of(
            "For Quiet Harbor, Mina Cho said goodbye to “Paper Kite”.",
            "Paper Kite",
        );
        assert!(!s.cued, "{s:?}");
    }

    #[test]
    fn this_duet_or_the_singer_in_the_next_sentence_is_the_songs_credit() {
        for (text, singer) in [
            ("As soon as “Paper Kite” starts you are back at the pier. Mina Cho and Jo Do-won made a wonderful job with this duet.", "Mina Cho and Jo Do-won"),
            ("Quiet Harbor is a stress drama but “Paper Kite” is the exception. The singer is Mina Cho.", "Mina Cho"),
        ] {
            let s = credit_of(&format!("## Quiet Harbor\n{text}\n"), "Paper Kite");
            assert_eq!((s.artists.as_str(), s.credit_tie), (singer, "next_sentence"), "{text}");
        }
    }

    #[test]
    fn will_sing_presents_the_quote_after_it_as_a_song() {
        for text in [
            "Mina Cho will sing “Paper Kite” for Quiet Harbor.",
            "Jo Do-won is set to sing 'Paper Kite', the theme of Quiet Harbor.",
        ] {
            let s = credit_of(text, "Paper Kite");
            assert!(s.cued && s.rule == "prose.cued", "{text}: {s:?}");
        }
    }

    #[test]
    fn a_member_of_a_group_described_in_several_words_keeps_the_group() {
        assert_credits(
            "Chae Yu-na of the rookie girl group LUMEN will sing “Paper Kite” for Quiet Harbor.",
            &[("Paper Kite", "Chae Yu-na (LUMEN)")],
        );
        assert_credits(
            "Chae Yu-na of girl group LUMEN will sing “Paper Kite” for Quiet Harbor.",
            &[("Paper Kite", "Chae Yu-na (LUMEN)")],
        );
    }

    #[test]
    fn names_inside_a_relative_clause_are_not_the_sentences_subject() {
        for text in [
            "Mina Cho, whose duet with Jo Do-won topped the charts, will sing “Paper Kite” for Quiet Harbor.",
            "Mina Cho, who plays Ha-eun in the series, sang “Paper Kite” for Quiet Harbor.",
        ] {
            assert_credits(text, &[("Paper Kite", "Mina Cho")]);
        }
        // The clause's owner, named before it, owns the song inside it.
        assert_credits(
            "He praised Jo Do-won, whose “Paper Kite” topped the chart for Quiet Harbor.",
            &[("Paper Kite", "Jo Do-won")],
        );
    }

    #[test]
    fn a_name_whose_verb_sings_or_puts_out_the_quote_is_its_credit() {
        // A blog's run of sentences, a news paragraph and a listicle's blurb: the name
        // right before `sang`, `released`, `dropped the ballad`, `teamed up for` is the
        // song's credit, stated by its own clause (and past a sentence's opening word).
        for (text, track, artists) in [
            (
                "# Winter Harbor, part by part\n\nThen Mira Dove sang \"Paper Moon\" over the first episode.\n",
                "Paper Moon",
                "Mira Dove",
            ),
            (
                "# Winter Harbor, part by part\n\nLater Taeyeon released \"Salt Road\" for the finale.\n",
                "Salt Road",
                "Taeyeon",
            ),
            (
                "# Winter Harbor OST news\n\nSinger Park Ha-eun also dropped the ballad “Glass Door” on Monday, a week after the series began.\n",
                "Glass Door",
                "Park Ha-eun",
            ),
            (
                "# Winter Harbor OST news\n\nChoi Ra-el and Seo Jun teamed up for ‘Night Ferry’, the fourth part.\n",
                "Night Ferry",
                "Choi Ra-el and Seo Jun",
            ),
            (
                "1. Winter Harbor\n\nKim Do-yoon has recorded her first OST, “Low Tide”, and it shows.\n",
                "Low Tide",
                "Kim Do-yoon",
            ),
        ] {
            let s = credit_of(text, track);
            assert_eq!((s.artists.as_str(), s.credit_tie), (artists, "verb"), "{text}");
            assert!(s.cued, "{text}");
        }
        // What a name says of a song, or a verb that puts nothing out, is no credit of
        // its clause.
        for (text, track) in [
            (
                "# Winter Harbor\n\nCritic Lee Su-jin loved “Glass Door” more than the rest.\n",
                "Glass Door",
            ),
            (
                "# Winter Harbor\n\nThe director said the show needed “Quiet Tide” above all.\n",
                "Quiet Tide",
            ),
        ] {
            assert_ne!(credit_of(text, track).credit_tie, "verb", "{text}");
        }
    }

    #[test]
    fn what_singers_teamed_up_for_is_a_song_whatever_drama_bears_its_name() {
        // `Once Again` is a drama's title too: after `teamed up for` it is the song.
        let got = kept("# Descendants of the Sun\n\nThe list goes on: Mira Dove sang \"Paper Moon\", and Choi Ra-el and Seo Jun teamed up for \"Once Again\", the album's best track.\n");
        assert_eq!(
            got,
            [
                rec("Descendants of the Sun", "Paper Moon", "Mira Dove"),
                rec(
                    "Descendants of the Sun",
                    "Once Again",
                    "Choi Ra-el and Seo Jun"
                ),
            ]
        );
    }

    #[test]
    fn bare_titles_listed_with_their_credits_keep_apart() {
        // `T by A and U by B`: the first credit ends at `and`, and the next title keeps
        // its first word, a conjunction's or not.
        for (text, want) in [
            (
                "The album gave us tracks such as Paper Moon by Mira Dove, Low Tide by Jo Hana and But It's Late by NOVA9.",
                [
                    ("Paper Moon", "Mira Dove"),
                    ("Low Tide", "Jo Hana"),
                    ("But It's Late", "NOVA9"),
                ],
            ),
            (
                "Favourites: Salt Road by Kim Do-yoon, Glass Door by Park Ha-eun and And Then Rain by Lee Dan.",
                [
                    ("Salt Road", "Kim Do-yoon"),
                    ("Glass Door", "Park Ha-eun"),
                    ("And Then Rain", "Lee Dan"),
                ],
            ),
        ] {
            assert_credits(&format!("# Winter Harbor OST\n\n{text}\n"), &want);
        }
        // A duo's `and` stays in its credit.
        assert_credits(
            "# Winter Harbor OST\n\nThe album gave us tracks such as Paper Moon by Mira Dove and Lee Dan, and Low Tide by Jo Hana.\n",
            &[("Paper Moon", "Mira Dove and Lee Dan"), ("Low Tide", "Jo Hana")],
        );
    }

    #[test]
    fn a_spaced_middle_dot_parts_a_list_items_slots() {
        // A shop's track list and a forum's numbered picks: `A · T`, `T • A`.
        let shop = "Winter Harbor OST (2CD)\n\n1. Kim Na Ra · Paper Moon\n2. Lee Dan · Low Tide\n3. NOVA9 · Salt Road\n";
        assert_eq!(
            kept(shop),
            [
                rec("Winter Harbor", "Paper Moon", "Kim Na Ra"),
                rec("Winter Harbor", "Low Tide", "Lee Dan"),
                rec("Winter Harbor", "Salt Road", "NOVA9"),
            ]
        );
        let picks =
            "Winter Harbor OST: my picks\n\n1) Paper Moon • Kim Na Ra\n2) Low Tide • Lee Dan\n";
        assert_eq!(
            kept(picks),
            [
                rec("Winter Harbor", "Paper Moon", "Kim Na Ra"),
                rec("Winter Harbor", "Low Tide", "Lee Dan"),
            ]
        );
        // Unmarked, the dot parts a page's furniture; unspaced, it joins two names.
        let furniture = "Winter Harbor OST\n\nPosted 15 May 2025 · 01:31 AM\nMember · Joined Mar 2019 · 312 posts\n";
        assert!(kept(furniture).is_empty(), "{:?}", kept(furniture));
        assert_credits(
            "Winter Harbor OST\n\n1. 태연·백현 - 유리문\n2. 린 - 소금길\n",
            &[("유리문", "태연·백현"), ("소금길", "린")],
        );
        // Unmarked headings are a list's items when three share the shape and two name a
        // known singer: a year's picks, `T · A` headings over paragraphs that name dramas;
        // the singer first, a bullet between (a card's links to streaming services are no
        // song: `Spotify · Melon`).
        let picks = "OUR SONGS OF THE YEAR\n\nPaper Moon · Heize\n\nIt's from Winter Harbor, the slow romance of the spring.\n\n\
                     Low Tide · Crush\n\nThe quieter song from Salt Road, the legal drama.\n\n\
                     Glass Door · Lee Dan\n\nA sleeper from Spring Rain Cafe, the tvN drama.\n";
        let bullets =
            "Winter Harbor OST\n\nHeize • Paper Moon\n\nThe opening song.\n\nSpotify · Melon\n\n\
                       Crush • Low Tide\n\nThe second part.\n\nSpotify · Genie\n\n\
                       Lee Dan • Glass Door\n\nThe last.\n";
        let songs = [
            ("Paper Moon", "Heize"),
            ("Low Tide", "Crush"),
            ("Glass Door", "Lee Dan"),
        ];
        for (text, dramas) in [
            (picks, ["Winter Harbor", "Salt Road", "Spring Rain Cafe"]),
            (bullets, ["Winter Harbor"; 3]),
        ] {
            let want: Vec<_> = dramas
                .iter()
                .zip(songs)
                .map(|(d, (t, a))| rec(d, t, a))
                .collect();
            assert_eq!(kept(text), want);
        }
        // A page's furniture has the shape, and names no singer the tables know: no list.
        let furniture =
            "Winter Harbor OST\n\nDiana Park · Lives in Seoul\n\nI love Paper Moon.\n\n\
                         Spotify · Apple Music\n\nMin Soo · Studied at Hanyang\n";
        assert!(kept(furniture).is_empty(), "{:?}", kept(furniture));
    }

    #[test]
    fn a_known_dramas_title_among_quoted_song_headings_is_a_song() {
        // `◆ 「T」` over the line that credits it: `Hush` is a drama's title too, but its
        // heading has the shape of the song headings around it and heads no song.
        let notes = "# Winter Harbor OST, song by song\n\nSeven years later, the tvN drama still has the best sad songs.\n\n\
                     ◆ 「Paper Moon」\n\nHeize. The opening of the album, bright and a little sad.\n\n\
                     ◆ 「Low Tide」\n\nCrush. A duet feel, though he sings alone.\n\n\
                     ◆ 「Hush」\n\nTaeyeon. The saddest ballad, for the second half.\n\n\
                     ◆ 「Glass Door」\n\nLee Dan. Quiet and elegant.\n";
        assert_eq!(
            kept(notes),
            [
                rec("Winter Harbor", "Paper Moon", "Heize"),
                rec("Winter Harbor", "Low Tide", "Crush"),
                rec("Winter Harbor", "Hush", "Taeyeon"),
                rec("Winter Harbor", "Glass Door", "Lee Dan"),
            ]
        );
        // Headings of dramas, each over its songs: `Hush` stays a drama.
        let dramas = "# Three soundtracks\n\n## “Winter Harbor”\n\n“Paper Moon” by Heize\n\n\
                      ## “Hush”\n\n“Low Tide” by Crush\n\n## “Salt Road”\n\n“Glass Door” by Lee Dan\n";
        assert!(
            kept(dramas).contains(&rec("Hush", "Low Tide", "Crush")),
            "{:?}",
            kept(dramas)
        );
    }

    #[test]
    fn a_title_that_opens_with_its_singers_possessive_is_the_possessives_reading() {
        // `## 1. Heize's Paper Moon`: the countdown's title and the possessive's overlap;
        // the title is the one after the singer's name.
        let ranked =
            "# Winter Harbor OST, ranked\n\nThe tvN drama Winter Harbor had five songs.\n\n\
                      ## 2. Crush's Low Tide\n\nOf course Crush is here. The big ballad.\n\n\
                      ## 1. Heize's Paper Moon\n\nHeize sings it. The one everybody knows.\n";
        assert_eq!(
            kept(ranked),
            [
                rec("Winter Harbor", "Low Tide", "Crush"),
                rec("Winter Harbor", "Paper Moon", "Heize"),
            ]
        );
    }

    #[test]
    fn a_polite_verb_under_a_songs_heading_is_no_credit() {
        // `첫 소절부터 이래요`: the paragraph's first words hold no singer's name.
        let text = "# 겨울 항구 OST 모음\n\ntvN 드라마 '겨울 항구' OST 정리해 봄\n\n\
                    \"바다가 끝나도 우리는 남아 있을까\"\n\n첫 소절부터 이래요... 마음 아픔.\n";
        let r = read(text, &Tables::builtin());
        let song = r
            .songs
            .iter()
            .find(|s| s.track.starts_with("바다가"))
            .unwrap();
        assert_eq!(song.artists, "");
    }

    #[test]
    fn a_quoted_bracket_after_a_title_is_its_gloss_not_its_singer() {
        // `“함께” (“Together”)`: the English title of the song, quoted, whatever the tables
        // know by the name.
        let text = "# Winter Harbor OST notes\n\nThe tvN drama Winter Harbor has a lovely soundtrack of remakes.\n\n\
                    - “함께” (“Together”), the remake that closes several episodes. I never found out who sings it.\n";
        let r = read(text, &Tables::builtin());
        let song = r.songs.iter().find(|s| s.track == "함께");
        assert!(song.is_none_or(|s| s.artists.is_empty()), "{song:?}");
    }

    #[test]
    fn a_heading_of_a_kind_of_song_names_no_drama() {
        // `THE SOLO OSTs`: the profile's section of her solo songs, under the drama its
        // lead names.
        let text = "# Punch and the drama songs\n\nThe soundtrack of the tvN drama Winter Harbor made her name, and the drama's songs are still hers.\n\n\
                    THE SOLO OSTs\n\nPunch sang “Paper Moon” alone, and it charted for weeks.\n";
        assert_eq!(kept(text), [rec("Winter Harbor", "Paper Moon", "Punch")]);
    }

    #[test]
    fn a_wiki_pages_headline_that_opens_with_a_known_drama_and_its_gloss_is_its_drama() {
        // `D (gloss) — ORIGINAL SOUNDTRACK` over a track list, whatever else the page's
        // trivia names (`remade in Vietnam (2023)`, `was the first drama song`).
        let page = "DESCENDANTS OF THE SUN (태양의 후예) — ORIGINAL SOUNDTRACK\nKBS2 · 2016 · 16 episodes\n\
                    Music director: Kim Ha-na · Label: Harbor Music\n\n\
                    Overview\nThe soundtrack came out in digital parts while the drama aired.\n\n\
                    Track listing\n\n\
                    Part 1 — released 24 Dec 2016\n  1. \"Paper Moon\" · Heize · 3:26\n\n\
                    Part 2 — released 3 Jan 2017\n  1. \"Low Tide\" · Crush · 3:07\n\n\
                    Trivia\n• \"Low Tide\" was the first drama song by a soloist to top the chart.\n\
                    • The drama was later remade in the Philippines (2020) and Vietnam (2023).\n";
        // (The title or its gloss: one drama.)
        let kept = kept(page);
        let tracks: Vec<&str> = kept
            .iter()
            .filter(|k| ["DESCENDANTS OF THE SUN", "태양의 후예"].contains(&k.0.as_str()))
            .map(|k| k.1.as_str())
            .collect();
        assert_eq!(tracks, ["Paper Moon", "Low Tide"], "{kept:?}");
        assert_no_mention(
            "\"Low Tide\" was the first drama song by a soloist to top the chart.\n",
            "drama.is_a",
        );
    }

    #[test]
    fn a_subjects_aside_and_a_list_of_example_songs_present_songs() {
        // `A, for her part, released “T”`: the aside between the singer and the verb.
        let news = "# Soundtrack news\n\nHeize, for her part, released “Paper Moon” for tvN's “Winter Harbor” last month.\n";
        assert_eq!(kept(news), [rec("Winter Harbor", "Paper Moon", "Heize")]);
        // `recorded drama songs before, including “T1” for D1 and “T2” for D2`: both
        // are presented as songs, the second as the first.
        // (Each drama's year may follow it: `for D1 in 2008 and “T2” for D2`.)
        for text in [
            "# Profile\n\nThe duo has recorded drama songs before, including “Paper Moon” for “Winter Harbor” and “Low Tide” for KBS2's “Salt Road” in 2017.\n",
            "# Profile\n\nShe has a long history with the format, having recorded “Paper Moon” for tvN's “Winter Harbor” in 2008 and “Low Tide” for KBS2's “Salt Road” in 2010.\n",
        ] {
            let r = read(text, &Tables::builtin());
            for t in ["Paper Moon", "Low Tide"] {
                let song = r.songs.iter().find(|s| s.track == t).unwrap();
                assert_eq!(song.rule, "prose.cued", "{song:?}");
            }
        }
    }

    #[test]
    fn a_korean_polls_ranked_singers_and_their_dramas() {
        // A poll's news: `‘T’(D)` pairs after a pronoun, `<D>에서 ‘T’를 들려준 A(4%)`,
        // and `3위 이하는`, the ones below, no singer.
        let text = "# 드라마 OST 여왕 설문\n\n\
                    2위(26%)는 김하늘이 차지했다. 그는 ‘유리의 밤’(아이리스), ‘소금길’(자명고) 등 드라마 OST를 연달아 흥행시켰다.\n\n\
                    3위 이하는 <49일>에서 ‘바람 편지’를 들려준 서영은(4%), 이단(3%) 순이었다.\n";
        let r = read(text, &Tables::builtin());
        let song = |t: &str| {
            r.songs
                .iter()
                .find(|s| s.track == t)
                .unwrap_or_else(|| panic!("no {t}: {:?}", candidates(&r)))
        };
        // `아이리스` names a singer too; beside `(자명고)` it is the drama.
        assert_eq!(song("유리의 밤").drama.as_deref(), Some("아이리스"));
        assert_eq!(song("유리의 밤").artists, "김하늘");
        // `<49일>`: a known title in angle brackets, though it reads as a count of days.
        let s = song("바람 편지");
        assert_eq!(
            (s.drama.as_deref(), s.artists.as_str()),
            (Some("49일"), "서영은")
        );
        assert!(
            r.songs.iter().all(|s| s.artists != "이하"),
            "{:?}",
            candidates(&r)
        );
    }

    #[test]
    fn a_list_items_comma_before_a_known_singer_or_drama_parts_its_slot() {
        // `#5 — T, A` in a countdown: the comma before a singer the tables know, the
        // line's last name.
        let text = "# Winter Harbor OST, ranked\n\n#2 — Paper Moon, Taeyeon\nThe piano carries it.\n\n#1 — Low Tide, Baekhyun\nThe finale's song.\n";
        assert_eq!(
            kept(text),
            [
                rec("Winter Harbor", "Paper Moon", "Taeyeon"),
                rec("Winter Harbor", "Low Tide", "Baekhyun"),
            ]
        );
        // A slotted line's last comma before a known drama's title of some words parts
        // its slot (`Itaewon Class` and `Crash Landing on You` are dramas').
        let got = kept("My favourite OSTs of the year\n\n- Kim Na Ra – Paper Moon, Itaewon Class\n- Lee Dan – Low Tide, Crash Landing on You\n");
        assert_eq!(
            got,
            [
                rec("Itaewon Class", "Paper Moon", "Kim Na Ra"),
                rec("Crash Landing on You", "Low Tide", "Lee Dan"),
            ]
        );
        // A title's own comma before no singer's name stays in the title.
        let got = kept("# Winter Harbor OST, ranked\n\n#2 — Love, Maybe – Kim Na Ra\n#1 — Yes, Chef – Lee Dan\n");
        let titles: Vec<&str> = got.iter().map(|(_, t, _)| t.as_str()).collect();
        assert_eq!(titles, ["Love, Maybe", "Yes, Chef"], "{got:?}");
    }

    #[test]
    fn a_clause_after_the_song_that_says_who_sang_it_credits_that_name() {
        // A singer's page: `which A sang`, `the number A recorded`; the clause says the
        // name sings, so a one-word stage name the tables do not know will do.
        for (text, track) in [
            (
                "Last on this list: “Paper Moon”, which Lumina sang for Winter Harbor (2018).",
                "Paper Moon",
            ),
            (
                "“Low Tide” is the number Lumina recorded for the spy drama Salt Road (2013).",
                "Low Tide",
            ),
        ] {
            let s = credit_of(&format!("# Lumina's soundtrack songs\n\n{text}\n"), track);
            assert_eq!(
                (s.artists.as_str(), s.credit_tie),
                ("Lumina", "line"),
                "{text}"
            );
        }
        // A clause that says nothing of singing names no singer.
        let s = credit_of(
            "# Notes\n\n“Low Tide”, which Lumina loved, played in Salt Road.\n",
            "Low Tide",
        );
        assert_ne!(s.artists, "Lumina");
    }

    #[test]
    fn a_korean_list_that_ends_by_calling_its_items_songs_cues_each() {
        let text = "# 설문\n\n그는 ‘유리의 밤’(아이리스), ‘소금길’(자명고), ‘바람 편지’(시크릿가든) 등 드라마 OST를 연달아 흥행시켰다.\n";
        let r = read(text, &Tables::builtin());
        for t in ["유리의 밤", "소금길", "바람 편지"] {
            let s = r.songs.iter().find(|s| s.track == t).unwrap();
            assert_eq!(s.rule, "ko.quoted", "{t}: {:?}", candidates(&r));
        }
        // A list that ends on no song's word cues nothing.
        let text = "# 설문\n\n그는 ‘유리의 밤’, ‘소금길’ 등 여러 작품에 출연했다.\n";
        let r = read(text, &Tables::builtin());
        assert!(
            r.songs.iter().all(|s| s.rule != "ko.quoted"),
            "{:?}",
            candidates(&r)
        );
    }

    #[test]
    fn a_season_or_episode_before_the_pages_music_word_ends_the_shows_title() {
        for text in [
            "# Quiet Harbor Café Season 1 Episode 7 Music\n",
            "Quiet Harbor Café Season 2 Playlist\n",
            "Quiet Harbor Café Episode 12 Songs\n",
        ] {
            assert_mention(text, "Quiet Harbor Café", "drama.part_of");
        }
        // A season's news or a year is no page of its music.
        for text in [
            "- Quiet Harbor Café Season 2 ratings hit a new high\n",
            "## Quiet Harbor Café Season 2016\n",
        ] {
            assert_no_mention(text, "drama.part_of");
        }
    }

    #[test]
    fn a_chat_s_speaker_is_no_drama() {
        let text = "Export of the OST club\n\n\
                    [12/07/2016, 21:06] Mina: e.g. Night Bus – Blue Hour (Winter Harbour)\n\
                    [12/07/2016, 21:07] Joon Park: Salt Road – Lee Seo-ah (Winter Harbour)\n";
        let got = kept(text);
        assert!(
            got.iter()
                .any(|r| r.0 == "Winter Harbour" && r.1 == "Salt Road"),
            "{got:?}"
        );
        assert!(got.iter().all(|r| r.0 == "Winter Harbour"), "{got:?}");
    }
}
