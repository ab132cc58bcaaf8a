//! A Graph docs page as a flat list of located blocks: headings, paragraphs,
//! tables, code blocks, plus the ApiDoctor annotations and `[!INCLUDE]`s.
//!
//! Localized pages keep the English source beside the translation in
//! `<span class="sxs-lookup">` spans; where such a span exists its text is
//! used, so a translated page reads like its English source. Pages without
//! them keep their own (translated) text, and the analysis works from the
//! structure instead.

use std::ops::Range;

use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd};

/// A link inside inline text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// The visible text.
    pub text: String,
    /// The destination as written, e.g. `../resources/message.md`.
    pub dest: String,
    /// Byte offset of the link in the page.
    pub offset: usize,
}

/// Inline text (a paragraph, heading or table cell) and what it contains.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Inline {
    /// The text, English where the page carries the English source.
    pub text: String,
    /// Inline code spans and their offsets.
    pub codes: Vec<(String, usize)>,
    /// Links.
    pub links: Vec<Link>,
    /// `<a name="...">` anchors (localized pages keep the English slug there).
    pub anchors: Vec<String>,
    /// Byte range in the page.
    pub span: Range<usize>,
}

/// A block of the page, in document order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// `#`..`######`.
    Heading {
        /// 1 to 6.
        level: u8,
        /// The heading text.
        inline: Inline,
    },
    /// A paragraph or a list item's text.
    Para(Inline),
    /// A table: header cells and rows of cells.
    Table {
        /// Header cells.
        head: Vec<Inline>,
        /// Data rows.
        rows: Vec<Vec<Inline>>,
        /// Byte range of the table.
        span: Range<usize>,
    },
    /// A fenced or indented code block.
    Code {
        /// The info string's first word, lower case (`http`, `json`).
        lang: String,
        /// The content.
        text: String,
        /// Offset of the content's first byte.
        content_offset: usize,
        /// Byte range of the whole block.
        span: Range<usize>,
    },
}

impl Block {
    /// Where the block starts.
    pub fn offset(&self) -> usize {
        match self {
            Block::Heading { inline, .. } | Block::Para(inline) => inline.span.start,
            Block::Table { span, .. } | Block::Code { span, .. } => span.start,
        }
    }

    /// Where the block ends.
    pub fn end(&self) -> usize {
        match self {
            Block::Heading { inline, .. } | Block::Para(inline) => inline.span.end,
            Block::Table { span, .. } | Block::Code { span, .. } => span.end,
        }
    }
}

/// An ApiDoctor annotation `<!-- { "blockType": ..., ... } -->`.
#[derive(Debug, Clone, PartialEq)]
pub struct Annotation {
    /// The parsed JSON object (empty when it did not parse).
    pub json: serde_json::Map<String, serde_json::Value>,
    /// Byte range of the comment.
    pub span: Range<usize>,
}

impl Annotation {
    /// A string member, e.g. `blockType`.
    pub fn str(&self, key: &str) -> Option<&str> {
        self.json.get(key).and_then(serde_json::Value::as_str)
    }
}

/// `[!INCLUDE [name](path)]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Include {
    /// The bracketed name, e.g. `permissions-table`.
    pub name: String,
    /// The path as written.
    pub path: String,
    /// Byte range of the whole directive.
    pub span: Range<usize>,
}

/// A parsed page.
#[derive(Debug, Clone, PartialEq)]
pub struct Doc {
    /// `title:` of the front matter.
    pub title: Option<String>,
    /// `description:` of the front matter.
    pub description: Option<String>,
    /// `ms.prod:` of the front matter: the API area the docs file the page under.
    pub area: Option<String>,
    /// Blocks in document order.
    pub blocks: Vec<Block>,
    /// Annotations in document order.
    pub annotations: Vec<Annotation>,
    /// Includes in document order.
    pub includes: Vec<Include>,
}

impl Doc {
    /// The annotation that precedes a code block starting at `offset`
    /// (after the block before it).
    pub fn annotation_before(&self, offset: usize, after: usize) -> Option<&Annotation> {
        // Annotations are in document order and do not overlap: binary search.
        let i = self.annotations.partition_point(|a| a.span.end <= offset);
        let a = self.annotations.get(i.checked_sub(1)?)?;
        (a.span.start >= after).then_some(a)
    }
}

