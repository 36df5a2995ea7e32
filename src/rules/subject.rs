//! Who a passage is about: the performer an article or a section presents as its
//! subject (`Sohyang is a solo singer…`, a heading `3. Park Bo Young`, `▲가수 조성모가 …`).
//! Songs in that passage that credit nobody are that performer's (see
//! [`crate::context`]).

use crate::gate;
use crate::per_thread::PerThreadRegex;
use crate::segment::strip_marker;
use crate::tables::Tables;
use regex::Regex;

/// A performer a line presents as the subject of what follows.
#[derive(Debug, Clone, PartialEq)]
pub struct SubjectSignal {
    pub name: String,
    /// Whether the subject holds for the whole section (a heading naming a person), or
    /// only for lines that name it again (a lead sentence, a Korean topic).
    pub section_wide: bool,
    pub rule: &'static str,
}

/// `Sohyang is a solo singer from South Korea`, `IU is one of the best vocalists`.
static LEAD: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(&format!(
        r"^\s*(?P<a>[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){{0,3}})\s+(?:is|was)\s+(?:a|an|one\s+of)(?-u:\b)[^.!?]{{0,80}}?(?-u:\b)(?:{})s?(?-u:\b)",
        PERFORMER_WORDS.join("|")
    ))
    .unwrap()
});

/// What [`LEAD`] calls its subject (`singer-songwriter` opens with `singer`).
const PERFORMER_WORDS: &[&str] = &[
    "singer", "vocalist", "soloist", "rapper", "band", "group", "duo", "idol", "musician",
];
static PERFORMER: PerThreadRegex = PerThreadRegex::new(|| gate::any_of(PERFORMER_WORDS));

/// `가수 조성모가`, `밴드 잔나비는`: a performer named by what they are.
static KO_TITLED: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(&format!(r"{}(?:가수|그룹|밴드|듀오|보컬|싱어송라이터)\s+(?P<a>[\p{{Hangul}}A-Za-z0-9]{{2,12}}?)(?:이|가|은|는)\s", word_start())).unwrap()
});

/// Where a Korean word starts: the line's start, a space or a bullet.
fn word_start() -> String {
    let bullets: String = crate::segment::BULLETS.iter().collect();
    format!(r"(?:^|[\s{bullets}])")
}

/// A Hangul name of two to four syllables with a topic or subject particle, at the
/// start of a word (`백지영은`, `유성은은`).
static KO_TOPIC: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(&format!(
        r"{}(?P<a>\p{{Hangul}}{{2,4}}?)(?:은|는|이|가)\s",
        word_start()
    ))
    .unwrap()
});

/// The first syllables of common Korean family names: a topic word that starts with
/// none of them is not taken for a person.
const KO_SURNAMES: &str = "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어편용예경봉";

/// Topic words that start like a surname but are not people.
const KO_NOT_PERSON: &[&str] = &[
    "노래",
    "이번",
    "이곡",
    "이날",
    "지난",
    "최근",
    "정규",
    "주인공",
    "한편",
    "이후",
    "지금",
    "오늘",
    "신곡",
    "공개",
    "발표",
    "현재",
    "전작",
    "원곡",
    "음원",
    "이들",
    "두사람",
    "소속사",
    "방송",
    "제작진",
    "작곡",
    "작사",
    "기존",
    "마지막",
    "유명",
    "명곡",
];

/// The subject a line introduces, if any. `heading` says whether the line is a heading
/// (whose whole text may be the person's name).
///
/// ```
/// use ostract::rules::subject::subject;
/// let t = ostract::Tables::builtin();
/// let s = subject("Sohyang is a solo singer from South Korea.", false, &t).unwrap();
/// assert_eq!((s.name.as_str(), s.section_wide), ("Sohyang", false));
/// assert_eq!(subject("3. Park Bo Young", true, &t).unwrap().name, "Park Bo Young");
/// assert_eq!(subject("▲가수 조성모가 새 OST를 냈다.", true, &t).unwrap().name, "조성모");
/// assert!(subject("3. Descendants of the Sun (2016)", true, &t).is_none());
/// ```
pub fn subject(line: &str, heading: bool, tables: &Tables) -> Option<SubjectSignal> {
    let signal = |name: &str, section_wide, rule| {
        Some(SubjectSignal {
            name: name.trim().to_string(),
            section_wide,
            rule,
        })
    };
    if heading {
        let text = strip_marker(line).trim();
        if is_person_name(text, tables) {
            return signal(text, true, "subject.person_heading");
        }
    }
    let lead_shaped = (line.contains(" is ") || line.contains(" was ")) && PERFORMER.is_match(line);
    if let Some(c) = lead_shaped.then(|| LEAD.captures(line)).flatten() {
        return signal(&c["a"], false, "subject.lead_sentence");
    }
    if !crate::normalize::has_hangul(line) {
        return None;
    }
    // The first sentence only: a later one is about something else as often as not.
    let first = &line[..line.find(". ").map_or(line.len(), |i| i + 1)];
    if let Some(c) = KO_TITLED.captures(first) {
        return signal(&c["a"], false, "subject.ko_titled");
    }
    if heading {
        for c in KO_TOPIC.captures_iter(first) {
            let a = &c["a"];
            let starts_like_name = a.chars().next().is_some_and(|f| KO_SURNAMES.contains(f));
            if starts_like_name && a.chars().count() == 3 && !KO_NOT_PERSON.contains(&a) {
                return signal(a, false, "subject.ko_topic");
            }
        }
    }
    None
}

