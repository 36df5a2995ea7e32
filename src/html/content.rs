//! Finding the article in a page: per-node text statistics, and the choice of the
//! element (or run of sibling elements) that holds the story.
//!
//! Pages that mark their article (`<article>`, `itemprop=articleBody`, `entry-content`,
//! …) are trusted first. Otherwise paragraphs vote for their ancestors, weighted by
//! their length and commas and discounted with distance, in the manner of Mozilla's
//! Readability; the best container wins, with the siblings that hold prose too.

use super::DROP;
use crate::per_thread::PerThreadRegex;
use ego_tree::{NodeId, NodeRef};
use regex::Regex;
use rustc_hash::FxHashMap as HashMap;
use scraper::{Html, Node};

/// Visible text and link text lengths (in bytes, whitespace trimmed) under a node.
#[derive(Debug, Default, Clone, Copy)]
pub(super) struct Size {
    pub text: usize,
    pub links: usize,
    /// Links with text.
    pub anchors: usize,
}

impl Size {
    /// The share of the text that sits inside links.
    pub fn link_density(self) -> f64 {
        if self.text == 0 {
            0.0
        } else {
            self.links as f64 / self.text as f64
        }
    }
}

/// Sizes of every node, computed in one pass without recursion, so that deep
/// nesting costs no stack and each question about a subtree is a lookup.
pub(super) struct Sizes(HashMap<NodeId, Size>);

impl Sizes {
    pub fn new(doc: &Html) -> Sizes {
        let order: Vec<NodeRef<Node>> = doc.tree.root().descendants().collect();
        let mut map: HashMap<NodeId, Size> =
            HashMap::with_capacity_and_hasher(order.len(), Default::default());
        // Children come after their parent in document order; walking backwards
        // finishes every child before its parent.
        for n in order.iter().rev() {
            let mut size = map.get(&n.id()).copied().unwrap_or_default();
            match n.value() {
                Node::Text(t) => size.text = t.trim().len(),
                Node::Element(el) if is_hidden(el) => size = Size::default(),
                Node::Element(el) if el.name() == "a" => {
                    size.links = size.text;
                    size.anchors = usize::from(size.text > 0);
                }
                _ => {}
            }
            map.insert(n.id(), size);
            if let Some(p) = n.parent() {
                let e = map.entry(p.id()).or_default();
                e.text += size.text;
                e.links += size.links;
                e.anchors += size.anchors;
            }
        }
        Sizes(map)
    }

    pub fn get(&self, n: NodeRef<Node>) -> Size {
        self.0.get(&n.id()).copied().unwrap_or_default()
    }
}

/// Elements that are never visible text: dropped tags, `hidden`, `display:none`.
pub(super) fn is_hidden(el: &scraper::node::Element) -> bool {
    DROP.contains(&el.name())
        || attr(el, Attr::Hidden).is_some()
        || attr(el, Attr::AriaHidden) == Some("true")
        || attr(el, Attr::Style).is_some_and(|s| HIDDEN_STYLE.is_match(s))
}

static HIDDEN_STYLE: PerThreadRegex =
    PerThreadRegex::new(|| Regex::new(r"(?i)display\s*:\s*none|visibility\s*:\s*hidden").unwrap());

/// How pages mark their article: `article` and `main` elements,
/// `itemprop="articleBody"`, and these classes and ids.
const MARKED_CLASSES: &[&str] = &[
    "entry-content",
    "post-content",
    "article-content",
    "article-body",
    "article_body",
    "story-body",
    "news_body",
    "post-body",
    "content",
];
const MARKED_IDS: &[&str] = &[
    "article-body",
    "articleBody",
    "article_body",
    "articleText",
    "news_body",
    "content",
];

fn is_marked(el: &scraper::node::Element) -> bool {
    matches!(el.name(), "article" | "main")
        || attr(el, Attr::Itemprop) == Some("articleBody")
        || attr(el, Attr::Id).is_some_and(|id| MARKED_IDS.contains(&id))
        || attr(el, Attr::Class).is_some_and(|c| {
            c.split_ascii_whitespace()
                .any(|c| MARKED_CLASSES.contains(&c))
        })
}

