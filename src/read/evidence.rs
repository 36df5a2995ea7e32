//! Evidence: how much a span reads as a drama, a performer or a song title, from
//! independent signals (the name tables, the shape of the name, its words). No single
//! signal decides; the layouts and the decision add them up.

use crate::normalize::{has_hangul, is_alnum, key};
use crate::per_thread::PerThreadRegex;
use crate::shape;
use crate::tables::{Tables, Version};
use aho_corasick::AhoCorasick;
use regex::Regex;
use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::cell::RefCell;
use std::sync::OnceLock;

/// Words that name what a thing is rather than the thing (`song`, `drama`, `singer`).
static ROLE_WORDS: Words = Words::new(&[
    "song",
    "songs",
    "track",
    "tracks",
    "single",
    "ballad",
    "drama",
    "dramas",
    "series",
    "show",
    "singer",
    "singers",
    "band",
    "group",
    "album",
    "tracklist",
    "lyrics",
    "video",
    "mv",
    "ost",
    "soundtrack",
    "chart",
    "episode",
    "part",
    "official",
    "audio",
    "teaser",
    "trailer",
    "kdrama",
    "k-drama",
    "드라마",
    "가수",
    "노래",
    "그룹",
    "앨범",
    "곡",
    "음원",
    "뮤직비디오",
    // A Korean post's list nouns (`드라마 'D' OST 정리`, `명곡 모음`): what the post is.
    "정리",
    // A column's kicker (`[월간 OST 결산]`, `[주간 OST]`): when, not what.
    "월간",
    "주간",
    "결산",
    // When something happened (`이번 주 ‘T’`, `지난주`) names no work.
    "이번",
    "지난주",
    "이번주",
    "다음주",
    "총정리",
    "모음",
    "명곡",
    "추천곡",
    "플레이리스트",
    "듣기",
    "가사",
    // A page's section nouns (`드라마 정보`, `작품 소개`).
    "정보",
    "소개",
    // Korean headlines' action nouns (`OST 가창`, `OST 합류`): never a name.
    "가창",
    "참여",
    "발매",
    "공개",
    "발표",
    "합류",
    "확정",
    "출격",
    "컴백",
    "열창",
]);

/// Words of a page's furniture: a post's counters and bylines (`조회 수 2,183`, `댓글 12`,
/// `Published`, `12 comments`) label the page, not a song.
static FURNITURE_WORDS: Words = Words::new(&[
    "조회",
    "조회수",
    "댓글",
    "공감",
    "추천",
    "스크랩",
    "작성자",
    "작성일",
    "views",
    "comments",
    "replies",
    "published",
    "updated",
    "posted",
    // A Q&A site's answer (`Answered 2y`, `Edited Mar 3`).
    "answered",
    "edited",
    // Share bars, site links and reaction rows.
    "share",
    "tweet",
    "facebook",
    "twitter",
    "instagram",
    "pinterest",
    "reddit",
    "email",
    "whatsapp",
    "privacy",
    "disclaimers",
    "unsubscribe",
    "subscribe",
    "newsletter",
    "advertisement",
    "sponsored",
    "menu",
    // A page's copyright line (`<저작권자 ⓒ 매체, 무단전재 및 재배포 금지>`, `Copyright 2024`).
    "copyright",
    "저작권자",
    "무단전재",
    "재배포",
    // A photo's credit (`안테나 제공`, `방송 화면 캡처`).
    "제공",
    "캡처",
    "캡쳐",
    // A shop's page (`PRODUCT DESCRIPTION`, `CUSTOMER REVIEWS`, `Barcode: …`).
    "description",
    "reviews",
    "interview",
    "interviews",
    "wishlist",
    "barcode",
    "quantity",
    "checkout",
    "shipping",
    // A release's time zone (`6 p.m. KST`).
    "kst",
    "est",
    "pst",
    "utc",
    "gmt",
]);

/// A site's links and buttons beyond its [`FURNITURE_WORDS`], as a whole name: a bar of them (`Home | News | About`,
/// `Share   Save   Report`) is no track list, and a count before one (`12 Comments`,
/// `3 Answers`, `👍 211 Reply`) is no name.
static LINK_WORDS: Words = Words::new(&[
    "home",
    "about",
    "about me",
    "about us",
    "contact",
    "contact us",
    "archive",
    "archives",
    "search",
    "menu",
    "login",
    "log in",
    "sign in",
    "sign up",
    "register",
    "news",
    "features",
    "reviews",
    "recaps",
    "podcasts",
    "videos",
    "video",
    "photos",
    "celeb",
    "music",
    "movies",
    "entertainment",
    "k-pop",
    "watch now",
    "play",
    "listen",
    "재생",
    "듣기",
    "lyrics",
    "translations",
    "requests",
    "faq",
    "edit",
    "talk",
    "history",
    "save",
    "hide",
    "report",
    "reply",
    "answers",
    "answer",
    "quote",
    "like",
    "likes",
    "votes",
    "upvote",
    "upvotes",
    "downvote",
    "points",
    "notes",
    "follow",
    "download",
    "clip",
    "print",
    "copy link",
    "more",
    "next",
    "previous",
    "categories",
    "ko-fi",
    "patreon",
    "trending",
    "members",
    "online",
    "company",
    "communities",
    "useful links",
    "quizzes",
    "actors",
    "dramas",
    // Streaming services, a song card's links (`Spotify · Melon`).
    "spotify",
    "apple music",
    "youtube",
    "youtube music",
    "melon",
    "genie",
    "멜론",
    "지니",
    // Korean portals' sections, buttons, sort orders and footers.
    "홈",
    "메뉴",
    "전체메뉴",
    "바로가기",
    "본문",
    "검색",
    "로그인",
    "구독",
    "기본정보",
    "회차정보",
    "출연진",
    "등장인물",
    "영상",
    "포토",
    "연예",
    "뉴스",
    "스포츠",
    "좋아요",
    "화나요",
    "슬퍼요",
    "기사원문",
    "공유",
    "공유하기",
    "폰트",
    "글자크기",
    "인쇄",
    "인쇄하기",
    "이전글",
    "다음글",
    "이전 글",
    "다음 글",
    "목록",
    "카테고리",
    "등록순",
    "최신순",
    "답글순",
    "회사소개",
    "광고문의",
    "이용약관",
    "개인정보처리방침",
    "청소년보호정책",
]);

/// The last words of a publication's or an agency's name (`StarNest Entertainment News`,
/// `Drama Daily`, `Hallyu Wiki`).
static PUBLICATION_WORDS: Words = Words::new(&[
    "news",
    "times",
    "daily",
    "weekly",
    "magazine",
    "herald",
    "journal",
    "tribune",
    "gazette",
    "chronicle",
    "wiki",
    "blog",
    "media",
    "digest",
    "insider",
    "press",
    "entertainment",
]);

/// Whether a heading names a publication or an agency: its last word says so.
pub fn names_a_publication(name: &str) -> bool {
    name.split_whitespace()
        .last()
        .is_some_and(|w| is_one_of(w, &PUBLICATION_WORDS))
        && name.contains(' ')
}

/// Whether a name is a site's link or button, or a count of one (`12 Comments`).
pub fn is_link_word(name: &str) -> bool {
    let bare = name.trim_matches(|c: char| !is_alnum(c));
    let count = |n: &str| n.chars().all(|c| c.is_ascii_digit() || c == ',');
    // `12 Comments`, `좋아요 12`: a count on either side; not a year (`Reply 1988`).
    let year = |n: &str| n.len() == 4 && (n.starts_with("19") || n.starts_with("20"));
    let bare = match (bare.split_once(' '), bare.rsplit_once(' ')) {
        (Some((n, rest)), _) if count(n) => rest,
        (_, Some((rest, n))) if count(n) && !year(n) => rest,
        _ => bare,
    };
    let link = |w: &str| LINK_WORDS.contains_ascii_lowercased(w.as_bytes());
    if is_furniture(bare) || link(bare) {
        return true;
    }
    // `기본 정보`: the tab `기본정보`, Hangul labels written with or without the space.
    !bare.is_ascii() && bare.contains(' ') && link(&bare.replace(' ', ""))
}

