//! What the linker knows about places beyond their names: which one-word names of a
//! place are also common words, and in which languages (the gazetteer field
//! `common_words`, `{"de": ["Siegen"]}`, that `scripts/data/places.py` writes for the
//! built-in cities), each place's country, the language a text is written in, and
//! the words that put a place after them (`in`, `nach`, `desde`, `в`).
//!
//! A one-word place name that is a common word of the text's language (`Siegen`,
//! German `siegen`; `Nice`) is linked only with evidence that the text means the place
//! ([`super::Rule::PlaceEvidence`]): a preposition of place right before it, another
//! place named next to it, or its country named nearby. German capitalises its nouns,
//! so a capital says nothing there.
//!
//! A one-word name of a town (a city that is neither a national capital, nor the
//! largest city of its country, nor of [`LARGE_CITY`] inhabitants or more) needs such
//! evidence too, in any language ([`PlaceFacts::needs_evidence`]): most one-word town
//! names are also surnames, clubs, ships, storms or parts of longer names, and the
//! text says which by a preposition of place (`in`, `nach`, `в`), a dateline, a word
//! for a settlement before it (`the city of`, `Stadt`, `provincia de`,
//! [`is_settlement_word`]), brackets of its own (`Ulla Schmidt (Aachen)`), another
//! place joined to it by a hyphen or in a list, its country nearby, or the same place
//! named so elsewhere in the text.
//!
//! A US state's name after a comma ([`us_states`], `data/places/us-states.tsv`) says
//! which town a text means and that it is one (`Dayton, Ohio`); a city of the name in
//! another state or country is not meant there, nor elsewhere in that text
//! (`Alexandria, Virginia` is not Egypt's). The state's name there links only as the
//! state itself (a region, [`PlaceFacts::is_us_state`]).

use std::collections::{HashMap, HashSet};

use nomen_fold::Folder;

use crate::hash::FxBuild;
use crate::{Gazetteer, Kind};

/// The languages [`detect_language`] tells apart, as bits; the `common_words` field
/// names them by ISO 639-1 code.
const LANGUAGES: [&str; 7] = ["en", "de", "es", "fr", "it", "pt", "nl"];

/// Function words frequent in one language of [`LANGUAGES`] and rare in the others
/// (folded), in the same order: how [`detect_language`] tells them apart.
const MARKERS: [&[&str]; 7] = [
    &[
        "the", "and", "of", "is", "that", "was", "with", "for", "have", "has", "are", "this",
    ],
    &[
        "der", "die", "und", "das", "ist", "nicht", "mit", "sich", "auch", "wir", "ein", "eine",
    ],
    &[
        "el", "los", "las", "que", "por", "una", "con", "del", "para", "esta", "pero", "como",
    ],
    &[
        "le", "les", "est", "une", "pour", "dans", "qui", "pas", "sont", "avec", "ce", "il",
    ],
    &[
        "il", "che", "della", "gli", "sono", "per", "una", "non", "anche", "nel", "delle", "questo",
    ],
    &[
        "os", "uma", "nao", "com", "para", "mais", "foi", "pelo", "como", "dos", "ao", "tem",
    ],
    &[
        "het", "een", "van", "niet", "zijn", "dat", "ook", "maar", "voor", "wordt", "worden",
        "heeft",
    ],
];

/// Folded words after which a capitalised word is a place: prepositions of place and
/// direction (not `de`, `von`, `of`: they belong to names and to everything else too).
const PLACE_PREPOSITIONS: &[&str] = &[
    // English
    "in", "from", "to", "at", "near", "into", "via", "outside", //
    // German
    "im", "ins", "aus", "bei", "nahe", // (not `nach`, `zum`: `nach Siegen`, `zum Essen`)
    // Spanish, Portuguese
    "en", "desde", "hacia", "em", // French, Italian
    "au", "aux", "vers", "nel", "nella", "verso", // Dutch
    "naar", "uit", "bij", // Russian (the folded view romanises Cyrillic)
    "v", "vo", "iz", "pod", "okolo",
];

/// Folded prepositions of place of the Cyrillic-script languages other than Russian,
/// which count only written in Cyrillic: `у` is `in` in Ukrainian, Belarusian, Serbian
/// and Macedonian (`у Женеві`, `у Женеви`; in Latin letters `u` is also a Czech,
/// Polish or Slovak word and an initial), Bulgarian `във` is `в` before a `в` or `ф`.
/// (Russian `у` is `at`, before a person as often: it says place only before a
/// place's name, which is where it is asked.)
const CYRILLIC_PLACE_PREPOSITIONS: &[&str] = &["u", "vav"];

/// Folded Greek prepositions of place and direction: `σε` (`in`, `at`, `to`) merged
/// with the article, as Greek writes it before a place's name (`στην Κρήτη`, `στο
/// Βελιγράδι`, `στον Πειραιά`, `στη Ρώμη`, `στις Βρυξέλλες`, `στους Δελφούς`; Triantafyllidis'
/// *Νεοελληνική Γραμματική* on the preposition `σε`), which count only written in Greek
/// (in Latin letters `sto`, `sta` are words of other languages). (Not `από`, `from`,
/// which names the agent of a passive too: `από τον Μητσοτάκη`.)
const GREEK_PLACE_PREPOSITIONS: &[&str] = &["sto", "sti", "stin", "ston", "sta", "stis", "stus"];

/// Folded prepositions that put a natural feature or a historical region after them
/// (`auf Mallorca`, `na Pomorzu`, `sulle Dolomiti`) but are as often before other
/// words (`auf Twitter`, `na Twitterze`): evidence for a feature's name only. German
/// `auf` (islands: Duden, *auf Sylt*), the Scandinavian `på` (*på Gotland*), the
/// Slavic `na` (islands, mountain ranges and
/// regions: `na Krecie`, `na Moravě`, `na Balkanu`; the Portuguese `na`, `in the`,
/// writes the same letters), Italian `su` with the article (`sulle Alpi`, `sul
/// Carso`, `sulla Sila`).
const FEATURE_PREPOSITIONS: &[&str] = &[
    "auf", "na", "sul", "sulla", "sulle", "sui", "sugli", // (Swedish, Danish, Norwegian)
    "pa",    // (Dutch, islands: `op Kreta`, `op Texel`)
    "op",    // (Italian, elided before a vowel: `sull'Etna`, `sull'Isola d'Elba`)
    "sull",
];

/// Folded Slavic prepositions of a river's, a lake's or a sea's bank (`nad`, *on the
/// banks of*: Polish `nad Wisłą`, `nad Sekwaną`, Czech and Slovak `nad Vltavou`,
/// `nad Balatonem`), which a river's name takes as an island's takes `na`; as often
/// *over* (`nad Polską`), so evidence for a feature's name only.
const BANK_PREPOSITIONS: &[&str] = &["nad"];

/// True when the folded word is a Slavic preposition of a river's or a lake's bank
/// ([`BANK_PREPOSITIONS`]).
pub(crate) fn is_bank_preposition(folded: &str) -> bool {
    BANK_PREPOSITIONS.contains(&folded)
}

/// True when the folded word is a preposition of a feature's name
/// ([`FEATURE_PREPOSITIONS`]), or, written in Cyrillic (`cyrillic`), `на` (Russian,
/// Ukrainian, Bulgarian, Serbian: `на Майорке`, `на Балканах`).
pub(crate) fn is_feature_preposition(folded: &str, cyrillic: bool) -> bool {
    if cyrillic {
        return folded == "na";
    }
    FEATURE_PREPOSITIONS.contains(&folded)
}

/// True when the folded word, written after an apostrophe, is the Turkish locative
/// suffix (TDK: `-da`, `-de`, `-ta`, `-te` by vowel harmony and the last
/// consonant), alone or with the relative `-ki` (`İzmir'deki`): where something is.
pub(crate) fn is_turkish_locative(folded: &str) -> bool {
    matches!(
        folded,
        "da" | "de" | "ta" | "te" | "daki" | "deki" | "taki" | "teki"
    )
}

/// True when the folded word, written in Greek, is a preposition of place or
/// direction ([`GREEK_PLACE_PREPOSITIONS`]).
pub(crate) fn is_greek_preposition(folded: &str) -> bool {
    GREEK_PLACE_PREPOSITIONS.contains(&folded)
}

/// Folded prepositions of direction of the Cyrillic-script languages, which count
/// only written in Cyrillic: `до` (`to`, `as far as` in Ukrainian, Bulgarian,
/// Serbian, Macedonian and Russian: `до Женеви`), Bulgarian `към`.
const CYRILLIC_DIRECTION_PREPOSITIONS: &[&str] = &["do", "kam"];

/// True when the folded word, written in Cyrillic, is a preposition of place
/// ([`CYRILLIC_PLACE_PREPOSITIONS`]) or, with `direction`, of direction
/// ([`CYRILLIC_DIRECTION_PREPOSITIONS`]) that the Latin-script lists do not hold.
pub(crate) fn is_cyrillic_preposition(folded: &str, direction: bool) -> bool {
    CYRILLIC_PLACE_PREPOSITIONS.contains(&folded)
        || (direction && CYRILLIC_DIRECTION_PREPOSITIONS.contains(&folded))
}

/// Folded prepositions of direction that put a town after them in a text that names
/// it without other evidence (`nach Leipzig`, `towards Kherson`): too common before
/// other words for common-word names ([`PLACE_PREPOSITIONS`] leaves them out), but
/// before a town's name that is no common word they mean the town.
const DIRECTION_PREPOSITIONS: &[&str] = &[
    "towards",
    "toward",
    "across",
    "around",
    "throughout",
    "inside", // English
    "nach",   // German
    "hasta",
    "entre", // Spanish, Portuguese
    "tra",   // Italian
    "ot",
    "cherez", // Russian, romanised
];

/// Folded prepositions of place and direction that say place only in a text of their
/// language (an ISO 639-1 code, as whatlang tells it: [`super::language`]), as
/// the language's grammars give them before a town's name in the nominative: Italian
/// `a` (*in*, *to* a town: `a Norimberga`; Serianni, *Grammatica italiana*, the
/// preposition `a` before names of towns), Romanian `la`, `din`, `spre` (*at*, *from*,
/// *towards*: GALR; `în` folds to `in`, already one of [`PLACE_PREPOSITIONS`]),
/// Swedish `i`, `på`, `från` and Danish and Norwegian `i`, `på`, `fra` (*Svenska
/// Akademiens grammatik*, Dansk Sprognævn, Språkrådet). Elsewhere the same letters are
/// an article (Italian `a` is English `a`, Romanian `la` the French and Spanish `la`),
/// a pronoun (Swedish `i` is English `I`) or nothing.
const LANGUAGE_PLACE_PREPOSITIONS: &[(&str, &str)] = &[
    ("a", "it"),
    ("la", "ro"),
    ("din", "ro"),
    ("spre", "ro"),
    ("i", "sv"),
    ("pa", "sv"),
    ("fran", "sv"),
    ("i", "da"),
    ("pa", "da"),
    ("fra", "da"),
];

/// The languages (ISO 639-1 codes) in whose texts the folded word is a preposition of
/// place or direction ([`LANGUAGE_PLACE_PREPOSITIONS`]).
pub(crate) fn preposition_languages(folded: &str) -> impl Iterator<Item = &'static str> + '_ {
    LANGUAGE_PLACE_PREPOSITIONS
        .iter()
        .filter(move |&&(w, _)| w == folded)
        .map(|&(_, code)| code)
}

/// True when the folded word is a preposition of direction ([`DIRECTION_PREPOSITIONS`])
/// or of place ([`PLACE_PREPOSITIONS`]).
pub(crate) fn is_direction_preposition(folded: &str) -> bool {
    DIRECTION_PREPOSITIONS.contains(&folded) || PLACE_PREPOSITIONS.contains(&folded)
}

/// Folded nouns for a settlement or an administrative area, which name the place
/// after them (`the city of Amsterdam`, `la provincia de Tarragona`, `die Stadt
/// Leipzig`, `город Киров`) in the languages told apart and Russian (romanised).
/// German compounds ending in `stadt` (`Hansestadt`, `Messestadt`) count too.
const SETTLEMENT_WORDS: &[&str] = &[
    // English
    "city",
    "cities",
    "town",
    "towns",
    "village",
    "villages",
    "capital",
    "province",
    "region",
    "district",
    "county",
    "borough",
    "municipality",
    "port",
    "suburb",
    "hometown",
    // German
    "stadt",
    "stadte",
    "gemeinde",
    "provinz",
    "bezirk",
    "kreis",
    "landkreis",
    "hafen",
    "metropole",
    "wahlkreis",
    // Spanish, Portuguese, Italian, French
    "ciudad",
    "ciudades",
    "provincia",
    "municipio",
    "localidad",
    "pueblo",
    "cidade",
    "cidades",
    "regiao",
    "citta",
    "comune",
    "capitale",
    "regione",
    "ville",
    "villes",
    "commune",
    // Dutch
    "stad",
    "gemeente",
    "provincie",
    "hoofdstad",
    // Russian, romanised
    "gorod",
    "goroda",
    "gorode",
    "stolitsa",
    "stolitse",
    "oblast",
];

/// Folded nouns for a settlement's offices and officials and for the points of the
/// compass, which name the place after a connector (`the mayor of Reus`, `el
/// Ayuntamiento de Reus`, `50 miles west of Boston`, `nördlich von Kassel`); without
/// one they are as often a title (`Bürgermeister Jung`) or a name's word (`West Ham`).
const OF_PLACE_WORDS: &[&str] = &[
    // offices and officials
    "mayor",
    "mayors",
    "alcalde",
    "alcaldesa",
    "ayuntamiento",
    "burgermeister",
    "oberburgermeister",
    "prefeito",
    "prefeitura",
    "sindaco",
    "maire",
    "mairie",
    "burgemeester",
    "mer",
    "meriya",
    // points of the compass
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "nordlich",
    "sudlich",
    "ostlich",
    "westlich",
    "norte",
    "sur",
    "este",
    "oeste",
    "nord",
    "sud",
    "est",
    "ovest",
    "ouest",
    "noord",
    "zuid",
    "oost",
    "severnee",
    "yuzhnee",
    "vostochnee",
    "zapadnee",
];

/// True when the folded word names a place after a connector ([`OF_PLACE_WORDS`]).
pub(crate) fn is_of_place_word(folded: &str) -> bool {
    OF_PLACE_WORDS.contains(&folded)
}

