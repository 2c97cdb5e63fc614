//! The seeded generator of multilingual news-like articles.
//!
//! [`generate`] streams articles as nomen JSON Lines (`id`, `title`, `body`, `lang`,
//! `source`, `date`) to any writer until a byte or document budget is reached; nothing
//! is held in memory but the article being written. Article `i` depends only on the
//! seed and `i` (each article has its own derived PRNG stream), so a 10 MB corpus is a
//! prefix of the 1 GB corpus with the same seed, and the output is identical on every
//! platform (integer-only PRNG, fixed tables).
//!
//! Text is drawn from per-language word lists ([`crate::vocab`]: en, es, pt, fr, de, ru,
//! el, zh, ja) with Zipf weights, plus a long tail of syllable-made pseudo-words. Each
//! article mentions a few gazetteer entities in variant spellings: as written, accents
//! dropped, ALL CAPS, `Surname, Given`, initials, surname alone, possessive, aliases in
//! other scripts, generated Cyrillic and Greek transliterations, acronyms introduced
//! with their definition; and lowercase homographs of entity words as distractors.
//!
//! The gazetteer is the built-in one optionally enlarged by [`synthetic_entities`], so
//! linking runs at a realistic gazetteer size; [`generation_gazetteer`] builds it, and
//! the caller writes it next to the corpus.

use std::fmt::Write as _;
use std::io::{self, Write};

use nomen_entities::{Entity, Gazetteer, Kind};
use serde::Serialize;

use crate::rng::{derive, Rng, Zipf};
use crate::vocab::{self, Language, LANGUAGES};

/// Version of the generation rules; written to the corpus metadata. Bump it whenever a
/// change makes the same seed produce different text.
pub const GENERATOR_VERSION: u32 = 1;

const STREAM_ARTICLE: u64 = 1;
const STREAM_ENTITIES: u64 = 2;

/// When to stop generating.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Budget {
    /// Stop once at least this many bytes are written (`None`: no byte limit).
    pub bytes: Option<u64>,
    /// Stop after this many articles (`None`: no count limit).
    pub docs: Option<u64>,
}

/// What [`generate`] wrote.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct GenStats {
    /// Articles written.
    pub docs: u64,
    /// Bytes written (JSON Lines, newlines included).
    pub bytes: u64,
    /// Entity mentions planted (every variant counts once).
    pub mentions: u64,
    /// Articles per language code, in [`LANGUAGES`] order.
    pub languages: Vec<(String, u64)>,
}

/// One JSONL record, borrowed.
#[derive(Serialize)]
struct Record<'a> {
    id: &'a str,
    title: &'a str,
    body: &'a str,
    lang: &'a str,
    source: &'a str,
    date: &'a str,
}

