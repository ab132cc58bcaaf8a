//! rustc-style diagnostics for spec files: every problem found, each with
//! file:line:col, the source line and a caret under the offending text.

use std::fmt;
use std::ops::Range;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

/// Which file of a [`Diagnostics`] a diagnostic points into: an index into
/// [`Diagnostics::files`]. The spec being loaded is file 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct FileId(pub usize);

/// One problem in a spec, located by a byte range of one file's source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// What is wrong, e.g. ``unknown key `methd` ``.
    pub message: String,
    /// Byte range of the offending text in the file's source.
    pub span: Range<usize>,
    /// Short text shown at the caret.
    pub label: String,
    /// Extra `= help:` lines: what to write instead.
    pub help: Vec<String>,
    /// The file the span points into.
    pub file: FileId,
}

impl Diagnostic {
    /// A diagnostic with a message and location (in file 0), no label or help yet.
    pub fn new(message: impl Into<String>, span: Range<usize>) -> Self {
        Diagnostic {
            message: message.into(),
            span,
            label: String::new(),
            help: Vec::new(),
            file: FileId::default(),
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

    /// Adds `did you mean `…`?` when one of `known` is close to `name`;
    /// `wrap` formats the suggestion (e.g. as `{name}`).
    pub(crate) fn suggest(self, name: &str, known: &[&str], wrap: fn(&str) -> String) -> Self {
        match closest(name, known) {
            Some(best) => self.help(format!("did you mean `{}`?", wrap(best))),
            None => self,
        }
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

/// A file diagnostics point into: its path as shown, and its text.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SourceFile {
    /// The path shown in `-->` lines, as the user wrote it.
    pub path: String,
    /// The text the spans point into (empty if the file could not be read).
    pub source: String,
}

/// Every diagnostic found while loading one spec (and the models file it
/// references), with the files they point into.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostics {
    /// The files, by [`FileId`]: the spec that was loaded first.
    pub files: Vec<SourceFile>,
    /// The problems, by file, then in source order.
    pub items: Vec<Diagnostic>,
    /// Problems found past [`MAX_DIAGNOSTICS`], counted but not kept.
    pub omitted: usize,
}

/// Diagnostics kept per load; past it they are only counted, so a file of
/// a million mistakes is reported in bounded time and memory.
pub const MAX_DIAGNOSTICS: usize = 1000;

impl Diagnostics {
    /// Diagnostics about one file.
    pub fn single(path: &str, source: &str, items: Vec<Diagnostic>) -> Self {
        Diagnostics {
            files: vec![SourceFile {
                path: path.to_owned(),
                source: source.to_owned(),
            }],
            items,
            omitted: 0,
        }
    }

    /// The path of the file that was being loaded (file 0).
    pub fn path(&self) -> &str {
        self.files.first().map_or("", |f| f.path.as_str())
    }

    /// The file a diagnostic points into.
    pub fn file(&self, diagnostic: &Diagnostic) -> &SourceFile {
        static NONE: SourceFile = SourceFile {
            path: String::new(),
            source: String::new(),
        };
        self.files.get(diagnostic.file.0).unwrap_or(&NONE)
    }

    /// `path:line:col` of a diagnostic, for one-line reports.
    pub fn location(&self, diagnostic: &Diagnostic) -> String {
        let file = self.file(diagnostic);
        let (line, col) = line_col(&file.source, diagnostic.span.start);
        format!("{}:{line}:{col}", file.path)
    }

    /// Renders every diagnostic on its own, the way rustc does (plain text,
    /// no colour): one string per diagnostic, in order, with each file's
    /// lines indexed once (not once per diagnostic, as
    /// [`render_one`](Self::render_one) would).
    pub fn render_each(&self) -> Vec<String> {
        let indexes = self.line_indexes();
        let empty = LineIndex::new("");
        self.items
            .iter()
            .map(|d| self.render_in(d, indexes.get(d.file.0).unwrap_or(&empty)))
            .collect()
    }

    /// Each file's line index, by file number.
    fn line_indexes(&self) -> Vec<LineIndex> {
        self.files
            .iter()
            .map(|file| LineIndex::new(&file.source))
            .collect()
    }

    /// Renders one diagnostic the way rustc does (plain text, no colour).
    pub fn render_one(&self, diagnostic: &Diagnostic) -> String {
        let file = self.file(diagnostic);
        self.render_in(diagnostic, &LineIndex::new(&file.source))
    }

    /// Renders `diagnostic` with the line index of its file: only the lines
    /// the span covers are handed to the renderer, so rendering many
    /// diagnostics of one file does not re-read the whole file for each.
    fn render_in(&self, diagnostic: &Diagnostic, lines: &LineIndex) -> String {
        let file = self.file(diagnostic);
        if file.source.is_empty() {
            // Nothing to quote (empty, or the file could not be read): title and location only.
            return format!(
                "error: {}\n --> {}",
                diagnostic.message,
                self.location(diagnostic)
            );
        }
        let span = clamp_span(&file.source, &diagnostic.span);
        let first = lines.line_of(span.start);
        let last = lines.line_of(span.end).min(first + MAX_QUOTED_LINES - 1);
        let window = lines.start(first)..lines.end(last, &file.source);
        let span = span.start - window.start..span.end.min(window.end) - window.start;
        let text = file.source.get(window).unwrap_or_default();
        let mut snippet = Snippet::source(text)
            .line_start(first + 1)
            .path(file.path.as_str());
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

/// Lines of a span quoted under a diagnostic, at most (a span over a whole
/// file is shown by its start).
const MAX_QUOTED_LINES: usize = 8;

/// Where each line of a source starts, for finding a line in `O(log n)`.
struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    fn new(source: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(source.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    /// 0-based line of byte `offset`.
    fn line_of(&self, offset: usize) -> usize {
        self.starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1)
    }

    fn start(&self, line: usize) -> usize {
        self.starts.get(line).copied().unwrap_or(0)
    }

    /// End of `line`, its newline excluded.
    fn end(&self, line: usize, source: &str) -> usize {
        self.starts
            .get(line + 1)
            .map_or(source.len(), |next| next.saturating_sub(1))
    }
}

/// Keeps a span inside the source and on character boundaries, so a
/// renderer can slice `source` with it.
pub fn clamp_span(source: &str, span: &Range<usize>) -> Range<usize> {
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
        let indexes = self.line_indexes();
        let empty = LineIndex::new("");
        for diagnostic in &self.items {
            let lines = indexes.get(diagnostic.file.0).unwrap_or(&empty);
            writeln!(f, "{}\n", self.render_in(diagnostic, lines))?;
        }
        if self.omitted > 0 {
            writeln!(
                f,
                "error: {} more errors not shown (the first {MAX_DIAGNOSTICS} are)\n",
                self.omitted
            )?;
        }
        match self.items.len() {
            1 => write!(
                f,
                "error: could not load spec `{}` due to 1 previous error",
                self.path()
            ),
            n => write!(
                f,
                "error: could not load spec `{}` due to {} previous errors",
                self.path(),
                n + self.omitted
            ),
        }
    }
}

impl std::error::Error for Diagnostics {}

/// The one collector every phase reports into: a source map of the files
/// being read and the diagnostics found so far, each tagged with the file
/// that was current when it was reported.
#[derive(Debug, Default)]
pub(crate) struct Sink {
    files: Vec<SourceFile>,
    items: Vec<Diagnostic>,
    omitted: usize,
    current: FileId,
}

impl Sink {
    /// A sink whose first file (the one being loaded) is `path`.
    pub(crate) fn new(path: &str, source: &str) -> Self {
        let mut sink = Sink::default();
        sink.add_file(path, source);
        sink
    }

    /// Registers another file; [`Sink::enter`] it to report into it.
    pub(crate) fn add_file(&mut self, path: &str, source: &str) -> FileId {
        self.files.push(SourceFile {
            path: path.to_owned(),
            source: source.to_owned(),
        });
        FileId(self.files.len() - 1)
    }

    /// Makes `file` the one later reports point into; returns the previous one.
    pub(crate) fn enter(&mut self, file: FileId) -> FileId {
        std::mem::replace(&mut self.current, file)
    }

    /// Reports a problem in the current file.
    pub(crate) fn error(&mut self, mut d: Diagnostic) {
        if self.items.len() >= MAX_DIAGNOSTICS {
            self.omitted += 1;
            return;
        }
        d.file = self.current;
        self.items.push(d);
    }

    /// Whether any problem was reported.
    pub(crate) fn has_errors(&self) -> bool {
        !self.items.is_empty() || self.omitted > 0
    }

    /// How many problems were reported.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.items.len()
    }

    /// `Ok` when nothing was reported; otherwise every problem, by file and in source order.
    pub(crate) fn finish(self) -> Result<(), Diagnostics> {
        if self.items.is_empty() {
            return Ok(());
        }
        let mut items = self.items;
        items.sort_by_key(|d| (d.file, d.span.start, d.span.end));
        Err(Diagnostics {
            files: self.files,
            items,
            omitted: self.omitted,
        })
    }
}

/// `a`, `b` or `c`
pub(crate) fn list(items: &[&str]) -> String {
    let quoted: Vec<String> = items.iter().map(|i| format!("`{i}`")).collect();
    match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        Some((last, _)) => last.clone(),
        None => String::new(),
    }
}

/// The allowed name closest to a misspelt one, if any is close enough.
pub(crate) fn closest<'a>(name: &str, allowed: &[&'a str]) -> Option<&'a str> {
    // The distance is quadratic in the lengths: compare bounded prefixes.
    let name = prefix(name);
    allowed
        .iter()
        .map(|a| (strsim::jaro_winkler(name, prefix(a)), *a))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, a)| a)
}

