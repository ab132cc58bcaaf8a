//! The CLI, graph-build and the generator produce the same code for the same
//! spec. (`#[graph_endpoint]` is checked against the generator in
//! graph-macros' own unit tests, since a proc macro cannot be called from here.)

use std::path::{Path, PathBuf};
use std::process::Command;

fn v1_spec() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs/v1.0/message_send.toml")
}

/// What every front end must produce: `graph_spec::generate`, formatted.
fn expected(client: bool, server: bool) -> String {
    let path = v1_spec();
    let spec = graph_spec::load_file(&path, &path.display().to_string()).unwrap();
    let options = graph_spec::Options {
        client,
        server,
        ..Default::default()
    };
    graph_spec::to_pretty_string(graph_spec::generate(&spec, &options)).unwrap()
}

/// A generated file without its leading `//` header lines.
fn without_header(code: &str) -> &str {
    let mut rest = code;
    while rest.starts_with("//") {
        rest = rest.split_once('\n').map_or("", |(_, r)| r);
    }
    rest.trim_start_matches('\n')
}

/// The items inside `pub mod <module> { .. }` of a whole generated file, formatted.
fn module_contents(file: &str, module: &str) -> String {
    let file: syn::File = syn::parse_str(file).unwrap();
    let items = file
        .items
        .iter()
        .find_map(|item| match item {
            syn::Item::Mod(m) if m.ident == module => m.content.as_ref().map(|(_, items)| items),
            _ => None,
        })
        .unwrap();
    graph_spec::to_pretty_string(quote::quote!(#(#items)*)).unwrap()
}

fn graph_gen(args: &[&dyn AsRef<std::ffi::OsStr>]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_graph-gen"))
        .args(args.iter().map(|a| a.as_ref()))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn cli_per_spec_file_is_the_generator_output() {
    for (flags, client, server) in [
        (&[][..], false, false),
        (&["--client", "--server"][..], true, true),
    ] {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("same-code-{client}"));
        let _ = std::fs::remove_dir_all(&dir);
        let spec = v1_spec();
        let mut args: Vec<&dyn AsRef<std::ffi::OsStr>> = vec![&"generate", &spec];
        let out = format!("{}/", dir.display());
        args.push(&"-o");
        args.push(&out);
        for f in flags {
            args.push(f);
        }
        graph_gen(&args);
        let written = std::fs::read_to_string(dir.join("v1_0/send_message.rs")).unwrap();
        assert_eq!(without_header(&written), expected(client, server));
    }
}

#[test]
fn cli_stdout_is_what_graph_build_writes() {
    let printed = graph_gen(&[&"generate", &v1_spec()]);

    let out_dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("same-code-build");
    std::fs::create_dir_all(&out_dir).unwrap();
    let written = graph_build::configure()
        .out_dir(&out_dir)
        .emit_rerun_if_changed(false)
        .compile(&[v1_spec()])
        .unwrap();
    assert_eq!(std::fs::read_to_string(written).unwrap(), printed);

    // Inside the version module: exactly the generator's code.
    assert_eq!(module_contents(&printed, "v1_0"), expected(false, false));
}
