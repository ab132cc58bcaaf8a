//! Who is calling, and what they were granted.

use crate::PermissionType;
use crate::server::auth::directory::DirectoryUser;

/// The authenticated caller of a request, as a [`TokenValidator`](crate::server::TokenValidator) found it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Caller {
    /// A signed-in user acting through an app (`scp` scopes).
    Delegated(DelegatedCaller),
    /// An app acting as itself (`roles`).
    Application(ApplicationCaller),
}

/// A signed-in user and the delegated scopes of the token.
///
/// Who the user is comes from `oid` (the object id) and `tid` (the tenant)
/// only: Microsoft documents `preferred_username` and `upn` as mutable and
/// not for authorization, so [`user_principal_name`](Self::user_principal_name)
/// is kept for display and logs and never decides access.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DelegatedCaller {
    /// The user's object id (`oid`), if known.
    pub user_id: Option<String>,
    /// The user's tenant id (`tid`), if known.
    pub tenant_id: Option<String>,
    /// The user's principal name (`preferred_username` or `upn`), if known:
    /// for display only, never for deciding who the caller is.
    pub user_principal_name: Option<String>,
    /// The granted delegated permissions (the space-separated `scp` claim).
    pub scopes: Vec<String>,
    /// Whether the user signed in with a personal Microsoft account.
    pub personal_account: bool,
}

/// An application and the app roles of the token.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ApplicationCaller {
    /// The application (client) id (`appid` or `azp`), if known.
    pub app_id: Option<String>,
    /// The granted application permissions (the `roles` claim).
    pub roles: Vec<String>,
}

impl Caller {
    /// A delegated caller for a work or school user with the given scopes.
    pub fn user(
        user_id: impl Into<String>,
        user_principal_name: impl Into<String>,
        scopes: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Caller::Delegated(DelegatedCaller {
            user_id: Some(user_id.into()),
            tenant_id: None,
            user_principal_name: Some(user_principal_name.into()),
            scopes: scopes.into_iter().map(Into::into).collect(),
            personal_account: false,
        })
    }

    /// An application caller with the given app roles.
    pub fn app(
        app_id: impl Into<String>,
        roles: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Caller::Application(ApplicationCaller {
            app_id: Some(app_id.into()),
            roles: roles.into_iter().map(Into::into).collect(),
        })
    }

    /// The permission type of the grant.
    pub fn permission_type(&self) -> PermissionType {
        match self {
            Caller::Delegated(d) if d.personal_account => PermissionType::DelegatedPersonal,
            Caller::Delegated(_) => PermissionType::DelegatedWork,
            Caller::Application(_) => PermissionType::Application,
        }
    }

    /// The granted permissions: scopes when delegated, roles for an application.
    pub fn grants(&self) -> &[String] {
        match self {
            Caller::Delegated(d) => &d.scopes,
            Caller::Application(a) => &a.roles,
        }
    }

    /// The signed-in user, for delegated callers.
    pub fn delegated(&self) -> Option<&DelegatedCaller> {
        match self {
            Caller::Delegated(d) => Some(d),
            Caller::Application(_) => None,
        }
    }
}

impl DelegatedCaller {
    /// How `/me` names this user: the object id (`oid`). Never the principal
    /// name, which is not proof of identity.
    pub fn user_key(&self) -> Option<&str> {
        self.user_id.as_deref()
    }

    /// Sets the tenant id (`tid`).
    pub fn in_tenant(mut self, tenant_id: impl Into<String>) -> Self {
        self.tenant_id = Some(tenant_id.into());
        self
    }

    /// Whether `user` (as a [`UserDirectory`](crate::server::UserDirectory) found
    /// it) is this caller: the same object id and, when the directory knows
    /// the user's tenant, the same tenant id. Ids compare case-insensitively
    /// (they are GUIDs). Principal names play no part.
    pub fn is(&self, user: &DirectoryUser) -> bool {
        let same_id = self
            .user_id
            .as_deref()
            .is_some_and(|id| id.eq_ignore_ascii_case(&user.id));
        let same_tenant = match (&user.tenant_id, &self.tenant_id) {
            (None, _) => true,
            (Some(want), Some(got)) => want.eq_ignore_ascii_case(got),
            (Some(_), None) => false,
        };
        same_id && same_tenant
    }
}
