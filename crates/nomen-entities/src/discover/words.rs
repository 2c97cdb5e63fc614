//! What discovery knows of words without the corpus: calendar words, the head words
//! of names that are not people, organisations or places, and the shape of demonyms.
//!
//! The issue asks for people, organisations and places: a name whose spans are
//! anything else (a competition, a law, an award, an index, a war, a summit) is a wrong
//! proposal however well its spellings are gathered. Such names say what they are by
//! their head word (`Copa del Rey`, `Ley de Extranjería`, `Champions League`, `Nobel
//! Prize`, `Guerra del Golfo`): the lists below hold those head words, in the
//! languages the project links (es, en, de, fr, pt, it), chosen by the class of thing
//! they name, not by the examples of any test corpus. Words that also head
//! organisations' names (`Conferencia`, `Congreso`, `Programa`) are left out.
//!
//! Calendar words (`Monday`, `January`, `Montag`) are capitalised in English and
//! German and never lowercase there, so the corpus cannot tell them from names.
//!
//! Demonyms (`British`, `Chinese`, `Palestinians`) are capitalised in English; they
//! are recognised by their shape against the gazetteer's own place names (a suffix
//! that makes a demonym, after a stem that starts a known place's name), so no list of
//! nationalities is needed.

/// First words of names of events, competitions, awards, laws, agreements, indices
/// and wars, in languages that put the head first (`Copa del Rey`, `Treaty of Rome`;
/// folded, sorted).
const EVENT_HEADS: &[&str] = &[
    "abierto",
    "abkommen",
    "accord",
    "accordo",
    "acordo",
    "act",
    "acuerdo",
    "bataille",
    "batalla",
    "battle",
    "bienal",
    "biennale",
    "campeonato",
    "charter",
    "codigo",
    "constitucion",
    "constituicao",
    "constitution",
    "copa",
    "coppa",
    "coupe",
    "cumbre",
    "declaracion",
    "declaration",
    "decret",
    "decreto",
    "dekret",
    "dia",
    "dichiarazione",
    "directiva",
    "enmienda",
    "erklarung",
    "estatuto",
    "exposicion",
    "feria",
    "festival",
    "fiera",
    "foire",
    "gesetz",
    "giornata",
    "gipfel",
    "giro",
    "guerra",
    "guerre",
    "imposta",
    "imposto",
    "impot",
    "impuesto",
    "indice",
    "jeux",
    "jogos",
    "jour",
    "juegos",
    "krieg",
    "legge",
    "lei",
    "ley",
    "liga",
    "ligue",
    "loi",
    "maraton",
    "messe",
    "mundial",
    // (The prizes named without `Premio`: `Nobel de la Paz`, `Nobel de Literatura`.)
    "nobel",
    "olimpiada",
    "olimpiadas",
    "operacion",
    "pacte",
    "pacto",
    "pakt",
    "patto",
    "pokal",
    "preis",
    "premio",
    "premios",
    "prix",
    "promedio",
    "protocolo",
    "protokoll",
    "reglamento",
    "revolucion",
    "richtlinie",
    "schlacht",
    "semaine",
    "semana",
    "settimana",
    "sommet",
    "statute",
    "steuer",
    "torneo",
    "tour",
    "tournoi",
    "traite",
    "tratado",
    "trattato",
    "treaty",
    "turnier",
    "verfassung",
    "verordnung",
    "vertrag",
    "vuelta",
    "war",
];

/// Last words of such names in languages that put the head last (`Champions League`,
/// `Nobel Prize`; folded, sorted). Not `mundial` (`Banco Mundial`).
const EVENT_TAILS: &[&str] = &[
    "accord",
    "act",
    "amendment",
    "average",
    "award",
    "awards",
    "biennale",
    "bowl",
    "championship",
    "championships",
    "charter",
    "cup",
    "day",
    "declaration",
    "decree",
    "directive",
    "fair",
    "festival",
    "games",
    "index",
    "law",
    "league",
    "marathon",
    "olympics",
    "pact",
    "prix",
    "prize",
    "protocol",
    "revolution",
    "statute",
    "summit",
    "tax",
    "tournament",
    "treaty",
    "war",
    "week",
];

/// Words for a market, the class of a stock index or an exchange written after them
/// (`el mercado Nasdaq`, `el mercado del Nasdaq`; folded, sorted). Not heads of event
/// names: a market is also a body's or a place's name (`Mercado Común del Sur`,
/// `Mercado de San Miguel`), so only the word before a name counts, and with a
/// particle only one that holds an article (`del`, not `de`: `el mercado de Londres`
/// is a city's market).
const MARKET_CLASSES: &[&str] = &["marche", "markt", "mercado", "mercato"];

