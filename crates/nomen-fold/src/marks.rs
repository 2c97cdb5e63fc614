//! Which combining marks are accents (removed in the folded view) and which are
//! letters in their own right (kept).
//!
//! Marks are removed only after a base letter of a script whose marks are accents or
//! vocalisation: Latin, Greek, Cyrillic, Armenian, Georgian, Hebrew (niqqud, cantillation),
//! Arabic (harakat), Syriac, and marks standing with no base at all. Some Cyrillic marks
//! make distinct letters and are kept: the breve of `й`/`ў`, the diaeresis of
//! Ukrainian `ї` and the acute of Macedonian `ѓ`/`ќ`. Marks of every other script (Indic vowel signs, Thai, ...) are kept:
//! removing them would mangle the word.

use unicode_script::{Script, UnicodeScript};

/// How marks following a base character are treated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MarkPolicy {
    /// Remove every combining mark.
    Strip,
    /// Cyrillic: remove marks except those that make a distinct letter.
    Cyrillic,
    /// Keep all marks (scripts where marks are letters or vowels).
    Keep,
}

/// The policy for the marks that follow `base`.
#[inline]
pub(crate) fn policy_for(base: char) -> MarkPolicy {
    if base.is_ascii() {
        return MarkPolicy::Strip;
    }
    match base.script() {
        Script::Latin
        | Script::Greek
        | Script::Armenian
        | Script::Georgian
        | Script::Hebrew
        | Script::Arabic
        | Script::Syriac
        | Script::Common
        | Script::Inherited
        | Script::Unknown => MarkPolicy::Strip,
        Script::Cyrillic => MarkPolicy::Cyrillic,
        _ => MarkPolicy::Keep,
    }
}

/// Whether the mark `m`, following the (decomposed) base `base`, is kept under `policy`.
#[inline]
pub(crate) fn keep_mark(policy: MarkPolicy, base: char, m: char) -> bool {
    match policy {
        MarkPolicy::Keep => true,
        MarkPolicy::Strip => false,
        MarkPolicy::Cyrillic => matches!(
            (base, m),
            // й Й (и + breve), ў Ў (у + breve), ї Ї (і + diaeresis), Macedonian
            // ѓ Ѓ ќ Ќ (г, к + acute)
            ('и' | 'И' | 'у' | 'У', '\u{0306}')
                | ('і' | 'І', '\u{0308}')
                | ('г' | 'Г' | 'к' | 'К', '\u{0301}')
        ),
    }
}

/// True for Arabic tatweel (kashida), a purely typographic elongation.
#[inline]
pub(crate) fn is_tatweel(c: char) -> bool {
    c == '\u{0640}'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policies() {
        assert_eq!(policy_for('e'), MarkPolicy::Strip);
        assert_eq!(policy_for('α'), MarkPolicy::Strip);
        assert_eq!(policy_for('и'), MarkPolicy::Cyrillic);
        assert_eq!(policy_for('क'), MarkPolicy::Keep);
    }

    #[test]
    fn cyrillic_short_i_is_a_letter() {
        assert!(keep_mark(MarkPolicy::Cyrillic, 'и', '\u{0306}'));
        assert!(!keep_mark(MarkPolicy::Cyrillic, 'е', '\u{0308}'));
    }
}
