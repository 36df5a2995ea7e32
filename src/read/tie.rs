//! Ties: each song gets its drama from the strongest tie available, in this order: its
//! own line (`for D`, `(D OST)`, a drama slot), its sentence, its item (a `Drama: D` line
//! under it), its section's drama heading, the drama named nearest before it, the
//! article's one drama. A generic heading (`Track list`) keeps the section's drama; only
//! a heading that names a drama changes it. Credits likewise: the sentence's subject, a
//! pronoun's last performer, the section's person heading.

use super::evidence;
use super::find::{self, strip_network, strip_ost, View};
use super::pieces::{self, Kind};
use super::{DramaMention, Reading, Song};
use crate::normalize::{has_hangul, is_alnum, is_hangul, key};
use crate::per_thread::PerThreadRegex;
use crate::segment::LineKind;
use crate::tables::Tables;
use aho_corasick::AhoCorasick;
use regex::Regex;
use std::sync::OnceLock;

/// The items of one line in a list in line order (the dramas, the songs' spots): found
/// by search, not by a scan of every line's.
fn on_line<T>(items: &[T], line: usize, line_of: impl Fn(&T) -> usize) -> &[T] {
    let from = items.partition_point(|x| line_of(x) < line);
    let rest = &items[from..];
    &rest[..rest.partition_point(|x| line_of(x) == line)]
}

/// Korean words that say what a name is (`가수 A`, `밴드 B`): the name after one is a
/// performer's.
const KO_ROLES: &[&str] = &[
    "가수",
    "배우",
    "밴드",
    "그룹",
    "싱어송라이터",
    "래퍼",
    "보컬",
    "멤버",
];

/// Headings that organise a list without naming a drama.
const GENERIC: &[&str] = &[
    "track list",
    "tracklist",
    "track listing",
    "songs",
    "playlist",
    "most",
    "top",
    "best",
    "conclusion",
    "introduction",
    "honorable",
    "honourable",
    "final",
    "verdict",
    "bonus",
    "mentions",
    "related",
    "more",
    "listen",
    "watch",
    "lyrics",
    "credits",
    "album",
    "part",
    "ost",
    "soundtrack",
    // A page's own sections (a wiki's or a fan site's).
    "supporting",
    "main",
    "disc",
    "cd",
    "singles",
    "trivia",
    "cast",
    "crew",
    "staff",
    "synopsis",
    "plot",
    "ratings",
    "awards",
    "references",
    "notes",
    "production",
    "music",
    "charts",
    "discography",
    "episodes",
    "reception",
    "summary",
    "overview",
    "comments",
    "gallery",
    "original",
    "contents",
    "discussion",
    "links",
    "sources",
    "footnotes",
    "must-listen",
    "recommended",
    "highlights",
    "tracks",
    "vocal",
    // A publication's own name or section (`The Second Lead Podcast`, `Issue #112`).
    "podcast",
    "newsletter",
    "digest",
    "issue",
    "edition",
    "roundup",
    "recap",
    "episode",
    "features",
    "mailbag",
    "interview",
    "수록곡",
    "트랙 리스트",
    "트랙리스트",
    "목차",
    "가사",
    "앨범",
    "개요",
    "음원",
    "미니 앨범",
    "등장인물",
    "줄거리",
    "시청률",
    "수상",
    "음악",
    "댓글",
    "갤러리",
    "각주",
    "기타",
    "상위 문서",
    "관련 문서",
    "여담",
    "비하인드",
    "총평",
    "기획의도",
    "관련 영상",
];

/// Whether a heading organises the page without naming a drama. An English entry is a
/// whole word (`OST` is no part of `Ghost`); a Hangul one a part of a word.
pub(super) fn generic(h: &str) -> bool {
    // The list as a set of its words and an automaton of its phrases (with a space, or in
    // Hangul), made on first use: every heading is asked, and a search of it for each
    // entry cost thousands of instructions a heading.
    static ENTRIES: OnceLock<(rustc_hash::FxHashSet<&str>, AhoCorasick)> = OnceLock::new();
    let (single, phrases) = ENTRIES.get_or_init(|| {
        let phrase = |g: &str| g.contains(' ') || has_hangul(g);
        (
            GENERIC.iter().copied().filter(|g| !phrase(g)).collect(),
            AhoCorasick::new(GENERIC.iter().filter(|g| phrase(g))).expect("the phrases compile"),
        )
    });
    let l = h.to_lowercase();
    let words: Vec<&str> = l
        .split(|c: char| !is_alnum(c) && c != '\'')
        .filter(|w| !w.is_empty())
        .collect();
    words.len() <= 6 && (words.iter().any(|w| single.contains(w)) || phrases.is_match(&l))
}

/// Whether a heading's text can be a title at all: not a question (`What OST lives
/// rent free in your head?`), a chat line (`좋아요ㅠㅠ`, `so good!!`), a byline (`By
/// Reporter A`, `Interview by A`), a date (`2024년 4월 셋째 주 차트`, `May 2, 2024`), a
/// time (`금토 밤 10시 30분`, `3 a.m.`), a page's contents on one line (`1. 개요 2.
/// 줄거리 3. 등장인물`) or a rank (`No.4`).
/// Whether a Korean heading is a writer's remark, no title: two sentences (`엔딩곡.
/// 메인테마 같은 느낌`), or a long clause joined by a connective (`끝나고 … 걷는 씬`,
/// `있어서 … 갈리던데`) or closed by a casual noun ending (`이거 듣고 입덕함`).
fn ko_remark(name: &str) -> bool {
    const JOINS: [&str; 7] = ["고", "면서", "어서", "아서", "해서", "는데", "던데"];
    const CLOSES: [&str; 3] = ["함", "임", "됨"];
    let words: Vec<&str> = name.split_whitespace().collect();
    has_hangul(name)
        && (name.contains(". ")
            || words.len() >= 4
                && (words[..words.len() - 1]
                    .iter()
                    .any(|w| has_hangul(w) && JOINS.iter().any(|j| w.ends_with(j)))
                    || words
                        .last()
                        .is_some_and(|w| CLOSES.iter().any(|c| w.ends_with(c)))))
}

fn names_a_title(body: &str) -> bool {
    static NOT_A_TITLE: PerThreadRegex = PerThreadRegex::new(|| {
        Regex::new(
            r"(?x)
            \?\W*$ | !! | \.\.\.\W*$ | [\u{3131}-\u{318E}]
            | ^(?:By|Posted|Written|Words|Photo|Photos)\s
            | \d\s*(?:년|월|일)(?:\s|$) | \d{4}\.\d{1,2}\.\d{1,2}
            | ^No\.\s*\d+$",
        )
        .unwrap()
    });
    // A date and a clock time, apart from the rest: their word boundaries are Unicode's,
    // which the fast engine gives up on in Korean text. Apart, the date's month names are
    // a literal prefilter, and the time is asked only of a body with a colon.
    static DATE: PerThreadRegex = PerThreadRegex::new(|| {
        Regex::new(
            r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}",
        )
        .unwrap()
    });
    static CLOCK: PerThreadRegex =
        PerThreadRegex::new(|| Regex::new(r"\b\d{1,2}:\d{2}\b").unwrap());
    // A time or a contents line holds a digit: asked only then (most headings hold none,
    // and a case-blind alternative slows the pattern for all).
    static TIME_OR_CONTENTS: PerThreadRegex = PerThreadRegex::new(|| {
        Regex::new(
            r"(?x)
            \d\s*(?:시|분)(?:\s|$)
            | (?i-u:\b\d{1,2}\s*[ap]\.?m\b)
            | \d\.\s+\S+(?:\s+\S+)?\s+\d\.\s",
        )
        .unwrap()
    });
    // A byline's staff word before `by` (`Interview by A`, `Compiled by B`).
    let mut words = body.split_whitespace();
    let byline = words.next().is_some_and(super::find::is_staff)
        && words.next().is_some_and(|w| w.eq_ignore_ascii_case("by"));
    let digit = body.bytes().any(|b| b.is_ascii_digit());
    !(byline
        || NOT_A_TITLE.is_match(body)
        || DATE.is_match(body)
        || body.contains(':') && CLOCK.is_match(body)
        || digit && TIME_OR_CONTENTS.is_match(body))
}

/// The drama a heading names, with its strength, or `None` for a heading that names
/// something else (a person, a generic list heading). The line holds no song.
pub(super) fn heading_drama(
    r: &Reading,
    i: usize,
    tables: &Tables,
    has_song: &[bool],
) -> Option<(String, f32)> {
    let l = &r.lines[i];
    let body = crate::segment::strip_marker(&l.line.text).trim();
    // `📺 드라마: D`, `→ D`: a pictograph or an arrow before the name is decoration.
    let body = body
        .trim_start_matches('#')
        .trim_start_matches(|c: char| pictograph(c) || matches!(c, '→' | '➡' | '▷' | '»'))
        .trim();
    // `D — JTBC, Fri–Sat 10:30 pm`: where and when it airs, a drama's facts.
    let aired = find::aired_from(body);
    let body = body[..aired.unwrap_or(body.len())].trim();

    // `기본정보 | 회차정보 | 출연진`, `Release | May 29, 2023`: a bar of tabs or a row of
    // cells, not a title; nor is a site's buttons (`전체메뉴  검색`), nor its breadcrumb
    // (`스포츠온 > 연예 > 방송`, `Home › Music`, its marks in cells of their own when
    // spaces laid it out: `Albums| >| OST`).
    if body.contains(" | ")
        || [" > ", " › ", " » "].iter().any(|b| body.contains(b))
        || body.split('|').any(|c| matches!(c.trim(), ">" | "›" | "»"))
        || body.split_whitespace().all(evidence::is_link_word)
    {
        return None;
    }
    // `[왕의 정원사]`: a title set in square brackets as a heading (a byline's `[A = B]`
    // has its mark inside).
    let body = match body.strip_prefix('[').and_then(|b| b.strip_suffix(']')) {
        Some(inner) if !inner.contains(['[', ']', '=', '@']) && !inner.trim().is_empty() => {
            inner.trim()
        }
        _ => body,
    };
    // `12. 겨울 끝에서 (Inst.)`: a track list's instrumental version is a track, no title
    // of a drama.
    if super::decide::instrumental(body) {
        return None;
    }
    // `IRIS (KBS Drama) OST (December 22)`: the name before its brackets and OST.
    let name = match body.find(" (") {
        Some(k) if k > 0 => &body[..k],
        _ => body,
    };
    let name = strip_network(&strip_ost(name));
    // `Season 1 (2020)`, `Part 2`: a part of the article's drama heads its songs, no title;
    // nor does a listicle's kind of song (`THE SOLO OSTs`; `Best Soundtrack (Film &
    // Variety)` is the bracket's).
    if find::numbered_part(&name) || find::listing(&name) && !body.contains(" (") {
        return None;
    }
    // `푸른 등대, Blue Lighthouse`: a Hangul title and its English one, the first the name.
    let name = match name.split_once(", ") {
        Some((ko, en)) if has_hangul(ko) && !has_hangul(en) && crate::shape::title_like(en) => {
            ko.to_string()
        }
        _ => name,
    };
    // `Catch Me, Detective Bae 잡아봐, 배형사`: the English title, then the Hangul one.
    let name = match name.find(is_hangul) {
        Some(at)
            if name[..at].ends_with(' ')
                && !name[at..].chars().any(|c| c.is_ascii_alphabetic())
                && crate::shape::title_like(&name[..at]) =>
        {
            name[..at].trim().to_string()
        }
        _ => name,
    };
    // `Release`, `Time`, `Style`: an infobox's or a table's label, whatever else it names.
    // `Barcode: 8804775301298`: a label's value without a letter is a number, no title.
    if super::is_fact_label(&name)
        || super::table::names_column(&name)
        || name
            .rsplit_once(':')
            .is_some_and(|(_, value)| !value.chars().any(char::is_alphabetic))
    {
        return None;
    }
    // `StarNest Entertainment News` over the headline: a page's masthead, above its
    // first paragraph, names the site.
    // A newsroom's byline (`Chartbeat K Data Desk`) names it wherever it stands.
    let desk = name.contains(' ') && name.rsplit(' ').next() == Some("Desk");
    if evidence::names_a_publication(&name)
        && r.lines[..i].iter().all(|l| l.line.kind != LineKind::Body)
        || desk
    {
        return None;
    }
    // `THANK YOU. I cried so hard at that ending …`: two sentences are a reply's prose
    // that lost its full stop, no heading.
    let words: Vec<&str> = body.split_whitespace().collect();
    let ends_sentence = |i: usize| {
        let w = words[i];
        let stem = w.trim_end_matches(['.', '!']);
        stem.len() < w.len()
            && stem.chars().count() >= 2
            && !stem.contains('.')
            && !crate::segment::abbreviation(w)
            && words[i + 1].starts_with(char::is_alphabetic)
    };
    if words.len() >= 8 && (0..words.len() - 3).any(ends_sentence) {
        return None;
    }
    // The heading's own mentions (the dramas are in line order).
    let here = on_line(&r.dramas, i, |d| d.line);
    // `◇ 하반기: ‘무빙’·‘연인’·‘이두나!’`: a heading of several dramas heads none of them
    // (its songs' own sentences name theirs). A gloss in brackets (`Hotel Del Luna
    // (호텔 델루나)`) names the same one.
    let text = &l.line.text;
    let gloss = |d: &DramaMention| {
        text.get(..d.start)
            .is_some_and(|b| b.trim_end().ends_with('('))
    };
    let mut named = here.iter().filter(|d| d.strength >= 0.5 && !gloss(d));
    if let Some(first) = named.next() {
        if named.any(|d| key(&d.name) != key(&first.name)) {
            return None;
        }
    }
    if let Some(d) = here.iter().max_by(|a, b| a.strength.total_cmp(&b.strength)) {
        // A known title that is also a word (`Last`, `시간`) names the section only as the
        // whole heading: in `Last updated 3 days ago` or `재생 시간` it is the word.
        if d.strength >= 0.5 || key(&d.name) == key(&name) {
            // A quoted heading's known title, with no other cue, may as well be a song's
            // (`"Sandglass"` over its paragraph on a soundtrack's page).
            let quoted_only =
                d.cue == "drama.known" && l.pieces.len() == 1 && l.pieces[0].kind == Kind::Quoted;
            let s = if quoted_only {
                d.strength
            } else {
                d.strength.max(0.8)
            };
            return Some((d.name.clone(), s));
        }
    }
    // `[Agency = Reporter]`, `[Photo = …]`: a bracketed byline, not a title.
    // `<저작권자 ⓒ 매체, 무단전재 및 재배포 금지>`: a page's notice.
    if body.starts_with(['[', '(']) || body.contains(['=', '@', 'ⓒ', '©']) {
        return None;
    }
    if !names_a_title(body) {
        return None;
    }
    // `Image Source : tvN`: a caption's label line names no drama.
    let v = View {
        text: &l.line.text,
        p: &l.pieces,
    };
    if super::label(&v).is_some_and(|(role, _, _)| role != super::layout::Role::Drama) {
        return None;
    }
    // A table's header row names its columns.
    if l.row {
        return None;
    }
    // A bracket with a date (`(December 22, 2009)`, `(2016)`) dates a work; one of its
    // episodes counts them (`(12 episodes)`).
    // So does its broadcaster alone (`MIDNIGHT PHARMACY (JTBC)`).
    let year = l.pieces.iter().any(|p| {
        let t = p.text(&l.line.text);
        p.kind == Kind::Bracket
            && (t.chars().filter(char::is_ascii_digit).count() >= 4
                || find::work_facts(t)
                || find::is_network(t.trim()))
    });
    // `4.1. 정규 OST`, `Special OST`: the album's kind, no title; nor is a clause
    // (`지난 두 달간 공개된 OST`).
    if key(&name).is_empty()
        || generic(&name) && !year
        || find::kind_only(&name)
        || find::has_ost(body) && find::ko_clause(&name)
        || ko_remark(&name)
        // `Seven OST Ballads`, `The 12 Best OSTs`: a ranking's count.
        || find::list_heading(&name, tables)
    {
        return None;
    }
    if super::find::describes_a_drama(&name, tables) {
        return None;
    }
    // A lone small word (`By`, `Next`) is a byline's or a link's, not a title; a
    // sentence's first word (`Every` of `Every OST from …`) is none either.
    if !name.contains(' ')
        && !has_hangul(&name)
        && (name.chars().count() < 4
            && !name.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
            || super::pieces::opener(&name))
    {
        return None;
    }
    // A Korean heading may hold a role word in its title, but is none as one word (`정보`).
    // `가수 한별, 새 OST 공개`: a headline's subject, said to be a singer, is no title.
    if name.split_whitespace().count() > 8
        || evidence::not_a_name(&name) && !has_hangul(&name)
        || has_hangul(&name) && evidence::is_role_word(&name)
        || has_hangul(&name)
            && name.contains(' ')
            && name
                .split_whitespace()
                .next()
                .is_some_and(evidence::is_role_word)
        // `박준호 기자`: a reporter's byline.
        || name
            .split_whitespace()
            .last()
            .is_some_and(|w| matches!(w, "기자" | "특파원" | "인턴기자" | "객원기자"))
    {
        return None;
    }
    // `■ 케이윌로 시작해 다비치로 마무리`: a Korean heading that names a known singer
    // with a particle after it that titles seldom hold speaks of the singer, no title
    // (`첫사랑의 문법` holds a group's name too).
    if has_hangul(&name)
        && name.contains(' ')
        && name.split_whitespace().any(|w| {
            ["으로", "로", "부터", "까지", "와", "과"]
                .iter()
                .filter_map(|p| w.strip_suffix(p))
                .any(|stem| stem.chars().count() >= 2 && tables.knows_performer(stem))
        })
    {
        return None;
    }
    // `Harbor Lights confirms special OST album`: a headline's words are in lowercase
    // where a title's are capitalised.
    if !has_hangul(&name)
        && !crate::shape::title_like(&name)
        && evidence::drama(tables, &name) == 0.0
        && !year
    {
        return None;
    }
    let mut s: f32 = 0.0;
    if year || aired.is_some() {
        s = s.max(0.8);
    }
    // `Winter Harbor OST Part 2`; not `Actors Who Sing the OST of Their Own Dramas`.
    if let Some(at) = body.find("OST") {
        if body[at..].split_whitespace().count() <= 3 {
            s = s.max(0.9);
        }
    }
    if evidence::drama(tables, &name) > 0.0 {
        s = s.max(0.9);
    }
    // The section's songs, up to the next heading.
    let below: Vec<usize> = (i + 1..(i + 4).min(r.lines.len()))
        .take_while(|&j| r.lines[j].line.kind != LineKind::Heading || has_song[j])
        .filter(|&j| has_song[j])
        .collect();
    // `2. Moon Tide` over `Kim Do-yoon’s “Salt Road”`: songs credited to someone else
    // make a person-shaped heading a title.
    let from = r.songs.partition_point(|o| o.line <= i);
    let credited_below = r.songs[from..]
        .iter()
        .take_while(|o| o.line < i + 4)
        .any(|o| {
            below.contains(&o.line)
                && o.drama.is_none()
                && evidence::performer(tables, &o.artists) >= 0.5
                && key(&o.artists) != key(&name)
        })
        // `Kim Do-yoon sings “Salt Road”` under it: a sentence's subject is credited
        // only later, but its name is there to read.
        || crate::shape::romanised_person(&name, tables) && below.iter().any(|&j| {
            let l = &r.lines[j];
            l.pieces.iter().take(2).any(|p| {
                let t = p.text(&l.line.text);
                p.kind == Kind::Run
                    && key(t) != key(&name)
                    && evidence::performer(tables, evidence::strip_particle(t)) >= 0.6
            })
        });
    // `Moon Tide (2022)`: a year after a name marks a drama even of a person's shape.
    let p = evidence::performer(tables, &name);
    if p >= 0.6 && s < 0.8 && !(credited_below && p < 1.0) {
        return None;
    }
    let quoted = l.pieces.len() == 1 && l.pieces[0].kind == Kind::Quoted;
    if quoted {
        s = s.max(0.7);
    }
    // The section's body names it again: the heading is its subject.
    let k = key(&name);
    let again = r.lines[i + 1..(i + 6).min(r.lines.len())]
        .iter()
        .take_while(|n| n.line.kind != LineKind::Heading || n.slots.is_some())
        .any(|n| key(&n.line.text).contains(&k));
    if again && k.chars().count() >= 3 {
        s = s.max(0.6);
    }
    // `2. Moon Tide` over a paragraph with a song: a listicle's item names its drama.
    // A Korean heading that ends as a sentence ends (`…뛰나요`, `…했다`) is a lyric or a
    // headline, not a title.
    // So does a post's clause in the nominal style of the web (`지금까지 나온 거 정리해 봄`).
    // (A pictograph after the sentence is its decoration: `… 라디오입니다 ☔`.)
    let sentence = has_hangul(&name)
        && (name
            .trim_end_matches(|c: char| pictograph(c) || c.is_whitespace())
            .ends_with(['요', '다', '까', '죠', '네'])
            || name.split_whitespace().last().is_some_and(|w| {
                ["봄", "함", "됨", "음", "임", "옴", "줌"].contains(&w)
                    || w.chars().count() >= 2 && (w.ends_with("했음") || w.ends_with("봤음"))
            }));
    // `신나는 곡도 하나쯤은 있어야죠`: a sentence of three words or more is a remark; so
    // are two polite sentences (`안녕하세요 물결이에요`, a post's greeting; a title's
    // sentences are plain, `미안하다 사랑한다`).
    let polite = |w: &str| {
        let w = w.trim_end_matches(|c: char| pictograph(c) || !is_alnum(c));
        w.ends_with('요') || w.ends_with("니다")
    };
    let greeting = name.split_whitespace().filter(|w| polite(w)).count() >= 2;
    if sentence && (name.split_whitespace().nth(2).is_some() || greeting) && !year {
        return None;
    }
    if (!below.is_empty() && p < 0.6 || credited_below && p < 1.0)
        && !evidence::not_a_name(&name)
        && !sentence
    {
        s = s.max(0.6);
    }
    // The article's first line, a name alone (with its brackets or `OST`): the page's
    // title. A headline (`Actors Who Sing the OST of …`) is more than a name. Korean
    // words are pieces of their own: together they are one name (`달빛 우체국`).
    let hangul = |p: &pieces::Piece| {
        matches!(p.kind, Kind::Run | Kind::Poss) && has_hangul(p.text(&l.line.text))
    };
    let alone = l
        .pieces
        .iter()
        .enumerate()
        .filter(|&(j, p)| {
            let glued_word = j > 0 && hangul(p) && hangul(&l.pieces[j - 1]);
            !(matches!(p.kind, Kind::Bracket | Kind::Ost) || glued_word)
        })
        .count()
        == 1;
    if i == 0 && alone && !sentence {
        s = s.max(0.5);
    }
    // `바람의 계절` over `방송 채널: KBS2` / `극본: A` / `출연: B`: the drama an infobox
    // under the heading describes.
    let facts = r.lines[i + 1..(i + 10).min(r.lines.len())]
        .iter()
        .filter(|n| super::drama_fact_line(&n.line.text))
        .count();
    if facts >= 2 {
        s = s.max(0.8);
    }
    s = s.max(0.3);
    Some((name, s))
}

