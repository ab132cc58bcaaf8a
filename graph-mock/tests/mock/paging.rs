//! The generated client pages through the mock with `$top` and
//! `Client::next_page`, following the mock's `@odata.nextLink`.

use crate::support::*;
use graph_mock::Folder;

#[tokio::test(flavor = "multi_thread")]
async fn next_page_walks_a_folder_to_its_end() {
    bounded(async {
        let mock = start().await;
        let adele = client(&mock, "demo-adele");
        let expected: Vec<String> = mock
            .store()
            .folder(ADELE, Folder::Drafts)
            .unwrap()
            .into_iter()
            .filter_map(|m| m.id)
            .collect();
        assert!(expected.len() >= 2, "the demo data has several drafts");

        let mut page = v1::ListMessages::me_folder()
            .folder_id("drafts")
            .top(1)
            .send(&adele)
            .await
            .unwrap()
            .body;
        let mut seen: Vec<String> = page.value.iter().filter_map(|m| m.id.clone()).collect();
        while let Some(next) = adele.next_page(&page).await.unwrap() {
            assert_eq!(next.body.value.len(), 1, "each page holds `$top` messages");
            seen.extend(next.body.value.iter().filter_map(|m| m.id.clone()));
            page = next.body;
        }
        assert_eq!(seen, expected);
        mock.stop().await;
    })
    .await;
}
