//! Tables with a header row: the header names each column (`No. | Title | Lyrics |
//! Music | Artist | Length`, `곡명 | 가수 | 작사`), and the rows under it are read cell by
//! cell by those names. A wiki's track list credits its lyricist and composer in cells
//! as name-like as the singer's; only the header tells them apart.
//!
//! Rows come as lines with cells apart by ` | ` (how [`crate::html`] writes a `<tr>`);
//! a row that starts with its number is written as a numbered item (`1. “T” | A`), so
//! its number column is gone from the cells.
//!
//! ```
//! use ostract::read::table::{header_row, row, Column};
//! let h = header_row("No. | Title | Lyrics | Artist").unwrap();
//! assert_eq!(h.cols, [Column::Other, Column::Track, Column::Other, Column::Artist]);
//! let r = row("1. “Glass Door” | Choi Eun-ha | Park Ha-eun", &h).unwrap();
//! assert_eq!((r.track.as_str(), r.artists.as_str()), ("Glass Door", "Park Ha-eun"));
//! ```

use super::find::{has_ost, strip_ost};
use crate::normalize::{has_hangul, key};
use crate::segment::strip_marker;

/// What a table's column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Track,
    Artist,
    Drama,
    /// An album: a soundtrack's names its drama (`Goblin (Original Television
    /// Soundtrack), Pt. 4`), another names none.
    Album,
    Other,
}

/// The column a header cell names, or `None` when the cell is no column name.
fn column(cell: &str) -> Option<Column> {
    // No name below has more than 11 letters (`releasedate`): an ASCII cell of more than
    // 16 letters and digits (all an ASCII key keeps) names none, seen without building
    // its key (the first cell of a line with a comma is mostly a clause of prose).
    if cell.is_ascii()
        && cell
            .bytes()
            .filter(u8::is_ascii_alphanumeric)
            .nth(16)
            .is_some()
    {
        return None;
    }
    // `방송사(연도)`, `Singer(s)`, `Release date (KST)`: the name before its bracket.
    let cell = match cell.find(['(', '[']) {
        Some(i) if i > 0 => &cell[..i],
        _ => cell,
    };
    // `Nominee / Work`: a column of two names is the first's, when both name one.
    if let Some((first, second)) = cell.split_once('/') {
        return column(first.trim()).filter(|_| column(second.trim()).is_some());
    }
    // Nor does a cell of more than 16 ASCII letters, digits and Hangul syllables (its key
    // keeps each as one character), seen without building the key: the first cell of a
    // Korean line with a comma is mostly a clause of prose.
    if cell
        .chars()
        .filter(|&c| c.is_ascii_alphanumeric() || ('\u{ac00}'..='\u{d7a3}').contains(&c))
        .nth(16)
        .is_some()
    {
        return None;
    }
    Some(match key(cell).as_str() {
        "song" | "songs" | "title" | "songtitle" | "track" | "tracktitle" | "곡명" | "제목"
        | "곡" | "곡정보" | "노래" | "트랙" | "name" | "ost" | "osts" | "ostsong" | "ostsongs" => {
            Column::Track
        }
        // `후보곡`, `수록곡`, `대표곡`: a kind of song (not `작곡`, `편곡`, its writing).
        k if k.ends_with('곡')
            && k.chars().count() <= 4
            && !k.ends_with("작곡")
            && !k.ends_with("편곡") =>
        {
            Column::Track
        }
        "artist" | "artists" | "singer" | "singers" | "vocal" | "vocals" | "vocalist"
        | "vocalists" | "vocalsby" | "performer" | "performers" | "performedby" | "sungby"
        | "가수" | "가수명" | "아티스트" | "아티스트명" | "가창" | "가창자" | "보컬"
        | "보컬리스트" | "부른이" | "연주" | "연주자" => Column::Artist,
        "drama" | "series" | "show" | "from" | "featuredin" | "드라마" | "작품" | "source"
        | "origin" | "appearsin" | "featuredon" | "dramatitle" | "kdrama"
        | "tvseries" | "드라마명" => Column::Drama,
        "album" | "앨범" => Column::Album,
        "no" | "number" | "part" | "파트" | "번호" | "순서" | "순위" | "rank" | "lyrics"
        | "lyricist" | "music" | "composer" | "composers" | "composedby" | "arranger"
        | "arrangement" | "arrangedby" | "length" | "time" | "duration" | "runtime" | "year"
        | "released" | "releasedate" | "date" | "note" | "notes" | "episode" | "episodes"
        | "network" | "label" | "작사" | "작곡" | "편곡" | "시간" | "재생시간" | "발매일"
        | "비고" | "방송사" | "연도" | "koreantitle" | "hangul" | "korean" | "romanization"
        | "romanized" | "english" | "englishtitle" | "listen" | "play" | "plays" | "streams"
        | "peak" | "peakposition" | "chart" | "position" | "award" | "awards" | "category"
        | "nominee" | "nominees" | "result" | "type" | "titletrack" | "ratings" | "rating"
        | "writer" | "director" | "cast" | "role" | "원제" | "한글" | "영문" | "순위변동"
        | "수상" | "부문" | "결과" | "시청률" | "region" | "country" | "format" | "formats"
        | "edition" | "catalog" | "catalogue" | "sales" | "certification" | "certifications"
        | "ref" | "refs" | "chartpositions" | "ceremony" | "awardceremony" | "recipient"
        | "recipients" | "nominatedwork" | "work" | "film" | "movie" | "지역" | "형식"
        | "유통사" | "기획사"
        // A music site's buttons (Melon's and Genie's track lists).
        | "좋아요" | "듣기" | "담기" | "뮤비" | "다운" | "앨범정보" | "선택" | "전체선택" => {
            Column::Other
        }
        // `#`, `№`: nothing but the mark is left.
        "" if !cell.trim().is_empty() => Column::Other,
        _ => return None,
    })
}

