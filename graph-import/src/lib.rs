//! Import Microsoft Graph reference pages (the Markdown of the docs
//! repository) into endpoint specs, and lint the docs for inconsistencies.
//!
//! [`import`] reads API pages (any locale) into one spec per page and version
//! plus a models file per version built from the resource pages that request
//! and response types link to. [`write()`] writes them and checks each with
//! `graph-spec`. [`lint`] reports where a page contradicts itself or another
//! page of the same endpoint. Every problem is a [`Finding`] located at a
//! page line, rendered like rustc.
//!
//! What the spec language cannot hold is reported, never guessed: paths with
//! parameters inside a segment or with query strings are errors; a second
//! value of one header (`Prefer: a`, `Prefer: b`) is kept out with a
//! warning; Edm types without a spec type (Guid, Date, TimeOfDay, Duration,
//! Binary) are imported as `string`, which is what they are on the wire.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod api;
mod covered;
mod emit;
mod existing;
// The rule graph-runtime and graph-spec keep too, from its one copy.
#[cfg(test)]
#[path = "../../graph-runtime/src/import_graph.rs"]
mod import_graph;
pub mod ir;
pub mod keep_edits;
mod lint;
pub mod markdown;
mod models;
mod models_check;
mod other_users;
mod page;
mod permissions;
mod read;
pub mod report;
mod resource;
mod routes;
pub mod summary;
mod text;
mod types;
mod walk;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use api::stem;
pub use ir::Endpoint;
pub use lint::lint;
pub use page::Page;
pub use report::{Finding, Severity};

use graph_spec::model::Version;

use crate::ir::{Body, ResponseBody};
use crate::report::{Annotate, Sink};
use crate::resource::Resources;

/// Check-and-remove rounds of [`write`]: a spec rejected in one round can
/// only unmask a problem of a spec it shadowed (a repeated route), so two
/// rounds settle; the third only confirms.
const CHECK_ROUNDS: usize = 3;

/// How to import.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// `v1.0` or `beta` for every page, instead of each page's own.
    pub version: Option<Version>,
    /// Folders holding permission includes that are not beside the pages.
    pub include_dirs: Vec<PathBuf>,
    /// The folder the import is written into, when its specs' models files
    /// are to be shared: the imported models then copy their definitions of
    /// the types both define, so the version's `models` module checks.
    pub merge_into: Option<PathBuf>,
    /// Leave the pages' prose out of the specs and models (summaries,
    /// descriptions): facts only, each spec linking to its page.
    pub facts_only: bool,
    /// Write each spec into a folder named after its page's API area
    /// (`v1.0/outlook/message_send.toml`, from the page's `ms.prod`; `other`
    /// when the page names none), so a build can pick areas by folder.
    pub by_area: bool,
}

/// The parsed `--version` value.
pub fn parse_version(v: &str) -> Option<Version> {
    Version::ALL
        .iter()
        .find(|(_, spelling)| *spelling == v)
        .map(|(version, _)| *version)
}

/// The result of an import.
#[derive(Debug, Default)]
pub struct Import {
    /// Spec and models texts by path relative to the output folder
    /// (`v1.0/message_send.toml`, `models/v1.0.toml`).
    pub files: BTreeMap<PathBuf, String>,
    /// Which page each spec came from (display path) and where its request
    /// block is, by spec path.
    pub sources: BTreeMap<PathBuf, (Arc<str>, std::ops::Range<usize>)>,
    /// Everything found, errors and warnings, in page order.
    pub findings: Vec<Finding>,
    /// API pages read.
    pub pages: usize,
    /// API pages that became a spec.
    pub imported: usize,
    /// The endpoints read, with their page.
    pub endpoints: Vec<(Arc<str>, Endpoint)>,
}

