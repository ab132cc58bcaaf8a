//! Type hierarchies from resource pages (`Inherits from [x](x.md)` in any
//! language, the annotation's `baseType`), and pages of derived types on
//! their base type's route: covered by the base type's spec when the models
//! say the type derives from it, reported otherwise.

mod common;

use std::path::{Path, PathBuf};

use graph_import::{Finding, Options};

/// A docs tree: `api` pages and `resources` pages (file name, text).
fn tree(name: &str, api: &[(&str, String)], resources: &[(&str, String)]) -> PathBuf {
    let root = common::fresh_dir(name);
    let api_dir = root.join("api-reference/v1.0/api");
    let res_dir = root.join("api-reference/v1.0/resources");
    for (dir, pages) in [(&api_dir, api), (&res_dir, resources)] {
        std::fs::create_dir_all(dir).expect("mkdir");
        for (file, text) in pages {
            std::fs::write(dir.join(file), text).expect("write page");
        }
    }
    api_dir
}

fn run(api: &Path, out_name: &str) -> (Vec<Finding>, PathBuf) {
    let (out, _, findings) =
        common::import_with_findings(&[api.to_path_buf()], &Options::default(), out_name);
    graph_spec::project::open(&[&out]).unwrap_or_else(|e| panic!("{e}"));
    (findings, out)
}

/// A resource page: title, an optional line before the properties, the
/// properties table rows, and the JSON representation's members.
fn resource(name: &str, intro: &str, rows: &str, json: &str) -> String {
    format!(
        "---\ntitle: {name} resource type\n---\n\n# {name} resource type\n\nNamespace: microsoft.graph\n\n\
         A {name}.\n\n{intro}\n\n## Properties\n\n| Property | Type | Description |\n|:---|:---|:---|\n{rows}\n\n\
         ## JSON representation\n\n<!-- {{ \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.{name}\" }} -->\n\
         ```json\n{{\n{json}\n}}\n```\n"
    )
}

/// An Intune `create` page of `name` on the base type's collection.
fn create(name: &str, file: &str, rows: &str) -> String {
    format!(
        "---\ntitle: Create {name}\n---\n\n# Create {name}\n\nCreate a new [{name}](../resources/{file}) object.\n\n\
         ## Prerequisites\n\n| Permission type | Permissions (from most to least privileged) |\n|:---|:---|\n\
         | Delegated (work or school account) | DeviceManagementApps.ReadWrite.All |\n\
         | Delegated (personal Microsoft account) | Not supported. |\n\
         | Application | DeviceManagementApps.ReadWrite.All |\n\n\
         ## HTTP Request\n\n<!-- {{ \"blockType\": \"ignored\" }} -->\n```http\nPOST /deviceAppManagement/mobileApps\n```\n\n\
         ## Request headers\n\n| Header | Value |\n|:---|:---|\n| Authorization | Bearer &lt;token&gt; Required. |\n\n\
         ## Request body\n\nIn the request body, supply a JSON representation for the {name} object.\n\n\
         | Property | Type | Description |\n|:---|:---|:---|\n{rows}\n\n\
         ## Response\n\nIf successful, this method returns a `201 Created` response code and a \
         [{name}](../resources/{file}) object in the response body.\n"
    )
}

/// A model's tables in a models file (models are separated by a blank line).
fn model_table<'a>(models: &'a str, name: &str) -> &'a str {
    let start = models
        .find(&format!("[models.{name}]\n"))
        .unwrap_or_else(|| panic!("no model {name}: {models}"));
    let rest = &models[start..];
    &rest[..rest.find("\n\n").unwrap_or(rest.len())]
}

