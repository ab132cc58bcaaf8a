//! Tokens from the Azure SDK's credentials (feature `azure-identity`).
//!
//! Any [`TokenCredential`] (client secret, client certificate, managed
//! identity, workload identity, Azure CLI, ...) becomes a [`TokenProvider`]
//! through [`AzureCredential`]. `azure_identity` itself is re-exported as
//! [`azure_identity`](crate::client::azure_identity), so one dependency on
//! graph-runtime is enough:
//!
//! ```no_run
//! use graph_runtime::client::azure_identity::ClientSecretCredential;
//! use graph_runtime::client::{AzureCredential, Client};
//!
//! # fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let credential = ClientSecretCredential::new(
//!     &std::env::var("AZURE_TENANT_ID")?,
//!     std::env::var("AZURE_CLIENT_ID")?,
//!     std::env::var("AZURE_CLIENT_SECRET")?.into(),
//!     None,
//! )?;
//! let client = Client::new(AzureCredential::new(credential))?;
//! # let _ = client; Ok(()) }
//! ```

use std::fmt;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use azure_core::credentials::TokenCredential;
use azure_core::time::OffsetDateTime;

use crate::client::token::{AccessToken, TokenError, TokenFuture, TokenProvider};

/// The scope of Microsoft Graph in the global cloud: every permission the
/// app was granted (client credentials) or consented to (delegated).
pub const GRAPH_SCOPE: &str = "https://graph.microsoft.com/.default";

/// How long before its expiry a cached token is replaced, as azure_identity's
/// own cache does: a request never leaves with a token about to lapse in flight.
const DEFAULT_REFRESH_BEFORE: Duration = Duration::from_secs(300);

/// A [`TokenProvider`] over any Azure SDK [`TokenCredential`].
///
/// The token is requested for one scope (default [`GRAPH_SCOPE`]; see
/// [`root`](Self::root) for national clouds), reused until
/// [`refresh_before`](Self::refresh_before) its expiry, and refreshed by one
/// request however many client requests need it at the same moment (the
/// others wait for that one). Clones share the cache.
#[derive(Clone)]
pub struct AzureCredential {
    inner: Arc<CredentialState>,
}

struct CredentialState {
    credential: Arc<dyn TokenCredential>,
    scope: String,
    refresh_before: Duration,
    cached: Mutex<Option<Cached>>,
    /// Held while a token is being requested, so only one request is in flight.
    refreshing: tokio::sync::Mutex<()>,
}

#[derive(Clone)]
struct Cached {
    token: AccessToken,
    /// When the token stops being handed out (expiry minus the margin).
    stale_at: Instant,
}

impl AzureCredential {
    /// A provider asking `credential` for Microsoft Graph tokens in the
    /// global cloud ([`GRAPH_SCOPE`]).
    pub fn new(credential: Arc<dyn TokenCredential>) -> Self {
        AzureCredential::with_parts(credential, GRAPH_SCOPE.to_owned(), DEFAULT_REFRESH_BEFORE)
    }

    fn with_parts(
        credential: Arc<dyn TokenCredential>,
        scope: String,
        refresh_before: Duration,
    ) -> Self {
        AzureCredential {
            inner: Arc::new(CredentialState {
                credential,
                scope,
                refresh_before,
                cached: Mutex::new(None),
                refreshing: tokio::sync::Mutex::new(()),
            }),
        }
    }

    /// Tokens for the Graph root of a national cloud, e.g.
    /// `https://graph.microsoft.us` (scope `https://graph.microsoft.us/.default`);
    /// give the client the same root with [`ClientBuilder::root`](super::ClientBuilder::root).
    #[must_use]
    pub fn root(self, root: &str) -> Self {
        let scope = format!("{}/.default", root.trim_end_matches('/'));
        self.scope(scope)
    }

