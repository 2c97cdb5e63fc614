//! The HTTP side: one or more node URLs, basic auth from the environment, a CA file
//! for TLS, and retries with back-off on what a busy or recovering cluster answers
//! (429, 5xx, a connection refused or reset).
//!
//! ureq (blocking, rustls, no async runtime): nomen's ingest is threads and bounded
//! channels already, and a blocking client keeps a bulk request's back-pressure
//! where it belongs, on the thread that sends it.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use base64::Engine;
use serde_json::Value;
use ureq::tls::{PemItem, RootCerts, TlsConfig};

use crate::Error;

/// Environment variable with the user name for basic auth.
pub const USER_ENV: &str = "NOMEN_OPENSEARCH_USER";
/// Environment variable with the password for basic auth.
pub const PASSWORD_ENV: &str = "NOMEN_OPENSEARCH_PASSWORD";
/// Environment variable with [`ClusterOptions::tries`].
pub const TRIES_ENV: &str = "NOMEN_OPENSEARCH_TRIES";

/// How to reach a cluster.
#[derive(Debug, Clone, Default)]
pub struct ClusterOptions {
    /// Node URLs, comma-separated (`http://127.0.0.1:9200`): requests go to the
    /// first, and to the next when one cannot be reached. A URL's user and password
    /// (`https://user:pass@host:9200`) are taken out and used as basic auth.
    pub url: String,
    /// A PEM file of the CA certificates to trust for `https` (default: the
    /// webpki roots).
    pub ca_file: Option<std::path::PathBuf>,
    /// Basic auth: user and password. Default: from `NOMEN_OPENSEARCH_USER` and
    /// `NOMEN_OPENSEARCH_PASSWORD` ([`ClusterOptions::auth_from_env`]).
    pub auth: Option<(String, String)>,
    /// How many times a request that failed in a way worth retrying is tried in all
    /// (the waits between tries double from 0.25 s to at most 8 s: 8 tries wait 24 s
    /// in all). Default (0): 8, or `NOMEN_OPENSEARCH_TRIES`.
    pub tries: u32,
}

impl ClusterOptions {
    /// `url`, with basic auth from the environment (when the user is set) and the
    /// tries from `NOMEN_OPENSEARCH_TRIES`.
    pub fn new(url: &str) -> ClusterOptions {
        ClusterOptions {
            url: url.to_string(),
            auth: ClusterOptions::auth_from_env(),
            tries: std::env::var(TRIES_ENV)
                .ok()
                .and_then(|t| t.trim().parse().ok())
                .unwrap_or(0),
            ..ClusterOptions::default()
        }
    }

    /// User and password from `NOMEN_OPENSEARCH_USER` and `NOMEN_OPENSEARCH_PASSWORD`.
    pub fn auth_from_env() -> Option<(String, String)> {
        let user = std::env::var(USER_ENV).ok().filter(|u| !u.is_empty())?;
        let password = std::env::var(PASSWORD_ENV).unwrap_or_default();
        Some((user, password))
    }
}

/// An HTTP connection to a cluster. Cheap to clone (shared agent).
#[derive(Clone)]
pub struct Client {
    /// Base URLs without credentials, without a trailing slash.
    urls: Arc<Vec<String>>,
    /// Which URL requests go to now.
    current: Arc<AtomicUsize>,
    agent: ureq::Agent,
    /// `Basic ...`, never printed.
    authorization: Option<Arc<str>>,
    tries: u32,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("urls", &self.urls)
            .field("auth", &self.authorization.is_some())
            .finish_non_exhaustive()
    }
}

/// An answer: the status and the body as JSON (`Null` when empty or not JSON).
#[derive(Debug)]
pub struct Answer {
    /// HTTP status.
    pub status: u16,
    /// The body.
    pub body: Value,
}

