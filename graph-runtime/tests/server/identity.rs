//! Identity is the token's `oid` and `tid`, never a name claim
//! (`preferred_username`, `upn`), which Microsoft documents as mutable and
//! not for authorization.

use crate::support::*;
use graph_runtime::server::MSA_TENANT_ID;

const MEGAN_ID: &str = "48d31887-5fad-4d73-a9f5-3c356e68a038";
const OTHER_TENANT: &str = "00000000-0000-0000-0000-0000000000ff";

fn claims(oid: &str, tid: &str, name: &str) -> serde_json::Value {
    serde_json::json!({
        "aud": GRAPH_AUD,
        "exp": now() + 600,
        "oid": oid,
        "tid": tid,
        "preferred_username": name,
        "upn": name,
        "scp": "Mail.Read Mail.ReadWrite",
    })
}

async fn status(mock: &graph_mock::RunningMock, token: &str, path: &str) -> u16 {
    let r = http()
        .get(format!("{}/v1.0{path}", mock.base_url()))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    let status = r.status().as_u16();
    if status >= 400 {
        let body: serde_json::Value = serde_json::from_slice(&r.bytes().await.unwrap()).unwrap();
        assert!(body["error"]["code"].is_string(), "{body}");
    }
    status
}

const INBOX: &str = "/mailFolders/inbox/messages";

#[tokio::test(flavor = "multi_thread")]
async fn one_users_oid_with_anothers_username_reads_only_its_own_mailbox() {
    bounded(async {
        let mock = start().await;
        let megan_as_adele = hs256(&claims(MEGAN_ID, graph_mock::config::DEMO_TENANT_ID, ADELE));
        for path in [
            format!("/users/{ADELE}{INBOX}"),
            format!("/users/{ADELE_ID}{INBOX}"),
        ] {
            assert_eq!(status(&mock, &megan_as_adele, &path).await, 403, "{path}");
        }
        // The token is Megan's: her own mailbox, by id or principal name.
        for path in [
            format!("/users/{MEGAN}{INBOX}"),
            format!("/users/{MEGAN_ID}{INBOX}"),
            format!("/me{INBOX}"),
        ] {
            assert_eq!(status(&mock, &megan_as_adele, &path).await, 200, "{path}");
        }
        let r = http()
            .get(format!("{}/v1.0/me{INBOX}", mock.base_url()))
            .bearer_auth(&megan_as_adele)
            .send()
            .await
            .unwrap();
        let page: serde_json::Value = serde_json::from_slice(&r.bytes().await.unwrap()).unwrap();
        assert_eq!(
            page["value"],
            serde_json::json!([]),
            "Megan's inbox is empty"
        );
        mock.stop().await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_personal_account_with_someones_username_is_nobody_here() {
    bounded(async {
        let mock = start().await;
        let stranger = hs256(&claims(
            "00000000-0000-0000-0001-000000000001",
            MSA_TENANT_ID,
            ADELE,
        ));
        assert_eq!(
            status(&mock, &stranger, &format!("/users/{ADELE}{INBOX}")).await,
            403
        );
        assert_eq!(status(&mock, &stranger, &format!("/me{INBOX}")).await, 401);
        mock.stop().await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_users_oid_from_another_tenant_is_not_that_user() {
    bounded(async {
        let mock = start().await;
        let foreign = hs256(&claims(ADELE_ID, OTHER_TENANT, ADELE));
        assert_eq!(status(&mock, &foreign, &format!("/me{INBOX}")).await, 401);
        for path in [
            format!("/users/{ADELE}{INBOX}"),
            format!("/users/{ADELE_ID}{INBOX}"),
        ] {
            assert_eq!(status(&mock, &foreign, &path).await, 403, "{path}");
        }
        // The same oid from the right tenant is Adele.
        let adele = hs256(&claims(ADELE_ID, graph_mock::config::DEMO_TENANT_ID, ADELE));
        assert_eq!(
            status(&mock, &adele, &format!("/users/{ADELE}{INBOX}")).await,
            200
        );
        mock.stop().await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_token_naming_its_user_only_by_name_is_rejected() {
    bounded(async {
        let mock = start().await;
        let mut c = claims(ADELE_ID, graph_mock::config::DEMO_TENANT_ID, ADELE);
        c.as_object_mut().unwrap().remove("oid");
        assert_eq!(status(&mock, &hs256(&c), &format!("/me{INBOX}")).await, 401);
        mock.stop().await;
    })
    .await;
}
