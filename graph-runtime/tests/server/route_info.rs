//! What a handler learns of its request besides the body: the caller its
//! token stands for, the request's ids (the same the response carries, whether
//! the handler keeps them past its answer or not), the path as received and
//! the configured base URL, never the `Host` header.

use std::future::{Future, ready};
use std::sync::{Arc, Mutex};

use crate::support::*;
use graph_mock::endpoints::models::Message;
use graph_mock::endpoints::v1::get_message;
use graph_runtime::server::{Caller, GraphError, GraphServer, RouteInfo, StaticTokens};

/// Keeps what each request showed it: the caller, and either the whole
/// route (holding the request's context past the response) or only its
/// request id.
#[derive(Default)]
struct Recorder {
    keep_route: bool,
    callers: Mutex<Vec<Arc<Caller>>>,
    routes: Mutex<Vec<RouteInfo>>,
    request_ids: Mutex<Vec<String>>,
}

impl get_message::GetMessageHandler for Recorder {
    fn get_message(
        &self,
        caller: Arc<Caller>,
        params: get_message::GetMessageParams,
    ) -> impl Future<Output = Result<Message, GraphError>> + Send {
        if let Ok(mut callers) = self.callers.lock() {
            callers.push(caller);
        }
        if let Ok(mut ids) = self.request_ids.lock() {
            ids.push(params.route.context.request_id.clone());
        }
        if self.keep_route
            && let Ok(mut routes) = self.routes.lock()
        {
            routes.push(params.route);
        }
        ready(Ok(Message::draft(params.message_id, "hi")))
    }
}

async fn serve(recorder: Arc<Recorder>) -> (String, tokio::task::JoinHandle<()>) {
    let tokens = StaticTokens::new().with("t", Caller::user(ADELE_ID, ADELE, ["Mail.Read"]));
    let server = GraphServer::new(tokens).with_public_base_url("https://graph.example.test/");
    let server = get_message::mount(server, recorder).unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let task = tokio::spawn(async move {
        let _ = server.serve(listener).await;
    });
    (base, task)
}

/// Two requests; the response headers of each.
async fn two_gets(base: &str) -> Vec<(String, String)> {
    let mut seen = Vec::new();
    for client_id in ["first-call", "second-call"] {
        let r = http()
            .get(format!("{base}/v1.0/me/messages/AAMk%2F1?$select=subject"))
            .bearer_auth("t")
            .header("client-request-id", client_id)
            .header("host", "attacker.example")
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200);
        let header = |name: &str| r.headers()[name].to_str().unwrap().to_owned();
        assert_eq!(header("client-request-id"), client_id);
        seen.push((header("request-id"), header("client-request-id")));
    }
    seen
}

#[tokio::test(flavor = "multi_thread")]
async fn the_handler_sees_the_ids_the_response_carries() {
    bounded(async {
        for keep_route in [false, true] {
            let recorder = Arc::new(Recorder {
                keep_route,
                ..Recorder::default()
            });
            let (base, task) = serve(Arc::clone(&recorder)).await;
            let answered = two_gets(&base).await;
            let request_ids: Vec<String> = answered.iter().map(|(id, _)| id.clone()).collect();
            assert_eq!(*recorder.request_ids.lock().unwrap(), request_ids);
            assert_ne!(request_ids[0], request_ids[1]);

            let routes = recorder.routes.lock().unwrap();
            assert_eq!(routes.len(), if keep_route { 2 } else { 0 });
            for (route, (request_id, client_id)) in routes.iter().zip(&answered) {
                assert_eq!(&route.context.request_id, request_id);
                assert_eq!(&route.context.client_request_id, client_id);
                assert_eq!(route.path(), "/v1.0/me/messages/AAMk%2F1");
                assert_eq!(route.query_value("$SELECT"), Some("subject"));
                assert_eq!(&*route.base_url, "https://graph.example.test");
                assert_eq!(
                    route.link("/v1.0/me/messages?$skip=10"),
                    "https://graph.example.test/v1.0/me/messages?$skip=10"
                );
                assert!(route.me);
            }
            task.abort();
        }
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn every_request_with_a_token_shares_its_caller() {
    bounded(async {
        let recorder = Arc::new(Recorder::default());
        let (base, task) = serve(Arc::clone(&recorder)).await;
        two_gets(&base).await;
        let callers = recorder.callers.lock().unwrap();
        assert_eq!(callers.len(), 2);
        assert!(
            Arc::ptr_eq(&callers[0], &callers[1]),
            "one caller, not a copy per request"
        );
        assert_eq!(
            callers[0].delegated().and_then(|d| d.user_key()),
            Some(ADELE_ID)
        );
        task.abort();
    })
    .await;
}
