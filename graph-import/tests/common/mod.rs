//! Shared test helpers: where the docs are, importing into a fresh folder,
//! and the comparable shape of a spec.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use graph_spec::model::{Body, EndpointSpec};

/// The repository root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The shared corpus (`../shared/graph-docs` beside the repository), if present.
pub fn corpus() -> Option<PathBuf> {
    let dir = root().join("../shared/graph-docs");
    dir.join("en-US/api-reference").is_dir().then_some(dir)
}

/// The committed fixtures.
pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// The English pages: the corpus when present, else the fixtures.
pub fn en_us() -> PathBuf {
    corpus().unwrap_or_else(fixtures).join("en-US")
}

/// A fresh, empty folder under cargo's per-test temp dir.
pub fn fresh_dir(name: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!(
        "{name}-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create temp dir");
    dir
}

/// Imports `paths` into a fresh folder; panics with the findings on any error.
pub fn import_ok(
    paths: &[PathBuf],
    options: &graph_import::Options,
    name: &str,
) -> (PathBuf, graph_import::Import) {
    let (out, import, _) = import_with_findings(paths, options, name);
    (out, import)
}

/// [`import_ok`], also giving every finding of the import and the write.
pub fn import_with_findings(
    paths: &[PathBuf],
    options: &graph_import::Options,
    name: &str,
) -> (PathBuf, graph_import::Import, Vec<graph_import::Finding>) {
    let out = fresh_dir(name);
    let mut import = graph_import::import(paths, options);
    let mut findings = std::mem::take(&mut import.findings);
    findings.extend(graph_import::write(&mut import, &out));
    let errors: Vec<String> = findings
        .iter()
        .filter(|f| f.severity == graph_import::Severity::Error)
        .map(|f| f.to_string())
        .collect();
    assert!(errors.is_empty(), "{}", errors.join("\n\n"));
    (out, import, findings)
}

/// Loads a spec file with graph-spec.
pub fn load(path: &Path) -> graph_spec::CheckedSpec {
    graph_spec::load_file(path, &path.to_string_lossy()).unwrap_or_else(|e| panic!("{e}"))
}

/// What a round trip compares: method, paths (placeholders by position, with
/// the docs' spelling), permissions, headers, query, status and bodies.
/// Names the importer chooses itself (variant and parameter names, type
/// name, descriptions) are left out.
#[derive(Debug, PartialEq, Eq)]
pub struct Shape {
    pub method: String,
    pub paths: Vec<String>,
    pub permissions: Vec<Option<Vec<String>>>,
    /// `resource` and `other_users`.
    pub other_users: (Option<String>, Vec<String>),
    pub headers: Vec<(String, String, bool)>,
    pub query: Vec<(String, String)>,
    pub request: String,
    pub status: u16,
    pub response: String,
}

/// `{name}` -> `{}`.
pub fn erase_placeholders(s: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in s.chars() {
        match c {
            '{' => {
                depth += 1;
                out.push('{');
            }
            '}' => {
                depth -= 1;
                out.push('}');
            }
            _ if depth > 0 => {}
            c => out.push(c),
        }
    }
    out
}

fn body(b: &Body) -> String {
    match b {
        Body::None => "none".into(),
        Body::Model(m) => format!("model {}", m.value),
        Body::Collection(m) => format!("collection {}", m.value),
        Body::Delta(m) => format!("delta {}", m.value),
        Body::Bytes(media) => format!("bytes {}", media.value),
        Body::Fields(fields) => {
            let mut f: Vec<String> = fields
                .iter()
                .map(|f| {
                    format!(
                        "{}: {}{}{}",
                        f.json_name.value,
                        f.ty.value.spec_name(),
                        if f.required { " required" } else { "" },
                        f.default
                            .as_ref()
                            .map_or(String::new(), |d| format!(" default {:?}", d.value))
                    )
                })
                .collect();
            f.sort();
            format!("fields {}", f.join(", "))
        }
    }
}

/// The comparable shape of a spec.
pub fn shape(spec: &EndpointSpec) -> Shape {
    let mut paths: Vec<String> = spec
        .paths
        .iter()
        .map(|p| {
            let docs: Vec<String> = p
                .template
                .value
                .split('/')
                .map(
                    |seg| match seg.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                        Some(name) => {
                            let param = spec.params.iter().find(|x| x.name.value == name);
                            format!(
                                "{{{}}}",
                                param
                                    .and_then(|x| x.docs_name.as_ref())
                                    .map_or("?".to_owned(), |d| d.value.clone())
                            )
                        }
                        None => seg.to_owned(),
                    },
                )
                .collect();
            docs.join("/")
        })
        .collect();
    paths.sort();
    let permissions = spec
        .permissions
        .iter()
        .map(|p| {
            p.names
                .as_ref()
                .map(|n| n.iter().map(|x| x.value.clone()).collect())
        })
        .collect();
    let mut headers: Vec<(String, String, bool)> = spec
        .headers
        .iter()
        .map(|h| {
            (
                h.name.value.to_ascii_lowercase(),
                erase_placeholders(&h.value.value),
                h.required.value,
            )
        })
        .collect();
    headers.sort();
    let mut query: Vec<(String, String)> = spec
        .query
        .iter()
        .map(|q| (q.wire_name.value.clone(), q.ty.value.spec_name()))
        .collect();
    query.sort();
    Shape {
        method: spec.method.value.as_str().to_owned(),
        paths,
        permissions,
        other_users: (
            spec.resource.as_ref().map(|r| r.value.clone()),
            spec.other_users.iter().map(|p| p.value.clone()).collect(),
        ),
        headers,
        query,
        request: body(&spec.request_body.value),
        status: spec.response.status.value,
        response: body(&spec.response.body.value),
    }
}
