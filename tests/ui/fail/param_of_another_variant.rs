use graph_macros::graph_endpoint;

#[graph_endpoint("ui-specs/message_send.toml")]
pub struct SendMessage;

fn main() {
    // `/me/messages/{message_id}/send` has no `{user_id}`: the setter exists on
    // the endpoint's one builder, but not for this path variant.
    let _ = SendMessage::me().user_id("a@b.com");
}
