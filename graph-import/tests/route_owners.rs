//! A route documented on the page of its own type and on a page about
//! something else (an extended property read with `$expand` on the same
//! path) keeps its own type: only pages not named after the route widen it.

mod common;

use graph_import::Options;

const TABLE: &str = "| Permission type | Permissions (from least to most privileged) |\n\
|:---|:---|\n\
| Delegated (work or school account) | Mail.Read |\n\
| Delegated (personal Microsoft account) | Mail.Read |\n\
| Application | Mail.Read |";

fn page(title: &str, request: &str, answers: &str) -> String {
    format!(
        "---\ntitle: \"{title}\"\n---\n\n# {title}\n\nDoes {title}.\n\n## Permissions\n\n{TABLE}\n\n\
         ## HTTP request\n\n<!-- {{ \"blockType\": \"ignored\" }} -->\n```http\n{request}\n```\n\n\
         ## Request headers\n\n| Name | Description |\n|:---|:---|\n| Authorization | Bearer {{token}}. Required. |\n\n\
         ## Response\n\nIf successful, this method returns a `200 OK` response code and {answers} in the response body.\n"
    )
}

fn resource(name: &str, base: Option<&str>) -> String {
    let base = base.map_or(String::new(), |b| {
        format!(", \"baseType\": \"microsoft.graph.{b}\"")
    });
    format!(
        "---\ntitle: {name} resource type\n---\n\n# {name} resource type\n\nA {name}.\n\n## Properties\n\n\
         | Property | Type | Description |\n|:---|:---|:---|\n| id{name} | String | An id. |\n\n\
         <!-- {{ \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.{name}\"{base} }} -->\n```json\n{{}}\n```\n"
    )
}

#[test]
fn a_page_named_after_the_route_keeps_its_type_beside_a_page_about_an_expansion() {
    let root = common::fresh_dir("route-owners");
    let api = root.join("api-reference/v1.0/api");
    let resources = root.join("api-reference/v1.0/resources");
    std::fs::create_dir_all(&api).expect("mkdir");
    std::fs::create_dir_all(&resources).expect("mkdir");
    let pages = [
        (
            "message-get.md",
            page(
                "Get message",
                "GET /me/messages/{id}",
                "a [message](../resources/message.md) object",
            ),
        ),
        (
            "singlevaluelegacyextendedproperty-get.md",
            page(
                "Get singleValueLegacyExtendedProperty",
                "GET /me/messages/{id}?$expand=singleValueExtendedProperties($filter=id eq '{id_value}')",
                "the object expanded with a [singleValueLegacyExtendedProperty](../resources/singlevaluelegacyextendedproperty.md)",
            ),
        ),
    ];
    for (file, text) in &pages {
        std::fs::write(api.join(file), text).expect("write page");
    }
    for (file, text) in [
        ("entity.md", resource("entity", None)),
        ("message.md", resource("message", Some("entity"))),
        (
            "singlevaluelegacyextendedproperty.md",
            resource("singleValueLegacyExtendedProperty", Some("entity")),
        ),
    ] {
        std::fs::write(resources.join(file), text).expect("write resource");
    }
    let (out, import) = common::import_ok(&[api], &Options::default(), "route-owners-out");
    let spec = std::fs::read_to_string(out.join("v1.0/message_get.toml")).expect("message_get");
    assert!(
        spec.contains("[response.body]\nmodel = \"message\""),
        "{spec}"
    );
    assert!(
        !out.join("v1.0/singlevaluelegacyextendedproperty_get.toml")
            .exists()
    );
    assert_eq!(import.imported, 1);
}

#[test]
fn a_page_split_per_parent_resource_is_ranked_by_its_own_name() {
    let root = common::fresh_dir("route-owners-split");
    let api = root.join("api-reference/v1.0/api");
    let resources = root.join("api-reference/v1.0/resources");
    std::fs::create_dir_all(&api).expect("mkdir");
    std::fs::create_dir_all(&resources).expect("mkdir");
    let rows = "| Supported resource | Delegated (work or school account) | Delegated (personal Microsoft account) | Application |\n\
|:-----|:-----|:-----|:-----|\n\
| [message](../resources/message.md) | Mail.Read | Mail.Read | Mail.Read |\n\
| [event](../resources/event.md) | Calendars.Read | Calendars.Read | Calendars.Read |";
    let extension = page(
        "Get open extension",
        "GET /me/messages?$filter=Extensions/any(f:f/id eq '{extensionId}')\nGET /me/events/{id}/extensions/{extensionId}",
        "a [message](../resources/message.md) object",
    )
    .replace(TABLE, rows);
    let list = page(
        "List messages",
        "GET /me/messages",
        "a [message](../resources/message.md) collection",
    );
    for (file, text) in [
        ("opentypeextension-get.md", extension),
        ("user-list-messages.md", list),
    ] {
        std::fs::write(api.join(file), text).expect("write page");
    }
    for (file, text) in [
        ("message.md", resource("message", None)),
        ("event.md", resource("event", None)),
    ] {
        std::fs::write(resources.join(file), text).expect("write resource");
    }
    let (out, _) = common::import_ok(&[api], &Options::default(), "route-owners-split-out");
    let list =
        std::fs::read_to_string(out.join("v1.0/user_list_messages.toml")).expect("list kept");
    assert!(list.contains("template = \"/me/messages\""), "{list}");
    assert!(!out.join("v1.0/opentypeextension_get_message.toml").exists());
    let event = std::fs::read_to_string(out.join("v1.0/opentypeextension_get_event.toml"))
        .expect("the event part");
    assert!(
        event.contains("delegated_work = [\"Calendars.Read\"]"),
        "{event}"
    );
}
