//! The rustdoc text of generated items, written like the Graph reference page.
//!
//! Text from a spec (or the docs page it was imported from) is data: it goes
//! through [`text`] or [`code`] on its way into a doc comment, so nothing in
//! it becomes an intra-doc link, HTML or a Markdown link in the user's crate.

use std::collections::HashMap;
use std::fmt::Write;

use proc_macro2::TokenStream;
use quote::quote;

use crate::model::*;
use crate::resolved::{Resolved, Variant};

/// Escapes `|` so table cells stay cells.
fn cell(s: &str) -> String {
    s.replace('|', "\\|")
}

/// Spec prose as rustdoc prose that shows it as written.
///
/// Code spans (`` `inbox` ``) are kept: the specs write names that way, and
/// nothing in a code span is a link or HTML. Elsewhere, what rustdoc would
/// act on is escaped: `[` and `]` (an intra-doc or Markdown link:
/// `[recipient]`, `[text](page.md)`), `<`, `>` and `&` (HTML tags and
/// entities), `\` (an escape), and a backtick that closes no span. A bare
/// URL becomes an autolink (`<https://...>`), which rustdoc asks for.
pub(crate) fn text(s: &str) -> String {
    let closes = closing_runs(s);
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    let mut at = 0;
    let mut prev: Option<char> = None;
    while let Some(c) = s[at..].chars().next() {
        if c == '`' {
            let run = backtick_run(&s[at..]);
            if let Some(&end) = closes.get(&at) {
                // A code span, verbatim through its closing run.
                out.push_str(&s[at..end + run]);
                at = end + run;
            } else {
                out.push_str(&"\\`".repeat(run));
                at += run;
            }
            prev = Some('`');
            continue;
        }
        if !prev.is_some_and(char::is_alphanumeric)
            && let Some(len) = bare_url(&s[at..])
        {
            out.push('<');
            out.push_str(&s[at..at + len]);
            out.push('>');
            at += len;
            prev = Some('/');
            continue;
        }
        match c {
            '\\' => out.push_str("\\\\"),
            '[' => out.push_str("\\["),
            ']' => out.push_str("\\]"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            _ => out.push(c),
        }
        at += c.len_utf8();
        prev = Some(c);
    }
    out
}

/// A literal (a name, a header value, a type) as a code span, fenced with
/// more backticks than it holds, so nothing in it is read as Markdown.
pub(crate) fn code(s: &str) -> String {
    let longest = s.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = if s.starts_with('`') || s.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{s}{pad}{fence}")
}

/// A URL as a Markdown link destination: as it is when nothing in it ends
/// or escapes a destination, else in angle brackets with what cannot stand
/// there percent-encoded.
fn destination(url: &str) -> String {
    let plain = |c: char| !(c.is_whitespace() || c.is_control() || "<>()\\".contains(c));
    if url.chars().all(plain) {
        return url.to_owned();
    }
    let mut out = String::with_capacity(url.len() + 2);
    out.push('<');
    for c in url.chars() {
        match c {
            '<' => out.push_str("%3C"),
            '>' => out.push_str("%3E"),
            '\\' => out.push_str("%5C"),
            c if c.is_whitespace() || c.is_control() => {
                let mut buf = [0u8; 4];
                for b in c.encode_utf8(&mut buf).bytes() {
                    let _ = write!(out, "%{b:02X}");
                }
            }
            c => out.push(c),
        }
    }
    out.push('>');
    out
}

/// The length of the backtick run `s` starts with.
fn backtick_run(s: &str) -> usize {
    s.len() - s.trim_start_matches('`').len()
}

/// For each backtick run, where the next run of the same length starts:
/// what closes a code span it opens (CommonMark pairs runs of equal length;
/// runs of other lengths between them are the span's text). One backward
/// pass over the runs: linear in `s`.
fn closing_runs(s: &str) -> HashMap<usize, usize> {
    let mut runs = Vec::new();
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'`' {
            let run = backtick_run(&s[i..]);
            runs.push((i, run));
            i += run;
        } else {
            i += 1;
        }
    }
    let mut next_of_length: HashMap<usize, usize> = HashMap::new();
    let mut closes = HashMap::new();
    for &(at, run) in runs.iter().rev() {
        if let Some(&close) = next_of_length.get(&run) {
            closes.insert(at, close);
        }
        next_of_length.insert(run, at);
    }
    closes
}

