//! Rust names derived from spec names, and the tables both the checks and the
//! generator consult (keywords, success statuses). A leaf: it depends on no
//! other module of the crate, so loading, checking and generating can all use it.
//!
//! Never panics: validation guarantees clean input, and anything else is
//! sanitised rather than trusted.

use proc_macro2::{Ident, Span};

/// Rust keywords (strict and reserved, 2024 edition): not usable as generated names.
pub(crate) const KEYWORDS: &[&str] = &[
    "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for",
    "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return",
    "self", "Self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where",
    "while", "async", "await", "dyn", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "gen",
];

/// Names the Rust prelude brings into every module: generated items named
/// like these would shadow them for the code around them.
pub(crate) const PRELUDE: &[&str] = &[
    "Copy",
    "Send",
    "Sized",
    "Sync",
    "Unpin",
    "Drop",
    "Fn",
    "FnMut",
    "FnOnce",
    "AsyncFn",
    "AsyncFnMut",
    "AsyncFnOnce",
    "Box",
    "ToOwned",
    "Clone",
    "PartialEq",
    "PartialOrd",
    "Eq",
    "Ord",
    "AsRef",
    "AsMut",
    "Into",
    "From",
    "Default",
    "Iterator",
    "Extend",
    "IntoIterator",
    "DoubleEndedIterator",
    "ExactSizeIterator",
    "Option",
    "Some",
    "None",
    "Result",
    "Ok",
    "Err",
    "String",
    "ToString",
    "Vec",
    "TryFrom",
    "TryInto",
    "FromIterator",
    "Future",
    "IntoFuture",
];

/// Items every endpoint module may define besides its variant markers and
/// parameter markers: the request body struct, the builder
/// and its type parameters `V`, `S`, `B` (which would shadow a type of that
/// name inside its impls), and (after the endpoint type's name) the server's
/// params and handler.
pub(crate) const GENERATED_TYPES: &[&str] = &["Body", "Builder", "Reply", "V", "S", "B"];

/// The marker trait of path parameter `name`: `message_id` -> `HasMessageId`.
pub(crate) fn param_marker(name: &str) -> String {
    format!("Has{}", pascal(name))
}

/// The alias of path parameter `name`'s place in a builder's state:
/// `message_id` -> `MessageIdSlot`.
pub(crate) fn param_slot(name: &str) -> String {
    format!("{}Slot", pascal(name))
}

/// The server params struct and handler trait of endpoint type `ty`.
pub(crate) fn server_types(ty: &str) -> [String; 2] {
    [format!("{ty}Params"), format!("{ty}Handler")]
}

/// Methods and fields of builders and of the server's params struct that a
/// path parameter, query parameter or optional header must not be named
/// like (each becomes a setter and a params field).
pub(crate) const RESERVED_MEMBERS: &[&str] =
    &["build", "send", "new", "version", "body", "route", "extras"];

/// Whether a path variant, parameter or optional header may not be named
/// `name`: a Rust keyword or a member the generated builders reserve. Spec
/// writers (the importer) rename such names rather than have them rejected.
pub fn is_reserved_name(name: &str) -> bool {
    KEYWORDS.contains(&name) || RESERVED_MEMBERS.contains(&name)
}

/// A success status the generator accepts: the code, its `http::StatusCode`
/// constant and its reason phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct SuccessStatus {
    /// The code, e.g. 202.
    pub code: u16,
    /// The `http::StatusCode` constant, e.g. `ACCEPTED`.
    pub constant: &'static str,
    /// The reason phrase, e.g. `Accepted`.
    pub reason: &'static str,
}

