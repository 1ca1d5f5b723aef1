//! Quotation marks: the outermost quoted spans of each paragraph.
//!
//! « … », “ … ” and straight "…" used as quotation marks; marks nested inside a span are part of
//! it. A span left open at the end of a paragraph is continued when the next paragraph opens
//! with the same mark (the French convention for a quotation over several paragraphs).

/// Which marks enclose a span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Guillemets,
    Curly,
    Straight,
}

/// One paragraph (a line of a block), as byte offsets in the block.
#[derive(Debug, Clone, Copy)]
pub struct Line {
    pub block: usize,
    pub start: usize,
    pub end: usize,
}

/// An outermost quoted span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub block: usize,
    /// Index of its paragraph in the dispatch's list of lines.
    pub line: usize,
    /// From the opening mark to after the closing mark (or the end of the paragraph).
    pub start: usize,
    pub end: usize,
    /// The quoted words: inside the marks, without the spaces next to them.
    pub text_start: usize,
    pub text_end: usize,
    pub style: Style,
    pub closed: bool,
    /// Continues a quotation opened in the previous paragraph.
    pub continues: bool,
    /// Left open at the end of its paragraph and continued in the next one.
    pub continued: bool,
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{a0}' | '\u{202f}' | '\u{2009}' | '\u{200b}')
}

/// The quotation marks of `text` (« » “ ” ") and where they stand, in order. A vectorised search
/// for their first bytes: in UTF-8 no other character holds them, and most of a line is no
/// mark, so that decoding every character to compare it (what `match_indices` does) was most
/// of finding spans.
fn marks(text: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    let b = text.as_bytes();
    memchr::memchr3_iter(b'"', 0xC2, 0xE2, b).filter_map(move |at| match b[at] {
        b'"' => Some((at, '"')),
        0xC2 => match b.get(at + 1) {
            Some(0xAB) => Some((at, '«')),
            Some(0xBB) => Some((at, '»')),
            _ => None,
        },
        _ => match (b.get(at + 1), b.get(at + 2)) {
            (Some(0x80), Some(0x9C)) => Some((at, '“')),
            (Some(0x80), Some(0x9D)) => Some((at, '”')),
            _ => None,
        },
    })
}

/// Whether `text` holds a mark that opens a quotation: « “ or ".
fn has_opener(text: &str) -> bool {
    marks(text).any(|(_, c)| matches!(c, '«' | '“' | '"'))
}

