//! Chinese and Japanese names as the Russian, Ukrainian, Hungarian and Czech press write
//! them, for the linker's dictionary (rule `east-asian-transcription`; Korean names in
//! [`super::korean`]).
//!
//! A gazetteer gives `Ding Xuexiang` (Hanyu Pinyin) or `Shinjiro Koizumi` (Hepburn);
//! the press of other scripts and languages does not transcribe those letters one by
//! one but the *syllables*, each by a fixed system:
//!
//! * Russian writes Chinese by the Palladius system (`Дин Сюэсян`, `Ван И`, `Ли
//!   Цян`) and Japanese by Polivanov's (`Синдзиро Коидзуми`, `Санаэ Такаити`);
//!   Ukrainian by the same systems in its own letters (`Сі Цзіньпін`).
//! * Hungarian writes Chinese by its popular transcription (AkH; `Ting
//!   Hszüe-hsziang`, `Vang Ji`, `Li Csiang`: `x` is `hsz`, `q` and `j` are `cs`, `d` is
//!   `t`, a given name's syllables joined by a hyphen) and Japanese by its own
//!   (`Koizumi Sindzsiró`, `Mijazaki Hajao`: `sh` is `s`, `s` is `sz`, `j` is `dzs`,
//!   `y` is `j`, a long vowel one letter).
//! * Czech writes Chinese by the ÚJČ system (`Wen Ťia-pao`, `Chua Čchun-jing`, `Si
//!   Ťin-pching`: `j` is `ť`, `q` `čch`, `x` `s`, `h` `ch`, the aspirated consonants
//!   `pch tch kch`, a given name's syllables joined by a hyphen).
//!
//! Letter-by-letter romanisation and the comparison by sound cannot bridge these: the
//! words are one or two syllables (`Ван И`: too few consonants to be compared), and
//! the letters change by whole syllables (`xue` → `сюэ`, `hszüe`). So a person's name
//! whose every word is a sequence of syllables of one system gets, in the dictionary,
//! its forms in those systems, word by word in the name's order (the family name
//! first in Hungarian is then the usual reordered key: `Koizumi Sindzsiró`). They are
//! full names: a lone word still follows the linker's rules for surnames.
//!
//! The gates keep Western names out: exactly two words; for Chinese the first word one
//! Pinyin syllable (a family name) and the second one or two; for Japanese each word
//! two morae or more of Hepburn. A Western name that passes (`Sanna Marin`) only gets
//! its own transcription (`Санна Марин`), which no other name is.

use crate::gazetteer::{Entity, Kind};
use crate::name::parse_name;

/// Most forms of one person's name.
pub(crate) const MAX_FORMS: usize = 8;

/// The syllables of Hanyu Pinyin (`ü` written `u` or `v` only where it is the same
/// letters: `lue`, `nue`).
const PINYIN: &str = "a ai an ang ao \
ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu \
ca cai can cang cao ce cen ceng cha chai chan chang chao che chen cheng chi chong chou \
chu chua chuai chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo \
da dai dan dang dao de dei den deng di dian diao die ding diu dong dou du duan dui dun duo \
e ei en eng er fa fan fang fei fen feng fo fou fu \
ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo \
ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo \
ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun \
ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo \
la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu long lou lu luan \
lue lun luo ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu \
na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan \
nue nuo o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu \
qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun \
ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo \
sa sai san sang sao se sen seng sha shai shan shang shao she shei shen sheng shi shou shu \
shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo \
ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo \
wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan \
xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun \
za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi \
zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo";

/// The Pinyin initials, longest first.
const INITIALS: [&str; 23] = [
    "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r",
    "z", "c", "s", "y", "w",
];

/// One Pinyin syllable: its initial (`""` for none) and final.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Syllable<'a> {
    initial: &'a str,
    fin: &'a str,
}

