//! Page shapes of whole docs trees, each in a small page written in the
//! docs' style (several languages where the shape depends on wording):
//! what each imports to, or that it is skipped with a reason.

mod common;

use std::path::{Path, PathBuf};

use graph_import::{Options, Severity};

/// A docs tree with `pages` (file name, text) under `api-reference/v1.0/api`.
fn tree(name: &str, pages: &[(&str, &str)]) -> PathBuf {
    let root = common::fresh_dir(name);
    let api = root.join("api-reference/v1.0/api");
    std::fs::create_dir_all(&api).expect("mkdir");
    for (file, text) in pages {
        std::fs::write(api.join(file), text).expect("write page");
    }
    api
}

/// An API page: title, permissions section, request block, response prose.
fn page(title: &str, permissions: &str, request: &str, response: &str) -> String {
    format!(
        "---\ntitle: \"{title}\"\n---\n\n# {title}\n\nDoes {title}.\n\n## Permissions\n\n{permissions}\n\n\
         ## HTTP request\n\n<!-- {{ \"blockType\": \"ignored\" }} -->\n```http\n{request}\n```\n\n\
         ## Request headers\n\n| Name | Description |\n|:---|:---|\n| Authorization | Bearer {{token}}. Required. |\n\n\
         ## Response\n\n{response}\n"
    )
}

const TABLE: &str = "| Permission type | Permissions (from least to most privileged) |\n\
|:---|:---|\n\
| Delegated (work or school account) | User.Read |\n\
| Delegated (personal Microsoft account) | User.Read |\n\
| Application | User.Read.All |";

const OK_200: &str = "If successful, this method returns a `200 OK` response code.";

fn run(api: &Path, out_name: &str) -> (graph_import::Import, Vec<graph_import::Finding>, PathBuf) {
    let mut import = graph_import::import(&[api.to_path_buf()], &Options::default());
    let out = common::fresh_dir(out_name);
    let mut findings = std::mem::take(&mut import.findings);
    findings.extend(graph_import::write(&mut import, &out));
    (import, findings, out)
}

fn errors(findings: &[graph_import::Finding]) -> Vec<String> {
    findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| format!("{}: {}", f.location(), f.message))
        .collect()
}

#[test]
fn a_route_on_two_pages_is_imported_from_the_page_named_after_it() {
    let api = tree(
        "dup-route",
        &[
            (
                "a-first.md",
                &page(
                    "manager: get",
                    TABLE,
                    "GET /me/manager\nGET /me/photo",
                    OK_200,
                ),
            ),
            (
                "user-list-manager.md",
                &page("user: list manager", TABLE, "GET /me/manager", OK_200),
            ),
            (
                "z-copy.md",
                &page("photo copy", TABLE, "GET /me/photo", OK_200),
            ),
        ],
    );
    let (import, findings, out) = run(&api, "dup-route-out");
    assert!(errors(&findings).is_empty(), "{:?}", errors(&findings));
    // `a-first` keeps `/me/photo` (first in path order, no page named after it)
    // and loses `/me/manager` to the page whose name holds `manager`.
    let first = std::fs::read_to_string(out.join("v1.0/a_first.toml")).expect("a_first");
    assert!(
        first.contains("\"/me/photo\"") && !first.contains("/me/manager\""),
        "{first}"
    );
    assert!(out.join("v1.0/user_list_manager.toml").is_file());
    assert!(!out.join("v1.0/z_copy.toml").exists());
    assert_eq!((import.pages, import.imported), (3, 2));
    let skipped: Vec<&str> = findings
        .iter()
        .filter(|f| f.message.contains("one page per route"))
        .map(|f| &*f.path)
        .collect();
    assert_eq!(skipped.len(), 2, "{skipped:?}");
    assert!(skipped.iter().any(|p| p.ends_with("z-copy.md")));
    // What stays is accepted together.
    graph_spec::project::open(&[&out]).unwrap_or_else(|e| panic!("{e}"));
}

