//! Whose resource a `/users/{id}/...` path addresses, and which delegated
//! permissions reach *another* user's (the spec's `resource` and
//! `other_users`). The docs' tables list what a caller needs for their own
//! resource; the permissions reference says which delegated permissions
//! also reach other users'. Those rules, written down once:
//!
//! | resource | path after `/users/{id}` | reaches other users |
//! |---|---|---|
//! | `mailbox` | `messages`, `mailFolders`, `sendMail`, `mailboxSettings`, ... | `Mail.*` + `.Shared` |
//! | `calendar` | `events`, `calendar(s)`, `calendarView`, `calendarGroups`, ... | `Calendars.*` + `.Shared` |
//! | `contacts` | `contacts`, `contactFolders` | `Contacts.*` + `.Shared` |
//! | `tasks` | `todo`, `outlook/tasks` | `Tasks.*` + `.Shared` |
//! | `notebooks` | `onenote` | `Notes.*` + `.All` |
//! | `drive` | `drive`, `drives` | `Files.*` + `.All` |
//! | `presence` | `presence` | `Presence.*` + `.All` |
//! | `profile` | nothing, `photo(s)`, `manager`, `directReports`, ... | `User.*`/`Directory.*` `.All` ones listed |
//!
//! A listed delegated permission of the resource's family that already ends
//! in `.Shared` or `.All` reaches other users as it is; one without gets the
//! suffix (`Mail.Send` -> `Mail.Send.Shared`, `Files.Read` -> `Files.Read.All`).
//! For a profile, only the `.All` permissions listed reach other users
//! (`User.Read` is the signed-in user's own profile). Paths outside the
//! table get neither key: the spec then applies no per-user limit.

use crate::ir::{Endpoint, Perms};

/// The resource a path addresses through `/users/{id}`, if it is one of the table's.
pub fn resource_of(template: &str) -> Option<&'static str> {
    let rest = template.strip_prefix("/users/{")?;
    let after = rest.split_once('}').map_or("", |(_, r)| r);
    let mut segments = after.split('/').filter(|s| !s.is_empty());
    let first = segments.next().unwrap_or("");
    // `/users/{id}/microsoft.graph.x` or a key like `('x')`: not a resource path.
    let first = first
        .split(['(', '?'])
        .next()
        .unwrap_or(first)
        .to_ascii_lowercase();
    Some(match first.as_str() {
        "messages" | "mailfolders" | "sendmail" | "mailboxsettings" | "inferenceclassification" => {
            "mailbox"
        }
        "events" | "calendar" | "calendars" | "calendarview" | "calendargroups"
        | "findmeetingtimes" | "reminderview" | "getschedule" => "calendar",
        "contacts" | "contactfolders" => "contacts",
        "todo" => "tasks",
        "outlook" => match segments.next().map(str::to_ascii_lowercase).as_deref() {
            Some("tasks" | "taskfolders" | "taskgroups") => "tasks",
            _ => return None,
        },
        "onenote" => "notebooks",
        "drive" | "drives" => "drive",
        "presence" => "presence",
        "" | "photo" | "photos" | "manager" | "directreports" => "profile",
        _ => return None,
    })
}

/// Whether permission `name` is of the family of `resource` (`Mail.` for a
/// mailbox, `Calendars.` for a calendar, ...).
pub fn in_family(resource: &str, name: &str) -> bool {
    family(resource).0.iter().any(|f| name.starts_with(f))
}

/// The permission family and the suffix that reaches other users.
fn family(resource: &str) -> (&'static [&'static str], &'static str) {
    match resource {
        "mailbox" => (&["Mail."], ".Shared"),
        "calendar" => (&["Calendars."], ".Shared"),
        "contacts" => (&["Contacts."], ".Shared"),
        "tasks" => (&["Tasks."], ".Shared"),
        "notebooks" => (&["Notes."], ".All"),
        "drive" => (&["Files."], ".All"),
        "presence" => (&["Presence."], ".All"),
        _ => (&["User.", "Directory."], ""),
    }
}

/// The delegated permissions of `listed` that reach another user's `resource`.
pub fn reaching(resource: &str, listed: &[String]) -> Vec<String> {
    let (prefixes, suffix) = family(resource);
    let mut out: Vec<String> = Vec::new();
    for p in listed {
        if !prefixes.iter().any(|f| p.starts_with(f)) {
            continue;
        }
        let reach = if p.ends_with(".Shared") || p.ends_with(".All") {
            p.clone()
        } else if suffix.is_empty() {
            continue;
        } else {
            format!("{p}{suffix}")
        };
        if !out.iter().any(|o| o.eq_ignore_ascii_case(&reach)) {
            out.push(reach);
        }
    }
    out
}

/// Sets `resource` and `other_users` on an endpoint with a `/users/{id}`
/// path of the table and a supported delegated type.
pub fn apply(e: &mut Endpoint) {
    e.permissions.resource = None;
    e.permissions.other_users.clear();
    let Some(resource) = e.paths.iter().find_map(|p| resource_of(&p.template)) else {
        return;
    };
    let mut listed: Vec<String> = Vec::new();
    for perms in [
        &e.permissions.delegated_work,
        &e.permissions.delegated_personal,
    ] {
        if let Perms::List(names) = perms {
            listed.extend(names.iter().cloned());
        }
    }
    if listed.is_empty() {
        return;
    }
    e.permissions.resource = Some(resource);
    e.permissions.other_users = reaching(resource, &listed);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_name_their_resource() {
        assert_eq!(
            resource_of("/users/{user_id}/messages/{id}/send"),
            Some("mailbox")
        );
        assert_eq!(
            resource_of("/users/{user_id}/calendar/events"),
            Some("calendar")
        );
        assert_eq!(
            resource_of("/users/{user_id}/drive/root:/{path}:/content"),
            Some("drive")
        );
        assert_eq!(resource_of("/users/{user_id}"), Some("profile"));
        assert_eq!(resource_of("/users/{user_id}/outlook/tasks"), Some("tasks"));
        assert_eq!(
            resource_of("/users/{user_id}/outlook/masterCategories"),
            None
        );
        assert_eq!(resource_of("/users/{user_id}/chats"), None);
        assert_eq!(resource_of("/me/messages"), None);
    }

    #[test]
    fn shared_and_all_rules() {
        let s = |v: &[&str]| v.iter().map(|x| (*x).to_owned()).collect::<Vec<_>>();
        assert_eq!(
            reaching(
                "mailbox",
                &s(&["Mail.Send", "Mail.ReadWrite.Shared", "User.Read"])
            ),
            ["Mail.Send.Shared", "Mail.ReadWrite.Shared"]
        );
        assert_eq!(
            reaching("drive", &s(&["Files.Read", "Files.Read.All"])),
            ["Files.Read.All"]
        );
        assert_eq!(
            reaching(
                "profile",
                &s(&["User.Read", "User.ReadBasic.All", "Directory.Read.All"])
            ),
            ["User.ReadBasic.All", "Directory.Read.All"]
        );
    }
}
