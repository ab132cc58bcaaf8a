//! Permissions tables in both shapes the docs use, inline or included:
//!
//! * `Permission type | Permissions (from least to most privileged)`: one
//!   cell per type, names separated by commas;
//! * `Permission type | Least privileged permissions | Higher privileged permissions`.
//!
//! Rows are in the docs' fixed order (delegated work or school, delegated
//! personal, application), so their labels are never read: a cell with no
//! dotted permission name is "not supported" in whatever language it is
//! written, unless it is the docs' word for "None" ([`says_none`]).

use std::ops::Range;
use std::path::PathBuf;

use crate::ir::{Permissions, Perms};
use crate::markdown::{Block, Include, Inline};
use crate::page::{Page, Pages};
use crate::report::{Annotate, Sink};

/// Whether `name` is a permission name: dotted segments of letters, digits
/// and `-`, at least one dot, the first segment starting with a letter (the
/// case varies: `eDiscovery.Read.All`) and the others upper case (so that
/// `microsoft.graph` is not one).
pub fn is_permission(name: &str) -> bool {
    let mut segments = name.split('.');
    let first_ok = segments
        .next()
        .is_some_and(|s| s.starts_with(|c: char| c.is_ascii_alphabetic()));
    first_ok
        && name.contains('.')
        && segments.all(|s| s.starts_with(|c: char| c.is_ascii_uppercase()))
        && name
            .split('.')
            .all(|s| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
}

/// The permission names in a cell, in order.
fn names(cell: &Inline) -> Vec<String> {
    rejoin(&cell.text)
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '.' || c == '-'))
        .map(|t| t.trim_end_matches('.'))
        .filter(|t| is_permission(t))
        .map(str::to_owned)
        .collect()
}

/// Machine-translated cells split names after their dots
/// (`EduAssignments. ReadWrite`): a dot followed by spaces and an upper-case
/// letter, after a word with an upper-case letter, is joined again. A
/// sentence end (`Not supported. Application`) follows a lower-case word.
fn rejoin(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains(". ") {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut word_has_upper = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        out.push(c);
        if c == '.' && word_has_upper {
            let rest: String = chars.clone().take_while(|c| *c == ' ').collect();
            let after = chars.clone().nth(rest.len());
            if !rest.is_empty() && after.is_some_and(|a| a.is_ascii_uppercase()) {
                for _ in 0..rest.len() {
                    chars.next();
                }
            }
        }
        if c.is_whitespace() || c == ',' {
            word_has_upper = false;
        } else if c.is_ascii_uppercase() {
            word_has_upper = true;
        }
    }
    std::borrow::Cow::Owned(out)
}

/// A table whose cells after the first column hold permission names (or the
/// docs' "None."): two or three columns (types as rows), or four (types as
/// columns, see [`from_table`]).
pub fn is_permissions_table(rows: &[Vec<Inline>]) -> bool {
    rows.iter().any(|r| {
        r.iter()
            .skip(1)
            .any(|c| !names(c).is_empty() || says_none(c))
    }) && rows.iter().all(|r| (2..=4).contains(&r.len()))
}

/// "None" in the docs' locales: the only cell text read for its words, since
/// nothing else in the table tells "None." (any valid token of the type may
/// call) from "Not supported.". A word not listed reads as not supported,
/// which refuses rather than allows.
const NONE_WORDS: &[&str] = &[
    "none", "无", "無", "なし", "없음", "keine", "keiner", "aucune", "aucun", "ninguno", "ninguna",
    "nenhum", "nenhuma", "nessuno", "nessuna", "нет", "brak", "geen", "ingen", "yok", "žádné",
];

/// Whether a permissions cell is the docs' "None." (in any of their locales).
pub fn says_none(cell: &Inline) -> bool {
    let word = cell
        .text
        .trim_matches(|c: char| c.is_whitespace() || matches!(c, '.' | '。' | '*' | '_'))
        .to_lowercase();
    NONE_WORDS.contains(&word.as_str())
}

/// `[!INCLUDE [...](../includes/permissions/...)]`.
pub fn is_permissions_include(include: &Include) -> bool {
    include.path.contains("permissions/") || include.name.contains("permissions")
}

/// The three permission types, in the docs' order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Work,
    Personal,
    Application,
}

