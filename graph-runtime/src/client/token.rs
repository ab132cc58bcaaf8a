//! Access tokens and where they come from.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

/// An OAuth 2.0 access token for Microsoft Graph.
///
/// The value is only reachable through [`AccessToken::secret`]; `Debug`
/// prints `AccessToken(<redacted>)` and there is no `Display`, so a token
/// cannot end up in logs or error messages by accident.
///
/// ```
/// use graph_runtime::client::AccessToken;
/// let token = AccessToken::new("eyJ0eXAi.secret");
/// assert_eq!(format!("{token:?}"), "AccessToken(<redacted>)");
/// assert_eq!(token.secret(), "eyJ0eXAi.secret");
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct AccessToken(Arc<str>);

impl AccessToken {
    /// Wraps a raw token (without the `Bearer ` prefix).
    pub fn new(token: impl Into<String>) -> Self {
        AccessToken(Arc::from(token.into()))
    }

    /// The raw token. Only the client should need this, to build the
    /// `Authorization` header.
    pub fn secret(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for AccessToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("AccessToken(<redacted>)")
    }
}

impl From<String> for AccessToken {
    fn from(token: String) -> Self {
        AccessToken::new(token)
    }
}

impl From<&str> for AccessToken {
    fn from(token: &str) -> Self {
        AccessToken::new(token)
    }
}

/// A [`TokenProvider`] could not supply a token.
///
/// The message is the provider's; providers must not put the token in it.
#[derive(Debug)]
pub struct TokenError {
    message: String,
    source: Option<Box<dyn std::error::Error + Send + Sync>>,
}

impl TokenError {
    /// An error with a message only.
    pub fn new(message: impl Into<String>) -> Self {
        TokenError {
            message: message.into(),
            source: None,
        }
    }

    /// An error caused by `source`, e.g. a failed token request.
    pub fn with_source(
        message: impl Into<String>,
        source: impl Into<Box<dyn std::error::Error + Send + Sync>>,
    ) -> Self {
        TokenError {
            message: message.into(),
            source: Some(source.into()),
        }
    }

    /// The provider's message.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for TokenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for TokenError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_deref()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}

/// The future a [`TokenProvider`] returns.
pub type TokenFuture<'a> =
    Pin<Box<dyn Future<Output = Result<AccessToken, TokenError>> + Send + 'a>>;

/// Supplies the bearer token for each request (and each retry).
///
/// Implement it over your token cache or identity library; [`StaticToken`]
/// and [`TokenFn`] cover the simple cases.
pub trait TokenProvider: Send + Sync {
    /// Returns a currently valid access token.
    fn token(&self) -> TokenFuture<'_>;
}

/// Always the same token, e.g. one copied from Graph Explorer.
#[derive(Clone, Debug)]
pub struct StaticToken(AccessToken);

impl StaticToken {
    /// A provider that always returns `token`.
    pub fn new(token: impl Into<AccessToken>) -> Self {
        StaticToken(token.into())
    }
}

impl TokenProvider for StaticToken {
    fn token(&self) -> TokenFuture<'_> {
        let token = self.0.clone();
        Box::pin(async move { Ok(token) })
    }
}

/// A provider from an async closure: `TokenFn::new(|| async { ... })`.
///
/// ```
/// use graph_runtime::client::{AccessToken, TokenError, TokenFn};
/// let provider = TokenFn::new(|| async {
///     std::env::var("GRAPH_TOKEN")
///         .map(AccessToken::from)
///         .map_err(|e| TokenError::with_source("GRAPH_TOKEN is not set", e))
/// });
/// # let _ = provider;
/// ```
#[derive(Clone)]
pub struct TokenFn<F>(F);

impl<F, Fut> TokenFn<F>
where
    F: Fn() -> Fut + Send + Sync,
    Fut: Future<Output = Result<AccessToken, TokenError>> + Send,
{
    /// Wraps `f`; it is called once per attempt.
    pub fn new(f: F) -> Self {
        TokenFn(f)
    }
}

impl<F> fmt::Debug for TokenFn<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("TokenFn(..)")
    }
}

impl<F, Fut> TokenProvider for TokenFn<F>
where
    F: Fn() -> Fut + Send + Sync,
    Fut: Future<Output = Result<AccessToken, TokenError>> + Send + 'static,
{
    fn token(&self) -> TokenFuture<'_> {
        Box::pin((self.0)())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_the_token() {
        let token = AccessToken::new("s3cr3t-token");
        let provider = StaticToken::new(token.clone());
        for text in [
            format!("{token:?}"),
            format!("{token:#?}"),
            format!("{provider:?}"),
            format!("{provider:#?}"),
            format!(
                "{:?}",
                TokenFn::new(|| async { Ok(AccessToken::new("s3cr3t-token")) })
            ),
        ] {
            assert!(!text.contains("s3cr3t"), "{text}");
        }
    }
}
