//! What the writer writes loads back, through the loader, with the same
//! values: hostile strings and keys included.

use super::*;
use crate::diagnostic::Sink;
use crate::model::{self as m, DefaultValue, Method, PermissionKind, RuleKind, Version};

/// Strings TOML must escape: quotes, backslashes, line breaks, a run of
/// three quotes, controls, non-ASCII, and edges (leading/trailing ones).
const HOSTILE: &[&str] = &[
    "plain",
    "say \"hi\"",
    "C:\\path\\to\\",
    "line one\nline two\n",
    "\nstarts with a newline",
    "ends with a quote\"",
    "\"\"\" three quotes \"\"\"",
    "a literal backslash-n: \\n, and \\\" too",
    "tab\tcr\rnul\u{0}del\u{7f}bell\u{7}",
    "日本語 ü é 🎉",
    "",
];

/// Keys that must be quoted, and some that need not.
const KEYS: &[&str] = &[
    "$top",
    "@odata.type",
    "a b",
    "日本",
    "quote\"key",
    "back\\slash",
    "",
    "bare_key-1",
];

fn opt(s: &str) -> Option<String> {
    Some(s.to_owned())
}

fn fields() -> Vec<Field> {
    KEYS.iter()
        .enumerate()
        .map(|(i, k)| Field {
            name: (*k).to_owned(),
            ty: ["string", "[recipient]", "callRecords.session", "int64"][i % 4].to_owned(),
            required: i % 3 == 0,
            default: match i % 3 {
                1 => Some(DefaultValue::Bool(true)),
                2 => Some(DefaultValue::Str(HOSTILE[i].to_owned())),
                _ => None,
            },
            description: HOSTILE.get(i).map(|s| (*s).to_owned()),
        })
        .chain([Field {
            name: "count".to_owned(),
            ty: "int64".to_owned(),
            default: Some(DefaultValue::Int(-42)),
            ..Field::default()
        }])
        .collect()
}

fn hostile_spec(request: Body, response: Body) -> Spec {
    Spec {
        comments: vec![
            "a comment\nover two lines".to_owned(),
            "with controls \r\u{0} in it".to_owned(),
        ],
        name: HOSTILE[1].to_owned(),
        type_name: opt("HostileThing"),
        summary: opt(HOSTILE[6]),
        description: opt(&HOSTILE.join("\n")),
        docs_url: opt(HOSTILE[7]),
        versions: vec![Version::V1_0, Version::Beta],
        method: "PATCH".to_owned(),
        models: opt("../models/x \"y\".toml"),
        paths: vec![
            PathVariant {
                variant: "me".to_owned(),
                template: "/me/things/{thing_id}".to_owned(),
                description: opt(HOSTILE[3]),
            },
            PathVariant {
                variant: "user".to_owned(),
                template: "/users/{user_id}/things/{thing_id}".to_owned(),
                description: None,
            },
        ],
        params: vec![
            Param {
                name: "thing_id".to_owned(),
                docs_name: opt(HOSTILE[2]),
                description: HOSTILE[8].to_owned(),
            },
            Param {
                name: "user_id".to_owned(),
                docs_name: None,
                description: HOSTILE[9].to_owned(),
            },
        ],
        query: KEYS
            .iter()
            .map(|k| QueryParam {
                name: (*k).to_owned(),
                ty: "int32".to_owned(),
                description: opt(HOSTILE[4]),
            })
            .collect(),
        permissions: Permissions {
            delegated_work: Grant::Names(vec!["Thing.Read".to_owned(), HOSTILE[5].to_owned()]),
            delegated_personal: Grant::NoneRequired,
            application: Grant::Names(vec!["Thing.Read.All".to_owned()]),
            resource: opt("mailbox"),
            other_users: vec!["Thing.Read.Shared".to_owned()],
        },
        request: Request {
            body: request,
            body_optional: Some(true),
            headers: vec![
                RequestHeader {
                    name: "Authorization".to_owned(),
                    value: "Bearer {token}".to_owned(),
                    required: true,
                    description: opt(HOSTILE[6]),
                },
                RequestHeader {
                    name: "Prefer".to_owned(),
                    value: HOSTILE[1].to_owned(),
                    required: false,
                    description: None,
                },
            ],
            rules: vec![
                Rule {
                    kind: RuleKind::Exclusive,
                    fields: vec!["a".to_owned(), "b.c".to_owned()],
                    description: opt(HOSTILE[3]),
                },
                Rule {
                    kind: RuleKind::ExactlyOne,
                    fields: vec!["x".to_owned()],
                    description: None,
                },
            ],
        },
        response: Response {
            status: 201,
            description: opt(HOSTILE[2]),
            body: response,
            headers: vec![ResponseHeader {
                name: "Location".to_owned(),
                required: true,
                description: opt(HOSTILE[7]),
            }],
            alternatives: vec![
                Alternative {
                    status: 304,
                    description: opt(HOSTILE[8]),
                    body: Body::None,
                    headers: vec![ResponseHeader {
                        name: "ETag".to_owned(),
                        required: false,
                        description: None,
                    }],
                },
                Alternative {
                    status: 200,
                    description: None,
                    body: Body::Fields(fields()),
                    headers: Vec::new(),
                },
            ],
        },
    }
}