/// Whether a name is a table column's (`Time`, `Artist`, `Release date`).
pub(crate) fn names_column(name: &str) -> bool {
    column(name.trim()).is_some_and(|_| !key(name).is_empty())
}

/// Whether a line is a table's rule row (`--- | :---: | ---`), which a Markdown table
/// writes under its header row and [`crate::html`] under a `<th>` row: the line above it
/// heads columns, whatever it names.
///
/// ```
/// use ostract::read::table::is_rule_row;
/// assert!(is_rule_row("--- | :---: | ---"));
/// assert!(is_rule_row("|---|---|"));
/// assert!(!is_rule_row("---"));
/// assert!(!is_rule_row("Title | ---"));
/// // A plain-text table's rule crosses its bars (`+`), as database shells print them.
/// assert!(is_rule_row("------+--------+-----"));
/// assert!(!is_rule_row("-------"));
/// ```
pub fn is_rule_row(text: &str) -> bool {
    let t = text.trim();
    t.contains(['|', '+'])
        && t.contains("---")
        && t.bytes()
            .all(|b| matches!(b, b'-' | b':' | b'|' | b'+' | b' '))
}

/// A table's header: the columns it names and the mark between cells (`|`, or `,` for
/// a CSV copied into a page).
#[derive(Debug, Clone, PartialEq)]
pub struct Header {
    pub cols: Vec<Column>,
    pub sep: char,
    /// The title's column is a song's whole (`곡정보`, `Song info`): its cells hold the
    /// singer after the title (`T, A`), as a music site lays them out.
    pub info: bool,
}

/// The columns a header row names, when every cell names one.
pub fn header_row(text: &str) -> Option<Header> {
    header(text, false)
}

/// The columns of a row known to head a table, as the rule row under it says
/// ([`is_rule_row`]): cells this reader does not know (`KOR`, `Likes`) are columns it has
/// no use for, when the header names a title's and a singer's column. (Without a singer's
/// column the rows are better read as any line is: `“T” (A) | 2021 | 3`.)
///
/// ```
/// use ostract::read::table::{header_over_rule, Column::*};
/// let h = header_over_rule("| Song | Year | KOR | US | Singer |").unwrap();
/// assert_eq!(h.cols, [Track, Other, Other, Other, Artist]);
/// assert_eq!(header_over_rule("Title | Year | KOR | US"), None);
/// assert_eq!(header_over_rule("Ep. | Date | Nationwide | Seoul"), None);
/// ```
pub fn header_over_rule(text: &str) -> Option<Header> {
    header(text, true)
        .filter(|h| h.cols.contains(&Column::Track) && (h.cols.contains(&Column::Artist) || h.info))
}

