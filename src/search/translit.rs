//! Other spellings of a transliterated name: Russian and Ukrainian names reach French copy through
//! French transliteration (`Oumerov`, `Orechnik`, `Zaporijjia`, `Medinski`) and through English
//! (`Umerov`, `Oreshnik`, `Zaporizhzhia`, `Medinsky`), and agencies mix them. A word the index
//! holds rarely or not at all is respelt by the correspondences between the two systems, in both
//! directions; the respellings the index holds more often become spellings of the word, as the
//! alias list's are.

/// Correspondences between English and French transliteration, applied either way.
const PAIRS: [(&str, &str); 9] = [
    ("shch", "chtch"),
    ("zh", "j"),
    ("sh", "ch"),
    ("kh", "h"),
    ("ks", "x"),
    ("dh", "d"),
    ("y", "i"),
    ("u", "ou"),
    ("w", "v"),
];

/// A word is respelt only when the index holds it in at most this many passages, or in at most
/// one passage in `MAX_SHARE`: names are rare words; a common word has no other spelling.
pub const MAX_DOC_FREQ: u64 = 20;
pub const MAX_SHARE: u64 = 500;

/// At most this many respellings of a word are tried.
const MAX_VARIANTS: usize = 64;

/// The respellings of `word` (folded, lower-case): every combination of correspondences applied
/// at distinct, non-overlapping places, the word itself excluded.
pub fn variants(word: &str) -> Vec<String> {
    // Every place a correspondence applies: (start, end, replacement); the longer patterns
    // first, so that `dh` is one place, not `d` and then `h`.
    let mut directed: Vec<(&str, &str)> =
        PAIRS.iter().flat_map(|&(a, b)| [(a, b), (b, a)]).collect();
    directed.sort_by_key(|(from, _)| std::cmp::Reverse(from.len()));
    let mut sites: Vec<(usize, usize, &str)> = Vec::new();
    for (from, to) in directed {
        let mut at = 0;
        while let Some(i) = word[at..].find(from) {
            let start = at + i;
            let end = start + from.len();
            // The `u` of `ou` is French already.
            let inside_ou = from == "u" && word[..start].ends_with('o');
            let overlaps = sites.iter().any(|&(s, e, _)| start < e && s < end);
            if !inside_ou && !overlaps {
                sites.push((start, end, to));
            }
            at = end;
        }
    }
    sites.sort_unstable();
    sites.truncate(6);
    let mut out: Vec<String> = Vec::new();
    for mask in 1u32..(1 << sites.len()) {
        let mut s = String::with_capacity(word.len() + 4);
        let mut at = 0;
        for (j, &(start, end, to)) in sites.iter().enumerate() {
            if mask & (1 << j) != 0 {
                s.push_str(&word[at..start]);
                s.push_str(to);
                at = end;
            }
        }
        s.push_str(&word[at..]);
        if s != word && !out.contains(&s) {
            out.push(s);
        }
        if out.len() >= MAX_VARIANTS {
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_and_french_transliterations_meet() {
        assert!(variants("umerov").contains(&"oumerov".to_owned()));
        assert!(variants("oumerov").contains(&"umerov".to_owned()));
        assert!(variants("oreshnik").contains(&"orechnik".to_owned()));
        assert!(variants("orechnik").contains(&"oreshnik".to_owned()));
        assert!(variants("zaporizhzhia").contains(&"zaporijjia".to_owned()));
        assert!(variants("medinsky").contains(&"medinski".to_owned()));
        assert!(variants("riyadh").contains(&"riyad".to_owned()));
        assert!(!variants("riyadh").contains(&"riyadh".to_owned()));
    }
}
