//! Case forms of places' names in the Latin-script languages that decline them
//! (`w Berlinie`, `v Praze`, `u Zagrebu`, `Helsingistä`, `Berlinben`, `Vilniuje`,
//! `Londrei`, `Berlins`): the base forms a capitalised word that is no name may have
//! as a place's name with a case ending, and the evidence the text must give.
//!
//! The linker's person endings ([`crate::inflect`]) are looked up among persons' name
//! words only; a place takes other endings (locative, the local cases), with stem
//! alternations of its own (`Praha` → `Praze`, `Helsinki` → `Helsingissä`). The rules
//! here are closed lists per language, from these references:
//!
//! * Polish: *Wielki słownik poprawnej polszczyzny PWN* and the Rada Języka Polskiego
//!   on the declension of place names: masculine genitive `-a`/`-u`, locative `-e`
//!   softening the consonant (`Berlin` → `Berlinie`, `Praga` → `Pradze`, `Ameryka` →
//!   `Ameryce`), instrumental `-em`; feminine `-a` names: genitive `-y`/`-i`.
//! * Czech: Internetová jazyková příručka ÚJČ AV ČR (paradigms *hrad*, *stroj*,
//!   *žena*, *město*): `z Berlína`, `v Berlíně`, `Praha` → `Prahy`, `v Praze`,
//!   `Německo` → `v Německu`. Slovak: *Pravidlá slovenského pravopisu* (the same
//!   paradigms, locative `-e`: `v Bratislave`, `v Prahe`).
//! * Croatian, Serbian (Latin), Slovene: *Hrvatski pravopis* (Institut za hrvatski
//!   jezik), *Pravopis srpskoga jezika*, *Slovenski pravopis*: masculine genitive
//!   `-a`, dative-locative `-u` (`u Zagrebu`), instrumental `-om`/`-em`; feminine
//!   `-a`: genitive `-e`, dative-locative `-i` with `k` → `c` (`Rijeka` → `Rijeci`,
//!   `Ljubljana` → `v Ljubljani`).
//! * Finnish: *Iso suomen kielioppi* (VISK § 41–§ 63 on consonant gradation, § 1236
//!   on the local cases) and Kotus's guidance on foreign place names: the local cases
//!   `-ssa -sta -lla -lta -lle` and the illative `-Vn` on the vowel stem, with a
//!   linking `-i-` after a consonant (`Madridissa`), the weak grade of the stem in a
//!   closed syllable (`Helsinki` → `Helsingissä`, `Turku` → `Turussa`, `Lahti` →
//!   `Lahdessa`) and `-e` stems with a long vowel (`Tampere` → `Tampereella`).
//! * Hungarian: *A magyar helyesírás szabályai* (AkH 12, §§ 215–217): case suffixes
//!   attached directly, in the back or front form by vowel harmony (`Londonban`,
//!   `Berlinben`, `Budapesten`, `Moszkvában` with the lengthened final vowel).
//! * Lithuanian: VLKK (the *Dabartinės lietuvių kalbos gramatika* paradigms):
//!   `Kaunas` → `Kauno`, `Kaune`; `Vilnius` → `Vilniaus`, `Vilniuje`; `Ryga` →
//!   `Rygos`, `Rygoje`. Latvian: genitive `-s` of feminine `-a`/`-e` names (`Rīgas`;
//!   the locative `Rīgā` folds to the nominative).
//! * Romanian: *DOOM3* and the Academy's grammar (GALR) on the enclitic article:
//!   `Berlinul`, `Parisului`, feminine genitive `Londrei`, `Romei`.
//! * German: Duden on the genitive of place names without an article (`Berlins`,
//!   `Münchens`; none after a sibilant).
//! * Swedish, Danish, Norwegian: *Svenska Akademiens grammatik*, Dansk Sprognævn
//!   and Språkrådet on the genitive `-s` of names (`Göteborgs`, `Københavns`,
//!   `Oslos`; none after a sibilant).
//!
//! Turkish writes its suffixes after an apostrophe (`Londra'da`), which the tokenizer
//! already cuts off; Greek places are declined by [`crate::inflect`]; Cyrillic ones by
//! the linker's own declension.
//!
//! **Evidence.** Every ending says which evidence the word needs
//! ([`Evidence`]): the Slavic case endings (`-a`, `-u`, `-e`) are also the ends of
//! a great many words and names, so they need a preposition of their language right
//! before (`w`, `z`, `do`, `v`, `u`, `iz`); the local cases of Finnish, Hungarian,
//! Lithuanian, Latvian and the Romanian article are endings that only such a case
//! writes, which name a large place (not a town) alone; the German genitive only in a
//! German text. None is read in a text of a language that does not decline (English,
//! Spanish, French, Italian, Portuguese, Dutch: `Cuban`, `Romans` are no cases), and a
//! town's form without its evidence waits for the town named elsewhere in the
//! document. Stems keep at least four letters (three when the ending replaced a
//! letter: `Praze` of `Praha`).

/// What a case form needs from the text to name the place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Evidence {
    /// A preposition of one of the ending's languages right before the word
    /// ([`is_case_preposition`]): Slavic cases whose endings many other words have.
    Preposition,
    /// None for a large place (a country, a capital, a city of a million): a local
    /// case or an article only a place's name takes in its language.
    Local,
    /// The German genitive `-s` (`Berlins`): a large place in a German text.
    GermanGenitive,
    /// The Scandinavian genitive `-s` (`Göteborgs universitet`, `Københavns`,
    /// `Oslos`): a large place in a text of those languages ([`SV`]).
    Genitive,
}

/// Languages, as bits (for the prepositions).
pub(crate) const PL: u16 = 1 << 0;
pub(crate) const CS: u16 = 1 << 1;
pub(crate) const SK: u16 = 1 << 2;
pub(crate) const HR: u16 = 1 << 3; // Croatian, Serbian (Latin), Bosnian
pub(crate) const SL: u16 = 1 << 4;
pub(crate) const FI: u16 = 1 << 5;
pub(crate) const HU: u16 = 1 << 6;
pub(crate) const LT: u16 = 1 << 7;
pub(crate) const LV: u16 = 1 << 8;
pub(crate) const RO: u16 = 1 << 9;
pub(crate) const DE: u16 = 1 << 10;
pub(crate) const ET: u16 = 1 << 11;
/// Swedish, Danish and Norwegian: one here, as their genitive is one (*Svenska
/// Akademiens grammatik*, Dansk Sprognævn, Språkrådet: the `-s` added to the name,
/// none after `s`, `x`, `z`).
pub(crate) const SV: u16 = 1 << 12;

/// Hungarian vowel harmony of a suffix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Harmony {
    /// Not Hungarian, or no harmony.
    None,
    /// A Hungarian suffix whose vowel (as written) must agree with the stem's.
    Hungarian,
}

/// What the stem must end with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stem {
    Any,
    Consonant,
    Vowel,
    /// A consonant, then `k` (`hrvatsk-`, `hrvašk-`, `njemačk-`, `grčk-`): the stem
    /// of a South Slavic name that is an adjective (`Hrvatska`, `Hrvaška`,
    /// `Njemačka`), declined as one.
    Adjectival,
}

/// One case ending of a place's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PlaceEnding {
    /// The ending as folded text writes it (`ie`, `ssa`, `ban`).
    pub ending: &'static str,
    /// What the nominative has in its place (`ha` for `Praze` → `Praha`).
    pub restore: &'static str,
    /// The languages whose rule it is ([`PL`], ...).
    pub languages: u16,
    /// The evidence the word needs.
    pub evidence: Evidence,
    harmony: Harmony,
    stem: Stem,
    /// Finnish: the stem may be in the weak grade ([`strong_grades`]).
    gradation: bool,
    /// A West Slavic locative (`-e`, `-ě`, `-ie`), before which a velar stem
    /// alternates (`Praha` → `Praze`, `Ameryka` → `Ameryce`) or takes `-u` instead
    /// (`v Německu`, `w Hamburgu`): never right after `k`, `g` or `h` (nor `ch`).
    /// ÚJČ's *Internetová jazyková příručka* (paradigms *hrad*, *město*, *žena*:
    /// locative `-u` after velars, `-e` with the consonant changed), the PWN grammar
    /// for Polish (*Gramatyka współczesnego języka polskiego*, the locative in `-e`
    /// with alternation, `-u` after `k`, `g`, `ch`).
    not_after_velar: bool,
    /// The letters one of which must write the ending's last letter in the text
    /// (empty: any that [`spelled_as_ending`] allows): the Latvian locative's long
    /// `ā` (`Kijivā`), the Lithuanian accusative's `ą`.
    written: &'static str,
    /// The letters one of which the text must write right before the ending (empty:
    /// any): the Czech and Slovak soft stems' locative `-i` (`v Paříži`, `ve Vídni`,
    /// `v Budapešti`), which a hard stem never takes.
    after: &'static str,
}

const fn p(ending: &'static str, restore: &'static str, languages: u16, stem: Stem) -> PlaceEnding {
    PlaceEnding {
        ending,
        restore,
        languages,
        evidence: Evidence::Preposition,
        harmony: Harmony::None,
        stem,
        gradation: false,
        not_after_velar: false,
        written: "",
        after: "",
    }
}

/// A West Slavic locative ([`PlaceEnding::not_after_velar`]).
const fn loc(ending: &'static str, restore: &'static str, languages: u16) -> PlaceEnding {
    PlaceEnding {
        not_after_velar: true,
        ..p(ending, restore, languages, Consonant)
    }
}

