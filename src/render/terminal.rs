//! A hit for a person at a terminal: rank, date, title and place on one aligned line, the snippet
//! wrapped to the terminal's width with the matched words highlighted, who is quoted.

use std::io::{self, Write};

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::color::{Style, DATE, DIM, MATCH, PATH, RANK};
use crate::search::{Explanation, Hit};

/// The width of a hit's place (`dispatch ¶N`), to line up the places of several hits.
pub fn place_width(hit: &Hit) -> usize {
    format!("{} ¶{}", hit.dispatch, hit.passage).width()
}

/// Writes one hit for a person at a terminal; `place_width` is the widest place among the hits.
pub fn terminal(
    out: &mut impl Write,
    hit: &Hit,
    color: bool,
    width: usize,
    place_width: usize,
) -> io::Result<()> {
    let style = Style { on: color };
    let date = date_label(hit);
    let place = format!("{} ¶{}", hit.dispatch, hit.passage);
    // rank (3) + 2 + date + 2 + title + 2 + place: the places of all hits line up.
    let fixed = 3 + 2 + date.width() + 2 + 2 + place_width.max(place.width());
    let title_room = width.saturating_sub(fixed).max(20);
    let title = truncate(&hit.title.replace('\n', " "), title_room);
    let pad = title_room.saturating_sub(title.width());
    writeln!(
        out,
        "{}  {}  {}{}  {}",
        style.paint(RANK, &format!("{:>3}", hit.rank)),
        style.paint(DATE, &date),
        title,
        " ".repeat(pad),
        style.paint(PATH, &place),
    )?;
    for line in wrap(hit, width.saturating_sub(5).max(30)) {
        let mut s = String::from("     ");
        for (text, highlighted) in line {
            if highlighted {
                s.push_str(&style.paint(MATCH, &text));
            } else {
                s.push_str(&text);
            }
        }
        writeln!(out, "{}", s.trim_end())?;
    }
    let speakers = hit.speakers();
    if !speakers.is_empty() {
        writeln!(
            out,
            "     {}",
            style.paint(DIM, &format!("cité : {}", speakers.join(", ")))
        )?;
    }
    if !hit.duplicates.is_empty() {
        let n = hit.duplicates.len();
        let places: Vec<String> = hit
            .duplicates
            .iter()
            .map(|d| format!("{} ¶{}", d.dispatch, d.passage))
            .collect();
        let line = format!(
            "aussi dans {n} {} : {}",
            if n == 1 { "dépêche" } else { "dépêches" },
            places.join(", ")
        );
        writeln!(out, "     {}", style.paint(DIM, &line))?;
    }
    if let Some(e) = &hit.explanation {
        for line in explanation(e) {
            writeln!(out, "     {}", style.paint(DIM, &line))?;
        }
    }
    writeln!(out)
}

/// The lines `--explain` adds under a hit.
fn explanation(e: &Explanation) -> Vec<String> {
    let mut lines = vec![format!(
        "palier {} (couverture {:.2}) ; score {:.3} = BM25 {:.3} × proximité (1 + 0,5 × {}) × champs (1 + 0,4 × titre {:.2}{})",
        e.tier,
        e.coverage,
        e.score,
        e.bm25,
        e.proximity.map_or("—".to_owned(), |p| format!("{p:.2}")),
        e.title,
        if e.first_passage { " + 0,2 premier passage" } else { "" },
    )];
    for u in &e.units {
        lines.push(match (u.bm25, &u.term) {
            (Some(b), Some(t)) => format!(
                "  {} → {t} : BM25 {b:.3}{}, poids {:.2}",
                u.unit,
                if u.typo { " (correction, 70 %)" } else { "" },
                u.weight
            ),
            (Some(b), None) => format!("  {} : BM25 {b:.3}, poids {:.2}", u.unit, u.weight),
            (None, _) => format!("  {} : absent, poids {:.2}", u.unit, u.weight),
        });
    }
    if e.together {
        lines.push("  mots rapprochés (au plus deux mots entre chacun)".to_owned());
    }
    lines
}

