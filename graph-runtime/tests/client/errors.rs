//! Error decoding, retries and timeouts against a real HTTP server.

use std::time::{Duration, Instant};

use crate::generated::v1;
use crate::support::{Reply, Server, TOKEN, bounded};
use graph_runtime::client::{AccessToken, Client, Error, RetryPolicy, TokenError, TokenFn};
use graph_runtime::http::StatusCode;

async fn send_me(server: &Server) -> Result<graph_runtime::client::Response<()>, Error> {
    v1::SendMessage::me()
        .message_id("AAMkAGI2")
        .send(&server.client())
        .await
}

#[tokio::test]
async fn graph_json_errors_are_decoded_and_not_retried() {
    bounded(async {
        let cases = [
            (
                400,
                "Bad Request",
                "ErrorInvalidRequest",
                "The request is invalid.",
            ),
            (
                403,
                "Forbidden",
                "ErrorAccessDenied",
                "Access is denied. Check credentials and try again.",
            ),
            (
                404,
                "Not Found",
                "ErrorItemNotFound",
                "The specified object was not found in the store.",
            ),
        ];
        for (status, reason, code, message) in cases {
            let server =
                Server::start(vec![Reply::graph_error(status, reason, code, message)]).await;
            let err = send_me(&server).await.unwrap_err();
            assert!(!err.is_retryable(), "{status}");
            assert_eq!(err.status(), Some(StatusCode::from_u16(status).unwrap()));
            let Error::Graph(graph) = &err else {
                panic!("expected a Graph error, got {err:?}")
            };
            assert_eq!(graph.code.as_deref(), Some(code));
            assert_eq!(graph.message.as_deref(), Some(message));
            assert_eq!(graph.inner.request_id, Some(format!("req-{status}")));
            assert_eq!(graph.inner.client_request_id, Some(format!("cli-{status}")));
            assert_eq!(graph.inner.date.as_deref(), Some("2026-01-02T03:04:05"));
            assert!(graph.body.starts_with(r#"{"error":"#));
            assert_eq!(
                err.to_string(),
                format!(
                    "Graph returned {status} {reason}: {code}: {message} (request-id req-{status})"
                )
            );
            assert_eq!(server.requests().len(), 1, "{status} is not retried");
        }
    })
    .await;
}

#[tokio::test]
async fn a_plain_text_411_is_kept_as_text() {
    bounded(async {
        let body = "<h2>Length Required</h2>POST requests require a Content-length header.";
        let server = Server::start(vec![
            Reply::new(411, "Length Required").body("text/html", body),
        ])
        .await;
        let err = send_me(&server).await.unwrap_err();
        let graph = err.graph().unwrap();
        assert_eq!(graph.status, StatusCode::LENGTH_REQUIRED);
        assert_eq!(
            (graph.code.as_deref(), graph.message.as_deref()),
            (None, None)
        );
        assert_eq!(graph.body, body);
        assert_eq!(
            err.to_string(),
            format!("Graph returned 411 Length Required: {body}")
        );
        assert!(!err.is_retryable());
    })
    .await;
}

#[tokio::test]
async fn throttling_waits_for_retry_after_then_succeeds() {
    bounded(async {
        let server = Server::start(vec![
            Reply::graph_error(
                429,
                "Too Many Requests",
                "TooManyRequests",
                "Please retry again later.",
            )
            .header("Retry-After", "1"),
            Reply::new(202, "Accepted"),
        ])
        .await;
        let started = Instant::now();
        let response = send_me(&server).await.unwrap();
        let elapsed = started.elapsed();

        assert_eq!(response.status, StatusCode::ACCEPTED);
        assert_eq!(response.attempts, 2);
        assert!(elapsed >= Duration::from_secs(1), "waited {elapsed:?}");
        assert!(elapsed < Duration::from_secs(4), "waited {elapsed:?}");
        let requests = server.requests();
        assert_eq!(requests.len(), 2, "exactly one retry");
        assert_eq!(requests[0].header("retry-attempt"), None);
        assert_eq!(requests[1].header("retry-attempt"), Some("1"));
        assert_eq!(requests[0].target, requests[1].target);
        assert_eq!(
            requests[0].header("client-request-id"),
            requests[1].header("client-request-id"),
            "a retry is the same logical request"
        );
        assert_eq!(requests[1].header("content-length"), Some("0"));
    })
    .await;
}

#[tokio::test]
async fn unavailable_is_retried_up_to_the_attempt_limit() {
    bounded(async {
        let server = Server::start(vec![
            Reply::new(503, "Service Unavailable"),
            Reply::new(504, "Gateway Timeout"),
            Reply::new(503, "Service Unavailable").body("text/plain", "still down"),
            Reply::new(202, "Accepted"),
        ])
        .await;
        let client = server.client().with_retry(
            RetryPolicy::default()
                .with_max_attempts(3)
                .with_backoff(Duration::from_millis(10), Duration::from_millis(40)),
        );
        let err = v1::SendMessage::me()
            .message_id("m")
            .send(&client)
            .await
            .unwrap_err();
        assert_eq!(err.status(), Some(StatusCode::SERVICE_UNAVAILABLE));
        assert!(err.is_retryable());
        assert_eq!(err.graph().unwrap().body, "still down");
        assert_eq!(server.requests().len(), 3);
    })
    .await;
}

#[tokio::test]
async fn a_retry_after_beyond_the_cap_is_returned_not_waited() {
    bounded(async {
        let server = Server::start(vec![
            Reply::new(429, "Too Many Requests").header("Retry-After", "3600"),
        ])
        .await;
        let started = Instant::now();
        let err = send_me(&server).await.unwrap_err();
        assert!(started.elapsed() < Duration::from_secs(2));
        assert_eq!(
            err.graph().unwrap().retry_after,
            Some(Duration::from_secs(3600))
        );
        assert_eq!(server.requests().len(), 1);
    })
    .await;
}

#[tokio::test]
async fn a_slow_response_times_out() {
    bounded(async {
        let server = Server::start(vec![
            Reply::new(202, "Accepted").delay(Duration::from_secs(10)),
        ])
        .await;
        let client = server.client().with_timeout(Duration::from_millis(300));
        let started = Instant::now();
        let err = v1::SendMessage::me()
            .message_id("m")
            .send(&client)
            .await
            .unwrap_err();
        assert!(
            matches!(err, Error::Timeout { after } if after == Duration::from_millis(300)),
            "{err:?}"
        );
        assert!(started.elapsed() < Duration::from_secs(3));
        assert!(!err.is_retryable(), "the message may have been sent");
        assert_eq!(server.requests().len(), 1);
    })
    .await;
}

#[tokio::test]
async fn token_provider_failures_send_nothing() {
    bounded(async {
        let server = Server::start(vec![]).await;
        let client = Client::builder(TokenFn::new(|| async {
            Err::<AccessToken, _>(TokenError::new("the refresh token has expired"))
        }))
        .root(server.root())
        .no_proxy()
        .build()
        .unwrap();
        let err = v1::SendMessage::me()
            .message_id("m")
            .send(&client)
            .await
            .unwrap_err();
        assert!(matches!(err, Error::Token(_)), "{err:?}");
        assert_eq!(
            err.to_string(),
            "could not get an access token: the refresh token has expired"
        );
        assert!(server.requests().is_empty());
    })
    .await;
}

#[tokio::test]
async fn the_async_token_provider_is_asked_on_every_attempt() {
    bounded(async {
        let server = Server::start(vec![
            Reply::new(503, "Service Unavailable").header("Retry-After", "0"),
            Reply::new(202, "Accepted"),
        ])
        .await;
        let calls = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let counter = calls.clone();
        let client = Client::builder(TokenFn::new(move || {
            let n = counter.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            async move { Ok(AccessToken::new(format!("{TOKEN}-{n}"))) }
        }))
        .root(server.root())
        .no_proxy()
        .build()
        .unwrap();
        v1::SendMessage::me()
            .message_id("m")
            .send(&client)
            .await
            .unwrap();
        let requests = server.requests();
        assert_eq!(
            requests[0].header("authorization"),
            Some(format!("Bearer {TOKEN}-0").as_str())
        );
        assert_eq!(
            requests[1].header("authorization"),
            Some(format!("Bearer {TOKEN}-1").as_str())
        );
    })
    .await;
}