impl Client {
    /// A client for `options` (no request is made).
    pub fn new(options: &ClusterOptions) -> Result<Client, Error> {
        let mut authorization = options.auth.clone();
        let mut urls = Vec::new();
        for raw in options
            .url
            .split(',')
            .map(str::trim)
            .filter(|u| !u.is_empty())
        {
            let (url, auth) = split_credentials(raw)?;
            if auth.is_some() && authorization.is_none() {
                authorization = auth;
            }
            urls.push(url);
        }
        if urls.is_empty() {
            return Err(Error::Url {
                url: options.url.clone(),
                reason: "no URL given".into(),
            });
        }
        let mut tls = TlsConfig::builder();
        if let Some(path) = &options.ca_file {
            let pem = std::fs::read(path).map_err(|e| Error::CaFile {
                path: path.clone(),
                reason: e.to_string(),
            })?;
            let certs: Vec<_> = ureq::tls::parse_pem(&pem)
                .filter_map(|item| match item {
                    Ok(PemItem::Certificate(cert)) => Some(cert.to_owned()),
                    _ => None,
                })
                .collect();
            if certs.is_empty() {
                return Err(Error::CaFile {
                    path: path.clone(),
                    reason: "no PEM certificate in it".into(),
                });
            }
            tls = tls.root_certs(RootCerts::Specific(Arc::new(certs)));
        }
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_connect(Some(Duration::from_secs(10)))
            .timeout_global(Some(Duration::from_secs(300)))
            .tls_config(tls.build())
            .build()
            .into();
        let authorization = authorization.map(|(user, password)| {
            let token =
                base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"));
            Arc::from(format!("Basic {token}"))
        });
        Ok(Client {
            urls: Arc::new(urls),
            current: Arc::new(AtomicUsize::new(0)),
            agent,
            authorization,
            tries: if options.tries == 0 { 8 } else { options.tries },
        })
    }

    /// The URL requests go to now (without credentials): for messages.
    pub fn url(&self) -> &str {
        &self.urls[self.current.load(Ordering::Relaxed) % self.urls.len()]
    }

    /// Sends one request, retrying with back-off (0.25 s doubling up to 8 s) on 429,
    /// 502, 503, 504 and when no node can be reached; any other answer is returned
    /// as it is. `what` names the request in errors.
    pub fn send(
        &self,
        method: &str,
        path: &str,
        body: Option<(&str, &[u8])>,
        what: &str,
    ) -> Result<Answer, Error> {
        let mut delay = Duration::from_millis(250);
        let mut last: Option<Error> = None;
        for attempt in 0..self.tries {
            if attempt > 0 {
                std::thread::sleep(delay);
                delay = (delay * 2).min(Duration::from_secs(8));
            }
            match self.send_once(method, path, body, what) {
                Ok(answer) if retry_status(answer.status) => {
                    last = Some(Error::Http {
                        url: self.url().to_string(),
                        what: what.to_string(),
                        status: answer.status,
                        reason: reason_of(&answer.body),
                    });
                }
                Ok(answer) => return Ok(answer),
                Err(err @ Error::Unreachable { .. }) => {
                    // The next node, if there is one.
                    self.current.fetch_add(1, Ordering::Relaxed);
                    last = Some(err);
                }
                Err(err) => return Err(err),
            }
        }
        Err(last.unwrap_or_else(|| Error::Unreachable {
            url: self.url().to_string(),
            what: what.to_string(),
            reason: "no attempt made".into(),
        }))
    }

    /// [`Client::send`], and an error for any status but 2xx.
    pub fn expect_ok(
        &self,
        method: &str,
        path: &str,
        body: Option<(&str, &[u8])>,
        what: &str,
    ) -> Result<Value, Error> {
        let answer = self.send(method, path, body, what)?;
        if (200..300).contains(&answer.status) {
            Ok(answer.body)
        } else {
            Err(Error::Http {
                url: self.url().to_string(),
                what: what.to_string(),
                status: answer.status,
                reason: reason_of(&answer.body),
            })
        }
    }

    /// A JSON body.
    pub fn json(&self, method: &str, path: &str, body: &Value, what: &str) -> Result<Value, Error> {
        let bytes = serde_json::to_vec(body).unwrap_or_default();
        self.expect_ok(method, path, Some(("application/json", &bytes)), what)
    }

    fn send_once(
        &self,
        method: &str,
        path: &str,
        body: Option<(&str, &[u8])>,
        what: &str,
    ) -> Result<Answer, Error> {
        let url = format!("{}{}", self.url(), path);
        let mut request = ureq::http::Request::builder().method(method).uri(&url);
        if let Some(auth) = &self.authorization {
            request = request.header("authorization", auth.as_ref());
        }
        let result = match body {
            Some((content_type, bytes)) => {
                let request = request
                    .header("content-type", content_type)
                    .body(bytes.to_vec())
                    .map_err(|e| Error::Url {
                        url: self.url().to_string(),
                        reason: e.to_string(),
                    })?;
                self.agent.run(request)
            }
            None => {
                let request = request.body(()).map_err(|e| Error::Url {
                    url: self.url().to_string(),
                    reason: e.to_string(),
                })?;
                self.agent.run(request)
            }
        };
        let mut response = result.map_err(|e| match e {
            ureq::Error::Tls(_) | ureq::Error::Rustls(_) => Error::Tls {
                url: self.url().to_string(),
                reason: e.to_string(),
            },
            e => Error::Unreachable {
                url: self.url().to_string(),
                what: what.to_string(),
                reason: e.to_string(),
            },
        })?;
        let status = response.status().as_u16();
        let text = response
            .body_mut()
            .with_config()
            .limit(1 << 30)
            .read_to_string()
            .map_err(|e| Error::Unreachable {
                url: self.url().to_string(),
                what: what.to_string(),
                reason: format!("reading the answer: {e}"),
            })?;
        let body = serde_json::from_str(&text).unwrap_or(Value::Null);
        Ok(Answer { status, body })
    }
}

