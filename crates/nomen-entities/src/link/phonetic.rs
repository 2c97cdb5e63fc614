//! A shared phonetic space for names written in Latin letters and for the same names
//! as the Russian (Ukrainian, Bulgarian, Serbian) and Greek press transcribe them.
//!
//! Romanised letter by letter, `Шольц` is `sholts`, `Λαγκάρντ` `langard`, `Σάντσεθ`
//! `santseth`: not `scholz`, `lagarde`, `sanchez`. Both sides are read here into
//! *sounds*: consonant classes (`P` b/p, `F` f/v/ph, `T` d/t, `K` k/g/c/q, `S`
//! s/z/sh/ch/ts/j..., `L`, `M`, `N`, `R`) and vowel groups (`a e i o u`, with `ai` for
//! `ei/ay/ey`, `i` for `ie/ee/ea`, `u` for `ou/oo`), runs collapsed, `h` silent.
//!
//! * The **key** is the consonant classes alone (vowels are what transcription
//!   changes most), packed in a `u32`: it finds the candidates (blocking).
//! * The **sounds** (classes and vowel groups) verify them: a text word matches a name
//!   word when their sounds differ by at most one group, and not at all for short
//!   words ([`verify`]). `Путин` and `Biden` share the key `PTN` and differ in two
//!   vowels.
//!
//! A Latin name word is also read the way the press of other scripts writes names of
//! the language it may come from (French `eau`, `ill`, silent final letters, Danish
//! `-aard`, a Greek woman's surname without the man's `-s`: [`press_respellings`]).
//!
//! A Latin name is read with its ambiguities spelled out as variants (`ch` is `K` in
//! Christine, `S` in Sánchez, silent in Friedrich; `th` is `T` or `S`; `g` before
//! `e`/`i` is `K`, `S` or silent; `j` is `S`, `K`, `i` or silent; `w` is `F` or `u`; a final
//! `e` may be silent): at most [`MAX_VARIANTS`] readings. A text word is read the way
//! its script's romanisation writes sounds (`kh` is `х`, silent for a Latin `h`;
//! Greek `ch` is `χ`, `th` is `θ`, `T` or `S`; Ukrainian `h` is `г`, `K` or silent).
//! Nasals before a stop of the same place are dropped on both sides (Greek `ντ`, `μπ`,
//! `γκ` are written `nt`, `mb`, `ng` inside a word), and doubled letters are one.

use crate::inflect::Script;

/// Most readings of one Latin word (and [`MAX_PRESS`] more for the press of other
/// scripts).
pub(crate) const MAX_VARIANTS: usize = 8;

/// Most readings of a Latin name word without a final letter the press of other
/// scripts does not write ([`press_respellings`]).
pub(crate) const MAX_PRESS: usize = 4;

/// The sounds of a word (see the module docs): uppercase consonant classes and
/// lowercase vowel groups, one byte each.
pub(crate) type Sounds = Vec<u8>;

/// The blocking key of `sounds`: its consonant classes (runs collapsed), 3 bits each,
/// with their count in the top bits; `None` with fewer than two classes (`Ana`,
/// `Duda`: too little to go on).
pub(crate) fn key(sounds: &[u8]) -> Option<u32> {
    let mut packed = 0u32;
    let mut count = 0u32;
    let mut last = 0u8;
    for &s in sounds {
        if s.is_ascii_lowercase() || s == last {
            continue;
        }
        last = s;
        if count < 9 {
            packed = (packed << 3) | u32::from(class_code(s));
        }
        count += 1;
    }
    (count >= 2).then_some(packed | (count.min(15) << 27))
}

/// Number of consonant classes of a key.
pub(crate) fn key_classes(key: u32) -> u32 {
    key >> 27
}

/// True when `sounds` has a single consonant class (runs collapsed, so no [`key`]):
/// `Kaag` (`KaK`), `Lee`, `Rau`. Too little to find a name by, such a name word is
/// still in the dictionary's sound index, and a word of text that sounds exactly
/// like it is read as it only where the context names its person (the surname right
/// after the person's given name, or the surname of a person the document names).
pub(crate) fn one_class(sounds: &[u8]) -> bool {
    key(sounds).is_none() && sounds.iter().any(u8::is_ascii_uppercase)
}

fn class_code(c: u8) -> u8 {
    match c {
        b'P' => 0,
        b'F' => 1,
        b'T' => 2,
        b'K' => 3,
        b'S' => 4,
        b'L' => 5,
        b'M' | b'N' => 6,
        _ => 7,
    }
}

/// The readings of a folded Latin-script name token (ASCII lowercase), at most
/// [`MAX_VARIANTS`]; empty for anything else. They include how the Cyrillic and
/// Greek press hears the name (French `ou` before a vowel as `w`, a mute `e` after a
/// doubled consonant, `eu-` as `ev-`): compare them with Cyrillic or Greek text, and
/// Latin text with [`latin_plain`].
pub(crate) fn latin(token: &str) -> Vec<Sounds> {
    read(token, Side::LatinName)
}

/// The readings of a Latin name token to compare with a word of Latin-script text:
/// [`latin`] without the press's readings of another script (a respelling in Latin
/// letters differs in letters, not in how a French name is heard: `Innes` is not
/// `Jens`).
pub(crate) fn latin_plain(token: &str) -> Vec<Sounds> {
    read(token, Side::Latin)
}

/// The readings of a folded token of text written in `script` (romanised by the
/// folder): one for Cyrillic and Greek, except for the few letters whose Latin sound
/// the romanisation does not tell.
pub(crate) fn text(token: &str, script: Script) -> Vec<Sounds> {
    match script {
        Script::Cyrillic => read(token, Side::Cyrillic),
        Script::Greek => read(token, Side::Greek),
        Script::Latin => {
            let mut readings = read(token, Side::Latin);
            // Polish (and Czech, Slovak) transcriptions of Russian and Ukrainian
            // names write `ie` for `е` after a consonant (`Pieskow` for Песков,
            // `Siergiej`): also read as `e`.
            if let Some(e_for_ie) = soft_e(token) {
                for r in read(&e_for_ie, Side::Latin) {
                    if readings.len() < MAX_VARIANTS && !readings.contains(&r) {
                        readings.push(r);
                    }
                }
            }
            readings
        }
    }
}

/// `token` with each `ie` after a consonant written `e` (the Slavic press's soft
/// `е`); `None` when it has none.
fn soft_e(token: &str) -> Option<String> {
    let b = token.as_bytes();
    let soft =
        |i: usize| i >= 1 && b[i] == b'i' && b.get(i + 1) == Some(&b'e') && !is_vowel(b[i - 1]);
    if !(1..b.len()).any(soft) {
        return None;
    }
    let mut out = String::with_capacity(b.len());
    for (i, &c) in b.iter().enumerate() {
        if !soft(i) {
            out.push(char::from(c));
        }
    }
    Some(out)
}

/// The spelling of a Latin-script word of text to read sounds from: its folded form,
/// except that letters whose sound folding loses are spelled out first (`č ć ç` are
/// `ts`, `š ś ş` `sh`, `ž ź ż` `zh`, `đ` `dj`: Turkish `Miçotakis` is Mitsotakis).
/// Borrowed when the word has none of them.
pub(crate) fn latin_spelling<'a>(original: &str, folded: &'a str) -> std::borrow::Cow<'a, str> {
    if original.is_ascii() {
        return std::borrow::Cow::Borrowed(folded);
    }
    let spelled_out = |c: char| -> Option<&'static str> {
        Some(match c.to_lowercase().next().unwrap_or(c) {
            'č' | 'ć' | 'ç' => "ts",
            'š' | 'ś' | 'ş' => "sh",
            'ž' | 'ź' | 'ż' => "zh",
            'đ' => "dj",
            _ => return None,
        })
    };
    if !original.chars().any(|c| spelled_out(c).is_some()) {
        return std::borrow::Cow::Borrowed(folded);
    }
    let mut respelled = String::with_capacity(original.len() + 4);
    for c in original.chars() {
        match spelled_out(c) {
            Some(s) => respelled.push_str(s),
            None => respelled.push(c),
        }
    }
    std::borrow::Cow::Owned(nomen_fold::fold(&respelled).into_owned())
}