/// True when `s` is a Pinyin syllable: a binary search of the table, sorted once.
fn is_pinyin(s: &str) -> bool {
    static SORTED: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    SORTED
        .get_or_init(|| {
            let mut v: Vec<&str> = PINYIN.split(' ').collect();
            v.sort_unstable();
            v
        })
        .binary_search(&s)
        .is_ok()
}

/// `word` (folded ASCII) split into Pinyin syllables, longest first with
/// backtracking; `None` when it is no sequence of syllables.
fn pinyin(word: &str) -> Option<Vec<Syllable<'_>>> {
    fn go<'a>(rest: &'a str, out: &mut Vec<Syllable<'a>>) -> bool {
        if rest.is_empty() {
            return true;
        }
        for len in (1..=rest.len().min(6)).rev() {
            let Some(s) = rest.get(..len) else { continue };
            if !is_pinyin(s) {
                continue;
            }
            let initial = INITIALS
                .iter()
                .find(|i| s.starts_with(**i) && s.len() > i.len());
            let initial = initial.copied().unwrap_or("");
            out.push(Syllable {
                initial,
                fin: &s[initial.len()..],
            });
            if go(&rest[len..], out) {
                return true;
            }
            out.pop();
        }
        false
    }
    let mut out = Vec::new();
    (word.is_ascii() && !word.is_empty() && go(word, &mut out)).then_some(out)
}

/// True for the initials after which Pinyin `u` is `ü`.
fn palatal(initial: &str) -> bool {
    matches!(initial, "j" | "q" | "x" | "y")
}

/// One syllable in the Palladius system (Russian letters).
fn palladius(s: Syllable<'_>) -> String {
    let (i, f) = (s.initial, s.fin);
    // Syllables with `y` and `w` are finals of their own.
    if i == "y" {
        let fin = match f {
            "i" => "и",
            "a" => "я",
            "o" => "о",
            "e" => "е",
            "ao" => "яо",
            "ou" => "ю",
            "an" => "янь",
            "in" => "инь",
            "ang" => "ян",
            "ing" => "ин",
            "ong" => "юн",
            "u" => "юй",
            "ue" => "юэ",
            "uan" => "юань",
            "un" => "юнь",
            _ => "",
        };
        return fin.to_string();
    }
    if i == "w" {
        let fin = match f {
            "u" => "у",
            "a" => "ва",
            "o" => "во",
            "ai" => "вай",
            "ei" => "вэй",
            "an" => "вань",
            "en" => "вэнь",
            "ang" => "ван",
            "eng" => "вэн",
            _ => "",
        };
        return fin.to_string();
    }
    let initial = match i {
        "b" => "б",
        "p" => "п",
        "m" => "м",
        "f" => "ф",
        "d" => "д",
        "t" => "т",
        "n" => "н",
        "l" => "л",
        "g" => "г",
        "k" => "к",
        "h" => "х",
        "j" | "z" => "цз",
        "q" | "c" => "ц",
        "x" | "s" => "с",
        "zh" => "чж",
        "ch" => "ч",
        "sh" => "ш",
        "r" => "ж",
        _ => "",
    };
    let fin = match f {
        "i" if matches!(i, "z" | "c" | "s") => "ы",
        "a" => "а",
        "o" => "о",
        "e" => "э",
        "ai" => "ай",
        "ei" => "эй",
        "ao" => "ао",
        "ou" => "оу",
        "an" => "ань",
        "en" => "энь",
        "ang" => "ан",
        "eng" => "эн",
        "ong" => "ун",
        "er" => "эр",
        "i" => "и",
        "ia" => "я",
        "iao" => "яо",
        "ie" => "е",
        "iu" => "ю",
        "ian" => "янь",
        "in" => "инь",
        "iang" => "ян",
        "ing" => "ин",
        "iong" => "юн",
        "u" if palatal(i) => "юй",
        "u" => "у",
        "ua" => "уа",
        "uo" => "о",
        "uai" => "уай",
        "ui" => "уй",
        "uan" if palatal(i) => "юань",
        "uan" => "уань",
        "un" if palatal(i) => "юнь",
        "un" => "унь",
        "uang" => "уан",
        "ue" => "юэ",
        _ => "",
    };
    format!("{initial}{fin}")
}

