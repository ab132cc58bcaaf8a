//! No two files of the crate import each other, directly or through a
//! module's re-exports, and no chain of more files loops either: each
//! file's imports are read from its source (`use crate::...`, `use
//! super::...`, and `crate::` paths in code), every path is followed through
//! `pub use` re-exports to the file that defines the item, and the graph of
//! files must have no cycle.
//!
//! Unit tests (from a file's `#[cfg(test)]` on) are left out: they may use
//! whatever they test.
//!
//! One copy for every crate that keeps this rule: graph-spec and
//! graph-import include this file as their own test module (`#[path]`), so
//! nothing here names a crate.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// A module path from the crate root, e.g. `["server", "auth", "jwt"]`.
type ModPath = Vec<String>;

/// One source file: its module path and the code before its unit tests.
struct SourceFile {
    module: ModPath,
    code: String,
}

fn source_files(dir: &Path, module: &ModPath, out: &mut Vec<SourceFile>) {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .expect("src is readable")
        .map(|e| e.expect("src entry").path())
        .collect();
    entries.sort();
    for path in entries {
        let name = path.file_name().unwrap().to_str().unwrap().to_owned();
        if path.is_dir() {
            let mut sub = module.clone();
            sub.push(name);
            source_files(&path, &sub, out);
        } else if let Some(stem) = name.strip_suffix(".rs") {
            let mut file_module = module.clone();
            if stem != "mod" && stem != "lib" {
                file_module.push(stem.to_owned());
            }
            let text = fs::read_to_string(&path).expect("source is readable");
            out.push(SourceFile {
                module: file_module,
                code: without_tests_and_comments(&text),
            });
        }
    }
}

/// The code up to the file's unit tests, each line without its `//` comment.
fn without_tests_and_comments(text: &str) -> String {
    let mut code = String::new();
    for line in text.lines() {
        if line.trim_start().starts_with("#[cfg(test)]") {
            break;
        }
        let line = line.split("//").next().unwrap_or("");
        code.push_str(line);
        code.push('\n');
    }
    code
}

/// The paths a `use` tree names, flattened: `a::{b, c::d as e}` ->
/// `[(a::b, b), (a::c::d, e)]`; the second is the name it binds.
fn flatten_use(tree: &str, prefix: &[String], out: &mut Vec<(Vec<String>, String)>) {
    let tree = tree.trim();
    if let Some(open) = tree.find('{') {
        let mut path = prefix.to_vec();
        path.extend(segments(&tree[..open]));
        let close = tree.rfind('}').unwrap_or(tree.len());
        let inner = &tree[open + 1..close.max(open + 1)];
        for part in split_top_level(inner) {
            flatten_use(&part, &path, out);
        }
        return;
    }
    if tree.is_empty() {
        return;
    }
    let (path_text, alias) = match tree.split_once(" as ") {
        Some((p, a)) => (p, Some(a.trim().to_owned())),
        None => (tree, None),
    };
    let mut path = prefix.to_vec();
    path.extend(segments(path_text));
    if path.last().is_some_and(|s| s == "self") {
        path.pop();
    }
    let bound = alias.unwrap_or_else(|| path.last().cloned().unwrap_or_default());
    out.push((path, bound));
}

fn segments(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split("::")
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
}

/// `a, b::{c, d}, e` -> `["a", "b::{c, d}", "e"]`.
fn split_top_level(text: &str) -> Vec<String> {
    let (mut parts, mut depth, mut current) = (Vec::new(), 0usize, String::new());
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(std::mem::take(&mut current));
                continue;
            }
            _ => {}
        }
        current.push(c);
    }
    parts.push(current);
    parts
}

/// Every `use` statement of `code`, each starting a line: whether it is a
/// re-export (`pub`, `pub(crate)`) and its text after `use`.
fn use_statements(code: &str) -> Vec<(bool, String)> {
    let mut found = Vec::new();
    let mut lines = code.lines();
    while let Some(line) = lines.next() {
        let line = line.trim_start();
        let (public, rest) = if let Some(rest) = line.strip_prefix("use ") {
            (false, rest)
        } else if let Some(rest) = ["pub use ", "pub(crate) use ", "pub(super) use "]
            .iter()
            .find_map(|p| line.strip_prefix(p))
        {
            (true, rest)
        } else {
            continue;
        };
        let mut statement = rest.to_owned();
        while !statement.contains(';') {
            let Some(next) = lines.next() else { break };
            statement.push(' ');
            statement.push_str(next.trim());
        }
        let end = statement.find(';').unwrap_or(statement.len());
        found.push((public, statement[..end].to_owned()));
    }
    found
}

/// `path` made absolute from the crate root, when it is a path into the
/// crate (from `crate`, `super`, `self`, or a child module of `module`).
fn absolute(path: &[String], module: &ModPath, modules: &BTreeSet<ModPath>) -> Option<Vec<String>> {
    let (first, rest) = path.split_first()?;
    match first.as_str() {
        "crate" => Some(rest.to_vec()),
        "super" => {
            // A file's `super` is its parent module (a `mod.rs` is its
            // directory's module, so its `super` is the directory's parent).
            let mut base = module.clone();
            base.pop()?;
            let mut rest = rest;
            while rest.first().is_some_and(|s| s == "super") {
                base.pop()?;
                rest = &rest[1..];
            }
            base.extend(rest.iter().cloned());
            Some(base)
        }
        "self" => {
            let mut base = module.clone();
            base.extend(rest.iter().cloned());
            Some(base)
        }
        child => {
            let mut base = module.clone();
            base.push(child.to_owned());
            modules.contains(&base).then(|| {
                base.extend(rest.iter().cloned());
                base
            })
        }
    }
}

