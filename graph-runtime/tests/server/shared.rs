//! Delegated access to another user's mailbox: only with one of the spec's
//! `other_users` permissions (e.g. `Mail.Send.Shared`), end to end.

use crate::support::*;
use graph_mock::Folder;
use graph_runtime::http::StatusCode;

fn send_mail_body(subject: &str) -> v1::send_mail::Body {
    v1::send_mail::Body {
        message: v1::models::Message {
            subject: Some(subject.into()),
            ..Default::default()
        },
        save_to_sent_items: None,
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_shared_permission_reaches_another_users_mailbox() {
    bounded(async {
        let mock = start().await;
        let shared = hs256(&delegated_claims(
            "User.Read Mail.Send Mail.Send.Shared",
            GRAPH_AUD,
            now() + 600,
        ));
        let plain = hs256(&delegated_claims("Mail.Send", GRAPH_AUD, now() + 600));

        let r = v1::SendMail::user()
            .user_id(MEGAN)
            .body(send_mail_body("On behalf of Megan"))
            .send(&client(&mock, &shared))
            .await
            .unwrap();
        assert_eq!(r.status, StatusCode::ACCEPTED);
        let megan_sent: Vec<_> = mock
            .store()
            .folder(MEGAN, Folder::SentItems)
            .unwrap()
            .into_iter()
            .filter_map(|m| m.subject)
            .collect();
        assert_eq!(megan_sent, ["On behalf of Megan"]);

        let r = v1::SendMail::user()
            .user_id(MEGAN)
            .body(send_mail_body("Denied"))
            .send(&client(&mock, &plain))
            .await;
        let err = assert_graph_error(r, 403, "ErrorAccessDenied");
        let message = err.message.unwrap();
        assert!(
            message
                .contains("cannot reach another user's mailbox without one of: Mail.Send.Shared"),
            "the error names the mailbox and the permission: {message}"
        );

        // `message: send` grants no other-users access in its spec (the docs list none).
        let r = v1::SendMessage::user()
            .user_id(MEGAN)
            .message_id("AAMkADraft-megan-1")
            .send(&client(&mock, &shared))
            .await;
        let message = assert_graph_error(r, 403, "ErrorAccessDenied")
            .message
            .unwrap();
        assert!(
            message.contains("may only reach the signed-in user's own mailbox"),
            "{message}"
        );
        mock.stop().await;
    })
    .await;
}
