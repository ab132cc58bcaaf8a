//! The mail action family's generated bodies, models, rules and builders.

use graph_runtime::{ApiVersion, Endpoint, Page};
use graph_tests::mail::{beta, v1};
use serde_json::json;

fn recipient(address: &str) -> v1::models::Recipient {
    v1::models::Recipient {
        email_address: Some(v1::models::EmailAddress {
            address: Some(address.into()),
            name: None,
        }),
    }
}

#[test]
fn send_mail_body_serializes_with_graph_names() {
    let message = v1::models::Message {
        subject: Some("Lunch?".into()),
        body: Some(v1::models::ItemBody {
            content_type: Some(v1::models::BodyType::Html),
            content: Some("<b>12:30</b>".into()),
        }),
        to_recipients: Some(vec![recipient("a@b.com")]),
        ..Default::default()
    };
    let body = v1::send_mail::Body {
        message,
        save_to_sent_items: Some(false),
    };
    let request = v1::SendMail::user()
        .user_id("me@contoso.com")
        .body(body)
        .build()
        .unwrap();
    assert_eq!(request.path(), "/users/me%40contoso.com/sendMail");
    let value = serde_json::to_value(request.body()).unwrap();
    assert_eq!(
        value,
        json!({
            "message": {
                "subject": "Lunch?",
                "body": {"contentType": "html", "content": "<b>12:30</b>"},
                "toRecipients": [{"emailAddress": {"address": "a@b.com"}}]
            },
            "saveToSentItems": false
        })
    );
}

#[test]
fn optional_fields_have_documented_defaults() {
    let body: v1::send_mail::Body = serde_json::from_value(json!({"message": {}})).unwrap();
    assert_eq!(body.save_to_sent_items, None);
    assert!(
        body.save_to_sent_items_or_default(),
        "saveToSentItems defaults to true"
    );
}

#[test]
fn missing_required_field_names_it_and_unknown_fields_are_ignored() {
    let err = serde_json::from_value::<v1::send_mail::Body>(json!({"saveToSentItems": true}))
        .unwrap_err();
    assert!(err.to_string().contains("missing field `message`"), "{err}");
    let body: v1::move_message::Body =
        serde_json::from_value(json!({"destinationId": "inbox", "extra": 1})).unwrap();
    assert_eq!(body.destination_id, "inbox");
}

#[test]
fn bad_enum_and_date_values_are_rejected() {
    let err =
        serde_json::from_value::<v1::models::ItemBody>(json!({"contentType": "rtf"})).unwrap_err();
    assert!(err.to_string().contains("unknown variant `rtf`"), "{err}");
    let err = serde_json::from_value::<v1::models::Message>(json!({"sentDateTime": "yesterday"}))
        .unwrap_err();
    assert!(
        err.to_string().contains("is not an ISO 8601 date-time"),
        "{err}"
    );
    let m: v1::models::Message =
        serde_json::from_value(json!({"sentDateTime": "2024-05-01T10:00:00Z"})).unwrap();
    assert_eq!(m.sent_date_time.unwrap().as_str(), "2024-05-01T10:00:00Z");
}

#[test]
fn comment_and_message_body_are_exclusive() {
    let with_body = v1::models::Message {
        body: Some(v1::models::ItemBody {
            content: Some("hi".into()),
            content_type: None,
        }),
        ..Default::default()
    };
    let both = v1::reply_to_message::Body {
        comment: Some("thanks".into()),
        message: Some(with_body.clone()),
    };
    let err = v1::ReplyToMessage::validate_body(&both).unwrap_err();
    assert!(
        err.message.contains("`comment`, `message.body`"),
        "{}",
        err.message
    );
    let comment_only = v1::reply_to_message::Body {
        comment: Some("thanks".into()),
        message: Some(v1::models::Message::default()),
    };
    assert!(v1::ReplyToMessage::validate_body(&comment_only).is_ok());
    let body_only = v1::reply_to_message::Body {
        comment: None,
        message: Some(with_body),
    };
    assert!(
        <beta::ReplyToMessage as Endpoint>::validate_body(&beta::reply_to_message::Body {
            comment: None,
            message: None
        })
        .is_ok()
    );
    assert!(v1::ReplyToMessage::validate_body(&body_only).is_ok());
}