#[test]
fn derived_type_pages_on_the_base_route_are_covered_by_the_base_type() {
    let base_rows = "| id | String | Key. |\n| displayName | String | Name. |";
    let json = "  \"id\": \"String\",\n  \"displayName\": \"String\"";
    let resources = [
        (
            "intune-apps-mobileapp.md",
            resource("mobileApp", "", base_rows, json),
        ),
        (
            // zh-CN: the sentence before the link is not read, only its length.
            "intune-apps-androidlobapp.md",
            resource(
                "androidLobApp",
                "继承自 [mobileApp](../resources/intune-apps-mobileapp.md)",
                "| id | String | 键。 继承自 [mobileApp](../resources/intune-apps-mobileapp.md) |\n\
                 | displayName | 字符串 | 名称。 |\n| packageId | String | 包。 |",
                json,
            ),
        ),
        (
            "intune-apps-iosstoreapp.md",
            resource(
                "iosStoreApp",
                // A broken link (the tree has the page under another
                // prefix): the page is found by the type's name.
                "Erbt von [mobileApp](../resources/intune-shared-mobileapp.md).",
                "| appStoreUrl | String | Adresse. |",
                "  \"appStoreUrl\": \"String\"",
            ),
        ),
        (
            // Derived types listed under the base are not its base.
            "intune-apps-webapp.md",
            resource(
                "webApp",
                "Derived types:\n\n- [mobileApp](../resources/intune-apps-mobileapp.md)",
                "| appUrl | String | Address. |\n| displayName | String | Name. |",
                "  \"appUrl\": \"String\"",
            ),
        ),
    ];
    let api = [
        (
            "intune-apps-androidlobapp-create.md",
            create(
                "androidLobApp",
                "intune-apps-androidlobapp.md",
                "| displayName | String | Name. |\n| packageId | String | Package. |",
            ),
        ),
        (
            "intune-apps-iosstoreapp-create.md",
            create(
                "iosStoreApp",
                "intune-apps-iosstoreapp.md",
                "| appStoreUrl | String | Address. |\n| displayName | String | Name. |",
            ),
        ),
        (
            "intune-apps-webapp-create.md",
            create(
                "webApp",
                "intune-apps-webapp.md",
                "| appUrl | String | Address. |\n| displayName | String | Name. |",
            ),
        ),
    ];
    let api = tree("hierarchy", &api, &resources);
    let (findings, out) = run(&api, "hierarchy-out");
    let models = std::fs::read_to_string(out.join("models/v1.0.toml")).expect("models");
    assert!(
        model_table(&models, "androidLobApp").contains("base = \"mobileApp\""),
        "{models}"
    );
    assert!(
        model_table(&models, "iosStoreApp").contains("base = \"mobileApp\""),
        "{models}"
    );
    assert!(
        !model_table(&models, "webApp").contains("base ="),
        "{models}"
    );
    assert!(
        !model_table(&models, "mobileApp").contains("base ="),
        "{models}"
    );
    // The page that kept the route takes and answers the type every page of
    // the route derives from; its body table lists the resource's
    // properties, so the body is that resource.
    let kept = std::fs::read_to_string(out.join("v1.0/intune_apps_androidlobapp_create.toml"))
        .expect("kept page");
    assert!(
        kept.contains("[request.body]\nmodel = \"mobileApp\""),
        "{kept}"
    );
    assert!(
        kept.contains("[response.body]\nmodel = \"mobileApp\""),
        "{kept}"
    );
    let about = |page: &str| -> Vec<&str> {
        findings
            .iter()
            .filter(|f| f.location().contains(page))
            .map(|f| f.message.as_str())
            .filter(|m| m.starts_with("page skipped"))
            .collect()
    };
    assert_eq!(
        about("iosstoreapp-create"),
        ["page skipped: each of its routes is imported from another page"]
    );
    let web = about("webapp-create");
    assert_eq!(web.len(), 1, "{findings:?}");
    assert!(
        web[0].contains("whose `mobileApp` is not a base of its `webApp`"),
        "{web:?}"
    );
}

#[test]
fn translated_property_names_take_the_json_name_and_repeats_of_inherited_ones_go() {
    let entity = resource(
        "entity",
        "",
        "| id | String | Key. |\n| webUrl | String | Address. |",
        "  \"id\": \"String\",\n  \"webUrl\": \"String\"",
    );
    // The annotation names the base; the translation renamed `description`
    // and capitalized an inherited property; `size` is listed twice.
    let thing = "---\ntitle: thing\n---\n\n# thing 资源类型\n\n命名空间：microsoft.graph\n\n一个东西。\n\n## 属性\n\n\
|属性|类型|说明|\n|:---|:---|:---|\n\
|id|String|键。|\n|WebUrl|String|地址。|\n|说明|String|描述。|\n|size|Int32|大小。|\n|size|Int64|大小。|\n\n\
## JSON 表示形式\n\n<!-- { \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.thing\", \"baseType\": \"microsoft.graph.entity\" } -->\n\
```json\n{\n  \"id\": \"String (identifier)\",\n  \"webUrl\": \"String\",\n  \"description\": \"String\",\n  \"size\": 1024\n}\n```\n";
    let get = "---\ntitle: Get thing\n---\n\n# Get thing\n\nGets a thing.\n\n## Permissions\n\n\
| Permission type | Permissions (from least to most privileged) |\n|:---|:---|\n\
| Delegated (work or school account) | User.Read |\n| Delegated (personal Microsoft account) | Not supported. |\n\
| Application | User.Read.All |\n\n## HTTP request\n\n```http\nGET /things/{id}\n```\n\n\
## Response\n\nIf successful, this method returns a `200 OK` response code and a [thing](../resources/thing.md) object in the response body.\n";
    let api = tree(
        "translated-props",
        &[("thing-get.md", get.to_owned())],
        &[("thing.md", thing.to_owned()), ("entity.md", entity)],
    );
    let (findings, out) = run(&api, "translated-props-out");
    let models = std::fs::read_to_string(out.join("models/v1.0.toml")).expect("models");
    let table = model_table(&models, "thing");
    assert!(table.contains("base = \"entity\""), "{table}");
    assert!(
        table.contains("description = { type = \"string\""),
        "{table}"
    );
    assert!(table.contains("size = { type = \"int32\""), "{table}");
    assert!(!table.contains("WebUrl"), "{table}");
    assert!(!table.contains("int64"), "{table}");
    for expected in [
        "property `size` is listed twice; kept the first",
        "`WebUrl` of `thing` is inherited with another type or spelling; the base type's is kept",
    ] {
        assert!(
            findings.iter().any(|f| f.message == expected),
            "{expected}: {findings:?}"
        );
    }
}
