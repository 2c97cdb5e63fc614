//! The counts of both passes kept between discoveries: what makes a second discovery
//! over an index that grew (pass 1), or over the same index (both passes), cheap.
//!
//! Pass 1 ([`Collector`]) is a sum over documents: the counts of a set of documents
//! are the counts of its parts added up ([`Collector::merge`]). A caller that reads
//! documents in parts that do not change (an index's segments: new articles go into
//! new segments) keeps each part's counts in a [`CandidateStore`] file and reads
//! again only the parts it has no counts for. Pass 2 ([`super::Tally`]) is such a sum
//! too ([`super::Tally::merge`]), kept per part in a [`MentionStore`]; but its counts
//! depend on every seed the corpus gave, so they serve only a discovery whose seeds
//! are the same (the same index, another `--kind` or `--min-docs`, or an index that
//! grew by articles that changed no seed).
//!
//! The file: `NOMENDSC`, the format version (`u32`), the *context* (a string: what
//! the counts depend on besides the documents, here the known gazetteer's fingerprint,
//! how its links were had, and the build of this crate, whose code makes the
//! candidates), then each part: its key (a string), the length of its counts in
//! bytes (`u64`) and the counts. Integers are little-endian, strings a `u32` length
//! and UTF-8. A file of another format, context or build, or a damaged one, is read
//! as empty: everything is counted again. It is written to a temporary file, synced
//! and renamed over the old one, so that a crash leaves the old file or the new one.

use std::collections::HashMap;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::{Collector, GroupTally, Stats, TallyPart};

const MAGIC: &[u8; 8] = b"NOMENDSC";
/// Bump when the encoding of [`Collector`] changes.
const VERSION: u32 = 7;

/// The magic of a [`MentionStore`] file.
const MENTION_MAGIC: &[u8; 8] = b"NOMENDSM";
/// Bump when the encoding of [`TallyPart`] changes.
const MENTION_VERSION: u32 = 1;

/// Encoded counts per part of a corpus, by key, for one context: the file format
/// of the module docs, whatever the counts.
#[derive(Debug, Default)]
struct PartFile {
    /// Per part: its key and its counts, encoded.
    parts: Vec<(String, Vec<u8>)>,
}

impl PartFile {
    fn load(path: &Path, magic: &[u8; 8], version: u32, context: &str) -> PartFile {
        std::fs::read(path)
            .ok()
            .and_then(|bytes| Self::decode(&bytes, magic, version, &full_context(context)))
            .unwrap_or_default()
    }

    fn decode(bytes: &[u8], magic: &[u8; 8], version: u32, context: &str) -> Option<PartFile> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(8)? != magic || r.u32()? != version || r.str()? != context {
            return None;
        }
        let mut parts = Vec::new();
        while r.at < bytes.len() {
            let key = r.str()?.to_string();
            let len = usize::try_from(r.u64()?).ok()?;
            let body = r.take(len)?.to_vec();
            parts.push((key, body));
        }
        Some(PartFile { parts })
    }

    fn get(&self, key: &str) -> Option<&[u8]> {
        self.parts
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, b)| b.as_slice())
    }

    fn insert(&mut self, key: &str, body: Vec<u8>) {
        match self.parts.iter_mut().find(|(k, _)| k == key) {
            Some(p) => p.1 = body,
            None => self.parts.push((key.to_string(), body)),
        }
    }

    fn retain(&mut self, keys: &[&str]) {
        self.parts.retain(|(k, _)| keys.contains(&k.as_str()));
    }

    fn save(&self, path: &Path, magic: &[u8; 8], version: u32, context: &str) -> io::Result<()> {
        let mut out = Vec::new();
        out.extend_from_slice(magic);
        out.extend_from_slice(&version.to_le_bytes());
        put_str(&mut out, &full_context(context));
        for (key, body) in &self.parts {
            put_str(&mut out, key);
            out.extend_from_slice(&(body.len() as u64).to_le_bytes());
            out.extend_from_slice(body);
        }
        let tmp = tmp_path(path);
        let mut file = std::fs::File::create(&tmp)?;
        file.write_all(&out)?;
        file.sync_all()?;
        drop(file);
        std::fs::rename(&tmp, path)
    }
}