/// Particles that hold a definite article (`del` = `de el`): a market word then one of
/// these then a name is the market of a thing that takes an article (`el mercado del
/// Nasdaq`), not of a place (folded, sorted).
const ARTICLE_PARTICLES: &[&str] = &["del", "della", "dello", "do", "du"];

/// True when `folded` names a market (`mercado`, `markt`): a name right after it, or
/// after it and a particle of [`ARTICLE_PARTICLES`], is an index or an exchange there.
pub(crate) fn is_market_class(folded: &str) -> bool {
    MARKET_CLASSES.binary_search(&folded).is_ok()
}

/// True when `folded` is a particle that holds a definite article (`del`, `du`).
pub(crate) fn is_article_particle(folded: &str) -> bool {
    ARTICLE_PARTICLES.binary_search(&folded).is_ok()
}

/// Second words of compound roles whose complement is a body, not a portfolio
/// (`secretario general de CDC`, `consejero delegado de Bertelsmann`, `secretario
/// provincial del PSOE`; folded, sorted): after a role of [`is_portfolio_role`] they
/// make it another role, where a demonym (`ministro egipcio de Asuntos Exteriores`)
/// leaves it what it was.
const BODY_ROLE_QUALIFIERS: &[&str] = &[
    "delegada",
    "delegado",
    "ejecutiva",
    "ejecutivo",
    "general",
    "generale",
    "provincial",
    "regional",
];

/// True when `folded` makes a portfolio role before it the role of a body's officer
/// (`general` of `secretario general`, `delegado` of `consejero delegado`).
pub(crate) fn is_body_role_qualifier(folded: &str) -> bool {
    BODY_ROLE_QUALIFIERS.binary_search(&folded).is_ok()
}

/// Month and weekday names (folded, sorted), and the abbreviations of them that are
/// no common name (`Oct`, `Sept`; not `Mar`, `Sun`, `Jan`), in the languages that
/// capitalise them: English, German, and Greek (folded as nomen romanises it:
/// `Παρασκευή` → `paraskevi`; months in the nominative and the genitive of dates,
/// `5 Μαΐου`); Spanish, French and Portuguese ones for their headlines.
const CALENDAR: &[&str] = &[
    "abril",
    "agosto",
    "apr",
    "april",
    "aprilios",
    "apriliu",
    "aug",
    "august",
    "avgustos",
    "avgustu",
    "avril",
    "dec",
    "december",
    "decembre",
    "dekemvrios",
    "dekemvriu",
    "devtera",
    "dezember",
    "diciembre",
    "dienstag",
    "donnerstag",
    "enero",
    "feb",
    "febrero",
    "februar",
    "february",
    "fevruarios",
    "fevruariu",
    "freitag",
    "friday",
    "ianuarios",
    "ianuariu",
    "iulios",
    "iuliu",
    "iunios",
    "iuniu",
    "janeiro",
    "januar",
    "january",
    "janvier",
    "jeudi",
    "jueves",
    "juillet",
    "juin",
    "juli",
    "julio",
    "july",
    "june",
    "juni",
    "junio",
    "kyriaki",
    "lundi",
    "lunes",
    "maios",
    "maiu",
    "march",
    "mardi",
    "mars",
    "martes",
    "martios",
    "martiu",
    "marz",
    "marzo",
    "mercredi",
    "miercoles",
    "mittwoch",
    "monday",
    "montag",
    "noemvrios",
    "noemvriu",
    "nov",
    "november",
    "novembre",
    "noviembre",
    "oct",
    "october",
    "octobre",
    "octubre",
    "oktober",
    "oktovrios",
    "oktovriu",
    "paraskevi",
    "pembti",
    "samedi",
    "samstag",
    "saturday",
    "savvato",
    "sept",
    "september",
    "septembre",
    "septemvrios",
    "septemvriu",
    "septiembre",
    "sonntag",
    "sunday",
    "tetarti",
    "thursday",
    "triti",
    "tuesday",
    "vendredi",
    "viernes",
    "wednesday",
];

/// True when `folded` heads names of events, competitions, awards, laws, agreements,
/// indices or wars in a language that puts the head first (`copa`, `ley`, `indice`).
pub(crate) fn is_event_head(folded: &str) -> bool {
    EVENT_HEADS.binary_search(&folded).is_ok()
}

