//! Following `@odata.nextLink` from one page of a collection to the next,
//! as single steps or as a stream of pages or items, and delta queries that
//! end with the `@odata.deltaLink` an app stores to resume from.

use std::marker::PhantomData;

use futures_util::Stream;
use futures_util::stream;
use http::{Method, StatusCode};
use serde::de::DeserializeOwned;

use super::{Client, Error, Response};
use crate::{
    ApiVersion, DeltaLink, Endpoint, HeaderSpec, Page, PathTemplate, Permissions, Request,
};

/// The next page of a collection, addressed by the link Graph returned.
struct NextPage<T>(PhantomData<fn() -> T>);

impl<T> Endpoint for NextPage<T> {
    type RequestBody = ();
    type ResponseBody = Page<T>;
    const NAME: &'static str = "next page";
    const METHOD: Method = Method::GET;
    const PATHS: &'static [PathTemplate] = &[NEXT_LINK];
    const VERSIONS: &'static [ApiVersion] = &ApiVersion::ALL;
    const SUCCESS_STATUS: StatusCode = StatusCode::OK;
    const HEADERS: &'static [HeaderSpec] = &[];
    const HAS_REQUEST_BODY: bool = false;
    const HAS_RESPONSE_BODY: bool = true;
    // Whatever listed the first page authorised the rest.
    const PERMISSIONS: Permissions = Permissions::NONE;
    const DOCS_URL: &'static str = "https://learn.microsoft.com/graph/paging";
}

static NEXT_LINK: PathTemplate = PathTemplate {
    variant: "next_page",
    template: "",
    docs_template: "@odata.nextLink",
    user_param: "user_id",
    parts: &[],
    query: &[],
};

impl Client {
    /// Fetches the page after `page` by its `@odata.nextLink`, or `Ok(None)`
    /// on the last page.
    ///
    /// The token is only ever sent to this client's base URLs: a link that
    /// points elsewhere is [`Error::UntrustedLink`] and nothing is sent.
    ///
    /// # Errors
    ///
    /// As [`Client::execute`], and [`Error::UntrustedLink`].
    pub async fn next_page<T: DeserializeOwned>(
        &self,
        page: &Page<T>,
    ) -> Result<Option<Response<Page<T>>>, Error> {
        match page.next_link.as_deref() {
            Some(link) => self.follow(link).await.map(Some),
            None => Ok(None),
        }
    }

    /// GETs a link Graph returned (`@odata.nextLink`, `@odata.deltaLink`),
    /// only when it lies under one of this client's base URLs.
    async fn follow<T: DeserializeOwned>(&self, link: &str) -> Result<Response<Page<T>>, Error> {
        for version in ApiVersion::ALL {
            let base = self.base_url(version);
            let base = base.trim_end_matches('/');
            // The rest must start a new path segment or the query: `/v1.0x/..` is not under `/v1.0`.
            if let Some(rest) = link
                .strip_prefix(base)
                .filter(|rest| rest.starts_with(['/', '?']))
            {
                let request =
                    Request::<NextPage<T>>::__new(&NEXT_LINK, rest.to_owned(), version, ());
                return self.execute(request).await;
            }
        }
        Err(Error::UntrustedLink {
            link: link.to_owned(),
        })
    }

    /// Every page of a collection, from `first` on, each fetched when the
    /// stream is polled for it (so stopping early fetches no more). The
    /// stream ends after the last page or the first error.
    pub fn pages<E, T>(&self, first: Request<E>) -> impl Stream<Item = Result<Page<T>, Error>> + '_
    where
        E: Endpoint<ResponseBody = Page<T>> + 'static,
        E::RequestBody: serde::Serialize,
        T: DeserializeOwned + 'static,
    {
        self.pages_from(Start::Request(first))
    }

    /// Every item of a collection, page after page, at most `max_items`
    /// of them (no page past the one holding the last is fetched).
    pub fn items<E, T>(
        &self,
        first: Request<E>,
        max_items: Option<usize>,
    ) -> impl Stream<Item = Result<T, Error>> + '_
    where
        E: Endpoint<ResponseBody = Page<T>> + 'static,
        E::RequestBody: serde::Serialize,
        T: DeserializeOwned + 'static,
    {
        flatten(self.pages(first), max_items)
    }