/// Folded nouns for a settlement that languages which put the noun after the name
/// write after it (Finnish `Nokian kaupunki`, the genitive before `kaupunki`, `kunta`;
/// Hungarian `Pécs város`; Turkish `Konya şehri`; Estonian `Tartu linn`; Lithuanian
/// `Kauno miestas`; Latvian `Jelgavas pilsēta`), in their frequent cases.
const SETTLEMENT_WORDS_AFTER: &[&str] = &[
    // Finnish
    "kaupunki",
    "kaupungin",
    "kaupungissa",
    "kaupunkiin",
    "kaupungista",
    "kunta",
    "kunnan",
    "kunnassa",
    "kyla",
    "kylan",
    "kylassa",
    // Hungarian
    "varos",
    "varosban",
    "varosa",
    "falu",
    // Turkish
    "sehri",
    "kenti",
    "ilcesi",
    // Estonian
    "linn",
    "linna",
    "linnas",
    // Lithuanian, Latvian
    "miestas",
    "mieste",
    "miesto",
    "pilseta",
    "pilsetas",
];

/// True when the folded word is a settlement's noun that follows the name
/// ([`SETTLEMENT_WORDS_AFTER`]: `Nokian kaupunki`).
pub(crate) fn is_settlement_word_after(folded: &str) -> bool {
    SETTLEMENT_WORDS_AFTER.contains(&folded)
}

/// True when the folded word is a settlement's or an area's noun
/// ([`SETTLEMENT_WORDS`], or a German compound in `stadt`).
pub(crate) fn is_settlement_word(folded: &str) -> bool {
    SETTLEMENT_WORDS.contains(&folded) || (folded.len() > 5 && folded.ends_with("stadt"))
}

/// Folded words that join the names of a list (`Hagen und Siegen`, `Hagen, Siegen`).
const LIST_WORDS: &[&str] = &[
    "and", "or", "und", "oder", "y", "o", "e", "ou", "et", "en", "i", "och", "og", "ili",
];

/// Folded forms of address, after which a one-word name is a person's (`Mr Jordan`,
/// `señor Rodríguez`, `Frau Hamm`), unlike role words (`Kanzler`, `канцлер`), which
/// also come before a country's name in the genitive (`канцлер Германии`).
/// Each with the gender it says ([`address_gender`]).
const FORMS_OF_ADDRESS: &[(&str, bool)] = &[
    ("mr", MAN),
    // (Written out: `Mister Germany`, a pageant's title, is no country.)
    ("mister", MAN),
    ("mrs", WOMAN),
    ("ms", WOMAN),
    ("miss", WOMAN),
    ("sir", MAN),
    ("dame", WOMAN),
    ("lord", MAN),
    ("lady", WOMAN), // English
    ("herr", MAN),
    ("frau", WOMAN), // German
    ("senor", MAN),
    ("senora", WOMAN),
    ("senorita", WOMAN),
    ("sr", MAN),
    ("sra", WOMAN),
    ("srta", WOMAN),
    ("don", MAN),
    ("dona", WOMAN), // Spanish
    ("senhor", MAN),
    ("senhora", WOMAN),
    ("dom", MAN), // Portuguese
    ("monsieur", MAN),
    ("madame", WOMAN),
    ("mademoiselle", WOMAN),
    ("mme", WOMAN),
    ("mlle", WOMAN), // French
    ("signor", MAN),
    ("signore", MAN),
    ("signora", WOMAN),
    ("signorina", WOMAN),
    ("sig", MAN),
    ("sigra", WOMAN), // Italian
    ("meneer", MAN),
    ("mevrouw", WOMAN),
    ("dhr", MAN),
    ("mevr", WOMAN), // Dutch
    ("gospodin", MAN),
    ("gospozha", WOMAN), // Russian, romanised
    // Royal titles, before a given name that is also a place's (`Reina Sofía`,
    // `Queen Elizabeth`, `Prince George`): English, Spanish, Portuguese, French,
    // Italian, German, Dutch.
    ("queen", WOMAN),
    ("king", MAN),
    ("prince", MAN),
    ("princess", WOMAN),
    ("reina", WOMAN),
    ("rey", MAN),
    ("principe", MAN),
    ("princesa", WOMAN),
    ("infanta", WOMAN),
    ("infante", MAN),
    ("rainha", WOMAN),
    ("rei", MAN),
    ("reine", WOMAN),
    ("roi", MAN),
    ("principessa", WOMAN),
    ("konigin", WOMAN),
    ("konig", MAN),
    ("prinz", MAN),
    ("prinzessin", WOMAN),
    ("koningin", WOMAN),
    ("koning", MAN),
];

/// [`FORMS_OF_ADDRESS`]' gender of a woman's form of address, and of a man's.
const WOMAN: bool = true;
const MAN: bool = false;

/// Folded head nouns of the names of organisations, institutions, events and treaties
/// that take a place's name (`Bank of Montreal`, `University at Buffalo`, `Rotary Club
/// Liechtenstein`, `Vertrag von Maastricht`, `Tour de France`, `Liverpool FC`): a place
/// named inside such a name is part of it, not the place the text speaks of.
const ORGANISATION_WORDS: &[&str] = &[
    // banks
    "bank",
    "banco",
    "banca",
    "banque",
    "sparkasse",
    "bancorp",
    // universities, schools, hospitals
    "university",
    "universidad",
    "universitat",
    "universita",
    "universite",
    "universidade",
    "universiteit",
    "uniwersytet",
    "college",
    "hochschule",
    "institute",
    "instituto",
    "institut",
    "istituto",
    // academies (`the United States National Academy of Sciences`, `Real Academia de
    // España`): learned bodies of their own, not the country's organs
    "academy",
    "academies",
    "academia",
    "akademie",
    "accademia",
    "academie",
    "hospital",
    "klinikum",
    "ospedale",
    "hopital",
    // clubs and teams (and the abbreviations of [`CLUB_FORMS`])
    "club",
    "united",
    "athletic",
    "atletico",
    "sporting",
    // associations and societies (`JCC Association of North America`, `Geological
    // Society of America`)
    "association",
    "society",
    "asociacion",
    "sociedad",
    "associazione",
    "associacao",
    "verband",
    "vereniging",
    // federations and confederations of associations (`la Confederación de
    // Cooperativas de España`, `the Federation of Small Businesses`)
    "federation",
    "confederation",
    "federacion",
    "confederacion",
    "federazione",
    "confederazione",
    "federacao",
    "confederacao",
    // airports, air bases, ports, stations (`Osan Airbase`; `the Port of Aden`, the
    // port's authority and docks, as an airport is the airport's: in lowercase, `the
    // port of Aden`, the city's port; the whole names `Port of Spain`, `Port Said` are
    // the gazetteer's)
    "airport",
    "airbase",
    "port",
    // stadiums (`the Los Angeles Memorial Coliseum`, `the Wembley Stadium`)
    "stadium",
    "coliseum",
    "aeropuerto",
    "aeroporto",
    "aeroport",
    "flughafen",
    "luchthaven",
    // races
    "tour",
    "giro",
    "vuelta",
    "marathon",
    "maraton",
    "rallye",
    "rally",
    // shows held every year and named after their city (`New York Fashion Week`,
    // `London Design Week`), as races are
    "week",
    // police forces and departments (`the Chicago Police Department`; not Spanish
    // `la Policía de Granada`, the force of the place, which CoNLL-2002 tags a place)
    "police",
    "department",
    // rounds of negotiations (`the Doha Round`, `the Uruguay Round`)
    "round",
    // stock exchanges and chambers (`la Bolsa de Madrid`, `the London Stock Exchange`,
    // `the U.S. Chamber of Commerce`): bodies named after their seat or country that are
    // neither the place nor its state ([`MARKET_WORDS`])
    "bolsa",
    "borsa",
    "bourse",
    "exchange",
    "chamber",
    "camara",
    "chambre",
    // broadcasters (`Radio Nacional de España`, `Radio France`)
    "radio",
    "television",
    "televisao",
    "televisione",
    // resorts (`the Oriental Salt Lake Resort`; not `a ski resort`, in lowercase; a
    // hotel only right before the name, `Doc::inside_organisation_name`)
    "resort",
    // authorities, foundations, networks, centres, organisations, groups, companies
    // and parties named after a place (`the Hong Kong Monetary Authority`, `Pesticide
    // Action Network North America`, `the Minsk Group`, `UK Independence Party`): bodies
    // of their own, not the place nor its state. (Not a council, a command, a
    // department of state or an embassy: the samples count a country's organs as the
    // country, `the U.S. Embassy`, `Russian Federation Council`.)
    "authority",
    "autoridad",
    "autorite",
    "autorita",
    "autoridade",
    "behorde",
    // national statistics offices (`Statistics Canada`, `Statistics South Africa`)
    "statistics",
    "foundation",
    "fundacion",
    "fondation",
    "fondazione",
    "fundacao",
    "stiftung",
    "network",
    "center",
    "centre",
    "organization",
    "organisation",
    "organizacion",
    "organizzazione",
    "group",
    "grupo",
    "groupe",
    "gruppo",
    // boards (`the Northern Ireland Health and Social Care Board`, `the Scottish
    // Tourist Board`)
    "board",
    "company",
    "corporation",
    "party",
    "partido",
    "parti",
    "partito",
    "partei",
    // armed groups named after their town (`Benghazi Defence Brigades`)
    "brigade",
    "brigades",
    "brigada",
    "brigadas",
    "brigaden",
    "battalion",
    "battalions",
    "batallon",
    "militia",
    "militias",
    "milicia",
    "milicias",
    // orchestras named after their city (`the Berlin Philharmonic`; not a stadium's
    // or a museum's noun, which before a connector says where it is: `das Stadion von
    // Lille`)
    "philharmonic",
    "orchestra",
    "orchester",
    "orquesta",
    // newspapers
    "times",
    "post",
    "herald",
    "tribune",
    "journal",
    "gazette",
    "zeitung",
    "chronicle",
];

/// Folded head nouns of the names of treaties, agreements, strategies and processes
/// that take the name of the place where they were made (`Vertrag von Maastricht`,
/// `Lissabon-Strategie`): a city inside such a name is not the city the text speaks
/// of; a country is the party or the subject (`Afghanistan-Strategie`), the country.
const AGREEMENT_WORDS: &[&str] = &[
    "treaty",
    "vertrag",
    "vertrags",
    "vertrages",
    "tratado",
    "traite",
    "trattato",
    "accord",
    "accords",
    "convenio",
    "convencion",
    "convenzione",
    "agreement",
    "agreements",
    "abkommen",
    "protocol",
    "protokoll",
    "protocolo",
    "convention",
    "konvention",
    // (in the plural too, as a treaty and its protocols are named together: `the
    // Geneva Conventions`, `the Vienna conventions`, `die Genfer Konventionen`)
    "treaties",
    "tratados",
    "traites",
    "trattati",
    "convenios",
    "convenciones",
    "convenzioni",
    "protocols",
    "protocolos",
    "protokolle",
    "conventions",
    "konventionen",
    "strategie",
    "strategy",
    "estrategia",
    "agenda",
    // pacts, military or political (`the Warsaw pact`, `der Warschauer Pakt`)
    "pact",
    "pacts",
    "pakt",
    "pacto",
    "pactos",
    "patto",
    "pacte",
    "prozess",
    "process",
    "proceso",
];

/// True when the folded word is the head noun of a treaty's, agreement's or
/// strategy's name ([`AGREEMENT_WORDS`]).
pub(crate) fn is_agreement_word(folded: &str) -> bool {
    AGREEMENT_WORDS.contains(&folded)
}

/// Folded words that join an organisation's head noun to the place it is named after
/// (`Bank of Montreal`, `University at Buffalo`, `Vertrag von Maastricht`).
const NAME_CONNECTORS: &[&str] = &[
    "of", "at", "de", "del", "della", "di", "du", "des", "von", "zu", "do", "da", "dos", "d", "van",
];

/// Folded connectors that join the words of a place's name by hyphens (`Hauts-de-France`,
/// `Stratford-upon-Avon`, `Châlons-en-Champagne`, `Frankfurt-am-Main`,
/// `Saint-Pierre-et-Miquelon`): a place's name after one is the end of the longer name.
const HYPHEN_CONNECTORS: &[&str] = &[
    "de", "du", "des", "la", "le", "les", "en", "sur", "sous", "et", "upon", "on", "am", "an",
    "im", "del", "della", "di",
];

/// True when `folded` joins a place's name's words by hyphens ([`HYPHEN_CONNECTORS`]).
pub(crate) fn is_hyphen_connector(folded: &str) -> bool {
    HYPHEN_CONNECTORS.contains(&folded)
}

/// Folded nouns of titles of nobility that take a place after a connector as part of a
/// person's title (`the Prince of Wales`, `the Duke of Edinburgh`, `la Princesa de
/// Asturias`, `der Herzog von Württemberg`): the title names a person, and the place is
/// no more meant than in a family name. English, Spanish, French, German and Italian
/// (not Italian `conte`, a frequent surname). The ruler of a country (`the Prince of
/// Monaco`, `King of Spain`) is no such title: it names the country's head, and a
/// country is not read this way (`Doc::in_noble_title` in `doc.rs`).
const NOBLE_TITLES: &[&str] = &[
    "prince",
    "princess",
    "duke",
    "duchess",
    "earl",
    "countess",
    "marquess",
    "marquis",
    "marchioness",
    "viscount",
    "viscountess",
    "baron",
    "baroness", // English
    "principe",
    "princesa",
    "duque",
    "duquesa",
    "conde",
    "condesa",
    "marques",
    "marquesa", // Spanish
    "princesse",
    "duc",
    "duchesse",
    "comte",
    "comtesse", // French
    "prinz",
    "prinzessin",
    "herzog",
    "herzogin",
    "graf",
    "grafin",
    "furst",
    "furstin", // German
    "principessa",
    "duca",
    "duchessa",
    "contessa", // Italian
];

/// True when the folded word is one of [`NOBLE_TITLES`].
pub(crate) fn is_noble_title(folded: &str) -> bool {
    NOBLE_TITLES.contains(&folded)
}