/// The evidence already found for one name: the rules ask the same questions of the same
/// names many times (every slot of a layout for each role, every candidate again in the
/// decision, the same names in later articles), and the answers cost table look-ups, keys
/// and shape checks.
#[derive(Default)]
struct Known {
    performer: Option<f32>,
    drama: Option<f32>,
    title: Option<f32>,
    not_a_name: Option<bool>,
    network_only: Option<bool>,
}

/// The evidence of each name asked about while articles are read with one version of
/// the tables. It outlives the article: the same singers, titles and dramas come back in
/// article after article, and their evidence depends on the name and the tables alone.
struct Memo {
    tables: Version,
    /// Whether an article is being read: the memo answers only then.
    reading: bool,
    names: FxHashMap<Box<str>, Known>,
}

/// Beyond this many names the memo starts again, which bounds memory (a few MB a thread).
const MEMO_NAMES: usize = 1 << 16;

thread_local! {
    static MEMO: RefCell<Option<Memo>> = const { RefCell::new(None) };
}

/// Remembers the evidence of names until the returned guard drops, and keeps it for the
/// next article read on this thread with the same version of the tables. Nested calls
/// keep the memo of the outer one.
pub fn remember(tables: &Tables) -> Remembering<'_> {
    let own = MEMO.with_borrow_mut(|m| {
        let memo = m.get_or_insert_with(|| Memo {
            tables: tables.version(),
            reading: false,
            names: FxHashMap::default(),
        });
        if memo.reading {
            return false;
        }
        // Other tables give other answers.
        if memo.tables != tables.version() {
            memo.tables = tables.version();
            memo.names.clear();
        }
        memo.reading = true;
        true
    });
    Remembering {
        own,
        _tables: std::marker::PhantomData,
    }
}

/// Keeps the memo of [`remember`] answering; dropping it stops that, and keeps the names.
pub struct Remembering<'a> {
    own: bool,
    _tables: std::marker::PhantomData<&'a Tables>,
}

impl Drop for Remembering<'_> {
    fn drop(&mut self) {
        if self.own {
            MEMO.with_borrow_mut(|m| {
                if let Some(m) = m {
                    m.reading = false;
                }
            });
        }
    }
}

/// Runs `f` on the memo, when one is answering for these tables (`None`: for an answer
/// that reads no table).
fn with_memo<R>(tables: Option<&Tables>, f: impl FnOnce(&mut Memo) -> R) -> Option<R> {
    MEMO.with_borrow_mut(|m| {
        m.as_mut()
            .filter(|m| m.reading && tables.is_none_or(|t| m.tables == t.version()))
            .map(f)
    })
}

/// The answer `part` of the memo holds for `name`, or `compute`'s, remembered.
fn recall<T: Copy>(
    tables: Option<&Tables>,
    name: &str,
    part: fn(&mut Known) -> &mut Option<T>,
    compute: impl FnOnce() -> T,
) -> T {
    if let Some(Some(v)) = with_memo(tables, |m| m.names.get_mut(name).and_then(|k| *part(k))) {
        return v;
    }
    // Computed outside the borrow: evidence asks for other evidence.
    let v = compute();
    with_memo(tables, |m| match m.names.get_mut(name) {
        Some(k) => *part(k) = Some(v),
        None => {
            if m.names.len() >= MEMO_NAMES {
                m.names.clear();
            }
            let mut k = Known::default();
            *part(&mut k) = Some(v);
            m.names.insert(name.into(), k);
        }
    });
    v
}

/// Evidence that `name` is a performer, 0–1: a known act or member, a Korean personal
/// name's shape (romanised or Hangul), a group-like name (capitals, digits, symbols).
///
/// ```
/// let t = ostract::Tables::builtin();
/// assert!(ostract::read::evidence::performer(&t, "EXO") >= 0.9);
/// assert!(ostract::read::evidence::performer(&t, "Kim Seo-yeon") >= 0.6);
/// assert!(ostract::read::evidence::performer(&t, "Soyou [Sistar]") >= 0.6);
/// assert_eq!(ostract::read::evidence::performer(&t, "Crash Into Me"), 0.0);
/// ```
pub fn performer(tables: &Tables, name: &str) -> f32 {
    recall(
        Some(tables),
        name,
        |k| &mut k.performer,
        || performer_of(tables, name),
    )
}

fn performer_of(tables: &Tables, name: &str) -> f32 {
    let name = name.trim();
    // Every act's name has a letter (`2AM`, `015B`); `15:32` and `3:53` are times.
    if !name.chars().any(char::is_alphabetic) {
        return 0.0;
    }
    if music_genre(name) {
        return 0.0;
    }
    // A credit list (`A & B`, `A, B`, `A ft. B`) is as good as its best-known part.
    let parts = split_credit(name);
    if parts.len() > 1 {
        let scores: Vec<f32> = parts.iter().map(|p| one_performer(tables, p)).collect();
        let min = scores.iter().cloned().fold(1.0, f32::min);
        let max = scores.iter().cloned().fold(0.0, f32::max);
        return (0.5 * min + 0.5 * max).min(1.0);
    }
    one_performer(tables, name)
}

fn one_performer(tables: &Tables, name: &str) -> f32 {
    let name = name.trim();
    // `f(x)`: a known group whose name holds brackets.
    if name.ends_with(')') && tables.group(name).is_some() {
        return 1.0;
    }
    // `Soyou [Sistar]`, `첸(엑소)`: the group in brackets, written as `Member (GROUP)`.
    let spaced: Cow<str> = match name.find(['(', '[']) {
        Some(i) if i > 0 && name.ends_with([')', ']']) => {
            format!("{} ({})", name[..i].trim(), &name[i + 1..name.len() - 1]).into()
        }
        _ => name.into(),
    };
    // `EXO's Chen`, `BTS member V`, `엑소 첸`: a known group before the member.
    let mut words = spaced.split_whitespace();
    if let (Some(first), Some(_)) = (words.next(), words.next()) {
        if tables
            .group(first.trim_end_matches(['’', '\'', 's']))
            .is_some()
        {
            return 0.9;
        }
    }
    // `Lee Su-hyun of AKMU`, `Luna from f(x)`: a member, and the group she sings in.
    // (Split before the brackets are spaced: the group's name may hold them.)
    if let Some((member, group)) = name
        .split_once(" of ")
        .or_else(|| name.split_once(" from "))
    {
        let g = one_performer(tables, group);
        let named = member
            .split_whitespace()
            .all(|w| !w.starts_with(char::is_lowercase));
        if g >= 0.6 && named {
            return shape::performer_score(member, tables).max(g.min(0.9));
        }
    }
    shape::performer_score(&spaced, tables)
}

