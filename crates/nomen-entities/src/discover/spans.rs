//! Candidate name spans of one document, and the case evidence of its words.
//!
//! A candidate is a run of capitalised words (in scripts with case), possibly joined by
//! the connectors names use (`de`, `de la`, `van der`, `bin`, and `y`/`and` inside a
//! name that already has one: `Ministerio de Trabajo y Asuntos Sociales`), an ALL-CAPS
//! surname block before a comma (`MADURO MOROS, Nicolás`), or an acronym written in
//! capitals in mixed-case text. Each candidate carries the evidence around it: an
//! honorific or role word before it (`Sr.`, `ministro`, `Präsident`, `министр`), an
//! acronym it defines (`Foro Penal (FP)`), a locative preposition before it, its
//! surname written alone later in the document.
//!
//! What this module does not decide: whether a sentence-initial word is a name. It
//! records, per document, which words were seen lowercase and which capitalised inside
//! a sentence, and [`super::Collector`] decides with the whole corpus.
//!
//! Words covered by a mention of a known entity (the linker's) are never part of a
//! candidate, except a known place after a particle at the end of a longer name
//! (`Universidad Complutense de Madrid`).

use nomen_fold::{is_word_char, Folder};

use crate::name::{is_article, is_honorific, is_particle, is_stopword};
use crate::{DocumentLinks, Field, Kind};

/// Words inside sentences a text needs before its share of capitals says whether it
/// capitalises its nouns.
const NOUN_CAPS_MIN_WORDS: usize = 30;

/// Locative prepositions: a name right after one is, that time, evidence of a place.
const LOCATIVES: &[&str] = &[
    "en", "in", "a", "desde", "hacia", "nach", "aus", "im", "à", "au", "em", "no", "na", "v", "vo",
    "iz", "w", "we", "z",
];

/// Indefinite articles: a word after one is a common noun there (`una OPA`).
const INDEFINITES: &[&str] = &[
    "un", "una", "unos", "unas", "a", "an", "une", "ein", "eine", "einen", "einem", "einer", "uno",
    "um", "uma", "een",
];

/// Possessive determiners (`their GDP`, `su PIB`, `ihre KI`): like an indefinite
/// article, they come before common nouns, seldom before names (`his Florida home`).
/// (Not French `son`, an English noun too: `his son Hunter`.)
const POSSESSIVE_DETERMINERS: &[&str] = &[
    "its", "their", "his", "her", "our", "my", "your", "sein", "seine", "seinen", "seinem",
    "seiner", "seines", "ihre", "ihren", "ihrem", "ihrer", "ihres", "unser", "unsere", "unseren",
    "unserem", "unserer", "su", "sus", "nuestro", "nuestra", "nuestros", "nuestras", "sa", "ses",
    "leur", "leurs", "notre", "suo", "sua", "suoi", "seu", "seus", "suas",
];

/// What a document's function words say about words that differ by language.
#[derive(Debug, Clone, Copy, Default)]
struct Reading {
    /// `a` is the English indefinite article here, not the Spanish, Italian or Catalan
    /// locative (`a Google representative`, `a Telegram post` against `viajó a
    /// Madrid`): the text writes `the` twice or more, and more often than the articles
    /// `el`, `il`, `lo`, `los`, `las`, `gli`.
    a_is_article: bool,
    /// The text writes definite articles (`the`, `el`, `la`, `der`, ...: three in
    /// lowercase or more): whether a name takes one says something here, unlike in
    /// Czech or Russian, which have none.
    articles: bool,
}

impl Reading {
    fn of<'w, 'a: 'w>(words: impl Iterator<Item = &'w Word<'a>>) -> Reading {
        let (mut the, mut romance, mut articles) = (0usize, 0usize, 0usize);
        for w in words.filter(|w| w.lower) {
            match w.folded.as_str() {
                "the" => the += 1,
                "el" | "il" | "lo" | "los" | "las" | "gli" => romance += 1,
                _ => {}
            }
            articles += usize::from(is_article(&w.folded));
        }
        Reading {
            a_is_article: the >= 2 && the > romance,
            articles: articles >= 3,
        }
    }

    /// True for a locative preposition of [`LOCATIVES`] (folded), read so here.
    fn is_locative(self, folded: &str) -> bool {
        LOCATIVES.contains(&folded) && (folded != "a" || !self.a_is_article)
    }
}

/// True when `last`, the last word of a name, is followed by a possessive `'s`
/// (`in Google's eyes`, `in Nvidia’s forecast`): what came before the name was said
/// of what it owns.
fn possessive_after(text: &str, last: &Word<'_>) -> bool {
    let rest = &text[last.end..];
    ["'s", "’s"].iter().any(|p| {
        rest.strip_prefix(p)
            .is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric()))
    })
}

/// Function words other than articles and particles that come before a noun:
/// demonstratives and prepositions (a word in lowercase right after one is used as a
/// noun there).
const NOUN_DETERMINERS: &[&str] = &[
    "este", "esta", "estos", "estas", "ese", "esa", "esos", "esas", "aquel", "aquella", "this",
    "that", "these", "those", "ce", "cet", "cette", "ces", "questo", "questa", "sin", "sobre",
    "entre", "hacia", "desde", "contra", "segun", "ante", "bajo", "tras", "from", "into", "under",
    "over", "dans", "avec", "sans",
];

/// True for a folded function word: an article, a determiner, a preposition, a
/// particle or a conjunction (`el`, `una`, `su`, `de`, `en`, `this`, `y`).
fn is_function_word(folded: &str) -> bool {
    CONJUNCTIONS.contains(&folded)
        || matches!(folded, "o" | "u" | "or" | "oder" | "ou")
        || (is_article(folded)
            || is_particle(folded)
            || is_stopword(folded)
            || INDEFINITES.contains(&folded)
            || POSSESSIVE_DETERMINERS.contains(&folded)
            || NOUN_DETERMINERS.contains(&folded)
            || super::words::is_article_particle(folded))
}

/// Conjunctions that join two parts of one name only when the name already has a
/// particle (`Ministerio de Trabajo y Asuntos Sociales`; `Pérez y López` are two).
const CONJUNCTIONS: &[&str] = &["y", "e", "i", "and", "und", "et", "&"];

/// Function words that join the words of organisation names (`Bank of America`).
const JOINERS: &[&str] = &["of", "the", "for", "fur", "des", "du"];

/// Words for `for` that join the words of a body's name only before an article
/// (`Organización para la Unidad Africana`, `Plataforma per la Pau`, `Comité pour
/// la Paix`).
const PURPOSE_JOINERS: &[&str] = &["para", "per", "pour"];

