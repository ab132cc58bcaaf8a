//! (i) graph-sdk: what compiling only what you use costs, side by side with
//! the same program written by hand with reqwest and with graph-rs-sdk, and
//! `cargo check` of whole surfaces against graph-rs-sdk's.
//!
//! Each program is a standalone crate (its own `[workspace]` and target
//! directory) under `<target>/graph-bench/sdk/`; dependencies are fetched
//! once, untimed. *Cold* deletes the target directory first, so everything
//! is compiled; *warm* then touches `src/main.rs` (or, for the library
//! checks, cleans only the measured crate with `cargo clean -p`) and builds
//! again. Peak memory is the largest resident set of any process of the
//! build, rustc or build script (`/usr/bin/time -f %M`, which reads it from
//! the kernel's accounting of every waited-for descendant).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use anyhow::{Context, Result, bail};

/// graph-rs-sdk's version measured (its latest release at the time of writing).
const GRAPH_RS_SDK: &str = "3.0.1";

/// What is compiled and how.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// `cargo build` of a binary.
    Build,
    /// `cargo check` of a library whose only content is the dependency.
    Check,
}

/// One program or library of the comparison.
struct Program {
    key: &'static str,
    label: &'static str,
    kind: Kind,
    /// The `[dependencies]` lines; `{main}` is the repository root.
    deps: &'static str,
    /// `src/main.rs` or `src/lib.rs`.
    source: &'static str,
    /// For warm checks: the crate `cargo clean -p` removes.
    measured: Option<&'static str>,
}

const TOKIO: &str = r#"tokio = { version = "1", features = ["macros", "rt-multi-thread"] }"#;

const SDK_MAIN: &str = r#"//! Sends one draft with graph-sdk's `outlook` area (written by graph-bench).
use graph_sdk::graph_runtime::client::{Client, StaticToken};
use graph_sdk::v1_0::MessageSend;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let token = std::env::var("GRAPH_TOKEN")?;
    let id = std::env::var("GRAPH_MESSAGE_ID")?;
    let client = Client::new(StaticToken::new(token))?;
    let sent = MessageSend::me().message_id(id).send(&client).await?;
    println!("{}", sent.status);
    Ok(())
}
"#;

const GRAPH_RS_MAIN: &str = r#"//! Sends one draft with graph-rs-sdk (written by graph-bench).
use graph_rs_sdk::GraphClient;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let token = std::env::var("GRAPH_TOKEN")?;
    let id = std::env::var("GRAPH_MESSAGE_ID")?;
    let client = GraphClient::new(token);
    let sent = client.me().message(id).send().send().await?;
    println!("{}", sent.status());
    Ok(())
}
"#;

const LIB: &str = "//! Checks the dependency (written by graph-bench).\n";

fn programs() -> Vec<Program> {
    vec![
        Program {
            key: "sdk_outlook",
            label: "graph-sdk, features `v1`, `client`, `outlook`",
            kind: Kind::Build,
            deps: r#"graph-sdk = { path = "{main}/graph-sdk", default-features = false, features = ["v1", "client", "outlook"] }"#,
            source: SDK_MAIN,
            measured: None,
        },
        Program {
            key: "hand",
            label: "hand-written, reqwest (default features) and tokio",
            kind: Kind::Build,
            deps: r#"reqwest = "0.13""#,
            source: crate::coldbuild::HAND_MAIN,
            measured: None,
        },
        Program {
            key: "graph_rs",
            label: "graph-rs-sdk 3.0.1 (default features)",
            kind: Kind::Build,
            deps: r#"graph-rs-sdk = "=3.0.1""#,
            source: GRAPH_RS_MAIN,
            measured: None,
        },
        Program {
            key: "check_v1_all",
            label: "graph-sdk, every v1.0 area (`v1`, `client`, `all-areas`)",
            kind: Kind::Check,
            deps: r#"graph-sdk = { path = "{main}/graph-sdk", default-features = false, features = ["v1", "client", "all-areas"] }"#,
            source: LIB,
            measured: Some("graph-sdk"),
        },
        Program {
            key: "check_graph_rs",
            label: "graph-rs-sdk 3.0.1, every API (default features)",
            kind: Kind::Check,
            deps: r#"graph-rs-sdk = "=3.0.1""#,
            source: LIB,
            measured: Some("graph-rs-sdk"),
        },
        Program {
            key: "check_beta_all",
            label: "graph-sdk, every beta area (`beta`, `client`, `all-areas`)",
            kind: Kind::Check,
            deps: r#"graph-sdk = { path = "{main}/graph-sdk", default-features = false, features = ["beta", "client", "all-areas"] }"#,
            source: LIB,
            measured: Some("graph-sdk"),
        },
    ]
}

