//! The generated code for the bundled specs, formatted and committed so a
//! generator change shows up as a reviewable diff.
//! Refresh with `EXPECTORATE=overwrite cargo test -p graph-tests --test snapshot`.

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn generated(spec_path: &str) -> String {
    generated_with(spec_path, &graph_spec::Options::default())
}

fn generated_with(spec_path: &str, options: &graph_spec::Options) -> String {
    let spec =
        graph_spec::load_file(&root().join(spec_path), spec_path).unwrap_or_else(|d| panic!("{d}"));
    graph_spec::to_pretty_string(graph_spec::generate(&spec, options)).unwrap()
}

fn header(what: &str) -> String {
    format!("// Generated from {what} by graph-spec. Do not edit: see tests/tests/snapshot.rs.\n\n")
}

#[test]
fn message_send_v1() {
    let code = header("specs/v1.0/message_send.toml") + &generated("specs/v1.0/message_send.toml");
    assert!(code.contains("pub const PERMISSIONS: rt::Permissions"));
    assert!(code.contains("| Delegated (work or school account) | Mail.Send |"));
    expectorate::assert_contents("snapshots/message_send.v1.0.rs", &code);
}

#[test]
fn message_send_beta() {
    let code = header("specs/beta/message_send.toml") + &generated("specs/beta/message_send.toml");
    assert!(code.contains("rt::ApiVersion::Beta"));
    expectorate::assert_contents("snapshots/message_send.beta.rs", &code);
}

/// Every spec of one version directory as graph-build and `graph-gen generate`
/// write them: through the project layer, one version module with its models.
/// (Paths are relative to this crate, where cargo runs its tests.)
fn mail_family(version: &str) -> String {
    let project = graph_spec::project::open(&[format!("../specs/{version}")])
        .unwrap_or_else(|e| panic!("{e}"));
    let code = project.render(&graph_spec::Options::default()).unwrap();
    assert!(code.contains("pub mod models {"), "{code}");
    code
}

#[test]
fn mail_family_v1() {
    let code = mail_family("v1.0");
    assert!(code.contains("pub struct SendMail;") && code.contains("pub fn me_folder()"));
    assert!(
        code.contains("impl rt::DeltaQuery for MessageDelta"),
        "delta is a DeltaQuery"
    );
    assert!(
        code.contains("::graph_runtime::DeltaItem<super::models::Message>"),
        "delta pages"
    );
    expectorate::assert_contents("snapshots/mail_family.v1.0.rs", &code);
}

#[test]
fn mail_family_beta() {
    let code = mail_family("beta");
    assert!(code.contains("rt::ApiVersion::Beta"));
    expectorate::assert_contents("snapshots/mail_family.beta.rs", &code);
}

/// Client methods and server stubs too, for one bodiless and one body-carrying endpoint.
#[test]
fn client_and_server_code() {
    let options = graph_spec::Options {
        client: true,
        server: true,
        ..Default::default()
    };
    let mut code = header(
        "specs/v1.0/message_send.toml and specs/v1.0/message_forward.toml, with client and server",
    );
    code += &generated_with("specs/v1.0/message_send.toml", &options);
    code += "\n";
    code += &generated_with("specs/v1.0/message_forward.toml", &options);
    assert!(code.contains("pub fn send("), "client methods");
    assert!(
        code.contains("pub trait SendMessageHandler"),
        "server handler trait"
    );
    expectorate::assert_contents("snapshots/client_server.v1.0.rs", &code);
}

/// Several statuses and response headers (the driveItem fixtures of
/// graph-mock's reply tests): the `Reply` enum, its accessors and its
/// server and client impls.
#[test]
fn replies_code() {
    let options = graph_spec::Options {
        client: true,
        server: true,
        ..Default::default()
    };
    let fixtures = "graph-mock/tests/fixtures/replies";
    let mut code = header(&format!(
        "{fixtures}/driveitem_get.toml and driveitem_copy.toml, with client and server"
    ));
    code += &generated_with(&format!("{fixtures}/driveitem_get.toml"), &options);
    code += "\n";
    code += &generated_with(&format!("{fixtures}/driveitem_copy.toml"), &options);
    assert!(code.contains("pub enum Reply"), "the reply enum");
    assert!(
        code.contains("impl ::graph_runtime::server::AnsweredBy for Reply"),
        "answered as a reply"
    );
    assert!(
        code.contains("impl ::graph_runtime::client::FromResponse for Reply"),
        "received as a reply"
    );
    expectorate::assert_contents("snapshots/replies.v1.0.rs", &code);
}

