//! The cargo features are the area folders: a folder without a feature could
//! never be compiled, a feature without a folder would compile nothing.

use std::collections::BTreeSet;
use std::path::Path;

use toml::de::DeValue;

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
    let manifest = toml::de::DeTable::parse(&text).expect("Cargo.toml parses");
    let Some(DeValue::Table(table)) = manifest.get_ref().get("features").map(|v| v.get_ref())
    else {
        panic!("a [features] table");
    };
    table
        .iter()
        .map(|(name, value)| {
            let DeValue::Array(items) = value.get_ref() else {
                panic!("feature `{}` is not a list", name.get_ref());
            };
            let on = items
                .iter()
                .map(|item| match item.get_ref() {
                    DeValue::String(s) => s.to_string(),
                    other => panic!("feature `{}` lists {other:?}", name.get_ref()),
                })
                .collect();
            (name.get_ref().to_string(), on)
        })
        .collect()
}

const NOT_AREAS: [&str; 7] = [
    "default",
    "v1",
    "beta",
    "client",
    "azure-identity",
    "server",
    "all-areas",
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
