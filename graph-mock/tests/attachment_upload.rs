//! Large message attachments through an upload session, end to end against
//! the mock: `createUploadSession` through the generated client, the file in
//! ranges through `Client::upload` to the session's pre-authenticated URL
//! (also through a proxy that drops a request mid-body, after which the
//! upload resumes where the session says), the attachment then listed with
//! its size, and the errors Outlook gives for ranges it cannot take.

mod support;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use graph_runtime::client::{Client, RetryPolicy, StaticToken, UploadTarget};
use graph_runtime::http::StatusCode;
use serde_json::{Value, json};
use support::{bounded, http, seg};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// The generated client of the two attachment endpoints and of get message.
mod v1 {
    use graph_macros::{graph_endpoint, graph_models};

    #[graph_models("../specs/models/mail.toml")]
    pub mod models {}

    #[graph_endpoint("../specs/v1.0/attachment_createuploadsession.toml", client)]
    pub struct CreateAttachmentUploadSession;
    #[graph_endpoint("../specs/v1.0/message_list_attachments.toml", client)]
    pub struct ListMessageAttachments;
    #[graph_endpoint("../specs/v1.0/message_get.toml", client)]
    pub struct GetMessage;
    #[graph_endpoint("../specs/v1.0/attachment_get.toml", client)]
    pub struct GetMessageAttachment;
    #[graph_endpoint("../specs/v1.0/attachment_get_value.toml", client)]
    pub struct GetMessageAttachmentValue;
}

use v1::models::{AttachmentItem, AttachmentType};

const ADELE: &str = "adele@contoso.com";
const DRAFT: &str = "AAMkADraft-adele-1";

fn item(name: &str, size: u64) -> v1::create_attachment_upload_session::Body {
    v1::create_attachment_upload_session::Body {
        attachment_item: AttachmentItem {
            attachment_type: AttachmentType::File,
            name: name.to_owned(),
            size: size as i64,
            content_type: Some("application/pdf".to_owned()),
            is_inline: None,
            content_id: None,
        },
    }
}

/// A client that resumes an upload after a failure, quickly.
fn resuming_client(root: &str, token: &str) -> Client {
    Client::builder(StaticToken::new(token.to_owned()))
        .root(root)
        .retry(
            RetryPolicy::default()
                .with_max_attempts(4)
                .with_backoff(Duration::from_millis(10), Duration::from_millis(50)),
        )
        .timeout(Duration::from_secs(10))
        .no_proxy()
        .build()
        .unwrap()
}

fn content(len: u64) -> Vec<u8> {
    (0..len).map(|i| (i % 251) as u8).collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn an_attachment_goes_up_in_ranges_and_is_listed_with_its_size() {
    bounded(async {
        let mock = support::start().await;
        let client = resuming_client(&mock.base_url(), "demo-adele");
        let len = 7 * 1024 * 1024 + 123;
        let session = v1::CreateAttachmentUploadSession::me()
            .message_id(DRAFT)
            .body(item("report.pdf", len))
            .send(&client)
            .await
            .unwrap();
        assert_eq!(session.status, StatusCode::CREATED);
        let session = session.body;
        let url = session.upload_url.unwrap();
        assert!(
            url.starts_with(&format!("{}/attachmentSessions/", mock.base_url())),
            "{url}"
        );
        assert_eq!(session.next_expected_ranges.unwrap(), ["0-"]);
        assert!(session.expiration_date_time.is_some());

        let bytes = content(len);
        let done = client
            .upload(
                &url,
                &mut std::io::Cursor::new(bytes.clone()),
                len,
                UploadTarget::Attachment,
            )
            .await
            .unwrap();
        assert_eq!(
            done,
            Value::Null,
            "Outlook's last range answers 201 without a body"
        );

        let listed = v1::ListMessageAttachments::me()
            .message_id(DRAFT)
            .send(&client)
            .await
            .unwrap()
            .body
            .value;
        assert_eq!(listed.len(), 1);
        let attachment = &listed[0];
        assert_eq!(attachment.size, Some(len as i32));
        assert_eq!(attachment.name.as_deref(), Some("report.pdf"));
        assert_eq!(attachment.content_type.as_deref(), Some("application/pdf"));
        assert_eq!(
            attachment.odata_type.as_deref(),
            Some("#microsoft.graph.fileAttachment")
        );
        let id = attachment.id.as_deref().unwrap();
        assert_eq!(
            mock.store().attachment_content(ADELE, DRAFT, id).unwrap(),
            bytes
        );
        // Its properties, and its bytes back through the `$value` content endpoint.
        let got = v1::GetMessageAttachment::me()
            .message_id(DRAFT)
            .attachment_id(id)
            .send(&client)
            .await
            .unwrap()
            .body;
        assert_eq!(&got, attachment);
        let raw = v1::GetMessageAttachmentValue::me()
            .message_id(DRAFT)
            .attachment_id(id)
            .send(&client)
            .await
            .unwrap()
            .body;
        assert_eq!(raw.content_type(), "application/pdf");
        assert_eq!(raw.length(), Some(len));
        assert_eq!(raw.into_bytes(16 * 1024 * 1024).await.unwrap(), bytes);
        let missing = v1::GetMessageAttachmentValue::me()
            .message_id(DRAFT)
            .attachment_id("AAMkNoSuchAttachment")
            .send(&client)
            .await
            .unwrap_err();
        assert_eq!(missing.status(), Some(StatusCode::NOT_FOUND));
        let message = v1::GetMessage::me()
            .message_id(DRAFT)
            .send(&client)
            .await
            .unwrap()
            .body;
        assert_eq!(message.has_attachments, Some(true));
        // The other variant, by principal name; another message has none.
        let listed = v1::ListMessageAttachments::user()
            .user_id(ADELE)
            .message_id("AAMkADraft-adele-2")
            .send(&client)
            .await
            .unwrap();
        assert!(listed.body.value.is_empty());
        mock.stop().await;
    })
    .await;
}

/// What the proxy saw of each request: method, `Content-Range`, and
/// whether it was cut off.
type Seen = Arc<Mutex<Vec<(String, Option<String>, bool)>>>;

/// Reads one HTTP/1.1 message head (through `\r\n\r\n`) from `from`.
async fn read_head(from: &mut TcpStream, buffered: &mut Vec<u8>) -> Option<Vec<u8>> {
    loop {
        if let Some(end) = buffered.windows(4).position(|w| w == b"\r\n\r\n") {
            let rest = buffered.split_off(end + 4);
            return Some(std::mem::replace(buffered, rest));
        }
        let mut chunk = [0u8; 8192];
        let n = from.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buffered.extend_from_slice(&chunk[..n]);
    }
}

fn header<'a>(head: &'a str, name: &str) -> Option<&'a str> {
    head.lines().find_map(|line| {
        let (n, v) = line.split_once(':')?;
        n.trim().eq_ignore_ascii_case(name).then(|| v.trim())
    })
}

