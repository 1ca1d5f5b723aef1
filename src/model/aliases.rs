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

use rustc_hash::FxHashMap as HashMap;

use super::roles::Role;
use super::synonyms::Synonyms;
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
    pub fn held_during(&self, span: (u64, u64)) -> bool {
        self.from <= span.1 && span.0 <= self.to
    }
}

/// A person's offices, read from the lines that list them when first asked for: parsing a role
/// costs more than the rest of a line, and a search that names nobody by role never does.
#[derive(Debug, Clone, Default)]
pub struct Offices {
    /// The lines of the lists that name the person, comments removed, in order.
    lines: Vec<Box<str>>,
    parsed: OnceLock<Vec<Office>>,
}

impl Offices {
    fn push(&mut self, line: &str) {
        self.lines.push(Box::from(line));
        self.parsed = OnceLock::new();
    }
}

impl std::ops::Deref for Offices {
    type Target = [Office];

    /// The offices that parse (a line's unreadable role or period is left out).
    fn deref(&self) -> &[Office] {
        self.parsed.get_or_init(|| {
            self.lines
                .iter()
                .filter_map(|l| Line::parse(l))
                .flat_map(|l| l.roles.map(|r| r.split('|')).into_iter().flatten())
                .filter_map(office)
                .collect()
        })
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
}

impl Person {
    /// Each of [`Person::spellings`] as the lists first write it (case and accents kept, spaces
    /// collapsed): `Vladimir Putin` for `vladimir putin`.
    pub fn written(&self) -> Vec<String> {
        let mut seen: Vec<String> = Vec::new();
        let mut out = Vec::new();
        for line in self.offices.lines.iter().filter_map(|l| Line::parse(l)) {
            for variant in line.variants() {
                let spelling = spaced(&fold(variant));
                if !spelling.is_empty() && !seen.contains(&spelling) {
                    seen.push(spelling);
                    out.push(spaced(variant));
                }
            }
        }
        out
    }
}

/// Whether words are separated by one space each, with none before or after.
fn is_spaced(s: &str) -> bool {
    !s.starts_with(' ')
        && !s.ends_with(' ')
        && !s.contains("  ")
        && !s.chars().any(|c| c.is_whitespace() && c != ' ')
}

/// Words separated by one space each.
fn spaced(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// One line of either format, its comment removed and its fields trimmed.
struct Line<'a> {
    canonical: &'a str,
    gender: Gender,
    /// The variants, `separator` between them.
    variants: &'a str,
    separator: char,
    /// The roles field, `|` between roles (the four-column format only).
    roles: Option<&'a str>,
}

impl<'a> Line<'a> {
    /// The line with its comment removed (what a person keeps of it), and its fields.
    fn parse(line: &'a str) -> Option<Line<'a>> {
        let line = uncommented(line);
        let (first, rest) = line.split_once('\t').unwrap_or((line, ""));
        let canonical = first.trim();
        if canonical.is_empty() {
            return None;
        }
        let mut fields = rest.split('\t');
        Some(match gender_field(fields.next().unwrap_or("")) {
            Some(gender) => Line {
                canonical,
                gender,
                variants: fields.next().unwrap_or(""),
                separator: '|',
                roles: fields.next().map(str::trim),
            },
            _ => Line {
                canonical,
                gender: Gender::U,
                variants: rest,
                separator: '\t',
                roles: None,
            },
        })
    }

    /// The canonical name, then the variants, trimmed (some may be empty).
    fn variants(&self) -> impl Iterator<Item = &'a str> {
        let rest = (!self.variants.is_empty()).then_some(self.variants);
        let separator = self.separator;
        std::iter::once(self.canonical).chain(
            rest.into_iter()
                .flat_map(move |v| v.split(separator))
                .map(str::trim),
        )
    }
}

/// The surname of a name of three words or more whose last but one is a capitalised particle
/// ("Marine Le Pen" → "le pen", "Alexander De Croo" → "de croo"), folded: the press writes it
/// alone with its particle, which a lower-case one ("Dominique de Villepin") it drops.
fn particle_surname(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let [.., particle, last] = words[..] else {
        return None;
    };
    let capitalised = particle.starts_with(char::is_uppercase);
    let is_particle = matches!(
        fold(particle).as_str(),
        "le" | "la" | "les" | "de" | "du" | "des" | "di" | "da" | "del" | "van" | "von"
    );
    (words.len() >= 3 && capitalised && is_particle).then(|| fold(&format!("{particle} {last}")))
}

/// A folded spelling with the Arabic article of its words dropped ("ahmed al-charaa" →
/// "ahmed charaa"); `None` when it has none.
fn without_arabic_article(spelling: &str) -> Option<String> {
    let mut changed = false;
    let words: Vec<&str> = spelling
        .split(' ')
        .map(|w| match w.split_once('-') {
            Some(("al" | "el", rest)) if rest.chars().count() >= 3 => {
                changed = true;
                rest
            }
            _ => w,
        })
        .collect();
    changed.then(|| words.join(" "))
}

fn uncommented(line: &str) -> &str {
    line.split('#').next().unwrap_or("").trim_end()
}

/// The people a surname may designate among the lines of one list.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
enum Claim {
    #[default]
    Nobody,
    One(usize),
    Several,
}

impl Claim {
    fn add(&mut self, person: usize) {
        *self = match *self {
            Claim::Nobody => Claim::One(person),
            Claim::One(p) if p == person => Claim::One(p),
            _ => Claim::Several,
        };
    }
}

/// Every word of the bundled list's spellings, folded, one a line after a comment line: a name
/// one of whose words is missing here is nobody of the bundled list, known without parsing it
/// (checked against the list by `the_word_list_is_the_words_of_the_bundled_list`).
const BUNDLED_WORDS: &str = include_str!("people.words");

/// Whether `word` is a line of [`BUNDLED_WORDS`] (after its comment line): a binary search over
/// the sorted lines of the text itself, which nothing needs to split first.
fn bundled_word(word: &str) -> bool {
    let words = BUNDLED_WORDS.split_once('\n').map_or("", |(_, w)| w);
    let bytes = words.as_bytes();
    // Both bounds are at the start of a line (or the end of the text).
    let (mut lo, mut hi) = (0, bytes.len());
    while lo < hi {
        let mid = (lo + hi) / 2;
        let start = bytes[lo..mid]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(lo, |i| lo + i + 1);
        let end = bytes[mid..hi]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(hi, |i| mid + i);
        match words[start..end].cmp(word) {
            std::cmp::Ordering::Equal => return true,
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = start,
        }
    }
    false
}

/// The first word of a folded name (`None` when it has none), whether it is its only word, and
/// whether its words are joined by single spaces with none around them: one pass over the
/// bytes of an ASCII folding (nearly every one), where splitting on whitespace and searching
/// for the spaces took several.
fn words_of(folded: &str) -> Option<(&str, bool, bool)> {
    if !folded.is_ascii() {
        let mut words = folded.split_whitespace();
        let first = words.next()?;
        let one = words.next().is_none();
        let spaced = !folded.starts_with(' ')
            && !folded.ends_with(' ')
            && !folded.contains("  ")
            && !folded.contains(|c: char| c.is_whitespace() && c != ' ');
        return Some((first, one, spaced));
    }
    // An ASCII character is whitespace when it is one of these (as `char::is_whitespace`).
    let white = |b: u8| matches!(b, b' ' | b'\t'..=b'\r');
    let bytes = folded.as_bytes();
    let (mut first, mut words, mut spaced) = (None, 0usize, true);
    let mut k = 0;
    while k < bytes.len() {
        if white(bytes[k]) {
            // Only a single space between two words joins them as written.
            spaced &= bytes[k] == b' ' && k > 0 && !white(bytes[k - 1]);
            k += 1;
            continue;
        }
        let start = k;
        while k < bytes.len() && !white(bytes[k]) {
            k += 1;
        }
        words += 1;
        first.get_or_insert(&folded[start..k]);
    }
    spaced &= bytes.last().is_some_and(|&b| !white(b));
    Some((first?, words == 1, spaced))
}

/// Canonical names by variant, genders and offices.
#[derive(Debug, Clone)]
pub struct Aliases {
    /// Shared with [`Aliases::bundled`] unless lines were added: an engine opened on an index
    /// without a list of its own neither copies nor frees them. The bundled list is parsed when
    /// first needed: most searches name nobody, and parsing it costs more than they do.
    tables: Arc<OnceLock<Tables>>,
    /// The tables are the bundled list's alone: [`BUNDLED_WORDS`] tells the names it cannot hold.
    bundled_only: bool,
    /// Words standing for one another, read with the gazetteer (bundled, and the index's
    /// `synonyms.txt`).
    pub synonyms: Synonyms,
}

#[derive(Debug, Clone, Default)]
struct Tables {
    people: Vec<Person>,
    /// Folded canonical name → person.
    by_name: HashMap<String, usize>,
    /// Folded full variant (two words or more) → person.
    full: HashMap<String, usize>,
    /// Folded surname → the one person bearing it (`None`: shared, so nobody's).
    surname: HashMap<String, Option<usize>>,
    /// The lists' latest appointment (`YYYYMMDD`): their present, for undated dispatches.
    /// Read from every office when first asked for; anew after lines are added.
    present: OnceLock<Option<u64>>,
    /// An office's head → the people holding an office of that head, in list order: the only
    /// ones a role of that head can fit (see [`Aliases::holder`]). Built when first asked for;
    /// anew after lines are added.
    by_head: OnceLock<HashMap<String, Vec<usize>>>,
    /// A two-word spelling's first name and its surname's [`transliteration_key`] → the one
    /// person listed so (`None`: several). Built when first asked for; anew after lines are
    /// added.
    transliterated: OnceLock<HashMap<(String, String), Option<usize>>>,
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

impl Default for Aliases {
    /// An empty gazetteer.
    fn default() -> Aliases {
        Aliases {
            tables: Arc::new(OnceLock::from(Tables::default())),
            bundled_only: false,
            synonyms: Synonyms::default(),
        }
    }
}

impl Aliases {
    /// The bundled gazetteer.
    pub fn bundled() -> Arc<Aliases> {
        static B: OnceLock<Arc<Aliases>> = OnceLock::new();
        B.get_or_init(|| {
            Arc::new(Aliases {
                tables: Arc::new(OnceLock::new()),
                bundled_only: true,
                synonyms: Synonyms::bundled(),
            })
        })
        .clone()
    }

