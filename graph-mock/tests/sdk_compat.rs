//! Microsoft's official Graph SDKs as the compatibility suite: the Python
//! SDKs (msgraph-sdk for v1.0, msgraph-beta-sdk for beta) and the JavaScript
//! SDK (`@microsoft/microsoft-graph-client`) drive every endpoint of the mail
//! family against the mock, bodies included, and assert what they decode
//! (results and `ODataError`/`GraphError`s); the tests then check the
//! store. `.ci/run` installs the SDKs (pinned, see `sdk-compat/`); with
//! `CI=true` a missing SDK fails the test, elsewhere it is skipped with the
//! reason.

mod support;

use std::path::Path;
use std::process::Stdio;
use std::time::Duration;

use graph_mock::Folder;
use support::*;

#[tokio::test(flavor = "multi_thread")]
async fn the_javascript_graph_sdk_sends_and_reads_our_errors() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("sdk-compat");
    let node_ok = std::process::Command::new("node")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !node_ok
        || !dir
            .join("node_modules/@microsoft/microsoft-graph-client")
            .is_dir()
    {
        let _ = sdk_missing(
            "node with @microsoft/microsoft-graph-client",
            "npm install --no-package-lock --prefix graph-mock/sdk-compat",
        );
        return;
    }
    bounded(async {
        let mock = start().await;
        let child = tokio::process::Command::new("node")
            .arg(dir.join("send.js"))
            .arg(mock.base_url())
            .current_dir(&dir)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .kill_on_drop(true)
            .spawn()
            .unwrap();
        let out = tokio::time::timeout(Duration::from_secs(20), child.wait_with_output())
            .await
            .expect("the SDK script did not finish in time")
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "stdout:\n{stdout}\nstderr:\n{stderr}");
        let lines: Vec<serde_json::Value> = stdout
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 5, "{stdout}");
        assert!(lines.iter().all(|l| l["ok"] == true), "{stdout}");
        assert_eq!(lines[2]["code"], "ErrorItemNotFound");
        let adele_sent = mock.store().folder(ADELE, Folder::SentItems).unwrap();
        assert_eq!(adele_sent.len(), 1);
        assert_eq!(adele_sent[0].id.as_deref(), Some("AAMkADraft-adele-1"));
        let megan_sent = mock.store().folder(MEGAN, Folder::SentItems).unwrap();
        assert_eq!(megan_sent.len(), 1);
        mock.stop().await;
    })
    .await;
}

/// Where an official SDK comes from, and whether a missing one fails the
/// test: in CI (`CI=true`) it does, since `.ci/run` installs them;
/// elsewhere the test is skipped with the reason.
fn sdk_missing(what: &str, install: &str) -> Option<()> {
    let ci = std::env::var("CI").is_ok_and(|v| v.eq_ignore_ascii_case("true"));
    assert!(!ci, "{what} is not installed, yet CI=true: {install}");
    eprintln!("skipped: {what} is not installed ({install})");
    None
}

/// One check an SDK script reported.
#[derive(Debug, serde::Deserialize)]
struct Check {
    version: String,
    check: String,
    ok: bool,
    detail: serde_json::Value,
}

/// Runs `program args... BASE_URL` against a fresh mock, bounded in time,
/// and returns its checks once it exited successfully with `expected` checks
/// per API version, all passed; the mock is handed back for state checks.
async fn run_sdk_script(
    program: &Path,
    args: &[&Path],
    dir: &Path,
    expected_per_version: usize,
) -> (Vec<Check>, graph_mock::RunningMock) {
    let mock = start().await;
    let child = tokio::process::Command::new(program)
        .args(args)
        .arg(mock.base_url())
        .current_dir(dir)
        // The mock is on 127.0.0.1: never through a proxy.
        .env("NO_PROXY", "127.0.0.1,localhost")
        .env("no_proxy", "127.0.0.1,localhost")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .unwrap_or_else(|e| panic!("{} could not start: {e}", program.display()));
    let out = tokio::time::timeout(SCRIPT_LIMIT, child.wait_with_output())
        .await
        .expect("the SDK script did not finish in time")
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let checks: Vec<Check> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}\n{stderr}")))
        .collect();
    let failed: Vec<&Check> = checks.iter().filter(|c| !c.ok).collect();
    assert!(
        failed.is_empty() && out.status.success(),
        "{} failed: {failed:#?}\nstderr:\n{stderr}",
        failed.len()
    );
    for version in ["v1.0", "beta"] {
        let n = checks.iter().filter(|c| c.version == version).count();
        assert_eq!(n, expected_per_version, "{version}: {stdout}");
    }
    (checks, mock)
}

/// The SDK scripts make dozens of requests; Python imports two large SDKs.
const SCRIPT_LIMIT: Duration = Duration::from_secs(240);

