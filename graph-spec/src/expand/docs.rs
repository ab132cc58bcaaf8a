//! The rustdoc text of generated items, written like the Graph reference page.
//!
//! Text from a spec (or the docs page it was imported from) is data: it goes
//! through [`text`] or [`code`] on its way into a doc comment, so nothing in
//! it becomes an intra-doc link, HTML, a Markdown link or a doctest in the
//! user's crate.

use std::fmt::Write;

use proc_macro2::TokenStream;
use quote::quote;

use super::doc_escape::destination;
pub(crate) use super::doc_escape::{code, text};
use crate::model::*;
use crate::resolved::{Resolved, Variant};

/// Escapes `|` so table cells stay cells.
fn cell(s: &str) -> String {
    s.replace('|', "\\|")
}

/// The permissions table as the Graph docs print it.
pub(crate) fn permissions_table(spec: &EndpointSpec) -> String {
    let mut s = String::from(
        "One of the following permissions is required to call this API.\n\n\
         | Permission type | Permissions (from least to most privileged) |\n\
         |:--|:--|\n",
    );
    for (kind, _) in PermissionKind::ALL {
        let perms = match spec.permissions_for(kind) {
            None => "Not supported.".to_owned(),
            Some(p) if p.is_empty() => "None required: any valid token.".to_owned(),
            Some(p) => text(&p.join(", ")),
        };
        let _ = writeln!(s, "| {} | {} |", kind.docs_label(), cell(&perms));
    }
    if let Some(resource) = &spec.resource {
        let _ = write!(
            s,
            "\nA `/users/{{id}}` path addresses that user's {}. ",
            text(&resource.value)
        );
        if spec.other_users.is_empty() {
            s.push_str("A delegated caller reaches only their own.\n");
        } else {
            let other: Vec<&str> = spec.other_users.iter().map(|p| p.value.as_str()).collect();
            let _ = writeln!(
                s,
                "A delegated caller reaches another user's {} only with {}.",
                text(&resource.value),
                text(&other.join(" or "))
            );
        }
    }
    s
}

