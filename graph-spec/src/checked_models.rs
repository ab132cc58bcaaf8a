//! A models file loaded and checked once, whatever number of specs use it.
//!
//! Its problems are kept with the type each belongs to, and every type that
//! has a problem or reaches one (through any field, at any depth) is marked,
//! so a spec is affected only when a type it uses is: a project reports each
//! problem of a models file once, at the model, and each affected spec with
//! one line that names the type; a spec loaded alone gets the problems of the
//! types it reaches.

use std::collections::HashSet;
use std::sync::Arc;

use crate::diagnostic::{Diagnostic, Diagnostics, Sink};
use crate::model::{Body, EndpointSpec, ModelSet, Sp};

/// A checked models file.
#[derive(Debug)]
pub(crate) struct CheckedModels {
    /// The path shown in diagnostics.
    pub display: String,
    source: String,
    /// The types, shared by every spec that uses them.
    pub set: Arc<ModelSet>,
    /// Every problem of the file, with the type it belongs to (`None`: the
    /// file as a whole, e.g. a TOML syntax error).
    problems: Vec<(Option<String>, Diagnostic)>,
    /// Types with a problem, or that reach one.
    bad: HashSet<String>,
    /// A problem no type owns: every type is suspect.
    whole_file: bool,
}

impl CheckedModels {
    /// Reads and checks `source`, the models file `display`.
    pub(crate) fn load(source: String, display: String) -> Self {
        let mut sink = Sink::new(&display, &source);
        let set = crate::read_models(&source, &mut sink);
        let items = match sink.finish() {
            Ok(()) => Vec::new(),
            Err(d) => d.items,
        };
        let extents = extents(&set);
        let mut problems = Vec::with_capacity(items.len());
        let mut whole_file = false;
        let mut bad = HashSet::new();
        for d in items {
            let owner = owner(&extents, d.span.start);
            match &owner {
                Some(name) => {
                    bad.insert(name.clone());
                }
                None => whole_file = true,
            }
            problems.push((owner, d));
        }
        spread_to_users(&set, &mut bad);
        CheckedModels {
            display,
            source,
            set: Arc::new(set),
            problems,
            bad,
            whole_file,
        }
    }

    /// Every problem of the file, reported once; `None` when it checks.
    pub(crate) fn diagnostics(&self) -> Option<Diagnostics> {
        (!self.problems.is_empty()).then(|| {
            let items = self.problems.iter().map(|(_, d)| d.clone()).collect();
            Diagnostics::single(&self.display, &self.source, items)
        })
    }

    /// The types `spec` names directly (bodies, responses, fields) that have
    /// a problem or reach one, with where the spec names them.
    pub(crate) fn affected<'s>(
        &self,
        spec: &'s EndpointSpec,
    ) -> Vec<(&'s str, std::ops::Range<usize>)> {
        let mut out = Vec::new();
        for (name, span) in referenced(spec) {
            let name: &'s str = name;
            if (self.whole_file && self.set.defines(name)) || self.bad.contains(name) {
                out.push((name, span));
            }
        }
        out
    }

    /// For a spec loaded on its own: the problems of the types it reaches
    /// (and of the file as a whole), reported in the models file.
    pub(crate) fn report_reached(&self, spec: &EndpointSpec, sink: &mut Sink) {
        let affected = self.affected(spec);
        let whole_file = self.whole_file && !self.problems.is_empty();
        if affected.is_empty() && !whole_file {
            return;
        }
        let reached = reach(&self.set, affected.iter().map(|(n, _)| *n));
        let file = sink.add_file(&self.display, &self.source);
        let spec_file = sink.enter(file);
        for (owner, d) in &self.problems {
            if owner.as_ref().is_none_or(|o| reached.contains(o.as_str())) {
                sink.error(d.clone());
            }
        }
        sink.enter(spec_file);
    }
}

/// One line at each place `spec` names a type with problems, pointing to
/// the models file where they are reported.
pub(crate) fn report_affected(models: &CheckedModels, spec: &EndpointSpec, sink: &mut Sink) {
    for (name, span) in models.affected(spec) {
        sink.error(
            Diagnostic::new(
                format!(
                    "`{name}` cannot be used: it has problems in `{}`",
                    models.display
                ),
                span,
            )
            .label("a type with problems, or one that uses such a type")
            .help(format!(
                "the problems are reported at the types in `{}`",
                models.display
            )),
        );
    }
}

