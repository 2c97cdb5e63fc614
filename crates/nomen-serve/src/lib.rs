//! `nomen serve`: a read-only HTTP API and a search page over a nomen index.
//!
//! The HTTP layer is thin, like the CLI: each handler reads its parameters
//! ([`params`]), runs a function of `nomen-index` or `nomen-entities` on a blocking
//! thread within the time budget, and serialises the very types the CLI prints with
//! `--json` (`SearchResults`, resolver `Candidate`s, `Entity`, `Tagged`, `Stats`,
//! `Document`, `Timeline`, `Network`). The routes are listed once (`api_routes`),
//! and a test checks that the OpenAPI document served at `/api/openapi.json`
//! describes exactly them.
//!
//! * Read-only: the index is opened without its writer lock and searched with
//!   [`nomen_index::NomenIndex::serving_searcher`], which follows the commits of a
//!   `nomen index` running beside it and writes nothing into the index directory.
//! * Or an index of a search cluster ([`Config::cluster`]): the same routes and JSON,
//!   each answer from the cluster (`nomen_opensearch`), the entities resolved and the
//!   mentions found with the gazetteer the cluster's index records.
//! * Limits ([`Limits`]): request body, query-string and query-text length, `limit`,
//!   `offset`, entities per search, a time budget per request and a bound on the
//!   requests worked on at once. A bad parameter is a 400 whose JSON names it
//!   ([`error`]).
//! * The page (`/`): HTML, CSS and JS files of this crate's `assets/`, embedded at
//!   build time ([`assets`]), served with a Content-Security-Policy that allows no
//!   inline script and nothing from elsewhere.
//!
//! # Example
//!
//! ```no_run
//! let config = nomen_serve::Config::new("nomen-index");
//! nomen_serve::run(&config, "127.0.0.1:7700".parse()?, |addr| println!("on {addr}"))?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod api;
pub mod assets;
pub mod error;
pub mod params;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use axum::http::{header, HeaderValue};
use axum::routing::MethodRouter;
use axum::Router;
use nomen_index::{NomenIndex, Searcher};
use nomen_opensearch::{ClusterIndex, ClusterOptions};
use tokio::sync::Semaphore;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::set_header::SetResponseHeaderLayer;

/// What a server serves, and within which limits.
#[derive(Debug, Clone)]
pub struct Config {
    /// The index directory (unused when `cluster` is set).
    pub index: PathBuf,
    /// An index of a search cluster to serve instead of the directory.
    pub cluster: Option<ClusterSource>,
    /// The limits.
    pub limits: Limits,
}

impl Config {
    /// The index in `dir` with the default [`Limits`].
    pub fn new(dir: impl Into<PathBuf>) -> Config {
        Config {
            index: dir.into(),
            cluster: None,
            limits: Limits::default(),
        }
    }

    /// Index `name` of the cluster `options` reach, with the default [`Limits`].
    pub fn cluster(options: ClusterOptions, name: impl Into<String>) -> Config {
        Config {
            index: PathBuf::new(),
            cluster: Some(ClusterSource {
                options,
                name: name.into(),
            }),
            limits: Limits::default(),
        }
    }
}

/// An index kept by an OpenSearch (or Elasticsearch) cluster.
#[derive(Clone)]
pub struct ClusterSource {
    /// How to reach the cluster (its credentials are never shown).
    pub options: ClusterOptions,
    /// The index name.
    pub name: String,
}

impl std::fmt::Debug for ClusterSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClusterSource")
            .field("url", &self.options.url)
            .field("name", &self.name)
            .finish_non_exhaustive()
    }
}

/// The bounds of what one request may ask.
#[derive(Debug, Clone)]
pub struct Limits {
    /// The largest request body (`POST /api/tag`), in bytes. Default: 1 MiB.
    pub max_body_bytes: usize,
    /// The longest query string, in bytes. Default: 8 KiB.
    pub max_query_string_bytes: usize,
    /// The longest search text `q` or name to resolve, in characters. Default: 1,000.
    pub max_query_chars: usize,
    /// The largest `limit` (hits per page, facet and network size). Default: 100.
    pub max_limit: usize,
    /// The largest `offset`. Default: 10,000.
    pub max_offset: usize,
    /// The most entities in one search. Default: 10.
    pub max_entities: usize,
    /// The time a request may take before it is answered 503. Default: 10 s.
    pub budget: Duration,
    /// Requests searched at once; the others wait (within their budget). Default:
    /// twice the available cores.
    pub concurrent: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        Limits {
            max_body_bytes: 1 << 20,
            max_query_string_bytes: 8 << 10,
            max_query_chars: 1_000,
            max_limit: 100,
            max_offset: 10_000,
            max_entities: 10,
            budget: Duration::from_secs(10),
            concurrent: 2 * cores,
        }
    }
}

