//! What a generated builder collects besides its typed parts.

/// Optional query parameters and headers a builder collected.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Extras {
    /// `(wire name, raw value)` pairs.
    pub query: Vec<(&'static str, String)>,
    /// `(header name, value)` pairs.
    pub headers: Vec<(&'static str, String)>,
}

impl Extras {
    /// Sets a query parameter, replacing an earlier value.
    pub fn set_query(&mut self, name: &'static str, value: String) {
        self.query.retain(|(n, _)| *n != name);
        self.query.push((name, value));
    }

    /// Sets a header, replacing an earlier value.
    pub fn set_header(&mut self, name: &'static str, value: String) {
        self.headers.retain(|(n, _)| *n != name);
        self.headers.push((name, value));
    }
}