/// The counts of pass 1 per part of a corpus (an index's segment), by key, as read
/// from and written to a file.
#[derive(Debug, Default)]
pub struct CandidateStore {
    file: PartFile,
}

impl CandidateStore {
    /// The store in `path` for `context` (see the module docs); empty when there is no
    /// such file, or one of another format, context or build, or a damaged one.
    pub fn load(path: &Path, context: &str) -> CandidateStore {
        CandidateStore {
            file: PartFile::load(path, MAGIC, VERSION, context),
        }
    }

    /// Parts held.
    pub fn len(&self) -> usize {
        self.file.parts.len()
    }

    /// True when no part is held.
    pub fn is_empty(&self) -> bool {
        self.file.parts.is_empty()
    }

    /// The counts of the part `key`, when held and readable.
    pub fn get(&self, key: &str) -> Option<Collector> {
        Collector::decode(self.file.get(key)?)
    }

    /// Keeps `collector` as the counts of the part `key` (replacing any).
    pub fn insert(&mut self, key: &str, collector: &Collector) {
        self.file.insert(key, collector.encode());
    }

    /// Keeps only the parts whose key is in `keys` (the parts that still exist).
    pub fn retain(&mut self, keys: &[&str]) {
        self.file.retain(keys);
    }

    /// Writes the store to `path` for `context`: to a temporary file beside it,
    /// synced, then renamed over it.
    pub fn save(&self, path: &Path, context: &str) -> io::Result<()> {
        self.file.save(path, MAGIC, VERSION, context)
    }
}

/// The counts of pass 2 per part of a corpus (an index's segment), by key, as read
/// from and written to a file: the format of [`CandidateStore`] (magic `NOMENDSM`),
/// each part a [`TallyPart`]. Pass 2 links with the discovered entities, so its
/// context names them ([`crate::Gazetteer::fingerprint`] of the gazetteer pass 2 links
/// with, and [`super::Tally::context`]): a discovery whose seeds differ from the last
/// one's in anything reads no part of it and links every document again.
#[derive(Debug, Default)]
pub struct MentionStore {
    file: PartFile,
}

impl MentionStore {
    /// The store in `path` for `context`; empty when there is no such file, or one of
    /// another format, context or build, or a damaged one.
    pub fn load(path: &Path, context: &str) -> MentionStore {
        MentionStore {
            file: PartFile::load(path, MENTION_MAGIC, MENTION_VERSION, context),
        }
    }

    /// Parts held.
    pub fn len(&self) -> usize {
        self.file.parts.len()
    }

    /// True when no part is held.
    pub fn is_empty(&self) -> bool {
        self.file.parts.is_empty()
    }

    /// The counts of the part `key`, when held and readable.
    pub fn get(&self, key: &str) -> Option<TallyPart> {
        TallyPart::decode(self.file.get(key)?)
    }

    /// Keeps `part` as the counts of the part `key` (replacing any).
    pub fn insert(&mut self, key: &str, part: &TallyPart) {
        self.file.insert(key, part.encode());
    }

    /// Keeps only the parts whose key is in `keys` (the parts that still exist).
    pub fn retain(&mut self, keys: &[&str]) {
        self.file.retain(keys);
    }

    /// Writes the store to `path` for `context`: to a temporary file beside it,
    /// synced, then renamed over it.
    pub fn save(&self, path: &Path, context: &str) -> io::Result<()> {
        self.file
            .save(path, MENTION_MAGIC, MENTION_VERSION, context)
    }
}

