//! Graph's type hierarchy in generated models: `user` and `group` derive
//! from `directoryObject`, `fileAttachment` from `attachment`. A value read
//! as its base type (the members of a group are `directoryObject`s) keeps
//! its `@odata.type` and every property of its own type, so nothing is lost,
//! and [`downcast`] turns it into the derived type it names.

use serde::Serialize;
use serde::de::DeserializeOwned;

/// A generated model: its `@odata.type` name.
pub trait GraphType {
    /// The name as `@odata.type` writes it, e.g. `#microsoft.graph.user`.
    const ODATA_TYPE: &'static str;
}

/// A model other types derive from (or an open one): it keeps the
/// `@odata.type` of the value and the properties it does not declare.
pub trait Polymorphic {
    /// The value's `@odata.type`, when Graph sent one.
    fn odata_type(&self) -> Option<&str>;
}

/// `Self` derives from `B`, directly or through other types.
pub trait DerivedFrom<B> {}

/// `value` as the derived type `D`, when its `@odata.type` names `D`;
/// `None` for a value of another type (or without `@odata.type`).
///
/// # Errors
///
/// `Some(Err(..))` when the value names `D` but its properties do not fit it.
pub fn downcast<B, D>(value: &B) -> Option<Result<D, serde_json::Error>>
where
    B: Polymorphic + Serialize,
    D: GraphType + DerivedFrom<B> + DeserializeOwned,
{
    let named = value.odata_type()?;
    let named = named.strip_prefix('#').unwrap_or(named);
    let wanted = D::ODATA_TYPE.strip_prefix('#').unwrap_or(D::ODATA_TYPE);
    if !named.eq_ignore_ascii_case(wanted) {
        return None;
    }
    Some(serde_json::to_value(value).and_then(serde_json::from_value))
}