fn date_label(hit: &Hit) -> String {
    match (&hit.date, hit.date_origin.as_deref()) {
        (Some(d), Some("dateline")) => format!("{d} (dateline)"),
        (Some(d), _) => format!("{d:<10}"),
        (None, _) => format!("{:<10}", "sans date"),
    }
}

/// `s` in at most `max` columns of a terminal, cut with "…": a wide character (Chinese,
/// Japanese, most emoji) takes two columns, a combining accent none.
fn truncate(s: &str, max: usize) -> String {
    if s.width() <= max {
        return s.to_owned();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > max.saturating_sub(1) {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    out
}

/// The snippet as wrapped lines of (text, highlighted) runs, with "…" where it was cropped.
fn wrap(hit: &Hit, width: usize) -> Vec<Vec<(String, bool)>> {
    let (start, end) = hit.snippet;
    let mut chars: Vec<(char, bool)> = Vec::new();
    if start > 0 {
        chars.extend("… ".chars().map(|c| (c, false)));
    }
    for (i, c) in hit.text[start..end].char_indices() {
        let at = start + i;
        let lit = hit.highlights.iter().any(|&(s, e)| at >= s && at < e);
        let c = if c == '\n' { ' ' } else { c };
        chars.push((c, lit));
    }
    if end < hit.text.len() {
        chars.extend(" …".chars().map(|c| (c, false)));
    }
    let mut lines = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let mut j = (i + width).min(chars.len());
        if j < chars.len() {
            if let Some(space) = (i + 1..j).rev().find(|&k| chars[k].0 == ' ') {
                j = space;
            }
        }
        let mut runs: Vec<(String, bool)> = Vec::new();
        for &(c, lit) in &chars[i..j] {
            match runs.last_mut() {
                Some((s, l)) if *l == lit => s.push(c),
                _ => runs.push((c.to_string(), lit)),
            }
        }
        lines.push(runs);
        i = j;
        while i < chars.len() && chars[i].0 == ' ' {
            i += 1;
        }
    }
    lines
}

/// Whether `next` is the first hit after the passages holding every word of the query.
pub fn ends_full_matches(previous: &Hit, next: &Hit) -> bool {
    previous.of > 0 && previous.matched == previous.of && next.matched < next.of
}

/// The line that closes the passages holding every word, before those holding only some.
pub fn full_matches_end(out: &mut impl Write, last: &Hit, color: bool) -> io::Result<()> {
    let style = Style { on: color };
    let n = last.rank;
    let line = format!(
        "── {n} passage{s} {verb} tous les mots ; ensuite, une partie ──",
        s = if n > 1 { "s" } else { "" },
        verb = if n > 1 { "contiennent" } else { "contient" },
    );
    writeln!(out, "     {}", style.paint(DIM, &line))?;
    writeln!(out)
}

/// The terminal's width: `COLUMNS` when set, else 100.
pub fn width() -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .filter(|&w: &usize| w >= 40)
        .unwrap_or(100)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_is_cut_to_the_columns_it_takes_not_its_characters() {
        // Twelve wide characters take 24 columns: four of them (eight columns) and "…" fit in ten,
        // where counting characters would have kept nine (nineteen columns).
        let wide = "北京外交部发言人表示谈判";
        let cut = truncate(wide, 10);
        assert_eq!(cut, "北京外交…");
        assert!(cut.width() <= 10, "{cut}");
        // A decomposed accent takes no column of its own: this title fits as it is.
        let decomposed = "Le mini\u{301}stre";
        assert_eq!(decomposed.width(), 11);
        assert_eq!(truncate(decomposed, 11), decomposed);
        assert_eq!(truncate("Poutine prévient", 8), "Poutine…");
    }
}
