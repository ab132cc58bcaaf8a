//! Spec text made safe for a doc comment: shown as written, never acted on
//! by rustdoc (links, HTML, doctests).

use std::collections::HashMap;
use std::fmt::Write;

/// Spec prose as rustdoc prose that shows it as written.
///
/// A fenced code block stays a code block, but a `text` one: rustdoc would
/// compile and run an unlabelled one as a doctest of the user's crate. One
/// left open is closed at the end, so it cannot swallow the documentation
/// after it. A line indented four columns or more loses its indentation, so
/// none becomes an indented code block (a doctest too). The rest is
/// [`inline`] prose.
pub(crate) fn text(s: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut prose: Vec<&str> = Vec::new();
    let mut fence: Option<&str> = None;
    for line in s.split('\n') {
        if let Some(open) = fence {
            out.push(line.to_owned());
            if closes_fence(line, open) {
                fence = None;
            }
            continue;
        }
        if let Some(open) = opens_fence(line) {
            if !prose.is_empty() {
                out.push(inline(&prose.join("\n")));
                prose.clear();
            }
            out.push(format!("{open}text"));
            fence = Some(open);
            continue;
        }
        prose.push(at_most_three_spaces(line));
    }
    if !prose.is_empty() {
        out.push(inline(&prose.join("\n")));
    }
    if let Some(open) = fence {
        out.push(open.to_owned());
    }
    out.join("\n")
}

/// The fence (run of three or more backticks or tildes) a line opens a
/// fenced code block with, if it does; the info string after it is dropped.
fn opens_fence(line: &str) -> Option<&str> {
    let rest = line.trim_start_matches(' ');
    if line.len() - rest.len() > 3 {
        return None;
    }
    let c = rest.chars().next().filter(|c| matches!(c, '`' | '~'))?;
    let run = rest.len() - rest.trim_start_matches(c).len();
    // A backtick in a backtick fence's info string makes it a code span.
    (run >= 3 && !(c == '`' && rest[run..].contains('`'))).then(|| &rest[..run])
}

/// Whether `line` closes the block `open` opened: at least as long a run
/// of the same character, and nothing else.
fn closes_fence(line: &str, open: &str) -> bool {
    let rest = line.trim_start_matches(' ');
    let Some(c) = open.chars().next() else {
        return false;
    };
    let run = rest.len() - rest.trim_start_matches(c).len();
    line.len() - rest.len() <= 3 && run >= open.len() && rest[run..].trim().is_empty()
}

/// `line`, or without its indentation when that is four columns or more
/// (which Markdown reads as code).
fn at_most_three_spaces(line: &str) -> &str {
    let body = line.trim_start_matches([' ', '\t']);
    let indent = &line[..line.len() - body.len()];
    if indent.len() <= 3 && !indent.contains('\t') {
        line
    } else {
        body
    }
}

/// Prose outside code blocks: code spans (`` `inbox` ``) are kept, as the
/// specs write names that way and nothing in a code span is a link or HTML.
/// Elsewhere, what rustdoc would act on is escaped: `[` and `]` (an
/// intra-doc or Markdown link: `[recipient]`, `[text](page.md)`), `<`, `>`
/// and `&` (HTML tags and entities), `\` (an escape), and a backtick that
/// closes no span. A bare URL becomes an autolink (`<https://...>`), which
/// rustdoc asks for.
fn inline(s: &str) -> String {
    let closes = closing_runs(s);
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    let mut at = 0;
    let mut prev: Option<char> = None;
    while let Some(c) = s[at..].chars().next() {
        if c == '`' {
            let run = backtick_run(&s[at..]);
            if let Some(&end) = closes.get(&at) {
                // A code span, verbatim through its closing run.
                out.push_str(&s[at..end + run]);
                at = end + run;
            } else {
                out.push_str(&"\\`".repeat(run));
                at += run;
            }
            prev = Some('`');
            continue;
        }
        if !prev.is_some_and(char::is_alphanumeric)
            && let Some(len) = bare_url(&s[at..])
        {
            out.push('<');
            out.push_str(&s[at..at + len]);
            out.push('>');
            at += len;
            prev = Some('/');
            continue;
        }
        match c {
            '\\' => out.push_str("\\\\"),
            '[' => out.push_str("\\["),
            ']' => out.push_str("\\]"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            _ => out.push(c),
        }
        at += c.len_utf8();
        prev = Some(c);
    }
    out
}

/// A literal (a name, a header value, a type) as a code span, fenced with
/// more backticks than it holds, so nothing in it is read as Markdown.
pub(crate) fn code(s: &str) -> String {
    let longest = s.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = if s.starts_with('`') || s.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{s}{pad}{fence}")
}

/// A URL as a Markdown link destination: as it is when nothing in it ends
/// or escapes a destination, else in angle brackets with what cannot stand
/// there percent-encoded.
pub(crate) fn destination(url: &str) -> String {
    let plain = |c: char| !(c.is_whitespace() || c.is_control() || "<>()\\".contains(c));
    if url.chars().all(plain) {
        return url.to_owned();
    }
    let mut out = String::with_capacity(url.len() + 2);
    out.push('<');
    for c in url.chars() {
        match c {
            '<' => out.push_str("%3C"),
            '>' => out.push_str("%3E"),
            '\\' => out.push_str("%5C"),
            c if c.is_whitespace() || c.is_control() => {
                let mut buf = [0u8; 4];
                for b in c.encode_utf8(&mut buf).bytes() {
                    let _ = write!(out, "%{b:02X}");
                }
            }
            c => out.push(c),
        }
    }
    out.push('>');
    out
}

/// The length of the backtick run `s` starts with.
fn backtick_run(s: &str) -> usize {
    s.len() - s.trim_start_matches('`').len()
}

/// For each backtick run, where the next run of the same length starts:
/// what closes a code span it opens (CommonMark pairs runs of equal length;
/// runs of other lengths between them are the span's text). One backward
/// pass over the runs: linear in `s`.
fn closing_runs(s: &str) -> HashMap<usize, usize> {
    let mut runs = Vec::new();
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'`' {
            let run = backtick_run(&s[i..]);
            runs.push((i, run));
            i += run;
        } else {
            i += 1;
        }
    }
    let mut next_of_length: HashMap<usize, usize> = HashMap::new();
    let mut closes = HashMap::new();
    for &(at, run) in runs.iter().rev() {
        if let Some(&close) = next_of_length.get(&run) {
            closes.insert(at, close);
        }
        next_of_length.insert(run, at);
    }
    closes
}

