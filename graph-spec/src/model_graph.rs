//! What the models of a set (a models file) say about each other, worked out once
//! and in time linear in the set: a name index, the strongly connected groups
//! of models that contain each other, which fields need a `Box`, and which
//! models can derive `Default`. A leaf (it depends only on the model), so the
//! checks and the generator agree without walking the models again.
//!
//! Nothing here recurses: model chains are as deep as the input makes them.

use std::collections::{HashMap, HashSet};

use crate::schema::{EnumDef, Field, ModelDef, TypeRef};

/// The models and enums of a set, as the facts are worked out from them.
#[derive(Clone, Copy)]
struct Types<'a> {
    models: &'a [ModelDef],
    enums: &'a [EnumDef],
}

/// A field's place: `(model index, field index)` in the set's models.
pub(crate) type FieldAt = (usize, usize);

/// Facts about a model set, for lookups without linear scans.
#[derive(Debug, Clone, Default)]
pub(crate) struct ModelFacts {
    models: HashMap<String, usize>,
    /// Enum names with their values.
    enums: HashMap<String, HashSet<String>>,
    /// Enum names with their index in the set.
    enum_at: HashMap<String, usize>,
    /// Every model and enum name, in file order (models first).
    names: Vec<String>,
    /// Per model, whether every required field has a `Default` (enums do not).
    defaultable: Vec<bool>,
    /// Per model, whether it can derive `Eq`: no `double` anywhere in it,
    /// through any depth of models and arrays.
    eq: Vec<bool>,
    /// Optional fields that close a containment cycle: rendered `Option<Box<T>>`.
    boxed: HashSet<FieldAt>,
    /// Required fields on a cycle of required fields: a value of such a
    /// model would be infinite, so the checks reject them.
    required_cycles: Vec<FieldAt>,
}

/// The model a field holds directly (not through an array, which already
/// is an indirection): a containment edge.
fn direct_model(field: &Field, models: &HashMap<String, usize>) -> Option<usize> {
    match &field.ty.value {
        TypeRef::Named(n) => models.get(n.as_str()).copied(),
        _ => None,
    }
}

impl ModelFacts {
    /// Works out the facts of `set`.
    pub(crate) fn of(models: &[ModelDef], enums: &[EnumDef]) -> Self {
        let set = Types { models, enums };
        let mut models = HashMap::with_capacity(set.models.len());
        for (i, m) in set.models.iter().enumerate() {
            // The first definition wins; duplicates are reported by the checks.
            models.entry(m.name.value.clone()).or_insert(i);
        }
        let enums = set
            .enums
            .iter()
            .map(|e| {
                let values = e.values.iter().map(|v| v.value.clone()).collect();
                (e.name.value.clone(), values)
            })
            .collect();
        let mut enum_at = HashMap::with_capacity(set.enums.len());
        for (i, e) in set.enums.iter().enumerate() {
            enum_at.entry(e.name.value.clone()).or_insert(i);
        }
        let names = set
            .models
            .iter()
            .map(|m| m.name.value.clone())
            .chain(set.enums.iter().map(|e| e.name.value.clone()))
            .collect();
        let all_edges: Vec<Vec<usize>> = set
            .models
            .iter()
            .map(|m| {
                m.fields
                    .iter()
                    .filter_map(|f| direct_model(f, &models))
                    .collect()
            })
            .collect();
        let required_edges: Vec<Vec<usize>> = set
            .models
            .iter()
            .map(|m| {
                m.fields
                    .iter()
                    .filter(|f| f.required)
                    .filter_map(|f| direct_model(f, &models))
                    .collect()
            })
            .collect();
        let all_groups = components(&all_edges);
        let required_groups = components(&required_edges);
        let mut boxed = HashSet::new();
        let mut required_cycles = Vec::new();
        for (i, m) in set.models.iter().enumerate() {
            for (j, f) in m.fields.iter().enumerate() {
                let Some(target) = direct_model(f, &models) else {
                    continue;
                };
                if f.required && required_groups[target] == required_groups[i] {
                    required_cycles.push((i, j));
                } else if !f.required && all_groups[target] == all_groups[i] {
                    boxed.insert((i, j));
                }
            }
        }
        let mut facts = ModelFacts {
            models,
            enums,
            enum_at,
            names,
            defaultable: Vec::new(),
            eq: Vec::new(),
            boxed,
            required_cycles,
        };
        facts.defaultable = facts.defaultable_models(set, &required_edges);
        facts.eq = facts.eq_models(set);
        facts
    }

