//! A body's name of several words in a case form (rule `declined-name`).
//!
//! The press of the languages that decline writes a body's name in the case its
//! sentence asks for: Czech `Mezinárodního měnového fondu` for `Mezinárodní měnový
//! fond`, Polish `Europejskiego Banku Centralnego`, Lithuanian `Europos centrinio
//! banko`, Finnish `Kansainvälisen olympiakomitean`, Greek `Διεθνούς Ολυμπιακής
//! Επιτροπής`. Where an entity's `by_language` field ([`crate::by_language`]) gives its
//! name of several words in such a language, a run of the text's words links to it
//! when every word is the name's word with another ending of that language: a common
//! stem of four letters or more (three for a word after the first: `sudu` of `sud`),
//! the name's ending and the text's both in the language's closed list of nominal and
//! adjectival endings ([`endings`]), words of up to three letters (`pro`, `a`, `v`)
//! written as the name writes them. The whole name is required, word for word, with
//! nothing but spaces between the words; the first word capitalised; a name of two
//! words not at a sentence's start (`Světové banky zvyšují` may be the world's banks).
//!
//! Names are compared in their folded view (accents off, Cyrillic and Greek
//! romanised), so the lists are written folded: Czech `ího` is `iho`, Bulgarian `ия`
//! is `iya`. A language without a list (English, French, Spanish...: their names do
//! not decline) gives no forms. Limits: the stem changes a language writes inside a
//! word are not undone (Finnish consonant gradation `keskuspankin` of `keskuspankki`,
//! Hungarian assimilation `Bizottsággal`), nor a name the data lacks in the language.

use std::collections::HashMap;

use nomen_fold::Folder;

use crate::by_language;
use crate::hash::FxBuild;
use crate::Gazetteer;
use crate::Kind;

/// A name's word of this many bytes or fewer is compared whole (`a`, `v`, `de`); one
/// of three letters takes an ending only after the whole word (`sud`, `sudu`), as the
/// shortest stem is three letters.
const SHORT_WORD: usize = 2;

/// The shortest stem of a name's first word (and the bytes its lookup key takes).
const FIRST_STEM: usize = 4;

/// The shortest stem of a name's later word (`sud` of Croatian `Međunarodni sud
/// pravde`: the whole name must match, so a later word may be short).
const LATER_STEM: usize = 3;

/// One name of several words, folded, with the endings of its language.
#[derive(Debug)]
struct Name {
    entity: u32,
    words: Box<[Box<str>]>,
    /// The endings of its language: an index into [`DeclinedNames::endings`].
    endings: u8,
    /// The same number for the names of its lookup key with the same first word and
    /// endings (which are next to each other in [`DeclinedNames::by_key`]): whether a
    /// text's word is that first word in a case form is worked out once for them all.
    first: u32,
}

/// The names of several words that decline, by the first four bytes of their first
/// word's folded form.
#[derive(Debug, Default)]
pub(crate) struct DeclinedNames {
    names: Vec<Name>,
    by_key: HashMap<u32, Vec<u32>, FxBuild>,
    /// The lists of [`endings`] the names use, each once.
    endings: Vec<Endings>,
}

/// A list of [`endings`] made for lookups: each ending packed into a `u64` (its
/// bytes, little-endian, and its length in the top byte), sorted, so that whether a
/// word's rest is an ending is a binary search of integers, not a comparison of
/// strings with each of up to 55 endings (the lookups were most of the rule's cost:
/// BENCHMARKS.md, "The linking stage alone").
#[derive(Debug)]
struct Endings {
    /// The list it was made from (to tell lists apart).
    list: &'static [&'static str],
    packed: Box<[u64]>,
    /// The bytes of the longest ending.
    longest: usize,
}

/// The bytes that [`pack`] holds: an ending of more is no ending.
const PACKED_BYTES: usize = 7;

/// `s` packed into a `u64` ([`Endings`]); `None` when longer than [`PACKED_BYTES`].
#[inline]
fn pack(s: &[u8]) -> Option<u64> {
    if s.len() > PACKED_BYTES {
        return None;
    }
    let mut bytes = [0u8; 8];
    bytes[..s.len()].copy_from_slice(s);
    bytes[7] = s.len() as u8;
    Some(u64::from_le_bytes(bytes))
}

