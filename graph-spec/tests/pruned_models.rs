//! `Project::prune_models` keeps exactly the types the specs reach: their
//! bodies and responses, what those hold (through arrays and enums), and
//! every base up the chain; nothing else of the shared models file.

use std::path::PathBuf;

use graph_spec::project;

const MODELS: &str = r#"
[enums.importance]
values = ["low", "high"]

[enums.unusedKind]
values = ["a", "b"]

[models.entity]
[models.entity.fields]
id = { type = "string" }

[models.outlookItem]
base = "entity"
[models.outlookItem.fields]
categories = { type = "[string]" }

[models.message]
base = "outlookItem"
[models.message.fields]
toRecipients = { type = "[recipient]" }
importance = { type = "importance" }

[models.recipient]
[models.recipient.fields]
emailAddress = { type = "emailAddress" }

[models.emailAddress]
[models.emailAddress.fields]
address = { type = "string" }

[models.event]
base = "outlookItem"
[models.event.fields]
subject = { type = "string" }

[models.driveItem]
base = "entity"
[models.driveItem.fields]
kind = { type = "unusedKind" }
"#;

const SPEC: &str = r#"name = "message: get"
type_name = "GetMessage"
docs_url = "https://learn.microsoft.com/graph/api/message-get"
versions = ["v1.0"]
method = "GET"
models = "../models/models.toml"

[[paths]]
variant = "me"
template = "/me/messages/{message_id}"

[params.message_id]
description = "The message."

[permissions]
delegated_work = ["Mail.Read"]
delegated_personal = ["Mail.Read"]
application = ["Mail.Read"]

[request]
body = "none"

[response]
status = 200

[response.body]
model = "message"
"#;

fn scratch() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("graph-spec-pruned-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("models")).unwrap();
    std::fs::create_dir_all(dir.join("v1.0")).unwrap();
    std::fs::write(dir.join("models/models.toml"), MODELS).unwrap();
    std::fs::write(dir.join("v1.0/message_get.toml"), SPEC).unwrap();
    dir
}

fn names(p: &project::Project) -> Vec<String> {
    let set = &p.specs[0].spec.models;
    let mut out: Vec<String> = set.models.iter().map(|m| m.name.value.clone()).collect();
    out.extend(set.enums.iter().map(|e| e.name.value.clone()));
    out
}

#[test]
fn keeps_what_the_endpoint_reaches_and_nothing_else() {
    let dir = scratch();
    let mut p = project::open(&[dir.join("v1.0")]).unwrap();
    assert_eq!(names(&p).len(), 9, "{:?}", names(&p));
    p.prune_models();
    assert_eq!(
        names(&p),
        [
            "entity",
            "outlookItem",
            "message",
            "recipient",
            "emailAddress",
            "importance"
        ],
        "the response model, its bases, what it holds through arrays, and its enum"
    );
    // What is left still generates on its own, the same for each spec.
    let code = p.tokens(&graph_spec::Options::default()).to_string();
    assert!(code.contains("pub struct Message"), "{code}");
    assert!(!code.contains("DriveItem") && !code.contains("UnusedKind"));
    // The spec has no summary (a spec of facts only): its docs link the page.
    assert!(
        code.contains("What this API does: the [Microsoft Graph reference page](https://learn.microsoft.com/graph/api/message-get)."),
        "{code}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
