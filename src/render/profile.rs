//! Showing a speaker's profile (`search --speaker NAME --profile`) on a terminal. Its JSON
//! object (also the body of `/api/profile`) is [`Profile`] serialized as it is.

use std::io::{self, Write};

use crate::search::profile::Profile;

use super::color::{Style, DATE, DIM, MATCH, PATH};
use super::columns;

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
        .map(|d| columns::width(&d.words))
        .max()
        .unwrap_or(0);
    for d in &p.distinctive {
        let e = &d.example;
        writeln!(
            out,
            "  {}{}  {:>6.1}  {} · {}",
            style.paint(MATCH, &d.words),
            columns::pad(&d.words, words_width),
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
        let text = columns::truncate(&e.quote.replace('\n', " "), room);
        writeln!(out, "      « {text} »")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::profile::{Distinctive, Example};

    fn distinctive(words: &str, quote: &str) -> Distinctive {
        Distinctive {
            words: words.to_owned(),
            score: 12.5,
            quotations: 2,
            everyone: 3,
            example: Example {
                id: None,
                quote: quote.to_owned(),
                dispatch: "hailan.txt".to_owned(),
                passage: 2,
                date: Some("2025-05-12".to_owned()),
            },
        }
    }

    #[test]
    fn words_line_up_and_examples_are_cut_by_the_columns_they_take() {
        let p = Profile {
            speaker: "Lin Xiaowen".to_owned(),
            aliases: vec![],
            quotations: 3,
            dispatches: 2,
            first: Some("2025-05-12".to_owned()),
            last: Some("2025-05-14".to_owned()),
            distinctive: vec![
                distinctive(
                    "对话",
                    "Le dialogue (对话) reste la seule voie entre nos deux rives",
                ),
                distinctive("rives", "nos deux rives"),
                distinctive("re\u{301}unie", "une presse re\u{301}unie"),
            ],
        };
        let mut out = Vec::new();
        terminal(&mut out, &p, false, 40).unwrap();
        let shown = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = shown.lines().skip(4).collect();
        // "对话" takes four columns, "réunie" (with a combining accent) six, "rives" five: the
        // scores stand in one column. The example is cut to 30 columns (40 less 12, at least 30), "…"
        // included, where counting characters would have kept 32.
        assert_eq!(
            lines,
            [
                "  对话      12.5  2 citations · 2025-05-12 hailan.txt ¶2",
                "      « Le dialogue (对话) reste la s… »",
                "  rives     12.5  2 citations · 2025-05-12 hailan.txt ¶2",
                "      « nos deux rives »",
                "  re\u{301}unie    12.5  2 citations · 2025-05-12 hailan.txt ¶2",
                "      « une presse re\u{301}unie »",
            ]
        );
    }
}