/// The length of the URL `s` starts with (`http://` or `https://` and what
/// follows up to a space or a delimiter, without trailing punctuation).
fn bare_url(s: &str) -> Option<usize> {
    let scheme = ["https://", "http://"]
        .into_iter()
        .find(|p| s.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p)))?;
    let end = s
        .find(|c: char| c.is_whitespace() || "<>\"'`[]()|{}\\".contains(c))
        .unwrap_or(s.len());
    let url = s[..end].trim_end_matches(['.', ',', ';', ':', '!', '?']);
    (url.len() > scheme.len()).then_some(url.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_and_html_in_spec_text_are_shown_not_followed() {
        assert_eq!(text("[recipient]"), "\\[recipient\\]");
        assert_eq!(
            text("A [message](message.md) or <br> & &amp;"),
            "A \\[message\\](message.md) or &lt;br&gt; &amp; &amp;amp;"
        );
        assert_eq!(text("C:\\dir"), "C:\\\\dir");
        assert_eq!(text("plain, *as* written"), "plain, *as* written");
    }

    #[test]
    fn code_spans_are_kept_and_stray_backticks_escaped() {
        assert_eq!(text("such as `inbox` or `[x]`"), "such as `inbox` or `[x]`");
        assert_eq!(text("`` a ` b `` [c]"), "`` a ` b `` \\[c\\]");
        assert_eq!(text("it's ` alone [x]"), "it's \\` alone \\[x\\]");
        // A run closes only a run of its own length.
        assert_eq!(text("`a`` b"), "\\`a\\`\\` b");
        assert_eq!(text("` `` ` `` x ``"), "` `` ` `` x ``");
    }

    #[test]
    fn code_blocks_in_spec_text_are_never_doctests() {
        assert_eq!(
            text("Example:\n```\nGET /me\n[x]\n```\nAfter [y]."),
            "Example:\n```text\nGET /me\n[x]\n```\nAfter \\[y\\]."
        );
        assert_eq!(text("~~~~json\n{}\n~~~~"), "~~~~text\n{}\n~~~~");
        // Left open: closed here, not by the generated docs after it.
        assert_eq!(text("```\nfn main() {}"), "```text\nfn main() {}\n```");
        // Not a fence: a code span on one line.
        assert_eq!(text("``` a ``` b"), "``` a ``` b");
        // Indented code: the indentation goes.
        assert_eq!(
            text("a\n\n    let x = 1;\n\t[y]"),
            "a\n\nlet x = 1;\n\\[y\\]"
        );
        assert_eq!(text("- a\n  - b"), "- a\n  - b");
    }

    #[test]
    fn bare_urls_become_autolinks() {
        assert_eq!(
            text("See https://learn.microsoft.com/graph/x?a=1&b=2."),
            "See <https://learn.microsoft.com/graph/x?a=1&b=2>."
        );
        assert_eq!(text("(http://a.b/c)"), "(<http://a.b/c>)");
        assert_eq!(text("nohttps://x"), "nohttps://x");
        assert_eq!(text("https:// alone"), "https:// alone");
    }

    #[test]
    fn code_fences_outlast_the_literal() {
        assert_eq!(code("Bearer {token}"), "`Bearer {token}`");
        assert_eq!(code("a`b"), "``a`b``");
        assert_eq!(code("`x`"), "`` `x` ``");
        assert_eq!(destination("https://x.test/a?b=c"), "https://x.test/a?b=c");
        assert_eq!(
            destination("https://x.test/a b<c>(d)"),
            "<https://x.test/a%20b%3Cc%3E(d)>"
        );
    }

    #[test]
    fn escaping_is_linear() {
        // Many backtick runs of distinct lengths, none closed.
        let mut s = String::new();
        for n in 1..2000 {
            s.push_str(&"`".repeat(n));
            s.push('x');
        }
        let started = std::time::Instant::now();
        let escaped = text(&s);
        assert!(escaped.len() > s.len());
        assert!(started.elapsed() < std::time::Duration::from_secs(2));
    }
}