/// A Markdown row's cells, without the bars at its ends (`| T | A |`): a slice of `text`.
pub(crate) fn inner(text: &str) -> &str {
    let t = text.trim();
    match t.strip_prefix('|') {
        Some(r) => r.strip_suffix('|').unwrap_or(r),
        None => text,
    }
}

fn header(text: &str, headed: bool) -> Option<Header> {
    let text = inner(text);
    // Bars, or else commas (`drama,part,title,artists`).
    let sep = if text.contains('|') {
        '|'
    } else if text.contains(',') {
        ','
    } else {
        return None;
    };
    // `# | Title | Artist`: the marker of a heading is the number column's name.
    // Cell by cell: most lines with a comma are prose, and their first cell names none.
    let named: Vec<Option<Column>> = text.split(sep).map(|c| column(c.trim())).collect();
    // A column this reader does not know (`Listeners`, `좋아요`) among a title's and a
    // singer's, in a row of bars, is one it has no use for; a cell of a sentence's
    // length names none.
    let unknown = named.iter().filter(|c| c.is_none()).count();
    let both = named.contains(&Some(Column::Track)) && named.contains(&Some(Column::Artist));
    let short = || {
        text.split(sep)
            .zip(&named)
            .all(|(cell, c)| c.is_some() || cell.split_whitespace().count() <= 2)
    };
    if unknown > 0 && !headed && !(sep == '|' && both && unknown * 3 <= named.len() && short()) {
        return None;
    }
    let mut cols: Vec<Column> = named
        .into_iter()
        .map(|c| c.unwrap_or(Column::Other))
        .collect();
    // `노래` is the song, or, beside a column that names the song (`곡명 | 노래 | 작사`),
    // who sings it; `Track` and `트랙` beside one are the track's number.
    if cols.iter().filter(|c| **c == Column::Track).count() > 1 {
        for (c, cell) in cols.iter_mut().zip(text.split(sep)) {
            match key(cell).as_str() {
                "노래" => *c = Column::Artist,
                "track" | "트랙" | "ost" | "osts" => *c = Column::Other,
                _ => {}
            }
        }
    }
    // `Korean title | English title`: with no title's column, the title in Korean is the
    // song's, and the one beside it its translation.
    if !cols.contains(&Column::Track) {
        if let Some((c, _)) = cols.iter_mut().zip(text.split(sep)).find(|(_, cell)| {
            matches!(
                key(cell).as_str(),
                "koreantitle" | "원제" | "한글" | "hangul"
            )
        }) {
            *c = Column::Track;
        }
    }
    // `Name` is the song's beside a singer's column (`Name | Artist | Length`), else a
    // person's (`Name | Role`).
    if !cols.contains(&Column::Artist) {
        for (c, cell) in cols.iter_mut().zip(text.split(sep)) {
            if key(cell) == "name" {
                *c = Column::Other;
            }
        }
    }
    // `Drama | OST`: the song's column only beside a singer's; without one, its cells
    // hold the whole credit (`T – A`), which a line's layout reads.
    let ost = |cell: &str| key(cell).starts_with("ost");
    if !cols.contains(&Column::Artist)
        && cols
            .iter()
            .zip(text.split(sep))
            .any(|(c, cell)| *c == Column::Track && ost(cell))
    {
        return None;
    }
    // A header without a title column heads another table (ratings, awards): its rows
    // hold no song, and are read as none.
    // Prose has commas: only bars make one, of words only (`▶ Play | ♡ | ⋯` is a player).
    let songs = cols.contains(&Column::Track);
    let named = || text.split(sep).all(|c| !key(c).is_empty());
    let info = !cols.contains(&Column::Artist)
        && text
            .split(sep)
            .any(|c| matches!(key(c).as_str(), "곡정보" | "songinfo" | "trackinfo"));
    (cols.len() >= 2 && (songs || sep == '|' && named())).then_some(Header { cols, sep, info })
}

