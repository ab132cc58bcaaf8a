//! Routing that cannot panic: specs naming one segment's parameter
//! differently mount together; a true conflict is an error from `mount`.

use std::future::{Future, ready};
use std::sync::{Arc, Mutex};

use crate::support::*;
use graph_mock::endpoints::models::Message;
use graph_mock::endpoints::v1::get_message;
use graph_runtime::server::{Caller, GraphError, GraphServer, StaticTokens};

mod extra {
    use graph_macros::graph_endpoint;

    #[graph_endpoint("tests/fixtures/specs/message_delete.toml", server)]
    pub struct DeleteMessage;
    #[graph_endpoint("tests/fixtures/specs/message_get_again.toml", server)]
    pub struct GetMessageAgain;
}

use extra::{delete_message, get_message_again};

/// Answers GET with a message of the requested id and records DELETEs.
#[derive(Default)]
struct Messages {
    deleted: Mutex<Vec<(String, String)>>,
}

impl get_message::GetMessageHandler for Messages {
    fn get_message(
        &self,
        _caller: Arc<Caller>,
        params: get_message::GetMessageParams,
    ) -> impl Future<Output = Result<Message, GraphError>> + Send {
        ready(Ok(Message::draft(params.message_id, "hi")))
    }
}

impl delete_message::DeleteMessageHandler for Messages {
    fn delete_message(
        &self,
        _caller: Arc<Caller>,
        params: delete_message::DeleteMessageParams,
    ) -> impl Future<Output = Result<(), GraphError>> + Send {
        if let Ok(mut deleted) = self.deleted.lock() {
            deleted.push((params.user_id, params.id));
        }
        ready(Ok(()))
    }
}

impl get_message_again::GetMessageAgainHandler for Messages {
    fn get_message_again(
        &self,
        _caller: Arc<Caller>,
        _params: get_message_again::GetMessageAgainParams,
    ) -> impl Future<Output = Result<(), GraphError>> + Send {
        ready(Ok(()))
    }
}

fn server() -> GraphServer {
    let tokens = StaticTokens::new().with(
        "t",
        Caller::user(ADELE_ID, ADELE, ["Mail.Read", "Mail.ReadWrite"]),
    );
    GraphServer::new(tokens)
}

#[tokio::test(flavor = "multi_thread")]
async fn differently_named_parameters_share_a_route() {
    bounded(async {
        let handler = Arc::new(Messages::default());
        let server = get_message::mount(server(), Arc::clone(&handler))
            .and_then(|s| delete_message::mount(s, Arc::clone(&handler)))
            .expect("GET {message_id} and DELETE {id} mount together");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let task = tokio::spawn(server.serve(listener));

        let url = format!("{base}/v1.0/me/messages/AAMk%2F1");
        let r = http().get(&url).bearer_auth("t").send().await.unwrap();
        assert_eq!(r.status(), 200);
        let body: serde_json::Value = serde_json::from_slice(&r.bytes().await.unwrap()).unwrap();
        assert_eq!(body["id"], "AAMk/1");

        let r = http().delete(&url).bearer_auth("t").send().await.unwrap();
        assert_eq!(r.status(), 204);
        let url = format!("{base}/v1.0/users/{ADELE_ID}/messages/m2");
        let r = http().delete(&url).bearer_auth("t").send().await.unwrap();
        assert_eq!(r.status(), 204);
        assert_eq!(
            *handler.deleted.lock().unwrap(),
            [
                (ADELE_ID.to_owned(), "AAMk/1".to_owned()),
                (ADELE_ID.to_owned(), "m2".to_owned())
            ]
        );

        let r = http()
            .patch(format!("{base}/v1.0/me/messages/x"))
            .bearer_auth("t")
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 405);
        let allow = r.headers()["allow"].to_str().unwrap().to_owned();
        assert!(allow.contains("GET") && allow.contains("DELETE"), "{allow}");
        assert!(r.headers().contains_key("request-id"));
        task.abort();
    })
    .await;
}

#[test]
fn a_true_conflict_is_an_error_from_mount() {
    let handler = Arc::new(Messages::default());
    let server = get_message::mount(server(), Arc::clone(&handler)).unwrap();
    let err =
        get_message_again::mount(server, Arc::clone(&handler)).expect_err("same method, same path");
    assert_eq!(err.endpoint, "Get message again");
    assert_eq!(err.path, "/v1.0/me/messages/{other}");
    assert!(err.reason.contains("Get message"), "{err}");

    let server = get_message::mount(server_with_delete(&handler), Arc::clone(&handler));
    let err = server.expect_err("the same endpoint twice");
    assert!(err.to_string().contains("already answers GET"), "{err}");
}

fn server_with_delete(handler: &Arc<Messages>) -> GraphServer {
    let s = get_message::mount(server(), Arc::clone(handler)).unwrap();
    delete_message::mount(s, Arc::clone(handler)).unwrap()
}
