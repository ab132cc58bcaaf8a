//! What the generated server does with request bodies and query strings the
//! generated client would never send: raw requests over 127.0.0.1.

use std::time::Duration;

use crate::support::*;
use graph_mock::Folder;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const INBOX_ID: &str = "AAMkAInbox-adele/1+A=";

/// POSTs `body` with `content_type` as Adele; returns the status and JSON body.
async fn post(
    mock: &graph_mock::RunningMock,
    path: &str,
    content_type: Option<&str>,
    body: impl Into<reqwest::Body>,
) -> (u16, serde_json::Value) {
    let mut request = http()
        .post(format!("{}{path}", mock.base_url()))
        .bearer_auth("demo-adele")
        .body(body);
    if let Some(ct) = content_type {
        request = request.header("content-type", ct);
    }
    let r = request.send().await.unwrap();
    let status = r.status().as_u16();
    let bytes = r.bytes().await.unwrap();
    let json = if bytes.is_empty() {
        serde_json::Value::Null
    } else {
        serde_json::from_slice(&bytes).unwrap()
    };
    (status, json)
}

async fn get(mock: &graph_mock::RunningMock, path_and_query: &str) -> (u16, serde_json::Value) {
    let r = http()
        .get(format!("{}{path_and_query}", mock.base_url()))
        .bearer_auth("demo-adele")
        .send()
        .await
        .unwrap();
    let status = r.status().as_u16();
    assert_eq!(r.headers()["content-type"], "application/json");
    (
        status,
        serde_json::from_slice(&r.bytes().await.unwrap()).unwrap(),
    )
}

fn error(json: &serde_json::Value) -> (&str, &str) {
    (
        json["error"]["code"].as_str().unwrap(),
        json["error"]["message"].as_str().unwrap(),
    )
}

const JSON: Option<&str> = Some("application/json");

