//! Korean names as the Russian, Ukrainian, Czech and Hungarian press write them, for
//! the linker's dictionary (rule `east-asian-transcription`, with
//! [`super::east_asian`]).
//!
//! A gazetteer gives a Korean name in one of its Latin spellings, family name first:
//! Revised Romanization (`Han Dong-hoon`), McCune–Reischauer without its marks (`Kim
//! Yo-jong`), or the bearer's own (`Park Geun-hye`, `Lee Jae-myung`, `Moon Jae-in`).
//! The press of other languages does not transcribe those letters but the Korean
//! syllables, each language by its own system:
//!
//! * Russian by Kontsevich's (`Пак Кын Хе`, `Ли Чжэ Мён`, `Кан Гён Хва`): `ㄱ ㄷ ㅂ ㅈ`
//!   are `к т п ч` at the start of the name and after `к т п`, `г д б чж` after a
//!   vowel or `н м ль`; `ㅓ` and `ㅗ` are both `о`, `ㅕ` and `ㅛ` both `ё`; a final `ㅇ`
//!   is `н`; `ㄹ` is `ль` at the end of a syllable, `р` at its start (`Л` in a family
//!   name: `Ли`). Ukrainian in its own letters, with `дж` for `чж` (`Лі Дже Мьон`).
//! * Czech by the system of the Czech press (`Pak Kun-hje`, `Pan Ki-mun`, `Kim
//!   Jo-čong`): McCune–Reischauer read in Czech letters (`ㅈ` is `č`, `ㅕ` `jo`), no
//!   voicing, the given name's syllables joined by a hyphen.
//! * Hungarian by the AkH's (`Kim Jo Dzsong`, `Han Dok Szu`, `Cso Hjon`): voicing as
//!   in Russian (`ㅈ` `cs`/`dzs`, `ㅅ` `sz`), a final `ㄱ` before a vowel `g` (`Szogjol`);
//!   the given name's syllables written apart or as one word (`Szon Hungmin`).
//!
//! Reading the Latin spelling back into Korean sounds is the hard part, because the
//! spellings mix systems: `u` is `ㅜ` in Revised Romanization but usually `ㅓ` in a
//! closed syllable of a personal spelling (`Suk`, `Hyun`, `Chung` for `석 현 정`), `oo`
//! is `ㅜ` (`Moon`, `Yoon`), `ee` is `ㅣ` (`Lee`), `g` and `k`, `d` and `t`, `b` and `p`,
//! `j` and `ch` each one consonant (the systems differ in voicing, which the target
//! systems decide by position anyway). Where a letter has two readings, both forms are
//! made (at most [`MAX_READINGS`] readings of a name).
//!
//! The gate keeps other names out: a person's name of a family name of one syllable and
//! a given name of one syllable, or of two joined by a hyphen with the second in
//! lowercase (`Geun-hye`; a Western double given name capitalises both and comes
//! first), every syllable one of the Korean syllable shapes below, and none a
//! sequence of Pinyin syllables (Chinese, [`super::east_asian`], comes first).

/// Most readings of one name (each gives one form per system).
pub(crate) const MAX_READINGS: usize = 4;

/// The consonant that begins a Korean syllable, by the Latin letters that write it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Onset {
    /// `ㅇ`: none.
    None,
    K,
    Kk,
    T,
    Tt,
    P,
    Pp,
    S,
    Ss,
    /// `j`: `ㅈ`, voiced between voiced sounds.
    J,
    /// `ch`: `ㅈ` or `ㅊ`, never voiced in the target systems' reading of it.
    Ch,
    Jj,
    H,
    N,
    M,
    /// `r` or `l`.
    R,
}

/// The vowel of a Korean syllable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Vowel {
    A,
    Ya,
    Eo,
    Yeo,
    O,
    Yo,
    U,
    Yu,
    Eu,
    I,
    Ae,
    Yae,
    E,
    Ye,
    Wa,
    Wae,
    Oe,
    Wo,
    We,
    Wi,
    Ui,
    /// `woo`, `wu` as the press of other languages reads the Latin spelling (`Ву` of
    /// `Woo`), beside Kontsevich's `У`.
    Wu,
}

/// The consonant that ends a Korean syllable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Coda {
    None,
    K,
    T,
    P,
    N,
    M,
    Ng,
    L,
}

impl Coda {
    /// True when the sound before the next syllable is voiced (a vowel, `n m ng l`).
    fn voiced(self) -> bool {
        matches!(self, Coda::None | Coda::N | Coda::M | Coda::Ng | Coda::L)
    }
}

