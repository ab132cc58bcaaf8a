//! The request headers table: header names (translated ones mapped back),
//! their values and whether they are required.

use std::collections::HashMap;

use crate::ir::Header;
use crate::markdown::{Block, Inline};
use crate::page::{Page, Section};
use crate::report::{Annotate, Sink};
use crate::text::{first_sentence, has_word, snake};

/// A section whose table's first column names HTTP headers, `Authorization` among them.
pub(super) fn is_headers_section(page: &Page, section: Section) -> bool {
    page.blocks(section).iter().any(|b| match b {
        Block::Table { rows, .. } => rows.iter().any(|r| {
            r.first().is_some_and(|c| {
                let name = header_name(&c.text).0;
                localized_header(name)
                    .unwrap_or(name)
                    .eq_ignore_ascii_case("Authorization")
            })
        }),
        _ => false,
    })
}

/// A header name the translation of a page translated (`接受` for
/// `Accept`): the few the localized trees show, mapped back. Header names
/// are protocol, so these are the only translated words the headers table
/// is read by.
fn localized_header(name: &str) -> Option<&'static str> {
    match name.trim() {
        "接受" | "接收" | "Akzeptieren" | "Accepter" | "Aceptar" | "Aceitar" | "Accetta"
        | "Принять" | "受け入れる" | "수락" => Some("Accept"),
        "授权" | "Autorisierung" | "承認" | "Autorización" | "Autorisation" => {
            Some("Authorization")
        }
        "内容类型" | "Inhaltstyp" | "コンテンツタイプ" | "Tipo de contenido" => {
            Some("Content-Type")
        }
        _ => None,
    }
}

/// `Prefer: outlook.timezone` -> (`Prefer`, `outlook.timezone`).
fn header_name(cell: &str) -> (&str, &str) {
    match cell.split_once(':') {
        Some((n, v)) => (n.trim(), v.trim()),
        None => (cell.trim(), ""),
    }
}

pub(super) fn read_headers(page: &Page, section: Section, sink: &mut Sink) -> Vec<Header> {
    let mut out: Vec<Header> = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for block in page.blocks(section) {
        let Block::Table { rows, .. } = block else {
            continue;
        };
        let desc_col = description_column(rows);
        for row in rows {
            let (Some(name_cell), Some(desc)) = (row.first(), row.get(desc_col)) else {
                continue;
            };
            let (name, inline_value) = header_name(&name_cell.text);
            let name = localized_header(name).unwrap_or(name);
            if name.is_empty()
                || !name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c))
            {
                sink.warn(
                    format!(
                        "`{}` is not an HTTP header name; row left out",
                        name_cell.text
                    ),
                    name_cell.span.clone(),
                )
                .with_label("not a header name");
                continue;
            }
            let mut value = header_value(inline_value, desc);
            if name.eq_ignore_ascii_case("Authorization") && !value.is_ascii() {
                // Translated `Bearer {token}` (`持有者 {token}`): Graph takes
                // only bearer tokens, in every locale.
                value = "Bearer {token}".to_owned();
            }
            // "Required." in the description, or a Required column saying yes.
            let required = has_word(&desc.text, "required")
                || row.iter().enumerate().any(|(i, c)| {
                    i != 0
                        && i != desc_col
                        && ["yes", "true", "required"]
                            .iter()
                            .any(|w| c.text.trim().trim_end_matches('.').eq_ignore_ascii_case(w))
                });
            if let Some(first) = seen.get(&name.to_ascii_lowercase()) {
                let (line, _) = graph_spec::diagnostic::line_col(&page.source, *first);
                sink.warn(
                    format!("header `{name}` is documented twice; the spec holds one value per header, kept the first (line {line})"),
                    name_cell.span.clone(),
                )
                .with_label("second value left out");
                continue;
            }
            if !value
                .chars()
                .all(|c| c == ' ' || c == '\t' || c.is_ascii_graphic())
            {
                sink.warn(
                    format!("the value of header `{name}` is not ASCII; row left out"),
                    desc.span.clone(),
                )
                .with_label("not a header value");
                continue;
            }
            seen.insert(name.to_ascii_lowercase(), name_cell.span.start);
            out.push(Header {
                name: name.to_owned(),
                value,
                required,
                description: desc.text.clone(),
                span: name_cell.span.clone(),
            });
        }
        break;
    }
    out
}

/// The column holding descriptions: the one after the first with the most text
/// (`Name | Description`, `Name | Type | Description | Required`, `Header | Value`).
fn description_column(rows: &[Vec<Inline>]) -> usize {
    let width = rows.iter().map(Vec::len).max().unwrap_or(0);
    (1..width)
        .max_by_key(|&i| {
            (
                rows.iter()
                    .map(|r| r.get(i).map_or(0, |c| c.text.len()))
                    .sum::<usize>(),
                std::cmp::Reverse(i),
            )
        })
        .unwrap_or(0)
}

/// The documented value: after `Name:` in the name cell; the description's
/// first sentence when it is a value (`Bearer {token}.`, `0.`, `` `application/json`. ``);
/// else the JSON media type or the first media type it names.
fn header_value(inline_value: &str, desc: &Inline) -> String {
    if !inline_value.is_empty() {
        if let Some((code, _)) = desc
            .codes
            .iter()
            .find(|(c, _)| c.starts_with(inline_value) && c.contains('='))
        {
            return code.clone();
        }
        // `Prefer: outlook.timezone` -> `outlook.timezone="{timezone}"`, filled in at send time.
        let last = inline_value.rsplit('.').next().unwrap_or(inline_value);
        return format!("{inline_value}=\"{{{}}}\"", snake(last));
    }
    let (first, _) = first_sentence(&desc.text);
    let first = first.trim_end_matches(['.', '。']).trim();
    if let Some(code) = first.strip_prefix('`').and_then(|f| f.strip_suffix('`'))
        && !code.contains('`')
    {
        return code.to_owned();
    }
    let words = first.split_whitespace().count();
    if !first.is_empty()
        && (words == 1 || first.contains('{'))
        && words <= 3
        && !first.contains('`')
    {
        return first.to_owned();
    }
    let media: Vec<&str> = desc
        .text
        .split(|c: char| c.is_whitespace() || c == '`' || c == ',' || c == '(' || c == ')')
        .map(|w| w.trim_end_matches(['.', ';', ':']))
        .filter(|w| is_media_type(w))
        .collect();
    if let Some(json) = media.iter().find(|m| **m == "application/json") {
        return (*json).to_owned();
    }
    media
        .first()
        .map_or_else(|| "{value}".to_owned(), |m| (*m).to_owned())
}

/// `application/json`, `text/plain`.
pub(super) fn is_media_type(w: &str) -> bool {
    match w.split_once('/') {
        Some((a, b)) => {
            !a.is_empty()
                && !b.is_empty()
                && a.chars().all(|c| c.is_ascii_lowercase())
                && b.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        }
        None => false,
    }
}
