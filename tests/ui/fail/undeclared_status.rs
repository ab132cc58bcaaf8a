use std::sync::Arc;

use graph_macros::graph_endpoint;
use graph_runtime::server::{Caller, GraphError};

#[graph_endpoint("ui-specs/replies.toml", server)]
pub struct CopyItem;

struct Items;

// The spec declares 202 and 204: a handler cannot answer 201.
impl copy_item::CopyItemHandler for Items {
    async fn copy_item(
        &self,
        _caller: Arc<Caller>,
        _params: copy_item::CopyItemParams,
    ) -> Result<copy_item::Reply, GraphError> {
        Ok(copy_item::Reply::Created)
    }
}

fn main() {}