/// One row of a table read by its header's columns.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub track: String,
    pub artists: String,
    pub drama: Option<String>,
    /// Whether the title cell was in quotes.
    pub quoted: bool,
    /// Byte span of the row's cells in the line.
    pub start: usize,
    pub end: usize,
}

/// Whether a row has outgrown a header that names no singer's column: more cells than
/// columns (`Song | Time` over `T | A | 3:57`, the singer under the title in the song's
/// column). Such a row is laid out as any line of cells is; a row of fewer cells lost
/// some to a merged cell above it.
pub fn outgrows(text: &str, header: &Header) -> bool {
    let (body, marked) = cells(text);
    // A row whose number became its list marker (`1. T | A | 3:52` under
    // `# | Title | Time`) has that column's cell too.
    let numbered = marked && header.cols[0] == Column::Other;
    header.sep == '|'
        && !header.cols.contains(&Column::Artist)
        && body.split('|').count() + usize::from(numbered) > header.cols.len()
}

/// A row's cells without its bars at the ends and its list marker, and whether a marker
/// stood before them.
fn cells(text: &str) -> (&str, bool) {
    let cells_text = inner(text);
    let body = strip_marker(cells_text);
    (body, body.len() < cells_text.trim_start().len())
}

/// Reads a row under a header: as many cells as columns (or one fewer, when the row's
/// number became its list marker), with a title in the title column.
pub fn row(text: &str, header: &Header) -> Option<Row> {
    let (body, _) = cells(text);
    // Where the cells begin in the line (`body` is a slice of it).
    let from = body.as_ptr() as usize - text.as_ptr() as usize;
    let cells: Vec<String> = if header.sep == ',' {
        // A CSV row: the csv crate reads its quoted cells (`"Kill Me, Heal Me"`).
        csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(body.as_bytes())
            .records()
            .next()?
            .ok()?
            .iter()
            .map(str::to_string)
            .collect()
    } else {
        let mut cells: Vec<String> = body.split('|').map(str::to_string).collect();
        // `                | T | A` under `Drama | Song | Artist`: a plain-text table's
        // first cell left blank (its drama is the row's above), its bar kept in place.
        if text.starts_with("  ") && text.trim_start().starts_with('|') {
            cells.insert(0, String::new());
        }
        cells
    };
    let cols = &header.cols;
    // A row whose leading cells were empty (a music site's check box) or whose number
    // became its list marker has fewer cells than its header's leading columns of no use.
    let short = cols.len().saturating_sub(cells.len());
    let cols = if short > 0 && cols[..short].iter().all(|c| *c == Column::Other) {
        &cols[short..]
    } else {
        &cols[..]
    };
    if cells.len() != cols.len() || cells.len() < 2 {
        return None;
    }
    let cell = |r: Column| {
        cols.iter()
            .position(|c| *c == r)
            .map(|i| cells[i].trim())
            .filter(|c| !c.is_empty())
    };
    // A music store marks its album's lead song with a badge the page glues to the
    // title (`타이틀곡봄바람`).
    let title_cell = cell(Column::Track)?;
    // `(see note a)`, `(미공개)`: a title's cell holding only a bracket is a note.
    if title_cell.starts_with('(') && title_cell.ends_with(')') {
        return None;
    }
    // `Lyrics: A | Composer: B`: a song's credits under its row, no row of the table.
    if title_cell
        .split_once(':')
        .is_some_and(|(label, _)| super::is_fact_label(label))
    {
        return None;
    }
    let title_cell = match title_cell.strip_prefix("타이틀곡") {
        Some(rest) if !key(rest).is_empty() => rest.trim_start(),
        _ => title_cell,
    };
    let mut artists = cell(Column::Artist).unwrap_or("").to_string();
    // `곡정보` over `T - A`: with no singer's column, the song's cell holds its singer
    // too (a music site's title and artist, side by side); over `T, A`, a song's whole
    // (`곡정보`) names the title first, the rest its singers (a title with its own comma,
    // `다시 난, 여기`, is cut: nothing tells the two apart).
    let both = title_cell
        .split_once(" - ")
        .filter(|(_, a)| !key(a).is_empty())
        .or_else(|| header.info.then(|| title_cell.split_once(", ")).flatten())
        .filter(|(t, _)| artists.is_empty() && !key(t).is_empty());
    let title_cell = match both {
        Some((t, a)) => {
            artists = a.trim().to_string();
            t.trim()
        }
        None => title_cell,
    };
    let (mut track, quoted) = unquote(title_cell);
    if key(&track).is_empty() {
        return None;
    }
    // `“T” (feat. X)` in the title cell: X sings it too.
    if let (head, Some(guest)) = crate::normalize::split_feat(&track) {
        if !artists.is_empty() {
            artists.push_str(", ");
        }
        artists.push_str(guest);
        track = head.to_string();
    }
    Some(Row {
        track,
        artists,
        // An album's cell names the drama when it is a soundtrack's; so does a note's
        // (`비고`, `Notes`: `‘D’ OST Part.4`; not `Indie duo's first OST`, a remark).
        drama: cell(Column::Drama).map(drama_cell).or_else(|| {
            cols.iter()
                .zip(&cells)
                .filter(|(c, _)| matches!(c, Column::Album | Column::Other))
                .map(|(_, cell)| cell.trim())
                .find(|a| has_ost(a))
                .map(|a| drama_cell(&strip_ost(a)))
                .filter(|d| !key(d).is_empty() && !super::evidence::not_a_name(d))
        }),
        quoted,
        start: from,
        end: text.trim_end().len(),
    })
}