/// The singer a heading names over a list of songs that name their own dramas and no
/// singer (`■ 린 (LYn)` over `- T / D (2012)`): a name's shape, or a short Hangul name
/// (one syllable will do), with its gloss in brackets.
fn singer_over_dramas(r: &Reading, i: usize, body: &str, tables: &Tables) -> Option<String> {
    let from = r.songs.partition_point(|s| s.line <= i);
    let end = (i + 1..r.lines.len())
        .find(|&j| r.lines[j].line.kind == LineKind::Heading && r.lines[j].slots.is_none())
        .unwrap_or(r.lines.len());
    let below = &r.songs[from..from + r.songs[from..].partition_point(|s| s.line < end)];
    if below.len() < 2
        || !below
            .iter()
            .all(|s| s.drama.is_some() && s.artists.is_empty())
    {
        return None;
    }
    let name = super::layout::trailing_bracket(body).map_or(body, |(name, _)| name);
    let words: Vec<&str> = name.split_whitespace().collect();
    let korean = !words.is_empty()
        && words.len() <= 2
        && words
            .iter()
            .all(|w| w.chars().all(is_hangul) && w.chars().count() <= 4)
        && !evidence::is_role_word(name);
    let named = evidence::performer(tables, body) >= 0.5 || korean;
    (named && !evidence::not_a_name(name)).then(|| body.to_string())
}

/// Whether the song's sentence, or a songless one before it on its line, says it is of
/// the same drama as the song before (`for the same drama`, `같은 드라마의`); for a title
/// on a line of its own (a heading, an item), the first sentence under it does (`## “T”`
/// / `From the same drama.`).
fn same_drama(r: &Reading, spots: &[(usize, usize, usize)], s: &Song) -> bool {
    static SAME: PerThreadRegex = PerThreadRegex::new(|| {
        Regex::new(r"(?i)\bsame\s+(?:drama|show|series|soundtrack|ost)\b|같은\s*(?:드라마|작품)")
            .unwrap()
    });
    let l = &r.lines[s.line];
    let (a, b) = l.sentence_at(s.start);
    if SAME.is_match(&l.line.text[a..b]) {
        return true;
    }
    // `A second track from the same soundtrack stayed in the top 10. A’s “T” slipped …`:
    // the sentence before, holding no song of its own, introduces this one.
    let before = l
        .sentence_index(s.start)
        .and_then(|i| i.checked_sub(1))
        .and_then(|i| l.sentences.get(i));
    if before.is_some_and(|&(pa, pb)| {
        SAME.is_match(&l.line.text[pa..pb])
            && !on_line(spots, s.line, |o| o.0)
                .iter()
                .any(|o| o.1 >= pa && o.1 < pb)
    }) {
        return true;
    }
    let alone = l.line.kind == LineKind::Heading || l.slots.is_some();
    alone
        && r.lines.get(s.line + 1).is_some_and(|n| {
            let (a, b) = n
                .sentences
                .first()
                .copied()
                .unwrap_or((0, n.line.text.len()));
            n.line.kind == LineKind::Body && SAME.is_match(&n.line.text[a..b])
        })
}

/// Whether a character is a pictograph (an emoji, a weather or a card sign).
fn pictograph(c: char) -> bool {
    matches!(c, '\u{1F300}'..='\u{1FAFF}' | '\u{2600}'..='\u{27BF}' | '\u{2B50}' | '\u{FE0F}' | '\u{20E3}')
}

/// Whether a heading names a music chart (`MELON TOP 10`, `Circle Chart`, `멜론 차트`),
/// not a list of soundtracks (`Top 10 OSTs`).
pub(super) fn chart_heading(h: &str) -> bool {
    // A store's name alone is a link (`Melon : https://…`), a ranking of it a chart.
    // Found without ASCII case in one search rather than in a lowercased copy: every line
    // under a heading is asked. The words are ASCII and Hangul, and the only other letters
    // that lowercase to ASCII (Kelvin's `K` to `k`, `İ` to `i` and a dot above) make none
    // of them.
    static CHART: OnceLock<AhoCorasick> = OnceLock::new();
    let chart = CHART.get_or_init(|| {
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build([
                "chart",
                "차트",
                "음원 순위",
                "melon top",
                "멜론 top",
                "billboard hot",
            ])
            .expect("chart words compile")
    });
    // `Top 10 this week`: a ranking of a week is a chart's, whatever its name (asked only
    // of a heading with `top` in it).
    let top = || crate::normalize::contains_ignore_ascii_case(h, "top ");
    let named = chart.is_match(h);
    if !named && !top() {
        return false;
    }
    let l = h.to_lowercase();
    let weekly = || {
        l.contains("top ")
            && ["this week", "weekly", "daily", "monthly"]
                .iter()
                .any(|w| l.contains(w))
    };
    // (`[Image: A at the 2017 Gaon Chart Music Awards]`: a caption, an award's name.)
    let opening = l.trim_start_matches(['[', '(']);
    let caption = ["photo", "image", "사진"]
        .iter()
        .any(|w| opening.starts_with(w));
    (named || weekly())
        && !l.contains("ost")
        && !l.contains("soundtrack")
        && !l.contains("http")
        && !l.contains("award")
        && !caption
}

/// The strong drama the article keeps writing: named on three lines or more, where every
/// other strong one is named on one line (a review of `D` that mentions the lead's last
/// drama in passing), or the only one strongly named, twice or more. With it, the keys of
/// the other names written on one line only: mentions in passing.
fn dominant<'a>(
    r: &Reading,
    strong: &[&'a DramaMention],
) -> Option<(&'a DramaMention, Vec<String>)> {
    if strong.len() < 2 {
        return None;
    }
    let mut firsts: Vec<(&DramaMention, String)> = Vec::new();
    for d in strong {
        let k = key(&d.name);
        if !k.is_empty() && !firsts.iter().any(|(_, c)| *c == k) {
            firsts.push((d, k));
        }
    }
    // Every name the article's mentions give, by key (`Lantern Keeper’s` is `Lantern
    // Keeper's`), looked for in each line's key: a searcher per name (an article names
    // few), each line's key made once.
    let mut names: Vec<String> = Vec::new();
    for d in &r.dramas {
        let k = key(&d.name);
        if !k.is_empty() && !names.contains(&k) {
            names.push(k);
        }
    }
    let finders: Vec<memchr::memmem::Finder> = names
        .iter()
        .map(|n| memchr::memmem::Finder::new(n.as_bytes()))
        .collect();
    let mut written = vec![0usize; names.len()];
    for l in &r.lines {
        let k = key(&l.line.text);
        for (n, f) in written.iter_mut().zip(&finders) {
            *n += usize::from(f.find(k.as_bytes()).is_some());
        }
    }
    let count = |k: &str| names.iter().position(|c| c == k).map_or(0, |p| written[p]);
    let mut counts: Vec<(&DramaMention, &String, usize)> =
        firsts.iter().map(|(d, k)| (*d, k, count(k))).collect();
    counts.sort_by_key(|&(_, _, n)| std::cmp::Reverse(n));
    let (first, rest) = counts.split_first()?;
    if first.2 < 3 || rest.iter().any(|&(_, _, m)| m > 1) {
        return None;
    }
    let passing = names
        .iter()
        .zip(&written)
        .filter(|&(k, &n)| k != first.1 && n <= 1)
        .map(|(k, _)| k.clone())
        .collect();
    Some((first.0, passing))
}

/// Whether a drama mention is one of a bracket's several (`IU ("Dream High," "Producer,"
/// D)`): a performer's past works, named in passing.
pub(super) fn filmography(r: &Reading, d: &DramaMention) -> bool {
    let l = &r.lines[d.line];
    let Some(b) = l
        .pieces
        .iter()
        .find(|p| p.kind == Kind::Bracket && p.start <= d.start && d.end <= p.end)
    else {
        return false;
    };
    // Its items that are titles, not a work's facts (`(tvN, 2016)`).
    b.text(&l.line.text)
        .split([',', ';'])
        .map(crate::normalize::trim_punct)
        .filter(|t| {
            t.starts_with(|c: char| c.is_uppercase() || is_hangul(c))
                && !find::work_facts(t)
                && !find::is_network(t)
        })
        .nth(1)
        .is_some()
}

/// Whether a drama mention opens its paragraph (`My Mister. Just My Mister. A's “T” …`,
/// `D enters the chat.`): the paragraph's topic, no mention in passing.
fn opens_paragraph(r: &Reading, d: &DramaMention) -> bool {
    let l = &r.lines[d.line];
    let Some(first) = l.pieces.first() else {
        return false;
    };
    l.line.kind == LineKind::Body
        && on_line(&r.dramas, d.line, |o| o.line)
            .iter()
            .any(|o| o.start == first.start && key(&o.name) == key(&d.name))
}

/// Whether line `i` is a numbered item (`2. Moon Tide`, `## 3) Moon Tide`, `#4 MOON
/// TIDE`): a list of dramas, each heading its own songs.
fn numbered(r: &Reading, i: usize) -> bool {
    let t = r.lines[i].line.text.trim_start();
    // `## 1. Goblin`: a heading's marks, then the number; `#4 Goblin`: a rank.
    crate::segment::has_marker(t.trim_start_matches('#').trim())
        || t.strip_prefix('#')
            .is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()))
}

/// A section's drama: its name, how surely its heading names it, and the heading's line.
type SectionDrama = Option<(String, f32, usize)>;

