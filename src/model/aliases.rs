//! The people gazetteer: who is quoted in the news, under which canonical name, with which
//! spellings, gender and roles. "Sergei Lavrov" and "Sergueï Lavrov", "Zelenski" and "Zelensky"
//! are one speaker; "Sikorski" alone is "Radosław Sikorski" when no one else in the gazetteer
//! bears that surname; "le porte-parole du Kremlin" is Dmitri Peskov while he holds the office.
//!
//! A bundled list (`people.tsv`) is compiled in; a file `aliases.txt` in the index directory
//! extends it. Two line formats are read, `#` starting a comment:
//!
//! - `Name<TAB>gender<TAB>variant | variant…<TAB>role@FROM..TO | role…` — gender `m`, `f` or `-`;
//!   a role's period is optional, either end may be left open, dates are `YYYY`, `YYYY-MM` or
//!   `YYYY-MM-DD`;
//! - `Name<TAB>variant<TAB>variant…` — the older aliases list.
//!
//! Indexing maps every speaker to its canonical name; `search --speaker` maps the name typed.

use std::path::Path;
use std::sync::{Arc, OnceLock};

use anyhow::Context as _;
use rustc_hash::FxHashMap as HashMap;

use super::roles::Role;
use crate::text::fold::fold;

/// Grammatical gender of a person or of the words that refer to them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    M,
    F,
    /// Not known: compatible with both.
    U,
}

impl Gender {
    pub fn compatible(self, other: Gender) -> bool {
        self == Gender::U || other == Gender::U || self == other
    }

    /// `self` unless unknown, else `other`.
    pub fn or(self, other: Gender) -> Gender {
        if self == Gender::U {
            other
        } else {
            self
        }
    }
}

/// The file an index directory may hold to extend the bundled gazetteer.
pub const FILE_NAME: &str = "aliases.txt";

const BUNDLED: &str = include_str!("people.tsv");

/// An office held, for the period it was held (`YYYYMMDD` bounds, inclusive).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Office {
    pub role: Role,
    pub from: u64,
    pub to: u64,
}

impl Office {
    /// Whether the office was held at some point of the `YYYYMMDD` span.
    fn held_during(&self, span: (u64, u64)) -> bool {
        self.from <= span.1 && span.0 <= self.to
    }
}

/// A person's offices, kept as the list words them until first read: parsing a role costs more
/// than the rest of a line, and a search that names nobody by role never reads them.
#[derive(Debug, Clone, Default)]
pub struct Offices {
    /// `role@FROM..TO` or `role`, as written.
    written: Vec<Box<str>>,
    parsed: OnceLock<Vec<Office>>,
}

impl Offices {
    fn extend(&mut self, written: impl IntoIterator<Item = Box<str>>) {
        self.written.extend(written);
        self.parsed = OnceLock::new();
    }
}

impl std::ops::Deref for Offices {
    type Target = [Office];

    /// The offices that parse (a line's unreadable role or period is left out).
    fn deref(&self) -> &[Office] {
        self.parsed
            .get_or_init(|| self.written.iter().filter_map(|w| office(w)).collect())
    }
}

/// A person of the gazetteer.
#[derive(Debug, Clone)]
pub struct Person {
    /// The canonical name.
    pub name: String,
    pub gender: Gender,
    pub offices: Offices,
    /// Every spelling of the name the lists give, folded, the canonical first.
    pub spellings: Vec<String>,
    /// Each of `spellings` as the lists first write it (case and accents kept, spaces
    /// collapsed): `Vladimir Putin` for `vladimir putin`.
    pub written: Vec<String>,
}

/// Canonical names by variant, genders and offices.
#[derive(Debug, Clone, Default)]
pub struct Aliases {
    people: Vec<Person>,
    /// Folded canonical name → person.
    by_name: HashMap<String, usize>,
    /// Folded full variant (two words or more) → person.
    full: HashMap<String, usize>,
    /// Folded surname → the one person bearing it (`None`: shared, so nobody's).
    surname: HashMap<String, Option<usize>>,
}

/// A `YYYY`, `YYYY-MM` or `YYYY-MM-DD` bound as `YYYYMMDD`: the first day it covers, or the
/// last when `end`.
fn bound(s: &str, end: bool) -> Option<u64> {
    let s = s.trim();
    if s.is_empty() {
        return Some(if end { 99_991_231 } else { 0 });
    }
    let parts: Vec<u64> = s
        .split('-')
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    match parts[..] {
        [y] => Some(y * 10_000 + if end { 1231 } else { 101 }),
        [y, m] => Some(y * 10_000 + m * 100 + if end { 31 } else { 1 }),
        [y, m, d] => Some(y * 10_000 + m * 100 + d),
        _ => None,
    }
}

