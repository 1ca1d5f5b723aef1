//! What the people list's surnames analyse to, remembered across searches.
//!
//! A misspelt name corrected (`Zelenki` → `zelensk`) also matches the other surnames of the
//! person it names; finding that person means analysing the surnames of the people the list
//! holds. The analysis of a surname in one chain never changes, so an engine keeps it: each is
//! analysed the first time a query needs it, and read from here after.

use std::borrow::Cow;
use std::sync::OnceLock;

use crate::index::analysis::Chain;

/// Per chain and per person of the alias list (in the order of [`Aliases::people`]), the term
/// each of the person's surnames analyses to (`None` for a surname that analyses into no term
/// or several), filled on first use. Shared by concurrent searches: a slot is written once.
///
/// [`Aliases::people`]: crate::model::aliases::Aliases::people
#[derive(Default)]
pub struct SurnameTerms {
    /// Made when first needed (the people list may not be parsed before).
    slots: OnceLock<Vec<OnceLock<Vec<Option<String>>>>>,
    /// Per person, the first bytes the terms of their surnames may begin with.
    beginnings: OnceLock<Vec<Beginnings>>,
}

/// The bytes a term may begin with: some lower-case ASCII letters, or any byte.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Beginnings {
    /// Bit `b - b'a'` for each letter `b`.
    pub letters: u32,
    pub any: bool,
}

impl Beginnings {
    /// Whether a term beginning with one of `firsts` may be among these.
    pub fn meet(&self, firsts: &[u8]) -> bool {
        self.any
            || firsts
                .iter()
                .any(|b| b.is_ascii_lowercase() && self.letters & (1 << (b - b'a')) != 0)
    }
}

impl SurnameTerms {
    /// Every person's [`Beginnings`], computed by `compute` the first time.
    pub fn beginnings(&self, compute: impl FnOnce() -> Vec<Beginnings>) -> &[Beginnings] {
        self.beginnings.get_or_init(compute)
    }

    /// The surname terms of person `person` (of `people`) in `chain`, computed by `analyse`
    /// the first time.
    pub fn get_or_init(
        &self,
        chain: Chain,
        person: usize,
        people: usize,
        analyse: impl FnOnce() -> Vec<Option<String>>,
    ) -> Cow<'_, [Option<String>]> {
        let c = Chain::ALL
            .iter()
            .position(|&x| x == chain)
            .expect("every chain is in Chain::ALL");
        let slots = self.slots.get_or_init(|| {
            (0..people * Chain::ALL.len())
                .map(|_| OnceLock::new())
                .collect()
        });
        let index = (person < people).then_some(c * people + person);
        match index.and_then(|i| slots.get(i)) {
            Some(slot) => Cow::Borrowed(slot.get_or_init(analyse)),
            // A person beyond the list the memo was made for: analysed, not remembered.
            None => Cow::Owned(analyse()),
        }
    }
}
