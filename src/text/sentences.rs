//! Where sentences end: one rule for passages' windows, snippets and quotation extraction.
//!
//! A sentence ends at final punctuation (`.`, `!`, `?`, `…`), after any closing marks (`»`, `”`,
//! `)` …), when what follows opens a sentence (a capital, a digit, an opening quotation mark or a
//! dash), and when the period is not an abbreviation's ("M. Peskov", "le 3 janv. 2025", "J. Biden").
//! [`sentence_starts`] applies it to characters; extraction applies it to its tokens, with
//! [`is_final`], [`opens_sentence`] and [`is_abbreviation`].

/// Abbreviations after which a period does not end a sentence, lower-cased.
const ABBREVIATIONS: [&str; 24] = [
    "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "mgr", "st", "ste", "av", "etc", "cf",
    "janv", "févr", "fév", "avr", "juil", "sept", "oct", "nov", "déc", "p",
];

/// Punctuation that ends a sentence.
pub fn is_final(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

/// Marks that may follow the final punctuation and still belong to the sentence.
fn is_closing(c: char) -> bool {
    matches!(c, '»' | '"' | '”' | ')' | '\u{a0}' | '\u{202f}')
}

/// Whether a sentence can begin with `c`.
pub fn opens_sentence(c: char) -> bool {
    c.is_uppercase() || c.is_ascii_digit() || matches!(c, '«' | '"' | '“' | '-' | '–' | '—')
}

/// Whether a period after the word `lower` (lower-cased; `capitalised` when it was written with a
/// capital; `before` the word before it, lower-cased) is an abbreviation's: a listed
/// abbreviation, or a single capital (an initial) — but not the network a text was posted on
/// ("a-t-il écrit sur X. Sa collègue …").
pub fn is_abbreviation(lower: &str, capitalised: bool, before: &str) -> bool {
    let network = matches!(
        before,
        "sur" | "réseau" | "social" | "compte" | "plateforme" | "via"
    );
    ABBREVIATIONS.contains(&lower) || (capitalised && lower.chars().count() == 1 && !network)
}

/// The word before the one ending at byte `end` of `text`.
fn previous_word(text: &str, end: usize) -> &str {
    text[..end]
        .trim_end_matches(|c: char| c.is_alphabetic())
        .trim_end_matches(|c: char| !c.is_alphabetic())
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("")
}

/// Byte offsets where sentences begin (the first excluded). A line break always begins one.
pub fn sentence_starts(text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if c == '\n' {
            if let Some(&(next, _)) = chars.peek() {
                out.push(next);
            }
            continue;
        }
        if !is_final(c) {
            continue;
        }
        // The closing marks, then the spaces, belong to this sentence; what follows them may
        // open the next one.
        while chars.next_if(|&(_, c)| is_closing(c)).is_some() {}
        let mut spaced = false;
        while chars.next_if(|&(_, c)| c.is_whitespace()).is_some() {
            spaced = true;
        }
        let Some(&(next, first)) = chars.peek() else {
            continue;
        };
        if spaced && opens_sentence(first) {
            let word_before = text[..at]
                .rsplit(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or("");
            let abbreviation = c == '.'
                && is_abbreviation(
                    &word_before.to_lowercase(),
                    word_before.starts_with(char::is_uppercase),
                    &previous_word(text, at).to_lowercase(),
                );
            if !abbreviation {
                out.push(next);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        let mut starts = vec![0];
        starts.extend(sentence_starts(text));
        starts.push(text.len());
        starts.windows(2).map(|w| text[w[0]..w[1]].trim()).collect()
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        assert!(sentence_starts("Selon M. Peskov, rien. Puis autre chose.").len() == 1);
        // The network a text was posted on is no initial.
        assert_eq!(
            sentences("Il l'a écrit sur X. Sa collègue George W. Reed répond."),
            ["Il l'a écrit sur X.", "Sa collègue George W. Reed répond."]
        );
        assert_eq!(
            sentences("Le 3 janv. 2025, Mme Dupont et J. Martin ont parlé. Ils partent."),
            [
                "Le 3 janv. 2025, Mme Dupont et J. Martin ont parlé.",
                "Ils partent."
            ]
        );
    }

    #[test]
    fn closing_marks_stay_with_their_sentence() {
        assert_eq!(
            sentences("Il a dit\u{a0}: «\u{a0}Nous partons.\u{a0}» 2025 sera calme\u{202f}? «Oui\u{a0}!» — Non."),
            [
                "Il a dit\u{a0}: «\u{a0}Nous partons.\u{a0}»",
                "2025 sera calme\u{202f}?",
                "«Oui\u{a0}!»",
                "— Non."
            ]
        );
    }

    #[test]
    fn a_lower_case_word_continues_the_sentence() {
        assert_eq!(
            sentences("Il est 10 h. environ, dit-il."),
            ["Il est 10 h. environ, dit-il."]
        );
    }

    /// The rule as first written, over a vector of characters: what `sentence_starts` gives.
    #[test]
    fn starts_as_found_over_a_vector_of_characters() {
        fn reference(text: &str) -> Vec<usize> {
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
                if is_final(c) {
                    let mut j = i + 1;
                    while j < chars.len() && is_closing(chars[j].1) {
                        j += 1;
                    }
                    let ws_start = j;
                    while j < chars.len() && chars[j].1.is_whitespace() {
                        j += 1;
                    }
                    if j > ws_start && j < chars.len() && opens_sentence(chars[j].1) {
                        let word_before = text[..chars[i].0]
                            .rsplit(|c: char| !c.is_alphabetic())
                            .next()
                            .unwrap_or("");
                        let abbreviation = c == '.'
                            && is_abbreviation(
                                &word_before.to_lowercase(),
                                word_before.starts_with(char::is_uppercase),
                                &previous_word(text, chars[i].0).to_lowercase(),
                            );
                        if !abbreviation {
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
        for text in [
            "",
            ".",
            "Fin.",
            "Fin. ",
            "Un. Deux! Trois? Quatre… cinq. 6 fois.\nLigne.\n\nAutre",
            "« Il part. » Puis : « Non ! » — Et lui.\u{a0}Oui.\u{202f}« Bien »",
            "Selon M. Peskov, rien. Puis J. Biden. Le 3 janv. 2025, Mme Dupont.",
            "Fin.)  \n Suite.\n",
            "Ça va. Élysée. ÉTAT. l'autre. -- tiret. – demi. …\n",
            "x.\u{a0}\u{a0}Y.\u{202f} \u{202f}Z",
        ] {
            assert_eq!(sentence_starts(text), reference(text), "{text:?}");
        }
    }
}
