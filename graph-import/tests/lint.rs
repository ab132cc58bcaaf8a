//! lint-docs finds the inconsistencies that are in the docs: seeded ones in a
//! fixture, and the ones in the shared corpus when it is there.

mod common;

use graph_import::{Finding, Severity};

fn lint(paths: &[std::path::PathBuf]) -> Vec<Finding> {
    let options = graph_import::Options {
        version: None,
        include_dirs: vec![common::fixtures().join("includes")],
        merge_into: None,
        facts_only: false,
        by_area: false,
    };
    graph_import::lint(paths, &options)
}

fn find<'a>(findings: &'a [Finding], message: &str) -> Vec<&'a Finding> {
    findings
        .iter()
        .filter(|f| f.message.contains(message))
        .collect()
}

#[test]
fn seeded_status_and_path_contradictions_are_located_errors() {
    let page = common::fixtures().join("seeds/api-reference/v1.0/api/message-send.md");
    let findings = lint(&[page]);
    let status = find(
        &findings,
        "example response is `200` but the page says the method returns `202 Accepted`",
    );
    assert_eq!(status.len(), 1, "{findings:#?}");
    assert_eq!(status[0].severity, Severity::Error);
    assert_eq!(status[0].line(), 122);
    assert!(
        status[0].to_string().contains("HTTP/1.1 200 OK"),
        "{}",
        status[0]
    );
    let path = find(
        &findings,
        "example request path `/me/mesages/{id}/send` matches no HTTP request template",
    );
    assert_eq!(path.len(), 1, "{findings:#?}");
    assert_eq!(path[0].line(), 71);
    assert_eq!(
        findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .count(),
        2,
        "{findings:#?}"
    );
    let body = find(
        &findings,
        "example request sends a JSON body (`saveToSentItems`, ...)",
    );
    assert_eq!(body.len(), 1, "{findings:#?}");
    assert_eq!((body[0].severity, body[0].line()), (Severity::Warning, 75));
}

#[test]
fn the_unseeded_page_and_its_translations_are_clean() {
    let fx = common::fixtures();
    let findings = lint(&[
        fx.join("en-US/api-reference/beta/api/message-send.md"),
        fx.join("locales/message-send.beta.de-DE.md"),
    ]);
    assert!(findings.is_empty(), "{findings:#?}");
}

#[test]
fn locales_that_disagree_on_status_permissions_or_headers_are_errors() {
    let fx = common::fixtures();
    let dir = common::fresh_dir("lint-locales");
    let de =
        std::fs::read_to_string(fx.join("locales/message-send.beta.de-DE.md")).expect("fixture");
    let drifted = de
        .replacen("<span data-ttu-id=\"8b90a-118\">Mail.Send</span><span class=\"sxs-lookup\"><span data-stu-id=\"8b90a-118\">Mail.Send</span></span>", "Mail.ReadWrite", 1)
        .replacen("`202 Accepted`", "`200 OK`", 2);
    assert_ne!(drifted, de);
    let page = dir.join("message-send.beta.de-DE.md");
    std::fs::write(&page, drifted).expect("write");
    let findings = lint(&[
        fx.join("en-US/api-reference/beta/api/message-send.md"),
        page,
    ]);
    let errors: Vec<&str> = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| f.message.as_str())
        .collect();
    assert!(
        errors.iter().any(|m| m.starts_with("permissions differ")),
        "{findings:#?}"
    );
    assert!(
        errors
            .iter()
            .any(|m| m.starts_with("status `200 OK` differs")),
        "{findings:#?}"
    );
}

/// The corpus has its own inconsistencies; the linter must find them.
#[test]
fn the_corpus_inconsistencies_are_found() {
    let Some(corpus) = common::corpus() else {
        eprintln!("shared corpus not found; the seeded fixtures cover the checks");
        return;
    };
    let findings = lint(&[corpus]);
    let at = |name: &str, message: &str| {
        findings.iter().any(|f| {
            f.path.ends_with(name) && f.message.contains(message) && f.severity == Severity::Error
        })
    };
    // The example answers 200 OK where the prose says 202 Accepted.
    assert!(
        at("beta/api/event-accept.md", "example response is `200`"),
        "{findings:#?}"
    );
    // The templates say /users/me/messages/{id}/replyAll; the example posts to /me/messages/...
    assert!(
        at(
            "v1.0/api/message-replyall.md",
            "matches no HTTP request template"
        ),
        "{findings:#?}"
    );
    // The example answers 200 OK where the prose says 201 Created.
    assert!(
        at(
            "v1.0/api/message-copy.md",
            "example response is `200` but the page says the method returns `201 Created`"
        ),
        "{findings:#?}"
    );
    // The MIME example reads /$value, which the page's second request block
    // lists: it fits the `$value` routes' own spec.
    assert!(
        !findings
            .iter()
            .any(|f| f.path.ends_with("v1.0/api/message-get.md")
                && f.message.contains("$value")
                && f.message.contains("matches no HTTP request template")),
        "{findings:#?}"
    );
    // Versions of one endpoint that disagree on permissions are reported (as warnings).
    assert!(
        findings
            .iter()
            .any(|f| f.path.ends_with("v1.0/api/message-get.md")
                && f.message.starts_with("permissions differ")
                && f.severity == Severity::Warning),
        "{findings:#?}"
    );
}