/// The evidence seen around one candidate in one document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Evidence {
    /// Honorific or role words right before it, folded (`ministro`, `sr`).
    pub roles: Vec<String>,
    /// An acronym it defines in the text (`Foro Penal (FP)` → `FP`), as written.
    pub acronym: Option<String>,
    /// Seen right after a locative preposition (`en`, `in`, `nach`).
    pub locative: bool,
    /// Its last word appears alone, capitalised, later in the same document.
    pub surname_later: bool,
    /// Written as an acronym (ALL CAPS, 2 to 6 letters) in mixed-case text.
    pub acronym_shape: bool,
    /// Right next to a number (`January 5`, `5 km`).
    pub numeric: bool,
    /// Right after an indefinite article (`una OPA`, `an NGO`): a common noun.
    pub indefinite: bool,
    /// Right after a possessive determiner (`their GDP`, `su PIB`): a common noun
    /// too, but a weaker sign (`his Florida home`, Italian `su` "on").
    pub possessive: bool,
    /// Right after a lowercase word naming a class of events, laws or indices,
    /// possibly with a particle or an adjective between (`el índice Nasdaq`, `el
    /// torneo de Roland Garros`, `la ley Helms-Burton`, `el índice tecnológico
    /// Nasdaq`), or after a word for a market (`el mercado Nasdaq`, `el mercado del
    /// Nasdaq`; not `el mercado de Londres`).
    pub event_before: bool,
    /// Right after a lowercase noun for a kind of body, possibly with one or two
    /// adjectives between (`la asociación civil peruana Transparencia`, `el partido
    /// Likud`): the text introduces it as a body's name.
    pub body_before: bool,
    /// One word of four letters or fewer, not in capitals, written with a dot and a
    /// capitalised word right after it (`Sen. Thom Tillis`): an abbreviated title
    /// when the corpus never writes it without the dot.
    pub dotted: bool,
    /// One word written without such a dot after it.
    pub undotted: bool,
    /// Right after a role word in lowercase and a particle (`el ministro de Asuntos
    /// Exteriores`, `the minister of Foreign Affairs`): the role's complement, a
    /// portfolio or a field, there.
    pub role_complement: bool,
    /// Seen in a text that capitalises its nouns (German): its words' capitals say
    /// less there.
    pub noun_text: bool,
    /// An acronym written in parentheses after words in lowercase that it spells
    /// (`una oferta pública de adquisición de acciones (OPA)`): the abbreviation of a
    /// common term, not of a name.
    pub term: bool,
    /// Right after a definite article, alone or in a contraction (`el Gobierno`, `del
    /// Ejecutivo`; not `Telefónica anunció`, `en Navarra`): a common noun's habit.
    pub definite: bool,
    /// Seen in a text that writes definite articles (not Czech, Russian): whether it
    /// takes one says something there.
    pub article_text: bool,
}

impl Evidence {
    fn absorb(&mut self, other: Evidence) {
        for r in other.roles {
            if !self.roles.contains(&r) {
                self.roles.push(r);
            }
        }
        if self.acronym.is_none() {
            self.acronym = other.acronym;
        }
        self.locative |= other.locative;
        self.surname_later |= other.surname_later;
        self.acronym_shape |= other.acronym_shape;
        self.numeric |= other.numeric;
        self.indefinite |= other.indefinite;
        self.possessive |= other.possessive;
        self.event_before |= other.event_before;
        self.body_before |= other.body_before;
        self.dotted |= other.dotted;
        self.undotted |= other.undotted;
        self.role_complement |= other.role_complement;
        self.noun_text |= other.noun_text;
        self.term |= other.term;
        self.definite |= other.definite;
        self.article_text |= other.article_text;
    }
}

/// One candidate of a document (all its occurrences there together).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// Folded words, space-separated, given names first for `SURNAME, Given`.
    pub key: String,
    /// The spelling seen first, as written (whitespace runs made one space).
    pub text: String,
    /// The folded words of the key.
    pub words: Vec<String>,
    /// True when every occurrence in the document started a sentence (or was in a
    /// title or an ALL-CAPS stretch): its first word's capital says nothing.
    pub only_initial: bool,
    /// The evidence around its occurrences.
    pub evidence: Evidence,
}

/// What one document contributes: its candidates and the case of its words.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocCandidates {
    /// The document's id.
    pub id: String,
    /// Distinct candidates, by key.
    pub candidates: Vec<Candidate>,
    /// Folded words seen in lowercase (distinct).
    pub lowercase: Vec<String>,
    /// Folded words seen in lowercase other than right after a content word in
    /// lowercase (distinct): used as nouns there, after an article, a determiner, a
    /// preposition, a conjunction or a comma (`el gobierno`, `de la junta`,
    /// `tecnologías e internet`), where a word in lowercase right after a noun is
    /// its adjective (`una llamada telefónica`, `la capital navarra`).
    pub lowercase_nouns: Vec<String>,
    /// Folded words capitalised alone inside a sentence of a text that capitalises
    /// its nouns (distinct): common nouns there, though never written in lowercase.
    pub nouns: Vec<String>,
}

/// One word of a field.
#[derive(Debug, Clone)]
struct Word<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    folded: String,
    /// First letter uppercase (or titlecase).
    capital: bool,
    /// First letter lowercase.
    lower: bool,
    /// Every letter uppercase, at least two letters.
    all_caps: bool,
    /// Its capital says nothing: first word of a sentence, of a title, after a quote,
    /// or inside an ALL-CAPS stretch.
    initial: bool,
    /// Covered by a known entity's mention: the entity's kind.
    known: Option<Kind>,
}

/// How two neighbouring words are separated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gap {
    /// Spaces only, a hyphen or an apostrophe: the words may be one name.
    Join,
    /// `.` after an initial or an abbreviated title (`D. B. Erickson`, `Sr. Pérez`).
    Dot,
    /// `, ` (a `SURNAME, Given` name may span it).
    Comma,
    /// ` (` then the next word then `)`: an acronym definition may follow.
    Paren,
    /// Anything else.
    Break,
}