/// The singer an article's headline says sang its songs (`9 Drama OSTs Sung by A`,
/// `A's Best OSTs`, `A가 부른 드라마 OST`): its songs that no line credits are hers.
pub fn headline_singer(headline: &str, tables: &Tables) -> Option<String> {
    if !speaks_of_songs(headline) {
        return None;
    }
    static CUE: PerThreadRegex = PerThreadRegex::new(|| {
        Regex::new(
            r#"(?x)
            (?i:\b(?:osts|soundtracks|songs|ballads)\b(?:\s+\w+){0,2}?\s+(?:sung\s+|performed\s+|recorded\s+)?by\s+)
              (?P<after>.+)
            | (?P<owner>[^'’"“”‘]*?[A-Za-z])(?:['’]s|(?-i:s)['’])\s+(?:\S+\s+){0,3}?(?i:osts|soundtracks)\b
            | (?P<ko>\S+)\s+부른\s+(?:\S+\s+)?(?:OST|ost)\s*(?:모음|명곡|베스트|총정리|\d+곡)
            | (?P<ko_owner>\S+)\s+드라마\s+(?:OST|ost)\s*(?:모음|명곡|베스트|총정리|정리)"#,
        )
        .unwrap()
    });
    // A performer's name, not a drama's, and a person's or one the tables know (a
    // drama's title can have a group's shape).
    let singer = |t: &str| shape::performer_score(t, tables) >= 0.7 && drama(tables, t) == 0.0;
    let c = CUE.captures(headline)?;
    if let Some(m) = c.name("after") {
        // `Sung By A That Will Make You Cry`: the longest name the words open with.
        let words: Vec<&str> = m
            .as_str()
            .split([':', '|', '(', '!', '?', '–', '—', ',', ';'])
            .next()?
            .split_whitespace()
            .take(4)
            .collect();
        (1..=words.len())
            .rev()
            .map(|n| words[..n].join(" "))
            .find(|t| singer(t))
    } else if let Some(m) = c.name("owner") {
        // `Ranking All of A's Drama OSTs`: the longest singer's name the possessive closes.
        let words: Vec<&str> = m.as_str().split_whitespace().collect();
        (1..=words.len().min(4))
            .rev()
            .map(|n| words[words.len() - n..].join(" "))
            .find(|t| singer(t))
    } else if let Some(m) = c.name("ko") {
        let w = strip_particle(m.as_str());
        singer(w).then(|| w.to_string())
    } else {
        // `A 드라마 OST 정리`: without a verb, only a name the tables know is a singer's
        // (`하반기 드라마 OST` is a season's).
        let w = c.name("ko_owner")?.as_str();
        tables.is_known_performer(w).then(|| w.to_string())
    }
}

/// The singer a profile's headline opens with (`A: From Busker to Drama Voice`, `A (에이) —
/// Biography`): the page is about her, and its songs that no line credits are hers. The
/// name is one the tables know as a performer's, or one the headline glosses in the
/// other script; never a drama's.
pub fn profile_singer(headline: &str, tables: &Tables) -> Option<String> {
    // (A wiki's page may bear the name alone: `A (gloss)` over the infobox.)
    static HEAD: PerThreadRegex = PerThreadRegex::new(|| {
        Regex::new(
            r"^(?P<name>[^:|–—(\[]+?)\s*(?:\((?P<gloss>[^()]*)\))?\s*(?P<rest>[:|–—]\s*\S|$)",
        )
        .unwrap()
    });
    let c = HEAD.captures(headline.trim())?;
    let name = c.name("name")?.as_str().trim();
    // A name alone is a profile's only glossed (`A (Photo credit: B)` is a caption).
    let alone = c.name("rest").is_some_and(|r| r.as_str().is_empty());
    let gloss = c
        .name("gloss")
        .map(|g| g.as_str().trim())
        .filter(|g| has_hangul(g) != has_hangul(name));
    // (A page's label is a common word a performer may bear: `Tag: OST`, `Song: T`.)
    let word = !name.contains(' ') && shape::is_common_word(name)
        || is_link_word(name)
        || super::is_fact_label(name)
        || super::STAMPS.contains(&name.to_lowercase().as_str());
    let known = !word && tables.is_known_performer(name);
    // A name the page writes in both scripts, of a person's or a stage name's shape in
    // either (`Lyn (린)`, `린 (LYn)`).
    let named = |n: &str| shape::performer_score(n, tables) >= 0.7 || shape::stage_name(n);
    let glossed = gloss.is_some_and(|g| named(name) || named(g)) && !not_a_name(name);
    ((known && !alone || glossed)
        && name.starts_with(|c: char| c.is_alphanumeric())
        // (`Q: …`, `A: …`: an interview's labels; `린`, `비` are names.)
        && !(name.len() == 1 && name.is_ascii())
        && drama(tables, name) == 0.0)
        .then(|| name.to_string())
}

/// The singer an article is about, when its headline does not open with her: a known
/// performer its headline names (`Davichi and the Art of the Duet Ballad`, `Singer
/// Spotlight — Lyn, the Queen of OSTs`, `Punch: The Voice You Know`) whom its body names
/// again at least three times, more often than any other the headline names. A name that
/// is a common word counts only written as a name (`Punch`, not `punch`); a drama's title
/// is none.
///
/// ```
/// let t = ostract::Tables::builtin();
/// let body = ["Davichi sang it.", "Then Davichi and Davichi's fans.", "A punch line."];
/// let subject = |h| ostract::read::evidence::subject_singer(h, body.iter().copied(), &t);
/// assert_eq!(subject("Davichi and the Art of the Duet Ballad").as_deref(), Some("Davichi"));
/// assert_eq!(subject("Ten Ballads About Love"), None);
/// ```
pub fn subject_singer<'a>(
    headline: &str,
    body: impl Iterator<Item = &'a str> + Clone,
    tables: &Tables,
) -> Option<String> {
    // The headline's capitalised words, in runs of up to four: each run a name it may give.
    // (A possessive ends a name: `Chen's Drama Songs`. A quote's words are a title's.)
    let mut unquoted = headline.to_string();
    if headline.contains(['"', '“', '‘', '\'', '「', '『', '《', '«']) {
        for p in super::pieces::lex(headline) {
            if p.kind == super::pieces::Kind::Quoted {
                unquoted.replace_range(p.start..p.end, &" ".repeat(p.end - p.start));
            }
        }
    }
    let headline = unquoted.as_str();
    let words: Vec<(&str, bool)> = headline
        .split(|c: char| c.is_whitespace() || matches!(c, ':' | '|' | '—' | '–' | ',' | '!' | '?'))
        .map(|w| {
            let w = w.trim_matches(|c: char| !is_alnum(c));
            match w.strip_suffix("'s").or(w.strip_suffix("’s")) {
                Some(owner) => (owner, true),
                None => (w, false),
            }
        })
        .collect();
    // A whole name, not a part of a longer one (`Seo-yoon` of `Kang Seo-yoon`, `Winter`
    // of `Winter Signal`): the words beside it are no name's (none, lowercase, or a
    // headline's capitalised joiner).
    let apart = |w: Option<&(&str, bool)>| {
        w.is_none_or(|(w, _)| {
            !w.starts_with(|c: char| c.is_uppercase())
                || [
                    "The", "And", "Of", "A", "An", "At", "In", "On", "For", "With", "To", "Is",
                ]
                .contains(w)
        })
    };
    // A title-cased headline capitalises the word after a name too (`Lyn Marks 20 Years`):
    // the name is still whole when the body writes it apart, at least three times.
    // The body's whole-word mentions of a name that `keep` accepts the text after.
    let mentions = |name: &str, keep: &dyn Fn(&str) -> bool| -> usize {
        body.clone()
            .map(|l| {
                l.match_indices(name)
                    .filter(|&(at, _)| {
                        let end = at + name.len();
                        crate::tables::whole_word(l, at, end) && keep(&l[end..])
                    })
                    .count()
            })
            .sum()
    };
    let apart_in_body = |name: &str| {
        let next_apart = |after: &str| {
            apart(Some(&(
                after.split_whitespace().next().unwrap_or(""),
                false,
            )))
        };
        mentions(name, &next_apart) >= 3
    };
    let mut names: Vec<&str> = Vec::new();
    for i in 0..words.len() {
        if !apart(i.checked_sub(1).and_then(|b| words.get(b))) {
            continue;
        }
        for n in 1..=4.min(words.len() - i) {
            let run = &words[i..i + n];
            if run
                .iter()
                .any(|(w, _)| !w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
                || run[..n - 1].iter().any(|&(_, owner)| owner)
            {
                break;
            }
            // (The run's text as the headline writes it, from its first word to its last.)
            let (first, last) = (run[0].0, run[n - 1].0);
            let at = first.as_ptr() as usize - headline.as_ptr() as usize;
            let name =
                &headline[at..last.as_ptr() as usize - headline.as_ptr() as usize + last.len()];
            // (`BTS's Jin`: a group that owns a member is the member's.)
            let group_of_member = || {
                run[n - 1].1
                    && words
                        .get(i + n)
                        .is_some_and(|(w, _)| tables.is_known_performer(w))
            };
            if name.len() >= 2
                && tables.is_known_performer(name)
                && !group_of_member()
                && drama(tables, name) == 0.0
                && !super::is_fact_label(name)
                && (run[n - 1].1 || apart(words.get(i + n)) || apart_in_body(name))
            {
                names.push(name);
            }
        }
    }
    let mut counted: Vec<(&str, usize)> = names
        .into_iter()
        .map(|n| (n, mentions(n, &|_| true)))
        .collect();
    counted.sort_by_key(|c| std::cmp::Reverse(c.1));
    match counted[..] {
        [(name, n), ..]
            if n >= 3
                && counted
                    .get(1)
                    .is_none_or(|o| o.1 < n || key(o.0) == key(name)) =>
        {
            Some(name.to_string())
        }
        _ => None,
    }
}

/// The singers a news headline says join a soundtrack (`Singer A To Join D OST`, `G’s A And
/// B Team Up For “D” OST`, `A, ‘D’ OST 참여`): the song such news is about, when no line
/// credits it, is theirs. Returned as the headline writes them, joiners included.
pub fn news_singer(headline: &str, tables: &Tables) -> Option<String> {
    if !speaks_of_songs(headline) {
        return None;
    }
    static CUE: PerThreadRegex = PerThreadRegex::new(|| {
        Regex::new(
            r#"(?x)
            ^(?i:(?:singer|singers|vocalist|rapper|group|band|duo|actor|actress)\s+)?
            (?P<en>[^"“”‘|:,]+?)\s+
            (?i:(?:to|will|is|are|set\s+to)\s+)?
            (?i:joins?|joined|joining|teams?|teamed|takes?|took|lends?|lent|sings?|sang
              |releases?|released|drops?|dropped|participates?|returns?|unveils?|croons?
              |records?|recorded|delivers?|voices?|performs?|pours?|confirmed|is|are)\b
            (?P<en_rest>.*)$
            | ^(?:가수\s+)?(?P<ko>[^,，'"‘’“”]+?)\s*[,，]\s*(?P<ko_rest>.*(?:OST|ost).*)$"#,
        )
        .unwrap()
    });
    let c = CUE.captures(headline.trim())?;
    let (names, rest) = match (c.name("en"), c.name("ko")) {
        (Some(n), _) => (n.as_str(), c.name("en_rest")?.as_str()),
        (_, Some(n)) => (n.as_str(), c.name("ko_rest")?.as_str()),
        _ => return None,
    };
    let lower = rest.to_lowercase();
    if !(lower.contains("ost") || lower.contains("soundtrack")) {
        return None;
    }
    // Every name a singer's (a drama's title can have a name's shape), none a drama.
    // (`G’s A`: the member is the name to judge, the group may be one no table knows.)
    let named = split_credit(names).iter().all(|n| {
        let n = crate::normalize::split_possessive(n).map_or(*n, |(_, m)| m);
        performer(tables, n) >= 0.7 && drama(tables, n) == 0.0 && !not_a_name(n)
    });
    named.then(|| names.trim().to_string())
}

/// Whether a headline holds a word the headline readers' cues need (`OST`, `soundtrack`,
/// `songs`, `ballads`, any case): most lines have none, and skip their patterns.
fn speaks_of_songs(s: &str) -> bool {
    ["ost", "soundtrack", "song", "ballad"]
        .iter()
        .any(|w| crate::normalize::contains_ignore_ascii_case(s, w))
}

/// A Korean name without the one particle after it: `박하은이` → `박하은`, never two
/// (a name that itself ends like a particle, `유성은`, still loses that ending: alone, the
/// word cannot tell).
pub fn strip_particle(w: &str) -> &str {
    if !has_hangul(w) {
        return w;
    }
    // `박효신이었다`, `이무진이다`: a copula ends the sentence on the name.
    for copula in ["이었다", "였다", "이다"] {
        if let Some(stem) = w.strip_suffix(copula).filter(|s| s.chars().count() >= 2) {
            return stem;
        }
    }
    w.strip_suffix(['는', '은', '이', '가', '의']).unwrap_or(w)
}

/// The joiners between names in a credit, in the order [`split_credit`] splits on them.
const JOINERS: [&str; 17] = [
    ", ",
    " & ",
    " and ",
    " And ",
    " x ",
    " X ",
    " × ",
    " ft. ",
    " ft ",
    " feat. ",
    " feat ",
    " featuring ",
    " with ",
    "·",
    "‧",
    " and",
    ",",
];

/// Whether `s` names people rather than a song: romanised Korean personal names or given
/// names, joined as a credit joins its names (`LUMINA’s Seo-ah`, `Dohyun and Min-jae`).
///
/// ```
/// use ostract::read::evidence::names_people;
/// let t = ostract::Tables::builtin();
/// assert!(names_people(&t, "Dohyun and Min-jae"));
/// assert!(names_people(&t, "Kim Seo-yeon"));
/// assert!(!names_people(&t, "Starlit Road"));
/// assert!(!names_people(&t, "Moon"));
/// ```
pub fn names_people(tables: &Tables, s: &str) -> bool {
    split_credit(s)
        .iter()
        .all(|p| shape::romanised_person(p, tables) || shape::given_name(p))
}

/// Splits a credit on the joiners between names: `,`, `&`, `and`, `x`, `×`, `ft.`,
/// `feat.`, `with`, `·`, `과/와`.
pub fn split_credit(s: &str) -> Vec<&str> {
    static FINDER: OnceLock<AhoCorasick> = OnceLock::new();
    let finder = FINDER.get_or_init(|| AhoCorasick::new(JOINERS).expect("joiners compile"));
    // A part is a piece of `s`, so a joiner `s` lacks splits none: one search finds the
    // joiners present, and only those are split on (most credits have none).
    let mut present = [false; JOINERS.len()];
    for m in finder.find_overlapping_iter(s) {
        present[m.pattern().as_usize()] = true;
    }
    let mut parts = vec![s.trim()];
    for (sep, _) in JOINERS.iter().zip(present).filter(|(_, p)| *p) {
        parts = parts
            .into_iter()
            .flat_map(|p| p.split(sep))
            .map(str::trim)
            .collect();
        parts.retain(|p| !p.is_empty());
    }
    parts.retain(|p| !p.is_empty());
    parts
}

/// Evidence that `name` is a drama title, 0–1: the tables (English, Hangul, aliases).
pub fn drama(tables: &Tables, name: &str) -> f32 {
    recall(
        Some(tables),
        name,
        |k| &mut k.drama,
        || drama_of(tables, name),
    )
}

fn drama_of(tables: &Tables, name: &str) -> f32 {
    // `is_drama` holds every name `drama_canonical` knows, and none without a key.
    // (`Start-Up / 스타트업`: a title in both scripts is the first's.)
    if tables.is_drama(crate::normalize::first_of_pair(name.trim())) {
        1.0
    } else {
        0.0
    }
}

/// Whether a span reads as a sentence or a phrase about the song rather than a name: a
/// role word (`song`, `drama`), or mostly lowercase words.
pub fn not_a_name(s: &str) -> bool {
    recall(
        None,
        s,
        |k| &mut k.not_a_name,
        || sentence_like(s) || music_genre(s),
    )
}

/// Whether a name is a music genre's (`the R&B singer`, `a K-pop act`, a genre column's
/// `R&B`): no act's and no song's.
fn music_genre(s: &str) -> bool {
    const GENRES: &[&str] = &[
        "r&b", "k-pop", "j-pop", "hip-hop", "hip hop", "edm", "k-r&b",
    ];
    s.len() <= 7 && GENRES.contains(&s.trim().to_lowercase().as_str())
}

/// Whether `s` is no name only by its case: a title written in sentence case (`Picture
/// in my head`, `The perfect moment`), which reads as a name with its words capitalised.
/// Asked only of quotes that [`not_a_name`] turns away.
///
/// ```
/// use ostract::read::evidence::cased_sentence;
/// assert!(cased_sentence("Picture in my head"));
/// assert!(cased_sentence("stay with me"));
/// assert!(!cased_sentence("Director Kim"));
/// assert!(!cased_sentence("focus"));
/// assert!(!cased_sentence("a friend who wanted to stay anonymous"));
/// ```
pub fn cased_sentence(s: &str) -> bool {
    // (Three to five words: a longer phrase in quotes is as often a remark.)
    if has_hangul(s) || !(3..=5).contains(&s.split_whitespace().count()) || !not_a_name(s) {
        return false;
    }
    let cased: String = s
        .split_inclusive(char::is_whitespace)
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        })
        .collect();
    !sentence_like(&cased)
}

/// Whether nothing is left of `s` but a broadcaster and punctuation
/// ([`super::find::strip_network`]): asked of every layout slot, remembered as the rest
/// of a name's evidence is.
pub fn network_only(s: &str) -> bool {
    recall(
        None,
        s,
        |k| &mut k.network_only,
        || super::find::strip_network(s).is_empty(),
    )
}

/// Whether a word, lowercased and without the punctuation at its ends, is one of `words`.
fn is_one_of(w: &str, words: &Words) -> bool {
    let [is] = which_of(w, [words]);
    is
}

/// [`is_one_of`] for each of several lists, the word made bare once for all of them.
fn which_of<const N: usize>(w: &str, lists: [&Words; N]) -> [bool; N] {
    // Lowercasing changes only ASCII letters of a word of ASCII, Hangul syllables and
    // General Punctuation (nearly every word), and keeps letters letters: such a word is
    // trimmed first and its ASCII lowercased, no copy.
    if !w.chars().all(crate::normalize::simple_key_char) {
        let lower = w.to_lowercase();
        let bare = lower.trim_matches(|c: char| !is_alnum(c)).as_bytes();
        return lists.map(|l| l.contains(bare));
    }
    let bare = w.trim_matches(|c: char| !is_alnum(c)).as_bytes();
    lists.map(|l| l.contains_ascii_lowercased(bare))
}

/// Lowercase words that [`is_one_of`] and [`super::find::View::is_in`] look a word up in,
/// as a set made on first use: every word of every name is asked, and a scan of a long
/// list cost hundreds of instructions a word.
pub(crate) struct Words {
    list: &'static [&'static str],
    set: OnceLock<rustc_hash::FxHashSet<&'static [u8]>>,
}

impl Words {
    /// The most bytes a word of a list may have.
    const LONGEST: usize = 24;

    /// The words, checked when the program is built: lowercase, none longer than
    /// [`Words::LONGEST`].
    pub(crate) const fn new(list: &'static [&'static str]) -> Self {
        let mut i = 0;
        while i < list.len() {
            let w = list[i].as_bytes();
            assert!(
                w.len() <= Self::LONGEST,
                "a word longer than Words::LONGEST"
            );
            let mut j = 0;
            while j < w.len() {
                assert!(!w[j].is_ascii_uppercase(), "a word not in lowercase");
                j += 1;
            }
            i += 1;
        }
        Words {
            list,
            set: OnceLock::new(),
        }
    }

    fn contains(&self, w: &[u8]) -> bool {
        self.set
            .get_or_init(|| self.list.iter().map(|w| w.as_bytes()).collect())
            .contains(w)
    }

    /// Whether `w` with its ASCII letters lowercased is one of the words (what
    /// `eq_ignore_ascii_case` with each tells), lowercased in a buffer as long as a word
    /// may be (a longer one is none of them), no copy.
    pub(crate) fn contains_ascii_lowercased(&self, w: &[u8]) -> bool {
        let mut buf = [0u8; Words::LONGEST];
        let Some(lower) = buf.get_mut(..w.len()) else {
            return false;
        };
        lower.copy_from_slice(w);
        lower.make_ascii_lowercase();
        self.contains(lower)
    }
}

/// Whether a word, lowercased and without the punctuation at its ends, is a role word.
pub(crate) fn is_role_word(w: &str) -> bool {
    is_one_of(w, &ROLE_WORDS)
}

/// Korean pronouns (`그녀가`, `이들이`) and first-person words (`제가`): a sentence's
/// subject that names nobody, so never a credit of its own.
pub fn is_ko_pronoun(stem: &str) -> bool {
    matches!(stem, "그" | "그녀" | "이들" | "그들") || is_ko_first_person(stem)
}

/// Korean first-person words (`제가`, `저는`, `우리는`): an interview's answer speaks of
/// its own singer, not of the last one named.
pub fn is_ko_first_person(stem: &str) -> bool {
    matches!(stem, "제" | "저" | "나" | "내" | "우리" | "저희")
}

/// Whether a word is one of a page's furniture (`Published`, `Share`, `댓글`).
pub fn is_furniture(w: &str) -> bool {
    is_one_of(w, &FURNITURE_WORDS)
}

/// Whether capitalised words name a song with the word `Song` in it, last or before `of`
/// (`Wind Song`, `Static Love Song`, `Song of the Wind`): a title, where `Theme Song` says
/// what a thing is, `Song Ha-ram` is a surname's and `SONG OF THE DAY` a column's.
fn named_song(words: &[&str]) -> bool {
    // Words that make `Song` a kind (`Theme Song`) or a phrase about songs (`Every Song on
    // the D`).
    static KINDS: Words = Words::new(&[
        "theme",
        "title",
        "main",
        "ending",
        "opening",
        "insert",
        "bonus",
        "hidden",
        "new",
        "best",
        "top",
        "favorite",
        "favourite",
        "this",
        "that",
        "these",
        "every",
        "all",
        "on",
        "from",
        "for",
        "in",
        "ost",
        "k-drama",
    ]);
    static DETERMINERS: Words = Words::new(&["the", "a", "an", "my", "our", "his", "her", "their"]);
    let bare = |w: &str| w.trim_matches(|c: char| !is_alnum(c)) == "Song";
    let last = words.len() >= 2
        && words.last().is_some_and(|w| bare(w))
        && words[..words.len() - 1]
            .iter()
            .any(|w| w.starts_with(char::is_uppercase) && !is_one_of(w, &DETERMINERS));
    let of = words.len() >= 3 && bare(words[0]) && words[1] == "of";
    // `종이 학의 노래`, `바람의 노래`: a Korean title, `노래` owned by the word before it
    // (not `그 밖의 노래`, `다른 작품의 노래`: a determiner's phrase about songs).
    let ko = words.len() >= 2
        && words.last() == Some(&"노래")
        && words[words.len() - 2].chars().count() >= 2
        && words[words.len() - 2].ends_with('의')
        && !words.iter().any(|w| {
            matches!(
                *w,
                "그" | "이" | "저" | "이런" | "그런" | "다른" | "밖의" | "모든" | "여러"
            )
        });
    // `The Last Song of Summer`, `Love Song for Nobody`: `Song` inside a name cased as a
    // title, after a word of the name and before a small word (`Digital Song Sales` is a
    // chart's).
    const SMALL: &[&str] = &[
        "of", "for", "the", "a", "an", "in", "on", "to", "and", "with", "at",
    ];
    let titled = || {
        words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) || SMALL.contains(w))
    };
    let inside = words.iter().position(|w| bare(w)).is_some_and(|i| {
        i >= 1
            && words.get(i + 1).is_some_and(|w| SMALL.contains(w))
            && words[i - 1].starts_with(char::is_uppercase)
            && !words[..i].iter().any(|w| is_one_of(w, &KINDS))
    }) && titled();
    ((last || of || ko) && !words.iter().any(|w| is_one_of(w, &KINDS)) || inside)
        && words.iter().filter(|w| is_role_word(w)).count() == 1
}

