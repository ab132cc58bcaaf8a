//! An API reference page read into an [`Endpoint`].
//!
//! Sections are recognized by what they hold and where they are, never by
//! their (translated) headings: the examples start with the first
//! `"blockType": "request"` annotation; the HTTP request is the block of
//! `METHOD /path` lines; permissions are the table of dotted permission names
//! or the permissions include before it; the response is the last section
//! before the examples whose prose names a 2xx status in a code span; headers
//! and body are the two sections before the response, in that order.

mod bodies;
mod by_resource;
mod examples;
mod headers;
mod paths;
mod permission_section;
mod query;
mod raw_value;
mod responses;
mod translated_names;

pub use self::bodies::type_cell;

use std::ops::Range;
use std::path::Path;

use graph_spec::model::Version;

use crate::ir::{Body, Endpoint, ExampleRequest, ResponseBody};
use crate::markdown::{Block, Inline};
use crate::page::{Page, Pages, Section};
use crate::report::{Annotate, Sink};
use crate::resource;
use crate::resource::Resources;
use crate::text::{first_sentence, snake};

use self::bodies::{ANY_CONTENT, content_bodies, read_body, resource_body, spell_like_examples};
use self::by_resource::split_by_resource;
use self::examples::{examples, values_from_examples};
use self::headers::{is_headers_section, read_headers};
use self::paths::{http_block, read_paths};
use self::permission_section::read_permissions;
use self::query::read_query;
use self::raw_value::split_raw_values;
use self::responses::{
    REDIRECT_TO_CONTENT, Status, as_delta, bare_status, collection_hint, read_response_body,
    redirect_code, status_code, status_text,
};