/// `count` synthetic entities (people, organisations with acronyms, places), derived
/// from `seed` only. Ids are `syn-person-000001`, `syn-org-...`, `syn-place-...`; a
/// person also gets a Cyrillic alias, an organisation its acronym.
pub fn synthetic_entities(seed: u64, count: usize) -> Vec<Entity> {
    let mut rng = Rng::new(derive(seed, STREAM_ENTITIES, 0));
    let mut out = Vec::with_capacity(count);
    let mut seen = std::collections::HashSet::new();
    let mut i = 0usize;
    while out.len() < count {
        i += 1;
        // People 60 %, organisations 25 %, places 15 %.
        let roll = rng.below(100);
        let (id, name, kind, aliases) = if roll < 60 {
            let given = rng.pick(vocab::GIVEN_NAMES);
            let surname = rng.pick(vocab::SURNAMES);
            let name = if rng.percent(30) {
                let second = rng.pick(vocab::SURNAMES);
                format!("{given} {surname} {second}")
            } else if rng.percent(15) {
                let middle = rng.pick(vocab::GIVEN_NAMES);
                format!("{given} {}. {surname}", first_char(middle))
            } else {
                format!("{given} {surname}")
            };
            let cyr = transliterate(&name, Script::Cyrillic);
            (format!("syn-person-{i:06}"), name, Kind::Person, vec![cyr])
        } else if roll < 85 {
            let ty = rng.pick(vocab::ORG_TYPES);
            let mid = rng.pick(vocab::ORG_MIDDLES);
            let stem = rng.pick(vocab::ORG_STEMS);
            let name = format!("{ty} {mid} {stem}");
            let acronym = acronym(&name);
            let aliases = if acronym.chars().count() >= 2 {
                vec![acronym]
            } else {
                Vec::new()
            };
            (format!("syn-org-{i:06}"), name, Kind::Organization, aliases)
        } else {
            let prefix = rng.pick(vocab::PLACE_PREFIXES);
            let lang = rng.pick(&LANGUAGES[..5]);
            let syllables = 2 + rng.below(2) as usize;
            let stem = capitalize(&pseudo_word(&mut rng, lang, syllables));
            let name = format!("{prefix} {stem}");
            (format!("syn-place-{i:06}"), name, Kind::Place, Vec::new())
        };
        // Skip exact duplicate names: two entities with one name is a gazetteer error
        // the linker is entitled to report, and not what this corpus is about.
        if !seen.insert(name.clone()) {
            continue;
        }
        out.push(Entity {
            id,
            name,
            kind,
            aliases,
            extra: Default::default(),
        });
    }
    out
}

/// The gazetteer a corpus is generated from: the hand-written part of the built-in one
/// ([`Gazetteer::builtin_entities`], so that the corpus does not change with the
/// generated place data) plus `synthetic` synthetic entities (see [`synthetic_entities`]).
pub fn generation_gazetteer(seed: u64, synthetic: usize) -> Gazetteer {
    // The embedded file is checked by nomen-entities' tests.
    let mut gazetteer = Gazetteer::builtin_entities().unwrap_or_default();
    for entity in synthetic_entities(seed, synthetic) {
        gazetteer.insert(entity);
    }
    gazetteer
}

/// Writes articles generated from `seed` and the entities of `gazetteer` to `out`
/// until `budget` is reached.
///
/// # Errors
/// Only the writer's I/O errors.
pub fn generate<W: Write>(
    seed: u64,
    gazetteer: &Gazetteer,
    budget: Budget,
    out: W,
) -> io::Result<GenStats> {
    let gen = Generator::new(seed, gazetteer);
    let mut out = CountingWriter {
        inner: io::BufWriter::with_capacity(1 << 20, out),
        count: 0,
    };
    let mut stats = GenStats::default();
    let mut per_lang = vec![0u64; LANGUAGES.len()];
    let mut article = Article::default();
    loop {
        if budget.docs.is_some_and(|d| stats.docs >= d)
            || budget.bytes.is_some_and(|b| out.count >= b)
        {
            break;
        }
        if budget.docs.is_none() && budget.bytes.is_none() {
            break;
        }
        let lang_index = gen.article(stats.docs, &mut article);
        per_lang[lang_index] += 1;
        stats.mentions += article.mentions;
        let record = Record {
            id: &article.id,
            title: &article.title,
            body: &article.body,
            lang: LANGUAGES[lang_index].code,
            source: article.source,
            date: &article.date,
        };
        serde_json::to_writer(&mut out, &record).map_err(io::Error::other)?;
        out.write_all(b"\n")?;
        stats.docs += 1;
    }
    out.flush()?;
    stats.bytes = out.count;
    stats.languages = LANGUAGES
        .iter()
        .zip(per_lang)
        .map(|(l, n)| (l.code.to_string(), n))
        .collect();
    Ok(stats)
}

struct CountingWriter<W: Write> {
    inner: W,
    count: u64,
}

impl<W: Write> Write for CountingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.count += n as u64;
        Ok(n)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// An article being built (buffers reused across articles).
#[derive(Default)]
struct Article {
    id: String,
    title: String,
    body: String,
    date: String,
    source: &'static str,
    mentions: u64,
}

