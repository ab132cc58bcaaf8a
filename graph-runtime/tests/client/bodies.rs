//! The generated client with JSON bodies, query parameters and optional
//! headers, checked on the wire against a real server on 127.0.0.1.

use crate::generated::mail::{beta, v1};
use crate::support::{Reply, Server, bounded};
use graph_runtime::client::Error;
use serde_json::{Value, json};

fn recipient(address: &str) -> v1::models::Recipient {
    v1::models::Recipient {
        email_address: Some(v1::models::EmailAddress {
            address: Some(address.into()),
            name: None,
        }),
    }
}

#[tokio::test]
async fn send_mail_posts_the_body_as_json() {
    bounded(async {
        let server = Server::start(vec![Reply::new(202, "Accepted")]).await;
        let body = v1::send_mail::Body {
            message: v1::models::Message { subject: Some("Hi".into()), to_recipients: Some(vec![recipient("a@b.com")]), ..Default::default() },
            save_to_sent_items: Some(false),
        };
        let response = v1::SendMail::me().body(body).send(&server.client()).await.unwrap();
        assert_eq!(response.status.as_u16(), 202);
        let req = &server.requests()[0];
        assert_eq!(req.request_line, "POST /v1.0/me/sendMail HTTP/1.1");
        assert_eq!(req.header("content-type"), Some("application/json"));
        assert_eq!(req.header("content-length"), Some(req.body.len().to_string().as_str()));
        let sent: Value = serde_json::from_slice(&req.body).unwrap();
        assert_eq!(
            sent,
            json!({"message": {"subject": "Hi", "toRecipients": [{"emailAddress": {"address": "a@b.com"}}]}, "saveToSentItems": false})
        );
    })
    .await;
}

#[tokio::test]
async fn create_reply_decodes_the_201_message() {
    bounded(async {
        let created = json!({"id": "AAMk=new", "isDraft": true, "subject": "RE: Hi", "sentDateTime": null, "unknownField": 1});
        let server =
            Server::start(vec![Reply::new(201, "Created").body("application/json", serde_json::to_vec(&created).unwrap())]).await;
        let body = beta::create_reply::Body { comment: Some("Thanks".into()), message: None };
        let response = beta::CreateReply::user_folder()
            .user_id("a@b.com")
            .folder_id("inbox")
            .message_id("AAMk/1+2=")
            .body(body)
            .send(&server.client())
            .await
            .unwrap();
        assert_eq!(response.status.as_u16(), 201);
        assert_eq!(response.body.id.as_deref(), Some("AAMk=new"));
        assert_eq!(response.body.is_draft, Some(true));
        assert_eq!(response.body.subject.as_deref(), Some("RE: Hi"));
        let req = &server.requests()[0];
        assert_eq!(req.target, "/beta/users/a%40b.com/mailFolders/inbox/messages/AAMk%2F1%2B2%3D/createReply");
        assert_eq!(serde_json::from_slice::<Value>(&req.body).unwrap(), json!({"comment": "Thanks"}));
    })
    .await;
}

#[tokio::test]
async fn list_sends_query_and_prefer_and_decodes_the_page() {
    bounded(async {
        let page = json!({"value": [{"id": "1"}, {"id": "2"}], "@odata.nextLink": "http://x/v1.0/me/mailFolders/inbox/messages?$top=2&$skip=2"});
        let server = Server::start(vec![Reply::new(200, "OK").body("application/json", serde_json::to_vec(&page).unwrap())]).await;
        let response = v1::ListMessages::me_folder()
            .folder_id("inbox")
            .top(2)
            .prefer("outlook.timezone=\"Pacific Standard Time\"")
            .send(&server.client())
            .await
            .unwrap();
        let ids: Vec<_> = response.body.value.iter().filter_map(|m| m.id.as_deref()).collect();
        assert_eq!(ids, ["1", "2"]);
        assert!(response.body.next_link.unwrap().ends_with("$skip=2"));
        let req = &server.requests()[0];
        assert_eq!(req.request_line, "GET /v1.0/me/mailFolders/inbox/messages?$top=2 HTTP/1.1");
        assert_eq!(req.header("prefer"), Some("outlook.timezone=\"Pacific Standard Time\""));
        assert_eq!(req.header("content-length"), None, "a GET has no body");
        assert!(req.body.is_empty());
    })
    .await;
}

