//! Bodies of bytes (`$value`, `/content`, photos, reports) with their media
//! type: what a spec's `bytes = "..."` body is in Rust, on both sides.
//!
//! A [`Content`] is either bytes in memory or a stream of chunks, so a file
//! is sent or received without holding all of it: the client streams a
//! request's bytes and hands a response's bytes over as they arrive; the
//! server hands a handler the request's bytes as a stream bounded by its
//! body limit.

use std::fmt;
use std::pin::Pin;
use std::sync::Mutex;
use std::task::{Context, Poll};

use bytes::Bytes;
use futures_core::Stream;

/// The chunks of a streamed [`Content`].
pub type ContentStream = Pin<Box<dyn Stream<Item = Result<Bytes, ContentError>> + Send>>;

/// A body of bytes and its media type, e.g. a JPEG photo or a file's content.
///
/// `Debug` shows the media type and length, never the bytes.
pub struct Content {
    content_type: String,
    length: Option<u64>,
    source: Source,
}

enum Source {
    Full(Bytes),
    // In a mutex so that a `Content` is `Sync` (a request is borrowed while
    // it is sent) and its stream can be taken once through a shared reference.
    Stream(Mutex<Option<ContentStream>>),
}

impl Content {
    /// `bytes` of media type `content_type`, e.g. `Content::new("image/jpeg", photo)`.
    pub fn new(content_type: impl Into<String>, bytes: impl Into<Bytes>) -> Self {
        let bytes = bytes.into();
        Content {
            content_type: content_type.into(),
            length: Some(bytes.len() as u64),
            source: Source::Full(bytes),
        }
    }

    /// The chunks of `stream`, of media type `content_type`, read as they
    /// are sent: a file of any size is never held whole. Add the length
    /// with [`with_length`](Self::with_length) when it is known (a file's
    /// size), so that it is sent as `Content-Length`.
    ///
    /// A streamed body can be sent once: the client does not retry it.
    pub fn from_stream<S, B, E>(content_type: impl Into<String>, stream: S) -> Self
    where
        S: Stream<Item = Result<B, E>> + Send + 'static,
        B: Into<Bytes>,
        E: fmt::Display,
    {
        let chunks = MapChunks {
            inner: Box::pin(stream),
        };
        Content::from_chunks(content_type.into(), None, Box::pin(chunks))
    }

    /// A stream whose errors are already [`ContentError`]s.
    pub(crate) fn from_chunks(
        content_type: String,
        length: Option<u64>,
        stream: ContentStream,
    ) -> Self {
        Content {
            content_type,
            length,
            source: Source::Stream(Mutex::new(Some(stream))),
        }
    }

    /// The same content, declaring its length in bytes.
    pub fn with_length(mut self, length: u64) -> Self {
        self.length = Some(length);
        self
    }

    /// The media type, e.g. `image/jpeg` or `text/csv; charset=utf-8`.
    pub fn content_type(&self) -> &str {
        &self.content_type
    }

    /// The length in bytes, when known (in memory, or declared).
    pub fn length(&self) -> Option<u64> {
        self.length
    }

    /// Whether the bytes are in memory (so they can be sent again).
    pub fn is_in_memory(&self) -> bool {
        matches!(self.source, Source::Full(_))
    }

    /// The chunks, for reading the content as it arrives.
    pub fn into_stream(self) -> ContentStream {
        match self.source {
            Source::Full(bytes) => Box::pin(Once(Some(bytes))),
            Source::Stream(stream) => stream
                .into_inner()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .unwrap_or_else(|| Box::pin(Once(None))),
        }
    }

    /// The chunks for sending, taken through a shared reference: the bytes
    /// in memory each time, a stream only the first time (`None` after).
    #[cfg(feature = "client-core")]
    pub(crate) fn take_stream(&self) -> Option<ContentStream> {
        match &self.source {
            Source::Full(bytes) => Some(Box::pin(Once(Some(bytes.clone())))),
            Source::Stream(stream) => stream
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .take(),
        }
    }

    /// The bytes in memory, if they are.
    #[cfg(feature = "client-core")]
    pub(crate) fn in_memory(&self) -> Option<&Bytes> {
        match &self.source {
            Source::Full(bytes) => Some(bytes),
            Source::Stream(_) => None,
        }
    }