/// The scripts a name can be shown in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Cyrillic,
    Greek,
    Cjk,
}

fn script_of(text: &str) -> Script {
    for c in text.chars() {
        match c as u32 {
            0x0370..=0x03FF | 0x1F00..=0x1FFF => return Script::Greek,
            0x0400..=0x04FF => return Script::Cyrillic,
            0x3040..=0x30FF | 0x3400..=0x9FFF | 0xAC00..=0xD7AF => return Script::Cjk,
            _ => {}
        }
    }
    Script::Latin
}

fn lang_script(code: &str) -> Script {
    match code {
        "ru" => Script::Cyrillic,
        "el" => Script::Greek,
        "zh" | "ja" => Script::Cjk,
        _ => Script::Latin,
    }
}

/// An entity with its spellings precomputed.
struct Persona {
    kind: Kind,
    name: String,
    /// The last word of the name (for people, the surname used alone).
    surname: String,
    stripped: String,
    caps: String,
    /// `Surname, Given Middle` (people only).
    inverted: Option<String>,
    /// `N. Surname` (people only).
    initials: Option<String>,
    /// Acronym of an organisation's content words, when the name has ≥ 2 of them.
    acronym: Option<String>,
    latin_aliases: Vec<String>,
    cyrillic: String,
    greek: String,
    cjk_aliases: Vec<String>,
    /// Lowercase words of the name that are ordinary words too (distractors).
    homographs: Vec<String>,
}

impl Persona {
    fn new(entity: &Entity) -> Persona {
        let name = entity.name.clone();
        let words: Vec<&str> = name.split_whitespace().collect();
        let surname = words.last().copied().unwrap_or(&name).to_string();
        let person = entity.kind == Kind::Person && words.len() >= 2;
        let inverted = person.then(|| format!("{surname}, {}", words[..words.len() - 1].join(" ")));
        let initials = person.then(|| format!("{}. {surname}", first_char(words[0])));
        let acronym = if entity.kind == Kind::Organization {
            let a = acronym(&name);
            (a.chars().count() >= 2).then_some(a)
        } else {
            None
        };
        let mut latin_aliases = Vec::new();
        let mut cyrillic = None;
        let mut greek = None;
        let mut cjk_aliases = Vec::new();
        for alias in &entity.aliases {
            match script_of(alias) {
                Script::Latin => latin_aliases.push(alias.clone()),
                Script::Cyrillic => {
                    cyrillic.get_or_insert_with(|| alias.clone());
                }
                Script::Greek => {
                    greek.get_or_insert_with(|| alias.clone());
                }
                Script::Cjk => cjk_aliases.push(alias.clone()),
            }
        }
        let homographs = words
            .iter()
            .filter(|w| w.chars().count() >= 4 && w.chars().all(char::is_alphabetic))
            .map(|w| w.to_lowercase())
            .collect();
        Persona {
            kind: entity.kind,
            surname,
            stripped: strip_accents(&name),
            caps: name.to_uppercase(),
            inverted,
            initials,
            acronym,
            latin_aliases,
            cyrillic: cyrillic.unwrap_or_else(|| transliterate(&name, Script::Cyrillic)),
            greek: greek.unwrap_or_else(|| transliterate(&name, Script::Greek)),
            cjk_aliases,
            homographs,
            name,
        }
    }

    /// The first mention in an article: a full form in the article's script. An
    /// organisation with an acronym is introduced as `Name (ACR)` half of the time.
    fn first_mention(&self, rng: &mut Rng, script: Script, out: &mut String) {
        match script {
            Script::Cyrillic => out.push_str(&self.cyrillic),
            Script::Greek => out.push_str(&self.greek),
            Script::Cjk if !self.cjk_aliases.is_empty() => {
                out.push_str(rng.pick(&self.cjk_aliases).as_str());
            }
            _ => {
                let form = match rng.below(10) {
                    0 => &self.stripped,
                    1 if !self.latin_aliases.is_empty() => rng.pick(&self.latin_aliases),
                    _ => &self.name,
                };
                out.push_str(form);
                if let (Some(acr), true) = (&self.acronym, rng.percent(50)) {
                    let _ = write!(out, " ({acr})");
                }
            }
        }
    }