/// Class and id words of containers that usually hold the story, and of those that
/// usually do not.
static POSITIVE: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(r"(?i)article|body|content|entry|hentry|main|page|post|text|blog|story").unwrap()
});
static NEGATIVE: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(r"(?i)hidden|banner|combx|comment|com-|contact|foot|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|nav|menu").unwrap()
});

/// Containers whose paragraphs do not vote (comments, sidebars, footers), unless
/// their name also says they hold the content.
static UNLIKELY: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(r"(?i)-ad-|banner|breadcrumbs|combx|comment|community|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|pagination|pager|popup|respond").unwrap()
});
static MAYBE: PerThreadRegex =
    PerThreadRegex::new(|| Regex::new(r"(?i)and|article|body|column|content|main|shadow").unwrap());

fn is_unlikely(el: &scraper::node::Element) -> bool {
    !matches!(el.name(), "body" | "html" | "article" | "main")
        && class_and_id(el).any(|a| UNLIKELY.is_match(a) && !MAYBE.is_match(a))
}

/// An element's `class` and `id` attributes, those it has.
pub(super) fn class_and_id(el: &scraper::node::Element) -> impl Iterator<Item = &str> {
    [attr(el, Attr::Class), attr(el, Attr::Id)]
        .into_iter()
        .flatten()
}

/// The attributes the content finder and the renderer read. They are the only ones
/// [`super::prepare`] lets through to the parser: the others (links, image sources, data
/// attributes, inline handlers) are two thirds of the bytes of a typical page once
/// scripts are emptied, and the parser would copy them character by character. Reading
/// goes through [`attr`], which takes one of these, so nothing read can be stripped.
#[derive(Debug, Clone, Copy)]
pub(super) enum Attr {
    Class,
    Id,
    Style,
    Hidden,
    AriaHidden,
    Itemprop,
    Start,
    Rowspan,
    Colspan,
    AriaLabel,
}

impl Attr {
    /// Every variant: the attributes `prepare` keeps.
    pub const ALL: [Attr; 10] = [
        Attr::Class,
        Attr::Id,
        Attr::Style,
        Attr::Hidden,
        Attr::AriaHidden,
        Attr::Itemprop,
        Attr::Start,
        Attr::Rowspan,
        Attr::Colspan,
        Attr::AriaLabel,
    ];

    /// The attribute's name in HTML.
    pub fn name(self) -> &'static str {
        match self {
            Attr::Class => "class",
            Attr::Id => "id",
            Attr::Style => "style",
            Attr::Hidden => "hidden",
            Attr::AriaHidden => "aria-hidden",
            Attr::Itemprop => "itemprop",
            Attr::Start => "start",
            Attr::Rowspan => "rowspan",
            Attr::Colspan => "colspan",
            Attr::AriaLabel => "aria-label",
        }
    }
}

/// The value of an element's attribute. `Element::attr` makes an interned name of the
/// argument and hashes it on every call; comparing the few names an element has is
/// several times cheaper, and the renderer asks for each element's attributes often.
pub(super) fn attr(el: &scraper::node::Element, a: Attr) -> Option<&str> {
    let name = a.name();
    el.attrs
        .iter()
        .find(|(k, _)| &*k.local == name)
        .map(|(_, v)| &**v)
}

/// The nodes to render as the article, in document order; empty means the whole page.
pub(super) fn main_content(doc: &Html, sizes: &Sizes) -> Vec<NodeId> {
    if let Some(posts) = thread(doc, sizes) {
        return posts;
    }
    // Without the page's own marker, `<div>` paragraphs vote too.
    let Some(marked) = marked_article(doc, sizes) else {
        return scored_article(doc, sizes, true);
    };
    let scored = scored_article(doc, sizes, false);
    let within = |id: NodeId, outer: NodeId| {
        doc.tree
            .get(id)
            .is_some_and(|n| n.id() == outer || n.ancestors().any(|a| a.id() == outer))
    };
    // The scoring cuts the marked element down when it finds the story inside it; a
    // marker inside what the scoring found wins, as the page knows its own story; a
    // marker elsewhere (a teaser, a related story) loses to the scoring.
    let inside = scored.iter().all(|&s| within(s, marked));
    let around = scored.iter().any(|&s| within(marked, s));
    if scored.is_empty() || !inside && around {
        vec![marked]
    } else {
        scored
    }
}

