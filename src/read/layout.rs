//! Layouts: list and heading lines read as slots (`A – “T” | D`, `N) T - A (D)`,
//! `D: A – T`). Lines with the same piece pattern share a layout, and the roles of its
//! slots are decided once, by adding up the evidence of all its lines: a list where a
//! few lines name known singers teaches the rest of the list its column order.

use super::evidence;
use super::find::{has_ost, is_album_word, strip_network, strip_ost, View};
use super::pieces::Kind;
use super::Song;
use crate::normalize::{has_hangul, has_key, key};
use crate::tables::Tables;
use rustc_hash::FxHashMap;

/// What a slot can be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Track,
    Artist,
    Drama,
    /// Not part of the record (a year, a comment).
    Other,
}

/// One slot of a line.
#[derive(Debug, Clone, PartialEq)]
pub struct Slot {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub quoted: bool,
    pub bracket: bool,
    /// Names a soundtrack (`(D OST)`, `D OST Part 2`).
    pub ost: bool,
    /// A year follows in brackets.
    pub year: bool,
    /// The cue word before it (`by`, `from`, `for`, `ft`), or `:` when the slot is a label.
    pub cue: &'static str,
    /// The opening quote mark: `《` marks a work (a drama), `〈` a song.
    pub mark: char,
    /// Its words are only a sentence's openers and small words (`Watch:`, `Listen`): no
    /// name.
    pub plain: bool,
    /// A slash stands between it and the slot before (`A / B`).
    pub after_slash: bool,
}

/// A line read as slots.
#[derive(Debug, Clone, PartialEq)]
pub struct SlotLine {
    pub line: usize,
    pub slots: Vec<Slot>,
    /// The piece pattern: slot kinds, cues and separators (`Q-N(B)`).
    pub pattern: String,
    /// A paragraph's opening item with a comment after it ([`dash_item`]): a list's
    /// entry by its own shape, though no other line shares its pattern.
    pub item: bool,
}

/// Words that join a second singer to a credit's slot (`A feat. B`, `A x B`, `A & B`).
const CREDIT_JOINERS: &[&str] = &[
    "feat.",
    "ft.",
    "ft",
    "feat",
    "featuring",
    "and",
    "x",
    "with",
    "&",
];

/// Role words that say the name after them sings (`가수 A`, `Singer A`).
const SINGER_ROLES: &[&str] = &["가수", "보컬", "singer", "vocalist"];

/// The name a singer's role word credits, as `by` does (`가수 권하늘`, `Singer Kim Ha-na`).
fn singer_credited(text: &str) -> Option<&str> {
    let (role, name) = text.split_once(' ')?;
    let name = name.trim();
    (SINGER_ROLES.iter().any(|r| role.eq_ignore_ascii_case(r)) && !evidence::not_a_name(name))
        .then_some(name)
}

/// Whether a list item's last cell after a comma is a drama's title the tables know, of
/// two words or more and no singer's name (`- A – T, Itaewon Class`).
fn comma_drama(name: &str, tables: &Tables) -> bool {
    name.split_whitespace().nth(1).is_some()
        && tables.is_drama(name)
        && !tables.is_known_performer(name)
}

/// A name and the bracket that ends it (`Goblin (2016)`, `Guardian (Goblin)`).
pub(super) fn trailing_bracket(s: &str) -> Option<(&str, &str)> {
    s.strip_suffix(')')
        .and_then(|b| b.rsplit_once(" ("))
        .map(|(name, inner)| (name.trim(), inner))
        .filter(|(name, _)| !name.is_empty())
}

/// Whether a bracket only says its name is a soundtrack's (`Original Television
/// Soundtrack`, `OST`).
fn soundtrack_label(inner: &str) -> bool {
    has_ost(inner) && {
        let rest = strip_ost(inner);
        key(&rest).is_empty() || is_album_word(&rest)
    }
}

/// Whether a paragraph's line opens with a list item, names apart by a dash (and at
/// most one `by`) and no other words, and a comment after it (`T - A (D). I play it
/// every morning.`, `T by A — D. It charted all year.`): a forum's reply names its pick
/// the way a list does, then says why.
pub fn dash_item(text: &str, p: &[super::pieces::Piece]) -> bool {
    let Some(end) = p
        .iter()
        .position(|q| matches!(q.kind, Kind::Punct | Kind::Word) && q.text(text) == ".")
    else {
        return false;
    };
    let head = &p[..end];
    let dash =
        |q: &super::pieces::Piece| q.kind == Kind::Sep && matches!(q.text(text), "-" | "–" | "—");
    let by = |q: &super::pieces::Piece| q.kind == Kind::Word && q.text(text) == "by";
    end + 1 < p.len()
        && head.iter().filter(|q| dash(q)).count() == 1
        && head.iter().filter(|q| by(q)).count() <= 1
        && head.first().is_some_and(|q| q.kind == Kind::Run)
        && head.iter().filter(|q| q.kind == Kind::Run).count() >= 2
        && head
            .iter()
            .all(|q| matches!(q.kind, Kind::Run | Kind::Bracket) || dash(q) || by(q))
}

