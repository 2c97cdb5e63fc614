//! Romanisation of alphabetic scripts whose Latin spelling is well defined.
//!
//! Greek and Cyrillic use our own tables, because the generic per-character tables
//! get names wrong: Greek `ου` is `u` (so `Μαδούρο` reaches `maduro`), `μπ`/`ντ`/`γκ`
//! at the start of a word are `b`/`d`/`g`; Cyrillic follows a simplified BGN/PCGN
//! (`х` → `kh`, `щ` → `shch`, `ъ`/`ь` silent) with the Ukrainian, Belarusian, Serbian
//! and Macedonian letters added, Bulgarian `ъ` as `a` between consonants, and Ukrainian
//! words (those with `і ї є ґ`) in the Ukrainian national system (`Київ` → `kyiv`).
//! Armenian follows BGN/PCGN (Eastern) and Georgian the national system, both without
//! apostrophes; Hangul the Revised Romanization syllable by syllable; anything else
//! uses `deunicode`'s table (only its ASCII letters are kept). Han and Kana are never romanised (a per-character reading is not a
//! matching key); Arabic, Hebrew and Brahmic scripts are left as they are.
//!
//! Input characters are already case-folded and accent-stripped.

use unicode_script::{Script, UnicodeScript};

/// True for characters this module romanises.
#[inline]
pub(crate) fn is_transliterated(c: char) -> bool {
    match c as u32 {
        0..0x80 | 0x3041..=0x3096 | 0x30A1..=0x30FA | 0x3400..=0x4DBF | 0x4E00..=0x9FFF => {
            return false
        }
        0xAC00..=0xD7A3 => return true,
        _ => {}
    }
    matches!(
        c.script(),
        Script::Greek | Script::Cyrillic | Script::Armenian | Script::Georgian | Script::Hangul
    ) && (c.is_alphabetic() || c.script() == Script::Hangul)
}

/// Which Cyrillic orthography a word is written in, as far as its letters tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum Cyrillic {
    /// Russian, Belarusian, Bulgarian, or no telling letter: simplified BGN/PCGN.
    #[default]
    Russian,
    /// The word has a letter only Ukrainian uses (і ї є ґ): the Ukrainian national
    /// system (`Київ` → `kyiv`).
    Ukrainian,
    /// The word has a letter only Serbian or Macedonian uses (ј љ њ ћ ђ џ ѓ ќ ѕ): the
    /// spelling of Serbian Latin, folded (`Вучић` → `vucic`, like `Vučić`).
    Serbian,
}

/// What the romaniser knows about the word around a character.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct WordContext {
    /// The character starts a word (no word character before it).
    pub(crate) word_start: bool,
    /// The Cyrillic orthography of the word.
    pub(crate) language: Cyrillic,
}

/// The Cyrillic orthography of the word starting at `chars[i]`.
pub(crate) fn cyrillic_language(chars: &[char], i: usize) -> Cyrillic {
    for &c in chars[i..]
        .iter()
        .take_while(|&&c| crate::pipeline::word_char(c))
    {
        // The Russian alphabet (`а`..`я`) tells nothing.
        if ('а'..='я').contains(&c) {
            continue;
        }
        match c {
            'і' | 'ї' | 'є' | 'ґ' => return Cyrillic::Ukrainian,
            'ј' | 'љ' | 'њ' | 'ћ' | 'ђ' | 'џ' | 'ѓ' | 'ќ' | 'ѕ' => {
                return Cyrillic::Serbian
            }
            _ => {}
        }
    }
    Cyrillic::Russian
}

/// True if the Greek word ends before `chars[after]`: nothing follows, or no word
/// character, or a letter of another script (`γκь`: the Cyrillic soft sign, which
/// folds to nothing, must not turn a word-final `γκ` into a medial one, or the folding
/// of a token would differ from the folding of its own original text).
fn ends_greek_word(chars: &[char], after: usize) -> bool {
    chars.get(after).is_none_or(|&c| {
        !crate::pipeline::word_char(c)
            || !matches!(
                script_of(c),
                Script::Greek | Script::Inherited | Script::Common
            )
    })
}

