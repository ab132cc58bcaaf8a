//! Tracing on both sides, captured with a test subscriber: the client's span
//! per request (method, path template, attempt, status, request-id) and its
//! retry events, the server's span (request-id, caller kind, template), and
//! never a path value, a token or a body.

mod support;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use graph_runtime::client::{Client, RetryPolicy, StaticToken};
use support::*;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Instrument, Metadata, Subscriber};
use tracing_core::span::Current;

/// One span or event as captured: target, name (the message for events) and fields.
#[derive(Debug, Clone)]
struct Captured {
    metadata: &'static Metadata<'static>,
    target: String,
    name: String,
    fields: Vec<(String, String)>,
    /// For events: the id of the span they belong to (explicit parent, else
    /// the innermost entered span; `None` for a root event).
    parent: Option<u64>,
}

impl Captured {
    fn field(&self, name: &str) -> Option<&str> {
        // The last value recorded wins.
        self.fields
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

struct Fields<'a>(&'a mut Vec<(String, String)>);

impl Visit for Fields<'_> {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        self.0.push((field.name().to_owned(), format!("{value:?}")));
    }
    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.push((field.name().to_owned(), value.to_owned()));
    }
}

/// Records every span and event of every level, or up to `max_level`.
#[derive(Clone, Default)]
struct Capture {
    max_level: Option<tracing::Level>,
    spans: Arc<Mutex<Vec<Captured>>>,
    events: Arc<Mutex<Vec<Captured>>>,
    /// Entered spans, innermost last (one thread: a current-thread runtime).
    entered: Arc<Mutex<Vec<Id>>>,
}

impl Capture {
    fn spans(&self, target: &str) -> Vec<Captured> {
        let spans = self.spans.lock().unwrap();
        spans
            .iter()
            .filter(|s| s.target == target)
            .cloned()
            .collect()
    }

    /// The id of the first span named `name` with `target`.
    fn id_of(&self, name: &str, target: &str) -> Option<u64> {
        let spans = self.spans.lock().unwrap();
        spans
            .iter()
            .position(|s| s.name == name && s.target == target)
            .map(|i| i as u64 + 1)
    }

    fn everything(&self) -> String {
        format!(
            "{:?}{:?}",
            self.spans.lock().unwrap(),
            self.events.lock().unwrap()
        )
    }
}

impl Subscriber for Capture {
    fn register_callsite(
        &self,
        _: &'static Metadata<'static>,
    ) -> tracing_core::subscriber::Interest {
        // Asked per use: tests with other levels share the callsites.
        tracing_core::subscriber::Interest::sometimes()
    }
    fn enabled(&self, metadata: &Metadata<'_>) -> bool {
        self.max_level.is_none_or(|max| *metadata.level() <= max)
    }
    fn new_span(&self, attrs: &Attributes<'_>) -> Id {
        let mut fields = Vec::new();
        attrs.record(&mut Fields(&mut fields));
        let mut spans = self.spans.lock().unwrap();
        spans.push(Captured {
            metadata: attrs.metadata(),
            target: attrs.metadata().target().to_owned(),
            name: attrs.metadata().name().to_owned(),
            fields,
            parent: None,
        });
        Id::from_u64(spans.len() as u64)
    }
    fn record(&self, span: &Id, values: &Record<'_>) {
        let mut spans = self.spans.lock().unwrap();
        let index = usize::try_from(span.into_u64()).unwrap() - 1;
        values.record(&mut Fields(&mut spans[index].fields));
    }
    fn record_follows_from(&self, _: &Id, _: &Id) {}
    fn event(&self, event: &Event<'_>) {
        let mut fields = Vec::new();
        event.record(&mut Fields(&mut fields));
        let name = fields
            .iter()
            .find(|(n, _)| n == "message")
            .map(|(_, v)| v.clone())
            .unwrap_or_default();
        let parent = match event.parent() {
            Some(parent) => Some(parent.into_u64()),
            None if event.is_root() => None,
            None => self.entered.lock().unwrap().last().map(Id::into_u64),
        };
        self.events.lock().unwrap().push(Captured {
            metadata: event.metadata(),
            target: event.metadata().target().to_owned(),
            name,
            fields,
            parent,
        });
    }
    fn enter(&self, span: &Id) {
        self.entered.lock().unwrap().push(span.clone());
    }
    fn exit(&self, span: &Id) {
        let mut entered = self.entered.lock().unwrap();
        if let Some(at) = entered.iter().rposition(|s| s == span) {
            entered.remove(at);
        }
    }
    // What `Span::current()` asks; the server records the route and caller on it.
    fn current_span(&self) -> Current {
        let entered = self.entered.lock().unwrap();
        match entered.last() {
            Some(id) => {
                let spans = self.spans.lock().unwrap();
                let index = usize::try_from(id.into_u64()).unwrap() - 1;
                Current::new(id.clone(), spans[index].metadata)
            }
            None => Current::none(),
        }
    }
}

const SUBJECT: &str = "Quarterly numbers, confidential";