/// Imports one page (in a tree of its own) and returns its spec text, or the errors.
fn import_page(name: &str, text: &str) -> Result<String, Vec<String>> {
    let api = tree(name, &[("thing-get.md", text)]);
    let (_, findings, out) = run(&api, &format!("{name}-out"));
    let errs = errors(&findings);
    if !errs.is_empty() {
        return Err(errs);
    }
    Ok(std::fs::read_to_string(out.join("v1.0/thing_get.toml")).expect("spec written"))
}

fn perms_of(spec: &str) -> Vec<&str> {
    spec.lines()
        .filter(|l| {
            l.starts_with("delegated_work")
                || l.starts_with("delegated_personal")
                || l.starts_with("application")
        })
        .collect()
}

#[test]
fn permission_types_as_columns_merge_over_resource_rows() {
    let en = "| Supported resource | Delegated (work or school account) | Delegated (personal Microsoft account) | Application |\n\
|:---|:---|:---|:---|\n\
| [calendar](../resources/calendar.md) | Calendars.Read | Calendars.Read | Calendars.Read |\n\
| [group](../resources/group.md) | Group.Read.All | Not supported. | Group.Read.All |";
    let zh = "| 支持的资源 | 委派（工作或学校帐户） | 委派（个人 Microsoft 帐户） | 应用程序 |\n\
|:---|:---|:---|:---|\n\
| [日历](../resources/calendar.md) | Calendars.Read | Calendars.Read | Calendars.Read |\n\
| [组](../resources/group.md) | Group.Read.All | 不支持。 | Group.Read.All |";
    for (lang, table) in [("en", en), ("zh", zh)] {
        let spec = import_page(
            &format!("cols-{lang}"),
            &page("thing: get", table, "GET /things/{id}", OK_200),
        )
        .unwrap_or_else(|e| panic!("{lang}: {e:?}"));
        assert_eq!(
            perms_of(&spec),
            [
                "delegated_work = [\"Calendars.Read\", \"Group.Read.All\"]",
                "delegated_personal = [\"Calendars.Read\"]",
                "application = [\"Calendars.Read\", \"Group.Read.All\"]",
            ],
            "{lang}"
        );
    }
}

#[test]
fn intune_sub_rows_join_their_type_and_most_to_least_is_reversed() {
    let table = "|Permission type|Permissions (from most to least privileged)|\n\
|:---|:---|\n\
|Delegated (work or school account)||\n\
| &nbsp; &nbsp; **Device management** | DeviceManagementConfiguration.ReadWrite.All|\n\
| &nbsp; &nbsp; **Policy Set** | DeviceManagementConfiguration.Read.All|\n\
|Delegated (personal Microsoft account)|Not supported.|\n\
|Application||\n\
| &nbsp; &nbsp; **Device management** | DeviceManagementConfiguration.ReadWrite.All|";
    let spec = import_page(
        "intune",
        &page("thing: get", table, "GET /things/{id}", OK_200),
    )
    .unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(
        perms_of(&spec),
        [
            "delegated_work = [\"DeviceManagementConfiguration.Read.All\", \"DeviceManagementConfiguration.ReadWrite.All\"]",
            "delegated_personal = \"not supported\"",
            "application = [\"DeviceManagementConfiguration.ReadWrite.All\"]",
        ]
    );
}

#[test]
fn a_table_without_some_type_rows_is_read_by_its_labels_in_any_language() {
    let tables = [
        (
            "en",
            "| Permission type | Permissions |\n|:---|:---|\n| Delegated (work or school account) | EduRoster.Read |\n| Application | EduRoster.Read.All |",
        ),
        (
            "de",
            "|Berechtigungstyp | Berechtigungen |\n|:---|:---|\n|Delegiert (Geschäfts-, Schul- oder Unikonto) | EduRoster.Read |\n|Anwendung | EduRoster.Read.All |",
        ),
        (
            "zh",
            "|权限类型|权限|\n|:---|:---|\n|委派（工作或学校帐户）|EduRoster.Read|\n|应用程序|EduRoster.Read.All|",
        ),
    ];
    for (lang, table) in tables {
        let spec = import_page(
            &format!("rows-{lang}"),
            &page("thing: get", table, "GET /things/{id}", OK_200),
        )
        .unwrap_or_else(|e| panic!("{lang}: {e:?}"));
        assert_eq!(
            perms_of(&spec),
            [
                "delegated_work = [\"EduRoster.Read\"]",
                "delegated_personal = \"not supported\"",
                "application = [\"EduRoster.Read.All\"]",
            ],
            "{lang}"
        );
    }
}