/// The Latin spelling of one character (or digraph): up to three pieces of ASCII
/// (possibly capitalised: lowercase them; a Hangul syllable is three).
pub(crate) type Latin = [&'static str; 3];

/// Romanises the character at `chars[i]`, possibly with the one after it (a digraph).
///
/// Returns its spelling and how many characters it consumed (1 or 2).
#[inline(always)]
pub(crate) fn romanise(chars: &[char], i: usize, ctx: WordContext) -> (Latin, usize) {
    let c = chars[i];
    let next = chars.get(i + 1).copied();
    let (s, n) = match script_of(c) {
        Script::Greek => {
            let edge = ctx.word_start || ends_greek_word(chars, i + 2);
            greek(c, next, edge)
        }
        Script::Cyrillic => (
            match ctx.language {
                Cyrillic::Russian => cyrillic(c, next),
                Cyrillic::Ukrainian => ukrainian(c, ctx.word_start),
                Cyrillic::Serbian => serbian(c),
            },
            1,
        ),
        Script::Armenian => armenian(c, next, ctx.word_start),
        Script::Georgian => (georgian(c), 1),
        Script::Hangul => return (hangul(c), 1),
        _ => (fallback(c), 1),
    };
    ([s, "", ""], n)
}

/// Greek (ELOT 743 / UN, with `ου` → `u`); `edge` says whether a digraph would start
/// or end the word, where `μπ`, `ντ`, `γκ` are `b`, `d`, `g` (`Μπάιντεν` → `bainten`,
/// `Ντόναλντ` → `donald`) and inside it `mb`, `nt`, `ng`.
/// The script of `c`, with the blocks romanised most often decided by range (the
/// general lookup is a binary search).
#[inline]
fn script_of(c: char) -> Script {
    match c as u32 {
        0x0370..=0x03FF | 0x1F00..=0x1FFF => Script::Greek,
        0x0400..=0x052F => Script::Cyrillic,
        0x0531..=0x058A => Script::Armenian,
        0x10D0..=0x10FF => Script::Georgian,
        0xAC00..=0xD7A3 => Script::Hangul,
        _ => c.script(),
    }
}

fn greek(c: char, next: Option<char>, edge: bool) -> (&'static str, usize) {
    if let Some(n) = next {
        let pair = match (c, n) {
            ('ο', 'υ') => Some("u"),
            ('μ', 'π') => Some(if edge { "b" } else { "mb" }),
            ('ν', 'τ') => Some(if edge { "d" } else { "nt" }),
            ('γ', 'κ') => Some(if edge { "g" } else { "ng" }),
            ('γ', 'γ') => Some("ng"),
            ('γ', 'ξ') => Some("nx"),
            ('γ', 'χ') => Some("nch"),
            ('α', 'υ') => Some("av"),
            ('ε', 'υ') => Some("ev"),
            ('η', 'υ') => Some("iv"),
            _ => None,
        };
        if let Some(p) = pair {
            return (p, 2);
        }
    }
    let s = match c {
        'α' => "a",
        'β' => "v",
        'γ' => "g",
        'δ' => "d",
        'ε' => "e",
        'ζ' => "z",
        'η' => "i",
        'θ' => "th",
        'ι' => "i",
        'κ' => "k",
        'λ' => "l",
        'μ' => "m",
        'ν' => "n",
        'ξ' => "x",
        'ο' => "o",
        'π' => "p",
        'ρ' => "r",
        'σ' | 'ς' => "s",
        'τ' => "t",
        'υ' => "y",
        'φ' => "f",
        'χ' => "ch",
        'ψ' => "ps",
        'ω' => "o",
        // Greek letters used as symbols (ϐ ϑ ϕ ...) are case-folded to the above
        // already; archaic letters fall back to deunicode.
        _ => fallback(c),
    };
    (s, 1)
}

/// Russian-style romanisation (simplified BGN/PCGN), with the letters of Belarusian,
/// Serbian and Macedonian, and Bulgarian `ъ`.
#[inline]
fn cyrillic(c: char, next: Option<char>) -> &'static str {
    match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'е' | 'ё' | 'э' => "e",
        'ж' => "zh",
        'з' => "z",
        'и' => "i",
        'й' => "y",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        // Russian writes the hard sign only before a vowel (объявление) where it is
        // silent; Bulgarian writes it as a vowel between consonants or at the start
        // of a word (България, ъгъл), romanised `a`.
        'ъ' => match next {
            Some(n) if is_cyrillic_consonant(n) => "a",
            _ => "",
        },
        'ь' => "",
        'ы' => "y",
        'ю' => "yu",
        'я' => "ya",
        // Belarusian
        'і' => "i",
        'ў' => "u",
        // Serbian, Macedonian
        'ђ' => "dj",
        'ј' => "j",
        'љ' => "lj",
        'њ' => "nj",
        'ћ' => "c",
        'џ' => "dz",
        'ѓ' => "gj",
        'ќ' => "kj",
        'ѕ' => "dz",
        _ => fallback(c),
    }
}

/// The Russian alphabet `а`..`я` as [`cyrillic`] spells it, in code point order
/// (`ъ` depends on the next letter: not in the table).
static RUSSIAN: [&str; 32] = [
    "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
    "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya",
];