// A current-thread runtime: the mock, the client and the subscriber share
// the test's thread, so a thread-local default subscriber sees everything.
#[tokio::test]
async fn client_and_server_spans_carry_ids_and_templates_but_no_personal_data() {
    let capture = Capture::default();
    let _guard = tracing::subscriber::set_default(capture.clone());
    bounded(async {
        let mock = start().await;
        let adele = client(&mock, "demo-adele");
        let sent = v1::SendMessage::user()
            .user_id(ADELE)
            .message_id("AAMkADraft-adele-1")
            .send(&adele)
            .await
            .unwrap();
        let body = v1::send_mail::Body {
            message: v1::models::Message {
                subject: Some(SUBJECT.into()),
                to_recipients: Some(vec![v1::models::Recipient {
                    email_address: Some(v1::models::EmailAddress {
                        address: Some(MEGAN.into()),
                        name: None,
                    }),
                }]),
                ..Default::default()
            },
            save_to_sent_items: None,
        };
        v1::SendMail::user()
            .user_id(ADELE)
            .body(body)
            .send(&adele)
            .await
            .unwrap();
        mock.stop().await;

        let client_spans = capture.spans("graph_runtime::client");
        assert_eq!(client_spans.len(), 2, "{client_spans:#?}");
        let send = &client_spans[0];
        assert_eq!(send.name, "graph_request");
        assert_eq!(send.field("method"), Some("POST"));
        assert_eq!(
            send.field("path_template"),
            Some("/users/{user_id}/messages/{message_id}/send")
        );
        assert_eq!(send.field("version"), Some("v1.0"));
        assert_eq!(send.field("attempt"), Some("1"));
        assert_eq!(send.field("status"), Some("202"));
        let request_id = sent.request_id().unwrap();
        assert_eq!(send.field("request_id"), Some(request_id));
        assert_eq!(
            send.field("client_request_id"),
            Some(sent.client_request_id.as_str())
        );

        let server_spans = capture.spans("graph_runtime::server");
        let served = server_spans
            .iter()
            .find(|s| s.field("request_id") == Some(request_id))
            .unwrap_or_else(|| panic!("no server span for {request_id}: {server_spans:#?}"));
        assert_eq!(served.field("method"), Some("POST"));
        assert_eq!(served.field("caller"), Some("delegated-work"));
        assert_eq!(served.field("status"), Some("202"));
        assert_eq!(
            served.field("path_template"),
            send.field("path_template"),
            "both sides name the route by its template"
        );

        // No path value (the UPN, the message id), token or body anywhere.
        let everything = capture.everything();
        for secret in [
            ADELE,
            "adele%40contoso.com",
            "AAMkADraft-adele-1",
            "demo-adele",
            SUBJECT,
            MEGAN,
        ] {
            assert!(!everything.contains(secret), "`{secret}` was recorded");
        }
    })
    .await;
}

/// A server that answers 429 (`Retry-After: 0`) once, then 202.
async fn throttling_server() -> (String, tokio::task::JoinHandle<()>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let root = format!("http://{}", listener.local_addr().unwrap());
    let task = tokio::spawn(async move {
        for reply in [
            "HTTP/1.1 429 Too Many Requests\r\nretry-after: 0\r\nrequest-id: rid-1\r\n\
             content-type: application/json\r\ncontent-length: 59\r\nconnection: close\r\n\r\n\
             {\"error\":{\"code\":\"TooManyRequests\",\"message\":\"Slow down.\"}}",
            "HTTP/1.1 202 Accepted\r\nrequest-id: rid-2\r\ncontent-length: 0\r\n\
             connection: close\r\n\r\n",
        ] {
            let Ok((mut stream, _)) = listener.accept().await else {
                return;
            };
            // The request is bodiless: its head is all there is to read.
            let mut head = Vec::new();
            let mut byte = [0u8; 1];
            while !head.ends_with(b"\r\n\r\n") && head.len() < 16 * 1024 {
                if stream.read(&mut byte).await.unwrap_or(0) == 0 {
                    break;
                }
                head.push(byte[0]);
            }
            let _ = stream.write_all(reply.as_bytes()).await;
            let _ = stream.shutdown().await;
        }
    });
    (root, task)
}

/// A client of `root` that tries up to three times.
fn retrying_client(root: String) -> Client {
    Client::builder(StaticToken::new("tok-xyz-123"))
        .root(root)
        .no_proxy()
        .timeout(Duration::from_secs(5))
        .retry(RetryPolicy::default().with_max_attempts(3))
        .build()
        .unwrap()
}