#[tokio::test(flavor = "multi_thread")]
async fn bad_bodies_are_graph_errors_and_change_nothing() {
    bounded(async {
        let mock = start().await;
        let reply = format!("/v1.0/me/messages/{}/reply", seg(INBOX_ID));
        let forward = format!("/beta/me/messages/{}/forward", seg(INBOX_ID));

        let (status, json) = post(&mock, "/v1.0/me/sendMail", JSON, "{\"message\": ").await;
        assert_eq!((status, error(&json).0), (400, "RequestBodyRead"), "{json}");

        let (status, json) = post(
            &mock,
            "/beta/me/sendMail",
            JSON,
            "{\"saveToSentItems\":true}",
        )
        .await;
        assert_eq!(status, 400);
        let (code, message) = error(&json);
        assert_eq!(code, "RequestBodyRead");
        assert_eq!(
            message,
            "One or more parameters of the operation 'sendMail' are missing from the request payload. The missing parameters are: message."
        );

        let (status, json) = post(&mock, "/v1.0/me/sendMail", JSON, "").await;
        assert_eq!(status, 400, "{json}");
        let (status, json) = post(&mock, "/v1.0/me/sendMail", JSON, "[1]").await;
        assert_eq!(status, 400, "{json}");
        let bad_type = "{\"message\":{\"toRecipients\":\"a@b.com\"}}";
        let (status, json) = post(&mock, "/v1.0/me/sendMail", JSON, bad_type).await;
        assert_eq!(status, 400, "{json}");
        let bad_enum = "{\"message\":{\"body\":{\"contentType\":\"rtf\"}}}";
        let (status, json) = post(&mock, "/v1.0/me/sendMail", JSON, bad_enum).await;
        assert!(error(&json).1.contains("rtf"), "{json}");
        assert_eq!(status, 400);

        // Body rules.
        let both = r#"{"comment":"hi","message":{"body":{"content":"x"}}}"#;
        let (status, json) = post(&mock, &reply, JSON, both).await;
        assert_eq!(status, 400);
        let (code, message) = error(&json);
        assert_eq!(code, "ErrorInvalidRequest");
        assert!(
            message.contains("`comment`") && message.contains("`message.body`"),
            "{message}"
        );
        let (status, json) = post(&mock, &forward, JSON, r#"{"comment":"fyi"}"#).await;
        assert_eq!(status, 400);
        assert!(error(&json).1.contains("toRecipients"), "{json}");
        let neither_list = r#"{"toRecipients":[{"emailAddress":{"address":"a@b.com"}}],
            "message":{"toRecipients":[{"emailAddress":{"address":"c@d.com"}}]}}"#;
        let (status, _) = post(&mock, &forward, JSON, neither_list).await;
        assert_eq!(status, 400);

        // Media type.
        let ok_body = r#"{"message":{"subject":"x"}}"#;
        for ct in [Some("text/plain"), Some("application/xml"), None] {
            let (status, json) = post(&mock, "/v1.0/me/sendMail", ct, ok_body).await;
            assert_eq!(
                (status, error(&json).0),
                (415, "UnsupportedMediaType"),
                "{ct:?}"
            );
        }

        // Size: a declared Content-Length over 4 MiB is refused.
        let huge = format!(
            "{{\"message\":{{\"subject\":\"{}\"}}}}",
            "x".repeat(4 * 1024 * 1024 + 10)
        );
        let (status, json) = post(&mock, "/v1.0/me/sendMail", JSON, huge).await;
        assert_eq!(
            (status, error(&json).0),
            (413, "ErrorRequestEntityTooLarge")
        );

        assert_eq!(
            mock.store().folder(ADELE, Folder::SentItems).unwrap(),
            vec![]
        );

        // Unknown properties and parameters are refused, naming them as Graph does.
        let (status, json) = post(
            &mock,
            "/v1.0/me/sendMail",
            JSON,
            r#"{"message":{"subject":"ok","futureField":1}}"#,
        )
        .await;
        assert_eq!(status, 400);
        assert_eq!(
            error(&json),
            (
                "RequestBodyRead",
                "The property 'futureField' does not exist on type 'microsoft.graph.message'. Make sure to only use property names that are defined by the type or mark the type as open type."
            )
        );
        let (status, json) = post(
            &mock,
            "/beta/me/sendMail",
            JSON,
            r#"{"message":{"subject":"ok"},"other":true}"#,
        )
        .await;
        assert_eq!(status, 400);
        assert_eq!(
            error(&json),
            (
                "RequestBodyRead",
                "The parameter 'other' in the request payload is not a valid parameter for the operation 'sendMail'."
            )
        );
        let (status, json) = post(
            &mock,
            &reply,
            JSON,
            r##"{"Comment":"x","message":{"@odata.type":"#microsoft.graph.event"}}"##,
        )
        .await;
        assert_eq!(
            (status, error(&json)),
            (
                400,
                (
                    "RequestBodyRead",
                    "The type 'microsoft.graph.event' is not compatible with the expected type 'microsoft.graph.message'."
                )
            )
        );
        assert_eq!(
            mock.store().folder(ADELE, Folder::SentItems).unwrap(),
            vec![]
        );

        // A charset parameter is fine.
        let extra = r#"{"message":{"subject":"ok"}}"#;
        let (status, json) = post(
            &mock,
            "/v1.0/me/sendMail",
            Some("application/json; charset=utf-8"),
            extra,
        )
        .await;
        assert_eq!(status, 202, "{json}");
        assert_eq!(json, serde_json::Value::Null);
        assert_eq!(
            mock.store().folder(ADELE, Folder::SentItems).unwrap().len(),
            1
        );
        mock.stop().await;
    })
    .await;
}

