//! A page read from disk: its text, display path and parsed blocks, and the
//! page's sections (one per `##` heading).

use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use crate::markdown::{self, Annotation, Block, Doc};
use crate::report::Sink;

/// A parsed docs page.
#[derive(Debug, Clone)]
pub struct Page {
    /// The file on disk.
    pub path: PathBuf,
    /// The path as shown in findings.
    pub display: Arc<str>,
    /// The text.
    pub source: Arc<str>,
    /// The blocks.
    pub doc: Doc,
}

/// Pages read ahead of the analysis, by the path they were asked for: what
/// the analysis looks up instead of the disk.
#[derive(Debug, Default)]
pub struct Pages {
    by_path: HashMap<PathBuf, Page>,
}

impl Pages {
    /// The page read for `path`, if it could be read.
    pub fn get(&self, path: &Path) -> Option<&Page> {
        self.by_path.get(path)
    }

    /// Whether `path` was looked at (read, or found missing).
    pub fn contains(&self, path: &Path) -> bool {
        self.by_path.contains_key(path)
    }

    /// Keeps the page read for `path`.
    pub fn insert(&mut self, path: PathBuf, page: Page) {
        self.by_path.insert(path, page);
    }
}

/// A `##` section: its heading and the blocks up to the next `##` (or `#`).
#[derive(Debug, Clone, Copy)]
pub struct Section {
    /// Index of the heading block.
    pub heading: usize,
    /// First block after the heading.
    pub start: usize,
    /// One past the last block.
    pub end: usize,
}

impl Page {
    /// Reads and parses `path`.
    pub fn read(path: &Path) -> std::io::Result<Page> {
        let source = std::fs::read_to_string(path)?;
        Ok(Page::from_source(path, source))
    }

    /// Parses `source` as the page at `path`.
    pub fn from_source(path: &Path, source: String) -> Page {
        let doc = markdown::parse(&source);
        Page {
            path: path.to_path_buf(),
            display: path.to_string_lossy().into(),
            source: source.into(),
            doc,
        }
    }

    /// A findings sink for this page.
    pub fn sink(&self) -> Sink {
        Sink::new(self.display.clone(), self.source.clone())
    }

    /// The page's `##` and `###` sections, in order. `#` headings inside
    /// them are the docs' code tabs (`# [HTTP](#tab/http)`), not new
    /// sections. `###` counts because older pages put `### Response` and
    /// `### Example` under `## Request body`.
    pub fn sections(&self) -> Vec<Section> {
        let mut out: Vec<Section> = Vec::new();
        for (i, block) in self.doc.blocks.iter().enumerate() {
            if let Block::Heading { level: 2 | 3, .. } = block {
                if let Some(last) = out.last_mut() {
                    last.end = i;
                }
                out.push(Section {
                    heading: i,
                    start: i + 1,
                    end: self.doc.blocks.len(),
                });
            }
        }
        out
    }

    /// The blocks of a section.
    pub fn blocks(&self, section: Section) -> &[Block] {
        &self.doc.blocks[section.start..section.end]
    }

    /// The annotation written just before code block `index` (and after the
    /// block before it), if any.
    pub fn annotation_of(&self, index: usize) -> Option<&Annotation> {
        let offset = self.doc.blocks.get(index)?.offset();
        let after = index
            .checked_sub(1)
            .and_then(|i| self.doc.blocks.get(i))
            .map_or(0, Block::end);
        self.doc.annotation_before(offset, after)
    }

    /// A link target resolved against the page's folder, lexically normalized.
    pub fn resolve(&self, dest: &str) -> PathBuf {
        let dest = dest.split(['#', '?']).next().unwrap_or("");
        let dir = self.path.parent().unwrap_or(Path::new(""));
        normalize(&dir.join(dest))
    }
}

/// Removes `.` and `name/..` pairs without touching the file system.
pub fn normalize(path: &Path) -> PathBuf {
    let mut out: Vec<Component> = Vec::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => match out.last() {
                Some(Component::Normal(_)) => {
                    out.pop();
                }
                _ => out.push(c),
            },
            c => out.push(c),
        }
    }
    out.iter().collect()
}
