//! OData query options checked where they can be: `$select` and `$orderby`
//! against a model's `PROPERTIES` at compile time ([`select!`](crate::select),
//! [`orderby!`](crate::orderby)), and `$search` quoted as Graph reads it.

/// Whether `properties` holds `name`: a `const fn`, so [`select!`](crate::select)
/// and [`orderby!`](crate::orderby) check their names while compiling.
#[doc(hidden)]
pub const fn has_property(properties: &[&str], name: &str) -> bool {
    let mut i = 0;
    while i < properties.len() {
        if str_eq(properties[i], name) {
            return true;
        }
        i += 1;
    }
    false
}

const fn str_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// A `$select` value naming properties of a generated model, checked while
/// compiling: a name the model does not have is a compile error.
///
/// ```
/// # mod models { pub struct Message; impl Message { pub const PROPERTIES: &'static [&'static str] = &["subject", "from", "receivedDateTime"]; } }
/// let select = graph_runtime::select!(models::Message => subject, from);
/// assert_eq!(select, "subject,from");
/// ```
///
/// ```compile_fail
/// # mod models { pub struct Message; impl Message { pub const PROPERTIES: &'static [&'static str] = &["subject"]; } }
/// let select = graph_runtime::select!(models::Message => subjet);
/// ```
#[macro_export]
macro_rules! select {
    ($model:ty => $first:ident $(, $rest:ident)* $(,)?) => {{
        $crate::__check_property!($model, $first);
        $( $crate::__check_property!($model, $rest); )*
        ::core::concat!(::core::stringify!($first) $(, ",", ::core::stringify!($rest))*)
    }};
}

/// An `$orderby` value naming properties of a generated model, each
/// optionally `asc` or `desc`, checked while compiling like [`select!`](crate::select).
///
/// ```
/// # mod models { pub struct Message; impl Message { pub const PROPERTIES: &'static [&'static str] = &["subject", "receivedDateTime"]; } }
/// let order = graph_runtime::orderby!(models::Message => receivedDateTime desc, subject);
/// assert_eq!(order, "receivedDateTime desc,subject");
/// ```
#[macro_export]
macro_rules! orderby {
    ($model:ty => $first:ident $($first_dir:ident)? $(, $rest:ident $($rest_dir:ident)?)* $(,)?) => {{
        $crate::__check_property!($model, $first);
        $( $crate::__check_direction!($first_dir); )?
        $( $crate::__check_property!($model, $rest); $( $crate::__check_direction!($rest_dir); )? )*
        ::core::concat!(
            ::core::stringify!($first) $(, " ", ::core::stringify!($first_dir))?
            $(, ",", ::core::stringify!($rest) $(, " ", ::core::stringify!($rest_dir))?)*
        )
    }};
}

#[doc(hidden)]
#[macro_export]
macro_rules! __check_property {
    ($model:ty, $name:ident) => {
        const _: () = ::core::assert!(
            $crate::query::has_property(<$model>::PROPERTIES, ::core::stringify!($name)),
            ::core::concat!(
                "`",
                ::core::stringify!($name),
                "` is not a property of this model (see its PROPERTIES)"
            )
        );
    };
}

#[doc(hidden)]
#[macro_export]
macro_rules! __check_direction {
    (asc) => {};
    (desc) => {};
}

/// A `$search` value: `term` in double quotes, with `"` and `\` escaped, as
/// Graph reads a search phrase (`$search="from:adele budget"`).
pub fn search_phrase(term: &str) -> String {
    let mut out = String::with_capacity(term.len() + 2);
    out.push('"');
    for c in term.chars() {
        if matches!(c, '"' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn property_lookup_is_exact() {
        const P: &[&str] = &["subject", "from"];
        assert!(has_property(P, "subject"));
        assert!(!has_property(P, "Subject"));
        assert!(!has_property(P, "subjec"));
        assert!(!has_property(&[], "x"));
    }

    #[test]
    fn search_phrases_are_quoted_and_escaped() {
        assert_eq!(search_phrase("budget"), "\"budget\"");
        assert_eq!(
            search_phrase("say \"hi\" \\o/"),
            "\"say \\\"hi\\\" \\\\o/\""
        );
    }
}
