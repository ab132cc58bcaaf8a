//! Generates the endpoints of the enabled API areas, for the enabled
//! versions, with only the models they reach.
//!
//! `specs/<version>/<area>/*.toml` hold one spec per reference page, filed
//! by area; `specs/models/<version>.toml` every type of the version. Cargo
//! tells a build script its package's features as `CARGO_FEATURE_<NAME>`
//! (upper case, `-` as `_`): a folder is generated when both its version's
//! feature and its area's are on. Nothing else is read, so an area that is
//! off costs neither the build script's time nor rustc's.

use std::path::{Path, PathBuf};

/// Version folders and the feature that turns each on.
const VERSIONS: [(&str, &str); 2] = [("v1.0", "v1"), ("beta", "beta")];

fn feature_on(feature: &str) -> bool {
    let var = format!(
        "CARGO_FEATURE_{}",
        feature.to_ascii_uppercase().replace('-', "_")
    );
    std::env::var_os(var).is_some()
}

/// The enabled area folders of `version`, in name order.
fn enabled_areas(version: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(version) else {
        return Vec::new();
    };
    let mut dirs: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(feature_on)
        })
        .collect();
    dirs.sort();
    dirs
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let specs = Path::new("specs");
    let mut dirs = Vec::new();
    for (folder, feature) in VERSIONS {
        if feature_on(feature) {
            dirs.extend(enabled_areas(&specs.join(folder)));
        }
    }
    if dirs.is_empty() {
        // No area (or no version) is on: the crate is graph-runtime alone.
        let Some(out_dir) = std::env::var_os("OUT_DIR") else {
            fail("error: `OUT_DIR` is not set; graph-sdk's build script runs under cargo");
        };
        let out = PathBuf::from(out_dir).join("graph_endpoints.rs");
        if std::fs::read_to_string(&out).ok().as_deref() != Some("") {
            if let Err(e) = std::fs::write(&out, "") {
                fail(&format!("error: cannot write `{}`: {e}", out.display()));
            }
        }
        return;
    }
    let built = graph_build::configure()
        .client(feature_on("client"))
        .server(feature_on("server"))
        .prune_models(true)
        .compile(&dirs);
    if let Err(e) = built {
        fail(&e.to_string());
    }
}

fn fail(message: &str) -> ! {
    eprintln!("{message}");
    std::process::exit(1);
}
