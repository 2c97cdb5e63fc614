//! `nomen search` (being built).

use std::process::ExitCode;

/// Arguments of `nomen search`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Runs `nomen search`.
pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`nomen search` is not built yet")
}
