//! Several success statuses and response headers, declared in the spec
//! (`[[response.alternatives]]`, `[[response.headers]]`), over real HTTP on
//! 127.0.0.1 through the generated server stubs and the generated client:
//! `driveItem: get` answers 200 with the item or 304 when `if-none-match`
//! matches, `driveItem: copy` answers 202 with a `Location` header.

use std::sync::Arc;
use std::time::Duration;

use crate::support::{bounded, http};
use graph_macros::{graph_endpoint, graph_models};
use graph_runtime::client::{Client, Error, RetryPolicy, StaticToken};
use graph_runtime::server::{Caller, GraphError, GraphServer, StaticTokens, axum};
use tokio::net::TcpListener;

/// The driveItem models of the fixtures.
#[graph_models("tests/fixtures/replies/drive.toml")]
pub mod models {}

#[graph_endpoint("tests/fixtures/replies/driveitem_get.toml", client, server)]
pub struct GetDriveItem;

#[graph_endpoint("tests/fixtures/replies/driveitem_copy.toml", client, server)]
pub struct CopyDriveItem;

const ETAG: &str = "\"{86EB4C8E-D20D-46B9-AD41-23B8868DDA8A},1\"";

/// A drive with one item, `i1`; copies of `bad` get a Location HTTP does not allow.
struct Drive;

impl get_drive_item::GetDriveItemHandler for Drive {
    async fn get_drive_item(
        &self,
        _caller: Arc<Caller>,
        params: get_drive_item::GetDriveItemParams,
    ) -> Result<get_drive_item::Reply, GraphError> {
        if params.item_id != "i1" {
            return Err(GraphError::item_not_found(
                "The resource could not be found.",
            ));
        }
        let e_tag = Some(ETAG.to_owned());
        if params.if_none_match.as_deref() == Some(ETAG) {
            return Ok(get_drive_item::Reply::NotModified { e_tag });
        }
        Ok(get_drive_item::Reply::Ok {
            body: models::DriveItem {
                id: Some("i1".into()),
                name: Some("plan.txt".into()),
                e_tag: Some(ETAG.into()),
                ..Default::default()
            },
            e_tag,
        })
    }
}

impl copy_drive_item::CopyDriveItemHandler for Drive {
    async fn copy_drive_item(
        &self,
        _caller: Arc<Caller>,
        params: copy_drive_item::CopyDriveItemParams,
        _body: copy_drive_item::Body,
    ) -> Result<copy_drive_item::Reply, GraphError> {
        let location = if params.item_id == "bad" {
            "https://x/monitor/1\r\nSet-Cookie: a=b".to_owned()
        } else {
            params.route.link("/monitor/4A3407B5")
        };
        Ok(copy_drive_item::Reply::Accepted { location })
    }
}

async fn serve(router: axum::Router) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router).await });
    format!("http://{addr}")
}

/// The generated stubs of both endpoints on one server.
async fn serve_drive() -> String {
    let tokens = StaticTokens::new().with(
        "t",
        Caller::user("1", "adele@contoso.com", ["Files.ReadWrite"]),
    );
    let drive = Arc::new(Drive);
    let server = GraphServer::new(tokens).with_public_base_url("https://drive.example");
    let server = get_drive_item::mount(server, Arc::clone(&drive)).unwrap();
    let server = copy_drive_item::mount(server, drive).unwrap();
    serve(server.into_router()).await
}

