//! Spec text: the layout of the bundled specs, byte-for-byte deterministic.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::ir::{Body, Endpoint, Field, Perms, ResponseBody, TypeRef};
use crate::models::Model;
use crate::text::{snake, toml_key, toml_str};

/// The spec type of a field.
pub fn type_name(t: &TypeRef) -> String {
    match t {
        TypeRef::Prim(p) => (*p).to_owned(),
        TypeRef::Model { name, .. } | TypeRef::Enum { name, .. } => name.clone(),
        TypeRef::List(inner) => format!("[{}]", type_name(inner)),
    }
}

/// A TOML multi-line basic string, for descriptions.
fn multiline(s: &str) -> String {
    let escaped = toml_str(s);
    if !s.contains('\n') {
        return escaped;
    }
    // Keep paragraphs on their own lines: `\n` escapes become real newlines.
    let inner = &escaped[1..escaped.len() - 1];
    format!("\"\"\"\n{}\"\"\"", inner.replace("\\n", "\n"))
}

/// The spec text of an endpoint. `models` is the models file path relative to
/// the spec, when the endpoint uses models. `source` names the page.
pub fn endpoint(e: &Endpoint, source: &str, models: Option<&str>) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "# {}, Microsoft Graph {}.", e.name, e.version);
    let _ = writeln!(s, "# Source: {source}");
    let _ = writeln!(s, "# Imported by `graph-gen import`.");
    s.push('\n');
    let _ = writeln!(s, "name = {}", toml_str(&e.name));
    let _ = writeln!(
        s,
        "type_name = {}",
        toml_str(&graph_spec::pascal(&snake(&e.stem)))
    );
    if !e.summary.is_empty() {
        let _ = writeln!(s, "summary = {}", toml_str(&e.summary));
    }
    if !e.description.is_empty() {
        let _ = writeln!(s, "description = {}", multiline(&e.description));
    }
    let _ = writeln!(s, "docs_url = {}", toml_str(&e.docs_url));
    let _ = writeln!(s, "versions = [{}]", toml_str(e.version.as_str()));
    let _ = writeln!(s, "method = {}", toml_str(&e.method));
    if let Some(m) = models {
        let _ = writeln!(s, "models = {}", toml_str(m));
    }
    for p in &e.paths {
        s.push('\n');
        s.push_str("[[paths]]\n");
        let _ = writeln!(s, "variant = {}", toml_str(&p.variant));
        // No description: the generated docs show the docs' spelling of the
        // path (from `docs_name`), so repeating it here would say it twice.
        let _ = writeln!(s, "template = {}", toml_str(&p.template));
    }
    for p in &e.params {
        s.push('\n');
        let _ = writeln!(s, "[params.{}]", p.name);
        let _ = writeln!(s, "docs_name = {}", toml_str(&p.docs_name));
        let _ = writeln!(s, "description = {}", toml_str(&p.description));
    }
    for q in &e.query {
        s.push('\n');
        let _ = writeln!(s, "[query.{}]", toml_key(&q.name));
        let _ = writeln!(s, "type = {}", toml_str(q.ty));
        if !q.description.is_empty() {
            let _ = writeln!(s, "description = {}", toml_str(&q.description));
        }
    }
    s.push('\n');
    s.push_str("# Least to most privileged, as in the docs' permissions table.\n");
    s.push_str("[permissions]\n");
    for (key, perms) in [
        ("delegated_work", &e.permissions.delegated_work),
        ("delegated_personal", &e.permissions.delegated_personal),
        ("application", &e.permissions.application),
    ] {
        let value = match perms {
            Perms::NotSupported => toml_str("not supported"),
            Perms::NoneRequired => toml_str("none required"),
            Perms::List(names) => format!(
                "[{}]",
                names
                    .iter()
                    .map(|n| toml_str(n))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        };
        let _ = writeln!(s, "{key} = {value}");
    }
    if let Some(resource) = e.permissions.resource {
        let _ = writeln!(s, "resource = {}", toml_str(resource));
        if !e.permissions.other_users.is_empty() {
            let _ = writeln!(
                s,
                "other_users = [{}]",
                e.permissions
                    .other_users
                    .iter()
                    .map(|n| toml_str(n))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        }
    }
    s.push('\n');
    s.push_str("[request]\n");
    match &e.body {
        Body::None => s.push_str("body = \"none\"\n"),
        Body::Bytes(media) => {
            let _ = writeln!(s, "body = {{ bytes = {} }}", toml_str(media));
        }
        Body::Model(_) | Body::Fields(_) => {}
    }
    for h in &e.headers {
        s.push('\n');
        s.push_str("[[request.headers]]\n");
        let _ = writeln!(s, "name = {}", toml_str(&h.name));
        let _ = writeln!(s, "value = {}", toml_str(&h.value));
        let _ = writeln!(s, "required = {}", h.required);
        if !h.description.is_empty() {
            let _ = writeln!(s, "description = {}", toml_str(&h.description));
        }
    }
    match &e.body {
        Body::None | Body::Bytes(_) => {}
        Body::Model(t) => {
            s.push('\n');
            s.push_str("[request.body]\n");
            let _ = writeln!(s, "model = {}", toml_str(&type_name(t)));
        }
        Body::Fields(fields) => {
            for f in fields {
                s.push('\n');
                let _ = writeln!(s, "[request.body.fields.{}]", toml_key(&f.name));
                field_lines(&mut s, f);
            }
        }
    }
    s.push('\n');
    s.push_str("[response]\n");
    let _ = writeln!(s, "status = {}", e.status);
    if !e.status_text.is_empty() {
        let _ = writeln!(s, "description = {}", toml_str(&e.status_text));
    }
    match &e.response {
        ResponseBody::None => s.push_str("body = \"none\"\n"),
        ResponseBody::Model(t) => {
            s.push_str("\n[response.body]\n");
            let _ = writeln!(s, "model = {}", toml_str(&type_name(t)));
        }
        ResponseBody::Collection(t) => {
            s.push_str("\n[response.body]\n");
            let _ = writeln!(s, "collection = {}", toml_str(&type_name(t)));
        }
        ResponseBody::Delta(t) => {
            s.push_str("\n[response.body]\n");
            let _ = writeln!(s, "delta = {}", toml_str(&type_name(t)));
        }
        ResponseBody::Bytes(media) => {
            s.push_str("\n[response.body]\n");
            let _ = writeln!(s, "bytes = {}", toml_str(media));
        }
    }
    s
}

fn field_lines(s: &mut String, f: &Field) {
    let _ = writeln!(s, "type = {}", toml_str(&type_name(&f.ty)));
    if f.required {
        s.push_str("required = true\n");
    } else if let Some(d) = f.default {
        let _ = writeln!(s, "default = {d}");
    }
    if !f.description.is_empty() {
        let _ = writeln!(s, "description = {}", toml_str(&f.description));
    }
}

/// Enums used by fields, by name (the first definition wins).
pub fn enums<'a>(fields: impl Iterator<Item = &'a Field>) -> BTreeMap<String, Vec<String>> {
    let mut out = BTreeMap::new();
    for f in fields {
        let mut t = &f.ty;
        if let TypeRef::List(inner) = t {
            t = inner;
        }
        if let TypeRef::Enum { name, values } = t {
            out.entry(name.clone()).or_insert_with(|| values.clone());
        }
    }
    out
}

