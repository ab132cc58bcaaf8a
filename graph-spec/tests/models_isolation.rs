//! A problem in a models file is reported once, at the model, and only the
//! specs that use that model (directly or through other models) are
//! affected, however many specs load the file.

use std::path::{Path, PathBuf};

use graph_spec::project::{self, ProjectError};

const MODELS: &str = r#"
[enums.level]
values = ["low", "high"]

[models.good]
[models.good.fields]
name = { type = "string", description = "Fine." }
level = { type = "level", description = "Fine too." }

[models.broken]
[models.broken.fields]
owner = { type = "nosuchType", description = "An undefined type." }

[models.usesBroken]
[models.usesBroken.fields]
inner = { type = "[broken]", description = "Fine itself, but holds a broken type." }

[models.Bad_Name]
[models.Bad_Name.fields]
x = { type = "string", description = "The name is not a Graph type name." }
"#;

fn spec(i: usize, ty: &str) -> String {
    format!(
        r#"name = "thing{i}: get"
type_name = "GetThing{i}"
summary = "Get thing {i}."
docs_url = "https://learn.microsoft.com/graph/api/thing-get"
versions = ["v1.0"]
method = "GET"
models = "../models/models.toml"

[[paths]]
variant = "me"
template = "/me/things{i}"

[permissions]
delegated_work = ["Things.Read"]
delegated_personal = "not supported"
application = ["Things.Read.All"]

[request]
body = "none"

[response]
status = 200
description = "200 OK"

[response.body]
model = "{ty}"
"#
    )
}