impl TallyPart {
    fn encode(&self) -> Vec<u8> {
        let mut out = Vec::new();
        put_u32(&mut out, self.groups.len());
        for (n, g) in &self.groups {
            out.extend_from_slice(&n.to_le_bytes());
            for x in [g.docs, g.mentions, g.lowercase] {
                out.extend_from_slice(&x.to_le_bytes());
            }
            put_counts(&mut out, &g.spellings);
            let mut rules: Vec<(&str, u32)> =
                g.rules.iter().map(|(r, c)| (r.as_str(), *c)).collect();
            rules.sort_unstable();
            put_u32(&mut out, rules.len());
            for (r, c) in rules {
                put_str(&mut out, r);
                out.extend_from_slice(&c.to_le_bytes());
            }
            put_u32(&mut out, g.examples.len());
            for e in &g.examples {
                put_str(&mut out, &e.id);
                put_str(&mut out, &e.text);
                put_str(&mut out, &e.mention);
            }
        }
        out
    }

    fn decode(bytes: &[u8]) -> Option<TallyPart> {
        let mut r = Reader { bytes, at: 0 };
        let n = r.u32()? as usize;
        let mut groups = Vec::with_capacity(n.min(bytes.len()));
        for _ in 0..n {
            let at = r.u32()?;
            let (docs, mentions, lowercase) = (r.u32()?, r.u32()?, r.u32()?);
            let spellings = r.counts()?;
            let k = r.u32()? as usize;
            let mut rules = HashMap::with_capacity(k.min(64));
            for _ in 0..k {
                let rule: crate::Rule = r.str()?.parse().ok()?;
                rules.insert(rule, r.u32()?);
            }
            let k = r.u32()? as usize;
            let mut examples = Vec::with_capacity(k.min(64));
            for _ in 0..k {
                examples.push(super::Example {
                    id: r.str()?.to_string(),
                    text: r.str()?.to_string(),
                    mention: r.str()?.to_string(),
                });
            }
            groups.push((
                at,
                GroupTally {
                    docs,
                    mentions,
                    spellings,
                    rules,
                    examples,
                    lowercase,
                },
            ));
        }
        (r.at == bytes.len()).then_some(TallyPart { groups })
    }
}

/// The context with the build of this crate (the code that makes the candidates).
fn full_context(context: &str) -> String {
    format!("{context}\n{}", crate::link::cache::build_digest())
}

fn tmp_path(path: &Path) -> PathBuf {
    // (Of this process: two discoveries over one index write apart, and the last
    // rename wins.)
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(format!(".tmp{}", std::process::id()));
    path.with_file_name(name)
}

impl Collector {
    /// Adds the counts of `other`, counted over other documents: the result is what
    /// counting all the documents, this collector's first, would have given (the
    /// first spelling's words of a candidate are this collector's), except that the
    /// table is pruned of one-document candidates only here, when the sum passes the
    /// limit.
    pub fn merge(&mut self, other: Collector) {
        self.documents += other.documents;
        self.pruned += other.pruned;
        for (w, n) in other.lowercase {
            *self.lowercase.entry(w).or_default() += n;
        }
        for (w, n) in other.lowercase_nouns {
            *self.lowercase_nouns.entry(w).or_default() += n;
        }
        for (w, n) in other.nouns {
            *self.nouns.entry(w).or_default() += n;
        }
        for (key, s) in other.candidates {
            match self.candidates.get_mut(&key) {
                Some(mine) => {
                    if mine.words.is_empty() {
                        mine.words = s.words.clone();
                    }
                    mine.absorb(s);
                }
                None => {
                    self.candidates.insert(key, s);
                }
            }
        }
        self.prune();
    }

