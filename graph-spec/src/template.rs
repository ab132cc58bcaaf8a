//! The one parser of path templates, e.g. `/users/{user_id}/messages/{message_id}/send`,
//! `/drive/root:/{item_path}:/content`, `/reports/getEmailActivityUserDetail(period='{period}')`
//! or `/me/calendarView?startDateTime={start_date_time}&endDateTime={end_date_time}`.
//!
//! It runs once, while loading, and keeps the span of every placeholder so the
//! checks can point at it; everything later reads the parsed [`PathPart`]s.
//! A placeholder's place, which decides how its value is encoded, follows
//! from what surrounds it:
//!
//! - between `/` and `/` (or the end): a whole segment;
//! - after `:/` and before `:` (or the end): a colon path, whose `/` stay;
//! - between `'` and `'`: a quoted value (OData doubles a `'` inside);
//! - anywhere else in a segment: inline, next to literal text.

use std::ops::Range;

use crate::diagnostic::{Diagnostic, Sink};
use crate::model::{FixedQuery, PathPart, Place, Sp};

/// Characters allowed in literal path text besides `/` (OData function,
/// key and colon syntax included).
fn literal_char_ok(c: char) -> bool {
    c.is_ascii_alphanumeric() || "-._~$()'=,:@!*+".contains(c)
}

/// Characters allowed in a fixed query value written out as text.
fn query_char_ok(c: char) -> bool {
    c.is_ascii_alphanumeric() || "-._~$()',:@!*+/".contains(c)
}

/// Whether `name` can be a placeholder: a spec parameter name.
/// (Whether it is a good Rust name is checked where it is declared.)
fn placeholder_name_ok(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// Span of `len` bytes at `offset` inside a string value, precise when the
/// source holds the value verbatim between its quotes, else the whole value.
fn inner_span(source: &str, value: &Sp<String>, offset: usize, len: usize) -> Range<usize> {
    let raw = source.get(value.span.start + 1..value.span.end.saturating_sub(1));
    if raw == Some(value.value.as_str()) {
        let start = value.span.start + 1 + offset;
        start..start + len
    } else {
        value.span.clone()
    }
}

/// A lexed piece of the path: text, or a placeholder with its byte range.
enum Token<'a> {
    Text(&'a str),
    Param(&'a str, Range<usize>),
}

/// Reports into a sink with spans inside the template.
struct Reporter<'s> {
    template: &'s Sp<String>,
    source: &'s str,
    sink: &'s mut Sink,
    failed: bool,
}

impl Reporter<'_> {
    fn error(&mut self, msg: String, at: Range<usize>, label: &str, help: &str) {
        let span = inner_span(self.source, self.template, at.start, at.len().max(1));
        let mut d = Diagnostic::new(msg, span).label(label);
        if !help.is_empty() {
            d = d.help(help);
        }
        self.sink.error(d);
        self.failed = true;
    }

    fn span(&self, at: Range<usize>) -> Range<usize> {
        inner_span(self.source, self.template, at.start, at.len())
    }
}

/// Parses `template` (a string value of `source`) into its path parts and
/// fixed query, reporting every malformed part. A template with errors
/// gives no parts.
pub(crate) fn parse(
    template: &Sp<String>,
    source: &str,
    sink: &mut Sink,
) -> (Vec<PathPart>, Vec<FixedQuery>) {
    let text = template.value.as_str();
    let mut r = Reporter {
        template,
        source,
        sink,
        failed: false,
    };
    let (path, query) = match text.find('?') {
        Some(q) => (&text[..q], Some(q)),
        None => (text, None),
    };
    if !path.starts_with('/') {
        r.error(
            format!("path template `{text}` must start with `/`"),
            0..1,
            "expected `/`",
            "templates are relative to the version root, e.g. `/me/messages/{message_id}/send`",
        );
        return (Vec::new(), Vec::new());
    }
    let tokens = lex(path, 0, &mut r);
    let parts = place(path, &tokens, &mut r);
    let fixed = match query {
        Some(q) => parse_query(text, q, &mut r),
        None => Vec::new(),
    };
    if r.failed {
        return (Vec::new(), Vec::new());
    }
    (parts, fixed)
}

