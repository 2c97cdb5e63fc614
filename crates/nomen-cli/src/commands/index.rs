//! `nomen index` (being built).

use std::process::ExitCode;

/// Arguments of `nomen index`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Runs `nomen index`.
pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`nomen index` is not built yet")
}