/// The spelling of a Cyrillic word of text to read sounds from: its folded form,
/// except that letters whose sound the romanisation loses are spelled out first:
/// Bulgarian `ъ` is a neutral vowel, which its press writes for English and German
/// `-er`, `ea` (`Стармър` is Starmer, `Киър` Keir), read as `е`; Serbian `ђ` and `џ`
/// are `дж` (`Ђорђа` is Giorgia), `ћ` is `ч`. Borrowed when the word has none of
/// them; a `ъ` that ends the word (a hard sign) or its article `-ът` is left as
/// it is.
pub(crate) fn cyrillic_spelling<'a>(original: &str, folded: &'a str) -> std::borrow::Cow<'a, str> {
    let respelled = |c: char, last: bool| -> Option<&'static str> {
        Some(match c {
            'ъ' if !last => "е",
            'Ъ' if !last => "Е",
            'ђ' | 'џ' => "дж",
            'Ђ' | 'Џ' => "Дж",
            'ћ' => "ч",
            'Ћ' => "Ч",
            _ => return None,
        })
    };
    if !original.contains(['ъ', 'Ъ', 'ђ', 'Ђ', 'џ', 'Џ', 'ћ', 'Ћ']) {
        return std::borrow::Cow::Borrowed(folded);
    }
    let chars: Vec<char> = original.chars().collect();
    let n = chars.len();
    // The final letter, or the ъ of the article `-ът`.
    let last = |i: usize| i + 1 == n || (i + 2 == n && chars[i + 1] == 'т');
    if !chars
        .iter()
        .enumerate()
        .any(|(i, &c)| respelled(c, last(i)).is_some())
    {
        return std::borrow::Cow::Borrowed(folded);
    }
    let mut out = String::with_capacity(original.len() + 4);
    for (i, &c) in chars.iter().enumerate() {
        match respelled(c, last(i)) {
            Some(s) => out.push_str(s),
            None => out.push(c),
        }
    }
    std::borrow::Cow::Owned(nomen_fold::fold(&out).into_owned())
}

/// Words of fewer groups than this are compared without allocating.
const STACK_GROUPS: usize = 40;

/// True when a reading may meet another one group apart ([`verify`] allows that for
/// five groups or more, and the linker for keys of three consonant classes or more):
/// the readings one vowel group shorter ([`shorter_hashes`]) are then looked up too.
pub(crate) fn near(sounds: &[u8]) -> bool {
    sounds.len() >= 5 && key(sounds).is_some_and(|k| key_classes(k) >= 3)
}

/// The hash of a reading in the dictionary's sound index.
pub(crate) fn sounds_hash(sounds: &[u8]) -> u32 {
    hash_without(sounds, usize::MAX)
}

/// Calls `f` with the hash of each reading that is `sounds` with one vowel group left
/// out. Two readings with the same consonants that are one group apart (a vowel
/// changed, added or dropped) share a hash of themselves or of one of these, so an
/// index of both finds every such pair without comparing words.
pub(crate) fn shorter_hashes(sounds: &[u8], mut f: impl FnMut(u32)) {
    for (i, &s) in sounds.iter().enumerate() {
        if s.is_ascii_lowercase() {
            f(hash_without(sounds, i));
        }
    }
}

/// FxHash-style over the bytes of `sounds` except the one at `skip`.
fn hash_without(sounds: &[u8], skip: usize) -> u32 {
    let mut h: u64 = 0x2d35_8dcc_aa6c_78a5;
    for (i, &b) in sounds.iter().enumerate() {
        if i != skip {
            h = (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x517c_c1b7_2722_0a95);
        }
    }
    (h >> 32) as u32
}

/// How far apart two readings are, in sound groups (edit distance, a group for a
/// group); `None` when the consonant classes differ or the distance is more than the
/// words' length allows: 0 for words of fewer than five groups, else 1.
pub(crate) fn verify(text: &[u8], name: &[u8]) -> Option<u32> {
    let allowed: u32 = if text.len().min(name.len()) >= 5 {
        1
    } else {
        0
    };
    // The distance is at least the difference in length.
    fn consonants(s: &[u8]) -> impl Iterator<Item = u8> + '_ {
        s.iter().copied().filter(u8::is_ascii_uppercase)
    }
    if text.len().abs_diff(name.len()) > allowed as usize || !consonants(text).eq(consonants(name))
    {
        return None;
    }
    let d = if text == name {
        0
    } else {
        distance(text, name)
    };
    (d <= allowed).then_some(d)
}

