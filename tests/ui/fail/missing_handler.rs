use std::sync::Arc;

use graph_macros::graph_endpoint;
use graph_runtime::server::{GraphServer, StaticTokens};

#[graph_endpoint("ui-specs/message_send.toml", server)]
pub struct SendMessage;

struct Mailboxes;

// The handler trait's one method is required: leaving it out does not compile.
impl send_message::SendMessageHandler for Mailboxes {}

fn main() {
    let _ = send_message::mount(GraphServer::new(StaticTokens::new()), Arc::new(Mailboxes));
}
