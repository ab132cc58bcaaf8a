//! Runtime support for code generated from Microsoft Graph endpoint specs.
//!
//! Generated code compiles against this crate: the [`Endpoint`] trait carries
//! each endpoint's metadata as constants, [`Permissions`] describes what a
//! caller must be granted, and [`Request`] is a fully resolved request whose
//! path parameters were percent-encoded by [`path::encode_segment`].
//! [`typestate`] is the builder machinery every generated endpoint shares.
//!
//! # Features
//!
//! All off by default:
//!
//! - `macros`: the `#[graph_endpoint]`, `#[graph_endpoints]` and `#[graph_models]` attributes,
//!   re-exported from graph-macros, so this crate is the only dependency
//!   (`use graph_runtime::graph_endpoint;`).
//! - `client`: the `client` module, an async HTTP client on reqwest with rustls that
//!   sends generated requests to Graph: aws-lc-rs (post-quantum hybrid key
//!   exchange), the operating system's root certificates, HTTP/1.1.
//! - `client-core`: the same client without a crypto provider, for choosing
//!   another TLS set-up with the features below (see "TLS" in the `client` module):
//!   - `rustls-aws-lc-rs` (in `client`) or `rustls-ring`: rustls's crypto provider
//!     (aws-lc-rs is used when both are on; ring builds faster, without
//!     post-quantum key exchange);
//!   - `webpki-roots`: Mozilla's root certificates compiled in, instead of the
//!     operating system's (for systems without a CA bundle);
//!   - `http2`: HTTP/2, negotiated with ALPN.
//! - `azure-identity` (implies `client-core` and `rustls-aws-lc-rs`, the provider
//!   azure_core's own HTTP client uses): `client::AzureCredential`, tokens
//!   from any Azure SDK credential (client secret, certificate, managed
//!   identity, Azure CLI, ...); `azure_identity` is re-exported.
//! - `server`: the `server` module, axum support for generated server stubs: token
//!   validation (static tokens, JWTs), permission enforcement, typed bodies
//!   and Graph-shaped errors.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

#[cfg(feature = "client-core")]
pub mod client;
mod content;
mod endpoint;
mod extras;
#[cfg(test)]
mod import_graph;
mod model_de;
pub mod path;
mod payload;
mod permissions;
mod polymorphic;
pub mod query;
mod request;
#[cfg(feature = "server")]
pub mod server;
pub mod typestate;
mod unset;

pub use content::{Content, ContentError, ContentStream, media_type_matches};
pub use endpoint::{ApiVersion, DeltaQuery, Endpoint, HeaderSpec, PathTemplate, UnknownApiVersion};
pub use path::PathParamError;
pub use payload::{BodyError, DateTimeOffset, DeltaItem, DeltaLink, InvalidDateTime, Page};
pub use permissions::{PermissionType, Permissions, UnknownPermissionType};
pub use polymorphic::{DerivedFrom, GraphType, Polymorphic, downcast};
pub use request::{Request, UnsupportedVersion};
pub use unset::Unset;

#[cfg(feature = "macros")]
pub use graph_macros::{graph_endpoint, graph_endpoints, graph_models};

/// Re-exported so generated code and users name the same `http` types.
pub use http;

/// Items used by generated code. Not part of the public API.
#[doc(hidden)]
pub mod __private {
    pub use crate::extras::Extras;
    /// Generic halves of generated models' `Deserialize`.
    pub mod de {
        pub use crate::model_de::*;
    }
    pub use crate::request::Request;
    pub use serde;
    pub use serde_json;
}