    /// A delta query: every change from `first` (a generated `delta`
    /// request) on, then, as the last event, the link the next round
    /// resumes from. Store it ([`DeltaLink`] serializes as its URL) and pass
    /// it to [`delta_from`](Self::delta_from) later.
    pub fn delta<E>(
        &self,
        first: Request<E>,
    ) -> impl Stream<Item = Result<Delta<E::Item>, Error>> + '_
    where
        E: crate::DeltaQuery + 'static,
        E::Item: DeserializeOwned + 'static,
    {
        // Read as JSON values first: a removed item (`@removed`) is not a `T`.
        let mut extras = crate::__private::Extras::default();
        for (name, value) in first.headers() {
            extras.set_header(name, value.clone());
        }
        let raw = Request::<NextPage<serde_json::Value>>::__new(
            &NEXT_LINK,
            first.path_and_query(),
            first.version(),
            (),
        )
        .__with_extras(extras);
        delta_events(self.pages_from(Start::Request(raw)))
    }

    /// The changes since a stored delta link, then the next link. The link
    /// must lie under this client's base URLs ([`Error::UntrustedLink`]).
    pub fn delta_from<T>(
        &self,
        link: &DeltaLink,
    ) -> impl Stream<Item = Result<Delta<T>, Error>> + '_
    where
        T: DeserializeOwned + 'static,
    {
        delta_events(self.pages_from(Start::<NextPage<serde_json::Value>>::Link(
            link.as_str().to_owned(),
        )))
    }

    fn pages_from<E, T>(&self, start: Start<E>) -> impl Stream<Item = Result<Page<T>, Error>> + '_
    where
        E: Endpoint<ResponseBody = Page<T>> + 'static,
        E::RequestBody: serde::Serialize,
        T: DeserializeOwned + 'static,
    {
        stream::unfold(Some(start), move |state| async move {
            let response = match state? {
                Start::Request(request) => self.execute(request).await,
                Start::Link(link) => self.follow(&link).await,
            };
            match response {
                Ok(response) => {
                    let page = response.body;
                    let next = page.next_link.clone().map(Start::Link);
                    Some((Ok(page), next))
                }
                Err(e) => Some((Err(e), None)),
            }
        })
    }
}

/// Where a page stream starts.
enum Start<E: Endpoint> {
    Request(Request<E>),
    Link(String),
}

/// One event of a delta query.
#[derive(Debug, Clone, PartialEq)]
pub enum Delta<T> {
    /// An added or changed item.
    Item(T),
    /// An item deleted (or moved out of what the query tracks): Graph sends
    /// only its id and `@removed`.
    Removed {
        /// The item's id.
        id: String,
        /// `@removed.reason`: `deleted` or `changed` (moved out of scope).
        reason: Option<String>,
    },
    /// The end of this round: where the next one resumes.
    Done(DeltaLink),
}

impl<T: DeserializeOwned> Delta<T> {
    /// An item of a delta page: removed when it carries `@removed`, else a `T`.
    fn of(value: serde_json::Value) -> Result<Self, Error> {
        if let Some(removed) = value.get("@removed") {
            return Ok(Delta::Removed {
                id: value
                    .get("id")
                    .and_then(|v| v.as_str())
                    .unwrap_or_default()
                    .to_owned(),
                reason: removed
                    .get("reason")
                    .and_then(|r| r.as_str())
                    .map(str::to_owned),
            });
        }
        serde_json::from_value(value.clone())
            .map(Delta::Item)
            .map_err(|e| Error::InvalidResponse {
                status: StatusCode::OK,
                reason: e.to_string(),
                body: value.to_string(),
            })
    }
}

/// The items of `pages`, at most `max` of them.
fn flatten<T>(
    pages: impl Stream<Item = Result<Page<T>, Error>>,
    max: Option<usize>,
) -> impl Stream<Item = Result<T, Error>> {
    use futures_util::StreamExt;
    let items = pages.flat_map(|page| {
        let items: Vec<Result<T, Error>> = match page {
            Ok(page) => page.value.into_iter().map(Ok).collect(),
            Err(e) => vec![Err(e)],
        };
        stream::iter(items)
    });
    items.take(max.unwrap_or(usize::MAX))
}

/// The items of a delta query's pages, then its delta link.
fn delta_events<T: DeserializeOwned>(
    pages: impl Stream<Item = Result<Page<serde_json::Value>, Error>>,
) -> impl Stream<Item = Result<Delta<T>, Error>> {
    use futures_util::StreamExt;
    pages.flat_map(|page| {
        let events: Vec<Result<Delta<T>, Error>> = match page {
            Ok(page) => {
                let link = page.delta_link.map(|l| Ok(Delta::Done(l)));
                page.value.into_iter().map(Delta::of).chain(link).collect()
            }
            Err(e) => vec![Err(e)],
        };
        stream::iter(events)
    })
}
