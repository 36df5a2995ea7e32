//! HTML pages → the article's main text, one block per line.
//!
//! Boilerplate is dropped by element (`nav`, `header`, `footer`, `aside`, `script`,
//! `form`, `iframe`, …) and by class or id (`sidebar`, `related`, `comment`, `share`,
//! `cookie`, `widget`, `most-read`, …). When the page marks its article (`<article>`,
//! `<main>`, `itemprop=articleBody`, `entry-content`, …), only the richest such element
//! is kept. On a discussion page (a forum thread, a community post and its 댓글) the
//! replies after a short opening post are content, not a comment section, and are kept.
//! Headings become `#`-prefixed lines, ordered list items are numbered, table
//! rows become lines with cells joined by ` | `, and `<br>` breaks lines, so the rules
//! see the same structure as in a plain-text article.

mod content;

use crate::per_thread::PerThreadRegex;
use content::{Attr, Sizes};
use ego_tree::NodeRef;
use regex::Regex;
use scraper::{Html, Node};

/// Elements whose content is never article text.
pub(crate) const DROP: &[&str] = &[
    "script", "style", "noscript", "nav", "header", "footer", "aside", "iframe", "svg", "button",
    "select", "template", "object", "embed", "video", "audio", "canvas", "head", "title", "meta",
    "link", "input", "textarea", "label", "menu", "dialog",
];

/// Elements usually around boilerplate, but some sites wrap the whole page in them
/// (ASP.NET puts everything in one `<form>`): dropped like boilerplate-named elements.
const SOFT_DROP: &[&str] = &["form"];

/// Elements that end a line.
pub(crate) const BLOCK: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "ul",
    "ol",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "table",
    "tr",
    "dl",
    "dt",
    "dd",
    "figure",
    "hr",
    "address",
    "center",
    "details",
    "summary",
    "tbody",
    "thead",
    "body",
];

static BOILERPLATE: PerThreadRegex = PerThreadRegex::new(|| {
    Regex::new(
        r"(?i)(?:^|[\s_-])(?:sidebar|side-bar|widget|related|comments?|respond|share|sharing|social|cookie|consent|banner|breadcrumbs?|popular|most-?read|recommend(?:ed|ation)?s?|newsletter|subscribe|advert(?:isement)?|ads?|promo|sponsor(?:ed)?|tag-?list|tags|author-?(?:bio|box)|pagination|pager|nav(?:igation)?|menu|footer|masthead|site-header|toolbar|popup|modal|rank(?:ing)?|hot-?news|more-?news|read-?more|byline|post-?meta|entry-meta|jp-relatedposts|sharedaddy|wp-block-embed|video-wrapper|credits?|captions?|wp-caption-text|photo-?credit)(?:$|[\s_-])",
    )
    .unwrap()
});

/// Whether bytes decoded as text look like an HTML document.
///
/// ```
/// assert!(ostract::html::looks_like_html("<!DOCTYPE html><html><body>x</body></html>"));
/// assert!(!ostract::html::looks_like_html("“Flower” – Yoon Mirae <3"));
/// ```
pub fn looks_like_html(text: &str) -> bool {
    // Every form below opens with a tag.
    if !text.trim_start().starts_with('<') {
        return false;
    }
    let head: String = text
        .trim_start()
        .chars()
        .take(1024)
        .collect::<String>()
        .to_ascii_lowercase();
    head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || head.starts_with("<?xml") && head.contains("<html")
        || (head.starts_with('<')
            && (head.contains("<body")
                || head.contains("<head")
                || head.contains("<div")
                || head.contains("<p>")))
}

/// Converts an HTML page to the article text the rules see.
///
/// ```
/// let html = "<html><body><nav>Home | News</nav><article><h2>1. Goblin (2016)</h2>\
///             <p>We love &ldquo;Beautiful&rdquo;<br>and more.</p>\
///             <ol><li>Stay With Me – Chanyeol</li></ol></article>\
///             <aside class=\"sidebar\"><p>“Other” – Someone</p></aside></body></html>";
/// let text = ostract::html::to_text(html);
/// assert_eq!(text, "## 1. Goblin (2016)\nWe love “Beautiful”\nand more.\n1. Stay With Me – Chanyeol\n");
/// ```
pub fn to_text(html: &str) -> String {
    to_page(html).text
}

/// A page's text as [`to_text`] gives it, and how much of it is the headline.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// The headline line (when the story's container leaves it out), then the story.
    pub text: String,
    /// The bytes at the start of `text` that are the headline's line (0 for none): the
    /// story alone is `&text[headline..]`.
    pub headline: usize,
}

/// The page's main text, as [`to_text`], with the length of its headline line.
///
/// ```
/// let page = ostract::html::to_page("<header><h1>Site Name</h1></header><article>\
///     <header><h1>Winter Harbor OST</h1></header>\
///     <p>The soundtrack of the drama has twelve songs, and all of them are good.</p></article>");
/// assert_eq!(page.text, "# Winter Harbor OST\nThe soundtrack of the drama has twelve songs, and all of them are good.\n");
/// assert_eq!(&page.text[page.headline..], "The soundtrack of the drama has twelve songs, and all of them are good.\n");
/// ```
pub fn to_page(html: &str) -> Page {
    let html = prepare(html, MAX_PARSE_DEPTH);
    let doc = Html::parse_document(&html);
    let sizes = Sizes::new(&doc);
    let mut roots: Vec<NodeRef<Node>> = content::main_content(&doc, &sizes)
        .into_iter()
        .filter_map(|id| doc.tree.get(id))
        .collect();
    let lists = if roots.is_empty() {
        roots.push(*doc.root_element());
        Vec::new()
    } else {
        content::track_lists(&doc, &sizes, &roots)
    };
    roots.extend(lists.iter().filter_map(|&id| doc.tree.get(id)));
    // A discussion's replies, after its opening post: those the story found holds are
    // rendered in place, others join it (holding what of it lies among them).
    let inside = |n: NodeRef<Node>, outer: NodeRef<Node>| {
        n.id() == outer.id() || n.ancestors().any(|a| a.id() == outer.id())
    };
    let thread = content::replies(&doc, &sizes, &roots);
    let joined = thread.filter(|&t| !roots.iter().any(|&r| inside(t, r)));
    if let Some(t) = joined {
        roots.retain(|&r| !inside(r, t));
        roots.push(t);
    }
    let joined = joined.map(|t| t.id());
    // The story is measured without the track lists beside it, whose short rows would
    // make its own short blocks (a widget of songs the scoring chose) look like boilerplate.
    let story_len = roots
        .iter()
        .filter(|r| Some(r.id()) != joined && !lists.contains(&r.id()))
        .map(|r| sizes.get(*r).text)
        .sum();
    if roots.len() > 1 {
        // In the page's order.
        let order: rustc_hash::FxHashMap<ego_tree::NodeId, usize> = doc
            .tree
            .root()
            .descendants()
            .enumerate()
            .map(|(i, n)| (n.id(), i))
            .collect();
        roots.sort_by_key(|r| order[&r.id()]);
    }
    let mut out = Renderer {
        root_len: story_len,
        sizes: &sizes,
        out: String::new(),
        line: String::new(),
        counters: Vec::new(),
        tables: Vec::new(),
        thread: thread.map(|t| t.id()),
        thread_path: thread
            .into_iter()
            .flat_map(|t| t.ancestors())
            .map(|a| a.id())
            .collect(),
        in_thread: false,
        in_list: false,
    };
    // The page's headline, when the story's container leaves it out (it often sits in
    // the page's header): what the article is about, as its first heading.
    match headline(&doc, &roots) {
        Some(Headline::H1(h1)) if !rendered(h1, &roots) => out.render(h1, 0),
        Some(Headline::Title(t)) => {
            out.line.push_str("# ");
            out.text(&t);
            out.break_line();
        }
        _ => {}
    }
    let headline = out.out.len();
    for r in roots {
        // The replies joined to the story are measured apart from it: what is most of the
        // opening post (its text in its editor's form) stays however long the replies.
        out.root_len = match joined {
            Some(t) if t == r.id() => sizes.get(r).text,
            _ => story_len,
        };
        out.in_list = lists.contains(&r.id());
        out.render(r, 0);
    }
    Page {
        text: out.finish(),
        headline,
    }
}

/// What a page says it is about: its first visible `<h1>` outside menus, asides and
/// footers (and not the site's name in the page header), else its post's own title
/// heading, else its `<title>`.
enum Headline<'a> {
    H1(NodeRef<'a, Node>),
    Title(String),
}

/// The class words blogs and publishing systems give a post's own title (the hAtom
/// microformat's `entry-title`, Blogger's `post-title`).
const POST_TITLE: &[&str] = &["entry-title", "post-title", "article-title"];

fn headline<'a>(doc: &'a Html, roots: &[NodeRef<'a, Node>]) -> Option<Headline<'a>> {
    let in_story = |a: NodeRef<Node>| {
        a.ancestors().any(|s| {
            s.value()
                .as_element()
                .is_some_and(|e| matches!(e.name(), "article" | "main"))
        })
    };
    let shown = |n: &NodeRef<Node>| {
        !n.ancestors().any(|a| {
            a.value().as_element().is_some_and(|e| match e.name() {
                "nav" | "aside" | "footer" => true,
                // A story's header holds its headline; the page's header, outside
                // any story, the site's name.
                "header" => !in_story(a),
                _ => content::is_hidden(e),
            })
        })
    };
    // A blog's banner (`<div class="header-outer">`, `#masthead`) outside any story
    // holds the blog's name, whatever heading it is set in.
    let banner = |n: &NodeRef<Node>| {
        n.ancestors().any(|a| {
            a.value().as_element().is_some_and(|e| {
                // The body's classes describe the whole page's theme (`nav-below-header`).
                e.name() != "body"
                    && content::class_and_id(e)
                        .flat_map(str::split_whitespace)
                        .any(|c| {
                            let c = c.to_ascii_lowercase();
                            c.starts_with("header")
                                || c.ends_with("-header")
                                || c.contains("masthead")
                                || c.contains("branding")
                        })
            }) && !in_story(a)
        })
    };
    let heading = |n: &NodeRef<Node>, levels: &[&str]| {
        n.value()
            .as_element()
            .is_some_and(|e| levels.contains(&e.name()))
    };
    let title = doc
        .tree
        .root()
        .descendants()
        .find(|n| n.value().as_element().is_some_and(|e| e.name() == "title"))
        .map(|title| {
            title
                .descendants()
                .filter_map(|t| t.value().as_text())
                .map(|t| &**t)
                .collect::<String>()
        });
    // `<title>Question : KDRAMA</title>` over `<h1>KDRAMA</h1>`: an h1 that is the
    // site's name as the title ends with it is the site's banner.
    let title_head = title.as_deref().and_then(title_headline);
    let site_name = |n: &NodeRef<Node>| {
        let (Some(t), Some(head)) = (title.as_deref(), title_head.as_deref()) else {
            return false;
        };
        let text: String = n
            .descendants()
            .filter_map(|t| t.value().as_text())
            .map(|t| &**t)
            .collect();
        let text = text.trim();
        !text.is_empty() && head != text && t.trim_end().ends_with(text) && t.len() > text.len()
    };
    // An h1 in a box its class calls boilerplate (`<div class="sidecontentbox">`) is the
    // sidebar's, unless the story holds it.
    let boxed = |n: &NodeRef<Node>| {
        !rendered(*n, roots)
            && !in_story(*n)
            && n.ancestors().any(|a| {
                a.value()
                    .as_element()
                    .is_some_and(|e| is_boilerplate_attr(e, false))
            })
    };
    let h1 = doc
        .tree
        .root()
        .descendants()
        .find(|n| heading(n, &["h1"]) && shown(n) && !banner(n) && !site_name(n) && !boxed(n));
    if let Some(h1) = h1 {
        return Some(Headline::H1(h1));
    }
    // The post's own title, when the page marks one (a list of posts marks each: none).
    let mut titles = doc.tree.root().descendants().filter(|n| {
        heading(n, &["h1", "h2", "h3", "h4"])
            && shown(n)
            && n.value().as_element().is_some_and(|e| {
                content::attr(e, Attr::Class)
                    .is_some_and(|c| c.split_whitespace().any(|w| POST_TITLE.contains(&w)))
            })
    });
    if let (Some(t), None) = (titles.next(), titles.next()) {
        return Some(Headline::H1(t));
    }
    title_head.map(Headline::Title)
}

/// A `<title>` without the site's name: of `Headline - Board - Site`, `Headline | Site`,
/// `Site — Headline`, the longest part (a site's and a board's names are short).
fn title_headline(title: &str) -> Option<String> {
    let mut parts = vec![title.trim()];
    for sep in [" | ", " - ", " – ", " — ", " : ", " :: ", " « ", " » "] {
        parts = parts
            .iter()
            .flat_map(|p| p.split(sep))
            .map(str::trim)
            .collect();
    }
    // The first of the longest: `max_by_key` would keep the last.
    let longest = parts.iter().map(|p| p.chars().count()).max()?;
    parts
        .into_iter()
        .find(|p| p.chars().count() == longest && !p.is_empty())
        .map(str::to_string)
}

/// Whether the story rendered from `roots` holds `n`: inside a root, and not in a page
/// header it drops.
fn rendered(n: NodeRef<Node>, roots: &[NodeRef<Node>]) -> bool {
    let dropped = n.ancestors().any(|a| {
        a.value()
            .as_element()
            .is_some_and(|e| DROP.contains(&e.name()))
    });
    !dropped
        && roots
            .iter()
            .any(|r| r.id() == n.id() || n.ancestors().any(|a| a.id() == r.id()))
}

/// Whether an element's class or id names it boilerplate. In a discussion page's
/// thread (`in_thread`) the words of posts and comments name the content, not a
/// comment section: only the other words count (`comment-share` is a share bar).
pub(super) fn is_boilerplate_attr(el: &scraper::node::Element, in_thread: bool) -> bool {
    content::class_and_id(el).any(|a| {
        // A page builder calls every block of the story a widget
        // (`elementor-widget elementor-widget-text-editor`): its kind says what it is
        // (`elementor-widget-share-buttons` is a share bar), the word alone nothing.
        let mut a = std::borrow::Cow::Borrowed(a);
        if a.contains("elementor-widget") {
            a = a.replace("elementor-widget", "elementor-block").into();
        }
        if in_thread {
            a = content::DISCUSSION.replace_all(&a, "x").into_owned().into();
        }
        BOILERPLATE.is_match(&a)
    })
}

/// Whether an element is a field's label set apart by its markup, the value the text
/// after it (`<p><span class="lbl">Artist</span> Kim Do-yoon</p>`): written `Artist: Kim
/// Do-yoon`, as a label line is. The label is an inline element of a label's class that
/// opens its block, a word or three without a colon of their own.
fn field_label(n: NodeRef<Node>, el: &scraper::node::Element) -> bool {
    const MAX_LABEL: usize = 30;
    if !matches!(
        el.name(),
        "span" | "strong" | "b" | "em" | "small" | "label"
    ) {
        return false;
    }
    // The cheap questions first: every inline element of a page is asked.
    let value_after = || {
        n.next_sibling().is_some_and(|s| {
            s.value().as_text().is_some_and(|t| {
                t.trim()
                    .chars()
                    .next()
                    .is_some_and(crate::normalize::is_alnum)
            })
        })
    };
    let opens_block = || {
        n.prev_siblings()
            .all(|s| s.value().as_text().is_some_and(|t| t.trim().is_empty()))
    };
    let labelled = || {
        content::class_and_id(el).any(|a| {
            a.split(['-', '_'])
                .any(|w| matches!(w, "label" | "lbl" | "key" | "field" | "term"))
        })
    };
    if !(value_after() && opens_block() && labelled()) {
        return false;
    }
    let text: String = n
        .descendants()
        .filter_map(|d| d.value().as_text().map(|t| &**t))
        .collect();
    let text = text.trim();
    !text.is_empty()
        && text.len() <= MAX_LABEL
        && text.split_whitespace().count() <= 3
        && !text.ends_with([':', '：'])
}

/// The longest cell of a grid row, in bytes: track titles, names and durations, not
/// the headlines of a list of stories.
const MAX_CELL: usize = 64;

/// Whether an element is a row of a grid: a `div`, `li` or link holding 2 to 8 short
/// cells ([`cells`]), as a streaming service lays out a track
/// (`<div class="row"><a>Title</a><a>Singer</a><span>3:20</span></div>`).
fn is_row(n: NodeRef<Node>, sizes: &Sizes) -> bool {
    n.value()
        .as_element()
        .is_some_and(|e| matches!(e.name(), "div" | "li" | "a"))
        && cells(n, sizes)
            .is_some_and(|c| (2..=8).contains(&c.iter().filter(|c| c.value().is_element()).count()))
}

/// The cells of a row in order, with the short words between them (`&`, `x`): its
/// children with text, where a child whose own blocks hold the text stands for those
/// blocks (`<div class="song"><div class="name">T</div><div class="by">A</div></div>`,
/// as app frameworks nest them). `None` when a cell is long (a story's headline or
/// paragraph), when words stand outside the cells, or past 8 cells.
fn cells<'a>(n: NodeRef<'a, Node>, sizes: &Sizes) -> Option<Vec<NodeRef<'a, Node>>> {
    // Eight short cells and the words between them: a larger block is no row, and its
    // nest is not walked (every element of a page is asked).
    if sizes.get(n).text > 16 * MAX_CELL {
        return None;
    }
    let block = |d: NodeRef<Node>| {
        d.value()
            .as_element()
            .is_some_and(|e| BLOCK.contains(&e.name()) || e.name() == "br")
    };
    let mut out = Vec::new();
    let mut cells = 0;
    let mut stack: Vec<NodeRef<Node>> = n.children().collect();
    stack.reverse();
    while let Some(c) = stack.pop() {
        match c.value() {
            // A table or a list inside is no row's cell: its own rows are lines.
            Node::Element(el)
                if matches!(
                    el.name(),
                    "table" | "tr" | "td" | "th" | "ul" | "ol" | "dl" | "h1" | "h2"
                ) && sizes.get(c).text > 0 =>
            {
                return None;
            }
            Node::Element(el) if !content::is_hidden(el) && sizes.get(c).text > 0 => {
                if !c.descendants().skip(1).any(block) {
                    if sizes.get(c).text > MAX_CELL || cells == 8 {
                        return None;
                    }
                    cells += 1;
                    out.push(c);
                } else if c.children().any(|g| {
                    g.value().as_text().is_some_and(|t| !t.trim().is_empty())
                        || g.value().as_element().is_some_and(|e| e.name() == "br")
                }) {
                    // Words beside blocks, or lines broken by `<br>`: no cells.
                    return None;
                } else {
                    stack.extend(c.children().collect::<Vec<_>>().into_iter().rev());
                }
            }
            Node::Text(t) if t.trim().chars().count() > 3 => return None,
            Node::Text(t) if !t.trim().is_empty() => out.push(c),
            _ => {}
        }
    }
    Some(out)
}

