//! (e) `--compile`: a whole imported docs tree as one crate with client
//! methods and server stubs (what `graph-gen generate OUT -o src/graph.rs
//! --client --server` writes), checked by `cargo check` against
//! graph-runtime. Measured: the check's wall time and the peak resident set
//! of the rustc that checks the crate, read from its `/proc/<pid>/status`
//! (`VmHWM`, which only grows) while it runs; dependencies are checked
//! first, untimed, so only the generated code is measured.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};

/// How often the checking rustc's peak memory is read.
const POLL: Duration = Duration::from_millis(200);

/// One tree's compile result.
pub struct CompileRow {
    pub label: String,
    pub endpoints: usize,
    /// Bytes of generated Rust.
    pub code_bytes: usize,
    /// Whether `cargo check` succeeded.
    pub ok: bool,
    /// rustc's error and warning counts.
    pub errors: usize,
    pub warnings: usize,
    pub secs: f64,
    /// Peak resident set of the checking rustc, in KiB.
    pub peak_kib: u64,
    /// The first error rustc reports, when the check fails.
    pub first_error: Option<String>,
    /// The first warning rustc reports.
    pub first_warning: Option<String>,
}

/// Generates the specs in `specs` (an import's output folder) into a crate
/// under `scratch` and checks it; `target` is the cargo target dir to use.
pub fn check_tree(
    label: &str,
    specs: &Path,
    scratch: &Path,
    main_dir: &Path,
    target: &Path,
) -> Result<CompileRow> {
    let project = graph_spec::project::open(&[specs]).map_err(|e| anyhow::anyhow!("{e}"))?;
    let endpoints = project.by_version().values().map(Vec::len).sum();
    let options = graph_spec::Options {
        client: true,
        server: true,
        ..Default::default()
    };
    let code = project
        .render(&options)
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let krate = scratch.join("tree-crate");
    let src = krate.join("src");
    std::fs::create_dir_all(&src)?;
    // The crate name is this run's, so its rustc is found among the machine's.
    let name = format!("tree_check_{}", std::process::id());
    std::fs::write(
        krate.join("Cargo.toml"),
        format!(
            "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
             [dependencies]\ngraph-runtime = {{ path = {:?}, features = [\"client\", \"server\"] }}\n\n[workspace]\n",
            main_dir.join("graph-runtime").to_string_lossy()
        ),
    )?;
    std::fs::copy(main_dir.join("Cargo.lock"), krate.join("Cargo.lock")).context("Cargo.lock")?;
    // Dependencies first, untimed: an empty library.
    std::fs::write(src.join("lib.rs"), "")?;
    let warm = cargo_check(&krate, target)?;
    if !warm.status.success() {
        bail!(
            "checking graph-runtime for {label} failed:\n{}",
            String::from_utf8_lossy(&warm.stderr)
        );
    }
    std::fs::write(src.join("graph.rs"), &code)?;
    std::fs::write(
        src.join("lib.rs"),
        "//! A whole imported docs tree.\n\ninclude!(\"graph.rs\");\n",
    )?;
    let started = Instant::now();
    let mut child = Command::new(cargo())
        .args([
            "check",
            "--offline",
            "--message-format=short",
            "--manifest-path",
        ])
        .arg(krate.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", target)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .context("run cargo check")?;
    let stderr = child.stderr.take();
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        if let Some(mut s) = stderr {
            let _ = std::io::Read::read_to_string(&mut s, &mut text);
        }
        text
    });
    let mut peak_kib = 0;
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break status;
        }
        peak_kib = peak_kib.max(rustc_peak(&name).unwrap_or(0));
        std::thread::sleep(POLL);
    };
    let secs = started.elapsed().as_secs_f64();
    let stderr = reader.join().unwrap_or_default();
    let count = |what: &str| stderr.lines().filter(|l| l.contains(what)).count();
    let row = CompileRow {
        label: label.to_owned(),
        endpoints,
        code_bytes: code.len(),
        ok: status.success(),
        errors: count(": error"),
        warnings: count(": warning"),
        secs,
        peak_kib,
        first_error: stderr
            .lines()
            .find(|l| l.contains(": error"))
            .map(str::to_owned),
        first_warning: stderr
            .lines()
            .find(|l| l.contains(": warning"))
            .map(str::to_owned),
    };
    // The crate's own artifacts are large (100 MB of metadata for a beta
    // tree); the dependencies stay for the next tree.
    remove_artifacts(target, &name);
    let _ = std::fs::remove_dir_all(&krate);
    Ok(row)
}

/// Deletes what `cargo check` wrote for crate `name` (its metadata, dep-info
/// and fingerprint) under `target/debug`.
fn remove_artifacts(target: &Path, name: &str) {
    let debug = target.join("debug");
    for dir in ["deps", ".fingerprint", "incremental"] {
        let Ok(entries) = std::fs::read_dir(debug.join(dir)) else {
            continue;
        };
        for entry in entries.flatten() {
            let file = entry.file_name();
            let file = file.to_string_lossy();
            let ours = file
                .strip_prefix("lib")
                .unwrap_or(&file)
                .strip_prefix(name)
                .is_some_and(|rest| rest.starts_with(['-', '.']));
            if ours {
                let path = entry.path();
                let _ = if path.is_dir() {
                    std::fs::remove_dir_all(&path)
                } else {
                    std::fs::remove_file(&path)
                };
            }
        }
    }
}

fn cargo() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned())
}

fn cargo_check(krate: &Path, target: &Path) -> Result<std::process::Output> {
    Command::new(cargo())
        .args(["check", "--offline", "--quiet", "--manifest-path"])
        .arg(krate.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", target)
        .output()
        .context("run cargo check")
}

/// `VmHWM` of the running rustc whose command line names `--crate-name NAME`.
fn rustc_peak(name: &str) -> Option<u64> {
    let needle = format!("--crate-name\0{name}\0");
    for entry in std::fs::read_dir("/proc").ok()?.flatten() {
        let dir: PathBuf = entry.path();
        let Ok(cmdline) = std::fs::read(dir.join("cmdline")) else {
            continue;
        };
        if !cmdline
            .windows(needle.len())
            .any(|w| w == needle.as_bytes())
        {
            continue;
        }
        let status = std::fs::read_to_string(dir.join("status")).ok()?;
        return status.lines().find_map(|l| {
            l.strip_prefix("VmHWM:")
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        });
    }
    None
}