/// The crate's files as a graph: which file each file imports from.
fn import_graph(src: &Path) -> BTreeMap<ModPath, BTreeSet<ModPath>> {
    let mut files = Vec::new();
    source_files(src, &Vec::new(), &mut files);
    let modules: BTreeSet<ModPath> = files.iter().map(|f| f.module.clone()).collect();

    // Re-exports: (module, name) -> the absolute path it names.
    let mut reexports: BTreeMap<(ModPath, String), Vec<String>> = BTreeMap::new();
    let mut imports: BTreeMap<ModPath, Vec<Vec<String>>> = BTreeMap::new();
    for file in &files {
        let mut paths = Vec::new();
        for (public, tree) in use_statements(&file.code) {
            let mut flat = Vec::new();
            flatten_use(&tree, &[], &mut flat);
            for (path, bound) in flat {
                let Some(path) = absolute(&path, &file.module, &modules) else {
                    continue;
                };
                if public {
                    reexports.insert((file.module.clone(), bound), path.clone());
                }
                paths.push(path);
            }
        }
        // `crate::a::b` written in code rather than imported.
        for (i, _) in file.code.match_indices("crate::") {
            let path: Vec<String> = file.code[i..]
                .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .next()
                .unwrap_or("")
                .split("::")
                .skip(1)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect();
            paths.push(path);
        }
        imports.insert(file.module.clone(), paths);
    }

    // The file that defines what `path` names, following re-exports.
    let resolve = |path: &[String]| -> Option<ModPath> {
        let mut path = path.to_vec();
        for _ in 0..32 {
            let module_len = (0..=path.len())
                .rev()
                .find(|&n| modules.contains(&path[..n]))?;
            let module = path[..module_len].to_vec();
            match path.get(module_len) {
                Some(name) => match reexports.get(&(module.clone(), name.clone())) {
                    Some(target) => {
                        let mut next = target.clone();
                        next.extend(path[module_len + 1..].iter().cloned());
                        path = next;
                    }
                    None => return Some(module),
                },
                None => return Some(module),
            }
        }
        None
    };

    let mut graph = BTreeMap::new();
    for (module, paths) in &imports {
        let targets: BTreeSet<ModPath> = paths
            .iter()
            .filter_map(|p| resolve(p))
            .filter(|target| target != module)
            // A module's own `mod.rs` declaring its children is not an
            // import of them, and a child naming its ancestors' modules is
            // a path through them.
            .filter(|target| !target.is_empty() && !module.starts_with(target))
            .collect();
        graph.insert(module.clone(), targets);
    }
    graph
}

/// A cycle of the graph, if it has one.
fn find_cycle(graph: &BTreeMap<ModPath, BTreeSet<ModPath>>) -> Option<Vec<ModPath>> {
    fn visit(
        node: &ModPath,
        graph: &BTreeMap<ModPath, BTreeSet<ModPath>>,
        state: &mut BTreeMap<ModPath, u8>,
        stack: &mut Vec<ModPath>,
    ) -> Option<Vec<ModPath>> {
        state.insert(node.clone(), 1);
        stack.push(node.clone());
        for next in graph.get(node).into_iter().flatten() {
            match state.get(next) {
                Some(1) => {
                    let from = stack.iter().position(|n| n == next).unwrap_or(0);
                    let mut cycle = stack[from..].to_vec();
                    cycle.push(next.clone());
                    return Some(cycle);
                }
                Some(_) => {}
                None => {
                    if let Some(cycle) = visit(next, graph, state, stack) {
                        return Some(cycle);
                    }
                }
            }
        }
        stack.pop();
        state.insert(node.clone(), 2);
        None
    }
    let mut state = BTreeMap::new();
    for node in graph.keys() {
        if !state.contains_key(node)
            && let Some(cycle) = visit(node, graph, &mut state, &mut Vec::new())
        {
            return Some(cycle);
        }
    }
    None
}

#[test]
fn no_file_imports_a_file_that_imports_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let graph = import_graph(&src);
    // The check itself works: the crate's files were found, and imports
    // between them resolved.
    let imports: usize = graph.values().map(BTreeSet::len).sum();
    assert!(graph.len() > 10 && imports > 10, "{graph:?}");
    if let Some(cycle) = find_cycle(&graph) {
        let names: Vec<String> = cycle.iter().map(|m| m.join("::")).collect();
        panic!("files import each other: {}", names.join(" -> "));
    }
}

#[test]
fn a_loop_through_reexports_is_found() {
    let dir = std::env::temp_dir().join(format!("import-graph-{}", std::process::id()));
    let server = dir.join("server");
    fs::create_dir_all(&server).unwrap();
    fs::write(dir.join("lib.rs"), "pub mod server;\n").unwrap();
    fs::write(
        server.join("mod.rs"),
        "mod a;\nmod b;\npub use a::A;\npub use b::{B as Bee};\n",
    )
    .unwrap();
    fs::write(server.join("a.rs"), "use super::Bee;\npub struct A;\n").unwrap();
    fs::write(
        server.join("b.rs"),
        "pub struct B;\nfn f() { let _ = crate::server::A; }\n#[cfg(test)]\nmod tests { use super::*; }\n",
    )
    .unwrap();
    let graph = import_graph(&dir);
    let cycle = find_cycle(&graph);
    fs::remove_dir_all(&dir).unwrap();
    let names: Vec<String> = cycle
        .expect("a and b import each other")
        .iter()
        .map(|m| m.join("::"))
        .collect();
    assert!(names.contains(&"server::a".to_owned()), "{names:?}");
    assert!(names.contains(&"server::b".to_owned()), "{names:?}");
}