/// The `.md` files of `paths`: files as given, folders recursively in path order.
/// Unreadable folders are findings.
pub fn markdown_files(paths: &[PathBuf], findings: &mut Vec<Finding>) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut stack = vec![p.clone()];
            let mut found = Vec::new();
            while let Some(dir) = stack.pop() {
                match std::fs::read_dir(&dir) {
                    Ok(entries) => {
                        for e in entries.flatten() {
                            let path = e.path();
                            if path.is_dir() {
                                stack.push(path);
                            } else if path.extension().is_some_and(|x| x == "md") {
                                found.push(path);
                            }
                        }
                    }
                    Err(e) => findings.push(io_finding(&dir, &e)),
                }
            }
            found.sort();
            out.extend(found);
        } else {
            out.push(p.clone());
        }
    }
    out
}

fn io_finding(path: &Path, e: &std::io::Error) -> Finding {
    let mut sink = Sink::new(path.to_string_lossy().into(), Arc::from(""));
    sink.error(format!("cannot read `{}`: {e}", path.display()), 0..0);
    sink.findings.remove(0)
}

/// Whether a page is an API page (as opposed to a resource page, an include
/// or an overview): it is not in an `includes` or `resources` folder, and it
/// has a code block of `METHOD /path` lines before any `"blockType":
/// "resource"` annotation. API pages may annotate a body type as a resource
/// further down (`driveItem: createUploadSession`); resource pages may show a
/// request (`mailFolder`'s well-known names) but start with their annotation.
pub fn is_api_page(page: &Page) -> bool {
    let in_includes = page
        .path
        .components()
        .any(|c| c.as_os_str() == "includes" || c.as_os_str() == "resources");
    let resource_at = page
        .doc
        .annotations
        .iter()
        .find(|a| a.str("blockType") == Some("resource"))
        .map_or(usize::MAX, |a| a.span.start);
    !in_includes
        && page.doc.blocks.iter().any(|b| match b {
            markdown::Block::Code { text, .. } => {
                b.offset() < resource_at
                    && text.lines().any(|l| {
                        let mut w = l.split_whitespace();
                        matches!(w.next(), Some("GET" | "POST" | "PUT" | "PATCH" | "DELETE"))
                            && w.next().is_some_and(|p| p.starts_with('/'))
                    })
            }
            _ => false,
        })
}

/// Reads every API page of `paths` (files, or folders searched for `*.md`)
/// into spec texts. Pages in folders that are not API pages (resources,
/// includes) are skipped; a file named explicitly must be one.
pub fn import(paths: &[PathBuf], options: &Options) -> Import {
    let mut out = Import::default();
    let mut endpoints = Vec::new();
    let (pages, resources) = walk::api_pages(paths, options, &mut out.findings, |page, e, _| {
        endpoints.push((page.display.clone(), e))
    });
    out.pages = pages;
    out.endpoints = endpoints;
    emit_all(&mut out, &resources, options);
    out
}