    fn encode(&self) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(&self.documents.to_le_bytes());
        out.extend_from_slice(&self.pruned.to_le_bytes());
        put_counts(&mut out, &self.lowercase);
        put_counts(&mut out, &self.lowercase_nouns);
        put_counts(&mut out, &self.nouns);
        // (In key order: the same counts give the same bytes.)
        let mut keys: Vec<&String> = self.candidates.keys().collect();
        keys.sort_unstable();
        put_u32(&mut out, keys.len());
        for k in keys {
            put_str(&mut out, k);
            put_stats(&mut out, &self.candidates[k]);
        }
        out
    }

    fn decode(bytes: &[u8]) -> Option<Collector> {
        let mut r = Reader { bytes, at: 0 };
        let documents = r.u64()?;
        let pruned = r.u64()?;
        let lowercase = r.counts()?;
        let lowercase_nouns = r.counts()?;
        let nouns = r.counts()?;
        let n = r.u32()? as usize;
        let mut candidates = HashMap::with_capacity(n.min(bytes.len()));
        for _ in 0..n {
            let k = r.str()?.to_string();
            candidates.insert(k, r.stats()?);
        }
        (r.at == bytes.len()).then_some(Collector {
            candidates,
            lowercase,
            lowercase_nouns,
            nouns,
            documents,
            pruned,
            max_candidates: super::Options::default().max_candidates,
        })
    }
}

fn put_u32(out: &mut Vec<u8>, n: usize) {
    out.extend_from_slice(&(n as u32).to_le_bytes());
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    put_u32(out, s.len());
    out.extend_from_slice(s.as_bytes());
}

fn put_counts(out: &mut Vec<u8>, map: &HashMap<String, u32>) {
    let mut all: Vec<(&String, &u32)> = map.iter().collect();
    all.sort_unstable();
    put_u32(out, all.len());
    for (k, v) in all {
        put_str(out, k);
        out.extend_from_slice(&v.to_le_bytes());
    }
}

fn put_stats(out: &mut Vec<u8>, s: &Stats) {
    for n in [
        s.docs,
        s.inside,
        s.locative,
        s.surname_later,
        s.acronym_shape,
        s.numeric,
        s.indefinite,
        s.event_before,
        s.dotted,
        s.undotted,
        s.role_complement,
        s.noun_text,
        s.cut_complement,
        s.possessive,
        s.term,
        s.with_acronym,
        s.definite,
        s.article_text,
        s.body_before,
    ] {
        out.extend_from_slice(&n.to_le_bytes());
    }
    put_counts(out, &s.spellings);
    put_counts(out, &s.roles);
    put_counts(out, &s.acronyms);
    put_counts(out, &s.with_longer);
    put_u32(out, s.words.len());
    for w in &s.words {
        put_str(out, w);
    }
}

