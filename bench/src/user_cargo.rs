//! A cargo invocation as a user types it, for the build benchmarks: in the
//! crate's directory, with its own target directory, and nothing of the
//! environment this benchmark was started with (flags, wrappers, the
//! workspace's debug-info or incremental settings).

use std::path::Path;
use std::process::{Command, Stdio};

/// What this process's environment may set that a user's `cargo build` would not have.
const INHERITED: [&str; 7] = [
    "RUSTFLAGS",
    "CARGO_ENCODED_RUSTFLAGS",
    "CARGO_BUILD_TARGET_DIR",
    "CARGO_PROFILE_DEV_DEBUG",
    "CARGO_INCREMENTAL",
    "RUSTC_WRAPPER",
    "CARGO_BUILD_RUSTC_WRAPPER",
];

/// Sets `cmd` up to run in `dir` with `dir/target` as the target directory.
pub fn plain<'a>(cmd: &'a mut Command, dir: &Path) -> &'a mut Command {
    cmd.current_dir(dir)
        .env("CARGO_TARGET_DIR", dir.join("target"))
        .stdin(Stdio::null());
    for var in INHERITED {
        cmd.env_remove(var);
    }
    cmd
}

/// `cargo` (the program) set up by [`plain`] for `dir`.
pub fn command(cargo: &str, dir: &Path) -> Command {
    let mut cmd = Command::new(cargo);
    plain(&mut cmd, dir);
    cmd
}

/// A standalone crate for one measured build.
pub struct Standalone<'a> {
    /// Its directory (`Cargo.toml`, `src/`, `Cargo.lock`, `target/`).
    pub dir: &'a Path,
    /// Package name.
    pub name: &'a str,
    /// Lines between `[package]` and `[dependencies]` (a `[lib]` table), or "".
    pub extra: &'a str,
    /// The `[dependencies]` lines.
    pub deps: &'a str,
    /// The source file, relative to `dir`, and its text.
    pub source: (&'a str, &'a str),
}

impl Standalone<'_> {
    /// Writes the crate (only what changed), starts its lockfile from
    /// `lock` (the workspace's, so shared dependencies build the same
    /// versions on every side), and fetches its dependencies, untimed.
    pub fn prepare(&self, cargo: &str, lock: &Path) -> anyhow::Result<()> {
        use anyhow::Context as _;
        crate::synth::write_if_changed(
            &self.dir.join("Cargo.toml"),
            &format!(
                "# Written by graph-bench: one measured build.\n[package]\nname = \"{}\"\n\
                 version = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n{}[dependencies]\n{}\n\
                 [workspace]\n",
                self.name, self.extra, self.deps
            ),
        )?;
        crate::synth::write_if_changed(&self.dir.join(self.source.0), self.source.1)?;
        let own_lock = self.dir.join("Cargo.lock");
        if !own_lock.exists() {
            std::fs::copy(lock, &own_lock)?;
        }
        let out = command(cargo, self.dir)
            .arg("fetch")
            .output()
            .context("running cargo fetch")?;
        if !out.status.success() {
            anyhow::bail!(
                "cargo fetch in {} failed:\n{}",
                self.dir.display(),
                String::from_utf8_lossy(&out.stderr)
            );
        }
        Ok(())
    }
}