    /// The tables, the bundled list parsed the first time they are needed.
    fn tables(&self) -> &Tables {
        self.tables.get_or_init(|| {
            let mut t = Tables::default();
            t.add_lines(BUNDLED);
            t
        })
    }

    /// Whether the gazetteer may hold a name of these folded words (false: it cannot).
    fn may_hold(&self, words: &[&str]) -> bool {
        !self.bundled_only || self.tables.get().is_some() || words.iter().all(|w| bundled_word(w))
    }

    /// The bundled gazetteer extended by `index_dir/aliases.txt` when there is one, with the
    /// synonyms of `index_dir/synonyms.txt`.
    pub fn load(index_dir: &Path) -> anyhow::Result<Aliases> {
        let mut a = (*Aliases::bundled()).clone();
        if let Some(text) = super::read_if_present(&index_dir.join(FILE_NAME))? {
            a.add_lines(&text);
        }
        a.synonyms = Synonyms::load(index_dir)?;
        Ok(a)
    }

    /// Adds lines in either file format. Where a variant or a surname is given again, these
    /// lines win over earlier ones. A surname names the one person of these lines who has it
    /// as a variant of its own ("Macron" for Emmanuel Macron, not Brigitte Macron), else the
    /// one whose full name ends with it; two such people, and it names neither.
    pub fn add_lines(&mut self, text: &str) {
        self.tables();
        Arc::make_mut(&mut self.tables)
            .get_mut()
            .expect("the tables were just built")
            .add_lines(text);
        self.bundled_only = false;
    }
    /// The person a name designates: a listed full name or spelling, or a surname only one
    /// person of the gazetteer bears.
    pub fn person(&self, name: &str) -> Option<&Person> {
        self.person_folded(&crate::text::fold::fold_small(name))
    }

