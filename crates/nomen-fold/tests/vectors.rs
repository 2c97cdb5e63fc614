//! The shared test vectors (`data/test-vectors/fold.tsv`) run against the folder:
//! both views, the tokens and their offsets, and the NFC/NFD spellings of every input.

use nomen_fold::{fold, fold_exact, Folded, Folder, View};
use unicode_normalization::UnicodeNormalization;

use nomen_testdata::fold_cases as cases;

#[test]
fn the_file_has_hundreds_of_distinct_cases() {
    let cases = cases();
    assert!(cases.len() >= 300, "only {} cases", cases.len());
    let mut inputs: Vec<_> = cases.iter().map(|c| c.input.as_str()).collect();
    inputs.sort_unstable();
    let before = inputs.len();
    inputs.dedup();
    // One name is repeated on purpose (see its comment); no other duplicates.
    assert!(before - inputs.len() <= 1, "duplicate inputs");
}

#[test]
fn folder_views_match_the_vectors() {
    let mut failures = Vec::new();
    for case in cases() {
        let f = fold(&case.input);
        let e = fold_exact(&case.input);
        if f != case.folded || e != case.exact {
            failures.push(format!(
                "line {} ({}): {:?} folds to {f:?} / {e:?}, want {:?} / {:?}",
                case.line, case.comment, case.input, case.folded, case.exact
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn equivalent_spellings_match_the_vectors() {
    for case in cases() {
        for variant in [
            case.input.nfc().collect::<String>(),
            case.input.nfd().collect(),
            case.input.nfkc().collect(),
        ] {
            assert_eq!(fold(&variant), case.folded, "line {}", case.line);
            assert_eq!(fold_exact(&variant), case.exact, "line {}", case.line);
        }
    }
}

#[test]
fn tokens_map_back_to_the_original() {
    let folder = Folder::new();
    let mut folded = Folded::new();
    for case in cases() {
        for (view, want) in [(View::Folded, &case.folded), (View::Exact, &case.exact)] {
            folder.fold_into(&case.input, view, &mut folded);
            assert_eq!(folded.as_str(), want, "line {}", case.line);
            let mut last_start = 0;
            for t in folded.tokens() {
                let r = t.original.clone();
                assert!(
                    case.input.is_char_boundary(r.start) && case.input.is_char_boundary(r.end),
                    "line {}: {r:?}",
                    case.line
                );
                assert!(!r.is_empty(), "line {}: empty range", case.line);
                assert!(r.start >= last_start, "line {}: not monotonic", case.line);
                last_start = r.start;
                // The original slice folds to text that contains the token.
                let again = folder.fold_view(&case.input[r.clone()], view);
                assert!(
                    again.contains(t.text),
                    "line {}: token {:?} from {:?} refolds to {again:?}",
                    case.line,
                    t.text,
                    &case.input[r]
                );
            }
        }
    }
}
