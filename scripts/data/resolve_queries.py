#!/usr/bin/env python3
"""Writes data/eval/resolve/queries.tsv: the resolution test set of the built-in gazetteer.

Two parts, both deterministic (no network, seed fixed):
  * hand-written queries (HAND below): people, organisations and places of
    data/entities.jsonl and well-known places, in the ways users write them, and names of
    nobody in the gazetteer, which must come back "not found" (expected `-`);
  * queries drawn by rule from data/places/places.jsonl (seeded): a city's own name and
    its names in other scripts, a one-letter typo in a long name, Russian and German
    case endings of a name, a part of a long name; only names that one entity has (after
    a rough folding) are used, so that the expected answer is not a matter of taste.

Run from the repository root: python3 scripts/data/resolve_queries.py
"""

import json
import random
import unicodedata
from collections import defaultdict

SEED = 22


def rough_fold(s):
    s = unicodedata.normalize("NFKD", s.casefold())
    s = s.replace("'", "").replace("\u2019", "").replace("\u02bc", "")
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join("".join(c if c.isalnum() else " " for c in s).split())


def load(path):
    out = []
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(json.loads(line))
    return out


entities = load("data/entities.jsonl")
places = load("data/places/places.jsonl")
by_id = {e["id"]: e for e in entities}
for p in places:
    by_id[p["id"]] = p
gaz = list(by_id.values())

owners = defaultdict(set)  # folded name -> ids
words = defaultdict(set)  # folded word -> ids
for e in gaz:
    for n in [e["name"]] + e.get("aliases", []):
        f = rough_fold(n)
        owners[f].add(e["id"])
        # Without a leading article (`The Valley`).
        head, _, rest = f.partition(" ")
        if rest and head in ("the", "la", "el", "le", "les", "los", "las", "il", "al", "san", "santa"):
            owners[rest].add(e["id"])
        for w in f.split():
            words[w].add(e["id"])


def unique(name, eid):
    return owners.get(rough_fold(name)) == {eid}


def script(s):
    for c in s:
        if c.isalpha():
            n = unicodedata.name(c, "")
            for k in ("CYRILLIC", "GREEK", "ARABIC", "HEBREW", "CJK", "HIRAGANA", "KATAKANA",
                      "HANGUL", "DEVANAGARI", "THAI", "GEORGIAN", "ARMENIAN"):
                if k in n:
                    return k
            return "LATIN"
    return None


rows = []


def add(query, expected, cls, note=""):
    rows.append((query, expected, cls, note))