#[test]
fn the_older_scopes_sentence_is_delegated_permissions_in_any_language() {
    let sentences = [
        (
            "en",
            "One of the following scopes is required to execute this API: *Mail.Send*",
        ),
        (
            "de",
            "Einer der folgenden Bereiche ist erforderlich, um diese API auszuführen: *Mail.Send*",
        ),
        (
            "ja",
            "この API を実行するには、次のいずれかのスコープが必要です。*Mail.Send*",
        ),
    ];
    for (lang, sentence) in sentences {
        let spec = import_page(
            &format!("sentence-{lang}"),
            &page("thing: get", sentence, "GET /things/{id}", OK_200),
        )
        .unwrap_or_else(|e| panic!("{lang}: {e:?}"));
        assert_eq!(
            perms_of(&spec),
            [
                "delegated_work = [\"Mail.Send\"]",
                "delegated_personal = \"not supported\"",
                "application = \"not supported\"",
            ],
            "{lang}"
        );
    }
}

#[test]
fn a_table_beside_a_missing_note_include_is_read() {
    let section = format!(
        "[!INCLUDE [teamwork-permissions-note](../../includes/teamwork-permissions-note.md)]\n\n{TABLE}"
    );
    let spec = import_page(
        "note-include",
        &page("thing: get", &section, "GET /things/{id}", OK_200),
    )
    .unwrap_or_else(|e| panic!("{e:?}"));
    assert!(spec.contains("application = [\"User.Read.All\"]"), "{spec}");
}

/// The page with an example request and response after the response prose.
fn with_example(response_prose: &str, status_line: &str) -> String {
    format!(
        "{}\n## Example\n\n### Request\n\n<!-- {{ \"blockType\": \"request\", \"name\": \"thing\" }} -->\n```http\nDELETE https://graph.microsoft.com/v1.0/things/1\n```\n\n\
         ### Response\n\n<!-- {{ \"blockType\": \"response\" }} -->\n```http\n{status_line}\n```\n",
        page(
            "thing: delete",
            TABLE,
            "DELETE /things/{id}",
            response_prose
        )
    )
}

#[test]
fn a_status_only_in_the_example_response_is_the_status() {
    let pages = [
        (
            "en",
            "If successful, this method returns a 200 series response code.",
        ),
        (
            "zh",
            "如果成功，此方法返回 200 系列响应代码。它不在响应正文中返回任何内容。",
        ),
        (
            "de",
            "Wenn die Methode erfolgreich verläuft, wird ein Antwortcode der Serie 200 zurückgegeben.",
        ),
    ];
    for (lang, prose) in pages {
        let spec = import_page(
            &format!("status-{lang}"),
            &with_example(prose, "HTTP/1.1 204 No Content"),
        )
        .unwrap_or_else(|e| panic!("{lang}: {e:?}"));
        assert!(
            spec.contains("status = 204\ndescription = \"204 No Content\""),
            "{lang}: {spec}"
        );
    }
}

#[test]
fn a_bare_status_in_the_prose_is_read_when_there_is_no_example() {
    let spec = import_page(
        "bare-status",
        &page(
            "thing: delete",
            TABLE,
            "DELETE /things/{id}",
            "If successful, this method returns 204 No Content.",
        ),
    )
    .unwrap_or_else(|e| panic!("{e:?}"));
    assert!(spec.contains("status = 204"), "{spec}");
}

#[test]
fn a_redirect_other_than_a_gets_302_is_a_located_error_naming_the_status() {
    for (name, line) in [
        ("redirect-303", "HTTP/1.1 303 See Other"),
        ("redirect-delete", "HTTP/1.1 302 Found"),
    ] {
        let errs = import_page(name, &with_example("Returns a redirect to the file.", line))
            .expect_err("not a status a spec declares");
        let code = &line[9..12];
        assert!(
            errs.iter()
                .any(|e| e.contains(&format!("`{code}` (a redirect)"))),
            "{errs:?}"
        );
    }
}

