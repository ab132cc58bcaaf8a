//! Re-importing over a folder without losing edits. Every file the importer
//! writes ends with a digest line of the text above it. A later import
//! overwrites a file only while that line still matches its text (nobody has
//! edited it since) and the new text differs; an edited file, or one the
//! importer did not write (no digest, like the bundled specs), is left alone
//! and the new text goes beside it as `<file>.imported`, with a warning at
//! the file. [`Overwrite::Always`] (`--force`) overwrites regardless.

use std::path::{Path, PathBuf};

/// Starts the last line of every written file.
const DIGEST_LINE: &str = "# graph-gen import digest: ";

/// Which existing files an import may overwrite.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Overwrite {
    /// Only files the importer wrote and nobody edited since.
    #[default]
    Unedited,
    /// Every file (`graph-gen import --force`).
    Always,
}

/// What happened to one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Written: it was missing, unedited and different, or forced.
    Written,
    /// Already holds this text: not touched (its mtime is kept).
    Unchanged,
    /// Edited since the import (or not imported): left alone, the new text
    /// written to this path instead.
    Beside(PathBuf),
}

/// `text` with its digest line.
pub fn stamped(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 64);
    out.push_str(text);
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    out.push_str(DIGEST_LINE);
    out.push_str(&digest(&out[..out.len() - DIGEST_LINE.len()]));
    out.push('\n');
    out
}

/// Whether `file` is exactly what an import wrote: its last line is a
/// digest of the text above it.
pub fn unedited(file: &str) -> bool {
    let body = file.strip_suffix('\n').unwrap_or(file);
    let at = body.rfind('\n').map_or(0, |i| i + 1);
    body[at..]
        .strip_prefix(DIGEST_LINE)
        .is_some_and(|d| d == digest(&body[..at]))
}

/// Writes `stamped_text` (from [`stamped`]) to `path` as `overwrite` allows.
pub fn write(path: &Path, stamped_text: &str, overwrite: Overwrite) -> std::io::Result<Outcome> {
    match std::fs::read_to_string(path) {
        Ok(old) if old == stamped_text => return Ok(Outcome::Unchanged),
        Ok(old) if overwrite == Overwrite::Unedited && !unedited(&old) => {
            let mut beside = path.as_os_str().to_owned();
            beside.push(".imported");
            let beside = PathBuf::from(beside);
            if std::fs::read_to_string(&beside).ok().as_deref() != Some(stamped_text) {
                std::fs::write(&beside, stamped_text)?;
            }
            return Ok(Outcome::Beside(beside));
        }
        Ok(_) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(e),
    }
    std::fs::write(path, stamped_text)?;
    Ok(Outcome::Written)
}

/// 64-bit FNV-1a, in hex: detects edits, is stable across builds and
/// platforms, and needs no key (nothing here is secret).
fn digest(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{h:016x}")
}

#[cfg(test)]
mod tests {
    use super::{stamped, unedited};

    #[test]
    fn a_stamped_text_is_unedited_until_a_byte_changes() {
        let s = stamped("name = \"x\"\n");
        assert!(unedited(&s));
        assert!(!unedited(&s.replace("x", "y")));
        assert!(!unedited("name = \"x\"\n"));
        assert!(!unedited(""));
    }
}
