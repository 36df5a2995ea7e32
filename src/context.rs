//! Attaching each song to its drama: from its own line, or from the section it sits in
//! (a heading, a list line naming the drama, or the paragraph after a list line that
//! names none), and crediting songs from the next sentence.

use crate::normalize::key;
use crate::per_thread::PerThreadRegex;
use crate::rules::subject::SubjectSignal;
use crate::rules::{self, drama, Findings, Mention};
use crate::segment::{Line, LineKind};
use crate::tables::Tables;
use regex::Regex;

/// A mention with the drama it belongs to, ready for normalisation.
#[derive(Debug, Clone, PartialEq)]
pub struct Attached {
    pub mention: Mention,
    /// Index of the line in the article's line list.
    pub line: usize,
    pub drama: String,
    /// The mention's track as [`crate::normalize::clean_title`] writes it.
    pub track: String,
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
    let mut subjects = Subjects::default();
    let mut undrama = rustc_hash::FxHashSet::default();
    // The drama of each song credited so far, by track key.
    let mut seen: rustc_hash::FxHashMap<String, String> = Default::default();
    // Credits of songs named before any drama, by track key.
    let mut unplaced_credit: rustc_hash::FxHashMap<String, String> = Default::default();
    // Which lines name an anime or a film, found once per article when a song needs it.
    let other_work = std::cell::OnceCell::new();
    // The number of the last line of a numbered track list, while one runs.
    let mut track_run: Option<u32> = None;
    for (i, (line, f)) in lines.iter().zip(found).enumerate() {
        // `6. Orientalism` right after `5. ANDANTE - 지인`: an uncredited track of the list,
        // not a heading.
        let number = rules::list::item_number(&line.text);
        let bare_track = match (f.mentions.is_empty(), number, track_run) {
            (true, Some(n), Some(prev)) if n == prev + 1 => {
                rules::list::numbered_title(&line.text).map(|(_, m)| m)
            }
            _ => None,
        };
        let heading_like = (line.kind == LineKind::Heading || line.marked) && bare_track.is_none();
        let person_heading =
            subjects.read(heading_like && !is_debris(&line.text), f.subject.as_ref());
        // `4. Cinderline` then `Cinderline is an indie band…`: the heading was a person.
        if let (Some(c), Some(s)) = (&current, &f.subject) {
            if c.from == From::Heading
                && s.rule == "subject.lead_sentence"
                && key(&c.drama) == key(&s.name)
            {
                subjects.person_section(s);
                current = None;
            }
        }
        if person_heading && f.mentions.is_empty() {
            // A section about a singer: its dramas come from its prose.
            current = None;
        } else if f.mentions.is_empty() && heading_like && drama::is_tracklist_heading(&line.text) {
            // A track list belongs to the drama already named.
        } else if f.mentions.is_empty() && heading_like {
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
        let is_list = f.mentions.iter().any(|m| rules::is_list_rule(m.rule));
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
        }
        // The line's own dramas, where prose may set the drama: a song takes the last one
        // named before it (`‘A’의 OST가 … 올해는 B OST가 … ‘T’`), and the last one
        // carries on. A drama tied to one song (`‘D’의 ‘T’`) is not the line's drama.
        let line_dramas: Vec<&rules::DramaSignal> =
            if !is_list && current.as_ref().is_none_or(|c| c.from == From::Prose) {
                // The signal a song's own drama came from is the nearest one of that name;
                // the same drama named elsewhere in the line (`올해는 D OST가`) stays the line's.
                // Signals are sorted by start; a song's own drama sits within the rules'
                // window of it, so only those are looked at (linear on long lines).
                let mut tied = vec![false; f.dramas.len()];
                for m in &f.mentions {
                    let Some(own) = m.drama.as_deref() else {
                        continue;
                    };
                    let lo = f
                        .dramas
                        .partition_point(|d| d.start + rules::WINDOW < m.start);
                    let hi = f
                        .dramas
                        .partition_point(|d| d.start <= m.end + rules::WINDOW);
                    if let Some(k) = (lo..hi)
                        .filter(|&k| f.dramas[k].raw == own)
                        .min_by_key(|&k| f.dramas[k].start.abs_diff(m.start))
                    {
                        tied[k] = true;
                    }
                }
                f.dramas
                    .iter()
                    .zip(tied)
                    .filter(|(_, t)| !t)
                    .map(|(d, _)| d)
                    .collect()
            } else {
                Vec::new()
            };
        if let Some(last) = line_dramas.last() {
            current = Some(Current {
                drama: last.raw.clone(),
                from: From::Prose,
            });
        }
        track_run = number.filter(|_| is_list || bare_track.is_some());
        let line_key = std::cell::OnceCell::new();
        for m in f.mentions.iter().chain(&bare_track) {
            let named_before = line_dramas
                .partition_point(|d| d.start <= m.start)
                .checked_sub(1)
                .and_then(|k| line_dramas.get(k))
                .or(line_dramas.first());
            let mut drama = m
                .drama
                .clone()
                .or_else(|| named_before.map(|d| d.raw.clone()))
                .or_else(|| current.as_ref().map(|c| c.drama.clone()));
            // `(Prod. by ZICO)`, `(Inst.)` and the like do not make another song.
            let track = crate::normalize::clean_title(&m.track);
            let k = key(&track);
            if drama.is_none() && !m.artists.is_empty() {
                // `WINNER’s MINO And Kang Seung Yoon drop OST ‘The Door’` in a headline:
                // the credit waits for the song's drama.
                unplaced_credit
                    .entry(k.clone())
                    .or_insert_with(|| m.artists.clone());
            }
            if m.bare {
                // A song named again (a recap, a composer's credits) is the record
                // already made, with its drama; one first named outside any drama (a
                // debut single in the intro) is still no drama's.
                if let Some(first) = seen.get(&k) {
                    drama = Some(first.clone());
                } else if drama.is_none() {
                    undrama.insert(k);
                    continue;
                } else if undrama.contains(&k) {
                    continue;
                }
            }
            if let Some(drama) = drama {
                // A quoted drama name (or another of its names: `이하 ‘도깨비’`) is not a
                // song of that drama.
                let same_drama = || {
                    tables
                        .drama_canonical(&m.track)
                        .is_some_and(|c| tables.drama_canonical(&drama) == Some(c))
                };
                if m.bare && (k == key(&drama) || same_drama()) {
                    continue;
                }
                let other = other_work.get_or_init(|| {
                    lines
                        .iter()
                        .map(|l| OTHER_WORK.is_match(&l.text))
                        .collect::<Vec<bool>>()
                });
                if called_not_a_drama(lines, other, i, m, &drama) {
                    continue;
                }
                seen.entry(k.clone()).or_insert_with(|| drama.clone());
                let mut mention = m.clone();
                subjects.credit(&mut mention, &line.text, &line_key);
                if mention.artists.is_empty() {
                    if let Some(a) = unplaced_credit.get(&k) {
                        mention.artists = a.clone();
                        mention.rule = "credit.earlier_mention";
                        mention.bare = false;
                    }
                }
                out.push(Attached {
                    mention,
                    line: i,
                    drama,
                    track,
                });
            }
        }
        for c in &f.credits {
            credit(&mut out, i, c, lines);
        }
        if heading_like {
            subjects.heading_credit(&f.mentions);
        }
    }
    out
}

