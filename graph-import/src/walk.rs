//! The one walk over API pages that import and lint share: find the `.md`
//! files, read each once, skip what is not an API page (an error for a file
//! named explicitly), read the endpoint, hand it on.

use std::collections::HashSet;
use std::path::PathBuf;

use crate::ir::Endpoint;
use crate::page::Page;
use crate::report::{Annotate, Finding, Sink};
use crate::resource::Resources;
use crate::{Options, api, io_finding, is_api_page, markdown_files};

/// Walks the API pages of `paths` in path order, calling `each` with every
/// page whose endpoint could be read (and its findings sink, for more).
/// Every finding goes to `findings`, in page order. Returns the number of
/// API pages read.
pub fn api_pages(
    paths: &[PathBuf],
    options: &Options,
    resources: &mut Resources,
    findings: &mut Vec<Finding>,
    mut each: impl FnMut(Page, Endpoint, &mut Sink),
) -> usize {
    let files = markdown_files(paths, findings);
    let explicit: HashSet<&PathBuf> = paths.iter().filter(|p| !p.is_dir()).collect();
    let mut pages = 0;
    for file in files {
        let page = match Page::read(&file) {
            Ok(p) => p,
            Err(e) => {
                findings.push(io_finding(&file, &e));
                continue;
            }
        };
        if !is_api_page(&page) {
            if explicit.contains(&file) {
                let mut sink = page.sink();
                sink.error(
                    "not an API reference page: no `METHOD /path` request block",
                    0..0,
                )
                .with_label("this page")
                .with_help("resource pages are read through the API pages that link to them");
                findings.extend(sink.findings);
            }
            continue;
        }
        pages += 1;
        let mut sink = page.sink();
        let mut endpoints =
            api::read_endpoint(&page, options, resources, &mut sink).unwrap_or_default();
        // Nearly always one endpoint, which takes the page; a page with
        // `$value` routes gives a second one a copy.
        let last = endpoints.pop();
        for e in endpoints {
            each(page.clone(), e, &mut sink);
        }
        if let Some(e) = last {
            each(page, e, &mut sink);
        }
        findings.extend(sink.findings);
    }
    pages
}