/// One Korean syllable as read from its Latin spelling.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Syllable {
    onset: Onset,
    vowel: Vowel,
    coda: Coda,
}

/// The Latin spellings of onsets, longest first.
const ONSETS: [(&str, Onset); 22] = [
    ("kk", Onset::Kk),
    ("gg", Onset::Kk),
    ("tt", Onset::Tt),
    ("pp", Onset::Pp),
    ("ss", Onset::Ss),
    ("jj", Onset::Jj),
    ("ch", Onset::Ch),
    ("sh", Onset::S),
    ("rh", Onset::R),
    ("k", Onset::K),
    ("g", Onset::K),
    ("t", Onset::T),
    ("d", Onset::T),
    ("p", Onset::P),
    ("b", Onset::P),
    ("s", Onset::S),
    ("j", Onset::J),
    ("h", Onset::H),
    ("n", Onset::N),
    ("m", Onset::M),
    ("r", Onset::R),
    ("l", Onset::R),
];

/// The Latin spellings of vowels, longest first. `u` and `yu` are read in
/// [`vowels`], by whether the syllable is closed.
const VOWELS: [(&str, Vowel); 28] = [
    ("yae", Vowel::Yae),
    ("yeo", Vowel::Yeo),
    ("yoo", Vowel::Yu),
    ("wae", Vowel::Wae),
    ("woo", Vowel::U),
    ("woo", Vowel::Wu),
    ("wu", Vowel::Wu),
    ("eui", Vowel::Ui),
    ("ye", Vowel::Ye),
    ("ya", Vowel::Ya),
    ("yo", Vowel::Yo),
    ("yu", Vowel::Yu),
    ("wa", Vowel::Wa),
    ("wo", Vowel::Wo),
    ("we", Vowel::We),
    ("wi", Vowel::Wi),
    ("ui", Vowel::Ui),
    ("oe", Vowel::Oe),
    ("oi", Vowel::Oe),
    ("ae", Vowel::Ae),
    ("eo", Vowel::Eo),
    ("eu", Vowel::Eu),
    ("ee", Vowel::I),
    ("oo", Vowel::U),
    ("a", Vowel::A),
    ("e", Vowel::E),
    ("i", Vowel::I),
    ("o", Vowel::O),
];

/// The Latin spellings of codas (`rk` of `Park`, `ck` of `Duck`).
const CODAS: [(&str, Coda); 11] = [
    ("", Coda::None),
    ("ng", Coda::Ng),
    ("n", Coda::N),
    ("m", Coda::M),
    ("l", Coda::L),
    ("k", Coda::K),
    ("ck", Coda::K),
    ("rk", Coda::K),
    ("g", Coda::K),
    ("t", Coda::T),
    ("p", Coda::P),
];

/// The readings of one word (folded ASCII) as a Korean syllable: each onset and vowel
/// spelling that leaves a coda spelling; `u` is `ㅓ` or `ㅜ` (`ㅕ` or `ㅠ` after `y`)
/// in a closed syllable, `ㅜ` (`ㅠ`) in an open one.
fn syllables(word: &str) -> Vec<Syllable> {
    // `wh` is written for `hw` (`Kyung-wha`).
    let owned;
    let word = match word.strip_prefix("wh") {
        Some(rest) => {
            owned = format!("hw{rest}");
            owned.as_str()
        }
        None => word,
    };
    let mut out = Vec::new();
    let onsets = ONSETS
        .iter()
        .copied()
        .filter(|(s, _)| word.starts_with(s))
        .chain(std::iter::once(("", Onset::None)));
    for (os, onset) in onsets {
        let rest = &word[os.len()..];
        let mut vowels: Vec<(&str, Vowel)> = VOWELS
            .iter()
            .copied()
            .filter(|(s, _)| rest.starts_with(s))
            .collect();
        // (`u` and `yu` are the last spellings tried: `ui`, `yoo` come first.)
        if rest.starts_with("yu") {
            vowels.push(("yu", Vowel::Yeo));
        } else if rest.starts_with('u') {
            vowels.push(("u", Vowel::U));
            vowels.push(("u", Vowel::Eo));
        }
        for (vs, vowel) in vowels {
            let tail = &rest[vs.len()..];
            let Some(&(_, coda)) = CODAS.iter().find(|(s, _)| *s == tail) else {
                continue;
            };
            // `u`/`yu` read as `ㅓ`/`ㅕ` only in a closed syllable.
            let closed_only = matches!((vs, vowel), ("u", Vowel::Eo) | ("yu", Vowel::Yeo));
            if closed_only && coda == Coda::None {
                continue;
            }
            let s = Syllable { onset, vowel, coda };
            if !out.contains(&s) {
                out.push(s);
            }
        }
        if !out.is_empty() {
            // The longest onset that reads is the one meant (`ch`, not `c` + `h`).
            break;
        }
    }
    out
}