    /// Another scope altogether (the default is [`GRAPH_SCOPE`]).
    #[must_use]
    pub fn scope(self, scope: impl Into<String>) -> Self {
        AzureCredential::with_parts(
            self.inner.credential.clone(),
            scope.into(),
            self.inner.refresh_before,
        )
    }

    /// How long before expiry a token is replaced (default 5 minutes).
    #[must_use]
    pub fn refresh_before(self, margin: Duration) -> Self {
        AzureCredential::with_parts(
            self.inner.credential.clone(),
            self.inner.scope.clone(),
            margin,
        )
    }

    /// The scope tokens are requested for.
    pub fn scope_name(&self) -> &str {
        &self.inner.scope
    }

    fn fresh(&self) -> Option<AccessToken> {
        let cached = self
            .inner
            .cached
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        cached
            .as_ref()
            .filter(|c| Instant::now() < c.stale_at)
            .map(|c| c.token.clone())
    }

    async fn get(&self) -> Result<AccessToken, TokenError> {
        if let Some(token) = self.fresh() {
            return Ok(token);
        }
        let _refreshing = self.inner.refreshing.lock().await;
        // Whoever held the lock before us may have refreshed it already.
        if let Some(token) = self.fresh() {
            return Ok(token);
        }
        let scopes = [self.inner.scope.as_str()];
        let fetched = self
            .inner
            .credential
            .get_token(&scopes, None)
            .await
            .map_err(|e| {
                // The credential's message is what tells the user what to fix
                // (e.g. `AADSTS7000215: Invalid client secret provided`).
                let message = format!(
                    "the Azure credential could not get a token for `{}`: {e}",
                    self.inner.scope
                );
                TokenError::with_source(message, e)
            })?;
        let token = AccessToken::new(fetched.token.secret());
        let lifetime = remaining(fetched.expires_on, OffsetDateTime::now_utc());
        // A token already inside the margin is used for this request only.
        if let Some(fresh_for) = lifetime.checked_sub(self.inner.refresh_before) {
            *self
                .inner
                .cached
                .lock()
                .unwrap_or_else(PoisonError::into_inner) = Some(Cached {
                token: token.clone(),
                stale_at: Instant::now() + fresh_for,
            });
        }
        Ok(token)
    }
}

/// Time from `now` until `expires_on`, zero if it is past.
fn remaining(expires_on: OffsetDateTime, now: OffsetDateTime) -> Duration {
    Duration::try_from(expires_on - now).unwrap_or(Duration::ZERO)
}

impl From<Arc<dyn TokenCredential>> for AzureCredential {
    fn from(credential: Arc<dyn TokenCredential>) -> Self {
        AzureCredential::new(credential)
    }
}

impl TokenProvider for AzureCredential {
    fn token(&self) -> TokenFuture<'_> {
        Box::pin(self.get())
    }
}

