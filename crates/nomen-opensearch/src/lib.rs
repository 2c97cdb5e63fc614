//! nomen on an OpenSearch (or Elasticsearch) cluster: nomen reads, folds, links and
//! resolves; the cluster stores, shards, replicates and answers.
//!
//! * [`ClusterIndex::create_or_open`]: an index of the cluster, created with nomen's
//!   mapping ([`mapping`]) and a record of the gazetteer and nomen version it is built
//!   with (the index `NAME-nomen-meta`), as a local index records them.
//! * [`ClusterIndex::ingest`]: nomen-index's own ingest pipeline (reading, folding,
//!   linking, rejected records, resume) with a sink that sends the documents with the
//!   `_bulk` API ([`bulk`]): the original fields, the folded and exact views as
//!   pre-analysed text, entity ids as keywords, the mentions.
//! * [`ClusterIndex::search`]: nomen parses and folds the query and resolves the
//!   entities with the recorded gazetteer, the cluster runs it ([`query`]), and nomen
//!   makes the hits, snippets and facets: the [`SearchResults`] of a local search.
//! * [`ClusterIndex::stats`]: the [`Stats`] of a local index.
//! * [`ClusterIndex::timeline`], [`ClusterIndex::network`], [`ClusterIndex::document`]:
//!   `nomen serve`'s pictures and document view, counted by the cluster's
//!   aggregations.
//!
//! The cluster needs no plugin: nomen's fields are split at whitespace and nothing
//! else. Errors ([`Error`]) name the node URL and what was asked; credentials are
//! never shown.

pub mod bulk;
mod client;
pub mod mapping;
mod pictures;
pub mod query;
mod stats;

use std::path::PathBuf;
use std::sync::Arc;

use nomen_entities::Gazetteer;
use nomen_index::meta::{GazetteerInfo, Progress};
use nomen_index::{
    Document, Granularity, IngestObserver, IngestOptions, Input, Network, SearchRequest,
    SearchResults, Searcher, Stats, Summary, Timeline,
};
use serde_json::{json, Value};

pub use client::{Client, ClusterOptions, PASSWORD_ENV, TRIES_ENV, USER_ENV};

/// The index name used when none is given.
pub const DEFAULT_INDEX: &str = "nomen";

/// What went wrong talking to a cluster.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A URL that cannot be used.
    #[error("--opensearch {url}: {reason}")]
    Url {
        /// The URL (without credentials).
        url: String,
        /// What is wrong.
        reason: String,
    },
    /// The CA file cannot be used.
    #[error("--os-ca-file {}: {reason}", path.display())]
    CaFile {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        reason: String,
    },
    /// No node answered (after the retries).
    #[error("cluster {url}: {what}: no answer ({reason}); is the cluster up?")]
    Unreachable {
        /// The node URL tried last.
        url: String,
        /// What was asked.
        what: String,
        /// The connection error.
        reason: String,
    },
    /// TLS failed (a certificate not trusted: see `--os-ca-file`).
    #[error("cluster {url}: TLS: {reason} (--os-ca-file names the CA to trust)")]
    Tls {
        /// The node URL.
        url: String,
        /// The TLS error.
        reason: String,
    },
    /// The cluster answered with an error.
    #[error("cluster {url}: {what}: HTTP {status}: {reason}")]
    Http {
        /// The node URL.
        url: String,
        /// What was asked.
        what: String,
        /// The status.
        status: u16,
        /// The cluster's reason.
        reason: String,
    },
    /// The index does not exist.
    #[error("cluster {url}: no index {index:?}; build one with `nomen index --opensearch`")]
    NoIndex {
        /// The node URL.
        url: String,
        /// The index name.
        index: String,
    },
    /// The index exists but nomen did not make it.
    #[error(
        "cluster {url}: index {index:?} exists and is not a nomen index (no record in \
         {index}-nomen-meta); refusing to write into it"
    )]
    NotNomen {
        /// The node URL.
        url: String,
        /// The index name.
        index: String,
    },
    /// An answer nomen cannot read.
    #[error("cluster {url}: {what}: unexpected answer: {reason}")]
    Answer {
        /// The node URL.
        url: String,
        /// What was asked.
        what: String,
        /// What is wrong.
        reason: String,
    },
    /// nomen's own error (a query, an entity, the gazetteer, the inputs).
    #[error(transparent)]
    Nomen(#[from] nomen_index::Error),
}

