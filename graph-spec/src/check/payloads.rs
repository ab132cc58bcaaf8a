//! Request and response bodies and query parameters: bodies only where
//! the method has one, models that exist, media types of content, and body
//! rules about fields the body has.

use crate::check::models::{check_fields, check_named};
use crate::check::resolve::resolve_path;
use crate::diagnostic::{Diagnostic, Sink};
use crate::model::*;
use crate::model_graph::ModelFacts;
use crate::naming;

/// Bodies and query parameters of an endpoint against its models.
pub(super) fn check_payloads(spec: &EndpointSpec, facts: &ModelFacts, sink: &mut Sink) {
    let body = &spec.request_body;
    if let Some(optional) = spec.request_body_optional.as_ref().filter(|o| o.value)
        && matches!(body.value, Body::None)
    {
        sink.error(
            Diagnostic::new(
                "`body_optional` on a request without a body",
                optional.span.clone(),
            )
            .label("nothing to leave out")
            .help("declare the body with `[request.body]`, or drop `body_optional`"),
        );
    }
    if matches!(spec.method.value, Method::Get | Method::Delete)
        && !matches!(body.value, Body::None)
    {
        sink.error(
            Diagnostic::new(
                format!("a {} request has no body", spec.method.value.as_str()),
                body.span.clone(),
            )
            .label("body on a bodiless method")
            .help("write `body = \"none\"`"),
        );
    }
    check_content(spec, sink);
    for b in [&spec.request_body, &spec.response.body] {
        match &b.value {
            Body::None => {}
            Body::Bytes(media) => check_media_type(media, sink),
            Body::Fields(fields) => check_fields(fields, &[], facts, sink),
            Body::Model(name) | Body::Collection(name) | Body::Delta(name) => {
                check_body_model(name, facts, sink)
            }
        }
    }
    check_no_inline_response(&spec.response.body, sink);
    if let Body::Delta(name) = &spec.request_body.value {
        sink.error(
            Diagnostic::new("a request body cannot be a delta page", name.span.clone())
                .label("delta in a request")
                .help("`delta` is the response of a delta query: `[response.body] delta = \"message\"`"),
        );
    }
    // Two query parameters with one setter name are reported by `names`.
    for q in &spec.query {
        if !naming::is_query_name(&q.wire_name.value) {
            sink.error(
                Diagnostic::new(
                    format!(
                        "`{}` is not a valid query parameter name",
                        q.wire_name.value
                    ),
                    q.wire_name.span.clone(),
                )
                .label("invalid name")
                .help("e.g. `$top`, `$select`, `startDateTime`"),
            );
        }
        if !matches!(
            q.ty.value,
            TypeRef::String | TypeRef::Boolean | TypeRef::Int32 | TypeRef::Int64
        ) {
            sink.error(
                Diagnostic::new(
                    format!(
                        "query parameter type `{}` is not supported",
                        q.ty.value.spec_name()
                    ),
                    q.ty.span.clone(),
                )
                .label("not a scalar")
                .help("use `string`, `boolean`, `int32` or `int64`"),
            );
        }
    }
}

/// What a body of bytes cannot be combined with: an optional body (an
/// empty one is content too), and a `Reply` (several statuses or headers).
fn check_content(spec: &EndpointSpec, sink: &mut Sink) {
    if let (Body::Bytes(_), Some(optional)) = (
        &spec.request_body.value,
        spec.request_body_optional.as_ref().filter(|o| o.value),
    ) {
        sink.error(
            Diagnostic::new("a body of bytes cannot be optional", optional.span.clone())
                .label("optional content")
                .help("drop `body_optional`: empty content is still content"),
        );
    }
    let r = &spec.response;
    if let Body::Bytes(_) = &r.body.value
        && (!r.alternatives.is_empty() || !r.headers.is_empty())
    {
        sink.error(
            Diagnostic::new(
                "a response of bytes cannot declare alternatives or response headers",
                r.body.span.clone(),
            )
            .label("content with a `Reply`")
            .help("the content's own media type and length are its headers; drop `[[response.alternatives]]` and `[[response.headers]]`"),
        );
    }
}

/// A body's media type: `type/subtype` of HTTP token characters, with `*`
/// as a range (`image/*`, `*/*`), without parameters.
fn check_media_type(media: &Sp<String>, sink: &mut Sink) {
    let token = |s: &str| {
        !s.is_empty()
            && s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
    };
    let valid = match media.value.split_once('/') {
        Some(("*", "*")) => true,
        Some((t, "*")) => t != "*" && token(t) && !t.contains('*'),
        Some((t, s)) => token(t) && token(s) && !t.contains('*') && !s.contains('*'),
        None => false,
    };
    if !valid {
        sink.error(
            Diagnostic::new(
                format!("`{}` is not a media type", media.value.escape_debug()),
                media.span.clone(),
            )
            .label("expected `type/subtype`")
            .help("e.g. `image/jpeg`, `text/csv`, `application/octet-stream`, `image/*` or `*/*` for any"),
        );
    }
}

/// The model a body names: defined, and not an enum.
pub(super) fn check_body_model(name: &Sp<String>, facts: &ModelFacts, sink: &mut Sink) {
    check_named(
        &Sp::new(TypeRef::Named(name.value.clone()), name.span.clone()),
        facts,
        sink,
    );
    if facts.is_enum(&name.value) {
        sink.error(
            Diagnostic::new(
                format!("`{}` is an enum, a body needs a model", name.value),
                name.span.clone(),
            )
            .label("not a model"),
        );
    }
}

/// Response bodies name a model; inline fields are for requests.
pub(super) fn check_no_inline_response(body: &Sp<Body>, sink: &mut Sink) {
    if matches!(body.value, Body::Fields(_)) {
        sink.error(
            Diagnostic::new(
                "response bodies are a `model` or a `collection`",
                body.span.clone(),
            )
            .label("inline fields in a response")
            .help("define the shape as a model in the models file"),
        );
    }
}

pub(super) fn check_rules(spec: &EndpointSpec, sink: &mut Sink) {
    for rule in &spec.rules {
        let Body::Fields(fields) = &spec.request_body.value else {
            sink.error(
                Diagnostic::new(
                    "body rules need a request body with `fields`",
                    rule.kind.span.clone(),
                )
                .label("no fields to constrain"),
            );
            continue;
        };
        if rule.fields.len() < 2 {
            sink.error(
                Diagnostic::new("a rule relates at least two fields", rule.kind.span.clone())
                    .label("too few fields"),
            );
        }
        for f in &rule.fields {
            match resolve_path(fields, &f.value, &spec.models) {
                None => sink.error(
                    Diagnostic::new(
                        format!("`{}` is not a field of the request body", f.value),
                        f.span.clone(),
                    )
                    .label("unknown field path")
                    .help("paths use JSON names through models, e.g. `message.toRecipients`"),
                ),
                Some(chain) if chain.last().is_some_and(|leaf| leaf.required) => sink.error(
                    Diagnostic::new(
                        format!(
                            "`{}` is required, so a rule about its presence never varies",
                            f.value
                        ),
                        f.span.clone(),
                    )
                    .label("required field"),
                ),
                Some(_) => {}
            }
        }
    }
}
