//! Discovery on small corpora written for these tests: merges that must happen and
//! merges that must not.

use std::sync::Arc;

use super::*;

/// Runs discovery with an empty known gazetteer (or `known`) over `(id, body)` pairs.
fn run(known: Gazetteer, docs: &[(&str, &str)], min_docs: u32) -> Vec<Proposal> {
    let docs: Vec<(&str, &str, &str)> = docs.iter().map(|(i, b)| (*i, "", *b)).collect();
    let options = Options {
        min_docs,
        ..Options::default()
    };
    discover_documents(Arc::new(known), docs.iter().copied(), &options)
}

fn find<'a>(p: &'a [Proposal], name: &str) -> Option<&'a Proposal> {
    p.iter()
        .find(|x| x.name == name || x.aliases.iter().any(|a| a == name))
}

/// A filler sentence that writes common words in lowercase, as real text does.
const FILLER: &str = "Durante la sesión, según fuentes, la gente habló del tema.";

#[test]
fn spellings_of_one_person_are_one_proposal() {
    let docs = [
        ("a", format!("{FILLER} La jueza Marisol Etxeberria Lanz dictó sentencia. Etxeberria dijo que no.")),
        ("b", format!("{FILLER} Ayer, Marisol Etxeberria visitó el puerto. Luego Etxeberria se fue.")),
        ("c", format!("{FILLER} En el tribunal, M. Etxeberria Lanz leyó el fallo.")),
        ("d", format!("{FILLER} Según ETXEBERRIA LANZ, Marisol, la ley es clara.")),
    ];
    let docs: Vec<(&str, &str)> = docs.iter().map(|(i, b)| (*i, b.as_str())).collect();
    let p = run(Gazetteer::empty(), &docs, 2);
    let m = find(&p, "Marisol Etxeberria Lanz").unwrap_or_else(|| panic!("{p:#?}"));
    assert_eq!(m.discovered.documents, 4, "{m:#?}");
    assert_eq!(m.kind, Kind::Person, "{m:#?}");
    assert!(
        m.aliases.iter().any(|a| a == "ETXEBERRIA LANZ, Marisol"),
        "{m:#?}"
    );
    // `M. Etxeberria Lanz` links as `Etxeberria Lanz` (the linker leaves the initial out).
    for spelling in [
        "Etxeberria Lanz",
        "Marisol Etxeberria",
        "Etxeberria",
        "ETXEBERRIA LANZ, Marisol",
    ] {
        assert!(
            m.discovered.spellings.iter().any(|(s, _)| s == spelling),
            "{spelling}: {m:#?}"
        );
    }
    // No second proposal for a part of her name.
    assert_eq!(
        p.iter().filter(|x| x.name.contains("Etxeberria")).count(),
        1,
        "{p:#?}"
    );
}

#[test]
fn two_people_sharing_a_surname_stay_two() {
    let docs = [
        (
            "a",
            format!("{FILLER} El alcalde Tomás Urquiza habló. Urquiza sonrió."),
        ),
        (
            "b",
            format!("{FILLER} El concejal Tomás Urquiza votó. Después Urquiza salió."),
        ),
        (
            "c",
            format!("{FILLER} La doctora Elena Urquiza operó. Urquiza descansó."),
        ),
        (
            "d",
            format!("{FILLER} La cirujana Elena Urquiza explicó. Urquiza sonrió."),
        ),
        (
            "e",
            format!("{FILLER} Lo vio Urquiza desde lejos, sin decir nada."),
        ),
    ];
    let docs: Vec<(&str, &str)> = docs.iter().map(|(i, b)| (*i, b.as_str())).collect();
    let p = run(Gazetteer::empty(), &docs, 2);
    let tomas = find(&p, "Tomás Urquiza").unwrap_or_else(|| panic!("{p:#?}"));
    let elena = find(&p, "Elena Urquiza").unwrap_or_else(|| panic!("{p:#?}"));
    assert_ne!(tomas.id, elena.id);
    assert_eq!(tomas.discovered.documents, 2, "{tomas:#?}");
    assert_eq!(elena.discovered.documents, 2, "{elena:#?}");
    // The surname alone is no proposal of its own.
    assert!(p.iter().all(|x| x.name != "Urquiza"), "{p:#?}");
}

#[test]
fn sentence_initial_common_words_are_not_names() {
    let docs = [
        (
            "a",
            "Durante la noche llovió. Según el parte, Durante siguió la lluvia. durante horas.",
        ),
        (
            "b",
            "Durante el día hizo sol. Según dijo, todo bien. Lo dijo según su costumbre.",
        ),
        (
            "c",
            "Durante Ramiro Quesada habló. Lo escuchó Ramiro Quesada durante horas.",
        ),
        (
            "d",
            "Según Ramiro Quesada, nada cambia. El alcalde Ramiro Quesada calló.",
        ),
    ];
    let p = run(Gazetteer::empty(), &docs, 2);
    assert!(find(&p, "Durante").is_none(), "{p:#?}");
    assert!(find(&p, "Según").is_none(), "{p:#?}");
    assert!(p.iter().all(|x| !x.name.starts_with("Durante")), "{p:#?}");
    let r = find(&p, "Ramiro Quesada").unwrap_or_else(|| panic!("{p:#?}"));
    assert_eq!(r.discovered.documents, 2);
}

#[test]
fn acronyms_defined_in_text_join_their_organisation() {
    let docs = [
        (
            "a",
            format!("{FILLER} La ONG Observatorio Andino de Aguas (OAA) denunció vertidos."),
        ),
        (
            "b",
            format!("{FILLER} Un informe del OAA, según su director, preocupa."),
        ),
        (
            "c",
            format!("{FILLER} El Observatorio Andino de Aguas publicó datos nuevos."),
        ),
    ];
    let docs: Vec<(&str, &str)> = docs.iter().map(|(i, b)| (*i, b.as_str())).collect();
    let p = run(Gazetteer::empty(), &docs, 2);
    let o = find(&p, "Observatorio Andino de Aguas").unwrap_or_else(|| panic!("{p:#?}"));
    assert!(o.aliases.iter().any(|a| a == "OAA"), "{o:#?}");
    assert_eq!(o.kind, Kind::Organization, "{o:#?}");
    assert_eq!(o.discovered.documents, 3, "{o:#?}");
}

#[test]
fn what_the_gazetteer_knows_is_not_proposed() {
    let known = Gazetteer::from_jsonl_str(
        r#"{"id":"q","name":"Ramiro Quesada","kind":"person"}"#,
        "test",
    )
    .unwrap();
    let docs = [
        (
            "a",
            "Lo dijo Ramiro Quesada. Luego, Quesada con Inés Parra Oyarzun.",
        ),
        ("b", "Ramiro Quesada e Inés Parra Oyarzun hablaron."),
    ];
    let p = run(known, &docs, 2);
    assert!(find(&p, "Ramiro Quesada").is_none(), "{p:#?}");
    assert!(find(&p, "Quesada").is_none(), "{p:#?}");
    assert!(find(&p, "Inés Parra Oyarzun").is_some(), "{p:#?}");
}

#[test]
fn proposals_load_as_a_gazetteer() {
    let docs = [
        ("a", "Hablaron Inés Parra Oyarzun y el Foro Penal Andino."),
        (
            "b",
            "Ayer llegó Inés Parra Oyarzun con el Foro Penal Andino; todos hablaron.",
        ),
    ];
    let p = run(Gazetteer::empty(), &docs, 2);
    assert!(p.len() >= 2, "{p:#?}");
    let jsonl: String = p
        .iter()
        .map(|x| serde_json::to_string(x).unwrap() + "\n")
        .collect();
    let g = Gazetteer::from_jsonl_str(&jsonl, "proposals").unwrap();
    assert_eq!(g.len(), p.len());
    let linker = crate::Linker::new(Arc::new(g));
    let links = linker.link_text("Ayer Inés Parra Oyarzun habló.");
    assert_eq!(links.entities, ["ines-parra-oyarzun"]);
}

#[test]
fn a_given_name_pair_alone_is_not_the_person() {
    // `Luis` is a given name in this corpus (`Luis Ortega`): `Juan Luis` alone is not
    // `Juan Luis Pardo`, though the linker reads `Luis Pardo` as two surnames.
    let docs = [
        (
            "a",
            format!("{FILLER} El juez Juan Luis Pardo habló. Pardo calló."),
        ),
        (
            "b",
            format!("{FILLER} El juez Juan Luis Pardo firmó el auto."),
        ),
        (
            "c",
            format!("{FILLER} El alcalde Luis Ortega abrió la sesión."),
        ),
        (
            "d",
            format!("{FILLER} El alcalde Luis Ortega cerró la sesión."),
        ),
        (
            "e",
            format!("{FILLER} Lo vio Juan Luis en la plaza, sin decir nada."),
        ),
    ];
    let docs: Vec<(&str, &str)> = docs.iter().map(|(i, b)| (*i, b.as_str())).collect();
    let p = run(Gazetteer::empty(), &docs, 2);
    let j = find(&p, "Juan Luis Pardo").unwrap_or_else(|| panic!("{p:#?}"));
    assert_eq!(j.discovered.documents, 2, "{j:#?}");
    assert!(j.discovered.examples.iter().all(|e| e.id != "e"), "{j:#?}");
}

#[test]
fn a_role_complement_run_into_a_name_is_two() {
    // `la ministra de Cultura Carmen Alborch`: `Cultura` is a common noun elsewhere
    // and `Carmen Alborch` a name of its own in other documents.
    let docs = [
        (
            "a",
            format!("{FILLER} Habló la ministra de Cultura Carmen Alborch."),
        ),
        (
            "b",
            format!("{FILLER} Vino la ministra de Cultura Carmen Alborch."),
        ),
        (
            "c",
            format!("{FILLER} Lo dijo Carmen Alborch en el museo; la cultura importa."),
        ),
        (
            "d",
            format!("{FILLER} Según Carmen Alborch, la cultura crece."),
        ),
    ];
    let docs: Vec<(&str, &str)> = docs.iter().map(|(i, b)| (*i, b.as_str())).collect();
    let p = run(Gazetteer::empty(), &docs, 2);
    assert!(p.iter().all(|x| !x.name.starts_with("Cultura")), "{p:#?}");
    let c = find(&p, "Carmen Alborch").unwrap_or_else(|| panic!("{p:#?}"));
    assert_eq!(c.discovered.documents, 4, "{c:#?}");
}

#[test]
fn nouns_of_a_language_that_capitalises_them_are_not_names() {
    let body = |x: &str| {
        format!(
            "Die Menschen in der Stadt haben seit Jahren Angst vor dem Wasser. \
             Viele Menschen sagen, dass die Regierung zu wenig tut, und die Stadt \
             wartet auf Hilfe. {x} Die Zukunft der Stadt ist offen, sagen Experten \
             und Menschen aus der Region. Die Angst bleibt, seit Jahren."
        )
    };
    let docs = [
        ("a", body("Das Geld fehlt, sagte gestern Renate Wöhlke.")),
        ("b", body("Mehr Geld fordert auch Renate Wöhlke.")),
        ("c", body("Das Geld fehlt.")),
    ];
    let docs: Vec<(&str, &str)> = docs.iter().map(|(i, b)| (*i, b.as_str())).collect();
    let p = run(Gazetteer::empty(), &docs, 2);
    for no in ["Menschen", "Stadt", "Geld", "Zukunft", "Experten"] {
        assert!(find(&p, no).is_none(), "{no}: {p:#?}");
    }
    assert!(find(&p, "Renate Wöhlke").is_some(), "{p:#?}");
}

