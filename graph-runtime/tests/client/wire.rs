//! The generated client's requests, exactly as they arrive on the wire.

use crate::generated::{beta, v1};
use crate::support::{Reply, Server, TOKEN, bounded};
use graph_runtime::ApiVersion;
use graph_runtime::client::{Client, Error, StaticToken};
use graph_runtime::http::StatusCode;

const ODD_ID: &str = "AAMk/../x?y#z ü";
const ODD_ID_ENCODED: &str = "AAMk%2F..%2Fx%3Fy%23z%20%C3%BC";

fn is_uuid_v4(s: &str) -> bool {
    let groups: Vec<&str> = s.split('-').collect();
    groups.iter().map(|g| g.len()).collect::<Vec<_>>() == [8, 4, 4, 4, 12]
        && s.chars()
            .all(|c| c == '-' || c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
        && groups[2].starts_with('4')
}

/// Asserts the complete header set of a bodiless Graph POST.
fn assert_send_headers(req: &crate::support::Recorded, host: &str) -> String {
    let names: Vec<&str> = req.headers.iter().map(|(n, _)| n.as_str()).collect();
    let mut sorted = names.clone();
    sorted.sort_unstable();
    assert_eq!(
        sorted,
        [
            "accept",
            "authorization",
            "client-request-id",
            "content-length",
            "host",
            "user-agent"
        ],
        "exactly these headers, each once:\n{}",
        req.raw_head
    );
    assert_eq!(req.header("host"), Some(host));
    assert_eq!(
        req.header("authorization"),
        Some(format!("Bearer {TOKEN}").as_str())
    );
    assert_eq!(req.header("accept"), Some("application/json"));
    assert_eq!(
        req.header("user-agent"),
        Some(concat!("graph-runtime/", env!("CARGO_PKG_VERSION")))
    );
    assert_eq!(req.header("content-length"), Some("0"));
    assert_eq!(req.header("content-type"), None);
    assert_eq!(req.header("transfer-encoding"), None);
    assert!(req.body.is_empty());
    let id = req.header("client-request-id").unwrap().to_owned();
    assert!(is_uuid_v4(&id), "client-request-id {id}");
    id
}

#[tokio::test]
async fn me_variant_sends_the_documented_request() {
    bounded(async {
        let server = Server::start(vec![
            Reply::new(202, "Accepted").header("request-id", "graph-req-1"),
        ])
        .await;
        let client = server.client();

        let response = v1::SendMessage::me()
            .message_id(ODD_ID)
            .send(&client)
            .await
            .unwrap();

        assert_eq!(response.status, StatusCode::ACCEPTED);
        assert_eq!(response.attempts, 1);
        assert_eq!(response.request_id(), Some("graph-req-1"));
        let requests = server.requests();
        assert_eq!(requests.len(), 1);
        let req = &requests[0];
        assert_eq!(
            req.request_line,
            format!("POST /v1.0/me/messages/{ODD_ID_ENCODED}/send HTTP/1.1")
        );
        let id = assert_send_headers(req, &server.addr.to_string());
        assert_eq!(id, response.client_request_id);
    })
    .await;
}

#[tokio::test]
async fn users_variant_encodes_the_user_principal_name() {
    bounded(async {
        let server = Server::start(vec![
            Reply::new(202, "Accepted"),
            Reply::new(202, "Accepted"),
        ])
        .await;
        let client = server.client();

        v1::SendMessage::user()
            .user_id("a@b.com")
            .message_id(ODD_ID)
            .send(&client)
            .await
            .unwrap();
        // beta through a per-version base URL, as a mock of one version would be set up.
        let beta_client = Client::builder(StaticToken::new(TOKEN))
            .version_base_url(ApiVersion::Beta, format!("{}/mock/beta/", server.root()))
            .no_proxy()
            .build()
            .unwrap();
        beta::SendMessage::user()
            .user_id("a@b.com")
            .message_id("AAMkAGI2")
            .send(&beta_client)
            .await
            .unwrap();

        let requests = server.requests();
        assert_eq!(requests.len(), 2);
        assert_eq!(requests[0].method, "POST");
        assert_eq!(
            requests[0].target,
            format!("/v1.0/users/a%40b.com/messages/{ODD_ID_ENCODED}/send")
        );
        assert_eq!(
            requests[1].target,
            "/mock/beta/users/a%40b.com/messages/AAMkAGI2/send"
        );
        let first = assert_send_headers(&requests[0], &server.addr.to_string());
        let second = assert_send_headers(&requests[1], &server.addr.to_string());
        assert_ne!(first, second, "a fresh client-request-id per request");
    })
    .await;
}

#[tokio::test]
async fn any_2xx_is_a_success_and_its_status_is_exposed() {
    bounded(async {
        let server = Server::start(vec![Reply::new(200, "OK")]).await;
        let response = v1::SendMessage::me()
            .message_id("m")
            .send(&server.client())
            .await
            .unwrap();
        assert_eq!(response.status, StatusCode::OK);
    })
    .await;
}

#[tokio::test]
async fn an_invalid_path_parameter_sends_nothing() {
    bounded(async {
        let server = Server::start(vec![]).await;
        let err = v1::SendMessage::user()
            .user_id("..")
            .message_id("m")
            .send(&server.client())
            .await
            .unwrap_err();
        match &err {
            Error::InvalidPathParam(e) => assert_eq!(e.param, "user_id"),
            other => panic!("unexpected {other:?}"),
        }
        assert!(!err.is_retryable());
        assert!(server.requests().is_empty());
    })
    .await;
}
