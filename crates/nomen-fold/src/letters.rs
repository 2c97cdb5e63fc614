//! Letters that do not decompose into base + accent, folded by table.
//!
//! Latin letters with strokes, bars, hooks and ligatures (`ł`, `ø`, `đ`, `ð`, `ħ`, `ı`,
//! `þ`, `æ`, `œ`, `ŋ`, ...) get their conventional Latin spelling from our own table;
//! any other non-ASCII Latin letter falls back to `deunicode`'s table (for example
//! `ƀ` → `b`, `ɗ` → `d`). Arabic letter variants are unified the way Lucene's
//! `ArabicNormalizer` does (alef maksura → yeh, teh marbuta → heh). Decimal digits of
//! every script become ASCII digits.

use unicode_script::{Script, UnicodeScript};

/// A letter's folded replacement, if it has one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Letter {
    /// Unchanged.
    Same,
    /// Replaced by this (lowercase ASCII) text; may be empty.
    Text(&'static str),
    /// Replaced by one other character.
    Char(char),
}

/// Folds one already case-folded, accent-stripped, non-ASCII character.
#[inline]
pub(crate) fn fold_letter(c: char) -> Letter {
    let own = match c {
        'ł' => "l",
        'ø' => "o",
        'đ' | 'ð' | 'ɖ' | 'ɗ' => "d",
        'ħ' => "h",
        'ı' => "i",
        'þ' => "th",
        'æ' => "ae",
        'œ' => "oe",
        'ĳ' => "ij",
        'ŋ' => "n",
        'ß' => "ss",
        'ŀ' => "l",
        'ŧ' => "t",
        'ƒ' => "f",
        'ĸ' => "q",
        'ſ' => "s",
        'ɨ' => "i",
        'ʉ' => "u",
        'ǝ' => "e",
        // Schwa is `a` in the Latin spelling of Azerbaijani names (`Əliyev` →
        // `aliyev`, as the press writes Aliyev) and in Lucene's table.
        'ə' | 'ɚ' | 'ᶕ' => "a",
        // Half rings (hamza, ayn in transliterated Arabic and Hebrew): `Qurʾān` →
        // `quran`, `ʿAbd` → `abd`.
        'ʾ' | 'ʿ' => "",
        // Letters deunicode does not spell: turned and medieval letters, as Lucene's
        // ASCIIFoldingFilter folds them.
        'ꜿ' => "c",
        'ꝁ' | 'ꝃ' | 'ꝅ' => "k",
        'ꝉ' | 'ꞁ' => "l",
        'ɯ' | 'ɰ' | 'ꟿ' => "m",
        'ꝋ' => "o",
        'ꝑ' | 'ꝓ' | 'ꝕ' => "p",
        'ꝗ' | 'ꝙ' => "q",
        'ꝧ' => "th",
        'ʌ' | 'ꝟ' => "v",
        'ɥ' => "h",
        'ꝿ' => "g",
        'ȝ' => "z",
        'ɛ' => "e",
        'ɔ' => "o",
        // Arabic letter variants (Lucene ArabicNormalizer); the hamza carriers
        // decompose into alef + a mark and are handled by mark stripping.
        '\u{0649}' => return Letter::Char('\u{064A}'),
        '\u{0629}' => return Letter::Char('\u{0647}'),
        _ => {
            return match c.script() {
                Script::Latin => latin_fallback(c),
                _ if c.is_numeric() => digit_fallback(c),
                _ => Letter::Same,
            }
        }
    };
    Letter::Text(own)
}

/// deunicode's spelling of a Latin letter, lowercased, when it is plain ASCII letters.
fn latin_fallback(c: char) -> Letter {
    if !c.is_alphabetic() {
        return Letter::Same;
    }
    match deunicode::deunicode_char(c) {
        Some(s) if !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase()) => Letter::Text(s),
        Some(s) if !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphabetic()) => {
            // deunicode capitalises some lowercase letters' spellings ("Ae"); the
            // table is static, so spell it out in lowercase from a small set.
            lower_static(s).map_or(Letter::Same, Letter::Text)
        }
        _ => Letter::Same,
    }
}

/// A digit or number of any script (`٣`, `⓫`) as ASCII digits.
fn digit_fallback(c: char) -> Letter {
    match deunicode::deunicode_char(c) {
        Some(s) if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) => Letter::Text(s),
        _ => Letter::Same,
    }
}

/// Lowercase `s` when it is one of the mixed-case spellings deunicode uses.
fn lower_static(s: &str) -> Option<&'static str> {
    const TABLE: &[&str] = &[
        "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r",
        "s", "t", "u", "v", "w", "x", "y", "z", "ae", "oe", "ue", "th", "ss", "dz", "lj", "nj",
        "ij", "ou", "hv", "ts", "tc", "ls", "lz", "oi", "ng",
    ];
    let lower = s.to_ascii_lowercase();
    TABLE.iter().copied().find(|t| *t == lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_letters() {
        for (c, want) in [
            ('ł', "l"),
            ('ø', "o"),
            ('đ', "d"),
            ('ð', "d"),
            ('ħ', "h"),
            ('ı', "i"),
            ('þ', "th"),
            ('æ', "ae"),
            ('œ', "oe"),
            ('ŋ', "n"),
        ] {
            assert_eq!(fold_letter(c), Letter::Text(want), "{c}");
        }
    }

    #[test]
    fn fallback_and_digits() {
        assert_eq!(fold_letter('ƀ'), Letter::Text("b"));
        assert_eq!(fold_letter('٣'), Letter::Text("3"));
        assert_eq!(fold_letter('中'), Letter::Same);
        assert_eq!(fold_letter('ى'), Letter::Char('ي'));
    }
}
