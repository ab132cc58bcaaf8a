//! The statuses and response headers of `[response]`: alternatives are
//! success statuses (2xx, or 304) declared once each, 204 and 304 have no
//! body, and response headers are valid, distinct, not the runtime's own
//! and name distinct fields of the generated `Reply`.

use std::collections::{HashMap, HashSet};

use crate::check::headers::is_header_name;
use crate::check::limits;
use crate::check::payloads::{check_body_model, check_no_inline_response};
use crate::diagnostic::{Diagnostic, Sink};
use crate::model::*;
use crate::model_graph::ModelFacts;
use crate::naming::{self, field_name, ident};

/// Headers the server runtime writes itself (framing, media type, ids):
/// a handler cannot be the one to set them.
const RUNTIME_HEADERS: &[&str] = &[
    "content-type",
    "content-length",
    "transfer-encoding",
    "connection",
    "keep-alive",
    "upgrade",
    "te",
    "trailer",
    "date",
    "request-id",
    "client-request-id",
];

/// Checks `[response]`'s alternatives and headers.
pub(crate) fn check(spec: &EndpointSpec, facts: &ModelFacts, sink: &mut Sink) {
    let r = &spec.response;
    no_body_on(r.status.value, &r.body, sink);
    let mut statuses = HashSet::from([r.status.value]);
    for a in &r.alternatives {
        status(a, &mut statuses, sink);
        no_body_on(a.status.value, &a.body, sink);
        body(&a.body, facts, sink);
    }
    // A field name and the header that claimed it first, across statuses:
    // accessors of `Reply` are per field.
    let mut fields: HashMap<String, String> = HashMap::new();
    headers(&r.headers, &mut fields, sink);
    for a in &r.alternatives {
        headers(&a.headers, &mut fields, sink);
    }
}

/// An alternative's status: a success status not declared before.
fn status(a: &Alternative, seen: &mut HashSet<u16>, sink: &mut Sink) {
    let s = &a.status;
    if naming::reply_status(s.value).is_none() {
        let d = Diagnostic::new(
            format!("{} cannot be an alternative success status", s.value),
            s.span.clone(),
        );
        sink.error(match s.value {
            200..=299 => d
                .label("unregistered 2xx status")
                .help("use one of 200, 201, 202, 203, 204, 205, 206, 207, 208 or 226"),
            300..=399 => d
                .label("a redirect the client follows")
                .help("of the 3xx statuses only 304 Not Modified reaches a caller"),
            _ => d.label("not a success status").help(
                "errors are `GraphError`s, not declared statuses; alternatives are 2xx or 304",
            ),
        });
    } else if !seen.insert(s.value) {
        sink.error(
            Diagnostic::new(
                format!("status {} is declared twice", s.value),
                s.span.clone(),
            )
            .label("duplicate status")
            .help("each status is declared once: in `[response]` or one alternative"),
        );
    }
}

/// 204 and 304 carry no content.
fn no_body_on(status: u16, body: &Sp<Body>, sink: &mut Sink) {
    if matches!(status, 204 | 304) && !matches!(body.value, Body::None) {
        sink.error(
            Diagnostic::new(
                format!("a {status} response has no body"),
                body.span.clone(),
            )
            .label("body on a status without content")
            .help("write `body = \"none\"`"),
        );
    }
}

/// An alternative's body: a model or a page of one, as `[response]`'s.
fn body(b: &Sp<Body>, facts: &ModelFacts, sink: &mut Sink) {
    check_no_inline_response(b, sink);
    if let Body::Model(name) | Body::Collection(name) | Body::Delta(name) = &b.value {
        check_body_model(name, facts, sink);
    }
    if let Body::Bytes(media) = &b.value {
        sink.error(
            Diagnostic::new(
                "an alternative status cannot answer bytes",
                media.span.clone(),
            )
            .label("bytes in an alternative")
            .help("content is the `[response]` body of its own endpoint (200, or 302 to it)"),
        );
    }
}

/// The headers of one status.
fn headers(headers: &[ResponseHeader], fields: &mut HashMap<String, String>, sink: &mut Sink) {
    if let Some(h) = headers.get(limits::MAX_QUERY_OR_HEADERS) {
        let (len, max) = (headers.len(), limits::MAX_QUERY_OR_HEADERS);
        limits::count(len, max, "response headers", h.name.span.clone(), sink);
        return;
    }
    let mut here: HashSet<String> = HashSet::new();
    for h in headers {
        let name = &h.name;
        let lower = name.value.to_ascii_lowercase();
        // As the generated field is spelled (`type` -> `type_`, `` -> `x`).
        let field = ident(&field_name(&name.value)).to_string();
        let error = if name.value.chars().count() > limits::MAX_NAME {
            Some((
                format!("header name is longer than {} characters", limits::MAX_NAME),
                "name too long",
                "shorten it".to_owned(),
            ))
        } else if !is_header_name(&name.value) {
            Some((
                format!("`{}` is not a valid HTTP header name", name.value),
                "invalid header name",
                "header names are tokens: letters, digits and `!#$%&'*+-.^_`|~`".to_owned(),
            ))
        } else if RUNTIME_HEADERS.contains(&lower.as_str()) {
            Some((
                format!("`{}` is set by the server runtime", name.value),
                "not a handler's header",
                "leave it out: the runtime writes framing, media type and request ids itself"
                    .to_owned(),
            ))
        } else if !here.insert(lower.clone()) {
            Some((
                format!("response header `{}` is listed twice", name.value),
                "duplicate header",
                "list each header of a status once".to_owned(),
            ))
        } else if field == "body" {
            Some((
                format!(
                    "response header `{}` is generated as the field `{field}`",
                    name.value
                ),
                "collides with the body field of `Reply`",
                "a header cannot be called `body`".to_owned(),
            ))
        } else {
            match fields.get(&field) {
                Some(first) if *first != lower => Some((
                    format!(
                        "response header `{}` is generated as `{field}`, like `{first}`",
                        name.value
                    ),
                    "name collision in the generated code",
                    "rename one of them".to_owned(),
                )),
                _ => {
                    fields.insert(field, lower);
                    None
                }
            }
        };
        if let Some((message, label, help)) = error {
            sink.error(
                Diagnostic::new(message, name.span.clone())
                    .label(label)
                    .help(help),
            );
        }
    }
}

/// The success status: a registered 2xx, or 302 to content.
pub(super) fn check_status(spec: &EndpointSpec, sink: &mut Sink) {
    let s = &spec.response.status;
    if s.value == 302 {
        if !matches!(spec.response.body.value, Body::Bytes(_)) {
            sink.error(
                Diagnostic::new(
                    "a 302 answer is the URL of content: its body must be `bytes`",
                    s.span.clone(),
                )
                .label("redirect to what?")
                .help("declare what the redirect leads to: `body = { bytes = \"application/octet-stream\" }`")
                .help("other redirects are followed by the client and are not declared"),
            );
        }
        return;
    }
    if (200..=299).contains(&s.value) && naming::success_status(s.value).is_none() {
        sink.error(
            Diagnostic::new(
                format!("{} is not a standard success status", s.value),
                s.span.clone(),
            )
            .label("unregistered 2xx status")
            .help("use one of 200, 201, 202, 203, 204, 205, 206, 207, 208 or 226"),
        );
    } else if !(200..=299).contains(&s.value) {
        sink.error(
            Diagnostic::new(
                format!("the success status must be 2xx, found {}", s.value),
                s.span.clone(),
            )
            .label("not a success status")
            .help(
                "`status` is what the endpoint answers on success, e.g. 202, or 302 to its content",
            ),
        );
    }
}
