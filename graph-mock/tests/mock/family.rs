//! The mail action family end to end: the generated client against the mock
//! built from the generated server stubs, over 127.0.0.1, every endpoint in
//! both versions and every path variant kind.

use crate::support::*;
use graph_mock::Folder;
use graph_runtime::http::StatusCode;

/// Adele's seeded Inbox message (from Megan, to Adele and Alex, cc Lee).
const INBOX_ID: &str = "AAMkAInbox-adele/1+A=";

fn subjects(mock: &graph_mock::RunningMock, folder: Folder) -> Vec<String> {
    mock.store()
        .folder(ADELE, folder)
        .unwrap()
        .into_iter()
        .filter_map(|m| m.subject)
        .collect()
}

macro_rules! family {
    ($v:ident) => {
        mod $v {
            use super::*;
            use crate::support::$v::models::{EmailAddress, ItemBody, Message, Recipient};
            use crate::support::$v::*;

            fn to(address: &str) -> Recipient {
                Recipient {
                    email_address: Some(EmailAddress {
                        address: Some(address.into()),
                        name: None,
                    }),
                }
            }

            fn addresses(r: &Option<Vec<Recipient>>) -> Vec<String> {
                r.iter()
                    .flatten()
                    .filter_map(|r| r.email_address.as_ref()?.address.clone())
                    .collect()
            }

            fn draft(subject: &str) -> Message {
                Message {
                    subject: Some(subject.into()),
                    to_recipients: Some(vec![to(MEGAN)]),
                    body: Some(ItemBody {
                        content_type: None,
                        content: Some("hello".into()),
                    }),
                    ..Message::default()
                }
            }

            #[tokio::test(flavor = "multi_thread")]
            async fn create_get_send_and_list() {
                bounded(async {
                    let mock = start().await;
                    let adele = client(&mock, "demo-adele");

                    // Create a draft: 201 and a message with an opaque, URL-unsafe id.
                    let r = CreateMessage::me()
                        .body(draft("Plans"))
                        .send(&adele)
                        .await
                        .unwrap();
                    assert_eq!(r.status, StatusCode::CREATED);
                    let created = r.body;
                    let id = created.id.clone().unwrap();
                    assert!(
                        id.contains('/') && id.contains('+') && id.ends_with('='),
                        "{id}"
                    );
                    assert_eq!(created.is_draft, Some(true));
                    assert_eq!(
                        created.parent_folder_id.as_deref(),
                        Some(Folder::Drafts.id())
                    );
                    assert!(created.created_date_time.is_some());
                    assert_eq!(addresses(&created.to_recipients), [MEGAN]);

                    // In another folder, by well-known name, for a user by id.
                    let r = CreateMessage::user_folder()
                        .user_id(ADELE_ID)
                        .folder_id("DeletedItems")
                        .body(draft("Old plans"))
                        .send(&adele)
                        .await
                        .unwrap();
                    assert_eq!(
                        r.body.parent_folder_id.as_deref(),
                        Some(Folder::DeletedItems.id())
                    );
                    let r = CreateMessage::me_folder()
                        .folder_id("archive")
                        .body(draft("x"))
                        .send(&adele)
                        .await;
                    assert_graph_error(r, 404, "ErrorItemNotFound");

                    // Get it, whole, through a folder, and with $select.
                    let got = GetMessage::me().message_id(&id).send(&adele).await.unwrap();
                    assert_eq!(got.status, StatusCode::OK);
                    assert_eq!(got.body, created);
                    let got = GetMessage::user_folder()
                        .user_id(ADELE)
                        .folder_id("drafts")
                        .message_id(&id)
                        .prefer("outlook.timezone=\"Pacific Standard Time\"")
                        .send(&adele)
                        .await
                        .unwrap();
                    assert_eq!(got.body.subject.as_deref(), Some("Plans"));
                    let got = GetMessage::user()
                        .user_id(ADELE)
                        .message_id(&id)
                        .select("subject,isDraft")
                        .send(&adele)
                        .await
                        .unwrap()
                        .body;
                    assert_eq!(got.id.as_deref(), Some(id.as_str()));
                    assert_eq!(got.subject.as_deref(), Some("Plans"));
                    assert_eq!(got.is_draft, Some(true));
                    assert_eq!(got.to_recipients, None);
                    let r = GetMessage::me_folder()
                        .folder_id("inbox")
                        .message_id(&id)
                        .send(&adele)
                        .await;
                    assert_graph_error(r, 404, "ErrorItemNotFound");
                    let r = GetMessage::me()
                        .message_id("no/such+id=")
                        .send(&adele)
                        .await;
                    assert_graph_error(r, 404, "ErrorItemNotFound");

                    // Send the created draft by its URL-unsafe id.
                    let r = SendMessage::me()
                        .message_id(&id)
                        .send(&adele)
                        .await
                        .unwrap();
                    assert_eq!(r.status, StatusCode::ACCEPTED);
                    let sent = GetMessage::me_folder()
                        .folder_id("SENTITEMS")
                        .message_id(&id)
                        .send(&adele)
                        .await
                        .unwrap()
                        .body;
                    assert_eq!(sent.is_draft, Some(false));
                    assert!(sent.sent_date_time.is_some());

                    // List Drafts a page at a time, following @odata.nextLink's $skip.
                    let drafts = mock.store().folder(ADELE, Folder::Drafts).unwrap();
                    assert!(drafts.len() >= 2);
                    let page = ListMessages::me_folder()
                        .folder_id("drafts")
                        .top(1)
                        .send(&adele)
                        .await
                        .unwrap();
                    assert_eq!(page.status, StatusCode::OK);
                    assert_eq!(page.body.value.len(), 1);
                    let next = page.body.next_link.clone().unwrap();
                    let prefix = format!(
                        "{}/{}/me/mailFolders/drafts/messages?",
                        mock.base_url(),
                        stringify!($v).replace("v1", "v1.0")
                    );
                    assert!(next.starts_with(&prefix), "{next}");
                    assert!(
                        next.contains("$skip=1") && next.contains("$top=1"),
                        "{next}"
                    );
                    let mut seen = page.body.value;
                    let mut skip = 1;
                    loop {
                        let page = ListMessages::user_folder()
                            .user_id(ADELE)
                            .folder_id(Folder::Drafts.id())
                            .top(1)
                            .skip(skip)
                            .select("subject")
                            .send(&adele)
                            .await
                            .unwrap()
                            .body;
                        seen.extend(page.value);
                        skip += 1;
                        if page.next_link.is_none() {
                            break;
                        }
                        assert!(skip < 100, "paging does not end");
                    }
                    let ids = |ms: &[Message]| -> Vec<Option<String>> {
                        ms.iter().map(|m| m.id.clone()).collect()
                    };
                    assert_eq!(
                        ids(&seen),
                        drafts.iter().map(|m| m.id.clone()).collect::<Vec<_>>()
                    );
                    let all = ListMessages::me_folder()
                        .folder_id("drafts")
                        .send(&adele)
                        .await
                        .unwrap()
                        .body;
                    assert_eq!(all.value.len(), drafts.len());
                    assert_eq!(all.next_link, None);
                    let r = ListMessages::me_folder()
                        .folder_id("nope")
                        .send(&adele)
                        .await;
                    assert_graph_error(r, 404, "ErrorItemNotFound");
                    mock.stop().await;
                })
                .await;
            }

            #[tokio::test(flavor = "multi_thread")]
            async fn send_mail_reply_reply_all_and_forward() {
                bounded(async {
                    let mock = start().await;
                    let adele = client(&mock, "demo-adele");

                    let r = SendMail::me()
                        .body(send_mail::Body {
                            message: draft("Saved"),
                            save_to_sent_items: None,
                        })
                        .send(&adele)
                        .await
                        .unwrap();
                    assert_eq!(r.status, StatusCode::ACCEPTED);
                    SendMail::user()
                        .user_id(ADELE)
                        .body(send_mail::Body {
                            message: draft("Not saved"),
                            save_to_sent_items: Some(false),
                        })
                        .send(&adele)
                        .await
                        .unwrap();
                    assert_eq!(subjects(&mock, Folder::SentItems), ["Saved"]);

                    let r = ReplyToMessage::me()
                        .message_id(INBOX_ID)
                        .body(reply_to_message::Body {
                            comment: Some("Yes".into()),
                            message: None,
                        })
                        .send(&adele)
                        .await
                        .unwrap();
                    assert_eq!(r.status, StatusCode::ACCEPTED);
                    ReplyAllToMessage::me_folder()
                        .folder_id("Inbox")
                        .message_id(INBOX_ID)
                        .body(reply_all_to_message::Body {
                            comment: Some("Yes, all".into()),
                            message: None,
                        })
                        .send(&adele)
                        .await
                        .unwrap();
                    ForwardMessage::user_folder()
                        .user_id(ADELE)
                        .folder_id(Folder::Inbox.id())
                        .message_id(INBOX_ID)
                        .body(forward_message::Body {
                            comment: Some("FYI".into()),
                            message: None,
                            to_recipients: Some(vec![to("pat@contoso.com")]),
                        })
                        .send(&adele)
                        .await
                        .unwrap();
                    ForwardMessage::user()
                        .user_id(ADELE_ID)
                        .message_id(INBOX_ID)
                        .body(forward_message::Body {
                            comment: None,
                            message: Some(Message {
                                to_recipients: Some(vec![to("kim@contoso.com")]),
                                subject: Some("Custom subject".into()),
                                ..Message::default()
                            }),
                            to_recipients: None,
                        })
                        .send(&adele)
                        .await
                        .unwrap();

                    let sent = mock.store().folder(ADELE, Folder::SentItems).unwrap();
                    let sent: Vec<_> = sent.into_iter().skip(1).collect();
                    let view: Vec<(String, Vec<String>, Vec<String>)> = sent
                        .iter()
                        .map(|m| {
                            let to = |r: &Option<Vec<graph_mock::store::Recipient>>| {
                                r.iter()
                                    .flatten()
                                    .filter_map(|r| r.email_address.as_ref()?.address.clone())
                                    .collect::<Vec<_>>()
                            };
                            (
                                m.subject.clone().unwrap_or_default(),
                                to(&m.to_recipients),
                                to(&m.cc_recipients),
                            )
                        })
                        .collect();
                    let s = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
                    assert_eq!(
                        view,
                        [
                            ("RE: Team offsite".into(), s(&[MEGAN]), s(&[])),
                            (
                                "RE: Team offsite".into(),
                                s(&[MEGAN, "alex@contoso.com"]),
                                s(&["lee@contoso.com"])
                            ),
                            ("FW: Team offsite".into(), s(&["pat@contoso.com"]), s(&[])),
                            ("Custom subject".into(), s(&["kim@contoso.com"]), s(&[])),
                        ]
                    );
                    for m in &sent {
                        assert_eq!(m.is_draft, Some(false));
                        assert!(m.sent_date_time.is_some());
                    }
                    let body = sent[0]
                        .body
                        .as_ref()
                        .and_then(|b| b.content.clone())
                        .unwrap();
                    assert!(body.starts_with("Yes"), "{body}");

                    // Replying to a message not in the named folder, or unknown, is 404.
                    let r = ReplyToMessage::me_folder()
                        .folder_id("drafts")
                        .message_id(INBOX_ID)
                        .body(reply_to_message::Body::default())
                        .send(&adele)
                        .await;
                    assert_graph_error(r, 404, "ErrorItemNotFound");
                    let r = ReplyToMessage::me()
                        .message_id("gone")
                        .body(reply_to_message::Body::default())
                        .send(&adele)
                        .await;
                    assert_graph_error(r, 404, "ErrorItemNotFound");
                    mock.stop().await;
                })
                .await;
            }

            #[tokio::test(flavor = "multi_thread")]
            async fn create_replies_and_forwards_are_drafts() {
                bounded(async {
                    let mock = start().await;
                    let adele = client(&mock, "demo-adele");
                    let before = mock.store().folder(ADELE, Folder::Drafts).unwrap().len();

                    let reply = CreateReply::me()
                        .message_id(INBOX_ID)
                        .body(create_reply::Body {
                            comment: Some("Draft reply".into()),
                            message: None,
                        })
                        .send(&adele)
                        .await
                        .unwrap();
                    assert_eq!(reply.status, StatusCode::CREATED);
                    let reply = reply.body;
                    assert_eq!(reply.subject.as_deref(), Some("RE: Team offsite"));
                    assert_eq!(addresses(&reply.to_recipients), [MEGAN]);
                    assert_eq!(reply.is_draft, Some(true));
                    assert_eq!(reply.sent_date_time, None);
                    assert_eq!(reply.parent_folder_id.as_deref(), Some(Folder::Drafts.id()));

                    let all = CreateReplyAll::user()
                        .user_id(ADELE)
                        .message_id(INBOX_ID)
                        .body(create_reply_all::Body::default())
                        .send(&adele)
                        .await
                        .unwrap()
                        .body;
                    assert_eq!(addresses(&all.to_recipients), [MEGAN, "alex@contoso.com"]);
                    assert_eq!(addresses(&all.cc_recipients), ["lee@contoso.com"]);

                    let fwd = CreateForward::me_folder()
                        .folder_id("inbox")
                        .message_id(INBOX_ID)
                        .body(create_forward::Body {
                            comment: None,
                            message: None,
                            to_recipients: Some(vec![to("pat@contoso.com")]),
                        })
                        .send(&adele)
                        .await
                        .unwrap()
                        .body;
                    assert_eq!(fwd.subject.as_deref(), Some("FW: Team offsite"));
                    assert_eq!(addresses(&fwd.to_recipients), ["pat@contoso.com"]);

                    let drafts = mock.store().folder(ADELE, Folder::Drafts).unwrap();
                    assert_eq!(drafts.len(), before + 3);
                    assert_eq!(subjects(&mock, Folder::SentItems), Vec::<String>::new());

                    // The created draft sends like any other.
                    SendMessage::me()
                        .message_id(fwd.id.as_deref().unwrap())
                        .send(&adele)
                        .await
                        .unwrap();
                    assert_eq!(subjects(&mock, Folder::SentItems), ["FW: Team offsite"]);
                    mock.stop().await;
                })
                .await;
            }

            #[tokio::test(flavor = "multi_thread")]
            async fn move_and_copy_between_folders() {
                bounded(async {
                    let mock = start().await;
                    let adele = client(&mock, "demo-adele");
                    let app = client(&mock, "demo-app");
                    let id = CreateMessage::me()
                        .body(draft("Movable"))
                        .send(&adele)
                        .await
                        .unwrap()
                        .body
                        .id
                        .unwrap();

                    let copy = CopyMessage::me()
                        .message_id(&id)
                        .body(copy_message::Body {
                            destination_id: "Inbox".into(),
                        })
                        .send(&adele)
                        .await
                        .unwrap();
                    assert_eq!(copy.status, StatusCode::CREATED);
                    assert_eq!(
                        copy.body.parent_folder_id.as_deref(),
                        Some(Folder::Inbox.id())
                    );
                    assert_ne!(copy.body.id.as_deref(), Some(id.as_str()));
                    assert_eq!(copy.body.subject.as_deref(), Some("Movable"));

                    let moved = MoveMessage::user_folder()
                        .user_id(ADELE)
                        .folder_id("drafts")
                        .message_id(&id)
                        .body(move_message::Body {
                            destination_id: Folder::DeletedItems.id().into(),
                        })
                        .send(&app)
                        .await
                        .unwrap()
                        .body;
                    assert_eq!(
                        moved.parent_folder_id.as_deref(),
                        Some(Folder::DeletedItems.id())
                    );
                    let r = GetMessage::me().message_id(&id).send(&adele).await;
                    assert_graph_error(r, 404, "ErrorItemNotFound");
                    let moved_id = moved.id.clone().unwrap();
                    let r = MoveMessage::user()
                        .user_id(ADELE_ID)
                        .message_id(&moved_id)
                        .body(move_message::Body {
                            destination_id: "sentitems".into(),
                        })
                        .send(&adele)
                        .await
                        .unwrap();
                    assert_eq!(
                        r.body.parent_folder_id.as_deref(),
                        Some(Folder::SentItems.id())
                    );
                    for (folder, subject) in
                        [(Folder::Inbox, "Movable"), (Folder::SentItems, "Movable")]
                    {
                        assert!(subjects(&mock, folder).iter().any(|s| s == subject));
                    }
                    assert!(subjects(&mock, Folder::DeletedItems).is_empty());

                    let r = MoveMessage::me()
                        .message_id(r.body.id.as_deref().unwrap())
                        .body(move_message::Body {
                            destination_id: "archive".into(),
                        })
                        .send(&adele)
                        .await;
                    assert_graph_error(r, 404, "ErrorItemNotFound");
                    let r = CopyMessage::me_folder()
                        .folder_id("drafts")
                        .message_id(INBOX_ID)
                        .body(copy_message::Body {
                            destination_id: "inbox".into(),
                        })
                        .send(&adele)
                        .await;
                    assert_graph_error(r, 404, "ErrorItemNotFound");
                    mock.stop().await;
                })
                .await;
            }

            #[tokio::test(flavor = "multi_thread")]
            async fn permissions_are_enforced_per_endpoint() {
                bounded(async {
                    let mock = start().await;
                    // Mail.Read only: reading works, writing and sending do not.
                    let readonly = client(&mock, "demo-adele-readonly");
                    GetMessage::me()
                        .message_id(INBOX_ID)
                        .send(&readonly)
                        .await
                        .unwrap();
                    let r = CreateMessage::me().body(draft("no")).send(&readonly).await;
                    let e = assert_graph_error(r, 403, "ErrorAccessDenied");
                    assert!(e.message.unwrap().contains("Mail.ReadWrite"));
                    let r = ReplyToMessage::me()
                        .message_id(INBOX_ID)
                        .body(reply_to_message::Body::default())
                        .send(&readonly)
                        .await;
                    assert_graph_error(r, 403, "ErrorAccessDenied");
                    // A delegated token stays in its own mailbox.
                    let megan = client(&mock, "demo-megan");
                    let r = ListMessages::user_folder()
                        .user_id(ADELE)
                        .folder_id("inbox")
                        .send(&megan)
                        .await;
                    assert_graph_error(r, 403, "ErrorAccessDenied");
                    mock.stop().await;
                })
                .await;
            }
        }
    };
}

