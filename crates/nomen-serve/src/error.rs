//! The API's errors: a status and a JSON body `{"error": {"status", "param",
//! "message"}}` naming the parameter at fault, for every failure, including those
//! the framework answers itself (an unknown route, a wrong method, a body over the
//! limit: [`json_errors`] rewrites them).

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

/// An API error: what the client gets back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    /// The HTTP status.
    pub status: StatusCode,
    /// The query or path parameter at fault, if one is.
    pub param: Option<String>,
    /// What is wrong, in one sentence.
    pub message: String,
}

#[derive(Serialize)]
struct Envelope<'a> {
    error: Inner<'a>,
}

#[derive(Serialize)]
struct Inner<'a> {
    status: u16,
    param: Option<&'a str>,
    message: &'a str,
}

impl ApiError {
    /// A 400 about parameter `param`.
    pub fn param(param: &str, message: impl Into<String>) -> ApiError {
        ApiError {
            status: StatusCode::BAD_REQUEST,
            param: Some(param.to_string()),
            message: message.into(),
        }
    }

    /// A 404 about `param` (an unknown entity or document id).
    pub fn not_found(param: &str, message: impl Into<String>) -> ApiError {
        ApiError {
            status: StatusCode::NOT_FOUND,
            param: Some(param.to_string()),
            message: message.into(),
        }
    }

    /// An error with no parameter at fault.
    pub fn status(status: StatusCode, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            param: None,
            message: message.into(),
        }
    }

    /// The error of the index's search functions, `param` naming the parameter an
    /// unknown entity id came from.
    pub fn from_index(err: nomen_index::Error, id_param: &str) -> ApiError {
        use nomen_index::Error as E;
        match err {
            E::Query { .. } => ApiError::param("q", err.to_string()),
            E::Entity(e) => {
                let hint = match e {
                    nomen_entities::ResolveError::Ambiguous { .. } => " (the id goes to entity_id)",
                    nomen_entities::ResolveError::NotFound { .. } => "",
                };
                ApiError::param("entity", format!("{e}{hint}"))
            }
            // The index's own messages name the CLI's flags; the API's name its
            // parameters.
            E::UnknownEntityId { id } => {
                let message = format!("{id:?}: no such entity in the index's gazetteer");
                if id_param == "id" {
                    ApiError::not_found("id", message)
                } else {
                    ApiError::param(id_param, format!("{id_param} {message}"))
                }
            }
            E::Date { what, value } => {
                let param = what.trim_start_matches('-');
                let message = E::Date { what: param, value }.to_string();
                ApiError::param(param, message)
            }
            E::Option(message) => ApiError::param("granularity", message),
            E::OverBudget => ApiError::status(
                StatusCode::SERVICE_UNAVAILABLE,
                "the request took longer than the time budget; narrow it down",
            ),
            other => ApiError::status(StatusCode::INTERNAL_SERVER_ERROR, other.to_string()),
        }
    }

    /// The answer to an error of a cluster: nomen's own errors as
    /// [`ApiError::from_index`]; the cluster down, refusing or answering oddly a 502
    /// (its message names the node, never the credentials).
    pub fn from_cluster(err: nomen_opensearch::Error, id_param: &str) -> ApiError {
        match err {
            nomen_opensearch::Error::Nomen(e) => ApiError::from_index(e, id_param),
            other => ApiError::status(StatusCode::BAD_GATEWAY, other.to_string()),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = Envelope {
            error: Inner {
                status: self.status.as_u16(),
                param: self.param.as_deref(),
                message: &self.message,
            },
        };
        let json = serde_json::to_vec(&body).unwrap_or_default();
        (
            self.status,
            [(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            )],
            json,
        )
            .into_response()
    }
}

/// Middleware: an error response that is not JSON already (the framework's own 404,
/// 405, 413, a path it could not decode) becomes one, its text as the message.
pub async fn json_errors(
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let response = next.run(request).await;
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return response;
    }
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    if is_json {
        return response;
    }
    let text = match axum::body::to_bytes(response.into_body(), 64 * 1024).await {
        Ok(bytes) => String::from_utf8_lossy(&bytes).trim().to_string(),
        Err(_) => String::new(),
    };
    let message = match status {
        StatusCode::NOT_FOUND => {
            "no such route (the API is described at /api/openapi.json)".to_string()
        }
        StatusCode::METHOD_NOT_ALLOWED => {
            "this route does not take that method (see /api/openapi.json)".to_string()
        }
        StatusCode::PAYLOAD_TOO_LARGE => "the request body is over the limit".to_string(),
        _ if text.is_empty() => status.canonical_reason().unwrap_or("error").to_string(),
        _ => text,
    };
    let mut error = ApiError::status(status, message);
    if status == StatusCode::PAYLOAD_TOO_LARGE {
        error.param = Some("body".into());
    }
    error.into_response()
}
