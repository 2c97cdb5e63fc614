//! `nomen entities discover`, driving the real binary on a corpus written for this
//! test: the spellings of one person gathered, two people with one surname kept apart,
//! an acronym defined in the text joined to its organisation, sentence-initial words
//! and known entities not proposed; `-o` then `--entities` (the accept workflow), the
//! same proposals from an index, `--kind`, `--json` evidence, and errors.

use std::path::Path;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn nomen(cwd: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_nomen"))
        .args(args)
        .current_dir(cwd)
        .env("NOMEN_CACHE_DIR", "")
        .stdin(Stdio::null())
        .output()
        .expect("nomen runs")
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Articles: a filler sentence in each writes the common words in lowercase, as real
/// text does.
const ARTICLES: &[(&str, &str)] = &[
    ("a1", "Meanwhile the harbour authority met. The minister Halvard Østby said the tanks leaked. Østby asked the ministry for help, however the ministry declined."),
    ("a2", "Meanwhile, in the north, Halvard Ostby inspected the dam. However the dam held, Ostby said. Meanwhile the rain went on."),
    ("a3", "The report was signed by H. Østby and sent to Baltic Water Watch (BWW), which however said nothing."),
    ("a4", "However, BWW published its own figures; the Baltic Water Watch counted the leaks. Meanwhile the mayor Mirela Kovač spoke."),
    ("a5", "The mayor Mirela Kovač opened the bridge. Kovač thanked the builders; however, the bridge was late."),
    ("a6", "The surgeon Tibor Kovač operated on Monday. Kovač said the patient recovered. The nurse said however that Nicolás Maduro called."),
    ("a7", "The surgeon Tibor Kovač left the hospital. Later Kovač flew to Oslo with Nicolás Maduro, meanwhile the inspector waited."),
];

fn corpus(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("articles.jsonl");
    let lines: Vec<String> = ARTICLES
        .iter()
        .map(|(id, body)| serde_json::json!({"id": id, "title": "", "body": body}).to_string())
        .collect();
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    path
}

fn proposals(out: &Output) -> Vec<Value> {
    assert_eq!(out.status.code(), Some(0), "{}", stderr(out));
    serde_json::from_str::<Value>(&stdout(out))
        .expect("JSON")
        .as_array()
        .expect("an array")
        .clone()
}

fn named<'a>(p: &'a [Value], name: &str) -> Option<&'a Value> {
    p.iter().find(|x| {
        x["name"] == name
            || x["aliases"]
                .as_array()
                .is_some_and(|a| a.iter().any(|n| n == name))
    })
}