#[test]
fn a_get_page_with_a_body_table_imports_without_a_body() {
    let text = page("thing: get", TABLE, "GET /things/{id}", OK_200).replace(
        "## Response",
        "## Request body\n\n| Parameter | Type | Description |\n|:---|:---|:---|\n| startDate | String | The start. |\n\n## Response",
    );
    let spec = import_page("get-body", &text).unwrap_or_else(|e| panic!("{e:?}"));
    assert!(
        spec.contains("body = \"none\"") && !spec.contains("startDate"),
        "{spec}"
    );
}

#[test]
fn long_paths_get_variant_names_graph_spec_accepts() {
    let long = "GET /deviceManagement/deviceConfigurations/{id}/microsoft.graph.androidWorkProfileVpnConfiguration/identityCertificate\n\
GET /deviceManagement/deviceConfigurations/{id}/microsoft.graph.androidForWorkImportedPFXCertificateProfile/identityCertificate";
    let spec = import_page("long-variant", &page("thing: get", TABLE, long, OK_200))
        .unwrap_or_else(|e| panic!("{e:?}"));
    for line in spec.lines().filter(|l| l.starts_with("variant = ")) {
        assert!(line.len() - "variant = \"\"".len() <= 64, "{line}");
    }
}

#[test]
fn a_gets_302_to_content_is_a_spec_of_status_302_with_a_body_of_bytes() {
    // Named in the prose only, or only in the example response.
    let prose = import_page(
        "redirect-prose",
        &page(
            "driveItem: get content",
            TABLE,
            "GET /me/drive/items/{item-id}/content",
            "Returns a `302 Found` response that redirects to a download URL.",
        ),
    )
    .unwrap_or_else(|e| panic!("{e:?}"));
    let example = import_page(
        "redirect-example",
        &with_example("Returns a redirect to the file.", "HTTP/1.1 302 Found")
            .replace(
                "DELETE /things/{id}",
                "GET /reports/getEmailActivityCounts(period='{period_value}')",
            )
            .replace("DELETE https://", "GET https://"),
    )
    .unwrap_or_else(|e| panic!("{e:?}"));
    for spec in [prose, example] {
        assert!(spec.contains("[response]\nstatus = 302\n"), "{spec}");
        assert!(spec.contains("[response.body]\nbytes = \"*/*\""), "{spec}");
    }
}

#[test]
fn uploads_and_downloads_of_content_are_bodies_of_bytes() {
    let upload = page(
        "profilePhoto: update",
        TABLE,
        "PUT /me/photo/$value",
        "If successful, this method returns a `200 OK` response code.",
    )
    .replace(
        "| Authorization | Bearer {token}. Required. |",
        "| Authorization | Bearer {token}. Required. |\n| Content-Type | image/jpeg. Required. |",
    )
    .replace(
        "## Response",
        "## Request body\n\nIn the request body, include the binary data of the photo.\n\n## Response",
    );
    let spec = import_page("upload", &upload).unwrap_or_else(|e| panic!("{e:?}"));
    assert!(
        spec.contains("[request]\nbody = { bytes = \"image/jpeg\" }"),
        "{spec}"
    );
    let download = page(
        "driveItem: get content",
        TABLE,
        "GET /me/drive/items/{item-id}/content\nGET /me/photo/$value",
        OK_200,
    );
    let spec = import_page("download", &download).unwrap_or_else(|e| panic!("{e:?}"));
    assert!(spec.contains("[response.body]\nbytes = \"*/*\""), "{spec}");
}

