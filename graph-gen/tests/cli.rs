//! Runs the real `graph-gen` binary: exit codes, stdout and stderr.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The workspace's bundled specs.
fn specs() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs")
}

fn v1_spec() -> PathBuf {
    specs().join("v1.0/message_send.toml")
}

/// A fresh directory for one test's files.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("graph-gen-cli")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The v1.0 spec with each `(from, to)` line replaced, written to `dir/name`.
fn spec_variant(dir: &Path, name: &str, edits: &[(&str, &str)]) -> PathBuf {
    let mut source = std::fs::read_to_string(v1_spec()).unwrap();
    for (from, to) in edits {
        assert!(source.contains(from), "{from}");
        source = source.replacen(from, to, 1);
    }
    let path = dir.join(name);
    std::fs::write(&path, source).unwrap();
    path
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn graph_gen(args: &[&dyn AsRef<std::ffi::OsStr>]) -> Run {
    let Output {
        status,
        stdout,
        stderr,
    } = Command::new(env!("CARGO_BIN_EXE_graph-gen"))
        .args(args.iter().map(|a| a.as_ref()))
        .output()
        .unwrap();
    Run {
        code: status.code().unwrap(),
        stdout: String::from_utf8(stdout).unwrap(),
        stderr: String::from_utf8(stderr).unwrap(),
    }
}

#[test]
fn check_passes_on_the_bundled_specs() {
    let run = graph_gen(&[&"check", &specs()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let endpoints = graph_spec::project::find_specs(&[specs()])
        .unwrap()
        .files
        .iter()
        .filter(|p| !graph_spec::project::is_models_file(p))
        .count();
    assert!(endpoints >= 26, "the bundled mail family: {endpoints}");
    assert_eq!(
        run.stdout,
        format!("checked {endpoints} specs: no errors\n")
    );
    assert_eq!(run.stderr, "");
}

#[test]
fn check_reports_every_error_of_every_file_with_locations() {
    let dir = scratch("check-errors");
    spec_variant(
        &dir,
        "a_bad.toml",
        &[
            ("method = \"POST\"", "methd = \"POST\""),
            ("status = 202", "status = 99"),
        ],
    );
    spec_variant(
        &dir,
        "b_bad.toml",
        &[("versions = [\"v1.0\"]", "versions = [\"v2\"]")],
    );
    spec_variant(&dir, "c_good.toml", &[]);
    std::fs::write(dir.join("README.md"), "not a spec").unwrap();
    let missing = dir.join("missing.toml");

    let run = graph_gen(&[&"check", &dir, &missing]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(run.stdout, "");
    let a = dir.join("a_bad.toml").display().to_string();
    let b = dir.join("b_bad.toml").display().to_string();
    let err = &run.stderr;
    assert!(
        err.contains("error: unknown key `methd` in the spec"),
        "{err}"
    );
    assert!(err.contains(&format!("--> {a}:12:1")), "{err}");
    assert!(err.contains("help: did you mean `method`?"), "{err}");
    assert!(
        err.contains("error: `99` is not an HTTP status code"),
        "{err}"
    );
    assert!(err.contains(&format!("--> {a}:56:10")), "{err}");
    assert!(err.contains(&format!("--> {b}:11:")), "{err}");
    assert!(
        err.contains(&format!("cannot read spec file `{}`", missing.display())),
        "{err}"
    );
    assert!(!err.contains("c_good.toml"), "{err}");
    assert!(!err.contains("README.md"), "README is not a spec: {err}");
    assert!(
        err.trim_end().ends_with("in 3 of 4 spec files"),
        "one-line summary last: {err}"
    );
}

#[test]
fn check_rejects_two_specs_defining_the_same_type_in_one_version() {
    let dir = scratch("check-duplicate");
    spec_variant(&dir, "one.toml", &[]);
    spec_variant(&dir, "two.toml", &[]);
    let run = graph_gen(&[&"check", &dir]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("error: `v1_0::SendMessage` is defined twice"),
        "{}",
        run.stderr
    );
    let two = dir.join("two.toml").display().to_string();
    assert!(
        run.stderr.contains(&format!("--> {two}:5:13")),
        "{}",
        run.stderr
    );
}

#[test]
fn a_directory_without_specs_is_an_error() {
    let dir = scratch("empty");
    let run = graph_gen(&[&"check", &dir]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .starts_with("error: no spec files (`*.toml`) found in"),
        "{}",
        run.stderr
    );
}

#[test]
fn usage_errors_exit_2() {
    let run = graph_gen(&[&"check"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("PATH"), "{}", run.stderr);
    let run = graph_gen(&[&"permissions", &specs(), &"--type", &"delegated"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("delegated-work"), "{}", run.stderr);
}

#[test]
fn generate_prints_one_module_per_version() {
    let run = graph_gen(&[&"generate", &specs()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stderr, "");
    assert!(run.stdout.starts_with("// @generated"), "{}", run.stdout);
    assert!(run.stdout.contains("pub mod v1_0 {\n"));
    assert!(run.stdout.contains("pub mod beta {\n"));
    assert!(run.stdout.contains("    pub struct SendMessage;\n"));
}

#[test]
fn generate_fails_like_check_on_a_bad_spec() {
    let dir = scratch("generate-bad");
    let bad = spec_variant(&dir, "bad.toml", &[("status = 202", "status = 99")]);
    let run = graph_gen(&[&"generate", &bad]);
    assert_eq!(run.code, 1);
    assert_eq!(run.stdout, "");
    assert!(
        run.stderr.contains(&format!("--> {}:56:10", bad.display())),
        "{}",
        run.stderr
    );
}

#[test]
fn generate_to_a_file_writes_what_stdout_shows() {
    let dir = scratch("generate-file");
    let out = dir.join("nested/endpoints.rs");
    let run = graph_gen(&[&"generate", &specs(), &"-o", &out]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stderr, "");
    let summary: Vec<&str> = run.stdout.lines().collect();
    assert!(
        summary[0].starts_with("checked ") && summary[0].ends_with(" and 1 models file: no errors"),
        "{}",
        run.stdout
    );
    assert_eq!(
        summary[1],
        format!("wrote {}, one module per API version:", out.display())
    );
    assert!(summary[2].starts_with("    v1_0  ") && summary[3].starts_with("    beta  "));
    let printed = graph_gen(&[&"generate", &specs()]).stdout;
    assert_eq!(std::fs::read_to_string(&out).unwrap(), printed);
}

#[test]
fn generate_to_a_directory_writes_one_file_per_spec() {
    let dir = scratch("generate-dir");
    let run = graph_gen(&[&"generate", &specs(), &"--output", &dir, &"--client"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stderr, "");
    let mut written = 0;
    for module in ["v1_0", "beta"] {
        let file = dir.join(module).join("send_message.rs");
        let code = std::fs::read_to_string(&file).unwrap();
        assert!(code.starts_with("// @generated"), "{code}");
        assert!(code.contains("pub struct SendMessage;"), "{code}");
        assert!(!code.contains("pub mod v1_0"), "no version module: {code}");
        let models = std::fs::read_to_string(dir.join(module).join("models.rs")).unwrap();
        assert!(models.contains("pub struct Message {"), "{models}");
        let files = std::fs::read_dir(dir.join(module)).unwrap().count();
        written += files;
        // The summary names each version's directory and how many endpoints it holds.
        let line = format!(
            "    {}  {} endpoints and models.rs",
            dir.join(module).display(),
            files - 1
        );
        assert!(run.stdout.contains(&line), "{line}\n{}", run.stdout);
    }
    assert!(
        run.stdout.contains(&format!(
            "wrote {written} files into {}, one file per endpoint:",
            dir.display()
        )),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.ends_with("(with client methods)\n"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.lines().count() < 10,
        "a summary, not code: {}",
        run.stdout
    );
}

#[test]
fn generate_into_a_new_directory_without_a_slash() {
    let dir = scratch("generate-new-dir").join("generated");
    let run = graph_gen(&[&"generate", &v1_spec(), &"-o", &dir]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(dir.join("v1_0/send_message.rs").is_file(), "{}", run.stdout);
    assert!(
        run.stdout
            .starts_with("checked 1 endpoint spec: no errors\n"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains(&format!(
            "for example {}",
            dir.join("v1_0/send_message.rs").display()
        )),
        "{}",
        run.stdout
    );
}

#[test]
fn permissions_of_one_type_give_the_set_and_who_needs_what() {
    let beta_spec = specs().join("beta/message_send.toml");
    let run = graph_gen(&[
        &"permissions",
        &beta_spec,
        &v1_spec(),
        &"--type",
        &"application",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let beta = beta_spec.display().to_string();
    let v1 = v1_spec().display().to_string();
    assert_eq!(
        run.stdout,
        format!(
            "Application: Mail.Send\n    \
             Mail.Send  message: send [beta]  {beta}\n    \
             Mail.Send  message: send [v1.0]  {v1}\n"
        )
    );
}

#[test]
fn permissions_without_a_type_show_all_three() {
    let run = graph_gen(&[&"permissions", &v1_spec()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let headings: Vec<&str> = run
        .stdout
        .lines()
        .filter(|l| !l.starts_with(' ') && !l.is_empty())
        .collect();
    assert_eq!(
        headings,
        [
            "Delegated (work or school account): Mail.Send",
            "Delegated (personal Microsoft account): Mail.Send",
            "Application: Mail.Send",
        ]
    );
}

#[test]
fn permissions_union_the_least_privileged_of_each_endpoint() {
    let dir = scratch("permissions-union");
    spec_variant(&dir, "a.toml", &[]);
    spec_variant(
        &dir,
        "b.toml",
        &[
            ("type_name = \"SendMessage\"", "type_name = \"SendOther\""),
            // Another method: the same method and path would be a route conflict.
            ("method = \"POST\"", "method = \"PATCH\""),
            (
                "application = [\"Mail.Send\"]",
                "application = [\"Mail.ReadWrite\", \"Mail.Send\"]",
            ),
        ],
    );
    let run = graph_gen(&[&"permissions", &dir, &"--type", &"application"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let first = run.stdout.lines().next().unwrap();
    assert_eq!(first, "Application: Mail.ReadWrite, Mail.Send");
    assert!(
        run.stdout
            .contains("    Mail.ReadWrite  message: send [v1.0]")
    );
}

#[test]
fn permissions_of_an_unsupported_type_are_an_error() {
    let dir = scratch("permissions-unsupported");
    let app_less = spec_variant(
        &dir,
        "no_app.toml",
        &[(
            "application = [\"Mail.Send\"]",
            "application = \"not supported\"",
        )],
    );
    let run = graph_gen(&[&"permissions", &app_less, &"--type", &"application"]);
    assert_eq!(run.code, 1);
    assert_eq!(run.stdout, "");
    assert_eq!(
        run.stderr,
        format!(
            "error: `message: send [v1.0]` ({}) does not support Application permissions\n",
            app_less.display()
        )
    );

    // Without --type it is reported, not an error.
    let run = graph_gen(&[&"permissions", &app_less]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .contains("Application: none (not supported by 1 of 1 endpoints)\n    (not supported)  message: send [v1.0]"),
        "{}",
        run.stdout
    );
    let run = graph_gen(&[&"permissions", &app_less, &"--type", &"delegated-work"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

#[test]
fn permission_types_take_the_specs_spelling_too() {
    let cli = graph_gen(&[&"permissions", &v1_spec(), &"--type", &"delegated-work"]);
    let spec = graph_gen(&[&"permissions", &v1_spec(), &"--type", &"delegated_work"]);
    assert_eq!(cli.code, 0, "{}", cli.stderr);
    assert_eq!(spec.code, 0, "{}", spec.stderr);
    assert_eq!(cli.stdout, spec.stdout);
    assert!(
        cli.stdout
            .starts_with("Delegated (work or school account): Mail.Send\n"),
        "{}",
        cli.stdout
    );
}

#[test]
fn permissions_show_other_users_access_after_the_delegated_types() {
    let get = specs().join("beta/message_get.toml");
    let run = graph_gen(&[&"permissions", &get, &"--type", &"delegated-work"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let shared = std::fs::read_to_string(&get).unwrap();
    let first_shared = shared
        .lines()
        .find_map(|l| l.trim().strip_prefix("other_users = [\""))
        .and_then(|rest| rest.split('"').next())
        .unwrap();
    assert!(
        run.stdout.contains(&format!(
            "\nOther users (a delegated caller on another user's mailbox): {first_shared}\n    {first_shared}  Get message [beta]"
        )),
        "{}",
        run.stdout
    );
    // Application permissions have no other-users access to add.
    let run = graph_gen(&[&"permissions", &get, &"--type", &"application"]);
    assert!(!run.stdout.contains("Other users"), "{}", run.stdout);
}

#[test]
fn one_version_takes_several_models_files_that_agree() {
    let dir = scratch("two-models");
    std::fs::create_dir_all(dir.join("models")).unwrap();
    let models = std::fs::read_to_string(specs().join("models/mail.toml")).unwrap();
    std::fs::write(dir.join("models/a.toml"), &models).unwrap();
    std::fs::write(dir.join("models/b.toml"), &models).unwrap();
    let get = std::fs::read_to_string(specs().join("v1.0/message_get.toml")).unwrap();
    let mut list =
        std::fs::read_to_string(specs().join("v1.0/mailfolder_list_messages.toml")).unwrap();
    std::fs::create_dir_all(dir.join("v1.0")).unwrap();
    std::fs::write(
        dir.join("v1.0/get.toml"),
        get.replace("../models/mail.toml", "../models/a.toml"),
    )
    .unwrap();
    list = list.replace("../models/mail.toml", "../models/b.toml");
    std::fs::write(dir.join("v1.0/list.toml"), &list).unwrap();
    let run = graph_gen(&[&"check", &dir]);
    assert_eq!(run.code, 0, "{}", run.stderr);

    // A type the two files define differently cannot share the module.
    let changed = models.replace(
        "subject = { type = \"string\"",
        "subject = { type = \"int32\"",
    );
    assert_ne!(changed, models);
    std::fs::write(dir.join("models/b.toml"), &changed).unwrap();
    let run = graph_gen(&[&"check", &dir]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(
        run.stderr.contains("`message` is defined differently"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("list.toml:"), "{}", run.stderr);
}

#[test]
fn list_shows_methods_paths_docs_spelling_and_versions() {
    let run = graph_gen(&[&"list", &v1_spec()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        format!(
            "message: send  v1_0::SendMessage  [v1.0]  {}\n    \
             POST   /me/messages/{{message_id}}/send  (me)\n    \
             \x20      docs: /me/messages/{{id}}/send\n    \
             POST   /users/{{user_id}}/messages/{{message_id}}/send  (user)\n    \
             \x20      docs: /users/{{id | userPrincipalName}}/messages/{{id}}/send\n",
            v1_spec().display()
        )
    );
}

#[test]
fn missing_files_fail_every_command() {
    for command in ["check", "generate", "permissions", "list"] {
        let run = graph_gen(&[&command, &"no/such/spec.toml"]);
        assert_eq!(run.code, 1, "{command}");
        assert_eq!(run.stdout, "", "{command}");
        assert!(
            run.stderr
                .starts_with("error: cannot read spec file `no/such/spec.toml`"),
            "{command}: {}",
            run.stderr
        );
    }
}

#[test]
fn two_specs_serving_one_method_and_path_shape_are_a_located_error() {
    let dir = scratch("route-conflict");
    spec_variant(&dir, "one.toml", &[]);
    // Another endpoint, other parameter names, same method and path shape.
    spec_variant(
        &dir,
        "two.toml",
        &[
            ("type_name = \"SendMessage\"", "type_name = \"SendDraft\""),
            (
                "template = \"/users/{user_id}/messages/{message_id}/send\"",
                "template = \"/users/{id}/messages/{draft}/send\"",
            ),
            ("[params.user_id]", "[params.id]"),
            ("[params.message_id]", "[params.draft]"),
            (
                "template = \"/me/messages/{message_id}/send\"",
                "template = \"/me/messages/{draft}/Send\"",
            ),
        ],
    );
    let run = graph_gen(&[&"check", &dir]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("error: `POST /v1.0/users/{id}/messages/{draft}/send` is served twice"),
        "{}",
        run.stderr
    );
    // Literal segments compare case-insensitively, as Graph's URLs do.
    assert!(
        run.stderr
            .contains("error: `POST /v1.0/me/messages/{draft}/Send` is served twice"),
        "{}",
        run.stderr
    );
    let two = dir.join("two.toml").display().to_string();
    assert!(
        run.stderr.contains(&format!("--> {two}:16:12")),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(&format!("--> {two}:21:12")),
        "{}",
        run.stderr
    );

    // The same paths with another method mount together.
    std::fs::write(
        dir.join("two.toml"),
        std::fs::read_to_string(dir.join("two.toml"))
            .unwrap()
            .replace("method = \"POST\"", "method = \"DELETE\""),
    )
    .unwrap();
    let run = graph_gen(&[&"check", &dir]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

#[test]
fn check_on_a_models_file_checks_it_as_one_wherever_it_lives() {
    let dir = scratch("models-anywhere");
    let good = dir.join("shapes.toml");
    std::fs::copy(specs().join("models/mail.toml"), &good).unwrap();
    let run = graph_gen(&[&"check", &good]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "checked 0 endpoint specs and 1 models file: no errors\n"
    );

    // Its own problems, not nine "missing required key" of an endpoint spec.
    let cycle = dir.join("cycle.toml");
    std::fs::write(
        &cycle,
        "[models.a.fields]\nb = { type = \"b\", required = true }\n\n\
         [models.b.fields]\na = { type = \"a\", required = true }\n",
    )
    .unwrap();
    let run = graph_gen(&[&"check", &cycle]);
    assert_eq!(run.code, 1);
    assert!(
        !run.stderr.contains("missing required key"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("error: model `a` requires `b`, which requires `a` again"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("cycle.toml:2:14"), "{}", run.stderr);
    assert!(
        run.stderr.contains("2 errors in 1 of 1 spec file"),
        "{}",
        run.stderr
    );
}

#[test]
fn permissions_say_when_none_is_required() {
    let dir = scratch("permissions-none-required");
    let any_app = spec_variant(
        &dir,
        "any_app.toml",
        &[(
            "application = [\"Mail.Send\"]",
            "application = \"none required\"",
        )],
    );
    // Supported, so asking for the type is no error; nothing joins the set.
    let run = graph_gen(&[&"permissions", &any_app, &"--type", &"application"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout.lines().next(), Some("Application: none"));
    assert!(
        run.stdout
            .contains("    (none required)  message: send [v1.0]"),
        "{}",
        run.stdout
    );
}

#[test]
fn generate_can_leave_out_the_models_no_endpoint_given_reaches() {
    let upload = specs().join("v1.0/attachment_createuploadsession.toml");
    let all = graph_gen(&[&"generate", &upload]);
    assert_eq!(all.code, 0, "{}", all.stderr);
    let pruned = graph_gen(&[&"generate", &upload, &"--prune-models"]);
    assert_eq!(pruned.code, 0, "{}", pruned.stderr);
    // The upload's own types stay; the mail models it never reaches go.
    for kept in ["pub struct UploadSession", "pub struct AttachmentItem"] {
        assert!(pruned.stdout.contains(kept), "{kept}: {}", pruned.stdout);
        assert!(all.stdout.contains(kept), "{kept}");
    }
    assert!(all.stdout.contains("pub struct Message "), "{}", all.stdout);
    assert!(
        !pruned.stdout.contains("pub struct Message "),
        "{}",
        pruned.stdout
    );
    assert!(pruned.stdout.len() < all.stdout.len());
}