/// The length of the URL `s` starts with (`http://` or `https://` and what
/// follows up to a space or a delimiter, without trailing punctuation).
fn bare_url(s: &str) -> Option<usize> {
    let scheme = ["https://", "http://"]
        .into_iter()
        .find(|p| s.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p)))?;
    let end = s
        .find(|c: char| c.is_whitespace() || "<>\"'`[]()|{}\\".contains(c))
        .unwrap_or(s.len());
    let url = s[..end].trim_end_matches(['.', ',', ';', ':', '!', '?']);
    (url.len() > scheme.len()).then_some(url.len())
}

/// The permissions table as the Graph docs print it.
pub(crate) fn permissions_table(spec: &EndpointSpec) -> String {
    let mut s = String::from(
        "One of the following permissions is required to call this API.\n\n\
         | Permission type | Permissions (from least to most privileged) |\n\
         |:--|:--|\n",
    );
    for (kind, _) in PermissionKind::ALL {
        let perms = spec
            .permissions_for(kind)
            .map_or_else(|| "Not supported.".to_owned(), |p| text(&p.join(", ")));
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
    let mut s = format!(
        "{}\n\n{}\n",
        text(&spec.name.value),
        text(&spec.summary.value)
    );
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
        Body::Fields(_) => "The response body is a JSON object.".to_owned(),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_and_html_in_spec_text_are_shown_not_followed() {
        assert_eq!(text("[recipient]"), "\\[recipient\\]");
        assert_eq!(
            text("A [message](message.md) or <br> & &amp;"),
            "A \\[message\\](message.md) or &lt;br&gt; &amp; &amp;amp;"
        );
        assert_eq!(text("C:\\dir"), "C:\\\\dir");
        assert_eq!(text("plain, *as* written"), "plain, *as* written");
    }

    #[test]
    fn code_spans_are_kept_and_stray_backticks_escaped() {
        assert_eq!(text("such as `inbox` or `[x]`"), "such as `inbox` or `[x]`");
        assert_eq!(text("`` a ` b `` [c]"), "`` a ` b `` \\[c\\]");
        assert_eq!(text("it's ` alone [x]"), "it's \\` alone \\[x\\]");
        // A run closes only a run of its own length.
        assert_eq!(text("`a`` b"), "\\`a\\`\\` b");
        assert_eq!(text("` `` ` `` x ``"), "` `` ` `` x ``");
    }

    #[test]
    fn bare_urls_become_autolinks() {
        assert_eq!(
            text("See https://learn.microsoft.com/graph/x?a=1&b=2."),
            "See <https://learn.microsoft.com/graph/x?a=1&b=2>."
        );
        assert_eq!(text("(http://a.b/c)"), "(<http://a.b/c>)");
        assert_eq!(text("nohttps://x"), "nohttps://x");
        assert_eq!(text("https:// alone"), "https:// alone");
    }

    #[test]
    fn code_fences_outlast_the_literal() {
        assert_eq!(code("Bearer {token}"), "`Bearer {token}`");
        assert_eq!(code("a`b"), "``a`b``");
        assert_eq!(code("`x`"), "`` `x` ``");
        assert_eq!(destination("https://x.test/a?b=c"), "https://x.test/a?b=c");
        assert_eq!(
            destination("https://x.test/a b<c>(d)"),
            "<https://x.test/a%20b%3Cc%3E(d)>"
        );
    }

    #[test]
    fn escaping_is_linear() {
        // Many backtick runs of distinct lengths, none closed.
        let mut s = String::new();
        for n in 1..2000 {
            s.push_str(&"`".repeat(n));
            s.push('x');
        }
        let started = std::time::Instant::now();
        let escaped = text(&s);
        assert!(escaped.len() > s.len());
        assert!(started.elapsed() < std::time::Duration::from_secs(2));
    }
}