    /// A later mention: any variant spelling.
    fn later_mention(&self, rng: &mut Rng, script: Script, lang: &Language, out: &mut String) {
        if script != Script::Latin && rng.percent(70) {
            return self.first_mention(rng, script, out);
        }
        let roll = rng.below(100);
        let text: &str = match roll {
            0..=14 => &self.name,
            15..=24 => &self.stripped,
            25..=31 => &self.caps,
            32..=39 => self.inverted.as_deref().unwrap_or(&self.caps),
            40..=47 => self.initials.as_deref().unwrap_or(&self.stripped),
            48..=69 => match (&self.acronym, self.kind) {
                (Some(acr), _) => acr,
                (None, Kind::Person) => &self.surname,
                _ => &self.name,
            },
            70..=77 if !self.latin_aliases.is_empty() => rng.pick(&self.latin_aliases).as_str(),
            78..=83 => &self.cyrillic,
            84..=87 => &self.greek,
            88..=91 if !self.cjk_aliases.is_empty() => rng.pick(&self.cjk_aliases).as_str(),
            _ => &self.surname,
        };
        out.push_str(text);
        if lang.code == "en" && roll >= 92 && !text.ends_with('s') {
            out.push_str("'s");
        }
    }
}

struct Generator {
    seed: u64,
    personas: Vec<Persona>,
    /// Indices of the built-in entities (mentioned more often: the news of the day).
    builtin: Vec<usize>,
    /// Indices of the other entities, drawn with Zipf weights (a few are popular).
    others: Vec<usize>,
    others_zipf: Zipf,
    word_zipf: Vec<Zipf>,
    tail_zipf: Zipf,
    lang_total: u64,
}

impl Generator {
    fn new(seed: u64, gazetteer: &Gazetteer) -> Generator {
        let personas: Vec<Persona> = gazetteer.entities().iter().map(Persona::new).collect();
        let (builtin, others): (Vec<usize>, Vec<usize>) =
            (0..personas.len()).partition(|&i| !gazetteer.entities()[i].id.starts_with("syn-"));
        let others_zipf = Zipf::new(others.len());
        Generator {
            seed,
            personas,
            builtin,
            others,
            others_zipf,
            word_zipf: LANGUAGES.iter().map(|l| Zipf::new(l.words.len())).collect(),
            tail_zipf: Zipf::new(200_000),
            lang_total: LANGUAGES.iter().map(|l| u64::from(l.weight)).sum(),
        }
    }