/// One syllable in the Hungarian popular transcription; `e_as_o` writes the `e` of
/// a syllable with an initial as `ö` (`Csing-tö`: the press writes it so after most
/// initials, `e` after others: both are made).
fn hungarian_chinese(s: Syllable<'_>, e_as_o: bool) -> String {
    let (i, f) = (s.initial, s.fin);
    let initial = match i {
        "b" | "p" => "p",
        "d" | "t" => "t",
        "g" | "k" => "k",
        "j" | "q" | "zh" | "ch" => "cs",
        "x" => "hsz",
        "sh" => "s",
        "r" => "zs",
        "z" | "c" => "c",
        "s" => "sz",
        "y" => "j",
        "w" => "v",
        other => other,
    };
    let fin = match f {
        // `yi`, `wu`: the letter is the syllable.
        "i" if i == "y" => "i",
        "u" if i == "w" => "u",
        "i" if matches!(i, "z" | "c" | "s") => "e",
        "e" if e_as_o && !i.is_empty() => "ö",
        "ai" => "aj",
        "ei" => "ej",
        "ong" => "ung",
        "ian" | "an" if i == "y" => "en",
        "ian" => "ien",
        "iong" => "iung",
        "ui" => "uj",
        "uai" => "uaj",
        "u" if palatal(i) => "ü",
        "ue" => "üe",
        "uan" if palatal(i) => "üan",
        "un" if palatal(i) => "ün",
        other => other,
    };
    // (`y` and `w` stand for the vowel they are written with: `yi` is `ji`, `ya` `ja`.)
    format!("{initial}{fin}")
}

/// One syllable in the Czech system (ÚJČ; `Wen Ťia-pao`, `Chua Čchun-jing`, `Si
/// Ťin-pching`): `j` is `ť`, `q` and `ch` `čch`, `x` `s`, `zh` `č`, `sh` `š`, `r` `ž`,
/// `z` `c`, `c` `cch`, `h` `ch`; the aspirated `p t k` are `pch tch kch`, the plain `b d
/// g` are `p t k`; `y` is `j`, `ü` is written.
fn czech_chinese(s: Syllable<'_>) -> String {
    let (i, f) = (s.initial, s.fin);
    if i == "y" {
        let fin = match f {
            "i" => "i",
            "ou" => "jou",
            "an" => "jen",
            "in" => "jin",
            "ing" => "jing",
            "ong" => "jung",
            "u" => "jü",
            "ue" => "jüe",
            "uan" => "jüan",
            "un" => "jün",
            other => return format!("j{other}"),
        };
        return fin.to_string();
    }
    if i == "w" {
        let fin = match f {
            "ei" => "wej",
            "ai" => "waj",
            other => return format!("w{other}"),
        };
        return fin.to_string();
    }
    let initial = match i {
        "b" => "p",
        "p" => "pch",
        "d" => "t",
        "t" => "tch",
        "g" => "k",
        "k" => "kch",
        "h" => "ch",
        "j" => "ť",
        "q" | "ch" => "čch",
        "x" => "s",
        "zh" => "č",
        "sh" => "š",
        "r" => "ž",
        "z" => "c",
        "c" => "cch",
        other => other,
    };
    let fin = match f {
        "i" if matches!(i, "z" | "c" | "s" | "zh" | "ch" | "sh" | "r") => "'",
        "ai" => "aj",
        "ei" => "ej",
        "ong" => "ung",
        "iu" => "iou",
        "ian" => "ien",
        "iong" => "iung",
        "uai" => "uaj",
        "ui" => "uej",
        "u" if palatal(i) => "ü",
        "ue" => "üe",
        "uan" if palatal(i) => "üan",
        "un" if palatal(i) => "ün",
        other => other,
    };
    format!("{initial}{fin}")
}

