//! The committed specs hold the docs' facts, not their prose: no summary,
//! and no description but the path parameters' (which the importer writes
//! itself: "The id of the message."). Each spec links to its page instead.

use std::path::{Path, PathBuf};

fn toml_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            toml_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "toml") {
            out.push(path);
        }
    }
}

#[test]
fn specs_and_models_carry_no_prose_from_the_docs() {
    let mut files = Vec::new();
    toml_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("specs"),
        &mut files,
    );
    assert!(files.len() > 1000, "{} spec files", files.len());
    let mut prose = Vec::new();
    let mut links = 0;
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        let mut table = String::new();
        for (n, line) in text.lines().enumerate() {
            if line.starts_with('[') {
                table = line.to_owned();
            }
            let key = line.split([' ', '=']).next().unwrap_or("");
            // In `[models.X.fields]` keys are property names (`description`
            // is one); a description of the property would sit inside its
            // inline table.
            let fields = table.ends_with(".fields]");
            let own_words = table.starts_with("[params.");
            let is_prose = (key == "summary" && !fields)
                || (key == "description" && !own_words && !fields)
                || line.contains(", description = \"");
            if is_prose {
                prose.push(format!("{}:{}: {line}", file.display(), n + 1));
            }
            if key == "docs_url" {
                links += 1;
            }
        }
    }
    assert!(
        prose.is_empty(),
        "{} lines of prose, e.g. {:?}",
        prose.len(),
        &prose[..prose.len().min(5)]
    );
    // Every spec (all but the two models files) links to its page.
    assert_eq!(links, files.len() - 2);
}