/// One measured compile.
#[derive(Clone, Copy, Default)]
pub struct Run {
    /// Wall time.
    pub secs: f64,
    /// User + system CPU time of the build and everything it ran: what
    /// the build costs, whatever else the machine is doing at the time.
    pub cpu: f64,
    pub peak_kib: u64,
}

/// One program's row.
pub struct SdkRow {
    key: &'static str,
    label: &'static str,
    kind: Kind,
    pub cold: Option<Run>,
    pub warm: Option<Run>,
    pub failed: Option<String>,
}

pub struct Sdk {
    root: PathBuf,
    main: PathBuf,
    cargo: String,
}

impl Sdk {
    pub fn new(main: &Path, bench_root: &Path) -> Sdk {
        Sdk {
            root: bench_root.join("sdk"),
            main: main.to_path_buf(),
            cargo: std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()),
        }
    }

    fn prepare(&self, p: &Program) -> Result<PathBuf> {
        let dir = self.root.join(p.key);
        let deps = p.deps.replace("{main}", &self.main.display().to_string());
        let (section, file) = match p.kind {
            Kind::Build => ("", "src/main.rs"),
            Kind::Check => ("[lib]\npath = \"src/lib.rs\"\n\n", "src/lib.rs"),
        };
        crate::user_cargo::Standalone {
            dir: &dir,
            name: &p.key.replace('_', "-"),
            extra: section,
            deps: &format!("{deps}\n{TOKIO}"),
            source: (file, p.source),
        }
        .prepare(&self.cargo, &self.main.join("Cargo.lock"))?;
        Ok(dir)
    }

    fn cargo(&self, dir: &Path) -> Command {
        crate::user_cargo::command(&self.cargo, dir)
    }

    /// `cargo build` or `cargo check` under `/usr/bin/time`.
    fn timed(&self, dir: &Path, kind: Kind) -> Result<Run> {
        let verb = match kind {
            Kind::Build => "build",
            Kind::Check => "check",
        };
        let mut cmd = Command::new("/usr/bin/time");
        // The environment /usr/bin/time runs with is cargo's.
        crate::user_cargo::plain(&mut cmd, dir)
            .args(["-f", "peak-kib %M cpu %U %S"])
            .arg(&self.cargo)
            .args([verb, "--offline"]);
        let started = Instant::now();
        let out = cmd.output().context("running /usr/bin/time cargo")?;
        let secs = started.elapsed().as_secs_f64();
        let log = String::from_utf8_lossy(&out.stderr);
        if !out.status.success() {
            let tail: Vec<&str> = log.lines().rev().take(30).collect();
            let tail: Vec<&str> = tail.into_iter().rev().collect();
            bail!("cargo {verb} failed:\n{}", tail.join("\n"));
        }
        // `peak-kib K cpu U S`, the last line /usr/bin/time writes.
        let fields: Vec<&str> = log
            .lines()
            .rev()
            .find(|l| l.starts_with("peak-kib "))
            .map(|l| l.split_whitespace().collect())
            .unwrap_or_default();
        let num = |i: usize| {
            fields
                .get(i)
                .and_then(|v| v.parse::<f64>().ok())
                .unwrap_or(0.0)
        };
        Ok(Run {
            secs,
            cpu: num(3) + num(4),
            peak_kib: num(1) as u64,
        })
    }

    fn measure(&self, p: &Program) -> Result<(Run, Run)> {
        let dir = self.prepare(p)?;
        let target = dir.join("target");
        if target.exists() {
            std::fs::remove_dir_all(&target)?;
        }
        let cold = self.timed(&dir, p.kind)?;
        eprintln!(
            "    {}: cold {:.1} s ({:.1} s CPU), peak {} MiB",
            p.key,
            cold.secs,
            cold.cpu,
            cold.peak_kib / 1024
        );
        match p.measured {
            Some(krate) => {
                let out = self.cargo(&dir).args(["clean", "-p", krate]).output()?;
                if !out.status.success() {
                    bail!("cargo clean -p {krate} failed");
                }
            }
            None => {
                // A new mtime, so cargo rebuilds the program alone.
                let main = dir.join("src/main.rs");
                let text = std::fs::read_to_string(&main)?;
                std::fs::write(&main, format!("{text}\n"))?;
                std::fs::write(&main, text)?;
            }
        }
        let warm = self.timed(&dir, p.kind)?;
        eprintln!(
            "    {}: warm {:.1} s ({:.1} s CPU), peak {} MiB",
            p.key,
            warm.secs,
            warm.cpu,
            warm.peak_kib / 1024
        );
        // The targets of whole surfaces are gigabytes.
        let _ = std::fs::remove_dir_all(&target);
        Ok((cold, warm))
    }

    pub fn run(&self) -> Vec<SdkRow> {
        programs()
            .iter()
            .map(|p| {
                let (cold, warm, failed) = match self.measure(p) {
                    Ok((c, w)) => (Some(c), Some(w), None),
                    Err(e) => {
                        eprintln!("    {}: {e:#}", p.key);
                        (None, None, Some(format!("{e:#}")))
                    }
                };
                SdkRow {
                    key: p.key,
                    label: p.label,
                    kind: p.kind,
                    cold,
                    warm,
                    failed,
                }
            })
            .collect()
    }
}

