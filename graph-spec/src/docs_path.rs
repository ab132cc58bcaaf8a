//! Request lines as the Graph reference writes them, turned into spec
//! templates: `GET /users/{id | userPrincipalName}/drive/root:/{item-path}:/content`
//! becomes `/users/{user_id}/drive/root:/{item_path}:/content` with the
//! parameters `user_id` (docs name `id | userPrincipalName`) and `item_path`.
//!
//! What the docs write in many ways is read as one thing: `<id>` and `{id}`
//! placeholders, `~/`, a missing leading `/`, a `https://graph.microsoft.com/v1.0`
//! prefix, a trailing `/`, spaces after commas in function arguments. A
//! function argument written with a sample value (`period='D7'`,
//! `columnsAfter(count=n)`) becomes a parameter named after the argument;
//! OData system query options (`?$expand=...`) are examples of optional
//! options, not part of the route, and are returned apart. A line Graph
//! itself could not serve (an elided `...`, a value glued to a name, an
//! unclosed brace or parenthesis) is an error at the place that shows it.

use std::collections::HashSet;
use std::ops::Range;

use crate::diagnostic::Sink;
use crate::model::Sp;
use crate::naming::{RESERVED_MEMBERS, is_ident};

/// A docs request line as a spec template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocsTemplate {
    /// The spec template, e.g. `/users/{user_id}/messages/{message_id}`.
    pub template: String,
    /// Its parameters in template order.
    pub params: Vec<DocsParam>,
    /// OData system query options the line shows (`$expand`, `$filter`, ...),
    /// by name without the value: optional options the page documents.
    pub options: Vec<String>,
}

/// A parameter of a [`DocsTemplate`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocsParam {
    /// The spec name, e.g. `user_id`.
    pub name: String,
    /// How the docs write it, e.g. `id | userPrincipalName`.
    pub docs_name: String,
    /// What it identifies, e.g. `user` (the collection before it), or the
    /// function argument or query parameter it fills.
    pub noun: String,
}

/// Why a docs request line cannot be a template, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocsPathError {
    /// What the line does that Graph cannot serve.
    pub message: String,
    /// The bytes of the path (as given) that show it.
    pub span: Range<usize>,
    /// How to write it instead.
    pub help: String,
}

/// The methods a request line may start with.
pub const METHODS: [&str; 6] = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"];

/// Splits `GET /me/messages` (or `DELETE/x`, `GET me/x`) into the method and
/// the path with its byte offset in `line`; `None` when the line does not
/// start with an HTTP method.
pub fn split_request_line(line: &str) -> Option<(&'static str, &str, usize)> {
    let trimmed = line.trim_start();
    let lead = line.len() - trimmed.len();
    let method = METHODS.into_iter().find(|m| {
        trimmed.len() > m.len()
            && trimmed.as_bytes()[..m.len()].eq_ignore_ascii_case(m.as_bytes())
            && !trimmed.as_bytes()[m.len()].is_ascii_alphanumeric()
    })?;
    let rest = &trimmed[method.len()..];
    let path = rest.trim_start();
    let offset = lead + method.len() + (rest.len() - path.len());
    let path = path.trim_end();
    (!path.is_empty()).then_some((method, path, offset))
}

