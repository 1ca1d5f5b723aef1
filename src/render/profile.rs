//! Showing a speaker's profile (`search --speaker NAME --profile`) on a terminal. Its JSON
//! object (also the body of `/api/profile`) is [`Profile`] serialized as it is.

use std::io::{self, Write};

use crate::search::profile::Profile;

use super::color::{Style, DATE, DIM, MATCH, PATH};

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