/// Reads an API page: its endpoint, and the endpoint of its `$value` routes
/// when it has both (see [`raw_value`]). Problems go to `sink`; `None` when
/// the page cannot be imported.
pub fn read_endpoint(
    page: &Page,
    options: &crate::Options,
    resources: &Resources,
    includes: &Pages,
    sink: &mut Sink,
) -> Option<Vec<Endpoint>> {
    let title = title(page);
    let title_span = title.as_ref().map_or(0..0, |t| t.span.clone());
    let sections = page.sections();
    let examples_at = examples_start(page, &sections);
    let before: Vec<Section> = sections[..examples_at].to_vec();

    let Some(first_http) = before.iter().position(|s| http_block(page, *s).is_some()) else {
        sink.error(
            "no HTTP request block (`METHOD /path` lines in a code block)",
            title_span,
        )
        .with_label("in this page")
        .with_help(
            "an API page has a section with a code block such as `POST /me/messages/{id}/send`",
        );
        return None;
    };
    let version = version(page, options, sink, &title_span)?;
    // One request section per shape of the API ("to replace an existing
    // item", "to upload a new file"), one after the other.
    let mut http_idx = first_http;
    while before
        .get(http_idx + 1)
        .is_some_and(|s| http_block(page, *s).is_some())
    {
        http_idx += 1;
    }
    let (method, method_span, paths, params) =
        read_paths(page, &before[first_http..=http_idx], sink)?;

    let perms = read_permissions(page, &before, first_http, options, includes, sink);

    let (example_requests, example_responses) = examples(page, &sections[examples_at..], version);
    // The status: a 2xx in a code span of the response prose; else the
    // first example response's (a whole status line, where the prose says
    // "returns 200 series response code" or names none); else a bare 2xx
    // in the prose ("returns 204"), for pages without examples.
    let in_span = |f: fn(&Page, Section) -> Option<Status>| {
        before
            .iter()
            .enumerate()
            .skip(http_idx + 1)
            .filter_map(|(i, s)| f(page, *s).map(|st| (i, st)))
            .next_back()
    };
    let found = in_span(status_code)
        .or_else(|| {
            let from_example = example_responses
                .iter()
                .find(|r| (200..300).contains(&r.status))?;
            let i = before.len().checked_sub(1).filter(|i| *i > http_idx)?;
            let para = before[http_idx + 1..]
                .iter()
                .rev()
                .flat_map(|s| page.blocks(*s))
                .find_map(|b| match b {
                    Block::Para(p) if p.links.iter().any(|l| l.dest.contains("resources/")) => {
                        Some(p.clone())
                    }
                    _ => None,
                })
                .unwrap_or_default();
            Some((
                i,
                (
                    from_example.status,
                    status_text(from_example.status),
                    from_example.span.clone(),
                    para,
                ),
            ))
        })
        .or_else(|| in_span(bare_status));
    // No 2xx: a `302 Found` whose `Location` is the content (a file's
    // `/content`, a v1.0 report) is a spec's `status = 302` with a body of
    // bytes; another 3xx is not a success a spec can declare.
    let found = found.map(|f| (f, false)).or_else(|| {
        let redirect = in_span(redirect_code).or_else(|| {
            let r = example_responses
                .iter()
                .find(|r| (300..400).contains(&r.status))?;
            let i = before.len().checked_sub(1).filter(|i| *i > http_idx)?;
            Some((
                i,
                (
                    r.status,
                    status_text(r.status),
                    r.span.clone(),
                    Inline::default(),
                ),
            ))
        })?;
        Some((redirect, true))
    });
    let Some(((response_idx, (status, status_text, status_span, response_para)), redirect)) = found
    else {
        sink.error(
            "no success status: no section after the HTTP request names a 2xx status, and no example response has one",
            title_span,
        )
        .with_label("in this page")
        .with_help("the response section says e.g. \"If successful, this method returns `202 Accepted`\"");
        return None;
    };
    if redirect && (status != REDIRECT_TO_CONTENT || method != "GET") {
        sink.error(
            format!(
                "the method answers `{status}` (a redirect); a spec declares 2xx successes and a `GET`'s `302` to content only"
            ),
            status_span,
        )
        .with_label("redirect status");
        return None;
    }
    // The status sentence and the body's type are often two paragraphs of
    // the response section ("returns `200 OK`." then "the body holds an
    // [attachment] object"): the type is in the first that links a resource.
    let response_para = if links_resource(&response_para) {
        response_para
    } else {
        page.blocks(before[response_idx])
            .iter()
            .find_map(|b| match b {
                Block::Para(p) if links_resource(p) => Some(p.clone()),
                _ => None,
            })
            .unwrap_or(response_para)
    };
    let between: Vec<Section> = before[http_idx + 1..response_idx].to_vec();
    let headers_sec = between.iter().rposition(|s| is_headers_section(page, *s));
    let body_sec = match headers_sec {
        Some(h) if h + 1 < between.len() => Some(between[between.len() - 1]),
        Some(_) => None,
        None => between.last().copied(),
    };
    let query_secs: Vec<Section> = match headers_sec {
        Some(h) => between[..h].to_vec(),
        None => between[..between.len().saturating_sub(1)].to_vec(),
    };
    let headers = headers_sec
        .map(|h| read_headers(page, between[h], sink))
        .unwrap_or_default();
    let collection_hint = collection_hint(page, &sections[examples_at..]);
    let response = if redirect {
        // Where the redirect leads is a file or a report of any type.
        ResponseBody::Bytes(ANY_CONTENT.to_owned())
    } else {
        read_response_body(
            page,
            &response_para,
            collection_hint,
            status,
            resources,
            sink,
        )
    };
    let response = as_delta(response, &method, &paths);
    let body = match body_sec {
        Some(s) => {
            let same_method: Vec<&ExampleRequest> = example_requests
                .iter()
                .filter(|r| r.method == method)
                .collect();
            read_body(page, s, &same_method, resources, sink)
        }
        None => Body::None,
    };
    let body = match body_sec {
        Some(s) if matches!(method.as_str(), "POST" | "PATCH" | "PUT") => {
            resource_body(page, s, body, &response, resources)
        }
        _ => body,
    };
    let query = read_query(page, &query_secs, &method, &response, &example_requests);
    let (summary, description) = intro(page);
    let stem = stem(&page.path);
    let mut body = body;
    spell_like_examples(&mut body, &example_requests);
    if matches!(method.as_str(), "GET" | "DELETE") && body != Body::None {
        // The spec language (like HTTP semantics) gives these methods no
        // body; the docs' table is then about something else (often the
        // response, or a function's parameters written as a body).
        sink.warn(
            format!("a `{method}` request has no body; the page's body table is left out"),
            method_span.clone(),
        )
        .with_label("no body for this method");
        body = Body::None;
    }
    if body == Body::Fields(Vec::new()) {
        // Every row was left out (each with its warning): nothing to send.
        body = Body::None;
    }
    let mut headers = headers;
    values_from_examples(&mut headers, &example_requests);
    let permissions = perms?;
    if sink.has_errors() {
        return None;
    }
    let endpoint = Endpoint {
        area: page.doc.area.clone(),
        name: title.map(|t| t.text).unwrap_or_else(|| stem.clone()),
        docs_url: format!(
            "https://learn.microsoft.com/graph/api/{}?view=graph-rest-{}",
            stem.replace('_', "-"),
            if version == Version::Beta {
                "beta"
            } else {
                "1.0"
            }
        ),
        page_stem: stem.clone(),
        stem,
        summary,
        description,
        version,
        method,
        method_span,
        paths,
        params,
        permissions,
        query,
        headers,
        body,
        status,
        status_text,
        status_span,
        response,
        example_requests,
        example_responses,
    };
    let mut endpoints: Vec<Endpoint> = split_by_resource(endpoint)
        .into_iter()
        .flat_map(split_raw_values)
        .collect();
    for e in &mut endpoints {
        content_bodies(e);
        crate::other_users::apply(e);
    }
    Some(endpoints)
}