/// Finds the candidates of one document. `links` are the known entities' mentions.
pub fn candidates(
    folder: &Folder,
    id: &str,
    title: &str,
    body: &str,
    links: &DocumentLinks,
    kind_of: &dyn Fn(&str) -> Option<Kind>,
) -> DocCandidates {
    let mut out = DocCandidates {
        id: id.to_string(),
        ..DocCandidates::default()
    };
    let mut lowercase: Vec<String> = Vec::new();
    let mut lowercase_nouns: Vec<String> = Vec::new();
    let mut all: Vec<Candidate> = Vec::new();
    // Words inside sentences, capitalised and in lowercase: a text that capitalises
    // a fifth of them or more, and a twelfth of them alone between two words in
    // lowercase (`seit Jahren Angst vor`), capitalises its nouns (German,
    // Luxembourgish). News in other languages that names many people, bodies and
    // places also capitalises a fifth of its words inside sentences, but in runs
    // (`del Gobierno de Cantabria y de la Diputación Foral de Vizcaya`): alone
    // between lowercase words, 0.9 to 6 % of them (CoNLL-2002 Spanish, median 3.4 %,
    // 90th percentile 6.2 %; English, French, Czech news alike), against 9 to 22 % in
    // German news (median 17 %; the multilingual news fixtures). The words of known
    // entities count among the capitals, not among the words alone: a German text
    // that names many of them capitalises its nouns still (the generated corpus's
    // German, where built-in bodies' names took the share under a fifth and
    // `Amnestie` became a place proposal in 387 documents).
    let (mut capital, mut lower, mut alone, mut known_capital) = (0usize, 0usize, 0usize, 0usize);
    let fields: Vec<(Field, &str, Vec<Word<'_>>)> = [(Field::Title, title), (Field::Body, body)]
        .into_iter()
        .filter(|(_, text)| !text.is_empty())
        .map(|(field, text)| {
            let known: Vec<(usize, usize, Option<Kind>)> = links
                .mentions
                .iter()
                .filter(|m| m.field == field)
                .map(|m| (m.start, m.end, kind_of(&m.entity)))
                .collect();
            let words = words(folder, text, field == Field::Title, &known);
            (field, text, words)
        })
        .collect();
    let reading = Reading::of(fields.iter().flat_map(|(_, _, w)| w.iter()));
    for (field, text, words) in &fields {
        let (field, text) = (*field, *text);
        for (i, w) in words.iter().enumerate() {
            if w.lower {
                lowercase.push(w.folded.clone());
                let after_content_word = i > 0
                    && words[i - 1].lower
                    && words[i - 1].end + 1 >= w.start
                    && !is_function_word(&words[i - 1].folded);
                if !after_content_word {
                    lowercase_nouns.push(w.folded.clone());
                }
            }
            // (A known entity's words count as capitalised words of the text, not
            // as words alone: `in Berlin wurde` is no noun, in any language.)
            if field == Field::Body && !w.initial && w.known.is_some() {
                known_capital += usize::from(w.capital);
            }
            if field == Field::Body && !w.initial && w.known.is_none() {
                capital += usize::from(w.capital);
                lower += usize::from(w.lower);
                alone += usize::from(
                    w.capital
                        && i > 0
                        && words[i - 1].lower
                        && words.get(i + 1).is_some_and(|n| n.lower && !n.initial),
                );
            }
        }
        field_candidates(text, words, reading, &mut all);
    }
    // In a text that capitalises its nouns, a capital is evidence of a name only
    // for a run of two words or more inside a sentence, without connectors (`Olaf
    // Scholz`; not `Menschen`, nor `Viele Menschen` at a sentence start).
    // A capitalised word alone inside a sentence there is a noun: it counts as a
    // common word, as a word in lowercase does elsewhere (`Jahren Angst` is no name
    // when `Angst` and `Jahren` are written alone).
    let inside = capital + lower;
    if inside >= NOUN_CAPS_MIN_WORDS
        && (capital + known_capital) * 5 >= inside + known_capital
        && alone * 12 >= inside
    {
        // (Not an acronym: such a language writes its nouns capitalised, not in
        // capitals, `die FDP`, `die SPD`.)
        let acronym = |c: &Candidate| c.words.len() == 1 && c.evidence.acronym_shape;
        for c in &all {
            if c.words.len() == 1 && !c.only_initial && !acronym(c) {
                out.nouns.push(c.key.clone());
            }
        }
        // Nor is a run with a connector (`Zukunft der Stadt`): nouns are joined so.
        all.retain(|c| {
            (c.words.len() >= 2 || acronym(c))
                && !c.only_initial
                && !c.words.iter().any(|w| {
                    is_particle(w)
                        || JOINERS.contains(&w.as_str())
                        || PURPOSE_JOINERS.contains(&w.as_str())
                        || CONJUNCTIONS.contains(&w.as_str())
                })
        });
        for c in &mut all {
            c.evidence.noun_text = true;
        }
        // Such a language inflects the adjectives of a name (`im Weißen Haus`, `das
        // Weiße Haus`): a word before the last one is keyed without its ending, so
        // the forms count as one name (each spelling kept for linking, the words as
        // written for what the corpus says of them).
        for c in &mut all {
            let n = c.words.len();
            c.key = c
                .words
                .iter()
                .enumerate()
                .map(|(i, w)| match adjective_stem(w) {
                    Some(stem) if i + 1 < n => stem,
                    _ => w.clone(),
                })
                .collect::<Vec<_>>()
                .join(" ");
        }
    }
    // Surname alone later: a one-word candidate equal to the last word of an earlier
    // longer one.
    let mut merged: Vec<Candidate> = Vec::new();
    let mut lasts: Vec<String> = Vec::new();
    for c in all {
        if c.words.len() == 1 && lasts.contains(&c.words[0]) {
            if let Some(full) = merged
                .iter_mut()
                .find(|m| m.words.len() > 1 && m.words.last() == c.words.last())
            {
                full.evidence.surname_later = true;
            }
        }
        if c.words.len() > 1 {
            if let Some(last) = c.words.last() {
                lasts.push(last.clone());
            }
        }
        match merged.iter_mut().find(|m| m.key == c.key) {
            Some(m) => {
                m.only_initial &= c.only_initial;
                m.evidence.absorb(c.evidence);
            }
            None => merged.push(c),
        }
    }
    lowercase.sort_unstable();
    lowercase.dedup();
    lowercase_nouns.sort_unstable();
    lowercase_nouns.dedup();
    out.lowercase_nouns = lowercase_nouns;
    out.nouns.sort_unstable();
    out.nouns.dedup();
    out.candidates = merged;
    out.lowercase = lowercase;
    out
}

/// A German adjective's ending made `-e` (`weissen`, `weisser`, `weisses`,
/// `weissem` → `weisse`), for words of five letters or more ending so; `None` for
/// other words.
fn adjective_stem(folded: &str) -> Option<String> {
    if folded.chars().count() < 5 {
        return None;
    }
    ["en", "er", "es", "em"]
        .iter()
        .find_map(|e| folded.strip_suffix(e))
        .map(|stem| format!("{stem}e"))
}

/// The words of a field, with their case and whether their capital says anything.
fn words<'a>(
    folder: &Folder,
    text: &'a str,
    title: bool,
    known: &[(usize, usize, Option<Kind>)],
) -> Vec<Word<'a>> {
    let mut out: Vec<Word<'a>> = Vec::new();
    let mut start: Option<usize> = None;
    let push = |s: usize, e: usize, out: &mut Vec<Word<'a>>| {
        let t = &text[s..e];
        let first = t.chars().next().unwrap_or(' ');
        let letters = t.chars().filter(|c| c.is_alphabetic()).count();
        let all_caps = letters >= 2 && t.chars().all(|c| !c.is_lowercase());
        let known = known
            .iter()
            .find(|&&(ks, ke, _)| s < ke && ks < e)
            .map(|&(_, _, k)| k.unwrap_or(Kind::Other));
        out.push(Word {
            start: s,
            end: e,
            text: t,
            folded: folder.fold(t).into_owned(),
            capital: first.is_uppercase()
                || (first.is_alphabetic()
                    && !first.is_lowercase()
                    && first.to_lowercase().next() != Some(first)),
            lower: first.is_lowercase(),
            all_caps,
            initial: false,
            known,
        });
    };
    for (i, c) in text.char_indices() {
        if is_word_char(c) {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(s) = start.take() {
            push(s, i, &mut out);
        }
    }
    if let Some(s) = start {
        push(s, text.len(), &mut out);
    }
    // Sentence starts.
    for i in 0..out.len() {
        let initial = if title || i == 0 {
            true
        } else {
            let gap = &text[out[i - 1].end..out[i].start];
            let abbreviation = is_initial(&out[i - 1]) || is_abbreviated_title(&out[i - 1]);
            gap.chars().any(|c| {
                matches!(
                    c,
                    '!' | '?'
                        | '\n'
                        | ':'
                        | ';'
                        | '"'
                        | '«'
                        | '»'
                        | '“'
                        | '”'
                        | '„'
                        | '¿'
                        | '¡'
                        | '—'
                        | '–'
                        | '…'
                        | '\''
                        | '‘'
                ) || (c == '.' && !abbreviation)
            }) || gap.trim() == "-"
        };
        out[i].initial = initial;
    }
    // ALL-CAPS stretches: three or more capitalised words of which most are in
    // capitals (a headline or a shouted line), their capitals say nothing.
    let mut i = 0;
    while i < out.len() {
        if !out[i].all_caps {
            i += 1;
            continue;
        }
        let mut j = i;
        while j + 1 < out.len() && (out[j + 1].all_caps || !out[j + 1].lower) {
            j += 1;
        }
        let caps = out[i..=j].iter().filter(|w| w.all_caps).count();
        if caps >= 3 {
            for w in &mut out[i..=j] {
                w.initial = true;
            }
        }
        i = j + 1;
    }
    out
}