#[test]
fn a_word_the_corpus_only_capitalises_is_a_name_in_three_documents() {
    let docs = [
        ("a", format!("{FILLER} Las acciones de Trelisa subieron.")),
        ("b", format!("{FILLER} El consejo de Trelisa se reunió.")),
        ("c", format!("{FILLER} Ayer vendió Trelisa su filial.")),
        ("d", format!("{FILLER} Las acciones de Morvanta subieron.")),
        ("e", format!("{FILLER} El consejo de Morvanta se reunió.")),
    ];
    let docs: Vec<(&str, &str)> = docs.iter().map(|(i, b)| (*i, b.as_str())).collect();
    let p = run(Gazetteer::empty(), &docs, 2);
    let t = find(&p, "Trelisa").unwrap_or_else(|| panic!("{p:#?}"));
    assert_eq!(t.discovered.documents, 3);
    // Two documents and no evidence of a kind: not enough for one word.
    assert!(find(&p, "Morvanta").is_none(), "{p:#?}");
}

#[test]
fn names_of_events_laws_and_indices_are_not_proposed() {
    // Competitions, laws and indices by their head word (first in Spanish, last in
    // English) or by a class word before them: named, but no person, organisation
    // or place. The club beside them is proposed.
    let docs = [
        ("a", format!("{FILLER} El Club Deportivo Valdemora ganó la Copa del Rey y la Liga de Campeones.")),
        ("b", format!("{FILLER} El Club Deportivo Valdemora perdió la final de la Copa del Rey.")),
        ("c", format!("{FILLER} La Ley de Costas cambia; el índice Trevalor cayó; el Club Deportivo Valdemora gana.")),
        ("d", format!("{FILLER} La Ley de Costas sigue; el índice Trevalor subió tras la Liga de Campeones.")),
        ("e", format!("{FILLER} The Harwick Cup and the Harwick Cup final; the índice Trevalor.")),
        ("f", format!("{FILLER} The Harwick Cup again.")),
    ];
    let docs: Vec<(&str, &str)> = docs.iter().map(|(i, b)| (*i, b.as_str())).collect();
    let p = run(Gazetteer::empty(), &docs, 2);
    for no in [
        "Copa del Rey",
        "Liga de Campeones",
        "Ley de Costas",
        "Trevalor",
        "Harwick Cup",
        "Rey",
    ] {
        assert!(find(&p, no).is_none(), "{no}: {p:#?}");
    }
    let c = find(&p, "Club Deportivo Valdemora").unwrap_or_else(|| panic!("{p:#?}"));
    assert_eq!(c.discovered.documents, 3, "{c:#?}");
}

#[test]
fn an_organisation_run_into_a_person_is_two() {
    // `el consejero del Banco Regional Andino Eusebio Marcos Tellaeche`: the person
    // starts where a name seen alone elsewhere starts, after the body's head words.
    let docs = [
        ("a", format!("{FILLER} Habló el consejero del Banco Regional Andino Eusebio Marcos Tellaeche.")),
        ("b", format!("{FILLER} Votó el consejero del Banco Regional Andino Eusebio Marcos Tellaeche en un banco.")),
        ("c", format!("{FILLER} El banco central y el Banco Regional Andino, dijo Eusebio Marcos Tellaeche, suben.")),
        ("d", format!("{FILLER} El Banco Regional Andino sube; un banco baja.")),
    ];
    let docs: Vec<(&str, &str)> = docs.iter().map(|(i, b)| (*i, b.as_str())).collect();
    let p = run(Gazetteer::empty(), &docs, 2);
    assert!(
        p.iter().all(|x| !x.name.contains("Andino Eusebio")),
        "{p:#?}"
    );
    let b = find(&p, "Banco Regional Andino").unwrap_or_else(|| panic!("{p:#?}"));
    assert_eq!(b.discovered.documents, 4, "{b:#?}");
    let e = find(&p, "Eusebio Marcos Tellaeche").unwrap_or_else(|| panic!("{p:#?}"));
    assert_eq!(e.discovered.documents, 3, "{e:#?}");
}

#[test]
fn a_person_named_after_a_role_stays_whole() {
    // No split inside a person's name: `José Luis` is no body's head.
    let docs = [
        (
            "a",
            format!("{FILLER} El juez José Luis Arriaga Peñalver firmó."),
        ),
        (
            "b",
            format!("{FILLER} Según José Luis Arriaga Peñalver, la ley es clara."),
        ),
        (
            "c",
            format!("{FILLER} Lo vio Luis Arriaga Peñalver en la plaza."),
        ),
    ];
    let docs: Vec<(&str, &str)> = docs.iter().map(|(i, b)| (*i, b.as_str())).collect();
    let p = run(Gazetteer::empty(), &docs, 2);
    let j = find(&p, "José Luis Arriaga Peñalver").unwrap_or_else(|| panic!("{p:#?}"));
    assert!(j.discovered.documents >= 2, "{j:#?}");
    assert!(
        find(&p, "José").is_none() && find(&p, "José Luis").is_none(),
        "{p:#?}"
    );
}

#[test]
fn an_acronym_defined_in_spaced_parentheses_joins_its_name() {
    // Tokenised text writes `Unión Cívica Renovada ( UCR )`: the acronym is the
    // name's, and its mentions alone elsewhere are the name's too.
    let docs = [
        (
            "a",
            format!("{FILLER} La coalición Unión Cívica Renovada ( UCR ) votó."),
        ),
        ("b", format!("{FILLER} La UCR votó en contra.")),
        ("c", format!("{FILLER} Según la UCR, la ley es mala.")),
        (
            "d",
            format!("{FILLER} La Unión Cívica Renovada ( UCR ) se abstuvo."),
        ),
    ];
    let docs: Vec<(&str, &str)> = docs.iter().map(|(i, b)| (*i, b.as_str())).collect();
    let p = run(Gazetteer::empty(), &docs, 2);
    assert!(p.iter().all(|x| x.name != "UCR"), "{p:#?}");
    let u = find(&p, "Unión Cívica Renovada").unwrap_or_else(|| panic!("{p:#?}"));
    assert!(u.aliases.iter().any(|a| a == "UCR"), "{u:#?}");
    assert_eq!(u.discovered.documents, 4, "{u:#?}");
}

#[test]
fn dates_and_demonyms_are_not_names() {
    // English capitalises weekdays, months and demonyms, and never writes them in
    // lowercase: they must not be proposed. The demonyms are told by their shape
    // against the known places (`Veltaria`, here).
    let known = Gazetteer::from_jsonl_str(
        r#"{"id":"veltaria","name":"Veltaria","kind":"place"}
{"id":"norland","name":"Norland","kind":"place"}"#,
        "places",
    )
    .unwrap();
    let filler = "The people said that the weather was fine and the talks went on for hours.";
    let docs: Vec<(String, String)> = (0..4)
        .map(|i| {
            (
                format!("d{i}"),
                format!(
                    "{filler} On Monday, Veltarian officials met Norlandish envoys in \
                     January; the South Veltarian delegation and Veltarians cheered. \
                     They met Adeline Brisco on Tuesday. Brisco left."
                ),
            )
        })
        .collect();
    let docs: Vec<(&str, &str)> = docs.iter().map(|(i, b)| (i.as_str(), b.as_str())).collect();
    let p = run(known, &docs, 2);
    for no in [
        "Monday",
        "Tuesday",
        "January",
        "Veltarian",
        "Norlandish",
        "Veltarians",
        "South Veltarian",
    ] {
        assert!(find(&p, no).is_none(), "{no}: {p:#?}");
    }
    assert!(find(&p, "Adeline Brisco").is_some(), "{p:#?}");
}

#[test]
fn a_head_named_alone_far_more_often_does_not_join_a_longer_name() {
    // `Consejo Rector` alone in six documents names the body of each of them (an
    // organisation: its first word is a common noun elsewhere); the
    // one `Consejo Rector de Valdemora` is one of its kind, not all of them.
    let mut docs: Vec<(String, String)> = (0..6)
        .map(|i| {
            (
                format!("r{i}"),
                format!(
                    "{FILLER} Ayer se reunió el Consejo Rector para votar las cuentas. \
                     Pidió consejo a los vecinos."
                ),
            )
        })
        .collect();
    for i in 0..2 {
        docs.push((
            format!("v{i}"),
            format!("{FILLER} El Consejo Rector de Valdemora aprobó el plan de obras."),
        ));
    }
    let docs: Vec<(&str, &str)> = docs.iter().map(|(i, b)| (i.as_str(), b.as_str())).collect();
    let p = run(Gazetteer::empty(), &docs, 2);
    if let Some(v) = find(&p, "Consejo Rector de Valdemora") {
        assert!(
            v.discovered.documents <= 2 && !v.aliases.iter().any(|a| a == "Consejo Rector"),
            "{p:#?}"
        );
    }
    // As many documents for both: the head is the longer name's short form.
    let docs = [
        ("a", format!("{FILLER} El Instituto Forestal de Valdemora abrió. El Instituto Forestal cerró luego.")),
        ("b", format!("{FILLER} El Instituto Forestal de Valdemora plantó pinos. Luego el Instituto Forestal regó.")),
        ("c", format!("{FILLER} Habló el Instituto Forestal sobre pinos.")),
    ];
    let docs: Vec<(&str, &str)> = docs.iter().map(|(i, b)| (*i, b.as_str())).collect();
    let p = run(Gazetteer::empty(), &docs, 2);
    let i = find(&p, "Instituto Forestal de Valdemora").unwrap_or_else(|| panic!("{p:#?}"));
    assert_eq!(i.discovered.documents, 3, "{i:#?}");
}

#[test]
fn a_place_after_a_particle_is_no_surname_named_later() {
    // `Diputación Foral de Arrinda` ... `en Arrinda`: the last word alone later is a
    // place, no evidence of a person.
    let docs = [
        ("a", format!("{FILLER} La Diputación Foral de Arrinda aprobó el plan. Las obras empiezan en Arrinda en mayo.")),
        ("b", format!("{FILLER} La Diputación Foral de Arrinda cerró la carretera. Llueve en Arrinda desde ayer.")),
        ("c", format!("{FILLER} Los vecinos de Arrinda protestan.")),
    ];
    let docs: Vec<(&str, &str)> = docs.iter().map(|(i, b)| (*i, b.as_str())).collect();
    let p = run(Gazetteer::empty(), &docs, 2);
    let d = find(&p, "Diputación Foral de Arrinda").unwrap_or_else(|| panic!("{p:#?}"));
    assert_ne!(d.kind, Kind::Person, "{d:#?}");
    // A person's surname alone later is still evidence of a person.
    let docs = [
        (
            "a",
            format!("{FILLER} Ayer llegó Rodrigo de Arteaga al puerto. Arteaga saludó."),
        ),
        (
            "b",
            format!("{FILLER} Ayer habló Rodrigo de Arteaga con todos. Después Arteaga se fue."),
        ),
    ];
    let docs: Vec<(&str, &str)> = docs.iter().map(|(i, b)| (*i, b.as_str())).collect();
    let p = run(Gazetteer::empty(), &docs, 2);
    let r = find(&p, "Rodrigo de Arteaga").unwrap_or_else(|| panic!("{p:#?}"));
    assert_eq!(r.kind, Kind::Person, "{r:#?}");
}

