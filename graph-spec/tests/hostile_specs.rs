//! Hostile specs and models files: every shape that once aborted, ran for
//! minutes, or was accepted and then failed to compile. Each is either
//! rejected with a located error or generated, in time linear in its size.
//! The time bounds are generous guards against exponential or quadratic
//! blowup (they hold in debug builds on a loaded machine), not benchmarks.

use std::fmt::Write as _;
use std::time::{Duration, Instant};

use graph_spec::{Diagnostics, ModelSet, generate_models, load_models_str, load_str};

/// Far above what the linear code needs for these sizes (under 2 s of CPU
/// each in a debug build), far below what the quadratic or exponential code
/// it replaces took (37 s to days).
const BOUND: Duration = Duration::from_secs(10);

/// CPU time this thread has used, where the OS says (Linux); else `None`.
/// CPU time rather than wall time: a machine busy with other builds must not
/// fail the guard.
fn thread_cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    // Fields after the command name (which may contain spaces) in parentheses.
    let rest = stat.get(stat.rfind(')')? + 2..)?;
    let fields: Vec<&str> = rest.split(' ').collect();
    // utime and stime are fields 14 and 15 of the whole line, in clock ticks (100 a second).
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    Some(Duration::from_millis(ticks * 10))
}

fn timed<T>(what: &str, f: impl FnOnce() -> T) -> T {
    let (wall, cpu) = (Instant::now(), thread_cpu_time());
    let out = f();
    let took = match (cpu, thread_cpu_time()) {
        (Some(before), Some(after)) => after.saturating_sub(before),
        _ => wall.elapsed(),
    };
    assert!(took < BOUND, "{what} took {took:?} of CPU");
    out
}

fn models(source: &str) -> Result<ModelSet, Diagnostics> {
    load_models_str(source, "models.toml")
}

/// `(message, line:col)` of each diagnostic.
fn located(d: &Diagnostics) -> Vec<(String, String)> {
    d.items
        .iter()
        .map(|i| (i.message.clone(), d.location(i)))
        .collect()
}

#[test]
fn mutually_required_models_are_a_located_error() {
    let source = "[models.a.fields]\nb = { type = \"b\", required = true }\n\n\
                  [models.b.fields]\na = { type = \"a\", required = true }\n";
    let err = timed("a<->b required", || models(source)).expect_err("a required cycle");
    assert_eq!(
        located(&err),
        vec![
            (
                "model `a` requires `b`, which requires `a` again".to_owned(),
                "models.toml:2:14".to_owned()
            ),
            (
                "model `b` requires `a`, which requires `b` again".to_owned(),
                "models.toml:5:14".to_owned()
            ),
        ]
    );
    let self_required = "[models.a.fields]\na = { type = \"a\", required = true }\n";
    let err = models(self_required).expect_err("a model requiring itself");
    assert_eq!(
        located(&err),
        vec![(
            "model `a` contains itself through a required field".to_owned(),
            "models.toml:2:14".to_owned()
        )]
    );
}

#[test]
fn optional_cycles_are_boxed() {
    let source = "[models.a.fields]\nb = { type = \"b\" }\nmany = { type = \"[a]\" }\n\n\
                  [models.b.fields]\na = { type = \"a\" }\nme = { type = \"b\" }\n";
    let set = timed("a<->b optional", || models(source)).expect("optional cycles are fine");
    let code = generate_models(&set).to_string();
    let boxed = code.matches(":: std :: boxed :: Box <").count();
    assert_eq!(boxed, 3, "a.b, b.a and b.me are boxed:\n{code}");
    assert!(
        code.contains(
            "pub many : :: core :: option :: Option < :: std :: vec :: Vec < self :: A >"
        ),
        "a list is already an indirection:\n{code}"
    );
}

/// `m0` has two required fields of `m1`, ..., `m{depth}` a string: the
/// number of paths from the top doubles with each level.
#[test]
fn required_fan_out_is_linear() {
    let depth = 40;
    let mut source = String::new();
    for i in 0..depth {
        let next = i + 1;
        let _ = writeln!(
            source,
            "[models.m{i}.fields]\nx = {{ type = \"m{next}\", required = true }}\ny = {{ type = \"m{next}\", required = true }}\n"
        );
    }
    let _ = writeln!(
        source,
        "[models.m{depth}.fields]\nid = {{ type = \"string\", required = true }}"
    );
    let set = timed("fan-out load", || models(&source)).expect("valid");
    let code = timed("fan-out generation", || generate_models(&set).to_string());
    assert_eq!(
        code.matches("Default").count(),
        depth + 1,
        "every level derives Default"
    );
}

#[test]
fn long_required_chain_is_linear() {
    let n = 5_000;
    let mut source = String::new();
    for i in 0..n {
        let _ = writeln!(
            source,
            "[models.m{i}.fields]\nnext = {{ type = \"m{}\", required = true }}\n",
            i + 1
        );
    }
    let _ = writeln!(source, "[models.m{n}.fields]\nid = {{ type = \"string\" }}");
    let set = timed("5,000-model chain load", || models(&source)).expect("valid");
    let code = timed("5,000-model chain generation", || {
        generate_models(&set).to_string()
    });
    assert_eq!(code.matches("pub struct").count(), n + 1);
}