/// Finds the outermost quoted spans of every line, in reading order.
pub fn spans(blocks: &[String], lines: &[Line]) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    for (li, line) in lines.iter().enumerate() {
        let text = &blocks[line.block][line.start..line.end];
        if marks(text).next().is_none() {
            continue;
        }
        let mut stack: Vec<(Style, usize)> = Vec::new();
        let record = |open: usize, style: Style, end: usize, closed: bool, out: &mut Vec<Span>| {
            out.push(make_span(blocks, line, li, open, style, end, closed));
        };
        // Only the marks matter: jump from one to the next.
        for (i, c) in marks(text) {
            let prev = text[..i].chars().next_back();
            let next = text[i + c.len_utf8()..].chars().next();
            // A mark that can only close, with no span of its own style open, closes the span
            // open innermost, whatever mark opened it: copy mixes its marks ("“…»", "«… “,",
            // "“…\",").
            let closing = |stack: &mut Vec<(Style, usize)>, style: Style, out: &mut Vec<Span>| {
                let pos = stack
                    .iter()
                    .rposition(|s| s.0 == style)
                    .or_else(|| stack.len().checked_sub(1));
                if let Some(pos) = pos {
                    if pos == 0 {
                        let (st, open) = stack[0];
                        let end = line.start + i + c.len_utf8();
                        out.push(make_span(blocks, line, li, open, st, end, true));
                    }
                    stack.truncate(pos);
                }
            };
            // Before a punctuation mark, or the end of the line, a mark can only close.
            let before_punct = next.is_none_or(|n| ",.;:!?)]…".contains(n));
            // A curly mark between two letters is a broken character, not a mark: "vÅ“ux" is
            // "vœux" decoded in the wrong code page.
            let in_word =
                prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric);
            match c {
                '“' | '”' if in_word => {}
                '«' => stack.push((Style::Guillemets, line.start + i)),
                // “…“: some copy closes with the opening mark. After a word and before a space,
                // a punctuation mark or the line's end, with a curly span open, it closes it.
                '“' if stack.iter().any(|s| s.0 == Style::Curly)
                    && prev.is_some_and(|p| !is_space(p))
                    && next.is_none_or(|n| is_space(n) || ",.;:!?)]…".contains(n)) =>
                {
                    closing(&mut stack, Style::Curly, &mut out)
                }
                // "« Que s'est-il passé ? “, demande-t-il": an opening curly mark before a comma
                // closes what is open.
                '“' if !stack.is_empty() && before_punct => {
                    closing(&mut stack, Style::Curly, &mut out)
                }
                '“' => stack.push((Style::Curly, line.start + i)),
                // "qualifié d' »inadmissibles »": with nothing open, a closing guillemet after a
                // space and before a letter is an opening one typed the wrong way round.
                '»' if stack.is_empty()
                    && prev.is_none_or(|p| is_space(p) || "'’(".contains(p))
                    && next.is_some_and(char::is_alphanumeric) =>
                {
                    stack.push((Style::Guillemets, line.start + i));
                }
                '»' => closing(&mut stack, Style::Guillemets, &mut out),
                // "a-t-elle dit.”Le rôle de …”", "(au micro de la radio):”Je crois …”": so is a
                // closing curly mark, with nothing open, before a letter and after a space or a
                // punctuation mark.
                '”' if stack.is_empty()
                    && prev.is_none_or(|p| is_space(p) || ".:;,!?()'’".contains(p))
                    && next.is_some_and(char::is_alphanumeric) =>
                {
                    stack.push((Style::Curly, line.start + i));
                }
                '”' => closing(&mut stack, Style::Curly, &mut out),
                '"' => {
                    let after_space = prev.is_none_or(|p| is_space(p) || "([{'’«“—–-/".contains(p));
                    let can_open =
                        after_space && !before_punct && next.is_some_and(|n| !is_space(n));
                    let can_close = prev.is_some_and(|p| !is_space(p));
                    let inside = stack.iter().any(|s| s.0 == Style::Straight);
                    let top_straight = stack.last().is_some_and(|s| s.0 == Style::Straight);
                    if inside && can_close && (top_straight || !can_open) {
                        closing(&mut stack, Style::Straight, &mut out);
                    } else if can_open {
                        stack.push((Style::Straight, line.start + i));
                    } else if inside {
                        closing(&mut stack, Style::Straight, &mut out);
                    } else if !stack.is_empty() && can_close && before_punct {
                        // "“Je le promets\", a-t-il dit": it closes the curly span.
                        closing(&mut stack, Style::Straight, &mut out);
                    } else if stack.is_empty() && after_space && next.is_some_and(is_space) {
                        // "\" Il faut partir \"": spaced inside the marks, it opens one.
                        stack.push((Style::Straight, line.start + i));
                    }
                }
                _ => {}
            }
        }
        if let Some(&(style, open)) = stack.first() {
            record(open, style, line.end, false, &mut out);
        }
    }
    // Continued quotations: an open span, then a paragraph that opens with the same mark.
    for i in 0..out.len() {
        if out[i].closed {
            continue;
        }
        let li = out[i].line;
        let Some(next) = lines.get(li + 1) else {
            continue;
        };
        let next_text = blocks[next.block][next.start..next.end].trim_start_matches(is_space);
        let opener = match out[i].style {
            Style::Guillemets => '«',
            Style::Curly => '“',
            Style::Straight => '"',
        };
        let is_last_on_line = out.get(i + 1).is_none_or(|s| s.line != li);
        if is_last_on_line && next_text.starts_with(opener) {
            if let Some(j) = out.iter().position(|s| s.line == li + 1) {
                out[i].continued = true;
                out[j].continues = true;
            }
        }
    }
    out
}

/// Joins a line that leaves a quotation open to the lines that close it, when no line between
/// reopens it: copy taken from web pages breaks its lines inside sentences, so that "Il a
/// déclaré : « Les frappes ont repris.\nLes civils fuient. »" is one quotation over two lines,
/// not an opening mark with nothing after it. A quotation continued by the French convention
/// (the next line opening with the same mark) is left to [`spans`]; a mark never closed within
/// four lines stays open on its own line.
pub fn join_broken(blocks: &[String], lines: Vec<Line>) -> Vec<Line> {
    let open_at_end = |line: &Line| {
        spans(blocks, std::slice::from_ref(line))
            .into_iter()
            .find(|s| !s.closed)
            .map(|s| (s.start, s.style))
    };
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        i += 1;
        let text = &blocks[line.block][line.start..line.end];
        if !has_opener(text) {
            out.push(line);
            continue;
        }
        let Some((open, style)) = open_at_end(&line) else {
            out.push(line);
            continue;
        };
        let opener = match style {
            Style::Guillemets => '«',
            Style::Curly => '“',
            Style::Straight => '"',
        };
        let mut joined = line;
        for (k, &next) in lines.iter().enumerate().skip(i).take(4) {
            let next_text = blocks[next.block][next.start..next.end].trim_start_matches(is_space);
            if next.block != line.block || next_text.starts_with(opener) || next_text.is_empty() {
                break;
            }
            let wider = Line {
                block: line.block,
                start: line.start,
                end: next.end,
            };
            let closes = spans(blocks, std::slice::from_ref(&wider))
                .iter()
                .any(|s| s.start == open && s.closed);
            if closes {
                joined = wider;
                i = k + 1;
                break;
            }
        }
        out.push(joined);
    }
    out
}

