//! A query's quotations laid along time (`search --timeline`): per period, how many dispatches
//! carried them, and the quotations that first appeared in it.

use crate::search::query::UserQuery;
use crate::search::quotations::{date_key, Quotation};
use crate::search::{Engine, Options, Sort};

/// The length of a period of a timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum By {
    Day,
    /// ISO weeks: `2025-W09`.
    Week,
    #[default]
    Month,
    Year,
}

/// One period of a timeline.
#[derive(Debug, Clone)]
pub struct Period {
    /// `2025-03-05`, `2025-W10`, `2025-03` or `2025`.
    pub period: String,
    /// How many times a dispatch of the period carried one of the quotations.
    pub carriers: usize,
    /// The quotations whose first appearance falls in the period, oldest first.
    pub quotations: Vec<Quotation>,
}

/// The periods in which a query's quotations were carried, oldest first.
#[derive(Debug, Clone)]
pub struct Timeline {
    pub by: By,
    pub periods: Vec<Period>,
    /// Quotations whose every carrier is undated: left out.
    pub undated: usize,
}

/// Quotations read for a timeline unless `-n` says otherwise.
pub const DEFAULT_QUOTATIONS: usize = 100;

impl Engine {
    /// The quotations matching `query` (as `--quotations` finds them, at most `opts.limit`),
    /// laid along time by period of `by`.
    pub fn timeline(&self, query: &UserQuery, opts: &Options, by: By) -> anyhow::Result<Timeline> {
        let opts = Options {
            sort: Sort::Relevance,
            offset: 0,
            ..opts.clone()
        };
        let found = self.quotations(query, &opts)?;
        Ok(lay_out(found, by))
    }
}

/// Lays quotations along time.
pub fn lay_out(found: Vec<Quotation>, by: By) -> Timeline {
    let mut periods: std::collections::BTreeMap<String, Period> = Default::default();
    let mut undated = 0;
    for q in found {
        // A dispatch that carried it twice counts once in a period.
        let mut counted: Vec<(String, &str)> = Vec::new();
        for c in &q.carriers {
            let Some(date) = c.date.as_deref() else {
                continue;
            };
            let key = period_of(date, by);
            if counted.iter().any(|(k, d)| *k == key && *d == c.dispatch) {
                continue;
            }
            counted.push((key.clone(), &c.dispatch));
            periods
                .entry(key.clone())
                .or_insert_with(|| Period {
                    period: key,
                    carriers: 0,
                    quotations: Vec::new(),
                })
                .carriers += 1;
        }
        match q.first().date.as_deref().map(|d| period_of(d, by)) {
            Some(key) => {
                if let Some(p) = periods.get_mut(&key) {
                    p.quotations.push(q);
                }
            }
            None => undated += 1,
        }
    }
    let mut periods: Vec<Period> = periods.into_values().collect();
    for p in &mut periods {
        p.quotations
            .sort_by_key(|q| (date_key(&q.first().date), q.id.clone()));
    }
    Timeline {
        by,
        periods,
        undated,
    }
}

/// The period of a date (`YYYY-MM-DD` or `YYYY-MM`). A month-precision date stays a month when
/// days or weeks are asked for: it cannot be placed more precisely.
pub fn period_of(date: &str, by: By) -> String {
    let year = date.get(..4).unwrap_or(date);
    match by {
        By::Year => year.to_owned(),
        By::Month => date.get(..7).unwrap_or(date).to_owned(),
        By::Day => date.to_owned(),
        By::Week => {
            let parts: Vec<i64> = date.split('-').filter_map(|p| p.parse().ok()).collect();
            match parts[..] {
                [y, m, d] => {
                    let (wy, w) = iso_week(y, m, d);
                    format!("{wy}-W{w:02}")
                }
                _ => date.to_owned(),
            }
        }
    }
}

/// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The ISO year and week of a date.
fn iso_week(y: i64, m: i64, d: i64) -> (i64, i64) {
    let days = days_from_civil(y, m, d);
    // 1970-01-01 was a Thursday; Monday = 1 … Sunday = 7.
    let weekday = (days + 3).rem_euclid(7) + 1;
    // The Thursday of the date's week decides its ISO year.
    let thursday = days - weekday + 4;
    let year_of = |t: i64| {
        let mut yy = y + 1;
        while days_from_civil(yy, 1, 1) > t {
            yy -= 1;
        }
        yy
    };
    let iso_year = year_of(thursday);
    let week = (thursday - days_from_civil(iso_year, 1, 1)) / 7 + 1;
    (iso_year, week)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_of_a_date() {
        assert_eq!(period_of("2025-03-05", By::Month), "2025-03");
        assert_eq!(period_of("2025-03-05", By::Year), "2025");
        assert_eq!(period_of("2025-03-05", By::Day), "2025-03-05");
        assert_eq!(period_of("2025-03-05", By::Week), "2025-W10");
        assert_eq!(period_of("2025-03", By::Week), "2025-03");
        // ISO weeks across a year's end.
        assert_eq!(period_of("2024-12-30", By::Week), "2025-W01");
        assert_eq!(period_of("2021-01-03", By::Week), "2020-W53");
        assert_eq!(period_of("2026-12-31", By::Week), "2026-W53");
    }
}