#[test]
fn translated_header_names_and_bearer_values_are_read_back() {
    let zh = page("thing: get", TABLE, "GET /things/{id}", OK_200).replace(
        "| Authorization | Bearer {token}. Required. |",
        "| Authorization | 持有者 {token}。必需。 |\n|接受|application/json|",
    );
    let de = page("thing: get", TABLE, "GET /things/{id}", OK_200).replace(
        "| Authorization | Bearer {token}. Required. |",
        "| Autorisierung | Bearer {token}. Erforderlich. |\n| Akzeptieren | application/json |",
    );
    for (lang, text) in [("zh", zh), ("de", de)] {
        let spec = import_page(&format!("headers-{lang}"), &text)
            .unwrap_or_else(|e| panic!("{lang}: {e:?}"));
        assert!(
            spec.contains("name = \"Authorization\"\nvalue = \"Bearer {token}\""),
            "{lang}: {spec}"
        );
        assert!(
            spec.contains("name = \"Accept\"\nvalue = \"application/json\""),
            "{lang}: {spec}"
        );
    }
}

/// Writes `pages` (file name, text) under the tree's `resources` folder.
fn resources(api: &Path, pages: &[(&str, &str)]) {
    let dir = api.join("../resources");
    std::fs::create_dir_all(&dir).expect("mkdir");
    for (file, text) in pages {
        std::fs::write(dir.join(file), text).expect("write resource");
    }
}

#[test]
fn enum_values_come_from_the_enum_pages_in_graphs_case_and_translated_types_are_read() {
    let thing = "---\ntitle: thing resource type\n---\n\n# thing resource type\n\nA thing.\n\n## Properties\n\n\
| Property | Type | Description |\n|:---|:---|:---|\n\
| format | [subjectNameFormat](intune-deviceconfig-subjectnameformat.md) | The format. Possible values are: `CommonName`, `Custom`. |\n\
| kind | [activityType](enums.md#activitytype-values) | The kind. |\n\
| name | 字符串 | 名称。 |\n\
| hidden | Boolescher Wert | Ob verborgen. |\n\
| tags | 字符串集合 | 标记。 |\n\
| extra | Edm.Json | Anything. |\n\
\n<!-- { \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.thing\" } -->\n```json\n{}\n```\n";
    let format = "# subjectNameFormat enum type\n\nThe format.\n\n|Member|Value|Description|\n|:---|:---|:---|\n\
|commonName|0|Common name.|\n|custom|3|Custom format.|\n";
    let enums = "# Enum values\n\nNamespace: microsoft.graph\n\n### activityType values\n\n|Member|\n|:---|\n|signin|\n|user|\n|unknownFutureValue|\n";
    let get = page(
        "thing: get",
        TABLE,
        "GET /things/{id}",
        "If successful, this method returns a `200 OK` response code and a [thing](../resources/thing.md) object in the response body.",
    );
    let api = tree("enums", &[("thing-get.md", &get)]);
    resources(
        &api,
        &[
            ("thing.md", thing),
            ("intune-deviceconfig-subjectnameformat.md", format),
            ("enums.md", enums),
        ],
    );
    let (_, findings, out) = run(&api, "enums-out");
    assert!(errors(&findings).is_empty(), "{:?}", errors(&findings));
    let models = std::fs::read_to_string(out.join("models/v1.0.toml")).expect("models");
    // The page's members, not the capitalized prose.
    assert!(
        models.contains("[enums.subjectNameFormat]\nvalues = [\"commonName\", \"custom\"]"),
        "{models}"
    );
    assert!(
        models.contains(
            "[enums.activityType]\nvalues = [\"signin\", \"user\", \"unknownFutureValue\"]"
        ),
        "{models}"
    );
    for field in [
        "format = { type = \"subjectNameFormat\"",
        "kind = { type = \"activityType\"",
        "name = { type = \"string\"",
        "hidden = { type = \"boolean\"",
        "tags = { type = \"[string]\"",
    ] {
        assert!(models.contains(field), "{field}: {models}");
    }
    assert!(!models.contains("extra ="), "{models}");
    assert!(
        findings.iter().any(|f| f
            .message
            .contains("`extra`: `Edm.Json` (any JSON value) has no spec type")),
        "{findings:?}"
    );
}

fn query_names(spec: &str) -> Vec<&str> {
    spec.lines().filter(|l| l.starts_with("[query.")).collect()
}

