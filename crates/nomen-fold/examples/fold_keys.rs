//! Prints, for each line of standard input, the name key nomen matches it on: its
//! folded tokens joined by single spaces (the token sequence the linker's dictionary
//! holds). Used by `scripts/data/places.py` to compare place names with nomen's own
//! folding, which Python can only approximate.
//!
//! ```text
//! printf 'Москва\nNICOLÁS  Maduro’s\n' | cargo run --release -p nomen-fold --example fold_keys
//! moskva
//! nicolas maduro's
//! ```

use std::io::{BufRead, BufWriter, Write};

use nomen_fold::{Folded, Folder, View};

fn main() -> std::io::Result<()> {
    let folder = Folder::new();
    let mut folded = Folded::new();
    let stdin = std::io::stdin().lock();
    let mut out = BufWriter::new(std::io::stdout().lock());
    for line in stdin.lines() {
        let line = line?;
        folder.fold_into(&line, View::Folded, &mut folded);
        let mut first = true;
        for token in folded.tokens() {
            if !first {
                out.write_all(b" ")?;
            }
            out.write_all(token.text.as_bytes())?;
            first = false;
        }
        out.write_all(b"\n")?;
    }
    out.flush()
}
