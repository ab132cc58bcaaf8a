//! Sends a draft message through Microsoft Graph with the generated client.
//!
//! ```sh
//! GRAPH_TOKEN=eyJ0... GRAPH_MESSAGE_ID=AAMkAGI2... cargo run -p graph-tests --example send_draft
//! ```
//!
//! - `GRAPH_TOKEN` (required): an access token with `Mail.Send`.
//! - `GRAPH_MESSAGE_ID` (required): the id of a draft in the mailbox.
//! - `GRAPH_USER` (optional): send from this user's mailbox
//!   (`/users/{id | userPrincipalName}`, needs an application token or
//!   delegated access); `/me` otherwise.
//! - `GRAPH_BASE_URL` (optional): the root to send to instead of
//!   `https://graph.microsoft.com`, e.g. a local mock.

use std::process::ExitCode;

use graph_runtime::client::{Client, StaticToken};
use graph_tests::v1::SendMessage;

fn var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let (Some(token), Some(message_id)) = (var("GRAPH_TOKEN"), var("GRAPH_MESSAGE_ID")) else {
        eprintln!(
            "error: GRAPH_TOKEN and GRAPH_MESSAGE_ID must be set\n\n\
             usage: GRAPH_TOKEN=<access token with Mail.Send> GRAPH_MESSAGE_ID=<draft id> \\\n       \
             [GRAPH_USER=<id or userPrincipalName>] [GRAPH_BASE_URL=<root URL>] \\\n       \
             cargo run -p graph-tests --example send_draft"
        );
        return ExitCode::from(2);
    };

    let mut builder = Client::builder(StaticToken::new(token));
    if let Some(root) = var("GRAPH_BASE_URL") {
        builder = builder.root(root);
    }
    let client = match builder.build() {
        Ok(client) => client,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };

    let result = match var("GRAPH_USER") {
        Some(user) => {
            SendMessage::user()
                .user_id(user)
                .message_id(message_id)
                .send(&client)
                .await
        }
        None => SendMessage::me().message_id(message_id).send(&client).await,
    };
    match result {
        Ok(response) => {
            println!(
                "sent: {} (request-id {}, client-request-id {})",
                response.status,
                response.request_id().unwrap_or("-"),
                response.client_request_id
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