impl fmt::Debug for AzureCredential {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AzureCredential")
            .field("credential", &self.inner.credential)
            .field("scope", &self.inner.scope)
            .field("refresh_before", &self.inner.refresh_before)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};

    use azure_core::credentials::{AccessToken as AzureToken, TokenRequestOptions};
    use azure_core::time::Duration as TimeDuration;

    use super::*;

    /// A credential that counts its token requests and answers slowly, so
    /// concurrent callers really overlap.
    #[derive(Debug)]
    struct Counting {
        calls: AtomicUsize,
        lifetime: TimeDuration,
        scopes: Mutex<Vec<String>>,
        fail: bool,
    }

    impl Counting {
        fn new(lifetime: TimeDuration) -> Arc<Self> {
            Arc::new(Counting {
                calls: AtomicUsize::new(0),
                lifetime,
                scopes: Mutex::new(Vec::new()),
                fail: false,
            })
        }
    }

    #[async_trait::async_trait]
    impl TokenCredential for Counting {
        async fn get_token(
            &self,
            scopes: &[&str],
            _: Option<TokenRequestOptions<'_>>,
        ) -> azure_core::Result<AzureToken> {
            let n = self.calls.fetch_add(1, Ordering::SeqCst) + 1;
            self.scopes
                .lock()
                .unwrap()
                .extend(scopes.iter().map(|s| s.to_string()));
            tokio::time::sleep(Duration::from_millis(50)).await;
            if self.fail {
                return Err(azure_core::Error::with_message(
                    azure_core::error::ErrorKind::Credential,
                    "AADSTS7000215: Invalid client secret provided.",
                ));
            }
            Ok(AzureToken::new(
                format!("token-{n}"),
                OffsetDateTime::now_utc() + self.lifetime,
            ))
        }
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn concurrent_requests_cause_one_token_request() {
        let credential = Counting::new(TimeDuration::hours(1));
        let provider = AzureCredential::new(credential.clone());
        let tasks: Vec<_> = (0..32)
            .map(|_| {
                let p = provider.clone();
                tokio::spawn(async move { p.token().await.unwrap() })
            })
            .collect();
        for task in tasks {
            assert_eq!(task.await.unwrap().secret(), "token-1");
        }
        assert_eq!(credential.calls.load(Ordering::SeqCst), 1);
        assert_eq!(*credential.scopes.lock().unwrap(), vec![GRAPH_SCOPE]);
        // Reused while fresh.
        assert_eq!(provider.token().await.unwrap().secret(), "token-1");
        assert_eq!(credential.calls.load(Ordering::SeqCst), 1);
    }

    #[tokio::test]
    async fn a_token_is_refreshed_shortly_before_it_expires() {
        // Two seconds of life, replaced one second before expiry.
        let credential = Counting::new(TimeDuration::seconds(2));
        let provider =
            AzureCredential::new(credential.clone()).refresh_before(Duration::from_secs(1));
        assert_eq!(provider.token().await.unwrap().secret(), "token-1");
        assert_eq!(provider.token().await.unwrap().secret(), "token-1");
        tokio::time::sleep(Duration::from_millis(1100)).await;
        assert_eq!(provider.token().await.unwrap().secret(), "token-2");
        assert_eq!(credential.calls.load(Ordering::SeqCst), 2);

        // A token already inside the margin is used once, never cached.
        let short = Counting::new(TimeDuration::seconds(10));
        let provider = AzureCredential::new(short.clone());
        assert_eq!(provider.token().await.unwrap().secret(), "token-1");
        assert_eq!(provider.token().await.unwrap().secret(), "token-2");
    }

    #[test]
    fn the_default_scope_is_the_default_roots() {
        assert_eq!(
            GRAPH_SCOPE,
            format!("{}/.default", crate::client::config::DEFAULT_ROOT)
        );
    }

    #[tokio::test]
    async fn national_cloud_roots_set_the_scope() {
        let credential = Counting::new(TimeDuration::hours(1));
        let provider = AzureCredential::new(credential.clone()).root("https://graph.microsoft.us/");
        assert_eq!(provider.scope_name(), "https://graph.microsoft.us/.default");
        provider.token().await.unwrap();
        assert_eq!(
            *credential.scopes.lock().unwrap(),
            vec!["https://graph.microsoft.us/.default"]
        );
    }

    #[tokio::test]
    async fn credential_errors_name_the_scope_and_keep_the_cause() {
        let credential = Arc::new(Counting {
            calls: AtomicUsize::new(0),
            lifetime: TimeDuration::hours(1),
            scopes: Mutex::new(Vec::new()),
            fail: true,
        });
        let provider = AzureCredential::new(credential.clone());
        let err = provider.token().await.unwrap_err();
        assert!(err.message().contains(GRAPH_SCOPE), "{err}");
        let source = std::error::Error::source(&err).unwrap().to_string();
        assert!(source.contains("AADSTS7000215"), "{source}");
        // Failures are not cached: the next request asks again.
        provider.token().await.unwrap_err();
        assert_eq!(credential.calls.load(Ordering::SeqCst), 2);
    }
}