/// Each type's byte range in the file: from its name to the last span of
/// its description, fields or values; sorted by start.
fn extents(set: &ModelSet) -> Vec<(usize, usize, String)> {
    let mut out = Vec::with_capacity(set.models.len() + set.enums.len());
    for m in &set.models {
        let mut end = m.name.span.end;
        if let Some(b) = &m.base {
            end = end.max(b.span.end);
        }
        for f in m.own_fields() {
            end = end.max(f.json_name.span.end).max(f.ty.span.end);
            if let Some(d) = &f.description {
                end = end.max(d.span.end);
            }
        }
        if let Some(d) = &m.description {
            end = end.max(d.span.end);
        }
        out.push((m.name.span.start, end, m.name.value.clone()));
    }
    for e in &set.enums {
        let mut end = e.name.span.end;
        for v in &e.values {
            end = end.max(v.span.end);
        }
        if let Some(d) = &e.description {
            end = end.max(d.span.end);
        }
        out.push((e.name.span.start, end, e.name.value.clone()));
    }
    out.sort_by_key(|&(start, end, _)| (start, end));
    out
}

/// The type whose extent holds `at`: the last that starts at or before it
/// and ends after it (a binary search; extents do not overlap in a file
/// written a table per type).
fn owner(extents: &[(usize, usize, String)], at: usize) -> Option<String> {
    let i = extents.partition_point(|&(start, _, _)| start <= at);
    let (start, end, name) = extents.get(i.checked_sub(1)?)?;
    (*start <= at && at <= *end).then(|| name.clone())
}

/// Marks every model that reaches a marked type, through any field: each
/// edge is followed once, backwards.
fn spread_to_users(set: &ModelSet, bad: &mut HashSet<String>) {
    let facts = set.facts();
    let mut users: Vec<Vec<usize>> = vec![Vec::new(); set.models.len()];
    let mut queue: Vec<String> = bad.iter().cloned().collect();
    let mut enum_users: std::collections::HashMap<&str, Vec<usize>> = Default::default();
    for (i, m) in set.models.iter().enumerate() {
        for f in &m.fields {
            let Some(name) = f.ty.value.named() else {
                continue;
            };
            match facts.model(name) {
                Some(t) => users[t].push(i),
                None => enum_users.entry(name).or_default().push(i),
            }
        }
    }
    while let Some(name) = queue.pop() {
        let using = match facts.model(&name) {
            Some(t) => users[t].as_slice(),
            None => enum_users.get(name.as_str()).map_or(&[][..], Vec::as_slice),
        };
        for &u in using {
            let user = &set.models[u].name.value;
            if bad.insert(user.clone()) {
                queue.push(user.clone());
            }
        }
    }
}

/// The types reachable from `from` through any field.
pub(crate) fn reach<'m, 'a>(
    set: &'m ModelSet,
    from: impl Iterator<Item = &'a str>,
) -> HashSet<&'m str> {
    let mut seen: HashSet<&str> = HashSet::new();
    let mut queue: Vec<&str> = Vec::new();
    for name in from {
        if let Some(m) = set.model(name) {
            if seen.insert(m.name.value.as_str()) {
                queue.push(m.name.value.as_str());
            }
        } else if let Some(e) = set.enum_def(name) {
            seen.insert(e.name.value.as_str());
        }
    }
    while let Some(name) = queue.pop() {
        let Some(m) = set.model(name) else { continue };
        for f in &m.fields {
            let Some(target) = f.ty.value.named() else {
                continue;
            };
            if let Some(t) = set.model(target) {
                if seen.insert(t.name.value.as_str()) {
                    queue.push(t.name.value.as_str());
                }
            } else if let Some(e) = set.enum_def(target) {
                seen.insert(e.name.value.as_str());
            }
        }
    }
    seen
}

/// The types a spec names directly, with the spans that name them.
pub(crate) fn referenced<'s>(spec: &'s EndpointSpec) -> Vec<(&'s str, std::ops::Range<usize>)> {
    let mut out = Vec::new();
    let mut body = |b: &'s Sp<Body>| match &b.value {
        Body::None | Body::Bytes(_) => {}
        Body::Model(n) | Body::Collection(n) | Body::Delta(n) => {
            out.push((n.value.as_str(), n.span.clone()))
        }
        Body::Fields(fields) => {
            for f in fields {
                if let Some(name) = f.ty.value.named() {
                    out.push((name, f.ty.span.clone()));
                }
            }
        }
    };
    body(&spec.request_body);
    body(&spec.response.body);
    for a in &spec.response.alternatives {
        body(&a.body);
    }
    out
}
