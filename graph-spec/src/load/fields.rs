//! Typed JSON fields, bodies, query parameters and shared model files.

use toml::de::{DeTable, DeValue};

use super::table::{Table, string_items, wrong_type};
use crate::diagnostic::{Diagnostic, Sink};
use crate::model::*;

use crate::keys::{
    self, NO_BODY, body as body_keys, enumeration, field, model, models_file, query,
};

/// The scalar type names and what they mean.
pub(crate) const SCALARS: &[(&str, TypeRef)] = &[
    ("string", TypeRef::String),
    ("boolean", TypeRef::Boolean),
    ("int32", TypeRef::Int32),
    ("int64", TypeRef::Int64),
    ("double", TypeRef::Double),
    ("dateTimeOffset", TypeRef::DateTime),
];

/// Parses `string`, `message`, `[recipient]`; names are resolved later.
pub(crate) fn parse_type(s: &str) -> Option<TypeRef> {
    let s = s.trim();
    if let Some(inner) = s.strip_prefix('[').and_then(|r| r.strip_suffix(']')) {
        return parse_type(inner).map(|t| TypeRef::Array(Box::new(t)));
    }
    if let Some((_, t)) = SCALARS.iter().find(|(n, _)| *n == s) {
        return Some(t.clone());
    }
    // A Graph type name, namespaced ones included: `callRecords.session`.
    let ok = s.split('.').all(|part| {
        let mut chars = part.chars();
        chars.next().is_some_and(|c| c.is_ascii_alphabetic())
            && chars.all(|c| c.is_ascii_alphanumeric())
    });
    ok.then(|| TypeRef::Named(s.to_owned()))
}

fn read_type(t: &Table<'_, '_>, sink: &mut Sink) -> Option<Sp<TypeRef>> {
    let s = t.string(sink, keys::TYPE, Some("\"string\""))?;
    match parse_type(&s.value) {
        Some(ty) => Some(Sp::new(ty, s.span)),
        None => {
            sink.error(
                Diagnostic::new(format!("`{}` is not a type", s.value), s.span.clone())
                    .label("malformed type")
                    .help("write a scalar (`string`, `boolean`, `int32`, `int64`, `double`, `dateTimeOffset`), a model or enum name, or `[T]` for an array"),
            );
            None
        }
    }
}

/// Reads `[<prefix>.<jsonName>]` field tables.
pub(crate) fn read_fields(
    table: &Table<'_, '_>,
    sink: &mut Sink,
    prefix: &str,
) -> Option<Vec<Field>> {
    let tables = table.named_tables(sink, prefix, field::ALL, false);
    let mut out = Vec::new();
    for (name, t) in tables {
        let ty = read_type(&t, sink);
        let description = t.string(sink, field::DESCRIPTION, None);
        let required = t
            .boolean(sink, field::REQUIRED, None)
            .is_some_and(|b| b.value);
        let default = t
            .entry(field::DEFAULT)
            .and_then(|(_, v)| match v.get_ref() {
                DeValue::Boolean(b) => Some(Sp::new(DefaultValue::Bool(*b), v.span())),
                DeValue::String(s) => Some(Sp::new(DefaultValue::Str(s.to_string()), v.span())),
                DeValue::Integer(i) => match i64::from_str_radix(i.as_str(), i.radix()) {
                    Ok(n) => Some(Sp::new(DefaultValue::Int(n), v.span())),
                    Err(_) => {
                        sink.error(
                            Diagnostic::new(
                                format!("default `{i}` does not fit in 64 bits"),
                                v.span(),
                            )
                            .label("too large"),
                        );
                        None
                    }
                },
                other => {
                    sink.error(wrong_type(
                        field::DEFAULT,
                        "a boolean, integer or string",
                        other,
                        v.span(),
                    ));
                    None
                }
            });
        if let Some(ty) = ty {
            out.push(Field {
                json_name: name,
                ty,
                description,
                required,
                default,
            });
        }
    }
    // Complete only if every entry was a table with a readable type (else reported).
    (out.len() == table.map.len()).then_some(out)
}