/// Reads a list or heading line as slots, when it is made of two to five name-like slots
/// separated by dashes, colons, bars, `by`, `from`, `for` or brackets, with few other words.
pub fn slots(
    line: usize,
    v: &View,
    body_from: usize,
    dotted: bool,
    tables: &Tables,
) -> Option<SlotLine> {
    let mut out: Vec<Slot> = Vec::new();
    let mut pattern = String::new();
    let mut cur: Option<(usize, usize)> = None; // piece range of the open slot
    let mut cue: &'static str = "";
    let mut lower = 0;
    // The line's known titles, found when a `for`/`from` first asks.
    let known = std::cell::OnceCell::new();
    let mut hangul_words = 0;
    // `A Sings OST For “D”`: the soundtrack word before `for` is the next slot's.
    let ost_for = std::cell::Cell::new(false);
    let close = |cur: &mut Option<(usize, usize)>,
                 out: &mut Vec<Slot>,
                 pattern: &mut String,
                 cue: &mut &'static str| {
        if let Some((a, mut b)) = cur.take() {
            // `Ailee’s “T”`: the possessive mark ends the name, it is no part of it.
            while b > a && v.p[b].kind == Kind::Poss {
                b -= 1;
            }
            // `by Park Ha-eun released`: a credit's name ends before the verb after it.
            if *cue == "by" {
                while b > a && v.p[b].kind == Kind::Word {
                    b -= 1;
                }
            }
            // `OST Part.5 가수 A - T`, `파트1 A - T`: a part label that opens the slot names
            // no soundtrack; the name after it is the slot.
            let a = if b > a
                && (v.p[a].kind == Kind::Ost && v.t(a).contains(|c: char| c.is_ascii_digit())
                    || v.p[a].kind == Kind::Run && is_part(v.t(a)))
                && v.p[a + 1].kind == Kind::Run
                && !evidence::dated(&v.text[v.p[a + 1].start..v.p[b].end])
            {
                a + 1
            } else {
                a
            };
            let s = v.p[a].start;
            let e = v.p[b].end;
            let single_quote = a == b && v.p[a].kind == Kind::Quoted;
            let text = if single_quote {
                v.t(a).to_string()
            } else {
                v.text[s..e].trim().to_string()
            };
            let ost_at = (a..=b).find(|&i| {
                v.p[i].kind == Kind::Ost || v.p[i].kind == Kind::Bracket && soundtrack_label(v.t(i))
            });
            let ost = ost_at.is_some() || ost_for.take();
            // `Harbor Lights confirms special OST album`: the name right before the OST.
            // `D, Pt. 1 (Original Television Soundtrack)`: the album's part between the
            // title and its soundtrack's word is no name.
            let ost_at = ost_at.map(|o| {
                if o >= a + 3
                    && is_part(v.t(o - 1))
                    && v.t(o - 2) == ","
                    && v.p[o - 3].kind == Kind::Run
                {
                    o - 2
                } else {
                    o
                }
            });
            let text = match ost_at {
                // `4. 푸른 소금 정원 OST`: a bare Korean title is several runs.
                Some(o) if o > a && matches!(v.p[o - 1].kind, Kind::Run | Kind::Quoted) => {
                    let mut from = super::find::bare_hangul_title(v, o, a).unwrap_or(o - 1);
                    // `Doctor Yoon's Diary OST`: a possessive inside the title is the title's.
                    while from >= a + 2
                        && v.p[from - 1].kind == Kind::Poss
                        && v.p[from - 2].kind == Kind::Run
                    {
                        from -= 2;
                    }
                    let words = &v.text[v.p[from].start..v.p[o - 1].end];
                    // (`두 번째 OST`: a count, no title.)
                    if super::find::ko_clause(words) {
                        String::new()
                    } else {
                        strip_network(words)
                    }
                }
                // `sang the OST entitled`: an OST after a small word names no drama, nor
                // one after a comma (`‘D’ 종영, OST 결산`).
                Some(o) if o > a && matches!(v.p[o - 1].kind, Kind::Word | Kind::Sep) => {
                    String::new()
                }
                Some(_) => strip_network(&strip_ost(&text)),
                None => text,
            };
            // (`EVERY OST`: a listicle's words name no drama.)
            let text = if ost_at.is_some() && super::find::listing(&text) {
                String::new()
            } else {
                text
            };
            let (text, slot_cue) = match singer_credited(&text).filter(|_| cue.is_empty()) {
                Some(singer) => (singer.to_string(), "credit"),
                None => (text, *cue),
            };
            let after_slash = pattern.ends_with('/');
            let plain = (a..=b).all(|i| v.p[i].kind == Kind::Word);
            pattern.push(if single_quote { 'Q' } else { 'N' });
            if ost {
                pattern.push('o');
            }
            let mark = if single_quote {
                v.text[s..].chars().next().unwrap_or(' ')
            } else {
                ' '
            };
            out.push(Slot {
                start: s,
                end: e,
                text,
                quoted: single_quote,
                bracket: false,
                ost,
                year: false,
                cue: slot_cue,
                mark,
                plain,
                after_slash,
            });
            *cue = "";
        }
    };
    // `D (gloss) — tvN, Sat–Sun`: a broadcaster's slot and days end the line as a
    // drama's facts, no slot of a song.
    let body_to = super::find::aired_from(v.text).unwrap_or(v.text.len());
    for (i, p) in v.p.iter().enumerate() {
        if p.start >= body_to {
            break;
        }
        if p.start < body_from {
            continue;
        }
        match p.kind {
            // `Moon Lovers: Scarlet Heart Ryeo`: a known title's colon is no separator.
            Kind::Sep
                if matches!(v.t(i), ":" | "：")
                    && cur.is_some()
                    && inside_known(&known, v, i, tables) =>
            {
                cur = cur.map(|(a, _)| (a, i));
            }
            // `1. A · T`: a middle dot or a bullet between spaces parts a list item's slots
            // too, or a row's last cell's after a bar or a dash (`D OST Part 1 | T · A`;
            // not a middle cell's: `D | T | A | ENA · Part 3 | ▶ Listen`). (Unspaced, it
            // joins names: `A·B`; on an unmarked line, first, it parts a page's furniture:
            // `Posted 3 May · 01:31 AM`.)
            // `#5 — T, A`: a numbered item's one comma before a singer the tables know,
            // and nothing after, parts a title from its credit (`## 다시, 봄` is a title);
            // a slotted line's last comma before a drama's title of some words parts its
            // slot (`- A – T, D`).
            Kind::Sep
                if matches!(
                    v.t(i),
                    "–" | "—" | "―" | "─" | "-" | ":" | "：" | "|" | "/" | "~" | "_"
                ) || matches!(v.t(i), "·" | "•")
                    && (body_from > 0
                        || dotted
                        || pattern.contains(['|', '-'])
                            && !v.p[i..].iter().any(|q| q.text(v.text) == "|"))
                    && v.text[..p.start].ends_with(' ')
                    && v.text[p.end..].starts_with(' ')
                    || v.t(i) == ","
                        && i > 0
                        && i + 2 == v.p.len()
                        && v.kind(i + 1) == Some(Kind::Run)
                        && (v.text[..body_from].contains(|c: char| c.is_ascii_digit())
                            && v.p[..i].iter().all(|q| q.kind != Kind::Sep)
                            && tables.knows_performer(v.t(i + 1))
                            || v.p[..i]
                                .iter()
                                .any(|q| q.kind == Kind::Sep && q.end > body_from)
                                && comma_drama(v.t(i + 1), tables)) =>
            {
                close(&mut cur, &mut out, &mut pattern, &mut cue);
                pattern.push_str(match v.t(i) {
                    ":" | "：" => ":",
                    "|" => "|",
                    "/" => "/",
                    _ => "-",
                });
                // `D: A – T`: the first slot is a label; an award's verdict (`Winner: A,
                // “T” (D)`) is no slot at all.
                if matches!(v.t(i), ":" | "：") && out.len() == 1 && out[0].cue.is_empty() {
                    if verdict(&out[0].text) {
                        out.clear();
                        pattern.clear();
                    } else {
                        out[0].cue = ":";
                    }
                }
            }
            // `for`/`from` open a drama slot only before a drama (`The Reasons for My Smiles`).
            // Nor inside a known title (`My Love from the Star`).
            Kind::Word
                if v.is(i, "by")
                    || v.is_any(i, &["from", "for"])
                        && (!out.is_empty() || drama_next(v, i + 1, tables))
                        && !inside_known(&known, v, i, tables) =>
            {
                // `… | by A | Culture Desk`: a cell that opens with `by` is a byline.
                if v.is(i, "by") && i > 0 && v.kind(i - 1) == Some(Kind::Sep) && v.t(i - 1) == "|" {
                    return None;
                }
                if let Some((a, b)) =
                    cur.filter(|&(_, b)| b + 1 == i && v.p[b].kind == Kind::Ost && v.is(i, "for"))
                {
                    cur = (b > a).then(|| (a, b - 1));
                    close(&mut cur, &mut out, &mut pattern, &mut cue);
                    ost_for.set(true);
                } else {
                    close(&mut cur, &mut out, &mut pattern, &mut cue);
                }
                cue = match v.t(i).to_lowercase().as_str() {
                    "by" => "by",
                    "from" => "from",
                    _ => "for",
                };
                pattern.push_str(cue);
            }
            Kind::Word
                if v.is_any(i, CREDIT_JOINERS)
                    || v.is_any(i, &["sung", "performed", "the", "ost", "drama"]) =>
            {
                if v.is_any(i, CREDIT_JOINERS) {
                    if let Some((a, _)) = cur {
                        cur = Some((a, i));
                    }
                }
            }
            Kind::Bracket => {
                let inner = v.t(i).trim();
                // `(released November 4th)`: the song's release date, no slot (nor a work's
                // year: the name before it is no drama for it).
                if release_date(inner) {
                    close(&mut cur, &mut out, &mut pattern, &mut cue);
                    pattern.push('d');
                    continue;
                }
                // `(2016)`, `(ENA, 2024)`, `(tvN)`: a work's year or broadcaster.
                if super::find::work_facts(inner) || super::find::network_bracket(inner) {
                    if let Some((a, b)) = cur {
                        cur = Some((a, b));
                        close(&mut cur, &mut out, &mut pattern, &mut cue);
                    }
                    if let Some(last) = out.last_mut() {
                        last.year = true;
                    }
                    pattern.push('y');
                    continue;
                }
                // `Guardian: The Lonely and Great God (Goblin)`: the drama's other name,
                // no slot of its own.
                if let Some((a, b)) = cur {
                    let name = &v.text[v.p[a].start..v.p[b].end];
                    if tables
                        .drama_canonical(inner)
                        .is_some_and(|c| tables.drama_canonical(name) == Some(c))
                    {
                        continue;
                    }
                }
                // `(Part.1)`, `【Part.3】`: the soundtrack's part, no slot; nor is a staff
                // credit (`(Prod. by A)`, `(Arranged by B)`), nor a version's or a score
                // cue's tag (`(Inst.)`, `(Score)`).
                if is_part(inner)
                    || staff_credit(inner)
                    || super::decide::instrumental_tag(inner)
                    || inner.eq_ignore_ascii_case("score")
                {
                    close(&mut cur, &mut out, &mut pattern, &mut cue);
                    pattern.push('p');
                    continue;
                }
                // `“…” (가사 일부)`, `“…” (lyrics)`: the quote is a lyric, no song's title.
                if is_lyric_label(inner) {
                    return None;
                }
                // `#1 (overall No. 9) — “T” — A`, `T (No. 3)`: a rank's note is no slot.
                if rank_note(inner) {
                    close(&mut cur, &mut out, &mut pattern, &mut cue);
                    continue;
                }
                // `[INTERVIEW] …`, `[MV] …`, `[리뷰] …`: a kicker before a headline.
                if out.is_empty() && cur.is_none() && v.text[p.start..].starts_with('[') {
                    continue;
                }
                // `Goblin (Original Television Soundtrack), Pt. 1`: a store's album name,
                // its drama's slot marked as a soundtrack's.
                if let (Some((a, _)), true) = (cur, soundtrack_label(inner)) {
                    cur = Some((a, i));
                    continue;
                }
                // `(Heartbeat Clinic, Part 4)`: a drama's name with its soundtrack's part.
                let parted = part_of(inner);
                let inner = parted.unwrap_or(inner);
                let ost = parted.is_some() || has_ost(inner);
                // `Chen (EXO) x Punch`: a bracket inside a name that goes on stays in it.
                // (Not a remark's word after it: `A (D) obviously`.)
                let goes_on = v.p.get(i + 1).is_some_and(|n| {
                    matches!(n.kind, Kind::Run | Kind::Word)
                        && !v.is_any(i + 1, &["by", "from", "for", "."])
                        && !(n.kind == Kind::Word
                            && pattern.contains('-')
                            && v.t(i + 1).starts_with(char::is_lowercase)
                            && !v.is_any(i + 1, CREDIT_JOINERS))
                });
                // `Lee Su Hyun (AKMU)`, `정승환 (Jung Seung Hwan)`: a singer's group, or
                // the name in the other script, stays with the name.
                let owned = cur.is_some_and(|(a, b)| {
                    let glued = v.p[b].end == p.start;
                    owned_bracket(&v.text[v.p[a].start..v.p[b].end], inner, glued, tables)
                });
                if let (Some((a, _)), false, true) = (cur, ost, goes_on || owned) {
                    cur = Some((a, i));
                    continue;
                }
                if glossed_quote(v, i, &out, tables) {
                    continue;
                }
                close(&mut cur, &mut out, &mut pattern, &mut cue);
                // `A ("Glass Vial", Midnight Pharmacy)`: the song's quoted title, then the
                // rest of the bracket, each a slot of its own.
                let (title, inner) =
                    quoted_head(inner).map_or((None, inner), |(q, r)| (Some(q), r));
                if let Some(q) = title {
                    pattern.push('Q');
                    out.push(Slot {
                        start: p.start,
                        end: p.end,
                        text: q.to_string(),
                        quoted: true,
                        bracket: false,
                        ost: false,
                        year: false,
                        cue: "",
                        mark: v.t(i).trim().chars().next().unwrap_or(' '),
                        plain: false,
                        after_slash: false,
                    });
                }
                let (text, bcue) = credit_bracket(inner);
                let text = if ost {
                    strip_network(&strip_ost(&text))
                } else {
                    text
                };
                // `[Goblin again lol]`: a known title with a remark after it.
                let text = known_head(&text, tables).unwrap_or(text);
                // `(Secret Garden, 2010)`: the drama with its year.
                // `(Reply 1988)` is a known title with a number in it.
                let split = if evidence::drama(tables, &text) > 0.0 {
                    text.rsplit_once(',')
                } else {
                    text.rsplit_once([',', ' '])
                };
                let (text, year) = match split {
                    Some((head, y)) if super::find::work_facts(y) && !head.trim().is_empty() => {
                        (head.trim_end_matches([',', ' ']).to_string(), true)
                    }
                    _ => (text, false),
                };
                pattern.push_str(if ost { "(O)" } else { "(B)" });
                out.push(Slot {
                    start: p.start,
                    end: p.end,
                    text,
                    quoted: false,
                    bracket: true,
                    ost,
                    year,
                    cue: bcue,
                    mark: ' ',
                    plain: false,
                    after_slash: false,
                });
            }
            Kind::Quoted => {
                // (A broadcaster's label, `n`, tells of a work as its bracket after does.)
                let labelled = cur.is_none() && pattern.ends_with('n');
                close(&mut cur, &mut out, &mut pattern, &mut cue);
                cur = Some((i, i));
                close(&mut cur, &mut out, &mut pattern, &mut cue);
                if labelled {
                    if let Some(last) = out.last_mut() {
                        last.year = true;
                    }
                }
            }
            // `(X) 의 “T”`: a possessive after a closed slot belongs to it, opening none.
            Kind::Poss if cur.is_none() => {}
            // `“D” Original Soundtrack`: the album's kind between the quote and its OST.
            Kind::Run
                if cur.is_none()
                    && v.kind(i + 1) == Some(Kind::Ost)
                    && out.last().is_some_and(|s| s.quoted)
                    && super::find::is_album_word(v.t(i)) => {}
            // `‘D’ OST ‘T’`: the OST after a quote names the quote a soundtrack's.
            Kind::Ost if cur.is_none() && out.last().is_some_and(|s| s.quoted) => {
                if let Some(last) = out.last_mut() {
                    last.ost = true;
                }
                pattern.push('o');
            }
            // `tvN ‘D’ OST ‘T’`, `A – KBS2 『D』`: a broadcaster is no slot; the quote
            // it labels is the drama.
            Kind::Run
                if cur.is_none()
                    && v.kind(i + 1) == Some(Kind::Quoted)
                    && super::find::is_network(v.t(i)) =>
            {
                cue = "for";
                pattern.push('n');
            }
            // `D ost part2 A - T`: the singer after a soundtrack's part starts a slot of
            // their own, the drama's slot ending at its part.
            Kind::Run
                if cur.is_some_and(|(a, _)| a < i - 1)
                    && (is_part(v.t(i - 1)) && v.kind(i - 2) == Some(Kind::Ost)
                        || v.kind(i - 1) == Some(Kind::Ost)
                            && v.t(i - 1).contains(|c: char| c.is_ascii_digit())) =>
            {
                cur = cur.map(|(a, _)| (a, i - 1));
                close(&mut cur, &mut out, &mut pattern, &mut cue);
                pattern.push('-');
                if v.t(i).chars().any(crate::normalize::is_hangul) {
                    hangul_words += 1;
                }
                cur = Some((i, i));
            }
            Kind::Run | Kind::Poss | Kind::Ost => {
                // Korean words outside quotes are a sentence's, not a list's.
                if p.kind == Kind::Run && v.t(i).chars().any(crate::normalize::is_hangul) {
                    hangul_words += 1;
                    // `♬ 그룹 A가 부른 ‘T’`: a singing verb makes a clause of the line,
                    // read as prose is.
                    if super::find::sings(v.t(i)) {
                        return None;
                    }
                }
                cur = Some(match cur {
                    Some((a, _)) => (a, i),
                    None => (i, i),
                });
            }
            // `T — A (D) obviously`, `T — A (D) bc it slaps`: a remark after the bracket
            // that closes a dash's item is no slot.
            Kind::Word
                if cur.is_none()
                    && i > 0
                    && v.kind(i - 1) == Some(Kind::Bracket)
                    && out.len() >= 2
                    && pattern.contains('-')
                    && v.t(i).starts_with(char::is_lowercase) =>
            {
                break;
            }
            // `(A). Next`: a full stop after a bracket is lexed as a word of its own.
            Kind::Word if v.t(i) != "." => {
                lower += 1;
                if let Some((a, _)) = cur {
                    cur = Some((a, i));
                } else {
                    cur = Some((i, i));
                }
            }
            Kind::Sep | Kind::Punct | Kind::Word => {
                // A full stop before a capital ends a sentence: prose, not a list line;
                // unless the sentence is a list's names apart by a dash, a comment after
                // it (`T (A) - D. I play it at the gym.`).
                if v.t(i) == "."
                    && v.kind(i + 1)
                        .is_some_and(|k| k != Kind::Sep && k != Kind::Bracket)
                {
                    if (body_from > 0 || dash_item(v.text, v.p))
                        && out.len() + usize::from(cur.is_some()) >= 2
                        && pattern.contains('-')
                    {
                        break;
                    }
                    return None;
                }
                // `Can’t I Love?`, `Go!`: part of the title.
                if matches!(v.t(i), "!" | "?" | "…") || v.t(i) == "," {
                    if let Some((a, _)) = cur {
                        cur = Some((a, i));
                    }
                }
            }
        }
    }
    close(&mut cur, &mut out, &mut pattern, &mut cue);
    // Several items on one line (`“A” – X and “B” – Y for D`) are read as prose.
    let quoted = out.iter().filter(|s| s.quoted).count();
    // Counted in the bytes: neither mark overlaps a copy of itself, and a substring search
    // would be set up for each line.
    let twice = |m: &[u8]| {
        pattern
            .as_bytes()
            .windows(m.len())
            .filter(|w| *w == m)
            .count()
            >= 2
    };
    if quoted >= 3 || twice(b"Q-N") || twice(b"QbyN") {
        return None;
    }
    // A line that ends as a sentence ends, with verbs in it, is prose.
    let ends = v.text.trim_end().trim_end_matches(['”', '"', '’', '\'']);
    if ends.ends_with(['.', '!']) && lower >= 2 {
        return None;
    }
    let content = out.iter().filter(|s| has_key(&s.text)).count();
    // `2. 헤이즈 - 내 맘을 볼 수 있나요`: a Korean title may read as a clause; a list's
    // numbered item of a name, a dash (or a slash, a bar) and that title is a list's line
    // all the same (`- 시간을 거슬러 / 해를 품은 달 (2012)`).
    let listed = pattern.strip_prefix('-');
    let dashed = (body_from > 0 || listed.is_some())
        && content == 2
        && listed.unwrap_or(&pattern).matches(['-', '/', '|']).count() == 1
        && out[0].text.split_whitespace().count() <= 2
        && !evidence::not_a_name(&out[0].text);
    // `1. 우산 두 개 - 오후 / 안개 속 편의점 OST`: a marked item's short names apart by
    // dashes and slashes are a list's, however many Korean words they hold; a sentence
    // ends on its verb.
    // (A title's gloss in the other script is no part of its words: `첫 눈처럼 너에게
    // 가겠다 (I Will Go To You Like The First Snow) - 에일리`.)
    let short_names = (body_from > 0 || listed.is_some())
        && pattern.contains(['-', '/', '|'])
        && out.iter().all(|s| {
            let glossed = trailing_bracket(&s.text)
                .filter(|(name, gloss)| has_hangul(name) != has_hangul(gloss));
            let name = glossed.map_or(s.text.as_str(), |(name, _)| name);
            // A sentence ends on its verb; a glossed title may too.
            name.split_whitespace().count() <= 5
                && (glossed.is_some() || !name.trim_end().ends_with(['다', '요', '.']))
        });
    if !(2..=5).contains(&content) || lower > 3 || hangul_words > 4 && !dashed && !short_names {
        return None;
    }
    // `T | 19금 | A`: a streaming site's age badge is no slot.
    out.retain(|s| has_key(&s.text) && !crate::normalize::is_badge(&s.text));
    // `Home | News | Music | About`, `Share   Save   Report`, `홈 | 연예`: a site's bar
    // of links.
    let links = out
        .iter()
        .filter(|s| evidence::is_link_word(&s.text))
        .count();
    // `The Voice That Comforts You | 2023 • EP`: a discography's card, a release of the
    // singer's own.
    if quoted == 0 && (out.len() >= 3 && links * 3 >= out.len() || links == out.len())
        || out.iter().any(|s| is_release_kind(&s.text))
    {
        return None;
    }
    Some(SlotLine {
        line,
        slots: out,
        pattern,
        item: false,
    })
}