#[tokio::test]
async fn rule_breaking_bodies_are_rejected_before_sending() {
    bounded(async {
        let server = Server::start(vec![Reply::new(202, "Accepted")]).await;
        let body = v1::reply_to_message::Body {
            comment: Some("hi".into()),
            message: Some(v1::models::Message {
                body: Some(v1::models::ItemBody {
                    content: Some("x".into()),
                    content_type: None,
                }),
                ..Default::default()
            }),
        };
        let err = v1::ReplyToMessage::me()
            .message_id("m")
            .body(body)
            .send(&server.client())
            .await
            .unwrap_err();
        assert!(matches!(err, Error::InvalidBody(_)), "{err:?}");
        assert!(
            err.to_string().contains("`comment`, `message.body`"),
            "{err}"
        );
        let forward = v1::forward_message::Body {
            comment: None,
            message: None,
            to_recipients: None,
        };
        let err = v1::ForwardMessage::me()
            .message_id("m")
            .body(forward)
            .send(&server.client())
            .await
            .unwrap_err();
        assert!(matches!(err, Error::InvalidBody(_)), "{err:?}");
        assert!(server.requests().is_empty(), "nothing was sent");
    })
    .await;
}

#[tokio::test]
async fn an_undecodable_success_body_is_an_error_with_the_body_kept() {
    bounded(async {
        let server =
            Server::start(vec![Reply::new(200, "OK").body("text/plain", "not json")]).await;
        let err = v1::GetMessage::me()
            .message_id("m")
            .send(&server.client())
            .await
            .unwrap_err();
        match err {
            Error::InvalidResponse { status, body, .. } => {
                assert_eq!(status.as_u16(), 200);
                assert_eq!(body, "not json");
            }
            other => panic!("expected InvalidResponse, got {other:?}"),
        }
    })
    .await;
}

#[tokio::test]
async fn next_page_follows_the_link_under_the_base_url_only() {
    bounded(async {
        // The first reply's link is filled in once the server's port is known.
        let page2 = json!({"value": [{"id": "3"}]});
        let server = Server::start(vec![Reply::new(200, "OK").body("application/json", serde_json::to_vec(&page2).unwrap())]).await;
        let client = server.client();
        let first: graph_runtime::Page<v1::models::Message> = serde_json::from_value(json!({
            "value": [{"id": "1"}, {"id": "2"}],
            "@odata.nextLink": format!("{}/v1.0/me/mailFolders/inbox/messages?%24top=2&%24skip=2", server.root())
        }))
        .unwrap();
        let next = client.next_page(&first).await.unwrap().expect("a second page");
        assert_eq!(next.body.value[0].id.as_deref(), Some("3"));
        assert_eq!(server.requests()[0].target, "/v1.0/me/mailFolders/inbox/messages?%24top=2&%24skip=2");
        assert!(client.next_page(&next.body).await.unwrap().is_none(), "the last page has no link");

        for foreign in [
            "https://evil.example/v1.0/me/messages".to_owned(),
            format!("{}/v1.0x/me/messages", server.root()),
            format!("{}.evil.example/v1.0/me/messages", server.root()),
        ] {
            let page: graph_runtime::Page<v1::models::Message> =
                serde_json::from_value(json!({"value": [], "@odata.nextLink": foreign})).unwrap();
            let err = client.next_page(&page).await.unwrap_err();
            assert!(matches!(err, Error::UntrustedLink { .. }), "{foreign}: {err:?}");
        }
        assert_eq!(server.requests().len(), 1, "the token went nowhere else");
    })
    .await;
}

