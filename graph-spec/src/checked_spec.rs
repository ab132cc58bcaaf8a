//! A spec that passed every check, with the resolved form the checks worked
//! out: the only thing [`crate::generate`] takes, so an unchecked spec
//! cannot reach the generator and nothing is resolved twice.

use std::ops::Deref;
use std::sync::Arc;

use crate::model::{EndpointSpec, ModelSet};
use crate::resolved::Resolved;

/// An endpoint spec that loaded and passed its checks, with its resolved
/// form. Made only by the load functions; reads as the [`EndpointSpec`] it
/// holds (`checked.type_name`, `&*checked`), which cannot be changed
/// behind the checks' back.
///
/// ```
/// let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../specs/v1.0/message_send.toml");
/// let checked = graph_spec::load_file(path.as_ref(), "message_send.toml").unwrap();
/// assert_eq!(checked.type_name.value, "SendMessage");
/// let code = graph_spec::generate(&checked, &graph_spec::Options::default());
/// assert!(code.to_string().contains("SendMessage"));
/// ```
///
/// A spec given up for editing goes back through a load function before it
/// can be generated again:
///
/// ```compile_fail,E0308
/// let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../specs/v1.0/message_send.toml");
/// let checked = graph_spec::load_file(path.as_ref(), "message_send.toml").unwrap();
/// let spec: graph_spec::EndpointSpec = checked.into_spec();
/// let code = graph_spec::generate(&spec, &graph_spec::Options::default());
/// ```
#[derive(Debug, Clone)]
pub struct CheckedSpec {
    spec: EndpointSpec,
    resolved: Resolved,
}

impl CheckedSpec {
    /// `spec`, whose checks passed, with what they resolved (the caller's
    /// promise: only the load functions call this, once the checks reported
    /// nothing).
    pub(crate) fn new(spec: EndpointSpec, resolved: Resolved) -> Self {
        CheckedSpec { spec, resolved }
    }

    /// The spec.
    pub fn spec(&self) -> &EndpointSpec {
        &self.spec
    }

    /// The spec, giving up the checked form (to edit it, and load it again).
    pub fn into_spec(self) -> EndpointSpec {
        self.spec
    }

    /// Replaces the models with `models`, which must still hold every type
    /// the spec reaches (pruning keeps those), so the checks still hold.
    pub(crate) fn set_models(&mut self, models: Arc<ModelSet>) {
        self.spec.models = models;
    }

    /// What the checks worked out, for the generator.
    pub(crate) fn resolved(&self) -> &Resolved {
        &self.resolved
    }
}

impl Deref for CheckedSpec {
    type Target = EndpointSpec;

    fn deref(&self) -> &EndpointSpec {
        &self.spec
    }
}

impl AsRef<EndpointSpec> for CheckedSpec {
    fn as_ref(&self) -> &EndpointSpec {
        &self.spec
    }
}
