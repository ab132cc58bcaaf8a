//! Who is calling: the bearer token taken from the request, the validators
//! that say whose it is (static tokens, JWTs), the [`Caller`](caller::Caller) they
//! describe, and the application's directory of users.

pub(crate) mod bearer;
pub(crate) mod caller;
pub(crate) mod directory;
pub(crate) mod jwt;
pub(crate) mod static_tokens;
pub(crate) mod validator;
