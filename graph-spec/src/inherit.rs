//! Type inheritance in a models file: `base = "directoryObject"` gives a
//! type every field of its base chain (the root's first), which is how the
//! generated struct, the checks and `PROPERTIES` see it. A base names a
//! model of the file and no chain loops; a type may list an inherited
//! property again (the docs' resource pages often do) only with the same type.
//!
//! Linear in the set: each model's fields are worked out once, bases first,
//! with an explicit stack (chains are as deep as the input makes them).

use std::collections::{HashMap, HashSet};

use crate::diagnostic::{Diagnostic, Sink};
use crate::model::{Field, ModelSet};

/// The deepest inheritance chain accepted (Graph's own have about five levels).
pub(crate) const MAX_DEPTH: usize = 32;

/// Fills in every model's inherited fields and marks the types others
/// derive from as open; reports unknown bases, loops and conflicting fields.
pub(crate) fn resolve(set: &mut ModelSet, sink: &mut Sink) {
    let index: HashMap<String, usize> = set
        .models
        .iter()
        .enumerate()
        .rev()
        .map(|(i, m)| (m.name.value.clone(), i))
        .collect();
    let n = set.models.len();
    let mut base_of: Vec<Option<usize>> = vec![None; n];
    for (i, m) in set.models.iter().enumerate() {
        let Some(base) = &m.base else { continue };
        match index.get(&base.value) {
            Some(&b) if b != i => base_of[i] = Some(b),
            Some(_) => sink.error(
                Diagnostic::new(
                    format!("`{}` derives from itself", m.name.value),
                    base.span.clone(),
                )
                .label("its own base"),
            ),
            None => {
                let what = if set.enums.iter().any(|e| e.name.value == base.value) {
                    "an enum cannot be a base type"
                } else {
                    "no such model in this file"
                };
                sink.error(
                    Diagnostic::new(
                        format!("unknown base type `{}`", base.value),
                        base.span.clone(),
                    )
                    .label(what)
                    .help("a base is a model of the same file, e.g. `base = \"entity\"`"),
                );
            }
        }
    }
    // Bases first: an explicit depth-first walk; a chain met again while on
    // the stack is a loop, reported once at the type that closes it.
    const TODO: u8 = 0;
    const ON_STACK: u8 = 1;
    const DONE: u8 = 2;
    let mut state = vec![TODO; n];
    let mut order = Vec::with_capacity(n);
    for start in 0..n {
        let mut stack = Vec::new();
        let mut at = Some(start);
        while let Some(i) = at {
            match state[i] {
                DONE => break,
                ON_STACK => {
                    let m = &set.models[i];
                    if let Some(base) = &m.base {
                        sink.error(
                            Diagnostic::new(
                                format!("the base types of `{}` loop back to it", m.name.value),
                                base.span.clone(),
                            )
                            .label("inheritance loop"),
                        );
                    }
                    base_of[i] = None;
                    break;
                }
                _ => {
                    state[i] = ON_STACK;
                    stack.push(i);
                    at = base_of[i];
                }
            }
        }
        while let Some(i) = stack.pop() {
            state[i] = DONE;
            order.push(i);
        }
    }
    // `order` has each base before the types derived from it.
    let mut is_base = vec![false; n];
    let mut depth = vec![0usize; n];
    for i in order {
        let Some(b) = base_of[i] else { continue };
        depth[i] = depth[b] + 1;
        if depth[i] > MAX_DEPTH {
            // Each level copies its base's fields: a bound keeps that linear.
            if let Some(base) = &set.models[i].base {
                sink.error(
                    Diagnostic::new(
                        format!(
                            "`{}` is more than {MAX_DEPTH} levels below its root type",
                            set.models[i].name.value
                        ),
                        base.span.clone(),
                    )
                    .label("inheritance too deep")
                    .help("Graph's deepest chains have a handful of levels"),
                );
            }
            depth[i] = 0;
            continue;
        }
        is_base[b] = true;
        let inherited: Vec<Field> = set.models[b].fields.clone();
        let model = &mut set.models[i];
        let by_name: HashMap<&str, &Field> = inherited
            .iter()
            .map(|f| (f.json_name.value.as_str(), f))
            .collect();
        let mut own = Vec::with_capacity(model.fields.len());
        let mut seen: HashSet<String> = HashSet::new();
        for f in std::mem::take(&mut model.fields) {
            match by_name.get(f.json_name.value.as_str()) {
                Some(base_field) if base_field.ty.value == f.ty.value => {}
                Some(base_field) => sink.error(
                    Diagnostic::new(
                        format!(
                            "`{}` is inherited as `{}` but listed here as `{}`",
                            f.json_name.value,
                            base_field.ty.value.spec_name(),
                            f.ty.value.spec_name()
                        ),
                        f.ty.span.clone(),
                    )
                    .label("conflicts with the base type's property")
                    .help("list an inherited property with its base type's type, or not at all"),
                ),
                None => {
                    if seen.insert(f.json_name.value.clone()) {
                        own.push(f);
                    }
                }
            }
        }
        model.inherited = inherited.len();
        model.fields = inherited;
        model.fields.extend(own);
    }
    for (m, base) in set.models.iter_mut().zip(is_base) {
        m.open |= base || m.is_abstract;
    }
}

