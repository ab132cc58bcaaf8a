//! Every validation error kind: its message and where it points (line:col).

mod common;

use graph_spec::load_str;

/// The v1.0 message-send spec, the starting point every case mutates.
const VALID: &str = include_str!("../../specs/v1.0/message_send.toml");

/// `(message, "line:col")` of every diagnostic for `source`.
fn errors(source: &str) -> Vec<(String, String)> {
    common::located(load_str(source, "spec.toml"))
}

/// Replaces exactly one occurrence, so a typo in a test cannot go unnoticed.
fn edit(from: &str, to: &str) -> String {
    assert_eq!(
        VALID.matches(from).count(),
        1,
        "`{from}` must occur once in the spec"
    );
    VALID.replacen(from, to, 1)
}

/// 1-based line of the first line of VALID containing `needle`.
fn line_of(source: &str, needle: &str) -> usize {
    source
        .lines()
        .position(|l| l.contains(needle))
        .map(|i| i + 1)
        .expect("needle in source")
}

fn assert_single(source: &str, message: &str, at: &str) {
    let errs = errors(source);
    assert_eq!(
        errs,
        vec![(message.to_owned(), at.to_owned())],
        "for source:\n{source}"
    );
}

#[test]
fn bundled_specs_are_valid() {
    assert_eq!(errors(VALID), vec![]);
    assert_eq!(
        errors(include_str!("../../specs/beta/message_send.toml")),
        vec![]
    );
}

#[test]
fn toml_syntax_error() {
    let src = edit("method = \"POST\"", "method = \"POST");
    let errs = errors(&src);
    assert!(!errs.is_empty());
    let l = line_of(&src, "method = ");
    assert!(errs[0].0.starts_with("invalid TOML: "), "{errs:?}");
    assert_eq!(errs[0].1, format!("{l}:15"));
}

#[test]
fn unknown_key_with_suggestion() {
    let src = edit("method = \"POST\"", "methd = \"POST\"");
    let l = line_of(&src, "methd");
    let errs = errors(&src);
    assert!(
        errs.contains(&("unknown key `methd` in the spec".into(), format!("{l}:1"))),
        "{errs:?}"
    );
    assert!(
        errs.contains(&(
            "missing required key `method` in the spec".into(),
            "1:1".into()
        )),
        "{errs:?}"
    );
    let rendered = load_str(&src, "spec.toml").unwrap_err().to_string();
    assert!(
        rendered.contains("help: did you mean `method`?"),
        "{rendered}"
    );
}

#[test]
fn unknown_keys_in_nested_tables_are_all_reported() {
    let src = edit("docs_name = \"id\"", "docs_nam = \"id\"")
        .replace("status = 202", "status = 202\nbdy = \"none\"");
    let errs = errors(&src);
    let messages: Vec<&str> = errs.iter().map(|e| e.0.as_str()).collect();
    assert_eq!(
        messages,
        [
            "unknown key `docs_nam` in `[params.message_id]`",
            "unknown key `bdy` in `[response]`"
        ]
    );
}

#[test]
fn wrong_value_type() {
    let src = edit("method = \"POST\"", "method = 5");
    let l = line_of(&src, "method = 5");
    assert_single(
        &src,
        "`method` must be a string, found an integer",
        &format!("{l}:10"),
    );
}

#[test]
fn invalid_method() {
    let src = edit("method = \"POST\"", "method = \"post\"");
    let l = line_of(&src, "method =");
    assert_single(&src, "unknown HTTP method `post`", &format!("{l}:10"));
    let rendered = load_str(&src, "spec.toml").unwrap_err().to_string();
    assert!(
        rendered.contains("methods are upper case: `POST`"),
        "{rendered}"
    );
}

#[test]
fn unknown_and_duplicate_versions() {
    let src = edit(
        "versions = [\"v1.0\"]",
        "versions = [\"v2.0\", \"beta\", \"beta\"]",
    );
    let l = line_of(&src, "versions =");
    assert_eq!(
        errors(&src),
        [
            ("unknown API version `v2.0`".to_owned(), format!("{l}:13")),
            (
                "API version `beta` is listed twice".to_owned(),
                format!("{l}:29")
            ),
        ]
    );
    let src = edit("versions = [\"v1.0\"]", "versions = []");
    assert_single(&src, "`versions` is empty", &format!("{l}:12"));
}

