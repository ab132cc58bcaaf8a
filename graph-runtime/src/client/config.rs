//! Client configuration: base URLs, timeouts, retries, the token provider.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use http::HeaderValue;

use crate::ApiVersion;
use crate::client::error::Error;
use crate::client::handle::Client;
use crate::client::retry::RetryPolicy;
use crate::client::tls;
use crate::client::token::TokenProvider;

/// The Microsoft Graph root for the global cloud; versions live under it.
pub const DEFAULT_ROOT: &str = "https://graph.microsoft.com";

// How a client is made lives with what configures it, so that the client
// itself needs nothing from its builder.
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
}

/// The `User-Agent` the client sends: `graph-runtime/<version>`.
pub const USER_AGENT: &str = concat!("graph-runtime/", env!("CARGO_PKG_VERSION"));

/// Builds a [`Client`]; start with [`Client::builder`].
#[must_use = "call `.build()` to get a client"]
pub struct ClientBuilder {
    token: Arc<dyn TokenProvider>,
    root: String,
    version_urls: Vec<(ApiVersion, String)>,
    timeout: Duration,
    connect_timeout: Duration,
    retry: RetryPolicy,
    user_agent: String,
    no_proxy: bool,
}

impl ClientBuilder {
    pub(super) fn new(token: Arc<dyn TokenProvider>) -> Self {
        ClientBuilder {
            token,
            root: DEFAULT_ROOT.to_owned(),
            version_urls: Vec::new(),
            timeout: Duration::from_secs(100),
            connect_timeout: Duration::from_secs(10),
            retry: RetryPolicy::default(),
            user_agent: USER_AGENT.to_owned(),
            no_proxy: false,
        }
    }

    /// The root every version lives under (default `https://graph.microsoft.com`):
    /// a request for `/me/messages/1/send` on `v1.0` goes to `{root}/v1.0/me/messages/1/send`.
    pub fn root(mut self, root: impl Into<String>) -> Self {
        self.root = root.into();
        self
    }

    /// The full base URL of one version, e.g. `http://127.0.0.1:8080/v1.0`,
    /// overriding `{root}/{version}` for that version only.
    pub fn version_base_url(mut self, version: ApiVersion, url: impl Into<String>) -> Self {
        self.version_urls.retain(|(v, _)| *v != version);
        self.version_urls.push((version, url.into()));
        self
    }

    /// Time allowed for one attempt, from sending to the end of the
    /// response body (default 100 s, as the Graph SDKs use).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Time allowed to establish a connection (default 10 s).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// How throttled and unavailable responses are retried.
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// Replaces the `User-Agent` (default [`USER_AGENT`]).
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = user_agent.into();
        self
    }

    /// Ignores proxy settings from the environment (`HTTPS_PROXY` and
    /// friends), e.g. for a local mock server.
    pub fn no_proxy(mut self) -> Self {
        self.no_proxy = true;
        self
    }

    /// Checks the configuration and builds the client.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidConfig`] for a root or base URL that is not an
    /// absolute `http`/`https` URL without query or fragment, or a user agent
    /// that is not a valid header value; [`Error::Transport`] if the TLS
    /// backend cannot be initialised.
    pub fn build(self) -> Result<Client, Error> {
        let root = check_base(&self.root)?;
        let base = |version: ApiVersion| match self.version_urls.iter().find(|(v, _)| *v == version)
        {
            Some((_, url)) => check_base(url),
            None => Ok(format!("{root}/{}", version.as_str())),
        };
        let base_urls = [base(ApiVersion::V1_0)?, base(ApiVersion::Beta)?];
        let user_agent =
            HeaderValue::from_str(&self.user_agent).map_err(|e| Error::InvalidConfig {
                reason: format!("the User-Agent is not a valid header value: {e}"),
            })?;
        let mut http = reqwest::Client::builder()
            .tls_backend_preconfigured(tls::config()?)
            .user_agent(user_agent)
            .connect_timeout(self.connect_timeout);
        if self.no_proxy {
            http = http.no_proxy();
        }
        let http = http.build().map_err(Error::Transport)?;
        Ok(Client {
            http,
            token: self.token,
            base_urls,
            timeout: self.timeout,
            retry: self.retry,
        })
    }
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("root", &self.root)
            .field("version_urls", &self.version_urls)
            .field("timeout", &self.timeout)
            .field("retry", &self.retry)
            .field("user_agent", &self.user_agent)
            .field("token", &"<redacted>")
            .finish_non_exhaustive()
    }
}

/// An absolute http(s) URL without query or fragment, trailing `/` removed.
fn check_base(url: &str) -> Result<String, Error> {
    let parsed = reqwest::Url::parse(url).map_err(|e| Error::InvalidConfig {
        // The URL is not echoed: it might carry credentials.
        reason: format!("the base URL does not parse: {e}"),
    })?;
    let invalid = |reason: &str| Error::InvalidConfig {
        reason: format!("base URL `{parsed}`: {reason}"),
    };
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return Err(Error::InvalidConfig {
            reason: "a base URL must not carry credentials".to_owned(),
        });
    }
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(invalid("the scheme must be `https` or `http`"));
    }
    if parsed.query().is_some() || parsed.fragment().is_some() {
        return Err(invalid("a base URL has no query or fragment"));
    }
    Ok(url.trim_end_matches('/').to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_urls_are_checked() {
        assert_eq!(
            check_base("http://127.0.0.1:1234/v1.0/").unwrap(),
            "http://127.0.0.1:1234/v1.0"
        );
        for bad in [
            "graph.microsoft.com",
            "ftp://x",
            "https://x/?a",
            "https://u:p@x",
        ] {
            assert!(check_base(bad).is_err(), "{bad}");
        }
    }
}