/// Characters of a name that "did you mean" compares.
const COMPARED: usize = 64;

fn prefix(s: &str) -> &str {
    s.char_indices().nth(COMPARED).map_or(s, |(i, _)| &s[..i])
}

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
        let diags = Diagnostics::single(
            "specs/x.toml",
            "name = \"a\"\nmethd = \"POST\"\n",
            vec![
                Diagnostic::new("unknown key `methd`", 11..16)
                    .label("unknown key")
                    .help("did you mean `method`?"),
            ],
        );
        let out = diags.to_string();
        assert!(out.contains("error: unknown key `methd`"), "{out}");
        assert!(out.contains("--> specs/x.toml:2:1"), "{out}");
        assert!(out.contains("methd = \"POST\""), "{out}");
        assert!(out.contains("^^^^^ unknown key"), "{out}");
        assert!(out.contains("help: did you mean `method`?"), "{out}");
        assert!(out.ends_with("due to 1 previous error"), "{out}");
    }

    #[test]
    fn each_rendered_alone_matches_render_one() {
        let src = "name = \"x\"\nmethd = \"GET\"\n[path]\nüml = 1\n";
        let diags = Diagnostics::single(
            "specs/x.toml",
            src,
            vec![
                Diagnostic::new("unknown key `methd`", 11..16),
                Diagnostic::new("unknown key `üml`", 32..36),
                Diagnostic::new("past the end", 500..600),
            ],
        );
        let each = diags.render_each();
        assert_eq!(each.len(), 3);
        for (d, rendered) in diags.items.iter().zip(&each) {
            assert_eq!(*rendered, diags.render_one(d));
        }
        assert!(each[1].contains("specs/x.toml:4:1"), "{}", each[1]);
    }
}