#[test]
fn forward_needs_exactly_one_recipient_list() {
    let none = v1::forward_message::Body {
        comment: None,
        message: None,
        to_recipients: None,
    };
    let err = v1::ForwardMessage::validate_body(&none).unwrap_err();
    assert!(
        err.message
            .contains("`toRecipients`, `message.toRecipients`"),
        "{}",
        err.message
    );
    let both = v1::forward_message::Body {
        comment: None,
        message: Some(v1::models::Message {
            to_recipients: Some(vec![recipient("x@y.z")]),
            ..Default::default()
        }),
        to_recipients: Some(vec![recipient("a@b.com")]),
    };
    assert!(v1::ForwardMessage::validate_body(&both).is_err());
    let one = v1::forward_message::Body {
        comment: Some("fyi".into()),
        message: None,
        to_recipients: Some(vec![recipient("a@b.com")]),
    };
    assert!(v1::ForwardMessage::validate_body(&one).is_ok());
}

#[test]
fn four_path_variants_per_message_action() {
    let body = || v1::move_message::Body {
        destination_id: "deleteditems".into(),
    };
    let paths = [
        v1::MoveMessage::me()
            .message_id("m")
            .body(body())
            .build()
            .unwrap()
            .path()
            .to_owned(),
        v1::MoveMessage::user()
            .user_id("u")
            .message_id("m")
            .body(body())
            .build()
            .unwrap()
            .path()
            .to_owned(),
        v1::MoveMessage::me_folder()
            .folder_id("inbox")
            .message_id("m")
            .body(body())
            .build()
            .unwrap()
            .path()
            .to_owned(),
        v1::MoveMessage::user_folder()
            .user_id("u")
            .folder_id("f/1")
            .message_id("m")
            .body(body())
            .build()
            .unwrap()
            .path()
            .to_owned(),
    ];
    assert_eq!(
        paths,
        [
            "/me/messages/m/move",
            "/users/u/messages/m/move",
            "/me/mailFolders/inbox/messages/m/move",
            "/users/u/mailFolders/f%2F1/messages/m/move"
        ]
    );
    assert_eq!(<v1::MoveMessage as Endpoint>::SUCCESS_STATUS.as_u16(), 201);
    assert_eq!(
        v1::MoveMessage::PERMISSIONS.least_privileged(graph_runtime::PermissionType::Application),
        Some("Mail.ReadWrite")
    );
}

#[test]
fn list_query_and_prefer_header() {
    let request = v1::ListMessages::me_folder()
        .folder_id("inbox")
        .top(5)
        .select("subject,isDraft")
        .prefer("outlook.timezone=\"UTC\"")
        .build()
        .unwrap();
    assert_eq!(
        request.url("http://127.0.0.1:1"),
        "http://127.0.0.1:1/v1.0/me/mailFolders/inbox/messages?$top=5&$select=subject%2CisDraft"
    );
    assert_eq!(
        request.headers(),
        &[("Prefer", "outlook.timezone=\"UTC\"".to_owned())]
    );
    // A clone is the same request: query parameters and optional headers too.
    let copy = request.clone();
    assert_eq!(
        copy.url("http://127.0.0.1:1"),
        request.url("http://127.0.0.1:1")
    );
    assert_eq!(copy.query(), request.query());
    assert_eq!(copy.headers(), request.headers());
    let page: Page<v1::models::Message> = serde_json::from_value(json!({
        "value": [{"id": "1", "isDraft": false}],
        "@odata.nextLink": "http://127.0.0.1:1/v1.0/me/mailFolders/inbox/messages?$top=5&$skip=5"
    }))
    .unwrap();
    assert_eq!(page.value[0].is_draft, Some(false));
    assert!(page.next_link.unwrap().ends_with("$skip=5"));
    let beta_request = beta::GetMessage::me().message_id("m").build().unwrap();
    assert_eq!(beta_request.version(), ApiVersion::Beta);
}
