//! Arguments shared by several subcommands.

use std::path::PathBuf;
use std::sync::Arc;

use clap::Args;
use nomen_entities::{Gazetteer, Linker};

/// Which gazetteer to load: the built-in one, extra files, or only the files.
#[derive(Debug, Clone, Args)]
pub struct GazetteerArgs {
    /// Add entities from this JSON Lines gazetteer (repeatable). An entry whose id is
    /// already built in replaces the built-in one.
    #[arg(long = "entities", value_name = "FILE")]
    pub entities: Vec<PathBuf>,

    /// Do not load the built-in gazetteer; use only the --entities files.
    #[arg(long)]
    pub no_builtin: bool,
}

impl GazetteerArgs {
    /// Loads the gazetteer these flags describe.
    pub fn load(&self) -> anyhow::Result<Arc<Gazetteer>> {
        if self.no_builtin && self.entities.is_empty() {
            anyhow::bail!("--no-builtin needs at least one --entities FILE");
        }
        Ok(Arc::new(Gazetteer::load(&self.entities, !self.no_builtin)?))
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
