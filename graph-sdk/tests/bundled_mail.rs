//! The bundled mail family (`specs/v1.0`, `specs/beta`: hand-checked specs
//! that graph-mock serves) is proven equal to this crate's specs: every route
//! of a bundled spec is served by a spec of this crate of the same version,
//! with the same method and path shape, success status, body kinds and model
//! names, permissions per type, and `resource` and `other_users`. Where they
//! differ, [`DIFFERENCES`] names the bundled spec, the difference and why
//! (the failure lists each route); an entry that no longer differs fails
//! the test too, so the table cannot go stale.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use graph_spec::model::{Body, EndpointSpec, PermissionKind, Version};
use graph_spec::project::{LoadedSpec, open};

/// `(versions, bundled spec, aspect, why)`: a known difference of the
/// routes of a bundled spec (`specs/<version>/<spec>.toml`) from this
/// crate's specs serving them. The aspect is `route` (no spec of this crate
/// serves one of them), `status`, `request`, `response`, `permissions`,
/// `resource` or `other_users`.
const DIFFERENCES: &[(&[&str], &str, &str, &str)] = &[
    // Other users: the importer applies the permissions reference's rule to
    // every level the page lists (graph-import/src/other_users.rs); the
    // bundled specs name the least that reaches another user's mailbox.
    (
        &["v1.0", "beta"],
        "mailfolder_list_messages",
        "other_users",
        "graph-sdk: Mail.ReadBasic.Shared, Mail.Read.Shared, Mail.ReadWrite.Shared (each listed level); bundled: Mail.Read.Shared",
    ),
    (
        &["v1.0", "beta"],
        "message_delta",
        "other_users",
        "graph-sdk: each listed level + .Shared; bundled: Mail.Read.Shared",
    ),
    (
        &["v1.0", "beta"],
        "message_get",
        "other_users",
        "graph-sdk adds Mail.ReadBasic.Shared (the docs list Mail.ReadBasic); bundled: Mail.Read.Shared",
    ),
    (
        &["v1.0", "beta"],
        "message_send",
        "other_users",
        "the bundled spec lets no delegated caller send another user's draft; the reference's Mail.Send.Shared does",
    ),
    // The docs are wider than the bundled spec: Mail.ReadWrite reads too.
    (
        &["beta"],
        "mailfolder_list_messages",
        "permissions",
        "the beta page lists Mail.ReadWrite after Mail.Read; the bundled spec stops at Mail.Read (narrower)",
    ),
    // The beta page lists `/me/...` only; the v1.0 page (and Graph) also
    // serve `/users/{id}/messages/{id}/attachments/createUploadSession`.
    (
        &["beta"],
        "attachment_createuploadsession",
        "route",
        "the beta page lists no /users/{id} route; the bundled spec keeps the v1.0 one (wider)",
    ),
    (
        &["beta"],
        "attachment_createuploadsession",
        "resource",
        "no /users/{id} route on the beta page, so no resource",
    ),
    (
        &["beta"],
        "attachment_createuploadsession",
        "other_users",
        "no /users/{id} route on the beta page, so no other users",
    ),
    // Request bodies the v1.0 zh-CN pages give narrower than Graph reads:
    // the create-draft pages say the method takes no body, the forward and
    // replyAll tables leave out `message`; the beta pages list them all, as
    // the bundled specs do.
    (
        &["v1.0"],
        "message_createforward",
        "request",
        "the v1.0 page documents no body; bundled (and the beta page): comment, message, toRecipients",
    ),
    (
        &["v1.0"],
        "message_createreply",
        "request",
        "the v1.0 page documents no body; bundled (and the beta page): comment, message",
    ),
    (
        &["v1.0"],
        "message_createreplyall",
        "request",
        "the v1.0 page documents no body; bundled (and the beta page): comment, message",
    ),
    (
        &["v1.0"],
        "message_forward",
        "request",
        "the v1.0 table lists comment and toRecipients; bundled (and the beta page) add message",
    ),
    (
        &["v1.0"],
        "message_replyall",
        "request",
        "the v1.0 table lists comment; bundled (and the beta page) add message",
    ),
];

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the crate is in the workspace")
        .to_path_buf()
}

/// `GET /me/messages/{}/attachments/{}`: the method and the template with
/// its placeholders erased, in lower case (Graph matches paths without
/// regard to case).
fn route(spec: &EndpointSpec, template: &str) -> String {
    let mut path = String::new();
    let mut depth = 0usize;
    for c in template.chars() {
        match c {
            '{' => {
                depth += 1;
                if depth == 1 {
                    path.push_str("{}");
                }
            }
            '}' => depth = depth.saturating_sub(1),
            c if depth == 0 => path.push(c.to_ascii_lowercase()),
            _ => {}
        }
    }
    format!("{} {path}", spec.method.value.as_str())
}