/// A cell's title and the singers after its comma (`Always, Yoon Mi-rae`, `Love, Maybe,
/// MeloMance`, `Everytime, CHEN, Punch`): the first comma after which every name is a
/// singer the tables know. `None` when no such comma is there.
fn title_then_singers<'a>(text: &'a str, tables: &Tables) -> Option<(&'a str, &'a str)> {
    if !text.contains(',') {
        return None;
    }
    text.match_indices(", ").find_map(|(at, _)| {
        let (track, rest) = (text[..at].trim(), text[at + 2..].trim());
        // (A cast's names, `A, B`, hold no title.)
        (!track.is_empty()
            && evidence::performer(tables, track) < 0.6
            && rest
                .split(", ")
                .all(|name| tables.is_known_performer(name) && !tables.is_drama(name)))
        .then_some((track, rest))
    })
}

/// Whether a slot is a release's kind, with or without its year (`2023 • EP`,
/// `Single`, `정규 · 2021`), or a discography's label for its releases (`Studio albums`).
fn is_release_kind(s: &str) -> bool {
    static KIND: crate::per_thread::PerThreadRegex = crate::per_thread::PerThreadRegex::new(|| {
        let kind = r"(?:eps?|(?:digital )?singles?|(?:studio |compilation |live |mini[- ]?|full[- ]?)?albums?|정규|미니|싱글|디지털 싱글|앨범)";
        let year = r"(?:19|20)\d{2}";
        regex::Regex::new(&format!(
            r"(?i)^(?:{year}\s*[•·/-]\s*)?{kind}(?:\s*[•·/-]\s*{year})?$"
        ))
        .unwrap()
    });
    KIND.is_match(s.trim())
}

/// Whether a bracket labels the quote before it as words of a song (`가사 일부`,
/// `lyrics`, `lyric excerpt`), not a credit of its lyricist (`Lyrics by A`).
fn is_lyric_label(inner: &str) -> bool {
    let mut words = inner.split_whitespace();
    words.next().is_some_and(|w| {
        ["가사", "lyrics", "lyric"].contains(&w.to_lowercase().trim_end_matches([':', '.']))
    }) && !words.any(|w| w.eq_ignore_ascii_case("by"))
        && !inner.contains(':')
}

/// A credit's text that opens with a known title of two words or more and a name after
/// it (a bracket of the title's other name between them is skipped): the title and the
/// name. (The slot is a credit by the layout's evidence: the name is asked no more.)
fn drama_before_singer(credit: &str, tables: &Tables) -> Option<(String, String)> {
    let (_, e) = tables
        .drama_spans(credit)
        .into_iter()
        .find(|&(s, e)| s == 0 && credit[..e].trim().contains(' ') && e < credit.len())?;
    let mut rest = credit[e..].trim_start();
    if let Some(after) = rest.strip_prefix('(').and_then(|r| r.split_once(')')) {
        rest = after.1.trim_start();
    }
    (!rest.is_empty() && !rest.starts_with(|c: char| c.is_lowercase() || !c.is_alphanumeric()))
        .then(|| (credit[..e].trim().to_string(), rest.to_string()))
}

/// The known drama title a slot's text opens with, when a remark follows it (a comma, a
/// full stop or a lowercase word: `DOTS again lol`), not a longer title.
fn known_head(name: &str, tables: &Tables) -> Option<String> {
    let (_, e) = tables
        .drama_spans(name)
        .into_iter()
        .find(|&(s, e)| s == 0 && e < name.len())?;
    let rest = name[e..].trim_start();
    let remark = rest.starts_with([',', '.', ';', '!'])
        || rest.starts_with(|c: char| c.is_lowercase())
            && !rest.starts_with(|c: char| c.is_ascii_digit());
    remark.then(|| name[..e].trim_end().to_string())
}

/// The name before a soundtrack's part that ends a bracket (`Heartbeat Clinic, Part 4`,
/// `겨울 항구 파트 2`): the drama the part is of. The part ([`is_part`]) is the bracket's
/// last words, after a comma or a space.
fn part_of(inner: &str) -> Option<&str> {
    inner.rmatch_indices([',', ' ']).take(3).find_map(|(i, _)| {
        let head = inner[..i].trim_end_matches([',', ' ']).trim();
        (is_part(inner[i + 1..].trim()) && has_key(head)).then_some(head)
    })
}

/// Whether a bracket holds only a soundtrack's part: `Part.1`, `Pt. 2`, `OST Part 3`, `파트 1`,
/// or an album's disc (`Disc 2`, `CD1`).
pub(crate) fn is_part(inner: &str) -> bool {
    static PART: crate::per_thread::PerThreadRegex = crate::per_thread::PerThreadRegex::new(|| {
        regex::Regex::new(r"(?i)^(?:ost\s*)?(?:part|pt|파트|disc|cd)\s*\.?\s*\d{1,2}$").unwrap()
    });
    // Most brackets and words asked open with no part's letter: no search for them.
    inner.starts_with(['P', 'p', 'O', 'o', '파', 'D', 'd', 'C', 'c']) && PART.is_match(inner)
}

/// Whether a label gives an award's verdict on the item after it (`Winner:`, `Also
/// nominated:`, `수상:`).
fn verdict(label: &str) -> bool {
    const VERDICTS: &[&str] = &[
        "winner",
        "winners",
        "nominee",
        "nominees",
        "nominated",
        "also nominated",
        "runner-up",
        "runners-up",
        "shortlisted",
        "수상",
        "수상작",
        "후보",
    ];
    VERDICTS.contains(&label.trim().to_lowercase().as_str())
}

/// Whether a bracket only ranks its item (`overall No. 9`, `#3`, `No.1`, `2nd place`).
fn rank_note(inner: &str) -> bool {
    static RANK: crate::per_thread::PerThreadRegex = crate::per_thread::PerThreadRegex::new(|| {
        regex::Regex::new(
            r"(?i)^(?:overall\s+)?(?:no\.\s*|#\s*|rank(?:ed)?\s+)\d{1,3}(?:\s+overall)?$|^\d{1,3}(?:st|nd|rd|th)(?:\s+(?:overall|place))?$",
        )
        .unwrap()
    });
    inner.len() <= 20 && RANK.is_match(inner)
}

/// Whether the bracket at `i` is the quoted title before it in the other script
/// (`“Youth” (청춘) — A`): no drama's slot nor a singer's, when the line's credit comes
/// after it and the tables know the bracket as neither.
fn glossed_quote(v: &View, i: usize, out: &[Slot], tables: &Tables) -> bool {
    let inner = v.t(i).trim();
    out.last().is_some_and(|s| {
        s.quoted
            && s.end == v.p[i - 1].end
            && v.kind(i - 1) == Some(Kind::Quoted)
            && crate::normalize::has_hangul(&s.text) != crate::normalize::has_hangul(inner)
    }) && (v.kind(i + 1) == Some(Kind::Sep) && matches!(v.t(i + 1), "-" | "–" | "—")
        || v.is(i + 1, "by"))
        && !tables.is_drama(inner)
        && !tables.is_known_performer(inner)
}

/// Whether a slot only numbers an episode (`Episode 1`, `Ep. 12`, `3화`, `16회`): an
/// episode guide's heading, no name.
fn is_episode(s: &str) -> bool {
    static EPISODE: crate::per_thread::PerThreadRegex =
        crate::per_thread::PerThreadRegex::new(|| {
            regex::Regex::new(r"(?i)^(?:(?:episodes?|eps?)\s*\.?\s*\d{1,3}|\d{1,3}\s*(?:화|회))$")
                .unwrap()
        });
    (s.starts_with(['E', 'e']) || s.ends_with(['화', '회'])) && EPISODE.is_match(s.trim())
}

/// Whether a bracket dates a release (`released November 4th`, `out on May 2, 2024`).
fn release_date(inner: &str) -> bool {
    let lower = inner.to_lowercase();
    let rest = ["released ", "out ", "dropped ", "release: ", "release "]
        .iter()
        .find_map(|w| lower.strip_prefix(w));
    rest.is_some_and(|r| evidence::dated(r.trim_start_matches("on ").trim()))
}

/// Whether a bracket after a slot's name belongs to it: a known group after a singer
/// (`Lee Su Hyun (AKMU)`), or the name in the other script (`정승환 (Jung Seung Hwan)`,
/// `하루(A Day)`), which a title and a singer alike carry. A known drama, a year or a
/// soundtrack in the bracket is the line's drama. A singer's group the tables do not
/// know is written in capitals (`Yuna (LUMINA)`) or, in Hangul, glued to the name
/// (`서하(루미너스)`): a drama is quoted or named with its soundtrack.
fn owned_bracket(name: &str, inner: &str, glued: bool, tables: &Tables) -> bool {
    use crate::normalize::has_hangul;
    if has_ost(inner) || evidence::drama(tables, inner) > 0.0 || super::find::work_facts(inner) {
        return false;
    }
    let gloss = has_hangul(name) != has_hangul(inner)
        && inner.chars().any(char::is_alphabetic)
        && !["feat", "ft", "prod"]
            .iter()
            .any(|f| inner.to_lowercase().starts_with(f));
    let person = if evidence::drama(tables, name) == 0.0 {
        evidence::performer(tables, name)
    } else {
        0.0
    };
    let singer = person >= 0.6;
    // `Lumen (NOVA8)`: a group in capitals owns a stage name too.
    let capitals =
        (singer || crate::shape::stage_name(name)) && crate::normalize::is_capitals_act(inner);
    // A two-syllable Hangul name is as good a name as any here.
    let glued_hangul = glued
        && person >= 0.4
        && has_hangul(name)
        && has_hangul(inner)
        && inner.split_whitespace().count() <= 2;
    // `Glass Door (Inst.)`: the version is the title's, which drops as an instrumental.
    let version = super::decide::instrumental_tag(inner);
    gloss || singer && tables.group(inner).is_some() || capitals || glued_hangul || version
}