const fn l(ending: &'static str, restore: &'static str, languages: u16, stem: Stem) -> PlaceEnding {
    PlaceEnding {
        ending,
        restore,
        languages,
        evidence: Evidence::Local,
        harmony: Harmony::None,
        stem,
        gradation: false,
        not_after_velar: false,
        written: "",
        after: "",
    }
}

/// An ending whose last letter the text must write with one of `written`
/// ([`PlaceEnding::written`]).
const fn w(e: PlaceEnding, written: &'static str) -> PlaceEnding {
    PlaceEnding { written, ..e }
}

/// An ending that the text must write after one of the letters `after`
/// ([`PlaceEnding::after`]).
const fn after(e: PlaceEnding, after: &'static str) -> PlaceEnding {
    PlaceEnding { after, ..e }
}

/// A Finnish local case (with gradation of the stem).
const fn fi(ending: &'static str, stem: Stem) -> PlaceEnding {
    PlaceEnding {
        ending,
        restore: "",
        languages: FI,
        evidence: Evidence::Local,
        harmony: Harmony::None,
        stem,
        gradation: true,
        not_after_velar: false,
        written: "",
        after: "",
    }
}

/// An Estonian local case, on the genitive's vowel stem (the name, or the name
/// with the genitive's `-i`, `-a` added: `Pariisi`, `Tallinna`).
const fn et(ending: &'static str) -> PlaceEnding {
    PlaceEnding {
        ending,
        restore: "",
        languages: ET,
        evidence: Evidence::Local,
        harmony: Harmony::None,
        stem: Vowel,
        gradation: false,
        not_after_velar: false,
        written: "",
        after: "",
    }
}

/// A Hungarian case suffix (with vowel harmony).
const fn hu(ending: &'static str, stem: Stem) -> PlaceEnding {
    PlaceEnding {
        ending,
        restore: "",
        languages: HU,
        evidence: Evidence::Local,
        harmony: Harmony::Hungarian,
        stem,
        gradation: false,
        not_after_velar: false,
        written: "",
        after: "",
    }
}

use Stem::{Adjectival, Any, Consonant, Vowel};

const SLAVIC: u16 = PL | CS | SK | HR | SL;

/// The endings, as folded text writes them. The index of an ending is what the
/// linker remembers of a word ([`ending`]).
static ENDINGS: &[PlaceEnding] = &[
    // Masculine consonant stems: genitive `-a` (pl cs sk hr sl: Berlina, Zagreba),
    // genitive/locative `-u` (Gdańsku, Londynu, u Zagrebu), Polish locative `-ie`
    // (Berlinie, Londynie) and `-iu` after a soft consonant (Wrocławiu, Poznaniu),
    // Czech/Slovak locative `-e` (Berlíně, Londýne), instrumental `-em`/`-om`.
    p("a", "", SLAVIC, Consonant),
    p("u", "", SLAVIC, Consonant),
    // (Latvian writes it on a foreign name it gives a feminine `-a`, `Kijiva` of
    // `Kijiv`: `ar Kijivu`; see below.)
    p("u", "", LV, Consonant),
    loc("ie", "", PL),
    p("iu", "", PL, Consonant),
    // ... and the genitive and instrumental of such a soft stem (Wrocławia,
    // Poznania; Wrocławiem).
    p("ia", "", PL, Consonant),
    p("iem", "", PL, Consonant),
    loc("e", "", CS | SK),
    p("em", "", PL | CS | HR, Consonant),
    p("om", "", SK | HR | SL, Consonant),
    // Names in the plural (Czech `Helsinky`, Polish `Helsinki`, `Ateny`): the locative
    // plural (`v Helsinkách`, `w Helsinkach`, Slovene `v Helsinkih`).
    p("ach", "y", CS | SK | PL, Consonant),
    p("ach", "i", PL | SK, Consonant),
    p("ih", "i", SL, Consonant),
    // ... and the masculine locative plural (ÚJČ, paradigm *hrad*: `Karpaty`, `v
    // Karpatech`; *Pravidlá slovenského pravopisu*, paradigm *dub*: `v Karpatoch`),
    // and the Slovene feminine one (*Slovenski pravopis*: `Alpe`, `v Alpah`).
    p("ech", "y", CS, Consonant),
    p("och", "y", SK, Consonant),
    p("ah", "e", SL, Consonant),
    // Croatian and Serbian names in `-i` keep it before a `-j-` (*Hrvatski pravopis*:
    // `Helsinki`, `Helsinkija`, `u Helsinkiju`, `Helsinkijem`).
    p("ija", "i", HR, Consonant),
    p("iju", "i", HR, Consonant),
    p("ijem", "i", HR, Consonant),
    // Feminine names in `-a` (Warszawa, Praha, Bratislava, Rijeka, Ljubljana):
    // genitive `-y`/`-i`/`-e`, dative-locative `-ie`/`-e`/`-i`, accusative `-u`.
    p("y", "a", PL | CS | SK, Consonant),
    p("i", "a", PL | HR | SL, Consonant),
    // (Czech and Slovak dative-locative; the Croatian and Slovene genitive, which
    // keeps a velar: `Rijeke`. Slovak keeps the velar before the locative's `-e`
    // too: *Pravidlá slovenského pravopisu*, paradigm *žena*: `v Prahe`, `v
    // Afrike`, `v Rige`, where Czech writes `v Praze`, `v Africe`, `v Rize`.)
    loc("e", "a", CS),
    p("e", "a", SK, Consonant),
    p("e", "a", HR | SL, Consonant),
    loc("ie", "a", PL),
    p("u", "a", SLAVIC, Consonant),
    // ... with the consonant alternations before the locative `-e`: Polish Pradze
    // (Praga), Ameryce (Ameryka), Czech Praze (Praha), Americe (Amerika), Croatian
    // Rijeci (Rijeka).
    p("dze", "ga", PL, Any),
    p("ce", "ka", PL | CS | SK, Any),
    p("ze", "ha", CS, Any),
    // (Czech `g` → `z` too: Riga: v Rize; Olga: Olze. ÚJČ, paradigm *žena*.)
    p("ze", "ga", CS, Any),
    p("ci", "ka", HR | SL, Any),
    // ... and the Polish locative's other softenings (PWN): `r` → `rz` (Katar: w
    // Katarze; Sumatra: na Sumatrze), `t` → `ci` (Kuwejt: w Kuwejcie; Malta: na
    // Malcie), `d` → `dzi` (Bagdad: w Bagdadzie; Kanada: w Kanadzie).
    p("rze", "r", PL, Any),
    p("rze", "ra", PL, Any),
    p("cie", "t", PL, Any),
    p("cie", "ta", PL, Any),
    p("dzie", "d", PL, Any),
    p("dzie", "da", PL, Any),
    // The Polish locative plural `-ech` of names in the plural, with the same
    // softenings (PWN: Węgry: na Węgrzech; Niemcy: w Niemczech; Włochy: we
    // Włoszech).
    p("rzech", "ry", PL, Any),
    p("czech", "cy", PL, Any),
    p("szech", "chy", PL, Any),
    // Czech and Slovak soft stems (ÚJČ, paradigms *kost*, *píseň*; Slovak *dlaň*,
    // *kosť*): the locative (and Czech genitive) `-i` after a soft consonant, which
    // the text writes with its caron or, before `-i`, as plain `d`, `t`, `n` (`v
    // Paříži`, `ve Vídni` of `Vídeň`, `v Budapešti` of `Budapešť`, Slovak `v
    // Bruseli` of `Brusel`). Not after `j` (paradigm *stroj*: `v Dubaji`): `na
    // Dunaji` is the Danube's, while `Dunaj`, Vienna in Slovene, is a name of the
    // built-in data that holds no name's language. (And after `v`: the feminine
    // soft stems in `-slav`, `-clav` of the same paradigm, ÚJČ: `Břeclav`, `v
    // Břeclavi`; `Mladá Boleslav`, `v Mladé Boleslavi`; `Vratislav`, Wrocław, `ve
    // Vratislavi`; a hard stem takes `-ě` there, `Kyjev`, `v Kyjevě`.)
    after(p("i", "", CS | SK, Consonant), "žščřcďťňľdtnlv"),
    // ... and the locative plural of names in `-ice` (Czech `v Pardubicích`,
    // Slovak `v Košiciach` of `Košice`).
    after(p("ich", "e", CS, Consonant), "c"),
    after(p("iach", "e", SK, Consonant), "c"),
    // Feminine names in `-ia` (Polish Finlandia, Hiszpania: Finlandii; Slovak
    // Británia: v Británii) and Czech ones in `-ie` (Itálie: v Itálii).
    p("ii", "ia", PL | SK, Consonant),
    p("ii", "ie", CS, Consonant),
    // The Slovene accusative of a feminine name (Madžarska: na Madžarsko, v Ljubljano).
    p("o", "a", SL, Consonant),
    // Names that are adjectives (*Hrvatski pravopis*, *Slovenski pravopis*: the
    // definite adjective's feminine): Croatian `Hrvatska`, `Njemačka`: dative-
    // locative `u Hrvatskoj`, instrumental `s Njemačkom`; Slovene `Hrvaška`:
    // locative `na Hrvaškem` (the genitive `-e` and the Slovene accusative `-o` are
    // above).
    p("oj", "a", HR, Adjectival),
    p("om", "a", HR, Adjectival),
    p("em", "a", SL, Adjectival),
    // Neuter names in `-o` (Německo, Slovensko, Kosowo): genitive `-a`, locative
    // `-u`.
    p("a", "o", PL | CS | SK | HR | SL, Consonant),
    p("u", "o", PL | CS | SK | HR | SL, Consonant),
    // Polish neuter names in `-e` after a soft or hardened consonant (PWN, the
    // neuter declension: `Pomorze`, `na Pomorzu`, `z Pomorza`; `Zagłębie`, `w
    // Zagłębiu`): genitive `-a`, locative `-u`.
    p("a", "e", PL, Consonant),
    p("u", "e", PL, Consonant),
    // ... and their locative `-ě`/`-e` (Brno: v Brně; Slovak Trnava aside) and the
    // Polish `-ie` (Kosowo: w Kosowie).
    loc("e", "o", CS | SK | SL),
    loc("ie", "o", PL),
    // Lithuanian: `-as` names (Kaunas: Kauno, Kaune), `-us` (Vilnius: Vilniaus,
    // Vilniuje), `-ys` (Panevėžys: Panevėžyje), `-a` (Ryga: Rygos, Rygoje).
    l("o", "as", LT, Consonant),
    l("e", "as", LT, Consonant),
    l("aus", "us", LT, Any),
    l("uje", "us", LT, Any),
    l("io", "ys", LT, Any),
    l("yje", "ys", LT, Any),
    // ... `-is` (Helsinkis: Helsinkio, Helsinkyje).
    l("io", "is", LT, Any),
    l("yje", "is", LT, Any),
    l("os", "a", LT, Consonant),
    l("oje", "a", LT, Consonant),
    // ... `-ė` (Briugė for Bruges: Briugės, Briugėje; the `ė` folds to `e`).
    l("es", "e", LT, Consonant),
    l("eje", "e", LT, Consonant),
    // A foreign name that ends in a consonant takes the `-as` paradigm (VLKK's
    // rules for foreign place names: `Kyjiv` → `Kyjivas`, `Kyjive`, `Kyjivo`), with
    // no `-as` among the names the data gives it.
    l("e", "", LT, Consonant),
    l("o", "", LT, Consonant),
    // Latvian genitive of a feminine name (Rīgas, Jelgavas, Liepājas, Berlīnes).
    l("s", "", LV, Vowel),
    // ... its accusative after a preposition (Ungārija: uz Ungāriju; the Slavic
    // locative writes the same letters), and the locative of a name in the plural
    // (Helsinki: Helsinkos).
    p("u", "a", LV, Consonant),
    l("os", "i", LV, Consonant),
    // A foreign name that ends in a consonant is given a feminine `-a` (Valsts
    // valodas centrs on foreign place names; *Latviešu valodas gramatika*, LU LVI
    // 2013, the 4th declension: `Kijiv` → `Kijiva`), with no `-a` among the names
    // the data gives it: its locative `Kijivā` (written with the long `ā`, which
    // only the locative ends a name with), its genitive `Kijivas`, and the
    // accusative after a preposition above.
    w(l("a", "", LV, Consonant), "ā"),
    l("as", "", LV, Consonant),
    // Romanian enclitic article (Berlinul, Parisului, Bucureștiului) and the feminine genitive
    // (Londrei, Romei).
    l("ul", "", RO, Consonant),
    l("ului", "", RO, Any),
    // (Also of names in `-ia`: Ungaria, Ungariei.)
    l("ei", "a", RO, Any),
    // (A name in `-u` takes the article's `-lui` directly: Chișinău: Chișinăului.)
    after(l("lui", "", RO, Vowel), "uU"),
    // Finnish local cases, on a vowel stem or with the linking -i- after a
    // consonant (Pariisissa, Madridissa), and the illative (Helsinkiin, handled in
    // code: the stem's last vowel doubled, then `-n`).
    fi("ssa", Vowel),
    fi("sta", Vowel),
    fi("lla", Vowel),
    fi("lta", Vowel),
    fi("lle", Vowel),
    fi("issa", Consonant),
    fi("ista", Consonant),
    fi("illa", Consonant),
    fi("ilta", Consonant),
    fi("ille", Consonant),
    // ... and the illative of such a stem: the linking `-i-` lengthened, then `-n`
    // (VISK § 1236; Kotus: `Madridiin`, `Göteborgiin`).
    fi("iin", Consonant),
    // ... and the genitive (Unkarin, Qatarin, Helsingin, Suomen).
    fi("n", Vowel),
    fi("in", Consonant),
    // Hungarian: inessive, illative, elative, sublative, delative, superessive,
    // adessive, allative, ablative, terminative.
    hu("ban", Any),
    hu("ben", Any),
    hu("ba", Any),
    hu("be", Any),
    hu("bol", Any),
    hu("ra", Any),
    hu("re", Any),
    hu("rol", Any),
    // ... the old locative `-ott`, `-ett`, `-ött` that the names of some Hungarian
    // towns keep (`Pécsett`, `Győrött`, `Vácott`, `Kaposvárott`; *A magyar helyesírás
    // szabályai* and the grammars list it beside the inessive for these towns): on a
    // consonant only, the stem exactly the town's name.
    hu("ott", Consonant),
    hu("ett", Consonant),
    hu("on", Consonant),
    hu("en", Consonant),
    // (After a vowel the superessive is `-n` alone, the stem's final `a`, `e`
    // lengthened: `Tisza`, `a Tiszán`; `Firenze`, `Firenzén`. AkH 12, § 217.)
    after(hu("n", Vowel), "áé"),
    hu("nal", Any),
    hu("nel", Any),
    hu("hoz", Any),
    hu("hez", Any),
    hu("tol", Any),
    hu("ig", Any),
    // ... dative and accusative (AkH 12, § 215: `-t` alone after a vowel and after
    // most consonants, with a linking vowel after others: Berlint, Magyarországot).
    hu("nak", Any),
    hu("nek", Any),
    hu("t", Any),
    hu("ot", Consonant),
    hu("et", Consonant),
    hu("at", Consonant),
    // German genitive without an article.
    PlaceEnding {
        ending: "s",
        restore: "",
        languages: DE,
        evidence: Evidence::GermanGenitive,
        harmony: Harmony::None,
        stem: Any,
        gradation: false,
        not_after_velar: false,
        written: "",
        after: "",
    },
    // The Scandinavian genitive, after the German one (`Göteborgs`, `Københavns`).
    PlaceEnding {
        ending: "s",
        restore: "",
        languages: SV,
        evidence: Evidence::Genitive,
        harmony: Harmony::None,
        stem: Any,
        gradation: false,
        not_after_velar: false,
        written: "",
        after: "",
    },
    // Estonian, after the German genitive, which a German text reads first (`Perus`:
    // [`place_case`]'s first reading that needs no preposition wins). *Eesti keele
    // käsiraamat* (EKI) on the cases; *Eesti õigekeelsus-
    // sõnaraamat* on foreign place names: the local cases, terminative, essive,
    // translative and comitative, on the genitive's stem, which ends in a vowel
    // (`Tallinn`, `Tallinna`: `Tallinnas`, `Tallinnast`, `Tallinnasse`; `Soome`:
    // `Soomes`; `Pariis`, `Pariisi`: `Pariisis`; `Saksamaa`: `Saksamaal`).
    et("s"),
    et("st"),
    et("sse"),
    et("l"),
    et("lt"),
    et("le"),
    et("ni"),
    et("na"),
    et("ks"),
    et("ga"),
];

