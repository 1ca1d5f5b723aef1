//! Words French news uses for one another (`frappe` / `bombardement`, `pourparlers` /
//! `négociations`): a query word also finds the other words of its group, ranked below the word
//! itself (see `search::plan`).
//!
//! A bundled list (`synonyms.txt`) is compiled in; a file `synonyms.txt` in the index directory
//! extends it. One group per line, words separated by ` | `, `#` starting a comment.

use std::path::Path;
use std::sync::{Arc, OnceLock};

use crate::text::fold::fold;

/// The file an index directory may hold to extend the bundled list.
pub const FILE_NAME: &str = "synonyms.txt";

const BUNDLED: &str = include_str!("synonyms.txt");

/// Groups of words standing for one another, folded.
#[derive(Debug, Clone, Default)]
pub struct Synonyms {
    groups: Arc<Vec<Vec<String>>>,
    /// The first three letters of the members of several words, for [`Synonyms::may_begin_member_of_several`].
    several: Arc<Vec<String>>,
}

impl Synonyms {
    /// The bundled list.
    pub fn bundled() -> Synonyms {
        static B: OnceLock<Synonyms> = OnceLock::new();
        B.get_or_init(|| {
            let mut s = Synonyms::default();
            s.add_lines(BUNDLED);
            s
        })
        .clone()
    }

    /// The bundled list extended by `index_dir/synonyms.txt` when there is one.
    pub fn load(index_dir: &Path) -> anyhow::Result<Synonyms> {
        let mut s = Synonyms::bundled();
        if let Some(text) = super::read_if_present(&index_dir.join(FILE_NAME))? {
            s.add_lines(&text);
        }
        Ok(s)
    }

    /// Adds groups, one a line; a line of fewer than two words is ignored.
    pub fn add_lines(&mut self, text: &str) {
        let groups = Arc::make_mut(&mut self.groups);
        for line in text.lines() {
            let line = line.split('#').next().unwrap_or("");
            let words: Vec<String> = line
                .split('|')
                .map(|w| fold(w.trim()))
                .filter(|w| !w.is_empty())
                .collect();
            if words.len() >= 2 {
                groups.push(words);
            }
        }
        let mut several: Vec<String> = Vec::new();
        for w in self.groups.iter().flatten() {
            if w.contains([' ', '-', '\'', '’']) {
                let h = head(w);
                if !several.contains(&h) {
                    several.push(h);
                }
            }
        }
        self.several = Arc::new(several);
    }

    /// Whether `word` may be the first of a member of several words (`centrales` of `centrales
    /// électriques`): a cheap test before looking the words after it up.
    pub fn may_begin_member_of_several(&self, word: &str) -> bool {
        let h = head(word);
        self.several.contains(&h)
    }

    /// The groups that may hold `word` as the index analyses it: those with a word beginning
    /// as it does (folding and stemming change a word's ending, not its first three letters).
    pub fn candidates<'a>(&'a self, word: &str) -> impl Iterator<Item = &'a [String]> + 'a {
        let head = head(word);
        self.groups
            .iter()
            .filter(move |g| g.iter().any(|w| w.starts_with(&head)))
            .map(Vec::as_slice)
    }
}

/// The first three letters of a text's first word, folded, after an elision (`l'attaque`:
/// `att`).
fn head(text: &str) -> String {
    let folded = fold(text);
    let first = folded.split_whitespace().next().unwrap_or("");
    let word = first.rsplit(['\'', '’']).next().unwrap_or("");
    word.chars().take(3).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_list_reads_and_an_index_list_extends_it() {
        let b = Synonyms::bundled();
        assert!(b
            .candidates("Frappes")
            .any(|g| g.contains(&"bombardement".to_owned())));
        assert_eq!(b.candidates("xylophone").count(), 0);
        let mut s = b.clone();
        s.add_lines("# comment\nxylophone | marimba\nalone\n");
        let found: Vec<&[String]> = s.candidates("Xylophones").collect();
        assert_eq!(found, [&["xylophone".to_owned(), "marimba".to_owned()][..]]);
        assert!(s.groups.len() == b.groups.len() + 1);
        // Members of several words are known by their first word.
        assert!(!s.may_begin_member_of_several("xylophone"));
        s.add_lines("pluie | averses orageuses | l'ondée du soir\n");
        assert!(s.may_begin_member_of_several("Averses"));
        assert!(s.may_begin_member_of_several("ondée"));
        assert!(!s.may_begin_member_of_several("orageuses"));
        assert!(!s.may_begin_member_of_several("pluie"));
        assert!(b.may_begin_member_of_several("centrales"));
    }
}
