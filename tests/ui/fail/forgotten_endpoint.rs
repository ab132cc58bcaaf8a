use std::future::{Future, ready};
use std::sync::Arc;

use graph_macros::graph_endpoints;
use graph_runtime::server::{Caller, GraphError, GraphServer, StaticTokens};

// `message: move` and `message: send`, with a `Handlers` trait over both.
#[graph_endpoints("ui-specs/v1.0", server)]
mod v1 {}

struct Mailboxes;

impl v1::send_message::SendMessageHandler for Mailboxes {
    fn send_message(
        &self,
        _caller: Arc<Caller>,
        _params: v1::send_message::SendMessageParams,
    ) -> impl Future<Output = Result<(), GraphError>> + Send {
        ready(Ok(()))
    }
}

// No `MoveMessageHandler`: mounting everything does not compile, where a
// hand-kept list of `mount` calls would silently answer 404.
fn main() {
    let _ = v1::mount_all(GraphServer::new(StaticTokens::new()), Arc::new(Mailboxes));
}