/// The level of a heading's outline number: `4.` is 1, `4.1.` and `## 4.1 ` are 2.
fn outline_level(text: &str) -> Option<usize> {
    let t = text.trim_start().trim_start_matches('#').trim_start();
    let number = t.split_once(' ')?.0.trim_end_matches('.');
    let parts = number.split('.');
    (!number.is_empty()
        && parts
            .clone()
            .all(|p| !p.is_empty() && p.len() <= 3 && p.bytes().all(|b| b.is_ascii_digit())))
    .then(|| parts.count())
}

/// Gives every song without a drama on its line the strongest tie, and credits songs
/// without a credit.
pub fn tie(r: &mut Reading, tables: &Tables) {
    // `… Crush's “Beautiful” and Sam Kim's “Who Are You”`: a known title its own line
    // credits to a singer is that singer's song there, no drama for the songs around it.
    // The songs are in line order: a line's are found by search, not a scan per mention.
    let songs = &r.songs;
    r.dramas.retain(|d| {
        let from = songs.partition_point(|s| s.line < d.line);
        d.cue != "drama.known"
            || !songs[from..]
                .iter()
                .take_while(|s| s.line == d.line)
                .any(|s| {
                    s.start <= d.start
                        && d.end <= s.end
                        && s.drama.is_none()
                        && !s.artists.is_empty()
                        && s.credit_tie == "line"
                })
    });
    // `Seri (Son Ye-jin)`: a name the article glosses with who plays it is a
    // character's, no drama's, wherever else it stands (`Seri's first night`).
    let mut characters: Vec<String> = Vec::new();
    for l in &r.lines {
        for w in l.pieces.windows(2) {
            if w[0].kind == Kind::Run
                && w[1].kind == Kind::Bracket
                && crate::shape::romanised_person(w[1].text(&l.line.text), tables)
                && !crate::shape::romanised_person(w[0].text(&l.line.text), tables)
            {
                characters.push(key(w[0].text(&l.line.text)));
            }
        }
    }
    if !characters.is_empty() {
        r.dramas
            .retain(|d| d.strength >= 0.9 || !characters.contains(&key(&d.name)));
    }
    // Section dramas, by line.
    let n = r.lines.len();
    // Which lines hold a song, once (the loops below ask per line).
    let has_song = super::song_lines(n, &r.songs);
    // A line whose only title is the drama its cue names (`■ SBS 금토드라마 ‘D’`) is a
    // drama's heading, not a song's line.
    // The dramas are in line order: a line's are found by search.
    let drama_itself = |s: &Song| {
        s.artists.is_empty()
            && on_line(&r.dramas, s.line, |d| d.line)
                .iter()
                .any(|d| d.strength >= 0.85 && key(&d.name) == key(&s.track))
    };
    // `2) Paper Crane Hotel — dropped at ep 6` over `“Paper Door” by A`, `## 1. “Salt
    // Road”` over `Glass Door by A, …`: a numbered heading's name alone, bare or quoted,
    // credited to no one and no person's, over other songs credited (quoted, in list
    // lines, or by their own line) and naming no drama, is their section's title.
    let credited_quote = super::song_lines(
        n,
        r.songs.iter().filter(|s| {
            !s.artists.is_empty() && (s.quoted || s.layout.is_some() || s.credit_tie == "line")
        }),
    );
    let heads_songs = |s: &Song| {
        s.artists.is_empty()
            && r.lines[s.line].line.kind == LineKind::Heading
            && numbered(r, s.line)
            && s.track.contains(' ')
            && evidence::performer(tables, &s.track) < 0.5
            // A track list's instrumental version is a track, no drama's title.
            && !super::decide::instrumental(&s.track)
            && {
                // Up to the next heading that holds no song (a list's items are headings)
                // or is numbered (the next item of the heading's own list).
                let below = || {
                    (s.line + 1..n)
                        .take_while(|&j| {
                            r.lines[j].line.kind != LineKind::Heading
                                || has_song[j] && !numbered(r, j)
                        })
                        .take(6)
                };
                // Nor does the heading itself name one (its own drama heads the section).
                let named = |j: usize| r.dramas.iter().any(|d| d.line == j && d.strength >= 0.7);
                // Songs numbered as the heading is are its list's next items, not its own.
                below().any(|j| credited_quote[j] && !numbered(r, j))
                    && !named(s.line)
                    && !below().any(named)
            }
            && !r
                .songs
                .iter()
                .any(|o| o.line > s.line && o.quoted && key(&o.track) == key(&s.track))
    };
    // Asked once a song: the bare heads, then the song lines without them.
    let heads: Vec<bool> = r.songs.iter().map(heads_songs).collect();
    let bare_heads: Vec<&Song> = r
        .songs
        .iter()
        .zip(&heads)
        .filter(|(_, &h)| h)
        .map(|(s, _)| s)
        .collect();
    let song_line = super::song_lines(
        n,
        r.songs
            .iter()
            .zip(&heads)
            .filter(|&(s, &h)| !h && !drama_itself(s))
            .map(|(s, _)| s),
    );
    let mut section: Vec<SectionDrama> = vec![None; n];
    let mut person: Vec<Option<String>> = vec![None; n];
    let mut cur: SectionDrama = None;
    // A paragraph's drama, over the section's until the next heading.
    let mut para = false;
    let mut before_para: SectionDrama = None;
    let mut cur_person: Option<String> = None;
    // The lines under a music chart's heading (`MELON TOP 10`): its songs are the
    // chart's, of no drama but the one their own line or sentence names.
    let mut in_chart = vec![false; n];
    let mut chart = false;
    // The lines under a heading of other pages' songs ([`super::names_other_pages`]): of no
    // drama but the one their own line names.
    let mut elsewhere = vec![false; n];
    let mut away = false;
    // Of those, the lines of a box of other pages' headlines: no record of the article.
    let mut boxed = vec![false; n];
    let mut sidebar = false;
    // The open numbered headings (`4.`, `4.1.`): each one's level and the section's
    // drama before it.
    let mut outline: Vec<(usize, SectionDrama)> = Vec::new();
    for i in 0..n {
        let l = &r.lines[i];
        // A numbered sentence (`2. This is her first drama since D (2022).`) is a note,
        // no item's heading.
        let note = l.line.kind == LineKind::Body
            && l.line
                .text
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit())
            && l.line.text.trim_end().ends_with('.')
            && l.line.text.split_whitespace().nth(8).is_some();
        let headed = l.line.kind == LineKind::Heading || l.line.marked && !note;
        // A table's row (its header row too) heads no section, whatever its shape.
        // (`> D had T and that's all it needs`: a reply's quote of another post heads
        // nothing.)
        let heading =
            headed && !song_line[i] && !l.row && !l.line.text.trim_start().starts_with('>');
        // A chart's heading may read as a song line itself (`MELON TOP 5 (April 2)`).
        if headed && !numbered(r, i) && chart_heading(&l.line.text) {
            chart = true;
        } else if heading {
            chart = false;
        }
        // `3.2. 궁궐 사람들` … `4. OST`: a heading at an outline's level ends the
        // subsections under the one before it, and the drama they named.
        if let Some(level) = heading.then(|| outline_level(&l.line.text)).flatten() {
            while let Some(&(at, ref before)) = outline.last() {
                if at < level {
                    break;
                }
                if at >= 2 {
                    cur = before.clone();
                    para = false;
                }
                outline.pop();
            }
            outline.push((level, cur.clone()));
        }
        if heading {
            let body = crate::segment::strip_marker(&l.line.text)
                .trim()
                .trim_start_matches('#')
                .trim()
                .to_string();
            away = super::names_other_pages(&body);
            // `Related`, `Trending`: a box of other pages' headlines, whatever drama each
            // names (not a link's `Read more`, `Also read: …`).
            sidebar = away && super::lists_other_pages(&body);
            if away {
                cur = None;
                para = false;
                cur_person = None;
            // A credit's line (`Performed by A and B`) is no heading of a drama either.
            } else if l.credit
                || evidence::cast_line(&l.line.text, tables)
                || evidence::is_link_word(&body)
            {
                // An actor and a role, or a site's link (`Search...`, `MUSIC`): neither a
                // drama nor a singer's section.
            } else if let Some(p) = singer_over_dramas(r, i, &body, tables) {
                // `■ 거미` over `- T / D (2016)` lines: the songs name their dramas; the
                // heading, their singer.
                cur_person = Some(p);
            } else if let Some(h) = bare_heads.iter().find(|s| s.line == i) {
                // `안녕, 나의 구름 (Goodbye, My Cloud)`: the title, without its gloss.
                let (title, _) = crate::normalize::split_gloss(&h.track);
                cur = Some((title, 0.8, i));
                para = false;
                cur_person = None;
            } else if let Some((d, s)) = heading_drama(r, i, tables, &has_song) {
                // A heading with no evidence of its own inside a section a drama names is
                // a subheading (`Package`, `Track list`), unless it is a numbered item of
                // a list of dramas.
                if s > 0.6 || numbered(r, i) || cur.as_ref().is_none_or(|c| c.1 < 0.8) {
                    cur = Some((d, s, i));
                    para = false;
                }
                cur_person = None;
            } else if evidence::performer(tables, &body) >= 0.6
                && !evidence::not_a_name(&body)
                // `I (2015)` under `Extended plays`: a work with its year, no person.
                && !body
                    .strip_suffix(')')
                    .and_then(|b| b.rsplit_once('('))
                    .is_some_and(|(_, facts)| find::work_facts(facts))
            {
                cur_person = Some(body);
                // A person's section is no drama's section; a name on a line of its own
                // without a heading's mark is an infobox's value or a caption.
                if cur.as_ref().is_some_and(|c| c.1 < 0.8) && l.line.marked {
                    cur = None;
                    para = false;
                }
            }
        }
        // A song line naming its own drama, or a list's numbered item, ends a
        // paragraph's drama.
        let here = on_line(&r.dramas, i, |d| d.line);
        if para && (song_line[i] && here.iter().any(|d| d.strength >= 0.7) || numbered(r, i)) {
            cur = before_para.take();
            para = false;
        }
        section[i] = cur.clone();
        // `D enters the chat.` under a post's header: a paragraph (no song's line) that
        // opens on a drama named surely is the topic of what follows, over the section's
        // weaker drama, until a heading or another such paragraph names one, a numbered
        // item starts or a song line names its own.
        if !heading && !song_line[i] && l.line.kind == LineKind::Body {
            if let Some(d) = here
                .iter()
                .find(|d| d.strength >= 0.7 && opens_paragraph(r, d))
            {
                if cur
                    .as_ref()
                    .is_none_or(|c| (c.1 < d.strength || para) && key(&c.0) != key(&d.name))
                {
                    if !para {
                        before_para = cur.clone();
                    }
                    cur = Some((d.name.clone(), d.strength, i));
                    para = true;
                }
            }
        }
        person[i] = cur_person.clone();
        in_chart[i] = chart;
        elsewhere[i] = away;
        boxed[i] = sidebar;
    }
    // `10. “T” by A` / `D (tvN)` / `9. “T” – B` / `D2 (JTBC)`: a countdown whose items
    // name their drama on the line under the song. Its first item has no drama above it
    // and a drama's line under it; then each item's song line owns the drama's line
    // right under it, which heads no section. (A drama's line under the last song of a
    // section heads the next section: the first song had its drama above.)
    // The page's first line is its title (`Site – Blog name`), no item.
    let item_start = |i: usize| {
        i > 0 && song_line[i] && (numbered(r, i) || r.lines[i].line.kind == LineKind::Heading)
    };
    let mut caption: Vec<SectionDrama> = (0..n)
        .map(|i| {
            let under = i + 1 < n && item_start(i) && !numbered(r, i + 1) && !has_song[i + 1];
            under
                .then(|| section[i + 1].clone().filter(|c| c.2 == i + 1))
                .flatten()
        })
        .collect();
    let items: Vec<bool> = (0..n).map(item_start).collect();
    // The first line of the list each line is in: a list's items are consecutive song
    // lines, and what is near its first item is near them all.
    let mut list_start: Vec<usize> = (0..n).collect();
    for i in 1..n {
        if song_line[i] && song_line[i - 1] && r.lines[i].slots.is_some() {
            list_start[i] = list_start[i - 1];
        }
    }
    let first_item = items.iter().position(|&i| i);
    let captioned = first_item.is_some_and(|f| section[f].is_none() && caption[f].is_some())
        && caption.iter().flatten().nth(1).is_some();
    if !captioned {
        caption.fill(None);
    }
    let blurb = blurbs(r, &song_line);
    // The article's one drama: all strong mentions name one drama.
    // A film's title is no drama's (its songs drop as a film's), nor is another work's
    // named in passing (`“Kite” – A, from the movie Paper Sky` at a list's end).
    let other = |d: &DramaMention| d.cue == "drama.film" || find::other_work(&d.name).is_some();
    let strong: Vec<&DramaMention> = r
        .dramas
        .iter()
        .filter(|d| d.strength >= 0.75 && !other(d))
        .collect();
    // Or the drama that is the page's own title (a wiki's `# D` or `# D/OST` over `D is
    // a 2022 television series`), whatever else the page names.
    let headline = r
        .lines
        .first()
        .filter(|l| l.line.kind == LineKind::Heading)
        .map(|l| key(&strip_ost(&l.line.text)));
    // (Or the headline opens with it, a known title, before the rest of the headline's
    // words: `D — Episodes 1 & 2 Recap`, `D, Four Years On: …`, `D: a rewatch`.)
    let opens_headline = |d: &DramaMention| {
        let first = r
            .lines
            .first()
            .filter(|_| d.line == 0 && d.cue == "drama.known");
        let Some(text) = first.map(|l| &l.line.text) else {
            return false;
        };
        let before = text.get(..d.start).unwrap_or("");
        let after = text.get(d.end..).unwrap_or("").trim_start();
        // (`D (드라마) — Original Soundtrack`: past the title's gloss.)
        let after = after
            .strip_prefix('(')
            .and_then(|a| a.split_once(')'))
            .map_or(after, |(_, a)| a.trim_start());
        before
            .trim_start_matches(['#', ' ', '“', '"', '‘', '\'', '*'])
            .is_empty()
            && after
                .trim_start_matches(['”', '"', '’', '\'', '*'])
                .trim_start()
                .starts_with([':', '—', '–', '-', ',', '|'])
    };
    let titled = |d: &&DramaMention| {
        (headline.as_deref() == Some(key(&d.name).as_str()) || opens_headline(d))
            && (d.strength >= 0.75 || d.line == 0 && d.strength >= 0.6)
            && !other(d)
    };
    let mut songs = std::mem::take(&mut r.songs);
    // Where each song is, in line order, for the questions about a line's other songs
    // asked while the songs are being tied.
    let spots: Vec<(usize, usize, usize)> =
        songs.iter().map(|s| (s.line, s.start, s.end)).collect();
    // The dominant drama, found when a song's tie first asks (most songs are tied by
    // their own line or sentence).
    let dominant_cell = std::cell::OnceCell::new();
    let dominant = || dominant_cell.get_or_init(|| dominant(r, &strong));
    // Mentions in passing, when one drama dominates: they bind only their own lines' songs.
    let passing = |d: &DramaMention| {
        dominant()
            .as_ref()
            .is_some_and(|(_, p)| p.contains(&key(&d.name)))
            || filmography(r, d)
    };
    // The lead: the first lines, or the first paragraph after a page's header block.
    let first_body = r.first_body;
    let article_cell = std::cell::OnceCell::new();
    let article = || {
        article_cell
            .get_or_init(|| {
                strong
                    .first()
                    .copied()
                    .filter(|f| {
                        let first = key(&f.name);
                        strong.iter().all(|d| key(&d.name) == first)
                            // Named once, past the lead, it is a passing mention: the
                            // article is about it when its lead names it or it comes back.
                            && (f.line <= 3.max(first_body)
                                || r.dramas.iter().filter(|d| key(&d.name) == first).nth(1).is_some())
                    })
                    .or_else(|| r.dramas.iter().find(titled))
                    .or_else(|| dominant().as_ref().map(|d| d.0))
                    .or_else(|| {
                        // `… since D aired and i am still not ok. so here is a post for
                        // the songs`: no mention is strong, but the only drama the page
                        // names, a known title its lead names, is its drama.
                        if !strong.is_empty() {
                            return None;
                        }
                        let mut named =
                            r.dramas.iter().filter(|d| d.strength >= 0.7 && !other(d));
                        let first = named.next()?;
                        let first_key = key(&first.name);
                        (first.line <= 3.max(first_body)
                            && first.cue == "drama.known"
                            && named.all(|d| key(&d.name) == first_key))
                        .then_some(first)
                    })
                    .map(|d| d.name.clone())
            })
            .as_ref()
    };
    let lead = r
        .dramas
        .iter()
        .find(|d| d.strength >= 0.85 && !other(d) && d.line <= 3.max(first_body))
        .cloned();
    let lead = lead.as_ref();
    let mut last_performer: Option<String> = None;
    let mut last_drama: Option<String> = None;
    let local = Local {
        tables,
        names: article_performers(r, &songs),
    };
    // An interview's subject, found when an answer first speaks of its own song.
    let interviewee = std::cell::OnceCell::new();
    let biography = std::cell::OnceCell::new();
    let mut news_singer = r.news_singer.clone();
    // The news ends at the first heading after its lead.
    let news_end = (r.first_body..r.lines.len())
        .find(|&i| r.lines[i].line.kind == LineKind::Heading)
        .unwrap_or(r.lines.len());
    // Where the last song of each line that names its own drama starts: a drama named
    // before such a song is that song's (`2023년 드라마 ‘D’ OST ‘T’로 이름을 알린`, `A’s
    // T for D`), no drama to carry on to the lines after.
    let mut last_song = vec![0; r.lines.len()];
    for s in songs.iter().filter(|s| s.drama.is_some()) {
        last_song[s.line] = last_song[s.line].max(s.start + 1);
    }
    for s in songs.iter_mut() {
        if boxed[s.line] {
            s.drama = None;
            continue;
        }
        if let Some(d) = &s.drama {
            s.tie = "line";
            s.drama_strength = 0.95;
            // `영화 『D』 OST 「T」`: the line's title is a film's, whichever slot took it.
            if let Some(film) = r
                .dramas
                .iter()
                .find(|f| f.line == s.line && f.cue == "drama.film" && f.name.ends_with(d.as_str()))
            {
                s.drama = Some(film.name.clone());
            }
        } else if let Some(d) = r
            .dramas
            .iter()
            .find(|d| d.line == s.line && d.cue == "drama.part_label")
        {
            // `▸ D, Part 3: “T” – A`: the line opens with its drama's part.
            s.tie = "line";
            s.drama_strength = d.strength;
            s.drama = Some(d.name.clone());
        } else if let Some(d) = sentence_drama(r, s.line, s.start, s.end)
            .or_else(|| next_sentence_drama(r, &spots, s.line, s.start))
        {
            s.tie = "sentence";
            s.drama_strength = d.strength;
            s.drama = Some(d.name.clone());
        } else if let Some(d) = last_drama.as_ref().filter(|_| same_drama(r, &spots, s)) {
            // `She sang “T” for the same drama`: the drama of the song before.
            s.tie = "same";
            s.drama_strength = 0.85;
            s.drama = Some(d.clone());
        } else if in_chart[s.line]
            && (r.lines[s.line].slots.is_some()
                || r.lines[s.line].line.marked
                || s.rule.starts_with("table."))
            || elsewhere[s.line]
        {
            // A chart's ranked list: no section's or article's drama (its prose may
            // still speak of the article's songs).
        } else if let Some((d, st, _)) = caption[s.line].clone() {
            s.tie = "item";
            s.drama_strength = st;
            s.drama = Some(d);
        } else if let Some(d) = item_drama(r, s.line, &s.track, &has_song, s.rule == "list.stacked")
        {
            s.tie = "item";
            s.drama_strength = d.strength;
            s.drama = Some(d.name.clone());
        } else if let Some((d, st)) = blurb[s.line].clone() {
            s.tie = "blurb";
            s.drama_strength = st;
            s.drama = Some(d);
        } else if let Some(d) = r
            .dramas
            .iter()
            .rfind(|d| {
                // `세 사람은 드라마 ‘D’ 때부터 … 크러쉬는 ‘T’를 불렀다`, `D had so many
                // bangers. ‘T’ by A …`: a drama its paragraph names surely, the last
                // before the song, is nearer than the section's.
                d.line == s.line && d.end <= s.start && d.strength >= 0.7 && d.cue != "drama.film"
            })
            .filter(|d| d.strength >= 0.8)
        {
            s.tie = "near";
            s.drama_strength = d.strength;
            s.drama = Some(d.name.clone());
        } else if let Some((d, st, _)) = section[s.line]
            .clone()
            .filter(|c| c.1 >= 0.7 || c.1 >= 0.5 && numbered(r, c.2))
        {
            s.tie = "section";
            s.drama_strength = st;
            s.drama = Some(d);
        } else if let Some(d) = near_drama(
            r,
            s.line,
            s.start,
            list_start[s.line],
            section[s.line].as_ref().map(|c| c.2),
        )
        .filter(|d| d.line == s.line || last_song[d.line] <= d.end)
        .filter(|d| {
            // A list item's drama is not the one an earlier item, or a paragraph
            // under one, names (a heading between them heads a new group).
            let blurb = items[d.line] || r.lines[d.line].line.kind == LineKind::Body;
            (!items[s.line] || !blurb || first_item.is_none_or(|f| f >= d.line))
                && (!passing(d) || opens_paragraph(r, d))
        }) {
            s.tie = "near";
            s.drama_strength = d.strength;
            s.drama = Some(d.name.clone());
        } else if let Some(d) = r.dramas.iter().find(|d| {
            // `My Destiny by Lyn. My Love From the Star was my first drama.`: a drama its
            // line names with a cue after the song, when no section names one surely.
            d.line == s.line
                && d.start >= s.end
                && d.strength >= 0.75
                && !other(d)
                && section[s.line].as_ref().is_none_or(|c| c.1 < 0.5)
                && article().is_none()
        }) {
            s.tie = "line_after";
            s.drama_strength = d.strength;
            s.drama = Some(d.name.clone());
        } else if let Some(d) = article() {
            // The one drama the article names strongly, over a heading that only has
            // a title's shape.
            s.tie = "article";
            s.drama_strength = 0.7;
            s.drama = Some(d.clone());
        } else if let Some((d, st, _)) = section[s.line].clone().filter(|c| {
            // A page's first line, a name alone (`KStage Wire`), yields to the drama its
            // headline names.
            c.1 >= 0.5 && !(c.1 < 0.6 && lead.is_some_and(|l| l.line > c.2))
        }) {
            s.tie = "section";
            s.drama_strength = st;
            s.drama = Some(d);
        } else if let Some(d) =
            lead.filter(|d| d.line < s.line || d.line == s.line && d.end <= s.start)
        {
            // The drama the article's lead names first, for an article about two.
            s.tie = "lead";
            s.drama_strength = d.strength;
            s.drama = Some(d.name.clone());
        } else if let Some((d, st, _)) = section[s.line].clone() {
            s.tie = "section";
            s.drama_strength = st;
            s.drama = Some(d);
        }
        let l = &r.lines[s.line];
        let v = View {
            text: &l.line.text,
            p: &l.pieces,
        };
        // `D’s “T” features A`, `“T”, the series’ theme, was sung by A`: a credit the
        // sentence states after the song outweighs its subject. A possessive that names
        // the song's drama is no credit at all.
        if s.rule == "prose.possessive"
            && s.drama
                .as_deref()
                .is_some_and(|d| key(d) == key(&s.artists))
        {
            s.artists.clear();
        }
        if s.artists.is_empty() {
            let line_songs = on_line(&spots, s.line, |o| o.0);
            let sentence_end = l.sentence_at(s.start).1;
            if let Some(a) = credit_later_in_sentence(&v, sentence_end, s.end, line_songs, tables) {
                s.artists = a;
                s.credit_tie = "line";
            }
        }
        if s.artists.is_empty() {
            if let Some(a) = subject(&v, s.start, on_line(&r.dramas, s.line, |d| d.line), &local) {
                // `A sang “T”`: the subject the song's own verb names is the line's credit.
                let voiced = v
                    .at(s.start)
                    .and_then(|k| super::find::voiced_by(&v, k))
                    .is_some_and(|b| v.t(b).ends_with(a.as_str()));
                s.credit_tie = if voiced { "verb" } else { "subject" };
                s.artists = a;
            } else if let Some(singular) = pronoun(&v, s.start) {
                if let Some(a) = named_before(r, s.line, s.start, singular, &local)
                    .or_else(|| last_performer.clone())
                {
                    s.artists = a;
                    s.credit_tie = "pronoun";
                }
            }
            if s.artists.is_empty() {
                if let Some(a) = part_announced(r, &spots, s.line, s.start, tables) {
                    s.artists = a;
                    s.credit_tie = "part_announced";
                }
            }
            if s.artists.is_empty() {
                if let Some(a) = next_sentence_credit(r, &spots, s.line, s.start, tables) {
                    s.artists = a;
                    s.credit_tie = "next_sentence";
                }
            }
            if s.artists.is_empty() {
                if let Some(a) = item_credit(s, r, &has_song, tables) {
                    s.artists = a;
                    s.credit_tie = "item";
                }
            }
            if let Some(how) = interviewees_song(&v, s.start).filter(|_| s.artists.is_empty()) {
                if let Some(a) = interviewee.get_or_init(|| interviewee_of(r, tables)) {
                    s.artists = a.clone();
                    s.credit_tie = how;
                }
            }
            // (On a singer's profile, a heading of a person's shape no table knows is a
            // chapter's, `EARLY YEARS`: the page's singer comes first.)
            if s.artists.is_empty() {
                if let Some(p) = person[s.line]
                    .as_ref()
                    .filter(|p| r.profile_singer.is_none() || tables.is_known_performer(p))
                {
                    s.artists = p.clone();
                    s.credit_tie = "heading";
                }
            }
            // A singer's own page (`A (born …) is a South Korean singer`, a profile's
            // `A: …`): its songs that no line credits, listed with their dramas (a
            // discography's rows), are the singer's.
            if s.artists.is_empty() && s.tie == "line" {
                if let Some(a) = biography.get_or_init(|| biography_of(r, tables)) {
                    s.artists = a.clone();
                    s.credit_tie = "biography";
                }
            }
            if s.artists.is_empty() {
                if let Some(a) = &r.headline_singer {
                    s.artists = a.clone();
                    s.credit_tie = "headline";
                } else if let Some(a) = news_singer.take_if(|_| {
                    Some(s.line) != r.news_line
                        && s.line < news_end
                        && s.drama.as_deref().is_none_or(|d| key(d) != key(&s.track))
                }) {
                    // News of one song: the first song no line credits, not the others
                    // (nor the headline, nor the drama's title read as a song, nor one
                    // under a later heading: a sidebar's).
                    s.artists = a;
                    s.credit_tie = "news_headline";
                }
            }
        }
        // `“T” (with B) | 2019 | D OST` on a singer's own page: the page's singer and B.
        // (Looked for in the song's sentence: a line may be a whole article.)
        let with = |a: &str| {
            let after = &l.line.text[s.start..l.sentence_at(s.start).1.max(s.start)];
            after.contains("(with ") && after.contains(&format!("(with {a})"))
        };
        if s.tie == "line" && !s.artists.is_empty() && with(&s.artists) {
            if let Some(a) = biography.get_or_init(|| biography_of(r, tables)) {
                s.artists = format!("{a}, {}", s.artists);
            }
        }
        // `she recorded “T” with B`: the singer found, and the one sung with.
        if s.layout.is_none() && !s.artists.is_empty() {
            if let Some(b) = partner_after(&v, s.end, &local) {
                if !key(&s.artists).contains(&key(&b)) {
                    s.artists = format!("{}, {b}", s.artists);
                }
            }
        }
        // `A과 B가 듀엣곡 ‘T’로`, `B와 호흡을 맞춘 ‘T’`, `C가 피처링한 A의 ‘T’`: the
        // singers a Korean sentence joins to the one credited.
        if !s.artists.is_empty() && has_hangul(&s.artists) {
            for (b, before) in ko_partners(&v, (s.start, s.end), &s.artists, &local) {
                s.artists = if before {
                    format!("{b}, {}", s.artists)
                } else {
                    format!("{}, {b}", s.artists)
                };
            }
        }
        if !s.artists.is_empty() {
            last_performer = Some(s.artists.clone());
        }
        if s.drama.is_some() {
            last_drama.clone_from(&s.drama);
        }
    }
    respectively(r, &mut songs, tables);
    full_names(r, &mut songs, tables);
    topic_credits(r, &mut songs);
    r.songs = songs;
}

