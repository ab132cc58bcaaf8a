use graph_macros::{graph_endpoint, graph_models};

#[graph_models("ui-specs/models/mail.toml")]
pub mod models {}

#[graph_endpoint("ui-specs/v1.0/message_move.toml")]
pub struct MoveMessage;

fn main() {
    // The body (destinationId) is required: no `.body(..)`, no request.
    let _ = MoveMessage::me().message_id("AAMk").build();
}