/// An honorific short enough to be written abbreviated, whose dot ends no sentence
/// (`Sr. Pérez`, `Dra. Soto`, `Prof. Weber`, `Gen. Ruiz`): four letters at most. A
/// longer one is a whole word, and its dot ends the sentence (`... sagte der
/// Präsident. In Zeitung ...`, `... dijo el ministro. Luego ...`).
fn is_abbreviated_title(w: &Word<'_>) -> bool {
    w.folded.chars().count() <= 4 && is_honorific(&w.folded)
}

/// A single letter (an initial), possibly followed by a dot in the text.
fn is_initial(w: &Word<'_>) -> bool {
    w.text.chars().count() == 1 && w.capital
}

fn gap(text: &str, a: &Word<'_>, b: &Word<'_>, words: &[Word<'_>], bi: usize) -> Gap {
    let g = &text[a.end..b.start];
    // (One of `/`, `&`, `+` without a space glues the pieces of one token: `PSE/EE`
    // is `PSE-EE`, `ESES&S` one company; `EE` and `S` are no names alone. Not a dot:
    // the linker reads `CC.OO` as the acronym `CCOO`.)
    if g.chars().all(|c| c == ' ' || c == '\u{a0}')
        || g == "-"
        || g == "\u{2010}"
        || g == "'"
        || g == "’"
        || matches!(g, "/" | "&" | "+")
    {
        return Gap::Join;
    }
    if g.starts_with('.') && g[1..].chars().all(|c| c == ' ') && !g[1..].is_empty() {
        if is_initial(a) || is_abbreviated_title(a) {
            return Gap::Dot;
        }
        return Gap::Break;
    }
    if g == ", " {
        return Gap::Comma;
    }
    // (Tokenised text spaces its parentheses: `Izquierda Unida ( IU )`.)
    if g == " (" || g == " ( " {
        let after = match words.get(bi + 1) {
            Some(next) => &text[b.end..next.start],
            None => &text[b.end..],
        };
        if after.trim_start_matches(' ').starts_with(')') {
            return Gap::Paren;
        }
    }
    Gap::Break
}

/// A word that may start or continue a name: capitalised, unknown, and no initial
/// of a title or stretch unless it is an acronym.
fn is_name_word(w: &Word<'_>) -> bool {
    w.capital && w.known.is_none() && !super::words::is_capitalised_pronoun(&w.folded)
}

fn is_connector(w: &Word<'_>) -> bool {
    !w.capital
        && w.known.is_none()
        && (is_particle(&w.folded) || JOINERS.contains(&w.folded.as_str()))
}

fn is_conjunction(w: &Word<'_>) -> bool {
    !w.capital && is_conjunction_word(&w.folded)
}

/// True when `folded` is a conjunction that may join two parts of one name (`y` of
/// `Ministerio de Trabajo y Asuntos Sociales`).
pub(super) fn is_conjunction_word(folded: &str) -> bool {
    CONJUNCTIONS.contains(&folded)
}

/// An acronym as written: 2 to 6 letters, all capitals, not a Roman numeral.
fn is_acronym_word(w: &Word<'_>) -> bool {
    let n = w.text.chars().count();
    w.all_caps
        && (2..=6).contains(&n)
        && w.text.chars().all(|c| c.is_alphabetic())
        && !is_roman_numeral(w.text)
}

/// True when `text` is a Roman numeral written the standard way (`XII`, `MCD`,
/// `XIV`), from 1 to 3999: letters of numerals that spell no number so (`CDC`, `DVD`,
/// `LCD`, `MDC`) are acronyms.
fn is_roman_numeral(text: &str) -> bool {
    let value = |c: char| match c {
        'I' => Some(1),
        'V' => Some(5),
        'X' => Some(10),
        'L' => Some(50),
        'C' => Some(100),
        'D' => Some(500),
        'M' => Some(1000),
        _ => None,
    };
    let Some(digits) = text.chars().map(value).collect::<Option<Vec<u32>>>() else {
        return false;
    };
    let mut n = 0u32;
    for (i, &d) in digits.iter().enumerate() {
        if digits.get(i + 1).is_some_and(|&next| next > d) {
            n = n.wrapping_sub(d);
        } else {
            n = n.wrapping_add(d);
        }
    }
    if !(1..4000).contains(&n) {
        return false;
    }
    // The standard spelling of `n`, compared with the text.
    let mut standard = String::new();
    let mut rest = n;
    for (v, s) in [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ] {
        while rest >= v {
            standard.push_str(s);
            rest -= v;
        }
    }
    standard == text
}

/// The candidates of one field.
fn field_candidates(text: &str, words: &[Word<'_>], reading: Reading, out: &mut Vec<Candidate>) {
    let mut i = 0;
    while i < words.len() {
        if !is_name_word(&words[i]) {
            i += 1;
            continue;
        }
        // Extend the run: name words joined by spaces, initials' dots, connectors.
        let start = i;
        let mut end = i; // inclusive, always a name word
        let mut has_particle = false;
        let mut j = i;
        loop {
            if j + 1 >= words.len() {
                break;
            }
            let g = gap(text, &words[j], &words[j + 1], words, j + 1);
            if !matches!(g, Gap::Join | Gap::Dot) {
                break;
            }
            if g == Gap::Dot && words[j + 1].initial && !is_initial(&words[j]) {
                break;
            }
            let next = &words[j + 1];
            if is_name_word(next) {
                j += 1;
                end = j;
                continue;
            }
            // Up to two connectors, then a name word.
            let mut k = j + 1;
            let mut ok = false;
            let mut particle = false;
            let mut purpose = false;
            while k < words.len() && k <= j + 2 {
                let w = &words[k];
                let conj = is_conjunction(w);
                // `para la`, `pour le`: a body's purpose (`Organización para la Unidad
                // Africana`); without an article, a sentence's (`el plan de Aznar
                // para Pujol`, `la misión para Kosovo`).
                let for_the = !w.capital
                    && PURPOSE_JOINERS.contains(&w.folded.as_str())
                    && words
                        .get(k + 1)
                        .is_some_and(|n| !n.capital && is_article(&n.folded));
                purpose |= for_the;
                if !(is_connector(w) || conj || for_the) {
                    break;
                }
                if conj && !has_particle {
                    break;
                }
                particle |= !conj;
                if k + 1 < words.len()
                    && gap(text, w, &words[k + 1], words, k + 1) == Gap::Join
                    && (is_name_word(&words[k + 1])
                        || (words[k + 1].capital
                            && words[k + 1].known == Some(Kind::Place)
                            && !conj
                            && !purpose))
                {
                    ok = true;
                    k += 1;
                    break;
                }
                if k + 1 < words.len() && gap(text, w, &words[k + 1], words, k + 1) != Gap::Join {
                    break;
                }
                k += 1;
            }
            if !ok {
                break;
            }
            has_particle |= particle;
            if words[k].known.is_some() {
                // A known place after a particle ends the name.
                let mut e = k;
                while e + 1 < words.len()
                    && words[e + 1].known == words[k].known
                    && gap(text, &words[e], &words[e + 1], words, e + 1) == Gap::Join
                {
                    e += 1;
                }
                end = e;
                break;
            }
            j = k;
            end = k;
        }
        i = emit(text, words, reading, start, end, out) + 1;
    }
}

/// True when the run at `words[start]` is the complement of a portfolio role: a role,
/// maybe one word after it, a particle, the run (`el ministro de Asuntos Exteriores`,
/// `el ministro egipcio de Asuntos Exteriores`), or a second run after `y` / `and`
/// (`el ministro de Trabajo y Asuntos Sociales`).
fn role_complement(text: &str, words: &[Word<'_>], start: usize) -> bool {
    let joined = |a: usize, b: usize| {
        (a + 1..=b).all(|j| gap(text, &words[j - 1], &words[j], words, j) == Gap::Join)
    };
    let after_role = |start: usize| {
        if start < 2 || !is_particle(&words[start - 1].folded) || words[start - 1].capital {
            return false;
        }
        let role_at = |k: usize| {
            !words[k].capital
                && super::words::is_portfolio_role(&words[k].folded)
                && joined(k, start)
        };
        // (One word between, a demonym, `ministro egipcio de`; not the second word of
        // another role, `secretario general de CDC`, whose complement is a body.)
        role_at(start - 2)
            || (start >= 3
                && !words[start - 2].capital
                && !super::words::is_body_role_qualifier(&words[start - 2].folded)
                && role_at(start - 3))
    };
    if after_role(start) {
        return true;
    }
    // After a conjunction: the first run's start, walking back over capitalised
    // words and connectors.
    if start >= 2 && is_conjunction(&words[start - 1]) && words[start - 2].capital {
        let mut k = start - 2;
        while k > 0 && (words[k - 1].capital || is_connector(&words[k - 1])) && joined(k - 1, k) {
            k -= 1;
        }
        while k < start - 2 && !words[k].capital {
            k += 1;
        }
        return joined(start - 2, start) && after_role(k);
    }
    false
}

/// Builds the candidate of `words[start..=end]`, with its evidence; strips titles in
/// front (as evidence) and articles that start a sentence.
fn emit(
    text: &str,
    words: &[Word<'_>],
    reading: Reading,
    mut start: usize,
    end: usize,
    out: &mut Vec<Candidate>,
) -> usize {
    let mut evidence = Evidence {
        article_text: reading.articles,
        ..Evidence::default()
    };
    // A role word right before: `el ministro Pérez`, `президент Путин`.
    if start > 0 {
        let prev = &words[start - 1];
        if matches!(
            gap(text, prev, &words[start], words, start),
            Gap::Join | Gap::Dot
        ) {
            if is_honorific(&prev.folded) {
                evidence.roles.push(prev.folded.clone());
            } else if !prev.capital
                && reading.is_locative(&prev.folded)
                && !possessive_after(text, &words[end])
            {
                evidence.locative = true;
            }
            // `el índice Nasdaq`, `el torneo de Roland Garros`, `el índice tecnológico
            // Nasdaq` (one adjective between), `el mercado del Nasdaq` (a market, with
            // a particle only when it holds an article: not `el mercado de Londres`).
            let class = |w: &Word<'_>| !w.capital && super::words::is_event_head(&w.folded);
            let market = |w: &Word<'_>| !w.capital && super::words::is_market_class(&w.folded);
            let before_prev = (start >= 2
                && gap(text, &words[start - 2], prev, words, start - 1) == Gap::Join)
                .then(|| &words[start - 2]);
            let particle = !prev.capital && is_particle(&prev.folded);
            let adjective = !prev.capital
                && !particle
                && !is_stopword(&prev.folded)
                && !prev.text.starts_with(|c: char| c.is_ascii_digit());
            if class(prev)
                || market(prev)
                || before_prev.is_some_and(|w| {
                    ((particle || adjective) && class(w))
                        || (particle
                            && super::words::is_article_particle(&prev.folded)
                            && market(w))
                })
            {
                evidence.event_before = true;
            }
            // `la asociación civil peruana Transparencia`: a body's class, then up to
            // two adjectives, joined to the name without punctuation.
            let plain = |w: &Word<'_>| {
                !w.capital
                    && !is_particle(&w.folded)
                    && !is_stopword(&w.folded)
                    && !w.text.starts_with(|c: char| c.is_ascii_digit())
            };
            let mut k = start - 1;
            let joined = gap(text, prev, &words[start], words, start) == Gap::Join;
            for _ in 0..3 * usize::from(joined) {
                let w = &words[k];
                if !plain(w) {
                    break;
                }
                if super::words::is_body_class(&w.folded) {
                    evidence.body_before = true;
                    break;
                }
                if k == 0 || gap(text, &words[k - 1], w, words, k) != Gap::Join {
                    break;
                }
                k -= 1;
            }
            evidence.role_complement = role_complement(text, words, start);
            // `a` is a locative in Spanish and an article in English: both noted.
            // `an` is a preposition in German (`Kritik an FDP`): an article only
            // where the text reads as English.
            if !prev.capital
                && INDEFINITES.contains(&prev.folded.as_str())
                && prev.folded != "a"
                && (prev.folded != "an" || reading.a_is_article)
            {
                evidence.indefinite = true;
            }
            if !prev.capital && POSSESSIVE_DETERMINERS.contains(&prev.folded.as_str()) {
                evidence.possessive = true;
            }
            if !prev.capital
                && (is_article(&prev.folded) || super::words::is_article_particle(&prev.folded))
            {
                evidence.definite = true;
            }
            // A capitalised word of a known name right before: this run is the rest
            // of a longer name the gazetteer only knows part of (`New York Stock
            // Exchange`), or a name beside it; either way not a name to propose.
            if prev.capital && prev.known.is_some() && !prev.initial {
                return end;
            }
        }
    }
    // A sentence-initial article is not part of a name (`El Tribunal Supremo`).
    if start < end && words[start].initial && is_article(&words[start].folded) {
        start += 1;
    }
    let digit = |w: &Word<'_>| w.text.starts_with(|c: char| c.is_ascii_digit());
    // A year before a name dates the sentence (`en 1999 Acesa entró`): no measure.
    let year = |w: &Word<'_>| {
        w.text.len() == 4
            && w.text
                .parse::<u32>()
                .is_ok_and(|y| (1000..2100).contains(&y))
    };
    if (start > 0
        && digit(&words[start - 1])
        && !year(&words[start - 1])
        && gap(text, &words[start - 1], &words[start], words, start) == Gap::Join)
        || (end + 1 < words.len()
            && digit(&words[end + 1])
            && matches!(
                gap(text, &words[end], &words[end + 1], words, end + 1),
                Gap::Join | Gap::Comma
            ))
    {
        evidence.numeric = true;
    }
    if end + 1 < words.len()
        && words[end + 1].capital
        && words[end + 1].known.is_some()
        && gap(text, &words[end], &words[end + 1], words, end + 1) == Gap::Join
    {
        return end;
    }
    // Titles in front are evidence, not name (`Sr.`, `Presidente`).
    while start <= end && is_honorific(&words[start].folded) && words[start].capital {
        evidence.roles.push(words[start].folded.clone());
        start += 1;
        // A title followed by a connector is a role phrase (`Presidente del Gobierno
        // José María Aznar`): where the role ends and the name starts is unknown.
        if start <= end && !words[start].capital {
            return end;
        }
    }
    while start <= end && !words[start].capital {
        start += 1;
    }
    if start > end {
        return end;
    }
    // An acronym before mixed-case words is a name of its own (`la ONG Foro
    // Penal`): the run is cut after it. A club's form is part of the name after it
    // (`el FC Barcelona`, `del SC Freiburg`).
    if start < end
        && is_acronym_word(&words[start])
        && !crate::link::is_club_form(&words[start].folded)
        && words[start + 1].capital
        && !words[start + 1].all_caps
        && text[words[start].end..words[start + 1].start]
            .trim()
            .is_empty()
    {
        emit(text, words, reading, start, start, out);
        start += 1;
    }
    let span = &words[start..=end];
    if span.iter().all(|w| w.known.is_some()) {
        return end;
    }
    // Inside a headline in capitals: nothing tells a name from the other words.
    if span.iter().all(|w| w.all_caps && w.initial) {
        return end;
    }
    // A headline in capitals run into the next words (`CHAVEZ PIDE AYUDA ...
    // Caracas`): its words are not part of the name.
    // (Two words at least: one is a sentence-initial acronym, `OEA dijo`.)
    let caps_lead = span.iter().take_while(|w| w.all_caps && w.initial).count();
    if caps_lead >= 2 {
        let rest = span[caps_lead..].iter().position(|w| w.capital);
        match rest {
            Some(r) => {
                start += caps_lead + r;
                return emit(text, words, reading, start, end, out);
            }
            None => return end,
        }
    }
    // A lone ALL-CAPS word: an acronym (in mixed-case text) or nothing.
    if span.len() == 1 && span[0].all_caps && !is_acronym_word(&span[0]) {
        return end;
    }
    if span.len() == 1 && span[0].all_caps {
        evidence.acronym_shape = true;
        evidence.term = spells_lowercase_words(text, words, start);
    }
    if span.len() == 1 && is_initial(&span[0]) {
        return end;
    }
    // Stopwords and legal forms alone are no names (`The`, `Die`, `S.A.`).
    if span.len() == 1
        && (is_stopword(&span[0].folded)
            || is_particle(&span[0].folded)
            || crate::name::legal_form(&span[0].folded).is_some())
    {
        return end;
    }
    // Defines an acronym: `Foro Penal (FP)`; the name is the words the acronym
    // spells (`la ONG Foro Penal (FP)` defines `Foro Penal`).
    let mut span = span;
    if end + 1 < words.len()
        && gap(text, &words[end], &words[end + 1], words, end + 1) == Gap::Paren
    {
        let acr = &words[end + 1];
        if is_acronym_word(acr) {
            for s in 0..span.len().saturating_sub(1) {
                let tail = &span[s..];
                if !tail[0].capital {
                    continue;
                }
                let spelled: String = tail
                    .iter()
                    .filter(|w| w.capital && !is_stopword(&w.folded))
                    .filter_map(|w| w.folded.chars().next())
                    .collect();
                // A capitalised word inside the name that is a function word of
                // another language is a word of the name here (`Sur`, "south", in
                // `Ejército del Sur del Líbano (ESL)`; French `sur`, "on").
                let spelled_all: String = tail
                    .iter()
                    .enumerate()
                    .filter(|(i, w)| w.capital && (*i > 0 || !is_stopword(&w.folded)))
                    .filter_map(|(_, w)| w.folded.chars().next())
                    .collect();
                let derived = crate::name::acronym(&text[tail[0].start..tail[tail.len() - 1].end]);
                if acr.folded == spelled
                    || acr.folded == spelled_all
                    || derived.as_deref() == Some(acr.folded.as_str())
                {
                    evidence.acronym = Some(acr.text.to_string());
                    span = tail;
                    break;
                }
            }
        }
    }
    // `SURNAME SURNAME, Given`: an ALL-CAPS block (what comes before it in the run is
    // not part of the name), a comma, a capitalised given name.
    let caps_from = span.iter().rposition(|w| !w.all_caps).map_or(0, |p| p + 1);
    let comma_name = caps_from < span.len()
        && end + 1 < words.len()
        && gap(text, &words[end], &words[end + 1], words, end + 1) == Gap::Comma
        && words[end + 1].capital
        && !words[end + 1].all_caps
        && words[end + 1].known.is_none();
    if comma_name {
        span = &span[caps_from..];
    }
    let only_initial = span[0].initial;
    let written = &text[span[0].start..span[span.len() - 1].end];
    let mut folded: Vec<String> = span.iter().map(|w| w.folded.clone()).collect();
    let mut text_out = collapse(written);
    let mut used = end;
    if comma_name {
        let next = &words[end + 1];
        if gap(text, &words[end], next, words, end + 1) == Gap::Comma
            && next.capital
            && !next.all_caps
            && next.known.is_none()
        {
            let mut given = vec![next.folded.clone()];
            let mut last = end + 1;
            while last + 1 < words.len()
                && is_name_word(&words[last + 1])
                && !words[last + 1].all_caps
                && gap(text, &words[last], &words[last + 1], words, last + 1) == Gap::Join
            {
                last += 1;
                given.push(words[last].folded.clone());
            }
            text_out = collapse(&text[span[0].start..words[last].end]);
            used = last;
            given.extend(folded);
            folded = given;
        }
    }
    if span.len() == 1 && !comma_name {
        let w = &span[0];
        let dotted = w.text.chars().count() <= 4
            && !w.all_caps
            && text[w.end..].starts_with(". ")
            && words.get(end + 1).is_some_and(|n| n.capital);
        evidence.dotted = dotted;
        evidence.undotted = !dotted;
    }
    out.push(Candidate {
        key: folded.join(" "),
        text: text_out,
        words: folded,
        only_initial,
        evidence,
    });
    used
}

/// True when the acronym `words[at]` is written in parentheses right after words in
/// lowercase whose initials spell it: the abbreviation of a common term
/// (`organizaciones no gubernamentales (ONG)`, `gross domestic product (GDP)`, `una
/// oferta pública de adquisición de acciones (OPA)`). The spelled words are the
/// content words (no particles or function words) of the lowercase stretch before the
/// parenthesis, one after the other, ending at most two content words before it (`de
/// acciones`). An acronym of two letters is spelled too easily by chance.
fn spells_lowercase_words(text: &str, words: &[Word<'_>], at: usize) -> bool {
    let letters: Vec<char> = words[at].folded.chars().collect();
    if letters.len() < 3
        || at == 0
        || gap(text, &words[at - 1], &words[at], words, at) != Gap::Paren
    {
        return false;
    }
    // The lowercase stretch right before the parenthesis, nearest word last.
    let mut first = at;
    while first > 0
        && words[first - 1].lower
        && (first == at || gap(text, &words[first - 1], &words[first], words, first) == Gap::Join)
        && at - first < 12
    {
        first -= 1;
    }
    let content: Vec<&Word<'_>> = words[first..at]
        .iter()
        .filter(|w| !is_particle(&w.folded) && !is_stopword(&w.folded))
        .collect();
    let n = letters.len();
    (0..=2).any(|trail| {
        content.len() >= n + trail
            && content[content.len() - trail - n..content.len() - trail]
                .iter()
                .zip(&letters)
                .all(|(w, &c)| w.folded.starts_with(c))
    })
}

/// Whitespace runs made one space.
fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            space = true;
        } else {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(title: &str, body: &str) -> Vec<(String, bool)> {
        let links = DocumentLinks::default();
        candidates(&Folder::new(), "d", title, body, &links, &|_| None)
            .candidates
            .into_iter()
            .map(|c| (c.key, c.only_initial))
            .collect()
    }

    #[test]
    fn runs_with_connectors_and_initials() {
        let got = keys(
            "",
            "Ayer habló Juan Carlos de la Vega con D. B. Erickson y Marta van der Berg.",
        );
        let k: Vec<&str> = got.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(
            k,
            [
                "ayer",
                "juan carlos de la vega",
                "d b erickson",
                "marta van der berg"
            ]
        );
        assert!(got[0].1, "Ayer starts the sentence");
        assert!(!got[1].1);
    }

    #[test]
    fn conjunctions_join_only_names_with_a_particle() {
        let k = keys(
            "",
            "lo dijo el Ministerio de Trabajo y Asuntos Sociales; lo vieron Pérez y López.",
        );
        let k: Vec<&str> = k.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(
            k,
            ["ministerio de trabajo y asuntos sociales", "perez", "lopez"]
        );
    }

    #[test]
    fn roles_are_evidence_and_not_name() {
        let links = DocumentLinks::default();
        let d = candidates(
            &Folder::new(),
            "d",
            "",
            "Según el ministro Pablo Ortega, el Sr. Ruiz Gil y la Dra. Inés Soto llegaron. \
             El Presidente del Gobierno José María Aznar no.",
            &links,
            &|_| None,
        );
        let got: Vec<(&str, Vec<String>)> = d
            .candidates
            .iter()
            .map(|c| (c.key.as_str(), c.evidence.roles.clone()))
            .collect();
        assert_eq!(
            got,
            [
                ("segun", vec![]),
                ("pablo ortega", vec!["ministro".to_string()]),
                ("ruiz gil", vec!["sr".to_string()]),
                ("ines soto", vec!["dra".to_string()]),
            ]
        );
    }

    #[test]
    fn acronym_definitions_and_comma_names() {
        let links = DocumentLinks::default();
        let d = candidates(
            &Folder::new(),
            "d",
            "",
            "La ONG Foro Penal (FP) denunció. Firmó MADURO MOROS, Nicolás ante la OEA.",
            &links,
            &|_| None,
        );
        let foro = d.candidates.iter().find(|c| c.key == "foro penal").unwrap();
        assert_eq!(foro.evidence.acronym.as_deref(), Some("FP"));
        assert!(d
            .candidates
            .iter()
            .any(|c| c.key == "nicolas maduro moros" && c.text == "MADURO MOROS, Nicolás"));
        let oea = d.candidates.iter().find(|c| c.key == "oea").unwrap();
        assert!(oea.evidence.acronym_shape);
    }

    #[test]
    fn a_clubs_form_stays_with_the_name_after_it() {
        let links = DocumentLinks::default();
        let d = candidates(
            &Folder::new(),
            "d",
            "",
            "El técnico del FC Zorgona habló con la ONG Foro Verde en la ciudad.",
            &links,
            &|_| None,
        );
        let keys: Vec<&str> = d.candidates.iter().map(|c| c.key.as_str()).collect();
        assert!(keys.contains(&"fc zorgona"), "{keys:?}");
        assert!(!keys.contains(&"fc"), "{keys:?}");
        // Another acronym before a name is a name of its own.
        assert!(
            keys.contains(&"ong") && keys.contains(&"foro verde"),
            "{keys:?}"
        );
    }

    #[test]
    fn an_is_an_article_only_in_english() {
        let links = DocumentLinks::default();
        let indefinite = |body: &str| {
            let d = candidates(&Folder::new(), "d", "", body, &links, &|_| None);
            d.candidates
                .iter()
                .find(|c| c.key == "fdq")
                .unwrap_or_else(|| panic!("{d:#?}"))
                .evidence
                .indefinite
        };
        assert!(indefinite(
            "The report said the board had an FDQ meeting on the day."
        ));
        assert!(!indefinite(
            "Die Kritik richtet sich an FDQ und die Regierung in der Stadt."
        ));
    }

    #[test]
    fn an_acronym_after_the_lowercase_words_it_spells_is_a_term() {
        let links = DocumentLinks::default();
        let term = |body: &str, key: &str| {
            let d = candidates(&Folder::new(), "d", "", body, &links, &|_| None);
            d.candidates
                .iter()
                .find(|c| c.key == key)
                .unwrap_or_else(|| panic!("{key}: {d:#?}"))
                .evidence
                .term
        };
        // Right before the parenthesis, or two content words before it.
        assert!(term("Hay un producto interior bruto (PIB) alto.", "pib"));
        assert!(term(
            "Lanzó una oferta pública de adquisición de acciones (OPA) ayer.",
            "opa"
        ));
        assert!(term(
            "Ellos miden el gross domestic product ( GDP ) cada año.",
            "gdp"
        ));
        // Not three content words before it, not after a name, not two letters.
        assert!(!term(
            "Lanzó una oferta pública de adquisición de muchas acciones nuevas (OPA) ayer.",
            "opa"
        ));
        assert!(!term("Habló el Producto Interior Bruto (PIB) ayer.", "pib"));
        assert!(!term("Hablaron los partidos populares (PP) ayer.", "pp"));
    }

    #[test]
    fn surname_later_and_lowercase_words() {
        let links = DocumentLinks::default();
        let d = candidates(
            &Folder::new(),
            "d",
            "",
            "Llegó la jueza Ana Belén Quiroga. Después, Quiroga habló durante horas.",
            &links,
            &|_| None,
        );
        let ana = d
            .candidates
            .iter()
            .find(|c| c.key == "ana belen quiroga")
            .unwrap();
        assert!(ana.evidence.surname_later);
        assert!(d.lowercase.contains(&"durante".to_string()));
    }

    #[test]
    fn para_joins_a_body_s_name_only_before_an_article() {
        let k = keys(
            "",
            "Lo pidió la Organización para la Unidad Valdense ( OUV ) con la Plataforma \
             per la Pau, y el plan de Arnaiz para Quiroga llegó a la Misión para Velmora.",
        );
        let k: Vec<&str> = k.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(
            k,
            [
                "organizacion para la unidad valdense",
                "ouv",
                "plataforma per la pau",
                "arnaiz",
                "quiroga",
                "mision",
                "velmora"
            ]
        );
    }

    #[test]
    fn pieces_glued_by_a_slash_or_an_ampersand_are_one_token() {
        let k = keys(
            "",
            "Votaron el PSE/EE y la empresa ESES&S, y también el PSE-EE.",
        );
        let k: Vec<&str> = k.iter().map(|(k, _)| k.as_str()).collect();
        assert!(k.contains(&"pse ee"), "{k:?}");
        assert!(k.contains(&"eses s"), "{k:?}");
        assert!(!k.contains(&"ee") && !k.contains(&"eses"), "{k:?}");
    }

    #[test]
    fn roman_numerals_are_no_acronyms_but_their_letters_may_be() {
        for n in ["II", "XII", "XIV", "MCD", "MMXXIV", "CD", "XC", "DC"] {
            assert!(is_roman_numeral(n), "{n}");
        }
        for a in [
            "CDC", "DVD", "LCD", "MDCCCCX", "IIII", "VX", "IC", "CIU", "ONU",
        ] {
            assert!(!is_roman_numeral(a), "{a}");
        }
        let k = keys(
            "",
            "Lo dijo el secretario de CDC ante el rey Juan Carlos I en la sala XII.",
        );
        let k: Vec<&str> = k.iter().map(|(k, _)| k.as_str()).collect();
        assert!(k.contains(&"cdc"), "{k:?}");
        assert!(!k.contains(&"xii"), "{k:?}");
    }

    #[test]
    fn a_role_word_s_dot_ends_its_sentence_and_a_title_s_does_not() {
        // `Präsident.` is a whole word: the next capital starts a sentence. `Sr.` and
        // `Dr.` are abbreviated titles: the name after them is inside the sentence.
        let k = keys(
            "",
            "Das sagte gestern der Präsident. In Zeitung stand es. Es kam der Sr. Ruiz Gil und \
             der Dr. Braun mit.",
        );
        assert!(k.contains(&("in zeitung".to_string(), true)), "{k:?}");
        assert!(k.contains(&("ruiz gil".to_string(), false)), "{k:?}");
        assert!(k.contains(&("braun".to_string(), false)), "{k:?}");
    }

    #[test]
    fn headlines_in_capitals_say_nothing() {
        let k = keys("", "ALERTA EN LA COSTA POR LLUVIAS\nEl agua subió.");
        assert!(k.is_empty(), "{k:?}");
    }

    /// The folded words `candidates` counts as common words: written in lowercase,
    /// or capitalised alone as nouns are in a text that capitalises its nouns.
    fn lowercase(body: &str) -> Vec<String> {
        let links = DocumentLinks::default();
        let d = candidates(&Folder::new(), "d", "", body, &links, &|_| None);
        let mut all = d.lowercase;
        all.extend(d.nouns);
        all
    }

    #[test]
    fn nouns_are_capitalised_alone_between_lowercase_words() {
        // German capitalises its nouns: a capital alone inside a sentence is a noun.
        let de = lowercase(
            "Die Menschen in der Stadt haben seit Jahren Angst vor dem Wasser. Viele \
             Menschen sagen, dass die Regierung zu wenig tut, und die Stadt wartet auf \
             Hilfe. Die Zukunft der Stadt ist offen, sagen Experten und Menschen aus der \
             Region.",
        );
        for w in ["stadt", "wasser", "regierung"] {
            assert!(de.contains(&w.to_string()), "{w}: {de:?}");
        }
        // Spanish news dense with names capitalises a fifth of its words inside
        // sentences too, but in runs: its one-word names are not nouns.
        let es = lowercase(
            "Representantes del Gobierno de Velmora y de la Diputación Foral de Arrinda \
             se reunirán mañana en Velmora , en la sede de la Junta Comarcal de Servicios Sociales \
             para tratar la situación en el litigio territorial , según informó hoy el \
             Consejo Económico y Social de Velmora en un comunicado . El presidente del \
             Consejo Económico y Social , Andrés Pérez Gil , y la consejera María Luisa \
             Ortega Vidal explicaron que la reunión servirá para acercar posturas antes \
             del verano .",
        );
        for w in ["velmora", "arrinda"] {
            assert!(!es.contains(&w.to_string()), "{w}: {es:?}");
        }
    }
}
