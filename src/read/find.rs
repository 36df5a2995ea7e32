//! Rules over pieces: the song and drama candidates of one line, each with the id of the
//! pattern that found it. Lines read as slots (`A – “T” | D`) are left to [`super::layout`].

use super::evidence::{self, Words};
use super::pieces::{Kind, Piece};
use super::{DramaMention, Song};
use crate::normalize::{has_hangul, is_alnum, key};
use crate::tables::Tables;
use memchr::memmem::Finder;
use std::sync::LazyLock;

/// A line and its pieces, with helpers for looking around a piece.
pub struct View<'a> {
    pub text: &'a str,
    pub p: &'a [Piece],
}

impl<'a> View<'a> {
    /// Piece `i`'s text; empty past the last piece, as asking around a piece often is.
    pub fn t(&self, i: usize) -> &'a str {
        self.p.get(i).map_or("", |p| p.text(self.text))
    }
    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.p.get(i).map(|p| p.kind)
    }
    /// Whether piece `i` is the lowercase word `w` (case-insensitive for cue words).
    pub fn is(&self, i: usize, w: &str) -> bool {
        self.p.get(i).is_some_and(|p| {
            matches!(p.kind, Kind::Word | Kind::Run) && p.text(self.text).eq_ignore_ascii_case(w)
        })
    }
    /// The first piece starting at or after byte `pos`.
    pub fn at(&self, pos: usize) -> Option<usize> {
        let i = self.p.partition_point(|p| p.start < pos);
        (i < self.p.len()).then_some(i)
    }
    pub fn is_any(&self, i: usize, ws: &[&str]) -> bool {
        ws.iter().any(|w| self.is(i, w))
    }
    /// Whether piece `i` is a song word ([`SONG_WORDS`]) or an `OST`.
    pub fn song_word(&self, i: usize) -> bool {
        self.is_in(i, &SONG_WORD_SET) || self.kind(i) == Some(Kind::Ost)
    }
    /// [`View::is_any`] of a list made a set ([`Words`]).
    pub(crate) fn is_in(&self, i: usize, words: &Words) -> bool {
        self.p.get(i).is_some_and(|p| {
            matches!(p.kind, Kind::Word | Kind::Run)
                && words.contains_ascii_lowercased(p.text(self.text).as_bytes())
        })
    }
    /// Whether pieces `i` and `j` touch or are separated by spaces only.
    pub(crate) fn close(&self, i: usize, j: usize) -> bool {
        self.text[self.p[i].end..self.p[j].start].trim().is_empty()
    }
}

/// Ordinal words that count a soundtrack's parts (`the fourth part`, `its 2nd installment`).
pub(crate) const ORDINALS: &[&str] = &[
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "last", "final", "latest", "next", "1st", "2nd", "3rd", "4th", "5th",
    "6th", "7th", "8th", "9th", "10th",
];

/// [`SONG_WORDS`] as a set.
static SONG_WORD_SET: Words = Words::new(SONG_WORDS);

/// Song words: a quoted or named title after one of these is presented as a song.
pub const SONG_WORDS: &[&str] =
    &joined::<{ SONG_NOUNS.len() + SINGING.len() }>(SONG_NOUNS, SINGING);

/// Nouns and namers of songs ([`SONG_WORDS`] without the verbs).
const SONG_NOUNS: &[&str] = &[
    "song",
    "songs",
    "track",
    "tracks",
    "single",
    "ballad",
    "number",
    "tune",
    "theme",
    "ost",
    "osts",
    "soundtrack",
    "soundtracks",
    "duet",
    "anthem",
    "melody",
    "hit",
    "titled",
    "entitled",
    "called",
    "named",
    "곡",
    "노래",
    "ost를",
    "ost인",
    "타이틀곡",
];

/// Singing verbs present what follows as a song (`Kim Do-yoon sang “T”`).
const SINGING: &[&str] = &[
    "sang",
    "sing",
    "sings",
    "singing",
    "performed",
    "performs",
    "performing",
    "recorded",
    "records",
    "delivered",
    "delivers",
    "crooned",
    "croons",
    "belted",
    "belts",
    "lent",
    "lends",
    "voiced",
    "covered",
    "covers",
    "remade",
];

/// Two word lists as one, made when the program is built.
const fn joined<const N: usize>(a: &[&'static str], b: &[&'static str]) -> [&'static str; N] {
    let mut out = [""; N];
    let mut i = 0;
    while i < a.len() {
        out[i] = a[i];
        i += 1;
    }
    while i < N {
        out[i] = b[i - a.len()];
        i += 1;
    }
    out
}

/// Whether a word is one of [`STAFF`]: `Composed`, `Lyrics`, `Photo` before `by`.
pub fn is_staff(word: &str) -> bool {
    // Trimmed once, not once for each staff word: every word of every slot is asked.
    STAFF_SET.contains_ascii_lowercased(word.trim().as_bytes())
}

/// [`STAFF`] as a set.
static STAFF_SET: Words = Words::new(STAFF);

/// The roles of a show's or a song's staff, as nouns (`by writer A`, `by composer B`):
/// the name after one is no singer's.
const STAFF_ROLES: &[&str] = &[
    "writer",
    "screenwriter",
    "director",
    "producer",
    "composer",
    "lyricist",
    "author",
    "novelist",
    "pd",
    "arranger",
];

/// Whether a name is only a credit's words, a staff role's or a singing verb's (`Written
/// and Produced`, `Performed`): what comes before a `by`, no title.
pub fn credit_words(s: &str) -> bool {
    s.split_whitespace().all(|w| {
        is_staff(w)
            || ["performed", "sung", "vocals", "vocal", "and", "&"]
                .iter()
                .any(|c| w.eq_ignore_ascii_case(c))
    })
}

/// Words after `by` that make the `by` a staff credit, not a singer's.
const STAFF: &[&str] = &[
    "lyrics",
    "composed",
    "written",
    "produced",
    "prod",
    "directed",
    "arranged",
    "music",
    "photo",
    "photos",
    "image",
    "posted",
    "edited",
    "translated",
    "credit",
    "credits",
    "source",
    "cr",
    "written",
    "starring",
    "hosted",
    "created",
    "won",
    "made",
    "followed",
    "inspired",
    "helmed",
    "penned",
    "released",
    "published",
    "owned",
    "loved",
    "played",
    // A record's session and studio credits (`Piano by A`, `Mixed by B`).
    "piano",
    "keyboard",
    "keyboards",
    "guitar",
    "guitars",
    "bass",
    "drums",
    "strings",
    "chorus",
    "mixed",
    "mastered",
    "engineered",
    "programmed",
    "programming",
    "composition",
    "arrangement",
    // A page's own credits (`Translation by A`, `Plot Synopsis by B`, `Profile made by
    // C`, `Recommended by 12 users`).
    "translation",
    "translations",
    "romanization",
    "romanized",
    "synopsis",
    "plot",
    "summary",
    "subtitles",
    "profile",
    "recommended",
    // A piece's own byline (`Words by A`, `Interview by B`, `Compiled by C`).
    "words",
    "interview",
    "text",
    "reporting",
    "reported",
    "compiled",
    "curated",
    "reviewed",
    "updated",
];

/// Kinds of television show that are no drama: `the music show D`.
const SHOW_KINDS: &[&str] = &[
    "variety", "music", "talk", "audition", "survival", "reality", "cooking", "game",
];

/// The drama cue words before a title: `drama D`, `series D`, `드라마 'D'`.
const DRAMA_WORDS: &[&str] = &[
    "drama",
    "series",
    "k-drama",
    "kdrama",
    "dramas",
    "드라마",
    "show",
    "sitcom",
    "miniseries",
];

/// A drama's genres: `D is a romance`, `tvN's mountain-rescue thriller D`.
const GENRES: &[&str] = &[
    "romance",
    "comedy",
    "melodrama",
    "thriller",
    "rom-com",
    "romcom",
    "sageuk",
];

/// What only a show has, before `of` and its title: `the finale of D`, `episodes of D`.
const SHOW_PARTS: &[&str] = &[
    "episode",
    "episodes",
    "finale",
    "premiere",
    "season",
    "plot",
    "storyline",
    "story",
    "cast",
    "ending",
    "characters",
    "leads",
    "ratings",
];

/// Verbs whose object is a show: `I watched D`, `while binge-watching D`.
const WATCHED: &[&str] = &[
    "watch",
    "watched",
    "watching",
    "rewatch",
    "rewatched",
    "rewatching",
    "binged",
    "binge-watched",
    "binge-watching",
];

/// Whether a name is the kind of work, not a title: `K-dramas`, `Korean dramas`.
fn generic_shows(name: &str) -> bool {
    name.split_whitespace().last().is_some_and(|w| {
        let w = w.to_lowercase();
        let one = w.strip_suffix('s').unwrap_or(&w);
        DRAMA_WORDS.contains(&w.as_str()) || DRAMA_WORDS.contains(&one)
    })
}

/// Korean words for a kind of drama, as the end of a compound (`월화드라마`, `수목극`,
/// `MBC드라마`, `대하사극`, `주말연속극`).
const KO_DRAMA_ENDS: &[&str] = &[
    "드라마",
    "시리즈",
    "사극",
    "월화극",
    "수목극",
    "주말극",
    "일일극",
    "금토극",
    "토일극",
    "연속극",
    "특별기획",
];

/// Whether piece `i` is a drama cue word (`drama`, `series`, `드라마`) or a Korean
/// compound that ends in one.
pub fn is_drama_word(v: &View, i: usize) -> bool {
    v.is_any(i, DRAMA_WORDS)
        || matches!(v.kind(i), Some(Kind::Word | Kind::Run))
            && KO_DRAMA_ENDS.iter().any(|e| v.t(i).ends_with(e))
}

