//! Resource pages (`resources/message.md`): the type's name and its
//! base and properties table, kept by path ([`Resources`]) once
//! [`crate::read`] has read them; `models.rs` turns them into the models of
//! a version.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::markdown::{Block, Inline};
use crate::page::Page;

/// What a resource page says about its type.
#[derive(Debug, Clone)]
pub struct Resource {
    /// The page.
    pub page: Page,
    /// The type name, camelCase (`itemBody`).
    pub name: String,
    /// The page's first sentence(s).
    pub description: String,
    /// Property rows: name, type and description cells.
    pub rows: Vec<[Inline; 3]>,
    /// The members, when the page documents an enumeration rather than a
    /// type with properties (Intune's `Member | Value | Description` pages).
    pub members: Option<Vec<String>>,
    /// Enumerations documented in `### name values` sections of the page
    /// (`enums.md`), by the heading's anchor (`activitytype-values`).
    pub enums: HashMap<String, Vec<String>>,
    /// The type this one derives from, when the page says so.
    pub base: Option<Base>,
}

/// A resource page's base type: its name as the page writes it and where
/// its page should be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Base {
    /// The type name (`deviceConfiguration`, `entity`).
    pub name: String,
    /// The base type's resource page.
    pub page: PathBuf,
}

/// The resource pages of a run, read before the analysis (see
/// [`crate::read`]): lookups only, no I/O.
#[derive(Debug, Default)]
pub struct Resources {
    /// By the path a link or name asked for (a page found under its lower
    /// case name is kept under the asked path too).
    pages: HashMap<PathBuf, Arc<Resource>>,
    /// Per folder listed, its pages by the last `-` part of the file stem,
    /// lower case (`mobileapp` -> `intune-shared-mobileapp.md`).
    by_stem: HashMap<PathBuf, HashMap<String, PathBuf>>,
}

impl Resources {
    /// A store of these pages and folder indexes.
    pub fn new(
        pages: HashMap<PathBuf, Arc<Resource>>,
        by_stem: HashMap<PathBuf, HashMap<String, PathBuf>>,
    ) -> Self {
        Resources { pages, by_stem }
    }

    /// The page of type `name` in `dir` when a link to it is broken: the
    /// file whose stem's last `-` part is the name (`intune-apps-mobileapp.md`
    /// links to a page the tree has as `intune-shared-mobileapp.md`).
    pub fn find_by_name(&self, dir: &Path, name: &str) -> Option<PathBuf> {
        self.by_stem
            .get(dir)?
            .get(&name.to_ascii_lowercase())
            .cloned()
    }

    /// The page of a base type: where the page links, else found by name.
    pub fn base_page(&self, base: &Base) -> Option<PathBuf> {
        if self.get(&base.page).is_some() {
            return Some(base.page.clone());
        }
        let dir = base.page.parent()?;
        let found = self.find_by_name(dir, &base.name)?;
        self.get(&found).map(|_| found)
    }

    /// The resource page at `path`; `None` when it is missing.
    pub fn get(&self, path: &Path) -> Option<Arc<Resource>> {
        self.pages.get(path).cloned()
    }
}

/// A folder's pages by the last `-` part of their file stem, lower case; the
/// first in path order wins. `files` are the folder's `.md` files.
pub fn stem_index(mut files: Vec<PathBuf>) -> HashMap<String, PathBuf> {
    files.sort();
    let mut index = HashMap::new();
    for f in files {
        if let Some(stem) = f.file_stem().and_then(|s| s.to_str()) {
            let last = stem.rsplit('-').next().unwrap_or(stem).to_ascii_lowercase();
            index.entry(last).or_insert(f);
        }
    }
    index
}

/// Reads the type name and property rows of a resource page.
pub fn read_resource(page: Page) -> Resource {
    let annotated = page
        .doc
        .annotations
        .iter()
        .find(|a| a.str("blockType") == Some("resource"))
        .and_then(|a| a.str("@odata.type"))
        .map(|t| t.rsplit('.').next().unwrap_or(t).to_owned());
    // Else the title's first word (`# complianceStatus enum type`), else the
    // file name's last part (`intune-shared-compliancestatus.md`).
    let titled = page.doc.blocks.iter().find_map(|b| match b {
        Block::Heading { level: 1, inline } => inline
            .text
            .split_whitespace()
            .next()
            .filter(|w| is_plain_name(w))
            .map(str::to_owned),
        _ => None,
    });
    let name = annotated.or(titled).unwrap_or_else(|| {
        let stem = page
            .path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("resource");
        stem.rsplit('-').next().unwrap_or(stem).to_owned()
    });
    let description = intro(&page);
    let rows = property_rows(&page);
    let members = enum_members(&page);
    let enums = enum_sections(&page);
    let base = base_of(&page);
    Resource {
        page,
        name,
        description,
        rows,
        members,
        enums,
        base,
    }
}