/// Family names whose usual Latin spellings are no reading of their syllable: a
/// silent `h` after the vowel (`Roh`, `Ahn`, `Oh`), or an initial `r` that South
/// Korea does not say before these vowels (`Roh` is 노, `No` in Revised Romanization),
/// as the spelling in Revised Romanization that [`syllables`] reads. The family name
/// only: in a given name, `Roh` or `Oh` would be no syllable of a name.
const FAMILY_SPELLINGS: [(&str, &str); 10] = [
    ("roh", "no"),
    ("noh", "no"),
    ("ahn", "an"),
    ("oh", "o"),
    ("sohn", "son"),
    ("uhm", "eom"),
    ("huh", "heo"),
    ("hur", "heo"),
    ("doh", "do"),
    ("suh", "seo"),
];

/// Every reading of the name's syllables, at most [`MAX_READINGS`], or `None` when a
/// syllable has none. The first word is the family name ([`FAMILY_SPELLINGS`]).
fn readings(words: &[&str]) -> Option<Vec<Vec<Syllable>>> {
    let mut out: Vec<Vec<Syllable>> = vec![Vec::new()];
    for (k, w) in words.iter().enumerate() {
        let w = match FAMILY_SPELLINGS.iter().find(|(s, _)| k == 0 && s == w) {
            Some((_, rr)) => rr,
            None => w,
        };
        let options = syllables(w);
        if options.is_empty() {
            return None;
        }
        let mut next = Vec::new();
        for prefix in &out {
            for &s in &options {
                if next.len() < MAX_READINGS {
                    let mut v = prefix.clone();
                    v.push(s);
                    next.push(v);
                }
            }
        }
        out = next;
    }
    Some(out)
}

/// The Russian letters of a vowel, after a consonant or not.
fn vowel_ru(v: Vowel, after_consonant: bool) -> &'static str {
    match v {
        Vowel::A => "а",
        Vowel::Ya => "я",
        Vowel::Eo | Vowel::O => "о",
        Vowel::Yeo | Vowel::Yo => "ё",
        Vowel::U => "у",
        Vowel::Yu => "ю",
        Vowel::Eu => "ы",
        Vowel::I => "и",
        Vowel::Ae => "э",
        Vowel::Yae if after_consonant => "я",
        Vowel::Yae => "йя",
        Vowel::E if after_consonant => "е",
        Vowel::E => "э",
        Vowel::Ye => "е",
        Vowel::Wa => "ва",
        Vowel::Wae => "вэ",
        Vowel::Oe | Vowel::We => "ве",
        Vowel::Wo => "во",
        Vowel::Wi => "ви",
        Vowel::Ui if after_consonant => "и",
        Vowel::Ui => "ый",
        Vowel::Wu => "ву",
    }
}

/// The name's syllables in Kontsevich's system, one word per syllable.
fn kontsevich(name: &[Syllable]) -> Vec<String> {
    let mut out = Vec::new();
    let mut prev: Option<Coda> = None;
    for s in name {
        let voiced = prev.is_some_and(Coda::voiced);
        let onset = match s.onset {
            Onset::None => "",
            Onset::K if voiced => "г",
            Onset::K => "к",
            Onset::Kk => "кк",
            Onset::T if voiced => "д",
            Onset::T => "т",
            Onset::Tt => "тт",
            Onset::P if voiced => "б",
            Onset::P => "п",
            Onset::Pp => "пп",
            Onset::S => "с",
            Onset::Ss => "сс",
            Onset::J if voiced => "чж",
            Onset::J | Onset::Ch => "ч",
            Onset::Jj => "чч",
            Onset::H => "х",
            Onset::N => "н",
            Onset::M => "м",
            Onset::R if prev.is_none() || prev == Some(Coda::L) => "л",
            Onset::R => "р",
        };
        let coda = match s.coda {
            Coda::None => "",
            Coda::K => "к",
            Coda::T => "т",
            Coda::P => "п",
            Coda::N | Coda::Ng => "н",
            Coda::M => "м",
            Coda::L => "ль",
        };
        out.push(format!(
            "{onset}{}{coda}",
            vowel_ru(s.vowel, s.onset != Onset::None)
        ));
        prev = Some(s.coda);
    }
    out
}

