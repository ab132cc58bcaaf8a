//! 204 and 304 answers carry no content: no body, no Content-Type, no
//! Content-Length, whichever handler or error produced them.

use std::time::Duration;

use crate::support::bounded;
use graph_mock::endpoints::v1::GetMessage;
use graph_runtime::server::axum::http::StatusCode;
use graph_runtime::server::{Caller, GraphError, GraphServer, StaticTokens, axum};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// A server whose get-message handler answers `status` as an error.
async fn serve_answering(status: StatusCode) -> std::net::SocketAddr {
    let tokens =
        StaticTokens::new().with("t", Caller::user("1", "adele@contoso.com", ["Mail.Read"]));
    let router = GraphServer::new(tokens)
        .route::<GetMessage, _, _, _>(move |_, _, _| async move {
            Err(GraphError::new(
                status,
                "NotModified",
                "The resource has not changed.",
            ))
        })
        .unwrap()
        .into_router();
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router).await });
    addr
}

/// The raw response head and body to a GET of a message.
async fn get(addr: std::net::SocketAddr) -> (String, String) {
    let mut stream = TcpStream::connect(addr).await.unwrap();
    stream
        .write_all(
            b"GET /v1.0/me/messages/m1 HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer t\r\n\
              Connection: close\r\n\r\n",
        )
        .await
        .unwrap();
    let mut out = Vec::new();
    tokio::time::timeout(Duration::from_secs(10), stream.read_to_end(&mut out))
        .await
        .unwrap()
        .unwrap();
    let text = String::from_utf8(out).unwrap();
    let (head, body) = text.split_once("\r\n\r\n").unwrap();
    (head.to_ascii_lowercase(), body.to_owned())
}

#[tokio::test(flavor = "multi_thread")]
async fn not_modified_and_no_content_have_no_content_headers() {
    bounded(async {
        for (status, line) in [
            (StatusCode::NOT_MODIFIED, "http/1.1 304"),
            (StatusCode::NO_CONTENT, "http/1.1 204"),
        ] {
            let (head, body) = get(serve_answering(status).await).await;
            assert!(head.starts_with(line), "{head}");
            assert!(!head.contains("content-type"), "{head}");
            assert!(!head.contains("content-length"), "{head}");
            assert!(head.contains("request-id"), "{head}");
            assert_eq!(body, "");
        }
        // Other errors keep their JSON body.
        let (head, body) = get(serve_answering(StatusCode::CONFLICT).await).await;
        assert!(head.starts_with("http/1.1 409"), "{head}");
        assert!(head.contains("content-type: application/json"), "{head}");
        let json: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!(json["error"]["code"], "NotModified");
    })
    .await;
}
