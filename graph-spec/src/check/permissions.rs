//! `[permissions]`: well-formed names listed once per permission type, at
//! least one type supported, and the per-user `resource` with the
//! `other_users` permissions that reach beyond the caller's own.

use std::collections::HashSet;

use crate::diagnostic::{Diagnostic, Sink, list};
use crate::model::*;

/// `Mail.Send`, `Mail.ReadWrite.Shared`, `User-Mail.ReadWrite.All`,
/// `eDiscovery.Read.All`: two or more dotted segments of letters, digits and
/// `-`, each starting with a letter (Graph's own names do not all start upper case).
fn is_permission_name(s: &str) -> bool {
    let segments: Vec<&str> = s.split('.').collect();
    segments.len() >= 2
        && segments.iter().all(|seg| {
            seg.starts_with(|c: char| c.is_ascii_alphabetic())
                && seg.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
}

/// Each name well formed, none twice (case-insensitively) in one list.
fn check_permission_list(names: &[Sp<String>], key: &str, sink: &mut Sink) {
    let mut seen: HashSet<String> = HashSet::new();
    for n in names {
        if !is_permission_name(&n.value) {
            sink.error(
                Diagnostic::new(
                    format!("`{}` is not a valid permission name", n.value),
                    n.span.clone(),
                )
                .label("malformed permission")
                .help("permission names look like `Mail.Send` or `Mail.ReadWrite.Shared`"),
            );
        }
        if !seen.insert(n.value.to_ascii_lowercase()) {
            sink.error(
                Diagnostic::new(
                    format!("permission `{}` is listed twice for `{key}`", n.value),
                    n.span.clone(),
                )
                .label("duplicate permission"),
            );
        }
    }
}

pub(super) fn check_permissions(spec: &EndpointSpec, sink: &mut Sink) {
    for list in &spec.permissions {
        if let Some(names) = &list.names {
            check_permission_list(names, list.kind.value.key(), sink);
        }
    }
    check_cross_user(spec, sink);
    if !spec.permissions.is_empty() && spec.permissions.iter().all(|p| p.names.is_none()) {
        let span = spec
            .permissions
            .first()
            .map_or(0..0, |p| p.kind.span.clone());
        sink.error(
            Diagnostic::new("no permission type is supported", span)
                .label("every type says \"not supported\"")
                .help(
                    "an endpoint nobody may call cannot be generated; list at least one permission",
                ),
        );
    }
}

/// `resource` and `other_users`: a known resource, on a spec with a
/// `/users/{...}` variant, and other-users permissions only with a resource
/// to name and a delegated permission type to add to.
fn check_cross_user(spec: &EndpointSpec, sink: &mut Sink) {
    check_permission_list(&spec.other_users, "other_users", sink);
    // No paths at all means they could not be read (already reported).
    let no_users_path = !spec.paths.is_empty() && !spec.paths.iter().any(PathVariant::is_users);
    if let Some(resource) = &spec.resource {
        if !RESOURCES.contains(&resource.value.as_str()) {
            sink.error(
                Diagnostic::new(
                    format!("unknown resource `{}`", resource.value),
                    resource.span.clone(),
                )
                .label("not a per-user resource")
                .suggest(&resource.value, RESOURCES, |r| format!("\"{r}\""))
                .help(format!("expected one of {}", list(RESOURCES))),
            );
        }
        if no_users_path {
            sink.error(
                Diagnostic::new(
                    "`resource` needs a `/users/{...}` path variant",
                    resource.span.clone(),
                )
                .label("no user's resource is addressed")
                .help("remove `resource`, or add a variant such as `/users/{user_id}/...`"),
            );
        }
    }
    let Some(first) = spec.other_users.first() else {
        return;
    };
    if spec.resource.is_none() {
        sink.error(
            Diagnostic::new("`other_users` needs a `resource`", first.span.clone())
                .label("whose resource do these permissions reach?")
                .help(format!(
                    "add `resource = \"...\"` to `[permissions]`, one of {}",
                    list(RESOURCES)
                )),
        );
    }
    if no_users_path && spec.resource.is_none() {
        sink.error(
            Diagnostic::new(
                "`other_users` permissions need a `/users/{...}` path variant",
                first.span.clone(),
            )
            .label("no other user's resource to reach")
            .help("remove `other_users`, or add a variant such as `/users/{user_id}/...`"),
        );
    }
    let delegated = spec
        .permissions
        .iter()
        .any(|p| p.kind.value != PermissionKind::Application && p.names.is_some());
    if !delegated && !spec.permissions.is_empty() {
        sink.error(
            Diagnostic::new(
                "`other_users` permissions need a delegated permission type",
                first.span.clone(),
            )
            .label("only delegated callers are limited to their own resource")
            .help("list delegated permissions, or remove `other_users` (application permissions reach every user)"),
        );
    }
}
