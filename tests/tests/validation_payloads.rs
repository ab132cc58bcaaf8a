//! Validation of bodies, fields, rules, query parameters and models files:
//! every error kind with its message and location.

use std::path::PathBuf;

const MOVE: &str = include_str!("../../specs/v1.0/message_move.toml");
const FORWARD: &str = include_str!("../../specs/v1.0/message_forward.toml");
const LIST: &str = include_str!("../../specs/v1.0/mailfolder_list_messages.toml");
const MODELS: &str = include_str!("../../specs/models/mail.toml");

/// A scratch `specs/` layout: `<dir>/v1.0/spec.toml` and `<dir>/models/mail.toml`.
fn scratch(name: &str, spec: &str, models: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("validation-payloads")
        .join(name);
    std::fs::create_dir_all(dir.join("v1.0")).unwrap();
    std::fs::create_dir_all(dir.join("models")).unwrap();
    std::fs::write(dir.join("v1.0/spec.toml"), spec).unwrap();
    std::fs::write(dir.join("models/mail.toml"), models).unwrap();
    dir.join("v1.0/spec.toml")
}

/// `(file, message, "line:col")` of every diagnostic.
fn errors(name: &str, spec: &str, models: &str) -> Vec<(String, String, String)> {
    let path = scratch(name, spec, models);
    match graph_spec::load_file(&path, "v1.0/spec.toml") {
        Ok(_) => Vec::new(),
        Err(d) => d
            .items
            .iter()
            .map(|i| {
                let loc = d.location(i);
                let (file, at) = loc.split_once(".toml:").unwrap();
                (format!("{file}.toml"), i.message.clone(), at.to_owned())
            })
            .collect(),
    }
}

fn line_of(source: &str, needle: &str) -> usize {
    source
        .lines()
        .position(|l| l.contains(needle))
        .map(|i| i + 1)
        .expect("needle")
}

fn one(name: &str, spec: &str, models: &str, message: &str, at: String) {
    assert_eq!(
        errors(name, spec, models),
        [("v1.0/spec.toml".to_owned(), message.to_owned(), at)],
        "{name}"
    );
}

#[test]
fn the_family_loads() {
    for (name, spec) in [("move", MOVE), ("forward", FORWARD), ("list", LIST)] {
        assert_eq!(errors(name, spec, MODELS), []);
    }
}

#[test]
fn unknown_and_malformed_types() {
    let spec = FORWARD.replace("type = \"[recipient]\"", "type = \"[recipent]\"");
    let l = line_of(&spec, "[recipent]");
    one(
        "unknown-type",
        &spec,
        MODELS,
        "unknown type `recipent`",
        format!("{l}:8"),
    );
    let rendered = graph_spec::load_file(&scratch("unknown-type", &spec, MODELS), "s.toml")
        .unwrap_err()
        .to_string();
    assert!(rendered.contains("did you mean `recipient`?"), "{rendered}");
    let spec = FORWARD.replace("type = \"[recipient]\"", "type = \"[recipient\"");
    one(
        "bad-type",
        &spec,
        MODELS,
        "`[recipient` is not a type",
        format!("{l}:8"),
    );
}

#[test]
fn defaults_must_fit_and_not_be_required() {
    let spec = MOVE.replace(
        "required = true\ndescription = \"The destination",
        "required = true\ndefault = \"inbox\"\ndescription = \"The destination",
    );
    let l = line_of(&spec, "default = \"inbox\"");
    one(
        "required-default",
        &spec,
        MODELS,
        "required field `destinationId` cannot have a default",
        format!("{l}:11"),
    );
    let spec = MOVE.replace(
        "required = true\ndescription = \"The destination",
        "default = 5\ndescription = \"The destination",
    );
    let l = line_of(&spec, "default = 5");
    one(
        "default-type",
        &spec,
        MODELS,
        "default does not fit field `destinationId` of type `string`",
        format!("{l}:11"),
    );
}

#[test]
fn rules_must_name_optional_body_fields() {
    let spec = FORWARD.replace("\"message.toRecipients\"]", "\"message.toRecipient\"]");
    let l = line_of(&spec, "message.toRecipient\"");
    one(
        "rule-path",
        &spec,
        MODELS,
        "`message.toRecipient` is not a field of the request body",
        format!("{l}:32"),
    );
    let spec = MOVE.replace(
        "[response]",
        "[[request.rules]]\nexclusive = [\"destinationId\", \"other\"]\n\n[response]",
    );
    let errs = errors("rule-required", &spec, MODELS);
    let messages: Vec<&str> = errs.iter().map(|e| e.1.as_str()).collect();
    assert_eq!(
        messages,
        [
            "`destinationId` is required, so a rule about its presence never varies",
            "`other` is not a field of the request body"
        ]
    );
}