/// The track lists outside the story found (`roots`), in document order: the songs of an
/// album, a playlist or a soundtrack beside its description, which are the page's data
/// however the scoring judged their short rows. They are tables of songs
/// ([`is_song_table`]), and lists, grids and tables of short rows ([`is_track_list`]) in
/// the page's main column, outside menus, page headers and footers, side columns and
/// widgets, and not under a heading that names other pages' songs or stories ("More by",
/// "You might also like"). One walk in document order, which skips what it keeps or
/// leaves out whole.
pub(super) fn track_lists(doc: &Html, sizes: &Sizes, roots: &[NodeRef<Node>]) -> Vec<NodeId> {
    let roots: Vec<NodeId> = roots.iter().map(|r| r.id()).collect();
    let mut out = Vec::new();
    // What the last heading passed says of the lists after it: `Some(true)` that they
    // are track lists, `Some(false)` that they are other pages' songs or stories.
    let mut heading = None;
    let mut stack = vec![doc.tree.root()];
    while let Some(n) = stack.pop() {
        if let Node::Element(el) = n.value() {
            // A heading before the story is not over what follows it (a headline on
            // songs is no track list's heading).
            if roots.contains(&n.id()) {
                heading = None;
                continue;
            }
            if is_hidden(el) {
                continue;
            }
            // A table of songs is the page's data whatever its class says (`ranking`).
            if el.name() == "table" && is_song_table(n) {
                out.push(n.id());
                continue;
            }
            if is_unlikely(el)
                || !matches!(el.name(), "html" | "body") && super::is_boilerplate_attr(el, false)
            {
                continue;
            }
            if matches!(el.name(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6") {
                let text: String = n
                    .descendants()
                    .filter_map(|t| t.value().as_text())
                    .map(|t| &**t)
                    .collect();
                heading = if OTHERS.is_match(&text) {
                    Some(false)
                } else {
                    TRACKS.is_match(&text).then_some(true)
                };
                continue;
            }
            if heading != Some(false) && is_track_list(n, sizes, heading == Some(true)) {
                out.push(n.id());
                continue;
            }
        }
        stack.extend(n.children().rev());
    }
    out
}

/// Headings over a track list: `Tracklist`, `Songs`, `수록곡`, `곡 정보`.
static TRACKS: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(r"(?i)track\s*-?\s*list|\btracks\b|\bsongs\b|수록곡|트랙|곡\s*(?:목록|리스트|정보)")
        .unwrap()
});
/// Headings over lists of other pages: the artist's other albums, recommendations,
/// charts of what is popular, related stories.
static OTHERS: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(r"(?i)popular|recommend|also like|more (?:by|from|like)|related|similar|trending|most (?:read|played|viewed)|인기|추천|비슷한|관련|다른")
        .unwrap()
});
/// A track's length: `3:41`. Under ten minutes, as songs are: a board's list of posts
/// gives their times of day (`11:48`).
static DURATION: PerThreadRegex = PerThreadRegex::new(|| Regex::new(r"^\d:[0-5]\d$").unwrap());

/// Whether an element is a track list: a table, list or grid ([`super::is_grid`]) of
/// three or more rows, two thirds of them short (a title, its singers, a number, a
/// length, a count of plays), that says it lists tracks: half its rows hold a length
/// (`3:41`), or a heading over it names its tracks (`named`). Lists of stories have long
/// rows, menus neither lengths nor such a heading.
fn is_track_list(n: NodeRef<Node>, sizes: &Sizes, named: bool) -> bool {
    const LONGEST: usize = 4 * super::MAX_CELL;
    const MAX_ROWS: usize = 200;
    let Some(el) = n.value().as_element() else {
        return false;
    };
    // A larger block is a page's layout, not walked for rows (every element is asked).
    if sizes.get(n).text > MAX_ROWS * LONGEST {
        return false;
    }
    let is = |c: &NodeRef<Node>, names: &[&str]| {
        c.value()
            .as_element()
            .is_some_and(|e| names.contains(&e.name()))
    };
    let rows: Vec<NodeRef<Node>> = match el.name() {
        "table" => n
            .descendants()
            .filter(|c| {
                is(c, &["tr"])
                    && c.ancestors().find(|a| is(a, &["table"])).map(|t| t.id()) == Some(n.id())
            })
            .collect(),
        "ol" | "ul" => n.children().filter(|c| is(c, &["li"])).collect(),
        _ if super::is_grid(n, sizes) => n
            .children()
            .filter_map(|c| super::row_of(c, sizes))
            .collect(),
        _ => return false,
    };
    // A table's caption and header cells name it as a heading over it does
    // (`<caption>곡 리스트</caption>`, `<th>곡정보</th>`).
    let named = named
        || el.name() == "table"
            && n.descendants()
                .filter(|c| is(c, &["caption", "th"]))
                .any(|c| {
                    c.descendants()
                        .filter_map(|t| t.value().as_text())
                        .any(|t| TRACKS.is_match(t))
                });
    let rows: Vec<NodeRef<Node>> = rows
        .into_iter()
        .filter(|r| sizes.get(*r).text > 0)
        .collect();
    let short = rows
        .iter()
        .filter(|r| sizes.get(**r).text <= LONGEST)
        .count();
    let timed = rows
        .iter()
        .filter(|r| {
            r.descendants()
                .filter_map(|t| t.value().as_text())
                .any(|t| DURATION.is_match(t.trim()))
        })
        .count();
    rows.len() >= 3 && short * 3 >= rows.len() * 2 && (named || timed * 2 >= rows.len())
}

