//! `nomen tag`: find the gazetteer entities a text mentions, with byte offsets into the
//! original text and the rule that linked each mention.
//!
//! The input is one plain-text document (a file, or `-`/nothing for stdin), or, with
//! `--jsonl`, JSON Lines articles (`{"id": .., "title": .., "body": ..}`) linked one
//! by one with title and body together. The linking itself is
//! [`nomen_entities::Linker`]; this module only reads input and formats output.

use std::io::{self, BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use nomen_entities::{DocumentLinks, Field, Gazetteer, Linker, Tagged};
use nomen_index::LineRead;

use super::common::GazetteerArgs;
use crate::output::print_json;

/// Arguments of `nomen tag`.
///
/// Prints each mention (byte offsets into the original text, the text as written, the
/// entity and why it linked) and the document's entity set. Exit status 1 when no
/// entity was found.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub gazetteer: GazetteerArgs,

    /// The text to tag; `-` or nothing reads standard input.
    #[arg(value_name = "FILE")]
    pub input: Option<PathBuf>,

    /// Print JSON: `{"mentions": [{"start", "end", "text", "entity", "name", "rule"}],
    /// "entities": [{"id", "name", "kind", "count"}]}` (with --jsonl: one such object
    /// per article and line, with "id" and each mention's "field").
    #[arg(long)]
    pub json: bool,

    /// Read JSON Lines articles, as `nomen index` reads them (`id`, `title`, `body` or
    /// `text`; an article without an id gets the one the index would give it), and tag
    /// each one, title and body together; offsets refer to the field they are in.
    #[arg(long)]
    pub jsonl: bool,

    /// The largest text (or, with --jsonl, article line) in MiB: a longer one is an
    /// error, so memory stays bounded whatever the input.
    #[arg(long, value_name = "MB", default_value_t = nomen_index::DEFAULT_MAX_DOC_MB)]
    pub max_doc_mb: usize,
}

/// Runs `nomen tag`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if args.max_doc_mb == 0 {
        anyhow::bail!("--max-doc-mb 0: the limit must be at least 1 MiB");
    }
    let gazetteer = args.gazetteer.load()?;
    if let Some(line) = super::common::merged_line(&gazetteer) {
        eprintln!("nomen: {line}");
    }
    let linker = super::common::linker(gazetteer);
    let found = if args.jsonl {
        tag_jsonl(&linker, &args)?
    } else {
        let text = read_input(&args.input, max_bytes(&args))?;
        let name = input_name(&args.input);
        let links = guarded(&name, None, || linker.link_text(&text))?;
        if args.json {
            print_json(&json_doc(linker.gazetteer(), &links, None, false))?;
        } else {
            let stdout = io::stdout();
            let mut out = stdout.lock();
            write_table(&mut out, linker.gazetteer(), &links, false)?;
            out.flush()?;
        }
        !links.mentions.is_empty()
    };
    // The process ends next: freeing a million-entity gazetteer and its dictionary
    // entry by entry would add about a second to every run, for nothing.
    std::mem::forget(linker);
    Ok(if found {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// The label of the input in messages.
fn input_name(input: &Option<PathBuf>) -> String {
    match input {
        Some(p) if p.as_os_str() != "-" => p.display().to_string(),
        _ => "standard input".to_string(),
    }
}

/// `--max-doc-mb` in bytes.
fn max_bytes(args: &Args) -> usize {
    args.max_doc_mb.saturating_mul(1 << 20)
}

/// Runs `f`, the linking of one text; a panic in it (a bug in nomen, never the
/// input's fault) becomes an error naming the input (and its line, for `--jsonl`).
fn guarded<T>(name: &str, line: Option<u64>, f: impl FnOnce() -> T) -> anyhow::Result<T> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).map_err(|panic| {
        let at = line.map_or_else(|| name.to_string(), |line| format!("{name}:{line}"));
        anyhow::anyhow!(
            "{at}: nomen failed on this text ({}); this is a bug, please report it",
            nomen_index::panic_message(panic.as_ref())
        )
    })
}

/// Reads the whole input (at most `max` bytes: a longer one is an error) as UTF-8;
/// the error names the line and column of the first invalid byte.
fn read_input(input: &Option<PathBuf>, max: usize) -> anyhow::Result<String> {
    let (read, name) = match input {
        Some(p) if p.as_os_str() != "-" => {
            let file =
                std::fs::File::open(p).with_context(|| format!("cannot read {}", p.display()))?;
            let read = nomen_index::read_text_bounded(&mut BufReader::new(file), max)
                .with_context(|| format!("cannot read {}", p.display()))?;
            (read, p.display().to_string())
        }
        _ => {
            let read = nomen_index::read_text_bounded(&mut BufReader::new(io::stdin()), max)
                .context("cannot read standard input")?;
            (read, "<stdin>".to_string())
        }
    };
    let (bytes, longer) = read;
    if longer {
        anyhow::bail!(
            "{name}: the text is longer than the limit of {} MiB (--max-doc-mb): tag it in \
             parts, or raise the limit",
            max >> 20
        );
    }
    String::from_utf8(bytes).map_err(|e| {
        let before = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        anyhow::anyhow!(
            "{name}:{line}: invalid UTF-8 at column {}",
            before.len() - line_start + 1
        )
    })
}

