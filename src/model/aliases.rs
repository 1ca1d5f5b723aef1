//! Spelling variants of speakers' names: "Sergei Lavrov" and "Sergueï Lavrov", "Zelenski" and
//! "Zelensky" are one speaker.
//!
//! A bundled list is compiled in; a file `aliases.txt` in the index directory extends it. Both
//! use one line per person: `Canonical Name<TAB>variant<TAB>variant…`, `#` starts a comment.
//! Indexing maps every speaker to its canonical name; `search --speaker` maps the name typed.

use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, OnceLock};

use anyhow::Context as _;

use crate::text::fold::fold;

/// The file an index directory may hold to extend the bundled aliases.
pub const FILE_NAME: &str = "aliases.txt";

const BUNDLED: &str = include_str!("aliases.txt");

/// Canonical names by variant.
#[derive(Debug, Clone, Default)]
pub struct Aliases {
    /// Folded full variant → canonical name.
    full: HashMap<String, String>,
    /// Folded surname of a variant or canonical name → canonical name (unambiguous ones only).
    surname: HashMap<String, Option<String>>,
}

impl Aliases {
    /// The bundled list.
    pub fn bundled() -> Arc<Aliases> {
        static B: OnceLock<Arc<Aliases>> = OnceLock::new();
        B.get_or_init(|| {
            let mut a = Aliases::default();
            a.add_lines(BUNDLED);
            Arc::new(a)
        })
        .clone()
    }

    /// The bundled list extended by `index_dir/aliases.txt` when there is one.
    pub fn load(index_dir: &Path) -> anyhow::Result<Aliases> {
        let mut a = (*Aliases::bundled()).clone();
        let path = index_dir.join(FILE_NAME);
        match std::fs::read_to_string(&path) {
            Ok(text) => a.add_lines(&text),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => {
                return Err(e).with_context(|| format!("cannot read {}", path.display()));
            }
        }
        Ok(a)
    }

    /// Adds lines in the file format; later lines win.
    pub fn add_lines(&mut self, text: &str) {
        for line in text.lines() {
            let line = line.split('#').next().unwrap_or("").trim_end();
            let mut fields = line.split('\t').map(str::trim).filter(|f| !f.is_empty());
            let Some(canonical) = fields.next() else {
                continue;
            };
            let canonical = canonical.to_owned();
            for variant in std::iter::once(canonical.as_str()).chain(fields) {
                let folded = fold(variant);
                let words: Vec<&str> = folded.split_whitespace().collect();
                if words.len() > 1 {
                    self.full.insert(words.join(" "), canonical.clone());
                }
                if let Some(last) = words.last() {
                    // A surname shared by two people maps to neither.
                    let entry = self
                        .surname
                        .entry((*last).to_owned())
                        .or_insert(Some(canonical.clone()));
                    if entry.as_deref() != Some(canonical.as_str()) {
                        *entry = if words.len() == 1 {
                            Some(canonical.clone())
                        } else {
                            None
                        };
                    }
                }
            }
        }
    }

    /// The canonical form of a speaker's name; the name itself when the list does not know it.
    pub fn canonical(&self, name: &str) -> String {
        self.lookup(name).unwrap_or_else(|| name.to_owned())
    }

    fn lookup(&self, name: &str) -> Option<String> {
        let folded = fold(name);
        let words: Vec<&str> = folded.split_whitespace().collect();
        if words.len() > 1 {
            if let Some(c) = self.full.get(&words.join(" ")) {
                return Some(c.clone());
            }
            // "Sergei Viktorovitch Lavrov" is not listed: only exact full names map.
            return None;
        }
        self.surname.get(*words.first()?).cloned().flatten()
    }

    /// The name `search --speaker` looks for: the canonical full name for a listed full variant,
    /// the canonical surname for a listed surname ("zelenski" → "Zelensky"), else the name typed.
    pub fn query_name(&self, typed: &str) -> String {
        let words = typed.split_whitespace().count();
        match self.lookup(typed) {
            Some(c) if words > 1 => c,
            Some(c) => c.split_whitespace().last().unwrap_or(typed).to_owned(),
            None => typed.to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_meet() {
        let a = Aliases::bundled();
        assert_eq!(a.canonical("Sergei Lavrov"), "Sergueï Lavrov");
        assert_eq!(a.canonical("Zelenskyy"), "Volodymyr Zelensky");
        assert_eq!(a.canonical("ZELENSKI"), "Volodymyr Zelensky");
        assert_eq!(a.canonical("Hélène Marchetti"), "Hélène Marchetti");
        assert_eq!(a.query_name("zelenski"), "Zelensky");
        assert_eq!(a.query_name("sergei lavrov"), "Sergueï Lavrov");
        assert_eq!(a.query_name("dupont"), "dupont");
    }

    #[test]
    fn a_user_file_extends_the_list() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join(FILE_NAME),
            "# ours\nAnatoli Berezine\tAnatoly Berezin\tBerezin\n",
        )
        .unwrap();
        let a = Aliases::load(dir.path()).unwrap();
        assert_eq!(a.canonical("Anatoly Berezin"), "Anatoli Berezine");
        assert_eq!(a.canonical("Berezin"), "Anatoli Berezine");
        assert_eq!(a.canonical("Sergei Lavrov"), "Sergueï Lavrov");
        assert!(Aliases::load(&dir.path().join("none")).is_ok());
    }
}
