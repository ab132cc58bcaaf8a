//! Models and enums, and the fields of models and inline request bodies:
//! valid and distinct names, references to defined types, defaults that fit
//! their field, no model that contains itself through required fields.

use std::collections::{HashMap, HashSet};

use crate::check::limits;
use crate::diagnostic::{Diagnostic, Sink, list};
use crate::model::*;
use crate::model_graph::ModelFacts;
use crate::naming::{self, field_name, ident};

/// JSON member names: letters, digits, `_`, and `@`/`.` for OData annotations.
fn is_json_name(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_alphabetic() || c == '@')
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "_@.".contains(c))
}

/// Checks `fields`; `inherited` are the base chain's, checked where they are
/// declared but sharing the struct, so a name clash with one is an error too.
pub(super) fn check_fields(
    fields: &[Field],
    inherited: &[Field],
    models: &ModelFacts,
    sink: &mut Sink,
) {
    let mut rust_names: HashSet<String> = HashSet::new();
    let mut from_base: HashMap<String, &str> = HashMap::new();
    for f in inherited {
        let rust = ident(&field_name(&f.json_name.value)).to_string();
        rust_names.insert(rust.clone());
        from_base.insert(rust, &f.json_name.value);
    }
    for f in fields {
        if !is_json_name(&f.json_name.value) {
            sink.error(
                Diagnostic::new(
                    format!("`{}` is not a valid JSON field name", f.json_name.value),
                    f.json_name.span.clone(),
                )
                .label("invalid field name")
                .help("use the camelCase name from the docs, e.g. `saveToSentItems`"),
            );
        } else if let Some(base) =
            from_base.get(&ident(&field_name(&f.json_name.value)).to_string())
        {
            sink.error(
                Diagnostic::new(
                    format!(
                        "field `{}` maps to the same Rust name as the inherited field `{base}`",
                        f.json_name.value
                    ),
                    f.json_name.span.clone(),
                )
                .label("clashing field")
                .help(
                    "an inherited property is listed with its base type's spelling, or not at all",
                ),
            );
        } else if !rust_names.insert(ident(&field_name(&f.json_name.value)).to_string()) {
            sink.error(
                Diagnostic::new(
                    format!(
                        "field `{}` maps to the same Rust name as another field",
                        f.json_name.value
                    ),
                    f.json_name.span.clone(),
                )
                .label("clashing field"),
            );
        }
        check_named(&f.ty, models, sink);
        if let Some(default) = &f.default {
            if f.required {
                sink.error(
                    Diagnostic::new(format!("required field `{}` cannot have a default", f.json_name.value), default.span.clone())
                        .label("default of a required field")
                        .help("drop `required = true` (the default applies when the field is absent) or the default"),
                );
            }
            let fits = match (&default.value, &f.ty.value) {
                (DefaultValue::Bool(_), TypeRef::Boolean) => true,
                (DefaultValue::Int(n), TypeRef::Int32) => i32::try_from(*n).is_ok(),
                (DefaultValue::Int(_), TypeRef::Int64) => true,
                (DefaultValue::Str(_), TypeRef::String) => true,
                (DefaultValue::Str(s), TypeRef::Named(n)) => models.enum_has(n, s),
                _ => false,
            };
            if !fits {
                sink.error(
                    Diagnostic::new(
                        format!(
                            "default does not fit field `{}` of type `{}`",
                            f.json_name.value,
                            f.ty.value.spec_name()
                        ),
                        default.span.clone(),
                    )
                    .label("wrong default"),
                );
            }
        }
    }
}