    /// [`Aliases::person`] of a name folded already (`text::fold`).
    pub fn person_folded(&self, folded: &str) -> Option<&Person> {
        let (first, one, spaced) = words_of(folded)?;
        if self.bundled_only
            && self.tables.get().is_none()
            && !folded.split_whitespace().all(bundled_word)
        {
            return None;
        }
        let i = if one {
            (*self.tables().surname.get(first)?)?
        } else {
            // The words joined by one space: the folding itself when it is written so.
            let joined: std::borrow::Cow<str> = if spaced {
                folded.into()
            } else {
                folded
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
                    .into()
            };
            let tables = self.tables();
            *tables
                .full
                .get(joined.as_ref())
                .or_else(|| tables.by_name.get(joined.as_ref()))?
        };
        Some(&self.tables().people[i])
    }

    /// The canonical form of a speaker's name; the name itself when the gazetteer does not know
    /// it. "Sergei Viktorovitch Lavrov", a full name not listed, is left as it is.
    pub fn canonical(&self, name: &str) -> String {
        self.person(name)
            .or_else(|| self.misspelt(name))
            .map_or_else(|| name.to_owned(), |p| p.name.clone())
    }

    /// "Volodymr Zelensky", "Volodymy Zelensky": a first name and a surname, the surname one
    /// listed person's alone, the first name (five letters or more) one slip from a first name
    /// the lists give that person with that surname: a letter left out, added or changed, or
    /// two letters swapped.
    fn misspelt(&self, name: &str) -> Option<&Person> {
        let folded = fold(name);
        let mut words = folded.split_whitespace();
        let (Some(first), Some(surname), None) = (words.next(), words.next(), words.next()) else {
            return None;
        };
        let tables = self.tables();
        let Some(bearer) = tables.surname.get(surname) else {
            return self.transliterated(first, surname);
        };
        if first.chars().count() < 5 {
            return None;
        }
        let p = &tables.people[(*bearer)?];
        p.spellings
            .iter()
            .any(|s| {
                let mut w = s.split_whitespace();
                matches!(
                    (w.next(), w.next(), w.next()),
                    (Some(f), Some(l), None) if l == surname && strsim::osa_distance(f, first) == 1
                )
            })
            .then_some(p)
    }

