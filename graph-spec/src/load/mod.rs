//! TOML source -> [`EndpointSpec`], reporting every structural problem
//! (syntax, unknown or missing keys, wrong value types, unknown enum values)
//! instead of stopping at the first.

use std::ops::Range;

use toml::de::{DeTable, DeValue};

mod fields;
mod reply;
mod table;

pub(crate) use fields::read_models;

use crate::diagnostic::{Diagnostic, Sink, list};
use crate::model::*;
use crate::{naming, template};
use table::{Table, string_items, wrong_type};

use crate::keys::{
    self, NONE_REQUIRED, NOT_SUPPORTED, header, param, path, permissions as perm, request as req,
    response as resp, rule, spec,
};

/// Parses and reads an endpoint spec. Returns the spec when it could be read
/// completely (semantic checks run afterwards), and adds every problem to `sink`.
pub(crate) fn read_endpoint(source: &str, sink: &mut Sink) -> Option<EndpointSpec> {
    let (root, errors) = DeTable::parse_recoverable(source);
    if !errors.is_empty() {
        syntax_errors(errors, sink);
        return None;
    }
    let doc_span = 0..source.len();
    let root = Table {
        map: root.get_ref(),
        span: 0..0,
        what: "the spec".to_owned(),
    };
    root.deny_unknown(sink, spec::ALL);

    let name = root.string(sink, spec::NAME, Some("\"message: send\""));
    let type_name = root.string(sink, spec::TYPE_NAME, None);
    let summary = root.string(sink, spec::SUMMARY, None);
    let description = root.string(sink, spec::DESCRIPTION, None);
    let docs_url = root.string(sink, spec::DOCS_URL, None);
    let versions = read_versions(&root, sink);
    let method = read_method(&root, sink);
    let paths = read_paths(&root, sink);
    let params = read_params(&root, sink);
    let permissions = read_permissions(&root, sink);
    let (resource, other_users) = read_cross_user(&root, sink);
    let Request {
        headers,
        body: request_body,
        body_optional: request_body_optional,
        rules,
    } = read_request(&root, sink);
    let response = read_response(&root, sink);
    let query = fields::read_query(&root, sink);
    let models_file = root.string(sink, spec::MODELS, None);

    // A piece that could not be read (already reported) gets a neutral
    // stand-in, so the semantic checks still run on the rest and every error
    // is reported at once. Stand-ins are chosen to trigger no checks of their
    // own; the caller fails the load because `sink` holds errors.
    let name = name.unwrap_or_else(|| Sp::new("endpoint".to_owned(), 0..0));
    let type_name = match type_name {
        Some(t) => t,
        None if name.span.is_empty() => Sp::new("Endpoint".to_owned(), 0..0),
        None => Sp::new(naming::derive_type_name(&name.value), name.span.clone()),
    };
    // Templates and parameters are checked against each other: without both, neither.
    let (mut paths, params) = match (paths, params) {
        (Some(paths), Some(params)) => (paths, params),
        _ => (Vec::new(), Vec::new()),
    };
    for p in &mut paths {
        (p.parts, p.query) = template::parse(&p.template, source, sink);
    }
    let no_body = |span: Range<usize>| Sp::new(Body::None, span);
    Some(EndpointSpec {
        name,
        type_name,
        summary,
        description,
        docs_url,
        versions: versions.unwrap_or_default(),
        method: method.unwrap_or_else(|| Sp::new(Method::Post, 0..0)),
        paths,
        params,
        permissions: permissions.unwrap_or_default(),
        resource,
        other_users,
        headers,
        query: query.unwrap_or_default(),
        rules,
        models_file,
        models: Default::default(),
        request_body: request_body.unwrap_or_else(|| no_body(0..0)),
        request_body_optional,
        response: response.unwrap_or_else(|| Response {
            status: Sp::new(200, 0..0),
            description: None,
            body: no_body(0..0),
            headers: Vec::new(),
            alternatives: Vec::new(),
        }),
        span: doc_span,
    })
}

/// Reports TOML syntax errors.
pub(crate) fn syntax_errors(errors: Vec<toml::de::Error>, sink: &mut Sink) {
    for e in errors {
        let span = e.span().unwrap_or(0..0);
        let message = e.message().trim_end().to_owned();
        sink.error(
            Diagnostic::new(format!("invalid TOML: {message}"), span).label("TOML syntax error"),
        );
    }
}