/// The Latin letters of a vowel in the Czech (`czech`) or Hungarian system.
fn vowel_latin(v: Vowel, after_consonant: bool, czech: bool) -> &'static str {
    match v {
        Vowel::A => "a",
        Vowel::Ya => "ja",
        Vowel::Eo | Vowel::O => "o",
        Vowel::Yeo | Vowel::Yo => "jo",
        Vowel::U | Vowel::Eu => "u",
        Vowel::Yu => "ju",
        Vowel::I => "i",
        Vowel::Ae | Vowel::E => "e",
        Vowel::Yae | Vowel::Ye => "je",
        Vowel::Wa if czech => "wa",
        Vowel::Wa => "va",
        Vowel::Wae | Vowel::We if czech => "we",
        Vowel::Wae | Vowel::We => "ve",
        Vowel::Oe => "ö",
        Vowel::Wo if czech => "wo",
        Vowel::Wo => "vo",
        Vowel::Wi if czech => "wi",
        Vowel::Wi => "vi",
        Vowel::Ui if czech || !after_consonant => "ui",
        Vowel::Ui => "i",
        Vowel::Wu if czech => "wu",
        Vowel::Wu => "vu",
    }
}

/// The name's syllables in the Czech system (no voicing) or the Hungarian one.
fn latin_system(name: &[Syllable], czech: bool) -> Vec<String> {
    let mut out = Vec::new();
    let mut prev: Option<Coda> = None;
    for (k, s) in name.iter().enumerate() {
        let voiced = !czech && prev.is_some_and(Coda::voiced);
        let onset = match s.onset {
            Onset::None => "",
            Onset::K if voiced => "g",
            Onset::K => "k",
            Onset::Kk => "kk",
            Onset::T if voiced => "d",
            Onset::T => "t",
            Onset::Tt => "tt",
            Onset::P if voiced => "b",
            Onset::P => "p",
            Onset::Pp => "pp",
            Onset::S if czech => "s",
            Onset::S => "sz",
            Onset::Ss if czech => "ss",
            Onset::Ss => "ssz",
            Onset::J | Onset::Ch if czech => "č",
            Onset::Jj if czech => "čč",
            Onset::J if voiced => "dzs",
            Onset::J | Onset::Ch => "cs",
            Onset::Jj => "ccs",
            Onset::H => "h",
            Onset::N => "n",
            Onset::M => "m",
            Onset::R if prev.is_none() || prev == Some(Coda::L) => "l",
            Onset::R => "r",
        };
        // Hungarian writes a final `ㄱ` before a vowel as it is heard, `g`.
        let before_vowel = name.get(k + 1).is_some_and(|n| n.onset == Onset::None);
        let coda = match s.coda {
            Coda::None => "",
            Coda::K if !czech && before_vowel => "g",
            Coda::K => "k",
            Coda::T => "t",
            Coda::P => "p",
            Coda::N => "n",
            Coda::Ng => "ng",
            Coda::M => "m",
            Coda::L => "l",
        };
        out.push(format!(
            "{onset}{}{coda}",
            vowel_latin(s.vowel, s.onset != Onset::None, czech)
        ));
        prev = Some(s.coda);
    }
    out
}

/// `s` with its first letter in capitals.
fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_uppercase().chain(chars).collect::<String>()
    })
}

/// The family name and the given name's syllables written as the name (`Pak
/// Kun-hje`): the family name, then the given name's syllables joined by a hyphen,
/// the first capitalised. Text that writes them apart (`Пак Кын Хе`) has the same
/// words.
fn written(syllables: &[String]) -> String {
    let (family, given) = syllables.split_first().expect("a family name");
    let given: Vec<String> = given
        .iter()
        .enumerate()
        .map(|(k, s)| if k == 0 { capitalised(s) } else { s.clone() })
        .collect();
    format!("{} {}", capitalised(family), given.join("-"))
}