/// Words that mark a row label as the personal-account or the application
/// row, in the docs' locales. Only read when a table does not have exactly
/// three rows; with three, the fixed order says which is which.
const PERSONAL: &[&str] = &[
    "personal",
    "个人",
    "個人",
    "persönlich",
    "personnel",
    "personale",
    "pessoal",
    "личн",
    "개인",
    "kişisel",
    "persoonlijk",
    "osobist",
    "osobní",
];
const APPLICATION: &[&str] = &[
    "application",
    "应用",
    "應用",
    "anwendung",
    "アプリケーション",
    "aplicación",
    "applicazione",
    "aplicativo",
    "aplicação",
    "приложени",
    "응용",
    "애플리케이션",
    "uygulama",
    "toepassing",
    "aplikac",
];

fn kind_of(label: &str) -> Kind {
    let lower = label.to_lowercase();
    if PERSONAL.iter().any(|w| lower.contains(w)) {
        Kind::Personal
    } else if APPLICATION.iter().any(|w| lower.contains(w)) {
        Kind::Application
    } else {
        Kind::Work
    }
}

/// A row label indented under the row before (Intune's `&nbsp; &nbsp;
/// **Policy Set**`): the parsed text is trimmed, so the source says it.
fn is_sub_row(label: &Inline, source: &str) -> bool {
    let raw = source.get(label.span.clone()).unwrap_or("");
    raw.trim_start_matches([' ', '|'])
        .starts_with(['\u{a0}', '&'])
        || label.text.starts_with('\u{a0}')
}

/// Names of one row: two columns, the list; three, least privileged then higher.
fn row_names(row: &[Inline], columns: usize) -> Vec<String> {
    row.iter()
        .skip(1)
        .take(columns.saturating_sub(1))
        .flat_map(names)
        .collect()
}

/// Reads a permissions table. Three shapes:
///
/// * types as rows, exactly three: the docs' fixed order (delegated work or
///   school, delegated personal, application), labels never read;
/// * types as rows, some other number (one table per scenario, Intune's
///   sub-rows under an empty type row, a type left out): sub-rows join the
///   row above; each row's type is told by its label, and rows of one type
///   are merged, in order;
/// * types as columns (`Supported resource | Delegated (work or school) |
///   Delegated (personal) | Application`, one row per resource kind): each
///   column's names over all rows.
///
/// A column ordered "from most to least privileged" (Intune) is reversed, so
/// the spec's first name is the least privileged, as elsewhere.
pub fn from_table(
    source: &str,
    head: &[Inline],
    rows: &[Vec<Inline>],
    span: Range<usize>,
    sink: &mut Sink,
) -> Option<Permissions> {
    let columns = head.len().max(rows.first().map_or(0, Vec::len));
    let mut lists: [Vec<String>; 3] = Default::default();
    let mut least: [bool; 3] = [false; 3];
    // A type whose cell says "None." (and which names nothing elsewhere).
    let mut none: [bool; 3] = [false; 3];
    let slot = |k: Kind| match k {
        Kind::Work => 0,
        Kind::Personal => 1,
        Kind::Application => 2,
    };
    let mut by_resource = Vec::new();
    if columns == 4 {
        for row in rows {
            let mut own: [Perms; 3] = [
                Perms::NotSupported,
                Perms::NotSupported,
                Perms::NotSupported,
            ];
            for (i, cell) in row.iter().skip(1).take(3).enumerate() {
                let found = names(cell);
                least[i] |= !found.is_empty();
                if found.is_empty() && says_none(cell) {
                    none[i] = true;
                    own[i] = Perms::NoneRequired;
                }
                if !found.is_empty() {
                    own[i] = Perms::List(found.clone());
                }
                lists[i].extend(found);
            }
            if let Some(resource) = row.first().and_then(resource_of_row) {
                by_resource.push((resource, own));
            }
        }
    } else if rows.len() == 3 {
        for (i, row) in rows.iter().enumerate() {
            least[i] = row.get(1).is_some_and(|c| !names(c).is_empty());
            none[i] = row.get(1).is_some_and(says_none);
            lists[i] = row_names(row, columns);
        }
    } else {
        let mut current: Option<usize> = None;
        for row in rows {
            let Some(label) = row.first() else { continue };
            let i = match current {
                Some(i) if is_sub_row(label, source) => i,
                _ => slot(kind_of(&label.text)),
            };
            current = Some(i);
            let found = row_names(row, columns);
            least[i] |= row.get(1).is_some_and(|c| !names(c).is_empty());
            none[i] |= row.get(1).is_some_and(says_none);
            lists[i].extend(found);
        }
    }
    let most_first = head
        .iter()
        .any(|h| h.text.to_ascii_lowercase().contains("most to least"));
    let [w, p, a] = lists.map(|mut all| {
        let mut seen = std::collections::HashSet::new();
        all.retain(|n| seen.insert(n.to_ascii_lowercase()));
        if most_first {
            all.reverse();
        }
        all
    });
    let to_perms = |names: Vec<String>, supported: bool, none: bool| {
        if supported && !names.is_empty() {
            Perms::List(names)
        } else if none && names.is_empty() {
            Perms::NoneRequired
        } else {
            Perms::NotSupported
        }
    };
    // "None." means no permission is needed only in a table that names
    // none at all (`application: addKey`). Beside named permissions it is the
    // docs' "not applicable" (`servicePrincipal: addKey` says "None." for
    // personal accounts, which have no service principals; other locales
    // translate "n/a" to their word for none), so it refuses rather than
    // lets any token in.
    if least.iter().any(|&named| named) {
        none = [false; 3];
        for (_, own) in &mut by_resource {
            for perms in own.iter_mut() {
                if *perms == Perms::NoneRequired {
                    *perms = Perms::NotSupported;
                }
            }
        }
    }
    let (w, p, a) = (
        to_perms(w, least[0], none[0]),
        to_perms(p, least[1], none[1]),
        to_perms(a, least[2], none[2]),
    );
    if [&w, &p, &a].iter().all(|x| **x == Perms::NotSupported) {
        sink.error("no permission type is supported", span)
            .with_label("no row names a permission")
            .with_help("a spec needs at least one supported permission type");
        return None;
    }
    Some(Permissions {
        delegated_work: w,
        delegated_personal: p,
        application: a,
        span,
        resource: None,
        other_users: Vec::new(),
        by_resource,
    })
}

