//! The end of a run over a whole docs tree: findings grouped by reason, with
//! a count and one example each, instead of every finding in full.
//!
//! A reason is a finding's message with what varies from page to page taken
//! out: the contents of code spans (`` `Mail.Send` `` -> `` `…` ``) and
//! numbers. A spec graph-spec rejects is grouped by graph-spec's first
//! problem, which says why.

use std::collections::HashMap;
use std::fmt;

use crate::report::{Finding, Severity};

/// Findings of one reason.
#[derive(Debug, Clone)]
pub struct Reason<'a> {
    /// Error or warning.
    pub severity: Severity,
    /// The message with its particulars taken out.
    pub reason: String,
    /// How many findings have it.
    pub count: usize,
    /// The first of them.
    pub example: &'a Finding,
}

/// The reasons of `findings`: errors first, then by count, most first.
/// Linear in the findings' text (one hash map).
pub fn summarize(findings: &[Finding]) -> Vec<Reason<'_>> {
    let mut index: HashMap<(Severity, String), usize> = HashMap::new();
    let mut out: Vec<Reason<'_>> = Vec::new();
    for f in findings {
        let key = (f.severity, reason_of(f));
        match index.get(&key) {
            Some(&i) => out[i].count += 1,
            None => {
                index.insert(key.clone(), out.len());
                out.push(Reason {
                    severity: key.0,
                    reason: key.1,
                    count: 1,
                    example: f,
                });
            }
        }
    }
    // Stable: reasons of equal count stay in order of first appearance.
    out.sort_by(|a, b| (a.severity, b.count).cmp(&(b.severity, a.count)));
    out
}

/// The reason of one finding.
pub fn reason_of(f: &Finding) -> String {
    let mut reason = generalize(&f.message);
    if f.message.contains("rejected by graph-spec")
        && let Some(first) = f.help.first()
    {
        let why = first.split_once(": ").map_or(first.as_str(), |(_, m)| m);
        reason.push_str(": ");
        reason.push_str(&generalize(why));
    }
    reason
}

/// `` `x` `` -> `` `…` ``, numbers -> `N` (a digit run followed by a letter,
/// like `2xx`, is a word and stays).
pub fn generalize(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut in_code = false;
    let mut digits = String::new();
    for c in message.chars() {
        if in_code && c != '`' {
            continue;
        }
        if c.is_ascii_digit() {
            digits.push(c);
            continue;
        }
        if !digits.is_empty() {
            if c.is_alphabetic() {
                out.push_str(&digits);
            } else {
                out.push('N');
            }
            digits.clear();
        }
        if c == '`' {
            out.push_str(if in_code { "`" } else { "`…" });
            in_code = !in_code;
            continue;
        }
        out.push(c);
    }
    if !digits.is_empty() {
        out.push('N');
    }
    if in_code {
        out.push('`');
    }
    out
}

/// Characters of the example's message shown (a line, not a paragraph).
const EXAMPLE_CHARS: usize = 160;

/// The summary as printed after a run: one line per reason and its example.
pub struct Summary<'a>(pub &'a [Reason<'a>]);

impl fmt::Display for Summary<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for r in self.0 {
            let word = match r.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            writeln!(f, "{word:>7} {:>6}  {}", r.count, r.reason)?;
            let message: String = r.example.message.chars().take(EXAMPLE_CHARS).collect();
            let more = if message.len() < r.example.message.len() {
                "…"
            } else {
                ""
            };
            writeln!(
                f,
                "{:>16}e.g. {}: {message}{more}",
                "",
                r.example.location()
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Sink;
    use std::sync::Arc;

    #[test]
    fn particulars_are_taken_out() {
        assert_eq!(
            generalize("the permissions table has 16 rows; expected 3 (`Mail.Send`)"),
            "the permissions table has N rows; expected N (`…`)"
        );
        assert_eq!(generalize("unclosed `code"), "unclosed `…`");
        assert_eq!(
            generalize("names a 2xx status at 12"),
            "names a 2xx status at N"
        );
    }

    #[test]
    fn findings_group_by_reason_errors_first_then_by_count() {
        let mut sink = Sink::new(Arc::from("a.md"), Arc::from("x\ny\n"));
        sink.warn("`A` left out", 0..1);
        sink.error("no permissions table", 2..3);
        sink.warn("`B` left out", 2..3);
        let all = summarize(&sink.findings);
        assert_eq!(all.len(), 2);
        assert_eq!(all[0].severity, Severity::Error);
        assert_eq!((all[1].count, all[1].reason.as_str()), (2, "`…` left out"));
        assert_eq!(all[1].example.location(), "a.md:1:1");
        let text = Summary(&all).to_string();
        assert!(text.contains("warning      2  `…` left out\n"), "{text}");
    }
}
