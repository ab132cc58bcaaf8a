//! The type-resolving stage, over the endpoints the analysis read: which
//! endpoint is written where (one page per spec path and route), the models
//! and enums of each version (from the resource pages already read), and
//! what those mean for the endpoints (a type left out of the models is left
//! out of the endpoints that use it). No I/O on the docs; only the output
//! folder is read when the import merges into it.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use graph_spec::model::Version;

use crate::ir::{self, Body, Endpoint, ResponseBody};
use crate::models::Model;
use crate::report::{Finding, Sink};
use crate::resource::Resources;
use crate::{Options, area_folder, covered, emit, existing, models, models_check, routes};

/// An endpoint to write: its spec path, its page (as displayed), itself.
type Spec = (PathBuf, Arc<str>, Endpoint);

/// What the emitting stage writes.
pub struct Resolved {
    /// Each spec: its path in the output folder, its page (as displayed)
    /// and its endpoint, in page order.
    pub specs: Vec<Spec>,
    /// The checked models-file text of each version that has models.
    pub models: BTreeMap<Version, String>,
}

/// The models of one version.
struct VersionTypes {
    models: BTreeMap<String, Model>,
    /// Types left out because graph-spec rejects them.
    dropped: BTreeSet<String>,
    text: String,
}

/// The endpoints to write, and the models they need. Findings in the order
/// the steps make them: endpoints left out, then each version's models,
/// then what the models mean for the endpoints.
pub fn resolve(
    endpoints: &[(Arc<str>, Endpoint)],
    resources: &Resources,
    options: &Options,
    findings: &mut Vec<Finding>,
) -> Resolved {
    let (mut keep, roots) = choose(endpoints, options, findings);
    let skipped = routes::one_page_per_route(&mut keep, findings);
    for s in &skipped {
        for &o in &s.owners {
            covered::merge_fields(&mut keep[o].2, &s.endpoint);
        }
    }
    let types = resolve_types(&keep, &roots, resources, options, findings);
    let no_models = BTreeMap::new();
    let none_dropped = BTreeSet::new();
    for s in &skipped {
        let models = types
            .get(&s.endpoint.version)
            .map_or(&no_models, |t| &t.models);
        for &o in &s.widens {
            covered::widen(&mut keep[o].2, &s.endpoint, models);
        }
    }
    for s in &skipped {
        let t = types.get(&s.endpoint.version);
        let models = t.map_or(&no_models, |t| &t.models);
        let dropped = t.map_or(&none_dropped, |t| &t.dropped);
        report_skipped(s, &keep, models, dropped, findings);
    }
    for (_, source, e) in &mut keep {
        if let Some(t) = types.get(&e.version) {
            leave_out_dropped(e, &t.dropped, source, findings);
        }
    }
    Resolved {
        specs: keep,
        models: types.into_iter().map(|(v, t)| (v, t.text)).collect(),
    }
}

/// The endpoints that get a spec path of their own (another locale of the
/// same endpoint does not) and keep a route (routes served by a spec of the
/// output folder that stays are left out), with the model pages their
/// bodies and responses name, by version.
fn choose(
    endpoints: &[(Arc<str>, Endpoint)],
    options: &Options,
    findings: &mut Vec<Finding>,
) -> (Vec<Spec>, BTreeMap<Version, Vec<PathBuf>>) {
    let mut roots: BTreeMap<Version, Vec<PathBuf>> = BTreeMap::new();
    let mut taken: BTreeMap<PathBuf, Arc<str>> = BTreeMap::new();
    let mut keep = Vec::new();
    let mut kept_routes: BTreeMap<Version, HashMap<String, PathBuf>> = BTreeMap::new();
    for (source, e) in endpoints {
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
            findings.extend(sink.findings);
            continue;
        }
        taken.insert(rel.clone(), source.clone());
        let mut e = e.clone();
        if options.facts_only {
            e.keep_facts_only();
        }
        if let Some(dir) = options.merge_into.as_deref() {
            let kept = kept_routes
                .entry(e.version)
                .or_insert_with(|| existing::kept_routes(dir, e.version));
            if !leave_kept_routes(&mut e, &rel, kept, source, findings) {
                continue;
            }
        }
        let version_roots = roots.entry(e.version).or_default();
        let mut add = |t: &ir::TypeRef| {
            if let Some(p) = models::model_page(t) {
                version_roots.push(p.to_path_buf());
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
    (keep, roots)
}

/// Each version's models (reachable from `roots`) and enums (of body
/// fields and model fields), less what the output folder's models files
/// define already, checked with graph-spec.
fn resolve_types(
    keep: &[Spec],
    roots: &BTreeMap<Version, Vec<PathBuf>>,
    resources: &Resources,
    options: &Options,
    findings: &mut Vec<Finding>,
) -> BTreeMap<Version, VersionTypes> {
    let mut enums_by_version: BTreeMap<Version, BTreeMap<String, Vec<String>>> = BTreeMap::new();
    for (_, _, e) in keep {
        if let Body::Fields(fs) = &e.body {
            enums_by_version
                .entry(e.version)
                .or_default()
                .extend(emit::enums(fs.iter()));
        }
    }
    let versions: BTreeSet<Version> = roots
        .keys()
        .chain(enums_by_version.keys())
        .copied()
        .collect();
    let mut out = BTreeMap::new();
    for version in versions {
        let mut models = match roots.get(&version) {
            Some(roots) => models::collect_models(roots.clone(), resources, findings),
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
        let existing = options
            .merge_into
            .as_deref()
            .map_or_else(existing::Existing::default, |dir| {
                existing::models_of(dir, version.as_str(), findings)
            });
        models.retain(|name, _| !existing.names.contains(name));
        if options.facts_only {
            models.values_mut().for_each(Model::keep_facts_only);
        }
        enums.retain(|name, _| !existing.names.contains(name));
        let (text, dropped) = models_check::checked_text(
            version.as_str(),
            &mut models,
            &mut enums,
            &existing.text,
            findings,
        );
        out.insert(
            version,
            VersionTypes {
                models,
                dropped,
                text,
            },
        );
    }
    out
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
