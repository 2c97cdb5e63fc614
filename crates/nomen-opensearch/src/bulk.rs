//! Documents into a cluster with the `_bulk` API.
//!
//! [`ClusterTarget`] turns a linked article into its JSON document on nomen's worker
//! threads. [`BulkSink`] takes them in input order on the ingest's thread, packs them
//! into bulk requests (at most [`BULK_BYTES`] or [`BULK_DOCS`] each) and hands the
//! requests to `in_flight` sender threads through a channel of that size, so at most
//! that many requests are in flight and a slow cluster slows the ingest instead of
//! filling memory. Each document is an `index` action with the article id as `_id`:
//! sending it again replaces it, so a resumed or repeated run never duplicates.
//!
//! A request the cluster answers with 429 or 5xx, or that reaches no node, is sent
//! again with back-off ([`crate::Client::send`]); so are the documents of a bulk answer
//! that failed with 429 or 5xx one by one (a shard moving after a node left). A
//! document the cluster refuses (400: a value a keyword cannot hold, ...) is reported
//! as a rejected record naming its file and line; an index that refuses every write
//! (a write block, missing rights: 401, 403, 404) stops the ingest with an error
//! before the next commit, so the same command resumes once it takes writes again. A commit waits until every request
//! sent has been answered, then records the progress in the meta index, so a killed
//! run resumes after the last commit and loses nothing.

use std::hash::{Hash, Hasher};
use std::time::Duration;

use crossbeam_channel::{bounded, unbounded, Receiver, Sender};
use nomen_fold::View;
use nomen_index::meta::Progress;
use nomen_index::{
    Built, DocumentSink, DocumentTarget, Error as IndexError, Input, Origin, Prepared, RecordError,
    TextField,
};
use serde_json::{json, Value};

use crate::{Client, Error};

/// A bulk request holds at most this many bytes of documents...
pub const BULK_BYTES: usize = 4 << 20;
/// ... and at most this many documents.
pub const BULK_DOCS: usize = 1000;
/// A document that failed with 429 or 5xx is sent again at most this many times.
const ITEM_TRIES: u32 = 8;

/// The id of the progress record of an ingest of `inputs`: the same inputs, in the
/// same order, resume the same record.
pub fn progress_id(inputs: &[Input]) -> String {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    for input in inputs {
        match input {
            Input::Stdin => "-".hash(&mut hasher),
            Input::Path(path) => std::fs::canonicalize(path)
                .unwrap_or_else(|_| path.clone())
                .hash(&mut hasher),
            // Other kinds of input, if any, by their debug form.
            #[allow(unreachable_patterns)]
            other => format!("{other:?}").hash(&mut hasher),
        }
    }
    format!("progress-{:016x}", hasher.finish())
}

/// Assembles the JSON document of an article (see [`crate::mapping`]).
#[derive(Debug, Clone, Copy)]
pub struct ClusterTarget;

impl DocumentTarget for ClusterTarget {
    /// The document's JSON (one line).
    type Doc = Vec<u8>;

    fn assemble(&self, p: &Prepared<'_>) -> Vec<u8> {
        let article = p.article;
        let mentions: Vec<Value> = p
            .links
            .mentions
            .iter()
            .map(|m| {
                json!({
                    "field": match m.field {
                        nomen_entities::Field::Title => "title",
                        nomen_entities::Field::Body => "body",
                    },
                    "start": m.start,
                    "end": m.end,
                    "entity": m.entity,
                    "rule": m.rule,
                })
            })
            .collect();
        let mut doc = json!({
            "id": article.id,
            "title": article.title,
            "body": article.body,
            "title_folded": p.pre_analysed(TextField::Title, View::Folded),
            "body_folded": p.pre_analysed(TextField::Body, View::Folded),
            "entities": p.links.entities,
            "mentions": mentions,
        });
        let object = doc.as_object_mut().expect("a JSON object");
        for (field, text) in [
            ("title_exact", p.pre_analysed(TextField::Title, View::Exact)),
            ("body_exact", p.pre_analysed(TextField::Body, View::Exact)),
        ] {
            if !text.is_empty() {
                object.insert(field.into(), text.into());
            }
        }
        if let Some(lang) = p.lang {
            object.insert("lang".into(), lang.into());
        }
        if let Some(source) = &article.source {
            object.insert("source".into(), source.as_ref().into());
        }
        if let Some(url) = &article.url {
            object.insert("url".into(), url.as_ref().into());
        }
        if let Some(date) = article.date {
            object.insert("date".into(), date.into());
        }
        serde_json::to_vec(&doc).unwrap_or_default()
    }
}

/// Where a document of a bulk request came from.
#[derive(Debug, Clone)]
struct Sent {
    origin: Origin,
    line: u64,
    id: String,
    /// The document's action and source lines.
    lines: Vec<u8>,
}

