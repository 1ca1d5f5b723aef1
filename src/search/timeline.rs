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
            let day = match parts[..] {
                [y, m, d] => (i16::try_from(y), i8::try_from(m), i8::try_from(d)),
                _ => return date.to_owned(),
            };
            match day {
                (Ok(y), Ok(m), Ok(d)) => match jiff::civil::Date::new(y, m, d) {
                    Ok(day) => {
                        let week = day.iso_week_date();
                        format!("{}-W{:02}", week.year(), week.week())
                    }
                    Err(_) => date.to_owned(),
                },
                _ => date.to_owned(),
            }
        }
    }
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