# ---------------------------------------------------------------- hand-written
HAND = """
# people of data/entities.jsonl: whole names, surnames, typos, scripts, case endings, initials
Nicolás Maduro	nicolas-maduro	person-full
nicolas maduro	nicolas-maduro	person-full
Maduro	nicolas-maduro	person-surname
Madruo	nicolas-maduro	person-typo
Мадуро	nicolas-maduro	person-script
N. Maduro	nicolas-maduro	person-initial
Edmundo González	edmundo-gonzalez-urrutia	person-full
González Urrutia	edmundo-gonzalez-urrutia	person-partial
Edmundo Gonzales Urrutia	edmundo-gonzalez-urrutia	person-typo
Эдмундо Гонсалес	edmundo-gonzalez-urrutia	person-script
María Corina Machado	maria-corina-machado	person-full
Machado	maria-corina-machado	person-surname
Maria Corina Machdo	maria-corina-machado	person-typo
Мачадо	maria-corina-machado	person-script
Delcy Rodríguez	delcy-rodriguez	person-full
Delcy Rodriguez Gomez	delcy-rodriguez	person-full
D. Rodríguez	delcy-rodriguez	person-initial
Jorge Rodríguez	jorge-rodriguez	person-full
J. Rodríguez	jorge-rodriguez	person-initial
Хорхе Родригес	jorge-rodriguez	person-script
Joe Biden	joe-biden	person-full
Biden	joe-biden	person-surname
Joseph Biden	joe-biden	person-full
J. Biden	joe-biden	person-initial
Байден	joe-biden	person-script
Байдена	joe-biden	person-inflection
Bidens	joe-biden	person-inflection
Джо Байдену	joe-biden	person-inflection
Daniel Erickson	daniel-b-erickson	person-full
D. B. Erickson	daniel-b-erickson	person-initial
Felipe González Márquez	felipe-gonzalez	person-full
George W. Bush	george-w-bush	person-full
George Walker Bush	george-w-bush	person-full
George H. W. Bush	bush-george-hw	person-full
Hugo Chávez	hugo-chavez	person-full
Chávez	hugo-chavez	person-surname
Hugo Chaves	hugo-chavez	person-typo
Уго Чавес	hugo-chavez	person-script
Чавеса	hugo-chavez	person-inflection
Diosdado Cabello	diosdado-cabello	person-full
Cabello	diosdado-cabello	person-surname
Diosdado Cabelo	diosdado-cabello	person-typo
Диосдадо Кабельо	diosdado-cabello	person-script
Padrino López	vladimir-padrino-lopez	person-partial
Vladimir Padrino	vladimir-padrino-lopez	person-partial
Juan Guaidó	juan-guaido	person-full
Guaidó	juan-guaido	person-surname
Guaido	juan-guaido	person-surname
Guaidós	juan-guaido	person-inflection
Хуан Гуайдо	juan-guaido	person-script
Donald Trump	donald-trump	person-full
Trump	donald-trump	person-surname
Donald J. Trump	donald-trump	person-full
D. Trump	donald-trump	person-initial
Трамп	donald-trump	person-script
Трампа	donald-trump	person-inflection
Трампом	donald-trump	person-inflection
Trumps	donald-trump	person-inflection
トランプ	donald-trump	person-script
Kamala Harris	kamala-harris	person-full
Harris	kamala-harris	person-surname
Kamala Haris	kamala-harris	person-typo
Камала Харрис	kamala-harris	person-script
Antony Blinken	antony-blinken	person-full
Blinken	antony-blinken	person-surname
Anthony Blinken	antony-blinken	person-typo
Блинкен	antony-blinken	person-script
Блинкена	antony-blinken	person-inflection
Marco Rubio	marco-rubio	person-full
Rubio	marco-rubio	person-surname
Марко Рубио	marco-rubio	person-script
Lula da Silva	lula	person-partial
Lula	lula	person-surname
Луис Инасиу Лула да Силва	lula	person-script
Gustavo Petro	gustavo-petro	person-full
Gustavo Petro Urrego	gustavo-petro	person-full
Густаво Петро	gustavo-petro	person-script
López Obrador	andres-manuel-lopez-obrador	person-partial
AMLO	andres-manuel-lopez-obrador	person-acronym
Andres Manuel Lopez Obrador	andres-manuel-lopez-obrador	person-full
Emmanuel Macron	emmanuel-macron	person-full
Macron	emmanuel-macron	person-surname
E. Macron	emmanuel-macron	person-initial
Emanuel Macron	emmanuel-macron	person-typo
Макрон	emmanuel-macron	person-script
Макрону	emmanuel-macron	person-inflection
Macrons	emmanuel-macron	person-inflection
Olaf Scholz	olaf-scholz	person-full
Scholz	olaf-scholz	person-surname
O. Scholz	olaf-scholz	person-initial
Олаф Шольц	olaf-scholz	person-script
Шольцем	olaf-scholz	person-inflection
Scholz'	olaf-scholz	person-inflection
Vladimir Putin	vladimir-putin	person-full
Putin	vladimir-putin	person-surname
V. Putin	vladimir-putin	person-initial
Wladimir Putin	vladimir-putin	person-full
Vladimir Poutine	vladimir-putin	person-full
Vladimir Puttin	vladimir-putin	person-typo
Путин	vladimir-putin	person-script
Путина	vladimir-putin	person-inflection
Путину	vladimir-putin	person-inflection
Путиным	vladimir-putin	person-inflection
Putins	vladimir-putin	person-inflection
普京	vladimir-putin	person-script
Xi Jinping	xi-jinping	person-full
习近平	xi-jinping	person-script
Си Цзиньпин	xi-jinping	person-script
Pedro Sánchez	pedro-sanchez	person-full
Pedro Sanchez Perez-Castejon	pedro-sanchez	person-full
Педро Санчес	pedro-sanchez	person-script
Josep Borrell	josep-borrell	person-full
Borrell	josep-borrell	person-surname
J. Borrell	josep-borrell	person-initial
Josep Borel	josep-borrell	person-typo
Жозеп Боррель	josep-borrell	person-script
Борреля	josep-borrell	person-inflection
António Guterres	antonio-guterres	person-full
Antonio Guterres	antonio-guterres	person-full
Guterres	antonio-guterres	person-surname
A. Guterres	antonio-guterres	person-initial
Antonio Gutteres	antonio-guterres	person-typo
Антониу Гутерриш	antonio-guterres	person-script
Гутерриша	antonio-guterres	person-inflection
Nicolás Maduro Guerra	nicolas-maduro-guerra	person-full
# organisations: whole names, listed acronyms, other languages and scripts, typos
Consejo Nacional Electoral	cne-venezuela	org-full
CNE	cne-venezuela	org-acronym
National Electoral Council	cne-venezuela	org-full
Tribunal Supremo de Justicia	tsj-venezuela	org-full
TSJ	tsj-venezuela	org-acronym
Supreme Tribunal of Justice	tsj-venezuela	org-full
Asamblea Nacional de Venezuela	asamblea-nacional-venezuela	org-full
Foro Penal	foro-penal	org-full
The Wall Street Journal	wall-street-journal	org-full
Wall Street Journal	wall-street-journal	org-full
WSJ	wall-street-journal	org-acronym
The New York Times	new-york-times	org-full
New York Times	new-york-times	org-full
NYT	new-york-times	org-acronym
Washington Post	washington-post	org-full
Reuters	reuters	org-full
Reuter	reuters	org-typo
Рейтер	reuters	org-script
Agencia EFE	efe	org-full
El País	el-pais	org-full
PSUV	psuv	org-acronym
Partido Socialista Unido de Venezuela	psuv	org-full
PDVSA	pdvsa	org-acronym
Petróleos de Venezuela	pdvsa	org-full
Petroleos de Venezuela SA	pdvsa	org-full
FANB	fanb	org-acronym
Fuerza Armada Nacional Bolivariana	fanb	org-full
International Criminal Court	international-criminal-court	org-full
ICC	international-criminal-court	org-acronym
Corte Penal Internacional	international-criminal-court	org-full
International Criminal Cout	international-criminal-court	org-typo
United Nations	united-nations	org-full
UN	united-nations	org-acronym
ONU	united-nations	org-acronym
Naciones Unidas	united-nations	org-full
Vereinten Nationen	united-nations	org-full
ООН	united-nations	org-acronym
European Union	european-union	org-full
EU	european-union	org-acronym
Unión Europea	european-union	org-full
Евросоюз	european-union	org-script
Евросоюза	european-union	org-inflection
Organization of American States	organization-of-american-states	org-full
OAS	organization-of-american-states	org-acronym
OEA	organization-of-american-states	org-acronym
Carter Center	carter-center	org-full
National Security Council	us-national-security-council	org-full
Chavismo	chavismo	other-full
Чавизм	chavismo	other-script
# places of data/entities.jsonl
Venezuela	venezuela	place-country
Venezuala	venezuela	place-typo
Венесуэла	venezuela	place-script
Венесуэлы	venezuela	place-inflection
Венесуэле	venezuela	place-inflection
Venezuelas	venezuela	place-inflection
United States	united-states	place-country
USA	united-states	place-country
Estados Unidos	united-states	place-country
США	united-states	place-country
Соединённых Штатов Америки	united-states	place-inflection
Colombia	colombia	place-country
Kolumbien	colombia	place-country
Колумбии	colombia	place-inflection
Brazil	brazil	place-country
Brasilien	brazil	place-country
Brasiliens	brazil	place-inflection
Бразилии	brazil	place-inflection
Mexico	mexico	place-country
Мексике	mexico	place-inflection
Cuba	cuba	place-country
Кубы	cuba	place-inflection
Russia	russia	place-country
Russland	russia	place-country
Russlands	russia	place-inflection
России	russia	place-inflection
China	china	place-country
Chinas	china	place-inflection
Китая	china	place-inflection
Spain	spain	place-country
España	spain	place-country
Spaniens	spain	place-inflection
Испании	spain	place-inflection
Caracas	caracas	place-city
Каракас	caracas	place-script
Каракасе	caracas	place-inflection
Madrid	madrid	place-city
Мадриде	madrid	place-inflection
Bogotá	bogota	place-city
Bogota	bogota	place-city
Боготы	bogota	place-inflection
White House	white-house	place-other
Белом доме	white-house	place-inflection
Miraflores Palace	miraflores-palace	place-other
Palacio de Miraflores	miraflores-palace	place-other
# well-known places of the built-in places
Germany	country-de	place-country
Deutschland	country-de	place-country
Deutschlands	country-de	place-inflection
Germnay	country-de	place-typo
Германии	country-de	place-inflection
Frankreich	country-fr	place-country
Frankreichs	country-fr	place-inflection
Франции	country-fr	place-inflection
Italia	country-it	place-country
Italiens	country-it	place-inflection
Италии	country-it	place-inflection
Ukraine	country-ua	place-country
Украины	country-ua	place-inflection
Poland	country-pl	place-country
Polska	country-pl	place-country
Польши	country-pl	place-inflection
Argentinien	country-ar	place-country
Argentinia	country-ar	place-typo
Japan	country-jp	place-country
Japans	country-jp	place-inflection
Portugal	country-pt	place-country
Portugals	country-pt	place-inflection
Türkei	country-tr	place-country
Turkey	country-tr	place-country
Турции	country-tr	place-inflection
United Kingdom	country-gb	place-country
UK	country-gb	place-country
Великобритании	country-gb	place-inflection
Berlin	geonames-2950159	place-capital
Berlins	geonames-2950159	place-inflection
Берлин	geonames-2950159	place-script
Берлине	geonames-2950159	place-inflection
Paris	geonames-2988507	place-capital
Париже	geonames-2988507	place-inflection
Moscow	geonames-524901	place-capital
Москва	geonames-524901	place-script
Москвы	geonames-524901	place-inflection
Москве	geonames-524901	place-inflection
Moskaus	geonames-524901	place-inflection
London	geonames-2643743	place-capital
Лондоне	geonames-2643743	place-inflection
Londons	geonames-2643743	place-inflection
Wien	geonames-2761369	place-capital
Вене	geonames-2761369	place-inflection
Kyiv	geonames-703448	place-capital
Киеве	geonames-703448	place-inflection
Warszawa	geonames-756135	place-capital
Варшаве	geonames-756135	place-inflection
Buenos Aires	geonames-3435910	place-capital
Buenos Aries	geonames-3435910	place-typo
Rio de Janeiro	geonames-3451190	place-city
Rio de Janiero	geonames-3451190	place-typo
São Paulo	geonames-3448439	place-city
Sao Paolo	geonames-3448439	place-typo
Barcelona	geonames-3128760	place-city
Barcelone	geonames-3128760	place-city
Барселоне	geonames-3128760	place-inflection
Pekín	geonames-1816670	place-capital
北京	geonames-1816670	place-script
Tokio	geonames-1850147	place-capital
東京	geonames-1850147	place-script
Istanbul	geonames-745044	place-city
Стамбуле	geonames-745044	place-inflection
Jerusalem	geonames-281184	place-capital
Иерусалиме	geonames-281184	place-inflection
Johannesburg	geonames-993800	place-city
Johannesberg	geonames-993800	place-typo
Philadelphia	geonames-4560349	place-city
Philadelpia	geonames-4560349	place-typo
Minneapolis	geonames-5037649	place-city
Mineapolis	geonames-5037649	place-typo
Birmingham	geonames-2655603	place-city
# names of nobody in the gazetteer: people, bodies, acronyms, places too small to be in it
Christine Lagarde	-	absent-person
Angela Merkel	-	absent-person
Merkel	-	absent-person
Ursula von der Leyen	-	absent-person
Giorgia Meloni	-	absent-person
Meloni	-	absent-person
Viktor Orbán	-	absent-person
Orbán	-	absent-person
Narendra Modi	-	absent-person
Modi	-	absent-person
Jacinda Ardern	-	absent-person
Rishi Sunak	-	absent-person
Sunak	-	absent-person
Keir Starmer	-	absent-person
Starmer	-	absent-person
Boris Johnson	-	absent-person
Recep Tayyip Erdoğan	-	absent-person
Erdogan	-	absent-person
Volodymyr Zelensky	-	absent-person
Zelensky	-	absent-person
Зеленского	-	absent-person
Benjamin Netanyahu	-	absent-person
Netanjahu	-	absent-person
Javier Milei	-	absent-person
Milei	-	absent-person
Gabriel Boric	-	absent-person
Boric	-	absent-person
Dilma Rousseff	-	absent-person
Jair Bolsonaro	-	absent-person
Bolsonaro	-	absent-person
Alberto Fernández	-	absent-person
Cristina Kirchner	-	absent-person
Evo Morales	-	absent-person
Rafael Correa	-	absent-person
Daniel Ortega	-	absent-person
Nayib Bukele	-	absent-person
Bukele	-	absent-person
Henrique Capriles	-	absent-person
Leopoldo López	-	absent-person
Mark Rutte	-	absent-person
Jens Stoltenberg	-	absent-person
Stoltenberg	-	absent-person
Kristalina Georgieva	-	absent-person
Jerome Powell	-	absent-person
Janet Yellen	-	absent-person
Elon Musk	-	absent-person
Musk	-	absent-person
Paris Hilton	-	absent-person
Sergei Lavrov	-	absent-person
Лавров	-	absent-person
Дмитрий Песков	-	absent-person
Песков	-	absent-person
Kim Jong-un	-	absent-person
Shinzo Abe	-	absent-person
Fumio Kishida	-	absent-person
Lee Jae-myung	-	absent-person
Cyril Ramaphosa	-	absent-person
Bola Tinubu	-	absent-person
Ali Khamenei	-	absent-person
Mohammed bin Salman	-	absent-person
Justin Trudeau	-	absent-person
Trudeau	-	absent-person
Anthony Albanese	-	absent-person
Olaf Schulz	-	absent-person
Friedrich Merz	-	absent-person
Merz	-	absent-person
Alexander Van der Bellen	-	absent-person
Pope Francis	-	absent-person
Jane Doe	-	absent-person
John Smith	-	absent-person
Maria Garcia	-	absent-person
Juan Pérez	-	absent-person
Hans Müller	-	absent-person
Ivan Petrov	-	absent-person
Иван Петров	-	absent-person
Kowalczyk	-	absent-person
Papadopoulos	-	absent-person
Nakamura	-	absent-person
Okonkwo	-	absent-person
A. Schmidt	-	absent-initial
K. Müller	-	absent-initial
M. Rossi	-	absent-initial
J. Smith	-	absent-initial
P. Dupont	-	absent-initial
International Monetary Fund	international-monetary-fund	org-full
IMF	international-monetary-fund	org-acronym
NATO	nato	org-acronym
OTAN	nato	org-acronym
OPEC	opec	org-acronym
FBI	-	absent-acronym
CIA	-	absent-acronym
NASA	-	absent-acronym
BBC	-	absent-acronym
WTO	world-trade-organization	org-acronym
IAEA	international-atomic-energy-agency	org-acronym
OSCE	osce	org-acronym
ASEAN	asean	org-acronym
FIFA	fifa	org-acronym
UEFA	uefa	org-acronym
KGB	-	absent-acronym
FSB	-	absent-acronym
PSOE	psoe	org-acronym
CDU	cdu	org-acronym
SPD	spd	org-acronym
ANC	-	absent-acronym
BJP	-	absent-acronym
FARC	-	absent-acronym
ELN	-	absent-acronym
UNICEF	unicef	org-acronym
Deutsche Bundesbank	deutsche-bundesbank	org-full
Bundesbank	deutsche-bundesbank	org-full
Federal Reserve	federal-reserve	org-full
Banco de España	-	absent-org
Banque de France	banque-de-france	org-full
Bank of England	bank-of-england	org-full
Banco Central de Venezuela	-	absent-org
European Commission	european-commission	org-full
European Parliament	european-parliament	org-full
Parlamento Europeo	european-parliament	org-full
Supreme Court of the United States	-	absent-org
World Health Organization	world-health-organization	org-full
Red Cross	-	absent-org
Amnesty International	amnesty-international	org-full
Human Rights Watch	human-rights-watch	org-full
Médecins Sans Frontières	medecins-sans-frontieres	org-full
Goldman Sachs	-	absent-org
Deutsche Bank	-	absent-org
Gazprom	-	absent-org
Petrobras	-	absent-org
Le Monde	-	absent-org
The Guardian	-	absent-org
Bloomberg	-	absent-org
Associated Press	-	absent-org
Agence France-Presse	-	absent-org
Партия регионов	-	absent-org
Golden Gate Bridge	-	absent-place
Eiffel Tower	-	absent-place
Kremlin	-	absent-place
Кремль	-	absent-place
Downing Street	-	absent-place
Wall Street	-	absent-place
Silicon Valley	-	absent-place
Amazonas river	-	absent-place
Lake Titicaca	-	absent-place
Mount Everest	-	absent-place
Sahara Desert	-	absent-place
Gaza Strip	subdivision-PS-GZZ	place-region
Crimean Peninsula	-	absent-place
Zzyzx	-	absent-place
Qwertyville	-	absent-place
"""