/// [`romanise`] of a letter `а`..`я` in a Russian word (the next character is
/// `next`), by table; `None` for any other character.
#[inline(always)]
pub(crate) fn russian(c: char, next: Option<char>) -> Option<&'static str> {
    let k = (c as u32).wrapping_sub(0x430) as usize;
    match RUSSIAN.get(k) {
        Some(_) if c == 'ъ' => Some(cyrillic(c, next)),
        other => other.copied(),
    }
}

fn is_cyrillic_consonant(c: char) -> bool {
    matches!(
        c,
        'б' | 'в'
            | 'г'
            | 'д'
            | 'ж'
            | 'з'
            | 'к'
            | 'л'
            | 'м'
            | 'н'
            | 'п'
            | 'р'
            | 'с'
            | 'т'
            | 'ф'
            | 'х'
            | 'ц'
            | 'ч'
            | 'ш'
            | 'щ'
    )
}

/// Ukrainian national romanisation (Cabinet of Ministers resolution 55, 2010):
/// `Київ` → `kyiv`, `Харків` → `kharkiv`, `Запоріжжя` → `zaporizhzhia`.
fn ukrainian(c: char, word_start: bool) -> &'static str {
    match c {
        'г' => "h",
        'ґ' => "g",
        'и' => "y",
        'і' => "i",
        'є' => {
            if word_start {
                "ye"
            } else {
                "ie"
            }
        }
        'ї' => {
            if word_start {
                "yi"
            } else {
                "i"
            }
        }
        'й' => {
            if word_start {
                "y"
            } else {
                "i"
            }
        }
        'ю' => {
            if word_start {
                "yu"
            } else {
                "iu"
            }
        }
        'я' => {
            if word_start {
                "ya"
            } else {
                "ia"
            }
        }
        'ь' | 'ъ' => "",
        _ => cyrillic(c, None),
    }
}

/// Serbian and Macedonian Cyrillic as the folded Serbian Latin spelling (`č ć` → `c`,
/// `š` → `s`, `ž` → `z`, `đ` → `d`, `dž` → `dz`), so `Вучић` and `Vučić` meet.
fn serbian(c: char) -> &'static str {
    match c {
        'ж' => "z",
        'х' => "h",
        'ц' | 'ч' | 'ћ' => "c",
        'ш' => "s",
        'ђ' => "d",
        'й' => "j",
        _ => cyrillic(c, None),
    }
}

/// Armenian, Eastern pronunciation as in BGN/PCGN without apostrophes: `ու` → `u`,
/// `եւ`/`և` → `ev`, `ե` and `ո` at the start of a word → `ye`, `vo` (`Երևան` →
/// `yerevan`, `Փաշինյան` → `pashinyan`).
fn armenian(c: char, next: Option<char>, word_start: bool) -> (&'static str, usize) {
    match (c, next) {
        ('ո', Some('ւ')) => return ("u", 2),
        ('ե', Some('ւ')) => return (if word_start { "yev" } else { "ev" }, 2),
        _ => {}
    }
    let s = match c {
        'ա' => "a",
        'բ' => "b",
        'գ' => "g",
        'դ' => "d",
        'ե' => {
            if word_start {
                "ye"
            } else {
                "e"
            }
        }
        'զ' => "z",
        'է' => "e",
        'ը' => "y",
        'թ' | 'տ' => "t",
        'ժ' => "zh",
        'ի' => "i",
        'լ' => "l",
        'խ' => "kh",
        'ծ' | 'ց' => "ts",
        'կ' | 'ք' => "k",
        'հ' => "h",
        'ձ' => "dz",
        'ղ' => "gh",
        'ճ' | 'չ' => "ch",
        'մ' => "m",
        'յ' => "y",
        'ն' => "n",
        'շ' => "sh",
        'ո' => {
            if word_start {
                "vo"
            } else {
                "o"
            }
        }
        'պ' | 'փ' => "p",
        'ջ' => "j",
        'ռ' | 'ր' => "r",
        'ս' => "s",
        'վ' | 'ւ' => "v",
        'օ' => "o",
        'ֆ' => "f",
        _ => fallback(c),
    };
    (s, 1)
}

