//! Vietnamese names as the Russian and Bulgarian press write them, for the linker's
//! dictionary (rule `east-asian-transcription`, with [`super::east_asian`]).
//!
//! A gazetteer gives a Vietnamese name in Vietnamese letters (`Phạm Bình Minh`,
//! `Nguyễn Xuân Phúc`); the Cyrillic press transcribes each syllable by a fixed
//! system (the Russian one of the Soviet Vietnamese studies, which the Bulgarian press
//! follows), not letter by letter: `ph` is `ф`, `th` `тх`, `tr` and `ch` `ч` and `т`,
//! `nh` `нь`, `ng` `нг`, `x` `с`, `d` and `gi` `з`, `đ` `д`, `kh` `кх`, `ư` `ы`; the
//! vowel pairs as their letters (`uyê` `уе`, `uâ` `уа`). So `Фам Бинь Минь`,
//! `Нгуен Суан Фук`, `Фам Минь Тинь`. Bulgarian writes no soft sign at the end of a
//! syllable (`Фам Бин Мин`).
//!
//! The gate: a person's name of two to four words, each one syllable of Latin
//! letters, written with at least one letter only Vietnamese has (`ă â đ ê ô ơ ư` or a
//! vowel with a dot below, a hook or a tilde and a tone mark: U+1EA0–U+1EF9). The
//! press forms are full names; a word alone follows the linker's rules for surnames.

/// True when `c` is a letter only Vietnamese writes among the languages with Latin
/// letters that the linker knows (a tone mark on a vowel with or without its own mark,
/// `ă`, `ơ`, `ư`, `đ`).
fn vietnamese_letter(c: char) -> bool {
    matches!(
        c,
        '\u{1EA0}'..='\u{1EF9}' | 'ă' | 'Ă' | 'ơ' | 'Ơ' | 'ư' | 'Ư' | 'đ' | 'Đ'
    )
}

/// The syllable's letters as the transcription reads them: lowercase, tone marks and
/// the marks of `ă â ê ô ơ` off, `đ` kept as `đ` (it is `д`, `d` is `з`), `ư` kept.
fn letters(word: &str) -> Option<String> {
    let mut out = String::new();
    for c in word.chars().flat_map(char::to_lowercase) {
        let base = match c {
            'đ' => 'đ',
            'ư' | 'ừ' | 'ứ' | 'ử' | 'ữ' | 'ự' => 'ư',
            'a' | 'à' | 'á' | 'ả' | 'ã' | 'ạ' | 'ă' | 'ằ' | 'ắ' | 'ẳ' | 'ẵ' | 'ặ' | 'â' | 'ầ'
            | 'ấ' | 'ẩ' | 'ẫ' | 'ậ' => 'a',
            'e' | 'è' | 'é' | 'ẻ' | 'ẽ' | 'ẹ' | 'ê' | 'ề' | 'ế' | 'ể' | 'ễ' | 'ệ' => {
                'e'
            }
            'i' | 'ì' | 'í' | 'ỉ' | 'ĩ' | 'ị' => 'i',
            'y' | 'ỳ' | 'ý' | 'ỷ' | 'ỹ' | 'ỵ' => 'y',
            'o' | 'ò' | 'ó' | 'ỏ' | 'õ' | 'ọ' | 'ô' | 'ồ' | 'ố' | 'ổ' | 'ỗ' | 'ộ' | 'ơ' | 'ờ'
            | 'ớ' | 'ở' | 'ỡ' | 'ợ' => 'o',
            'u' | 'ù' | 'ú' | 'ủ' | 'ũ' | 'ụ' => 'u',
            c if c.is_ascii_lowercase() => c,
            _ => return None,
        };
        out.push(base);
    }
    Some(out)
}

/// The initial consonants, longest first, and their Russian letters.
const INITIALS: [(&str, &str); 27] = [
    ("ngh", "нг"),
    ("ng", "нг"),
    ("nh", "нь"),
    ("ph", "ф"),
    ("th", "тх"),
    ("tr", "ч"),
    ("ch", "т"),
    ("kh", "кх"),
    ("gh", "г"),
    ("gi", "з"),
    ("qu", "ку"),
    ("b", "б"),
    ("c", "к"),
    ("k", "к"),
    ("d", "з"),
    ("đ", "д"),
    ("g", "г"),
    ("h", "х"),
    ("l", "л"),
    ("m", "м"),
    ("n", "н"),
    ("p", "п"),
    ("r", "з"),
    ("s", "ш"),
    ("t", "т"),
    ("v", "в"),
    ("x", "с"),
];

