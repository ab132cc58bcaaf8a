//! Following `@odata.nextLink` from one page of a collection to the next.

use std::marker::PhantomData;

use http::{Method, StatusCode};
use serde::de::DeserializeOwned;

use super::{Client, Error, Response};
use crate::{ApiVersion, Endpoint, HeaderSpec, Page, PathTemplate, Permissions, Request};

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
    const PERMISSIONS: Permissions = Permissions {
        delegated_work: None,
        delegated_personal: None,
        application: None,
        resource: "",
        other_users: &[],
    };
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
        let Some(link) = page.next_link.as_deref() else {
            return Ok(None);
        };
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
                return self.execute(request).await.map(Some);
            }
        }
        Err(Error::UntrustedLink {
            link: link.to_owned(),
        })
    }
}