/// Finds songs and drama mentions in prose.
pub fn prose(
    line: usize,
    v: &View,
    tables: &Tables,
    songs: &mut Vec<Song>,
    dramas: &mut Vec<DramaMention>,
) {
    let n = v.p.len();
    let mut used = vec![false; n];
    // Whether the line holds a `‘D-T’` pair of a known drama, asked at its first quote.
    let pairs_here = std::cell::OnceCell::new();
    let first_song = songs.len();
    // The line's known titles, found once for its mentions and its possessives.
    let known: Vec<(usize, usize)> = tables.drama_spans(v.text);
    drama_mentions(line, v, tables, &known, dramas, &mut used);
    // `Park Ha-eun (“Glass Door”)`: a singer with the song in brackets after.
    for k in 1..n {
        if v.p[k].kind != Kind::Bracket || v.p[k - 1].kind != Kind::Run {
            continue;
        }
        let inner = v.t(k).trim();
        let quoted = inner.chars().next().is_some_and(|c| "\"“‘'".contains(c))
            && inner
                .chars()
                .next_back()
                .is_some_and(|c| "\"”’'".contains(c));
        let title = crate::normalize::trim_punct(inner);
        // Korean press writes composers so (`조영수(‘T’)`), and a director's or an
        // actor's works are written so too: only a singer in a sentence about songs.
        if quoted
            && !title.is_empty()
            && !has_hangul(v.t(k - 1))
            && evidence::performer(tables, v.t(k - 1)) >= 0.5
            && sentence_cued(v, k)
        {
            songs.push(Song::new(
                line,
                v.p[k - 1].start,
                v.p[k].end,
                &title,
                v.t(k - 1),
                "prose.artist_paren_quoted",
                true,
                true,
            ));
        }
    }
    // `Winter Harbor (“Glass Door” by Park Ha-eun)`: a drama with its song and singer in
    // the bracket after it, read as a clause of its own.
    for k in 1..n {
        if v.p[k].kind != Kind::Bracket || !matches!(v.p[k - 1].kind, Kind::Run | Kind::Quoted) {
            continue;
        }
        if let Some(song) = bracketed_song(line, v, k, tables, dramas) {
            songs.push(song);
        } else {
            songs.extend(singer_bracket_songs(line, v, k, tables));
        }
    }
    // The line's brackets of known singers after a quote ([`parallel_singer`]).
    let singers = std::cell::OnceCell::new();
    // Possessives: `A’s “T”`, `A’s heartfelt ballad T`, `가수의 ‘곡’`.
    for k in 0..n {
        if v.p[k].kind != Kind::Poss || k == 0 {
            continue;
        }
        // `KBS2’s Tomorrow’s Stationmaster`, `Tomorrow’s Bride`: a possessive inside a
        // drama's title is its own, unless what owns it is a known title by itself and no
        // broadcaster owns the whole (`Hospital Playlist’s Aloha` is the drama's song).
        if dramas.iter().any(|d| {
            d.line == line
                && d.start < v.p[k].start
                && v.p[k].end < d.end
                && (d.cue == "drama.network_possessive"
                    || tables
                        .drama_canonical(&v.text[d.start..v.p[k].start])
                        .is_none())
        }) {
            continue;
        }
        // A known title that ends at the possessive owns it whole, its lower-case words
        // too (`Hotel del Luna’s`, `Descendants of the Sun’s`), unless a singer has the name.
        let titled = known
            .iter()
            .find(|&&(s, e)| e == v.p[k].start && s < e)
            .map(|&(s, e)| (s, v.text[s..e].to_string()))
            .filter(|(_, t)| !has_hangul(t) && !tables.is_known_performer(t));
        let Some((owner_s, owner)) = titled.clone().or_else(|| owner(v, k, tables)) else {
            continue;
        };
        // A drama or broadcaster as owner: `<D>’s ‘T’` gives the drama, not a singer.
        let named = dramas.iter().any(|d| {
            d.line == line
                && d.start == v.p[k - 1].start
                && d.end == v.p[k - 1].end
                && d.strength >= 0.75
        });
        // `Winter Harbor’s OST “T”`: an owner a cue already names a drama. A known title
        // that is also a word (`Goblin`) owns a quoted song as a drama when nothing makes
        // it a person.
        let owner_is_drama = v.p[k - 1].kind == Kind::Quoted && (has_hangul(&owner) || named)
            || named && evidence::performer(tables, &owner) < 0.9
            || titled.as_ref().is_some_and(|(_, t)| t.contains(' '))
            || evidence::drama(tables, &owner) > 0.0
                && evidence::performer(tables, &owner) < 0.9
                && (known_strength(&owner, false) > 0.4
                    || v.kind(k + 1) == Some(Kind::Quoted)
                        && !has_hangul(&owner)
                        && owner.chars().filter(|&c| is_alnum(c)).count() >= 4
                        && evidence::performer(tables, &owner) < 0.5);
        // `tvN’s “Winter Harbor”`: what a broadcaster owns is a drama; so is what a cast
        // or a writer owns (`A 주연의 ‘D’`, `B 작가의 ‘D’`).
        const MAKERS: &[&str] = &["주연", "출연", "작가", "감독", "연출", "극본"];
        let maker = v.t(k) == "의" && MAKERS.contains(&owner.as_str());
        if (is_network(&owner) || maker) && v.kind(k + 1) == Some(Kind::Quoted) {
            let q = v.p[k + 1];
            dramas.push(DramaMention {
                line,
                start: q.start,
                end: q.end,
                name: crate::normalize::trim_punct(v.t(k + 1)),
                strength: 0.9,
                cue: if maker {
                    "drama.maker"
                } else {
                    "drama.network"
                },
            });
            used[k + 1] = true;
            continue;
        }
        // `tvN’s Saturday-Sunday drama`, `SBS’s Friday`: a broadcaster sings nothing.
        if is_network(&owner) {
            continue;
        }
        let mut j = k + 1;
        let mut adjectives = 0;
        // `A’s first drama song was “T”`: a copula after a song word reaches the title.
        let copula = |j: usize| {
            v.is_any(j, &["is", "was"])
                && (k + 1..j).any(|i| v.song_word(i))
                && v.kind(j + 1) == Some(Kind::Quoted)
        };
        while j < n
            && adjectives < 5
            && (v.kind(j) == Some(Kind::Word)
                // (`A’s song sits at No. 1`: what stands `at` is a place or a rank.)
                // (`A’s contribution to “D”`: what is given `to` is the show.)
                && (!v.is_any(j, &["by", "for", "from", "and", "is", "was", "has", "in", "at", "to"])
                    || copula(j))
                || v.kind(j) == Some(Kind::Ost)
                // `A의 Part.1 ‘T’`, `A’s Part 2 “T”`: the soundtrack's part of the song.
                || v.kind(j) == Some(Kind::Run) && super::layout::is_part(v.t(j))
                || v.kind(j) == Some(Kind::Sep) && v.t(j) == "," && adjectives > 0
                // `A의 듀엣곡 ‘T’`, `A의 신곡 ‘T’`: a Korean song noun after the possessive.
                // `A의 메인 테마곡 ‘T’`: a word that says which song, before the noun.
                || v.t(k) == "의"
                    && v.kind(j) == Some(Kind::Run)
                    && (v.t(j).ends_with('곡')
                        || matches!(v.t(j), "노래" | "발라드")
                        || v.kind(j + 1) == Some(Kind::Run) && v.t(j + 1).ends_with('곡')))
        {
            j += 1;
            adjectives += 1;
        }
        let Some(tp) = v.p.get(j) else { continue };
        // `Park Ha-na's revenge drama D`: the actor's show, no song (`A's drama OST “T”`
        // is a song); `IU's album Palette`, `A’s first mini album “T”`: an album's name.
        if (k + 1..j).any(|i| is_drama_word(v, i)) && !(k + 1..j).any(|i| v.song_word(i))
            || (k + 1..j).any(|i| v.is_any(i, ALBUM))
        {
            continue;
        }
        // `From A’s X to B’s Y`: the second owner's title is a song as the first's is.
        let chained = k >= 2 && v.kind(k - 2) == Some(Kind::Poss) && v.t(k - 1).contains(" to ");
        let cued = (k + 1..j).any(|i| v.is_in(i, &SONG_WORD_SET) || super::layout::is_part(v.t(i)))
            || chained
            || sentence_cued(v, k);
        // `Moonlit Ferry’s third OST, “T”`: what owns a soundtrack, with no person's
        // shape, is the drama.
        let owner_is_drama = owner_is_drama
            || (k + 1..j).any(|i| v.kind(i) == Some(Kind::Ost))
                && evidence::performer(tables, &owner) == 0.0
                && !has_hangul(&owner)
                && !evidence::not_a_name(&owner);
        let (title, end) = match tp.kind {
            Kind::Quoted if !used[j] => (v.t(j).to_string(), tp.end),
            Kind::Run if !has_hangul(v.t(j)) => {
                let t = title_of_run(v, j);
                let owner_ok = evidence::performer(tables, &owner) >= 0.5;
                // `EXO’s Chen and Punch`: the owner's members, not a song; so are the
                // names a credit's `by` gives (`by VANTA’s Joon x Sori`) or that sing
                // (`ECHOLINE’s Dohyun and Rian sang …`).
                let first = v.p.partition_point(|p| p.start < owner_s);
                let sing = v.is_any(j + 1, SANG)
                    || v.is_any(j + 1, WORKED_WITH)
                    || v.is_any(j + 1, &["team", "join", "lend", "lent"]);
                // `WINNER’s MINO And Kang Seung Yoon`: names joined are a credit list, as
                // good a performer as its parts.
                let members = evidence::performer(tables, &t) >= 0.6
                    || t.len() == v.t(j).len() && (first > 0 && v.is(first - 1, "by") || sing);
                // `IU’s Hotel del Luna OST`: a drama's title, its soundtrack the singer's.
                let drama_named = v.kind(j + 1) == Some(Kind::Ost)
                    || evidence::drama(tables, v.t(j)) > 0.0
                    || known.iter().any(|&(a, b)| a <= tp.start && tp.start < b);
                if !(owner_ok || cued)
                    || members
                    || drama_named
                    || t.is_empty()
                    || evidence::not_a_name(&t)
                    // `LUMINA’s Seo-ah`, `Park Seo-joon’s Park Sae-ro-yi`: a member or a
                    // character, no song.
                    || evidence::names_people(tables, &t)
                    || v.t(j).starts_with(char::is_lowercase)
                {
                    continue;
                }
                let e = tp.start + t.len();
                (t, e)
            }
            _ => continue,
        };
        // `Neon Orchard’s “Ripe” by Heize`: a title credited after it belongs to its
        // owner as a drama's song, unless the owner is a known singer.
        let credited_after = tp.kind == Kind::Quoted && after_by(v, j + 1).is_some();
        let owner_is_drama = owner_is_drama
            || credited_after
                && !tables.is_known_performer(&owner)
                && !evidence::not_a_name(&owner)
                && evidence::performer(tables, &owner) < 0.9;
        if owner_is_drama {
            dramas.push(DramaMention {
                line,
                start: owner_s,
                end: v.p[k - 1].end,
                name: owner.clone(),
                strength: 0.9,
                cue: "drama.possessive",
            });
            let mut s = Song::new(
                line,
                tp.start,
                end,
                &title,
                "",
                "prose.drama_possessive",
                tp.kind == Kind::Quoted,
                cued,
            )
            .in_drama(strip_network(&owner));
            // `《D》의 OST 〈T〉은 A이 불렀다`: a Korean credit around the title.
            if let Some((a, _, e)) = korean_credit(v, j, tables) {
                s.artists = a;
                s.credit_tie = "line";
                s.end = s.end.max(e);
            }
            // `‘D’의 ‘T’(A)과`, `D’s “T” (A)`, `D’s OST “T” – A`: the singer after the title.
            if let Some((a, e, _)) = (tp.kind == Kind::Quoted)
                .then(|| credit_after_quote(v, j, tables, &singers, false))
                .flatten()
            {
                s.artists = a;
                s.credit_tie = "line";
                s.end = e;
            }
            // `D’s OST “T,” sung by A`: the credit after the title.
            if let Some(b) = after_by(v, j + 1) {
                if let Some((a, _, e)) = artist_after(v, b, tables) {
                    s.artists = a;
                    s.credit_tie = "line";
                    s.end = e;
                }
            }
            songs.push(s);
        } else {
            // `A’s remake of B’s “T”`: B sang it first; A sings it here, if named.
            let first = v.p.partition_point(|p| p.start < owner_s);
            let (owner_s, owner) = match remake_singer(v, first) {
                Some(Some(a)) => (v.p[a].start, v.t(a).to_string()),
                Some(None) => (owner_s, String::new()),
                None => (owner_s, owner),
            };
            // `A’s “T”, featuring B,`: the guest after the title sings it too.
            let (owner, end) = match feat_after(v, j, tables).filter(|_| tp.kind == Kind::Quoted) {
                Some((guest, e)) if !owner.is_empty() => (format!("{owner} feat. {guest}"), e),
                _ => (owner, end),
            };
            // `A's Fingerprints and Cold Case, both from …`: an unquoted pair the words
            // after it count as two songs.
            let mut after = j + 1;
            if v.kind(after) == Some(Kind::Sep) && v.t(after) == "," {
                after += 1;
            }
            let two = tp.kind == Kind::Run
                && title.len() == v.t(j).len()
                && (v.is(after, "both")
                    || v.is_any(after, &["two", "the"]) && v.is(after + 1, "two"));
            let titles: Vec<&str> = match title.split_once(" and ").filter(|_| two) {
                Some((a, b)) => vec![a, b],
                None => vec![title.as_str()],
            };
            for t in titles {
                songs.push(Song::new(
                    line,
                    owner_s,
                    end,
                    t,
                    &owner,
                    "prose.possessive",
                    tp.kind == Kind::Quoted,
                    cued,
                ));
            }
            // `A’s ‘T1’/‘T2’`, `A’s “T1” and “T2”`: the next quotes share the credit.
            let mut m = j;
            while v.kind(m + 1) == Some(Kind::Sep) && v.t(m + 1) == "/"
                || v.is_any(m + 1, &["and", "&"])
            {
                // `A’s “T1” and “T2” by B`: a quote credited by its own `by` is B's.
                if v.kind(m + 2) != Some(Kind::Quoted)
                    || tp.kind != Kind::Quoted
                    || v.is(m + 3, "by")
                {
                    break;
                }
                m += 2;
                songs.push(Song::new(
                    line,
                    v.p[m].start,
                    v.p[m].end,
                    v.t(m),
                    &owner,
                    "prose.possessive",
                    true,
                    cued,
                ));
                used[m] = true;
            }
        }
        used[j] = true;
    }
    // `T by A`, `“T,” sung by A`, `“T,” will be sung by A`, `“T,” features vocals from A`.
    for k in 0..n {
        let from_vocals = v.is(k, "from") && k > 0 && v.is_any(k - 1, &["vocals", "voice"]);
        if !(v.is(k, "by") || from_vocals) || k == 0 {
            continue;
        }
        let mut t = k - 1;
        let mut verb = false;
        let mut appositive = false;
        if v.is_any(t, SUNG_BY) || v.is_any(t, &["vocals", "covered", "remade", "sung,", "voice"]) {
            verb = true;
            if t == 0 {
                continue;
            }
            t -= 1;
            // The verb's auxiliaries (`will be`, `was originally`, `features`).
            let mut aux = 0;
            while aux < 3
                && t > 0
                && v.is_any(
                    t,
                    &[
                        "was",
                        "is",
                        "will",
                        "be",
                        "been",
                        "were",
                        "are",
                        "has",
                        "have",
                        "also",
                        "originally",
                        "features",
                        "featuring",
                        "feature",
                        "lends",
                        "her",
                        "his",
                        "their",
                    ],
                )
            {
                t -= 1;
                aux += 1;
            }
        }
        // `“Fly,” a mid-tempo number by A`: an apposition that calls the title a song;
        // a bare title's needs its comma (`Lantern Road, a duet by A and B`).
        if !verb
            && v.kind(t) == Some(Kind::Word)
            && (v.is_in(t, &SONG_WORD_SET) || v.is_any(t, &["number", "tune", "duet"]))
        {
            let mut j = t;
            while j > 0 && t - j < 5 && v.kind(j) == Some(Kind::Word) {
                j -= 1;
            }
            let comma = v.kind(j) == Some(Kind::Sep) && v.t(j) == "," && j > 0;
            let j = if comma { j - 1 } else { j };
            if (v.kind(j) == Some(Kind::Quoted) || comma && v.kind(j) == Some(Kind::Run))
                && v.is_any(
                    j + 1 + usize::from(v.kind(j + 1) == Some(Kind::Sep)),
                    &["a", "an", "the"],
                )
            {
                t = j;
                appositive = true;
            }
        }
        // `‘T’ is by A featuring B`: a copula between the title and its credit (after
        // an apposition's comma: `The second part, “T”, is by A`).
        if !verb && v.is_any(t, &["is", "was"]) && t > 0 {
            if v.kind(t - 1) == Some(Kind::Quoted) {
                t -= 1;
            } else if t > 1 && v.t(t - 1) == "," && v.kind(t - 2) == Some(Kind::Quoted) {
                t -= 2;
            }
        }
        // `“T” (D), sung by A`, `“T” (D) – sung by A`.
        if v.kind(t) == Some(Kind::Sep) && matches!(v.t(t), "," | "–" | "—") && t > 0 {
            t -= 1;
        }
        // `‘T’ (궁 위의 달) by A`: the title's name in the other script stands between;
        // `“T” (D OST Part.3) by A`: so does the drama it is from, the song's drama.
        // `Stay With Me (Goblin) by A`: a bare title before a drama named in brackets.
        // `“T” (Winter Harbor) by A`: a quoted title's bracket that names no singer; a
        // part's (`“T” (Part 2) by A`) stands between too.
        let mut bracket_drama = None;
        if v.kind(t) == Some(Kind::Bracket) && t > 0 {
            let b = v.p[t];
            let before = v.kind(t - 1);
            let named = dramas
                .iter()
                .find(|d| d.line == line && b.start <= d.start && d.end <= b.end)
                .map(|d| d.name.clone())
                .or_else(|| {
                    let inner = crate::normalize::trim_punct(v.t(t));
                    // (`「T」 ("gloss") by A`: a bracket in the other script glosses the
                    // title; only a known title there is a drama.)
                    let titled = before == Some(Kind::Quoted)
                        && has_hangul(&inner) == has_hangul(v.t(t - 1))
                        && crate::shape::title_like(&inner)
                        && evidence::performer(tables, &inner) < 0.5
                        && !super::layout::is_part(&inner)
                        && !work_facts(&inner)
                        && !evidence::not_a_name(&inner);
                    (titled || tables.drama_canonical(&inner).is_some()).then_some(inner)
                });
            // `“T” (a title that fits it) by A`: a remark on the title, in words.
            let remark = v.t(t).starts_with(char::is_lowercase)
                && v.t(t).split_whitespace().nth(2).is_some();
            if before == Some(Kind::Quoted)
                && (has_hangul(v.t(t)) != has_hangul(v.t(t - 1))
                    || has_ost(v.t(t))
                    || remark
                    || super::layout::is_part(v.t(t)))
                || named.is_some()
                    && (before == Some(Kind::Quoted)
                        || before == Some(Kind::Run) && !has_hangul(v.t(t - 1)))
                // `Grown Ups (어른) by A`: a bare title's Hangul name.
                || before == Some(Kind::Run)
                    && has_hangul(v.t(t))
                    && !has_hangul(v.t(t - 1))
                    && !v.t(t).chars().any(|c| c.is_ascii_alphabetic())
            {
                bracket_drama = named;
                t -= 1;
            }
        }
        // `“T” from D, sung by A`: the drama named after the title stands between (a
        // forum's bare title too: `Glass Garden from D, sung by A`); after a quoted title,
        // a plain `by` too (`‘T’ from D by A`).
        if bracket_drama.is_none()
            && t >= 2
            && v.kind(t) == Some(Kind::Run)
            && v.is_any(t - 1, &["from", "for", "in"])
            && (verb && v.kind(t - 2) == Some(Kind::Run) || v.kind(t - 2) == Some(Kind::Quoted))
        {
            if let Some(d) = dramas
                .iter()
                .find(|d| d.line == line && d.start == v.p[t].start && d.end <= v.p[t].end)
            {
                bracket_drama = Some(d.name.clone());
                t -= 2;
            }
        }
        if v.is_in(t, &STAFF_SET)
            || t > 0 && v.is_in(t - 1, &STAFF_SET) && v.kind(t) != Some(Kind::Quoted)
        {
            continue;
        }
        // `by veteran vocalist A`, `by girl group member A`: words that say what the
        // singer is come before the name, which must then look like one.
        let mut a_at = k + 1;
        while a_at < k + 5 && v.kind(a_at) == Some(Kind::Word) && !v.is_in(a_at, &STAFF_SET) {
            a_at += 1;
        }
        // `by writer A`, `by director B`: a staff role's name, no singer's.
        if (k + 1..a_at).any(|i| v.is_any(i, STAFF_ROLES)) {
            continue;
        }
        // Words skipped after `by` make a weak credit, unless they call it a singer
        // (`by the band A`, `by singer-songwriter B`).
        // (`by the Swedish singer A`: a capitalised kind before the role word.)
        let role_end = role_phrase_end(v, k + 1);
        if let Some(j) = role_end.filter(|&j| j > a_at) {
            a_at = j;
        }
        let called = role_end == Some(a_at);
        // `sung by the actor A’s co-star B`: a possessor described is not the singer.
        if v.kind(a_at + 1) == Some(Kind::Poss) && v.kind(a_at + 2) == Some(Kind::Word) {
            continue;
        }
        let Some(a) = artist_after(v, a_at, tables)
            .filter(|a| a_at == k + 1 || called || evidence::performer(tables, &a.0) >= 0.5)
        else {
            continue;
        };
        let tp = v.p[t];
        let title = match tp.kind {
            Kind::Quoted => v.t(t).to_string(),
            // `And Flower by A`: the sentence's conjunction is no part of the title.
            Kind::Run if !has_hangul(v.t(t)) => {
                let run = v.t(t);
                let mut t = run_title_before(v, t);
                // `T by A and U by B`: the run after the first credit's `by` holds its
                // name, then the next title; the credit gives the title up, and the title
                // keeps its first word (`But It's Destiny`).
                let after_and =
                    run.len() > t.len() && run[..run.len() - t.len()].ends_with(" and ");
                if after_and {
                    let tail = format!(" and {t}");
                    for s in songs.iter_mut().filter(|s| s.line == line) {
                        if let Some(a) = s.artists.strip_suffix(&tail) {
                            s.artists = a.to_string();
                        }
                    }
                } else {
                    let cut = CONJUNCTIONS.iter().find(|c| t.starts_with(**c));
                    t.drain(..cut.map_or(0, |c| c.len()));
                }
                // `by A and T, a duet by B`: the run holds the last credit's name first,
                // which that credit gives up.
                match t.rsplit_once(" and ").filter(|_| appositive) {
                    Some((name, title)) => {
                        let mut credited = false;
                        for s in songs.iter_mut().filter(|s| s.line == line) {
                            if let Some(a) = s.artists.strip_suffix(&t) {
                                s.artists = format!("{a}{name}");
                                credited = true;
                            }
                        }
                        if credited || evidence::performer(tables, name) >= 0.5 {
                            title.to_string()
                        } else {
                            t
                        }
                    }
                    _ => t,
                }
            }
            _ => continue,
        };
        // (`Answered by A · 14K views`: a page's furniture word, no title.)
        if title.is_empty()
            || used[t] && tp.kind == Kind::Quoted
            || credit_words(&title)
            || evidence::is_furniture(&title)
        {
            continue;
        }
        let start = tp.end - title.len().min(tp.end - tp.start);
        let start = if tp.kind == Kind::Quoted {
            tp.start
        } else {
            start
        };
        let rule = if verb {
            "prose.sung_by"
        } else if tp.kind == Kind::Quoted {
            "prose.quoted_by"
        } else {
            "prose.title_by"
        };
        let mut song = Song::new(
            line,
            start,
            a.2,
            &title,
            &a.0,
            rule,
            tp.kind == Kind::Quoted,
            true,
        );
        // `Lantern by Cha Min from Winter Harbor`: a title after the credit's `from`
        // that is no group's is the song's drama (past a remark on the singer: `by Cha Min
        // (the band!) from Winter Harbor`).
        let from_drama = || {
            let f = v.at(a.2)?;
            let f = if v.kind(f) == Some(Kind::Bracket) && v.is(f + 1, "from") {
                f + 1
            } else {
                f
            };
            let d = v.p.get(f + 1)?;
            (v.is(f, "from")
                && d.kind == Kind::Run
                && v.close(f, f + 1)
                && tables.group(v.t(f + 1)).is_none()
                && !crate::normalize::is_capitals_act(v.t(f + 1))
                && evidence::performer(tables, v.t(f + 1)) < 0.6
                && crate::shape::title_like(v.t(f + 1)))
            .then(|| {
                // `from Crash Landing on You and I …`: a known title ends the name.
                let run = v.t(f + 1);
                let known = tables
                    .drama_spans(run)
                    .first()
                    .filter(|s| s.0 == 0)
                    .map(|s| s.1);
                crate::normalize::trim_punct(&run[..known.unwrap_or(run.len())])
            })
        };
        // `Paradise by T-Max (Boys Over Flowers)`: a known drama in brackets after the
        // credit.
        let drama_bracket = || {
            let f = v.at(a.2).filter(|&f| v.kind(f) == Some(Kind::Bracket))?;
            tables
                .drama_canonical(v.t(f))
                .map(|_| v.t(f).trim().to_string())
        };
        song.drama = bracket_drama.or_else(from_drama).or_else(drama_bracket);
        songs.push(song);
        used[t] = true;
    }
    // Quoted titles with a song cue, a dash credit, a bracketed credit, or Korean cues.
    // A piece a drama mention opens is the drama's.
    let named_at = |i: usize| {
        dramas
            .iter()
            .any(|d| d.line == line && d.start == v.p[i].start)
    };
    #[allow(clippy::needless_range_loop)] // `k` indexes the pieces around it, not only `used`
    for k in 0..n {
        if v.p[k].kind != Kind::Quoted || used[k] || named_at(k) {
            continue;
        }
        // `the EP “T”`, `her first album “T”`: an album's name, no song's; nor is an
        // album's `title track “T”` a soundtrack's, when an album, and no soundtrack, is
        // named just before (`mini album ‘A’ and its title track ‘T’`).
        let album = k > 0 && v.is_any(k - 1, ALBUM)
            || k > 1
                && v.is_any(k - 1, &["track", "single"])
                && v.is_any(k - 2, &["title", "lead"])
                && {
                    let near = k.saturating_sub(8)..k;
                    near.clone().any(|i| v.is_any(i, ALBUM))
                        && !near.into_iter().any(|i| v.kind(i) == Some(Kind::Ost))
                };
        if album || k > 0 && own_single(v, k - 1) {
            continue;
        }
        // `‘D’의 장면`: a quote that owns something is a work or a person, not a song;
        // a drama's song owns its singer (`‘D-T’의 A`).
        let pair = quoted_drama_pair(v.t(k), tables).or_else(|| {
            (*pairs_here.get_or_init(|| line_has_pairs(v, tables)))
                .then(|| loose_pair(v.t(k)))
                .flatten()
        });
        // (`‘T’의 주인공은 A다` names the song's singer.)
        if v.kind(k + 1) == Some(Kind::Poss)
            && v.p[k + 1].start == v.p[k].end
            && pair.is_none()
            && role_topic_credit(v, k + 2, k, tables).is_none()
        {
            continue;
        }
        let title = v.t(k);
        // `‘Picture in my head’, the OST he sings`: a title in sentence case is one
        // where a song's word or a credit is near; alone it is as often a phrase.
        // Not a sentence's (`“You were nine.”`), nor what someone is called (`called
        // “the sad one”`, `the “queen of OSTs”`) or wants a thing `to` do (`to “grow
        // like the garden does”`).
        let cased = || {
            !title.ends_with(['.', ','])
                && !title.split_whitespace().any(super::pieces::is_ost_word)
                && (k == 0 || !v.is_any(k - 1, &["called", "dubbed", "nicknamed", "to"]))
                && evidence::cased_sentence(title)
                && song_cue_near(v, k)
        };
        if evidence::not_a_name(title) && !has_hangul(title) && !cased() || quoted_speech(v, k) {
            continue;
        }
        // `“T” (A, D)`: the singer and the drama in one bracket.
        if let Some((a, d)) = (v.kind(k + 1) == Some(Kind::Bracket))
            .then(|| credit_and_title(v.t(k + 1).trim(), tables))
            .flatten()
        {
            songs.push(
                Song::new(
                    line,
                    v.p[k].start,
                    v.p[k + 1].end,
                    title,
                    a,
                    "prose.quoted_paren_artist",
                    true,
                    true,
                )
                .in_drama(d),
            );
            used[k] = true;
            continue;
        }
        // `“T” – A`, `“T” (A)` with a performer.
        if let Some((a, e, rule)) =
            credit_after_quote(v, k, tables, &singers, k + 1 < n && named_at(k + 1))
        {
            songs.push(Song::new(
                line,
                v.p[k].start,
                e,
                title,
                &a,
                rule,
                true,
                true,
            ));
            used[k] = true;
            continue;
        }
        // `A – “T”` with a performer before; `Nominees: A, “T” (D); B, “U” (E)`: a
        // performer opening a clause, a comma, the song and its drama's bracket make an
        // item of a list written as a sentence; so does the song ending the sentence
        // (`Anyway: A, “T.”`, a transcript's `HOST: A, “T.”`).
        let sep_before = |marks: &[&str]| {
            k >= 2 && v.kind(k - 1) == Some(Kind::Sep) && marks.contains(&v.t(k - 1))
        };
        let ends_sentence = || {
            title.ends_with(['.', '!'])
                || v.kind(k + 1).is_none()
                || matches!(v.kind(k + 1), Some(Kind::Punct | Kind::Word))
                    && matches!(v.t(k + 1), "." | "!")
        };
        let rule = if sep_before(&["–", "—", "-"]) {
            Some("prose.artist_dash_quoted")
        } else if sep_before(&[","])
            && (k == 2 || v.kind(k - 3) == Some(Kind::Sep) && matches!(v.t(k - 3), ":" | ";"))
            && (v.kind(k + 1) == Some(Kind::Bracket)
                && evidence::performer(tables, v.t(k + 1).trim()) < 0.5
                || ends_sentence())
        {
            Some("prose.artist_comma_quoted")
        } else {
            None
        };
        if let Some(rule) = rule.filter(|_| {
            v.kind(k - 2) == Some(Kind::Run) && evidence::performer(tables, v.t(k - 2)) >= 0.5
        }) {
            songs.push(Song::new(
                line,
                v.p[k - 2].start,
                v.p[k].end,
                title,
                v.t(k - 2),
                rule,
                true,
                true,
            ));
            used[k] = true;
            continue;
        }
        // `‘D-T’`: a drama and its song in one pair of quotes, credited around it as a
        // title is (`‘D-T’를 부른 A`), or by the singer it belongs to (`‘D-T’의 A`).
        // Beside one such pair, a quote of the same shape is another (`‘아테나-사랑해요’`).
        if let Some((d, t)) = pair {
            let owner = (v.kind(k + 1) == Some(Kind::Poss)
                && v.t(k + 1) == "의"
                && v.kind(k + 2) == Some(Kind::Run)
                && !evidence::not_a_name(evidence::strip_particle(v.t(k + 2))))
            .then(|| {
                // `서영은(4%)이`: the particle comes after the name's bracket.
                let bracketed = v.kind(k + 3) == Some(Kind::Bracket) && v.close(k + 2, k + 3);
                let a = if bracketed {
                    v.t(k + 2)
                } else {
                    evidence::strip_particle(v.t(k + 2))
                };
                (a.to_string(), v.p[k].start, v.p[k + 2].end)
            });
            let credit = korean_credit(v, k, tables).or(owner);
            let (a, s, e) = credit.unwrap_or_default();
            let start = if a.is_empty() {
                v.p[k].start
            } else {
                s.min(v.p[k].start)
            };
            songs.push(
                Song::new(
                    line,
                    start,
                    e.max(v.p[k].end),
                    t,
                    &a,
                    "prose.quoted_drama_pair",
                    true,
                    true,
                )
                .in_drama(d),
            );
            used[k] = true;
            continue;
        }
        // Korean: `‘T’를 부른 A`, `A가 부른 ‘T’`.
        if let Some((a, s, e)) = korean_credit(v, k, tables) {
            songs.push(Song::new(
                line,
                s.min(v.p[k].start),
                e.max(v.p[k].end),
                title,
                &a,
                "ko.sung_by",
                true,
                true,
            ));
            used[k] = true;
            continue;
        }
        // `“T – A”`, `‘D-T’`: title and credit, or drama and title, in one pair of quotes.
        if let Some((t, a)) = quoted_pair(title, tables) {
            songs.push(Song::new(
                line,
                v.p[k].start,
                v.p[k].end,
                t,
                a,
                "prose.quoted_pair",
                true,
                true,
            ));
            used[k] = true;
            continue;
        }
        // Korean lists: `옥택연 ‘여우비’, 이하이 ‘촛불’`, a singer's bare name before the quote.
        if k > 0
            && v.kind(k - 1) == Some(Kind::Run)
            && v.close(k - 1, k)
            && has_hangul(v.t(k - 1))
            && evidence::strip_particle(v.t(k - 1)) == v.t(k - 1)
            && !evidence::not_a_name(v.t(k - 1))
            && evidence::drama(tables, v.t(k - 1)) == 0.0
            // A known singer, or a name's shape in a list of such credits (a verb or an
            // adverb has a name's shape as often).
            && (tables.knows_performer(v.t(k - 1))
                || evidence::performer(tables, v.t(k - 1)) >= 0.6
                    && (v.kind(k + 1) == Some(Kind::Sep) && v.t(k + 1) == ","
                        || k >= 2 && v.kind(k - 2) == Some(Kind::Sep) && v.t(k - 2) == ","))
        {
            songs.push(Song::new(
                line,
                v.p[k - 1].start,
                v.p[k].end,
                title,
                v.t(k - 1),
                "ko.artist_quoted",
                true,
                true,
            ));
            used[k] = true;
            continue;
        }
        // `A released “T”`: what a name puts out is presented as a song.
        let cued = song_cue_near(v, k) || voiced_by(v, k).is_some() || listed_as_songs(v, k);
        if cued {
            let rule = if has_hangul(v.text) {
                "ko.quoted"
            } else {
                "prose.cued"
            };
            let mut s = Song::new(line, v.p[k].start, v.p[k].end, title, "", rule, true, true);
            // `A singing “T”`, `A, of G, singing “T”`: the participle's singer right
            // before it (a finite verb's subject is the sentence's, read by the ties:
            // `G’s A, B and C sang “T”`).
            if let Some(a) = (k >= 2 && v.is_any(k - 1, &["singing", "performing"]))
                .then(|| verb_singer(v, k - 1, tables))
                .flatten()
            {
                s.artists = a;
                s.credit_tie = "line";
            }
            songs.push(s);
            used[k] = true;
        } else if !evidence::not_a_name(title) {
            let mut s = Song::new(
                line,
                v.p[k].start,
                v.p[k].end,
                title,
                "",
                "prose.quoted_bare",
                true,
                sentence_cued(v, k),
            );
            s.enumerated = enumerated(v, k, named_at);
            songs.push(s);
            used[k] = true;
        }
    }
    // `including “T1” for D1 and “T2” for KBS2's D2`, `recorded “T1” for D1 in 2008 and
    // “T2” for D2`: the next item of a list of songs each with its drama is presented as
    // the first one was.
    for i in first_song..songs.len().saturating_sub(1) {
        let (a, b) = (&songs[i], &songs[i + 1]);
        let (Some(qa), Some(qb)) = (v.at(a.start), v.at(b.start)) else {
            continue;
        };
        // (`for D in 2008 and …`: the drama's year.)
        let year_after = |m: usize| {
            v.is(m, "in") && v.t(m + 1).len() == 4 && v.t(m + 1).bytes().all(|b| b.is_ascii_digit())
        };
        let joined = qb > qa + 3
            && v.kind(qa) == Some(Kind::Quoted)
            && v.is_any(qa + 1, &["for", "from"])
            && (v.is(qb - 1, "and") || v.t(qb - 1) == ",")
            && (qa + 2..qb - 1).all(|m| {
                matches!(v.kind(m), Some(Kind::Quoted | Kind::Run | Kind::Poss)) || year_after(m)
            });
        if a.rule == "prose.cued" && b.rule == "prose.quoted_bare" && joined {
            songs[i + 1].rule = "prose.cued";
            songs[i + 1].cued = true;
        }
    }
    // `‘A’, ‘B’를 부른 C`: the credit after the last quote of a list is every quote's.
    for i in (first_song..songs.len().saturating_sub(1)).rev() {
        let (a, b) = (&songs[i], &songs[i + 1]);
        let (Some(qa), Some(qb)) = (v.at(a.start), v.at(b.start)) else {
            continue;
        };
        let listed = qb > qa + 1
            && (qa + 1..qb).all(|m| v.kind(m) == Some(Kind::Sep) && v.t(m) == ",")
            && v.kind(qa) == Some(Kind::Quoted);
        if a.artists.is_empty() && !b.artists.is_empty() && b.end > v.p[qb].end && listed {
            songs[i].artists = songs[i + 1].artists.clone();
        }
    }
    // Unquoted titles after a song word: `his track Sweet Night for D`, `songs such as A and B`;
    // or after a singing verb, when the drama follows (`A singing the bubbly,
    // reassuring Future for D`), the singer the name before the verb; or framed as a
    // song's (`The opening OST is T`, `the OST's third part, T, was released`).
    for k in 0..n {
        // The cues are lower-case words and the soundtrack's word: other pieces are not
        // asked.
        let ost = v.kind(k) == Some(Kind::Ost);
        if v.kind(k) != Some(Kind::Word) && !ost {
            continue;
        }
        let sung = v.is_any(k, SANG);
        let named = v.is_any(
            k,
            &[
                "track", "single", "song", "ballad", "titled", "entitled", "called",
            ],
        );
        if !sung && !named && !ost && !v.is_any(k, FRAMES) {
            continue;
        }
        let comma = |i: usize| v.kind(i) == Some(Kind::Sep) && v.t(i) == ",";
        // `the theme, T, with …`, `The opening OST is T, sung by …`: a song's word,
        // then its title as the copula's complement or between commas, the title's
        // end marked (a comma, a full stop, the line's end, a credit's `by`).
        // (Written as a noun phrase's head: `the theme`, `the OST’s third part`, `The
        // opening OST`; not a headline's `OST Song, Ranked`.)
        let determined = (k.saturating_sub(4)..k).rev().any(|i| {
            v.is_any(i, &["the", "its", "their", "her", "his", "a", "an"])
                && (i + 1..k)
                    .all(|m| matches!(v.kind(m), Some(Kind::Word | Kind::Ost | Kind::Poss)))
        });
        if (ost || v.is_any(k, FRAMES))
            && determined
            && (v.is_any(k + 1, &["is", "was"]) || comma(k + 1))
        {
            let j = k + 2;
            let closed = v.kind(j + 1).is_none_or(|x| x == Kind::Punct)
                || comma(j + 1)
                || v.is_any(j + 1, &["by", "sung"]);
            if closed {
                if let Some(t) = unquoted_title(v, j, line, songs, &used, tables) {
                    // `A sang the opening track, T`: the singer of the verb before.
                    let verb = (k.saturating_sub(4)..k)
                        .rev()
                        .find(|&i| v.is_any(i, SANG))
                        .filter(|&i| (i + 1..k).all(|m| v.kind(m) == Some(Kind::Word)));
                    let singer = verb.map_or("", |i| singer_before(v, i, tables));
                    songs.push(unquoted_song(
                        v,
                        line,
                        j,
                        &t,
                        singer,
                        "prose.unquoted_framed",
                    ));
                    used[j] = true;
                }
            }
            continue;
        }
        if !sung && !named || own_single(v, k) {
            continue;
        }
        let mut j = k + 1;
        while j < n
            && v.kind(j) == Some(Kind::Word)
            && j - k <= if sung { 5 } else { 3 }
            && !v.is_any(
                j,
                &["by", "for", "from", "is", "was", "and", "that", "which"],
            )
            || j < n && comma(j) && j > k + 1
        {
            j += 1;
        }
        let Some(t) = unquoted_title(v, j, line, songs, &used, tables) else {
            continue;
        };
        // `A singing T in D`: the run took the drama in over its `in`; a known title
        // ending it is the song's drama.
        let within = t
            .rsplit_once(" in ")
            .filter(|(title, d)| !title.is_empty() && tables.drama_canonical(d).is_some());
        let (t, within) = match within {
            Some((title, d)) => (title.to_string(), Some(d.to_string())),
            None => (t, None),
        };
        let singer = if sung {
            // The drama after the title says the verb's object is a drama's song; so
            // does an apposition that calls it one (`sings T, a sweet acoustic track`),
            // or a singer singing it, the title ending there (`A sang T, which …`).
            let drama_after = v.is_any(j + 1, &["for", "from"]) && v.kind(j + 2) == Some(Kind::Run)
                || within.is_some();
            let called_song = comma(j + 1)
                && v.is_any(j + 2, &["a", "an", "the"])
                && (j + 3..(j + 7).min(n))
                    .take_while(|&i| v.kind(i) == Some(Kind::Word))
                    .any(|i| v.song_word(i));
            let singer = singer_before(v, k, tables);
            // (Not a question's: `Will V sing T?` says nobody sang it.) `A also sang the
            // tender T, which …`: the object's article and adjectives before it.
            let described = v.is_any(k + 1, &["the", "a", "an", "her", "his", "their"])
                && j <= k + 4
                && (k + 1..j).all(|i| v.kind(i) == Some(Kind::Word));
            let ends = (j == k + 1 || described)
                && (comma(j + 1) || v.kind(j + 1).is_none_or(|x| x == Kind::Punct))
                && v.t(j + 1) != "?";
            if !drama_after && !called_song && (!ends || singer.is_empty()) {
                continue;
            }
            singer
        } else {
            ""
        };
        let mut song = unquoted_song(v, line, j, &t, singer, "prose.unquoted_cued");
        song.drama = within;
        songs.push(song);
        used[j] = true;
    }
    cells(line, v, tables, songs, &used, first_song);
    drama_and_singer_beside(line, v, tables, &known, &mut songs[first_song..]);
    // `In 2016 D`, `For SBS’s D`, `D in 2016`, `D.`: a mention that took a sentence's
    // opening, a year or its punctuation in around a known title is the known title.
    for d in dramas.iter_mut().filter(|d| d.line == line) {
        if let Some(k) = around_known(&d.name, tables) {
            d.name = k;
        }
    }
    for s in songs
        .iter_mut()
        .filter(|s| s.line == line && s.drama.is_none())
    {
        // `‘D1’ OST ‘T1’, ‘D2’ OST ‘T2’`: a title right after its drama's OST is that
        // drama's, however many dramas the sentence names.
        let before = v
            .at(s.start)
            .filter(|&k| k >= 2 && v.kind(k - 1) == Some(Kind::Ost));
        if let Some(d) = before.and_then(|k| {
            dramas
                .iter()
                .find(|d| d.line == line && d.end == v.p[k - 2].end && d.strength >= 0.75)
        }) {
            s.drama = Some(d.name.clone());
        } else if let Some(d) = drama_after(v, s.end, dramas, line) {
            s.drama = Some(d);
        }
    }
}

/// The known title inside a drama's name that is not itself known, when all else is a
/// sentence's opening word, a preposition, a year, a broadcaster or punctuation
/// (`In 2016 Descendants of the Sun`, `For SBS’s Moon Lovers`, `Goblin.`).
fn around_known(name: &str, tables: &Tables) -> Option<String> {
    const AROUND: &[&str] = &[
        "in", "on", "for", "from", "of", "at", "by", "since", "during", "with", "the", "and",
        "but", "then", "after", "before", "when", "while", "consider", "also", "both",
    ];
    if tables.drama_canonical(name).is_some() {
        return None;
    }
    let trimmed = crate::normalize::trim_punct(name);
    if trimmed != name && tables.drama_canonical(&trimmed).is_some() {
        return Some(trimmed);
    }
    let filler = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
        let w = w.trim_end_matches("’s").trim_end_matches("'s");
        w.is_empty()
            || AROUND.contains(&w.to_lowercase().as_str())
            || is_network(w)
            || w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())
    };
    known_inside(name, tables, |_, outside| {
        !outside.is_empty() && outside.iter().all(|w| filler(w))
    })
}

/// Words a listicle puts before the drama whose songs it lists (`Every D OST`, `All
/// the D OSTs`, `My Favourite D OST Songs`): no part of the title.
const LIST_DETERMINERS: &[&str] = &[
    "every",
    "all",
    "the",
    "my",
    "our",
    "your",
    "best",
    "favorite",
    "favourite",
    "complete",
    "full",
    "entire",
    "whole",
];

/// Whether `name` is only a listicle's words (`EVERY` in `EVERY OST, RANKED`, `My
/// Favorite` in `My Favorite OST`) and the kinds of song it sorts them by (`THE SOLO
/// OSTs`, `Duet OSTs`): no drama's title.
pub(crate) fn listing(name: &str) -> bool {
    const KINDS: &[&str] = &["solo", "duet", "duets", "ballad", "ballads"];
    !name.trim().is_empty()
        && name.split_whitespace().all(|w| {
            LIST_DETERMINERS
                .iter()
                .chain(KINDS)
                .any(|d| w.eq_ignore_ascii_case(d))
        })
}

/// The first known title inside `name` that `fits` accepts, with the words around it
/// (before and after).
fn known_inside(
    name: &str,
    tables: &Tables,
    fits: impl Fn(&str, &[&str]) -> bool,
) -> Option<String> {
    tables.drama_spans(name).into_iter().find_map(|(s, e)| {
        let outside: Vec<&str> = name[..s]
            .split_whitespace()
            .chain(name[e..].split_whitespace())
            .collect();
        fits(&name[s..e], &outside).then(|| name[s..e].to_string())
    })
}

/// A quoted title with a known drama and a singer right beside it, no word between
/// them, as fans write a song (`D A ‘T’`, `D 「T」 A`): the title is that drama's, the
/// name its singer's (`ko.drama_singer_quote`). Asked of the line's uncredited quotes
/// that no cue tied to a drama.
fn drama_and_singer_beside(
    line: usize,
    v: &View,
    tables: &Tables,
    known: &[(usize, usize)],
    songs: &mut [Song],
) {
    let ends_at = |pos: usize| {
        known
            .iter()
            .find(|&&(s, e)| s < e && e <= pos && v.text[e..pos].trim().is_empty())
            .map(|&(s, e)| v.text[s..e].to_string())
    };
    let singer = |i: usize| {
        v.kind(i) == Some(Kind::Run)
            && !v.t(i).contains(' ')
            && evidence::performer(tables, v.t(i)) >= 0.4
    };
    for s in songs
        .iter_mut()
        .filter(|s| s.line == line && s.quoted && s.artists.is_empty() && s.drama.is_none())
    {
        let Some(k) = v
            .at(s.start)
            .filter(|&k| k > 0 && v.kind(k) == Some(Kind::Quoted))
        else {
            continue;
        };
        let (drama, a) = if singer(k - 1) {
            match ends_at(v.p[k - 1].start) {
                Some(d) => (d, k - 1),
                None => continue,
            }
        } else if singer(k + 1) {
            match ends_at(v.p[k].start) {
                Some(d) => (d, k + 1),
                None => continue,
            }
        } else {
            continue;
        };
        s.drama = Some(drama);
        s.artists = v.t(a).to_string();
        s.credit_tie = "line";
        s.rule = "ko.drama_singer_quote";
        s.cued = true;
    }
}

/// The unquoted songs among a line's cells (`“T” – A | “U” – B | V – C |`): where the
/// line's `|` separates two or more quoted songs with their dash credits, a cell that
/// holds a bare name, a dash and a performer is a song written the same way without its
/// quote marks (`prose.cell_dash`).
fn cells(
    line: usize,
    v: &View,
    tables: &Tables,
    songs: &mut Vec<Song>,
    used: &[bool],
    first_song: usize,
) {
    let bar = |k: usize| v.kind(k) == Some(Kind::Sep) && v.t(k) == "|";
    let quoted = songs[first_song..]
        .iter()
        .filter(|s| s.rule == "prose.quoted_dash")
        .count();
    if quoted < 2 || (0..v.p.len()).filter(|&k| bar(k)).count() < 2 {
        return;
    }
    for k in (1..v.p.len()).filter(|&k| bar(k - 1)) {
        // The title: names and words up to the cell's dash (`Like a Winter’s Dream – A`).
        let Some(d) = (k..v.p.len())
            .find(|&j| !matches!(v.kind(j), Some(Kind::Run | Kind::Poss | Kind::Word)))
        else {
            continue;
        };
        let dash = v.kind(d) == Some(Kind::Sep) && matches!(v.t(d), "–" | "—" | "-");
        if !dash || d == k || v.kind(k) != Some(Kind::Run) || (k..d).any(|j| used[j]) {
            continue;
        }
        let Some((a, _, e)) = artist_after(v, d + 1, tables) else {
            continue;
        };
        // The cell ends with its credit.
        if e < v.p.len() && !bar(e) {
            continue;
        }
        let (start, end) = (v.p[k].start, v.p[d - 1].end);
        let t = &v.text[start..end];
        if evidence::not_a_name(t) || tables.knows_performer(t) {
            continue;
        }
        songs.push(Song::new(
            line,
            start,
            end,
            t,
            &a,
            "prose.cell_dash",
            false,
            false,
        ));
    }
}

/// `T – A` inside one pair of quotes, when one side is a performer; `A-T` when `A` is a
/// Korean singer's name.
fn quoted_pair<'a>(inner: &'a str, tables: &Tables) -> Option<(&'a str, &'a str)> {
    let Some((l, r)) = [" – ", " — ", " - "]
        .iter()
        .find_map(|d| inner.split_once(d))
    else {
        // `‘양다일-Touch of love’`, `‘소연(라붐)-I Feel Love’`: a Korean press release's
        // singer, a bare hyphen, then the title (a Hangul name, or one with its group).
        let (l, r) = loose_pair(inner)?;
        let singer = has_hangul(l)
            && evidence::drama(tables, l) == 0.0
            && (l.ends_with(')') || evidence::performer(tables, l) >= 0.5);
        return singer.then_some((r, l));
    };
    let (l, r) = (l.trim(), r.trim());
    let (pl, pr) = (
        evidence::performer(tables, l),
        evidence::performer(tables, r),
    );
    if pr >= 0.5 && pr >= pl {
        Some((l, r))
    } else if pl >= 0.5 {
        Some((r, l))
    } else {
        None
    }
}

/// Whether a line holds a `‘D-T’` quote of a known drama: its other quotes of that
/// shape are pairs too. So are a Korean line's quotes of that shape when there are two
/// of them in a line about dramas (`드라마 ‘D-T’, ‘D2-T2’`) or three in any: news writes
/// a drama's song so, whatever the drama.
fn line_has_pairs(v: &View, tables: &Tables) -> bool {
    let quotes = || (0..v.p.len()).filter(|&i| v.kind(i) == Some(Kind::Quoted));
    if quotes().any(|i| quoted_drama_pair(v.t(i), tables).is_some()) {
        return true;
    }
    // (`‘A(G)-T’`, `‘A-T’`: a singer before the hyphen makes the quotes credits.)
    let mut sung = false;
    let shaped = quotes()
        .filter_map(|i| loose_pair(v.t(i)))
        .filter(|(d, t)| has_hangul(d) && has_hangul(t))
        .inspect(|(d, _)| sung |= d.contains('(') || evidence::performer(tables, d) >= 0.4)
        .count();
    if sung {
        return false;
    }
    let about_dramas = (0..v.p.len()).any(|i| v.kind(i) == Some(Kind::Ost) || is_drama_word(v, i));
    shaped >= 3 || shaped >= 2 && about_dramas
}

/// `D-T` inside one pair of quotes, whatever the drama: one hyphen, a name each side.
fn loose_pair(inner: &str) -> Option<(&str, &str)> {
    let (l, r) = inner.split_once('-')?;
    let (l, r) = (l.trim(), r.trim());
    (!key(l).is_empty() && !key(r).is_empty() && !r.contains('-')).then_some((l, r))
}

/// `D-T` inside one pair of quotes, when the left side is a known drama.
fn quoted_drama_pair<'a>(inner: &'a str, tables: &Tables) -> Option<(&'a str, &'a str)> {
    // Every split below needs a hyphen or an en dash (lead byte E2): most quotes have
    // neither, and one byte search spares them the three.
    memchr::memchr2(b'-', 0xE2, inner.as_bytes())?;
    let (l, r) = inner
        .split_once(" - ")
        .or_else(|| inner.split_once(" – "))
        .or_else(|| inner.split_once('-'))?;
    let (l, r) = (l.trim(), r.trim());
    (evidence::drama(tables, l) > 0.0 && !key(r).is_empty() && evidence::drama(tables, r) == 0.0)
        .then_some((l, r))
}

