//! Songs in Korean prose: `가수의 ‘T’`, `가수가 부른 ‘T’`, `‘D’ OST ‘T’`, bare `‘T’` in a
//! sentence about songs; English glosses `‘한글(English)’` become `track_alt`.

use super::drama::DramaSignal;
use super::quotes::Quote;
use super::{CreditSignal, Mention};
use crate::normalize::{has_hangul, split_gloss};
use crate::per_thread::PerThreadRegex;
use crate::tables::Tables;
use regex::Regex;

static POSSESSIVE: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(r"(?P<a>(?:[A-Z][A-Z0-9.&]*\s+){0,2}[^\s,‘’'“”\x22]+(?:\s*\([^()]+\))?)\s*의\s*(?:(?:신곡|노래|곡|발라드|타이틀곡|OST|테마곡|자작곡)\s*)?$").unwrap()
});
static SUNG_BY: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(r"(?P<a>[^‘’'“”\x22]{1,60}?)(?:이|가)\s*(?:함께\s*|직접\s*)?(?:부른|불러|가창한|참여한|노래한|열창한|부르는)\s*(?:곡\s*)?$").unwrap()
});
static SONG_WORDS: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(r"OST|곡|노래|음원|싱글|발라드|트랙|가창|부른|불러|파트|Part|음반|앨범|차트")
        .unwrap()
});
static GLOSS_AFTER: PerThreadRegex =
    PerThreadRegex::new(|| Regex::new(r"^\s*\((?P<g>[A-Za-z][^()]{0,60})\)").unwrap());
/// Quoted text that is no title: soundtrack and show words, nicknames, or speech of
/// more than one sentence (`“…없다. …있다”`).
static NOT_SONG: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(r"OST|여왕|강자|드라마|영화|예능|오디션|[.!?]\s+\S").unwrap()
});

static SUBJECT: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(r"^\s*(?:가수\s+|그룹\s+|밴드\s+)?(?P<a>[\p{Hangul}A-Za-z0-9]{2,12})(?:은|는)\s")
        .unwrap()
});
/// `‘레인즈(RAINAZ)-let it go’`, `‘마은진(플레이백)-낯선 하루’`: artist and title in one pair of
/// quotes, the artist first, joined by a hyphen without spaces. The artist part must be
/// Hangul or carry a bracketed name, so a hyphenated title (`‘Re-born’`) stays a title.
static ARTIST_HYPHEN_TITLE: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(r"^(?P<a>[\p{Hangul}][\p{Hangul}A-Za-z0-9 ]{0,15}(?:\([^()]{1,20}\))?|[A-Za-z0-9 ]{1,20}\([^()]{1,20}\))-(?P<t>[^-].*)$").unwrap()
});
/// `‘T’은 가수 A가 불렀다`, `‘T’는 그룹 G의 M이 불렀다`: the credit after the title.
static TOPIC_SUNG_BY: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(r"^\s*(?:은|는)\s+(?P<a>(?:(?:가수|그룹|밴드|듀오)\s+)?(?:[\p{Hangul}A-Za-z0-9]+의\s+)?[\p{Hangul}A-Za-z0-9]+?)(?:이|가)[,\s]").unwrap()
});
/// `가수 A가 … ‘T’를 부른다`: a subject marked `이/가` sings the quoted object.
static SUBJECT_GA: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(r"^\s*(?:(?:가수|그룹|밴드|듀오)\s+)?(?P<a>[\p{Hangul}A-Za-z0-9]{2,12}?)(?:이|가)\s")
        .unwrap()
});
static SUNG_OBJECT: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(r"^\s*(?:을|를)\s+(?:직접\s+|함께\s+)?(?:불렀|부른|부르|가창|열창)").unwrap()
});
/// Subjects that are not performers.
const NOT_PERFORMER: &[&str] = &[
    "드라마",
    "노래",
    "작품",
    "이번",
    "해당",
    "영화",
    "음원",
    "앨범",
    "OST",
    "이곡",
    "신곡",
];
static SANG: PerThreadRegex =
    PerThreadRegex::new(|| Regex::new(r"불렀|부른|부르|가창|열창|참여했|노래했").unwrap());