/// A project: the models file, 10 specs on `good`, 10 on `broken`, 10 on `usesBroken`.
fn project(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("graph-spec-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("models")).unwrap();
    std::fs::create_dir_all(dir.join("v1.0")).unwrap();
    std::fs::write(dir.join("models/models.toml"), MODELS).unwrap();
    for i in 0..30 {
        let ty = ["good", "broken", "usesBroken"][i / 10];
        std::fs::write(dir.join(format!("v1.0/thing{i:02}.toml")), spec(i, ty)).unwrap();
    }
    dir
}

fn file_name(path: &str) -> &str {
    Path::new(path)
        .file_name()
        .and_then(|f| f.to_str())
        .unwrap_or(path)
}

#[test]
fn a_project_reports_each_model_problem_once_and_only_affected_specs() {
    let dir = project("isolation");
    let Err(ProjectError::Specs(failed)) = project::open(&[&dir]) else {
        panic!("the project has problems");
    };
    let models: Vec<_> = failed
        .iter()
        .filter(|d| d.path().ends_with("models.toml"))
        .collect();
    assert_eq!(models.len(), 1, "the models file is reported once");
    let messages: Vec<&str> = models[0].items.iter().map(|d| d.message.as_str()).collect();
    assert_eq!(messages.len(), 2, "{messages:#?}");
    assert!(
        messages.iter().any(|m| m.contains("nosuchType")),
        "{messages:#?}"
    );
    assert!(
        messages.iter().any(|m| m.contains("Bad_Name")),
        "{messages:#?}"
    );

    let specs: Vec<_> = failed
        .iter()
        .filter(|d| !d.path().ends_with("models.toml"))
        .collect();
    let names: Vec<&str> = specs.iter().map(|d| file_name(d.path())).collect();
    let expected: Vec<String> = (10..30).map(|i| format!("thing{i:02}.toml")).collect();
    assert_eq!(
        names, expected,
        "only the specs on `broken` and `usesBroken` fail"
    );
    for d in &specs {
        assert_eq!(d.items.len(), 1, "{d}");
        let item = &d.items[0];
        assert!(
            item.message.contains("cannot be used: it has problems in"),
            "{d}"
        );
        assert_eq!(
            d.files.len(),
            1,
            "the models file is not copied into each spec's report"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_spec_alone_gets_only_the_problems_of_the_types_it_reaches() {
    let dir = project("alone");
    let good = dir.join("v1.0/thing00.toml");
    graph_spec::load_file(&good, "thing00.toml").expect("a spec on a good type loads");
    let broken = dir.join("v1.0/thing25.toml");
    let err = graph_spec::load_file(&broken, "thing25.toml").unwrap_err();
    let messages: Vec<&str> = err.items.iter().map(|d| d.message.as_str()).collect();
    assert_eq!(messages.len(), 1, "{err}");
    assert!(messages[0].contains("nosuchType"), "{err}");
    assert!(err.location(&err.items[0]).contains("models.toml"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Two specs of one version on two models files that share one type.
fn two_files(name: &str, shared_b: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("graph-spec-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("models")).unwrap();
    std::fs::create_dir_all(dir.join("v1.0")).unwrap();
    let shared = "[models.common]\n[models.common.fields]\nid = { type = \"string\" }\n";
    std::fs::write(
        dir.join("models/a.toml"),
        format!("{shared}[models.fromA]\n[models.fromA.fields]\nc = {{ type = \"common\" }}\n"),
    )
    .unwrap();
    std::fs::write(
        dir.join("models/b.toml"),
        format!("{shared_b}[models.fromB]\n[models.fromB.fields]\nc = {{ type = \"common\" }}\n"),
    )
    .unwrap();
    for (i, (file, ty)) in [("a", "fromA"), ("b", "fromB")].into_iter().enumerate() {
        let spec = spec(i, ty).replace("../models/models.toml", &format!("../models/{file}.toml"));
        std::fs::write(dir.join(format!("v1.0/thing{i}.toml")), spec).unwrap();
    }
    dir
}

#[test]
fn a_version_module_holds_the_types_of_several_models_files() {
    let shared = "[models.common]\n[models.common.fields]\nid = { type = \"string\" }\n";
    let dir = two_files("two-files", shared);
    let project = project::open(&[&dir]).unwrap_or_else(|e| panic!("{e}"));
    let specs: Vec<_> = project.specs.iter().collect();
    let code = project::module_tokens(&specs, &graph_spec::Options::default()).to_string();
    assert_eq!(
        code.matches("pub struct Common ").count(),
        1,
        "a shared type comes once"
    );
    assert!(code.contains("pub struct FromA ") && code.contains("pub struct FromB "));
    let _ = std::fs::remove_dir_all(&dir);

    let different = "[models.common]\n[models.common.fields]\nid = { type = \"int32\" }\n";
    let dir = two_files("two-files-clash", different);
    let Err(ProjectError::Specs(failed)) = project::open(&[&dir]) else {
        panic!("one type defined two ways in one version module");
    };
    let messages: Vec<&str> = failed
        .iter()
        .flat_map(|d| &d.items)
        .map(|i| i.message.as_str())
        .collect();
    assert_eq!(messages.len(), 1, "{messages:#?}");
    assert!(
        messages[0].contains("`common` is defined differently"),
        "{messages:#?}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_type_open_in_one_models_file_is_open_in_the_version_module() {
    // `a.toml` (read first) has `common` closed; `b.toml` derives from it.
    let derived = "[models.common]\n[models.common.fields]\nid = { type = \"string\" }\n\
                   [models.special]\nbase = \"common\"\n[models.special.fields]\nx = { type = \"string\" }\n";
    let dir = two_files("two-files-open", derived);
    let project = project::open(&[&dir]).unwrap_or_else(|e| panic!("{e}"));
    let specs: Vec<_> = project.specs.iter().collect();
    let code = project::module_tokens(&specs, &graph_spec::Options::default()).to_string();
    let common = code
        .split("pub struct Common ")
        .nth(1)
        .and_then(|rest| rest.split("pub struct").next())
        .expect("`Common` is generated");
    assert_eq!(code.matches("pub struct Common ").count(), 1);
    assert!(
        common.contains("additional_data") && common.contains("odata_type"),
        "the one `Common` is the open one: {common}"
    );
    assert!(code.contains("Polymorphic for Common"), "{code}");
    let _ = std::fs::remove_dir_all(&dir);
}