/// The page's base type. The `"blockType": "resource"` annotation's
/// `baseType` (`microsoft.graph.entity`) names it; else a short paragraph
/// before the first section that ends in a link to a resource page
/// (`Inherits from [deviceConfiguration](intune-deviceconfig-deviceconfiguration.md)`,
/// in any language: the words before the link are not read, only their length).
fn base_of(page: &Page) -> Option<Base> {
    let linked = inherits_link(page);
    let annotated = page
        .doc
        .annotations
        .iter()
        .find(|a| a.str("blockType") == Some("resource"))
        .and_then(|a| a.str("baseType"))
        .map(|t| t.rsplit('.').next().unwrap_or(t).to_owned())
        .filter(|n| is_plain_name(n));
    match (linked, annotated) {
        (Some(b), _) => Some(b),
        (None, Some(name)) => Some(Base {
            page: page.resolve(&format!("../resources/{}.md", name.to_ascii_lowercase())),
            name,
        }),
        (None, None) => None,
    }
}

/// The words an "inherits from" sentence may have before its link, in
/// characters: enough for `Inherits from`, `Hérite de`, `継承元`, not for a
/// sentence that merely mentions another type.
const INHERITS_WORDS_MAX: usize = 24;

/// Whether the text starts a list item (`- `, `* `, `1. `) rather than a line.
fn is_list_item(page: &Page, p: &Inline) -> bool {
    let start = p.span.start.min(page.source.len());
    let line_start = page.source[..start].rfind('\n').map_or(0, |i| i + 1);
    let before = page
        .source
        .get(line_start..start)
        .unwrap_or("")
        .trim_start();
    !before.is_empty() || {
        let line = page.source[start..].trim_start();
        line.starts_with("- ") || line.starts_with("* ") || line.starts_with("+ ")
    }
}

/// `Inherits from [x](x.md)`: see [`base_of`].
fn inherits_link(page: &Page) -> Option<Base> {
    let mut seen_title = false;
    for block in &page.doc.blocks {
        match block {
            Block::Heading { level: 1, .. } => seen_title = true,
            Block::Heading { .. } if seen_title => return None,
            // A paragraph of its own, not a list item (`- [user](user.md)`
            // under "Derived types:" names a type derived from this one).
            Block::Para(p) if seen_title && p.links.len() == 1 && !is_list_item(page, p) => {
                let link = &p.links[0];
                let text = p.text.trim();
                let Some(before) = text
                    .trim_end_matches(['.', '。', ' '])
                    .strip_suffix(link.text.trim())
                else {
                    continue;
                };
                let dest = link.dest.split(['#', '?']).next().unwrap_or("");
                let name = link.text.trim();
                if dest.ends_with(".md")
                    && !dest.contains("://")
                    && before.chars().count() <= INHERITS_WORDS_MAX
                    && !before.trim().is_empty()
                    && is_plain_name(name)
                {
                    return Some(Base {
                        name: name.to_owned(),
                        page: page.resolve(dest),
                    });
                }
            }
            _ => {}
        }
    }
    None
}

/// The member names of an enumeration table: its first column, when the
/// table has one column or its second column is all integers (the member's
/// number), which a properties table never has.
fn members_of(rows: &[Vec<Inline>]) -> Option<Vec<String>> {
    let member = |r: &Vec<Inline>| r.first().map(|c| c.text.trim().to_owned());
    let names: Vec<String> = rows.iter().filter_map(member).collect();
    (is_numbered(rows) && !names.is_empty() && names.iter().all(|n| is_identifier(n)))
        .then_some(names)
}

/// Whether a table lists members with their numbers (or alone): an
/// enumeration, even when a translation changed some member names.
fn is_numbered(rows: &[Vec<Inline>]) -> bool {
    rows.iter().all(|r| {
        r.len() == 1
            || r.get(1).is_some_and(|c| {
                let t = c.text.trim();
                !t.is_empty() && t.chars().all(|c| c.is_ascii_digit() || c == '-')
            })
    })
}

/// The page's enumeration, if it is one: the first table is a members table.
fn enum_members(page: &Page) -> Option<Vec<String>> {
    page.doc.blocks.iter().find_map(|b| match b {
        Block::Table { rows, .. } if !rows.is_empty() => Some(members_of(rows)),
        _ => None,
    })?
}

/// `### activityType values` sections and their members tables, by anchor.
fn enum_sections(page: &Page) -> HashMap<String, Vec<String>> {
    let mut out = HashMap::new();
    let mut anchor: Option<String> = None;
    for block in &page.doc.blocks {
        match block {
            Block::Heading { inline, .. } => anchor = Some(anchor_of(&inline.text)),
            Block::Table { rows, .. } => {
                if let (Some(a), Some(members)) = (anchor.take(), members_of(rows)) {
                    out.insert(a, members);
                }
            }
            _ => {}
        }
    }
    out
}