/// Levenshtein distance over the groups (bytes); on the stack for words of fewer than
/// [`STACK_GROUPS`] groups.
pub(crate) fn distance(a: &[u8], b: &[u8]) -> u32 {
    let mut stack = [0u32; 2 * STACK_GROUPS];
    let mut heap = Vec::new();
    let (prev, cur) = if b.len() < STACK_GROUPS {
        stack.split_at_mut(STACK_GROUPS)
    } else {
        heap.resize(2 * (b.len() + 1), 0);
        heap.split_at_mut(b.len() + 1)
    };
    let (mut prev, mut cur) = (&mut prev[..=b.len()], &mut cur[..=b.len()]);
    for (j, p) in prev.iter_mut().enumerate() {
        *p = j as u32;
    }
    for (i, &x) in a.iter().enumerate() {
        cur[0] = i as u32 + 1;
        for (j, &y) in b.iter().enumerate() {
            let sub = prev[j] + u32::from(x != y);
            cur[j + 1] = sub.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    /// A word of Latin-script text.
    Latin,
    /// A Latin name word, as the press of other scripts hears it.
    LatinName,
    Cyrillic,
    Greek,
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
}

/// One sound read at a position: a fixed piece, or several alternatives.
enum Piece {
    One(&'static [u8]),
    Alt(&'static [&'static [u8]]),
}

fn read(token: &str, side: Side) -> Vec<Sounds> {
    let raw = token.as_bytes();
    if raw.is_empty() || !raw.iter().all(|b| b.is_ascii_lowercase()) {
        return Vec::new();
    }
    // Doubled letters are one (`Emmanuel`, `Эммануэль`, `Kallas`); `doubled[i]`
    // says that `w[i]` was written twice.
    let mut w: Vec<u8> = Vec::with_capacity(raw.len());
    let mut doubled: Vec<bool> = Vec::with_capacity(raw.len());
    for &b in raw {
        if w.last() != Some(&b) {
            w.push(b);
            doubled.push(false);
        } else if let Some(d) = doubled.last_mut() {
            *d = true;
        }
    }
    // A piece reads one letter or more and writes two bytes at most: readings of
    // this capacity never grow.
    let capacity = 2 * w.len();
    let mut out: Vec<Vec<u8>> = vec![Vec::with_capacity(capacity)];
    let mut i = 0;
    while i < w.len() {
        let after_doubled = i > 0 && doubled[i - 1];
        let (piece, n) = piece(&w, i, side, after_doubled, doubled[i]);
        match piece {
            Piece::One(s) => out.iter_mut().for_each(|o| o.extend_from_slice(s)),
            Piece::Alt(alts) => {
                let mut next = Vec::with_capacity(out.len() * alts.len());
                for o in &out {
                    for a in alts {
                        if next.len() < MAX_VARIANTS {
                            let mut v = Vec::with_capacity(capacity);
                            v.extend_from_slice(o);
                            v.extend_from_slice(a);
                            next.push(v);
                        }
                    }
                }
                out = next;
            }
        }
        i += n;
    }
    // A final silent `e` (French Lagarde, Christine): also without it.
    if side != Side::Cyrillic
        && side != Side::Greek
        && w.len() > 3
        && w.last() == Some(&b'e')
        && !is_vowel(w[w.len() - 2])
    {
        let extra: Vec<Vec<u8>> = out
            .iter()
            .map(|o| o[..o.len() - 1].to_vec())
            .take(MAX_VARIANTS.saturating_sub(out.len()))
            .collect();
        out.extend(extra);
    }
    // The Greek patronymic -ίδης, -άδης, which the classical transliteration writes
    // -ides, -ades (Christodoulides, Anastasiades) and the modern one, and most of
    // the press of other languages, -idis, -adis (Hristodulidis): also read with
    // `i`. (Only these: any final -es would make `Andrés` sound like `Andrij`.)
    if matches!(side, Side::Latin | Side::LatinName)
        && w.len() > 5
        && w.ends_with(b"des")
        && is_vowel(w[w.len() - 4])
    {
        let extra: Vec<Vec<u8>> = out
            .iter()
            .filter_map(|o| {
                let mut v = o.strip_suffix(b"eS")?.to_vec();
                v.extend_from_slice(b"iS");
                Some(v)
            })
            .take(MAX_VARIANTS.saturating_sub(out.len()))
            .collect();
        out.extend(extra);
    }
    let mut sounds: Vec<Sounds> = out;
    for reading in &mut sounds {
        groups(reading);
    }
    // The `ou` of a French spelling of a Persian or Arabic name before a silent `h`
    // and a vowel (Rouhani: the press's `Рухани`, Turkish `Ruhani`) is also the `o`
    // of the name's own vowel, which the Greek press writes (`Ροχανί`).
    if side == Side::LatinName && sounds.len() < MAX_VARIANTS {
        if let Some(at) = token.find("ouh") {
            if token[at + 3..].starts_with(|c: char| "aeiou".contains(c)) {
                let respelled = format!("{}o{}", &token[..at], &token[at + 2..]);
                for r in read(&respelled, side) {
                    if sounds.len() < MAX_VARIANTS {
                        sounds.push(r);
                    }
                }
            }
        }
    }
    // A romanised Russian or Belarusian feminine adjectival ending -ая, `-aya` or
    // `-aia` (Tsikhanouskaya, Navalnaya), is `-á` in Czech and Slovak, `-a` in
    // Polish, Ukrainian (`-а`), Latvian and the South Slavic languages
    // (Cichanouská, Cichanouska, Тихановська, Navalna): also read so.
    if w.len() > 5 && (w.ends_with(b"aya") || w.ends_with(b"aia")) && !is_vowel(w[w.len() - 4]) {
        let stem = &token[..token.len() - 2];
        // (Half the readings at most, so that the word keeps readings of its own.)
        let extra: Vec<Sounds> = read(stem, side)
            .into_iter()
            .take(MAX_VARIANTS / 2)
            .collect();
        sounds.truncate(MAX_VARIANTS - extra.len());
        sounds.extend(extra);
    }
    // A Belarusian surname in -enka is the Ukrainian and Russian -enko (Lukashenka:
    // Лукашенко), and Belarusian spelling writes an unstressed o as a (akanye, in
    // the Belarusian spelling rules of 2008 on unstressed о and э): the Russian and
    // Ukrainian press often writes the Russian form of the name (Sabalenka:
    // Соболенко). Also read with -enko, and with every a as o.
    if side == Side::LatinName
        && sounds.len() < MAX_VARIANTS
        && w.len() > 5
        && token.ends_with("enka")
    {
        let enko = format!("{}o", &token[..token.len() - 1]);
        let okane = enko.replace('a', "o");
        for respelled in [enko, okane] {
            for r in read(&respelled, side) {
                if sounds.len() < MAX_VARIANTS {
                    sounds.push(r);
                }
            }
        }
    }
    // English u in a closed syllable is [ʌ] (Musk, Trump, Hunter): the Russian and
    // Greek press write а (Маск, Μασκ, Трамп), the Bulgarian ъ (Мъск, Тръмп; read
    // `е`, see [`cyrillic_spelling`]). Readings with the first such u as `a` and as
    // `e`, while there is room (after the word's own).
    if side == Side::LatinName && sounds.len() < MAX_VARIANTS {
        let b = token.as_bytes();
        let closed_u = (1..b.len().saturating_sub(1)).find(|&i| {
            b[i] == b'u'
                && !is_vowel(b[i - 1])
                && b[i - 1] != b'q'
                && !is_vowel(b[i + 1])
                && b[i + 1] != b'h'
                && b.get(i + 2).is_none_or(|&c| !is_vowel(c))
        });
        if let Some(i) = closed_u {
            for v in ["a", "e"] {
                let respelled = format!("{}{v}{}", &token[..i], &token[i + 1..]);
                for r in read(&respelled, side) {
                    if sounds.len() < MAX_VARIANTS {
                        sounds.push(r);
                    }
                }
            }
        }
    }
    sounds.sort();
    sounds.dedup();
    if side == Side::LatinName {
        press_respellings(token, &mut sounds);
    }
    sounds
}

/// Readings of a Latin name word as the press of other scripts writes names of the
/// language it may come from, where a final letter of the name is not said: each of
/// the word's own readings `sounds` without that letter's sound, added after them
/// (at most [`MAX_PRESS`] more).
/// * French silent final consonants: `-d`, `-t`, `-s`, `-x`, `-z` after a vowel, `r`
///   or `n` (Bernard, Laurent, Bertrand: Бернар, Лоран, Бертран; after `n` the nasal
///   is said), and the silent `r` of a final `-ier` (Barnier, Xavier: Барнье, Ксавье);
///   Danish and Norwegian `d` after `r` (Vingegaard, Kierkegaard: Вингегор,
///   Кьеркегор; the French-Russian and Danish-Russian practical transcription
///   tables, NAMES.md § 3.1). A reading that loses a consonant so keeps three
///   consonant classes or more (Dumas read `Duma` would be the Russian parliament),
///   two for `-ier`.
/// * The Greek feminine of a surname in `-is`: a Greek woman's surname is her
///   father's in the genitive, without the `-s` (Μπακογιάννη), which the
///   Latin-script press often writes in the man's form (`Bakoyannis`) and the Slavic
///   press transcribes from the Greek (Macedonian Бакојани, Ukrainian Бакоянні):
///   also read without the final `s`, keeping three consonant classes.
fn press_respellings(token: &str, sounds: &mut Vec<Sounds>) {
    let b = token.as_bytes();
    let n = b.len();
    if n < 4 {
        return;
    }
    let (last, before) = (b[n - 1], b[n - 2]);
    // What the final letter is read as, what it becomes, and the fewest consonant
    // classes left.
    let (read_as, becomes, min_classes): (&[u8], &[&[u8]], u32) = if last == b's' && before == b'i'
    {
        if n < 6 || is_vowel(b[n - 3]) {
            return;
        }
        (b"S", &[b""], 3)
    } else if matches!(last, b'd' | b't') && before == b'n' {
        (b"T", &[b"N"], 3)
    } else if matches!(last, b'd' | b't' | b's' | b'z')
        && (is_vowel(before) || matches!(before, b'r' | b'n'))
    {
        (
            if matches!(last, b'd' | b't') {
                b"T"
            } else {
                b"S"
            },
            &[b""],
            3,
        )
    } else if last == b'x' && is_vowel(before) {
        (b"KS", &[b""], 3)
    } else if last == b'r' && token.ends_with("ier") && n >= 5 {
        // (`ie` is one group, `i`; the press writes ье, ьє: `e`, or `ie`.)
        (b"iR", &[b"e", b"i"], 2)
    } else {
        return;
    };
    let own = sounds.len();
    for i in 0..own {
        let Some(stem) = sounds[i].strip_suffix(read_as).map(<[u8]>::to_vec) else {
            continue;
        };
        for tail in becomes {
            let mut r = stem.clone();
            r.extend_from_slice(tail);
            if sounds.len() < own + MAX_PRESS
                && key(&r).is_some_and(|k| key_classes(k) >= min_classes)
                && !sounds.contains(&r)
            {
                sounds.push(r);
            }
        }
    }
}

/// Collapses runs of one consonant class and canonicalises vowel groups, in place:
/// each letter or run of vowels writes at most one byte, so the output never
/// overtakes the input it is read from (no second `Vec` per reading).
fn groups(raw: &mut Sounds) {
    let mut out = 0;
    let mut i = 0;
    while i < raw.len() {
        let c = raw[i];
        if c.is_ascii_uppercase() {
            if out == 0 || raw[out - 1] != c {
                raw[out] = c;
                out += 1;
            }
            i += 1;
            continue;
        }
        let start = i;
        while i < raw.len() && raw[i].is_ascii_lowercase() {
            i += 1;
        }
        let run = &raw[start..i];
        let canon: &[u8] = match run {
            // (Ukrainian `ія`, `ію` are romanised `iia`, `iiu`, Russian `ия` read so
            // too: the i and the `я`, `ю` after it, as a Latin `-ia`: Гахарія is
            // Gakharia.)
            b"iia" => b"ia",
            b"iiu" => b"iu",
            b"ou" | b"oo" | b"uu" => b"u",
            b"ie" | b"ee" | b"ea" | b"ii" | b"iie" => b"i",
            b"ei" | b"ai" | b"aie" | b"eie" | b"eii" | b"aii" => b"ai",
            // A longer run is read by its first two letters, `ou` as `u` there too:
            // a silent `h` between vowels joins their runs, and `ouha` of Rouhani is
            // the press's `Рухани`, Turkish `Ruhani`.
            _ if run.len() > 2 => match &run[..2] {
                b"ou" | b"oo" => b"u",
                head => head,
            },
            _ => run,
        };
        // Vowel groups are one symbol each: `ai` is stored as its first byte with
        // a marker so that distance counts a group once.
        let symbol = match canon {
            b"ai" => b'w',
            b"au" => b'q',
            b"oi" | b"oy" => b'x',
            b"ia" => b'j',
            b"iu" | b"io" => b'v',
            [v, ..] => *v,
            [] => continue,
        };
        raw[out] = symbol;
        out += 1;
    }
    raw.truncate(out);
}

/// The piece at `w[i]` and how many letters it takes; `after_doubled`: the letter
/// before `w[i]` was written twice; `twice`: `w[i]` itself was.
fn piece(w: &[u8], i: usize, side: Side, after_doubled: bool, twice: bool) -> (Piece, usize) {
    use Piece::{Alt, One};
    let at = |k: usize| w.get(i + k).copied().unwrap_or(0);
    let rest = &w[i..];
    let starts = |s: &[u8]| rest.starts_with(s);
    let front = matches!(at(1), b'e' | b'i' | b'y');
    let press = side == Side::LatinName;
    match side {
        Side::Latin | Side::LatinName => {
            // Slavic -cki/-cky (Polish, Czech, Slovak adjectival surnames) is [tski]:
            // the press of other scripts writes the c (Навроцкий); elsewhere ck is k.
            // So is the feminine -cka, -cká (Nawrocka, Ledecká: Навроцкая, Ледецкая;
            // the final a only: ck before another vowel stays k, Becker).
            if starts(b"ck") && (matches!(at(2), b'i' | b'y') || (at(2) == b'a' && at(3) == 0)) {
                return (Alt(&[b"K", b"SK"]), 2);
            }
            // Belarusian ць, дзь (romanised ts, dz before i, e, ia) are the Russian
            // forms' ть, дь (Tsikhanouskaya: Тихановская, Tihanovskaya; Dzmitry:
            // Дмитрий): also read as t, d.
            if (starts(b"ts") || starts(b"dz")) && matches!(at(2), b'i' | b'e') {
                return (Alt(&[b"S", b"T"]), 2);
            }
            // Belarusian ў after a vowel, romanised u, is the Russian forms' в in the
            // surnames in -oŭski, -oŭskaya, -oŭ (Tsikhanouskaya: Тихановская): `ou`
            // before `sk` or at the end is also read `ov`.
            if starts(b"ou") && (at(2) == 0 || (at(2) == b's' && at(3) == b'k')) {
                return (Alt(&[b"u", b"oF"]), 2);
            }
            // (Only letters that start one of these: the loop is on every letter's
            // path.)
            let first = w[i];
            let digraphs: &[(&[u8], &[u8])] =
                if matches!(first, b't' | b's' | b'd' | b'z' | b'c' | b'p' | b'q' | b'k') {
                    &[
                        (b"tsch", b"S"),
                        (b"sch", b"S"),
                        (b"tch", b"S"),
                        (b"dzh", b"S"),
                        (b"sh", b"S"),
                        (b"zh", b"S"),
                        (b"ts", b"S"),
                        (b"tz", b"S"),
                        (b"cz", b"S"),
                        (b"sz", b"S"),
                        (b"dz", b"S"),
                        (b"dj", b"S"),
                        (b"ph", b"F"),
                        (b"ck", b"K"),
                        (b"cq", b"K"),
                        (b"qu", b"K"),
                        (b"kh", b""),
                    ]
                } else {
                    &[]
                };
            for &(pat, p) in digraphs {
                if starts(pat) {
                    return (One(p), pat.len());
                }
            }
            if starts(b"ch") {
                return (Alt(&[b"K", b"S", b""]), 2);
            }
            if starts(b"th") {
                return (Alt(&[b"T", b"S"]), 2);
            }
            if starts(b"gh") {
                return (Alt(&[b"K", b""]), 2);
            }
            if starts(b"gu") && matches!(at(2), b'e' | b'i') {
                return (One(b"K"), 2);
            }
            // Hungarian gy before a vowel is [ɟ], the Russian press's дь (Magyar,
            // Мадьяр; Vlagyimir for Vladimir), the Serbian and Croatian press's ђ, đ
            // (Pravopis srpskoga jezika, transcription from Hungarian: gy ђ, ty ћ,
            // ny њ, cs ч; read as дж and ч: Gyula, Ђула).
            if starts(b"gy") && is_vowel(at(2)) {
                return (Alt(&[b"K", b"T", b"S"]), 2);
            }
            // English ei is often [iː] (Keir, Neil, seize), German ei [ai].
            if starts(b"ei") {
                return (Alt(&[b"ei", b"i"]), 2);
            }
            // Source-language readings for the press of other scripts, which
            // transcribes a name by its own language's sounds (the Russian practical
            // transcription tables of Ermolovich and of gramota.ru's Письмовник;
            // see the project's research notes, NAMES.md § 3.1):
            // * Norwegian and Danish `aa` is the old spelling of `å`, [o] (Haaland,
            //   Aalborg, Kierkegaard: Холанд, Ольборг, Кьеркегор); Dutch `aa` a long
            //   a (Haarlem: Харлем);
            // * French `ai` before a consonant or at the end is [ɛ] (Le Maire,
            //   Calais: Ле Мер, Кале), as English `ai` before r (Blair, Claire:
            //   Блэр, Клэр); German and Italian `ai` is [ai] (Kaiser: Кайзер).
            if press && twice && w[i] == b'a' {
                return (Alt(&[b"a", b"o"]), 1);
            }
            if press && starts(b"ai") && !is_vowel(at(2)) {
                return (Alt(&[b"ai", b"e"]), 2);
            }
            // French nasal en before ch and ean before a consonant or at the end are
            // [ɑ̃], the press's ан, αν (Mélenchon, Jean, Jeanne: Меланшон, Жан, Ζαν;
            // the French-Russian practical transcription table, NAMES.md § 3.1);
            // English ea is [iː] (Dean, Bean: Дин, Бин). Both readings.
            if press && starts(b"ench") {
                return (Alt(&[b"e", b"a"]), 1);
            }
            if press && starts(b"ean") && !is_vowel(at(3)) {
                return (Alt(&[b"i", b"a"]), 2);
            }
            // French ou before a vowel is [w] (Houellebecq, Ouattara, Louis: the
            // Cyrillic press writes у or в: Уелбек, Велбек, Уаттара).
            if press && starts(b"ou") && is_vowel(at(2)) {
                return (Alt(&[b"u", b"F"]), 2);
            }
            // French eau is [o] (Rousseau, Cocteau, Retailleau: the press's Руссо,
            // Кокто, Ретайо, Greek Ρουσό; the French-Russian practical transcription
            // table, NAMES.md § 3.1).
            if press && starts(b"eau") {
                return (One(b"o"), 3);
            }
            // French ill after a vowel and i is the glide [j] (Retailleau, Mireille,
            // Guillaume: Ретайо, Мирей, Гийом; Serbian Ретајо, Greek Ρεταγιό): the
            // doubled l is also read as nothing, the i before it being the glide.
            if press
                && twice
                && w[i] == b'l'
                && i >= 2
                && w[i - 1] == b'i'
                && is_vowel(w[i - 2])
                && (at(1) == 0 || is_vowel(at(1)))
            {
                return (Alt(&[b"L", b""]), 1);
            }
            // English and French au before a consonant is [ɔː], [o] (Paul, Faustin,
            // Claude, Austin: the Russian press's Пол, Фостен, Клод, Остин, the
            // Greek press's Πολ; Ermolovich's English-Russian and the French-Russian
            // practical transcription tables, NAMES.md § 3.1); German au is [au]
            // (Paul: Пауль). Both readings.
            if press && starts(b"au") && at(2) != 0 && !is_vowel(at(2)) {
                return (Alt(&[b"au", b"o"]), 2);
            }
            // The French transliteration of Arabic writes the consonant و as ou
            // after a vowel, alone or with its long u (Aoun, Daoud, Raouf: Arabic
            // ʿAwn, Dāwūd, Raʾūf); the Russian press hears u (Аун, Дауд), the Turkish
            // press writes the consonant v (Avn, Davud; TDK's Yazım Kılavuzu on names
            // from Arabic). After a vowel and before a consonant, ou is read as u, as
            // that consonant, and as both.
            if i > 0 && is_vowel(w[i - 1]) && starts(b"ou") && at(2) != 0 && !is_vowel(at(2)) {
                return (Alt(&[b"u", b"F", b"Fu"]), 2);
            }
            // Portuguese lh and nh before a vowel are the palatals [ʎ], [ɲ]: the Greek
            // press writes λι, νι (Κοέλιο for Coelho, Ροναλντίνιο), the Russian ль,
            // нь (Коэльо, Роналдиньо; the Portuguese-Russian practical transcription
            // table, NAMES.md § 3.1). Also read with the glide i; the plain l, n
            // stays (Russian ь leaves no letter).
            if press && matches!(w[i], b'l' | b'n') && at(1) == b'h' && is_vowel(at(2)) {
                return (
                    if w[i] == b'l' {
                        Alt(&[b"L", b"Li"])
                    } else {
                        Alt(&[b"N", b"Ni"])
                    },
                    2,
                );
            }
            // Eu- at the start of a word of Greek origin is [ev] in the Slavic press
            // (Eurojust, Europol, Eugen: Евроюст, Европол, Евгений).
            if press && i == 0 && starts(b"eu") && !is_vowel(at(2)) {
                return (Alt(&[b"eu", b"eF"]), 2);
            }
            // French e after a doubled consonant and before another is mute
            // (Houellebecq, Villepin, Pelletier: Уелбек, Вильпен, Пелтие).
            if press && w[i] == b'e' && after_doubled && at(1) != 0 && !is_vowel(at(1)) {
                return (Alt(&[b"e", b""]), 1);
            }
            // English e before one consonant and a final mute e is [iː] (Pete,
            // Steve, Eve: the Cyrillic press's Пит, Стив, Ив).
            if press && w[i] == b'e' && w.len() == i + 3 && !is_vowel(at(1)) && at(2) == b'e' {
                return (Alt(&[b"e", b"i"]), 1);
            }
            // Dutch oe is [u] (`Poetin`, `Sjojgoe` for Shoigu): in Latin text also
            // read so (not by the press of other scripts: `Ноэль` is Noël).
            if side == Side::Latin && starts(b"oe") && !is_vowel(at(2)) {
                return (Alt(&[b"u", b"oe"]), 2);
            }
            // Italian gi, ci, sci before a vowel: the i is not said (Giorgia). For
            // the press of other scripts, c before a front vowel may also be written
            // as the letter k (see below): `ci` then keeps its i (`Asociación` as
            // `Асокиакион`).
            let soft: &[&[u8]] = if matches!(first, b's' | b'g' | b'c') {
                &[b"sci", b"gi", b"ci"]
            } else {
                &[]
            };
            for &pat in soft {
                if starts(pat) && matches!(at(pat.len()), b'a' | b'o' | b'u') {
                    if press && pat == b"ci" {
                        return (Alt(&[b"S", b"Ki"]), 2);
                    }
                    return (One(b"S"), pat.len());
                }
            }
            let c = w[i];
            if let Some(p) = nasal(c, at(1), at(2)) {
                return (One(p), 1);
            }
            let p: Piece = match c {
                b'a' | b'e' | b'i' | b'o' | b'u' => One(vowel(c)),
                b'y' => One(b"i"),
                b'h' => One(b""),
                b'w' => Alt(&[b"F", b"u"]),
                b'b' | b'p' => One(b"P"),
                b'f' | b'v' => One(b"F"),
                b'd' | b't' => One(b"T"),
                b'k' | b'q' => One(b"K"),
                // A Latin c before a front vowel is written k letter for letter, as
                // Greek writes Latin names (Κικέρων, βαθμοί Κελσίου) and Russian the
                // Celts (кельты): for the press of other scripts, k as well as s.
                b'c' if front && press => Alt(&[b"S", b"K"]),
                b'c' if front => One(b"S"),
                // Slavic and Hungarian c is [ts] (Fico, Nawrocki, Vučić).
                b'c' => Alt(&[b"K", b"S"]),
                b'g' if front => Alt(&[b"K", b"S", b""]),
                b'g' => One(b"K"),
                b'j' => Alt(&[b"S", b"K", b"i", b""]),
                b's' | b'z' => One(b"S"),
                b'x' => One(b"KS"),
                b'l' => One(b"L"),
                b'm' => One(b"M"),
                b'n' => One(b"N"),
                b'r' => One(b"R"),
                _ => One(b""),
            };
            (p, 1)
        }
        Side::Cyrillic | Side::Greek => {
            let greek = side == Side::Greek;
            // Bulgarian щ is [ʃt] (Щайнмайер for Steinmeier, Коща for Costa), Russian
            // and Ukrainian щ a long or [ʃtʃ] sh.
            if starts(b"shch") && !greek {
                return (Alt(&[b"S", b"ST"]), 4);
            }
            let digraphs: &[(&[u8], &[u8])] = if matches!(w[i], b's' | b'z' | b't' | b'd' | b'p') {
                &[
                    (b"shch", b"S"),
                    (b"sh", b"S"),
                    (b"zh", b"S"),
                    (b"ts", b"S"),
                    (b"tz", b"S"),
                    (b"dz", b"S"),
                    (b"ps", b"PS"),
                ]
            } else {
                &[]
            };
            for &(pat, p) in digraphs {
                if starts(pat) {
                    return (One(p), pat.len());
                }
            }
            if starts(b"kh") {
                return (One(b""), 2);
            }
            if starts(b"ch") {
                // Cyrillic ч is [tʃ]; Greek χ is [x]/[ç] (a Latin h or ch).
                return (One(if greek { b"" } else { b"S" }), 2);
            }
            if starts(b"th") {
                return (Alt(&[b"T", b"S"]), 2);
            }
            // Palatalised vowels after a consonant (Рютте → ryutte): the vowel.
            let c = w[i];
            if c == b'y' && i > 0 && !is_vowel(w[i - 1]) && is_vowel(at(1)) {
                return (One(b""), 1);
            }
            // The Ukrainian system writes я ю є after a consonant `ia iu ie`
            // (Ляєн → liaien): the i may be that softening or a vowel.
            if c == b'i'
                && !greek
                && i > 0
                && !is_vowel(w[i - 1])
                && matches!(at(1), b'a' | b'u' | b'e')
            {
                return (Alt(&[b"", b"i"]), 1);
            }
            if let Some(p) = nasal(c, at(1), at(2)) {
                return (One(p), 1);
            }
            // Ukrainian нг, romanised `nh` (Вінгегор for Vingegaard): the г is a
            // foreign g, before which the Latin side drops the n, or an h.
            if c == b'n' && at(1) == b'h' && !greek {
                return (Alt(&[b"N", b""]), 1);
            }
            let p: Piece = match c {
                b'a' | b'e' | b'i' | b'o' | b'u' => One(vowel(c)),
                b'y' => One(b"i"),
                // Ukrainian г (a foreign h or g).
                b'h' => Alt(&[b"", b"K"]),
                b'b' | b'p' => One(b"P"),
                // Greek β writes v, and b in older spellings.
                b'v' if greek => Alt(&[b"F", b"P"]),
                b'f' | b'v' => One(b"F"),
                b'd' | b't' => One(b"T"),
                b'k' | b'q' => One(b"K"),
                b'g' if greek && front => Alt(&[b"K", b""]),
                // Ukrainian (and older Russian) writes a foreign h as г (Гарвард,
                // Гейне): a g, or the h the Latin side does not say.
                b'g' if !greek => Alt(&[b"K", b""]),
                b'g' => One(b"K"),
                // Serbian ц ч ћ (c), ђ (d is read as d).
                b'c' => One(b"S"),
                b'j' => One(b"i"),
                b's' | b'z' => One(b"S"),
                b'x' => One(b"KS"),
                b'l' => One(b"L"),
                b'm' => One(b"M"),
                b'n' => One(b"N"),
                b'r' => One(b"R"),
                _ => One(b""),
            };
            (p, 1)
        }
    }
}

fn vowel(c: u8) -> &'static [u8] {
    match c {
        b'a' => b"a",
        b'e' => b"e",
        b'i' => b"i",
        b'o' => b"o",
        _ => b"u",
    }
}

/// A nasal before a stop made at the same place is not written by Greek (`ντ` is d,
/// `μπ` b, `γκ` g) and is dropped on both sides: `n` before `t d g k c q` (not before
/// `ts`/`tz`, where Greek writes it: `Σάντσεθ`), `m` before `b p`. `None` otherwise.
fn nasal(c: u8, next: u8, after: u8) -> Option<&'static [u8]> {
    let dropped = match c {
        b'n' => {
            matches!(next, b'd' | b'g' | b'k' | b'q')
                || (next == b'c' && !matches!(after, b'e' | b'i' | b'y' | b'h'))
                || (next == b't' && !matches!(after, b's' | b'z'))
        }
        b'm' => matches!(next, b'b' | b'p'),
        _ => false,
    };
    dropped.then_some(b"")
}

