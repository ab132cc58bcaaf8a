//! `GraphServer::into_service` under `axum::serve`: the same answers as
//! `into_router`, with or without extra routes in front of the table.

use std::future::{Future, ready};
use std::sync::Arc;

use crate::support::*;
use graph_mock::endpoints::models::Message;
use graph_mock::endpoints::v1::get_message;
use graph_runtime::server::axum::{self, Router, routing::get};
use graph_runtime::server::{Caller, GraphError, GraphServer, StaticTokens};

struct Messages;

impl get_message::GetMessageHandler for Messages {
    fn get_message(
        &self,
        _caller: Arc<Caller>,
        params: get_message::GetMessageParams,
    ) -> impl Future<Output = Result<Message, GraphError>> + Send {
        ready(Ok(Message::draft(params.message_id, "hi")))
    }
}

fn server() -> GraphServer {
    let tokens = StaticTokens::new().with("t", Caller::user(ADELE_ID, ADELE, ["Mail.Read"]));
    get_message::mount(GraphServer::new(tokens), Arc::new(Messages)).unwrap()
}

/// How a server was turned into something `axum::serve` runs.
#[derive(Clone, Copy, Debug)]
enum Served {
    Router,
    Service,
}

async fn serve(server: GraphServer, how: Served) -> (String, tokio::task::JoinHandle<()>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let task = tokio::spawn(async move {
        let _ = match how {
            Served::Router => axum::serve(listener, server.into_router()).await,
            Served::Service => axum::serve(listener, server.into_service()).await,
        };
    });
    (base, task)
}

/// What a response shows that does not change from one request to the
/// next: status, the headers' names and the values of the stable ones, and
/// the body without its ids and date.
async fn answer(request: reqwest::RequestBuilder) -> (u16, Vec<String>, serde_json::Value) {
    let r = request
        .header("client-request-id", "same-call")
        .send()
        .await
        .unwrap();
    let status = r.status().as_u16();
    let request_id = r.headers()["request-id"].to_str().unwrap().to_owned();
    assert_eq!(request_id.len(), 36, "{request_id}");
    assert_eq!(r.headers()["client-request-id"], "same-call");
    let mut headers: Vec<String> = r
        .headers()
        .iter()
        .filter(|(name, _)| *name != "date")
        .map(|(name, value)| match name.as_str() {
            "request-id" => name.to_string(),
            _ => format!("{name}: {}", value.to_str().unwrap()),
        })
        .collect();
    headers.sort();
    let bytes = r.bytes().await.unwrap();
    let mut body: serde_json::Value = if bytes.is_empty() {
        serde_json::Value::Null
    } else {
        serde_json::from_slice(&bytes).unwrap()
    };
    if let Some(inner) = body
        .get_mut("error")
        .and_then(|e| e.get_mut("innerError"))
        .and_then(|i| i.as_object_mut())
    {
        assert_eq!(inner["request-id"], request_id.as_str());
        inner.remove("request-id");
        inner.remove("date");
    }
    (status, headers, body)
}

/// The requests both ways of serving are asked: an answer, and each kind
/// of refusal the table gives before a handler runs.
async fn answers(base: &str) -> Vec<(u16, Vec<String>, serde_json::Value)> {
    let message = format!("{base}/v1.0/me/messages/AAMk%2F1");
    let mut seen = Vec::new();
    for request in [
        http().get(&message).bearer_auth("t"),
        http().get(&message),
        http().get(&message).bearer_auth("not-a-token"),
        http().delete(&message).bearer_auth("t"),
        http()
            .get(format!("{base}/v1.0/me/nothing"))
            .bearer_auth("t"),
        http()
            .get(format!("{base}/v2.0/me/messages/x"))
            .bearer_auth("t"),
        http()
            .get(&message)
            .bearer_auth("t")
            .header("expect", "something"),
    ] {
        seen.push(answer(request).await);
    }
    seen
}

#[tokio::test(flavor = "multi_thread")]
async fn the_service_answers_as_the_router_does() {
    bounded(async {
        let (router_base, router_task) = serve(server(), Served::Router).await;
        let (service_base, service_task) = serve(server(), Served::Service).await;
        let by_router = answers(&router_base).await;
        let by_service = answers(&service_base).await;
        let statuses: Vec<u16> = by_service.iter().map(|(s, _, _)| *s).collect();
        assert_eq!(
            statuses,
            [200, 401, 401, 405, 404, 404, 417],
            "{by_service:#?}"
        );
        assert_eq!(by_service, by_router);
        assert_eq!(by_service[0].2["id"], "AAMk/1");
        router_task.abort();
        service_task.abort();
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn extra_routes_come_first_and_the_table_answers_the_rest() {
    bounded(async {
        let health = Router::new().route("/health", get(|| async { "ok" }));
        let server = server().with_extra_routes(health);
        let (base, task) = serve(server, Served::Service).await;

        let r = http().get(format!("{base}/health")).send().await.unwrap();
        assert_eq!(r.status(), 200);
        assert_eq!(r.text().await.unwrap(), "ok");

        let (status, _, body) = answer(
            http()
                .get(format!("{base}/v1.0/me/messages/m1"))
                .bearer_auth("t"),
        )
        .await;
        assert_eq!((status, &body["id"]), (200, &serde_json::json!("m1")));

        let (status, _, body) = answer(http().get(format!("{base}/v1.0/nowhere"))).await;
        assert_eq!(status, 404, "{body}");
        assert_eq!(body["error"]["code"], "ResourceNotFound", "{body}");
        task.abort();
    })
    .await;
}

#[test]
fn debug_says_which_kind_of_service_and_nothing_else() {
    let plain = format!("{:?}", server().into_service());
    assert_eq!(plain, "GraphService { extra_routes: false, .. }");
    let with_routes = server().with_extra_routes(Router::new()).into_service();
    assert_eq!(
        format!("{with_routes:?}"),
        "GraphService { extra_routes: true, .. }"
    );
}