/// Whether the quote at `k` is one of a list of quotes (`“A”, “B” and “C”`). A quote
/// that `named` says names a drama is no partner: `“T” from <D> and “U”` lists two songs
/// at most, not a drama and a song.
fn enumerated(v: &View, k: usize, named: impl Fn(usize) -> bool) -> bool {
    let joined = |i: usize, j: usize| {
        (i + 1..j).all(|m| {
            v.kind(m) == Some(Kind::Sep) && v.t(m) == "," || v.is_any(m, &["and", "or", "&"])
        })
    };
    let prev = (k.saturating_sub(3)..k)
        .rev()
        .find(|&i| v.kind(i) == Some(Kind::Quoted));
    let next = (k + 1..(k + 4).min(v.p.len())).find(|&i| v.kind(i) == Some(Kind::Quoted));
    prev.is_some_and(|i| !named(i) && joined(i, k))
        || next.is_some_and(|j| !named(j) && joined(k, j))
}

/// The drama named right after a song: `… for D`, `… from D`, `(D OST)`, `, D OST`.
fn drama_after(v: &View, end: usize, dramas: &[DramaMention], line: usize) -> Option<String> {
    let i = v.at(end)?;
    let mut k = i;
    if v.kind(k) == Some(Kind::Sep) && v.t(k) == "," {
        k += 1;
    }
    let lead = v.is_any(k, &["for", "from", "in", "of"]);
    let k = if lead { k + 1 } else { k };
    let k = if v.is(k, "the") { k + 1 } else { k };
    let k = if is_drama_word(v, k) || v.is_any(k, &["kbs", "sbs", "mbc", "tvn", "jtbc", "ocn"]) {
        k + 1
    } else {
        k
    };
    let k = if is_drama_word(v, k) { k + 1 } else { k };
    let p = v.p.get(k)?;
    let d = dramas
        .iter()
        .find(|d| d.line == line && d.start <= p.start && p.start < d.end.max(d.start + 1))?;
    (lead || d.strength >= 0.9 && k == i).then(|| d.name.clone())
}

/// Whether the owner that opens at piece `at` is a song's first singer, named after a
/// remake's cue (`A’s remake of B’s`, `A’s cover of B’s`, `A covered B’s`): `Some` with
/// the piece of the remake's singer when the text names one before the cue.
///
/// ```text
/// Jo Ha-na’s remake of Kim Do-yoon’s “T”  → Some(Some(Jo Ha-na))
/// a cover of Kim Do-yoon’s “T”             → Some(None)
/// Kim Do-yoon’s “T”                        → None
/// ```
fn remake_singer(v: &View, at: usize) -> Option<Option<usize>> {
    const NOUNS: &[&str] = &[
        "remake",
        "cover",
        "version",
        "rendition",
        "take",
        "reinterpretation",
        "remix",
    ];
    const VERBS: &[&str] = &[
        "covered",
        "covers",
        "remade",
        "remakes",
        "redid",
        "redoes",
        "reworked",
        "reinterpreted",
        "revived",
        // `A sang B’s “T”`: whoever sings another's song covers it.
        "sang",
        "sings",
        "performed",
        "performs",
    ];
    let run = |i: usize| v.kind(i) == Some(Kind::Run);
    let w = at.checked_sub(1)?;
    if v.is_any(w, &["of", "on"]) && w >= 1 && v.is_any(w - 1, NOUNS) {
        let poss = w
            .checked_sub(2)
            .filter(|&p| v.kind(p) == Some(Kind::Poss) && p >= 1);
        return Some(poss.map(|p| p - 1).filter(|&a| run(a)));
    }
    if v.is_any(w, VERBS) {
        return Some(w.checked_sub(1).filter(|&a| run(a)));
    }
    None
}

/// The owner of a possessive at `k`: the name before it, with a group and `member` before
/// that (`BTS member V`), cut at the last `and` when the run also ends an earlier title
/// (`A’s T, B’s T2 and C’s T3`).
fn owner(v: &View, k: usize, tables: &Tables) -> Option<(usize, String)> {
    let o = k - 1;
    let p = v.p[o];
    // The first piece of the owner: the run before a bracket (`정호(2MUCH)의`).
    let mut first = o;
    let mut name = match p.kind {
        Kind::Run => v.t(o).to_string(),
        Kind::Quoted => v.t(o).to_string(),
        // `부터 (박기영)의`: a bracket apart from a particle (`from`, `to`) owns alone.
        Kind::Bracket
            if o > 0
                && v.kind(o - 1) == Some(Kind::Run)
                && v.p[o - 1].end < v.p[o].start
                && (v.t(o - 1).ends_with("부터") || v.t(o - 1).ends_with("까지")) =>
        {
            v.t(o).trim().to_string()
        }
        Kind::Bracket if o > 0 && v.kind(o - 1) == Some(Kind::Run) => {
            first = o - 1;
            // `A(G)‧B(G)의`: members joined by a middle dot share the possessive.
            while first >= 3
                && v.kind(first - 1) == Some(Kind::Sep)
                && matches!(v.t(first - 1), "‧" | "·" | "・")
                && v.kind(first - 2) == Some(Kind::Bracket)
                && v.kind(first - 3) == Some(Kind::Run)
            {
                first -= 3;
            }
            v.text[v.p[first].start..p.end].to_string()
        }
        _ => return None,
    };
    let mut start = v.p[first].start;
    if p.kind == Kind::Run
        && (o > 0 && (v.kind(o - 1) == Some(Kind::Poss) || v.is(o - 1, "by"))
            || o > 1 && v.kind(o - 1) == Some(Kind::Sep) && v.kind(o - 2) == Some(Kind::Poss))
    {
        // `From A’s X to B and C’s Y`: after `to`, the next owner whole (a duo's `and`
        // stays in it); otherwise the last of an enumeration.
        if let Some(i) = name
            .find(" to ")
            .filter(|_| v.kind(o - 1) == Some(Kind::Poss))
        {
            start += i + 4;
            name = name[i + 4..].to_string();
        } else if let Some(i) = name.rfind(" and ") {
            start += i + 5;
            name = name[i + 5..].to_string();
        }
    }
    // `… for Itaewon Class to Red Velvet’s Future`: a run that swallowed the end of a
    // `from … to …` owns from after its `to`; `First up is A’s “T”`, `Last on the list
    // was A’s`: one that swallowed a sentence's opening up to its copula, from after it.
    if let Some(i) = [" to ", " is ", " was "]
        .iter()
        .filter_map(|w| name.rfind(w).map(|i| i + w.len()))
        .max()
        .filter(|&i| p.kind == Kind::Run && evidence::performer(tables, &name[i..]) >= 0.5)
    {
        start += i;
        name = name[i..].to_string();
    }
    // `From Jo Jung Suk’s Aloha`, `And Jin’s “T”`: the sentence's opening preposition or
    // conjunction is no part of the name.
    for lead in LEADS.iter().chain(CONJUNCTIONS) {
        if let Some(rest) = name.strip_prefix(lead) {
            start += lead.len();
            name = rest.to_string();
        }
    }
    // `at No. 18 and BIBI’s “T”`: a rank the `and` joins to the singer is no singer.
    if let Some((before, after)) = name.rsplit_once(" and ") {
        if p.kind == Kind::Run
            && before.contains(|c: char| c.is_ascii_digit())
            && evidence::performer(tables, before) < 0.4
            && evidence::performer(tables, after) >= 0.6
        {
            start += before.len() + 5;
            name = after.to_string();
        }
    }
    // `Meanwhile Soyou’s “T”`: a sentence's opening word before a singer's name.
    if let Some((first_word, rest)) = name.split_once(' ') {
        if p.kind == Kind::Run
            && super::pieces::opener(first_word)
            && evidence::performer(tables, rest) >= 0.6
            && evidence::performer(tables, &name) < 0.6
        {
            start += first_word.len() + 1;
            name = rest.to_string();
        }
    }
    // `모트,용주의`: Korean singers joined by a comma share the possessive; `아이유 feat.
    // 폴킴의`, `Heize x Crush’s`: a featuring credit owns the song whole.
    while first >= 2
        && p.kind == Kind::Run
        && (has_hangul(&name) && v.kind(first - 1) == Some(Kind::Sep) && v.t(first - 1) == ","
            || v.is_any(first - 1, &["feat.", "ft.", "feat", "ft", "x", "X"])
            || matches!(v.kind(first - 1), Some(Kind::Sep | Kind::Punct | Kind::Run))
                && matches!(v.t(first - 1), "&" | "×"))
        && v.kind(first - 2) == Some(Kind::Run)
        && !ends_as_clause(v.t(first - 2))
        // `×` and `feat.` join only acts: no name evidence is asked.
        && (evidence::performer(tables, v.t(first - 2)) >= 0.4
            || v.t(first - 1) == "×"
            || v.is_any(first - 1, &["feat.", "ft.", "feat", "ft"]))
    {
        first -= 2;
        start = v.p[first].start;
        name = v.text[start..p.end].to_string();
    }
    // `Kim Dahye (LUMEN) and Punch’s`, `한설과 민아린의`: a duet's first singer, joined by
    // `and`, shares the possessive.
    if p.kind == Kind::Run && first >= 1 {
        let before = first - 1;
        let ko_and = v.kind(before) == Some(Kind::Run)
            && v.close(before, first)
            && has_hangul(v.t(before))
            && v.t(before).ends_with(['과', '와'])
            && {
                let stem = v.t(before).trim_end_matches(['과', '와']);
                evidence::performer(tables, stem) >= 0.4 && !evidence::KO_NOT_SINGER.contains(&stem)
            };
        // `A and rapper B’s`: the `and` before a role phrase that calls the owner.
        let and_at = (before.saturating_sub(3)..=before)
            .rev()
            .find(|&j| v.is(j, "and") && (j == before || role_phrase_end(v, j + 1) == Some(first)));
        if ko_and {
            first = before;
        } else if let Some(and_at) = and_at.filter(|&j| j >= 1) {
            // The first singer's run, or its run and the bracket of its group.
            let a = if v.kind(and_at - 1) == Some(Kind::Bracket) && and_at >= 2 {
                and_at - 2
            } else {
                and_at - 1
            };
            let grouped = a + 2 == and_at
                && v.close(a, a + 1)
                && evidence::performer(tables, v.t(a + 1)) > 0.0;
            // `Singer A and B’s`: the first singer is judged without her role word.
            let named = v
                .t(a)
                .split_once(' ')
                .filter(|(w, _)| calls_performer(w))
                .map_or(v.t(a), |(_, n)| n);
            if v.kind(a) == Some(Kind::Run)
                && (a + 1 == and_at || grouped)
                && evidence::performer(tables, named) >= 0.5
                && evidence::drama(tables, v.t(a)) == 0.0
                && !ends_as_clause(v.t(a))
            {
                first = a;
            }
        }
        if first < before + 1 {
            start = v.p[first].start;
            name = v.text[start..p.end].to_string();
        }
    }
    // `뉴이스트 W의`, `그룹 엠블랙의`: a group or a role word before a Korean owner.
    if first >= 1
        && has_hangul(&v.text[p.start..v.p[k].end])
        && v.kind(first - 1) == Some(Kind::Run)
        && v.close(first - 1, first)
    {
        let prev = v.t(first - 1);
        if tables.group(prev).is_some() || !has_hangul(prev) && crate::shape::group_like(prev) {
            start = v.p[first - 1].start;
            name = format!("{prev} {name}");
        }
    }
    // `BTS member V’s`, `BTS singer V’s`; after a title's `and` (`Start and BTS singer
    // V’s`), only the group.
    if first >= 2 && v.is_any(first - 1, ROLE_BEFORE_MEMBER) && v.kind(first - 2) == Some(Kind::Run)
    {
        let run = v.t(first - 2);
        let group = run.rsplit(" and ").next().unwrap_or(run);
        start = v.p[first - 2].end - group.len();
        name = format!("{group} {name}");
    }
    let first = name.split_whitespace().next().unwrap_or("");
    if ["The", "This", "That", "Its", "It", "Korea", "Korean"].contains(&first)
        && !has_hangul(&name)
        || evidence::KO_NOT_SINGER.contains(&name.as_str())
    {
        return None;
    }
    Some((start, name))
}

/// The guest a quoted title at piece `j` features after it (`“T”, featuring B`, `“T”
/// (feat. B)`), with the byte its credit ends at.
fn feat_after(v: &View, j: usize, tables: &Tables) -> Option<(String, usize)> {
    let mut k = j + 1;
    if v.kind(k) == Some(Kind::Sep) && v.t(k) == "," {
        k += 1;
    }
    if v.kind(k) == Some(Kind::Bracket) && v.close(j, k) {
        if let Some(guest) = crate::normalize::feat_credit(v.t(k)) {
            return Some((guest.to_string(), v.p[k].end));
        }
        // `A’s “T” (a fitting name), featuring B`: an aside between the title and its
        // guest.
        k += 1;
        if v.kind(k) == Some(Kind::Sep) && v.t(k) == "," {
            k += 1;
        }
    }
    // (`A’s “T,” which features B`.)
    if v.is_any(k, &["which", "that"]) && v.is_any(k + 1, &["features", "featured"]) {
        k += 1;
    } else if !v.is_any(k, &["featuring", "feat.", "ft.", "feat"]) {
        return None;
    }
    let (guest, _, e) = artist_after(v, k + 1, tables)?;
    (evidence::performer(tables, &guest) >= 0.4).then_some((guest, e))
}

/// The role words between a group and its member (`BTS member V’s`).
const ROLE_BEFORE_MEMBER: &[&str] = &["member", "singer", "vocalist", "leader", "rapper", "maknae"];

/// The title in a run after a possessive or before `by`: the run, cut before an `and`
/// that begins the next credit (`Here I am Again and 10cm’s`), and without a trailing
/// drama tie (`Sweet Night for …` is cut by the lexer already).
fn title_of_run(v: &View, j: usize) -> String {
    let t = v.t(j);
    // `Start and BTS singer V’s`: a role word between the group and its member.
    let role_owner = v.is_any(j + 1, ROLE_BEFORE_MEMBER)
        && v.kind(j + 2) == Some(Kind::Run)
        && v.kind(j + 3) == Some(Kind::Poss);
    let next_owner = v.kind(j + 1) == Some(Kind::Poss) || v.is(j + 1, "by") || role_owner;
    if next_owner {
        // `A’s X to B’s Y`: the title ends at `to`.
        if let Some(i) = t.find(" to ").filter(|_| v.kind(j + 1) == Some(Kind::Poss)) {
            return t[..i].to_string();
        }
        if let Some(i) = t.rfind(" and ") {
            return t[..i].to_string();
        }
        if v.kind(j + 1) == Some(Kind::Poss) {
            return String::new();
        }
    }
    t.to_string()
}

/// Conjunctions that open a sentence before a name or a title (`And A’s “T”`).
const CONJUNCTIONS: &[&str] = &["And ", "But ", "Also ", "Plus ", "Then "];

/// Prepositions that open a sentence before a name and its possessive (`From A’s “T”`,
/// `On JTBC’s D`): no part of the name.
const LEADS: &[&str] = &["From ", "Like ", "With ", "On ", "In "];

/// The title in a run before `by`: the run's tail after an `and` that ends an earlier
/// credit (`Remembrance and Like a Winter’s Dream by …`).
fn run_title_before(v: &View, t: usize) -> String {
    let s = v.t(t);
    let after_credit = t > 0 && (v.kind(t - 1) == Some(Kind::Poss) || v.is(t - 1, "by"));
    // `Like a Winter’s Dream`: a possessive inside a title, when its owner is no name.
    let mut s = s.to_string();
    if t >= 2 && v.kind(t - 1) == Some(Kind::Poss) && v.kind(t - 2) == Some(Kind::Run) {
        let owner = v.t(t - 2);
        let tail = owner.rsplit(" and ").next().unwrap_or(owner);
        if tail
            .split_whitespace()
            .any(|w| w.starts_with(char::is_lowercase))
        {
            s = format!(
                "{}{}{}",
                tail,
                v.t(t - 1),
                &v.text[v.p[t - 1].end..v.p[t].end]
            );
            return s;
        }
    }
    if after_credit {
        if let Some(i) = s.rfind(" and ") {
            s = s[i + 5..].to_string();
        }
    }
    // `Love, Maybe by A`: a title's one word and comma before the run, where a line or a
    // list's separator opens it (`Finally, T by A` opens a sentence).
    let opens = t == 2
        || t > 2
            && (v.kind(t - 3) == Some(Kind::Sep) && v.t(t - 3) != ","
                || matches!(v.t(t - 3), ">" | "→" | "⇒"));
    if t >= 2
        && opens
        && v.kind(t - 1) == Some(Kind::Sep)
        && v.t(t - 1) == ","
        && v.kind(t - 2) == Some(Kind::Run)
        && !v.t(t - 2).contains(' ')
        && !discourse_word(v.t(t - 2))
        && v.p[t - 1].start == v.p[t - 2].end
    {
        s = v.text[v.p[t - 2].start..v.p[t].end].to_string();
    }
    s
}

/// A word that opens a sentence before its comma (`Finally,`, `Also,`, `Honestly,`), no
/// title's.
fn discourse_word(w: &str) -> bool {
    let lower = w.to_lowercase();
    lower.ends_with("ly")
        || matches!(
            lower.as_str(),
            "also"
                | "then"
                | "next"
                | "however"
                | "plus"
                | "still"
                | "yes"
                | "no"
                | "oh"
                | "well"
                | "now"
                | "first"
                | "second"
                | "third"
                | "last"
                | "again"
                | "and"
                | "but"
                | "so"
                | "ok"
                | "okay"
                | "anyway"
                | "besides"
                | "meanwhile"
                | "today"
                | "tonight"
                | "here"
                | "there"
                | "instead"
                | "otherwise"
                | "yet"
                | "sadly"
        )
}

/// The credit starting at piece `k`: a run of names joined by `,`, `and`, `&`, `ft.`,
/// `x`, ending before a run that owns a possessive. Returns (credit, start, end).
fn artist_after(v: &View, k: usize, tables: &Tables) -> Option<(String, usize, usize)> {
    let p = v.p.get(k)?;
    if !matches!(p.kind, Kind::Run | Kind::Quoted) {
        return None;
    }
    let start = p.start;
    let mut end = p.end;
    let mut j = k + 1;
    // The credit's start written `Member (GROUP)`, when a group the tables need not
    // know owns the member.
    let mut member = None;
    let group = v.t(k);
    // `by NOVA members Yena and Sia`: the group is every member's the credit lists;
    // `by NOVA’s Yena and Sia` too, but for a name the tables know apart (`EXO’s Chen and
    // Punch`).
    let mut shared = None;
    // `by MAMAMOO member Hwasa`: a role word between the group and its member.
    if p.kind == Kind::Run
        && (v.is_any(k + 1, ROLE_BEFORE_MEMBER) || v.is(k + 1, "members"))
        && v.kind(k + 2) == Some(Kind::Run)
        && v.close(k + 1, k + 2)
        && (tables.group(group).is_some() || crate::shape::group_like(group))
    {
        end = v.p[k + 2].end;
        j = k + 3;
        member = Some(crate::normalize::member_of(v.t(k + 2), group, tables));
        shared = v.is(k + 1, "members").then_some(false);
    }
    // `by SEVENTEEN’s DK`: a group's member, written with the group first.
    if p.kind == Kind::Run
        && v.kind(k + 1) == Some(Kind::Poss)
        && v.kind(k + 2) == Some(Kind::Run)
        && v.close(k + 1, k + 2)
        && v.t(k + 1) != "의"
    {
        let known = tables.group(group).is_some() || crate::shape::group_like(group);
        // `by Jannabi's Choi Jung-hoon,`: a person's name after a possessive that owns
        // no song is its group's member.
        let person = crate::shape::romanised_person(v.t(k + 2), tables)
            && v.kind(k + 3) != Some(Kind::Quoted);
        if known || person {
            end = v.p[k + 2].end;
            j = k + 3;
        }
        if person && !known {
            member = Some(crate::normalize::member_of(v.t(k + 2), group, tables));
            shared = Some(true);
        }
    }
    // `by Car, the garden is …`: a known act whose name holds a separator, whole.
    if let Some(len) = tables.act_at(&v.text[start..]) {
        if start + len > end {
            end = start + len;
            j = v.p.partition_point(|q| q.start < end);
        }
    }
    let cut_at_and = v.kind(j) == Some(Kind::Poss);
    // The role phrases between names, left out of the credit.
    let mut roles: Vec<(usize, usize)> = Vec::new();
    // `A, B and C`, `A ft. B`, `A & B`, `A x B`
    let joiner = |j: usize| {
        v.kind(j) == Some(Kind::Sep) && matches!(v.t(j), "," | "&" | "·" | "/")
            || v.is_any(
                j,
                &[
                    "and",
                    "ft.",
                    "feat.",
                    "ft",
                    "feat",
                    "featuring",
                    "x",
                    "&",
                    "with",
                ],
            )
    };
    loop {
        // `Chanyeol (EXO) and Punch`: a member's group in brackets inside the credit.
        if v.kind(j) == Some(Kind::Bracket)
            && v.close(j - 1, j)
            && joiner(j + 1)
            && evidence::performer(tables, v.t(j)) > 0.0
        {
            end = v.p[j].end;
            j += 1;
        }
        // `sung by A together with B`
        if v.is(j, "together") && v.is(j + 1, "with") {
            j += 1;
        }
        // `Luna from f(x) and Choi Yi from LU:KUS`: each member's known group after
        // `from` (the lexer runs `f(x) and Choi Yi` together; a name in capitals there
        // is a drama's as often, `Crush from CLOY`).
        if v.is_any(j, &["from", "of"]) && v.kind(j + 1) == Some(Kind::Run) && v.close(j, j + 1) {
            let head = v.t(j + 1).split(" and ").next().unwrap_or("");
            if tables.group(head).is_some() {
                end = v.p[j + 1].end;
                j += 2;
                continue;
            }
        }
        // `Jae of ORBIT and soloist Yuna Choi`, `A and rock band B`: a role phrase before
        // the next name, no part of the credit.
        // (After a comma it is an apposition: `A, the vocalist of band B`, `G, whose main
        // vocalist A`.)
        if joiner(j) && v.t(j) != "," && v.kind(j + 1) == Some(Kind::Word) {
            if let Some(n) = role_phrase_end(v, j + 1).filter(|&n| v.kind(n) == Some(Kind::Run)) {
                if v.kind(n + 1) == Some(Kind::Poss) || v.is(n + 1, "by") {
                    break;
                }
                roles.push((v.p[j + 1].start, v.p[n].start));
                end = v.p[n].end;
                j = n + 1;
                continue;
            }
        }
        if !joiner(j) || v.kind(j + 1) != Some(Kind::Run) || !v.close(j, j + 1) {
            break;
        }
        // `by A and Part 2 “T”`: the next part's number, no name.
        if v.kind(j + 2) == Some(Kind::Poss)
            || v.is(j + 2, "by")
            || super::layout::is_part(v.t(j + 1))
        {
            break;
        }
        // A comma joins only names, never the clause after them; `A, B & C` is a list
        // of names (or a band's one name).
        let next = v.t(j + 1);
        if v.t(j) == "," && evidence::performer(tables, next) < 0.5 && !next.contains(" & ") {
            break;
        }
        end = v.p[j + 1].end;
        j += 2;
    }
    // `Jung Yong Hwa of CNBLUE` is in the run; a bracketed group after it belongs to it
    // (a known drama's title there is the song's: `T by A (D)`).
    if v.kind(j) == Some(Kind::Bracket)
        && v.close(j - 1, j)
        && evidence::performer(tables, v.t(j)) > 0.0
        && tables.drama_canonical(v.t(j)).is_none()
    {
        end = v.p[j].end;
    }
    let mut credit = String::with_capacity(end - start);
    let mut at = start;
    for &(a, b) in &roles {
        credit.push_str(&v.text[at..a]);
        at = b;
    }
    credit.push_str(&v.text[at..end]);
    if p.kind == Kind::Quoted && end == p.end {
        credit = v.t(k).to_string();
    }
    // `A and B’s “T”`: the possessive after the credit owns another song, and its owner
    // is no part of the credit; `G’s A and H’s B` names a second group's member, who is.
    let second_member = cut_at_and
        && v.kind(j + 1) == Some(Kind::Run)
        && v.close(j, j + 1)
        && crate::shape::romanised_person(v.t(j + 1), tables)
        && v.kind(j + 2) != Some(Kind::Quoted);
    if second_member {
        end = v.p[j + 1].end;
        credit.push_str(&v.text[v.p[j - 1].end..end]);
    } else if cut_at_and {
        if let Some(i) = credit.rfind(" and ") {
            credit.truncate(i);
            end = start + i;
        }
    }
    if let Some(m) = member.filter(|_| end >= v.p[k + 2].end) {
        credit = format!("{m}{}", &v.text[v.p[k + 2].end..end]);
        if let Some(apart) = shared {
            credit = evidence::split_credit(&credit)
                .iter()
                .map(|n| {
                    if n.ends_with(')') || apart && tables.is_known_performer(n) {
                        n.to_string()
                    } else {
                        crate::normalize::member_of(n, group, tables)
                    }
                })
                .collect::<Vec<_>>()
                .join(", ");
        }
    }
    let first = credit.split_whitespace().next().unwrap_or("");
    if ["The", "This", "A", "An"].contains(&first)
        && evidence::performer(tables, &credit) < 0.9
        && !tables.knows_performer(&credit)
    {
        // `by The Black Skirts` is a name; `by The end` is not.
        if credit.split_whitespace().count() < 2 {
            return None;
        }
    }
    // `by 10cm`: a known act styled without capitals is a name, when a digit sets it apart
    // from the words a sentence goes on with.
    let styled =
        || credit.contains(|c: char| c.is_ascii_digit()) && tables.is_known_performer(&credit);
    if key(&credit).is_empty()
        || evidence::not_a_name(&credit) && !tables.is_act(&credit) && !styled()
    {
        return None;
    }
    Some((credit, start, end))
}

/// The title and credit of a title that closes on a performer in brackets (`비의 노래(백예린)`,
/// `Rain Shower (Paul Kim)`): a name the tables know, or one shaped like a person's or an
/// act's, and no drama, version, year or gloss.
///
/// ```
/// let t = ostract::Tables::builtin();
/// use ostract::read::find::bracketed_credit;
/// assert_eq!(bracketed_credit("Rain Shower (Paul Kim)", &t), Some(("Rain Shower", "Paul Kim")));
/// assert_eq!(bracketed_credit("비의 노래（백예린）", &t), Some(("비의 노래", "백예린")));
/// assert_eq!(bracketed_credit("Rain Shower [Paul Kim]", &t), Some(("Rain Shower", "Paul Kim")));
/// assert_eq!(bracketed_credit("Rain Shower (Acoustic Ver.)", &t), None);
/// ```
pub fn bracketed_credit<'a>(title: &'a str, tables: &Tables) -> Option<(&'a str, &'a str)> {
    let (head, inner) = crate::normalize::trailing_bracket(title)?;
    let lower = inner.to_lowercase();
    if head.is_empty()
        || ["feat", "ft.", "prod", "with "]
            .iter()
            .any(|w| lower.starts_with(w))
        || evidence::drama(tables, inner) > 0.0
    {
        return None;
    }
    // `Seo Dan-bi (Noh Ha-ri)`: a character and her actor; `2024 멜론뮤직어워드 (MMA)`:
    // a name's abbreviation. A name the tables know is a credit whatever comes before it.
    let abbreviation = inner.len() <= 3 && inner.chars().all(|c| c.is_ascii_uppercase());
    let unknown_ok = evidence::performer(tables, inner) >= 0.5
        && !abbreviation
        && !crate::shape::romanised_person(head, tables)
        && evidence::performer(tables, head) < 0.8;
    (tables.is_known_performer(inner) || unknown_ok).then_some((head, inner))
}

/// Whether a song word points at the quote `k`: `the song ‘T’`, `OST ‘T’`, `‘T’ OST`, or a
/// song word shortly after it (`‘T’, the OST he sings`).
fn song_cue_near(v: &View, k: usize) -> bool {
    // `파트1 박하은 ‘T’`, `Part 2: “T”`: a part number presents a soundtrack's song.
    // `the fourth part`, `the second installment`: a part counted in words.
    let part = |i: usize| {
        let t = v.t(i).to_lowercase();
        (t.starts_with("파트") || t.starts_with("part")) && t.chars().any(|c| c.is_ascii_digit())
            || i > 0
                && v.is_any(i, &["part", "installment", "instalment"])
                && v.is_any(i - 1, ORDINALS)
    };
    // `A lent her voice to “T”`: the singing verb stands four words back.
    let voice_to = k >= 2 && v.is(k - 1, "to") && v.is_any(k - 2, &["voice", "voices", "vocals"]);
    // `recorded drama songs before, including “T” for D`, `ballads such as “T” from D`:
    // the examples of songs named a few words back, each with its drama (a singer's past
    // releases listed alone are no soundtrack's the article names).
    let example = k >= 2
        && (v.is_any(k - 1, &["including", "like"]) || v.is(k - 1, "as") && v.is(k - 2, "such"))
        && v.is_any(k + 1, &["for", "from"]);
    let before = voice_to
        || (k.saturating_sub(3)..k).any(|i| v.song_word(i) || part(i))
        || example && (k.saturating_sub(6)..k).any(|i| v.song_word(i));
    // `“T”, the drama's main theme song,`: an apposition that calls it a song goes on to
    // its own end, its comma after the quote or inside it (`“T,” the drama’s first OST`).
    const DETERMINERS: &[&str] = &["the", "a", "an", "its", "his", "her", "their"];
    let apposition =
        v.kind(k + 1) == Some(Kind::Sep) && v.t(k + 1) == "," && v.is_any(k + 2, DETERMINERS)
            || v.t(k).ends_with(',') && v.is_any(k + 1, DETERMINERS);
    let near = (k + 5).min(v.p.len());
    let reach = if apposition {
        let far = (k + 9).min(v.p.len());
        (k + 2..far)
            .find(|&i| matches!(v.kind(i), Some(Kind::Sep | Kind::Punct)))
            .unwrap_or(far)
            .max(near)
    } else {
        near
    };
    let after = (k + 1..reach).any(|i| {
        v.is_any(
            i,
            &["song", "track", "ost", "곡", "곡을", "곡이다", "곡이다."],
        ) || v.kind(i) == Some(Kind::Ost)
            || v.t(i).starts_with('곡')
            // `“T,” Part 2 of the drama’s soundtrack`, `“T,” the fourth part`
            || i <= k + 3 && part(i)
    });
    let glued = v.p.get(k + 1).is_some_and(|p| {
        p.start == v.p[k].end
            && ["을", "를", "은", "는", "이", "가", "로", "으로", "과", "와"].contains(&v.t(k + 1))
    });
    before || after || glued && sentence_cued(v, k)
}