#[test]
fn a_given_name_alone_is_no_proposal() {
    // `Ismael` starts three people's names: alone it names none of them.
    let docs = [
        ("a", format!("{FILLER} El alcalde Ismael Tovar habló. Tovar sonrió. Lo vio Ismael ayer.")),
        ("b", format!("{FILLER} El concejal Ismael Garrido votó. Garrido salió. Dijo Ismael que no.")),
        ("c", format!("{FILLER} El juez Ismael Robles dictó sentencia. Robles calló. Firmó Ismael la orden.")),
        ("d", format!("{FILLER} Según contó Ismael a los vecinos, nada cambia.")),
    ];
    let docs: Vec<(&str, &str)> = docs.iter().map(|(i, b)| (*i, b.as_str())).collect();
    let p = run(Gazetteer::empty(), &docs, 2);
    assert!(find(&p, "Ismael").is_none(), "{p:#?}");
    // Nor when one document writes it after `a`, a locative in Spanish and the mark
    // of a person as object (`escribió a Ismael`).
    let docs = [
        ("a", format!("{FILLER} El alcalde Ismael Tovar habló. Tovar sonrió. Lo vio Ismael ayer.")),
        ("b", format!("{FILLER} El concejal Ismael Garrido votó. Garrido salió. Dijo Ismael que no.")),
        ("c", format!("{FILLER} El juez Ismael Robles dictó sentencia. Robles calló. Firmó Ismael la orden.")),
        ("d", format!("{FILLER} Ayer escribió a Ismael una carta, y contestó Ismael pronto.")),
    ];
    let docs: Vec<(&str, &str)> = docs.iter().map(|(i, b)| (*i, b.as_str())).collect();
    let p = run(Gazetteer::empty(), &docs, 2);
    assert!(find(&p, "Ismael").is_none(), "{p:#?}");
}

#[test]
fn a_name_capitalised_alone_in_a_table_is_still_a_name() {
    // A table of results capitalises a name alone between lowercase words as often
    // as German capitalises its nouns: that document takes its one-word names for
    // nouns, but one such document does not make `Velmora` a common word where four
    // others write it as a name (and none in lowercase).
    let table = "Resultados de la jornada de ayer en la liga regional : ganó Velmora                  ante Arrinda por dos goles , empató Tarvex con Ostende sin goles ,                  perdió Quirós frente a Pradera y venció Lunares contra Salinas ,                  mientras Roble cayó ante Cumbre y empató Nogal con Ribera al final .";
    let mut docs: Vec<(String, String)> = vec![("t".into(), format!("{FILLER} {table}"))];
    for (i, s) in [
        "La directiva de Velmora aprobó ayer las cuentas del club.",
        "Los socios de Velmora votaron la reforma del estadio.",
        "El entrenador de Velmora dimitió tras la derrota.",
        "Los aficionados de Velmora celebraron el ascenso.",
    ]
    .iter()
    .enumerate()
    {
        docs.push((format!("d{i}"), format!("{FILLER} {s}")));
    }
    let docs: Vec<(&str, &str)> = docs.iter().map(|(i, b)| (i.as_str(), b.as_str())).collect();
    let p = run(Gazetteer::empty(), &docs, 2);
    assert!(find(&p, "Velmora").is_some(), "{p:#?}");
}

#[test]
fn an_abbreviated_title_is_no_name() {
    // `Sen.` before a name in every document: a title, not a name. `Ohio` ends
    // sentences but is also written without a dot after it.
    let docs = [
        (
            "a",
            format!("{FILLER} An adviser to Sen. Thom Tillis spoke in Ohio. Then he left."),
        ),
        (
            "b",
            format!("{FILLER} The aide of Sen. Lindsey Graham voted. Voters in Ohio agreed."),
        ),
        (
            "c",
            format!("{FILLER} A letter from Sen. Mark Kelly came from Ohio. It was short."),
        ),
        (
            "d",
            format!("{FILLER} The farmers of Ohio protested in Ohio for days."),
        ),
    ];
    let docs: Vec<(&str, &str)> = docs.iter().map(|(i, b)| (*i, b.as_str())).collect();
    let p = run(Gazetteer::empty(), &docs, 2);
    assert!(find(&p, "Sen").is_none(), "{p:#?}");
    assert!(find(&p, "Ohio").is_some(), "{p:#?}");
}

#[test]
fn the_plural_of_a_capitalised_word_is_no_name() {
    // Members of a group (`Republicans` beside `Republican`) inflect; names do not.
    let docs = [
        ("a", format!("{FILLER} The vote split the Republicans again, and one Republican left for Tarvex.")),
        ("b", format!("{FILLER} Several Republicans wrote to Tarvex, and a Republican senator signed.")),
        ("c", format!("{FILLER} No Republican spoke at Tarvex, and the Republicans left.")),
    ];
    let docs: Vec<(&str, &str)> = docs.iter().map(|(i, b)| (*i, b.as_str())).collect();
    let p = run(Gazetteer::empty(), &docs, 2);
    assert!(find(&p, "Republicans").is_none(), "{p:#?}");
    // Nor the singular: one member of the group, or its adjective.
    assert!(find(&p, "Republican").is_none(), "{p:#?}");
    assert!(find(&p, "Tarvex").is_some(), "{p:#?}");
}

#[test]
fn capitalised_pronouns_are_no_part_of_a_name() {
    // German's formal `Sie`, `Ihre` are capitalised inside sentences.
    let body = |x: &str| {
        format!(
            "Die Menschen in der Stadt haben seit Jahren Angst vor dem Wasser. Viele \
             Menschen sagen, dass die Regierung zu wenig tut, und die Stadt wartet auf \
             Hilfe. {x} Die Zukunft der Stadt ist offen, sagen Experten und Menschen \
             aus der Region."
        )
    };
    let docs = [
        (
            "a",
            body("Wann bekamen Sie Ihre Zahnspange? Das fragte gestern Renate Wöhlke."),
        ),
        (
            "b",
            body("Wann tragen Sie Ihre Zahnspange, fragte Renate Wöhlke."),
        ),
    ];
    let docs: Vec<(&str, &str)> = docs.iter().map(|(i, b)| (*i, b.as_str())).collect();
    let p = run(Gazetteer::empty(), &docs, 2);
    assert!(
        p.iter()
            .all(|x| !x.name.contains("Sie") && !x.name.contains("Ihre")),
        "{p:#?}"
    );
    assert!(find(&p, "Renate Wöhlke").is_some(), "{p:#?}");
}

#[test]
fn inflected_adjectives_of_a_name_are_one_name() {
    let body = |x: &str| {
        format!(
            "Die Menschen in der Stadt haben seit Jahren Angst vor dem Wasser. Viele \
             Menschen sagen, dass die Regierung zu wenig tut, und die Stadt wartet auf \
             Hilfe. {x} Die Zukunft der Stadt ist offen, sagen Experten und Menschen \
             aus der Region."
        )
    };
    let docs = [
        ("a", body("Der Rasen vor dem Grünen Turm wird neu gemacht.")),
        ("b", body("Der Grüne Turm gilt als teuer, sagen viele.")),
        ("c", body("Im Grünen Turm tagt heute der Rat.")),
    ];
    let docs: Vec<(&str, &str)> = docs.iter().map(|(i, b)| (*i, b.as_str())).collect();
    let p = run(Gazetteer::empty(), &docs, 2);
    let t = find(&p, "Grünen Turm").unwrap_or_else(|| panic!("{p:#?}"));
    assert_eq!(t.discovered.documents, 3, "{t:#?}");
    assert!(t.aliases.iter().any(|a| a == "Grüne Turm"), "{t:#?}");
}

/// Six documents that name `name` inside a sentence, each also writing its words in
/// lowercase apart (`una comisión de vecinos`, `el transporte fluvial`), and `extra`
/// documents after them.
fn common_words_corpus(name: &str, apart: &str, extra: &[&str]) -> Vec<(String, String)> {
    let mut docs: Vec<(String, String)> = (0..6)
        .map(|i| {
            (
                format!("d{i}"),
                format!("{FILLER} Ayer, la {name} aprobó el plan número {i}. Lo dijo {apart}."),
            )
        })
        .collect();
    for (i, e) in extra.iter().enumerate() {
        docs.push((format!("x{i}"), format!("{FILLER} {e}")));
    }
    docs
}

#[test]
fn a_name_made_of_common_words_is_proposed_unless_written_in_lowercase() {
    // `Comisión Fluvial`: both words are common nouns elsewhere, the phrase is never
    // written in lowercase: a body's name.
    let docs = common_words_corpus(
        "Comisión Fluvial",
        "una comisión de vecinos sobre el transporte fluvial",
        &[],
    );
    let docs: Vec<(&str, &str)> = docs.iter().map(|(i, b)| (i.as_str(), b.as_str())).collect();
    let p = run(Gazetteer::empty(), &docs, 2);
    let c = find(&p, "Comisión Fluvial").unwrap_or_else(|| panic!("{p:#?}"));
    assert_eq!(c.discovered.documents, 6, "{c:#?}");
    // `Medio Rural` is also written `el medio rural` in three documents: a phrase in
    // title case.
    let docs = common_words_corpus(
        "Medio Rural",
        "un medio de vida rural",
        &[
            "Los jóvenes dejan el medio rural cada año.",
            "La crisis golpea al medio rural de la comarca.",
            "Hay menos escuelas en el medio rural.",
        ],
    );
    let docs: Vec<(&str, &str)> = docs.iter().map(|(i, b)| (i.as_str(), b.as_str())).collect();
    let p = run(Gazetteer::empty(), &docs, 2);
    assert!(find(&p, "Medio Rural").is_none(), "{p:#?}");
}

#[test]
fn a_name_made_of_common_words_in_few_documents_is_not_proposed() {
    let docs = common_words_corpus(
        "Comisión Fluvial",
        "una comisión de vecinos sobre el transporte fluvial",
        &[],
    );
    let docs: Vec<(&str, &str)> = docs[..5]
        .iter()
        .map(|(i, b)| (i.as_str(), b.as_str()))
        .collect();
    let p = run(Gazetteer::empty(), &docs, 2);
    assert!(find(&p, "Comisión Fluvial").is_none(), "{p:#?}");
}

#[test]
fn an_acronym_found_alone_keeps_the_name_of_common_words_it_abbreviates() {
    // `Partido Verde` abbreviates to `PV`, named alone in more documents: one
    // proposal (`PV`, which the linker also finds in `Partido Verde`), not two that
    // split its mentions.
    let mut extra: Vec<String> = (0..8)
        .map(|i| format!("Ayer votó el PV en la sesión {i} del pleno."))
        .collect();
    extra.push("Un partido pequeño pidió el voto verde.".into());
    let extra: Vec<&str> = extra.iter().map(String::as_str).collect();
    let docs = common_words_corpus(
        "Partido Verde",
        "un partido de barrio con un jardín verde",
        &extra,
    );
    let docs: Vec<(&str, &str)> = docs.iter().map(|(i, b)| (i.as_str(), b.as_str())).collect();
    let p = run(Gazetteer::empty(), &docs, 2);
    assert!(find(&p, "PV").is_some(), "{p:#?}");
    assert!(!p.iter().any(|x| x.name == "Partido Verde"), "{p:#?}");
}

/// Six documents that name `Partido Verde` with `PV`, six more that name `PV` alone,
/// the words of both names in lowercase elsewhere, and `other` (a second name that
/// spells `PV`) with `PV` in `with` documents.
fn acronym_corpus(other: &str, with: usize) -> Vec<(String, String)> {
    let mut docs: Vec<(String, String)> = (0..6)
        .map(|i| {
            (
                format!("d{i}"),
                format!(
                    "{FILLER} Ayer, el Partido Verde aprobó el plan número {i}. El PV lo celebró."
                ),
            )
        })
        .collect();
    for i in 0..6 {
        docs.push((
            format!("x{i}"),
            format!("{FILLER} Ayer votó el PV en la sesión {i} del pleno."),
        ));
    }
    for i in 0..with {
        docs.push((
            format!("o{i}"),
            format!("{FILLER} El {other} firmó con el PV la moción {i} del pleno."),
        ));
    }
    for i in 0..4 {
        docs.push((
            format!("l{i}"),
            format!("{FILLER} Un partido pequeño firmó un pacto vecinal por el voto verde {i}."),
        ));
    }
    docs
}

