//! HTML pages: article text and metadata from a real HTML parser.
//!
//! Takes the bytes of a page (a scraped `.html` file, a WARC response
//! payload, the `html` field of a JSON Lines record) and yields the article
//! as plain text plus its title, publication date and canonical URL.
//!
//! The page is decoded (BOM, then the HTTP charset, then `<meta charset>`,
//! then UTF-8 if valid, else windows-1252, as browsers do) and parsed with
//! html5ever (through `scraper`), so entities are decoded (`&pound;` → £)
//! and broken markup is repaired the way a browser repairs it. The text is
//! taken from the article's container (`itemprop=articleBody`, else the
//! `<article>` with the most paragraph text, else `<main>`, else `<body>`),
//! skipping scripts, styles, navigation, headers, footers, asides, forms,
//! hidden elements and blocks whose class or id names boilerplate (share
//! bars, cookie notices, related links, newsletters, comments). Blocks that
//! are mostly link text (menus, "related stories" lists) are dropped too.
//!
//! Each paragraph, heading or list item becomes one line, with a blank line
//! between them, because the sentence splitter treats lines as units; white
//! space inside a block (non-breaking spaces included) is collapsed to one
//! ASCII space.

use ego_tree::NodeRef;
use scraper::{Html, Node};

use crate::corpus::parse_date;
use crate::model::DocMeta;

/// The article of an HTML page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// Paragraphs in document order, separated by blank lines.
    pub text: String,
    pub meta: DocMeta,
}

/// Decodes page bytes to text. `http_charset` is the `charset` parameter
/// of an HTTP `Content-Type` header, when there is one.
pub fn decode(bytes: &[u8], http_charset: Option<&str>) -> String {
    if let Some((enc, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        return enc
            .decode_without_bom_handling(&bytes[bom..])
            .0
            .into_owned();
    }
    let declared = http_charset
        .and_then(|c| encoding_rs::Encoding::for_label(c.trim().as_bytes()))
        .or_else(|| meta_charset(bytes));
    // A page that is valid UTF-8 is UTF-8, whatever an old template says:
    // mislabelled pages are far more common than real Latin-1 text that
    // happens to be valid UTF-8.
    if let Ok(s) = std::str::from_utf8(bytes) {
        return s.to_owned();
    }
    let enc = match declared {
        Some(e) if e != encoding_rs::UTF_8 => e,
        _ => encoding_rs::WINDOWS_1252,
    };
    enc.decode_without_bom_handling(bytes).0.into_owned()
}

/// The `<meta charset=...>` or `<meta http-equiv content="...; charset=...">`
/// in the first 1024 bytes (the HTML standard's prescan, simplified).
fn meta_charset(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = &bytes[..bytes.len().min(1024)];
    let lower: Vec<u8> = head.to_ascii_lowercase();
    let at = memchr::memmem::find(&lower, b"charset=")?;
    let rest = &head[at + 8..];
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let end = rest
        .iter()
        .position(|&b| matches!(b, b'"' | b'\'' | b';' | b'>' | b'/') || b.is_ascii_whitespace())
        .unwrap_or(rest.len());
    encoding_rs::Encoding::for_label(&rest[..end])
}

/// Elements whose content is never article text.
const SKIP_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
    "button", "select", "textarea", "svg", "math", "iframe", "object", "embed", "canvas", "figure",
    "menu", "dialog", "head", "title", "video", "audio", "picture", "map",
];

/// Elements that start and end a block of text.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "dd",
    "dt",
    "blockquote",
    "pre",
    "div",
    "section",
    "article",
    "main",
    "ul",
    "ol",
    "dl",
    "table",
    "tr",
    "td",
    "th",
    "caption",
    "address",
    "br",
    "hr",
    "body",
    "center",
    "details",
    "summary",
];

/// Words in a class or id that mark page furniture rather than the article.
const BOILERPLATE: &[&str] = &[
    "advert",
    "banner",
    "breadcrumb",
    "comment",
    "cookie",
    "masthead",
    "menu",
    "navbar",
    "newsletter",
    "popup",
    "promo",
    "related",
    "share",
    "sharing",
    "sidebar",
    "signup",
    "social",
    "sponsor",
    "subscribe",
    "footer",
    "skip-link",
];