/// Whether piece `i` lies inside a known drama title of the line (`known`, found once).
fn inside_known(
    known: &std::cell::OnceCell<Vec<(usize, usize)>>,
    v: &View,
    i: usize,
    tables: &Tables,
) -> bool {
    let at = v.p[i].start;
    known
        .get_or_init(|| tables.drama_spans(v.text))
        .iter()
        .any(|&(s, e)| s < at && at < e)
}

/// Whether the pieces from `i` name a drama: quoted, known, or before `OST` or a year.
fn drama_next(v: &View, i: usize, tables: &Tables) -> bool {
    let Some(p) = v.p.get(i) else { return false };
    let year = |j: usize| v.kind(j) == Some(Kind::Bracket) && super::find::work_facts(v.t(j));
    p.kind == Kind::Quoted
        || evidence::drama(tables, v.t(i)) > 0.0
        || v.kind(i + 1) == Some(Kind::Ost)
        || year(i + 1)
        || v.is_any(
            i,
            &[
                "the", "drama", "kdrama", "k-drama", "tvn", "kbs", "sbs", "mbc", "jtbc",
            ],
        )
        || evidence::performer(tables, v.t(i)) >= 0.6
}

/// Whether a bracket credits the staff, not a singer: `Prod. by A`, `Composed by B`, a
/// photo's source (`사진=A 제공`, `Photo: B`).
fn staff_credit(inner: &str) -> bool {
    let labelled = inner.split_once(['=', ':']).is_some_and(|(what, _)| {
        let what = what.trim();
        what.starts_with("사진") || what == "출처" || super::find::is_staff(what)
    });
    labelled
        || inner
            .split_once(" by ")
            .is_some_and(|(what, _)| super::find::is_staff(what.trim_end_matches('.')))
}

/// A writer's byline read as one slot (`By Park Min-ji`, `By Sarah Cole`): `By` and a
/// name of two or three capitalised words, none a common one (`By Your Side` is a title).
fn byline(slot: &str) -> bool {
    slot.strip_prefix("By ").is_some_and(|name| {
        let words: Vec<&str> = name.split_whitespace().collect();
        (2..=3).contains(&words.len())
            && words.iter().all(|w| {
                w.starts_with(|c: char| c.is_uppercase())
                    && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.')
                    && !crate::shape::is_common_word(w)
            })
    })
}

/// A bracket's quoted title and what follows it after a comma (`"Glass Vial", Midnight
/// Pharmacy` → `Glass Vial`, `Midnight Pharmacy`).
fn quoted_head(inner: &str) -> Option<(&str, &str)> {
    let p = super::pieces::lex(inner);
    let q = p
        .first()
        .filter(|q| q.kind == Kind::Quoted && q.start == 0)?;
    let rest = inner[q.end..].trim_start().strip_prefix(',')?.trim();
    (!rest.is_empty()).then(|| (q.text(inner), rest))
}

/// A bracket that credits singers: `(vocal credits: A, B)`, `(feat. X)`, `(Vocals: X)`.
fn credit_bracket(inner: &str) -> (String, &'static str) {
    let lower = inner.to_lowercase();
    if let Some(i) = lower
        .find("credits:")
        .or_else(|| lower.find("credit:"))
        .or_else(|| lower.find("vocals:"))
        .or_else(|| lower.find("vocal:"))
    {
        let after = &inner[i..];
        let c = after.find(':').map(|j| &after[j + 1..]).unwrap_or("");
        return (c.trim().to_string(), "credit");
    }
    // `(작사 A·작곡 B·노래 C & D)`: the staff's entries, the vocal one the credit.
    let sung = inner.split(['·', '/', ',']).find_map(|entry| {
        crate::normalize::after_lead(entry, &["노래 ", "가창 ", "보컬 ", "vocals ", "vocal "])
    });
    // `Tide (orig. A)`: a cover list names the song's own singer as its original's.
    let sung = sung.or_else(|| {
        crate::normalize::after_lead(inner, &["orig. ", "originally by ", "originally sung by "])
    });
    if let Some(c) = sung {
        return (c.to_string(), "credit");
    }
    if let Some(c) = crate::normalize::feat_credit(inner) {
        return (c.to_string(), "ft");
    }
    // `(from the drama D)`: the work the song comes from, called a drama; `T (from
    // Goblin)`: a work.
    let drama = [
        "from the drama ",
        "from the series ",
        "from the k-drama ",
        "드라마 ",
    ];
    if let Some(rest) = crate::normalize::after_lead(inner, &drama) {
        let rest = super::find::quoted_lead(rest).trim_matches(['"', '“', '”', '\'', '‘', '’']);
        return (rest.to_string(), "drama");
    }
    if let Some(rest) = crate::normalize::after_lead(inner, &["from "]) {
        return (rest.to_string(), "from");
    }
    (inner.to_string(), "")
}

/// The evidence that `slot` plays each role of [`ROLES`], in that order. Each piece of
/// evidence is asked for once and shared by the roles that weigh it.
fn score(tables: &Tables, slot: &Slot, named: bool) -> [f32; 4] {
    let by = slot.cue == "by" || slot.cue == "credit" || slot.cue == "ft";
    let dramaish = matches!(slot.cue, "from" | "for" | "drama");
    let performer = evidence::performer(tables, &slot.text);
    // A title the article's sentences call a drama is as good as one the tables know.
    let drama = if named {
        1.0
    } else {
        evidence::drama(tables, &slot.text)
    };
    let not_a_name = evidence::not_a_name(&slot.text) || slot.plain;
    let track = {
        let mut s = evidence::title(tables, &slot.text) + if slot.quoted { 0.8 } else { 0.0 };
        // `『D』`: a work's mark, a drama's as often as an album's or a song's.
        match slot.mark {
            '《' => s -= 1.5,
            '『' => s -= 0.75,
            _ => {}
        }
        if by || slot.ost {
            s -= 3.0;
        }
        if dramaish {
            s -= 1.0;
        }
        if slot.bracket {
            s -= 1.0;
        }
        // `D (tvN)`, `D (2016)`: a work's year or broadcaster, a drama's more than a song's.
        if slot.year {
            s -= 1.0;
        }
        // `가수 윤하, 드라마`, `The song`: role words make no title.
        if not_a_name {
            s -= 2.0;
        }
        s - 1.2 * performer - 1.0 * drama
    };
    let artist = {
        let mut s = 2.0 * performer;
        if evidence::network_only(&slot.text) {
            s -= 3.0;
        }
        if by {
            s += 2.0;
        }
        if slot.quoted {
            s -= 0.6;
        }
        if slot.ost || slot.year {
            s -= 3.0;
        }
        if dramaish {
            s -= 0.5;
        }
        if not_a_name {
            s -= 2.5;
        }
        s - drama
    };
    let drama_slot = {
        let mut s = 2.0 * drama;
        match slot.mark {
            '《' | '<' => s += 1.5,
            '『' => s += 0.75,
            _ => {}
        }
        if slot.mark == '〈' {
            s -= 1.0;
        }
        if slot.ost {
            s += 3.0;
        }
        if slot.year {
            s += 1.0;
        }
        if dramaish {
            s += 1.0;
        }
        // `“T” by A (D)`: a bracket that names no known singer is as often the drama.
        if slot.bracket && !slot.ost && !tables.is_known_performer(&slot.text) {
            s += 1.0;
        }
        if slot.cue == ":" {
            s += 0.2;
        }
        if by {
            s -= 3.0;
        }
        // `K-Music Playlist: The Drama OST Edition`: a role word is no drama's name,
        // nor is a broadcaster's (`for tvN’s “D”`).
        // Outweighs an `OST` after it too (`Which Fantasy Drama Has the Better Soundtrack?`).
        if not_a_name || super::find::is_network(&slot.text) {
            s -= 7.0;
        }
        s - 1.2 * performer
    };
    // Slots that play no role: a featured singer (`(feat. B)`), who joins the credit
    // before it; a studio credit's role (`Piano by A`, `Composed & Arranged by B`); a
    // post's byline with its time or date (`by nightowl, 08-19-2018 11:32 PM`); a part's
    // number (`Part.1 ‘T’ – A`); a photo's source (`A /사진=B`). Each role's score
    // outweighs the credit a `by` gives the slot after it.
    let staff = || {
        !slot.quoted
            && slot
                .text
                .split([' ', '&', ',', '/'])
                .filter(|w| !w.is_empty())
                .all(super::find::is_staff)
    };
    if slot.cue == "ft"
        || staff()
        || staff_credit(&slot.text)
        || byline(&slot.text)
        || evidence::dated(&slot.text)
        || is_part(&slot.text)
        || is_episode(&slot.text)
    {
        return [-8.0, -8.0, -8.0, 0.0];
    }
    let other = if slot.bracket { -0.2 } else { -1.5 };
    let sentence = sentence_penalty(&slot.text);
    [
        track - sentence,
        artist - sentence,
        drama_slot - sentence,
        other,
    ]
}

/// Slots are names: two or more plain lowercase words make a sentence of it.
fn sentence_penalty(s: &str) -> f32 {
    const SMALL: &[&str] = &[
        "a", "an", "the", "of", "in", "on", "to", "and", "or", "is", "my", "your", "me", "you",
        "for", "with", "at", "by", "x", "ft.", "feat.",
    ];
    let plain = s
        .split_whitespace()
        .filter(|w| w.starts_with(char::is_lowercase) && !SMALL.contains(w))
        .count();
    if plain >= 2 {
        1.5
    } else {
        0.0
    }
}

const ROLES: [Role; 4] = [Role::Track, Role::Artist, Role::Drama, Role::Other];

/// Every assignment of roles to `n` slots with at most one track, one artist and one
/// drama slot (an artist without a track only [`decide`] admits, beside named dramas).
/// They depend on `n` alone (at most five, see [`slots`]) and five slots have hundreds:
/// each list is made once.
fn assignments(n: usize) -> &'static [Vec<Role>] {
    static BY_SLOTS: [std::sync::OnceLock<Vec<Vec<Role>>>; 6] =
        [const { std::sync::OnceLock::new() }; 6];
    BY_SLOTS[n].get_or_init(|| {
        let mut out = Vec::new();
        let total = 4usize.pow(n as u32);
        for mut code in 0..total {
            let mut a = Vec::with_capacity(n);
            for _ in 0..n {
                a.push(ROLES[code % 4]);
                code /= 4;
            }
            let count = |r: Role| a.iter().filter(|&&x| x == r).count();
            // A heading may name only its drama (`Goblin (2016)`): no track at all.
            if count(Role::Track) <= 1 && count(Role::Artist) <= 1 && count(Role::Drama) <= 1 {
                out.push(a);
            }
        }
        out
    })
}

/// Evidence from the article's prose: the title credited to the same name elsewhere
/// supports the artist slot, credited to another name it speaks against it.
/// `keys` are the keys of the line's slots.
fn credited_elsewhere(
    keys: &[String],
    a: &[Role],
    credits: &FxHashMap<String, Vec<String>>,
) -> f32 {
    // (A line that lost a badge's slot has fewer slots than its pattern's roles.)
    let slot = |r: Role| a.iter().position(|x| *x == r).and_then(|i| keys.get(i));
    // Without credits in prose (most articles) the slots have no keys: see [`read`].
    if credits.is_empty() {
        return 0.0;
    }
    let (Some(t), Some(ak)) = (slot(Role::Track), slot(Role::Artist)) else {
        return 0.0;
    };
    let Some(cs) = credits.get(t) else {
        return 0.0;
    };
    // The same name, or one with a little more (`Chen (EXO)` for `Chen`); not a
    // headline's run that opens with it (`A Soothes Hearts With`).
    let same = |a: &str, b: &str| a.contains(b) && 2 * b.len() >= a.len();
    if cs
        .iter()
        .any(|c| !c.is_empty() && (same(ak, c) || same(c, ak)))
    {
        2.0
    } else {
        -1.5
    }
}

/// What the rest of the article says about a layout's slots.
#[derive(Clone, Copy)]
pub struct Evidence<'a> {
    /// The key of each title that prose credits elsewhere, to its credits' keys: a slot
    /// that credits another name is not the title's artist.
    pub credits: &'a FxHashMap<String, Vec<String>>,
    /// The singer the headline credits with the article's songs: a column that holds
    /// other names is no credit's.
    pub singer: Option<&'a str>,
    /// The keys of the names the article says sing (`A sings`, `소린 님`).
    pub said: &'a [String],
    /// The lines, in order, of credit labels under a song (`Sung by: A`).
    pub credited_below: &'a [usize],
    /// The lines and keys of the titles the article's sentences call dramas (`tvN’s
    /// ‘D’`): a slot that holds one named on another line is the drama's, not a song's
    /// (an award list's `A (‘D’)`).
    pub dramas: &'a [(usize, String)],
}