/// Turns the endpoints read into spec and models texts.
fn emit_all(out: &mut Import, resources: &Resources, options: &Options) {
    let merge_into = options.merge_into.as_deref();
    let mut by_version: BTreeMap<Version, Vec<PathBuf>> = BTreeMap::new();
    let mut taken: BTreeMap<PathBuf, Arc<str>> = BTreeMap::new();
    let mut keep = Vec::new();
    let mut kept_routes: BTreeMap<Version, HashMap<String, PathBuf>> = BTreeMap::new();
    for (source, e) in &out.endpoints {
        let rel = spec_path(e, options.by_area);
        if let Some(first) = taken.get(&rel) {
            // Another locale of the same endpoint: the linter compares them.
            let mut sink = Sink::new(source.clone(), Arc::from(""));
            sink.warn(
                format!(
                    "`{}` is already imported from `{first}`; this page is not written",
                    rel.display()
                ),
                0..0,
            );
            out.findings.extend(sink.findings);
            continue;
        }
        taken.insert(rel.clone(), source.clone());
        let mut e = e.clone();
        if options.facts_only {
            e.keep_facts_only();
        }
        if let Some(dir) = merge_into {
            let kept = kept_routes
                .entry(e.version)
                .or_insert_with(|| existing::kept_routes(dir, e.version));
            if !leave_kept_routes(&mut e, &rel, kept, source, &mut out.findings) {
                continue;
            }
        }
        let roots = by_version.entry(e.version).or_default();
        let mut add = |t: &ir::TypeRef| {
            if let Some(p) = models::model_page(t) {
                roots.push(p.to_path_buf());
            }
        };
        match &e.body {
            Body::Model(t) => add(t),
            Body::Fields(fs) => fs.iter().for_each(|f| add(&f.ty)),
            Body::None | Body::Bytes(_) => {}
        }
        if let ResponseBody::Model(t) | ResponseBody::Collection(t) | ResponseBody::Delta(t) =
            &e.response
        {
            add(t);
        }
        keep.push((rel, source.clone(), e));
    }
    let skipped = routes::one_page_per_route(&mut keep, &mut out.findings);
    for s in &skipped {
        for &o in &s.owners {
            covered::merge_fields(&mut keep[o].2, &s.endpoint);
        }
    }
    let mut enums_by_version: BTreeMap<Version, BTreeMap<String, Vec<String>>> = BTreeMap::new();
    for (_, _, e) in &keep {
        if let Body::Fields(fs) = &e.body {
            enums_by_version
                .entry(e.version)
                .or_default()
                .extend(emit::enums(fs.iter()));
        }
    }
    let mut uses_models: BTreeMap<Version, bool> = BTreeMap::new();
    let mut dropped_by_version: BTreeMap<Version, BTreeSet<String>> = BTreeMap::new();
    let mut models_by_version: BTreeMap<Version, BTreeMap<String, models::Model>> = BTreeMap::new();
    let versions: BTreeSet<Version> = by_version
        .keys()
        .chain(enums_by_version.keys())
        .copied()
        .collect();
    for version in versions {
        let mut models = match by_version.get(&version) {
            Some(roots) => models::collect_models(roots.clone(), resources, &mut out.findings),
            None => BTreeMap::new(),
        };
        let mut enums = emit::enums(models.values().flat_map(|m| m.fields.iter()));
        enums.extend(enums_by_version.remove(&version).unwrap_or_default());
        // A page of an enumeration whose members the translation changed
        // reads as a model without fields; the values listed elsewhere win.
        models.retain(|name, m| {
            !(m.fields.is_empty() && m.base.is_none() && enums.contains_key(name))
        });
        if models.is_empty() && enums.is_empty() {
            continue;
        }
        let existing = merge_into.map_or_else(existing::Existing::default, |dir| {
            existing::models_of(dir, version.as_str(), &mut out.findings)
        });
        models.retain(|name, _| !existing.names.contains(name));
        if options.facts_only {
            models.values_mut().for_each(models::Model::keep_facts_only);
        }
        enums.retain(|name, _| !existing.names.contains(name));
        let (text, dropped) = models_check::checked_text(
            version.as_str(),
            &mut models,
            &mut enums,
            &existing.text,
            &mut out.findings,
        );
        dropped_by_version.insert(version, dropped);
        models_by_version.insert(version, models);
        uses_models.insert(version, true);
        out.files.insert(
            PathBuf::from("models").join(format!("{version}.toml")),
            text,
        );
    }
    let no_models = BTreeMap::new();
    let none_dropped = BTreeSet::new();
    for s in &skipped {
        let models = models_by_version
            .get(&s.endpoint.version)
            .unwrap_or(&no_models);
        for &o in &s.widens {
            covered::widen(&mut keep[o].2, &s.endpoint, models);
        }
    }
    for s in &skipped {
        let version = s.endpoint.version;
        let models = models_by_version.get(&version).unwrap_or(&no_models);
        let dropped = dropped_by_version.get(&version).unwrap_or(&none_dropped);
        report_skipped(s, &keep, models, dropped, &mut out.findings);
    }
    for (rel, source, mut e) in keep {
        if let Some(dropped) = dropped_by_version.get(&e.version) {
            leave_out_dropped(&mut e, dropped, &source, &mut out.findings);
        }
        let needs_models =
            uses_models.get(&e.version).copied().unwrap_or(false) && endpoint_uses_models(&e);
        let up = if options.by_area { "../../" } else { "../" };
        let models = needs_models.then(|| format!("{up}models/{}.toml", e.version));
        let text = emit::endpoint(&e, &source, models.as_deref());
        out.files.insert(rel.clone(), text);
        out.sources.insert(rel, (source, e.method_span.clone()));
    }
    out.imported = pages_with_a_spec(&out.sources);
}