/// A bulk request on its way.
struct Request {
    docs: Vec<Sent>,
}

/// What a sender thread made of a request.
enum Answered {
    /// Documents that replaced one with the same id; documents refused.
    Done {
        replaced: u64,
        refused: Vec<RecordError>,
    },
    /// The cluster could not be written (after the retries).
    Failed(Error),
}

/// Sends the documents by `_bulk`, `in_flight` requests at a time (see the module
/// documentation).
pub struct BulkSink {
    client: Client,
    meta_index: String,
    progress_id: String,
    /// The request being filled.
    pending: Vec<Sent>,
    pending_bytes: usize,
    requests: Option<Sender<Request>>,
    answers: Receiver<Answered>,
    senders: Vec<std::thread::JoinHandle<()>>,
    /// Requests sent and not yet answered.
    outstanding: usize,
    index: String,
    replaced: u64,
    /// Refused documents not yet handed to the ingest.
    refused: Vec<RecordError>,
    failed: Option<Error>,
}

impl BulkSink {
    /// A sink into `index` of `client`'s cluster; the progress goes to record
    /// `progress_id` of `meta_index`.
    pub fn new(
        client: Client,
        index: String,
        meta_index: String,
        progress_id: String,
        in_flight: usize,
    ) -> BulkSink {
        let (request_tx, request_rx) = bounded::<Request>(in_flight);
        let (answer_tx, answer_rx) = unbounded::<Answered>();
        let senders = (0..in_flight)
            .map(|_| {
                let client = client.clone();
                let requests = request_rx.clone();
                let answers = answer_tx.clone();
                std::thread::spawn(move || {
                    for request in requests.iter() {
                        let answer = send_bulk(&client, request.docs);
                        if answers.send(answer).is_err() {
                            return;
                        }
                    }
                })
            })
            .collect();
        BulkSink {
            client,
            meta_index,
            progress_id,
            pending: Vec::new(),
            pending_bytes: 0,
            requests: Some(request_tx),
            answers: answer_rx,
            senders,
            outstanding: 0,
            index,
            replaced: 0,
            refused: Vec::new(),
            failed: None,
        }
    }

    /// Takes one answer in.
    fn take(&mut self, answer: Answered) {
        self.outstanding -= 1;
        match answer {
            Answered::Done { replaced, refused } => {
                self.replaced += replaced;
                self.refused.extend(refused);
            }
            Answered::Failed(err) => {
                self.failed.get_or_insert(err);
            }
        }
    }

    /// Sends the pending request (waiting while `in_flight` are on their way).
    fn flush(&mut self) -> Result<(), IndexError> {
        while let Ok(answer) = self.answers.try_recv() {
            self.take(answer);
        }
        self.check()?;
        if self.pending.is_empty() {
            return Ok(());
        }
        let mut request = Request {
            docs: std::mem::take(&mut self.pending),
        };
        self.pending_bytes = 0;
        let Some(requests) = self.requests.clone() else {
            return Ok(());
        };
        // Blocks while the channel is full (the back-pressure), taking answers in
        // meanwhile so that a failure stops the ingest early.
        loop {
            match requests.send_timeout(request, Duration::from_millis(100)) {
                Ok(()) => break,
                Err(crossbeam_channel::SendTimeoutError::Timeout(back)) => {
                    request = back;
                    while let Ok(answer) = self.answers.try_recv() {
                        self.take(answer);
                    }
                    self.check()?;
                }
                Err(crossbeam_channel::SendTimeoutError::Disconnected(_)) => {
                    return Err(IndexError::Sink(Box::new(Error::Answer {
                        url: self.client.url().to_string(),
                        what: "bulk".into(),
                        reason: "the sender threads ended".into(),
                    })))
                }
            }
        }
        self.outstanding += 1;
        Ok(())
    }

    /// The first failure of a sender, as the ingest's error.
    fn check(&mut self) -> Result<(), IndexError> {
        match self.failed.take() {
            Some(err) => Err(IndexError::Sink(Box::new(err))),
            None => Ok(()),
        }
    }

    /// Waits for every request sent.
    fn drain(&mut self) -> Result<(), IndexError> {
        while self.outstanding > 0 {
            match self.answers.recv() {
                Ok(answer) => self.take(answer),
                Err(_) => break,
            }
        }
        self.check()
    }
}

impl Drop for BulkSink {
    fn drop(&mut self) {
        self.requests = None;
        for sender in self.senders.drain(..) {
            let _ = sender.join();
        }
    }
}

impl DocumentSink for BulkSink {
    type Doc = Vec<u8>;