#[test]
fn undeclared_path_parameter_points_inside_the_template() {
    let src = edit(
        "\"/me/messages/{message_id}/send\"",
        "\"/me/messages/{msg_id}/send\"",
    );
    let l = line_of(&src, "{msg_id}");
    assert_single(
        &src,
        "path parameter `{msg_id}` is not declared",
        &format!("{l}:26"),
    );
}

#[test]
fn unused_parameter() {
    let src = format!("{VALID}\n[params.folder_id]\ndescription = \"A folder.\"\n");
    let l = line_of(&src, "[params.folder_id]");
    assert_single(
        &src,
        "path parameter `folder_id` is declared but no path template uses it",
        &format!("{l}:9"),
    );
}

#[test]
fn template_syntax() {
    let l = line_of(VALID, "/me/messages/{message_id}/send");
    let cases = [
        (
            "me/messages/{message_id}/send",
            "path template `me/messages/{message_id}/send` must start with `/`",
            13,
        ),
        (
            "/me/messages/{message_id}/send/",
            "path template ends with `/`",
            43,
        ),
        (
            "/me//messages/{message_id}/send",
            "path template has an empty segment (`//`)",
            17,
        ),
        (
            "/me/messages{message_id}/send",
            "`{message_id}` is glued to literal text",
            25,
        ),
        (
            "/me/messages/{message_id}/send now",
            "character ` ` is not allowed in a path template",
            43,
        ),
        (
            "/me/messages/{message_id}/{message_id}",
            "path parameter `{message_id}` appears twice in one template",
            39,
        ),
    ];
    for (template, message, col) in cases {
        let src = edit(
            "\"/me/messages/{message_id}/send\"",
            &format!("\"{template}\""),
        );
        assert_single(&src, message, &format!("{l}:{col}"));
    }
}

#[test]
fn duplicate_variants_and_templates() {
    let src = edit("variant = \"user\"", "variant = \"me\"");
    let l = line_of(&src, "/users/{user_id}") - 1;
    assert_single(
        &src,
        "path variant `me` is defined twice",
        &format!("{l}:11"),
    );
    let src = edit(
        "\"/users/{user_id}/messages/{message_id}/send\"",
        "\"/me/messages/{message_id}/send\"",
    )
    .replace(
        "[params.user_id]\ndocs_name = \"id | userPrincipalName\"\n",
        "[params.unused]\n",
    );
    assert!(
        errors(&src)
            .iter()
            .any(|e| e.0 == "path template `/me/messages/{message_id}/send` is listed twice")
    );
}

#[test]
fn names_must_be_rust_identifiers() {
    let src = edit(
        "type_name = \"SendMessage\"",
        "type_name = \"Send Message\"",
    );
    assert_single(
        &src,
        "`Send Message` is not a valid Rust type name",
        &format!("{}:13", line_of(&src, "type_name")),
    );
    let src = edit("type_name = \"SendMessage\"", "type_name = \"sendMessage\"");
    assert_single(
        &src,
        "type name `sendMessage` must start with an upper-case letter",
        &format!("{}:13", line_of(&src, "type_name")),
    );
    let src = edit("variant = \"me\"", "variant = \"fn\"");
    assert_single(
        &src,
        "path variant `fn` is not a valid Rust method name",
        &format!("{}:11", line_of(&src, "variant = \"fn\"")),
    );
    let src = VALID
        .replace("{message_id}", "{messageId}")
        .replace("[params.message_id]", "[params.messageId]");
    let l = line_of(&src, "[params.messageId]");
    assert_single(
        &src,
        "path parameter name `messageId` is not a valid Rust identifier",
        &format!("{l}:9"),
    );
    let src = VALID
        .replace("{message_id}", "{build}")
        .replace("[params.message_id]", "[params.build]");
    let l = line_of(&src, "[params.build]");
    assert_single(
        &src,
        "path parameter name `build` clashes with a builder method",
        &format!("{l}:9"),
    );
}

