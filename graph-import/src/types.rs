//! Type cells of body and property tables (`String`, `[message](../resources/message.md)`,
//! `recipient collection`, `Collection(Edm.String)`) as spec types.

use std::path::PathBuf;

use crate::ir::TypeRef;
use crate::markdown::Inline;
use crate::page::Page;
use crate::resource::Resources;

/// The spec primitive of an Edm type name, if it is one.
///
/// The spec language has no Guid, Date, TimeOfDay, Duration or Binary; they
/// travel as JSON strings and are imported as `string` (see the crate docs).
pub fn primitive(name: &str) -> Option<&'static str> {
    let name = name.strip_prefix("Edm.").unwrap_or(name);
    Some(match name.to_ascii_lowercase().as_str() {
        "string" | "guid" | "date" | "timeofday" | "duration" | "binary" | "stream" => "string",
        "boolean" | "bool" => "boolean",
        "int32" | "int16" | "byte" | "sbyte" | "integer" => "int32",
        "int64" => "int64",
        "double" | "single" | "decimal" | "number" => "double",
        "datetimeoffset" | "datetime" => "dateTimeOffset",
        _ => return None,
    })
}

/// Why a type cell could not be typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TypeError {
    /// The cell links to (or names) a resource page that is not there.
    MissingPage(PathBuf),
    /// A named type with no page and no listed values.
    Unknown(String),
    /// Nothing that reads as a type.
    Empty,
}

/// Reads a type cell. `description` gives an enum's values when the type has no page.
pub fn parse(
    cell: &Inline,
    description: &Inline,
    page: &Page,
    resources: &mut Resources,
) -> Result<TypeRef, TypeError> {
    let text = cell.text.trim();
    let lower = text.to_ascii_lowercase();
    let collection = lower.contains("collection");
    let wrap = |t: TypeRef| {
        if collection {
            TypeRef::List(Box::new(t))
        } else {
            t
        }
    };
    if let Some(link) = cell.links.iter().find(|l| is_page_link(&l.dest)) {
        let path = page.resolve(&link.dest);
        return match resources.get(&path) {
            Some(res) => Ok(wrap(TypeRef::Model {
                name: res.name.clone(),
                page: path,
            })),
            None => Err(TypeError::MissingPage(path)),
        };
    }
    let base = text
        .trim_start_matches("Collection(")
        .split(|c: char| c.is_whitespace() || c == ')' || c == '(' || c == ',')
        .find(|w| !w.is_empty())
        .unwrap_or("");
    let base = base.trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
    if base.is_empty() {
        return Err(TypeError::Empty);
    }
    if let Some(p) = primitive(base) {
        return Ok(wrap(TypeRef::Prim(p)));
    }
    let name = base.strip_prefix("microsoft.graph.").unwrap_or(base);
    let guess = page.resolve(&format!("../resources/{}.md", name.to_ascii_lowercase()));
    if let Some(res) = resources.get(&guess) {
        return Ok(wrap(TypeRef::Model {
            name: res.name.clone(),
            page: guess,
        }));
    }
    let values = enum_values(description);
    if values.len() >= 2 && is_type_name(name) {
        return Ok(wrap(TypeRef::Enum {
            name: lower_first(name),
            values,
        }));
    }
    Err(TypeError::Unknown(name.to_owned()))
}

/// Whether a link points at another docs page (not the web).
fn is_page_link(dest: &str) -> bool {
    let path = dest.split(['#', '?']).next().unwrap_or("");
    path.ends_with(".md") && !path.contains("://")
}

/// The code spans of a description that look like enum members.
fn enum_values(description: &Inline) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (code, _) in &description.codes {
        let ok = !code.is_empty()
            && code
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
        if ok && seen.insert(code.as_str()) {
            out.push(code.clone());
        }
    }
    out
}

fn is_type_name(name: &str) -> bool {
    name.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && name.chars().all(|c| c.is_ascii_alphanumeric())
}

/// `BodyType` -> `bodyType` (Graph's type names are camelCase).
pub fn lower_first(name: &str) -> String {
    let mut c = name.chars();
    c.next()
        .map(|f| f.to_ascii_lowercase().to_string() + c.as_str())
        .unwrap_or_default()
}