/// True when the folded words of a name (particles included) name an event, a
/// competition, an award, a law, an agreement, an index or a war by their head: the
/// first word (after ordinals and `Gran`: `XIII Cumbre Hispano-Francesa`, `Gran Premio
/// de Mónaco`) or the last (`Champions League`, `Nobel Prize`).
pub(crate) fn is_event_name(words: &[String]) -> bool {
    let numeral = |w: &str| {
        w.chars().all(|c| c.is_ascii_digit())
            || (w.len() <= 4 && w.chars().all(|c| matches!(c, 'i' | 'v' | 'x' | 'l' | 'c')))
    };
    let first = words
        .iter()
        .find(|w| !numeral(w) && !matches!(w.as_str(), "gran" | "grand" | "the" | "la" | "el"));
    let last = words.iter().rev().find(|w| !numeral(w));
    // A name after an ordinal numeral is an edition of an event (`VI Feria de la
    // Alfarería`, `XII Asamblea de la Asociación de Comités Olímpicos`).
    (words.len() >= 2
        && words
            .first()
            .is_some_and(|w| numeral(w) && !w.chars().all(|c| c.is_ascii_digit())))
        || first.is_some_and(|w| is_event_head(w))
        || (words.len() >= 2
            && last.is_some_and(|w| EVENT_TAILS.binary_search(&w.as_str()).is_ok()))
}

/// Role words that take a portfolio or a field after a particle (`consejero de
/// Cultura`, `secretary of State`), beside the words for a minister and a ministry
/// (`ministro`, `minister`, `ministerio`), in the languages the project links;
/// folded, sorted, singular. Not `presidente`, `alcalde`, `diputado`: their
/// complement is a body or a place (`presidente de Telefónica`).
const PORTFOLIO_ROLES: &[&str] = &[
    "comisario",
    "comissario",
    "commissaire",
    "commissario",
    "commissioner",
    "concejal",
    "concejala",
    "conseiller",
    "consejera",
    "consejero",
    "conselheiro",
    "conseller",
    "consellera",
    "consigliere",
    "secretaire",
    "secretaria",
    "secretario",
    "secretary",
    "sottosegretario",
    "staatssekretar",
    "subsecretario",
];

/// True when `folded` is a role word that takes a portfolio or a field after a
/// particle (`ministro de`, `consejeros de`, `viceministro de`, `secretary of`): a
/// word for a minister or a ministry (`minist...`) or of [`PORTFOLIO_ROLES`], maybe
/// plural or after `vice`/`sub`.
pub(crate) fn is_portfolio_role(folded: &str) -> bool {
    let known = |w: &str| w.starts_with("minist") || PORTFOLIO_ROLES.binary_search(&w).is_ok();
    let bare = folded
        .strip_prefix("vice")
        .or_else(|| folded.strip_prefix("sub"))
        .filter(|w| w.len() >= 4)
        .unwrap_or(folded);
    known(bare)
        || bare.strip_suffix("es").is_some_and(known)
        || bare.strip_suffix('s').is_some_and(known)
}

/// Words for a government's department whose complement is its portfolio
/// (`Consejería de Asuntos Sociales`, `Concejalía de Cultura`), beside the words for a
/// ministry and a secretariat of [`is_portfolio_role`]; folded, sorted.
const DEPARTMENTS: &[&str] = &[
    "concejalia",
    "consejeria",
    "conselleria",
    "departament",
    "departamento",
    "departement",
    "department",
    "dipartimento",
];

/// True when `folded` names a government's department or a portfolio role, whose
/// complement after a particle is a portfolio (`Consejería de Asuntos Sociales`,
/// `Ministerio de Trabajo y Asuntos Sociales`).
pub(crate) fn is_department(folded: &str) -> bool {
    DEPARTMENTS.binary_search(&folded).is_ok() || is_portfolio_role(folded)
}

/// Lowercase nouns for a kind of body that a text writes before the body's name, as
/// an apposition (`la asociación civil Transparencia`, `the charity Oxfam`, `der
/// Verein Lobbycontrol`), in the languages the project links; folded, sorted,
/// singular. Not words that also head names of their own (`Fundación`, `Banco`):
/// `la fundación Fundación Pablo Iglesias` is rare, `la fundación Prisa` common, but
/// their lowercase uses before a capitalised word are mostly a title's end.
const BODY_CLASSES: &[&str] = &[
    "asociacion",
    "association",
    "associazione",
    "charity",
    "compania",
    "company",
    "empresa",
    "firm",
    "formacion",
    "organisation",
    "organizacion",
    "organization",
    "organizzazione",
    "partido",
    "party",
    "sindicato",
    "verein",
];

/// True when `folded` names a kind of body before its name (`asociación`, `party`):
/// see [`BODY_CLASSES`].
pub(crate) fn is_body_class(folded: &str) -> bool {
    BODY_CLASSES.binary_search(&folded).is_ok()
}

