//! The API's handlers: read the parameters, run the library on a blocking thread
//! within the time budget, answer with the CLI's JSON shapes.

use std::cell::Cell;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, RawQuery, Request, State as Shared};
use axum::http::{header, HeaderName, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::Json;
use nomen_index::{Granularity, SearchRequest};
use serde::Serialize;

use crate::error::ApiError;
use crate::params::Params;
use crate::{Backend, State};

/// The OpenAPI document.
pub(crate) const OPENAPI: &str = include_str!("openapi.json");

/// The parameters of a search.
const SEARCH: &[&str] = &[
    "q",
    "entity",
    "entity_id",
    "lang",
    "since",
    "until",
    "limit",
    "offset",
    "facets",
];
const TIMELINE: &[&str] = &[
    "q",
    "entity",
    "entity_id",
    "lang",
    "since",
    "until",
    "granularity",
];
const NETWORK: &[&str] = &["q", "entity", "entity_id", "lang", "since", "until", "size"];
const RESOLVE: &[&str] = &["name", "limit", "kind"];

/// The query parameters each route reads (checked against the OpenAPI document).
#[cfg(test)]
pub(crate) fn query_params(path: &str) -> &'static [&'static str] {
    match path {
        "/api/search" => SEARCH,
        "/api/entities/resolve" => RESOLVE,
        "/api/entities/{id}/timeline" => TIMELINE,
        "/api/entities/{id}/network" => NETWORK,
        _ => &[],
    }
}

/// Runs `work` on a blocking thread once a permit is free, within the time budget
/// (waiting for the permit included). The permit goes with the work: a request
/// answered 503 at the end of its budget holds it until its work stops (a search
/// stops by itself at its deadline, [`nomen_index::SearchRequest::deadline`]), so
/// no more than [`crate::Limits::concurrent`] requests are ever worked on at once.
/// A panic in it is a 500 naming the bug. The time waited and worked go to the
/// `Server-Timing` header ([`server_timing`]).
async fn blocking<T: Send + 'static>(
    state: &Arc<State>,
    work: impl FnOnce(&State) -> Result<T, ApiError> + Send + 'static,
) -> Result<T, ApiError> {
    let budget = state.limits.budget;
    let over = || {
        ApiError::status(
            StatusCode::SERVICE_UNAVAILABLE,
            format!(
                "the request took longer than the time budget of {:.1} s; narrow it down",
                budget.as_secs_f64()
            ),
        )
    };
    let shared = Arc::clone(state);
    let run = async move {
        let queued = Instant::now();
        let permit = Arc::clone(&shared.permits)
            .acquire_owned()
            .await
            .map_err(|_| ApiError::status(StatusCode::SERVICE_UNAVAILABLE, "shutting down"))?;
        let started = Instant::now();
        let worker = Arc::clone(&shared);
        let done = tokio::task::spawn_blocking(move || {
            let _permit = permit;
            work(&worker)
        })
        .await;
        let _ = TIMING.try_with(|t| {
            t.set(Some(Timing {
                wait: started - queued,
                work: started.elapsed(),
            }))
        });
        done.map_err(|e| {
            let what = if e.is_panic() {
                nomen_index::panic_message(e.into_panic().as_ref())
            } else {
                "cancelled".to_string()
            };
            ApiError::status(
                StatusCode::INTERNAL_SERVER_ERROR,
                format!("nomen failed on this request ({what}); this is a bug, please report it"),
            )
        })?
    };
    tokio::time::timeout(budget, run)
        .await
        .map_err(|_| over())?
}

/// How long a request waited for a worker and was worked on.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Timing {
    wait: Duration,
    work: Duration,
}

tokio::task_local! {
    /// The [`Timing`] of the request being answered, set by [`blocking`].
    static TIMING: Cell<Option<Timing>>;
}

/// Middleware: a `Server-Timing` header (`wait`: queued for a worker, `work`:
/// searching, `total`: in the server), read by browsers' developer tools and by
/// `nomen bench load` to tell a slow search from a long queue.
pub(crate) async fn server_timing(request: Request, next: Next) -> Response {
    let arrived = Instant::now();
    let (mut response, timing) = TIMING
        .scope(Cell::new(None), async move {
            let response = next.run(request).await;
            (response, TIMING.with(Cell::get))
        })
        .await;
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let mut value = String::new();
    if let Some(t) = timing {
        value = format!("wait;dur={:.3}, work;dur={:.3}, ", ms(t.wait), ms(t.work));
    }
    value.push_str(&format!("total;dur={:.3}", ms(arrived.elapsed())));
    if let Ok(v) = HeaderValue::from_str(&value) {
        response
            .headers_mut()
            .insert(HeaderName::from_static("server-timing"), v);
    }
    response
}

