use std::sync::Arc;

use graph_macros::graph_endpoint;
use graph_runtime::server::{Caller, GraphError};

#[graph_endpoint("ui-specs/replies.toml", server)]
pub struct CopyItem;

struct Items;

// 202 always carries its declared `Location`: leaving it out does not compile.
impl copy_item::CopyItemHandler for Items {
    async fn copy_item(
        &self,
        _caller: Arc<Caller>,
        _params: copy_item::CopyItemParams,
    ) -> Result<copy_item::Reply, GraphError> {
        Ok(copy_item::Reply::Accepted {})
    }
}

fn main() {}