    /// "Maria Zaharova", "Dmytro Kouleba": a listed first name with a surname no one bears, the
    /// one listed person of that first name whose surname is the same but for how another
    /// agency transliterates it (see [`transliteration_key`]).
    fn transliterated(&self, first: &str, surname: &str) -> Option<&Person> {
        if surname.chars().count() < 5 {
            return None;
        }
        let tables = self.tables();
        let by_key = tables.transliterated.get_or_init(|| {
            // "first name, surname's key" → the one person listed so (`None`: several).
            let mut by_key: HashMap<(String, String), Option<usize>> = HashMap::default();
            for (i, p) in tables.people.iter().enumerate() {
                for s in p.spellings.iter() {
                    let mut w = s.split_whitespace();
                    if let (Some(f), Some(l), None) = (w.next(), w.next(), w.next()) {
                        let key = (f.to_owned(), transliteration_key(l));
                        let slot = by_key.entry(key).or_insert(Some(i));
                        if *slot != Some(i) {
                            *slot = None;
                        }
                    }
                }
            }
            by_key
        });
        let i = (*by_key.get(&(first.to_owned(), transliteration_key(surname)))?)?;
        Some(&tables.people[i])
    }

    /// Whether a surname (one word) belongs to someone of the gazetteer, shared or not.
    pub fn knows_surname(&self, word: &str) -> bool {
        let folded = fold(word);
        self.may_hold(&[folded.as_str()]) && self.tables().surname.contains_key(&folded)
    }