/// One Hepburn mora: its consonant part (`""`, `k`, `sh`, `ky`, ...) and vowel, or
/// the syllabic `n`, or the first letter of a doubled consonant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mora<'a> {
    Syllable(&'a str, u8),
    N,
    Double,
}

/// The consonant parts of Hepburn, longest first.
const HEPBURN_ONSETS: [&str; 28] = [
    "sh", "ch", "ts", "ky", "gy", "ny", "hy", "my", "ry", "by", "py", "k", "s", "t", "n", "h", "f",
    "m", "y", "r", "w", "g", "z", "j", "d", "b", "p", "",
];

fn hepburn_ok(onset: &str, vowel: u8) -> bool {
    match onset {
        "" | "k" | "n" | "h" | "m" | "r" | "g" | "b" | "p" => true,
        "s" | "z" => vowel != b'i',
        "t" | "d" => !matches!(vowel, b'i' | b'u'),
        "sh" | "ch" | "j" => vowel != b'e',
        "ts" | "f" => vowel == b'u',
        "y" => matches!(vowel, b'a' | b'u' | b'o'),
        "w" => matches!(vowel, b'a' | b'o'),
        _ => matches!(vowel, b'a' | b'u' | b'o'),
    }
}

/// `word` (folded ASCII) as Hepburn morae; `None` when it is none. A long `o` written
/// `oh` before a consonant or at the end (`Ohtani`, `Itoh`) is one mora `o`.
fn hepburn(word: &str) -> Option<Vec<Mora<'_>>> {
    let b = word.as_bytes();
    let is_vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
    let mut out = Vec::new();
    let mut at = 0;
    while at < b.len() {
        // A doubled consonant (`kk`, `tt`, `ss`, `pp`; `tch`).
        if at + 1 < b.len()
            && matches!(b[at], b'k' | b't' | b's' | b'p')
            && (b[at + 1] == b[at] || (b[at] == b't' && b[at + 1] == b'c'))
        {
            out.push(Mora::Double);
            at += 1;
            continue;
        }
        // `oh` not before a vowel: a long `o`.
        if b[at] == b'h'
            && at > 0
            && b[at - 1] == b'o'
            && b.get(at + 1).is_none_or(|&c| !is_vowel(c) && c != b'y')
        {
            at += 1;
            continue;
        }
        let mut found = false;
        for onset in HEPBURN_ONSETS {
            let end = at + onset.len();
            if word.get(at..end) != Some(onset) {
                continue;
            }
            let Some(&v) = b.get(end) else { continue };
            if is_vowel(v) && hepburn_ok(onset, v) {
                out.push(Mora::Syllable(&word[at..end], v));
                at = end + 1;
                found = true;
                break;
            }
        }
        if found {
            continue;
        }
        // The syllabic `n` (`m` before `b`, `p`, `m`), not before a vowel or `y`.
        let next = b.get(at + 1).copied();
        let syllabic = match b[at] {
            b'n' => next.is_none_or(|c| !is_vowel(c) && c != b'y'),
            b'm' => matches!(next, Some(b'b' | b'p' | b'm')),
            _ => false,
        };
        if !syllabic {
            return None;
        }
        out.push(Mora::N);
        at += 1;
    }
    Some(out)
}

