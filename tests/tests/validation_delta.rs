//! `delta = "<model>"` bodies: a response's, located errors elsewhere.

mod common;

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The v1.0 message-delta spec, the starting point every case mutates.
const VALID: &str = include_str!("../../specs/v1.0/message_delta.toml");

/// `source` as a spec file next to a copy of the mail models, as the
/// bundled layout has them (`../models/mail.toml`).
fn write(source: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!(
        "validation_delta_{}",
        N.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::create_dir_all(dir.join("v1.0")).unwrap();
    std::fs::create_dir_all(dir.join("models")).unwrap();
    std::fs::write(
        dir.join("models/mail.toml"),
        include_str!("../../specs/models/mail.toml"),
    )
    .unwrap();
    let spec = dir.join("v1.0/spec.toml");
    std::fs::write(&spec, source).unwrap();
    spec
}

fn load(source: &str) -> Result<graph_spec::CheckedSpec, graph_spec::Diagnostics> {
    graph_spec::load_file(&write(source), "spec.toml")
}

/// `(message, "line:col")` of every diagnostic for `source`.
fn errors(source: &str) -> Vec<(String, String)> {
    common::located(load(source))
}

/// `line:col` (1-based) of the first occurrence of `needle` in `source`.
fn at(source: &str, needle: &str) -> String {
    let offset = source.find(needle).expect("needle in source");
    let line = source[..offset].matches('\n').count() + 1;
    let col = offset - source[..offset].rfind('\n').map_or(0, |i| i + 1) + 1;
    format!("{line}:{col}")
}

#[test]
fn the_bundled_delta_spec_is_valid_and_a_delta_page() {
    assert_eq!(errors(VALID), vec![]);
    let spec = load(VALID).unwrap();
    assert!(
        matches!(&spec.response.body.value, graph_spec::model::Body::Delta(m) if m.value == "message")
    );
}

#[test]
fn a_delta_page_is_no_request_body_and_names_a_model() {
    let src = VALID
        .replacen("method = \"GET\"", "method = \"POST\"", 1)
        .replacen(
            "[request]\nbody = \"none\"",
            "[request]\nbody = { delta = \"message\" }",
            1,
        );
    assert_eq!(
        errors(&src),
        vec![(
            "a request body cannot be a delta page".to_owned(),
            at(&src, "\"message\" }")
        )]
    );
    let src = VALID.replacen("delta = \"message\"", "delta = \"bodyType\"", 1);
    assert_eq!(
        errors(&src),
        vec![(
            "`bodyType` is an enum, a body needs a model".to_owned(),
            at(&src, "\"bodyType\"")
        )]
    );
    let src = VALID.replacen("delta = \"message\"", "delta = \"mesage\"", 1);
    let errs = errors(&src);
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert_eq!(errs[0].1, at(&src, "\"mesage\""));
}
