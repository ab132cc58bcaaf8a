//! The Microsoft Graph reference as typed Rust: every endpoint of the pinned
//! docs tree with its paths, parameters, permissions, headers, bodies and
//! statuses, in module `v1_0` (feature `v1`) and module `beta` (feature
//! `beta`). Each endpoint's rustdoc shows its requests and permission
//! table and links to its page in the Microsoft Graph documentation.
//!
//! One cargo feature per API area, as the docs file their pages (`outlook`,
//! `microsoft-teams`, `sharepoint`, `users`, `groups`, ...): an area that is
//! off is not generated at all, and the models compiled are only those the
//! enabled endpoints reach. `client` adds `send(&client)` to every request
//! builder, `server` a handler trait per endpoint.
//!
//! ```toml
//! [dependencies]
//! graph-sdk = { version = "0.1", features = ["outlook"] }
//! ```
//!
//! The generated code depends on [`graph_runtime`], re-exported here, so
//! `graph_sdk::graph_runtime::client::Client` is the client.

#![forbid(unsafe_code)]
// Generated from the docs' facts: the page is the documentation.
#![allow(missing_docs)]

pub use graph_runtime;

include!(concat!(env!("OUT_DIR"), "/graph_endpoints.rs"));
