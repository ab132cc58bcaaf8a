//! (b) and (c): `cargo check` / `cargo build` of user crates holding N
//! synthetic endpoints, ours (attribute macro, build.rs) against progenitor
//! and hand-written reqwest on the same operations.
//!
//! All scratch crates are members of one scratch workspace with one target
//! directory, so their dependencies build once. The first crate of each kind
//! is built (check and build) to warm its dependencies, which every size of
//! that kind shares; a measurement is then
//! `cargo clean -p <crate>` followed by the timed command, so it covers only
//! that crate: macro expansion or build script (compile + run), type
//! checking and, for `build`, code generation and linking of its rlib.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use anyhow::{Context, Result, bail};

use crate::stats::median;
use crate::synth;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Macro,
    BuildRs,
    Progenitor,
    Hand,
}

impl Kind {
    pub const ALL: [Kind; 4] = [Kind::Macro, Kind::BuildRs, Kind::Progenitor, Kind::Hand];

    pub fn label(self) -> &'static str {
        match self {
            Kind::Macro => "ours: #[graph_endpoint]",
            Kind::BuildRs => "ours: build.rs",
            Kind::Progenitor => "progenitor generate_api!",
            Kind::Hand => "hand-written reqwest",
        }
    }

    fn prefix(self) -> &'static str {
        match self {
            Kind::Macro => "ours_macro",
            Kind::BuildRs => "ours_buildrs",
            Kind::Progenitor => "progenitor",
            Kind::Hand => "hand",
        }
    }

    pub fn crate_name(self, n: usize) -> String {
        format!("{}_n{n}", self.prefix())
    }
}

/// Wall time and peak memory of one cargo command.
#[derive(Clone, Copy, Debug)]
pub struct Measure {
    pub secs: f64,
    /// Peak resident set size of the largest process (rustc, normally), KiB.
    pub max_rss_kib: Option<u64>,
}

#[derive(Clone, Debug)]
pub struct ScaleRow {
    pub n: usize,
    pub kind: Kind,
    pub reps: usize,
    pub check: Measure,
    pub build: Measure,
}

pub struct Scratch {
    /// `<target>/graph-bench`.
    pub root: PathBuf,
    ws: PathBuf,
    target: PathBuf,
    main: PathBuf,
    cargo: String,
    time_v: bool,
}