for line in HAND.strip("\n").splitlines():
    if not line.strip() or line.startswith("#"):
        continue
    q, exp, cls = line.split("\t")
    add(q, exp, cls, "hand")

hand_queries = {rough_fold(r[0]) for r in rows}

# ---------------------------------------------------------------- drawn by rule
rng = random.Random(SEED)
cities = sorted((p for p in places if p["id"].startswith("geonames-")), key=lambda p: p["id"])
countries = sorted((p for p in places if p["id"].startswith("country-")), key=lambda p: p["id"])
rng.shuffle(cities)
rng.shuffle(countries)


def fresh(q):
    f = rough_fold(q)
    if not f or f in hand_queries:
        return False
    hand_queries.add(f)
    return True


# A city by its own name (Latin script, unique).
n = 0
for c in cities:
    if n >= 40:
        break
    if script(c["name"]) == "LATIN" and unique(c["name"], c["id"]) and fresh(c["name"]):
        add(c["name"], c["id"], "place-city", "drawn")
        n += 1

# A country or city by a name in another script (unique).
n = 0
for p in countries + cities[:1500]:
    if n >= 40:
        break
    names = sorted(a for a in p.get("aliases", []) if script(a) not in (None, "LATIN"))
    names = [a for a in names if unique(a, p["id"])]
    if names:
        a = rng.choice(names)
        if fresh(a):
            add(a, p["id"], "place-script", "drawn")
            n += 1