#[test]
fn permission_errors() {
    let src = edit(
        "delegated_personal = [\"Mail.Send\"]",
        "delegated_personal = [\"Mail\", \"Mail.Send\", \"mail.SEND\"]",
    );
    let l = line_of(&src, "delegated_personal");
    assert_eq!(
        errors(&src),
        [
            (
                "`Mail` is not a valid permission name".to_owned(),
                format!("{l}:23")
            ),
            (
                "permission `mail.SEND` is listed twice for `delegated_personal`".to_owned(),
                format!("{l}:44")
            ),
        ]
    );
    // Graph's own names do not all start upper case.
    let src = edit(
        "delegated_personal = [\"Mail.Send\"]",
        "delegated_personal = [\"eDiscovery.Read.All\"]",
    );
    assert_eq!(errors(&src), []);
}

#[test]
fn unknown_permission_type() {
    let src = edit("application = [\"Mail.Send\"]", "app = [\"Mail.Send\"]");
    let l = line_of(&src, "app = ");
    let errs = errors(&src);
    assert!(
        errs.contains(&("unknown permission type `app`".into(), format!("{l}:1"))),
        "{errs:?}"
    );
    assert!(
        errs.contains(&(
            "missing permission type `application` in `[permissions]`".into(),
            format!("{}:2", l - 3)
        )),
        "{errs:?}"
    );
}

#[test]
fn not_supported_none_required_and_empty_permission_lists() {
    let src = edit(
        "application = [\"Mail.Send\"]",
        "application = \"not supported\"",
    );
    let spec = load_str(&src, "spec.toml").unwrap();
    assert_eq!(
        spec.permissions_for(graph_spec::model::PermissionKind::Application),
        None
    );

    let src = edit(
        "application = [\"Mail.Send\"]",
        "application = \"none required\"",
    );
    let spec = load_str(&src, "spec.toml").unwrap();
    assert_eq!(
        spec.permissions_for(graph_spec::model::PermissionKind::Application),
        Some(vec![])
    );

    let src = edit("application = [\"Mail.Send\"]", "application = []");
    assert_single(
        &src,
        "`application` lists no permissions",
        &format!("{}:15", line_of(&src, "application")),
    );

    let src = edit(
        "application = [\"Mail.Send\"]",
        "application = \"Mail.Send\"",
    );
    assert_single(
        &src,
        "`application` must be a list of permissions, \"not supported\" or \"none required\", found \"Mail.Send\"",
        &format!("{}:15", line_of(&src, "application")),
    );

    let src = VALID.replace("= [\"Mail.Send\"]", "= \"not supported\"");
    assert_single(
        &src,
        "no permission type is supported",
        &format!("{}:1", line_of(&src, "delegated_work")),
    );
}

#[test]
fn header_errors() {
    let src = edit("name = \"Content-Length\"", "name = \"Content Length\"");
    assert_single(
        &src,
        "`Content Length` is not a valid HTTP header name",
        &format!("{}:8", line_of(&src, "Content Length")),
    );
    let src = edit("name = \"Content-Length\"", "name = \"authorization\"");
    assert_single(
        &src,
        "header `authorization` is listed twice",
        &format!("{}:8", line_of(&src, "\"authorization\"")),
    );
    let src = edit("value = \"0\"", "value = \"0\\n\"");
    assert_single(
        &src,
        "header value for `Content-Length` contains characters HTTP does not allow",
        &format!("{}:9", line_of(&src, "value = \"0")),
    );
    let src = edit(
        "required = true\ndescription = \"0. Required.\"",
        "required = \"yes\"\ndescription = \"0. Required.\"",
    );
    assert_single(
        &src,
        "`required` must be a boolean (`true` or `false`), found a string",
        &format!("{}:12", line_of(&src, "required = \"yes\"")),
    );
}

#[test]
fn status_errors() {
    let l = line_of(VALID, "status = 202");
    assert_single(
        &edit("status = 202", "status = 404"),
        "the success status must be 2xx, found 404",
        &format!("{l}:10"),
    );
    assert_single(
        &edit("status = 202", "status = 299"),
        "299 is not a standard success status",
        &format!("{l}:10"),
    );
    assert_single(
        &edit("status = 202", "status = 1000"),
        "`1000` is not an HTTP status code",
        &format!("{l}:10"),
    );
    assert_single(
        &edit("status = 202", "status = \"202\""),
        "`status` must be an integer status code, found a string",
        &format!("{l}:10"),
    );
}

