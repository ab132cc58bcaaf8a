//! Types that generated request and response bodies use.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize};

/// The value of a body that is not there: `()` for an endpoint without one,
/// `None` for one the spec lets be left out; an error for a body type that
/// needs content. One rule for the client's and the server's side.
#[cfg(any(feature = "client-core", feature = "server"))]
pub(crate) fn absent_body<T: serde::de::DeserializeOwned>() -> Result<T, serde::de::value::Error> {
    T::deserialize(serde::de::value::UnitDeserializer::new())
}

/// A Graph `DateTimeOffset`: an ISO 8601 timestamp such as `2024-05-01T10:00:00Z`
/// or `2024-05-01T10:00:00.1234567+02:00`, kept as Graph sent it.
///
/// Deserializing checks the shape, so a malformed value in a request body is
/// a 400, not a surprise later.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct DateTimeOffset(String);

impl DateTimeOffset {
    /// Checks the shape `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`.
    pub fn parse(value: &str) -> Result<Self, InvalidDateTime> {
        if is_date_time(value) {
            Ok(DateTimeOffset(value.to_owned()))
        } else {
            Err(InvalidDateTime(value.to_owned()))
        }
    }

    /// The timestamp as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for DateTimeOffset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for DateTimeOffset {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        DateTimeOffset::parse(&s).map_err(serde::de::Error::custom)
    }
}

/// A string that is not an ISO 8601 date-time with offset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidDateTime(pub String);

impl fmt::Display for InvalidDateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "`{}` is not an ISO 8601 date-time such as 2024-05-01T10:00:00Z",
            self.0
        )
    }
}

impl std::error::Error for InvalidDateTime {}

fn is_date_time(s: &str) -> bool {
    let b = s.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    let at = |i: usize, c: u8| b.get(i) == Some(&c);
    if !(digits(0..4)
        && at(4, b'-')
        && digits(5..7)
        && at(7, b'-')
        && digits(8..10)
        && at(10, b'T'))
        || !(digits(11..13) && at(13, b':') && digits(14..16) && at(16, b':') && digits(17..19))
    {
        return false;
    }
    let mut i = 19;
    if at(i, b'.') {
        i += 1;
        let start = i;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        if i == start {
            return false;
        }
    }
    match b.get(i) {
        Some(b'Z') => i + 1 == b.len(),
        Some(b'+' | b'-') => {
            digits(i + 1..i + 3) && at(i + 3, b':') && digits(i + 4..i + 6) && i + 6 == b.len()
        }
        _ => false,
    }
}

/// One page of a Graph collection: `{"value": [...], "@odata.nextLink": "..."}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Page<T> {
    /// The items on this page.
    pub value: Vec<T>,
    /// The URL of the next page, absent on the last page.
    #[serde(
        rename = "@odata.nextLink",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub next_link: Option<String>,
    /// On the last page of a delta query: where the next round resumes.
    #[serde(
        rename = "@odata.deltaLink",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub delta_link: Option<DeltaLink>,
    /// `@odata.count`: how many items the whole collection holds, when the
    /// request asked for it (`$count=true`).
    #[serde(
        rename = "@odata.count",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub count: Option<i64>,
}

impl<T> Default for Page<T> {
    fn default() -> Self {
        Page {
            value: Vec::new(),
            next_link: None,
            delta_link: None,
            count: None,
        }
    }
}

/// Where a delta query resumes: the `@odata.deltaLink` of its last page.
///
/// It serializes as the URL, so an app can store it and resume after a
/// restart (`Client::delta_from`). The link carries a delta token that lets
/// whoever holds it read the changes, so `Debug` shows only its path.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct DeltaLink(String);

impl DeltaLink {
    /// A stored link.
    pub fn new(url: impl Into<String>) -> Self {
        DeltaLink(url.into())
    }

    /// The URL.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for DeltaLink {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = self.0.split(['?', '#']).next().unwrap_or("");
        write!(f, "DeltaLink({path}?..)")
    }
}

