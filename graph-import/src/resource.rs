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
        let read = Page::read(path).ok().map(|p| Arc::new(read_resource(p)));
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
    let name = annotated.unwrap_or_else(|| {
        let stem = page
            .path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("resource");
        stem.to_owned()
    });
    let description = intro(&page);
    let rows = property_rows(&page);
    Resource {
        page,
        name,
        description,
        rows,
    }
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