/// A page of messages with these ids; `next` and `delta` are paths under the server's root.
fn page(ids: &[&str], next: Option<&str>, delta: Option<&str>, count: Option<i64>) -> Reply {
    let mut page = json!({"value": ids.iter().map(|id| json!({"id": id})).collect::<Vec<_>>()});
    if let Some(next) = next {
        page["@odata.nextLink"] = json!(format!("{{ROOT}}{next}"));
    }
    if let Some(delta) = delta {
        page["@odata.deltaLink"] = json!(format!("{{ROOT}}{delta}"));
    }
    if let Some(count) = count {
        page["@odata.count"] = json!(count);
    }
    Reply::new(200, "OK").body("application/json", serde_json::to_vec(&page).unwrap())
}

fn ids(messages: &[v1::models::Message]) -> Vec<&str> {
    messages.iter().filter_map(|m| m.id.as_deref()).collect()
}

#[tokio::test]
async fn items_stream_across_pages_and_stop_at_max_items() {
    use futures_util::{StreamExt, TryStreamExt};
    bounded(async {
        let script = || {
            vec![
                page(&["1", "2"], Some("/v1.0/me/messages?%24skip=2"), None, Some(5)),
                page(&["3", "4"], Some("/v1.0/me/messages?%24skip=4"), None, None),
                page(&["5"], None, None, None),
            ]
        };
        let server = Server::start(script()).await;
        let client = server.client();
        let first = || v1::ListMessages::me_folder().folder_id("inbox").build().unwrap();
        let pages: Vec<_> = client.pages(first()).try_collect().await.unwrap();
        assert_eq!(pages.len(), 3);
        assert_eq!(pages[0].count, Some(5), "`@odata.count` is kept");
        let targets: Vec<String> = server.requests().iter().map(|r| r.target.clone()).collect();
        assert_eq!(
            targets,
            ["/v1.0/me/mailFolders/inbox/messages", "/v1.0/me/messages?%24skip=2", "/v1.0/me/messages?%24skip=4"]
        );

        let server = Server::start(script()).await;
        let client = server.client();
        let all: Vec<v1::models::Message> = client.items(first(), None).try_collect().await.unwrap();
        assert_eq!(ids(&all), ["1", "2", "3", "4", "5"]);

        let server = Server::start(script()).await;
        let client = server.client();
        let some: Vec<v1::models::Message> = client.items(first(), Some(3)).try_collect().await.unwrap();
        assert_eq!(ids(&some), ["1", "2", "3"]);
        assert_eq!(server.requests().len(), 2, "no page past the third item is fetched");

        // A link to another host ends the stream with an error; the token goes nowhere.
        let evil = json!({"value": [{"id": "1"}], "@odata.nextLink": "https://evil.example/v1.0/me/messages"});
        let server = Server::start(vec![Reply::new(200, "OK").body("application/json", evil.to_string())]).await;
        let client = server.client();
        let got: Vec<_> = client.items(first(), None).collect().await;
        assert!(matches!(got[..], [Ok(_), Err(Error::UntrustedLink { .. })]), "{got:?}");
        assert_eq!(server.requests().len(), 1);
    })
    .await;
}

