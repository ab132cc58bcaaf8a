//! A user-style crate: the bundled message-send specs through the attribute
//! macro. The integration tests in `tests/` exercise what it generates.
//! `missing_docs` is denied so an undocumented generated item fails the build.

#![deny(missing_docs)]

use graph_macros::graph_endpoint;

/// Graph v1.0.
pub mod v1 {
    use super::graph_endpoint;

    #[graph_endpoint("../specs/v1.0/message_send.toml", client, server)]
    pub struct SendMessage;
}

/// Graph beta.
pub mod beta {
    use super::graph_endpoint;

    #[graph_endpoint(spec = "../specs/beta/message_send.toml", client, server)]
    pub struct SendMessage;
}

pub mod mail;