    /// Fills `a` with article number `index`; returns its language's index.
    fn article(&self, index: u64, a: &mut Article) -> usize {
        let mut rng = Rng::new(derive(self.seed, STREAM_ARTICLE, index));
        let lang_index = {
            let mut x = rng.below(self.lang_total);
            let mut chosen = 0;
            for (i, l) in LANGUAGES.iter().enumerate() {
                if x < u64::from(l.weight) {
                    chosen = i;
                    break;
                }
                x -= u64::from(l.weight);
            }
            chosen
        };
        let lang = &LANGUAGES[lang_index];
        let script = lang_script(lang.code);
        a.id.clear();
        let _ = write!(a.id, "gen-{:x}-{index:09}", self.seed);
        a.date.clear();
        write_date(&mut a.date, 19_723 + rng.below(1_800) as i64); // from 2024-01-01
        a.source = *rng.pick(lang.sources);
        a.title.clear();
        a.body.clear();
        a.mentions = 0;

        // The cast: 2 to 5 entities, built-in ones half the time when there are others.
        let mut cast: Vec<usize> = Vec::with_capacity(5);
        for _ in 0..rng.range(2, 5) {
            let pick = if !self.builtin.is_empty() && (self.others.is_empty() || rng.percent(50)) {
                Some(*rng.pick(&self.builtin))
            } else if !self.others.is_empty() {
                Some(self.others[self.others_zipf.sample(&mut rng)])
            } else {
                None
            };
            if let Some(p) = pick.filter(|p| !cast.contains(p)) {
                cast.push(p);
            }
        }
        let mut introduced = vec![false; cast.len()];

        // Title: a few words around the lead entity.
        let title_words = rng.range(4, 10);
        let lead_at = rng.below(title_words as u64) as usize;
        for w in 0..title_words {
            if w > 0 && !lang.no_spaces {
                a.title.push(' ');
            }
            if w == lead_at && !cast.is_empty() {
                self.personas[cast[0]].first_mention(&mut rng, script, &mut a.title);
                introduced[0] = true;
                a.mentions += 1;
            } else {
                self.word(&mut rng, lang_index, &mut a.title);
            }
            if w == 0 {
                capitalize_in_place(&mut a.title);
            }
        }

        // Body: paragraphs of sentences; about one sentence in three names someone.
        for p in 0..rng.range(3, 8) {
            if p > 0 {
                a.body.push('\n');
            }
            for s in 0..rng.range(2, 6) {
                if s > 0 && !lang.no_spaces {
                    a.body.push(' ');
                }
                self.sentence(&mut rng, lang_index, &cast, &mut introduced, a);
            }
        }
        lang_index
    }

    fn sentence(
        &self,
        rng: &mut Rng,
        lang_index: usize,
        cast: &[usize],
        introduced: &mut [bool],
        a: &mut Article,
    ) {
        let lang = &LANGUAGES[lang_index];
        let script = lang_script(lang.code);
        let words = rng.range(6, 24);
        let mention_at = if !cast.is_empty() && rng.percent(35) {
            Some(rng.below(words as u64) as usize)
        } else {
            None
        };
        let start = a.body.len();
        for w in 0..words {
            if w > 0 && !lang.no_spaces {
                a.body.push(' ');
            }
            if Some(w) == mention_at {
                let who = rng.below(cast.len() as u64) as usize;
                let persona = &self.personas[cast[who]];
                if introduced[who] {
                    persona.later_mention(rng, script, lang, &mut a.body);
                } else {
                    persona.first_mention(rng, script, &mut a.body);
                    introduced[who] = true;
                }
                a.mentions += 1;
                if rng.percent(25) {
                    if !lang.no_spaces {
                        a.body.push(' ');
                    }
                    a.body.push_str(rng.pick::<&str>(lang.said));
                }
            } else if rng.percent(1) && !cast.is_empty() {
                // Distractor: a lowercase homograph of a word of some entity's name.
                let persona = &self.personas[cast[rng.below(cast.len() as u64) as usize]];
                if persona.homographs.is_empty() || script != Script::Latin {
                    self.word(rng, lang_index, &mut a.body);
                } else {
                    a.body.push_str(rng.pick(&persona.homographs).as_str());
                }
            } else if rng.percent(2) {
                let _ = write!(a.body, "{}", rng.below(10_000));
            } else {
                self.word(rng, lang_index, &mut a.body);
            }
            if w + 1 < words && rng.percent(6) {
                a.body.push_str(lang.comma);
            }
        }
        capitalize_from(&mut a.body, start);
        a.body.push_str(lang.full_stop);
    }

    /// One word: 95 % from the frequent list, 5 % from the pseudo-word tail.
    fn word(&self, rng: &mut Rng, lang_index: usize, out: &mut String) {
        let lang = &LANGUAGES[lang_index];
        if rng.percent(95) {
            out.push_str(lang.words[self.word_zipf[lang_index].sample(rng)]);
        } else {
            // Rank r of the tail always spells the same pseudo-word in a language.
            let rank = self.tail_zipf.sample(rng) as u64;
            let mut word_rng = Rng::new(derive(lang_index as u64, 99, rank));
            let syllables = 2 + word_rng.below(3) as usize;
            out.push_str(&pseudo_word(&mut word_rng, lang, syllables));
        }
    }
}

