//! Authentication (401) and permission enforcement (403) end to end.

use crate::support::*;
use graph_mock::Folder;

async fn status_without_token(mock: &graph_mock::RunningMock) -> reqwest::Response {
    http()
        .post(format!(
            "{}/v1.0/me/messages/AAMkADraft-adele-1/send",
            mock.base_url()
        ))
        .header("content-length", "0")
        .send()
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn missing_or_unknown_tokens_are_401_with_a_bearer_challenge() {
    bounded(async {
        let mock = start().await;
        let r = status_without_token(&mock).await;
        assert_eq!(r.status(), 401);
        let challenge = r.headers()["www-authenticate"].to_str().unwrap().to_owned();
        assert!(challenge.starts_with("Bearer"), "{challenge}");
        assert!(r.headers().contains_key("request-id"));
        let body: serde_json::Value = serde_json::from_slice(&r.bytes().await.unwrap()).unwrap();
        assert_eq!(body["error"]["code"], "InvalidAuthenticationToken");

        // Another scheme is no bearer token either.
        let r = http()
            .post(format!("{}/beta/me/messages/x/send", mock.base_url()))
            .header("authorization", "Basic YWRlbGU6cHc=")
            .header("content-length", "0")
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 401);

        let bogus = client(&mock, "not-a-known-token");
        let r = v1::SendMessage::me()
            .message_id("AAMkADraft-adele-1")
            .send(&bogus)
            .await;
        let err = assert_graph_error(r, 401, "InvalidAuthenticationToken");
        assert!(
            !err.body.contains("not-a-known-token"),
            "the token is never echoed"
        );
        assert_eq!(
            mock.store().folder(ADELE, Folder::SentItems).unwrap(),
            vec![]
        );
        mock.stop().await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn jwts_are_checked_for_signature_expiry_and_audience() {
    bounded(async {
        let mock = start().await;
        let in_an_hour = now() + 3600;
        let send = |token: String| {
            let c = client(&mock, &token);
            async move {
                v1::SendMessage::me()
                    .message_id("AAMkADraft-adele-1")
                    .send(&c)
                    .await
            }
        };

        let expired = hs256(&delegated_claims("Mail.Send", GRAPH_AUD, now() - 3600));
        let err = assert_graph_error(send(expired).await, 401, "InvalidAuthenticationToken");
        assert!(err.message.unwrap().contains("expired"));

        let wrong_aud = rs256(&delegated_claims(
            "Mail.Send",
            "api://other-app",
            in_an_hour,
        ));
        let err = assert_graph_error(send(wrong_aud).await, 401, "InvalidAuthenticationToken");
        assert!(err.message.unwrap().contains("audience"));

        // Signed with another secret.
        let forged = jsonwebtoken::encode(
            &jsonwebtoken::Header::new(jsonwebtoken::Algorithm::HS256),
            &delegated_claims("Mail.Send", GRAPH_AUD, in_an_hour),
            &jsonwebtoken::EncodingKey::from_secret(b"some other secret"),
        )
        .unwrap();
        assert_graph_error(send(forged).await, 401, "InvalidAuthenticationToken");
        assert_graph_error(
            send("a.b.c".into()).await,
            401,
            "InvalidAuthenticationToken",
        );

        // Neither scp nor roles.
        let mut claims = delegated_claims("x", GRAPH_AUD, in_an_hour);
        claims.as_object_mut().unwrap().remove("scp");
        assert_graph_error(
            send(hs256(&claims)).await,
            401,
            "InvalidAuthenticationToken",
        );

        // Valid: HS256 with the Graph app id audience, RS256 with its URL.
        let ok = hs256(&delegated_claims(
            "openid Mail.Send",
            "00000003-0000-0000-c000-000000000000",
            in_an_hour,
        ));
        send(ok).await.unwrap();
        let c = client(
            &mock,
            &rs256(&delegated_claims("mail.send", GRAPH_AUD, in_an_hour)),
        );
        beta::SendMessage::user()
            .user_id(ADELE)
            .message_id("AAMkADraft-adele-2")
            .send(&c)
            .await
            .unwrap();
        // Application JWT with roles, on another user's mailbox.
        let app = client(
            &mock,
            &rs256(&app_claims(&["Mail.Send"], GRAPH_AUD, in_an_hour)),
        );
        v1::SendMessage::user()
            .user_id(MEGAN)
            .message_id("AAMkADraft-megan-1")
            .send(&app)
            .await
            .unwrap();
        mock.stop().await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn grants_without_mail_send_are_403() {
    bounded(async {
        let mock = start().await;
        let readonly = client(&mock, "demo-adele-readonly");
        let r = v1::SendMessage::me()
            .message_id("AAMkADraft-adele-1")
            .send(&readonly)
            .await;
        let err = assert_graph_error(r, 403, "ErrorAccessDenied");
        assert!(err.message.unwrap().contains("Mail.Send"));

        let app = client(&mock, "demo-app-noperm");
        let r = beta::SendMessage::user()
            .user_id(ADELE)
            .message_id("AAMkADraft-adele-1")
            .send(&app)
            .await;
        assert_graph_error(r, 403, "ErrorAccessDenied");

        let jwt = hs256(&app_claims(&["Mail.Read"], GRAPH_AUD, now() + 600));
        let r = v1::SendMessage::user()
            .user_id(ADELE)
            .message_id("AAMkADraft-adele-1")
            .send(&client(&mock, &jwt))
            .await;
        assert_graph_error(r, 403, "ErrorAccessDenied");
        assert_eq!(
            mock.store().folder(ADELE, Folder::SentItems).unwrap(),
            vec![]
        );
        mock.stop().await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_delegated_token_cannot_reach_another_users_mailbox() {
    bounded(async {
        let mock = start().await;
        let adele = client(&mock, "demo-adele");
        for r in [
            v1::SendMessage::user()
                .user_id(MEGAN)
                .message_id("AAMkADraft-megan-1")
                .send(&adele)
                .await,
            beta::SendMessage::user()
                .user_id("48d31887-5fad-4d73-a9f5-3c356e68a038")
                .message_id("AAMkADraft-megan-1")
                .send(&adele)
                .await,
        ] {
            assert_graph_error(r, 403, "ErrorAccessDenied");
        }
        assert_eq!(
            mock.store().folder(MEGAN, Folder::SentItems).unwrap(),
            vec![]
        );
        // The principal name compares case-insensitively for the user's own mailbox.
        v1::SendMessage::user()
            .user_id("ADELE@contoso.com")
            .message_id("AAMkADraft-adele-1")
            .send(&adele)
            .await
            .unwrap();
        // `/me` needs a user: an application token gets 400.
        let r = v1::SendMessage::me()
            .message_id("AAMkADraft-adele-2")
            .send(&client(&mock, "demo-app"))
            .await;
        assert_graph_error(r, 400, "BadRequest");
        mock.stop().await;
    })
    .await;
}
