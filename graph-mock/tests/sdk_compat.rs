//! Wire compatibility: Microsoft's JavaScript Graph SDK
//! (`@microsoft/microsoft-graph-client`) sends drafts through the mock and
//! surfaces its error codes and messages. Skipped, with the reason printed,
//! when Node.js or the SDK is not installed; install it with
//! `npm install --no-package-lock --prefix graph-mock/sdk-compat`.

mod support;

use std::path::Path;
use std::process::Stdio;
use std::time::Duration;

use graph_mock::Folder;
use support::*;

#[tokio::test(flavor = "multi_thread")]
async fn the_javascript_graph_sdk_sends_and_reads_our_errors() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("sdk-compat");
    if !dir
        .join("node_modules/@microsoft/microsoft-graph-client")
        .is_dir()
    {
        eprintln!(
            "skipped: @microsoft/microsoft-graph-client is not installed \
             (npm install --no-package-lock --prefix graph-mock/sdk-compat)"
        );
        return;
    }
    let node_ok = std::process::Command::new("node")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !node_ok {
        eprintln!("skipped: node is not installed");
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
