//! The reading stage: every page a run needs, read from disk once, before
//! any analysis. The API pages of the given paths; the permission includes
//! they name; and the resource pages reachable from them: the pages their
//! type cells and resource links point at (or name), and from each resource
//! page, the pages its property types and its base point at, to the end of
//! those chains. Each page and folder is read once, so the work is linear in
//! the pages reached, and a one-page import reads only that page's types.

use std::collections::{HashMap, HashSet};
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::api::type_cell;
use crate::markdown::{Block, Inline};
use crate::page::{Page, Pages};
use crate::permissions::{include_paths, is_permissions_include};
use crate::report::{Annotate, Finding};
use crate::resource::{Resource, Resources, read_resource, stem_index};
use crate::types::{guessed_page, is_page_link, is_type_name, named_type, primitive};
use crate::{Options, io_finding, is_api_page, markdown_files};

/// One file of the walk, in path order.
pub enum File {
    /// An API page, to analyse.
    Api(Page),
    /// Not analysed (unreadable, or not an API page): its findings.
    Skipped(Vec<Finding>),
}

/// What the reading stage read.
pub struct Read {
    /// Every `.md` file of the paths, in path order.
    pub files: Vec<File>,
    /// The resource pages the API pages reach.
    pub resources: Resources,
    /// The permission includes of the API pages, by the paths they may be at.
    pub includes: Pages,
}

/// Reads the pages of `paths` and everything they need. Unreadable folders
/// go to `findings`; a file's own problems stay with it in [`File::Skipped`].
pub fn read(paths: &[PathBuf], options: &Options, findings: &mut Vec<Finding>) -> Read {
    let explicit: HashSet<&PathBuf> = paths.iter().filter(|p| !p.is_dir()).collect();
    let files: Vec<File> = markdown_files(paths, findings)
        .into_iter()
        .map(|file| read_file(&file, explicit.contains(&file)))
        .collect();
    let api = || {
        files.iter().filter_map(|f| match f {
            File::Api(page) => Some(page),
            File::Skipped(_) => None,
        })
    };
    let mut reach = Reach::default();
    for page in api() {
        reach.follow_api_page(page);
    }
    let resources = reach.run();
    let mut includes = Pages::default();
    for page in api() {
        for include in page
            .doc
            .includes
            .iter()
            .filter(|i| is_permissions_include(i))
        {
            for path in include_paths(page, include, &options.include_dirs) {
                if includes.contains(&path) {
                    continue;
                }
                if let Ok(inc) = Page::read(&path) {
                    includes.insert(path, inc);
                }
            }
        }
    }
    Read {
        files,
        resources,
        includes,
    }
}

fn read_file(file: &Path, explicit: bool) -> File {
    let page = match Page::read(file) {
        Ok(p) => p,
        Err(e) => return File::Skipped(vec![io_finding(file, &e)]),
    };
    if is_api_page(&page) {
        return File::Api(page);
    }
    let mut sink = page.sink();
    if explicit {
        sink.error(
            "not an API reference page: no `METHOD /path` request block",
            0..0,
        )
        .with_label("this page")
        .with_help("resource pages are read through the API pages that link to them");
    }
    File::Skipped(sink.findings)
}

/// The resource pages reached so far and the ones still to read.
#[derive(Default)]
struct Reach {
    /// Every path asked for, read or found missing.
    asked: HashMap<PathBuf, Option<Arc<Resource>>>,
    /// Folder indexes, for types found by name (see [`Resources::find_by_name`]).
    by_stem: HashMap<PathBuf, HashMap<String, PathBuf>>,
    /// The file names of each folder looked in, listed once: a page is
    /// opened only when its folder has it.
    listed: HashMap<PathBuf, HashSet<OsString>>,
    /// Asked for, not read yet.
    queue: Vec<PathBuf>,
    /// Every file read (or found missing), by its own path: a page asked
    /// for under two spellings (`driveItem.md`, `driveitem.md`) is read once.
    files: HashMap<PathBuf, Option<Arc<Resource>>>,
}

