//! Rust names derived from spec names. Never panics: validation guarantees
//! clean input, and anything else is sanitised rather than trusted.

use proc_macro2::{Ident, Span};

use crate::check::KEYWORDS;

/// An identifier from `s`, with invalid characters replaced by `_`.
pub(crate) fn ident(s: &str) -> Ident {
    let mut clean: String = s
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    if clean.is_empty() || clean.starts_with(|c: char| c.is_ascii_digit()) || clean == "_" {
        clean.insert(0, 'x');
    }
    if KEYWORDS.contains(&clean.as_str()) {
        clean.push('_');
    }
    Ident::new(&clean, Span::call_site())
}

/// `send` -> `Send`: the first character upper-cased.
pub(crate) fn capitalize(word: &str) -> String {
    let mut c = word.chars();
    c.next()
        .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
        .unwrap_or_default()
}

/// `send_message` -> `SendMessage`
pub(crate) fn pascal(s: &str) -> String {
    s.split('_').map(capitalize).collect()
}

/// `SendMessage` -> `send_message`
pub(crate) fn snake(s: &str) -> String {
    let mut out = String::new();
    let chars: Vec<char> = s.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii_uppercase() {
            let prev_lower =
                i > 0 && (chars[i - 1].is_ascii_lowercase() || chars[i - 1].is_ascii_digit());
            let next_lower = chars.get(i + 1).is_some_and(|n| n.is_ascii_lowercase());
            let prev_upper = i > 0 && chars[i - 1].is_ascii_uppercase();
            if prev_lower || (prev_upper && next_lower) {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_conversions() {
        assert_eq!(snake("SendMessage"), "send_message");
        assert_eq!(snake("SendMessageBeta"), "send_message_beta");
        assert_eq!(snake("HTTPSend"), "http_send");
        assert_eq!(pascal("message_id"), "MessageId");
        assert_eq!(pascal("me"), "Me");
    }

    #[test]
    fn ident_never_panics() {
        for s in ["", "_", "1a", "a-b", "fn", "ü", "type"] {
            let _ = ident(s);
        }
        assert_eq!(ident("move").to_string(), "move_");
        assert_eq!(ident("a-b").to_string(), "a_b");
    }
}