#[test]
fn long_optional_chain_loads_in_linear_time() {
    let n = 100_000;
    let mut source = String::with_capacity(n * 48);
    for i in 0..n {
        let _ = writeln!(
            source,
            "[models.m{i}.fields]\nnext = {{ type = \"m{}\" }}",
            i + 1
        );
    }
    let _ = writeln!(source, "[models.m{n}.fields]\nid = {{ type = \"string\" }}");
    let set = timed("100,000-model chain load", || models(&source)).expect("valid");
    assert_eq!(set.models.len(), n + 1);
    // A typo at the far end is still found, and located.
    let broken = source.replace(&format!("\"m{n}\""), "\"mX\"");
    let err = timed("100,000-model chain with an unknown type", || {
        models(&broken)
    })
    .expect_err("unknown type");
    assert_eq!(err.items.len(), 1);
    assert_eq!(err.items[0].message, "unknown type `mX`");
}

/// The send spec with `{message_id}` replaced by a placeholder of `n` characters.
#[test]
fn huge_placeholder_is_rejected_quickly() {
    let valid = include_str!("../../specs/v1.0/message_send.toml");
    let name = "x".repeat(50_000);
    let source = valid.replace("{message_id}", &format!("{{{name}}}"));
    let err = timed("50,000-character placeholder", || {
        load_str(&source, "spec.toml")
    })
    .expect_err("undeclared, too long");
    let messages: Vec<&str> = err.items.iter().map(|i| i.message.as_str()).collect();
    assert!(
        messages
            .iter()
            .any(|m| m.starts_with("path template is 50")),
        "{messages:?}"
    );
    let text = timed("rendering", || err.to_string());
    assert!(text.contains("--> spec.toml:"), "{text}");
}

#[test]
fn many_diagnostics_render_in_linear_time() {
    // 20,000 models with invalid names: one error each.
    let mut source = String::new();
    for i in 0..20_000 {
        let _ = writeln!(
            source,
            "[models.bad-{i}.fields]\nid = {{ type = \"string\" }}"
        );
    }
    let err = timed("20,000 errors", || models(&source)).expect_err("invalid names");
    assert_eq!(err.items.len() + err.omitted, 20_000);
    let text = timed("rendering 20,000 errors", || err.to_string());
    assert!(
        text.contains("--> models.toml:1999:"),
        "the last kept error is located"
    );
    assert!(
        text.contains("19000 more errors not shown"),
        "the rest are counted"
    );
    assert!(
        text.ends_with("due to 20000 previous errors"),
        "{}",
        &text[text.len() - 200..]
    );

    // Rendering itself is linear too, however many diagnostics a front end collects.
    let items = (0..20_000)
        .map(|i| graph_spec::Diagnostic::new("invalid", i * 38..i * 38 + 3).label("here"))
        .collect();
    let all = Diagnostics::single("models.toml", &source, items);
    let text = timed("rendering 20,000 diagnostics", || all.to_string());
    assert_eq!(text.matches("--> models.toml:").count(), 20_000);
}

#[test]
fn duplicate_paths_are_found_in_linear_time() {
    let valid = include_str!("../../specs/v1.0/message_send.toml");
    let path = "[[paths]]\nvariant = \"me\"\ntemplate = \"/me/messages/{message_id}/send\"\n";
    let mut source = valid.to_owned();
    for _ in 0..10_000 {
        source.push_str(path);
    }
    let err =
        timed("10,000 duplicate paths", || load_str(&source, "spec.toml")).expect_err("duplicates");
    let messages: Vec<&str> = err.items.iter().map(|i| i.message.as_str()).collect();
    assert!(
        messages.contains(&"10002 path variants declared; the limit is 64"),
        "{:?}",
        &messages[..5]
    );
    assert!(messages.contains(&"path variant `me` is defined twice"));
    timed("rendering", || err.to_string());
}

#[test]
fn a_thousand_parameters_are_rejected() {
    let valid = include_str!("../../specs/v1.0/message_send.toml");
    let mut template = String::from("/me/messages/{message_id}");
    let mut params = String::new();
    for i in 0..1_000 {
        let _ = write!(template, "/x/{{p{i}}}");
        let _ = writeln!(params, "[params.p{i}]\ndescription = \"p\"");
    }
    let source = valid.replace("/me/messages/{message_id}/send", &template) + &params;
    let err = timed("1,000 parameters", || load_str(&source, "spec.toml")).expect_err("too many");
    let limit = err
        .items
        .iter()
        .find(|i| i.message == "1002 path parameters declared; the limit is 32")
        .unwrap_or_else(|| panic!("{err}"));
    assert!(err.location(limit).starts_with("spec.toml:"), "located");
}