#[test]
fn an_acronym_gathers_the_name_of_its_letters_named_with_it() {
    // `Partido Verde` is named with `PV` in six documents, `Pacto Vecinal` in two:
    // `Partido Verde` is a spelling of the `PV` proposal, `Pacto Vecinal` is not.
    let docs = acronym_corpus("Pacto Vecinal", 2);
    let p = run(Gazetteer::empty(), &pairs(&docs), 2);
    let pv = find(&p, "PV").unwrap_or_else(|| panic!("{p:#?}"));
    assert!(
        pv.name == "Partido Verde" || pv.aliases.iter().any(|a| a == "Partido Verde"),
        "{pv:#?}"
    );
    assert!(!pv.aliases.iter().any(|a| a == "Pacto Vecinal"), "{pv:#?}");
    assert_eq!(pv.discovered.documents, 14, "{pv:#?}");
    assert!(find(&p, "Pacto Vecinal").is_none(), "{p:#?}");
    // Two names of its letters named with it as often: which one it abbreviates
    // is unknown, and neither joins it.
    let docs = acronym_corpus("Pacto Vecinal", 6);
    let p = run(Gazetteer::empty(), &pairs(&docs), 2);
    let pv = find(&p, "PV").unwrap_or_else(|| panic!("{p:#?}"));
    assert!(
        pv.name == "PV"
            && !pv
                .aliases
                .iter()
                .any(|a| a == "Partido Verde" || a == "Pacto Vecinal"),
        "{pv:#?}"
    );
}

#[test]
fn a_club_s_form_is_part_of_its_name_and_no_name_alone() {
    // `FC Zorgona`: one organisation's name, not `FC` and `Zorgona`; `FC` cut off by a
    // sentence break in a table of results (`FC .` then `Zorgona 71`) names nothing.
    let mut docs: Vec<(String, String)> = (0..3)
        .map(|i| {
            (
                format!("d{i}"),
                format!(
                    "{FILLER} El técnico del FC Zorgona habló tras el partido {i}. Zorgona ganó."
                ),
            )
        })
        .collect();
    for i in 0..3 {
        docs.push((
            format!("t{i}"),
            format!("{FILLER} Resultados de la jornada {i} : FC .\nZorgona 71 - Vitoria 65 FC .\nZorgona 89 - Vitoria 70"),
        ));
    }
    let p = run(Gazetteer::empty(), &pairs(&docs), 2);
    let fc = find(&p, "FC Zorgona").unwrap_or_else(|| panic!("{p:#?}"));
    assert_eq!(fc.kind, Kind::Organization, "{fc:#?}");
    assert!(find(&p, "FC").is_none(), "{p:#?}");
}

#[test]
fn the_complement_of_a_minister_is_no_name() {
    // `ministro de Asuntos Rurales`: a portfolio; `presidente de Velmora`: the
    // complement of a role that heads a body or a place is still a name.
    let docs: Vec<(String, String)> = (0..4)
        .map(|i| {
            (
                format!("d{i}"),
                format!(
                    "{FILLER} El ministro de Asuntos Rurales firmó el decreto {i}. \
                     El presidente de Velmora lo celebró."
                ),
            )
        })
        .collect();
    let docs: Vec<(&str, &str)> = docs.iter().map(|(i, b)| (i.as_str(), b.as_str())).collect();
    let p = run(Gazetteer::empty(), &docs, 2);
    assert!(find(&p, "Asuntos Rurales").is_none(), "{p:#?}");
    assert!(find(&p, "Velmora").is_some(), "{p:#?}");
    // Nor the second of two portfolios (`ministro de Pesca y Asuntos Marinos`).
    let docs: Vec<(String, String)> = (0..4)
        .map(|i| {
            (
                format!("d{i}"),
                format!("{FILLER} El ministro de Pesca y Asuntos Marinos firmó el decreto {i}."),
            )
        })
        .collect();
    let docs: Vec<(&str, &str)> = docs.iter().map(|(i, b)| (i.as_str(), b.as_str())).collect();
    let p = run(Gazetteer::empty(), &docs, 2);
    assert!(find(&p, "Asuntos Marinos").is_none(), "{p:#?}");
}

#[test]
fn two_nouns_side_by_side_in_german_are_no_name_of_common_words() {
    // `Wahlen Land` in German texts: two nouns, whose lowercase forms other languages
    // of the corpus write (`land`, `wahlen`); German never writes its nouns in
    // lowercase, so the lowercase phrase proves nothing.
    let body = |x: &str| {
        format!(
            "Die Menschen in der Stadt haben seit Jahren Angst vor dem Wasser. \
             Viele Menschen sagen, dass die Regierung zu wenig tut, und die Stadt \
             wartet auf Hilfe. Dann kamen Wahlen Land zur Sprache, {x}. Die Zukunft der \
             Stadt ist offen, sagen Experten und Menschen aus der Region."
        )
    };
    let mut docs: Vec<(String, String)> = (0..7)
        .map(|i| (format!("de{i}"), body(["sagte er", "hieß es"][i % 2])))
        .collect();
    for i in 0..8 {
        docs.push((
            format!("x{i}"),
            format!(
                "{FILLER} The farmers land at dawn; they wahlen, as the locals say, \
                 by hand, for years: jahren, angst."
            ),
        ));
    }
    let docs: Vec<(&str, &str)> = docs.iter().map(|(i, b)| (i.as_str(), b.as_str())).collect();
    let p = run(Gazetteer::empty(), &docs, 2);
    for no in ["Wahlen Land", "Jahren Angst"] {
        assert!(find(&p, no).is_none(), "{no}: {p:#?}");
    }
}

#[test]
fn no_written_name_is_two_proposals() {
    // `BLV` named alone in four documents, and once beside the name its initials
    // spell (`Bloque Litoral Verdiano`, named in two): the linker links `BLV` to
    // the longer name in that document, but as an alias of it `BLV` would be two
    // proposals' name, and a gazetteer of the proposals would link it to neither.
    let docs = [
        ("a", format!("{FILLER} Los diputados del BLV votaron en contra.")),
        ("b", format!("{FILLER} El portavoz del BLV pidió la palabra.")),
        ("c", format!("{FILLER} Ayer el BLV presentó una moción.")),
        ("d", format!("{FILLER} El BLV se adhirió a la iniciativa.")),
        ("e", format!("{FILLER} El Bloque Litoral Verdiano celebró su congreso. El BLV eligió a su junta.")),
        ("f", format!("{FILLER} El Bloque Litoral Verdiano pidió el voto.")),
    ];
    let docs: Vec<(&str, &str)> = docs.iter().map(|(i, b)| (*i, b.as_str())).collect();
    let p = run(Gazetteer::empty(), &docs, 2);
    let mut seen: HashMap<String, &str> = HashMap::new();
    for x in &p {
        for n in std::iter::once(&x.name).chain(x.aliases.iter()) {
            let f = nomen_fold::fold(n).into_owned();
            if let Some(other) = seen.insert(f, &x.id) {
                assert_eq!(other, x.id, "{n} is two proposals' name: {p:#?}");
            }
        }
    }
    let blv = p
        .iter()
        .find(|x| x.name == "BLV")
        .unwrap_or_else(|| panic!("{p:#?}"));
    assert_eq!(blv.discovered.documents, 4, "{blv:#?}");
}

#[test]
fn greek_weekdays_and_months_are_not_names() {
    // Greek capitalises its weekdays and months, as English does: two of them side
    // by side are no person; a name beside them still is one.
    let filler =
        "Η κυβέρνηση είπε ότι οι συνομιλίες συνεχίστηκαν για ώρες και ο καιρός ήταν καλός.";
    let docs: Vec<(String, String)> = (0..4)
        .map(|i| {
            (
                format!("el{i}"),
                format!(
                    "{filler} Την Παρασκευή Τετάρτη η Ελένη Βλαχοπούλου μίλησε στις 5 \
                     Μαΐου. Η Βλαχοπούλου έφυγε την Κυριακή."
                ),
            )
        })
        .collect();
    let docs: Vec<(&str, &str)> = docs.iter().map(|(i, b)| (i.as_str(), b.as_str())).collect();
    let p = run(Gazetteer::empty(), &docs, 2);
    for no in ["Παρασκευή Τετάρτη", "Παρασκευή", "Κυριακή", "Μαΐου"]
    {
        assert!(find(&p, no).is_none(), "{no}: {p:#?}");
    }
    assert!(find(&p, "Ελένη Βλαχοπούλου").is_some(), "{p:#?}");
}

#[test]
fn a_word_that_names_a_kind_of_body_alone_is_no_name() {
    // `la Corporación` is the town council of each text, as `el Gobierno` is each
    // text's government: no entity; `Vistalba`, capitalised as often, is one.
    let docs: Vec<(String, String)> = (0..5)
        .map(|i| {
            (
                format!("d{i}"),
                format!(
                    "{FILLER} El pleno de la Corporación aprobó el plan {i}. Luego la \
                     empresa Vistalba compró el solar."
                ),
            )
        })
        .collect();
    let docs: Vec<(&str, &str)> = docs.iter().map(|(i, b)| (i.as_str(), b.as_str())).collect();
    let p = run(Gazetteer::empty(), &docs, 2);
    let names: Vec<&String> = p.iter().map(|x| &x.name).collect();
    assert!(find(&p, "Corporación").is_none(), "{names:?}");
    assert!(find(&p, "Vistalba").is_some(), "{names:?}");
}

#[test]
fn indices_and_markets_named_by_their_class_are_not_proposed() {
    // `el mercado del Quorvex`, `el índice tecnológico Quorvex`, `el promedio Halbrin
    // Ledger`: an index or an exchange, named but not proposed; `Halbrin Ledger` alone
    // is the index's head, no name of its own. A market of a place (`el mercado de
    // Velmora`: a particle without an article) says nothing of the place.
    let docs: Vec<(String, String)> = (0..6)
        .map(|i| {
            let text = match i % 3 {
                0 => {
                    "Los títulos cotizan en el mercado del Quorvex. El promedio Halbrin Ledger \
                      de Industriales subió y el mercado de Velmora cerró en Velmora."
                }
                1 => {
                    "Cayó el índice tecnológico Quorvex. El promedio Halbrin Ledger de \
                      Industriales bajó, y el Halbrin Ledger siguió; en Velmora llovió."
                }
                _ => {
                    "El Quorvex subió tras el Halbrin Ledger. Desde Velmora, el mercado de \
                      Velmora abrió."
                }
            };
            (format!("d{i}"), format!("{FILLER} {text}"))
        })
        .collect();
    let docs: Vec<(&str, &str)> = docs.iter().map(|(i, b)| (i.as_str(), b.as_str())).collect();
    let p = run(Gazetteer::empty(), &docs, 2);
    for no in [
        "Quorvex",
        "Halbrin Ledger",
        "Halbrin Ledger de Industriales",
    ] {
        assert!(find(&p, no).is_none(), "{no}: {p:#?}");
    }
    let v = find(&p, "Velmora").unwrap_or_else(|| panic!("{p:#?}"));
    assert_eq!(v.discovered.documents, 6, "{v:#?}");
}

