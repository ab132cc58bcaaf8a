//! Keeps the models file of a version loadable: graph-spec checks the
//! emitted text, every type a problem is located in is left out (with the
//! fields of other types and endpoints that use it), and the text is checked
//! again until it loads. One models file serves thousands of specs, so a bad
//! resource page costs its own type, not every spec of the version.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

use graph_spec::keys::{model, models_file};
use graph_spec::write::key;

use crate::emit;
use crate::ir::TypeRef;
use crate::models::Model;
use crate::report::{Annotate, Finding, Sink};

/// Rounds of check-and-drop: each removes at least one type, and types are
/// dropped with every field that uses them, so a chain of dependents does not
/// need a round each. Past the limit the remaining problems are reported.
const MAX_ROUNDS: usize = 16;

/// The models text of `version` that graph-spec accepts, and the names of
/// the types left out to get there. `models` and `enums` lose those types.
pub fn checked_text(
    version: &str,
    models: &mut BTreeMap<String, Model>,
    enums: &mut BTreeMap<String, Vec<String>>,
    existing: &str,
    findings: &mut Vec<Finding>,
) -> (String, BTreeSet<String>) {
    let display = format!("models/{version}.toml");
    let mut dropped = BTreeSet::new();
    for _ in 0..MAX_ROUNDS {
        let text = emit::models(version, models, enums, existing);
        let Err(diags) = graph_spec::load_models_str(&text, &display) else {
            return (text, dropped);
        };
        let tables = Tables::of(&text, models, enums);
        let mut bad: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for d in &diags.items {
            if let Some(name) = tables.at(d.span.start) {
                bad.entry(name.to_owned())
                    .or_default()
                    .push(d.message.clone());
            }
        }
        if bad.is_empty() {
            // A problem outside every type's table: report it, keep the text.
            let mut sink = Sink::new(Arc::from(display.as_str()), Arc::from(""));
            for d in &diags.items {
                sink.error(format!("imported models: {}", d.message), 0..0);
            }
            findings.extend(sink.findings);
            return (text, dropped);
        }
        for (name, messages) in &bad {
            let source = models
                .get(name)
                .map_or_else(|| Arc::from(display.as_str()), |m| m.source.clone());
            let mut sink = Sink::new(source, Arc::from(""));
            let f = sink
                .warn(
                    format!("type `{name}` is left out of the models: graph-spec rejects it"),
                    0..0,
                )
                .with_label("type left out");
            f.help.extend(messages.iter().take(3).cloned());
            findings.extend(sink.findings);
            models.remove(name);
            enums.remove(name);
            dropped.insert(name.clone());
        }
        for m in models.values_mut() {
            m.fields.retain(|f| !uses_any(&f.ty, &dropped));
            // A type whose base is left out keeps its own fields.
            if m.base.as_ref().is_some_and(|b| dropped.contains(b)) {
                m.base = None;
            }
        }
    }
    let text = emit::models(version, models, enums, existing);
    (text, dropped)
}

/// Whether a type is, or is a list of, one of `names`.
pub fn uses_any(t: &TypeRef, names: &BTreeSet<String>) -> bool {
    match t {
        TypeRef::Prim(_) => false,
        TypeRef::Model { name, .. } | TypeRef::Enum { name, .. } => names.contains(name),
        TypeRef::List(inner) => uses_any(inner, names),
    }
}

/// Where each type's tables start in a models text, to locate diagnostics.
struct Tables<'a> {
    /// (offset of the table header, type name), in text order.
    starts: Vec<(usize, &'a str)>,
}

impl<'a> Tables<'a> {
    fn of(
        text: &str,
        models: &'a BTreeMap<String, Model>,
        enums: &'a BTreeMap<String, Vec<String>>,
    ) -> Self {
        let mut by_key: HashMap<String, &'a str> = HashMap::new();
        for name in models.keys().chain(enums.keys()) {
            by_key.insert(key(name), name);
        }
        let opens = [models_file::MODELS, models_file::ENUMS].map(|kind| format!("[{kind}."));
        let fields = format!(".{}", model::FIELDS);
        let mut starts = Vec::new();
        let mut offset = 0;
        for line in text.split_inclusive('\n') {
            let header = opens
                .iter()
                .find_map(|open| line.strip_prefix(open.as_str()))
                .and_then(|rest| rest.trim_end().strip_suffix(']'));
            if let Some(key) = header {
                let key = key.strip_suffix(fields.as_str()).unwrap_or(key);
                if let Some(name) = by_key.get(key) {
                    starts.push((offset, *name));
                }
            }
            offset += line.len();
        }
        Tables { starts }
    }

    /// The type whose table holds `offset`.
    fn at(&self, offset: usize) -> Option<&'a str> {
        let i = self.starts.partition_point(|(s, _)| *s <= offset);
        i.checked_sub(1).map(|i| self.starts[i].1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::Field;

    fn field(name: &str, ty: TypeRef) -> Field {
        Field {
            name: name.to_owned(),
            ty,
            required: false,
            default: None,
            description: String::new(),
            span: 0..0,
        }
    }

    #[test]
    fn a_rejected_type_is_left_out_with_the_fields_that_use_it() {
        let bad = TypeRef::Enum {
            name: "color".to_owned(),
            values: vec!["red".to_owned(), "red".to_owned()],
        };
        let mut models = BTreeMap::new();
        models.insert(
            "shape".to_owned(),
            Model {
                name: "shape".to_owned(),
                description: String::new(),
                base: None,
                fields: vec![
                    field("fill", TypeRef::List(Box::new(bad))),
                    field("sides", TypeRef::Prim("int32")),
                ],
                source: Arc::from("resources/shape.md"),
            },
        );
        let mut enums = BTreeMap::new();
        enums.insert("color".to_owned(), vec!["red".to_owned(), "red".to_owned()]);
        let mut findings = Vec::new();
        let (text, dropped) = checked_text("v1.0", &mut models, &mut enums, "", &mut findings);
        assert_eq!(dropped.into_iter().collect::<Vec<_>>(), ["color"]);
        assert!(
            graph_spec::load_models_str(&text, "m.toml").is_ok(),
            "{text}"
        );
        assert!(text.contains("sides") && !text.contains("fill"), "{text}");
        assert_eq!(findings.len(), 1);
        assert!(findings[0].message.contains("`color`"));
    }
}