impl PlaceEnding {
    /// True for a local case that says where (in, into, from, on, to a place) in a
    /// language whose press writes no preposition before a place's name (the case
    /// ending is the preposition): the Hungarian inessive, illative, elative,
    /// superessive, sublative and delative (`Debrecenben`, `Debrecenbe`,
    /// `Debrecenből`, `Szegeden`, `Szegedre`; AkH 12, § 217), every Finnish local
    /// case and the illative (`Tampereella`, `Oulussa`, `Turkuun`; VISK § 1236),
    /// the Estonian inessive, elative and illative (`Tartus`, `Tartust`,
    /// `Tartusse`; EKI), the Lithuanian locative (`Kaune`, `Šiauliuose` aside:
    /// `Klaipėdoje`, `Panevėžyje`) and the Latvian locative written with its long
    /// `ā` (`Jelgavā` of a foreign name's `-a`). Not the genitives, datives and
    /// accusatives, nor the cases a person takes as often (Hungarian `-nál`, `-hoz`,
    /// `-tól`, with, to and from someone), nor the Romanian article: a town's name
    /// in one of these cases is the town ([`super::Rule::TownCase`]).
    pub(crate) fn says_where(&self) -> bool {
        if self.evidence != Evidence::Local {
            return false;
        }
        match self.languages {
            HU => matches!(
                self.ending,
                "ban"
                    | "ben"
                    | "ba"
                    | "be"
                    | "bol"
                    | "on"
                    | "en"
                    | "n"
                    | "ra"
                    | "re"
                    | "rol"
                    | "ott"
                    | "ett"
            ),
            FI => !self.finnish_genitive(),
            ET => matches!(self.ending, "s" | "st" | "sse"),
            LT => matches!(self.ending, "e" | "uje" | "yje" | "oje" | "eje"),
            LV => !self.written.is_empty(),
            _ => false,
        }
    }

    /// True for the Finnish genitive (`-n`, `-in`), which names what follows it: a
    /// capitalised word after it makes the two one name (`Helsingin Sanomat`).
    pub(crate) fn finnish_genitive(&self) -> bool {
        self.languages == FI && matches!(self.ending, "n" | "in")
    }
}