/// The performers the article and the current section are about.
#[derive(Debug, Default)]
struct Subjects {
    /// From a lead sentence (`X is a singer`): the whole article.
    article: Option<SubjectSignal>,
    /// From a heading naming a person, or a Korean topic: until the next heading.
    section: Option<SubjectSignal>,
}

impl Subjects {
    /// Takes in a line's subject; a heading (`new_section`) ends the section's. Returns
    /// whether the line is a heading naming a person.
    fn read(&mut self, new_section: bool, s: Option<&SubjectSignal>) -> bool {
        if new_section {
            self.section = None;
        }
        let Some(s) = s else {
            return false;
        };
        if s.rule == "subject.lead_sentence" {
            self.article = Some(s.clone());
        } else {
            self.section = Some(s.clone());
        }
        s.section_wide
    }

    /// Makes a subject found after a heading the person its whole section is about.
    fn person_section(&mut self, s: &SubjectSignal) {
        self.section = Some(SubjectSignal {
            section_wide: true,
            ..s.clone()
        });
        if self.article.as_ref() == Some(s) {
            self.article = None;
        }
    }

    /// A heading that credits one song (`A’s “T”, D OST`) makes its performer the
    /// section's subject, for the songs its body names with a pronoun.
    fn heading_credit(&mut self, mentions: &[Mention]) {
        if let [m] = mentions {
            if !m.artists.is_empty() {
                self.section = Some(SubjectSignal {
                    name: m.artists.clone(),
                    section_wide: false,
                    rule: "subject.heading_credit",
                });
            }
        }
    }

