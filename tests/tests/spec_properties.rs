//! Bounded property tests of load + validate + generate on mutated specs:
//! no input panics, every rejection carries a diagnostic located inside the
//! source, and every accepted spec generates code that parses as Rust.
//! The case count is fixed so the suite stays fast and repeatable. A longer
//! run on the stable toolchain: `GRAPH_FUZZ_CASES=200000 cargo test --release
//! -p graph-tests --test spec_properties` (add `GRAPH_FUZZ_SEED=N` for other
//! inputs); the cargo-fuzz target in `fuzz/` (nightly) explores further.

use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};

const SPECS: [&str; 2] = [
    include_str!("../../specs/v1.0/message_send.toml"),
    include_str!("../../specs/beta/message_send.toml"),
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
            .any(|d| d.message.starts_with("malformed placeholder")),
        "{err}"
    );
}
