//! A user crate: the attribute on a unit struct, the builder, the metadata.
#![deny(missing_docs)]

use graph_macros::graph_endpoint;
use graph_runtime::{Endpoint, PermissionType};

/// Sends a draft.
#[graph_endpoint(spec = "ui-specs/message_send.toml")]
pub struct SendMessage;

fn main() {
    let request = SendMessage::user().user_id("a@b.com").message_id("AAMk=").build().unwrap();
    assert_eq!(request.path(), "/users/a%40b.com/messages/AAMk%3D/send");
    // One builder per endpoint: setters in any order, the variant as its type parameter.
    let builder: send_message::Builder<send_message::User, _> = SendMessage::user().message_id("AAMk=").user_id("a@b.com");
    assert_eq!(builder.build().unwrap().path(), request.path());
    assert_eq!(SendMessage::PERMISSIONS.least_privileged(PermissionType::Application), Some("Mail.Send"));
    assert_eq!(<SendMessage as Endpoint>::SUCCESS_STATUS.as_u16(), 202);
}