/// Parses a decoded page into its article.
pub fn article(html: &str) -> Article {
    let doc = Html::parse_document(html);
    let root = doc.tree.root();
    let mut meta = DocMeta::default();
    let mut title_tag = None;
    let mut og_title = None;
    let mut ld: Vec<String> = Vec::new();
    let mut containers = Containers::default();
    for node in root.descendants() {
        let Node::Element(el) = node.value() else {
            continue;
        };
        match el.name() {
            "title" if title_tag.is_none() => title_tag = Some(collapse(&text_of(node))),
            "meta" => {
                let key = el
                    .attr("property")
                    .or_else(|| el.attr("name"))
                    .or_else(|| el.attr("itemprop"))
                    .map(str::to_ascii_lowercase);
                let content = el.attr("content").map(str::trim).filter(|c| !c.is_empty());
                if let (Some(key), Some(content)) = (key, content) {
                    match key.as_str() {
                        "og:title" | "twitter:title" if og_title.is_none() => {
                            og_title = Some(collapse(content))
                        }
                        "article:published_time"
                        | "og:article:published_time"
                        | "datepublished"
                        | "pubdate"
                        | "publish-date"
                        | "date"
                        | "dc.date.issued"
                        | "dcterms.created"
                            if meta.date.is_none() =>
                        {
                            meta.date = parse_date(content)
                        }
                        "og:url" if meta.url.is_none() => meta.url = Some(content.to_owned()),
                        _ => {}
                    }
                }
            }
            "link" if meta.url.is_none() => {
                if el
                    .attr("rel")
                    .is_some_and(|r| r.eq_ignore_ascii_case("canonical"))
                    && let Some(href) = el.attr("href").map(str::trim).filter(|h| !h.is_empty())
                {
                    meta.url = Some(href.to_owned());
                }
            }
            "script" => {
                if el
                    .attr("type")
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"))
                {
                    ld.push(text_of(node));
                }
            }
            "article" => containers.article.push(node),
            "main" => {
                containers.main.get_or_insert(node);
            }
            "body" => {
                containers.body.get_or_insert(node);
            }
            _ => {
                if containers.article_body.is_none()
                    && el
                        .attr("itemprop")
                        .is_some_and(|p| p.eq_ignore_ascii_case("articleBody"))
                {
                    containers.article_body = Some(node);
                } else if containers.main.is_none()
                    && el
                        .attr("role")
                        .is_some_and(|r| r.eq_ignore_ascii_case("main"))
                {
                    containers.main = Some(node);
                }
            }
        }
    }
    let mut ld_title = None;
    for script in &ld {
        if let Ok(v) = serde_json::from_str::<serde_json::Value>(script) {
            if meta.date.is_none() {
                meta.date = find_key(&v, "datePublished").and_then(parse_date);
            }
            if ld_title.is_none() {
                ld_title = find_key(&v, "headline").map(collapse);
            }
        }
    }
    meta.title = og_title
        .or(ld_title)
        .or(title_tag)
        .filter(|t| !t.is_empty());
    let text = match containers.choose() {
        Some(node) => blocks(node),
        None => blocks(root),
    };
    Article { text, meta }
}

/// The candidate article containers met in the page.
#[derive(Default)]
struct Containers<'a> {
    article_body: Option<NodeRef<'a, Node>>,
    article: Vec<NodeRef<'a, Node>>,
    main: Option<NodeRef<'a, Node>>,
    body: Option<NodeRef<'a, Node>>,
}

impl<'a> Containers<'a> {
    fn choose(&self) -> Option<NodeRef<'a, Node>> {
        if let Some(n) = self.article_body {
            return Some(n);
        }
        // Pages list teasers as <article>s too: the story is the one with
        // the most paragraph text.
        let best = self.article.iter().map(|&n| (paragraph_chars(n), n)).fold(
            None,
            |best: Option<(usize, NodeRef<'a, Node>)>, (c, n)| match best {
                Some((bc, _)) if bc >= c => best,
                _ => Some((c, n)),
            },
        );
        match best {
            Some((c, n)) if c > 0 => Some(n),
            _ => self.main.or(self.body),
        }
    }
}

