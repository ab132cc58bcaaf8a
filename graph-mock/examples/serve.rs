//! A Graph-shaped server for `message: send`, from its spec.
//! Run it, then: `curl -i -X POST -H 'Authorization: Bearer demo-token'
//! -H 'Content-Length: 0' http://127.0.0.1:8080/v1.0/me/messages/draft-1/send`
use std::sync::Arc;

use graph_runtime::server::{
    Caller, DirectoryUser, GraphError, GraphServer, StaticTokens, UserDirectory,
};

/// The endpoint, with server stubs: `send_message::{SendMessageHandler, mount}`.
#[graph_runtime::graph_endpoint("../specs/v1.0/message_send.toml", server)]
pub struct SendMessage;

/// The application: sends drafts.
struct Outbox;

impl send_message::SendMessageHandler for Outbox {
    async fn send_message(
        &self,
        _caller: Arc<Caller>,
        params: send_message::SendMessageParams,
    ) -> Result<(), GraphError> {
        // The token was valid, it holds Mail.Send, and `/me` is the caller's
        // object id: a delegated caller only reaches their own mailbox here.
        match params.message_id.as_str() {
            "draft-1" => Ok(()), // 202 Accepted, as the spec says
            _ => Err(GraphError::item_not_found(
                "The specified object was not found in the store.",
            )),
        }
    }
}

const ADELE_ID: &str = "6e7b768e-07e2-4810-8459-485f84f8f204";
const ADELE: &str = "adele@contoso.com";

/// Who `/users/{id | userPrincipalName}` names. Without a directory only the
/// caller's own object id is their mailbox: `/users/adele@contoso.com/...`
/// would be 403 even for Adele.
struct Users;

impl UserDirectory for Users {
    fn find(&self, id_or_upn: &str) -> Option<DirectoryUser> {
        [ADELE_ID, ADELE]
            .iter()
            .any(|k| k.eq_ignore_ascii_case(id_or_upn))
            .then(|| DirectoryUser {
                id: ADELE_ID.into(),
                tenant_id: None,
            })
    }
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Bearer tokens and who they stand for (`JwtValidator` checks real JWTs).
    let tokens =
        StaticTokens::new().with("demo-token", Caller::user(ADELE_ID, ADELE, ["Mail.Send"]));
    let server = GraphServer::new(tokens).with_user_directory(Users);
    let server = send_message::mount(server, Arc::new(Outbox))?;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:8080").await?;
    server.serve(listener).await?;
    Ok(())
}
