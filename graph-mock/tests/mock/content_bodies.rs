//! Bodies of bytes and 302 answers declared in specs (`bytes = "..."`,
//! `status = 302`), over real HTTP on 127.0.0.1 through the generated
//! server stubs and the generated client: a photo up and down, a file
//! streamed up in chunks, a file and a CSV report behind a redirect to
//! another host, and what each side refuses.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::support::{bounded, http};
use bytes::Bytes;
use futures_util::StreamExt;
use graph_macros::{graph_endpoint, graph_models};
use graph_runtime::client::{Client, Error, RetryPolicy, StaticToken};
use graph_runtime::server::{Caller, GraphError, GraphServer, Redirect, StaticTokens, axum};
use graph_runtime::{Content, ContentError};
use tokio::net::TcpListener;

/// The driveItem model of the fixtures.
#[graph_models("tests/fixtures/content/models.toml")]
pub mod models {}

#[graph_endpoint("tests/fixtures/content/photo_get.toml", client, server)]
pub struct GetPhotoValue;
#[graph_endpoint("tests/fixtures/content/photo_update.toml", client, server)]
pub struct UpdatePhoto;
#[graph_endpoint("tests/fixtures/content/item_upload.toml", client, server)]
pub struct UploadItemContent;
#[graph_endpoint("tests/fixtures/content/item_download.toml", client, server)]
pub struct GetItemContent;
#[graph_endpoint("tests/fixtures/content/email_activity_report.toml", client, server)]
pub struct GetEmailActivityUserDetail;

/// The server's body limit in these tests.
const LIMIT: usize = 1024 * 1024;

/// A user's photo and files; downloads are redirected to `files`, another host.
struct Store {
    photo: Mutex<Bytes>,
    files: String,
    /// How many upload handlers ran, and the largest chunk one saw.
    uploads: AtomicUsize,
    largest_chunk: AtomicUsize,
    /// A photo of this media type is answered, whatever the spec says.
    photo_type: Mutex<&'static str>,
}

impl get_photo_value::GetPhotoValueHandler for Store {
    async fn get_photo_value(
        &self,
        _caller: Arc<Caller>,
        _params: get_photo_value::GetPhotoValueParams,
    ) -> Result<Content, GraphError> {
        let photo = self.photo.lock().unwrap().clone();
        Ok(Content::new(*self.photo_type.lock().unwrap(), photo))
    }
}

impl update_photo::UpdatePhotoHandler for Store {
    async fn update_photo(
        &self,
        _caller: Arc<Caller>,
        _params: update_photo::UpdatePhotoParams,
        body: Content,
    ) -> Result<(), GraphError> {
        *self.photo.lock().unwrap() = body.into_bytes(LIMIT).await?;
        Ok(())
    }
}

impl upload_item_content::UploadItemContentHandler for Store {
    /// Counts the bytes as they arrive, never holding the file.
    async fn upload_item_content(
        &self,
        _caller: Arc<Caller>,
        params: upload_item_content::UploadItemContentParams,
        body: Content,
    ) -> Result<models::DriveItem, GraphError> {
        self.uploads.fetch_add(1, Ordering::SeqCst);
        let mut stream = body.into_stream();
        let mut size = 0usize;
        while let Some(chunk) = stream.next().await {
            let chunk = chunk?;
            self.largest_chunk.fetch_max(chunk.len(), Ordering::SeqCst);
            size += chunk.len();
        }
        Ok(models::DriveItem {
            id: Some(params.item_id),
            name: Some("upload.bin".into()),
            size: Some(size as i64),
        })
    }
}

impl get_item_content::GetItemContentHandler for Store {
    async fn get_item_content(
        &self,
        _caller: Arc<Caller>,
        params: get_item_content::GetItemContentParams,
    ) -> Result<Redirect, GraphError> {
        match params.item_id.as_str() {
            "relative" => return Redirect::to("/files/plan.txt"),
            // This server's own photo: the same origin, where the token goes along.
            "same-host" => return Redirect::to(params.route.link("/v1.0/me/photo/$value")),
            _ => {}
        }
        Redirect::to(format!(
            "{}/files/{}?tempauth=secret",
            self.files, params.item_id
        ))
    }
}