    /// Credits an uncredited song to the subject: the section's person everywhere in
    /// their section, otherwise a subject the song's line names again. `line_key` is the
    /// line's key, computed once per line and only when a subject needs it.
    fn credit(&self, m: &mut Mention, line: &str, line_key: &std::cell::OnceCell<String>) {
        // `she recorded ‘T’ with P`: the partner sings with the subject.
        let partner = m.rule == "prose.cued_with";
        if !m.artists.is_empty() && !partner || self.section.is_none() && self.article.is_none() {
            return;
        }
        // `their previous one was “T”`: a pronoun's song is the subject's.
        let before = &line[..m.start.min(line.len())];
        let near = before.floor_char_boundary(before.len().saturating_sub(120));
        let pronoun = rules::PRONOUN_SONG.is_match(&before[near..]);
        let named = |s: &&SubjectSignal| {
            s.section_wide || pronoun || {
                let k = key(&s.name);
                !k.is_empty() && line_key.get_or_init(|| key(line)).contains(&k)
            }
        };
        if let Some(s) = self.section.iter().chain(&self.article).find(named) {
            m.artists = if partner {
                format!("{}, {}", s.name, m.artists)
            } else {
                s.name.clone()
            };
            m.rule = "credit.subject";
            m.bare = false;
        }
    }
}

/// Site debris, and a table's header row (`No. | Title`), which neither open nor close
/// a section.
fn is_debris(text: &str) -> bool {
    static DEBRIS: PerThreadRegex = PerThreadRegex::new(|| {
        Regex::new(r"(?i)^\s*(?:youtube|video|advertisement|\[embedded content\]|photo|image|credit|source|read more|share)").unwrap()
    });
    DEBRIS.is_match(text) || text.contains(" | ")
}

/// Words naming works that are not dramas.
static OTHER_WORK: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:anime|animated|animation|film|movie|video\s+game)(?-u:\b)").unwrap()
});

/// Whether the text at line `at` and the body lines after it call `work` an anime or a
/// film (`the ending theme for the anime series ‘The God of High School’`, or `“T” is the
/// opening theme for the anime series`): its songs are no drama's. A sentence that also
/// says `drama` is about a drama after all.
fn called_not_a_drama(lines: &[Line], other: &[bool], at: usize, m: &Mention, work: &str) -> bool {
    if !other[at..(at + 4).min(other.len())].contains(&true) {
        return false;
    }
    let names: Vec<String> = [key(work), key(&m.track)]
        .into_iter()
        .filter(|k| k.chars().count() >= 3)
        .collect();
    // Windows around the mention and at the head of the next lines keep the cost per
    // mention bounded on long lines.
    let own = &lines[at].text;
    let end = m.end.min(own.len());
    let (start, _) = rules::window_before(own, m.start.min(end));
    let own_window = &own[start..end + rules::window_after(own, end).len()];
    let next = lines[at + 1..]
        .iter()
        .take_while(|l| l.kind == LineKind::Body && !l.marked)
        .take(3)
        .map(|l| rules::window_after(&l.text, 0));
    static DRAMA: PerThreadRegex = PerThreadRegex::new(|| Regex::new(r"(?i)drama").unwrap());
    std::iter::once(own_window)
        .chain(next)
        .filter(|t| OTHER_WORK.is_match(t))
        .any(|text| {
            crate::segment::sentences(text).into_iter().any(|(s, e)| {
                let sentence = &text[s..e];
                OTHER_WORK.is_match(sentence) && !DRAMA.is_match(sentence) && {
                    let sk = key(sentence);
                    names.iter().any(|k| sk.contains(k.as_str()))
                }
            })
        })
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

static TITLE_CASE: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(&format!(
        r"(?:[A-Z0-9][\w’'.:!?-]*)(?:\s+(?:(?:{})\s+)*(?:[A-Z0-9][\w’'.:!?-]*))+",
        TITLE_SMALL_WORDS.join("|")
    ))
    .unwrap()
});

