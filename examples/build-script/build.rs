//! Generates `$OUT_DIR/graph_endpoints.rs` from every spec in the workspace's
//! `specs/` directory: `v1_0::SendMessage` and `beta::SendMessage`.

fn main() {
    if let Err(e) = graph_build::configure().compile_dir("../../specs") {
        // The same rustc-style diagnostics as `#[graph_endpoint]`.
        eprintln!("{e}");
        std::process::exit(1);
    }
}