/// Folded nouns of meetings named after where they are held (`the Madrid summit`, `la
/// Conferencia de Bonn`, `the Congress of Vienna`): by the samples' conventions the
/// place, so a capitalised one before a connector does not make the place's name the
/// end of a longer name (`Doc::after_name_and_connector` in `doc.rs`).
const VENUE_WORDS: &[&str] = &[
    "conference",
    "summit",
    "talks",
    "meeting",
    "congress",
    "conferencia",
    "cumbre",
    "reunion",
    "congreso",
    "conferenza",
    "vertice",
    "congresso",
    "sommet",
    "congres",
    "konferenz",
    "gipfel",
    "kongress",
];

/// True when the folded word is the noun of a meeting named after its venue
/// ([`VENUE_WORDS`]).
pub(crate) fn is_venue_word(folded: &str) -> bool {
    VENUE_WORDS.contains(&folded)
}

/// Folded adjectives of the points of the compass that start the name of another
/// territory before a country's name (`Northern Ireland`, `Western Sahara`):
/// capitalised before a country's name, they make a name of their own, not a part of
/// the country (in lowercase, `northern Syria`, they say the part).
const COMPASS_ADJECTIVES: &[&str] = &["northern", "southern", "eastern", "western"];

/// Folded Romance nouns of the points of the compass that end the name of another
/// territory after a country's name and a connector (`Irlanda del Norte`, `Corée du
/// Nord`, `Sahara Occidental` aside): capitalised there, they make a name of their own.
const COMPASS_NOUNS: &[&str] = &[
    "norte", "sur", "este", "oeste", "nord", "sud", "est", "ouest", "ovest",
];

/// Folded forms of the adjective `new` in the languages told apart: capitalised right
/// before a place's name that the gazetteer does not hold with it, they make the name
/// of something else (`Nueva Canarias`, a party; `Neues Deutschland`, a newspaper;
/// `New Europe`), as `New York` and `Nueva Zelanda` are names of their own.
const NEW_ADJECTIVES: &[&str] = &[
    "new", "neu", "neue", "neues", "neuer", "neuen", "nueva", "nuevo", "nuevas", "nuevos",
    "nouvelle", "nouveau", "nouvel", "nuova", "nuovo", "nova", "novo", "nieuw", "nieuwe",
];

/// True when the folded word is a form of the adjective `new` ([`NEW_ADJECTIVES`]).
pub(crate) fn is_new_adjective(folded: &str) -> bool {
    NEW_ADJECTIVES.contains(&folded)
}

/// Folded English words of the points of the compass, in lowercase between a town's
/// name and the country or region that places it (`Kent, south-east England`).
const COMPASS_WORDS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
];

/// True when the folded word is one of [`COMPASS_WORDS`].
pub(crate) fn is_compass_word(folded: &str) -> bool {
    COMPASS_WORDS.contains(&folded)
}

/// True when the folded word is one of [`COMPASS_NOUNS`].
pub(crate) fn is_compass_noun(folded: &str) -> bool {
    COMPASS_NOUNS.contains(&folded)
}

/// True when the folded word is one of [`COMPASS_ADJECTIVES`].
pub(crate) fn is_compass_adjective(folded: &str) -> bool {
    COMPASS_ADJECTIVES.contains(&folded)
}

/// Folded nouns of roads and streets, whose names take a place's name after a connector
/// (`Autovía de la Plata`, `Avenida de Mayo`) or before them (`Oxford Street`): not
/// right before it, where the places are the road's ends (`Autovía Córdoba-Antequera`).
const ROAD_WORDS: &[&str] = &[
    "autovia",
    "autopista",
    "calle",
    "avenida",
    "street",
    "avenue",
    "boulevard",
    "strasse",
];

/// True when the folded word is a road's noun ([`ROAD_WORDS`]).
pub(crate) fn is_road_word(folded: &str) -> bool {
    ROAD_WORDS.contains(&folded)
}

/// Folded stems of the Latvian and Lithuanian nouns of roads, squares and a city's
/// parts, which take a place's genitive before them as their name (`Maskavas iela`,
/// `Rīgas gatve`, `Vilniaus prospektas`, `Kauno aikštė`, `Maskavas forštate`), with
/// the most letters their case endings add (Latvian `iel-a`, `-ā`, `-as`, `-ai`;
/// Lithuanian `gatv-ė`, `-ėje`, `-ės`). From the languages' words for them: Latvian
/// `iela`, `prospekts`, `bulvāris`, `gatve`, `šoseja`, `laukums`, `krastmala`,
/// `forštate`, `priekšpilsēta`; Lithuanian `gatvė`, `prospektas`, `alėja`, `aikštė`,
/// `plentas`, `skersgatvis`, `rajonas`, `seniūnija`.
const BALTIC_ROAD_STEMS: &[(&str, usize)] = &[
    ("iel", 2),
    ("prospekt", 4),
    ("bulvar", 4),
    ("gatv", 4),
    ("sosej", 3),
    ("laukum", 3),
    ("krastmal", 3),
    ("forstat", 3),
    ("priekspilset", 3),
    ("alej", 4),
    ("aikst", 4),
    ("plent", 4),
    ("skersgatv", 4),
    ("rajon", 4),
    ("seniunij", 4),
];

/// True when the folded word is a case form of a Latvian or Lithuanian noun of a
/// road, a square or a city's part ([`BALTIC_ROAD_STEMS`]).
pub(crate) fn is_baltic_road_word(folded: &str) -> bool {
    BALTIC_ROAD_STEMS.iter().any(|&(stem, extra)| {
        folded
            .strip_prefix(stem)
            .is_some_and(|rest| rest.len() <= extra && rest.bytes().all(|b| b.is_ascii_lowercase()))
    })
}

/// Abbreviations of a club's or a team's form, written before or after its name
/// (`FC Barcelona`, `Valencia CF`, `SC Freiburg`, `RCD Espanyol`): words of
/// organisation names like [`ORGANISATION_WORDS`], and part of the name, never a
/// name alone.
const CLUB_FORMS: &[&str] = &[
    "fc", "cf", "afc", "sc", "sv", "bsc", "ssc", "cd", "ud", "rcd", "fk", "sk",
];

/// True when the folded word is the head noun of an organisation's, event's or
/// treaty's name ([`ORGANISATION_WORDS`], [`CLUB_FORMS`]).
pub(crate) fn is_organisation_word(folded: &str) -> bool {
    ORGANISATION_WORDS.contains(&folded)
        || CLUB_FORMS.contains(&folded)
        || AGREEMENT_WORDS.contains(&folded)
}

/// True when the folded word abbreviates a club's or a team's form ([`CLUB_FORMS`]:
/// `fc`, `cf`, `sc`, ...).
pub(crate) fn is_club_form(folded: &str) -> bool {
    CLUB_FORMS.contains(&folded)
}

/// Folded words of [`ORGANISATION_WORDS`] that name a stock exchange or a chamber of
/// commerce, bodies of neither a place nor its state: a country's acronym before one
/// is part of the body's name too (`the U.S. Chamber of Commerce`; not `the U.S.
/// Department of Agriculture`, the state's).
const MARKET_WORDS: &[&str] = &[
    "bolsa", "borsa", "bourse", "exchange", "chamber", "camara", "chambre",
];

/// True when the folded word is one of [`MARKET_WORDS`].
pub(crate) fn is_market_word(folded: &str) -> bool {
    MARKET_WORDS.contains(&folded)
}

/// Folded words of [`ORGANISATION_WORDS`] that name a treaty, which English writes in
/// lowercase after the place (`the Minsk agreements`, `the Kyoto protocol`), and the
/// programmes and airports named after a city in the same way (`the Stockholm
/// programme`, `Brussels airport`).
const TREATY_WORDS: &[&str] = &[
    "treaty",
    "treaties",
    "accord",
    "accords",
    "protocol",
    "protocols",
    "convention",
    "conventions",
    "agreement",
    "agreements",
    "pact",
    "pacts",
    "programme",
    "program",
    "airport",
    // an air base named after the city it is near (`Osan airbase`, `the Bagram
    // airfield`), as an airport is
    "airbase",
    "airbases",
    "airfield",
    // a series of negotiations named after where it started (`the Minsk process`,
    // `the Bologna process`), as `process` is a head noun capitalised
    "process",
    "processes",
    // a ceasefire named after where it was agreed (`the Astana ceasefire`), as an
    // agreement is, and a regulation after where its convention was signed (`the
    // Dublin regulation`)
    "ceasefire",
    "ceasefires",
    "truce",
    "truces",
    "regulation",
    "regulations",
];

/// Folded nouns of a broadcaster or a channel, in the languages told apart and in
/// Russian (romanised by folding): after a place's name and a number (`Europe 1
/// radio`, `the Rossiya 24 TV channel`, `France 24 television`) or right before them
/// (`телеканал Россия 24`), the name is the station's, not the place's.
const BROADCASTER_WORDS: &[&str] = &[
    "radio",
    "tv",
    "television",
    "channel",
    "broadcaster",
    "station", // English
    "sender",
    "fernsehsender",
    "radiosender",
    "fernsehen", // German
    "canal",
    "cadena",
    "emisora", // Spanish (`television`, `radio` as in English)
    "chaine",
    "tele", // French
    "canale",
    "emittente",
    "televisione", // Italian
    "emissora",
    "televisao", // Portuguese
    "kanal",
    "telekanal",
    "radiokanal",
    "radiostantsiya",
    "televidenie", // Russian, German `Kanal`
];

/// Russian case endings (folded) on the masculine nouns of [`BROADCASTER_WORDS`]
/// (`телеканалу`, `в эфире телеканала`).
const RUSSIAN_NOUN_ENDINGS: &[&str] = &["a", "u", "e", "om"];

/// True when the folded word is one of [`BROADCASTER_WORDS`], or a Russian case form
/// of one of its nouns in `-kanal`.
pub(crate) fn is_broadcaster_word(folded: &str) -> bool {
    BROADCASTER_WORDS.contains(&folded)
        || RUSSIAN_NOUN_ENDINGS.iter().any(|e| {
            folded
                .strip_suffix(e)
                .is_some_and(|stem| stem.ends_with("kanal") && BROADCASTER_WORDS.contains(&stem))
        })
}

/// Folded nouns of a sports team's people, which take the team's place name right
/// before them (`a Cologne fan`, `Germany striker`, `Köln-Fans`): the name is the
/// team's there, not the place's.
const TEAM_WORDS: &[&str] = &[
    "fan",
    "fans",
    "supporters",
    "ultras",
    "striker",
    "strikers",
    "goalkeeper",
    "midfielder",
    "defender",
    "winger",
    "anhanger",
    "sturmer",
    "torwart",
    "torhuter",
    "hinchas",
    "tifosi",
];

/// True when the folded word is one of [`TEAM_WORDS`].
pub(crate) fn is_team_word(folded: &str) -> bool {
    TEAM_WORDS.contains(&folded)
}

/// Folded capitalised words of the offices and bodies of a US state that follow the
/// state's name (`New York Attorney General`, `New York Gov. Cuomo`, `the Washington
/// Legislature`): a city of the state's name before one is the state.
const STATE_OFFICE_WORDS: &[&str] = &[
    "attorney",
    "gov",
    "governor",
    "lt",
    "legislature",
    "assembly",
    "assemblyman",
    "assemblywoman",
    "assemblymember",
    "sen",
    "senator",
    "senators",
    "rep",
    "reps",
    "congressman",
    "congresswoman",
    // a party's member for the state (`the New York Democrat`, `a Georgia Republican`)
    "democrat",
    "democrats",
    "republican",
    "republicans",
];

/// Folded titles of a member of a legislature or a governor, before the name
/// (`Sen. Patty Murray`, `Sens.`, `Rep.`, `Gov.`, `Senator`, `Congresswoman`).
const LEGISLATOR_TITLES: &[&str] = &[
    "sen",
    "sens",
    "senator",
    "senators",
    "rep",
    "reps",
    "representative",
    "congressman",
    "congresswoman",
    "gov",
    "governor",
];

/// True when the folded word is one of [`LEGISLATOR_TITLES`].
pub(crate) fn is_legislator_title(folded: &str) -> bool {
    LEGISLATOR_TITLES.contains(&folded)
}

/// Folded adjectives of a US state's offices and elections, in lowercase after the
/// state's name or its possessive (`New York's congressional delegation`, `the Texas
/// gubernatorial race`): a city of the state's name before one is the state.
const STATE_ADJECTIVES: &[&str] = &["congressional", "gubernatorial", "statewide"];

/// True when the folded word is one of [`STATE_ADJECTIVES`].
pub(crate) fn is_state_adjective(folded: &str) -> bool {
    STATE_ADJECTIVES.contains(&folded)
}

/// Folded nouns of a federated state, before its name or a connector and its name
/// (`the state of Georgia`, `US-Bundesstaat Georgia`, `el estado de Georgia`).
const STATE_NOUNS: &[&str] = &["state", "bundesstaat", "estado", "stato", "etat", "staat"];

/// True when the folded word is one of [`STATE_NOUNS`].
pub(crate) fn is_state_noun(folded: &str) -> bool {
    STATE_NOUNS.contains(&folded)
}

/// True when the folded word is one of [`STATE_OFFICE_WORDS`].
pub(crate) fn is_state_office_word(folded: &str) -> bool {
    STATE_OFFICE_WORDS.contains(&folded)
}

/// Folded English articles: a town's name does not take one (`the Man in Black` is not
/// Man, in Côte d'Ivoire), unlike the names that hold theirs (`The Hague`, matched
/// whole) and a name used as a noun's modifier (`the Hamm police`).
const ENGLISH_ARTICLES: &[&str] = &["the", "a", "an"];

/// True when the folded word is an English article.
pub(crate) fn is_english_article(folded: &str) -> bool {
    ENGLISH_ARTICLES.contains(&folded)
}

/// The language bit of English in [`detect_language`].
pub(crate) const ENGLISH: u8 = 1;

/// Folded nouns of the names of syndromes named after where they were first seen
/// (`Havanna-Syndrom`, `the Havana syndrome`, `la sindrome di Stoccolma`) and of car
/// rallies named after where they end (`le rallye Dakar`, `ралли Дакар`): written in
/// lowercase as often as not, and the place is not what the text speaks of. (Not
/// English `rally`, a political one: `a campaign rally at Tampa`; not a scholarship's
/// noun, which comes before a connector and the place it is held at: `a Rhodes scholar
/// at Oxford`.) So are Spanish and Italian `modelo`, `modello` before a place's name in
/// apposition (`el modelo Alzira`, `il modello Riace`): a scheme named after where it
/// was first tried, not the place.
const EPONYM_WORDS: &[&str] = &[
    "syndrome", "syndrom", "sindrome", "syndroom", "sindrom", "rallye", "ralli", "modelo",
    "modello",
];