/// The number of syllables (vowels and `n`) of `morae`.
fn mora_count(morae: &[Mora<'_>]) -> usize {
    morae.iter().filter(|m| !matches!(m, Mora::Double)).count()
}

/// The vowel of a mora as the previous mora leaves it: a long vowel (`ou`, `oo`, `uu`)
/// is written once, unless a vowel follows (`Inoue`).
fn long(prev: Option<Mora<'_>>, next: Option<&Mora<'_>>, onset: &str, v: u8) -> bool {
    onset.is_empty()
        && !matches!(next, Some(Mora::Syllable("", _)))
        && matches!(
            (prev, v),
            (Some(Mora::Syllable(_, b'o')), b'u' | b'o') | (Some(Mora::Syllable(_, b'u')), b'u')
        )
}

/// The letter a doubled consonant (`っ`) writes before `next`: the next mora's first
/// consonant, `letters` giving it for k, s, t (and ch) and p.
fn doubled<'a>(next: Option<&Mora<'_>>, letters: [&'a str; 4]) -> &'a str {
    let Some(Mora::Syllable(onset, _)) = next else {
        return "";
    };
    match onset.as_bytes().first() {
        Some(b'k') => letters[0],
        Some(b's') => letters[1],
        Some(b't' | b'c') => letters[2],
        Some(b'p') => letters[3],
        _ => "",
    }
}

/// A Japanese word (Hepburn morae) in Polivanov's system (Russian letters).
fn polivanov(morae: &[Mora<'_>]) -> String {
    let mut out = String::new();
    let mut prev: Option<Mora<'_>> = None;
    for (k, &m) in morae.iter().enumerate() {
        match m {
            Mora::Double => {
                out.push_str(doubled(morae.get(k + 1), ["к", "с", "т", "п"]));
            }
            Mora::N => out.push_str(if out.is_empty() { "" } else { "н" }),
            Mora::Syllable(onset, v) => {
                if long(prev, morae.get(k + 1), onset, v) {
                    prev = Some(m);
                    continue;
                }
                let after_vowel = matches!(prev, Some(Mora::Syllable(..)));
                let iotated = |plain: &'static str| -> String {
                    let soft = match v {
                        b'a' => "я",
                        b'u' => "ю",
                        _ => "ё",
                    };
                    format!("{plain}{soft}")
                };
                let s = match onset {
                    "" => match v {
                        b'a' => "а".into(),
                        b'i' if after_vowel && k + 1 == morae.len() => "й".into(),
                        b'i' if matches!(prev, Some(Mora::Syllable(_, b'e'))) => "й".into(),
                        b'i' => "и".into(),
                        b'u' => "у".into(),
                        b'e' => "э".into(),
                        _ => "о".into(),
                    },
                    "sh" => iotated("с"),
                    "ch" => iotated("т"),
                    "j" => iotated("дз"),
                    "ts" => "цу".into(),
                    "f" => "фу".into(),
                    "y" => match v {
                        b'a' => "я".into(),
                        b'u' => "ю".into(),
                        _ => "ё".into(),
                    },
                    "w" => {
                        if v == b'a' {
                            "ва".into()
                        } else {
                            "о".into()
                        }
                    }
                    _ if onset.len() == 2 && onset.ends_with('y') => {
                        iotated(consonant_ru(&onset[..1]))
                    }
                    _ => {
                        let c = match onset {
                            "z" => "дз",
                            other => consonant_ru(other),
                        };
                        let vowel = match v {
                            b'a' => "а",
                            b'i' => "и",
                            b'u' => "у",
                            b'e' => "э",
                            _ => "о",
                        };
                        format!("{c}{vowel}")
                    }
                };
                // `shi`, `chi`, `ji` are `си`, `ти`, `дзи`; `she`-type morae do not
                // occur (Hepburn has none).
                let s = match (onset, v) {
                    ("sh", b'i') => "си".to_string(),
                    ("ch", b'i') => "ти".to_string(),
                    ("j", b'i') => "дзи".to_string(),
                    _ => s,
                };
                out.push_str(&s);
            }
        }
        prev = Some(m);
    }
    out
}

fn consonant_ru(c: &str) -> &'static str {
    match c {
        "k" => "к",
        "s" => "с",
        "t" => "т",
        "n" => "н",
        "h" => "х",
        "m" => "м",
        "r" => "р",
        "g" => "г",
        "d" => "д",
        "b" => "б",
        "p" => "п",
        _ => "",
    }
}

/// A Japanese word (Hepburn morae) in the Hungarian transcription.
fn hungarian_japanese(morae: &[Mora<'_>]) -> String {
    let mut out = String::new();
    let mut prev: Option<Mora<'_>> = None;
    for (k, &m) in morae.iter().enumerate() {
        match m {
            Mora::Double => {
                out.push_str(doubled(morae.get(k + 1), ["k", "s", "t", "p"]));
            }
            Mora::N => out.push('n'),
            Mora::Syllable(onset, v) => {
                if long(prev, morae.get(k + 1), onset, v) {
                    prev = Some(m);
                    continue;
                }
                let c = match onset {
                    "sh" => "s",
                    "s" => "sz",
                    "ch" => "cs",
                    "j" => "dzs",
                    "ts" => "c",
                    "y" => "j",
                    "w" => "v",
                    other if other.len() == 2 && other.ends_with('y') => {
                        out.push_str(&other[..1]);
                        "j"
                    }
                    other => other,
                };
                out.push_str(c);
                out.push(char::from(v));
            }
        }
        prev = Some(m);
    }
    out
}

/// Ukrainian letters for a Russian transcription: `и` is `і` (`ї` after a vowel),
/// `ы` is `и`, `э` is `е`, `ё` is `ьо` (`йо` after a vowel or at the start).
pub(crate) fn ukrainian(russian: &str) -> String {
    let mut out = String::new();
    let mut prev: Option<char> = None;
    let vowel = |c: Option<char>| c.is_none_or(|c| "аеиоуыэюяёіїє".contains(c));
    for c in russian.chars() {
        match c {
            'и' if prev.is_some() && vowel(prev) => out.push('ї'),
            'и' => out.push('і'),
            'ы' => out.push('и'),
            'э' => out.push('е'),
            'ё' if vowel(prev) => out.push_str("йо"),
            'ё' => out.push_str("ьо"),
            other => out.push(other),
        }
        prev = Some(c);
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

/// The person's full name in the press forms of the module docs, word by word in
/// the order the canonical name gives; empty for anything else (not a person, not
/// two words of Pinyin or Hepburn syllables, or no Latin letters).
pub(crate) fn press_forms(entity: &Entity) -> Vec<String> {
    if entity.kind != Kind::Person {
        return Vec::new();
    }
    let mut out = chinese_or_japanese(entity);
    out.extend(super::vietnamese::press_forms(&entity.name));
    // A Korean name (`Park Geun-hye`), or one of two syllables that may be Korean
    // as well as Chinese (`Han Kang`): both sets of forms.
    if let Some(words) = super::korean::korean_words(&entity.name) {
        for form in super::korean::press_forms(&words) {
            if !out.contains(&form) {
                out.push(form);
            }
        }
    }
    out
}

/// [`press_forms`] of a Chinese or Japanese name.
fn chinese_or_japanese(entity: &Entity) -> Vec<String> {
    // Cheap tests first (a dictionary of a million people parses every name once
    // already): two words of Latin letters (`Shinjirō` folds to `shinjiro`).
    let mut words = entity.name.split_whitespace();
    let latin = |c: char| {
        c.is_ascii_alphabetic() || (c.is_alphabetic() && ('\u{C0}'..'\u{250}').contains(&c))
    };
    let latin_word = |w: Option<&str>| w.is_some_and(|w| w.chars().all(latin));
    if entity.kind != Kind::Person
        || !latin_word(words.next())
        || !latin_word(words.next())
        || words.next().is_some()
    {
        return Vec::new();
    }
    let parsed = parse_name(&entity.name);
    let parts = parsed.content_given_first();
    let [first, second] = parts.as_slice() else {
        return Vec::new();
    };
    if parts
        .iter()
        .any(|p| p.is_initial || p.ideographic || !p.folded.bytes().all(|b| b.is_ascii_lowercase()))
    {
        return Vec::new();
    }
    let (a, b) = (first.folded.as_str(), second.folded.as_str());
    let mut out: Vec<String> = Vec::new();
    let mut push = |s: String| {
        if out.len() < MAX_FORMS && !out.contains(&s) {
            out.push(s);
        }
    };
    if let (Some(fa), Some(fb)) = (pinyin(a), pinyin(b)) {
        if fa.len() == 1 && (1..=2).contains(&fb.len()) {
            let ru = |w: &[Syllable<'_>]| {
                capitalised(&w.iter().map(|s| palladius(*s)).collect::<String>())
            };
            let (ra, rb) = (ru(&fa), ru(&fb));
            if !ra.is_empty() && !rb.is_empty() {
                push(format!("{ra} {rb}"));
                push(format!(
                    "{} {}",
                    capitalised(&ukrainian(&ra.to_lowercase())),
                    capitalised(&ukrainian(&rb.to_lowercase()))
                ));
            }
            for e_as_o in [false, true] {
                let hu = |w: &[Syllable<'_>]| {
                    capitalised(
                        &w.iter()
                            .map(|s| hungarian_chinese(*s, e_as_o))
                            .collect::<Vec<_>>()
                            .join("-"),
                    )
                };
                push(format!("{} {}", hu(&fa), hu(&fb)));
            }
            let cs = |w: &[Syllable<'_>]| {
                capitalised(
                    &w.iter()
                        .map(|s| czech_chinese(*s))
                        .collect::<Vec<_>>()
                        .join("-"),
                )
            };
            push(format!("{} {}", cs(&fa), cs(&fb)));
            return out;
        }
    }
    if let (Some(ma), Some(mb)) = (hepburn(a), hepburn(b)) {
        if mora_count(&ma) >= 2 && mora_count(&mb) >= 2 {
            let (ra, rb) = (polivanov(&ma), polivanov(&mb));
            push(format!("{} {}", capitalised(&ra), capitalised(&rb)));
            push(format!(
                "{} {}",
                capitalised(&ukrainian(&ra)),
                capitalised(&ukrainian(&rb))
            ));
            push(format!(
                "{} {}",
                capitalised(&hungarian_japanese(&ma)),
                capitalised(&hungarian_japanese(&mb))
            ));
        }
    }
    out
}

/// For each entity (by position), [`press_forms`].
pub(crate) fn variants(entities: &[Entity]) -> Vec<Vec<String>> {
    super::dict::par_map(entities, press_forms)
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::link::cross_script::tests::person;

    fn forms(name: &str) -> Vec<String> {
        press_forms(&person(name))
    }

    #[test]
    fn pinyin_syllables() {
        let s = |w| {
            pinyin(w).map(|v| {
                v.iter()
                    .map(|s| format!("{}{}", s.initial, s.fin))
                    .collect::<Vec<_>>()
            })
        };
        assert_eq!(s("xuexiang"), Some(vec!["xue".into(), "xiang".into()]));
        assert_eq!(s("jinping"), Some(vec!["jin".into(), "ping".into()]));
        assert_eq!(s("huning"), Some(vec!["hu".into(), "ning".into()]));
        assert_eq!(s("merkel"), None);
        assert_eq!(s("ching"), None);
    }

    #[test]
    fn chinese_names_in_russian_ukrainian_and_hungarian() {
        let f = forms("Ding Xuexiang");
        for want in ["Дин Сюэсян", "Дін Сюесян", "Ting Hszüe-hsziang"] {
            assert!(f.iter().any(|n| n == want), "{want}: {f:?}");
        }
        let f = forms("Wang Yi");
        for want in ["Ван И", "Ван І", "Vang Ji"] {
            assert!(f.iter().any(|n| n == want), "{want}: {f:?}");
        }
        let f = forms("Xi Jinping");
        for want in ["Си Цзиньпин", "Сі Цзіньпін", "Hszi Csin-ping"] {
            assert!(f.iter().any(|n| n == want), "{want}: {f:?}");
        }
        let f = forms("Li Keqiang");
        assert!(f.iter().any(|n| n == "Ли Кэцян"), "{f:?}");
        assert!(f.iter().any(|n| n == "Li Kö-csiang"), "{f:?}");
        assert!(forms("Zhao Leji").iter().any(|n| n == "Чжао Лэцзи"));
        assert!(forms("Mao Zedong").iter().any(|n| n == "Mao Ce-tung"));
    }

    #[test]
    fn chinese_names_in_czech() {
        for (name, want) in [
            ("Wen Jiabao", "Wen Ťia-pao"),
            ("Hua Chunying", "Chua Čchun-jing"),
            ("Wang Yi", "Wang I"),
            ("Xi Jinping", "Si Ťin-pching"),
            ("Li Keqiang", "Li Kche-čchiang"),
            ("Deng Xiaoping", "Teng Siao-pching"),
            ("Hu Jintao", "Chu Ťin-tchao"),
        ] {
            let f = forms(name);
            assert!(f.iter().any(|n| n == want), "{want}: {f:?}");
        }
    }

    #[test]
    fn korean_names_too() {
        assert!(forms("Park Geun-hye").iter().any(|n| n == "Пак Кын-хе"));
        // Two syllables that read as Pinyin and as Korean: both.
        let f = forms("Han Kang");
        for want in ["Хань Кан", "Хан Ган"] {
            assert!(f.iter().any(|n| n == want), "{want}: {f:?}");
        }
    }

    #[test]
    fn japanese_names_in_russian_ukrainian_and_hungarian() {
        let f = forms("Shinjiro Koizumi");
        for want in ["Синдзиро Коидзуми", "Sindzsiro Koizumi"] {
            assert!(f.iter().any(|n| n == want), "{want}: {f:?}");
        }
        let f = forms("Sanae Takaichi");
        for want in ["Санаэ Такаити", "Szanae Takaicsi"] {
            assert!(f.iter().any(|n| n == want), "{want}: {f:?}");
        }
        let f = forms("Shohei Ohtani");
        for want in ["Сёхэй Отани", "Sohei Otani"] {
            assert!(f.iter().any(|n| n == want), "{want}: {f:?}");
        }
        let f = forms("Hayao Miyazaki");
        for want in ["Хаяо Миядзаки", "Hajao Mijazaki"] {
            assert!(f.iter().any(|n| n == want), "{want}: {f:?}");
        }
        assert!(forms("Kei Nishikori").iter().any(|n| n == "Кэй Нисикори"));
        assert!(forms("Yoshihide Suga")
            .iter()
            .any(|n| n == "Josihide Szuga"));
        assert!(forms("Keisuke Honda").iter().any(|n| n == "Кэйсукэ Хонда"));
        assert!(forms("Masahiro Tanaka")
            .iter()
            .any(|n| n == "Maszahiro Tanaka"));
        assert!(forms("Kaori Inoue").iter().any(|n| n == "Каори Иноуэ"));
        assert!(forms("Shinjirō Koizumi")
            .iter()
            .any(|n| n == "Синдзиро Коидзуми"));
        assert!(forms("Kiyoshi Hattori")
            .iter()
            .any(|n| n == "Kijosi Hattori"));
    }

    #[test]
    fn western_names_and_others_get_none() {
        for name in [
            "Angela Merkel",
            "Olaf Scholz",
            "Emmanuel Macron",
            "Jannik Sinner",
            "Sam Altman",
            "Ding",
            "Lai Ching-te",
            "Xi J. Ping",
            "Maria Dolores Cospedal",
            "Ван И",
        ] {
            assert!(forms(name).is_empty(), "{name}: {:?}", forms(name));
        }
        let org: Entity =
            serde_json::from_str(r#"{"id":"o","name":"Wang Yi","kind":"organization"}"#).unwrap();
        assert!(press_forms(&org).is_empty());
    }
}
