//! Punctuation, spaces and invisible characters.
//!
//! One place decides which characters are "the same punctuation": every apostrophe
//! variant becomes `'`, every hyphen and dash becomes `-`, every typographic double
//! quote becomes `"`, every space separator becomes a plain space, and zero-width
//! characters and soft hyphens disappear. Both views (exact and folded) apply it.

/// What to do with one character, as far as punctuation is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Punct {
    /// Not a punctuation variant: fold it normally.
    Keep,
    /// Replace it with this ASCII character.
    Replace(char),
    /// Remove it (zero-width characters, soft hyphen, byte-order mark).
    Remove,
}

/// Classifies `c`. ASCII characters are always [`Punct::Keep`], so callers may skip
/// the call for ASCII.
#[inline]
pub(crate) fn classify(c: char) -> Punct {
    match c {
        // Apostrophes and the accents people type instead of one. (`´` U+00B4 is
        // a space and an acute accent under NFKC; the pipeline folds that pair to
        // `'`, and its entry here is for callers that classify before NFKC.)
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{00B4}' | '\u{02B9}' | '\u{02BB}'
        | '\u{02BD}' | '\u{2032}' | '\u{201B}' | '\u{FF07}' | '\u{055A}' | '\u{05F3}'
        | '\u{201A}' | '\u{2035}' | '\u{2039}' | '\u{203A}' => {
            Punct::Replace('\'')
        }
        // Hyphens, dashes and minus signs.
        '\u{2010}'..='\u{2015}'
        | '\u{2212}'
        | '\u{2043}'
        | '\u{FE58}'
        | '\u{FE63}'
        | '\u{FF0D}'
        | '\u{058A}'
        | '\u{05BE}'
        | '\u{1806}'
        | '\u{2E3A}'
        | '\u{2E3B}' => Punct::Replace('-'),
        // Typographic double quotes and guillemets.
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}'
        | '\u{FF02}' | '\u{301D}' | '\u{301E}' => Punct::Replace('"'),
        // Invisible: soft hyphen, zero-width space/joiners, word joiner, BOM, and
        // the invisible operators and Mongolian vowel separator.
        '\u{00AD}'
        | '\u{200B}'
        | '\u{200C}'
        | '\u{200D}'
        | '\u{2060}'..='\u{2064}'
        | '\u{FEFF}'
        | '\u{180E}'
        | '\u{034F}'
        // The middle dot: Catalan `l·l` (`col·lecció`, and `ŀ` whose NFKC it is)
        // is one word; elsewhere it stands between words that are tokens anyway.
        // (Greek ano teleia U+0387 is canonically the same character.)
        | '\u{00B7}'
        | '\u{0387}' => Punct::Remove,
        // Every other space separator (NBSP, narrow NBSP, ideographic space, ...)
        // and the line/paragraph separators.
        '\u{00A0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200A}'
        | '\u{2028}'
        | '\u{2029}'
        | '\u{202F}'
        | '\u{205F}'
        | '\u{3000}' => Punct::Replace(' '),
        _ => Punct::Keep,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn apostrophes_unify() {
        for c in ['\u{2019}', '\u{2018}', '\u{02BC}', '\u{00B4}'] {
            assert_eq!(classify(c), Punct::Replace('\''), "{c:?}");
        }
    }

    #[test]
    fn dashes_unify() {
        for c in [
            '\u{2010}', '\u{2011}', '\u{2012}', '\u{2013}', '\u{2014}', '\u{2212}',
        ] {
            assert_eq!(classify(c), Punct::Replace('-'), "{c:?}");
        }
    }

    #[test]
    fn invisible_removed_and_spaces_plain() {
        assert_eq!(classify('\u{00AD}'), Punct::Remove);
        assert_eq!(classify('\u{200B}'), Punct::Remove);
        assert_eq!(classify('\u{00A0}'), Punct::Replace(' '));
        assert_eq!(classify('\u{3000}'), Punct::Replace(' '));
        assert_eq!(classify('a'), Punct::Keep);
    }
}