/// Parses a page. Never fails: Markdown has no syntax errors.
pub fn parse(source: &str) -> Doc {
    let FrontMatter {
        title,
        description,
        area,
    } = front_matter(source);
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_YAML_STYLE_METADATA_BLOCKS);
    let mut blocks = Vec::new();
    let mut inline: Option<Collector> = None;
    let mut heading_level = 0u8;
    let mut table: Option<TableParts> = None;
    let mut in_head = false;
    let mut code: Option<(String, String, Option<usize>, Range<usize>)> = None;
    let mut in_metadata = false;

    for (event, range) in Parser::new_ext(source, options).into_offset_iter() {
        match event {
            Event::Start(Tag::MetadataBlock(_)) => in_metadata = true,
            Event::End(TagEnd::MetadataBlock(_)) => in_metadata = false,
            _ if in_metadata => {}
            Event::Start(Tag::Heading { level, .. }) => {
                heading_level = level as u8;
                inline = Some(Collector::new(range.start));
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some(c) = inline.take() {
                    blocks.push(Block::Heading {
                        level: heading_level,
                        inline: c.finish(range.end),
                    });
                }
            }
            Event::Start(Tag::Paragraph) | Event::Start(Tag::Item) => {
                if let Some(c) = inline.take() {
                    blocks.push(Block::Para(c.finish(range.start)));
                }
                inline = Some(Collector::new(range.start));
            }
            Event::End(TagEnd::Paragraph) | Event::End(TagEnd::Item) => {
                if let Some(c) = inline.take() {
                    let done = c.finish(range.end);
                    if !done.text.trim().is_empty() {
                        blocks.push(Block::Para(done));
                    }
                }
            }
            Event::Start(Tag::Table(_)) => table = Some((Vec::new(), Vec::new(), range)),
            Event::End(TagEnd::Table) => {
                if let Some((head, rows, span)) = table.take() {
                    blocks.push(Block::Table { head, rows, span });
                }
            }
            Event::Start(Tag::TableHead) => in_head = true,
            Event::End(TagEnd::TableHead) => in_head = false,
            Event::Start(Tag::TableRow) => {
                if let Some((_, rows, _)) = &mut table {
                    rows.push(Vec::new());
                }
            }
            Event::Start(Tag::TableCell) => inline = Some(Collector::new(range.start)),
            Event::End(TagEnd::TableCell) => {
                if let (Some(c), Some((head, rows, _))) = (inline.take(), &mut table) {
                    let cell = c.finish(range.end);
                    if in_head {
                        head.push(cell);
                    } else if let Some(row) = rows.last_mut() {
                        row.push(cell);
                    }
                }
            }
            Event::Start(Tag::CodeBlock(kind)) => {
                let lang = match kind {
                    CodeBlockKind::Fenced(info) => info
                        .split_whitespace()
                        .next()
                        .unwrap_or("")
                        .to_ascii_lowercase(),
                    CodeBlockKind::Indented => String::new(),
                };
                code = Some((lang, String::new(), None, range));
            }
            Event::End(TagEnd::CodeBlock) => {
                if let Some((lang, text, first, span)) = code.take() {
                    blocks.push(Block::Code {
                        lang,
                        text,
                        content_offset: first.unwrap_or(span.start),
                        span,
                    });
                }
            }
            Event::Text(text) => {
                if let Some((_, buf, first, _)) = &mut code {
                    first.get_or_insert(range.start);
                    buf.push_str(&text);
                } else if let Some(c) = &mut inline {
                    c.text(&text);
                }
            }
            Event::Code(text) => {
                if let Some(c) = &mut inline {
                    c.code(&text, range.start);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some(c) = &mut inline {
                    c.text(" ");
                }
            }
            Event::InlineHtml(html) => {
                if let Some(c) = &mut inline {
                    c.html(&html);
                }
            }
            Event::Start(Tag::Link { dest_url, .. }) => {
                if let Some(c) = &mut inline {
                    c.link_start(&dest_url, range.start);
                }
            }
            Event::End(TagEnd::Link) => {
                if let Some(c) = &mut inline {
                    c.link_end();
                }
            }
            _ => {}
        }
    }
    if let Some(c) = inline.take() {
        blocks.push(Block::Para(c.finish(source.len())));
    }
    Doc {
        title,
        description,
        area,
        blocks,
        annotations: annotations(source),
        includes: includes(source),
    }
}

/// A table being read: header cells, rows, span.
type TableParts = (Vec<Inline>, Vec<Vec<Inline>>, Range<usize>);

