//! `POST /{version}/$batch`: Graph's JSON batching. Each step is dispatched
//! through the same route table as a request of its own, with the batch's
//! `Authorization` header, so a step passes the same token, permission,
//! path-value, body and limit checks its route applies: batching never
//! bypasses what a route enforces. Steps run in an order their `dependsOn`
//! allows; a step whose dependency failed is answered 424 without running.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use axum::body::Body;
use axum::extract::Request;
use axum::response::IntoResponse;
use http::header::{AUTHORIZATION, CONTENT_LENGTH, CONTENT_TYPE};
use http::{HeaderName, HeaderValue, Method, StatusCode, Uri};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::ApiVersion;
use crate::server::body::json_parse::{self, ParseError};
use crate::server::body::read::read_json_bytes;
use crate::server::context::RequestContext;
use crate::server::error::GraphError;
use crate::server::exchange::finish_step;
use crate::server::router::{BoxResponse, Routed, Shared};

/// Graph's limit on the steps of one batch.
pub const MAX_BATCH_STEPS: usize = 20;

/// The version whose batch endpoint `req` calls, if it does.
pub(crate) fn batch_version(req: &Request) -> Option<ApiVersion> {
    if req.method() != Method::POST {
        return None;
    }
    let path = req.uri().path();
    let version = path.strip_prefix('/')?.strip_suffix("/$batch")?;
    ApiVersion::ALL
        .into_iter()
        .find(|v| v.as_str().eq_ignore_ascii_case(version))
}

#[derive(Deserialize)]
struct ReceivedBatch {
    requests: Vec<ReceivedStep>,
}

#[derive(Deserialize)]
struct ReceivedStep {
    id: String,
    method: String,
    url: String,
    #[serde(default)]
    headers: BTreeMap<String, String>,
    #[serde(default)]
    body: Option<Value>,
    #[serde(default, rename = "dependsOn")]
    depends_on: Vec<String>,
}

#[derive(Serialize)]
struct StepResponse {
    id: String,
    status: u16,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    headers: BTreeMap<String, String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    body: Option<Value>,
}

/// Handles a batch request: reads and checks it, then runs its steps.
pub(crate) fn handle(shared: Arc<Shared>, version: ApiVersion, req: Request) -> BoxResponse {
    Box::pin(async move {
        match run(&shared, version, req).await {
            Ok(responses) => {
                let body = serde_json::json!({ "responses": responses });
                let mut response = (StatusCode::OK, body.to_string()).into_response();
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                response
            }
            Err(e) => e.into_response(),
        }
    })
}

async fn run(
    shared: &Shared,
    version: ApiVersion,
    req: Request,
) -> Result<Vec<StepResponse>, GraphError> {
    let (parts, body) = req.into_parts();
    let token = parts.headers.get(AUTHORIZATION).cloned();
    let bytes = read_json_bytes(&parts.headers, body, shared.settings.body_limit).await?;
    let value = json_parse::parse(&bytes).map_err(|e| match e {
        ParseError::Syntax(e) => GraphError::new(
            StatusCode::BAD_REQUEST,
            "RequestBodyRead",
            format!("Invalid JSON in the batch: {e}."),
        ),
        ParseError::Repeated(e) => e.into_graph_error(),
    })?;
    let batch: ReceivedBatch = serde_json::from_value(value)
        .map_err(|e| GraphError::bad_request(format!("Invalid batch request: {e}.")))?;
    let order = order(&batch.requests)?;
    let mut responses = Vec::with_capacity(order.len());
    let mut status: HashMap<&str, u16> = HashMap::new();
    for i in order {
        let step = &batch.requests[i];
        let failed = step.depends_on.iter().find(|d| {
            !status
                .get(d.as_str())
                .is_some_and(|s| (200..300).contains(s))
        });
        let response = match failed {
            Some(dependency) => failed_dependency(step, dependency),
            None => run_step(shared, version, step, token.as_ref()).await,
        };
        status.insert(&step.id, response.status);
        responses.push(response);
    }
    Ok(responses)
}

