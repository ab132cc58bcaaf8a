//! Type cells of body and property tables (`String`, `[message](../resources/message.md)`,
//! `recipient collection`, `Collection(Edm.String)`) as spec types.

use std::path::{Path, PathBuf};

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
    Some(match name.to_lowercase().as_str() {
        "string" | "guid" | "date" | "timeofday" | "duration" | "binary" | "stream" => "string",
        "boolean" | "bool" => "boolean",
        "int32" | "int16" | "byte" | "sbyte" | "integer" | "int" => "int32",
        "int64" => "int64",
        "double" | "single" | "decimal" | "number" => "double",
        "datetimeoffset" | "datetime" => "dateTimeOffset",
        other => return translated_primitive(other),
    })
}

/// The primitive type names the localized trees translate (`字符串`,
/// `Zeichenfolge`, `Boolescher Wert`): the only words a type cell is read by.
fn translated_primitive(lower: &str) -> Option<&'static str> {
    Some(match lower {
        "字符串" | "字串" | "文字列" | "zeichenfolge" | "chaîne" | "cadena" | "cadeia"
        | "stringa" | "期限" | "持续时间" | "日期" | "dauer" | "datum" => "string",
        "布尔" | "布尔值" | "布林值" | "ブール値" | "boolescher" | "boolesch" | "booléen"
        | "booleano" => "boolean",
        "整数" | "整型" | "ganzzahl" | "entier" | "entero" | "inteiro" => "int32",
        "双精度" | "双精度浮点数" | "浮点" | "浮点数" => "double",
        "日期时间" | "日期时间偏移" | "日期时间偏移量" | "datumuhrzeit" => {
            "dateTimeOffset"
        }
        _ => return None,
    })
}

/// Words for "collection" in type cells (`字符串集合`, `Zeichenfolgensammlung`).
const COLLECTION: &[&str] = &[
    "collection",
    "集合",
    "コレクション",
    "sammlung",
    "auflistung",
];

/// A type cell's text without a collection word, so a translated base is found.
fn strip_collection(text: &str) -> String {
    let mut out = text.to_owned();
    for w in COLLECTION {
        out = out.replace(w, " ");
    }
    out
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
    /// A type the spec language has no counterpart for (`Edm.Json`, any JSON).
    NoSpecType(&'static str),
}

/// Reads a type cell. `description` gives an enum's values when the type has no page.
pub fn parse(
    cell: &Inline,
    description: &Inline,
    page: &Page,
    resources: &Resources,
) -> Result<TypeRef, TypeError> {
    let text = cell.text.trim();
    let lower = text.to_lowercase();
    let collection = COLLECTION.iter().any(|w| lower.contains(w));
    let wrap = |t: TypeRef| {
        if collection {
            TypeRef::List(Box::new(t))
        } else {
            t
        }
    };
    if let Some(link) = cell.links.iter().find(|l| is_page_link(&l.dest)) {
        let mut path = page.resolve(&link.dest);
        if resources.get(&path).is_none() {
            // A broken link: the tree may have the type's page under
            // another area's prefix.
            let named = link.text.trim();
            if let Some(found) = path
                .parent()
                .filter(|_| is_type_name(named))
                .map(Path::to_path_buf)
                .and_then(|dir| resources.find_by_name(&dir, named))
            {
                path = found;
            }
        }
        let Some(res) = resources.get(&path) else {
            return Err(TypeError::MissingPage(path));
        };
        if res.name.eq_ignore_ascii_case("json") {
            // `json.md`: any JSON value (the workbook APIs' `Json`).
            return Err(TypeError::NoSpecType("Json"));
        }
        // An enumeration: a section of `enums.md` (by the link's anchor) or
        // a page of its own. Its members are the wire values, in Graph's case.
        let anchor = link
            .dest
            .split_once('#')
            .map(|(_, a)| a.to_ascii_lowercase());
        let members = match &anchor {
            Some(a) => res.enums.get(a).cloned(),
            None => None,
        }
        .or_else(|| res.members.clone());
        if let Some(values) = members {
            let named = link.text.trim();
            let name = if is_type_name(named) {
                lower_first(named)
            } else {
                lower_first(&res.name)
            };
            if is_type_name(&name) {
                return Ok(wrap(TypeRef::Enum { name, values }));
            }
        }
        if anchor.is_some() && !res.enums.is_empty() {
            // A link into an enums page whose section is not there.
            return Err(TypeError::Unknown(link.text.trim().to_owned()));
        }
        return Ok(wrap(TypeRef::Model {
            name: res.name.clone(),
            page: path,
        }));
    }
    if lower.contains("edm.json") {
        return Err(TypeError::NoSpecType("Edm.Json"));
    }
    let base = named_type(text);
    if base.is_empty() {
        return Err(TypeError::Empty);
    }
    if let Some(p) = primitive(&base) {
        return Ok(wrap(TypeRef::Prim(p)));
    }
    let name = base.strip_prefix("microsoft.graph.").unwrap_or(&base);
    let guess = guessed_page(page, name);
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

/// The type a cell without a page link names: its first word, without
/// `Collection(...)` or a collection word; empty when there is none.
pub fn named_type(cell_text: &str) -> String {
    let text = cell_text.trim();
    let lower = text.to_lowercase();
    let collection = COLLECTION.iter().any(|w| lower.contains(w));
    let stripped;
    let base_text = if collection {
        stripped = strip_collection(&lower);
        stripped.as_str()
    } else {
        text
    };
    let base = base_text
        .trim_start_matches("Collection(")
        .trim_start_matches("collection(")
        .split(|c: char| c.is_whitespace() || c == ')' || c == '(' || c == ',')
        .find(|w| !w.is_empty())
        .unwrap_or("");
    base.trim_matches(|c: char| !c.is_alphanumeric() && c != '.')
        .to_owned()
}

/// Where the resource page of a type named `name` (no namespace) is,
/// when a cell names the type without linking to it.
pub fn guessed_page(page: &Page, name: &str) -> PathBuf {
    page.resolve(&format!("../resources/{}.md", name.to_ascii_lowercase()))
}

/// Whether a link points at another docs page (not the web).
pub fn is_page_link(dest: &str) -> bool {
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

/// A type name as a link text gives it: letters and digits.
pub fn is_type_name(name: &str) -> bool {
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
