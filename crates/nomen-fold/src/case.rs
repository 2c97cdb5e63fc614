//! Full Unicode case folding without locale surprises.
//!
//! The fold of a character is `lower(upper(lower(c)))`, which agrees with the `C` and
//! `F` mappings of Unicode's `CaseFolding.txt` up to equivalence (every pair of
//! characters that `CaseFolding.txt` folds together folds together here too; a test
//! checks this against the data file when it is installed). It gives `ß`, `ẞ` → `ss`,
//! final sigma `ς` → `σ`, `ſ` → `s`, `µ` → `μ`.
//!
//! Two deliberate exceptions, for Turkish: `İ` (U+0130) folds to a plain `i` (never
//! `i` + U+0307, the stray dot that shifts offsets in other libraries), and dotless
//! `ı` stays `ı` in the exact view (the folded view turns it into `i` later, with the
//! other letters that do not decompose).

/// Pushes the case fold of `c` through `emit`.
#[inline]
pub(crate) fn fold_case(c: char, mut emit: impl FnMut(char)) {
    if c.is_ascii() {
        emit(c.to_ascii_lowercase());
        return;
    }
    match c {
        '\u{0130}' => emit('i'),
        '\u{0131}' => emit('\u{0131}'),
        _ => {
            for l in c.to_lowercase() {
                if l == '\u{0131}' {
                    emit(l);
                    continue;
                }
                for u in l.to_uppercase() {
                    for l2 in u.to_lowercase() {
                        emit(l2);
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fold(s: &str) -> String {
        let mut out = String::new();
        for c in s.chars() {
            fold_case(c, |f| out.push(f));
        }
        out
    }

    #[test]
    fn german_sharp_s() {
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("STRASSE"), "strasse");
        assert_eq!(fold("ẞ"), "ss");
    }

    #[test]
    fn turkish_dotted_capital_has_no_stray_dot() {
        assert_eq!(fold("İstanbul"), "istanbul");
        assert_eq!(fold("ı"), "ı");
    }

    #[test]
    fn greek_sigma_forms() {
        assert_eq!(fold("ΟΔΥΣΣΕΥΣ"), fold("Οδυσσευς"));
        assert_eq!(fold("ς"), "σ");
    }
}
