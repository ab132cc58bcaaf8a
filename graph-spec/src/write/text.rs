//! TOML text pieces: escaped strings and keys, comments, and a line writer
//! for tables and `key = value` lines.

use crate::model::DefaultValue;

/// A TOML basic string (`"..."`), escaped.
pub fn string(s: &str) -> String {
    escaped(s, false)
}

/// A TOML key: bare when it can be, a quoted string otherwise (`"$top"`,
/// `"@odata.type"`, `"callRecords.session"`).
pub fn key(s: &str) -> String {
    let bare = !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if bare { s.to_owned() } else { string(s) }
}

/// A multi-line basic string (`"""..."""`) when `s` has line breaks, so
/// paragraphs stay on their own lines; a basic string otherwise.
pub(super) fn multiline(s: &str) -> String {
    if !s.contains('\n') {
        return string(s);
    }
    // The newline right after the opening quotes is not part of the value.
    format!("\"\"\"\n{}\"\"\"", &escaped(s, true)[1..])
}

/// `"s"` with quotes, backslashes and control characters escaped; line
/// feeds kept as they are when `raw_newlines` (inside `"""`, where every
/// `"` is escaped too, so no run of three closes the string early).
fn escaped(s: &str, raw_newlines: bool) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' if raw_newlines => out.push('\n'),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    if !raw_newlines {
        out.push('"');
    }
    out
}

/// An array of strings on one line.
pub(super) fn strings(items: &[String]) -> String {
    let items: Vec<String> = items.iter().map(|s| string(s)).collect();
    format!("[{}]", items.join(", "))
}

/// A field default as a TOML value.
pub(super) fn default_value(d: &DefaultValue) -> String {
    match d {
        DefaultValue::Bool(b) => b.to_string(),
        DefaultValue::Int(i) => i.to_string(),
        DefaultValue::Str(s) => string(s),
    }
}

/// The text being written, line by line.
#[derive(Default)]
pub(super) struct Out {
    pub(super) text: String,
}

impl Out {
    pub(super) fn blank(&mut self) {
        self.text.push('\n');
    }

    /// `# line` for each line of `text`; characters TOML does not allow in
    /// comments (controls other than tab) become spaces.
    pub(super) fn comment(&mut self, text: &str) {
        for line in text.split('\n') {
            self.text.push('#');
            if !line.is_empty() {
                self.text.push(' ');
            }
            self.text.extend(
                line.chars()
                    .map(|c| if c.is_control() && c != '\t' { ' ' } else { c }),
            );
            self.text.push('\n');
        }
    }

    /// `[a.b.c]`: `fixed` are key constants, `named` (if any) a name that
    /// may need quoting, then `after`.
    pub(super) fn table(&mut self, fixed: &[&str], named: Option<&str>, after: &[&str]) {
        self.header("[", fixed, named, after, "]");
    }

    /// `[[a.b]]`.
    pub(super) fn array_table(&mut self, fixed: &[&str]) {
        self.header("[[", fixed, None, &[], "]]");
    }

    fn header(
        &mut self,
        open: &str,
        fixed: &[&str],
        named: Option<&str>,
        after: &[&str],
        close: &str,
    ) {
        let mut parts: Vec<String> = fixed.iter().map(|k| (*k).to_owned()).collect();
        parts.extend(named.map(key));
        parts.extend(after.iter().map(|k| (*k).to_owned()));
        self.text.push_str(open);
        self.text.push_str(&parts.join("."));
        self.text.push_str(close);
        self.text.push('\n');
    }

    /// `key = <value>`, the value already TOML.
    pub(super) fn value(&mut self, k: &str, value: &str) {
        self.text.push_str(&key(k));
        self.text.push_str(" = ");
        self.text.push_str(value);
        self.text.push('\n');
    }

    pub(super) fn str(&mut self, k: &str, value: &str) {
        self.value(k, &string(value));
    }

    pub(super) fn opt_str(&mut self, k: &str, value: Option<&str>) {
        if let Some(v) = value {
            self.str(k, v);
        }
    }

    pub(super) fn bool(&mut self, k: &str, value: bool) {
        self.value(k, if value { "true" } else { "false" });
    }
}
