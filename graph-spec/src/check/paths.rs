//! Path templates against the declared path parameters: variants and
//! templates distinct, every placeholder declared once per template, every
//! parameter used and named so that it cannot shadow a builder method.

use std::collections::HashSet;

use crate::check::endpoint::non_empty;
use crate::diagnostic::{Diagnostic, Sink};
use crate::model::*;
// Builder methods and params fields a path parameter must not shadow.
use crate::naming::{RESERVED_MEMBERS as RESERVED_PARAMS, is_snake_ident};

pub(super) fn check_paths(spec: &EndpointSpec, sink: &mut Sink) {
    let declared_params: HashSet<&str> =
        spec.params.iter().map(|p| p.name.value.as_str()).collect();
    let mut variants: HashSet<&str> = HashSet::new();
    let mut templates: HashSet<&str> = HashSet::new();
    let mut used: HashSet<String> = HashSet::new();
    for p in &spec.paths {
        let v = &p.variant;
        if !is_snake_ident(&v.value) {
            sink.error(
                Diagnostic::new(
                    format!("path variant `{}` is not a valid Rust method name", v.value),
                    v.span.clone(),
                )
                .label("needs a snake_case identifier")
                .help("variants become constructors, e.g. `me`, `user`, `me_folder`"),
            );
        }
        if !variants.insert(&v.value) {
            sink.error(
                Diagnostic::new(
                    format!("path variant `{}` is defined twice", v.value),
                    v.span.clone(),
                )
                .label("duplicate variant"),
            );
        }
        if !templates.insert(&p.template.value) {
            sink.error(
                Diagnostic::new(
                    format!("path template `{}` is listed twice", p.template.value),
                    p.template.span.clone(),
                )
                .label("duplicate template"),
            );
        }
        let mut seen: HashSet<&str> = HashSet::new();
        for ph in p.placeholders() {
            if !seen.insert(&ph.value) {
                sink.error(
                    Diagnostic::new(
                        format!(
                            "path parameter `{{{}}}` appears twice in one template",
                            ph.value
                        ),
                        ph.span.clone(),
                    )
                    .label("repeated parameter")
                    .help("give each parameter its own name, e.g. `{user_id}` and `{message_id}`"),
                );
            }
            if !declared_params.contains(ph.value.as_str()) {
                let declared: Vec<&str> =
                    spec.params.iter().map(|p| p.name.value.as_str()).collect();
                sink.error(
                    Diagnostic::new(
                        format!("path parameter `{{{}}}` is not declared", ph.value),
                        ph.span.clone(),
                    )
                    .label("undeclared parameter")
                    .suggest(&ph.value, &declared, |best| format!("{{{best}}}"))
                    .help(format!(
                        "declare it: `[params.{}]` with a `description`",
                        ph.value
                    )),
                );
            }
            used.insert(ph.value.clone());
        }
    }
    for param in &spec.params {
        if !used.contains(&param.name.value) {
            sink.error(
                Diagnostic::new(
                    format!(
                        "path parameter `{}` is declared but no path template uses it",
                        param.name.value
                    ),
                    param.name.span.clone(),
                )
                .label("unused parameter")
                .help(format!(
                    "use `{{{}}}` in a template or remove the declaration",
                    param.name.value
                )),
            );
        }
    }
}

pub(super) fn check_params(spec: &EndpointSpec, sink: &mut Sink) {
    for p in &spec.params {
        let n = &p.name;
        if !is_snake_ident(&n.value) {
            sink.error(
                Diagnostic::new(
                    format!(
                        "path parameter name `{}` is not a valid Rust identifier",
                        n.value
                    ),
                    n.span.clone(),
                )
                .label("needs a snake_case identifier")
                .help("e.g. `message_id`, `user_id`; the Graph docs' spelling goes in `docs_name`"),
            );
        } else if RESERVED_PARAMS.contains(&n.value.as_str()) {
            sink.error(
                Diagnostic::new(
                    format!(
                        "path parameter name `{}` clashes with a builder method",
                        n.value
                    ),
                    n.span.clone(),
                )
                .label("reserved name")
                .help(format!("rename it, e.g. `{}_id`", n.value)),
            );
        }
        non_empty(&p.description, "description", sink);
        if let Some(d) = &p.docs_name {
            non_empty(d, "docs_name", sink);
        }
    }
}