fn sentence_like(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    // More than a dozen words are a sentence's whatever else holds: the tests below,
    // asked of each word, are left undone.
    if words.is_empty() || words.len() > 12 {
        return true;
    }
    // A credit's joiners (`Heize feat. pH-1`) are no sentence's words.
    let lower = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .filter(|w| !matches!(**w, "feat." | "ft." | "feat" | "ft" | "x" | "featuring"))
        .count();
    // A role word decides alone: the other tests are left undone. So does a page's
    // furniture, and a cell without a letter (`15:32`, `3:53`, `2,183`) or a count
    // (`1.4K`, `2.3M`, `10K+`).
    let count = |w: &str| {
        let d = w.trim_end_matches(['K', 'k', 'M', '+']);
        d.len() < w.len() && !d.is_empty() && d.chars().all(|c| c.is_ascii_digit() || c == '.')
    };
    // `Song So-hee`: a surname that is also a role word, before a romanised given name.
    let surname = words.len() <= 3
        && words.get(1).is_some_and(|w| {
            crate::shape::hyphenated_given(w.trim_end_matches([',', '.', '’', '\'']))
        });
    // `SBS 금토드라마`, `월화드라마`: a slot's kind of drama is no name either.
    let named_song = named_song(&words);
    if words
        .iter()
        .enumerate()
        .any(|(i, w)| {
            let [role, furniture] = which_of(w, [&ROLE_WORDS, &FURNITURE_WORDS]);
            role && !(i == 0 && surname) && !named_song || furniture || w.ends_with("드라마")
        })
        // `Part.3`, `Pt 2`, `파트1`: a soundtrack's part number.
        || words.len() <= 3 && super::layout::is_part(s.trim())
        || words.len() == 2 && words[0].chars().all(|c| c.is_ascii_digit()) && is_link_word(s)
        || !s.chars().any(char::is_alphabetic)
        || s.contains(['ⓒ', '©'])
        // A web address (`https://…/wiki/Moon_Tide`) is a link's, no name.
        || s.contains("://")
        // `Music &` (of `Music & OST Help`): a name cut at its joiner is none.
        || words.last().is_some_and(|w| matches!(*w, "&" | "and" | "+" | "&amp;"))
        || s.starts_with("www.")
        || words.iter().all(|w| count(w))
        // `$27.90 USD`, `₩25,000`: a price; `No. 1`: a rank.
        || s.trim_start().starts_with(['$', '€', '£', '₩', '¥'])
        || super::pieces::rank_len(s.trim()) == Some(s.trim().len())
    {
        return true;
    }
    let hangul = has_hangul(s);
    // `The 9-part`: nothing capitalised after an article is no name.
    let uncapitalised = !hangul
        && !words
            .iter()
            .skip_while(|w| ["The", "A", "An"].contains(w))
            .any(|w| w.chars().any(char::is_uppercase));
    // Version tags (`Inst.`, `Acoustic Ver.`) and dates (`January 12, 2022`) are no names.
    let tag = words.len() <= 3
        && words.iter().any(|w| {
            [
                "Inst.",
                "Inst",
                "Instrumental",
                "Ver.",
                "Version",
                "MR",
                "Remix",
            ]
            .contains(&w.trim_matches(|c: char| c == '(' || c == ')'))
        });
    let format = album_format(s);
    // (A range of days too: `June 17-23`.)
    let number = |w: &str| {
        let w = w.trim_end_matches([',', '.']);
        let day = |d: &str| !d.is_empty() && d.len() <= 4 && d.chars().all(|c| c.is_ascii_digit());
        day(w)
            || w.split_once(['-', '–'])
                .is_some_and(|(a, b)| day(a) && day(b))
    };
    // `March 3`, `January 12, 2022`: a month with a day or a year.
    let date = words
        .windows(2)
        .any(|w| super::pieces::MONTHS.contains(&w[0].trim_end_matches(',')) && number(w[1]));
    let descriptor = words.len() == 1 && (descriptor(words[0]) || weekdays(words[0]));
    let clock = dated(s);
    // `2위에`, `10위까지`, `8월`: a Hangul word with a number is a rank, a date or a count.
    let counted = hangul && words.len() == 1 && s.chars().any(|c| c.is_ascii_digit());
    // `공개되(는)`, `발매된`, `공개됐`: a passive verb's stem or form, no name.
    let passive =
        hangul && words.len() == 1 && s.chars().count() >= 3 && s.ends_with(['되', '된', '됐']);
    // `Lineup Of`, `Singers For`, `Written By`: a headline's or a label's words cut
    // before their object.
    let dangling = !hangul
        && words.len() >= 2
        && words.last().is_some_and(|w| {
            [
                "of", "for", "to", "with", "and", "the", "a", "an", "from", "at", "by",
            ]
            .contains(&w.to_lowercase().as_str())
                // `Idols on`: a title capitalises its last word (`Hold On`).
                || ["on", "in"].contains(w)
        });
    uncapitalised
        || passive
        || dangling
        || descriptor
        || clock
        || counted
        || tag
        || format
        || date
        || !hangul && words.len() >= 3 && lower * 2 > words.len()
}