impl Reach {
    /// What an API page may look up: the pages the type cells of its
    /// tables (read as body tables) link to or name, and those its prose
    /// links to under `resources/` (request and response resources).
    fn follow_api_page(&mut self, page: &Page) {
        for block in &page.doc.blocks {
            match block {
                Block::Table { rows, .. } => {
                    for row in rows.iter().filter(|r| r.len() >= 2) {
                        self.type_cell(page, type_cell(row));
                    }
                }
                Block::Para(inline) | Block::Heading { inline, .. } => {
                    for link in &inline.links {
                        // As the request and response readers pick them.
                        let page_link = link.dest.ends_with(".md") || is_page_link(&link.dest);
                        if link.dest.contains("resources/") && page_link {
                            self.linked(page, &link.dest, &link.text);
                        }
                    }
                }
                Block::Code { .. } => {}
            }
        }
    }

    /// What a resource page may look up: its properties' types and its base.
    fn follow_resource(&mut self, res: &Resource) {
        for [_, ty, _] in &res.rows {
            self.type_cell(&res.page, ty);
        }
        if let Some(base) = &res.base {
            self.ask(base.page.clone());
            self.by_name(&base.page, &base.name);
        }
    }

    /// A cell [`crate::types::parse`] may read: the pages it links to, or
    /// the page of the type it names.
    fn type_cell(&mut self, page: &Page, cell: &Inline) {
        for link in &cell.links {
            if is_page_link(&link.dest) {
                self.linked(page, &link.dest, &link.text);
            }
        }
        let base = named_type(&cell.text);
        if !base.is_empty() && primitive(&base).is_none() {
            let name = base.strip_prefix("microsoft.graph.").unwrap_or(&base);
            self.ask(guessed_page(page, name));
        }
    }

    /// A link's page, and the page of its text's type name in that folder
    /// (where a broken link is looked for).
    fn linked(&mut self, page: &Page, dest: &str, text: &str) {
        let path = page.resolve(dest);
        let name = text.trim();
        if is_type_name(name) {
            self.by_name(&path, name);
        }
        self.ask(path);
    }

    /// The page named `name` in the folder of `beside`, if the folder has one.
    fn by_name(&mut self, beside: &Path, name: &str) {
        let Some(dir) = beside.parent() else {
            return;
        };
        if !self.by_stem.contains_key(dir) {
            let pages = self
                .listing(dir)
                .iter()
                .map(|name| dir.join(name))
                .filter(|p| p.extension().is_some_and(|x| x == "md"))
                .collect();
            self.by_stem.insert(dir.to_path_buf(), stem_index(pages));
        }
        if let Some(found) = self.by_stem[dir].get(&name.to_ascii_lowercase()).cloned() {
            self.ask(found);
        }
    }

    fn ask(&mut self, path: PathBuf) {
        if !self.asked.contains_key(&path) {
            self.asked.insert(path.clone(), None);
            self.queue.push(path);
        }
    }

    /// Reads every page asked for, and what those ask for in turn.
    fn run(mut self) -> Resources {
        while let Some(path) = self.queue.pop() {
            let Some(res) = self.read_at(&path) else {
                continue;
            };
            self.follow_resource(&res);
            self.asked.insert(path, Some(res));
        }
        let pages = self
            .asked
            .into_iter()
            .filter_map(|(path, res)| Some((path, res?)))
            .collect();
        Resources::new(pages, self.by_stem)
    }
}

impl Reach {
    /// The resource page at `path`, or at its lower case file name: links
    /// are written on case-insensitive hosts (`driveItem.md` for `driveitem.md`).
    fn read_at(&mut self, path: &Path) -> Option<Arc<Resource>> {
        let lower = path
            .file_name()
            .and_then(|n| n.to_str())
            .map(|n| path.with_file_name(n.to_lowercase()));
        self.read_file(path).or_else(|| match &lower {
            Some(l) if l != path => self.read_file(l),
            _ => None,
        })
    }

    fn read_file(&mut self, file: &Path) -> Option<Arc<Resource>> {
        if let Some(read) = self.files.get(file) {
            return read.clone();
        }
        let read = self
            .is_listed(file)
            .then(|| Page::read(file).ok().map(|p| Arc::new(read_resource(p))))
            .flatten();
        self.files.insert(file.to_path_buf(), read.clone());
        read
    }