fn ratio(a: Option<Run>, b: Option<Run>) -> String {
    match (a, b) {
        (Some(a), Some(b)) if b.cpu > 0.0 => format!("{:.2}x", a.cpu / b.cpu),
        _ => "n/a".to_owned(),
    }
}

fn cell(r: Option<Run>) -> String {
    r.map_or_else(
        || "failed".to_owned(),
        |r| {
            format!(
                "{:.1} s CPU ({:.1} s wall), {:.2} GB",
                r.cpu,
                r.secs,
                r.peak_kib as f64 / 1024.0 / 1024.0
            )
        },
    )
}

/// The section of `RESULTS.md`, between markers so `--sdk-only` can replace it.
pub fn markdown(rows: &[SdkRow], command: &str, machine: &str) -> String {
    let find = |key: &str| rows.iter().find(|r| r.key == key);
    let mut o = String::from("<!-- sdk:begin -->\n## (i) graph-sdk: compile only what you use\n\n");
    let _ = writeln!(
        o,
        "`{command}` on {machine}. Standalone crates, dependencies resolved from the workspace's \
         Cargo.lock where shared (graph-rs-sdk {GRAPH_RS_SDK} brings its own). *Cold*: the \
         target directory deleted, so everything is compiled (TLS stack, proc macros, build \
         scripts, the program); *warm*: the program's `main.rs` touched, or for the library \
         checks only the measured crate cleaned (`cargo clean -p`). CPU seconds (user + system \
         of every process of the build: what it costs, however busy the machine was), wall \
         seconds on this 2-core machine (shared with other builds during the run), and the \
         largest resident set of any process of the build.\n"
    );
    o.push_str("| compile | what | cold | warm |\n|---|---|---:|---:|\n");
    for r in rows {
        let what = match r.kind {
            Kind::Build => "`cargo build` of a one-draft binary",
            Kind::Check => "`cargo check` of a library using it",
        };
        let _ = writeln!(
            o,
            "| {} | {what} | {} | {} |",
            r.label,
            cell(r.cold),
            cell(r.warm)
        );
    }
    let (sdk, hand, rs) = (find("sdk_outlook"), find("hand"), find("graph_rs"));
    let (v1, rs_check) = (find("check_v1_all"), find("check_graph_rs"));
    let run = |r: Option<&SdkRow>, cold: bool| r.and_then(|r| if cold { r.cold } else { r.warm });
    let _ = writeln!(
        o,
        "\nRatios (CPU time): one-draft binary with graph-sdk `outlook` vs hand-written reqwest, \
         cold {} and warm {} (target <= 1.0x); vs graph-rs-sdk, cold {} and warm {} (target \
         <= 0.5x). `cargo check` of every v1.0 area vs graph-rs-sdk: cold {}, the crate \
         alone {} (target <= 1.0x).",
        ratio(run(sdk, true), run(hand, true)),
        ratio(run(sdk, false), run(hand, false)),
        ratio(run(sdk, true), run(rs, true)),
        ratio(run(sdk, false), run(rs, false)),
        ratio(run(v1, true), run(rs_check, true)),
        ratio(run(v1, false), run(rs_check, false)),
    );
    for r in rows {
        if let Some(why) = &r.failed {
            let first: Vec<&str> = why.lines().take(12).collect();
            let _ = writeln!(
                o,
                "\n{} failed:\n\n```text\n{}\n```",
                r.label,
                first.join("\n")
            );
        }
    }
    o.push_str("<!-- sdk:end -->\n");
    o
}

pub fn splice(existing: &str, section: &str) -> String {
    crate::report::splice(existing, "<!-- sdk:begin -->", "<!-- sdk:end -->", section)
}