/// The spec template of a docs request path (what follows the method).
///
/// # Errors
///
/// A path Graph could not serve as written, located in `path`.
pub fn from_docs(path: &str) -> Result<DocsTemplate, DocsPathError> {
    let (start, mut body) = strip_prefixes(path);
    let err = |message: String, at: Range<usize>, help: &str| DocsPathError {
        message,
        span: at,
        help: help.to_owned(),
    };
    let (query_at, query) = match body.find('?') {
        Some(q) => {
            let query = &body[q + 1..];
            body = &body[..q];
            (Some(start + q), Some(query))
        }
        None => (None, None),
    };
    let body = if body.len() > 1 {
        body.trim_end_matches('/')
    } else {
        body
    };
    let mut names = Namer::default();
    let mut out = String::from("/");
    let mut params = Vec::new();
    let mut prev_literal: Option<&str> = None;
    let mut offset = start;
    let segments: Vec<&str> = if body.is_empty() || body == "/" {
        Vec::new()
    } else {
        body.split('/').collect()
    };
    for (i, segment) in segments.iter().enumerate() {
        let at = offset..offset + segment.len();
        offset += segment.len() + 1;
        if i > 0 {
            out.push('/');
        }
        if segment.is_empty() {
            return Err(err(
                "the path has an empty segment (`//`)".into(),
                at,
                "write the path without `//`",
            ));
        }
        if *segment == "..." || *segment == "…" {
            return Err(err(
                "the path elides segments with `...`".into(),
                at,
                "a request line names every segment; write each nesting level as its own line",
            ));
        }
        let colon_path = i > 0 && segments[i - 1].ends_with(':');
        if let Some((inner, rest)) = placeholder(segment) {
            let docs_name = docs_name(inner);
            let rest_ok =
                rest.is_empty() || (rest == ":" && (colon_path || i + 1 < segments.len()));
            if !rest_ok {
                return Err(err(
                    format!("`{segment}` glues a value to literal text"),
                    at,
                    "Graph reads a value up to the next `/`; put the text in its own segment",
                ));
            }
            let (name, noun) = if colon_path {
                let name = names.take(&snake_words(inner, "path"));
                (name, "path".to_owned())
            } else if is_id_like(inner) {
                let noun =
                    prev_literal.map_or_else(|| "resource".to_owned(), |p| singular(last_word(p)));
                (
                    names.take(&format!("{}_id", snake_words(&noun, "resource"))),
                    noun,
                )
            } else {
                let name = names.take(&snake_words(inner, "value"));
                (name.clone(), name)
            };
            out.push('{');
            out.push_str(&name);
            out.push('}');
            out.push_str(rest);
            params.push(DocsParam {
                name,
                docs_name,
                noun,
            });
            prev_literal = None;
            continue;
        }
        let written =
            segment_with_calls(segment, at.clone(), &mut names, &mut params, prev_literal)?;
        out.push_str(&written);
        prev_literal = Some(segment);
    }
    let mut options = Vec::new();
    if let (Some(query), Some(q_at)) = (query, query_at) {
        let mut first = true;
        let mut at = q_at + 1;
        for pair in query.split('&') {
            let range = at..at + pair.len();
            at += pair.len() + 1;
            if pair.is_empty() {
                continue;
            }
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            if name.starts_with('$') && name != "$id" {
                options.push(name.to_owned());
                continue;
            }
            if name.is_empty()
                || !name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "$_.-".contains(c))
            {
                return Err(err(
                    format!("`{pair}` is not a query parameter"),
                    range,
                    "a request line's query is `?name=value&...`",
                ));
            }
            out.push(if first { '?' } else { '&' });
            first = false;
            out.push_str(name);
            out.push('=');
            let literal_ok = !value.is_empty()
                && value
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "-._~$(),:@!*+".contains(c));
            if literal_ok && !value.contains(['{', '}', '<', '>']) && !looks_like_sample(value) {
                out.push_str(value);
            } else {
                let inner = value.trim_matches(['{', '}', '<', '>', '\'']);
                let whole = value.starts_with(['{', '<'])
                    && !inner.contains(['{', '}', '<', '>', '\'', ' ']);
                let param = names.take(&snake_words(name, "value"));
                out.push('{');
                out.push_str(&param);
                out.push('}');
                params.push(DocsParam {
                    name: param,
                    docs_name: if whole {
                        inner.to_owned()
                    } else {
                        value.to_owned()
                    },
                    noun: name.to_owned(),
                });
            }
        }
    }
    // The result must be a template graph-spec accepts; anything it
    // refuses is reported on the whole path.
    let value = Sp::new(out.clone(), 0..0);
    let mut sink = Sink::default();
    crate::template::parse(&value, "", &mut sink);
    if let Err(diagnostics) = sink.finish()
        && let Some(first) = diagnostics.items.into_iter().next()
    {
        return Err(err(
            first.message,
            start..path.len(),
            &first.help.join("; "),
        ));
    }
    Ok(DocsTemplate {
        template: out,
        params,
        options,
    })
}