    /// Whether `file`'s folder lists it (most pages asked for by a guessed
    /// name do not exist).
    fn is_listed(&mut self, file: &Path) -> bool {
        let (Some(dir), Some(name)) = (file.parent(), file.file_name()) else {
            return false;
        };
        self.listing(dir).contains(name)
    }

    /// The file names of `dir`, listed once per run (none when it cannot be).
    fn listing(&mut self, dir: &Path) -> &HashSet<OsString> {
        self.listed.entry(dir.to_path_buf()).or_insert_with(|| {
            std::fs::read_dir(dir)
                .into_iter()
                .flatten()
                .flatten()
                .map(|e| e.file_name())
                .collect()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A docs tree of one API page and four resource pages, in a fresh folder.
    fn tree() -> PathBuf {
        let root = std::env::temp_dir().join(format!(
            "graph-import-read-{}-{:?}",
            std::process::id(),
            std::thread::current().id()
        ));
        let _ = std::fs::remove_dir_all(&root);
        let api = root.join("api-reference/v1.0/api");
        let res = root.join("api-reference/v1.0/resources");
        std::fs::create_dir_all(&api).unwrap();
        std::fs::create_dir_all(&res).unwrap();
        let page = "# thing: get\n\nGet a thing.\n\n## HTTP request\n\n```http\nGET /things/{id}\n```\n\n\
            ## Response\n\nIf successful, this method returns a `200 OK` response code and a [thing](../resources/thing.md) object in the response body.\n";
        std::fs::write(api.join("thing-get.md"), page).unwrap();
        let resource = |name: &str, base: &str, rows: &str| {
            format!(
                "# {name} resource type\n\nA {name}.\n\n## Properties\n\n| Property | Type | Description |\n|:--|:--|:--|\n{rows}\n\n\
                 <!-- {{\n  \"blockType\": \"resource\",\n  \"baseType\": \"{base}\",\n  \"@odata.type\": \"microsoft.graph.{name}\"\n}}-->\n\n```json\n{{}}\n```\n"
            )
        };
        // `thing` links `part` (spelled in another case), names `color`
        // without a link, and derives from `entity`.
        std::fs::write(
            res.join("thing.md"),
            resource(
                "thing",
                "microsoft.graph.entity",
                "| part | [part](Part.md) | Its part. |\n| color | color | Its color. |",
            ),
        )
        .unwrap();
        std::fs::write(
            res.join("part.md"),
            resource("part", "", "| size | Int32 | Its size. |"),
        )
        .unwrap();
        std::fs::write(
            res.join("color.md"),
            resource("color", "", "| hue | String | Its hue. |"),
        )
        .unwrap();
        std::fs::write(
            res.join("entity.md"),
            resource("entity", "", "| id | String | Its id. |"),
        )
        .unwrap();
        std::fs::write(
            res.join("unrelated.md"),
            resource("unrelated", "", "| x | String | X. |"),
        )
        .unwrap();
        root
    }

    #[test]
    fn reads_the_resources_a_page_reaches_and_no_others() {
        let root = tree();
        let page = root.join("api-reference/v1.0/api/thing-get.md");
        let res = root.join("api-reference/v1.0/resources");
        let mut findings = Vec::new();
        let read = read(&[page], &Options::default(), &mut findings);
        assert!(findings.is_empty(), "{findings:?}");
        assert!(matches!(read.files[..], [File::Api(_)]));
        let name = |file: &str| read.resources.get(&res.join(file)).map(|r| r.name.clone());
        assert_eq!(name("thing.md").as_deref(), Some("thing"));
        // Linked as `Part.md`: kept under the asked path, read from `part.md`.
        assert_eq!(name("Part.md").as_deref(), Some("part"));
        assert_eq!(name("color.md").as_deref(), Some("color"));
        assert_eq!(name("entity.md").as_deref(), Some("entity"));
        assert_eq!(name("unrelated.md"), None);
        let _ = std::fs::remove_dir_all(&root);
    }
}
