//! Permissions tables in both shapes the docs use, inline or included:
//!
//! * `Permission type | Permissions (from least to most privileged)`: one
//!   cell per type, names separated by commas;
//! * `Permission type | Least privileged permissions | Higher privileged permissions`.
//!
//! Rows are in the docs' fixed order (delegated work or school, delegated
//! personal, application), so their labels are never read: a cell with no
//! dotted permission name is "not supported" in whatever language it is written.

use std::ops::Range;
use std::path::PathBuf;

use crate::ir::{Permissions, Perms};
use crate::markdown::{Block, Include, Inline};
use crate::page::Page;
use crate::report::{Annotate, Sink};

/// Whether `name` is a permission name: dotted segments of letters, digits
/// and `-`, starting upper case, at least one dot (`Mail.Send`).
pub fn is_permission(name: &str) -> bool {
    let mut segments = name.split('.');
    let first_ok = segments
        .next()
        .is_some_and(|s| s.starts_with(|c: char| c.is_ascii_uppercase()));
    first_ok
        && name.contains('.')
        && name
            .split('.')
            .all(|s| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
}

/// The permission names in a cell, in order.
fn names(cell: &Inline) -> Vec<String> {
    cell.text
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '.' || c == '-'))
        .map(|t| t.trim_end_matches('.'))
        .filter(|t| is_permission(t))
        .map(str::to_owned)
        .collect()
}

/// A table whose cells after the first column hold permission names.
pub fn is_permissions_table(rows: &[Vec<Inline>]) -> bool {
    rows.iter()
        .any(|r| r.iter().skip(1).any(|c| !names(c).is_empty()))
        && rows.iter().all(|r| r.len() == 2 || r.len() == 3)
}

/// `[!INCLUDE [...](../includes/permissions/...)]`.
pub fn is_permissions_include(include: &Include) -> bool {
    include.path.contains("permissions/") || include.name.contains("permissions")
}

/// Reads a permissions table (rows in the docs' order).
pub fn from_table(
    head: &[Inline],
    rows: &[Vec<Inline>],
    span: Range<usize>,
    sink: &mut Sink,
) -> Option<Permissions> {
    if rows.len() != 3 {
        sink.error(
            format!(
                "the permissions table has {} rows; expected 3 (delegated work or school, delegated personal, application)",
                rows.len()
            ),
            span,
        )
        .with_label("permissions table")
        .with_help("the spec language holds exactly these three permission types");
        return None;
    }
    let columns = head.len().max(rows[0].len());
    let mut lists: Vec<Perms> = Vec::new();
    for row in rows {
        let mut all: Vec<String> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        // Two columns: the list. Three: least privileged, then higher privileged.
        for cell in row.iter().skip(1).take(columns.saturating_sub(1)) {
            for n in names(cell) {
                if seen.insert(n.to_ascii_lowercase()) {
                    all.push(n);
                }
            }
        }
        let least_supported = row.get(1).is_some_and(|c| !names(c).is_empty());
        lists.push(if least_supported {
            Perms::List(all)
        } else {
            Perms::NotSupported
        });
    }
    let mut it = lists.into_iter();
    let (Some(w), Some(p), Some(a)) = (it.next(), it.next(), it.next()) else {
        return None; // infallible: three rows checked above
    };
    if [&w, &p, &a].iter().all(|x| **x == Perms::NotSupported) {
        sink.error("no permission type is supported", span)
            .with_label("every row says not supported")
            .with_help("a spec needs at least one supported permission type");
        return None;
    }
    Some(Permissions {
        delegated_work: w,
        delegated_personal: p,
        application: a,
        span,
    })
}

/// Reads the permissions from an include, resolved relative to the page, then
/// in each of `include_dirs` by file name.
pub fn from_include(
    page: &Page,
    include: &Include,
    include_dirs: &[PathBuf],
    sink: &mut Sink,
) -> Option<Permissions> {
    let beside = page.resolve(&include.path);
    let file_name = beside.file_name().map(PathBuf::from).unwrap_or_default();
    let candidates =
        std::iter::once(beside.clone()).chain(include_dirs.iter().map(|d| d.join(&file_name)));
    for path in candidates {
        let Ok(inc) = Page::read(&path) else {
            continue;
        };
        let mut inner = inc.sink();
        let table = inc.doc.blocks.iter().find_map(|b| match b {
            Block::Table { head, rows, span } if is_permissions_table(rows) => {
                Some((head, rows, span))
            }
            _ => None,
        });
        let Some((head, rows, span)) = table else {
            sink.error(
                format!(
                    "permissions include `{}` has no permissions table",
                    path.display()
                ),
                include.span.clone(),
            )
            .with_label("included here");
            return None;
        };
        let result = from_table(head, rows, span.clone(), &mut inner);
        sink.findings.extend(inner.findings);
        return result.map(|p| Permissions {
            span: include.span.clone(),
            ..p
        });
    }
    sink.error(
        format!("permissions include `{}` not found", beside.display()),
        include.span.clone(),
    )
    .with_label("missing include")
    .with_help(&format!(
        "copy `{}` from the docs repository to `{}`, or put a file of that name with the permissions table in a folder given with `--includes DIR`",
        include.path,
        beside.display()
    ));
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn permission_names() {
        assert!(is_permission("Mail.Send"));
        assert!(is_permission("Mail.ReadWrite.Shared"));
        assert!(!is_permission("Not"));
        assert!(!is_permission("String"));
        assert!(!is_permission("mail.send"));
    }
}