/// Every body kind, in the request, the response and an alternative.
fn bodies() -> Vec<Body> {
    vec![
        Body::None,
        Body::Fields(fields()),
        Body::Fields(Vec::new()),
        Body::Model("message".to_owned()),
        Body::Collection("callRecords.session".to_owned()),
        Body::Delta("message".to_owned()),
        Body::Bytes("image/*".to_owned()),
    ]
}

fn text(s: &m::Sp<String>) -> String {
    s.value.clone()
}

fn opt_text(s: &Option<m::Sp<String>>) -> Option<String> {
    s.as_ref().map(text)
}

fn back_field(f: &m::Field) -> Field {
    Field {
        name: text(&f.json_name),
        ty: f.ty.value.spec_name(),
        required: f.required,
        default: f.default.as_ref().map(|d| d.value.clone()),
        description: opt_text(&f.description),
    }
}

fn back_body(b: &m::Body) -> Body {
    match b {
        m::Body::None => Body::None,
        m::Body::Fields(fs) => Body::Fields(fs.iter().map(back_field).collect()),
        m::Body::Model(t) => Body::Model(text(t)),
        m::Body::Collection(t) => Body::Collection(text(t)),
        m::Body::Delta(t) => Body::Delta(text(t)),
        m::Body::Bytes(t) => Body::Bytes(text(t)),
    }
}

fn back_headers(hs: &[m::ResponseHeader]) -> Vec<ResponseHeader> {
    hs.iter()
        .map(|h| ResponseHeader {
            name: text(&h.name),
            required: h.required.value,
            description: opt_text(&h.description),
        })
        .collect()
}

/// The loaded spec as writer input again (comments are not kept).
fn back(s: &m::EndpointSpec) -> Spec {
    let grant = |kind: PermissionKind| {
        let list = s.permissions.iter().find(|p| p.kind.value == kind);
        match list.and_then(|p| p.names.as_ref()) {
            Some(names) if names.is_empty() => Grant::NoneRequired,
            Some(names) => Grant::Names(names.iter().map(text).collect()),
            None => Grant::NotSupported,
        }
    };
    Spec {
        comments: Vec::new(),
        name: text(&s.name),
        type_name: Some(text(&s.type_name)),
        summary: opt_text(&s.summary),
        description: opt_text(&s.description),
        docs_url: opt_text(&s.docs_url),
        versions: s.versions.iter().map(|v| v.value).collect(),
        method: s.method.value.as_str().to_owned(),
        models: opt_text(&s.models_file),
        paths: s
            .paths
            .iter()
            .map(|p| PathVariant {
                variant: text(&p.variant),
                template: text(&p.template),
                description: opt_text(&p.description),
            })
            .collect(),
        params: s
            .params
            .iter()
            .map(|p| Param {
                name: text(&p.name),
                docs_name: opt_text(&p.docs_name),
                description: text(&p.description),
            })
            .collect(),
        query: s
            .query
            .iter()
            .map(|q| QueryParam {
                name: text(&q.wire_name),
                ty: q.ty.value.spec_name(),
                description: opt_text(&q.description),
            })
            .collect(),
        permissions: Permissions {
            delegated_work: grant(PermissionKind::DelegatedWork),
            delegated_personal: grant(PermissionKind::DelegatedPersonal),
            application: grant(PermissionKind::Application),
            resource: opt_text(&s.resource),
            other_users: s.other_users.iter().map(text).collect(),
        },
        request: Request {
            body: back_body(&s.request_body.value),
            body_optional: s.request_body_optional.as_ref().map(|b| b.value),
            headers: s
                .headers
                .iter()
                .map(|h| RequestHeader {
                    name: text(&h.name),
                    value: text(&h.value),
                    required: h.required.value,
                    description: opt_text(&h.description),
                })
                .collect(),
            rules: s
                .rules
                .iter()
                .map(|r| Rule {
                    kind: r.kind.value,
                    fields: r.fields.iter().map(text).collect(),
                    description: opt_text(&r.description),
                })
                .collect(),
        },
        response: Response {
            status: s.response.status.value,
            description: opt_text(&s.response.description),
            body: back_body(&s.response.body.value),
            headers: back_headers(&s.response.headers),
            alternatives: s
                .response
                .alternatives
                .iter()
                .map(|a| Alternative {
                    status: a.status.value,
                    description: opt_text(&a.description),
                    body: back_body(&a.body.value),
                    headers: back_headers(&a.headers),
                })
                .collect(),
        },
    }
}

