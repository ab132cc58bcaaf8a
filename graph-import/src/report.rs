//! Located problems in docs pages, rendered like rustc (and like
//! `graph-gen check`): `error: ...` / `warning: ...`, `--> page.md:line:col`,
//! the source line and a caret.

use std::fmt;
use std::ops::Range;
use std::sync::Arc;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

/// How bad a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The page cannot be imported as is, or the docs contradict themselves.
    Error,
    /// Imported, but something was left out or looks wrong.
    Warning,
}

/// One problem at one place of one page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong.
    pub message: String,
    /// The file it is in, as shown after `-->`.
    pub path: Arc<str>,
    /// That file's text (the span points into it).
    pub source: Arc<str>,
    /// Byte range of the offending text.
    pub span: Range<usize>,
    /// Short text at the caret.
    pub label: String,
    /// `= help:` lines.
    pub help: Vec<String>,
}

impl Finding {
    /// `path:line:col` of the finding.
    pub fn location(&self) -> String {
        let (line, col) = graph_spec::diagnostic::line_col(&self.source, self.span.start);
        format!("{}:{line}:{col}", self.path)
    }

    /// 1-based line of the finding.
    pub fn line(&self) -> usize {
        graph_spec::diagnostic::line_col(&self.source, self.span.start).0
    }
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
        };
        if self.source.is_empty() {
            let word = match self.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            write!(f, "{word}: {}\n --> {}", self.message, self.location())?;
            for help in &self.help {
                write!(f, "\n  = help: {help}")?;
            }
            return Ok(());
        }
        let span = graph_spec::diagnostic::clamp_span(&self.source, &self.span);
        let snippet = Snippet::source(&*self.source).path(&*self.path).annotation(
            AnnotationKind::Primary
                .span(span)
                .label(self.label.as_str()),
        );
        let mut group =
            Group::with_title(level.primary_title(self.message.as_str())).element(snippet);
        for help in &self.help {
            group = group.element(Level::HELP.message(help.as_str()));
        }
        f.write_str(&Renderer::plain().render(&[group]))
    }
}

/// Findings about one file, built while reading it.
#[derive(Debug, Clone)]
pub struct Sink {
    path: Arc<str>,
    source: Arc<str>,
    /// What was found so far.
    pub findings: Vec<Finding>,
}

impl Sink {
    /// A sink for the file at `path` (as displayed) with text `source`.
    pub fn new(path: Arc<str>, source: Arc<str>) -> Self {
        Sink {
            path,
            source,
            findings: Vec::new(),
        }
    }

    /// Records an error at `span` and returns it for labels and help.
    pub fn error(&mut self, message: impl Into<String>, span: Range<usize>) -> &mut Finding {
        self.push(Severity::Error, message.into(), span)
    }

    /// Records a warning at `span`.
    pub fn warn(&mut self, message: impl Into<String>, span: Range<usize>) -> &mut Finding {
        self.push(Severity::Warning, message.into(), span)
    }

    fn push(&mut self, severity: Severity, message: String, span: Range<usize>) -> &mut Finding {
        self.findings.push(Finding {
            severity,
            message,
            path: self.path.clone(),
            source: self.source.clone(),
            span,
            label: String::new(),
            help: Vec::new(),
        });
        let last = self.findings.len() - 1;
        &mut self.findings[last]
    }

    /// Whether an error was recorded.
    pub fn has_errors(&self) -> bool {
        self.findings.iter().any(|f| f.severity == Severity::Error)
    }
}

/// Sets label and help on a finding just recorded.
pub trait Annotate {
    /// Sets the caret label.
    fn with_label(self, label: &str) -> Self;
    /// Adds a help line.
    fn with_help(self, help: &str) -> Self;
}

impl Annotate for &mut Finding {
    fn with_label(self, label: &str) -> Self {
        self.label = label.to_owned();
        self
    }
    fn with_help(self, help: &str) -> Self {
        self.help.push(help.to_owned());
        self
    }
}