/// Characters of text inside `<p>` elements under `node`.
fn paragraph_chars(node: NodeRef<'_, Node>) -> usize {
    node.descendants()
        .filter(|n| matches!(n.value(), Node::Element(e) if e.name() == "p"))
        .map(|p| {
            p.descendants()
                .filter_map(|t| t.value().as_text().map(|t| t.trim().len()))
                .sum::<usize>()
        })
        .sum()
}

/// All the text under a node, as written.
fn text_of(node: NodeRef<'_, Node>) -> String {
    let mut s = String::new();
    for d in node.descendants() {
        if let Some(t) = d.value().as_text() {
            s.push_str(t);
        }
    }
    s
}

/// The first string value of `key` anywhere in a JSON-LD value.
fn find_key<'v>(v: &'v serde_json::Value, key: &str) -> Option<&'v str> {
    match v {
        serde_json::Value::Object(m) => {
            if let Some(s) = m.get(key).and_then(|x| x.as_str()) {
                return Some(s);
            }
            m.values().find_map(|x| find_key(x, key))
        }
        serde_json::Value::Array(a) => a.iter().find_map(|x| find_key(x, key)),
        _ => None,
    }
}

/// White space runs (any Unicode white space, NBSP included) → one space.
fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split(char::is_whitespace).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// Whether an element is page furniture.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Furniture {
    No,
    /// By its tag, role or visibility: always dropped.
    Yes,
    /// By a class or id word only: dropped unless it holds most of the
    /// article (a `page has-sidebar` wrapper around everything).
    ByName,
}

fn furniture(el: &scraper::node::Element, in_article: bool) -> Furniture {
    // An article's own <header> holds its headline and standfirst.
    if SKIP_TAGS.contains(&el.name()) && !(in_article && el.name() == "header") {
        return Furniture::Yes;
    }
    if el.attr("hidden").is_some()
        || el
            .attr("aria-hidden")
            .is_some_and(|v| v.eq_ignore_ascii_case("true"))
    {
        return Furniture::Yes;
    }
    if let Some(style) = el.attr("style") {
        let s: String = style
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        if s.contains("display:none") || s.contains("visibility:hidden") {
            return Furniture::Yes;
        }
    }
    if let Some(role) = el.attr("role")
        && matches!(
            role.to_ascii_lowercase().as_str(),
            "navigation" | "banner" | "contentinfo" | "complementary" | "dialog" | "alert"
        )
    {
        return Furniture::Yes;
    }
    let names = el.attr("class").into_iter().chain(el.id());
    for name in names {
        let name = name.to_ascii_lowercase();
        for word in name.split(|c: char| !c.is_ascii_alphanumeric() && c != '-') {
            if word.is_empty() {
                continue;
            }
            if BOILERPLATE
                .iter()
                .any(|b| word == *b || word.split('-').any(|part| part == *b))
            {
                return Furniture::ByName;
            }
        }
    }
    Furniture::No
}

/// Text of one block being collected, with how much of it is link text.
#[derive(Default)]
struct Block {
    text: String,
    link_chars: usize,
}

