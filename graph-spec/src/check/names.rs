//! Names that would collide in the generated Rust: checked here so that
//! what `check` accepts compiles. Each generated namespace is modelled as a
//! table from Rust name to what claimed it first; a later claim is a located
//! error naming both. (Builder type parameters are not checked: `resolve`
//! names them around every other name instead.)

use std::collections::HashMap;
use std::ops::Range;

use crate::diagnostic::{Diagnostic, Sink};
use crate::model::*;
use crate::naming::{
    self, GENERATED_TYPES, PRELUDE, RESERVED_MEMBERS, field_name, ident, is_ident, is_snake_ident,
    module_name, pascal,
};

/// Rust names of one namespace and what claimed each.
#[derive(Default)]
struct Namespace {
    names: HashMap<String, String>,
}

impl Namespace {
    /// Claims `name` for `what`; reports at `span` if it is taken.
    fn claim(&mut self, name: String, what: String, span: &Range<usize>, sink: &mut Sink) {
        if let Some(first) = self.names.get(&name) {
            sink.error(
                Diagnostic::new(
                    format!("{what} is generated as `{name}`, which is already {first}"),
                    span.clone(),
                )
                .label("name collision in the generated code")
                .help("rename one of them"),
            );
        } else {
            self.names.insert(name, what);
        }
    }

    /// Reserves `name` for generated code the spec does not name.
    fn reserve(&mut self, name: impl Into<String>, what: &str) {
        self.names
            .entry(name.into())
            .or_insert_with(|| what.to_owned());
    }
}

/// The type, module and member names an endpoint spec generates.
pub(crate) fn check_endpoint(spec: &EndpointSpec, sink: &mut Sink) {
    let ty = &spec.type_name;
    // An invalid type name is reported by the type name check.
    let ty_ok = is_ident(&ty.value) && !naming::KEYWORDS.contains(&ty.value.as_str());
    if ty_ok && PRELUDE.contains(&ty.value.as_str()) {
        sink.error(
            Diagnostic::new(
                format!(
                    "type name `{}` would shadow the Rust prelude's `{}`",
                    ty.value, ty.value
                ),
                ty.span.clone(),
            )
            .label("a prelude name")
            .help(format!(
                "name the endpoint after the operation, e.g. `Get{}`",
                ty.value
            )),
        );
    }
    if ty_ok && (GENERATED_TYPES.contains(&ty.value.as_str()) || ty.value == "H") {
        sink.error(
            Diagnostic::new(
                format!(
                    "type name `{}` is a name the generated code uses itself",
                    ty.value
                ),
                ty.span.clone(),
            )
            .label("reserved for generated code")
            .help("`Body`, `Builder`, `Reply`, `V`, `S`, `B` and `H` are taken; pick another type name"),
        );
    }
    if ty_ok && module_name(&ty.value) == "models" {
        sink.error(
            Diagnostic::new(
                format!("type name `{}` generates the module `models`", ty.value),
                ty.span.clone(),
            )
            .label("collides with the shared models module")
            .help("pick another type name"),
        );
    }

    // Types of the endpoint module: the endpoint type (imported), generated
    // items, one marker trait per parameter, one builder per variant.
    let mut types = Namespace::default();
    for prelude in PRELUDE {
        types.reserve(*prelude, "a name of the Rust prelude");
    }
    if ty_ok {
        types.reserve(ty.value.clone(), "the endpoint type");
        for server in naming::server_types(&ty.value) {
            types.reserve(server, "a server type of this endpoint");
        }
    }
    for generated in GENERATED_TYPES {
        types.reserve(*generated, "a generated type of every endpoint module");
    }
    // Names that are invalid, or defined twice, are reported by the other
    // checks: claimed once here, so each problem is reported once.
    let valid_params: Vec<&PathParam> = {
        let mut seen = std::collections::HashSet::new();
        spec.params
            .iter()
            .filter(|p| is_snake_ident(&p.name.value) && seen.insert(p.name.value.as_str()))
            .collect()
    };
    for p in &valid_params {
        let marker = naming::param_marker(&p.name.value);
        types.claim(
            ident(&marker).to_string(),
            format!("the marker trait of path parameter `{}`", p.name.value),
            &p.name.span,
            sink,
        );
        types.claim(
            ident(&naming::param_slot(&p.name.value)).to_string(),
            format!("the state slot of path parameter `{}`", p.name.value),
            &p.name.span,
            sink,
        );
    }
    let mut variants = std::collections::HashSet::new();
    for v in &spec.paths {
        if !is_snake_ident(&v.variant.value) || !variants.insert(v.variant.value.as_str()) {
            continue;
        }
        types.claim(
            ident(&pascal(&v.variant.value)).to_string(),
            format!("the marker type of path variant `{}`", v.variant.value),
            &v.variant.span,
            sink,
        );
    }

    // Builder methods and server params fields: path parameters, query
    // parameters and optional headers share them.
    let mut members = Namespace::default();
    for reserved in RESERVED_MEMBERS {
        members.reserve(*reserved, "a builder method or params field");
    }
    for p in &valid_params {
        // Reserved names are reported by the parameter checks.
        if !RESERVED_MEMBERS.contains(&p.name.value.as_str()) {
            members.claim(
                ident(&p.name.value).to_string(),
                format!("path parameter `{}`", p.name.value),
                &p.name.span,
                sink,
            );
        }
    }
    for q in &spec.query {
        if !naming::is_query_name(&q.wire_name.value) {
            continue;
        }
        members.claim(
            ident(&naming::query_name(&q.wire_name.value)).to_string(),
            format!("the setter of query parameter `{}`", q.wire_name.value),
            &q.wire_name.span,
            sink,
        );
    }
    // A header listed twice is reported by the header checks.
    let mut headers = std::collections::HashSet::new();
    for h in spec.headers.iter().filter(|h| !h.required.value) {
        if !headers.insert(h.name.value.to_ascii_lowercase()) {
            continue;
        }
        members.claim(
            ident(&field_name(&h.name.value)).to_string(),
            format!("the setter of header `{}`", h.name.value),
            &h.name.span,
            sink,
        );
    }
}
