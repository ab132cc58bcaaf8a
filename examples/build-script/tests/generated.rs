//! The build-script-generated endpoints, used as a user would.

use graph_build_example::{beta, v1_0};
use graph_runtime::http::{Method, StatusCode};
use graph_runtime::{ApiVersion, Endpoint, PermissionType};

#[test]
fn me_variant_builds_the_documented_path() {
    let request = v1_0::SendMessage::me()
        .message_id("AAMkAGI2")
        .build()
        .unwrap();
    assert_eq!(request.path(), "/me/messages/AAMkAGI2/send");
    assert_eq!(request.version(), ApiVersion::V1_0);
    assert_eq!(
        request.url("https://graph.microsoft.com/"),
        "https://graph.microsoft.com/v1.0/me/messages/AAMkAGI2/send"
    );
}

#[test]
fn beta_is_its_own_type_in_its_own_module() {
    let request = beta::SendMessage::user()
        .user_id("a@b.com")
        .message_id("AAMkAGI2")
        .build()
        .unwrap();
    assert_eq!(request.path(), "/users/a%40b.com/messages/AAMkAGI2/send");
    assert_eq!(request.version(), ApiVersion::Beta);
    assert_eq!(
        <beta::SendMessage as Endpoint>::VERSIONS,
        &[ApiVersion::Beta]
    );
}

#[test]
fn metadata_comes_from_the_spec() {
    assert_eq!(<v1_0::SendMessage as Endpoint>::METHOD, Method::POST);
    assert_eq!(
        <v1_0::SendMessage as Endpoint>::SUCCESS_STATUS,
        StatusCode::ACCEPTED
    );
    assert_eq!(
        v1_0::SendMessage::PERMISSIONS.least_privileged(PermissionType::Application),
        Some("Mail.Send")
    );
}