/// Tags JSON Lines articles; true when any article had a mention.
fn tag_jsonl(linker: &Linker, args: &Args) -> anyhow::Result<bool> {
    let name = input_name(&args.input);
    let mut reader: Box<dyn BufRead> = match &args.input {
        Some(p) if p.as_os_str() != "-" => Box::new(BufReader::new(
            std::fs::File::open(p).with_context(|| format!("cannot read {}", p.display()))?,
        )),
        _ => Box::new(BufReader::new(io::stdin())),
    };
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let mut found = false;
    let max = max_bytes(args);
    let mut buf = Vec::new();
    let origin = match &args.input {
        Some(p) if p.as_os_str() != "-" => nomen_index::Origin::File(p.clone()),
        _ => nomen_index::Origin::Stdin,
    };
    for line_no in 1u64.. {
        buf.clear();
        match nomen_index::read_line_bounded(&mut *reader, &mut buf, max)
            .with_context(|| format!("{name}:{line_no}: cannot read line"))?
        {
            LineRead::Eof => break,
            LineRead::Line => {}
            LineRead::TooLong { bytes } => anyhow::bail!(
                "{name}:{line_no}: the article is {bytes} bytes long, over the limit of {} \
                 MiB (--max-doc-mb)",
                max >> 20
            ),
        }
        let mut end = buf.len();
        while end > 0 && matches!(buf[end - 1], b'\n' | b'\r') {
            end -= 1;
        }
        let line = &buf[..end];
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        // The record reader of `nomen index`: the same articles are accepted, and a
        // rejected one is named by its line and field, as `nomen index` names it.
        let article = nomen_index::read_json_line(&origin, line_no, line).map_err(|e| {
            let field = e
                .field
                .map(|f| format!("field \"{f}\": "))
                .unwrap_or_default();
            anyhow::anyhow!("{name}:{}: {field}{}", e.line, e.reason)
        })?;
        let id = article.id.as_ref();
        let links = guarded(&name, Some(line_no), || {
            linker.link_document(&article.title, &article.body)
        })?;
        found |= !links.mentions.is_empty();
        if args.json {
            serde_json::to_writer(
                &mut out,
                &json_doc(linker.gazetteer(), &links, Some(id), true),
            )?;
            writeln!(out)?;
        } else {
            writeln!(out, "== {id}")?;
            write_table(&mut out, linker.gazetteer(), &links, true)?;
            writeln!(out)?;
        }
    }
    out.flush()?;
    Ok(found)
}

fn json_doc(
    gazetteer: &Gazetteer,
    links: &DocumentLinks,
    id: Option<&str>,
    with_field: bool,
) -> Tagged {
    Tagged::new(gazetteer, links, id.map(str::to_string), with_field)
}

/// The human-readable table: one mention a line, then the entity set.
fn write_table(
    out: &mut impl Write,
    gazetteer: &Gazetteer,
    links: &DocumentLinks,
    with_field: bool,
) -> io::Result<()> {
    if links.mentions.is_empty() {
        writeln!(out, "no entities found")?;
        return Ok(());
    }
    let text_width = links
        .mentions
        .iter()
        .map(|m| m.text.chars().count())
        .max()
        .unwrap_or(4)
        .clamp(4, 40);
    let entity_width = links
        .mentions
        .iter()
        .map(|m| m.entity.chars().count())
        .max()
        .unwrap_or(6)
        .max(6);
    let field_col = |f: Field| match f {
        Field::Title => "title ",
        Field::Body => "body  ",
    };
    if with_field {
        write!(out, "field ")?;
    }
    writeln!(
        out,
        "{:>11}  {:text_width$}  {:entity_width$}  rule",
        "offsets", "text", "entity"
    )?;
    for m in &links.mentions {
        if with_field {
            write!(out, "{}", field_col(m.field))?;
        }
        let text: String = m.text.replace(['\n', '\t'], " ");
        writeln!(
            out,
            "{:>11}  {:text_width$}  {:entity_width$}  {}",
            format!("{}-{}", m.start, m.end),
            text,
            m.entity,
            m.rule
        )?;
    }
    writeln!(out)?;
    let entities = Tagged::new(gazetteer, links, None, false).entities;
    writeln!(out, "{} entities:", entities.len())?;
    for e in &entities {
        writeln!(out, "  {}  {} ({}, {}×)", e.id, e.name, e.kind, e.count)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A panic while linking (a bug) is an error naming the input and line, and
    /// says it is a bug; what the closure returns passes through.
    #[test]
    fn a_panic_while_linking_is_an_error_naming_the_input() {
        let err = guarded("a.jsonl", Some(7), || -> usize { panic!("begin > end") })
            .unwrap_err()
            .to_string();
        assert_eq!(
            err,
            "a.jsonl:7: nomen failed on this text (begin > end); this is a bug, please report it"
        );
        let err = guarded("a.txt", None, || -> usize {
            panic!("{}", String::from("owned"))
        })
        .unwrap_err()
        .to_string();
        assert!(
            err.starts_with("a.txt: nomen failed on this text (owned)"),
            "{err}"
        );
        assert_eq!(guarded("a.txt", None, || 3).unwrap(), 3);
    }

    #[test]
    fn table_lists_mentions_and_entities() {
        let gazetteer = std::sync::Arc::new(Gazetteer::builtin());
        let linker = Linker::new(gazetteer);
        let links = linker.link_text("Nicolás Maduro met Joe Biden. Maduro left.");
        let mut out = Vec::new();
        write_table(&mut out, linker.gazetteer(), &links, false).unwrap();
        let out = String::from_utf8(out).unwrap();
        assert!(out.contains("0-15  Nicolás Maduro"), "{out}");
        assert!(out.contains("surname-coref"), "{out}");
        assert!(out.contains("2 entities:"), "{out}");
        assert!(
            out.contains("nicolas-maduro  Nicolás Maduro (person, 2×)"),
            "{out}"
        );
    }
}