fn client(root: String) -> Client {
    Client::builder(StaticToken::new("t".to_owned()))
        .root(root)
        .retry(RetryPolicy::none())
        .timeout(Duration::from_secs(10))
        .no_proxy()
        .build()
        .unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_conditional_get_answers_200_or_304() {
    bounded(async {
        let client = client(serve_drive().await);
        let ok = GetDriveItem::me()
            .item_id("i1")
            .send(&client)
            .await
            .unwrap();
        assert_eq!(ok.status, 200);
        assert_eq!(ok.body.e_tag(), Some(ETAG));
        let get_drive_item::Reply::Ok { body, .. } = &ok.body else {
            panic!("expected 200 with the item: {:?}", ok.body);
        };
        assert_eq!(body.name.as_deref(), Some("plan.txt"));

        let same = GetDriveItem::me()
            .item_id("i1")
            .if_none_match(ETAG)
            .send(&client)
            .await
            .unwrap();
        assert_eq!(same.status, 304);
        assert_eq!(
            same.body,
            get_drive_item::Reply::NotModified {
                e_tag: Some(ETAG.to_owned())
            }
        );

        let changed = GetDriveItem::me()
            .item_id("i1")
            .if_none_match("\"older\"")
            .send(&client)
            .await
            .unwrap();
        assert_eq!(changed.status, 200);
        // Errors stay errors.
        let err = GetDriveItem::me()
            .item_id("nope")
            .send(&client)
            .await
            .unwrap_err();
        assert_eq!(err.status().map(|s| s.as_u16()), Some(404));
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn on_the_wire_304_has_the_header_and_no_content() {
    bounded(async {
        let root = serve_drive().await;
        let response = http()
            .get(format!("{root}/v1.0/me/drive/items/i1"))
            .bearer_auth("t")
            .header("if-none-match", ETAG)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 304);
        let headers = response.headers().clone();
        assert_eq!(headers["etag"], ETAG);
        assert!(headers.get("content-type").is_none(), "{headers:?}");
        assert!(headers.get("content-length").is_none(), "{headers:?}");
        assert!(headers.get("request-id").is_some());
        assert_eq!(response.bytes().await.unwrap().len(), 0);

        let response = http()
            .get(format!("{root}/v1.0/me/drive/items/i1"))
            .bearer_auth("t")
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200);
        assert_eq!(response.headers()["etag"], ETAG);
        assert_eq!(response.headers()["content-type"], "application/json");
        let json: serde_json::Value =
            serde_json::from_slice(&response.bytes().await.unwrap()).unwrap();
        assert_eq!(json["eTag"], ETAG);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn copy_answers_202_with_a_location() {
    bounded(async {
        let root = serve_drive().await;
        let client = client(root.clone());
        let body = copy_drive_item::Body {
            name: Some("plan (copy).txt".into()),
            parent_reference: None,
        };
        let accepted = CopyDriveItem::me()
            .item_id("i1")
            .body(body.clone())
            .send(&client)
            .await
            .unwrap();
        assert_eq!(accepted.status, 202);
        let copy_drive_item::Reply::Accepted { location } = &accepted.body;
        assert_eq!(location, "https://drive.example/monitor/4A3407B5");
        assert_eq!(accepted.body.location(), Some(location.as_str()));

        // A value HTTP does not allow is a 500 in Graph's error shape, not a
        // panic, and nothing of it reaches the wire.
        let response = http()
            .post(format!("{root}/v1.0/me/drive/items/bad/copy"))
            .bearer_auth("t")
            .header("content-type", "application/json")
            .body(r#"{"name":"x"}"#)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 500);
        assert!(response.headers().get("set-cookie").is_none());
        assert!(response.headers().get("location").is_none());
        let json: serde_json::Value =
            serde_json::from_slice(&response.bytes().await.unwrap()).unwrap();
        assert_eq!(json["error"]["code"], "generalException");
        let message = json["error"]["message"].as_str().unwrap();
        assert!(message.contains("`Location`"), "{message}");
        assert!(!message.contains("Set-Cookie"), "{message}");
        assert!(json["error"]["innerError"]["request-id"].is_string());
        let err = CopyDriveItem::me()
            .item_id("bad")
            .body(body)
            .send(&client)
            .await
            .unwrap_err();
        assert_eq!(err.status().map(|s| s.as_u16()), Some(500));
    })
    .await;
}

/// A server that is not as documented: the client says so instead of
/// inventing a variant.
#[tokio::test(flavor = "multi_thread")]
async fn the_client_rejects_undeclared_statuses_and_missing_headers() {
    bounded(async {
        use axum::http::StatusCode;
        let router = axum::Router::new().route(
            "/v1.0/me/drive/items/{id}/copy",
            axum::routing::post(
                |axum::extract::Path(id): axum::extract::Path<String>| async move {
                    match id.as_str() {
                        // 202 without its required Location.
                        "no-location" => StatusCode::ACCEPTED,
                        // A 2xx copy does not document.
                        _ => StatusCode::CREATED,
                    }
                },
            ),
        );
        let client = client(serve(router).await);
        let body = copy_drive_item::Body {
            name: None,
            parent_reference: None,
        };
        for (id, status, reason) in [
            (
                "no-location",
                202,
                "the documented `Location` response header is missing",
            ),
            (
                "other",
                201,
                "201 Created is not a status this endpoint documents",
            ),
        ] {
            let err = CopyDriveItem::me()
                .item_id(id)
                .body(body.clone())
                .send(&client)
                .await
                .unwrap_err();
            match err {
                Error::InvalidResponse {
                    status: s,
                    reason: r,
                    ..
                } => {
                    assert_eq!(s, status);
                    assert_eq!(r, reason);
                }
                other => panic!("expected InvalidResponse, got {other:?}"),
            }
        }
    })
    .await;
}