/// What a cluster index records of how it was built, in `NAME-nomen-meta`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ClusterMeta {
    /// nomen's index format ([`nomen_index::meta::FORMAT`]).
    pub format: u32,
    /// The nomen version that created the index.
    pub nomen_version: String,
    /// The gazetteer it is built with.
    pub gazetteer: GazetteerInfo,
}

/// How to create an index (ignored when it exists).
#[derive(Debug, Clone, Copy)]
pub struct CreateOptions {
    /// Primary shards. Default: 1.
    pub shards: u32,
    /// Replicas of each shard. Default: 0 on a one-node cluster, else 1.
    pub replicas: Option<u32>,
}

impl Default for CreateOptions {
    fn default() -> Self {
        CreateOptions {
            shards: 1,
            replicas: None,
        }
    }
}

/// A nomen index kept by a cluster.
pub struct ClusterIndex {
    client: Client,
    name: String,
    meta: ClusterMeta,
    gazetteer: Arc<Gazetteer>,
}

impl std::fmt::Debug for ClusterIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClusterIndex")
            .field("url", &self.client.url())
            .field("name", &self.name)
            .field("meta", &self.meta)
            .finish_non_exhaustive()
    }
}

/// The id of the meta record in `NAME-nomen-meta`.
const META_ID: &str = "meta";

impl ClusterIndex {
    /// The name of the index holding what `index` records.
    pub fn meta_index(index: &str) -> String {
        format!("{index}-nomen-meta")
    }

    /// Opens index `name` for searching, with the gazetteer it records.
    pub fn open(options: &ClusterOptions, name: &str) -> Result<ClusterIndex, Error> {
        let client = Client::new(options)?;
        check_name(&client, name)?;
        match read_meta(&client, name)? {
            Some((meta, gazetteer)) => Ok(ClusterIndex {
                client,
                name: name.to_string(),
                meta,
                gazetteer: Arc::new(gazetteer),
            }),
            None => Err(Error::NoIndex {
                url: client.url().to_string(),
                index: name.to_string(),
            }),
        }
    }

    /// Opens index `name` for indexing, creating it (with nomen's mapping and
    /// `create`'s shards and replicas) if needed. `gazetteer`: as for
    /// [`nomen_index::NomenIndex::create_or_open`] (`None`: the recorded one, or the
    /// built-in one for a new index; `Some`: must be the recorded one).
    pub fn create_or_open(
        options: &ClusterOptions,
        name: &str,
        gazetteer: Option<Arc<Gazetteer>>,
        create: CreateOptions,
    ) -> Result<ClusterIndex, Error> {
        let client = Client::new(options)?;
        check_name(&client, name)?;
        if let Some((meta, recorded)) = read_meta(&client, name)? {
            if let Some(given) = &gazetteer {
                if given.fingerprint() != meta.gazetteer.fingerprint {
                    return Err(nomen_index::Error::GazetteerMismatch {
                        dir: PathBuf::from(format!("{}/{name}", client.url())),
                        recorded: meta.gazetteer.fingerprint.clone(),
                        recorded_sources: meta.gazetteer.sources.join(", "),
                        given: given.fingerprint(),
                        given_sources: given.sources().join(", "),
                    }
                    .into());
                }
            }
            // Killed between the record and the index: make the index now.
            if !exists(&client, name)? {
                create_index(&client, name, create)?;
            }
            return Ok(ClusterIndex {
                client,
                name: name.to_string(),
                meta,
                gazetteer: Arc::new(recorded),
            });
        }
        if exists(&client, name)? {
            return Err(Error::NotNomen {
                url: client.url().to_string(),
                index: name.to_string(),
            });
        }
        let gazetteer = gazetteer.unwrap_or_else(|| Arc::new(Gazetteer::builtin()));
        let jsonl = gazetteer.to_jsonl();
        let meta = ClusterMeta {
            format: nomen_index::meta::FORMAT,
            nomen_version: env!("CARGO_PKG_VERSION").to_string(),
            gazetteer: GazetteerInfo::of(&gazetteer),
        };
        // The record first: an index without one would be refused as foreign.
        let meta_index = ClusterIndex::meta_index(name);
        if !exists(&client, &meta_index)? {
            let settings = json!({
                "settings": {"number_of_shards": 1, "auto_expand_replicas": "0-1"},
                "mappings": {"dynamic": false, "properties": {}},
            });
            match client.json(
                "PUT",
                &format!("/{meta_index}"),
                &settings,
                "create the meta index",
            ) {
                Ok(_) => {}
                // Another `nomen index` made it meanwhile.
                Err(Error::Http {
                    status: 400,
                    reason,
                    ..
                }) if reason.contains("resource_already_exists") => {}
                Err(e) => return Err(e),
            }
        }
        let record = json!({"meta": meta, "gazetteer_jsonl": jsonl});
        client.json(
            "PUT",
            &format!("/{meta_index}/_doc/{META_ID}?refresh=true"),
            &record,
            "record the gazetteer",
        )?;
        create_index(&client, name, create)?;
        Ok(ClusterIndex {
            client,
            name: name.to_string(),
            meta,
            gazetteer,
        })
    }