/// The bodies Kiota-generated SDKs (.NET, Go, Java, PHP, Python) send:
/// parameters spelled as Graph's metadata spells them, with `@odata.type`.
#[tokio::test(flavor = "multi_thread")]
async fn a_repeated_member_is_refused_at_any_depth_and_sends_nothing() {
    bounded(async {
        let mock = start().await;
        let to = r#"{"emailAddress":{"address":"megan@contoso.com"}}"#;
        for (body, name, at) in [
            (r#"{"message":{},"message":{}}"#.to_owned(), "message", None),
            (
                format!(r#"{{"message":{{"toRecipients":[{to}]}},"Message":{{}}}}"#),
                "Message",
                None,
            ),
            (
                format!(r#"{{"message":{{"subject":"a","toRecipients":[{to}],"SUBJECT":"b"}}}}"#),
                "SUBJECT",
                Some("message"),
            ),
            (
                r#"{"message":{"toRecipients":[{"emailAddress":{"address":"a@b","Address":"c@d"}}]}}"#
                    .to_owned(),
                "Address",
                Some("message.toRecipients[0].emailAddress"),
            ),
        ] {
            for version in ["v1.0", "beta"] {
                let path = format!("/{version}/me/sendMail");
                let (status, json) = post(&mock, &path, JSON, body.clone()).await;
                assert_eq!(status, 400, "{body}: {json}");
                let (code, message) = error(&json);
                assert_eq!(code, "RequestBodyRead", "{json}");
                assert!(
                    message.starts_with(&format!("Multiple properties with the name '{name}'")),
                    "{body}: {message}"
                );
                if let Some(at) = at {
                    assert!(message.contains(&format!("(at '{at}')")), "{message}");
                }
            }
        }
        let (_, sent) = get(&mock, "/v1.0/me/mailFolders/sentitems/messages").await;
        assert_eq!(sent["value"], serde_json::json!([]), "nothing was sent");
        mock.stop().await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn kiota_shaped_bodies_are_read_as_graph_reads_them() {
    bounded(async {
        let mock = start().await;
        let recipient = r#"{"emailAddress":{"address":"lee@contoso.com","name":"Lee"}}"#;
        let send = format!(
            r##"{{"Message":{{"@odata.type":"#microsoft.graph.message","subject":"Kiota",
                "body":{{"contentType":"text","content":"hello"}},"toRecipients":[{recipient}]}},
                "SaveToSentItems":true}}"##
        );
        let (status, json) = post(&mock, "/v1.0/me/sendMail", JSON, send).await;
        assert_eq!(status, 202, "{json}");
        let sent = mock.store().folder(ADELE, Folder::SentItems).unwrap();
        assert_eq!(sent.len(), 1);
        assert_eq!(sent[0].subject.as_deref(), Some("Kiota"));
        let to = sent[0].to_recipients.as_ref().unwrap();
        assert_eq!(
            to[0].email_address.as_ref().unwrap().address.as_deref(),
            Some("lee@contoso.com")
        );

        let reply = format!("/beta/me/messages/{}/createReply", seg(INBOX_ID));
        let (status, json) = post(&mock, &reply, JSON, r#"{"Comment":"See you there"}"#).await;
        assert_eq!(status, 201, "{json}");
        assert!(
            json["body"]["content"]
                .as_str()
                .unwrap()
                .starts_with("See you there"),
            "{json}"
        );

        let forward = format!("/v1.0/me/messages/{}/createForward", seg(INBOX_ID));
        let body = format!(r#"{{"ToRecipients":[{recipient}],"Comment":"fyi"}}"#);
        let (status, json) = post(&mock, &forward, JSON, body).await;
        assert_eq!(status, 201, "{json}");
        assert_eq!(
            json["toRecipients"][0]["emailAddress"]["address"],
            "lee@contoso.com"
        );

        let draft = mock.store().folder(ADELE, Folder::Drafts).unwrap()[0]
            .id
            .clone()
            .unwrap();
        let moved = format!("/v1.0/me/messages/{}/move", seg(&draft));
        let (status, json) = post(&mock, &moved, JSON, r#"{"DestinationId":"deleteditems"}"#).await;
        assert_eq!(status, 201, "{json}");
        let deleted = mock.store().folder(ADELE, Folder::DeletedItems).unwrap();
        assert_eq!(deleted.len(), 1);
        assert_eq!(deleted[0].id.as_deref(), json["id"].as_str());
        mock.stop().await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_body_limit_is_configurable_and_checked_while_reading() {
    bounded(async {
        let mut config = config();
        config.body_limit = 64;
        let mock = graph_mock::start(config).await.unwrap();
        let body = format!("{{\"message\":{{\"subject\":\"{}\"}}}}", "y".repeat(100));
        let (status, _) = post(&mock, "/v1.0/me/sendMail", JSON, body.clone()).await;
        assert_eq!(status, 413);
        // Without a Content-Length (chunked), the limit applies while reading.
        let mut raw = String::from(
            "POST /v1.0/me/sendMail HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer demo-adele\r\n\
             Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n",
        );
        for chunk in body.as_bytes().chunks(16) {
            raw.push_str(&format!("{:x}\r\n{}\r\n", chunk.len(), String::from_utf8_lossy(chunk)));
        }
        raw.push_str("0\r\n\r\n");
        let mut stream = TcpStream::connect(mock.addr()).await.unwrap();
        stream.write_all(raw.as_bytes()).await.unwrap();
        let mut out = Vec::new();
        tokio::time::timeout(Duration::from_secs(10), stream.read_to_end(&mut out))
            .await
            .unwrap()
            .unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.starts_with("HTTP/1.1 413"), "{text}");
        assert!(text.contains("ErrorRequestEntityTooLarge"), "{text}");
        let (status, _) = post(&mock, "/v1.0/me/sendMail", JSON, r#"{"message":{}}"#).await;
        assert_eq!(status, 202);
        mock.stop().await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn query_parameters_are_typed_and_checked() {
    bounded(async {
        let mock = start().await;
        for _ in 0..3 {
            mock.store()
                .add_draft(
                    ADELE,
                    graph_mock::Message::draft(mock.store().new_id(), "d"),
                )
                .unwrap();
        }
        let base = "/v1.0/me/mailFolders/drafts/messages";
        for (query, code) in [
            ("$top=abc", "BadRequest"),
            ("$top=-1", "BadRequest"),
            ("$skip=x", "BadRequest"),
            ("$top=1&$top=2", "BadRequest"),
            ("$select=subject,nope", "BadRequest"),
        ] {
            let (status, json) = get(&mock, &format!("{base}?{query}")).await;
            assert_eq!((status, error(&json).0), (400, code), "{query}: {json}");
        }
        let (status, json) = get(&mock, &format!("{base}?%24top=2&$select=subject")).await;
        assert_eq!(status, 200);
        let value = json["value"].as_array().unwrap();
        assert_eq!(value.len(), 2);
        for m in value {
            let mut keys: Vec<&str> = m.as_object().unwrap().keys().map(String::as_str).collect();
            keys.sort_unstable();
            assert_eq!(keys, ["id", "subject"]);
        }
        // Follow @odata.nextLink to the end: every draft once, in order.
        let total = mock.store().folder(ADELE, Folder::Drafts).unwrap().len();
        let mut seen = value.len();
        let mut next = json["@odata.nextLink"].as_str().unwrap().to_owned();
        assert!(next.contains("$select=subject"), "{next}");
        loop {
            let r = http()
                .get(&next)
                .bearer_auth("demo-adele")
                .send()
                .await
                .unwrap();
            assert_eq!(r.status(), 200);
            let page: serde_json::Value =
                serde_json::from_slice(&r.bytes().await.unwrap()).unwrap();
            seen += page["value"].as_array().unwrap().len();
            match page["@odata.nextLink"].as_str() {
                Some(link) => next = link.to_owned(),
                None => break,
            }
            assert!(seen <= total);
        }
        assert_eq!(seen, total);
        // Get with $select; well-known names are case-insensitive; ids are encoded.
        let (status, json) = get(
            &mock,
            &format!(
                "/beta/me/mailFolders/INBOX/messages/{}?$select=from",
                seg(INBOX_ID)
            ),
        )
        .await;
        assert_eq!(status, 200);
        assert_eq!(json["id"], INBOX_ID);
        assert_eq!(json["from"]["emailAddress"]["address"], MEGAN);
        assert!(json.get("subject").is_none());
        mock.stop().await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn success_bodies_are_json_with_the_documented_status() {
    bounded(async {
        let mock = start().await;
        let r = http()
            .post(format!(
                "{}/v1.0/me/messages/{}/createReply",
                mock.base_url(),
                seg(INBOX_ID)
            ))
            .bearer_auth("demo-adele")
            .header("content-type", "application/json")
            .body("{}")
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 201);
        assert_eq!(r.headers()["content-type"], "application/json");
        assert!(r.headers().contains_key("request-id"));
        let m: serde_json::Value = serde_json::from_slice(&r.bytes().await.unwrap()).unwrap();
        assert_eq!(m["isDraft"], true);
        assert_eq!(m["subject"], "RE: Team offsite");
        let r = http()
            .post(format!(
                "{}/v1.0/me/messages/{}/reply",
                mock.base_url(),
                seg(INBOX_ID)
            ))
            .bearer_auth("demo-adele")
            .header("content-type", "application/json")
            .body("{\"comment\":\"ok\"}")
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 202);
        assert_eq!(r.bytes().await.unwrap().len(), 0);
        mock.stop().await;
    })
    .await;
}