impl<'a> Evidence<'a> {
    /// No evidence from the rest of the article.
    pub fn none(credits: &'a FxHashMap<String, Vec<String>>) -> Self {
        Evidence {
            credits,
            singer: None,
            said: &[],
            credited_below: &[],
            dramas: &[],
        }
    }
}

/// The roles of one layout's slots: the assignment with the most evidence over all the
/// lines read with it (`ev.singer` is a key here).
fn decide(ls: &[&SlotLine], tables: &Tables, ev: &Evidence) -> Vec<Role> {
    let n = ls[0].slots.len();
    best(&totals(ls, tables, ev)).map_or_else(|| vec![Role::Other; n], |(a, _)| a.to_vec())
}

/// The assignment of the most evidence (the first of equals), with its evidence.
fn best(totals: &[(&'static [Role], f32)]) -> Option<(&'static [Role], f32)> {
    totals.iter().fold(None, |best, &(a, t)| {
        if best.is_none_or(|(_, b)| t > b) {
            Some((a, t))
        } else {
            best
        }
    })
}

/// Each assignment of roles to a layout's slots, with its evidence over `ls`.
fn totals(ls: &[&SlotLine], tables: &Tables, ev: &Evidence) -> Vec<(&'static [Role], f32)> {
    let Evidence {
        credits,
        singer,
        said,
        credited_below,
        dramas,
    } = *ev;
    let n = ls[0].slots.len();
    let mut out = Vec::new();
    // The slots' keys, once for all the assignments, when prose credits or calls anyone
    // a singer (most articles do neither: no key to build).
    let named_elsewhere =
        |line: usize, k: &String| dramas.iter().any(|(at, d)| *at != line && d == k);
    let keys: Vec<Vec<String>> = if credits.is_empty() && said.is_empty() && dramas.is_empty() {
        vec![Vec::new(); ls.len()]
    } else {
        ls.iter()
            .map(|l| l.slots.iter().map(|s| key(&s.text)).collect())
            .collect()
    };
    // The evidence of each slot for each role (in the order of `ROLES`: track, artist,
    // …), once: the assignments only add it up (an assignment has one artist slot at most).
    let scores: Vec<Vec<[f32; 4]>> = ls
        .iter()
        .zip(&keys)
        .map(|(l, k)| {
            // `## D — “T”` over `Sung by: A`: a line whose credit is the label line under
            // it names no singer of its own.
            let credited = credited_below.binary_search(&(l.line + 1)).is_ok();
            l.slots
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    let named = k.get(i).is_some_and(|k| named_elsewhere(l.line, k));
                    let mut sc = score(tables, s, named);
                    if credited {
                        sc[1] -= 1.5;
                    }
                    // A name the article says is a singer's (`A sings`, `소린 님 목소리`) is
                    // the credit, not the title.
                    if k.get(i).is_some_and(|k| said.contains(k)) {
                        sc[0] -= 1.0;
                        sc[1] += 1.0;
                    }
                    sc
                })
                .collect()
        })
        .collect();
    // `Kim Ha-na – Moon Tide` under `Best Actress`: a person beside a title the
    // sentences call a drama is a cast's or an award's line, no song's (two lines of the
    // layout, and a third of them, must hold such a drama).
    // (Called so by a sentence: not by another line of the layout, where the slot is
    // only read as a drama's.)
    // (Most articles' sentences call nothing a drama: no lines to gather.)
    let mut own: Vec<usize> = Vec::new();
    if !dramas.is_empty() {
        own.extend(ls.iter().map(|l| l.line));
        own.sort_unstable();
    }
    let in_sentences = |k: &String| {
        dramas
            .iter()
            .any(|(at, d)| d == k && own.binary_search(at).is_err())
    };
    let named_drama = |d: usize| {
        let n = ls
            .iter()
            .zip(&keys)
            .filter(|(_, k)| k.get(d).is_some_and(in_sentences))
            .count();
        n >= 2 && 3 * n >= ls.len()
    };
    for a in assignments(n) {
        let has = |r: Role| a.iter().position(|x| *x == r);
        if has(Role::Artist).is_some()
            && has(Role::Track).is_none()
            && !has(Role::Drama).is_some_and(named_drama)
        {
            continue;
        }
        let mut total = 0.0;
        for (sc, k) in scores.iter().zip(&keys) {
            for (slot, role) in sc.iter().zip(a) {
                total += slot[ROLES.iter().position(|r| r == role).unwrap_or(3)];
            }
            total += credited_elsewhere(k, a, credits);
        }
        if let (Some(singer), Some(ar)) = (singer, a.iter().position(|r| *r == Role::Artist)) {
            // `9 OSTs Sung by A` over `“T” – D` lines: the headline's credit, line by line.
            for l in ls {
                total += if key(&l.slots[ar].text).contains(singer) {
                    2.0
                } else {
                    -1.5
                };
            }
        }
        // Without evidence either way, a title comes before its credit.
        let t = a.iter().position(|r| *r == Role::Track);
        let ar = a.iter().position(|r| *r == Role::Artist);
        if let (Some(t), Some(ar)) = (t, ar) {
            if t < ar {
                total += 0.05;
            }
        }
        // A credit in brackets or after `by` belongs to the name right before it:
        // `D – T (A)`, `D – T by A`.
        if let Some(ar) = ar {
            let s = &ls[0].slots[ar];
            if ar > 0 && a[ar - 1] == Role::Track && (s.bracket || s.cue == "by") {
                total += 0.1;
            }
        }
        // Likewise a title before its drama (`A – “T” | “D”`).
        let d = a.iter().position(|r| *r == Role::Drama);
        if let (Some(t), Some(d)) = (t, d) {
            if t < d {
                total += 0.03;
            }
        }
        out.push((a.as_slice(), total));
    }
    out
}

/// The evidence per line by which a run of a layout's lines must favour another order
/// than the article's to be read in it.
const RUN_MARGIN: f32 = 1.0;

/// Decides each layout's roles from all its lines, by their own evidence and the rest of
/// the article's (`ev`), and reads the songs.
pub fn read(
    lines: &[SlotLine],
    tables: &Tables,
    ev: &Evidence,
) -> (Vec<Song>, FxHashMap<String, Vec<Role>>) {
    let singer = ev.singer.map(key);
    let mut by_pattern: FxHashMap<&str, Vec<&SlotLine>> = FxHashMap::default();
    for l in lines {
        by_pattern.entry(&l.pattern).or_default().push(l);
    }
    let mut decided: FxHashMap<String, Vec<Role>> = FxHashMap::default();
    for (pattern, ls) in &by_pattern {
        decided.insert(
            pattern.to_string(),
            decide(
                ls,
                tables,
                &Evidence {
                    singer: singer.as_deref(),
                    ..*ev
                },
            ),
        );
    }
    // A line that differs from a more common layout only by a bracket after a name
    // (`"T" – A (G) – 3:55` among `"T" – A – 3:41` lines) reads as that layout, the
    // bracket a note on its name: one line alone is poor evidence of its own order.
    let mut bracketed: Vec<(String, Vec<Role>)> = Vec::new();
    // Such a line is one of its layout's lines, no layout of its own.
    let mut shared: FxHashMap<&str, usize> = FxHashMap::default();
    for (pattern, ls) in &by_pattern {
        let bare = pattern.replace("(B)", "");
        let Some(common) = by_pattern.get(bare.as_str()) else {
            continue;
        };
        if bare == *pattern || common.len() < 2 || common.len() <= ls.len() {
            continue;
        }
        let mut majority = decided[&bare].iter();
        let roles: Vec<Role> = ls[0]
            .slots
            .iter()
            .map(|s| {
                if s.bracket && !s.ost {
                    Role::Other
                } else {
                    majority.next().copied().unwrap_or(Role::Other)
                }
            })
            .collect();
        if majority.next().is_none() {
            bracketed.push((pattern.to_string(), roles));
            shared.insert(pattern, common.len());
        }
    }
    decided.extend(bracketed);
    // `Crush – Beautiful (Goblin)` lines in a thread of `Hush – Lasse Lindh (Goblin)`
    // lines: each poster writes their own order. A run of a layout's lines, next to each
    // other, whose own evidence is clearly for another order than the article's, is
    // read in that order.
    let mut own: FxHashMap<usize, &[Role]> = FxHashMap::default();
    let run_ev = Evidence {
        singer: singer.as_deref(),
        ..*ev
    };
    // (A bracketed line read as its common layout keeps that layout's order.)
    for (pattern, ls) in by_pattern.iter().filter(|(p, _)| !shared.contains_key(*p)) {
        let article = decided[*pattern].as_slice();
        for run in ls.chunk_by(|a, b| b.line <= a.line + 2) {
            if run.len() < 2 || run.len() == ls.len() {
                continue;
            }
            let t = totals(run, tables, &run_ev);
            let mine = t.iter().find(|(a, _)| *a == article).map(|x| x.1);
            if let (Some((a, most)), Some(mine)) = (best(&t), mine) {
                if most - mine >= RUN_MARGIN * run.len() as f32 {
                    own.extend(run.iter().map(|l| (l.line, a)));
                }
            }
        }
    }
    let mut songs = Vec::new();
    // Whether a layout's title cells hold their singers (`T, A`), by pattern.
    let mut split_cells: FxHashMap<&str, bool> = FxHashMap::default();
    for l in lines {
        let roles = own
            .get(&l.line)
            .copied()
            .unwrap_or(decided[&l.pattern].as_slice());
        let get = |r: Role| {
            l.slots
                .iter()
                .zip(roles)
                .find(|(_, x)| **x == r)
                .map(|(s, _)| s)
        };
        let Some(t) = get(Role::Track) else { continue };
        // `“T” (with A) — from the W special album`, `— for the variety show W`: a row
        // that says where its song comes from, in a slot that names no drama (nor a
        // singer's group, `V from BTS`), is another work's.
        let source = |(s, r): (&Slot, &Role)| {
            matches!(s.cue, "from" | "for")
                && !s.ost
                && *r == Role::Other
                && evidence::performer(tables, &s.text) < 0.5
        };
        if l.slots.iter().zip(roles).any(source) {
            continue;
        }
        // `Written by A` under a title read as `Performed by B`: a staff role or a
        // credit's verb is no song's title, whatever the layout's other lines make it.
        // Nor is a number (`10.4 | 9.6`, a ratings table's row) a title or a singer.
        // Nor a count (`19 tracks`, `18 instrumental score cues`).
        let number = |s: &Slot| {
            let mut words = s.text.split_whitespace();
            !s.text.chars().any(char::is_alphabetic)
                || words
                    .next()
                    .is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit()))
                    && words
                        .next()
                        .is_some_and(|w| w.starts_with(char::is_lowercase))
        };
        // Nor is an infobox's label (`Birthday | March 9, 1989`, `Company | A`).
        if !t.quoted && (super::find::credit_words(&t.text) || super::is_fact_label(&t.text))
            || number(t)
            || get(Role::Artist).is_some_and(number)
        {
            continue;
        }
        // A headline's marks in a name's slot (`시즌2 제작 논의 중…`, `시청률 10% 돌파`):
        // the line is a news headline in a related-news list, no row of songs.
        let cut = |s: &Slot| s.text.contains('…') || s.text.contains("...") || s.text.contains('%');
        if get(Role::Artist).is_some_and(cut) || get(Role::Drama).is_some_and(cut) {
            continue;
        }
        let mut artists = get(Role::Artist)
            .map(|s| s.text.clone())
            .unwrap_or_default();
        // `T – A / B`: a name of a person's shape beside the credit, a slash between
        // them, in the drama's slot or in none, is another singer (`T – A / D` names a
        // drama there).
        let ar = roles.iter().position(|r| *r == Role::Artist);
        let person = |s: &Slot| {
            !s.quoted
                && !s.bracket
                && evidence::performer(tables, &s.text) >= 0.6
                && evidence::drama(tables, &s.text) == 0.0
        };
        let second = ar.and_then(|a| {
            let after = l
                .slots
                .get(a + 1)
                .filter(|s| s.after_slash && roles[a + 1] != Role::Track && person(s));
            let before = a
                .checked_sub(1)
                .filter(|&b| l.slots[a].after_slash && roles[b] == Role::Drama)
                .map(|b| &l.slots[b])
                .filter(|s| person(s));
            after.or(before)
        });
        if let (Some(b), Some(a)) = (second, ar) {
            artists = if b.start < l.slots[a].start {
                format!("{}, {artists}", b.text)
            } else {
                format!("{artists}, {}", b.text)
            };
        }
        // A bracket after the artist slot that names a group (`Soyou [Sistar]`, `(EXO)`).
        for (i, (s, r)) in l.slots.iter().zip(roles).enumerate() {
            if *r == Role::Other
                && s.bracket
                && s.cue != "ft"
                && i > 0
                && roles[i - 1] == Role::Artist
                && evidence::performer(tables, &s.text) > 0.0
            {
                artists = format!("{artists} ({})", s.text);
            }
            if *r == Role::Other && s.cue == "ft" {
                artists = if artists.is_empty() {
                    s.text.clone()
                } else {
                    format!("{artists}, {}", s.text)
                };
            }
        }
        // A bracket that calls its name a drama (`(from the drama “D”)`) names it on
        // its line, whatever the layout's other lines hold there (`(pre-release)`).
        let called = || {
            l.slots
                .iter()
                .zip(roles)
                .find(|(s, r)| s.cue == "drama" && **r == Role::Other)
                .map(|(s, _)| s)
        };
        let mut drama = get(Role::Drama)
            .filter(|d| second.is_none_or(|b| !std::ptr::eq(*d, b)))
            .or_else(called)
            .map(|s| strip_network(&s.text));
        // `호텔 델루나 헤이즈 ‘T’`, `D (alias) A B ‘T’`: a forum's line names the drama
        // before its singer, one run with no mark between them; the known title opening
        // the credit is the drama, the rest the singer.
        if drama.is_none() {
            if let Some((d, rest)) = drama_before_singer(&artists, tables) {
                drama = Some(d);
                artists = rest;
            }
        }
        // `Always, Yoon Mi-rae | D, Pt. 1 | …`: a player's title cell holds the track and,
        // after a comma, its singers, when the layout has no singer's column.
        // (Two lines of the layout or more hold such a cell: one line alone may be a
        // cast's names.)
        // (Asked once for each layout.)
        let mut title = t.text.as_str();
        let mut split_layout = || {
            *split_cells.entry(l.pattern.as_str()).or_insert_with(|| {
                let roles = &decided[&l.pattern];
                by_pattern[l.pattern.as_str()]
                    .iter()
                    .filter(|o| {
                        o.slots
                            .iter()
                            .zip(roles)
                            .find(|(_, r)| **r == Role::Track)
                            .is_some_and(|(s, _)| title_then_singers(&s.text, tables).is_some())
                    })
                    .nth(1)
                    .is_some()
            })
        };
        if artists.is_empty() && !t.quoted && get(Role::Artist).is_none() && split_layout() {
            if let Some((track, singers)) = title_then_singers(title, tables) {
                title = track;
                artists = singers.to_string();
            }
        }
        let start = l.slots.first().map(|s| s.start).unwrap_or(0);
        let end = l.slots.last().map(|s| s.end).unwrap_or(0);
        let mut song = Song::new(
            l.line,
            start,
            end,
            title,
            &artists,
            rule_id(roles, l),
            t.quoted,
            true,
        );
        song.drama = drama;
        song.layout = Some(l.pattern.clone());
        song.layout_lines = by_pattern[l.pattern.as_str()].len()
            + shared.get(l.pattern.as_str()).copied().unwrap_or(0);
        song.item = l.item;
        songs.push(song);
    }
    (songs, decided)
}

