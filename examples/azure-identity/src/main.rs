//! Sends a draft message through Microsoft Graph as an application, with a
//! client secret: azure_identity's `ClientSecretCredential` supplies the
//! tokens, the generated client sends.
//!
//! ```sh
//! AZURE_TENANT_ID=... AZURE_CLIENT_ID=... AZURE_CLIENT_SECRET=... \
//! GRAPH_USER=adele@contoso.com GRAPH_MESSAGE_ID=AAMkAGI2... \
//!     cargo run -p graph-azure-identity-example
//! ```
//!
//! - `AZURE_TENANT_ID`, `AZURE_CLIENT_ID`, `AZURE_CLIENT_SECRET` (required):
//!   an app registration with the `Mail.Send` application permission,
//!   admin-consented.
//! - `GRAPH_USER` (required): the mailbox, an id or userPrincipalName (an
//!   application has no `/me`).
//! - `GRAPH_MESSAGE_ID` (required): the id of a draft in that mailbox.
//!
//! National clouds: give the credential `ClientOptions::cloud`, the provider
//! `AzureCredential::root` and the client `ClientBuilder::root`.

use std::process::ExitCode;

use graph_runtime::client::azure_identity::ClientSecretCredential;
use graph_runtime::client::{AzureCredential, Client};
use graph_runtime::graph_endpoint;

/// `message: send`, generated from the bundled spec with the client.
#[graph_endpoint("../../specs/v1.0/message_send.toml", client)]
pub struct SendMessage;

fn var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

#[tokio::main]
async fn main() -> ExitCode {
    let names = [
        "AZURE_TENANT_ID",
        "AZURE_CLIENT_ID",
        "AZURE_CLIENT_SECRET",
        "GRAPH_USER",
        "GRAPH_MESSAGE_ID",
    ];
    let [
        Some(tenant),
        Some(client_id),
        Some(secret),
        Some(user),
        Some(message_id),
    ] = names.map(var)
    else {
        eprintln!(
            "error: {} must all be set (see the doc comment of examples/azure-identity/src/main.rs)",
            names.join(", ")
        );
        return ExitCode::from(2);
    };

    let credential = match ClientSecretCredential::new(&tenant, client_id, secret.into(), None) {
        Ok(credential) => credential,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    // Tokens for https://graph.microsoft.com/.default, cached until shortly
    // before they expire.
    let client = match Client::new(AzureCredential::new(credential)) {
        Ok(client) => client,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };

    let result = SendMessage::user()
        .user_id(user)
        .message_id(message_id)
        .send(&client)
        .await;
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