/// Where the path proper starts in `path`, and that part (with a leading
/// `/`-less start normalized by the caller): drops `https://graph.microsoft.com`,
/// a `/v1.0` or `/beta` prefix, and `~`.
fn strip_prefixes(path: &str) -> (usize, &str) {
    let mut rest = path;
    for host in ["https://graph.microsoft.com", "http://graph.microsoft.com"] {
        if rest.len() >= host.len() && rest[..host.len()].eq_ignore_ascii_case(host) {
            rest = &rest[host.len()..];
        }
    }
    rest = rest.strip_prefix('~').unwrap_or(rest);
    for version in ["/v1.0/", "/beta/"] {
        if let Some(r) = rest.strip_prefix(version) {
            rest = &rest[rest.len() - r.len() - 1..];
        }
    }
    let rest = rest.strip_prefix('/').unwrap_or(rest);
    (path.len() - rest.len(), rest)
}

/// `{id | userPrincipalName}` or `<id>` as a whole segment (possibly with a
/// trailing `:`): its inner text and what follows the closing brace.
fn placeholder(segment: &str) -> Option<(&str, &str)> {
    let (open, close) = match segment.chars().next()? {
        '{' => ('{', '}'),
        '<' => ('<', '>'),
        _ => return None,
    };
    let end = segment.find(close)?;
    let inner = &segment[open.len_utf8()..end];
    if inner.contains(['{', '}', '<', '>', '/']) || inner.trim().is_empty() {
        return None;
    }
    Some((inner, &segment[end + 1..]))
}

/// The docs name normalized: `id|name` -> `id | name`.
fn docs_name(inner: &str) -> String {
    inner
        .split('|')
        .map(str::trim)
        .collect::<Vec<_>>()
        .join(" | ")
}

/// Whether a placeholder stands for a key of the collection before it:
/// `id`, `user-id`, `messageId`, `id | userPrincipalName`, `name`.
fn is_id_like(inner: &str) -> bool {
    let lower = inner.trim().to_ascii_lowercase();
    inner.contains('|')
        || lower.ends_with("id")
        || lower == "name"
        || lower.ends_with("-name")
        || lower.ends_with(" id")
}

/// A sample value the docs write where a caller's value goes:
/// `groupId-value`, `n`, `x-value`.
fn looks_like_sample(value: &str) -> bool {
    value.ends_with("-value") || value == "n"
}

