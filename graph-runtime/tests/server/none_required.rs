//! Endpoints whose docs need no particular permission ("None"): any valid
//! token of a type marked `"none required"` is let in; a type that is not
//! supported, and a missing or unknown token, are still refused.

use std::future::{Future, ready};
use std::sync::Arc;

use crate::support::*;
use graph_runtime::server::{Caller, GraphError, GraphServer, StaticTokens};

mod keys {
    use graph_macros::graph_endpoint;

    #[graph_endpoint("tests/fixtures/specs/application_add_key.toml", server)]
    pub struct AddApplicationKey;
}

use keys::add_application_key::{self, AddApplicationKeyHandler, AddApplicationKeyParams};

struct Keys;

impl AddApplicationKeyHandler for Keys {
    fn add_application_key(
        &self,
        _caller: Arc<Caller>,
        _params: AddApplicationKeyParams,
    ) -> impl Future<Output = Result<(), GraphError>> + Send {
        ready(Ok(()))
    }
}

async fn post(base: &str, token: Option<&str>) -> u16 {
    let mut request = http()
        .post(format!("{base}/v1.0/applications/app-1/addKey"))
        .header("content-length", "0");
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    request.send().await.unwrap().status().as_u16()
}

#[tokio::test(flavor = "multi_thread")]
async fn any_valid_token_of_a_none_required_type_is_let_in() {
    bounded(async {
        let tokens = StaticTokens::new()
            // A work account with no scope at all, and an app with an unrelated role.
            .with("work", Caller::user(ADELE_ID, ADELE, Vec::<String>::new()))
            .with("app", Caller::app("app-1", ["Mail.Read"]))
            .with("personal", {
                let mut c = Caller::user(ADELE_ID, ADELE, ["User.Read"]);
                if let Caller::Delegated(d) = &mut c {
                    d.personal_account = true;
                }
                c
            });
        let server = add_application_key::mount(GraphServer::new(tokens), Arc::new(Keys)).unwrap();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let task = tokio::spawn(server.serve(listener));

        assert_eq!(post(&base, Some("work")).await, 204);
        assert_eq!(post(&base, Some("app")).await, 204);
        // Personal accounts are not supported by this endpoint.
        assert_eq!(post(&base, Some("personal")).await, 403);
        // "None required" still needs a valid token.
        assert_eq!(post(&base, Some("unknown")).await, 401);
        assert_eq!(post(&base, None).await, 401);
        task.abort();
    })
    .await;
}
