//! A hit for a person at a terminal: rank, date, title and place on one aligned line, the snippet
//! wrapped to the terminal's width with the matched words highlighted, who is quoted.

use std::io::{self, Write};

use super::color::{Style, DATE, DIM, MATCH, PATH, RANK};
use super::columns::{self, truncate};
use crate::search::{Explanation, Hit};

/// The width of a hit's place (`dispatch ¶N`), to line up the places of several hits.
pub fn place_width(hit: &Hit) -> usize {
    columns::width(&format!("{} ¶{}", hit.dispatch, hit.passage))
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
    let fixed = 3 + 2 + columns::width(&date) + 2 + 2 + place_width.max(columns::width(&place));
    let title_room = width.saturating_sub(fixed).max(20);
    let title = truncate(&hit.title.replace('\n', " "), title_room);
    writeln!(
        out,
        "{}  {}  {}{}  {}",
        style.paint(RANK, &format!("{:>3}", hit.rank)),
        style.paint(DATE, &date),
        title,
        columns::pad(&title, title_room),
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

/// The snippet as lines of `width` columns, each a list of (text, highlighted) runs, with "…"
/// where it was cropped.
fn wrap(hit: &Hit, width: usize) -> Vec<Vec<(String, bool)>> {
    let (start, end) = hit.snippet;
    // The text shown, and whether each of its bytes is highlighted.
    let mut shown = String::new();
    let mut lit: Vec<bool> = Vec::new();
    let mut push = |s: &str, on: bool| {
        shown.push_str(s);
        lit.resize(shown.len(), on);
    };
    if start > 0 {
        push("… ", false);
    }
    for (i, c) in hit.text[start..end].char_indices() {
        let at = start + i;
        let on = hit.highlights.iter().any(|&(s, e)| at >= s && at < e);
        let mut utf8 = [0; 4];
        push(
            if c == '\n' {
                " "
            } else {
                c.encode_utf8(&mut utf8)
            },
            on,
        );
    }
    if end < hit.text.len() {
        push(" …", false);
    }
    columns::lines(&shown, width)
        .into_iter()
        .map(|line| {
            let mut runs: Vec<(String, bool)> = Vec::new();
            for (i, c) in shown[line.clone()].char_indices() {
                let on = lit[line.start + i];
                match runs.last_mut() {
                    Some((s, l)) if *l == on => s.push(c),
                    _ => runs.push((c.to_string(), on)),
                }
            }
            runs
        })
        .collect()
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
