use std::sync::Arc;

use graph_macros::graph_endpoint;
use graph_runtime::Content;
use graph_runtime::server::{Caller, GraphError};

#[graph_endpoint("ui-specs/item_download.toml", server)]
pub struct GetItemContent;

struct Drive;

// The spec answers 302 to the content: a handler says where it is with a
// `Redirect`, it cannot answer the bytes itself.
impl get_item_content::GetItemContentHandler for Drive {
    async fn get_item_content(
        &self,
        _caller: Arc<Caller>,
        _params: get_item_content::GetItemContentParams,
    ) -> Result<Content, GraphError> {
        Ok(Content::new("text/plain", "plan"))
    }
}

fn main() {}