/// Where the drama before the quoted song at `k` starts, with its broadcaster and its
/// kind: `tvN 토일드라마 ‘D’(극본 B) OST Part.3 ‘T’`, `‘D’ OST ‘T’`.
fn drama_before_song(v: &View, k: usize) -> Option<usize> {
    let mut j = k.checked_sub(1).filter(|&j| v.kind(j) == Some(Kind::Ost))?;
    if j > 0 && v.kind(j - 1) == Some(Kind::Bracket) {
        j -= 1;
    }
    j = j
        .checked_sub(1)
        .filter(|&j| v.kind(j) == Some(Kind::Quoted))?;
    while j > 0
        && v.kind(j - 1) == Some(Kind::Run)
        && (is_network(v.t(j - 1)) || v.t(j - 1).ends_with("드라마"))
    {
        j -= 1;
    }
    Some(j)
}

/// Whether the sentence holding piece `k` speaks of songs or soundtracks.
fn sentence_cued(v: &View, k: usize) -> bool {
    let (s, e) = sentence_bounds(v, k);
    (s..e).any(|i| {
        v.kind(i) == Some(Kind::Ost)
            || v.is_in(i, &SONG_WORD_SET)
            || v.t(i).contains("OST")
            // Korean cues: an ASCII piece (most) holds none.
            || !v.t(i).is_ascii()
                && ["곡", "불렀", "부른", "가창"]
                    .iter()
                    .any(|c| v.t(i).contains(c))
    })
}

/// The piece range of the sentence around piece `k`.
pub fn sentence_bounds(v: &View, k: usize) -> (usize, usize) {
    let end_of = |i: usize| {
        v.kind(i) == Some(Kind::Punct) && matches!(v.t(i), "." | "!" | "?" | "…" | ".”" | ".\"")
    };
    let mut s = k;
    while s > 0 && !end_of(s - 1) {
        s -= 1;
    }
    let mut e = k;
    while e < v.p.len() && !end_of(e) {
        e += 1;
    }
    (s, e)
}

/// Korean credits around a quote: `A가 부른 ‘T’`, `A이 참여한 ‘T’`, `‘T’를 부른 A`,
/// `‘T’는 A가 불렀다`.
fn korean_credit(v: &View, k: usize, tables: &Tables) -> Option<(String, usize, usize)> {
    let sung = sings;
    // before: `… A가 부른 ‘T’`, `AOA의 지민과 유나, 엔플라잉 유회승이 함께 부른 ‘T’`
    // (A quote that opens the line has no credit before it, only after.)
    const ADVERBS: [&str; 5] = ["함께", "직접", "새롭게", "다시", "특별히"];
    // `A가 가창한 tvN 토일드라마 ‘D’(극본 B) OST Part.3 ‘T’`: the verb qualifies the
    // soundtrack's song, past the drama that names it.
    let q = drama_before_song(v, k).unwrap_or(k);
    // The song's span then starts at its quote: the drama between is before it.
    let from = |s: usize| if q < k { v.p[k].start } else { s };
    let mut verb = q.saturating_sub(if song_noun_sung(v, q) { 2 } else { 1 });
    while k > 0 && verb > 0 && !sung(v.t(verb)) && ADVERBS.contains(&v.t(verb)) {
        verb -= 1;
    }
    // `A와 B가 함께 부른`: an adverb between the singers and the verb.
    let mut last = verb.saturating_sub(1);
    while last > 0 && ADVERBS.contains(&v.t(last)) {
        last -= 1;
    }
    // `이클립스(ECLIPSE)가 가창한`: the particle comes after the name's bracket.
    if k > 0
        && verb >= 3
        && sung(v.t(verb))
        && matches!(v.t(last), "가" | "이")
        && v.kind(last - 1) == Some(Kind::Bracket)
        && v.kind(last - 2) == Some(Kind::Run)
        && v.close(last - 2, last - 1)
        && v.close(last - 1, last)
    {
        // `BIG Naughty (서동현)와 헤이즈(Heize)가`: singers joined by `와`/`과`, each
        // with its bracket.
        let mut first = last - 2;
        while first >= 3
            && v.is_any(first - 1, &["와", "과"])
            && v.kind(first - 2) == Some(Kind::Bracket)
            && v.kind(first - 3) == Some(Kind::Run)
            && v.close(first - 2, first - 1)
        {
            first -= 3;
        }
        let s = v.p[first].start;
        return Some((
            v.text[s..v.p[last - 1].end].to_string(),
            from(s),
            v.p[k].end,
        ));
    }
    if k > 0 && verb >= 1 && sung(v.t(verb)) && v.kind(last) == Some(Kind::Run) {
        let a = v.t(last);
        let stem = a.strip_suffix(['가', '이']).unwrap_or(a);
        // `그녀가 부른`, `제가 부른`: a pronoun's antecedent is for the ties to find.
        if evidence::is_ko_pronoun(stem) {
            return None;
        }
        if a != stem && !stem.is_empty() {
            let mut j = last;
            let mut owner = false;
            let mut poss = None;
            let mut grouped = None;
            // A name in a list of singers; a bare Hangul one (no particle) may be short
            // (`폴킴`).
            let listed = |t: &str| {
                let bare = evidence::strip_particle(t);
                let least = if has_hangul(t) && bare == t { 0.4 } else { 0.5 };
                evidence::performer(tables, bare) >= least
            };
            for _ in 0..8 {
                let prev = |d: usize| j.checked_sub(d).map(|i| (v.kind(i), v.t(i)));
                match (prev(1), prev(2)) {
                    // A comma joins singers (`모트, 용주가`), not a clause (`8위, A가`).
                    (Some((Some(Kind::Sep), ",")), Some((Some(Kind::Run), t))) if listed(t) => {
                        j -= 2
                    }
                    (Some((Some(Kind::Poss), _)), Some((Some(Kind::Run), _))) => {
                        poss = Some(j - 1);
                        j -= 2;
                        owner = true;
                    }
                    // `로티플 스카이의 김하늘`: the owner's name may have two words.
                    (Some((Some(Kind::Run), t)), _)
                        if owner && v.close(j - 1, j) && !ends_as_clause(t) =>
                    {
                        j -= 1;
                        owner = false;
                    }
                    (Some((Some(Kind::Run), t)), _)
                        if t.ends_with(['과', '와'])
                            || tables.group(t).is_some()
                            || !has_hangul(t) && crate::shape::group_like(t) =>
                    {
                        j -= 1
                    }
                    // `그룹 새벽별 박하은이`: the role word says the name before the singer
                    // is a group's, known or not.
                    (Some((Some(Kind::Run), _)), Some((Some(Kind::Run), "그룹" | "밴드")))
                        if j == last =>
                    {
                        grouped = Some(j - 1);
                        j -= 1;
                        break;
                    }
                    _ => break,
                }
            }
            let s = v.p[j].start;
            let name = match (poss, grouped) {
                // `로티플 스카이의 김하늘이 부른`: one member of a group, written `Member (GROUP)`
                // whether or not the tables know the group.
                (Some(o), _) if o + 1 == last => {
                    format!("{stem} ({})", &v.text[s..v.p[o - 1].end])
                }
                (_, Some(g)) => format!("{stem} ({})", v.t(g)),
                _ => v.text[s..v.p[last].start + stem.len()].to_string(),
            };
            return Some((name, from(s), v.p[k].end));
        }
    }
    // after: `‘T’ 가창자는 A이다`, `‘T’의 주인공은 가수 A다`
    let role_at = if v.t(k + 1) == "의" { k + 2 } else { k + 1 };
    if let Some(found) = role_topic_credit(v, role_at, k, tables) {
        return Some(found);
    }
    // after: `‘T’를 부른 A`, `‘T’는 A가 불렀다`; `‘T’ 역시 A가 불렀다`: a word of its own
    // that says `also` is the topic's `도`.
    // `‘T1’, ‘T2’ 등을 부른 A`: the songs of a list share the credit after its `등을`.
    // (An item may name its drama's soundtrack first: `, ‘D2’ OST ‘T2’`.)
    let mut tail = k;
    while v.kind(tail + 1) == Some(Kind::Sep) && v.t(tail + 1) == "," {
        let own_ost = v.kind(tail + 2) == Some(Kind::Quoted) && v.kind(tail + 3) == Some(Kind::Ost);
        let item = if own_ost { tail + 4 } else { tail + 2 };
        if v.kind(item) != Some(Kind::Quoted) {
            break;
        }
        tail = item;
    }
    let listed = v.is_any(tail + 1, &["등을", "등를"]);
    // The piece that holds the object's particle: the verb follows it.
    let o = if listed { tail + 1 } else { k + 1 };
    let next = v.p.get(k + 1)?;
    let particle = if listed {
        "를".to_string()
    } else if next.start == v.p[k].end {
        v.text[next.start..next.end].to_string()
    } else if v.is_any(k + 1, &["역시", "또한"]) {
        "도".to_string()
    } else {
        return None;
    };
    // Only a verb that qualifies the name after it (`부른`, `가창한`) is followed by the
    // singer; after `불러` or `불렀다` the clause goes on (`‘T’를 불러 호평을 받았다`).
    let attributive = |w: &str| {
        w.chars()
            .last()
            .is_some_and(|c| ('가'..='힣').contains(&c) && (c as u32 - 0xAC00) % 28 == 4)
    };
    if ["을", "를"].contains(&particle.as_str())
        && v.p
            .get(o + 1)
            .is_some_and(|_| sung(v.t(o + 1)) && attributive(v.t(o + 1)))
    {
        // `‘T’을 부른 가수는 A다`: the singer named by a copula.
        if let Some(found) = role_topic_credit(v, o + 2, k, tables) {
            return Some(found);
        }
        // `‘T’을 부른 가수 A`: the role word before the name is no part of it.
        let at = if v.is_any(o + 2, &["가수", "그룹", "밴드", "신예", "신인"]) {
            o + 3
        } else {
            o + 2
        };
        let a = v.p.get(at)?;
        // `‘T’를 부른 엔플라잉 유회승은`, `그룹 레드벨벳 멤버 웬디가`: a group, then its member.
        let member = if tables.group(v.t(at)).is_some() || v.is(at + 1, "멤버") {
            let m = if v.is(at + 1, "멤버") {
                at + 2
            } else {
                at + 1
            };
            v.p.get(m).filter(|p| p.kind == Kind::Run).map(|_| m)
        } else {
            None
        };
        let end = member.unwrap_or(at);
        // `이상은의 목소리`: the possessive is the particle; the name keeps its last syllable,
        // as it does before its bracket (`서영은(4%)`: the particle comes after it).
        let last = if matches!(v.kind(end + 1), Some(Kind::Poss | Kind::Bracket))
            && v.close(end, end + 1)
        {
            v.t(end)
        } else {
            evidence::strip_particle(v.t(end))
        };
        let name = match member {
            Some(_) => format!("{} {last}", v.t(at)),
            None => last.to_string(),
        };
        // `‘T’을 부른 바 있다`, `불러 다시 한 번`: the clause goes on; no name follows.
        if a.kind == Kind::Run && !last.is_empty() && !evidence::not_a_name(&name) {
            return Some((name, v.p[k].start, v.p[end].end));
        }
    }
    // (A list's `등을` credits only a singing verb's name right after it.)
    if listed {
        return None;
    }
    // `‘T’은 가수 A가, ‘T2’는 그룹 G의 B가 불렀다`, `‘T’를 가수 A가 부른다`: the first
    // subject after the topic or object, before the next quote, in a sentence whose verb
    // sings.
    // `‘T’에는 A와 B가 참여했다`, `‘T’도 A가 불렀다`; `‘T’은 A의 목소리로 완성됐다`: the
    // voice's owner sings it.
    if ["은", "는", "을", "를", "에는", "도"].contains(&particle.as_str()) {
        let (_, e) = sentence_bounds(v, k);
        let voice = |j: usize| v.kind(j) == Some(Kind::Poss) && v.t(j + 1).starts_with("목소리");
        if !(k + 2..e).any(|j| sung(v.t(j)) || voice(j)) {
            return None;
        }
        let first = k + 2;
        // The subject of the clause that sings: `‘T’는 작곡가 A가 만들고 가수 B가 불렀다`
        // is B's; `A가 작사하고 직접 불렀다`, with no subject of its own, the last one's.
        let mut from = first;
        let mut subject: Option<(usize, usize, &str)> = None;
        let mut closed: Option<(usize, usize, &str)> = None;
        // A drama's mention between the title and its singer stays outside the song's span,
        // for the ties to find in its sentence.
        let mut between = false;
        for j in first..e.min(first + 10) {
            if v.kind(j) == Some(Kind::Run) && voice(j + 1) && v.close(j, j + 1) {
                let s = v.p[first].start;
                let name = v.text[s..v.p[j].end].trim_start_matches("가수 ");
                return Some((name.to_string(), v.p[k].start, v.p[j + 2].end));
            }
            // `그룹 비투비(BTOB) 서은광이`, `A, B가`: a group's other name, a list's comma.
            // A comma right after the particle ends the clause (`‘T’을, B가 …`).
            let inside = j > from;
            let bracket = v.kind(j) == Some(Kind::Bracket) && inside && v.close(j - 1, j);
            let comma = v.kind(j) == Some(Kind::Sep) && v.t(j) == "," && inside;
            // `‘T’은 KBS2 ‘D’ OST로 A가 불렀다`: the drama's mention is no subject.
            let drama = v.kind(j) == Some(Kind::Quoted) && v.kind(j + 1) == Some(Kind::Ost)
                || v.kind(j) == Some(Kind::Ost);
            if v.kind(j) == Some(Kind::Poss) || bracket || comma {
                continue;
            }
            // The drama's mention and its particle (`OST로`) come before the name.
            if drama || subject.is_none() && from == j && v.is_any(j, &["로", "으로", "에", "에서"])
            {
                from = j + 1;
                between |= drama;
                continue;
            }
            if v.kind(j) != Some(Kind::Run) || sung(v.t(j)) {
                break;
            }
            let a = v.t(j);
            if let Some(stem) = a.strip_suffix(['가', '이']).filter(|s| !s.is_empty()) {
                if subject.is_none() {
                    subject = Some((from, j, stem));
                }
            } else if subject.is_some() && a.ends_with(['고', '며']) {
                // A clause of its own ends (`만들고`, `썼으며`): the next subject sings.
                closed = subject.take();
                from = j + 1;
            }
        }
        let (from, j, stem) = subject.or(closed)?;
        let s = v.p[from].start;
        let name = format!("{}{}", &v.text[s..v.p[j].start], stem);
        let name = name
            .trim_start_matches("가수 ")
            .trim_start_matches("그룹 ")
            .trim_start_matches("밴드 ")
            .to_string();
        let end = if between { v.p[k].end } else { v.p[j].end };
        return Some((name, v.p[k].start, end));
    }
    None
}

/// `가창자는 A이다`, `주인공은 가수 A다`, `가수는 A였다` from piece `at`: a singer's role
/// as the topic, and the name its copula ends (`A다`, `A이다`, `A였다`), as a credit of
/// the quote at `k`.
fn role_topic_credit(
    v: &View,
    at: usize,
    k: usize,
    tables: &Tables,
) -> Option<(String, usize, usize)> {
    const ROLES: [&str; 6] = [
        "가창자는",
        "가수는",
        "주인공은",
        "주인공도",
        "목소리는",
        "보컬은",
    ];
    if !ROLES.contains(&v.t(at)) || v.kind(at) != Some(Kind::Run) {
        return None;
    }
    let name_at = if v.is_any(at + 1, &["가수", "그룹", "밴드", "신예"]) {
        at + 2
    } else {
        at + 1
    };
    let word = v.t(name_at).trim_end_matches(['.', ',']);
    let stem = ["이었다", "였다", "이다", "다"]
        .iter()
        .find_map(|c| word.strip_suffix(c))
        .filter(|s| !s.is_empty())?;
    (v.kind(name_at) == Some(Kind::Run)
        && evidence::performer(tables, stem) >= 0.4
        && !evidence::not_a_name(stem))
    .then(|| (stem.to_string(), v.p[k].start, v.p[name_at].end))
}

/// Whether the Korean quote at `k` is someone's words: a quotative particle glued after
/// it (`"…"이라며`, `"…"고 전했다`) or a noun of what was said after its `는` (`"…"는
/// 반응`, `"…"이라는 가사`), and a quote of a sentence's length, not a title's (`‘T’라는
/// 곡` names a song; `"…작품"이라며` reports a speaker).
fn quoted_speech(v: &View, k: usize) -> bool {
    // What is said, heard or written: `"…"는 반응을 얻었다`, `"…"이라는 가사처럼`.
    const SAID: &[&str] = &[
        "반응",
        "호평",
        "혹평",
        "평가",
        "소감",
        "말",
        "극찬",
        "찬사",
        "가사",
        "댓글",
        "의견",
        "메시지",
        "문구",
        "각오",
        "후기",
        "응원",
        "질문",
        "대답",
    ];
    let quote = v.t(k);
    let glued = v.kind(k + 1) == Some(Kind::Run) && v.close(k, k + 1);
    let quotative = matches!(
        v.t(k + 1),
        "이라며" | "라며" | "이라고" | "라고" | "고" | "며"
    );
    let said = matches!(v.t(k + 1), "는" | "라는" | "이라는" | "란" | "이란")
        && v.kind(k + 2) == Some(Kind::Run)
        && SAID.iter().any(|n| v.t(k + 2).starts_with(n));
    glued && (quotative || said) && has_hangul(quote) && quote.split_whitespace().nth(3).is_some()
}

/// Whether a singing verb and a song noun stand before the quote at `k` (`A가 부른
/// 듀엣곡 ‘T’`): what was sung may be named before its title.
fn song_noun_sung(v: &View, k: usize) -> bool {
    const NOUNS: [&str; 6] = ["듀엣곡", "곡", "노래", "신곡", "발라드", "OST"];
    k >= 2 && NOUNS.contains(&v.t(k - 1)) && sings(v.t(k - 2))
}

/// English singing verbs (`A sang “Once Again” for D`).
const SANG: &[&str] = &[
    "sang",
    "sings",
    "sing",
    "singing",
    "performed",
    "performs",
    "recorded",
    "records",
    "covered",
];

/// Verbs whose subject puts out the quoted song after them (`A released “T”`, `A dropped
/// the ballad “T”`), besides the [`SINGING`] ones (`A sang “T”`).
const RELEASED: &[&str] = &[
    "released",
    "releases",
    "dropped",
    "drops",
    "unveiled",
    "unveils",
    "contributed",
    "contributes",
];

/// The piece before the verb whose object is the quote at `k` (`A sang “T”`, `A also
/// released the ballad “T”`, `A has recorded her first OST, “T”`): a name there is
/// credited by its own clause, not only as the sentence's subject.
pub(super) fn voiced_by(v: &View, k: usize) -> Option<usize> {
    subject_of(v, object_of(v, k)?)
}

/// The verb whose object is the quote at `k`: a singing or releasing verb (`sang “T”`,
/// `released the ballad “T”`, `lent her voice to “T”`) or the verb of a joint work
/// (`teamed up for “T”`).
fn object_of(v: &View, k: usize) -> Option<usize> {
    let voiced = |j: usize| v.is_any(j, SINGING) || v.is_any(j, RELEASED);
    let mut j = k.checked_sub(1)?;
    if v.t(j) == "," {
        j = j.checked_sub(1)?;
    }
    if j >= 3
        && v.is(j, "to")
        && v.is_any(j - 1, &["voice", "voices", "vocals"])
        && v.is_any(j - 2, &["her", "his", "their"])
        && v.is_any(j - 3, &["lent", "lends"])
    {
        // `A lent her voice to “T”`.
        Some(j - 3)
    } else {
        // The object's words before the title (a determiner, adjectives, a song's
        // noun), each lowercase.
        let last = j;
        while j + 4 > last
            && (v.kind(j) == Some(Kind::Word)
                && !voiced(j)
                && worked_on(v, j).is_none()
                && v.t(j).starts_with(|c: char| c.is_ascii_lowercase())
                || v.kind(j) == Some(Kind::Ost))
        {
            j = j.checked_sub(1)?;
        }
        let object_words = v.is_any(
            j + 1,
            &["the", "a", "an", "her", "his", "their", "its", "this"],
        ) || v.song_word(last);
        if j < last && !object_words {
            return None;
        }
        if voiced(j) {
            Some(j)
        } else {
            worked_on(v, j)
        }
    }
}

/// Subject of the verb at `verb`: the name before it, past adverbs and auxiliaries.
fn subject_of(v: &View, verb: usize) -> Option<usize> {
    // Adverbs and auxiliaries between the name and its verb.
    let mut b = verb.checked_sub(1)?;
    while b > 0
        && v.is_any(
            b,
            &[
                "also",
                "then",
                "later",
                "again",
                "finally",
                "once",
                "even",
                "recently",
                "just",
                "previously",
                "already",
                "has",
                "have",
                "had",
                "first",
                "originally",
            ],
        )
    {
        b -= 1;
    }
    // `Jin, for his part, released “T”`: an aside of a few small words between commas.
    if b >= 3 && v.kind(b) == Some(Kind::Sep) && v.t(b) == "," {
        let open = (b.saturating_sub(6)..b - 1)
            .rev()
            .find(|&c| v.kind(c) == Some(Kind::Sep))
            .filter(|&c| {
                v.t(c) == "," && c > 0 && (c + 1..b).all(|i| v.kind(i) == Some(Kind::Word))
            });
        if let Some(c) = open {
            b = c - 1;
        }
    }
    (v.kind(b) == Some(Kind::Run)).then_some(b)
}

/// Whether the quote at `k` is what a singing verb before it sang (`부른 ‘T’`, `부른
/// 듀엣곡 ‘T’`, `A sang the ballad “T”`, `A contributed “T”`): a song, whatever else
/// bears its name. Releasing verbs other than `contributed` leave it open: a network
/// releases dramas too.
fn sung_before(v: &View, k: usize) -> bool {
    k >= 1 && sings(v.t(k - 1))
        || song_noun_sung(v, k)
        || object_of(v, k)
            .is_some_and(|j| !v.is_any(j, RELEASED) || v.is_any(j, &["contributed", "contributes"]))
}

/// Whether the quote at `k` is an item of a Korean list that ends by calling its items
/// songs (`‘T1’(D1), ‘T2’(D2) 등 드라마 OST를`, `‘T1’, ‘T2’ 등의 곡`): each item, its bracket
/// after it, then a comma and the next, up to `등` and a song's word.
fn listed_as_songs(v: &View, k: usize) -> bool {
    let mut j = k;
    for _ in 0..12 {
        j += 1;
        if v.kind(j) == Some(Kind::Bracket) {
            j += 1;
        }
        match (v.kind(j), v.t(j)) {
            (Some(Kind::Sep), ",") if v.kind(j + 1) == Some(Kind::Quoted) => j += 1,
            (Some(Kind::Run), "등" | "등의") => {
                return (j + 1..(j + 4).min(v.p.len())).any(|i| v.song_word(i));
            }
            _ => return false,
        }
    }
    false
}

/// The verb of `teamed up for`, `collaborated on`, `joined forces for` whose preposition
/// is at `j`: what singers came together for is a song.
fn worked_on(v: &View, j: usize) -> Option<usize> {
    if !v.is_any(j, &["for", "on"]) || j == 0 {
        return None;
    }
    let verb = if j >= 2 && v.is_any(j - 1, &["up", "forces"]) {
        j - 2
    } else {
        j - 1
    };
    v.is_any(verb, WORKED_WITH).then_some(verb)
}

/// Whether a Korean word is a singing verb, in any ending (`가창해`, `불렀으며`, `참여했다`).
pub(crate) fn sings(w: &str) -> bool {
    [
        "부른",
        "불러",
        "부르",
        "불렀",
        "부릅",
        "참여",
        "가창",
        "노래한",
        "노래했",
        "노래해",
        "노래하",
        "열창",
        // `A, B, C가 뭉친 ‘T’`: singers who came together for a song.
        "뭉친",
        "뭉쳤",
        // `‘T’를 들려준 A`: who let us hear it.
        "들려준",
        "들려줬",
        "들려주",
    ]
    .iter()
    .any(|s| w.starts_with(s))
}

/// The piece after a credit's `by` that opens at piece `i` (`, sung by A`, `performed by
/// A`, `by A`).
fn after_by(v: &View, i: usize) -> Option<usize> {
    let mut b = i;
    // `“T,” is sung by A`, `“T” will be performed by A`.
    while v.kind(b) == Some(Kind::Sep)
        || v.is_any(b, &["sung", "performed", "is", "was", "will", "be"])
    {
        b += 1;
    }
    v.is(b, "by")
        .then(|| role_phrase_end(v, b + 1).unwrap_or(b + 1))
}

/// Verbs whose `by` names the singer (`sung by A`, `recorded by B`).
pub(super) const SUNG_BY: &[&str] = &["sung", "performed", "sang", "voiced", "recorded"];

/// Verbs of singing with someone (`A teamed up with B`, `A and B duetted`).
pub(super) const WORKED_WITH: &[&str] = &[
    "teamed",
    "teams",
    "joined",
    "joins",
    "paired",
    "pairs",
    "partnered",
    "partners",
    "collaborated",
    "collaborates",
    "duetted",
    "duets",
];

/// Words that call the name after or before them a performer (`Rock band A`, `A is a
/// solo singer`, `by actor B`).
pub(super) const CALLED: &[&str] = &[
    "singer",
    "vocalist",
    "band",
    "group",
    "rapper",
    "duo",
    "soloist",
    "idol",
    "trio",
    "quartet",
    "songwriter",
    "actor",
    "actress",
    "musician",
];

/// Whether a word, or a compound's last part, is one of [`CALLED`] (`singer`,
/// `singer-songwriter`, `producer-turned-singer`).
pub(super) fn calls_performer(w: &str) -> bool {
    CALLED.contains(&w.rsplit('-').next().unwrap_or("").to_lowercase().as_str())
}

/// The performer who is the subject of the singing verb at piece `k` (`A sang`, `A also
/// sings`, `From D to Red Velvet singing`), or "".
fn singer_before<'a>(v: &View<'a>, k: usize, tables: &Tables) -> &'a str {
    // `A also sings T`: an adverb between the singer and the verb.
    let subject = if k > 1 && v.is_any(k - 1, &["also", "then", "later", "once", "famously"]) {
        k - 2
    } else {
        k.wrapping_sub(1)
    };
    // `From D to Red Velvet singing …`: the name after a run's `to`.
    (k > 0 && v.kind(subject) == Some(Kind::Run))
        .then(|| v.t(subject))
        .map(|a| a.rsplit_once(" to ").map_or(a, |(_, b)| b))
        .filter(|a| evidence::performer(tables, a) >= 0.5)
        .unwrap_or("")
}

/// The singer right before the singing participle at piece `k` (`A singing`), or before
/// an apposition of their group (`A, of G, singing` → `A of G`).
fn verb_singer(v: &View, k: usize, tables: &Tables) -> Option<String> {
    let a = singer_before(v, k, tables);
    if !a.is_empty() {
        return Some(a.to_string());
    }
    // (Right before the verb, a name of no singer's shape sings all the same: `The One
    // singing “T”`; not a show's title, nor a clause's `When I`.)
    let name = v.t(k - 1);
    let pronoun = name
        .rsplit(' ')
        .next()
        .is_some_and(|w| matches!(w, "I" | "We" | "You" | "He" | "She" | "They"));
    if v.kind(k - 1) == Some(Kind::Run)
        && !pronoun
        && !has_hangul(name)
        && evidence::drama(tables, name) == 0.0
        && !evidence::not_a_name(name)
        && crate::shape::title_like(name)
    {
        return Some(name.to_string());
    }
    let comma = |i: usize| v.kind(i) == Some(Kind::Sep) && v.t(i) == ",";
    (k >= 5
        && comma(k - 1)
        && v.kind(k - 2) == Some(Kind::Run)
        && v.is(k - 3, "of")
        && comma(k - 4)
        && v.kind(k - 5) == Some(Kind::Run)
        && evidence::performer(tables, v.t(k - 5)) >= 0.5)
        .then(|| format!("{} of {}", v.t(k - 5), v.t(k - 2)))
}

/// Whether piece `k` is a singer's own `single` (`their last single`, `her debut single`,
/// `a new single`), with no soundtrack's word near: what it names is no drama's song.
fn own_single(v: &View, k: usize) -> bool {
    const OWN: &[&str] = &[
        "last", "latest", "new", "debut", "comeback", "solo", "own", "their", "her", "his", "lead",
        "digital",
    ];
    // (`her self-written single`: a word or two may describe it after the owner.)
    v.is_any(k, &["single", "singles"])
        && (k.saturating_sub(3)..k)
            .rev()
            .take_while(|&i| v.kind(i) == Some(Kind::Word))
            .any(|i| v.is_any(i, OWN))
        && !(k.saturating_sub(8)..(k + 8).min(v.p.len())).any(|i| v.kind(i) == Some(Kind::Ost))
}

/// Words that call the name after them an album's (`the EP “T”`, `정규앨범 《T》`).
const ALBUM: &[&str] = &[
    "album",
    "ep",
    "lp",
    "mixtape",
    "앨범",
    "미니앨범",
    "정규앨범",
    "싱글앨범",
];

/// Words that frame the title after them as a song's (`the theme, T,`, `the fifth part, T,`).
const FRAMES: &[&str] = &["theme", "part", "song", "track", "duet"];

