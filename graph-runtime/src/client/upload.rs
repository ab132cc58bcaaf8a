//! Large uploads through an upload session (`createUploadSession`): the
//! content goes to the session's `uploadUrl` in byte ranges Graph accepts,
//! read from a seekable source one range at a time (never the whole file in
//! memory), and an upload that fails part-way resumes from the session's
//! `nextExpectedRanges`.
//!
//! The `uploadUrl` is pre-authenticated: the client's token is never sent
//! to it (Graph's guidance, and the URL is on another host than Graph).

use std::io::SeekFrom;

use http::StatusCode;
use http::header::{CONTENT_LENGTH, CONTENT_RANGE};
use serde::Deserialize;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncSeek, AsyncSeekExt};

use super::error::GraphError;
use super::{Client, Error};

/// Graph's unit for drive item upload ranges: 320 KiB.
pub const RANGE_UNIT: u64 = 320 * 1024;

/// What an upload session is for, which decides the ranges Graph accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UploadTarget {
    /// A drive item: each range a multiple of 320 KiB (but the last), under 60 MiB.
    DriveItem,
    /// An Outlook attachment (message, event, task): each range under 4 MiB.
    Attachment,
}

impl UploadTarget {
    /// The range size used: 10 units (3.2 MiB) for drive items, 3 MiB for
    /// attachments; both within Graph's limits.
    pub fn range_size(self) -> u64 {
        match self {
            UploadTarget::DriveItem => 10 * RANGE_UNIT,
            UploadTarget::Attachment => 3 * 1024 * 1024,
        }
    }
}

/// The state of an upload session, as its `uploadUrl` reports it.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
struct SessionState {
    #[serde(default)]
    next_expected_ranges: Vec<String>,
}

/// The first byte a `nextExpectedRanges` entry (`"26-"`, `"26-99"`) asks for.
fn range_start(range: &str) -> Option<u64> {
    range.split('-').next()?.trim().parse().ok()
}

impl Client {
    /// Uploads `len` bytes of `content` to an upload session's `upload_url`
    /// (from `createUploadSession`) and returns the created item's JSON.
    ///
    /// Ranges follow `target`'s limits; after a transport error, a 5xx or a
    /// 416, the session is asked which ranges it still expects and the
    /// upload goes on from there, as many times as the retry policy allows.
    ///
    /// # Errors
    ///
    /// [`Error::Graph`] for a status the upload cannot go on after (404: the
    /// session expired), [`Error::Transport`]/[`Error::Timeout`] once retries
    /// are spent, [`Error::InvalidConfig`] for an `upload_url` that is not
    /// `https` (or `http` on a loopback address) or a short `content`.
    pub async fn upload<R>(
        &self,
        upload_url: &str,
        content: &mut R,
        len: u64,
        target: UploadTarget,
    ) -> Result<serde_json::Value, Error>
    where
        R: AsyncRead + AsyncSeek + Unpin,
    {
        check_upload_url(upload_url)?;
        let size = target.range_size();
        let mut offset = 0u64;
        let mut failures = 0u32;
        loop {
            let end = (offset + size).min(len);
            let outcome = if len == 0 || offset >= len {
                // Nothing left to send: ask the session where it stands.
                Err(None)
            } else {
                self.put_range(upload_url, content, offset, end, len).await
            };
            match outcome {
                Ok(PutOutcome::Done(item)) => return Ok(item),
                Ok(PutOutcome::Next(next)) => {
                    offset = next.unwrap_or(end);
                    failures = 0;
                    continue;
                }
                Err(Some(error)) if !resumable(&error) => return Err(error),
                Err(error) => {
                    failures += 1;
                    let retry_after = error.as_ref().and_then(Error::retry_after);
                    let Some(delay) = self.retry.delay(failures, retry_after) else {
                        return Err(error.unwrap_or_else(|| Error::InvalidResponse {
                            status: StatusCode::OK,
                            reason: "the session expects no more bytes but did not finish"
                                .to_owned(),
                            body: String::new(),
                        }));
                    };
                    tokio::time::sleep(delay).await;
                    match self.session_state(upload_url).await? {
                        Some(start) => offset = start,
                        None => return Err(error.unwrap_or_else(expired)),
                    }
                }
            }
        }
    }