/// The final consonants and their Russian letters.
const FINALS: [(&str, &str); 8] = [
    ("nh", "нь"),
    ("ng", "нг"),
    ("ch", "ть"),
    ("c", "к"),
    ("m", "м"),
    ("n", "н"),
    ("p", "п"),
    ("t", "т"),
];

/// The vowel letters of a syllable in Russian letters; `None` for letters that are no
/// Vietnamese vowel group.
fn vowels_ru(v: &str, after_consonant: bool) -> Option<String> {
    let mut out = String::new();
    let chars: Vec<char> = v.chars().collect();
    if chars.is_empty() || chars.len() > 3 {
        return None;
    }
    for (k, &c) in chars.iter().enumerate() {
        let last = k + 1 == chars.len();
        let s = match c {
            'a' => "а",
            'e' if k == 0 && !after_consonant => "э",
            'e' => "е",
            // A final `i`/`y` after a vowel is `й`; `uy` is `уй`.
            'i' | 'y' if last && k > 0 => "й",
            'i' | 'y' => "и",
            'o' if last && k > 0 => "о",
            'o' => "о",
            'u' if last && k > 0 && chars[k - 1] != 'u' => "у",
            'u' => "у",
            'ư' => "ы",
            _ => return None,
        };
        out.push_str(s);
    }
    Some(out)
}

/// One syllable in Russian letters, or `None` when it is none.
fn syllable_ru(word: &str) -> Option<String> {
    let w = letters(word)?;
    let (initial, rest) = INITIALS
        .iter()
        .find(|(l, _)| w.starts_with(l) && w.len() > l.len())
        .map_or(("", w.as_str()), |(l, r)| (*r, &w[l.len()..]));
    let (fin, vowels) = FINALS
        .iter()
        .find(|(l, _)| rest.ends_with(l) && rest.len() > l.len())
        .map_or(("", rest), |(l, r)| (*r, &rest[..rest.len() - l.len()]));
    // (`qu` has written its `у`.)
    let vowels = if initial == "ку" {
        vowels.strip_prefix('u').unwrap_or(vowels)
    } else {
        vowels
    };
    let v = vowels_ru(vowels, !initial.is_empty())?;
    // `uyê` is `уе`: the `y` is no vowel of its own before `ê`.
    let v = v.replace("уие", "уе");
    let mut s = format!("{initial}{v}{fin}");
    // A soft sign before a vowel that softens on its own is written once (`нье` is
    // `не`).
    for (from, to) in [
        ("ье", "е"),
        ("ьи", "и"),
        ("ья", "я"),
        ("ью", "ю"),
        ("ьа", "я"),
        ("ьу", "ю"),
        ("ьо", "ё"),
    ] {
        s = s.replace(from, to);
    }
    Some(s)
}

/// `s` with its first letter in capitals.
fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_uppercase().chain(chars).collect::<String>()
    })
}

/// The name's Russian and Bulgarian forms, or none when the name is not Vietnamese
/// by the gate of the module docs.
pub(crate) fn press_forms(name: &str) -> Vec<String> {
    if !name.chars().any(vietnamese_letter) {
        return Vec::new();
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    if !(2..=4).contains(&words.len()) {
        return Vec::new();
    }
    let Some(ru): Option<Vec<String>> = words.iter().map(|w| syllable_ru(w)).collect() else {
        return Vec::new();
    };
    let ru: Vec<String> = ru.iter().map(|s| capitalised(s)).collect();
    let bg: Vec<String> = ru
        .iter()
        .map(|s| s.strip_suffix('ь').unwrap_or(s).to_string())
        .collect();
    let mut out = vec![ru.join(" ")];
    let bg = bg.join(" ");
    if !out.contains(&bg) {
        out.push(bg);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn russian_and_bulgarian() {
        for (name, want) in [
            ("Phạm Bình Minh", ["Фам Бинь Минь", "Фам Бин Мин"]),
            ("Nguyễn Xuân Phúc", ["Нгуен Суан Фук", "Нгуен Суан Фук"]),
            ("Phạm Minh Chính", ["Фам Минь Тинь", "Фам Мин Тин"]),
            ("Võ Văn Thưởng", ["Во Ван Тхыонг", "Во Ван Тхыонг"]),
        ] {
            let f = press_forms(name);
            for w in want {
                assert!(f.iter().any(|n| n == w), "{name}: {w} not in {f:?}");
            }
        }
    }

    #[test]
    fn other_names_get_none() {
        for name in [
            "Pham Binh Minh",
            "Angela Merkel",
            "Dương",
            "Nguyễn Thị Kim Ngân Hà",
        ] {
            assert!(press_forms(name).is_empty(), "{name}");
        }
    }
}
