//! A fixed table of tokens, for tests and demos.

use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;

use crate::server::auth::caller::Caller;
use crate::server::auth::validator::{TokenRejection, TokenValidator};

/// A [`TokenValidator`] backed by a fixed table: each known token string
/// stands for a [`Caller`], which every request with that token shares.
///
/// Meant for tests and demos: tokens are compared as plain strings. Its
/// `Debug` output shows how many tokens there are, never the tokens.
///
/// ```
/// use graph_runtime::server::{Caller, StaticTokens, TokenValidator};
/// let tokens = StaticTokens::new().with("t-adele", Caller::user("1", "adele@contoso.com", ["Mail.Send"]));
/// assert!(tokens.validate("t-adele").is_ok());
/// assert!(tokens.validate("other").is_err());
/// assert!(!format!("{tokens:?}").contains("t-adele"));
/// ```
#[derive(Clone, Default)]
pub struct StaticTokens {
    tokens: HashMap<String, Arc<Caller>>,
}

impl StaticTokens {
    /// An empty table.
    pub fn new() -> Self {
        StaticTokens::default()
    }

    /// Adds (or replaces) `token`.
    pub fn with(mut self, token: impl Into<String>, caller: Caller) -> Self {
        self.insert(token, caller);
        self
    }

    /// Adds (or replaces) `token`.
    pub fn insert(&mut self, token: impl Into<String>, caller: Caller) {
        self.tokens.insert(token.into(), Arc::new(caller));
    }

    /// How many tokens the table holds.
    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// Whether the table is empty.
    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }
}

impl fmt::Debug for StaticTokens {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StaticTokens")
            .field("tokens", &self.tokens.len())
            .finish()
    }
}

impl TokenValidator for StaticTokens {
    fn validate(&self, token: &str) -> Result<Arc<Caller>, TokenRejection> {
        self.tokens
            .get(token)
            .cloned()
            .ok_or_else(|| TokenRejection::new("The token is not known to this server."))
    }
}
