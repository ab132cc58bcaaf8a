use std::fmt;
use std::str::FromStr;

/// The three permission types of the Microsoft identity platform.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PermissionType {
    /// Delegated permission, signed-in user with a work or school account.
    DelegatedWork,
    /// Delegated permission, signed-in user with a personal Microsoft account.
    DelegatedPersonal,
    /// Application permission, no signed-in user (app roles).
    Application,
}

impl PermissionType {
    /// Every type, in the order the Graph docs list them.
    pub const ALL: [PermissionType; 3] = [
        PermissionType::DelegatedWork,
        PermissionType::DelegatedPersonal,
        PermissionType::Application,
    ];

    /// The key used in specs and on the command line: `delegated-work`,
    /// `delegated-personal` or `application`.
    pub const fn key(self) -> &'static str {
        match self {
            PermissionType::DelegatedWork => "delegated-work",
            PermissionType::DelegatedPersonal => "delegated-personal",
            PermissionType::Application => "application",
        }
    }

    /// The label the Graph docs use in their permissions tables.
    pub const fn docs_label(self) -> &'static str {
        match self {
            PermissionType::DelegatedWork => "Delegated (work or school account)",
            PermissionType::DelegatedPersonal => "Delegated (personal Microsoft account)",
            PermissionType::Application => "Application",
        }
    }

    /// Whether a signed-in user acts through the app.
    pub const fn is_delegated(self) -> bool {
        !matches!(self, PermissionType::Application)
    }
}

impl fmt::Display for PermissionType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.docs_label())
    }
}

/// Returned when a string names no [`PermissionType`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownPermissionType(pub String);

impl fmt::Display for UnknownPermissionType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown permission type `{}` (expected `delegated-work`, `delegated-personal` or `application`)",
            self.0
        )
    }
}

impl std::error::Error for UnknownPermissionType {}

impl FromStr for PermissionType {
    type Err = UnknownPermissionType;

    /// Accepts the key form (`delegated-work`) and the spec form (`delegated_work`).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        PermissionType::ALL
            .into_iter()
            .find(|t| t.key() == s || t.key().replace('-', "_") == s)
            .ok_or_else(|| UnknownPermissionType(s.to_owned()))
    }
}

/// The permissions an endpoint accepts, per permission type.
///
/// Each list is ordered from least to most privileged, as in the Graph docs;
/// `None` means the permission type is not supported. Holding any one listed
/// permission of the caller's type is enough; an empty list (the docs'
/// "None") means any valid token of that type is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Permissions {
    /// Delegated (work or school account).
    pub delegated_work: Option<&'static [&'static str]>,
    /// Delegated (personal Microsoft account).
    pub delegated_personal: Option<&'static [&'static str]>,
    /// Application.
    pub application: Option<&'static [&'static str]>,
    /// Whose resource a `/users/{id}/...` path addresses, as the spec's
    /// `resource` says (`mailbox`, `calendar`, `drive`, ...); empty when the
    /// spec does not say. Error messages name it.
    pub resource: &'static str,
    /// Delegated permissions that also reach *other* users' resource through
    /// `/users/{id}` (e.g. `Mail.Send.Shared`, `Calendars.ReadWrite.Shared`,
    /// `Files.Read.All`); empty when a delegated caller may only reach their own.
    /// Application permissions are not limited to one user and need none.
    pub other_users: &'static [&'static str],
}

impl Permissions {
    /// No permission of any type: for requests whose authorisation is
    /// another's (a next page, the steps of a batch), never for an endpoint.
    pub const NONE: Permissions = Permissions {
        delegated_work: None,
        delegated_personal: None,
        application: None,
        resource: "",
        other_users: &[],
    };