/// Georgian national romanisation (2002), without the apostrophes of the ejectives
/// (`ქართული` → `kartuli`, `თბილისი` → `tbilisi`).
fn georgian(c: char) -> &'static str {
    match c {
        'ა' => "a",
        'ბ' => "b",
        'გ' => "g",
        'დ' => "d",
        'ე' => "e",
        'ვ' => "v",
        'ზ' => "z",
        'თ' | 'ტ' => "t",
        'ი' => "i",
        'კ' | 'ქ' => "k",
        'ლ' => "l",
        'მ' => "m",
        'ნ' => "n",
        'ო' => "o",
        'პ' | 'ფ' => "p",
        'ჟ' => "zh",
        'რ' => "r",
        'ს' => "s",
        'უ' => "u",
        'ღ' => "gh",
        'ყ' => "q",
        'შ' => "sh",
        'ჩ' | 'ჭ' => "ch",
        'ც' | 'წ' => "ts",
        'ძ' => "dz",
        'ხ' => "kh",
        'ჯ' => "j",
        'ჰ' => "h",
        _ => fallback(c),
    }
}

/// Revised Romanization of Korean, syllable by syllable (`한국` → `hanguk`,
/// `서울` → `seoul`); other Hangul (compatibility jamo) falls back to deunicode.
fn hangul(c: char) -> Latin {
    const INITIALS: [&str; 19] = [
        "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t",
        "p", "h",
    ];
    const VOWELS: [&str; 21] = [
        "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo",
        "we", "wi", "yu", "eu", "ui", "i",
    ];
    const FINALS: [&str; 28] = [
        "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p",
        "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t",
    ];
    let s = c as u32;
    if !(0xAC00..=0xD7A3).contains(&s) {
        return [fallback(c), "", ""];
    }
    let index = (s - 0xAC00) as usize;
    [
        INITIALS[index / (21 * 28)],
        VOWELS[(index % (21 * 28)) / 28],
        FINALS[index % 28],
    ]
}

/// deunicode's romanisation (the caller keeps only its ASCII letters).
fn fallback(c: char) -> &'static str {
    deunicode::deunicode_char(c).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rom(s: &str) -> String {
        let chars: Vec<char> = s.chars().collect();
        let mut out = String::new();
        let mut i = 0;
        let mut language = Cyrillic::default();
        while i < chars.len() {
            let word_start = i == 0 || !crate::tokens::in_word_slow(chars[i - 1]);
            if word_start {
                language = cyrillic_language(&chars, i);
            }
            let ctx = WordContext {
                word_start,
                language,
            };
            let (latin, used) = romanise(&chars, i, ctx);
            out.extend(latin);
            i += used;
        }
        out.to_ascii_lowercase()
    }

    #[test]
    fn russian_table_is_the_romanisation() {
        let ctx = WordContext::default();
        for c in 'а'..='я' {
            for next in ['б', 'а', ' ', 'я', 'ъ'] {
                let chars = [c, next];
                let (want, used) = romanise(&chars, 0, ctx);
                assert_eq!(used, 1);
                assert_eq!(russian(c, Some(next)), Some(want[0]), "{c}{next}");
            }
            let (want, _) = romanise(&[c], 0, ctx);
            assert_eq!(russian(c, None), Some(want[0]), "{c}");
        }
        assert_eq!(russian('ё', None), None);
        assert_eq!(russian('α', None), None);
    }

    #[test]
    fn greek_names() {
        assert_eq!(rom("μαδουρο"), "maduro");
        assert_eq!(rom("μπαιντεν"), "bainten");
        assert_eq!(rom("ντοναλντ"), "donald");
        assert_eq!(rom("λαμπρακησ"), "lambrakis");
        assert_eq!(rom("αθηνα"), "athina");
    }

    #[test]
    fn cyrillic_names() {
        assert_eq!(rom("николас"), "nikolas");
        assert_eq!(rom("мадуро"), "maduro");
        assert_eq!(rom("хрущёв"), "khrushchev");
        assert_eq!(rom("зеленський"), "zelenskiy");
        assert_eq!(rom("україна"), "ukraina");
        assert_eq!(rom("київ"), "kyiv");
        assert_eq!(rom("їжак"), "yizhak");
        assert_eq!(rom("ъгъл"), "agal");
        assert_eq!(rom("вучић"), "vucic");
        assert_eq!(rom("ђоковић"), "dokovic");
        assert_eq!(rom("объявление"), "obyavlenie");
    }

    #[test]
    fn armenian_names() {
        assert_eq!(rom("երեւան"), "yerevan");
        assert_eq!(rom("հայաստան"), "hayastan");
        assert_eq!(rom("փաշինյան"), "pashinyan");
    }

    #[test]
    fn georgian_names() {
        assert_eq!(rom("ქართული"), "kartuli");
        assert_eq!(rom("თბილისი"), "tbilisi");
    }

    #[test]
    fn hangul_revised_romanization() {
        assert_eq!(rom("한국"), "hanguk");
        assert_eq!(rom("서울"), "seoul");
    }
}
