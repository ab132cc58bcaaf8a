//! Resource pages (`resources/message.md`): the type's name and its
//! properties table, turned into models on demand.

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::ir::{Field, TypeRef};
use crate::markdown::{Block, Inline};
use crate::page::Page;
use crate::report::{Annotate, Finding, Sink};
use crate::types::{self, TypeError};

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
}

/// Resource pages read so far, by normalized path.
#[derive(Debug, Default)]
pub struct Resources {
    pages: HashMap<PathBuf, Option<Arc<Resource>>>,
}

impl Resources {
    /// The resource page at `path`, read once; `None` when it is missing.
    pub fn get(&mut self, path: &Path) -> Option<Arc<Resource>> {
        if let Some(r) = self.pages.get(path) {
            return r.clone();
        }
        // Links are written on case-insensitive hosts: `driveItem.md` for
        // `driveitem.md`.
        let lower = path
            .file_name()
            .and_then(|n| n.to_str())
            .map(|n| path.with_file_name(n.to_lowercase()));
        let read = Page::read(path)
            .or_else(|e| match &lower {
                Some(l) if l != path => Page::read(l),
                _ => Err(e),
            })
            .ok()
            .map(|p| Arc::new(read_resource(p)));
        self.pages.insert(path.to_path_buf(), read.clone());
        read
    }
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
    Resource {
        page,
        name,
        description,
        rows,
        members,
        enums,
    }
}

/// The member names of an enumeration table: its first column, when the
/// table has one column or its second column is all integers (the member's
/// number), which a properties table never has.
fn members_of(rows: &[Vec<Inline>]) -> Option<Vec<String>> {
    let member = |r: &Vec<Inline>| r.first().map(|c| c.text.trim().to_owned());
    let numbered = rows.iter().all(|r| {
        r.len() == 1
            || r.get(1).is_some_and(|c| {
                let t = c.text.trim();
                !t.is_empty() && t.chars().all(|c| c.is_ascii_digit() || c == '-')
            })
    });
    let names: Vec<String> = rows.iter().filter_map(member).collect();
    (numbered && !names.is_empty() && names.iter().all(|n| is_identifier(n))).then_some(names)
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

/// The properties table: the first table whose rows name plain identifiers
/// (the methods table links its rows; relationships come after properties).
fn property_rows(page: &Page) -> Vec<[Inline; 3]> {
    for block in &page.doc.blocks {
        let Block::Table { head, rows, .. } = block else {
            continue;
        };
        if head.len() < 3 || rows.is_empty() {
            continue;
        }
        let identifiers = rows.iter().all(|r| {
            r.first()
                .is_some_and(|c| c.links.is_empty() && is_identifier(&c.text))
        });
        if identifiers {
            return rows
                .iter()
                .filter(|r| r.len() >= 3)
                .map(|r| [r[0].clone(), r[1].clone(), r[r.len() - 1].clone()])
                .collect();
        }
    }
    Vec::new()
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

/// A model to write: name, description, fields and the page it came from.
#[derive(Debug, Clone)]
pub struct Model {
    /// camelCase type name.
    pub name: String,
    /// The page's description.
    pub description: String,
    /// The properties.
    pub fields: Vec<Field>,
    /// The resource page, as displayed.
    pub source: Arc<str>,
}

/// Every model reachable from `roots`, following nested types breadth-first
/// (a work list, not recursion), keyed by name. Fields whose type has no
/// page are left out with a warning on the resource page.
pub fn collect_models(
    roots: impl IntoIterator<Item = PathBuf>,
    resources: &mut Resources,
    findings: &mut Vec<Finding>,
) -> BTreeMap<String, Model> {
    let mut models = BTreeMap::new();
    let mut queue: VecDeque<PathBuf> = roots.into_iter().collect();
    let mut seen = std::collections::HashSet::new();
    while let Some(path) = queue.pop_front() {
        if !seen.insert(path.clone()) {
            continue;
        }
        let Some(res) = resources.get(&path) else {
            continue;
        };
        let mut sink = res.page.sink();
        let mut fields = Vec::new();
        for [name, ty, desc] in &res.rows {
            let field_name = name.text.trim().to_owned();
            if field_name.starts_with('@') || field_name.contains('.') {
                // OData annotations (`@odata.type`) are not model fields.
                continue;
            }
            match types::parse(ty, desc, &res.page, resources) {
                Ok(t) => {
                    if let Some(page) = model_page(&t) {
                        queue.push_back(page.to_path_buf());
                    }
                    if own_type(&t, &res.name) {
                        sink.warn(
                            format!("`{field_name}` holds a `{}` directly; left out", res.name),
                            name.span.clone(),
                        )
                        .with_label("recursive field")
                        .with_help("the spec language allows a model inside itself only through a collection");
                        continue;
                    }
                    fields.push(Field {
                        name: field_name,
                        ty: t,
                        required: false,
                        default: None,
                        description: desc.text.clone(),
                        span: name.span.clone(),
                    });
                }
                Err(e) => {
                    type_warning(&mut sink, &field_name, ty, &e);
                }
            }
        }
        findings.extend(sink.findings);
        models.entry(res.name.clone()).or_insert(Model {
            name: res.name.clone(),
            description: res.description.clone(),
            fields,
            source: res.page.display.clone(),
        });
    }
    models
}

/// The warning for a property whose type cannot be typed.
pub fn type_warning(sink: &mut Sink, field: &str, ty: &Inline, e: &TypeError) {
    match e {
        TypeError::MissingPage(p) => {
            sink.warn(
                format!(
                    "`{field}`: resource page `{}` not found; field left out",
                    p.display()
                ),
                ty.span.clone(),
            )
            .with_label("type page missing")
            .with_help(
                "copy that page from the docs repository beside the others to import this field",
            );
        }
        TypeError::Unknown(name) => {
            sink.warn(
                format!("`{field}`: type `{name}` has no resource page and no listed values; field left out"),
                ty.span.clone(),
            )
            .with_label("unknown type");
        }
        TypeError::NoSpecType(name) => {
            sink.warn(
                format!("`{field}`: `{name}` (any JSON value) has no spec type; field left out"),
                ty.span.clone(),
            )
            .with_label("no spec type");
        }
        TypeError::Empty => {
            sink.warn(
                format!("`{field}`: no type given; field left out"),
                ty.span.clone(),
            )
            .with_label("empty type");
        }
    }
}

/// The page of a model type, through lists.
pub fn model_page(t: &TypeRef) -> Option<&Path> {
    match t {
        TypeRef::Model { page, .. } => Some(page),
        TypeRef::List(inner) => model_page(inner),
        _ => None,
    }
}

fn own_type(t: &TypeRef, name: &str) -> bool {
    matches!(t, TypeRef::Model { name: n, .. } if n == name)
}
