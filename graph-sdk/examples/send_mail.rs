//! Sends a mail as the signed-in user (`POST /me/sendMail`, feature `outlook`).
//!
//! ```sh
//! GRAPH_TOKEN=... MAIL_TO=adele@contoso.com cargo run -p graph-sdk --example send_mail
//! ```
//! `GRAPH_BASE_URL` (optional) points the client elsewhere, such as graph-mock.

use graph_sdk::graph_runtime::client::{Client, StaticToken};
use graph_sdk::v1_0::models::{BodyType, EmailAddress, ItemBody, Message, Recipient};
use graph_sdk::v1_0::{UserSendmail, user_sendmail};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let token = StaticToken::new(std::env::var("GRAPH_TOKEN")?);
    let mut client = Client::builder(token);
    if let Ok(root) = std::env::var("GRAPH_BASE_URL") {
        client = client.root(root);
    }
    let client = client.build()?;
    let message = Message {
        subject: Some("Lunch?".to_owned()),
        body: Some(ItemBody {
            content_type: Some(BodyType::Text),
            content: Some("At noon, the usual place.".to_owned()),
            ..Default::default()
        }),
        to_recipients: Some(vec![Recipient {
            email_address: Some(EmailAddress {
                address: Some(std::env::var("MAIL_TO")?),
                ..Default::default()
            }),
            ..Default::default()
        }]),
        ..Default::default()
    };
    let sent = UserSendmail::me()
        .body(user_sendmail::Body {
            message: Some(message),
            save_to_sent_items: Some(true),
        })
        .send(&client)
        .await?;
    println!("sent: {}", sent.status); // 202 Accepted
    Ok(())
}
