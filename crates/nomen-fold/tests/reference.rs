//! nomen-fold checked against reference data made by others.
//!
//! * Lucene's ASCIIFoldingFilter table (`data/test-vectors/lucene-ascii-folding.tsv`,
//!   1,242 characters): every mapping whose result is letters or digits (a pure
//!   accent or letter fold) agrees with our folded view, up to case; the handful we
//!   differ on, and every punctuation mapping we do not follow, are listed below
//!   with the reason.
//! * Unicode's `NormalizationTest.txt`: the five forms c1..c5 of every line fold
//!   identically, in both views.
//! * Unicode's `CaseFolding.txt`: for every `C` and `F` line, the character and its
//!   folding fold identically, in both views (`T`, the Turkic-only lines, aside).
//!
//! The Unicode files are read from the directory in `$NOMEN_UNICODE_DATA` (CI installs
//! Debian's `unicode-data` and sets it to `/usr/share/unicode`). When the variable is
//! unset those two tests print a note and pass; when it is set and a file is missing
//! they fail.

use std::path::PathBuf;

use nomen_fold::{fold, fold_exact};

/// Letters and digits where our folded view deliberately differs from Lucene.
const LETTER_DIFFERENCES: &[(char, &str)] = &[
    (
        'ẛ',
        "long s with dot above is an s (Lucene says f, a visual confusion of ſ with f)",
    ),
    (
        'ŉ',
        "NFKC spells it ʼn and ʼ is an apostrophe: we give 'n; the token is n either way",
    ),
];

/// Punctuation and symbols Lucene rewrites and we keep: they are not letters, they
/// separate tokens either way, and rewriting ornaments buys no match.
const PUNCTUATION_KEPT: &[(char, &str)] = &[
    (
        '″',
        "double prime: NFKC makes it ′′, two apostrophes here, one quote in Lucene",
    ),
    ('‶', "reversed double prime: NFKC makes it ‵‵, kept as such"),
    ('❝', "quotation ornament"),
    ('❞', "quotation ornament"),
    ('❮', "quotation ornament"),
    ('❯', "quotation ornament"),
    ('❛', "quotation ornament"),
    ('❜', "quotation ornament"),
    ('⁅', "bracket with quill"),
    ('⁆', "bracket with quill"),
    ('❲', "bracket ornament"),
    ('❳', "bracket ornament"),
    ('❨', "parenthesis ornament"),
    ('❪', "parenthesis ornament"),
    ('❩', "parenthesis ornament"),
    ('❫', "parenthesis ornament"),
    ('⸨', "double parenthesis"),
    ('⸩', "double parenthesis"),
    ('❬', "angle bracket ornament"),
    ('❰', "angle bracket ornament"),
    ('❭', "angle bracket ornament"),
    ('❱', "angle bracket ornament"),
    ('❴', "curly bracket ornament"),
    ('❵', "curly bracket ornament"),
    ('⁒', "commercial minus sign"),
    ('⁎', "low asterisk"),
    (
        '⁄',
        "fraction slash: NFKC of ½ is 1⁄2; kept so the exact and folded views agree",
    ),
    ('⁏', "reversed semicolon"),
    ('‸', "caret"),
    ('⁓', "swung dash"),
];

#[test]
fn lucene_ascii_folding_agrees() {
    let mut rows = 0;
    let mut letters = 0;
    let mut failures = Vec::new();
    let mut used_differences = Vec::new();
    for row in nomen_testdata::lucene_rows() {
        let (input, lucene) = (&row.input, &row.lucene);
        let c = input.chars().next().expect("one char a row");
        assert_eq!(format!("U+{:04X}", c as u32), row.code, "line {}", row.line);
        rows += 1;
        let ours = fold(input);
        let agrees = *ours == lucene.to_lowercase();
        let is_letter_fold = lucene.chars().all(|l| l.is_ascii_alphanumeric());
        let listed = if is_letter_fold {
            letters += 1;
            LETTER_DIFFERENCES.iter().find(|d| d.0 == c)
        } else {
            PUNCTUATION_KEPT.iter().find(|d| d.0 == c)
        };
        match (agrees, listed) {
            (true, None) => {}
            (true, Some(_)) => failures.push(format!(
                "{} {c}: listed as a difference but agrees with Lucene ({lucene:?})",
                row.code
            )),
            (false, Some(d)) => used_differences.push(d.0),
            (false, None) => failures.push(format!(
                "{} {c} ({}): Lucene {lucene:?}, nomen {ours:?}",
                row.code, row.note
            )),
        }
    }
    assert_eq!(rows, 1242, "the whole Lucene table");
    assert!(letters > 1000);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert_eq!(
        used_differences.len(),
        LETTER_DIFFERENCES.len() + PUNCTUATION_KEPT.len(),
        "a listed difference is not in the table"
    );
}

