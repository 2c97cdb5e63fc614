//! `nomen tag` (being built).

use std::process::ExitCode;

/// Arguments of `nomen tag`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Runs `nomen tag`.
pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`nomen tag` is not built yet")
}