/// The performer at the end of a credit phrase: its last word, with a known group
/// written before it (`여성듀오 다비치` → `다비치`, `엔플라잉 유회승` stays whole).
fn last_name<'a>(phrase: &'a str, tables: &Tables) -> &'a str {
    let p = phrase.trim_end();
    let words: Vec<(usize, &str)> = p
        .split_whitespace()
        .map(|w| (super::offset_in(p, w), w))
        .collect();
    match words.as_slice() {
        [] => "",
        [.., (gs, g), _] if tables.group(g).is_some() => &p[*gs..],
        [.., (s, _)] => &p[*s..],
    }
}

/// One item of a Korean credit list: `AOA의 지민과 유나` (members of a group, joined by
/// `과`/`와`), or names without a group.
static NAME_LIST: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(r"^(?:(?P<g>[\p{Hangul}A-Za-z0-9]+)의\s+)?(?P<names>[\p{Hangul}A-Za-z0-9]+?(?:(?:과|와)\s+[\p{Hangul}A-Za-z0-9]+?)*)$").unwrap()
});
static AND: PerThreadRegex = PerThreadRegex::new(|| Regex::new(r"(?:과|와)\s+").unwrap());

/// The performers at the end of a credit phrase, as a comma-separated list: the last
/// item by [`last_name`], and the items before it while they read as names
/// (`AOA의 지민과 유나, 엔플라잉 유회승이 함께 부른` → `지민 (AOA), 유나 (AOA), 엔플라잉 유회승`).
fn credit_list(clause: &str, tables: &Tables) -> String {
    let mut items: Vec<String> = Vec::new();
    let mut segs = clause.rsplit(", ");
    let last = segs.next().unwrap_or("");
    items.push(last_name(last, tables).to_string());
    for seg in segs {
        let seg = seg.trim();
        // `… 공개된 우주소녀 다영`: a known group written before its member (and before
        // it, the clause the list started in).
        let words: Vec<&str> = seg.split_whitespace().collect();
        if let [.., g, n] = words.as_slice() {
            if tables.group(g).is_some() && n.chars().count() <= 8 {
                items.push(format!("{n} ({g})"));
                if words.len() > 2 {
                    break;
                }
                continue;
            }
        }
        let Some(c) = NAME_LIST.captures(seg) else {
            break;
        };
        let names: Vec<&str> = AND.split(&c["names"]).collect();
        if names.iter().any(|n| n.chars().count() > 8) {
            break;
        }
        for n in names.iter().rev() {
            items.push(match c.name("g") {
                Some(g) => format!("{n} ({})", g.as_str()),
                None => n.to_string(),
            });
        }
    }
    items.reverse();
    // `우주소녀 다영, 엑시가`: the group carries on to its members named after it.
    let mut group: Option<String> = None;
    for item in &mut items {
        match item.strip_suffix(')').and_then(|i| i.rsplit_once(" (")) {
            Some((_, g)) => group = Some(g.to_string()),
            None => {
                if let Some(g) = group.as_ref().filter(|g| tables.is_member(g, item)) {
                    *item = format!("{item} ({g})");
                }
            }
        }
    }
    items.join(", ")
}

/// A sentence saying who sang, without naming the song (`… 한수지가 가창했으며`).
static KO_CREDIT: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(r"(?P<a>[\p{Hangul}A-Za-z0-9]{2,12})(?:이|가)\s*(?:직접\s*)?(?:가창(?:했|하였|을\s*맡았)|노래(?:했|하였)|불렀)(?:다|으며|고)").unwrap()
});

/// A sentence opening with a band's singer's voice (`밴드 에이프릴 세컨드의 보컬 김경희의
/// … 음색이`): the voice of the song before it.
static KO_VOICE: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(r"^\s*(?P<a>(?:그룹|밴드)\s+[^의.]{1,20}의\s+(?:보컬|멤버)\s+[\p{Hangul}A-Za-z]{2,8})의\s+[^.]{0,40}?(?:음색|목소리|보컬)(?:이|가|은|는|으로|로)").unwrap()
});

