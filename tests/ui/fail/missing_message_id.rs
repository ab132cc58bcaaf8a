use graph_macros::graph_endpoint;

#[graph_endpoint("ui-specs/message_send.toml")]
pub struct SendMessage;

fn main() {
    let _ = SendMessage::me().build();
    let _ = SendMessage::user().message_id("AAMk").build();
}