#[tokio::test]
async fn retries_are_events_in_the_requests_span() {
    let capture = Capture::default();
    let _guard = tracing::subscriber::set_default(capture.clone());
    bounded(async {
        let (root, server) = throttling_server().await;
        let client = retrying_client(root);
        let sent = v1::SendMessage::me()
            .message_id("AAMkAMsg-42")
            .send(&client)
            .await
            .unwrap();
        assert_eq!(sent.attempts, 2);
        server.await.unwrap();

        let spans = capture.spans("graph_runtime::client");
        assert_eq!(spans.len(), 1, "one span per request, not per attempt");
        assert_eq!(spans[0].field("attempt"), Some("2"));
        assert_eq!(spans[0].field("status"), Some("202"));
        assert_eq!(spans[0].field("request_id"), Some("rid-2"));
        assert_eq!(
            spans[0].field("path_template"),
            Some("/me/messages/{message_id}/send")
        );

        let events = capture.events.lock().unwrap().clone();
        let retries: Vec<_> = events.iter().filter(|e| e.name == "retrying").collect();
        assert_eq!(retries.len(), 1, "{events:#?}");
        assert_eq!(retries[0].target, "graph_runtime::client");
        assert_eq!(retries[0].field("attempt"), Some("1"));
        assert_eq!(retries[0].field("status"), Some("429"));
        assert_eq!(retries[0].field("retry_after_ms"), Some("0"));
        let client_span = capture.id_of("graph_request", "graph_runtime::client");
        assert_eq!(retries[0].parent, client_span, "{:#?}", retries[0]);

        let everything = capture.everything();
        for secret in ["tok-xyz-123", "AAMkAMsg-42"] {
            assert!(!everything.contains(secret), "`{secret}` was recorded");
        }
    })
    .await;
}

/// With the client's DEBUG request span filtered out, a retry is still an
/// event of the span the caller is in, not a root event.
#[tokio::test]
async fn retries_stay_in_the_callers_span_when_request_spans_are_off() {
    let capture = Capture {
        max_level: Some(tracing::Level::INFO),
        ..Capture::default()
    };
    let _guard = tracing::subscriber::set_default(capture.clone());
    bounded(async {
        let (root, server) = throttling_server().await;
        let client = retrying_client(root);
        let outer = tracing::info_span!(target: "app", "sync_mailbox");
        let sent = v1::SendMessage::me()
            .message_id("AAMkAMsg-42")
            .send(&client)
            .instrument(outer)
            .await
            .unwrap();
        assert_eq!(sent.attempts, 2);
        server.await.unwrap();

        assert!(capture.spans("graph_runtime::client").is_empty());
        let events = capture.events.lock().unwrap().clone();
        let retries: Vec<_> = events.iter().filter(|e| e.name == "retrying").collect();
        assert_eq!(retries.len(), 1, "{events:#?}");
        assert_eq!(
            retries[0].parent,
            capture.id_of("sync_mailbox", "app"),
            "{:#?}",
            retries[0]
        );
    })
    .await;
}

/// A delegated caller addressing their own mailbox by principal name on a
/// server without a `UserDirectory` is refused (the server cannot tell who
/// the name is); the operator reads at DEBUG which rule refused it and what
/// to configure, and neither the response nor the log holds the name.
#[tokio::test]
async fn a_refusal_for_want_of_a_directory_says_what_to_configure() {
    use graph_mock::endpoints::v1::SendMessage;
    use graph_runtime::server::axum::body::{Body, to_bytes};
    use graph_runtime::server::axum::http::Request;
    use graph_runtime::server::{Caller, GraphServer, StaticTokens};
    use tower_service::Service;

    let capture = Capture::default();
    let _guard = tracing::subscriber::set_default(capture.clone());
    bounded(async {
        let oid = "6e7b768e-07e2-4810-8459-485f84f8f204";
        let tokens = StaticTokens::new().with("t", Caller::user(oid, ADELE, ["Mail.Send"]));
        let mut router = GraphServer::new(tokens)
            .route::<SendMessage, _, _, _>(|_, _, _| async { Ok(()) })
            .unwrap()
            .into_router();
        let request = |user: &str| {
            Request::builder()
                .method("POST")
                .uri(format!("/v1.0/users/{user}/messages/m1/send"))
                .header("authorization", "Bearer t")
                .header("content-length", "0")
                .body(Body::empty())
                .unwrap()
        };
        // By object id the caller is recognised without a directory.
        let own = router.call(request(oid)).await.unwrap();
        assert_eq!(own.status(), 202);
        assert!(
            capture
                .events
                .lock()
                .unwrap()
                .iter()
                .all(|e| e.field("rule").is_none())
        );

        let by_name = router.call(request("adele%40contoso.com")).await.unwrap();
        assert_eq!(by_name.status(), 403);
        let body = to_bytes(by_name.into_body(), 1 << 20).await.unwrap();
        let body = String::from_utf8_lossy(&body);
        assert!(!body.contains("adele"), "{body}");

        let events = capture.events.lock().unwrap().clone();
        let refusal = events
            .iter()
            .find(|e| e.field("rule") == Some("delegated-own-resource"))
            .unwrap_or_else(|| panic!("no refusal event: {events:#?}"));
        assert_eq!(*refusal.metadata.level(), tracing::Level::DEBUG);
        assert_eq!(refusal.target, "graph_runtime::server");
        assert_eq!(refusal.field("user_directory"), Some("false"));
        assert!(
            refusal
                .field("fix")
                .is_some_and(|f| f.contains("with_user_directory")),
            "{refusal:#?}"
        );
        let everything = capture.everything();
        for personal in [ADELE, "adele%40contoso.com", oid] {
            assert!(!everything.contains(personal), "`{personal}` was recorded");
        }
    })
    .await;
}
