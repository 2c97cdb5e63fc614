//! Shared corpus of the `fold` and `analyzer` benches: a news paragraph and a list of
//! names in English, Spanish, German, Russian and mixed scripts, written for nomen.
//!
//! Each paragraph is repeated to about 8 KB by [`corpora`].

use tantivy::tokenizer::{AsciiFoldingFilter, LowerCaser, SimpleTokenizer, TextAnalyzer};

const ENGLISH: &str = "President Nicolás Maduro said on Tuesday that the National \
Electoral Council would publish the full results of the July election, after the \
opposition candidate Edmundo González Urrutia and María Corina Machado claimed \
victory. The United States, the European Union and several Latin American \
governments, including Brazil's Luiz Inácio Lula da Silva and Colombia's Gustavo \
Petro, called for transparency. \"We will not accept a fraud,\" González told \
reporters in Caracas, while the government's chief negotiator, Jorge Rodríguez, \
accused the opposition of planning violence. Oil prices rose 2% on the news. ";

const SPANISH: &str = "El presidente Nicolás Maduro afirmó el martes que el Consejo \
Nacional Electoral publicará los resultados completos de la elección de julio, \
después de que el candidato opositor Edmundo González Urrutia y María Corina Machado \
reivindicaran la victoria. Estados Unidos, la Unión Europea y varios gobiernos \
latinoamericanos, entre ellos el de Luiz Inácio Lula da Silva y el de Gustavo Petro, \
pidieron transparencia. «No aceptaremos un fraude», dijo González a los periodistas \
en Caracas, mientras el jefe negociador del Gobierno, Jorge Rodríguez, acusó a la \
oposición de planear actos de violencia. El petróleo subió un 2 % tras la noticia. ";

const GERMAN: &str = "Präsident Nicolás Maduro erklärte am Dienstag, der Nationale \
Wahlrat werde die vollständigen Ergebnisse der Wahl im Juli veröffentlichen, \
nachdem der Oppositionskandidat Edmundo González Urrutia und María Corina Machado \
den Sieg für sich beansprucht hatten. Die Vereinigten Staaten, die Europäische \
Union und mehrere lateinamerikanische Regierungen forderten Transparenz. „Wir \
werden keinen Betrug hinnehmen“, sagte González vor Journalisten in Caracas. Der \
Außenminister äußerte sich zunächst nicht; Straßenproteste in Mérida und Maracaibo \
wurden gemeldet. Die Ölpreise stiegen um 2 Prozent. ";

const RUSSIAN: &str = "Президент Николас Мадуро заявил во вторник, что Национальный \
избирательный совет опубликует полные результаты июльских выборов, после того как \
кандидат от оппозиции Эдмундо Гонсалес Уррутия и Мария Корина Мачадо заявили о \
победе. Соединённые Штаты, Европейский союз и ряд латиноамериканских правительств \
призвали к прозрачности. «Мы не примем фальсификацию», — сказал Гонсалес журналистам \
в Каракасе, а главный переговорщик правительства Хорхе Родригес обвинил оппозицию в \
подготовке насилия. Цены на нефть выросли на 2%. ";

const MIXED: &str = "Maduro (Мадуро, Μαδούρο, 马杜罗) met Erdoğan in İstanbul; \
Зеленський і Київ; Ђоковић won in Београд; 김정은 visited 서울? No: 習近平 and \
安倍晋三 in 東京. Łódź, Þórshöfn, Straße, Œuvre, ﬁnance, ＦＵＬＬＷＩＤＴＨ, \
שָׁלוֹם, مُحَمَّد, हिन्दी, ქართული, Հայաստան. Nicolás\u{A0}Maduro’s – the \
“president” – said… ";

const ENGLISH_NAMES: &[&str] = &[
    "Joe Biden",
    "Donald Trump",
    "Kamala Harris",
    "Antony Blinken",
    "The Wall Street Journal",
    "Daniel B. Erickson",
    "Mohammed bin Salman",
    "Naftali Bennett",
    "Keir Starmer",
    "Rishi Sunak",
    "Boris Johnson",
    "European Central Bank",
];
const SPANISH_NAMES: &[&str] = &[
    "Nicolás Maduro Moros",
    "Edmundo González Urrutia",
    "María Corina Machado",
    "Delcy Rodríguez",
    "Jorge Rodríguez",
    "Consejo Nacional Electoral",
    "Andrés Manuel López Obrador",
    "Sebastián Piñera",
    "Cristina Fernández de Kirchner",
    "Xóchitl Gálvez",
    "Gustavo Petro Urrego",
    "Diosdado Cabello Rondón",
];
const GERMAN_NAMES: &[&str] = &[
    "Olaf Scholz",
    "Angela Merkel",
    "Björn Höcke",
    "Friedrich Merz",
    "Annalena Baerbock",
    "Frank-Walter Steinmeier",
    "Markus Söder",
    "Deutsche Bank AG",
    "Bundesministerium des Äußeren",
    "Ärzte ohne Grenzen",
    "Jürgen Müller",
    "Straßenbau GmbH",
];
const RUSSIAN_NAMES: &[&str] = &[
    "Владимир Путин",
    "Сергей Лавров",
    "Николас Мадуро",
    "Дмитрий Медведев",
    "Сергей Шойгу",
    "Алексей Навальный",
    "Михаил Мишустин",
    "Валентина Матвиенко",
    "Газпром",
    "Юлия Навальная",
    "Рамзан Кадыров",
    "Пётр Толстой",
];
const MIXED_NAMES: &[&str] = &[
    "Recep Tayyip Erdoğan",
    "Volodymyr Zelensky",
    "Володимир Зеленський",
    "Κυριάκος Μητσοτάκης",
    "习近平",
    "김정은",
    "Lech Wałęsa",
    "Søren Kierkegaard",
    "Nguyễn Tấn Dũng",
    "Александар Вучић",
    "Նիկոլ Փաշինյան",
    "მიხეილ სააკაშვილი",
];

/// The benchmark corpora: (name, paragraph, names).
pub fn corpora() -> Vec<(&'static str, String, &'static [&'static str])> {
    [
        ("english", ENGLISH, ENGLISH_NAMES),
        ("spanish", SPANISH, SPANISH_NAMES),
        ("german", GERMAN, GERMAN_NAMES),
        ("russian", RUSSIAN, RUSSIAN_NAMES),
        ("mixed", MIXED, MIXED_NAMES),
    ]
    .into_iter()
    .map(|(name, para, names)| (name, para.repeat(8192 / para.len() + 1), names))
    .collect()
}

/// tantivy's built-in ASCII-folding pipeline: the baseline both benches compare with.
pub fn tantivy_pipeline() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}
