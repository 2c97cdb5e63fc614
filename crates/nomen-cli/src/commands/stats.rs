//! `nomen stats` (being built).

use std::process::ExitCode;

/// Arguments of `nomen stats`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Runs `nomen stats`.
pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`nomen stats` is not built yet")
}