/// The steps in an order their `dependsOn` allows, input order otherwise;
/// 400 for a batch Graph would refuse: no steps or more than
/// [`MAX_BATCH_STEPS`], an id used twice, a dependency on no step, a loop.
fn order(steps: &[ReceivedStep]) -> Result<Vec<usize>, GraphError> {
    if steps.is_empty() || steps.len() > MAX_BATCH_STEPS {
        return Err(GraphError::bad_request(format!(
            "A batch holds 1 to {MAX_BATCH_STEPS} requests; this one holds {}.",
            steps.len()
        )));
    }
    let mut index: HashMap<&str, usize> = HashMap::new();
    for (i, s) in steps.iter().enumerate() {
        if s.id.is_empty() || index.insert(&s.id, i).is_some() {
            return Err(GraphError::bad_request(format!(
                "Each request of a batch needs an id of its own; '{}' is empty or used twice.",
                s.id
            )));
        }
    }
    let mut waiting: Vec<usize> = vec![0; steps.len()];
    let mut users: Vec<Vec<usize>> = vec![Vec::new(); steps.len()];
    for (i, s) in steps.iter().enumerate() {
        for d in &s.depends_on {
            let Some(&j) = index.get(d.as_str()) else {
                return Err(GraphError::bad_request(format!(
                    "Request '{}' depends on '{d}', which is not in the batch.",
                    s.id
                )));
            };
            waiting[i] += 1;
            users[j].push(i);
        }
    }
    // Kahn's algorithm, taking the earliest ready step each time.
    let mut ready: std::collections::BTreeSet<usize> =
        (0..steps.len()).filter(|&i| waiting[i] == 0).collect();
    let mut out = Vec::with_capacity(steps.len());
    while let Some(i) = ready.pop_first() {
        out.push(i);
        for &u in &users[i] {
            waiting[u] -= 1;
            if waiting[u] == 0 {
                ready.insert(u);
            }
        }
    }
    if out.len() < steps.len() {
        return Err(GraphError::bad_request(
            "The dependsOn of the batch's requests form a loop.",
        ));
    }
    Ok(out)
}

fn failed_dependency(step: &ReceivedStep, dependency: &str) -> StepResponse {
    let error = GraphError::new(
        StatusCode::FAILED_DEPENDENCY,
        "FailedDependency",
        format!("The request it depends on ('{dependency}') failed."),
    );
    error_response(step, &error)
}

fn error_response(step: &ReceivedStep, error: &GraphError) -> StepResponse {
    let ctx = RequestContext::from_headers(&http::HeaderMap::new());
    StepResponse {
        id: step.id.clone(),
        status: error.status().as_u16(),
        headers: BTreeMap::from([("Content-Type".to_owned(), "application/json".to_owned())]),
        body: serde_json::from_str(&error.body(&ctx)).ok(),
    }
}

/// One step as a request of its own through the route table.
async fn run_step(
    shared: &Shared,
    version: ApiVersion,
    step: &ReceivedStep,
    token: Option<&HeaderValue>,
) -> StepResponse {
    let request = match step_request(version, step, token) {
        Ok(request) => request,
        Err(e) => return error_response(step, &e),
    };
    let ctx = Arc::new(RequestContext::from_headers(request.headers()));
    let response = match shared.table.dispatch(request, &shared.settings, &ctx) {
        Routed::Answered(response) => response,
        Routed::Pending(pending) => pending.await,
    };
    let mut response = response;
    finish_step(&mut response, &ctx);
    let status = response.status().as_u16();
    let mut headers = BTreeMap::new();
    for (name, value) in response.headers() {
        if name == CONTENT_LENGTH {
            continue;
        }
        if let Ok(v) = value.to_str() {
            headers.insert(name.as_str().to_owned(), v.to_owned());
        }
    }
    let bytes = axum::body::to_bytes(
        response.into_body(),
        shared.settings.body_limit.max(1 << 20),
    )
    .await
    .unwrap_or_default();
    let body = if bytes.is_empty() {
        None
    } else {
        serde_json::from_slice(&bytes)
            .ok()
            .or_else(|| Some(Value::String(String::from_utf8_lossy(&bytes).into_owned())))
    };
    StepResponse {
        id: step.id.clone(),
        status,
        headers,
        body,
    }
}