/// Whether a list's items are songs written out: three or more items, two thirds of
/// them holding a quoted title, few of its words links. Such a list in the story is its
/// data whatever its class says (an `<ol class="ranking">` of songs is no widget of
/// most-read stories, whose items are all links).
pub(super) fn is_quoted_list(list: NodeRef<Node>, sizes: &Sizes) -> bool {
    let Some(el) = list.value().as_element() else {
        return false;
    };
    if !matches!(el.name(), "ol" | "ul") || sizes.get(list).link_density() > 0.5 {
        return false;
    }
    let items: Vec<NodeRef<Node>> = list
        .children()
        .filter(|c| c.value().as_element().is_some_and(|e| e.name() == "li"))
        .collect();
    let quoted = items
        .iter()
        .filter(|li| {
            let text: String = li
                .descendants()
                .filter_map(|t| t.value().as_text())
                .map(|t| &**t)
                .collect();
            // Quoted as the reader sees quotes (an apostrophe is none).
            crate::read::pieces::lex(&text)
                .iter()
                .any(|p| p.kind == crate::read::pieces::Kind::Quoted)
        })
        .count();
    items.len() >= 3 && quoted * 3 >= items.len() * 2
}

/// Whether a table is a list of songs: its header row names a title column and a
/// singer's. Such a table is the page's data whatever its class says (a `ranking`
/// table of songs is no widget of most-read stories).
pub(super) fn is_song_table(table: NodeRef<Node>) -> bool {
    use crate::read::table::{header_over_rule, header_row, Column};
    let text = |n: NodeRef<Node>| -> String {
        n.descendants()
            .filter_map(|t| t.value().as_text())
            .map(|t| t.trim())
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let Some(row) = table
        .descendants()
        .find(|n| n.value().as_element().is_some_and(|e| e.name() == "tr"))
    else {
        return false;
    };
    let cells: Vec<NodeRef<Node>> = row
        .children()
        .filter(|c| {
            c.value()
                .as_element()
                .is_some_and(|e| matches!(e.name(), "th" | "td"))
        })
        .collect();
    // A row of `th` cells says it heads the table: columns it does not know (`Why fans
    // love it`) are only columns of no use, as under a Markdown header's rule.
    let headed = cells
        .iter()
        .all(|c| c.value().as_element().is_some_and(|e| e.name() == "th"));
    let line = cells
        .into_iter()
        .map(text)
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join(" | ");
    if headed {
        header_over_rule(&line).is_some()
    } else {
        header_row(&line)
            .is_some_and(|h| h.cols.contains(&Column::Track) && h.cols.contains(&Column::Artist))
    }
}

/// Tag, class and id words of a discussion's replies: comments, replies, answers.
pub(super) static DISCUSSION: PerThreadRegex =
    PerThreadRegex::new(|| Regex::new(r"(?i)comment|repl(?:y|ies)|answer|댓글|cmt").unwrap());
/// The word of a forum's posts, which names a discussion only on the posts themselves:
/// around a story's paragraphs it names the story (`post-1234 type-post`).
static POST: PerThreadRegex = PerThreadRegex::new(|| Regex::new(r"(?i)post").unwrap());

/// The replies of a discussion page, as the element that holds them: the richest run of
/// three or more sibling blocks of one kind (tag and first class, its digits aside),
/// each with text of its own outside links, named as posts (by their tag, class or id,
/// or by those of the element around them or the one around that), outside menus,
/// asides and side columns. They are the page's content when they hold at least as much
/// text as the story found (`roots`) outside them: a forum thread's posts, the answers
/// under a question, a community post's 댓글 that name the songs it asks for. Under a
/// longer story (a news article) they are its comment section, and stay out.
pub(super) fn replies<'a>(
    doc: &'a Html,
    sizes: &Sizes,
    roots: &[NodeRef<'a, Node>],
) -> Option<NodeRef<'a, Node>> {
    // (the element holding the run, its text, its first block)
    let mut runs: Vec<(NodeRef<Node>, usize, NodeRef<Node>)> = Vec::new();
    // Each child's kind → (blocks, their text, the first): a map, as a parent may have
    // thousands of children of as many kinds.
    // A child's kind: its tag and its first class without digits.
    type BlockKind<'a> = (&'a str, std::borrow::Cow<'a, str>);
    let mut kinds: HashMap<BlockKind, (usize, usize, NodeRef<Node>)> = HashMap::default();
    for p in doc.tree.root().descendants() {
        kinds.clear();
        for c in p.children() {
            let Some(e) = c.value().as_element() else {
                continue;
            };
            // A post is a block of its own (a story's paragraphs and headings are none);
            // `shreddit-comment` and other custom elements are too.
            let block = matches!(e.name(), "div" | "li" | "article" | "section" | "tr")
                || e.name().contains('-');
            let size = sizes.get(c);
            if !block || size.text == 0 || size.link_density() >= 0.5 {
                continue;
            }
            // Copied only when it holds digits (`post-1234`): most classes are kept as
            // they are, and every element of the page is asked.
            let first = attr(e, Attr::Class)
                .and_then(|c| c.split_ascii_whitespace().next())
                .unwrap_or("");
            let class: std::borrow::Cow<str> = if first.bytes().any(|b| b.is_ascii_digit()) {
                first
                    .chars()
                    .filter(|ch| !ch.is_ascii_digit())
                    .collect::<String>()
                    .into()
            } else {
                first.into()
            };
            let k = kinds.entry((e.name(), class)).or_insert((0, 0, c));
            k.0 += 1;
            k.1 += size.text;
        }
        if let Some(&(_, text, first)) = kinds.values().filter(|k| k.0 >= 3).max_by_key(|k| k.1) {
            runs.push((p, text, first));
        }
    }
    let named = |n: NodeRef<Node>, words: &[&PerThreadRegex]| {
        n.value().as_element().is_some_and(|e| {
            words
                .iter()
                .any(|w| w.is_match(e.name()) || class_and_id(e).any(|a| w.is_match(a)))
        })
    };
    // Menus, asides and side columns hold lists of recent comments and posts, not the
    // page's discussion.
    let aside = |n: NodeRef<Node>| {
        n.value().as_element().is_some_and(|e| {
            is_hidden(e)
                || !matches!(e.name(), "html" | "body") && super::is_boilerplate_attr(e, true)
        })
    };
    runs.sort_by_key(|r| std::cmp::Reverse(r.1));
    let (thread, text, _) = runs.into_iter().find(|&(p, _, first)| {
        (named(first, &[&DISCUSSION, &POST])
            || named(p, &[&DISCUSSION])
            || p.parent().is_some_and(|g| named(g, &[&DISCUSSION])))
            && !aside(first)
            && !aside(p)
            && !p.ancestors().any(aside)
    })?;
    let inside = |n: NodeRef<Node>, outer: NodeRef<Node>| {
        n.id() == outer.id() || n.ancestors().any(|a| a.id() == outer.id())
    };
    // The opening post: the story found outside the replies, or the post among them that
    // holds it (a forum's first post is one of its posts).
    let mut story = 0;
    let mut held = 0;
    let mut opening: Vec<NodeId> = Vec::new();
    for &r in roots {
        if inside(thread, r) {
            story += sizes.get(r).text - sizes.get(thread).text;
        } else if let Some(post) = r.ancestors().find(|a| a.parent() == Some(thread)) {
            if !opening.contains(&post.id()) {
                opening.push(post.id());
                held += sizes.get(post).text;
            }
        } else {
            // A story that holds its own headline is an article (a blog's entry, a news
            // story), and the replies after it its comment section; a thread's title heads
            // the page above its posts.
            let h1 = |n: NodeRef<Node>| n.value().as_element().is_some_and(|e| e.name() == "h1");
            if r.descendants().any(h1) {
                return None;
            }
            story += sizes.get(r).text;
        }
    }
    let story = story + held;
    let text = text.saturating_sub(held);
    (text >= story).then_some(thread)
}