#[tokio::test]
async fn a_delta_query_ends_with_a_link_that_resumes_it_after_a_restart() {
    use futures_util::TryStreamExt;
    use graph_runtime::client::Delta;
    bounded(async {
        let server = Server::start(vec![
            page(
                &["a"],
                Some("/v1.0/me/messages/delta?%24skiptoken=s1"),
                None,
                None,
            ),
            page(
                &["b"],
                None,
                Some("/v1.0/me/messages/delta?%24deltatoken=d1"),
                None,
            ),
            Reply::new(200, "OK").body(
                "application/json",
                json!({
                    "value": [{"id": "c"}, {"id": "gone", "@removed": {"reason": "deleted"}}],
                    "@odata.deltaLink": "{ROOT}/v1.0/me/messages/delta?%24deltatoken=d2"
                })
                .to_string(),
            ),
        ])
        .await;
        let client = server.client();
        // No generated delta endpoint in the mail family: the first round starts from a link too.
        let start =
            graph_runtime::DeltaLink::new(format!("{}/v1.0/me/messages/delta", server.root()));
        let events: Vec<Delta<v1::models::Message>> =
            client.delta_from(&start).try_collect().await.unwrap();
        assert_eq!(events.len(), 3);
        assert!(matches!(&events[0], Delta::Item(m) if m.id.as_deref() == Some("a")));
        assert!(matches!(&events[1], Delta::Item(m) if m.id.as_deref() == Some("b")));
        let Delta::Done(link) = &events[2] else {
            panic!("{events:?}")
        };

        // Stored as JSON (as an app would across a restart), then resumed.
        let stored = serde_json::to_string(link).unwrap();
        assert_eq!(
            stored,
            format!(
                "\"{}/v1.0/me/messages/delta?%24deltatoken=d1\"",
                server.root()
            )
        );
        assert!(
            !format!("{link:?}").contains("d1"),
            "Debug leaves the delta token out"
        );
        let link: graph_runtime::DeltaLink = serde_json::from_str(&stored).unwrap();
        let events: Vec<Delta<v1::models::Message>> =
            client.delta_from(&link).try_collect().await.unwrap();
        assert!(matches!(&events[0], Delta::Item(m) if m.id.as_deref() == Some("c")));
        assert!(
            matches!(&events[1], Delta::Removed { id, reason } if id == "gone" && reason.as_deref() == Some("deleted")),
            "a removed item is told apart: {:?}",
            events[1]
        );
        assert!(matches!(&events[2], Delta::Done(l) if l.as_str().ends_with("d2")));
        assert_eq!(
            server.requests()[2].target,
            "/v1.0/me/messages/delta?%24deltatoken=d1"
        );

        let foreign = graph_runtime::DeltaLink::new("https://evil.example/v1.0/me/messages/delta");
        let err = client
            .delta_from::<v1::models::Message>(&foreign)
            .try_collect::<Vec<_>>()
            .await
            .unwrap_err();
        assert!(matches!(err, Error::UntrustedLink { .. }), "{err:?}");
        assert_eq!(server.requests().len(), 3);
    })
    .await;
}

#[tokio::test]
async fn a_throttled_batch_step_is_sent_again_after_its_own_retry_after() {
    use graph_runtime::client::Batch;
    bounded(async {
        let first = json!({"responses": [
            {"id": "1", "status": 200, "headers": {"Content-Type": "application/json"}, "body": {"id": "a"}},
            {"id": "2", "status": 429, "headers": {"Retry-After": "1"},
             "body": {"error": {"code": "TooManyRequests", "message": "Slow down."}}}
        ]});
        let second = json!({"responses": [{"id": "2", "status": 200, "body": {"id": "b"}}]});
        let server = Server::start(vec![
            Reply::new(200, "OK").body("application/json", first.to_string()),
            Reply::new(200, "OK").body("application/json", second.to_string()),
        ])
        .await;
        let client = server.client();
        let mut batch = Batch::new();
        let a = batch.add(v1::GetMessage::me().message_id("a").build().unwrap()).unwrap();
        let b = batch.add(v1::GetMessage::me().message_id("b/1").build().unwrap()).unwrap();
        let started = std::time::Instant::now();
        let answers = client.batch(batch).await.unwrap();
        assert!(started.elapsed() >= std::time::Duration::from_secs(1), "waited for Retry-After");
        assert_eq!(answers.get(a).unwrap().body.id.as_deref(), Some("a"));
        let b = answers.get(b).unwrap();
        assert_eq!((b.body.id.as_deref(), b.attempts), (Some("b"), 2));

        let requests = server.requests();
        assert_eq!(requests.len(), 2);
        assert_eq!(requests[0].target, "/v1.0/$batch");
        let sent: Value = serde_json::from_slice(&requests[0].body).unwrap();
        assert_eq!(sent["requests"][1]["url"], "/me/messages/b%2F1");
        assert_eq!(sent["requests"][1]["method"], "GET");
        let again: Value = serde_json::from_slice(&requests[1].body).unwrap();
        let ids: Vec<&str> = again["requests"].as_array().unwrap().iter().map(|s| s["id"].as_str().unwrap()).collect();
        assert_eq!(ids, ["2"], "only the throttled step goes again");
    })
    .await;
}

