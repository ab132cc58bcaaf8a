//! The request body: a table of parameters, a resource, or bytes for
//! uploads, spelled like the page's example requests.

use std::collections::HashMap;

use crate::ir::{Body, Endpoint, ExampleRequest, Field, ResponseBody, TypeRef};
use crate::markdown::{Block, Inline};
use crate::page::{Page, Section};
use crate::report::{Annotate, Sink};
use crate::resource::Resources;
use crate::text::has_word;
use crate::{models, resource, types};

use super::headers::is_media_type;
use super::translated_names::json_names;

/// Requests to a file's or a photo's content (every path ends in `/content`
/// or `/$value`) carry bytes, not JSON: an upload's body the page describes
/// in prose ("the binary content of the file") is content of the type its
/// `Content-Type` header row names (`image/jpeg`), else of any type; a
/// download answered `200` without a resource is content of any type.
pub(super) fn content_bodies(e: &mut Endpoint) {
    let to_content = !e.paths.is_empty()
        && e.paths.iter().all(|t| {
            let path = t.template.split('?').next().unwrap_or(&t.template);
            let last = path.rsplit('/').next().unwrap_or(path);
            last.eq_ignore_ascii_case("content") || last.eq_ignore_ascii_case("$value")
        });
    if !to_content {
        return;
    }
    if e.body == Body::None && matches!(e.method.as_str(), "PUT" | "POST" | "PATCH") {
        let declared = e
            .headers
            .iter()
            .find(|h| h.name.eq_ignore_ascii_case("content-type"))
            .map(|h| h.value.trim())
            .filter(|v| is_media_type(v) || is_media_range(v));
        e.body = Body::Bytes(declared.unwrap_or(ANY_CONTENT).to_owned());
    }
    if e.response == ResponseBody::None && e.method == "GET" && e.status == 200 {
        e.response = ResponseBody::Bytes(ANY_CONTENT.to_owned());
    }
}

/// `image/*`: a type with any subtype.
fn is_media_range(w: &str) -> bool {
    w.strip_suffix("/*")
        .is_some_and(|t| !t.is_empty() && t.chars().all(|c| c.is_ascii_lowercase()))
}

/// Body parameters as the example requests spell them on the wire, where the
/// table differs only in case (`DestinationId` in the table, `destinationId`
/// in the JSON): the JSON is what Graph reads. The linter reports the table.
pub(super) fn spell_like_examples(body: &mut Body, examples: &[ExampleRequest]) {
    let Body::Fields(fields) = body else {
        return;
    };
    let mut spelled: HashMap<String, &str> = HashMap::new();
    for (m, _) in examples.iter().flat_map(|e| &e.members) {
        spelled.entry(m.to_ascii_lowercase()).or_insert(m);
    }
    for f in fields {
        if let Some(m) = spelled.get(&f.name.to_ascii_lowercase()) {
            f.name = (*m).to_owned();
        }
    }
}

/// The request body: a parameters table, a resource the prose links to, or
/// none. A table whose parameter names are translated takes them from the
/// example requests (`examples`, of the page's method) where they tell them
/// (see [`super::translated_names`]).
pub(super) fn read_body(
    page: &Page,
    section: Section,
    examples: &[&ExampleRequest],
    resources: &Resources,
    sink: &mut Sink,
) -> Body {
    for block in page.blocks(section) {
        let Block::Table { rows, .. } = block else {
            continue;
        };
        if rows.is_empty() || !rows.iter().all(|r| r.len() >= 2 && r[0].links.is_empty()) {
            continue;
        }
        let cells = |row: &[Inline]| {
            let desc = row[row.len() - 1].clone();
            (type_cell(row).clone(), desc)
        };
        let types: Vec<_> = rows
            .iter()
            .map(|r| {
                let (ty_cell, desc) = cells(r);
                types::parse(&ty_cell, &desc, page, resources)
            })
            .collect();
        let given: Vec<Option<String>> = rows
            .iter()
            .map(|r| {
                let name = r[0].text.trim();
                resource::is_identifier(name).then(|| name.to_owned())
            })
            .collect();
        // Graph's parameter names start lower case; a capitalized one the
        // example requests do not send is a translation in Latin script
        // (German `Kommentar` for `comment`), or the example's spelling in
        // another case.
        // A Latin-script translation the examples cannot tell keeps the
        // page's name.
        let strict = latin_translations(&given, examples);
        let same = strict == given;
        let Some((names, given)) = names_from(strict, &types, examples).or_else(|| {
            (!same)
                .then(|| names_from(given, &types, examples))
                .flatten()
        }) else {
            continue;
        };
        let mut fields = Vec::new();
        for ((row, ty), (name, given)) in rows.iter().zip(types).zip(names.into_iter().zip(&given))
        {
            let (ty_cell, desc) = cells(row);
            if given.is_none() {
                sink.warn(
                    format!(
                        "parameter `{}` is a translation; read as `{name}`, the example request's member of its JSON kind",
                        row[0].text.trim()
                    ),
                    row[0].span.clone(),
                )
                .with_label("translated name");
            }
            match ty {
                Ok(ty) => fields.push(Field {
                    required: has_word(&desc.text, "required"),
                    default: boolean_default(&ty, &desc.text),
                    name,
                    ty,
                    description: desc.text.clone(),
                    span: row[0].span.clone(),
                }),
                Err(e) => models::type_warning(sink, &name, &ty_cell, &e),
            }
        }
        return Body::Fields(fields);
    }
    // No table: the prose names the resource sent ("supply a JSON representation of [message](...)").
    for block in page.blocks(section) {
        if let Block::Para(p) = block {
            for link in &p.links {
                if link.dest.contains("resources/") && link.dest.ends_with(".md") {
                    let path = page.resolve(&link.dest);
                    if let Some(res) = resources.get(&path) {
                        return Body::Model(TypeRef::Model {
                            name: res.name.clone(),
                            page: path,
                        });
                    }
                    sink.warn(
                        format!(
                            "request body resource page `{}` not found; imported without a body",
                            path.display()
                        ),
                        link.offset..link.offset + link.text.len() + 2,
                    )
                    .with_label("page missing");
                }
            }
        }
    }
    Body::None
}