#[test]
fn bodies_fit_their_method_and_place() {
    let spec = LIST.replace(
        "[request]\nbody = \"none\"",
        "[request]\n[request.body]\nmodel = \"message\"",
    );
    let l = line_of(&spec, "[request.body]");
    one(
        "get-body",
        &spec,
        MODELS,
        "a GET request has no body",
        format!("{l}:1"),
    );
    let spec = MOVE.replace(
        "[response.body]\nmodel = \"message\"",
        "[response.body]\nmodel = \"bodyType\"",
    );
    let l = line_of(&spec, "model = \"bodyType\"");
    one(
        "enum-body",
        &spec,
        MODELS,
        "`bodyType` is an enum, a body needs a model",
        format!("{l}:9"),
    );
    let spec = MOVE.replace(
        "[response.body]\nmodel = \"message\"",
        "[response.body]\nmodel = \"message\"\ncollection = \"message\"",
    );
    let l = line_of(&spec, "[response.body]");
    one(
        "two-kinds",
        &spec,
        MODELS,
        "`[response.body]` needs exactly one of `fields`, `model`, `collection`, `delta` or `bytes`",
        format!("{l}:1"),
    );
}

#[test]
fn query_parameters() {
    let spec = LIST.replace(
        "[query.\"$top\"]\ntype = \"int32\"",
        "[query.\"$top\"]\ntype = \"message\"",
    );
    let l = line_of(&spec, "type = \"message\"");
    one(
        "query-type",
        &spec,
        MODELS,
        "query parameter type `message` is not supported",
        format!("{l}:8"),
    );
    let spec = LIST.replace("[query.\"$top\"]", "[query.\"$to p\"]");
    let l = line_of(&spec, "$to p");
    one(
        "query-name",
        &spec,
        MODELS,
        "`$to p` is not a valid query parameter name",
        format!("{l}:8"),
    );
}

#[test]
fn models_file_problems_are_reported_in_that_file() {
    // In a type the spec reaches through `message`.
    let models = MODELS.replace("{ type = \"bodyType\"", "{ type = \"bodyKind\"");
    let l = line_of(&models, "\"bodyKind\"");
    let col = models
        .lines()
        .nth(l - 1)
        .unwrap()
        .find("\"bodyKind\"")
        .unwrap()
        + 1;
    let errs = errors("model-type", MOVE, &models);
    assert_eq!(
        errs[0],
        (
            "v1.0/../models/mail.toml".to_owned(),
            "unknown type `bodyKind`".to_owned(),
            format!("{l}:{col}")
        )
    );
    let models = MODELS.replace(
        "values = [\"low\", \"normal\", \"high\"]",
        "values = [\"low\", \"low\"]",
    );
    let l = line_of(&models, "\"low\", \"low\"");
    assert_eq!(
        errors("enum-dup", MOVE, &models)[0].1,
        "enum value `low` is listed twice"
    );
    assert_eq!(errors("enum-dup", MOVE, &models)[0].2, format!("{l}:18"));
    // An optional field of the model's own type is generated boxed; a
    // required one would need an infinite value.
    let models = MODELS.replace(
        "emailAddress = { type = \"emailAddress\"",
        "emailAddress = { type = \"recipient\"",
    );
    assert_eq!(errors("recursive", MOVE, &models), vec![]);
    let models = MODELS.replace(
        "emailAddress = { type = \"emailAddress\"",
        "emailAddress = { type = \"recipient\", required = true",
    );
    assert_eq!(
        errors("recursive", MOVE, &models)[0].1,
        "model `recipient` contains itself through a required field"
    );
}

#[test]
fn missing_models_file_points_at_the_reference() {
    let spec = MOVE.replace(
        "models = \"../models/mail.toml\"",
        "models = \"../models/nope.toml\"",
    );
    let l = line_of(&spec, "nope.toml");
    let errs = errors("no-models", &spec, MODELS);
    assert_eq!(
        errs[0],
        (
            "v1.0/spec.toml".to_owned(),
            "models file `v1.0/../models/nope.toml` not found".to_owned(),
            format!("{l}:10")
        )
    );
    let err = graph_spec::load_str(MOVE, "m.toml").unwrap_err();
    assert_eq!(
        err.items[0].message,
        "`models` needs the spec to be loaded from a file"
    );
}

#[test]
fn a_models_file_error_does_not_hide_the_specs_own() {
    let models = MODELS.replace("{ type = \"bodyType\"", "{ type = \"bodyKind\"");
    let spec = MOVE.replace("docs_url = \"https://learn", "docs_url = \"http://learn");
    let errs = errors("both-files", &spec, &models);
    let files: Vec<&str> = errs.iter().map(|e| e.0.as_str()).collect();
    assert_eq!(
        files,
        ["v1.0/spec.toml", "v1.0/../models/mail.toml"],
        "the spec's own error first, then the models file's: {errs:?}"
    );
    assert_eq!(errs[0].1, "`docs_url` must be an https:// link");
    assert_eq!(errs[0].2, format!("{}:12", line_of(&spec, "docs_url")));
    assert_eq!(errs[1].1, "unknown type `bodyKind`");
    assert_eq!(
        errs[1].2.split(':').next(),
        Some(line_of(&models, "\"bodyKind\"").to_string().as_str())
    );
}

#[test]
fn a_spec_is_not_held_back_by_models_it_does_not_use() {
    // `item-body` has a bad name, but nothing the spec uses reaches it any
    // more: the spec loads; the problem is the models file's own.
    let models = MODELS
        .replace("[models.itemBody]", "[models.item-body]")
        .replace("[models.itemBody.fields]", "[models.item-body.fields]")
        .replace("body = { type = \"itemBody\"", "body = { type = \"string\"");
    assert_eq!(errors("unused-bad", MOVE, &models), vec![]);
}