#[test]
fn odata_options_named_in_prose_or_used_by_the_examples_become_setters() {
    let en = page("thing: list", TABLE, "GET /things", OK_200).replace(
        "## Request headers",
        "## Optional query parameters\n\nThis method supports the `$select` and `$filter` (`$filter=id eq 'x'`) [OData query parameters](/graph/query-parameters) to help customize the response.\n\n## Request headers",
    );
    let zh = page("thing: list", TABLE, "GET /things", OK_200).replace(
        "## Request headers",
        "## 可选的查询参数\n\n此方法支持 `$select` 和 `$filter` [OData 查询参数](/graph/query-parameters)来帮助自定义响应。\n\n## Request headers",
    );
    for (lang, text) in [("en", en), ("zh", zh)] {
        let spec = import_page(&format!("odata-{lang}"), &text)
            .unwrap_or_else(|e| panic!("{lang}: {e:?}"));
        assert_eq!(
            query_names(&spec),
            ["[query.\"$select\"]", "[query.\"$filter\"]"],
            "{lang}: {spec}"
        );
    }
    // Only in an example request: `$top` is typed.
    let text = format!(
        "{}\n## Example\n\n### Request\n\n<!-- {{ \"blockType\": \"request\", \"name\": \"things\" }} -->\n```http\nGET https://graph.microsoft.com/v1.0/things?$top=5&$value=1\n```\n",
        page("thing: list", TABLE, "GET /things", OK_200)
    );
    let spec = import_page("odata-example", &text).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(query_names(&spec), ["[query.\"$top\"]"], "{spec}");
    assert!(
        spec.contains("[query.\"$top\"]\ntype = \"int32\""),
        "{spec}"
    );
}

#[test]
fn users_paths_get_resource_and_the_permissions_that_reach_other_users() {
    let table = "| Permission type | Permissions (from least to most privileged) |\n|:---|:---|\n\
| Delegated (work or school account) | Files.Read, Files.ReadWrite |\n\
| Delegated (personal Microsoft account) | Files.Read |\n| Application | Files.Read.All |";
    let spec = import_page(
        "drive-users",
        &page(
            "thing: get",
            table,
            "GET /me/drive/root/children\nGET /users/{user-id}/drive/root/children",
            OK_200,
        ),
    )
    .unwrap_or_else(|e| panic!("{e:?}"));
    assert!(
        spec.contains(
            "resource = \"drive\"\nother_users = [\"Files.Read.All\", \"Files.ReadWrite.All\"]"
        ),
        "{spec}"
    );
    let profile = import_page(
        "profile-users",
        &page(
            "thing: get",
            TABLE
                .replace(
                    "| User.Read |\n| Delegated (personal",
                    "| User.Read, User.ReadBasic.All |\n| Delegated (personal",
                )
                .as_str(),
            "GET /users/{id | userPrincipalName}",
            OK_200,
        ),
    )
    .unwrap_or_else(|e| panic!("{e:?}"));
    assert!(
        profile.contains("resource = \"profile\"\nother_users = [\"User.ReadBasic.All\"]"),
        "{profile}"
    );
    // A path outside the rules' table gets neither.
    let chats = import_page(
        "chats-users",
        &page("thing: get", TABLE, "GET /users/{id}/chats", OK_200),
    )
    .unwrap_or_else(|e| panic!("{e:?}"));
    assert!(!chats.contains("resource ="), "{chats}");
}

#[test]
fn names_split_after_their_dots_by_machine_translation_are_joined() {
    let table = "|Berechtigungstyp | Berechtigungen (von der Berechtigung mit den wenigsten Rechten zu der mit den meisten Rechten) |\n|:---|:---|\n\
|Delegiert (Geschäfts-, Schul- oder Unikonto) |  EduAssignments. ReadWriteBasic, EduAssignments. ReadWrite  |\n\
|Delegiert (persönliches Microsoft-Konto) | Nicht unterstützt. |\n\
|Anwendung | Nicht unterstützt. |";
    let spec = import_page(
        "de-split",
        &page("thing: get", table, "GET /things/{id}", OK_200),
    )
    .unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(
        perms_of(&spec)[0],
        "delegated_work = [\"EduAssignments.ReadWriteBasic\", \"EduAssignments.ReadWrite\"]"
    );
}