fn pseudo_word(rng: &mut Rng, lang: &Language, syllables: usize) -> String {
    let mut word = String::new();
    for _ in 0..syllables {
        word.push_str(rng.pick::<&str>(lang.syllables));
    }
    word
}

fn first_char(word: &str) -> char {
    word.chars().next().unwrap_or('X')
}

fn capitalize(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn capitalize_in_place(text: &mut String) {
    capitalize_from(text, 0);
}

/// Upper-cases the first character of `text[start..]`.
fn capitalize_from(text: &mut String, start: usize) {
    if let Some(c) = text[start..].chars().next() {
        if c.is_lowercase() {
            let upper: String = c.to_uppercase().collect();
            text.replace_range(start..start + c.len_utf8(), &upper);
        }
    }
}

/// Words that do not make an acronym letter (articles, prepositions, conjunctions).
const ACRONYM_SKIP: &[&str] = &[
    "de", "del", "la", "las", "los", "el", "y", "e", "para", "of", "the", "and", "for", "da", "do",
    "des", "du", "der", "die", "und",
];

/// The acronym of a name's content words: `Consejo Nacional Electoral` → `CNE`.
pub fn acronym(name: &str) -> String {
    name.split_whitespace()
        .filter(|w| !ACRONYM_SKIP.contains(&w.to_lowercase().as_str()))
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_uppercase)
        .collect()
}

/// Latin letters with their accents removed (a small table, enough for the names the
/// generator uses; the point is a spelling variant, not a reference folding).
pub fn strip_accents(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'Á' | 'À' | 'Â' | 'Ä' | 'Ã' | 'Å' => 'A',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'É' | 'È' | 'Ê' | 'Ë' => 'E',
            'í' | 'ì' | 'î' | 'ï' | 'ı' => 'i',
            'Í' | 'Ì' | 'Î' | 'Ï' | 'İ' => 'I',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' => 'o',
            'Ó' | 'Ò' | 'Ô' | 'Ö' | 'Õ' | 'Ø' => 'O',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'Ú' | 'Ù' | 'Û' | 'Ü' => 'U',
            'ñ' => 'n',
            'Ñ' => 'N',
            'ç' => 'c',
            'Ç' => 'C',
            'ś' | 'ş' => 's',
            'Ś' | 'Ş' => 'S',
            'ł' => 'l',
            'Ł' => 'L',
            other => other,
        })
        .collect()
}

/// A rough phonetic rendering of a Latin-script name in Cyrillic or Greek, the way a
/// newspaper in that script might print it (one table per script, letter by letter).
fn transliterate(name: &str, script: Script) -> String {
    let plain = strip_accents(name);
    let mut out = String::with_capacity(plain.len() * 2);
    let mut upper_next = true;
    let chars: Vec<char> = plain.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if !c.is_alphabetic() {
            out.push(c);
            upper_next = true;
            i += 1;
            continue;
        }
        let lower = c.to_ascii_lowercase();
        let next = chars.get(i + 1).map(|n| n.to_ascii_lowercase());
        let (piece, used) = match (script, lower, next) {
            (Script::Cyrillic, 's', Some('h')) => ("ш", 2),
            (Script::Cyrillic, 'c', Some('h')) => ("ч", 2),
            (Script::Cyrillic, 'z', Some('h')) => ("ж", 2),
            (Script::Cyrillic, 'k', Some('h')) => ("х", 2),
            (Script::Greek, 't', Some('h')) => ("θ", 2),
            (Script::Greek, 'p', Some('h')) => ("φ", 2),
            (Script::Greek, 'c', Some('h')) => ("χ", 2),
            (Script::Greek, 'o', Some('u')) => ("ου", 2),
            (Script::Cyrillic, l, _) => (cyrillic_letter(l), 1),
            (_, l, _) => (greek_letter(l), 1),
        };
        if upper_next {
            out.extend(piece.chars().take(1).flat_map(char::to_uppercase));
            out.extend(piece.chars().skip(1));
        } else {
            out.push_str(piece);
        }
        upper_next = false;
        i += used;
    }
    if script == Script::Greek {
        // Final sigma at the end of a word.
        let mut fixed = String::with_capacity(out.len());
        let chars: Vec<char> = out.chars().collect();
        for (j, &c) in chars.iter().enumerate() {
            let at_end = chars.get(j + 1).is_none_or(|n| !n.is_alphabetic());
            fixed.push(if c == 'σ' && at_end { 'ς' } else { c });
        }
        return fixed;
    }
    out
}