#[cfg(test)]
mod tests {
    use super::*;
    use nomen_fold::fold;

    /// A silent `h` between vowels joins their runs; `ou` at the head of the run is
    /// still `u` (Rouhani, the press's `Рухани`).
    #[test]
    fn ou_before_a_silent_h_is_u() {
        let ru: Vec<Sounds> = text(&fold("Рухани"), Script::Cyrillic);
        let name = read("rouhani", Side::LatinName);
        assert!(name.iter().any(|r| ru.contains(r)), "{name:?}");
        // And the `o` the Greek press writes.
        let el: Vec<Sounds> = text(&fold("Ροχανί"), Script::Greek);
        assert!(name.iter().any(|r| el.contains(r)), "{name:?}");
    }

    /// Grouping in place: runs of a class are one, vowel runs one symbol each, and
    /// what is left after the last group is cut off.
    #[test]
    fn groups_collapse_in_place() {
        let grouped = |raw: &[u8]| {
            let mut v = raw.to_vec();
            groups(&mut v);
            v
        };
        assert_eq!(grouped(b"SSaiKKou"), b"SwKu");
        // (A run of three vowels keeps its first two: `aa`, `ie`, then its first.)
        assert_eq!(grouped(b"PaaaRiea"), b"PaRi");
        assert_eq!(grouped(b"eiNoiS"), b"wNxS");
        assert_eq!(grouped(b""), b"");
    }