/// The Finnish illative (`Helsinkiin`, `Turkuun`, `Lontooseen`): its own rule, since
/// its vowel is the stem's.
static ILLATIVE: PlaceEnding = fi("Vn", Vowel);

/// Index of [`ILLATIVE`] among the endings ([`ending`]).
const ILLATIVE_INDEX: u8 = u8::MAX;

/// The Polish genitive of a name in the plural (`z Węgier`): its own rule, since it
/// has no ending.
static GENITIVE_PLURAL: PlaceEnding = p("", "y", PL, Any);

/// Index of [`GENITIVE_PLURAL`] among the endings ([`ending`]).
const GENITIVE_PLURAL_INDEX: u8 = u8::MAX - 1;

/// The ending of index `i` (as given to [`for_each_base`]'s callback).
pub(crate) fn ending(i: u8) -> &'static PlaceEnding {
    if i == ILLATIVE_INDEX {
        &ILLATIVE
    } else if i == GENITIVE_PLURAL_INDEX {
        &GENITIVE_PLURAL
    } else {
        &ENDINGS[i as usize]
    }
}

/// Fewest letters of a stem without a restored letter.
const MIN_STEM: usize = 4;

/// The indexes in [`ENDINGS`] of the endings whose last byte is `last` or that are
/// empty, in the list's order; worked out once.
fn endings_ending_in(last: u8) -> &'static [u8] {
    static BY_LAST: std::sync::OnceLock<Vec<Vec<u8>>> = std::sync::OnceLock::new();
    let table = BY_LAST.get_or_init(|| {
        let mut table = vec![Vec::new(); 256];
        for (i, e) in ENDINGS.iter().enumerate() {
            let i = u8::try_from(i).expect("ending indexes fit a byte");
            match e.ending.as_bytes().last() {
                Some(&b) => table[usize::from(b)].push(i),
                None => table.iter_mut().for_each(|bucket| bucket.push(i)),
            }
        }
        table
    });
    &table[usize::from(last)]
}

/// True when `folded`, read with the ending `e`, leaves a stem shorter than
/// [`MIN_STEM`] (`Rimu`, `Beču`: three letters): a case form the linker takes only
/// for a large place after its preposition.
pub(crate) fn short_stem(folded: &str, e: &PlaceEnding) -> bool {
    e.restore.is_empty() && folded.len() < MIN_STEM + e.ending.len()
}

/// Calls `f` with each base form (folded) that `folded`, a capitalised word written
/// `original`, may have as a place's name with a case ending, and the index of the
/// ending ([`ending`]), until `f` breaks. Only lowercase ASCII words of four letters
/// or more (`z Brna`: three of the stem and the nominative's `-o`).
pub(crate) fn for_each_base<B>(
    folded: &str,
    original: &str,
    f: &mut dyn FnMut(&str, u8) -> std::ops::ControlFlow<B>,
) -> Option<B> {
    if folded.len() < MIN_STEM || !folded.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    let last = folded.as_bytes()[folded.len() - 1];
    let mut buf = String::with_capacity(folded.len() + 3);
    // (Only the endings that end in the word's last byte, in the list's order: most
    // end otherwise, and `strip_suffix` is a call to `memcmp`.)
    for &i in endings_ending_in(last) {
        let e = &ENDINGS[usize::from(i)];
        let Some(stem) = folded.strip_suffix(e.ending) else {
            continue;
        };
        // (Three letters for a Slavic case after a preposition, `u Rimu`, `u Beču`,
        // which the linker takes for a large place only, [`short_stem`]; two when
        // the ending replaced a consonant and a vowel, `w Rydze` of `Ryga`.)
        let long = if e.restore.is_empty() {
            stem.len() >= MIN_STEM
                || (stem.len() == MIN_STEM - 1 && e.evidence == Evidence::Preposition)
        } else {
            stem.len() >= 4 - e.restore.len().min(2) && stem.len() + e.restore.len() >= MIN_STEM
        };
        if !long || !fits(stem, e.stem) {
            continue;
        }
        if e.not_after_velar && matches!(stem.as_bytes()[stem.len() - 1], b'k' | b'g' | b'h') {
            continue;
        }
        if e.harmony == Harmony::Hungarian && !harmonic(original, e.ending.len()) {
            continue;
        }
        if !spelled_as_ending(original, e) {
            continue;
        }
        if !e.after.is_empty()
            && !original
                .chars()
                .rev()
                .nth(e.ending.len())
                .and_then(|c| c.to_lowercase().next())
                .is_some_and(|c| e.after.contains(c))
        {
            continue;
        }
        if !e.written.is_empty()
            && !original
                .chars()
                .next_back()
                .and_then(|c| c.to_lowercase().next())
                .is_some_and(|c| e.written.contains(c))
        {
            continue;
        }
        // (German and Scandinavian: no `-s` after a sibilant; Latvian: only after
        // `-a`/`-e`.)
        if e.languages & (DE | SV) != 0
            && e.ending == "s"
            && matches!(stem.as_bytes()[stem.len() - 1], b's' | b'x' | b'z')
        {
            continue;
        }
        // (Latvian writes the genitive `-as`, `-es` with a short vowel: `-ās` is a
        // locative plural, `sarunās`.)
        if e.languages == LV
            && e.ending == "s"
            && (!matches!(stem.as_bytes()[stem.len() - 1], b'a' | b'e')
                || !original.ends_with("as") && !original.ends_with("es"))
        {
            continue;
        }
        buf.clear();
        buf.push_str(stem);
        buf.push_str(e.restore);
        if let std::ops::ControlFlow::Break(b) = f(&buf, i) {
            return Some(b);
        }
        // A Slavic stem's fleeting `e` (Czech and Polish *e vkladné* / *e ruchome*:
        // `Vídeň`, `z Vídně`; `Wiedeń`, `do Wiednia`): a case ending added to a stem
        // that ends in two consonants may have taken the `e` between them away.
        if e.evidence == Evidence::Preposition && e.restore.is_empty() && e.languages & SLAVIC != 0
        {
            let s = stem.as_bytes();
            let n = s.len();
            if !is_vowel(s[n - 1]) && !is_vowel(s[n - 2]) && s[n - 1] != s[n - 2] {
                // (Croatian, Serbian and Bosnian lose an `a` so, *nepostojano a*:
                // `Kragujevac`, `u Kragujevcu`; `Sisak`, `u Sisku`.)
                let fleeting: &[char] = if e.languages & HR != 0 {
                    &['e', 'a']
                } else {
                    &['e']
                };
                for &v in fleeting {
                    buf.clear();
                    buf.push_str(&stem[..n - 1]);
                    buf.push(v);
                    buf.push_str(&stem[n - 1..]);
                    if let std::ops::ControlFlow::Break(b) = f(&buf, i) {
                        return Some(b);
                    }
                }
            }
        }
        if e.languages == ET {
            // (The genitive's vowel added to a name in a consonant: `Pariisi`,
            // `Londoni` of `Pariis`, `London`; `Tallinna` of `Tallinn`.)
            let s = stem.as_bytes();
            let n = s.len();
            if n > MIN_STEM && matches!(s[n - 1], b'i' | b'a') && !is_vowel(s[n - 2]) {
                if let std::ops::ControlFlow::Break(b) = f(&stem[..n - 1], i) {
                    return Some(b);
                }
            }
        }
        if e.languages == FI {
            // (A noun in `-i` whose stem ends in `-e-`, *Iso suomen kielioppi* § 1236 on
            // the stem types: `meri`, `meren`, `merellä`; `järvi`, `järvessä`: the
            // nouns that features' names end with, `Itämeri`, `Itämeren`; `Pohjanmeri`,
            // `Pohjanmerellä`.)
            let s = stem.as_bytes();
            let n = s.len();
            if n > MIN_STEM && s[n - 1] == b'e' && !is_vowel(s[n - 2]) {
                buf.clear();
                buf.push_str(&stem[..n - 1]);
                buf.push('i');
                if let std::ops::ControlFlow::Break(b) = f(&buf, i) {
                    return Some(b);
                }
            }
        }
        if e.gradation && e.stem == Consonant && stem.len() > MIN_STEM && stem.ends_with("nn") {
            // (A foreign name in `-nd`, which Finnish writes in `-nti` and declines
            // with the weak grade `nn` in a closed syllable: Kotus on foreign place
            // names; `Gotland`, `Gotlanti`, `Gotlannissa`, `Gotlannin`; `Holland`,
            // `Hollanti`, `Hollannissa`. The linking `-i-` of the ending is that `-i`.)
            buf.clear();
            buf.push_str(&stem[..stem.len() - 2]);
            buf.push_str("nd");
            if let std::ops::ControlFlow::Break(b) = f(&buf, i) {
                return Some(b);
            }
        }
        if e.gradation {
            for strong in strong_grades(stem) {
                if let std::ops::ControlFlow::Break(b) = f(&strong, i) {
                    return Some(b);
                }
            }
        }
    }
    // The Polish genitive of a name in the plural (PWN: Węgry: z Węgier; Niemcy: do
    // Niemiec; Włochy: z Włoch): no ending, with a fleeting `e` between the stem's
    // last two consonants.
    let b = folded.as_bytes();
    let n = b.len();
    if n > MIN_STEM && !is_vowel(b[n - 1]) {
        buf.clear();
        // (`-ie-` after a soft consonant: Węgier, Niemiec.)
        let cut = if b[n - 2] == b'e' && b[n - 3] == b'i' && !is_vowel(b[n - 4]) {
            Some(n - 3)
        } else if b[n - 2] == b'e' && !is_vowel(b[n - 3]) {
            Some(n - 2)
        } else {
            None
        };
        if let Some(cut) = cut {
            buf.push_str(&folded[..cut]);
            buf.push(b[n - 1] as char);
        } else {
            buf.push_str(folded);
        }
        buf.push('y');
        if let std::ops::ControlFlow::Break(x) = f(&buf, GENITIVE_PLURAL_INDEX) {
            return Some(x);
        }
    }
    // The Finnish illative: the stem's last vowel doubled, then `-n` (`Turkuun`,
    // `Helsinkiin`, `Osloon`), or `-seen` after a long vowel (`Lontooseen`).
    let b = folded.as_bytes();
    let n = b.len();
    if b[n - 1] == b'n' && n >= MIN_STEM + 2 {
        if let Some(stem) = folded.strip_suffix("seen") {
            let s = stem.as_bytes();
            if stem.len() >= MIN_STEM
                && s[s.len() - 1] == s[s.len() - 2]
                && is_vowel(s[s.len() - 1])
            {
                if let std::ops::ControlFlow::Break(x) = f(stem, ILLATIVE_INDEX) {
                    return Some(x);
                }
            }
        } else if b[n - 2] == b[n - 3] && is_vowel(b[n - 2]) {
            let stem = &folded[..n - 2];
            if let std::ops::ControlFlow::Break(x) = f(stem, ILLATIVE_INDEX) {
                return Some(x);
            }
        }
    }
    None
}

