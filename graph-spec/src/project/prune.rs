//! Keeping of each version's models only what its endpoints reach.
//!
//! A crate generated from a whole docs tree compiles only the endpoints a
//! user picked; the models file they share holds every type of the tree.
//! Pruning keeps the types the picked endpoints name (bodies, responses,
//! query parameters), and what those reach in turn: field types, array
//! items, and every base type up the chain (`DerivedFrom` names them).
//! Linear in the models: each type is visited once, with a worklist.

use std::collections::HashMap;
use std::sync::Arc;

use super::{LoadedSpec, Project};
use crate::checked_models::{reach, referenced};
use crate::model::{EndpointSpec, ModelSet};

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
            let specs = &self.specs;
            let roots = members.iter().flat_map(|&i| named_types(&specs[i]));
            let pruned = Arc::new(reachable(&set, roots));
            for i in members {
                self.specs[i].spec.set_models(Arc::clone(&pruned));
            }
        }
    }
}

/// The model and enum names an endpoint's generated code mentions: what the
/// checks find it naming (bodies and responses), and its query parameters' types.
fn named_types(s: &LoadedSpec) -> impl Iterator<Item = &str> {
    let spec: &EndpointSpec = &s.spec;
    let bodies = referenced(spec).into_iter().map(|(name, _)| name);
    bodies.chain(spec.query.iter().filter_map(|q| q.ty.value.named()))
}

/// The types of `set` that `roots` reach, with every base up their chains,
/// in the set's order.
fn reachable<'a>(set: &ModelSet, roots: impl Iterator<Item = &'a str>) -> ModelSet {
    let mut keep = reach(set, roots);
    // A derived model holds its bases' fields already, so a base adds no
    // field type; it is kept for the `DerivedFrom` impls that name it.
    let reached: Vec<&str> = keep.iter().copied().collect();
    for name in reached {
        let mut at = set.model(name).and_then(|m| m.base.as_ref());
        // A loop of bases (reported by the checks) ends the walk.
        for _ in 0..set.models.len() {
            let Some(base) = at.and_then(|b| set.model(&b.value)) else {
                break;
            };
            if !keep.insert(base.name.value.as_str()) {
                break;
            }
            at = base.base.as_ref();
        }
    }
    let models = set
        .models
        .iter()
        .filter(|m| keep.contains(m.name.value.as_str()))
        .cloned()
        .collect();
    let enums = set
        .enums
        .iter()
        .filter(|e| keep.contains(e.name.value.as_str()))
        .cloned()
        .collect();
    ModelSet::new(models, enums)
}