fn read_versions(root: &Table<'_, '_>, sink: &mut Sink) -> Option<Vec<Sp<Version>>> {
    let value = root.array(sink, spec::VERSIONS, Some("[\"v1.0\"]"))?;
    let DeValue::Array(items) = value.get_ref() else {
        return None;
    };
    if items.is_empty() {
        sink.error(
            Diagnostic::new("`versions` is empty", value.span())
                .label("no API version")
                .help("list at least one of `v1.0` or `beta`"),
        );
        return None;
    }
    let mut out = Vec::new();
    let mut ok = true;
    for item in items.iter() {
        let DeValue::String(s) = item.get_ref() else {
            sink.error(wrong_type(
                spec::VERSIONS,
                "an array of strings",
                item.get_ref(),
                item.span(),
            ));
            ok = false;
            continue;
        };
        match Version::ALL.iter().find(|(_, name)| name == s) {
            Some((v, _)) => {
                if out.iter().any(|o: &Sp<Version>| o.value == *v) {
                    sink.error(
                        Diagnostic::new(format!("API version `{s}` is listed twice"), item.span())
                            .label("duplicate version"),
                    );
                    ok = false;
                }
                out.push(Sp::new(*v, item.span()));
            }
            None => {
                sink.error(
                    Diagnostic::new(format!("unknown API version `{s}`"), item.span())
                        .label("not a Graph API version")
                        .help("expected `v1.0` or `beta`"),
                );
                ok = false;
            }
        }
    }
    ok.then_some(out)
}

fn read_method(root: &Table<'_, '_>, sink: &mut Sink) -> Option<Sp<Method>> {
    let s = root.string(sink, spec::METHOD, Some("\"POST\""))?;
    let names: Vec<&str> = Method::ALL.iter().map(|(_, n)| *n).collect();
    match Method::ALL.iter().find(|(_, n)| *n == s.value) {
        Some((m, _)) => Some(Sp::new(*m, s.span)),
        None => {
            let mut d =
                Diagnostic::new(format!("unknown HTTP method `{}`", s.value), s.span.clone())
                    .label("not a method Graph uses");
            if let Some((_, n)) = Method::ALL
                .iter()
                .find(|(_, n)| n.eq_ignore_ascii_case(&s.value))
            {
                d = d.help(format!("methods are upper case: `{n}`"));
            }
            sink.error(d.help(format!("expected one of {}", list(&names))));
            None
        }
    }
}

/// Reads an array of tables such as `[[paths]]`, checking each element's keys.
fn tables<'a, 'i>(
    root: &Table<'a, 'i>,
    sink: &mut Sink,
    key: &str,
    allowed: &[&str],
    required: Option<&str>,
) -> Option<Vec<Table<'a, 'i>>> {
    let value = root.array(sink, key, required)?;
    let DeValue::Array(items) = value.get_ref() else {
        return None;
    };
    let mut out = Vec::new();
    for item in items.iter() {
        match item.get_ref() {
            DeValue::Table(map) => {
                let t = Table {
                    map,
                    span: item.span(),
                    what: format!("`[[{}{key}]]`", root.prefix()),
                };
                t.deny_unknown(sink, allowed);
                out.push(t);
            }
            other => sink.error(wrong_type(key, "an array of tables", other, item.span())),
        }
    }
    Some(out)
}

fn read_paths(root: &Table<'_, '_>, sink: &mut Sink) -> Option<Vec<PathVariant>> {
    let tables = tables(
        root,
        sink,
        spec::PATHS,
        path::ALL,
        Some("[{ variant = \"me\", template = \"/me/...\" }]"),
    )?;
    if tables.is_empty() {
        let span = root.entry(spec::PATHS).map_or(0..0, |(_, v)| v.span());
        sink.error(
            Diagnostic::new("`paths` is empty", span)
                .label("no path variant")
                .help("add a `[[paths]]` table with `variant` and `template`"),
        );
        return None;
    }
    let mut out = Vec::new();
    for t in &tables {
        let variant = t.string(sink, path::VARIANT, Some("\"me\""));
        let template = t.string(
            sink,
            path::TEMPLATE,
            Some("\"/me/messages/{message_id}/send\""),
        );
        let description = t.string(sink, path::DESCRIPTION, None);
        if let (Some(variant), Some(template)) = (variant, template) {
            out.push(PathVariant {
                variant,
                template,
                parts: Vec::new(),
                query: Vec::new(),
                description,
            });
        }
    }
    (out.len() == tables.len()).then_some(out)
}

