//! What the validation tests share.

use graph_spec::{CheckedSpec, Diagnostics};

/// `(message, "line:col")` of every diagnostic of a load of `spec.toml`.
pub fn located(loaded: Result<CheckedSpec, Diagnostics>) -> Vec<(String, String)> {
    match loaded {
        Ok(_) => Vec::new(),
        Err(d) => d
            .items
            .iter()
            .map(|item| {
                (
                    item.message.clone(),
                    d.location(item).trim_start_matches("spec.toml:").to_owned(),
                )
            })
            .collect(),
    }
}