/// Reads what the `put_*` functions wrote; `None` past the end or on bad UTF-8.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let end = self.at.checked_add(n)?;
        let out = self.bytes.get(self.at..end)?;
        self.at = end;
        Some(out)
    }

    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }

    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }

    fn str(&mut self) -> Option<&'a str> {
        let n = self.u32()? as usize;
        std::str::from_utf8(self.take(n)?).ok()
    }

    fn counts(&mut self) -> Option<HashMap<String, u32>> {
        let n = self.u32()? as usize;
        let mut out = HashMap::with_capacity(n.min(self.bytes.len()));
        for _ in 0..n {
            let k = self.str()?.to_string();
            out.insert(k, self.u32()?);
        }
        Some(out)
    }

    fn stats(&mut self) -> Option<Stats> {
        let mut n = [0u32; 19];
        for x in &mut n {
            *x = self.u32()?;
        }
        let spellings = self.counts()?;
        let roles = self.counts()?;
        let acronyms = self.counts()?;
        let with_longer = self.counts()?;
        let w = self.u32()? as usize;
        let mut words = Vec::with_capacity(w.min(64));
        for _ in 0..w {
            words.push(self.str()?.to_string());
        }
        Some(Stats {
            docs: n[0],
            inside: n[1],
            locative: n[2],
            surname_later: n[3],
            acronym_shape: n[4],
            numeric: n[5],
            indefinite: n[6],
            event_before: n[7],
            dotted: n[8],
            undotted: n[9],
            role_complement: n[10],
            noun_text: n[11],
            cut_complement: n[12],
            possessive: n[13],
            term: n[14],
            with_acronym: n[15],
            definite: n[16],
            article_text: n[17],
            body_before: n[18],
            spellings,
            roles,
            acronyms,
            with_longer,
            words,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{DocumentLinks, Kind};
    use nomen_fold::Folder;

    fn collect(docs: &[&str]) -> Collector {
        let mut c = Collector::new(&super::super::Options::default());
        for (i, body) in docs.iter().enumerate() {
            c.add(super::super::candidates(
                &Folder::new(),
                &i.to_string(),
                "",
                body,
                &DocumentLinks::default(),
                &|_: &str| None::<Kind>,
            ));
        }
        c
    }

    const DOCS: [&str; 4] = [
        "La jueza Marisol Etxeberria Lanz dictó sentencia. Etxeberria dijo que no.",
        "Ayer, Marisol Etxeberria visitó el puerto con la ONG Foro Penal (FP).",
        "Según ETXEBERRIA LANZ, Marisol, la ley es clara en Velmora.",
        "El ministro Pablo Ortega habló en Velmora con Foro Penal.",
    ];

    #[test]
    fn counts_merged_by_parts_are_the_counts_of_the_whole() {
        let whole = collect(&DOCS);
        let mut parts = collect(&DOCS[..1]);
        parts.merge(collect(&DOCS[1..3]));
        parts.merge(collect(&DOCS[3..]));
        assert_eq!(whole.encode(), parts.encode());
        assert_eq!(whole.documents(), 4);
    }

    const PEOPLE: [&str; 8] = [
        "Marisol Etxeberria Lanz",
        "Halvard Østby",
        "Mirela Kovač",
        "Tibor Kovač",
        "Anneli Virtanen",
        "Dario Bellucci",
        "Oksana Hrytsenko",
        "Jonas Petrauskas",
    ];
    const BODIES: [(&str, &str); 4] = [
        ("Baltic Water Watch", "BWW"),
        ("Consejo Regional de Aguas", "CRA"),
        ("Nordic Rail Union", "NRU"),
        ("Foro Penal", "FP"),
    ];

    /// A document of generated sentences: (template, person, body) each.
    fn document(sentences: &[(usize, usize, usize)]) -> String {
        let mut out =
            String::from("Meanwhile the harbour authority met, however the rain went on.");
        for &(t, p, b) in sentences {
            let person = PEOPLE[p % PEOPLE.len()];
            let surname = person.rsplit(' ').next().unwrap_or(person);
            let initial = person.chars().next().unwrap_or('X');
            let (body, acronym) = BODIES[b % BODIES.len()];
            out.push(' ');
            out.push_str(&match t % 6 {
                0 => format!("The minister {person} said the plan was late."),
                1 => format!("Later {surname} asked the ministry for help, however it declined."),
                2 => format!("Meanwhile, {person} met the mayor of the town."),
                3 => format!("The report was signed by {initial}. {surname} and sent to {body}."),
                4 => format!("However, the {body} published its figures; the inspector waited."),
                _ => format!("The {body} ({acronym}) criticised the plan, said {person}."),
            });
        }
        out
    }

    /// Discovery's seeds over `docs`, then pass 2 over all of them in one tally, or
    /// part by part (cut before the documents at `cuts`), each part written to a
    /// store, read back and merged: the proposals, and the contexts of the tallies.
    fn pass_2_whole_and_in_parts(
        docs: &[String],
        cuts: &[usize],
    ) -> [(Vec<super::super::Proposal>, String); 2] {
        use crate::{Gazetteer, Linker};
        use std::sync::Arc;
        let options = super::super::Options::default();
        let known = Arc::new(Gazetteer::empty());
        let linker = Linker::new(known.clone());
        let tally = || {
            let mut c = Collector::new(&options);
            for (i, body) in docs.iter().enumerate() {
                let links = linker.link_document("", body);
                c.add(super::super::candidates(
                    linker.folder(),
                    &i.to_string(),
                    "",
                    body,
                    &links,
                    &|_: &str| None::<Kind>,
                ));
            }
            let seeds = c.seeds(&linker, &options);
            let both = Linker::new(Arc::new(seeds.gazetteer(&known)));
            (seeds.tally(&options), both)
        };
        let (mut whole, both) = tally();
        let scanner = whole.scanner();
        let doc = |i: usize| {
            let body = &docs[i];
            scanner.of_document(&i.to_string(), "", body, &both.link_document("", body))
        };
        for i in 0..docs.len() {
            whole.add(doc(i));
        }
        let (mut parts, _) = tally();
        let mut bounds: Vec<usize> = cuts.iter().map(|&c| c.min(docs.len())).collect();
        bounds.extend([0, docs.len()]);
        bounds.sort_unstable();
        let mut store = MentionStore::default();
        for (k, w) in bounds.windows(2).enumerate() {
            let before = parts.take_part();
            for i in w[0]..w[1] {
                parts.add(doc(i));
            }
            let part = parts.take_part();
            store.insert(&k.to_string(), &part);
            parts.merge(before);
            parts.merge(store.get(&k.to_string()).expect("read back"));
        }
        let (cw, cp) = (whole.context(), parts.context());
        [(whole.proposals(), cw), (parts.proposals(), cp)]
    }

    #[test]
    fn pass_2_counted_in_parts_is_pass_2_of_the_whole() {
        let docs: Vec<String> = (0..12)
            .map(|i| document(&[(i, i, i), (i + 1, i, i + 2), (i + 5, i + 3, i)]))
            .collect();
        let [(whole, a), (parts, b)] = pass_2_whole_and_in_parts(&docs, &[3, 3, 7]);
        assert!(!whole.is_empty());
        assert!(whole.iter().any(|p| p.name == "Foro Penal"), "{whole:#?}");
        assert_eq!(whole, parts);
        // The context is the same for the same seeds (whatever the hash maps' order).
        assert_eq!(a, b);
        // Other seeds, another context.
        let [(_, c), _] = pass_2_whole_and_in_parts(&docs[..6], &[]);
        assert_ne!(a, c);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(16))]
        #[test]
        fn pass_2_in_parts_is_pass_2_of_the_whole_on_generated_corpora(
            docs in proptest::collection::vec(
                proptest::collection::vec((0usize..6, 0usize..8, 0usize..4), 1..5),
                4..20,
            ),
            cuts in proptest::collection::vec(0usize..20, 0..4),
        ) {
            let docs: Vec<String> = docs.iter().map(|d| document(d)).collect();
            let [(whole, a), (parts, b)] = pass_2_whole_and_in_parts(&docs, &cuts);
            proptest::prop_assert_eq!(whole, parts);
            proptest::prop_assert_eq!(a, b);
        }
    }

    #[test]
    fn a_store_reads_back_what_it_wrote_and_nothing_of_another_context() {
        let dir = std::env::temp_dir().join(format!("nomen-store-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("store.bin");
        let mut store = CandidateStore::default();
        let a = collect(&DOCS[..2]);
        let b = collect(&DOCS[2..]);
        store.insert("seg-a.0", &a);
        store.insert("seg-b.0", &b);
        store.save(&path, "gazetteer 1").unwrap();
        let back = CandidateStore::load(&path, "gazetteer 1");
        assert_eq!(back.len(), 2);
        assert_eq!(back.get("seg-a.0").unwrap().encode(), a.encode());
        assert_eq!(back.get("seg-b.0").unwrap().encode(), b.encode());
        assert!(back.get("seg-b.1").is_none());
        assert!(CandidateStore::load(&path, "gazetteer 2").is_empty());
        // A damaged file is no store.
        let bytes = std::fs::read(&path).unwrap();
        std::fs::write(&path, &bytes[..bytes.len() - 3]).unwrap();
        assert!(CandidateStore::load(&path, "gazetteer 1").is_empty());
        assert!(CandidateStore::load(&dir.join("none.bin"), "gazetteer 1").is_empty());
        // Only the parts still there are kept.
        store.retain(&["seg-b.0"]);
        assert_eq!(store.len(), 1);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