#[tokio::test]
async fn an_upload_goes_in_ranges_and_resumes_where_the_session_says() {
    use graph_runtime::client::{RANGE_UNIT, UploadTarget};
    bounded(async {
        let len: u64 = 7 * 1024 * 1024;
        let range = 10 * RANGE_UNIT;
        let expected = |from: u64| {
            Reply::new(202, "Accepted").body(
                "application/json",
                json!({"expirationDateTime": "2026-12-08T00:00:00Z", "nextExpectedRanges": [format!("{from}-")]}).to_string(),
            )
        };
        let server = Server::start(vec![
            expected(range),
            Reply::dropped(),
            Reply::new(200, "OK").body(
                "application/json",
                json!({"nextExpectedRanges": [format!("{range}-{}", len - 1)]}).to_string(),
            ),
            expected(2 * range),
            Reply::new(201, "Created").body("application/json", json!({"id": "item-1", "size": len}).to_string()),
        ])
        .await;
        let client = server.client();
        let content: Vec<u8> = (0..len).map(|i| (i % 251) as u8).collect();
        let mut reader = std::io::Cursor::new(content.clone());
        let url = format!("{}/upload/session-1?sig=secret", server.root());
        let item = client.upload(&url, &mut reader, len, UploadTarget::DriveItem).await.unwrap();
        assert_eq!(item["id"], "item-1");

        let requests = server.requests();
        let methods: Vec<&str> = requests.iter().map(|r| r.method.as_str()).collect();
        assert_eq!(methods, ["PUT", "PUT", "GET", "PUT", "PUT"]);
        let ranges: Vec<Option<&str>> = requests.iter().map(|r| r.header("content-range")).collect();
        let r = |a: u64, b: u64| Some(format!("bytes {a}-{b}/{len}"));
        assert_eq!(
            ranges.iter().map(|r| r.map(str::to_owned)).collect::<Vec<_>>(),
            [r(0, range - 1), r(range, 2 * range - 1), None, r(range, 2 * range - 1), r(2 * range, len - 1)]
        );
        for request in &requests {
            assert!(request.header("authorization").is_none(), "the token never goes to the upload URL");
        }
        let sent: Vec<u8> = [&requests[0], &requests[3], &requests[4]].iter().flat_map(|r| r.body.clone()).collect();
        assert_eq!(sent, content, "every byte once, in order");

        let err = client
            .upload("http://uploads.example/session", &mut std::io::Cursor::new(vec![0u8; 1]), 1, UploadTarget::Attachment)
            .await
            .unwrap_err();
        assert!(matches!(err, Error::InvalidConfig { .. }), "{err:?}");
    })
    .await;
}

#[tokio::test]
async fn a_download_follows_the_redirect_without_the_token() {
    bounded(async {
        let content = vec![0u8, 159, 146, 150, 255];
        let storage = Server::start(vec![
            Reply::new(200, "OK").body("application/octet-stream", content.clone()),
        ])
        .await;
        // Another host for the client: `localhost`, where Graph's requests go to 127.0.0.1.
        let location = format!("http://localhost:{}/blob/1?sig=abc", storage.addr.port());
        let graph =
            Server::start(vec![Reply::new(302, "Found").header("Location", &location)]).await;
        let client = graph.client();
        let response = client
            .download(v1::GetMessage::me().message_id("m1").build().unwrap())
            .await
            .unwrap();
        assert_eq!(response.body, content);
        assert!(graph.requests()[0].header("authorization").is_some());
        let fetched = storage.requests();
        assert_eq!(fetched[0].target, "/blob/1?sig=abc");
        assert!(
            fetched[0].header("authorization").is_none(),
            "the token stays with Graph"
        );
    })
    .await;
}