/// Whether a name is a numbered part of a work (`Season 1`, `Part 2`, `Vol. 3`, `Episode
/// 12`): a heading `Season 1 (2020)` is a season of the article's drama, no title.
pub(super) fn numbered_part(name: &str) -> bool {
    const PARTS: &[&str] = &[
        "season", "series", "part", "episode", "ep", "ep.", "vol", "vol.", "volume", "disc", "cd",
        "book", "chapter",
    ];
    let mut words = name.split_whitespace();
    let (Some(w), Some(n), None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    PARTS.contains(&w.to_lowercase().as_str())
        && (n.bytes().all(|b| b.is_ascii_digit())
            || n.chars().all(|c| matches!(c, 'I' | 'V' | 'X')))
}

/// The song of unquoted title `t`, which run `j` opens, presented as a song (cued).
fn unquoted_song(
    v: &View,
    line: usize,
    j: usize,
    t: &str,
    singer: &str,
    rule: &'static str,
) -> Song {
    let start = v.p[j].start;
    Song::new(line, start, start + t.len(), t, singer, rule, false, true)
}

/// The unquoted title that run `j` opens, when it can be one: Latin words no song of the
/// line holds already, and no performer's name or role word.
fn unquoted_title(
    v: &View,
    j: usize,
    line: usize,
    songs: &[Song],
    used: &[bool],
    tables: &Tables,
) -> Option<String> {
    if v.kind(j) != Some(Kind::Run) || used[j] || has_hangul(v.t(j)) {
        return None;
    }
    let start = v.p[j].start;
    if songs
        .iter()
        .any(|s| s.line == line && s.start <= start && start < s.end)
    {
        return None;
    }
    let t = title_of_run(v, j);
    (!t.is_empty() && !tables.knows_performer(&t) && !evidence::not_a_name(&t)).then_some(t)
}

/// The name after a role phrase that opens at piece `i` (`rock band A`, `the folk trio
/// B`, `producer-turned-singer C`, `the leads, actors D and E`): a few lowercase words
/// ending in a performer's role, then a name. `None` when no role phrase opens there.
fn role_phrase_end(v: &View, i: usize) -> Option<usize> {
    let role = |j: usize| {
        let w = v.t(j);
        v.kind(j) == Some(Kind::Word)
            && (calls_performer(w)
                || [w.strip_suffix('s'), w.strip_suffix("es")]
                    .into_iter()
                    .flatten()
                    .any(calls_performer))
    };
    // (An apposition's comma: `the leads, actors D and E`; a capitalised word that
    // says what kind the role is: `the Swedish singer A`, `the K-pop group B`.)
    (i..i + 5)
        .take_while(|&j| {
            v.kind(j) == Some(Kind::Word) && v.t(j).starts_with(char::is_lowercase)
                || j > i && v.kind(j) == Some(Kind::Sep) && v.t(j) == ","
                || v.kind(j) == Some(Kind::Run) && !v.t(j).contains(' ') && role(j + 1)
        })
        .find(|&j| role(j) && v.kind(j + 1) == Some(Kind::Run))
        .map(|j| j + 1)
}

/// The credit right after quoted title `k`, its end and its rule: a dash and a
/// performer (`“T” – A`, `“T” — sung by A`: `prose.quoted_dash`), or a bracket that
/// names one (`“T” (A)`, `‘T’(A)가` in a sentence about songs:
/// `prose.quoted_paren_artist`). `bracket_named`: a drama mention opens the bracket.
fn credit_after_quote(
    v: &View,
    k: usize,
    tables: &Tables,
    singers: &std::cell::OnceCell<Vec<usize>>,
    bracket_named: bool,
) -> Option<(String, usize, &'static str)> {
    if v.kind(k + 1) == Some(Kind::Sep) && matches!(v.t(k + 1), "–" | "—" | "-") {
        // `“T” — sung by A`: the credit's words after the dash.
        let at = after_by(v, k + 2).unwrap_or(k + 2);
        if let Some((a, _, e)) = artist_after(v, at, tables) {
            return Some((a, e, "prose.quoted_dash"));
        }
    }
    // `‘T’(A)가 이름을 올렸다`: Korean news brackets the singer after the title; a
    // two-syllable Hangul name (0.4) will do in a sentence about songs.
    let paren = if v.kind(k + 1) == Some(Kind::Bracket) && !bracket_named {
        evidence::performer(tables, v.t(k + 1))
    } else {
        0.0
    };
    let hangul_ok = paren >= 0.4 && has_hangul(v.t(k + 1)) && sentence_cued(v, k);
    // `“T” (sung by A feat. B)`: the bracket's credit after its `by`, read as a
    // bracketed song's is ([`bracketed_song`]).
    if v.kind(k + 1) == Some(Kind::Bracket) && !bracket_named {
        let inner = v.t(k + 1);
        let p = super::pieces::lex(inner);
        let iv = View { text: inner, p: &p };
        if let Some((a, _, _)) = after_by(&iv, 0).and_then(|b| artist_after(&iv, b, tables)) {
            return Some((a, v.p[k + 1].end, "prose.quoted_paren_artist"));
        }
    }
    // `남자 ‘한도경’(차은결)과`, `극 중 ‘윤서’(고은호)`: a character and the actor who
    // plays them.
    const PEOPLE: &[&str] = &[
        "남자",
        "여자",
        "소년",
        "소녀",
        "청년",
        "형사",
        "주인",
        "손님",
        "의사",
        "변호사",
        "검사",
        "기자",
        "학생",
        "주인공",
        "인물",
        "캐릭터",
    ];
    // (`극 중`, in the story; not `수록곡 중 ‘T’(A)`, among the album's songs.)
    let character = k > 0
        && v.kind(k - 1) == Some(Kind::Run)
        && (PEOPLE.contains(&v.t(k - 1)) || v.t(k - 1) == "중" && k > 1 && v.t(k - 2) == "극");
    if character && v.kind(k + 1) == Some(Kind::Bracket) && has_hangul(v.t(k + 1)) {
        return None;
    }
    // `“함께” (“Together”)`: a quoted bracket is the title's gloss, no one's name.
    let gloss = v.kind(k + 1) == Some(Kind::Bracket) && {
        let inner = v.t(k + 1).trim();
        inner.starts_with(crate::normalize::QUOTE_CHARS)
            && inner.ends_with(crate::normalize::QUOTE_CHARS)
    };
    if !gloss && (paren >= 0.6 || hangul_ok || parallel_singer(v, k, tables, singers)) {
        return Some((
            v.t(k + 1).to_string(),
            v.p[k + 1].end,
            "prose.quoted_paren_artist",
        ));
    }
    // `“T,” A’s heartbreaking ballad`: an apposition that calls the song the singer's.
    if v.kind(k + 1) == Some(Kind::Run)
        && v.kind(k + 2) == Some(Kind::Poss)
        && (k + 3..k + 6)
            .take_while(|&j| v.kind(j) == Some(Kind::Word))
            .any(|j| v.song_word(j))
        && evidence::performer(tables, v.t(k + 1)) >= 0.5
    {
        return Some((
            v.t(k + 1).to_string(),
            v.p[k + 2].end,
            "prose.quoted_apposition",
        ));
    }
    // `D’s soundtrack gets “T” from A`: `from` a performer, in a sentence about songs.
    if v.is(k + 1, "from")
        && v.kind(k + 2) == Some(Kind::Run)
        && evidence::performer(tables, v.t(k + 2)) >= 0.6
        && sentence_cued(v, k)
    {
        return Some((v.t(k + 2).to_string(), v.p[k + 2].end, "prose.quoted_from"));
    }
    credit_in_words(v, k, tables)
        .map(|(a, e)| (a, e, "prose.quoted_credit_words"))
        .or_else(|| on_vocals(v, k, tables).map(|(a, e)| (a, e, "prose.on_vocals")))
}

/// The singers a sentence puts `on vocals` for quoted title `k`: `“T” comes with A on
/// vocals`, `With A and B on vocals, “T” …`, `“T”, featuring C on lead vocals`. The
/// phrase is the song's when no other song's quote stands between them. The credit and
/// the song's end.
fn on_vocals(v: &View, k: usize, tables: &Tables) -> Option<(String, usize)> {
    let (s, e) = sentence_bounds(v, k);
    let on = |j: usize| {
        v.is(j, "on")
            && (v.is_any(j + 1, &["vocals", "vocal"])
                || v.is(j + 1, "lead") && v.is(j + 2, "vocals"))
    };
    // (`“T” from “D,” released with A on vocals`: a quote after `from` is the drama's.)
    let drama_quote = |j: usize| j > 0 && v.is_any(j - 1, &["from", "for", "in", "of"]);
    if drama_quote(k) {
        return None;
    }
    let not_quote = |j: &usize| v.kind(*j) != Some(Kind::Quoted) || drama_quote(*j);
    // (Names stand before `on`: it never opens the sentence.)
    let at = (k + 1..e)
        .take_while(not_quote)
        .find(|&j| on(j))
        .or_else(|| (s + 1..k).rev().take_while(not_quote).find(|&j| on(j)))?;
    // (A sentence's first run takes its capitalised `With` in.)
    let (a, end) = match v.t(at - 1).strip_prefix("With ") {
        Some(a) if v.kind(at - 1) == Some(Kind::Run) => (a.to_string(), v.p[at - 1].end),
        _ => {
            let with = (at.saturating_sub(6).max(s)..at)
                .rev()
                .find(|&j| v.is_any(j, &["with", "featuring"]))?;
            let (a, _, end) = artist_after(v, with + 1, tables)?;
            (a, end)
        }
    };
    // The names fill the words up to `on`. The song ends at its quote: the phrase may
    // stand before it, or past the drama named after it (`“T” from “D,” … with A on vocals`).
    (end == v.p[at - 1].end && evidence::performer(tables, &a) >= 0.4).then_some((a, v.p[k].end))
}

/// The song in bracket `k` after a drama's name, when the bracket opens with a quoted
/// title credited with `by` (`Winter Harbor (“Glass Door” by Park Ha-eun)`). The name
/// before is a drama when a cue or the tables named it one, or it has a title's shape
/// and no singer's.
fn bracketed_song(
    line: usize,
    v: &View,
    k: usize,
    tables: &Tables,
    dramas: &[DramaMention],
) -> Option<Song> {
    let inner = v.t(k);
    if !inner.trim_start().starts_with(['"', '“', '‘', '\'']) {
        return None;
    }
    let p = super::pieces::lex(inner);
    let iv = View { text: inner, p: &p };
    if iv.kind(0) != Some(Kind::Quoted) {
        return None;
    }
    let b = after_by(&iv, 1)?;
    let (artists, _, _) = artist_after(&iv, b, tables)?;
    let before = v.p[k - 1];
    let name = crate::normalize::trim_punct(v.t(k - 1));
    let named = dramas
        .iter()
        .any(|d| d.line == line && d.start <= before.start && before.end <= d.end);
    let shaped = || {
        crate::shape::title_like(&name)
            && evidence::performer(tables, &name) < 0.5
            && !evidence::not_a_name(&name)
    };
    if !(named || shaped()) {
        return None;
    }
    let track = crate::normalize::trim_punct(iv.t(0));
    let mut s = Song::new(
        line,
        v.p[k].start,
        v.p[k].end,
        &track,
        &artists,
        "prose.drama_bracket_credit",
        true,
        false,
    )
    .in_drama(name);
    s.credit_tie = "line";
    Some(s)
}

/// The songs in bracket `k` after a singer's name, each quoted title with its drama:
/// `A (“T” for D and “U” for E)`, `A (“T,” D)`. The name before reads as a performer
/// and names no drama; every title in the bracket has its drama after it.
fn singer_bracket_songs(line: usize, v: &View, k: usize, tables: &Tables) -> Vec<Song> {
    let inner = v.t(k);
    if v.kind(k - 1) != Some(Kind::Run) || !inner.trim_start().starts_with(['"', '“', '‘']) {
        return Vec::new();
    }
    let name = v.t(k - 1);
    if evidence::performer(tables, name) < 0.5 || evidence::drama(tables, name) > 0.0 {
        return Vec::new();
    }
    let p = super::pieces::lex(inner);
    let iv = View { text: inner, p: &p };
    let mut out = Vec::new();
    let mut i = 0;
    while iv.kind(i) == Some(Kind::Quoted) {
        // `“T” for D`, `“T,” D` (the comma inside the quote or after it).
        let comma_in = iv.t(i).ends_with(',');
        let d = if iv.is_any(i + 1, &["for", "from", "in"])
            || iv.kind(i + 1) == Some(Kind::Sep) && iv.t(i + 1) == ","
        {
            i + 2
        } else if comma_in {
            i + 1
        } else {
            return Vec::new();
        };
        if !matches!(iv.kind(d), Some(Kind::Run | Kind::Quoted)) || evidence::not_a_name(iv.t(d)) {
            return Vec::new();
        }
        let track = crate::normalize::trim_punct(iv.t(i));
        let mut s = Song::new(
            line,
            v.p[k].start,
            v.p[k].end,
            &track,
            name,
            "prose.singer_bracket_songs",
            true,
            true,
        )
        .in_drama(crate::normalize::trim_punct(iv.t(d)));
        s.credit_tie = "line";
        out.push(s);
        // The next title after `and` or a comma, or the bracket's end.
        i = d + 1;
        if iv.is(i, "and") || iv.kind(i) == Some(Kind::Sep) && iv.t(i) == "," {
            i += 1;
        }
        if iv.is(i, "and") {
            i += 1;
        }
    }
    if i < iv.p.len() {
        return Vec::new();
    }
    out
}

/// A bracket after a song's title that holds its singer and its drama, apart by a
/// comma: `MINTY, Kiss of the Tiger Moth`, `Seolhee of LUMINA, Hotel Azalea`. The singer
/// reads as a performer, the drama as a title (capitalised, no person's, no year).
fn credit_and_title<'a>(inner: &'a str, tables: &Tables) -> Option<(&'a str, &'a str)> {
    let (a, d) = inner.split_once(", ")?;
    let d = d.trim();
    (evidence::performer(tables, a) >= 0.5
        && d.contains(' ')
        && crate::shape::title_like(d)
        && evidence::performer(tables, d) < 0.5
        && !evidence::not_a_name(d)
        && !work_facts(d))
    .then_some((a.trim(), d))
}

/// A credit a few words after quoted title `k`, after a word of singing: `“T” features
/// the vocals of A`, `“T” is a duet between A and B`, `“T,” recorded with a choir by A`;
/// or a singer's possessive after a copula, `“T” was A’s contribution`. The credit and
/// its end.
fn credit_in_words(v: &View, k: usize, tables: &Tables) -> Option<(String, usize)> {
    const SINGING: &[&str] = &[
        "vocals",
        "vocal",
        "voice",
        "voices",
        "duet",
        "collaboration",
        "collab",
        "sung",
        "sang",
        "sings",
        "performed",
        "recorded",
        "singing",
        "debut",
    ];
    let mut j = k + 1;
    // (`“T”, a duet between A and B`, `“T” – a duet between …`.)
    if v.kind(j) == Some(Kind::Sep) && matches!(v.t(j), "," | "–" | "—" | "-") {
        j += 1;
    }
    // `was A’s contribution`: the copula, then a singer who owns something.
    if v.t(k).ends_with(['.', '!', '?']) {
        return None;
    }
    if v.is_any(j, &["is", "was"])
        && v.kind(j + 1) == Some(Kind::Run)
        && v.kind(j + 2) == Some(Kind::Poss)
        && evidence::performer(tables, v.t(j + 1)) >= 0.6
    {
        return Some((v.t(j + 1).to_string(), v.p[j + 1].end));
    }
    // Within the title's sentence (`“T.” It is sung by A` is the next one's credit).
    let (_, e) = sentence_bounds(v, k);
    let mut sung = false;
    for _ in 0..8 {
        if v.kind(j) != Some(Kind::Word) || j >= e {
            return None;
        }
        // `a pop tune from singer A`, `comes from girl group B`: a role calls the name.
        if let Some(r) = v
            .is_any(j, &["by", "from"])
            .then(|| role_phrase_end(v, j + 1))
            .flatten()
        {
            return artist_after(v, r, tables).map(|(a, _, e)| (a, e));
        }
        if sung && v.is_any(j, &["by", "of", "between", "from"]) {
            let at = role_phrase_end(v, j + 1).unwrap_or(j + 1);
            return artist_after(v, at, tables)
                .filter(|a| evidence::performer(tables, &a.0) >= 0.5)
                .map(|(a, _, e)| (a, e));
        }
        sung |= v.is_any(j, SINGING);
        j += 1;
    }
    None
}

/// Whether the Hangul bracket after quote `k` names its singer as another quote's
/// bracket on the line does with a known singer: `‘T1’(A)과 ‘T2’(윤하)이`. `singers`
/// holds the line's brackets of known singers after a quote, found once for the line.
fn parallel_singer(
    v: &View,
    k: usize,
    tables: &Tables,
    singers: &std::cell::OnceCell<Vec<usize>>,
) -> bool {
    if v.kind(k + 1) != Some(Kind::Bracket) {
        return false;
    }
    let b = v.t(k + 1);
    has_hangul(b)
        && !has_ost(b)
        && evidence::drama(tables, b) == 0.0
        && !evidence::not_a_name(b)
        && singers
            .get_or_init(|| {
                (1..v.p.len())
                    .filter(|&j| {
                        v.p[j].kind == Kind::Bracket
                            && v.p[j - 1].kind == Kind::Quoted
                            && evidence::performer(tables, v.t(j)) >= 0.6
                    })
                    .collect()
            })
            .iter()
            .any(|&j| j != k + 1)
}

/// Whether the line is one name with `from` or `for` in it, glossed whole in the other
/// script: `Winter Letters from Jeju (제주에서 온 겨울편지)` is one title, not a song
/// from a drama.
fn glossed_whole(v: &View, k: usize) -> bool {
    k == 2
        && v.p.len() == 4
        && v.kind(0) == Some(Kind::Run)
        && v.kind(3) == Some(Kind::Bracket)
        && has_hangul(v.t(3))
}

/// Whether a Korean word ends as a clause's words end (a verb's ending or a case
/// particle), so it is no part of a name before it: `앨범에서`, `발매되며`, `노래를`.
fn ends_as_clause(w: &str) -> bool {
    [
        "에서", "에", "며", "고", "다", "을", "를", "은", "는", "도", "로", "서",
    ]
    .iter()
    .any(|e| w.ends_with(e))
}