    /// PUTs bytes `start..end` of `content`.
    async fn put_range<R>(
        &self,
        upload_url: &str,
        content: &mut R,
        start: u64,
        end: u64,
        len: u64,
    ) -> Result<PutOutcome, Option<Error>>
    where
        R: AsyncRead + AsyncSeek + Unpin,
    {
        let mut chunk = vec![0u8; (end - start) as usize];
        let read = async {
            content.seek(SeekFrom::Start(start)).await?;
            content.read_exact(&mut chunk).await
        };
        if let Err(e) = read.await {
            return Err(Some(Error::InvalidConfig {
                reason: format!("the content could not be read at byte {start}: {e}"),
            }));
        }
        let sent = self
            .http
            .put(upload_url)
            .timeout(self.timeout)
            .header(CONTENT_LENGTH, end - start)
            .header(CONTENT_RANGE, format!("bytes {start}-{}/{len}", end - 1))
            .body(chunk)
            .send()
            .await;
        let response = match sent {
            Ok(r) => r,
            Err(e) => return Err(Some(self.transport(e))),
        };
        let status = response.status();
        let headers = response.headers().clone();
        let body = response
            .bytes()
            .await
            .map_err(|e| Some(self.transport(e)))?;
        match status.as_u16() {
            // Drive items answer 202 with the session until the last range, then
            // 200 or 201 with the item; Outlook answers 200 with the session
            // (`nextExpectedRanges`) until the last range, then 201 and no body.
            200..=202 => {
                let json: serde_json::Value =
                    serde_json::from_slice(&body).unwrap_or(serde_json::Value::Null);
                let state = SessionState::deserialize(&json).unwrap_or_default();
                let next = state.next_expected_ranges.first();
                if status.as_u16() == 202 || (status.as_u16() == 200 && next.is_some()) {
                    Ok(PutOutcome::Next(next.and_then(|r| range_start(r))))
                } else {
                    Ok(PutOutcome::Done(json))
                }
            }
            _ => Err(Some(Error::Graph(Box::new(GraphError::from_response(
                status, &headers, &body,
            ))))),
        }
    }

    /// The first byte the session still expects; `None` when it is gone (404).
    async fn session_state(&self, upload_url: &str) -> Result<Option<u64>, Error> {
        let response = self
            .http
            .get(upload_url)
            .timeout(self.timeout)
            .send()
            .await
            .map_err(|e| self.transport(e))?;
        let status = response.status();
        if status == StatusCode::NOT_FOUND {
            return Ok(None);
        }
        let headers = response.headers().clone();
        let body = response.bytes().await.map_err(|e| self.transport(e))?;
        if !status.is_success() {
            return Err(Error::Graph(Box::new(GraphError::from_response(
                status, &headers, &body,
            ))));
        }
        let state: SessionState = serde_json::from_slice(&body).unwrap_or_default();
        Ok(state
            .next_expected_ranges
            .first()
            .and_then(|r| range_start(r)))
    }
}

/// Whether the upload may go on after `error` by asking the session where
/// it stands: transport trouble, a 416 (ranges out of step), 429 and 5xx;
/// other client errors will not go away.
fn resumable(error: &Error) -> bool {
    match error {
        Error::Graph(g) => {
            let s = g.status.as_u16();
            s == 416 || s == 429 || g.status.is_server_error()
        }
        Error::Transport(_) | Error::Timeout { .. } => true,
        _ => false,
    }
}

enum PutOutcome {
    /// The last range: the created item.
    Done(serde_json::Value),
    /// More to send, from this byte (the session's first expected range).
    Next(Option<u64>),
}

fn expired() -> Error {
    Error::InvalidResponse {
        status: StatusCode::NOT_FOUND,
        reason: "the upload session expired or was cancelled".to_owned(),
        body: String::new(),
    }
}

/// An upload URL must be `https` (Graph's are), or `http` on a loopback
/// address (a local test server).
fn check_upload_url(url: &str) -> Result<(), Error> {
    let loopback = ["http://127.0.0.1", "http://localhost", "http://[::1]"]
        .iter()
        .any(|p| {
            url.strip_prefix(p)
                .is_some_and(|r| r.starts_with([':', '/']))
        });
    if url.starts_with("https://") || loopback {
        Ok(())
    } else {
        Err(Error::InvalidConfig {
            reason: "an upload URL must be https".to_owned(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_fit_graphs_limits() {
        let drive = UploadTarget::DriveItem.range_size();
        assert_eq!(drive % RANGE_UNIT, 0);
        assert!(drive < 60 * 1024 * 1024);
        assert!(UploadTarget::Attachment.range_size() < 4 * 1024 * 1024);
        assert_eq!(range_start("327680-"), Some(327_680));
        assert_eq!(range_start("26-99"), Some(26));
        assert_eq!(range_start("x"), None);
    }

    #[test]
    fn upload_urls_are_https_or_loopback() {
        assert!(check_upload_url("https://contoso.sharepoint.com/up?x").is_ok());
        assert!(check_upload_url("http://127.0.0.1:8080/up").is_ok());
        assert!(check_upload_url("http://127.0.0.1.evil.example/up").is_err());
        assert!(check_upload_url("http://contoso.example/up").is_err());
    }
}
