//! `nomen normalize`: print the folded form of text, or its tokens as JSON.

use std::io::{self, BufRead, Write};
use std::process::ExitCode;

use anyhow::Context;
use nomen_fold::{Folded, Folder, View};
use serde::Serialize;

use crate::output::print_json;

/// Arguments of `nomen normalize`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Text to fold. Several arguments are joined with spaces, like `echo`. Without
    /// any, each line of standard input is folded on its own.
    #[arg(value_name = "TEXT")]
    pub text: Vec<String>,

    /// Print JSON: the folded and exact views, and every token with its byte offsets
    /// into the original text and both views.
    #[arg(long)]
    pub json: bool,

    /// Print the exact view (case-folded, accents and scripts kept) instead of the
    /// folded view.
    #[arg(long, conflicts_with = "json")]
    pub exact: bool,

    /// Do not romanise Greek, Cyrillic, Armenian, Georgian and Hangul.
    #[arg(long)]
    pub no_transliterate: bool,
}

/// One token of `--json` output.
#[derive(Debug, Serialize)]
struct TokenOut<'a> {
    /// Byte offset of the token's start in the original text.
    start: usize,
    /// Byte offset of the token's end in the original text.
    end: usize,
    /// The original text of the token.
    text: &'a str,
    /// The exact view of the token.
    exact: String,
    /// The folded view of the token.
    folded: &'a str,
}

/// `--json` output for one text.
#[derive(Debug, Serialize)]
struct NormalizeOut<'a> {
    text: &'a str,
    exact: String,
    folded: &'a str,
    tokens: Vec<TokenOut<'a>>,
}

/// Runs `nomen normalize`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let folder = Folder::builder()
        .transliterate(!args.no_transliterate)
        .build();
    let view = if args.exact {
        View::Exact
    } else {
        View::Folded
    };
    if !args.text.is_empty() {
        let text = args.text.join(" ");
        emit(&folder, &text, view, args.json)?;
        return Ok(ExitCode::SUCCESS);
    }
    let stdin = io::stdin();
    for (n, line) in stdin.lock().lines().enumerate() {
        let line = line.with_context(|| format!("reading standard input, line {}", n + 1))?;
        emit(&folder, &line, view, args.json)?;
    }
    Ok(ExitCode::SUCCESS)
}

fn emit(folder: &Folder, text: &str, view: View, json: bool) -> anyhow::Result<()> {
    if !json {
        let mut out = io::stdout().lock();
        writeln!(out, "{}", folder.fold_view(text, view))?;
        return Ok(());
    }
    let mut folded = Folded::new();
    folder.fold_into(text, View::Folded, &mut folded);
    let tokens = folded
        .tokens()
        .map(|t| TokenOut {
            start: t.original.start,
            end: t.original.end,
            text: &text[t.original.clone()],
            exact: folder.fold_exact(&text[t.original.clone()]).into_owned(),
            folded: t.text,
        })
        .collect();
    print_json(&NormalizeOut {
        text,
        exact: folder.fold_exact(text).into_owned(),
        folded: folded.as_str(),
        tokens,
    })
}
