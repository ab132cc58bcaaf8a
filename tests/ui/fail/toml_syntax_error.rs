use graph_macros::graph_endpoint;

#[graph_endpoint("ui-specs/syntax_error.toml")]
pub struct SendMessage;

fn main() {}