/// A file of the Unicode data directory, or `None` (with a note) when not configured.
///
/// Debian ships `NormalizationTest.txt` compressed: when only `<file>.bz2` exists it
/// is read through `bzip2 -dc`.
fn unicode_data(file: &str) -> Option<String> {
    let Some(dir) = std::env::var_os("NOMEN_UNICODE_DATA") else {
        eprintln!("note: NOMEN_UNICODE_DATA is not set; skipping the {file} check");
        return None;
    };
    let path = PathBuf::from(dir).join(file);
    let compressed = path.with_file_name(format!("{file}.bz2"));
    if !path.exists() && compressed.exists() {
        let out = std::process::Command::new("bzip2")
            .arg("-dc")
            .arg(&compressed)
            .output()
            .unwrap_or_else(|e| panic!("cannot run bzip2 on {}: {e}", compressed.display()));
        assert!(
            out.status.success(),
            "bzip2 -dc {} failed",
            compressed.display()
        );
        return Some(String::from_utf8(out.stdout).expect("UTF-8 Unicode data"));
    }
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(text),
        Err(e) => panic!(
            "NOMEN_UNICODE_DATA is set but {} cannot be read: {e}",
            path.display()
        ),
    }
}

/// Code points written as space-separated hex, as in the Unicode data files.
fn code_points(field: &str, line: usize) -> String {
    field
        .split_whitespace()
        .map(|h| {
            let n =
                u32::from_str_radix(h, 16).unwrap_or_else(|e| panic!("line {line}: {h:?}: {e}"));
            char::from_u32(n).unwrap_or_else(|| panic!("line {line}: U+{n:X}"))
        })
        .collect()
}

#[test]
fn normalization_test_forms_fold_alike() {
    let Some(text) = unicode_data("NormalizationTest.txt") else {
        return;
    };
    let mut checked = 0;
    let mut failures = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line_no = n + 1;
        let data = line.split('#').next().unwrap_or("").trim();
        if data.is_empty() || data.starts_with('@') {
            continue;
        }
        let forms: Vec<String> = data
            .split(';')
            .take(5)
            .map(|f| code_points(f, line_no))
            .collect();
        assert_eq!(forms.len(), 5, "NormalizationTest.txt line {line_no}");
        let (f0, e0) = (fold(&forms[0]), fold_exact(&forms[0]));
        for form in &forms[1..] {
            if fold(form) != f0 || fold_exact(form) != e0 {
                failures.push(format!(
                    "NormalizationTest.txt line {line_no}: {:?} folds to {:?}/{:?}, {form:?} to {:?}/{:?}",
                    forms[0],
                    f0,
                    e0,
                    fold(form),
                    fold_exact(form)
                ));
            }
        }
        checked += 1;
    }
    assert!(checked > 15_000, "only {checked} lines");
    let n = failures.len();
    failures.truncate(30);
    assert!(n == 0, "{n} failures:\n{}", failures.join("\n"));
}

#[test]
fn case_folding_pairs_fold_alike() {
    let Some(text) = unicode_data("CaseFolding.txt") else {
        return;
    };
    let mut checked = 0;
    let mut failures = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line_no = n + 1;
        let data = line.split('#').next().unwrap_or("").trim();
        if data.is_empty() {
            continue;
        }
        let fields: Vec<&str> = data.split(';').map(str::trim).collect();
        assert!(fields.len() >= 3, "CaseFolding.txt line {line_no}");
        if !matches!(fields[1], "C" | "F") {
            continue;
        }
        let code = code_points(fields[0], line_no);
        let mapping = code_points(fields[2], line_no);
        for (view, a, b) in [
            ("folded", fold(&code), fold(&mapping)),
            ("exact", fold_exact(&code), fold_exact(&mapping)),
        ] {
            if a != b {
                failures.push(format!(
                    "CaseFolding.txt line {line_no} ({view}): {code:?} → {a:?}, its folding {mapping:?} → {b:?}"
                ));
            }
        }
        checked += 1;
    }
    assert!(checked > 1_400, "only {checked} lines");
    let n = failures.len();
    failures.truncate(30);
    assert!(n == 0, "{n} failures:\n{}", failures.join("\n"));
}
