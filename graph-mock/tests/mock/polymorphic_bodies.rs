//! A request body declared as a base type takes any type derived from it,
//! as Graph does (`POST .../attachments` with a `fileAttachment`): the
//! handler gets the base with the value's `@odata.type` and its own
//! properties, and can turn it into the derived type.

use crate::support::{bounded, http};
use graph_runtime::downcast;
use graph_runtime::server::{Caller, GraphError, GraphServer, StaticTokens};
use tokio::net::TcpListener;

#[graph_macros::graph_models("../tests/fixtures/models/hierarchy.toml")]
pub mod models {}

#[graph_macros::graph_endpoint("tests/fixtures/hierarchy/add_attachment.toml", server)]
pub struct AddAttachment;

use models::{Attachment, FileAttachment};

async fn serve() -> String {
    let tokens = StaticTokens::new().with(
        "t",
        Caller::user("1", "adele@contoso.com", ["Mail.ReadWrite"]),
    );
    let server = GraphServer::new(tokens)
        .route::<AddAttachment, _, _, _>(|_, _, body: Attachment| async move {
            // The handler sees a file attachment for what it is.
            let file: FileAttachment = downcast(&body)
                .ok_or_else(|| GraphError::bad_request("only file attachments here"))?
                .map_err(|e| GraphError::bad_request(e.to_string()))?;
            let mut stored = body;
            stored.id = Some(format!(
                "att-{}",
                file.content_bytes.as_deref().unwrap_or("").len()
            ));
            Ok(stored)
        })
        .unwrap();
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(server.serve(listener));
    base
}

#[tokio::test(flavor = "multi_thread")]
async fn a_derived_type_is_accepted_where_its_base_is_declared() {
    bounded(async {
        let base = serve().await;
        let url = format!("{base}/v1.0/me/messages/m1/attachments");
        let post = |body: serde_json::Value| {
            http()
                .post(&url)
                .bearer_auth("t")
                .header("content-type", "application/json")
                .body(body.to_string())
                .send()
        };
        let r = post(serde_json::json!({
            "@odata.type": "#microsoft.graph.fileAttachment",
            "name": "menu.txt",
            "contentBytes": "bWVudQ=="
        }))
        .await
        .unwrap();
        assert_eq!(r.status(), 201);
        let body: serde_json::Value = serde_json::from_slice(&r.bytes().await.unwrap()).unwrap();
        assert_eq!(body["@odata.type"], "#microsoft.graph.fileAttachment");
        assert_eq!(
            body["contentBytes"], "bWVudQ==",
            "the derived type's property is kept"
        );
        assert_eq!(body["id"], "att-8");

        // Another derived type reaches the handler too, which may refuse it.
        let r = post(
            serde_json::json!({"@odata.type": "#microsoft.graph.itemAttachment", "name": "x"}),
        )
        .await
        .unwrap();
        assert_eq!(r.status(), 400);
    })
    .await;
}