    /// The accepted permissions for `kind`, least privileged first,
    /// or `None` if the endpoint does not support that permission type.
    pub const fn for_type(&self, kind: PermissionType) -> Option<&'static [&'static str]> {
        match kind {
            PermissionType::DelegatedWork => self.delegated_work,
            PermissionType::DelegatedPersonal => self.delegated_personal,
            PermissionType::Application => self.application,
        }
    }

    /// Whether the endpoint can be called with permissions of type `kind`.
    pub const fn supports(&self, kind: PermissionType) -> bool {
        self.for_type(kind).is_some()
    }

    /// Whether any valid token of type `kind` may call the endpoint, with no
    /// particular permission (the docs' "None").
    pub const fn none_required(&self, kind: PermissionType) -> bool {
        matches!(self.for_type(kind), Some(list) if list.is_empty())
    }

    /// The least privileged permission that grants access with `kind`
    /// (`None` also when none is required: see [`none_required`](Self::none_required)).
    pub fn least_privileged(&self, kind: PermissionType) -> Option<&'static str> {
        self.for_type(kind).and_then(|list| list.first().copied())
    }

    /// The first (least privileged) accepted permission of type `kind` among
    /// `granted`, or `None` if the grant is insufficient or none is required
    /// (which [`is_satisfied_by`](Self::is_satisfied_by) tells apart).
    ///
    /// Permission names compare case-insensitively, as Entra ID treats them.
    pub fn satisfied_by<'g, I>(&self, kind: PermissionType, granted: I) -> Option<&'static str>
    where
        I: IntoIterator<Item = &'g str>,
        I::IntoIter: Clone,
    {
        let accepted = self.for_type(kind)?;
        let granted = granted.into_iter();
        accepted
            .iter()
            .copied()
            .find(|needed| granted.clone().any(|g| g.eq_ignore_ascii_case(needed)))
    }

    /// Whether delegated `granted` scopes include one that reaches other
    /// users' resource (see [`Permissions::other_users`]).
    pub fn reaches_other_users<'g, I>(&self, granted: I) -> bool
    where
        I: IntoIterator<Item = &'g str>,
    {
        granted
            .into_iter()
            .any(|g| self.other_users.iter().any(|s| g.eq_ignore_ascii_case(s)))
    }

    /// How messages name the resource: `resource`, or "resources" when the spec did not say.
    pub fn resource_label(&self) -> &'static str {
        if self.resource.is_empty() {
            "resources"
        } else {
            self.resource
        }
    }

    /// Whether `granted` (scopes or app roles of type `kind`) satisfies the
    /// endpoint: one accepted permission, or any grant when none is required.
    pub fn is_satisfied_by<'g, I>(&self, kind: PermissionType, granted: I) -> bool
    where
        I: IntoIterator<Item = &'g str>,
        I::IntoIter: Clone,
    {
        self.none_required(kind) || self.satisfied_by(kind, granted).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEND: Permissions = Permissions {
        delegated_work: Some(&["Mail.Send"]),
        delegated_personal: Some(&["Mail.Send"]),
        application: None,
        resource: "mailbox",
        other_users: &["Mail.Send.Shared"],
    };

    const READ: Permissions = Permissions {
        delegated_work: Some(&["Mail.ReadBasic", "Mail.Read", "Mail.ReadWrite"]),
        delegated_personal: None,
        application: Some(&["Mail.Read"]),
        resource: "",
        other_users: &[],
    };

    #[test]
    fn least_privileged_is_first_listed() {
        assert_eq!(
            READ.least_privileged(PermissionType::DelegatedWork),
            Some("Mail.ReadBasic")
        );
        assert_eq!(
            READ.least_privileged(PermissionType::DelegatedPersonal),
            None
        );
    }

    #[test]
    fn grant_checks_case_insensitively_and_by_type() {
        let scopes = ["openid", "mail.send"];
        assert_eq!(
            SEND.satisfied_by(PermissionType::DelegatedWork, scopes),
            Some("Mail.Send")
        );
        assert!(!SEND.is_satisfied_by(PermissionType::Application, scopes));
        assert!(!SEND.is_satisfied_by(PermissionType::DelegatedWork, ["Mail.Read"]));
        assert_eq!(
            READ.satisfied_by(
                PermissionType::DelegatedWork,
                ["Mail.ReadWrite", "Mail.Read"]
            ),
            Some("Mail.Read"),
            "the least privileged matching grant is reported"
        );
    }

    #[test]
    fn an_empty_list_needs_no_particular_permission() {
        const KEYS: Permissions = Permissions {
            delegated_work: Some(&[]),
            delegated_personal: None,
            application: Some(&["Application.ReadWrite.All"]),
            resource: "",
            other_users: &[],
        };
        assert!(KEYS.none_required(PermissionType::DelegatedWork));
        assert!(KEYS.is_satisfied_by(PermissionType::DelegatedWork, []));
        assert!(KEYS.is_satisfied_by(PermissionType::DelegatedWork, ["User.Read"]));
        assert_eq!(KEYS.least_privileged(PermissionType::DelegatedWork), None);
        // Not supported stays refused, and a listed type still needs one.
        assert!(!KEYS.none_required(PermissionType::DelegatedPersonal));
        assert!(!KEYS.is_satisfied_by(PermissionType::DelegatedPersonal, []));
        assert!(!KEYS.none_required(PermissionType::Application));
        assert!(!KEYS.is_satisfied_by(PermissionType::Application, ["User.Read.All"]));
    }

    #[test]
    fn other_users_access_is_a_separate_grant() {
        assert!(SEND.reaches_other_users(["openid", "mail.send.shared"]));
        assert!(!SEND.reaches_other_users(["Mail.Send"]));
        assert!(!READ.reaches_other_users(["Mail.Read.Shared"]));
        assert_eq!(SEND.resource_label(), "mailbox");
        assert_eq!(READ.resource_label(), "resources");
    }

    #[test]
    fn permission_type_round_trips_through_its_key() {
        for kind in PermissionType::ALL {
            assert_eq!(kind.key().parse::<PermissionType>(), Ok(kind));
        }
        assert_eq!(
            "delegated_personal".parse(),
            Ok(PermissionType::DelegatedPersonal)
        );
        assert!("delegated".parse::<PermissionType>().is_err());
    }
}