def typo(word):
    """One edit: a letter doubled, dropped, swapped with the next, or replaced by a
    neighbour on the keyboard, at a random position past the first letter."""
    keys = "qwertyuiop asdfghjkl zxcvbnm"
    near = {}
    rows_ = keys.split()
    for r in rows_:
        for i, ch in enumerate(r):
            near[ch] = (r[i - 1] if i else "") + (r[i + 1] if i + 1 < len(r) else "")
    i = rng.randrange(1, len(word) - 1)
    kind = rng.choice(["double", "drop", "swap", "near"])
    if kind == "double":
        return word[:i] + word[i] + word[i:]
    if kind == "drop":
        return word[:i] + word[i + 1:]
    if kind == "swap" and word[i] != word[i + 1]:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    ch = word[i].lower()
    if ch in near and near[ch]:
        return word[:i] + rng.choice(near[ch]) + word[i + 1:]
    return word[:i] + word[i + 1:]


# A one-edit typo in a long (8+ letters), one-word, unique Latin name; the typo must not
# be another entity's word.
n = 0
for c in cities[200:]:
    if n >= 40:
        break
    name = c["name"]
    if (" " in name or "-" in name or script(name) != "LATIN" or len(name) < 8
            or not name.isalpha() or not unique(name, c["id"])):
        continue
    t = typo(name)
    if rough_fold(t) in words or rough_fold(t) == rough_fold(name) or not fresh(t):
        continue
    add(t, c["id"], "place-typo", "drawn")
    n += 1


