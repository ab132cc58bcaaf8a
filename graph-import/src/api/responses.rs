//! The response: the status the prose names (else the example's, else a
//! bare 2xx) and the body it returns.

use std::ops::Range;

use crate::ir::{PathTemplate, ResponseBody, TypeRef};
use crate::markdown::{Block, Inline};
use crate::page::{Page, Section};
use crate::report::{Annotate, Sink};
use crate::resource::Resources;
use crate::text::has_word;

/// The one redirect a spec declares: `302 Found` to content.
pub(super) const REDIRECT_TO_CONTENT: u16 = 302;

/// A success status: code, its text, where it is, and the paragraph saying it.
pub(super) type Status = (u16, String, Range<usize>, Inline);

/// The reason phrase of a status, for a status the page gives only as a number.
pub(super) fn status_text(code: u16) -> String {
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
pub(super) fn bare_status(page: &Page, section: Section) -> Option<Status> {
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
pub(super) fn redirect_code(page: &Page, section: Section) -> Option<Status> {
    coded_status(page, section, 300..400)
}

/// The first 2xx status in a code span of a section's prose: (code, text, span, paragraph).
pub(super) fn status_code(page: &Page, section: Section) -> Option<Status> {
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
pub(super) fn collection_hint(page: &Page, example_sections: &[Section]) -> Option<bool> {
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

pub(super) fn read_response_body(
    page: &Page,
    para: &Inline,
    collection_hint: Option<bool>,
    status: u16,
    resources: &Resources,
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

/// A delta function's answer (`GET .../delta`): pages of changed objects and
/// removed ids ending in `@odata.deltaLink`. The docs call it a collection
/// of the type, or (where the word is translated and the example carries
/// no `isCollection`) seem to name one object, which a delta function never
/// answers.
pub(super) fn as_delta(
    response: ResponseBody,
    method: &str,
    paths: &[PathTemplate],
) -> ResponseBody {
    let is_delta = |t: &PathTemplate| {
        let path = t.template.split('?').next().unwrap_or(&t.template);
        let last = path.rsplit('/').next().unwrap_or(path);
        last == "delta" || last == "delta()"
    };
    if method != "GET" || paths.is_empty() || !paths.iter().all(is_delta) {
        return response;
    }
    match response {
        ResponseBody::Collection(t) | ResponseBody::Model(t) => ResponseBody::Delta(t),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_in_any_punctuation() {
        assert_eq!(parse_status("202 Accepted"), Some(202));
        assert_eq!(parse_status("204"), Some(204));
        assert_eq!(parse_status("2024-01-01"), None);
        assert_eq!(parse_status("application/json"), None);
    }
}