/// Checks a models file on its own: names, fields, references within the file.
pub(crate) fn check_models(models: &ModelSet, sink: &mut Sink) {
    let facts = models.facts();
    limits::check_models(models, sink);
    let mut names: HashSet<&str> = HashSet::new();
    let defs = models
        .models
        .iter()
        .map(|m| &m.name)
        .chain(models.enums.iter().map(|e| &e.name));
    let mut rust_names: std::collections::HashMap<String, &str> = Default::default();
    for name in defs {
        // Graph's names: `emailAddress`, `IdentityProvider`, and namespaced
        // ones like `callRecords.callRecord` or `microsoft.graph.security.alert`.
        let ok = !name.value.is_empty()
            && name.value.split('.').all(|part| {
                part.starts_with(|c: char| c.is_ascii_alphabetic())
                    && part.chars().all(|c| c.is_ascii_alphanumeric())
            });
        if !ok {
            sink.error(
                Diagnostic::new(
                    format!("`{}` is not a valid model name", name.value),
                    name.span.clone(),
                )
                .label("expected a Graph type name")
                .help("letters and digits, namespaces separated by `.`: `emailAddress`, `callRecords.callRecord`"),
            );
        } else if let Some(other) = rust_names.insert(naming::type_name(&name.value), &name.value)
            && other != name.value
        {
            sink.error(
                Diagnostic::new(
                    format!(
                        "`{}` and `{other}` are both the Rust type `{}`",
                        name.value,
                        naming::type_name(&name.value)
                    ),
                    name.span.clone(),
                )
                .label("same Rust name as an earlier type")
                .help("Graph names that differ only in case or namespace dots map to one Rust name; keep one of them"),
            );
        }
        if !names.insert(&name.value) {
            sink.error(
                Diagnostic::new(
                    format!("type `{}` is defined twice", name.value),
                    name.span.clone(),
                )
                .label("duplicate type"),
            );
        }
    }
    for m in &models.models {
        // Inherited fields were checked where they are declared.
        check_fields(
            m.own_fields(),
            &m.fields[..m.inherited.min(m.fields.len())],
            facts,
            sink,
        );
    }
    for &(m, f) in facts.required_cycles() {
        let (Some(model), Some(field)) = (
            models.models.get(m),
            models.models.get(m).and_then(|m| m.fields.get(f)),
        ) else {
            continue;
        };
        let target = field.ty.value.spec_name();
        let message = if target == model.name.value {
            format!(
                "model `{}` contains itself through a required field",
                model.name.value
            )
        } else {
            format!(
                "model `{}` requires `{target}`, which requires `{}` again",
                model.name.value, model.name.value
            )
        };
        sink.error(
            Diagnostic::new(message, field.ty.span.clone())
                .label("required cycle: no finite value has this shape")
                .help("make one field of the cycle optional (it is generated as `Option<Box<T>>`), or an array `[T]`"),
        );
    }
    for e in &models.enums {
        if e.values.is_empty() {
            sink.error(
                Diagnostic::new(
                    format!("enum `{}` has no values", e.name.value),
                    e.name.span.clone(),
                )
                .label("empty enum"),
            );
        }
        // Values that differ only in case are Graph's (`required`, `Required`):
        // the generator gives them distinct variants; only a repeat is an error.
        let mut seen: HashSet<&str> = HashSet::new();
        for v in &e.values {
            if v.value.is_empty()
                || !v
                    .value
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_')
            {
                sink.error(
                    Diagnostic::new(
                        format!("`{}` is not a valid enum value", v.value),
                        v.span.clone(),
                    )
                    .label("letters, digits and `_` only"),
                );
            } else if !seen.insert(&v.value) {
                sink.error(
                    Diagnostic::new(
                        format!("enum value `{}` is listed twice", v.value),
                        v.span.clone(),
                    )
                    .label("duplicate value"),
                );
            }
        }
    }
}

/// Reports a reference to a model or enum the models file does not define.
pub(super) fn check_named(ty: &Sp<TypeRef>, models: &ModelFacts, sink: &mut Sink) {
    let Some(name) = ty.named() else { return };
    if models.defines(name) {
        return;
    }
    let count = models.count();
    // Suggestions compare against every known name: only for sets small
    // enough that many unknown names cannot make checking quadratic.
    let known = if count <= MAX_SUGGESTION_CANDIDATES {
        models.names()
    } else {
        Vec::new()
    };
    let d = Diagnostic::new(format!("unknown type `{name}`"), ty.span.clone())
        .label("no model or enum of this name")
        .suggest(name, &known, str::to_owned);
    sink.error(if count == 0 {
        d.help(
            "reference a models file with `models = \"../models/mail.toml\"`, or use a scalar type",
        )
    } else if count <= MAX_LISTED_TYPES {
        d.help(format!("known types: {}", list(&known)))
    } else {
        d.help(format!("the models file defines {count} types"))
    });
}

/// Known names compared for a "did you mean" per unknown type, at most.
const MAX_SUGGESTION_CANDIDATES: usize = 200;
/// Known types listed in a help line, at most.
const MAX_LISTED_TYPES: usize = 30;