/// `body = "none"`, or a `[request.body]`/`[response.body]` table with
/// exactly one of `fields`, `model`, `collection`, `delta` or `bytes`.
pub(crate) fn read_body(table: &Table<'_, '_>, sink: &mut Sink, owner: &str) -> Option<Sp<Body>> {
    let Some((_, value)) = table.entry(keys::BODY) else {
        table.missing(sink, keys::BODY, "\"none\"");
        return None;
    };
    match value.get_ref() {
        DeValue::String(s) if s == NO_BODY => Some(Sp::new(Body::None, value.span())),
        DeValue::String(s) => {
            sink.error(
                Diagnostic::new(format!("unknown body kind `{s}`"), value.span())
                    .label("not a body kind")
                    .help(format!("write `body = \"none\"`, or a `[{owner}.body]` table with `model`, `collection`, `delta`, `bytes` or `fields`")),
            );
            None
        }
        DeValue::Table(map) => {
            let t = Table {
                map,
                span: value.span(),
                what: format!("`[{owner}.body]`"),
            };
            t.deny_unknown(sink, body_keys::ALL);
            let kinds: Vec<&str> = body_keys::ALL
                .iter()
                .copied()
                .filter(|k| t.entry(k).is_some())
                .collect();
            if kinds.len() != 1 {
                sink.error(
                    Diagnostic::new(format!("`[{owner}.body]` needs exactly one of `fields`, `model`, `collection`, `delta` or `bytes`"), value.span())
                        .label(if kinds.is_empty() { "none given" } else { "more than one given" }),
                );
                return None;
            }
            let body = match kinds[0] {
                body_keys::MODEL => Body::Model(t.string(sink, body_keys::MODEL, None)?),
                body_keys::COLLECTION => {
                    Body::Collection(t.string(sink, body_keys::COLLECTION, None)?)
                }
                body_keys::DELTA => Body::Delta(t.string(sink, body_keys::DELTA, None)?),
                body_keys::BYTES => Body::Bytes(t.string(sink, body_keys::BYTES, None)?),
                _ => {
                    let fields = t.table(sink, body_keys::FIELDS, None)?;
                    Body::Fields(read_fields(&fields, sink, &format!("{owner}.body.fields"))?)
                }
            };
            Some(Sp::new(body, value.span()))
        }
        other => {
            sink.error(wrong_type(
                keys::BODY,
                "\"none\" or a table",
                other,
                value.span(),
            ));
            None
        }
    }
}

/// `[query."$top"]` tables.
pub(crate) fn read_query(root: &Table<'_, '_>, sink: &mut Sink) -> Option<Vec<QueryParam>> {
    let Some(table) = root.table(sink, keys::spec::QUERY, None) else {
        return root.entry(keys::spec::QUERY).is_none().then(Vec::new);
    };
    let tables = table.named_tables(sink, keys::spec::QUERY, query::ALL, true);
    let mut out = Vec::new();
    for (wire_name, t) in tables {
        let description = t.string(sink, query::DESCRIPTION, None);
        if let Some(ty) = read_type(&t, sink) {
            out.push(QueryParam {
                wire_name,
                ty,
                description,
            });
        }
    }
    // Complete only if every entry was a table with a readable type (else reported).
    (out.len() == table.map.len()).then_some(out)
}

/// Reads a shared models file: `[models.<name>]` and `[enums.<name>]`.
pub(crate) fn read_models(root: &DeTable<'_>, sink: &mut Sink) -> ModelSet {
    let root = Table {
        map: root,
        span: 0..0,
        what: "the models file".to_owned(),
    };
    root.deny_unknown(sink, models_file::ALL);
    let mut set = ModelSet::default();
    if let Some(models) = root.table(sink, models_file::MODELS, None) {
        for (name, t) in models.named_tables(sink, models_file::MODELS, model::ALL, false) {
            let description = t.string(sink, model::DESCRIPTION, None);
            let fields = t
                .table(sink, model::FIELDS, Some("{ id = { type = \"string\" } }"))
                .and_then(|f| read_fields(&f, sink, &format!("models.{}.fields", name.value)))
                .unwrap_or_default();
            let base = t.string(sink, model::BASE, None);
            let is_abstract = t
                .boolean(sink, model::ABSTRACT, None)
                .is_some_and(|b| b.value);
            let open = t.boolean(sink, model::OPEN, None).is_some_and(|b| b.value);
            set.models.push(ModelDef {
                name,
                description,
                fields,
                base,
                is_abstract,
                open,
                inherited: 0,
            });
        }
    }
    if let Some(enums) = root.table(sink, models_file::ENUMS, None) {
        for (name, t) in enums.named_tables(sink, models_file::ENUMS, enumeration::ALL, false) {
            let description = t.string(sink, enumeration::DESCRIPTION, None);
            let values = match t
                .array(sink, enumeration::VALUES, Some("[\"text\", \"html\"]"))
                .map(|a| a.get_ref())
            {
                Some(DeValue::Array(items)) => {
                    string_items(items, sink, enumeration::VALUES, "an array of strings")
                }
                _ => Vec::new(),
            };
            set.enums.push(EnumDef {
                name,
                description,
                values,
            });
        }
    }
    set
}
