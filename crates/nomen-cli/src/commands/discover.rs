//! `nomen entities discover`: propose gazetteer entries for the people and
//! organisations of a corpus that the gazetteer in use does not know. The work is
//! [`nomen_entities::discover`]; this module reads the documents (input files through
//! the ingest pipeline's readers and workers, or an index's stored articles), twice,
//! and prints or writes the proposals. Over an index with its own gazetteer, the first
//! pass takes the mentions indexing stored with each article instead of linking again,
//! and it goes segment by segment: each segment's counts are kept in the index
//! directory ([`CANDIDATE_STORE`]), so a discovery after `nomen index` added articles
//! reads only the new segments in its first pass. Pass 2's counts are kept likewise
//! ([`MENTION_STORE`]), for the seeds that made them: a discovery over the same index
//! again (another `--kind` or `--min-docs`) links nothing.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use nomen_entities::discover::{
    self, Collector, DocCandidates, DocTally, Options, Proposal, Scanner,
};
use nomen_entities::{DocumentLinks, Gazetteer, Kind, Linker, Mention};
use nomen_index::meta::Progress;
use nomen_index::{
    Built, DocumentSink, DocumentTarget, IngestObserver, IngestOptions, Input, NomenIndex, Origin,
    Prepared, RecordError,
};

use super::common::GazetteerArgs;
use super::entities::KindArg;
use crate::output::print_json;
use crate::output::OutputFile;

/// Arguments of `nomen entities discover`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Articles to read, as `nomen index` reads them (JSONL, .txt, directories, .gz,
    /// `-` for standard input). Standard input cannot be read twice: give files.
    #[arg(value_name = "INPUT", conflicts_with = "index")]
    pub inputs: Vec<String>,

    /// Read the stored articles of this index instead (its gazetteer is the known one,
    /// unless --entities or --no-builtin say otherwise).
    #[arg(long, value_name = "DIR")]
    pub index: Option<PathBuf>,

    /// Propose only entities mentioned in at least this many documents.
    #[arg(long, default_value_t = 2, value_parser = clap::value_parser!(u32).range(1..))]
    pub min_docs: u32,

    /// Only proposals of this kind.
    #[arg(long, value_enum)]
    pub kind: Option<KindArg>,

    /// Print the proposals as a JSON array (with the evidence for each kind, the
    /// linker rules that gathered the spellings and example contexts).
    #[arg(long)]
    pub json: bool,

    /// Write the proposals here as gazetteer JSON Lines, ready for --entities (after
    /// review).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Show at most this many proposals on the terminal (all with --json and -o).
    #[arg(long, default_value_t = 50)]
    pub limit: usize,

    /// Threads for reading and linking INPUT files [default: all cores]. The
    /// proposals are the same whatever the number.
    #[arg(long, value_name = "N", default_value_t = 0, hide_default_value = true)]
    pub threads: usize,

    #[command(flatten)]
    pub gazetteer: GazetteerArgs,
}

