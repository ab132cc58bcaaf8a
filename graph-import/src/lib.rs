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
//! An import runs in four stages, one pass each: reading (`read.rs`: every
//! page the run needs, API pages, their permission includes and the
//! resource pages they reach, from disk once), analysing each API page into
//! endpoints against what was read (`api`, no I/O; lint shares this walk),
//! resolving types over the endpoints (`resolve.rs`: which endpoint goes
//! where, models, enums, bases), and emitting the texts (`emit.rs`, through
//! `graph_spec::write`).
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
mod resolve;
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
    let resolved = resolve::resolve(&out.endpoints, &resources, options, &mut out.findings);
    emit_all(&mut out, resolved, options);
    out
}

/// The emitting stage: the spec and models texts of what was resolved.
fn emit_all(out: &mut Import, resolved: resolve::Resolved, options: &Options) {
    for (version, text) in resolved.models.iter() {
        out.files.insert(
            PathBuf::from("models").join(format!("{version}.toml")),
            text.clone(),
        );
    }
    for (rel, source, e) in resolved.specs {
        let needs_models = resolved.models.contains_key(&e.version) && endpoint_uses_models(&e);
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