/// Sentences that say who sang the song named before them (`‘T’는 … 곡이다. … 한수지가
/// 가창했다`). A credit is given from the start of its sentence, so titles quoted in
/// the same sentence (the singer's earlier songs) do not take it.
pub fn credits(line: &str, tables: &Tables) -> Vec<CreditSignal> {
    crate::segment::sentences(line)
        .into_iter()
        .filter_map(|(s, e)| {
            let sentence = &line[s..e];
            if let Some(c) = KO_VOICE.captures(sentence) {
                return Some(CreditSignal {
                    start: s,
                    artists: c["a"].to_string(),
                    partner: false,
                });
            }
            let c = KO_CREDIT.captures(sentence)?;
            let name = credit_list(&c["a"], tables);
            (!name.is_empty() && !NOT_PERFORMER.contains(&&c["a"])).then_some(CreditSignal {
                start: s,
                artists: name,
                partner: false,
            })
        })
        .collect()
}

/// The singers of a `X가 부른` match, when they read as names.
fn sung_by(c: &regex::Captures, tables: &Tables) -> Option<String> {
    let clause = c["a"].rsplit(['.', '‘', '’', '\'']).next().unwrap_or("");
    let credit = credit_list(clause, tables);
    (!credit.is_empty() && (has_hangul(&credit) || credit.chars().any(char::is_uppercase)))
        .then_some(credit)
}