/// Drama mentions in a line: `D OST`, `(D OST)`, `drama D`, `드라마 ‘D’`, `‘D’ OST`,
/// `for D` after a song word, `<D>`, and known titles.
fn drama_mentions(
    line: usize,
    v: &View,
    tables: &Tables,
    known: &[(usize, usize)],
    out: &mut Vec<DramaMention>,
    used: &mut [bool],
) {
    let n = v.p.len();
    // Whether the line has what ends a bare Korean title (`drama.bare_ost`), asked once.
    let ends_bare =
        v.p.iter()
            .any(|q| matches!(q.kind, Kind::Ost | Kind::Bracket));
    for k in 0..n {
        let p = v.p[k];
        let mention = |strength: f32, cue: &'static str| DramaMention {
            line,
            start: p.start,
            end: p.end,
            name: v.t(k).to_string(),
            strength,
            cue,
        };
        // A show named at the end of the piece, after words that are not its title.
        let tail = |name: &str, strength: f32, cue: &'static str| DramaMention {
            start: p.end - name.len(),
            name: name.to_string(),
            ..mention(strength, cue)
        };
        // What only a show has or is (`D ep 9`, `I watched D`) names one; a title the
        // tables know keeps the strength its name alone has (`if you watched Reply 1988`).
        let part_strength = |name: &str| {
            if evidence::drama(tables, name) > 0.0 {
                known_strength(name, false).max(0.75)
            } else {
                0.75
            }
        };
        // A show named by its episodes (`D ep 9`, `episode 4 of D`).
        let part_of = |name: &str| {
            let bare = crate::normalize::trim_punct(name);
            let strength = part_strength(&bare);
            DramaMention {
                name: bare,
                ..tail(name, strength, "drama.part_of")
            }
        };
        // `From The Night Courier`, `From “D”`: a line of its own under a song's item
        // names the item's drama.
        let alone = n == 1 || n == 2 && v.kind(1) == Some(Kind::Punct);
        if k == 0 && alone && p.kind == Kind::Run {
            if let Some(rest) = v.t(0).strip_prefix("From ") {
                // `From Wikipedia, the free encyclopedia`, `From DramaWiki Community`: a
                // site's tagline.
                let site = rest.split_whitespace().any(|w| {
                    let w = w.to_lowercase();
                    w.contains("wiki")
                        || ["community", "forum", "forums", "encyclopedia", "fandom"]
                            .contains(&w.as_str())
                });
                if crate::shape::title_like(rest) && !evidence::not_a_name(rest) && !site {
                    out.push(tail(rest, 0.8, "drama.from_line"));
                    used[k] = true;
                    continue;
                }
            }
        }
        // `In Goblin, …`, `For Signal, Jang sang …`: a sentence that opens on a known
        // title after its preposition, set off by a comma, names that drama (the lexer
        // runs the capitalised preposition into the title).
        // So does one after a capitalised word and a lowercase preposition (`Over on D,`).
        let opens = k == 0 || v.kind(k - 1) == Some(Kind::Punct);
        if opens && p.kind == Kind::Run && v.t(k + 1) == "," {
            let run = v.t(k);
            let after_preposition = || {
                let (first, rest) = run.split_once(' ')?;
                let (word, rest) = rest.split_once(' ')?;
                (first.starts_with(char::is_uppercase)
                    && ["on", "in", "to", "for", "with", "from"].contains(&word))
                .then_some(rest)
            };
            if let Some(rest) = ["In ", "For ", "From "]
                .iter()
                .find_map(|w| run.strip_prefix(w))
                .or_else(after_preposition)
                .filter(|r| evidence::drama(tables, r) > 0.0 && !tables.is_known_performer(r))
            {
                out.push(tail(rest, 0.8, "drama.known"));
                used[k] = true;
                continue;
            }
        }
        // `T by A (from D)`: a bracket after a song's title or credit that says where
        // the song is from. After a singer's name, one word is as often where she is
        // from (`A (from Busan)`).
        if p.kind == Kind::Bracket
            && k > 0
            && matches!(v.kind(k - 1), Some(Kind::Run | Kind::Quoted))
        {
            let inner = v.t(k);
            // (`(from 2020's Start-Up)`: the year's possessive dates the title.)
            let rest = ["from ", "From "]
                .iter()
                .find_map(|c| inner.strip_prefix(c))
                .map(|r| {
                    let year = r
                        .get(..4)
                        .is_some_and(|y| y.bytes().all(|b| b.is_ascii_digit()));
                    match r.get(4..).filter(|_| year) {
                        Some(after) => after
                            .strip_prefix("'s ")
                            .or_else(|| after.strip_prefix("’s "))
                            .unwrap_or(r),
                        None => r,
                    }
                });
            let after_singer = || {
                v.kind(k - 1) == Some(Kind::Run) && evidence::performer(tables, v.t(k - 1)) >= 0.5
            };
            // (`(From Good to Devastating)`: a range's ends, no work; a known title
            // with `to` in it is one.)
            let range = |r: &str| r.contains(" to ") && evidence::drama(tables, r) == 0.0;
            if let Some(rest) = rest.map(str::trim).filter(|r| {
                crate::shape::title_like(r)
                    && !range(r)
                    && !evidence::not_a_name(r)
                    && evidence::performer(tables, r) < 0.5
                    && (r.contains(' ') || evidence::drama(tables, r) > 0.0 || !after_singer())
            }) {
                let end = p.inner.0 + inner.trim_end().len();
                out.push(DramaMention {
                    start: end - rest.len(),
                    end,
                    name: rest.to_string(),
                    ..mention(0.8, "drama.from_bracket")
                });
                used[k] = true;
                continue;
            }
        }
        if k == 1
            && n <= 3
            && v.is_any(0, &["from"])
            && matches!(p.kind, Kind::Run | Kind::Quoted)
            && (n == 2 || v.kind(2) == Some(Kind::Punct))
            && !evidence::not_a_name(v.t(k))
        {
            out.push(mention(0.8, "drama.from_line"));
            used[k] = true;
            continue;
        }
        // `영화 <D>`, `영화 ‘D’의`, `the film D`, `예능 ‘D’`, `the variety show D`, `웹툰
        // ‘D’`: a film's, a show's or a webtoon's title, named with its word so that its
        // songs are known for no drama's (`other_work`).
        // `the music show D`, `the talk show D`: a show that is no drama.
        // `the variety show W`, `the audition program V`: a show of another kind.
        let variety = k > 1
            && v.is_any(k - 1, &["show", "program", "programme"])
            && v.is_any(k - 2, SHOW_KINDS);
        if matches!(p.kind, Kind::Run | Kind::Quoted)
            && k > 0
            && (variety
                || v.is_any(
                    k - 1,
                    &[
                        "영화",
                        "film",
                        "movie",
                        "예능",
                        "웹툰",
                        "네이버웹툰",
                        "webtoon",
                    ],
                ))
        {
            let word = if variety {
                format!("{} show", v.t(k - 2).to_lowercase())
            } else {
                v.t(k - 1).to_lowercase()
            };
            out.push(DramaMention {
                name: format!("{word} {}", v.t(k)),
                ..mention(0.95, "drama.film")
            });
            used[k] = true;
            continue;
        }
        // `*Crown of Ashes*`, `_Quiet Hours_`: plain text sets a work's title in italics
        // (a song's goes in quotes); not one a credit follows (`*T* by A`) or a singer owns
        // (`Jo Ha-neul's _Letters_`).
        if let Some((first, last, inner)) = italic(v, k) {
            let owned = first > 0 && v.kind(first - 1) == Some(Kind::Poss);
            if may_be_title(v, k, tables, 0.6) && !owned && !v.is(last + 1, "by") {
                let start = p.start + usize::from(first == k);
                out.push(DramaMention {
                    start,
                    end: start + inner.len(),
                    name: inner.to_string(),
                    ..mention(0.8, "drama.italic")
                });
                used[k] = true;
                continue;
            }
        }
        // `D OST`, `‘D’ OST`, `‘D’OST`
        // A Korean word before `OST` is a drama only in quotes or when known (`에 OST`).
        let hangul_run =
            p.kind == Kind::Run && has_hangul(v.t(k)) && evidence::drama(tables, v.t(k)) == 0.0;
        // `‘D’의 OST`, `Goblin’s OST`: the possessive of a name that is no singer.
        // A bracket of production credits may sit between (`‘D’(극본 A, 연출 B)의 OST`),
        // or a word of the album's kind after a quoted title (`‘D’ 스페셜 OST`), or of its
        // count (`‘D’ 첫 OST`, `‘D’ 세번째 OST`).
        let next = if p.kind == Kind::Quoted
            && (v.kind(k + 1) == Some(Kind::Bracket)
                || v.kind(k + 2) == Some(Kind::Ost)
                    && (is_album_word(v.t(k + 1))
                        || ko_count(v.t(k + 1))
                        || v.is_any(k + 1, &["full", "first", "new", "original", "official"])))
            // `The Salt Road original soundtrack`: the album's lowercase word between.
            || p.kind == Kind::Run
                && v.kind(k + 2) == Some(Kind::Ost)
                && v.is_any(k + 1, &["original", "official"])
        {
            k + 2
        } else if p.kind == Kind::Quoted
            && v.kind(k + 3) == Some(Kind::Ost)
            && v.kind(k + 1) == Some(Kind::Run)
            && v.t(k + 2) == "번째"
        {
            // `‘D’ 두 번째 OST`: its count between.
            k + 3
        } else {
            k + 1
        };
        // `‘D’의 마지막 OST`, `D’s fourth OST`: a few words may stand between.
        let poss_ost = v.kind(next) == Some(Kind::Poss)
            && (next + 1..(next + 4).min(n))
                .take_while(|&i| matches!(v.kind(i), Some(Kind::Word | Kind::Run | Kind::Ost)))
                .any(|i| v.kind(i) == Some(Kind::Ost))
            && (p.kind == Kind::Quoted || v.kind(next + 1) == Some(Kind::Ost))
            && evidence::performer(tables, v.t(k)) < 0.6;
        // `Starline Music Releases Complete Original Soundtrack for Hit Series “D”`: a
        // soundtrack said to be for a drama is that drama's; the words before it are not.
        let for_another = v.kind(next) == Some(Kind::Ost) && v.is(next + 1, "for");
        // `Best New OST Artist`, `Best OST Award`: an award's category, no drama's OST.
        let award = v.kind(next) == Some(Kind::Ost)
            && v.is_any(
                next + 1,
                &["artist", "award", "awards", "singer", "vocalist", "prize"],
            );
        // `Few OSTs have …`, `Autumn OST season is here`: a sentence's first word is
        // capitalised as any is; one that is a common word, or before a plural `OSTs` (a
        // drama has one soundtrack), is no title unless the tables know it. A post's
        // tag (`[Discussion] Weekly OST thread`) opens no sentence of its own, nor does a
        // reply's label (`Re: Underrated OSTs from 2000s dramas?`).
        let opening_word = p.kind == Kind::Run
            && !v.t(k).contains(' ')
            && (k == 0
                || v.kind(k - 1) == Some(Kind::Punct)
                || k == 1 && v.kind(0) == Some(Kind::Bracket)
                || k == 2 && v.kind(1) == Some(Kind::Sep) && v.t(1) == ":")
            && v.t(k).chars().skip(1).any(char::is_lowercase)
            && (crate::shape::is_common_word(v.t(k))
                || v.kind(next) == Some(Kind::Ost) && v.t(next).ends_with('s'))
            && tables.drama_canonical(v.t(k)).is_none();
        if matches!(p.kind, Kind::Run | Kind::Quoted)
            && !hangul_run
            && (v.kind(next) == Some(Kind::Ost) || poss_ost)
            && !for_another
            && !award
            && !opening_word
            && !evidence::not_a_name(v.t(k))
        {
            // `Moonlit Ferry Original Soundtrack`: the album's kind is no part of the name.
            let name = if p.kind == Kind::Run {
                strip_network(&strip_ost(v.t(k)))
            } else {
                strip_network(v.t(k))
            };
            // `The CLOY soundtrack`: the sentence's article before a known title.
            let name = match name.strip_prefix("The ") {
                Some(rest)
                    if tables.drama_canonical(rest).is_some()
                        && tables.drama_canonical(&name).is_none() =>
                {
                    rest.to_string()
                }
                _ => name,
            };
            // `Why Hotel Del Luna Has the Most Perfect Soundtrack`: a headline's run that
            // holds a known title of two words or more amid two words or more of its own
            // names that title (`Hotel Del Luna 2 OST` stays whole).
            // `7 Goblin OST Songs`, `Top 10 D OSTs`: a listicle's count before a known
            // title is no part of it.
            let name = match tables.drama_canonical(&name) {
                // (So is a determiner before it: `Every D OST`, `My Favourite D OSTs`;
                // not a noun that opens an unknown title, `Blossom` of `Blossom Between Us`.)
                None if p.kind == Kind::Run => known_inside(&name, tables, |title, outside| {
                    title.contains(' ')
                        && (outside.len() >= 2
                            || name.ends_with(title)
                                && outside.iter().all(|w| {
                                    LIST_DETERMINERS.iter().any(|d| w.eq_ignore_ascii_case(d))
                                }))
                })
                // (`Every Goblin OST Song`: a one-word title after determiners alone.)
                .or_else(|| {
                    let mut rest = name.as_str();
                    while let Some((w, r)) = rest.split_once(' ') {
                        if !LIST_DETERMINERS.iter().any(|d| w.eq_ignore_ascii_case(d)) {
                            break;
                        }
                        rest = r;
                    }
                    (rest.len() < name.len() && tables.drama_canonical(rest).is_some())
                        .then(|| rest.to_string())
                })
                .or_else(|| {
                    let rest = name.trim_start_matches("Top ");
                    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
                    let title = rest[digits..].strip_prefix(' ')?;
                    (digits > 0 && tables.drama_canonical(title).is_some())
                        .then(|| title.to_string())
                })
                .unwrap_or(name),
                _ => name,
            };
            if !name.is_empty()
                && !listing(&name)
                && !kind_only(&name)
                && !describes_a_drama(&name, tables)
                && !tables.knows_performer(&name)
                && (p.kind != Kind::Run || !list_heading(&name, tables))
            {
                // `The Pharmacist's Garden OST`: a title's own possessive, its owner
                // neither a person's shape nor a broadcaster.
                let owner = (p.kind == Kind::Run
                    && k >= 2
                    && v.kind(k - 1) == Some(Kind::Poss)
                    && v.t(k - 1) != "의"
                    && v.close(k - 1, k)
                    && v.kind(k - 2) == Some(Kind::Run))
                .then(|| v.t(k - 2))
                .filter(|o| {
                    crate::shape::title_like(o)
                        && evidence::performer(tables, o) == 0.0
                        && !is_network(o)
                        && !evidence::not_a_name(o)
                });
                // `the Hello, My Neighbor OST`: after the sentence's article, a name, its
                // comma and a name are one title, its comma its own.
                let comma = (p.kind == Kind::Run
                    && k >= 3
                    && v.is_any(k - 3, &["the", "The"])
                    && own_comma(v, k - 2, tables))
                .then(|| v.t(k - 2));
                // `Harbor Lights: The Return OST (tvN Drama) [2CD]`: an album's name, a
                // title and its subtitle, are one name; not a label (`Drama: D OST`), a
                // singer (`Taeyeon: D OST`) or a column's name (`The Five: My Favorite OST
                // Songs`) before its colon.
                let album = || {
                    (next + 1..n).all(|i| {
                        matches!(v.kind(i), Some(Kind::Bracket | Kind::Sep))
                            || evidence::album_format(v.t(i))
                    })
                };
                let subtitle = (p.kind == Kind::Run
                    && k == 2
                    && v.t(1) == ":"
                    && v.kind(0) == Some(Kind::Run)
                    && v.p[1].start == v.p[0].end
                    && album())
                .then(|| v.t(0))
                .filter(|a| {
                    crate::shape::title_like(a)
                        && evidence::performer(tables, a) < 0.6
                        && !is_network(a)
                        && !evidence::not_a_name(a)
                        && !super::is_fact_label(a)
                        && super::label(v).is_none()
                });
                let (start, name) = match owner.or(comma).or(subtitle) {
                    Some(_) => {
                        let s = v.p[k - 2].start;
                        (s, format!("{}{}", &v.text[s..p.start], name))
                    }
                    None => (p.start, name),
                };
                out.push(DramaMention {
                    start,
                    name,
                    ..mention(0.95, "drama.ost")
                });
                used[k] = true;
                continue;
            }
        }
        // `the OST of D (2012)`, `the soundtrack for D`, `the OST lineup for D`
        let gap = usize::from(
            v.kind(k + 1) == Some(Kind::Word) && !v.is_any(k + 1, &["of", "for", "by"]),
        );
        if p.kind == Kind::Ost
            && v.is_any(k + 1 + gap, &["of", "for"])
            && matches!(v.kind(k + 2 + gap), Some(Kind::Run) | Some(Kind::Quoted))
        {
            let q = v.p[k + 2 + gap];
            let name = strip_network(v.t(k + 2 + gap));
            if !evidence::not_a_name(&name) && evidence::performer(tables, &name) < 0.6 {
                out.push(DramaMention {
                    line,
                    start: q.start,
                    end: q.end,
                    name,
                    strength: 0.85,
                    cue: "drama.ost_of",
                });
                used[k + 2 + gap] = true;
            }
            continue;
        }
        // `The songs of D`, `All the music from D`: a show's songs, named by its title (a
        // known one is the known titles' to read).
        if p.kind == Kind::Word
            && v.is_any(k, &["songs", "music"])
            && v.is_any(k + 1, &["of", "from"])
            && matches!(v.kind(k + 2), Some(Kind::Run) | Some(Kind::Quoted))
            && !used[k + 2]
        {
            let q = v.p[k + 2];
            let name = strip_network(v.t(k + 2));
            let known_here = tables
                .drama_spans(&v.text[q.start..])
                .first()
                .is_some_and(|&(s, _)| s == 0);
            if crate::shape::title_like(&name)
                && !known_here
                && !evidence::not_a_name(&name)
                && !evidence::dated(&name)
                && evidence::performer(tables, &name) < 0.6
                && !is_network(&name)
            {
                out.push(DramaMention {
                    line,
                    start: q.start,
                    end: q.end,
                    name,
                    strength: 0.8,
                    cue: "drama.songs_of",
                });
                used[k + 2] = true;
                continue;
            }
        }
        // `Winter Harbor (2019)`: a name with its year in brackets is a title; with its
        // broadcaster too (`Moon Tide (JTBC, 2022)`), even one of a person's shape.
        if matches!(p.kind, Kind::Run | Kind::Quoted)
            && !hangul_run
            && v.kind(k + 1) == Some(Kind::Bracket)
            && work_facts(v.t(k + 1))
            && !evidence::not_a_name(v.t(k))
            && !numbered_part(v.t(k))
            && (evidence::performer(tables, v.t(k)) < 0.6
                || v.t(k + 1).split([',', ' ']).any(is_network))
        {
            out.push(bracketed_title(v, k, line, "drama.year", tables));
            used[k] = true;
            continue;
        }
        // `Review: ‘The Tailor of Euljiro’ Stitches …`, `‘D’ Recap: …`: what a review or
        // a recap is of, a headline's kicker says, is a show (a single has reviews too,
        // but none that is its kicker's whole object, and no recaps).
        let kicker = |i: usize, kinds: &[&str]| {
            v.t(i)
                .split_whitespace()
                .next()
                .is_some_and(|w| kinds.iter().any(|c| c.eq_ignore_ascii_case(w)))
        };
        if p.kind == Kind::Quoted
            && (k >= 2 && v.t(k - 1) == ":" && kicker(k - 2, &["review", "recap", "preview"])
                || matches!(v.kind(k + 1), Some(Kind::Run | Kind::Word))
                    && kicker(k + 1, &["recap"]))
            && crate::shape::title_like(v.t(k))
            && may_be_title(v, k, tables, 0.6)
        {
            out.push(mention(0.85, "drama.reviewed"));
            used[k] = true;
            continue;
        }
        // `[Summer Harbor] what's the song in ep 6??`: a forum post's title tags its show
        // in square brackets before the question (a tag of one word is as often the
        // post's kind, `[Discussion]`, unless the tables know the title).
        if k == 0
            && p.kind == Kind::Bracket
            && v.text[p.start..].starts_with('[')
            && v.kind(1) == Some(Kind::Word)
            && crate::shape::title_like(v.t(0))
            && (v.t(0).contains(' ') || tables.drama_canonical(v.t(0)).is_some())
            && !list_heading(v.t(0), tables)
            && may_be_title(v, 0, tables, 0.6)
        {
            out.push(DramaMention {
                start: p.inner.0,
                end: p.inner.1,
                ..mention(0.85, "drama.tag")
            });
            used[k] = true;
            continue;
        }
        // `Under the Ginkgo Roof · Part 3`, `Bloom in Namsan, Part 2`: a line that is a
        // name and a part number names a soundtrack's part, so the name is its drama's;
        // so does a wiki's subpage of the name's soundtrack (`Moon Tide/Soundtrack`).
        // (`▸ D, Part 3: “T” – A`, `D, OST 2: “T”`: the same before a colon and the song.)
        let part = v.kind(2) == Some(Kind::Run) && super::layout::is_part(v.t(2).trim())
            || n > 3 && v.t(1) == "," && v.kind(2) == Some(Kind::Ost);
        let subpage = v.t(1) == "/"
            && v.kind(2) == Some(Kind::Ost)
            && (0..2).all(|i| v.p.get(i + 1).is_some_and(|q| q.start == v.p[i].end));
        // (`OST 2` is two pieces.)
        let colon = if v.kind(2) == Some(Kind::Ost)
            && v.kind(3) == Some(Kind::Run)
            && v.t(3).bytes().all(|b| b.is_ascii_digit())
        {
            4
        } else {
            3
        };
        let labelled = || n > colon && v.t(colon) == ":" && v.kind(colon + 1) == Some(Kind::Quoted);
        if k == 0
            && matches!(p.kind, Kind::Run | Kind::Quoted)
            && !hangul_run
            && (n == 3 || labelled())
            && v.kind(1) == Some(Kind::Sep)
            && (part || subpage)
            && crate::shape::title_like(v.t(0))
            && !list_heading(v.t(0), tables)
            && may_be_title(v, 0, tables, 0.6)
        {
            out.push(mention(
                0.85,
                if part {
                    "drama.part_label"
                } else {
                    "drama.subpage"
                },
            ));
            used[k] = true;
            continue;
        }
        // `“T” (Winter Harbor, 2019)`: a bracket after a quoted song that names a title
        // and its year.
        if p.kind == Kind::Bracket && k > 0 && v.kind(k - 1) == Some(Kind::Quoted) {
            let inner = v.t(k).trim();
            let bare = inner
                .trim_end_matches(|c: char| c.is_ascii_digit())
                .trim_end_matches([',', ' ']);
            let year = bare.len() < inner.len() && inner.len() - bare.len() >= 4;
            // Without the year a bracket is as often a gloss or a translation, unless it
            // holds a known title and nothing else (`“Stay With Me” (Goblin)`). A bracket
            // in the other script is the quote's own name in it (`“D” (폭싹 속았수다)`).
            let gloss = has_hangul(v.t(k - 1)) != has_hangul(inner);
            // A title that is a singer's name too is the drama where the line's other
            // quotes' brackets name dramas (`‘T1’(아이리스), ‘T2’(자명고)`).
            let parallel = || {
                (1..n).any(|j| {
                    j != k
                        && v.kind(j) == Some(Kind::Bracket)
                        && v.kind(j - 1) == Some(Kind::Quoted)
                        && tables.is_drama(v.t(j).trim())
                        && !tables.is_known_performer(v.t(j).trim())
                })
            };
            let known_whole = !gloss
                && tables.is_drama(inner)
                && (!tables.is_known_performer(inner) || parallel());
            // `A의 ‘T1’(D1), B의 ‘T2’(D2)`: the singer owns the title already; the bracket
            // after it names the work, whatever its shape.
            let owned = k >= 3
                && v.kind(k - 2) == Some(Kind::Poss)
                && v.t(k - 2) == "의"
                && v.kind(k - 3) == Some(Kind::Run)
                && has_hangul(inner)
                && !gloss
                && !super::layout::is_part(inner)
                && !tables.is_known_performer(inner);
            let titled = known_whole || owned;
            if (year || titled)
                && !bare.is_empty()
                && bare.split_whitespace().count() <= 8
                && !evidence::not_a_name(bare)
                // The tables' title outweighs a person's shape (`Moon Tide`).
                && (titled || evidence::performer(tables, bare) < 0.6)
                && !has_ost(bare)
                && !is_network(bare)
                && !["feat", "ft"]
                    .iter()
                    .any(|f| bare.to_lowercase().starts_with(f))
                && crate::normalize::key(bare).chars().any(char::is_alphabetic)
            {
                out.push(DramaMention {
                    line,
                    start: p.start,
                    end: p.end,
                    name: bare.to_string(),
                    strength: 0.85,
                    cue: "drama.bracket",
                });
                used[k] = true;
                continue;
            }
            // `“Little Lies” (MINTY, Kiss of the Tiger Moth)`: the singer, then the drama.
            if let Some((_, d)) = credit_and_title(inner, tables) {
                out.push(mention_within(v, line, d, "drama.bracket"));
                used[k] = true;
                continue;
            }
        }
        // `(from the film “D”)`, `(영화 ‘D’ OST)`: a film's song, no drama's.
        if p.kind == Kind::Bracket && other_work(v.t(k).trim_start_matches("from ")).is_some() {
            out.push(DramaMention {
                name: v.t(k).trim().to_string(),
                ..mention(0.95, "drama.film")
            });
            used[k] = true;
            continue;
        }
        // `(JTBC ‘D’)`: a broadcaster and its quoted title in brackets.
        if p.kind == Kind::Bracket && !has_ost(v.t(k)) {
            let t = v.t(k).trim();
            let quoted_after = after_network(t).is_some_and(|r| {
                r.starts_with(['\'', '‘', '“', '"', '《', '<', '『', '「', '〈', '≪', '＜'])
            });
            let name = strip_network(t);
            if quoted_after && !name.is_empty() && !evidence::not_a_name(&name) {
                out.push(DramaMention {
                    name,
                    ..mention(0.9, "drama.network")
                });
                used[k] = true;
                continue;
            }
        }
        // `“T” — A (Salt Harbor, SBS)`: a name, then its broadcaster (and its year): what
        // a broadcaster airs is a drama. (`Salt Harbor (소금 항구, tvN)` glosses the title
        // before it, read above.)
        let glossed = k > 0 && used[k - 1];
        if p.kind == Kind::Bracket && !glossed {
            if let Some(name) = name_and_network(v.t(k), tables) {
                out.push(mention_within(v, line, name, "drama.name_network"));
                used[k] = true;
                continue;
            }
        }
        // `(D OST)`, `(KBS ‘D’ OST)`, `(D)` after a song is left to the layouts.
        if p.kind == Kind::Bracket && has_ost(v.t(k)) {
            let name = strip_network(&strip_ost(v.t(k)));
            // `[Photo: “D” OST lineup poster]`: a caption's quoted title before the OST.
            let name = match name.rfind(['“', '‘', '"', '《', '『', '「']) {
                Some(at) if at > 0 => name[at..]
                    .trim_start_matches(['“', '‘', '"', '《', '『', '「'])
                    .trim_end_matches(['”', '’', '"', '》', '』', '」'])
                    .to_string(),
                _ => name,
            };
            // `(the OST album isn't out yet)`, `(Original Motion Picture Soundtrack)`: no
            // title, or a film's.
            let film = ["motion picture", "movie", "film", "영화"]
                .iter()
                .any(|f| v.t(k).to_lowercase().contains(f));
            // `[이주의 OST]`: a possessive (this week's) names no title.
            let owned = has_hangul(&name) && name.ends_with('의');
            if !name.is_empty() && !evidence::not_a_name(&name) && !film && !owned {
                out.push(DramaMention {
                    name,
                    ..mention(0.95, "drama.ost_bracket")
                });
                used[k] = true;
                continue;
            }
            // `Lovely Runner (Original Television Soundtrack)`: an album's name, the
            // bracket saying what kind of album it is.
            if kind_only(&name) && !film && k == 1 && v.kind(0) == Some(Kind::Run) {
                let name = strip_network(v.t(k - 1));
                if !evidence::not_a_name(&name) && !tables.knows_performer(&name) {
                    let q = v.p[k - 1];
                    out.push(DramaMention {
                        line,
                        start: q.start,
                        end: q.end,
                        name,
                        strength: 0.95,
                        cue: "drama.ost",
                    });
                    used[k - 1] = true;
                    continue;
                }
            }
        }
        // `드라마 하얀 소금 항구 OST`, `KBS2 푸른 정원 OST`, `수목드라마 마지막 우체국(극본 A,
        // 연출 B)이`: a bare Korean title between its cue word and its soundtrack or its
        // production credits.
        if ends_bare
            && p.kind == Kind::Run
            && k > 0
            && has_hangul(v.t(k))
            && (is_drama_word(v, k - 1) || is_network(v.t(k - 1)))
        {
            let o = (k + 1..n.min(k + 12)).find(|&i| {
                v.kind(i) == Some(Kind::Ost)
                    || v.kind(i) == Some(Kind::Bracket) && production_credits(v.t(i))
            });
            if let Some(o) = o.filter(|&o| bare_hangul_title(v, o, k) == Some(k)) {
                let end = v.p[o - 1].end;
                out.push(DramaMention {
                    end,
                    name: v.text[p.start..end].to_string(),
                    ..mention(0.9, "drama.bare_ost")
                });
                used[k..o].fill(true);
                continue;
            }
        }
        // `drama D`, `the tvN series “D”`, `드라마 ‘D’`, `월화미니시리즈 ‘D’`
        // `JTBC ‘D’는`, `넷플릭스 ‘D’가`: Korean news writes a broadcaster or a streamer
        // right before its drama's quoted title.
        let ko_network = || p.kind == Kind::Quoted && has_hangul(v.t(k)) && is_network(v.t(k - 1));
        if matches!(p.kind, Kind::Run | Kind::Quoted)
            && !hangul_run
            && k > 0
            && (is_drama_word(v, k - 1) || ko_network() || v.is_any(k - 1, GENRES))
            && !evidence::not_a_name(v.t(k))
            // `드라마 ‘D-T’, ‘D2-T2’`: the quotes are pairs, the drama inside them.
            && (p.kind != Kind::Quoted
                || quoted_drama_pair(v.t(k), tables).is_none()
                    && (loose_pair(v.t(k)).is_none() || !line_has_pairs(v, tables)))
        {
            let mut name = strip_network(v.t(k));
            let mut end = p.end;
            // `drama Love Song for the Lost Dog aired`: a bare title goes on past its
            // small words to the next capitalised run (not a known title's: `Goblin in
            // Seoul`).
            if p.kind == Kind::Run && evidence::drama(tables, &name) == 0.0 {
                let mut j = k + 1;
                while j < k + 3 && v.is_any(j, &["for", "the", "of", "a", "an", "to", "with"]) {
                    j += 1;
                }
                if j > k + 1
                    && v.kind(j) == Some(Kind::Run)
                    && v.t(j).starts_with(|c: char| c.is_uppercase())
                    && (k..j).all(|i| v.close(i, i + 1))
                {
                    end = v.p[j].end;
                    name = v.text[p.start..end].to_string();
                    used[k + 1..=j].fill(true);
                }
            }
            // A known drama's title that is also some singer's name (`the drama Hwarang`)
            // is the drama after its cue.
            let known = evidence::drama(tables, &name) > 0.0;
            // (`a drama PD`: a trade's initials, no title.)
            if !name.is_empty()
                && (known || !tables.knows_performer(&name))
                && !crate::shape::is_caps_stopword(&name)
            {
                let strength = if p.kind == Kind::Quoted || known {
                    0.9
                } else {
                    0.75
                };
                out.push(DramaMention {
                    name,
                    end,
                    ..mention(strength, "drama.cue")
                });
                used[k] = true;
                continue;
            }
        }
        // `KBS2's Dear Ha-na`, `tvN’s “Moon Harbor”`: a broadcaster's possessive before a
        // title (not before a person, `MBC's Kim Seo-hyun`, nor a slot, `tvN's Saturday`).
        if matches!(p.kind, Kind::Run | Kind::Quoted)
            && !hangul_run
            && k >= 2
            && v.kind(k - 1) == Some(Kind::Poss)
            && v.t(k - 1) != "의"
            // (`D and KBS2’s D2`, `From JTBC’s D`: a run may end with the broadcaster.)
            && (is_network(v.t(k - 2))
                || v.t(k - 2)
                    .rsplit_once(" and ")
                    .is_some_and(|(_, n)| is_network(n))
                || LEADS
                    .iter()
                    .chain(CONJUNCTIONS)
                    .any(|l| v.t(k - 2).strip_prefix(l).is_some_and(is_network)))
            && !evidence::not_a_name(v.t(k))
            && !is_drama_word(v, k + 1)
        {
            // `tvN’s D and KBS2’s D2`: the run ends before the next broadcaster's `and`.
            // `KBS2’s Tomorrow’s Stationmaster`: a title's own glued possessive goes on to
            // the name after it (not to a person, `KBS2’s D’s Kim Ha-na`).
            let mut end = p.end;
            if let Some(i) = v.t(k).rfind(" and ").filter(|&i| {
                p.kind == Kind::Run
                    && v.kind(k + 1) == Some(Kind::Poss)
                    && is_network(&v.t(k)[i + 5..])
            }) {
                end = p.start + i;
            } else if p.kind == Kind::Run
                && v.kind(k + 1) == Some(Kind::Poss)
                && v.t(k + 1) != "의"
                && v.p[k + 1].start == p.end
                && v.kind(k + 2) == Some(Kind::Run)
                && crate::shape::title_like(v.t(k + 2))
                && evidence::performer(tables, v.t(k + 2)) < 0.5
            {
                end = v.p[k + 2].end;
            }
            let name = strip_network(&v.text[p.start..end]);
            let known = evidence::drama(tables, &name) > 0.0;
            let titled = p.kind == Kind::Quoted || crate::shape::title_like(&name);
            if titled
                && !key(&name).is_empty()
                && !tables.knows_performer(&name)
                && (known || !crate::shape::romanised_person(&name, tables))
            {
                let strength = if p.kind == Kind::Quoted || known {
                    0.9
                } else {
                    0.75
                };
                out.push(DramaMention {
                    name,
                    end,
                    ..mention(strength, "drama.network_possessive")
                });
                used[k] = true;
                if end > p.end {
                    used[k + 1] = true;
                    used[k + 2] = true;
                }
                continue;
            }
        }
        // `the Flower Boy Next Door drama`, `the ‘D’ series`
        if matches!(p.kind, Kind::Run | Kind::Quoted)
            && !hangul_run
            && v.is_any(k + 1, &["drama", "series", "k-drama", "kdrama"])
            && !evidence::not_a_name(v.t(k))
            && evidence::performer(tables, v.t(k)) < 0.6
        {
            // `an MBC drama`, `For the tvN series`: a network before the cue names no title;
            // nor do its days after it (`the JTBC Saturday-Sunday drama`).
            let name = strip_network(v.t(k));
            // (`in the KBS 2TV drama`: a broadcaster of two words too.)
            let mut last = v.t(k).rsplitn(3, ' ');
            let (w1, w2) = (last.next().unwrap_or(""), last.next());
            let network_last = is_network(w1)
                || w2.is_some_and(|w2| {
                    is_network(&v.t(k)[v.t(k).len() - w1.len() - w2.len() - 1..])
                });
            // `a Goryeo drama`, `an office series`: after an indefinite article an
            // unquoted name no table knows is the drama's kind, not its title.
            let kind_of = p.kind == Kind::Run
                && k >= 1
                && v.is_any(k - 1, &["a", "an"])
                && evidence::drama(tables, &name) == 0.0;
            // `Same drama but another song`, `That drama`: a pointer, no title.
            let pointer = [
                "same", "that", "this", "another", "each", "which", "any", "other",
            ]
            .iter()
            .any(|w| name.eq_ignore_ascii_case(w));
            if !key(&name).is_empty()
                && !network_last
                && !kind_of
                && !pointer
                && !evidence::not_a_name(&name)
            {
                out.push(DramaMention {
                    name,
                    ..mention(0.8, "drama.cue_after")
                });
                used[k] = true;
                continue;
            }
        }
        // `Rooftop Radio, eps 1–4`, `D episode 3`, `D: Episodes 7-8`: a name its episodes
        // follow is a show's.
        let ep_at = if matches!(v.t(k + 1), "," | ":") {
            k + 2
        } else {
            k + 1
        };
        // An episode's word and its number: two pieces (`eps 1–4`), or one run a headline
        // capitalises (`‘D’ Episodes 9–10 Recap`).
        let episodes = |i: usize| {
            let mut w = v.t(i).split_whitespace();
            w.next().is_some_and(|f| {
                ["ep", "ep.", "eps", "episode", "episodes"]
                    .iter()
                    .any(|e| e.eq_ignore_ascii_case(f))
            }) && w
                .next()
                .unwrap_or(v.t(i + 1))
                .starts_with(|c: char| c.is_ascii_digit())
        };
        if matches!(p.kind, Kind::Run | Kind::Quoted)
            && !hangul_run
            && matches!(v.kind(ep_at), Some(Kind::Word | Kind::Run))
            && episodes(ep_at)
            && !generic_shows(v.t(k))
            && may_be_title(v, k, tables, 0.5)
        {
            // `Tomorrow’s Bride ep 9`: the title's possessive inside it; `In D ep 12`: a
            // sentence's first preposition is none of it.
            let from = if k >= 2
                && v.kind(k - 1) == Some(Kind::Poss)
                && v.kind(k - 2) == Some(Kind::Run)
                && v.close(k - 2, k - 1)
            {
                v.p[k - 2].start
            } else {
                p.start
            };
            let mut name = &v.text[from..p.end];
            for lead in ["In ", "On ", "At ", "From ", "During ", "After "] {
                name = name.strip_prefix(lead).unwrap_or(name);
            }
            out.push(part_of(name));
            used[k] = true;
            continue;
        }
        // `Blue Hour Café Season 1 Episode 7 Music`: a capitalised season or episode and
        // its number, then the page's music word, end the show's title inside a run (a
        // page of an episode's songs; not `Season 2 ratings`, `Season 2016`).
        // (Most runs hold no digit: no search for them.)
        if p.kind == Kind::Run && !hangul_run && v.t(k).bytes().any(|b| b.is_ascii_digit()) {
            let t = v.t(k);
            fn numbered(rest: &str) -> Option<&str> {
                let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
                (1..=2)
                    .contains(&digits)
                    .then(|| rest[digits..].trim_start())
            }
            // What follows a season's number: its episode, the music word, or the end.
            let music = |mut rest: &str| {
                for w in ["Episode ", "Ep. "] {
                    if let Some(r) = rest.strip_prefix(w).and_then(numbered) {
                        rest = r;
                    }
                }
                rest.is_empty()
                    || ["Music", "Soundtrack", "Songs", "OST", "Playlist"]
                        .iter()
                        .any(|m| rest.starts_with(m))
            };
            // (What follows is read on the line: the run ends before a lowercase word.)
            let cut = [" Season ", " Episode ", " Ep. "]
                .iter()
                .filter_map(|w| {
                    t.find(w)
                        .filter(|&i| numbered(&v.text[p.start + i + w.len()..]).is_some_and(music))
                })
                .min();
            if let Some(i) = cut {
                let name = &t[..i];
                if crate::shape::title_like(name)
                    && evidence::performer(tables, name) < 0.6
                    && !evidence::not_a_name(name)
                {
                    out.push(DramaMention {
                        end: p.start + i,
                        name: name.to_string(),
                        ..mention(part_strength(name), "drama.part_of")
                    });
                    used[k] = true;
                    continue;
                }
            }
        }
        // `episode 4 of Ten Winters`: the episode's number runs into the title.
        if p.kind == Kind::Run && !hangul_run && k > 0 && v.is_any(k - 1, &["episode", "ep"]) {
            if let Some((n, name)) = v.t(k).split_once(" of ") {
                if n.bytes().all(|b| b.is_ascii_digit())
                    && crate::shape::title_like(name)
                    && evidence::performer(tables, name) < 0.6
                {
                    out.push(part_of(name));
                    used[k] = true;
                    continue;
                }
            }
        }
        // `Summer Hill’s main theme`, `Ten Winters’ finale`: what only a show has, owned.
        let owned_part = v.kind(k + 1) == Some(Kind::Poss)
            && v.t(k + 1) != "의"
            && (k + 2..(k + 4).min(n))
                .take_while(|&i| v.kind(i) == Some(Kind::Word))
                .any(|i| {
                    v.is_any(
                        i,
                        &[
                            "theme",
                            "ost",
                            "soundtrack",
                            "finale",
                            "premiere",
                            "episode",
                        ],
                    )
                });
        if p.kind == Kind::Run
            && !hangul_run
            && owned_part
            && !generic_shows(v.t(k))
            && evidence::performer(tables, v.t(k)) < 0.6
            // `Joon-soo’s theme song`: a character's theme, no show's.
            && !crate::shape::romanised_person(v.t(k), tables)
            && !crate::shape::hyphenated_given(v.t(k))
            && may_be_title(v, k, tables, 0.5)
        {
            out.push(mention(part_strength(v.t(k)), "drama.part_of"));
            used[k] = true;
            continue;
        }
        // `the finale of Midnight Ferry`, `three episodes of D`, `I watched D`: only a show
        // has episodes, a finale or a cast, and is watched; a singer's name is none of them.
        if matches!(p.kind, Kind::Run | Kind::Quoted)
            && !hangul_run
            && k > 0
            && (v.is(k - 1, "of") && k >= 2 && v.is_any(k - 2, SHOW_PARTS)
                || v.is_any(k - 1, WATCHED))
            && !generic_shows(v.t(k))
            && may_be_title(v, k, tables, 0.5)
        {
            out.push(mention(part_strength(v.t(k)), "drama.part_of"));
            used[k] = true;
            continue;
        }
        // `Salt and Lanterns. The show was a mess after ep 10 but …`: a title alone as a
        // sentence, then a sentence about a show (its episodes, its cast, watching it),
        // names the show. A person's name or a word of one is none.
        // The title's pieces: runs, and a possessive inside (`Doctor Han's Night Shift.`).
        let stop = (k..(k + 4).min(n))
            .find(|&i| !matches!(v.kind(i), Some(Kind::Run | Kind::Poss)))
            .unwrap_or(n);
        if p.kind == Kind::Run
            && !hangul_run
            && stop > k
            && v.kind(stop - 1) == Some(Kind::Run)
            && v.kind(stop) == Some(Kind::Punct)
            && v.t(stop) == "."
            && (k == 0
                || sentence_bounds(v, k).0 == k
                || v.kind(k - 1) == Some(Kind::Sep) && v.t(k - 1) == ":")
            && {
                let name = &v.text[p.start..v.p[stop - 1].end];
                name.contains(' ')
                    && crate::shape::title_like(name)
                    && !evidence::not_a_name(name)
                    && evidence::performer(tables, name) < 0.5
                    && !crate::shape::romanised_person(name, tables)
            }
            && {
                let (_, e) = sentence_bounds(v, stop + 1);
                (stop + 1..e.min(stop + 14)).any(|i| {
                    v.is_any(i, SHOW_PARTS)
                        || v.is_any(i, WATCHED)
                        || v.is_any(i, &["show", "drama", "series", "ep", "dropped", "it"])
                            && i > stop + 1
                            && v.is_any(i - 1, &["the", "The", "this", "This", "dropped"])
                })
            }
        {
            out.push(DramaMention {
                end: v.p[stop - 1].end,
                name: v.text[p.start..v.p[stop - 1].end].to_string(),
                ..mention(0.85, "drama.label")
            });
            for u in &mut used[k..stop] {
                *u = true;
            }
            continue;
        }
        // `“Salt Harbor” (SBS)`, `Salt Harbor (소금 항구, tvN)`: what a broadcaster airs is
        // a drama; the bracket holds only broadcasters, years and a Hangul gloss. `Blue
        // Hour (the drama) — the thriller on ENA`, `Salt Road (K-drama, 2021)`: a bracket
        // that says what kind of work the name is.
        let bracket_cue = || {
            let b = v.t(k + 1);
            if network_bracket(b) {
                Some("drama.network_bracket")
            } else {
                kind_bracket(b).then_some("drama.kind_bracket")
            }
        };
        if matches!(p.kind, Kind::Run | Kind::Quoted)
            && !hangul_run
            && v.kind(k + 1) == Some(Kind::Bracket)
        {
            if let Some(cue) = bracket_cue().filter(|_| may_be_title(v, k, tables, 0.6)) {
                out.push(bracketed_title(v, k, line, cue, tables));
                used[k] = true;
                continue;
            }
        }
        // `Meanwhile, Paper Meadow kept us hooked with songs like …`: a sentence's subject,
        // a title's name that is no person's and no singer's, doing what the sentence says
        // with its songs, is a show (weakly: a known title or a cue says it better).
        if p.kind == Kind::Run && !hangul_run && subject_of_songs(v, k, tables) {
            out.push(mention(0.6, "drama.subject"));
            used[k] = true;
            continue;
        }
        // `Winter Harbor (겨울 항구) is a 2021 South Korean television series`: a sentence's
        // subject that it calls a drama. A run of capitalised words takes the `is a` in
        // (`Winter Harbor is a 2021 South Korean`); a title's own is capitalised.
        // (`REVIEW: D is …`: a kicker in capitals and its colon open the sentence too; a
        // title's own colon does not, `Hwarang: The Poet Warrior Youth is …`.)
        if matches!(p.kind, Kind::Run | Kind::Quoted)
            && !hangul_run
            && (k == 0
                || v.kind(k - 1) == Some(Kind::Punct)
                || k == 2
                    && v.kind(1) == Some(Kind::Sep)
                    && v.t(1) == ":"
                    && !v.t(0).contains(char::is_lowercase))
        {
            // `The Lantern Keeper's Daughter is a …`: a possessive glued inside a title
            // joins its runs into one subject.
            let mut e = k;
            while p.kind == Kind::Run
                && v.kind(e + 1) == Some(Kind::Poss)
                && v.kind(e + 2) == Some(Kind::Run)
                && v.p[e + 1].start == v.p[e].end
            {
                e += 2;
            }
            let t = v.t(e);
            // One search for the four (a `find` each built four substring searchers).
            static COPULA: std::sync::OnceLock<aho_corasick::AhoCorasick> =
                std::sync::OnceLock::new();
            let inside = COPULA
                .get_or_init(|| {
                    aho_corasick::AhoCorasick::builder()
                        .match_kind(aho_corasick::MatchKind::LeftmostFirst)
                        .build([" is a ", " is an ", " was a ", " was an "])
                        .expect("copulas compile")
                })
                .find(t)
                .map(|m| m.start());
            // (`T is the drama’s signature song`: what the drama owns is no drama; nor is
            // what it qualifies: `T was the first drama song by …`.)
            let drama_noun = |i: usize| {
                is_drama_word(v, i)
                    && !matches!(v.kind(i + 1), Some(Kind::Poss | Kind::Ost))
                    && !v.song_word(i + 1)
            };
            let copula = match inside {
                Some(at) => Some((at, k + 1)),
                None => {
                    let j = if v.kind(e + 1) == Some(Kind::Bracket) {
                        e + 2
                    } else {
                        e + 1
                    };
                    // `D is the drama my family watched`, `D is the gentlest drama I
                    // watched`; not `T is the third OST for the drama`.
                    (v.is_any(j, &["is", "was"])
                        && (v.is_any(j + 1, &["a", "an"])
                            || v.is(j + 1, "the")
                                && (drama_noun(j + 2)
                                    || v.kind(j + 2) == Some(Kind::Word) && drama_noun(j + 3))))
                    .then_some((t.len(), j + 2))
                }
            };
            if let Some((at, from)) = copula {
                // (A quote's own text is inside its marks.)
                let name = if e == k {
                    t[..at].trim()
                } else {
                    v.text[p.start..v.p[e].start + at].trim()
                };
                let rest_says = inside.is_some_and(|_| {
                    t[at..]
                        .split_whitespace()
                        .any(|w| DRAMA_WORDS.contains(&w.to_lowercase().as_str()))
                });
                // `“D” is a fantasy romance`: a show's genre says it as well.
                let says = rest_says
                    || (from..(from + 7).min(n))
                        .take_while(|&i| v.kind(i) != Some(Kind::Punct))
                        .any(|i| drama_noun(i) || v.is_any(i, GENRES));
                // What the sentence says outweighs a person's shape (`Moon Tide`).
                if says && !evidence::not_a_name(name) && !tables.is_known_performer(name) {
                    out.push(DramaMention {
                        line,
                        start: p.start,
                        end: p.start + name.len(),
                        name: name.to_string(),
                        strength: 0.9,
                        cue: "drama.is_a",
                    });
                    used[k..=e].fill(true);
                    continue;
                }
            }
        }
        // `Winter Harbor, the hit series led by A, is getting an album`, `“D”, a 2016
        // romance starring B`, `D, tvN's new drama`: a name the apposition after it calls
        // a show. The show's word heads the apposition: nothing but words before it
        // (`Kim Ha-na, the star of the series` is no show: `of` goes between).
        if matches!(p.kind, Kind::Run | Kind::Quoted)
            && !hangul_run
            && v.kind(k + 1) == Some(Kind::Sep)
            && v.t(k + 1) == ","
        {
            let from = if v.is_any(k + 2, &["the", "a", "an"]) {
                Some(k + 3)
            } else {
                (v.kind(k + 3) == Some(Kind::Poss) && is_network(v.t(k + 2))).then_some(k + 4)
            };
            // `D, starring A, released …`: the cast after a title makes it a show's.
            let starring = v.is(k + 2, "starring")
                && v.kind(k + 3) == Some(Kind::Run)
                && evidence::performer(tables, v.t(k)) < 0.5;
            if starring && may_be_title(v, k, tables, 0.6) {
                out.push(mention(0.8, "drama.apposition"));
                used[k] = true;
                continue;
            }
            let head = from.and_then(|f| {
                (f..(f + 5).min(n))
                    .take_while(|&i| {
                        matches!(v.kind(i), Some(Kind::Word | Kind::Run))
                            && !v.is_any(i, &["of", "and", "or", "the", "a", "an", "who", "that"])
                    })
                    .find(|&i| is_drama_word(v, i) || v.is_any(i, GENRES))
            });
            // `Finally, the series D`: an adverb before a show's word that names another.
            // `“T”, the drama's theme song`: a show's word that owns the head is no head.
            let names_another = head.is_some_and(|h| {
                matches!(v.kind(h + 1), Some(Kind::Run | Kind::Quoted | Kind::Poss))
            });
            let adverb = !v.t(k).contains(' ') && v.t(k).ends_with("ly");
            if head.is_some() && !names_another && !adverb && may_be_title(v, k, tables, 0.6) {
                out.push(mention(0.8, "drama.apposition"));
                used[k] = true;
                continue;
            }
        }
        // `<D>` angle brackets, `《D》` (not an album's: `첫 정규앨범 《T》`).
        if p.kind == Kind::Quoted
            && (v.text[p.start..].starts_with('<') || v.text[p.start..].starts_with('《'))
            && !(k > 0 && v.is_any(k - 1, ALBUM))
            // `<저작권자 ⓒ 매체, 무단전재 및 재배포 금지>`: a page's notice in angle brackets;
            // a known title is none, however it looks (`<49일>`, forty-nine days).
            && (!evidence::not_a_name(v.t(k)) || tables.is_drama(v.t(k)))
        {
            out.push(mention(0.85, "drama.angle"));
            used[k] = true;
            continue;
        }
        // Korean: `‘D’는 앞서 A의 ‘T1’, B ‘T2’가 공개됐다`: the topic of a sentence that
        // lists songs is their drama.
        if p.kind == Kind::Quoted
            && (k == 0 || v.kind(k - 1) == Some(Kind::Punct))
            && k + 1 < n
            && matches!(v.t(k + 1), "은" | "는")
            && v.close(k, k + 1)
        {
            let (_, e) = sentence_bounds(v, k);
            let songs_after = (k + 2..e)
                .filter(|&i| v.kind(i) == Some(Kind::Quoted) && v.kind(i + 1) != Some(Kind::Ost))
                .count();
            if songs_after >= 2 && !tables.knows_performer(v.t(k)) {
                out.push(mention(0.8, "drama.ko_topic"));
                used[k] = true;
                continue;
            }
        }
        // Korean: `‘D’의 ‘T’`
        if p.kind == Kind::Quoted
            && v.kind(k + 1) == Some(Kind::Poss)
            && v.kind(k + 2) == Some(Kind::Quoted)
            && has_hangul(v.t(k + 1))
        {
            out.push(mention(0.85, "drama.ko_possessive"));
            used[k] = true;
            continue;
        }
        // `‘눈꽃’을 부른 A`: what is sung is a song, whatever else bears its name.
        let sung = p.kind == Kind::Quoted
            && (v.is_any(k + 1, &["을", "를"]) && v.close(k, k + 1) && sings(v.t(k + 2))
                || sung_before(v, k));
        // `“Lost” – A | …`: a quote a dash's credit follows is a song, when a known title
        // bearing its name is only weak evidence (a short or one-word title).
        let dash_credited = p.kind == Kind::Quoted
            && v.kind(k + 1) == Some(Kind::Sep)
            && matches!(v.t(k + 1), "–" | "—" | "-")
            && v.kind(k + 2) == Some(Kind::Run);
        // `for D` / `from D` right after a song title: a title-case name, or a known title
        // that opens with a contraction (`for It’s Okay to Not Be Okay`).
        // `Luna from f(x)`: `from` after a person is where they belong, not a drama.
        // The known spans are in order and apart: a search, not a scan (a long line has
        // thousands).
        let known_at = |at: usize| {
            let i = known.partition_point(|&(s, _)| s <= at);
            known[..i].last().copied().filter(|&(_, e)| at < e)
        };
        let known_here = || known_at(p.start).is_some_and(|(s, _)| s == p.start);
        let for_title = k >= 2
            && v.is_any(k - 1, &["for", "from"])
            && matches!(v.kind(k - 2), Some(Kind::Quoted) | Some(Kind::Run))
            && !(v.is(k - 1, "from")
                && v.kind(k - 2) == Some(Kind::Run)
                && evidence::performer(tables, v.t(k - 2)) >= 0.5)
            && !has_hangul(v.t(k))
            && !glossed_whole(v, k)
            // `for TVN’s 2022 series ‘D’`, `from MBC <D>`: the broadcaster's title comes
            // later.
            && !(is_network(v.t(k)) && matches!(v.kind(k + 1), Some(Kind::Poss | Kind::Quoted)));
        // `“T” for “D”`, `“T” from “D”`: a quoted name after `for` or `from` after a
        // quoted title is its drama.
        if p.kind == Kind::Quoted
            && for_title
            && v.is_any(k - 1, &["for", "from"])
            && v.kind(k - 2) == Some(Kind::Quoted)
            && !evidence::not_a_name(v.t(k))
            && !tables.is_known_performer(v.t(k))
        {
            out.push(mention(0.8, "drama.for"));
            continue;
        }
        if matches!(p.kind, Kind::Run | Kind::Quoted)
            && !sung
            && evidence::drama(tables, v.t(k)) > 0.0
            && !tables.is_known_performer(v.t(k))
        {
            // A title that is also a common word (`Start-Up`) is the drama after `for`.
            let strength = known_strength(v.t(k), p.kind == Kind::Quoted);
            if dash_credited && strength < 0.6 {
                continue;
            }
            // After any `from`/`for` (`another one from Goblin`), the drama more likely.
            let strength = if for_title && p.kind == Kind::Run {
                strength.max(0.8)
            } else if k > 0 && v.is_any(k - 1, &["from", "for"]) || opens_about_songs(v, k) {
                strength.max(0.6)
            } else {
                strength
            };
            out.push(mention(strength, "drama.known"));
            continue;
        }
        // `her heartbreaking ballad from D`, `their part for D`: an unknown name after a
        // song's word (or a soundtrack's part) and the cue, too (a known title there is
        // read by its own cue).
        let after_song_word = || {
            known_at(p.start).is_none()
                && v.is_any(k - 1, &["for", "from"])
                && (v.song_word(k - 2) || v.is_any(k - 2, &["part", "duet"]))
                && !is_network(v.t(k))
                && !has_hangul(v.t(k))
        };
        // (`the theme for Seri's loneliness`: an unknown one-word name that owns a common
        // noun is someone's, no title; `for The Last Scholar's second act` is one.)
        let owns_a_thing = || {
            known_at(p.start).is_none()
                && !v.t(k).contains(' ')
                && v.kind(k + 1) == Some(Kind::Poss)
                && v.kind(k + 2) == Some(Kind::Word)
        };
        if (p.kind == Kind::Run || p.kind == Kind::Word && known_here())
            && (for_title || p.kind == Kind::Run && k >= 2 && after_song_word())
            && !owns_a_thing()
        {
            if let Some((s, e)) = known_at(p.start) {
                out.push(DramaMention {
                    line,
                    start: s,
                    end: e,
                    name: v.text[s..e].to_string(),
                    strength: 0.8,
                    cue: "drama.known",
                });
                continue;
            }
            // `for D to Red Velvet singing …`: a run that goes on over `to` into a singer's
            // name (`From A's T1 for D to B's …`) ends before it.
            let t = match v.t(k).split_once(" to ") {
                Some((d, b)) if evidence::performer(tables, b) >= 0.6 => d,
                _ => v.t(k),
            };
            // `for Missing: The Other Side`: a subtitle after a colon ends the line.
            let subtitle = v.kind(k + 1) == Some(Kind::Sep)
                && v.t(k + 1) == ":"
                && v.kind(k + 2) == Some(Kind::Run)
                && (k + 3 >= n || v.kind(k + 3) == Some(Kind::Punct));
            // `Winter Letters from Jeju (제주에서 온 겨울편지)`: a gloss in the other script
            // after the name covers the whole title, the run before `from` included.
            let glossed = k >= 2
                && v.is(k - 1, "from")
                && v.kind(k - 2) == Some(Kind::Run)
                && v.kind(k + 1) == Some(Kind::Bracket)
                && has_hangul(v.t(k + 1))
                && !has_hangul(t)
                && !has_hangul(v.t(k - 2))
                && crate::shape::title_like(v.t(k - 2))
                && evidence::performer(tables, v.t(k - 2)) < 0.5;
            if evidence::performer(tables, t) < 0.5 && !evidence::not_a_name(t) {
                if glossed {
                    let s = v.p[k - 2].start;
                    out.push(DramaMention {
                        line,
                        start: s,
                        end: p.start + t.len(),
                        name: v.text[s..p.start + t.len()].to_string(),
                        strength: 0.8,
                        cue: "drama.for",
                    });
                } else if subtitle {
                    let e = v.p[k + 2].end;
                    out.push(DramaMention {
                        line,
                        start: p.start,
                        end: e,
                        name: v.text[p.start..e].to_string(),
                        strength: 0.6,
                        cue: "drama.for",
                    });
                } else {
                    out.push(DramaMention {
                        end: p.start + t.len(),
                        name: t.to_string(),
                        ..mention(0.6, "drama.for")
                    });
                }
            }
        }
    }
    // `the OST of The King’s Doctor`: a cue's title goes on over a possessive to the
    // next name, unless either side is a singer (`Goblin’s Gong Yoo`).
    for d in out.iter_mut().filter(|d| d.line == line) {
        // The run that ends the mention, found by its end (the pieces are in order).
        let j = v.p.partition_point(|p| p.end < d.end);
        if j >= n || v.p[j].end != d.end || v.p[j].kind != Kind::Run {
            continue;
        }
        let mut j = j;
        while v.kind(j + 1) == Some(Kind::Poss)
            && v.t(j + 1) != "의"
            && v.kind(j + 2) == Some(Kind::Run)
            && v.p[j + 1].start == v.p[j].end
            && !has_hangul(v.t(j + 2))
            && evidence::performer(tables, v.t(j)) < 0.6
            && evidence::performer(tables, v.t(j + 2)) < 0.6
        {
            j += 2;
        }
        if v.p[j].end > d.end {
            d.end = v.p[j].end;
            d.name = strip_network(&v.text[d.start..d.end]);
        }
    }
    // A cue that caught part of a known title (`drama Kill Me, Heal Me`, `That Winter,
    // The Wind Blows OST`) names the whole title: the table knows where it ends.
    for d in out.iter_mut().filter(|d| d.line == line) {
        if let Some(&(s, e)) = known
            .iter()
            .filter(|(s, e)| *s < d.end && d.start < *e && e - s > d.end - d.start)
            .max_by_key(|(s, e)| e - s)
        {
            d.start = s.min(d.start);
            d.end = e.max(d.end);
            d.name = strip_network(&v.text[s..e]);
        }
    }
    // Known titles inside longer runs or sentences (`… with Crash Landing on You.`).
    for &(s, e) in known {
        if out
            .iter()
            .any(|d| d.line == line && d.start < e && s < d.end)
        {
            continue;
        }
        let name = &v.text[s..e];
        if tables.is_known_performer(name) {
            continue;
        }
        // `“In front of the City Hall at the Subway Station”`: a title inside a longer
        // quote is a word of that quote's name.
        let in_quote = v.p[..v.p.partition_point(|p| p.start <= s)]
            .last()
            .is_some_and(|p| p.kind == Kind::Quoted && e <= p.end && p.end - p.start > e - s + 2);
        if in_quote {
            continue;
        }
        // `Songs from Hotel del Luna`: after a song word's `from` or `for`, the title is
        // a soundtrack's drama.
        let at = v.p.partition_point(|p| p.start < s);
        let sung = at >= 2 && v.is_any(at - 1, &["from", "for"]) && v.song_word(at - 2);
        let strength = known_strength(name, false) - 0.1;
        out.push(DramaMention {
            line,
            start: s,
            end: e,
            name: name.to_string(),
            strength: if sung { strength.max(0.85) } else { strength },
            cue: "drama.known",
        });
    }
}