impl get_email_activity_user_detail::GetEmailActivityUserDetailHandler for Store {
    async fn get_email_activity_user_detail(
        &self,
        _caller: Arc<Caller>,
        params: get_email_activity_user_detail::GetEmailActivityUserDetailParams,
    ) -> Result<Redirect, GraphError> {
        Redirect::to(format!("{}/reports/{}.csv", self.files, params.period))
    }
}

/// The `Authorization` headers the download host received.
type Seen = Arc<Mutex<Vec<Option<String>>>>;

/// The download host: files and reports at pre-authenticated URLs.
async fn serve_files() -> (String, Seen) {
    let seen = Seen::default();
    let record = |seen: &Seen, headers: &axum::http::HeaderMap| {
        let auth = headers
            .get("authorization")
            .map(|v| v.to_str().unwrap_or("?").to_owned());
        seen.lock().unwrap().push(auth);
    };
    let (files_seen, reports_seen) = (Arc::clone(&seen), Arc::clone(&seen));
    let router = axum::Router::new()
        .route(
            "/files/{id}",
            axum::routing::get(move |headers: axum::http::HeaderMap| {
                record(&files_seen, &headers);
                async { ([("content-type", "text/plain")], "Q1 plan: ship it") }
            }),
        )
        .route(
            "/reports/{name}",
            axum::routing::get(move |headers: axum::http::HeaderMap| {
                record(&reports_seen, &headers);
                async {
                    (
                        [("content-type", "text/csv")],
                        "Report Refresh Date,User Principal Name,Send Count\n2026-12-06,adele@contoso.com,3\n",
                    )
                }
            }),
        );
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router).await });
    (format!("http://{addr}"), seen)
}

/// The generated stubs of every fixture on one server, and the store.
async fn serve_graph() -> (String, Arc<Store>, Seen) {
    let (files, seen) = serve_files().await;
    let grants = [
        "User.ReadWrite",
        "User.Read",
        "Files.ReadWrite",
        "Files.Read",
        "Reports.Read.All",
    ];
    let tokens = StaticTokens::new().with("t", Caller::user("1", "adele@contoso.com", grants));
    let store = Arc::new(Store {
        photo: Mutex::new(Bytes::from_static(b"\xFF\xD8\xFF\xE0 jpeg")),
        files,
        uploads: AtomicUsize::new(0),
        largest_chunk: AtomicUsize::new(0),
        photo_type: Mutex::new("image/jpeg"),
    });
    let server = GraphServer::new(tokens).with_body_limit(LIMIT);
    let server = get_photo_value::mount(server, Arc::clone(&store)).unwrap();
    let server = update_photo::mount(server, Arc::clone(&store)).unwrap();
    let server = upload_item_content::mount(server, Arc::clone(&store)).unwrap();
    let server = get_item_content::mount(server, Arc::clone(&store)).unwrap();
    let server = get_email_activity_user_detail::mount(server, Arc::clone(&store)).unwrap();
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(server.serve(listener));
    (base, store, seen)
}

fn client(root: &str) -> Client {
    Client::builder(StaticToken::new("t".to_owned()))
        .root(root)
        .retry(RetryPolicy::none())
        .timeout(Duration::from_secs(10))
        .no_proxy()
        .build()
        .unwrap()
}

/// `n` bytes in chunks of `chunk`, as a stream that is produced as it is sent.
fn chunks(n: usize, chunk: usize) -> Content {
    let pieces = (0..n.div_ceil(chunk)).map(move |i| {
        let len = chunk.min(n - i * chunk);
        Ok::<_, std::io::Error>(Bytes::from(vec![b'x'; len]))
    });
    Content::from_stream(
        "application/octet-stream",
        futures_util::stream::iter(pieces),
    )
}

