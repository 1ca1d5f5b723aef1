//! Counting in terminal columns, for every cut, pad and wrap of the terminal output: a wide
//! character (Chinese, Japanese, most emoji) takes two columns, a combining accent none, a colour
//! escape none. Counting characters instead pushes a line with Chinese names past the edge of the
//! terminal and wraps a line with decomposed accents or colours too early.
//!
//! Lengths in characters that are not columns stay characters: the snippet window
//! ([`crate::search::snippet::crop`]) is a length of text, the same in JSON and on the web page;
//! it is wrapped here when it is shown on a terminal.

use std::ops::Range;

use textwrap::core::{break_words, display_width};
use textwrap::wrap_algorithms::wrap_first_fit;
use textwrap::WordSeparator;

/// The columns `s` takes on a terminal.
pub fn width(s: &str) -> usize {
    display_width(s)
}

/// The spaces that bring `s` to `columns` columns (none when it is as wide or wider).
pub fn pad(s: &str, columns: usize) -> String {
    " ".repeat(columns.saturating_sub(width(s)))
}

/// `s` in at most `max` columns, cut with "…" (after the last character that fits, spaces before
/// the cut dropped).
pub fn truncate(s: &str, max: usize) -> String {
    if width(s) <= max {
        return s.to_owned();
    }
    let room = max.saturating_sub(1);
    let mut used = 0;
    let mut end = 0;
    for (i, c) in s.char_indices() {
        let w = width(c.encode_utf8(&mut [0; 4]));
        if used + w > room {
            break;
        }
        used += w;
        end = i + c.len_utf8();
    }
    format!("{}…", s[..end].trim_end())
}

/// The lines of `text` wrapped to `columns` columns, as byte ranges of `text`: cut at spaces, a
/// word wider than a line cut where the line is full. The spaces where a line was cut belong to
/// no line.
pub fn lines(text: &str, columns: usize) -> Vec<Range<usize>> {
    let columns = columns.max(1);
    let words = break_words(WordSeparator::AsciiSpace.find_words(text), columns);
    // Every word is a slice of `text`: its place in `text` is where it starts in memory.
    let start_of = |word: &str| word.as_ptr() as usize - text.as_ptr() as usize;
    wrap_first_fit(&words, &[columns as f64])
        .iter()
        .filter_map(|line| {
            let (first, last) = (line.first()?, line.last()?);
            let range = start_of(first.word)..start_of(last.word) + last.word.len();
            (!range.is_empty()).then_some(range)
        })
        .collect()
}

/// `text` wrapped to `columns` columns (see [`lines`]).
pub fn wrap(text: &str, columns: usize) -> Vec<&str> {
    lines(text, columns).into_iter().map(|r| &text[r]).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Chinese characters take two columns each; counting characters would fit twice as many.
    const WIDE: &str = "北京外交部发言人表示谈判";

    #[test]
    fn a_cut_counts_columns_not_characters() {
        // Twelve wide characters take 24 columns: four of them (eight columns) and "…" fit in
        // ten, where counting characters would have kept nine (nineteen columns).
        let cut = truncate(WIDE, 10);
        assert_eq!(cut, "北京外交…");
        assert_eq!(width(&cut), 9);
        // A decomposed accent takes no column of its own: this title fits as it is.
        let decomposed = "Le mini\u{301}stre";
        assert_eq!(decomposed.chars().count(), 12);
        assert_eq!(width(decomposed), 11);
        assert_eq!(truncate(decomposed, 11), decomposed);
        assert_eq!(
            truncate(&format!("{decomposed} parle"), 12),
            "Le mini\u{301}stre…"
        );
        assert_eq!(truncate("Poutine prévient", 8), "Poutine…");
        assert_eq!(truncate("Poutine prévient", 9), "Poutine…");
    }

    #[test]
    fn padding_lines_up_wide_and_decomposed_names() {
        for name in ["Xi Jinping", "习近平", "Zelensky\u{301}", "Zelensky"] {
            let cell = format!("{name}{}|", pad(name, 12));
            assert_eq!(width(&cell), 13, "{cell}");
        }
        let colored = "\u{1b}[1;31mPeskov\u{1b}[0m";
        assert_eq!(pad(colored, 8), "  ");
    }

    #[test]
    fn wrapping_fills_lines_to_their_columns() {
        // Each Chinese word takes six columns: two of them and a space fit in 13, not three.
        let text = "北京外 交部发 言人表 示谈判";
        assert_eq!(wrap(text, 13), ["北京外 交部发", "言人表 示谈判"]);
        // With decomposed accents, a line holds as many columns as it shows.
        let text = "mini\u{301}stre e\u{301}lu\u{301} de\u{301}s";
        assert_eq!(
            wrap(text, 13),
            ["mini\u{301}stre e\u{301}lu\u{301}", "de\u{301}s"]
        );
        // Colour escapes take no room.
        let text = "un \u{1b}[31mmot\u{1b}[0m de plus";
        assert_eq!(wrap(text, 10), ["un \u{1b}[31mmot\u{1b}[0m de", "plus"]);
        // A word wider than a line is cut where the line is full.
        assert_eq!(wrap(WIDE, 10), ["北京外交部", "发言人表示", "谈判"]);
        // The lines are places in the text, the spaces of the cuts left out.
        assert_eq!(lines("abc def ghi", 7), [0..7, 8..11]);
    }
}