/// What the Python scripts leave behind, read from the store: the SDK's
/// own view (asserted by the script) matches the server's.
fn assert_comments_arrived(mock: &graph_mock::RunningMock, tag_suffix: &str) {
    let sent = mock.store().folder(ADELE, Folder::SentItems).unwrap();
    for version in ["v1.0", "beta"] {
        let comment = format!("[{version}] {tag_suffix}");
        let found = sent.iter().filter(|m| {
            m.body
                .as_ref()
                .and_then(|b| b.content.as_deref())
                .is_some_and(|c| c.starts_with(&comment))
        });
        assert_eq!(found.count(), 1, "{comment}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_python_graph_sdks_drive_the_mail_family() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("sdk-compat");
    let python = std::env::var_os("GRAPH_SDK_PYTHON").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/sdk-compat/venv/bin/python"),
        std::path::PathBuf::from,
    );
    let installed = std::process::Command::new(&python)
        .args(["-c", "import msgraph, msgraph_beta"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !installed {
        let _ = sdk_missing(
            "msgraph-sdk / msgraph-beta-sdk",
            "bash .ci/run installs them into target/sdk-compat/venv; or set GRAPH_SDK_PYTHON",
        );
        return;
    }
    let script = dir.join("mail_family.py");
    let (checks, mock) = run_sdk_script(&python, &[&script], &dir, 25).await;
    assert!(checks.iter().any(|c| {
        c.check == "unknown property is 400 RequestBodyRead"
            && c.detail["message"]
                .as_str()
                .is_some_and(|m| m.contains("'futureField'"))
    }));
    assert_comments_arrived(&mock, "reply comment");
    assert_comments_arrived(&mock, "forward comment");
    let moved = mock.store().folder(ADELE, Folder::DeletedItems).unwrap();
    assert_eq!(moved.len(), 2, "one message moved per version");
    mock.stop().await;
}

/// msgraph-core's `BatchRequestContent` + `BatchRequestBuilder` (a `$batch`
/// with a `dependsOn`, each step's status and headers) and its
/// `PageIterator` (a folder one message a page) against the mock.
#[tokio::test(flavor = "multi_thread")]
async fn the_python_sdks_batch_and_page_iterator_drive_the_mock() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("sdk-compat");
    let python = std::env::var_os("GRAPH_SDK_PYTHON").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/sdk-compat/venv/bin/python"),
        std::path::PathBuf::from,
    );
    let installed = std::process::Command::new(&python)
        .args([
            "-c",
            "import msgraph, msgraph_beta, msgraph_core.requests.batch_request_builder",
        ])
        .output()
        .is_ok_and(|o| o.status.success());
    if !installed {
        let _ = sdk_missing(
            "msgraph-sdk / msgraph-beta-sdk with msgraph-core's batching",
            "bash .ci/run installs them into target/sdk-compat/venv; or set GRAPH_SDK_PYTHON",
        );
        return;
    }
    let script = dir.join("batch_paging.py");
    let (checks, mock) = run_sdk_script(&python, &[&script], &dir, 3).await;
    let iterated = checks
        .iter()
        .find(|c| c.version == "v1.0" && c.check.starts_with("page iterator"))
        .expect("the page iterator check");
    assert_eq!(
        iterated.detail.as_array().map(Vec::len),
        Some(2),
        "{iterated:?}"
    );
    // Each version's batch sent one draft, after the get it depended on.
    let sent = mock.store().folder(ADELE, Folder::SentItems).unwrap();
    for draft in ["Quarterly numbers", "Lunch?"] {
        assert!(
            sent.iter().any(|m| m.subject.as_deref() == Some(draft)),
            "{draft} was sent"
        );
    }
}

/// msgraph-core's `LargeFileUploadTask` against the mock's attachment upload
/// sessions: what it does right (the session decoded, ranges of 3 MiB
/// taken, a one-range file attached) and where msgraph-core 1.5.2 fails
/// Outlook's own protocol, with its exact errors (see the script's doc).
#[tokio::test(flavor = "multi_thread")]
async fn the_python_sdks_large_file_upload_task_drives_attachment_sessions() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("sdk-compat");
    let python = std::env::var_os("GRAPH_SDK_PYTHON").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/sdk-compat/venv/bin/python"),
        std::path::PathBuf::from,
    );
    let installed = std::process::Command::new(&python)
        .args([
            "-c",
            "import msgraph, msgraph_beta, httpx, msgraph_core.tasks.large_file_upload",
        ])
        .output()
        .is_ok_and(|o| o.status.success());
    if !installed {
        let _ = sdk_missing(
            "msgraph-sdk / msgraph-beta-sdk with msgraph-core's LargeFileUploadTask",
            "bash .ci/run installs them into target/sdk-compat/venv; or set GRAPH_SDK_PYTHON",
        );
        return;
    }
    let script = dir.join("large_file_upload.py");
    let (checks, mock) = run_sdk_script(&python, &[&script], &dir, 4).await;
    let stopped = checks
        .iter()
        .find(|c| c.version == "v1.0" && c.check.starts_with("several ranges"))
        .expect("the several-ranges check");
    assert_eq!(
        stopped.detail["error"], "ValueError: invalid literal for int() with base 10: ''",
        "{stopped:?}"
    );
    // Only the one-range file was attached, once, to each version's draft.
    for draft in ["AAMkADraft-adele-1", "AAMkADraft-adele-2"] {
        let attached = mock.store().attachments(ADELE, None, draft).unwrap();
        let names: Vec<_> = attached.iter().map(|a| a.name.as_deref()).collect();
        assert_eq!(names, [Some("one-range.bin")], "{draft}");
        assert_eq!(attached[0].size, Some(1024 * 1024));
    }
    mock.stop().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_javascript_graph_sdk_drives_the_mail_family() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("sdk-compat");
    let node_ok = std::process::Command::new("node")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !node_ok
        || !dir
            .join("node_modules/@microsoft/microsoft-graph-client")
            .is_dir()
    {
        let _ = sdk_missing(
            "node with @microsoft/microsoft-graph-client",
            "npm install --no-package-lock --prefix graph-mock/sdk-compat",
        );
        return;
    }
    let script = dir.join("mail_family.js");
    let (_, mock) = run_sdk_script(Path::new("node"), &[&script], &dir, 20).await;
    assert_comments_arrived(&mock, "reply comment");
    assert_comments_arrived(&mock, "forward comment");
    let megan_inbox = mock.store().folder(MEGAN, Folder::Inbox).unwrap();
    assert_eq!(megan_inbox.len(), 2, "one copy per version");
    mock.stop().await;
}
