//! `nomen entities` (being built).

use std::process::ExitCode;

/// Arguments of `nomen entities`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Runs `nomen entities`.
pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`nomen entities` is not built yet")
}
