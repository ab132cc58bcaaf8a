use graph_macros::graph_endpoint;

#[graph_endpoint("ui-specs/unknown_permission_type.toml")]
pub struct SendMessage;

fn main() {}