/// The row ([`is_row`]) a grid's child is, or wraps: a card's picture beside its
/// fields (`<div class="item"><div class="cover"><img></div><div class="info">…`) leaves
/// one element with text, which may be the row.
fn row_of<'a>(n: NodeRef<'a, Node>, sizes: &Sizes) -> Option<NodeRef<'a, Node>> {
    let mut at = n;
    for _ in 0..3 {
        if is_row(at, sizes) {
            return Some(at);
        }
        let mut texted = at.children().filter(|c| sizes.get(*c).text > 0);
        let only = texted.next().filter(|c| c.value().is_element())?;
        if texted.next().is_some() {
            return None;
        }
        at = only;
    }
    None
}

/// Whether an element lays out a grid: at least two rows ([`row_of`]) among its
/// children, and rows two thirds of those with text. Menus hold one link per item, so
/// they are no grid and stay dropped as link lists. A block of rows inside (a header
/// row over `<div role="presentation">` and the track rows) counts as its rows.
fn is_grid(n: NodeRef<Node>, sizes: &Sizes) -> bool {
    let (mut rows, mut others, blocks) = rows_among(n, sizes);
    // The blocks that are no row are asked only when a row was found (a header row):
    // every element of a page is asked.
    if rows >= 1 {
        for c in blocks {
            let div = c.value().as_element().is_some_and(|e| e.name() == "div");
            if div && {
                let (inner, rest, _) = rows_among(c, sizes);
                grid_shape(inner, rest)
            } {
                rows += 2;
                others -= 1;
            }
        }
    }
    grid_shape(rows, others)
}

/// Rows two thirds of the children with text, and at least two.
fn grid_shape(rows: usize, others: usize) -> bool {
    rows >= 2 && rows * 3 >= (rows + others) * 2
}

/// The rows among an element's children with text, the others' count, and the others.
fn rows_among<'a>(n: NodeRef<'a, Node>, sizes: &Sizes) -> (usize, usize, Vec<NodeRef<'a, Node>>) {
    let mut rows = 0;
    let mut others = Vec::new();
    for c in n.children() {
        if c.value().is_element() && sizes.get(c).text > 0 {
            if row_of(c, sizes).is_some() {
                rows += 1;
            } else {
                others.push(c);
            }
        }
    }
    (rows, others.len(), others)
}

/// Nesting deeper than this is cut before parsing: the parser checks the open elements
/// for every tag, so its cost grows with depth squared (100,000 levels would take
/// minutes). Real pages stay far below.
const MAX_PARSE_DEPTH: usize = 2_000;

/// Elements often left unclosed, which, like those without content ([`VOID`]), do not
/// deepen the nesting as far as this guard is concerned.
const LEFT_OPEN: &[&str] = &["p", "li", "td", "th", "tr", "option", "dt", "dd"];

/// Elements whose content is raw text, where `<` opens no tag (`noscript` too: the parser
/// runs with scripting on, as browsers do). `plaintext` has no end: the rest is text.
const RAW_TEXT: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
];

/// Elements whose content is never article text and is emptied before parsing: scripts,
/// styles and vector drawings are over half the bytes of a typical news page, and the
/// parser would tokenise them only for the renderer to drop them.
const EMPTIED: &[&str] = &["script", "style", "svg", "template"];

/// The page as the parser should see it: comments removed, the content of scripts,
/// styles, `<svg>` and `<template>` emptied (their tags stay), and that of menus, page
/// headers and footers and side columns when it is balanced, attributes nothing reads
/// removed, whitespace between tags cut to one character, and tags nested deeper than
/// `limit` removed (their text stays).
///
/// ```
/// let deep = "<div>".repeat(5) + "text" + &"</div>".repeat(5);
/// assert_eq!(ostract::html::prepare(&deep, 2), "<div><div>text</div></div>");
/// assert_eq!(ostract::html::prepare("<p>a<p>b<br>c", 1), "<p>a<p>b<br>c");
/// assert_eq!(
///     ostract::html::prepare("<p>a<!-- x --><script>if (a<b) {}</script>b</p>", 9),
///     "<p>a<script></script>b</p>"
/// );
/// ```
pub fn prepare(html: &str, limit: usize) -> String {
    let b = html.as_bytes();
    let mut out = String::with_capacity(html.len() / 2);
    let (mut i, mut copied, mut depth) = (0, 0, 0usize);
    // Where the last tag (or comment, or declaration) ended: text from there to the
    // next one that is only whitespace (indentation, a fifth of a page's bytes) is a
    // node of spaces whatever its length, so one character of it is kept.
    let mut markup_end = 0;
    // How many of each of MODAL are open (start tags less end tags, so a stray end tag
    // of one leaves the others open).
    let mut modal = [0usize; MODAL.len()];
    // How many of each of ACTS_ON_OPEN are open (roughly: start tags less end tags).
    let mut open_outside = [0usize; ACTS_ON_OPEN.len()];
    // Bytes the balance checks may still read: the page once, so that elements left
    // unclosed (each checked to the end of the page) keep this linear.
    let mut scan_budget = b.len();
    let squeeze = |out: &mut String, copied: &mut usize, from: usize, to: usize| {
        if to - from > 1 && b[from..to].iter().all(u8::is_ascii_whitespace) {
            out.push_str(&html[*copied..from + 1]);
            *copied = to;
        }
    };
    while let Some(off) = memchr::memchr(b'<', &b[i..]) {
        let start = i + off;
        let after_markup = i == markup_end;
        if let Some((comment, end)) = comment_or_declaration(b, start) {
            if after_markup {
                squeeze(&mut out, &mut copied, i, start);
            }
            if comment {
                out.push_str(&html[copied..start]);
                copied = end;
            }
            (i, markup_end) = (end, end);
            continue;
        }
        let Some((closing, name_start, name_len)) = tag_at(b, start) else {
            i = start + 1;
            continue;
        };
        if after_markup {
            squeeze(&mut out, &mut copied, i, start);
        }
        let mut name_buf = [0u8; 16];
        let name = &b[name_start..name_start + name_len];
        let name = if name_len <= name_buf.len() {
            name_buf[..name_len].copy_from_slice(name);
            name_buf[..name_len].make_ascii_lowercase();
            std::str::from_utf8(&name_buf[..name_len]).unwrap_or("")
        } else {
            ""
        };
        let end = tag_end(b, name_start + name_len);
        track(&mut modal, &MODAL, name, closing);
        track(&mut open_outside, &ACTS_ON_OPEN, name, closing);
        let dropped = (!closing && modal == [0; MODAL.len()] && DROP_EMPTIED.contains(&name))
            .then(|| balanced_close(b, end, name.as_bytes(), &open_outside, &mut scan_budget))
            .flatten();
        if let Some(close) = dropped {
            out.push_str(&html[copied..end]);
            // A page header's headline is what the page is about: kept, as text.
            if name == "header" {
                if let Some(h1) = headline_text(&html[end..close]) {
                    out.push_str("<h1>");
                    out.push_str(&h1);
                    out.push_str("</h1>");
                }
            }
            copied = close;
            i = tag_end(b, close + 2 + name.len());
            markup_end = i;
            continue;
        }
        if !closing && name == "plaintext" {
            // The parser takes the rest of the page as text: there is no end tag.
            break;
        }
        if !closing && (RAW_TEXT.contains(&name) || EMPTIED.contains(&name)) {
            // Skip to the closing tag: the content does not change the depth, and
            // emptied content is not copied.
            // Only `<svg/>` closes itself: HTML ignores the slash on the others.
            if !(name == "svg" && b[..end].ends_with(b"/>")) {
                let close = find_close(b, end, name.as_bytes());
                if EMPTIED.contains(&name) {
                    out.push_str(&html[copied..end]);
                    copied = close;
                }
                i = if close < b.len() {
                    tag_end(b, close + 2 + name.len())
                } else {
                    close
                };
                markup_end = i;
                continue;
            }
        }
        let self_closing = b[..end].ends_with(b"/>");
        let beyond = match (
            closing,
            VOID.contains(&name) || LEFT_OPEN.contains(&name) || self_closing,
        ) {
            (_, true) => false,
            (true, false) => {
                let was = depth;
                depth = depth.saturating_sub(1);
                was > limit
            }
            (false, false) => {
                depth += 1;
                depth > limit
            }
        };
        if beyond {
            out.push_str(&html[copied..start]);
            copied = end;
        } else if !closing
            && b[end - 1] == b'>'
            && b[name_start + name_len..end - 1]
                .iter()
                .any(|c| c.is_ascii_whitespace())
        {
            out.push_str(&html[copied..name_start + name_len]);
            keep_attributes(&html[name_start + name_len..end - 1], &mut out);
            out.push('>');
            copied = end;
        }
        (i, markup_end) = (end, end);
    }
    out.push_str(&html[copied..]);
    out
}

/// The text of the first `<h1>` in a stretch of markup, its tags removed (entities stay
/// for the parser to read).
fn headline_text(markup: &str) -> Option<String> {
    let lower = markup.to_ascii_lowercase();
    let open = lower.find("<h1")?;
    if lower[open + 3..].starts_with(|c: char| c.is_ascii_alphanumeric()) {
        return None;
    }
    let from = open + lower[open..].find('>')? + 1;
    let to = from + lower[from..].find("</h1")?;
    let mut text = String::new();
    let mut in_tag = false;
    for c in markup[from..to].chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    (!text.trim().is_empty()).then_some(text)
}

/// Copies to `out` the attributes of `attrs` (a tag's text between its name and its
/// `>`) that something reads ([`Attr`]), each with a space before it, and the `/` that
/// closes the tag when there is one (not the last character of an unquoted value).
fn keep_attributes(attrs: &str, out: &mut String) {
    let b = attrs.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_whitespace() || b[i] == b'/' {
            if i + 1 == b.len() && b[i] == b'/' {
                out.push('/');
            }
            i += 1;
            continue;
        }
        // The name runs to a space, `/` or `=` (a leading `=` belongs to it, as in HTML).
        let name_start = i;
        i += 1;
        while i < b.len() && !matches!(b[i], b'/' | b'=') && !b[i].is_ascii_whitespace() {
            i += 1;
        }
        let name = &attrs[name_start..i];
        let mut j = i;
        while j < b.len() && b[j].is_ascii_whitespace() {
            j += 1;
        }
        if j < b.len() && b[j] == b'=' {
            j += 1;
            while j < b.len() && b[j].is_ascii_whitespace() {
                j += 1;
            }
            i = match b.get(j) {
                Some(&q @ (b'"' | b'\'')) => {
                    memchr::memchr(q, &b[j + 1..]).map_or(b.len(), |e| j + e + 2)
                }
                _ => {
                    j + b[j..]
                        .iter()
                        .take_while(|c| !c.is_ascii_whitespace())
                        .count()
                }
            };
        }
        if Attr::ALL
            .iter()
            .any(|a| a.name().eq_ignore_ascii_case(name))
        {
            out.push(' ');
            out.push_str(&attrs[name_start..i]);
        }
    }
}