#[test]
fn missing_keys_point_at_their_table() {
    let src = edit("status = 202\n", "");
    let l = line_of(&src, "[response]");
    assert_single(
        &src,
        "missing required key `status` in `[response]`",
        &format!("{l}:2"),
    );
    let src = edit(
        "description = \"The id of the draft message to send.\"\n",
        "",
    );
    let l = line_of(&src, "[params.message_id]");
    assert_single(
        &src,
        "missing required key `description` in `[params.message_id]`",
        &format!("{l}:9"),
    );
}

#[test]
fn body_kind_and_docs_url() {
    let src = edit("[request]\nbody = \"none\"", "[request]\nbody = \"json\"");
    assert_single(
        &src,
        "unknown body kind `json`",
        &format!("{}:8", line_of(&src, "body = \"json\"")),
    );
    let src = VALID.replace("docs_url = \"https://", "docs_url = \"http://");
    assert_single(
        &src,
        "`docs_url` must be an https:// link",
        &format!("{}:12", line_of(&src, "docs_url")),
    );
}

#[test]
fn all_errors_are_reported_together_and_rendered_like_rustc() {
    let src = edit("method = \"POST\"", "method = \"FETCH\"")
        .replace(
            "application = [\"Mail.Send\"]",
            "application = [\"Mail Send\"]",
        )
        .replace("status = 202", "status = 500");
    let err = load_str(&src, "specs/v1.0/message_send.toml").unwrap_err();
    assert_eq!(err.items.len(), 3);
    let text = err.to_string();
    let l = line_of(&src, "FETCH");
    assert!(
        text.contains(&format!("--> specs/v1.0/message_send.toml:{l}:10")),
        "{text}"
    );
    assert!(text.contains("method = \"FETCH\""), "{text}");
    assert!(text.contains("^^^^^^^ not a method Graph uses"), "{text}");
    assert!(
        text.ends_with(
            "could not load spec `specs/v1.0/message_send.toml` due to 3 previous errors"
        ),
        "{text}"
    );
}

#[test]
fn missing_file_is_a_diagnostic() {
    let err =
        graph_spec::load_file("does/not/exist.toml".as_ref(), "does/not/exist.toml").unwrap_err();
    assert!(
        err.items[0]
            .message
            .starts_with("cannot read spec file `does/not/exist.toml`"),
        "{err}"
    );
    assert!(err.to_string().contains("--> does/not/exist.toml"));
}

#[test]
fn other_users_permissions() {
    let src = edit(
        "resource = \"mailbox\"",
        "resource = \"mailbox\"\nother_users = [\"Mail.Send.Shared\", \"mail send\"]",
    );
    let l = line_of(&src, "other_users = ");
    assert_single(
        &src,
        "`mail send` is not a valid permission name",
        &format!("{l}:36"),
    );
    // Without a resource, the permissions reach nothing nameable.
    let src = edit(
        "resource = \"mailbox\"",
        "other_users = [\"Mail.Send.Shared\"]",
    );
    let l = line_of(&src, "other_users = ");
    assert_single(&src, "`other_users` needs a `resource`", &format!("{l}:16"));
    // Only delegated callers are limited to their own resource.
    let src = edit(
        "resource = \"mailbox\"",
        "resource = \"mailbox\"\nother_users = [\"Mail.Send.Shared\"]",
    )
    .replace(
        "delegated_work = [\"Mail.Send\"]",
        "delegated_work = \"not supported\"",
    )
    .replace(
        "delegated_personal = [\"Mail.Send\"]",
        "delegated_personal = \"not supported\"",
    );
    let l = line_of(&src, "other_users = ");
    assert_single(
        &src,
        "`other_users` permissions need a delegated permission type",
        &format!("{l}:16"),
    );
    let spec = load_str(
        &edit(
            "resource = \"mailbox\"",
            "resource = \"mailbox\"\nother_users = [\"Mail.Send.Shared\"]",
        ),
        "s.toml",
    )
    .unwrap();
    assert_eq!(spec.other_users[0].value, "Mail.Send.Shared");
    assert_eq!(spec.resource.as_ref().unwrap().value, "mailbox");
}