/// Forwards `length` bytes of body from `from` (after `buffered`) to `to`;
/// with `cut`, only half of them, then stops.
async fn forward_body(
    from: &mut TcpStream,
    buffered: &mut Vec<u8>,
    to: &mut TcpStream,
    length: usize,
    cut: bool,
) -> Option<()> {
    let goal = if cut { length / 2 } else { length };
    let mut sent = 0;
    while sent < goal {
        if buffered.is_empty() {
            let mut chunk = [0u8; 65536];
            let n = from.read(&mut chunk).await.ok()?;
            if n == 0 {
                return None;
            }
            buffered.extend_from_slice(&chunk[..n]);
        }
        let take = buffered.len().min(goal - sent);
        to.write_all(&buffered[..take]).await.ok()?;
        buffered.drain(..take);
        sent += take;
    }
    Some(())
}

/// One client connection through the proxy: request by request, each
/// forwarded to `upstream` with its answer, until the one whose number is
/// `drop_put` (counting PUTs), which is cut off mid-body.
async fn proxy_connection(mut client: TcpStream, upstream: String, seen: Seen, drop_put: usize) {
    let Ok(mut server) = TcpStream::connect(&upstream).await else {
        return;
    };
    let (mut from_client, mut from_server) = (Vec::new(), Vec::new());
    while let Some(head) = read_head(&mut client, &mut from_client).await {
        let text = String::from_utf8_lossy(&head).into_owned();
        let method = text.split(' ').next().unwrap_or("").to_owned();
        let length: usize = header(&text, "content-length")
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        let range = header(&text, "content-range").map(str::to_owned);
        let cut = {
            let mut seen = seen.lock().unwrap();
            let puts = seen.iter().filter(|(m, ..)| m == "PUT").count();
            let cut = method == "PUT" && puts + 1 == drop_put;
            seen.push((method, range, cut));
            cut
        };
        if server.write_all(&head).await.is_err() {
            return;
        }
        if forward_body(&mut client, &mut from_client, &mut server, length, cut)
            .await
            .is_none()
            || cut
        {
            // Both ends closed: the request is dropped mid-body.
            return;
        }
        let Some(answer) = read_head(&mut server, &mut from_server).await else {
            return;
        };
        let answer_text = String::from_utf8_lossy(&answer).into_owned();
        let answer_length: usize = header(&answer_text, "content-length")
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        if client.write_all(&answer).await.is_err()
            || forward_body(
                &mut server,
                &mut from_server,
                &mut client,
                answer_length,
                false,
            )
            .await
            .is_none()
        {
            return;
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_dropped_range_resumes_from_the_sessions_next_expected_range() {
    bounded(async {
        // The proxy's address is the mock's public base URL, so the session's
        // URL points at the proxy; the mock itself is reached directly.
        let proxy = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let proxy_url = format!("http://{}", proxy.local_addr().unwrap());
        let mut config = support::config();
        config.public_base_url = Some(proxy_url.clone());
        let mock = graph_mock::start(config).await.unwrap();
        let seen = Seen::default();
        let upstream = mock.addr().to_string();
        let proxy_seen = Arc::clone(&seen);
        tokio::spawn(async move {
            while let Ok((socket, _)) = proxy.accept().await {
                tokio::spawn(proxy_connection(
                    socket,
                    upstream.clone(),
                    Arc::clone(&proxy_seen),
                    2,
                ));
            }
        });

        let client = resuming_client(&mock.base_url(), "demo-adele");
        let len = 8 * 1024 * 1024;
        let url = v1::CreateAttachmentUploadSession::user()
            .user_id(ADELE)
            .message_id(DRAFT)
            .body(item("big.bin", len))
            .send(&client)
            .await
            .unwrap()
            .body
            .upload_url
            .unwrap();
        assert!(
            url.starts_with(&format!("{proxy_url}/attachmentSessions/")),
            "{url}"
        );
        let bytes = content(len);
        client
            .upload(
                &url,
                &mut std::io::Cursor::new(bytes.clone()),
                len,
                UploadTarget::Attachment,
            )
            .await
            .unwrap();

        let step = UploadTarget::Attachment.range_size();
        let r = |a: u64, b: u64| Some(format!("bytes {a}-{b}/{len}"));
        let seen = seen.lock().unwrap().clone();
        assert_eq!(
            seen,
            [
                ("PUT".to_owned(), r(0, step - 1), false),
                ("PUT".to_owned(), r(step, 2 * step - 1), true),
                ("GET".to_owned(), None, false),
                ("PUT".to_owned(), r(step, 2 * step - 1), false),
                ("PUT".to_owned(), r(2 * step, len - 1), false),
            ],
            "the dropped range is sent again from where the session says"
        );
        let listed = mock.store().attachments(ADELE, None, DRAFT).unwrap();
        assert_eq!(listed.len(), 1);
        let id = listed[0].id.clone().unwrap();
        assert_eq!(
            mock.store().attachment_content(ADELE, DRAFT, &id).unwrap(),
            bytes,
            "every byte once, in order"
        );
        mock.stop().await;
    })
    .await;
}

/// Opens a session for `size` bytes on Adele's draft and returns its URL.
async fn open_session(mock: &graph_mock::RunningMock, size: u64) -> String {
    let response = http()
        .post(format!(
            "{}/v1.0/me/messages/{}/attachments/createUploadSession",
            mock.base_url(),
            seg(DRAFT)
        ))
        .bearer_auth("demo-adele")
        .header("content-type", "application/json")
        .body(
            json!({"AttachmentItem": {"attachmentType": "file", "name": "a.txt", "size": size}})
                .to_string(),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201);
    let body: Value = serde_json::from_slice(&response.bytes().await.unwrap()).unwrap();
    body["uploadUrl"].as_str().unwrap().to_owned()
}

/// PUTs `body` to `url` as the range `range`; the status and JSON answer.
async fn put(url: &str, range: Option<&str>, body: Vec<u8>) -> (u16, Value) {
    let mut request = http()
        .put(url)
        .header("content-type", "application/octet-stream")
        .body(body);
    if let Some(range) = range {
        request = request.header("content-range", range);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    let body = response.bytes().await.unwrap();
    (status, serde_json::from_slice(&body).unwrap_or(Value::Null))
}

#[tokio::test(flavor = "multi_thread")]
async fn ranges_out_of_order_overlapping_or_oversized_are_refused() {
    bounded(async {
        let mock = support::start().await;
        let url = open_session(&mock, 1000).await;

        let (status, body) = put(&url, Some("bytes 0-99/1000"), vec![1; 100]).await;
        assert_eq!(
            (status, &body["nextExpectedRanges"]),
            (200, &json!(["100"]))
        );
        assert!(body["expirationDateTime"].is_string());
        for (range, len, want) in [
            ("bytes 50-149/1000", 100, 416),  // overlaps what was received
            ("bytes 200-299/1000", 100, 416), // skips ahead
            ("bytes 100-199/2000", 100, 400), // another total size
            ("bytes 100-199/1000", 50, 400),  // fewer bytes than stated
            ("bytes 100-99/1000", 0, 400),    // not a range
            ("bytes 100-1000/1000", 901, 400),
        ] {
            let (status, body) = put(&url, Some(range), vec![2; len]).await;
            assert_eq!(status, want, "{range}: {body}");
        }
        let (status, body) = put(&url, None, vec![2; 10]).await;
        assert_eq!(status, 400, "{body}");
        assert_eq!(body["error"]["code"], "BadRequest");
        let (status, body) = put(&url, Some("bytes 100-199/1000"), vec![2; 100]).await;
        assert_eq!(
            status, 200,
            "nothing was taken from the refused ranges: {body}"
        );
        assert_eq!(body["nextExpectedRanges"], json!(["200"]));

        // A range over 4 MiB is 413, whatever the session's size.
        let big = open_session(&mock, 10 * 1024 * 1024).await;
        let (status, _) = put(
            &big,
            Some(&format!("bytes 0-{}/{}", 4 * 1024 * 1024, 10 * 1024 * 1024)),
            vec![0; 4 * 1024 * 1024 + 1],
        )
        .await;
        assert_eq!(status, 413);

        // The URL's secret is the authorization.
        let forged = url.replace("authtoken=", "authtoken=x");
        assert_eq!(
            put(&forged, Some("bytes 200-299/1000"), vec![3; 100])
                .await
                .0,
            404
        );
        let state = http()
            .get(&url)
            .send()
            .await
            .unwrap()
            .bytes()
            .await
            .unwrap();
        let state: Value = serde_json::from_slice(&state).unwrap();
        assert_eq!(state["nextExpectedRanges"], json!(["200"]));
        // Cancelled, the session is gone.
        assert_eq!(http().delete(&url).send().await.unwrap().status(), 204);
        assert_eq!(
            put(&url, Some("bytes 200-299/1000"), vec![3; 100]).await.0,
            404
        );
        assert!(
            mock.store()
                .attachments(ADELE, None, DRAFT)
                .unwrap()
                .is_empty()
        );
        mock.stop().await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_last_range_answers_201_with_the_attachments_location() {
    bounded(async {
        let mock = support::start().await;
        let url = open_session(&mock, 10).await;
        let response = http()
            .put(&url)
            .header("content-type", "application/octet-stream")
            .header("content-range", "bytes 0-9/10")
            .body(b"0123456789".to_vec())
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 201);
        let location = response.headers()["location"].to_str().unwrap().to_owned();
        assert!(
            location.starts_with(&format!("{}/v1.0/users/", mock.base_url())),
            "{location}"
        );
        assert!(response.bytes().await.unwrap().is_empty());
        // The Location is the attachment, at the Graph API.
        let got = http()
            .get(&location)
            .bearer_auth("demo-adele")
            .send()
            .await
            .unwrap();
        assert_eq!(got.status(), 200);
        let got: Value = serde_json::from_slice(&got.bytes().await.unwrap()).unwrap();
        assert_eq!(
            (got["name"].as_str(), got["size"].as_i64()),
            (Some("a.txt"), Some(10))
        );
        let raw = http()
            .get(format!("{location}/$value"))
            .bearer_auth("demo-adele")
            .send()
            .await
            .unwrap();
        assert_eq!(raw.bytes().await.unwrap().as_ref(), b"0123456789");
        mock.stop().await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_session_needs_a_file_a_message_and_the_permission() {
    bounded(async {
        let mock = support::start().await;
        let client = resuming_client(&mock.base_url(), "demo-adele");
        let send = |body, message_id: &'static str, token: &'static str| {
            let client = resuming_client(&mock.base_url(), token);
            async move {
                v1::CreateAttachmentUploadSession::me()
                    .message_id(message_id)
                    .body(body)
                    .send(&client)
                    .await
                    .unwrap_err()
                    .status()
            }
        };
        let mut reference = item("link", 10);
        reference.attachment_item.attachment_type = AttachmentType::Reference;
        assert_eq!(
            send(reference, DRAFT, "demo-adele").await,
            Some(StatusCode::BAD_REQUEST)
        );
        assert_eq!(
            send(item("empty", 0), DRAFT, "demo-adele").await,
            Some(StatusCode::BAD_REQUEST)
        );
        assert_eq!(
            send(item("huge", 151 * 1024 * 1024), DRAFT, "demo-adele").await,
            Some(StatusCode::BAD_REQUEST)
        );
        assert_eq!(
            send(item("a", 10), "AAMkNoSuchMessage", "demo-adele").await,
            Some(StatusCode::NOT_FOUND)
        );
        assert_eq!(
            send(item("a", 10), DRAFT, "demo-adele-readonly").await,
            Some(StatusCode::FORBIDDEN)
        );
        // Another user's mailbox needs Mail.ReadWrite.Shared.
        let err = v1::CreateAttachmentUploadSession::user()
            .user_id("megan@contoso.com")
            .message_id("AAMkADraft-megan-1")
            .body(item("a", 10))
            .send(&client)
            .await
            .unwrap_err();
        assert_eq!(err.status(), Some(StatusCode::FORBIDDEN));
        mock.stop().await;
    })
    .await;
}