/// The JSON answer.
fn json<T: Serialize>(value: &T) -> Response {
    Json(value).into_response()
}

/// A path parameter, or a 400 naming it.
fn path_id(path: Result<Path<String>, PathRejection>) -> Result<String, ApiError> {
    path.map(|Path(id)| id)
        .map_err(|e| ApiError::param("id", e.body_text()))
}

/// `GET /api/search`: the `nomen search --json` object.
pub(crate) async fn search(
    Shared(state): Shared<Arc<State>>,
    RawQuery(query): RawQuery,
) -> Result<Response, ApiError> {
    let request = Params::parse(query.as_deref(), SEARCH)?.search_request(&state.limits)?;
    let results = blocking(&state, move |s| match &s.backend {
        Backend::Local(_) => s
            .searcher
            .search(&request)
            .map_err(|e| ApiError::from_index(e, "entity_id")),
        Backend::Cluster(c) => c
            .search(&s.searcher, &request)
            .map_err(|e| ApiError::from_cluster(e, "entity_id")),
    })
    .await?;
    Ok(json(&results))
}

/// `GET /api/entities/resolve`: the `nomen entities resolve --json` list.
pub(crate) async fn resolve(
    Shared(state): Shared<Arc<State>>,
    RawQuery(query): RawQuery,
) -> Result<Response, ApiError> {
    let params = Params::parse(query.as_deref(), RESOLVE)?;
    let name = params
        .get("name")
        .filter(|n| !n.trim().is_empty())
        .ok_or_else(|| ApiError::param("name", "name is required: the name to resolve"))?
        .to_string();
    if name.chars().count() > state.limits.max_query_chars {
        return Err(ApiError::param(
            "name",
            format!(
                "the name is over the limit of {} characters",
                state.limits.max_query_chars
            ),
        ));
    }
    let limit = params.number("limit", 10, state.limits.max_limit)?.max(1);
    let kind = match params.get("kind") {
        None => None,
        Some(k) => Some(
            serde_json::from_value::<nomen_entities::Kind>(serde_json::Value::String(k.into()))
                .map_err(|_| {
                    ApiError::param(
                        "kind",
                        format!("kind={k:?} is not person, organization, place or other"),
                    )
                })?,
        ),
    };
    let candidates = blocking(&state, move |s| {
        let resolver = s.searcher.resolver();
        Ok(match kind {
            None => resolver.resolve(&name, limit),
            Some(kind) => {
                let mut all = resolver.resolve(&name, usize::MAX);
                all.retain(|c| c.kind == kind);
                all.truncate(limit);
                all
            }
        })
    })
    .await?;
    Ok(json(&candidates))
}

/// `GET /api/entities/{id}`: the `nomen entities show --json` object.
pub(crate) async fn entity(
    Shared(state): Shared<Arc<State>>,
    path: Result<Path<String>, PathRejection>,
) -> Result<Response, ApiError> {
    let id = path_id(path)?;
    match state.searcher.gazetteer().get(&id) {
        Some(entity) => Ok(json(entity)),
        None => Err(ApiError::not_found(
            "id",
            format!("unknown entity id {id:?}; /api/entities/resolve?name= finds ids"),
        )),
    }
}

/// The search request of a picture of entity `id`: the other parameters narrow it.
fn picture_request(state: &State, id: String, params: &Params) -> Result<SearchRequest, ApiError> {
    if state.searcher.gazetteer().get(&id).is_none() {
        return Err(ApiError::not_found(
            "id",
            format!("unknown entity id {id:?}"),
        ));
    }
    let mut request = params.search_request(&state.limits)?;
    request.entity_ids.insert(0, id);
    Ok(request)
}