/// Words of a sentence that speaks of a show.
static SHOW_CUE: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:k-?dramas?|dramas?|series|shows?|episodes?|finale|premiere|stor(?:y|ies)|screenplays?|plot|cast|actors?|actress(?:es)?|characters?|watch(?:ed|ing)?)(?-u:\b)").unwrap()
});

/// The small words `TITLE_CASE` allows between capitalised words; a title does not end
/// with one.
const TITLE_SMALL_WORDS: &[&str] = &[
    "of", "the", "on", "to", "a", "an", "in", "and", "is", "with", "for", "at", "no", "my", "your",
];

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
    // No drama signal: a title-case run in a sentence that speaks of a show (`the
    // healing story of When The Weather is Fine`, `My Girl … that drama`). Sentences
    // about anything else (`its melody comes from Mozart’s Symphony No 40`) name no drama.
    for &j in &after {
        let text = &lines[j].text;
        for (ss, se) in crate::segment::sentences(text) {
            let sentence = &text[ss..se];
            if !SHOW_CUE.is_match(sentence) {
                continue;
            }
            for m in TITLE_CASE.find_iter(sentence) {
                let s = m.as_str();
                let first = s.split_whitespace().next().unwrap_or("");
                // A person (`Seo In Guk is …`, `a cast that includes Kim Soo-hyun`) is no
                // title.
                let person = tables.is_surname(first) || tables.knows_performer(s);
                if s.split_whitespace().count() < 2 || person && tables.drama_canonical(s).is_none()
                {
                    continue;
                }
                let cleaned = crate::normalize::clean_title(s);
                // `the Queen of OST`: a run cut before a soundtrack word is no title.
                let last = cleaned.rsplit(' ').next().unwrap_or("");
                let cut = TITLE_SMALL_WORDS.contains(&last);
                if usable(&cleaned)
                    && !cut
                    && !SHOW_CUE.is_match(&cleaned)
                    && !cleaned.contains("OST")
                {
                    return Some(cleaned);
                }
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
    if !near {
        return;
    }
    if last.mention.artists.is_empty() && !c.partner {
        last.mention.artists = c.artists.clone();
        last.mention.rule = "credit.next_sentence";
        last.mention.bare = false;
    } else if c.partner && !last.mention.artists.is_empty() {
        // A partner joins a credited song's singers; an uncredited song stays uncredited,
        // as its own singer (`she`) is not known here.
        last.mention.artists = format!("{}, {}", last.mention.artists, c.artists);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `drama | track | artists | rule` of each attached mention.
    fn attached(text: &str) -> Vec<String> {
        let t = Tables::builtin();
        let lines = crate::segment::lines(text);
        let found: Vec<_> = lines.iter().map(|l| rules::find(l, &t)).collect();
        attach(&lines, &found, &t)
            .into_iter()
            .map(|a| {
                let m = a.mention;
                format!("{} | {} | {} | {}", a.drama, m.track, m.artists, m.rule)
            })
            .collect()
    }

    #[test]
    fn a_section_about_a_singer_credits_its_songs() {
        let a = attached("1. Bae Yoo Na\n\nBae Yoo Na can sing. She recorded a soundtrack for the JTBC drama ‘Winter Orchard’. The song ‘Frost Letter’ follows the heroine.\n\n2. Snow Garden (2020)\n\n“Quiet Road” is the theme.\n");
        assert_eq!(
            a,
            [
                "Winter Orchard | Frost Letter | Bae Yoo Na | credit.subject",
                "Snow Garden | Quiet Road |  | prose.quoted_bare",
            ]
        );
    }

    #[test]
    fn a_lead_singer_is_credited_where_a_line_names_them_again() {
        let a = attached("Mina Seol is a South Korean ballad singer.\n1. Mina Seol sang “Small Hours” for the drama Cobalt Summer (2010).\n2. For the drama Salt Road (2014), Kim Ha Na sang “Door” with her.\n3. The drama Night Bus (2016) used “Wheels” in its finale.\n");
        assert_eq!(
            a,
            [
                "Cobalt Summer | Small Hours | Mina Seol | prose.subject_sang",
                "Salt Road | Door | Kim Ha Na | prose.subject_sang",
                "Night Bus | Wheels |  | prose.quoted_bare",
            ]
        );
    }

    #[test]
    fn a_pronoun_song_is_the_heading_performers() {
        let a = attached("## Min & Joon‘s (2AM) “Paper Moon”, Night Bus OST\nThey sing together again; their previous one was “Lantern” from the Salt Road OST.\nWe also hear “Rails” from the Salt Road OST.\n");
        assert_eq!(
            a,
            [
                "Night Bus | Paper Moon | Min (2AM) & Joon (2AM) | prose.possessive",
                "Salt Road | Lantern | Min (2AM) & Joon (2AM) | credit.subject",
                "Salt Road | Rails |  | prose.quoted_bare",
            ]
        );
    }

    #[test]
    fn uncredited_lines_of_a_numbered_track_list_are_tracks() {
        let a = attached("The drama Night Bus OST album is out.\nTrack List\nNo. | Title\n1. Rails - Kim Ha Na\n2. Wheels - Lim Soo Ah (3:58)\n3. Fog Bell (2:11)\n4. Gulls\n");
        assert_eq!(
            a,
            [
                "Night Bus | Rails | Kim Ha Na | heading.title_dash_artist",
                "Night Bus | Wheels | Lim Soo Ah | heading.title_dash_artist",
                "Night Bus | Fog Bell |  | list.numbered_title",
                "Night Bus | Gulls |  | list.numbered_title",
            ]
        );
        // Numbered headings with songs under them are sections, not tracks.
        let a = attached(
            "1. Night Bus (2016)\n“Rails” – Kim Ha Na\n2. Salt Road (2018)\n“Door” – Lim Soo Ah\n",
        );
        assert_eq!(
            a,
            [
                "Night Bus | Rails | Kim Ha Na | list.title_dash_artist",
                "Salt Road | Door | Lim Soo Ah | list.title_dash_artist",
            ]
        );
    }

    #[test]
    fn a_heading_described_as_a_band_is_not_a_drama() {
        let a = attached("4. Cinderline\n\nCinderline is an indie band all over the tvN drama ‘Paper Lantern Couple’ (2019). Its opening track is the single ‘Glow Street’.\n");
        assert_eq!(
            a,
            ["Paper Lantern Couple | Glow Street | Cinderline | credit.subject"]
        );
    }

    #[test]
    fn a_song_first_named_outside_any_drama_stays_outside() {
        let a = attached("She debuted with “Blue Tram” in 2009.\nThe drama Night Bus (2016) used “Wheels” in its finale.\nShe still closes every show with “Blue Tram”.\n");
        assert_eq!(a, ["Night Bus | Wheels |  | prose.quoted_bare"]);
    }

    #[test]
    fn a_list_line_takes_a_title_from_a_sentence_about_a_show() {
        let a = attached("4. Kim Na Ra- Paper Sky\n\nIt borrows its hook from Bach’s Cello Suite No 1. Paper Moon Diary was my mother’s favourite drama.\n");
        assert_eq!(
            a,
            ["Paper Moon Diary | Paper Sky | Kim Na Ra | heading.artist_dash_title"]
        );
        // The title-case run must sit in a sentence about a show, and not stop short of
        // a soundtrack word.
        for text in [
            "4. Kim Na Ra- Paper Sky\n\nIt borrows its hook from Bach’s Cello Suite No 1.\n",
            "4. Kim Na Ra- Paper Sky\n\nShe is the Queen of OST, and we watched her live.\n",
            "4. Kim Na Ra- Paper Sky\n\nKim Na Ra sang it on a show.\n",
        ] {
            assert!(attached(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_song_named_again_keeps_its_first_drama() {
        // The first mention is uncredited until the subject credits it; a later line
        // naming another drama does not move the song.
        let a = attached("▲가수 윤서아가 SBS 드라마 '푸른 항구'의 OST(오리지널사운드트랙) 곡 '바다 편지'를 발표했다.\n'바다 편지'는 발라드다. 작곡은 '꽃보다 남자' 등 여러 드라마에 OST 곡을 준 오세린이 맡았다.\n");
        assert_eq!(a.len(), 2, "{a:?}");
        assert!(
            a.iter().all(|r| r.starts_with("푸른 항구 | 바다 편지 |")),
            "{a:?}"
        );
    }

    #[test]
    fn a_song_takes_the_drama_named_last_before_it_in_its_line() {
        let a = attached("작년 드라마 ‘푸른 항구’의 OST가 돌풍을 일으킨 데 이어, 올해는 드라마 ‘바람의 집’ OST가 1위다. 윤서아가 부른 노래 ‘바다 편지’도 1위다.\n윤서아의 ‘등대’ 또한 순위를 유지 중이다.\n");
        assert_eq!(a.len(), 2, "{a:?}");
        assert!(a.iter().all(|r| r.starts_with("바람의 집 |")), "{a:?}");
    }

    #[test]
    fn another_name_of_the_drama_is_not_its_song() {
        // `이하 ‘도깨비’`: the short name the article uses for the drama from then on.
        let a = attached(
            "드라마 ‘쓸쓸하고 찬란하神 - 도깨비’(이하 ‘도깨비’)는 OST 곡 ‘바다 편지’를 공개한다.\n",
        );
        assert_eq!(a.len(), 1, "{a:?}");
        assert!(a[0].contains("| 바다 편지 |"), "{a:?}");
        // A section's drama under its full title, named in prose by its alias.
        let a = attached("1. Guardian: The Lonely and Great God (2016)\n\n“Goblin” was the talk of the winter, and the ballad “Blue Hour” played in every episode.\n");
        assert_eq!(
            a,
            ["Guardian: The Lonely and Great God | Blue Hour |  | prose.cued"]
        );
    }

    #[test]
    fn a_partner_named_in_the_next_sentence_joins_the_singers() {
        let a = attached("1. Mira Seol sang the OST for the drama Night Bus (2014) entitled “Blue Hour”. On it she also worked together with Kim Ha Na\n2. She sang “Rails” for the drama Salt Road (2016). She also worked with the director on the video.\n");
        assert_eq!(
            a,
            [
                "Night Bus | Blue Hour | Mira Seol, Kim Ha Na | prose.subject_sang",
                "Salt Road | Rails |  | prose.quoted_bare",
            ]
        );
        // A partner of a song with no singer yet does not become its only singer.
        let a = attached("2. The drama Salt Road (2016) used “Rails”. On it she also worked together with Kim Ha Na\n");
        assert_eq!(a, ["Salt Road | Rails |  | prose.quoted_bare"]);
    }

    #[test]
    fn songs_of_an_anime_or_a_film_are_not_records() {
        let a = attached("NOVA9: Paper Sky (The Iron Cook)\n\nNOVA9 released it as a single, and it is the ending theme for the anime series ‘The Iron Cook’.\n\nNOVA9: Blue Hour (Night Bus)\n\n“Blue Hour” is the opening theme OST for the movie.\n\nNOVA9: Rails (Salt Road)\n\nThe drama Salt Road, remade from a 2009 film, used “Rails” in its finale.\n");
        // (The drama's song is named twice; de-duplication makes one record of it.)
        assert_eq!(
            a,
            [
                "Salt Road | Rails | NOVA9 | heading.artist_colon_title",
                "Salt Road | Rails |  | prose.quoted_bare",
            ]
        );
    }

    #[test]
    fn a_headline_credit_waits_for_the_songs_drama() {
        let a = attached("NOVA9’s Kim Na Ra And Mira Seol drop OST ‘Paper Sky (Prod. by ZICO)’\n\nPart 2 of the soundtrack for the tvN drama ‘Salt Road’ is ‘Paper Sky’, sung by two members of NOVA9.\n");
        assert_eq!(
            a,
            ["Salt Road | Paper Sky | NOVA9’s Kim Na Ra And Mira Seol | credit.earlier_mention"]
        );
        // Without a credit anywhere, the song stays uncredited.
        let a = attached("New OST ‘Paper Sky’ is out\n\nThe soundtrack of the tvN drama ‘Salt Road’ has ‘Paper Sky’, sung by a newcomer.\n");
        assert!(a.iter().all(|r| r.contains("| Paper Sky |  |")), "{a:?}");
    }

    #[test]
    fn a_drama_tied_to_one_song_is_not_the_line_drama() {
        let a = attached("SBS 드라마 '겨울 항해'의 OST에 합류했다.\n윤서아가 부른 '등대'는 20일 처음 흐른다. 그간 윤서아는 '여름 궁전'의 '빛의 계단' 등을 불렀다.\n");
        assert_eq!(a[0], "겨울 항해 | 등대 | 윤서아 | ko.sung_by");
        assert!(a[1].starts_with("여름 궁전 | 빛의 계단 |"), "{a:?}");
    }
}