/// The title whose last run is piece `k`, before a bracket of facts about it (its year,
/// its broadcaster); it goes back over a possessive inside it (`The Gardener’s Daughter
/// (tvN)`, `The Keeper’s Son (2021)`, `소금의 시간 (2021)`).
fn bracketed_title(
    v: &View,
    k: usize,
    line: usize,
    cue: &'static str,
    tables: &Tables,
) -> DramaMention {
    let inside = k >= 2
        && v.kind(k) == Some(Kind::Run)
        && v.kind(k - 1) == Some(Kind::Poss)
        && v.kind(k - 2) == Some(Kind::Run)
        && v.close(k - 2, k - 1)
        && v.close(k - 1, k);
    // `10. Yes, Chef (Netflix)`, `Summer, Then Autumn (tvN) — a comment`: a line that
    // opens with one name and its bracket names one title, its comma or colon the title's
    // own, unless the words before it are a show or a singer of their own (`Goblin,
    // Signal (tvN)`).
    let alone = v.p.len() == 4 || v.kind(4) == Some(Kind::Sep) && v.t(4) != ",";
    let whole = k == 2 && alone && own_comma(v, 0, tables);
    // `the drama Iron Gate: Second Watch (2013)`: a subtitle after a known title's colon
    // is the title's own (a label's colon, `Review: D (2013)`, follows no known title).
    let subtitled = k >= 2
        && v.kind(k - 2) == Some(Kind::Run)
        && v.kind(k - 1) == Some(Kind::Sep)
        && v.t(k - 1) == ":"
        && v.p[k - 2].end == v.p[k - 1].start
        && tables.drama_canonical(v.t(k - 2)).is_some();
    let start = if subtitled {
        v.p[k - 2].start
    } else if whole {
        // `5 Guardian: …`: a list's number without its dot is no word of the title.
        let first = v.t(0);
        let number = first
            .split_once(' ')
            .filter(|(n, _)| n.chars().all(|c| c.is_ascii_digit()))
            .map_or(0, |(n, _)| n.len() + 1);
        v.p[0].start + number
    } else if inside {
        v.p[k - 2].start
    } else {
        v.p[k].start
    };
    let end = v.p[k].end;
    DramaMention {
        line,
        start,
        end,
        name: strip_network(&v.text[start..end]),
        // (A known title with its subtitle and its year is surely one: it completes the
        // line's mentions of the known part alone.)
        strength: if subtitled { 0.85 } else { 0.8 },
        cue,
    }
}

/// The first piece of a Korean title written bare before the `OST` at piece `o`
/// (`드라마 하얀 소금 항구 OST`, `4. 푸른 정원 OST ‘T’`): Hangul words are pieces of their
/// own, so the title is the run of them right before it, back to piece `from`, a drama
/// word or a broadcaster, at most six, with a possessive glued inside (`바람의 정원`). A
/// particle glued to a quote before them (`‘T’로 첫 OST`), an object or a verb form says
/// they are a sentence's words, no title.
pub fn bare_hangul_title(v: &View, o: usize, from: usize) -> Option<usize> {
    let mut j = o;
    let mut words = 0;
    while j > from && words < 6 {
        let i = j - 1;
        if j < o
            && v.kind(i) == Some(Kind::Poss)
            && v.t(i) == "의"
            && v.p[i - 1].end == v.p[i].start
        {
            j = i;
            continue;
        }
        let word = v.kind(i) == Some(Kind::Run)
            && has_hangul(v.t(i))
            && v.close(i, j)
            && !is_drama_word(v, i)
            && !is_network(v.t(i));
        if !word {
            break;
        }
        if i > 0 && v.kind(i - 1) == Some(Kind::Quoted) && v.p[i - 1].end == v.p[i].start {
            return None;
        }
        words += 1;
        j = i;
    }
    if v.kind(j) == Some(Kind::Poss) {
        j += 1;
    }
    (j < o && !ko_clause(&v.text[v.p[j].start..v.p[o - 1].end])).then_some(j)
}

/// Whether Korean words before `OST` are a clause about it, no title: an object, a
/// verb's form before a noun (`드라마 분위기를 살린 OST`, `지난 두 달간 공개된 OST`), or
/// its count (`두 번째 OST`, `첫 OST`).
pub fn ko_clause(words: &str) -> bool {
    // `보려고`, `시작했다가`: a connective ending joins a clause to the next.
    const CONNECTIVES: [&str; 4] = ["려고", "다가", "지만", "는데"];
    has_hangul(words)
        && (words
            .split_whitespace()
            .any(|w| w.ends_with('를') || CONNECTIVES.iter().any(|c| w.ends_with(c)))
            || words
                .split_whitespace()
                .last()
                .is_some_and(|w| w.ends_with(['는', '던', '린', '한', '된']) || ko_count(w)))
}

/// Whether a Korean word counts a soundtrack's songs (`두 번째`, `세번째`, `첫`).
fn ko_count(w: &str) -> bool {
    w.ends_with("번째") || w == "첫"
}

/// Whether a bracket holds a drama's production credits: `극본 A, 연출 B`.
fn production_credits(s: &str) -> bool {
    let s = s.trim_start();
    ["극본", "연출", "각본"].iter().any(|w| s.starts_with(w))
}

/// The title piece `k` sets in italics, `*T*` in one run or `_T_` between two marks: the
/// first and last pieces of the italics, and the name.
fn italic<'a>(v: &View<'a>, k: usize) -> Option<(usize, usize, &'a str)> {
    if v.kind(k) != Some(Kind::Run) {
        return None;
    }
    let t = v.t(k);
    if let Some(inner) = t.strip_prefix('*').and_then(|r| r.strip_suffix('*')) {
        return (!inner.is_empty() && !inner.contains('*')).then_some((k, k, inner));
    }
    // Marks at a word's edges, not inside a user name (`Eugene_Choi_fan`).
    let marked = |i: usize| v.kind(i) == Some(Kind::Punct) && v.t(i) == "_";
    let open = k > 0 && marked(k - 1) && {
        let b = v.p[k - 1].start;
        b == 0 || v.text[..b].ends_with(char::is_whitespace)
    };
    let close = marked(k + 1)
        && v.p[k].end == v.p[k + 1].start
        && !v.text[v.p[k + 1].end..].starts_with(is_alnum);
    (open && close && v.p[k - 1].end == v.p[k].start).then_some((k - 1, k + 1, t))
}

/// Whether run `i` and its glued comma or colon open a title that goes on in run `i + 2`
/// (`Yes, Chef`, `Rain: The Ledger`): a title's words, in Latin letters, neither a known
/// show of its own nor a singer (`Goblin, Signal`, `IU: Love Poem`).
fn own_comma(v: &View, i: usize, tables: &Tables) -> bool {
    let t = v.t(i);
    v.kind(i) == Some(Kind::Run)
        && v.kind(i + 1) == Some(Kind::Sep)
        && matches!(v.t(i + 1), "," | ":")
        && v.p[i].end == v.p[i + 1].start
        && v.kind(i + 2) == Some(Kind::Run)
        && crate::shape::title_like(t)
        && !has_hangul(t)
        && tables.drama_canonical(t).is_none()
        && evidence::performer(tables, t) < 0.6
}

/// Whether piece `k` may be a title a cue around it points at: a name, not a performer
/// (evidence below `most`), and when unquoted not in a person's romanised shape.
fn may_be_title(v: &View, k: usize, tables: &Tables, most: f32) -> bool {
    let t = v.t(k);
    !evidence::not_a_name(t)
        && evidence::performer(tables, t) < most
        && (v.kind(k) == Some(Kind::Quoted) || !crate::shape::romanised_person(t, tables))
}

/// A mention (0.85) of `name`, a slice of the line's text inside one of its brackets.
fn mention_within(v: &View, line: usize, name: &str, cue: &'static str) -> DramaMention {
    let start = name.as_ptr() as usize - v.text.as_ptr() as usize;
    DramaMention {
        line,
        start,
        end: start + name.len(),
        name: name.to_string(),
        strength: 0.85,
        cue,
    }
}

/// The title in a bracket that holds a title, then its broadcaster and maybe its year
/// (`Salt Harbor, SBS`, `Night Train, Netflix, 2024`): a name no person's and no
/// singer's, with a broadcaster after it.
fn name_and_network<'a>(inner: &'a str, tables: &Tables) -> Option<&'a str> {
    let (name, facts) = inner.trim().split_once(", ")?;
    (network_bracket(facts)
        && crate::shape::title_like(name)
        && !evidence::not_a_name(name)
        && evidence::performer(tables, name) < 0.5
        && !crate::shape::romanised_person(name, tables))
    .then_some(name)
}

/// Whether a bracket's text holds a broadcaster and otherwise only years and a Hangul
/// gloss: `SBS`, `tvN, 2021`, `소금 항구, JTBC`.
pub(super) fn network_bracket(s: &str) -> bool {
    let parts = || s.split([',', '/', '·']).map(str::trim);
    parts().any(is_network)
        && parts().all(|t| {
            is_network(t) || work_facts(t) || has_hangul(t) && t.split_whitespace().count() <= 4
        })
}

/// Who a Korean page calls with an honorific besides people by name: its readers and
/// roles (`이웃님`, `작가님`, `운영자님`).
const NOT_SINGERS_HONOURED: &[&str] = &[
    "이웃",
    "구독자",
    "방문자",
    "독자",
    "회원",
    "고객",
    "여러분",
    "작가",
    "감독",
    "기자",
    "선생",
    "사장",
    "대표",
    "운영자",
    "관리자",
    "팀장",
    "부장",
    "작곡가",
    "작사가",
    "음악감독",
];

/// Adds to `out` the keys of the names the line says are singers: a name right before a
/// singing verb (`A sings`, `A (G) sang`, `A also recorded`, `A lent her voice to`), or
/// one called a singer after it (`A is a solo singer`, `A & B was an indie duo`).
pub fn said_singers(v: &View, out: &mut Vec<String>) {
    for k in 0..v.p.len() {
        if v.kind(k) != Some(Kind::Run) {
            continue;
        }
        // `소린 님 목소리`, `윤가람님 정규 1집`: a Korean writer calls a person by name
        // with an honorific, and a page about songs speaks of their singers so (not of a
        // role: `작가님`, nor of its readers: `이웃님`, `구독자님`).
        let honoured = match v.t(k).strip_suffix("님") {
            Some(stem) => Some(stem),
            None if v.t(k + 1) == "님" => Some(v.t(k)),
            None => None,
        };
        if let Some(stem) = honoured.filter(|s| {
            (2..=4).contains(&s.chars().count())
                && s.chars().all(crate::normalize::is_hangul)
                && !evidence::is_role_word(s)
                && !NOT_SINGERS_HONOURED.contains(s)
        }) {
            out.push(key(stem));
            continue;
        }
        // The verb, after the name's bracket (its group) and an adverb.
        let mut verb = k + 1;
        if v.kind(verb) == Some(Kind::Bracket) {
            verb += 1;
        }
        if v.kind(verb) != Some(Kind::Word) {
            continue;
        }
        let said = called_after(v, k) || {
            if v.is_any(verb, &["also", "even", "can", "will", "has", "had"]) {
                verb += 1;
            }
            let lent_voice = v.is_any(verb, &["lent", "lends", "lend"])
                && v.is_any(verb + 1, &["her", "his", "their"])
                && v.is_any(verb + 2, &["voice", "voices", "vocals"]);
            // A sentence's first word joins a name's run (`And Seo Hyun Jin sang`, `When
            // I sang`): such a run is no name the article gives.
            let first = v.t(k).split(' ').next().unwrap_or("");
            (v.is_any(verb, SANG) || lent_voice) && !super::pieces::opener(first)
        };
        // The name's evidence is asked last: most runs before a word are said nothing of.
        if said && !evidence::not_a_name(v.t(k)) {
            out.push(key(v.t(k)));
        }
    }
}

/// Whether the run at piece `k` is said to be a performer after it (`A is a solo
/// singer`, `A & B was an indie duo`).
pub(super) fn called_after(v: &View, k: usize) -> bool {
    let copula = v.is_any(k + 1, &["is", "was", "are", "were"]);
    // `A & B, the indie folk duo made up of …`: an apposition that calls it an act.
    let apposition = v.kind(k + 1) == Some(Kind::Sep)
        && v.t(k + 1) == ","
        && v.is_any(k + 2, &["the", "a", "an"]);
    (copula || apposition)
        && (k + 2..(k + 7).min(v.p.len()))
            .take_while(|&i| {
                v.kind(i) != Some(Kind::Punct)
                    && (copula || v.kind(i) == Some(Kind::Word) || i == k + 2)
            })
            .any(|i| v.is_any(i, CALLED))
}

/// Whether piece `i` is a verb in the past or the present (`kept`, `gave`, `has`,
/// `brings`), not `is` (`T is so underrated as a song`: the copula's subject is read by
/// its own rule) nor a noun (`D opening song`).
fn verb_at(v: &View, i: usize) -> bool {
    let w = v.t(i);
    v.kind(i) == Some(Kind::Word)
        && (w.len() > 3 && (w.ends_with("ed") || w.ends_with('s') && !w.ends_with("ss"))
            || matches!(
                w,
                "has"
                    | "had"
                    | "kept"
                    | "gave"
                    | "got"
                    | "made"
                    | "brought"
                    | "won"
                    | "held"
                    | "took"
                    | "left"
                    | "sang"
                    | "put"
                    | "set"
                    | "began"
                    | "became"
            ))
}

/// Whether run `k` opens its sentence (after an adverb's comma at most: `Meanwhile, D
/// kept …`) as the subject of a verb, is a title's name of two words or more, no person's
/// shape and no singer, and the rest of its sentence speaks of songs.
fn subject_of_songs(v: &View, k: usize, tables: &Tables) -> bool {
    let starts = |i: usize| i == 0 || v.kind(i - 1) == Some(Kind::Punct);
    let opens = starts(k)
        || k >= 2
            && v.kind(k - 1) == Some(Kind::Sep)
            && v.t(k - 1) == ","
            && starts(k - 2)
            && matches!(v.kind(k - 2), Some(Kind::Word | Kind::Run))
            && !v.t(k - 2).contains(' ');
    let t = v.t(k);
    if !(opens && verb_at(v, k + 1) && t.contains(' ') && crate::shape::title_like(t)) {
        return false;
    }
    let (_, e) = sentence_bounds(v, k);
    let songs = (k + 2..e).any(|i| v.song_word(i));
    // A pair of names (`A and B`, `A X B`) is a credit; a known title is read as one
    // already; `The GROUP` is the group.
    let bare = t.strip_prefix("The ").unwrap_or(t);
    // `Where D gave us …` took the sentence's opener in, `Korean TV has …` opens with a
    // word that describes shows (a title's article stays: `The Crown Prince's Umbrella
    // kept …`), `Disc 1 gathers …` names a part of an album.
    let first = t.split(' ').next().unwrap_or("");
    // (`Vocalist Seo Jun contributed …`: a role that calls the name a performer's.)
    let opener = !matches!(first, "The" | "A" | "An")
        && (super::pieces::opener(first) || evidence::descriptor(first))
        || ["Disc", "CD", "Part", "Vol", "Side", "Episode"].contains(&first)
        || calls_performer(first);
    songs
        && !opener
        && ![" and ", " & ", " X ", " x "].iter().any(|j| t.contains(j))
        && !evidence::not_a_name(t)
        && !crate::shape::romanised_person(t, tables)
        && !western_given_name(t, tables)
        && evidence::performer(tables, t).max(evidence::performer(tables, bare)) < 0.5
        && evidence::drama(tables, t) == 0.0
}

/// Whether two words are a given name and a Korean surname (`Janet Suh`, `Sam Kim`): a
/// person, however Western the given name (no sentence's subject that is a show).
fn western_given_name(t: &str, tables: &Tables) -> bool {
    match t.split_once(' ') {
        Some((given, surname)) => {
            !surname.contains(' ')
                && tables.person_surname(surname).is_some()
                && given.len() >= 3
                && given.chars().all(char::is_alphabetic)
                && !evidence::descriptor(given)
                && !crate::shape::is_common_word(given)
        }
        None => false,
    }
}

