use graph_macros::graph_endpoint;

#[graph_endpoint("ui-specs/does_not_exist.toml")]
pub struct SendMessage;

fn main() {}