/// The registered 2xx statuses (RFC 9110 and the WebDAV/delta extensions).
pub(crate) const SUCCESS_STATUSES: &[SuccessStatus] = &[
    SuccessStatus {
        code: 200,
        constant: "OK",
        reason: "OK",
    },
    SuccessStatus {
        code: 201,
        constant: "CREATED",
        reason: "Created",
    },
    SuccessStatus {
        code: 202,
        constant: "ACCEPTED",
        reason: "Accepted",
    },
    SuccessStatus {
        code: 203,
        constant: "NON_AUTHORITATIVE_INFORMATION",
        reason: "Non-Authoritative Information",
    },
    SuccessStatus {
        code: 204,
        constant: "NO_CONTENT",
        reason: "No Content",
    },
    SuccessStatus {
        code: 205,
        constant: "RESET_CONTENT",
        reason: "Reset Content",
    },
    SuccessStatus {
        code: 206,
        constant: "PARTIAL_CONTENT",
        reason: "Partial Content",
    },
    SuccessStatus {
        code: 207,
        constant: "MULTI_STATUS",
        reason: "Multi-Status",
    },
    SuccessStatus {
        code: 208,
        constant: "ALREADY_REPORTED",
        reason: "Already Reported",
    },
    SuccessStatus {
        code: 226,
        constant: "IM_USED",
        reason: "IM Used",
    },
];

/// The table entry of a success status the generator accepts.
pub(crate) fn success_status(code: u16) -> Option<&'static SuccessStatus> {
    SUCCESS_STATUSES.iter().find(|s| s.code == code)
}

/// 304 Not Modified: the one non-2xx answer a declared alternative may be
/// (a conditional GET whose `If-None-Match` matches). The client follows
/// other redirects, so they never reach a caller.
pub(crate) const NOT_MODIFIED: SuccessStatus = SuccessStatus {
    code: 304,
    constant: "NOT_MODIFIED",
    reason: "Not Modified",
};

/// 302 Found: the `[response]` status of an endpoint that answers with the
/// URL of its content (`GET .../content`), which the client follows.
pub(crate) const FOUND: SuccessStatus = SuccessStatus {
    code: 302,
    constant: "FOUND",
    reason: "Found",
};

/// A status a `[[response.alternatives]]` may declare: a registered 2xx or 304.
pub(crate) fn reply_status(code: u16) -> Option<&'static SuccessStatus> {
    success_status(code).or((code == 304).then_some(&NOT_MODIFIED))
}

/// The `Reply` variant of a status: `NOT_MODIFIED` -> `NotModified`.
pub(crate) fn reply_variant(status: &SuccessStatus) -> String {
    pascal(&status.constant.to_ascii_lowercase())
}

/// Whether `s` is a Rust identifier (ASCII, not `_` alone).
pub(crate) fn is_ident(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
        && s != "_"
}

/// Whether `s` is a snake_case identifier that is not a keyword.
pub(crate) fn is_snake_ident(s: &str) -> bool {
    is_ident(s) && !s.chars().any(|c| c.is_ascii_uppercase()) && !KEYWORDS.contains(&s)
}

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
pub fn pascal(s: &str) -> String {
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

/// `message: send` -> `MessageSend`: the type name of a spec that sets none.
pub(crate) fn derive_type_name(name: &str) -> String {
    name.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(capitalize)
        .collect()
}

/// `saveToSentItems` -> `save_to_sent_items`, `@odata.nextLink` -> `odata_next_link`.
pub fn field_name(json: &str) -> String {
    let words: String = json
        .split(|c: char| !c.is_ascii_alphanumeric())
        .map(capitalize)
        .collect();
    snake(&words)
}

/// `sentitems` -> `Sentitems`, `unknownFutureValue` -> `UnknownFutureValue`;
/// words joined (`sha_256_128` -> `Sha256_128`, an `_` only between
/// digits) and a leading digit after an `X` (`1` -> `X1`), so the variant is
/// an upper camel case identifier, which rustc does not warn about.
pub fn variant_name(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 1);
    for word in value
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if out.ends_with(|c: char| c.is_ascii_digit())
            && word.starts_with(|c: char| c.is_ascii_digit())
        {
            out.push('_');
        }
        out.push_str(&capitalize(word));
    }
    if out.is_empty() {
        // No ASCII letter or digit at all: the identifier is made of `_`s.
        return capitalize(value);
    }
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, 'X');
    }
    out
}

/// The Rust type name of a model or enum: `emailAddress` -> `EmailAddress`.
/// Namespaced names join their parts: `callRecords.callRecord` ->
/// `CallRecordsCallRecord`; the `microsoft.graph.` namespace is left out.
pub(crate) fn type_name(graph_name: &str) -> String {
    let name = graph_name
        .strip_prefix("microsoft.graph.")
        .unwrap_or(graph_name);
    name.split('.').map(capitalize).collect()
}

