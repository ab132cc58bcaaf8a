use graph_macros::graph_endpoint;

#[graph_endpoint("ui-specs/undeclared_param.toml")]
pub struct SendMessage;

fn main() {}