/// How many of the paragraphs after the first that [`join_broken`] would join to it: the lines
/// over which a quotation the first one leaves open runs before it closes (0 when none does).
pub fn broken_over(paragraphs: &[&str]) -> usize {
    let Some(first) = paragraphs.first() else {
        return 0;
    };
    if !has_opener(first) {
        return 0;
    }
    let block = paragraphs.join("\n");
    let mut lines = Vec::with_capacity(paragraphs.len());
    let mut start = 0;
    for p in paragraphs {
        lines.push(Line {
            block: 0,
            start,
            end: start + p.len(),
        });
        start += p.len() + 1;
    }
    let first_end = join_broken(std::slice::from_ref(&block), lines.clone())[0].end;
    lines.iter().filter(|l| l.end <= first_end).count() - 1
}

fn make_span(
    blocks: &[String],
    line: &Line,
    li: usize,
    open: usize,
    style: Style,
    end: usize,
    closed: bool,
) -> Span {
    let text = &blocks[line.block];
    let open_len = text[open..].chars().next().map_or(1, char::len_utf8);
    let close_len = if closed {
        text[..end].chars().next_back().map_or(0, char::len_utf8)
    } else {
        0
    };
    let inner = &text[open + open_len..end - close_len];
    let lead = inner.len() - inner.trim_start_matches(is_space).len();
    let trimmed = inner.trim_matches(is_space);
    let text_start = open + open_len + lead;
    Span {
        block: line.block,
        line: li,
        start: open,
        end,
        text_start,
        text_end: text_start + trimmed.len(),
        style,
        closed,
        continues: false,
        continued: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<Line> {
        let mut lines = Vec::new();
        let mut start = 0;
        for l in text.split('\n') {
            lines.push(Line {
                block: 0,
                start,
                end: start + l.len(),
            });
            start += l.len() + 1;
        }
        lines
    }

    fn quoted(text: &str) -> Vec<String> {
        spans(&[text.to_owned()], &lines(text))
            .iter()
            .map(|s| text[s.text_start..s.text_end].to_owned())
            .collect()
    }

    #[test]
    fn every_style_and_space() {
        assert_eq!(
            quoted("a «\u{a0}un\u{a0}» b «\u{202f}deux\u{202f}» c «trois» d “quatre” e \"cinq\""),
            ["un", "deux", "trois", "quatre", "cinq"]
        );
    }

    #[test]
    fn an_opening_curly_mark_that_closes_and_a_broken_character() {
        assert_eq!(
            quoted("des propos “absurdes“ et de “dictateur“. “C'est faux“, a-t-elle dit."),
            ["absurdes", "dictateur", "C'est faux"]
        );
        assert_eq!(
            quoted("ses vÅ“ux à ceux qui «sont seuls» et “un “mot” cité”."),
            ["sont seuls", "un “mot” cité"]
        );
    }

    #[test]
    fn nested_marks_stay_inside() {
        assert_eq!(
            quoted("« On nous a dit \"plus tard\", puis “jamais” », a-t-elle dit."),
            ["On nous a dit \"plus tard\", puis “jamais”"]
        );
        assert_eq!(
            quoted("“Il disait : \"Allez.\" Et voilà”"),
            ["Il disait : \"Allez.\" Et voilà"]
        );
    }

    #[test]
    fn straight_quote_after_an_elision() {
        assert_eq!(
            quoted("la piste d'\"un repreneur\", dit-il"),
            ["un repreneur"]
        );
    }

    #[test]
    fn a_quotation_over_a_broken_line_is_one() {
        let text = "Il a déclaré : « Les frappes ont repris.\nLes civils fuient. »\nFin.";
        let joined = join_broken(&[text.to_owned()], lines(text));
        assert_eq!(joined.len(), 2);
        let s = spans(&[text.to_owned()], &joined);
        assert_eq!(s.len(), 1);
        assert!(s[0].closed);
        assert_eq!(
            &text[s[0].text_start..s[0].text_end],
            "Les frappes ont repris.\nLes civils fuient."
        );
        // The French convention: each paragraph reopens the mark; lines stay apart.
        let text = "Elle dit : « Un.\n« Deux », conclut-elle.";
        assert_eq!(join_broken(&[text.to_owned()], lines(text)).len(), 2);
        assert_eq!(broken_over(&["A dit : « Un.", "Deux. »", "Fin."]), 1);
        assert_eq!(
            broken_over(&["A dit : « Un.", "Deux.", "Trois » ici.", "Fin."]),
            2
        );
        assert_eq!(broken_over(&["A dit : « Un. »", "Deux. »"]), 0);
        assert_eq!(broken_over(&["A dit : « Un.", "« Deux. »"]), 0);
        // A mark never closed stays on its line.
        let text = "Il a dit « oui.\nPuis rien.\nEncore rien.\nToujours rien.\nRien.\nFin » ici.";
        assert_eq!(join_broken(&[text.to_owned()], lines(text)).len(), 6);
    }

    #[test]
    fn continued_over_paragraphs() {
        let text = "Elle dit : « Un.\n« Deux.\n« Trois », conclut-elle.";
        let s = spans(&[text.to_owned()], &lines(text));
        assert_eq!(s.len(), 3);
        assert!(s[0].continued && !s[0].continues && !s[0].closed);
        assert!(s[1].continued && s[1].continues);
        assert!(!s[2].continued && s[2].continues && s[2].closed);
        assert_eq!(&text[s[1].text_start..s[1].text_end], "Deux.");
    }
}