/// Runs `nomen entities discover`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let options = Options {
        min_docs: args.min_docs,
        ..Options::default()
    };
    let (proposals, summary) = match &args.index {
        Some(dir) => from_index(dir, &args, &options)?,
        None => {
            if args.inputs.is_empty() {
                anyhow::bail!("give INPUT files or --index DIR to discover entities in");
            }
            if args.inputs.iter().any(|i| i == "-") {
                anyhow::bail!(
                    "discovery reads its input twice: standard input (-) cannot be; give files"
                );
            }
            from_inputs(&args, &options)?
        }
    };
    let kind = args.kind.map(Kind::from);
    let proposals: Vec<Proposal> = proposals
        .into_iter()
        .filter(|p| kind.is_none_or(|k| p.kind == k))
        .collect();
    eprintln!(
        "nomen: {} documents, {} candidate names ({} kept as {} entities, {} that fit several left to the linker); {} proposals in {} or more documents",
        summary.documents,
        summary.candidates,
        summary.kept,
        summary.entities,
        summary.ambiguous,
        proposals.len(),
        args.min_docs
    );
    eprintln!("nomen: {}", summary.clock.line());
    if let Some(path) = &args.output {
        write_jsonl(path, &proposals)?;
        eprintln!(
            "nomen: wrote {} proposals to {}",
            proposals.len(),
            path.display()
        );
    }
    if args.json {
        print_json(&proposals)?;
    } else if args.output.is_none() {
        print_table(&proposals, args.limit)?;
    }
    Ok(if proposals.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// What a discovery counted, for the summary line.
struct Summary {
    documents: u64,
    candidates: usize,
    kept: usize,
    entities: usize,
    ambiguous: usize,
    /// Where the time went: pass 1, grouping, pass 2.
    clock: Clock,
}

/// Wall and CPU seconds (all threads) at the end of each step of a discovery.
struct Clock {
    start: (std::time::Instant, Option<f64>),
    marks: Vec<(&'static str, std::time::Instant, Option<f64>)>,
}

impl Clock {
    fn start() -> Clock {
        Clock {
            start: (
                std::time::Instant::now(),
                nomen_benches::measure::cpu_seconds(),
            ),
            marks: Vec::new(),
        }
    }

    fn mark(&mut self, step: &'static str) {
        self.marks.push((
            step,
            std::time::Instant::now(),
            nomen_benches::measure::cpu_seconds(),
        ));
    }

    /// `pass 1 (candidates) 1.20 s, 2.10 CPU-s; ...`
    fn line(&self) -> String {
        let mut prev = self.start;
        let mut out = Vec::new();
        for &(step, at, cpu) in &self.marks {
            let wall = at.duration_since(prev.0).as_secs_f64();
            let cpu_text = match (cpu, prev.1) {
                (Some(b), Some(a)) => format!(", {:.2} CPU-s", b - a),
                _ => String::new(),
            };
            out.push(format!("{step} {wall:.2} s{cpu_text}"));
            prev = (at, cpu);
        }
        out.join("; ")
    }
}

/// Both passes over input files, on the ingest pipeline's readers and workers.
fn from_inputs(args: &Args, options: &Options) -> anyhow::Result<(Vec<Proposal>, Summary)> {
    let known = args.gazetteer.load()?;
    if let Some(line) = super::common::merged_line(&known) {
        eprintln!("nomen: {line}");
    }
    let inputs: Vec<Input> = args.inputs.iter().map(|i| Input::parse(i)).collect();
    let ingest = IngestOptions {
        resume: false,
        threads: args.threads,
        ..IngestOptions::default()
    };
    let linker = super::common::linker(known.clone());
    let mut clock = Clock::start();
    // Pass 1: candidates.
    let mut collector = Collector::new(options);
    let target = Candidates {
        known: known.clone(),
    };
    let mut observer = Observer::default();
    nomen_index::ingest_into(
        linker,
        target,
        &mut Gather::new(|d: DocCandidates| collector.add(d)),
        &inputs,
        &ingest,
        Progress::default(),
        &mut observer,
    )?;
    let (documents, candidates) = (collector.documents(), collector.len());
    clock.mark("pass 1 (candidates)");
    let known_linker = super::common::linker(known.clone());
    let seeds = collector.seeds(&known_linker, options);
    drop(known_linker);
    let mut summary = Summary {
        documents,
        candidates,
        kept: seeds.names(),
        entities: seeds.len(),
        ambiguous: seeds.ambiguous(),
        clock,
    };
    // Pass 2: link with the known entities and the discovered ones together.
    let linker = Linker::new(Arc::new(seeds.gazetteer(&known)));
    let mut tally = seeds.tally(options);
    summary.clock.mark("grouping");
    let mut observer = Observer {
        quiet: true,
        ..Observer::default()
    };
    nomen_index::ingest_into(
        linker,
        Mentions(tally.scanner()),
        &mut Gather::new(|d: DocTally| tally.add(d)),
        &inputs,
        &ingest,
        Progress::default(),
        &mut observer,
    )?;
    summary.clock.mark("pass 2 (linking)");
    let proposals = tally.proposals();
    summary.clock.mark("proposals");
    Ok((proposals, summary))
}

/// The file in an index directory where pass 1's counts are kept per segment
/// ([`discover::CandidateStore`]): a second discovery reads only the segments added
/// since.
const CANDIDATE_STORE: &str = "discover-candidates.bin";

/// The file in an index directory where pass 2's counts are kept per segment
/// ([`discover::MentionStore`]), for the seeds that made them: a discovery with the
/// same seeds (the same index again, with another `--kind`, `--min-docs` or output)
/// links only the segments added since.
const MENTION_STORE: &str = "discover-mentions.bin";

/// Both passes over an index's stored articles.
fn from_index(
    dir: &std::path::Path,
    args: &Args,
    options: &Options,
) -> anyhow::Result<(Vec<Proposal>, Summary)> {
    let index = NomenIndex::open(dir)?;
    let own = !args.gazetteer.no_builtin && args.gazetteer.entities.is_empty();
    let (known, linker) = if own {
        (index.gazetteer().clone(), index.linker())
    } else {
        let g = args.gazetteer.load()?;
        (g.clone(), super::common::linker(g))
    };
    let searcher = index.searcher()?;
    let mut clock = Clock::start();
    let kind_of = |id: &str| known.get(id).map(|e| e.kind);
    // Pass 1, segment by segment: the counts of a segment read before (kept in the
    // store beside the index, for this gazetteer and build) are taken from there;
    // only the segments added or changed since are read.
    let store_path = dir.join(CANDIDATE_STORE);
    let context = format!(
        "gazetteer {}; {}",
        known.fingerprint(),
        if own { "stored mentions" } else { "linked" }
    );
    let mut store = discover::CandidateStore::load(&store_path, &context);
    let segments = searcher.segments();
    let mut collector = Collector::new(options);
    let (mut reused, mut read) = (0usize, 0u64);
    for (i, segment) in segments.iter().enumerate() {
        if let Some(counted) = store.get(&segment.key) {
            collector.merge(counted);
            reused += 1;
            continue;
        }
        let mut part = Collector::new(options);
        let mut add = |id: &str, title: &str, body: &str, links: &DocumentLinks| {
            part.add(discover::candidates(
                linker.folder(),
                id,
                title,
                body,
                links,
                &kind_of,
            ));
            Ok::<(), ()>(())
        };
        if own {
            // The index's own gazetteer: what it links is what indexing stored with
            // each article, read back instead of linked again.
            searcher
                .for_each_stored_article_in(i, |a| {
                    add(&a.id, &a.title, &a.body, &stored_links(&a, &known))
                })?
                .ok();
        } else {
            searcher
                .for_each_article_in(i, |id, title, body| {
                    add(id, title, body, &linker.link_document(title, body))
                })?
                .ok();
        }
        read += part.documents();
        store.insert(&segment.key, &part);
        collector.merge(part);
    }
    let keys: Vec<&str> = segments.iter().map(|s| s.key.as_str()).collect();
    store.retain(&keys);
    if reused < segments.len() {
        if let Err(e) = store.save(&store_path, &context) {
            eprintln!(
                "nomen: could not keep the candidates for the next discovery in {}: {e}",
                store_path.display()
            );
        }
    }
    eprintln!(
        "nomen: pass 1: {reused} of {} segments counted before ({}), {read} articles read",
        segments.len(),
        store_path.display()
    );
    let (documents, candidates) = (collector.documents(), collector.len());
    clock.mark(if own {
        "pass 1 (candidates, the stored mentions)"
    } else {
        "pass 1 (candidates)"
    });
    let seeds = collector.seeds(&linker, options);
    let mut summary = Summary {
        documents,
        candidates,
        kept: seeds.names(),
        entities: seeds.len(),
        ambiguous: seeds.ambiguous(),
        clock,
    };
    let both = Arc::new(seeds.gazetteer(&known));
    let linker = Linker::new(both.clone());
    let mut tally = seeds.tally(options);
    summary.clock.mark("grouping");
    // Pass 2, segment by segment: a segment's counts kept by a discovery with the
    // same seeds (the same gazetteer to link with, the same groups) are taken from
    // there; the other segments are linked again.
    let store_path = dir.join(MENTION_STORE);
    let context = format!("gazetteer {}; {}", both.fingerprint(), tally.context());
    let mut store = discover::MentionStore::load(&store_path, &context);
    let scanner = tally.scanner();
    let (mut reused, mut read, mut mentioning) = (0usize, 0u64, 0u64);
    for (i, segment) in segments.iter().enumerate() {
        if let Some(counted) = store.get(&segment.key) {
            tally.merge(counted);
            reused += 1;
            continue;
        }
        let before = tally.take_part();
        searcher
            .for_each_article_in(i, |id, title, body| {
                let links = linker.link_document(title, body);
                let doc = scanner.of_document(id, title, body, &links);
                read += 1;
                mentioning += u64::from(doc.mentions_any());
                tally.add(doc);
                Ok::<(), ()>(())
            })?
            .ok();
        let part = tally.take_part();
        store.insert(&segment.key, &part);
        tally.merge(before);
        tally.merge(part);
    }
    store.retain(&keys);
    if reused < segments.len() {
        if let Err(e) = store.save(&store_path, &context) {
            eprintln!(
                "nomen: could not keep the mentions for the next discovery in {}: {e}",
                store_path.display()
            );
        }
    }
    eprintln!(
        "nomen: pass 2: {reused} of {} segments counted before with these seeds ({}), {read} articles linked, {mentioning} of them mention a discovered entity",
        segments.len(),
        store_path.display()
    );
    summary.clock.mark("pass 2 (linking)");
    let proposals = tally.proposals();
    summary.clock.mark("proposals");
    Ok((proposals, summary))
}

/// The links indexing stored with an article, as the linker gives them.
fn stored_links(a: &nomen_index::StoredArticle, known: &Gazetteer) -> DocumentLinks {
    DocumentLinks {
        mentions: a
            .mentions
            .iter()
            .map(|m| Mention {
                field: m.field,
                start: m.start,
                end: m.end,
                text: a.text_of(m).to_string(),
                entity: m.entity.clone(),
                name: known
                    .get(&m.entity)
                    .map(|e| e.name.clone())
                    .unwrap_or_default(),
                rule: m.rule,
            })
            .collect(),
        entities: a.entities.clone(),
    }
}

/// Pass 1 on the workers: an article's candidates.
struct Candidates {
    known: Arc<Gazetteer>,
}

impl DocumentTarget for Candidates {
    type Doc = DocCandidates;
    fn assemble(&self, p: &Prepared<'_>) -> DocCandidates {
        let kind_of = |id: &str| self.known.get(id).map(|e| e.kind);
        discover::candidates(
            &nomen_fold::Folder::new(),
            &p.article.id,
            &p.article.title,
            &p.article.body,
            p.links,
            &kind_of,
        )
    }
}

/// A pass's sink: hands each document, in input order, to `add` (the corpus counts of
/// pass 1, the mentions of pass 2); nothing is stored, so nothing is committed.
struct Gather<D, F: FnMut(D)> {
    add: F,
    doc: std::marker::PhantomData<fn(D)>,
}

impl<D, F: FnMut(D)> Gather<D, F> {
    fn new(add: F) -> Self {
        Gather {
            add,
            doc: std::marker::PhantomData,
        }
    }
}

impl<D, F: FnMut(D)> DocumentSink for Gather<D, F> {
    type Doc = D;
    fn add(
        &mut self,
        _origin: &Origin,
        docs: Vec<Built<D>>,
    ) -> Result<Vec<RecordError>, nomen_index::Error> {
        for d in docs {
            (self.add)(d.doc);
        }
        Ok(Vec::new())
    }
    fn commit(&mut self, _progress: &mut Progress) -> Result<Vec<RecordError>, nomen_index::Error> {
        Ok(Vec::new())
    }
    fn replaced(&self) -> u64 {
        0
    }
}

/// Pass 2 on the workers: the discovered entities an article mentions.
struct Mentions(Scanner);

impl DocumentTarget for Mentions {
    type Doc = DocTally;
    fn assemble(&self, p: &Prepared<'_>) -> DocTally {
        self.0
            .of_document(&p.article.id, &p.article.title, &p.article.body, p.links)
    }
}

/// Reports rejected records of the first pass (the second reads the same records).
#[derive(Default)]
struct Observer {
    quiet: bool,
    shown: usize,
}

impl IngestObserver for Observer {
    fn rejected(&mut self, error: &RecordError) {
        if self.quiet {
            return;
        }
        self.shown += 1;
        if self.shown <= 20 {
            eprintln!("nomen: skipped {error}");
        } else if self.shown == 21 {
            eprintln!("nomen: more bad records; only counting them from now on");
        }
    }
}

/// Writes the proposals as JSON Lines, whole or not at all ([`OutputFile`]).
fn write_jsonl(path: &std::path::Path, proposals: &[Proposal]) -> anyhow::Result<()> {
    let mut out = OutputFile::create(path)?;
    for p in proposals {
        serde_json::to_writer(&mut out, p)?;
        out.write_all(b"\n")?;
    }
    out.commit()
}

/// The proposals as a table: documents, kind, confidence, name, a few aliases.
fn print_table(proposals: &[Proposal], limit: usize) -> anyhow::Result<()> {
    let stdout = io::stdout();
    let mut out = stdout.lock();
    writeln!(
        out,
        "{:>5}  {:<12}  {:>4}  name (aliases)",
        "docs", "kind", "conf"
    )?;
    for p in proposals.iter().take(limit) {
        let mut aliases: Vec<&str> = p.aliases.iter().take(4).map(String::as_str).collect();
        if p.aliases.len() > 4 {
            aliases.push("…");
        }
        let aliases = if aliases.is_empty() {
            String::new()
        } else {
            format!(" ({})", aliases.join(", "))
        };
        writeln!(
            out,
            "{:>5}  {:<12}  {:>4.2}  {}{}",
            p.discovered.documents,
            p.kind.as_str(),
            p.discovered.confidence,
            p.name,
            aliases
        )?;
    }
    if proposals.len() > limit {
        writeln!(
            out,
            "... and {} more (--limit, --json or -o FILE for all)",
            proposals.len() - limit
        )?;
    }
    out.flush()?;
    Ok(())
}