/// A thread's posts: three or more `<article>` elements side by side (a forum's or a
/// comment thread's posts, each marked as an article), which together hold most of the
/// text of the page's articles and a third of the page's, none of them most of it (a
/// story with teasers after it). Each is a part of the page's story, not a story of its
/// own: all are kept, in order.
fn thread(doc: &Html, sizes: &Sizes) -> Option<Vec<NodeId>> {
    let is_article = |n: &NodeRef<Node>| {
        n.value()
            .as_element()
            .is_some_and(|e| e.name() == "article")
    };
    let articles: Vec<NodeRef<Node>> = doc
        .tree
        .root()
        .descendants()
        .filter(is_article)
        .filter(|a| {
            !a.ancestors()
                .any(|p| is_article(&p) || p.value().as_element().is_some_and(is_hidden))
        })
        .collect();
    if articles.len() < 3 {
        return None;
    }
    let total: usize = articles.iter().map(|a| sizes.get(*a).text).sum();
    // A list of teasers is a small part of its page; a thread is most of it.
    let page = sizes.get(doc.tree.root()).text;
    // (parent, posts, their text, the longest post's text)
    let mut by_parent: Vec<(NodeId, Vec<NodeId>, usize, usize)> = Vec::new();
    for a in &articles {
        let Some(p) = a.parent() else { continue };
        let n = sizes.get(*a).text;
        match by_parent.iter_mut().find(|g| g.0 == p.id()) {
            Some(g) => {
                g.1.push(a.id());
                g.2 += n;
                g.3 = g.3.max(n);
            }
            None => by_parent.push((p.id(), vec![a.id()], n, n)),
        }
    }
    // No post outweighs the rest together: a story with teasers after it is no thread.
    by_parent
        .into_iter()
        .find(|(_, posts, text, longest)| {
            posts.len() >= 3
                && text * 2 >= total
                && text * 3 >= page
                && *text >= 200
                && longest * 2 <= *text
        })
        .map(|(_, posts, _, _)| posts)
}