/// An entry of a delta page: an item added or changed since the last round,
/// or one removed, which Graph sends as only its id and `@removed`:
/// `{"id": "AAMk..", "@removed": {"reason": "deleted"}}`.
///
/// The body of a spec's `delta = "<model>"` response is a
/// `Page<DeltaItem<Model>>`; `Client::delta` turns its pages into
/// `Delta` events.
#[derive(Debug, Clone, PartialEq)]
pub enum DeltaItem<T> {
    /// An added or changed item.
    Changed(T),
    /// A removed item (deleted, or moved out of what the query tracks).
    Removed {
        /// The item's id.
        id: String,
        /// `@removed.reason`: `deleted` or `changed`.
        reason: Option<String>,
    },
}

impl<T: Serialize> Serialize for DeltaItem<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        match self {
            DeltaItem::Changed(item) => item.serialize(serializer),
            DeltaItem::Removed { id, reason } => {
                let mut map = serializer.serialize_map(Some(2))?;
                map.serialize_entry("id", id)?;
                let removed: std::collections::BTreeMap<&str, &str> =
                    reason.iter().map(|r| ("reason", r.as_str())).collect();
                map.serialize_entry("@removed", &removed)?;
                map.end()
            }
        }
    }
}

impl<'de, T: serde::de::DeserializeOwned> Deserialize<'de> for DeltaItem<T> {
    /// An entry with `@removed` is [`DeltaItem::Removed`] (its `id` a string),
    /// any other a `T`.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        let value = serde_json::Value::deserialize(deserializer)?;
        match value.get("@removed") {
            Some(removed) => Ok(DeltaItem::Removed {
                id: value
                    .get("id")
                    .and_then(serde_json::Value::as_str)
                    .ok_or_else(|| D::Error::custom("a removed item without a string `id`"))?
                    .to_owned(),
                reason: removed
                    .get("reason")
                    .and_then(serde_json::Value::as_str)
                    .map(str::to_owned),
            }),
            None => serde_json::from_value(value)
                .map(DeltaItem::Changed)
                .map_err(D::Error::custom),
        }
    }
}

/// A request body that breaks one of the endpoint's documented rules,
/// e.g. both `comment` and `message.body` given to `reply`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BodyError {
    /// What is wrong, naming the fields.
    pub message: String,
}

impl fmt::Display for BodyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for BodyError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delta_items_are_items_or_removed_ids() {
        #[derive(Debug, PartialEq, Serialize, Deserialize)]
        struct Item {
            id: String,
            subject: Option<String>,
        }
        let page: Page<DeltaItem<Item>> = serde_json::from_str(
            r#"{"value": [{"id": "a", "subject": "hi"}, {"id": "b", "@removed": {"reason": "deleted"}}],
                "@odata.deltaLink": "https://graph.microsoft.com/v1.0/me/mailFolders/inbox/messages/delta?$deltatoken=x"}"#,
        )
        .unwrap();
        assert_eq!(
            page.value,
            [
                DeltaItem::Changed(Item {
                    id: "a".into(),
                    subject: Some("hi".into())
                }),
                DeltaItem::Removed {
                    id: "b".into(),
                    reason: Some("deleted".into())
                },
            ]
        );
        let json = serde_json::to_value(&page.value).unwrap();
        assert_eq!(
            json[1],
            serde_json::json!({"id": "b", "@removed": {"reason": "deleted"}})
        );
        assert_eq!(json[0]["subject"], "hi");
        assert!(serde_json::from_str::<DeltaItem<Item>>(r#"{"@removed": {}}"#).is_err());
    }

    #[test]
    fn date_time_shapes() {
        for ok in [
            "2024-05-01T10:00:00Z",
            "2024-05-01T10:00:00.1234567Z",
            "2024-05-01T10:00:00+02:00",
            "2024-05-01T10:00:00.5-08:00",
        ] {
            assert!(DateTimeOffset::parse(ok).is_ok(), "{ok}");
        }
        for bad in [
            "",
            "2024-05-01",
            "2024-05-01T10:00:00",
            "2024-05-01 10:00:00Z",
            "2024-05-01T10:00:00.Z",
            "2024-05-01T10:00:00Zx",
            "2024-05-01T10:00:00+0200",
            "２０２４-05-01T10:00:00Z",
        ] {
            assert!(DateTimeOffset::parse(bad).is_err(), "{bad}");
        }
    }
}