/// A server's failure to start or to run.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The index could not be opened.
    #[error(transparent)]
    Index(#[from] nomen_index::Error),
    /// The cluster's index could not be opened.
    #[error(transparent)]
    Cluster(#[from] nomen_opensearch::Error),
    /// The address could not be bound, or serving failed.
    #[error("{addr}: {source}")]
    Io {
        /// The address.
        addr: SocketAddr,
        /// What went wrong.
        source: std::io::Error,
    },
}

/// Where the articles are.
pub(crate) enum Backend {
    /// An index directory.
    Local(NomenIndex),
    /// An index of a search cluster.
    Cluster(ClusterIndex),
}

/// What every handler shares.
pub(crate) struct State {
    pub backend: Backend,
    /// The local index's searcher, or one for the cluster's recorded gazetteer.
    pub searcher: Searcher,
    pub limits: Limits,
    pub permits: Arc<Semaphore>,
}

/// The API's routes: path, method and handler. The router is built from this list,
/// and the OpenAPI document is checked against it.
pub(crate) fn api_routes() -> Vec<(&'static str, &'static str, MethodRouter<Arc<State>>)> {
    use axum::routing::{get, post};
    vec![
        ("/api/search", "get", get(api::search)),
        ("/api/entities/resolve", "get", get(api::resolve)),
        ("/api/entities/{id}", "get", get(api::entity)),
        ("/api/entities/{id}/timeline", "get", get(api::timeline)),
        ("/api/entities/{id}/network", "get", get(api::network)),
        ("/api/documents/{id}", "get", get(api::document)),
        ("/api/tag", "post", post(api::tag)),
        ("/api/stats", "get", get(api::stats)),
        ("/api/openapi.json", "get", get(api::openapi)),
    ]
}

/// Opens the index in `config` for serving.
fn open(config: &Config) -> Result<Arc<State>, Error> {
    let (backend, searcher) = match &config.cluster {
        None => {
            let index = NomenIndex::open(&config.index)?;
            let searcher = index.serving_searcher()?;
            (Backend::Local(index), searcher)
        }
        Some(source) => {
            let index = ClusterIndex::open(&source.options, &source.name)?;
            let searcher = index.searcher()?;
            (Backend::Cluster(index), searcher)
        }
    };
    Ok(Arc::new(State {
        backend,
        searcher,
        permits: Arc::new(Semaphore::new(config.limits.concurrent.max(1))),
        limits: config.limits.clone(),
    }))
}

/// The whole application: the API, the page, the limits.
fn app(state: Arc<State>) -> Router {
    let mut router = Router::new();
    for (path, _, handler) in api_routes() {
        router = router.route(path, handler);
    }
    let csp = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; \
               connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    router
        .merge(assets::routes())
        .fallback(api::not_found)
        .layer(axum::middleware::from_fn_with_state(
            Arc::clone(&state),
            api::query_string_limit,
        ))
        .layer(RequestBodyLimitLayer::new(state.limits.max_body_bytes))
        .layer(axum::middleware::from_fn(error::json_errors))
        .layer(axum::middleware::from_fn(api::server_timing))
        .layer(SetResponseHeaderLayer::overriding(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(csp),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .with_state(state)
}

/// Serves `config` on `addr` until the process is interrupted (Ctrl-C) or
/// terminated; `on_bound` is told the address bound (the port chosen for port 0).
pub fn run(
    config: &Config,
    addr: SocketAddr,
    on_bound: impl FnOnce(SocketAddr),
) -> Result<(), Error> {
    let state = open(config)?;
    let io = |source| Error::Io { addr, source };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(io)?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(addr).await.map_err(io)?;
        let bound = listener.local_addr().map_err(io)?;
        on_bound(bound);
        // The first entity typed in the page should not wait for these.
        let warm = Arc::clone(&state);
        tokio::task::spawn_blocking(move || {
            warm.searcher.resolver();
            warm.searcher.linker();
        });
        axum::serve(listener, app(state))
            .with_graceful_shutdown(shutdown())
            .await
            .map_err(io)
    })
}

/// Resolves on Ctrl-C or SIGTERM.
async fn shutdown() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {}
        () = terminate => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every route of the router is in the OpenAPI document with its method, and the
    /// document has no other.
    #[test]
    fn the_openapi_document_describes_exactly_the_routes() {
        let doc: serde_json::Value = serde_json::from_str(api::OPENAPI).unwrap();
        let mut documented: Vec<(String, String)> = Vec::new();
        for (path, item) in doc["paths"].as_object().unwrap() {
            for method in item.as_object().unwrap().keys() {
                if method != "parameters" {
                    documented.push((path.clone(), method.clone()));
                }
            }
        }
        documented.sort();
        let mut routed: Vec<(String, String)> = api_routes()
            .into_iter()
            .map(|(p, m, _)| (p.to_string(), m.to_string()))
            .collect();
        routed.sort();
        assert_eq!(documented, routed);
        // Each documented query parameter is one the handler reads.
        for (path, item) in doc["paths"].as_object().unwrap() {
            for (method, op) in item.as_object().unwrap() {
                let names: Vec<&str> = op["parameters"]
                    .as_array()
                    .map(|ps| {
                        ps.iter()
                            .filter(|p| p["in"] == "query")
                            .map(|p| p["name"].as_str().unwrap())
                            .collect()
                    })
                    .unwrap_or_default();
                let mut names = names;
                names.sort_unstable();
                let mut taken: Vec<&str> = api::query_params(path).to_vec();
                taken.sort_unstable();
                assert_eq!(names, taken, "{method} {path}");
            }
        }
    }
}
