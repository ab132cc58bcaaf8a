//! Every name-collision class the generator knows: rejected with a located
//! error, or generated around. (`graph-tests`' property test compiles a
//! sample of accepted specs built from colliding names.)

use graph_spec::{Options, generate, load_models_str, load_str};

const VALID: &str = include_str!("../../specs/v1.0/message_send.toml");

fn edit(edits: &[(&str, &str)]) -> String {
    let mut s = VALID.to_owned();
    for (from, to) in edits {
        assert_eq!(s.matches(from).count(), 1, "`{from}` must occur once");
        s = s.replacen(from, to, 1);
    }
    s
}

/// `(message, line:col)` of each error, or nothing when accepted.
fn errors(source: &str) -> Vec<(String, String)> {
    match load_str(source, "s.toml") {
        Ok(_) => Vec::new(),
        Err(d) => d
            .items
            .iter()
            .map(|i| (i.message.clone(), d.location(i).replacen("s.toml:", "", 1)))
            .collect(),
    }
}

fn line_of(source: &str, needle: &str) -> usize {
    source
        .lines()
        .position(|l| l.contains(needle))
        .map_or(0, |i| i + 1)
}

fn single(source: &str, message: &str, needle: &str, col: usize) {
    let line = line_of(source, needle);
    assert_eq!(
        errors(source),
        vec![(message.to_owned(), format!("{line}:{col}"))],
        "{source}"
    );
}

#[test]
fn a_variant_named_like_a_parameter_generates_apart() {
    // Issue 10: `variant = "user"` with `{user}`: the builder `User` and its
    // type parameter for `{user}` were both `User`. With one builder per
    // endpoint a parameter has no type parameter: the variant marker `User`
    // and the setter `user` live in different namespaces.
    let source = edit(&[
        ("/users/{user_id}/messages", "/users/{user}/messages"),
        ("[params.user_id]", "[params.user]"),
    ]);
    let spec = load_str(&source, "s.toml").expect("generated around");
    let code = generate(&spec, &Options::default()).to_string();
    assert!(code.contains("pub enum User { }"), "{code}");
    assert!(code.contains("pub fn user ("), "{code}");
    assert!(!code.contains("User_"), "{code}");
}

#[test]
fn type_names_that_shadow_prelude_or_generated_names_are_rejected() {
    for (ty, message) in [
        (
            "Option",
            "type name `Option` would shadow the Rust prelude's `Option`",
        ),
        (
            "Vec",
            "type name `Vec` would shadow the Rust prelude's `Vec`",
        ),
        (
            "Body",
            "type name `Body` is a name the generated code uses itself",
        ),
        (
            "Builder",
            "type name `Builder` is a name the generated code uses itself",
        ),
        (
            "H",
            "type name `H` is a name the generated code uses itself",
        ),
        ("Models", "type name `Models` generates the module `models`"),
    ] {
        let source = edit(&[(
            "type_name = \"SendMessage\"",
            &format!("type_name = \"{ty}\""),
        )]);
        single(&source, message, "type_name =", 13);
    }
}

#[test]
fn builders_colliding_with_the_prelude_markers_or_each_other_are_rejected() {
    let source = edit(&[("variant = \"user\"", "variant = \"option\"")]);
    single(
        &source,
        "the marker type of path variant `option` is generated as `Option`, which is already a name of the Rust prelude",
        "variant = \"option\"",
        11,
    );
    let source = edit(&[("variant = \"user\"", "variant = \"has_user_id\"")]);
    single(
        &source,
        "the marker type of path variant `has_user_id` is generated as `HasUserId`, which is already the marker trait of path parameter `user_id`",
        "variant = \"has_user_id\"",
        11,
    );
    let source = edit(&[("variant = \"user\"", "variant = \"user_id_slot\"")]);
    single(
        &source,
        "the marker type of path variant `user_id_slot` is generated as `UserIdSlot`, which is already the state slot of path parameter `user_id`",
        "variant = \"user_id_slot\"",
        11,
    );
    let source = edit(&[("variant = \"user\"", "variant = \"_me\"")]);
    single(
        &source,
        "the marker type of path variant `_me` is generated as `Me`, which is already the marker type of path variant `me`",
        "variant = \"_me\"",
        11,
    );
    let source = edit(&[("variant = \"me\"", "variant = \"send_message\"")]);
    single(
        &source,
        "the marker type of path variant `send_message` is generated as `SendMessage`, which is already the endpoint type",
        "variant = \"send_message\"",
        11,
    );
}