/// The pages a spec is written from (a page may write several: its `$value`
/// routes, one per parent resource).
fn pages_with_a_spec(sources: &BTreeMap<PathBuf, (Arc<str>, std::ops::Range<usize>)>) -> usize {
    sources
        .values()
        .map(|(page, _)| page)
        .collect::<BTreeSet<_>>()
        .len()
}

/// Where an endpoint's spec goes in the output folder: `v1.0/message_send.toml`,
/// or with `by_area` `v1.0/outlook/message_send.toml`.
fn spec_path(e: &Endpoint, by_area: bool) -> PathBuf {
    let mut rel = PathBuf::from(e.version.as_str());
    if by_area {
        rel.push(area_folder(e.area.as_deref()));
    }
    rel.join(format!("{}.toml", e.stem))
}

/// A folder (and cargo feature) name for an `ms.prod` value: lower case
/// letters, digits and `-`, so it is the same on every file system.
pub fn area_folder(area: Option<&str>) -> String {
    let slug: String = area
        .unwrap_or("")
        .trim()
        .chars()
        .map(|c| match c.to_ascii_lowercase() {
            c @ ('a'..='z' | '0'..='9') => c,
            _ => '-',
        })
        .collect();
    let slug = slug.trim_matches('-');
    if slug.is_empty() || !slug.starts_with(|c: char| c.is_ascii_lowercase()) {
        "other".to_owned()
    } else {
        slug.to_owned()
    }
}

/// Takes off `e` the routes a spec of the output folder that stays (see
/// [`existing::kept_routes`]) serves, with a warning each, unless that spec
/// is `rel` itself (written beside it then). False when no path is left.
fn leave_kept_routes(
    e: &mut Endpoint,
    rel: &Path,
    kept: &HashMap<String, PathBuf>,
    source: &Arc<str>,
    findings: &mut Vec<Finding>,
) -> bool {
    let mut sink = Sink::new(source.clone(), Arc::from(""));
    e.paths.retain(|t| {
        let key = routes::route_key(e.version.as_str(), &e.method, &t.template);
        match kept.get(&key) {
            Some(by) if by != rel => {
                sink.warn(
                    format!(
                        "`{} {}` is served by `{}`, a spec of the output folder that stays; left out here",
                        e.method,
                        t.docs,
                        by.display()
                    ),
                    0..0,
                );
                false
            }
            _ => true,
        }
    });
    let left = !e.paths.is_empty();
    if !left {
        sink.warn(
            "page skipped: each of its routes is served by a spec of the output folder",
            0..0,
        );
    }
    findings.extend(sink.findings);
    left
}

/// The finding for a page none of whose routes is imported from it: covered
/// when the pages that import them describe what it sends and receives
/// (see [`covered`]), else a warning naming the type that is not.
fn report_skipped(
    s: &routes::Skipped,
    keep: &[(PathBuf, Arc<str>, Endpoint)],
    models: &BTreeMap<String, models::Model>,
    dropped: &BTreeSet<String>,
    findings: &mut Vec<Finding>,
) {
    let mut sink = Sink::new(s.source.clone(), Arc::from(""));
    let gap = s.owners.iter().find_map(|&o| {
        let (_, by, kept) = &keep[o];
        covered::gap(&s.endpoint, kept, models, dropped).map(|g| (by, g))
    });
    match gap {
        None => {
            sink.warn(
                "page skipped: each of its routes is imported from another page",
                0..0,
            );
        }
        Some((by, covered::Gap::Missing(own))) => {
            sink.warn(
                format!(
                    "page skipped: its routes are imported from `{by}`, and its type `{own}` is not in the models"
                ),
                0..0,
            );
        }
        Some((by, covered::Gap::Parameter(name))) => {
            sink.warn(
                format!(
                    "page skipped: its routes are imported from `{by}`, whose body has no parameter `{name}`"
                ),
                0..0,
            );
        }
        Some((by, covered::Gap::NotDerived { own, kept })) => {
            sink.warn(
                format!(
                    "page skipped: its routes are imported from `{by}`, whose `{kept}` is not a base of its `{own}`"
                ),
                0..0,
            );
        }
    }
    findings.extend(sink.findings);
}