    /// The index name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The node URL requests go to (without credentials).
    pub fn url(&self) -> &str {
        self.client.url()
    }

    /// What the index records.
    pub fn meta(&self) -> &ClusterMeta {
        &self.meta
    }

    /// The gazetteer the index was built with.
    pub fn gazetteer(&self) -> &Arc<Gazetteer> {
        &self.gazetteer
    }

    /// The HTTP client.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// Indexes `inputs` into the cluster: the ingest of a local index (see
    /// [`nomen_index::NomenIndex::ingest`]), with documents sent by `_bulk`
    /// ([`bulk`]), at most `in_flight` requests at a time. A commit waits until
    /// every document sent is acknowledged, then records the progress in the meta
    /// index (one record per set of inputs, so several `nomen index` processes over
    /// different inputs resume each their own); at the end the index is refreshed.
    pub fn ingest(
        &self,
        inputs: &[Input],
        options: &IngestOptions,
        in_flight: usize,
        observer: &mut dyn IngestObserver,
    ) -> Result<Summary, Error> {
        let progress_id = bulk::progress_id(inputs);
        let progress = if options.resume {
            self.read_progress(&progress_id)?
        } else {
            Progress::default()
        };
        let linker = match nomen_index::linker_cache::user_cache_dir() {
            Some(dir) => nomen_index::linker_cache::shared_linker(&self.gazetteer, &dir),
            None => nomen_entities::Linker::new(Arc::clone(&self.gazetteer)),
        };
        let mut sink = bulk::BulkSink::new(
            self.client.clone(),
            self.name.clone(),
            ClusterIndex::meta_index(&self.name),
            progress_id,
            in_flight.max(1),
        );
        let summary = nomen_index::ingest_into(
            linker,
            bulk::ClusterTarget,
            &mut sink,
            inputs,
            options,
            progress,
            observer,
        )
        .map_err(|e| match e {
            nomen_index::Error::Sink(inner) => match inner.downcast::<Error>() {
                Ok(err) => *err,
                Err(other) => Error::Nomen(nomen_index::Error::Sink(other)),
            },
            e => Error::Nomen(e),
        })?;
        self.client.expect_ok(
            "POST",
            &format!("/{}/_refresh", self.name),
            None,
            "refresh the index",
        )?;
        Ok(summary)
    }

    fn read_progress(&self, id: &str) -> Result<Progress, Error> {
        let meta_index = ClusterIndex::meta_index(&self.name);
        let answer = self.client.send(
            "GET",
            &format!("/{meta_index}/_doc/{id}"),
            None,
            "read the progress",
        )?;
        match answer.status {
            404 => Ok(Progress::default()),
            200..=299 => Ok(Progress::from_payload(
                answer.body["_source"]["payload"].as_str(),
            )),
            status => Err(Error::Http {
                url: self.client.url().to_string(),
                what: "read the progress".into(),
                status,
                reason: client::reason_of(&answer.body),
            }),
        }
    }

    /// A searcher for this index's gazetteer (reuse it for many queries).
    pub fn searcher(&self) -> Result<Searcher, Error> {
        Ok(Searcher::for_cluster(Arc::clone(&self.gazetteer))?)
    }

    /// Runs `request` with `searcher` (from [`ClusterIndex::searcher`]).
    pub fn search(
        &self,
        searcher: &Searcher,
        request: &SearchRequest,
    ) -> Result<SearchResults, Error> {
        query::search(self, searcher, request)
    }

    /// What the index holds.
    pub fn stats(&self) -> Result<Stats, Error> {
        stats::stats(self)
    }

    /// The timeline of the matches of `request`, counted by the cluster (see
    /// [`Searcher::timeline`]: the same [`Timeline`]).
    pub fn timeline(
        &self,
        searcher: &Searcher,
        request: &SearchRequest,
        granularity: Granularity,
    ) -> Result<Timeline, Error> {
        pictures::timeline(self, searcher, request, granularity)
    }

    /// The co-mention network of the matches of `request`, counted by the cluster
    /// (see [`Searcher::network`]: the same [`Network`]).
    pub fn network(
        &self,
        searcher: &Searcher,
        request: &SearchRequest,
        size: usize,
    ) -> Result<Network, Error> {
        pictures::network(self, searcher, request, size)
    }

