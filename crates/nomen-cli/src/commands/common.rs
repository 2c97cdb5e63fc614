//! Arguments shared by several subcommands.

use std::path::PathBuf;
use std::sync::Arc;

use clap::Args;
use nomen_entities::{Gazetteer, Linker};

/// Which gazetteer to load: the built-in one, extra files, or only the files.
#[derive(Debug, Clone, Args)]
pub struct GazetteerArgs {
    /// Add entities from this JSON Lines gazetteer (repeatable). An entry that is the
    /// same as a built-in entity (the same id, a `same_as` field naming it, or the same
    /// name and kind that only it has) merges with it: one entity with your id and
    /// fields and the names of both.
    #[arg(long = "entities", value_name = "FILE")]
    pub entities: Vec<PathBuf>,

    /// Do not load the built-in gazetteer; use only the --entities files.
    #[arg(long)]
    pub no_builtin: bool,

    /// With --no-builtin: an entry that is the same as a built-in entity (as above)
    /// still takes its names in other languages and scripts; the other built-in
    /// entities stay out.
    #[arg(long, requires = "no_builtin")]
    pub builtin_names: bool,
}

impl GazetteerArgs {
    /// Loads the gazetteer these flags describe.
    pub fn load(&self) -> anyhow::Result<Arc<Gazetteer>> {
        if self.no_builtin && self.entities.is_empty() {
            anyhow::bail!("--no-builtin needs at least one --entities FILE");
        }
        Ok(Arc::new(if self.builtin_names {
            Gazetteer::load_with_builtin_names(&self.entities)?
        } else {
            Gazetteer::load(&self.entities, !self.no_builtin)?
        }))
    }
}

/// One line telling which entities of the user's files were merged with built-in
/// ones (`None` when none was): `gazetteer: 2 of your entities merged with built-in
/// ones: ofac-1 = nicolas-maduro (same_as), olaf-scholz (same id)`.
pub fn merged_line(gazetteer: &Gazetteer) -> Option<String> {
    const SHOWN: usize = 5;
    let merged = gazetteer.merged();
    if merged.is_empty() {
        return None;
    }
    let mut parts: Vec<String> = merged
        .iter()
        .take(SHOWN)
        .map(|m| {
            if m.id == m.builtin_id {
                format!("{} ({})", m.id, m.reason.describe())
            } else {
                format!("{} = {} ({})", m.id, m.builtin_id, m.reason.describe())
            }
        })
        .collect();
    if merged.len() > SHOWN {
        parts.push(format!("and {} more", merged.len() - SHOWN));
    }
    Some(if merged.len() == 1 {
        format!(
            "gazetteer: 1 of your entities merged with a built-in one: {}",
            parts.join(", ")
        )
    } else {
        format!(
            "gazetteer: {} of your entities merged with built-in ones: {}",
            merged.len(),
            parts.join(", ")
        )
    })
}

/// The resolver for `gazetteer`: a large gazetteer's resolver tables are cached in the
/// user's cache directory beside its linker, so that resolving a name does not parse
/// every name of the gazetteer first.
pub fn resolver(gazetteer: Arc<Gazetteer>) -> nomen_entities::Resolver {
    match nomen_index::linker_cache::user_cache_dir() {
        Some(dir) => nomen_index::linker_cache::shared_resolver(&gazetteer, &dir),
        None => nomen_entities::Resolver::new(gazetteer),
    }
}

/// The linker for `gazetteer`. A large gazetteer's linker (see
/// [`nomen_index::linker_cache`]) is cached in the user's cache directory
/// ([`nomen_index::linker_cache::user_cache_dir`]), so that a sanctions-list-sized
/// gazetteer is built once and then loaded in about a second.
pub fn linker(gazetteer: Arc<Gazetteer>) -> Linker {
    match nomen_index::linker_cache::user_cache_dir() {
        Some(dir) => nomen_index::linker_cache::shared_linker(&gazetteer, &dir),
        None => Linker::new(gazetteer),
    }
}

/// Where the index lives.
#[derive(Debug, Clone, Args)]
pub struct IndexDirArgs {
    /// Index directory.
    #[arg(
        long = "index",
        value_name = "DIR",
        env = "NOMEN_INDEX",
        default_value = "nomen-index"
    )]
    pub index: PathBuf,
}

/// An index kept by an OpenSearch or Elasticsearch cluster instead of a directory.
#[derive(Debug, Clone, Args)]
pub struct ClusterArgs {
    /// Use an index of this OpenSearch (or Elasticsearch) cluster instead of a local
    /// directory: node URLs, comma-separated (the next is tried when one cannot be
    /// reached). Basic auth from NOMEN_OPENSEARCH_USER and NOMEN_OPENSEARCH_PASSWORD
    /// (never printed, never stored).
    #[arg(long, value_name = "URL")]
    pub opensearch: Option<String>,

    /// The cluster index's name (with --opensearch).
    #[arg(long, value_name = "NAME", default_value = nomen_opensearch::DEFAULT_INDEX)]
    pub os_index: String,

    /// CA certificates to trust for https, a PEM file (with --opensearch).
    #[arg(long, value_name = "FILE", env = "NOMEN_OPENSEARCH_CA_FILE")]
    pub os_ca_file: Option<PathBuf>,
}

impl ClusterArgs {
    /// The connection options, when --opensearch is given.
    pub fn options(&self) -> Option<nomen_opensearch::ClusterOptions> {
        let url = self.opensearch.as_deref()?;
        let mut options = nomen_opensearch::ClusterOptions::new(url);
        options.ca_file = self.os_ca_file.clone();
        Some(options)
    }
}
