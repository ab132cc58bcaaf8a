//! Bodies of bytes (`bytes = "..."`) and 302 answers in specs: what is
//! accepted, and each misuse's message and where it points (line:col).

mod common;

use graph_spec::load_str;

/// The v1.0 message-send spec, the starting point every case mutates.
const VALID: &str = include_str!("../../specs/v1.0/message_send.toml");

/// `(message, "line:col")` of every diagnostic for `source`.
fn errors(source: &str) -> Vec<(String, String)> {
    common::located(load_str(source, "spec.toml"))
}

/// Replaces each `(from, to)` exactly once, so a typo in a test cannot go unnoticed.
fn edit(pairs: &[(&str, &str)]) -> String {
    let mut src = VALID.to_owned();
    for (from, to) in pairs {
        assert_eq!(src.matches(from).count(), 1, "`{from}` must occur once");
        src = src.replacen(from, to, 1);
    }
    src
}

/// `line:col` (1-based) of the first occurrence of `needle` in `source`.
fn at(source: &str, needle: &str) -> String {
    let offset = source.find(needle).expect("needle in source");
    let line = source[..offset].matches('\n').count() + 1;
    let col = offset - source[..offset].rfind('\n').map_or(0, |i| i + 1) + 1;
    format!("{line}:{col}")
}

/// `line:col` of what follows the first occurrence of `needle`.
fn after(source: &str, needle: &str) -> String {
    let offset = source.find(needle).expect("needle in source") + needle.len();
    at(source, &source[offset..])
}

const REQUEST_NONE: &str = "[request]\nbody = \"none\"";
const RESPONSE_202: &str = "status = 202\ndescription = \"202 Accepted\"\nbody = \"none\"";

#[test]
fn bytes_bodies_and_a_302_to_content_are_accepted() {
    for media in [
        "image/jpeg",
        "text/csv",
        "application/octet-stream",
        "image/*",
        "*/*",
    ] {
        let src = edit(&[(
            REQUEST_NONE,
            &format!("[request]\nbody = {{ bytes = \"{media}\" }}"),
        )]);
        assert_eq!(errors(&src), vec![], "{media}");
    }
    let src = edit(&[
        ("method = \"POST\"", "method = \"GET\""),
        (
            "[[request.headers]]\nname = \"Content-Length\"",
            "[[request.headers]]\nname = \"Prefer\"",
        ),
        (
            RESPONSE_202,
            "status = 302\nbody = { bytes = \"text/csv\" }",
        ),
    ]);
    assert_eq!(errors(&src), vec![]);
    let spec = load_str(&src, "spec.toml").unwrap();
    assert_eq!(spec.response.status.value, 302);
    let src = edit(&[(
        RESPONSE_202,
        "status = 200\nbody = { bytes = \"image/jpeg\" }",
    )]);
    assert_eq!(errors(&src), vec![]);
}

#[test]
fn a_media_type_is_type_slash_subtype() {
    for bad in [
        "jpeg",
        "image/",
        "/jpeg",
        "*/jpeg",
        "image/jp*g",
        "text/csv; charset=utf-8",
        "image /jpeg",
        "",
    ] {
        let src = edit(&[(
            REQUEST_NONE,
            &format!("[request]\nbody = {{ bytes = \"{bad}\" }}"),
        )]);
        assert_eq!(
            errors(&src),
            vec![(
                format!("`{bad}` is not a media type"),
                after(&src, "bytes = ")
            )],
            "{bad}"
        );
    }
    let src = edit(&[(REQUEST_NONE, "[request]\nbody = { bytes = 5 }")]);
    let errs = errors(&src);
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert_eq!(errs[0].1, at(&src, "5 }"));
}

#[test]
fn a_302_needs_content_to_lead_to() {
    let src = edit(&[(RESPONSE_202, "status = 302\nbody = \"none\"")]);
    assert_eq!(
        errors(&src),
        vec![(
            "a 302 answer is the URL of content: its body must be `bytes`".to_owned(),
            at(&src, "302")
        )]
    );
    let src = edit(&[(RESPONSE_202, "status = 301\nbody = { bytes = \"*/*\" }")]);
    assert_eq!(
        errors(&src),
        vec![(
            "the success status must be 2xx, found 301".to_owned(),
            at(&src, "301")
        )]
    );
}

#[test]
fn bytes_are_not_optional_nor_part_of_a_reply() {
    let src = edit(&[(
        REQUEST_NONE,
        "[request]\nbody = { bytes = \"image/jpeg\" }\nbody_optional = true",
    )]);
    assert_eq!(
        errors(&src),
        vec![(
            "a body of bytes cannot be optional".to_owned(),
            at(&src, "true")
        )]
    );
    let src = edit(&[(
        RESPONSE_202,
        "status = 200\nbody = { bytes = \"image/jpeg\" }\n\n[[response.alternatives]]\nstatus = 304\nbody = \"none\"",
    )]);
    assert_eq!(
        errors(&src),
        vec![(
            "a response of bytes cannot declare alternatives or response headers".to_owned(),
            at(&src, "{ bytes")
        )]
    );
    let src = edit(&[(
        RESPONSE_202,
        "status = 204\nbody = \"none\"\n\n[[response.alternatives]]\nstatus = 200\nbody = { bytes = \"image/jpeg\" }",
    )]);
    assert_eq!(
        errors(&src),
        vec![(
            "an alternative status cannot answer bytes".to_owned(),
            at(&src, "\"image/jpeg\"")
        )]
    );
}

#[test]
fn a_get_sends_no_bytes_and_a_body_is_one_kind() {
    let src = edit(&[
        ("method = \"POST\"", "method = \"GET\""),
        (
            "[[request.headers]]\nname = \"Content-Length\"",
            "[[request.headers]]\nname = \"Prefer\"",
        ),
        (REQUEST_NONE, "[request]\nbody = { bytes = \"image/jpeg\" }"),
    ]);
    assert_eq!(
        errors(&src),
        vec![("a GET request has no body".to_owned(), at(&src, "{ bytes"))]
    );
    let src = edit(&[(
        REQUEST_NONE,
        "[request]\nbody = { bytes = \"image/jpeg\", model = \"message\" }",
    )]);
    let errs = errors(&src);
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(errs[0].0.contains("exactly one of"), "{errs:?}");
}
