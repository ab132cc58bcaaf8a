//! Size limits on what a spec may declare. Each is far above what any Graph
//! endpoint needs, and keeps what is generated (and the compile time of it)
//! proportionate: a builder has a type parameter per path parameter, and
//! names end up in identifiers, docs and error messages.

use crate::diagnostic::{Diagnostic, Sink};
use crate::model::*;

/// Characters in one name (type, variant, parameter, field, model, enum value, header, query).
pub(crate) const MAX_NAME: usize = 128;
/// Characters in one path template.
pub(crate) const MAX_TEMPLATE: usize = 1024;
/// Path variants of one endpoint.
pub(crate) const MAX_PATHS: usize = 64;
/// Path parameters of one endpoint (each is a type parameter of every builder).
pub(crate) const MAX_PARAMS: usize = 32;
/// Query parameters and headers of one endpoint, each.
pub(crate) const MAX_QUERY_OR_HEADERS: usize = 128;

fn name(n: &Sp<String>, what: &str, sink: &mut Sink) {
    let len = n.value.chars().count();
    if len > MAX_NAME {
        sink.error(
            Diagnostic::new(
                format!("{what} is {len} characters long; the limit is {MAX_NAME}"),
                n.span.clone(),
            )
            .label("name too long"),
        );
    }
}

pub(crate) fn count(
    len: usize,
    max: usize,
    what: &str,
    span: std::ops::Range<usize>,
    sink: &mut Sink,
) {
    if len > max {
        sink.error(
            Diagnostic::new(format!("{len} {what} declared; the limit is {max}"), span)
                .label(format!("too many {what}")),
        );
    }
}

fn fields(fields: &[Field], sink: &mut Sink) {
    for f in fields {
        name(&f.json_name, "field name", sink);
    }
}

/// Limits on an endpoint spec's names and counts.
pub(crate) fn check_endpoint(spec: &EndpointSpec, sink: &mut Sink) {
    name(&spec.type_name, "type name", sink);
    let first = |spans: Option<std::ops::Range<usize>>| spans.unwrap_or(0..0);
    count(
        spec.paths.len(),
        MAX_PATHS,
        "path variants",
        first(spec.paths.get(MAX_PATHS).map(|p| p.variant.span.clone())),
        sink,
    );
    count(
        spec.params.len(),
        MAX_PARAMS,
        "path parameters",
        first(spec.params.get(MAX_PARAMS).map(|p| p.name.span.clone())),
        sink,
    );
    count(
        spec.query.len(),
        MAX_QUERY_OR_HEADERS,
        "query parameters",
        first(
            spec.query
                .get(MAX_QUERY_OR_HEADERS)
                .map(|q| q.wire_name.span.clone()),
        ),
        sink,
    );
    count(
        spec.headers.len(),
        MAX_QUERY_OR_HEADERS,
        "headers",
        first(
            spec.headers
                .get(MAX_QUERY_OR_HEADERS)
                .map(|h| h.name.span.clone()),
        ),
        sink,
    );
    for p in &spec.paths {
        name(&p.variant, "path variant", sink);
        let len = p.template.value.chars().count();
        if len > MAX_TEMPLATE {
            sink.error(
                Diagnostic::new(
                    format!("path template is {len} characters long; the limit is {MAX_TEMPLATE}"),
                    p.template.span.clone(),
                )
                .label("template too long"),
            );
        }
    }
    for p in &spec.params {
        name(&p.name, "path parameter name", sink);
    }
    for q in &spec.query {
        name(&q.wire_name, "query parameter name", sink);
    }
    for h in &spec.headers {
        name(&h.name, "header name", sink);
    }
    if let Body::Fields(f) = &spec.request_body.value {
        fields(f, sink);
    }
}

/// Limits on a models file's names.
pub(crate) fn check_models(models: &ModelSet, sink: &mut Sink) {
    for m in &models.models {
        name(&m.name, "model name", sink);
        fields(&m.fields, sink);
    }
    for e in &models.enums {
        name(&e.name, "enum name", sink);
        for v in &e.values {
            name(v, "enum value", sink);
        }
    }
}
