//! `graph-gen import` and `graph-gen lint-docs` on real pages: exit codes,
//! written specs that `graph-gen check` accepts, and located errors.

use std::path::{Path, PathBuf};
use std::process::Command;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_graph-gen"))
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../graph-import/tests/fixtures")
}

fn out_dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

#[test]
fn import_writes_specs_that_check() {
    let out = out_dir("import-cli");
    let run = bin()
        .arg("import")
        .arg(fixtures().join("en-US/api-reference/v1.0/api/message-send.md"))
        .arg(fixtures().join("en-US/api-reference/beta/api/message-reply.md"))
        .arg("-o")
        .arg(&out)
        .output()
        .expect("run graph-gen");
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "{stderr}");
    let send = std::fs::read_to_string(out.join("v1.0/message_send.toml")).expect("spec written");
    assert!(
        send.contains("template = \"/users/{user_id}/messages/{message_id}/send\""),
        "{send}"
    );
    assert!(send.contains("# Source: "), "{send}");
    assert!(out.join("models/beta.toml").is_file());
    let check = bin()
        .arg("check")
        .arg(&out)
        .output()
        .expect("run graph-gen");
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
}

#[test]
fn a_missing_permissions_include_is_a_located_error_and_includes_supply_it() {
    let dir = out_dir("import-include");
    let page = dir.join("api-reference/v1.0/api/message-move.md");
    std::fs::create_dir_all(page.parent().expect("parent")).expect("mkdir");
    let text = std::fs::read_to_string(fixtures().join("en-US/api-reference/v1.0/api/message-send.md"))
        .expect("fixture")
        .replacen(
            "|Permission type      | Permissions (from least to most privileged)              |\n|:--------------------|:---------------------------------------------------------|\n|Delegated (work or school account) | Mail.Send    |\n|Delegated (personal Microsoft account) | Mail.Send    |\n|Application | Mail.Send |\n",
            "[!INCLUDE [permissions-table](../includes/permissions/message-move-permissions.md)]\n",
            1,
        );
    assert!(text.contains("[!INCLUDE [permissions-table]"));
    std::fs::write(&page, text).expect("write page");
    let run = bin()
        .arg("import")
        .arg(&page)
        .arg("-o")
        .arg(dir.join("out"))
        .output()
        .expect("run");
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("message-move.md:25:1"), "{stderr}");
    assert!(
        stderr.contains("message-move-permissions.md` not found"),
        "{stderr}"
    );
    assert!(stderr.contains("--includes DIR"), "{stderr}");
    let run = bin()
        .arg("import")
        .arg(&page)
        .arg("--includes")
        .arg(fixtures().join("includes"))
        .arg("-o")
        .arg(dir.join("out"))
        .output()
        .expect("run");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let spec = std::fs::read_to_string(dir.join("out/v1.0/message_move.toml")).expect("spec");
    assert!(
        spec.contains("delegated_work = [\"Mail.ReadWrite\"]"),
        "{spec}"
    );
}

#[test]
fn a_tree_with_many_findings_ends_with_a_summary_by_reason() {
    let api = out_dir("import-many").join("api-reference/v1.0/api");
    std::fs::create_dir_all(&api).expect("mkdir");
    // 60 pages without a permissions section: one reason, 60 findings.
    for i in 0..60 {
        let page = format!(
            "# thing{i}: get\n\nGets it.\n\n## HTTP request\n\n```http\nGET /things{i}\n```\n\n## Response\n\nReturns `200 OK`.\n"
        );
        std::fs::write(api.join(format!("thing{i}-get.md")), page).expect("write");
    }
    let out = out_dir("import-many-out");
    let run = bin()
        .arg("import")
        .arg(&api)
        .arg("-o")
        .arg(&out)
        .output()
        .expect("run");
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("60 findings (60 errors, 0 warnings) for 1 reasons:"),
        "{stderr}"
    );
    assert!(
        stderr.contains("error     60  no permissions table and no permissions include"),
        "{stderr}"
    );
    assert!(
        stderr.contains("thing0-get.md:1:1: no permissions table"),
        "{stderr}"
    );
    // Not each finding in full.
    assert!(!stderr.contains("-->"), "{stderr}");
    let all = bin()
        .arg("import")
        .arg(&api)
        .arg("-o")
        .arg(&out)
        .arg("--all-findings")
        .output()
        .expect("run");
    assert_eq!(
        String::from_utf8_lossy(&all.stderr).matches("-->").count(),
        60
    );
}
