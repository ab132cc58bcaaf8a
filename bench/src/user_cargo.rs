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