#[test]
fn the_complement_of_a_compound_role_is_a_body() {
    // `secretario general de`, `consejero delegado de`: officers of a body, whose
    // complement is the body (proposed); `ministro egipcio de`: a minister still,
    // whose complement is a portfolio (not proposed).
    let docs: Vec<(String, String)> = (0..4)
        .map(|i| {
            (
                format!("d{i}"),
                format!(
                    "{FILLER} El secretario general de Brontex, y el consejero delegado de \
                     Lumeria, firmaron el acuerdo {i} con el ministro egipcio de Asuntos \
                     Rurales."
                ),
            )
        })
        .collect();
    let docs: Vec<(&str, &str)> = docs.iter().map(|(i, b)| (i.as_str(), b.as_str())).collect();
    let p = run(Gazetteer::empty(), &docs, 2);
    for yes in ["Brontex", "Lumeria"] {
        let x = find(&p, yes).unwrap_or_else(|| panic!("{yes}: {p:#?}"));
        assert_eq!(x.discovered.documents, 4, "{x:#?}");
    }
    assert!(find(&p, "Asuntos Rurales").is_none(), "{p:#?}");
}

#[test]
fn a_portfolio_named_with_its_country_is_still_a_portfolio() {
    // `secretario del Erario` in one document, `los bonos del Erario` in three: the
    // complement of a role in a quarter of its documents, a name. With two more
    // documents of `secretario del Erario de Velmora`, it is the complement of a role
    // in half the documents of it and its longer names: a portfolio.
    let docs = [
        ("a", "El secretario del Erario habló."),
        ("b", "Los bonos del Erario suben."),
        ("c", "Los bonos del Erario bajan."),
        ("d", "Los bonos del Erario siguen."),
        ("e", "El secretario del Erario de Velmora llegó."),
        ("f", "El secretario del Erario de Velmora salió."),
    ];
    let docs: Vec<(String, String)> = docs
        .iter()
        .map(|(i, b)| (i.to_string(), format!("{FILLER} {b}")))
        .collect();
    let docs: Vec<(&str, &str)> = docs.iter().map(|(i, b)| (i.as_str(), b.as_str())).collect();
    let p = run(Gazetteer::empty(), &docs[..4], 2);
    assert!(find(&p, "Erario").is_some(), "{p:#?}");
    let p = run(Gazetteer::empty(), &docs, 2);
    assert!(find(&p, "Erario").is_none(), "{p:#?}");
    // The longer names count only for a name seen as such a complement itself.
    let p = run(Gazetteer::empty(), &docs[1..], 2);
    assert!(find(&p, "Erario").is_some(), "{p:#?}");
}

#[test]
fn a_year_before_a_name_is_no_measure() {
    // `en 1999 Corvalia entró`: a year dates the sentence; `5 Korn` is a measure.
    let docs: Vec<(String, String)> = (0..4)
        .map(|i| {
            (
                format!("d{i}"),
                format!(
                    "{FILLER} Durante 1999 , en 1999 Corvalia entró en bolsa y pagó 5 Korn \
                     por acción; {} Korn más al año.",
                    i + 2
                ),
            )
        })
        .collect();
    let docs: Vec<(&str, &str)> = docs.iter().map(|(i, b)| (i.as_str(), b.as_str())).collect();
    let p = run(Gazetteer::empty(), &docs, 2);
    assert!(find(&p, "Corvalia").is_some(), "{p:#?}");
    assert!(find(&p, "Korn").is_none(), "{p:#?}");
}

/// `(id, body)` pairs as [`run`] takes them.
fn pairs(docs: &[(String, String)]) -> Vec<(&str, &str)> {
    docs.iter().map(|(i, b)| (i.as_str(), b.as_str())).collect()
}

#[test]
fn a_portfolio_named_in_a_department_s_name_is_no_name() {
    // `Asuntos Vecinales`: after a minister once, inside `Consejería de Asuntos
    // Vecinales` twice, alone in four more documents; its words are common nouns
    // elsewhere. A portfolio in three of its seven documents: no body's name.
    let mut docs: Vec<(String, String)> = vec![
        (
            "a".into(),
            format!("{FILLER} La ministra de Asuntos Vecinales habló."),
        ),
        (
            "b".into(),
            format!("{FILLER} Ayer la Consejería de Asuntos Vecinales firmó."),
        ),
        (
            "c".into(),
            format!("{FILLER} Ayer la Consejería de Asuntos Vecinales pagó."),
        ),
    ];
    for i in 0..4 {
        docs.push((
            format!("d{i}"),
            format!("{FILLER} Ayer, Asuntos Vecinales pagó la obra {i}. Son asuntos vecinales."),
        ));
    }
    let p = run(Gazetteer::empty(), &pairs(&docs), 2);
    assert!(find(&p, "Asuntos Vecinales").is_none(), "{p:#?}");
    // A department itself is a body, though a role's complement (`el subsecretario
    // del Ministerio de Obras Rurales` in three of its seven documents).
    let docs: Vec<(String, String)> = (0..7)
        .map(|i| {
            let who = if i < 3 { "el subsecretario del" } else { "el" };
            (
                format!("d{i}"),
                format!(
                    "{FILLER} Ayer {who} Ministerio de Obras Rurales pagó la obra {i}. \
                     Unas obras rurales, un ministerio."
                ),
            )
        })
        .collect();
    let p = run(Gazetteer::empty(), &pairs(&docs), 2);
    let m = find(&p, "Ministerio de Obras Rurales").unwrap_or_else(|| panic!("{p:#?}"));
    assert_eq!(m.discovered.documents, 7, "{m:#?}");
}

/// Four documents: `el juez de la Audiencia Provincial Tomás Ruidera` twice, the body
/// named alone twice.
fn audiencia_docs() -> Vec<(String, String)> {
    vec![
        (
            "a".into(),
            format!("{FILLER} Habló el juez de la Audiencia Provincial Tomás Ruidera ayer."),
        ),
        (
            "b".into(),
            format!("{FILLER} Vino el juez de la Audiencia Provincial Tomás Ruidera hoy."),
        ),
        (
            "c".into(),
            format!("{FILLER} Ayer la Audiencia Provincial juzgó el caso."),
        ),
        (
            "d".into(),
            format!("{FILLER} Hoy la Audiencia Provincial absolvió al acusado."),
        ),
    ]
}

/// The corpus of [`a_body_run_into_its_member_is_two`] with `Tomás` in `people`
/// names of other people and written in lowercase in `slips` documents (`Don Juan
/// tomás`).
fn member_corpus(people: usize, slips: usize) -> Vec<(String, String)> {
    let mut docs = audiencia_docs();
    for n in 0..people {
        docs.push((
            format!("p{n}"),
            format!("{FILLER} Lo dijo el alcalde Tomás Velilla{n}. Velilla{n} calló."),
        ));
    }
    for n in 0..slips {
        docs.push((
            format!("s{n}"),
            format!("{FILLER} Llegaron Don Juan tomás y su hija."),
        ));
    }
    docs
}

#[test]
fn a_body_run_into_its_member_is_two_despite_a_slip_of_case() {
    // `Don Juan carlos` once, beside `Carlos` starting names in dozens of documents:
    // a slip, and `Carlos` still a given name after a body named alone elsewhere.
    let docs = member_corpus(24, 1);
    let p = run(Gazetteer::empty(), &pairs(&docs), 2);
    assert!(
        p.iter().all(|x| !x.name.contains("Provincial Tomás")),
        "{p:#?}"
    );
    let a = find(&p, "Audiencia Provincial").unwrap_or_else(|| panic!("{p:#?}"));
    assert_eq!(a.discovered.documents, 4, "{a:#?}");
    // Written in lowercase in a document for every eight names it starts: a common
    // word too, and the run stays whole.
    let docs = member_corpus(24, 3);
    let p = run(Gazetteer::empty(), &pairs(&docs), 2);
    assert!(find(&p, "Tomás Ruidera").is_none(), "{p:#?}");
}

#[test]
fn a_body_run_into_its_member_is_two() {
    // `el juez de la Audiencia Provincial Tomás Ruidera`: the body is named alone in
    // two other documents and `Tomás` starts people's names: the body, then its
    // member.
    let mut docs = audiencia_docs();
    docs.push((
        "e".into(),
        format!("{FILLER} Lo dijo el alcalde Tomás Velilla. Velilla calló."),
    ));
    docs.push((
        "f".into(),
        format!("{FILLER} Lo dijo el alcalde Tomás Velilla. Velilla habló."),
    ));
    let p = run(Gazetteer::empty(), &pairs(&docs), 2);
    assert!(
        p.iter().all(|x| !x.name.contains("Provincial Tomás")),
        "{p:#?}"
    );
    let a = find(&p, "Audiencia Provincial").unwrap_or_else(|| panic!("{p:#?}"));
    assert_eq!(a.discovered.documents, 4, "{a:#?}");
    let t = find(&p, "Tomás Ruidera").unwrap_or_else(|| panic!("{p:#?}"));
    assert_eq!(t.discovered.documents, 2, "{t:#?}");
    // Not a person with two given names, whose first also starts other names and is
    // written alone (`Jean` of `Jean Pierre Ravel`, `Jean Dupont`).
    let docs: Vec<(String, String)> = vec![
        (
            "a".into(),
            format!("{FILLER} Ayer el pintor Jean Pierre Ravel expuso. Ravel sonrió."),
        ),
        (
            "b".into(),
            format!("{FILLER} Hoy el pintor Jean Pierre Ravel vendió. Ravel calló."),
        ),
        (
            "c".into(),
            format!("{FILLER} Lo dijo el alcalde Pierre Lamy. Lamy calló."),
        ),
        (
            "d".into(),
            format!("{FILLER} Lo dijo el alcalde Pierre Lamy. Lamy habló."),
        ),
        (
            "e".into(),
            format!("{FILLER} Ayer, Jean Dupont y Jean llegaron."),
        ),
        (
            "f".into(),
            format!("{FILLER} Hoy, Jean Dupont y Jean salieron."),
        ),
    ];
    let p = run(Gazetteer::empty(), &pairs(&docs), 2);
    let r = find(&p, "Jean Pierre Ravel").unwrap_or_else(|| panic!("{p:#?}"));
    assert_eq!(r.discovered.documents, 2, "{r:#?}");
    assert!(find(&p, "Pierre Ravel").is_none(), "{p:#?}");
}

#[test]
fn a_name_with_its_place_is_the_name() {
    // `la Junta Vecinal de Velmora` beside `la Junta Vecinal` alone in more
    // documents, `Velmora` a place (after `en`): one body, its place linked apart.
    let docs: Vec<(String, String)> = vec![
        (
            "a".into(),
            format!("{FILLER} Ayer votó la Junta Vecinal de Velmora ayer."),
        ),
        (
            "b".into(),
            format!("{FILLER} Ayer pagó la Junta Vecinal de Velmora hoy."),
        ),
        (
            "c".into(),
            format!("{FILLER} Ayer votó la Junta Vecinal ayer en Velmora."),
        ),
        (
            "d".into(),
            format!("{FILLER} Ayer pagó la Junta Vecinal hoy en Velmora."),
        ),
        (
            "e".into(),
            format!("{FILLER} Ayer cerró la Junta Vecinal luego en Velmora."),
        ),
    ];
    let p = run(Gazetteer::empty(), &pairs(&docs), 2);
    assert!(find(&p, "Junta Vecinal de Velmora").is_none(), "{p:#?}");
    let j = find(&p, "Junta Vecinal").unwrap_or_else(|| panic!("{p:#?}"));
    assert_eq!(j.discovered.documents, 5, "{j:#?}");
    // A name never seen without its place keeps it (`Universidad Libre de Velmora`).
    let docs: Vec<(String, String)> = vec![
        (
            "a".into(),
            format!("{FILLER} Ayer votó la Universidad Libre de Velmora ayer."),
        ),
        (
            "b".into(),
            format!("{FILLER} Ayer pagó la Universidad Libre de Velmora hoy."),
        ),
        ("c".into(), format!("{FILLER} Ayer votaron en Velmora.")),
        ("d".into(), format!("{FILLER} Hoy pagaron en Velmora.")),
    ];
    let p = run(Gazetteer::empty(), &pairs(&docs), 2);
    let u = find(&p, "Universidad Libre de Velmora").unwrap_or_else(|| panic!("{p:#?}"));
    assert_eq!(u.discovered.documents, 2, "{u:#?}");
}