/// Splits `text` (starting at byte `base` of the template) into literal
/// runs and `{name}` placeholders, reporting bad characters and braces.
fn lex<'a>(text: &'a str, base: usize, r: &mut Reporter<'_>) -> Vec<Token<'a>> {
    let mut tokens = Vec::new();
    let mut rest = 0;
    while rest < text.len() {
        let Some(open) = text[rest..].find(['{', '}']).map(|i| rest + i) else {
            tokens.push(Token::Text(&text[rest..]));
            break;
        };
        if open > rest {
            tokens.push(Token::Text(&text[rest..open]));
        }
        let close = text[open + 1..].find(['{', '}']).map(|i| open + 1 + i);
        match close {
            Some(close) if text[open..].starts_with('{') && text[close..].starts_with('}') => {
                let name = &text[open + 1..close];
                let at = base + open..base + close + 1;
                if placeholder_name_ok(name) {
                    tokens.push(Token::Param(name, at));
                } else {
                    r.error(
                        format!("`{{{name}}}` is not a parameter name"),
                        at,
                        "not a parameter name",
                        "placeholders name a declared parameter, e.g. `{message_id}`",
                    );
                }
                rest = close + 1;
            }
            _ => {
                r.error(
                    "unbalanced `{` or `}` in the path template".into(),
                    base + open..base + open + 1,
                    "unbalanced brace",
                    "a placeholder is `{name}`; literal braces cannot appear in a Graph path",
                );
                return Vec::new();
            }
        }
    }
    for token in &tokens {
        let Token::Text(t) = token else { continue };
        let offset = t.as_ptr() as usize - text.as_ptr() as usize;
        if let Some((i, c)) = t
            .char_indices()
            .find(|&(_, c)| c != '/' && !literal_char_ok(c))
        {
            r.error(
                format!("character `{c}` is not allowed in a path template"),
                base + offset + i..base + offset + i + c.len_utf8(),
                "not allowed here",
                "literal text uses letters, digits, `/` and `-._~$()'=,:@!*+`",
            );
        }
    }
    tokens
}