/// The Latin words (folded ASCII) of a Korean name, family name first, from its
/// canonical spelling: `Park Geun-hye` → `park`, `geun`, `hye`; `Cho Hyun` → `cho`,
/// `hyun`. `None` for any other shape.
pub(crate) fn korean_words(name: &str) -> Option<Vec<String>> {
    let mut words = name.split_whitespace();
    let (family, given) = (words.next()?, words.next()?);
    if words.next().is_some() {
        return None;
    }
    let capital_then_lower = |w: &str| {
        let mut c = w.chars();
        c.next().is_some_and(|f| f.is_ascii_uppercase())
            && c.all(|c| c.is_ascii_lowercase())
            && (2..=5).contains(&w.len())
    };
    let lower = |w: &str| w.chars().all(|c| c.is_ascii_lowercase()) && (1..=5).contains(&w.len());
    if !capital_then_lower(family) {
        return None;
    }
    let mut out = vec![family.to_ascii_lowercase()];
    match given.split_once('-') {
        Some((a, b)) if capital_then_lower(a) && lower(b) => {
            out.push(a.to_ascii_lowercase());
            out.push(b.to_string());
        }
        None if capital_then_lower(given) => out.push(given.to_ascii_lowercase()),
        _ => return None,
    }
    Some(out)
}

/// The name's forms in the press systems of the module docs; empty when `words` (from
/// [`korean_words`]) are not Korean syllables.
pub(crate) fn press_forms(words: &[String]) -> Vec<String> {
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    let Some(readings) = readings(&words) else {
        return Vec::new();
    };
    let mut out: Vec<String> = Vec::new();
    let mut push = |s: String| {
        if !out.contains(&s) {
            out.push(s);
        }
    };
    for r in &readings {
        let ru = kontsevich(r);
        push(written(&ru));
        let uk: Vec<String> = ru
            .iter()
            .map(|s| super::east_asian::ukrainian(&s.replace("чж", "дж")))
            .collect();
        push(written(&uk));
        push(written(&latin_system(r, true)));
        let hu = latin_system(r, false);
        push(written(&hu));
        if hu.len() == 3 {
            push(format!(
                "{} {}{}",
                capitalised(&hu[0]),
                capitalised(&hu[1]),
                hu[2]
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(name: &str) -> Vec<String> {
        korean_words(name).map_or_else(Vec::new, |w| press_forms(&w))
    }

    fn has(name: &str, want: &[&str]) {
        let f = forms(name);
        for w in want {
            assert!(f.iter().any(|n| n == w), "{name}: {w} not in {f:?}");
        }
    }

    #[test]
    fn russian_and_ukrainian_by_kontsevich() {
        has("Park Geun-hye", &["Пак Кын-хе"]);
        has("Lee Jae-myung", &["Ли Чжэ-мён", "Лі Дже-мьон"]);
        has("Kang Kyung-wha", &["Кан Гён-хва"]);
        has("Moon Jae-in", &["Мун Чжэ-ин"]);
        has("Kim Yo-jong", &["Ким Ё-чжон"]);
        has("Chung Eui-sun", &["Чон Ый-сон"]);
        has("Cho Hyun", &["Чо Хён"]);
        has("Han Dong-hoon", &["Хан Дон-хун"]);
        has("Woo Won-shik", &["Ву Вон-сик"]);
        has("Ban Ki-moon", &["Пан Ги-мун", "Пан Гі-мун"]);
        has("Kim Min-seok", &["Кім Мін-сок"]);
        has("Yoon Suk-yeol", &["Юн Сок-ёль"]);
    }

    #[test]
    fn family_names_spelled_with_a_silent_letter() {
        has("Ahn Cheol-soo", &["Ан Чоль-су"]);
        has("Oh Se-hoon", &["О Се-хун"]);
        let roh = forms("Roh Tae-woo");
        assert!(roh.iter().any(|f| f == "Но Дэ-у"), "{roh:?}");
        assert!(roh.iter().any(|f| f.starts_with("No ")), "{roh:?}");
        // (Only the family name: `Oh` is no syllable of a given name.)
        assert!(forms("Kim Oh-sun").is_empty());
    }

    #[test]
    fn czech_and_hungarian() {
        has("Park Geun-hye", &["Pak Kun-hje"]);
        has("Ban Ki-moon", &["Pan Ki-mun"]);
        has("Kim Yo-jong", &["Kim Jo-čong", "Kim Jo-dzsong"]);
        has("Han Duck-soo", &["Han Dok-szu"]);
        has("Cho Hyun", &["Cso Hjon"]);
        has("Son Heung-min", &["Szon Hungmin"]);
        has("Yoon Suk-yeol", &["Jun Szogjol"]);
    }

    #[test]
    fn other_names_get_none() {
        for name in [
            "Angela Merkel",
            "Jean-Marc Ayrault",
            "Lai Ching-te",
            "Tsai Ing-wen",
            "Hsiao Bi-khim",
            "Jussi Halla-aho",
            "Park",
            "Park Geun-Hye",
            "Kim Jong Un",
        ] {
            assert!(forms(name).is_empty(), "{name}: {:?}", forms(name));
        }
    }
}