/// Whether a name is an album's format (`2CD`, `2 CDs`, `LP`, `[2CD]`), no title: `D OST
/// (tvN Drama) [2CD]`. (Not `Cassette` alone, a song's title as often.)
pub(crate) fn album_format(s: &str) -> bool {
    let bare = |w: &str| w.trim_matches(|c: char| !is_alnum(c)).len();
    let mut words = s.split_whitespace();
    let (first, second) = match (words.next(), words.next(), words.next()) {
        (Some(a), b, None) => (a, b),
        _ => return false,
    };
    let trim = |w: &'_ str| -> (usize, usize) {
        let start = w.len() - w.trim_start_matches(|c: char| !is_alnum(c)).len();
        (start, start + bare(&w[start..]))
    };
    // `2 CDs`: a number before the kind; `2CD`, `[2CD]`: glued to it.
    let (number, kind) = match second {
        Some(k) => {
            let (a, b) = trim(first);
            if a == b || !first[a..b].bytes().all(|c| c.is_ascii_digit()) {
                return false;
            }
            let (a, b) = trim(k);
            (true, &k[a..b])
        }
        None => {
            let (a, b) = trim(first);
            (false, &first[a..b])
        }
    };
    let rest = kind.trim_start_matches(|c: char| c.is_ascii_digit());
    let counted = number || rest.len() < kind.len();
    let kind = rest.strip_suffix('s').unwrap_or(rest);
    ["CD", "LP", "DVD"].contains(&kind)
        || counted && ["Vinyl", "Cassette", "Blu-ray"].contains(&kind)
}

