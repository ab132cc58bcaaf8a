//! The one parser of path templates (`/users/{user_id}/messages/{message_id}/send`).
//!
//! It runs once, while loading, and keeps the span of every placeholder so the
//! checks can point at it; everything later reads the parsed
//! [`Segment`]s instead of splitting the text again.

use std::ops::Range;

use crate::diagnostic::{Diagnostic, Sink};
use crate::model::{Segment, Sp};

/// Characters allowed in literal template segments (OData function syntax included).
fn literal_char_ok(c: char) -> bool {
    c.is_ascii_alphanumeric() || "-._~$()'=,:@!".contains(c)
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

/// Parses `template` (a string value of `source`) into segments, reporting
/// every malformed part. Segments that are not understood are left out.
pub(crate) fn parse(template: &Sp<String>, source: &str, sink: &mut Sink) -> Vec<Segment> {
    let text = template.value.as_str();
    let mut out = Vec::new();
    let mut err = |msg: String, at: usize, len: usize, label: &str, help: &str| {
        let mut d = Diagnostic::new(msg, inner_span(source, template, at, len.max(1))).label(label);
        if !help.is_empty() {
            d = d.help(help);
        }
        sink.error(d);
    };
    if !text.starts_with('/') {
        err(
            format!("path template `{text}` must start with `/`"),
            0,
            1,
            "expected `/`",
            "templates are relative to the version root, e.g. `/me/messages/{message_id}/send`",
        );
        return out;
    }
    if text.len() > 1 && text.ends_with('/') {
        err(
            "path template ends with `/`".into(),
            text.len() - 1,
            1,
            "trailing slash",
            "remove the trailing `/`",
        );
    }
    let mut offset = 1;
    for segment in text[1..].split('/') {
        let at = offset;
        offset += segment.len() + 1;
        if segment.is_empty() {
            if at < text.len() {
                err(
                    "path template has an empty segment (`//`)".into(),
                    at,
                    1,
                    "empty segment",
                    "",
                );
            }
            continue;
        }
        if let Some(inner) = segment.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
            if inner.contains(['{', '}']) {
                err(
                    format!("malformed placeholder `{segment}`"),
                    at,
                    segment.len(),
                    "one placeholder per segment",
                    "",
                );
            } else {
                out.push(Segment::Param(Sp::new(
                    inner.to_owned(),
                    inner_span(source, template, at, segment.len()),
                )));
            }
        } else if segment.contains(['{', '}']) {
            err(
                format!("path parameter must fill a whole segment, found `{segment}`"),
                at,
                segment.len(),
                "placeholder inside a segment",
                "write the parameter as its own segment, e.g. `/messages/{message_id}`",
            );
        } else if let Some((i, c)) = segment.char_indices().find(|(_, c)| !literal_char_ok(*c)) {
            err(
                format!("character `{c}` is not allowed in a path template"),
                at + i,
                c.len_utf8(),
                "not allowed here",
                "literal segments use letters, digits and `-._~$()'=,:@!`",
            );
        } else {
            out.push(Segment::Literal(segment.to_owned()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(text: &str) -> (Vec<Segment>, usize) {
        let source = format!("t = \"{text}\"");
        let value = Sp::new(text.to_owned(), 4..source.len());
        let mut sink = Sink::default();
        let segments = parse(&value, &source, &mut sink);
        (segments, sink.len())
    }

    #[test]
    fn keeps_placeholder_spans_in_the_source() {
        let source = "t = \"/users/{user_id}/send\"";
        let value = Sp::new("/users/{user_id}/send".to_owned(), 4..source.len());
        let mut sink = Sink::default();
        let segments = parse(&value, source, &mut sink);
        assert_eq!(sink.len(), 0);
        let Segment::Param(p) = &segments[1] else {
            panic!("{segments:?}")
        };
        assert_eq!(p.value, "user_id");
        assert_eq!(&source[p.span.clone()], "{user_id}");
        assert_eq!(segments[2], Segment::Literal("send".into()));
    }

    #[test]
    fn reports_each_malformed_part() {
        assert_eq!(parsed("me").1, 1);
        assert_eq!(parsed("/me/").1, 1);
        assert_eq!(parsed("/a//b").1, 1);
        assert_eq!(parsed("/a/x{id}/{{b}}/c d").1, 3);
    }
}