/// True when the last letters of `original` that fold to the ending `e` are written
/// as its languages write that ending: in plain letters, but for Czech `ě` (`v Brně`,
/// `v Berlíně`), the Czech and Slovak `á` of the plural (`v Athénách`), the Finnish front vowels (`Helsingissä`) and the Hungarian accented
/// vowels of the suffixes (`Párizsból`, `Bécsnél`). An accented vowel elsewhere is
/// another ending of another word: `České` (`-é`, an adjective's) is no case of
/// Slovene `Češka`, nor of Czech `Česko`.
fn spelled_as_ending(original: &str, e: &PlaceEnding) -> bool {
    let n = e.ending.len();
    let mut allowed = String::new();
    if e.languages & CS != 0 {
        allowed.push('ě');
    }
    if e.languages & (CS | SK) != 0 {
        // (The locative plural: `v Athénách`.)
        allowed.push('á');
    }
    if e.languages & FI != 0 {
        allowed.push_str("äö");
    }
    if e.languages & HU != 0 {
        allowed.push_str("áéíóöőúüű");
    }
    if e.languages & LT != 0 {
        // (The `-ė` paradigm: `Briugėje`, `Briugės`.)
        allowed.push('ė');
    }
    allowed.push_str(e.written);
    original
        .chars()
        .rev()
        .take(n)
        .flat_map(char::to_lowercase)
        .all(|c| c.is_ascii_lowercase() || allowed.contains(c))
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
}

fn fits(stem: &str, want: Stem) -> bool {
    let last = stem.as_bytes()[stem.len() - 1];
    match want {
        Any => true,
        Consonant => !is_vowel(last),
        Vowel => is_vowel(last),
        Adjectival => {
            let b = stem.as_bytes();
            last == b'k' && b.len() >= 2 && !is_vowel(b[b.len() - 2])
        }
    }
}

/// The strong grades a Finnish stem in the weak grade may have (VISK § 41): `ng` →
/// `nk` (Helsingi- of Helsinki), `nn` → `nt`, `ll` → `lt`, `rr` → `rt`, `mm` →
/// `mp`, `hd` → `ht` and a final `e` → `i` (Lahde- of Lahti), `v` → `p`, and a `k`
/// lost after `r`, `l` or `h` (Turu- of Turku). Only the last consonant cluster of
/// the stem, before its final vowel.
fn strong_grades(stem: &str) -> Vec<String> {
    let b = stem.as_bytes();
    let n = b.len();
    let mut out = Vec::new();
    if n < 3 || !is_vowel(b[n - 1]) {
        return out;
    }
    let head = &stem[..n - 2];
    let (c, v) = (b[n - 2], b[n - 1] as char);
    let prev = b[n - 3];
    let mut push = |s: String| {
        if !out.contains(&s) {
            out.push(s);
        }
    };
    let pairs: [(u8, u8, &str); 6] = [
        (b'n', b'g', "nk"),
        (b'n', b'n', "nt"),
        (b'l', b'l', "lt"),
        (b'r', b'r', "rt"),
        (b'm', b'm', "mp"),
        (b'h', b'd', "ht"),
    ];
    for (a, z, strong) in pairs {
        if prev == a && c == z {
            let base = &stem[..n - 3];
            push(format!("{base}{strong}{v}"));
            if v == 'e' {
                // (Lahti: the weak stem Lahde-.)
                push(format!("{base}{strong}i"));
            }
        }
    }
    if c == b'v' && !is_vowel(prev) {
        push(format!("{head}p{v}"));
    }
    if matches!(c, b'r' | b'l' | b'h') && is_vowel(prev) {
        // Turu- → Turku: the `k` lost between the consonant and the final vowel.
        push(format!("{}k{v}", &stem[..n - 1]));
    }
    // `-e` stems with a long vowel (Tampere: Tamperee-).
    if stem.ends_with("ee") {
        push(stem[..n - 1].to_string());
    }
    // Old nouns in `-i` inflect on an `-e` stem (VISK § 41 and Kotus type 7: Suomi:
    // Suomessa, Suomen; Lahti: Lahdessa).
    if v == 'e' && !stem.ends_with("ee") {
        push(format!("{}i", &stem[..n - 1]));
    }
    out
}

/// Hungarian vowel harmony (AkH 12, § 215): the suffix's vowel, as `original`
/// writes it in its last `suffix_len` letters, is back (`a á o ó u ú`) when the
/// stem's last vowel that is not `i`/`í` is back, front (`e é ö ő ü ű`) otherwise.
fn harmonic(original: &str, suffix_len: usize) -> bool {
    let chars: Vec<char> = original.chars().flat_map(char::to_lowercase).collect();
    if chars.len() <= suffix_len {
        return false;
    }
    let (stem, suffix) = chars.split_at(chars.len() - suffix_len);
    let class = |c: char| match c {
        'a' | 'á' | 'o' | 'ó' | 'u' | 'ú' => Some(true),
        'e' | 'é' | 'ö' | 'ő' | 'ü' | 'ű' => Some(false),
        _ => None,
    };
    let Some(back) = suffix.iter().find_map(|&c| class(c)) else {
        return true;
    };
    let stem_back = stem.iter().rev().find_map(|&c| class(c)).unwrap_or(false);
    back == stem_back
}

/// Folded prepositions that govern a place's case, per language (bits as in
/// [`ENDINGS`]).
const PREPOSITIONS: &[(&str, u16)] = &[
    // Polish
    ("w", PL),
    ("we", PL),
    ("z", PL | CS | SL),
    ("ze", PL | CS),
    ("do", PL | CS | SK | HR | SL),
    ("na", PL | CS | SK | HR | SL),
    ("od", PL | CS | SK | HR | SL),
    ("przy", PL),
    ("pod", PL | CS | SK | HR | SL),
    ("nad", PL | CS | SK | HR | SL),
    ("przed", PL),
    ("za", PL | CS | SK | HR | SL),
    ("po", PL | CS | SK | HR | SL),
    ("o", PL | CS | SK | HR | SL),
    ("ku", PL | SK),
    ("kolo", PL),
    ("obok", PL),
    ("spod", PL),
    ("dla", PL),
    ("wokol", PL),
    ("poblizu", PL),
    ("okolicach", PL),
    ("niedaleko", PL),
    // Czech, Slovak
    ("v", CS | SK | SL),
    ("ve", CS),
    ("vo", SK),
    ("zo", SK),
    ("u", CS | SK | HR),
    ("k", CS | SK | HR | SL),
    ("ke", CS),
    ("pri", CS | SK | SL),
    ("pred", CS | SK | HR | SL),
    ("okolo", CS | SK),
    ("kolem", CS),
    ("blizko", CS | SK),
    ("mezi", CS),
    ("medzi", SK),
    // Croatian, Serbian, Bosnian, Slovene
    ("iz", HR | SL),
    // (`along`, `by`, `down`: `uz Savu`, `niz Dunav`, `duž Drine`, Slovene `ob Savi`,
    // the prepositions a river's name takes most; Croatian `med`, Slovene `med`,
    // `between`, and Slovene `čez`, `across`.)
    ("uz", HR),
    ("niz", HR),
    ("duz", HR),
    ("ob", SL),
    ("med", SL),
    ("cez", SL),
    ("ka", HR),
    ("prema", HR),
    ("kod", HR),
    ("oko", HR),
    ("blizu", HR | SL),
    ("kroz", HR),
    ("h", SL),
    ("proti", SL),
    ("skozi", SL),
    // Lithuanian (ą, į, š folded)
    ("i", LT),
    ("is", LT),
    ("prie", LT),
    ("per", LT),
    ("apie", LT),
    ("link", LT),
    ("nuo", LT),
    ("iki", LT),
    ("netoli", LT),
    // Latvian
    ("no", LV),
    ("uz", LV),
    ("pie", LV),
    ("lidz", LV),
    // (The accusative after `ar` `with`, `par` `about`, `pret` `against`, `caur`
    // `through`, `pa` `along`; the genitive after `bez` `without`.)
    ("ar", LV),
    ("par", LV),
    ("pret", LV),
    ("caur", LV),
    ("pa", LV),
    ("bez", LV),
    // Romanian
    ("la", RO),
    ("din", RO),
    ("in", RO),
    ("spre", RO),
    ("prin", RO),
    ("langa", RO),
    ("catre", RO),
    ("pana", RO),
];

