//! The shared test vectors of nomen, read from `data/test-vectors/` and parsed in one
//! place, for the tests of every layer that must agree on them: the folder
//! (`nomen-fold`), the tantivy analyzers (`nomen-index`) and the binary (`nomen-cli`).
//!
//! The files are embedded at compile time, so a test needs no path at run time.
//! A malformed line is a bug in the data: the loaders panic with its file and line
//! (this crate exists only for tests).
//!
//! # File format
//!
//! Tab-separated; lines starting with `#` and blank lines are ignored. In any field,
//! `\u{XXXX}` stands for that character (invisible characters, unusual spaces and
//! decomposed spellings, which an editor would hide or recompose) and `\\` for a
//! backslash.

/// `data/test-vectors/fold.tsv`: the folding behaviour, one case a line.
pub const FOLD_TSV: &str = include_str!("../../../data/test-vectors/fold.tsv");

/// `data/test-vectors/lucene-ascii-folding.tsv`: Lucene's ASCII-folding table.
pub const LUCENE_TSV: &str = include_str!("../../../data/test-vectors/lucene-ascii-folding.tsv");

/// One case of `fold.tsv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoldCase {
    /// 1-based line number in `fold.tsv`.
    pub line: usize,
    /// The text to fold.
    pub input: String,
    /// The expected folded view.
    pub folded: String,
    /// The expected exact view.
    pub exact: String,
    /// What the case checks.
    pub comment: String,
}

/// The inputs of every case of `fold.tsv`, in file order, then `extra`: the texts a
/// test of folding-based code runs over.
pub fn fold_inputs_and<'a>(extra: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    fold_cases()
        .into_iter()
        .map(|c| c.input)
        .chain(extra.into_iter().map(str::to_string))
        .collect()
}

/// Every case of `fold.tsv`, in file order.
pub fn fold_cases() -> Vec<FoldCase> {
    rows("fold.tsv", FOLD_TSV, 4)
        .map(|(line, f)| {
            assert!(!f[3].trim().is_empty(), "fold.tsv line {line}: no comment");
            FoldCase {
                line,
                input: unescape(f[0], "fold.tsv", line),
                folded: unescape(f[1], "fold.tsv", line),
                exact: unescape(f[2], "fold.tsv", line),
                comment: f[3].to_string(),
            }
        })
        .collect()
}

/// One row of `lucene-ascii-folding.tsv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LuceneRow {
    /// 1-based line number in the file.
    pub line: usize,
    /// The code point as written in the file (`U+00C0`).
    pub code: String,
    /// The character.
    pub input: String,
    /// What Lucene's ASCIIFoldingFilter makes of it.
    pub lucene: String,
    /// The fourth column (the character's name or a note).
    pub note: String,
}

/// Every row of `lucene-ascii-folding.tsv`, in file order.
pub fn lucene_rows() -> Vec<LuceneRow> {
    const FILE: &str = "lucene-ascii-folding.tsv";
    rows(FILE, LUCENE_TSV, 4)
        .map(|(line, f)| LuceneRow {
            line,
            code: f[0].to_string(),
            input: unescape(f[1], FILE, line),
            lucene: unescape(f[2], FILE, line),
            note: f[3].to_string(),
        })
        .collect()
}

/// The data lines of `text` (not comments, not blank), each with its 1-based line
/// number and its `width` tab-separated fields.
fn rows<'a>(
    file: &'a str,
    text: &'a str,
    width: usize,
) -> impl Iterator<Item = (usize, Vec<&'a str>)> + 'a {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty())
        .map(move |(n, l)| {
            let fields: Vec<&str> = l.split('\t').collect();
            assert_eq!(
                fields.len(),
                width,
                "{file} line {}: want {width} TAB-separated fields",
                n + 1
            );
            (n + 1, fields)
        })
}

/// Replaces `\u{XXXX}` with the character and `\\` with a backslash; `file` and
/// `line` name the field in the panic message of a malformed escape.
pub fn unescape(field: &str, file: &str, line: usize) -> String {
    let mut out = String::with_capacity(field.len());
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
                .unwrap_or_else(|| panic!("{file} line {line}: unclosed \\u{{"));
            let code = u32::from_str_radix(&tail[..end], 16)
                .unwrap_or_else(|e| panic!("{file} line {line}: bad \\u{{{}}}: {e}", &tail[..end]));
            let c = char::from_u32(code)
                .unwrap_or_else(|| panic!("{file} line {line}: U+{code:X} is not a char"));
            out.push(c);
            rest = &tail[end + 1..];
        } else {
            panic!("{file} line {line}: stray backslash in {field:?}");
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_are_decoded() {
        assert_eq!(unescape(r"a\u{301}\\b", "t", 1), "a\u{301}\\b");
        assert_eq!(unescape("plain", "t", 1), "plain");
    }

    #[test]
    #[should_panic(expected = "t line 7: stray backslash")]
    fn a_stray_backslash_names_the_line() {
        unescape(r"a\x", "t", 7);
    }

    #[test]
    fn both_files_parse() {
        assert!(fold_cases().len() >= 300);
        let inputs = fold_inputs_and(["extra"]);
        assert_eq!(inputs.len(), fold_cases().len() + 1);
        assert_eq!(inputs.last().map(String::as_str), Some("extra"));
        let rows = lucene_rows();
        assert!(rows.len() > 1000);
        assert!(rows.iter().all(|r| r.input.chars().count() == 1));
    }
}