    /// The one person who held a role worded this way during `span` (`YYYYMMDD` bounds; any
    /// time when `None`), among `among` when given (the people a dispatch names).
    pub fn holder(
        &self,
        role: &Role,
        span: Option<(u64, u64)>,
        among: Option<&dyn Fn(&Person) -> bool>,
    ) -> Option<&Person> {
        // "le président zolanais" fits the president and the president of the Zolanian
        // parliament: when several fit, the one whose office is worded with nothing more is
        // the one meant.
        let mut found: Option<&Person> = None;
        let mut exact: Option<&Person> = None;
        let mut several = false;
        let mut several_exact = false;
        let tables = self.tables();
        // A role fits an office of its own head, or of the heads a loose word for whoever
        // heads an organisation meets (`Role::within`): for any other head, only the people
        // holding an office of that head need looking at, in the same order.
        let loose = matches!(role.head.as_str(), "chef" | "dirigeant" | "leader");
        let of_head: &[usize] = if loose {
            &[]
        } else {
            tables
                .by_head
                .get_or_init(|| {
                    let mut by_head: HashMap<String, Vec<usize>> = HashMap::default();
                    for (i, p) in tables.people.iter().enumerate() {
                        for o in p.offices.iter() {
                            let people = by_head.entry(o.role.head.clone()).or_default();
                            if people.last() != Some(&i) {
                                people.push(i);
                            }
                        }
                    }
                    by_head
                })
                .get(&role.head)
                .map_or(&[], Vec::as_slice)
        };
        let candidates: Box<dyn Iterator<Item = &Person>> = if loose {
            Box::new(tables.people.iter())
        } else {
            Box::new(of_head.iter().map(|&i| &tables.people[i]))
        };
        for p in candidates {
            let mut holds = false;
            let mut holds_exactly = false;
            for o in p.offices.iter() {
                // The dates first: two comparisons, where the role compares words.
                if span.is_none_or(|s| o.held_during(s)) && role.fits(&o.role) {
                    holds = true;
                    holds_exactly |= o.role.within(role);
                }
            }
            if !holds || among.is_some_and(|f| !f(p)) {
                continue;
            }
            several |= found.is_some();
            found = Some(p);
            if holds_exactly {
                several_exact |= exact.is_some();
                exact = Some(p);
            }
        }
        if !several {
            return found;
        }
        exact.filter(|_| !several_exact)
    }