/// True when `original`, a word in Latin letters, ends as a Latvian locative does:
/// with a long `ā`, `ē`, `ī` or `ū` after a lowercase letter (`Rīgā`, `Briselē`,
/// `Kijivā`; *Latviešu valodas gramatika*: no nominative ends in a long vowel), a
/// case form that ends a name.
pub(crate) fn latvian_locative(original: &str) -> bool {
    let mut chars = original.chars().rev();
    matches!(chars.next(), Some('ā' | 'ē' | 'ī' | 'ū'))
        && chars.next().is_some_and(char::is_lowercase)
}

/// Folded conjunctions that join two places' names in the same case (`w Szwajcarii i
/// Chorwacji`, `ar Lietuvu un Poliju`), per language: a case form after one and
/// another case form shares that one's preposition.
const CONJUNCTIONS: &[(&str, u16)] = &[
    ("i", PL | HR | SL | CS | SK),
    ("oraz", PL),
    ("lub", PL),
    ("albo", PL),
    ("a", CS | SK),
    ("nebo", CS),
    ("alebo", SK),
    ("in", SL),
    ("ali", SL | HR),
    ("ili", HR),
    ("ir", LT),
    ("bei", LT),
    ("un", LV),
    ("vai", LV),
    ("si", RO),
    ("sau", RO),
];

/// True when the folded word is a conjunction of one of `languages` that joins two
/// case forms ([`CONJUNCTIONS`]).
pub(crate) fn is_case_conjunction(folded: &str, languages: u16) -> bool {
    CONJUNCTIONS
        .iter()
        .any(|&(w, l)| w == folded && l & languages != 0)
}

/// True when the folded word is a preposition of one of `languages` that governs
/// a place's case (`w`, `z`, `do`, `v`, `u`, `iz`, `la`).
pub(crate) fn is_case_preposition(folded: &str, languages: u16) -> bool {
    PREPOSITIONS
        .iter()
        .any(|&(w, l)| w == folded && l & languages != 0)
}

/// Folded function words frequent in one of the languages ([`PL`], ...) and rare
/// in English, Spanish, French, Italian, Portuguese, Dutch and German.
const MARKERS: &[(&str, u16)] = &[
    ("sie", PL),
    ("nie", PL),
    ("jest", PL),
    ("oraz", PL),
    ("przez", PL),
    ("ktory", PL | SK),
    ("ktora", PL),
    ("tez", PL),
    ("juz", PL),
    ("byl", PL | CS),
    ("bylo", PL | CS),
    ("jsou", CS),
    ("ktery", CS),
    ("ktera", CS),
    ("take", CS),
    ("jako", CS | PL),
    ("podle", CS),
    ("sa", SK),
    ("bol", SK),
    ("bolo", SK),
    ("tiez", SK),
    ("ako", SK),
    ("podla", SK),
    ("aj", SK),
    ("pre", SK),
    ("alebo", SK),
    ("ktore", SK),
    ("ktori", SK),
    ("bola", SK),
    ("boli", SK),
    ("vsak", CS | SK),
    ("nebo", CS),
    ("jsme", CS),
    ("koji", HR),
    ("koja", HR),
    ("nije", HR),
    ("kao", HR),
    ("bio", HR),
    ("bila", HR | SL),
    ("je", HR | SL | CS | SK),
    ("ki", SL),
    ("tudi", SL),
    ("kot", SL),
    ("bil", SL),
    ("ja", FI | ET),
    ("ei", FI | ET),
    ("etta", FI),
    ("oli", FI | ET),
    ("see", ET),
    ("ning", ET),
    ("aga", ET),
    ("mis", ET),
    ("veel", ET),
    ("pole", ET),
    ("kes", ET),
    ("seda", ET),
    ("kuid", ET),
    ("kui", ET),
    ("ovat", FI),
    ("myos", FI),
    ("joka", FI),
    ("mutta", FI),
    ("kun", FI),
    ("az", HU),
    ("hogy", HU),
    ("nem", HU),
    ("egy", HU),
    ("meg", HU),
    ("volt", HU),
    ("csak", HU),
    ("majd", HU),
    ("pedig", HU),
    ("ir", LT | LV),
    ("kad", LT),
    ("yra", LT),
    ("buvo", LT),
    ("jau", LT),
    ("taip", LT),
    ("kaip", LT),
    ("bija", LV),
    ("kas", LV),
    ("ari", LV),
    ("lai", LV),
    ("nav", LV),
    ("ka", LV | ET),
    ("tika", LV),
    ("tiek", LV),
    ("bei", LT),
    ("kuris", LT),
    ("pasak", LT),
    ("cu", RO),
    ("pe", RO),
    ("pentru", RO),
    ("sunt", RO),
    ("fost", RO),
    ("mai", RO),
    ("iar", RO),
    ("sau", RO),
    ("dupa", RO),
    ("och", SV),
    ("att", SV),
    ("inte", SV),
    ("ikke", SV),
    ("og", SV),
    ("det", SV),
    ("har", SV),
    ("av", SV),
    ("af", SV),
    ("ska", SV),
    ("skal", SV),
    ("ett", SV),
    ("efter", SV),
    ("etter", SV),
];

/// The languages ([`PL`], ...) that the letters of `text` say it may be written in:
/// the languages that alone (of those here, and of the languages that do not
/// decline places' names) write one of its letters: Czech `ě ř ů`, Slovak `ľ ĺ ŕ ô`,
/// Polish `ł ś ź ż ń`, Polish or Lithuanian `ą ę`, Croatian `đ`, Croatian or Polish
/// `ć`, Hungarian `ő ű`, Lithuanian `ė į ų`, Latvian `ā ē ī ķ ļ ņ ģ`, Lithuanian or
/// Latvian `ū`, Romanian `ș ț ă`, Swedish, Danish or Norwegian `å æ ø`; the South
/// and West Slavic languages but Polish for `č š ž` (Czech and Slovak for `ď ť ň`)
/// in a text without a Baltic or Polish letter; Finnish or Estonian for a text whose only letters beyond ASCII are `ä`
/// and `ö` (Swedish writes `å`, German and Turkish `ü`), and Estonian for `õ` among
/// no letters but Estonian ones (`ä ö ü š ž`; Portuguese writes `õ` with `ã`, `ç`).
/// The alphabets are those of the languages' orthographies (the references of the
/// module doc). A sentence is enough: `Setkání v Bělehradě.`
pub(crate) fn letter_languages(text: &str) -> u16 {
    let mut found = 0;
    let (mut umlaut, mut other) = (false, false);
    // (`č`, `š`, `ž` are letters of Czech, Slovak, Slovene, Croatian, Serbian and
    // Bosnian, and of Latvian and Lithuanian, which write others of their own;
    // `ď`, `ť`, `ň` of Czech and Slovak.)
    let mut caron = 0;
    // (Estonian writes `õ`, `ä`, `ö`, `ü` and, in loans, `š`, `ž`: `õ` with none
    // but these is Estonian; Portuguese writes `õ` with `ã`, `ç`.)
    let (mut otilde, mut not_estonian) = (false, false);
    for c in text.chars().filter(|c| !c.is_ascii()) {
        let lower = c.to_lowercase().next().unwrap_or(c);
        match lower {
            'õ' => otilde = true,
            'ä' | 'ö' | 'ü' | 'š' | 'ž' => {}
            c if c.is_alphabetic() => not_estonian = true,
            _ => {}
        }
        let l = match lower {
            'õ' => {
                other = true;
                0
            }
            'ě' | 'ř' | 'ů' => CS,
            'ľ' | 'ĺ' | 'ŕ' | 'ô' => SK,
            'ł' | 'ś' | 'ź' | 'ż' | 'ń' => PL,
            'ą' | 'ę' => PL | LT,
            'đ' => HR,
            'ć' => HR | PL,
            'ő' | 'ű' => HU,
            'ė' | 'į' | 'ų' => LT,
            'ā' | 'ē' | 'ī' | 'ķ' | 'ļ' | 'ņ' | 'ģ' => LV,
            'ū' => LT | LV,
            'ș' | 'ț' | 'ă' => RO,
            'å' | 'æ' | 'ø' => {
                other = true;
                SV
            }
            'č' | 'š' | 'ž' => {
                caron |= CS | SK | SL | HR;
                other = true;
                0
            }
            'ď' | 'ť' | 'ň' => {
                caron |= CS | SK;
                other = true;
                0
            }
            'ä' | 'ö' => {
                umlaut = true;
                0
            }
            c if c.is_alphabetic() => {
                other = true;
                0
            }
            _ => 0,
        };
        found |= l;
    }
    if umlaut && !other {
        found |= FI | ET;
    }
    if otilde && !not_estonian {
        found |= ET;
    }
    // (The carons say a Slavic language unless the text writes a Baltic or Polish
    // letter: `Paryžiuje` is Lithuanian.)
    if found & (LT | LV | PL) == 0 {
        found |= caron;
    }
    found
}

/// The languages ([`PL`], ...) of the ISO 639-1 code `code`, as whatlang names them
/// ([`super::language::detect`]); 0 for a language with no endings here.
pub(crate) fn code_languages(code: &str) -> u16 {
    match code {
        "pl" => PL,
        "cs" => CS,
        "sk" => SK,
        "hr" | "sr" | "bs" => HR,
        "sl" => SL,
        "fi" => FI,
        "hu" => HU,
        "lt" => LT,
        "lv" => LV,
        "ro" => RO,
        "et" => ET,
        "sv" | "da" | "nb" | "nn" | "no" => SV,
        _ => 0,
    }
}

