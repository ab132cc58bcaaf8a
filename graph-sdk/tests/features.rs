//! The cargo features are the area folders: a folder without a feature could
//! never be compiled, a feature without a folder would compile nothing.

use std::collections::BTreeSet;
use std::path::Path;

fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The area folders of every version under `specs/`.
fn area_folders() -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for version in ["v1.0", "beta"] {
        for entry in std::fs::read_dir(manifest_dir().join("specs").join(version)).unwrap() {
            let entry = entry.unwrap();
            if entry.file_type().unwrap().is_dir() {
                out.insert(entry.file_name().into_string().unwrap());
            }
        }
    }
    out
}

/// `[features]` of Cargo.toml: each feature with what it turns on.
fn features() -> Vec<(String, Vec<String>)> {
    let text = std::fs::read_to_string(manifest_dir().join("Cargo.toml")).unwrap();
    let start = text.find("\n[features]\n").expect("a [features] table") + 12;
    let end = text[start..].find("\n[").map_or(text.len(), |i| start + i);
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    let mut open: Option<(String, Vec<String>)> = None;
    for line in text[start..end].lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some((name, value)) = line.split_once(" = ") {
            let items = value.trim_start_matches('[').trim_end_matches(']');
            let list = quoted(items);
            if value.ends_with(']') {
                out.push((name.to_owned(), list));
            } else {
                open = Some((name.to_owned(), list));
            }
        } else if let Some((_, list)) = &mut open {
            list.extend(quoted(line.trim_end_matches(']')));
            if line.ends_with(']') {
                out.push(open.take().unwrap());
            }
        }
    }
    out
}

fn quoted(items: &str) -> Vec<String> {
    items
        .split(',')
        .map(|s| s.trim().trim_matches('"'))
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

const NOT_AREAS: [&str; 8] = [
    "default",
    "v1",
    "beta",
    "client",
    "azure-identity",
    "server",
    "all-areas",
    "",
];

#[test]
fn one_feature_per_area_folder_and_all_areas_names_each() {
    let folders = area_folders();
    assert!(folders.contains("outlook"), "{folders:?}");
    let features = features();
    let areas: BTreeSet<String> = features
        .iter()
        .filter(|(name, _)| !NOT_AREAS.contains(&name.as_str()))
        .map(|(name, on)| {
            assert!(on.is_empty(), "area feature `{name}` turns on {on:?}");
            name.clone()
        })
        .collect();
    assert_eq!(
        areas, folders,
        "features of Cargo.toml vs folders under specs/"
    );
    let all: BTreeSet<String> = features
        .iter()
        .find(|(name, _)| name == "all-areas")
        .expect("an `all-areas` feature")
        .1
        .iter()
        .cloned()
        .collect();
    assert_eq!(all, folders, "`all-areas` vs folders under specs/");
}

#[test]
fn default_features_name_no_area() {
    let features = features();
    let default = &features.iter().find(|(n, _)| n == "default").unwrap().1;
    let folders = area_folders();
    assert!(default.iter().all(|f| !folders.contains(f)), "{default:?}");
}
