//! Graph's JSON batching from the client: generated requests gathered into
//! a [`Batch`], each keeping its endpoint's type, sent as `POST /$batch` in
//! groups of at most 20 (per API version), and each step's answer decoded
//! to its own response type or its own error. A step that Graph throttled
//! (429, 503, 504) is sent again in a later batch after its own
//! `Retry-After`, as the client's [`RetryPolicy`](super::RetryPolicy) allows.

use std::collections::{BTreeMap, HashSet};
use std::marker::PhantomData;

use http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::client::error::{Error, ErrorResponse};
use crate::client::handle::Client;
use crate::client::response::Response;
use crate::client::retry;
use crate::{ApiVersion, Endpoint, HeaderSpec, PathTemplate, Permissions, Request};

/// Graph's limit on the requests of one batch.
pub const MAX_BATCH_REQUESTS: usize = 20;

/// Requests to send together; [`Client::batch`] sends them.
#[derive(Debug, Default)]
pub struct Batch {
    steps: Vec<QueuedStep>,
}

#[derive(Debug, Clone)]
struct QueuedStep {
    version: ApiVersion,
    method: Method,
    url: String,
    headers: BTreeMap<String, String>,
    body: Option<Value>,
    /// Indexes of earlier steps it runs after.
    depends_on: Vec<usize>,
}

/// A step of a [`Batch`], typed by its endpoint: what [`BatchResponses::get`]
/// decodes its answer with.
pub struct StepId<E> {
    index: usize,
    endpoint: PhantomData<fn() -> E>,
}

impl<E> Clone for StepId<E> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<E> Copy for StepId<E> {}

impl<E> std::fmt::Debug for StepId<E> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "StepId({})", self.index)
    }
}

impl<E> StepId<E> {
    /// The step's id in the batch (`"1"`, `"2"`, ...).
    pub fn id(&self) -> String {
        (self.index + 1).to_string()
    }
}

impl Batch {
    /// An empty batch.
    pub fn new() -> Self {
        Batch::default()
    }

    /// Adds a request; its body is checked against the endpoint's rules now.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidBody`] as [`Client::execute`] would report it.
    pub fn add<E>(&mut self, request: Request<E>) -> Result<StepId<E>, Error>
    where
        E: Endpoint,
        E::RequestBody: Serialize,
    {
        E::validate_body(request.body()).map_err(Error::InvalidBody)?;
        let mut headers: BTreeMap<String, String> = request
            .headers()
            .iter()
            .map(|(n, v)| ((*n).to_owned(), v.clone()))
            .collect();
        let body = if E::HAS_REQUEST_BODY {
            let value = serde_json::to_value(request.body()).map_err(|e| {
                Error::InvalidBody(crate::BodyError {
                    message: format!("the body does not serialize to JSON: {e}"),
                })
            })?;
            (!value.is_null()).then(|| {
                headers.insert("Content-Type".to_owned(), "application/json".to_owned());
                value
            })
        } else {
            None
        };
        self.steps.push(QueuedStep {
            version: request.version(),
            method: E::METHOD,
            url: request.path_and_query(),
            headers,
            body,
            depends_on: Vec::new(),
        });
        Ok(StepId {
            index: self.steps.len() - 1,
            endpoint: PhantomData,
        })
    }

    /// Runs `step` only after `on` succeeded (Graph's `dependsOn`); `on`
    /// must have been added before `step` (else nothing changes).
    pub fn depends_on<A, B>(&mut self, step: StepId<A>, on: StepId<B>) {
        if on.index < step.index
            && let Some(s) = self.steps.get_mut(step.index)
            && !s.depends_on.contains(&on.index)
        {
            s.depends_on.push(on.index);
        }
    }

    /// How many requests the batch holds.
    pub fn len(&self) -> usize {
        self.steps.len()
    }

    /// Whether the batch holds none.
    pub fn is_empty(&self) -> bool {
        self.steps.is_empty()
    }
}

/// Each step's answer, by [`StepId`].
#[derive(Debug)]
pub struct BatchResponses {
    answers: Vec<Answer>,
}

#[derive(Debug, Clone)]
struct Answer {
    status: StatusCode,
    headers: HeaderMap,
    body: Option<Value>,
    attempts: u32,
}

