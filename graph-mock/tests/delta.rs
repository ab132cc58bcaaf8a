//! Delta for messages, end to end: the generated `message: delta` request
//! through `Client::delta` against the mock, a round in pages
//! (`@odata.nextLink` with `$skiptoken`) ending in `@odata.deltaLink`, then
//! the changes since that link (created, updated and removed messages) with
//! `Client::delta_from` after the link went through JSON as an app stores
//! it, and tokens that are opaque and tamper-checked.

mod support;

use futures_util::TryStreamExt;
use graph_mock::{Folder, Message};
use graph_runtime::client::{Client, Delta};
use graph_runtime::{DeltaItem, DeltaLink};
use serde_json::{Value, json};
use support::{ADELE, bounded, http};

/// The generated client of the delta function and of move message, both versions.
mod generated {
    use graph_macros::{graph_endpoint, graph_models};

    #[graph_models("../specs/models/mail.toml")]
    pub mod models {}

    #[graph_endpoint("../specs/v1.0/message_delta.toml", client)]
    pub struct MessageDelta;
    #[graph_endpoint("../specs/v1.0/message_move.toml", client)]
    pub struct MoveMessage;

    pub mod beta {
        #[graph_macros::graph_endpoint("../specs/beta/message_delta.toml", client, models = crate::generated::models)]
        pub struct MessageDelta;
    }
}

use generated::models;

/// Every event of a delta stream: the items' ids and subjects, the
/// removed ids, and the link it ended with.
#[derive(Debug, Default)]
struct Round {
    items: Vec<(String, Option<String>)>,
    removed: Vec<(String, Option<String>)>,
    link: Option<DeltaLink>,
}

async fn round(
    events: impl futures_util::Stream<
        Item = Result<Delta<models::Message>, graph_runtime::client::Error>,
    >,
) -> Round {
    let events: Vec<_> = events.try_collect().await.unwrap();
    let mut round = Round::default();
    for event in events {
        assert!(round.link.is_none(), "Done is the last event");
        match event {
            Delta::Item(m) => round.items.push((m.id.unwrap(), m.subject)),
            Delta::Removed { id, reason } => round.removed.push((id, reason)),
            Delta::Done(link) => round.link = Some(link),
        }
    }
    round
}

/// Adds `n` messages to Adele's inbox; their ids, in arrival order.
fn seed(mock: &graph_mock::RunningMock, n: usize) -> Vec<String> {
    (0..n)
        .map(|i| {
            let mut m = Message::draft(mock.store().new_id(), format!("Inbox {i}"));
            m.is_draft = Some(false);
            mock.store()
                .add(ADELE, Folder::Inbox, m)
                .unwrap()
                .id
                .unwrap()
        })
        .collect()
}