fn cyrillic_letter(c: char) -> &'static str {
    match c {
        'a' => "а",
        'b' => "б",
        'c' => "к",
        'd' => "д",
        'e' => "е",
        'f' => "ф",
        'g' => "г",
        'h' => "х",
        'i' => "и",
        'j' => "х",
        'k' => "к",
        'l' => "л",
        'm' => "м",
        'n' => "н",
        'o' => "о",
        'p' => "п",
        'q' => "к",
        'r' => "р",
        's' => "с",
        't' => "т",
        'u' => "у",
        'v' => "в",
        'w' => "у",
        'x' => "кс",
        'y' => "и",
        'z' => "с",
        _ => "",
    }
}

fn greek_letter(c: char) -> &'static str {
    match c {
        'a' => "α",
        'b' => "μπ",
        'c' => "κ",
        'd' => "ντ",
        'e' => "ε",
        'f' => "φ",
        'g' => "γκ",
        'h' => "",
        'i' => "ι",
        'j' => "χ",
        'k' => "κ",
        'l' => "λ",
        'm' => "μ",
        'n' => "ν",
        'o' => "ο",
        'p' => "π",
        'q' => "κ",
        'r' => "ρ",
        's' => "σ",
        't' => "τ",
        'u' => "ου",
        'v' => "β",
        'w' => "ου",
        'x' => "ξ",
        'y' => "ι",
        'z' => "ζ",
        _ => "",
    }
}

/// `YYYY-MM-DD` of `days` since 1970-01-01 (Howard Hinnant's civil-from-days).
fn write_date(out: &mut String, days: i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    let _ = write!(out, "{year:04}-{month:02}-{day:02}");
}

