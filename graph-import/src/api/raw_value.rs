//! A page that documents an entity and its raw content (`GET .../{id}` and
//! `GET .../{id}/$value`) documents two answers: the entity's JSON and the
//! content's bytes. A spec has one response, so the `$value` routes become a
//! spec of their own, `<stem>_value`, answering bytes.

use crate::ir::{Endpoint, ExampleResponse, ResponseBody};

use super::bodies::ANY_CONTENT;
use super::headers::is_media_type;
use super::paths::name_variants;

/// `e`, or `e` without its `$value` routes and a spec of those routes.
pub(super) fn split_raw_values(mut e: Endpoint) -> Vec<Endpoint> {
    let (raw, json): (Vec<_>, Vec<_>) = e
        .paths
        .iter()
        .cloned()
        .partition(|t| is_raw_value(&t.template));
    if raw.is_empty() || json.is_empty() {
        return vec![e];
    }
    let mut value = e.clone();
    value.stem = format!("{}_value", e.stem);
    value.name = format!("{} ($value)", e.name);
    value.paths = raw;
    // Query options shape JSON; raw content takes none.
    value.query.clear();
    value.response = ResponseBody::Bytes(media_type(&value.example_responses));
    value.example_requests.retain(|r| is_raw_value(&r.path));
    value
        .example_responses
        .retain(|r| r.request_path.as_deref().is_some_and(is_raw_value));
    e.paths = json;
    e.example_requests.retain(|r| !is_raw_value(&r.path));
    e.example_responses
        .retain(|r| !r.request_path.as_deref().is_some_and(is_raw_value));
    for part in [&mut e, &mut value] {
        let templates: Vec<&str> = part.paths.iter().map(|t| t.template.as_str()).collect();
        part.params.retain(|p| {
            let placeholder = format!("{{{}}}", p.name);
            templates.iter().any(|t| t.contains(&placeholder))
        });
        name_variants(&mut part.paths);
    }
    vec![e, value]
}

/// A route to an entity's raw content: its last segment is `$value`.
pub(super) fn is_raw_value(path: &str) -> bool {
    let path = path.split('?').next().unwrap_or(path);
    path.trim_end_matches('/').ends_with("/$value")
}

/// The media type the examples answering `$value` requests give, when they
/// agree on one; else any.
fn media_type(responses: &[ExampleResponse]) -> String {
    let mut types = responses
        .iter()
        .filter(|r| r.request_path.as_deref().is_some_and(is_raw_value))
        .map(|r| r.content_type.as_deref());
    match types.next() {
        Some(Some(first)) if is_media_type(first) && types.all(|t| t == Some(first)) => {
            first.to_owned()
        }
        _ => ANY_CONTENT.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(path: &str, content_type: Option<&str>) -> ExampleResponse {
        ExampleResponse {
            status: 200,
            span: 0..0,
            content_type: content_type.map(str::to_owned),
            request_path: Some(path.to_owned()),
        }
    }

    #[test]
    fn the_media_type_is_the_one_every_raw_example_answers_with() {
        let photo = [
            answer("/me/photo", Some("application/json")),
            answer("/me/photo/$value", Some("image/jpeg")),
        ];
        assert_eq!(media_type(&photo), "image/jpeg");
        let attachments = [
            answer("/me/messages/1/attachments/2/$value", Some("text/plain")),
            answer("/me/messages/1/attachments/3/$value", Some("text/calendar")),
        ];
        assert_eq!(media_type(&attachments), ANY_CONTENT);
        assert_eq!(media_type(&[answer("/me/photo/$value", None)]), ANY_CONTENT);
    }

    #[test]
    fn only_a_last_value_segment_is_raw_content() {
        assert!(is_raw_value("/me/photo/$value"));
        assert!(is_raw_value("/me/photo/$value?x=1"));
        assert!(!is_raw_value("/me/photo"));
        assert!(!is_raw_value("/me/$value/photo"));
    }
}
