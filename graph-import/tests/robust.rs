//! Odd and broken pages never panic: they import, or are rejected with a
//! located error.

mod common;

use graph_import::{Options, Severity};

#[test]
fn broken_pages_are_rejected_not_panicked_on() {
    let deep_spans = format!(
        "{}x{}",
        "<span class=\"sxs-lookup\">".repeat(2000),
        "</span>".repeat(2000)
    );
    let pages = [
        String::new(),
        "# only a title\n".to_owned(),
        "---\ntitle: x\n".to_owned(),
        "<!-- { \"blockType\": \"request\"".to_owned(),
        "[!INCLUDE [x](".to_owned(),
        "# t\n\n## P\n\n|a|\n|-|\n|Mail.Send|\n\n## H\n\n```http\nPOST /me/x{id}\n```\n".to_owned(),
        "# t\n\n## H\n\n```http\nGET /me/{\nGET /\nGET //x\n```\n## R\n\nreturns `200 OK`\n".to_owned(),
        format!("# {deep_spans}\n\n## H\n\n```http\nGET /me/ü/{{id}}\n```\n\n## R\n\n`999`, `2`, `20x`\n"),
        "# t\n\n## P\n\n|T|P|\n|-|-|\n|a|Mail.Read|\n|b|Mail.Read|\n|c|Mail.Read|\n\n## H\n\n```http\nGET /me/messages/{id}\nPOST /me/messages\n```\n\n## R\n\n`200 OK`\n".to_owned(),
    ];
    let dir = common::fresh_dir("robust").join("api-reference/v1.0/api");
    std::fs::create_dir_all(&dir).expect("mkdir");
    let mut paths = Vec::new();
    for (i, text) in pages.iter().enumerate() {
        let path = dir.join(format!("page-{i}.md"));
        std::fs::write(&path, text).expect("write");
        paths.push(path);
    }
    let import = graph_import::import(&paths, &Options::default());
    // Only the last page imports: its first method, the second left out.
    assert_eq!(import.imported, 1, "{:#?}", import.findings);
    assert!(
        import
            .sources
            .values()
            .all(|(page, _)| page.ends_with("page-8.md"))
    );
    for f in &import.findings {
        // Rendering never panics either, whatever the span.
        let _ = f.to_string();
    }
    let errors: Vec<_> = import
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .collect();
    assert!(
        errors
            .iter()
            .any(|f| f.message.contains("glues a placeholder")),
        "{errors:#?}"
    );
    // A second method is left out with a warning; the first is the spec.
    assert!(
        import
            .findings
            .iter()
            .any(|f| f.severity == Severity::Warning
                && f.message
                    .contains("`POST` in a page whose first request line is `GET`; line left out")),
        "{:#?}",
        import.findings
    );
    let _ = graph_import::lint(&paths, &Options::default());
}
