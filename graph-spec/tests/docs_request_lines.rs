//! Every distinct request line of whole Graph docs trees (tests/fixtures/request_lines,
//! extracted by its extract.py) becomes a spec template graph-spec accepts, or an
//! error located in the line that names what Graph could not serve.

use std::collections::BTreeMap;
use std::path::Path;

use graph_spec::docs_path::{from_docs, split_request_line};

fn fixtures() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/request_lines");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    assert!(files.len() >= 4, "the request-line fixtures are missing");
    files
        .into_iter()
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&p).unwrap())
        })
        .collect()
}

#[test]
fn every_docs_request_line_is_a_template_or_a_located_error() {
    let mut reasons: BTreeMap<String, (usize, String)> = BTreeMap::new();
    for (file, text) in fixtures() {
        let (mut ok, mut refused) = (0usize, 0usize);
        for line in text
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let (_, path, _) = split_request_line(line).unwrap_or_else(|| panic!("{file}: {line}"));
            match from_docs(path) {
                Ok(t) => {
                    ok += 1;
                    assert!(t.template.starts_with('/'), "{line} -> {}", t.template);
                    for p in &t.params {
                        assert!(
                            t.template.contains(&format!("{{{}}}", p.name)),
                            "{line}: {p:?}"
                        );
                    }
                }
                Err(e) => {
                    refused += 1;
                    assert!(
                        e.span.start < e.span.end && e.span.end <= path.len(),
                        "{line}: span {:?} outside the path",
                        e.span
                    );
                    assert!(!e.message.is_empty() && !e.help.is_empty(), "{line}: {e:?}");
                    let kind = e.message.split('`').next().unwrap_or("").to_owned() + "...";
                    let entry = reasons.entry(kind).or_insert((0, line.to_owned()));
                    entry.0 += 1;
                }
            }
        }
        let share = ok as f64 / (ok + refused) as f64;
        eprintln!(
            "{file}: {ok} templates, {refused} refused ({:.2}%)",
            share * 100.0
        );
        assert!(
            share >= 0.99,
            "{file}: only {ok} of {} lines became templates",
            ok + refused
        );
    }
    for (kind, (count, example)) in &reasons {
        eprintln!("{count:>4}  {kind}  e.g. {example}");
    }
}

#[test]
#[ignore = "prints conversions for review"]
fn show_conversions() {
    for (_, text) in fixtures() {
        for line in text.lines().filter(|l| l.contains(['(', ':', '?', '<'])) {
            if let Some((_, path, _)) = split_request_line(line) {
                println!("{line}\n    -> {:?}", from_docs(path).map(|t| t.template));
            }
        }
    }
}