/// `A, B and C sang “X,” “Y” and “Z,” respectively`: the names before the first song of
/// a sentence that says `respectively`, one for each of its songs, in order.
fn respectively(r: &Reading, songs: &mut [Song], tables: &Tables) {
    let mut i = 0;
    while i < songs.len() {
        let line = songs[i].line;
        let l = &r.lines[line];
        let (s, e) = l.sentence_at(songs[i].start);
        // The sentence's songs: those that start in it.
        let n = songs[i..]
            .iter()
            .take_while(|o| o.line == line && o.start < e)
            .count();
        let text = &l.line.text[s..e];
        let korean = text.contains("각각");
        if n >= 2 && (text.contains("respectively") || korean) {
            let v = View {
                text: &l.line.text,
                p: &l.pieces,
            };
            let from = l.pieces.partition_point(|q| q.start < s);
            let to = l.pieces.partition_point(|q| q.start < songs[i].start);
            // Names joined by commas and `and` only, each a performer's.
            let mut names = Vec::new();
            for k in from..to {
                match l.pieces[k].kind {
                    // `가수 A와 B가 각각`: the names without their role words and particles.
                    Kind::Run if korean => {
                        let w = v.t(k);
                        let w = w.strip_suffix(['과', '와']).unwrap_or(w);
                        let w = evidence::strip_particle(w);
                        if !KO_ROLES.contains(&w)
                            && !matches!(w, "각각" | "이번" | "또한" | "한편")
                            && has_hangul(w)
                        {
                            names.push(w);
                        }
                    }
                    Kind::Run => names.push(v.t(k)),
                    Kind::Sep if v.t(k) == "," => {}
                    Kind::Word if v.is_any(k, &["and", "&"]) => {}
                    _ if !names.is_empty() => break,
                    _ => {}
                }
            }
            // `Previously, A, B …`: a sentence's opening word before the names.
            if names.len() > n && evidence::performer(tables, names[0]) < 0.5 {
                names.remove(0);
            }
            let named = names
                .iter()
                .all(|a| evidence::performer(tables, a) >= 0.5 || name_shaped(a, tables));
            if names.len() == n && named {
                for (o, a) in songs[i..i + n].iter_mut().zip(names) {
                    o.artists = a.to_string();
                    o.credit_tie = "line";
                }
            }
        }
        i += n.max(1);
    }
}

/// `Park’s ‘T’` after `Singer Park Seo-ha joins …`, `Ha and Cha Woo-bin recorded …`:
/// news calls a singer by the surname once it has named her in full. A name of a credit
/// that is a surname alone becomes the one fuller credit of the article it opens, else
/// the one person's name the article's lines write with it (`Ha Ri-on`); with two or
/// none it stays as written.
fn full_names(r: &Reading, songs: &mut [Song], tables: &Tables) {
    let bare = |w: &str| {
        !w.contains(' ')
            && w.starts_with(|c: char| c.is_ascii_uppercase())
            && w.is_ascii()
            && tables.person_surname(w).is_some()
    };
    if !songs
        .iter()
        .any(|s| evidence::split_credit(&s.artists).into_iter().any(bare))
    {
        return;
    }
    let mut fulls: Vec<String> = Vec::new();
    for s in songs.iter() {
        for a in evidence::split_credit(&s.artists) {
            if a.split_whitespace().nth(1).is_some() && !fulls.iter().any(|f| f == a) {
                fulls.push(a.to_string());
            }
        }
    }
    // The one name a list of candidates holds, if exactly one.
    let one = |mut names: Vec<String>| {
        names.sort_unstable();
        names.dedup();
        (names.len() == 1).then(|| names.remove(0))
    };
    let written = |w: &str| {
        let lead = format!("{w} ");
        let mut names = Vec::new();
        for l in &r.lines {
            let text = l.line.text.as_str();
            for (i, _) in text.match_indices(&lead) {
                if text[..i].ends_with(is_alnum) {
                    continue;
                }
                let given = text[i + lead.len()..]
                    .split(|c: char| !(is_alnum(c) || c == '-'))
                    .next()
                    .unwrap_or("");
                let name = format!("{lead}{given}");
                if crate::shape::romanised_person(&name, tables) {
                    names.push(name);
                }
            }
        }
        one(names)
    };
    for s in songs.iter_mut() {
        // Each bare name's span in the credit and its full name, replaced from the end.
        let base = s.artists.as_ptr() as usize;
        let mut found: Vec<(usize, usize, String)> = Vec::new();
        for a in evidence::split_credit(&s.artists)
            .into_iter()
            .filter(|a| bare(a))
        {
            let lead = format!("{a} ");
            let full = one(fulls
                .iter()
                .filter(|f| f.starts_with(&lead))
                .cloned()
                .collect())
            .or_else(|| written(a));
            if let Some(full) = full {
                let at = a.as_ptr() as usize - base;
                found.push((at, at + a.len(), full));
            }
        }
        for (a, b, full) in found.into_iter().rev() {
            s.artists.replace_range(a..b, &full);
        }
    }
}