/// True when the folded word is the noun of a syndrome's or a car rally's name
/// ([`EPONYM_WORDS`]).
pub(crate) fn is_eponym_word(folded: &str) -> bool {
    EPONYM_WORDS.contains(&folded)
}

/// True when the folded word names a treaty ([`TREATY_WORDS`]).
pub(crate) fn is_treaty_word(folded: &str) -> bool {
    TREATY_WORDS.contains(&folded)
}

/// Folded nouns of water bodies and landforms that follow the name of the place they
/// are named after, capitalised, in English (`Chesapeake Bay`, `Panama Canal`, `Napa
/// Valley`, `Jordan River`): such a name is the feature's, not the place's. (Not
/// `Coast`: `Japan's Coast Guard`; not `Strip`: the Gaza Strip is Gaza.)
const FEATURE_WORDS_AFTER: &[&str] = &[
    "bay",
    "strait",
    "straits",
    "gulf",
    "river",
    "lake",
    "canal",
    "peninsula",
    "valley",
    "mountains",
    "falls",
    "sound",
    "channel",
    "reservoir",
    "creek",
    "glacier",
    "delta",
    "lagoon",
    "bight",
    "fjord",
    "basin",
];

/// Folded nouns of water bodies and landforms that come before the name of the place
/// they are named after and a connector ([`is_feature_connector`]), in the languages
/// told apart (`the Strait of Hormuz`, `el estrecho de Gibraltar`, `der Golf von
/// Mexiko`, `la baie de Cadix`). (Not an island's noun: `the island of Ireland`, `la
/// isla de Cuba` is the country.)
const FEATURE_WORDS_BEFORE: &[&str] = &[
    // English
    "bay",
    "strait",
    "straits",
    "gulf",
    "sea",
    "lake",
    "river",
    "canal",
    "peninsula",
    "valley", // German
    "golf",
    "meerenge",
    "bucht", // Spanish, Portuguese
    "estrecho",
    "golfo",
    "bahia",
    "mar",
    "lago",
    "rio",
    "ria",
    "estreito",
    "baia",
    // French, Italian
    "detroit",
    "golfe",
    "baie",
    "mer",
    "lac",
    "stretto",
    "mare",
];

/// Folded nouns of a river, an island or a lake, in the languages whose press writes
/// them in lowercase right before the feature's name, in apposition (`the river
/// Thames`, `rzeka Wisła`, `reka Sava`, `estonský ostrov Saaremaa`, `el río Tajo`, `la
/// isola d'Elba`, `остров Готланд`, `озеро Байкал`): the name after one is the
/// feature's, not a club's or a firm's. (The languages that write the noun after the
/// name, or in one word with it, Finnish `Kemijoki`, Hungarian `Duna folyó`, German
/// `Bodensee`, are not here; nor are mountains, whose nouns are names' words:
/// `Rocky Mountains`.)
const FEATURE_NOUNS: &[&str] = &[
    // rivers: English, Spanish, Portuguese, French, Italian, Dutch, Polish, Czech,
    // Slovak, Slovene, Croatian and Serbian, Lithuanian, Latvian, Romanian,
    // Russian, Bulgarian and Macedonian (romanised), Ukrainian, Greek (romanised)
    "river",
    "rio",
    "riviere",
    "fleuve",
    "fiume",
    "rivier",
    "rzeka",
    "reka",
    "rieka",
    "rijeka",
    "upe",
    "raul",
    "rika",
    "richka",
    "potamos", //
    // islands
    "island",
    "isla",
    "ilha",
    "ile",
    "isola",
    "eiland",
    "wyspa",
    "ostrov",
    "otok",
    "sala",
    "insula",
    "nisi",
    "nisos",
    "ostriv", //
    // lakes
    "lake",
    "lago",
    "lac",
    "jezioro",
    "jezero",
    "ezero",
    "ozero",
    "ezers",
    "ezeras", //
    // single mountains: Russian, Bulgarian, Serbian and Croatian, Polish, Slovene
    // `gora`, Bulgarian `връх`, Greek `όρος`
    "gora",
    "vrakh",
    "oros", //
    // mountains: Serbian, Croatian, Bulgarian and Macedonian `планина` (Macedonian
    // and Bulgarian with the article, `планината Арарат`), the Slavic and Greek
    // volcano (`вулкан Этна`, `ηφαίστειο`)
    "planina",
    "planinata",
    "vulkan",
    "ifaisteio", //
    // the same nouns in the cases a preposition gives them (`на острові Рюген`, `на
    // острове`, `в озере`, `na wyspie`, `w rzece`, `na ostrově`, `u jezeru`, `na otoku`,
    // `της λίμνης`, `του όρους`, `на горе`)
    "reke",
    "reki",
    "rzece",
    "rece",
    "rijeci",
    "richtsi",
    "ostrove",
    "ostrova",
    "ostrovi",
    "wyspie",
    "otoku",
    "nisiu",
    "ozere",
    "ozera",
    "ozeri",
    "jeziorze",
    "jezere",
    "jezeru",
    "limni",
    "limnis",
    "gore",
    "gory",
    "orus",
    "planini",
    "planine",
    "planinu",
    "vulkana",
    "vulkanu",
    "vulkane",
    "vulkanom",
    "ifaisteiu",
];

/// Folded German nouns of a river, an island, a lake or a mountain, which German
/// writes with a capital right before the feature's name (`die Insel Rügen`, `der
/// Fluss Oder`, `der See Genezareth`, `der Berg Athos`): in a German text, the name
/// after one is the feature's ([`is_german_feature_noun`]).
const GERMAN_FEATURE_NOUNS: &[&str] = &["insel", "halbinsel", "fluss", "see", "berg"];

/// True when the folded word is a noun of a river, an island or a lake that the
/// press writes right before the feature's name ([`FEATURE_NOUNS`]).
pub(crate) fn is_feature_noun(folded: &str) -> bool {
    FEATURE_NOUNS.contains(&folded)
}

/// Folded definite articles, and prepositions merged with one, of French, Italian,
/// Spanish, Portuguese and German, before a river's, an island's or a region's name,
/// which takes one where a town's does not (`le Rhône`, `du Rhône`, `lungo il
/// Rodano`, `del Ebro`, `pelo Douro`, `an der Elbe`, `am Rhein`): with a name of the
/// user's own list, evidence enough of place ([`is_listed_place_article`]). (Not the
/// one-letter articles, also other words: Portuguese `a`, `o`, Italian `i`; nor
/// Portuguese `na`, `no`, `do`, `da`, Slavic prepositions too, romanised from Cyrillic
/// as well: `на Эльбе` is on Elba; nor English `the`: `the Rhodes scholarship`.)
const LISTED_PLACE_ARTICLES: &[&str] = &[
    // French
    "le", "la", "les", "l", "du", "des", "au", "aux", // Italian
    "il", "lo", "gli", "del", "dello", "della", "al", "allo", "alla", "dal", "dallo", "dalla",
    "nel", "nello", "nella", "sul", "sullo", "sulla", // (elided: `dell'Etna`)
    "dell", "nell", "sull", "dall", // Spanish
    "el", "los", "las", // Portuguese
    "ao", "pelo", "pela", // German
    "der", "die", "das", "den", "dem", "am", "im", "vom", "zum", "beim",
];

/// True when the folded word is a definite article or a preposition merged with one
/// before a feature's name ([`LISTED_PLACE_ARTICLES`]).
pub(crate) fn is_listed_place_article(folded: &str) -> bool {
    LISTED_PLACE_ARTICLES.contains(&folded)
}

/// True when the folded word is a German noun of a feature, capitalised before the
/// feature's name in a German text ([`GERMAN_FEATURE_NOUNS`]).
pub(crate) fn is_german_feature_noun(folded: &str) -> bool {
    GERMAN_FEATURE_NOUNS.contains(&folded)
}

/// Folded connectors between a feature's noun and the place it is named after
/// ([`FEATURE_WORDS_BEFORE`]): `of`, `de`, `del`, `von`, `di`, `du`, ...
const FEATURE_CONNECTORS: &[&str] = &[
    "of", "de", "del", "della", "di", "du", "des", "von", "do", "da", "dos", "d",
];

/// True when the folded word is a feature's noun after a place's name
/// ([`FEATURE_WORDS_AFTER`]).
pub(crate) fn is_feature_word_after(folded: &str) -> bool {
    FEATURE_WORDS_AFTER.contains(&folded)
}

/// True when the folded word is a feature's noun before a connector and a place's
/// name ([`FEATURE_WORDS_BEFORE`]).
pub(crate) fn is_feature_word_before(folded: &str) -> bool {
    FEATURE_WORDS_BEFORE.contains(&folded)
}

/// True when the folded word joins a feature's noun to a place ([`FEATURE_CONNECTORS`]).
pub(crate) fn is_feature_connector(folded: &str) -> bool {
    FEATURE_CONNECTORS.contains(&folded)
}

/// True when the folded word joins a name's head noun to a place ([`NAME_CONNECTORS`]).
pub(crate) fn is_name_connector(folded: &str) -> bool {
    NAME_CONNECTORS.contains(&folded)
}

/// Folded German articles, and prepositions merged with one (`im`, `zur`): a city's
/// name does not take an article in German (`in der Mitte`, `den Rest`, `in den
/// Kitas`), unlike some countries and regions (`die Schweiz`, `im Iran`). Nor does
/// it take a quantifying determiner, which counts a noun's instances (`mehrere Male`,
/// "several times", not Malé; `jedes Mal`, `beide Seiten`): Duden's *Grammatik* on
/// the indefinite determiners (`jeder`, `mehrere`, `einige`, `viele`, `wenige`,
/// `manche`, `beide`, `etliche`, `sämtliche`, `solche`, `welche`).
const GERMAN_ARTICLES: &[&str] = &[
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
    "im", "am", "zum", "zur", "vom", "beim", "ins", "ans", "kein", "keine", "keinen", "keinem",
    "keiner", "dieser", "diese", "dieses", "diesen", "diesem", "jeder", "jede", "jedes", "jeden",
    "jedem",
];

/// Folded German quantifying determiners, plural or weak (`mehrere`, `viele`, `beide`,
/// `sämtliche`): both [`GERMAN_ARTICLES`] and [`GERMAN_NOUN_DETERMINERS`] count them.
const GERMAN_QUANTIFIERS: &[&str] = &[
    "mehrere",
    "mehreren",
    "einige",
    "einigen",
    "viele",
    "vielen",
    "wenige",
    "wenigen",
    "manche",
    "manchen",
    "beide",
    "beiden",
    "etliche",
    "etlichen",
    "samtliche",
    "samtlichen",
    "solche",
    "solchen",
    "welche",
    "welchen",
];

/// Folded nouns of federations and confederations in [`ORGANISATION_WORDS`]: right
/// before a connector and a country they name the state (`la Federación de Rusia`),
/// so they count as an organisation's head there only with the organisation's own
/// words between (`la Confederación de Cooperativas de España`).
const FEDERATION_WORDS: &[&str] = &[
    "federation",
    "confederation",
    "federacion",
    "confederacion",
    "federazione",
    "confederazione",
    "federacao",
    "confederacao",
];

/// True when the folded word is a federation's noun ([`FEDERATION_WORDS`]).
pub(crate) fn is_federation_word(folded: &str) -> bool {
    FEDERATION_WORDS.contains(&folded)
}

/// Folded nouns `republic` in the languages told apart: a state's name that opens
/// with one after a capitalised word is a longer name (`Democratic Republic of Korea`,
/// `Doc::republic_extended` in `doc.rs`).
const REPUBLIC_WORDS: &[&str] = &[
    "republic",
    "republik",
    "republica",
    "republique",
    "repubblica",
    "republiek",
];

/// True when the folded word is a noun `republic` ([`REPUBLIC_WORDS`]).
pub(crate) fn is_republic_word(folded: &str) -> bool {
    REPUBLIC_WORDS.contains(&folded)
}

/// True when the folded word is a German article or a preposition merged with one.
pub(crate) fn is_german_article(folded: &str) -> bool {
    GERMAN_ARTICLES.contains(&folded) || GERMAN_QUANTIFIERS.contains(&folded)
}

/// Folded German determiners of a plural noun or of a weak masculine noun in a case
/// other than the nominative (`die Polen`, `der Polen`, `den Polen`, `des Polen`,
/// `einem Polen`, `viele Polen`), and the personal pronouns of the first person
/// plural that stand before a plural noun in apposition (`wir Polen`, `uns Polen`):
/// none of them stands before the name of a country that German writes without an
/// article (Duden's *Grammatik*: such names are neuter and take an article only with
/// an attribute, `das heutige Polen`), so a name that is also such a noun
/// ([`PlaceFacts::plural_noun`]) is the noun there. Not `das`, `ein` nor a
/// preposition merged with `dem` (`im`, `vom`), which a neuter name takes too (`das
/// Polen der Achtzigerjahre`).
const GERMAN_NOUN_DETERMINERS: &[&str] = &[
    "der", "die", "den", "dem", "des", "einen", "einem", "eines", "keine", "keinen", "keiner",
    "diese", "dieser", "diesen", "jene", "jener", "jenen", "alle", "allen", "aller", "zwei",
    "drei", "wir", "uns",
];

/// True when the folded word is a German determiner of a plural or weak masculine
/// noun, or `wir`, `uns` ([`GERMAN_NOUN_DETERMINERS`]).
pub(crate) fn is_german_noun_determiner(folded: &str) -> bool {
    GERMAN_NOUN_DETERMINERS.contains(&folded) || GERMAN_QUANTIFIERS.contains(&folded)
}

/// The language bit of German in [`detect_language`].
pub(crate) const GERMAN: u8 = 1 << 1;

/// The language bits of Spanish and Italian in [`detect_language`].
pub(crate) const SPANISH: u8 = 1 << 2;
pub(crate) const ITALIAN: u8 = 1 << 4;
/// The language bit of Portuguese in [`detect_language`].
pub(crate) const PORTUGUESE: u8 = 1 << 5;
/// The language bit of Dutch in [`detect_language`].
pub(crate) const DUTCH: u8 = 1 << 6;