/// Which side of a bilingual page a piece of text belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    /// Outside any span: both.
    Both,
    /// Inside a translation span.
    Local,
    /// Inside an `sxs-lookup` span: the English source.
    English,
}

/// Builds one [`Inline`], keeping the English and the local reading apart.
struct Collector {
    start: usize,
    en: String,
    local: String,
    saw_sxs: bool,
    spans: Vec<bool>,
    /// How many of `spans` are `sxs-lookup` spans.
    open_sxs: usize,
    codes: Vec<(String, usize, Side)>,
    links: Vec<(Link, Side)>,
    open_links: Vec<(String, usize, usize, usize, Side)>,
    anchors: Vec<String>,
}

impl Collector {
    fn new(start: usize) -> Self {
        Collector {
            start,
            en: String::new(),
            local: String::new(),
            saw_sxs: false,
            spans: Vec::new(),
            open_sxs: 0,
            codes: Vec::new(),
            links: Vec::new(),
            open_links: Vec::new(),
            anchors: Vec::new(),
        }
    }

    fn side(&self) -> Side {
        if self.open_sxs > 0 {
            Side::English
        } else if self.spans.is_empty() {
            Side::Both
        } else {
            Side::Local
        }
    }

    fn text(&mut self, text: &str) {
        match self.side() {
            Side::Both => {
                self.en.push_str(text);
                self.local.push_str(text);
            }
            Side::Local => self.local.push_str(text),
            Side::English => self.en.push_str(text),
        }
    }

    fn code(&mut self, text: &str, offset: usize) {
        let side = self.side();
        self.codes.push((text.to_owned(), offset, side));
        self.text(&format!("`{text}`"));
    }

    fn html(&mut self, html: &str) {
        let lower = html.trim().to_ascii_lowercase();
        if lower.starts_with("</span") {
            if self.spans.pop() == Some(true) {
                self.open_sxs -= 1;
            }
        } else if lower.starts_with("<span") {
            let sxs = lower.contains("sxs-lookup");
            self.saw_sxs |= sxs;
            self.open_sxs += usize::from(sxs);
            self.spans.push(sxs);
        } else if lower.starts_with("<br") {
            self.text(" ");
        } else if let Some(rest) = lower.strip_prefix("<a ")
            && let Some(i) = rest.find("name=\"")
        {
            let name = &rest[i + 6..];
            if let Some(end) = name.find('"') {
                self.anchors.push(name[..end].to_owned());
            }
        }
    }

    fn link_start(&mut self, dest: &str, offset: usize) {
        let side = self.side();
        self.open_links.push((
            dest.to_owned(),
            offset,
            self.en.len(),
            self.local.len(),
            side,
        ));
    }

    fn link_end(&mut self) {
        if let Some((dest, offset, en_at, local_at, side)) = self.open_links.pop() {
            let text = match side {
                Side::Local => self.local.get(local_at..),
                _ => self.en.get(en_at..),
            }
            .unwrap_or("")
            .to_owned();
            self.links.push((Link { text, dest, offset }, side));
        }
    }

    fn finish(self, end: usize) -> Inline {
        let english = self.saw_sxs;
        let keep = |side: Side| match side {
            Side::Both => true,
            Side::English => english,
            Side::Local => !english,
        };
        let text = if english { self.en } else { self.local };
        Inline {
            text: squash(&text),
            codes: self
                .codes
                .into_iter()
                .filter(|c| keep(c.2))
                .map(|(t, o, _)| (t, o))
                .collect(),
            links: self
                .links
                .into_iter()
                .filter(|l| keep(l.1))
                .map(|l| l.0)
                .collect(),
            anchors: self.anchors,
            span: self.start..end,
        }
    }
}

/// Collapses runs of whitespace and trims.
fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What a page's YAML front matter says, unquoted.
#[derive(Default)]
struct FrontMatter {
    title: Option<String>,
    description: Option<String>,
    area: Option<String>,
}