/// Whether a heading's whole text is a performer's name: a known group or member, or a
/// romanised Korean name (`Park Bo Young`, `Kim Woo-bin`: a known surname and one or
/// two capitalised given-name words).
fn is_person_name(text: &str, tables: &Tables) -> bool {
    // Cheap shape tests first: a name has a few words and no quotes, dashes, colons or
    // year; most heading-like lines are songs or titles and stop here.
    let shaped = !text.is_empty()
        && text.len() <= 40
        && text.split_whitespace().count() <= 4
        && !text.contains([
            '“', '”', '"', '‘', '’', '–', '—', ':', '|', '«', '《', '〈', '「',
        ])
        && !text.contains("(19")
        && !text.contains("(20");
    if !shaped || tables.drama_canonical(text).is_some() {
        return false;
    }
    if tables.knows_performer(text) {
        return true;
    }
    // A given-name word is one or two romanised syllables (`Bo`, `Young`, `Jae-in`).
    static GIVEN: PerThreadRegex = PerThreadRegex::new(|| {
        Regex::new(r"^[A-Z](?:[gkndrlmbpsjchtyw]{0,3}[aeiou]{1,3}(?:ng|n|m|l|k|p|t|b)?-?){1,2}$|^[A-Z][aeiou]{1,3}(?:ng|n|m|l|k|p|t|b)?(?:-?[gkndrlmbpsjchtyw]{0,3}[aeiou]{1,3}(?:ng|n|m|l|k|p|t|b)?)?$").unwrap()
    });
    let words: Vec<&str> = text.split_whitespace().collect();
    (2..=3).contains(&words.len())
        && tables.is_surname(words[0])
        && words[0].starts_with(|c: char| c.is_ascii_uppercase())
        && words[1..].iter().all(|w| GIVEN.is_match(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(line: &str, heading: bool) -> Option<String> {
        subject(line, heading, &Tables::builtin()).map(|s| s.name)
    }

    #[test]
    fn lead_sentences_name_the_singer() {
        assert_eq!(
            name("Baek Ji Young is a South Korean ballad singer.", false).as_deref(),
            Some("Baek Ji Young")
        );
        assert_eq!(
            name("Jannabi is one of the indie bands we love.", false).as_deref(),
            Some("Jannabi")
        );
        // A drama described is not a singer; nor is a song.
        assert_eq!(name("Goblin is a fantasy drama from 2016.", false), None);
        assert_eq!(name("Flower is a ballad sung by Yoon Mirae.", false), None);
    }

    #[test]
    fn headings_that_are_people() {
        assert_eq!(
            name("1. Seo Hyun Jin", true).as_deref(),
            Some("Seo Hyun Jin")
        );
        assert_eq!(name("## Kim Woo-bin", true).as_deref(), Some("Kim Woo-bin"));
        assert_eq!(name("4. Taeyeon", true).as_deref(), Some("Taeyeon"));
        assert_eq!(name("5. MAMAMOO", true).as_deref(), Some("MAMAMOO"));
        // Titles, even short ones, are not people; nor is a body line.
        assert_eq!(name("2. Crash Landing on You", true), None);
        assert_eq!(name("3. Hotel Del Luna", true), None);
        assert_eq!(name("3. Han River", true), None);
        assert_eq!(name("Seo Hyun Jin", false), None);
    }

    #[test]
    fn korean_topics() {
        assert_eq!(
            name(
                "▲'OST의 여왕'이라는 별칭을 가진 백지영은 새 드라마에 합류했다.",
                true
            )
            .as_deref(),
            Some("백지영")
        );
        assert_eq!(
            name("▲2위를 차지한 유성은은 곡을 냈다.", true).as_deref(),
            Some("유성은")
        );
        assert_eq!(
            name("밴드 잔나비는 이번에도 OST에 참여했다.", false).as_deref(),
            Some("잔나비")
        );
        // Words that start like a surname but are not people, and body lines.
        assert_eq!(name("▲노래는 잔잔한 발라드다.", true), None);
        assert_eq!(name("▲이번 곡은 발라드다.", true), None);
        assert_eq!(name("백지영은 새 드라마에 합류했다.", false), None);
    }
}
