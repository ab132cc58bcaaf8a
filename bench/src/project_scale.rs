//! (h): loading and checking a project at Graph's scale, N endpoint specs
//! sharing one models file of N types, at sizes an order of magnitude
//! apart, so growth shows: each models file is read and checked once per
//! project, and a spec's checks look its types up by name, so the cost per
//! spec should not grow with the project.

use std::fmt::Write as _;
use std::path::Path;
use std::time::Instant;

use anyhow::{Context, Result};

use crate::stats::median;

/// One measured size.
pub struct ProjectRow {
    pub specs: usize,
    pub types: usize,
    /// Median wall time of `graph_spec::project::open`, in milliseconds.
    pub millis: f64,
}

const BEGIN: &str = "<!-- project:begin -->";
const END: &str = "<!-- project:end -->";

/// A models file of `n` types: each holds strings, a double, an enum and
/// the next two types (optional), so the types form one connected web.
fn models(n: usize) -> String {
    let mut out = String::with_capacity(n * 300);
    out.push_str("[enums.level]\nvalues = [\"low\", \"normal\", \"high\"]\n\n");
    for i in 0..n {
        let _ = writeln!(
            out,
            "[models.type{i}]\ndescription = \"Type {i}.\"\n[models.type{i}.fields]"
        );
        let _ = writeln!(
            out,
            "id = {{ type = \"string\", description = \"The id.\" }}"
        );
        let _ = writeln!(
            out,
            "displayName = {{ type = \"string\", description = \"The name.\" }}"
        );
        let _ = writeln!(
            out,
            "score = {{ type = \"double\", description = \"A score.\" }}"
        );
        let _ = writeln!(
            out,
            "level = {{ type = \"level\", description = \"A level.\" }}"
        );
        for (k, next) in [(i + 1) % n, (i * 7 + 3) % n].into_iter().enumerate() {
            let _ = writeln!(
                out,
                "link{k} = {{ type = \"type{next}\", description = \"A link.\" }}"
            );
        }
        out.push('\n');
    }
    out
}

/// An endpoint spec taking and returning `type{i % types}`.
fn spec(i: usize, types: usize) -> String {
    let t = i % types;
    format!(
        r#"name = "thing{i}: update"
type_name = "UpdateThing{i}"
summary = "Update thing {i}."
docs_url = "https://learn.microsoft.com/graph/api/thing{i}-update"
versions = ["v1.0"]
method = "PATCH"
models = "../models/models.toml"

[[paths]]
variant = "me"
template = "/me/things{i}/{{thing_id}}"

[[paths]]
variant = "user"
template = "/users/{{user_id}}/things{i}/{{thing_id}}"

[params.user_id]
description = "The user."

[params.thing_id]
description = "The thing."

[permissions]
delegated_work = ["Things.ReadWrite"]
delegated_personal = "not supported"
application = ["Things.ReadWrite.All"]

[request.body]
model = "type{t}"

[response]
status = 200
description = "200 OK"

[response.body]
model = "type{t}"
"#
    )
}

fn write_project(dir: &Path, n: usize) -> Result<()> {
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir.join("models"))?;
    std::fs::create_dir_all(dir.join("v1.0"))?;
    std::fs::write(dir.join("models/models.toml"), models(n))?;
    for i in 0..n {
        std::fs::write(dir.join(format!("v1.0/thing{i}.toml")), spec(i, n))?;
    }
    Ok(())
}

/// Loads and checks projects of each size in `sizes`, `reps` times each.
pub fn run(root: &Path, sizes: &[usize], reps: usize) -> Result<Vec<ProjectRow>> {
    let mut rows = Vec::new();
    for &n in sizes {
        let dir = root.join(format!("project-{n}"));
        write_project(&dir, n).with_context(|| format!("writing {}", dir.display()))?;
        let mut times = Vec::new();
        for _ in 0..reps.max(1) {
            let started = Instant::now();
            let project = graph_spec::project::open(&[&dir])
                .map_err(|e| anyhow::anyhow!("the synthetic project does not check: {e}"))?;
            times.push(started.elapsed().as_secs_f64() * 1000.0);
            anyhow::ensure!(
                project.specs.len() == n,
                "{} specs loaded of {n}",
                project.specs.len()
            );
        }
        let millis = median(&times);
        eprintln!(
            "[h] {n} specs, {n} types: {millis:.0} ms ({:.1} µs a spec)",
            millis * 1000.0 / n as f64
        );
        rows.push(ProjectRow {
            specs: n,
            types: n,
            millis,
        });
        let _ = std::fs::remove_dir_all(&dir);
    }
    Ok(rows)
}

/// The report section.
pub fn markdown(rows: &[ProjectRow], command: &str, machine: &str) -> String {
    let mut out = format!(
        "{BEGIN}\n## (h) Loading and checking a project at Graph's scale\n\n\
         N endpoint specs sharing one models file of N types (each type linked to two others, \
         so they form one web), loaded and checked with `graph_spec::project::open` on the \
         machine's cores, median of the runs. `{command}` on {machine}.\n\n\
         | specs | types | load + check | per spec |\n|---:|---:|---:|---:|\n"
    );
    for r in rows {
        let _ = writeln!(
            out,
            "| {} | {} | {:.0} ms | {:.1} µs |",
            r.specs,
            r.types,
            r.millis,
            r.millis * 1000.0 / r.specs as f64
        );
    }
    if let (Some(first), Some(last)) = (rows.first(), rows.last())
        && last.specs > first.specs
    {
        let size = last.specs as f64 / first.specs as f64;
        let time = last.millis / first.millis;
        let _ = writeln!(
            out,
            "\n{size:.0}x the specs and types took {time:.1}x the time: growth exponent {:.2} \
             (1 is linear, 2 quadratic).",
            time.ln() / size.ln()
        );
    }
    out.push_str(END);
    out.push('\n');
    out
}

/// `existing` with (h) replaced, or appended.
pub fn splice(existing: &str, section: &str) -> String {
    crate::report::splice(existing, BEGIN, END, section)
}