/// Folded definite articles of Spanish and Italian: a town's name does not take one
/// there (`la Mesa` of a parliament, `el Betis`, `la Roma` of a club), unlike
/// countries (`la India`, `el Perú`) and the names that hold theirs (`La Paz`, `La
/// Spezia`, matched whole).
/// (Also an article merged with `de`: `el Defensor del Pueblo`, `della`; not with
/// `a` nor `in`, whose `al`, `alla`, `nel`, `nella` say where or whither.)
const ROMANCE_ARTICLES: &[&str] = &[
    "el", "la", "los", "las", "lo", "il", "gli", "del", "della", "dello", "dei", "degli", "delle",
    "dal", "dalla",
];

/// True when the folded word is a Spanish or Italian definite article.
pub(crate) fn is_romance_article(folded: &str) -> bool {
    ROMANCE_ARTICLES.contains(&folded)
}

/// Folded particles of Dutch and German surnames that are written apart and start
/// them (`Jan van Aken`, `Ursula von der Leyen`): a place's name after one, after a
/// given name or a form of address, is a person's surname. (Not Romance `de`, `da`:
/// `Virgen del Rocío de Sevilla` is in Seville.)
const SURNAME_PARTICLES: &[&str] = &["van", "von", "vom", "ter", "ten", "zu"];

/// Folded words that may follow a [`SURNAME_PARTICLES`] word inside the particle
/// (`van der`, `von der`, `van den`, `van de`).
const PARTICLE_ARTICLES: &[&str] = &["der", "den", "de", "het", "dem"];

/// Folded particles that start a surname after a given name in the languages whose
/// people carry them (`Antonio da Conceicao`, `Juan de Zárate`, `Ana dos Santos`,
/// `Carlo di Maio`, `Jan van Aken`, `Osama bin Laden`): no conjunction (`y`, `e`)
/// nor article (`la`, `der`), which join or follow names as well.
const GIVEN_NAME_PARTICLES: &[&str] = &[
    "da", "das", "de", "del", "della", "dei", "degli", "dello", "delle", "di", "do", "dos", "du",
    "van", "von", "vom", "ter", "ten", "zu", "bin", "ibn",
];

/// True when the folded word is a particle that starts a surname after a given name
/// ([`GIVEN_NAME_PARTICLES`]).
pub(crate) fn is_given_name_particle(folded: &str) -> bool {
    GIVEN_NAME_PARTICLES.contains(&folded)
}

/// True when the folded word starts a Dutch or German surname's particle.
pub(crate) fn is_surname_particle(folded: &str) -> bool {
    SURNAME_PARTICLES.contains(&folded)
}

/// True when the folded word continues a surname's particle (`der` of `von der`).
pub(crate) fn is_particle_article(folded: &str) -> bool {
    PARTICLE_ARTICLES.contains(&folded)
}

/// The gender a folded form of address says: `Some(true)` for a woman's (`Mrs`,
/// `Frau`, `señora`), `Some(false)` for a man's (`Mr`, `Herr`, `señor`), `None` for
/// another word.
pub(crate) fn address_gender(folded: &str) -> Option<bool> {
    FORMS_OF_ADDRESS
        .iter()
        .find(|(form, _)| *form == folded)
        .map(|&(_, woman)| woman)
}

/// English spelled the British way (`organised`, `labour`): the press of the United
/// Kingdom, Ireland, Australia and New Zealand.
pub(crate) const BRITISH: u8 = 1;
/// English spelled the American way (`organized`, `labor`): the press of the United
/// States.
pub(crate) const AMERICAN: u8 = 1 << 1;

/// The spelling of English ([`BRITISH`], [`AMERICAN`]) of the country with ISO code
/// `code`, or 0 (Canada's press mixes both: `-our` and `-ize`).
fn spelling_of(code: &str) -> u8 {
    match code {
        "GB" | "IE" | "AU" | "NZ" => BRITISH,
        "US" => AMERICAN,
        _ => 0,
    }
}

/// Nouns spelled `-our` in British English and `-or` in American English (with the
/// endings that keep the difference: `labours`, `favoured`, `honourable`).
const OUR_NOUNS: &[&str] = &[
    "behavio", "cando", "clamo", "colo", "endeavo", "favo", "flavo", "harbo", "hono", "humo",
    "labo", "neighbo", "odo", "rigo", "rumo", "savo", "splendo", "tumo", "valo", "vigo",
];

/// Endings of a word in `-ise` or `-ize` that are no verb's suffix `-ize` in either
/// spelling (`advise`, `surprise`, `exercise`, `compromise`, `otherwise`, `raise`,
/// `noise`, `cruise`, `advertise`, `franchise`, `paradise`, `expertise`): the part
/// before the suffix's `s`.
const NOT_IZE: &[&str] = &[
    "vi", "pri", "ci", "mi", "wi", "rai", "oi", "ui", "erti", "sti", "chi", "adi", "ndi", "eati",
];

/// Words in `-ize` that are no verb's suffix (`size`, `prize`, `seize`, `maize`).
const NOT_IZE_Z: &[&str] = &["si", "pri", "sei", "capsi", "mai", "bai"];

/// The spelling of English that a text's lowercase words show: [`BRITISH`] where at
/// least two words are spelled the British way (the suffix `-ise`, `-isation`,
/// `-ised`, `-ising`, `-iser`; nouns in `-our`) and more than twice as many as the
/// American way (`-ize`, `-ization`; `-or`), [`AMERICAN`] the other way round, else
/// 0 (no evidence, or mixed: some press writes `-ize` and `-our`). A word's
/// spelling, not its meaning: no word of a place or a name is needed.
pub(crate) fn english_spelling<'w>(words: impl Iterator<Item = &'w str>) -> u8 {
    let (mut british, mut american) = (0usize, 0usize);
    for w in words {
        if w.len() < 5 || !w.bytes().all(|b| b.is_ascii_lowercase()) {
            continue;
        }
        if let Some((stem, z)) = ize_stem(w) {
            let stem_i = &w[..stem];
            if z {
                if !NOT_IZE_Z
                    .iter()
                    .any(|e| stem_i.ends_with(e) && stem_i.len() == e.len())
                {
                    american += 1;
                }
            } else if !NOT_IZE.iter().any(|e| stem_i.ends_with(e)) {
                british += 1;
            }
            continue;
        }
        for noun in OUR_NOUNS {
            if let Some(rest) = w.strip_prefix(noun) {
                let ending = |r: &str| {
                    matches!(
                        r,
                        "" | "s"
                            | "ed"
                            | "ing"
                            | "ite"
                            | "ites"
                            | "able"
                            | "ably"
                            | "ful"
                            | "less"
                            | "hood"
                            | "hoods"
                            | "al"
                    )
                };
                if rest.strip_prefix("ur").is_some_and(ending) {
                    british += 1;
                } else if rest.strip_prefix('r').is_some_and(ending) {
                    american += 1;
                }
            }
        }
    }
    if british >= 2 && british > 2 * american {
        BRITISH
    } else if american >= 2 && american > 2 * british {
        AMERICAN
    } else {
        0
    }
}

/// Where a word with the suffix `-ise`/`-ize` (`-ise`, `-ised`, `-ises`, `-ising`,
/// `-iser`, `-isers`, `-isation`, `-isations`) has its stem's end (the `i`'s end),
/// and whether it is spelled with `z`; None for other words or a stem under three
/// letters.
fn ize_stem(w: &str) -> Option<(usize, bool)> {
    const ENDINGS: &[&str] = &["e", "ed", "es", "ing", "er", "ers", "ation", "ations"];
    for ending in ENDINGS {
        let Some(head) = w.strip_suffix(ending) else {
            continue;
        };
        let (head, z) = match head.as_bytes().last() {
            Some(b's') => (&head[..head.len() - 1], false),
            Some(b'z') => (&head[..head.len() - 1], true),
            _ => continue,
        };
        if head.len() >= 4 && head.ends_with('i') {
            return Some((head.len(), z));
        }
    }
    None
}

/// Places of at least this many inhabitants are what their names mean in the news
/// even where the name is also a word or a person's name (`Lima`, `Paris`): the data's
/// `COMMON_WORD_POPULATION`.
pub(crate) const LARGE_CITY: u64 = 1_000_000;

/// Folded nouns of administrative divisions that take the name of their seat after it
/// (`St. Louis County`, `Fukushima Prefecture`, `Idlib Governorate`, `Kharkiv Oblast`):
/// a city's name before one is the division's, and so is `Aleppo province` (the
/// provinces of Syria, Iraq, Afghanistan, China are named after their seats). (Not
/// `region`, `district`: the press also writes them for the city and its
/// surroundings, `the New York region`.) `countryside` too: `Latakia countryside`,
/// `the Aleppo countryside` are the rural parts of the province of that name, which
/// hold everything but the city.
const DIVISION_WORDS: &[&str] = &[
    "countryside",
    "province",
    "provinces",
    "county",
    "parish",
    "borough",
    "township",
    "prefecture",
    "governorate",
    "oblast",
    "raion",
];

/// True when the folded word is the noun of a division named after its seat
/// ([`DIVISION_WORDS`]).
pub(crate) fn is_division_word(folded: &str) -> bool {
    DIVISION_WORDS.contains(&folded)
}

/// Folded prepositions of place that come as often before a person as before a place
/// (`useful to Ahmad`, `a letter from Harris`, `bei Müller`): where the document writes
/// the word as a person's name, they do not make it a place.
const PERSON_PREPOSITIONS: &[&str] = &["to", "from", "bei", "naar"];

/// Folded prepositions that start a sentence before a person's name and a comma (`Según
/// Costa, el acuerdo`, `Secondo Grossi, i rischi`, `Laut Scholz, ...`, `Per Harris,
/// ...`): some are also given names in rigour's data (`Secondo`), none introduces a
/// person there.
const SENTENCE_PREPOSITIONS: &[&str] = &[
    "according",
    "per",
    "like",
    "unlike",
    "for",
    "with", // English
    "laut",
    "gemass",
    "nach",
    "wie",
    "fur",
    "mit", // German
    "segun",
    "como",
    "para",
    "con",
    "ante", // Spanish
    "secondo",
    "come", // Italian
    "selon",
    "comme",
    "pour",
    "avec", // French
    "segundo",
    "conforme", // Portuguese
];

/// True when the folded word is one of [`SENTENCE_PREPOSITIONS`].
pub(crate) fn is_sentence_preposition(folded: &str) -> bool {
    SENTENCE_PREPOSITIONS.contains(&folded)
}

/// True when the folded word is one of [`PERSON_PREPOSITIONS`].
pub(crate) fn is_person_preposition(folded: &str) -> bool {
    PERSON_PREPOSITIONS.contains(&folded)
}

/// True when the folded word is a form of address ([`FORMS_OF_ADDRESS`]).
pub(crate) fn is_form_of_address(folded: &str) -> bool {
    address_gender(folded).is_some()
}

/// True when the folded word joins two names of a list.
pub(crate) fn is_list_word(folded: &str) -> bool {
    LIST_WORDS.contains(&folded)
}

/// True when the folded word puts a place after it.
pub(crate) fn is_place_preposition(folded: &str) -> bool {
    PLACE_PREPOSITIONS.contains(&folded)
}

/// Folded prepositions of a way over or through, or of a side (German `über`,
/// `durch`, `an`, English `across`, `along`, `on`): before an article and a feature's
/// name they put the feature after them as a preposition of place does (`über das
/// Mittelmeer`, `durch die Sahara`, `an der Elbe`, `across the Atlantic`, `on the
/// Rhine`, Italian `lungo il Rodano`, Dutch `langs de Donau`, along the Rhône and the
/// Danube), which a town's name, taking no article, never is. (Not alone: `über
/// Merkel`, about her; `on Monday`.)
const WAY_PREPOSITIONS: &[&str] = &[
    "uber", "durch", "an", "across", "along", "on", "lungo", "langs",
];

/// True when the folded word is a preposition of a way ([`WAY_PREPOSITIONS`]).
pub(crate) fn is_way_preposition(folded: &str) -> bool {
    WAY_PREPOSITIONS.contains(&folded)
}

/// Folded German prepositions merged with the article (`am`, `vom`, `zum`, `beim`):
/// `am Rhein`, `am Bodensee`, `vom Balkan`, `zum Mittelmeer`, as a feature's name
/// takes them (Duden on names with the article); a town's name takes none.
const GERMAN_MERGED_PREPOSITIONS: &[&str] = &["am", "vom", "zum", "beim"];

/// True when the folded word is a German preposition merged with the article
/// ([`GERMAN_MERGED_PREPOSITIONS`]).
pub(crate) fn is_german_merged_preposition(folded: &str) -> bool {
    GERMAN_MERGED_PREPOSITIONS.contains(&folded)
}

/// True when the Latin word `mention` writes a diaeresis that no name of the place
/// writes (`Zölle`, a German plural, matched `Zolle`, an old name of Zwolle). German,
/// Swedish, Finnish, Hungarian and Turkish `ä`, `ö`, `ü` are other vowels, not `a`,
/// `o`, `u` with an accent: a text that writes one means another word. The reverse,
/// a name's marks left out (`Zurich`), is how much of the press writes names; other
/// marks are left alone (Czech `Evropě` is Europe, matched by Serbian `Evrope`).
pub(crate) fn adds_diaeresis<'n>(
    folder: &Folder,
    mention: &str,
    mut names: impl Iterator<Item = &'n str>,
) -> bool {
    const DIAERESIS: &str = "äëïöüÿÄËÏÖÜŸ\u{0308}";
    if mention.is_ascii() || !mention.chars().any(|c| DIAERESIS.contains(c)) {
        return false;
    }
    if !mention.chars().all(is_latin) {
        return false;
    }
    let exact = folder.fold_exact(mention);
    !names.any(|n| folder.fold_exact(n) == exact)
}

/// True when the one-word `mention` ends in a vowel with an acute accent that no name
/// of the place (in `names`) ends in as written: Spanish and Portuguese mark a stressed
/// final vowel so (`Habrá`, `está`, `será`: verbs), and a place whose name ends so is
/// written so in the gazetteer (`Bogotá`, `Panamá`, `Perú`); `Habrá` is not Hābra.
pub(crate) fn adds_final_accent<'n>(
    folder: &Folder,
    mention: &str,
    mut names: impl Iterator<Item = &'n str>,
) -> bool {
    const ACUTE: &str = "áéíóúÁÉÍÓÚ";
    if !mention.chars().last().is_some_and(|c| ACUTE.contains(c)) || !mention.chars().all(is_latin)
    {
        return false;
    }
    let exact = folder.fold_exact(mention);
    !names.any(|n| folder.fold_exact(n) == exact)
}