    /// Whether the text word (original script) and the Latin name word meet.
    fn meet(text_word: &str, name_word: &str) -> bool {
        let t = fold(text_word);
        let n = fold(name_word);
        let script = Script::of(text_word).unwrap();
        let tv = text(&t, script);
        let nv = latin(&n);
        tv.iter().any(|a| {
            nv.iter()
                .any(|b| key(a).is_some() && key(a) == key(b) && verify(a, b).is_some())
        })
    }

    /// Whether the Latin text word sounds exactly like the Latin name word.
    fn sounds_exactly(text_word: &str, name_word: &str) -> bool {
        let t = fold(text_word);
        let spelled = latin_spelling(text_word, &t);
        let nv = latin_plain(&fold(name_word));
        text(&spelled, Script::Latin)
            .iter()
            .any(|a| nv.iter().any(|b| verify(a, b) == Some(0)))
    }

    #[test]
    fn one_consonant_class_has_no_key_but_is_told() {
        let reading = |w: &str| latin(w).into_iter().next().unwrap();
        // Kaag, Rau: one class, no blocking key, still a name word to index.
        for w in ["kaag", "rau", "lee"] {
            assert!(key(&reading(w)).is_none() && one_class(&reading(w)), "{w}");
        }
        assert!(!one_class(&reading("rutte")));
        // No consonant at all is nothing to go on.
        assert!(!one_class(&reading("aia")));
        // The Cyrillic word sounds exactly like it.
        let t = text(&fold("Каг"), Script::Cyrillic);
        assert!(t.iter().any(|a| verify(a, &reading("kaag")) == Some(0)));
    }

