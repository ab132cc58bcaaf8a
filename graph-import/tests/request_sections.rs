//! What the request section and the response section of a page hold, in
//! pages written in the docs' style: every request block of the section (one
//! per parent resource, each under its own sentence), `$value` routes as a
//! spec of their own, delta functions, and the docs' `/users/me` typo.

mod common;

use std::path::{Path, PathBuf};

use graph_import::{Finding, Options, Severity};

/// The section headings and sentences of a page in one language.
struct Words {
    permissions: &'static str,
    request: &'static str,
    headers: &'static str,
    response: &'static str,
    examples: &'static str,
    ok_200: &'static str,
    body_is: &'static str,
    events: &'static str,
    messages: &'static str,
}

const EN: Words = Words {
    permissions: "Permissions",
    request: "HTTP request",
    headers: "Request headers",
    response: "Response",
    examples: "Examples",
    ok_200: "If successful, this method returns a `200 OK` response code.",
    body_is: "The response body includes an [attachment](../resources/attachment.md) object.",
    events: "Attachments of an [event](../resources/event.md) in the user's default calendar.",
    messages: "Attachments of a [message](../resources/message.md) in the user's mailbox.",
};

const ZH: Words = Words {
    permissions: "权限",
    request: "HTTP 请求",
    headers: "请求标头",
    response: "响应",
    examples: "示例",
    ok_200: "如果成功，此方法返回 `200 OK` 响应代码。",
    body_is: "响应正文包含 [attachment](../resources/attachment.md) 对象。",
    events: "用户的默认日历中的[事件](../resources/event.md)附件。",
    messages: "用户邮箱中的 [邮件](../resources/message.md) 附件。",
};

const DE: Words = Words {
    permissions: "Berechtigungen",
    request: "HTTP-Anforderung",
    headers: "Anforderungsheader",
    response: "Antwort",
    examples: "Beispiele",
    ok_200: "Wenn die Methode erfolgreich verläuft, wird der Antwortcode `200 OK` zurückgegeben.",
    body_is: "Der Antworttext enthält ein [attachment](../resources/attachment.md)-Objekt.",
    events: "Anlagen eines [Ereignisses](../resources/event.md) im Standardkalender des Benutzers.",
    messages: "Anlagen einer [Nachricht](../resources/message.md) im Postfach des Benutzers.",
};

const TABLE: &str = "| Permission type | Permissions (from least to most privileged) |\n\
|:---|:---|\n\
| Delegated (work or school account) | Mail.Read |\n\
| Delegated (personal Microsoft account) | Mail.Read |\n\
| Application | Mail.Read |";

const ATTACHMENT: &str = "---\ntitle: attachment resource type\n---\n\n# attachment resource type\n\n\
An attachment.\n\n## Properties\n\n| Property | Type | Description |\n|:---|:---|:---|\n\
| id | String | The id. |\n| name | String | The name. |\n\n\
<!-- { \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.attachment\" } -->\n```json\n{}\n```\n";

const MESSAGE: &str = "---\ntitle: message resource type\n---\n\n# message resource type\n\n\
A message.\n\n## Properties\n\n| Property | Type | Description |\n|:---|:---|:---|\n\
| id | String | The id. |\n| subject | String | The subject. |\n\n\
<!-- { \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.message\" } -->\n```json\n{}\n```\n";

/// A page with `request` (the request section's body) and `response` (the
/// response section's), and `examples` after them.
fn page(w: &Words, title: &str, request: &str, response: &str, examples: &str) -> String {
    format!(
        "---\ntitle: \"{title}\"\nms.prod: outlook\n---\n\n# {title}\n\nDoes {title}.\n\n\
         ## {}\n\n{TABLE}\n\n## {}\n\n{request}\n\n\
         ## {}\n\n| Name | Description |\n|:---|:---|\n| Authorization | Bearer {{token}}. Required. |\n\n\
         ## {}\n\n{response}\n\n## {}\n\n{examples}\n",
        w.permissions, w.request, w.headers, w.response, w.examples
    )
}

fn block(lines: &str) -> String {
    format!("<!-- {{ \"blockType\": \"ignored\" }} -->\n```http\n{lines}\n```")
}