/// The models file text: enums, then models, by name, each naming its page,
/// then `existing`: types copied from the folder's other models files.
pub fn models(
    version: &str,
    models: &BTreeMap<String, Model>,
    enums: &BTreeMap<String, Vec<String>>,
    existing: &str,
) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "# Models of Microsoft Graph {version}, from the resource pages the imported endpoints use."
    );
    s.push_str("# Imported by `graph-gen import`. Resource fields are optional: Graph may omit any of them.\n");
    for (name, values) in enums {
        s.push('\n');
        let _ = writeln!(s, "[enums.{}]", toml_key(name));
        let _ = writeln!(
            s,
            "values = [{}]",
            values
                .iter()
                .map(|v| toml_str(v))
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    for m in models.values() {
        s.push('\n');
        let _ = writeln!(s, "# Source: {}", m.source);
        let _ = writeln!(s, "[models.{}]", toml_key(&m.name));
        if !m.description.is_empty() {
            let _ = writeln!(s, "description = {}", toml_str(&m.description));
        }
        if let Some(base) = &m.base {
            let _ = writeln!(s, "base = {}", toml_str(base));
        }
        let _ = writeln!(s, "[models.{}.fields]", toml_key(&m.name));
        for f in &m.fields {
            let mut line = format!(
                "{} = {{ type = {}",
                toml_key(&f.name),
                toml_str(&type_name(&f.ty))
            );
            if !f.description.is_empty() {
                let _ = write!(line, ", description = {}", toml_str(&f.description));
            }
            line.push_str(" }\n");
            s.push_str(&line);
        }
    }
    s.push_str(existing);
    s
}
