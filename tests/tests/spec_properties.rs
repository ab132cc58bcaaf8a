//! Bounded property tests of load + validate + generate on mutated specs:
//! no input panics, every rejection carries a diagnostic located inside the
//! source, and every accepted spec generates code that parses as Rust.
//! The case count is fixed so the suite stays fast and repeatable. A longer
//! run on the stable toolchain: `GRAPH_FUZZ_CASES=200000 cargo test --release
//! -p graph-tests --test spec_properties` (add `GRAPH_FUZZ_SEED=N` for other
//! inputs); the cargo-fuzz target in `fuzz/` (nightly) explores further.

use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};

const SPECS: [&str; 5] = [
    include_str!("../../specs/v1.0/message_send.toml"),
    include_str!("../../specs/beta/message_send.toml"),
    // Every placeholder form: colon paths, quoted and inline arguments, a fixed query.
    include_str!("../../graph-mock/tests/fixtures/path_forms/content_by_path.toml"),
    include_str!("../../graph-mock/tests/fixtures/path_forms/resized_range.toml"),
    include_str!("../../graph-mock/tests/fixtures/path_forms/calendar_view.toml"),
];

/// Fragments that are plausible inside a spec, so mutations reach the
/// validator and not only the TOML parser.
const FRAGMENTS: &[&str] = &[
    "{",
    "}",
    "{id}",
    "/",
    "//",
    "\"",
    "'",
    "[",
    "]",
    "[[paths]]",
    "=",
    "\n",
    "0",
    "-1",
    "99999",
    "true",
    "\"not supported\"",
    "Mail.Send",
    "mail",
    "ü",
    "\u{0}",
    "..",
    "%",
    "#",
    "type",
    "fn",
    "[params.x]",
    "description = \"\"",
    "\\u00e9",
    "\"\"\"",
    ":/",
    ":",
    "('",
    "')",
    "(x={id})",
    "?",
    "&",
    "?a={id}",
];

#[derive(Debug, Clone)]
enum Mutation {
    DeleteLine(usize),
    DuplicateLine(usize),
    SwapLines(usize, usize),
    Insert(usize, usize),
    DeleteRange(usize, usize),
    Truncate(usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any::<usize>().prop_map(Mutation::DeleteLine),
        any::<usize>().prop_map(Mutation::DuplicateLine),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::SwapLines(a, b)),
        (any::<usize>(), 0..FRAGMENTS.len()).prop_map(|(at, f)| Mutation::Insert(at, f)),
        (any::<usize>(), 1usize..12).prop_map(|(at, n)| Mutation::DeleteRange(at, n)),
        any::<usize>().prop_map(Mutation::Truncate),
    ]
}

