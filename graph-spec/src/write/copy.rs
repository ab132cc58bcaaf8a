//! A table of a TOML file copied as text, values as they were written: for
//! a models file that carries types defined by another one.

use toml::de::{DeTable, DeValue};

use super::text::{key, string};

/// `[<path>]` with the keys of `table` whose values are not tables, then
/// each table value as a `[<path>.<key>]` section (a model's `fields`), one
/// value a line. `path` holds names, quoted here when they must be.
pub fn table(path: &[&str], table: &DeTable<'_>) -> String {
    let header: Vec<String> = path.iter().map(|p| key(p)).collect();
    let header = header.join(".");
    let mut s = format!("[{header}]\n");
    let mut subtables = Vec::new();
    for (k, value) in table {
        match value.get_ref() {
            DeValue::Table(t) => subtables.push((k.get_ref(), t)),
            v => s.push_str(&format!("{} = {}\n", key(k.get_ref()), inline(v))),
        }
    }
    for (k, t) in subtables {
        s.push_str(&format!("[{header}.{}]\n", key(k)));
        for (k, v) in t {
            s.push_str(&format!("{} = {}\n", key(k.get_ref()), inline(v.get_ref())));
        }
    }
    s
}

/// A value on one line: inline tables and arrays; numbers as written.
fn inline(v: &DeValue<'_>) -> String {
    match v {
        DeValue::String(s) => string(s),
        DeValue::Integer(i) => i.to_string(),
        DeValue::Float(f) => f.to_string(),
        DeValue::Boolean(b) => b.to_string(),
        DeValue::Datetime(d) => d.to_string(),
        DeValue::Array(items) => {
            let items: Vec<String> = items.iter().map(|i| inline(i.get_ref())).collect();
            format!("[{}]", items.join(", "))
        }
        DeValue::Table(t) => {
            let entries: Vec<String> = t
                .iter()
                .map(|(k, v)| format!("{} = {}", key(k.get_ref()), inline(v.get_ref())))
                .collect();
            format!("{{ {} }}", entries.join(", "))
        }
    }
}