#[test]
fn a_calendar_word_beside_common_nouns_is_no_name() {
    // German capitalises every noun: `seit Dienstag Präsident der Kammer` runs a
    // weekday into a noun, and `die Mittwochs Sitzung` a weekday's genitive into
    // another; neither is a name. `August Kessler`, whose surname the text never
    // writes as a common word, stays a person though `im August` is a month.
    let filler = "Die Regierung sagte am Abend, dass die Gespräche über die Steuer \
                  und die Haushaltslage noch Stunden dauern würden.";
    let docs: Vec<(String, String)> = (0..5)
        .map(|i| {
            (
                format!("de{i}"),
                format!(
                    "{filler} Der Abgeordnete ist seit Dienstag Präsident der Kammer. \
                     Die Zeitung nannte die Mittwochs Sitzung eine Wende. Im August \
                     sprach der Minister August Kessler vor der Presse. Kessler \
                     sagte am Dienstag, der Präsident habe die Sitzung am Mittwoch \
                     vertagt."
                ),
            )
        })
        .collect();
    let docs: Vec<(&str, &str)> = docs.iter().map(|(i, b)| (i.as_str(), b.as_str())).collect();
    let p = run(Gazetteer::empty(), &docs, 2);
    for no in [
        "Dienstag Präsident",
        "Mittwochs Sitzung",
        "Dienstag",
        "Mittwochs",
    ] {
        assert!(find(&p, no).is_none(), "{no}: {p:#?}");
    }
    assert!(find(&p, "August Kessler").is_some(), "{p:#?}");
}

#[test]
fn a_spelling_in_another_script_joins_the_name_it_reads_as() {
    // A body named in Latin script in Spanish news, and letter for letter in Russian
    // and Greek news (Latin c as к and κ), where a role word happens to come before
    // it once: one proposal, an organisation, with every spelling.
    let ru = "Вчера в городе прошла встреча, и люди долго говорили о погоде и ценах.";
    let el = "Χθες στην πόλη έγινε συνάντηση και οι άνθρωποι μίλησαν για τον καιρό.";
    let mut docs: Vec<(String, String)> = Vec::new();
    for i in 0..4 {
        docs.push((
            format!("es{i}"),
            format!(
                "{FILLER} Ayer la Federación Minera Valdense (FMV) pidió más fondos. \
                 La FMV lo anunció en la sede."
            ),
        ));
        docs.push((
            format!("ru{i}"),
            format!("{ru} Сегодня представители Федерасион Минера Валденсе заявили о забастовке."),
        ));
        docs.push((
            format!("el{i}"),
            format!("{el} Σήμερα η Φεδερακιον Μινερα Βαλδενσε ανακοίνωσε απεργία."),
        ));
    }
    docs.push((
        "ru-role".into(),
        format!("{ru} Вчера министр Федерасион Минера Валденсе выступил."),
    ));
    let p = run(Gazetteer::empty(), &pairs(&docs), 2);
    let f = find(&p, "Federación Minera Valdense").unwrap_or_else(|| panic!("{p:#?}"));
    assert_eq!(f.kind, Kind::Organization, "{f:#?}");
    for spelling in ["Федерасион Минера Валденсе", "Φεδερακιον Μινερα Βαλδενσε"]
    {
        assert!(
            f.discovered.spellings.iter().any(|(s, _)| s == spelling),
            "{spelling}: {f:#?}"
        );
    }
    assert_eq!(f.discovered.documents, 13, "{f:#?}");
    assert_eq!(
        p.iter().filter(|x| x.name.contains("Валденсе")).count(),
        0,
        "{p:#?}"
    );
    // Another body with other words is not joined.
    assert!(
        !f.discovered
            .spellings
            .iter()
            .any(|(s, _)| s.contains("Сегодня")),
        "{f:#?}"
    );
}

#[test]
fn a_lone_word_is_a_person_only_with_a_given_name_or_a_role() {
    // `Del Prado` mid-sentence, its last word alone later: the evidence says person,
    // but no given name or role names anyone: no proposal. With a role once, it is one.
    let docs: Vec<(String, String)> = (0..4)
        .map(|i| {
            (
                format!("d{i}"),
                format!("{FILLER} Lo contó ayer Del Prado en la radio. Luego habló Prado."),
            )
        })
        .collect();
    let p = run(Gazetteer::empty(), &pairs(&docs), 2);
    assert!(
        find(&p, "Prado").is_none() && find(&p, "Del Prado").is_none(),
        "{p:#?}"
    );
    let mut docs = docs;
    docs.push((
        "role".into(),
        format!("{FILLER} Lo contó el ministro Del Prado en la radio. Luego habló Prado."),
    ));
    let p = run(Gazetteer::empty(), &pairs(&docs), 2);
    let d = find(&p, "Del Prado")
        .or_else(|| find(&p, "Prado"))
        .unwrap_or_else(|| panic!("{p:#?}"));
    assert_eq!(d.kind, Kind::Person, "{d:#?}");
}

/// A known gazetteer of a person, a body and a place (names of these tests, not the
/// generated corpus's).
fn known_ribeiro() -> Gazetteer {
    Gazetteer::from_jsonl_str(
        concat!(
            r#"{"id":"ribeiro","name":"Marcelo Ribeiro","kind":"person"}"#,
            "\n",
            r#"{"id":"cma","name":"Consejo Minero Andino","kind":"organization"}"#,
            "\n",
            r#"{"id":"tumbaco","name":"Tumbaco","kind":"place"}"#,
            "\n",
        ),
        "test",
    )
    .unwrap()
}

#[test]
fn a_known_name_spelled_in_another_script_is_not_proposed() {
    // Written letter for letter, as no newspaper of the script writes them: the
    // linker's own reading of other scripts does not link a body or a place so, but
    // they read as the known names.
    let docs: Vec<(String, String)> = (0..4)
        .map(|i| {
            (
                format!("d{i}"),
                format!(
                    "{FILLER} Вчера председатель Консехо Минеро Андино прибыл. Ο πρόεδρος μίλησε στο Τουμπακο και στο Τουμπακο."
                ),
            )
        })
        .collect();
    let p = run(known_ribeiro(), &pairs(&docs), 2);
    for name in ["Консехо Минеро Андино", "Τουμπακο"] {
        assert!(find(&p, name).is_none(), "{name}: {p:#?}");
    }
    // Without the known names, the same spellings are proposals.
    let p = run(Gazetteer::empty(), &pairs(&docs), 2);
    for name in ["Консехо Минеро Андино", "Τουμπακο"] {
        assert!(find(&p, name).is_some(), "{name}: {p:#?}");
    }
}

#[test]
fn an_initial_with_a_known_surname_is_not_proposed() {
    let docs: Vec<(String, String)> = (0..4)
        .map(|i| {
            (
                format!("d{i}"),
                format!(
                    "{FILLER} Ayer habló el ministro M. Ribeiro en la radio. Luego Ribeiro se fue. La jueza R. Ibarra calló. Luego Ibarra se fue."
                ),
            )
        })
        .collect();
    let p = run(known_ribeiro(), &pairs(&docs), 2);
    assert!(find(&p, "M. Ribeiro").is_none(), "{p:#?}");
    // Another surname is someone else's.
    assert!(find(&p, "R. Ibarra").is_some(), "{p:#?}");
}

#[test]
fn a_name_after_a_place_head_is_a_place() {
    // `Bad` before a town's name, and a role word before it once (`el alcalde Bad
    // Tennstedt`, the word salad of a careless sentence): a place. `Puerto`, a common
    // noun elsewhere, is no organisation's head there.
    let docs: Vec<(String, String)> = (0..4)
        .map(|i| {
            let before = if i == 0 { "el alcalde" } else { "la ciudad" };
            (
                format!("d{i}"),
                format!(
                    "{FILLER} Ayer {before} Bad Tennstedt recibió fondos. Los barcos llegan al puerto de Puerto Ayora cada día."
                ),
            )
        })
        .collect();
    let p = run(Gazetteer::empty(), &pairs(&docs), 2);
    for name in ["Bad Tennstedt", "Puerto Ayora"] {
        let b = find(&p, name).unwrap_or_else(|| panic!("{name}: {p:#?}"));
        assert_eq!(b.kind, Kind::Place, "{b:#?}");
    }
}

#[test]
fn a_given_name_the_corpus_writes_in_lowercase_is_no_organisation_s_head() {
    // `rosa` is a colour in lowercase, in two documents; `Rosa` starts three
    // people's names, whose surnames come alone later in three documents. Rosa
    // Delgado's comes alone later in one of her four documents only: the lowercase
    // `rosa` would outweigh it as evidence of a body (`Ministerio`).
    let docs: Vec<(String, String)> = [
        "Delgado", "Delgado", "Delgado", "Delgado", "Méndez", "Ibarra",
    ]
    .iter()
    .enumerate()
    .map(|(i, s)| {
        let later = if i == 0 || i > 3 {
            format!(" Luego habló {s}.")
        } else {
            String::new()
        };
        let colour = if i > 3 { " La camisa rosa." } else { "" };
        (
            format!("d{i}"),
            format!("{FILLER}{colour} Lo dijo Rosa {s} en la sede.{later}"),
        )
    })
    .collect();
    let p = run(Gazetteer::empty(), &pairs(&docs), 2);
    let r = find(&p, "Rosa Delgado").unwrap_or_else(|| panic!("{p:#?}"));
    assert_eq!(r.kind, Kind::Person, "{r:#?}");
}

#[test]
fn an_initial_does_not_join_two_given_names_into_one_person() {
    // `A. Kowal` in more documents than Anna Kowal and Aldo Kowal: grouped first, it
    // took both, two people, into one proposal.
    let mut docs: Vec<(String, String)> = (0..4)
        .map(|i| {
            (
                format!("i{i}"),
                format!("{FILLER} Ayer la jueza A. Kowal habló en la sede."),
            )
        })
        .collect();
    for (n, given) in ["Anna", "Aldo"].iter().enumerate() {
        for i in 0..2 {
            docs.push((
                format!("g{n}{i}"),
                format!("{FILLER} Lo dijo {given} Kowal en la sede. Luego habló Kowal."),
            ));
        }
    }
    let p = run(Gazetteer::empty(), &pairs(&docs), 2);
    let anna = find(&p, "Anna Kowal").unwrap_or_else(|| panic!("{p:#?}"));
    let aldo = find(&p, "Aldo Kowal").unwrap_or_else(|| panic!("{p:#?}"));
    assert_ne!(anna.id, aldo.id, "{p:#?}");
}

/// English filler: `the` written often, as English text does.
const EN_FILLER: &str = "The council met on the day of the vote, and the people spoke of the plan.";