/// The JSON name serde's `rename_all = "camelCase"` gives the field `field`
/// (serde's own rule: drop each `_`, upper-case the letter after it, lower-case
/// the first letter). Where it equals the spec's name, the generated field
/// needs no `rename` attribute of its own.
pub(crate) fn serde_camel_field(field: &str) -> String {
    let mut pascal = String::with_capacity(field.len());
    let mut upper = true;
    for c in field.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            pascal.push(c.to_ascii_uppercase());
            upper = false;
        } else {
            pascal.push(c);
        }
    }
    serde_camel_variant(&pascal)
}

/// The JSON name serde's `rename_all = "camelCase"` gives the enum variant
/// `variant`: its first letter lower-cased.
pub(crate) fn serde_camel_variant(variant: &str) -> String {
    let mut c = variant.chars();
    c.next()
        .map(|f| f.to_ascii_lowercase().to_string() + c.as_str())
        .unwrap_or_default()
}

/// The module an endpoint type's builders go into: `SendMessage` -> `send_message`.
pub fn module_name(type_name: &str) -> String {
    ident(&snake(type_name)).to_string()
}

/// Whether `wire` is a query parameter name setters can be made from: an
/// optional `$`, then an ASCII letter and ASCII letters or digits.
pub(crate) fn is_query_name(wire: &str) -> bool {
    let name = wire.strip_prefix('$').unwrap_or(wire);
    name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name.chars().all(|c| c.is_ascii_alphanumeric())
}

/// The Rust method or field name of a query parameter: `$top` -> `top`.
pub(crate) fn query_name(wire: &str) -> String {
    field_name(wire.trim_start_matches('$'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_camel_case_round_trips_plain_names_only() {
        // `type` becomes the field `type_`, which serde also spells `type`.
        for json in [
            "toRecipients",
            "comment",
            "isReadReceiptRequested",
            "id",
            "type",
            "value2Go",
        ] {
            assert_eq!(
                serde_camel_field(&ident(&field_name(json)).to_string()),
                json
            );
        }
        // Names serde would spell differently keep their own `rename`.
        for json in ["@odata.type", "HTMLBody", "x-ms-id", "ID"] {
            let field = ident(&field_name(json)).to_string();
            assert_ne!(serde_camel_field(&field), json, "{json}");
        }
        assert_eq!(variant_name("1"), "X1");
        assert_eq!(variant_name("sha_256_128"), "Sha256_128");
        assert_eq!(variant_name("intune_EDU"), "IntuneEDU");
        assert_eq!(serde_camel_variant(&variant_name("sentitems")), "sentitems");
        assert_eq!(
            serde_camel_variant(&variant_name("unknownFutureValue")),
            "unknownFutureValue"
        );
        assert_eq!(serde_camel_variant(""), "");
    }

    #[test]
    fn case_conversions() {
        assert_eq!(snake("SendMessage"), "send_message");
        assert_eq!(snake("SendMessageBeta"), "send_message_beta");
        assert_eq!(snake("HTTPSend"), "http_send");
        assert_eq!(pascal("message_id"), "MessageId");
        assert_eq!(pascal("me"), "Me");
        assert_eq!(field_name("@odata.nextLink"), "odata_next_link");
        assert_eq!(query_name("$top"), "top");
        assert_eq!(derive_type_name("message: send"), "MessageSend");
    }

    #[test]
    fn ident_never_panics() {
        for s in ["", "_", "1a", "a-b", "fn", "ü", "type"] {
            let _ = ident(s);
        }
        assert_eq!(ident("move").to_string(), "move_");
        assert_eq!(ident("a-b").to_string(), "a_b");
    }

    #[test]
    fn one_status_table() {
        assert_eq!(success_status(202).map(|s| s.constant), Some("ACCEPTED"));
        assert_eq!(success_status(226).map(|s| s.reason), Some("IM Used"));
        assert!(success_status(299).is_none());
    }
}
