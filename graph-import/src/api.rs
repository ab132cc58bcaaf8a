//! An API reference page read into an [`Endpoint`].
//!
//! Sections are recognized by what they hold and where they are, never by
//! their (translated) headings: the examples start with the first
//! `"blockType": "request"` annotation; the HTTP request is the block of
//! `METHOD /path` lines; permissions are the table of dotted permission names
//! or the permissions include before it; the response is the last section
//! before the examples whose prose names a 2xx status in a code span; headers
//! and body are the two sections before the response, in that order.

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::path::Path;

use crate::ir::{
    Body, Endpoint, ExampleRequest, ExampleResponse, Field, Header, Param, PathTemplate,
    Permissions, Query, ResponseBody, TypeRef,
};
use crate::markdown::{Block, Inline};
use crate::page::{Page, Section};
use crate::permissions;
use crate::report::{Annotate, Sink};
use crate::resource::{self, Resources};
use crate::text::{first_sentence, has_word, is_reserved, singular_owned, snake};
use crate::types;

/// Reads an API page. Problems go to `sink`; `None` when the page cannot be imported.
pub fn read_endpoint(
    page: &Page,
    options: &crate::Options,
    resources: &mut Resources,
    sink: &mut Sink,
) -> Option<Endpoint> {
    let title = title(page);
    let title_span = title.as_ref().map_or(0..0, |t| t.span.clone());
    let sections = page.sections();
    let examples_at = examples_start(page, &sections);
    let before: Vec<Section> = sections[..examples_at].to_vec();

    let Some(http_idx) = before.iter().position(|s| http_block(page, *s).is_some()) else {
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
    let (method, method_span, paths, params) = read_paths(page, before[http_idx], sink)?;

    let perms = read_permissions(page, &before, http_idx, options, sink);

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
    let body = match body_sec {
        Some(s) => read_body(page, s, resources, sink),
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
    let mut endpoint = Endpoint {
        name: title.map(|t| t.text).unwrap_or_else(|| stem.clone()),
        docs_url: format!(
            "https://learn.microsoft.com/graph/api/{}?view=graph-rest-{}",
            stem.replace('_', "-"),
            if version == "beta" { "beta" } else { "1.0" }
        ),
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
    content_bodies(&mut endpoint);
    crate::other_users::apply(&mut endpoint);
    Some(endpoint)
}

/// Requests to a file's or a photo's content (every path ends in `/content`
/// or `/$value`) carry bytes, not JSON: an upload's body the page describes
/// in prose ("the binary content of the file") is content of the type its
/// `Content-Type` header row names (`image/jpeg`), else of any type; a
/// download answered `200` without a resource is content of any type.
fn content_bodies(e: &mut Endpoint) {
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
fn spell_like_examples(body: &mut Body, examples: &[ExampleRequest]) {
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

/// Headers whose row gives no value take the value the example requests send.
fn values_from_examples(headers: &mut [Header], examples: &[ExampleRequest]) {
    let mut sent: HashMap<String, &str> = HashMap::new();
    for (n, v) in examples.iter().flat_map(|e| &e.headers) {
        if v.chars().all(|c| c == ' ' || c.is_ascii_graphic()) {
            sent.entry(n.to_ascii_lowercase()).or_insert(v);
        }
    }
    for h in headers.iter_mut().filter(|h| h.value == "{value}") {
        if let Some(v) = sent.get(&h.name.to_ascii_lowercase()) {
            h.value = (*v).to_owned();
        }
    }
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
) -> Option<&'static str> {
    if let Some(v) = options.version {
        return Some(v);
    }
    for c in page.path.components().rev() {
        match c.as_os_str().to_str() {
            Some("v1.0") => return Some("v1.0"),
            Some("beta") => return Some("beta"),
            _ => {}
        }
    }
    if page
        .doc
        .includes
        .iter()
        .any(|i| i.path.contains("beta-disclaimer"))
    {
        return Some("beta");
    }
    let mut found = None;
    for block in &page.doc.blocks {
        if let Block::Code { text, .. } = block {
            for v in ["v1.0", "beta"] {
                if text.contains(&format!("graph.microsoft.com/{v}/")) {
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

/// The `METHOD /path` lines of a section's code block, with their spans.
fn http_block(page: &Page, section: Section) -> Option<Vec<(String, String, Range<usize>)>> {
    for block in page.blocks(section) {
        let Block::Code {
            text,
            content_offset,
            ..
        } = block
        else {
            continue;
        };
        let mut lines = Vec::new();
        let mut offset = *content_offset;
        let mut ok = true;
        for line in text.split_inclusive('\n') {
            let start = offset;
            offset += line.len();
            let trimmed = line.trim();
            if trimmed.is_empty() || trimmed.starts_with('#') || trimmed.starts_with("//") {
                continue;
            }
            // `GET /me`, and the docs' other spellings: `DELETE/x`, `GET me/x`,
            // `GET https://graph.microsoft.com/v1.0/x`, `GET ~/x`.
            match graph_spec::docs_path::split_request_line(line) {
                Some((m, path, at)) => {
                    let lead = line.len() - line.trim_start().len();
                    let end = start + at + path.len();
                    lines.push((m.to_owned(), path.to_owned(), start + lead..end));
                }
                // A header line the request needs (`workbook-session-id: {id}`)
                // or a word between alternatives (`or`, `oder`, `或`).
                None if is_header_line(trimmed) || !trimmed.contains([' ', '/']) => {}
                None => ok = false,
            }
        }
        if ok && !lines.is_empty() {
            return Some(lines);
        }
    }
    None
}

/// `Name: value` with an HTTP token as the name.
fn is_header_line(line: &str) -> bool {
    line.split_once(':').is_some_and(|(name, _)| {
        !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c))
    })
}

/// Method, templates and parameters from the HTTP request block.
#[allow(clippy::type_complexity)]
fn read_paths(
    page: &Page,
    section: Section,
    sink: &mut Sink,
) -> Option<(String, Range<usize>, Vec<PathTemplate>, Vec<Param>)> {
    let lines = http_block(page, section)?;
    let method = lines[0].0.clone();
    let method_span = lines[0].2.clone();
    let mut templates: Vec<PathTemplate> = Vec::new();
    let mut seen_templates: HashSet<String> = HashSet::new();
    let mut params: Vec<Param> = Vec::new();
    let mut seen_params: HashSet<String> = HashSet::new();
    let mut bad = Vec::new();
    for (m, path, span) in &lines {
        if *m != method {
            // One page documenting two methods (`DELETE` and `POST` of
            // `unfollow`): the first method's lines are this spec.
            sink.warn(
                format!("`{m}` in a page whose first request line is `{method}`; line left out"),
                span.clone(),
            )
            .with_label("another method")
            .with_help("a spec has one method; the page's first method is imported");
            continue;
        }
        match graph_spec::docs_path::from_docs(path) {
            Ok(docs) => {
                let template = docs.template;
                for graph_spec::docs_path::DocsParam {
                    name,
                    docs_name,
                    noun,
                } in docs.params
                {
                    if seen_params.insert(name.clone()) {
                        let description = match docs_name.split_once('|') {
                            Some(_) => format!(
                                "The {} of the {noun}.",
                                docs_name
                                    .split('|')
                                    .map(str::trim)
                                    .collect::<Vec<_>>()
                                    .join(" or ")
                            ),
                            None => format!("The {} of the {noun}.", docs_name.trim()),
                        };
                        params.push(Param {
                            name,
                            docs_name,
                            description,
                        });
                    }
                }
                if !seen_templates.insert(template.clone()) {
                    sink.warn(format!("`{path}` is listed twice"), span.clone())
                        .with_label("duplicate path");
                    continue;
                }
                templates.push(PathTemplate {
                    docs: path.clone(),
                    template,
                    variant: String::new(),
                    span: span.clone(),
                });
            }
            Err(e) => {
                // The error's span is inside the path; the line's span starts at the method.
                let at = span.end.saturating_sub(path.len());
                let located = at + e.span.start..at + e.span.end;
                let located = if located.end <= span.end {
                    located
                } else {
                    span.clone()
                };
                bad.push((e, located));
            }
        }
    }
    // A line no template can hold costs the page only when it is the only
    // kind of line: beside lines that parse (`GET /directoryRoles/{id}` and
    // `GET /directoryRoles/roleTemplateId={id}`) it is left out.
    let keep_page = !templates.is_empty() || bad.is_empty();
    for (e, located) in bad {
        if keep_page {
            sink.warn(format!("{}; line left out", e.message), located)
                .with_label("cannot be a spec template")
                .with_help(&e.help);
        } else {
            sink.error(e.message, located)
                .with_label("cannot be a spec template")
                .with_help(&e.help);
        }
    }
    if !keep_page {
        return None;
    }
    name_variants(&mut templates);
    Some((method, method_span, templates, params))
}

/// Longest variant name made from path words (graph-spec's limit is 128).
const MAX_VARIANT: usize = 64;

/// Names each variant after what comes before the part all templates share:
/// `/me/...` -> `me`, `/users/{id}/...` -> `user`, `/me/mailFolders/{id}/...` -> `me_mail_folder`.
fn name_variants(templates: &mut [PathTemplate]) {
    let owned: Vec<String> = templates.iter().map(|t| t.template.clone()).collect();
    let split: Vec<Vec<&str>> = owned
        .iter()
        .map(|t| t.split('/').skip(1).collect())
        .collect();
    let mut common = 0;
    if split.len() > 1 {
        let shortest = split.iter().map(Vec::len).min().unwrap_or(0);
        while common < shortest.saturating_sub(1) {
            let seg = |s: &[&str]| -> String {
                let x = s[s.len() - 1 - common];
                if x.starts_with('{') {
                    "{}".to_owned()
                } else {
                    x.to_owned()
                }
            };
            let first = seg(&split[0]);
            if split.iter().all(|s| seg(s) == first) {
                common += 1;
            } else {
                break;
            }
        }
    } else {
        common = split.first().map_or(0, |s| s.len().saturating_sub(1));
    }
    let mut names: HashSet<String> = HashSet::new();
    for (t, segs) in templates.iter_mut().zip(&split) {
        let prefix = &segs[..segs.len() - common];
        let words: Vec<String> = prefix
            .iter()
            .filter(|s| !s.starts_with('{'))
            .map(|s| snake(&singular_owned(s)))
            .filter(|s| !s.is_empty())
            .collect();
        // The words nearest the shared part say most; graph-spec caps names
        // at 128 characters, and a suffix may follow.
        let mut first = 0;
        while first + 1 < words.len()
            && words[first..].iter().map(|w| w.len() + 1).sum::<usize>() > MAX_VARIANT
        {
            first += 1;
        }
        let mut name = if words.is_empty() {
            "path".to_owned()
        } else {
            words[first..].join("_")
        };
        if name.len() > MAX_VARIANT {
            let mut end = MAX_VARIANT;
            while !name.is_char_boundary(end) {
                end -= 1;
            }
            name.truncate(end);
        }
        if name.starts_with(|c: char| c.is_ascii_digit()) || is_reserved(&name) {
            name = format!("at_{name}");
        }
        let base = name.clone();
        let mut n = 2;
        while names.contains(&name) {
            name = format!("{base}_{n}");
            n += 1;
        }
        names.insert(name.clone());
        t.variant = name;
    }
}

/// The permissions: from the table in the section before the HTTP request
/// (or any before the examples), or from its include.
fn read_permissions(
    page: &Page,
    before: &[Section],
    http_idx: usize,
    options: &crate::Options,
    sink: &mut Sink,
) -> Option<Permissions> {
    let order: Vec<usize> = (0..http_idx)
        .rev()
        .chain(http_idx + 1..before.len())
        .collect();
    for i in order {
        let s = before[i];
        let range = page.doc.blocks[s.start..s.end]
            .first()
            .map_or(0..0, |b| b.offset()..page.doc.blocks[s.end - 1].end());
        let section_span =
            page.doc.blocks[s.heading].offset()..range.end.max(page.doc.blocks[s.heading].end());
        // A table in the section wins over an include beside it: such
        // includes are often notes (`teamwork-permissions-note.md`).
        for block in page.blocks(s) {
            if let Block::Table { head, rows, span } = block
                && permissions::is_permissions_table(rows)
            {
                return permissions::from_table(&page.source, head, rows, span.clone(), sink);
            }
        }
        if let Some(include) = page.doc.includes.iter().find(|inc| {
            inc.span.start >= section_span.start
                && inc.span.end <= section_span.end
                && permissions::is_permissions_include(inc)
        }) {
            return permissions::from_include(page, include, &options.include_dirs, sink);
        }
    }
    // The older pages' only statement: "One of the following scopes is
    // required to execute this API: *Mail.Send*", in the section before the
    // request block.
    for s in before[..http_idx].iter().rev() {
        for block in page.blocks(*s) {
            if let Block::Para(p) = block
                && let Some(found) = permissions::from_sentence(p)
            {
                return Some(found);
            }
        }
    }
    // A permissions-shaped table (2 to 4 columns) in the section before the
    // request block, none of whose cells names a permission: every type
    // reads `None.` or `Not supported.`. Graph then needs no permission
    // (`application: addKey` rolls the caller's own key); a spec lists at
    // least one name for each type it supports.
    if let Some(span) = before[..http_idx].last().and_then(|s| {
        page.blocks(*s).iter().find_map(|b| match b {
            Block::Table { rows, span, .. }
                if !rows.is_empty() && rows.iter().all(|r| (2..=4).contains(&r.len())) =>
            {
                Some(span.clone())
            }
            _ => None,
        })
    }) {
        sink.error(
            "the permissions table names no permission: the docs say none is needed (`None.`), which a spec cannot say",
            span,
        )
        .with_label("no permission names")
        .with_help("a spec lists the permissions each supported type needs, or `\"not supported\"`");
        return None;
    }
    let at = page
        .doc
        .blocks
        .first()
        .map_or(0..0, |b| b.offset()..b.end());
    sink.error("no permissions table and no permissions include", at)
        .with_label("in this page")
        .with_help("an API page lists its permissions in a table (Permission type | Permissions) or `[!INCLUDE [permissions-table](../includes/permissions/NAME.md)]`");
    None
}

/// A section whose table's first column names HTTP headers, `Authorization` among them.
fn is_headers_section(page: &Page, section: Section) -> bool {
    page.blocks(section).iter().any(|b| match b {
        Block::Table { rows, .. } => rows.iter().any(|r| {
            r.first().is_some_and(|c| {
                let name = header_name(&c.text).0;
                localized_header(name)
                    .unwrap_or(name)
                    .eq_ignore_ascii_case("Authorization")
            })
        }),
        _ => false,
    })
}

/// A header name the translation of a page translated (`接受` for
/// `Accept`): the few the localized trees show, mapped back. Header names
/// are protocol, so these are the only translated words the headers table
/// is read by.
fn localized_header(name: &str) -> Option<&'static str> {
    match name.trim() {
        "接受" | "接收" | "Akzeptieren" | "Accepter" | "Aceptar" | "Aceitar" | "Accetta"
        | "Принять" | "受け入れる" | "수락" => Some("Accept"),
        "授权" | "Autorisierung" | "承認" | "Autorización" | "Autorisation" => {
            Some("Authorization")
        }
        "内容类型" | "Inhaltstyp" | "コンテンツタイプ" | "Tipo de contenido" => {
            Some("Content-Type")
        }
        _ => None,
    }
}

/// `Prefer: outlook.timezone` -> (`Prefer`, `outlook.timezone`).
fn header_name(cell: &str) -> (&str, &str) {
    match cell.split_once(':') {
        Some((n, v)) => (n.trim(), v.trim()),
        None => (cell.trim(), ""),
    }
}

fn read_headers(page: &Page, section: Section, sink: &mut Sink) -> Vec<Header> {
    let mut out: Vec<Header> = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for block in page.blocks(section) {
        let Block::Table { rows, .. } = block else {
            continue;
        };
        let desc_col = description_column(rows);
        for row in rows {
            let (Some(name_cell), Some(desc)) = (row.first(), row.get(desc_col)) else {
                continue;
            };
            let (name, inline_value) = header_name(&name_cell.text);
            let name = localized_header(name).unwrap_or(name);
            if name.is_empty()
                || !name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c))
            {
                sink.warn(
                    format!(
                        "`{}` is not an HTTP header name; row left out",
                        name_cell.text
                    ),
                    name_cell.span.clone(),
                )
                .with_label("not a header name");
                continue;
            }
            let mut value = header_value(inline_value, desc);
            if name.eq_ignore_ascii_case("Authorization") && !value.is_ascii() {
                // Translated `Bearer {token}` (`持有者 {token}`): Graph takes
                // only bearer tokens, in every locale.
                value = "Bearer {token}".to_owned();
            }
            // "Required." in the description, or a Required column saying yes.
            let required = has_word(&desc.text, "required")
                || row.iter().enumerate().any(|(i, c)| {
                    i != 0
                        && i != desc_col
                        && ["yes", "true", "required"]
                            .iter()
                            .any(|w| c.text.trim().trim_end_matches('.').eq_ignore_ascii_case(w))
                });
            if let Some(first) = seen.get(&name.to_ascii_lowercase()) {
                let (line, _) = graph_spec::diagnostic::line_col(&page.source, *first);
                sink.warn(
                    format!("header `{name}` is documented twice; the spec holds one value per header, kept the first (line {line})"),
                    name_cell.span.clone(),
                )
                .with_label("second value left out");
                continue;
            }
            if !value
                .chars()
                .all(|c| c == ' ' || c == '\t' || c.is_ascii_graphic())
            {
                sink.warn(
                    format!("the value of header `{name}` is not ASCII; row left out"),
                    desc.span.clone(),
                )
                .with_label("not a header value");
                continue;
            }
            seen.insert(name.to_ascii_lowercase(), name_cell.span.start);
            out.push(Header {
                name: name.to_owned(),
                value,
                required,
                description: desc.text.clone(),
                span: name_cell.span.clone(),
            });
        }
        break;
    }
    out
}

/// The column holding descriptions: the one after the first with the most text
/// (`Name | Description`, `Name | Type | Description | Required`, `Header | Value`).
fn description_column(rows: &[Vec<Inline>]) -> usize {
    let width = rows.iter().map(Vec::len).max().unwrap_or(0);
    (1..width)
        .max_by_key(|&i| {
            (
                rows.iter()
                    .map(|r| r.get(i).map_or(0, |c| c.text.len()))
                    .sum::<usize>(),
                std::cmp::Reverse(i),
            )
        })
        .unwrap_or(0)
}

/// The documented value: after `Name:` in the name cell; the description's
/// first sentence when it is a value (`Bearer {token}.`, `0.`, `` `application/json`. ``);
/// else the JSON media type or the first media type it names.
fn header_value(inline_value: &str, desc: &Inline) -> String {
    if !inline_value.is_empty() {
        if let Some((code, _)) = desc
            .codes
            .iter()
            .find(|(c, _)| c.starts_with(inline_value) && c.contains('='))
        {
            return code.clone();
        }
        // `Prefer: outlook.timezone` -> `outlook.timezone="{timezone}"`, filled in at send time.
        let last = inline_value.rsplit('.').next().unwrap_or(inline_value);
        return format!("{inline_value}=\"{{{}}}\"", snake(last));
    }
    let (first, _) = first_sentence(&desc.text);
    let first = first.trim_end_matches(['.', '。']).trim();
    if let Some(code) = first.strip_prefix('`').and_then(|f| f.strip_suffix('`'))
        && !code.contains('`')
    {
        return code.to_owned();
    }
    let words = first.split_whitespace().count();
    if !first.is_empty()
        && (words == 1 || first.contains('{'))
        && words <= 3
        && !first.contains('`')
    {
        return first.to_owned();
    }
    let media: Vec<&str> = desc
        .text
        .split(|c: char| c.is_whitespace() || c == '`' || c == ',' || c == '(' || c == ')')
        .map(|w| w.trim_end_matches(['.', ';', ':']))
        .filter(|w| is_media_type(w))
        .collect();
    if let Some(json) = media.iter().find(|m| **m == "application/json") {
        return (*json).to_owned();
    }
    media
        .first()
        .map_or_else(|| "{value}".to_owned(), |m| (*m).to_owned())
}

/// `application/json`, `text/plain`.
fn is_media_type(w: &str) -> bool {
    match w.split_once('/') {
        Some((a, b)) => {
            !a.is_empty()
                && !b.is_empty()
                && a.chars().all(|c| c.is_ascii_lowercase())
                && b.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        }
        None => false,
    }
}

/// The request body: a parameters table, a resource the prose links to, or none.
fn read_body(page: &Page, section: Section, resources: &mut Resources, sink: &mut Sink) -> Body {
    for block in page.blocks(section) {
        let Block::Table { rows, .. } = block else {
            continue;
        };
        if rows.is_empty()
            || !rows.iter().all(|r| {
                r.len() >= 2 && r[0].links.is_empty() && resource::is_identifier(&r[0].text)
            })
        {
            continue;
        }
        let mut fields = Vec::new();
        for row in rows {
            let name = row[0].text.trim().to_owned();
            let desc = &row[row.len() - 1];
            let ty_cell = if row.len() >= 3 { &row[1] } else { &row[0] };
            match types::parse(ty_cell, desc, page, resources) {
                Ok(ty) => fields.push(Field {
                    required: has_word(&desc.text, "required"),
                    default: boolean_default(&ty, &desc.text),
                    name,
                    ty,
                    description: desc.text.clone(),
                    span: row[0].span.clone(),
                }),
                Err(e) => resource::type_warning(sink, &name, ty_cell, &e),
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

/// The one redirect a spec declares: `302 Found` to content.
const REDIRECT_TO_CONTENT: u16 = 302;

/// The media type range of content of any type.
const ANY_CONTENT: &str = "*/*";

/// The fewest rows a body table needs to be read as the resource's properties.
const RESOURCE_BODY_MIN_ROWS: usize = 2;

/// A create or update page whose body table lists properties of the
/// resource it answers with (Intune's `create`/`update` pages repeat the
/// type's properties table, translated names and all) sends that resource:
/// the body is the model, so a derived type's page is covered by the base's
/// route (see `covered`). Else `body` as read.
fn resource_body(
    page: &Page,
    section: Section,
    body: Body,
    response: &ResponseBody,
    resources: &mut Resources,
) -> Body {
    let ResponseBody::Model(t @ TypeRef::Model { page: res_page, .. }) = response else {
        return body;
    };
    // The type's properties and those it inherits.
    let mut props: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut at = Some(res_page.clone());
    for _ in 0..resource::MAX_BASE_CHAIN {
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

/// A success status: code, its text, where it is, and the paragraph saying it.
type Status = (u16, String, Range<usize>, Inline);

/// The reason phrase of a status, for a status the page gives only as a number.
fn status_text(code: u16) -> String {
    let phrase = match code {
        200 => " OK",
        201 => " Created",
        202 => " Accepted",
        203 => " Non-Authoritative Information",
        204 => " No Content",
        205 => " Reset Content",
        206 => " Partial Content",
        207 => " Multi-Status",
        _ => "",
    };
    format!("{code}{phrase}")
}

/// The first 2xx number standing alone in a section's prose (not in a code
/// span: those are [`status_code`]'s), with the paragraph.
fn bare_status(page: &Page, section: Section) -> Option<Status> {
    for block in page.blocks(section) {
        let Block::Para(p) = block else { continue };
        let bytes = p.text.as_bytes();
        for (i, w) in bytes.windows(3).enumerate() {
            let alone = (i == 0 || !bytes[i - 1].is_ascii_alphanumeric())
                && bytes
                    .get(i + 3)
                    .is_none_or(|b| !b.is_ascii_alphanumeric() && *b != b'.');
            if w[0] == b'2' && w[1].is_ascii_digit() && w[2].is_ascii_digit() && alone {
                let code = u16::from(w[0] - b'0') * 100
                    + u16::from(w[1] - b'0') * 10
                    + u16::from(w[2] - b'0');
                return Some((code, status_text(code), p.span.clone(), p.clone()));
            }
        }
    }
    None
}

/// The first 3xx status in a code span of a section's prose.
fn redirect_code(page: &Page, section: Section) -> Option<Status> {
    coded_status(page, section, 300..400)
}

/// The first 2xx status in a code span of a section's prose: (code, text, span, paragraph).
fn status_code(page: &Page, section: Section) -> Option<Status> {
    coded_status(page, section, 200..300)
}

fn coded_status(page: &Page, section: Section, range: Range<u16>) -> Option<Status> {
    for block in page.blocks(section) {
        if let Block::Para(p) = block {
            for (code, offset) in &p.codes {
                if let Some(status) = parse_status(code)
                    && range.contains(&status)
                {
                    return Some((
                        status,
                        code.trim().to_owned(),
                        *offset..*offset + code.len() + 2,
                        p.clone(),
                    ));
                }
            }
        }
    }
    None
}

/// `202 Accepted` -> 202.
pub fn parse_status(text: &str) -> Option<u16> {
    let t = text.trim();
    let digits: String = t.chars().take_while(char::is_ascii_digit).collect();
    if digits.len() != 3
        || t[3..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric())
    {
        return None;
    }
    digits.parse().ok()
}

/// Whether the example responses say the body is a collection (ApiDoctor's
/// `isCollection`), when they say anything.
fn collection_hint(page: &Page, example_sections: &[Section]) -> Option<bool> {
    for s in example_sections {
        for i in s.start..s.end {
            if matches!(page.doc.blocks[i], Block::Code { .. })
                && let Some(a) = page.annotation_of(i)
                && a.str("blockType") == Some("response")
            {
                return Some(
                    a.json
                        .get("isCollection")
                        .and_then(|v| v.as_bool())
                        .unwrap_or(false),
                );
            }
        }
    }
    None
}

fn read_response_body(
    page: &Page,
    para: &Inline,
    collection_hint: Option<bool>,
    status: u16,
    resources: &mut Resources,
    sink: &mut Sink,
) -> ResponseBody {
    if status == 204 {
        return ResponseBody::None;
    }
    for link in &para.links {
        if !(link.dest.contains("resources/") && link.dest.ends_with(".md")) {
            continue;
        }
        let path = page.resolve(&link.dest);
        let Some(res) = resources.get(&path) else {
            sink.warn(
                format!(
                    "response resource page `{}` not found; imported without a response body",
                    path.display()
                ),
                link.offset..link.offset + link.text.len() + 2,
            )
            .with_label("page missing");
            return ResponseBody::None;
        };
        let ty = TypeRef::Model {
            name: res.name.clone(),
            page: path,
        };
        let collection = collection_hint.unwrap_or_else(|| has_word(&para.text, "collection"));
        return if collection {
            ResponseBody::Collection(ty)
        } else {
            ResponseBody::Model(ty)
        };
    }
    ResponseBody::None
}

/// OData query parameters: the ones a table lists (`$top`, ...), the ones
/// the section's prose names in code spans (`supports the `$select` and
/// `$filter` OData query parameters`), and the ones the example requests
/// use; where none is named but the section links the OData query
/// parameters page, the standard set for the response's shape.
fn read_query(
    page: &Page,
    sections: &[Section],
    method: &str,
    response: &ResponseBody,
    examples: &[ExampleRequest],
) -> Vec<Query> {
    let mut out: Vec<Query> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    let mut odata = false;
    let mut push = |out: &mut Vec<Query>, name: &str, description: String| {
        if seen.insert(name.to_ascii_lowercase()) {
            let description = if description.is_empty() {
                standard_description(name).to_owned()
            } else {
                description
            };
            out.push(Query {
                name: name.to_owned(),
                ty: query_type(name),
                description,
            });
        }
    };
    for s in sections {
        for block in page.blocks(*s) {
            match block {
                Block::Table { rows, .. } => {
                    for row in rows {
                        let Some(name) = row.first().and_then(|c| odata_name(c.text.trim())) else {
                            continue;
                        };
                        if name.len() == row[0].text.trim().len() {
                            let description =
                                row.last().map(|c| c.text.clone()).unwrap_or_default();
                            push(&mut out, name, description);
                        }
                    }
                }
                Block::Para(p) => {
                    odata |= p.links.iter().any(|l| l.dest.contains("query-parameters"));
                    for (code, _) in &p.codes {
                        if let Some(name) = odata_name(code).filter(|n| is_system_option(n)) {
                            push(&mut out, name, String::new());
                        }
                    }
                }
                _ => {}
            }
        }
    }
    for e in examples.iter().filter(|e| e.method == method) {
        for name in &e.odata {
            push(&mut out, name, String::new());
        }
    }
    if out.is_empty() && odata && method == "GET" {
        let names: &[&str] = match response {
            ResponseBody::Collection(_) => &[
                "$select", "$filter", "$orderby", "$top", "$skip", "$expand", "$count", "$search",
            ],
            _ => &["$select", "$expand"],
        };
        for name in names {
            push(&mut out, name, String::new());
        }
    }
    out
}

/// The OData system query options Graph documents; prose and example URLs
/// name only these (`$value` and `$ref` in prose are path segments).
fn is_system_option(name: &str) -> bool {
    [
        "$select",
        "$filter",
        "$orderby",
        "$top",
        "$skip",
        "$expand",
        "$count",
        "$search",
        "$format",
        "$skiptoken",
        "$deltatoken",
    ]
    .iter()
    .any(|o| o.eq_ignore_ascii_case(name))
}

/// The OData system query option a text starts with (`$filter=id eq 1` ->
/// `$filter`), if it is one of the standard ones or a `$`-name of a table row.
fn odata_name(text: &str) -> Option<&str> {
    let text = text.trim();
    let rest = text.strip_prefix('$')?;
    let len = rest
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(rest.len());
    (len > 0).then(|| &text[..=len])
}

fn query_type(name: &str) -> &'static str {
    match name {
        "$top" | "$skip" => "int32",
        "$count" => "boolean",
        _ => "string",
    }
}

fn standard_description(name: &str) -> &'static str {
    match name {
        "$select" => "Comma-separated properties to return.",
        "$filter" => "Filters the results (OData `$filter`).",
        "$orderby" => "Orders the results (OData `$orderby`).",
        "$top" => "The number of items per page.",
        "$skip" => "The number of items to skip; set in `@odata.nextLink`.",
        "$expand" => "Related resources to include in the response.",
        "$count" => "Whether to include the total count of items.",
        "$search" => "Restricts the results to items matching a search expression.",
        _ => "",
    }
}

/// The example requests and responses, for the linter.
fn examples(
    page: &Page,
    sections: &[Section],
    version: &str,
) -> (Vec<ExampleRequest>, Vec<ExampleResponse>) {
    let mut requests = Vec::new();
    let mut responses = Vec::new();
    for s in sections {
        for i in s.start..s.end {
            let Block::Code {
                text,
                content_offset,
                ..
            } = &page.doc.blocks[i]
            else {
                continue;
            };
            let Some(kind) = page
                .annotation_of(i)
                .and_then(|a| a.str("blockType").map(str::to_owned))
            else {
                continue;
            };
            let first = text.lines().next().unwrap_or("").trim();
            let span = *content_offset..*content_offset + first.len();
            if kind == "request" {
                let Some((method, url)) = first.split_once(char::is_whitespace) else {
                    continue;
                };
                let url = url.trim().split(' ').next().unwrap_or("");
                let path = url
                    .split_once("graph.microsoft.com")
                    .map_or(url, |(_, p)| p);
                let path = path
                    .strip_prefix(&format!("/{version}"))
                    .or_else(|| path.strip_prefix("/v1.0"))
                    .or_else(|| path.strip_prefix("/beta"))
                    .unwrap_or(path);
                let (path, query) = path.split_once('?').unwrap_or((path, ""));
                let path = path.to_owned();
                let odata = query
                    .split('&')
                    .filter_map(|kv| odata_name(kv.split('=').next().unwrap_or("")))
                    .filter(|n| is_system_option(n))
                    .map(str::to_owned)
                    .collect();
                let members = json_members(text, *content_offset);
                let headers = text
                    .lines()
                    .skip(1)
                    .take_while(|l| !l.trim().is_empty())
                    .filter_map(|l| l.split_once(':'))
                    .map(|(n, v)| (n.trim().to_owned(), v.trim().to_owned()))
                    .collect();
                requests.push(ExampleRequest {
                    method: method.to_owned(),
                    path,
                    odata,
                    members,
                    headers,
                    span,
                });
            } else if kind == "response"
                && let Some(rest) = first.strip_prefix("HTTP/")
                && let Some(code) = rest.split_whitespace().nth(1).and_then(parse_status)
            {
                responses.push(ExampleResponse { status: code, span });
            }
        }
    }
    (requests, responses)
}

/// Top-level member names of the JSON body of an example request, with offsets.
/// A single pass with a depth counter; no recursion.
fn json_members(text: &str, offset: usize) -> Vec<(String, usize)> {
    let Some(start) = text
        .find("\n{")
        .map(|i| i + 1)
        .or_else(|| text.starts_with('{').then_some(0))
    else {
        return Vec::new();
    };
    let body = &text[start..];
    let bytes = body.as_bytes();
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'{' | b'[' => depth += 1,
            b'}' | b']' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    break;
                }
            }
            b'"' => {
                let s = i + 1;
                let mut j = s;
                while j < bytes.len() && bytes[j] != b'"' {
                    if bytes[j] == b'\\' {
                        j += 1;
                    }
                    j += 1;
                }
                let end = j.min(bytes.len());
                let after = body[end.saturating_add(1).min(body.len())..].trim_start();
                if depth == 1 && after.starts_with(':') {
                    out.push((body[s..end].to_owned(), offset + start + s));
                }
                i = end;
            }
            _ => {}
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_are_named_by_what_differs() {
        let mut ts: Vec<PathTemplate> = [
            "/me/messages/{message_id}/send",
            "/users/{user_id}/messages/{message_id}/send",
            "/me/mailFolders/{mail_folder_id}/messages/{message_id}/send",
        ]
        .iter()
        .map(|t| PathTemplate {
            docs: String::new(),
            template: (*t).to_owned(),
            variant: String::new(),
            span: 0..0,
        })
        .collect();
        name_variants(&mut ts);
        let names: Vec<&str> = ts.iter().map(|t| t.variant.as_str()).collect();
        assert_eq!(names, ["me", "user", "me_mail_folder"]);
    }

    #[test]
    fn statuses_in_any_punctuation() {
        assert_eq!(parse_status("202 Accepted"), Some(202));
        assert_eq!(parse_status("204"), Some(204));
        assert_eq!(parse_status("2024-01-01"), None);
        assert_eq!(parse_status("application/json"), None);
    }
}