#[test]
fn setters_of_parameters_query_and_headers_share_one_namespace() {
    let query = "\n[query.\"$top\"]\ntype = \"int32\"\n\n[query.top]\ntype = \"int32\"\n";
    let source = format!("{VALID}{query}");
    single(
        &source,
        "the setter of query parameter `top` is generated as `top`, which is already the setter of query parameter `$top`",
        "[query.top]",
        8,
    );
    let query = "\n[query.userId]\ntype = \"string\"\n";
    let source = format!("{VALID}{query}");
    single(
        &source,
        "the setter of query parameter `userId` is generated as `user_id`, which is already path parameter `user_id`",
        "[query.userId]",
        8,
    );
    let header = "\n[[request.headers]]\nname = \"Body\"\nvalue = \"x\"\nrequired = false\n";
    let source = edit(&[("\n[response]", &format!("{header}\n[response]"))]);
    single(
        &source,
        "the setter of header `Body` is generated as `body`, which is already a builder method or params field",
        "name = \"Body\"",
        8,
    );
    let source = edit(&[
        ("[params.user_id]", "[params.route]"),
        ("{user_id}", "{route}"),
    ]);
    let errs = errors(&source);
    assert!(
        errs.iter()
            .any(|e| e.0 == "path parameter name `route` clashes with a builder method"),
        "{errs:?}"
    );
}

#[test]
fn fields_and_enum_values_colliding_after_conversion_are_rejected() {
    let models = "[models.m.fields]\nx = { type = \"string\" }\n\"@\" = { type = \"string\" }\n";
    let err = load_models_str(models, "m.toml").expect_err("`@` is generated as `x`");
    assert_eq!(err.items.len(), 1);
    assert_eq!(
        err.items[0].message,
        "field `@` maps to the same Rust name as another field"
    );
    assert_eq!(err.location(&err.items[0]), "m.toml:3:1");

    // Values that give one variant name get distinct variants (Graph has
    // `required` and `Required`); only a value listed twice is an error.
    let enums = "[enums.e]\nvalues = [\"self\", \"Self_\", \"a\", \"A\"]\n";
    let set = load_models_str(enums, "m.toml").expect("distinct JSON values");
    let code = graph_spec::generate_models(&set).to_string();
    for variant in ["Self_ ,", "Self_2 ,", "A ,", "A4 ,"] {
        assert!(code.contains(variant), "{variant} in {code}");
    }
    let enums = "[enums.e]\nvalues = [\"a\", \"b\", \"a\"]\n";
    let err = load_models_str(enums, "m.toml").expect_err("`a` twice");
    assert_eq!(err.items[0].message, "enum value `a` is listed twice");
    assert_eq!(err.location(&err.items[0]), "m.toml:2:21");
}

#[test]
fn types_sharing_a_builder_module_across_specs_are_rejected() {
    let dir = std::env::temp_dir().join(format!("graph-spec-modules-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let a = edit(&[("type_name = \"SendMessage\"", "type_name = \"HTTPSend\"")]);
    let b = edit(&[("type_name = \"SendMessage\"", "type_name = \"HttpSend\"")]);
    std::fs::write(dir.join("a.toml"), a).unwrap();
    std::fs::write(dir.join("b.toml"), &b).unwrap();
    let err = graph_spec::project::open(&[&dir]).expect_err("one module twice");
    let text = err.to_string();
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        text.contains("error: `v1_0::http_send` is generated twice"),
        "{text}"
    );
    assert!(
        text.contains(&format!("b.toml:{}:13", line_of(&b, "type_name ="))),
        "{text}"
    );
}
