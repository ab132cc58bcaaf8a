//! Body tables whose parameter names the translation changed (`注释` for
//! `comment`, `角色` for `roles`): the JSON names are the page's example
//! requests' members. A translated row takes the one member not named by
//! another row whose value is of the row's JSON kind (a string for
//! `String`, an object for a resource, an array for a collection), when that
//! kind is no other translated row's; otherwise the table is not read as
//! names the example can give.

use std::collections::{HashMap, HashSet};

use crate::ir::{ExampleRequest, JsonKind, TypeRef};

/// The JSON name of each row: `names` as the table gives them (`None` when
/// translated), completed from `examples`; `None` when a translated row's
/// name is not told unambiguously by the examples.
pub(super) fn json_names<E>(
    names: &[Option<String>],
    types: &[Result<TypeRef, E>],
    examples: &[&ExampleRequest],
) -> Option<Vec<String>> {
    let named: HashSet<String> = names
        .iter()
        .flatten()
        .map(|n| n.to_ascii_lowercase())
        .collect();
    let mut candidates: HashMap<JsonKind, Vec<&str>> = HashMap::new();
    // The examples spell one member in more than one case (`message`,
    // `Message`): the first spelling stands for it.
    let mut seen: HashSet<String> = HashSet::new();
    for e in examples {
        for ((member, _), kind) in e.members.iter().zip(&e.member_kinds) {
            if member.starts_with('@')
                || named.contains(&member.to_ascii_lowercase())
                || !seen.insert(member.to_ascii_lowercase())
            {
                continue;
            }
            candidates.entry(*kind).or_default().push(member);
        }
    }
    let kinds: Vec<Option<JsonKind>> = names
        .iter()
        .zip(types)
        .map(|(name, ty)| match (name, ty) {
            (Some(_), _) => None,
            (None, Ok(t)) => Some(kind_of(t)),
            (None, Err(_)) => Some(JsonKind::Other),
        })
        .collect();
    let mut out = Vec::with_capacity(names.len());
    for (name, kind) in names.iter().zip(&kinds) {
        match (name, kind) {
            (Some(n), _) => out.push(n.clone()),
            (None, Some(kind)) => {
                let rows_of_kind = kinds.iter().filter(|k| **k == Some(*kind)).count();
                let members = candidates.get(kind).map_or(&[][..], Vec::as_slice);
                if *kind == JsonKind::Other || rows_of_kind != 1 || members.len() != 1 {
                    return None;
                }
                out.push(members[0].to_owned());
            }
            (None, None) => return None,
        }
    }
    Some(out)
}

/// The JSON kind a value of `ty` has on the wire.
fn kind_of(ty: &TypeRef) -> JsonKind {
    match ty {
        TypeRef::Prim("boolean") => JsonKind::Bool,
        TypeRef::Prim("int32" | "int64" | "double") => JsonKind::Number,
        TypeRef::Prim(_) | TypeRef::Enum { .. } => JsonKind::String,
        TypeRef::Model { .. } => JsonKind::Object,
        TypeRef::List(_) => JsonKind::Array,
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;

    fn example(members: &[(&str, JsonKind)]) -> ExampleRequest {
        ExampleRequest {
            method: "POST".into(),
            path: "/me/messages/1/reply".into(),
            odata: Vec::new(),
            members: members.iter().map(|(m, _)| ((*m).to_owned(), 0)).collect(),
            member_kinds: members.iter().map(|(_, k)| *k).collect(),
            headers: Vec::new(),
            span: 0..0,
        }
    }

    fn message() -> TypeRef {
        TypeRef::Model {
            name: "message".into(),
            page: PathBuf::from("message.md"),
        }
    }

    #[test]
    fn translated_rows_take_the_member_of_their_kind() {
        let e = example(&[("message", JsonKind::Object), ("comment", JsonKind::String)]);
        let types: Vec<Result<TypeRef, ()>> = vec![Ok(TypeRef::Prim("string")), Ok(message())];
        assert_eq!(
            json_names(&[None, None], &types, &[&e]),
            Some(vec!["comment".to_owned(), "message".to_owned()])
        );
        // A row the table names keeps its name and its member is not offered.
        let e = example(&[
            ("toRecipients", JsonKind::Array),
            ("comment", JsonKind::String),
        ]);
        let types: Vec<Result<TypeRef, ()>> = vec![
            Ok(TypeRef::Prim("string")),
            Ok(TypeRef::List(Box::new(message()))),
        ];
        assert_eq!(
            json_names(&[None, Some("toRecipients".into())], &types, &[&e]),
            Some(vec!["comment".to_owned(), "toRecipients".to_owned()])
        );
    }

    #[test]
    fn two_rows_or_two_members_of_one_kind_are_not_guessed() {
        let e = example(&[("comment", JsonKind::String), ("subject", JsonKind::String)]);
        let one: Vec<Result<TypeRef, ()>> = vec![Ok(TypeRef::Prim("string"))];
        assert_eq!(json_names(&[None], &one, &[&e]), None);
        // One member in two spellings is one member.
        let e = example(&[("comment", JsonKind::String), ("Comment", JsonKind::String)]);
        assert_eq!(
            json_names(&[None], &one, &[&e]),
            Some(vec!["comment".to_owned()])
        );
        let two: Vec<Result<TypeRef, ()>> =
            vec![Ok(TypeRef::Prim("string")), Ok(TypeRef::Prim("string"))];
        assert_eq!(json_names(&[None, None], &two, &[&e]), None);
        assert_eq!(json_names(&[None], &one, &[]), None);
    }
}