/// Whether a word names a broadcast's days (`Monday–Tuesday`, `Sat-Sun`, `Friday`): the
/// slot of a drama (`tvN's Saturday-Sunday drama`), no name.
pub(crate) fn weekdays(w: &str) -> bool {
    // The days' short names; their full ones are the lexer's ([`super::pieces::weekday`]).
    static SHORT: Words = Words::new(&[
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]);
    w.split(['-', '–', '/'])
        .all(|d| super::pieces::weekday(d) || is_one_of(d, &SHORT))
}

/// Whether a name holds a clock time or a numeric date (`11:50 PM`, `2024.02.11`,
/// `08-19-2018`), or is a date with its month's name (`Dec 3, 2023`, `3 March 2021`, `Aug
/// 2`): a post's byline, a page's stamp or a release date, no name.
pub fn dated(s: &str) -> bool {
    static NAMED: crate::per_thread::PerThreadRegex =
        crate::per_thread::PerThreadRegex::new(|| {
            let month = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?";
            regex::Regex::new(&format!(
                r"(?i)^(?:{month}\s+\d{{1,2}}(?:st|nd|rd|th)?,?|\d{{1,2}}\s+{month})\s+\d{{4}}$"
            ))
            .unwrap()
        });
    // `4월 3일`, `2024년 3월 11일(월)`: a Korean date.
    static KOREAN: crate::per_thread::PerThreadRegex =
        crate::per_thread::PerThreadRegex::new(|| {
            regex::Regex::new(
                r"^(?:\d{4}년\s*)?\d{1,2}월\s*\d{1,2}일(?:\s*\(?[월화수목금토일]\)?)?$",
            )
            .unwrap()
        });
    // `Aug 2`, `August 30th`, `2 Aug`: a day of a month, the year left out (as a thread's
    // list dates its updates).
    static DAY: crate::per_thread::PerThreadRegex = crate::per_thread::PerThreadRegex::new(|| {
        let month = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";
        regex::Regex::new(&format!(
            r"(?i)^(?:{month}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}\s+{month})$"
        ))
        .unwrap()
    });
    if s.contains('월') && KOREAN.is_match(s.trim()) {
        return true;
    }
    let digits = s.bytes().filter(u8::is_ascii_digit).count();
    if (1..=2).contains(&digits) && DAY.is_match(s.trim()) {
        return true;
    }
    // A date or a time has three digits: most slots have fewer, and skip the word tests.
    if s.bytes().filter(u8::is_ascii_digit).count() < 3 {
        return false;
    }
    if NAMED.is_match(s.trim()) {
        return true;
    }
    s.split_whitespace().any(|w| {
        let w = w.trim_end_matches([',', '.']);
        (w.contains(':') || w.matches(['.', '-']).count() >= 2)
            && w.chars().filter(char::is_ascii_digit).count() >= 3
            && w.chars()
                .all(|c| c.is_ascii_digit() || matches!(c, ':' | '.' | '-'))
    })
}

