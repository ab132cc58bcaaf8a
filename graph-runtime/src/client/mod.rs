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
//! the crate features choose (graph-bench's part (g) measures each cold build):
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
pub use batch::{Batch, BatchResponses, MAX_BATCH_REQUESTS, StepId};
mod paging;
mod payload;
pub use payload::{Outgoing, RequestPayload};
mod upload;
pub use paging::Delta;
pub use upload::{RANGE_UNIT, UploadTarget};
mod reply;
mod retry;
mod tls;
mod token;

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use http::{HeaderMap, StatusCode};

use crate::ApiVersion;

#[cfg(feature = "azure-identity")]
pub use azure::{AzureCredential, GRAPH_SCOPE};
/// The Azure SDK's core types (feature `azure-identity`): `TokenCredential`,
/// `Secret`, and the `ClientOptions` a credential takes (cloud, transport).
#[cfg(feature = "azure-identity")]
pub use azure_core;
/// The Azure SDK's credentials (feature `azure-identity`), for [`AzureCredential`].
#[cfg(feature = "azure-identity")]
pub use azure_identity;
pub use config::{ClientBuilder, USER_AGENT};
pub use error::{Error, GraphError, InnerError};
pub use reply::{FromReply, Received};
pub use retry::RetryPolicy;
pub use token::{AccessToken, StaticToken, TokenError, TokenFn, TokenFuture, TokenProvider};

/// The Microsoft Graph root for the global cloud; versions live under it.
pub const DEFAULT_ROOT: &str = "https://graph.microsoft.com";

/// An async Microsoft Graph client. Cheap to clone; clones share connections.
#[derive(Clone)]
pub struct Client {
    http: reqwest::Client,
    token: Arc<dyn TokenProvider>,
    /// The base URLs of v1.0 and beta, worked out once:
    /// `{root}/{version}` unless configured.
    base_urls: [String; 2],
    timeout: Duration,
    retry: RetryPolicy,
}

impl Client {
    /// A client with the defaults: [`DEFAULT_ROOT`], 100 s timeout, the
    /// default [`RetryPolicy`].
    ///
    /// # Errors
    ///
    /// [`Error::Transport`] if the TLS backend cannot be initialised.
    pub fn new(token: impl TokenProvider + 'static) -> Result<Client, Error> {
        Client::builder(token).build()
    }

    /// Starts configuring a client that authenticates with `token`.
    pub fn builder(token: impl TokenProvider + 'static) -> ClientBuilder {
        ClientBuilder::new(Arc::new(token))
    }

    /// A client like this one with another per-request timeout.
    #[must_use]
    pub fn with_timeout(&self, timeout: Duration) -> Client {
        Client {
            timeout,
            ..self.clone()
        }
    }

    /// A client like this one with another retry policy.
    #[must_use]
    pub fn with_retry(&self, retry: RetryPolicy) -> Client {
        Client {
            retry,
            ..self.clone()
        }
    }

    /// The base URL of `version`, e.g. `https://graph.microsoft.com/v1.0`.
    pub fn base_url(&self, version: ApiVersion) -> String {
        self.base(version).to_owned()
    }

    /// The base URL of `version`, without copying it.
    pub(crate) fn base(&self, version: ApiVersion) -> &str {
        let [v1, beta] = &self.base_urls;
        match version {
            ApiVersion::V1_0 => v1,
            ApiVersion::Beta => beta,
        }
    }

    /// The per-request timeout.
    pub fn timeout(&self) -> Duration {
        self.timeout
    }

    /// The retry policy.
    pub fn retry_policy(&self) -> RetryPolicy {
        self.retry
    }
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("base_urls", &self.base_urls)
            .field("timeout", &self.timeout)
            .field("retry", &self.retry)
            .field("token", &"<redacted>")
            .finish_non_exhaustive()
    }
}

/// A successful (2xx) response.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Response<T> {
    /// The status; the endpoint's documented `SUCCESS_STATUS` normally, but
    /// any 2xx is accepted (and a 304 the spec declares).
    pub status: StatusCode,
    /// The response headers.
    pub headers: HeaderMap,
    /// The decoded body (`()` for endpoints without one); for an endpoint
    /// whose spec declares several statuses or response headers, its
    /// generated `Reply`: the variant of this status, with body and headers.
    pub body: T,
    /// The `client-request-id` the client sent.
    pub client_request_id: String,
    /// How many attempts it took (1 without retries).
    pub attempts: u32,
}

impl<T> Response<T> {
    /// Graph's `request-id` response header, for support requests.
    pub fn request_id(&self) -> Option<&str> {
        self.headers.get("request-id").and_then(|v| v.to_str().ok())
    }
}
