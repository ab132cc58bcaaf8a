//! One page per route. The docs describe some requests on two pages (a
//! resource's `list` page and its collection's, a function on the type and on
//! its collection); two specs serving one method and path shape cannot be
//! mounted together, so each route is imported from one page and the other
//! loses it, with a warning naming the page that kept it.
//!
//! The rule: the page whose file name holds the path's last literal segment
//! (`tablecollection-add.md` for `.../tables/add`) keeps the route; when none
//! or several do, the first of those in path order. A page left with no path
//! is skipped.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use crate::ir::Endpoint;
use crate::report::{Finding, Sink};

/// A route as graph-spec compares them: version, method, and the template
/// with every parameter as `{}`, literals lower case, the query it fixes cut.
pub fn route_key(version: &str, method: &str, template: &str) -> String {
    let path = template.split('?').next().unwrap_or(template);
    let mut out = String::with_capacity(version.len() + method.len() + path.len() + 2);
    out.push_str(version);
    out.push(' ');
    out.push_str(method);
    out.push(' ');
    let mut in_param = false;
    for c in path.chars() {
        match c {
            '{' => {
                in_param = true;
                out.push_str("{}");
            }
            '}' => in_param = false,
            _ if in_param => {}
            _ => out.push(c.to_ascii_lowercase()),
        }
    }
    out
}

/// The path's last literal segment, letters and digits only, lower case.
fn last_literal(template: &str) -> String {
    let path = template.split('?').next().unwrap_or(template);
    path.rsplit(['/', ':', '('])
        // A parameter (`{message_id}`) is not a literal.
        .filter(|s| !s.contains('{'))
        .map(|s| {
            s.chars()
                .filter(char::is_ascii_alphanumeric)
                .map(|c| c.to_ascii_lowercase())
                .collect::<String>()
        })
        .find(|s| !s.is_empty() && !path.contains(&format!("{{{s}}}")))
        .unwrap_or_default()
}

/// [`names_path`]'s rank of a page named after the path's last segment.
const NAMED: u8 = 2;