fn body(b: &Body) -> String {
    match b {
        Body::None => "none".to_owned(),
        Body::Fields(fields) => {
            let names: BTreeSet<&str> = fields.iter().map(|f| f.json_name.value.as_str()).collect();
            format!("fields {names:?}")
        }
        Body::Model(m) => format!("model {}", m.value),
        Body::Collection(m) => format!("collection {}", m.value),
        Body::Delta(m) => format!("delta {}", m.value),
        Body::Bytes(media) => format!("bytes {}", media.value),
    }
}

fn permissions(spec: &EndpointSpec, kind: PermissionKind) -> String {
    let list = spec.permissions.iter().find(|p| p.kind.value == kind);
    match list.and_then(|p| p.names.as_ref()) {
        Some(names) => format!("{:?}", names.iter().map(|n| &n.value).collect::<Vec<_>>()),
        None => "not supported".to_owned(),
    }
}

/// Each aspect a route is compared on, with its value in `spec`.
fn aspects(spec: &EndpointSpec) -> Vec<(&'static str, String)> {
    let mut out = vec![
        ("status", spec.response.status.value.to_string()),
        ("request", body(&spec.request_body.value)),
        ("response", body(&spec.response.body.value)),
    ];
    let kinds = [
        ("delegated_work", PermissionKind::DelegatedWork),
        ("delegated_personal", PermissionKind::DelegatedPersonal),
        ("application", PermissionKind::Application),
    ];
    let per_type: Vec<String> = kinds
        .iter()
        .map(|(key, kind)| format!("{key} = {}", permissions(spec, *kind)))
        .collect();
    out.push(("permissions", per_type.join("; ")));
    out.push((
        "resource",
        spec.resource
            .as_ref()
            .map_or("none".to_owned(), |r| r.value.clone()),
    ));
    out.push((
        "other_users",
        format!(
            "{:?}",
            spec.other_users
                .iter()
                .map(|p| &p.value)
                .collect::<Vec<_>>()
        ),
    ));
    out
}

/// The routes of a version's specs, each with the spec serving it.
fn routes(specs: &[LoadedSpec], version: Version) -> BTreeMap<String, &LoadedSpec> {
    let mut out = BTreeMap::new();
    for s in specs
        .iter()
        .filter(|s| s.spec.versions.iter().any(|v| v.value == version))
    {
        for p in &s.spec.paths {
            out.insert(route(&s.spec, &p.template.value), s);
        }
    }
    out
}

#[test]
fn the_bundled_mail_family_is_this_crates_up_to_listed_differences() {
    let root = workspace();
    let bundled = open(&[root.join("specs")]).unwrap_or_else(|e| panic!("specs/: {e}"));
    let sdk =
        open(&[root.join("graph-sdk/specs")]).unwrap_or_else(|e| panic!("graph-sdk/specs: {e}"));
    // Each difference found: (version, bundled spec, aspect) and what differs.
    let mut found: Vec<((String, String, &'static str), String)> = Vec::new();
    let mut compared = 0;
    for version in [Version::V1_0, Version::Beta] {
        let ours = routes(&sdk.specs, version);
        for (key, theirs) in routes(&bundled.specs, version) {
            compared += 1;
            let at = format!("{version} {key} ({})", theirs.display);
            let stem = Path::new(&theirs.display)
                .file_stem()
                .map_or(String::new(), |s| s.to_string_lossy().into_owned());
            let Some(ours) = ours.get(&key) else {
                found.push((
                    (version.to_string(), stem.clone(), "route"),
                    format!("{at}: route: served by no spec of graph-sdk"),
                ));
                continue;
            };
            for ((aspect, bundled_value), (_, sdk_value)) in
                aspects(&theirs.spec).into_iter().zip(aspects(&ours.spec))
            {
                if bundled_value != sdk_value {
                    found.push((
                        (version.to_string(), stem.clone(), aspect),
                        format!(
                            "{at}: {aspect}: bundled {bundled_value}; graph-sdk ({}) {sdk_value}",
                            ours.display
                        ),
                    ));
                }
            }
        }
    }
    assert!(compared > 36, "only {compared} bundled routes compared");
    let listed: BTreeSet<(String, String, &'static str)> = DIFFERENCES
        .iter()
        .flat_map(|(versions, stem, aspect, _)| {
            versions
                .iter()
                .map(move |v| ((*v).to_owned(), (*stem).to_owned(), *aspect))
        })
        .collect();
    let unlisted: Vec<&str> = found
        .iter()
        .filter(|(k, _)| !listed.contains(k))
        .map(|(_, r)| r.as_str())
        .collect();
    let keys: BTreeSet<(String, String, &'static str)> =
        found.iter().map(|(k, _)| k.clone()).collect();
    let stale: Vec<_> = listed.difference(&keys).collect();
    assert!(
        unlisted.is_empty() && stale.is_empty(),
        "differences not in DIFFERENCES:\n{}\n\nlisted but no longer different:\n{stale:#?}\n\nall:\n{}",
        unlisted.join("\n"),
        found
            .iter()
            .map(|(_, r)| r.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    );
}