/// `the Korean drama`, `a Netflix series`: words that describe a show, not its title (and
/// function words, Korean adverbs and clause words, alone no name).
const DESCRIPTORS: &[&str] = &[
    "korean",
    "k",
    "chinese",
    "japanese",
    "american",
    "thai",
    "taiwanese",
    "netflix",
    "romantic",
    "historical",
    "hit",
    "new",
    "popular",
    "recent",
    "latest",
    "weekend",
    "daily",
    "medical",
    "legal",
    "fantasy",
    "sageuk",
    "web",
    // `Original soundtrack`, `Official OST`, `Best OST`: kinds of album or award.
    "original",
    "official",
    "full",
    "complete",
    "best",
    "television",
    "tv",
    "한국",
    "인기",
    "새",
    // A function word alone, in capitals for emphasis (`AND`, `THE OST WEEKLY`).
    "and",
    "or",
    "but",
    "the",
    "a",
    "an",
    "this",
    "that",
    "our",
    "my",
    "your",
    // Korean adverbs and determiners shaped like two- or three-syllable names.
    "이른바",
    "일명",
    "바로",
    "특히",
    "또한",
    "그리고",
    "이어",
    "역시",
    "당시",
    "최근",
    "이번",
    "지난",
    // `3위 이하는`, `이하 ‘D’`: the ones below, hereafter.
    "이하",
    // Dependent nouns, adverbs and time words that follow `부른`, `불러` (`부른 바
    // 있다`, `불러 다시 한 번`, `지난해`): a clause's words, no singer's.
    "바",
    "것",
    "적",
    "데",
    "뒤",
    "뒤로",
    "뒤로는",
    "후",
    "다시",
    "또",
    "이후",
    "가운데",
    "가운데서",
    "덕분",
    "덕분에",
    "함께",
    "함께한",
    "직접",
    "최근에",
    "지난해",
    "지난달",
    "올해",
    "작년",
    "신곡",
    "신곡인",
    "주연",
    "주연의",
];

/// Whether a word describes a show or is a function word ([`DESCRIPTORS`], any case): a
/// name of it alone names nothing.
pub fn descriptor(w: &str) -> bool {
    DESCRIPTORS.contains(&w.to_lowercase().as_str())
}

/// Whether a sentence says its song is no soundtrack's (`which is not part of the
/// official soundtrack`, `isn't an OST`, `not from a drama`, `OST가 아닌`).
///
/// ```
/// use ostract::read::evidence::denies_soundtrack;
/// assert!(denies_soundtrack("“Salt Road” by Kim Do-yoon, which is not part of the official soundtrack."));
/// assert!(denies_soundtrack("박하은의 ‘소금길’은 OST가 아닌 삽입곡이다."));
/// assert!(denies_soundtrack("He also put out “Abyss” and “Tuna”, neither of which is a soundtrack song."));
/// assert!(denies_soundtrack("“Dawn,” the duet of A and B, came out as a standalone single."));
/// assert!(denies_soundtrack("Songs that had nothing to do with dramas: A's “T”."));
/// assert!(!denies_soundtrack("“Salt Road” is the best OST of the year, no doubt."));
/// assert!(!denies_soundtrack("This is not her first OST: she sang “Salt Road” before."));
/// ```
pub fn denies_soundtrack(sentence: &str) -> bool {
    static NOT: crate::per_thread::PerThreadRegex = crate::per_thread::PerThreadRegex::new(|| {
        regex::Regex::new(
            r"(?i)\b(?:not|never|neither|none|isn't|wasn't|aren't|nothing to do with)\b[^.!?]{0,30}?\b(?:ost|osts|soundtrack|from a drama|a drama|dramas|television)\b",
        )
        .unwrap()
    });
    // `OST가 아닌`: a pattern of its own. A branch of the English words' pattern (whose
    // Unicode word boundaries the fast engine gives up on in Korean text), it made that
    // pattern's search slower on every sentence asked.
    static NOT_KO: crate::per_thread::PerThreadRegex =
        crate::per_thread::PerThreadRegex::new(|| {
            regex::Regex::new(r"(?i)OST\s*(?:가|는|도)?\s*아[닌니님]").unwrap()
        });
    // `released as a standalone single` (`stand-alone` too): a plain search, not a branch
    // of the pattern, which would cost the pattern its literal prefilter (every sentence
    // with a song is asked).
    static SINGLE: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new("alone single"));
    // `This will not be A's first drama OST`: what is denied is that it is the first.
    NOT.find_iter(sentence).any(|m| {
        !m.as_str()
            .split_whitespace()
            .any(|w| matches!(w, "first" | "only" | "last"))
    }) || NOT_KO.is_match(sentence)
        || SINGLE.find(sentence.as_bytes()).is_some()
}

/// Whether a line is a cast list's (`Kim Ha-na as Seo Yeon`, `Park Do-yoon as young
/// Min-jae (Ep. 1–4)`, `한지호 - 우체국장 역 (배우: 박서연)`, `박서연 | 한지호 역`,
/// `한지호 (배우: 박서연) - 우체국장`, `A — Jang Man-wol — Main Role`): an actor and the
/// role, no song and no drama.
pub fn cast_line(text: &str, tables: &Tables) -> bool {
    // Every line is asked: a searcher made once, not a string search set up for each.
    static AS: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(" as "));
    // `역` as a word of its own after a name is the role's (`서울역` is a station).
    static ROLE: crate::per_thread::PerThreadRegex = crate::per_thread::PerThreadRegex::new(|| {
        regex::Regex::new(r"\S\s+역(?:\s*(?:$|[(|/,·])|\s+\()|\(배우\s*[:：]?\s*\S").unwrap()
    });
    // `(배우:`, `(배우：`: one searcher for both, then the colon after each match.
    const ACTOR: &str = "(배우";
    static ACTOR_AT: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(ACTOR));
    let body = crate::segment::strip_marker(text);
    // `A — Jang Man-wol — Main Role`: a cast database's last cell is the kind of role.
    let role_kind = || {
        // (Each kind ends so: most lines are no cast's, and are passed by one test.)
        let end = body.trim_end().as_bytes();
        let tail = &end[end.len().saturating_sub(4)..];
        if !(tail.eq_ignore_ascii_case(b"role")
            || tail.eq_ignore_ascii_case(b"ameo")
            || end.ends_with("연".as_bytes()))
        {
            return false;
        }
        let last = body
            .rsplit(['—', '–', '|', '·'])
            .next()
            .unwrap_or("")
            .trim();
        last.len() < body.len()
            && [
                "main role",
                "support role",
                "supporting role",
                "guest role",
                "cameo",
                "주연",
                "조연",
                "특별출연",
                "우정출연",
            ]
            .iter()
            .any(|r| last.eq_ignore_ascii_case(r))
    };
    AS.find(body.as_bytes())
        .is_some_and(|at| performer(tables, body[..at].trim()) >= 0.6)
        || role_kind()
        || body.contains('역') && ROLE.is_match(body)
        || ACTOR_AT
            .find_iter(body.as_bytes())
            .any(|at| body[at + ACTOR.len()..].starts_with([':', '：']))
}

/// Evidence that a span is a song title: a short name-like phrase, not a known performer
/// or drama, not a sentence.
pub fn title(tables: &Tables, s: &str) -> f32 {
    recall(Some(tables), s, |k| &mut k.title, || title_of(tables, s))
}

fn title_of(tables: &Tables, s: &str) -> f32 {
    let t = s.trim();
    let k = key(t);
    if k.is_empty() || t.split_whitespace().count() > 10 {
        return 0.0;
    }
    let mut v: f32 = 0.5;
    if not_a_name(t) {
        v -= 0.4;
    }
    if tables.knows_performer_keyed(t, &k) {
        v -= 0.3;
    }
    if tables.drama_canonical_keyed(t, &k).is_some() {
        v -= 0.2;
    }
    v.max(0.0)
}