/// The anchor the docs give a heading: lower case, spaces as `-`, other
/// punctuation dropped (`activityType values` -> `activitytype-values`).
pub fn anchor_of(heading: &str) -> String {
    heading
        .trim()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c.to_ascii_lowercase()),
            _ => None,
        })
        .collect()
}

/// The first paragraph after the title that is prose (not a namespace line or include).
pub fn intro(page: &Page) -> String {
    let mut seen_title = false;
    for block in &page.doc.blocks {
        match block {
            Block::Heading { level: 1, .. } => seen_title = true,
            Block::Heading { .. } if seen_title => break,
            Block::Para(p) if seen_title && is_prose(p) => return p.text.clone(),
            _ => {}
        }
    }
    String::new()
}

/// Prose, not `Namespace: microsoft.graph` (in any language) or an include.
pub fn is_prose(p: &Inline) -> bool {
    let t = p.text.trim();
    !(t.is_empty()
        || t.starts_with("[!INCLUDE")
        || t.starts_with("[!")
        || t.ends_with("microsoft.graph")
        || t.ends_with("microsoft.graph.")
        || t.starts_with('>'))
}

/// The properties table: the first table of three or more columns whose
/// first cells have no links (the methods table links its rows) and mostly
/// name plain identifiers (relationships come after properties). A row whose
/// name the translation changed (`说明` for `description`) takes its name
/// from the page's JSON representation: the members no other row names, in
/// order, when there are as many as such rows; else it is left out.
fn property_rows(page: &Page) -> Vec<[Inline; 3]> {
    for block in &page.doc.blocks {
        let Block::Table { head, rows, .. } = block else {
            continue;
        };
        if head.len() < 3 || rows.is_empty() {
            continue;
        }
        let plain = |r: &Vec<Inline>| r.first().is_some_and(|c| is_identifier(&c.text));
        let unlinked = rows
            .iter()
            .all(|r| r.first().is_some_and(|c| c.links.is_empty()));
        let named = rows.iter().filter(|r| plain(r)).count();
        if !unlinked || named * 2 < rows.len() || is_numbered(rows) {
            continue;
        }
        let mut renamed = Vec::new();
        if named < rows.len() {
            // Case aside: translations capitalize names they keep (`WebUrl`).
            let taken: std::collections::HashSet<String> = rows
                .iter()
                .filter(|r| plain(r))
                .map(|r| r[0].text.trim().to_ascii_lowercase())
                .collect();
            let free: Vec<String> = json_members(page)
                .into_iter()
                .filter(|k| !k.starts_with('@') && !taken.contains(&k.to_ascii_lowercase()))
                .collect();
            if free.len() == rows.len() - named {
                renamed = free;
            }
        }
        let mut renamed = renamed.into_iter();
        return rows
            .iter()
            .filter(|r| r.len() >= 3)
            .filter_map(|r| {
                let mut name = r[0].clone();
                if !is_identifier(&name.text) {
                    name.text = renamed.next()?;
                }
                Some([name, r[1].clone(), r[r.len() - 1].clone()])
            })
            .collect();
    }
    Vec::new()
}

/// The top-level member names of the page's JSON representation (the first
/// `{` code block after the `"blockType": "resource"` annotation), in order.
/// A scan of strings and nesting, not a parse: the docs' JSON is often not
/// valid (`"id": "String (identifier)"` is, `1024 | null` is not).
fn json_members(page: &Page) -> Vec<String> {
    let Some(at) = page
        .doc
        .annotations
        .iter()
        .find(|a| a.str("blockType") == Some("resource"))
        .map(|a| a.span.end)
    else {
        return Vec::new();
    };
    let Some(text) = page.doc.blocks.iter().find_map(|b| match b {
        Block::Code { text, span, .. }
            if span.start >= at && text.trim_start().starts_with('{') =>
        {
            Some(text)
        }
        _ => None,
    }) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '{' | '[' => depth += 1,
            '}' | ']' => depth = depth.saturating_sub(1),
            '"' => {
                let start = i + 1;
                let mut end = start;
                let mut escaped = false;
                for (j, c) in chars.by_ref() {
                    if escaped {
                        escaped = false;
                    } else if c == '\\' {
                        escaped = true;
                    } else if c == '"' {
                        end = j;
                        break;
                    }
                }
                let rest = text[end.min(text.len())..].get(1..).unwrap_or("");
                if depth == 1 && rest.trim_start().starts_with(':') {
                    out.push(text[start..end].to_owned());
                }
            }
            _ => {}
        }
    }
    out
}

/// A name of letters and digits, starting with a letter.
fn is_plain_name(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_alphabetic()) && w.chars().all(|c| c.is_ascii_alphanumeric())
}

/// A JSON member name as the docs write it.
pub fn is_identifier(s: &str) -> bool {
    let s = s.trim();
    s.chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '@')
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '@' || c == '.')
}