def ru_cases(word):
    """Genitive and locative of a Russian place name (the common patterns only)."""
    if word.endswith("а"):
        stem = word[:-1]
        gen = stem + ("и" if stem[-1] in "кгхжшщч" else "ы")
        return [gen, stem + "е"]
    if word.endswith("я"):
        return [word[:-1] + "и"]
    if word[-1] in "бвгджзклмнпрстфхцчшщ":
        return [word + "а", word + "е"]
    return []


# A city's Russian name with a case ending (one-word names, unique).
n = 0
for c in cities:
    if n >= 30:
        break
    ru = sorted(a for a in c.get("aliases", [])
                if script(a) == "CYRILLIC" and a.isalpha() and len(a) >= 5
                and unique(a, c["id"]))
    if not ru:
        continue
    forms = ru_cases(ru[0])
    if not forms:
        continue
    f = rng.choice(forms)
    if rough_fold(f) in owners or not fresh(f):
        continue
    add(f, c["id"], "place-inflection", "drawn: ru")
    n += 1

# A country's German name in the genitive (`-s`), the name unique.
n = 0
for p in countries:
    if n >= 15:
        break
    de = [a for a in p.get("aliases", []) if a.isalpha() and a[-1] in "dnkh" and unique(a, p["id"])]
    de = [a for a in de if rough_fold(a + "s") not in owners]
    if not de:
        continue
    q = sorted(de)[0] + "s"
    if fresh(q):
        add(q, p["id"], "place-inflection", "drawn: de")
        n += 1

# One word of a long (3+ word) city name that is no entity's name alone: not found.
n = 0
for c in cities:
    if n >= 20:
        break
    parts = c["name"].split()
    if len(parts) < 3 or script(c["name"]) != "LATIN":
        continue
    w = max(parts, key=len)
    if len(w) < 5 or rough_fold(w) in owners or not fresh(w):
        continue
    add(w, "-", "absent-partial", "drawn: a word of " + c["name"])
    n += 1

with open("data/eval/resolve/queries.tsv", "w", encoding="utf-8") as out:
    out.write("# nomen resolution test set (issue 22): see README.md here. Generated by\n")
    out.write("# scripts/data/resolve_queries.py; columns: query, expected id (- = not found), class, note.\n")
    out.write("query\texpected\tclass\tnote\n")
    for r in rows:
        assert "\t" not in r[0]
        out.write("\t".join(r) + "\n")
print(len(rows), "queries")
from collections import Counter
print(Counter(r[2] for r in rows))