    /// The index of the model named `name`.
    pub(crate) fn model(&self, name: &str) -> Option<usize> {
        self.models.get(name).copied()
    }

    /// The index of the enum named `name`.
    pub(crate) fn enum_index(&self, name: &str) -> Option<usize> {
        self.enum_at.get(name).copied()
    }

    /// Whether `name` is an enum of the set.
    pub(crate) fn is_enum(&self, name: &str) -> bool {
        self.enums.contains_key(name)
    }

    /// Whether `name` is an enum of the set with the member `value`.
    pub(crate) fn enum_has(&self, name: &str, value: &str) -> bool {
        self.enums
            .get(name)
            .is_some_and(|values| values.contains(value))
    }

    /// Whether `name` is a model or an enum of the set.
    pub(crate) fn defines(&self, name: &str) -> bool {
        self.models.contains_key(name) || self.enums.contains_key(name)
    }

    /// How many models and enums the set defines.
    pub(crate) fn count(&self) -> usize {
        self.names.len()
    }

    /// Every model and enum name, models first, in file order.
    pub(crate) fn names(&self) -> Vec<&str> {
        self.names.iter().map(String::as_str).collect()
    }

    /// Whether the optional field at `at` is rendered `Option<Box<T>>`.
    pub(crate) fn is_boxed(&self, at: FieldAt) -> bool {
        self.boxed.contains(&at)
    }

    /// Required fields on a cycle of required fields.
    pub(crate) fn required_cycles(&self) -> &[FieldAt] {
        &self.required_cycles
    }

    /// Whether a struct with `fields` can derive `Eq`: none holds a
    /// `double`, directly, in an array or in a model at any depth.
    pub(crate) fn fields_eq(&self, fields: &[Field]) -> bool {
        fields.iter().all(|f| self.type_eq(&f.ty.value))
    }

    fn type_eq(&self, ty: &TypeRef) -> bool {
        match ty {
            TypeRef::Double => false,
            TypeRef::Array(inner) => self.type_eq(inner),
            TypeRef::Named(n) => self
                .model(n)
                .is_none_or(|i| self.eq.get(i).copied().unwrap_or(false)),
            _ => true,
        }
    }

    /// `Eq` per model: a model holding a `double` is not, and "not" is
    /// propagated backwards along every field (arrays included), each edge once.
    fn eq_models(&self, set: Types<'_>) -> Vec<bool> {
        let n = set.models.len();
        let mut users: Vec<Vec<usize>> = vec![Vec::new(); n];
        let mut ok = vec![true; n];
        let mut queue: Vec<usize> = Vec::new();
        for (i, m) in set.models.iter().enumerate() {
            for f in &m.fields {
                let mut ty = &f.ty.value;
                while let TypeRef::Array(inner) = ty {
                    ty = inner;
                }
                match ty {
                    TypeRef::Double if ok[i] => {
                        ok[i] = false;
                        queue.push(i);
                    }
                    TypeRef::Named(name) => {
                        if let Some(&t) = self.models.get(name.as_str()) {
                            users[t].push(i);
                        }
                    }
                    _ => {}
                }
            }
        }
        while let Some(i) = queue.pop() {
            for &u in &users[i] {
                if ok[u] {
                    ok[u] = false;
                    queue.push(u);
                }
            }
        }
        ok
    }

    /// Whether every required field of `fields` has a `Default`.
    pub(crate) fn fields_default(&self, fields: &[Field]) -> bool {
        fields
            .iter()
            .filter(|f| f.required)
            .all(|f| self.type_default(&f.ty.value))
    }

