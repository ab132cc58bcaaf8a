use graph_macros::graph_endpoint;

#[graph_endpoint("ui-specs/unknown_key.toml")]
pub struct SendMessage;

fn main() {}