/// The type cell of a body table's row (at least two cells): the second
/// of three or more (name, type, description), else the first.
pub fn type_cell(row: &[Inline]) -> &Inline {
    if row.len() >= 3 { &row[1] } else { &row[0] }
}

/// The media type range of content of any type.
pub(super) const ANY_CONTENT: &str = "*/*";

/// The fewest rows a body table needs to be read as the resource's properties.
const RESOURCE_BODY_MIN_ROWS: usize = 2;

/// A create or update page whose body table lists properties of the
/// resource it answers with (Intune's `create`/`update` pages repeat the
/// type's properties table, translated names and all) sends that resource:
/// the body is the model, so a derived type's page is covered by the base's
/// route (see `covered`). Else `body` as read.
pub(super) fn resource_body(
    page: &Page,
    section: Section,
    body: Body,
    response: &ResponseBody,
    resources: &Resources,
) -> Body {
    let ResponseBody::Model(t @ TypeRef::Model { page: res_page, .. }) = response else {
        return body;
    };
    // The type's properties and those it inherits.
    let mut props: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut at = Some(res_page.clone());
    for _ in 0..models::MAX_BASE_CHAIN {
        let Some(res) = at.take().and_then(|p| resources.get(&p)) else {
            break;
        };
        props.extend(res.rows.iter().map(|[n, _, _]| n.text.trim().to_owned()));
        at = res.base.as_ref().and_then(|b| resources.base_page(b));
    }
    let names: Vec<String> = match &body {
        Body::Fields(fs) => fs.iter().map(|f| f.name.clone()).collect(),
        Body::None => page
            .blocks(section)
            .iter()
            .find_map(|b| match b {
                Block::Table { rows, .. } if !rows.is_empty() => Some(
                    rows.iter()
                        .filter_map(|r| r.first())
                        .map(|c| c.text.trim().to_owned())
                        .filter(|n| resource::is_identifier(n))
                        .collect(),
                ),
                _ => None,
            })
            .unwrap_or_default(),
        Body::Model(_) | Body::Bytes(_) => return body,
    };
    if names.len() >= RESOURCE_BODY_MIN_ROWS && names.iter().all(|n| props.contains(n.as_str())) {
        Body::Model(t.clone())
    } else {
        body
    }
}

/// "default is true" / "Default value is `false`" in a boolean's description.
fn boolean_default(ty: &TypeRef, desc: &str) -> Option<bool> {
    if *ty != TypeRef::Prim("boolean") {
        return None;
    }
    let lower = desc.to_ascii_lowercase();
    let at = lower.find("default")?;
    let after: Vec<&str> = lower[at..]
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(5)
        .collect();
    if after.contains(&"true") {
        Some(true)
    } else if after.contains(&"false") {
        Some(false)
    } else {
        None
    }
}

/// The JSON names of a table whose rows give `given` (`None` where
/// translated), with `given`; `None` when the examples cannot tell them.
fn names_from<E>(
    given: Vec<Option<String>>,
    types: &[Result<TypeRef, E>],
    examples: &[&ExampleRequest],
) -> Option<(Vec<String>, Vec<Option<String>>)> {
    if given.iter().all(Option::is_some) {
        return Some((given.iter().flatten().cloned().collect(), given));
    }
    json_names(&given, types, examples).map(|names| (names, given))
}

/// `given` with each name that may be a translation in Latin script left
/// out (`None`): Graph's parameter names start lower case, so a capitalized
/// one that the example requests do not send in any case (German
/// `Kommentar` for `comment`) is one. Without examples nothing is.
fn latin_translations(
    given: &[Option<String>],
    examples: &[&ExampleRequest],
) -> Vec<Option<String>> {
    let sent = |name: &str| {
        examples
            .iter()
            .flat_map(|e| &e.members)
            .any(|(m, _)| m.eq_ignore_ascii_case(name))
    };
    let any_member = examples.iter().any(|e| !e.members.is_empty());
    given
        .iter()
        .map(|n| match n {
            Some(n)
                if any_member && n.starts_with(|c: char| c.is_ascii_uppercase()) && !sent(n) =>
            {
                None
            }
            other => other.clone(),
        })
        .collect()
}