/// Cards: items stacked on lines of their own, a marked title line (`## T`, `3. T`) over
/// one to three short lines (its singer, its drama, a year), as a page's cards or a
/// listicle's items give them. Cards of the same height share a layout, decided as a
/// line layout's is, from the evidence of all of them: one card alone is no layout.
/// `has_song` marks the lines other readers hold already (a line layout's songs are no
/// such hold: a card's lines read one by one are poor evidence). With the songs, the
/// lines the cards take.
pub fn cards(
    lines: &[super::ReadLine],
    has_song: &[bool],
    tables: &Tables,
) -> (Vec<Song>, Vec<std::ops::Range<usize>>) {
    use super::LineKind;
    use crate::segment::strip_marker;
    // A label's line (`Image Source : tvN`, `Artist: A`) is read as a label, no card's.
    let short = |l: &super::ReadLine| {
        let t = strip_marker(&l.line.text).trim();
        let words = t.split_whitespace().count();
        let v = View {
            text: &l.line.text,
            p: &l.pieces,
        };
        (1..=8).contains(&words)
            && !t.ends_with(['.', '!', '?', ':'])
            && !l.row
            && !l.credit
            && !t.contains(" | ")
            && super::label(&v).is_none()
            && !evidence::cast_line(&l.line.text, tables)
    };
    // Each card: its lines, from a marked title through the short unmarked lines under it.
    let mut found: Vec<std::ops::Range<usize>> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let l = &lines[i];
        if !(l.line.marked && short(l) && !has_song[i]) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < lines.len()
            && j - i < 4
            && lines[j].line.kind == LineKind::Heading
            && !lines[j].line.marked
            && short(&lines[j])
            && !has_song[j]
        {
            j += 1;
        }
        if j - i >= 2 {
            found.push(i..j);
        }
        i = j;
    }
    let card_slots = |r: &std::ops::Range<usize>| SlotLine {
        line: r.start,
        slots: r.clone().map(|k| line_slot(&lines[k])).collect(),
        pattern: format!("card{}", r.len()),
        item: false,
    };
    let mut songs = Vec::new();
    let mut taken = Vec::new();
    for height in 2..=4 {
        let same: Vec<&std::ops::Range<usize>> =
            found.iter().filter(|r| r.len() == height).collect();
        if same.len() < 3 {
            continue;
        }
        let mut layouts: Vec<SlotLine> = same.iter().map(|r| card_slots(r)).collect();
        // A line most cards repeat word for word (`곡정보`, `Listen`) is the page's label,
        // no name.
        for k in 0..height {
            let mut texts: FxHashMap<&str, usize> = FxHashMap::default();
            for l in &layouts {
                *texts.entry(l.slots[k].text.as_str()).or_default() += 1;
            }
            let label: Vec<String> = texts
                .into_iter()
                .filter(|&(_, n)| n >= 3 && 2 * n >= layouts.len())
                .map(|(t, _)| t.to_string())
                .collect();
            for l in &mut layouts {
                if label.contains(&l.slots[k].text) {
                    l.slots[k].plain = true;
                }
            }
        }
        let refs: Vec<&SlotLine> = layouts.iter().collect();
        let roles = decide(&refs, tables, &Evidence::none(&FxHashMap::default()));
        let Some(t) = roles.iter().position(|r| *r == Role::Track) else {
            continue;
        };
        // A card of a title and its singer alone is a stacked item, whose drama the text
        // around it gives ([`super::stacked`]): a card layout names its drama.
        if !roles.contains(&Role::Drama) {
            continue;
        }
        // Each card names its own song: a title that comes back (`곡정보` under each
        // song of a store's page) is a link's.
        let mut titles: Vec<String> = layouts.iter().map(|l| key(&l.slots[t].text)).collect();
        titles.sort();
        titles.dedup();
        if titles.len() < layouts.len() {
            continue;
        }
        let slot = |l: &SlotLine, r: Role| {
            roles
                .iter()
                .position(|x| *x == r)
                .map(|k| l.slots[k].text.clone())
        };
        for (r, l) in same.iter().zip(&layouts) {
            let track = &l.slots[t];
            let mut song = Song::new(
                r.start + t,
                track.start,
                track.end,
                &track.text,
                &slot(l, Role::Artist).unwrap_or_default(),
                "list.card",
                track.quoted,
                true,
            );
            // `Guardian: The Lonely and Great God (Goblin)`: the title before its other name.
            song.drama = slot(l, Role::Drama).map(|d| {
                let d = strip_network(&strip_ost(&d));
                trailing_bracket(&d)
                    .map(|(name, _)| name.to_string())
                    .unwrap_or(d)
            });
            song.layout = Some(l.pattern.clone());
            songs.push(song);
            taken.push((*r).clone());
        }
    }
    (songs, taken)
}

/// A card's line as one slot: its text without the marker, quotes or a year's bracket
/// (`Goblin (2016)` is `Goblin`, of a year).
fn line_slot(l: &super::ReadLine) -> Slot {
    let text = l.line.text.as_str();
    let body = crate::segment::strip_marker(text).trim_start();
    let start = text.len() - body.len();
    let body = body.trim_end();
    // A year's bracket dates the name; any other stays (a singer's group).
    let (name, year) = match trailing_bracket(body) {
        Some((name, inner)) if inner.chars().filter(char::is_ascii_digit).count() >= 4 => {
            (name, true)
        }
        _ => (body, false),
    };
    let quoted = super::quoted_whole(name).is_some();
    let bare = super::quoted_whole(name).unwrap_or(name);
    let (bare, cue) = match singer_credited(bare) {
        Some(singer) => (singer, "credit"),
        None => (bare, ""),
    };
    Slot {
        start,
        end: start + name.len(),
        text: bare.to_string(),
        quoted,
        bracket: false,
        ost: has_ost(bare),
        year,
        cue,
        mark: if quoted {
            name.chars().next().unwrap_or(' ')
        } else {
            ' '
        },
        // Lowercase words only, as a line layout's slot is plain (`aespa` is a run).
        plain: !l.pieces.is_empty() && l.pieces.iter().all(|p| p.kind == Kind::Word),
        after_slash: false,
    }
}