/// Nearest char boundary at or below `i % (len + 1)`.
fn boundary(s: &str, i: usize) -> usize {
    let mut i = i % (s.len() + 1);
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn apply(source: &str, mutations: &[Mutation]) -> String {
    let mut s = source.to_owned();
    for m in mutations {
        let mut lines: Vec<String> = s.lines().map(str::to_owned).collect();
        let n = lines.len().max(1);
        match *m {
            Mutation::DeleteLine(i) if !lines.is_empty() => {
                lines.remove(i % n);
                s = lines.join("\n");
            }
            Mutation::DuplicateLine(i) if !lines.is_empty() => {
                let line = lines[i % n].clone();
                lines.insert(i % n, line);
                s = lines.join("\n");
            }
            Mutation::SwapLines(a, b) if !lines.is_empty() => {
                lines.swap(a % n, b % n);
                s = lines.join("\n");
            }
            Mutation::Insert(at, f) => {
                let at = boundary(&s, at);
                s.insert_str(at, FRAGMENTS[f]);
            }
            Mutation::DeleteRange(at, len) => {
                let start = boundary(&s, at);
                let end = boundary(&s, start.saturating_add(len).min(s.len()));
                s.replace_range(start..end.max(start), "");
            }
            Mutation::Truncate(at) => {
                let at = boundary(&s, at);
                s.truncate(at);
            }
            _ => {}
        }
    }
    s
}

/// Cases per property: `default` in `cargo test`, `GRAPH_FUZZ_CASES` for a
/// longer run.
fn cases(default: u32) -> u32 {
    std::env::var("GRAPH_FUZZ_CASES")
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(default)
}

/// The generator seed: `base` everywhere, with `GRAPH_FUZZ_SEED` mixed in.
fn seed(base: u8) -> [u8; 32] {
    let mut seed = [base; 32];
    if let Some(n) = std::env::var("GRAPH_FUZZ_SEED")
        .ok()
        .and_then(|v| v.trim().parse::<u64>().ok())
    {
        seed[..8].copy_from_slice(&n.to_le_bytes());
    }
    seed
}

/// The property every input must satisfy.
fn check(source: &str) -> Result<(), TestCaseError> {
    match graph_spec::load_str(source, "mutated.toml") {
        Ok(spec) => {
            let options = graph_spec::Options {
                client: true,
                server: true,
                ..Default::default()
            };
            let tokens = graph_spec::generate(&spec, &options);
            prop_assert!(
                graph_spec::to_pretty_string(tokens).is_ok(),
                "accepted spec generated unparsable code:\n{source}"
            );
        }
        Err(diagnostics) => {
            prop_assert!(
                !diagnostics.items.is_empty(),
                "rejected without a diagnostic:\n{source}"
            );
            for d in &diagnostics.items {
                prop_assert!(
                    d.span.start <= source.len() && d.span.end <= source.len(),
                    "span {:?} outside source",
                    d.span
                );
                prop_assert!(!d.message.is_empty());
                let location = diagnostics.location(d);
                prop_assert!(location.starts_with("mutated.toml:"), "{location}");
            }
            let rendered = diagnostics.to_string();
            prop_assert!(rendered.contains("--> mutated.toml:"), "{rendered}");
        }
    }
    Ok(())
}

#[test]
fn mutated_specs_never_panic_and_always_explain_themselves() {
    // Fixed seed and case count: the same 600 inputs on every run (unless
    // GRAPH_FUZZ_CASES / GRAPH_FUZZ_SEED say otherwise).
    let config = Config {
        cases: cases(600),
        failure_persistence: None,
        ..Config::default()
    };
    let mut runner =
        TestRunner::new_with_rng(config, TestRng::from_seed(RngAlgorithm::ChaCha, &seed(7)));
    let strategy = (0..SPECS.len(), prop::collection::vec(mutation(), 1..5));
    runner
        .run(&strategy, |(spec, mutations)| {
            check(&apply(SPECS[spec], &mutations))
        })
        .unwrap();
}

#[test]
fn arbitrary_text_never_panics() {
    let config = Config {
        cases: cases(300),
        failure_persistence: None,
        ..Config::default()
    };
    let mut runner =
        TestRunner::new_with_rng(config, TestRng::from_seed(RngAlgorithm::ChaCha, &seed(9)));
    runner.run(&".{0,200}", |text| check(&text)).unwrap();
}

#[test]
fn mutations_do_reach_the_validator() {
    // Guards the test above against only ever producing TOML syntax errors.
    let src = apply(
        SPECS[0],
        &[Mutation::Insert(SPECS[0].find("/send\"").unwrap(), 2)],
    );
    let err = graph_spec::load_str(&src, "m.toml").unwrap_err();
    assert!(
        err.items
            .iter()
            .any(|d| d.message.ends_with("directly follows another placeholder")),
        "{err}"
    );
}

/// Names picked to collide: with each other after case conversion, with
/// Rust keywords and prelude names, and with what the generator itself
/// names (builders, markers, `Body`, setters, params fields).
const TYPE_NAMES: &[&str] = &[
    "User",
    "Me",
    "Option",
    "Result",
    "String",
    "Vec",
    "Body",
    "HasUser",
    "HasUserId",
    "RequestBodyState",
    "Builder",
    "V",
    "S",
    "B",
    "Models",
    "UserId",
    "Unset",
    "Endpoint",
    "Request",
    "Send",
    "Clone",
    "SendMessage",
    "H",
    "Client",
    "UserParams",
    "MessageId",
    "Default",
    "GetThing",
    "Reply",
];
const SNAKE_NAMES: &[&str] = &[
    "user",
    "me",
    "user_id",
    "message_id",
    "option",
    "string",
    "vec",
    "some",
    "none",
    "default",
    "has_user",
    "request_body_state",
    "body",
    "build",
    "send",
    "route",
    "extras",
    "top",
    "clone",
    "into",
    "drop",
    "self_",
    "models",
    "send_message",
    "h",
    "user_",
    "_user",
    "get_thing",
    "reply",
];
const QUERY_NAMES: &[&str] = &[
    "$top", "top", "$select", "user", "build", "$filter", "route",
];
const HEADER_NAMES: &[&str] = &[
    "Prefer", "Body", "Build", "If-Match", "User", "Top", "prefer",
];
/// Response headers: colliding after conversion, with the body field, with
/// keywords, and with what the runtime writes itself.
const RESPONSE_HEADER_NAMES: &[&str] = &[
    "ETag",
    "E-Tag",
    "etag",
    "Location",
    "Body",
    "Type",
    "Self",
    "Content-Type",
    "Retry-After",
    "Reply",
];
/// Alternative statuses, valid and not, with or without a body.
const ALTERNATIVES: &[(u16, &str)] = &[
    (200, "none"),
    (201, "{ model = \"user\" }"),
    (202, "none"),
    (204, "none"),
    (304, "none"),
    (304, "{ model = \"user\" }"),
    (302, "none"),
    (206, "{ collection = \"option\" }"),
];
const FIELD_NAMES: &[&str] = &[
    "id",
    "Id",
    "type",
    "self",
    "user",
    "body",
    "@odata.type",
    "option",
    "x",
    "@",
    "some",
];
const FIELD_TYPES: &[&str] = &[
    "string", "int32", "boolean", "option", "user", "kind", "[user]",
];
/// Models named like prelude and generated items, one containing itself.
const NAME_MODELS: &str = r#"
[models.option.fields]
some = { type = "string" }
none = { type = "option" }

[models.user.fields]
id = { type = "string", required = true }
manager = { type = "user" }
body = { type = "option" }

[models.body.fields]
kind = { type = "kind", default = "self" }

[enums.kind]
values = ["self", "none", "some", "ok", "x1", "_"]
"#;

#[derive(Debug, Clone)]
struct NameSpec {
    ty: usize,
    variants: Vec<(usize, Vec<usize>)>,
    query: Vec<usize>,
    headers: Vec<usize>,
    fields: Vec<(usize, usize, bool)>,
    /// Response headers of the main status: name, required.
    response_headers: Vec<(usize, bool)>,
    /// Alternatives, each with its headers.
    alternatives: Vec<(usize, Vec<(usize, bool)>)>,
}

fn name_spec() -> impl Strategy<Value = NameSpec> {
    (
        0..TYPE_NAMES.len(),
        prop::collection::vec(
            (
                0..SNAKE_NAMES.len(),
                prop::collection::vec(0..SNAKE_NAMES.len(), 0..3),
            ),
            1..3,
        ),
        prop::collection::vec(0..QUERY_NAMES.len(), 0..3),
        prop::collection::vec(0..HEADER_NAMES.len(), 0..3),
        prop::collection::vec(
            (0..FIELD_NAMES.len(), 0..FIELD_TYPES.len(), any::<bool>()),
            0..4,
        ),
        response_headers(),
        prop::collection::vec((0..ALTERNATIVES.len(), response_headers()), 0..2),
    )
        .prop_map(
            |(ty, variants, query, headers, fields, response_headers, alternatives)| NameSpec {
                ty,
                variants,
                query,
                headers,
                fields,
                response_headers,
                alternatives,
            },
        )
}

fn response_headers() -> impl Strategy<Value = Vec<(usize, bool)>> {
    prop::collection::vec((0..RESPONSE_HEADER_NAMES.len(), any::<bool>()), 0..2)
}

/// The spec text of a [`NameSpec`]: every template distinct and every
/// parameter used, so that only the names decide whether it is accepted.
fn name_spec_source(s: &NameSpec) -> String {
    use std::fmt::Write as _;
    let mut out = format!(
        "name = \"thing: get\"\ntype_name = \"{}\"\nsummary = \"Names.\"\nversions = [\"v1.0\"]\n\
         method = \"{}\"\nmodels = \"models.toml\"\n",
        TYPE_NAMES[s.ty],
        if s.fields.is_empty() { "GET" } else { "POST" }
    );
    let mut params: Vec<&str> = Vec::new();
    for (i, (variant, ps)) in s.variants.iter().enumerate() {
        let mut template = format!("/v{i}");
        for &p in ps {
            let _ = write!(template, "/things/{{{}}}", SNAKE_NAMES[p]);
            if !params.contains(&SNAKE_NAMES[p]) {
                params.push(SNAKE_NAMES[p]);
            }
        }
        let _ = write!(
            out,
            "\n[[paths]]\nvariant = \"{}\"\ntemplate = \"{template}\"\n",
            SNAKE_NAMES[*variant]
        );
    }
    for p in params {
        let _ = write!(out, "\n[params.{p}]\ndescription = \"A parameter.\"\n");
    }
    out.push_str(
        "\n[permissions]\ndelegated_work = [\"Mail.Read\"]\n\
         delegated_personal = \"not supported\"\napplication = [\"Mail.Read\"]\n",
    );
    for &q in &s.query {
        let _ = write!(out, "\n[query.\"{}\"]\ntype = \"int32\"\n", QUERY_NAMES[q]);
    }
    out.push_str("\n[request]\n");
    if s.fields.is_empty() {
        out.push_str("body = \"none\"\n");
    }
    for &h in &s.headers {
        let _ = write!(
            out,
            "\n[[request.headers]]\nname = \"{}\"\nvalue = \"v\"\nrequired = false\n",
            HEADER_NAMES[h]
        );
    }
    for &(f, t, required) in &s.fields {
        let _ = write!(
            out,
            "\n[request.body.fields.\"{}\"]\ntype = \"{}\"\nrequired = {required}\n",
            FIELD_NAMES[f], FIELD_TYPES[t]
        );
    }
    out.push_str("\n[response]\nstatus = 200\nbody = { model = \"user\" }\n");
    let headers = |out: &mut String, table: &str, headers: &[(usize, bool)]| {
        for &(h, required) in headers {
            let _ = write!(
                out,
                "\n[[{table}]]\nname = \"{}\"\nrequired = {required}\n",
                RESPONSE_HEADER_NAMES[h]
            );
        }
    };
    headers(&mut out, "response.headers", &s.response_headers);
    for (a, hs) in &s.alternatives {
        let (status, body) = ALTERNATIVES[*a];
        let _ = write!(
            out,
            "\n[[response.alternatives]]\nstatus = {status}\nbody = {body}\n"
        );
        headers(&mut out, "response.alternatives.headers", hs);
    }
    out
}

/// Accepted specs compiled together, at most: enough to cover every
/// collision class several times, few enough to keep the build short.
const COMPILED: usize = 40;

/// "check accepts => the code compiles": specs whose names collide every
/// way we know are generated (or rejected with a located error), and a
/// bounded sample of the accepted ones is compiled by rustc in one crate.
#[test]
fn accepted_specs_compile() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("accepted-specs");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("models.toml"), NAME_MODELS).unwrap();
    let spec_path = dir.join("spec.toml");
    let options = graph_spec::Options {
        client: true,
        server: true,
        ..Default::default()
    };
    let accepted = std::cell::RefCell::new(Vec::<(String, String)>::new());
    let config = Config {
        cases: 800,
        failure_persistence: None,
        ..Config::default()
    };
    let mut runner =
        TestRunner::new_with_rng(config, TestRng::from_seed(RngAlgorithm::ChaCha, &[11; 32]));
    runner
        .run(&name_spec(), |s| {
            let source = name_spec_source(&s);
            match graph_spec::load_source(&source, "spec.toml", &spec_path) {
                Ok(spec) => {
                    let mut accepted = accepted.borrow_mut();
                    if accepted.len() < COMPILED {
                        let code = graph_spec::generate(&spec, &options).to_string();
                        let models = graph_spec::generate_models(&spec.models).to_string();
                        accepted.push((source, format!("pub mod models {{ {models} }} {code}")));
                    }
                }
                Err(d) => {
                    prop_assert!(!d.items.is_empty(), "rejected without a diagnostic");
                    for item in &d.items {
                        let location = d.location(item);
                        prop_assert!(location.contains(".toml:"), "{location}");
                    }
                }
            }
            Ok(())
        })
        .unwrap();
    let accepted = accepted.into_inner();
    assert!(
        accepted.len() >= 10,
        "only {} specs accepted: the generator no longer reaches generation",
        accepted.len()
    );
    let mut crate_src = String::from(
        "//! Generated by spec_properties::accepted_specs_compile.\n#![allow(warnings)]\n",
    );
    for (i, (source, code)) in accepted.iter().enumerate() {
        let quoted: String = source.lines().map(|l| format!("// {l}\n")).collect();
        crate_src.push_str(&format!("\n{quoted}pub mod case_{i} {{ {code} }}\n"));
    }
    crate_src.push_str("\nfn main() {}\n");
    let file = dir.join("accepted_specs.rs");
    std::fs::write(&file, crate_src).unwrap();
    trybuild::TestCases::new().pass(&file);
}