impl Endings {
    fn new(list: &'static [&'static str]) -> Endings {
        let mut packed: Vec<u64> = list
            .iter()
            .map(|e| pack(e.as_bytes()).expect("an ending of at most seven bytes"))
            .collect();
        packed.sort_unstable();
        packed.dedup();
        Endings {
            list,
            packed: packed.into(),
            longest: longest(list),
        }
    }

    /// True when `s` is one of the endings.
    #[inline]
    fn has(&self, s: &[u8]) -> bool {
        s.len() <= self.longest && pack(s).is_some_and(|p| self.packed.binary_search(&p).is_ok())
    }
}

/// The lookup key of a folded first word: its first four bytes, when it has more.
#[inline]
fn key(word: &[u8]) -> Option<u32> {
    (word.len() > FIRST_STEM).then(|| u32::from_le_bytes([word[0], word[1], word[2], word[3]]))
}

impl DeclinedNames {
    /// The names of several words that `gazetteer`'s bodies and places (not persons:
    /// their names have rules of their own) have in a language of [`endings`].
    pub(crate) fn new(gazetteer: &Gazetteer, folder: &Folder) -> DeclinedNames {
        let mut out = DeclinedNames::default();
        for (e, entity) in gazetteer.entities().iter().enumerate() {
            if entity.extra.is_empty() || entity.kind == Kind::Person {
                continue;
            }
            for (code, names) in by_language::names_by_language(entity) {
                let Some(list) = endings(code) else {
                    continue;
                };
                let set = match out.endings.iter().position(|e| std::ptr::eq(e.list, list)) {
                    Some(i) => i,
                    None => {
                        out.endings.push(Endings::new(list));
                        out.endings.len() - 1
                    }
                };
                // (A Ukrainian name also in the Ukrainian system throughout: see
                // [`ukrainian_fold`].)
                let forms = names.iter().flat_map(|name| {
                    let folded = folder.fold(name).into_owned();
                    let ukrainian = (code == "uk")
                        .then(|| ukrainian_fold(folder, name))
                        .filter(|u| *u != folded);
                    std::iter::once((name, folded)).chain(ukrainian.map(|u| (name, u)))
                });
                for (name, folded) in forms {
                    let words: Box<[Box<str>]> = folded.split_whitespace().map(Box::from).collect();
                    let Some(k) = words.first().and_then(|w| key(w.as_bytes())) else {
                        continue;
                    };
                    if words.len() < 2 || !name.starts_with(char::is_uppercase) {
                        continue;
                    }
                    let dup = out.by_key.get(&k).is_some_and(|ids| {
                        ids.iter().any(|&i| {
                            let n = &out.names[i as usize];
                            n.entity == e as u32 && n.words == words
                        })
                    });
                    if dup {
                        continue;
                    }
                    out.by_key
                        .entry(k)
                        .or_default()
                        .push(out.names.len() as u32);
                    out.names.push(Name {
                        entity: e as u32,
                        words,
                        endings: u8::try_from(set).expect("fewer than 256 lists of endings"),
                        first: 0,
                    });
                }
            }
        }
        // Each key's names with the same first word and endings next to each other,
        // numbered alike ([`Name::first`]): many bodies' names of a language start
        // with one word (`europaische`, `bundes...`), and a text's capitalised word
        // that shares a name's first four bytes is compared with each of them.
        let mut groups: Vec<(u32, u32)> = Vec::with_capacity(out.names.len());
        for ids in out.by_key.values_mut() {
            let names = &out.names;
            ids.sort_by(|&a, &b| {
                let (a, b) = (&names[a as usize], &names[b as usize]);
                (&a.words[0], a.endings, a.entity).cmp(&(&b.words[0], b.endings, b.entity))
            });
            for (k, &id) in ids.iter().enumerate() {
                let name = &names[id as usize];
                let same = k > 0 && {
                    let before = &names[ids[k - 1] as usize];
                    before.words[0] == name.words[0] && before.endings == name.endings
                };
                let group = match groups.last() {
                    Some(&(_, g)) if same => g,
                    Some(&(_, g)) => g + 1,
                    None => 0,
                };
                groups.push((id, group));
            }
        }
        for (id, group) in groups {
            out.names[id as usize].first = group;
        }
        out
    }