#[test]
fn resource_is_a_known_word_on_a_users_path() {
    let src = edit("resource = \"mailbox\"", "resource = \"calender\"");
    let l = line_of(&src, "resource = ");
    let errs = errors(&src);
    assert_eq!(
        errs,
        vec![("unknown resource `calender`".to_owned(), format!("{l}:12"))]
    );
    let rendered = load_str(&src, "s.toml").unwrap_err().to_string();
    assert!(
        rendered.contains("\"calendar\""),
        "suggests the closest: {rendered}"
    );
    // A spec with no `/users/{...}` variant addresses no other user.
    let src = VALID.replace(
        "[[paths]]\nvariant = \"user\"\ntemplate = \"/users/{user_id}/messages/{message_id}/send\"",
        "[[paths]]\nvariant = \"other\"\ntemplate = \"/me/mailFolders/{user_id}/messages/{message_id}/send\"",
    );
    let l = line_of(&src, "resource = ");
    assert_single(
        &src,
        "`resource` needs a `/users/{...}` path variant",
        &format!("{l}:12"),
    );
}

#[test]
fn an_unknown_permissions_key_is_located() {
    let src = edit("resource = \"mailbox\"", "shared = [\"Mail.Send.Shared\"]");
    let l = line_of(&src, "shared = ");
    assert_single(&src, "unknown permission type `shared`", &format!("{l}:1"));
    // A typo of a key is suggested.
    let src = edit(
        "resource = \"mailbox\"",
        "resource = \"mailbox\"\nother_user = []",
    );
    let rendered = load_str(&src, "s.toml").unwrap_err().to_string();
    assert!(rendered.contains("other_users"), "{rendered}");
}

#[test]
fn an_optional_body_needs_a_body() {
    let src = edit(
        "[request]\nbody = \"none\"",
        "[request]\nbody = \"none\"\nbody_optional = true",
    );
    let l = line_of(&src, "body_optional");
    assert_single(
        &src,
        "`body_optional` on a request without a body",
        &format!("{l}:17"),
    );
    let src = edit(
        "[request]\nbody = \"none\"",
        "[request]\nbody = \"none\"\nbody_optional = 1",
    );
    let l = line_of(&src, "body_optional");
    assert_eq!(errors(&src).len(), 1, "{:?}", errors(&src));
    assert_eq!(errors(&src)[0].1, format!("{l}:17"));
}

/// The spec with `extra` at the end of the file, after `[response]`.
fn after_response(extra: &str) -> String {
    assert!(VALID.trim_end().ends_with("body = \"none\""));
    format!("{}\n{extra}", VALID.trim_end())
}

#[test]
fn alternatives_and_response_headers_are_accepted() {
    let src = after_response(
        "\n[[response.headers]]\nname = \"Location\"\nrequired = true\n\
         \n[[response.alternatives]]\nstatus = 200\nbody = \"none\"\n\
         \n[[response.alternatives]]\nstatus = 304\nbody = \"none\"\n\
         [[response.alternatives.headers]]\nname = \"ETag\"\nrequired = false\n",
    );
    assert_eq!(errors(&src), vec![]);
    let spec = load_str(&src, "spec.toml").unwrap();
    assert_eq!(spec.response.headers[0].name.value, "Location");
    let statuses: Vec<u16> = spec
        .response
        .alternatives
        .iter()
        .map(|a| a.status.value)
        .collect();
    assert_eq!(statuses, [200, 304]);
    assert_eq!(spec.response.alternatives[1].headers[0].name.value, "ETag");
}

