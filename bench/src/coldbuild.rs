//! (g) Cold `cargo build` of a binary that sends one draft: the generated
//! client with graph-runtime's default TLS, with each alternative its
//! features select, and the same binary written by hand with reqwest's
//! default features.
//!
//! Each variant is a standalone crate (its own `[workspace]`, its own
//! target directory) under `<target>/graph-bench/cold/`; dependencies are
//! fetched once, untimed, then every repetition deletes the target
//! directory and times `cargo build` (dev profile, as a user types it), so
//! everything is compiled: the TLS stack, the proc macros, the program.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use anyhow::{Context, Result, bail};

use crate::stats::median;

/// One program to build cold.
pub struct Variant {
    /// Directory name under `cold/`.
    pub key: &'static str,
    /// What it is, for the results.
    pub label: &'static str,
    /// The graph-runtime features, or `None` for the hand-written program.
    pub features: Option<&'static str>,
}

/// The variants, ours with the default first and the hand-written baseline last.
pub const VARIANTS: [Variant; 5] = [
    Variant {
        key: "ours_default",
        label: "generated, graph-runtime `client` (default: aws-lc-rs, platform verifier, HTTP/1.1)",
        features: Some(r#""macros", "client""#),
    },
    Variant {
        key: "ours_webpki",
        label: "generated, `client` + `webpki-roots` (aws-lc-rs, Mozilla roots compiled in)",
        features: Some(r#""macros", "client", "webpki-roots""#),
    },
    Variant {
        key: "ours_ring",
        label: "generated, `client-core` + `rustls-ring` (ring: no post-quantum key exchange)",
        features: Some(r#""macros", "client-core", "rustls-ring""#),
    },
    Variant {
        key: "ours_http2",
        label: "generated, `client` + `http2`",
        features: Some(r#""macros", "client", "http2""#),
    },
    Variant {
        key: "hand",
        label: "hand-written, reqwest with default features (rustls + aws-lc-rs, HTTP/2, charset, system proxy)",
        features: None,
    },
];

/// The median cold build of one variant.
#[derive(Clone)]
pub struct ColdRow {
    pub label: &'static str,
    pub hand: bool,
    pub reps: usize,
    pub secs: f64,
    /// Every repetition, seconds, in order.
    pub all: Vec<f64>,
    /// Crates compiled (lines of `cargo build` output saying `Compiling`).
    pub units: usize,
    /// Why a build failed, if one did (the variant is not built again).
    pub failed: Option<String>,
}

/// The program sent with the generated client.
fn generated_main(main: &Path) -> String {
    format!(
        r#"//! Sends one draft with the generated client (written by graph-bench).
use graph_runtime::client::{{Client, StaticToken}};

#[graph_runtime::graph_endpoint("{}/specs/v1.0/message_send.toml", client)]
pub struct SendMessage;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {{
    let token = std::env::var("GRAPH_TOKEN")?;
    let id = std::env::var("GRAPH_MESSAGE_ID")?;
    let client = Client::new(StaticToken::new(token))?;
    let sent = SendMessage::me().message_id(id).send(&client).await?;
    println!("{{}}", sent.status);
    Ok(())
}}
"#,
        main.display()
    )
}

/// The same program by hand: reqwest, an encoded path segment, the token.
pub(crate) const HAND_MAIN: &str = r#"//! Sends one draft with reqwest (written by graph-bench).
#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let token = std::env::var("GRAPH_TOKEN")?;
    let id = std::env::var("GRAPH_MESSAGE_ID")?;
    let mut url = reqwest::Url::parse("https://graph.microsoft.com/v1.0/me/messages")?;
    url.path_segments_mut()
        .map_err(|()| "not a base URL")?
        .push(&id)
        .push("send");
    let sent = reqwest::Client::new()
        .post(url)
        .bearer_auth(token)
        .header("Content-Length", "0")
        .send()
        .await?;
    println!("{}", sent.status());
    Ok(())
}
"#;

pub struct Cold {
    root: PathBuf,
    main: PathBuf,
    cargo: String,
}

impl Cold {
    pub fn new(main: &Path, bench_root: &Path) -> Cold {
        Cold {
            root: bench_root.join("cold"),
            main: main.to_path_buf(),
            cargo: std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()),
        }
    }

    fn dir(&self, v: &Variant) -> PathBuf {
        self.root.join(v.key)
    }

    /// Writes the crate of `v` and fetches its dependencies (untimed).
    fn prepare(&self, v: &Variant) -> Result<()> {
        let dir = self.dir(v);
        let deps = match v.features {
            Some(features) => format!(
                "graph-runtime = {{ path = \"{}/graph-runtime\", features = [{features}] }}\n\
                 tokio = {{ version = \"1\", features = [\"macros\", \"rt-multi-thread\"] }}\n",
                self.main.display()
            ),
            None => "reqwest = \"0.13\"\n\
                     tokio = { version = \"1\", features = [\"macros\", \"rt-multi-thread\"] }\n"
                .to_owned(),
        };
        let program = match v.features {
            Some(_) => generated_main(&self.main),
            None => HAND_MAIN.to_owned(),
        };
        crate::user_cargo::Standalone {
            dir: &dir,
            name: &v.key.replace('_', "-"),
            extra: "",
            deps: &deps,
            source: ("src/main.rs", &program),
        }
        .prepare(&self.cargo, &self.main.join("Cargo.lock"))
    }

    fn cargo(&self, dir: &Path) -> Command {
        crate::user_cargo::command(&self.cargo, dir)
    }

    /// Deletes the target directory, then times `cargo build`.
    fn build_once(&self, v: &Variant) -> Result<(f64, usize)> {
        let dir = self.dir(v);
        let target = dir.join("target");
        if target.exists() {
            std::fs::remove_dir_all(&target)
                .with_context(|| format!("removing {}", target.display()))?;
        }
        let started = Instant::now();
        let out = self
            .cargo(&dir)
            .args(["build", "--offline"])
            .output()
            .context("running cargo build")?;
        let secs = started.elapsed().as_secs_f64();
        let log = String::from_utf8_lossy(&out.stderr);
        if !out.status.success() {
            bail!("cold build of {} failed:\n{log}", v.key);
        }
        let units = log
            .lines()
            .filter(|l| l.trim_start().starts_with("Compiling "))
            .count();
        Ok((secs, units))
    }

    /// Median of `reps` cold builds of every variant, in alternating order
    /// (one build of each per round) so drift in the machine's load hits
    /// all alike. `keep_going` is asked before each build; when it says
    /// no, the rows hold the rounds done so far.
    pub fn run(&self, reps: usize, keep_going: impl Fn() -> bool) -> Vec<ColdRow> {
        let mut times: Vec<Vec<f64>> = vec![Vec::new(); VARIANTS.len()];
        let mut units = vec![0; VARIANTS.len()];
        // A variant that cannot be prepared or built is reported, not fatal:
        // the rest of the benchmark's figures still get written.
        let mut failed: Vec<Option<String>> = VARIANTS
            .iter()
            .map(|v| self.prepare(v).err().map(|e| format!("{e:#}")))
            .collect();
        'rounds: for round in 0..reps.max(1) {
            for (i, v) in VARIANTS.iter().enumerate() {
                if failed[i].is_some() {
                    continue;
                }
                if !keep_going() {
                    break 'rounds;
                }
                match self.build_once(v) {
                    Ok((secs, n)) => {
                        eprintln!(
                            "    round {}: {}: {secs:.1} s ({n} crates)",
                            round + 1,
                            v.key
                        );
                        times[i].push(secs);
                        units[i] = n;
                    }
                    Err(e) => {
                        eprintln!("    {}: {e:#}", v.key);
                        failed[i] = Some(format!("{e:#}"));
                    }
                }
            }
        }
        VARIANTS
            .iter()
            .zip(times)
            .zip(units)
            .zip(failed)
            .map(|(((v, all), units), failed)| ColdRow {
                label: v.label,
                hand: v.features.is_none(),
                reps: all.len(),
                secs: median(&all),
                all,
                units,
                failed,
            })
            .collect()
    }
}

/// The cold-build section of `RESULTS.md`, between markers so that
/// `--cold-only` can replace it.
pub fn markdown(rows: &[ColdRow], command: &str, note: &str) -> String {
    use std::fmt::Write as _;
    let mut o =
        String::from("<!-- cold:begin -->\n## (g) Cold build of a binary that sends one draft\n\n");
    let _ = writeln!(
        o,
        "`{command}`: the program sends one draft (`POST /me/messages/{{id}}/send` with a \
         token from the environment). Each variant is a standalone crate with its own target \
         directory, deleted before every build, so `cargo build` (dev profile) compiles \
         everything: the TLS stack, the proc macros and the program. Generated: \
         `#[graph_endpoint(\"message_send.toml\", client)]` with graph-runtime and tokio; \
         hand-written: reqwest with its default features and tokio, `Url::path_segments_mut` \
         for the encoded id. Same Cargo.lock versions for both. Builds alternate (one of each \
         per round); median of the rounds. {note}\n"
    );
    let hand = rows.iter().find(|r| r.hand && r.reps > 0).map(|r| r.secs);
    let _ = writeln!(
        o,
        "| program | crates compiled | builds | median s | each s | vs hand-written |\n|---|---:|---:|---:|---|---:|"
    );
    for r in rows.iter().filter(|r| r.reps > 0) {
        let each: Vec<String> = r.all.iter().map(|s| format!("{s:.0}")).collect();
        let vs = hand.map_or_else(|| "n/a".to_owned(), |h| format!("{:.2}x", r.secs / h));
        let _ = writeln!(
            o,
            "| {} | {} | {} | {:.1} | {} | {} |",
            r.label,
            r.units,
            r.reps,
            r.secs,
            each.join(", "),
            vs
        );
    }
    for r in rows {
        if let Some(why) = &r.failed {
            let first: Vec<&str> = why.lines().take(8).collect();
            let _ = writeln!(
                o,
                "\n{} failed: `{}`",
                r.label,
                first.join(" ").replace('`', "'")
            );
        }
    }
    o.push_str("\n<!-- cold:end -->\n");
    o
}

/// `existing` with its cold-build section replaced by `section` (appended
/// when there is none).
pub fn splice(existing: &str, section: &str) -> String {
    crate::report::splice(
        existing,
        "<!-- cold:begin -->",
        "<!-- cold:end -->",
        section,
    )
}
