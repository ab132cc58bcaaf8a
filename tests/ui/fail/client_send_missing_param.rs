use graph_macros::graph_endpoint;
use graph_runtime::client::{Client, StaticToken};

#[graph_endpoint("ui-specs/message_send.toml", client)]
pub struct SendMessage;

fn main() {
    let client = Client::new(StaticToken::new("t")).unwrap();
    // `send` has the same bounds as `build`: a missing parameter does not compile.
    let _ = SendMessage::me().send(&client);
    let _ = SendMessage::user().message_id("AAMk").send(&client);
}
