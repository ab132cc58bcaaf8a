//! A page that serves one API under several parent resources and gives each
//! its own permissions row (`attachment: get` on events, messages and
//! posts: `Calendars.Read`, `Mail.Read`, `Group.Read.All`) is one spec per
//! parent, `<stem>_<resource>`: a spec holds one permissions list and one
//! `resource`, so joined rows would let `Calendars.Read` read a message's
//! attachments and name the calendar where another user's mailbox is meant.

use crate::ir::{Endpoint, PathTemplate, Perms};
use crate::other_users;
use crate::text::{singular_owned, snake};

use super::paths::name_variants;

/// `e`, or one endpoint per resource row its paths address, when the
/// permissions table has such rows, every path addresses one of them and
/// they are more than one.
pub(super) fn split_by_resource(mut e: Endpoint) -> Vec<Endpoint> {
    if e.permissions.by_resource.is_empty() {
        e.permissions.by_resource = rows_by_family(&e);
    }
    let rows = &e.permissions.by_resource;
    if rows.len() < 2 {
        return vec![e];
    }
    let mut row_of: Vec<usize> = Vec::with_capacity(e.paths.len());
    for t in &e.paths {
        match parent_row(t, rows.iter().map(|(r, _)| r.as_str())) {
            Some(i) => row_of.push(i),
            None => return vec![e],
        }
    }
    let mut used: Vec<usize> = row_of.clone();
    used.sort_unstable();
    used.dedup();
    if used.len() < 2 {
        return vec![e];
    }
    let mut out = Vec::with_capacity(used.len());
    for &i in &used {
        let (resource, [work, personal, application]) = &rows[i];
        if [work, personal, application]
            .iter()
            .all(|p| **p == Perms::NotSupported)
        {
            continue;
        }
        let mut part = e.clone();
        part.stem = format!("{}_{}", e.stem, snake(resource));
        part.name = format!("{} ({resource})", e.name);
        part.paths = e
            .paths
            .iter()
            .zip(&row_of)
            .filter(|(_, r)| **r == i)
            .map(|(t, _)| t.clone())
            .collect();
        part.permissions.delegated_work = work.clone();
        part.permissions.delegated_personal = personal.clone();
        part.permissions.application = application.clone();
        part.permissions.by_resource.clear();
        let templates: Vec<&str> = part.paths.iter().map(|t| t.template.as_str()).collect();
        part.params.retain(|p| {
            let placeholder = format!("{{{}}}", p.name);
            templates.iter().any(|t| t.contains(&placeholder))
        });
        name_variants(&mut part.paths);
        out.push(part);
    }
    if out.is_empty() { vec![e] } else { out }
}

/// The parent resources an API is served under whose permissions form a
/// family, with the per-user resource whose family it is
/// ([`other_users::in_family`]: `Calendars.` for events, `Mail.` for messages).
const FAMILIES: &[(&str, &str)] = &[
    ("event", "calendar"),
    ("message", "mailbox"),
    ("contact", "contacts"),
    ("outlooktask", "tasks"),
];

/// Rows per parent resource made from one permissions list that joins
/// parents (`attachment: createUploadSession` on events and messages lists
/// `Calendars.ReadWrite, Mail.ReadWrite` for both): when the paths address
/// two or more of [`FAMILIES`]' resources and every listed name belongs to
/// exactly one of their families, each parent keeps its family's names, so
/// `Calendars.ReadWrite` no longer reaches a message. Anything else (a name
/// of no family, a parent left without names) is no such list: none.
fn rows_by_family(e: &Endpoint) -> Vec<(String, [Perms; 3])> {
    let resources = FAMILIES.iter().map(|(r, _)| *r);
    let mut parents: Vec<usize> = Vec::new();
    for t in &e.paths {
        match parent_row(t, resources.clone()) {
            Some(i) if !parents.contains(&i) => parents.push(i),
            Some(_) => {}
            None => return Vec::new(),
        }
    }
    if parents.len() < 2 {
        return Vec::new();
    }
    let p = &e.permissions;
    let lists = [&p.delegated_work, &p.delegated_personal, &p.application];
    let family_of = |name: &str| {
        parents
            .iter()
            .copied()
            .find(|&i| other_users::in_family(FAMILIES[i].1, name))
    };
    let all_named = lists.iter().all(|perms| match perms {
        Perms::List(names) => names.iter().all(|n| family_of(n).is_some()),
        Perms::NotSupported | Perms::NoneRequired => true,
    });
    if !all_named {
        return Vec::new();
    }
    let mut rows = Vec::with_capacity(parents.len());
    for &i in &parents {
        let row = lists.map(|perms| match perms {
            Perms::List(names) => {
                let own: Vec<String> = names
                    .iter()
                    .filter(|n| family_of(n) == Some(i))
                    .cloned()
                    .collect();
                if own.is_empty() {
                    Perms::NotSupported
                } else {
                    Perms::List(own)
                }
            }
            other => other.clone(),
        });
        if row.iter().all(|r| *r == Perms::NotSupported) {
            return Vec::new();
        }
        rows.push((FAMILIES[i].0.to_owned(), row));
    }
    rows
}

/// The row of the resource a path is under: its last literal segment that
/// names one (`/me/calendars/{id}/events/{id}/attachments` -> `event`), alone
/// or after the literal segment before it (`/me/outlook/tasks/{id}` ->
/// `outlookTask`).
fn parent_row<'a>(t: &PathTemplate, rows: impl Iterator<Item = &'a str> + Clone) -> Option<usize> {
    let path = t.template.split('?').next().unwrap_or(&t.template);
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    (0..segments.len()).rev().find_map(|i| {
        let segment = segments[i];
        if segment.starts_with('{') {
            return None;
        }
        let word = singular_owned(segment.trim_end_matches(':')).to_ascii_lowercase();
        let joined = i
            .checked_sub(1)
            .map(|j| segments[j])
            .filter(|before| !before.starts_with('{'))
            .map(|before| format!("{}{word}", before.to_ascii_lowercase()));
        rows.clone()
            .position(|r| r == word || joined.as_deref() == Some(r))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn template(t: &str) -> PathTemplate {
        PathTemplate {
            docs: String::new(),
            template: t.to_owned(),
            variant: String::new(),
            span: 0..0,
        }
    }

    #[test]
    fn a_path_is_under_the_nearest_resource_a_row_names() {
        let rows = ["event", "message", "post"];
        let at = |t: &str| parent_row(&template(t), rows.iter().copied());
        assert_eq!(at("/me/calendars/{c}/events/{e}/attachments/{a}"), Some(0));
        assert_eq!(
            at("/me/mailFolders/{f}/messages/{m}/attachments/{a}"),
            Some(1)
        );
        assert_eq!(
            at("/groups/{g}/threads/{t}/posts/{p}/attachments/{a}"),
            Some(2)
        );
        assert_eq!(at("/me/contacts/{c}/photo"), None);
        let rows = ["message", "outlooktask"];
        let at = |t: &str| parent_row(&template(t), rows.iter().copied());
        assert_eq!(at("/me/outlook/tasks/{t}/attachments/{a}"), Some(1));
    }
}
