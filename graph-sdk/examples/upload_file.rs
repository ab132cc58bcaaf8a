//! Uploads a small file (up to 250 MB; larger ones go through an upload
//! session) into the signed-in user's OneDrive (`PUT /me/drive/items/{id}/content`,
//! feature `sharepoint`, where the docs file drive items).
//!
//! ```sh
//! GRAPH_TOKEN=... ITEM_ID=... cargo run -p graph-sdk --example upload_file -- notes.txt
//! ```

use graph_sdk::graph_runtime::Content;
use graph_sdk::graph_runtime::client::{Client, StaticToken};
use graph_sdk::v1_0::DriveitemPutContent;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::new(StaticToken::new(std::env::var("GRAPH_TOKEN")?))?;
    let path = std::env::args().nth(1).ok_or("usage: upload_file FILE")?;
    let bytes = tokio::fs::read(&path).await?;
    let item = DriveitemPutContent::me_drive()
        .item_id(std::env::var("ITEM_ID")?)
        .body(Content::new("text/plain", bytes))
        .send(&client)
        .await?
        .body;
    println!("{} bytes as {}", item.size.unwrap_or(0), item.name.unwrap_or_default());
    Ok(())
}
