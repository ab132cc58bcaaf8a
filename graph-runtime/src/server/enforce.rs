//! What is checked before a handler runs, in order: framing, token,
//! permissions, and whose resource (mailbox, calendar, drive, ...) the path addresses.

use std::sync::Arc;

use http::header::{CONTENT_LENGTH, TRANSFER_ENCODING};
use http::{HeaderMap, Method};

use crate::server::auth::bearer::{BearerError, bearer_token};
use crate::server::auth::caller::{Caller, DelegatedCaller};
use crate::server::auth::directory::{DirectoryUser, UserDirectory};
use crate::server::auth::validator::TokenValidator;
use crate::server::error::GraphError;
use crate::{Endpoint, PathTemplate};

/// Whether `template` addresses the signed-in user (`/me` or `/me/...`).
pub(crate) fn is_me(template: &str) -> bool {
    template == "/me" || template.starts_with("/me/")
}

/// A bodiless endpoint takes no body; a bodiless `POST`, `PUT` or `PATCH`
/// must say so with `Content-Length: 0` (Graph answers 411 otherwise).
pub(crate) fn check_framing<E: Endpoint>(headers: &HeaderMap) -> Result<(), GraphError> {
    if E::HAS_REQUEST_BODY {
        return Ok(());
    }
    let no_body =
        || GraphError::bad_request("This request does not accept a body; send Content-Length: 0.");
    if headers.contains_key(TRANSFER_ENCODING) {
        return Err(no_body());
    }
    let mut lengths = headers.get_all(CONTENT_LENGTH).iter();
    match lengths.next() {
        None if [Method::POST, Method::PUT, Method::PATCH].contains(&E::METHOD) => {
            Err(GraphError::length_required())
        }
        None => Ok(()),
        Some(v) => match v.to_str().ok().map(|s| s.trim_ascii().parse::<u64>()) {
            Some(Ok(0)) if lengths.next().is_none() => Ok(()),
            Some(Ok(_)) => Err(no_body()),
            _ => Err(GraphError::bad_request("Invalid Content-Length header.")),
        },
    }
}

/// The caller behind the request's bearer token (401 when there is none or it is invalid).
pub(crate) fn authenticate(
    headers: &HeaderMap,
    validator: &dyn TokenValidator,
) -> Result<Arc<Caller>, GraphError> {
    let token = bearer_token(headers).map_err(|e| match e {
        BearerError::Missing => GraphError::missing_token(e.to_string()),
        BearerError::Malformed => GraphError::invalid_token(e.to_string()),
    })?;
    validator
        .validate(token.secret())
        .map_err(|e| GraphError::invalid_token(e.to_string()))
}

/// The endpoint's permission metadata against the caller's grant (403 when it falls short).
pub(crate) fn authorize<E: Endpoint>(caller: &Caller) -> Result<(), GraphError> {
    let kind = caller.permission_type();
    let Some(accepted) = E::PERMISSIONS.for_type(kind) else {
        return Err(GraphError::access_denied(format!(
            "Access is denied. Check credentials and try again. `{}` does not support {} permissions.",
            E::NAME,
            kind.docs_label()
        )));
    };
    if E::PERMISSIONS.is_satisfied_by(kind, caller.grants().iter().map(String::as_str)) {
        return Ok(());
    }
    Err(GraphError::access_denied(format!(
        "Access is denied. Check credentials and try again. `{}` needs one of: {}.",
        E::NAME,
        accepted.join(", ")
    )))
}

/// Resolves `/me` to the caller's user and keeps delegated callers to their
/// own resource (the spec's `resource`: mailbox, calendar, drive, ...) on
/// `/users/{id}` paths, unless they hold one of the endpoint's other-users
/// permissions (`Permissions::other_users`). Application callers are not
/// limited to one user. Returns whether the path was a `/me` path.
///
/// Who the caller is comes from the token's `oid` and `tid` only; who
/// `/users/{x}` is comes from the application's `directory` (without one,
/// `x` must be the caller's object id itself).
pub(crate) fn resolve_user<E: Endpoint>(
    template: &'static PathTemplate,
    user_param: &'static str,
    caller: &Caller,
    directory: Option<&dyn UserDirectory>,
    values: &mut Vec<(&'static str, String)>,
) -> Result<bool, GraphError> {
    if is_me(template.template) {
        let Some(delegated) = caller.delegated() else {
            return Err(GraphError::bad_request(
                "/me request is only valid with delegated authentication flow.",
            ));
        };
        let user = delegated.user_key().ok_or_else(|| {
            GraphError::invalid_token("The token does not name its user (no oid claim).")
        })?;
        if let Some(directory) = directory
            && !directory.find(user).is_some_and(|u| delegated.is(&u))
        {
            return Err(GraphError::invalid_token(
                "The token's user (oid and tid) is not a user of this tenant.",
            ));
        }
        values.retain(|(name, _)| *name != user_param);
        values.push((user_param, user.to_owned()));
        return Ok(true);
    }
    let foreign_user = template.template.starts_with("/users/{")
        && caller.delegated().is_some_and(|d| {
            values
                .iter()
                .any(|(name, user)| *name == user_param && !addresses_self(d, directory, user))
        });
    if foreign_user
        && !E::PERMISSIONS.reaches_other_users(caller.grants().iter().map(String::as_str))
    {
        log_foreign_user_refusal::<E>(template, directory.is_some());
        let resource = E::PERMISSIONS.resource_label();
        let reach = if E::PERMISSIONS.other_users.is_empty() {
            format!("A delegated token may only reach the signed-in user's own {resource}.")
        } else {
            format!(
                "The signed-in user cannot reach another user's {resource} without one of: {}.",
                E::PERMISSIONS.other_users.join(", ")
            )
        };
        return Err(GraphError::access_denied(format!(
            "Access is denied. Check credentials and try again. {reach}"
        )));
    }
    Ok(false)
}

/// Tells the operator which rule refused a delegated caller on
/// `/users/{x}` and what would resolve it. The response cannot say (it must
/// not confirm who `x` is), and the addressed user is personal data, so
/// neither it nor the caller is recorded here.
fn log_foreign_user_refusal<E: Endpoint>(template: &PathTemplate, has_directory: bool) {
    let fix = if has_directory {
        "the user directory does not resolve the addressed user to the caller (oid and tid); \
         grant one of the endpoint's other-users permissions to reach other users"
    } else {
        "no UserDirectory is configured, so only the caller's own object id counts as their \
         user and a principal name (or any other alias) is refused; configure \
         GraphServer::with_user_directory to resolve names"
    };
    tracing::debug!(
        target: "graph_runtime::server",
        rule = "delegated-own-resource",
        endpoint = E::NAME,
        path_template = template.template,
        user_directory = has_directory,
        other_users_permissions = E::PERMISSIONS.other_users.join(", "),
        fix,
        "refused a delegated caller on another user's resource"
    );
}

/// Whether `/users/{id_or_upn}` is the delegated caller's own user.
fn addresses_self(
    caller: &DelegatedCaller,
    directory: Option<&dyn UserDirectory>,
    id_or_upn: &str,
) -> bool {
    match directory {
        Some(directory) => directory.find(id_or_upn).is_some_and(|u| caller.is(&u)),
        None => caller.is(&DirectoryUser {
            id: id_or_upn.to_owned(),
            tenant_id: None,
        }),
    }
}
