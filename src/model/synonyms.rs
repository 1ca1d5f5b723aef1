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
    }

    /// The groups that may hold `word` as the index analyses it: those with a word beginning
    /// as it does (folding and stemming change a word's ending, not its first three letters).
    pub fn candidates<'a>(&'a self, word: &str) -> impl Iterator<Item = &'a [String]> + 'a {
        let folded = fold(word);
        // `l'attaque`: the word after an elision.
        let word = folded.rsplit(['\'', '’']).next().unwrap_or("");
        let head: String = word.chars().take(3).collect();
        self.groups
            .iter()
            .filter(move |g| g.iter().any(|w| w.starts_with(&head)))
            .map(Vec::as_slice)
    }
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
    }
}