/// The rule id of a layout: the order of its roles (`list.artist_title_drama`).
fn rule_id(roles: &[Role], l: &SlotLine) -> &'static str {
    let order: Vec<Role> = roles
        .iter()
        .copied()
        .filter(|r| *r != Role::Other)
        .collect();
    let by = l.slots.iter().any(|s| s.cue == "by");
    match order.as_slice() {
        [Role::Track, Role::Artist] if by => "list.title_by_artist",
        [Role::Track, Role::Artist] => "list.title_artist",
        [Role::Artist, Role::Track] => "list.artist_title",
        [Role::Track, Role::Artist, Role::Drama] if by => "list.title_by_artist_drama",
        [Role::Track, Role::Artist, Role::Drama] => "list.title_artist_drama",
        [Role::Artist, Role::Track, Role::Drama] => "list.artist_title_drama",
        [Role::Drama, Role::Artist, Role::Track] => "list.drama_artist_title",
        [Role::Drama, Role::Track, Role::Artist] => "list.drama_title_artist",
        [Role::Track, Role::Drama, Role::Artist] => "list.title_drama_artist",
        [Role::Artist, Role::Drama, Role::Track] => "list.artist_drama_title",
        [Role::Track, Role::Drama] => "list.title_drama",
        [Role::Drama, Role::Track] => "list.drama_title",
        _ => "list.slots",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::pieces::lex;

    fn read_lines(text: &str) -> Vec<(String, String, Option<String>)> {
        let t = Tables::builtin();
        let lines: Vec<SlotLine> = text
            .lines()
            .enumerate()
            .filter_map(|(i, l)| {
                let p = lex(l);
                let v = View { text: l, p: &p };
                slots(
                    i,
                    &v,
                    crate::segment::strip_marker(l).as_ptr() as usize - l.as_ptr() as usize,
                    false,
                    &t,
                )
            })
            .collect();
        read(&lines, &t, &Evidence::none(&Default::default()))
            .0
            .into_iter()
            .map(|s| (s.track, s.artists, s.drama))
            .collect()
    }

    /// Asserts the title and credit of each song [`read_lines`] reads.
    fn assert_pairs(text: &str, want: &[(&str, &str)]) {
        let got = read_lines(text);
        let pairs: Vec<(&str, &str)> = got
            .iter()
            .map(|(t, a, _)| (t.as_str(), a.as_str()))
            .collect();
        assert_eq!(pairs, want, "{text}");
    }

    #[test]
    fn a_rank_s_note_in_brackets_is_no_slot() {
        for inner in ["overall No. 9", "#3", "No.1", "2nd place", "Ranked 4"] {
            assert!(rank_note(inner), "{inner}");
        }
        for inner in ["No Doubt", "No. 1 Fan Club", "Goblin", "2016", "Part 3"] {
            assert!(!rank_note(inner), "{inner}");
        }
        // `#1 (overall No. 9) — “T” — A`: the item's slots are the song's and the singer's.
        let text = "#1 (overall No. 9) — “Glass Door” — Park Ha-eun\n\
                    #2 (overall No. 14) — “Tide” — Kim Do-yun\n";
        assert_pairs(
            text,
            &[("Glass Door", "Park Ha-eun"), ("Tide", "Kim Do-yun")],
        );
        let got = read_lines(text);
        assert!(got.iter().all(|(_, _, d)| d.is_none()), "{got:?}");
    }

    #[test]
    fn a_quote_s_name_in_the_other_script_is_no_slot_before_its_credit() {
        let got = read_lines(
            "1. “Salt Road” (소금길) — Park Ha-eun\n\
             2. “밤버스” (Night Bus) — Kim Do-yun\n\
             3. “Tide” (파도) — Lee Seo-ah\n",
        );
        assert_eq!(
            got,
            [
                ("Salt Road".into(), "Park Ha-eun".into(), None),
                ("밤버스".into(), "Kim Do-yun".into(), None),
                ("Tide".into(), "Lee Seo-ah".into(), None),
            ]
        );
        // With no credit after it, the bracket in the other script is the singer's.
        let got = read_lines("1. “Salt Road” (박하은)\n2. “Tide” (이서아)\n");
        let singers: Vec<&str> = got.iter().map(|(_, a, _)| a.as_str()).collect();
        assert_eq!(singers, ["박하은", "이서아"]);
    }

    #[test]
    fn an_award_s_verdict_labels_no_slot() {
        // (The credit's comma goes when the record is written.)
        let got: Vec<_> = read_lines(
            "Winner: Park Ha-eun, “Glass Door” (Winter Harbour)\n\
             Winner: Kim Do-yun, “Tide” (Blue Lighthouse)\n",
        )
        .into_iter()
        .map(|(t, a, d)| (t, a.trim_end_matches(',').to_string(), d))
        .collect();
        assert_eq!(
            got,
            [
                (
                    "Glass Door".into(),
                    "Park Ha-eun".into(),
                    Some("Winter Harbour".into())
                ),
                (
                    "Tide".into(),
                    "Kim Do-yun".into(),
                    Some("Blue Lighthouse".into())
                )
            ]
        );
        assert!(verdict("Also nominated") && verdict("수상") && !verdict("Goblin"));
    }

    #[test]
    fn a_line_that_lost_a_badges_slot_is_weighed_without_it() {
        // `T | 19금 | A` keeps two slots under a pattern of three roles.
        let mut credits = FxHashMap::default();
        credits.insert("glassdoor".to_string(), vec!["parkhaeun".to_string()]);
        let keys = ["glassdoor".to_string(), "parkhaeun".to_string()];
        let roles = [Role::Track, Role::Other, Role::Artist];
        assert_eq!(credited_elsewhere(&keys, &roles, &credits), 0.0);
        assert_eq!(
            credited_elsewhere(&keys, &[Role::Track, Role::Artist], &credits),
            2.0
        );
    }

    #[test]
    fn a_list_learns_its_column_order_from_the_names_it_knows() {
        // Only the first line names a known singer; the others follow its order.
        let got = read_lines(
            "1. EXO - Lantern Light\n2. Mira Dove - Sea of Stars\n3. Pale Coast - Quiet Harbour\n",
        );
        assert_eq!(got[1].0, "Sea of Stars");
        assert_eq!(got[1].1, "Mira Dove");
        let got = read_lines("1. Lantern Light - Kim Seo-yeon\n2. Sea of Stars - Mira Dove\n");
        assert_eq!(got[1].0, "Sea of Stars");
    }

    #[test]
    fn a_run_of_lines_in_its_own_order_is_read_in_it() {
        // Two posters, two orders: the second's known singers turn its own lines.
        let thread = "Lantern Light - Kim Seo-yeon (Winter Harbor)\n\
                      Sea of Stars - Park Ha-eun (Winter Harbor)\n\
                      Quiet Harbour - Jo Min-ji (Winter Harbor)\n\
                      Reply from a second reader.\n\
                      I keep it classic this year.\n\
                      My own five, then.\n\
                      EXO - Paper Boats (Salt Road)\n\
                      Taeyeon - Glass Rain (Salt Road)\n";
        let got = read_lines(thread);
        let pairs: Vec<(&str, &str)> = got.iter().map(|g| (g.0.as_str(), g.1.as_str())).collect();
        assert_eq!(
            pairs,
            [
                ("Lantern Light", "Kim Seo-yeon"),
                ("Sea of Stars", "Park Ha-eun"),
                ("Quiet Harbour", "Jo Min-ji"),
                ("Paper Boats", "EXO"),
                ("Glass Rain", "Taeyeon")
            ]
        );
        // One line alone is poor evidence: it keeps the article's order.
        let one = thread.replace("Taeyeon - Glass Rain (Salt Road)\n", "");
        let got = read_lines(&one);
        assert_eq!(got[3].0, "EXO", "{got:?}");
    }

    #[test]
    fn a_bracket_that_calls_its_name_a_drama_names_it_on_its_line() {
        // The other line's bracket is a note; this one's words say it is the drama.
        let got = read_lines(
            "11. Lantern Light — Kim Seo-yeon (from the drama \"Winter Harbor\")\n12. Sea of Stars — Park Ha-eun (pre-release)\n",
        );
        assert_eq!(got[0].2.as_deref(), Some("Winter Harbor"), "{got:?}");
        assert_eq!(got[1].2, None, "{got:?}");
    }

    #[test]
    fn a_korean_items_names_of_several_words_are_its_slots() {
        let got = read_lines(
            "1. 우산 두 개 - 윤하 / 안개 속 편의점 OST\n2. 그때 그 아인 - 김필 / 안개 속 편의점 OST\n",
        );
        let tracks: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(tracks, ["우산 두 개", "그때 그 아인"], "{got:?}");
        // A sentence with a slash in it ends on its verb: prose.
        let got = read_lines("1. 오늘은 비가 와서 우산 두 개를 / 챙겨 나갔어요\n");
        assert!(got.is_empty(), "{got:?}");
        // A title that reads as a clause, glossed in English: a title all the same, and
        // its gloss no part of its words.
        let got = read_lines(
            "01:10 유리문 - 권하늘\n05:20 푸른 바다로 너에게 가겠다 (I Will Go To You by the Sea) - 윤하\n",
        );
        let tracks: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(
            tracks,
            [
                "유리문",
                "푸른 바다로 너에게 가겠다 (I Will Go To You by the Sea)"
            ],
            "{got:?}"
        );
    }

    #[test]
    fn a_players_title_cell_holds_the_track_and_its_singers() {
        // A streaming page's rows: the title cell's singers after its comma.
        let got = read_lines(
            "1. Paper Moon, Heize | Winter Harbor, Pt. 1 (Original Television Soundtrack) | Mar 3, 2023 | 3:21\n\
             2. Love, Maybe, Crush, Davichi | Winter Harbor, Pt. 2 (Original Television Soundtrack) | Mar 3, 2023 | 3:40\n",
        );
        let pairs: Vec<(&str, &str)> = got.iter().map(|g| (g.0.as_str(), g.1.as_str())).collect();
        assert_eq!(
            pairs,
            [("Paper Moon", "Heize"), ("Love, Maybe", "Crush, Davichi")],
            "{got:?}"
        );
        // One such line alone may be a cast's names: it stays as it is.
        let got = read_lines("Winter Harbor [tvN 2025] - Paper Moon, Heize\n");
        assert!(got.iter().all(|g| g.1.is_empty()), "{got:?}");
    }

    #[test]
    fn a_cover_list_s_original_singer_is_the_credit() {
        assert_pairs(
            "03:05 Winter Harbour — Tide (orig. Park Ha-eun & Kim Do-yun)\n\
             06:30 Blue Lighthouse — Lantern (Originally by Cha Min)\n",
            &[("Tide", "Park Ha-eun & Kim Do-yun"), ("Lantern", "Cha Min")],
        );
        // A remake's credit keeps its singer; the original's bracket stays with it.
        let got = read_lines("1. Youth — Kim Ha-ram (orig. Sanwoollim)\n2. Tide — Jo Ha\n");
        assert_eq!(got[0].1, "Kim Ha-ram", "{got:?}");
    }

    #[test]
    fn a_parts_label_and_a_staff_brackets_vocal_entry_in_korean_items() {
        // `파트1 A - T`: the label opens no name.
        let got = read_lines("파트1 이담휘 - 그림자 궤도\n파트2 윤하 - 푸른 밤\n");
        assert_eq!(
            (got[0].0.as_str(), got[0].1.as_str()),
            ("그림자 궤도", "이담휘"),
            "{got:?}"
        );
        // `D ost part2 A - T`: the singer after the part is a slot of their own.
        let got = read_lines(
            "3. 열두 번째 계절 ost part2 차은결 - 눈 오는 날\n4. Winter Harbor OST Part 3 Jo Ha - Night Bus\n",
        );
        assert_eq!(
            got[0],
            (
                "눈 오는 날".into(),
                "차은결".into(),
                Some("열두 번째 계절".into())
            ),
            "{got:?}"
        );
        assert_eq!(got[1].1, "Jo Ha", "{got:?}");
        // `《T》 (작사 A·작곡 B·노래 C & D)`: the staff's vocal entry is the credit.
        let got = read_lines(
            "5. 《겨울을 건너》 (작사 서하린·작곡 박도현·노래 유채린 & 정우진)\n6. 《작은 발자국》 (작사 김하나·노래 온새미로)\n",
        );
        assert_eq!(
            (got[0].0.as_str(), got[0].1.as_str()),
            ("겨울을 건너", "유채린 & 정우진"),
            "{got:?}"
        );
    }

    #[test]
    fn a_singers_infobox_labels_are_no_titles() {
        let got = read_lines(
            "Birthday | March 9, 1991\nCompany | Lantern Entertainment\nDebut | 2012 with Mira Dove\n",
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_bracket_on_one_line_of_a_list_is_a_note_on_its_name() {
        // The other lines fix the order; the bracket does not make the line a new layout.
        let list = "1. \"Paper Boats\" – Mira Dove – 3:41\n\
                    2. \"Low Tide\" – Sol (NOVA RAIN) – 3:55\n\
                    3. \"Glass Rain\" – Kim Seo-yeon – 4:02\n";
        let got = read_lines(list);
        assert_eq!(
            got[1],
            ("Low Tide".into(), "Sol (NOVA RAIN)".into(), None),
            "{got:?}"
        );
        // Without the other lines there is no layout to follow.
        let alone = read_lines("2. \"Low Tide\" – Sol (NOVA RAIN) – 3:55\n");
        assert_ne!(alone[0].1, "Sol (NOVA RAIN)", "{alone:?}");
    }

    #[test]
    fn a_bracket_opened_by_from_names_the_drama_without_the_word() {
        let got = read_lines(
            "Heize - Hush (from Goblin)\nMira Dove - Sea of Stars (from the drama Winter Harbor)\n",
        );
        assert_eq!(
            got[0],
            ("Hush".into(), "Heize".into(), Some("Goblin".into()))
        );
        assert_eq!(got[1].2.as_deref(), Some("Winter Harbor"), "{got:?}");
        // A bracket of another kind keeps its words.
        let got = read_lines("Mira Dove - Sea of Stars (Winter Harbor)\n");
        assert_eq!(got[0].2.as_deref(), Some("Winter Harbor"), "{got:?}");
    }

    #[test]
    fn a_bracket_that_opens_with_a_quoted_title_holds_the_title_and_the_drama() {
        let got = read_lines(
            "- Ari Moon (\"Glass Vial\", Night Pharmacy)\n- Daniel Seo of NOVA9 (“Orchard Road”, Orchard of Silence, 2021)\n",
        );
        assert_eq!(
            got,
            [
                (
                    "Glass Vial".into(),
                    "Ari Moon".into(),
                    Some("Night Pharmacy".into())
                ),
                (
                    "Orchard Road".into(),
                    "Daniel Seo of NOVA9".into(),
                    Some("Orchard of Silence".into())
                ),
            ]
        );
    }

    #[test]
    fn a_version_or_score_tag_is_no_slot() {
        let got = read_lines(
            "1. Gulls – Nam Gyeo-ul\n2. Harbor Master (Score) – Bae Seung-hwan\n3. Low Tide (Inst.) – Mira Dove\n",
        );
        assert!(got.iter().all(|s| s.2.is_none()), "{got:?}");
        assert_eq!(got[1].1, "Bae Seung-hwan", "{got:?}");
    }

    #[test]
    fn a_kickers_opener_word_is_no_drama() {
        for line in [
            "Watch: “Glass Door” – Park Ha-eun\n",
            "Recap: “Glass Door” – Park Ha-eun\n",
        ] {
            let got = read_lines(line);
            assert_eq!(got[0].2, None, "{got:?}");
        }
        let got = read_lines("Winter Harbor: “Glass Door” – Park Ha-eun\n");
        assert_eq!(got[0].2.as_deref(), Some("Winter Harbor"), "{got:?}");
    }

    #[test]
    fn a_headline_in_a_related_news_list_is_no_row_of_songs() {
        let got = read_lines(
            "- '유리 항구' 김하늘, 박서준 \"시즌2 제작 논의 중…\"\n- '소금 바다' 이서아, 최민호 \"시청률 10% 돌파\"\n- '겨울 정원' 한지우, 윤도현 \"현장 분위기 최고\"\n",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "겨울 정원", "{got:?}");
        // An ellipsis in a title is the title's.
        let got = read_lines("1. “Wait…” – Kim Na-young\n2. “Snowfall” – Yang Da-il\n");
        assert_eq!(got.len(), 2, "{got:?}");
    }

    #[test]
    fn a_persons_name_after_a_credit_and_a_slash_is_another_singer() {
        let got = read_lines("1. “Snowfall” – Kim Na-young / Yang Da-il\n");
        assert_eq!(got[0].1, "Kim Na-young, Yang Da-il", "{got:?}");
        assert_eq!(got[0].2, None, "{got:?}");
        // A title in that slot is the drama.
        let got = read_lines("1. “Glass Door” – Park Ha-eun / Winter Harbor\n");
        assert_eq!(got[0].1, "Park Ha-eun", "{got:?}");
        assert_eq!(got[0].2.as_deref(), Some("Winter Harbor"), "{got:?}");
    }

    #[test]
    fn a_lyric_or_a_posts_list_nouns_make_no_song_line() {
        for line in [
            "“바다를 건너 너에게” (가사 일부)",
            "\"Across the sea to you\" (lyrics)",
        ] {
            let got = read_lines(&format!("## 겨울 항구\n{line}\n"));
            assert!(got.is_empty(), "{line}: {got:?}");
        }
        // A post's own list nouns around a drama are neither title nor singer.
        for line in ["드라마 ‘겨울 항구’ OST 정리", "‘겨울 항구’ OST 명곡 모음"]
        {
            let got = read_lines(&format!("{line}\n"));
            assert!(got.is_empty(), "{line}: {got:?}");
        }
        // A lyricist's credit is no label of a lyric.
        let got = read_lines("“Salt Road” (Lyrics by Lee Dan) - Kim Seo-yeon\n");
        assert_eq!(got[0].0, "Salt Road", "{got:?}");
    }

    #[test]
    fn a_numbered_name_and_a_korean_title_that_reads_as_a_clause() {
        let got = read_lines("## 겨울 항구 OST\n1. 박하은 - 내 맘을 볼 수 있나요\n2. 김도윤 - 기억해줘요 내 모든 날과 그때를\n");
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(
            (got[0].0.as_str(), got[0].1.as_str()),
            ("내 맘을 볼 수 있나요", "박하은")
        );
        // Unnumbered, a dash before a clause is a remark's.
        let got =
            read_lines("## 겨울 항구 OST\n안녕 - 다음엔 2010년대 편으로 돌아올게요 다들 안녕\n");
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_drama_in_brackets_with_its_year() {
        for line in [
            "1. Mira Dove — “Paper Moon” (Winter Harbor, 2019)",
            "“Paper Moon” – Mira Dove (Winter Harbor 2019)",
        ] {
            let got = read_lines(&format!("{line}\n"));
            assert_eq!(
                got[0].2.as_deref(),
                Some("Winter Harbor"),
                "{line}: {got:?}"
            );
        }
    }

    #[test]
    fn a_bracket_of_a_group_the_tables_do_not_know_stays_with_its_singer() {
        for text in [
            "## 겨울 항구 OST\n- Part.1 「소금길」 - 서하(새벽별)\n- Part.2 「유리문」 - 박하은\n",
            "## Winter Harbor OST\n04. Salt Road - Kim Seo-yeon (NORTHSTAR)\n05. Glass Door - Mira Dove\n",
        ] {
            let got = read_lines(text);
            assert!(got.iter().all(|r| r.2.is_none()), "{text}: {got:?}");
            assert!(got[0].1.contains('('), "{text}: {got:?}");
        }
        // A bracket apart from the name, not in capitals, is as often the drama.
        let got = read_lines("1. Salt Road - Kim Seo-yeon (Winter Harbor)\n2. Glass Door - Mira Dove (Winter Harbor)\n");
        assert_eq!(got[0].2.as_deref(), Some("Winter Harbor"), "{got:?}");
    }

    #[test]
    fn a_parts_number_fills_no_slot() {
        let got = read_lines("· Part.1 ‘노을빛 고백’ – 김하늘\n· Part.2 ‘유리문’ – 박서준\n");
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got.iter().all(|s| s.2.is_none()), "{got:?}");
        assert_eq!(
            (got[0].0.as_str(), got[0].1.as_str()),
            ("노을빛 고백", "김하늘")
        );
    }

    #[test]
    fn a_name_with_its_broadcaster_in_brackets_is_the_drama_slot() {
        let got = read_lines(
            "4. Umbrella Policy — Kang Rin | Part-Time Hearts (KBS2)\n5. Sleet — Jang Mi-rae | The Quiet Heir (tvN)\n8. Monsoon Letter — Ko Eun-seo | Later (Coupang Play)\n",
        );
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(
            got[2],
            (
                "Monsoon Letter".to_string(),
                "Ko Eun-seo".to_string(),
                Some("Later".to_string())
            )
        );
    }

    #[test]
    fn an_episodes_number_fills_no_slot() {
        for slot in ["Episode 4", "Ep. 12", "Episodes 9", "eps 3", "16회"] {
            assert!(is_episode(slot), "{slot}");
        }
        for slot in ["Epilogue", "Eps and Highs", "Episode of Spring"] {
            assert!(!is_episode(slot), "{slot}");
        }
    }

    #[test]
    fn a_studio_credit_is_no_song() {
        let got = read_lines("Piano by Jeong Min-ho\nComposed & Arranged by Kim Ha-na, Lee Do\nMixed by Park Seo-yun\n");
        assert!(got.is_empty(), "{got:?}");
        // Nor is a page's own credit.
        let got = read_lines(
            "Plot Synopsis by DramaWiki Staff\nTranslation by Kim Ha-na\nRecommended by 12 users\n",
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_featured_singer_joins_the_credit_before_it() {
        let got = read_lines("1. “Paper Moon” – Mira Dove (feat. Kim Seo-yeon)\n");
        assert_eq!(
            (got[0].0.as_str(), got[0].1.as_str()),
            ("Paper Moon", "Mira Dove, Kim Seo-yeon")
        );
        let got = read_lines("- Mira Dove (feat. Kim Seo-yeon) – “Paper Moon”\n");
        assert_eq!(
            (got[0].0.as_str(), got[0].1.as_str()),
            ("Paper Moon", "Mira Dove, Kim Seo-yeon")
        );
    }

    #[test]
    fn a_duet_partner_after_with_joins_the_credit() {
        for line in [
            "1. “Paper Moon” (with Kim Seo-yeon) – Mira Dove\n",
            "1. Mira Dove – “Paper Moon” (with Kim Seo-yeon)\n",
        ] {
            let got = read_lines(line);
            assert_eq!(
                (got[0].0.as_str(), got[0].1.as_str(), got[0].2.as_deref()),
                ("Paper Moon", "Mira Dove, Kim Seo-yeon", None),
                "{line}"
            );
        }
        // An arrangement is no singer.
        let got = read_lines("1. Mira Dove – “Paper Moon” (with strings)\n");
        assert_eq!(got[0].1, "Mira Dove", "{got:?}");
    }

    #[test]
    fn a_part_label_and_a_singers_role_word_open_the_credit() {
        let got = read_lines("▶ OST Part.5 가수 권하람 - 작은 섬 (Feat. 민들레)\n");
        assert_eq!(
            (got[0].0.as_str(), got[0].1.as_str()),
            ("작은 섬", "권하람, 민들레"),
            "{got:?}"
        );
        let got = read_lines("Singer Kim Ha-na: Blue Lanterns\n");
        assert_eq!(
            (got[0].0.as_str(), got[0].1.as_str()),
            ("Blue Lanterns", "Kim Ha-na"),
            "{got:?}"
        );
        // A part label before a date is no credit.
        let got = read_lines("Autumn Post | Park Ri-on | OST Part 6 · Apr 13, 2021\n");
        assert_eq!(got[0].1, "Park Ri-on", "{got:?}");
    }

    #[test]
    fn a_row_from_another_work_is_no_drama_song() {
        for line in [
            "• “Bright Days” (with Jo Min-ho) — from the Cold Bay special album, 2019\n",
            "• “Bright Days” (with Jo Min-ho) — for the variety show Weekend Tent, 2020\n",
        ] {
            assert!(read_lines(line).is_empty(), "{line}");
        }
        // `from` a singer's group is no source.
        let got = read_lines("1. Sweet Dawn by Jae from ORBIT for Moon Harbor\n");
        assert_eq!(got[0].0, "Sweet Dawn", "{got:?}");
    }

    #[test]
    fn a_photos_source_is_no_slot() {
        for line in [
            "가수 윤하람 /사진=봄빛엔터테인먼트\n",
            "가수 윤하람. [사진=봄빛레코드 제공]\n",
            "재킷 이미지 | 사진: 봄빛뮤직\n",
        ] {
            let got = read_lines(line);
            assert!(got.iter().all(|s| !s.0.contains("사진")), "{line}: {got:?}");
        }
    }

    #[test]
    fn a_posts_counters_are_no_song() {
        for line in [
            "무명의 더쿠 | 15:32 | 조회 수 2,183",
            "Lantern Light | 3:53",
            "Started by nightowl, 08-19-2018 11:32 PM",
        ] {
            let got = read_lines(&format!("{line}\n"));
            assert!(
                got.iter().all(|s| !s.1.chars().any(|c| c.is_ascii_digit())),
                "{line}: {got:?}"
            );
        }
    }

    #[test]
    fn three_slots_in_any_order() {
        let got = read_lines("Park Ha-eun – “Glass Door” | “Winter Harbor”\n");
        assert_eq!(
            got[0],
            (
                "Glass Door".into(),
                "Park Ha-eun".into(),
                Some("Winter Harbor".into())
            )
        );
        let got = read_lines("Winter Harbor: Park Ha-eun – Glass Door\n");
        assert_eq!(got[0].0, "Glass Door");
        let got = read_lines("3) Glass Door - Park Ha-eun (Winter Harbor OST)\n");
        assert_eq!(
            got[0],
            (
                "Glass Door".into(),
                "Park Ha-eun".into(),
                Some("Winter Harbor".into())
            )
        );
        let got = read_lines("박하은 - 유리문 (KBS '겨울 항구' OST)\n");
        assert_eq!(got[0].2.as_deref(), Some("겨울 항구"));
    }

    #[test]
    fn a_bracket_that_ends_with_a_part_names_the_drama() {
        let got = read_lines(
            "Seo Ye-rin — “Paper Moon” (Heartbeat Clinic, Part 4)\nNight Bus — “Platform 2” (Between the Tides Pt. 2)\n",
        );
        assert_eq!(
            got[1],
            (
                "Platform 2".into(),
                "Night Bus".into(),
                Some("Between the Tides".into())
            ),
            "{got:?}"
        );
        assert_eq!(part_of("겨울 항구 파트 2"), Some("겨울 항구"));
        assert_eq!(part_of("Part 2"), None);
        assert_eq!(part_of("Heartbeat Clinic, 2024"), None);
    }

    #[test]
    fn a_dash_item_is_names_apart_by_one_dash_then_a_comment() {
        let item = |s: &str| dash_item(s, &lex(s));
        assert!(item("Glass Door - Park Ha-eun. I play it every morning."));
        assert!(item(
            "Salt Road – Kim Do-yoon (Winter Harbor). The bridge gets me."
        ));
        // One `by` between the names, as a credit.
        assert!(item(
            "Glass Door (Yuri Mun) by Park Ha-eun — Winter Harbor. It grew on me."
        ));
        assert!(!item(
            "Glass Door by Park Ha-eun by Jo Ha-na — Winter Harbor. Odd."
        ));
        // No comment after it: the line is a list's line or a heading already.
        assert!(!item("Glass Door - Park Ha-eun."));
        // Words of a sentence, quotes (read as prose), two dashes.
        assert!(!item("We listened all night - it was lovely. Really."));
        assert!(!item("“Glass Door” - Park Ha-eun. I play it daily."));
        assert!(!item("Winter Harbor - Glass Door - Park Ha-eun. Daily."));
    }

    #[test]
    fn prose_is_not_read_as_slots() {
        assert!(
            read_lines("We listened to it all night - it was lovely and we cried a lot.\n")
                .is_empty()
        );
    }
}
