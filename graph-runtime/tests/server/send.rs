//! message: send end to end: the generated client against the mock built from
//! the generated server stubs, over 127.0.0.1.

use std::sync::Arc;

use crate::support::*;
use graph_mock::{Folder, Message};
use graph_runtime::http::StatusCode;

fn sent_ids(mock: &graph_mock::RunningMock, user: &str) -> Vec<String> {
    mock.store()
        .folder(user, Folder::SentItems)
        .unwrap()
        .into_iter()
        .filter_map(|m| m.id)
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn both_variants_in_both_versions_send_and_move_the_draft() {
    bounded(async {
        let mock = start().await;
        let store = mock.store();
        for id in ["v1-me", "v1-user", "beta-me", "beta-user", "app-user"] {
            store.add_draft(ADELE, Message::draft(id, id)).unwrap();
        }
        let adele = client(&mock, "demo-adele");

        let r = v1::SendMessage::me()
            .message_id("v1-me")
            .send(&adele)
            .await
            .unwrap();
        assert_eq!(r.status, StatusCode::ACCEPTED);
        assert!(r.request_id().is_some());
        v1::SendMessage::user()
            .user_id(ADELE)
            .message_id("v1-user")
            .send(&adele)
            .await
            .unwrap();
        beta::SendMessage::me()
            .message_id("beta-me")
            .send(&adele)
            .await
            .unwrap();
        beta::SendMessage::user()
            .user_id(ADELE_ID)
            .message_id("beta-user")
            .send(&adele)
            .await
            .unwrap();
        // An application token may send from any mailbox.
        let app = client(&mock, "demo-app");
        v1::SendMessage::user()
            .user_id(ADELE)
            .message_id("app-user")
            .send(&app)
            .await
            .unwrap();

        let sent = store.folder(ADELE, Folder::SentItems).unwrap();
        assert_eq!(
            sent.iter()
                .filter_map(|m| m.id.as_deref())
                .collect::<Vec<_>>(),
            ["v1-me", "v1-user", "beta-me", "beta-user", "app-user"]
        );
        for m in &sent {
            assert_eq!(m.is_draft, Some(false));
            assert!(
                m.sent_date_time
                    .as_ref()
                    .is_some_and(|d| d.as_str().ends_with('Z'))
            );
        }
        let drafts = store.folder(ADELE, Folder::Drafts).unwrap();
        assert!(drafts.iter().all(|m| !sent.iter().any(|s| s.id == m.id)));
        mock.stop().await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_raw_response_is_202_with_an_empty_body() {
    bounded(async {
        let mock = start().await;
        let url = format!(
            "{}/v1.0/me/messages/AAMkADraft-adele-1/send",
            mock.base_url()
        );
        let r = http()
            .post(&url)
            .bearer_auth("demo-adele")
            .header("content-length", "0")
            .header("client-request-id", "my-correlation-id")
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 202);
        assert!(r.headers().contains_key("request-id"));
        assert_eq!(r.headers()["client-request-id"], "my-correlation-id");
        assert_eq!(r.bytes().await.unwrap().len(), 0);
        mock.stop().await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn unknown_and_already_sent_ids_are_item_not_found() {
    bounded(async {
        let mock = start().await;
        let adele = client(&mock, "demo-adele");
        let r = v1::SendMessage::me()
            .message_id("no-such-id")
            .send(&adele)
            .await;
        assert_graph_error(r, 404, "ErrorItemNotFound");

        v1::SendMessage::me()
            .message_id("AAMkADraft-adele-1")
            .send(&adele)
            .await
            .unwrap();
        let again = v1::SendMessage::me()
            .message_id("AAMkADraft-adele-1")
            .send(&adele)
            .await;
        assert_graph_error(again, 404, "ErrorItemNotFound");
        // Megan's draft is not in Adele's mailbox, whoever asks.
        let app = client(&mock, "demo-app");
        let r = beta::SendMessage::user()
            .user_id(ADELE)
            .message_id("AAMkADraft-megan-1")
            .send(&app)
            .await;
        assert_graph_error(r, 404, "ErrorItemNotFound");
        let r = beta::SendMessage::user()
            .user_id("nobody@contoso.com")
            .message_id("x")
            .send(&app)
            .await;
        assert_graph_error(r, 404, "ErrorInvalidUser");
        assert_eq!(sent_ids(&mock, ADELE), ["AAMkADraft-adele-1"]);
        mock.stop().await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn parallel_sends_of_one_draft_succeed_exactly_once() {
    const N: usize = 32;
    bounded(async {
        let mock = start().await;
        mock.store()
            .add_draft(MEGAN, Message::draft("contended", "race"))
            .unwrap();
        let megan = Arc::new(client(&mock, "demo-megan"));
        let barrier = Arc::new(tokio::sync::Barrier::new(N));
        let tasks: Vec<_> = (0..N)
            .map(|i| {
                let megan = Arc::clone(&megan);
                let barrier = Arc::clone(&barrier);
                tokio::spawn(async move {
                    barrier.wait().await;
                    let result = if i % 2 == 0 {
                        v1::SendMessage::me()
                            .message_id("contended")
                            .send(&megan)
                            .await
                    } else {
                        beta::SendMessage::user()
                            .user_id(MEGAN)
                            .message_id("contended")
                            .send(&megan)
                            .await
                    };
                    result.map(|r| r.status).map_err(|e| e.status())
                })
            })
            .collect();
        let mut accepted = 0;
        let mut not_found = 0;
        for t in tasks {
            match t.await.unwrap() {
                Ok(StatusCode::ACCEPTED) => accepted += 1,
                Err(Some(StatusCode::NOT_FOUND)) => not_found += 1,
                other => panic!("unexpected outcome {other:?}"),
            }
        }
        assert_eq!((accepted, not_found), (1, N - 1));
        let copies = sent_ids(&mock, MEGAN)
            .into_iter()
            .filter(|id| id == "contended")
            .count();
        assert_eq!(copies, 1);
        mock.stop().await;
    })
    .await;
}