/// Whether a paragraph links a resource page (`../resources/message.md`).
fn links_resource(p: &Inline) -> bool {
    p.links
        .iter()
        .any(|l| l.dest.contains("resources/") && l.dest.ends_with(".md"))
}

/// The file stem of the spec: the page's name up to its first dot, snake_case
/// (`message-send.beta.de-DE.md` -> `message_send`).
pub fn stem(path: &Path) -> String {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("page");
    snake(name.split('.').next().unwrap_or(name))
}

/// The `#` heading, or the front matter's title.
fn title(page: &Page) -> Option<Inline> {
    page.doc
        .blocks
        .iter()
        .find_map(|b| match b {
            Block::Heading { level: 1, inline } => Some(inline.clone()),
            _ => None,
        })
        .or_else(|| {
            page.doc.title.as_ref().map(|t| Inline {
                text: t.clone(),
                ..Inline::default()
            })
        })
}

/// The introduction: first sentence, then the rest.
fn intro(page: &Page) -> (String, String) {
    let mut paras = Vec::new();
    let mut seen_title = false;
    for block in &page.doc.blocks {
        match block {
            Block::Heading { level: 1, .. } => seen_title = true,
            Block::Heading { .. } if seen_title => break,
            Block::Para(p) if seen_title && resource::is_prose(p) => paras.push(p.text.clone()),
            _ => {}
        }
    }
    let all = paras.join("\n\n");
    let (summary, rest) = first_sentence(&all);
    let summary = if summary.is_empty() {
        page.doc.description.clone().unwrap_or_default()
    } else {
        summary.to_owned()
    };
    (summary, rest.to_owned())
}

/// Index of the first section that holds an example request (or the number of sections).
fn examples_start(page: &Page, sections: &[Section]) -> usize {
    sections
        .iter()
        .position(|s| {
            (s.start..s.end).any(|i| {
                matches!(page.doc.blocks[i], Block::Code { .. })
                    && page
                        .annotation_of(i)
                        .is_some_and(|a| a.str("blockType") == Some("request"))
            })
        })
        .unwrap_or(sections.len())
}

/// The API version: `--version`, the page's place in the docs tree, its beta
/// notice, or its example URLs.
fn version(
    page: &Page,
    options: &crate::Options,
    sink: &mut Sink,
    title_span: &Range<usize>,
) -> Option<Version> {
    if let Some(v) = options.version {
        return Some(v);
    }
    for c in page.path.components().rev() {
        if let Some(v) = c.as_os_str().to_str().and_then(crate::parse_version) {
            return Some(v);
        }
    }
    if page
        .doc
        .includes
        .iter()
        .any(|i| i.path.contains("beta-disclaimer"))
    {
        return Some(Version::Beta);
    }
    let mut found = None;
    for block in &page.doc.blocks {
        if let Block::Code { text, .. } = block {
            for (v, spelling) in Version::ALL {
                if text.contains(&format!("graph.microsoft.com/{spelling}/")) {
                    found = found.or(Some(v));
                }
            }
        }
    }
    if found.is_none() {
        sink.error("cannot tell the API version of this page", title_span.clone())
            .with_label("v1.0 or beta?")
            .with_help("keep the page under `api-reference/v1.0/` or `api-reference/beta/`, or pass `--version v1.0|beta`");
    }
    found
}
