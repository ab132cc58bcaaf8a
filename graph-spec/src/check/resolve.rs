//! Works out the [`Resolved`] form of a spec: every name, slot and type the
//! generator renders. Total on any spec that was read (a spec with errors
//! gets neutral stand-ins), so it never panics; meaningful once the checks pass.

use crate::model::*;
use crate::naming::{self, SuccessStatus};
use crate::resolved::*;

/// The field chain a dotted body path walks through models; `None` if it does not resolve.
pub(crate) fn resolve_path<'a>(
    fields: &'a [Field],
    path: &str,
    models: &'a ModelSet,
) -> Option<Vec<&'a Field>> {
    let mut out = Vec::new();
    let mut current = fields;
    for (i, segment) in path.split('.').enumerate() {
        if i > 0 {
            let parent: &Field = out.last().copied()?;
            current = &models.model(parent.ty.value.named()?)?.fields;
            if matches!(parent.ty.value, TypeRef::Array(_)) {
                return None;
            }
        }
        let field: &'a Field = current.iter().find(|f| f.json_name.value == segment)?;
        out.push(field);
    }
    Some(out)
}

/// The resolved form of `spec`.
pub(crate) fn resolve(spec: &EndpointSpec) -> Resolved {
    let variants: Vec<Variant> = spec.paths.iter().map(|p| variant(spec, p)).collect();
    let user_param = user_param(spec);
    let params = spec
        .params
        .iter()
        .map(|p| param(spec, p, &variants, &user_param))
        .collect();
    let query = spec
        .query
        .iter()
        .map(|q| Query {
            wire: q.wire_name.value.clone(),
            name: naming::query_name(&q.wire_name.value),
            ty: match q.ty.value {
                TypeRef::Boolean => Scalar::Bool,
                TypeRef::Int32 => Scalar::I32,
                TypeRef::Int64 => Scalar::I64,
                _ => Scalar::String,
            },
            description: text(&q.description),
        })
        .collect();
    let optional_headers = spec
        .headers
        .iter()
        .filter(|h| !h.required.value)
        .map(|h| OptionalHeader {
            header: h.name.value.clone(),
            name: naming::field_name(&h.name.value),
            value: h.value.value.clone(),
            description: text(&h.description),
        })
        .collect();
    Resolved {
        variants,
        params,
        user_param,
        query,
        optional_headers,
        request_body: body_type(&spec.request_body.value),
        request_body_optional: spec.request_body_optional.as_ref().is_some_and(|o| o.value)
            && !matches!(spec.request_body.value, Body::None),
        response_body: body_type(&spec.response.body.value),
        status: naming::success_status(spec.response.status.value)
            .or((spec.response.status.value == 302).then_some(&naming::FOUND))
            .copied()
            .unwrap_or(SuccessStatus {
                code: spec.response.status.value,
                constant: "OK",
                reason: "",
            }),
        rules: rules(spec),
        replies: replies(spec),
    }
}

/// The `Reply` variants of an endpoint that declares alternatives or
/// response headers; none otherwise.
fn replies(spec: &EndpointSpec) -> Vec<Reply> {
    let r = &spec.response;
    if r.alternatives.is_empty() && r.headers.is_empty() {
        return Vec::new();
    }
    let main = (&r.status, &r.description, &r.body, &r.headers);
    let alternatives = r
        .alternatives
        .iter()
        .map(|a| (&a.status, &a.description, &a.body, &a.headers));
    std::iter::once(main)
        .chain(alternatives)
        .map(|(status, description, body, headers)| {
            let status = naming::reply_status(status.value)
                .copied()
                .unwrap_or(SuccessStatus {
                    code: status.value,
                    constant: "OK",
                    reason: "",
                });
            Reply {
                variant: naming::reply_variant(&status),
                status,
                body: body_type(&body.value),
                description: text(description),
                headers: headers
                    .iter()
                    .map(|h| ReplyHeader {
                        name: h.name.value.clone(),
                        field: naming::field_name(&h.name.value),
                        required: h.required.value,
                        description: text(&h.description),
                    })
                    .collect(),
            }
        })
        .collect()
}

fn text(s: &Option<Sp<String>>) -> String {
    s.as_ref().map_or_else(String::new, |d| d.value.clone())
}

fn variant(spec: &EndpointSpec, p: &PathVariant) -> Variant {
    let name = p.variant.value.clone();
    Variant {
        builder: naming::pascal(&name),
        template: p.template.value.clone(),
        docs_template: spec.docs_template(p),
        placeholders: p.params().map(str::to_owned).collect(),
        parts: p.parts.clone(),
        query: p.query.clone(),
        name,
    }
}

/// The parameter `/me` stands for: the `{x}` of the first `/users/{x}/...`
/// variant, else `user_id`.
fn user_param(spec: &EndpointSpec) -> String {
    spec.paths
        .iter()
        .filter(|p| p.is_users())
        .find_map(|p| p.params().next())
        .unwrap_or("user_id")
        .to_owned()
}

fn param(spec: &EndpointSpec, p: &PathParam, variants: &[Variant], user_param: &str) -> Param {
    let name = p.name.value.clone();
    let is_user = name == user_param;
    let me_variants = || spec.paths.iter().filter(|v| v.is_me());
    Param {
        marker: naming::param_marker(&name),
        slot: naming::param_slot(&name),
        description: p.description.value.clone(),
        always: spec
            .paths
            .iter()
            .zip(variants)
            .all(|(v, r)| r.placeholders.contains(&name) || (is_user && v.is_me())),
        filled_by_me: is_user && me_variants().next().is_some(),
        name,
    }
}

fn body_type(body: &Body) -> BodyType {
    match body {
        Body::None => BodyType::None,
        Body::Fields(_) => BodyType::Fields,
        Body::Model(name) => BodyType::Model(naming::type_name(&name.value)),
        Body::Collection(name) => BodyType::Collection(naming::type_name(&name.value)),
        Body::Delta(name) => BodyType::Delta(naming::type_name(&name.value)),
        Body::Bytes(media) => BodyType::Bytes(media.value.clone()),
    }
}

fn rules(spec: &EndpointSpec) -> Vec<Rule> {
    let Body::Fields(fields) = &spec.request_body.value else {
        return Vec::new();
    };
    spec.rules
        .iter()
        .map(|rule| {
            let listed = rule
                .fields
                .iter()
                .map(|f| format!("`{}`", f.value))
                .collect::<Vec<_>>()
                .join(", ");
            let message = match (&rule.description, rule.kind.value) {
                (Some(d), _) => format!("{} ({listed})", d.value.trim()),
                (None, RuleKind::Exclusive) => format!("specify at most one of {listed}"),
                (None, RuleKind::ExactlyOne) => format!("specify exactly one of {listed}"),
            };
            let paths = rule
                .fields
                .iter()
                .map(|f| {
                    resolve_path(fields, &f.value, &spec.models).map(|chain| {
                        chain
                            .iter()
                            .map(|field| PathStep {
                                field: naming::field_name(&field.json_name.value),
                                required: field.required,
                            })
                            .collect()
                    })
                })
                .collect();
            Rule {
                kind: rule.kind.value,
                message,
                paths,
            }
        })
        .collect()
}
