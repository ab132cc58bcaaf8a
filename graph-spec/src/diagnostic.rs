//! rustc-style diagnostics for spec files: every problem found, each with
//! file:line:col, the source line and a caret under the offending text.

use std::fmt;
use std::ops::Range;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

/// One problem in a spec, located by a byte range of its source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// What is wrong, e.g. ``unknown key `methd` ``.
    pub message: String,
    /// Byte range of the offending text in the spec source.
    pub span: Range<usize>,
    /// Short text shown at the caret.
    pub label: String,
    /// Extra `= help:` lines: what to write instead.
    pub help: Vec<String>,
}

impl Diagnostic {
    /// A diagnostic with a message and location, no label or help yet.
    pub fn new(message: impl Into<String>, span: Range<usize>) -> Self {
        Diagnostic {
            message: message.into(),
            span,
            label: String::new(),
            help: Vec::new(),
        }
    }

    /// Sets the text shown at the caret.
    pub fn label(mut self, label: impl Into<String>) -> Self {
        self.label = label.into();
        self
    }

    /// Adds a `= help:` line.
    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help.push(help.into());
        self
    }
}

/// 1-based line and column (in characters) of byte `offset` in `source`.
///
/// Offsets past the end or inside a character are clamped, never a panic.
pub fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(source.len());
    while !source.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &source[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before[line_start..].chars().count() + 1;
    (line, col)
}

/// Every diagnostic found in one spec file, with what is needed to render them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostics {
    /// The path shown in `-->` lines, as the user wrote it.
    pub path: String,
    /// The spec source the spans point into (empty if the file could not be read).
    pub source: String,
    /// The problems, in source order.
    pub items: Vec<Diagnostic>,
}

impl Diagnostics {
    /// `path:line:col` of a diagnostic, for one-line reports.
    pub fn location(&self, diagnostic: &Diagnostic) -> String {
        let (line, col) = line_col(&self.source, diagnostic.span.start);
        format!("{}:{line}:{col}", self.path)
    }

    /// Renders one diagnostic the way rustc does (plain text, no colour).
    pub fn render_one(&self, diagnostic: &Diagnostic) -> String {
        if self.source.is_empty() {
            // Nothing to quote (empty, or the file could not be read): title and location only.
            return format!(
                "error: {}\n --> {}",
                diagnostic.message,
                self.location(diagnostic)
            );
        }
        let span = clamp_span(&self.source, &diagnostic.span);
        let mut snippet = Snippet::source(self.source.as_str()).path(self.path.as_str());
        snippet = snippet.annotation(
            AnnotationKind::Primary
                .span(span)
                .label(diagnostic.label.as_str()),
        );
        let mut group = Group::with_title(Level::ERROR.primary_title(diagnostic.message.as_str()))
            .element(snippet);
        for help in &diagnostic.help {
            group = group.element(Level::HELP.message(help.as_str()));
        }
        Renderer::plain().render(&[group])
    }
}

/// Keeps a span inside the source and on character boundaries.
fn clamp_span(source: &str, span: &Range<usize>) -> Range<usize> {
    let fix = |mut i: usize| {
        i = i.min(source.len());
        while !source.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let start = fix(span.start);
    start..fix(span.end).max(start)
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for diagnostic in &self.items {
            writeln!(f, "{}\n", self.render_one(diagnostic))?;
        }
        match self.items.len() {
            1 => write!(
                f,
                "error: could not load spec `{}` due to 1 previous error",
                self.path
            ),
            n => write!(
                f,
                "error: could not load spec `{}` due to {n} previous errors",
                self.path
            ),
        }
    }
}

impl std::error::Error for Diagnostics {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters_not_bytes() {
        let src = "a = 1\nü = \"x\"\n";
        assert_eq!(line_col(src, 0), (1, 1));
        assert_eq!(line_col(src, 6), (2, 1));
        assert_eq!(line_col(src, 10), (2, 4), "`ü` is two bytes but one column");
        assert_eq!(line_col(src, 7), (2, 1), "inside a character clamps back");
        assert_eq!(line_col(src, 999), (3, 1), "past the end clamps to the end");
    }

    #[test]
    fn renders_like_rustc() {
        let diags = Diagnostics {
            path: "specs/x.toml".into(),
            source: "name = \"a\"\nmethd = \"POST\"\n".into(),
            items: vec![
                Diagnostic::new("unknown key `methd`", 11..16)
                    .label("unknown key")
                    .help("did you mean `method`?"),
            ],
        };
        let out = diags.to_string();
        assert!(out.contains("error: unknown key `methd`"), "{out}");
        assert!(out.contains("--> specs/x.toml:2:1"), "{out}");
        assert!(out.contains("methd = \"POST\""), "{out}");
        assert!(out.contains("^^^^^ unknown key"), "{out}");
        assert!(out.contains("help: did you mean `method`?"), "{out}");
        assert!(out.ends_with("due to 1 previous error"), "{out}");
    }
}