/// The end of the comment (`<!--…-->`), or of the declaration or processing instruction
/// (`<!…>`, `<?…>`), that the `<` at `start` opens, and whether it is a comment; the end
/// of the page when it is not closed. `None` when it opens neither.
fn comment_or_declaration(b: &[u8], start: usize) -> Option<(bool, usize)> {
    let rest = &b[start..];
    if rest.starts_with(b"<!--") {
        let end = memchr::memmem::find(&rest[4..], b"-->").map_or(b.len(), |e| start + e + 7);
        Some((true, end))
    } else if rest.starts_with(b"<!") || rest.starts_with(b"<?") {
        Some((
            false,
            memchr::memchr(b'>', rest).map_or(b.len(), |e| start + e + 1),
        ))
    } else {
        None
    }
}

/// Counts the tag `name` in `counts` (one count per element of `names`): a start tag
/// adds one, an end tag takes one away (a stray one takes none).
fn track(counts: &mut [usize], names: &[&str], name: &str, closing: bool) {
    if let Some(k) = names.iter().position(|n| *n == name) {
        counts[k] = if closing {
            counts[k].saturating_sub(1)
        } else {
            counts[k] + 1
        };
    }
}

/// The tag that the `<` at `start` opens: whether it is an end tag, and where its name
/// starts and how long it is. `None` when no name follows (a `<` in text).
fn tag_at(b: &[u8], start: usize) -> Option<(bool, usize, usize)> {
    let closing = b[start..].starts_with(b"</");
    let name_start = start + if closing { 2 } else { 1 };
    let name_len = b[name_start..]
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || **c == b'-' || **c == b':')
        .count();
    (name_len > 0).then_some((closing, name_start, name_len))
}

/// Where the content of the element `name` whose start tag ends at `from` ends (the `<`
/// of its end tag), when that content is balanced: each end tag closes an element
/// opened inside, what is left open at the end tag has an optional end tag (`p`, `li`,
/// …), there is no form and no `body`, `html`, `head` or `frameset` tag, and no start
/// tag of an element of [`ACTS_ON_OPEN`] that is open around this one (`open_outside`
/// counts them). Such content changes nothing outside the element in the parse, so it
/// can be emptied like a script when the element is one whose content is never used.
/// `None` otherwise, and when telling would read more than `budget` bytes; the bytes
/// read are taken from `budget`.
fn balanced_close(
    b: &[u8],
    from: usize,
    name: &[u8],
    open_outside: &[usize; ACTS_ON_OPEN.len()],
    budget: &mut usize,
) -> Option<usize> {
    let limit = b.len().min(from + *budget);
    let reached = balanced_within(&b[..limit], from, name, open_outside);
    let (Ok(at) | Err(at)) = reached;
    *budget -= at - from;
    reached.ok()
}

/// [`balanced_close`] within `b`: `Ok` with the end tag's start, or `Err` with where the
/// content was found unbalanced (the end of `b` when no end tag came).
fn balanced_within(
    b: &[u8],
    from: usize,
    name: &[u8],
    open_outside: &[usize; ACTS_ON_OPEN.len()],
) -> Result<usize, usize> {
    let mut open: Vec<&[u8]> = Vec::new();
    let mut i = from;
    loop {
        let Some(off) = memchr::memchr(b'<', &b[i..]) else {
            return Err(b.len());
        };
        let start = i + off;
        if let Some((_, end)) = comment_or_declaration(b, start) {
            i = end;
            continue;
        }
        let Some((closing, name_start, name_len)) = tag_at(b, start) else {
            i = start + 1;
            continue;
        };
        let tag = &b[name_start..name_start + name_len];
        let is = |names: &[&str]| names.iter().any(|n| n.as_bytes().eq_ignore_ascii_case(tag));
        let end = tag_end(b, name_start + name_len);
        let unbalanced = ["form", "body", "html", "head", "frameset", "plaintext"];
        let closes_outer = ACTS_ON_OPEN
            .iter()
            .zip(open_outside)
            .any(|(n, &count)| count > 0 && n.as_bytes().eq_ignore_ascii_case(tag));
        if is(&unbalanced) || !closing && closes_outer {
            return Err(start);
        }
        if closing {
            if open.is_empty() && tag.eq_ignore_ascii_case(name) {
                return Ok(start);
            }
            // Close the innermost element of that name; only optional ends may be
            // left open in between.
            loop {
                let top = open.pop().ok_or(start)?;
                if top.eq_ignore_ascii_case(tag) {
                    break;
                }
                if !OPTIONAL_END
                    .iter()
                    .any(|o| o.as_bytes().eq_ignore_ascii_case(top))
                {
                    return Err(start);
                }
            }
        } else if is(&["svg"]) && b[..end].ends_with(b"/>") {
            // `<svg/>` closes itself (foreign content).
        } else if is(RAW_TEXT) || is(EMPTIED) {
            let lower = tag.to_ascii_lowercase();
            let close = find_close(b, end, &lower);
            if close >= b.len() {
                return Err(b.len());
            }
            i = tag_end(b, close + 2 + lower.len());
            continue;
        } else if !is(VOID) {
            open.push(tag);
        }
        i = end;
    }
}

/// Elements whose content is never used (see [`DROP`]) and is emptied before parsing
/// when it is balanced ([`balanced_close`]): menus, page headers and footers, side
/// columns, captions, over a third of a news page's markup.
const DROP_EMPTIED: &[&str] = &["nav", "header", "footer", "aside"];

/// Elements inside which the parser takes tags in its own way (a table's content is
/// moved before it, and a table there closes it; a select drops most tags; math is
/// foreign content): nothing is emptied inside them, balanced or not.
const MODAL: [&str; 3] = ["table", "select", "math"];

/// Elements whose start tag acts on an open element of the same name anywhere around
/// it: a new `a` or `nobr` closes the open one (and reopens what it held), a new
/// `button` closes the open button.
const ACTS_ON_OPEN: [&str; 3] = ["a", "nobr", "button"];

/// Elements that have no content and no end tag.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// Elements whose end tag may be left out: the parser closes them when their parent
/// closes.
const OPTIONAL_END: &[&str] = &[
    "p", "li", "dt", "dd", "option", "optgroup", "rb", "rp", "rt", "rtc", "tr", "td", "th",
    "tbody", "thead", "tfoot", "colgroup", "caption",
];

/// The start of the closing tag `</name` at or after `from`, or the end of the page.
fn find_close(b: &[u8], from: usize, name: &[u8]) -> usize {
    let mut at = from;
    while let Some(off) = memchr::memmem::find(&b[at..], b"</") {
        let p = at + off;
        let after = p + 2 + name.len();
        if after <= b.len()
            && b[p + 2..after].eq_ignore_ascii_case(name)
            && !b.get(after).is_some_and(|c| c.is_ascii_alphanumeric())
        {
            return p;
        }
        at = p + 2;
    }
    b.len()
}

/// The index after the `>` that ends a tag, skipping quoted attribute values.
fn tag_end(b: &[u8], mut i: usize) -> usize {
    while let Some(off) = memchr::memchr3(b'>', b'"', b'\'', &b[i..]) {
        let at = i + off;
        if b[at] == b'>' {
            return at + 1;
        }
        match memchr::memchr(b[at], &b[at + 1..]) {
            Some(len) => i = at + len + 2,
            None => break,
        }
    }
    b.len()
}

/// The first child of a heading, when it is an element holding a rank alone (`5`, `#5`),
/// with the rank.
fn rank_element(h: NodeRef<Node>) -> Option<(NodeRef<Node>, String)> {
    let first = h
        .children()
        .find(|c| !matches!(c.value(), Node::Text(t) if t.trim().is_empty()))?;
    first.value().as_element()?;
    let text: String = first
        .descendants()
        .filter_map(|d| d.value().as_text().map(|t| t.to_string()))
        .collect();
    let rank = text.trim().trim_start_matches('#').trim_end_matches('.');
    let more = first.next_siblings().any(|c| match c.value() {
        Node::Text(t) => !t.trim().is_empty(),
        Node::Element(_) => true,
        _ => false,
    });
    (more && (1..=3).contains(&rank.len()) && rank.bytes().all(|b| b.is_ascii_digit()))
        .then(|| (first, rank.to_string()))
}

/// Whether an element is a badge by its class (`icon`, `badge`, `bullet_icons`) and its
/// short text (`TITLE`, `19금`, `HOT`), or a letter its label spells out (`<span
/// aria-label="Explicit">E</span>` before a singer's name).
fn is_badge(n: NodeRef<Node>, el: &scraper::node::Element) -> bool {
    let classed = content::attr(el, Attr::Class).is_some_and(|c| {
        crate::normalize::contains_ignore_ascii_case(c, "icon")
            || crate::normalize::contains_ignore_ascii_case(c, "badge")
    });
    let label = content::attr(el, Attr::AriaLabel);
    if !classed && label.is_none() {
        return false;
    }
    let text: String = n
        .descendants()
        .filter_map(|d| d.value().as_text().map(|t| t.to_string()))
        .collect();
    let t = text.trim();
    // One letter, the first of its label's word (`E`, `Explicit`).
    let spelled = label.is_some_and(|l| {
        let w = l.split_whitespace().next().unwrap_or("");
        t.len() == 1 && w.len() > 3 && w.get(..1).is_some_and(|h| h.eq_ignore_ascii_case(t))
    });
    !t.is_empty() && !t.contains(' ') && (classed && t.chars().count() <= 6 || spelled)
}

/// Whether an element and the element right before it, with no text between, both have
/// a class: two fields of a page's row, and the one before holds more than a letter.
fn classed_fields(n: NodeRef<Node>, el: &scraper::node::Element) -> bool {
    content::attr(el, Attr::Class).is_some()
        && n.prev_sibling().is_some_and(|p| {
            p.value()
                .as_element()
                .is_some_and(|e| content::attr(e, Attr::Class).is_some())
                && p.descendants()
                    .filter_map(|d| d.value().as_text())
                    .flat_map(|t| t.chars().filter(|c| !c.is_whitespace()))
                    .nth(1)
                    .is_some()
        })
}

/// Whether an element holds a song's singer by its class (`<a class="artist ellipsis">`,
/// `<span class="singer">`): a music site's list names what each part of a row is.
fn credit_class(el: &scraper::node::Element) -> bool {
    content::attr(el, Attr::Class).is_some_and(|c| {
        c.split_whitespace().any(|t| {
            // (`song-artist`, `track_singer`; not `artist-page`, a link's block.)
            ["artist", "artists", "singer", "singers"].iter().any(|w| {
                t.len() >= w.len()
                    && t.is_char_boundary(t.len() - w.len())
                    && t[t.len() - w.len()..].eq_ignore_ascii_case(w)
                    && (t.len() == w.len() || t[..t.len() - w.len()].ends_with(['-', '_']))
            })
        })
    })
}

/// A wiki's footnote mark (`<sup>[3]</sup>`, `<sup class="reference">`, `<a>[3]</a>`): no
/// part of the name it follows.
fn is_citation(n: NodeRef<Node>) -> bool {
    let mut text = String::new();
    for d in n.descendants() {
        if let Node::Text(t) = d.value() {
            text.push_str(t);
            // (Most links' text opens with no bracket: asked once it has begun.)
            if text.len() > 16
                || !text.trim_start().is_empty() && !text.trim_start().starts_with('[')
            {
                return false;
            }
        }
    }
    let t = text.trim();
    t.len() > 2 && t.starts_with('[') && t.ends_with(']')
}

/// Deeper nesting than this is flattened (its text still comes out, as one block).
const MAX_DEPTH: usize = 256;

struct Renderer<'a> {
    sizes: &'a Sizes,
    out: String,
    line: String,
    /// The counters of the open `<ol>` lists.
    counters: Vec<Option<usize>>,
    /// The visible text length of the rendered roots (the story's, or the joined
    /// replies').
    root_len: usize,
    /// The open tables' cells that span rows down.
    tables: Vec<Spans>,
    /// The element holding a discussion page's replies ([`content::replies`]), the
    /// elements around it, and whether it is being rendered: there, names of comments
    /// and posts are no boilerplate.
    thread: Option<ego_tree::NodeId>,
    thread_path: rustc_hash::FxHashSet<ego_tree::NodeId>,
    in_thread: bool,
    /// Whether a track list ([`content::track_lists`]) is being rendered: it was judged
    /// whole, and its rows of linked names or its `rank` cells are no boilerplate.
    in_list: bool,
}

/// A table's cells that span rows (`<td rowspan="2">Part 1</td>`), written again in each
/// row they cover, so that every row is whole (a track list's `Part` or singer's cell
/// shared by two songs), and the grid's column of the cell being rendered.
#[derive(Default)]
struct Spans {
    col: usize,
    /// The cells of the row being rendered so far, its own and those from above.
    cells_in_row: usize,
    /// Where the last row began in `out`, when it was a header row (no `td`).
    header_at: Option<usize>,
    cells: Vec<Span>,
}

/// A cell spanning rows down.
struct Span {
    col: usize,
    /// The rows below it still covers.
    left: usize,
    text: String,
    /// Opened in the row being rendered.
    fresh: bool,
    /// Opened in a header row: it heads the sub-columns' row under it (`Title` beside
    /// `Peak chart positions` over `KOR | US`), no data row.
    head: bool,
}

/// The most rows or columns a cell is taken to span: a page's `rowspan="1000"` is no
/// reason to write a cell a thousand times.
const MAX_SPAN: usize = 64;

/// A `rowspan` or `colspan` attribute's number of rows or columns, 1 when absent or
/// unreadable.
fn span(el: &scraper::node::Element, a: Attr) -> usize {
    content::attr(el, a)
        .and_then(|v| v.trim().parse::<usize>().ok())
        .map_or(1, |n| n.clamp(1, MAX_SPAN))
}

