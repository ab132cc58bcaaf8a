//! The OData query options a page names: its table, prose and example URLs.

use std::collections::HashSet;

use crate::ir::{ExampleRequest, Query, ResponseBody};
use crate::markdown::Block;
use crate::page::{Page, Section};

/// OData query parameters: the ones a table lists (`$top`, ...), the ones
/// the section's prose names in code spans (`supports the `$select` and
/// `$filter` OData query parameters`), and the ones the example requests
/// use; where none is named but the section links the OData query
/// parameters page, the standard set for the response's shape.
pub(super) fn read_query(
    page: &Page,
    sections: &[Section],
    method: &str,
    response: &ResponseBody,
    examples: &[ExampleRequest],
) -> Vec<Query> {
    let mut out: Vec<Query> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    let mut odata = false;
    let mut push = |out: &mut Vec<Query>, name: &str, description: String| {
        if seen.insert(name.to_ascii_lowercase()) {
            let description = if description.is_empty() {
                standard_description(name).to_owned()
            } else {
                description
            };
            out.push(Query {
                name: name.to_owned(),
                ty: query_type(name),
                description,
            });
        }
    };
    for s in sections {
        for block in page.blocks(*s) {
            match block {
                Block::Table { rows, .. } => {
                    for row in rows {
                        let Some(name) = row.first().and_then(|c| odata_name(c.text.trim())) else {
                            continue;
                        };
                        if name.len() == row[0].text.trim().len() {
                            let description =
                                row.last().map(|c| c.text.clone()).unwrap_or_default();
                            push(&mut out, name, description);
                        }
                    }
                }
                Block::Para(p) => {
                    odata |= p.links.iter().any(|l| l.dest.contains("query-parameters"));
                    for (code, _) in &p.codes {
                        if let Some(name) = odata_name(code).filter(|n| is_system_option(n)) {
                            push(&mut out, name, String::new());
                        }
                    }
                }
                _ => {}
            }
        }
    }
    for e in examples.iter().filter(|e| e.method == method) {
        for name in &e.odata {
            push(&mut out, name, String::new());
        }
    }
    if out.is_empty() && odata && method == "GET" {
        let names: &[&str] = match response {
            ResponseBody::Collection(_) => &[
                "$select", "$filter", "$orderby", "$top", "$skip", "$expand", "$count", "$search",
            ],
            _ => &["$select", "$expand"],
        };
        for name in names {
            push(&mut out, name, String::new());
        }
    }
    out
}

/// The OData system query options Graph documents; prose and example URLs
/// name only these (`$value` and `$ref` in prose are path segments).
pub(super) fn is_system_option(name: &str) -> bool {
    [
        "$select",
        "$filter",
        "$orderby",
        "$top",
        "$skip",
        "$expand",
        "$count",
        "$search",
        "$format",
        "$skiptoken",
        "$deltatoken",
    ]
    .iter()
    .any(|o| o.eq_ignore_ascii_case(name))
}

/// The OData system query option a text starts with (`$filter=id eq 1` ->
/// `$filter`), if it is one of the standard ones or a `$`-name of a table row.
pub(super) fn odata_name(text: &str) -> Option<&str> {
    let text = text.trim();
    let rest = text.strip_prefix('$')?;
    let len = rest
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(rest.len());
    (len > 0).then(|| &text[..=len])
}

fn query_type(name: &str) -> &'static str {
    match name {
        "$top" | "$skip" => "int32",
        "$count" => "boolean",
        _ => "string",
    }
}

fn standard_description(name: &str) -> &'static str {
    match name {
        "$select" => "Comma-separated properties to return.",
        "$filter" => "Filters the results (OData `$filter`).",
        "$orderby" => "Orders the results (OData `$orderby`).",
        "$top" => "The number of items per page.",
        "$skip" => "The number of items to skip; set in `@odata.nextLink`.",
        "$expand" => "Related resources to include in the response.",
        "$count" => "Whether to include the total count of items.",
        "$search" => "Restricts the results to items matching a search expression.",
        _ => "",
    }
}