#[test]
fn a_page_that_loses_its_users_path_to_another_page_loses_its_resource() {
    let api = tree(
        "dup-users",
        &[
            (
                "a-inbox.md",
                &page(
                    "messages",
                    TABLE.replace("User.Read", "Mail.Read").as_str(),
                    "GET /me/messages\nGET /users/{id}/messages",
                    OK_200,
                ),
            ),
            (
                "message-list.md",
                &page(
                    "message: list",
                    TABLE.replace("User.Read", "Mail.Read").as_str(),
                    "GET /users/{id}/messages",
                    OK_200,
                ),
            ),
        ],
    );
    let (_, findings, out) = run(&api, "dup-users-out");
    assert!(errors(&findings).is_empty(), "{:?}", errors(&findings));
    let a = std::fs::read_to_string(out.join("v1.0/a_inbox.toml")).expect("a");
    assert!(!a.contains("resource =") && !a.contains("/users/"), "{a}");
    let b = std::fs::read_to_string(out.join("v1.0/message_list.toml")).expect("b");
    assert!(b.contains("resource = \"mailbox\""), "{b}");
}

#[test]
fn request_blocks_with_header_lines_alternatives_and_a_second_method() {
    let spec = import_page(
        "block-shapes",
        &page(
            "thing: close",
            TABLE,
            "POST /things/{id}/close\nworkbook-session-id: {session-id}\nor\nPOST /me/things/{id}/close\nDELETE /things/{id}/close",
            "If successful, this method returns `204 No Content`.",
        ),
    )
    .unwrap_or_else(|e| panic!("{e:?}"));
    assert!(spec.contains("method = \"POST\""), "{spec}");
    assert!(
        spec.contains("template = \"/things/{thing_id}/close\"")
            || spec.contains("/things/{id}/close"),
        "{spec}"
    );
    assert!(spec.contains("/me/things/"), "{spec}");
    assert!(!spec.contains("DELETE"), "{spec}");
}

#[test]
fn an_api_page_that_annotates_its_body_type_as_a_resource_is_an_api_page() {
    let text = page(
        "driveItem: createUploadSession",
        TABLE,
        "POST /me/drive/items/{itemId}/createUploadSession",
        OK_200,
    )
    .replace(
        "## Response",
        "## Request body\n\n<!-- { \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.driveItemUploadableProperties\" } -->\n```json\n{ \"name\": \"string\" }\n```\n\n## Response",
    );
    let api = tree(
        "upload-session",
        &[("driveitem-createuploadsession.md", &text)],
    );
    let file = api.join("driveitem-createuploadsession.md");
    let import = graph_import::import(&[file], &Options::default());
    assert_eq!(
        (import.pages, import.endpoints.len()),
        (1, 1),
        "{:#?}",
        import.findings
    );
}

#[test]
fn a_link_in_another_case_than_the_file_finds_the_page() {
    let thing = "# thing resource type\n\nA thing.\n\n| Property | Type | Description |\n|:---|:---|:---|\n| size | Int64 | The size. |\n";
    let get = page(
        "thing: get",
        TABLE,
        "GET /things/{id}",
        "If successful, this method returns a `200 OK` response code and a [thingItem](../resources/thingItem.md) object in the response body.",
    );
    let api = tree("link-case", &[("thing-get.md", &get)]);
    resources(&api, &[("thingitem.md", thing)]);
    let (_, findings, out) = run(&api, "link-case-out");
    assert!(errors(&findings).is_empty(), "{:?}", errors(&findings));
    let spec = std::fs::read_to_string(out.join("v1.0/thing_get.toml")).expect("spec");
    assert!(
        spec.contains("[response.body]\nmodel = \"thing\""),
        "{spec}"
    );
}