#[test]
fn an_english_article_is_no_locative() {
    // `a Zorvex spokesperson`, `in Zorvex's report`: English `a` is an article, and
    // what comes after `in` there is what the name owns; no evidence of a place.
    // The same name after Spanish `a` (`viajó a Trellano`) is one.
    let docs: Vec<(String, String)> = (0..4)
        .map(|i| {
            (
                format!("d{i}"),
                format!(
                    "{EN_FILLER} Yesterday a Zorvex spokesperson said so, and in Zorvex's report the figures rose. Later Zorvex agreed."
                ),
            )
        })
        .chain((0..4).map(|i| {
            (
                format!("e{i}"),
                format!("{FILLER} Ayer el grupo viajó a Trellano, y luego Trellano recibió fondos."),
            )
        }))
        .collect();
    let p = run(Gazetteer::empty(), &pairs(&docs), 2);
    let z = find(&p, "Zorvex").unwrap_or_else(|| panic!("{p:#?}"));
    assert_ne!(z.kind, Kind::Place, "{z:#?}");
    assert!(z.discovered.evidence.place.is_empty(), "{z:#?}");
    let t = find(&p, "Trellano").unwrap_or_else(|| panic!("{p:#?}"));
    assert_eq!(t.kind, Kind::Place, "{t:#?}");
}

#[test]
fn a_word_after_possessive_determiners_is_a_common_noun() {
    // `their QXR`, `its QXR` in two documents of four: a common noun (`their GDP`).
    // `his Valdoria home` once in eight documents: a name used as an adjective.
    let docs: Vec<(String, String)> = (0..4)
        .map(|i| {
            let before = match i {
                0 => "their",
                1 => "its",
                _ => "the",
            };
            (
                format!("q{i}"),
                format!("{EN_FILLER} Officials said {before} QXR fell again, and the QXR figures for the year were weak."),
            )
        })
        .chain((0..8).map(|i| {
            let before = if i == 0 { "his" } else { "the state of" };
            (
                format!("v{i}"),
                format!("{EN_FILLER} Officials spoke of {before} Valdoria home, and Valdoria voters agreed."),
            )
        }))
        .collect();
    let p = run(Gazetteer::empty(), &pairs(&docs), 2);
    assert!(find(&p, "QXR").is_none(), "{p:#?}");
    assert!(find(&p, "Valdoria").is_some(), "{p:#?}");
}

#[test]
fn an_acronym_in_a_language_that_capitalises_its_nouns_is_a_name() {
    // German capitalises its nouns (`Menschen`, `Stadt`: no names), not in capitals:
    // `die XQP` is a party's acronym there, as in any other text.
    let body = |x: &str| {
        format!(
            "Die Menschen in der Stadt haben seit Jahren Angst vor dem Wasser. \
             Viele Menschen sagen, dass die Regierung zu wenig tut, und die Stadt \
             wartet auf Hilfe. {x} Die Zukunft der Stadt ist offen, sagen Experten \
             und Menschen aus der Region. Die Angst bleibt, seit Jahren."
        )
    };
    let docs = [
        (
            "a",
            body("Das Geld fehlt, sagte gestern die XQP im Landtag."),
        ),
        ("b", body("Mehr Geld fordert auch die XQP.")),
        ("c", body("Das Geld fehlt, und die XQP schweigt.")),
    ];
    let docs: Vec<(&str, &str)> = docs.iter().map(|(i, b)| (*i, b.as_str())).collect();
    let p = run(Gazetteer::empty(), &docs, 2);
    assert!(find(&p, "XQP").is_some(), "{p:#?}");
    for no in ["Menschen", "Stadt", "Geld"] {
        assert!(find(&p, no).is_none(), "{no}: {p:#?}");
    }
}

#[test]
fn an_acronym_defined_after_lowercase_words_is_a_term() {
    // `una oferta pública de canje de valores (OPC)` defines a term: the name it
    // abbreviates elsewhere (`la Oferta Pública de Canje (OPC)`) is no organisation.
    // `el Observatorio Andino de Aguas (OAA)` defines a name: still proposed.
    let docs: Vec<(String, String)> = (0..4)
        .map(|i| {
            let text = if i == 0 {
                "El banco lanzó una oferta pública de canje de valores (OPC) sobre la firma."
            } else {
                "El consejo aprobó la Oferta Pública de Canje (OPC) anunciada ayer."
            };
            (format!("t{i}"), format!("{FILLER} {text}"))
        })
        .chain((0..3).map(|i| {
            (
                format!("o{i}"),
                format!("{FILLER} El Observatorio Andino de Aguas (OAA) publicó datos."),
            )
        }))
        .collect();
    let p = run(Gazetteer::empty(), &pairs(&docs), 2);
    assert!(find(&p, "OPC").is_none(), "{p:#?}");
    assert!(find(&p, "Oferta Pública de Canje").is_none(), "{p:#?}");
    assert!(find(&p, "Observatorio Andino de Aguas").is_some(), "{p:#?}");
}

#[test]
fn an_indefinite_article_once_does_not_make_a_name_a_common_noun() {
    // `un Consejo Rector extraordinario` once in eight documents: a meeting of the
    // body; `una XQR` in two documents of four, `una YQR` in one of three: common
    // nouns (`una OPA`).
    let docs: Vec<(String, String)> = (0..8)
        .map(|i| {
            let det = if i == 0 { "un" } else { "el" };
            (
                format!("c{i}"),
                format!("{FILLER} Lo aprobó ayer {det} Consejo Rector de Valdoria en Madrid."),
            )
        })
        .chain((0..4).map(|i| {
            let det = if i < 2 { "una" } else { "la" };
            (
                format!("x{i}"),
                format!("{FILLER} El banco anunció {det} XQR sobre la firma."),
            )
        }))
        .chain((0..3).map(|i| {
            let det = if i == 0 { "una" } else { "la" };
            (
                format!("y{i}"),
                format!("{FILLER} El banco anunció {det} YQR sobre la firma."),
            )
        }))
        .collect();
    let p = run(Gazetteer::empty(), &pairs(&docs), 2);
    assert!(find(&p, "Consejo Rector de Valdoria").is_some(), "{p:#?}");
    assert!(find(&p, "XQR").is_none(), "{p:#?}");
    assert!(find(&p, "YQR").is_none(), "{p:#?}");
}

#[test]
fn an_acronym_is_not_the_common_word_of_its_letters() {
    // `el sindicato USO` in three documents beside `el uso` in five: a union. The
    // same corpus with `Uso` capitalised, not in capitals, after a word that is no
    // body's class (`el viejo Uso`): no name. (After `sindicato`, the class says it
    // is a union's name even so: [`a_common_word_introduced_by_its_body_s_class_is_a_name`].)
    let corpus = |name: &str| -> Vec<(String, String)> {
        (0..3)
            .map(|i| {
                (
                    format!("u{i}"),
                    format!("{FILLER} El {name} convocó una huelga en el puerto."),
                )
            })
            .chain((0..5).map(|i| {
                (
                    format!("l{i}"),
                    format!("{FILLER} El uso del agua creció mucho en el puerto."),
                )
            }))
            .collect()
    };
    let p = run(Gazetteer::empty(), &pairs(&corpus("sindicato USO")), 2);
    let u = find(&p, "USO").unwrap_or_else(|| panic!("{p:#?}"));
    assert_eq!(u.discovered.documents, 3, "{u:#?}");
    let p = run(Gazetteer::empty(), &pairs(&corpus("viejo USO")), 2);
    let u = find(&p, "USO").unwrap_or_else(|| panic!("{p:#?}"));
    assert_eq!(u.discovered.documents, 3, "{u:#?}");
    let p = run(Gazetteer::empty(), &pairs(&corpus("viejo Uso")), 2);
    assert!(find(&p, "Uso").is_none(), "{p:#?}");
    let p = run(Gazetteer::empty(), &pairs(&corpus("sindicato Uso")), 2);
    let u = find(&p, "Uso").unwrap_or_else(|| panic!("{p:#?}"));
    assert_eq!(u.kind, Kind::Organization, "{u:#?}");
}

#[test]
fn an_acronym_spells_a_capitalised_function_word_of_its_name() {
    // `Sur` ("south") is French `sur` ("on"), a function word elsewhere: inside a
    // name, capitalised, it is a word of the name that the acronym spells.
    let docs = [
        (
            "a",
            format!("{FILLER} Los milicianos del Frente del Sur de Varona ( FSV ) huyeron."),
        ),
        (
            "b",
            format!("{FILLER} El Frente del Sur de Varona (FSV) se retiró, y el FSV habló."),
        ),
    ];
    let docs: Vec<(&str, &str)> = docs.iter().map(|(i, b)| (*i, b.as_str())).collect();
    let p = run(Gazetteer::empty(), &docs, 2);
    let f = find(&p, "Frente del Sur de Varona").unwrap_or_else(|| panic!("{p:#?}"));
    assert!(f.aliases.iter().any(|a| a == "FSV"), "{f:#?}");
    assert!(
        f.discovered
            .evidence
            .organization
            .iter()
            .any(|e| e.contains("(FSV)")),
        "{f:#?}"
    );
    assert_eq!(p.len(), 1, "{p:#?}");
}

/// Documents naming `Name` with a capital, without an article before it, where the
/// corpus also writes `name` in lowercase: after a noun as its adjective
/// (`adjective`), or after an article as a noun.
fn lowercase_use_corpus(adjective: bool) -> Vec<(String, String)> {
    let lower = if adjective {
        "La empresa compró una red vestriana nueva."
    } else {
        "La empresa compró la vestriana nueva."
    };
    let mut docs = Vec::new();
    // (Texts that write definite articles, as Spanish does: three or more.)
    for i in 0..8 {
        let body = match i % 3 {
            0 => format!("{FILLER} Las acciones de Vestriana subieron hoy en la bolsa."),
            1 => format!("{FILLER} Según fuentes, Vestriana anunció un plan para la ciudad."),
            _ => format!("{FILLER} El consejo de la empresa se reunió en Vestriana."),
        };
        docs.push((format!("v{i}"), body));
    }
    for i in 0..3 {
        docs.push((format!("l{i}"), format!("{FILLER} {lower}")));
    }
    docs
}

#[test]
fn a_name_is_not_its_lowercase_adjective() {
    // Capitalised without an article in eight documents: a name, whose lowercase form
    // after a noun (`una red vestriana`, three documents) is its adjective.
    let docs = lowercase_use_corpus(true);
    let p = run(Gazetteer::empty(), &pairs(&docs), 2);
    let v = find(&p, "Vestriana").unwrap_or_else(|| panic!("{p:#?}"));
    assert_eq!(v.discovered.documents, 8, "{v:#?}");
    // The same word after an article in lowercase (`la vestriana`) is a common noun:
    // not proposed alone.
    let docs = lowercase_use_corpus(false);
    let p = run(Gazetteer::empty(), &pairs(&docs), 2);
    assert!(find(&p, "Vestriana").is_none(), "{p:#?}");
}

#[test]
fn a_word_used_with_an_article_is_a_common_noun_despite_adjectives() {
    // `el Consorvio` takes an article in most of its documents, as `el Gobierno`
    // does: a body that each article names anew, whatever its lowercase forms.
    let mut docs = Vec::new();
    for i in 0..8 {
        docs.push((
            format!("c{i}"),
            format!("{FILLER} Ayer el Consorvio aprobó el plan."),
        ));
    }
    for i in 0..3 {
        docs.push((
            format!("l{i}"),
            format!("{FILLER} La empresa firmó un acuerdo consorvio nuevo."),
        ));
    }
    let p = run(Gazetteer::empty(), &pairs(&docs), 2);
    assert!(find(&p, "Consorvio").is_none(), "{p:#?}");
}

