//! Compile-pass and compile-fail tests through the real compiler (trybuild).
//!
//! The `.stderr` files depend on the compiler version; `ui/RUSTC_VERSION`
//! records the one they were made with. Refresh them with
//! `TRYBUILD=overwrite cargo test -p graph-tests --test compile` and review the diff.

use std::fs;
use std::path::{Path, PathBuf};

/// trybuild compiles the cases in its own project under the target dir, and
/// the macro resolves spec paths against that project's manifest dir; the
/// fixture specs (and the bundled message-send spec) are copied there.
fn install_fixture_specs() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let target = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("target dir")
        .to_path_buf();
    let dest: PathBuf = target.join("tests/trybuild/graph-tests/ui-specs");
    fs::create_dir_all(&dest).unwrap();
    for entry in fs::read_dir(manifest.join("ui/specs")).unwrap() {
        let path = entry.unwrap().path();
        fs::copy(&path, dest.join(path.file_name().unwrap())).unwrap();
    }
    fs::copy(
        manifest.join("../specs/v1.0/message_send.toml"),
        dest.join("message_send.toml"),
    )
    .unwrap();
    // The mail family references `../models/mail.toml`, so keep the layout.
    for (from, to) in [
        ("v1.0/message_move.toml", "v1.0/message_move.toml"),
        // With it, `ui-specs/v1.0` is a directory of two endpoints (`#[graph_endpoints]`).
        ("v1.0/message_send.toml", "v1.0/message_send.toml"),
        ("models/mail.toml", "models/mail.toml"),
    ] {
        let to = dest.join(to);
        fs::create_dir_all(to.parent().unwrap()).unwrap();
        fs::copy(manifest.join("../specs").join(from), to).unwrap();
    }
}

#[test]
fn ui() {
    let recorded =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/RUSTC_VERSION")).unwrap();
    let current =
        std::process::Command::new(std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into()))
            .arg("--version")
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
            .unwrap_or_default();
    if !current.starts_with(recorded.trim()) {
        eprintln!(
            "note: .stderr files were made with {}, this is {current}; messages may differ",
            recorded.trim()
        );
    }
    install_fixture_specs();
    let t = trybuild::TestCases::new();
    t.pass("ui/pass/*.rs");
    t.compile_fail("ui/fail/*.rs");
}