fn ids(round: &Round) -> Vec<&str> {
    round.items.iter().map(|(id, _)| id.as_str()).collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_round_in_pages_then_the_changes_since_its_delta_link() {
    bounded(async {
        let mock = support::start().await;
        let client: Client = support::client(&mock, "demo-adele");
        let before = mock.store().folder(ADELE, Folder::Inbox).unwrap();
        let seeded = seed(&mock, 4);
        let mut expected: Vec<String> = before.iter().map(|m| m.id.clone().unwrap()).collect();
        expected.extend(seeded.iter().cloned());

        // The first page of two, through the generated request's own `send`.
        let first = generated::MessageDelta::me()
            .folder_id("inbox")
            .top(2)
            .send(&client)
            .await
            .unwrap()
            .body;
        assert_eq!(first.value.len(), 2);
        let next = first.next_link.as_deref().unwrap();
        assert!(
            next.starts_with(&format!(
                "{}/v1.0/me/mailFolders/inbox/messages/delta?$skiptoken=",
                mock.base_url()
            )),
            "{next}"
        );
        assert!(first.delta_link.is_none());

        // The whole round: every message once, in pages of two, then the link.
        let request = generated::MessageDelta::me()
            .folder_id("inbox")
            .top(2)
            .build()
            .unwrap();
        let first_round = round(client.delta(request)).await;
        assert_eq!(ids(&first_round), expected);
        assert!(first_round.removed.is_empty());
        let link = first_round.link.unwrap();
        assert!(
            link.as_str().contains("/messages/delta?$deltatoken="),
            "{link:?}"
        );

        // Nothing changed: an empty round, and a new link.
        let quiet = round(client.delta_from::<models::Message>(&link)).await;
        assert!(
            quiet.items.is_empty() && quiet.removed.is_empty(),
            "{quiet:?}"
        );

        // A new message, one updated in place, one moved out, and a draft (another folder).
        let created = seed(&mock, 1).remove(0);
        let mut updated = Message::draft(seeded[0].clone(), "Inbox 0, edited");
        updated.is_draft = Some(false);
        mock.store().add(ADELE, Folder::Inbox, updated).unwrap();
        generated::MoveMessage::me()
            .message_id(&seeded[1])
            .body(generated::move_message::Body {
                destination_id: "deleteditems".into(),
            })
            .send(&client)
            .await
            .unwrap();
        mock.store()
            .add_draft(
                ADELE,
                Message::draft(mock.store().new_id(), "Not in the inbox"),
            )
            .unwrap();

        // The link as an app stores it across a restart: its URL in JSON.
        let stored = serde_json::to_string(&link).unwrap();
        let link: DeltaLink = serde_json::from_str(&stored).unwrap();
        let changes = round(client.delta_from::<models::Message>(&link)).await;
        assert_eq!(
            changes.items,
            [
                (created.clone(), Some("Inbox 0".to_owned())),
                (seeded[0].clone(), Some("Inbox 0, edited".to_owned())),
            ]
        );
        assert_eq!(
            changes.removed,
            [(seeded[1].clone(), Some("deleted".to_owned()))]
        );
        // Each link resumes its own round: the older one sees the same changes again.
        let again = round(client.delta_from::<models::Message>(&link)).await;
        assert_eq!(
            (again.items, again.removed),
            (changes.items, changes.removed)
        );
        let after = round(client.delta_from::<models::Message>(&changes.link.unwrap())).await;
        assert!(
            after.items.is_empty() && after.removed.is_empty(),
            "{after:?}"
        );
        mock.stop().await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn removed_messages_go_on_the_wire_as_id_and_removed() {
    bounded(async {
        let mock = support::start().await;
        let client = support::client(&mock, "demo-adele");
        let seeded = seed(&mock, 2);
        // The beta function, by principal name, in one page, with $select.
        let request = generated::beta::MessageDelta::user()
            .user_id(ADELE)
            .folder_id("inbox")
            .select("subject")
            .build()
            .unwrap();
        let link = round(client.delta(request)).await.link.unwrap();
        assert!(link.as_str().contains("/beta/users/"), "{link:?}");
        generated::MoveMessage::me()
            .message_id(&seeded[0])
            .body(generated::move_message::Body {
                destination_id: "deleteditems".into(),
            })
            .send(&client)
            .await
            .unwrap();
        let page = http()
            .get(link.as_str())
            .bearer_auth("demo-adele")
            .send()
            .await
            .unwrap();
        assert_eq!(page.status(), 200);
        let page: Value = serde_json::from_slice(&page.bytes().await.unwrap()).unwrap();
        assert_eq!(
            page["value"],
            json!([{"id": seeded[0], "@removed": {"reason": "deleted"}}])
        );
        // The generated page type reads it as a removal too.
        let typed: graph_runtime::Page<DeltaItem<models::Message>> =
            serde_json::from_value(page.clone()).unwrap();
        assert_eq!(
            typed.value,
            [DeltaItem::Removed {
                id: seeded[0].clone(),
                reason: Some("deleted".into())
            }]
        );
        assert!(page["@odata.deltaLink"].is_string());
        mock.stop().await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn tokens_are_opaque_and_tamper_checked() {
    bounded(async {
        let mock = support::start().await;
        let client = support::client(&mock, "demo-adele");
        seed(&mock, 3);
        let first = generated::MessageDelta::me()
            .folder_id("inbox")
            .top(1)
            .send(&client)
            .await
            .unwrap()
            .body;
        let next = first.next_link.unwrap();
        let token = next.split("$skiptoken=").nth(1).unwrap().to_owned();
        let get = |url: String, token: &'static str| async move {
            let r = http().get(url).bearer_auth(token).send().await.unwrap();
            let status = r.status().as_u16();
            let body: Value =
                serde_json::from_slice(&r.bytes().await.unwrap()).unwrap_or(Value::Null);
            (
                status,
                body["error"]["code"].as_str().unwrap_or("").to_owned(),
            )
        };
        assert_eq!(get(next.clone(), "demo-adele").await.0, 200);
        // One character changed, anywhere: refused.
        for at in [0, token.len() / 2, token.len() - 1] {
            let mut bytes = token.clone().into_bytes();
            bytes[at] = if bytes[at] == b'A' { b'B' } else { b'A' };
            let forged = next.replace(&token, std::str::from_utf8(&bytes).unwrap());
            assert_eq!(
                get(forged, "demo-adele").await,
                (400, "ErrorInvalidSyncStateData".to_owned())
            );
        }
        // Adele's token in another folder, or in Megan's mailbox: refused.
        let base = format!("{}/v1.0/me/mailFolders", mock.base_url());
        let drafts = format!("{base}/drafts/messages/delta?$skiptoken={token}");
        assert_eq!(get(drafts, "demo-adele").await.0, 400);
        let megan = format!("{base}/inbox/messages/delta?$skiptoken={token}");
        assert_eq!(get(megan, "demo-megan").await.0, 400);
        let both = format!("{base}/inbox/messages/delta?$skiptoken={token}&$deltatoken={token}");
        assert_eq!(get(both, "demo-adele").await.0, 400);
        // Reading needs Mail.ReadBasic or more; Megan reaching Adele's folder needs Mail.Read.Shared.
        let other = format!(
            "{}/v1.0/users/{ADELE}/mailFolders/inbox/messages/delta",
            mock.base_url()
        );
        assert_eq!(get(other, "demo-megan").await.0, 403);
        mock.stop().await;
    })
    .await;
}
