//! `nomen bench` (being built).

use std::process::ExitCode;

/// Arguments of `nomen bench`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Runs `nomen bench`.
pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`nomen bench` is not built yet")
}
