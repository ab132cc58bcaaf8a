//! Lists a team's channels, every page (`GET /teams/{id}/channels`, feature
//! `microsoft-teams`).
//!
//! ```sh
//! GRAPH_TOKEN=... TEAM_ID=... cargo run -p graph-sdk --example team_channels
//! ```

use futures_util::TryStreamExt;
use graph_sdk::graph_runtime::client::{Client, StaticToken};
use graph_sdk::v1_0::ChannelList;
use graph_sdk::v1_0::models::Channel;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::new(StaticToken::new(std::env::var("GRAPH_TOKEN")?))?;
    let request = ChannelList::team()
        .team_id(std::env::var("TEAM_ID")?)
        .build()?;
    // Pages are fetched as the stream is read, following `@odata.nextLink`.
    let channels: Vec<Channel> = client.items(request, None).try_collect().await?;
    for channel in &channels {
        println!(
            "{}  {}",
            channel.id.as_deref().unwrap_or("?"),
            channel.display_name.as_deref().unwrap_or("")
        );
    }
    Ok(())
}
