//! What the macro generates, used as a user would.

use graph_runtime::http::{Method, StatusCode};
use graph_runtime::{ApiVersion, Endpoint, PermissionType};
use graph_tests::{beta, v1};

#[test]
fn me_variant_builds_the_documented_path() {
    let request = v1::SendMessage::me()
        .message_id("AAMkAGI2")
        .build()
        .unwrap();
    assert_eq!(request.path(), "/me/messages/AAMkAGI2/send");
    assert_eq!(request.version(), ApiVersion::V1_0);
    assert_eq!(request.template().variant, "me");
    assert_eq!(
        request.url("https://graph.microsoft.com/"),
        "https://graph.microsoft.com/v1.0/me/messages/AAMkAGI2/send"
    );
}

#[test]
fn user_variant_encodes_every_parameter() {
    let request = beta::SendMessage::user()
        .user_id("a@b.com")
        .message_id("AAMk/../x?y#z ü")
        .build()
        .unwrap();
    assert_eq!(
        request.path(),
        "/users/a%40b.com/messages/AAMk%2F..%2Fx%3Fy%23z%20%C3%BC/send"
    );
    assert_eq!(
        request.versioned_path(),
        "/beta/users/a%40b.com/messages/AAMk%2F..%2Fx%3Fy%23z%20%C3%BC/send"
    );
    // Setters can come in any order and be repeated; the last value wins.
    let again = beta::SendMessage::user()
        .message_id("x")
        .user_id("u")
        .message_id("m")
        .build()
        .unwrap();
    assert_eq!(again.path(), "/users/u/messages/m/send");
}

#[test]
fn values_that_would_change_the_path_are_rejected() {
    for bad in ["", ".", ".."] {
        let err = v1::SendMessage::me().message_id(bad).build().unwrap_err();
        assert_eq!(err.param, "message_id", "value {bad:?}");
    }
    let err = v1::SendMessage::user()
        .user_id("..")
        .message_id("m")
        .build()
        .unwrap_err();
    assert_eq!(err.param, "user_id");
}

#[test]
fn endpoint_metadata_matches_the_docs() {
    type E = v1::SendMessage;
    assert_eq!(E::NAME, "message: send");
    assert_eq!(E::METHOD, Method::POST);
    assert_eq!(E::SUCCESS_STATUS, StatusCode::ACCEPTED);
    assert_eq!(E::VERSIONS, &[ApiVersion::V1_0]);
    assert_eq!(
        <beta::SendMessage as Endpoint>::VERSIONS,
        &[ApiVersion::Beta]
    );
    assert_eq!((E::HAS_REQUEST_BODY, E::HAS_RESPONSE_BODY), (false, false));
    let templates: Vec<_> = E::PATHS
        .iter()
        .map(|p| (p.variant, p.template, p.docs_template))
        .collect();
    assert_eq!(
        templates,
        [
            (
                "me",
                "/me/messages/{message_id}/send",
                "/me/messages/{id}/send"
            ),
            (
                "user",
                "/users/{user_id}/messages/{message_id}/send",
                "/users/{id | userPrincipalName}/messages/{id}/send"
            ),
        ]
    );
    assert_eq!(
        E::PATHS[1].params().collect::<Vec<_>>(),
        ["user_id", "message_id"]
    );
    let required: Vec<_> = E::required_headers().map(|h| (h.name, h.value)).collect();
    assert_eq!(
        required,
        [("Authorization", "Bearer {token}"), ("Content-Length", "0")]
    );
    assert!(E::DOCS_URL.starts_with("https://learn.microsoft.com/graph/api/message-send"));
}

#[test]
fn permissions_are_mail_send_for_every_type() {
    for kind in PermissionType::ALL {
        assert_eq!(
            v1::SendMessage::PERMISSIONS.for_type(kind),
            Some(&["Mail.Send"][..])
        );
        assert_eq!(
            beta::SendMessage::PERMISSIONS.least_privileged(kind),
            Some("Mail.Send")
        );
    }
    let p = <v1::SendMessage as Endpoint>::PERMISSIONS;
    assert!(p.is_satisfied_by(PermissionType::DelegatedWork, ["User.Read", "Mail.Send"]));
    assert!(!p.is_satisfied_by(PermissionType::Application, ["Mail.ReadWrite"]));
}

#[test]
fn request_version_can_only_move_to_a_supported_version() {
    let request = v1::SendMessage::me().message_id("m").build().unwrap();
    let err = request.with_version(ApiVersion::Beta).unwrap_err();
    assert_eq!(
        err.to_string(),
        "`message: send` is not available in Graph API version beta"
    );
}

#[test]
fn select_and_orderby_are_checked_against_the_models_properties() {
    use graph_tests::mail::v1::{ListMessages, models::Message};
    let request = ListMessages::me_folder()
        .folder_id("inbox")
        .select(graph_runtime::select!(Message => subject, from, receivedDateTime))
        .build()
        .unwrap();
    assert_eq!(
        request.path_and_query(),
        "/me/mailFolders/inbox/messages?$select=subject%2Cfrom%2CreceivedDateTime"
    );
    assert_eq!(
        graph_runtime::orderby!(Message => receivedDateTime desc, subject),
        "receivedDateTime desc,subject"
    );
    assert_eq!(
        graph_runtime::query::search_phrase("a \"b\""),
        "\"a \\\"b\\\"\""
    );

    let counted = request
        .with_count()
        .with_query("$filter", "isRead eq false");
    assert_eq!(
        counted.path_and_query(),
        "/me/mailFolders/inbox/messages?$select=subject%2Cfrom%2CreceivedDateTime&$count=true&$filter=isRead%20eq%20false"
    );
    assert_eq!(
        counted.headers(),
        &[("ConsistencyLevel", "eventual".to_owned())]
    );
}
