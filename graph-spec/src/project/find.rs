//! Finding spec files: directories are scanned for `*.toml`, and a file in
//! a directory named `models` holds shared models rather than an endpoint.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use super::ProjectError;
use crate::keys::models_file;

/// The spec files a set of paths names, and the directories scanned to find
/// them (what a build script watches for added or removed specs).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SpecFiles {
    /// The paths asked for, as given.
    pub requested: Vec<PathBuf>,
    /// Spec and models files, in the order given; a directory's in path order.
    pub files: Vec<PathBuf>,
    /// Every directory scanned.
    pub dirs: Vec<PathBuf>,
}

/// Whether a `*.toml` file holds shared models rather than an endpoint:
/// models files live in a directory named `models`.
pub fn is_models_file(path: &Path) -> bool {
    path.parent()
        .and_then(Path::file_name)
        .is_some_and(|d| d == "models")
}

/// Whether a TOML source is a models file wherever it lives: its top level
/// holds only `[models.*]` and `[enums.*]` tables (an endpoint spec's
/// `models` is a string, and it always has other keys).
pub fn is_models_source(source: &str) -> bool {
    let Ok(root) = toml::de::DeTable::parse(source) else {
        return false;
    };
    let root = root.get_ref();
    !root.is_empty()
        && root.iter().all(|(key, value)| {
            models_file::ALL.contains(&key.get_ref().as_ref())
                && matches!(value.get_ref(), toml::de::DeValue::Table(_))
        })
}

/// Expands files and directories into the spec files they name, in order.
///
/// A directory contributes its `*.toml` files, recursively, sorted by path;
/// hidden entries are skipped. Any other path is kept as a file, even if it
/// does not exist, so that loading it reports the problem as a diagnostic.
pub fn find_specs(paths: &[impl AsRef<Path>]) -> Result<SpecFiles, ProjectError> {
    let mut found = SpecFiles::default();
    for path in paths {
        let path = path.as_ref();
        found.requested.push(path.to_path_buf());
        if path.is_dir() {
            walk(path, &mut found)?;
        } else {
            found.files.push(path.to_path_buf());
        }
    }
    Ok(found)
}

/// Scans `dir` depth first, in path order, with an explicit stack: the depth
/// of a directory tree is not something recursion should follow.
fn walk(dir: &Path, found: &mut SpecFiles) -> Result<(), ProjectError> {
    found.dirs.push(dir.to_path_buf());
    // Canonical paths seen: a symlink back up the tree is scanned once, not forever.
    let mut seen: HashSet<PathBuf> = HashSet::new();
    seen.insert(dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf()));
    let mut stack = vec![sorted_entries(dir)?.into_iter()];
    while let Some(entries) = stack.last_mut() {
        match entries.next() {
            None => {
                stack.pop();
            }
            Some(path) if path.is_dir() => {
                if !seen.insert(path.canonicalize().unwrap_or_else(|_| path.clone())) {
                    continue;
                }
                let entries = sorted_entries(&path)?;
                found.dirs.push(path);
                stack.push(entries.into_iter());
            }
            Some(path) => {
                if path.extension().is_some_and(|e| e == "toml") {
                    found.files.push(path);
                }
            }
        }
    }
    Ok(())
}

/// The entries of `dir` but hidden ones, sorted by path.
fn sorted_entries(dir: &Path) -> Result<Vec<PathBuf>, ProjectError> {
    let io_err = |source| ProjectError::Io {
        path: dir.to_path_buf(),
        source,
    };
    let mut entries = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(io_err)? {
        let entry = entry.map_err(io_err)?;
        if !entry.file_name().to_string_lossy().starts_with('.') {
            entries.push(entry.path());
        }
    }
    entries.sort();
    Ok(entries)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("graph-spec-find-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("b/models")).unwrap();
        std::fs::create_dir_all(dir.join(".hidden")).unwrap();
        for file in [
            "z.toml",
            "a.toml",
            "b/c.toml",
            "b/models/m.toml",
            ".hidden/h.toml",
            "b/notes.md",
        ] {
            std::fs::write(dir.join(file), "").unwrap();
        }
        dir
    }

    #[test]
    fn depth_first_in_path_order_skipping_hidden_and_other_files() {
        let dir = scratch("order");
        let found = find_specs(&[&dir]).unwrap();
        let names: Vec<String> = found
            .files
            .iter()
            .map(|p| p.strip_prefix(&dir).unwrap().display().to_string())
            .collect();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(names, ["a.toml", "b/c.toml", "b/models/m.toml", "z.toml"]);
        assert!(is_models_file(&found.files[2]) && !is_models_file(&found.files[1]));
        assert_eq!(found.dirs.len(), 3, "{:?}", found.dirs);
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_back_up_the_tree_is_scanned_once() {
        let dir = scratch("loop");
        std::os::unix::fs::symlink(&dir, dir.join("b/up")).unwrap();
        let found = find_specs(&[&dir]).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(found.files.len(), 4, "{:?}", found.files);
    }
}