/// True for a Latin letter (Basic Latin to Latin Extended-B, IPA, Latin Extended
/// Additional) or any non-letter.
fn is_latin(c: char) -> bool {
    !c.is_alphabetic() || c < '\u{0250}' || ('\u{1E00}'..='\u{1EFF}').contains(&c)
}

/// The ISO 639-1 code of `language` (a bit of [`detect_language`]), when it is one
/// language.
pub(crate) fn language_code(language: u8) -> Option<&'static str> {
    (language.count_ones() == 1).then(|| LANGUAGES[language.trailing_zeros() as usize])
}

/// The language bit of a `common_words` key, or 0 for a language not told apart.
pub(crate) fn language_bit(code: &str) -> u8 {
    LANGUAGES
        .iter()
        .position(|&l| l == code)
        .map_or(0, |i| 1 << i)
}

/// The languages of [`LANGUAGES`] that capitalise their nouns (German): there a
/// capital says nothing about a name.
pub(crate) const NOUN_CAPITALS: u8 = 1 << 1;

/// True when a capital in the middle of a sentence marks a name in a text of
/// `language` (a bit of [`detect_language`]): a language told apart that writes its
/// common nouns in lowercase.
pub(crate) fn capital_marks_name(language: u8) -> bool {
    language.count_ones() == 1 && language & NOUN_CAPITALS == 0
}

/// True when most of the words of a text (its longer words not at the start of a
/// sentence, `starts`: for each, whether it does and whether it is capitalised) are
/// capitalised: a headline in title case (`Rest Of World Reacts`), where capitals say
/// nothing about names.
pub(crate) fn title_case(words: impl Iterator<Item = bool>) -> bool {
    let (mut upper, mut all) = (0usize, 0usize);
    for capitalised in words {
        all += 1;
        upper += usize::from(capitalised);
    }
    upper >= 3 && upper * 2 > all
}

/// All languages: a text in a language not told apart needs evidence for every name
/// that is a common word anywhere.
pub(crate) const ANY_LANGUAGE: u8 = (1 << LANGUAGES.len()) - 1;

/// The language of a text from its folded words (at most the first `MAX_WORDS`): the
/// bit of the language whose function words it uses most, when they are at least
/// three and clearly more than the next language's; else [`ANY_LANGUAGE`].
pub(crate) fn detect_language<'w>(words: impl Iterator<Item = &'w str>) -> u8 {
    const MAX_WORDS: usize = 400;
    let mut counts = [0usize; LANGUAGES.len()];
    for w in words.take(MAX_WORDS) {
        if w.len() > 6 {
            continue;
        }
        let mut languages = marker_languages(w);
        while languages != 0 {
            counts[languages.trailing_zeros() as usize] += 1;
            languages &= languages - 1;
        }
    }
    let mut order: Vec<usize> = (0..LANGUAGES.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(counts[i]));
    let (best, next) = (counts[order[0]], counts[order[1]]);
    if best >= 3 && best * 2 > next * 3 {
        1 << order[0]
    } else {
        ANY_LANGUAGE
    }
}

/// A word of up to 7 bytes as one number (its bytes and its length); `None` when
/// longer.
fn packed(word: &str) -> Option<u64> {
    let b = word.as_bytes();
    if b.len() > 7 {
        return None;
    }
    let mut w = [0u8; 8];
    w[..b.len()].copy_from_slice(b);
    w[7] = b.len() as u8;
    Some(u64::from_le_bytes(w))
}

/// Slots of the table of [`marker_languages`] (a power of two, over twice the
/// markers).
const MARKER_SLOTS: usize = 256;

/// The languages (bits, in the order of [`LANGUAGES`]) whose [`MARKERS`] hold
/// `word`: one probe of a small table of the markers packed in numbers per word of
/// a text, instead of a comparison with every marker.
fn marker_languages(word: &str) -> u8 {
    static TABLE: std::sync::OnceLock<Vec<(u64, u8)>> = std::sync::OnceLock::new();
    let slot = |key: u64| (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 56) as usize;
    let table = TABLE.get_or_init(|| {
        let mut table = vec![(0u64, 0u8); MARKER_SLOTS];
        for (i, markers) in MARKERS.iter().enumerate() {
            for key in markers.iter().filter_map(|w| packed(w)) {
                let mut at = slot(key);
                while table[at].0 != 0 && table[at].0 != key {
                    at = (at + 1) % MARKER_SLOTS;
                }
                table[at] = (key, table[at].1 | (1 << i));
            }
        }
        table
    });
    let Some(key) = packed(word) else {
        return 0;
    };
    let mut at = slot(key);
    loop {
        match table[at] {
            (0, _) => return 0,
            (k, languages) if k == key => return languages,
            _ => at = (at + 1) % MARKER_SLOTS,
        }
    }
}

/// The place facts of a gazetteer, worked out when a linker is made (from the
/// entities' fields, without folding any name; not kept in the linker cache). Whether
/// a name is a demonym ([`PlaceFacts::demonym`]) is worked out when asked: it folds
/// the two names, which for every name of the built-in places would be a fifth of a
/// `nomen search` run.
#[derive(Debug, Default)]
pub(crate) struct PlaceFacts {
    /// (entity, name index) → languages (bits) in which that name is a common word.
    common: HashMap<(u32, u16), u8, FxBuild>,
    /// (entity, name index) → languages (bits) in which that name is also the plural
    /// of a common noun (the `plural_nouns` field: German `Polen`, the Poles).
    plural_nouns: HashMap<(u32, u16), u8, FxBuild>,
    /// Per entity: the position of its country's entity (the entity whose `source`
    /// is `cldr:<its country code>`), or `u32::MAX`.
    country: Vec<u32>,
    /// Per entity: true for a city (a place with a country) of fewer than
    /// [`LARGE_CITY`] inhabitants.
    small_city: Vec<bool>,
    /// Per entity: true for a city (a place with a `country` field).
    city: Vec<bool>,
    /// Per entity: true for a town or a region ([`PlaceFacts::needs_evidence`]).
    town: Vec<bool>,
    /// Per entity: true for the country of some city
    /// ([`PlaceFacts::country_of_some_city`]).
    has_cities: Vec<bool>,
    /// City → the positions of the countries where another place has its own name
    /// ([`PlaceFacts::namesake_in`]).
    namesakes: HashMap<u32, Vec<u32>, FxBuild>,
    /// City → the spellings of English ([`BRITISH`], [`AMERICAN`]) of the countries
    /// where it has a namesake and that its own country does not write
    /// ([`PlaceFacts::namesake_spelled`]).
    namesake_spellings: HashMap<u32, u8, FxBuild>,
    /// (Borrower, source): the pairs of countries (their entity positions) where the
    /// borrower's places bear the names of many of the source's towns
    /// ([`PlaceFacts::borrows_names`]).
    borrowed: HashSet<(u32, u32), FxBuild>,
    /// Country (its entity position) → the spelling of English it writes
    /// ([`PlaceFacts::spelling`]), for the countries that write one.
    spellings: HashMap<u32, u8, FxBuild>,
    /// Per entity: true for a place in a country that writes Korean in Hangul
    /// ([`HANGUL_COUNTRIES`]), or such a country.
    korean: Vec<bool>,
    /// Per entity: the US state it lies in ([`us_states`]: its index + 1), or 0.
    us_state: Vec<u8>,
    /// The US states themselves (regions whose `source` is `iso3166-2:US-<code>` of a
    /// state of [`us_states`]): [`PlaceFacts::is_us_state`].
    states: HashSet<u32, FxBuild>,
    /// The natural features and historical regions (a `feature` field,
    /// `data/places/features.jsonl`): [`PlaceFacts::feature`].
    features: HashSet<u32, FxBuild>,
    /// The features that are rivers (`"feature": "river"`).
    rivers: HashSet<u32, FxBuild>,
    /// The regions (places `within` a country that are no cities:
    /// `data/places/regions.jsonl`).
    regions: HashSet<u32, FxBuild>,
    /// The places of the user's files merged with built-in ones → how many of their
    /// names, from the first, are the file's own ([`PlaceFacts::listed`]).
    listed: HashMap<u32, u16, FxBuild>,
}

/// The US states and the built-in cities in each (`data/places/us-states.tsv`, from
/// GeoNames by `scripts/data/us_states.py`): code, name, ids of the cities.
static US_STATES: &str = include_str!("../../../../data/places/us-states.tsv");

/// A US state: its code, its folded name and the ids of the built-in cities in it.
pub(crate) struct UsState {
    /// The postal code (`OH`), as in the region's ISO 3166-2 code `US-OH`.
    code: &'static str,
    /// The folded name (`new york`, `district of columbia`).
    pub(crate) folded: String,
    /// The ids of the built-in gazetteer's cities in the state.
    cities: Vec<&'static str>,
}

/// The US states of [`US_STATES`], in its order (read once).
pub(crate) fn us_states() -> &'static [UsState] {
    static STATES: std::sync::OnceLock<Vec<UsState>> = std::sync::OnceLock::new();
    STATES.get_or_init(|| {
        US_STATES
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let mut cols = l.split('\t');
                let (code, name) = (cols.next()?, cols.next()?);
                Some(UsState {
                    code,
                    folded: nomen_fold::fold(name).into_owned(),
                    cities: cols.next().unwrap_or("").split_whitespace().collect(),
                })
            })
            .collect()
    })
}

/// The US state (its index in [`us_states`] + 1) whose folded name starts `folded`
/// as whole words (`ohio, ...`, `new york said`), the longest if several do, and the
/// length of its name in `folded`; 0 when none.
pub(crate) fn us_state_at(folded: &str) -> (u8, usize) {
    let mut best = (0, 0);
    let Some(&first) = folded.as_bytes().first() else {
        return best;
    };
    for (i, state) in us_states().iter().enumerate() {
        let n = state.folded.len();
        // (The first byte before `starts_with`, a call to `memcmp`.)
        if n > best.1
            && state.folded.as_bytes().first() == Some(&first)
            && folded.starts_with(state.folded.as_str())
            && !folded[n..].starts_with(|c: char| c.is_alphanumeric())
        {
            best = (u8::try_from(i + 1).unwrap_or(0), n);
        }
    }
    best
}

/// The country codes of the countries whose language is written in Hangul: a Hangul
/// word that folding romanises into the Latin name of a place elsewhere is a Korean
/// word (`한다` is not Handa, `지난` not Jinan), as Korean writes foreign places in
/// their own Korean spelling (`아테네`), which the gazetteer holds as names.
const HANGUL_COUNTRIES: &[&str] = &["KR", "KP"];

impl PlaceFacts {
    pub(crate) fn new(gazetteer: &Gazetteer) -> PlaceFacts {
        let entities = gazetteer.entities();
        let mut by_code: HashMap<&str, u32, FxBuild> = HashMap::default();
        // The places, listed in the one pass over every entity (at 1M entities, each
        // entity read is a cache miss: a second pass over them all cost as much).
        let mut places: Vec<usize> = Vec::new();
        for (i, e) in entities.iter().enumerate() {
            if e.kind == Kind::Place {
                places.push(i);
            }
            let source = e.extra.get("source").and_then(|v| v.as_str());
            let same_as = e.extra.get("same_as").and_then(|v| v.as_str());
            if let Some(code) = source.or(same_as).and_then(|s| s.strip_prefix("cldr:")) {
                by_code.entry(code).or_insert(i as u32);
            }
        }
        let mut facts = PlaceFacts {
            common: HashMap::default(),
            plural_nouns: HashMap::default(),
            country: vec![u32::MAX; entities.len()],
            small_city: vec![false; entities.len()],
            korean: vec![false; entities.len()],
            city: vec![false; entities.len()],
            town: vec![false; entities.len()],
            has_cities: vec![false; entities.len()],
            us_state: vec![0; entities.len()],
            states: HashSet::default(),
            features: HashSet::default(),
            rivers: HashSet::default(),
            regions: HashSet::default(),
            listed: HashMap::default(),
            namesakes: HashMap::default(),
            namesake_spellings: HashMap::default(),
            borrowed: HashSet::default(),
            spellings: by_code
                .iter()
                .filter(|(code, _)| spelling_of(code) != 0)
                .map(|(code, &i)| (i, spelling_of(code)))
                .collect(),
        };
        let mut state_of: HashMap<&str, u8, FxBuild> = HashMap::default();
        for (i, state) in us_states().iter().enumerate() {
            for &id in &state.cities {
                state_of.insert(id, u8::try_from(i + 1).unwrap_or(0));
            }
        }
        // The most populous city of each country (by its code) besides its capital,
        // and its population.
        let mut largest: HashMap<&str, (u32, u64), FxBuild> = HashMap::default();
        for &i in &places {
            let e = &entities[i];
            let own = e.extra.get("source").and_then(|v| v.as_str());
            let own = own.or_else(|| e.extra.get("same_as").and_then(|v| v.as_str()));
            let country = e.extra.get("country").and_then(|v| v.as_str());
            facts.korean[i] = country
                .or_else(|| own.and_then(|s| s.strip_prefix("cldr:")))
                .is_some_and(|code| HANGUL_COUNTRIES.contains(&code));
            facts.city[i] = country.is_some();
            if country == Some("US") {
                facts.us_state[i] = state_of.get(e.id.as_str()).copied().unwrap_or(0);
            }
            if let Some(code) = own.and_then(|s| s.strip_prefix("iso3166-2:US-")) {
                if us_states().iter().any(|state| state.code == code) {
                    facts.states.insert(i as u32);
                }
            }
            if let Some(codes) = e.extra.get("namesakes").and_then(|v| v.as_array()) {
                let abroad: Vec<u32> = codes
                    .iter()
                    .filter_map(|c| c.as_str().and_then(|c| by_code.get(c).copied()))
                    .collect();
                if !abroad.is_empty() {
                    facts.namesakes.insert(i as u32, abroad);
                }
                let own = country.map_or(0, spelling_of);
                let spelled = codes
                    .iter()
                    .filter_map(|c| c.as_str())
                    .fold(0, |bits, c| bits | spelling_of(c))
                    & !own;
                if spelled != 0 {
                    facts.namesake_spellings.insert(i as u32, spelled);
                }
            }
            if let Some(code) = country {
                facts.country[i] = by_code.get(code).copied().unwrap_or(u32::MAX);
                if let Some(has) = facts.has_cities.get_mut(facts.country[i] as usize) {
                    *has = true;
                }
                let population = e.extra.get("population").and_then(|v| v.as_u64());
                facts.small_city[i] = population.is_some_and(|p| p < LARGE_CITY);
                let capital = e.extra.get("capital").and_then(|v| v.as_bool()) == Some(true);
                facts.town[i] = facts.small_city[i] && !capital;
                let p = population.unwrap_or(0);
                if !capital {
                    let top = largest.entry(code).or_insert((i as u32, p));
                    if p > top.1 {
                        *top = (i as u32, p);
                    }
                }
            }
            // A region (`within` its country, `data/places/regions.jsonl`): not a city,
            // but its one-word name needs the text's evidence as a town's does: a
            // region's name is as often a club's (`FC Bayern`, `die Bayern`), a
            // people's, a restaurant's or a ship's; its country named nearby is such
            // evidence.
            if let Some(code) = e.extra.get("within").and_then(|v| v.as_str()) {
                facts.country[i] = by_code.get(code).copied().unwrap_or(u32::MAX);
                facts.town[i] = true;
                facts.regions.insert(i as u32);
            }
            // A natural feature or historical region (`feature`,
            // `data/places/features.jsonl`): no town either, but its one-word name is as
            // often a club's, a ship's, a firm's or a brand's (`„Дунав“ Русе`, the
            // icebreaker `Sibir`, `Ural` motorcycles): it needs the text's evidence as a
            // region's does.
            if let Some(feature) = e.extra.get("feature") {
                facts.town[i] = true;
                facts.features.insert(i as u32);
                if feature.as_str() == Some("river") {
                    facts.rivers.insert(i as u32);
                }
            }
            for (field, table) in [
                ("common_words", &mut facts.common),
                ("plural_nouns", &mut facts.plural_nouns),
            ] {
                let Some(words) = e.extra.get(field).and_then(|v| v.as_object()) else {
                    continue;
                };
                for (lang, names) in words {
                    let bit = language_bit(lang);
                    let Some(names) = names.as_array() else {
                        continue;
                    };
                    for name in names.iter().filter_map(|n| n.as_str()) {
                        if let Some(index) = e.names().position(|n| n == name) {
                            let index = u16::try_from(index).unwrap_or(u16::MAX);
                            *table.entry((i as u32, index)).or_insert(0) |=
                                if bit == 0 { ANY_LANGUAGE } else { bit };
                        }
                    }
                }
            }
        }
        for (top, _) in largest.into_values() {
            facts.town[top as usize] = false;
        }
        facts.borrowed = borrowed_names(&facts.country, &facts.city, &facts.namesakes);
        for merged in gazetteer.merged() {
            let Some(i) = gazetteer.position(&merged.id) else {
                continue;
            };
            if entities[i].kind == Kind::Place {
                let own = u16::try_from(merged.own_names).unwrap_or(u16::MAX);
                facts.listed.insert(i as u32, own);
            }
        }
        facts
    }

