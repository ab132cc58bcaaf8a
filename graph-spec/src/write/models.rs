//! The text of a models file.

use super::doc::{Field, Models};
use super::text::{Out, default_value, key, string, strings};
use crate::keys::{enumeration, field, model, models_file};

/// The models-file text of `m`: its enums, then its models, each table
/// after a blank line and its comments, each model's fields one a line.
pub fn models(m: &Models) -> String {
    let mut out = Out::default();
    for c in &m.comments {
        out.comment(c);
    }
    for e in &m.enums {
        out.blank();
        for c in &e.comments {
            out.comment(c);
        }
        out.table(&[models_file::ENUMS], Some(&e.name), &[]);
        out.opt_str(enumeration::DESCRIPTION, e.description.as_deref());
        out.value(enumeration::VALUES, &strings(&e.values));
    }
    for d in &m.models {
        out.blank();
        for c in &d.comments {
            out.comment(c);
        }
        out.table(&[models_file::MODELS], Some(&d.name), &[]);
        out.opt_str(model::DESCRIPTION, d.description.as_deref());
        out.opt_str(model::BASE, d.base.as_deref());
        if d.is_abstract {
            out.bool(model::ABSTRACT, true);
        }
        if d.open {
            out.bool(model::OPEN, true);
        }
        out.table(&[models_file::MODELS], Some(&d.name), &[model::FIELDS]);
        for f in &d.fields {
            out.value(&f.name, &inline_field(f));
        }
    }
    out.text
}

/// `{ type = "...", description = "..." }`.
fn inline_field(f: &Field) -> String {
    let mut parts = vec![format!("{} = {}", key(field::TYPE), string(&f.ty))];
    if f.required {
        parts.push(format!("{} = true", key(field::REQUIRED)));
    }
    if let Some(d) = &f.default {
        parts.push(format!("{} = {}", key(field::DEFAULT), default_value(d)));
    }
    if let Some(d) = &f.description {
        parts.push(format!("{} = {}", key(field::DESCRIPTION), string(d)));
    }
    format!("{{ {} }}", parts.join(", "))
}