/// Takes the types the models file had to leave out off an endpoint: body
/// fields of such a type go, a body or response of such a model becomes none.
fn leave_out_dropped(
    e: &mut Endpoint,
    dropped: &BTreeSet<String>,
    source: &Arc<str>,
    findings: &mut Vec<Finding>,
) {
    if dropped.is_empty() {
        return;
    }
    let mut sink = Sink::new(source.clone(), Arc::from(""));
    let mut note = |what: &str, ty: &ir::TypeRef| {
        sink.warn(
            format!(
                "{what} of type `{}` left out: that type is left out of the models",
                emit::type_name(ty)
            ),
            0..0,
        );
    };
    match &mut e.body {
        Body::Fields(fs) => fs.retain(|f| {
            let bad = models_check::uses_any(&f.ty, dropped);
            if bad {
                note(&format!("body field `{}`", f.name), &f.ty);
            }
            !bad
        }),
        Body::Model(t) if models_check::uses_any(t, dropped) => {
            note("request body", t);
            e.body = Body::None;
        }
        _ => {}
    }
    if e.body == Body::Fields(Vec::new()) {
        e.body = Body::None;
    }
    if let ResponseBody::Model(t) | ResponseBody::Collection(t) | ResponseBody::Delta(t) =
        &e.response
        && models_check::uses_any(t, dropped)
    {
        note("response body", t);
        e.response = ResponseBody::None;
    }
    findings.extend(sink.findings);
}

fn endpoint_uses_models(e: &Endpoint) -> bool {
    let non_prim = |t: &ir::TypeRef| {
        !matches!(t, ir::TypeRef::Prim(_))
            && !matches!(t, ir::TypeRef::List(i) if matches!(**i, ir::TypeRef::Prim(_)))
    };
    match (&e.body, &e.response) {
        (Body::Model(_), _)
        | (_, ResponseBody::Model(_) | ResponseBody::Collection(_) | ResponseBody::Delta(_)) => {
            true
        }
        (Body::Fields(fs), _) => fs.iter().any(|f| non_prim(&f.ty)),
        _ => false,
    }
}

/// Writes the imported files under `out_dir` (overwriting only files no one
/// edited since an import, see [`keep_edits`]) and checks every spec with
/// `graph-spec`. A spec it rejects is removed again and reported as an error
/// on its page, with graph-spec's diagnostics as help. Returns the findings.
pub fn write(import: &mut Import, out_dir: &Path) -> Vec<Finding> {
    write_with(import, out_dir, keep_edits::Overwrite::Unedited)
}

