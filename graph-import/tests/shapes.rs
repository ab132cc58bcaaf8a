//! Page shapes of whole docs trees, each in a small page written in the
//! docs' style (several languages where the shape depends on wording):
//! what each imports to, or that it is skipped with a reason.

mod common;

use std::path::{Path, PathBuf};

use graph_import::{Options, Severity};

/// A docs tree with `pages` (file name, text) under `api-reference/v1.0/api`.
fn tree(name: &str, pages: &[(&str, &str)]) -> PathBuf {
    let root = common::fresh_dir(name);
    let api = root.join("api-reference/v1.0/api");
    std::fs::create_dir_all(&api).expect("mkdir");
    for (file, text) in pages {
        std::fs::write(api.join(file), text).expect("write page");
    }
    api
}

/// An API page: title, permissions section, request block, response prose.
fn page(title: &str, permissions: &str, request: &str, response: &str) -> String {
    format!(
        "---\ntitle: \"{title}\"\n---\n\n# {title}\n\nDoes {title}.\n\n## Permissions\n\n{permissions}\n\n\
         ## HTTP request\n\n<!-- {{ \"blockType\": \"ignored\" }} -->\n```http\n{request}\n```\n\n\
         ## Request headers\n\n| Name | Description |\n|:---|:---|\n| Authorization | Bearer {{token}}. Required. |\n\n\
         ## Response\n\n{response}\n"
    )
}

const TABLE: &str = "| Permission type | Permissions (from least to most privileged) |\n\
|:---|:---|\n\
| Delegated (work or school account) | User.Read |\n\
| Delegated (personal Microsoft account) | User.Read |\n\
| Application | User.Read.All |";

const OK_200: &str = "If successful, this method returns a `200 OK` response code.";

fn run(api: &Path, out_name: &str) -> (graph_import::Import, Vec<graph_import::Finding>, PathBuf) {
    let mut import = graph_import::import(&[api.to_path_buf()], &Options::default());
    let out = common::fresh_dir(out_name);
    let mut findings = std::mem::take(&mut import.findings);
    findings.extend(graph_import::write(&mut import, &out));
    (import, findings, out)
}

fn errors(findings: &[graph_import::Finding]) -> Vec<String> {
    findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| format!("{}: {}", f.location(), f.message))
        .collect()
}

#[test]
fn a_route_on_two_pages_is_imported_from_the_page_named_after_it() {
    let api = tree(
        "dup-route",
        &[
            (
                "a-first.md",
                &page(
                    "manager: get",
                    TABLE,
                    "GET /me/manager\nGET /me/photo",
                    OK_200,
                ),
            ),
            (
                "user-list-manager.md",
                &page("user: list manager", TABLE, "GET /me/manager", OK_200),
            ),
            (
                "z-copy.md",
                &page("photo copy", TABLE, "GET /me/photo", OK_200),
            ),
        ],
    );
    let (import, findings, out) = run(&api, "dup-route-out");
    assert!(errors(&findings).is_empty(), "{:?}", errors(&findings));
    // `a-first` keeps `/me/photo` (first in path order, no page named after it)
    // and loses `/me/manager` to the page whose name holds `manager`.
    let first = std::fs::read_to_string(out.join("v1.0/a_first.toml")).expect("a_first");
    assert!(
        first.contains("\"/me/photo\"") && !first.contains("/me/manager\""),
        "{first}"
    );
    assert!(out.join("v1.0/user_list_manager.toml").is_file());
    assert!(!out.join("v1.0/z_copy.toml").exists());
    assert_eq!((import.pages, import.imported), (3, 2));
    let skipped: Vec<&str> = findings
        .iter()
        .filter(|f| f.message.contains("one page per route"))
        .map(|f| &*f.path)
        .collect();
    assert_eq!(skipped.len(), 2, "{skipped:?}");
    assert!(skipped.iter().any(|p| p.ends_with("z-copy.md")));
    // What stays is accepted together.
    graph_spec::project::open(&[&out]).unwrap_or_else(|e| panic!("{e}"));
}