/// Parses a size such as `10MB`, `1GB`, `500kB`, `2GiB` or `12345` (bytes). `kB`, `MB`,
/// `GB` are powers of 1000, `KiB`, `MiB`, `GiB` powers of 1024; case-insensitive.
pub fn parse_size(text: &str) -> Result<u64, String> {
    let t = text.trim();
    let split = t
        .find(|c: char| !c.is_ascii_digit() && c != '.')
        .unwrap_or(t.len());
    let (number, unit) = t.split_at(split);
    let unit = unit.trim().to_ascii_lowercase();
    let factor: u64 = match unit.as_str() {
        "" | "b" => 1,
        "k" | "kb" => 1_000,
        "m" | "mb" => 1_000_000,
        "g" | "gb" => 1_000_000_000,
        "kib" => 1 << 10,
        "mib" => 1 << 20,
        "gib" => 1 << 30,
        _ => {
            return Err(format!(
                "size {text:?}: unknown unit {unit:?} (use kB, MB, GB, KiB, MiB, GiB)"
            ))
        }
    };
    // Whole and tenths only, in integers: "1.5GB".
    let (whole, frac) = number.split_once('.').unwrap_or((number, ""));
    let whole: u64 = whole
        .parse()
        .map_err(|_| format!("size {text:?}: {number:?} is not a number"))?;
    let tenths: u64 = match frac.len() {
        0 => 0,
        1 => frac
            .parse()
            .map_err(|_| format!("size {text:?}: bad fraction"))?,
        _ => return Err(format!("size {text:?}: at most one decimal")),
    };
    Ok(whole * factor + tenths * factor / 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn small(seed: u64, docs: u64, synthetic: usize) -> (Vec<u8>, GenStats) {
        let gazetteer = generation_gazetteer(seed, synthetic);
        let mut out = Vec::new();
        let budget = Budget {
            bytes: None,
            docs: Some(docs),
        };
        let stats = generate(seed, &gazetteer, budget, &mut out).unwrap();
        (out, stats)
    }

    #[test]
    fn same_seed_same_bytes_and_prefix_stable() {
        let (a, sa) = small(7, 40, 200);
        let (b, _) = small(7, 40, 200);
        assert_eq!(a, b);
        let (c, _) = small(8, 40, 200);
        assert_ne!(a, c);
        let (shorter, _) = small(7, 10, 200);
        assert!(a.starts_with(&shorter));
        assert_eq!(sa.docs, 40);
        assert_eq!(sa.bytes, a.len() as u64);
        assert_eq!(sa.languages.iter().map(|(_, n)| n).sum::<u64>(), 40);
    }

    #[test]
    fn records_are_nomen_jsonl_with_entity_mentions() {
        let (out, stats) = small(1, 200, 500);
        let text = String::from_utf8(out).unwrap();
        let mut langs = std::collections::HashSet::new();
        for line in text.lines() {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            for field in ["id", "title", "body", "lang", "source", "date"] {
                assert!(
                    v[field].as_str().is_some_and(|s| !s.is_empty()),
                    "{field}: {line}"
                );
            }
            langs.insert(v["lang"].as_str().unwrap().to_string());
        }
        assert!(langs.len() >= 7, "{langs:?}");
        assert!(stats.mentions >= 200, "{stats:?}");
        // Built-in names appear in variant spellings and scripts.
        assert!(text.contains("Maduro") || text.contains("MADURO") || text.contains("Мадуро"));
        assert!(!text.contains("syn-"), "ids must not leak into text");
    }

    #[test]
    fn byte_budget_stops_just_past_the_limit() {
        let gazetteer = generation_gazetteer(3, 50);
        let mut out = Vec::new();
        let budget = Budget {
            bytes: Some(50_000),
            docs: None,
        };
        let stats = generate(3, &gazetteer, budget, &mut out).unwrap();
        assert!(stats.bytes >= 50_000 && stats.bytes < 80_000, "{stats:?}");
    }

    #[test]
    fn synthetic_entities_are_unique_and_load_as_a_gazetteer() {
        let gazetteer = generation_gazetteer(5, 2_000);
        let text = gazetteer.to_jsonl();
        let again = Gazetteer::from_jsonl_str(&text, "generated").unwrap();
        assert_eq!(again.len(), gazetteer.len());
        assert!(gazetteer.len() >= 2_000);
        assert_eq!(
            gazetteer.fingerprint(),
            generation_gazetteer(5, 2_000).fingerprint()
        );
    }

    #[test]
    fn spelling_helpers() {
        assert_eq!(acronym("Consejo Nacional Electoral"), "CNE");
        assert_eq!(acronym("The Wall Street Journal"), "WSJ");
        assert_eq!(strip_accents("Nicolás Muñoz"), "Nicolas Munoz");
        assert_eq!(transliterate("Maduro", Script::Cyrillic), "Мадуро");
        assert_eq!(transliterate("Thomas", Script::Greek), "Θομας");
        let mut d = String::new();
        write_date(&mut d, 19_723);
        assert_eq!(d, "2024-01-01");
    }

    #[test]
    fn sizes_parse() {
        assert_eq!(parse_size("10MB"), Ok(10_000_000));
        assert_eq!(parse_size("1gb"), Ok(1_000_000_000));
        assert_eq!(parse_size("1.5GB"), Ok(1_500_000_000));
        assert_eq!(parse_size("2MiB"), Ok(2 << 20));
        assert_eq!(parse_size("123"), Ok(123));
        assert!(parse_size("10XB").is_err());
        assert!(parse_size("MB").is_err());
    }
}
