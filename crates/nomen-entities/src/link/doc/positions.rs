//! The tokens of a field that stand for one dictionary token, found by comparing the
//! field's token ids several at a time.
//!
//! Many of the linker's questions read the whole document for one word: is it
//! written after a given name somewhere ([`super::Doc::person_in_document`]), after
//! a state's name, as an acronym defined otherwise, ... Each was a walk over the
//! field's tokens comparing each token's id, one token (a large struct) at a time.
//! The field also keeps its tokens' ids side by side ([`super::FieldText::ids`]),
//! and [`Positions`] compares [`LANES`] of them at once (a vector compare on any
//! x86-64): a word that a long speech writes a few times is found by reading few
//! tokens one by one.

/// Ids compared at once.
const LANES: usize = 8;

/// The indices of the ids equal to `id`, in order ([`positions`]).
pub(super) struct Positions<'i> {
    ids: &'i [u32],
    id: u32,
    at: usize,
}

/// The indices `i` with `ids[i] == id`, in increasing order.
pub(super) fn positions(ids: &[u32], id: u32) -> Positions<'_> {
    Positions { ids, id, at: 0 }
}

impl Iterator for Positions<'_> {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        loop {
            // Whole groups of ids without `id` are passed over at once (from a
            // group's start only: a group is read again from where the last
            // position was found).
            while self.at % LANES == 0 {
                let Some(group) = self.ids.get(self.at..self.at + LANES) else {
                    break;
                };
                if group.iter().fold(false, |any, &x| any | (x == self.id)) {
                    break;
                }
                self.at += LANES;
            }
            let i = self.at;
            let &x = self.ids.get(i)?;
            self.at += 1;
            if x == self.id {
                return Some(i);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same indices as a plain scan, for ids placed at every offset of a
    /// group, at the ends, and in runs.
    #[test]
    fn finds_what_a_plain_scan_finds() {
        for len in [0usize, 1, 7, 8, 9, 15, 16, 17, 33, 64] {
            for pattern in 0..12u32 {
                let ids: Vec<u32> = (0..len as u32)
                    .map(|i| {
                        if (i * 7 + pattern) % (pattern + 2) == 0 {
                            5
                        } else {
                            i + 100
                        }
                    })
                    .collect();
                for id in [5, 100, 100 + len as u32 - 1.min(len as u32), 4] {
                    let want: Vec<usize> = (0..len).filter(|&i| ids[i] == id).collect();
                    assert_eq!(
                        positions(&ids, id).collect::<Vec<_>>(),
                        want,
                        "{ids:?} {id}"
                    );
                }
            }
        }
    }

    #[test]
    fn every_token_of_a_run_of_one_id() {
        let ids = [3u32; 20];
        assert_eq!(positions(&ids, 3).count(), 20);
        assert_eq!(positions(&ids, 4).count(), 0);
    }
}
