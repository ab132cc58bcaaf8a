//! Request and response bodies: reading a request's bytes within the limits,
//! JSON decoded by Graph's rules, and bodies of bytes.

pub(crate) mod content;
pub(crate) mod graph_rules;
pub(crate) mod json_parse;
pub(crate) mod read;