#[test]
fn discovers_groups_and_proposes_entries() {
    let dir = tempfile::tempdir().unwrap();
    let input = corpus(dir.path());
    let input = input.to_str().unwrap();
    let out = nomen(dir.path(), &["entities", "discover", input, "--json"]);
    let p = proposals(&out);
    // One person, every spelling: accents, initial, surname alone.
    let ostby = named(&p, "Halvard Østby").unwrap_or_else(|| panic!("{p:#?}"));
    assert_eq!(ostby["kind"], "person", "{ostby:#}");
    // Named written out, not by its initial (`H. Østby` is as frequent).
    assert!(
        ostby["name"].as_str().unwrap().starts_with("Halvard "),
        "{ostby:#}"
    );
    assert_eq!(ostby["discovered"]["documents"], 3, "{ostby:#}");
    let spellings: Vec<&str> = ostby["discovered"]["spellings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s[0].as_str().unwrap())
        .collect();
    for spelling in [
        "Halvard Østby",
        "Halvard Ostby",
        "H. Østby",
        "Østby",
        "Ostby",
    ] {
        assert!(spellings.contains(&spelling), "{spelling}: {ostby:#}");
    }
    assert!(
        named(std::slice::from_ref(ostby), "Halvard Ostby").is_some(),
        "{ostby:#}"
    );
    assert!(
        ostby["discovered"]["evidence"]["person"][0]
            .as_str()
            .unwrap()
            .contains("minister"),
        "{ostby:#}"
    );
    // Two people with one surname: two proposals, each with its own documents.
    let mirela = named(&p, "Mirela Kovač").unwrap_or_else(|| panic!("{p:#?}"));
    let tibor = named(&p, "Tibor Kovač").unwrap_or_else(|| panic!("{p:#?}"));
    assert_ne!(mirela["id"], tibor["id"]);
    assert_eq!(mirela["discovered"]["documents"], 2, "{mirela:#}");
    assert_eq!(tibor["discovered"]["documents"], 2, "{tibor:#}");
    assert!(p.iter().all(|x| x["name"] != "Kovač"), "{p:#?}");
    // An acronym defined in the text: an alias of its organisation.
    let bww = named(&p, "Baltic Water Watch").unwrap_or_else(|| panic!("{p:#?}"));
    assert!(named(std::slice::from_ref(bww), "BWW").is_some(), "{bww:#}");
    assert_eq!(bww["discovered"]["documents"], 2, "{bww:#}");
    // Sentence-initial words and known entities are not proposed.
    for no in ["Meanwhile", "However", "Nicolás Maduro", "Maduro", "Monday"] {
        assert!(named(&p, no).is_none(), "{no}: {p:#?}");
    }
    // Most documents first.
    let docs: Vec<u64> = p
        .iter()
        .map(|x| x["discovered"]["documents"].as_u64().unwrap())
        .collect();
    assert!(docs.windows(2).all(|w| w[0] >= w[1]), "{docs:?}");

    // --kind.
    let out = nomen(
        dir.path(),
        &[
            "entities",
            "discover",
            input,
            "--json",
            "--kind",
            "organization",
        ],
    );
    let orgs = proposals(&out);
    assert!(
        orgs.iter().all(|x| x["kind"] == "organization"),
        "{orgs:#?}"
    );
    assert!(named(&orgs, "BWW").is_some());
}

#[test]
fn accept_workflow_and_index() {
    let dir = tempfile::tempdir().unwrap();
    let input = corpus(dir.path());
    let input = input.to_str().unwrap();
    // -o writes gazetteer JSON Lines, which --entities reads.
    let out = nomen(
        dir.path(),
        &["entities", "discover", input, "-o", "proposals.jsonl"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("wrote"), "{}", stderr(&out));
    let written = std::fs::read_to_string(dir.path().join("proposals.jsonl")).unwrap();
    assert!(written.lines().count() >= 3, "{written}");
    let text = dir.path().join("new.txt");
    std::fs::write(
        &text,
        "Yesterday H. Østby and Tibor Kovač met at the BWW office.",
    )
    .unwrap();
    let out = nomen(
        dir.path(),
        &[
            "tag",
            "--entities",
            "proposals.jsonl",
            "--json",
            text.to_str().unwrap(),
        ],
    );
    let tagged: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let ids: Vec<&str> = tagged["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), 3, "{tagged:#}");
    // The same proposals from an index of the same articles.
    let out = nomen(dir.path(), &["index", "--index", "idx", input]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let from_files = proposals(&nomen(
        dir.path(),
        &["entities", "discover", input, "--json"],
    ));
    let out = nomen(
        dir.path(),
        &["entities", "discover", "--index", "idx", "--json"],
    );
    // With the index's own gazetteer, pass 1 reads the mentions indexing stored.
    assert!(
        stderr(&out).contains("pass 1 (candidates, the stored mentions)"),
        "{}",
        stderr(&out)
    );
    let from_index = proposals(&out);
    let key = |p: &[Value]| {
        let mut v: Vec<(String, u64)> = p
            .iter()
            .map(|x| {
                (
                    x["name"].as_str().unwrap().to_string(),
                    x["discovered"]["documents"].as_u64().unwrap(),
                )
            })
            .collect();
        v.sort();
        v
    };
    assert_eq!(key(&from_files), key(&from_index));
}

#[test]
fn accepting_some_proposals_is_a_new_index() {
    // The documented steps: discover over an index, keep the reviewed lines, index the
    // articles again with them. The old index refuses the larger gazetteer (its links
    // were made without it); a new one links the kept entity in every document the
    // proposal counted, and nothing of the lines left out.
    let dir = tempfile::tempdir().unwrap();
    let input = corpus(dir.path());
    let input = input.to_str().unwrap();
    let out = nomen(dir.path(), &["index", "--index", "idx", input]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let out = nomen(
        dir.path(),
        &[
            "entities",
            "discover",
            "--index",
            "idx",
            "-o",
            "proposals.jsonl",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let written = std::fs::read_to_string(dir.path().join("proposals.jsonl")).unwrap();
    let kept: Vec<&str> = written
        .lines()
        .filter(|l| l.contains("\"Baltic Water Watch\""))
        .collect();
    assert_eq!(kept.len(), 1, "{written}");
    let left_out = written.lines().count() - 1;
    assert!(left_out >= 1, "{written}");
    std::fs::write(dir.path().join("kept.jsonl"), kept[0].to_string() + "\n").unwrap();
    let proposal: Value = serde_json::from_str(kept[0]).unwrap();
    let id = proposal["id"].as_str().unwrap();
    let documents = proposal["discovered"]["documents"].as_u64().unwrap();

    let out = nomen(
        dir.path(),
        &["index", "--index", "idx", "--entities", "kept.jsonl", input],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("new directory"), "{}", stderr(&out));

    let out = nomen(
        dir.path(),
        &[
            "index",
            "--index",
            "idx2",
            "--entities",
            "kept.jsonl",
            input,
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let out = nomen(
        dir.path(),
        &["search", "--index", "idx2", "--entity-id", id, "--json"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let found: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(found["total"].as_u64(), Some(documents), "{found:#}");
    // What was left out is still unknown to the new index: discovering there proposes
    // it again, and not the kept entity.
    let again = proposals(&nomen(
        dir.path(),
        &["entities", "discover", "--index", "idx2", "--json"],
    ));
    assert!(named(&again, "Baltic Water Watch").is_none(), "{again:#?}");
    assert_eq!(again.len(), left_out, "{again:#?}");
}

#[test]
fn errors_are_clear() {
    let dir = tempfile::tempdir().unwrap();
    let out = nomen(dir.path(), &["entities", "discover"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("give INPUT files or --index DIR"),
        "{}",
        stderr(&out)
    );
    let out = nomen(dir.path(), &["entities", "discover", "-"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("standard input"), "{}", stderr(&out));
    let out = nomen(dir.path(), &["entities", "discover", "missing.jsonl"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("missing.jsonl"), "{}", stderr(&out));
    // Nothing to propose: exit 1.
    std::fs::write(dir.path().join("x.txt"), "nothing here at all.\n").unwrap();
    let out = nomen(dir.path(), &["entities", "discover", "x.txt"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
}

#[test]
fn the_same_proposals_in_every_run_on_one_or_two_threads() {
    let dir = tempfile::tempdir().unwrap();
    let input = corpus(dir.path());
    let input = input.to_str().unwrap();
    let run = |threads: &str| {
        let out = nomen(
            dir.path(),
            &[
                "entities",
                "discover",
                input,
                "--json",
                "--threads",
                threads,
            ],
        );
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        out.stdout
    };
    let first = run("1");
    assert!(!first.is_empty());
    for threads in ["1", "2", "2"] {
        assert!(
            run(threads) == first,
            "--threads {threads} gave other proposals"
        );
    }
}

/// Spanish articles: a body named with its place and alone, a body run into its
/// member's name, a person with two given names.
const BODIES: &[(&str, &str)] = &[
    ("b1", "Ayer votó la Junta Vecinal de Madrid en el pleno."),
    ("b2", "Ayer pagó la Junta Vecinal de Madrid la obra."),
    ("b3", "Ayer votó la Junta Vecinal en el pleno."),
    ("b4", "Ayer pagó la Junta Vecinal la obra."),
    (
        "b5",
        "Habló el juez de la Audiencia Provincial Tomás Ruidera ayer.",
    ),
    (
        "b6",
        "Vino el juez de la Audiencia Provincial Tomás Ruidera hoy.",
    ),
    ("b7", "Hoy juzgó la Audiencia Provincial el caso."),
    ("b8", "Ayer absolvió la Audiencia Provincial al acusado."),
    ("b9", "Lo dijo el alcalde Tomás Velilla. Velilla calló."),
    ("b10", "Lo dijo el alcalde Tomás Velilla. Velilla habló."),
];

#[test]
fn a_body_with_its_place_or_its_member_is_the_body() {
    let dir = tempfile::tempdir().unwrap();
    let filler = "Durante la sesión, según fuentes, la gente habló del tema.";
    let lines: Vec<String> = BODIES
        .iter()
        .map(|(id, body)| {
            serde_json::json!({"id": id, "title": "", "body": format!("{filler} {body}")})
                .to_string()
        })
        .collect();
    std::fs::write(dir.path().join("bodies.jsonl"), lines.join("\n") + "\n").unwrap();
    let check = |p: &[Value]| {
        // `Junta Vecinal de Madrid` is the body and its (known) place.
        assert!(named(p, "Junta Vecinal de Madrid").is_none(), "{p:#?}");
        let junta = named(p, "Junta Vecinal").unwrap_or_else(|| panic!("{p:#?}"));
        assert_eq!(junta["discovered"]["documents"], 4, "{junta:#}");
        // `Audiencia Provincial Tomás Ruidera` is the body, then its member.
        assert!(
            p.iter()
                .all(|x| !x["name"].as_str().unwrap().contains("Provincial Tomás")),
            "{p:#?}"
        );
        let court = named(p, "Audiencia Provincial").unwrap_or_else(|| panic!("{p:#?}"));
        assert_eq!(court["discovered"]["documents"], 4, "{court:#}");
        let judge = named(p, "Tomás Ruidera").unwrap_or_else(|| panic!("{p:#?}"));
        assert_eq!(judge["discovered"]["documents"], 2, "{judge:#}");
        // One person is not two.
        let mayor = named(p, "Tomás Velilla").unwrap_or_else(|| panic!("{p:#?}"));
        assert_eq!(mayor["kind"], "person", "{mayor:#}");
    };
    let out = nomen(
        dir.path(),
        &["entities", "discover", "bodies.jsonl", "--json"],
    );
    check(&proposals(&out));
    // The same from an index of the articles.
    let out = nomen(dir.path(), &["index", "--index", "idx", "bodies.jsonl"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let out = nomen(
        dir.path(),
        &["entities", "discover", "--index", "idx", "--json"],
    );
    check(&proposals(&out));
}

#[test]
fn a_weekday_or_month_run_into_nouns_is_no_name() {
    // German capitalises its nouns: a weekday or a month beside them (`seit
    // Donnerstag Vorsitzende`, `die Februars Bilanz`) is a date in the sentence;
    // `April Lindqvist`, whose surname the text never writes as a common word, is
    // a person though `im April` is a month.
    let dir = tempfile::tempdir().unwrap();
    let filler = "Die Regierung sagte am Abend, dass die Gespräche über die Steuer \
                  und die Haushaltslage noch Stunden dauern würden.";
    let lines: Vec<String> = (0..4)
        .map(|i| {
            let body = format!(
                "{filler} Die Ärztin ist seit Donnerstag Vorsitzende des Vereins. \
                 Die Zeitung lobte die Februars Bilanz der Firma. Im April sprach \
                 die Ministerin April Lindqvist vor der Presse. Lindqvist sagte am \
                 Donnerstag, die Vorsitzende habe die Bilanz im Februar gelobt."
            );
            serde_json::json!({"id": format!("de{i}"), "title": "", "body": body}).to_string()
        })
        .collect();
    std::fs::write(dir.path().join("de.jsonl"), lines.join("\n") + "\n").unwrap();
    let out = nomen(dir.path(), &["entities", "discover", "de.jsonl", "--json"]);
    let p = proposals(&out);
    for no in [
        "Donnerstag Vorsitzende",
        "Februars Bilanz",
        "Donnerstag",
        "Februars",
    ] {
        assert!(named(&p, no).is_none(), "{no}: {p:#?}");
    }
    let person = named(&p, "April Lindqvist").unwrap_or_else(|| panic!("{p:#?}"));
    assert_eq!(person["discovered"]["documents"], 4, "{person:#}");
}

#[test]
fn a_second_discovery_over_a_grown_index_reads_only_the_new_articles() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, articles: &[(&str, &str)]| {
        let lines: Vec<String> = articles
            .iter()
            .map(|(id, body)| serde_json::json!({"id": id, "title": "", "body": body}).to_string())
            .collect();
        std::fs::write(dir.path().join(name), lines.join("\n") + "\n").unwrap();
    };
    write("first.jsonl", &ARTICLES[..4]);
    write("more.jsonl", &ARTICLES[4..]);
    let index = |file: &str| {
        let out = nomen(dir.path(), &["index", "--index", "idx", file]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    };
    let discover = |out_file: &str| {
        let out = nomen(
            dir.path(),
            &["entities", "discover", "--index", "idx", "-o", out_file],
        );
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        (
            stderr(&out),
            std::fs::read_to_string(dir.path().join(out_file)).unwrap(),
        )
    };
    // (segments counted before, segments, articles read) of a run's summary line of
    // pass 1 or 2.
    let counts_of = |log: &str, pass: &str| -> (u32, u32, u32) {
        let line = log
            .lines()
            .find_map(|l| l.strip_prefix(&format!("nomen: pass {pass}: ")))
            .unwrap_or_else(|| panic!("{log}"));
        let n: Vec<u32> = line
            .split(|c: char| !c.is_ascii_digit())
            .filter_map(|w| w.parse().ok())
            .collect();
        (n[0], n[1], n[2])
    };
    let counts = |log: &str| counts_of(log, "1");
    let linked = |log: &str| counts_of(log, "2");
    let stores = ["idx/discover-candidates.bin", "idx/discover-mentions.bin"];
    index("first.jsonl");
    let (log, _) = discover("p1.jsonl");
    let (_, first, read) = counts(&log);
    assert_eq!((counts(&log).0, read), (0, 4), "{log}");
    assert_eq!(linked(&log), (0, first, 4), "{log}");
    for s in stores {
        assert!(dir.path().join(s).exists(), "{s}");
    }
    // Nothing new: nothing read, nothing linked (the same seeds).
    let (log, _) = discover("p1b.jsonl");
    assert_eq!(counts(&log), (first, first, 0), "{log}");
    assert_eq!(linked(&log), (first, first, 0), "{log}");
    // The index grows: only the new segments' articles are read; the new articles
    // give other seeds (`Tibor Kovač`), so pass 2 links every article again; the
    // proposals are those of a discovery that counts everything again.
    index("more.jsonl");
    let (log, incremental) = discover("p2.jsonl");
    let (reused, all, read) = counts(&log);
    assert!(all > first, "{log}");
    assert_eq!((reused, read), (first, 3), "{log}");
    assert_eq!(linked(&log), (0, all, 7), "{log}");
    for s in stores {
        std::fs::remove_file(dir.path().join(s)).unwrap();
    }
    let (log, scratch) = discover("p3.jsonl");
    assert_eq!(counts(&log), (0, all, 7), "{log}");
    assert_eq!(linked(&log), (0, all, 7), "{log}");
    assert_eq!(incremental, scratch);
    // Kovač the surgeon is only in the new articles.
    assert!(incremental.contains("Tibor Kovač"), "{incremental}");
    // Pass 1 counted again gives the same seeds: pass 2's counts serve.
    std::fs::remove_file(dir.path().join(stores[0])).unwrap();
    let (log, again) = discover("p3b.jsonl");
    assert_eq!(counts(&log), (0, all, 7), "{log}");
    assert_eq!(linked(&log), (all, all, 0), "{log}");
    assert_eq!(again, scratch);
    // Damaged stores are counted again, not trusted.
    std::fs::write(dir.path().join(stores[0]), b"NOMENDSC junk").unwrap();
    std::fs::write(dir.path().join(stores[1]), b"NOMENDSM junk").unwrap();
    let (log, again) = discover("p4.jsonl");
    assert_eq!(counts(&log), (0, all, 7), "{log}");
    assert_eq!(linked(&log), (0, all, 7), "{log}");
    assert_eq!(again, scratch);
    // Another --kind or --min-docs (the same seeds): nothing read, nothing linked.
    let out = nomen(
        dir.path(),
        &[
            "entities",
            "discover",
            "--index",
            "idx",
            "--kind",
            "person",
            "--min-docs",
            "3",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(counts(&stderr(&out)), (all, all, 0), "{}", stderr(&out));
    assert_eq!(linked(&stderr(&out)), (all, all, 0), "{}", stderr(&out));
    assert!(stdout(&out).contains("Østby"), "{}", stdout(&out));
    assert!(!stdout(&out).contains("Mirela Kovač"), "{}", stdout(&out));
    // Articles that change no seed: only their segment is linked in pass 2, and the
    // proposals are those of a discovery from scratch.
    write(
        "plain.jsonl",
        &[(
            "a8",
            "the rain went on and the dam held, however the bridge was late.",
        )],
    );
    index("plain.jsonl");
    let (log, grown) = discover("p5.jsonl");
    let (_, all2, _) = counts(&log);
    assert!(all2 > all, "{log}");
    assert_eq!(linked(&log), (all2 - 1, all2, 1), "{log}");
    for s in stores {
        std::fs::remove_file(dir.path().join(s)).unwrap();
    }
    let (_, scratch) = discover("p6.jsonl");
    assert_eq!(grown, scratch);
}
