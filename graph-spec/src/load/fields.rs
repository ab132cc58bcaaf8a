//! Typed JSON fields, bodies, query parameters and shared model files.

use toml::de::{DeTable, DeValue};

use super::table::{Ctx, Table, closest, list, string_items, wrong_type};
use crate::diagnostic::Diagnostic;
use crate::model::*;

const FIELD_KEYS: &[&str] = &["type", "description", "required", "default"];
const BODY_KEYS: &[&str] = &["fields", "model", "collection"];
const QUERY_KEYS: &[&str] = &["type", "description"];
const MODELS_ROOT_KEYS: &[&str] = &["models", "enums"];
const MODEL_KEYS: &[&str] = &["description", "fields"];
const ENUM_KEYS: &[&str] = &["description", "values"];

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
    let mut chars = s.chars();
    let ok = chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric());
    ok.then(|| TypeRef::Named(s.to_owned()))
}

fn read_type(t: &Table<'_, '_>, ctx: &mut Ctx) -> Option<Sp<TypeRef>> {
    let s = t.string(ctx, "type", Some("\"string\""))?;
    match parse_type(&s.value) {
        Some(ty) => Some(Sp::new(ty, s.span)),
        None => {
            ctx.error(
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
    ctx: &mut Ctx,
    prefix: &str,
) -> Option<Vec<Field>> {
    let (tables, mut ok) = table.named_tables(ctx, prefix, FIELD_KEYS, false);
    let mut out = Vec::new();
    for (name, t) in tables {
        let ty = read_type(&t, ctx);
        let description = t.string(ctx, "description", None);
        let required = t.boolean(ctx, "required", None).is_some_and(|b| b.value);
        let default = t.entry("default").and_then(|(_, v)| match v.get_ref() {
            DeValue::Boolean(b) => Some(Sp::new(DefaultValue::Bool(*b), v.span())),
            DeValue::String(s) => Some(Sp::new(DefaultValue::Str(s.to_string()), v.span())),
            DeValue::Integer(i) => match i64::from_str_radix(i.as_str(), i.radix()) {
                Ok(n) => Some(Sp::new(DefaultValue::Int(n), v.span())),
                Err(_) => {
                    ctx.error(
                        Diagnostic::new(format!("default `{i}` does not fit in 64 bits"), v.span())
                            .label("too large"),
                    );
                    None
                }
            },
            other => {
                ctx.error(wrong_type(
                    "default",
                    "a boolean, integer or string",
                    other,
                    v.span(),
                ));
                None
            }
        });
        match ty {
            Some(ty) => out.push(Field {
                json_name: name,
                ty,
                description,
                required,
                default,
            }),
            None => ok = false,
        }
    }
    ok.then_some(out)
}

/// `body = "none"`, or a `[request.body]`/`[response.body]` table with
/// exactly one of `fields`, `model` or `collection`.
pub(crate) fn read_body(table: &Table<'_, '_>, ctx: &mut Ctx, owner: &str) -> Option<Sp<Body>> {
    let Some((_, value)) = table.entry("body") else {
        table.missing(ctx, "body", "\"none\"");
        return None;
    };
    match value.get_ref() {
        DeValue::String(s) if s == "none" => Some(Sp::new(Body::None, value.span())),
        DeValue::String(s) => {
            ctx.error(
                Diagnostic::new(format!("unknown body kind `{s}`"), value.span())
                    .label("not a body kind")
                    .help(format!("write `body = \"none\"`, or a `[{owner}.body]` table with `model`, `collection` or `fields`")),
            );
            None
        }
        DeValue::Table(map) => {
            let t = Table {
                map,
                span: value.span(),
                what: format!("`[{owner}.body]`"),
            };
            t.deny_unknown(ctx, BODY_KEYS);
            let kinds: Vec<&str> = BODY_KEYS
                .iter()
                .copied()
                .filter(|k| t.entry(k).is_some())
                .collect();
            if kinds.len() != 1 {
                ctx.error(
                    Diagnostic::new(format!("`[{owner}.body]` needs exactly one of `fields`, `model` or `collection`"), value.span())
                        .label(if kinds.is_empty() { "none given" } else { "more than one given" }),
                );
                return None;
            }
            let body = match kinds[0] {
                "model" => Body::Model(t.string(ctx, "model", None)?),
                "collection" => Body::Collection(t.string(ctx, "collection", None)?),
                _ => {
                    let fields = t.table(ctx, "fields", None)?;
                    Body::Fields(read_fields(&fields, ctx, &format!("{owner}.body.fields"))?)
                }
            };
            Some(Sp::new(body, value.span()))
        }
        other => {
            ctx.error(wrong_type(
                "body",
                "\"none\" or a table",
                other,
                value.span(),
            ));
            None
        }
    }
}

/// `[query."$top"]` tables.
pub(crate) fn read_query(root: &Table<'_, '_>, ctx: &mut Ctx) -> Option<Vec<QueryParam>> {
    let Some(table) = root.table(ctx, "query", None) else {
        return root.entry("query").is_none().then(Vec::new);
    };
    let (tables, mut ok) = table.named_tables(ctx, "query", QUERY_KEYS, true);
    let mut out = Vec::new();
    for (wire_name, t) in tables {
        let description = t.string(ctx, "description", None);
        match read_type(&t, ctx) {
            Some(ty) => out.push(QueryParam {
                wire_name,
                ty,
                description,
            }),
            None => ok = false,
        }
    }
    ok.then_some(out)
}

/// Reads a shared models file: `[models.<name>]` and `[enums.<name>]`.
pub(crate) fn read_models(root: &DeTable<'_>, ctx: &mut Ctx) -> ModelSet {
    let root = Table {
        map: root,
        span: 0..0,
        what: "the models file".to_owned(),
    };
    root.deny_unknown(ctx, MODELS_ROOT_KEYS);
    let mut set = ModelSet::default();
    if let Some(models) = root.table(ctx, "models", None) {
        for (name, t) in models.named_tables(ctx, "models", MODEL_KEYS, false).0 {
            let description = t.string(ctx, "description", None);
            let fields = t
                .table(ctx, "fields", Some("{ id = { type = \"string\" } }"))
                .and_then(|f| read_fields(&f, ctx, &format!("models.{}.fields", name.value)))
                .unwrap_or_default();
            set.models.push(ModelDef {
                name,
                description,
                fields,
            });
        }
    }
    if let Some(enums) = root.table(ctx, "enums", None) {
        for (name, t) in enums.named_tables(ctx, "enums", ENUM_KEYS, false).0 {
            let description = t.string(ctx, "description", None);
            let values = match t
                .array(ctx, "values", Some("[\"text\", \"html\"]"))
                .map(|a| a.get_ref())
            {
                Some(DeValue::Array(items)) => {
                    string_items(items, ctx, "values", "an array of strings").0
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

/// Reports a reference to a model or enum the models file does not define.
pub(crate) fn check_named(ty: &Sp<TypeRef>, models: &ModelSet, ctx: &mut Ctx) {
    let Some(name) = ty.named() else { return };
    if models.defines(name) {
        return;
    }
    let known: Vec<&str> = models
        .models
        .iter()
        .map(|m| m.name.value.as_str())
        .chain(models.enums.iter().map(|e| e.name.value.as_str()))
        .collect();
    let mut d = Diagnostic::new(format!("unknown type `{name}`"), ty.span.clone())
        .label("no model or enum of this name");
    if let Some(best) = closest(name, &known) {
        d = d.help(format!("did you mean `{best}`?"));
    }
    if known.is_empty() {
        d = d.help(
            "reference a models file with `models = \"../models/mail.toml\"`, or use a scalar type",
        );
    } else {
        d = d.help(format!("known types: {}", list(&known)));
    }
    ctx.error(d);
}
