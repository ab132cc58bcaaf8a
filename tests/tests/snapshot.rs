//! The generated code for the bundled specs, formatted and committed so a
//! generator change shows up as a reviewable diff.
//! Refresh with `EXPECTORATE=overwrite cargo test -p graph-tests --test snapshot`.

use std::path::Path;

fn generated(spec_path: &str) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let spec =
        graph_spec::load_file(&root.join(spec_path), spec_path).unwrap_or_else(|d| panic!("{d}"));
    let tokens = graph_spec::generate(&spec, &graph_spec::Options::default());
    let code = graph_spec::to_pretty_string(tokens).unwrap();
    format!(
        "// Generated from {spec_path} by graph-spec. Do not edit: see tests/tests/snapshot.rs.\n\n{code}"
    )
}

#[test]
fn message_send_v1() {
    let code = generated("specs/v1.0/message_send.toml");
    assert!(code.contains("pub const PERMISSIONS: ::graph_runtime::Permissions"));
    assert!(code.contains("| Delegated (work or school account) | Mail.Send |"));
    expectorate::assert_contents("snapshots/message_send.v1.0.rs", &code);
}

#[test]
fn message_send_beta() {
    let code = generated("specs/beta/message_send.toml");
    assert!(code.contains("::graph_runtime::ApiVersion::Beta"));
    expectorate::assert_contents("snapshots/message_send.beta.rs", &code);
}
