//! Target 5 of issue 15: lines of generated code per endpoint, from what
//! `graph-gen generate specs -o DIR` writes (rustfmt-shaped code with its
//! rustdoc and the models), per API version.

use std::path::Path;
use std::process::{Command, Stdio};

use anyhow::{Context, Result, bail};

/// One version's generated code.
pub struct SizeRow {
    /// e.g. `v1.0`.
    pub version: String,
    /// Spec files of that version (one endpoint each).
    pub endpoints: usize,
    /// Lines of every generated `.rs` file of that version, models included.
    pub lines: usize,
}

/// Generates `specs/` with the graph-gen CLI into `out` and counts lines per version.
pub fn measure(main: &Path, out: &Path) -> Result<Vec<SizeRow>> {
    if out.exists() {
        std::fs::remove_dir_all(out)?;
    }
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let status = Command::new(cargo)
        .args(["run", "-q", "-p", "graph-gen", "--manifest-path"])
        .arg(main.join("Cargo.toml"))
        .args(["--", "generate"])
        .arg(main.join("specs"))
        .arg("-o")
        .arg(out)
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .stdin(Stdio::null())
        // Its summary of what it wrote; errors still reach stderr.
        .stdout(Stdio::null())
        .status()
        .context("running graph-gen generate")?;
    if !status.success() {
        bail!("graph-gen generate specs failed");
    }
    let mut rows = Vec::new();
    let mut versions: Vec<_> = std::fs::read_dir(main.join("specs"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir() && p.file_name().is_some_and(|n| n != "models"))
        .collect();
    versions.sort();
    for dir in versions {
        let version = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let endpoints = std::fs::read_dir(&dir)?
            .filter_map(|e| e.ok())
            .filter(|e| e.path().extension().is_some_and(|x| x == "toml"))
            .count();
        // graph-gen names a version's module like the version: `v1.0` -> `v1_0`.
        let generated = out.join(version.replace('.', "_"));
        let mut lines = 0;
        for entry in std::fs::read_dir(&generated)
            .with_context(|| format!("reading {}", generated.display()))?
        {
            let path = entry?.path();
            if path.extension().is_some_and(|x| x == "rs") {
                lines += std::fs::read_to_string(&path)?.lines().count();
            }
        }
        rows.push(SizeRow {
            version,
            endpoints,
            lines,
        });
    }
    Ok(rows)
}