/// The languages ([`PL`], ...) whose function words ([`MARKERS`]) each of the folded
/// words (the first 400) is, for the words that are one: worked out once per document,
/// then asked by [`has_markers`] for each ending's languages.
pub(crate) fn marker_masks<'w>(words: impl Iterator<Item = &'w str>) -> Vec<u16> {
    words
        .take(400)
        .filter(|w| w.len() <= 6)
        .map(|w| {
            MARKERS
                .iter()
                .filter(|&&(m, _)| m == w)
                .fold(0, |mask, &(_, l)| mask | l)
        })
        .filter(|&mask| mask != 0)
        .collect()
}

/// True when at least two of the words of [`marker_masks`] are function words of one
/// of `languages`: the text may be written in one of them.
pub(crate) fn has_markers(masks: &[u16], languages: u16) -> bool {
    masks
        .iter()
        .filter(|&&m| m & languages != 0)
        .nth(1)
        .is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The endings asked about for a last byte are those of the whole list that can
    /// end a word there (the empty ones too), in the list's order.
    #[test]
    fn endings_by_last_byte_are_the_lists_in_order() {
        assert!(ENDINGS.len() < usize::from(GENITIVE_PLURAL_INDEX));
        for last in 0..=u8::MAX {
            let expected: Vec<u8> = (0..ENDINGS.len())
                .filter(|&i| {
                    let e = ENDINGS[i].ending.as_bytes();
                    e.is_empty() || e.last() == Some(&last)
                })
                .map(|i| i as u8)
                .collect();
            assert_eq!(endings_ending_in(last), expected.as_slice());
        }
        assert!(!endings_ending_in(b'e').is_empty());
    }

    fn bases(word: &str) -> Vec<(String, &'static str)> {
        let folded = nomen_fold::fold(word);
        let mut out = Vec::new();
        for_each_base(&folded, word, &mut |b, i| {
            out.push((b.to_string(), ending(i).ending));
            std::ops::ControlFlow::<()>::Continue(())
        });
        out
    }

    fn has(word: &str, base: &str) -> bool {
        bases(word).iter().any(|(b, _)| b == base)
    }

    #[test]
    fn polish_cases() {
        // Not the examples of the issue: Londyn, Rzym, Wrocław, Poznań, Warszawa,
        // Praga, Ameryka, Kijów.
        assert!(has("Londynie", "londyn"));
        assert!(has("Rzymie", "rzym"));
        assert!(has("Wrocławiu", "wroclaw"));
        assert!(has("Wrocławia", "wroclaw"));
        assert!(has("Poznaniem", "poznan"));
        assert!(has("Poznaniu", "poznan"));
        assert!(has("Warszawie", "warszawa"));
        assert!(has("Warszawy", "warszawa"));
        assert!(has("Pradze", "praga"));
        assert!(has("Ameryce", "ameryka"));
        assert!(has("Kijowa", "kijow"));
        assert!(has("Paryżem", "paryz"));
    }

    #[test]
    fn soft_stems_and_new_alternations() {
        // Invented names and names of the references: the Czech and Slovak soft
        // stems' `-i` (`Plzeň`: `v Plzni`; `Paříž`: `v Paříži`), never after a hard
        // consonant; Czech `g` → `z`; Slovak velars kept; Polish short stems and
        // `-ech`; the fleeting `a` of Croatian; Romanian `-lui`; Estonian cases.
        assert!(has("Paříži", "pariz"));
        assert!(has("Plzni", "plzen"));
        assert!(!has("Hamburgi", "hamburg"));
        assert!(has("Rize", "riga"));
        assert!(has("Prahe", "praha"));
        assert!(has("Rydze", "ryga"));
        assert!(has("Węgrzech", "wegry"));
        assert!(has("Niemczech", "niemcy"));
        assert!(has("Włoszech", "wlochy"));
        assert!(has("Kragujevcu", "kragujevac"));
        assert!(has("Košiciach", "kosice"));
        assert!(has("Chișinăului", "chisinau"));
        assert!(has("Rimu", "rim"));
        assert!(has("Tallinnas", "tallinn"));
        assert!(has("Pariisis", "pariis"));
        assert!(has("Saksamaal", "saksamaa"));
        assert!(has("Soomes", "soome"));
    }

    #[test]
    fn czech_slovak_cases() {
        assert!(has("Německa", "nemecko"));
        assert!(has("Zlíně", "zlin"));
        assert!(has("Kosowie", "kosowo"));
        assert!(has("Ostravě", "ostrava"));
        assert!(has("Ostravy", "ostrava"));
        assert!(has("Německu", "nemecko"));
        assert!(has("Londýnu", "londyn"));
        assert!(has("Bratislave", "bratislava"));
        assert!(has("Americe", "amerika"));
    }

    #[test]
    fn no_west_slavic_locative_after_a_velar() {
        // `v Německu`, `w Hamburgu`, `v Praze`: a velar stem takes `-u` or changes
        // before `-e`; `Slovenské` (an adjective) is no locative of `Slovensko`.
        assert!(!has("Slovenské", "slovensko"));
        assert!(!has("Hamburgie", "hamburg"));
        assert!(has("Slovensku", "slovensko"));
        assert!(has("Hamburgu", "hamburg"));
        // (An ending in `-é` is an adjective's, in any of these languages.)
        assert!(!has("Češké", "ceska"));
        assert!(has("Češke", "ceska"));
        assert!(has("Ostravě", "ostrava") && has("Zlíně", "zlin"));
        // (The Croatian genitive keeps its velar: `Rijeke`.)
        assert!(has("Rijeke", "rijeka"));
    }

    #[test]
    fn croatian_slovene_cases() {
        assert!(has("Beogradu", "beograd"));
        assert!(has("Splitu", "split"));
        assert!(has("Rijeci", "rijeka"));
        assert!(has("Ljubljani", "ljubljana"));
        assert!(has("Mariborom", "maribor"));
    }

    #[test]
    fn finnish_cases_with_gradation() {
        assert!(has("Turussa", "turku"));
        assert!(has("Lahdessa", "lahti"));
        assert!(has("Tampereella", "tampere"));
        assert!(has("Madridissa", "madrid"));
        assert!(has("Tukholmasta", "tukholma"));
        assert!(has("Oulusta", "oulu"));
        assert!(has("Hangossa", "hanko"));
        assert!(has("Turkuun", "turku"));
        assert!(has("Lontooseen", "lontoo"));
        assert!(has("Pariisiin", "pariisi"));
        // A foreign name in `-nd`, Finnish `-nti`, weak `-nni-` (Gotland, Gotlanti).
        assert!(has("Gotlannissa", "gotland"));
        assert!(has("Gotlannin", "gotland"));
        assert!(has("Hollannista", "holland"));
        // (Not a stem's `nn` of a vowel ending, nor one too short.)
        assert!(!has("Tallinnassa", "tallind"));
        assert!(!has("Annissa", "and"));
    }

    #[test]
    fn hungarian_cases_follow_vowel_harmony() {
        assert!(has("Londonban", "london"));
        assert!(has("Bécsben", "becs"));
        assert!(has("Moszkvában", "moszkva"));
        assert!(has("Szegeden", "szeged"));
        assert!(has("Párizsból", "parizs"));
        assert!(has("Kölnben", "koln"));
        // The suffix's vowel disagrees with the stem's: no such case.
        assert!(!has("Londonben", "london"));
        assert!(!has("Kölnban", "koln"));
        assert!(!has("Romera", "rome"));
    }

    #[test]
    fn baltic_romanian_german_cases() {
        assert!(has("Kaune", "kaunas"));
        assert!(has("Kauno", "kaunas"));
        assert!(has("Klaipėdoje", "klaipeda"));
        assert!(has("Panevėžyje", "panevezys"));
        assert!(has("Jelgavas", "jelgava"));
        assert!(has("Parisului", "paris"));
        assert!(has("Romei", "roma"));
        assert!(has("Münchens", "munchen"));
        // No German `-s` after a sibilant.
        assert!(!bases("Mainzs").iter().any(|(_, e)| *e == "s"));
    }

    #[test]
    fn scandinavian_genitive() {
        let genitive = |w: &str, base: &str| {
            let folded = nomen_fold::fold(w);
            let mut found = false;
            for_each_base(&folded, w, &mut |b, i| {
                let e = ending(i);
                found |= b == base && e.languages == SV && e.evidence == Evidence::Genitive;
                std::ops::ControlFlow::<()>::Continue(())
            });
            found
        };
        assert!(genitive("Göteborgs", "goteborg"));
        assert!(genitive("Københavns", "kobenhavn"));
        assert!(genitive("Oslos", "oslo"));
        // None after a sibilant, nor on a stem under four letters.
        assert!(!genitive("Grazs", "graz"));
        assert!(!genitive("Bergs", "ber") && !genitive("Ådals", "ada"));
        let words = |t: &'static str| marker_masks(t.split(' '));
        assert!(has_markers(&words("det har inte varit lätt och"), SV));
        assert!(!has_markers(&words("the government said that"), SV));
    }

    #[test]
    fn plural_locatives_of_ranges_and_neuter_regions() {
        // Czech `-ech`, Slovak `-och` of names in `-y`; Slovene `-ah` of names in `-e`.
        assert!(has("Dolomitech", "dolomity"));
        assert!(has("Karpatech", "karpaty"));
        assert!(has("Dolomitoch", "dolomity"));
        assert!(has("Alpah", "alpe"));
        assert!(has("Dolomitih", "dolomiti"));
        // The Polish neuter in `-e`: `na Pomorzu`, `z Pomorza`.
        assert!(has("Pomorzu", "pomorze"));
        assert!(has("Pomorza", "pomorze"));
        // The Czech soft stem in `-v`: `ve Vratislavi`, `v Břeclavi`.
        assert!(has("Vratislavi", "vratislav"));
        assert!(has("Břeclavi", "breclav"));
    }

    #[test]
    fn finnish_illative_of_a_consonant_stem_and_hungarian_superessive() {
        assert!(has("Göteborgiin", "goteborg"));
        assert!(has("Madridiin", "madrid"));
        // The superessive `-n` after the lengthened `á`, `é`; not after a short one.
        let superessive = |w: &str, base: &str| {
            let mut found = false;
            for_each_base(&nomen_fold::fold(w), w, &mut |b, i| {
                found |= b == base && ending(i).languages == HU;
                std::ops::ControlFlow::<()>::Continue(())
            });
            found
        };
        assert!(superessive("Tiszán", "tisza"));
        assert!(superessive("Firenzén", "firenze"));
        assert!(!superessive("Tiszan", "tisza"));
        // (Vowel harmony still holds for the suffixes that have a vowel.)
        assert!(!has("Londonben", "london"));
    }

    #[test]
    fn short_stems_are_never_stripped() {
        // (Three letters only for a Slavic case that needs its preposition, which the
        // linker takes for a large place only, [`short_stem`]: `u Rimu`, `do Ríma`.)
        let short = |word: &str| {
            let folded = nomen_fold::fold(word);
            let mut out = Vec::new();
            for_each_base(&folded, word, &mut |b, i| {
                if b.len() < MIN_STEM {
                    out.push((
                        b.to_string(),
                        ending(i).evidence,
                        short_stem(&folded, ending(i)),
                    ));
                }
                std::ops::ControlFlow::<()>::Continue(())
            });
            out
        };
        for word in ["Lima", "Osla", "Roma", "Rimu", "Beču"] {
            assert!(
                short(word)
                    .iter()
                    .all(|&(_, e, s)| e == Evidence::Preposition && s),
                "{word}"
            );
        }
        assert!(!short("Rimu").is_empty());
        assert!(bases("Oslo").iter().all(|(b, _)| b.len() >= 4));
        assert!(!short_stem("londynu", ending(1)));
        // (Three letters and the nominative's `-o`: `z Brna`, `v Brně`.)
        assert!(has("Brna", "brno") && has("Brně", "brno"));
    }

    #[test]
    fn latvian_genitive_has_a_short_vowel() {
        let latvian = |word: &str| {
            let folded = nomen_fold::fold(word);
            let mut found = false;
            for_each_base(&folded, word, &mut |b, i| {
                found |= b == "jelgava" && ending(i).languages & LV != 0;
                std::ops::ControlFlow::<()>::Continue(())
            });
            found
        };
        assert!(latvian("Jelgavas"));
        assert!(!latvian("Jelgavās"));
        // (Its accusative: `uz Jelgavu`.)
        assert!(latvian("Jelgavu"));
    }

    #[test]
    fn stems_that_change() {
        // Names from the references or invented, none of a test set's. Fleeting
        // `e`: Czech `Plzeň`, Polish `Wiedeń`; the Polish genitive of a plural name;
        // the Polish locative's softenings; Finnish `-e` stems of `-i` nouns and the
        // genitive.
        assert!(has("Plzně", "plzen"));
        assert!(has("Wiednia", "wieden"));
        assert!(has("Niemiec", "niemcy"));
        assert!(has("Włoch", "wlochy"));
        assert!(has("Sumatrze", "sumatra"));
        assert!(has("Kuwejcie", "kuwejt"));
        assert!(has("Kanadzie", "kanada"));
        assert!(has("Kivessä", "kivi"));
        assert!(has("Lahden", "lahti"));
        assert!(has("Pariisin", "pariisi"));
        assert!(has("Madridin", "madrid"));
        // Plural names, Croatian `-i` names, Hungarian accusative, Romanian and
        // Polish `-ia` names, Latvian accusative.
        assert!(has("Athénách", "atheny"));
        assert!(has("Tbilisiju", "tbilisi"));
        assert!(has("Budapestet", "budapest"));
        assert!(has("Londont", "london"));
        assert!(!has("Budapestot", "budapest"));
        assert!(has("Italiei", "italia"));
        assert!(has("Hiszpanii", "hiszpania"));
        assert!(has("Vāciju", "vacija"));
    }

    #[test]
    fn baltic_forms_of_a_foreign_name_in_a_consonant() {
        // Invented names: a Latvian text gives `Dravon` a feminine `-a` (`Dravona`),
        // a Lithuanian one an `-as` (`Dravonas`), with neither in the data.
        let read = |word: &str, base: &str, languages: u16| {
            let folded = nomen_fold::fold(word);
            let mut found = false;
            for_each_base(&folded, word, &mut |b, i| {
                found |= b == base && ending(i).languages & languages != 0;
                std::ops::ControlFlow::<()>::Continue(())
            });
            found
        };
        assert!(read("Dravonā", "dravon", LV));
        assert!(read("Dravonas", "dravon", LV));
        assert!(read("Dravonu", "dravon", LV));
        // (The locative's long `ā` only: a short `-a` is the nominative of another
        // name, or a word.)
        assert!(!read("Dravona", "dravon", LV));
        assert!(read("Dravone", "dravon", LT));
        assert!(read("Dravono", "dravon", LT));
        // (Nor after a vowel: `Kolo` is no case of `Kol`.)
        assert!(!read("Dravoa", "dravo", LV));
    }

    #[test]
    fn south_slavic_names_that_are_adjectives() {
        // Invented: Croatian `Varnatska`, Slovene `Varnaška`.
        assert!(has("Varnatskoj", "varnatska"));
        assert!(has("Varnatskom", "varnatska"));
        assert!(has("Varnaškem", "varnaska"));
        assert!(has("Varnaške", "varnaska"));
        // (Only on an adjective's stem in `-sk`, `-čk`: `Zagreboj` is no case.)
        assert!(!has("Zagreboj", "zagreba"));
        assert!(!has("Varnatom", "varnata"));
    }

    #[test]
    fn latvian_locative_ends_in_a_long_vowel() {
        assert!(latvian_locative("Dravonā") && latvian_locative("Varnēlē"));
        assert!(
            !latvian_locative("Dravona") && !latvian_locative("Ā") && !latvian_locative("Dravonas")
        );
    }

    #[test]
    fn conjunctions_by_language() {
        assert!(is_case_conjunction("i", PL) && is_case_conjunction("un", LV));
        assert!(is_case_conjunction("ir", LT) && is_case_conjunction("a", CS));
        assert!(!is_case_conjunction("un", LT) && !is_case_conjunction("and", SLAVIC | LV | LT));
    }

    #[test]
    fn function_words_say_the_language() {
        let words = |t: &'static str| marker_masks(t.split(' '));
        assert!(has_markers(&words("hän muutti ja oli iloinen"), FI));
        assert!(!has_markers(&words("gracias senor presidente"), LV | LT));
        assert!(!has_markers(&words("hän muutti ja oli iloinen"), HU));
    }

    #[test]
    fn letters_say_the_language() {
        assert_eq!(letter_languages("Setkání v Bělehradě."), CS);
        assert_eq!(letter_languages("Spotkanie we Wrocławiu."), PL);
        assert_eq!(
            letter_languages("Kokous pidettiin Tukholmassa ja Kööpenhaminassa."),
            FI | ET
        );
        assert_eq!(letter_languages("Kohtumine toimus õhtul Tallinnas."), ET);
        assert_eq!(letter_languages("As eleições e as ações."), 0);
        assert_eq!(
            letter_languages("Sastanak je održan u Beču."),
            CS | SK | SL | HR
        );
        // (Not in a text with a Baltic or Polish letter.)
        assert_eq!(
            letter_languages("Derybos vyko Paryžiuje, ką žinome.") & (CS | SK | SL | HR),
            0
        );
        // (Swedish, German: no Finnish; Swedish, Danish, Norwegian `å`, `æ`, `ø`.)
        assert_eq!(letter_languages("Mötet hölls i Göteborg på måndag."), SV);
        assert_eq!(letter_languages("Mødet blev holdt i Århus."), SV);
        assert_eq!(letter_languages("Die Brücke in Köln."), 0);
        assert_eq!(letter_languages("A találkozó Győrben volt."), HU);
        assert_eq!(letter_languages("Plain ASCII text."), 0);
    }

    #[test]
    fn prepositions_by_language() {
        assert!(is_case_preposition("w", PL));
        assert!(!is_case_preposition("w", CS));
        assert!(is_case_preposition("v", CS) && is_case_preposition("u", HR));
        assert!(!is_case_preposition("in", PL));
        assert!(!is_case_preposition("the", SLAVIC | LT | LV | RO));
        // A river's prepositions: Slovene `ob Savi`, Croatian `uz Savu`, `duž Drine`.
        assert!(is_case_preposition("ob", SL) && !is_case_preposition("ob", PL | CS));
        assert!(is_case_preposition("uz", HR) && is_case_preposition("duz", HR));
        assert!(!is_case_preposition("uz", SL | PL));
    }
}