fn load_back(written: &str) -> m::EndpointSpec {
    let mut sink = Sink::new("written.toml", written);
    let loaded = crate::load::read_endpoint(written, &mut sink);
    if let Err(d) = sink.finish() {
        panic!("the written spec does not load:\n{d:?}\n{written}");
    }
    loaded.expect("read without errors")
}

#[test]
fn every_spec_value_loads_back_the_same_hostile_strings_and_keys_included() {
    for request in bodies() {
        for response in bodies() {
            let input = hostile_spec(request.clone(), response);
            let written = spec(&input);
            assert_eq!(spec(&input), written, "the same input writes the same text");
            let mut expected = input;
            expected.comments.clear();
            assert_eq!(back(&load_back(&written)), expected, "{written}");
        }
    }
}

#[test]
fn only_a_multi_line_description_is_written_between_triple_quotes() {
    let mut input = hostile_spec(Body::None, Body::None);
    let written = spec(&input);
    assert!(written.contains("description = \"\"\"\n"), "{written}");
    input.description = opt("one line");
    let written = spec(&input);
    assert!(!written.contains("\"\"\"\n"), "{written}");
    assert!(
        written.contains("\ndescription = \"one line\"\n"),
        "{written}"
    );
}

#[test]
fn keys_are_quoted_only_when_they_must_be() {
    assert_eq!(key("$top"), "\"$top\"");
    assert_eq!(key("@odata.type"), "\"@odata.type\"");
    assert_eq!(key(""), "\"\"");
    assert_eq!(key("user_id"), "user_id");
    let written = spec(&hostile_spec(Body::None, Body::None));
    assert!(written.contains("\n[query.\"$top\"]\n"), "{written}");
    assert!(written.contains("\n[params.thing_id]\n"), "{written}");
}

fn back_models(set: &m::ModelSet) -> Models {
    Models {
        comments: Vec::new(),
        enums: set
            .enums
            .iter()
            .map(|e| Enum {
                comments: Vec::new(),
                name: text(&e.name),
                description: opt_text(&e.description),
                values: e.values.iter().map(text).collect(),
            })
            .collect(),
        models: set
            .models
            .iter()
            .map(|d| Model {
                comments: Vec::new(),
                name: text(&d.name),
                description: opt_text(&d.description),
                base: opt_text(&d.base),
                is_abstract: d.is_abstract,
                open: d.open,
                fields: d.fields.iter().map(back_field).collect(),
            })
            .collect(),
    }
}

