//! The dictionary's arrays, either in memory (a dictionary just built) or in place in
//! a memory-mapped cache file (a dictionary read back: see [`super::cache`]).
//!
//! Reading a cached dictionary used to copy and decode every array and rebuild its two
//! hash tables: for the built-in gazetteer, a fifth of a `nomen search --entity` run,
//! although a query touches a few hundred bytes of them. A [`Store`] read from a file
//! is a range of the mapping, used as it lies: opening costs the checks of its
//! contents, and the pages a lookup touches are the only ones read.
//!
//! A type can lie in a mapping when it is [`Stored`]: its in-memory form is the bytes
//! [`Stored::write`] makes (fixed layout, little-endian, padding zeroed), and
//! [`Stored::valid`] tells which byte patterns are values of it (all, for integers).

use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

use memmap2::Mmap;

/// A value that can be read in place from the bytes [`Stored::write`] makes.
///
/// # Safety
///
/// `size_of::<Self>()` bytes written by `write`, or any other bytes of that length
/// for which `valid` is true, must be a valid `Self` on a little-endian target, at an
/// address aligned to `align_of::<Self>()`.
pub(crate) unsafe trait Stored: Copy + 'static {
    /// Appends the value's `size_of::<Self>()` bytes (padding as zeros).
    fn write(&self, out: &mut Vec<u8>);
    /// True when `bytes` (`size_of::<Self>()` of them) are a value of the type.
    fn valid(bytes: &[u8]) -> bool {
        let _ = bytes;
        true
    }
}

// SAFETY: every byte pattern is an integer, written in little-endian order, no padding.
unsafe impl Stored for u8 {
    fn write(&self, out: &mut Vec<u8>) {
        out.push(*self);
    }
}

// SAFETY: as for `u8`.
unsafe impl Stored for u16 {
    fn write(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.to_le_bytes());
    }
}

// SAFETY: as for `u8`.
unsafe impl Stored for u32 {
    fn write(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.to_le_bytes());
    }
}

// SAFETY: as for `u8`.
unsafe impl Stored for u64 {
    fn write(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.to_le_bytes());
    }
}

// SAFETY: a bool is one byte, 0 or 1, which `valid` checks.
unsafe impl Stored for bool {
    fn write(&self, out: &mut Vec<u8>) {
        out.push(u8::from(*self));
    }
    fn valid(bytes: &[u8]) -> bool {
        bytes[0] <= 1
    }
}

/// Where a [`Store`] read from a file lies: `len` values from byte `start` of `file`,
/// whose address is `at` (kept, so that reading an element is one load of the
/// pointer, not two through the `Arc` and the mapping: the tagger reads them for
/// every word of a text).
#[derive(Clone)]
pub(crate) struct Mapped {
    /// The mapping `at` points into, kept alive while the store is.
    _file: Arc<Mmap>,
    at: *const u8,
    start: usize,
    len: usize,
}

// SAFETY: `at` points into the mapping that `_file` keeps alive, whose bytes never
// change (see `Store::deref`); it is only read, like the `Mmap` itself, which is
// `Send` and `Sync`.
unsafe impl Send for Mapped {}
// SAFETY: as for `Send`.
unsafe impl Sync for Mapped {}

/// An array of `T`, owned or in place in a mapped file (see the module docs).
#[derive(Clone)]
pub(crate) enum Store<T: Stored> {
    Owned(Vec<T>),
    Mapped(Mapped),
}

impl<T: Stored> Default for Store<T> {
    fn default() -> Self {
        Store::Owned(Vec::new())
    }
}

impl<T: Stored> From<Vec<T>> for Store<T> {
    fn from(v: Vec<T>) -> Self {
        Store::Owned(v)
    }
}

impl<T: Stored + fmt::Debug> fmt::Debug for Store<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Store::Owned(v) => write!(f, "Owned({} items)", v.len()),
            Store::Mapped(m) => write!(f, "Mapped({} items at {})", m.len, m.start),
        }
    }
}

impl<T: Stored> Deref for Store<T> {
    type Target = [T];

    #[inline]
    fn deref(&self) -> &[T] {
        match self {
            Store::Owned(v) => v,
            Store::Mapped(m) => {
                // SAFETY: `Store::map` checked that the range lies in the mapping, is
                // aligned for `T` and holds valid values of `T` (a `Stored` type), on
                // a little-endian target; the mapping lives as long as `m._file` and
                // its bytes never change (cache files are replaced whole, never
                // written in place).
                // (`m.at` is the mapping's address plus `m.start`.)
                unsafe { std::slice::from_raw_parts(m.at.cast::<T>(), m.len) }
            }
        }
    }
}

impl<T: Stored> Store<T> {
    /// The vector, to fill while building (a mapped store is copied first).
    pub(crate) fn vec(&mut self) -> &mut Vec<T> {
        if let Store::Mapped(_) = self {
            *self = Store::Owned(self.to_vec());
        }
        match self {
            Store::Owned(v) => v,
            Store::Mapped(_) => unreachable!("just made owned"),
        }
    }

    /// Bytes of memory it takes (its capacity when owned; a mapped store's pages are
    /// the file's, counted by their size).
    pub(crate) fn bytes(&self) -> usize {
        let n = match self {
            Store::Owned(v) => v.capacity(),
            Store::Mapped(m) => m.len,
        };
        n * std::mem::size_of::<T>()
    }

