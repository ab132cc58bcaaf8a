//! graph-sdk's mail endpoints (area `outlook`, imported from the docs) drive
//! graph-mock, whose routes come from the bundled, hand-checked mail specs:
//! the two agree on the wire (paths, methods, bodies, statuses, ids that
//! need percent-encoding), over 127.0.0.1.

use std::time::Duration;

use futures_util::TryStreamExt;
use graph_mock::{Config, Folder, RunningMock};
use graph_sdk::graph_runtime::client::{Client, Error, RetryPolicy, StaticToken};
use graph_sdk::v1_0::models::{EmailAddress, ItemBody, Message, Recipient};
use graph_sdk::v1_0::{
    MailfolderListMessages, MessageGet, MessageSend, UserPostMessages, UserSendmail, user_sendmail,
};

const ADELE: &str = "adele@contoso.com";
const MEGAN: &str = "megan@contoso.com";

async fn start() -> RunningMock {
    let mut config = Config::demo().unwrap();
    config.address = "127.0.0.1:0".parse().unwrap();
    graph_mock::start(config).await.unwrap()
}

fn client(mock: &RunningMock, token: &str) -> Client {
    Client::builder(StaticToken::new(token.to_owned()))
        .root(mock.base_url())
        .retry(RetryPolicy::none())
        .timeout(Duration::from_secs(10))
        .no_proxy()
        .build()
        .unwrap()
}

fn draft(subject: &str) -> Message {
    Message {
        subject: Some(subject.to_owned()),
        body: Some(ItemBody {
            content: Some("hello".to_owned()),
            ..Default::default()
        }),
        to_recipients: Some(vec![Recipient {
            email_address: Some(EmailAddress {
                address: Some(MEGAN.to_owned()),
                ..Default::default()
            }),
            ..Default::default()
        }]),
        ..Default::default()
    }
}

fn subjects(mock: &RunningMock, folder: Folder) -> Vec<String> {
    let messages = mock.store().folder(ADELE, folder).unwrap();
    messages.into_iter().filter_map(|m| m.subject).collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn create_get_send_list_and_send_mail() {
    let mock = start().await;
    let adele = client(&mock, "demo-adele");

    let created = UserPostMessages::me()
        .body(draft("Plans"))
        .send(&adele)
        .await
        .unwrap();
    assert_eq!(created.status, 201);
    let id = created.body.id.clone().unwrap();
    // The mock's ids hold `/`, `+` and `=`: the path segment must be encoded.
    assert!(id.contains('/') && id.contains('+'), "{id}");
    assert_eq!(created.body.is_draft, Some(true));

    let got = MessageGet::user()
        .user_id(ADELE)
        .message_id(&id)
        .send(&adele)
        .await
        .unwrap();
    assert_eq!(got.body.subject.as_deref(), Some("Plans"));
    assert_eq!(got.body.id.as_deref(), Some(id.as_str()));

    let sent = MessageSend::me()
        .message_id(&id)
        .send(&adele)
        .await
        .unwrap();
    assert_eq!(sent.status, 202);
    assert!(subjects(&mock, Folder::SentItems).contains(&"Plans".to_owned()));
    assert!(!subjects(&mock, Folder::Drafts).contains(&"Plans".to_owned()));

    let sent = UserSendmail::me()
        .body(user_sendmail::Body {
            message: Some(draft("Lunch")),
            save_to_sent_items: Some(true),
        })
        .send(&adele)
        .await
        .unwrap();
    assert_eq!(sent.status, 202);

    let request = MailfolderListMessages::me()
        .mail_folder_id("sentitems")
        .build()
        .unwrap();
    let listed: Vec<Message> = adele.items(request, None).try_collect().await.unwrap();
    let listed: Vec<&str> = listed.iter().filter_map(|m| m.subject.as_deref()).collect();
    assert!(
        listed.contains(&"Plans") && listed.contains(&"Lunch"),
        "{listed:?}"
    );
    mock.stop().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn graph_errors_reach_the_caller_typed() {
    let mock = start().await;
    let adele = client(&mock, "demo-adele");
    let missing = MessageGet::me().message_id("AAMk-none").send(&adele).await;
    match missing {
        Err(Error::Graph(e)) => {
            assert_eq!(e.status, 404);
            assert_eq!(e.code.as_deref(), Some("ErrorItemNotFound"));
        }
        other => panic!("expected Graph's 404, got {other:?}"),
    }
    let nobody = client(&mock, "not-a-token");
    match MessageSend::me().message_id("x").send(&nobody).await {
        Err(Error::Graph(e)) => assert_eq!(e.status, 401),
        other => panic!("expected 401, got {other:?}"),
    }
    mock.stop().await;
}
