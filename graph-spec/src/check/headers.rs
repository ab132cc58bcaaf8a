//! The documented request headers: valid names listed once, values HTTP allows.

use std::collections::HashSet;

use crate::diagnostic::{Diagnostic, Sink};
use crate::model::*;

/// RFC 9110 token characters.
pub(super) fn is_header_name(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c))
}

pub(super) fn check_headers(spec: &EndpointSpec, sink: &mut Sink) {
    let mut seen: HashSet<String> = HashSet::new();
    for h in &spec.headers {
        if !is_header_name(&h.name.value) {
            sink.error(
                Diagnostic::new(
                    format!("`{}` is not a valid HTTP header name", h.name.value),
                    h.name.span.clone(),
                )
                .label("invalid header name")
                .help("header names are tokens: letters, digits and `!#$%&'*+-.^_`|~`"),
            );
        } else if !seen.insert(h.name.value.to_ascii_lowercase()) {
            sink.error(
                Diagnostic::new(
                    format!("header `{}` is listed twice", h.name.value),
                    h.name.span.clone(),
                )
                .label("duplicate header"),
            );
        }
        if h.value
            .value
            .chars()
            .any(|c| !(c == ' ' || c == '\t' || c.is_ascii_graphic()))
        {
            sink.error(
                Diagnostic::new(
                    format!(
                        "header value for `{}` contains characters HTTP does not allow",
                        h.name.value
                    ),
                    h.value.span.clone(),
                )
                .label("invalid header value")
                .help("use visible ASCII, spaces and tabs"),
            );
        }
    }
}