/// The page's own article marker: among the marked elements outside navigation,
/// the first that holds at least half as much text as the largest (pages that
/// append the next stories below the first mark each one the same way).
fn marked_article(doc: &Html, sizes: &Sizes) -> Option<NodeId> {
    let marked: Vec<(usize, NodeRef<Node>)> = doc
        .tree
        .root()
        .descendants()
        .filter(|e| e.value().as_element().is_some_and(is_marked))
        .filter(|e| {
            !e.ancestors()
                .any(|a| a.value().as_element().is_some_and(is_hidden))
        })
        .map(|e| (sizes.get(e).text, e))
        .filter(|(n, _)| *n >= 200)
        .collect();
    let max = marked.iter().map(|(n, _)| *n).max()?;
    // Nested markers (`main > article`) are one story: prefer the innermost that is
    // still large, so a wrapper's extras stay out.
    let large: Vec<&(usize, NodeRef<Node>)> = marked.iter().filter(|(n, _)| n * 2 >= max).collect();
    let first = large.first()?;
    let inner = large
        .iter()
        .rev()
        .find(|(n, e)| {
            (e.id() == first.1.id() || e.ancestors().any(|a| a.id() == first.1.id()))
                && n * 10 >= first.0 * 7
        })
        .unwrap_or(first);
    Some(inner.1.id())
}