/// Bodies of bytes and a 302 to content (graph-mock's content fixtures): the
/// `Content` body types, their media type constants, the streaming client
/// call and the server's content and redirect routes.
#[test]
fn content_code() {
    let options = graph_spec::Options {
        client: true,
        server: true,
        ..Default::default()
    };
    let fixtures = "graph-mock/tests/fixtures/content";
    let mut code = header(&format!(
        "{fixtures}/photo_update.toml, photo_get.toml and item_download.toml, with client and server"
    ));
    for (i, name) in ["photo_update", "photo_get", "item_download"]
        .iter()
        .enumerate()
    {
        if i > 0 {
            code += "\n";
        }
        code += &generated_with(&format!("{fixtures}/{name}.toml"), &options);
    }
    assert!(
        code.contains("type RequestBody = ::graph_runtime::Content;"),
        "bytes in"
    );
    assert!(
        code.contains("REQUEST_CONTENT_TYPE"),
        "the request's media type"
    );
    assert!(
        code.contains("::graph_runtime::server::Redirect"),
        "answered as a redirect"
    );
    assert!(code.contains("StatusCode::FOUND"), "302");
    expectorate::assert_contents("snapshots/content.v1.0.rs", &code);
}

/// A path parameter's setter says how its value is written for where the
/// templates put it: a segment, inside a segment, in quotes, or as the value
/// of a query parameter the template fixes.
#[test]
fn setters_say_where_the_value_goes() {
    let options = graph_spec::Options::default();
    let range = generated_with("tests/ui/specs/resized_range.toml", &options);
    for (param, place) in [
        ("item_id", "percent-encoded as a path segment"),
        ("delta_rows", "percent-encoded inside its path segment"),
        (
            "address",
            "quoted in the path: a `'` is doubled, then percent-encoded",
        ),
    ] {
        let doc = format!("/// Sets `{{{param}}}` ({place}):");
        assert!(range.contains(&doc), "{doc}\n{range}");
    }
    let view = generated_with(
        "graph-mock/tests/fixtures/path_forms/calendar_view.toml",
        &options,
    );
    for (param, place) in [
        (
            "end_date_time",
            "percent-encoded as the `endDateTime` query value",
        ),
        // A query value in one variant, quoted in the other.
        (
            "start_date_time",
            "percent-encoded for its place in each path variant",
        ),
    ] {
        let doc = format!("/// Sets `{{{param}}}` ({place}):");
        assert!(view.contains(&doc), "{doc}\n{view}");
    }
    assert!(!view.contains("in the path)"), "{view}");
}

/// Endpoints without alternatives or response headers get none of the reply code.
#[test]
fn plain_endpoints_have_no_reply_code() {
    let code = generated_with(
        "specs/v1.0/message_send.toml",
        &graph_spec::Options {
            client: true,
            server: true,
            ..Default::default()
        },
    );
    assert!(!code.contains("Reply"), "{code}");
}

/// A spec with `n` path parameters in one template (and a `/me` variant
/// without the first): generated code must grow linearly with `n`, not with
/// `n²` as builders that repeat every type parameter in every setter did.
fn wide_spec(n: usize) -> String {
    let names: Vec<String> = (0..n).map(|i| format!("p{i}")).collect();
    let user: String = names.iter().map(|p| format!("/s/{{{p}}}")).collect();
    let me: String = names[1..].iter().map(|p| format!("/s/{{{p}}}")).collect();
    let params: String = names
        .iter()
        .map(|p| format!("[params.{p}]\ndescription = \"A parameter.\"\n"))
        .collect();
    format!(
        r#"name = "wide: get"
type_name = "Wide"
summary = "Many parameters."
versions = ["v1.0"]
method = "GET"

[[paths]]
variant = "user"
template = "/users{user}"

[[paths]]
variant = "me"
template = "/me{me}"

{params}
[permissions]
delegated_work = ["Mail.Read"]
delegated_personal = ["Mail.Read"]
application = ["Mail.Read"]

[request]
body = "none"

[response]
status = 200
body = "none"
"#
    )
}

#[test]
fn generated_code_is_linear_in_path_parameters() {
    let size = |n: usize| {
        let spec =
            graph_spec::load_str(&wide_spec(n), "wide.toml").unwrap_or_else(|d| panic!("{d}"));
        graph_spec::to_pretty_string(graph_spec::generate(&spec, &graph_spec::Options::default()))
            .unwrap()
            .len()
    };
    let (small, large) = (size(8), size(32));
    // Linear: at most 4x for 4x the parameters (the fixed part makes it less);
    // quadratic growth would be close to 16x.
    assert!(
        large * 10 < small * 45,
        "8 parameters: {small} bytes, 32 parameters: {large} bytes"
    );
    assert!(large < 64 * 1024, "32 parameters: {large} bytes");
}
