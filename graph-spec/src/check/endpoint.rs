//! The endpoint's own keys: its type name, summary (when given) and
//! documentation link.

use crate::diagnostic::{Diagnostic, Sink};
use crate::model::*;
use crate::naming::{KEYWORDS, is_ident};

/// Checks the type name, summary and `docs_url`.
pub(super) fn check(spec: &EndpointSpec, sink: &mut Sink) {
    check_type_name(spec, sink);
    if let Some(summary) = &spec.summary {
        non_empty(summary, "summary", sink);
    }
    if let Some(url) = &spec.docs_url
        && !url.value.starts_with("https://")
    {
        sink.error(
            Diagnostic::new("`docs_url` must be an https:// link", url.span.clone())
                .label("not an https URL"),
        );
    }
}

/// Text a key must have: not empty, not only whitespace.
pub(super) fn non_empty(s: &Sp<String>, key: &str, sink: &mut Sink) {
    if s.value.trim().is_empty() {
        sink.error(
            Diagnostic::new(format!("`{key}` is empty"), s.span.clone())
                .label("write something here"),
        );
    }
}

fn check_type_name(spec: &EndpointSpec, sink: &mut Sink) {
    let t = &spec.type_name;
    if !is_ident(&t.value) || KEYWORDS.contains(&t.value.as_str()) {
        sink.error(
            Diagnostic::new(
                format!("`{}` is not a valid Rust type name", t.value),
                t.span.clone(),
            )
            .label("needs a Rust identifier")
            .help("set `type_name = \"SendMessage\"` (letters, digits and `_`, not a keyword)"),
        );
    } else if !t.value.starts_with(|c: char| c.is_ascii_uppercase()) {
        sink.error(
            Diagnostic::new(
                format!(
                    "type name `{}` must start with an upper-case letter",
                    t.value
                ),
                t.span.clone(),
            )
            .label("Rust types are UpperCamelCase"),
        );
    }
}
