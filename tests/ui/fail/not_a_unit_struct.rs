use graph_macros::graph_endpoint;

#[graph_endpoint("ui-specs/message_send.toml")]
pub struct SendMessage {
    id: String,
}

#[graph_endpoint(path = "ui-specs/message_send.toml")]
pub struct Other;

#[graph_endpoint("ui-specs/message_send.toml", cliënt)]
pub struct Third;

fn main() {}