    fn add(
        &mut self,
        origin: &Origin,
        docs: Vec<Built<Vec<u8>>>,
    ) -> Result<Vec<RecordError>, IndexError> {
        for built in docs {
            let action = json!({"index": {"_index": self.index, "_id": built.id}});
            let mut lines = serde_json::to_vec(&action).unwrap_or_default();
            lines.push(b'\n');
            lines.extend_from_slice(&built.doc);
            lines.push(b'\n');
            self.pending_bytes += lines.len();
            self.pending.push(Sent {
                origin: origin.clone(),
                line: built.line,
                id: built.id,
                lines,
            });
            if self.pending_bytes >= BULK_BYTES || self.pending.len() >= BULK_DOCS {
                self.flush()?;
            }
        }
        Ok(std::mem::take(&mut self.refused))
    }

    fn commit(&mut self, progress: &mut Progress) -> Result<Vec<RecordError>, IndexError> {
        self.flush()?;
        self.drain()?;
        let record = json!({"payload": progress.to_payload()});
        self.client
            .json(
                "PUT",
                &format!("/{}/_doc/{}", self.meta_index, self.progress_id),
                &record,
                "record the progress",
            )
            .map_err(|e| IndexError::Sink(Box::new(e)))?;
        Ok(std::mem::take(&mut self.refused))
    }

    fn rollback(&mut self) {
        // What was sent stays (ids replace); the progress stays at the last commit.
        self.pending.clear();
        let _ = self.drain();
    }

    fn replaced(&self) -> u64 {
        self.replaced
    }
}

/// Whether a bulk item's failure means the index refuses every write (a write
/// block, a read-only index, missing rights, an index deleted meanwhile) rather than
/// this document.
fn refuses_writes(status: u16, item: &Value) -> bool {
    let kind = item["error"]["type"].as_str().unwrap_or_default();
    matches!(status, 401 | 403 | 404)
        || kind.contains("cluster_block")
        || kind.contains("index_not_found")
        || kind.contains("security")
}

/// Sends `docs` as bulk requests until each is indexed or refused.
fn send_bulk(client: &Client, mut docs: Vec<Sent>) -> Answered {
    let mut replaced = 0;
    let mut refused = Vec::new();
    let mut delay = Duration::from_millis(250);
    for attempt in 0..ITEM_TRIES {
        if docs.is_empty() {
            break;
        }
        if attempt > 0 {
            std::thread::sleep(delay);
            delay = (delay * 2).min(Duration::from_secs(8));
        }
        let body: Vec<u8> = docs.iter().flat_map(|d| d.lines.iter().copied()).collect();
        let answer = match client.send(
            "POST",
            "/_bulk",
            Some(("application/x-ndjson", &body)),
            "bulk",
        ) {
            Ok(answer) => answer,
            Err(err) => return Answered::Failed(err),
        };
        if !(200..300).contains(&answer.status) {
            return Answered::Failed(Error::Http {
                url: client.url().to_string(),
                what: "bulk".into(),
                status: answer.status,
                reason: crate::client::reason_of(&answer.body),
            });
        }
        let Some(items) = answer.body["items"].as_array() else {
            return Answered::Failed(Error::Answer {
                url: client.url().to_string(),
                what: "bulk".into(),
                reason: "no items".into(),
            });
        };
        if items.len() != docs.len() {
            return Answered::Failed(Error::Answer {
                url: client.url().to_string(),
                what: "bulk".into(),
                reason: format!("{} items for {} documents", items.len(), docs.len()),
            });
        }
        let mut again = Vec::new();
        for (doc, item) in docs.into_iter().zip(items) {
            let item = &item["index"];
            let status = item["status"].as_u64().unwrap_or(0) as u16;
            if (200..300).contains(&status) {
                replaced += u64::from(item["result"].as_str() == Some("updated"));
            } else if crate::client::retry_status(status) || status >= 500 {
                again.push(doc);
            } else if refuses_writes(status, item) {
                // Not this document's fault: the index takes no document now. Stop,
                // so that the progress is not recorded past documents not written.
                return Answered::Failed(Error::Http {
                    url: client.url().to_string(),
                    what: format!(
                        "bulk (document {:?} from {}:{})",
                        doc.id, doc.origin, doc.line
                    ),
                    status,
                    reason: crate::client::reason_of(item),
                });
            } else {
                refused.push(RecordError {
                    origin: doc.origin,
                    line: doc.line,
                    field: None,
                    reason: format!(
                        "the cluster refused document {:?}: HTTP {status}: {}",
                        doc.id,
                        crate::client::reason_of(item)
                    ),
                });
            }
        }
        docs = again;
    }
    if let Some(doc) = docs.first() {
        return Answered::Failed(Error::Http {
            url: client.url().to_string(),
            what: format!(
                "bulk ({} documents, the first {:?} from {}:{})",
                docs.len(),
                doc.id,
                doc.origin,
                doc.line
            ),
            status: 503,
            reason: format!("still failing after {ITEM_TRIES} tries"),
        });
    }
    Answered::Done { replaced, refused }
}
