//! The access token never shows up in Debug or Display output.

use std::time::Duration;

use crate::generated::v1;
use crate::support::{Reply, Server, TOKEN, bounded};
use graph_runtime::client::{AccessToken, Client, Error, StaticToken, TokenFn};

fn assert_clean(what: &str, text: &str) {
    assert!(!text.contains(TOKEN), "{what} leaks the token: {text}");
    assert!(
        !text.contains("TOKEN-SECRET"),
        "{what} leaks part of the token: {text}"
    );
}

fn assert_error_clean(err: &Error) {
    assert_clean("error Debug", &format!("{err:?}"));
    assert_clean("error Debug (alternate)", &format!("{err:#?}"));
    assert_clean("error Display", &err.to_string());
    let mut source = std::error::Error::source(err);
    while let Some(s) = source {
        assert_clean("error source", &format!("{s} {s:?}"));
        source = s.source();
    }
}

#[test]
fn client_and_providers_redact_the_token() {
    let token = AccessToken::new(TOKEN);
    assert_clean("AccessToken", &format!("{token:?} {token:#?}"));
    let provider = StaticToken::new(TOKEN);
    assert_clean("StaticToken", &format!("{provider:?} {provider:#?}"));
    let closure = TokenFn::new(|| async { Ok(AccessToken::new(TOKEN)) });
    assert_clean("TokenFn", &format!("{closure:?}"));
    let builder = Client::builder(StaticToken::new(TOKEN));
    assert_clean("ClientBuilder", &format!("{builder:?} {builder:#?}"));
    let client = builder.build().unwrap();
    let text = format!("{client:?} {client:#?}");
    assert_clean("Client", &text);
    assert!(text.contains("<redacted>"), "{text}");
    let request = v1::SendMessage::me().message_id("m").build().unwrap();
    assert_clean("Request", &format!("{request:?}"));
}

#[tokio::test]
async fn errors_never_carry_the_token() {
    bounded(async {
        let server = Server::start(vec![
            Reply::graph_error(
                401,
                "Unauthorized",
                "InvalidAuthenticationToken",
                "Access token validation failure.",
            ),
            Reply::new(202, "Accepted").delay(Duration::from_secs(5)),
        ])
        .await;
        let client = server.client().with_timeout(Duration::from_millis(200));
        let graph = v1::SendMessage::me()
            .message_id("m")
            .send(&client)
            .await
            .unwrap_err();
        assert!(matches!(graph, Error::Graph(_)));
        assert_error_clean(&graph);
        let timeout = v1::SendMessage::me()
            .message_id("m")
            .send(&client)
            .await
            .unwrap_err();
        assert!(matches!(timeout, Error::Timeout { .. }), "{timeout:?}");
        assert_error_clean(&timeout);

        // A port nobody listens on: a transport error.
        let addr = {
            let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
            listener.local_addr().unwrap()
        };
        let closed = Client::builder(StaticToken::new(TOKEN))
            .root(format!("http://{addr}"))
            .no_proxy()
            .retry(graph_runtime::client::RetryPolicy::none())
            .build()
            .unwrap();
        let transport = v1::SendMessage::me()
            .message_id("m")
            .send(&closed)
            .await
            .unwrap_err();
        assert!(matches!(transport, Error::Transport(_)), "{transport:?}");
        assert!(transport.is_retryable(), "the request never left");
        assert_error_clean(&transport);
    })
    .await;
}
