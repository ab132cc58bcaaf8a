//! (e) on whole docs trees: `graph-gen import` as the CLI runs it (import,
//! write, check the written set with graph-spec) over a tree's API pages and
//! over every tenth of them, so that growth shows: linear import gives the
//! same pages/s at both sizes. Also the coverage: the share of API pages
//! whose spec is written and accepted together, and the share that is
//! imported or whose every route is imported from another page.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{Result, bail};

use crate::stats::median;

/// `--docs-tree LABEL=DIR`: a docs tree's `api` folder and what to call it
/// (locale, date, repository and commit).
#[derive(Debug, Clone)]
pub struct Tree {
    pub label: String,
    pub api: PathBuf,
}

impl Tree {
    pub fn parse(arg: &str) -> Result<Tree> {
        let Some((label, dir)) = arg.rsplit_once('=') else {
            bail!("--docs-tree takes LABEL=DIR (the tree's api-reference/<version>/api folder)");
        };
        let api = PathBuf::from(dir);
        if !api.is_dir() {
            bail!("--docs-tree: `{dir}` is not a folder");
        }
        Ok(Tree {
            label: label.to_owned(),
            api,
        })
    }
}

/// One measured size of one tree.
pub struct TreeRow {
    pub label: String,
    /// `all` or `1/10`.
    pub size: &'static str,
    pub pages: usize,
    pub imported: usize,
    /// Pages not written because each of their routes came from another
    /// page, which covers what they send and receive.
    pub duplicates: usize,
    /// Whether `graph-gen check` accepts the written set.
    pub accepted: bool,
    pub passes: usize,
    pub secs: f64,
}

impl TreeRow {
    pub fn pages_per_sec(&self) -> f64 {
        self.pages as f64 / self.secs.max(1e-9)
    }
}

/// The tree's API-page candidates (`*.md` of the folder), all or every tenth.
fn pages(api: &Path, every: usize) -> Result<Vec<PathBuf>> {
    let mut all: Vec<PathBuf> = std::fs::read_dir(api)?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    all.sort();
    Ok(all.into_iter().step_by(every).collect())
}

/// Where the whole tree's last pass is written, under the scratch folder.
pub const WHOLE_TREE_OUT: &str = "import-tree-1";

/// Measures `tree` at both sizes, `passes` timed passes each (median). The
/// whole tree's import stays in [`WHOLE_TREE_OUT`].
pub fn measure(tree: &Tree, scratch: &Path, passes: usize) -> Result<Vec<TreeRow>> {
    let mut rows = Vec::new();
    for (size, every) in [("1/10", 10), ("all", 1)] {
        let files = pages(&tree.api, every)?;
        // Folders, not files: a file named explicitly must be an API page.
        let inputs: Vec<PathBuf> = if every == 1 {
            vec![tree.api.clone()]
        } else {
            files
        };
        let out = scratch.join(format!("import-tree-{every}"));
        debug_assert!(every != 1 || out.ends_with(WHOLE_TREE_OUT));
        let mut times = Vec::new();
        let mut last = None;
        for _ in 0..passes.max(1) {
            let _ = std::fs::remove_dir_all(&out);
            let t = Instant::now();
            let mut import = graph_import::import(&inputs, &graph_import::Options::default());
            let mut findings = std::mem::take(&mut import.findings);
            findings.extend(graph_import::write(&mut import, &out));
            times.push(t.elapsed().as_secs_f64());
            let duplicates = findings
                .iter()
                .filter(|f| f.message.starts_with("page skipped: each of its routes"))
                .count();
            last = Some((import.pages, import.imported, duplicates));
        }
        let Some((pages, imported, duplicates)) = last else {
            bail!("no pass ran");
        };
        let accepted = imported == 0 || graph_spec::project::open(&[&out]).is_ok();
        rows.push(TreeRow {
            label: tree.label.clone(),
            size,
            pages,
            imported,
            duplicates,
            accepted,
            passes: times.len(),
            secs: median(&times),
        });
    }
    Ok(rows)
}

pub const BEGIN: &str = "<!-- import-tree:begin -->";
pub const END: &str = "<!-- import-tree:end -->";

/// The RESULTS.md section, markers included.
pub fn section(
    rows: &[TreeRow],
    compiled: &[crate::treecompile::CompileRow],
    command: &str,
    machine: &str,
) -> String {
    let mut o = String::new();
    let _ = writeln!(
        o,
        "{BEGIN}\n## (e) Import of whole docs trees\n\n\
         `{command}` on {machine}, one thread: `graph_import::import` + `write` (what \
         `graph-gen import DIR -o OUT` does: read, analyse, emit, write, check the written set \
         with graph-spec) over a tree's `api/` folder and over every tenth page of it. \
         Linear import keeps pages/s the same at both sizes. *imported* = specs written and \
         accepted together by `graph-gen check` (the *check* column); *dup* = pages whose every \
         route is imported from another page (one page per route) that covers them: each type \
         the page sends or receives is the one that page declares or derives from it in the \
         models (`base = ...`), so Intune's per-derived-type pages count only when their type \
         is in the models below the base route's.\n\n\
         | tree | size | API pages | imported | dup | check | passes | s | pages/s | imported % | imported + dup % |\n\
         |---|---|---:|---:|---:|---|---:|---:|---:|---:|---:|"
    );
    for r in rows {
        let pct = |n: usize| 100.0 * n as f64 / r.pages.max(1) as f64;
        let _ = writeln!(
            o,
            "| {} | {} | {} | {} | {} | {} | {} | {:.2} | {:.0} | {:.1} | {:.1} |",
            r.label,
            r.size,
            r.pages,
            r.imported,
            r.duplicates,
            if r.accepted { "ok" } else { "fails" },
            r.passes,
            r.secs,
            r.pages_per_sec(),
            pct(r.imported),
            pct(r.imported + r.duplicates)
        );
    }
    if !compiled.is_empty() {
        let _ = writeln!(
            o,
            "\nEach whole tree's imported specs as one crate (`--compile`): `graph-gen generate OUT -o \
             src/graph.rs --client --server` in a crate depending on graph-runtime (`client`, \
             `server`), `cargo check` after its dependencies are checked; peak = the checking \
             rustc's resident set (`VmHWM`).\n\n\
             | tree | endpoints | generated Rust | cargo check | errors | warnings | s | peak GB |\n\
             |---|---:|---:|---|---:|---:|---:|---:|"
        );
        for c in compiled {
            let _ = writeln!(
                o,
                "| {} | {} | {:.1} MB | {} | {} | {} | {:.0} | {:.1} |",
                c.label,
                c.endpoints,
                c.code_bytes as f64 / 1e6,
                if c.ok { "ok" } else { "fails" },
                c.errors,
                c.warnings,
                c.secs,
                c.peak_kib as f64 / 1_048_576.0
            );
        }
    }
    let _ = writeln!(o, "{END}");
    o
}