/// The step as an HTTP request under `/{version}`: its method, URL (relative
/// to the version root), headers and JSON body, with the batch's token.
fn step_request(
    version: ApiVersion,
    step: &ReceivedStep,
    token: Option<&HeaderValue>,
) -> Result<Request, GraphError> {
    let method = Method::from_bytes(step.method.as_bytes()).map_err(|_| {
        GraphError::bad_request(format!("'{}' is not an HTTP method.", step.method))
    })?;
    let url = step.url.trim();
    if url.contains("://") || url.starts_with("//") {
        return Err(GraphError::bad_request(
            "A batch request's url is relative to the version root, e.g. '/me/messages'.",
        ));
    }
    let url = url.strip_prefix('/').unwrap_or(url);
    let uri: Uri = format!("/{}/{url}", version.as_str())
        .parse()
        .map_err(|_| GraphError::bad_request(format!("'{}' is not a valid url.", step.url)))?;
    if uri
        .path()
        .eq_ignore_ascii_case(&format!("/{}/$batch", version.as_str()))
    {
        return Err(GraphError::bad_request(
            "A batch cannot hold another batch.",
        ));
    }
    let body = match &step.body {
        Some(body) => body.to_string().into_bytes(),
        None => Vec::new(),
    };
    let mut request = Request::builder().method(method).uri(uri);
    for (name, value) in &step.headers {
        let (Ok(name), Ok(value)) = (
            HeaderName::try_from(name.as_str()),
            HeaderValue::try_from(value.as_str()),
        ) else {
            return Err(GraphError::bad_request(format!(
                "Invalid header '{name}' in a batch request."
            )));
        };
        // The batch's own token authenticates every step, as Graph does.
        if name != AUTHORIZATION && name != CONTENT_LENGTH {
            request = request.header(name, value);
        }
    }
    if let Some(token) = token {
        request = request.header(AUTHORIZATION, token.clone());
    }
    if step.body.is_some()
        && !step
            .headers
            .keys()
            .any(|k| k.eq_ignore_ascii_case("content-type"))
    {
        request = request.header(CONTENT_TYPE, "application/json");
    }
    request = request.header(CONTENT_LENGTH, body.len());
    request
        .body(Body::from(body))
        .map_err(|e| GraphError::bad_request(format!("Invalid batch request: {e}.")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn steps(deps: &[(&str, &[&str])]) -> Vec<ReceivedStep> {
        deps.iter()
            .map(|(id, on)| ReceivedStep {
                id: (*id).to_owned(),
                method: "GET".into(),
                url: "/me".into(),
                headers: BTreeMap::new(),
                body: None,
                depends_on: on.iter().map(|s| (*s).to_owned()).collect(),
            })
            .collect()
    }

    #[test]
    fn steps_run_after_what_they_depend_on() {
        let s = steps(&[("1", &["3"]), ("2", &[]), ("3", &["2"])]);
        assert_eq!(order(&s).unwrap(), [1, 2, 0]);
    }

    #[test]
    fn batches_graph_refuses_are_400() {
        for bad in [
            steps(&[]),
            steps(&[("1", &["2"]), ("2", &["1"])]),
            steps(&[("1", &[]), ("1", &[])]),
            steps(&[("1", &["9"])]),
        ] {
            assert_eq!(order(&bad).unwrap_err().status(), StatusCode::BAD_REQUEST);
        }
        let many: Vec<(&str, &[&str])> = (0..21).map(|_| ("x", &[][..])).collect();
        let mut many = steps(&many);
        for (i, s) in many.iter_mut().enumerate() {
            s.id = i.to_string();
        }
        assert!(order(&many).is_err(), "21 steps");
    }
}
