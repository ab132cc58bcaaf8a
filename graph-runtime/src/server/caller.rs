//! Who is calling, and what they were granted.

use crate::PermissionType;

/// The authenticated caller of a request, as a [`TokenValidator`](super::TokenValidator) found it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Caller {
    /// A signed-in user acting through an app (`scp` scopes).
    Delegated(DelegatedCaller),
    /// An app acting as itself (`roles`).
    Application(ApplicationCaller),
}

/// A signed-in user and the delegated scopes of the token.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DelegatedCaller {
    /// The user's object id (`oid`), if known.
    pub user_id: Option<String>,
    /// The user's principal name (`preferred_username` or `upn`), if known.
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
    /// How `/me` names this user: the object id, else the principal name.
    pub fn user_key(&self) -> Option<&str> {
        self.user_id
            .as_deref()
            .or(self.user_principal_name.as_deref())
    }

    /// Whether `id_or_upn` (as in `/users/{id | userPrincipalName}`) is this user.
    ///
    /// Ids and principal names compare case-insensitively, as Graph does.
    pub fn is(&self, id_or_upn: &str) -> bool {
        [&self.user_id, &self.user_principal_name]
            .into_iter()
            .flatten()
            .any(|known| known.eq_ignore_ascii_case(id_or_upn))
    }
}