/// Marks the songs credited to the article's subject: a singer its first lines name and
/// its songs credit three times or more.
fn topic_credits(r: &Reading, songs: &mut [Song]) {
    // Each credit's key, once: counted, then looked up.
    let keys: Vec<String> = songs.iter().map(|s| key(&s.artists)).collect();
    let mut counts: rustc_hash::FxHashMap<&str, usize> = Default::default();
    for (s, k) in songs.iter().zip(&keys) {
        if !s.artists.is_empty() {
            *counts.entry(k).or_default() += 1;
        }
    }
    // The first lines' keys only when some credit comes three times (most articles none).
    let head: String = if counts.values().any(|&n| n >= 3) {
        r.lines.iter().take(3).map(|l| key(&l.line.text)).collect()
    } else {
        String::new()
    };
    for (s, k) in songs.iter_mut().zip(&keys) {
        if !s.artists.is_empty() {
            s.topic_credit = counts.get(k.as_str()).is_some_and(|&n| n >= 3)
                && k.len() >= 2
                && head.contains(k.as_str());
        }
    }
}

/// The drama named in the song's sentence, outside the song's own span.
fn sentence_drama(r: &Reading, line: usize, start: usize, end: usize) -> Option<&DramaMention> {
    let (ss, se) = r.lines[line].sentence_at(start);
    let text = &r.lines[line].line.text;
    // `sang “T1” for D1, “T2” for MBC's D2`: the drama its `for` or `from` gives right
    // after the song is its own, nearer than the last item's before it.
    let given = |d: &DramaMention| {
        d.start >= end
            && text.get(end..d.start).is_some_and(|w| {
                let w = w.trim_start_matches(['"', '”', '’', '\'', ',', ' ']);
                (w.starts_with("for ") || w.starts_with("from ")) && w.len() <= 20
            })
    };
    let score = |d: &DramaMention| closeness(d, start, end) + if given(d) { 0.2 } else { 0.0 };
    r.dramas
        .iter()
        .filter(|d| {
            d.line == line && d.start >= ss && d.start < se && (d.end <= start || d.start >= end)
        })
        .filter(|d| d.strength >= 0.6)
        .max_by(|a, b| score(a).total_cmp(&score(b)))
}

/// The drama the next sentence on the song's line names with a cue, when that sentence
/// is about the song and names no other (`At No. 9 was “T.” A lends her voice to the
/// track for tvN's medical drama “D.”`), or that is the title alone.
fn next_sentence_drama<'r>(
    r: &'r Reading,
    spots: &[(usize, usize, usize)],
    line: usize,
    start: usize,
) -> Option<&'r DramaMention> {
    let l = &r.lines[line];
    let idx = l.sentence_index(start)?;
    let &(ns, ne) = l.sentences.get(idx + 1)?;
    // The line's songs and dramas, found by search (both are in line order).
    let songs = on_line(spots, line, |o| o.0);
    let dramas = on_line(&r.dramas, line, |d| d.line);
    let in_next = |start: usize| start >= ns && start < ne;
    if songs.iter().any(|o| in_next(o.1)) {
        return None;
    }
    // `T - A. D. I cried.`: a sentence that is only a title tags the song before it.
    let text = &l.line.text;
    if let Some(d) = dramas.iter().find(|d| {
        in_next(d.start)
            && text[ns..d.start].trim().is_empty()
            && (d.end == ne || text[d.end..].starts_with(['.', '!']))
    }) {
        return Some(d);
    }
    if !about_the_song(&l.line.text[ns..ne]) {
        return None;
    }
    // (Another kind of work there is the singer's past: `who you might remember from the
    // audition show W`.)
    if dramas
        .iter()
        .any(|d| in_next(d.start) && d.cue == "drama.film")
    {
        return None;
    }
    let mut named = dramas
        .iter()
        .filter(|d| in_next(d.start) && d.strength >= 0.85);
    let d = named.next()?;
    named.all(|o| key(&o.name) == key(&d.name)).then_some(d)
}

/// How well a drama mention in the song's sentence binds it: its strength, less its
/// distance from the song (a sentence naming a singer's past dramas and this one binds
/// each song to the drama named next to it).
/// The drama each song line's blurb names, where the article writes one: a listicle of
/// song lines, each followed by a paragraph about its show (`“T” – A for D` over `D
/// kept us company …`). The lines that name their own drama tell which way the article
/// goes: when two or more of them are followed by a paragraph naming the same drama, and
/// fewer are preceded by one, a song line that names none takes the drama of the
/// paragraph right under it.
fn blurbs(r: &Reading, song_line: &[bool]) -> Vec<Option<(String, f32)>> {
    let n = r.lines.len();
    let mut out = vec![None; n];
    let blurb = |j: usize| {
        j < n
            && !song_line[j]
            && r.lines[j].line.kind == LineKind::Body
            && r.lines[j].slots.is_none()
    };
    let names = |j: usize| on_line(&r.dramas, j, |d| d.line);
    let mut own: rustc_hash::FxHashMap<usize, Vec<String>> = Default::default();
    for s in r.songs.iter().filter(|s| song_line[s.line]) {
        if let Some(d) = &s.drama {
            own.entry(s.line).or_default().push(key(d));
        }
    }
    let (mut after, mut before) = (0, 0);
    for (&i, ds) in &own {
        let agrees = |j: usize| names(j).iter().any(|m| ds.contains(&key(&m.name)));
        after += usize::from(blurb(i + 1) && agrees(i + 1));
        before += usize::from(i > 0 && blurb(i - 1) && agrees(i - 1));
    }
    if after < 2 || after <= before {
        return out;
    }
    for i in (0..n).filter(|&i| song_line[i] && !own.contains_key(&i) && blurb(i + 1)) {
        out[i] = names(i + 1)
            .iter()
            .filter(|d| d.strength >= 0.7 && d.cue != "drama.film")
            .fold(None, |best: Option<&DramaMention>, d| match best {
                Some(b) if b.strength >= d.strength => Some(b),
                _ => Some(d),
            })
            .map(|d| (d.name.clone(), d.strength));
    }
    out
}

fn closeness(d: &DramaMention, start: usize, end: usize) -> f32 {
    let gap = if d.end <= start {
        start - d.end
    } else {
        d.start.saturating_sub(end)
    };
    d.strength - gap as f32 / 400.0
}

/// The drama of the song's item: a list or heading line whose next lines (before the
/// next list line) name a drama, `Drama: D` or `D OST`. A prose line with a song between
/// does not end the item (`“T” by A` / `Listen to “T”` / `Drama: D`).
///
/// A stacked item (`1. T` / `A` / a paragraph) has its credit on the line under the
/// title: its paragraph comes after, and names the item's drama, even a title that is
/// also a word (`Nothing says Goblin like …`).
fn item_drama<'a>(
    r: &'a Reading,
    line: usize,
    track: &str,
    has_song: &[bool],
    stacked: bool,
) -> Option<&'a DramaMention> {
    let l = &r.lines[line];
    // (A song alone on a short line of prose, `T by A.`, is an item as a heading is; not
    // a line that says something of it, `A said: It’s “T” by B.`)
    let alone = || {
        let rest = l
            .line
            .text
            .trim_start()
            .trim_start_matches(['“', '"', '‘', '\''])
            .strip_prefix(track)
            .map(|r| r.trim_start_matches(['”', '"', '’', '\'']).trim_start());
        // Its title, then its credit (`by A`, `– A`, `(A)`), not a clause (`‘T’은 …`).
        l.line.text.split_whitespace().nth(8).is_none()
            && rest.is_some_and(|r| {
                r.is_empty() || r.starts_with("by ") || r.starts_with(['–', '—', '-', '('])
            })
    };
    if l.slots.is_none() && l.line.kind != LineKind::Heading && !l.line.marked && !alone() {
        return None;
    }
    let compact =
        line > 0 && l.slots.is_some() && has_song[line - 1] && r.lines[line - 1].slots.is_some();
    let (to, least) = if stacked {
        (line + 4, 0.4)
    } else {
        (line + 3, 0.6)
    };
    #[allow(clippy::needless_range_loop)] // `j` indexes the lines, their dramas and `has_song`
    for j in line + 1..to.min(r.lines.len()) {
        let n = &r.lines[j];
        // A list line, or a numbered or `##` heading, starts the next item.
        let next_item = n.line.kind == LineKind::Heading
            && (n.line.marked || n.line.text.trim_start().starts_with('#'));
        // `## 13. “T” – A` / `### Goblin (tvN, 2016)`: a subheading right under the item,
        // naming a drama and holding no song, is the item's drama.
        let subheading =
            next_item && j == line + 1 && !numbered(r, j) && n.slots.is_none() && !has_song[j];
        let named = || {
            r.dramas
                .iter()
                .filter(|d| d.line == j && d.strength >= least)
                .max_by(|a, b| a.strength.total_cmp(&b.strength))
        };
        if subheading || stacked && j == line + 1 {
            if let Some(d) = named() {
                return Some(d);
            }
            // The stacked item's credit line (`Crush`, `Sung by Crush`) is its own.
            if stacked {
                continue;
            }
        }
        // A heading past the item's paragraph (`Descendants of the Sun (2016)` after the
        // last item and a comment on it) opens the next section; a label's line
        // (`Drama: D`) is the item's.
        let labelled = || named().is_some_and(|d| d.cue == "drama.label");
        if n.slots.is_some() || next_item || j > line + 1 && is_heading(n) && !labelled() {
            break;
        }
        // The last of a run of items with no paragraph between them has none either:
        // what follows the list is about the page, not that item, unless it names it.
        if compact && !labelled() && !key(&n.line.text).contains(&key(track)) {
            break;
        }
        if let Some(d) = named() {
            return Some(d);
        }
        // `Artist: A`, `Sung by A` between the title and its drama is the item's credit.
        if is_heading(n) {
            break;
        }
    }
    None
}

/// A heading's line that is no item's credit line (`Artist: A`, `Sung by A`).
fn is_heading(l: &super::ReadLine) -> bool {
    l.line.kind == LineKind::Heading && !l.credit
}

/// The drama named nearest before the song in its section, within a few lines of it or
/// of the list it is an item of (`list_start`, its first line).
fn near_drama(
    r: &Reading,
    line: usize,
    start: usize,
    list_start: usize,
    section_from: Option<usize>,
) -> Option<&DramaMention> {
    let from = section_from.unwrap_or(0).max(list_start.saturating_sub(3));
    r.dramas.iter().rfind(|d| {
        d.line >= from && (d.line < line || d.line == line && d.end <= start) && d.strength >= 0.7
    })
}

/// A singer the song is sung with, right after its title: `A recorded “T” with B`,
/// `A sang “T”, with B`.
fn partner_after(v: &View, end: usize, local: &Local) -> Option<String> {
    // The pieces are in order: found by search, not a scan per song of a long line.
    let mut i = v.p.partition_point(|p| p.start < end);
    if v.kind(i) == Some(Kind::Sep) && v.t(i) == "," {
        i += 1;
    }
    // `she sang “T” (feat. B)`: the guest a bracket after the song names.
    if v.kind(i) == Some(Kind::Bracket) {
        let guest = crate::normalize::feat_credit(v.t(i))?;
        return local.role_or_performer(guest).map(str::to_string);
    }
    if !v.is(i, "with") || v.kind(i + 1) != Some(Kind::Run) {
        return None;
    }
    local.role_or_performer(v.t(i + 1)).map(str::to_string)
}

/// The first piece of the subject that ends at run `i`: the run before an `&` or `×`
/// joining it (`아이린 & 준은`), or `i` (the sentence starts at `s`).
fn pair_start(v: &View, s: usize, i: usize) -> usize {
    if i >= s + 2 && matches!(v.t(i - 1), "&" | "×") && v.kind(i - 2) == Some(Kind::Run) {
        i - 2
    } else {
        i
    }
}

/// The first name of a list that ends with the names at run `a` (`Nayeon, Jihyo and
/// Dahyun`, `Nayeon, Jihyo, and Dahyun`): each name before it, apart by a comma, a
/// performer's. A list ends with `and`: a name alone after a comma starts none
/// (`Meanwhile, A sang`).
fn names_start(v: &View, s: usize, a: usize, local: &Local) -> usize {
    let name = |j: usize| v.kind(j) == Some(Kind::Run) && local.role_or_performer(v.t(j)).is_some();
    // `…, and Dahyun`: the list's last name after its `and`; `Jihyo and Dahyun`, one run.
    let mut at = if a >= s + 3 && v.is(a - 1, "and") && v.t(a - 2) == "," && name(a - 3) {
        a - 3
    } else if v.t(a).contains(" and ") {
        a
    } else {
        return a;
    };
    while at >= s + 2 && v.t(at - 1) == "," && name(at - 2) {
        at -= 2;
    }
    at
}

/// The singers a Korean sentence joins to `credit` before the song at `song_start`: the
/// name joined to the credited subject by `과`/`와` (`A과 B가`), the one sung with
/// (`B와 함께`, `B과 호흡을 맞춘`, `B와 듀엣`), and a featured rapper (`C가 피처링한`).
/// Names the credit holds already are left out; each comes with whether it goes before
/// the credit (a joined subject is written first).
fn ko_partners(
    v: &View,
    (song_start, song_end): (usize, usize),
    credit: &str,
    local: &Local,
) -> Vec<(String, bool)> {
    // The title's quote: a reading that holds its credit (`B가 부른 ‘T’`) starts before it.
    let Some(at) = v.at(song_start) else {
        return Vec::new();
    };
    let k = (at..v.p.len())
        .take_while(|&i| v.p[i].start < song_end)
        .find(|&i| v.p[i].kind == Kind::Quoted)
        .unwrap_or(at);
    // The song's own clause: from the sentence's start or the song's title before it (a
    // drama's, before its `OST`, is no song's).
    let (s, _) = super::find::sentence_bounds(v, k);
    let s = (s..k)
        .rfind(|&i| v.p[i].kind == Kind::Quoted && v.kind(i + 1) != Some(Kind::Ost))
        .map_or(s, |q| q + 1);
    let credited = key(credit);
    let name = |stem: &str| {
        let n = stem.chars().count();
        (2..=5).contains(&n)
            && !evidence::KO_NOT_SINGER.contains(&stem)
            && !evidence::is_ko_pronoun(stem)
            && !evidence::not_a_name(stem)
            && evidence::drama(local.tables, stem) == 0.0
            && (has_hangul(stem) || local.performer(stem))
    };
    let mut out: Vec<(String, bool)> = Vec::new();
    for i in s..k {
        if v.p[i].kind != Kind::Run {
            continue;
        }
        let w = v.t(i);
        let next = |j: usize| if j < k { v.t(j) } else { "" };
        // `A이랑 B가`, `A랑 B가`: the spoken `and`.
        let joined = w
            .strip_suffix("이랑")
            .or_else(|| w.strip_suffix('랑'))
            .or_else(|| w.strip_suffix(['과', '와']));
        let partner = if let Some(stem) = joined {
            // Joined to the credited subject, or the one sung with.
            let subject = key(evidence::strip_particle(next(i + 1))) == credited
                && next(i + 1).ends_with(['이', '가', '은', '는']);
            let with = [
                "함께",
                "호흡을",
                "듀엣",
                "듀엣곡",
                "듀엣으로",
                "입을",
                "목소리를",
            ]
            .contains(&next(i + 1));
            (subject || with).then_some((stem, subject))
        } else if let Some(stem) = w.strip_suffix(['이', '가']) {
            // `C가 피처링한`; `A가 부르고 B가 피처링한`: the one who sang, written first.
            let sang_and = ["부르고", "노래하고", "가창하고"].contains(&next(i + 1));
            (next(i + 1).starts_with("피처링") || sang_and).then_some((stem, sang_and))
        } else {
            None
        };
        if let Some((b, before)) = partner.filter(|(b, _)| name(b)) {
            let kb = key(b);
            if !credited.contains(&kb) && !out.iter().any(|(o, _)| key(o) == kb) {
                out.push((b.to_string(), before));
            }
        }
    }
    out
}