/// [`write()`], with the files it may overwrite.
pub fn write_with(
    import: &mut Import,
    out_dir: &Path,
    overwrite: keep_edits::Overwrite,
) -> Vec<Finding> {
    let mut findings = Vec::new();
    for (rel, text) in &import.files {
        let path = out_dir.join(rel);
        if let Some(dir) = path.parent()
            && let Err(e) = std::fs::create_dir_all(dir)
        {
            findings.push(io_finding(dir, &e));
            continue;
        }
        match keep_edits::write(&path, &keep_edits::stamped(text), overwrite) {
            Ok(keep_edits::Outcome::Written | keep_edits::Outcome::Unchanged) => {}
            Ok(keep_edits::Outcome::Beside(beside)) => {
                // The file checked below is the edited one: its problems
                // are its own, not the page's, and it is never removed.
                import.sources.remove(rel);
                let mut sink = Sink::new(path.to_string_lossy().into(), Arc::from(""));
                let f = sink.warn(
                    format!(
                        "`{}` was edited since it was imported (or was not imported): it is left as it is, and the new import is written to `{}`",
                        path.display(),
                        beside.display()
                    ),
                    0..0,
                );
                f.help.push(format!(
                    "merge what you need from `{}` into the file and delete it, or import again with `--force` to overwrite the file",
                    beside.display()
                ));
                findings.extend(sink.findings);
            }
            Err(e) => findings.push(io_finding(&path, &e)),
        }
    }
    // Every spec is checked once, together with the others and the models
    // file, as `graph-gen check` on the output folder does: loading specs one
    // by one would read the version's models file once per spec. A rejected
    // spec is removed and the rest checked again, so what stays is accepted
    // as a set (a spec that repeats another's route is the one rejected).
    let by_display: HashMap<String, PathBuf> = import
        .sources
        .keys()
        .map(|rel| {
            (
                out_dir.join(rel).to_string_lossy().into_owned(),
                rel.clone(),
            )
        })
        .collect();
    let mut reported_models: BTreeSet<String> = BTreeSet::new();
    for _ in 0..CHECK_ROUNDS {
        if import.sources.is_empty() {
            break;
        }
        // The whole folder: imported specs must check together with the
        // specs that were there (the bundled family an import merges into).
        let found = graph_spec::project::find_specs(&[out_dir]).unwrap_or_else(|_| {
            graph_spec::project::SpecFiles {
                requested: vec![out_dir.to_path_buf()],
                files: import.files.keys().map(|rel| out_dir.join(rel)).collect(),
                dirs: Vec::new(),
            }
        });
        let list = match graph_spec::project::load(&found) {
            Ok(_) => break,
            Err(graph_spec::project::ProjectError::Specs(list)) => list,
            Err(e) => {
                let mut sink = Sink::new(out_dir.to_string_lossy().into(), Arc::from(""));
                sink.error(format!("checking the imported specs: {e}"), 0..0);
                findings.extend(sink.findings);
                break;
            }
        };
        let mut rejected = Vec::new();
        for diags in &list {
            let display = diags.files.first().map_or("", |f| f.path.as_str());
            let Some(rel) = by_display.get(display) else {
                if reported_models.insert(display.to_owned()) {
                    let mut sink = Sink::new(Arc::from(display), Arc::from(""));
                    let f = sink.error(
                        format!(
                            "graph-spec rejects `{display}` ({} problems)",
                            diags.items.len()
                        ),
                        0..0,
                    );
                    for d in &diags.items {
                        f.help.push(format!("{}: {}", diags.location(d), d.message));
                    }
                    findings.extend(sink.findings);
                }
                continue;
            };
            let Some((source, span)) = import.sources.get(rel) else {
                continue;
            };
            let page_text: Arc<str> = std::fs::read_to_string(&**source)
                .map(Arc::from)
                .unwrap_or_else(|_| Arc::from(""));
            let mut sink = Sink::new(source.clone(), page_text);
            let f = sink
                .error(
                    format!(
                        "the spec imported from this page is rejected by graph-spec ({} problems)",
                        diags.items.len()
                    ),
                    span.clone(),
                )
                .with_label("imported from here");
            for d in &diags.items {
                f.help.push(format!("{}: {}", diags.location(d), d.message));
            }
            findings.extend(sink.findings);
            rejected.push(rel.clone());
        }
        if rejected.is_empty() {
            break;
        }
        for rel in rejected {
            let _ = std::fs::remove_file(out_dir.join(&rel));
            import.files.remove(&rel);
            import.sources.remove(&rel);
        }
        import.imported = pages_with_a_spec(&import.sources);
    }
    findings
}