/// The resource a row of a types-as-columns table is about: the name of the
/// resource page its first cell links to (`[事件](../resources/event.md)`
/// -> `event`), lower case.
fn resource_of_row(cell: &Inline) -> Option<String> {
    let link = cell.links.iter().find(|l| l.dest.contains("resources/"))?;
    let file = link.dest.split(['#', '?']).next()?.rsplit('/').next()?;
    let name = file.strip_suffix(".md")?.to_ascii_lowercase();
    (!name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric())).then_some(name)
}

/// The older pages' sentence naming scopes ("One of the following scopes is
/// required to execute this API: *Mail.Send*", in any language). Those
/// scopes were delegated ones: they become the work-or-school list, and the
/// other types are not supported, so the spec refuses rather than allows
/// what the page does not state.
pub fn from_sentence(p: &Inline) -> Option<Permissions> {
    let found = names(p);
    if found.is_empty() || p.links.iter().any(|l| l.dest.ends_with(".md")) {
        return None;
    }
    let mut seen = std::collections::HashSet::new();
    let found: Vec<String> = found
        .into_iter()
        .filter(|n| seen.insert(n.to_ascii_lowercase()))
        .collect();
    Some(Permissions {
        delegated_work: Perms::List(found),
        delegated_personal: Perms::NotSupported,
        application: Perms::NotSupported,
        span: p.span.clone(),
        resource: None,
        other_users: Vec::new(),
        by_resource: Vec::new(),
    })
}

/// Where an include may be: resolved relative to the page, then in each of
/// `include_dirs` by file name, in that order.
pub fn include_paths(page: &Page, include: &Include, include_dirs: &[PathBuf]) -> Vec<PathBuf> {
    let beside = page.resolve(&include.path);
    let file_name = beside.file_name().map(PathBuf::from).unwrap_or_default();
    std::iter::once(beside)
        .chain(include_dirs.iter().map(|d| d.join(&file_name)))
        .collect()
}

/// Reads the permissions from the first of an include's [`include_paths`]
/// that `includes` (read ahead) holds.
pub fn from_include(
    page: &Page,
    include: &Include,
    include_dirs: &[PathBuf],
    includes: &Pages,
    sink: &mut Sink,
) -> Option<Permissions> {
    let beside = page.resolve(&include.path);
    for path in include_paths(page, include, include_dirs) {
        let Some(inc) = includes.get(&path) else {
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
        let result = from_table(&inc.source, head, rows, span.clone(), &mut inner);
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
        assert!(is_permission("eDiscovery.Read.All"));
        assert_eq!(
            rejoin("EduAssignments. ReadWriteBasic, EduAssignments. ReadWrite"),
            "EduAssignments.ReadWriteBasic, EduAssignments.ReadWrite"
        );
        assert_eq!(
            rejoin("Not supported. Application"),
            "Not supported. Application"
        );
        assert!(!is_permission("microsoft.graph"));
    }
}