/// The sentence's subject when it is a performer: the first name-like run of the
/// sentence, before the song (`Ivy Lane sang “T”`, `가수 김하늘은 … ‘T’`), and no word of
/// a title the line names (`dramas`, the line's mentions).
fn subject(v: &View, song_start: usize, dramas: &[DramaMention], local: &Local) -> Option<String> {
    let tables = local.tables;
    let k = v.at(song_start)?;
    let (s, _) = super::find::sentence_bounds(v, k);
    // `파트1 박하은 ‘유리문’`: a Korean name right before the quote, with no particle.
    if k > s && v.p[k - 1].kind == Kind::Run && has_hangul(v.t(k - 1)) {
        let t = v.t(k - 1);
        if local.performer(t) {
            return Some(t.to_string());
        }
    }
    if let Some(t) = korean_topic(v, s, k, tables) {
        return Some(t);
    }
    // The performer named nearest before the song (`X sang A while Y lent his voice to B`),
    // not a word of a known title (`태양의 후예 때 ‘T’`).
    // The line's known titles are looked for only once a name is found (most lines
    // name no performer before the song).
    let known = std::cell::OnceCell::new();
    // `A, whose vocals on D’s soundtrack moved B, will sing …`: a relative clause between
    // commas says who the subject is; its names are not.
    // (A quote's own comma closes the clause too: `A, who sang “T,” and B`.)
    let comma =
        |j: usize| v.t(j) == "," || v.kind(j) == Some(Kind::Quoted) && v.t(j).ends_with(',');
    let relative = |i: usize| {
        (s..i).rev().find(|&j| comma(j)).is_some_and(|o| {
            v.is_any(o + 1, &["who", "whose", "whom", "which"])
                && (o + 1..k).find(|&j| comma(j)).is_some_and(|c| c > i)
        })
    };
    for i in (s..k).rev() {
        let p = v.p[i];
        // (`Q: …`, `NME: You also performed “T”`: a speaker's label opening the line.)
        if p.kind != Kind::Run || i == 0 && v.t(1) == ":" {
            continue;
        }
        // `A, formerly of G, sang …`, `A, a member of G, …`: the group of an apposition
        // after the name that sings.
        let apposition = i >= s + 3
            && v.is(i - 1, "of")
            && v.t(i + 1) == ","
            && (s + 1..i - 1)
                .rev()
                .take(4)
                .any(|j| v.t(j) == "," && v.kind(j - 1) == Some(Kind::Run));
        if apposition {
            continue;
        }
        // `Rock band Paper Lanterns has joined …`: a role word before the name calls it one.
        // Not `played the singer Oska`, `of the band B`: a role in a story, or a group.
        let called = i > 0
            && v.is_any(i - 1, CALLED)
            && (i < s + 2
                || i == s + 2 && v.is(s, "the")
                || !v.is_any(i - 2, &["the", "a", "an", "of", "played"]))
            && name_shaped(v.t(i), tables);
        let named = if called {
            Some(v.t(i))
        } else {
            local.role_or_performer(evidence::strip_particle(v.t(i)))
        };
        // `유통사 스톤뮤직에 따르면`, `이듬해 SBS …`: a bare Hangul word shaped like a name
        // (a surname's syllable first) is a sentence's subject only with a particle, a
        // role before it, or as a name the tables or the article know.
        let bare_word = |t: &str| {
            has_hangul(t)
                && t == v.t(i)
                && !(i > s && KO_ROLES.contains(&v.t(i - 1)))
                && !tables.knows_performer(t)
                && !local.names.contains(&key(t))
                // `아이유(IU)는`: a gloss after a name; `전혜림, ‘D’ OST …`: a headline's name.
                && v.kind(i + 1) != Some(Kind::Bracket)
                && !(i == s && v.t(i + 1) == ",")
        };
        // `HBS 월화드라마 ‘D’`: a name before a drama word is its broadcaster.
        let broadcaster = v.kind(i + 1) == Some(Kind::Run) && v.t(i + 1).ends_with("드라마")
            || super::find::is_drama_word(v, i + 1);
        let named = named.filter(|t| called || !bare_word(t) && !broadcaster);
        let named = named.filter(|_| !cast(v, i, k) && !relative(i));
        if let Some(t) = named {
            if let Some(m) = member_of(v, s, i, k, t, tables) {
                return Some(m);
            }
            let titled = dramas.iter().any(|d| d.start <= p.start && p.end <= d.end)
                || known
                    .get_or_init(|| tables.drama_spans(v.text))
                    .iter()
                    .any(|&(a, b)| a <= p.start && p.end <= b);
            if !titled {
                // `Singer-songwriter Car, the garden will sing …`: a known act runs on
                // past the run's comma.
                let at = p.start + v.t(i).find(t).unwrap_or(0);
                let len = tables.act_at(&v.text[at..]).unwrap_or(0).max(t.len());
                let a = names_start(v, s, pair_start(v, s, i), local);
                // `VANTA’s Joon x Sori sang …`: members the tables do not know keep their
                // group before them (a known member's credit finds the group itself).
                let group_before = a >= s + 2
                    && (!tables.knows_performer(t) || a < i)
                    && v.kind(a - 1) == Some(Kind::Poss)
                    && v.kind(a - 2) == Some(Kind::Run)
                    && v.p[a - 2].end == v.p[a - 1].start
                    && v.close(a - 1, a)
                    && (tables.group(v.t(a - 2)).is_some() || crate::shape::group_like(v.t(a - 2)));
                let from = if group_before {
                    v.p[a - 2].start
                } else if a < i {
                    v.p[a].start
                } else {
                    at
                };
                // `ECHOLINE’s Dohyun and Rian sang …`: a group's members, the group first.
                let to = if v.kind(i + 1) == Some(Kind::Poss)
                    && v.kind(i + 2) == Some(Kind::Run)
                    && i + 2 < k
                    && v.close(i + 1, i + 2)
                    && (tables.group(t).is_some() || crate::shape::group_like(t))
                {
                    v.p[i + 2].end
                } else {
                    at + len
                };
                let credit = &v.text[from..to];
                // `A teamed up with B for “T”`: the one B sang with, named first.
                return Some(
                    match collaborator(v, s, i, local).or_else(|| paired(v, s, i, local)) {
                        Some(a) if !key(credit).contains(&key(&a)) => format!("{a}, {credit}"),
                        _ => credit.to_string(),
                    },
                );
            }
        }
    }
    // `Urban Zakapa gives us two songs, “A” and “B”`: the name that opens a sentence
    // about songs, before its verb.
    let first = v.p.get(s)?;
    // `For the MBC drama ‘D’, she …`: a phrase that opens with a preposition or names
    // a network before a drama word is no subject.
    let verb = v.kind(s + 1) == Some(Kind::Word)
        && !v.is_any(s + 1, &["and", "or", "of", "the", "a"])
        && !super::find::is_drama_word(v, s + 1);
    let lead = v.t(s).split_whitespace().next().unwrap_or("");
    let verb = verb
        && ![
            "For", "In", "On", "From", "With", "After", "As", "At", "By", "Of", "To",
        ]
        .contains(&lead);
    let about_songs = (s..k).any(|i| v.song_word(i));
    if first.kind == Kind::Run && s + 1 < k && verb && about_songs && !has_hangul(v.t(s)) {
        // (`Then A sang …`: the sentence's opening word is no part of the name.)
        let t = match v.t(s).split_once(' ') {
            Some((opener, rest)) if super::pieces::opener(opener) => rest,
            _ => v.t(s),
        };
        // `Rounding out the list is “T”`, `According to the label, …`: a verb's form or
        // an adverb capitalised because it opens the sentence.
        let opener = !t.contains(' ')
            && ["ing", "ed", "ly"].iter().any(|e| t.ends_with(e))
            && !tables.is_known_performer(t);
        if !evidence::not_a_name(t)
            && !opener
            && evidence::drama(tables, t) == 0.0
            && t.split_whitespace().count() <= 4
        {
            return Some(t.to_string());
        }
    }
    None
}

/// Whether the name at run `i`, before the song at piece `k`, is one of a drama's cast
/// (`배우 A, B 주연의 tvN 드라마 ‘D’`, `A·B 주연 ‘D’`, `A and B’s tvN drama “D”`): the
/// names and their joiners, then `주연`/`출연`, or a possessive over a drama word.
fn cast(v: &View, i: usize, k: usize) -> bool {
    // A name with its particle is the sentence's subject (`A는 자신이 주연을 맡은 ‘D’의
    // OST를 불렀다`), no drama's modifier.
    let bare = |j: usize| evidence::strip_particle(v.t(j)).len() == v.t(j).len();
    if !bare(i) {
        return false;
    }
    let mut j = i + 1;
    while j < k
        && j < i + 8
        && (matches!(v.kind(j), Some(Kind::Run)) && !v.t(j).starts_with(['주', '출']) && bare(j)
            || matches!(v.t(j), "," | "·" | "‧" | "&" | "and"))
    {
        j += 1;
    }
    if j >= k {
        return false;
    }
    let w = v.t(j);
    w.starts_with("주연")
        || w.starts_with("출연")
        || v.kind(j) == Some(Kind::Poss)
            && (j + 1..(j + 4).min(k)).any(|m| super::find::is_drama_word(v, m))
}

/// The first of two singers a sentence pairs, the second at run `i`: `D paired trot
/// singer A and indie rocker B on “T”`, `Part 2 pairs rapper A with singer B`.
fn paired(v: &View, s: usize, i: usize, local: &Local) -> Option<String> {
    // Back over up to three words (a role) from run `at`, to the piece before them.
    let back = |at: usize| {
        let mut j = at;
        while j > s
            && at - j < 3
            && v.kind(j - 1) == Some(Kind::Word)
            && !v.is_any(j - 1, &["and", "with", "&"])
        {
            j -= 1;
        }
        j
    };
    let joiner = back(i).checked_sub(1)?;
    if joiner < s || !v.is_any(joiner, &["and", "with", "&"]) {
        return None;
    }
    let a = joiner.checked_sub(1)?;
    if a < s || v.kind(a) != Some(Kind::Run) {
        return None;
    }
    let first = local
        .role_or_performer(v.t(a))
        .or_else(|| name_shaped(v.t(a), local.tables).then(|| v.t(a)))?;
    let verb = (back(a)..a)
        .chain(back(a).checked_sub(1))
        .any(|j| v.is_any(j, super::find::WORKED_WITH) || v.is_any(j, &["pairing", "together"]));
    verb.then(|| first.to_string())
}

/// The member a group is named with, the name at run `i` before the song at piece
/// `k` either: `M of girl group G`, `G member M` (written `M (G)`).
fn member_of(v: &View, s: usize, i: usize, k: usize, g: &str, tables: &Tables) -> Option<String> {
    let group = |t: &str| tables.group(t).is_some() || crate::shape::group_like(t);
    // The member found first: `G member M` before it.
    if i >= s + 2
        && v.is_any(i - 1, &["member", "members"])
        && v.kind(i - 2) == Some(Kind::Run)
        && group(v.t(i - 2))
    {
        return Some(format!("{g} ({})", v.t(i - 2)));
    }
    if !group(g) {
        return None;
    }
    if v.is_any(i + 1, &["member", "members"]) && v.kind(i + 2) == Some(Kind::Run) && i + 2 < k {
        return Some(format!("{} ({g})", v.t(i + 2)));
    }
    // Back over the words that say what the group is (`of the rookie girl group G`), to
    // `of` and the member's name.
    let of = (s..i)
        .rev()
        .take_while(|&j| v.kind(j) == Some(Kind::Word))
        .take(5)
        .find(|&j| v.is(j, "of"))?;
    (of > s && v.kind(of - 1) == Some(Kind::Run) && name_shaped(v.t(of - 1), tables))
        .then(|| format!("{} ({g})", v.t(of - 1)))
}

/// The performer who worked with the one named at run `i`, in its sentence (from piece
/// `s`): `A teamed up with B`, `A joined forces with his friend B`, `A paired with B`.
fn collaborator(v: &View, s: usize, i: usize, local: &Local) -> Option<String> {
    // `with`, then a few lowercase words before the name (`his close friend`).
    let with = (i.saturating_sub(5).max(s)..i)
        .rev()
        .take_while(|&j| v.kind(j) == Some(Kind::Word))
        .find(|&j| v.is(j, "with"))?;
    let mut verb = with.checked_sub(1)?;
    if v.is_any(verb, &["up", "forces", "hands"]) {
        verb = verb.checked_sub(1)?;
    }
    if verb < s || !v.is_any(verb, super::find::WORKED_WITH) {
        return None;
    }
    (s..verb)
        .filter(|&j| v.kind(j) == Some(Kind::Run))
        .find_map(|j| local.role_or_performer(evidence::strip_particle(v.t(j))))
        .map(str::to_string)
}

/// The performer named last before the song's sentence, in its line or the three lines
/// before (`Singer Ha Sung Woon has joined … His track “Aurora”`).
/// The performer named nearest before the song, in its sentence or the three lines
/// before. For a `singular` pronoun (`She`, `her`), who stands for a person, a group named
/// nearer (`… the leader of Girls' Generation`) is passed over.
fn named_before(
    r: &Reading,
    line: usize,
    start: usize,
    singular: bool,
    local: &Local,
) -> Option<String> {
    for i in (line.saturating_sub(3)..=line).rev() {
        let l = &r.lines[i];
        let v = View {
            text: &l.line.text,
            p: &l.pieces,
        };
        let upto = if i == line {
            let k = v.at(start).unwrap_or(v.p.len());
            super::find::sentence_bounds(&v, k.min(v.p.len().saturating_sub(1))).0
        } else {
            v.p.len()
        };
        for k in (0..upto).rev() {
            if v.p[k].kind != Kind::Run {
                continue;
            }
            // `이서한이 ENA 드라마 … 그가 부른`: a name with its particle; a broadcaster is none.
            if super::find::is_network(v.t(k)) {
                continue;
            }
            if let Some(t) = local.role_or_performer(evidence::strip_particle(v.t(k))) {
                if singular && local.tables.group(t).is_some() {
                    continue;
                }
                return Some(t.to_string());
            }
        }
    }
    None
}

use super::find::CALLED;

/// Who counts as a performer in one article: the tables' and the shape's performers,
/// and the names the article itself credits or calls a singer.
struct Local<'a> {
    tables: &'a Tables,
    names: rustc_hash::FxHashSet<String>,
}

impl Local<'_> {
    fn performer(&self, name: &str) -> bool {
        evidence::performer(self.tables, name) >= 0.6
            && evidence::drama(self.tables, name) == 0.0
            && !evidence::not_a_name(name)
            || self.names.contains(&key(name))
    }

    /// The performer a run names: one by its evidence, or a name its role word calls a
    /// singer (`Singer-songwriter Kim Feel`, whose name alone reads as English words).
    fn role_or_performer<'t>(&self, run: &'t str) -> Option<&'t str> {
        let t = strip_role(run);
        let named = t.len() < run.len() && name_shaped(t, self.tables);
        if named || self.performer(t) {
            return Some(t);
        }
        // `Then Taeyeon sang …`: a sentence's opening word joined the name's run.
        let (first, rest) = t.split_once(' ')?;
        (super::pieces::opener(first) && self.performer(rest)).then_some(rest)
    }
}

/// Whether a run a cue calls a performer (`Singer-songwriter A`, `sung by A`) can be a
/// name: a few words, capitalised or Hangul, no sentence's words and no drama's title.
fn name_shaped(t: &str, tables: &Tables) -> bool {
    t.split_whitespace().count() <= 4
        && t.starts_with(|c: char| c.is_uppercase() || is_hangul(c))
        && !evidence::not_a_name(t)
        && evidence::drama(tables, t) == 0.0
}

