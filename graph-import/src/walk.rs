//! The one walk over API pages that import and lint share: the reading
//! stage ([`crate::read`]) reads every page the run needs, then each API
//! page is analysed, in path order, against what was read (no I/O), and its
//! endpoints handed on.

use std::path::PathBuf;

use crate::ir::Endpoint;
use crate::page::Page;
use crate::read::{self, File};
use crate::report::{Finding, Sink};
use crate::resource::Resources;
use crate::{Options, api};

/// Walks the API pages of `paths` in path order, calling `each` with every
/// page whose endpoint could be read (and its findings sink, for more).
/// Every finding goes to `findings`, in page order. Returns the number of
/// API pages read, and the resource pages read for them (for the models).
pub fn api_pages(
    paths: &[PathBuf],
    options: &Options,
    findings: &mut Vec<Finding>,
    mut each: impl FnMut(Page, Endpoint, &mut Sink),
) -> (usize, Resources) {
    let read = read::read(paths, options, findings);
    let mut pages = 0;
    for file in read.files {
        let page = match file {
            File::Api(page) => page,
            File::Skipped(own) => {
                findings.extend(own);
                continue;
            }
        };
        pages += 1;
        let mut sink = page.sink();
        let mut endpoints =
            api::read_endpoint(&page, options, &read.resources, &read.includes, &mut sink)
                .unwrap_or_default();
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
    (pages, read.resources)
}