fn read_params(root: &Table<'_, '_>, sink: &mut Sink) -> Option<Vec<PathParam>> {
    let Some(table) = root.table(sink, spec::PARAMS, None) else {
        // A spec without path parameters may leave the table out; a wrong type was reported.
        return root.entry(spec::PARAMS).is_none().then(Vec::new);
    };
    let tables = table.named_tables(sink, spec::PARAMS, param::ALL, false);
    // Complete only if every entry is a table (else reported) that reads cleanly.
    let mut ok = tables.len() == table.map.len();
    let mut out = Vec::new();
    for (name, t) in tables {
        let description = t.string(
            sink,
            param::DESCRIPTION,
            Some("\"What the parameter identifies.\""),
        );
        let docs_name = t.string(sink, param::DOCS_NAME, None);
        if let Some(ty) = t.string(sink, param::TYPE, None)
            && ty.value != "string"
        {
            sink.error(
                Diagnostic::new(
                    format!("unsupported path parameter type `{}`", ty.value),
                    ty.span.clone(),
                )
                .label("Graph path parameters are strings")
                .help("use `type = \"string\"` or leave `type` out"),
            );
            ok = false;
        }
        match description {
            Some(description) => out.push(PathParam {
                name,
                docs_name,
                description,
            }),
            None => ok = false,
        }
    }
    ok.then_some(out)
}

/// `resource = "mailbox"` and `other_users = ["Mail.Send.Shared"]` in
/// `[permissions]`: both optional.
fn read_cross_user(root: &Table<'_, '_>, sink: &mut Sink) -> (Option<Sp<String>>, Vec<Sp<String>>) {
    let Some((_, value)) = root.entry(spec::PERMISSIONS) else {
        return (None, Vec::new());
    };
    let DeValue::Table(map) = value.get_ref() else {
        return (None, Vec::new());
    };
    let table = Table {
        map,
        span: value.span(),
        what: "`[permissions]`".to_owned(),
    };
    let resource = table.string(sink, perm::RESOURCE, None);
    let other_users = match table
        .array(sink, perm::OTHER_USERS, None)
        .map(|a| a.get_ref())
    {
        Some(DeValue::Array(items)) => string_items(
            items,
            sink,
            perm::OTHER_USERS,
            "an array of permission names",
        ),
        _ => Vec::new(),
    };
    (resource, other_users)
}

fn read_permissions(root: &Table<'_, '_>, sink: &mut Sink) -> Option<Vec<PermissionList>> {
    let table = root.table(
        sink,
        spec::PERMISSIONS,
        Some("{ delegated_work = [\"Mail.Send\"], ... }"),
    )?;
    let mut ok = true;
    for (key, _) in table.map.iter() {
        let name = key.get_ref().as_ref();
        if perm::ALL.contains(&name) {
            continue;
        }
        sink.error(
            Diagnostic::new(format!("unknown permission type `{name}`"), key.span())
                .label("not a permission type")
                .suggest(name, perm::ALL, str::to_owned)
                .help(format!("expected one of {}", list(perm::KINDS))),
        );
        ok = false;
    }
    let mut out = Vec::new();
    for (kind, key) in PermissionKind::ALL {
        let Some((k, value)) = table.entry(key) else {
            sink.error(
                Diagnostic::new(format!("missing permission type `{key}` in `[permissions]`"), table.span.clone())
                    .label(format!("`{key}` is missing here"))
                    .help(format!("add `{key} = [\"Mail.Send\"]` (least privileged first), or `{key} = \"{NOT_SUPPORTED}\"`")),
            );
            ok = false;
            continue;
        };
        let kind = Sp::new(kind, k.span());
        match value.get_ref() {
            DeValue::String(s) if s == NOT_SUPPORTED => {
                out.push(PermissionList { kind, names: None })
            }
            DeValue::String(s) if s == NONE_REQUIRED => out.push(PermissionList {
                kind,
                names: Some(Vec::new()),
            }),
            DeValue::Array(items) if items.is_empty() => {
                sink.error(
                    Diagnostic::new(format!("`{key}` lists no permissions"), value.span())
                        .label("empty list")
                        .help(format!("list the permissions, least privileged first; write `{key} = \"{NOT_SUPPORTED}\"` when the type cannot call the endpoint, or `{key} = \"{NONE_REQUIRED}\"` when any valid token of the type can")),
                );
                ok = false;
            }
            DeValue::Array(items) => {
                let names = string_items(items, sink, key, "an array of permission names");
                ok &= names.len() == items.len();
                out.push(PermissionList {
                    kind,
                    names: Some(names),
                });
            }
            DeValue::String(s) => {
                sink.error(
                    Diagnostic::new(format!("`{key}` must be a list of permissions, \"{NOT_SUPPORTED}\" or \"{NONE_REQUIRED}\", found \"{s}\""), value.span())
                        .label("expected a list")
                        .help(format!("write `{key} = [\"{s}\"]`")),
                );
                ok = false;
            }
            other => {
                sink.error(wrong_type(
                    key,
                    &format!("a list of permissions, \"{NOT_SUPPORTED}\" or \"{NONE_REQUIRED}\""),
                    other,
                    value.span(),
                ));
                ok = false;
            }
        }
    }
    ok.then_some(out)
}

