//! HTTP-level rules: Content-Length on a bodiless POST, 404 and 405 fallbacks,
//! and the Graph error shape on all of them.

use std::time::Duration;

use crate::support::*;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// Sends raw HTTP/1.1 (the clients always add a Content-Length) and returns
/// the status line and the whole response.
async fn raw(mock: &graph_mock::RunningMock, request: &str) -> (u16, String) {
    let mut stream = TcpStream::connect(mock.addr()).await.unwrap();
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut out = Vec::new();
    tokio::time::timeout(Duration::from_secs(10), stream.read_to_end(&mut out))
        .await
        .unwrap()
        .unwrap();
    let text = String::from_utf8(out).unwrap();
    let status = text.split(' ').nth(1).unwrap().parse().unwrap();
    (status, text)
}

fn error_json(text: &str) -> serde_json::Value {
    let body = text.split("\r\n\r\n").nth(1).unwrap();
    serde_json::from_str(body).unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_bodiless_post_needs_content_length_and_no_body() {
    bounded(async {
        let mock = start().await;
        let (status, text) = raw(
            &mock,
            "POST /v1.0/me/messages/AAMkADraft-adele-1/send HTTP/1.1\r\nHost: x\r\n\
             Authorization: Bearer demo-adele\r\nConnection: close\r\n\r\n",
        )
        .await;
        assert_eq!(status, 411, "{text}");
        assert_eq!(error_json(&text)["error"]["code"], "LengthRequired");
        assert!(text.to_ascii_lowercase().contains("\r\nrequest-id: "));

        let r = http()
            .post(format!(
                "{}/beta/me/messages/AAMkADraft-adele-1/send",
                mock.base_url()
            ))
            .bearer_auth("demo-adele")
            .body("{\"saveToSentItems\":true}")
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 400);
        let body: serde_json::Value = serde_json::from_slice(&r.bytes().await.unwrap()).unwrap();
        assert_eq!(body["error"]["code"], "BadRequest");

        let (status, _) = raw(
            &mock,
            "POST /v1.0/me/messages/AAMkADraft-adele-1/send HTTP/1.1\r\nHost: x\r\n\
             Authorization: Bearer demo-adele\r\nTransfer-Encoding: chunked\r\n\
             Connection: close\r\n\r\n3\r\nabc\r\n0\r\n\r\n",
        )
        .await;
        assert_eq!(status, 400);
        // Nothing was sent by the rejected requests.
        let drafts = mock
            .store()
            .folder(ADELE, graph_mock::Folder::Drafts)
            .unwrap();
        assert!(
            drafts
                .iter()
                .any(|m| m.id.as_deref() == Some("AAMkADraft-adele-1"))
        );
        mock.stop().await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn unknown_routes_and_wrong_methods_are_graph_errors() {
    bounded(async {
        let mock = start().await;
        let base = mock.base_url();
        for (method, path, status, code) in [
            ("GET", "/v1.0/me/messages/x/send", 405, "MethodNotAllowed"),
            (
                "DELETE",
                "/beta/users/a/messages/x/send",
                405,
                "MethodNotAllowed",
            ),
            ("GET", "/v1.0/me/mailFolders", 404, "ResourceNotFound"),
            ("POST", "/v2.0/me/messages/x/send", 404, "ResourceNotFound"),
            ("GET", "/", 404, "ResourceNotFound"),
        ] {
            let r = http()
                .request(method.parse().unwrap(), format!("{base}{path}"))
                .bearer_auth("demo-adele")
                .header("client-request-id", "trace-42")
                .send()
                .await
                .unwrap();
            assert_eq!(r.status(), status, "{method} {path}");
            let request_id = r.headers()["request-id"].to_str().unwrap().to_owned();
            assert_eq!(r.headers()["client-request-id"], "trace-42");
            assert_eq!(r.headers()["content-type"], "application/json");
            let body: serde_json::Value =
                serde_json::from_slice(&r.bytes().await.unwrap()).unwrap();
            let error = &body["error"];
            assert_eq!(error["code"], code, "{method} {path}");
            assert!(error["message"].as_str().is_some_and(|m| !m.is_empty()));
            assert_eq!(error["innerError"]["request-id"], request_id.as_str());
            assert_eq!(error["innerError"]["client-request-id"], "trace-42");
            assert!(
                error["innerError"]["date"]
                    .as_str()
                    .is_some_and(|d| d.len() == 19)
            );
        }
        mock.stop().await;
    })
    .await;
}

/// A handler answers any Graph error with headers through the normal stub
/// path: 429 with `Retry-After`, 503, a header of its own; the server keeps
/// its framing and request-id headers.
#[tokio::test(flavor = "multi_thread")]
async fn a_handler_error_carries_its_headers() {
    use graph_mock::endpoints::v1::GetMessage;
    use graph_runtime::http::{HeaderName, HeaderValue};
    use graph_runtime::server::{Caller, GraphError, GraphServer, StaticTokens};
    bounded(async {
        let tokens = StaticTokens::new().with("t", Caller::user(ADELE_ID, ADELE, ["Mail.Read"]));
        let server = GraphServer::new(tokens)
            .route::<GetMessage, _, _, _>(|_, mut route, _| async move {
                let id = route.take("message_id")?;
                Err(match id.as_str() {
                    "busy" => GraphError::too_many_requests(Duration::from_millis(6500))
                        .with_header(
                            HeaderName::from_static("x-ms-throttle-scope"),
                            HeaderValue::from_static("Mailbox"),
                        )
                        .with_header(
                            HeaderName::from_static("request-id"),
                            HeaderValue::from_static("forged"),
                        )
                        .with_header(
                            HeaderName::from_static("content-length"),
                            HeaderValue::from_static("1"),
                        ),
                    _ => GraphError::service_unavailable(Duration::from_secs(30)),
                })
            })
            .unwrap();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(server.serve(listener));
        let get = |id: &str| {
            http()
                .get(format!("{base}/v1.0/me/messages/{id}"))
                .bearer_auth("t")
                .send()
        };

        let r = get("busy").await.unwrap();
        assert_eq!(r.status(), 429);
        assert_eq!(r.headers()["retry-after"], "7", "whole seconds, rounded up");
        assert_eq!(r.headers()["x-ms-throttle-scope"], "Mailbox");
        assert_ne!(
            r.headers()["request-id"],
            "forged",
            "the request id stays the server's"
        );
        let body: serde_json::Value = serde_json::from_slice(&r.bytes().await.unwrap()).unwrap();
        assert_eq!(body["error"]["code"], "TooManyRequests");
        assert!(body["error"]["innerError"]["request-id"].is_string());

        let r = get("down").await.unwrap();
        assert_eq!(r.status(), 503);
        assert_eq!(r.headers()["retry-after"], "30");
    })
    .await;
}

/// `POST /v1.0/$batch` against the mock: each step goes through its route's
/// own checks (token, permissions, whose mailbox, body), in `dependsOn` order;
/// a step after a failed one is 424; a batch Graph refuses is 400.
#[tokio::test(flavor = "multi_thread")]
async fn a_batch_runs_each_step_through_its_routes_checks() {
    bounded(async {
        let mock = start().await;
        let batch = |token: &'static str, body: serde_json::Value| {
            http()
                .post(format!("{}/v1.0/$batch", mock.base_url()))
                .bearer_auth(token)
                .header("content-type", "application/json")
                .body(body.to_string())
                .send()
        };
        let body = serde_json::json!({"requests": [
            {"id": "send", "method": "POST", "url": "/me/messages/AAMkADraft-adele-1/send", "dependsOn": ["get"]},
            {"id": "get", "method": "GET", "url": "me/messages/AAMkADraft-adele-1"},
            {"id": "other", "method": "GET", "url": "/users/megan@contoso.com/messages/AAMkADraft-megan-1"},
            {"id": "after-other", "method": "GET", "url": "/me/mailFolders/inbox/messages", "dependsOn": ["other"]},
            {"id": "nowhere", "method": "GET", "url": "/me/nothingHere"}
        ]});
        let r = batch("demo-adele-readonly", body.clone()).await.unwrap();
        assert_eq!(r.status(), 200);
        let answer: serde_json::Value = serde_json::from_slice(&r.bytes().await.unwrap()).unwrap();
        let responses = answer["responses"].as_array().unwrap();
        let status = |id: &str| {
            responses.iter().find(|s| s["id"] == id).map(|s| s["status"].as_u64().unwrap()).unwrap()
        };
        let order: Vec<&str> = responses.iter().map(|s| s["id"].as_str().unwrap()).collect();
        assert!(
            order.iter().position(|&i| i == "get") < order.iter().position(|&i| i == "send"),
            "a step runs after what it depends on: {order:?}"
        );
        assert_eq!(status("get"), 200);
        assert_eq!(status("send"), 403, "Mail.Read cannot send, in a batch as anywhere");
        assert_eq!(status("other"), 403, "another user's mailbox stays out of reach");
        assert_eq!(status("after-other"), 424);
        assert_eq!(status("nowhere"), 404);
        let get = responses.iter().find(|s| s["id"] == "get").unwrap();
        assert_eq!(get["body"]["id"], "AAMkADraft-adele-1");
        assert!(get["headers"]["request-id"].is_string());

        // With the token that may send, the dependent step runs and sends.
        let r = batch("demo-adele", serde_json::json!({"requests": [
            {"id": "1", "method": "GET", "url": "/me/messages/AAMkADraft-adele-2"},
            {"id": "2", "method": "POST", "url": "/me/messages/AAMkADraft-adele-2/send", "dependsOn": ["1"]},
            {"id": "3", "method": "POST", "url": "/me/sendMail", "body": {"message": {"subject": 5}},
             "headers": {"Content-Type": "application/json"}}
        ]}))
        .await
        .unwrap();
        let answer: serde_json::Value = serde_json::from_slice(&r.bytes().await.unwrap()).unwrap();
        assert_eq!(answer["responses"][1]["status"], 202, "{answer}");
        assert_eq!(answer["responses"][2]["status"], 400, "a step's body is read as its route reads one");
        assert_eq!(answer["responses"][2]["body"]["error"]["code"], "RequestBodyRead", "{answer}");

        // No token: every step is refused by its route, not skipped.
        let r = http()
            .post(format!("{}/v1.0/$batch", mock.base_url()))
            .header("content-type", "application/json")
            .body(serde_json::json!({"requests": [{"id": "1", "method": "GET", "url": "/me/messages/x"}]}).to_string())
            .send()
            .await
            .unwrap();
        let answer: serde_json::Value = serde_json::from_slice(&r.bytes().await.unwrap()).unwrap();
        assert_eq!(answer["responses"][0]["status"], 401);

        // One meaning per request: a member repeated anywhere in the batch refuses it whole.
        let raw_batch = r#"{"requests":[{"id":"1","method":"POST","url":"/me/sendMail","body":{"message":{},"Message":{}}}]}"#;
        let r = http()
            .post(format!("{}/v1.0/$batch", mock.base_url()))
            .bearer_auth("demo-adele")
            .header("content-type", "application/json")
            .body(raw_batch)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 400);

        let many: Vec<_> = (0..21)
            .map(|i| serde_json::json!({"id": i.to_string(), "method": "GET", "url": "/me/messages/x"}))
            .collect();
        let r = batch("demo-adele", serde_json::json!({"requests": many})).await.unwrap();
        assert_eq!(r.status(), 400, "more than 20 steps");
        let r = batch("demo-adele", serde_json::json!({"requests": [
            {"id": "1", "method": "POST", "url": "/$batch", "body": {"requests": []}}
        ]}))
        .await
        .unwrap();
        let answer: serde_json::Value = serde_json::from_slice(&r.bytes().await.unwrap()).unwrap();
        assert_eq!(answer["responses"][0]["status"], 400, "no batch inside a batch");
    })
    .await;
}