#[cfg(test)]
mod tests {
    fn problems(models: &str) -> Vec<String> {
        match crate::load_models_str(models, "m.toml") {
            Ok(_) => Vec::new(),
            Err(d) => d.items.into_iter().map(|i| i.message).collect(),
        }
    }

    #[test]
    fn bases_must_exist_and_not_loop() {
        let unknown = "[models.a]\nbase = \"nope\"\n[models.a.fields]\nx = { type = \"string\" }\n";
        assert_eq!(problems(unknown), ["unknown base type `nope`"]);
        let looped = "[models.a]\nbase = \"b\"\n[models.a.fields]\nx = { type = \"string\" }\n\
                      [models.b]\nbase = \"a\"\n[models.b.fields]\ny = { type = \"string\" }\n";
        let p = problems(looped);
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(p[0].contains("loop back"), "{p:?}");
        let own = "[models.a]\nbase = \"a\"\n[models.a.fields]\nx = { type = \"string\" }\n";
        assert_eq!(problems(own), ["`a` derives from itself"]);
    }

    #[test]
    fn an_inherited_property_listed_again_must_keep_its_type() {
        let models = "[models.base]\n[models.base.fields]\nid = { type = \"string\" }\n\
                      [models.child]\nbase = \"base\"\n[models.child.fields]\nid = { type = \"int32\" }\n";
        assert_eq!(
            problems(models),
            ["`id` is inherited as `string` but listed here as `int32`"]
        );
    }

    #[test]
    fn a_property_spelled_like_an_inherited_one_in_another_case_is_an_error() {
        // Both would be the struct's `web_url`: rustc rejects the second.
        let models = "[models.base]\n[models.base.fields]\nwebUrl = { type = \"string\" }\n\
                      [models.child]\nbase = \"base\"\n[models.child.fields]\nWebUrl = { type = \"string\" }\n";
        assert_eq!(
            problems(models),
            ["field `WebUrl` maps to the same Rust name as the inherited field `webUrl`"]
        );
    }

    #[test]
    fn a_chain_is_flattened_without_recursion_up_to_a_bounded_depth() {
        let chain = |n: usize| {
            let mut models = String::new();
            for i in 0..n {
                let base = if i > 0 {
                    format!("base = \"t{}\"\n", i - 1)
                } else {
                    String::new()
                };
                models.push_str(&format!(
                    "[models.t{i}]\n{base}[models.t{i}.fields]\nf{i} = {{ type = \"string\" }}\n"
                ));
            }
            models
        };
        let set = crate::load_models_str(&chain(super::MAX_DEPTH + 1), "m.toml").unwrap();
        let last = &set.models[super::MAX_DEPTH];
        assert_eq!(
            (last.fields.len(), last.inherited),
            (super::MAX_DEPTH + 1, super::MAX_DEPTH)
        );
        // Deeper chains are refused at each type past the bound, without copying them.
        let p = problems(&chain(2000));
        assert!(
            !p.is_empty() && p.iter().all(|m| m.contains("levels below its root")),
            "{:?}",
            &p[..3]
        );
    }

    #[test]
    fn names_that_become_one_rust_type_are_reported() {
        let models = "[models.identityProvider.fields]\nx = { type = \"string\" }\n\
                      [models.IdentityProvider.fields]\nx = { type = \"string\" }\n";
        let p = problems(models);
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(
            p[0].contains("both the Rust type `IdentityProvider`"),
            "{p:?}"
        );
    }
}