#[test]
fn a_request_line_no_template_holds_is_left_out_beside_lines_that_parse() {
    let api = tree(
        "bad-line",
        &[(
            "directoryrole-get.md",
            &page(
                "directoryRole: get",
                TABLE,
                "GET /directoryRoles/{role-id}\nGET /directoryRoles/roleTemplateId={roleTemplateId}",
                OK_200,
            ),
        )],
    );
    let (_, findings, out) = run(&api, "bad-line-out");
    assert!(errors(&findings).is_empty(), "{:?}", errors(&findings));
    let spec = std::fs::read_to_string(out.join("v1.0/directoryrole_get.toml")).expect("spec");
    assert!(
        spec.contains("template = \"/directoryRoles/{directory_role_id}\""),
        "{spec}"
    );
    assert!(!spec.contains("roleTemplateId"), "{spec}");
    assert!(
        findings.iter().any(|f| f.severity == Severity::Warning
            && f.message.ends_with("; line left out")
            && f.message.contains("roleTemplateId={roleTemplateId}")),
        "{findings:?}"
    );
    // Alone, such a line is the page's error.
    let only = import_page(
        "bad-line-only",
        &page(
            "thing: get",
            TABLE,
            "GET /directoryRoles/roleTemplateId={roleTemplateId}",
            OK_200,
        ),
    )
    .expect_err("no template");
    assert!(
        only[0].contains("roleTemplateId={roleTemplateId}"),
        "{only:?}"
    );
}

#[test]
fn a_permissions_cell_that_says_none_is_none_required_in_any_locale() {
    // The docs' "None." in English, German, Chinese and Japanese, beside
    // "Not supported." in theirs.
    for (lang, none, not_supported) in [
        ("en", "None.", "Not supported."),
        ("de", "Keine", "Nicht unterstützt."),
        ("zh", "无。", "不支持。"),
        ("ja", "なし。", "サポートされていません。"),
    ] {
        let table = format!(
            "| Permission type | Permissions (from least to most privileged) |\n|:---|:---|\n\
| Delegated (work or school account) | {none} |\n\
| Delegated (personal Microsoft account) | {not_supported} |\n\
| Application | {none} |"
        );
        let spec = import_page(
            &format!("perm-none-{lang}"),
            &page(
                "application: addKey",
                &table,
                "POST /applications/{id}/addKey",
                OK_200,
            ),
        )
        .unwrap_or_else(|e| panic!("{lang}: {e:?}"));
        assert_eq!(
            perms_of(&spec),
            [
                "delegated_work = \"none required\"",
                "delegated_personal = \"not supported\"",
                "application = \"none required\"",
            ],
            "{lang}"
        );
    }
    // Beside named permissions, "None." is the docs' "not applicable"
    // (personal accounts on a service principal): not supported, so refused.
    let mixed = "| Permission type | Permissions (from least to most privileged) |\n|:---|:---|\n\
| Delegated (work or school account) | None. |\n\
| Delegated (personal Microsoft account) | Not supported. |\n\
| Application | Application.ReadWrite.All |";
    let spec = import_page(
        "perm-none-mixed",
        &page("thing: get", mixed, "GET /things/{id}", OK_200),
    )
    .unwrap();
    assert_eq!(
        perms_of(&spec),
        [
            "delegated_work = \"not supported\"",
            "delegated_personal = \"not supported\"",
            "application = [\"Application.ReadWrite.All\"]",
        ]
    );
}

#[test]
fn a_permissions_table_of_unknown_words_without_names_is_its_own_located_reason() {
    // Neither a name nor a known word for "None": it cannot be told from a
    // table of types that are all not supported.
    let none = "| Permission type | Permissions (from least to most privileged) |\n|:---|:---|\n\
| Delegated (work or school account) | Ei mitään. |\n\
| Delegated (personal Microsoft account) | Ei tuettu. |\n\
| Application | Ei mitään. |";
    let errs = import_page(
        "perm-unknown",
        &page(
            "application: addKey",
            none,
            "POST /applications/{id}/addKey",
            OK_200,
        ),
    )
    .expect_err("nothing a spec can say");
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(
        errs[0].contains("the permissions table names no permission"),
        "{errs:?}"
    );
    // Located at the table, not the page's first line.
    assert!(errs[0].contains("thing-get.md:11:"), "{errs:?}");
}
