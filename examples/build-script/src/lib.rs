//! A user-style crate that generates its endpoints in `build.rs` with
//! `graph-build` instead of the `#[graph_endpoint]` attribute.
//!
//! The generated file has one module per API version: `v1_0` and `beta`.
//! `missing_docs` is denied so an undocumented generated item fails the build.

#![deny(missing_docs)]

include!(concat!(env!("OUT_DIR"), "/graph_endpoints.rs"));