/// A drama's cell without its quotes and the note in brackets after the name
/// (`Tides of Jeju (KBS2)`, `“Moon Tide” (2021)`).
fn drama_cell(cell: &str) -> String {
    // `tvN ‘유리정원의 밤’`: the broadcaster before the quoted name is no part of it.
    let cell = match cell.trim().split_once(' ') {
        Some((network, rest)) if super::find::is_network(network) => rest,
        _ => cell,
    };
    let name = unquote(cell).0;
    // `겨울 항구 (KBS2, 2023)`: the bracket after the name, whatever its commas hold.
    // `— (single)`: a chart's dash names no drama, whatever the bracket says.
    let name = match name
        .strip_suffix(')')
        .and_then(|r| r.rfind('(').map(|i| &name[..i]))
    {
        Some(before) if !key(before).is_empty() => before.trim_end().to_string(),
        Some(before) if before.trim().starts_with(['—', '–', '-']) => String::new(),
        _ => name,
    };
    // `Paper Moon, 종이달 · KBS2`: the cell's second line, its name in the other script
    // and its broadcaster, is no part of the name.
    match name.split_once(", ") {
        Some((a, b)) if !key(a).is_empty() && has_hangul(a) != has_hangul(b) => a.to_string(),
        _ => name,
    }
}

