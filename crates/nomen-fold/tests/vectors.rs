//! The shared test vectors (`data/test-vectors/fold.tsv`) run against the folder:
//! both views, the tokens and their offsets, and the NFC/NFD spellings of every input.

use nomen_fold::{fold, fold_exact, Folded, Folder, View};
use unicode_normalization::UnicodeNormalization;

const VECTORS: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../data/test-vectors/fold.tsv"
));

/// One line of the vector file.
struct Case {
    line: usize,
    input: String,
    folded: String,
    exact: String,
    comment: String,
}

/// Replaces `\u{XXXX}` with the character and `\\` with a backslash.
fn unescape(field: &str, line: usize) -> String {
    let mut out = String::new();
    let mut rest = field;
    while let Some(pos) = rest.find('\\') {
        out.push_str(&rest[..pos]);
        rest = &rest[pos..];
        if let Some(tail) = rest.strip_prefix("\\\\") {
            out.push('\\');
            rest = tail;
        } else if let Some(tail) = rest.strip_prefix("\\u{") {
            let end = tail
                .find('}')
                .unwrap_or_else(|| panic!("line {line}: unclosed \\u{{"));
            let code = u32::from_str_radix(&tail[..end], 16)
                .unwrap_or_else(|e| panic!("line {line}: bad \\u{{{}}}: {e}", &tail[..end]));
            let c = char::from_u32(code)
                .unwrap_or_else(|| panic!("line {line}: U+{code:X} is not a char"));
            out.push(c);
            rest = &tail[end + 1..];
        } else {
            panic!("line {line}: stray backslash in {field:?}");
        }
    }
    out.push_str(rest);
    out
}

fn cases() -> Vec<Case> {
    let mut cases = Vec::new();
    for (n, raw) in VECTORS.lines().enumerate() {
        let line = n + 1;
        if raw.starts_with('#') || raw.trim().is_empty() {
            continue;
        }
        let fields: Vec<&str> = raw.split('\t').collect();
        assert_eq!(fields.len(), 4, "line {line}: want 4 TAB-separated fields");
        assert!(!fields[3].trim().is_empty(), "line {line}: no comment");
        cases.push(Case {
            line,
            input: unescape(fields[0], line),
            folded: unescape(fields[1], line),
            exact: unescape(fields[2], line),
            comment: fields[3].to_string(),
        });
    }
    cases
}

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