    #[test]
    fn ukrainian_and_russian_ia_is_the_latin_ia() {
        // A Georgian surname in -ia as the Ukrainian (`ія`, `iia`) and Russian (`ия`)
        // press writes it (not a name of the sets: Gakharia).
        assert!(meet("Гахарія", "Gakharia"));
        assert!(meet("Гахария", "Gakharia"));
    }

    #[test]
    fn english_short_u_is_the_press_a() {
        // English u in a closed syllable is [ʌ]: Russian and Greek а (names not in the
        // sets: Hunter, Duncan, Buck).
        assert!(meet("Хантер", "Hunter"));
        assert!(meet("Χάντερ", "Hunter"));
        assert!(meet("Данкан", "Duncan"));
        assert!(meet("Бак", "Buck"));
        // ... and still u (German Kurz: Курц).
        assert!(meet("Курц", "Kurz"));
        // Not in an open syllable (Tuba is not `Таба`).
        assert!(!meet("Таба", "Tuba"));
        // Bulgarian writes ъ, read as a neutral e.
        let spelled = cyrillic_spelling("Хънтър", &fold("Хънтър")).into_owned();
        let n = latin("hunter");
        assert!(text(&spelled, Script::Cyrillic)
            .iter()
            .any(|a| n.iter().any(|b| verify(a, b) == Some(0))));
    }

    #[test]
    fn french_nasal_en_and_ean_are_the_press_an() {
        // (Invented and common names: Lenchon, Jeanne, Dean.)
        assert!(meet("Ланшон", "Lenchon"));
        assert!(meet("Λανσόν", "Lenchon"));
        assert!(meet("Ζαν", "Jean"));
        // English ea stays [iː] too.
        assert!(meet("Дин", "Dean"));
        // Two consonant classes must sound exactly alike: the a reading is not
        // made where French writes no nasal (Dena: Дена, not Дана).
        let exactly = |t: &str, n: &str| {
            let tv = text(&fold(t), Script::of(t).unwrap());
            latin(&fold(n))
                .iter()
                .any(|b| tv.iter().any(|a| verify(a, b) == Some(0)))
        };
        assert!(exactly("Жан", "Jean"));
        assert!(!exactly("Дана", "Dena"));
    }