/// The path's parts, each placeholder placed by its neighbours; reports
/// empty segments, a trailing `/`, placeholders side by side and
/// placeholders that half-fill quotes or colon paths.
fn place(path: &str, tokens: &[Token<'_>], r: &mut Reporter<'_>) -> Vec<PathPart> {
    if let Some(i) = path.find("//") {
        r.error(
            "path template has an empty segment (`//`)".into(),
            i + 1..i + 2,
            "empty segment",
            "",
        );
    }
    if path.len() > 1 && path.ends_with('/') {
        r.error(
            "path template ends with `/`".into(),
            path.len() - 1..path.len(),
            "trailing slash",
            "remove the trailing `/`",
        );
    }
    let mut parts = Vec::with_capacity(tokens.len());
    for (i, token) in tokens.iter().enumerate() {
        let (name, at) = match token {
            Token::Text(t) => {
                parts.push(PathPart::Text((*t).to_owned()));
                continue;
            }
            Token::Param(name, at) => (*name, at.clone()),
        };
        let before = match i.checked_sub(1).map(|j| &tokens[j]) {
            Some(Token::Text(t)) => *t,
            Some(Token::Param(..)) => {
                r.error(
                    format!("`{{{name}}}` directly follows another placeholder"),
                    at,
                    "no text between placeholders",
                    "Graph cannot tell where one value ends; put literal text between them",
                );
                continue;
            }
            None => "",
        };
        let after = match tokens.get(i + 1) {
            Some(Token::Text(t)) => *t,
            _ => "",
        };
        let place = if before.ends_with(":/") {
            let closed = after.strip_prefix(':');
            if !(after.is_empty() || closed.is_some_and(|t| t.is_empty() || t.starts_with('/'))) {
                r.error(
                    format!("the colon path `{{{name}}}` must end with `:` or end the path"),
                    at,
                    "colon path not closed",
                    "Graph addresses by path as `/root:/{item_path}:/content` or `/root:/{item_path}`",
                );
                continue;
            }
            Place::ColonPath
        } else if before.ends_with('/') && (after.is_empty() || after.starts_with('/')) {
            Place::Segment
        } else if quotes_open(segment_before(before)) {
            if !(before.ends_with('\'') && after.starts_with('\'')) {
                r.error(
                    format!("`{{{name}}}` is only part of a quoted value"),
                    at,
                    "half of a quoted value",
                    "inside quotes a placeholder is the whole value, e.g. `(address='{address}')`",
                );
                continue;
            }
            Place::Quoted
        } else {
            // Graph reads a value only where its syntax separates it: after
            // `(`, `=` or `,` (or a segment's start), before `)`, `,` or `:`.
            let glued_before = !(before.ends_with(['/', '(', '=', ',']));
            let glued_after = !(after.is_empty() || after.starts_with(['/', ')', ',', ':']));
            if glued_before || glued_after {
                r.error(
                    format!("`{{{name}}}` is glued to literal text"),
                    at,
                    "no separator next to the value",
                    "Graph separates a value inside a segment with `(`, `=`, `,`, `)` or `:`, \
                     e.g. `/items/{item_id}` or `(row={row})`",
                );
                continue;
            }
            Place::Inline
        };
        parts.push(PathPart::Param(Sp::new(name.to_owned(), r.span(at)), place));
    }
    parts
}

/// The part of `text` in the current segment (after its last `/`).
fn segment_before(text: &str) -> &str {
    text.rsplit('/').next().unwrap_or(text)
}

/// Whether a segment that starts with `text` is inside quotes at its end
/// (an odd number of `'`; a doubled `''` counts twice and so changes nothing).
fn quotes_open(text: &str) -> bool {
    text.bytes().filter(|&b| b == b'\'').count() % 2 == 1
}

/// The fixed query after the `?` at byte `q` of `text`.
fn parse_query(text: &str, q: usize, r: &mut Reporter<'_>) -> Vec<FixedQuery> {
    let mut out: Vec<FixedQuery> = Vec::new();
    let mut at = q + 1;
    for pair in text[q + 1..].split('&') {
        let range = at..at + pair.len();
        at += pair.len() + 1;
        let Some((name, value)) = pair.split_once('=') else {
            r.error(
                format!("query parameter `{pair}` has no value"),
                range,
                "expected `name=value`",
                "a template's query fixes parameters as `?name={param}` or `?name=value`",
            );
            continue;
        };
        let name_ok = !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "$_.-".contains(c));
        if !name_ok {
            r.error(
                format!("`{name}` is not a query parameter name"),
                range.start..range.start + name.len(),
                "bad name",
                "query names use letters, digits and `$_.-`",
            );
            continue;
        }
        if out.iter().any(|f| f.name.eq_ignore_ascii_case(name)) {
            r.error(
                format!("query parameter `{name}` is fixed twice"),
                range.start..range.start + name.len(),
                "repeated name",
                "a request carries each query parameter once",
            );
            continue;
        }
        let value_at = range.start + name.len() + 1..range.end;
        let value = match value.strip_prefix('{').and_then(|v| v.strip_suffix('}')) {
            Some(param) if placeholder_name_ok(param) => {
                Ok(Sp::new(param.to_owned(), r.span(value_at)))
            }
            _ if value.contains(['{', '}']) => {
                r.error(
                    format!("the value of `{name}` must be one placeholder or plain text"),
                    value_at,
                    "placeholder inside text",
                    "write the whole value as a parameter, e.g. `?{name}={{value}}`",
                );
                continue;
            }
            _ => {
                if let Some((i, c)) = value.char_indices().find(|&(_, c)| !query_char_ok(c)) {
                    r.error(
                        format!("character `{c}` is not allowed in a fixed query value"),
                        value_at.start + i..value_at.start + i + c.len_utf8(),
                        "not allowed here",
                        "",
                    );
                    continue;
                }
                Err(value.to_owned())
            }
        };
        out.push(FixedQuery {
            name: name.to_owned(),
            value,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(text: &str) -> (Vec<PathPart>, Vec<FixedQuery>, usize) {
        let source = format!("t = \"{text}\"");
        let value = Sp::new(text.to_owned(), 4..source.len());
        let mut sink = Sink::default();
        let (parts, query) = parse(&value, &source, &mut sink);
        (parts, query, sink.len())
    }

    fn places(text: &str) -> Vec<(String, Place)> {
        let (parts, _, errors) = parsed(text);
        assert_eq!(errors, 0, "{text}");
        parts
            .into_iter()
            .filter_map(|p| match p {
                PathPart::Param(name, place) => Some((name.value, place)),
                PathPart::Text(_) => None,
            })
            .collect()
    }

    #[test]
    fn keeps_placeholder_spans_in_the_source() {
        let source = "t = \"/users/{user_id}/send\"";
        let value = Sp::new("/users/{user_id}/send".to_owned(), 4..source.len());
        let mut sink = Sink::default();
        let (parts, _) = parse(&value, source, &mut sink);
        assert_eq!(sink.len(), 0);
        let PathPart::Param(p, Place::Segment) = &parts[1] else {
            panic!("{parts:?}")
        };
        assert_eq!(p.value, "user_id");
        assert_eq!(&source[p.span.clone()], "{user_id}");
        assert_eq!(parts[2], PathPart::Text("/send".into()));
    }

    #[test]
    fn each_place_follows_from_the_neighbours() {
        use Place::*;
        let p = |n: &str, place| (n.to_owned(), place);
        assert_eq!(
            places("/drives/{drive_id}/root:/{item_path}:/content"),
            [p("drive_id", Segment), p("item_path", ColonPath)]
        );
        assert_eq!(
            places("/me/drive/root:/{item_path}"),
            [p("item_path", ColonPath)]
        );
        assert_eq!(
            places("/sites/{hostname}:/{path}:"),
            [p("hostname", Inline), p("path", ColonPath)]
        );
        assert_eq!(
            places("/reports/getEmailActivityUserDetail(period='{period}')"),
            [p("period", Quoted)]
        );
        assert_eq!(
            places("/range/resizedRange(deltaRows={delta_rows},deltaColumns={delta_columns})"),
            [p("delta_rows", Inline), p("delta_columns", Inline)]
        );
        assert_eq!(
            places("/directoryRoles/roleTemplateId={role_template_id}/members/{id}/$ref"),
            [p("role_template_id", Inline), p("id", Segment)]
        );
        assert_eq!(
            places(
                "/me/outlook/supportedTimeZones(TimeZoneStandard=microsoft.graph.timeZoneStandard'{format}')"
            ),
            [p("format", Quoted)]
        );
        assert_eq!(places("/places/microsoft.graph.room/$count"), []);
    }

    #[test]
    fn a_fixed_query_holds_placeholders_and_text() {
        let (_, query, errors) =
            parsed("/me/calendarView/delta?startDateTime={start}&endDateTime={end}&x=1");
        assert_eq!(errors, 0);
        let names: Vec<_> = query.iter().map(|q| q.name.as_str()).collect();
        assert_eq!(names, ["startDateTime", "endDateTime", "x"]);
        assert_eq!(
            query[0].value.as_ref().map(|p| p.value.as_str()),
            Ok("start")
        );
        assert_eq!(query[2].value, Err("1".to_owned()));
    }

    #[test]
    fn reports_each_malformed_part() {
        let errors = |t| parsed(t).2;
        assert_eq!(errors("me"), 1);
        assert_eq!(errors("/me/"), 1);
        assert_eq!(errors("/a//b"), 1);
        assert_eq!(errors("/a/{x/b"), 1);
        assert_eq!(errors("/a/{x-y}"), 1);
        assert_eq!(errors("/a/c d"), 1);
        assert_eq!(errors("/a/{x}{y}"), 1);
        assert_eq!(errors("/requests{id}/report"), 1);
        assert_eq!(errors("/policies/{id}$ref"), 1);
        assert_eq!(errors("/root:/{p}/children"), 1);
        assert_eq!(errors("/range(address='A{x}')"), 1);
        assert_eq!(errors("/a?b"), 1);
        assert_eq!(errors("/a?b=1&B=2"), 1);
        assert_eq!(errors("/a?b=x{y}"), 1);
        assert_eq!(errors("/a?b=c d"), 1);
        // A template with errors gives no parts at all.
        assert!(parsed("/a/{x}/c d").0.is_empty());
    }
}
