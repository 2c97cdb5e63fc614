//! The search page: the files of this crate's `assets/` folder, embedded in the
//! binary at build time (no CDN, no build step, works offline), served with their
//! content type and a cache header.

use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;

/// `(path, content type, bytes)` of every embedded file.
pub const FILES: &[(&str, &str, &str)] = &[
    (
        "/",
        "text/html; charset=utf-8",
        include_str!("../assets/index.html"),
    ),
    (
        "/assets/app.js",
        "text/javascript; charset=utf-8",
        include_str!("../assets/app.js"),
    ),
    (
        "/assets/app.css",
        "text/css; charset=utf-8",
        include_str!("../assets/app.css"),
    ),
    (
        "/assets/favicon.svg",
        "image/svg+xml",
        include_str!("../assets/favicon.svg"),
    ),
    // Browsers ask for it whatever the page says.
    (
        "/favicon.ico",
        "image/svg+xml",
        include_str!("../assets/favicon.svg"),
    ),
];

/// The routes of the page's files.
pub(crate) fn routes<S: Clone + Send + Sync + 'static>() -> Router<S> {
    let mut router = Router::new();
    for &(path, content_type, body) in FILES {
        router = router.route(path, get(move || async move { file(content_type, body) }));
    }
    router
}

fn file(content_type: &'static str, body: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
            // The files change with the binary: a short cache, revalidated after.
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=300"),
            ),
        ],
        body,
    )
        .into_response()
}
