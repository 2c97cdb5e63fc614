//! Romanisation of alphabetic scripts whose Latin spelling is well defined.
//!
//! Greek and Cyrillic use our own tables, because the generic per-character tables
//! get names wrong: Greek `ου` is `u` (so `Μαδούρο` reaches `maduro`), `μπ`/`ντ`/`γκ`
//! at the start of a word are `b`/`d`/`g`; Cyrillic follows a simplified BGN/PCGN
//! (`х` → `kh`, `щ` → `shch`, `ъ`/`ь` silent) with the Ukrainian, Belarusian, Serbian
//! and Macedonian letters added. Armenian, Georgian and Hangul use `deunicode`'s
//! tables. Han and Kana are never romanised (a per-character reading is not a
//! matching key); Arabic, Hebrew and Brahmic scripts are left as they are.
//!
//! Input characters are already case-folded and accent-stripped.

use unicode_script::{Script, UnicodeScript};

/// True for characters this module romanises.
#[inline]
pub(crate) fn is_transliterated(c: char) -> bool {
    if c.is_ascii() {
        return false;
    }
    matches!(
        c.script(),
        Script::Greek | Script::Cyrillic | Script::Armenian | Script::Georgian | Script::Hangul
    ) && (c.is_alphabetic() || c.script() == Script::Hangul)
}

/// Romanises the character at `chars[i]`, possibly with the one after it (a digraph).
///
/// `word_start` says whether `chars[i]` starts a word. Returns the Latin text (ASCII
/// letters, possibly capitalised: push it lowercased) and how many characters it
/// consumed (1 or 2).
#[inline]
pub(crate) fn romanise(chars: &[char], i: usize, word_start: bool) -> (&'static str, usize) {
    let c = chars[i];
    let next = chars.get(i + 1).copied();
    match c.script() {
        Script::Greek => greek(c, next, word_start),
        Script::Cyrillic => (cyrillic(c), 1),
        _ => (fallback(c), 1),
    }
}

fn greek(c: char, next: Option<char>, word_start: bool) -> (&'static str, usize) {
    if let Some(n) = next {
        let pair = match (c, n) {
            ('ο', 'υ') => Some("u"),
            ('μ', 'π') => Some(if word_start { "b" } else { "mb" }),
            ('ν', 'τ') => Some(if word_start { "d" } else { "nt" }),
            ('γ', 'κ') => Some(if word_start { "g" } else { "ng" }),
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

fn cyrillic(c: char) -> &'static str {
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
        'ъ' | 'ь' => "",
        'ы' => "y",
        'ю' => "yu",
        'я' => "ya",
        // Ukrainian, Belarusian
        'і' => "i",
        'ї' => "yi",
        'є' => "ye",
        'ґ' => "g",
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

/// deunicode's romanisation when it is ASCII letters, else nothing.
///
/// Some of deunicode's spellings are capitalised; callers lowercase the ASCII they
/// push (see [`romanise`]).
fn fallback(c: char) -> &'static str {
    match deunicode::deunicode_char(c) {
        Some(s) if s.bytes().all(|b| b.is_ascii_alphabetic()) => s,
        Some(s) if s.trim_end().bytes().all(|b| b.is_ascii_alphabetic()) => s.trim_end(),
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rom(s: &str) -> String {
        let chars: Vec<char> = s.chars().collect();
        let mut out = String::new();
        let mut i = 0;
        while i < chars.len() {
            let ws = i == 0 || !chars[i - 1].is_alphabetic();
            let (t, n) = romanise(&chars, i, ws);
            out.push_str(&t.to_ascii_lowercase());
            i += n;
        }
        out
    }

    #[test]
    fn greek_names() {
        assert_eq!(rom("μαδουρο"), "maduro");
        assert_eq!(rom("μπαιντεν"), "bainten");
        assert_eq!(rom("αθηνα"), "athina");
    }

    #[test]
    fn cyrillic_names() {
        assert_eq!(rom("николас"), "nikolas");
        assert_eq!(rom("мадуро"), "maduro");
        assert_eq!(rom("хрущёв"), "khrushchev");
        assert_eq!(rom("зеленський"), "zelenskiy");
    }

    #[test]
    fn hangul_uses_fallback() {
        assert_eq!(rom("한국"), "hangug");
    }
}