    /// All of the content, read into memory.
    ///
    /// # Errors
    ///
    /// [`ContentError::TooLarge`] once more than `limit` bytes arrive (and
    /// without reading on), or the error the stream gave.
    pub async fn into_bytes(self, limit: usize) -> Result<Bytes, ContentError> {
        if let Source::Full(bytes) = &self.source {
            if bytes.len() > limit {
                return Err(ContentError::TooLarge {
                    limit: limit as u64,
                });
            }
            return Ok(bytes.clone());
        }
        let mut stream = self.into_stream();
        let mut out = Vec::new();
        while let Some(chunk) = std::future::poll_fn(|cx| stream.as_mut().poll_next(cx)).await {
            let chunk = chunk?;
            if out.len().saturating_add(chunk.len()) > limit {
                return Err(ContentError::TooLarge {
                    limit: limit as u64,
                });
            }
            out.extend_from_slice(&chunk);
        }
        Ok(Bytes::from(out))
    }
}

impl fmt::Debug for Content {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Content")
            .field("content_type", &self.content_type)
            .field("length", &self.length)
            .field("in_memory", &self.is_in_memory())
            .finish()
    }
}

/// Why a body of bytes could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ContentError {
    /// It is longer than the limit that applies (the server's body limit,
    /// or the one given to [`Content::into_bytes`]).
    TooLarge {
        /// The limit in bytes.
        limit: u64,
    },
    /// The peer stopped sending before the body was complete, in time.
    TimedOut,
    /// The stream failed; the reason, without any of the bytes.
    Read(String),
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ContentError::TooLarge { limit } => {
                write!(f, "the content is larger than the limit of {limit} bytes")
            }
            ContentError::TimedOut => f.write_str("the content did not arrive in time"),
            ContentError::Read(reason) => write!(f, "the content could not be read: {reason}"),
        }
    }
}

impl std::error::Error for ContentError {}

/// Whether media type `actual` (a `Content-Type` value) is one that
/// `declared` allows: the same type and subtype (case-insensitively,
/// parameters aside), or any for `*/*`, or any subtype for `image/*`.
pub fn media_type_matches(declared: &str, actual: &str) -> bool {
    let essence = |s: &str| {
        let s = s.split(';').next().unwrap_or("").trim();
        s.split_once('/').map(|(t, sub)| {
            (
                t.trim().to_ascii_lowercase(),
                sub.trim().to_ascii_lowercase(),
            )
        })
    };
    let (Some((dt, ds)), Some((at, asub))) = (essence(declared), essence(actual)) else {
        return false;
    };
    if at.is_empty() || asub.is_empty() || at == "*" || asub == "*" {
        return false;
    }
    (dt == "*" && ds == "*") || (dt == at && (ds == "*" || ds == asub))
}

/// One chunk, then the end.
struct Once(Option<Bytes>);

impl Stream for Once {
    type Item = Result<Bytes, ContentError>;

    fn poll_next(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        Poll::Ready(self.0.take().filter(|b| !b.is_empty()).map(Ok))
    }
}

/// A caller's stream (boxed, so it need not be `Unpin`) with its chunks as
/// `Bytes` and its errors as text.
struct MapChunks<S> {
    inner: Pin<Box<S>>,
}

impl<S, B, E> Stream for MapChunks<S>
where
    S: Stream<Item = Result<B, E>>,
    B: Into<Bytes>,
    E: fmt::Display,
{
    type Item = Result<Bytes, ContentError>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        match std::task::ready!(self.get_mut().inner.as_mut().poll_next(cx)) {
            None => Poll::Ready(None),
            Some(Ok(chunk)) => Poll::Ready(Some(Ok(chunk.into()))),
            Some(Err(e)) => Poll::Ready(Some(Err(ContentError::Read(e.to_string())))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn media_types_match_by_essence_and_range() {
        for (declared, actual, ok) in [
            ("image/jpeg", "image/jpeg", true),
            ("image/jpeg", "IMAGE/JPEG; q=1", true),
            ("image/*", "image/png", true),
            ("*/*", "text/csv; charset=utf-8", true),
            ("image/jpeg", "image/png", false),
            ("image/*", "text/plain", false),
            ("text/plain", "", false),
            ("*/*", "", false),
            ("*/*", "text", false),
            ("image/*", "image/*", false),
        ] {
            assert_eq!(
                media_type_matches(declared, actual),
                ok,
                "{declared} {actual}"
            );
        }
    }
}