#[test]
fn a_name_that_defines_an_acronym_at_a_sentence_start_is_a_name() {
    // `Norvian Petrolia` only ever starts a line, but the acronym it defines spells
    // its capitals: the name, and the acronym alone elsewhere, are one proposal.
    let docs = [
        (
            "a",
            format!("{FILLER}\n-\nNorvian Petrolia ( NP ) subió los precios."),
        ),
        (
            "b",
            format!("{FILLER}\n-\nNorvian Petrolia ( NP ) bajó los precios."),
        ),
        ("c", format!("{FILLER} Las gasolineras de NP cerraron.")),
    ];
    let docs: Vec<(&str, &str)> = docs.iter().map(|(i, b)| (*i, b.as_str())).collect();
    let p = run(Gazetteer::empty(), &docs, 2);
    let n = find(&p, "Norvian Petrolia").unwrap_or_else(|| panic!("{p:#?}"));
    assert!(n.aliases.iter().any(|a| a == "NP"), "{n:#?}");
    assert_eq!(n.discovered.documents, 3, "{n:#?}");
}

#[test]
fn a_single_letter_left_before_a_known_surname_is_no_name() {
    // Once `Mary White` is known (accepted from an earlier discovery), the linker
    // links `White` of `M. White` and leaves the initial: `M`, written without a dot
    // elsewhere (`la talla M`), is no name to propose. `Inés Parra Oyarzun`, unknown,
    // still is.
    let known = Gazetteer::from_jsonl_str(
        r#"{"id":"mary-white","name":"Mary White","kind":"person"}"#,
        "test",
    )
    .unwrap();
    let mut docs: Vec<(String, String)> = (0..4)
        .map(|i| {
            (
                format!("a{i}"),
                format!(
                    "{FILLER} Mary White llegó ayer con Inés Parra Oyarzun. Luego M. White \
                     dijo que no. Según M. White, la ley es mala."
                ),
            )
        })
        .collect();
    docs.push((
        "b".into(),
        format!("{FILLER} La talla M se agotó en la tienda."),
    ));
    let docs: Vec<(&str, &str)> = docs.iter().map(|(i, b)| (i.as_str(), b.as_str())).collect();
    let p = run(known, &docs, 2);
    assert!(find(&p, "M").is_none(), "{p:#?}");
    assert!(find(&p, "Inés Parra Oyarzun").is_some(), "{p:#?}");
}

#[test]
fn a_common_word_introduced_by_its_body_s_class_is_a_name() {
    // `la asociación civil peruana Transparencia`, beside `la transparencia` in other
    // documents: the class before it says it is a body's name there.
    let corpus = |class: &str| -> Vec<(String, String)> {
        let mut docs: Vec<(String, String)> = (0..4)
            .map(|n| {
                (
                    format!("a{n}"),
                    format!("{FILLER} Hoy la {class} peruana Claridad anunció su retirada del proceso {n}."),
                )
            })
            .collect();
        for n in 0..2 {
            docs.push((
                format!("l{n}"),
                format!("{FILLER} Pidió más claridad al Gobierno, y la claridad llegó {n}."),
            ));
        }
        docs
    };
    let p = run(Gazetteer::empty(), &pairs(&corpus("asociación civil")), 2);
    let c = find(&p, "Claridad").unwrap_or_else(|| panic!("{p:#?}"));
    assert_eq!(c.kind, Kind::Organization, "{c:#?}");
    assert_eq!(c.discovered.documents, 4, "{c:#?}");
    // After a word that is no body's class (`la sesión peruana Claridad`), the
    // lowercase `claridad` elsewhere says it is a common word.
    let p = run(Gazetteer::empty(), &pairs(&corpus("sesión")), 2);
    assert!(find(&p, "Claridad").is_none(), "{p:#?}");
}

#[test]
fn a_persons_mention_in_another_script_keeps_the_surname_by_sound() {
    // `Σχροντερ` folds to `schronter`, not `schröder`'s `schroder`: read by sound,
    // it keeps the surname; another surname does not.
    let parts: Vec<crate::name::NamePart> = content(&parse_name("Emma Yılmaz Schröder"))
        .into_iter()
        .skip(1)
        .cloned()
        .collect();
    let s = Surnames {
        last: "schroder".into(),
        first: Some("yilmaz".into()),
        parts,
    };
    let full = |t: &str| s.full(&content(&parse_name(t)));
    assert_eq!(full("Εμμα Ιιλμαζ Σχροντερ"), Some(true));
    assert_eq!(full("Емма Иилмас Счродер"), Some(true));
    assert_eq!(full("Σχροντερ"), Some(false));
    assert_eq!(full("Emma Schröder"), Some(true));
    assert_eq!(full("Εμμα Σμιθ"), None);
    assert_eq!(full("Emma"), None);
}

fn owned<'a>(docs: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    docs.iter().map(|(i, b)| (*i, b.as_str())).collect()
}

#[test]
fn a_whole_name_that_a_longer_one_adds_a_surname_to_is_another_person() {
    // `Mei Brown` and `Mei Pérez Brown`, never named in one document: two people.
    let docs = [
        (
            "a",
            format!("{FILLER} La jueza Mei Pérez Brown habló. Brown sonrió."),
        ),
        (
            "b",
            format!("{FILLER} La doctora Mei Pérez Brown operó. Brown descansó."),
        ),
        (
            "c",
            format!("{FILLER} El concejal Mei Brown votó. Brown salió."),
        ),
        (
            "d",
            format!("{FILLER} La alcaldesa Mei Brown explicó. Brown calló."),
        ),
    ];
    let p = run(Gazetteer::empty(), &owned(&docs), 2);
    let long = find(&p, "Mei Pérez Brown").unwrap_or_else(|| panic!("{p:#?}"));
    let short = find(&p, "Mei Brown").unwrap_or_else(|| panic!("{p:#?}"));
    assert_ne!(long.id, short.id, "{p:#?}");
    assert_eq!(long.discovered.documents, 2, "{long:#?}");
    assert_eq!(short.discovered.documents, 2, "{short:#?}");
}

#[test]
fn a_whole_name_named_with_the_longer_one_in_a_document_is_its_spelling() {
    // The document says they are one: `Edmundo González` after `Edmundo González
    // Urrutia`, and alone elsewhere.
    let docs = [
        ("a", format!("{FILLER} El ministro Edmundo González Urrutia habló. Edmundo González dijo que no.")),
        ("b", format!("{FILLER} El presidente Edmundo González Urrutia viajó. Luego Edmundo González volvió.")),
        ("c", format!("{FILLER} Ayer, Edmundo González visitó el puerto. González sonrió.")),
        ("d", format!("{FILLER} Ayer, Edmundo González firmó el acuerdo. González calló.")),
    ];
    let p = run(Gazetteer::empty(), &owned(&docs), 2);
    let m = find(&p, "Edmundo González Urrutia").unwrap_or_else(|| panic!("{p:#?}"));
    assert!(
        m.discovered
            .spellings
            .iter()
            .any(|(s, _)| s == "Edmundo González"),
        "{m:#?}"
    );
    assert_eq!(m.discovered.documents, 4, "{m:#?}");
    assert_eq!(
        p.iter().filter(|x| x.name.contains("Edmundo")).count(),
        1,
        "{p:#?}"
    );
}

#[test]
fn a_longer_name_linked_by_a_middle_surname_is_another_person() {
    // The linker links `Mei Pérez Brown` to `Mei Brown` by its middle word; a
    // surname there names another person, unless the document also names her as
    // `Mei Brown`. A given name there does not (`Ana`, the first word of `Ana
    // Torres`).
    let docs = [
        (
            "a",
            format!("{FILLER} El concejal Mei Brown votó. Brown salió."),
        ),
        (
            "b",
            format!("{FILLER} La alcaldesa Mei Brown explicó. Brown calló."),
        ),
        (
            "c",
            format!("{FILLER} Ayer habló Mei Pérez Brown en la radio."),
        ),
        (
            "d",
            format!("{FILLER} Ayer habló Mei Ana Brown en la radio."),
        ),
        (
            "e",
            format!("{FILLER} La ministra Ana Torres votó. Torres salió."),
        ),
        (
            "f",
            format!("{FILLER} La jueza Ana Torres habló. Torres calló."),
        ),
    ];
    let p = run(Gazetteer::empty(), &owned(&docs), 2);
    let spelled = |m: &Proposal, s: &str| m.discovered.spellings.iter().any(|(t, _)| t == s);
    let m = p
        .iter()
        .find(|m| spelled(m, "Mei Brown"))
        .unwrap_or_else(|| panic!("{p:#?}"));
    let spelled = |s: &str| spelled(m, s);
    assert!(!spelled("Mei Pérez Brown"), "{m:#?}");
    assert!(spelled("Mei Ana Brown"), "{m:#?}");
    assert_eq!(m.discovered.documents, 3, "{m:#?}");
}

#[test]
fn a_name_of_common_words_in_a_few_documents_needs_a_word_for_a_kind_of_body() {
    // Both names are made of words the corpus writes in lowercase too; in three
    // documents, the one with `Agencia` (a word that names a kind of body) is a
    // body's name, the other a phrase in title case.
    let docs: Vec<(String, String)> = (0..3)
        .map(|i| {
            (
                format!("d{i}"),
                format!(
                    "{FILLER} La Agencia Forestal de Montes cerró el paso y la Ruta Verde \
                     del Vino abrió. Una agencia privada, un guarda forestal, los montes del \
                     norte, una ruta verde y un vino tinto."
                ),
            )
        })
        .collect();
    let docs: Vec<(&str, &str)> = docs.iter().map(|(i, b)| (i.as_str(), b.as_str())).collect();
    let p = run(Gazetteer::empty(), &docs, 2);
    let body = find(&p, "Agencia Forestal de Montes").unwrap_or_else(|| panic!("{p:#?}"));
    assert_eq!(body.kind, Kind::Organization, "{body:#?}");
    assert!(find(&p, "Ruta Verde del Vino").is_none(), "{p:#?}");
}

#[test]
fn a_german_text_dense_with_known_names_still_capitalises_its_nouns() {
    // Most capitalised words of these texts are known places: they count as the
    // text's capitals still, so `Amnestie`, alone between lowercase words in every
    // document, is read as the noun it is, not as a name.
    let known = Gazetteer::from_jsonl_str(
        &[
            "Velden",
            "Torbach",
            "Ellhausen",
            "Brunnstadt",
            "Kornau",
            "Lindhof",
        ]
        .iter()
        .map(|n| {
            format!(
                r#"{{"id":"{}","name":"{n}","kind":"place"}}"#,
                n.to_lowercase()
            )
        })
        .collect::<Vec<_>>()
        .join("\n"),
        "test",
    )
    .unwrap();
    let body = "Gestern sprachen in Velden und Torbach die Leute aus Ellhausen, Kornau und \
                Brunnstadt lange über die Amnestie, und die Leute aus Lindhof sagten, dass \
                die Amnestie gut ist, aber dass sie noch lange nicht da ist und dass man sie \
                so nicht will, auch nicht in Velden oder Kornau.";
    let docs: Vec<(String, String)> = (0..4)
        .map(|i| (format!("d{i}"), body.to_string()))
        .collect();
    let docs: Vec<(&str, &str)> = docs.iter().map(|(i, b)| (i.as_str(), b.as_str())).collect();
    let p = run(known, &docs, 2);
    for no in ["Amnestie", "Leute"] {
        assert!(find(&p, no).is_none(), "{no}: {p:#?}");
    }
}
