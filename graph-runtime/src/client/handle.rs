//! [`Client`]: what every request is sent with.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use crate::ApiVersion;
use crate::client::retry::RetryPolicy;
use crate::client::token::TokenProvider;

/// An async Microsoft Graph client. Cheap to clone; clones share connections.
///
/// Made with [`Client::new`] or [`Client::builder`].
#[derive(Clone)]
pub struct Client {
    pub(crate) http: reqwest::Client,
    pub(crate) token: Arc<dyn TokenProvider>,
    /// The base URLs of v1.0 and beta, worked out once:
    /// `{root}/{version}` unless configured.
    pub(crate) base_urls: [String; 2],
    pub(crate) timeout: Duration,
    pub(crate) retry: RetryPolicy,
}

impl Client {
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