    /// True when no name declines: the text need not be read.
    pub(crate) fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// The entities and lengths (in words) of the names that the words starting with
    /// `words[0]` write in a case form: each word the name's word with another ending
    /// of the name's language, at least one of them not the name's word as it stands.
    /// Longest first.
    pub(crate) fn matches<'w>(
        &self,
        mut words: impl FnMut(usize) -> Option<&'w str>,
        out: &mut Vec<(u32, usize)>,
    ) {
        out.clear();
        let Some(first) = words(0) else { return };
        let Some(ids) = key(first.as_bytes()).and_then(|k| self.by_key.get(&k)) else {
            return;
        };
        // The first word's answer for the names of the group last asked about
        // ([`Name::first`]): (group, the word is it or a case form of it, changed).
        let mut first_of: Option<(u32, bool, bool)> = None;
        for &id in ids {
            let name = &self.names[id as usize];
            let endings = &self.endings[usize::from(name.endings)];
            let (fits, mut changed) = match first_of {
                Some((group, fits, changed)) if group == name.first => (fits, changed),
                _ => {
                    let w = &*name.words[0];
                    let answer = if first == w {
                        (true, false)
                    } else {
                        (declined(first, w, FIRST_STEM, endings), true)
                    };
                    first_of = Some((name.first, answer.0, answer.1));
                    answer
                }
            };
            if !fits {
                continue;
            }
            let all = name.words.iter().enumerate().skip(1).all(|(i, w)| {
                let Some(text) = words(i) else { return false };
                if text == &**w {
                    return true;
                }
                changed = true;
                declined(text, w, LATER_STEM, endings)
            });
            if all && changed {
                out.push((name.entity, name.words.len()));
            }
        }
        out.sort_by_key(|&(e, n)| (std::cmp::Reverse(n), e));
        out.dedup();
    }
}

