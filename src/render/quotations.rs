//! Showing quotations as results (`search --quotations`, `--provenance`): on a terminal, or as
//! JSON with the keys of the README's table.

use std::io::{self, Write};

use serde::Serialize;

use crate::search::quotations::{highlight_chars, Carrier, Quotation};
use crate::search::timeline::{By, Timeline};

use super::color::{Style, DATE, DIM, MATCH, PATH, RANK};
use super::columns;

/// A carrier of a quotation in JSON: where, when, who, in which words.
#[derive(Debug, Serialize)]
pub struct CarrierJson<'a> {
    pub dispatch: &'a str,
    pub passage: u64,
    pub date: Option<&'a str>,
    pub speaker: Option<&'a str>,
    pub text: &'a str,
}

/// Where a quotation first appeared.
#[derive(Debug, Serialize)]
pub struct FirstJson<'a> {
    pub dispatch: &'a str,
    pub passage: u64,
    pub date: Option<&'a str>,
}

impl<'a> FirstJson<'a> {
    /// Where `q` first appeared.
    fn of(q: &'a Quotation) -> Self {
        let first = q.first();
        FirstJson {
            dispatch: &first.dispatch,
            passage: first.passage,
            date: first.date.as_deref(),
        }
    }
}

/// One wording of a quotation and how many carriers gave it.
#[derive(Debug, Serialize)]
pub struct VariantJson<'a> {
    pub text: &'a str,
    pub carriers: usize,
}

/// One quotation of `search --quotations --json` (one line of JSON Lines) or
/// `search --provenance --json`.
#[derive(Debug, Serialize)]
pub struct QuotationJson<'a> {
    pub rank: usize,
    /// Its id, for `--provenance`.
    pub id: &'a str,
    pub quote: &'a str,
    /// `[start, end)` character offsets into `quote` of the query's words.
    pub highlights: Vec<[usize; 2]>,
    pub speaker: Option<&'a str>,
    pub first: FirstJson<'a>,
    pub carried_by: usize,
    pub carriers: Vec<CarrierJson<'a>>,
    pub variants: Vec<VariantJson<'a>>,
}

impl<'a> From<&'a Quotation> for QuotationJson<'a> {
    fn from(q: &'a Quotation) -> Self {
        QuotationJson {
            rank: q.rank,
            id: &q.id,
            quote: &q.text,
            highlights: highlight_chars(q),
            speaker: q.speaker.as_deref(),
            first: FirstJson::of(q),
            carried_by: q.carried_by,
            carriers: q.carriers.iter().map(carrier).collect(),
            variants: q
                .variants()
                .into_iter()
                .map(|(text, carriers)| VariantJson { text, carriers })
                .collect(),
        }
    }
}

fn carrier(c: &Carrier) -> CarrierJson<'_> {
    CarrierJson {
        dispatch: &c.dispatch,
        passage: c.passage,
        date: c.date.as_deref(),
        speaker: c.speaker.as_deref(),
        text: &c.text,
    }
}

fn date_of(c: &Carrier) -> String {
    format!("{:<10}", c.date.as_deref().unwrap_or("sans date"))
}

fn dispatches(n: usize) -> String {
    format!("{n} dépêche{}", if n > 1 { "s" } else { "" })
}

/// Writes one quotation of `search --quotations` for a person at a terminal:
///
/// ```text
///   1  « toute force déployée en Ukraine serait une [cible légitime] »
///      Vladimir Poutine · d'abord 2025-09-05  2025-09-05-vladivostok.txt ¶3 · 4 dépêches
/// ```
pub fn terminal(out: &mut impl Write, q: &Quotation, color: bool, width: usize) -> io::Result<()> {
    let style = Style { on: color };
    let mut quote = String::from("« ");
    let mut at = 0;
    for &(s, e) in &q.highlights {
        if s < at || e > q.text.len() {
            continue;
        }
        quote.push_str(&q.text[at..s]);
        quote.push_str(&style.paint(MATCH, &q.text[s..e]));
        at = e;
    }
    quote.push_str(&q.text[at..]);
    quote.push_str(" »");
    let quote = quote.replace('\n', " ");
    let lines = columns::wrap(&quote, width.saturating_sub(5).max(30));
    for (i, line) in lines.iter().enumerate() {
        if i == 0 {
            writeln!(
                out,
                "{}  {line}",
                style.paint(RANK, &format!("{:>3}", q.rank))
            )?;
        } else {
            writeln!(out, "     {line}")?;
        }
    }
    let first = q.first();
    writeln!(
        out,
        "     {} · d'abord {} {} · {}",
        q.speaker.as_deref().unwrap_or("auteur inconnu"),
        style.paint(DATE, first.date.as_deref().unwrap_or("sans date")),
        style.paint(PATH, &format!("{} ¶{}", first.dispatch, first.passage)),
        style.paint(DIM, &dispatches(q.carried_by)),
    )?;
    writeln!(out)
}