#[tokio::test(flavor = "multi_thread")]
async fn a_photo_goes_up_and_comes_back_with_its_media_type() {
    bounded(async {
        let (base, _, _) = serve_graph().await;
        let client = client(&base);
        let jpeg = Bytes::from_static(b"\xFF\xD8\xFF\xE0 new photo");
        UpdatePhoto::me()
            .body(Content::new("image/jpeg", jpeg.clone()))
            .send(&client)
            .await
            .unwrap();
        let got = GetPhotoValue::me().send(&client).await.unwrap();
        assert_eq!(got.status, 200);
        assert_eq!(got.body.content_type(), "image/jpeg");
        assert_eq!(got.body.length(), Some(jpeg.len() as u64));
        assert_eq!(got.body.into_bytes(LIMIT).await.unwrap(), jpeg);
        // The user variant on beta, the spec's second version.
        let request = GetPhotoValue::user()
            .user_id("1")
            .build()
            .unwrap()
            .with_version(graph_runtime::ApiVersion::Beta)
            .unwrap();
        let got = client.execute_built(Ok(request)).await.unwrap();
        assert_eq!(got.body.into_bytes(LIMIT).await.unwrap(), jpeg);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_file_is_streamed_up_in_chunks_and_answered_as_json() {
    bounded(async {
        let (base, store, _) = serve_graph().await;
        let client = client(&base);
        let size = LIMIT - 1000;
        let item = UploadItemContent::me()
            .item_id("01ABC")
            .body(chunks(size, 64 * 1024).with_length(size as u64))
            .send(&client)
            .await
            .unwrap()
            .body;
        assert_eq!(item.size, Some(size as i64));
        assert_eq!(item.id.as_deref(), Some("01ABC"));
        // The handler saw the file in pieces, not whole.
        let largest = store.largest_chunk.load(Ordering::SeqCst);
        assert!(largest > 0 && largest < size, "{largest}");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn content_over_the_body_limit_is_413_declared_or_not() {
    bounded(async {
        let (base, store, _) = serve_graph().await;
        let client = client(&base);
        // Declared too long: refused before the handler runs.
        let err = UploadItemContent::me()
            .item_id("big")
            .body(Content::new("text/plain", vec![b'a'; LIMIT + 1]))
            .send(&client)
            .await
            .unwrap_err();
        assert_eq!(
            err.status(),
            Some(graph_runtime::http::StatusCode::PAYLOAD_TOO_LARGE)
        );
        assert_eq!(store.uploads.load(Ordering::SeqCst), 0);
        // Streamed without a length: the handler's stream ends in TooLarge, 413 through `?`.
        let err = UploadItemContent::me()
            .item_id("big")
            .body(chunks(LIMIT + 64 * 1024, 16 * 1024))
            .send(&client)
            .await
            .unwrap_err();
        let graph = err.graph().expect("a Graph error");
        assert_eq!(graph.status, 413);
        assert_eq!(graph.code.as_deref(), Some("ErrorRequestEntityTooLarge"));
        assert_eq!(store.uploads.load(Ordering::SeqCst), 1);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_wrong_media_type_is_refused_on_both_sides() {
    bounded(async {
        let (base, store, _) = serve_graph().await;
        let client = client(&base);
        // The client refuses content the spec does not take, before sending.
        let err = UpdatePhoto::me()
            .body(Content::new("image/png", &b"\x89PNG"[..]))
            .send(&client)
            .await
            .unwrap_err();
        assert!(
            matches!(&err, Error::InvalidBody(e) if e.message.contains("image/jpeg")),
            "{err}"
        );
        // The server answers 415 to a request that does not say image/jpeg.
        let url = format!("{base}/v1.0/me/photo/$value");
        for content_type in [Some("image/png"), Some("application/json"), None] {
            let mut request = http().put(&url).bearer_auth("t").body("not a jpeg");
            if let Some(t) = content_type {
                request = request.header("content-type", t);
            }
            let response = request.send().await.unwrap();
            assert_eq!(response.status(), 415, "{content_type:?}");
        }
        assert_eq!(
            store.photo.lock().unwrap().as_ref(),
            b"\xFF\xD8\xFF\xE0 jpeg",
            "the photo is unchanged"
        );
        // A handler answering another media type than documented is a 500.
        *store.photo_type.lock().unwrap() = "image/png";
        let err = GetPhotoValue::me().send(&client).await.unwrap_err();
        assert_eq!(
            err.status(),
            Some(graph_runtime::http::StatusCode::INTERNAL_SERVER_ERROR)
        );
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_302_is_followed_to_the_content_without_the_token() {
    bounded(async {
        let (base, _, seen) = serve_graph().await;
        let client = client(&base);
        let got = GetItemContent::me()
            .item_id("plan.txt")
            .send(&client)
            .await
            .unwrap();
        assert_eq!(got.status, 200);
        assert_eq!(got.body.content_type(), "text/plain");
        assert_eq!(
            got.body.into_bytes(LIMIT).await.unwrap().as_ref(),
            b"Q1 plan: ship it"
        );
        let report = GetEmailActivityUserDetail::period()
            .period("D7")
            .send(&client)
            .await
            .unwrap();
        assert_eq!(report.body.content_type(), "text/csv");
        let csv = report.body.into_bytes(LIMIT).await.unwrap();
        assert!(csv.starts_with(b"Report Refresh Date,"), "{csv:?}");
        // The download host, another origin, never saw the bearer token.
        assert_eq!(*seen.lock().unwrap(), [None, None]);
        // Redirected to the same origin, the token goes along (the photo needs it).
        let photo = GetItemContent::me()
            .item_id("same-host")
            .send(&client)
            .await
            .unwrap();
        assert_eq!(photo.body.content_type(), "image/jpeg");
        // On the wire: 302, the handler's Location, no body.
        let raw = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .no_proxy()
            .build()
            .unwrap();
        let response = raw
            .get(format!("{base}/v1.0/me/drive/items/x/content"))
            .bearer_auth("t")
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 302);
        let location = response.headers()["location"].to_str().unwrap().to_owned();
        assert!(location.ends_with("/files/x?tempauth=secret"), "{location}");
        assert!(response.bytes().await.unwrap().is_empty());
        // A Location that is not absolute is the handler's bug: 500, not a redirect.
        let err = GetItemContent::me()
            .item_id("relative")
            .send(&client)
            .await
            .unwrap_err();
        assert_eq!(
            err.status(),
            Some(graph_runtime::http::StatusCode::INTERNAL_SERVER_ERROR)
        );
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_large_download_arrives_in_pieces() {
    bounded(async {
        let (base, store, _) = serve_graph().await;
        let client = client(&base);
        let photo = Bytes::from(vec![7u8; 3 * 1024 * 1024]);
        *store.photo.lock().unwrap() = photo.clone();
        let got = GetPhotoValue::me().send(&client).await.unwrap();
        assert_eq!(got.body.length(), Some(photo.len() as u64));
        let mut stream = got.body.into_stream();
        let (mut pieces, mut total) = (0, 0);
        while let Some(chunk) = stream.next().await {
            total += chunk.unwrap().len();
            pieces += 1;
        }
        assert_eq!(total, photo.len());
        assert!(pieces > 1, "{pieces}");
        // Read into memory with a smaller limit, it stops at the limit.
        let got = GetPhotoValue::me().send(&client).await.unwrap();
        assert_eq!(
            got.body.into_bytes(1024).await.unwrap_err(),
            ContentError::TooLarge { limit: 1024 }
        );
    })
    .await;
}

#[test]
fn content_debug_shows_no_bytes_and_redirect_debug_no_query() {
    let content = Content::new("image/jpeg", &b"secret bytes"[..]);
    let shown = format!("{content:?}");
    assert!(
        shown.contains("image/jpeg") && !shown.contains("secret"),
        "{shown}"
    );
    let redirect = Redirect::to("https://files.example/a.txt?tempauth=secret").unwrap();
    let shown = format!("{redirect:?}");
    assert!(
        shown.contains("files.example/a.txt") && !shown.contains("secret"),
        "{shown}"
    );
    for bad in [
        "/relative",
        "ftp://x/y",
        "https://",
        "https://x/a\nb",
        "https://x/a b",
    ] {
        assert!(Redirect::to(bad).is_err(), "{bad:?}");
    }
}
