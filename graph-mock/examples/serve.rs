//! A Graph-shaped server for `message: send`, from its spec.
//! Run it, then: `curl -i -X POST -H 'Authorization: Bearer demo-token'
//! -H 'Content-Length: 0' http://127.0.0.1:8080/v1.0/me/messages/draft-1/send`
use std::sync::Arc;

use graph_runtime::server::{Caller, GraphError, GraphServer, StaticTokens};

/// The endpoint, with server stubs: `send_message::{SendMessageHandler, mount}`.
#[graph_runtime::graph_endpoint("../specs/v1.0/message_send.toml", server)]
pub struct SendMessage;

/// The application: sends drafts.
struct Outbox;

impl send_message::SendMessageHandler for Outbox {
    async fn send_message(
        &self,
        _caller: Caller,
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

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Bearer tokens and who they stand for (`JwtValidator` checks real JWTs).
    let oid = "6e7b768e-07e2-4810-8459-485f84f8f204";
    let tokens = StaticTokens::new().with(
        "demo-token",
        Caller::user(oid, "adele@contoso.com", ["Mail.Send"]),
    );
    let server = send_message::mount(GraphServer::new(tokens), Arc::new(Outbox))?;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:8080").await?;
    server.serve(listener).await?;
    Ok(())
}
