//! The types a version folder already has: an import written into a folder
//! with hand-written specs (the bundled mail family) shares its version's
//! `models` module with them, and graph-spec accepts one module only when a
//! type every models file defines is defined alike. So the imported models
//! file carries the existing files' definitions of the types they share,
//! copied, and the resource pages' versions of those types are left out.

use std::collections::{BTreeSet, HashMap};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use graph_spec::keys::{models_file, spec};
use graph_spec::model::Version;
use graph_spec::write;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::report::{Finding, Sink};
use crate::routes::route_key;

/// The existing models of one version folder.
#[derive(Debug, Default)]
pub struct Existing {
    /// Every model and enum name they define.
    pub names: BTreeSet<String>,
    /// Their definitions as models-file text, each type once.
    pub text: String,
}

/// The models files that the specs in `out/<version>/` reference, other than
/// the import's own `out/models/<version>.toml`, read into [`Existing`].
/// An unreadable file is a warning: the import then defines its own types.
pub fn models_of(out: &Path, version: &str, findings: &mut Vec<Finding>) -> Existing {
    let own = out.join("models").join(format!("{version}.toml"));
    let own = std::fs::canonicalize(&own).unwrap_or(own);
    let mut files = BTreeSet::new();
    let Ok(entries) = std::fs::read_dir(out.join(version)) else {
        return Existing::default();
    };
    for entry in entries.flatten() {
        let spec = entry.path();
        if spec.extension().is_none_or(|x| x != "toml") {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(&spec) else {
            continue;
        };
        if let Some(rel) = models_key(&text) {
            let path = out.join(version).join(rel);
            let path = std::fs::canonicalize(&path).unwrap_or(path);
            if path != own {
                files.insert(path);
            }
        }
    }
    let root = std::fs::canonicalize(out).unwrap_or_else(|_| out.to_path_buf());
    let mut existing = Existing::default();
    for file in files {
        let shown = file.strip_prefix(&root).unwrap_or(&file).to_path_buf();
        read_into(&file, &shown, &mut existing, findings);
    }
    existing
}

/// The `models = "..."` value of a spec, read by line: a spec names its
/// models file in a top-level key, before any table.
fn models_key(spec: &str) -> Option<&str> {
    for line in spec.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            return None;
        }
        if let Some(rest) = line.strip_prefix(spec::MODELS)
            && let Some(value) = rest.trim_start().strip_prefix('=')
        {
            let value = value.trim();
            return value.strip_prefix('"')?.strip_suffix('"');
        }
    }
    None
}

fn read_into(file: &Path, shown: &Path, existing: &mut Existing, findings: &mut Vec<Finding>) {
    let text = std::fs::read_to_string(file).map_err(|e| e.to_string());
    let parsed = text.as_deref().map_err(Clone::clone).and_then(|t| {
        DeTable::parse(t)
            .map(Spanned::into_inner)
            .map_err(|e| e.to_string())
    });
    let table = match parsed {
        Ok(t) => t,
        Err(e) => {
            let mut sink = Sink::new(Arc::from(file.to_string_lossy().as_ref()), Arc::from(""));
            sink.warn(
                format!(
                    "cannot read this models file ({e}); the imported models define their own types"
                ),
                0..0,
            );
            findings.extend(sink.findings);
            return;
        }
    };
    for kind in [models_file::ENUMS, models_file::MODELS] {
        let Some(DeValue::Table(types)) = get(&table, kind) else {
            continue;
        };
        for (name, def) in types {
            let DeValue::Table(def) = def.get_ref() else {
                continue;
            };
            if !existing.names.insert(name.get_ref().to_string()) {
                continue;
            }
            let _ = writeln!(
                existing.text,
                "\n# Source: {} (shared with the specs there)",
                shown.display()
            );
            existing
                .text
                .push_str(&write::copy_table(&[kind, name.get_ref()], def));
        }
    }
}

fn get<'a, 'i>(table: &'a DeTable<'i>, key: &str) -> Option<&'a DeValue<'i>> {
    table
        .iter()
        .find(|(k, _)| k.get_ref() == key)
        .map(|(_, v)| v.get_ref())
}

/// The routes (see [`crate::routes::route_key`]) of the specs in
/// `out/<version>/` that a new import will not overwrite (written by hand,
/// or edited since an import), with the spec's file name. An imported page
/// leaves these routes to them, as graph-spec serves each route once.
pub fn kept_routes(out: &Path, version: Version) -> HashMap<String, PathBuf> {
    let mut routes = HashMap::new();
    let dir = out.join(version.as_str());
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return routes;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_none_or(|x| x != "toml") {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        if crate::keep_edits::unedited(&text) {
            continue;
        }
        // A spec that does not load is reported by the check after writing.
        let Ok(spec) = graph_spec::load_source(&text, &path.to_string_lossy(), &path) else {
            continue;
        };
        if !spec.versions.iter().any(|v| v.value == version) {
            continue;
        }
        let name = PathBuf::from(version.as_str()).join(entry.file_name());
        for p in &spec.paths {
            let key = route_key(
                version.as_str(),
                spec.method.value.as_str(),
                &p.template.value,
            );
            routes.entry(key).or_insert_with(|| name.clone());
        }
    }
    routes
}