/// Korean words that take a particle but name no singer (`세 사람은`, `이 곡은`, `노래와`).
pub const KO_NOT_SINGER: &[&str] = &[
    "사람",
    "곡",
    "노래",
    "드라마",
    "작품",
    "앨범",
    "음반",
    "두",
    "세",
    "네",
    "OST",
    "뮤직비디오",
    "음원",
    "가사",
    "이번",
    "해당",
    "팬",
    "누리꾼",
    "시청자",
    // `동명의 주제곡`, `같은 이름의 곡`: the song of the same name.
    "동명",
    "이름",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_albums_format_is_no_name() {
        for f in [
            "2CD", "[2CD]", "2 CDs", "CD", "LP", "2LP", "DVD", "3 Vinyls",
        ] {
            assert!(album_format(f), "{f}");
        }
        for n in [
            "Cassette",
            "Vinyl",
            "Glass Door",
            "CD Player",
            "2 Hearts",
            "A CD",
            "",
        ] {
            assert!(!album_format(n), "{n}");
        }
    }

    #[test]
    fn credits_score_by_their_parts() {
        let t = Tables::builtin();
        assert!(performer(&t, "Kim Seo-yeon & Park Min") >= 0.7);
        assert!(performer(&t, "Chen (EXO)") >= 0.9);
        assert_eq!(performer(&t, "the bridge at night"), 0.0);
    }

    #[test]
    fn a_headline_names_the_singer_of_its_songs_by_a_cue() {
        let t = Tables::builtin();
        for (headline, singer) in [
            (
                "7 Drama OSTs Sung By Lee Sora That Will Make You Cry",
                "Lee Sora",
            ),
            (
                "Every K-Drama Soundtracks Performed by Han Ji-yul, Ranked",
                "Han Ji-yul",
            ),
            ("Ranking All of Kim Na-young's Drama OSTs", "Kim Na-young"),
            ("Park Ha-eun’s 10 Best OSTs", "Park Ha-eun"),
            ("백지영이 부른 드라마 OST 모음", "백지영"),
            ("아이유 드라마 OST 정리해봄", "아이유"),
        ] {
            assert_eq!(
                headline_singer(headline, &t).as_deref(),
                Some(singer),
                "{headline}"
            );
        }
        // One song's news, a drama's possessive or quote, a group's shape, songs by no one.
        for headline in [
            "Lee Sora To Sing Snowfall Diary OST",
            "Goblin's Best OSTs",
            "'달의 정원사' OST 라인업 공개",
            "Salt Road's OSTs, ranked",
            "OSTs by the numbers: a year in charts",
            "달의 정원사 OST 모음",
            "2023 하반기 드라마 OST 베스트 5",
        ] {
            assert_eq!(headline_singer(headline, &t), None, "{headline}");
        }
    }

    #[test]
    fn a_profile_s_headline_opens_with_its_singer() {
        let t = Tables::builtin();
        for (headline, singer) in [
            ("10cm: from street busker to drama voice", "10cm"),
            ("Punch (펀치): The Voice You Know From Every Drama", "Punch"),
            (
                "Han Ji-yul (한지율) — Biography & Discography",
                "Han Ji-yul",
            ),
            ("린 (LYn)", "린"),
            ("Lyn (린)", "Lyn"),
        ] {
            assert_eq!(
                profile_singer(headline, &t).as_deref(),
                Some(singer),
                "{headline}"
            );
        }
        // A label, a drama, a name no table knows nor the page glosses, no name at all.
        for headline in [
            "Tag: OST Release",
            "Song: | Glass Door",
            "Goblin: the ten best songs",
            "Pyo Da-rim: a voice for every drama",
            "# Tag: OST Release",
            "ARTIST PROFILE",
            "Kim Jae-hwan (Photo credit: Xportsnews)",
        ] {
            assert_eq!(profile_singer(headline, &t), None, "{headline}");
        }
    }

    #[test]
    fn times_counters_and_bylines_are_no_names() {
        let t = Tables::builtin();
        for s in [
            "15:32",
            "3:53",
            "2,183",
            "조회 수 2,183",
            "댓글 12",
            "Published",
            "12 comments",
        ] {
            assert!(not_a_name(s), "{s}");
            assert_eq!(performer(&t, s), 0.0, "{s}");
        }
        for s in ["Lantern Light", "2AM", "응답하라 1988"] {
            assert!(!not_a_name(s), "{s}");
        }
    }

    #[test]
    fn a_headlines_words_cut_before_their_object_are_no_name() {
        for s in [
            "Lineup Of",
            "Singers For",
            "Ode To The",
            "Idols on",
            "Written By",
            "Music by",
        ] {
            assert!(not_a_name(s), "{s}");
        }
        // A Korean passive verb's stem before `는` is no singer (`공개되는 ‘T’`).
        for s in ["공개되", "발매된", "공개됐"] {
            assert!(not_a_name(s), "{s}");
        }
        assert!(!not_a_name("하윤"));
        // A title may end in a particle of its verb (`Hold On`) or in a name.
        for s in [
            "Hold On",
            "Stay With Me",
            "Because of You",
            "Of",
            "Stand By Me",
            "Fall In",
        ] {
            assert!(!not_a_name(s), "{s}");
        }
    }

    #[test]
    fn a_news_headline_names_the_singers_who_join_a_soundtrack() {
        let t = Tables::builtin();
        for (headline, singers) in [
            (
                "Singer Han Seo-yun to join soundtrack of tvN drama 'Moon Garden'",
                "Han Seo-yun",
            ),
            (
                "ARCLINE’s Jiwoo And Seo Ha-rin Team Up For “Moon Garden” OST",
                "ARCLINE’s Jiwoo And Seo Ha-rin",
            ),
            (
                "Han Seo-yun Lends Her Voice To “Moon Garden” OST",
                "Han Seo-yun",
            ),
            (
                "Park Do-hyun Sings Of Longing In New “Moon Garden” OST",
                "Park Do-hyun",
            ),
            ("가수 한서윤, tvN ‘달의 정원’ OST 참여", "한서윤"),
            ("한서윤·박도현, ‘달의 정원’ OST 듀엣", "한서윤·박도현"),
        ] {
            assert_eq!(
                news_singer(headline, &t).as_deref(),
                Some(singers),
                "{headline}"
            );
        }
        for headline in [
            // No soundtrack in the news, or no singer before the verb.
            "Han Seo-yun Releases New Album",
            "“Moon Garden” Releases Third OST",
            "The Drama Moon Garden Drops Its Soundtrack",
            "5 Drama OSTs That Will Make You Cry",
            "달의 정원, OST 라인업 공개",
        ] {
            assert_eq!(news_singer(headline, &t), None, "{headline}");
        }
    }

    #[test]
    fn a_song_named_with_the_word_song_is_a_name() {
        for s in [
            "Wind Song",
            "Song of the Wind",
            "Static Love Song",
            "Lantern Song",
            "The Last Song of Summer",
            "Love Song for Nobody",
        ] {
            assert!(!not_a_name(s), "{s}");
        }
        for s in [
            "Theme Song",
            "Best Songs",
            "Title Song",
            "OST Song",
            "song",
            "Wind Songs",
            "wind song",
            "Song Video",
            "Every Song on the Harbor",
            "My Song",
            "Song Joong Ki",
            "SONG OF THE DAY",
            "What a Song Called",
            "Digital Song Sales",
            "The Best Song of the Year",
            "The Theme Song of Salt Harbor",
            "the last song of summer",
        ] {
            assert!(not_a_name(s), "{s}");
        }
    }

    #[test]
    fn titles_are_not_sentences_or_role_words() {
        let t = Tables::builtin();
        assert!(title(&t, "Night Rain") > title(&t, "the song was released in may"));
        assert!(title(&t, "Night Rain") > title(&t, "EXO"));
    }

    #[test]
    fn the_memo_forgets_what_changed_tables_answer_otherwise() {
        let mut t = Tables::builtin();
        let drama = |t: &Tables| {
            let _memo = remember(t);
            drama(t, "Quiet Harbor Nights")
        };
        assert_eq!(drama(&t), 0.0);
        t.add_aliases("kind,alias,canonical\ndrama,Quiet Harbor Nights,Quiet Harbor Nights\n")
            .unwrap();
        assert_eq!(drama(&t), 1.0);
    }
}