    /// The article `id` with its mentions (see [`Searcher::document`]).
    pub fn document(&self, searcher: &Searcher, id: &str) -> Result<Option<Document>, Error> {
        pictures::document(self, searcher, id)
    }
}

/// Refuses a name the cluster would refuse, with nomen's words.
fn check_name(client: &Client, name: &str) -> Result<(), Error> {
    let bad = name.is_empty()
        || name.starts_with(['-', '_', '+', '.'])
        || name
            .chars()
            .any(|c| c.is_uppercase() || " \\/*?\"<>|,#:".contains(c))
        || name.len() > 200;
    if bad {
        return Err(Error::Url {
            url: client.url().to_string(),
            reason: format!(
                "--os-index {name:?}: an index name is lowercase, without spaces or \\/*?\"<>|,#:, \
                 and does not start with -, _, + or ."
            ),
        });
    }
    Ok(())
}

/// Whether index `name` exists.
fn exists(client: &Client, name: &str) -> Result<bool, Error> {
    let answer = client.send("HEAD", &format!("/{name}"), None, "look up the index")?;
    match answer.status {
        200 => Ok(true),
        404 => Ok(false),
        status => Err(Error::Http {
            url: client.url().to_string(),
            what: format!("look up index {name:?}"),
            status,
            reason: client::reason_of(&answer.body),
        }),
    }
}

/// Creates index `name` with nomen's mapping.
fn create_index(client: &Client, name: &str, create: CreateOptions) -> Result<(), Error> {
    let replicas = match create.replicas {
        Some(r) => r,
        None => {
            let health = client.expect_ok("GET", "/_cluster/health", None, "cluster health")?;
            u32::from(health["number_of_data_nodes"].as_u64().unwrap_or(1) > 1)
        }
    };
    let body = mapping::index_body(create.shards.max(1), replicas);
    match client.json("PUT", &format!("/{name}"), &body, "create the index") {
        Ok(_) => {}
        Err(Error::Http {
            status: 400,
            reason,
            ..
        }) if reason.contains("resource_already_exists") => {}
        Err(e) => return Err(e),
    }
    // Wait until its primaries can take documents.
    client.expect_ok(
        "GET",
        &format!("/_cluster/health/{name}?wait_for_status=yellow&timeout=60s"),
        None,
        "wait for the new index",
    )?;
    Ok(())
}

/// The record of index `name`: `None` when there is none.
fn read_meta(client: &Client, name: &str) -> Result<Option<(ClusterMeta, Gazetteer)>, Error> {
    let meta_index = ClusterIndex::meta_index(name);
    let what = "read the index's record";
    let answer = client.send("GET", &format!("/{meta_index}/_doc/{META_ID}"), None, what)?;
    if answer.status == 404 {
        return Ok(None);
    }
    if !(200..300).contains(&answer.status) {
        return Err(Error::Http {
            url: client.url().to_string(),
            what: what.into(),
            status: answer.status,
            reason: client::reason_of(&answer.body),
        });
    }
    let source = &answer.body["_source"];
    let bad = |reason: String| Error::Answer {
        url: client.url().to_string(),
        what: format!("{what} ({meta_index}/_doc/{META_ID})"),
        reason,
    };
    let meta: ClusterMeta =
        serde_json::from_value(source["meta"].clone()).map_err(|e| bad(e.to_string()))?;
    if meta.format != nomen_index::meta::FORMAT {
        return Err(bad(format!(
            "index format {} is not the one this nomen reads ({}); re-index",
            meta.format,
            nomen_index::meta::FORMAT
        )));
    }
    let jsonl = source["gazetteer_jsonl"]
        .as_str()
        .ok_or_else(|| bad("no gazetteer_jsonl".into()))?;
    let gazetteer = Gazetteer::from_written_jsonl_str(jsonl, &format!("{meta_index}/gazetteer"))
        .map_err(|e| bad(format!("recorded gazetteer: {e}")))?;
    if gazetteer.fingerprint() != meta.gazetteer.fingerprint {
        return Err(bad(format!(
            "recorded gazetteer has fingerprint {}, but the record says {}",
            gazetteer.fingerprint(),
            meta.gazetteer.fingerprint
        )));
    }
    Ok(Some((meta, gazetteer)))
}

/// `value` as a string field of a JSON object, if it is one.
pub(crate) fn str_of(value: &Value) -> Option<String> {
    value.as_str().map(str::to_string)
}