/// Writes `pages` under `api-reference/v1.0/api` and the resource pages
/// beside, imports the folder, and returns the output folder and findings.
fn import(name: &str, pages: &[(&str, String)]) -> (PathBuf, Vec<Finding>) {
    let root = common::fresh_dir(name);
    let api = root.join("api-reference/v1.0/api");
    let resources = root.join("api-reference/v1.0/resources");
    std::fs::create_dir_all(&api).expect("mkdir api");
    std::fs::create_dir_all(&resources).expect("mkdir resources");
    for (file, text) in pages {
        std::fs::write(api.join(file), text).expect("write page");
    }
    std::fs::write(resources.join("attachment.md"), ATTACHMENT).expect("write resource");
    std::fs::write(resources.join("message.md"), MESSAGE).expect("write resource");
    let (out, _, findings) =
        common::import_with_findings(&[api], &Options::default(), &format!("{name}-out"));
    (out, findings)
}

fn read(out: &Path, rel: &str) -> String {
    std::fs::read_to_string(out.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn templates(spec: &str) -> Vec<&str> {
    spec.lines()
        .filter_map(|l| l.strip_prefix("template = \""))
        .map(|l| l.trim_end_matches('"'))
        .collect()
}

/// The request section of `attachment: get`: one block per parent, each
/// under its sentence, a parent only in a comment, and an elided path.
fn attachment_get(w: &Words) -> String {
    let request = format!(
        "{}\n\n{}\n\n<!--\nGET /groups/{{id}}/events/{{id}}/attachments/{{id}}\n-->\n\n{}\n{}",
        w.events,
        block(
            "GET /me/events/{id}/attachments/{id}\nGET /users/{id | userPrincipalName}/events/{id}/attachments/{id}\n\n\
             GET /me/events/{id}/attachments/{id}/$value\nGET /users/{id | userPrincipalName}/events/{id}/attachments/{id}/$value"
        ),
        w.messages,
        block(
            "GET /me/messages/{id}/attachments/{id}\nGET /users/{id | userPrincipalName}/messages/{id}/attachments/{id}\n\
             GET /me/mailFolders/{id}/childFolders/{id}/.../messages/{id}/attachments/{id}\n\n\
             GET /me/messages/{id}/attachments/{id}/$value\nGET /users/{id | userPrincipalName}/messages/{id}/attachments/{id}/$value"
        ),
    );
    let examples = "<!-- { \"blockType\": \"request\", \"name\": \"get_attachment\" } -->\n```http\n\
GET https://graph.microsoft.com/v1.0/me/messages/AAMk=/attachments/AAMk1=?$expand=microsoft.graph.itemattachment/item\n```\n\n\
<!-- { \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.attachment\" } -->\n```http\n\
HTTP/1.1 200 OK\nContent-type: application/json\n\n{\n  \"id\": \"AAMk1=\"\n}\n```\n\n\
<!-- { \"blockType\": \"request\", \"name\": \"get_attachment_value\" } -->\n```http\n\
GET https://graph.microsoft.com/v1.0/me/messages/AAMk=/attachments/AAMk1=/$value\n```\n\n\
<!-- { \"blockType\": \"response\" } -->\n```http\nHTTP/1.1 200 OK\nContent-type: text/plain\n\nHello\n```\n";
    page(
        w,
        "Get attachment",
        &request,
        &format!("{}\n\n{}", w.ok_200, w.body_is),
        examples,
    )
}

#[test]
fn every_request_block_counts_and_value_routes_are_a_spec_of_bytes_in_any_language() {
    for (lang, w) in [("en", &EN), ("zh", &ZH), ("de", &DE)] {
        let (out, _) = import(
            &format!("blocks-{lang}"),
            &[("attachment-get.md", attachment_get(w))],
        );
        let json = read(&out, "v1.0/attachment_get.toml");
        assert_eq!(
            templates(&json),
            [
                "/me/events/{event_id}/attachments/{attachment_id}",
                "/users/{user_id}/events/{event_id}/attachments/{attachment_id}",
                "/me/messages/{message_id}/attachments/{attachment_id}",
                "/users/{user_id}/messages/{message_id}/attachments/{attachment_id}",
            ],
            "{lang}: {json}"
        );
        // The type is in the response section's second paragraph.
        assert!(
            json.contains("[response.body]\nmodel = \"attachment\""),
            "{lang}: {json}"
        );
        assert!(json.contains("[query.\"$expand\"]"), "{lang}: {json}");
        let raw = read(&out, "v1.0/attachment_get_value.toml");
        assert_eq!(
            templates(&raw),
            [
                "/me/events/{event_id}/attachments/{attachment_id}/$value",
                "/users/{user_id}/events/{event_id}/attachments/{attachment_id}/$value",
                "/me/messages/{message_id}/attachments/{attachment_id}/$value",
                "/users/{user_id}/messages/{message_id}/attachments/{attachment_id}/$value",
            ],
            "{lang}: {raw}"
        );
        // The one example of `$value` answers text/plain; raw content takes
        // no query options.
        assert!(
            raw.contains("status = 200\n")
                && raw.contains("[response.body]\nbytes = \"text/plain\""),
            "{lang}: {raw}"
        );
        assert!(
            raw.contains("type_name = \"AttachmentGetValue\""),
            "{lang}: {raw}"
        );
        assert!(!raw.contains("[query."), "{lang}: {raw}");
        graph_spec::project::open(&[&out]).unwrap_or_else(|e| panic!("{lang}: {e}"));
    }
}

#[test]
fn value_routes_whose_examples_disagree_on_the_media_type_answer_any_content() {
    let text = attachment_get(&EN)
        + "\n<!-- { \"blockType\": \"request\", \"name\": \"get_vcard\" } -->\n```http\n\
GET https://graph.microsoft.com/v1.0/me/messages/AAMk=/attachments/AAMk2=/$value\n```\n\n\
<!-- { \"blockType\": \"response\" } -->\n```http\nHTTP/1.1 200 OK\nContent-type: text/vcard\n\nBEGIN:VCARD\n```\n";
    let (out, _) = import("media-any", &[("attachment-get.md", text)]);
    let raw = read(&out, "v1.0/attachment_get_value.toml");
    assert!(raw.contains("bytes = \"*/*\""), "{raw}");
}

#[test]
fn request_sections_one_after_the_other_are_one_request() {
    let request_existing = block(
        "PUT /drives/{drive-id}/items/{item-id}/content\nPUT /me/drive/items/{item-id}/content",
    );
    let request_new = block(
        "PUT /drives/{drive-id}/items/{parent-id}:/{filename}:/content\nPUT /me/drive/items/{parent-id}:/{filename}:/content",
    );
    let text = page(
        &EN,
        "Upload or replace the contents of a driveItem",
        &request_existing,
        "If successful, this method returns a `201 Created` response code.",
        "",
    )
    .replace(
        "## Request headers",
        &format!("## HTTP request (to upload a new file)\n\n{request_new}\n\n## Request headers"),
    );
    let (out, _) = import("sections", &[("driveitem-put-content.md", text)]);
    let spec = read(&out, "v1.0/driveitem_put_content.toml");
    assert_eq!(
        templates(&spec),
        [
            "/drives/{drive_id}/items/{item_id}/content",
            "/me/drive/items/{item_id}/content",
            "/drives/{drive_id}/items/{item_id}:/{filename}:/content",
            "/me/drive/items/{item_id}:/{filename}:/content",
        ],
        "{spec}"
    );
    for variant in [
        "drive_item",
        "me_drive_item",
        "drive_item_filename",
        "me_drive_item_filename",
    ] {
        assert!(
            spec.contains(&format!("variant = \"{variant}\"")),
            "{variant}: {spec}"
        );
    }
    graph_spec::project::open(&[&out]).unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn delta_functions_answer_delta_pages_in_any_language() {
    let answer = "<!-- { \"blockType\": \"request\", \"name\": \"message_delta\" } -->\n```http\n\
GET https://graph.microsoft.com/v1.0/me/mailFolders/AQMk=/messages/delta\n```\n\n\
<!-- { \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.message\", \"isCollection\": true } -->\n```http\n\
HTTP/1.1 200 OK\nContent-type: application/json\n\n{\n  \"@odata.deltaLink\": \"https://graph.microsoft.com/v1.0/me/mailFolders/AQMk=/messages/delta?$deltatoken=x\",\n  \"value\": []\n}\n```\n";
    let en = page(
        &EN,
        "message: delta",
        &block(
            "GET /me/mailFolders/{id}/messages/delta\nGET /users/{id}/mailFolders/{id}/messages/delta",
        ),
        "If successful, this method returns a `200 OK` response code and a [message](../resources/message.md) collection object in the response body.",
        answer,
    );
    let de = page(
        &DE,
        "message: delta",
        &block(
            "GET /me/mailFolders/{id}/messages/delta\nGET /users/{id}/mailFolders/{id}/messages/delta",
        ),
        "Wenn die Methode erfolgreich verläuft, werden der Antwortcode `200 OK` und eine [message](../resources/message.md)-Auflistung im Antworttext zurückgegeben.",
        answer,
    );
    // Where the page seems to name one object (no `collection` word, no
    // `isCollection`), a delta function still answers pages of them.
    let one = page(
        &ZH,
        "todoTask: delta",
        &block("GET /me/todo/lists/{id}/tasks/delta"),
        "如果成功，此方法在响应正文中返回 `200 OK` 响应代码和 [message](../resources/message.md) 对象。",
        "",
    );
    // A list of the same type is a collection, not a delta.
    let list = page(
        &EN,
        "List messages",
        &block("GET /me/messages"),
        "If successful, this method returns a `200 OK` response code and a [message](../resources/message.md) collection object in the response body.",
        "",
    );
    for (lang, text) in [("en", en), ("de", de)] {
        let (out, _) = import(
            &format!("delta-{lang}"),
            &[
                ("message-delta.md", text),
                ("user-list-messages.md", list.clone()),
                ("todotask-delta.md", one.clone()),
            ],
        );
        let delta = read(&out, "v1.0/message_delta.toml");
        assert!(
            delta.contains("[response.body]\ndelta = \"message\""),
            "{lang}: {delta}"
        );
        let one = read(&out, "v1.0/todotask_delta.toml");
        assert!(
            one.contains("[response.body]\ndelta = \"message\""),
            "{lang}: {one}"
        );
        let listed = read(&out, "v1.0/user_list_messages.toml");
        assert!(
            listed.contains("[response.body]\ncollection = \"message\""),
            "{lang}: {listed}"
        );
        graph_spec::project::open(&[&out]).unwrap_or_else(|e| panic!("{lang}: {e}"));
    }
}

#[test]
fn a_users_me_request_line_is_the_signed_in_users_alias_with_a_warning() {
    let text = page(
        &EN,
        "message: replyAll",
        &block(
            "POST /users/me/messages/{id}/replyAll\nPOST /users/{id | userPrincipalName}/messages/{id}/replyAll",
        ),
        "If successful, this method returns `202 Accepted` response code.",
        "",
    );
    let (out, findings) = import("users-me", &[("message-replyall.md", text.clone())]);
    let spec = read(&out, "v1.0/message_replyall.toml");
    assert_eq!(
        templates(&spec),
        [
            "/me/messages/{message_id}/replyAll",
            "/users/{user_id}/messages/{message_id}/replyAll",
        ],
        "{spec}"
    );
    let line = text
        .lines()
        .position(|l| l.starts_with("POST /users/me/"))
        .expect("line")
        + 1;
    let warned = findings.iter().find(|f| {
        f.severity == Severity::Warning
            && f.message
                .contains("`/users/me/messages/{id}/replyAll` read as `/me/messages/{id}/replyAll`")
    });
    let warned = warned.unwrap_or_else(|| panic!("{findings:#?}"));
    assert!(
        warned
            .location()
            .ends_with(&format!("message-replyall.md:{line}:1")),
        "{}",
        warned.location()
    );
}

/// `message: reply` with its body table in `lang`'s words: the parameter
/// names translated, the example request sending the JSON names.
fn reply(w: &Words, comment: &str, message: &str, extra_row: &str) -> String {
    let request = block("POST /me/messages/{id}/reply");
    let example = "<!-- { \"blockType\": \"request\", \"name\": \"message_reply\" } -->\n```http\n\
POST https://graph.microsoft.com/v1.0/me/messages/AAMk=/reply\nContent-type: application/json\n\n\
{\n  \"message\": {\n    \"toRecipients\": []\n  },\n  \"comment\": \"Samantha, Randi, would you name the group please?\"\n}\n```\n";
    page(
        w,
        "message: reply",
        &request,
        "If successful, this method returns `202 Accepted` response code.",
        example,
    )
    .replace(
        &format!("## {}\n\nIf", w.response),
        &format!(
            "## Request body\n\n| Parameter | Type | Description |\n|:---|:---|:---|\n\
             | {comment} | String | . |\n| {message} | [message](../resources/message.md) | . |\n{extra_row}\n\
             ## {}\n\nIf",
            w.response
        ),
    )
}

#[test]
fn translated_body_parameter_names_are_the_examples_members_of_their_kind() {
    // Scripts a JSON name cannot be in, and Latin-script translations, which
    // are capitalized where Graph's names start lower case.
    for (lang, w, comment, message) in [
        ("zh", &ZH, "注释", "消息"),
        ("ja", &EN, "コメント", "メッセージ"),
        ("de", &DE, "Kommentar", "Nachricht"),
    ] {
        let (out, findings) = import(
            &format!("translated-{lang}"),
            &[("message-reply.md", reply(w, comment, message, ""))],
        );
        let spec = read(&out, "v1.0/message_reply.toml");
        assert!(
            spec.contains("[request.body.fields.comment]\ntype = \"string\""),
            "{lang}: {spec}"
        );
        assert!(
            spec.contains("[request.body.fields.message]\ntype = \"message\""),
            "{lang}: {spec}"
        );
        assert!(
            findings.iter().any(|f| f.severity == Severity::Warning
                && f.message.contains(&format!(
                    "parameter `{comment}` is a translation; read as `comment`"
                ))),
            "{lang}: {findings:#?}"
        );
        graph_spec::project::open(&[&out]).unwrap_or_else(|e| panic!("{lang}: {e}"));
    }
    // Two translated rows of one JSON kind: the examples cannot tell which
    // is which, so the table is not read.
    let (out, _) = import(
        "translated-ambiguous",
        &[(
            "message-reply.md",
            reply(&ZH, "注释", "消息", "| 主题 | String | . |\n"),
        )],
    );
    let spec = read(&out, "v1.0/message_reply.toml");
    assert!(!spec.contains("[request.body.fields."), "{spec}");
    // Two capitalized rows of one JSON kind the examples do not send: the
    // page's names stay, as they may be Graph's own.
    let (out, _) = import(
        "translated-latin-ambiguous",
        &[(
            "message-reply.md",
            reply(&DE, "Kommentar", "Nachricht", "| Betreff | String | . |\n"),
        )],
    );
    let spec = read(&out, "v1.0/message_reply.toml");
    assert!(spec.contains("[request.body.fields.Kommentar]"), "{spec}");
    assert!(spec.contains("[request.body.fields.Betreff]"), "{spec}");
    // A capitalized name beside translated ones that the examples tell: the
    // translated rows are still read, the capitalized one as written.
    let (out, _) = import(
        "translated-beside-capitalized",
        &[(
            "message-reply.md",
            reply(&ZH, "注释", "消息", "| Categories | String | . |\n"),
        )],
    );
    let spec = read(&out, "v1.0/message_reply.toml");
    for field in ["comment", "message", "Categories"] {
        assert!(
            spec.contains(&format!("[request.body.fields.{field}]")),
            "{field}: {spec}"
        );
    }
}

#[test]
fn a_permissions_row_per_parent_resource_makes_a_spec_per_parent_in_any_language() {
    let zh = "| 支持的资源 | 委派（工作或学校帐户） | 委派（个人 Microsoft 帐户） | 应用程序 |\n\
|:-----|:-----|:-----|:-----|\n\
| [事件](../resources/event.md) | Calendars.Read | Calendars.Read | Calendars.Read |\n\
| [邮件](../resources/message.md) | Mail.Read | Mail.Read | Mail.Read |\n\
| [帖子](../resources/post.md) | Group.Read.All | 不支持 | 不支持 |";
    let en = "| Supported resource | Delegated (work or school account) | Delegated (personal Microsoft account) | Application |\n\
|:-----|:-----|:-----|:-----|\n\
| [event](../resources/event.md) | Calendars.Read | Calendars.Read | Calendars.Read |\n\
| [message](../resources/message.md) | Mail.Read | Mail.Read | Mail.Read |\n\
| [post](../resources/post.md) | Group.Read.All | Not supported. | Not supported. |";
    for (lang, w, table) in [("zh", &ZH, zh), ("en", &EN, en)] {
        let text = attachment_get(w).replace(TABLE, table).replace(
            "GET /me/messages/{id}/attachments/{id}\n",
            "GET /me/messages/{id}/attachments/{id}\nGET /groups/{id}/threads/{id}/posts/{id}/attachments/{id}\n",
        );
        let (out, _) = import(
            &format!("by-resource-{lang}"),
            &[("attachment-get.md", text)],
        );
        assert!(!out.join("v1.0/attachment_get.toml").exists(), "{lang}");
        let message = read(&out, "v1.0/attachment_get_message.toml");
        assert!(
            message.contains(
                "delegated_work = [\"Mail.Read\"]\ndelegated_personal = [\"Mail.Read\"]\napplication = [\"Mail.Read\"]\nresource = \"mailbox\"\nother_users = [\"Mail.Read.Shared\"]"
            ),
            "{lang}: {message}"
        );
        assert!(!message.contains("/events/"), "{lang}: {message}");
        let raw = read(&out, "v1.0/attachment_get_message_value.toml");
        assert!(raw.contains("resource = \"mailbox\""), "{lang}: {raw}");
        let event = read(&out, "v1.0/attachment_get_event.toml");
        assert!(
            event.contains("delegated_work = [\"Calendars.Read\"]")
                && event.contains("resource = \"calendar\""),
            "{lang}: {event}"
        );
        let post = read(&out, "v1.0/attachment_get_post.toml");
        assert!(
            post.contains("delegated_work = [\"Group.Read.All\"]\ndelegated_personal = \"not supported\"\napplication = \"not supported\""),
            "{lang}: {post}"
        );
        assert_eq!(
            templates(&post),
            ["/groups/{group_id}/threads/{thread_id}/posts/{post_id}/attachments/{attachment_id}"],
            "{lang}"
        );
        graph_spec::project::open(&[&out]).unwrap_or_else(|e| panic!("{lang}: {e}"));
    }
}

#[test]
fn one_list_joining_parents_is_split_by_permission_family() {
    // `Calendars.Read, Mail.Read` for events and messages alike, as
    // `attachment: createUploadSession` writes it: each parent keeps its
    // family, so a calendar grant never reaches a message.
    let joined = "| Permission type | Permissions (from least to most privileged) |\n|:---|:---|\n\
| Delegated (work or school account) | Calendars.Read, Mail.Read |\n\
| Delegated (personal Microsoft account) | Calendars.Read, Mail.Read |\n\
| Application | Calendars.Read, Mail.Read |";
    for (lang, w, list) in [
        ("en", &EN, joined.to_owned()),
        (
            "zh",
            &ZH,
            joined.replace("Calendars.Read, Mail.Read", "Calendars.Read、Mail.Read"),
        ),
    ] {
        let (out, _) = import(
            &format!("by-family-{lang}"),
            &[("attachment-get.md", attachment_get(w).replace(TABLE, &list))],
        );
        assert!(!out.join("v1.0/attachment_get.toml").exists(), "{lang}");
        let message = read(&out, "v1.0/attachment_get_message.toml");
        assert!(
            message.contains("delegated_work = [\"Mail.Read\"]\ndelegated_personal = [\"Mail.Read\"]\napplication = [\"Mail.Read\"]\nresource = \"mailbox\""),
            "{lang}: {message}"
        );
        assert!(!message.contains("/events/"), "{lang}: {message}");
        let event = read(&out, "v1.0/attachment_get_event.toml");
        assert!(
            event.contains("delegated_work = [\"Calendars.Read\"]")
                && event.contains("resource = \"calendar\"")
                && !event.contains("Mail.Read"),
            "{lang}: {event}"
        );
        graph_spec::project::open(&[&out]).unwrap_or_else(|e| panic!("{lang}: {e}"));
    }
    // A name of neither family: not such a list, one spec as the page says.
    let other = joined.replace(
        "Calendars.Read, Mail.Read",
        "Calendars.Read, Mail.Read, User.Read",
    );
    let (out, _) = import(
        "by-family-other",
        &[(
            "attachment-get.md",
            attachment_get(&EN).replace(TABLE, &other),
        )],
    );
    let one = read(&out, "v1.0/attachment_get.toml");
    assert!(
        one.contains("/events/") && one.contains("/messages/"),
        "{one}"
    );
}
