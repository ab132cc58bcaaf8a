//! Keeping of each version's models only what its endpoints reach.
//!
//! A crate generated from a whole docs tree compiles only the endpoints a
//! user picked; the models file they share holds every type of the tree.
//! Pruning keeps the types the picked endpoints name (bodies, responses,
//! query parameters), and what those reach in turn: field types, array
//! items, and every base type up the chain (`DerivedFrom` names them).
//! Linear in the models: each type is visited once, with a worklist.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use super::{LoadedSpec, Project};
use crate::model::{Body, EndpointSpec, Field, ModelSet, TypeRef};

impl Project {
    /// Replaces the models of the specs with only the types they reach
    /// (see the module docs). Specs that shared a models file share the
    /// pruned set, so each version module still holds each type once.
    pub fn prune_models(&mut self) {
        // Specs grouped by the models set they share (by pointer, as loading
        // shares one `Arc` per models file).
        let mut groups: HashMap<*const ModelSet, Vec<usize>> = HashMap::new();
        for (i, s) in self.specs.iter().enumerate() {
            if s.spec.models_file.is_some() {
                groups
                    .entry(Arc::as_ptr(&s.spec.models))
                    .or_default()
                    .push(i);
            }
        }
        for members in groups.into_values() {
            let set = Arc::clone(&self.specs[members[0]].spec.models);
            let roots = members.iter().flat_map(|&i| named_types(&self.specs[i]));
            let pruned = Arc::new(reachable(&set, roots));
            for i in members {
                self.specs[i].spec.set_models(Arc::clone(&pruned));
            }
        }
    }
}

/// The model and enum names an endpoint's generated code mentions.
fn named_types(s: &LoadedSpec) -> Vec<String> {
    let spec: &EndpointSpec = &s.spec;
    let mut out = Vec::new();
    let bodies = std::iter::once(&spec.request_body.value)
        .chain(std::iter::once(&spec.response.body.value))
        .chain(spec.response.alternatives.iter().map(|a| &a.body.value));
    for body in bodies {
        match body {
            Body::Model(m) | Body::Collection(m) | Body::Delta(m) => out.push(m.value.clone()),
            Body::Fields(fields) => out.extend(fields.iter().filter_map(field_type)),
            Body::None | Body::Bytes(_) => {}
        }
    }
    out.extend(spec.query.iter().filter_map(|q| named(&q.ty.value)));
    out
}

fn field_type(f: &Field) -> Option<String> {
    named(&f.ty.value)
}

/// The model or enum a type names, through any depth of arrays.
fn named(t: &TypeRef) -> Option<String> {
    let mut t = t;
    while let TypeRef::Array(inner) = t {
        t = inner;
    }
    match t {
        TypeRef::Named(n) => Some(n.clone()),
        _ => None,
    }
}

/// The types of `set` that `roots` reach, in the set's order.
fn reachable(set: &ModelSet, roots: impl IntoIterator<Item = String>) -> ModelSet {
    let mut seen: HashSet<String> = HashSet::new();
    let mut work: Vec<String> = roots.into_iter().collect();
    while let Some(name) = work.pop() {
        if !seen.insert(name.clone()) {
            continue;
        }
        if let Some(m) = set.model(&name) {
            work.extend(m.fields.iter().filter_map(field_type));
            work.extend(m.base.iter().map(|b| b.value.clone()));
        }
    }
    let models = set
        .models
        .iter()
        .filter(|m| seen.contains(&m.name.value))
        .cloned()
        .collect();
    let enums = set
        .enums
        .iter()
        .filter(|e| seen.contains(&e.name.value))
        .cloned()
        .collect();
    ModelSet::new(models, enums)
}