/// `GET /api/entities/{id}/timeline`: the entity's matching articles per day or month.
pub(crate) async fn timeline(
    Shared(state): Shared<Arc<State>>,
    path: Result<Path<String>, PathRejection>,
    RawQuery(query): RawQuery,
) -> Result<Response, ApiError> {
    let id = path_id(path)?;
    let params = Params::parse(query.as_deref(), TIMELINE)?;
    let granularity: Granularity = match params.get("granularity") {
        None => Granularity::Auto,
        Some(g) => g
            .parse()
            .map_err(|e: String| ApiError::param("granularity", format!("granularity={e}")))?,
    };
    let request = picture_request(&state, id, &params)?;
    let timeline = blocking(&state, move |s| match &s.backend {
        Backend::Local(_) => s
            .searcher
            .timeline(&request, granularity)
            .map_err(|e| ApiError::from_index(e, "entity_id")),
        Backend::Cluster(c) => c
            .timeline(&s.searcher, &request, granularity)
            .map_err(|e| ApiError::from_cluster(e, "entity_id")),
    })
    .await?;
    Ok(json(&timeline))
}

/// `GET /api/entities/{id}/network`: the entities most mentioned with it.
pub(crate) async fn network(
    Shared(state): Shared<Arc<State>>,
    path: Result<Path<String>, PathRejection>,
    RawQuery(query): RawQuery,
) -> Result<Response, ApiError> {
    let id = path_id(path)?;
    let params = Params::parse(query.as_deref(), NETWORK)?;
    let size = params.number("size", 12, nomen_index::network::MAX_NODES)?;
    let request = picture_request(&state, id, &params)?;
    let network = blocking(&state, move |s| match &s.backend {
        Backend::Local(_) => s
            .searcher
            .network(&request, size)
            .map_err(|e| ApiError::from_index(e, "entity_id")),
        Backend::Cluster(c) => c
            .network(&s.searcher, &request, size)
            .map_err(|e| ApiError::from_cluster(e, "entity_id")),
    })
    .await?;
    Ok(json(&network))
}

/// `GET /api/documents/{id}`: the article with its mentions.
pub(crate) async fn document(
    Shared(state): Shared<Arc<State>>,
    path: Result<Path<String>, PathRejection>,
) -> Result<Response, ApiError> {
    let id = path_id(path)?;
    let doc = blocking(&state, move |s| {
        let doc = match &s.backend {
            Backend::Local(_) => s
                .searcher
                .document(&id)
                .map_err(|e| ApiError::from_index(e, "id"))?,
            Backend::Cluster(c) => c
                .document(&s.searcher, &id)
                .map_err(|e| ApiError::from_cluster(e, "id"))?,
        };
        doc.ok_or_else(|| ApiError::not_found("id", format!("no article with id {id:?}")))
    })
    .await?;
    Ok(json(&doc))
}

/// `POST /api/tag`: the body (UTF-8 text) in, `nomen tag --json` out.
pub(crate) async fn tag(
    Shared(state): Shared<Arc<State>>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let text = String::from_utf8(body.to_vec()).map_err(|e| {
        let before = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        ApiError::param("body", format!("the text is not UTF-8 (line {line})"))
    })?;
    let tagged = blocking(&state, move |s| {
        let links = s.searcher.linker().link_text(&text);
        Ok(nomen_entities::Tagged::new(
            s.searcher.gazetteer(),
            &links,
            None,
            false,
        ))
    })
    .await?;
    Ok(json(&tagged))
}

/// `GET /api/stats`: the `nomen stats --json` object.
pub(crate) async fn stats(Shared(state): Shared<Arc<State>>) -> Result<Response, ApiError> {
    let stats = blocking(&state, |s| match &s.backend {
        Backend::Local(index) => index
            .stats()
            .map_err(|e| ApiError::status(StatusCode::INTERNAL_SERVER_ERROR, e.to_string())),
        Backend::Cluster(c) => c.stats().map_err(|e| ApiError::from_cluster(e, "")),
    })
    .await?;
    Ok(json(&stats))
}

/// `GET /api/openapi.json`.
pub(crate) async fn openapi() -> Response {
    (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        )],
        OPENAPI,
    )
        .into_response()
}

/// Anything else: a JSON 404.
pub(crate) async fn not_found() -> ApiError {
    ApiError::status(
        StatusCode::NOT_FOUND,
        "no such route (the API is described at /api/openapi.json)",
    )
}

/// Middleware: a query string over the limit is a 414 before any handler reads it.
pub(crate) async fn query_string_limit(
    Shared(state): Shared<Arc<State>>,
    request: Request,
    next: Next,
) -> Response {
    let max = state.limits.max_query_string_bytes;
    if request.uri().query().is_some_and(|q| q.len() > max) {
        let mut error = ApiError::status(
            StatusCode::URI_TOO_LONG,
            format!("the query string is over the limit of {max} bytes"),
        );
        error.param = Some("query".into());
        return error.into_response();
    }
    next.run(request).await
}
