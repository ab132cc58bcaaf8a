//! Spec and models files as text: the layout of the bundled specs (header
//! comments, top-level keys, then `[[paths]]`, `[params.*]`, `[query.*]`,
//! `[permissions]`, `[request]` and `[response]`; enums then models), every
//! key from [`crate::keys`], every string and key escaped for TOML. The same
//! input always gives the same text, and what is written loads back with the
//! same values.

mod copy;
mod doc;
mod models;
mod spec;
mod text;

pub use copy::table as copy_table;
pub use doc::{
    Alternative, Body, Enum, Field, Grant, Model, Models, Param, PathVariant, Permissions,
    QueryParam, Request, RequestHeader, Response, ResponseHeader, Rule, Spec,
};
pub use models::models;
pub use spec::spec;
pub use text::{key, string};

#[cfg(test)]
mod tests;
