//! The text of an endpoint spec.

use super::doc::{Alternative, Body, Field, Grant, ResponseHeader, Spec};
use super::text::{Out, default_value, multiline, string, strings};
use crate::keys::{
    self, NO_BODY, NONE_REQUIRED, NOT_SUPPORTED, body, field, header, param, path, permissions,
    query, request, response, response_header, rule, spec as root,
};
use crate::model::RuleKind;

/// The spec text of `s`, in the bundled specs' layout.
pub fn spec(s: &Spec) -> String {
    let mut out = Out::default();
    for c in &s.comments {
        out.comment(c);
    }
    if !s.comments.is_empty() {
        out.blank();
    }
    out.str(root::NAME, &s.name);
    out.opt_str(root::TYPE_NAME, s.type_name.as_deref());
    out.opt_str(root::SUMMARY, s.summary.as_deref());
    if let Some(d) = &s.description {
        out.value(root::DESCRIPTION, &multiline(d));
    }
    out.opt_str(root::DOCS_URL, s.docs_url.as_deref());
    let versions: Vec<String> = s.versions.iter().map(|v| v.as_str().to_owned()).collect();
    out.value(root::VERSIONS, &strings(&versions));
    out.str(root::METHOD, &s.method);
    out.opt_str(root::MODELS, s.models.as_deref());
    for p in &s.paths {
        out.blank();
        out.array_table(&[root::PATHS]);
        out.str(path::VARIANT, &p.variant);
        out.str(path::TEMPLATE, &p.template);
        out.opt_str(path::DESCRIPTION, p.description.as_deref());
    }
    for p in &s.params {
        out.blank();
        out.table(&[root::PARAMS], Some(&p.name), &[]);
        out.opt_str(param::DOCS_NAME, p.docs_name.as_deref());
        out.str(param::DESCRIPTION, &p.description);
    }
    for q in &s.query {
        out.blank();
        out.table(&[root::QUERY], Some(&q.name), &[]);
        out.str(query::TYPE, &q.ty);
        out.opt_str(query::DESCRIPTION, q.description.as_deref());
    }
    permissions_table(&mut out, s);
    request_table(&mut out, s);
    response_table(&mut out, s);
    out.text
}

fn permissions_table(out: &mut Out, s: &Spec) {
    let p = &s.permissions;
    out.blank();
    out.comment("Least to most privileged, as in the docs' permissions table.");
    out.table(&[root::PERMISSIONS], None, &[]);
    for (k, grant) in [
        (permissions::DELEGATED_WORK, &p.delegated_work),
        (permissions::DELEGATED_PERSONAL, &p.delegated_personal),
        (permissions::APPLICATION, &p.application),
    ] {
        match grant {
            Grant::NotSupported => out.str(k, NOT_SUPPORTED),
            Grant::NoneRequired => out.str(k, NONE_REQUIRED),
            Grant::Names(names) => out.value(k, &strings(names)),
        }
    }
    out.opt_str(permissions::RESOURCE, p.resource.as_deref());
    if !p.other_users.is_empty() {
        out.value(permissions::OTHER_USERS, &strings(&p.other_users));
    }
}

fn request_table(out: &mut Out, s: &Spec) {
    let r = &s.request;
    out.blank();
    out.table(&[root::REQUEST], None, &[]);
    // No body, or a media type, stays on the `body` key above the headers;
    // a typed body gets its own tables after them.
    match &r.body {
        Body::None => out.str(request::BODY, NO_BODY),
        Body::Bytes(media) => out.value(
            request::BODY,
            &format!("{{ {} = {} }}", body::BYTES, string(media)),
        ),
        _ => {}
    }
    if let Some(optional) = r.body_optional {
        out.bool(request::BODY_OPTIONAL, optional);
    }
    for h in &r.headers {
        out.blank();
        out.array_table(&[root::REQUEST, request::HEADERS]);
        out.str(header::NAME, &h.name);
        out.str(header::VALUE, &h.value);
        out.bool(header::REQUIRED, h.required);
        out.opt_str(header::DESCRIPTION, h.description.as_deref());
    }
    if !matches!(r.body, Body::None | Body::Bytes(_)) {
        body_tables(out, &[root::REQUEST], &r.body);
    }
    for rl in &r.rules {
        out.blank();
        out.array_table(&[root::REQUEST, request::RULES]);
        let k = match rl.kind {
            RuleKind::Exclusive => rule::EXCLUSIVE,
            RuleKind::ExactlyOne => rule::EXACTLY_ONE,
        };
        out.value(k, &strings(&rl.fields));
        out.opt_str(rule::DESCRIPTION, rl.description.as_deref());
    }
}

fn response_table(out: &mut Out, s: &Spec) {
    let r = &s.response;
    out.blank();
    out.table(&[root::RESPONSE], None, &[]);
    out.value(response::STATUS, &r.status.to_string());
    out.opt_str(response::DESCRIPTION, r.description.as_deref());
    body_key_or_tables(out, &[root::RESPONSE], &r.body);
    response_headers(out, &[root::RESPONSE, response::HEADERS], &r.headers);
    for a in &r.alternatives {
        alternative(out, a);
    }
}

fn alternative(out: &mut Out, a: &Alternative) {
    let at = [root::RESPONSE, response::ALTERNATIVES];
    out.blank();
    out.array_table(&at);
    out.value(keys::alternative::STATUS, &a.status.to_string());
    out.opt_str(keys::alternative::DESCRIPTION, a.description.as_deref());
    body_key_or_tables(out, &at, &a.body);
    response_headers(
        out,
        &[
            root::RESPONSE,
            response::ALTERNATIVES,
            keys::alternative::HEADERS,
        ],
        &a.headers,
    );
}

fn response_headers(out: &mut Out, at: &[&str], headers: &[ResponseHeader]) {
    for h in headers {
        out.blank();
        out.array_table(at);
        out.str(response_header::NAME, &h.name);
        out.bool(response_header::REQUIRED, h.required);
        out.opt_str(response_header::DESCRIPTION, h.description.as_deref());
    }
}

/// `body = "none"` in the current table, or the body's own tables.
fn body_key_or_tables(out: &mut Out, owner: &[&str], b: &Body) {
    match b {
        Body::None => out.str(keys::BODY, NO_BODY),
        _ => body_tables(out, owner, b),
    }
}

/// `[<owner>.body]` with its one key, or the `[<owner>.body.fields.<name>]` tables.
fn body_tables(out: &mut Out, owner: &[&str], b: &Body) {
    let mut at = owner.to_vec();
    at.push(keys::BODY);
    let (k, ty) = match b {
        Body::None => return,
        Body::Fields(fields) => {
            at.push(body::FIELDS);
            if fields.is_empty() {
                out.blank();
                out.table(&at, None, &[]);
            }
            for f in fields {
                out.blank();
                out.table(&at, Some(&f.name), &[]);
                field_lines(out, f);
            }
            return;
        }
        Body::Model(t) => (body::MODEL, t),
        Body::Collection(t) => (body::COLLECTION, t),
        Body::Delta(t) => (body::DELTA, t),
        Body::Bytes(media) => (body::BYTES, media),
    };
    out.blank();
    out.table(&at, None, &[]);
    out.str(k, ty);
}

fn field_lines(out: &mut Out, f: &Field) {
    out.str(field::TYPE, &f.ty);
    if f.required {
        out.bool(field::REQUIRED, true);
    }
    if let Some(d) = &f.default {
        out.value(field::DEFAULT, &default_value(d));
    }
    out.opt_str(field::DESCRIPTION, f.description.as_deref());
}