    /// True when name `name` of place `entity` is one the user's own file gives it,
    /// and the entity was merged with a built-in town, region or feature
    /// ([`crate::Gazetteer::merged`]): the user's list is evidence that the user's
    /// texts mean the place, so that name needs less evidence of place in the text
    /// than the built-in one alone (rule `listed-place`: a definite article before
    /// it, which a feature's or a region's name takes and a town's does not,
    /// [`is_listed_place_article`]). The built-in names the merge brought still
    /// need the built-in evidence, and so does a name that is a common word of the
    /// text's language (German `Rügen`, to rebuke).
    pub(crate) fn listed(&self, entity: u32, name: u16) -> bool {
        !self.listed.is_empty() && self.listed.get(&entity).is_some_and(|&own| name < own)
    }

    /// True when place `entity` is a user's place merged with a built-in town, region
    /// or feature ([`crate::Gazetteer::merged`]), whatever its name: the built-in
    /// names the merge brought link as the user's own (rule `listed-place`) in a text
    /// of a language whose press writes them ([`crate::by_language`]: `del Tajo` in
    /// Spanish for a user's `Tagus`).
    pub(crate) fn merged(&self, entity: u32) -> bool {
        !self.listed.is_empty() && self.listed.contains_key(&entity)
    }

    /// True when place `entity` is a town: a city (with a known population) of fewer
    /// than [`LARGE_CITY`] inhabitants that is neither its country's capital (the
    /// data's `capital` field) nor its country's most populous city besides the
    /// capital in the gazetteer; or a region of a country (a `within` field), or a natural
    /// feature or historical region (a `feature` field). The press names a country's capital and its largest
    /// other city by their names alone (`Washington said`, `Vilnius`, `Gaza`, beside
    /// East Jerusalem); a town's one-word name is as often a
    /// surname, a club, a storm or part of a longer name (`Bielefeld took the lead`,
    /// `cyclone Yasi`), so the linker wants the text's evidence that it is the place.
    pub(crate) fn needs_evidence(&self, entity: u32) -> bool {
        self.town.get(entity as usize).copied().unwrap_or(false)
    }

    /// True when place `entity` is a natural feature or a historical region (a `feature`
    /// field: a mountain range, a river, a sea, an island, Flanders, the Middle East),
    /// whose names are as often the first words of a longer name (`Рајна Вучевић`, a
    /// woman; `Middle East Entrepreneurs of Tomorrow`).
    pub(crate) fn feature(&self, entity: u32) -> bool {
        !self.features.is_empty() && self.features.contains(&entity)
    }

    /// True when place `entity` is a region (`within` a country: Styria, Bavaria),
    /// whose name takes an article in German as a feature's does (`in der
    /// Steiermark`).
    pub(crate) fn region(&self, entity: u32) -> bool {
        !self.regions.is_empty() && self.regions.contains(&entity)
    }

    /// True when place `entity` is a river (a feature whose `feature` is `river`):
    /// its name takes the prepositions of a surface (`на Эльбе`, on the Elbe) as an
    /// island's does (`на Эльбе`, on Elba), which then say place but not which.
    pub(crate) fn river(&self, entity: u32) -> bool {
        !self.rivers.is_empty() && self.rivers.contains(&entity)
    }

    /// True when entity `entity` is the country of some city of the gazetteer: a
    /// country, not a union or an organisation whose CLDR code looks like one (`EU`,
    /// `UN`).
    pub(crate) fn country_of_some_city(&self, entity: u32) -> bool {
        self.has_cities
            .get(entity as usize)
            .copied()
            .unwrap_or(false)
    }

    /// The languages (bits) in which name `name` of entity `entity` is a common word.
    pub(crate) fn common_word(&self, entity: u32, name: u16) -> u8 {
        if self.common.is_empty() {
            return 0;
        }
        self.common.get(&(entity, name)).copied().unwrap_or(0)
    }

    /// The languages (bits) in which name `name` of entity `entity` is also the plural
    /// of a common noun (German `Polen`, the Poles: the `plural_nouns` field).
    pub(crate) fn plural_noun(&self, entity: u32, name: u16) -> u8 {
        if self.plural_nouns.is_empty() {
            return 0;
        }
        self.plural_nouns.get(&(entity, name)).copied().unwrap_or(0)
    }

    /// True when name `name` of place `entity` of `gazetteer` (the one the facts were
    /// made from) is a one-word name that is its main name and an `i` or `is`, or its
    /// main name with an `i` or `s` in place of a final `a`, as the word for its people
    /// is in several languages (`Kuwaiti`, `Omâni`, `Yemeni`, `Pakistanis` of Kuwait,
    /// Oman, Yemen, Pakistan; `Somalii`, `Somalis` of Somalia: names in CLDR, and the
    /// English, German, Spanish, Italian words for their people). Name indexes from `u16::MAX` on share `u16::MAX`, as
    /// in the keys.
    pub(crate) fn demonym(&self, gazetteer: &Gazetteer, entity: u32, name: u16) -> bool {
        let Some(e) = gazetteer.entities().get(entity as usize) else {
            return false;
        };
        if e.kind != Kind::Place {
            return false;
        }
        let skip = usize::from(name);
        let take = if name == u16::MAX { usize::MAX } else { 1 };
        let mut names = e.names().skip(skip).take(take).peekable();
        if names.peek().is_none() {
            return false;
        }
        let base = nomen_fold::fold(&e.name);
        // The name with `i`, `is` (`Pakistani`, `Pakistanis`), or in place of a final
        // `a` (`Somalii`, `Somalis` of Somalia).
        let stem = base.strip_suffix('a').filter(|s| s.len() >= 3);
        names.any(|n| {
            if n.contains(char::is_whitespace) {
                return false;
            }
            let f = nomen_fold::fold(n);
            let of = |s: &str| {
                f.strip_suffix("is").or_else(|| f.strip_suffix('i')) == Some(s)
                    || (Some(s) == stem && f.strip_suffix('s') == Some(s))
            };
            of(&base) || stem.is_some_and(|s| f.strip_suffix('i') == Some(s) || of(s))
        })
    }

    /// True when place `entity` is a city of fewer than [`LARGE_CITY`] inhabitants (its
    /// population known).
    pub(crate) fn small_city(&self, entity: u32) -> bool {
        self.small_city
            .get(entity as usize)
            .copied()
            .unwrap_or(false)
    }

    /// The US state (index + 1 in [`us_states`]) that place `entity` lies in, or 0
    /// (not a built-in US city).
    pub(crate) fn us_state(&self, entity: u32) -> u8 {
        self.us_state.get(entity as usize).copied().unwrap_or(0)
    }

    /// True when place `entity` is a US state (`Ohio` of `Dayton, Ohio` is then the
    /// state's own mention, not a word that only says which town).
    pub(crate) fn is_us_state(&self, entity: u32) -> bool {
        self.states.contains(&entity)
    }

    /// True when place `entity` is a city (it has a country).
    pub(crate) fn city(&self, entity: u32) -> bool {
        self.city.get(entity as usize).copied().unwrap_or(false)
    }

    /// True when place `entity` lies in a country that writes Hangul, or is one
    /// ([`HANGUL_COUNTRIES`]).
    pub(crate) fn korean(&self, entity: u32) -> bool {
        self.korean.get(entity as usize).copied().unwrap_or(false)
    }

    /// The position of the country of place `entity`, if the gazetteer has it.
    /// True when a place of the country at entity position `country` has the own name
    /// of city `entity` (the data's `namesakes`: `Lancaster`, California, has namesakes
    /// in England and Canada).
    pub(crate) fn namesake_in(&self, entity: u32, country: u32) -> bool {
        self.namesakes
            .get(&entity)
            .is_some_and(|abroad| abroad.contains(&country))
    }

    /// True when the places of country `borrower` bear the names of many towns of
    /// country `source` (both entity positions: [`borrowed_names`]): the US's and
    /// Canada's of Britain's, Brazil's of Portugal's. A town of the borrower in a
    /// document about the source is often a place of the source that the gazetteer
    /// does not hold (a borough, a county: `Westminster`, `Kent`), which the
    /// borrower's town was named after.
    pub(crate) fn borrows_names(&self, borrower: u32, source: u32) -> bool {
        !self.borrowed.is_empty() && self.borrowed.contains(&(borrower, source))
    }

    /// The spelling of English ([`BRITISH`], [`AMERICAN`]) that the country at entity
    /// position `country` writes, or 0.
    pub(crate) fn spelling(&self, country: u32) -> u8 {
        self.spellings.get(&country).copied().unwrap_or(0)
    }

    /// True when city `entity` has a namesake in a country that writes English in
    /// `spelling` ([`BRITISH`] or [`AMERICAN`], [`english_spelling`]) and its own
    /// country does not (Newark, New Jersey, and `Newark on Trent` in England).
    pub(crate) fn namesake_spelled(&self, entity: u32, spelling: u8) -> bool {
        spelling != 0
            && self
                .namesake_spellings
                .get(&entity)
                .is_some_and(|&bits| bits & spelling != 0)
    }

    pub(crate) fn country(&self, entity: u32) -> Option<u32> {
        self.country
            .get(entity as usize)
            .copied()
            .filter(|&c| c != u32::MAX)
    }
}

/// A country whose cities number at least this many in the gazetteer can lend its
/// towns' names ([`borrowed_names`]): fewer say too little.
const BORROWED_MIN_CITIES: usize = 10;