    fn type_default(&self, ty: &TypeRef) -> bool {
        match ty {
            TypeRef::Named(n) => match self.model(n) {
                Some(i) => self.defaultable.get(i).copied().unwrap_or(false),
                None => false,
            },
            // `graph_runtime::DateTimeOffset` has no default value.
            TypeRef::DateTime => false,
            _ => true,
        }
    }

    /// A model is defaultable unless a required field is an enum (or
    /// unknown) or a timestamp, or a required field's model is not: "not defaultable" is
    /// propagated backwards along required fields, each edge once. Models on
    /// a required cycle (rejected by the checks) are marked not defaultable.
    fn defaultable_models(&self, set: Types<'_>, required_edges: &[Vec<usize>]) -> Vec<bool> {
        let n = set.models.len();
        let mut users: Vec<Vec<usize>> = vec![Vec::new(); n];
        for (i, targets) in required_edges.iter().enumerate() {
            for &t in targets {
                users[t].push(i);
            }
        }
        let mut ok = vec![true; n];
        let mut queue: Vec<usize> = Vec::new();
        for (i, m) in set.models.iter().enumerate() {
            let own = m
                .fields
                .iter()
                .filter(|f| f.required)
                .all(|f| match &f.ty.value {
                    TypeRef::Named(name) => self.models.contains_key(name.as_str()),
                    TypeRef::DateTime => false,
                    _ => true,
                });
            if !own {
                ok[i] = false;
                queue.push(i);
            }
        }
        for &(i, _) in &self.required_cycles {
            if ok[i] {
                ok[i] = false;
                queue.push(i);
            }
        }
        while let Some(i) = queue.pop() {
            for &u in &users[i] {
                if ok[u] {
                    ok[u] = false;
                    queue.push(u);
                }
            }
        }
        ok
    }
}

/// Strongly connected components (Tarjan's algorithm with an explicit stack):
/// per node, the id of its component. A node with a self edge shares its
/// component only with itself, so callers compare ids of an edge's ends.
fn components(edges: &[Vec<usize>]) -> Vec<usize> {
    const UNSEEN: usize = usize::MAX;
    let n = edges.len();
    let mut index = vec![UNSEEN; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut component = vec![UNSEEN; n];
    let mut stack: Vec<usize> = Vec::new();
    let mut next_index = 0;
    let mut next_component = 0;
    // (node, position in its edge list)
    let mut work: Vec<(usize, usize)> = Vec::new();
    for root in 0..n {
        if index[root] != UNSEEN {
            continue;
        }
        work.push((root, 0));
        while let Some(&mut (v, ref mut pos)) = work.last_mut() {
            if *pos == 0 && index[v] == UNSEEN {
                index[v] = next_index;
                low[v] = next_index;
                next_index += 1;
                stack.push(v);
                on_stack[v] = true;
            }
            if let Some(&w) = edges[v].get(*pos) {
                *pos += 1;
                if w >= n {
                    continue;
                }
                if index[w] == UNSEEN {
                    work.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
                continue;
            }
            work.pop();
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[v]);
            }
            if low[v] == index[v] {
                while let Some(w) = stack.pop() {
                    on_stack[w] = false;
                    component[w] = next_component;
                    if w == v {
                        break;
                    }
                }
                next_component += 1;
            }
        }
    }
    component
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn components_of_cycles_and_chains() {
        // 0 -> 1 -> 2 -> 0 is one group; 3 -> 3 a self loop; 4 alone; 5 -> 4.
        let c = components(&[vec![1], vec![2], vec![0], vec![3], vec![], vec![4]]);
        assert_eq!(c[0], c[1]);
        assert_eq!(c[1], c[2]);
        assert_ne!(c[0], c[3]);
        assert_ne!(c[4], c[5]);
    }

    #[test]
    fn long_chains_do_not_recurse() {
        let n = 200_000;
        let edges: Vec<Vec<usize>> = (0..n)
            .map(|i| if i + 1 < n { vec![i + 1] } else { vec![0] })
            .collect();
        let c = components(&edges);
        assert!(c.iter().all(|&x| x == c[0]));
    }
}