/// Statuses a request is tried again on: too many requests, and a cluster that is
/// recovering (bad gateway, unavailable, gateway time-out).
pub(crate) fn retry_status(status: u16) -> bool {
    matches!(status, 429 | 502 | 503 | 504)
}

/// The cluster's reason for an error answer: `error.type: error.reason`.
pub(crate) fn reason_of(body: &Value) -> String {
    let error = &body["error"];
    match (error["type"].as_str(), error["reason"].as_str()) {
        (Some(kind), Some(reason)) => format!("{kind}: {reason}"),
        _ => match error.as_str() {
            Some(text) => text.to_string(),
            None if body.is_null() => "no answer body".into(),
            None => body.to_string().chars().take(300).collect(),
        },
    }
}

/// Takes `user:password@` out of a URL: (the URL without it, the credentials).
fn split_credentials(raw: &str) -> Result<(String, Option<(String, String)>), Error> {
    let bad = |reason: &str| Error::Url {
        // Never echo credentials: the URL up to its scheme only.
        url: raw.split("://").next().unwrap_or("").to_string() + "://...",
        reason: reason.to_string(),
    };
    let Some((scheme, rest)) = raw.split_once("://") else {
        return Err(bad("expected http://HOST:PORT or https://HOST:PORT"));
    };
    if scheme != "http" && scheme != "https" {
        return Err(bad("the scheme is http or https"));
    }
    let (authority, path) = match rest.find('/') {
        Some(i) => rest.split_at(i),
        None => (rest, ""),
    };
    let (credentials, host) = match authority.rsplit_once('@') {
        Some((c, h)) => (Some(c), h),
        None => (None, authority),
    };
    if host.is_empty() {
        return Err(bad("no host"));
    }
    let url = format!("{scheme}://{host}{}", path.trim_end_matches('/'));
    let auth = credentials.map(|c| match c.split_once(':') {
        Some((u, p)) => (u.to_string(), p.to_string()),
        None => (c.to_string(), String::new()),
    });
    Ok((url, auth))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credentials_are_taken_out_of_the_url() {
        let (url, auth) = split_credentials("https://ann:s3cret@search.example:9200/").unwrap();
        assert_eq!(url, "https://search.example:9200");
        assert_eq!(auth, Some(("ann".into(), "s3cret".into())));
        let (url, auth) = split_credentials("http://127.0.0.1:9200").unwrap();
        assert_eq!((url.as_str(), auth), ("http://127.0.0.1:9200", None));
        let err = split_credentials("ftp://ann:s3cret@x")
            .unwrap_err()
            .to_string();
        assert!(!err.contains("s3cret"), "{err}");
        assert!(split_credentials("127.0.0.1:9200").is_err());
    }

    #[test]
    fn the_authorization_is_never_shown() {
        let client = Client::new(&ClusterOptions {
            url: "http://ann:s3cret@127.0.0.1:1".into(),
            ..ClusterOptions::default()
        })
        .unwrap();
        let shown = format!("{client:?} {}", client.url());
        assert!(
            !shown.contains("s3cret") && !shown.contains("YW5u"),
            "{shown}"
        );
    }

    #[test]
    fn a_cluster_that_is_down_is_a_clear_error() {
        // Port 1 on loopback: nothing listens there.
        let client = Client::new(&ClusterOptions {
            url: "http://127.0.0.1:1".into(),
            tries: 2,
            ..ClusterOptions::default()
        })
        .unwrap();
        let err = client
            .expect_ok("GET", "/", None, "cluster info")
            .unwrap_err();
        assert!(matches!(err, Error::Unreachable { .. }), "{err}");
        assert!(err.to_string().contains("127.0.0.1:1"), "{err}");
    }
}
