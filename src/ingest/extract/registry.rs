//! The people one dispatch names: their full names, gender and roles, so that "Peskov", "M.
//! Peskov" and "le porte-parole du Kremlin" can become "Dmitri Peskov".

use super::lexicon::{self, Gender};
use crate::model::roles::Role;
use crate::text::fold::fold;

/// A person named in a dispatch.
#[derive(Debug, Clone)]
pub struct Person {
    /// Full name as written (the longest form seen).
    pub name: String,
    /// Its words, folded.
    pub folded: Vec<String>,
    pub gender: Gender,
    /// Roles the dispatch gives them ("porte-parole du Kremlin").
    pub roles: Vec<Role>,
    /// The text presents them as a person (a first name, an honorific, a role, an age), or the
    /// gazetteer knows them.
    pub cued: bool,
    /// Named by a first name alone and presented as anyone ("Ahmed, un secouriste",
    /// "Olena, 64 ans"): the gazetteer's bearer of that word as a surname is not them.
    pub first_name_only: bool,
    /// Named with the honorific of the bar ("Me Dupuis"): a lawyer.
    pub counsel: bool,
    /// The number of the first sentence that names them (`usize::MAX`: none read before
    /// attribution).
    pub first_seen: usize,
    /// The party in brackets after their name ("Jean Terlier (LR)"), folded.
    pub party: Option<String>,
}

/// The people of one dispatch.
#[derive(Debug, Clone, Default)]
pub struct Registry {
    pub people: Vec<Person>,
    /// Last words of the names seen, lower-cased: a quick test before a full lookup.
    last_words: lexicon::HashSet<String>,
}

impl Registry {
    /// Adds a name seen in the text; returns its index (an existing person when it is a longer
    /// or shorter form of a known name).
    pub fn add(&mut self, name: &str, gender: Gender) -> usize {
        if let Some(last) = name.split_whitespace().last() {
            self.last_words.insert(last.to_lowercase());
        }
        let folded: Vec<String> = name.split_whitespace().map(fold).collect();
        if let Some(i) = self.find(&folded) {
            let p = &mut self.people[i];
            if folded.len() > p.folded.len() {
                p.name = name.to_owned();
                p.folded = folded;
            }
            p.gender = p.gender.or(gender);
            return i;
        }
        self.people.push(Person {
            name: name.to_owned(),
            folded,
            gender,
            roles: Vec::new(),
            cued: false,
            first_name_only: false,
            counsel: false,
            first_seen: usize::MAX,
            party: None,
        });
        self.people.len() - 1
    }

    /// The person whose full name is, or ends with, these words.
    pub fn find(&self, folded: &[String]) -> Option<usize> {
        if folded.is_empty() {
            return None;
        }
        if let Some(i) = self.people.iter().position(|p| p.folded == folded) {
            return Some(i);
        }
        let matches: Vec<usize> = self
            .people
            .iter()
            .enumerate()
            .filter(|(_, p)| p.folded.len() > folded.len() && p.folded.ends_with(folded))
            .map(|(i, _)| i)
            .collect();
        if let [one] = matches[..] {
            return Some(one);
        }
        // "Franck, je l'aime bien" after "Franck Delpech": a first name alone is the one person
        // named with it, when no name ends with it.
        if let [word] = folded {
            let by_first: Vec<usize> =
                self.people
                    .iter()
                    .enumerate()
                    .filter(|(_, p)| {
                        p.folded.len() > 1
                            && p.folded[0] == *word
                            && (p.cued
                                || p.name.split_whitespace().next().is_some_and(|f| {
                                    lexicon::first_name(&f.to_lowercase()).is_some()
                                }))
                    })
                    .map(|(i, _)| i)
                    .collect();
            let a_surname = self.people.iter().any(|p| p.folded.last() == Some(word));
            if let ([one], false) = (&by_first[..], a_surname) {
                return Some(*one);
            }
        }
        // A shorter known form ("Peskov" registered first, "Dmitri Peskov" now).
        self.people.iter().position(|p| {
            p.folded.len() < folded.len() && folded.ends_with(&p.folded) && p.folded.len() == 1
        })
    }

    /// Whether a name ending with this (lower-cased) word may be known.
    pub fn may_know(&self, last_word: &str) -> bool {
        self.last_words.contains(last_word)
    }

    /// The person a name refers to, in full.
    pub fn full_name(&self, name: &str) -> Option<&Person> {
        let folded: Vec<String> = name.split_whitespace().map(fold).collect();
        self.find(&folded).map(|i| &self.people[i])
    }

    pub fn add_role(&mut self, person: usize, role: Role) {
        let p = &mut self.people[person];
        if !p.roles.contains(&role) {
            p.roles.push(role);
        }
    }

    /// The person the dispatch gave a role worded this way ("le porte-parole du Kremlin",
    /// or "le porte-parole" alone once the dispatch has named one): the latest named of those
    /// the text has already met (`met`), else the latest named of all — "le ministre" is the
    /// minister just read, not one the dispatch only names further down.
    pub fn by_role(
        &self,
        role: &Role,
        gender: Gender,
        met: impl Fn(&str) -> bool,
    ) -> Option<usize> {
        let mut best: Option<(usize, bool)> = None;
        for (i, p) in self.people.iter().enumerate() {
            if !p.gender.compatible(gender) || !p.roles.iter().any(|known| role.within(known)) {
                continue;
            }
            let met = met(&p.name);
            if best.is_none_or(|(_, m)| met || !m) {
                best = Some((i, met));
            }
        }
        best.map(|(i, _)| i)
    }

    /// The one person whose role, with a complement, lies within `role` worded more fully ("le
    /// porte-parole de l'Union des transporteurs routiers" for one introduced as "porte-parole
    /// de l'Union des transporteurs"); none when two people fit.
    pub fn by_wider_role(&self, role: &Role, gender: Gender) -> Option<usize> {
        let mut found = None;
        for (i, p) in self.people.iter().enumerate() {
            let fits = p.gender.compatible(gender)
                && p.roles
                    .iter()
                    .any(|known| !known.qualifiers.is_empty() && known.within(role));
            if fits {
                if found.is_some() {
                    return None;
                }
                found = Some(i);
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registry_expands_surnames() {
        let mut r = Registry::default();
        r.add("Dmitri Peskov", Gender::M);
        assert_eq!(r.full_name("Peskov").unwrap().name, "Dmitri Peskov");
        assert_eq!(r.full_name("peskov").unwrap().name, "Dmitri Peskov");
        assert!(r.full_name("Lavrov").is_none());
    }

    #[test]
    fn a_role_given_once_names_its_holder() {
        let mut r = Registry::default();
        let i = r.add("Dmitri Peskov", Gender::M);
        r.add_role(i, Role::parse("porte-parole du Kremlin").unwrap());
        let j = r.add("Ielena Kravtsova", Gender::F);
        r.add_role(j, Role::parse("porte-parole de la diplomatie").unwrap());
        let role = |s: &str| Role::parse(s).unwrap();
        assert_eq!(
            r.by_role(&role("le porte-parole du Kremlin"), Gender::U, |_| true),
            Some(i)
        );
        assert_eq!(
            r.by_role(&role("la porte-parole"), Gender::F, |_| true),
            Some(j)
        );
        assert_eq!(r.by_role(&role("le ministre"), Gender::U, |_| true), None);
    }
}
