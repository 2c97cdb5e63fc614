//! `nomen serve`: serve an index's API and search page over HTTP (see `nomen serve
//! --help`). The server is `nomen_serve`; this module reads the flags and says where
//! it listens.

use std::io::Write;
use std::net::SocketAddr;
use std::process::ExitCode;
use std::time::Duration;

use super::common::{ClusterArgs, IndexDirArgs};

/// The long help of `nomen serve`.
const LONG_HELP: &str = "\
The page is at http://ADDR/ and the API under http://ADDR/api/ (described at\n\
/api/openapi.json): search, entities/resolve, entities/{id}, entities/{id}/timeline,\n\
entities/{id}/network, documents/{id}, tag (POST), stats.\n\
\n\
The server only reads the index: a `nomen index` may add to it meanwhile, and new\n\
commits show within about a second, without a restart. With --opensearch it serves an\n\
index of a cluster instead (made by `nomen index --opensearch`): the same API and JSON,\n\
every answer from the cluster, entities resolved with the gazetteer it records. It listens on loopback unless\n\
--addr says otherwise; it has no authentication, so bind it elsewhere only behind\n\
something that has. It stops on Ctrl-C or SIGTERM. --addr 127.0.0.1:0 picks a free\n\
port; the first line printed says which (`nomen: listening on http://127.0.0.1:PORT/`).";

/// Arguments of `nomen serve`.
#[derive(Debug, clap::Args)]
#[command(after_long_help = LONG_HELP)]
pub struct Args {
    #[command(flatten)]
    pub index: IndexDirArgs,

    #[command(flatten)]
    pub cluster: ClusterArgs,

    /// Address and port to listen on.
    #[arg(long, value_name = "ADDR:PORT", default_value = "127.0.0.1:7700")]
    pub addr: SocketAddr,

    /// The longest a request may take, in seconds, before it is answered 503.
    #[arg(long, value_name = "SECONDS", default_value_t = 10.0)]
    pub budget: f64,

    /// The most hits per page (and entities per facet) a request may ask for.
    #[arg(long, value_name = "N", default_value_t = 100)]
    pub max_limit: usize,
}

/// Runs `nomen serve`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if !(args.budget.is_finite() && args.budget > 0.0 && args.budget <= 3600.0) {
        anyhow::bail!(
            "--budget {}: give a number of seconds above 0 and at most 3600",
            args.budget
        );
    }
    if args.max_limit == 0 {
        anyhow::bail!("--max-limit 0: the limit must be at least 1");
    }
    let (mut config, dir) = match args.cluster.options() {
        Some(options) => {
            // The node's URL without the credentials it may hold.
            let url = nomen_opensearch::Client::new(&options)?.url().to_string();
            let place = format!("{} on {url}", args.cluster.os_index);
            (
                nomen_serve::Config::cluster(options, &args.cluster.os_index),
                place,
            )
        }
        None => (
            nomen_serve::Config::new(&args.index.index),
            args.index.index.display().to_string(),
        ),
    };
    config.limits.budget = Duration::from_secs_f64(args.budget);
    config.limits.max_limit = args.max_limit;
    nomen_serve::run(&config, args.addr, |bound| {
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "nomen: listening on http://{bound}/ (index {dir})");
        if !bound.ip().is_loopback() {
            let _ = writeln!(
                out,
                "nomen: note: bound to {}, not loopback: other machines can reach this \
                 server, which has no authentication",
                bound.ip()
            );
        }
        let _ = out.flush();
    })?;
    Ok(ExitCode::SUCCESS)
}