/// Pronouns capitalised inside sentences: German's formal address (`Wann bekamen Sie
/// Ihre ...`); folded, sorted.
const CAPITALISED_PRONOUNS: &[&str] = &[
    "ihnen", "ihr", "ihre", "ihrem", "ihren", "ihrer", "ihres", "sie",
];

/// True when `folded` is a pronoun some languages capitalise inside sentences: never
/// part of a name.
pub(crate) fn is_capitalised_pronoun(folded: &str) -> bool {
    CAPITALISED_PRONOUNS.binary_search(&folded).is_ok()
}

/// True when `folded` is a month or weekday name.
/// Also in the genitive or plural of English and German (`Dienstags`, `Mondays`,
/// `Aprils`).
pub(crate) fn is_calendar(folded: &str) -> bool {
    CALENDAR.binary_search(&folded).is_ok()
        || folded
            .strip_suffix('s')
            .is_some_and(|w| w.chars().count() >= 3 && CALENDAR.binary_search(&w).is_ok())
}

/// True when `folded` (one word) has the shape of a demonym of a place whose folded
/// one-word names are in `places` (sorted): a stem of four letters or more and a
/// demonym suffix, where the stem starts a place's name (`brit|ish` of `britain`,
/// `chin|ese` of `china`, `palestin|ian` of `palestine`), or, for `-i`, is the name
/// or the name without its `-ia` (`israel|i`, `somal|i`; not `ferrar|i` of
/// `ferrara`). A plural `-s` is dropped first (`Palestinians`).
pub(crate) fn is_demonym(folded: &str, places: &[String]) -> bool {
    let w = folded.strip_suffix('s').unwrap_or(folded);
    let starts = |stem: &str| {
        let i = places.partition_point(|p| p.as_str() < stem);
        places.get(i).is_some_and(|p| p.starts_with(stem))
    };
    let has = |p: &str| places.binary_search_by(|x| x.as_str().cmp(p)).is_ok();
    for suffix in ["ian", "ean", "an", "ese", "ish"] {
        if let Some(stem) = w.strip_suffix(suffix) {
            if stem.chars().count() >= 4 && starts(stem) && !has(w) {
                return true;
            }
        }
    }
    if let Some(stem) = w.strip_suffix('i') {
        if stem.chars().count() >= 4 && !has(w) && (has(stem) || has(&format!("{stem}ia"))) {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_and_folded() {
        for list in [
            EVENT_HEADS,
            EVENT_TAILS,
            CALENDAR,
            CAPITALISED_PRONOUNS,
            PORTFOLIO_ROLES,
            MARKET_CLASSES,
            ARTICLE_PARTICLES,
            BODY_ROLE_QUALIFIERS,
            DEPARTMENTS,
        ] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
            for w in list {
                assert_eq!(nomen_fold::fold(w), *w);
            }
        }
    }

    #[test]
    fn event_names_by_their_head() {
        let w = |s: &str| -> Vec<String> { s.split(' ').map(String::from).collect() };
        for n in [
            "copa del rey",
            "xiii cumbre hispano francesa",
            "gran premio de monaco",
            "champions league",
            "nobel prize",
            "treaty of rome",
            "ley de extranjeria",
            "vi feria de la alfareria",
            "xii asamblea de la asociacion de comites olimpicos",
            "dia de las fuerzas armadas",
            "semana santa",
            "impuesto sobre la renta",
            "promedio industrial dow jones",
            "dow jones industrial average",
        ] {
            assert!(is_event_name(&w(n)), "{n}");
        }
        for n in [
            "banco mundial",
            "conferencia episcopal",
            "real madrid",
            "bank of america",
            "civil guard",
            "jude",
        ] {
            assert!(!is_event_name(&w(n)), "{n}");
        }
    }

    #[test]
    fn demonyms_by_shape() {
        let mut places: Vec<String> = [
            "britain",
            "china",
            "palestine",
            "israel",
            "somalia",
            "ferrara",
            "russia",
            "christchurch",
            "canada",
            "europe",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        places.sort();
        for d in [
            "british",
            "chinese",
            "palestinians",
            "israeli",
            "somali",
            "russian",
            "canadian",
            "european",
        ] {
            assert!(is_demonym(d, &places), "{d}");
        }
        // A place's own name, a brand named like a city, short stems: not demonyms.
        for d in ["canada", "ferrari", "adrian", "google", "morgan"] {
            assert!(!is_demonym(d, &places), "{d}");
        }
    }
}
