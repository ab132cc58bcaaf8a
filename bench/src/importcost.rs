//! (e) Import cost: Graph reference pages (Markdown) to spec texts with
//! `graph_import::import`, per page, over the shared docs corpus (or the
//! committed fixtures when the corpus is not beside the repository).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{Result, bail};

use crate::stats::median;

/// The measured import.
pub struct ImportRow {
    /// What was imported.
    pub label: String,
    /// API pages read per pass.
    pub pages: usize,
    /// Specs produced per pass.
    pub imported: usize,
    /// Passes timed.
    pub iterations: usize,
    /// Median milliseconds per page (parse, analyse, resource pages, emit).
    pub ms_per_page: f64,
}

/// The English pages to import: `../shared/graph-docs/en-US` beside the
/// repository, else the fixtures of graph-import.
pub fn corpus(main_dir: &Path) -> (String, PathBuf) {
    let shared = main_dir.join("../shared/graph-docs/en-US");
    if shared.is_dir() {
        (
            "shared corpus (../shared/graph-docs/en-US)".to_owned(),
            shared,
        )
    } else {
        (
            "graph-import fixtures".to_owned(),
            main_dir.join("graph-import/tests/fixtures/en-US"),
        )
    }
}

/// Times whole imports of `dir` (reading files included, as the CLI does):
/// at least `min_iters` passes, then until `time_limit`.
/// `includes` supplies the permission includes the corpus lacks.
pub fn measure(
    label: &str,
    dir: &Path,
    includes: &Path,
    min_iters: usize,
    time_limit: Duration,
) -> Result<ImportRow> {
    let options = graph_import::Options {
        version: None,
        include_dirs: vec![includes.to_path_buf()],
        merge_into: None,
        facts_only: false,
        by_area: false,
    };
    let mut times = Vec::new();
    let mut last = None;
    let started = Instant::now();
    while times.len() < min_iters || started.elapsed() < time_limit {
        let t = Instant::now();
        let import = graph_import::import(&[dir.to_path_buf()], &options);
        times.push(t.elapsed().as_secs_f64());
        last = Some((import.pages, import.imported));
        if times.len() >= 1000 {
            break;
        }
    }
    let Some((pages, imported)) = last else {
        bail!("no import pass ran");
    };
    if pages == 0 {
        bail!("no API pages under {}", dir.display());
    }
    Ok(ImportRow {
        label: label.to_owned(),
        pages,
        imported,
        iterations: times.len(),
        ms_per_page: median(&times) * 1e3 / pages as f64,
    })
}