/// A segment that may hold function or key syntax, with every argument
/// value made a parameter (quoted ones stay quoted).
fn segment_with_calls(
    segment: &str,
    at: Range<usize>,
    names: &mut Namer,
    params: &mut Vec<DocsParam>,
    prev_literal: Option<&str>,
) -> Result<String, DocsPathError> {
    let err = |message: String, help: &str| DocsPathError {
        message,
        span: at.clone(),
        help: help.to_owned(),
    };
    if segment.contains(char::is_whitespace) && !segment.contains('(') {
        return Err(err(
            format!("`{segment}` has a space in the path"),
            "a path segment has no spaces; a placeholder is written `{name}`",
        ));
    }
    let Some(open) = segment.find('(') else {
        if segment.contains(['{', '}', '<', '>']) {
            return Err(err(
                format!("`{segment}` glues a placeholder to literal text or leaves a brace open"),
                "a placeholder fills a whole segment (`/items/{id}`) or a function argument",
            ));
        }
        return Ok(segment.to_owned());
    };
    if !segment.ends_with(')') {
        return Err(err(
            format!("`{segment}` does not end with the `)` its `(` opens"),
            "a function or key segment ends with `)`; text after it belongs in the next segment",
        ));
    }
    let name = &segment[..open];
    if name.is_empty() || name.contains(['{', '}', '<', '>', '(', ')', '\'']) {
        return Err(err(
            format!("`{segment}` is not a function or key segment"),
            "write a key as `/collection/{id}` or `/collection('{id}')`",
        ));
    }
    let inner = &segment[open + 1..segment.len() - 1];
    let mut out = format!("{name}(");
    if inner.trim().is_empty() {
        out.push(')');
        return Ok(out);
    }
    for (i, arg) in split_args(inner).into_iter().enumerate() {
        let arg = arg.trim();
        if i > 0 {
            out.push(',');
        }
        let (arg_name, value) = match arg.split_once('=') {
            Some((n, v)) if is_ident(n.trim()) => (Some(n.trim()), v.trim()),
            _ => (None, arg),
        };
        if let Some(n) = arg_name {
            out.push_str(n);
            out.push('=');
        }
        // `prefix'value'` (a quoted or enum-typed literal), `{x}`, `<x>`, or a sample.
        let (prefix, quoted, raw) = match value.find('\'') {
            Some(q) if value.ends_with('\'') && value.len() > q + 1 => {
                (&value[..q], true, &value[q + 1..value.len() - 1])
            }
            Some(_) => {
                return Err(err(
                    format!("`{value}` leaves a quote open"),
                    "a quoted argument is `'{value}'`",
                ));
            }
            None => ("", false, value),
        };
        if prefix.contains(['{', '}', '<', '>', ' ']) || raw.contains('\'') {
            return Err(err(
                format!("`{value}` is not an argument value Graph reads"),
                "an argument is `name={value}` or `name='{value}'`",
            ));
        }
        let inner_name = placeholder(raw)
            .filter(|(_, rest)| rest.is_empty())
            .map(|(n, _)| n);
        if raw.contains(['{', '}', '<', '>']) && inner_name.is_none() {
            return Err(err(
                format!("`{raw}` is not one placeholder"),
                "an argument's value is one placeholder, e.g. `'{address}'`",
            ));
        }
        let param = match (arg_name, inner_name) {
            (Some(n), _) => names.take(&snake_words(n, "value")),
            (None, Some(inner)) if is_id_like(inner) => {
                let noun =
                    prev_literal.map_or_else(|| singular(last_word(name)), |_| singular(name));
                names.take(&format!("{}_id", snake_words(&noun, "resource")))
            }
            (None, Some(inner)) => names.take(&snake_words(inner, "value")),
            // A bare literal key, e.g. `lists('Documents')`: kept as written.
            (None, None) => {
                if raw.is_empty() || raw.contains(char::is_whitespace) {
                    return Err(err(
                        format!("`{arg}` is not an argument Graph reads"),
                        "an argument is `name={value}`, `name='{value}'` or a key `'{id}'`",
                    ));
                }
                out.push_str(prefix);
                if quoted {
                    out.push('\'');
                    out.push_str(raw);
                    out.push('\'');
                } else {
                    out.push_str(raw);
                }
                continue;
            }
        };
        out.push_str(prefix);
        if quoted {
            out.push('\'');
        }
        out.push('{');
        out.push_str(&param);
        out.push('}');
        if quoted {
            out.push('\'');
        }
        params.push(DocsParam {
            name: param.clone(),
            docs_name: inner_name.map_or_else(|| raw.to_owned(), docs_name),
            noun: arg_name.map_or_else(|| singular(name), str::to_owned),
        });
    }
    out.push(')');
    Ok(out)
}

