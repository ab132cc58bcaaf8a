//! The README's server example is `examples/serve.rs`, which `cargo test`
//! compiles: the README shows exactly that file, so it cannot drift from
//! the public API.

/// The README's code block that follows the marker naming the example.
fn readme_block(readme: &str, marker: &str) -> Option<String> {
    let after = &readme[readme.find(marker)? + marker.len()..];
    let body = &after[after.find("```rust\n")? + "```rust\n".len()..];
    Some(body[..body.find("\n```")? + 1].to_owned())
}

#[test]
fn the_readme_shows_the_compiled_server_example() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let readme = std::fs::read_to_string(format!("{root}/README.md")).unwrap();
    let example = std::fs::read_to_string(format!("{root}/graph-mock/examples/serve.rs")).unwrap();
    let shown = readme_block(&readme, "<!-- graph-mock/examples/serve.rs -->")
        .expect("README.md has the server example block after its marker");
    assert_eq!(
        shown, example,
        "README.md's server example differs from graph-mock/examples/serve.rs; copy the file"
    );
}