fn hostile_models() -> Models {
    Models {
        comments: vec!["models\nof a test".to_owned()],
        enums: KEYS
            .iter()
            .zip(HOSTILE)
            .map(|(k, h)| Enum {
                comments: vec![format!("enum {h}")],
                name: format!("e{k}"),
                description: opt(h),
                values: vec![(*h).to_owned(), "second".to_owned()],
            })
            .collect(),
        models: KEYS
            .iter()
            .zip(HOSTILE)
            .enumerate()
            .map(|(i, (k, h))| Model {
                comments: vec![format!("Source: {h}")],
                name: format!("callRecords.m{k}"),
                description: (i % 2 == 0).then(|| (*h).to_owned()),
                base: (i % 2 == 1).then(|| format!("base {h}")),
                is_abstract: i % 3 == 0,
                open: i % 3 == 1,
                fields: if i == 0 { Vec::new() } else { fields() },
            })
            .collect(),
    }
}

fn load_models_back(written: &str) -> m::ModelSet {
    let mut sink = Sink::new("models.toml", written);
    let (root, errors) = toml::de::DeTable::parse_recoverable(written);
    assert!(errors.is_empty(), "{errors:?}\n{written}");
    let set = crate::load::read_models(root.get_ref(), &mut sink);
    if let Err(d) = sink.finish() {
        panic!("the written models do not load:\n{d:?}\n{written}");
    }
    set
}

#[test]
fn every_models_file_value_loads_back_the_same() {
    let input = hostile_models();
    let set = load_models_back(&models(&input));
    let mut expected = input;
    expected.comments.clear();
    for e in &mut expected.enums {
        e.comments.clear();
    }
    for d in &mut expected.models {
        d.comments.clear();
    }
    assert_eq!(back_models(&set), expected);
}

#[test]
fn a_copied_table_loads_back_as_the_original() {
    let written = models(&hostile_models());
    let (root, errors) = toml::de::DeTable::parse_recoverable(&written);
    assert!(errors.is_empty(), "{errors:?}");
    let mut copied = String::new();
    for kind in [
        crate::keys::models_file::ENUMS,
        crate::keys::models_file::MODELS,
    ] {
        let Some(toml::de::DeValue::Table(types)) = root.get_ref().get(kind).map(|v| v.get_ref())
        else {
            panic!("no `{kind}` in\n{written}");
        };
        for (name, def) in types {
            let toml::de::DeValue::Table(def) = def.get_ref() else {
                panic!("`{}` is not a table", name.get_ref());
            };
            copied.push_str(&copy_table(&[kind, name.get_ref()], def));
        }
    }
    assert_eq!(
        back_models(&load_models_back(&copied)),
        back_models(&load_models_back(&written)),
        "{copied}"
    );
}

#[test]
fn a_written_spec_passes_every_check() {
    let input = Spec {
        comments: vec!["thing: send, Microsoft Graph v1.0.".to_owned()],
        name: "thing: send".to_owned(),
        type_name: None,
        summary: opt("Send a thing."),
        description: opt("First line.\nSecond \"line\"."),
        docs_url: opt("https://learn.microsoft.com/graph/api/thing-send"),
        versions: vec![Version::V1_0],
        method: Method::Post.as_str().to_owned(),
        models: None,
        paths: vec![PathVariant {
            variant: "me".to_owned(),
            template: "/me/things/{thing_id}/send".to_owned(),
            description: None,
        }],
        params: vec![Param {
            name: "thing_id".to_owned(),
            docs_name: opt("id"),
            description: "The thing.".to_owned(),
        }],
        query: vec![QueryParam {
            name: "$top".to_owned(),
            ty: "int32".to_owned(),
            description: None,
        }],
        permissions: Permissions {
            delegated_work: Grant::Names(vec!["Mail.Send".to_owned()]),
            delegated_personal: Grant::NotSupported,
            application: Grant::Names(vec!["Mail.Send".to_owned()]),
            ..Permissions::default()
        },
        request: Request {
            body: Body::Fields(vec![Field {
                name: "comment".to_owned(),
                ty: "string".to_owned(),
                description: opt("A \\ comment."),
                ..Field::default()
            }]),
            ..Request::default()
        },
        response: Response {
            status: 202,
            ..Response::default()
        },
    };
    let written = spec(&input);
    if let Err(d) = crate::load_str(&written, "thing_send.toml") {
        panic!("{d:?}\n{written}");
    }
}