/// `role@FROM..TO` or `role`.
fn office(text: &str) -> Option<Office> {
    let (role, period) = match text.rsplit_once('@') {
        Some((r, p)) => (r, Some(p)),
        None => (text, None),
    };
    let (from, to) = match period {
        Some(p) => {
            let (a, b) = p.split_once("..").unwrap_or((p, p));
            (bound(a, false)?, bound(b, true)?)
        }
        None => (0, 99_991_231),
    };
    Some(Office {
        role: Role::parse(role)?,
        from,
        to,
    })
}

fn gender_field(f: &str) -> Option<Gender> {
    match f.trim() {
        "m" | "M" => Some(Gender::M),
        "f" | "F" => Some(Gender::F),
        "-" | "?" | "u" | "U" => Some(Gender::U),
        _ => None,
    }
}

impl Aliases {
    /// The bundled gazetteer.
    pub fn bundled() -> Arc<Aliases> {
        static B: OnceLock<Arc<Aliases>> = OnceLock::new();
        B.get_or_init(|| {
            let mut a = Aliases::default();
            a.add_lines(BUNDLED);
            Arc::new(a)
        })
        .clone()
    }

    /// The bundled gazetteer extended by `index_dir/aliases.txt` when there is one.
    pub fn load(index_dir: &Path) -> anyhow::Result<Aliases> {
        let path = index_dir.join(FILE_NAME);
        let extra = match std::fs::read_to_string(&path) {
            Ok(text) => Some(text),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => {
                return Err(e).with_context(|| format!("cannot read {}", path.display()));
            }
        };
        // Built here rather than cloned from [`Aliases::bundled`]: a process opens one index,
        // and copying the tables cost as much as building them.
        let mut a = Aliases::default();
        a.add_lines(BUNDLED);
        if let Some(text) = extra {
            a.add_lines(&text);
        }
        Ok(a)
    }

    /// Adds lines in either file format. Where a variant or a surname is given again, these
    /// lines win over earlier ones. A surname names the one person of these lines who has it
    /// as a variant of its own ("Macron" for Emmanuel Macron, not Brigitte Macron), else the
    /// one whose full name ends with it; two such people, and it names neither.
    pub fn add_lines(&mut self, text: &str) {
        // Surname → the people of these lines who list it alone, and those whose longer names
        // end with it.
        let mut claims: HashMap<String, (Vec<usize>, Vec<usize>)> = HashMap::default();
        for line in text.lines() {
            let line = line.split('#').next().unwrap_or("").trim_end();
            let fields: Vec<&str> = line.split('\t').map(str::trim).collect();
            let Some(canonical) = fields.first().filter(|f| !f.is_empty()) else {
                continue;
            };
            let (gender, variants, offices): (Gender, Vec<&str>, Vec<Box<str>>) =
                match fields.get(1).and_then(|f| gender_field(f)) {
                    Some(g) => (
                        g,
                        fields
                            .get(2)
                            .map(|v| v.split('|').map(str::trim).collect())
                            .unwrap_or_default(),
                        fields
                            .get(3)
                            .map(|r| r.split('|').map(Box::from).collect())
                            .unwrap_or_default(),
                    ),
                    None => (Gender::U, fields[1..].to_vec(), Vec::new()),
                };
            let person = self.person_entry(canonical, gender, offices);
            for variant in std::iter::once(*canonical).chain(variants) {
                let folded = fold(variant);
                let words: Vec<&str> = folded.split_whitespace().collect();
                let spelling = words.join(" ");
                let p = &mut self.people[person];
                if !spelling.is_empty() && !p.spellings.contains(&spelling) {
                    p.spellings.push(spelling);
                    p.written
                        .push(variant.split_whitespace().collect::<Vec<_>>().join(" "));
                }
                let Some(last) = words.last() else {
                    continue;
                };
                if words.len() > 1 {
                    self.full.insert(words.join(" "), person);
                }
                let c = claims.entry((*last).to_owned()).or_default();
                let list = if words.len() == 1 { &mut c.0 } else { &mut c.1 };
                if !list.contains(&person) {
                    list.push(person);
                }
            }
        }
        for (surname, (alone, in_full)) in claims {
            let owner = match (&alone[..], &in_full[..]) {
                ([one], _) => Some(*one),
                ([], [one]) => Some(*one),
                _ => None,
            };
            self.surname.insert(surname, owner);
        }
    }

    fn person_entry(&mut self, canonical: &str, gender: Gender, offices: Vec<Box<str>>) -> usize {
        let key = fold(canonical);
        if let Some(&i) = self.by_name.get(&key) {
            let p = &mut self.people[i];
            p.gender = gender.or(p.gender);
            p.offices.extend(offices);
            return i;
        }
        let mut written = Offices::default();
        written.extend(offices);
        self.people.push(Person {
            name: canonical.to_owned(),
            gender,
            offices: written,
            spellings: Vec::new(),
            written: Vec::new(),
        });
        let i = self.people.len() - 1;
        self.by_name.insert(key, i);
        i
    }

