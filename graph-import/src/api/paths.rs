//! The HTTP request block: its `METHOD /path` lines read into path
//! templates, each named by what tells it apart from the others.

use std::collections::HashSet;
use std::ops::Range;

use crate::ir::{Param, PathTemplate};
use crate::markdown::Block;
use crate::page::{Page, Section};
use crate::report::{Annotate, Sink};
use crate::text::{singular_owned, snake};

/// The `METHOD /path` lines of a section's request blocks, with their spans.
/// Every block counts: pages that serve one API under several parents give
/// each parent its own block and sentence (`attachment: get` on events,
/// messages and posts; `driveItem`'s content put to an item and to a new
/// file). Lines in HTML comments are not blocks, so they stay out.
pub(super) fn http_block(
    page: &Page,
    section: Section,
) -> Option<Vec<(String, String, Range<usize>)>> {
    let mut all = Vec::new();
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
        if ok {
            all.extend(lines);
        }
    }
    (!all.is_empty()).then_some(all)
}

/// `/users/me/...` read as `/me/...`, with a warning naming the line. Graph
/// serves the signed-in user at `/me` (its alias of `/users/{that user}`);
/// under `/users/` the word `me` is no user's id or principal name, and the
/// pages that write it (`message: replyAll`) show `/me/...` in their own
/// examples.
fn signed_in_alias(path: &str, span: &Range<usize>, sink: &mut Sink) -> String {
    let Some(rest) = path.strip_prefix("/users/me") else {
        return path.to_owned();
    };
    if !(rest.is_empty() || rest.starts_with('/')) {
        return path.to_owned();
    }
    let alias = format!("/me{rest}");
    sink.warn(
        format!("`{path}` read as `{alias}`: Graph serves the signed-in user at `/me`"),
        span.clone(),
    )
    .with_label("`/users/me` in the docs")
    .with_help("`me` is not a user's id; `/me` is the signed-in user");
    alias
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

/// Method, templates and parameters from the HTTP request sections.
#[allow(clippy::type_complexity)]
pub(super) fn read_paths(
    page: &Page,
    sections: &[Section],
    sink: &mut Sink,
) -> Option<(String, Range<usize>, Vec<PathTemplate>, Vec<Param>)> {
    let lines: Vec<_> = sections
        .iter()
        .filter_map(|s| http_block(page, *s))
        .flatten()
        .collect();
    let first = lines.first()?;
    let method = first.0.clone();
    let method_span = first.2.clone();
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
        let docs_line = path;
        let path = &signed_in_alias(path, span, sink);
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
                    docs: docs_line.clone(),
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
pub(super) fn name_variants(templates: &mut [PathTemplate]) {
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
                if x.starts_with('{') && !x.ends_with(':') {
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
            .filter_map(|s| match s.strip_prefix('{') {
                // An item addressed by its path (`{parent_id}:/{filename}:`)
                // is told apart by the name of that path.
                Some(rest) if s.ends_with(':') => rest
                    .split_once('}')
                    .map(|(name, _)| name)
                    .filter(|name| !name.ends_with("_id"))
                    .map(str::to_owned),
                Some(_) => None,
                None => Some(snake(&singular_owned(s))),
            })
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
        if name.starts_with(|c: char| c.is_ascii_digit()) || graph_spec::is_reserved_name(&name) {
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
    fn variants_avoid_the_names_graph_spec_reserves() {
        let mut ts: Vec<PathTemplate> =
            ["/route/messages/{message_id}", "/me/messages/{message_id}"]
                .iter()
                .map(|t| PathTemplate {
                    docs: String::new(),
                    template: (*t).to_owned(),
                    variant: String::new(),
                    span: 0..0,
                })
                .collect();
        name_variants(&mut ts);
        assert_eq!(ts[0].variant, "at_route");
        assert_eq!(ts[1].variant, "me");
    }
}