/// Writes `search --provenance`: the quotation, then every carrier in date order with its
/// wording when it differs from the first one's.
pub fn provenance(
    out: &mut impl Write,
    q: &Quotation,
    color: bool,
    width: usize,
) -> io::Result<()> {
    let style = Style { on: color };
    let first = q.first();
    writeln!(out, "« {} »", first.text.replace('\n', " "))?;
    writeln!(
        out,
        "{} · {} · {} · {}",
        q.speaker.as_deref().unwrap_or("auteur inconnu"),
        dispatches(q.carried_by),
        match q.variants().len() {
            1 => "une formulation".to_owned(),
            n => format!("{n} formulations"),
        },
        style.paint(DIM, &format!("id {}", q.id)),
    )?;
    writeln!(out)?;
    let place_width = q
        .carriers
        .iter()
        .map(|c| columns::width(&format!("{} ¶{}", c.dispatch, c.passage)))
        .max()
        .unwrap_or(0);
    let first_key = first.text.as_str();
    for (i, c) in q.carriers.iter().enumerate() {
        let place = format!("{} ¶{}", c.dispatch, c.passage);
        let label = if i == 0 { "premier" } else { "repris " };
        writeln!(
            out,
            "  {}  {}  {}{}  {}",
            label,
            style.paint(DATE, &date_of(c)),
            style.paint(PATH, &place),
            columns::pad(&place, place_width),
            c.speaker.as_deref().unwrap_or("auteur inconnu"),
        )?;
        if i > 0 && c.text != first_key {
            for line in columns::wrap(
                &format!("« {} »", c.text.replace('\n', " ")),
                width.saturating_sub(13).max(30),
            ) {
                writeln!(out, "             {}", style.paint(DIM, line))?;
            }
        }
    }
    Ok(())
}

/// A quotation in a timeline's JSON: the keys of a quotation without its carriers.
#[derive(Debug, Serialize)]
pub struct TimelineQuotationJson<'a> {
    pub id: &'a str,
    pub quote: &'a str,
    pub speaker: Option<&'a str>,
    pub first: FirstJson<'a>,
    pub carried_by: usize,
}

/// One period of `search --timeline --json`.
#[derive(Debug, Serialize)]
pub struct PeriodJson<'a> {
    pub period: &'a str,
    pub carriers: usize,
    pub quotations: Vec<TimelineQuotationJson<'a>>,
}

/// `search --timeline --json`: one object.
#[derive(Debug, Serialize)]
pub struct TimelineJson<'a> {
    pub by: By,
    pub periods: Vec<PeriodJson<'a>>,
    pub undated: usize,
}

impl<'a> From<&'a Timeline> for TimelineJson<'a> {
    fn from(t: &'a Timeline) -> Self {
        TimelineJson {
            by: t.by,
            periods: t
                .periods
                .iter()
                .map(|p| PeriodJson {
                    period: &p.period,
                    carriers: p.carriers,
                    quotations: p
                        .quotations
                        .iter()
                        .map(|q| TimelineQuotationJson {
                            id: &q.id,
                            quote: &q.text,
                            speaker: q.speaker.as_deref(),
                            first: FirstJson::of(q),
                            carried_by: q.carried_by,
                        })
                        .collect(),
                })
                .collect(),
            undated: t.undated,
        }
    }
}

/// Writes `search --timeline` for a person at a terminal: per period, a bar of its carriers,
/// then the quotations first heard in it.
///
/// ```text
/// 2025-09  ████ 4
///   2025-09-05  « cibles légitimes »  Vladimir Poutine · 4 dépêches
/// ```
pub fn timeline(out: &mut impl Write, t: &Timeline, color: bool, width: usize) -> io::Result<()> {
    let style = Style { on: color };
    let most = t
        .periods
        .iter()
        .map(|p| p.carriers)
        .max()
        .unwrap_or(1)
        .max(1);
    let label_width = t
        .periods
        .iter()
        .map(|p| columns::width(&p.period))
        .max()
        .unwrap_or(7);
    for p in &t.periods {
        let bar = "█".repeat((p.carriers * 30).div_ceil(most).max(1));
        writeln!(
            out,
            "{}{}  {} {}",
            style.paint(DATE, &p.period),
            columns::pad(&p.period, label_width),
            bar,
            p.carriers
        )?;
        for q in &p.quotations {
            let head = format!("  {}  ", q.first().date.as_deref().unwrap_or("sans date"));
            let tail = format!(
                "  {} · {}",
                q.speaker.as_deref().unwrap_or("auteur inconnu"),
                dispatches(q.carried_by)
            );
            let room = width
                .saturating_sub(columns::width(&head) + columns::width(&tail) + 4)
                .max(20);
            let text = columns::truncate(&q.text.replace('\n', " "), room);
            writeln!(out, "{head}« {text} »{}", style.paint(DIM, &tail))?;
        }
    }
    Ok(())
}
