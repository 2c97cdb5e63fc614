//! One module per subcommand: each defines its clap `Args` and a `run` function.

pub mod bench;
pub mod bench_load;
pub mod check;
pub mod common;
pub mod discover;
pub mod entities;
pub mod index;
pub mod normalize;
pub mod search;
pub mod serve;
pub mod stats;
pub mod tag;
