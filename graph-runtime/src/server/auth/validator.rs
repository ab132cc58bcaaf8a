//! The `TokenValidator` trait: from a bearer token to a [`Caller`].

use std::borrow::Cow;
use std::fmt;
use std::sync::Arc;

use crate::server::auth::caller::Caller;

/// Why a token was rejected. Answered as 401 `InvalidAuthenticationToken`.
///
/// The reason is shown to the client, so it must never contain the token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenRejection {
    reason: Cow<'static, str>,
}

impl TokenRejection {
    /// A rejection with a client-visible reason, e.g. `"Invalid audience."`.
    pub fn new(reason: impl Into<Cow<'static, str>>) -> Self {
        TokenRejection {
            reason: reason.into(),
        }
    }

    /// The reason, without any token material.
    pub fn reason(&self) -> &str {
        &self.reason
    }
}

impl fmt::Display for TokenRejection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Access token validation failure. {}", self.reason)
    }
}

impl std::error::Error for TokenRejection {}

/// Says who presents a bearer token and what they were granted.
///
/// The caller is shared (`Arc`): a validator that knows its callers in
/// advance hands every request the same one without copying it, and the
/// handler receives it as it is.
///
/// Built in: [`StaticTokens`](crate::server::StaticTokens) (a fixed table, for tests
/// and demos), [`JwtValidator`](crate::server::JwtValidator) (signed JWTs) and
/// [`ValidatorChain`] (the first that accepts wins).
pub trait TokenValidator: Send + Sync + 'static {
    /// Validates `token` (the part after `Bearer `).
    ///
    /// # Errors
    ///
    /// A [`TokenRejection`] when the token is unknown, malformed, expired, for
    /// another audience, or badly signed.
    fn validate(&self, token: &str) -> Result<Arc<Caller>, TokenRejection>;
}

impl<T: TokenValidator + ?Sized> TokenValidator for Arc<T> {
    fn validate(&self, token: &str) -> Result<Arc<Caller>, TokenRejection> {
        (**self).validate(token)
    }
}

impl<T: TokenValidator + ?Sized> TokenValidator for Box<T> {
    fn validate(&self, token: &str) -> Result<Arc<Caller>, TokenRejection> {
        (**self).validate(token)
    }
}

/// Tries several validators in order; the first that accepts the token wins.
///
/// When all reject it, the last rejection is reported.
#[derive(Default)]
pub struct ValidatorChain {
    validators: Vec<Box<dyn TokenValidator>>,
}

impl ValidatorChain {
    /// An empty chain, which rejects every token.
    pub fn new() -> Self {
        ValidatorChain::default()
    }

    /// Adds a validator after those already in the chain.
    pub fn with(mut self, validator: impl TokenValidator) -> Self {
        self.validators.push(Box::new(validator));
        self
    }
}

impl fmt::Debug for ValidatorChain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ValidatorChain")
            .field("validators", &self.validators.len())
            .finish()
    }
}

impl TokenValidator for ValidatorChain {
    fn validate(&self, token: &str) -> Result<Arc<Caller>, TokenRejection> {
        let mut last = TokenRejection::new("No validator accepts tokens.");
        for v in &self.validators {
            match v.validate(token) {
                Ok(caller) => return Ok(caller),
                Err(e) => last = e,
            }
        }
        Err(last)
    }
}
