//! Any locale imports to the same spec as the English page: headings, table
//! labels and prose are translated; structure, annotations, code blocks,
//! permission row order and `sxs-lookup` spans are not.

mod common;

use std::path::{Path, PathBuf};

use common::{fixtures, import_ok, load, shape};

fn import_one(page: &Path, version: &str) -> common::Shape {
    let (out, _) = import_ok(
        &[page.to_path_buf()],
        &graph_import::Options::default(),
        "locale",
    );
    let spec = load(
        &out.join(version)
            .join(format!("{}.toml", graph_import::stem(page))),
    );
    shape(&spec)
}

/// Puts a translated page where the docs tree would have it, beside the
/// English resource pages it links to.
fn in_tree(page: &Path, version: &str) -> PathBuf {
    let root = common::fresh_dir("locale-tree");
    let api = root.join(format!("api-reference/{version}/api"));
    let resources = root.join(format!("api-reference/{version}/resources"));
    std::fs::create_dir_all(&api).expect("mkdir");
    std::fs::create_dir_all(&resources).expect("mkdir");
    let en_resources = fixtures().join(format!("en-US/api-reference/{version}/resources"));
    for entry in std::fs::read_dir(en_resources).expect("resources") {
        let entry = entry.expect("entry");
        std::fs::copy(entry.path(), resources.join(entry.file_name())).expect("copy");
    }
    let name = page.file_name().and_then(|n| n.to_str()).expect("name");
    let target = api.join(format!("{}.md", name.split('.').next().expect("stem")));
    std::fs::copy(page, &target).expect("copy page");
    target
}

#[test]
fn german_and_chinese_send_pages_import_like_the_english_ones() {
    let fx = fixtures();
    // German beta: the version comes from its beta notice; Chinese v1.0: from its example URL.
    let de = import_one(&fx.join("locales/message-send.beta.de-DE.md"), "beta");
    let en_beta = import_one(
        &fx.join("en-US/api-reference/beta/api/message-send.md"),
        "beta",
    );
    assert_eq!(de, en_beta);
    let zh = import_one(&fx.join("locales/message-send.v1.0.zh-CN.md"), "v1.0");
    let en = import_one(
        &fx.join("en-US/api-reference/v1.0/api/message-send.md"),
        "v1.0",
    );
    assert_eq!(zh, en);
}

#[test]
fn french_japanese_and_spanish_reply_pages_import_like_the_english_one() {
    let fx = fixtures();
    let en = import_one(
        &fx.join("en-US/api-reference/v1.0/api/message-reply.md"),
        "v1.0",
    );
    assert_eq!(
        en.request, "fields comment: string, message: message",
        "{en:?}"
    );
    assert_eq!(en.status, 202);
    for locale in ["fr", "ja", "es"] {
        let page = fx.join(format!("locales/message-reply.v1.0.{locale}.md"));
        let text = std::fs::read_to_string(&page).expect("fixture");
        assert!(
            !text.contains("## Permissions") && !text.contains("## Response"),
            "{locale} is translated"
        );
        let translated = import_one(&in_tree(&page, "v1.0"), "v1.0");
        assert_eq!(translated, en, "{locale}");
    }
}

#[test]
fn not_supported_in_any_language_and_the_other_table_shape() {
    let fx = fixtures();
    let en = std::fs::read_to_string(fx.join("en-US/api-reference/v1.0/api/message-send.md"))
        .expect("fixture");
    let table = "|Permission type      | Permissions (from least to most privileged)              |\n|:--------------------|:---------------------------------------------------------|\n|Delegated (work or school account) | Mail.Send    |\n|Delegated (personal Microsoft account) | Mail.Send    |\n|Application | Mail.Send |\n";
    assert!(en.contains(table));
    for (not_supported, label) in [
        ("Not supported.", "en"),
        ("Non pris en charge.", "fr"),
        ("サポートされていません。", "ja"),
        ("No admitido.", "es"),
    ] {
        let three_columns = format!(
            "|Tipo|Menos|Más|\n|:---|:---|:---|\n|x|Mail.ReadBasic|Mail.Read, Mail.ReadWrite|\n|x|{not_supported}|{not_supported}|\n|x|Mail.Read|Not available.|\n"
        );
        let dir = common::fresh_dir("not-supported").join("api-reference/v1.0/api");
        std::fs::create_dir_all(&dir).expect("mkdir");
        let page = dir.join("message-send.md");
        std::fs::write(&page, en.replacen(table, &three_columns, 1)).expect("write");
        let s = import_one(&page, "v1.0");
        assert_eq!(
            s.permissions,
            vec![
                Some(vec![
                    "Mail.ReadBasic".to_owned(),
                    "Mail.Read".to_owned(),
                    "Mail.ReadWrite".to_owned()
                ]),
                None,
                Some(vec!["Mail.Read".to_owned()]),
            ],
            "{label}"
        );
    }
}