    #[test]
    fn the_feminine_cka_is_the_press_tska() {
        // Czech, Slovak and Polish -cká, -cka is [tska] as -cki is [tski]: Russian
        // -цкая (read as -цка by the linker), Ukrainian -цька, Bulgarian -цка.
        // (Invented and common names: Pawlicka, Stránecká.)
        assert!(meet("Павлицка", "Pawlicka"));
        assert!(meet("Странецка", "Stranecka"));
        assert!(meet("Странецька", "Stranecka"));
        // Only at the end: ck before a vowel inside the word is k (Becker, Mackay).
        assert!(!meet("Бецтсер", "Becker"));
        assert!(meet("Беккер", "Becker"));
        // A final -ck is k too.
        assert!(!meet("Бецск", "Beck"));
    }

    #[test]
    fn belarusian_names_in_their_russian_and_western_forms() {
        // Belarusian ць before a front vowel and ў after a vowel are the Russian
        // forms' т and в; the feminine -ая is -а, -á in the languages of the west.
        // (Invented or common names: Tsimafei, Kalesnikou, Kastrouskaya.)
        assert!(meet("Тимофей", "Tsimafei"));
        assert!(meet("Колесников", "Kalesnikou"));
        assert!(meet("Кастровская", "Kastrouskaya"));
        assert!(meet("Кастровська", "Kastrouskaya"));
        assert!(sounds_exactly("Kastrouská", "Kastrouskaya"));
        assert!(sounds_exactly("Kastrouska", "Kastrouskaya"));
        assert!(sounds_exactly("Kastrovskaya", "Kastrouskaya"));
        assert!(sounds_exactly("Navalná", "Navalnaya"));
        // A man's form is not the woman's.
        assert!(!sounds_exactly("Kastrouski", "Kastrouskaya"));
        assert!(!sounds_exactly("Navalny", "Navalnaya"));
        // The readings stay bounded.
        assert!(latin("tsitsouskaya").len() <= MAX_VARIANTS);
    }

    #[test]
    fn the_press_reads_a_name_by_its_own_language() {
        // Norwegian and Danish aa is [o] (Ivar Aasen: Ивар Осен); Dutch aa a long a
        // (Haarlem: Харлем).
        assert!(meet("Осен", "Aasen"));
        assert!(meet("Харлем", "Haarlem"));
        // A single a stays a.
        assert!(!meet("Осен", "Asen"));
        // French ai is [ɛ] (Lemaire: Лемер), English ai before r too (Blair:
        // Блэр); German ai stays [ai] (Kaiser: Кайзер).
        assert!(meet("Лемер", "Lemaire"));
        assert!(meet("Блэр", "Blair"));
        assert!(meet("Кайзер", "Kaiser"));
        // Belarusian -enka is Russian -enko, its unstressed a an o (Lukashenka:
        // Лукашенко; an invented Karalenka: Короленко, Кораленко).
        assert!(meet("Лукашенко", "Lukashenka"));
        assert!(meet("Короленко", "Karalenka"));
        assert!(meet("Кораленко", "Karalenka"));
        assert!(!meet("Короленко", "Karalenok"));
        // Hungarian gy is the Serbian ђ (Gyula: Ђула; an invented Gyurkovics).
        assert!(meet("Ђула", "Gyula"));
        assert!(meet("Ђурковић", "Gyurkovics"));
        // Latin text is not read so (Aasen is not `Osen`).
        assert!(!sounds_exactly("Osen", "Aasen"));
    }

    #[test]
    fn french_eau_ill_and_silent_final_letters() {
        // (Names not in the sets: Rousseau, Cocteau, Mireille, Bernard, Laurent,
        // Barnier, Xavier, Bertrand.)
        assert!(meet("Руссо", "Rousseau"));
        assert!(meet("Ρουσό", "Rousseau"));
        assert!(meet("Кокто", "Cocteau"));
        assert!(meet("Мирей", "Mireille"));
        assert!(meet("Мирей", "Mireille"));
        assert!(meet("Бернар", "Bernard"));
        assert!(meet("Μπερνάρ", "Bernard"));
        assert!(meet("Лоран", "Laurent"));
        assert!(meet("Барнье", "Barnier"));
        assert!(meet("Ксавье", "Xavier"));
        // (Didier, Дидье, has one consonant class left: too little to go on.)
        assert!(!meet("Дидье", "Didier"));
        assert!(meet("Бертран", "Bertrand"));
        // The word's own readings stay (Бернард, Барниер).
        assert!(meet("Бернард", "Bernard"));
        assert!(meet("Барниер", "Barnier"));
        // Too little is left of Dumas without its s (Дума, the parliament); an l
        // after a consonant is said (Camille: Камиль).
        assert!(!meet("Дума", "Dumas"));
        assert!(!meet("Ками", "Camille"));
        // Latin text is not read so.
        assert!(!sounds_exactly("Berna", "Bernard"));
        assert!(!sounds_exactly("Ruso", "Rousseau"));
    }

    #[test]
    fn nordic_aard_and_greek_feminines() {
        // Danish -gaard is the press's -гор (Kierkegaard, Vestergaard); Ukrainian нг
        // is romanised nh (Ingeborg: Інгеборг).
        assert!(meet("Кьеркегор", "Kierkegaard"));
        assert!(meet("Вестергор", "Vestergaard"));
        assert!(meet("Інгеборг", "Ingeborg"));
        // A Greek woman's surname without the -s of the man's Latin form (Marianna
        // Vardinoyannis: Вардинојани, Вардіноянні); not a short word's s (Paris).
        assert!(meet("Вардинојани", "Vardinoyannis"));
        assert!(meet("Вардіноянні", "Vardinoyannis"));
        assert!(meet("Вардинојанис", "Vardinoyannis"));
        assert!(!meet("Пари", "Paris"));
        for word in ["kierkegaard", "vardinoyannis", "laurent", "chgijwthches"] {
            assert!(latin(word).len() <= MAX_VARIANTS + MAX_PRESS, "{word}");
        }
    }

    #[test]
    fn portuguese_lh_and_nh_are_the_press_li_and_ni() {
        // (Names not in the sets: Carvalho, Ronaldinho, Sousa Pinho.)
        assert!(meet("Καρβάλιο", "Carvalho"));
        assert!(meet("Карвальо", "Carvalho"));
        assert!(meet("Ροναλντίνιο", "Ronaldinho"));
        assert!(meet("Роналдиньо", "Ronaldinho"));
        // Not before a consonant, and not in Latin text (`Carvalio` is no respelling
        // of a Latin name).
        assert!(!sounds_exactly("Carvalio", "Carvalho"));
    }

    #[test]
    fn english_and_french_au_is_the_press_o() {
        // English and French au before a consonant is [ɔː], [o]; German au stays au
        // (names not in the sets).
        assert!(meet("Клод", "Claude"));
        assert!(meet("Морис", "Maurice"));
        assert!(meet("Остин", "Austin"));
        assert!(meet("Πολ", "Paul"));
        assert!(meet("Пауль", "Paul"));
        // Not in Latin text, whose press writes what it reads: Pol is not Paul.
        assert!(!sounds_exactly("Pol", "Paul"));
    }

    #[test]
    fn french_ou_after_a_vowel_is_the_arabic_w() {
        // The French transliteration of Arabic (Daoud, Raouf): the Russian press's у,
        // the Turkish press's v.
        assert!(meet("Рауф", "Raouf"));
        assert!(sounds_exactly("Davud", "Daoud"));
        assert!(sounds_exactly("Rauf", "Raouf"));
        // Not after a consonant (Louis, Bourbon): Lvis is no Louis.
        assert!(!sounds_exactly("Lvis", "Louis"));
    }

    #[test]
    fn dutch_oe_is_u() {
        assert!(sounds_exactly("Poetin", "Putin"));
        assert!(sounds_exactly("Sjostakovitsj", "Shostakovich"));
        assert!(sounds_exactly("Boekarest", "Bucharest"));
        // Only in Latin text: the press of other scripts writes Noël `Ноэль`.
        assert!(meet("Ноэль", "Noel"));
        // Not before a vowel (`Boeing`).
        assert!(!sounds_exactly("Buing", "Boeing"));
    }