/// A cell without its quotes (`“Glass Door”` → `Glass Door`); a gloss or a version tag
/// after the quotes stays (`“Glass Door” (Inst.)` → `Glass Door (Inst.)`): normalising
/// reads it.
fn unquote(cell: &str) -> (String, bool) {
    const PAIRS: &[(char, char)] = &[
        ('"', '"'),
        ('“', '”'),
        ('‘', '’'),
        ('\'', '\''),
        ('「', '」'),
        ('〈', '〉'),
        ('<', '>'),
    ];
    for &(o, c) in PAIRS {
        let Some(rest) = cell.strip_prefix(o) else {
            continue;
        };
        if let Some(e) = rest.find(c) {
            let after = rest[e + c.len_utf8()..].trim();
            let inner = rest[..e].trim();
            return if after.is_empty() {
                (inner.to_string(), true)
            } else {
                (format!("{inner} {after}"), true)
            };
        }
    }
    (cell.to_string(), false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_indented_row_opening_with_a_bar_has_its_first_cell_blank() {
        let h = header_row("Drama                  | Song          | Artist").unwrap();
        let r = row("                       | Everytime     | Chen, Punch", &h).unwrap();
        assert_eq!(
            (r.track.as_str(), r.artists.trim(), r.drama),
            ("Everytime", "Chen, Punch", None)
        );
        // A Markdown row's bars at its ends frame its cells: no blank cell.
        let h = header_row("| Song | Artist |").unwrap();
        let r = row("| Everytime | Chen, Punch |", &h).unwrap();
        assert_eq!(r.track, "Everytime");
    }

    #[test]
    fn a_title_cell_of_only_a_bracket_is_a_note() {
        let h = header_row("Part | Title | Artist(s) | Date").unwrap();
        assert!(row("8 | (see note a) | -- | 2017-01-06", &h).is_none());
        assert!(row("8 | (미공개 - 추가 바람) | 미정 | 2019", &h).is_none());
        let r = row("9 | Salt Road (Acoustic) | Lee Dan | 2017-01-07", &h).unwrap();
        assert_eq!(r.track, "Salt Road (Acoustic)");
    }

    #[test]
    fn a_header_names_every_column_or_is_no_header() {
        use Column::*;
        let cols = |t: &str| header_row(t).map(|h| h.cols);
        assert_eq!(
            cols("No. | Title | Lyrics | Music | Artist | Length"),
            Some(vec![Other, Track, Other, Other, Artist, Other])
        );
        assert_eq!(
            cols("# | Korean title | English title | Artist"),
            Some(vec![Other, Track, Other, Artist])
        );
        assert_eq!(
            cols("곡명 | 가수 | 작사 | 작곡"),
            Some(vec![Track, Artist, Other, Other])
        );
        // A score album's performers.
        assert_eq!(cols("번호 | 곡명 | 연주"), Some(vec![Other, Track, Artist]));
        // Every word for who sings, beside the writers' columns.
        for singer in ["Vocalist", "Vocalists", "가수명", "가창자", "부른 이"] {
            assert_eq!(
                cols(&format!("No. | Title | Lyrics | Music | {singer} | Length")),
                Some(vec![Other, Track, Other, Other, Artist, Other]),
                "{singer}"
            );
        }
        // A kind of song names the songs' column; the song's writing does not.
        assert_eq!(
            cols("가수 | 후보곡 | 드라마"),
            Some(vec![Artist, Track, Drama])
        );
        assert_eq!(
            cols("수록곡 | 작곡 | 편곡"),
            Some(vec![Track, Other, Other])
        );
        // A music site's track list, its buttons' columns too.
        assert_eq!(
            cols("번호 | 곡정보 | 아티스트 | 좋아요 | 듣기"),
            Some(vec![Other, Track, Artist, Other, Other])
        );
        assert_eq!(
            cols("Drama | Song | Singer"),
            Some(vec![Drama, Track, Artist])
        );
        assert_eq!(
            cols("drama,part,title,artists"),
            Some(vec![Drama, Other, Track, Artist])
        );
        // A column of no use beside a title's and a singer's; `Name` is a song's only
        // beside a singer's.
        assert_eq!(
            cols("Name | Artist | Length | Listeners"),
            Some(vec![
                Column::Track,
                Column::Artist,
                Column::Other,
                Column::Other
            ])
        );
        assert_eq!(
            cols("Name | Role | Episodes"),
            Some(vec![Column::Other, Column::Other, Column::Other])
        );
        assert_eq!(cols("Title | Listeners | Plays"), None);
        // A row of values, a header without a title column, a line without cells.
        assert_eq!(header_row("“Glass Door” | Park Ha-eun"), None);
        assert_eq!(header_row("Ep. | Original broadcast date | Share"), None);
        assert_eq!(header_row("▶ Play | ♡ | ⋯"), None);
        // Staff columns alone head a table of credits, whose rows hold no song.
        assert!(header_row("Lyrics | Music").is_some_and(|h| !h.cols.contains(&Track)));
        assert_eq!(
            cols("순위 | 드라마 | 곡명 | 가수 | 방송사(연도)"),
            Some(vec![Other, Drama, Track, Artist, Other])
        );
        // Another table's header names no title: its rows hold no song.
        let awards = header_row("Year | Award | Category | Nominee | Result").unwrap();
        assert!(!awards.cols.contains(&Track));
        assert_eq!(
            row(
                "2017 | Seoul Drama Awards | Best OST | Mira Dove | Won",
                &awards,
            ),
            None
        );
        assert_eq!(header_row("Title"), None);
        assert_eq!(header_row("Song | Harbor / Tide"), None);
        // A release history and a chart's sales head rows that hold no song.
        for other in [
            "Region | Date | Format | Label",
            "Year | Chart positions | Sales",
            // Two column names in one cell.
            "Award ceremony | Year | Category | Nominee / Work | Result",
        ] {
            assert!(
                header_row(other).is_some_and(|h| !h.cols.contains(&Track)),
                "{other}"
            );
        }
        // `노래` beside a title column is who sings; alone, it is the song.
        assert_eq!(cols("곡명 | 노래 | 작사"), Some(vec![Track, Artist, Other]));
        assert_eq!(cols("노래 | 가수"), Some(vec![Track, Artist]));
        assert_eq!(cols("트랙 | 곡명 | 가수"), Some(vec![Other, Track, Artist]));
        assert_eq!(
            cols("Track | Title | Artist"),
            Some(vec![Other, Track, Artist])
        );
        // `OST` names the song's column beside a singer's, and no column beside a title's.
        assert_eq!(
            header_over_rule("Drama | OST | Sung by | Where you heard it").map(|h| h.cols),
            Some(vec![Drama, Track, Artist, Other])
        );
        assert_eq!(
            cols("OST | Title | Singer"),
            Some(vec![Other, Track, Artist])
        );
        assert_eq!(cols("Drama | OST"), None);
        // A chart's column of dramas and films.
        assert_eq!(
            header_over_rule("No. | | Title | Artist | Drama / Film | Wks").map(|h| h.cols),
            Some(vec![Other, Other, Track, Artist, Drama, Other])
        );
    }

    #[test]
    fn a_drama_cell_is_its_name_alone() {
        for (cell, name) in [
            ("Tides of Jeju (KBS2)", "Tides of Jeju"),
            ("“Moon Tide” (2021)", "Moon Tide"),
            ("Paper Moon, 종이달 · KBS2", "Paper Moon"),
            ("Love, Again", "Love, Again"),
            ("tvN ‘유리정원의 밤’", "유리정원의 밤"),
            ("KBS2 “Moon Tide”", "Moon Tide"),
        ] {
            assert_eq!(drama_cell(cell), name);
        }
    }

    #[test]
    fn a_notes_cell_that_names_a_soundtrack_gives_the_rows_drama() {
        let h = header_row("순위 | 곡명 | 아티스트 | 비고").unwrap();
        let r = row("3. 달빛 정원 | 박하은 | ‘겨울 항구’ OST Part.4", &h).unwrap();
        assert_eq!(r.drama.as_deref(), Some("겨울 항구"));
        let h = header_row("Rank | Song | Artist | Notes").unwrap();
        let r = row(
            "1 | Glass Door | Park Ha-eun | Winter Harbor OST Part 2",
            &h,
        )
        .unwrap();
        assert_eq!(r.drama.as_deref(), Some("Winter Harbor"));
        // A note of another kind names none.
        let r = row(
            "2 | Paper Moon | Mira Dove | 2nd mini album title track",
            &h,
        )
        .unwrap();
        assert_eq!(r.drama, None);
        // Nor does a remark on the singer's soundtracks.
        let r = row("3 | Glowworm | Moss & Mellow | Indie duo's first OST", &h).unwrap();
        assert_eq!(r.drama, None);
    }

    #[test]
    fn a_music_sites_song_cell_holds_its_singer_and_its_row_lost_empty_cells() {
        let h = header_over_rule("선택 | 번호 | 곡정보 | 듣기")
            .or_else(|| header_row("선택 | 번호 | 곡정보 | 듣기"))
            .unwrap();
        // The check box's empty cell is gone; the number stays, or became the marker.
        for line in [
            "1 TITLE | 작은 거인 - 오하린 | 듣기",
            "2. 작은 거인 - 오하린 | 듣기",
        ] {
            let r = row(line, &h).unwrap();
            assert_eq!(
                (r.track.as_str(), r.artists.as_str()),
                ("작은 거인", "오하린"),
                "{line}"
            );
        }
        // Melon's rows: the title and its singers in one cell, the number and the
        // album's picture gone.
        let h = header_over_rule("NO | 앨범이미지 | 곡정보 | 앨범 | 좋아요").unwrap();
        for (line, t, a) in [
            (
                "물결, 이솔, 한결 | 해무 속의 왕 OST Part 3 |",
                "물결",
                "이솔, 한결",
            ),
            (
                "작은 거인, 오하린 | 소금 항구 OST Part.2 |",
                "작은 거인",
                "오하린",
            ),
        ] {
            let r = row(line, &h).unwrap();
            assert_eq!((r.track.as_str(), r.artists.as_str()), (t, a), "{line}");
        }
        // A credits line under a track list's header is no row of it.
        let h = header_row("No. | Title | Artist | Length").unwrap();
        assert_eq!(
            row(
                "Lyrics: Mira | Composer: Mira, Yang Hee-seon | Arranger: Yang",
                &h,
            ),
            None
        );
    }

    #[test]
    fn rows_are_read_by_their_columns() {
        use Column::*;
        let cols = Header {
            cols: vec![Other, Track, Other, Other, Artist, Other],
            sep: '|',
            info: false,
        };
        let r = row(
            "1. \"Salt Road\" | Han Ji-su | Oh Se-hun, Bae Jin | Kim Do-yoon | 4:02",
            &cols,
        )
        .unwrap();
        assert_eq!(r.track, "Salt Road");
        assert_eq!(r.artists, "Kim Do-yoon");
        assert!(r.quoted);
        // The number cell kept as a cell.
        let r = row(
            "1 | Salt Road | Han Ji-su | Oh Se-hun | Kim Do-yoon | 4:02",
            &cols,
        )
        .unwrap();
        assert_eq!((r.track.as_str(), r.quoted), ("Salt Road", false));
        // An instrumental row credits nobody; a row of another shape is no row.
        let r = row("2. \"Salt Road\" (Inst.) |  | Oh Se-hun |  | 4:02", &cols).unwrap();
        assert_eq!(
            (r.track.as_str(), r.artists.as_str()),
            ("Salt Road (Inst.)", "")
        );
        assert_eq!(row("Total length: | 7:22", &cols), None);
        // A guest in the title cell sings too.
        let r = row(
            "3. \"Salt Road\" (feat. Oh Se-hun) | Han Ji-su | Bae Jin | Kim Do-yoon | 4:02",
            &cols,
        )
        .unwrap();
        assert_eq!(
            (r.track.as_str(), r.artists.as_str()),
            ("Salt Road", "Kim Do-yoon, Oh Se-hun")
        );

        let cols = Header {
            cols: vec![Drama, Track, Artist],
            sep: '|',
            info: false,
        };
        let r = row("‘달빛 정원’ | 소금길 | 박하은", &cols).unwrap();
        assert_eq!(r.drama.as_deref(), Some("달빛 정원"));
        // A drama's facts in brackets, commas and all, are no part of its name; its name
        // in the other script after a comma is not either.
        for cell in [
            "달빛 정원 (KBS2, 2021)",
            "달빛 정원, Moon Garden",
            "달빛 정원",
        ] {
            let r = row(&format!("{cell} | 소금길 | 박하은"), &cols).unwrap();
            assert_eq!(r.drama.as_deref(), Some("달빛 정원"), "{cell}");
        }
        // A store's lead-song badge glued to the title is no part of it.
        let badged = row("‘달빛 정원’ | 타이틀곡소금길 | 박하은", &cols).unwrap();
        assert_eq!(badged.track, "소금길");
        assert_eq!(
            row("‘달빛 정원’ | 타이틀곡 | 박하은", &cols).unwrap().track,
            "타이틀곡"
        );
        assert_eq!(
            &"‘달빛 정원’ | 소금길 | 박하은"[r.start..r.end],
            "‘달빛 정원’ | 소금길 | 박하은"
        );
        // A CSV row, a quoted cell with its comma.
        let csv = header_row("drama,part,title,artists").unwrap();
        let r = row(
            "\"Kill the Lights, Again\",Part 1,Glass Door,Park Ha-eun / Kim Do-yoon",
            &csv,
        )
        .unwrap();
        assert_eq!(r.drama.as_deref(), Some("Kill the Lights, Again"));
        assert_eq!(
            (r.track.as_str(), r.artists.as_str()),
            ("Glass Door", "Park Ha-eun / Kim Do-yoon")
        );
    }
}
