//! A dispatch's publication date: from its header, its NDJSON `date` field, or a dateline at the
//! very start of its text. Dates merely written in the body are history, never the dispatch's
//! date.

use serde::Serialize;

/// How precisely a dispatch's date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Day,
    Month,
}

/// Where a dispatch's date was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Origin {
    /// The ` date YYYY-MM[-DD]` first line.
    Header,
    /// The `date` field of an NDJSON record.
    Field,
    /// A dateline such as "PARIS, 5 septembre 2025 (AFP) -".
    Dateline,
}

/// A dispatch's publication date, with its precision and origin.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DispatchDate {
    pub year: i32,
    pub month: u32,
    /// `None` for a month-precision date.
    pub day: Option<u32>,
    pub origin: Origin,
}

impl DispatchDate {
    /// A validated date; `None` when the month or day does not exist.
    pub fn new(year: i32, month: u32, day: Option<u32>, origin: Origin) -> Option<DispatchDate> {
        if !(1000..=9999).contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        if let Some(d) = day {
            if d == 0 || d > days_in_month(year, month) {
                return None;
            }
        }
        Some(DispatchDate {
            year,
            month,
            day,
            origin,
        })
    }

    /// Parses `YYYY-MM-DD` or `YYYY-MM`.
    pub fn parse_iso(s: &str, origin: Origin) -> Option<DispatchDate> {
        let s = s.trim();
        let mut parts = s.splitn(3, '-');
        let year = parts.next()?;
        let month = parts.next()?;
        let day = parts.next();
        if year.len() != 4 || month.len() != 2 || day.is_some_and(|d| d.len() != 2) {
            return None;
        }
        let all_digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
        if !all_digits(year) || !all_digits(month) || !day.is_none_or(all_digits) {
            return None;
        }
        DispatchDate::new(
            year.parse().ok()?,
            month.parse().ok()?,
            day.map(|d| d.parse()).transpose().ok()?,
            origin,
        )
    }

    pub fn precision(&self) -> Precision {
        if self.day.is_some() {
            Precision::Day
        } else {
            Precision::Month
        }
    }

    /// `YYYY-MM-DD`, or `YYYY-MM` for a month-precision date.
    pub fn value(&self) -> String {
        match self.day {
            Some(d) => format!("{:04}-{:02}-{:02}", self.year, self.month, d),
            None => format!("{:04}-{:02}", self.year, self.month),
        }
    }

    /// The first and last day the date covers, as `YYYYMMDD` numbers (what date filters compare).
    pub fn span(&self) -> (u64, u64) {
        let base = self.year as u64 * 10_000 + self.month as u64 * 100;
        match self.day {
            Some(d) => (base + d as u64, base + d as u64),
            None => (base + 1, base + days_in_month(self.year, self.month) as u64),
        }
    }
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

/// The proleptic Gregorian date of a day count since 1970-01-01 (Howard Hinnant's algorithm).
pub fn civil_from_days(days: i64) -> (i32, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    (year, month, day)
}

/// What the first line's ` date …` header held.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Header {
    /// No header: the first line is text.
    None,
    /// A valid header; the rest of the line is text.
    Date(DispatchDate),
    /// The line starts like a header but its date does not exist (`date 2025-13-45`): the header
    /// is dropped, the dispatch has no date.
    Malformed(String),
}

/// Splits the optional ` date YYYY-MM[-DD]` header off the first line. Returns the header and the
/// text with the header removed (the text that followed it on the same line stays).
pub fn split_header(text: &str) -> (Header, &str) {
    let trimmed = text.trim_start_matches([' ', '\t', '\u{a0}']);
    let Some(after) = trimmed.strip_prefix("date") else {
        return (Header::None, text);
    };
    if !after.starts_with([' ', '\t', '\u{a0}']) {
        return (Header::None, text);
    }
    let after = after.trim_start_matches([' ', '\t', '\u{a0}']);
    let token_end = after
        .find(|c: char| c.is_whitespace())
        .unwrap_or(after.len());
    let token = &after[..token_end];
    // Only a token shaped like a date makes this a header: "date limite …" is text.
    let shaped = token.len() >= 7
        && token.as_bytes()[..4].iter().all(u8::is_ascii_digit)
        && token.as_bytes()[4] == b'-';
    if !shaped {
        return (Header::None, text);
    }
    let rest = after[token_end..].trim_start_matches([' ', '\t', '\u{a0}']);
    match DispatchDate::parse_iso(token, Origin::Header) {
        Some(date) => (Header::Date(date), rest),
        None => (Header::Malformed(token.to_owned()), rest),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_header_with_text_on_the_same_line() {
        let (h, rest) = split_header(" date 2025-12-17 Pour la première fois.\n\nTitre");
        assert_eq!(
            h,
            Header::Date(DispatchDate::new(2025, 12, Some(17), Origin::Header).unwrap())
        );
        assert!(rest.starts_with("Pour la première fois."));
    }

    #[test]
    fn month_header() {
        let (h, rest) = split_header(" date 2025-02 Le chef de la diplomatie");
        let Header::Date(d) = h else { panic!("{h:?}") };
        assert_eq!(d.value(), "2025-02");
        assert_eq!(d.precision(), Precision::Month);
        assert_eq!(d.span(), (20250201, 20250228));
        assert_eq!(rest, "Le chef de la diplomatie");
    }

    #[test]
    fn no_header_and_lookalikes() {
        assert_eq!(split_header("Russie\n").0, Header::None);
        assert_eq!(split_header("date limite fixée").0, Header::None);
        assert_eq!(split_header("datees 2025-01-01").0, Header::None);
    }

    #[test]
    fn civil_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(20_440), (2025, 12, 18));
        assert_eq!(civil_from_days(19_782), (2024, 2, 29));
    }

    #[test]
    fn malformed_header_is_dropped() {
        let (h, rest) = split_header(" date 2025-13-45 Texte");
        assert_eq!(h, Header::Malformed("2025-13-45".into()));
        assert_eq!(rest, "Texte");
    }
}