/// `title:`, `description:` and `ms.prod:` of a YAML front matter.
fn front_matter(source: &str) -> FrontMatter {
    let Some(rest) = source
        .strip_prefix("---\n")
        .or_else(|| source.strip_prefix("---\r\n"))
    else {
        return FrontMatter::default();
    };
    let end = rest.find("\n---").unwrap_or(0);
    let mut title = None;
    let mut description = None;
    let mut area = None;
    for line in rest[..end].lines() {
        let unquote = |v: &str| {
            let v = v.trim();
            let v = v
                .strip_prefix('"')
                .and_then(|v| v.strip_suffix('"'))
                .or_else(|| v.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')))
                .unwrap_or(v);
            v.to_owned()
        };
        if let Some(v) = line.strip_prefix("title:") {
            title = Some(unquote(v));
        } else if let Some(v) = line.strip_prefix("description:") {
            description = Some(unquote(v));
        } else if let Some(v) = line.strip_prefix("ms.prod:") {
            area = Some(unquote(v)).filter(|v| !v.is_empty());
        }
    }
    FrontMatter {
        title,
        description,
        area,
    }
}

/// Every `<!-- ... -->` whose content is a JSON object (ApiDoctor's annotations).
fn annotations(source: &str) -> Vec<Annotation> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(i) = source[at..].find("<!--") {
        let start = at + i;
        let Some(j) = source[start + 4..].find("-->") else {
            break;
        };
        let end = start + 4 + j + 3;
        let body = source[start + 4..end - 3].trim();
        if body.starts_with('{') {
            let json = serde_json::from_str::<serde_json::Value>(body)
                .ok()
                .and_then(|v| v.as_object().cloned())
                .unwrap_or_else(|| lenient_object(body));
            out.push(Annotation {
                json,
                span: start..end,
            });
        }
        at = end;
    }
    out
}

/// The `"key": "value"` and `"key": true|false` members of a JSON-ish object
/// that did not parse (ApiDoctor comments sometimes carry trailing commas).
fn lenient_object(body: &str) -> serde_json::Map<String, serde_json::Value> {
    let mut map = serde_json::Map::new();
    for part in body.split(',') {
        let Some((key, value)) = part.split_once(':') else {
            continue;
        };
        let key = key.trim().trim_start_matches('{').trim().trim_matches('"');
        let value = value.trim().trim_end_matches('}').trim();
        if key.is_empty() || key.contains(char::is_whitespace) {
            continue;
        }
        let value = match value {
            "true" => serde_json::Value::Bool(true),
            "false" => serde_json::Value::Bool(false),
            v if v.starts_with('"') => serde_json::Value::String(v.trim_matches('"').to_owned()),
            _ => continue,
        };
        map.insert(key.to_owned(), value);
    }
    map
}

/// Every `[!INCLUDE [name](path)]` directive.
fn includes(source: &str) -> Vec<Include> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(i) = source[at..].find("[!INCLUDE") {
        let start = at + i;
        at = start + 9;
        let rest = &source[at..];
        let Some(open) = rest.find('[') else { break };
        let Some(close) = rest.find("](") else { break };
        let Some(end) = rest.find(")]") else { break };
        if !(open < close && close < end) || rest[..end].contains('\n') {
            continue;
        }
        out.push(Include {
            name: rest[open + 1..close].trim().to_owned(),
            path: rest[close + 2..end].trim().to_owned(),
            span: start..at + end + 2,
        });
        at += end + 2;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sxs_lookup_gives_the_english_source() {
        let doc = parse(
            "## <a name=\"permissions\"></a><span data-ttu-id=\"1\">Berechtigungen</span><span class=\"sxs-lookup\"><span data-stu-id=\"1\">Permissions</span></span>\n",
        );
        let Block::Heading { inline, .. } = &doc.blocks[0] else {
            panic!("{doc:?}")
        };
        assert_eq!(inline.text, "Permissions");
        assert_eq!(inline.anchors, ["permissions"]);
    }

    #[test]
    fn tables_annotations_and_includes_are_located() {
        let src = "|A|B|\n|-|-|\n|x|`y`|\n\n<!-- { \"blockType\": \"request\", } -->\n```http\nGET /me\n```\n[!INCLUDE [permissions-table](../includes/permissions/p.md)]\n";
        let doc = parse(src);
        let Block::Table { head, rows, .. } = &doc.blocks[0] else {
            panic!("{doc:?}")
        };
        assert_eq!(head.len(), 2);
        assert_eq!(rows[0][1].codes[0].0, "y");
        assert_eq!(doc.annotations[0].str("blockType"), Some("request"));
        let Block::Code { lang, text, .. } = &doc.blocks[1] else {
            panic!("{doc:?}")
        };
        assert_eq!((lang.as_str(), text.as_str()), ("http", "GET /me\n"));
        assert_eq!(doc.includes[0].path, "../includes/permissions/p.md");
        assert_eq!(
            &src[doc.includes[0].span.clone()],
            "[!INCLUDE [permissions-table](../includes/permissions/p.md)]"
        );
    }
}
