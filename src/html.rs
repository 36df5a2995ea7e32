//! HTML pages → the article's main text, one block per line.
//!
//! Boilerplate is dropped by element (`nav`, `header`, `footer`, `aside`, `script`,
//! `form`, `iframe`, …) and by class or id (`sidebar`, `related`, `comment`, `share`,
//! `cookie`, `widget`, `most-read`, …). When the page marks its article (`<article>`,
//! `<main>`, `itemprop=articleBody`, `entry-content`, …), only the richest such element
//! is kept. Headings become `#`-prefixed lines, ordered list items are numbered, table
//! rows become lines with cells joined by ` | `, and `<br>` breaks lines, so the rules
//! see the same structure as in a plain-text article.

use ego_tree::NodeRef;
use once_cell::sync::Lazy;
use regex::Regex;
use scraper::{ElementRef, Html, Node, Selector};

/// Elements whose content is never article text.
const DROP: &[&str] = &[
    "script",
    "style",
    "noscript",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "iframe",
    "svg",
    "button",
    "select",
    "template",
    "object",
    "embed",
    "video",
    "audio",
    "canvas",
    "figcaption",
    "head",
    "title",
    "meta",
    "link",
    "input",
    "textarea",
    "label",
    "menu",
    "dialog",
];

/// Elements that end a line.
const BLOCK: &[&str] = &[
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

static BOILERPLATE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)(?:^|[\s_-])(?:sidebar|side-bar|widget|related|comments?|respond|share|sharing|social|cookie|consent|banner|breadcrumbs?|popular|most-?read|recommend(?:ed|ation)?s?|newsletter|subscribe|advert(?:isement)?|ads?|promo|sponsor(?:ed)?|tag-?list|tags|author-?(?:bio|box)|pagination|pager|nav(?:igation)?|menu|footer|masthead|site-header|toolbar|popup|modal|rank(?:ing)?|hot-?news|more-?news|read-?more|byline|post-?meta|entry-meta|jp-relatedposts|sharedaddy|wp-block-embed|video-wrapper)(?:$|[\s_-])",
    )
    .unwrap()
});

static MAIN_SELECTOR: Lazy<Selector> = Lazy::new(|| {
    Selector::parse(
        "[itemprop=articleBody], article, main, .entry-content, .post-content, .article-content, .article-body, .article_body, .story-body, #article-body, #articleBody, #article_body, #articleText, #news_body, .news_body, .post-body, #content, .content",
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
    let doc = Html::parse_document(html);
    let root = main_content(&doc).unwrap_or_else(|| doc.root_element());
    let mut out = Renderer::default();
    out.render(*root, 0);
    out.finish()
}

/// The richest element the page marks as its article, when there is one.
fn main_content(doc: &Html) -> Option<ElementRef<'_>> {
    doc.select(&MAIN_SELECTOR)
        .filter(|e| !in_boilerplate(e))
        .map(|e| (text_len(*e, 0), e))
        .filter(|(n, _)| *n >= 200)
        .max_by_key(|(n, _)| *n)
        .map(|(_, e)| e)
}

fn in_boilerplate(e: &ElementRef) -> bool {
    e.ancestors().chain(std::iter::once(**e)).any(|n| {
        n.value().as_element().is_some_and(|el| {
            DROP.contains(&el.name()) && el.name() != "head" || is_boilerplate_attr(el)
        })
    })
}

fn is_boilerplate_attr(el: &scraper::node::Element) -> bool {
    // The page's own wrappers (`<body class="single-post ast-right-sidebar">`) say
    // nothing about their content.
    if matches!(el.name(), "body" | "html" | "article" | "main") {
        return false;
    }
    let class = el.attr("class").unwrap_or("");
    let id = el.attr("id").unwrap_or("");
    BOILERPLATE.is_match(class) || BOILERPLATE.is_match(id)
}

/// Visible text length under a node, skipping boilerplate; the depth guard keeps
/// pathological nesting from exhausting the stack.
fn text_len(n: NodeRef<Node>, depth: usize) -> usize {
    if depth > MAX_DEPTH {
        return 0;
    }
    match n.value() {
        Node::Text(t) => t.trim().len(),
        Node::Element(el) if DROP.contains(&el.name()) || is_boilerplate_attr(el) => 0,
        _ => n.children().map(|c| text_len(c, depth + 1)).sum(),
    }
}

/// Deeper nesting than this is flattened (its text still comes out, as one block).
const MAX_DEPTH: usize = 256;

#[derive(Default)]
struct Renderer {
    out: String,
    line: String,
    /// The counters of the open `<ol>` lists.
    counters: Vec<Option<usize>>,
}

impl Renderer {
    fn render(&mut self, n: NodeRef<Node>, depth: usize) {
        match n.value() {
            Node::Text(t) => self.text(t),
            Node::Element(el) => {
                let name = el.name();
                if DROP.contains(&name) || is_boilerplate_attr(el) {
                    return;
                }
                if depth > MAX_DEPTH {
                    self.flat(n);
                    return;
                }
                match name {
                    "br" => return self.break_line(),
                    "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                        self.break_line();
                        self.line.push_str(if name == "h1" { "# " } else { "## " });
                    }
                    "ol" => {
                        let start = el
                            .attr("start")
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
                    "td" | "th" if !self.line.trim().is_empty() => {
                        self.line.push_str(" | ");
                    }
                    _ if BLOCK.contains(&name) => self.break_line(),
                    _ => {}
                }
                for c in n.children() {
                    self.render(c, depth + 1);
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

    /// Renders deep content without recursion, as running text.
    fn flat(&mut self, n: NodeRef<Node>) {
        for d in n.descendants() {
            if let Node::Text(t) = d.value() {
                let skip = d.ancestors().any(|a| {
                    a.value()
                        .as_element()
                        .is_some_and(|e| DROP.contains(&e.name()))
                });
                if !skip {
                    self.text(t);
                }
            }
        }
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
        // A heading marker or list number alone is no line.
        let empty = l.is_empty()
            || l == "#"
            || l == "##"
            || l.trim_end_matches('.').chars().all(|c| c.is_ascii_digit());
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
    fn ordered_lists_and_tables() {
        let t = to_text("<ol start=3><li>A</li><li>B</li></ol><table><tr><td>1</td><td>Song</td><td>Singer</td></tr></table>");
        assert_eq!(t, "3. A\n4. B\n1 | Song | Singer\n");
    }

    #[test]
    fn truncated_html_without_closing_tags() {
        let t = to_text("<html><body><article><p>“Flower” – Yoon Mirae for Crash Lan");
        assert_eq!(t, "“Flower” – Yoon Mirae for Crash Lan\n");
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        // html5ever checks scope per open element, so parsing cost grows with depth squared;
        // 5,000 levels is far past `MAX_DEPTH` and keeps the test fast.
        let html = "<div>".repeat(5_000) + "deep text" + &"</div>".repeat(5_000);
        assert!(to_text(&html).contains("deep text"));
    }

    #[test]
    fn boilerplate_classes_are_dropped() {
        let t = to_text("<div class='related-posts'><p>“X” – Y for Z</p></div><div class='post'><p>Body</p></div>");
        assert_eq!(t, "Body\n");
    }
}