/// Function arguments split at top-level commas (not inside quotes).
fn split_args(inner: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut quoted = false;
    let mut start = 0;
    for (i, c) in inner.char_indices() {
        match c {
            '\'' => quoted = !quoted,
            ',' if !quoted => {
                out.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(&inner[start..]);
    out
}

/// Parameter names unique within one template and never a reserved name.
#[derive(Default)]
struct Namer {
    taken: HashSet<String>,
}

impl Namer {
    fn take(&mut self, base: &str) -> String {
        let base = if RESERVED_MEMBERS.contains(&base) || !is_ident(base) {
            format!("{base}_value")
        } else {
            base.to_owned()
        };
        let mut name = base.clone();
        let mut n = 2;
        while self.taken.contains(&name) {
            name = format!("{base}_{n}");
            n += 1;
        }
        self.taken.insert(name.clone());
        name
    }
}

/// The last `.`-separated word: `microsoft.graph.user` -> `user`.
fn last_word(segment: &str) -> &str {
    segment.rsplit('.').next().unwrap_or(segment)
}

/// English singular of a collection name: `messages` -> `message`,
/// `categories` -> `category`, `addresses` -> `address`.
pub fn singular(word: &str) -> String {
    if let Some(stem) = word.strip_suffix("ies") {
        return format!("{stem}y");
    }
    for suffix in ["sses", "xes", "ches", "shes"] {
        if let Some(stem) = word.strip_suffix(suffix) {
            return format!("{stem}{}", &suffix[..suffix.len() - 2]);
        }
    }
    if word.ends_with("ss") || word.ends_with("us") {
        return word.to_owned();
    }
    word.strip_suffix('s').unwrap_or(word).to_owned()
}

/// `mailFolders` -> `mail_folders`, `id | userPrincipalName` ->
/// `id_user_principal_name`, `item-path` -> `item_path`: words of letters and
/// digits in lower case, joined by `_`.
pub fn snake_case(text: &str) -> String {
    let mut out = String::new();
    let mut prev_lower = false;
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            if c.is_ascii_uppercase() && prev_lower && !out.ends_with('_') {
                out.push('_');
            }
            prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
            out.push(c.to_ascii_lowercase());
        } else {
            if !out.is_empty() && !out.ends_with('_') {
                out.push('_');
            }
            prev_lower = false;
        }
    }
    out.trim_end_matches('_').to_owned()
}

/// [`snake_case`], or `fallback` when nothing is left, `n_` before a leading digit.
fn snake_words(text: &str, fallback: &str) -> String {
    match snake_case(text).as_str() {
        "" => fallback.to_owned(),
        o if o.starts_with(|c: char| c.is_ascii_digit()) => format!("n_{o}"),
        o => o.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn template(path: &str) -> (String, Vec<(String, String)>) {
        let t = from_docs(path).unwrap_or_else(|e| panic!("{path}: {e:?}"));
        let params = t
            .params
            .into_iter()
            .map(|p| (p.name, p.docs_name))
            .collect();
        (t.template, params)
    }

    fn error(path: &str) -> DocsPathError {
        from_docs(path).expect_err(path)
    }

    #[test]
    fn whole_segment_keys_are_named_after_their_collection() {
        let (t, p) =
            template("/users/{id | userPrincipalName}/messages/{id}/attachments/{id}/$value");
        assert_eq!(
            t,
            "/users/{user_id}/messages/{message_id}/attachments/{attachment_id}/$value"
        );
        assert_eq!(p[0], ("user_id".into(), "id | userPrincipalName".into()));
        let (t, _) = template("/groups/<id>/members/{id}/$ref");
        assert_eq!(t, "/groups/{group_id}/members/{member_id}/$ref");
        let (t, _) = template("/users/{id}/photos/{size}/$value");
        assert_eq!(t, "/users/{user_id}/photos/{size}/$value");
    }

    #[test]
    fn colon_paths_function_arguments_and_queries() {
        assert_eq!(
            template("/drives/{drive-id}/root:/{item-path}:/content").0,
            "/drives/{drive_id}/root:/{item_path}:/content"
        );
        assert_eq!(
            template("/sites/{hostname}:/{relative-path}").0,
            "/sites/{hostname}:/{relative_path}"
        );
        assert_eq!(
            template("/reports/getEmailActivityUserDetail(period='D7')").0,
            "/reports/getEmailActivityUserDetail(period='{period}')"
        );
        assert_eq!(
            template("/me/drive/root/workbook/worksheets/{id}/range/resizedRange(deltaRows={n}, deltaColumns={n})").0,
            "/me/drive/root/workbook/worksheets/{worksheet_id}/range/resizedRange(deltaRows={delta_rows},deltaColumns={delta_columns})"
        );
        assert_eq!(
            template("/accessReviews('{reviewId}')").0,
            "/accessReviews('{access_review_id}')"
        );
        assert_eq!(
            template(
                "/me/calendarView/delta?startDateTime={start_datetime}&endDateTime={end_datetime}"
            )
            .0,
            "/me/calendarView/delta?startDateTime={start_date_time}&endDateTime={end_date_time}"
        );
        let t = from_docs("/users/{id | userPrincipalName}/?$expand=manager($levels=n)").unwrap();
        assert_eq!(
            (t.template.as_str(), t.options.as_slice()),
            ("/users/{user_id}", &["$expand".to_owned()][..])
        );
        assert_eq!(
            template("/groups/{id}/acceptedSenders/$ref?$id=https://graph.microsoft.com/v1.0/groups/{other-group-id}").0,
            "/groups/{group_id}/acceptedSenders/$ref?$id={id}"
        );
        assert_eq!(
            template("/me/mailFolders/?includeHiddenFolders=true").0,
            "/me/mailFolders?includeHiddenFolders=true"
        );
        assert_eq!(
            template("https://graph.microsoft.com/v1.0/sites/{site-id}").0,
            "/sites/{site_id}"
        );
        assert_eq!(
            template("~/onPremisesPublishingProfiles/{publishingType}/agentGroups").0,
            "/onPremisesPublishingProfiles/{publishing_type}/agentGroups"
        );
        assert_eq!(
            template("policies/activityBasedTimeoutPolicies").0,
            "/policies/activityBasedTimeoutPolicies"
        );
    }

    #[test]
    fn lines_graph_cannot_serve_are_located() {
        let path = "/me/contactFolders/{id}/childFolders/{id}/.../contacts/{id}";
        let e = error(path);
        assert_eq!(&path[e.span.clone()], "...");
        let path = "/privacy/subjectRightsRequests{subjectRightsRequestId}/getFinalReport";
        assert_eq!(
            &path[error(path).span],
            "subjectRightsRequests{subjectRightsRequestId}"
        );
        for bad in [
            "/servicePrincipals/{id}/tokenLifetimePolicies/{id}$ref",
            "/groups/{group-id/drive/items/{item-id}/follow",
            "/me/drive/items/{id}/workbook/worksheets/{id|name}/range(address='<address>'/entireRow",
            "/users/{user-id} | user-principal-name/chats",
            "/teams/(team-id)/channels",
            "/rows/itemAt(index={index})range",
            "/security/cases/{caseId}}/reviewSets",
        ] {
            let e = error(bad);
            assert!(
                e.span.end <= bad.len() && !e.message.is_empty(),
                "{bad}: {e:?}"
            );
        }
    }

    #[test]
    fn request_lines_split_in_any_spacing() {
        assert_eq!(split_request_line("GET /me"), Some(("GET", "/me", 4)));
        assert_eq!(
            split_request_line("DELETE/identity/x"),
            Some(("DELETE", "/identity/x", 6))
        );
        assert_eq!(
            split_request_line("  patch  me/x  "),
            Some(("PATCH", "me/x", 9))
        );
        assert_eq!(split_request_line("GETTER /x"), None);
        assert_eq!(split_request_line("Content-Type: x"), None);
    }
}
