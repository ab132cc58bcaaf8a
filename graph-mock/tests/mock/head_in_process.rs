//! Called in process (tower middleware, `oneshot`, another server), the
//! router frames answers as behind hyper: `Content-Length` from the body,
//! and HEAD answered like GET without the body.

use graph_mock::endpoints::v1::GetMessage;
use graph_runtime::server::axum::body::{Body, to_bytes};
use graph_runtime::server::axum::http::{Method, Request, StatusCode};
use graph_runtime::server::{Caller, GraphServer, StaticTokens};
use tower_service::Service;

fn request(method: Method) -> Request<Body> {
    Request::builder()
        .method(method)
        .uri("/v1.0/me/messages/m1")
        .header("authorization", "Bearer t")
        .body(Body::empty())
        .unwrap()
}

#[tokio::test]
async fn head_is_get_without_the_body_and_both_carry_the_length() {
    let tokens =
        StaticTokens::new().with("t", Caller::user("1", "adele@contoso.com", ["Mail.Read"]));
    let mut router = GraphServer::new(tokens)
        .route::<GetMessage, _, _, _>(|_, _, _| async { Ok(Default::default()) })
        .unwrap()
        .into_router();

    let get = router.call(request(Method::GET)).await.unwrap();
    assert_eq!(get.status(), StatusCode::OK);
    let length = get.headers()["content-length"].clone();
    let body = to_bytes(get.into_body(), 1 << 20).await.unwrap();
    assert!(!body.is_empty());
    assert_eq!(length, body.len().to_string().as_str());

    let head = router.call(request(Method::HEAD)).await.unwrap();
    assert_eq!(head.status(), StatusCode::OK);
    assert_eq!(head.headers()["content-length"], length);
    assert!(head.headers().contains_key("request-id"));
    assert!(to_bytes(head.into_body(), 1024).await.unwrap().is_empty());

    // An error answer is framed too.
    let mut missing = request(Method::GET);
    missing.headers_mut().remove("authorization");
    let denied = router.call(missing).await.unwrap();
    assert_eq!(denied.status(), StatusCode::UNAUTHORIZED);
    let length = denied.headers()["content-length"].clone();
    let body = to_bytes(denied.into_body(), 1 << 20).await.unwrap();
    assert_eq!(length, body.len().to_string().as_str());
}