#[test]
fn alternative_statuses_are_success_statuses_declared_once() {
    for (status, message) in [
        ("302", "302 cannot be an alternative success status"),
        ("404", "404 cannot be an alternative success status"),
        ("299", "299 cannot be an alternative success status"),
        ("202", "status 202 is declared twice"),
    ] {
        let src = after_response(&format!(
            "\n[[response.alternatives]]\nstatus = {status}\nbody = \"none\"\n"
        ));
        let l = line_of(&src, &format!("status = {status}"));
        let l = if status == "202" {
            // The main status is on the first `status = 202` line; the duplicate after it.
            src.lines()
                .enumerate()
                .filter(|(_, line)| line.contains("status = 202"))
                .nth(1)
                .map(|(i, _)| i + 1)
                .unwrap()
        } else {
            l
        };
        assert_single(&src, message, &format!("{l}:10"));
    }
    let src = after_response(
        "\n[[response.alternatives]]\nstatus = 200\nbody = \"none\"\n\n[[response.alternatives]]\nstatus = 200\nbody = \"none\"\n",
    );
    let second = src
        .lines()
        .enumerate()
        .filter(|(_, line)| line.contains("status = 200"))
        .nth(1)
        .map(|(i, _)| i + 1)
        .unwrap();
    assert_single(
        &src,
        "status 200 is declared twice",
        &format!("{second}:10"),
    );
    let src = after_response(
        "\n[[response.alternatives]]\nstatus = 200\nbody = { model = \"message\" }\n",
    );
    let l = line_of(&src, "model = \"message\"");
    let errs = errors(&src);
    assert!(
        errs.contains(&("unknown type `message`".to_owned(), format!("{l}:18"))),
        "{errs:?}"
    );
    let src = after_response("\n[[response.alternatives]]\nbody = \"none\"\n");
    let errs = errors(&src);
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert_eq!(
        errs[0].0,
        "missing required key `status` in `[[response.alternatives]]`"
    );
}

#[test]
fn no_body_on_204_and_304() {
    let src = after_response(
        "\n[[response.alternatives]]\nstatus = 304\nbody = { model = \"message\" }\n",
    );
    let src = src.replace("[request]", "models = \"../models/mail.toml\"\n\n[request]");
    let l = line_of(&src, "body = { model");
    let errs = errors(&src);
    assert!(
        errs.contains(&("a 304 response has no body".to_owned(), format!("{l}:8"))),
        "{errs:?}"
    );
    let src = edit("status = 202", "status = 204").replacen(
        "description = \"202 Accepted\"\nbody = \"none\"",
        "description = \"204\"\nbody = { collection = \"message\" }",
        1,
    );
    let l = line_of(&src, "collection = ");
    let errs = errors(&src);
    assert!(
        errs.iter()
            .any(|(m, at)| m == "a 204 response has no body" && *at == format!("{l}:8")),
        "{errs:?}"
    );
}

#[test]
fn response_headers_are_valid_distinct_and_the_handlers_own() {
    for (headers, message, needle) in [
        (
            "[[response.headers]]\nname = \"Bad Name\"\nrequired = true\n",
            "`Bad Name` is not a valid HTTP header name",
            "Bad Name",
        ),
        (
            "[[response.headers]]\nname = \"Content-Type\"\nrequired = true\n",
            "`Content-Type` is set by the server runtime",
            "Content-Type",
        ),
        (
            "[[response.headers]]\nname = \"request-id\"\nrequired = false\n",
            "`request-id` is set by the server runtime",
            "request-id",
        ),
        (
            "[[response.headers]]\nname = \"ETag\"\nrequired = true\n\
             [[response.headers]]\nname = \"etag\"\nrequired = false\n",
            "response header `etag` is listed twice",
            "\"etag\"",
        ),
        (
            "[[response.headers]]\nname = \"Body\"\nrequired = true\n",
            "response header `Body` is generated as the field `body`",
            "\"Body\"",
        ),
        (
            "[[response.headers]]\nname = \"E-Tag\"\nrequired = true\n\
             [[response.alternatives]]\nstatus = 304\nbody = \"none\"\n\
             [[response.alternatives.headers]]\nname = \"ETag\"\nrequired = true\n",
            "response header `ETag` is generated as `e_tag`, like `e-tag`",
            "\"ETag\"",
        ),
    ] {
        let src = after_response(&format!("\n{headers}"));
        let l = line_of(&src, needle);
        assert_single(&src, message, &format!("{l}:8"));
    }
    let src = after_response("\n[[response.headers]]\nname = \"Location\"\n");
    let errs = errors(&src);
    assert_eq!(
        errs.iter().map(|e| e.0.as_str()).collect::<Vec<_>>(),
        ["missing required key `required` in `[[response.headers]]`"]
    );
    let src = after_response(
        "\n[[response.headers]]\nname = \"Location\"\nrequired = true\nvalue = \"x\"\n",
    );
    let l = line_of(&src, "value = \"x\"");
    assert_single(
        &src,
        "unknown key `value` in `[[response.headers]]`",
        &format!("{l}:1"),
    );
}
