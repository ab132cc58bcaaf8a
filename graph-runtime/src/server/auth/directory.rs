//! The application's users: how `/users/{id | userPrincipalName}` and a
//! token's `oid`/`tid` are matched.

/// A user as the application's directory knows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirectoryUser {
    /// The object id (what a token's `oid` carries).
    pub id: String,
    /// The tenant id (what a token's `tid` carries), when the directory
    /// knows it; a caller then must come from that tenant.
    pub tenant_id: Option<String>,
}

/// The users a server knows, implemented by the application.
///
/// [`GraphServer`](crate::server::GraphServer) asks it who `/users/{x}` names (an
/// object id or a user principal name) and compares the answer's object id
/// and tenant with the token's `oid` and `tid`; a name claim in the token
/// (`preferred_username`, `upn`) is never trusted for this. With a
/// directory, `/me` also requires the token's `oid`/`tid` to name a known
/// user (401 otherwise).
///
/// Without one ([`GraphServer::with_user_directory`](crate::server::GraphServer::with_user_directory)
/// not called), `/users/{x}` is the caller's own only when `x` is the
/// token's `oid`, and tenants are not checked.
///
/// ```
/// use graph_runtime::server::{DirectoryUser, UserDirectory};
/// struct OneUser;
/// impl UserDirectory for OneUser {
///     fn find(&self, id_or_upn: &str) -> Option<DirectoryUser> {
///         ["1", "adele@contoso.com"]
///             .iter()
///             .any(|k| k.eq_ignore_ascii_case(id_or_upn))
///             .then(|| DirectoryUser { id: "1".into(), tenant_id: Some("t1".into()) })
///     }
/// }
/// assert_eq!(OneUser.find("ADELE@contoso.com").unwrap().id, "1");
/// ```
pub trait UserDirectory: Send + Sync + 'static {
    /// The user an object id or user principal name names (both compared
    /// case-insensitively, as Graph does), if any.
    fn find(&self, id_or_upn: &str) -> Option<DirectoryUser>;
}
