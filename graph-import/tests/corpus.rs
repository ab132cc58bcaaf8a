//! Scale: the whole corpus imports (every API page, or a located reason why
//! not), and every imported spec compiles together with client methods and
//! server stubs in one crate, built by cargo against the workspace's target
//! dir and lockfile, beside every bundled spec; the crate's rustdoc has no
//! warnings (descriptions from specs and docs pages are data, not links).

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use graph_import::{Options, Severity};

/// Every API page either imports or has an error located in it.
#[test]
fn every_page_imports_or_is_rejected_with_a_located_reason() {
    let en = common::en_us();
    let import = graph_import::import(std::slice::from_ref(&en), &Options::default());
    assert!(import.pages > 0);
    let mut rejected: Vec<&str> = import
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| {
            assert!(f.line() > 1 && !f.span.is_empty(), "{f}");
            assert!(
                f.to_string()
                    .contains(&format!("--> {}:{}:", f.path, f.line())),
                "{f}"
            );
            &*f.path
        })
        .collect();
    rejected.dedup();
    assert_eq!(
        import.imported + rejected.len(),
        import.pages,
        "{:#?}",
        import.findings
    );
    if common::corpus().is_some() {
        // The five v1.0 pages whose permission includes the corpus does not have.
        assert_eq!(
            (import.pages, import.imported),
            (50, 45),
            "{:#?}",
            import.findings
        );
        assert!(
            rejected.iter().all(|p| p.contains("/v1.0/api/")),
            "{rejected:?}"
        );
    }
}

/// The workspace's target dir: where cargo put this test.
fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| common::root().join("target"))
}

#[test]
fn the_imported_corpus_and_the_bundled_specs_compile_and_document_without_warnings() {
    let en = common::en_us();
    let options = Options {
        version: None,
        include_dirs: vec![common::fixtures().join("includes")],
        merge_into: None,
        facts_only: false,
        by_area: false,
    };
    let (specs, import) = common::import_ok(&[en], &options, "corpus-specs");
    assert_eq!(
        import.imported, import.pages,
        "every page imports with the includes supplied"
    );

    // One fixed folder, so runs do not pile up crates.
    let krate = Path::new(env!("CARGO_TARGET_TMPDIR")).join("corpus-crate");
    let _ = std::fs::remove_dir_all(&krate);
    let src = krate.join("src");
    std::fs::create_dir_all(&src).expect("mkdir");
    graph_build::configure()
        .client(true)
        .server(true)
        .emit_rerun_if_changed(false)
        .out_dir(&src)
        .file_name("generated.rs")
        .compile(&[&specs])
        .unwrap_or_else(|e| panic!("{e}"));
    graph_build::configure()
        .client(true)
        .server(true)
        .emit_rerun_if_changed(false)
        .out_dir(&src)
        .file_name("bundled.rs")
        .compile_dir(common::root().join("specs"))
        .unwrap_or_else(|e| panic!("{e}"));
    // Shapes of whole imported trees the corpus lacks (`fixtures/specs`):
    // `cargo check` of a whole tree warned on each.
    graph_build::configure()
        .client(true)
        .server(true)
        .emit_rerun_if_changed(false)
        .out_dir(&src)
        .file_name("shapes.rs")
        .compile_dir(common::fixtures().join("specs"))
        .unwrap_or_else(|e| panic!("{e}"));
    // Warnings in generated code (rustdoc's too) are errors; set here, not
    // through RUSTFLAGS, which would rebuild every dependency.
    std::fs::write(
        src.join("lib.rs"),
        "#![deny(warnings)]\n//! Imported and bundled specs.\n\ninclude!(\"generated.rs\");\n\n\
         /// The bundled specs.\npub mod bundled {\n    include!(\"bundled.rs\");\n}\n\n\
         /// Shapes of whole imported trees.\npub mod shapes {\n    include!(\"shapes.rs\");\n}\n",
    )
    .expect("lib.rs");
    let runtime = common::root().join("graph-runtime");
    std::fs::write(
        krate.join("Cargo.toml"),
        format!(
            "[package]\nname = \"imported-corpus\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
             [dependencies]\ngraph-runtime = {{ path = {:?}, features = [\"client\", \"server\"] }}\n\n[workspace]\n",
            runtime.to_string_lossy()
        ),
    )
    .expect("write manifest");
    // The workspace's versions, so the build reuses what is already compiled.
    std::fs::copy(common::root().join("Cargo.lock"), krate.join("Cargo.lock")).expect("lockfile");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    // Cargo keys the crate's build by its name, not its folder: without
    // this, a build of another run's folder (its sources unchanged) counts
    // as this one's and a new warning goes unseen.
    let _ = Command::new(&cargo)
        .args([
            "clean",
            "--offline",
            "--quiet",
            "-p",
            "imported-corpus",
            "--manifest-path",
        ])
        .arg(krate.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", target_dir())
        .output();
    for (command, what) in [("build", "compile"), ("doc", "document")] {
        let out = Command::new(&cargo)
            .args([command, "--offline", "--quiet", "--manifest-path"])
            .arg(krate.join("Cargo.toml"))
            .args((command == "doc").then_some("--no-deps"))
            .env("CARGO_TARGET_DIR", target_dir())
            .env("RUSTDOCFLAGS", "-D warnings")
            .output()
            .expect("run cargo");
        assert!(
            out.status.success(),
            "generated crate does not {what} without warnings:\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let code = std::fs::read_to_string(src.join("generated.rs")).expect("generated");
    assert!(
        code.contains("pub mod v1_0") && code.contains("pub mod beta"),
        "both versions generated"
    );
    assert!(Path::new(&specs.join("models/v1.0.toml")).is_file());
}
