//! (a) Generation cost per endpoint: load + validate + generate (tokens), and
//! prettyplease formatting of those tokens measured on its own.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{Result, anyhow};
use graph_spec::Options;

use crate::stats::median;

/// One measured set of specs.
pub struct GenRow {
    pub label: String,
    pub endpoints: usize,
    pub iterations: usize,
    /// Median of one pass over every spec (load + validate + generate), per endpoint.
    pub generate_us: f64,
    /// Median of formatting every spec's tokens with prettyplease, per endpoint.
    pub pretty_us: f64,
}

/// Every endpoint spec (`*.toml` outside `models/`) under `dir`, sorted.
pub fn spec_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d)? {
            let path = entry?.path();
            if path.is_dir() {
                if path.file_name().is_some_and(|n| n != "models") {
                    stack.push(path);
                }
            } else if path.extension().is_some_and(|e| e == "toml") {
                out.push(path);
            }
        }
    }
    out.sort();
    Ok(out)
}

/// Times `files`: at least `min_iters` passes, then until `time_limit`.
pub fn measure(
    label: &str,
    files: &[PathBuf],
    min_iters: usize,
    time_limit: Duration,
) -> Result<GenRow> {
    let n = files.len().max(1);
    let mut gen_times = Vec::new();
    let mut pretty_times = Vec::new();
    let started = Instant::now();
    while gen_times.len() < min_iters || started.elapsed() < time_limit {
        let t = Instant::now();
        let mut tokens = Vec::with_capacity(files.len());
        for f in files {
            let display = f.to_string_lossy();
            let spec = graph_spec::load_file(f, &display)
                .map_err(|d| anyhow!("spec does not validate:\n{d}"))?;
            tokens.push(graph_spec::generate(&spec, &Options::default()));
        }
        gen_times.push(t.elapsed().as_secs_f64());
        let t = Instant::now();
        for tokens in tokens {
            let text = graph_spec::to_pretty_string(tokens).map_err(|e| anyhow!(e))?;
            std::hint::black_box(text);
        }
        pretty_times.push(t.elapsed().as_secs_f64());
        if gen_times.len() >= 10_000 {
            break;
        }
    }
    Ok(GenRow {
        label: label.to_owned(),
        endpoints: files.len(),
        iterations: gen_times.len(),
        generate_us: median(&gen_times) * 1e6 / n as f64,
        pretty_us: median(&pretty_times) * 1e6 / n as f64,
    })
}