impl BatchResponses {
    /// The step's answer as its endpoint's response, or its error: Graph's
    /// error for a non-2xx status (424 when a step it depended on failed).
    ///
    /// # Errors
    ///
    /// [`Error::Graph`] for an error status, [`Error::InvalidResponse`] when
    /// the body does not fit the endpoint's response type.
    pub fn get<E>(&self, step: StepId<E>) -> Result<Response<E::ResponseBody>, Error>
    where
        E: Endpoint,
        E::ResponseBody: DeserializeOwned,
    {
        let Some(answer) = self.answers.get(step.index) else {
            return Err(Error::InvalidConfig {
                reason: format!("step {} is not part of this batch", step.id()),
            });
        };
        let bytes = answer
            .body
            .as_ref()
            .map(|b| match b {
                Value::String(s) => s.clone().into_bytes(),
                other => other.to_string().into_bytes(),
            })
            .unwrap_or_default();
        if !answer.status.is_success() {
            return Err(Error::Graph(Box::new(ErrorResponse::from_response(
                answer.status,
                &answer.headers,
                &bytes,
            ))));
        }
        let body = if E::HAS_RESPONSE_BODY {
            serde_json::from_slice(&bytes).map_err(|e| Error::InvalidResponse {
                status: answer.status,
                reason: e.to_string(),
                body: String::from_utf8_lossy(&bytes).into_owned(),
            })?
        } else {
            crate::payload::absent_body().map_err(|e| Error::InvalidResponse {
                status: answer.status,
                reason: e.to_string(),
                body: String::new(),
            })?
        };
        Ok(Response {
            status: answer.status,
            headers: answer.headers.clone(),
            body,
            client_request_id: String::new(),
            attempts: answer.attempts,
        })
    }
}

/// The `$batch` endpoint itself.
struct BatchEndpoint;

#[derive(Serialize)]
struct OutgoingBatch {
    requests: Vec<WireStep>,
}

#[derive(Serialize)]
struct WireStep {
    id: String,
    method: String,
    url: String,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    headers: BTreeMap<String, String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    body: Option<Value>,
    #[serde(rename = "dependsOn", skip_serializing_if = "Vec::is_empty")]
    depends_on: Vec<String>,
}

#[derive(Deserialize)]
struct BatchAnswer {
    responses: Vec<WireAnswer>,
}

#[derive(Deserialize)]
struct WireAnswer {
    id: String,
    status: u16,
    #[serde(default)]
    headers: BTreeMap<String, String>,
    #[serde(default)]
    body: Option<Value>,
}

static BATCH_PATH: PathTemplate = PathTemplate {
    variant: "batch",
    template: "/$batch",
    docs_template: "/$batch",
    user_param: "user_id",
    parts: &[crate::path::PathPart::Text("/$batch")],
    query: &[],
};

impl Endpoint for BatchEndpoint {
    type RequestBody = OutgoingBatch;
    type ResponseBody = BatchAnswer;
    const NAME: &'static str = "JSON batch";
    const METHOD: Method = Method::POST;
    const PATHS: &'static [PathTemplate] = &[BATCH_PATH];
    const VERSIONS: &'static [ApiVersion] = &ApiVersion::ALL;
    const SUCCESS_STATUS: StatusCode = StatusCode::OK;
    const HEADERS: &'static [HeaderSpec] =
        &[HeaderSpec::AUTHORIZATION, HeaderSpec::CONTENT_TYPE_JSON];
    const HAS_REQUEST_BODY: bool = true;
    const HAS_RESPONSE_BODY: bool = true;
    // Each step is authorised by its own route.
    const PERMISSIONS: Permissions = Permissions::NONE;
    const DOCS_URL: &'static str = "https://learn.microsoft.com/graph/json-batching";
}

/// Whether a step's status is worth sending again later.
fn throttled(status: StatusCode) -> bool {
    matches!(status.as_u16(), 429 | 503 | 504)
}