/// Names the article credits with a song on the song's own line (`sung by X`, `X’s
/// “T”`, `X – T`), or calls a singer (`X is a solo singer`): in the rest of the article,
/// the same name is a performer too (`X was picked to fill the OST of D`).
fn article_performers(r: &Reading, songs: &[Song]) -> rustc_hash::FxHashSet<String> {
    let mut names = rustc_hash::FxHashSet::default();
    for s in songs.iter().filter(|s| s.credit_tie == "line") {
        for a in evidence::split_credit(&s.artists) {
            if !evidence::not_a_name(a) {
                names.insert(key(a));
            }
        }
    }
    names.extend(r.singers.iter().cloned());
    names.remove("");
    names
}

/// Korean role words that call the name after them one act (`밴드 A & B`).
const KO_CALLED: &[&str] = &["밴드", "듀오", "그룹", "혼성그룹", "트리오"];

/// The keys of names joined by `&` that the article calls one act: a role word before
/// (`the duo Roo & Bomi`, `4인조 밴드 라임 & 랜턴의`) or a copula after (`Roo & Bomi is
/// a duo`). Their credits are not split at the `&`.
pub(super) fn called_acts(lines: &[super::ReadLine]) -> Vec<String> {
    let mut acts = Vec::new();
    for l in lines.iter().filter(|l| l.line.text.contains('&')) {
        let v = View {
            text: &l.line.text,
            p: &l.pieces,
        };
        for k in 0..v.p.len() {
            // The name's first and last pieces: one run (`Roo & Bomi`), or two runs about
            // an `&` of its own (`라임 & 랜턴`).
            let (mut a, b) = if v.t(k) == "&" && k > 0 && v.kind(k + 1) == Some(Kind::Run) {
                (k - 1, k + 1)
            } else if v.t(k).contains('&') && v.t(k) != "&" {
                (k, k)
            } else {
                continue;
            };
            // `the trio Hazel, Rue & Sage`: a name before a comma opens the band's name.
            if a >= 3
                && v.t(a - 1) == ","
                && v.kind(a - 2) == Some(Kind::Run)
                && v.is_any(a - 3, CALLED)
            {
                a -= 2;
            }
            // `“Pine & Cone” is a duo`: the name may be quoted.
            let name_piece = |i: usize| matches!(v.p[i].kind, Kind::Run | Kind::Quoted);
            if !name_piece(a) || !name_piece(b) {
                continue;
            }
            let before = a > 0
                && (v.is_any(a - 1, CALLED)
                    || v.kind(a - 1) == Some(Kind::Run) && KO_CALLED.contains(&v.t(a - 1)));
            let after = find::called_after(&v, b);
            let name = if a == b {
                v.t(a)
            } else {
                &v.text[v.p[a].start..v.p[b].end]
            };
            let name = evidence::strip_particle(name);
            if (before || after) && !evidence::not_a_name(name) {
                acts.push(key(name));
            }
        }
    }
    acts.sort();
    acts.dedup();
    acts
}

/// A name without the role word before it (`Singer Ha Sung Woon`, `가수 윤하`).
fn strip_role(name: &str) -> &str {
    for role in [
        "Singer-songwriter ",
        "singer-songwriter ",
        "Singer ",
        "singer ",
        "Vocalist ",
        "Rapper ",
        "Actor ",
        "Actress ",
        "Band ",
        "Group ",
        "가수 ",
        "그룹 ",
        "밴드 ",
    ] {
        if let Some(rest) = name.strip_prefix(role) {
            return rest;
        }
    }
    name
}

/// The nearest `X는`/`X은`/`X가`/`X이` before a quote in a Korean sentence: the topic or
/// subject who sings it (`크러쉬는 ‘A’를, 헤이즈는 ‘B’를 불렀다`).
fn korean_topic(v: &View, s: usize, k: usize, tables: &Tables) -> Option<String> {
    for i in (s..k).rev() {
        if v.p[i].kind != Kind::Run {
            continue;
        }
        let w = v.t(i);
        // `재이는 버튼플라이의 메인보컬로`: a name before its possessive holds no particle.
        if v.kind(i + 1) == Some(Kind::Poss) {
            continue;
        }
        // `가장 좋아하는 OST`: a verb's ending before a noun, no topic's particle; the
        // clause it opens is no singer's.
        if ["하는", "되는", "있는", "없는", "하던"]
            .iter()
            .any(|e| w.ends_with(e))
            && !crate::shape::hangul_person(&w[..w.len() - '는'.len_utf8()], tables)
        {
            return None;
        }
        // `가수 박하은이 tvN 드라마 ‘D’ OST ‘T’를`: words without a particle are passed;
        // so is a quote's own ending (`‘OST 퀸’이라는`, `‘D’는`), glued to it.
        let Some(stem) = w.strip_suffix(['은', '는', '이', '가']) else {
            continue;
        };
        if i > 0 && v.kind(i - 1) == Some(Kind::Quoted) && v.close(i - 1, i) {
            continue;
        }
        if stem.is_empty() || !has_hangul(w) || stem.chars().count() < 2 && !stem.is_ascii() {
            return None;
        }
        // `A의 목소리가 담긴 ‘T’`: the voice's owner sings it.
        if stem == "목소리" && i >= 2 && v.kind(i - 1) == Some(Kind::Poss) {
            let o = i - 2;
            return (v.kind(o) == Some(Kind::Run) && v.close(o, i - 1)).then(|| v.t(o).to_string());
        }
        if evidence::KO_NOT_SINGER.contains(&stem)
            || evidence::is_ko_pronoun(stem)
            || evidence::drama(tables, stem) > 0.0
            || evidence::not_a_name(stem)
        {
            return None;
        }
        let a = pair_start(v, s, i);
        return Some(format!("{}{stem}", &v.text[v.p[a].start..v.p[i].start]));
    }
    None
}

/// Whether a song is named in an interview as the interviewee's: an answer that speaks
/// in the first person (`A: I sang “T” for D`, `A: My song was “T.”`, `답: 제가 부른
/// ‘T’`: `first_person`) or a question in the second (`Q: Your new song “T” is for D.`:
/// `second_person`).
fn interviewees_song(v: &View, song_start: usize) -> Option<&'static str> {
    let t = v.text.trim_start();
    let opens = |labels: &[&str]| labels.iter().any(|a| t.starts_with(a));
    let answer = opens(&["A:", "A :", "A.", "답:", "답 :", "A）"]);
    let question = opens(&["Q:", "Q :", "Q.", "질문:", "Q）"]);
    let k = v.at(song_start)?;
    let (s, _) = super::find::sentence_bounds(v, k);
    let said = |words: &[&str]| (s..k).any(|i| words.contains(&v.t(i)));
    if answer && said(&["I", "My", "my", "I've", "I’ve", "제가", "내가", "저는"]) {
        Some("first_person")
    } else if question && said(&["You", "you", "Your", "your", "You've", "You’ve"]) {
        Some("second_person")
    } else {
        None
    }
}

/// A singer's page's subject: the name that opens its first sentences and that the
/// sentence calls a singer (`Noh Tae-hyun (Korean: 노태현; born …) is a South Korean
/// singer-songwriter`, `노태현(1993년 5월 21일 ~ )은 대한민국의 가수이다`), or the
/// singer a discography is of (`# A discography`, `The discography of South Korean
/// singer A consists of …`).
fn biography_of(r: &Reading, tables: &Tables) -> Option<String> {
    r.profile_singer
        .clone()
        .or_else(|| discography_of(r, tables))
        .or_else(|| opening_singer(r, tables))
}

/// The singer a discography page lists the releases of: its heading's `A discography`
/// (`A 디스코그래피`), or its lead's `discography of [South Korean] singer A`.
fn discography_of(r: &Reading, tables: &Tables) -> Option<String> {
    let is_word = |v: &View, i: usize| {
        v.kind(i) == Some(Kind::Word) && v.t(i).eq_ignore_ascii_case("discography")
            || v.kind(i) == Some(Kind::Run) && v.t(i) == "디스코그래피"
    };
    r.lines.iter().take(12).find_map(|l| {
        let v = View {
            text: &l.line.text,
            p: &l.pieces,
        };
        let at = if is_word(&v, 1) && v.kind(0) == Some(Kind::Run) {
            0
        } else {
            // `The discography of South Korean singer A`: the name after the role word.
            let d = (0..v.p.len().min(3)).find(|&i| is_word(&v, i))?;
            if !v.is_any(d + 1, &["of"]) {
                return None;
            }
            (d + 2..(d + 6).min(v.p.len()))
                .find(|&i| v.kind(i) == Some(Kind::Word) && super::find::calls_performer(v.t(i)))
                .map(|i| i + 1)
                .filter(|&i| v.kind(i) == Some(Kind::Run))?
        };
        let name = v.t(at);
        (evidence::performer(tables, name) >= 0.5 && !tables.is_drama(name))
            .then(|| name.to_string())
    })
}

/// The name that opens a page's first sentences, when the sentence calls it a singer.
fn opening_singer(r: &Reading, tables: &Tables) -> Option<String> {
    r.lines
        .iter()
        .take(20)
        .filter(|l| l.line.kind == super::LineKind::Body)
        .take(2)
        .find_map(|l| {
            let v = View {
                text: &l.line.text,
                p: &l.pieces,
            };
            let name = evidence::strip_particle(v.t(0)).to_string();
            if v.kind(0) != Some(Kind::Run) || evidence::not_a_name(&name) {
                return None;
            }
            let (_, e) = super::find::sentence_bounds(&v, 0);
            let at = if v.kind(1) == Some(Kind::Bracket) {
                2
            } else {
                1
            };
            let english = v.is_any(at, &["is", "was"])
                && (at + 1..(at + 7).min(e)).any(|i| super::find::calls_performer(v.t(i)));
            let korean = has_hangul(&name)
                && v.t(0).ends_with(['은', '는'])
                && (1..e).any(|i| {
                    crate::normalize::KO_ROLES
                        .iter()
                        .any(|k| v.t(i).starts_with(k))
                });
            // `Yeonseul (연슬) is a South Korean soloist`: a name the page writes in both
            // scripts is a name, whatever its shape.
            let glossed = at == 2 && has_hangul(v.t(1)) != has_hangul(&name);
            ((english || korean)
                && !(english && tables.is_drama(&name))
                && (evidence::performer(tables, &name) >= 0.5 || english && glossed))
                .then_some(name)
        })
}

/// An interview's subject: the singer its first lines name (`[INTERVIEW] A`, `A on her
/// new OST`).
fn interviewee_of(r: &Reading, tables: &Tables) -> Option<String> {
    r.lines.iter().take(3).find_map(|l| {
        let text = &l.line.text;
        // `[INTERVIEW] A`, `[인터뷰] A`: the kicker says whose words follow.
        let kicker = l.pieces.first().is_some_and(|p| {
            p.kind == Kind::Bracket && {
                let k = p.text(text).to_lowercase();
                k.contains("interview") || k.contains("인터뷰")
            }
        });
        l.pieces
            .iter()
            .enumerate()
            .filter(|(_, p)| p.kind == Kind::Run)
            .map(|(i, p)| (i, p.text(text)))
            .find(|&(i, t)| {
                // (`MUSIC | INTERVIEW`: a section's links are no names.)
                t.chars().count() >= 2
                    && !evidence::not_a_name(t)
                    && !evidence::is_link_word(t)
                    && (kicker && i == 1 || evidence::performer(tables, t) >= 0.5)
            })
            .map(|(_, t)| t.to_string())
    })
}

/// Whether the song's sentence credits a pronoun (`She`, `Their`, `그는`, `…: her “T”`):
/// `Some(singular)`, `singular` when the sentence's English pronoun before the song is a
/// person's (`she`, `his`) and none is plural.
fn pronoun(v: &View, song_start: usize) -> Option<bool> {
    let k = v.at(song_start)?;
    let (s, e) = super::find::sentence_bounds(v, k);
    // A Korean third person's pronoun with one of the particles.
    let third = |i: usize, particles: &[char]| {
        v.t(i).strip_suffix(particles).is_some_and(|stem| {
            evidence::is_ko_pronoun(stem) && !evidence::is_ko_first_person(stem)
        })
    };
    // `‘T1’, ‘T2’ 등 그가 부른 OST`: a Korean pronoun after the songs, singing them.
    let sang_after =
        (k + 1..e.min(k + 12)).any(|i| third(i, &['이', '가']) && super::find::sings(v.t(i + 1)));
    // `…: her "T," recorded for D`, `his 2016 ballad "T"`, `and she later gave "T"`: a
    // pronoun that owns the song, or the subject of its clause, wherever the sentence
    // puts it; only lowercase words or years between them.
    let clause = (s..k)
        .rev()
        .take_while(|&i| {
            v.kind(i) == Some(Kind::Word) || v.t(i).bytes().all(|b| b.is_ascii_digit())
        })
        .take(4)
        .any(|i| v.is_any(i, &["his", "her", "their", "he", "she", "they"]));
    let any = sang_after
        || clause
        || (s..k.min(s + 3)).any(|i| {
            v.is_any(
                i,
                &[
                    "he",
                    "she",
                    "they",
                    "his",
                    "her",
                    "their",
                    "the singer",
                    "the band",
                    "the duo",
                    "the group",
                ],
            ) || third(i, &['은', '는', '이', '가'])
        });
    let singular = || {
        (s..k).any(|i| v.is_any(i, &["he", "she", "his", "her", "him"]))
            && !(s..k).any(|i| v.is_any(i, &["they", "their", "them"]))
    };
    any.then(singular)
}

/// A credit in the sentence after the song's (which holds its `start`), about "this
/// song" (`EXO’s Chen and Punch made a wonderful job with this song`, `Kim Na Ra sings it
/// with restraint`, `It's sung by A`, `‘T’은 … 곡이다. 한수지가 가창했다`).
fn next_sentence_credit(
    r: &Reading,
    spots: &[(usize, usize, usize)],
    line: usize,
    start: usize,
    tables: &Tables,
) -> Option<String> {
    let l = &r.lines[line];
    let sents = &l.sentences;
    // The song's own sentence: the one it starts in (a quote may close after the full
    // stop, `“Kiss Me.”`).
    let idx = l.sentence_index(start)?;
    // `“T” is a pop ballad … Haram's clear vocals carry it`: a singer's voice, in the
    // song's sentence or the next.
    let line_songs = on_line(spots, line, |o| o.0);
    for &(s, e) in &sents[idx..(idx + 2).min(sents.len())] {
        if line_songs
            .iter()
            .any(|o| o.1 >= s && o.1 < e && o.1 != start)
        {
            break;
        }
        let v = View {
            text: &l.line.text,
            p: &l.pieces,
        };
        if let Some(a) = voice_owner(&v, s, e, tables) {
            return Some(a);
        }
    }
    // The next sentence: on the song's line, or the next paragraph's first when the
    // song's sentence ends its own (`<p>… “T.”</p><p>It is sung by A.</p>`).
    let (at, (s, e)) = match sents.get(idx + 1) {
        Some(&se) => (line, se),
        None => {
            let n = r.lines.get(line + 1)?;
            if n.line.kind != LineKind::Body || n.slots.is_some() {
                return None;
            }
            (line + 1, *n.sentences.first()?)
        }
    };
    // The song's closing quote, when it came after the full stop, is no part of it.
    let next = r.lines[at].line.text[s..e].trim_start_matches(['"', '”', '’', '\'', ' ']);
    if !about_the_song(next) {
        return None;
    }
    let credit = sentence_credit(next, tables)?;
    // Another song in that sentence before the name takes the credit itself (one after
    // it is the singer's earlier song: `It is sung by A, who debuted with “B”`).
    let first = credit.split(", ").next().unwrap_or(&credit);
    // (`next` ends where the sentence does.) A Korean sentence names its singer before
    // the song (`A는 ‘T’를 불렀다`): any song in it takes the credit.
    let named_at = if has_hangul(first) {
        e
    } else {
        e - next.len() + next.find(first).unwrap_or(0)
    };
    (!on_line(spots, at, |o| o.0)
        .iter()
        .any(|o| o.1 >= s && o.1 < named_at))
    .then_some(credit)
}