/// Readability-style scoring for pages that do not mark their article.
fn scored_article(doc: &Html, sizes: &Sizes, divs: bool) -> Vec<NodeId> {
    let mut scores: HashMap<NodeId, f64> = HashMap::default();
    // First-scored order, so that ties resolve the same way on every run.
    let mut order: Vec<NodeId> = Vec::new();
    for (n, text) in paragraphs(doc, divs) {
        let len = text.trim().len();
        if len < 25 {
            continue;
        }
        let commas = text.matches([',', '،', '、', '，']).count();
        let score = 1.0 + commas as f64 + (len as f64 / 100.0).floor().min(3.0);
        for (level, a) in n.ancestors().take(5).enumerate() {
            let Some(ael) = a.value().as_element() else {
                break;
            };
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f64 * 3.0,
            };
            let entry = scores.entry(a.id()).or_insert_with(|| {
                order.push(a.id());
                initial_score(ael)
            });
            *entry += score / divider;
        }
    }
    let node = |id: NodeId| doc.tree.get(id).expect("scored ids come from this tree");
    let mut best: Option<(NodeId, f64)> = None;
    for &id in &order {
        let s = scores[&id] * (1.0 - sizes.get(node(id)).link_density());
        if best.is_none_or(|(_, b)| s > b) {
            best = Some((id, s));
        }
    }
    let Some((top, top_score)) = best else {
        return Vec::new();
    };
    // An only child stands for its parent (an editor's module in its section in its
    // component): the siblings worth keeping are its parent's.
    let mut top_node = node(top);
    while let Some(up) = top_node.parent().filter(|p| {
        p.value()
            .as_element()
            .is_some_and(|e| !matches!(e.name(), "body" | "html"))
            && p.children().filter(|c| c.value().is_element()).count() == 1
    }) {
        top_node = up;
    }
    // Siblings of the top's own class are blocks of the same editor (a blog's
    // `se-component se-text` paragraphs, and its `se-component se-sectionTitle`
    // headings): kept with any text, however short their lines. The class's first name
    // is the editor's block; the others say which kind.
    let class_of = |n: NodeRef<Node>| {
        n.value()
            .as_element()
            .filter(|e| !super::is_boilerplate_attr(e, false))
            .and_then(|e| {
                Some((
                    e.name().to_string(),
                    e.attr("class")?.split_whitespace().next()?.to_string(),
                ))
            })
    };
    // A page builder wraps each block of the story in the same nest of containers
    // (`section.elementor-section > div.elementor-container > … > widget`): the top
    // inside one block stands for the outermost block whose class repeats among its
    // siblings with text outside links, so that every block of the story is kept.
    let repeated = |n: NodeRef<Node>| {
        let Some(c) = class_of(n) else { return false };
        n.parent().is_some_and(|p| {
            p.children().any(|s| {
                s.id() != n.id()
                    && class_of(s).as_ref() == Some(&c)
                    && sizes.get(s).text > 0
                    && sizes.get(s).link_density() < 0.5
            })
        })
    };
    if let Some(block) = top_node
        .ancestors()
        .take(8)
        .take_while(|a| {
            a.value()
                .as_element()
                .is_some_and(|e| !matches!(e.name(), "body" | "html" | "main" | "article"))
        })
        .filter(|a| repeated(*a))
        .last()
    {
        top_node = block;
    }
    let top = top_node.id();
    let Some(parent) = top_node.parent() else {
        return vec![top];
    };
    let threshold = (top_score * 0.2).max(10.0);
    let top_class = class_of(top_node);
    parent
        .children()
        .filter(|s| {
            if s.id() == top {
                return true;
            }
            let size = sizes.get(*s);
            if top_class.is_some() && class_of(*s) == top_class {
                return size.text > 0 && size.link_density() < 0.5;
            }
            let scored = scores
                .get(&s.id())
                .is_some_and(|v| v * (1.0 - size.link_density()) >= threshold);
            let prose = s.value().as_element().is_some_and(|e| e.name() == "p")
                && size.text > 80
                && size.link_density() < 0.25;
            scored || prose
        })
        .map(|s| s.id())
        .collect()
}

fn initial_score(el: &scraper::node::Element) -> f64 {
    let tag = match el.name() {
        "div" | "article" | "section" | "main" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    };
    let mut class = 0.0;
    for attr in class_and_id(el) {
        if NEGATIVE.is_match(attr) {
            class -= 25.0;
        }
        if POSITIVE.is_match(attr) {
            class += 25.0;
        }
    }
    tag + class
}