impl Client {
    /// Sends `batch`: its steps of each API version in batches of at most
    /// [`MAX_BATCH_REQUESTS`], a step after those it depends on (in the
    /// same batch, or an earlier one that succeeded; after a failed one it
    /// is answered 424 without being sent). Throttled steps are sent again
    /// after their `Retry-After`, as the retry policy allows.
    ///
    /// # Errors
    ///
    /// An error of a `$batch` request itself (as [`Client::execute`]); a
    /// step's own error is in its answer ([`BatchResponses::get`]).
    pub async fn batch(&self, batch: Batch) -> Result<BatchResponses, Error> {
        let steps = batch.steps;
        let mut answers: Vec<Option<Answer>> = vec![None; steps.len()];
        let mut attempts: Vec<u32> = vec![0; steps.len()];
        let mut pending: Vec<usize> = (0..steps.len()).collect();
        let mut round = 1;
        while !pending.is_empty() {
            let mut retry_after = None;
            for version in ApiVersion::ALL {
                let mine: Vec<usize> = pending
                    .iter()
                    .copied()
                    .filter(|&i| steps[i].version == version)
                    .collect();
                for chunk in mine.chunks(MAX_BATCH_REQUESTS) {
                    self.send_chunk(&steps, chunk, version, &mut answers, &mut attempts)
                        .await?;
                }
            }
            // Throttled steps (and those that failed only because one was) go again.
            let again: Vec<usize> = pending
                .iter()
                .copied()
                .filter(|&i| {
                    answers[i].as_ref().is_some_and(|a| {
                        throttled(a.status)
                            || (a.status == StatusCode::FAILED_DEPENDENCY
                                && steps[i].depends_on.iter().any(|&d| {
                                    answers[d].as_ref().is_some_and(|a| throttled(a.status))
                                }))
                    })
                })
                .collect();
            for &i in &again {
                let after = answers[i]
                    .as_ref()
                    .and_then(|a| retry::retry_after(&a.headers, std::time::SystemTime::now()));
                retry_after = retry_after.max(after);
            }
            let Some(delay) = (!again.is_empty())
                .then(|| self.retry.delay(round, retry_after))
                .flatten()
            else {
                break;
            };
            tokio::time::sleep(delay).await;
            for &i in &again {
                answers[i] = None;
            }
            pending = again;
            round += 1;
        }
        let answers = answers
            .into_iter()
            .map(|a| {
                a.unwrap_or(Answer {
                    status: StatusCode::FAILED_DEPENDENCY,
                    headers: HeaderMap::new(),
                    body: None,
                    attempts: 0,
                })
            })
            .collect();
        Ok(BatchResponses { answers })
    }

    /// Sends the steps `chunk` (of one version) as one `$batch`.
    async fn send_chunk(
        &self,
        steps: &[QueuedStep],
        chunk: &[usize],
        version: ApiVersion,
        answers: &mut [Option<Answer>],
        attempts: &mut [u32],
    ) -> Result<(), Error> {
        let in_chunk: HashSet<usize> = chunk.iter().copied().collect();
        let mut wire = Vec::with_capacity(chunk.len());
        for &i in chunk {
            let step = &steps[i];
            // A dependency answered already (an earlier batch): a failure
            // means this step is not sent; a success needs no `dependsOn`.
            let failed = step.depends_on.iter().find(|&&d| {
                !in_chunk.contains(&d)
                    && !answers[d].as_ref().is_some_and(|a| a.status.is_success())
            });
            if let Some(&d) = failed {
                answers[i] = Some(Answer {
                    status: StatusCode::FAILED_DEPENDENCY,
                    headers: HeaderMap::new(),
                    body: Some(serde_json::json!({"error": {
                        "code": "FailedDependency",
                        "message": format!("The request it depends on ({}) failed.", d + 1),
                    }})),
                    attempts: attempts[i],
                });
                continue;
            }
            attempts[i] += 1;
            wire.push(WireStep {
                id: (i + 1).to_string(),
                method: step.method.to_string(),
                url: step.url.clone(),
                headers: step.headers.clone(),
                body: step.body.clone(),
                depends_on: step
                    .depends_on
                    .iter()
                    .filter(|d| in_chunk.contains(d))
                    .map(|d| (d + 1).to_string())
                    .collect(),
            });
        }
        if wire.is_empty() {
            return Ok(());
        }
        let request = Request::<BatchEndpoint>::__new(
            &BATCH_PATH,
            "/$batch".to_owned(),
            version,
            OutgoingBatch { requests: wire },
        );
        let answer = self.execute(request).await?.body;
        for a in answer.responses {
            let Some(i) = a.id.parse::<usize>().ok().and_then(|n| n.checked_sub(1)) else {
                continue;
            };
            if !in_chunk.contains(&i) {
                continue;
            }
            let mut headers = HeaderMap::new();
            for (name, value) in &a.headers {
                if let (Ok(n), Ok(v)) = (
                    HeaderName::try_from(name.as_str()),
                    HeaderValue::try_from(value.as_str()),
                ) {
                    headers.append(n, v);
                }
            }
            answers[i] = Some(Answer {
                status: StatusCode::from_u16(a.status).unwrap_or(StatusCode::BAD_GATEWAY),
                headers,
                body: a.body,
                attempts: attempts[i],
            });
        }
        Ok(())
    }
}
