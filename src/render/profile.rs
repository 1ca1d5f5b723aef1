//! Showing a speaker's profile (`search --speaker NAME --profile`): on a terminal, or as one
//! JSON object (also the body of `/api/profile`).

use std::io::{self, Write};

use serde::Serialize;

use crate::search::profile::{Distinctive, Example, Profile};

use super::color::{Style, DATE, DIM, MATCH, PATH};

/// A quotation given as an example, where it first appeared.
#[derive(Debug, Serialize)]
pub struct ExampleJson<'a> {
    /// Its id, for `--provenance` (none for a quotation stored before ids existed).
    pub id: Option<&'a str>,
    pub quote: &'a str,
    pub dispatch: &'a str,
    pub passage: u64,
    pub date: Option<&'a str>,
}

/// A distinctive word or phrase.
#[derive(Debug, Serialize)]
pub struct DistinctiveJson<'a> {
    pub words: &'a str,
    /// Log-likelihood ratio G² against all quotations.
    pub score: f64,
    /// The speaker's quotations holding it.
    pub quotations: usize,
    /// Passages of all quotations holding it.
    pub everyone: u64,
    pub example: ExampleJson<'a>,
}

/// `search --speaker NAME --profile --json`, and `/api/profile` (with `took_ms`).
#[derive(Debug, Serialize)]
pub struct ProfileJson<'a> {
    pub speaker: &'a str,
    pub aliases: &'a [String],
    pub quotations: usize,
    pub dispatches: usize,
    pub first: Option<&'a str>,
    pub last: Option<&'a str>,
    pub distinctive: Vec<DistinctiveJson<'a>>,
}

fn example(e: &Example) -> ExampleJson<'_> {
    ExampleJson {
        id: e.id.as_deref(),
        quote: &e.quote,
        dispatch: &e.dispatch,
        passage: e.passage,
        date: e.date.as_deref(),
    }
}

fn distinctive(d: &Distinctive) -> DistinctiveJson<'_> {
    DistinctiveJson {
        words: &d.words,
        score: d.score,
        quotations: d.quotations,
        everyone: d.everyone,
        example: example(&d.example),
    }
}

impl<'a> From<&'a Profile> for ProfileJson<'a> {
    fn from(p: &'a Profile) -> Self {
        ProfileJson {
            speaker: &p.speaker,
            aliases: &p.aliases,
            quotations: p.quotations,
            dispatches: p.dispatches,
            first: p.first.as_deref(),
            last: p.last.as_deref(),
            distinctive: p.distinctive.iter().map(distinctive).collect(),
        }
    }
}

/// Writes a profile for a person at a terminal:
///
/// ```text
/// Ivo Marten (aussi : Marten)
/// 7 citations dans 9 dépêches, du 2025-03-03 au 2025-06-12
///
/// Mots et expressions propres à ses citations (log-vraisemblance contre toutes les citations) :
///   sol borovien    41.2  3 citations · 2025-03-03 marten.txt ¶2
///       « Aucun soldat étranger ne foulera le sol borovien sans que nous le considérions… »
/// ```
pub fn terminal(out: &mut impl Write, p: &Profile, color: bool, width: usize) -> io::Result<()> {
    let style = Style { on: color };
    if p.aliases.is_empty() {
        writeln!(out, "{}", p.speaker)?;
    } else {
        writeln!(out, "{} (aussi : {})", p.speaker, p.aliases.join(", "))?;
    }
    let citations = |n: usize| format!("{n} citation{}", if n > 1 { "s" } else { "" });
    let span = match (&p.first, &p.last) {
        (Some(a), Some(b)) if a == b => format!(", le {}", style.paint(DATE, a)),
        (Some(a), Some(b)) => format!(", du {} au {}", style.paint(DATE, a), style.paint(DATE, b)),
        _ => ", sans date".to_owned(),
    };
    writeln!(
        out,
        "{} dans {} dépêche{}{span}",
        citations(p.quotations),
        p.dispatches,
        if p.dispatches > 1 { "s" } else { "" },
    )?;
    if p.distinctive.is_empty() {
        writeln!(
            out,
            "{}",
            style.paint(
                DIM,
                "(trop peu de citations pour dégager des mots qui lui soient propres)"
            )
        )?;
        return Ok(());
    }
    writeln!(out)?;
    writeln!(
        out,
        "Mots et expressions propres à ses citations (log-vraisemblance contre toutes les citations) :"
    )?;
    let words_width = p
        .distinctive
        .iter()
        .map(|d| d.words.chars().count())
        .max()
        .unwrap_or(0);
    for d in &p.distinctive {
        let pad = words_width.saturating_sub(d.words.chars().count());
        let e = &d.example;
        writeln!(
            out,
            "  {}{}  {:>6.1}  {} · {}",
            style.paint(MATCH, &d.words),
            " ".repeat(pad),
            d.score,
            style.paint(DIM, &citations(d.quotations)),
            style.paint(
                PATH,
                &format!(
                    "{} {} ¶{}",
                    e.date.as_deref().unwrap_or("sans date"),
                    e.dispatch,
                    e.passage
                )
            ),
        )?;
        let room = width.saturating_sub(12).max(30);
        let text = e.quote.replace('\n', " ");
        let text = if text.chars().count() > room {
            let cut: String = text.chars().take(room.saturating_sub(1)).collect();
            format!("{}…", cut.trim_end())
        } else {
            text
        };
        writeln!(out, "      « {text} »")?;
    }
    Ok(())
}
