//! The typestate marker of a builder's part that is not set yet.

/// Typestate marker: a required path parameter that has not been set yet.
///
/// Builders start with every path parameter and the body `Unset`; setting one
/// replaces the marker (see [`typestate`](crate::typestate)), and `build` only accepts builders
/// with none of their variant's parameters `Unset`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Unset;