/// Finds Korean prose mentions among the quotes not claimed by earlier rules.
pub fn find(line: &str, qs: &[&Quote], dramas: &[DramaSignal], tables: &Tables) -> Vec<Mention> {
    let mut out = Vec::new();
    let sents = crate::segment::sentences(line);
    // Dramas by position, so each quote looks only at those within its window.
    let mut by_start: Vec<&DramaSignal> = dramas.iter().collect();
    by_start.sort_by_key(|d| d.start);
    for q in qs {
        let inner = q.text(line).trim();
        if inner.is_empty() || inner.chars().count() > 50 || NOT_SONG.is_match(inner) {
            continue;
        }
        let (b0, before) = super::window_before(line, q.open);
        if NOT_A_SONG_BEFORE.is_match(before) || about_a_drama(inner, tables) {
            continue;
        }
        let after = super::window_after(line, q.end);
        let lo = by_start.partition_point(|d| d.start < b0.saturating_sub(super::WINDOW));
        let hi = by_start.partition_point(|d| d.start <= q.open);
        let dramas = &by_start[lo..hi];
        let pair = ARTIST_HYPHEN_TITLE.captures(inner);
        let (track, mut alt) = split_gloss(
            pair.as_ref()
                .map_or(inner, |c| c.name("t").unwrap().as_str()),
        );
        if alt.is_empty() {
            if let Some(g) = GLOSS_AFTER.captures(after) {
                alt = g["g"].trim().to_string();
            }
        }
        // The sentence around the quote; one that starts far before it (a line without
        // sentence breaks) is cut to the window, where no subject is looked for.
        let (ss, se) = super::sentence_at(&sents, q.open, line.len());
        let whole = ss >= b0;
        let sentence = &line[ss.max(b0)..se.min(q.end + after.len())];
        let mut m = Mention::new(q.open, q.end, &track, "", "ko.quoted", 0.5);
        m.track_alt = alt;
        m.bare = true;
        if let Some(c) = &pair {
            // The quote names its own artist.
            m.artists = c["a"].trim().to_string();
            m.rule = "ko.quoted_artist_title";
            m.confidence = 0.7;
            m.bare = false;
        } else if let Some(c) = POSSESSIVE.captures(before) {
            let a = c.name("a").unwrap();
            // A drama's possessive (`‘D’의 ‘T’`) names the drama, not a singer.
            let is_drama = dramas
                .iter()
                .any(|d| d.end >= b0 + a.start() && d.start <= b0 + a.end());
            let quoted_before = before[..a.end()]
                .trim_end()
                .ends_with(['’', '\'', '』', '》', '」']);
            if !is_drama && !quoted_before {
                m.artists = group_prefix(before, a.start(), tables).to_string() + a.as_str();
                m.start = b0 + a.start() - (m.artists.len() - a.as_str().len());
                m.rule = "ko.possessive";
                m.confidence = 0.75;
                m.bare = false;
            } else if let Some(d) = dramas
                .iter()
                .find(|d| d.end <= q.open && q.open - d.end < 12)
            {
                m.drama = Some(d.raw.clone());
                m.bare = false;
            }
        } else if let Some(c) = SUNG_BY.captures(before) {
            if let Some(credit) = sung_by(&c, tables) {
                m.artists = credit;
                m.rule = "ko.sung_by";
                m.confidence = 0.7;
                m.bare = false;
            }
        } else if let Some(d) = dramas.iter().rev().find(|d| {
            d.end <= q.open && q.open - d.end < 16 && !super::drama::list_gap(&line[d.end..q.open])
        }) {
            // `‘D’ OST ‘T’`: the song right after its drama (`‘D’, ‘T’` is a list of
            // titles instead); `X가 부른 ‘D’ OST ‘T’` credits its singer before the drama.
            m.drama = Some(d.raw.clone());
            m.bare = false;
            let drama_open = d.start.saturating_sub(b0);
            let before_drama = before[..drama_open.min(before.len())]
                .trim_end_matches(|c: char| "‘'“\x22「『《〈".contains(c));
            if let Some(credit) = SUNG_BY
                .captures(before_drama)
                .and_then(|c| sung_by(&c, tables))
            {
                m.artists = credit;
                m.rule = "ko.sung_by";
                m.confidence = 0.7;
            }
        }
        if m.artists.is_empty() {
            // The verb may come later, shared by a list: `‘A’은 X가, ‘B’는 Y가 불렀다`.
            let clause_end = |t: &str| t.find(['.', '!', '?']).unwrap_or(t.len());
            let sung = |c: &regex::Captures| {
                let rest = &after[c.get(0).unwrap().end()..];
                SANG.is_match(&rest[..clause_end(rest)])
            };
            if let Some(c) = TOPIC_SUNG_BY.captures(after).filter(sung) {
                m.artists = c["a"].to_string();
                m.rule = "ko.topic_sung_by";
                m.confidence = 0.7;
                m.bare = false;
            }
        }
        if m.artists.is_empty() {
            // `백지영은 … ‘D’의 ‘T’ … 불렀다`: the singer is the sentence's subject.
            let subject_part = if whole { sentence } else { "" };
            if let Some(c) = SUBJECT.captures(subject_part) {
                if SANG.is_match(sentence) {
                    m.artists = c["a"].to_string();
                    m.rule = "ko.subject_sang";
                    m.confidence = 0.55;
                }
            } else if let Some(c) = SUBJECT_GA.captures(subject_part) {
                // A `이/가` subject is common for anything; only one that sings this
                // very quote (`‘T’를 부른다`) is its performer.
                if SUNG_OBJECT.is_match(after) && !NOT_PERFORMER.contains(&&c["a"]) {
                    m.artists = c["a"].to_string();
                    m.rule = "ko.subject_sang";
                    m.confidence = 0.55;
                }
            }
        }
        if m.bare && (!SONG_WORDS.is_match(sentence) || NOT_A_SONG_AFTER.is_match(after)) {
            continue;
        }
        out.push(m);
    }
    out
}

/// `‘A’, ‘B’, ‘C’ 등 여러 드라마`, `‘A’, ‘B’ 등의 OST`: a list of dramas (or films, shows);
/// `‘X’라는 별명`: a nickname; `‘X’로 가요계에 첫발을 뗀`: a debut single; `‘X’ 시즌1`: a
/// show; `‘X’ 3곡`: a set of songs. What follows the quote (through the rest of its list) says it is no song.
static NOT_A_SONG_AFTER: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(r"^(?:\s*,\s*[‘'“\x22「『《〈][^’'”\x22」』》〉]{1,40}[’'”\x22」』》〉])*\s*(?:등\s*(?:의\s*)?(?:\S+\s+)?(?:드라마|작품|영화|예능|시리즈)|등의\s*OST|(?:이)?라(?:는|고)?\s*(?:불리|별명|별칭|애칭|수식어|닉네임)|\s*(?:의\s*)?(?:음악\s*감독|감독|작가|연출|극본|PD)|(?:\s*\([^)]*\))?\s*(?:으)?로\s*(?:가요계에\s*)?(?:첫발|데뷔)|\s*시즌\s*\d|\s*(?:\d+|두|세|네|다섯|여러)\s*곡)").unwrap()
});

