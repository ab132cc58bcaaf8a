//! Small text helpers: snake case (graph-spec's, for docs names), singular
//! nouns, sentences and words. TOML text is graph-spec's writer's; Rust names and reserved words are graph-spec's
//! (`graph_spec::pascal`, `graph_spec::is_reserved_name`), never copied here.

/// `mailFolders` -> `mail_folders`, `id | userPrincipalName` -> `id_user_principal_name`.
pub fn snake(s: &str) -> String {
    graph_spec::docs_path::snake_case(s)
}

/// English singular of a collection segment: `messages` -> `message`,
/// `categories` -> `category`; other words unchanged.
pub fn singular(word: &str) -> &str {
    if let Some(stem) = word.strip_suffix("ies") {
        // `categories`: the `y` is re-added by the caller through `singular_owned`.
        return stem;
    }
    if word.ends_with("ss") {
        return word;
    }
    word.strip_suffix('s').unwrap_or(word)
}

/// Like [`singular`], returning an owned string with `ies` -> `y`.
pub fn singular_owned(word: &str) -> String {
    match word.strip_suffix("ies") {
        Some(stem) => format!("{stem}y"),
        None => singular(word).to_owned(),
    }
}

/// The first sentence of `text` and the rest: split after the first `.`
/// followed by whitespace (or the end), or after `。`.
pub fn first_sentence(text: &str) -> (&str, &str) {
    for (i, c) in text.char_indices() {
        let end = i + c.len_utf8();
        let next = text[end..].chars().next();
        if (c == '.' && next.is_none_or(char::is_whitespace)) || c == '。' {
            return (text[..end].trim(), text[end..].trim());
        }
    }
    (text.trim(), "")
}

/// Whether `word` (case-insensitively, as a whole word) is in `text`.
pub fn has_word(text: &str, word: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .any(|w| w.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases() {
        assert_eq!(snake("mailFolders"), "mail_folders");
        assert_eq!(snake("id | userPrincipalName"), "id_user_principal_name");
        assert_eq!(graph_spec::pascal(&snake("message-send")), "MessageSend");
        assert_eq!(singular_owned("categories"), "category");
        assert_eq!(singular_owned("messages"), "message");
        assert_eq!(singular_owned("me"), "me");
        assert_eq!(
            first_sentence("Bearer {token}. Required."),
            ("Bearer {token}.", "Required.")
        );
        assert_eq!(first_sentence("Send it.\n\nMore."), ("Send it.", "More."));
        assert_eq!(first_sentence("Use v1.0 now"), ("Use v1.0 now", ""));
        assert!(has_word("x. Required.", "required"));
        assert!(!has_word("Not required-ish", "requires"));
    }
}
