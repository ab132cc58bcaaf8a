//! Route conflicts across specs: what a server mounting them together would
//! refuse. Two endpoints answering the same method on the same path shape
//! under one API version cannot both be served; parameter names do not
//! matter (`/me/messages/{message_id}` and `/me/messages/{id}` are one shape),
//! since the server's router matches by position as Graph does.

use std::collections::HashMap;

use super::LoadedSpec;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::model::{PathPart, PathVariant, Version};

/// A path's shape: its literal text, and `{}` for each parameter (the
/// query a template fixes does not route). Literals compare
/// case-insensitively, as Graph's URLs do.
fn shape(path: &PathVariant) -> String {
    let mut out = String::with_capacity(path.template.value.len());
    for part in &path.parts {
        match part {
            PathPart::Text(text) => out.push_str(&text.to_ascii_lowercase()),
            PathPart::Param(..) => out.push_str("{}"),
        }
    }
    out
}

/// A diagnostic at every path variant whose version, method and shape an
/// earlier spec's variant already has. Linear in the number of variants.
pub(super) fn route_conflicts(specs: &[LoadedSpec], sources: &[String]) -> Vec<Diagnostics> {
    let mut seen: HashMap<(Version, &'static str, String), (&LoadedSpec, &PathVariant)> =
        HashMap::new();
    let mut out = Vec::new();
    for (s, source) in specs.iter().zip(sources) {
        let method = s.spec.method.value.as_str();
        let mut items = Vec::new();
        for path in &s.spec.paths {
            let shape = shape(path);
            for version in &s.spec.versions {
                let key = (version.value, method, shape.clone());
                let Some((first, first_path)) = seen.get(&key) else {
                    seen.insert(key, (s, path));
                    continue;
                };
                if std::ptr::eq(*first, s) {
                    // Two variants of one spec: the spec's own check reports those.
                    continue;
                }
                items.push(
                    Diagnostic::new(
                        format!(
                            "`{method} /{}{}` is served twice: `{}` has `{}` too",
                            version.value,
                            path.template.value,
                            first.display,
                            first_path.template.value
                        ),
                        path.template.span.clone(),
                    )
                    .label("same method and path as another spec's")
                    .help(
                        "a server mounting both could answer only one; parameter names do not \
                         make paths different, so remove one spec or change its method or path",
                    ),
                );
            }
        }
        if !items.is_empty() {
            out.push(Diagnostics::single(&s.display, source, items));
        }
    }
    out
}