/// A Ukrainian name folded word by word in the Ukrainian national system. The folder
/// romanises a Cyrillic word in that system only when it writes a letter only
/// Ukrainian has (`і ї є ґ`), else as Russian: `Шанхайська` folds to `shankhayska`,
/// its genitive `Шанхайської` to `shankhaiskoi`, and the two share no stem. A word
/// without such a letter is folded here with `і` added (which sets the system, and
/// whose `i` is then taken off): `shankhaiska`.
pub(super) fn ukrainian_fold(folder: &Folder, name: &str) -> String {
    const UKRAINIAN: &[char] = &['і', 'ї', 'є', 'ґ', 'І', 'Ї', 'Є', 'Ґ'];
    let cyrillic = |c: char| ('\u{400}'..='\u{4ff}').contains(&c);
    name.split_whitespace()
        .map(|w| {
            if w.contains(UKRAINIAN) || !w.chars().any(cyrillic) {
                return folder.fold(w).into_owned();
            }
            let f = folder.fold(&format!("{w}і")).into_owned();
            match f.strip_suffix('i') {
                Some(stem) => stem.to_string(),
                None => f,
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The bytes of the longest of `endings`.
fn longest(endings: &[&str]) -> usize {
    endings.iter().map(|e| e.len()).max().unwrap_or(0)
}

/// True when `text` is the name's word `name` with another ending of `endings`: a
/// common stem of `min_stem` bytes or more, the rest of each in the list. A name's
/// word of [`SHORT_WORD`] bytes or fewer takes no ending.
fn declined(text: &str, name: &str, min_stem: usize, endings: &Endings) -> bool {
    if name.len() <= SHORT_WORD {
        return false;
    }
    let common = text
        .bytes()
        .zip(name.bytes())
        .take_while(|(a, b)| a == b)
        .count();
    // A stem that leaves either word more than the longest ending cannot be one: the
    // lists are looked through only for the stems that can (they were looked through
    // for every stem from the common one down: 9.8 % of the linker's instructions on
    // the generated corpus).
    let shortest = min_stem
        .max(text.len().saturating_sub(endings.longest))
        .max(name.len().saturating_sub(endings.longest));
    (shortest..=common).rev().any(|k| {
        text.is_char_boundary(k)
            && name.is_char_boundary(k)
            && endings.has(&text.as_bytes()[k..])
            && endings.has(&name.as_bytes()[k..])
    })
}

/// The nominal and adjectival endings (folded) of the language `code`, singular and
/// plural, from its normative grammar; `None` for a language whose press does not
/// decline names. One list per language family where the folded endings coincide.
pub(crate) fn endings(code: &str) -> Option<&'static [&'static str]> {
    let lang = code.split('-').next().unwrap_or(code);
    Some(match lang {
        "cs" | "sk" => CZECH_SLOVAK,
        "pl" => POLISH,
        "sl" | "hr" | "sr" | "bs" => SOUTH_SLAVIC,
        "bg" | "mk" => BULGARIAN,
        "ru" | "uk" | "be" => EAST_SLAVIC,
        "lt" => LITHUANIAN,
        "lv" => LATVIAN,
        "fi" => FINNISH,
        "et" => ESTONIAN,
        "el" => GREEK,
        "ro" => ROMANIAN,
        "de" => GERMAN,
        "hu" => HUNGARIAN,
        _ => return None,
    })
}

/// Czech and Slovak: hard and soft adjectives (`-ý`, `-ého`, `-ému`, `-ým`, `-ých`,
/// `-í`, `-ího`), nouns of every gender (`fond`, `fondu`, `banka`, `banky`, `bance`,
/// `organizace`, `organizaci`), Slovak `-ej`, `-om`, `-ia`.
const CZECH_SLOVAK: &[&str] = &[
    "", "a", "e", "i", "o", "u", "y", "ou", "em", "om", "ej", "eho", "iho", "emu", "imu", "ym",
    "im", "ymi", "imi", "ych", "ich", "ach", "ech", "ami", "emi", "ove", "ov", "ovi", "um", "am",
    "ia", "ie", "iu", "iam", "iach", "ce", "ci",
];

/// Polish: adjectives (`-y`, `-ego`, `-iego`, `-emu`, `-ym`, `-ej`, `-ą`), nouns
/// (`Bank`, `Banku`, `Bankiem`, `Organizacja`, `Organizacji`).
const POLISH: &[&str] = &[
    "", "a", "e", "i", "o", "u", "y", "ie", "em", "iem", "om", "ej", "iej", "ego", "iego", "emu",
    "iemu", "ym", "im", "ymi", "imi", "ych", "ich", "ach", "ami", "ow", "owi", "owie", "ia", "iu",
    "ii", "ja", "ji", "je", "ju",
];

/// Slovene, Croatian, Serbian and Bosnian: adjectives (`-i`, `-og`, `-oga`, `-om`,
/// `-omu`, Slovene `-ega`, `-emu`, `-em`), nouns (`sud`, `sudu`, `sudom`, `banka`,
/// `banke`, `banci`).
const SOUTH_SLAVIC: &[&str] = &[
    "", "a", "e", "i", "o", "u", "om", "em", "im", "ih", "ima", "ama", "ami", "oj", "ej", "og",
    "oga", "ega", "ome", "omu", "emu", "ov", "ev", "ovi", "evi", "ju", "ja", "je", "ji", "ci",
];

/// Bulgarian and Macedonian: the article and the adjective's short and full forms
/// (`Международен`, `Международния`, `Международният`, `централната`), romanised.
const BULGARIAN: &[&str] = &[
    "", "a", "o", "i", "e", "ta", "to", "te", "ya", "yat", "iya", "iyat", "ata", "ato", "ite",
    "ut", "at", "en", "na", "no", "ni", "niya", "niyat", "nata", "noto", "nite", "ot", "ov",
];

/// Russian, Ukrainian and Belarusian, romanised: adjectives (`-ый`, `-ого`, `-ому`,
/// `-ым`, `-ой`, `-ая`, `-ую`, Ukrainian `-ий`, `-ого` as `-oho`; the Russian neuter
/// `-ое`, `-ее`, which the folded view writes `-oe`, `-ee`: `Северное море`,
/// `Северном море`), nouns.
const EAST_SLAVIC: &[&str] = &[
    "", "a", "u", "e", "y", "i", "o", "ya", "yu", "om", "em", "ov", "ev", "ami", "yami", "akh",
    "yakh", "am", "yam", "yy", "iy", "yi", "ii", "oy", "ey", "aya", "yaya", "uyu", "yuyu", "ogo",
    "ego", "oho", "eho", "omu", "emu", "ym", "im", "ykh", "ikh", "ymi", "imi", "ymy", "imy", "oye",
    "eye", "yye", "iye", "oiu", "oyu", "iu", "ia", "oi", "ei", "oe", "ee",
];

/// Lithuanian: nouns in `-as`, `-is`, `-ys`, `-us`, `-a`, `-ė` and adjectives in
/// `-is`, `-inis` in every case (`bankas`, `banko`, `bankui`, `banke`; `centrinis`,
/// `centrinio`, `centriniam`, `centriniame`), and the definite (pronominal)
/// adjective of the singular (*Dabartinės lietuvių kalbos gramatika*: feminine
/// `Juodoji`, `Juodosios`, `Juodajai`, `Juodąją`, `Juodojoje`; masculine
/// `Baltasis`, `Baltojo`, `Baltajam`, `Baltąjį`, `Baltuoju`, `Baltajame`).
const LITHUANIAN: &[&str] = &[
    "", "as", "is", "ys", "us", "es", "a", "e", "o", "u", "i", "y", "ui", "iu", "io", "ia", "ie",
    "ai", "ei", "uje", "oje", "eje", "yje", "ioje", "ame", "iame", "ose", "ese", "uose", "iuose",
    "ams", "iams", "iems", "ems", "ais", "iais", "ius", "ios", "iai", "iam", "ioms", "iui", "ies",
    "oji", "osios", "ajai", "aja", "ojoje", "asis", "ysis", "ojo", "ajam", "aji", "uoju", "ajame",
    // (The feminine genitive `-os`: `jūra`, `jūros`; `Ryga`, `Rygos`.)
    "os",
];

/// Latvian: nouns (`fonds`, `fonda`, `fondam`, `fondu`, `banka`, `bankas`, `bankai`)
/// and the definite adjective (`Centrālā`, `Centrālās`, `Centrālajai`,
/// `Starptautiskais`, `Starptautiskajam`).
const LATVIAN: &[&str] = &[
    "", "s", "a", "as", "u", "am", "ai", "i", "is", "ie", "iem", "o", "ei", "e", "es", "os", "ais",
    "aja", "ajam", "ajai", "aju", "ajos", "ajiem", "ajas", "ajo", "ajie",
];

/// Finnish: the cases of nouns and adjectives (`-n`, `-a`, `-ssa`, `-sta`, `-lla`,
/// `-lle`, `-ksi`...) and the `-nen` adjectives' `-se-` stem (`Kansainvälinen`,
/// `Kansainvälisen`, `Kansainväliseen`).
const FINNISH: &[&str] = &[
    "", "n", "a", "ta", "tta", "na", "ksi", "ssa", "sta", "lla", "lta", "lle", "an", "en", "in",
    "un", "on", "han", "hen", "hin", "hon", "seen", "ia", "ien", "iin", "issa", "ista", "illa",
    "ilta", "ille", "iksi", "ina", "ihin", "nen", "sen", "sessa", "sesta", "sella", "selta",
    "selle", "seksi", "sena", "set", "sia", "siin", "sten",
];

/// Estonian: the genitive stem and the local cases (`Rahvusvaheline`,
/// `Rahvusvahelise`, `Rahvusvahelises`; `Valuutafond`, `Valuutafondi`, `Valuutafondis`).
const ESTONIAN: &[&str] = &[
    "", "i", "is", "ist", "isse", "il", "ilt", "ile", "iks", "ina", "iga", "it", "ne", "se", "ses",
    "sest", "sesse", "sel", "selt", "sele", "seks", "sena", "sega", "st", "s", "l", "lt", "le",
    "ks", "ga", "d", "t", "te", "de",
];

/// Greek, romanised: nouns and adjectives in `-ος`, `-ης`, `-ή`, `-α`, `-ο` in every
/// case (`Διεθνής`, `Διεθνούς`; `Επιτροπή`, `Επιτροπής`; `Ταμείο`, `Ταμείου`).
const GREEK: &[&str] = &[
    "", "s", "a", "e", "i", "o", "u", "as", "es", "is", "os", "us", "on", "ai", "oi", "ei", "ia",
    "io", "iu", "ion", "ies",
];

/// Romanian: the definite article and the genitive-dative (`Fondul`, `Fondului`;
/// `Banca`, `Băncii`; `Centrală`, `Centrale`; `Europeană`, `Europene`).
const ROMANIAN: &[&str] = &[
    "", "a", "e", "i", "ul", "ului", "ei", "ii", "lui", "le", "lor", "ile", "ilor", "ea", "eana",
    "ene",
];

/// German: the adjective's strong and weak endings and the genitive's `-s`
/// (`Europäische`, `Europäischen`; `Gerichtshof`, `Gerichtshofs`).
const GERMAN: &[&str] = &["", "e", "en", "er", "es", "em", "s", "n", "ns"];

/// Hungarian: case suffixes on the last word, in both vowel harmonies
/// (`Valutaalapnak`, `Valutaalapot`, `Valutaalapban`, `Bizottságnak`).
const HUNGARIAN: &[&str] = &[
    "", "nak", "nek", "ot", "et", "at", "t", "ban", "ben", "ba", "be", "bol", "hoz", "hez", "tol",
    "rol", "ra", "re", "on", "en", "nal", "nel", "ig", "ert", "val", "vel", "ja", "je", "a", "e",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_with_another_ending_of_its_language_is_the_name_word() {
        assert!(declined(
            "mezinarodniho",
            "mezinarodni",
            4,
            &Endings::new(CZECH_SLOVAK)
        ));
        assert!(declined("fondu", "fond", 3, &Endings::new(CZECH_SLOVAK)));
        assert!(declined(
            "europejskiego",
            "europejski",
            4,
            &Endings::new(POLISH)
        ));
        assert!(declined(
            "centrinio",
            "centrinis",
            3,
            &Endings::new(LITHUANIAN)
        ));
        assert!(declined(
            "kansainvalisen",
            "kansainvalinen",
            4,
            &Endings::new(FINNISH)
        ));
        assert!(declined(
            "mezhdunarodniya",
            "mezhdunarodniyat",
            4,
            &Endings::new(BULGARIAN)
        ));
        assert!(declined("diethnus", "diethnis", 4, &Endings::new(GREEK)));
        // The Russian neuter adjective (`Каспийское`, `Каспийскому`, `Каспийском`).
        for text in ["kaspiyskomu", "kaspiyskom", "kaspiyskogo"] {
            assert!(
                declined(text, "kaspiyskoe", 4, &Endings::new(EAST_SLAVIC)),
                "{text}"
            );
        }
        assert!(declined("sudu", "sud", 3, &Endings::new(SOUTH_SLAVIC)));
        // The Lithuanian definite adjective (`Juodoji jūra`, `Juodosios jūros`).
        for text in ["juodosios", "juodajai", "juodojoje"] {
            assert!(
                declined(text, "juodoji", 4, &Endings::new(LITHUANIAN)),
                "{text}"
            );
        }
        assert!(declined(
            "baltojo",
            "baltasis",
            4,
            &Endings::new(LITHUANIAN)
        ));
        assert!(declined("juros", "jura", 3, &Endings::new(LITHUANIAN)));
    }

    /// A Ukrainian name's word without a letter only Ukrainian has is folded in the
    /// Ukrainian system too, so that it shares a stem with its case forms that have
    /// one (`Шанхайська`, `Шанхайської`).
    #[test]
    fn ukrainian_names_fold_in_the_ukrainian_system() {
        let folder = Folder::new();
        let nominative = ukrainian_fold(&folder, "Шанхайська організація співробітництва");
        assert_eq!(nominative, "shankhaiska orhanizatsiia spivrobitnytstva");
        assert_ne!(folder.fold("Шанхайська"), "shankhaiska");
        let genitive = folder.fold("Шанхайської");
        let first = nominative.split(' ').next().unwrap();
        assert!(declined(&genitive, first, 4, &Endings::new(EAST_SLAVIC)));
        // A Latin word, or one with a Ukrainian letter, is folded as it stands.
        assert_eq!(ukrainian_fold(&folder, "Київ Forum"), "kyiv forum");
    }

    #[test]
    fn a_derived_word_or_a_short_stem_is_not() {
        // `-ní` makes an adjective of a noun: no case ending.
        assert!(!declined(
            "parlamentni",
            "parlament",
            3,
            &Endings::new(CZECH_SLOVAK)
        ));
        // Stem too short.
        assert!(!declined("bana", "banka", 4, &Endings::new(CZECH_SLOVAK)));
        // A name's word of three letters takes an ending only after the whole word,
        // one of two letters none.
        assert!(!declined("pravo", "pro", 3, &Endings::new(CZECH_SLOVAK)));
        assert!(!declined("va", "v", 3, &Endings::new(CZECH_SLOVAK)));
        // Consonant gradation is not undone.
        assert!(!declined(
            "keskuspankin",
            "keskuspankki",
            4,
            &Endings::new(FINNISH)
        ));
    }

    /// Every stem the lists could leave is still tried: the same answers as a look
    /// through every stem from the common one down, for each list's endings on
    /// stems of three letters and more.
    #[test]
    fn stems_too_short_for_any_ending_are_the_only_ones_skipped() {
        let every_stem = |text: &str, name: &str, min_stem: usize, endings: &[&str]| {
            let common = text
                .bytes()
                .zip(name.bytes())
                .take_while(|(a, b)| a == b)
                .count();
            name.len() > SHORT_WORD
                && (min_stem..=common).rev().any(|k| {
                    text.is_char_boundary(k)
                        && name.is_char_boundary(k)
                        && endings.contains(&&text[k..])
                        && endings.contains(&&name[k..])
                })
        };
        let lists = [
            CZECH_SLOVAK,
            POLISH,
            SOUTH_SLAVIC,
            BULGARIAN,
            EAST_SLAVIC,
            LITHUANIAN,
            LATVIAN,
            FINNISH,
            ESTONIAN,
            GREEK,
            ROMANIAN,
            GERMAN,
            HUNGARIAN,
        ];
        let mut yes = 0;
        for endings in lists {
            for stem in ["sud", "fond", "banka", "centri", "aaaaaaaaaaaa"] {
                for a in endings {
                    for b in endings {
                        let (text, name) = (format!("{stem}{a}"), format!("{stem}{b}"));
                        for min_stem in [3, 4] {
                            let want = every_stem(&text, &name, min_stem, endings);
                            let got = declined(&text, &name, min_stem, &Endings::new(endings));
                            assert_eq!(got, want, "{text} {name} {min_stem}");
                            yes += usize::from(got);
                        }
                    }
                }
            }
        }
        assert!(yes > 1000, "{yes}");
    }

    #[test]
    fn only_languages_that_decline_have_endings() {
        assert!(endings("cs").is_some());
        assert!(endings("sr-Latn").is_some());
        assert!(endings("en").is_none());
        assert!(endings("fr").is_none());
    }

    #[test]
    fn the_whole_name_must_match_word_for_word() {
        let names = DeclinedNames {
            names: vec![Name {
                entity: 7,
                words: ["mezinarodni", "menovy", "fond"].map(Box::from).into(),
                endings: 0,
                first: 0,
            }],
            endings: vec![Endings::new(CZECH_SLOVAK)],
            by_key: [(key(b"mezinarodni").unwrap(), vec![0])]
                .into_iter()
                .collect(),
        };
        let mut out = Vec::new();
        let text = ["mezinarodniho", "menoveho", "fondu", "dnes"];
        names.matches(|i| text.get(i).copied(), &mut out);
        assert_eq!(out, [(7, 3)]);
        let text = ["mezinarodniho", "menoveho"];
        names.matches(|i| text.get(i).copied(), &mut out);
        assert!(out.is_empty());
        let text = ["mezinarodniho", "obchodniho", "fondu"];
        names.matches(|i| text.get(i).copied(), &mut out);
        assert!(out.is_empty());
        // The name as it stands is the dictionary's, not this rule's.
        let text = ["mezinarodni", "menovy", "fond"];
        names.matches(|i| text.get(i).copied(), &mut out);
        assert!(out.is_empty());
    }

    /// Names that share a first word (one group) are each matched on their later
    /// words; a name with the same first word and other endings is a group of its own.
    #[test]
    fn names_sharing_a_first_word_are_each_matched() {
        let name = |entity: u32, words: &[&str], endings: u8, first: u32| Name {
            entity,
            words: words.iter().map(|w| Box::from(*w)).collect(),
            endings,
            first,
        };
        let names = DeclinedNames {
            names: vec![
                name(1, &["mezinarodni", "menovy", "fond"], 0, 0),
                name(2, &["mezinarodni", "soud"], 0, 0),
                name(3, &["mezinarodni", "menovy", "fond"], 1, 1),
            ],
            endings: vec![Endings::new(CZECH_SLOVAK), Endings::new(GERMAN)],
            by_key: [(key(b"mezinarodni").unwrap(), vec![0, 1, 2])]
                .into_iter()
                .collect(),
        };
        let mut out = Vec::new();
        // `-iho` is a Czech ending, not a German one.
        let text = ["mezinarodniho", "menoveho", "fondu"];
        names.matches(|i| text.get(i).copied(), &mut out);
        assert_eq!(out, [(1, 3)]);
        let text = ["mezinarodniho", "soudu"];
        names.matches(|i| text.get(i).copied(), &mut out);
        assert_eq!(out, [(2, 2)]);
        // The first word as it stands, a later one declined: a case form still.
        let text = ["mezinarodni", "soudu"];
        names.matches(|i| text.get(i).copied(), &mut out);
        assert_eq!(out, [(2, 2)]);
    }
}
