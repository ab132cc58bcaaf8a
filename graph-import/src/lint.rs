//! `lint-docs`: where the docs contradict themselves.
//!
//! Within a page: an example response whose status is not the one the prose
//! states (the prose wins), an example request whose method or path matches
//! no HTTP request template, example body members the body table does not
//! list. Across pages of one endpoint (same page name, other locale or
//! version): different permissions, headers or status. Problems that keep a
//! page from being imported at all are reported too.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::PathBuf;

use crate::ir::{Body, Endpoint};
use crate::page::Page;
use crate::report::{Annotate, Finding, Severity, Sink};

/// Lints the API pages of `paths` (files or folders). Findings are in page order.
pub fn lint(paths: &[PathBuf], options: &crate::Options) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut read: Vec<(Page, Endpoint)> = Vec::new();
    crate::walk::api_pages(paths, options, &mut findings, |page, e, sink| {
        within_page(&e, sink);
        read.push((page, e));
    });
    across_pages(&read, &mut findings);
    findings
}

fn within_page(e: &Endpoint, sink: &mut Sink) {
    for r in &e.example_responses {
        if r.status != e.status {
            sink.error(
                format!(
                    "example response is `{}` but the page says the method returns `{}`",
                    r.status, e.status_text
                ),
                r.span.clone(),
            )
            .with_label("contradicts the prose")
            .with_help(&format!(
                "the prose wins: fix the example to `HTTP/1.1 {}`",
                e.status_text
            ));
        }
    }
    // Templates by segment count, so each example is compared with the few that can match.
    let mut by_len: HashMap<usize, Vec<&str>> = HashMap::new();
    for p in &e.paths {
        by_len.entry(segments(&p.docs)).or_default().push(&p.docs);
    }
    let listed: Option<HashSet<String>> = match &e.body {
        Body::Fields(fields) => Some(fields.iter().map(|f| f.name.to_ascii_lowercase()).collect()),
        _ => None,
    };
    for r in &e.example_requests {
        if r.method != e.method {
            sink.error(
                format!(
                    "example request uses `{}`; the HTTP request section says `{}`",
                    r.method, e.method
                ),
                r.span.clone(),
            )
            .with_label("other method");
        }
        let path = key_segments(&r.path);
        let fits = by_len
            .get(&segments(&path))
            .is_some_and(|ts| ts.iter().any(|t| matches_template(t, &path)));
        if !fits {
            let known: Vec<&str> = e.paths.iter().map(|p| p.docs.as_str()).collect();
            sink.error(
                format!(
                    "example request path `{}` matches no HTTP request template",
                    r.path
                ),
                r.span.clone(),
            )
            .with_label("no such path")
            .with_help(&format!("the page's templates: {}", known.join(", ")));
        }
        match (&listed, &e.body) {
            (Some(listed), _) => {
                for (member, offset) in &r.members {
                    if !member.starts_with('@') && !listed.contains(&member.to_ascii_lowercase()) {
                        sink.warn(
                            format!("example body has `{member}`, which the request body table does not list"),
                            *offset..*offset + member.len(),
                        )
                        .with_label("not in the table");
                    }
                }
            }
            (None, Body::None) => {
                if let Some((first, offset)) = r.members.iter().find(|(m, _)| !m.starts_with('@')) {
                    sink.warn(
                        format!(
                            "example request sends a JSON body (`{first}`, ...) but the page documents no request body parameters"
                        ),
                        *offset..*offset + first.len(),
                    )
                    .with_label("not documented")
                    .with_help("document the parameters in a table (Parameter | Type | Description) in the request body section");
                }
            }
            _ => {}
        }
    }
}

fn segments(path: &str) -> usize {
    path.trim_end_matches('/').split('/').count()
}

/// Whether an example path fits a docs template: same segment count, each
/// literal equal (case-insensitively, as Graph compares them), `{..}` any value.
fn matches_template(template: &str, path: &str) -> bool {
    let t: Vec<&str> = template.trim_end_matches('/').split('/').collect();
    let p: Vec<&str> = path.trim_end_matches('/').split('/').collect();
    t.len() == p.len()
        && t.iter().zip(&p).all(|(a, b)| {
            (a.starts_with('{') && a.ends_with('}') && !b.is_empty()) || a.eq_ignore_ascii_case(b)
        })
}

/// OData's key syntax as a segment: `/me/messages('AAMk=')` -> `/me/messages/AAMk=`.
fn key_segments(path: &str) -> String {
    path.split('/')
        .map(|seg| match seg.split_once("('") {
            Some((name, key)) if key.ends_with("')") => format!("{name}/{}", &key[..key.len() - 2]),
            _ => seg.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// Pages of one endpoint (same stem) that disagree. Same version: error (a
/// locale drifted); other version: warning (versions may differ on purpose).
fn across_pages(read: &[(Page, Endpoint)], findings: &mut Vec<Finding>) {
    let mut groups: BTreeMap<&str, Vec<&(Page, Endpoint)>> = BTreeMap::new();
    for item in read {
        groups.entry(item.1.stem.as_str()).or_default().push(item);
    }
    for pages in groups.values() {
        let Some(((first_page, first), rest)) = pages.split_first().map(|(f, r)| ((&f.0, &f.1), r))
        else {
            continue;
        };
        for (page, e) in rest.iter().map(|x| (&x.0, &x.1)) {
            let severity = if e.version == first.version {
                Severity::Error
            } else {
                Severity::Warning
            };
            let mut sink = page.sink();
            let mut say = |message: String, span: std::ops::Range<usize>| {
                let f = match severity {
                    Severity::Error => sink.error(message, span),
                    Severity::Warning => sink.warn(message, span),
                };
                f.with_label("differs").with_help(&format!(
                    "compared with `{}` ({})",
                    first_page.display, first.version
                ));
            };
            let perms = |e: &Endpoint| {
                (
                    e.permissions.delegated_work.clone(),
                    e.permissions.delegated_personal.clone(),
                    e.permissions.application.clone(),
                )
            };
            if perms(e) != perms(first) {
                say(
                    format!("permissions differ from `{}`", first_page.display),
                    e.permissions.span.clone(),
                );
            }
            if e.status != first.status {
                say(
                    format!(
                        "status `{}` differs from `{}` in `{}`",
                        e.status_text, first.status_text, first_page.display
                    ),
                    e.status_span.clone(),
                );
            }
            let heads = |e: &Endpoint| {
                let mut h: Vec<(String, bool)> = e
                    .headers
                    .iter()
                    .map(|h| (h.name.to_ascii_lowercase(), h.required))
                    .collect();
                h.sort();
                h
            };
            if heads(e) != heads(first) {
                let at = e
                    .headers
                    .first()
                    .map_or(e.method_span.clone(), |h| h.span.clone());
                say(
                    format!("request headers differ from `{}`", first_page.display),
                    at,
                );
            }
            findings.extend(sink.findings);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_match_ids_and_ignore_case() {
        assert!(matches_template(
            "/me/messages/{id}/send",
            "/me/messages/AAMk=/send"
        ));
        assert!(matches_template(
            "/me/mailFolders/{id}/messages",
            "/me/mailfolders/inbox/messages"
        ));
        assert!(!matches_template(
            "/me/messages/{id}/send",
            "/me/messages/AAMk=/reply"
        ));
        assert!(!matches_template("/me/messages/{id}", "/me/messages"));
        assert!(matches_template(
            "/me/messages/{id}",
            &key_segments("/me/messages('AAMk=')")
        ));
    }
}