/// The pairs (borrower, source) of countries (entity positions) such that at least a
/// fifth of the source's cities in the gazetteer (of [`BORROWED_MIN_CITIES`] or more)
/// have a namesake in the borrower (the data's `namesakes`, from GeoNames'
/// `cities1000`): half of Britain's have one in the US, a fifth in Canada; a country's
/// towns named after another's are many where settlers named them so, and few by
/// chance. Read from `country` (per entity, its country's position or `u32::MAX`),
/// `city` (per entity, whether it is a city) and `namesakes` (city → the countries
/// where it has a namesake).
fn borrowed_names(
    country: &[u32],
    city: &[bool],
    namesakes: &HashMap<u32, Vec<u32>, FxBuild>,
) -> HashSet<(u32, u32), FxBuild> {
    let mut cities: HashMap<u32, usize, FxBuild> = HashMap::default();
    for (i, &c) in country.iter().enumerate() {
        if c != u32::MAX && city.get(i).copied().unwrap_or(false) {
            *cities.entry(c).or_default() += 1;
        }
    }
    let mut lent: HashMap<(u32, u32), usize, FxBuild> = HashMap::default();
    for (&i, abroad) in namesakes {
        let Some(&source) = country.get(i as usize).filter(|&&c| c != u32::MAX) else {
            continue;
        };
        for &borrower in abroad {
            *lent.entry((borrower, source)).or_default() += 1;
        }
    }
    lent.into_iter()
        .filter(|&((_, source), n)| {
            let total = cities.get(&source).copied().unwrap_or(0);
            total >= BORROWED_MIN_CITIES && 5 * n >= total
        })
        .map(|(pair, _)| pair)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_country_borrows_names_when_a_fifth_of_the_sources_cities_have_a_namesake_there() {
        // Entities 0 and 1 are the countries; 2..12 ten cities of country 0, two of
        // which have a namesake in country 1 (a fifth); 12..24 twelve cities of
        // country 1, two with a namesake in country 0 (a sixth).
        let mut country = vec![u32::MAX, u32::MAX];
        country.extend([0; 10]);
        country.extend([1; 12]);
        let city: Vec<bool> = (0..country.len()).map(|i| i >= 2).collect();
        let mut namesakes: HashMap<u32, Vec<u32>, FxBuild> = HashMap::default();
        namesakes.insert(2, vec![1]);
        namesakes.insert(3, vec![1]);
        namesakes.insert(12, vec![0]);
        namesakes.insert(13, vec![0]);
        let borrowed = borrowed_names(&country, &city, &namesakes);
        assert!(borrowed.contains(&(1, 0)));
        assert!(!borrowed.contains(&(0, 1)));
        // Fewer than ten cities say nothing.
        let few = borrowed_names(&country[..8], &city[..8], &namesakes);
        assert!(few.is_empty());
    }

    #[test]
    fn english_spelling_is_told_by_suffixes_not_words_that_only_look_alike() {
        let of = |text: &str| english_spelling(text.split(' '));
        assert_eq!(of("the trust emphasised it was underutilised"), BRITISH);
        assert_eq!(of("the labour of the neighbours"), BRITISH);
        assert_eq!(of("the trust emphasized it was underutilized"), AMERICAN);
        assert_eq!(of("the labor of our neighbors, organization"), AMERICAN);
        // Words in -ise that no spelling writes -ize, and -ize words that are no suffix.
        assert_eq!(
            of("they advised, surprised, promised, exercised, advertising otherwise"),
            0
        );
        assert_eq!(of("a sized prize was seized"), 0);
        // One word is no evidence; a mix is none either.
        assert_eq!(of("it was organised"), 0);
        assert_eq!(of("organised, realised, organized, realized"), 0);
        // Capitalised words are names (`Labour`), not spelling.
        assert_eq!(of("Labour Labour Colour"), 0);
    }

    #[test]
    fn marker_languages_are_the_lists_that_hold_the_word() {
        let scan = |w: &str| {
            MARKERS
                .iter()
                .enumerate()
                .filter(|(_, m)| m.contains(&w))
                .fold(0u8, |bits, (i, _)| bits | (1 << i))
        };
        let words = MARKERS.iter().flat_map(|m| m.iter().copied());
        for w in words.chain(["", "a", "th", "thee", "dell", "dellea", "questo!", "über"]) {
            assert_eq!(marker_languages(w), scan(w), "{w}");
        }
        assert_eq!(marker_languages("il"), (1 << 3) | (1 << 4));
    }

    #[test]
    fn a_diaeresis_no_name_has_is_another_word() {
        let f = Folder::new();
        let zwolle = ["Zwolle", "Zolle", "Зволле"];
        assert!(adds_diaeresis(&f, "Zölle", zwolle.into_iter()));
        assert!(adds_diaeresis(&f, "Zo\u{0308}lle", zwolle.into_iter()));
        assert!(!adds_diaeresis(&f, "Zolle", zwolle.into_iter()));
        let zurich = ["Zurich", "Zürich"];
        assert!(!adds_diaeresis(&f, "Zürich", zurich.into_iter()));
        assert!(!adds_diaeresis(&f, "ZÜRICH", zurich.into_iter()));
        // Other marks are accents: `Evropě` is Europe.
        assert!(!adds_diaeresis(
            &f,
            "Evropě",
            ["Europe", "Evrope"].into_iter()
        ));
        // Other scripts are romanised, not marked.
        assert!(!adds_diaeresis(&f, "Зволле", zwolle.into_iter()));
    }

    #[test]
    fn a_final_accent_no_name_has_is_another_word() {
        let f = Folder::new();
        let habra = ["Hābra", "Habra"];
        assert!(adds_final_accent(&f, "Habrá", habra.into_iter()));
        assert!(!adds_final_accent(&f, "Habra", habra.into_iter()));
        let bogota = ["Bogota", "Bogotá"];
        assert!(!adds_final_accent(&f, "Bogotá", bogota.into_iter()));
        assert!(!adds_final_accent(&f, "BOGOTÁ", bogota.into_iter()));
    }

    #[test]
    fn languages_are_told_apart_by_their_function_words() {
        let lang = |t: &str| detect_language(t.split(' '));
        assert_eq!(
            lang("the mayor said that the city is ready and that was it"),
            1
        );
        assert_eq!(
            lang("der Bürgermeister sagt dass die Stadt nicht bereit ist und das"),
            2
        );
        assert_eq!(
            lang("el alcalde dijo que los vecinos de la ciudad por una vez"),
            4
        );
        // Too few function words, or two languages alike: any language.
        assert_eq!(lang("Siegen Hagen Essen"), ANY_LANGUAGE);
    }

    #[test]
    fn baltic_road_words_in_their_cases() {
        for w in [
            "iela",
            "ielam",
            "ielas",
            "ielai",
            "gatve",
            "gatveje",
            "prospektas",
            "aikste",
            "forstate",
        ] {
            assert!(is_baltic_road_word(w), "{w}");
        }
        for w in ["ie", "ieliek", "gatavs", "riga"] {
            assert!(!is_baltic_road_word(w), "{w}");
        }
    }

    #[test]
    fn common_words_and_countries_come_from_the_fields() {
        let g = Gazetteer::from_jsonl_str(
            r#"{"id":"country-de","name":"Germany","kind":"place","source":"cldr:DE"}
{"id":"siegen","name":"Siegen","kind":"place","aliases":["Zigen"],"country":"DE","common_words":{"de":["Siegen"],"xx":["Zigen"]}}
{"id":"nice","name":"Nice","kind":"place","country":"FR"}"#,
            "test",
        )
        .unwrap();
        let f = PlaceFacts::new(&g);
        assert_eq!(f.common_word(1, 0), 2);
        assert_eq!(f.common_word(1, 1), ANY_LANGUAGE);
        assert_eq!(f.common_word(2, 0), 0);
        assert_eq!(f.country(1), Some(0));
        assert_eq!(f.country(2), None);
        let g = Gazetteer::from_jsonl_str(
            r#"{"id":"country-om","name":"Oman","kind":"place","aliases":["Omâni","Omán","Omani Sultanate"]}"#,
            "test",
        )
        .unwrap();
        let f = PlaceFacts::new(&g);
        assert!(f.demonym(&g, 0, 1));
        assert!(!f.demonym(&g, 0, 0) && !f.demonym(&g, 0, 2) && !f.demonym(&g, 0, 3));
        // Beyond its names, or of an entity that is not there: no.
        assert!(!f.demonym(&g, 0, 4) && !f.demonym(&g, 1, 0));
        let g = Gazetteer::from_jsonl_str(
            r#"{"id":"country-so","name":"Somalia","kind":"place","aliases":["Somalii","Somalis","Somalie","Somalija"]}
{"id":"country-pk","name":"Pakistan","kind":"place","aliases":["Pakistanis","Pakistaan"]}
{"id":"country-cl","name":"Chile","kind":"place","aliases":["Chili"]}"#,
            "test",
        )
        .unwrap();
        let f = PlaceFacts::new(&g);
        assert!(f.demonym(&g, 0, 1) && f.demonym(&g, 0, 2));
        assert!(!f.demonym(&g, 0, 0) && !f.demonym(&g, 0, 3) && !f.demonym(&g, 0, 4));
        assert!(f.demonym(&g, 1, 1) && !f.demonym(&g, 1, 2));
        // French `Chili` is Chile: only a final `a` gives way.
        assert!(!f.demonym(&g, 2, 1));
    }

    #[test]
    fn plural_nouns_come_from_their_field() {
        let g = Gazetteer::from_jsonl_str(
            r#"{"id":"country-pl","name":"Poland","kind":"place","aliases":["Polen","Polska"],"plural_nouns":{"de":["Polen"]}}
{"id":"country-ch","name":"Switzerland","kind":"place","aliases":["Schweiz"]}"#,
            "test",
        )
        .unwrap();
        let f = PlaceFacts::new(&g);
        assert_eq!(f.plural_noun(0, 1), GERMAN);
        assert_eq!(
            f.plural_noun(0, 0) | f.plural_noun(0, 2) | f.plural_noun(1, 1),
            0
        );
        // No common word for that: `Polen hat gewählt` is the country.
        assert_eq!(f.common_word(0, 1), 0);
    }

    #[test]
    fn a_plural_nouns_determiners_are_none_of_a_neuter_countrys() {
        for w in [
            "die", "der", "den", "des", "dem", "viele", "beiden", "wir", "uns",
        ] {
            assert!(is_german_noun_determiner(w), "{w}");
        }
        // `das Polen der Achtzigerjahre`, `im heutigen Polen`, `nach Polen`.
        for w in ["das", "ein", "im", "vom", "nach", "in"] {
            assert!(!is_german_noun_determiner(w), "{w}");
        }
    }

    #[test]
    fn republic_words_are_the_noun_in_each_language() {
        for w in ["republic", "republica", "republik", "republique"] {
            assert!(is_republic_word(w), "{w}");
        }
        assert!(!is_republic_word("kingdom") && !is_republic_word("republican"));
    }

    #[test]
    fn towns_are_cities_neither_large_nor_capitals_nor_the_largest() {
        let g = Gazetteer::from_jsonl_str(
            r#"{"id":"a","name":"A","kind":"place","country":"XX","population":2000000}
{"id":"b","name":"B","kind":"place","country":"XX","population":300000,"capital":true}
{"id":"c","name":"C","kind":"place","country":"XX","population":300000}
{"id":"d","name":"D","kind":"place","country":"YY","population":400000,"capital":true}
{"id":"e","name":"E","kind":"place","country":"YY","population":200000}
{"id":"f","name":"F","kind":"place","country":"YY","population":100000}
{"id":"country-xx","name":"Xland","kind":"place","source":"cldr:XX"}"#,
            "test",
        )
        .unwrap();
        let f = PlaceFacts::new(&g);
        let towns: Vec<bool> = (0..7).map(|i| f.needs_evidence(i)).collect();
        assert_eq!(towns, [false, false, true, false, false, true, false]);
    }

    #[test]
    fn regions_need_evidence_and_know_their_country_but_are_no_cities() {
        let g = Gazetteer::from_jsonl_str(
            r#"{"id":"country-de","name":"Germany","kind":"place","source":"cldr:DE"}
{"id":"by","name":"Bavaria","kind":"place","source":"iso3166-2:DE-BY","within":"DE"}
{"id":"xx","name":"Nowhere","kind":"place","source":"iso3166-2:XX-1","within":"XX"}"#,
            "test",
        )
        .unwrap();
        let f = PlaceFacts::new(&g);
        assert!(!f.needs_evidence(0) && f.needs_evidence(1) && f.needs_evidence(2));
        assert_eq!(f.country(1), Some(0));
        assert_eq!(f.country(2), None);
        assert!(!f.city(1) && !f.country_of_some_city(0));
        assert!(f.region(1) && f.region(2) && !f.region(0));
    }

    #[test]
    fn broadcasters_nouns_in_their_cases() {
        let fold = |w: &str| nomen_fold::fold(w).into_owned();
        for w in [
            "radio",
            "TV",
            "channel",
            "Sender",
            "emisora",
            "телеканал",
            "телеканалу",
        ] {
            assert!(is_broadcaster_word(&fold(w)), "{w}");
        }
        for w in ["times", "million", "canals", "каналья", "kanalisation"] {
            assert!(!is_broadcaster_word(&fold(w)), "{w}");
        }
    }

    #[test]
    fn words_that_say_place() {
        assert!(is_settlement_word("city") && is_settlement_word("stadt"));
        assert!(is_settlement_word("hansestadt") && is_settlement_word("provincia"));
        assert!(!is_settlement_word("stadt-") && !is_settlement_word("the"));
        assert!(is_of_place_word("mayor") && is_of_place_word("west"));
        assert!(is_of_place_word("alcalde") && !is_of_place_word("city"));
        assert!(is_direction_preposition("nach") && is_direction_preposition("in"));
        assert!(is_settlement_word_after("kaupunki") && !is_settlement_word_after("city"));
        assert!(!is_direction_preposition("von") && !is_direction_preposition("de"));
        // (Cyrillic `у`, `до` are asked of Cyrillic words only, before a place.)
        assert!(is_cyrillic_preposition("u", false) && is_cyrillic_preposition("do", true));
        assert!(!is_cyrillic_preposition("do", false) && !is_place_preposition("u"));
        assert!(is_greek_preposition("stin") && is_greek_preposition("stus"));
        assert!(!is_greek_preposition("apo") && !is_place_preposition("sto"));
        // (A way's prepositions, `über`, `across`, asked only before an article.)
        assert!(is_way_preposition("uber") && is_way_preposition("across"));
        assert!(!is_way_preposition("in") && !is_place_preposition("uber"));
        assert!(is_german_merged_preposition("am") && !is_german_merged_preposition("im"));
        assert!(is_feature_noun("rzeka") && is_feature_noun("ostrov") && is_feature_noun("rio"));
        assert!(!is_feature_noun("city") && !is_feature_noun("mountains"));
        assert!(is_feature_preposition("pa", false) && !is_feature_preposition("pa", true));
        // (Dutch `op Santorini`, Italian `sull'Etna`, Macedonian `планината Арарат`,
        // Polish `nad Sekwaną`.)
        assert!(is_feature_preposition("op", false) && is_feature_preposition("sull", false));
        assert!(is_feature_noun("planinata") && is_feature_noun("vulkan"));
        assert!(is_bank_preposition("nad") && !is_feature_preposition("nad", false));
        assert!(is_listed_place_article("dell") && !is_listed_place_article("all"));
    }

    #[test]
    fn forms_of_address_say_the_gender() {
        assert_eq!(address_gender("senor"), Some(false));
        assert_eq!(address_gender("frau"), Some(true));
        assert_eq!(address_gender("mrs"), Some(true));
        assert_eq!(address_gender("kanzler"), None);
        assert!(is_romance_article("la") && is_romance_article("il"));
        assert!(is_english_article("the") && !is_english_article("of"));
        assert!(is_treaty_word("programme") && is_treaty_word("airport"));
        assert!(is_treaty_word("conventions") && is_agreement_word("conventions"));
        assert!(!is_romance_article("de") && !is_romance_article("i"));
        assert!(is_romance_article("del") && !is_romance_article("nel"));
        assert!(is_venue_word("cumbre") && !is_venue_word("university"));
        assert!(is_compass_adjective("northern") && !is_compass_adjective("north"));
        assert!(is_compass_noun("norte") && !is_compass_noun("northern"));
        assert!(is_surname_particle("van") && is_particle_article("der"));
        assert!(!is_surname_particle("de"));
    }
}
