//! `graph-gen import` into a folder that already holds specs: the bundled
//! mail family and imported pages in one version folder check together, and
//! a re-import keeps edits (written beside, with a warning) unless forced.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, SystemTime};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_graph-gen"))
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// English v1.0 API pages: the shared corpus when present, else the fixtures.
fn v1_pages() -> PathBuf {
    let corpus = root().join("../shared/graph-docs/en-US/api-reference/v1.0/api");
    if corpus.is_dir() {
        corpus
    } else {
        root().join("graph-import/tests/fixtures/en-US/api-reference/v1.0/api")
    }
}

fn fresh(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("mkdir");
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for e in std::fs::read_dir(from).expect("read dir").flatten() {
        let p = e.path();
        if p.is_dir() {
            copy_dir(&p, &to.join(e.file_name()));
        } else if p.extension().is_some_and(|x| x == "toml") {
            std::fs::copy(&p, to.join(e.file_name())).expect("copy");
        }
    }
}

fn import(pages: &[PathBuf], out: &Path, extra: &[&str]) -> Output {
    bin()
        .arg("import")
        .args(pages)
        .arg("-o")
        .arg(out)
        .args(extra)
        .output()
        .expect("run graph-gen")
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn mtime(p: &Path) -> SystemTime {
    std::fs::metadata(p)
        .and_then(|m| m.modified())
        .expect("mtime")
}

#[test]
fn imported_pages_and_the_bundled_mail_family_check_together_in_one_folder() {
    let out = fresh("merge-bundled");
    copy_dir(&root().join("specs"), &out);
    let bundled_send = read(&out.join("v1.0/message_send.toml"));
    let api = v1_pages();
    let mut pages: Vec<PathBuf> = [
        "message-send.md",
        "mailfolder-get.md",
        "user-list-mailfolders.md",
        "message-get.md",
    ]
    .iter()
    .map(|p| api.join(p))
    .filter(|p| p.is_file())
    .collect();
    pages.sort();
    let run = import(&pages, &out, &[]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "{stderr}");
    // The hand-written spec is kept; the import of its page goes beside it.
    assert_eq!(read(&out.join("v1.0/message_send.toml")), bundled_send);
    assert!(out.join("v1.0/message_send.toml.imported").is_file());
    assert!(stderr.contains("message_send.toml:1:1"), "{stderr}");
    // Types mail.toml defines are its definitions, copied once.
    let models = read(&out.join("models/v1.0.toml"));
    assert_eq!(models.matches("[models.message]").count(), 1, "{models}");
    assert!(models.contains("# Source: models/mail.toml"), "{models}");
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
fn a_reimport_writes_only_what_changed_and_keeps_edits_unless_forced() {
    let out = fresh("reimport");
    let page = v1_pages().join("message-send.md");
    let spec = out.join("v1.0/message_send.toml");
    let beside = out.join("v1.0/message_send.toml.imported");

    // Fresh import: the spec ends with the digest of what was written.
    let run = import(std::slice::from_ref(&page), &out, &[]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let first = read(&spec);
    assert!(graph_import::keep_edits::unedited(&first), "{first}");

    // Unchanged: nothing is written, so the (backdated) mtime stays.
    let old = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000_000);
    std::fs::File::options()
        .write(true)
        .open(&spec)
        .and_then(|f| f.set_modified(old))
        .expect("set mtime");
    let run = import(std::slice::from_ref(&page), &out, &[]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert_eq!(mtime(&spec), old);
    assert_eq!(read(&spec), first);

    // An earlier import nobody edited is replaced by the new text.
    std::fs::write(
        &spec,
        graph_import::keep_edits::stamped("name = \"older import\"\n"),
    )
    .expect("write");
    let run = import(std::slice::from_ref(&page), &out, &[]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert_eq!(read(&spec), first);
    assert!(!beside.exists());

    // Edited: the edit stays, the new import goes beside it, with a warning.
    let edited = first.replace("summary = ", "# Reviewed by hand.\nsummary = ");
    std::fs::write(&spec, &edited).expect("edit");
    let run = import(std::slice::from_ref(&page), &out, &[]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "{stderr}");
    assert_eq!(read(&spec), edited);
    assert_eq!(read(&beside), first);
    assert!(stderr.contains("warning: "), "{stderr}");
    assert!(stderr.contains("message_send.toml:1:1"), "{stderr}");
    assert!(stderr.contains("--force"), "{stderr}");

    // Forced: overwritten.
    let run = import(std::slice::from_ref(&page), &out, &["--force"]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert_eq!(read(&spec), first);
}

#[test]
fn a_page_whose_routes_a_kept_spec_serves_is_left_to_that_spec() {
    let out = fresh("merge-routes");
    copy_dir(&root().join("specs"), &out);
    // The send page under another name: its routes are the bundled
    // `message_send.toml`'s, which stays (written by hand).
    let pages = fresh("merge-routes-pages").join("api-reference/v1.0/api");
    std::fs::create_dir_all(&pages).expect("mkdir");
    let page = pages.join("message-sendagain.md");
    std::fs::copy(
        root().join("graph-import/tests/fixtures/en-US/api-reference/v1.0/api/message-send.md"),
        &page,
    )
    .expect("copy page");
    let run = import(std::slice::from_ref(&page), &out, &[]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        stderr.contains("is served by `v1.0/message_send.toml`"),
        "{stderr}"
    );
    assert!(
        !out.join("v1.0/message_sendagain.toml").exists(),
        "{stderr}"
    );
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
