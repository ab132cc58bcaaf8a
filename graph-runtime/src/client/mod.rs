//! An async HTTP client for Microsoft Graph (feature `client`, off by default).
//!
//! Built on reqwest with rustls (no OpenSSL; see [TLS](#tls)). Generated builders get a
//! `send(&client)` method when the endpoint is generated with the `client`
//! flag; [`Client::execute`] sends any built [`Request`](crate::Request).
//!
//! Every request carries `Authorization: Bearer <token>` from the
//! [`TokenProvider`], `Accept: application/json`, `User-Agent:
//! graph-runtime/<version>` and a fresh `client-request-id` UUID (kept across
//! retries, which also carry `Retry-Attempt: <n>` as the Graph SDKs send it).
//! A bodiless `POST`/`PUT`/`PATCH` sends `Content-Length: 0` and no
//! `Content-Type`. Throttled and unavailable responses (429, 503, 504) are
//! retried per the [`RetryPolicy`].
//!
//! ```no_run
//! use graph_runtime::client::{Client, StaticToken};
//!
//! # async fn run() -> Result<(), graph_runtime::client::Error> {
//! let client = Client::new(StaticToken::new(std::env::var("GRAPH_TOKEN").unwrap_or_default()))?;
//! // With a generated endpoint:
//! // let response = SendMessage::me().message_id(id).send(&client).await?;
//! // assert_eq!(response.status, 202);
//! # let _ = client; Ok(()) }
//! ```
//!
//! The access token never appears in `Debug` or `Display` output of the
//! client, the token providers or the errors.
//!
//! # TLS
//!
//! Connections use rustls, and server certificates are always verified
//! (chain to a trusted root, validity dates, host name); TLS 1.2 and 1.3. What
//! the crate features choose:
//!
//! | features | crypto provider | trusted roots | HTTP |
//! |---|---|---|---|
//! | `client` | aws-lc-rs, key exchange X25519MLKEM768 first | the operating system's ([rustls-platform-verifier]) | 1.1 |
//! | `client` + `webpki-roots` | aws-lc-rs | Mozilla's, compiled in ([webpki-roots]) | 1.1 |
//! | `client-core` + `rustls-ring` (the fastest to build) | ring, no post-quantum key exchange | the operating system's | 1.1 |
//! | any of these + `http2` | | | 2 or 1.1 (ALPN) |
//!
//! aws-lc-rs is the default because its key exchange is post-quantum hybrid
//! (X25519MLKEM768, which Graph's endpoints offer): traffic recorded today,
//! bearer tokens and mail included, stays safe from a future quantum
//! computer. It costs build time once: aws-lc-sys is compiled from C, about
//! 35 s of CPU more in a cold build of a small client (89 s against 55 s
//! with ring). ring is there for those who want that time back and accept
//! classical key exchange. `client-core` alone has no provider and does not
//! compile; with both providers aws-lc-rs is used. `azure-identity` needs
//! aws-lc-rs too (azure_core's own HTTP client, the same reqwest). The provider is
//! handed to the client's own TLS configuration, not installed process-wide:
//! reqwest clients a program builds itself need reqwest's own TLS feature
//! (e.g. its default features), or a provider installed with
//! `rustls::crypto::CryptoProvider::install_default`.
//!
//! [rustls-platform-verifier]: https://docs.rs/rustls-platform-verifier
//! [webpki-roots]: https://docs.rs/webpki-roots

#[cfg(feature = "azure-identity")]
mod azure;
mod batch;
mod config;
mod error;
mod execute;
mod handle;
pub use batch::{Batch, BatchResponses, MAX_BATCH_REQUESTS, StepId};
mod paging;
mod payload;
pub use payload::{Outgoing, RequestPayload};
mod upload;
pub use paging::Delta;
pub use upload::{RANGE_UNIT, UploadTarget};
mod from_response;
mod response;
mod retry;
mod tls;
mod token;

#[cfg(feature = "azure-identity")]
pub use azure::{AzureCredential, GRAPH_SCOPE};
/// The Azure SDK's core types (feature `azure-identity`): `TokenCredential`,
/// `Secret`, and the `ClientOptions` a credential takes (cloud, transport).
#[cfg(feature = "azure-identity")]
pub use azure_core;
/// The Azure SDK's credentials (feature `azure-identity`), for [`AzureCredential`].
#[cfg(feature = "azure-identity")]
pub use azure_identity;
pub use config::{ClientBuilder, DEFAULT_ROOT, USER_AGENT};
pub use error::{Error, ErrorResponse, InnerError};
pub use from_response::{FromResponse, Received};
pub use handle::Client;
pub use response::Response;
pub use retry::RetryPolicy;
pub use token::{AccessToken, StaticToken, TokenError, TokenFn, TokenFuture, TokenProvider};
