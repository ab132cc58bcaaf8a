//! The models of a version: the types reachable from the imported
//! endpoints, read from their resource pages (through [`Resources`]) and
//! typed by [`crate::types`], which sits between the pages and this layer.

use std::collections::{BTreeMap, VecDeque};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::ir::{Field, TypeRef};
use crate::markdown::Inline;
use crate::report::{Annotate, Finding, Sink};
use crate::resource::Resources;
use crate::types::{self, TypeError};

/// A model to write: name, description, fields and the page it came from.
#[derive(Debug, Clone)]
pub struct Model {
    /// camelCase type name.
    pub name: String,
    /// The page's description.
    pub description: String,
    /// The model it derives from (`base = "..."`), when that one is a model too.
    pub base: Option<String>,
    /// The properties.
    pub fields: Vec<Field>,
    /// The resource page, as displayed.
    pub source: Arc<str>,
}

impl Model {
    /// Leaves the resource page's prose out (see [`Endpoint::keep_facts_only`](crate::ir::Endpoint::keep_facts_only)).
    pub fn keep_facts_only(&mut self) {
        self.description.clear();
        for f in &mut self.fields {
            f.description.clear();
        }
    }
}

/// Every model reachable from `roots`, following nested types breadth-first
/// (a work list, not recursion), keyed by name. Fields whose type has no
/// page are left out with a warning on the resource page.
pub fn collect_models(
    roots: impl IntoIterator<Item = PathBuf>,
    resources: &Resources,
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
        // The base's name as its own page gives it, so the two agree.
        let base = res.base.as_ref().and_then(|b| {
            let path = resources.base_page(b)?;
            let page = resources.get(&path)?;
            (page.name != res.name && page.members.is_none()).then(|| {
                queue.push_back(path);
                page.name.clone()
            })
        });
        let mut fields = Vec::new();
        for [name, ty, desc] in &res.rows {
            let field_name = name.text.trim().to_owned();
            if field_name.starts_with('@') || field_name.contains('.') {
                // OData annotations (`@odata.type`) are not model fields.
                continue;
            }
            if fields.iter().any(|f: &Field| f.name == field_name) {
                sink.warn(
                    format!("property `{field_name}` is listed twice; kept the first"),
                    name.span.clone(),
                )
                .with_label("listed again");
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
            base,
            fields,
            source: res.page.display.clone(),
        });
    }
    drop_retyped_inherited(&mut models, findings);
    models
}

/// Takes off each model the properties its base chain declares with another
/// type or spelling: resource pages list inherited properties again,
/// sometimes typed differently (`importance` as `String` on `eventMessage`,
/// `importance` on `message`) or capitalized by a translation (`WebUrl`),
/// and the base's declaration is the one Graph sends.
pub fn drop_retyped_inherited(models: &mut BTreeMap<String, Model>, findings: &mut Vec<Finding>) {
    let mut retyped: Vec<(String, usize)> = Vec::new();
    for (name, m) in models.iter() {
        let mut at = m.base.as_deref();
        for _ in 0..MAX_BASE_CHAIN {
            let Some(base) = at.and_then(|b| models.get(b)) else {
                break;
            };
            for (i, f) in m.fields.iter().enumerate() {
                let clash = |b: &Field| {
                    b.name.eq_ignore_ascii_case(&f.name) && (b.name != f.name || b.ty != f.ty)
                };
                if base.fields.iter().any(clash) {
                    retyped.push((name.clone(), i));
                }
            }
            at = base.base.as_deref();
        }
    }
    retyped.sort_unstable();
    retyped.dedup();
    for (name, i) in retyped.into_iter().rev() {
        if let Some(m) = models.get_mut(&name) {
            let f = m.fields.remove(i);
            let mut sink = Sink::new(m.source.clone(), Arc::from(""));
            sink.warn(
                format!(
                    "`{}` of `{name}` is inherited with another type or spelling; the base type's is kept",
                    f.name
                ),
                0..0,
            );
            findings.extend(sink.findings);
        }
    }
}

/// Base chains longer than this are not followed (graph-spec rejects them).
pub const MAX_BASE_CHAIN: usize = 32;

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
