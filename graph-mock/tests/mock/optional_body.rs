//! A request body the spec lets be left out (`[request] body_optional = true`,
//! as for `event: accept`): `RequestBody` is an `Option`, a builder without a
//! body builds, the client then sends none, and the server hands the handler
//! `None` for a request without a body and `Some` for one with a body.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::support::{bounded, http};
use graph_runtime::Endpoint;
use graph_runtime::client::{Client, RetryPolicy, StaticToken};
use graph_runtime::server::{Caller, GraphServer, StaticTokens, axum};
use tokio::net::TcpListener;

#[graph_macros::graph_endpoint("tests/fixtures/optional_body/event_accept.toml", client, server)]
pub struct AcceptEvent;

type Seen = Arc<Mutex<Vec<Option<accept_event::Body>>>>;

/// A server that records the bodies its accept handler receives.
async fn serve() -> (String, Seen) {
    let tokens = StaticTokens::new().with(
        "t",
        Caller::user("1", "adele@contoso.com", ["Calendars.ReadWrite"]),
    );
    let seen = Seen::default();
    let record = Arc::clone(&seen);
    let router = GraphServer::new(tokens)
        .route::<AcceptEvent, _, _, _>(move |_, _, body| {
            let record = Arc::clone(&record);
            async move {
                record.lock().unwrap().push(body);
                Ok(())
            }
        })
        .unwrap()
        .into_router();
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router).await });
    (format!("http://{addr}"), seen)
}

#[test]
fn the_body_type_is_optional_and_a_builder_without_one_builds() {
    let request = AcceptEvent::me().event_id("e1").build().unwrap();
    let body: &<AcceptEvent as Endpoint>::RequestBody = request.body();
    assert_eq!(body, &None);
    let with = accept_event::Body {
        comment: Some("ok".into()),
        send_response: Some(false),
    };
    let request = AcceptEvent::me()
        .event_id("e1")
        .body(with.clone())
        .build()
        .unwrap();
    assert_eq!(request.body(), &Some(with));
}

#[tokio::test(flavor = "multi_thread")]
async fn the_server_reads_a_left_out_body_as_none() {
    bounded(async {
        let (root, seen) = serve().await;
        let url = format!("{root}/v1.0/me/events/e1/accept");
        let post = |body: &'static str, content_type: Option<&'static str>| {
            let mut r = http().post(&url).bearer_auth("t").body(body);
            if let Some(ct) = content_type {
                r = r.header("content-type", ct);
            }
            r.send()
        };
        assert_eq!(post("", None).await.unwrap().status(), 202);
        assert_eq!(
            post("", Some("application/json")).await.unwrap().status(),
            202
        );
        let kiota = r#"{"Comment":"See you","SendResponse":false}"#;
        assert_eq!(
            post(kiota, Some("application/json"))
                .await
                .unwrap()
                .status(),
            202
        );
        // A body that is there must still be JSON, and read as Graph reads it.
        assert_eq!(post(kiota, Some("text/plain")).await.unwrap().status(), 415);
        assert_eq!(post(kiota, None).await.unwrap().status(), 415);
        let unknown = post(r#"{"comments":"x"}"#, Some("application/json"))
            .await
            .unwrap();
        assert_eq!(unknown.status(), 400);
        let expected = accept_event::Body {
            comment: Some("See you".into()),
            send_response: Some(false),
        };
        assert_eq!(*seen.lock().unwrap(), vec![None, None, Some(expected)]);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_client_sends_no_body_when_it_is_left_out() {
    bounded(async {
        let (root, seen) = serve().await;
        let client = Client::builder(StaticToken::new("t".to_owned()))
            .root(root)
            .retry(RetryPolicy::none())
            .timeout(Duration::from_secs(10))
            .no_proxy()
            .build()
            .unwrap();
        let r = AcceptEvent::me()
            .event_id("e1")
            .send(&client)
            .await
            .unwrap();
        assert_eq!(r.status.as_u16(), 202);
        let body = accept_event::Body {
            comment: Some("yes".into()),
            send_response: None,
        };
        AcceptEvent::me()
            .event_id("e1")
            .body(body.clone())
            .send(&client)
            .await
            .unwrap();
        assert_eq!(*seen.lock().unwrap(), vec![None, Some(body)]);
    })
    .await;
}