/// How well the page's file stem (`tablecollection_add`) names the path's
/// last segment, in the singular too (`mobileapp-list` for
/// `.../mobileApps`): 2 when a whole part of the stem is that word
/// (`message_update` for `/me/messages/{id}`), 1 when a part holds it
/// (`eventmessage_update`), 0 when none does.
fn names_path(stem: &str, template: &str) -> u8 {
    let last = last_literal(template);
    let singular = last.strip_suffix('s').unwrap_or(&last);
    if singular.is_empty() {
        return 0;
    }
    let parts = stem.split(['_', '-']).map(|p| {
        p.chars()
            .filter(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_ascii_lowercase()
    });
    let mut rank = 0;
    for part in parts {
        if part == singular || part == last {
            return 2;
        }
        if part.contains(singular) {
            rank = 1;
        }
    }
    rank
}

/// A page left with no route: every one is imported from another page.
#[derive(Debug)]
pub struct Skipped {
    /// The page, as displayed.
    pub source: Arc<str>,
    /// What the page says.
    pub endpoint: Endpoint,
    /// The pages that import its routes, as indices into the pages left.
    pub owners: Vec<usize>,
    /// Those of `owners` that keep a route of it without being named after
    /// the route: one derived type's page among others, whose type
    /// [`crate::covered::widen`] widens to what every page of the route
    /// takes. A page named after the route (`message-get` for
    /// `/me/messages/{id}`) documents the route's own type, which a page
    /// about something else on that route (an extended property read with
    /// `$expand`) does not change.
    pub widens: Vec<usize>,
}

/// Takes every route off the pages that do not keep it (see the module
/// docs); removes pages left with no path and returns them, for the caller
/// to say whether the pages that kept their routes cover what they
/// describe. `pages` is in path order: (spec path, page, endpoint). Linear
/// in the number of path variants.
pub fn one_page_per_route(
    pages: &mut Vec<(PathBuf, Arc<str>, Endpoint)>,
    findings: &mut Vec<Finding>,
) -> Vec<Skipped> {
    // Route -> (page index, how well its name names the path); the best
    // named wins, the first among equals.
    let mut owner: HashMap<String, (usize, u8)> = HashMap::new();
    for (i, (_, _, e)) in pages.iter().enumerate() {
        for t in &e.paths {
            let key = route_key(e.version.as_str(), &e.method, &t.template);
            // The page's name, not a split spec's suffix (`_message`, `_value`).
            let named = names_path(&e.page_stem, &t.template);
            match owner.get(&key) {
                Some(&(_, best)) if best >= named => {}
                _ => {
                    owner.insert(key, (i, named));
                }
            }
        }
    }
    let displays: Vec<Arc<str>> = pages.iter().map(|(_, d, _)| d.clone()).collect();
    let mut keep = vec![true; pages.len()];
    let mut skipped: Vec<(usize, Vec<usize>, Vec<usize>)> = Vec::new();
    for (i, (_, source, e)) in pages.iter_mut().enumerate() {
        let mut sink = Sink::new(source.clone(), Arc::from(""));
        let mut lost = Vec::new();
        e.paths.retain(|t| {
            let key = route_key(e.version.as_str(), &e.method, &t.template);
            let (by, named) = owner.get(&key).copied().unwrap_or((i, 2));
            if by != i {
                lost.push((t.clone(), by, named));
            }
            by == i
        });
        for (t, by, _) in &lost {
            sink.warn(
                format!(
                    "`{} {}` is imported from `{}`; skipped here (one page per route)",
                    e.method, t.docs, displays[*by]
                ),
                0..0,
            );
        }
        if e.paths.is_empty() {
            let mut by: Vec<usize> = lost.iter().map(|(_, by, _)| *by).collect();
            by.sort_unstable();
            by.dedup();
            let mut widens: Vec<usize> = lost
                .iter()
                .filter(|(_, _, named)| *named < NAMED)
                .map(|(_, by, _)| *by)
                .collect();
            widens.sort_unstable();
            widens.dedup();
            skipped.push((i, by, widens));
            keep[i] = false;
        } else if !lost.is_empty() {
            e.params.retain(|p| {
                e.paths
                    .iter()
                    .any(|t| t.template.contains(&format!("{{{}}}", p.name)))
            });
            // The `/users/{id}` path that gave the resource may be gone.
            crate::other_users::apply(e);
        }
        findings.extend(sink.findings);
    }
    // Where each kept page lands once the skipped ones are gone.
    let mut index = vec![0; pages.len()];
    let mut n = 0;
    for (i, k) in keep.iter().enumerate() {
        index[i] = n;
        n += usize::from(*k);
    }
    let out = skipped
        .into_iter()
        .map(|(i, by, widens)| Skipped {
            source: displays[i].clone(),
            endpoint: pages[i].2.clone(),
            owners: by.into_iter().map(|j| index[j]).collect(),
            widens: widens.into_iter().map(|j| index[j]).collect(),
        })
        .collect();
    let mut i = 0;
    pages.retain(|_| {
        i += 1;
        keep[i - 1]
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_compare_like_graph_spec() {
        assert_eq!(
            route_key("v1.0", "GET", "/me/Messages/{message_id}?x={y}"),
            route_key("v1.0", "GET", "/me/messages/{id}")
        );
        assert_ne!(
            route_key("v1.0", "GET", "/me/messages/{id}"),
            route_key("beta", "GET", "/me/messages/{id}")
        );
    }

    #[test]
    fn the_page_named_after_the_path_keeps_it() {
        assert_eq!(names_path("tablecollection_add", "/workbook/tables/add"), 2);
        assert_eq!(
            names_path("worksheet_post_tables", "/workbook/tables/add"),
            0
        );
        assert_eq!(
            names_path(
                "intune_apps_mobileapp_list",
                "/deviceAppManagement/mobileApps"
            ),
            2
        );
        assert_eq!(
            names_path(
                "intune_apps_iosvppapp_list",
                "/deviceAppManagement/mobileApps"
            ),
            0
        );
        // The page of the type itself over a page of a type named after it.
        assert_eq!(names_path("message_update", "/me/messages/{id}"), 2);
        assert_eq!(names_path("eventmessage_update", "/me/messages/{id}"), 1);
        assert_eq!(names_path("message_update", "/me/messages/{message_id}"), 2);
        assert_eq!(
            last_literal("/drives/{drive_id}/root:/{path}:/content"),
            "content"
        );
    }
}