/// Elements whose own text can be a paragraph: besides `<p>`, `<pre>`, `<td>` and
/// `<blockquote>`, these when they break their text with `<br>` instead of `<p>`.
const BR_PARAGRAPH: &[&str] = &["div", "section", "article", "main", "center", "dd"];

/// Paragraph-like blocks in document order, each with its own text (inline children
/// included, nested blocks not), outside hidden and unlikely containers.
fn paragraphs(doc: &Html, with_divs: bool) -> Vec<(NodeRef<'_, Node>, String)> {
    let mut out: Vec<(NodeRef<Node>, String)> = Vec::new();
    let mut index: HashMap<NodeId, Option<usize>> = HashMap::default();
    let mut excluded = Excluded::default();
    let mut divs: Vec<usize> = Vec::new();
    for t in doc.tree.root().descendants() {
        let Some(text) = t.value().as_text() else {
            continue;
        };
        if text.trim().is_empty() {
            continue;
        }
        // The nearest block holds the text, unless an element that is never article
        // text (`<nav>`, `<header>`, …) comes first: what it holds is no paragraph's.
        let owner = t.ancestors().find_map(|a| match a.value().as_element() {
            Some(e) if DROP.contains(&e.name()) => Some(None),
            Some(e) if super::BLOCK.contains(&e.name()) || e.name() == "td" => Some(Some(a)),
            _ => None,
        });
        let Some(Some(owner)) = owner else {
            continue;
        };
        let slot = *index.entry(owner.id()).or_insert_with(|| {
            let is_paragraph = owner.value().as_element().is_some_and(|e| {
                matches!(e.name(), "p" | "pre" | "td" | "blockquote")
                    || BR_PARAGRAPH.contains(&e.name())
                        && owner
                            .children()
                            .any(|c| c.value().as_element().is_some_and(|ce| ce.name() == "br"))
            });
            // A `<div>` that holds only text and inline elements may be a paragraph too,
            // as Readability reads it (boards and news sites write `<div>…</div>` for
            // each), if its text is a paragraph's: long, with a sentence's end.
            let plain_div = with_divs
                && !is_paragraph
                && owner
                    .value()
                    .as_element()
                    .is_some_and(|e| e.name() == "div")
                && !owner.children().any(|c| {
                    c.value()
                        .as_element()
                        .is_some_and(|ce| super::BLOCK.contains(&ce.name()))
                });
            if !(is_paragraph || plain_div) || excluded.within(owner) {
                return None;
            }
            if plain_div {
                divs.push(out.len());
            }
            out.push((owner, String::new()));
            Some(out.len() - 1)
        });
        if let Some(i) = slot {
            out[i].1.push_str(text);
        }
    }
    // (A sentence ends inside it or at its end: `83.102.459` or a date ends none; a
    // teaser cut with `...` is another page's.)
    let short = |t: &str| {
        let t = t.trim();
        t.chars().nth(DIV_PARAGRAPH).is_none()
            || t.ends_with("...")
            || t.ends_with('…')
            || !(t.contains(". ") || t.contains("다.") || t.ends_with(['.', '!', '?', '。']))
    };
    let mut i = 0;
    out.retain(|(_, t)| {
        let keep = divs.binary_search(&i).is_err() || !short(t);
        i += 1;
        keep
    });
    out
}

/// The least text (in characters) of a `<div>` read as a paragraph.
const DIV_PARAGRAPH: usize = 80;

/// Whether a node is a hidden or unlikely element or lies inside one, remembered per
/// node: paragraphs of one container share its ancestors, and the class tests are
/// regex searches.
#[derive(Default)]
struct Excluded(HashMap<NodeId, bool>);

impl Excluded {
    fn within(&mut self, n: NodeRef<Node>) -> bool {
        let mut unknown = Vec::new();
        let mut known = false;
        let mut at = Some(n);
        while let Some(a) = at {
            if let Some(&v) = self.0.get(&a.id()) {
                known = v;
                break;
            }
            unknown.push(a);
            at = a.parent();
        }
        for a in unknown.into_iter().rev() {
            known = known
                || a.value()
                    .as_element()
                    .is_some_and(|e| is_hidden(e) || is_unlikely(e));
            self.0.insert(a.id(), known);
        }
        known
    }
}