impl Renderer<'_> {
    /// Renders a node and what it holds, noting when it enters the discussion's thread.
    fn render(&mut self, n: NodeRef<Node>, depth: usize) {
        if self.in_thread || self.thread != Some(n.id()) {
            return self.render_node(n, depth);
        }
        self.in_thread = true;
        self.render_node(n, depth);
        self.in_thread = false;
    }

    /// Renders a node, [`Self::render`] having noted whether it is in the thread.
    fn render_node(&mut self, n: NodeRef<Node>, depth: usize) {
        match n.value() {
            Node::Text(t) => self.text(t),
            Node::Element(el) => {
                let name = el.name();
                if content::is_hidden(el) {
                    return;
                }
                let grid = is_grid(n, self.sizes);
                if self.is_boilerplate(n, el, grid) {
                    return;
                }
                if depth > MAX_DEPTH {
                    self.flat(n);
                    return;
                }
                if grid {
                    self.break_line();
                    for c in n.children() {
                        if let Some(r) = row_of(c, self.sizes) {
                            self.row(r);
                        } else {
                            self.render(c, depth + 1);
                        }
                    }
                    self.break_line();
                    return;
                }
                match name {
                    "br" => return self.break_line(),
                    "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                        self.break_line();
                        self.line.push_str(if name == "h1" { "# " } else { "## " });
                        // `<h2><span class="rank">5</span> D (2021)</h2>`: the rank in an
                        // element of its own is the item's number, `5. D (2021)`.
                        if let Some((first, rank)) = rank_element(n) {
                            self.line.push_str(&format!("{rank}. "));
                            for c in first.next_siblings() {
                                self.render(c, depth + 1);
                            }
                            self.break_line();
                            return;
                        }
                    }
                    "ol" => {
                        let start = content::attr(el, Attr::Start)
                            .and_then(|s| s.trim().parse().ok())
                            .unwrap_or(1);
                        self.counters.push(Some(start));
                    }
                    "ul" => self.counters.push(None),
                    "li" => {
                        self.break_line();
                        if let Some(Some(k)) = self.counters.last_mut() {
                            self.line.push_str(&format!("{k}. "));
                            *k += 1;
                        }
                    }
                    "table" => {
                        self.break_line();
                        self.tables.push(Spans::default());
                    }
                    "tr" => {
                        self.break_line();
                        self.start_row(n);
                    }
                    "td" | "th" => {
                        self.spanned(false);
                        if !self.line.trim().is_empty() {
                            self.next_cell();
                        }
                    }
                    "dd" => {
                        self.break_line();
                        self.after_term(n);
                    }
                    // (A footnote's link too: `<a href="#fn-2">[2]</a>`.)
                    "sup" | "a" if is_citation(n) => return,
                    // `<span class="icon icon-title">TITLE</span>곡`: a music site's badge
                    // is no part of the title it marks.
                    "span" | "em" | "i" | "strong" if is_badge(n, el) => return,
                    // `<a class="title">T</a><a class="artist">A</a>`: a music site's song
                    // and its singer, side by side, are a title and its credit.
                    _ if self
                        .line
                        .ends_with(|c: char| !c.is_whitespace() && c != '|')
                        && credit_class(el) =>
                    {
                        self.line.push_str(" - ");
                    }
                    // `<a>Ailee</a><a>Crush</a>`: links side by side with nothing between
                    // are items, two names, not one word.
                    "a" if n.prev_sibling().is_some_and(|p| {
                        p.value().as_element().is_some_and(|e| e.name() == "a")
                    }) && self
                        .line
                        .ends_with(|c: char| crate::normalize::is_alnum(c) || c == ')') =>
                    {
                        self.line.push_str(", ");
                    }
                    _ if BLOCK.contains(&name) => self.break_line(),
                    // `<a class="title">T</a><span class="by">by</span>`: two classed
                    // fields side by side are two words, however the page's style spaces
                    // them (not `<span class="dropcap">T</span>he`: a letter alone).
                    _ if self.line.ends_with(crate::normalize::is_alnum)
                        && classed_fields(n, el) =>
                    {
                        self.line.push(' ');
                    }
                    _ => {}
                }
                // Where the cell's text begins: `out` as it was, and the line so far.
                let cell = matches!(name, "td" | "th").then(|| (self.out.len(), self.line.clone()));
                let quoted = self.bold_title(n, name);
                if quoted {
                    self.text("“");
                }
                for c in n.children() {
                    self.render(c, depth + 1);
                }
                if quoted {
                    self.line.truncate(self.line.trim_end().len());
                    self.line.push('”');
                }
                if field_label(n, el) {
                    self.line.truncate(self.line.trim_end().len());
                    self.line.push_str(": ");
                }
                if let Some((out, row)) = cell {
                    self.join_cell(out, &row);
                    self.end_cell(n, out, row.len());
                }
                match name {
                    "table" => _ = self.tables.pop(),
                    "tr" => self.end_row(),
                    _ => {}
                }
                if matches!(name, "ol" | "ul") {
                    self.counters.pop();
                }
                if BLOCK.contains(&name) {
                    self.break_line();
                }
            }
            Node::Document | Node::Fragment => {
                for c in n.children() {
                    self.render(c, depth + 1);
                }
            }
            _ => {}
        }
    }

    /// Boilerplate inside the article: blocks named like it (but not a wrapper called
    /// `has-sidebar` that holds most of the story), and blocks of mostly links (menus,
    /// "read next" lists), while a list of songs with a linked title each, a grid of
    /// linked cells, or a short block of one or two links that is no list (a singer's
    /// linked name, `<a>A</a> & <a>B</a>`) stays.
    fn is_boilerplate(&self, n: NodeRef<Node>, el: &scraper::node::Element, grid: bool) -> bool {
        let size = self.sizes.get(n);
        if self.in_list || size.text * 2 >= self.root_len {
            return false;
        }
        // A table's cells and rows are the table's, whatever their class (`td.rank`).
        let cell = matches!(el.name(), "td" | "th" | "tr");
        // A reply's text may sit in a form (its editor's), whose fields are dropped.
        let thread = self.in_thread || self.thread_path.contains(&n.id());
        // A table or a list of songs is the story's data, whatever its class.
        let data = || {
            el.name() == "table" && content::is_song_table(n)
                || content::is_quoted_list(n, self.sizes)
        };
        SOFT_DROP.contains(&el.name()) && !self.in_thread
            || !cell && is_boilerplate_attr(el, thread) && !data()
            || !grid
                && matches!(
                    el.name(),
                    "ul" | "ol" | "div" | "section" | "table" | "p" | "li"
                )
                && size.link_density() > 0.7
                && (size.anchors > 2
                    || size.text > MAX_CELL
                    || matches!(el.name(), "ul" | "ol" | "table"))
                // A track list links every title and singer: its links are its songs.
                && !(el.name() == "table" && content::is_song_table(n))
    }

    /// A short definition after a term of a label's shape (`<dt>Vocals</dt><dd>A</dd>`) is
    /// one line with it, `Vocals: A`, as a label line is written. A term that is an item
    /// (`<dt>Part 2 — “T”</dt><dd>Performed by A. …</dd>`) keeps its own line.
    fn after_term(&mut self, dd: NodeRef<Node>) {
        const TERM: usize = 30;
        const VALUE: usize = 80;
        let term = dd
            .prev_siblings()
            .find(|s| s.value().is_element())
            .filter(|s| s.value().as_element().is_some_and(|e| e.name() == "dt"));
        let Some(term) = term else { return };
        if self.sizes.get(term).text > TERM || self.sizes.get(dd).text > VALUE {
            return;
        }
        let body = self.out.trim_end_matches('\n');
        let at = body.rfind('\n').map_or(0, |i| i + 1);
        let last = body[at..].trim_end_matches([':', '：', ' ']).to_string();
        // The line before is the term's own (not hidden, not left out as boilerplate).
        let first = term
            .descendants()
            .filter_map(|d| d.value().as_text())
            .find_map(|t| t.split_whitespace().next());
        let label = last.split_whitespace().count() <= 3
            && !last.contains(['“', '”', '"', '‘', '’', '「', '」', '『', '』', '<', '《']);
        if !label || !first.is_some_and(|w| last.starts_with(w)) {
            return;
        }
        self.out.truncate(at);
        self.line = format!("{last}: ");
    }

    /// Before a row: a header row under a header row with cells spanning down is its
    /// sub-columns' row, and the two are one header (`Title | Year | KOR | US`, not
    /// `Title | Year | Peak chart positions` over `KOR | US`); a data row gets no
    /// header's cells.
    fn start_row(&mut self, row: NodeRef<Node>) {
        let Some(t) = self.tables.last_mut() else {
            return;
        };
        let in_head = row
            .parent()
            .and_then(|p| p.value().as_element().map(|e| e.name() == "thead"))
            .unwrap_or(false);
        let header = in_head
            || !row
                .children()
                .any(|c| c.value().as_element().is_some_and(|e| e.name() == "td"));
        t.col = 0;
        t.cells_in_row = 0;
        match t.header_at {
            Some(at) if header && t.cells.iter().any(|c| c.head) => self.out.truncate(at),
            _ => t.cells.retain(|c| !c.head),
        }
        t.header_at = header.then_some(self.out.len());
    }

    /// Writes the cells spanning down from rows above into the row: those at the grid's
    /// column and the columns after it that they fill, or, at the row's end (`rest`),
    /// every one after its last cell.
    fn spanned(&mut self, rest: bool) {
        let Some(t) = self.tables.last_mut() else {
            return;
        };
        let mut due: Vec<&Span> = t
            .cells
            .iter()
            .filter(|c| !c.fresh && c.col >= t.col)
            .collect();
        due.sort_by_key(|c| c.col);
        let mut texts = Vec::new();
        for c in due {
            if !rest && c.col != t.col {
                break;
            }
            texts.push(c.text.clone());
            t.col = c.col + 1;
        }
        t.cells_in_row += texts.len();
        for text in texts {
            if !self.line.trim().is_empty() {
                self.next_cell();
            }
            self.line.push_str(&text);
        }
    }

    /// After a cell: its column is passed, and a cell spanning rows down is kept, with
    /// its text when the cell stayed on the row's line.
    fn end_cell(&mut self, cell: NodeRef<Node>, out: usize, line: usize) {
        let Some(el) = cell.value().as_element() else {
            return;
        };
        let cell_after = cell.next_siblings().any(|s| {
            s.value()
                .as_element()
                .is_some_and(|e| matches!(e.name(), "td" | "th"))
        });
        let (rows, cols) = (span(el, Attr::Rowspan), span(el, Attr::Colspan));
        let text = (self.out.len() == out)
            .then(|| self.line.get(line..))
            .flatten()
            .map(|t| t.trim().to_string());
        let Some(t) = self.tables.last_mut() else {
            return;
        };
        let text = text.filter(|s| !s.is_empty());
        // A data cell across columns after the row's first (`<td colspan="2">` under
        // `Lyrics | Music`) is written in each, so the cells after it stay under their
        // own headers (the singer's under `Artist`).
        if let Some(text) = text
            .as_ref()
            .filter(|_| cols > 1 && t.header_at.is_none() && t.cells_in_row > 0 && cell_after)
        {
            for _ in 1..cols {
                self.line.push_str(" | ");
                self.line.push_str(text);
            }
        }
        if let Some(text) = text.filter(|_| rows > 1) {
            t.cells.push(Span {
                col: t.col,
                left: rows - 1,
                text,
                fresh: true,
                head: t.header_at.is_some(),
            });
        }
        t.col += cols;
        t.cells_in_row += 1;
    }

    /// After a row: the spanning cells after its last cell are written, and each
    /// spanning cell covers one row fewer.
    fn end_row(&mut self) {
        self.spanned(true);
        // A header row of columns is followed by a rule row, as a Markdown table writes
        // it, which tells the reader that the row heads columns.
        // One cell across the table (`<th colspan="2">Album</th>`) is a caption.
        if let Some(t) = self
            .tables
            .last()
            .filter(|t| t.header_at.is_some() && t.cells_in_row > 1)
        {
            let rule = vec!["---"; t.col].join(" | ");
            self.break_line();
            self.line = rule;
            self.break_line();
        }
        if let Some(t) = self.tables.last_mut() {
            for c in &mut t.cells {
                if c.fresh {
                    c.fresh = false;
                } else {
                    c.left -= 1;
                }
            }
            t.cells.retain(|c| c.left > 0);
        }
    }

    /// A cell after the first in a table row: a row that starts with its number
    /// (`1 | Song - Singer`) is a numbered list item, `1. Song - Singer`; other cells are
    /// set apart by ` | `.
    fn next_cell(&mut self) {
        let number = self.line.trim().trim_end_matches('.');
        if !number.is_empty() && number.len() <= 3 && number.bytes().all(|b| b.is_ascii_digit()) {
            self.line = format!("{number}. ");
        } else {
            // The space between the cells' tags (`</td>\n<td>`) is no part of either: a
            // double space before the bar reads as a column gap of its own.
            self.line.truncate(self.line.trim_end().len());
            self.line.push_str(" | ");
        }
    }

    /// One row of a grid ([`is_row`]) as one line, its cells set apart like table cells
    /// where nothing but space stands between them (`<a>Title</a><a>Singer</a>`).
    fn row(&mut self, row: NodeRef<Node>) {
        self.break_line();
        let mut after_cell = false;
        for c in cells(row, self.sizes).unwrap_or_default() {
            match c.value() {
                Node::Text(t) => {
                    after_cell = false;
                    self.text(t);
                }
                _ => {
                    if after_cell {
                        self.next_cell();
                    }
                    self.flat(c);
                    after_cell = true;
                }
            }
        }
        self.break_line();
    }

    /// A short cell that broke into lines (`<td>Kim Feel<br>Kim Bo-kyung</td>`) is one
    /// cell of its row again, its lines a list (`Kim Feel, Kim Bo-kyung`): a row is one
    /// line. A long cell (a layout table's whole story) keeps its lines.
    fn join_cell(&mut self, from: usize, row: &str) {
        const SHORT: usize = 120;
        // The cell's own text: what went out and what is on the line, less the row before it.
        let size = (self.out.len() - from + self.line.len()).saturating_sub(row.len());
        if self.out.len() == from || size > SHORT {
            return;
        }
        let went = self.out.split_off(from);
        // The row before the cell went out with the cell's first line, or was dropped
        // when it was only the row's number (`1.` is no line alone): it leads again.
        let lines = went.strip_prefix(row.trim()).unwrap_or(&went);
        let mut joined = format!("{row}{}", lines.trim().replace('\n', ", "));
        if !self.line.trim().is_empty() {
            joined.push_str(", ");
            joined.push_str(self.line.trim_start());
        }
        self.line = joined;
    }

    /// Renders deep content without recursion, as running text.
    fn flat(&mut self, n: NodeRef<Node>) {
        for d in n.descendants() {
            if let Node::Text(t) = d.value() {
                let skip = d.ancestors().any(|a| {
                    a.value().as_element().is_some_and(|el| {
                        content::is_hidden(el)
                            || matches!(el.name(), "span" | "em" | "i" | "strong")
                                && is_badge(a, el)
                    })
                });
                if !skip {
                    self.text(t);
                }
            }
        }
    }

    /// Whether a bold span is a title set in running prose, written as a quote (`The
    /// piano-led <strong>T</strong> by A was everywhere`): bold inside a sentence, text
    /// before it on its line and a sentence's words after it, a few words that open in
    /// capitals and hold no quote or colon of their own. A bold lead (`<b>Verdict:</b>`),
    /// a bold paragraph or a bold word of emphasis (`<b>so</b> good`) stays as it is.
    fn bold_title(&self, n: NodeRef<Node>, name: &str) -> bool {
        const MAX_WORDS: usize = 8;
        if !matches!(name, "strong" | "b") || self.line.trim().is_empty() || !self.tables.is_empty()
        {
            return false;
        }
        // (One text child: a bold span of links or of other markup is left alone.)
        let mut kids = n.children();
        let (Some(only), None) = (kids.next(), kids.next()) else {
            return false;
        };
        let Some(t) = only.value().as_text() else {
            return false;
        };
        let t = t.trim();
        let shaped = (1..=MAX_WORDS).contains(&t.split_whitespace().count())
            && t.starts_with(|c: char| c.is_uppercase() || crate::normalize::is_hangul(c))
            && !t.contains(['“', '”', '"', '‘', '’', '\'', ':', '「', '《', '<'])
            && !self.line.ends_with(['“', '"', '‘', '\'', ':']);
        if !shaped {
            return false;
        }
        // What says the bold span is a song's title, not a name set in bold as news bolds
        // people: a credit after it (`T by A`) or a song's word right before it (`its
        // signature song, T`); not an owner's possessive (`G’s A` is a member).
        let credited = n
            .next_sibling()
            .and_then(|s| s.value().as_text())
            .is_some_and(|a| a.starts_with(" by "));
        let before = self.line.trim_end().trim_end_matches(',');
        let last = before.rsplit(' ').next().unwrap_or("").to_lowercase();
        credited || crate::read::find::SONG_WORDS.contains(&last.as_str())
    }

    fn text(&mut self, t: &str) {
        for (i, part) in t.split_whitespace().enumerate() {
            let glue = i == 0 && !t.starts_with(char::is_whitespace);
            if !self.line.is_empty() && !self.line.ends_with(' ') && !glue {
                self.line.push(' ');
            }
            self.line.push_str(part);
        }
        if t.ends_with(char::is_whitespace) && !self.line.is_empty() && !self.line.ends_with(' ') {
            self.line.push(' ');
        }
    }

    fn break_line(&mut self) {
        let l = self.line.trim();
        // A heading marker or list number alone is no line; a number in a table is a
        // cell's (`<td><div>1</div></td>`, a track's), which joins its row.
        let number = l.trim_end_matches('.').chars().all(|c| c.is_ascii_digit());
        let empty = l.is_empty()
            || l == "#"
            || l == "##"
            || number && (self.tables.is_empty() || l.ends_with('.'));
        if !empty {
            self.out.push_str(l);
            self.out.push('\n');
        }
        self.line.clear();
    }

    fn finish(mut self) -> String {
        self.break_line();
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities_and_inline_glue() {
        let t = to_text("<p>It&#8217;s <b>You</b>&nbsp;by <em>Sung</em>Si Kyung</p>");
        assert_eq!(t, "It’s You by SungSi Kyung\n");
    }

    #[test]
    fn a_bold_title_in_running_prose_is_written_as_a_quote() {
        for (html, want) in [
            (
                "<p>The piano-led <strong>Paper Kite</strong> by Mina Cho was everywhere.</p>",
                "The piano-led “Paper Kite” by Mina Cho was everywhere.\n",
            ),
            (
                "<p>Mina Cho sang its signature song, <b>Paper Kite</b> (종이연), in 2004.</p>",
                "Mina Cho sang its signature song, “Paper Kite” (종이연), in 2004.\n",
            ),
        ] {
            assert_eq!(to_text(html), want);
        }
        // A name in bold, as news sets people, a bold lead, a quoted bold title and a
        // word of emphasis stay as they are.
        for html in [
            "<p>The duet paired <strong>Mina Cho</strong> with Lee Dan.</p>",
            "<p>Harbor’s <strong>Dain</strong> sang it.</p>",
            "<p><b>Verdict</b>: a fine song by Mina Cho.</p>",
            "<p>Part 1, '<b>Paper Kite</b>' by Mina Cho, opened.</p>",
            "<p>The song is <b>so</b> good by any measure.</p>",
        ] {
            let t = to_text(html);
            assert!(!t.contains('“'), "{html} -> {t}");
        }
    }

    #[test]
    fn classed_fields_side_by_side_are_two_words() {
        let t = to_text(
            r#"<div><a class="title" href="/s/1">Paper Kite</a><span class="by">by</span> <a class="artist">Mina Cho</a></div>"#,
        );
        assert_eq!(t, "Paper Kite by Mina Cho\n");
        // A drop cap is the first letter of its word; unclassed inline glue stays glued.
        let t = to_text(
            r#"<p><span class="dropcap">T</span><span class="rest">he song</span> and <b>Sung</b><i>Si</i></p>"#,
        );
        assert_eq!(t, "The song and SungSi\n");
    }

    #[test]
    fn ordered_lists_and_tables() {
        let t = to_text("<ol start=3><li>A</li><li>B</li></ol><table><tr><td>1</td><td>Song</td><td>Singer</td></tr></table>");
        assert_eq!(t, "3. A\n4. B\n1. Song | Singer\n");
        let t = to_text("<table><tr><th>No.</th><th>Title</th></tr><tr><td>2.</td><td>Flower - Yoon Mirae</td></tr></table>");
        assert_eq!(t, "No. | Title\n--- | ---\n2. Flower - Yoon Mirae\n");
        // The line breaks between a wiki's cell tags are no part of the cells.
        let t = to_text("<table>\n<tr>\n<th>Part</th>\n<th>Title</th>\n</tr>\n<tr>\n<td>1</td>\n<td>\"Salt Road\"</td>\n<td>Mira Dove</td>\n</tr>\n</table>");
        assert_eq!(t, "Part | Title\n--- | ---\n1. \"Salt Road\" | Mira Dove\n");
    }

    #[test]
    fn a_cell_spanning_rows_is_written_in_each_row_it_covers() {
        // A part's cell over two songs, and a singer's over two parts.
        let t = to_text(
            "<table><tr><td rowspan=2>Part 1</td><td>Paper Lantern</td><td>Lee Hana</td></tr>\
             <tr><td>Falling Tide</td><td>Sol Ahn</td></tr>\
             <tr><td>Part 2</td><td>Winter Letter</td><td rowspan=\"2\">Ryu Min</td></tr>\
             <tr><td>Part 3</td><td>Blue Hour</td></tr>\
             <tr><td>Part 4</td><td>Open Sea</td><td>Cha Eun</td></tr></table>",
        );
        assert_eq!(
            t,
            "Part 1 | Paper Lantern | Lee Hana\nPart 1 | Falling Tide | Sol Ahn\n\
             Part 2 | Winter Letter | Ryu Min\nPart 3 | Blue Hour | Ryu Min\n\
             Part 4 | Open Sea | Cha Eun\n"
        );
        // A cell spanning past the table's last row, and after a cell spanning columns.
        let t = to_text(
            "<table><tr><td colspan=2>Glass Door</td><td rowspan=5>Park Ha-eun</td></tr>\
             <tr><td>Salt Road</td><td>3:41</td></tr>\
             <tr><td colspan=2>Bonus</td></tr></table>",
        );
        assert_eq!(
            t,
            "Glass Door | Park Ha-eun\nSalt Road | 3:41 | Park Ha-eun\nBonus | Park Ha-eun\n"
        );
    }

    #[test]
    fn a_data_cell_spanning_columns_is_written_in_each_so_later_cells_keep_their_column() {
        // One writer for lyrics and music: the singer stays under `Artist`. A caption row
        // across the table, and a last cell spanning to the table's end, are written once.
        let t = to_text(
            "<table><tr><th>No.</th><th>Title</th><th>Lyrics</th><th>Music</th><th>Artist</th></tr>\
             <tr><td colspan=5>Part 1</td></tr>\
             <tr><td>1</td><td>Glass Door</td><td colspan=\"2\">Jo Min</td><td>Park Ha-eun</td></tr>\
             <tr><td>2</td><td>Salt Road</td><td colspan=3>Instrumental</td></tr></table>",
        );
        assert_eq!(
            t,
            "No. | Title | Lyrics | Music | Artist\n--- | --- | --- | --- | ---\nPart 1\n\
             1. Glass Door | Jo Min | Jo Min | Park Ha-eun\n2. Salt Road | Instrumental\n"
        );
    }

    #[test]
    fn a_header_row_is_followed_by_a_rule_row_and_its_sub_columns_join_it() {
        // `Peak chart positions` over `KOR | US`: one header row of the columns.
        let t = to_text(
            "<table><tr><th rowspan=2>Title</th><th rowspan=2>Year</th>\
             <th colspan=2>Peak chart positions</th><th rowspan=2>Album</th></tr>\
             <tr><th>KOR</th><th>US</th></tr>\
             <tr><td>Glass Door</td><td>2021</td><td>3</td><td>—</td><td>Harbor</td></tr></table>",
        );
        assert_eq!(
            t,
            "Title | Year | KOR | US | Album\n--- | --- | --- | --- | ---\n\
             Glass Door | 2021 | 3 | — | Harbor\n"
        );
        // Head cells in `<thead>`; a caption row of one cell across the table has no rule.
        let t = to_text(
            "<table><thead><tr><td>Song</td><td>Singer</td></tr></thead>\
             <tbody><tr><td>Glass Door</td><td>Park Ha-eun</td></tr></tbody></table>\
             <table><tr><th colspan=2>Winter Harbor OST</th></tr>\
             <tr><th>Parts</th><td>Glass Door · Salt Road</td></tr></table>",
        );
        assert_eq!(
            t,
            "Song | Singer\n--- | ---\nGlass Door | Park Ha-eun\n\
             Winter Harbor OST\nParts | Glass Door · Salt Road\n"
        );
    }

    #[test]
    fn a_short_definition_joins_its_label_term() {
        let t =
            to_text("<dl><dt>Song</dt><dd>Glass Door</dd><dt>Vocals</dt><dd>Park Ha-eun</dd></dl>");
        assert_eq!(t, "Song: Glass Door\nVocals: Park Ha-eun\n");
        // A term that is an item, or a long definition, keeps its own line.
        let t =
            to_text("<dl><dt>Part 2 — “Glass Door”</dt><dd>Performed by Park Ha-eun.</dd></dl>");
        assert_eq!(t, "Part 2 — “Glass Door”\nPerformed by Park Ha-eun.\n");
        let long = "A definition long enough to be a paragraph of its own, with more words than any label's value has.";
        let t = to_text(&format!("<dl><dt>Note</dt><dd>{long}</dd></dl>"));
        assert_eq!(t, format!("Note\n{long}\n"));
    }

    #[test]
    fn a_label_element_that_opens_its_block_is_its_values_label() {
        let t = to_text("<div><h3>Glass Door</h3><p class='meta'><span class='lbl'>Artist</span> Park Ha-eun</p><p><span class='field-label'>Drama</span> Winter Harbor (tvN)</p></div>");
        assert_eq!(
            t,
            "## Glass Door\nArtist: Park Ha-eun\nDrama: Winter Harbor (tvN)\n"
        );
        // Bold words of a sentence, or a label with its own colon, stay as written.
        let t = to_text("<p><strong>Glass Door</strong> is the best song.</p><p><span class='label'>Artist:</span> Park Ha-eun</p>");
        assert_eq!(t, "Glass Door is the best song.\nArtist: Park Ha-eun\n");
    }

    #[test]
    fn a_rank_in_its_own_element_numbers_the_heading() {
        let t = to_text("<h2><span class='num'>5</span> Salt Road (2021)</h2><h2>24 Hours of Rain</h2><h3><b>7</b></h3>");
        assert_eq!(t, "## 5. Salt Road (2021)\n## 24 Hours of Rain\n## 7\n");
    }

    #[test]
    fn a_short_cell_of_lines_stays_one_cell_and_footnote_marks_go() {
        let t = to_text("<table><tr><td>“Salt Road”<sup>[3]</sup></td><td>Kim Na-ri<br>Oh Se-hun</td><td>4:02</td></tr></table>");
        assert_eq!(t, "“Salt Road” | Kim Na-ri, Oh Se-hun | 4:02\n");
        // A layout table's long cell keeps its paragraphs; a bracket of words is no mark.
        let long = "A paragraph long enough to be a story's own, with its commas and its words.";
        let t = to_text(&format!(
            "<table><tr><td><p>{long}</p><p>{long}</p></td></tr></table>"
        ));
        assert_eq!(t, format!("{long}\n{long}\n"));
        let t = to_text("<p>Sung by Oh Se-hun<sup>[Note from the editor]</sup></p>");
        assert_eq!(t, "Sung by Oh Se-hun[Note from the editor]\n");
    }

    #[test]
    fn truncated_html_without_closing_tags() {
        let t = to_text("<html><body><article><p>“Flower” – Yoon Mirae for Crash Lan");
        assert_eq!(t, "“Flower” – Yoon Mirae for Crash Lan\n");
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let html = "<div>".repeat(100_000) + "deep text" + &"</div>".repeat(100_000);
        assert_eq!(to_text(&html), "deep text\n");
    }

    #[test]
    fn the_depth_guard_skips_comments_scripts_and_quoted_brackets() {
        let html =
            "<div class='a>b'><!-- <div><div> --><script>if (a<b) {}</script><div>x</div></div>";
        assert_eq!(
            prepare(html, 1),
            "<div class='a>b'><script></script>x</div>"
        );
        assert_eq!(
            prepare(html, 2),
            "<div class='a>b'><script></script><div>x</div></div>"
        );
    }

    #[test]
    fn only_the_attributes_something_reads_reach_the_parser() {
        let html = "<div data-x='1 > 2' CLASS=\"post body\" onclick=go()><a href=/x title=\"a b\">x</a><P hidden ID = main>y</P><br data-n=1 /><img src=a.png/><ol\nstart=3 type=a>";
        assert_eq!(
            prepare(html, 9),
            "<div CLASS=\"post body\"><a>x</a><P hidden ID = main>y</P><br/><img>".to_string()
                + "<ol start=3>"
        );
        // Closing tags, tags without attributes and an unfinished tag are left as they are.
        assert_eq!(
            prepare("<p>a</p ><i>b<a href='x", 9),
            "<p>a</p ><i>b<a href='x"
        );
        // An unquoted value may end in `/`; a lone `/` closes the tag.
        assert_eq!(prepare("<i id=a/><i id='b' />", 9), "<i id=a/><i id='b'/>");
    }

    #[test]
    fn emptied_elements_keep_their_tags_and_the_text_after_them() {
        let html = "<p>a<style>p > b { }</style>b<svg><text>c</text></svg>d<svg/>e<SCRIPT src=x />'</scripts>'</script >f<template><p>g</p></template>h";
        assert_eq!(
            prepare(html, 9),
            "<p>a<style></style>b<svg></svg>d<svg/>e<SCRIPT src=x /></script >f<template></template>h"
        );
        assert_eq!(to_text(html), "abdefh\n");
    }

    #[test]
    fn unused_elements_with_balanced_content_are_emptied() {
        let emptied = [
            (
                "<nav><ul><li><a href=x>Home</a><li>About</ul></nav>",
                "<nav></nav>",
            ),
            ("<nav><nav><p>x</nav></nav><p>y", "<nav></nav><p>y"),
            (
                "<aside><script>if (a<b) {}</script><br></aside>",
                "<aside></aside>",
            ),
            (
                "<FOOTER><!-- </footer> --><svg/><b>c</b></Footer>",
                "<FOOTER></Footer>",
            ),
        ];
        for (html, prepared) in emptied {
            assert_eq!(prepare(html, 9), prepared, "{html}");
        }
        // What would reach outside in the parse stays: an open formatting element (it
        // is reopened after), an open block, a stray end tag (it closes an outer
        // element), a form (the parser remembers it), a missing end tag.
        for html in [
            "<header><a>Logo</header><p>text",
            "<nav><div>x</nav>",
            "<div><footer></div>stray</footer>",
            "<aside><form><input></form></aside>",
            "<nav><b><i>x</b></i></nav>",
            "<nav><p>no end",
            // Inside a table the parser moves content out, and a table there closes it.
            "<table><aside><table>x</table></aside></table>",
            // A start tag that closes the open one of its name around the element.
            "<a><nav><a>x</a></nav></a>",
            "<button><figcaption><button></button></figcaption></button>",
        ] {
            assert_eq!(prepare(html, 9), html, "{html}");
        }
        // A stray end tag of another modal element leaves the table open.
        let html = "<table></math><aside>x</aside></table>";
        assert_eq!(prepare(html, 9), html);
        // Without the enclosing `a`, the same content is emptied.
        assert_eq!(prepare("<nav><a>x</a></nav>", 9), "<nav></nav>");
    }

    #[test]
    fn balance_checks_read_at_most_their_budget() {
        let b = b"<nav><p>a long menu</p></nav><p>story</p>";
        let from = 5; // after `<nav>`
        let none = [0; ACTS_ON_OPEN.len()];
        let mut budget = 100;
        assert_eq!(
            balanced_close(b, from, b"nav", &none, &mut budget),
            Some(23)
        );
        assert_eq!(budget, 100 - (23 - from));
        // Too little left: no emptying, and the budget is spent.
        let mut budget = 10;
        assert_eq!(balanced_close(b, from, b"nav", &none, &mut budget), None);
        assert_eq!(budget, 0);
        // Unclosed elements stay as they are (their checks share one page's budget).
        let page = "<aside>x ".repeat(1000);
        assert_eq!(prepare(&page, 5000), page);
    }

    #[test]
    fn raw_text_is_left_as_the_parser_reads_it() {
        // `noscript` is raw text (the parser runs with scripting on); after `plaintext`
        // everything is text, end tags included.
        let html = "<noscript><nav>  <b>x</b></nav><!-- c --></noscript><plaintext></plaintext><nav>y</nav>  <p>";
        assert_eq!(
            prepare(html, 9),
            "<noscript><nav>  <b>x</b></nav><!-- c --></noscript><plaintext></plaintext><nav>y</nav>  <p>"
        );
    }

    #[test]
    fn whitespace_between_tags_is_cut_to_one_character() {
        assert_eq!(
            prepare("<div>\n    <p>a  b </p>\n\n</div>  <!-- c -->\t\t<br>", 9),
            "<div>\n<p>a  b </p>\n</div> \t<br>"
        );
        // Text around a `<` that opens no tag is text: its spaces stay.
        assert_eq!(prepare("<p>a <  < b</p>", 9), "<p>a <  < b</p>");
        assert_eq!(
            prepare("<pre>\n  x\n  y</pre><textarea>  </textarea>", 9),
            "<pre>\n  x\n  y</pre><textarea>  </textarea>"
        );
    }

    #[test]
    fn an_unclosed_script_or_comment_ends_the_page() {
        assert_eq!(
            prepare("<p>a</p><script>var x = '<p>b</p>", 9),
            "<p>a</p><script>"
        );
        assert_eq!(prepare("<p>a</p><!-- <p>b</p>", 9), "<p>a</p>");
    }

    #[test]
    fn boilerplate_classes_are_dropped() {
        let t = to_text("<div class='related-posts'><p>“X” – Y for Z</p></div><div class='post'><p>The body of the story, which is longer than the related list.</p></div>");
        assert_eq!(
            t,
            "The body of the story, which is longer than the related list.\n"
        );
    }

    #[test]
    fn a_wrapper_named_like_boilerplate_that_holds_the_story_stays() {
        let t = to_text("<div class='page-ad-margins has-sidebar'><p>“Flower” – Yoon Mirae, for Crash Landing on You, the story itself.</p><aside>Most read</aside></div>");
        assert_eq!(
            t,
            "“Flower” – Yoon Mirae, for Crash Landing on You, the story itself.\n"
        );
    }

    #[test]
    fn a_track_table_of_linked_cells_stays() {
        let story = "<p>The soundtrack of the drama Salt Road collects every vocal track of its run, from the opening theme sung over the harbor to the last duet of the finale, with a booklet of lyrics, stills from the drama and a message from its writer. Music director Park Jin-woo oversaw the whole soundtrack.</p>";
        let row = |n: usize, t: &str, a: &str| {
            format!("<tr><td>{n}</td><td><a href='/t{n}'>{t}</a></td><td><a href='/a{n}'>{a}</a></td></tr>")
        };
        let table = format!(
            "<table><tr><th>#</th><th>Title</th><th>Artist</th></tr>{}{}{}</table>",
            row(1, "Glass Door", "Mira Dove"),
            row(2, "Low Tide", "Kim Ha-na"),
            row(3, "Paper Boat", "Lee Do-yun")
        );
        let t = to_text(&format!("<div class='entry'>{story}{table}</div>"));
        assert!(t.contains("2. Low Tide | Kim Ha-na"), "{t}");
    }

    #[test]
    fn link_lists_are_dropped_but_linked_song_titles_stay() {
        let story = "<p>The soundtrack of Goblin, one of the best, is a long list of ballads, and here they are.</p>";
        let songs = "<ol><li><a href='/a'>Stay With Me</a> – Chanyeol and Punch</li><li><a href='/b'>Beautiful</a> – Crush</li></ol>";
        let menu = "<ul><li><a href='/1'>Home</a></li><li><a href='/2'>News</a></li></ul>";
        let t = to_text(&format!("<div class='entry'>{story}{songs}{menu}</div>"));
        assert!(
            t.contains("1. Stay With Me – Chanyeol and Punch\n2. Beautiful – Crush\n"),
            "{t}"
        );
        assert!(!t.contains("Home"), "{t}");
    }

    #[test]
    fn links_side_by_side_are_two_items_not_one_word() {
        let t = to_text(
            "<article><p>The soundtrack of Winter Harbor has six songs, all of them sung well.</p><table><tr><th>Title</th><th>Artist</th></tr>\
             <tr><td>Night Bus</td><td><a href='/a'>Gummy</a><a href='/b'>Davichi</a></td></tr></table>\
             <p>Read <a href='/c'>more</a> at <a href='/d'>our</a> <a href='/e'>site</a>.</p></article>",
        );
        assert!(t.contains("Night Bus | Gummy, Davichi"), "{t}");
        assert!(t.contains("Read more at our site."), "{t}");
    }

    #[test]
    fn a_music_sites_row_sets_its_singer_apart_and_drops_its_badges_and_footnotes() {
        let row = |n: u8, badge: &str, t: &str, a: &str| {
            format!(
                "<tr><td><input type='checkbox'></td><td class='number'>{n}</td><td class='info'>{badge}<a class='title ellipsis'>{t}</a><a class='artist ellipsis'>{a}</a><a href='#fn-{n}'>[{n}]</a></td><td>듣기</td></tr>"
            )
        };
        let t = to_text(&format!(
            "<article><p>드라마 겨울 항구의 OST 스페셜 앨범이 오늘 발매됐다. 모두 네 곡이 실렸다.</p><table><tr><th>선택</th><th>번호</th><th>곡정보</th><th>듣기</th></tr>{}{}</table></article>",
            row(1, "<span class='icon icon-title'>TITLE</span>", "작은 거인 (Little Giant)", "오하린"),
            row(2, "", "Glass Door", "Park Ha-eun")
        ));
        assert!(
            t.contains("1. 작은 거인 (Little Giant) - 오하린 | 듣기"),
            "{t}"
        );
        assert!(t.contains("2. Glass Door - Park Ha-eun | 듣기"), "{t}");
        assert!(!t.contains("TITLE") && !t.contains("[1]"), "{t}");
    }

    #[test]
    fn a_letter_its_label_spells_out_is_a_badge_not_part_of_the_name() {
        // `E` for explicit before a streaming row's singer, in a grid row and in a list.
        let e = "<span aria-label='Explicit'>E</span>";
        let row = |t: &str, a: &str| {
            format!("<div role='row'><div role='gridcell'><div>{t}</div><span>{e}<span><a href='/a'>{a}</a></span></span></div><div role='gridcell'>3:10</div></div>")
        };
        let t = to_text(&format!(
            "<main><p>The soundtrack of Winter Harbor has three songs, out on every service now.</p>{}{}{}</main>",
            row("Morning Tide", "HANUL"),
            row("Salt Road", "Mira Dove"),
            row("Lanterns", "Jo Han")
        ));
        assert!(t.contains("Morning Tide | HANUL"), "{t}");
        assert!(!t.contains("EHANUL"), "{t}");
        let t = to_text(&format!(
            "<main><p>The soundtrack of Winter Harbor has two songs, out on every service now.</p><ol><li>Morning Tide – {e}HANUL</li><li>Salt Road – Mira Dove</li></ol></main>"
        ));
        assert!(t.contains("Morning Tide – HANUL"), "{t}");
        // A word its label does not spell out (a singer's name with a tooltip) stays.
        let t = to_text(
            "<main><p>The soundtrack of Winter Harbor has two songs, out on every service now.</p><ol><li>Morning Tide – <span aria-label='IU and friends'>IU</span></li><li>Salt Road – <span aria-label='Singer'>V</span></li></ol></main>",
        );
        assert!(
            t.contains("Morning Tide – IU") && t.contains("Salt Road – V"),
            "{t}"
        );
    }

    #[test]
    fn a_singers_linked_name_alone_in_its_block_stays() {
        let story =
            "<p>The soundtrack of Winter Harbor, released this spring, has six songs in all.</p>";
        let item = |t: &str, a: &str| {
            format!("<h3>{t}</h3><div class='artists'><a href='/p/1'>{a}</a></div><p>Released in March.</p>")
        };
        let duet = "<h3>Salt Road</h3><p><a href='/p/2'>Kim Do-yoon</a> &amp; <a href='/p/3'>Mira Dove</a></p>";
        let menu = "<ul><li><a href='/1'>Home</a></li><li><a href='/2'>News</a></li><li><a href='/3'>About</a></li></ul>";
        let t = to_text(&format!(
            "<div class='entry'>{story}{}{duet}{menu}</div>",
            item("Glass Door", "Park Ha-eun")
        ));
        assert!(t.contains("Glass Door\nPark Ha-eun\n"), "{t}");
        assert!(t.contains("Salt Road\nKim Do-yoon & Mira Dove\n"), "{t}");
        assert!(!t.contains("Home"), "{t}");
    }

    #[test]
    fn a_cards_fields_nested_in_wrappers_are_one_row() {
        // App frameworks wrap each field, and a picture sits beside the fields.
        let card = |n: usize, t: &str, a: &str| {
            format!("<div class='item'><div class='cover'><img src='x.jpg'></div><div class='info'><div class='num'><span>{n}</span></div><div class='song'><div class='name'>{t}</div><div class='by'><a href='/a'>{a}</a></div></div><div class='len'>3:2{n}</div></div></div>")
        };
        let intro =
            "<p>The soundtrack of Winter Harbor, released today, has twelve songs in all.</p>";
        let t = to_text(&format!(
            "<main>{intro}<div class='list'>{}{}</div></main>",
            card(1, "Morning Tide", "Kim Na Ra"),
            card(2, "Lanterns", "NOVA9")
        ));
        assert!(
            t.contains("1. Morning Tide | Kim Na Ra | 3:21\n2. Lanterns | NOVA9 | 3:22\n"),
            "{t}"
        );
    }

    #[test]
    fn a_section_with_a_table_is_no_row() {
        // Two sections side by side, each a heading and a short table: their rows stay
        // lines, not cells of one row.
        let section = |h: &str, t: &str, a: &str| {
            format!("<div class='box'><h3>{h}</h3><div><table><tr><td>1</td><td>{t}</td><td>{a}</td></tr></table></div></div>")
        };
        let t = to_text(&format!(
            "<main><p>The soundtrack of Winter Harbor, released today, has twelve songs in all.</p><div class='boxes'>{}{}</div></main>",
            section("Chart", "Glass Door", "Park Ha-eun"),
            section("Requests", "Salt Road", "Mira Dove")
        ));
        assert!(t.contains("1. Glass Door | Park Ha-eun\n"), "{t}");
    }

    #[test]
    fn a_track_list_beside_the_albums_description_is_kept() {
        let about = "<div class='wiki-content'><p>Winter Harbor is the soundtrack album of the 2021 drama Winter Harbor. It collects the singles released while the drama aired, with more words, more commas, and more.</p></div>";
        let tracks = "<table class='chartlist'><tr><th></th><th>Name</th><th>Artist</th><th>Listeners</th></tr><tr><td>1</td><td><a href='/t'>Glass Door</a></td><td><a href='/a'>Park Ha-eun</a></td><td>6,204</td></tr></table>";
        let aside = "<div class='sidebar'><table><tr><th>Song</th><th>Artist</th></tr><tr><td>Other</td><td>Someone</td></tr></table></div>";
        let t = to_text(&format!(
            "<body><div class='col'><section>{tracks}</section><section>{about}</section>{aside}</div></body>"
        ));
        assert!(t.contains("1. Glass Door | Park Ha-eun | 6,204\n"), "{t}");
        assert!(t.find("Glass Door") < t.find("soundtrack album"), "{t}");
        assert!(!t.contains("Someone"), "{t}");
    }

    #[test]
    fn a_header_row_over_a_block_of_rows_is_a_grid() {
        // A streaming page's track list: a header row, then the rows in a block of their
        // own (`role="presentation"`), every title and singer a link.
        let row = |n: usize, t: &str, a: &str| {
            format!("<div role='row'><div class='r'><div role='gridcell'><span>{n}</span></div><div role='gridcell'><a href='/t'><div>{t}</div></a><span><a href='/a'>{a}</a></span></div><div role='gridcell'><div>3:2{n}</div></div></div></div>")
        };
        let rows: String = [
            (
                1,
                "Morning Tide over the Harbor",
                "Kim Na Ra and the Lanterns",
            ),
            (2, "Lanterns on the Water", "Jo Han"),
            (3, "Salt Road to the Sea", "Mira Dove"),
        ]
        .iter()
        .map(|(n, t, a)| row(*n, t, a))
        .collect();
        let head = "<div role='row'><div>#</div><div>Title</div><div>Time</div></div>";
        let intro = "<p>The soundtrack of Winter Harbor, released today, has twelve songs in all, from the ballads of its first weeks to the band songs of its last, and the label has put them out on one album with the score.</p>".repeat(2);
        let t = to_text(&format!(
            "<main>{intro}<div role='grid'>{head}<div role='presentation'>{rows}</div></div></main>"
        ));
        assert!(
            t.contains("Morning Tide over the Harbor | Kim Na Ra and the Lanterns"),
            "{t}"
        );
        assert!(t.contains("Salt Road to the Sea | Mira Dove"), "{t}");
    }

    #[test]
    fn grid_rows_of_linked_cells_are_lines_of_cells() {
        let row = |n: usize, t: &str, a: &str| {
            format!("<div class='row'><span>{n}</span><a href='/t'>{t}</a><a href='/a'>{a}</a><span>3:2{n}</span></div>")
        };
        let rows: String = [(1, "Morning Tide", "Kim Na Ra"), (2, "Lanterns", "NOVA9")]
            .iter()
            .map(|(n, t, a)| row(*n, t, a))
            .collect();
        let menu = "<ul><li><a href='/1'>Home</a></li><li><a href='/2'>Charts</a></li></ul>";
        let intro =
            "<p>The soundtrack of Winter Harbor, released today, has twelve songs in all.</p>";
        let t = to_text(&format!(
            "<main>{menu}{intro}<div class='tracks'>{rows}</div></main>"
        ));
        assert!(
            t.contains("1. Morning Tide | Kim Na Ra | 3:21\n2. Lanterns | NOVA9 | 3:22\n"),
            "{t}"
        );
        assert!(!t.contains("Home"), "{t}");
        // Rows of story headlines are no grid: a link list, dropped.
        let long = "A headline of a story that is far longer than any song title or singer";
        let stories: String = (0..3)
            .map(|i| format!("<li><a href='/s{i}'>{long} {i}</a><a href='/c'>News</a></li>"))
            .collect();
        let t = to_text(&format!("<main>{intro}<ul>{stories}</ul></main>"));
        assert!(!t.contains("headline"), "{t}");
        // Cells with words between them are one line as written.
        let t = to_text(&format!(
            "<main>{intro}<div><li><a href='/t'>Lanterns</a> – <a href='/a'>NOVA9</a></li><li><a href='/t'>Dawn</a> – <a href='/a'>Kim Na Ra</a></li></div></main>"
        ));
        assert!(t.contains("Lanterns – NOVA9\nDawn – Kim Na Ra\n"), "{t}");
    }

    #[test]
    fn a_page_builders_sections_are_kept_whichever_holds_the_longest_paragraph() {
        // Each section nests its widgets the same way; the widgets of one section repeat
        // too, but the story is every section.
        let section = |widgets: &[&str]| {
            let ws: String = widgets
                .iter()
                .map(|w| format!("<div class='elementor-element elementor-widget elementor-widget-text-editor'><div class='elementor-widget-container'>{w}</div></div>"))
                .collect();
            format!("<section class='elementor-section elementor-top-section'><div class='elementor-container'><div class='elementor-column'><div class='elementor-widget-wrap'>{ws}</div></div></div></section>")
        };
        let page = format!(
            "<nav><a href='/'>Home</a> <a href='/blog'>Blog</a></nav><main><div class='elementor'>{}{}{}</div></main><aside class='sidebar'><a href='/x'>Popular: Another Post</a></aside>",
            section(&["<h1>Four soundtracks on repeat</h1>", "<p>Some dramas are good, and some have soundtracks so good, so warm and so sad, that you keep them playing long after the finale.</p>"]),
            section(&["<h2>1. Winter Harbor (2019)</h2>", "<ul><li><strong>Paper Moon</strong> – Mira Dove</li><li><strong>Salt Road</strong> – Jo Hana</li></ul>"]),
            section(&["<h2>2. Moon Tide (2021)</h2>", "<p>Glass Door – Kim Na Ra</p>"]),
        );
        let text = to_text(&page);
        for l in [
            "Some dramas",
            "1. Winter Harbor (2019)",
            "Paper Moon – Mira Dove",
            "2. Moon Tide (2021)",
            "Glass Door – Kim Na Ra",
        ] {
            assert!(text.contains(l), "{l}: {text}");
        }
        assert!(!text.contains("Popular"), "{text}");
        // A builder's share bar is still one.
        let page = page.replace("<p>Glass Door", "<div class='elementor-widget-share-buttons'><a href='/s'>Share on Facebook</a></div><p>Glass Door");
        assert!(!to_text(&page).contains("Facebook"));
    }

    #[test]
    fn an_editors_blocks_are_kept_together_however_short_their_lines() {
        // A blog editor wraps each block in a component, its module alone in a section:
        // the block with the longest paragraph wins, and its like siblings come along.
        let block = |lines: &[&str]| {
            let ps: String = lines
                .iter()
                .map(|l| format!("<p class='para'><span>{l}</span></p>"))
                .collect();
            format!("<div class='block text'><div class='content'><div class='section'><div class='module'>{ps}</div></div></div></div>")
        };
        // A heading block of the same editor: the same first class, another kind.
        let heading = |h: &str| {
            format!("<div class='block heading'><div class='content'><p><b>{h}</b></p></div></div>")
        };
        let page = format!(
            "<nav><a href='/'>Home</a> <a href='/blog'>Blog</a></nav><div class='post'>{}{}{}{}</div><footer>© Blog</footer>",
            block(&["1. Winter Harbor (2019)", "Mira Dove - Paper Moon"]),
            heading("Moon Tide (2021)"),
            block(&["Jo Hana - Salt Road"]),
            block(&["Both songs stayed on my playlist for a whole winter, and I still play them, every single night."]),
        );
        let text = to_text(&page);
        for l in [
            "1. Winter Harbor (2019)",
            "Mira Dove - Paper Moon",
            "Moon Tide (2021)",
            "Jo Hana - Salt Road",
            "Both songs",
        ] {
            assert!(text.contains(l), "{l}: {text}");
        }
        assert!(!text.contains("Home"), "{text}");
    }

    #[test]
    fn the_headline_leads_the_story_when_its_container_leaves_it_out() {
        let story =
            "<p>The soundtrack of Winter Harbor has twelve songs, and all of them are good.</p>";
        // A headline above the story's container, or in the story's own header.
        for page in [
            format!("<div class='title'><h1>Winter Harbor OST</h1></div><div class='entry'>{story}</div>"),
            format!("<main><article><header><h1>Winter Harbor OST</h1></header>{story}</article></main>"),
        ] {
            let p = to_page(&page);
            assert!(p.text.starts_with("# Winter Harbor OST\n"), "{page}: {p:?}");
            assert!(p.text[p.headline..].starts_with("The soundtrack"), "{p:?}");
        }
        // Without one, the page's title without the site's name.
        let p = to_page(&format!("<head><title>Winter Harbor OST - Music - Daily News</title></head><div class='entry'>{story}</div>"));
        assert!(
            p.text.starts_with("# Winter Harbor OST\nThe soundtrack"),
            "{p:?}"
        );
        // The site's name in the page header, or a headline inside the story, adds none.
        for page in [
            format!("<header><h1>Site Name</h1><nav>Home</nav></header><div class='entry'>{story}</div>"),
            format!("<div class='entry'><h1>Winter Harbor OST</h1>{story}</div>"),
        ] {
            let p = to_page(&page);
            assert_eq!(p.headline, 0, "{page}: {p:?}");
            assert!(!p.text.contains("Site Name"), "{p:?}");
        }
    }

    #[test]
    fn a_forums_name_and_its_sidebar_are_no_headline_its_title_is() {
        let para = "<p>It is a slow song with a female singer, right when he opens the door in the sixth episode. Shazam gives me nothing at all, so thanks in advance for any help you can give me here!</p>";
        let story =
            format!("<div class='content'><div class='thread'>{para}{para}{para}</div></div>");
        // The forum's name as an h1 and as the title's tail, a sidebar box's h1.
        let page = format!(
            "<head><title>What is the song in Salt Harbor ep 6? : KDRAMA</title></head>\
             <div class='side' id='sidebar'><div class='sidecontentbox'><h1>MODERATORS</h1></div></div>\
             <h1 class='redditname'><a href='/r/k'>KDRAMA</a></h1>{story}"
        );
        let p = to_page(&page);
        assert!(
            p.text
                .starts_with("# What is the song in Salt Harbor ep 6?\n"),
            "{p:?}"
        );
        // Of a title that puts the site first, the headline is the longest part.
        assert_eq!(
            title_headline("tea and dramas — every song on the Winter Harbor OST").as_deref(),
            Some("every song on the Winter Harbor OST")
        );
        assert_eq!(
            title_headline("Winter Harbor OST - Music - Daily News").as_deref(),
            Some("Winter Harbor OST")
        );
    }

    #[test]
    fn a_blogs_post_title_is_the_headline_over_the_blogs_name() {
        let story =
            "<p>The soundtrack of Winter Harbor has twelve songs, and all of them are good.</p>";
        // A blog's name in its banner, the post's title in a heading of its own class.
        let blog = format!(
            "<div class='header-outer'><h1 class='title'>tea and dramas</h1></div>\
             <div class='post hentry'><h3 class='post-title entry-title'>Every song on the Winter Harbor OST</h3>\
             <div class='post-body'>{story}</div></div>"
        );
        let p = to_page(&blog);
        assert!(
            p.text.contains("Every song on the Winter Harbor OST\n"),
            "{p:?}"
        );
        assert!(!p.text.contains("tea and dramas"), "{p:?}");
        // A theme's words on the body are no banner: the story's own `<h1>` stays.
        let themed = format!(
            "<body class='nav-below-header'><main><article><header class='entry-header'>\
             <h1 class='entry-title'>Winter Harbor OST</h1></header>{story}</article></main></body>"
        );
        assert!(
            to_page(&themed).text.starts_with("# Winter Harbor OST\n"),
            "{themed}"
        );
        // A list of posts marks every title: none of them is the page's.
        let list = format!(
            "<head><title>Drama notes - Blog</title></head><div id='masthead'><h1>Blog</h1></div>\
             <h2 class='entry-title'>First post</h2><h2 class='entry-title'>Second post</h2><div class='entry'>{story}</div>"
        );
        let p = to_page(&list);
        assert!(p.text.starts_with("# Drama notes\n"), "{p:?}");
    }

    #[test]
    fn a_threads_posts_are_all_kept_and_a_storys_teasers_are_not() {
        let post = |n: usize, words: &str| {
            format!("<article class='post'><aside>user{n}</aside><p>{words} “Song {n}” by Kim Na Ra is the one I play on repeat, every single night.</p></article>")
        };
        let posts: String = (1..=3).map(|n| post(n, "For me,")).collect();
        let t = to_text(&format!(
            "<nav>Forum</nav><main><h1>Best OST?</h1>{posts}</main><footer>x</footer>"
        ));
        for n in 1..=3 {
            assert!(t.contains(&format!("“Song {n}”")), "{t}");
        }
        // A story followed by short teasers marked as articles keeps the story alone.
        let story = "<p>The soundtrack of Winter Harbor, released today, has twelve songs, and the first of them is a ballad by Kim Na Ra that opens the album well.</p>".repeat(3);
        let teasers: String = (1..=3)
            .map(|n| format!("<article><a href='/{n}'>Other story {n}</a></article>"))
            .collect();
        let t = to_text(&format!("<div><article>{story}</article>{teasers}</div>"));
        assert!(
            t.contains("Winter Harbor") && !t.contains("Other story"),
            "{t}"
        );
    }

    #[test]
    fn a_table_cell_named_like_boilerplate_stays() {
        let story =
            "<p>The weekly chart of drama songs, with the ranks of this week and the last.</p>";
        let t = to_text(&format!("<div class='entry'>{story}<table><tr><th>Rank</th><th>Song</th><th>Artist</th></tr><tr><td class='rank'>1</td><td>Lanterns</td><td>Kim Na Ra</td></tr></table></div>"));
        assert!(t.contains("1. Lanterns | Kim Na Ra"), "{t}");
    }

    #[test]
    fn a_song_table_named_like_a_ranking_widget_stays() {
        // The story's own table, classed as rankings are; a sidebar's ranking of stories
        // stays out. The header's last column is one the reader does not know.
        let story = "<p>Readers voted for the drama songs they still play, and here are the five they picked.</p>";
        let table = "<table class='tbl-rank'><thead><tr><th>#</th><th>Song</th><th>Singer</th>\
            <th>Why readers love it</th></tr></thead><tr><td>1</td><td>Paper Boats</td>\
            <td>Han Yeri</td><td>It opens every episode</td></tr></table>";
        let side =
            "<div class='rank'><ol><li>Actor weds in private</li><li>Ratings slump</li></ol></div>";
        let t = to_text(&format!(
            "<body><div class='entry'>{story}{table}</div>{side}</body>"
        ));
        assert!(t.contains("1. Paper Boats | Han Yeri"), "{t}");
        assert!(!t.contains("Ratings slump"), "{t}");
    }

    #[test]
    fn a_list_of_quoted_songs_named_like_a_ranking_widget_stays() {
        let story = "<p>Listeners kept streaming old drama songs this year, and a platform's figures show which ones. \
            Ballads released years ago held their ground against this year's hits, and the list below counts only \
            songs released as part of a drama's soundtrack.</p><p>Film songs and variety-show singles were left \
            out, as were singles that were only heard in a drama's trailer and never put on its album.</p>";
        let list = "<ol class='ranking'>\
            <li><a href='/tag/wh'>Winter Harbour</a>’s “Paper Boats” – Han Yeri. The newest entry.</li>\
            <li><a href='/tag/bl'>Blue Lighthouse</a>’s “Tide” – Jo Ha.</li>\
            <li>The same drama also holds the next spot: “Salt Road,” by Lee Dan.</li></ol>";
        let side = "<ol class='ranking'><li><a href='#'>‘Winter Harbour’ tops the chart</a></li>\
            <li><a href='#'>Actor weds in private</a></li><li><a href='#'>‘Tide’ singer on tour</a></li></ol>";
        let t = to_text(&format!(
            "<body><div class='view-txt'>{story}{list}</div><aside>{side}</aside></body>"
        ));
        assert!(t.contains("“Tide” – Jo Ha"), "{t}");
        assert!(t.contains("“Salt Road,” by Lee Dan"), "{t}");
        // A ranking of linked stories stays out, in the story or beside it.
        assert!(!t.contains("tops the chart"), "{t}");
    }

    /// A discussion page: its title in the page's header, an opening post (in its
    /// editor's form, as some forums leave it), then
    /// `replies`, and a side column of other threads.
    fn discussion(replies: &str) -> String {
        to_text(&format!(
            "<body><div class='top'><h1>Which drama song do you replay most?</h1></div>\
             <div class='op'><form><p>Mine changes every month, so tell me yours and I will make a list.</p></form></div>\
             {replies}\
             <div class='sidebar'><ul><li class='post-item'><p>Other thread about casting news</p></li>\
             <li class='post-item'><p>Other thread about filming sites</p></li>\
             <li class='post-item'><p>Other thread about ratings this week</p></li></ul></div></body>"
        ))
    }

    #[test]
    fn a_forum_threads_replies_are_its_content() {
        let post = |n: u32, text: &str| {
            format!("<div class='post' id='comment-{n}'><div class='author'>user{n}</div><p>{text}</p></div>")
        };
        let t = discussion(&format!(
            "<div class='posts'>{}{}{}</div>",
            post(
                1,
                "Paper Boats by Han Yeri, from Harbor Lights, every single morning."
            ),
            post(
                2,
                "Blue Hour by Cha Eun from Night Clinic, the bridge gets me."
            ),
            post(3, "Anything by Ryu Min, but mostly Winter Letter.")
        ));
        assert!(t.contains("Mine changes every month"), "{t}");
        let (a, b) = (
            t.find("Paper Boats").unwrap(),
            t.find("Winter Letter").unwrap(),
        );
        assert!(a < b, "{t}");
        assert!(!t.contains("Other thread"), "{t}");
    }

    #[test]
    fn a_comment_tree_of_custom_elements_is_kept_with_its_nested_replies() {
        let comment = |id: &str, text: &str, nested: &str| {
            format!("<x-comment><span class='author'>{id}</span><div id='{id}-comment-body'><p>{text}</p></div>{nested}</x-comment>")
        };
        let nested = comment("c2", "Seconding Lantern Road, the piano version too.", "");
        let tree = format!(
            "<main><x-post><p>What drama song lives in your head this week? Mine is a slow ballad, \
             sung by the lead, and it plays over every ending, so I hum it all day, at work, at home.</p></x-post>\
             <x-comment-tree>{}{}{}</x-comment-tree></main>",
            comment("c1", "Lantern Road by Sol Ahn, from The Night Ferry.", &nested),
            comment("c3", "Open Sea by Cha Eun, no contest.", ""),
            comment("c4", "Falling Tide by Lee Hana, I cried.", ""),
        );
        let t = to_text(&tree);
        for song in [
            "Lantern Road by Sol Ahn",
            "Seconding Lantern Road",
            "Open Sea",
            "Falling Tide",
        ] {
            assert!(t.contains(song), "{song}: {t}");
        }
    }

    #[test]
    fn a_community_posts_댓글_are_kept() {
        let cmt = |n: u32, text: &str| {
            format!(
                "<li id='cmt_{n}'><span class='nick'>익명</span><div class='txt'>{text}</div></li>"
            )
        };
        let t = discussion(&format!(
            "<div id='comment_box'><ul class='cmt_list'>{}{}{}</ul></div>",
            cmt(1, "바다의 노래 - 한예리 이거 들으면 아직도 울컥함"),
            cmt(2, "등불길 솔안 목소리 최고"),
            cmt(3, "ㄴ 222 등불길 ㅇㅈ"),
        ));
        assert!(
            t.contains("바다의 노래 - 한예리") && t.contains("ㄴ 222"),
            "{t}"
        );
    }

    #[test]
    fn a_news_storys_comment_section_stays_out() {
        let comment = |n: u32| {
            format!("<li class='comment' id='comment-{n}'><p>Reader {n} says this is the best drama song \
                     of the year, and that the whole album deserves a listen, all of it, twice.</p></li>")
        };
        let comments: String = (1..=6).map(comment).collect();
        let t = to_text(&format!(
            "<body><article><h1>Harbor Lights soundtrack tops the chart</h1>\
             <p>The soundtrack of Harbor Lights reached the top of the chart this week, its \
             first single Paper Boats by Han Yeri leading the way.</p></article>\
             <div id='comments' class='comments-area'><ol class='comment-list'>{comments}</ol></div></body>"
        ));
        assert!(t.contains("Paper Boats by Han Yeri"), "{t}");
        assert!(!t.contains("Reader 1"), "{t}");
    }

    #[test]
    fn a_side_column_of_recent_posts_is_no_thread() {
        let recent = |n: u32| {
            format!("<li class='recent-post'><p>Recent post {n}: a preview of another story on this site, with its first lines.</p></li>")
        };
        let posts: String = (1..=5).map(recent).collect();
        let t = to_text(&format!(
            "<body><div class='story'><p>The second single of Harbor Lights, Blue Hour by Cha Eun, \
             came out today, with a video of the cast.</p></div>\
             <div class='sidebar'><ul>{posts}</ul></div></body>"
        ));
        assert!(t.contains("Blue Hour by Cha Eun"), "{t}");
        assert!(!t.contains("Recent post"), "{t}");
    }

    #[test]
    fn hidden_elements_are_not_text() {
        let t = to_text("<p>Shown text of the article.<span style='display: none'>secret</span><span hidden>gone</span></p>");
        assert_eq!(t, "Shown text of the article.\n");
    }

    #[test]
    fn br_broken_body_without_a_marker_is_found_among_paragraphs() {
        let nav =
            "<div class='menu'><p>Home, News, Drama, Music, Contact, About, Archive</p></div>";
        let body = "<div class='txt'>First line of the story, with commas, and more.<br>Second line, also long enough to count as prose.<br>Third line, and so on, to the end.</div>";
        let t = to_text(&format!(
            "<body>{nav}<div>{body}</div><div><p>Footer text, short.</p></div></body>"
        ));
        assert!(t.starts_with("First line of the story"), "{t}");
        assert!(!t.contains("Home, News"), "{t}");
    }

    #[test]
    fn a_boards_div_paragraphs_outvote_its_replies() {
        // A fan board's post: each paragraph a bare `<div>`, the replies below in `<p>`s.
        let post = "<div id='bo_v_con'>\
            <div>Fans voted on the singers whose drama songs always chart, and the result was clear this year.</div>\
            <div>&nbsp;</div>\
            <div>Kim Na Ra won with half of the votes, for “Paper Moon” from Winter Harbor and two more ballads.</div>\
            <div>Lee Dan came second, for “Low Tide” from Salt Road, a song that stayed on the charts all spring.</div></div>";
        let replies = "<div id='bo_vc'>\
            <article class='cmt'><b>fan01</b><p>Paper Moon still gives me chills every time, wow, truly.</p></article>\
            <article class='cmt'><b>fan02</b><p>Half of the votes? Incredible, congratulations to her!</p></article>\
            <article class='cmt'><b>fan03</b><p>Waiting for her next drama song already, any news yet?</p></article></div>";
        let t = to_text(&format!(
            "<body><div id='bo_v'>{post}{replies}</div></body>"
        ));
        assert!(t.contains("Kim Na Ra won with half"), "{t}");
        // A teaser cut with `...` and a footer's address are no paragraphs.
        let teasers = "<div class='news'>\
            <div>Kim Na Ra will sing the third part of Winter Harbor. Before her, Lee Dan sang the second, and...</div>\
            <div>Winter Harbor Co. - Seoul - Registration: 83.102.459/0001-23 - 1111 Harbor Road - Phone: (02) 2106-8000 - Fax: (02) 2106-8001</div></div>";
        let cards = "<div class='cards'><p>Paper Moon, sung by Kim Na Ra, Part 1, released in April, a ballad.</p></div>";
        let t = to_text(&format!("<body>{teasers}{cards}</body>"));
        assert!(t.contains("Paper Moon, sung by Kim Na Ra"), "{t}");
        assert!(!t.contains("Before her"), "{t}");
    }

    /// An album page: its description is the story, its track list sits beside it.
    /// Three invented tracks' rows, in the shape `row` writes.
    fn three_tracks(row: impl Fn(usize, &str, &str) -> String) -> String {
        [
            (1, "Tidewater", "Min Seo-ra"),
            (2, "Low Lamps", "ORBIT"),
            (3, "Quay", "Han Jae"),
        ]
        .iter()
        .map(|(n, t, a)| row(*n, t, a))
        .collect()
    }

    fn album(tracks: &str, others: &str) -> String {
        let about = "<article class='about'><p>Salt Lanterns is the soundtrack album of the drama Salt Lanterns, with its singles, its score, and a few words, commas and more.</p><p>Its songs came out one by one while the drama aired, each sung by a guest, and the score closes it.</p></article>";
        format!("<body><nav><ul><li><a href='/'>Home</a></li><li><a href='/c'>Charts</a></li></ul></nav><div class='page'>{about}{tracks}{others}</div></body>")
    }

    #[test]
    fn a_grid_of_tracks_beside_the_albums_description_is_kept() {
        let row = |n: usize, t: &str, a: &str| {
            format!("<div class='tr'><div>{n}</div><div class='m'><div><a href='/t'>{t}</a></div><span><a href='/a'>{a}</a></span></div><div>3:4{n}</div></div>")
        };
        let rows = three_tracks(row);
        let more = "<h2>More by Min Seo-ra</h2><div><div class='c'><a href='/x'>Elsewhere</a><span>2:10</span></div><div class='c'><a href='/y'>Far</a><span>2:11</span></div><div class='c'><a href='/z'>Away</a><span>2:12</span></div></div>";
        let t = to_text(&album(&format!("<div class='list'>{rows}</div>"), more));
        assert!(t.contains("1. Tidewater | Min Seo-ra | 3:41\n"), "{t}");
        assert!(t.contains("3. Quay | Han Jae | 3:43\n"), "{t}");
        assert!(t.find("soundtrack album") < t.find("Tidewater"), "{t}");
        assert!(!t.contains("Elsewhere") && !t.contains("Home"), "{t}");
    }

    #[test]
    fn an_ordered_track_list_under_its_heading_is_kept_and_a_popular_list_is_not() {
        let list = "<h2>Tracklist</h2><ol><li><a href='/t'>Tidewater</a> – <a href='/a'>Min Seo-ra</a></li><li><a href='/t'>Low Lamps</a> – <a href='/a'>ORBIT</a></li><li><a href='/t'>Quay</a> – <a href='/a'>Han Jae</a></li></ol>";
        let popular = "<h2>Popular songs</h2><ol><li><a href='/p'>Elsewhere</a> – <a href='/a'>Nobody</a></li><li><a href='/p'>Far</a> – <a href='/a'>Nobody</a></li><li><a href='/p'>Away</a> – <a href='/a'>Nobody</a></li></ol>";
        let t = to_text(&album(list, popular));
        assert!(
            t.contains("Tidewater – Min Seo-ra\nLow Lamps – ORBIT\nQuay – Han Jae\n"),
            "{t}"
        );
        assert!(!t.contains("Elsewhere"), "{t}");
        // Short lists of links under no such heading, with no lengths, are menus.
        let menu = "<ul><li><a href='/a'>Albums</a></li><li><a href='/b'>Artists</a></li><li><a href='/c'>Genres</a></li></ul>";
        let t = to_text(&album(menu, ""));
        assert!(!t.contains("Albums"), "{t}");
    }

    #[test]
    fn a_table_of_song_info_cells_without_a_singers_column_is_kept() {
        let row = |n: usize, t: &str, a: &str| {
            format!("<tr><td><div><span class='rank'>{n}</span></div></td><td><div><a href='/t'>{t}</a></div><div><a href='/a'>{a}</a>, <a href='/b'>Ko Eun</a></div></td><td>1,20{n}</td></tr>")
        };
        let rows = three_tracks(row);
        let table = format!("<form><table><caption>곡 리스트</caption><tr><th>NO</th><th>곡정보</th><th>좋아요</th></tr>{rows}</table></form>");
        let side = "<div class='sidebar'><h4>Songs</h4><table><tr><td>1</td><td>Elsewhere</td><td>2:10</td></tr><tr><td>2</td><td>Far</td><td>2:11</td></tr><tr><td>3</td><td>Away</td><td>2:12</td></tr></table></div>";
        let t = to_text(&album(&table, side));
        assert!(
            t.contains("1. Tidewater, Min Seo-ra, Ko Eun | 1,201\n"),
            "{t}"
        );
        assert!(t.contains("3. Quay, Han Jae, Ko Eun | 1,203\n"), "{t}");
        assert!(!t.contains("Elsewhere"), "{t}");
    }

    #[test]
    fn a_headline_on_songs_and_a_boards_times_of_day_name_no_track_list() {
        let tags = "<ul><li><a href='/t/1'>Grief</a></li><li><a href='/t/2'>Music</a></li><li><a href='/t/3'>Seoul</a></li></ul>";
        let board: String = (1..=3)
            .map(|i| format!("<tr><td>18744{i}</td><td><a href='/p'>A post {i}</a></td><td>11:4{i}</td></tr>"))
            .collect();
        let t = to_text(&album(
            &format!("<table>{board}</table>"),
            &format!("<div class='foot-tags'>{tags}</div>{tags}"),
        ));
        let t2 = to_text(&format!("<h2>The songs I cry to</h2>{}", album("", tags)));
        assert!(!t.contains("A post") && !t.contains("Grief"), "{t}");
        assert!(!t2.contains("Grief"), "{t2}");
    }
}
