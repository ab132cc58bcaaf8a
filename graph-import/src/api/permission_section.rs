//! The permissions section: the table (or its include, or the older
//! pages' scopes sentence) read into the spec's permissions.

use crate::ir::Permissions;
use crate::markdown::Block;
use crate::page::{Page, Pages, Section};
use crate::permissions;
use crate::report::{Annotate, Sink};

/// The permissions: from the table in the section before the HTTP request
/// (or any before the examples), or from its include.
pub(super) fn read_permissions(
    page: &Page,
    before: &[Section],
    http_idx: usize,
    options: &crate::Options,
    includes: &Pages,
    sink: &mut Sink,
) -> Option<Permissions> {
    let order: Vec<usize> = (0..http_idx)
        .rev()
        .chain(http_idx + 1..before.len())
        .collect();
    for i in order {
        let s = before[i];
        let range = page.doc.blocks[s.start..s.end]
            .first()
            .map_or(0..0, |b| b.offset()..page.doc.blocks[s.end - 1].end());
        let section_span =
            page.doc.blocks[s.heading].offset()..range.end.max(page.doc.blocks[s.heading].end());
        // A table in the section wins over an include beside it: such
        // includes are often notes (`teamwork-permissions-note.md`).
        for block in page.blocks(s) {
            if let Block::Table { head, rows, span } = block
                && permissions::is_permissions_table(rows)
            {
                return permissions::from_table(&page.source, head, rows, span.clone(), sink);
            }
        }
        if let Some(include) = page.doc.includes.iter().find(|inc| {
            inc.span.start >= section_span.start
                && inc.span.end <= section_span.end
                && permissions::is_permissions_include(inc)
        }) {
            return permissions::from_include(page, include, &options.include_dirs, includes, sink);
        }
    }
    // The older pages' only statement: "One of the following scopes is
    // required to execute this API: *Mail.Send*", in the section before the
    // request block.
    for s in before[..http_idx].iter().rev() {
        for block in page.blocks(*s) {
            if let Block::Para(p) = block
                && let Some(found) = permissions::from_sentence(p)
            {
                return Some(found);
            }
        }
    }
    // A permissions-shaped table (2 to 4 columns) in the section before the
    // request block, none of whose cells names a permission or reads as the
    // docs' "None." in a known locale: it cannot be told from a table of
    // types that are all not supported.
    if let Some(span) = before[..http_idx].last().and_then(|s| {
        page.blocks(*s).iter().find_map(|b| match b {
            Block::Table { rows, span, .. }
                if !rows.is_empty() && rows.iter().all(|r| (2..=4).contains(&r.len())) =>
            {
                Some(span.clone())
            }
            _ => None,
        })
    }) {
        sink.error(
            "the permissions table names no permission, and no cell reads as \"None.\" in a known language",
            span,
        )
        .with_label("no permission names")
        .with_help("a spec lists the permissions each supported type needs, `\"none required\"` where the docs say \"None.\", or `\"not supported\"`");
        return None;
    }
    let at = page
        .doc
        .blocks
        .first()
        .map_or(0..0, |b| b.offset()..b.end());
    sink.error("no permissions table and no permissions include", at)
        .with_label("in this page")
        .with_help("an API page lists its permissions in a table (Permission type | Permissions) or `[!INCLUDE [permissions-table](../includes/permissions/NAME.md)]`");
    None
}