    /// The person a name designates: a listed full name or spelling, or a surname only one
    /// person of the gazetteer bears.
    pub fn person(&self, name: &str) -> Option<&Person> {
        let folded = fold(name);
        let words: Vec<&str> = folded.split_whitespace().collect();
        let i = match words[..] {
            [] => return None,
            [one] => (*self.surname.get(one)?)?,
            _ => *self
                .full
                .get(&words.join(" "))
                .or_else(|| self.by_name.get(&words.join(" ")))?,
        };
        Some(&self.people[i])
    }

    /// The canonical form of a speaker's name; the name itself when the gazetteer does not know
    /// it. "Sergei Viktorovitch Lavrov", a full name not listed, is left as it is.
    pub fn canonical(&self, name: &str) -> String {
        self.person(name)
            .map_or_else(|| name.to_owned(), |p| p.name.clone())
    }

    /// Whether a surname (one word) belongs to someone of the gazetteer, shared or not.
    pub fn knows_surname(&self, word: &str) -> bool {
        self.surname.contains_key(&fold(word))
    }

    /// The one person who held a role worded this way during `span` (`YYYYMMDD` bounds; any
    /// time when `None`), among `among` when given (the people a dispatch names).
    pub fn holder(
        &self,
        role: &Role,
        span: Option<(u64, u64)>,
        among: Option<&dyn Fn(&Person) -> bool>,
    ) -> Option<&Person> {
        let mut found: Option<&Person> = None;
        for p in &self.people {
            let holds = p
                .offices
                .iter()
                .any(|o| role.fits(&o.role) && span.is_none_or(|s| o.held_during(s)));
            if !holds || among.is_some_and(|f| !f(p)) {
                continue;
            }
            if found.is_some() {
                return None;
            }
            found = Some(p);
        }
        found
    }

    /// Every spelling of the person `words` name (a full name, or a surname alone), folded, one
    /// string of words each; `None` when the lists do not know the name. Used to let a name
    /// typed one way find the text that spells it another (`zelenskyy` → `zelensky`).
    pub fn spellings(&self, words: &[&str]) -> Option<&[String]> {
        self.person(&words.join(" "))
            .map(|p| p.spellings.as_slice())
    }

    /// Every person's spellings, as [`Aliases::spellings`] gives them.
    pub fn people(&self) -> impl Iterator<Item = &[String]> {
        self.people.iter().map(|p| p.spellings.as_slice())
    }

    /// The name `search --speaker` looks for: the canonical full name for a listed full variant,
    /// the canonical surname for a listed surname ("zelenski" → "Zelensky"), else the name typed.
    pub fn query_name(&self, typed: &str) -> String {
        let words = typed.split_whitespace().count();
        match self.person(typed) {
            Some(p) if words > 1 => p.name.clone(),
            Some(p) => p.name.split_whitespace().last().unwrap_or(typed).to_owned(),
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
    fn spellings_of_a_full_name_or_a_surname() {
        let a = Aliases::bundled();
        let lavrov = a.spellings(&["sergei", "lavrov"]).unwrap();
        assert!(lavrov.contains(&"serguei lavrov".to_owned()));
        assert!(lavrov.contains(&"lavrov".to_owned()));
        let zelensky = a.spellings(&["zelenskyy"]).unwrap();
        assert!(zelensky.contains(&"zelenski".to_owned()));
        assert!(a.spellings(&["dupont"]).is_none());
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

    #[test]
    fn gazetteer_lines_give_gender_and_offices_for_their_period() {
        let mut a = Aliases::default();
        a.add_lines(
            "# name\tgender\tvariants\troles\n\
             Ielena Kravtsova\tf\tElena Kravtsova | Kravtsova\tporte-parole de la diplomatie borovienne@2021..\n\
             Piotr Kravtsov\tm\tKravtsov\tporte-parole de la diplomatie borovienne@2015..2020-12\n\
             Anna Kravtsova\tf\t\t\n\
             Emmanuel Macron\tm\tMacron\tprésident français@2017-05-14..\n\
             Brigitte Macron\tf\t\t\n\
             Olga Petrova\tf\t\t\n\
             Irina Petrova\tf\t\t\n",
        );
        // A surname listed alone by one person names them.
        assert_eq!(a.canonical("Macron"), "Emmanuel Macron");
        assert_eq!(a.canonical("Elena Kravtsova"), "Ielena Kravtsova");
        // Listed alone by one person, the surname is hers; borne by two, it names neither.
        assert_eq!(a.canonical("Kravtsova"), "Ielena Kravtsova");
        assert_eq!(a.canonical("Petrova"), "Petrova");
        assert_eq!(a.person("Kravtsov").unwrap().gender, Gender::M);
        let role = Role::parse("la porte-parole de la diplomatie borovienne").unwrap();
        let at = |d: u64| a.holder(&role, Some((d, d)), None).map(|p| p.name.as_str());
        assert_eq!(at(20230601), Some("Ielena Kravtsova"));
        assert_eq!(at(20190110), Some("Piotr Kravtsov"));
        // Undated: two people held it.
        assert_eq!(a.holder(&role, None, None).map(|p| &p.name), None);
    }
}
