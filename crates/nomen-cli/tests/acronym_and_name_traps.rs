//! Acronyms that the text says are something else, and names of the gazetteer written
//! as parts of other people's names, through the real binary (issue 21): `nomen tag`
//! on the test's own texts in German, English, Spanish, Portuguese, Italian, Russian
//! and Croatian, with the built-in gazetteer and, for a user's acronyms, a gazetteer
//! of the test's own merged with it.
//!
//! - An acronym the text defines in brackets as a name that differs in a word from the
//!   body's own name in that language (`National Safety Council (NSC)`, `Organización
//!   Mundial del Sueño (OMS)`) is not that body's, there nor later in the document;
//!   the body's own definition still links.
//! - A user's acronym that the text spells out as a term of common words (`the 50-day
//!   EMA ... the exponential moving average`) is the term's; the body's own acronym in
//!   a text that does not spell it out stays.
//! - A user's acronym written as a word that the text uses as a given name before a
//!   surname (`Irena Horvat ... Irena`) is the person's.
//! - A country's name after the Arabic article (`Khalid al-Turki`) is a nisba; a
//!   city's name that is a given name after `Surname, ` in a list of speakers
//!   (`Hernanz Costa, Sofía (GS)`) is the speaker's; a surname alone before a particle
//!   and a word that names nothing (`González de Txabarri`) is another person's.

#[path = "support/builtin_tag.rs"]
mod builtin_tag;

use std::path::Path;

use builtin_tag::{check_mentions, tag, tag_with};

const BERLIN: &str = "geonames-2950159";
const SOFIA: &str = "geonames-727011";
const NSC: &str = "us-national-security-council";
const WHO: &str = "world-health-organization";
const IMF: &str = "international-monetary-fund";

/// [`check_mentions`] of `nomen tag` with the built-in gazetteer only.
fn check_builtin(dir: &Path, text: &str, must: &[(&str, &str)], never: &[&str]) {
    check_mentions(&tag(dir, text), text, must, never);
}

#[test]
fn an_acronym_defined_as_another_body_is_not_the_builtin_one() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    check_builtin(
        dir,
        "The National Safety Council (NSC) published its report on falls at home. The NSC \
         said most of them could be prevented.",
        &[],
        &["NSC"],
    );
    check_builtin(
        dir,
        "The National Security Council (NSC) met in Washington on Monday. The NSC then \
         briefed the president.",
        &[("NSC", NSC)],
        &[],
    );
    check_builtin(
        dir,
        "La Organización Mundial del Sueño (OMS) recomienda dormir ocho horas. Según la \
         OMS, los adolescentes duermen cada vez menos en Madrid.",
        &[("Madrid", "madrid")],
        &["OMS"],
    );
    check_builtin(
        dir,
        "La Organización Mundial de la Salud (OMS) pidió más vacunas. La OMS se reúne en \
         Ginebra.",
        &[("OMS", WHO)],
        &[],
    );
    check_builtin(
        dir,
        "A Organização Mundial do Sono (OMS) recomenda oito horas de descanso. Para a OMS, \
         os jovens dormem pouco em Lisboa.",
        &[],
        &["OMS"],
    );
    check_builtin(
        dir,
        "L'Organizzazione Mondiale del Sonno (OMS) consiglia otto ore di riposo. Secondo \
         l'OMS i giovani dormono poco a Roma.",
        &[],
        &["OMS"],
    );
    check_builtin(
        dir,
        "Der amerikanische National Safety Council (NSC) tagt in diesem Jahr in Berlin. Der \
         NSC lädt dazu Fachleute für Arbeitsschutz ein.",
        &[("Berlin", BERLIN)],
        &["NSC"],
    );
    check_builtin(
        dir,
        "Der Internationale Währungsfonds (IWF) senkt seine Prognose. Der IWF warnt vor \
         neuen Zöllen.",
        &[("IWF", IMF)],
        &[],
    );
    check_builtin(
        dir,
        "Всемирная организация зрения (ВОЗ) провела конференцию в Москве. По данным ВОЗ, \
         близорукость встречается всё чаще.",
        &[],
        &["ВОЗ"],
    );
}

#[test]
fn a_users_acronym_spelled_out_as_a_term_or_used_as_a_given_name_is_not_the_body() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    let gazetteer = dir.join("bodies.jsonl");
    std::fs::write(
        &gazetteer,
        "{\"id\": \"ema\", \"name\": \"European Medicines Agency\", \"kind\": \"organization\", \
         \"aliases\": [\"EMA\"]}\n\
         {\"id\": \"irena\", \"name\": \"International Renewable Energy Agency\", \
         \"kind\": \"organization\", \"aliases\": [\"IRENA\"]}\n",
    )
    .unwrap();
    let g = gazetteer.to_str().unwrap();
    let run = |text: &str| tag_with(dir, &["--entities", g], text);
    let text = "Shares of the carmaker closed below their 50-day EMA on Tuesday. The \
                exponential moving average is a signal many funds follow.";
    check_mentions(&run(text), text, &[], &["EMA"]);
    let text = "The EMA approved the new vaccine on Friday after a review of the trials.";
    check_mentions(&run(text), text, &[("EMA", "ema")], &[]);
    let text = "Irena Horvat otvorila je pekaru u Zadru. Irena kaže da kruh peče od pet \
                ujutro.";
    check_mentions(&run(text), text, &[], &["Irena"]);
    let text = "Izvješće IRENA-e pokazuje rast obnovljive energije. IRENA je objavila nove \
                podatke.";
    check_mentions(&run(text), text, &[("IRENA", "irena")], &[]);
}

#[test]
fn names_inside_other_peoples_names_are_not_the_entity() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    check_builtin(
        dir,
        "Khalid al-Turki, a Saudi investor, said stocks in Turkey were cheap.",
        &[("Turkey", "country-tr")],
        &["Turki"],
    );
    check_builtin(
        dir,
        "Hernanz Costa, Sofía (GS): Señorías, defendemos esta reforma.",
        &[],
        &["Sofía"],
    );
    check_builtin(
        dir,
        "La ministra viajó a Sofía para reunirse con el Gobierno búlgaro.",
        &[("Sofía", SOFIA)],
        &[],
    );
    check_builtin(
        dir,
        "The ballots will be counted in Connolly Hall, Cork on Friday, the union in \
         Ireland said. The concert is at Grant Hall, Sofia on Friday.",
        &[("Cork", "geonames-2965140"), ("Sofia", SOFIA)],
        &[],
    );
    check_builtin(
        dir,
        "González de Txabarri Miranda, Joxe Joan (GV-PNV): Señorías, nuestro grupo votará \
         en contra del proyecto que presenta el Gobierno, porque los presupuestos no \
         respetan el concierto económico y con ellos se recorta la autonomía de las \
         instituciones vascas.",
        &[],
        &["González"],
    );
    check_builtin(
        dir,
        "El expresidente Felipe González habló en Sevilla. González defendió el acuerdo.",
        &[("González", "felipe-gonzalez")],
        &[],
    );
}