family!(v1);
family!(beta);

/// A typed `$batch` through the generated client: each step decoded as its
/// own endpoint's response or error, 23 steps sent as two batches, a step
/// after a failed one 424, the send running after the get it depends on.
#[tokio::test(flavor = "multi_thread")]
async fn a_typed_batch_decodes_each_step_as_its_endpoint() {
    use crate::support::v1::{GetMessage, SendMessage};
    use graph_runtime::client::Batch;
    bounded(async {
        let mock = start().await;
        let client = client(&mock, "demo-adele");
        let mut batch = Batch::new();
        let get = batch
            .add(
                GetMessage::me()
                    .message_id("AAMkADraft-adele-1")
                    .build()
                    .unwrap(),
            )
            .unwrap();
        let send = batch
            .add(
                SendMessage::me()
                    .message_id("AAMkADraft-adele-1")
                    .build()
                    .unwrap(),
            )
            .unwrap();
        batch.depends_on(send, get);
        let missing = batch
            .add(
                GetMessage::me()
                    .message_id("no-such-message")
                    .build()
                    .unwrap(),
            )
            .unwrap();
        let after_missing = batch
            .add(
                SendMessage::me()
                    .message_id("AAMkADraft-adele-2")
                    .build()
                    .unwrap(),
            )
            .unwrap();
        batch.depends_on(after_missing, missing);
        let more: Vec<_> = (0..19)
            .map(|_| {
                batch
                    .add(GetMessage::me().message_id(INBOX_ID).build().unwrap())
                    .unwrap()
            })
            .collect();
        assert_eq!(batch.len(), 23);
        let answers = client.batch(batch).await.unwrap();

        let message = answers.get(get).unwrap().body;
        assert_eq!(message.id.as_deref(), Some("AAMkADraft-adele-1"));
        assert_eq!(answers.get(send).unwrap().status, StatusCode::ACCEPTED);
        let err = answers.get(missing).unwrap_err();
        assert_eq!(err.status(), Some(StatusCode::NOT_FOUND), "{err:?}");
        let err = answers.get(after_missing).unwrap_err();
        assert_eq!(err.status(), Some(StatusCode::FAILED_DEPENDENCY), "{err:?}");
        for step in more {
            assert_eq!(
                answers.get(step).unwrap().body.id.as_deref(),
                Some(INBOX_ID)
            );
        }
        assert!(
            subjects(&mock, Folder::SentItems)
                .iter()
                .any(|s| s == "Quarterly numbers"),
            "the draft was sent"
        );
    })
    .await;
}