/// The endpoint type's documentation.
pub(crate) fn endpoint_doc(spec: &EndpointSpec, resolved: &Resolved) -> String {
    let mut s = format!("{}\n\n", text(&spec.name.value));
    match (&spec.summary, &spec.docs_url) {
        (Some(summary), _) => {
            let _ = writeln!(s, "{}", text(&summary.value));
        }
        // A spec of facts only: the page says what the API does.
        (None, Some(url)) => {
            let _ = writeln!(
                s,
                "What this API does: the [Microsoft Graph reference page]({}).",
                destination(&url.value)
            );
        }
        (None, None) => {}
    }
    if let Some(d) = spec
        .description
        .as_ref()
        .filter(|d| !d.value.trim().is_empty())
    {
        let _ = writeln!(s, "\n{}", text(d.value.trim()));
    }
    s.push_str("\n# HTTP request\n\n```text\n");
    for v in &resolved.variants {
        let _ = writeln!(s, "{} {}", spec.method.as_str(), v.docs_template);
    }
    s.push_str("```\n\n");
    let versions: Vec<String> = spec
        .versions
        .iter()
        .map(|v| format!("`{}`", v.as_str()))
        .collect();
    let _ = writeln!(s, "API versions: {}.\n", versions.join(", "));
    s.push_str("# Permissions\n\n");
    s.push_str(&permissions_table(spec));
    if !spec.headers.is_empty() {
        s.push_str(
            "\n# Request headers\n\n| Name | Value | Required | Description |\n|:--|:--|:--|:--|\n",
        );
        for h in &spec.headers {
            let desc = h.description.as_ref().map_or("", |d| d.value.as_str());
            let req = if h.required.value { "yes" } else { "no" };
            let _ = writeln!(
                s,
                "| {} | {} | {req} | {} |",
                cell(&text(&h.name.value)),
                cell(&code(&h.value.value)),
                cell(&text(desc))
            );
        }
    }
    match &spec.request_body.value {
        Body::None => {}
        Body::Model(m) => {
            let _ = write!(
                s,
                "\n# Request body\n\nA JSON representation of a {} object.\n",
                code(&m.value)
            );
        }
        Body::Collection(m) => {
            let _ = write!(
                s,
                "\n# Request body\n\nA JSON array of {} objects.\n",
                code(&m.value)
            );
        }
        Body::Delta(m) => {
            let _ = write!(
                s,
                "\n# Request body\n\nA delta page of {} objects.\n",
                code(&m.value)
            );
        }
        Body::Bytes(media) => {
            let _ = write!(
                s,
                "\n# Request body\n\nThe content's bytes, of type {} (sent as its `Content-Type`).\n",
                code(&media.value)
            );
        }
        Body::Fields(fields) => {
            s.push_str("\n# Request body\n\n| Parameter | Type | Description |\n|:--|:--|:--|\n");
            for f in fields {
                let mut d = f
                    .description
                    .as_ref()
                    .map_or(String::new(), |d| text(d.value.trim()));
                if f.required {
                    d.push_str(" Required.");
                }
                let _ = writeln!(
                    s,
                    "| {} | {} | {} |",
                    cell(&text(&f.json_name.value)),
                    cell(&text(&f.ty.value.spec_name())),
                    cell(d.trim())
                );
            }
            for rule in &spec.rules {
                if let Some(d) = &rule.description {
                    let _ = write!(s, "\n{}\n", text(d.value.trim()));
                }
            }
        }
    }
    let status = resolved.status;
    let body = match &spec.response.body.value {
        Body::None => "It does not return anything in the response body.".to_owned(),
        Body::Model(m) => format!("The response body is a {} object.", code(&m.value)),
        Body::Collection(m) => format!(
            "The response body is a page of {} objects; follow `@odata.nextLink` for the next page.",
            code(&m.value)
        ),
        Body::Delta(m) => format!(
            "The response body is a page of changed {} objects and removed ones \
             (`@removed`); follow `@odata.nextLink`, and resume the next round from \
             `@odata.deltaLink` (`Client::delta`, `Client::delta_from`).",
            code(&m.value)
        ),
        Body::Fields(_) => "The response body is a JSON object.".to_owned(),
        Body::Bytes(media) if resolved.status.code == 302 => format!(
            "The `Location` header is a URL of the content, of type {}; the client follows it \
             (without the bearer token to another host) and returns the content.",
            code(&media.value)
        ),
        Body::Bytes(media) => format!(
            "The response body is the content's bytes, of type {}.",
            code(&media.value)
        ),
    };
    let _ = write!(
        s,
        "\n# Response\n\nIf successful, this method returns `{} {}`. {body}\n",
        status.code, status.reason
    );
    if let Some(url) = &spec.docs_url {
        let _ = write!(
            s,
            "\nSee the [Microsoft Graph documentation]({}).\n",
            destination(&url.value)
        );
    }
    s
}

/// Documentation of a path variant's constructor.
pub(crate) fn variant_doc(spec: &EndpointSpec, p: &PathVariant, v: &Variant) -> String {
    let mut s = format!(
        "Starts a request on {}.\n",
        code(&format!("{} {}", spec.method.as_str(), v.docs_template))
    );
    match p.description.as_ref().map(|d| text(d.value.trim())) {
        // A one-line description reads as the summary's second sentence.
        Some(d) if !d.contains('\n') => {
            s.pop();
            let _ = writeln!(s, " {d}");
        }
        Some(d) => {
            let _ = write!(s, "\n{d}\n");
        }
        None => {}
    }
    s
}

/// `#[doc]` attributes, one per line, so formatted output reads as `///` comments.
pub(crate) fn attrs(text: &str) -> TokenStream {
    text.trim_end()
        .lines()
        .map(|line| {
            let line = if line.is_empty() {
                String::new()
            } else {
                format!(" {line}")
            };
            quote!(#[doc = #line])
        })
        .collect()
}