    /// For a dispatch that gives no date: the person who holds `role` as of the lists' latest
    /// appointment and has held it for two years or more before it ("le président ukrainien",
    /// "le porte-parole du Kremlin"), the one any reader would take an undated mention to mean.
    /// A role that changed hands within those two years names no one: without a date, the
    /// mention may be of the one before.
    pub fn longtime_holder(&self, role: &Role) -> Option<&Person> {
        let tables = self.tables();
        let present = (*tables.present.get_or_init(|| {
            tables
                .people
                .iter()
                .flat_map(|p| p.offices.iter())
                .map(|o| o.from)
                .max()
        }))?;
        let p = self.holder(role, Some((present, present)), None)?;
        let since = p
            .offices
            .iter()
            .filter(|o| role.fits(&o.role) && o.held_during((present, present)))
            .map(|o| o.from)
            .min()?;
        // YYYYMMDD: two years are 20000.
        (since + 20_000 <= present).then_some(p)
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
        self.tables().people.iter().map(|p| p.spellings.as_slice())
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

impl Tables {
    /// See [`Aliases::add_lines`].
    fn add_lines(&mut self, text: &str) {
        self.present = OnceLock::new();
        self.by_head = OnceLock::new();
        self.transliterated = OnceLock::new();
        // Surname → who claims it among these lines: those who list it alone, and those whose
        // longer names end with it.
        let mut claims: HashMap<String, (Claim, Claim)> = HashMap::default();
        // "Le Pen", "De Croo": a surname the lists write with its capitalised particle, and who
        // bears it.
        let mut compounds: HashMap<String, Claim> = HashMap::default();
        for raw in text.lines() {
            let Some(line) = Line::parse(raw) else {
                continue;
            };
            let key = fold(line.canonical);
            let person = self.person_entry(&key, line.canonical, line.gender, uncommented(raw));
            let mut spellings = Vec::new();
            for (i, variant) in line.variants().enumerate() {
                let mut spelling = if i == 0 { key.clone() } else { fold(variant) };
                if !is_spaced(&spelling) {
                    spelling = spaced(&spelling);
                }
                if spelling.is_empty() {
                    continue;
                }
                if let Some(compound) = particle_surname(variant) {
                    compounds.entry(compound).or_default().add(person);
                }
                // "Ahmed al-Charaa" is also written "Charaa" alone ("M. Charaa"): the Arabic
                // article is dropped as a French particle is.
                let stripped = without_arabic_article(&spelling);
                spellings.push(spelling);
                spellings.extend(stripped);
            }
            for spelling in spellings {
                let (last, alone) = match spelling.rsplit_once(' ') {
                    Some((_, last)) => (last, false),
                    None => (spelling.as_str(), true),
                };
                let claim = match claims.get_mut(last) {
                    Some(c) => c,
                    None => claims.entry(last.to_owned()).or_default(),
                };
                if alone {
                    claim.0.add(person);
                } else {
                    claim.1.add(person);
                    self.full.insert(spelling.clone(), person);
                }
                let spellings = &mut self.people[person].spellings;
                if !spellings.contains(&spelling) {
                    spellings.push(spelling);
                }
            }
        }
        for (surname, claim) in claims {
            let owner = match claim {
                (Claim::One(one), _) => Some(one),
                (Claim::Nobody, Claim::One(one)) => Some(one),
                _ => None,
            };
            self.surname.insert(surname, owner);
        }
        for (compound, claim) in compounds {
            if let Claim::One(one) = claim {
                self.full.entry(compound).or_insert(one);
            }
        }
    }

    /// The person `canonical` (folded: `key`) names, added when new; `line` lists them.
    fn person_entry(&mut self, key: &str, canonical: &str, gender: Gender, line: &str) -> usize {
        if let Some(&i) = self.by_name.get(key) {
            let p = &mut self.people[i];
            p.gender = gender.or(p.gender);
            p.offices.push(line);
            return i;
        }
        let mut offices = Offices::default();
        offices.push(line);
        self.people.push(Person {
            name: canonical.to_owned(),
            gender,
            offices,
            spellings: Vec::new(),
        });
        let i = self.people.len() - 1;
        self.by_name.insert(key.to_owned(), i);
        i
    }
}

/// A folded surname as the ways of writing Cyrillic, Arabic or Hebrew names in Latin letters
/// meet: "kh" and "h" (Zakharova, Zaharova), "y" and "i", "w" and "v", "ou" and "u", "ck" and
/// "k", a doubled letter and a single one.
fn transliteration_key(surname: &str) -> String {
    let s = surname
        .replace("kh", "h")
        .replace("ou", "u")
        .replace("ck", "k")
        .replace('y', "i")
        .replace('w', "v");
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
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
    fn one_slip_in_a_listed_first_name_is_that_person() {
        let mut a = Aliases::default();
        a.add_lines(
            "Anatoli Berezine\tm\tBerezine | Anatoly Berezin\t\n\
             Marta Kovalenko\tf\t\t\nIrina Kovalenko\tf\t\t\n",
        );
        assert_eq!(a.canonical("Anatloi Berezine"), "Anatoli Berezine");
        assert_eq!(a.canonical("Anatol Berezin"), "Anatoli Berezine");
        // Two slips, a short first name, or a surname two people share: left as written.
        assert_eq!(a.canonical("Anatolii Berezinn"), "Anatolii Berezinn");
        assert_eq!(a.canonical("Ivan Berezine"), "Ivan Berezine");
        assert_eq!(a.canonical("Marte Kovalenko"), "Marte Kovalenko");
    }

    #[test]
    fn a_listed_first_name_with_its_surname_transliterated_otherwise_is_that_person() {
        let mut a = Aliases::default();
        a.add_lines(
            "Oksana Kharitonova\tf\t\t\nDmytro Koulyk\tm\t\t\n\
             Marta Levchuk\tf\t\t\nMarta Levchouk\tf\t\t\n",
        );
        assert_eq!(a.canonical("Oksana Haritonova"), "Oksana Kharitonova");
        assert_eq!(a.canonical("Dmytro Kulik"), "Dmytro Koulyk");
        // Another first name, another surname, or two people it could be: left as written.
        assert_eq!(a.canonical("Olena Haritonova"), "Olena Haritonova");
        assert_eq!(a.canonical("Oksana Haritonenko"), "Oksana Haritonenko");
        assert_eq!(a.canonical("Marta Lewchuk"), "Marta Lewchuk");
    }

    #[test]
    fn a_surname_with_its_capitalised_particle_names_its_one_bearer() {
        let a = Aliases::bundled();
        assert_eq!(a.canonical("Le Pen"), "Marine Le Pen");
        assert_eq!(a.canonical("De Croo"), "Alexander De Croo");
        let mut b = (*Aliases::bundled()).clone();
        b.add_lines("Anne Le Floch\tf\t\t\nJean Le Floch\tm\t\t\nLuc de Verne\tm\t\t\n");
        assert!(b.person("Le Floch").is_none());
        assert!(b.person("de Verne").is_none());
    }

    #[test]
    fn a_surname_without_its_arabic_article_names_its_bearer() {
        let mut a = Aliases::default();
        a.add_lines("Karim al-Masri\tm\tal-Masri\tministre ardanien\n");
        assert_eq!(a.person("Masri").unwrap().name, "Karim al-Masri");
        assert_eq!(a.person("Karim Masri").unwrap().name, "Karim al-Masri");
        assert_eq!(a.person("al-Masri").unwrap().name, "Karim al-Masri");
        // "al" alone and short remainders are no surnames.
        assert!(a.person("al").is_none());
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

    #[test]
    fn an_undated_role_names_its_long_time_holder_only() {
        let mut a = Aliases::default();
        a.add_lines(
            "# name\tgender\tvariants\troles\n\
             Ielena Kravtsova\tf\t\tporte-parole de la diplomatie borovienne@2021..\n\
             Piotr Kravtsov\tm\t\tporte-parole de la diplomatie borovienne@2015..2020-12\n\
             Anton Orlov\tm\t\tprésident borovien@2016-02..2025-03\n\
             Ilia Sedov\tm\t\tprésident borovien@2025-03-20..\n\
             Vera Lind\tf\t\tministre zolanaise de la Santé@2025-06-01..\n",
        );
        let name = |r: &str| {
            a.longtime_holder(&Role::parse(r).unwrap())
                .map(|p| p.name.as_str())
        };
        // Held since 2021, before the lists' latest appointment (2025-06-01) by two years.
        assert_eq!(
            name("la porte-parole de la diplomatie borovienne"),
            Some("Ielena Kravtsova")
        );
        // Changed hands in 2025: an undated mention may be of the one before.
        assert_eq!(name("le président borovien"), None);
        // Lines added later move the lists' present: two years on, the president has held
        // the office long enough.
        a.add_lines("Oleg Rudin\tm\t\tministre borovien des Finances@2027-06-01..\n");
        assert_eq!(
            a.longtime_holder(&Role::parse("le président borovien").unwrap())
                .map(|p| p.name.as_str()),
            Some("Ilia Sedov")
        );
    }

    #[test]
    fn lines_given_twice_and_spellings_as_written() {
        let mut a = Aliases::default();
        a.add_lines(
            "Ielena Kravtsova\tf\tElena  Kravtsova | ELENA KRAVTSOVA | Kravtsova\tporte-parole@2021..\n\
             # the older format, then the person again with another office\n\
             Oleg Berezine\tOleg Berezin\tBerezin  # a comment\n\
             Ielena Kravtsova\t-\tJelena Kravcova\tporte-parole de la diplomatie borovienne@2019..2020\n",
        );
        let p = a.person("Jelena Kravcova").unwrap();
        assert_eq!(p.name, "Ielena Kravtsova");
        assert_eq!(p.gender, Gender::F);
        assert_eq!(
            p.spellings,
            [
                "ielena kravtsova",
                "elena kravtsova",
                "kravtsova",
                "jelena kravcova"
            ]
        );
        assert_eq!(
            p.written(),
            [
                "Ielena Kravtsova",
                "Elena Kravtsova",
                "Kravtsova",
                "Jelena Kravcova"
            ]
        );
        let roles: Vec<(&str, u64, u64)> = p
            .offices
            .iter()
            .map(|o| (o.role.head.as_str(), o.from, o.to))
            .collect();
        assert_eq!(
            roles,
            [
                ("porte-parole", 20210101, 99_991_231),
                ("porte-parole", 20190101, 20201231)
            ]
        );
        let b = a.person("berezin").unwrap();
        assert_eq!(b.name, "Oleg Berezine");
        assert_eq!(b.spellings, ["oleg berezine", "oleg berezin", "berezin"]);
        assert!(b.offices.is_empty());
        assert!(a.knows_surname("Berezine"));
    }

    /// `people.words` holds every word of the bundled list's spellings, and nothing else:
    /// `DEPECHES_WRITE_PEOPLE_WORDS=1 cargo test --lib aliases` rewrites it after the list
    /// changes.
    #[test]
    fn the_word_list_is_the_words_of_the_bundled_list() {
        let mut t = Tables::default();
        t.add_lines(BUNDLED);
        let words: std::collections::BTreeSet<&str> = t
            .people
            .iter()
            .flat_map(|p| p.spellings.iter().flat_map(|s| s.split_whitespace()))
            .collect();
        let mut expected = String::from(
            "# Every word of people.tsv's spellings, folded (tests rewrite it: see aliases.rs)\n",
        );
        for w in &words {
            expected.push_str(w);
            expected.push('\n');
        }
        if std::env::var_os("DEPECHES_WRITE_PEOPLE_WORDS").is_some() {
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/model/people.words");
            std::fs::write(path, &expected).unwrap();
            return;
        }
        let listed: Vec<&str> = BUNDLED_WORDS.lines().skip(1).collect();
        assert!(listed.windows(2).all(|w| w[0] < w[1]));
        for w in &listed {
            assert!(bundled_word(w), "{w}");
        }
        for w in ["", "a", "zzzzzz", "macro", "aaaa", "zelenskyx", "abascalx"] {
            assert_eq!(bundled_word(w), listed.contains(&w), "{w}");
        }
        assert!(
            BUNDLED_WORDS == expected,
            "src/model/people.words is not the words of people.tsv: run \
             DEPECHES_WRITE_PEOPLE_WORDS=1 cargo test --lib aliases"
        );
        // Names the list does not hold are answered without parsing it; those it holds, as
        // the parsed tables answer.
        let a = Aliases::bundled();
        assert!(a.person("ans").is_none());
        assert!(a.person("Paul Inconnu").is_none());
        assert!(!a.knows_surname("inconnu"));
        assert_eq!(a.canonical("zelenski"), "Volodymyr Zelensky");
    }
}
