//! Dates in and out: `YYYY-MM-DD`, RFC 3339 and its common relatives, as UTC seconds.
//!
//! A small exact parser rather than a dependency: article dates come in few shapes,
//! and everything is converted to UTC seconds for tantivy's date field.

/// The earliest date the index stores, 1678-01-01T00:00:00Z, in UTC seconds: tantivy
/// keeps dates as nanoseconds in an `i64`, which reach from 1677-09-21 to 2262-04-11.
pub const MIN_SECS: i64 = -9_214_560_000;
/// The end (exclusive) of the dates the index stores, 2262-01-01T00:00:00Z.
pub const MAX_SECS: i64 = 9_214_646_400;

/// True when the index can store `secs` as a date ([`MIN_SECS`] to [`MAX_SECS`]).
pub fn in_range(secs: i64) -> bool {
    (MIN_SECS..MAX_SECS).contains(&secs)
}

/// Parses `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS[.fraction]]` (also with a space instead
/// of `T`), optionally followed by `Z` or an offset `±HH:MM` / `±HHMM`; without an
/// offset the time is taken as UTC. Returns seconds since the Unix epoch.
pub fn parse_timestamp(text: &str) -> Option<i64> {
    let s = text.trim().as_bytes();
    let num = |range: std::ops::Range<usize>| -> Option<i64> {
        let part = s.get(range)?;
        if part.is_empty() || !part.iter().all(u8::is_ascii_digit) {
            return None;
        }
        std::str::from_utf8(part).ok()?.parse().ok()
    };
    if s.len() < 10 || s[4] != b'-' || s[7] != b'-' {
        return None;
    }
    let year = num(0..4)?;
    let month = num(5..7)?;
    let day = num(8..10)?;
    if !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
        return None;
    }
    let mut secs = days_from_civil(year, month, day) * 86_400;
    let mut rest = &s[10..];
    if rest.is_empty() {
        return Some(secs);
    }
    if rest[0] != b'T' && rest[0] != b't' && rest[0] != b' ' {
        return None;
    }
    let time = &rest[1..];
    if time.len() < 5 || time[2] != b':' {
        return None;
    }
    let two = |b: &[u8]| -> Option<i64> {
        if b.len() == 2 && b.iter().all(u8::is_ascii_digit) {
            Some(i64::from(b[0] - b'0') * 10 + i64::from(b[1] - b'0'))
        } else {
            None
        }
    };
    let hour = two(&time[0..2])?;
    let minute = two(&time[3..5])?;
    let mut second = 0;
    rest = &time[5..];
    if rest.first() == Some(&b':') {
        second = two(rest.get(1..3)?)?;
        rest = &rest[3..];
        if rest.first() == Some(&b'.') || rest.first() == Some(&b',') {
            let digits = rest[1..].iter().take_while(|b| b.is_ascii_digit()).count();
            if digits == 0 {
                return None;
            }
            rest = &rest[1 + digits..];
        }
    }
    if hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    secs += hour * 3600 + minute * 60 + second;
    match rest {
        [] | [b'Z'] | [b'z'] => Some(secs),
        [sign @ (b'+' | b'-'), tail @ ..] => {
            let (oh, om) = match tail {
                [a, b, b':', c, d] => (two(&[*a, *b])?, two(&[*c, *d])?),
                [a, b, c, d] => (two(&[*a, *b])?, two(&[*c, *d])?),
                [a, b] => (two(&[*a, *b])?, 0),
                _ => return None,
            };
            if oh > 23 || om > 59 {
                return None;
            }
            let offset = oh * 3600 + om * 60;
            Some(if *sign == b'+' {
                secs - offset
            } else {
                secs + offset
            })
        }
        _ => None,
    }
}

/// Formats UTC seconds as RFC 3339 (`2024-08-12T00:00:00Z`).
pub fn format_rfc3339(secs: i64) -> String {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// Formats UTC seconds as a day (`2024-08-12`).
pub fn format_day(secs: i64) -> String {
    let (y, m, d) = civil_from_days(secs.div_euclid(86_400));
    format!("{y:04}-{m:02}-{d:02}")
}

fn is_leap(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub(crate) fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day number since 1970-01-01.
pub(crate) fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_storable_range() {
        assert_eq!(MIN_SECS, days_from_civil(1678, 1, 1) * 86_400);
        assert_eq!(MAX_SECS, days_from_civil(2262, 1, 1) * 86_400);
        assert!(in_range(MIN_SECS) && in_range(MAX_SECS - 1));
        assert!(!in_range(MIN_SECS - 1) && !in_range(MAX_SECS));
        // What tantivy does with a date: nanoseconds in an i64.
        assert!(MIN_SECS.checked_mul(1_000_000_000).is_some());
        assert!(MAX_SECS.checked_mul(1_000_000_000).is_some());
        assert_eq!(parse_timestamp("2261-12-31T23:59:59Z"), Some(MAX_SECS - 1));
    }

    #[test]
    fn parses_days_and_times() {
        assert_eq!(parse_timestamp("1970-01-01"), Some(0));
        assert_eq!(parse_timestamp("2024-08-12"), Some(1_723_420_800));
        assert_eq!(parse_timestamp("2024-08-12T10:30:00Z"), Some(1_723_458_600));
        assert_eq!(parse_timestamp("2024-08-12 10:30"), Some(1_723_458_600));
        assert_eq!(
            parse_timestamp("2024-08-12T10:30:00.123+02:00"),
            Some(1_723_458_600 - 7200)
        );
        assert_eq!(
            parse_timestamp("2024-08-12T10:30:00-0400"),
            Some(1_723_458_600 + 14_400)
        );
        assert_eq!(parse_timestamp("2024-02-29"), Some(1_709_164_800));
    }

    #[test]
    fn rejects_garbage() {
        for bad in [
            "",
            "2024",
            "2024-13-01",
            "2024-02-30",
            "2023-02-29",
            "12/08/2024",
            "2024-08-12X",
            "2024-08-12T25:00",
            "2024-08-12T10:30:00+2",
            "yesterday",
            "2024-08-1é",
        ] {
            assert_eq!(parse_timestamp(bad), None, "{bad}");
        }
    }

    #[test]
    fn formats_round_trip() {
        for secs in [0, 1_723_458_600, -86_400, 951_782_400] {
            assert_eq!(parse_timestamp(&format_rfc3339(secs)), Some(secs));
        }
        assert_eq!(format_day(1_723_458_600), "2024-08-12");
        assert_eq!(format_rfc3339(-1), "1969-12-31T23:59:59Z");
    }
}