/// Whether a bracket calls what it follows a drama, with its facts if any (`the drama`,
/// `K-drama, 2021`, `TV series`, `Korean drama, tvN`).
///
/// ```
/// use ostract::read::find::kind_bracket;
/// assert!(kind_bracket("the drama") && kind_bracket("K-drama, 2021") && kind_bracket("TV series"));
/// assert!(!kind_bracket("the song") && !kind_bracket("2021") && !kind_bracket("drama OST"));
/// ```
pub fn kind_bracket(s: &str) -> bool {
    let kind = |t: &str| {
        let t = t.to_lowercase();
        let t = t.strip_prefix("the ").unwrap_or(&t);
        let t = ["korean ", "tv ", "web "]
            .iter()
            .fold(t, |t, p| t.strip_prefix(p).unwrap_or(t));
        DRAMA_WORDS.contains(&t)
    };
    let parts = || s.split(',').map(str::trim);
    parts().any(kind) && parts().all(|t| kind(t) || work_facts(t) || is_network(t))
}

/// Whether a bracket's text holds only a work's facts: its year, with its network or a
/// full date, its number of episodes, its time slot or its broadcaster and kind (`2019`,
/// `JTBC, 2023`, `2016–2017`, `2019.03.04`, `12 episodes`, `16부작`, `Sat–Sun 10:30pm`,
/// `tvN 월화드라마`).
///
/// ```
/// use ostract::read::find::work_facts;
/// assert!(work_facts("2019") && work_facts("JTBC, 2023") && work_facts("2016–2017"));
/// assert!(work_facts("12 episodes") && work_facts("tvN, 16부작"));
/// assert!(work_facts("JTBC, Sat–Sun 10:30pm") && work_facts("tvN, Wednesdays 9 pm"));
/// assert!(work_facts("tvN 월화드라마") && work_facts("KBS2 weekend drama") && !work_facts("drama"));
/// assert!(work_facts("tvK 수목드라마") && !work_facts("Kim Ha-na 수목드라마"));
/// assert!(!work_facts("Park Ha-eun") && !work_facts("3:41") && !work_facts("1 hr 38 min"));
/// assert!(!work_facts("episodes") && !work_facts("Episode 3 ending"));
/// ```
pub fn work_facts(s: &str) -> bool {
    let year = |t: &str| {
        t.len() == 4
            && t.chars().all(|c| c.is_ascii_digit())
            && (t.starts_with("19") || t.starts_with("20"))
    };
    let digits = |t: &str| !t.is_empty() && t.chars().all(|c| c.is_ascii_digit());
    let episodes = |t: &str| {
        ["episodes", "episode", "eps"]
            .iter()
            .any(|e| t.eq_ignore_ascii_case(e))
            || t.strip_suffix("부작").is_some_and(digits)
    };
    // Its slot: days of the week and a clock time (`Sat–Sun 10:30pm`, `Wednesdays 9 pm`).
    let day = |t: &str| {
        let t = t.trim_end_matches('s');
        evidence::weekdays(t)
            || t.eq_ignore_ascii_case("weekday")
            || t.eq_ignore_ascii_case("weekend")
    };
    let clock = |t: &str| {
        let t = t.to_ascii_lowercase();
        let n = t.trim_end_matches("pm").trim_end_matches("am");
        n.len() < t.len() && n.split(':').all(digits) || matches!(t.as_str(), "pm" | "am")
    };
    // Its kind, with its broadcaster (`tvN 월화드라마`, `KBS2 weekend drama`).
    let kind = |t: &str| {
        t.strip_suffix("드라마").is_some_and(|d| {
            matches!(
                d,
                "" | "월화" | "수목" | "금토" | "토일" | "주말" | "일일" | "미니" | "아침"
            )
        }) || [
            "drama",
            "series",
            "miniseries",
            "weekend",
            "daily",
            "sitcom",
        ]
        .iter()
        .any(|k| t.eq_ignore_ascii_case(k))
    };
    let tokens: Vec<&str> = s
        .split([',', ' ', '/', '·', '–', '-', '.', '~'])
        .filter(|t| !t.is_empty())
        .collect();
    let counted = tokens.iter().any(|t| episodes(t))
        && tokens.iter().any(|t| digits(t) || t.ends_with("부작"));
    let scheduled = tokens.iter().any(|t| day(t));
    let aired = tokens.iter().any(|t| kind(t)) && tokens.iter().any(|t| is_network(t));
    // `(tvK 수목드라마)`: a Korean slot's kind says a broadcaster the tables need not know
    // stands beside it.
    let slot = tokens
        .iter()
        .any(|t| kind(t) && t.ends_with("드라마") && *t != "드라마");
    let fact =
        |t: &&str| digits(t) || is_network(t) || episodes(t) || day(t) || clock(t) || kind(t);
    let unknown: Vec<&&str> = tokens.iter().filter(|t| !fact(t)).collect();
    let broadcaster = |t: &&&str| t.len() <= 5 && t.chars().all(|c| c.is_ascii_alphanumeric());
    (tokens.iter().any(|t| year(t)) || counted || scheduled || aired || slot)
        && (unknown.is_empty() || slot && unknown.len() == 1 && unknown.iter().all(broadcaster))
}

/// How sure a known title alone is of naming the drama: a one-word title (`Why`, `Time`,
/// `청춘`) is as often a common word or a song's title, quoted titles as often songs.
fn known_strength(name: &str, quoted: bool) -> f32 {
    let words = name.split_whitespace().count();
    let short_hangul = has_hangul(name) && name.chars().filter(|c| !c.is_whitespace()).count() <= 3;
    let tiny = name.chars().filter(|&c| is_alnum(c)).count() <= 2;
    if words <= 1 && !name.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
        || short_hangul
        || tiny
    {
        // A short title in quotes was set apart as a name: more than a common word.
        if quoted {
            0.5
        } else {
            0.4
        }
    } else if quoted {
        0.7
    } else {
        0.8
    }
}

/// Whether the run at `k` opens its sentence as the subject of what the sentence says of
/// a quoted song after it (`Goblin, by contrast, saved its big number, “T”`, `Signal
/// gave us “T”`): a known title there is the show, not the common word.
fn opens_about_songs(v: &View, k: usize) -> bool {
    // (The sentence is sought only for a run a verb or a comma follows.)
    v.kind(k) == Some(Kind::Run)
        && !super::pieces::opener(v.t(k))
        && (verb_at(v, k + 1) || v.kind(k + 1) == Some(Kind::Sep) && v.t(k + 1) == ",")
        && {
            let (s, e) = sentence_bounds(v, k);
            k == s && (k + 1..e).any(|i| v.kind(i) == Some(Kind::Quoted))
        }
}

/// A known title that is also a word (`Goblin`, `Start-Up`: 0.4 where it stands) names
/// the drama when the article names it again: a common word comes once, the article's
/// subject comes back.
/// Short words stay words however often they come (`W`, `시간` in each table's header).
pub fn repeated_titles(dramas: &mut [DramaMention]) {
    let weak = |d: &DramaMention| {
        d.cue == "drama.known"
            && d.strength < 0.6
            && !has_hangul(&d.name)
            && d.name.chars().filter(|&c| is_alnum(c)).count() >= 4
            && d.name.starts_with(char::is_uppercase)
    };
    let mut seen: rustc_hash::FxHashMap<String, usize> = Default::default();
    for d in dramas.iter() {
        *seen.entry(key(&d.name)).or_default() += 1;
    }
    for d in dramas.iter_mut().filter(|d| weak(d)) {
        if seen.get(&key(&d.name)).is_some_and(|&n| n >= 2) {
            d.strength = 0.6;
        }
    }
}

/// A title the article writes both with the article `The` and without: the form with it
/// when the article marks it as a title (`*The Moon Harbor*`, `“The Moon Harbor”`) or writes
/// it so mid-sentence, else the form without (`The Moon Harbor OST` opening a heading is the
/// article's word, not the title's). Returns each name dropped with the name kept.
pub fn articled_titles(
    lines: &[(&str, &[super::pieces::Piece])],
    dramas: &mut [DramaMention],
    tables: &Tables,
) -> Vec<(String, String)> {
    let mut renamed: Vec<(String, String)> = Vec::new();
    // The mentions' keys, taken once (most articles have no `The …` title at all).
    let mut keys: Option<rustc_hash::FxHashSet<String>> = None;
    for i in 0..dramas.len() {
        let Some(bare) = dramas[i].name.strip_prefix("The ").map(str::to_string) else {
            continue;
        };
        let full = dramas[i].name.clone();
        let bare_key = key(&bare);
        let named_bare = keys
            .get_or_insert_with(|| dramas.iter().map(|d| key(&d.name)).collect())
            .contains(&bare_key);
        if !named_bare
            || renamed
                .iter()
                .any(|(old, _)| key(old) == bare_key || *old == full)
        {
            continue;
        }
        // Marked as a title, or `The` capitalised where no sentence starts.
        let marked = dramas.iter().filter(|d| d.name == full).any(|d| {
            let b = lines[d.line].0[..d.start].trim_end();
            d.cue == "drama.italic"
                || b.ends_with(['“', '"', '‘', '\'', '*', '_', '《', '<'])
                || !b.is_empty() && !b.ends_with(['.', '!', '?', ':', '#', '-', '•', '|'])
        });
        let (old, new) = if marked {
            (bare, full)
        } else if tables.drama_canonical(&full).is_none() {
            (full, bare)
        } else {
            continue;
        };
        for d in dramas.iter_mut().filter(|d| d.name == old) {
            d.name = new.clone();
        }
        renamed.push((old, new));
    }
    renamed
}

/// A drama named by its initials where the article also names it whole (`CLOY` and `Crash
/// Landing on You`, `DOTS` and `Descendants of the Sun`): the initials are that title, so
/// the article names one drama, not two. Returns the initials and the title for each one
/// renamed.
///
/// ```
/// use ostract::read::{find::acronym_titles, DramaMention};
/// let m = |name: &str, line| DramaMention { line, start: 0, end: name.len(), name: name.into(), cue: "drama.known", strength: 0.8 };
/// let mut d = vec![m("Crash Landing on You", 0), m("CLOY", 2), m("BTS", 3)];
/// assert_eq!(acronym_titles(&mut d), [("CLOY".to_string(), "Crash Landing on You".to_string())]);
/// assert_eq!(d[1].name, "Crash Landing on You");
/// assert_eq!(d[2].name, "BTS");
/// ```
pub fn acronym_titles(dramas: &mut [DramaMention]) -> Vec<(String, String)> {
    let initials = |name: &str| -> String {
        name.split([' ', '-'])
            .filter_map(|w| w.chars().next())
            .flat_map(char::to_uppercase)
            .collect()
    };
    let mut renamed: Vec<(String, String)> = Vec::new();
    for i in 0..dramas.len() {
        let short = &dramas[i].name;
        // (Three to six capitals: `CLOY`, `BOF`; a title of three words at least.)
        if !(3..=6).contains(&short.len()) || !short.bytes().all(|b| b.is_ascii_uppercase()) {
            continue;
        }
        let Some(full) = dramas
            .iter()
            .find(|o| {
                o.strength >= 0.7
                    && o.name.split(' ').nth(2).is_some()
                    && initials(&o.name) == *short
            })
            .map(|o| o.name.clone())
        else {
            continue;
        };
        let old = short.clone();
        for d in dramas.iter_mut().filter(|d| d.name == old) {
            d.name = full.clone();
        }
        renamed.push((old, full));
    }
    renamed
}

/// A title cut short where the article names it whole elsewhere (`the drama "Rain: The
/// Secret Ledger"`): a mention the text around it completes into that title is the whole
/// title, its end (`Rain: The Secret Ledger OST` read as the singer Rain's, `별이 머무는
/// 시간 OST` read as the known `시간`) or its start (`Yes, Chef OST` read as `Yes`).
/// Returns each mention's line with its name before and after.
pub fn completed_titles(
    lines: &[(&str, &[super::pieces::Piece])],
    dramas: &mut [DramaMention],
) -> Vec<(usize, String, String)> {
    let mut renamed = Vec::new();
    for i in 0..dramas.len() {
        let d = &dramas[i];
        let text = lines[d.line].0;
        // Where the line writes the name (a slot's drama may come from another line).
        let Some(at) = text
            .get(d.start..d.end)
            .and_then(|t| t.find(d.name.as_str()))
            .map(|k| d.start + k)
        else {
            continue;
        };
        let (before, after) = (
            text[..at].trim_end(),
            text[at + d.name.len()..].trim_start(),
        );
        // The whole name, its other part written next to the mention.
        let Some((full, start, end)) = dramas.iter().find_map(|o| {
            if o.strength < 0.85 || o.name.len() <= d.name.len() {
                return None;
            }
            if let Some(head) = o.name.strip_suffix(d.name.as_str()).map(str::trim_end) {
                return before
                    .ends_with(head)
                    .then(|| (o.name.clone(), before.len() - head.len(), d.end));
            }
            let tail = o.name.strip_prefix(d.name.as_str())?.trim_start();
            after.starts_with(tail).then(|| {
                let end = text.len() - after.len() + tail.len();
                (o.name.clone(), d.start, end)
            })
        }) else {
            continue;
        };
        let d = &mut dramas[i];
        let old = std::mem::replace(&mut d.name, full.clone());
        (d.start, d.end) = (start, end);
        renamed.push((d.line, old, full));
    }
    renamed
}

/// A drama the article names surely, named again where no cue marks it (`Over on Moon
/// Harbor, …` after a `Moon Harbor (JTBC)` heading, `'바람의 언덕'은 …` after `'바람의 언덕'
/// OST`): each later mention is one, as the reader knows it by then. Titles of a few
/// letters are words as often (`청춘`, `Home`), and other works' (films, shows) stay theirs.
/// Speech in quotes is someone's words (`"… 거의 도깨비 OST 급"`): a title inside it is
/// no mention, a quote that is the title whole is. `lines` are the article's lines and
/// their pieces; the mentions are in line order.
pub fn echoed_titles(lines: &[(&str, &[super::pieces::Piece])], dramas: &mut Vec<DramaMention>) {
    let long_enough = |n: &str| {
        let letters = n.chars().filter(|&c| is_alnum(c)).count();
        if has_hangul(n) {
            letters >= 3
        } else {
            letters >= 5 && n.contains(' ')
        }
    };
    let mut names: Vec<String> = Vec::new();
    // The sure mentions' keys and places, once: where each name is first named.
    let mut sure: Vec<(String, (usize, usize))> = Vec::new();
    // A name with its broadcaster or its year in brackets (`D (tvN)`, `D (2016)`) is as sure.
    for d in dramas
        .iter()
        .filter(|d| d.strength >= 0.85 || matches!(d.cue, "drama.network_bracket" | "drama.year"))
    {
        sure.push((key(&d.name), (d.line, d.start)));
        if d.cue != "drama.film" && other_work(&d.name).is_none() {
            // `“The Clockmaker's Apprentice.”`: a quote's stop is no part of the title.
            let name = crate::normalize::trim_punct(&d.name);
            if long_enough(&name) && !names.contains(&name) {
                names.push(name);
            }
        }
    }
    // `Moon Lovers: Scarlet Heart Ryeo`, then `Scarlet Heart Ryeo` alone: a known title's
    // subtitle is the short name the article goes on with.
    for d in dramas
        .iter()
        .filter(|d| d.cue == "drama.known" && d.strength >= 0.7)
    {
        let Some((_, sub)) = d.name.split_once(": ") else {
            continue;
        };
        let sub = crate::normalize::trim_punct(sub);
        if long_enough(&sub) && !names.contains(&sub) {
            sure.push((key(&sub), (d.line, d.start)));
            names.push(sub);
        }
    }
    if names.is_empty() {
        return;
    }
    // The longest first: a title inside a longer one (`Moon Harbor` in `Over on Moon
    // Harbor`) is the longer one's where both are found. A searcher per title: an article
    // names few.
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    let finders: Vec<memchr::memmem::Finder> = names
        .iter()
        .map(|n| memchr::memmem::Finder::new(n.as_bytes()))
        .collect();
    // Where each name is first named surely: only later mentions echo it.
    let first: Vec<(usize, usize)> = names
        .iter()
        .map(|n| {
            let k = key(n);
            sure.iter()
                .filter(|(s, _)| *s == k)
                .map(|&(_, at)| at)
                .min()
                .unwrap_or((0, 0))
        })
        .collect();
    let mut found: Vec<DramaMention> = Vec::new();
    for (line, &(text, pieces)) in lines.iter().enumerate() {
        let here = dramas.partition_point(|d| d.line < line);
        let here = &dramas[here..here + dramas[here..].partition_point(|d| d.line == line)];
        let from = found.len();
        for (i, finder) in finders.iter().enumerate() {
            for a in finder.find_iter(text.as_bytes()) {
                let b = a + names[i].len();
                let at = pieces.partition_point(|p| p.end <= a);
                let whole = |p: &super::pieces::Piece| {
                    crate::normalize::trim_punct(p.text(text)) == text[a..b]
                };
                if pieces
                    .get(at)
                    .is_some_and(|p| p.kind == Kind::Quoted && p.start < a && !whole(p))
                {
                    continue;
                }
                // Whole words: a letter or digit on either side makes it part of another
                // word (a Hangul particle after a Hangul title is none).
                let before = text[..a].chars().next_back();
                let after = text[b..].chars().next();
                let hangul = has_hangul(&names[i]);
                if before.is_some_and(is_alnum)
                    || after
                        .is_some_and(|c| is_alnum(c) && !(hangul && crate::normalize::is_hangul(c)))
                    || (line, a) <= first[i]
                {
                    continue;
                }
                let known = here
                    .iter()
                    .any(|d| d.start <= a && b <= d.end.max(d.start + 1) + 4)
                    || found[from..].iter().any(|d| d.start < b && a < d.end);
                if !known {
                    found.push(DramaMention {
                        line,
                        start: a,
                        end: b,
                        name: names[i].clone(),
                        strength: 0.8,
                        cue: "drama.echo",
                    });
                }
            }
        }
    }
    if !found.is_empty() {
        dramas.extend(found);
        dramas.sort_by_key(|d| (d.line, d.start));
    }
}

/// Whether bracket text names a soundtrack: `D OST`, `D OST Part 2`, `D Original Soundtrack`.
pub fn has_ost(s: &str) -> bool {
    s.split(|c: char| c.is_whitespace() || c == '-' || c == '\'' || c == '’' || c == '‘')
        .any(super::pieces::is_ost_word)
        || s.contains("OST")
        || crate::normalize::contains_ignore_ascii_case(s, "soundtrack")
}

/// Whether a word names a kind of album, not a title: `Original`, `Official`,
/// `Television`, `TV` (`Original Television Soundtrack`), `Special`, `정규`.
pub fn is_album_word(w: &str) -> bool {
    // `새 OST`, `첫 OST`: a new one, the first one.
    [
        "original",
        "official",
        "television",
        "tv",
        "special",
        "스페셜",
        "정규",
        "새",
        "첫",
    ]
    .iter()
    .any(|a| w.eq_ignore_ascii_case(a))
}

/// Whether a name ends in the word for a drama (`Their Own Drama`, `This Series`): it
/// describes one and names none, unless the tables know it.
pub fn describes_a_drama(name: &str, tables: &Tables) -> bool {
    let Some((_, last)) = name.trim_end().rsplit_once(' ') else {
        return false;
    };
    let last = ["'s", "’s", "'", "’"]
        .iter()
        .find_map(|p| last.strip_suffix(p))
        .unwrap_or(last);
    DRAMA_WORDS.iter().any(|w| w.eq_ignore_ascii_case(last)) && evidence::drama(tables, name) == 0.0
}

/// Whether a name before `OST` says only what kind of album it is (`Original`, and a
/// contents line's number: `4 Original soundtrack`), naming no drama.
pub(crate) fn kind_only(name: &str) -> bool {
    name.split_whitespace()
        .all(|w| is_album_word(w) || w.chars().all(|c| c.is_ascii_digit() || c == '.'))
}

/// Bracket text without its `OST`, part number, genre tag and surrounding quotes.
/// `Goblin (Original Television Soundtrack), Pt. 4` is `Goblin`; a wiki's page of a
/// drama's soundtrack, `별이 지는 항구/OST`, is the drama's.
///
/// ```
/// use ostract::read::find::strip_ost;
/// assert_eq!(strip_ost("Goblin (Original Television Soundtrack), Pt. 4"), "Goblin");
/// assert_eq!(strip_ost("바다의 노래/OST"), "바다의 노래");
/// assert_eq!(strip_ost("Moon/Sun OST"), "Moon/Sun");
/// ```
pub fn strip_ost(s: &str) -> String {
    // Searchers made once, not a string search set up for each of the three words: every
    // heading and drama cue is asked.
    static OST: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("OST"));
    static SOUNDTRACK: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("soundtrack"));
    static SOUND_TRACK: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("sound track"));
    // ASCII lowercase keeps every byte where it was.
    let lower = s.to_ascii_lowercase();
    let cut = OST
        .find(s.as_bytes())
        .or_else(|| SOUNDTRACK.find(lower.as_bytes()))
        .or_else(|| SOUND_TRACK.find(lower.as_bytes()))
        .unwrap_or(s.len());
    let mut t = s[..cut].trim_end();
    // The words of an album's name before `Soundtrack` (`Original Television`).
    loop {
        let trimmed = t.trim_end_matches([',', '-', '–', ':', '(', '[', '/', ' ']);
        let last = trimmed.rsplit(' ').next().unwrap_or("");
        if is_album_word(last.trim_start_matches(['(', '['])) && last.len() < trimmed.len() {
            t = &trimmed[..trimmed.len() - last.len()];
        } else {
            t = trimmed;
            break;
        }
    }
    crate::normalize::trim_punct(t)
}

/// Broadcasters and streamers, as articles write them before a drama's title.
const NETWORKS: &[&str] = &[
    "KBS2",
    "KBS 2TV",
    "KBS Joy",
    "KBS",
    "SBS Plus",
    "SBS",
    "MBC every1",
    "MBC",
    "tvN Story",
    "tvN",
    "JTBC",
    "OCN",
    "ENA",
    "Netflix",
    "MBN",
    "TV조선",
    "채널A",
    "Mnet",
    "TVN",
    "넷플릭스",
    "디즈니+",
    "티빙",
    "쿠팡플레이",
    "웨이브",
    "왓챠",
    "TVING",
    "Disney+",
    "Coupang Play",
    "Wavve",
    "Channel A",
    "TV Chosun",
];

/// Where a line's trailing airing facts start: a dash or bar, a broadcaster, then only
/// days and times (`Seven Days of Rain — tvN, Sat–Sun`, `D | JTBC Fri-Sat 10:30 pm`).
///
/// ```
/// use ostract::read::find::aired_from;
/// assert_eq!(aired_from("Seven Days of Rain — tvN, Sat–Sun"), Some(18));
/// assert_eq!(aired_from("Salt Road – Kim Do-yoon"), None);
/// assert_eq!(aired_from("Salt Road — tvN"), Some(9));
/// assert_eq!(aired_from("Salt Road | Disney+ Wed"), Some(9));
/// ```
pub fn aired_from(line: &str) -> Option<usize> {
    // After the broadcaster: only days and times.
    static TAIL: crate::per_thread::PerThreadRegex = crate::per_thread::PerThreadRegex::new(|| {
        let day = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?";
        regex::Regex::new(&format!(
            r"^(?:[\s,·/]+(?:{day}(?:\s*[–-]\s*{day})?|\d{{1,2}}(?::\d{{2}})?\s*(?:[ap]\.?m\.?)?|KST))*\s*$"
        ))
        .unwrap()
    });
    // The separators are few in a line: each is asked whether a broadcaster follows it
    // (`—` and `–` start with byte E2).
    memchr::memchr3_iter(b'|', b'-', 0xE2, line.as_bytes()).find_map(|i| {
        let sep = line.get(i..)?.chars().next()?;
        if !matches!(sep, '—' | '–' | '|' | '-') {
            return None;
        }
        let rest = line[i + sep.len_utf8()..].trim_start();
        let network = NETWORKS
            .iter()
            .filter(|n| rest.starts_with(*n))
            .max_by_key(|n| n.len())?;
        TAIL.is_match(&rest[network.len()..])
            .then(|| line[..i].trim_end().len())
    })
}

/// Whether a name is a broadcaster's (`tvN`, `KBS2`, `Disney+`).
///
/// ```
/// use ostract::read::find::is_network;
/// assert!(is_network("tvN") && is_network("TV Chosun") && is_network("Disney+"));
/// assert!(!is_network("Salt Road"));
/// ```
pub fn is_network(s: &str) -> bool {
    NETWORKS.contains(&s.trim())
}

/// What follows a broadcaster that opens `t` (`KBS ‘D’` → `‘D’`, `tvN D` → `D`), trimmed.
fn after_network(t: &str) -> Option<&str> {
    // A first byte compared ahead of each prefix spares most names every comparison.
    let first = t.as_bytes().first();
    NETWORKS
        .iter()
        .filter(|n| n.as_bytes().first() == first)
        .find_map(|net| {
            let r = t.strip_prefix(net)?;
            (r.is_empty()
                || r.starts_with([' ', '\'', '‘', '“', '"', '<', '《'])
                || r.starts_with(|c: char| crate::normalize::is_hangul(c)) && net.is_ascii())
            .then(|| r.trim_start())
        })
}

/// A drama name without a broadcaster before it (`KBS ‘D’`, `tvN D`), a remark's first
/// word (`also D`) or quotes.
///
/// ```
/// use ostract::read::find::strip_network;
/// assert_eq!(strip_network("KBS2 ‘소금 바람’"), "소금 바람");
/// assert_eq!(strip_network("tvK ‘여름 끝의 정원’"), "여름 끝의 정원");
/// assert_eq!(strip_network("Mr ‘Lee’ Show"), "Mr ‘Lee’ Show");
/// assert_eq!(strip_network("MBC 수목드라마"), "");
/// assert_eq!(strip_network("수목드라마"), "수목드라마");
/// ```
pub fn strip_network(s: &str) -> String {
    let mut t = s.trim();
    if let Some(r) = after_network(t) {
        t = r;
    } else if let Some((first, rest)) = t.split_once(' ') {
        // `tvK ‘D’`: a broadcaster the list does not know, before its quoted title (a
        // short word of letters with a capital in it).
        let quoted = rest.starts_with(['\'', '‘', '“', '"', '《', '<', '「', '『'])
            && rest.ends_with(['\'', '’', '”', '"', '》', '>', '」', '』']);
        if quoted
            && (2..=5).contains(&first.len())
            && first.chars().all(|c| c.is_ascii_alphanumeric())
            && first.chars().any(|c| c.is_ascii_uppercase())
        {
            t = rest;
        }
    }
    // `주말 드라마 ‘D’`, `웹드라마 'D'`, `KBS2 수목극 D`: the kind of drama before the title.
    if let Some(r) = t.strip_prefix("주말 드라마") {
        t = r.trim_start();
    } else if let Some((first, rest)) = t.split_once(' ') {
        let last = first.as_bytes().last();
        if KO_DRAMA_ENDS
            .iter()
            .any(|e| e.as_bytes().last() == last && first.ends_with(e))
            && !rest.trim().is_empty()
        {
            t = rest.trim_start();
        }
    } else if let Some(r) = t.strip_prefix("드라마") {
        t = r.trim_start();
    } else if t.len() < s.trim().len() && KO_DRAMA_ENDS.iter().any(|e| t.ends_with(e)) {
        // `MBC 수목드라마`: a broadcaster's kind of drama, and no name after it.
        t = "";
    }
    // `(also Tomorrow's Weather)`, `and Goblin`: a remark's first word before the name.
    for lead in ["also ", "and ", "plus "] {
        if t.len() > lead.len()
            && t.is_char_boundary(lead.len())
            && t[..lead.len()].eq_ignore_ascii_case(lead)
            && t[lead.len()..].starts_with(|c: char| !c.is_lowercase())
        {
            t = &t[lead.len()..];
            break;
        }
    }
    let t = quoted_lead(t)
        .trim_matches(|c: char| {
            matches!(
                c,
                '\'' | '‘' | '’' | '"' | '“' | '”' | '《' | '》' | '<' | '>'
            )
        })
        .trim();
    crate::normalize::trim_punct(t)
}

/// A name that opens with a quote and goes on after it (`‘D’, 2016`, `‘D’ 삽입곡`): the
/// quote is the name, what follows it its facts.
pub fn quoted_lead(t: &str) -> &str {
    if !t.starts_with(['\'', '‘', '"', '“', '《', '<', '「', '『']) {
        return t;
    }
    match super::pieces::lex(t).first() {
        Some(q) if q.kind == Kind::Quoted && q.start == 0 && q.end < t.len() => q.text(t),
        _ => t,
    }
}

/// `The 12 Best`, `Top 10 Most Popular`, `My 2022`, `Winter 2024`: a ranking's count or a
/// year before `OST` heads a list of songs (`The 12 Best OST Songs of 2023`), no title; a
/// known title with its year (`Reply 1988`) is the tables' to say.
pub fn list_heading(name: &str, tables: &Tables) -> bool {
    let number = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit());
    let year = |w: &str| number(w) && w.len() == 4 && (w.starts_with("19") || w.starts_with("20"));
    let rank = |w: &str| {
        [
            "best",
            "top",
            "most",
            "greatest",
            "favorite",
            "favourite",
            "essential",
        ]
        .iter()
        .any(|r| w.eq_ignore_ascii_case(r))
    };
    // `Seven OST Ballads`, `Ten Best OSTs`: a count in words, alone or ranked.
    let count = |w: &str| {
        number(w)
            || [
                "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve", "fifteen", "twenty", "thirty", "fifty", "hundred",
            ]
            .iter()
            .any(|c| w.eq_ignore_ascii_case(c))
    };
    let words: Vec<&str> = name.split_whitespace().collect();
    let ranked = words.iter().any(|w| rank(w)) && words.iter().any(|w| number(w));
    // `2 CDs`, `19 tracks`: a count of things (`18 Again` is a title).
    let counted = words.iter().all(|w| count(w) || rank(w))
        || words.len() == 2 && number(words[0]) && words[1].len() >= 3 && words[1].ends_with('s');
    (ranked || counted || words.iter().any(|w| year(w))) && evidence::drama(tables, name) == 0.0
}

/// What a name given as a song's work is when it is no drama: a film (`영화 ‘D’`, `the
/// film D`), a variety show (`예능 ‘D’`) or a webtoon (`웹툰 ‘D’`), as the reason its
/// songs are dropped.
pub fn other_work(name: &str) -> Option<&'static str> {
    let name = name.trim();
    // Compared without ASCII case rather than lowercased: the words are ASCII and Hangul,
    // and the only other letters that lowercase to ASCII (Kelvin's `K` to `k`, `İ` to `i`
    // and a dot above) make none of them.
    let starts = |words: &[&str]| {
        words.iter().any(|f| {
            name.get(..f.len())
                .is_some_and(|p| p.eq_ignore_ascii_case(f))
        })
    };
    if starts(&[
        "영화",
        "film ",
        "the film",
        "movie ",
        "the movie",
        "from the film",
        "from the movie",
    ]) {
        Some("a film's song")
    } else if starts(&["예능"])
        || SHOW_KINDS
            .iter()
            .any(|k| starts(&[k]) && name[k.len()..].starts_with(" show "))
    {
        Some("a variety show's song")
    } else if starts(&["웹툰", "네이버웹툰", "webtoon "]) {
        Some("a webtoon's song")
    } else {
        None
    }
}