/// The singer the sentence before the song's says sings a soundtrack's part, when that
/// sentence names no song: `A will sing the drama's third part. Titled “T”, it …`,
/// `The second part will be sung by A. “T” is a ballad …`.
fn part_announced(
    r: &Reading,
    spots: &[(usize, usize, usize)],
    line: usize,
    start: usize,
    tables: &Tables,
) -> Option<String> {
    let l = &r.lines[line];
    let idx = l.sentence_index(start)?;
    // The sentence before: on the song's line, or the previous paragraph's last.
    let (at, (s, e)) = match idx.checked_sub(1) {
        Some(i) => (line, l.sentences[i]),
        None => {
            let p = r.lines.get(line.checked_sub(1)?)?;
            if p.line.kind != LineKind::Body || p.slots.is_some() {
                return None;
            }
            (line - 1, *p.sentences.last()?)
        }
    };
    // No song between that sentence's start and this one.
    let songs_between = |o: &(usize, usize, usize)| {
        (o.0 == at && o.1 >= s && (at != line || o.1 < start))
            || (at != line && o.0 == line && o.1 < start)
    };
    if spots.iter().any(songs_between) {
        return None;
    }
    // Read on the line's own pieces, those of that sentence.
    let rl = &r.lines[at];
    let v = View {
        text: &rl.line.text,
        p: &rl.pieces,
    };
    let lo = rl.pieces.partition_point(|q| q.start < s);
    let hi = rl.pieces.partition_point(|q| q.start < e);
    let next_is = |i: usize, words: &[&str]| i + 1 < hi && v.is_any(i + 1, words);
    const PART: &[&str] = &["part", "ost", "soundtrack", "installment", "track", "song"];
    let part = (lo..hi).any(|i| {
        super::layout::is_part(v.t(i))
            || v.is_any(i, find::ORDINALS)
                && (next_is(i, PART) || i + 1 < hi && v.kind(i + 1) == Some(Kind::Ost))
    });
    if !part {
        return None;
    }
    // (With the forms a part's announcement takes: `will be sung by`, `takes on Part 4`.)
    const PART_VERBS: &[&str] = &[
        "sung",
        "singing",
        "record",
        "recording",
        "perform",
        "takes",
        "took",
    ];
    let verb = (lo..hi).find(|&i| v.is_any(i, SINGS_IT) || v.is_any(i, PART_VERBS))?;
    // `will be sung by A`: the name after `by`.
    if next_is(verb, &["by"]) {
        return sentence_credit(&v.text[v.p[verb].start..e], tables);
    }
    // `A will sing`, `A, who leads BLOOM, takes on`: the name before the verb, past its
    // adverbs and an apposition between commas.
    const BEFORE_VERB: &[&str] = &[
        "will",
        "also",
        "previously",
        "has",
        "had",
        "have",
        "already",
        "recently",
        "once",
        "then",
        "later",
        "now",
        "personally",
        "directly",
        "to",
        "is",
        "was",
    ];
    let mut j = verb.checked_sub(1).filter(|&j| j >= lo)?;
    while j > lo && v.is_any(j, BEFORE_VERB) {
        j -= 1;
    }
    if v.t(j) == "," {
        j = (lo..j)
            .rev()
            .find(|&i| v.t(i) == ",")?
            .checked_sub(1)
            .filter(|&j| j >= lo)?;
    }
    let name = v.t(j);
    (v.kind(j) == Some(Kind::Run)
        && (evidence::performer(tables, name) >= 0.5 || name_shaped(name, tables)))
    .then(|| name.to_string())
}

/// The singer a passive clause later in the song's own sentence names, past an
/// apposition (`“T,” the second song from the series “D,” was sung by A`), or a verb
/// that says who sings on it (`D’s “T” features A`, `…, which A sang`), when no other
/// song comes between.
/// The song's sentence ends at byte `end`, as the line's sentences end it (a full stop
/// inside the title's closing quote ends it too: `“T.” It is sung by A` is the next
/// sentence's credit).
fn credit_later_in_sentence(
    v: &View,
    end: usize,
    song_end: usize,
    line_songs: &[(usize, usize, usize)],
    tables: &Tables,
) -> Option<String> {
    let k = v.at(song_end)?;
    let e = v.p.partition_point(|q| q.start < end);
    // A relative clause's or a song noun's singer before the singing verb.
    let clause_singer = |j: usize| {
        (v.is_any(j, &["which", "that"]) || v.song_word(j) && !v.is_any(j, super::find::SUNG_BY))
            && v.kind(j + 1) == Some(Kind::Run)
            && v.is_any(j + 2, super::find::SUNG_BY)
    };
    // `… was sung by A`, `… features A`, `… carries vocals from A`.
    let by = (k..e).find(|&j| {
        v.is(j, "by") && v.is_any(j - 1, super::find::SUNG_BY)
            // `“T,” the D OST Part 2 by A`: a soundtrack's song by its singer.
            || v.is(j, "by") && v.kind(j - 1) == Some(Kind::Ost)
            || v.is_any(j, &["features", "featuring"])
            || v.is(j, "from") && v.is_any(j - 1, &["vocals", "voice"])
            // `…, which A sang`, `… is the number A recorded`.
            || clause_singer(j)
    })?;
    if line_songs
        .iter()
        .any(|&(_, st, _)| st >= song_end && st < v.p[by].start)
    {
        return None;
    }
    // The clause says the name sings: its shape will do, whatever the tables know.
    if clause_singer(by) && name_shaped(v.t(by + 1), tables) {
        return Some(v.t(by + 1).to_string());
    }
    sentence_credit(&v.text[v.p[by].start..end], tables)
}

/// Verbs that say someone sings a song (`A sings it`, `A lent her voice`).
const SINGS_IT: &[&str] = &[
    "sings",
    "sang",
    "sing",
    "performs",
    "performed",
    "delivers",
    "delivered",
    "recorded",
    "records",
    "lends",
    "lent",
    "voices",
    "voiced",
    "croons",
    "crooned",
];

/// Whether a sentence speaks of the song before it as sung by someone: an anaphor with
/// a singing verb (`It is sung by A`, `A delivered it with restraint`, `A lends her voice
/// to the track`), or a Korean singing verb (`이 곡은 A가 불렀다`).
fn about_the_song(sentence: &str) -> bool {
    const ABOUT: &[&str] = &[
        "this song",
        "the song",
        "this track",
        "the track",
        "this ost",
        "this ballad",
        "the ballad",
        "the duet",
        "this duet",
        "the singer is",
        "the singer was",
        "with it",
        "on it",
        "sung by",
        "performed by",
        "voice to it",
        "가창",
        "불렀",
        "부른다",
        "불러",
        "목소리로",
        // `A가 부른 이 곡은 …`: the song A sang.
        "부른 이 곡",
        "부른 이 노래",
    ];
    let lower = sentence.to_lowercase();
    let words = lower.split(|c: char| !is_alnum(c));
    // `The upbeat hip-hop track is by A`: a song word, then whose it is.
    let song_is_by = (lower.contains(" is by ") || lower.contains(" was by "))
        && words
            .clone()
            .any(|w| super::find::SONG_WORDS.contains(&w) || w == "duet");
    song_is_by
        || ABOUT.iter().any(|a| lower.contains(a))
        || words
            .clone()
            .zip(words.skip(1))
            .any(|(v, o)| SINGS_IT.contains(&v) && matches!(o, "it" | "her" | "his" | "their"))
}

/// The singer whose voice the sentence of bytes `s..e` speaks of: `Haram's clear
/// vocals`, `Jin's sweet yet powerful vocals`, `Kim Feel's vocal is lovely`. Read from
/// the line's pieces.
fn voice_owner(v: &View, s: usize, e: usize, tables: &Tables) -> Option<String> {
    let p = v.p;
    let from = p.partition_point(|q| q.start < s) + 1;
    let to = p.partition_point(|q| q.start < e);
    (from..to).find_map(|k| {
        if p[k].kind != Kind::Poss || p[k - 1].kind != Kind::Run {
            return None;
        }
        let voice = (k + 1..(k + 5).min(to))
            .take_while(|&j| p[j].kind == Kind::Word)
            .any(|j| v.is_any(j, &["vocals", "vocal", "voice"]));
        let name = v.t(k - 1);
        (voice && (evidence::performer(tables, name) >= 0.5 || name_shaped(name, tables)))
            .then(|| name.to_string())
    })
}

/// The song's heading, when the paragraph under it credits it in its first sentence
/// (`## 3. “T”` / `A and B trade lines in this duet.`, `Sung by A, this one …`): a
/// ranked list's items are written that way.
fn item_credit(song: &Song, r: &Reading, has_song: &[bool], tables: &Tables) -> Option<String> {
    let line = song.line;
    let l = &r.lines[line].line;
    // The heading is the title alone (a headline that holds a title is no item), or with
    // its soundtrack's part (`4. Low Stairs (Part 3)`).
    let rest = crate::segment::strip_marker(l.text.trim_start_matches(['#', ' ']));
    let rest = match rest
        .trim_end()
        .strip_suffix(')')
        .and_then(|b| b.rsplit_once(" ("))
    {
        Some((name, part)) if super::layout::is_part(part) => name,
        _ => rest,
    };
    if l.kind != LineKind::Heading || key(rest) != key(&song.track) {
        return None;
    }
    let n = r.lines.get(line + 1)?;
    if n.line.kind == LineKind::Heading || n.slots.is_some() || has_song[line + 1] {
        return None;
    }
    let (s, e) = *n.sentences.first()?;
    sentence_credit(&n.line.text[s..e], tables)
}

/// The credit a sentence opens with, or the name after its `by`.
fn sentence_credit(next: &str, tables: &Tables) -> Option<String> {
    let p = pieces::lex(next);
    let v = View { text: next, p: &p };
    // `윤서아와 박하은이`: a first singer before a Korean `and`.
    let and_before = |j: usize| {
        let t = v.t(j);
        p[j].kind == Kind::Run
            && t.ends_with(['과', '와'])
            && evidence::performer(tables, &t[..t.len() - '과'.len_utf8()]) >= 0.4
    };
    // `극 중 정원사 서온(채도윤 분)을 연기한 배우 채도윤이 직접 불렀는데`: the subject of
    // the Korean verb that says who sang, past an adverb, over the names before it.
    if let Some(sang) = (1..p.len()).find(|&j| {
        // (`A가 부른 이 곡은`: the verb before the song it names.)
        p[j].kind == Kind::Run
            && (v.t(j).starts_with("불렀") || v.t(j).starts_with("가창했") || v.t(j) == "부른")
    }) {
        let mut j = sang - 1;
        if j > 0 && matches!(v.t(j), "직접" | "함께" | "모두" | "홀로" | "혼자") {
            j -= 1;
        }
        let t = v.t(j);
        if p[j].kind == Kind::Run && t.ends_with(['이', '가']) {
            let stem = evidence::strip_particle(t);
            // (`배우가 직접 부른 곡`: a role word is no name.)
            if stem.chars().count() >= 2
                && !evidence::is_ko_pronoun(stem)
                && !crate::normalize::KO_ROLES.contains(&stem)
                && evidence::performer(tables, stem) >= 0.4
            {
                // `지안과 로하가 함께 불렀다`, `서현진과 싱어송라이터 유승우가`: the first
                // singer before a Korean `and` (and the second's role word).
                let role = j >= 2 && crate::normalize::KO_ROLES.contains(&v.t(j - 1));
                let before = j - usize::from(role);
                let first = (before > 0 && and_before(before - 1))
                    .then(|| v.t(before - 1))
                    .and_then(|w| w.strip_suffix(['과', '와']));
                return Some(match first {
                    Some(a) => format!("{a}, {stem}"),
                    None => stem.to_string(),
                });
            }
        }
    }
    // The sentence's first name that is a performer's (`이번 곡은 김도윤이 불렀다`),
    // within its first few words.
    // (A polite verb is no name: `첫 소절부터 이래요`.)
    let verb = |w: &str| w.ends_with(['요', '죠']) || w.ends_with("니다");
    let named = |k: usize| {
        let name = evidence::strip_particle(v.t(k));
        p[k].kind == Kind::Run
            && !verb(v.t(k))
            && evidence::performer(tables, name) >= 0.5
            && !evidence::not_a_name(name)
    };
    let mut k = 0;
    while k < p.len().min(4) && !named(k) {
        k += 1;
    }
    // `It is sung by A.`: else the name after `by`, which `by` says is one, past the
    // words that say what the singer is (`performed by the band A`, `by soloist A`).
    // (A sentence read from its `by` names the singer right after it: `by Jayvee feat.
    // Choi Ha-neul`, whoever the tables know.)
    let by = k >= p.len().min(4) || v.is(0, "by");
    if by {
        // (`composed by B`, `lyrics by C`: a staff credit's `by` names no singer.)
        let after = (1..p.len())
            .find(|&j| v.is(j - 1, "by") && !(j >= 2 && super::find::is_staff(v.t(j - 2))))?;
        k = (after..p.len().min(after + 4))
            .take_while(|&j| p[j].kind != Kind::Punct && p[j].kind != Kind::Sep)
            .find(|&j| p[j].kind == Kind::Run)?;
    }
    // `by the actor A’s co-star B`: a possessor after `by` is not the singer (but
    // `A’s version of it` opening a sentence is).
    if (by || v.is(0, "by"))
        && v.kind(k + 1) == Some(Kind::Poss)
        && v.kind(k + 2) == Some(Kind::Word)
    {
        return None;
    }
    let joined_before = !by && k > 0 && and_before(k - 1);
    // `EXO’s Chen and Punch`, `가수 한수지가`
    let start = p[if joined_before { k - 1 } else { k }].start;
    let mut stop = p[k].end;
    if v.kind(k + 1) == Some(Kind::Poss) && v.kind(k + 2) == Some(Kind::Run) {
        stop = p[k + 2].end;
    }
    // `V of BTS`: the member with the group.
    let member = v.is_any(k + 1, &["of", "from"])
        && v.kind(k + 2) == Some(Kind::Run)
        && tables.group(v.t(k + 2)).is_some();
    // `BTS member Jin`: the group before its member (one the tables do not know is
    // written in capitals, `LUMEN member Cho Dan`).
    let member_after = v.is(k + 1, "member")
        && v.kind(k + 2) == Some(Kind::Run)
        && (tables.group(v.t(k)).is_some() || crate::normalize::is_capitals_act(v.t(k)));
    if member || member_after {
        stop = p[k + 2].end;
    }
    // `Chen and Punch`, `A & B`, `A and rapper B`, `A feat. B`: a duet's second singer.
    let member = member || member_after;
    let last = if member || stop > p[k].end { k + 2 } else { k };
    let called = v.is_any(last + 2, CALLED) && v.kind(last + 3) == Some(Kind::Run);
    let second = last + 2 + usize::from(called);
    // The role word between them is no part of the credit.
    let mut role_word = None;
    if v.is_any(
        last + 1,
        &["and", "&", "x", "×", "feat.", "ft.", "featuring"],
    ) && v.kind(second) == Some(Kind::Run)
        && (called || evidence::performer(tables, v.t(second)) >= 0.5)
    {
        if called {
            role_word = Some((p[last].end, second));
        }
        stop = p[second].end;
    }
    // `지안과 로하가 함께 불렀다`: a Korean `and` ends the first singer's word.
    let ko_and = last == k
        && and_before(k)
        && v.kind(k + 1) == Some(Kind::Run)
        && v.t(k + 1).ends_with(['이', '가'])
        && evidence::performer(tables, evidence::strip_particle(v.t(k + 1))) >= 0.4;
    if ko_and {
        stop = p[k + 1].end;
    }
    let mut name = next[start..stop]
        .strip_suffix(['이', '가', '은', '는'])
        .unwrap_or(&next[start..stop])
        .to_string();
    if let Some((first_end, second)) = role_word {
        name = format!("{}, {}", &next[start..first_end], v.t(second));
    }
    // `by A featuring rapper B`: the guest sings it too.
    let last = p.partition_point(|q| q.end <= stop).saturating_sub(1);
    if v.is_any(last + 1, &["featuring", "feat", "ft"]) {
        let guest = (last + 2..p.len().min(last + 5))
            .take_while(|&j| p[j].kind != Kind::Sep)
            .find(|&j| p[j].kind == Kind::Run);
        if let Some(g) = guest {
            name = format!("{name}, {}", v.t(g));
        }
    }
    // `A teamed up with B`, `A duetted with B`: the one sung with sings it too.
    let mut w = last + 1;
    if v.is_any(w, super::find::WORKED_WITH) {
        w += 1 + usize::from(v.is(w + 1, "up"));
        if v.is(w, "with") && v.kind(w + 1) == Some(Kind::Run) {
            let partner = v.t(w + 1);
            if evidence::performer(tables, partner) >= 0.5 {
                name = format!("{name}, {partner}");
            }
        }
    }
    let named = by && name_shaped(&name, tables);
    (member || named || ko_and || joined_before || evidence::performer(tables, &name) >= 0.5)
        .then_some(name)
}