/// `오디션 프로그램 ‘X’`, `영화 ‘X’`: a quote a show or film word names is no song, nor
/// a so-called one (`이른바 ‘케이크씬’`), nor the short name a work goes by hereafter
/// (`(이하 ‘도깨비’)`).
static NOT_A_SONG_BEFORE: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(r"(?:프로그램|예능|오디션|영화|웹툰|애니메이션|뮤지컬|이른바|이하)\s*$").unwrap()
});

/// `‘도깨비 감성’`, `‘도깨비 열풍’`: a known drama and one short word is a phrase about
/// the drama, not a song.
fn about_a_drama(inner: &str, tables: &Tables) -> bool {
    inner.rsplit_once(' ').is_some_and(|(head, word)| {
        word.chars().count() <= 3
            && word.chars().all(crate::normalize::is_hangul)
            && tables.drama_canonical(head).is_some()
    })
}

/// A group name written before a member (`뉴이스트 W`, `엑소 첸`): the word before the
/// possessive's name, when it is a known group.
fn group_prefix<'a>(before: &'a str, name_start: usize, tables: &Tables) -> &'a str {
    let head = &before[..name_start];
    let trimmed = head.trim_end();
    let word_start = trimmed
        .rfind(char::is_whitespace)
        .map(|i| i + 1)
        .unwrap_or(0);
    let word = &trimmed[word_start..];
    // `엑소(EXO) 첸`: the group with its romanised name in brackets.
    let bare = word
        .strip_suffix(')')
        .and_then(|w| w.split_once('('))
        .map_or(word, |(w, _)| w);
    if !bare.is_empty() && tables.group(bare).is_some() {
        &head[word_start..]
    } else {
        ""
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{drama, quotes};

    fn run(line: &str) -> Vec<(String, String, Option<String>, String)> {
        let t = Tables::builtin();
        let qs = quotes::find(line);
        let ds = drama::prose_dramas(line, &qs, &t);
        let refs: Vec<&Quote> = qs
            .iter()
            .filter(|q| !ds.iter().any(|d| d.start == q.open))
            .collect();
        find(line, &refs, &ds, &t)
            .into_iter()
            .map(|m| (m.track, m.artists, m.drama, m.track_alt))
            .collect()
    }

    #[test]
    fn possessive_credit() {
        let r = run("멜로망스의 ‘네 옆에 있을게’, 벤의 ‘운명이라면’ 등으로 채워졌다.");
        assert_eq!(r[0].0, "네 옆에 있을게");
        assert_eq!(r[0].1, "멜로망스");
        assert_eq!(r[1].1, "벤");
    }

    #[test]
    fn drama_lists_and_nicknames_are_not_songs() {
        let r = run(
            "작곡은 '푸른 항구', '바람의 집', '소금 길' 등 여러 드라마 음악을 맡은 오세린이 했다.",
        );
        assert!(r.is_empty(), "{r:?}");
        assert!(run("'발라드 요정'이라는 별명을 가진 윤서아가 OST 곡을 냈다.").is_empty());
        assert!(run("가요계 '미다스의 손'이라 불리는 작곡가가 곡을 썼다.").is_empty());
        assert!(run("그리고 '밤버스' 음악감독인 박세준이 곡을 썼다.").is_empty());
        // A known drama opening the list does not make the next title its song.
        let r = run("작곡은 '꽃보다 남자', '바람의 집', '소금 길' 등 여러 드라마에 OST 곡을 준 오세린이 했다.");
        assert!(r.is_empty(), "{r:?}");
        // A song list ending in `등` with a song word stays songs.
        let r = run("윤서아는 '여름 궁전'의 '빛의 계단', '작은 숲'의 '안녕, 오늘' 등을 불렀다.");
        assert_eq!(r.len(), 2, "{r:?}");
    }

    #[test]
    fn a_phrase_about_a_known_drama_is_not_a_song() {
        assert!(run("이 곡을 들으면 '도깨비 감성'이 되살아난다.").is_empty());
        assert!(run("이 노래는 '태양의 후예 열풍'을 이끌었다.").is_empty());
        // A song whose title holds a word after an unknown name stays a song.
        assert_eq!(
            run("이 곡을 들으면 '바다 편지'가 생각난다.")[0].0,
            "바다 편지"
        );
    }

    #[test]
    fn debut_singles_and_shows_are_not_songs() {
        assert!(run(
            "2001년 '바다 편지(Sea Letter)'로 가요계에 첫발을 뗀 윤서아는 OST 곡으로도 사랑받았다."
        )
        .is_empty());
        assert!(run("'바다 편지'로 데뷔한 윤서아가 부른 노래").is_empty());
        assert!(
            run("오디션 프로그램 '노래의 섬' 시즌2에서 1위를 한 윤서아가 곡을 냈다.").is_empty()
        );
        assert!(run("'노래의 섬' 시즌2에서 우승한 가수의 곡").is_empty());
        assert!(run("시청자들이 찾던 '비밀의 노래' 3곡을 한꺼번에 공개한다.").is_empty());
        // The same quote shapes with a song cue stay songs.
        let r = run("드라마 '푸른 항구'의 OST 곡 '바다 편지'로 사랑받은 윤서아");
        assert_eq!(
            (r[0].0.as_str(), r[0].2.as_deref()),
            ("바다 편지", Some("푸른 항구"))
        );
    }

    #[test]
    fn drama_lists_with_broadcasters_speech_and_so_called_scenes_are_not_songs() {
        assert!(run("tvN '푸른 항구', SBS '바람의 집' 등의 OST를 불러 온 윤서아").is_empty());
        assert!(run("이른바 '빗속 장면', 고백 장면 등에 흐르며 OST 곡이 사랑받았다.").is_empty());
        assert!(
            run("제작사는 \"좋은 곡이 많다. 스페셜 앨범도 준비한다\"고 말했다. OST 곡").is_empty()
        );
        // `‘D’ OST ‘T’`, and `D, T` only when something other than a list stands between.
        let r = run("드라마 '푸른 항구' OST '바다 편지'가 나왔다.");
        assert_eq!(
            (r[0].0.as_str(), r[0].2.as_deref()),
            ("바다 편지", Some("푸른 항구"))
        );
    }

    #[test]
    fn a_singer_before_the_drama_of_the_song() {
        let r = run("윤서아가 부른 ‘푸른 항구’OST ‘바다 편지’는 1위를 했다.");
        assert_eq!(
            (r[0].0.as_str(), r[0].1.as_str(), r[0].2.as_deref()),
            ("바다 편지", "윤서아", Some("푸른 항구"))
        );
    }

    #[test]
    fn credit_sentences_name_the_singer() {
        let t = Tables::builtin();
        let line = "‘바다 편지’는 발라드다. 드라마 ‘푸른 항구’의 OST를 불러 온 윤서아가 가창했으며, 가사도 썼다.";
        let c = credits(line, &t);
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].artists, "윤서아");
        // The credit starts at its sentence, after the song it credits.
        assert!(line[c[0].start..].trim_start().starts_with("드라마"));
        // A singer named before a song (`X가 불렀던 ‘T’`) is not a credit sentence, nor
        // is a song itself as the subject.
        assert!(credits("윤서아가 불렀던 ‘바다 편지’가 다시 떴다.", &t).is_empty());
        assert!(credits("이 노래가 불렀다.", &t).is_empty());
        // A band's singer's voice, opening the sentence.
        let c = credits("‘바다 편지’는 발라드다. 밴드 새벽 정류장의 보컬 윤서아의 맑은 음색이 살아 있는 곡이다.", &t);
        assert_eq!(c[0].artists, "밴드 새벽 정류장의 보컬 윤서아");
        assert!(credits("윤서아의 목소리가 좋다.", &t).is_empty());
    }

    #[test]
    fn a_group_before_the_first_name_carries_to_its_members() {
        let r = run("먼저 공개된 우주소녀 다영, 엑시가 부른 '어마어마'를 시작으로");
        assert_eq!(r[0].1, "다영 (우주소녀), 엑시 (우주소녀)");
        // A name that is not the group's member keeps no group.
        let r = run("먼저 공개된 우주소녀 다영, 박경이 부른 '띵동'을 시작으로");
        assert_eq!(r[0].1, "다영 (우주소녀), 박경");
    }

    #[test]
    fn a_spaced_latin_name_before_its_group() {
        let r = run("SE O(젤리쿠키)의 ‘여우비’ 등이 실렸다.");
        assert_eq!(r[0].1, "SE O(젤리쿠키)");
    }

    #[test]
    fn group_before_member() {
        let r = run("노래 목록은 뉴이스트 W의 ‘Let Me Out’을 필두로");
        assert_eq!(r[0].1, "뉴이스트 W");
    }

    #[test]
    fn drama_then_song() {
        let r = run("‘태양의 후예’OST ‘이사랑’이 1위");
        assert_eq!(r[0].2.as_deref(), Some("태양의 후예"));
        assert_eq!(r[0].0, "이사랑");
    }

    #[test]
    fn gloss() {
        let r = run("OST 곡 '썸데이(Someday)'를 불렀다");
        assert_eq!((r[0].0.as_str(), r[0].3.as_str()), ("썸데이", "Someday"));
    }

    #[test]
    fn sung_by_takes_the_name_not_the_clause() {
        let r = run("집계를 보면 여성듀오 다비치가 부른 ‘이 사랑’이 1위");
        assert_eq!(r[0].1, "다비치");
    }

    #[test]
    fn credit_after_the_title() {
        let r =
            run("앞서 공개된 ‘푸른 밤’은 가수 정은지가, ‘등대’는 그룹 멜로망스의 김민석이 불렀다.");
        assert_eq!(r[1].1, "그룹 멜로망스의 김민석");
        let r = run("‘푸른 밤’은 가수 정은지가 불렀다.");
        assert_eq!(r[0].1, "가수 정은지");
        // A topic that is not followed by a singing verb credits nobody.
        assert_eq!(
            run("‘푸른 밤’은 드라마가 끝난 뒤 OST 차트에 올랐다.")[0].1,
            ""
        );
    }

    #[test]
    fn ga_subject_singing_the_quote() {
        let r = run("가수 윤하가 드라마 ‘별의 바다’의 세 번째 OST ‘파도의 노래’를 부른다.");
        assert_eq!(r.last().unwrap().1, "윤하");
        // The subject sings something else: no credit for this quote.
        let r = run("드라마가 끝나고 OST ‘파도의 노래’가 차트 1위에 올랐다.");
        assert_eq!(r[0].1, "");
    }

    #[test]
    fn artist_and_title_in_one_quote() {
        let r = run("OST 앨범에는 ‘레인즈(RAINAZ)-let it go, let it be’, ‘마은진(플레이백)-낯선 하루’ 등이 실렸다.");
        assert_eq!(
            (r[0].0.as_str(), r[0].1.as_str()),
            ("let it go, let it be", "레인즈(RAINAZ)")
        );
        assert_eq!(
            (r[1].0.as_str(), r[1].1.as_str()),
            ("낯선 하루", "마은진(플레이백)")
        );
        // A hyphenated title is not an artist and a title.
        let r = run("신곡 ‘Re-born’을 불렀다.");
        assert_eq!((r[0].0.as_str(), r[0].1.as_str()), ("Re-born", ""));
    }

    #[test]
    fn credit_lists_with_group_members() {
        let r = run("멜로망스의 ‘네 옆에 있을게’, AOA의 지민과 유나, 엔플라잉 유회승이 함께 부른 ‘니가 나라면’, 벤의 ‘운명이라면’");
        assert_eq!(r[1].1, "지민 (AOA), 유나 (AOA), 엔플라잉 유회승");
        // A clause before the credit is not a name list.
        let r = run("극 중 두 사람의 테마로 쓰인, 다비치가 부른 ‘이 사랑’");
        assert_eq!(r[0].1, "다비치");
    }

    #[test]
    fn nicknames_are_not_songs() {
        assert!(run("'OST의 여왕' 백지영").is_empty());
        assert!(run("그는 '의문의 사나이'로 불렸다").is_empty());
    }
}
