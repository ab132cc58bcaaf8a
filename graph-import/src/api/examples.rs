//! The page's example requests and responses, and what they tell the rest
//! of the page (header values, JSON member spellings).

use std::collections::HashMap;

use graph_spec::model::Version;

use crate::ir::{ExampleRequest, ExampleResponse, Header, JsonKind};
use crate::markdown::Block;
use crate::page::{Page, Section};

use super::query::{is_system_option, odata_name};
use super::responses::parse_status;

/// Headers whose row gives no value take the value the example requests send.
pub(super) fn values_from_examples(headers: &mut [Header], examples: &[ExampleRequest]) {
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

/// The example requests and responses, for the linter.
pub(super) fn examples(
    page: &Page,
    sections: &[Section],
    version: Version,
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
                let (members, member_kinds) =
                    json_members(text, *content_offset).into_iter().unzip();
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
                    member_kinds,
                    headers,
                    span,
                });
            } else if kind == "response"
                && let Some(rest) = first.strip_prefix("HTTP/")
                && let Some(code) = rest.split_whitespace().nth(1).and_then(parse_status)
            {
                let content_type = text
                    .lines()
                    .skip(1)
                    .take_while(|l| !l.trim().is_empty())
                    .filter_map(|l| l.split_once(':'))
                    .find(|(n, _)| n.trim().eq_ignore_ascii_case("content-type"))
                    .map(|(_, v)| {
                        let v = v.split(';').next().unwrap_or(v);
                        v.trim().to_ascii_lowercase()
                    });
                responses.push(ExampleResponse {
                    status: code,
                    span,
                    content_type,
                    request_path: requests.last().map(|r: &ExampleRequest| r.path.clone()),
                });
            }
        }
    }
    (requests, responses)
}

/// Top-level member names of the JSON body of an example request, with
/// offsets, and the kind of each one's value. A single pass with a depth
/// counter; no recursion.
fn json_members(text: &str, offset: usize) -> Vec<((String, usize), JsonKind)> {
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
                    let kind = match after[1..].trim_start().bytes().next() {
                        Some(b'"') => JsonKind::String,
                        Some(b't' | b'f') => JsonKind::Bool,
                        Some(b'-' | b'0'..=b'9') => JsonKind::Number,
                        Some(b'{') => JsonKind::Object,
                        Some(b'[') => JsonKind::Array,
                        _ => JsonKind::Other,
                    };
                    out.push(((body[s..end].to_owned(), offset + start + s), kind));
                }
                i = end;
            }
            _ => {}
        }
        i += 1;
    }
    out
}
