//! TEMPORARY stand-in for `nomen_entities::{Linker, Resolver}` (not landed yet):
//! the same API as the contract, with naive matching (whole folded names only).
//! Deleted as soon as the real ones land.

use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;

use nomen_entities::{Gazetteer, Kind};
use nomen_fold::Folder;

/// Which text a mention is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// The title.
    Title,
    /// The body.
    Body,
}

/// One mention.
#[derive(Debug, Clone)]
pub struct Mention {
    /// Title or body.
    pub field: Field,
    /// Start byte.
    pub start: usize,
    /// End byte.
    pub end: usize,
    /// Entity id.
    pub entity: String,
}

/// Links of one document.
#[derive(Debug, Clone, Default)]
pub struct DocumentLinks {
    /// Mentions.
    pub mentions: Vec<Mention>,
    /// Entity ids, sorted, unique.
    pub entities: Vec<String>,
}

/// Naive linker.
#[derive(Debug)]
pub struct Linker {
    by_first: HashMap<String, Vec<(Vec<String>, String)>>,
}

impl Linker {
    /// Builds it.
    pub fn new(gazetteer: Arc<Gazetteer>) -> Linker {
        let folder = Folder::new();
        let mut by_first: HashMap<String, Vec<(Vec<String>, String)>> = HashMap::new();
        for e in gazetteer.entities() {
            for name in e.names() {
                let toks: Vec<String> = folder.tokenize(name).into_iter().map(|t| t.0).collect();
                if let Some(first) = toks.first() {
                    by_first
                        .entry(first.clone())
                        .or_default()
                        .push((toks, e.id.clone()));
                }
            }
        }
        Linker { by_first }
    }

    /// Links a document.
    pub fn link_document(&self, title: &str, body: &str) -> DocumentLinks {
        let folder = Folder::new();
        let mut out = DocumentLinks::default();
        for (field, text) in [(Field::Title, title), (Field::Body, body)] {
            let toks = folder.tokenize(text);
            for i in 0..toks.len() {
                let Some(cands) = self.by_first.get(&toks[i].0) else {
                    continue;
                };
                for (seq, id) in cands {
                    if toks.len() - i >= seq.len()
                        && seq.iter().zip(&toks[i..]).all(|(a, b)| *a == b.0)
                    {
                        out.mentions.push(Mention {
                            field,
                            start: toks[i].1.start,
                            end: toks[i + seq.len() - 1].1.end,
                            entity: id.clone(),
                        });
                    }
                }
            }
        }
        out.entities = out.mentions.iter().map(|m| m.entity.clone()).collect();
        out.entities.sort();
        out.entities.dedup();
        out
    }
}

/// A candidate.
#[derive(Debug, Clone)]
pub struct Candidate {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Kind.
    pub kind: Kind,
}

/// Resolution failure.
#[derive(Debug, Clone)]
pub enum ResolveError {
    /// Nothing.
    NotFound {
        /// Name.
        name: String,
    },
    /// Several.
    Ambiguous {
        /// Name.
        name: String,
        /// Candidates.
        candidates: Vec<Candidate>,
    },
}

impl fmt::Display for ResolveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ResolveError::NotFound { name } => write!(f, "{name:?}: no such entity"),
            ResolveError::Ambiguous { name, candidates } => {
                write!(f, "{name:?} is ambiguous: ")?;
                let list: Vec<String> = candidates
                    .iter()
                    .map(|c| format!("{} ({})", c.name, c.id))
                    .collect();
                f.write_str(&list.join(", "))
            }
        }
    }
}

impl std::error::Error for ResolveError {}

/// Naive resolver.
#[derive(Debug)]
pub struct Resolver {
    gazetteer: Arc<Gazetteer>,
}

impl Resolver {
    /// Builds it.
    pub fn new(gazetteer: Arc<Gazetteer>) -> Resolver {
        Resolver { gazetteer }
    }

    /// Resolves a name.
    pub fn resolve_one(&self, name: &str) -> Result<Candidate, ResolveError> {
        let folder = Folder::new();
        let q: Vec<String> = folder.tokenize(name).into_iter().map(|t| t.0).collect();
        let mut found = Vec::new();
        for e in self.gazetteer.entities() {
            let hit = e.names().any(|n| {
                let toks: Vec<String> = folder.tokenize(n).into_iter().map(|t| t.0).collect();
                !q.is_empty() && q.iter().all(|t| toks.contains(t))
            });
            if hit {
                found.push(Candidate {
                    id: e.id.clone(),
                    name: e.name.clone(),
                    kind: e.kind,
                });
            }
        }
        match found.len() {
            0 => Err(ResolveError::NotFound { name: name.into() }),
            1 => Ok(found.remove(0)),
            _ => Err(ResolveError::Ambiguous {
                name: name.into(),
                candidates: found,
            }),
        }
    }
}