/// Collects the blocks under `root`: one line per block, a blank line
/// between blocks. Iterative, so deeply nested markup cannot overflow the
/// stack.
fn blocks(root: NodeRef<'_, Node>) -> String {
    let mut out = String::new();
    let mut cur = Block::default();
    let in_article = matches!(root.value(), Node::Element(e) if e.name() == "article");
    let mut root_chars: Option<usize> = None;
    // (node, entering, inside a link)
    let mut stack: Vec<(NodeRef<'_, Node>, bool, bool)> = vec![(root, true, false)];
    while let Some((node, entering, in_link)) = stack.pop() {
        match node.value() {
            Node::Text(t) => {
                if in_link {
                    cur.link_chars += t.chars().filter(|c| !c.is_whitespace()).count();
                }
                cur.text.push_str(t as &str);
            }
            Node::Element(el) => {
                let block = BLOCK_TAGS.contains(&el.name());
                if entering {
                    let skip = node != root
                        && match furniture(el, in_article) {
                            Furniture::No => false,
                            Furniture::Yes => true,
                            Furniture::ByName => {
                                let total =
                                    *root_chars.get_or_insert_with(|| paragraph_chars(root));
                                paragraph_chars(node) * 2 <= total
                            }
                        };
                    if skip {
                        // Skipped furniture still separates the text around it.
                        flush(&mut cur, &mut out);
                        continue;
                    }
                    if block {
                        flush(&mut cur, &mut out);
                    }
                    stack.push((node, false, in_link));
                    let link = in_link || el.name() == "a";
                    let children: Vec<_> = node.children().collect();
                    for child in children.into_iter().rev() {
                        stack.push((child, true, link));
                    }
                } else if block {
                    flush(&mut cur, &mut out);
                }
            }
            Node::Document | Node::Fragment => {
                let children: Vec<_> = node.children().collect();
                for child in children.into_iter().rev() {
                    stack.push((child, true, in_link));
                }
            }
            _ => {}
        }
    }
    flush(&mut cur, &mut out);
    out
}

/// Ends the current block: keeps it unless it is empty or mostly links.
fn flush(cur: &mut Block, out: &mut String) {
    let text = collapse(&cur.text);
    let chars = text.chars().filter(|c| !c.is_whitespace()).count();
    let mostly_links = chars > 0 && cur.link_chars * 2 > chars;
    if !text.is_empty() && !mostly_links {
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(&text);
    }
    cur.text.clear();
    cur.link_chars = 0;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_paragraphs_drops_furniture() {
        let page = r#"<!doctype html><html><head><title>Site | Story</title>
            <meta property="og:title" content="Southend  CCG deficit">
            <meta property="article:published_time" content="2019-03-14T08:00:00Z">
            <style>p { color: red }</style><script>var x = "£1m";</script></head>
            <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <article><h1>Deficit&nbsp;warning</h1>
            <p>NHS Southend CCG is forecasting a deficit of &pound;7m.</p>
            <div class="share-tools">Share this</div>
            <p>Second <b>paragraph</b>.</p>
            <ul><li><a href="/a">Related story one</a></li></ul></article>
            <footer>Copyright</footer></body></html>"#;
        let a = article(page);
        assert_eq!(
            a.text,
            "Deficit warning\n\nNHS Southend CCG is forecasting a deficit of £7m.\n\nSecond paragraph."
        );
        assert_eq!(a.meta.title.as_deref(), Some("Southend CCG deficit"));
        assert_eq!(
            a.meta.date.map(|d| d.to_string()).as_deref(),
            Some("2019-03-14")
        );
    }

    #[test]
    fn a_wrapper_named_like_furniture_is_kept() {
        let page = r#"<html><body><div class="page has-sidebar">
            <div class="sidebar"><p>Most read</p></div>
            <p>The story, paragraph one.</p><p>Paragraph two.</p>
            </div></body></html>"#;
        assert_eq!(
            article(page).text,
            "The story, paragraph one.\n\nParagraph two."
        );
    }

    #[test]
    fn json_ld_date_and_title_tag() {
        let page = r#"<html><head><title> A
            title </title><script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2021-06-02"}]}
            </script></head><body><p>Text.</p></body></html>"#;
        let a = article(page);
        assert_eq!(a.text, "Text.");
        assert_eq!(a.meta.title.as_deref(), Some("A title"));
        assert_eq!(
            a.meta.date.map(|d| d.to_string()).as_deref(),
            Some("2021-06-02")
        );
    }

    #[test]
    fn charsets() {
        assert_eq!(decode(b"\xa37m", Some("iso-8859-1")), "£7m");
        assert_eq!(
            decode(b"<meta charset=\"windows-1252\">\xa37m", None),
            "<meta charset=\"windows-1252\">£7m"
        );
        assert_eq!(decode("£7m".as_bytes(), Some("iso-8859-1")), "£7m");
        assert_eq!(decode(b"\xa37m", None), "£7m");
    }
}
