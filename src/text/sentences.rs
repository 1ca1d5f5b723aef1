//! Where sentences begin.

/// Abbreviations after which a period does not end a sentence ("M. Peskov").
const ABBREVIATIONS: [&str; 12] = [
    "M", "MM", "Mme", "Mmes", "Mlle", "Dr", "Pr", "Me", "Mgr", "St", "av", "etc",
];

/// Byte offsets where sentences begin (the first excluded).
pub fn sentence_starts(text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (_, c) = chars[i];
        if c == '\n' {
            if let Some(&(next, _)) = chars.get(i + 1) {
                out.push(next);
            }
            i += 1;
            continue;
        }
        if matches!(c, '.' | '!' | '?' | '…') {
            // Closing marks may follow the final punctuation.
            let mut j = i + 1;
            while j < chars.len()
                && matches!(chars[j].1, '»' | '"' | '”' | ')' | '\u{a0}' | '\u{202f}')
            {
                j += 1;
            }
            let ws_start = j;
            while j < chars.len() && chars[j].1.is_whitespace() {
                j += 1;
            }
            if j > ws_start && j < chars.len() {
                let next = chars[j].1;
                let starts_sentence = next.is_uppercase()
                    || next.is_ascii_digit()
                    || matches!(next, '«' | '"' | '“' | '-' | '–' | '—');
                let word_before: String = text[..chars[i].0]
                    .chars()
                    .rev()
                    .take_while(|c| c.is_alphabetic())
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect();
                let abbreviation = c == '.'
                    && (ABBREVIATIONS.contains(&word_before.as_str())
                        || (word_before.chars().count() == 1
                            && word_before.chars().all(char::is_uppercase)));
                if starts_sentence && !abbreviation {
                    out.push(chars[j].0);
                }
            }
            i = j.max(i + 1);
            continue;
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations_do_not_end_sentences() {
        assert!(sentence_starts("Selon M. Peskov, rien. Puis autre chose.").len() == 1);
    }
}
