//! Cutting a very long paragraph into passages: windows of at most about
//! [`MAX_PASSAGE_CHARS`](super::MAX_PASSAGE_CHARS) characters, at sentence boundaries.

use crate::text::sentences::sentence_starts;

/// Cuts `text` into byte ranges of at most about `max_chars` characters, at sentence boundaries
/// where it can (a single longer sentence is cut between words). A sentence boundary inside one
/// of the `quotations` (byte ranges) is passed over when another one will do: a quotation of
/// several sentences stays in one passage, with the incise after it that says whose it is.
pub fn windows(text: &str, max_chars: usize, quotations: &[(usize, usize)]) -> Vec<(usize, usize)> {
    if text.chars().count() <= max_chars {
        return vec![(0, text.len())];
    }
    let starts = sentence_starts(text);
    let mut out = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let limit = byte_after_chars(text, start, max_chars);
        if limit >= text.len() {
            out.push((start, text.len()));
            break;
        }
        // The last sentence start that keeps the window under the limit.
        let inside = |c: usize| quotations.iter().any(|&(a, b)| a < c && c < b);
        let cut = starts
            .iter()
            .copied()
            .rfind(|&s| s > start && s <= limit && !inside(s))
            .or_else(|| starts.iter().copied().rfind(|&s| s > start && s <= limit))
            .or_else(|| text[start..limit].rfind(' ').map(|i| start + i + 1))
            .filter(|&c| c > start)
            .unwrap_or(limit);
        out.push((start, trim_end(text, start, cut)));
        start = cut;
        while text[start..].starts_with(char::is_whitespace) {
            start += text[start..].chars().next().map_or(1, char::len_utf8);
        }
    }
    out
}

fn trim_end(text: &str, start: usize, end: usize) -> usize {
    start + text[start..end].trim_end().len()
}

fn byte_after_chars(text: &str, start: usize, n: usize) -> usize {
    text[start..]
        .char_indices()
        .nth(n)
        .map_or(text.len(), |(i, _)| start + i)
}
