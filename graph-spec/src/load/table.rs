//! Reading TOML tables with spans: typed getters that report wrong types,
//! missing and unknown keys as diagnostics instead of failing.

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeArray, DeTable, DeValue};

use crate::diagnostic::{Diagnostic, Sink, list};
use crate::model::Sp;

/// A TOML table being read, with a human name for messages.
#[derive(Clone)]
pub(crate) struct Table<'a, 'i> {
    pub(crate) map: &'a DeTable<'i>,
    /// Where to point when a required key is missing.
    pub(crate) span: Range<usize>,
    /// E.g. "the spec", "`[permissions]`".
    pub(crate) what: String,
}

pub(crate) type Entry<'a, 'i> = (
    &'a Spanned<std::borrow::Cow<'i, str>>,
    &'a Spanned<DeValue<'i>>,
);

impl<'a, 'i> Table<'a, 'i> {
    /// `request.` inside `[request]`, empty at the top level: for names in messages.
    pub(crate) fn prefix(&self) -> String {
        self.what
            .strip_prefix("`[")
            .and_then(|w| w.strip_suffix("]`"))
            .map_or(String::new(), |w| format!("{w}."))
    }

    /// The `[<prefix>.<name>]` sub-tables, each with its name and its keys
    /// checked against `allowed`; an entry that is not a table is reported and
    /// left out. `quote` writes names as `"$top"` in messages.
    pub(crate) fn named_tables(
        &self,
        sink: &mut Sink,
        prefix: &str,
        allowed: &[&str],
        quote: bool,
    ) -> Vec<(Sp<String>, Table<'a, 'i>)> {
        let mut out = Vec::new();
        for (key, value) in self.map.iter() {
            let name = Sp::new(key.get_ref().to_string(), key.span());
            let shown = if quote {
                format!("{prefix}.\"{}\"", name.value)
            } else {
                format!("{prefix}.{}", name.value)
            };
            let DeValue::Table(map) = value.get_ref() else {
                sink.error(wrong_type(&shown, "a table", value.get_ref(), value.span()));
                continue;
            };
            let t = Table {
                map,
                span: key.span(),
                what: format!("`[{shown}]`"),
            };
            t.deny_unknown(sink, allowed);
            out.push((name, t));
        }
        out
    }

    pub(crate) fn entry(&self, key: &str) -> Option<Entry<'a, 'i>> {
        self.map.get_key_value(key)
    }

    /// Reports every key not in `allowed`, with a suggestion when one is close.
    pub(crate) fn deny_unknown(&self, sink: &mut Sink, allowed: &[&str]) {
        for (key, _) in self.map.iter() {
            let name = key.get_ref().as_ref();
            if allowed.contains(&name) {
                continue;
            }
            sink.error(
                Diagnostic::new(format!("unknown key `{name}` in {}", self.what), key.span())
                    .label("unknown key")
                    .suggest(name, allowed, str::to_owned)
                    .help(format!("expected one of {}", list(allowed))),
            );
        }
    }

    pub(crate) fn missing(&self, sink: &mut Sink, key: &str, example: &str) {
        sink.error(
            Diagnostic::new(
                format!("missing required key `{key}` in {}", self.what),
                self.span.clone(),
            )
            .label(format!("`{key}` is missing here"))
            .help(format!("add `{key} = {example}`")),
        );
    }

    pub(crate) fn string(
        &self,
        sink: &mut Sink,
        key: &str,
        required: Option<&str>,
    ) -> Option<Sp<String>> {
        let Some((_, value)) = self.entry(key) else {
            if let Some(example) = required {
                self.missing(sink, key, example);
            }
            return None;
        };
        match value.get_ref() {
            DeValue::String(s) => Some(Sp::new(s.to_string(), value.span())),
            other => {
                sink.error(wrong_type(key, "a string", other, value.span()));
                None
            }
        }
    }

    pub(crate) fn boolean(
        &self,
        sink: &mut Sink,
        key: &str,
        required: Option<&str>,
    ) -> Option<Sp<bool>> {
        let Some((_, value)) = self.entry(key) else {
            if let Some(example) = required {
                self.missing(sink, key, example);
            }
            return None;
        };
        match value.get_ref() {
            DeValue::Boolean(b) => Some(Sp::new(*b, value.span())),
            other => {
                sink.error(wrong_type(
                    key,
                    "a boolean (`true` or `false`)",
                    other,
                    value.span(),
                ));
                None
            }
        }
    }

    /// A sub-table; `what` names it in messages, e.g. "`[permissions]`".
    pub(crate) fn table(
        &self,
        sink: &mut Sink,
        key: &str,
        required: Option<&str>,
    ) -> Option<Table<'a, 'i>> {
        let Some((k, value)) = self.entry(key) else {
            if let Some(example) = required {
                self.missing(sink, key, example);
            }
            return None;
        };
        match value.get_ref() {
            DeValue::Table(map) => Some(Table {
                map,
                span: k.span(),
                what: format!("`[{}]`", k.get_ref()),
            }),
            other => {
                sink.error(wrong_type(key, "a table", other, value.span()));
                None
            }
        }
    }

    pub(crate) fn array(
        &self,
        sink: &mut Sink,
        key: &str,
        required: Option<&str>,
    ) -> Option<&'a Spanned<DeValue<'i>>> {
        let Some((_, value)) = self.entry(key) else {
            if let Some(example) = required {
                self.missing(sink, key, example);
            }
            return None;
        };
        match value.get_ref() {
            DeValue::Array(_) => Some(value),
            other => {
                sink.error(wrong_type(key, "an array", other, value.span()));
                None
            }
        }
    }
}

/// The strings of an array, each with its span; any other item is reported
/// as `key` not being `expected` and left out.
pub(crate) fn string_items(
    items: &DeArray<'_>,
    sink: &mut Sink,
    key: &str,
    expected: &str,
) -> Vec<Sp<String>> {
    let mut out = Vec::new();
    for item in items.iter() {
        match item.get_ref() {
            DeValue::String(s) => out.push(Sp::new(s.to_string(), item.span())),
            other => sink.error(wrong_type(key, expected, other, item.span())),
        }
    }
    out
}

pub(crate) fn wrong_type(
    key: &str,
    expected: &str,
    found: &DeValue<'_>,
    span: Range<usize>,
) -> Diagnostic {
    Diagnostic::new(
        format!("`{key}` must be {expected}, found {}", kind_name(found)),
        span,
    )
    .label(format!("expected {expected}"))
}

pub(crate) fn kind_name(v: &DeValue<'_>) -> &'static str {
    match v {
        DeValue::String(_) => "a string",
        DeValue::Integer(_) => "an integer",
        DeValue::Float(_) => "a float",
        DeValue::Boolean(_) => "a boolean",
        DeValue::Datetime(_) => "a date-time",
        DeValue::Array(_) => "an array",
        DeValue::Table(_) => "a table",
    }
}