    #[test]
    fn slavic_latin_ie_is_a_soft_e() {
        // Polish and Czech transcriptions of Russian е after a consonant.
        assert!(sounds_exactly("Pieskow", "Peskov"));
        assert!(sounds_exactly("Miedwiediew", "Medvedev"));
        assert!(sounds_exactly("Niemcow", "Nemtsov"));
        // A name's own ie is still i (German Dietrich), and vowels still count.
        assert!(sounds_exactly("Ditrich", "Dietrich"));
        assert!(!sounds_exactly("Pieskow", "Paskov"));
        assert_eq!(soft_e("pieskow").as_deref(), Some("peskow"));
        assert_eq!(soft_e("aiello"), None);
    }

    #[test]
    fn greek_final_es_may_be_is() {
        assert!(sounds_exactly("Hristodulidis", "Christodoulides"));
        assert!(sounds_exactly("Anastasiadis", "Anastasiades"));
        // Only the patronymic: Andrés is not Andrij, Pericles keeps its e.
        assert!(!sounds_exactly("Andrij", "Andres"));
        assert!(!sounds_exactly("Periklis", "Pericles"));
        assert!(!sounds_exactly("Jonis", "Jonas"));
    }

    #[test]
    fn bulgarian_and_serbian_letters_are_spelled_out() {
        let spelled = |w: &str| cyrillic_spelling(w, &fold(w)).into_owned();
        // Bulgarian ъ for an English -er or -son, read as a neutral e; a final ъ
        // (the article's, or a hard sign) stays.
        assert_eq!(spelled("Паркър"), "parker");
        assert_eq!(spelled("Джонсън"), "dzhonsen");
        assert_eq!(spelled("Парламентът"), fold("Парламентът"));
        // Serbian ђ, џ are дж, ћ is ч.
        assert_eq!(spelled("Ђорђо"), fold("Джорджо"));
        assert_eq!(spelled("Џорџ"), fold("Джордж"));
        assert_eq!(spelled("Тадић"), fold("Тадич"));
        assert_eq!(spelled("Мелони"), "meloni");
        let sounds = |w: &str| text(&spelled(w), Script::Cyrillic);
        let same = |w: &str, name: &str| {
            let n = latin(name);
            sounds(w)
                .iter()
                .any(|a| n.iter().any(|b| verify(a, b) == Some(0)))
        };
        assert!(same("Паркър", "parker"));
        assert!(same("Ђорђо", "giorgio"));
        assert!(!same("Паркър", "porter"));
    }

    #[test]
    fn russian_and_greek_press_spellings_meet_the_latin_name() {
        // Not the examples: other people in the news, as the press writes them.
        for (text_word, name) in [
            ("Мерц", "Merz"),
            ("Фридрих", "Friedrich"),
            ("Стармер", "Starmer"),
            ("Туск", "Tusk"),
            ("Дональд", "Donald"),
            ("Каллас", "Kallas"),
            ("Мелони", "Meloni"),
            ("Джорджа", "Giorgia"),
            ("Рютте", "Rutte"),
            ("Орбан", "Orbán"),
            ("Виктор", "Viktor"),
            ("Урсула", "Ursula"),
            ("Ляйен", "Leyen"),
            ("Байден", "Biden"),
            ("Джонсон", "Johnson"),
            ("Вашингтон", "Washington"),
            ("Меланшон", "Mélenchon"),
            ("Μερτς", "Merz"),
            ("Στάρμερ", "Starmer"),
            ("Τουσκ", "Tusk"),
            ("Ντόναλντ", "Donald"),
            ("Κάλας", "Kallas"),
            ("Μελόνι", "Meloni"),
            ("Τζόρτζια", "Giorgia"),
            ("Ρούτε", "Rutte"),
            ("Ορμπάν", "Orbán"),
            ("Μπάιντεν", "Biden"),
            ("Τζόνσον", "Johnson"),
            ("Ουάσιγκτον", "Washington"),
            ("Χαβιέρ", "Javier"),
            ("Гарріс", "Harris"),
            ("Габек", "Habeck"),
            ("Гамбург", "Hamburg"),
            ("Павлицкий", "Pawlicki"),
            ("Моравецкий", "Morawiecki"),
            ("Бецкий", "Becki"),
            // Bulgarian щ for German initial st and Portuguese s before t.
            ("Щойбер", "Stoiber"),
            ("Щутгарт", "Stuttgart"),
            ("Кащро", "Castro"),
            // Latin c before a front vowel written letter for letter (Celsius as
            // Greek writes him; a Spanish name transliterated by its letters).
            ("Κέλσιος", "Celsius"),
            ("Асокиакион", "Asociación"),
            ("Сокиал", "Social"),
            ("Сосиал", "Social"),
            // French ou before a vowel and a mute e after a doubled consonant.
            ("Уатара", "Ouattara"),
            ("Вилпен", "Villepin"),
            ("Вильпен", "Villepin"),
            // Greek eu- as ev-.
            ("Европол", "Europol"),
            ("Евростат", "Eurostat"),
        ] {
            assert!(meet(text_word, name), "{text_word} ~ {name}");
        }
    }

    #[test]
    fn different_names_do_not_meet() {
        for (text_word, name) in [
            ("Путин", "Biden"),
            ("Шанс", "Sánchez"),
            ("Треба", "Trump"),
            ("Меланшон", "Meloni"),
            ("Τρόμπα", "Trump"),
            ("Χόλος", "Scholz"),
            // A mute e is only after a doubled consonant.
            ("Вилпен", "Vilepin"),
        ] {
            assert!(!meet(text_word, name), "{text_word} ~ {name}");
        }
    }

    #[test]
    fn readings_one_group_apart_share_a_hash() {
        let hashes = |s: &[u8]| {
            let mut all = vec![sounds_hash(s)];
            if near(s) {
                shorter_hashes(s, |h| all.push(h));
            }
            all
        };
        let meet = |a: &[u8], b: &[u8]| hashes(a).iter().any(|h| hashes(b).contains(h));
        // A vowel changed, added, dropped; and the same reading.
        for (a, b) in [
            (&b"SaLaTaN"[..], &b"SoLaTaN"[..]),
            (b"SaLaTaN", b"SaLTaN"),
            (b"SaLTaN", b"SaLaTaN"),
            (b"MaRKaL", b"MaRKaL"),
        ] {
            assert!(verify(a, b).is_some() && meet(a, b), "{a:?} {b:?}");
        }
        // Two groups apart, or another consonant: no shared hash.
        for (a, b) in [(&b"SaLaTaN"[..], &b"SoLoTaN"[..]), (b"SaLaTaN", b"SaLaPaN")] {
            assert!(verify(a, b).is_none() && !meet(a, b), "{a:?} {b:?}");
        }
        // Short readings are not read one group apart.
        assert!(!near(b"MaRK") && !near(b"aTaTa"));
    }

    #[test]
    fn the_press_readings_are_for_other_scripts_only() {
        // Read for Cyrillic text, `Innes` has a mute e; for Latin text it has not, and
        // does not sound like `Jens`.
        let mute = latin("innes");
        assert!(text("ins", Script::Cyrillic)
            .iter()
            .any(|t| mute.contains(t)));
        let plain = latin_plain("innes");
        assert!(!text("jens", Script::Latin)
            .iter()
            .any(|t| plain.contains(t)));
    }

    #[test]
    fn keys_need_two_classes_and_variants_are_bounded() {
        assert_eq!(key(b"aTa"), None);
        assert!(key(b"PaTaN").is_some_and(|k| key_classes(k) == 3));
        for v in latin("chgijwthche") {
            assert!(!v.is_empty());
        }
        assert!(latin("chgijwthche").len() <= MAX_VARIANTS);
        assert!(latin("Merz").is_empty() && text("мерц", Script::Cyrillic).is_empty());
    }
}
