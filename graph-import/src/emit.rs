//! The importer's endpoints and models as [`graph_spec::write`] input:
//! which of the page's facts go where, and the comments naming the pages.

use std::collections::BTreeMap;

use graph_spec::model::DefaultValue;
use graph_spec::write;

use crate::ir::{Body, Endpoint, Field, Perms, ResponseBody, TypeRef};
use crate::models::Model;
use crate::text::snake;

/// The spec type of a field.
pub fn type_name(t: &TypeRef) -> String {
    match t {
        TypeRef::Prim(p) => (*p).to_owned(),
        TypeRef::Model { name, .. } | TypeRef::Enum { name, .. } => name.clone(),
        TypeRef::List(inner) => format!("[{}]", type_name(inner)),
    }
}

/// The spec text of an endpoint. `models` is the models file path relative to
/// the spec, when the endpoint uses models. `source` names the page.
pub fn endpoint(e: &Endpoint, source: &str, models: Option<&str>) -> String {
    let p = &e.permissions;
    let spec = write::Spec {
        comments: vec![
            format!("{}, Microsoft Graph {}.", e.name, e.version),
            format!("Source: {source}"),
            "Imported by `graph-gen import`.".to_owned(),
        ],
        name: e.name.clone(),
        type_name: Some(graph_spec::pascal(&snake(&e.stem))),
        summary: some(&e.summary),
        description: some(&e.description),
        docs_url: Some(e.docs_url.clone()),
        versions: vec![e.version],
        method: e.method.clone(),
        models: models.map(str::to_owned),
        paths: e
            .paths
            .iter()
            .map(|p| write::PathVariant {
                variant: p.variant.clone(),
                template: p.template.clone(),
                // The generated docs show the docs' spelling of the path
                // (from `docs_name`): a description would say it twice.
                description: None,
            })
            .collect(),
        params: e
            .params
            .iter()
            .map(|p| write::Param {
                name: p.name.clone(),
                docs_name: Some(p.docs_name.clone()),
                description: p.description.clone(),
            })
            .collect(),
        query: e
            .query
            .iter()
            .map(|q| write::QueryParam {
                name: q.name.clone(),
                ty: q.ty.to_owned(),
                description: some(&q.description),
            })
            .collect(),
        permissions: write::Permissions {
            delegated_work: grant(&p.delegated_work),
            delegated_personal: grant(&p.delegated_personal),
            application: grant(&p.application),
            resource: p.resource.map(str::to_owned),
            // Only a `/users/{id}` resource has other users to reach.
            other_users: if p.resource.is_some() {
                p.other_users.clone()
            } else {
                Vec::new()
            },
        },
        request: write::Request {
            body: match &e.body {
                Body::None => write::Body::None,
                Body::Bytes(media) => write::Body::Bytes(media.clone()),
                Body::Model(t) => write::Body::Model(type_name(t)),
                Body::Fields(fields) => write::Body::Fields(fields.iter().map(field).collect()),
            },
            body_optional: None,
            headers: e
                .headers
                .iter()
                .map(|h| write::RequestHeader {
                    name: h.name.clone(),
                    value: h.value.clone(),
                    required: h.required,
                    description: some(&h.description),
                })
                .collect(),
            rules: Vec::new(),
        },
        response: write::Response {
            status: e.status,
            description: some(&e.status_text),
            body: match &e.response {
                ResponseBody::None => write::Body::None,
                ResponseBody::Model(t) => write::Body::Model(type_name(t)),
                ResponseBody::Collection(t) => write::Body::Collection(type_name(t)),
                ResponseBody::Delta(t) => write::Body::Delta(type_name(t)),
                ResponseBody::Bytes(media) => write::Body::Bytes(media.clone()),
            },
            headers: Vec::new(),
            alternatives: Vec::new(),
        },
    };
    write::spec(&spec)
}

/// A text the docs may leave empty: absent then.
fn some(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_owned())
}

fn grant(perms: &Perms) -> write::Grant {
    match perms {
        Perms::NotSupported => write::Grant::NotSupported,
        Perms::NoneRequired => write::Grant::NoneRequired,
        Perms::List(names) => write::Grant::Names(names.clone()),
    }
}

/// A body or model field; a required field has no default.
fn field(f: &Field) -> write::Field {
    write::Field {
        name: f.name.clone(),
        ty: type_name(&f.ty),
        required: f.required,
        default: f.default.filter(|_| !f.required).map(DefaultValue::Bool),
        description: some(&f.description),
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
    let file = write::Models {
        comments: vec![
            format!("Models of Microsoft Graph {version}, from the resource pages the imported endpoints use."),
            "Imported by `graph-gen import`. Resource fields are optional: Graph may omit any of them.".to_owned(),
        ],
        enums: enums
            .iter()
            .map(|(name, values)| write::Enum {
                comments: Vec::new(),
                name: name.clone(),
                description: None,
                values: values.clone(),
            })
            .collect(),
        models: models
            .values()
            .map(|m| write::Model {
                comments: vec![format!("Source: {}", m.source)],
                name: m.name.clone(),
                description: some(&m.description),
                base: m.base.clone(),
                is_abstract: false,
                open: false,
                fields: m.fields.iter().map(field).collect(),
            })
            .collect(),
    };
    let mut s = write::models(&file);
    s.push_str(existing);
    s
}