impl Scratch {
    pub fn new(main: &Path, root: PathBuf) -> Scratch {
        Scratch {
            ws: root.join("ws"),
            target: root.join("target"),
            main: main.to_path_buf(),
            cargo: std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()),
            time_v: Path::new("/usr/bin/time").is_file(),
            root,
        }
    }

    /// How peak memory is read, for the results.
    pub fn rss_method(&self) -> &'static str {
        if self.time_v {
            "`/usr/bin/time -v` (maximum resident set size of the largest process in the cargo tree)"
        } else {
            "getrusage(RUSAGE_CHILDREN) max RSS (a running maximum over all children so far)"
        }
    }

    /// Writes the specs, the OpenAPI documents and every crate for `sizes`.
    pub fn prepare(&self, sizes: &[usize]) -> Result<()> {
        let real_models = self.main.join("specs/models/mail.toml");
        let mut members = Vec::new();
        for &n in sizes {
            let specs = self.root.join(format!("specs/n{n}"));
            synth::write_specs(&specs, n, &real_models)?;
            for kind in Kind::ALL {
                self.write_crate(kind, n)?;
                members.push(format!("\"{}\"", kind.crate_name(n)));
            }
        }
        synth::write_if_changed(
            &self.ws.join("Cargo.toml"),
            &format!(
                "# Scratch workspace written by graph-bench.\n[workspace]\nresolver = \"3\"\nmembers = [{}]\n\n\
                 [profile.dev]\ndebug = \"line-tables-only\"\n\n[profile.dev.package.\"*\"]\ndebug = false\n",
                members.join(", ")
            ),
        )?;
        let lock = self.ws.join("Cargo.lock");
        if !lock.exists() {
            // Start from the main workspace's versions (reqwest, serde, ...).
            std::fs::copy(self.main.join("Cargo.lock"), &lock)?;
        }
        Ok(())
    }

    fn write_crate(&self, kind: Kind, n: usize) -> Result<()> {
        let name = kind.crate_name(n);
        let dir = self.ws.join(&name);
        let main = self.main.display();
        let header = format!(
            "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n[lib]\npath = \"src/lib.rs\"\n\n"
        );
        let (deps, lib) = match kind {
            Kind::Macro => {
                let mut lib = format!(
                    "//! {n} synthetic endpoints through `#[graph_endpoint]` (written by graph-bench).\n\
                     #![allow(dead_code)]\n\npub mod v1 {{\n    use graph_macros::{{graph_endpoint, graph_models}};\n\n    \
                     /// Shared mail models.\n    #[graph_models(\"../../specs/n{n}/models/mail.toml\")]\n    pub mod models {{}}\n\n"
                );
                for i in 0..n {
                    lib.push_str(&format!(
                        "    #[graph_endpoint(\"../../specs/n{n}/v1.0/{}.toml\", client)]\n    pub struct {};\n",
                        synth::action(i),
                        synth::type_name(i)
                    ));
                }
                lib.push_str("}\n");
                (
                    format!(
                        "[dependencies]\ngraph-macros = {{ path = \"{main}/graph-macros\" }}\n\
                         graph-runtime = {{ path = \"{main}/graph-runtime\", features = [\"client\"] }}\n"
                    ),
                    lib,
                )
            }
            Kind::BuildRs => {
                synth::write_if_changed(
                    &dir.join("build.rs"),
                    &format!(
                        "fn main() {{\n    if let Err(e) = graph_build::configure().client(true).compile_dir(\"../../specs/n{n}\") {{\n        \
                         eprintln!(\"{{e}}\");\n        std::process::exit(1);\n    }}\n}}\n"
                    ),
                )?;
                (
                    format!(
                        "[dependencies]\ngraph-runtime = {{ path = \"{main}/graph-runtime\", features = [\"client\"] }}\n\n\
                         [build-dependencies]\ngraph-build = {{ path = \"{main}/graph-build\" }}\n"
                    ),
                    format!(
                        "//! {n} synthetic endpoints through build.rs (written by graph-bench).\n#![allow(dead_code)]\n\n\
                         include!(concat!(env!(\"OUT_DIR\"), \"/graph_endpoints.rs\"));\n"
                    ),
                )
            }
            Kind::Progenitor => {
                let doc = serde_json::to_string_pretty(&synth::openapi(n))?;
                synth::write_if_changed(&dir.join("openapi.json"), &doc)?;
                (
                    "[dependencies]\nprogenitor = \"0.15\"\n\
                     reqwest = { version = \"0.13\", default-features = false, features = [\"json\", \"query\", \"stream\"] }\n\
                     serde = { version = \"1\", features = [\"derive\"] }\nserde_json = \"1\"\nfutures = \"0.3\"\n"
                        .to_owned(),
                    format!(
                        "//! {n} synthetic endpoints ({} operations) through progenitor (written by graph-bench).\n\
                         #![allow(dead_code)]\n\nprogenitor::generate_api!(\"openapi.json\");\n",
                        4 * n
                    ),
                )
            }
            Kind::Hand => (
                "[dependencies]\n\
                 reqwest = { version = \"0.13\", default-features = false, features = [\"json\", \"query\", \"stream\"] }\n\
                 serde = { version = \"1\", features = [\"derive\"] }\nserde_json = \"1\"\n\
                 percent-encoding = \"2.3\"\nuuid = { version = \"1\", features = [\"v4\"] }\n"
                    .to_owned(),
                synth::hand_written(n),
            ),
        };
        synth::write_if_changed(&dir.join("Cargo.toml"), &format!("{header}{deps}"))?;
        synth::write_if_changed(&dir.join("src/lib.rs"), &lib)
    }

    fn cargo(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(&self.cargo);
        cmd.args(args)
            .arg("--manifest-path")
            .arg(self.ws.join("Cargo.toml"))
            .env("CARGO_TARGET_DIR", &self.target)
            // Do not inherit anything `cargo run` set for this binary.
            .env_remove("RUSTFLAGS")
            .env_remove("CARGO_ENCODED_RUSTFLAGS")
            .env_remove("CARGO_BUILD_TARGET_DIR")
            .stdin(Stdio::null());
        cmd
    }

    /// Runs a cargo command that is not measured.
    fn run(&self, args: &[&str]) -> Result<()> {
        let out = self
            .cargo(args)
            .output()
            .with_context(|| format!("running cargo {}", args.join(" ")))?;
        if !out.status.success() {
            bail!(
                "cargo {} failed:\n{}",
                args.join(" "),
                tail(&String::from_utf8_lossy(&out.stderr), 60)
            );
        }
        Ok(())
    }

    /// Builds the crate's dependencies (check and build) so measurements only see the crate.
    pub fn warm(&self, kind: Kind, n: usize) -> Result<()> {
        let name = kind.crate_name(n);
        self.run(&["check", "-q", "-p", &name])?;
        self.run(&["build", "-q", "-p", &name])
    }

    /// `cargo clean -p <crate>`, then the timed `cargo <sub> -p <crate>`.
    fn measure_once(&self, sub: &str, name: &str) -> Result<Measure> {
        self.run(&["clean", "-q", "-p", name])?;
        let args = [sub, "-q", "-p", name];
        let report = self.root.join("time-v.txt");
        let mut cmd = if self.time_v {
            let mut c = Command::new("/usr/bin/time");
            c.arg("-v").arg("-o").arg(&report).arg(&self.cargo);
            let inner = self.cargo(&args);
            c.args(inner.get_args());
            for (k, v) in inner.get_envs() {
                match v {
                    Some(v) => c.env(k, v),
                    None => c.env_remove(k),
                };
            }
            c.stdin(Stdio::null());
            c
        } else {
            self.cargo(&args)
        };
        let started = Instant::now();
        let out = cmd
            .output()
            .with_context(|| format!("running cargo {sub} -p {name}"))?;
        let secs = started.elapsed().as_secs_f64();
        if !out.status.success() {
            bail!(
                "cargo {sub} -p {name} failed:\n{}",
                tail(&String::from_utf8_lossy(&out.stderr), 60)
            );
        }
        let max_rss_kib = if self.time_v {
            std::fs::read_to_string(&report).ok().and_then(|t| {
                t.lines()
                    .find_map(|l| l.trim().strip_prefix("Maximum resident set size (kbytes):"))
                    .and_then(|v| v.trim().parse().ok())
            })
        } else {
            children_max_rss_kib()
        };
        Ok(Measure { secs, max_rss_kib })
    }

    /// Median over `reps` cold measurements of check and of build.
    pub fn measure(&self, kind: Kind, n: usize, reps: usize) -> Result<ScaleRow> {
        let name = kind.crate_name(n);
        let mut check = Vec::new();
        let mut build = Vec::new();
        for _ in 0..reps.max(1) {
            check.push(self.measure_once("check", &name)?);
            build.push(self.measure_once("build", &name)?);
        }
        Ok(ScaleRow {
            n,
            kind,
            reps: reps.max(1),
            check: med(&check),
            build: med(&build),
        })
    }
}

fn med(ms: &[Measure]) -> Measure {
    let secs: Vec<f64> = ms.iter().map(|m| m.secs).collect();
    let rss: Vec<f64> = ms
        .iter()
        .filter_map(|m| m.max_rss_kib)
        .map(|k| k as f64)
        .collect();
    Measure {
        secs: median(&secs),
        max_rss_kib: (!rss.is_empty()).then(|| median(&rss) as u64),
    }
}

fn tail(text: &str, lines: usize) -> String {
    let all: Vec<&str> = text.lines().collect();
    all[all.len().saturating_sub(lines)..].join("\n")
}

/// Max RSS over all waited-for children so far (Linux reports KiB).
fn children_max_rss_kib() -> Option<u64> {
    // SAFETY: `getrusage` only writes into the zeroed struct we pass.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: a valid pointer to a `rusage` that lives across the call.
    let rc = unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage) };
    (rc == 0).then(|| u64::try_from(usage.ru_maxrss).unwrap_or(0))
}