    /// The `len` values at byte `start` of `file`, in place, or `None` when they are
    /// not all in the file, not aligned, not valid values of `T`, or the target is
    /// not little-endian.
    pub(crate) fn map(file: &Arc<Mmap>, start: usize, len: usize) -> Option<Store<T>> {
        let size = std::mem::size_of::<T>();
        let end = start.checked_add(len.checked_mul(size)?)?;
        let bytes = file.get(start..end)?;
        if !cfg!(target_endian = "little")
            || (file.as_ptr() as usize + start) % std::mem::align_of::<T>() != 0
        {
            return None;
        }
        if size > 0 && !bytes.chunks_exact(size).all(T::valid) {
            return None;
        }
        Some(Store::Mapped(Mapped {
            _file: Arc::clone(file),
            at: bytes.as_ptr(),
            start,
            len,
        }))
    }
}

/// UTF-8 text, owned or in place in a mapped file: a [`Store`] of bytes checked once.
#[derive(Clone, Default, Debug)]
pub(crate) struct Text(Store<u8>);

impl Text {
    /// The text of `bytes`, or `None` when they are not UTF-8.
    pub(crate) fn new(bytes: Store<u8>) -> Option<Text> {
        std::str::from_utf8(&bytes).ok()?;
        Some(Text(bytes))
    }

    /// Appends `s` (a mapped text is copied first).
    pub(crate) fn push_str(&mut self, s: &str) {
        self.0.vec().extend_from_slice(s.as_bytes());
    }

    /// Bytes of memory it takes (see [`Store::bytes`]).
    pub(crate) fn bytes(&self) -> usize {
        self.0.bytes()
    }
}

impl Deref for Text {
    type Target = str;

    #[inline]
    fn deref(&self) -> &str {
        // SAFETY: `Text::new` checked the bytes, `push_str` only appends a `str`, and
        // the bytes of a mapped store never change.
        unsafe { std::str::from_utf8_unchecked(&self.0) }
    }
}

/// Appends `items` to `out` for [`Store::map`]: their count (`u64`), zeros up to a
/// multiple of [`ALIGN`] of the file, then their bytes.
pub(crate) fn write<T: Stored>(out: &mut Vec<u8>, items: &[T]) {
    out.extend_from_slice(&(items.len() as u64).to_le_bytes());
    pad(out);
    out.reserve(std::mem::size_of_val(items));
    for item in items {
        item.write(out);
    }
}

/// The alignment of every array in a file ([`write`]): that of the most aligned
/// [`Stored`] type.
pub(crate) const ALIGN: usize = 32;

fn pad(out: &mut Vec<u8>) {
    while out.len() % ALIGN != 0 {
        out.push(0);
    }
}

/// Reads the array [`write`] put at `*pos` of `file`, in place, and moves `*pos`
/// past it.
pub(crate) fn read<T: Stored>(file: &Arc<Mmap>, pos: &mut usize) -> Option<Store<T>> {
    let len = file.get(*pos..pos.checked_add(8)?)?;
    let len = usize::try_from(u64::from_le_bytes(len.try_into().ok()?)).ok()?;
    let start = (*pos + 8).div_ceil(ALIGN).checked_mul(ALIGN)?;
    let store = Store::map(file, start, len)?;
    *pos = start + len * std::mem::size_of::<T>();
    Some(store)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mapped(bytes: &[u8]) -> Arc<Mmap> {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static FILES: AtomicUsize = AtomicUsize::new(0);
        let n = FILES.fetch_add(1, Ordering::Relaxed);
        let path = std::env::temp_dir().join(format!("nomen-store-{}-{n}", std::process::id()));
        std::fs::write(&path, bytes).unwrap();
        let file = std::fs::File::open(&path).unwrap();
        // SAFETY: a private temporary file nobody else writes (removed once mapped).
        let map = Arc::new(unsafe { Mmap::map(&file) }.unwrap());
        std::fs::remove_file(&path).unwrap();
        map
    }

    /// The four arrays of the test file.
    type Four = (Store<u32>, Store<bool>, Store<u64>, Store<u64>);

    /// The four arrays of the test file, read from `bytes` (`None` from the first
    /// refused).
    fn read_all(bytes: &[u8]) -> Option<Four> {
        let file = mapped(bytes);
        let mut pos = 6;
        let all = (
            read(&file, &mut pos)?,
            read(&file, &mut pos)?,
            read(&file, &mut pos)?,
            read(&file, &mut pos)?,
        );
        assert_eq!(pos, bytes.len());
        Some(all)
    }

    #[test]
    fn arrays_are_read_back_in_place() {
        let mut out = b"header".to_vec();
        write(&mut out, &[1u32, 2, u32::MAX]);
        write(&mut out, &[true, false]);
        write::<u64>(&mut out, &[]);
        write(&mut out, &[7u64]);
        // Each array starts at a multiple of 32: the bools at 64, the last u64 at 128.
        assert_eq!(out.len(), 136);
        let (a, b, c, d) = read_all(&out).unwrap();
        assert_eq!(&a[..], &[1, 2, u32::MAX]);
        assert_eq!(&b[..], &[true, false]);
        assert!(c.is_empty());
        assert_eq!(&d[..], &[7]);
        assert!(matches!(a, Store::Mapped(_)));
        // A bool that is neither, or a file cut short: refused.
        let mut bad = out.clone();
        bad[64] = 2;
        assert!(read_all(&bad).is_none());
        assert!(read_all(&out[..out.len() - 4]).is_none());
    }

    #[test]
    fn a_mapped_store_becomes_owned_to_be_changed() {
        let mut out = Vec::new();
        write(&mut out, &[5u32, 6]);
        let file = mapped(&out);
        let mut s: Store<u32> = read(&file, &mut 0).unwrap();
        s.vec().push(7);
        assert!(matches!(s, Store::Owned(_)));
        assert_eq!(&s[..], &[5, 6, 7]);
    }
}
