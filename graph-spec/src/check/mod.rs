//! Semantic checks on a spec that was read completely: names, path templates
//! against declared parameters, permissions, headers, statuses.

mod limits;
mod names;
mod reply;
mod resolve;

use std::collections::{HashMap, HashSet};

pub(crate) use resolve::resolve;
use resolve::resolve_path;

use crate::diagnostic::{Diagnostic, Sink, list};
use crate::model::*;
use crate::model_graph::ModelFacts;
use crate::naming::{self, KEYWORDS, field_name, ident, is_ident, is_snake_ident};

// Builder methods and params fields a path parameter must not shadow.
use naming::RESERVED_MEMBERS as RESERVED_PARAMS;

/// Checks a spec that was read completely, reporting every problem into
/// `sink`. The generator resolves a spec that passed with [`resolve`].
pub(crate) fn check(spec: &EndpointSpec, sink: &mut Sink) {
    let facts = spec.models.facts();
    limits::check_endpoint(spec, sink);
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
    check_paths(spec, sink);
    check_params(spec, sink);
    check_permissions(spec, sink);
    check_headers(spec, sink);
    check_status(spec, sink);
    check_payloads(spec, facts, sink);
    reply::check(spec, facts, sink);
    check_rules(spec, sink);
    names::check_endpoint(spec, sink);
}

fn non_empty(s: &Sp<String>, key: &str, sink: &mut Sink) {
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

fn check_paths(spec: &EndpointSpec, sink: &mut Sink) {
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

fn check_params(spec: &EndpointSpec, sink: &mut Sink) {
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

fn check_permissions(spec: &EndpointSpec, sink: &mut Sink) {
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

/// RFC 9110 token characters.
fn is_header_name(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c))
}

fn check_headers(spec: &EndpointSpec, sink: &mut Sink) {
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

fn check_status(spec: &EndpointSpec, sink: &mut Sink) {
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

/// JSON member names: letters, digits, `_`, and `@`/`.` for OData annotations.
fn is_json_name(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_alphabetic() || c == '@')
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "_@.".contains(c))
}

/// Checks `fields`; `inherited` are the base chain's, checked where they are
/// declared but sharing the struct, so a name clash with one is an error too.
fn check_fields(fields: &[Field], inherited: &[Field], models: &ModelFacts, sink: &mut Sink) {
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

/// Bodies and query parameters of an endpoint against its models.
fn check_payloads(spec: &EndpointSpec, facts: &ModelFacts, sink: &mut Sink) {
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
fn check_body_model(name: &Sp<String>, facts: &ModelFacts, sink: &mut Sink) {
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
fn check_no_inline_response(body: &Sp<Body>, sink: &mut Sink) {
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

fn check_rules(spec: &EndpointSpec, sink: &mut Sink) {
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

/// Reports a reference to a model or enum the models file does not define.
fn check_named(ty: &Sp<TypeRef>, models: &ModelFacts, sink: &mut Sink) {
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