/// What `[request]` declares.
struct Request {
    headers: Vec<Header>,
    body: Option<Sp<Body>>,
    body_optional: Option<Sp<bool>>,
    rules: Vec<BodyRule>,
}

fn read_request(root: &Table<'_, '_>, sink: &mut Sink) -> Request {
    let Some(table) = root.table(sink, spec::REQUEST, Some("{ body = \"none\" }")) else {
        return Request {
            headers: Vec::new(),
            body: None,
            body_optional: None,
            rules: Vec::new(),
        };
    };
    table.deny_unknown(sink, req::ALL);
    let mut headers = Vec::new();
    for t in tables(&table, sink, req::HEADERS, header::ALL, None).unwrap_or_default() {
        let name = t.string(sink, header::NAME, Some("\"Authorization\""));
        let value = t.string(sink, header::VALUE, Some("\"Bearer {token}\""));
        let required = t.boolean(sink, header::REQUIRED, Some("true"));
        let description = t.string(sink, header::DESCRIPTION, None);
        if let (Some(name), Some(value), Some(required)) = (name, value, required) {
            headers.push(Header {
                name,
                value,
                required,
                description,
            });
        }
    }
    let body = fields::read_body(&table, sink, spec::REQUEST);
    let body_optional = table.boolean(sink, req::BODY_OPTIONAL, None);
    let mut rules = Vec::new();
    if body.is_none() {
        // The body was reported already; rules about it would only add noise.
        return Request {
            headers,
            body,
            body_optional,
            rules,
        };
    }
    for t in tables(&table, sink, req::RULES, rule::ALL, None).unwrap_or_default() {
        let kinds: Vec<(RuleKind, &str)> = [
            (RuleKind::Exclusive, rule::EXCLUSIVE),
            (RuleKind::ExactlyOne, rule::EXACTLY_ONE),
        ]
        .into_iter()
        .filter(|(_, k)| t.entry(k).is_some())
        .collect();
        let [(kind, key)] = kinds[..] else {
            sink.error(
                Diagnostic::new(
                    "a rule needs exactly one of `exclusive` or `exactly_one`",
                    t.span.clone(),
                )
                .label("ambiguous rule")
                .help("e.g. `exclusive = [\"comment\", \"message.body\"]`"),
            );
            continue;
        };
        let Some(value) = t.array(sink, key, None) else {
            continue;
        };
        let fields = match value.get_ref() {
            DeValue::Array(items) => string_items(items, sink, key, "an array of field paths"),
            _ => Vec::new(),
        };
        let description = t.string(sink, rule::DESCRIPTION, None);
        rules.push(BodyRule {
            kind: Sp::new(kind, value.span()),
            fields,
            description,
        });
    }
    Request {
        headers,
        body,
        body_optional,
        rules,
    }
}

fn read_response(root: &Table<'_, '_>, sink: &mut Sink) -> Option<Response> {
    let table = root.table(
        sink,
        spec::RESPONSE,
        Some("{ status = 202, body = \"none\" }"),
    )?;
    table.deny_unknown(sink, resp::ALL);
    let status = read_status(&table, sink);
    let description = table.string(sink, resp::DESCRIPTION, None);
    let body = fields::read_body(&table, sink, spec::RESPONSE);
    let headers = reply::read_headers(&table, sink);
    let alternatives = reply::read_alternatives(&table, sink);
    Some(Response {
        status: status?,
        description,
        body: body?,
        headers,
        alternatives,
    })
}

/// The `status` of `[response]` or of an alternative: an HTTP status code.
fn read_status(table: &Table<'_, '_>, sink: &mut Sink) -> Option<Sp<u16>> {
    match table.entry(keys::STATUS) {
        None => {
            table.missing(sink, keys::STATUS, "202");
            None
        }
        Some((_, value)) => match value.get_ref() {
            DeValue::Integer(i) => {
                let n = i64::from_str_radix(i.as_str(), i.radix()).ok();
                match n
                    .and_then(|n| u16::try_from(n).ok())
                    .filter(|n| (100..=599).contains(n))
                {
                    Some(n) => Some(Sp::new(n, value.span())),
                    None => {
                        sink.error(
                            Diagnostic::new(
                                format!("`{i}` is not an HTTP status code"),
                                value.span(),
                            )
                            .label("expected 100 to 599"),
                        );
                        None
                    }
                }
            }
            other => {
                sink.error(wrong_type(
                    keys::STATUS,
                    "an integer status code",
                    other,
                    value.span(),
                ));
                None
            }
        },
    }
}
