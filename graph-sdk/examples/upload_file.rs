//! Uploads a small file (up to 250 MB; larger ones go through an upload
//! session) into a folder of the signed-in user's OneDrive, as a new file or
//! over one of the same name (`PUT /me/drive/items/{parent-id}:/{filename}:/content`,
//! feature `sharepoint`, where the docs file drive items).
//!
//! ```sh
//! GRAPH_TOKEN=... cargo run -p graph-sdk --example upload_file -- notes.txt
//! ```
//! `FOLDER_ID` (optional) names the folder; the drive's root by default.

use graph_sdk::graph_runtime::Content;
use graph_sdk::graph_runtime::client::{Client, StaticToken};
use graph_sdk::v1_0::DriveitemPutContent;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::new(StaticToken::new(std::env::var("GRAPH_TOKEN")?))?;
    let path = std::env::args().nth(1).ok_or("usage: upload_file FILE")?;
    let name = std::path::Path::new(&path)
        .file_name()
        .and_then(|n| n.to_str())
        .ok_or("FILE has no name")?
        .to_owned();
    let folder = std::env::var("FOLDER_ID").unwrap_or_else(|_| "root".to_owned());
    let bytes = tokio::fs::read(&path).await?;
    // The name goes into the path between colons, percent-encoded for that place.
    let item = DriveitemPutContent::me_drive_item_filename()
        .item_id(folder)
        .filename(name)
        .body(Content::new("application/octet-stream", bytes))
        .send(&client)
        .await?
        .body;
    println!(
        "{} ({} bytes)",
        item.web_url.unwrap_or_default(),
        item.size.unwrap_or(0)
    );
    Ok(())
}
