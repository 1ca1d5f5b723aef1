//! Who a phrase refers to, as the dispatch is read in order: names, roles, pronouns and bodies
//! become entities.
//!
//! - a name is the person the dispatch (or the gazetteer) knows by it: "Peskov" → "Dmitri
//!   Peskov";
//! - a role phrase ("le porte-parole du Kremlin", "le président français") is the person the
//!   dispatch gave that role; else the one person it names whom the gazetteer knows in that role
//!   at the dispatch's date; else the one the gazetteer knows in it then; else, for a definite
//!   epithet ("le diplomate", "l'intéressé"), the most salient person just mentioned whose known
//!   roles do not contradict it;
//! - a pronoun is the most salient recent person of its gender: the speaker or subject of the
//!   sentences just read rather than someone mentioned in passing, the nearest rather than the
//!   farthest;
//! - a body ("le Kremlin", "la diplomatie russe", "Moscou" speaking as a state) gets its label.
//!
//! Indefinite speakers ("un manifestant", "une source") stay unknown, and so does a pronoun whose
//! most salient antecedent is one.

mod register;

use super::bodies::{self, Facts};
use super::lexicon::{self, Det, Gender};
use super::names;
use super::np::{Np, Pron};
use super::registry::Registry;
use super::tokens::{Sentence, Tok};
use crate::model::aliases::Aliases;
use crate::model::roles::Role;

/// Who a noun phrase refers to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// Full name within the dispatch, or a body's label; `None`: someone the text does not name.
    pub name: Option<String>,
    pub gender: Gender,
    /// A person (named or not) a pronoun may refer to, rather than a thing, a group or a body.
    pub person: bool,
    /// The role phrase an unnamed person was designated by ("l'avocat de l'accusée"), when
    /// nothing before it said who holds it: a name the text gives right after may.
    pub described: Option<Box<Role>>,
}

impl Entity {
    /// Someone the text does not name ("un manifestant", "une source").
    pub fn anonymous(gender: Gender) -> Entity {
        Entity {
            name: None,
            gender,
            person: true,
            described: None,
        }
    }

    /// Someone designated by a role phrase that nothing before it attached to a name.
    pub fn described(gender: Gender, role: Option<&Role>) -> Entity {
        Entity {
            described: role.cloned().map(Box::new),
            ..Entity::anonymous(gender)
        }
    }

    /// No one a pronoun can refer to: a thing, a group, "on".
    pub fn nobody() -> Entity {
        Entity {
            name: None,
            gender: Gender::U,
            person: false,
            described: None,
        }
    }

    fn named(name: String, gender: Gender) -> Entity {
        Entity {
            name: Some(name),
            gender,
            person: true,
            described: None,
        }
    }

    /// A body speaking as such.
    pub fn body(label: String, gender: Gender) -> Entity {
        Entity {
            name: Some(label),
            gender,
            person: false,
            described: None,
        }
    }

    /// Someone or something the text names.
    pub fn is_named(&self) -> bool {
        self.name.is_some()
    }
}

/// How prominent a mention is: what a pronoun most likely refers back to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Salience {
    /// Named in passing.
    Mentioned = 0,
    /// The subject of its sentence.
    Subject = 2,
    /// The speaker of a quotation or of a reported statement.
    Speaker = 3,
}

#[derive(Debug, Clone)]
struct Mention {
    entity: Entity,
    salience: Salience,
    /// Said as "je" (an interview's interviewee): no "il" or "elle" refers back to it.
    first_person: bool,
}

/// Offices one person holds with a seat in an assembly, so that one wording does not contradict
/// the other: "la présidente du groupe écologiste" is "la députée" further down, "le rapporteur"
/// is "le sénateur". Heads are folded and masculine.
fn held_together(a: &str, b: &str) -> bool {
    let seat = |h: &str| {
        matches!(
            h,
            "depute" | "senateur" | "eurodepute" | "parlementaire" | "elu" | "conseiller"
        )
    };
    // A party's leaders mostly sit in an assembly too: "le premier secrétaire du PS" is "le
    // député de Seine-et-Marne" a line later.
    let within = |h: &str| {
        matches!(
            h,
            "president"
                | "vice-president"
                | "copresident"
                | "rapporteur"
                | "questeur"
                | "chef"
                | "premier"
                | "secretaire"
                | "porte-parole"
                | "coordinateur"
        )
    };
    seat(a) && within(b) || seat(b) && within(a)
}

/// Recognises speakers while the dispatch is read in order.
pub struct Discourse<'g> {
    pub registry: Registry,
    gazetteer: &'g Aliases,
    /// The dispatch's date as `YYYYMMDD` bounds, for the periods roles were held.
    date: Option<(u64, u64)>,
    /// Mentions of past sentences, in order within each sentence.
    history: Vec<Vec<Mention>>,
    /// Mentions of the current sentence, with their token position.
    current: Vec<(usize, Mention)>,
    /// Names already registered, by a hash of their words.
    seen_names: lexicon::HashMap<u64, usize>,
    /// The dispatch's places, adjectives and acronyms.
    facts: Facts,
    /// Who "je" is outside quotation marks: the interviewee of a question-and-answer
    /// interview.
    pub first_person: Option<Entity>,
    /// Whether the current sentence has read "je" as the interviewee.
    said_first_person: std::cell::Cell<bool>,
    /// The incise being resolved goes on with what someone was saying ("a-t-il poursuivi",
    /// "a ajouté le ministre"): whoever spoke last is its most likely subject.
    pub continuing: bool,
    /// Whether the current sentence has a speech verb; and for each sentence of `history`.
    pub sentence_spoke: bool,
    spoke: Vec<bool>,
    /// The incise being resolved answers ("a-t-il répondu", "a rétorqué le ministre").
    pub answering: bool,
    /// Whether the current sentence's subject asks someone a question ("Un journaliste lui a
    /// demandé si …"); and for each sentence of `history`.
    pub sentence_asked: bool,
    asked: Vec<bool>,
    /// The last person the last sentence read names, in the text's order: who "ce dernier"
    /// refers to.
    last_named: Option<Entity>,
    /// The number of the sentence whose names are being registered, or being attributed.
    pub sentence_no: usize,
    /// No sentence below the title was read before this one.
    pub opening: bool,
    /// A body or group the dispatch named in the plural as a sentence's subject ("les
    /// talibans", "les autorités ostaliennes"), and that sentence (its index in `history`).
    plural_subject: Option<(usize, Entity)>,
    /// The last sentence (its index in `history`) whose subject was a body left unnamed
    /// ("l'intersyndicale parle d'…"): a text's author is not looked for before it.
    unnamed_body: Option<usize>,
    /// The body "on" stood for as a sentence's subject ("À l'Élysée, on écarte …"), and that
    /// sentence (its index in `history`).
    on_body: Option<(usize, Entity)>,
}

impl bodies::Known for Discourse<'_> {
    fn facts(&self) -> &Facts {
        Discourse::facts(self)
    }

    fn is_person(&self, name: &str) -> bool {
        Discourse::is_person(self, name)
    }

    fn recent_title(&self) -> Option<String> {
        Discourse::recent_title(self)
    }

    fn recent_body(&self, head: Option<&str>) -> Option<String> {
        Discourse::recent_body(self, head)
    }

    fn recent_organisation(&self) -> Option<String> {
        Discourse::recent_organisation(self)
    }

    fn recent_of_kind(&self, noun: &str) -> Option<String> {
        let of_kind = |m: &Mention| {
            m.entity
                .name
                .as_ref()
                .filter(|n| {
                    m.salience >= Salience::Subject && bodies::of_kind(noun, n, &self.facts)
                })
                .cloned()
        };
        // "la secrétaire générale de la CGT, Lina Morvan … le syndicat précise": a union named
        // only in the role of someone who acted.
        let in_role = |m: &Mention| {
            let name = m.entity.name.as_ref().filter(|_| m.entity.person)?;
            self.union_of_person(name)
        };
        let union = bodies::noun_kind(noun) == Some(bodies::Kind::Union);
        self.current
            .iter()
            .rev()
            .find_map(|(_, m)| of_kind(m))
            .or_else(|| {
                self.history
                    .iter()
                    .rev()
                    .take(HISTORY_SENTENCES)
                    .find_map(|s| s.iter().rev().find_map(of_kind))
            })
            .or_else(|| {
                union
                    .then(|| {
                        self.current
                            .iter()
                            .rev()
                            .map(|(_, m)| m)
                            .chain(
                                self.history
                                    .iter()
                                    .rev()
                                    .take(HISTORY_SENTENCES)
                                    .flat_map(|s| s.iter().rev()),
                            )
                            .find_map(in_role)
                    })
                    .flatten()
            })
    }

    fn union_of_person(&self, name: &str) -> Option<String> {
        let mut known: Vec<Role> = Vec::new();
        if let Some(p) = self.registry.full_name(name) {
            known.extend(p.roles.iter().cloned());
        }
        if let Some(p) = self.gazetteer.person(&self.canonical(name)) {
            known.extend(p.offices.iter().map(|o| o.role.clone()));
        }
        known
            .iter()
            .find_map(|r| bodies::union_in_role(r, &self.facts))
    }

    fn seat_of(&self, name: &str) -> Option<&'static str> {
        let person = self.gazetteer.person(&self.canonical(name))?;
        person
            .offices
            .iter()
            .filter(|o| self.date.map_or(o.to == 99_991_231, |d| o.held_during(d)))
            .find_map(|o| {
                let q: Vec<&str> = o.role.qualifiers.iter().map(String::as_str).collect();
                match (o.role.head.as_str(), q.as_slice()) {
                    ("locataire", ["matignon"]) | ("premier", ["ministre"]) => Some("Matignon"),
                    ("locataire", ["elysee"]) | ("president", ["francais" | "republiqu"]) => {
                        Some("Élysée")
                    }
                    _ => None,
                }
            })
    }

    fn last_subject_presidency(&self) -> Option<String> {
        let acted = |m: &&Mention| m.salience >= Salience::Subject;
        let last = match self.current.iter().rev().map(|(_, m)| m).find(acted) {
            Some(m) => m,
            None => self.history.last()?.iter().rev().find(acted)?,
        };
        let name = last.entity.name.as_deref().filter(|_| last.entity.person)?;
        let person = self.registry.full_name(name)?;
        person
            .roles
            .iter()
            .filter(|r| r.head == "president" || r.head == "président")
            .find_map(|r| bodies::presidency_of(&r.qualifiers, self))
    }

    fn last_subject_body(&self) -> Option<String> {
        let acted = |m: &&Mention| m.salience >= Salience::Subject;
        let last = match self.current.iter().rev().map(|(_, m)| m).find(acted) {
            Some(m) => m,
            None => self.history.last()?.iter().rev().find(acted)?,
        };
        last.entity.name.clone().filter(|_| !last.entity.person)
    }
}

/// How many past sentences a pronoun or an epithet reaches back to.
const HISTORY_SENTENCES: usize = 6;

/// How many past sentences a document with no author of its own ("le rapport", "le texte")
/// reaches back to for whoever issued it: one that acted further back is not taken for its
/// author ("X a parlé. … Le rapport d'expertise pointe «…»" is no one's).
const DOCUMENT_SENTENCES: usize = 2;

impl<'g> Discourse<'g> {
    pub fn new(gazetteer: &'g Aliases, date: Option<(u64, u64)>) -> Discourse<'g> {
        Discourse {
            registry: Registry::default(),
            gazetteer,
            date,
            history: Vec::new(),
            current: Vec::new(),
            seen_names: lexicon::HashMap::default(),
            facts: Facts::default(),
            first_person: None,
            said_first_person: std::cell::Cell::new(false),
            continuing: false,
            sentence_spoke: false,
            spoke: Vec::new(),
            answering: false,
            sentence_asked: false,
            asked: Vec::new(),
            unnamed_body: None,
            last_named: None,
            sentence_no: 0,
            opening: true,
            plural_subject: None,
            on_body: None,
        }
    }

    /// The dispatch's person number `i` (in the order the text names them).
    pub fn person(&self, i: usize) -> Entity {
        let p = &self.registry.people[i];
        Entity::named(p.name.clone(), p.gender)
    }

    pub fn facts(&self) -> &Facts {
        &self.facts
    }

    /// Whether a name is a person's: the dispatch presents them as one, or the gazetteer knows
    /// them.
    pub fn is_person(&self, name: &str) -> bool {
        self.registry.full_name(name).is_some_and(|p| p.cued)
            || self.gazetteer.person(name).is_some()
    }

    /// The entity a pronoun refers to.
    pub fn resolve_pronoun(&self, p: Pron, at: usize) -> Entity {
        match p {
            Pron::Personal(g) => self.antecedent(g, at, None),
            Pron::First | Pron::Addressee => match &self.first_person {
                Some(e) => {
                    self.said_first_person.set(true);
                    e.clone()
                }
                None => Entity::nobody(),
            },
            _ => Entity::nobody(),
        }
    }

    /// The most salient recent person compatible with `gender` (and not contradicting `role`):
    /// this sentence first, then the previous ones. Unnamed people count: "il" after an
    /// anonymous source stays anonymous.
    /// The person named in this sentence before token `at`, else the named person who was the
    /// subject of the sentence before, when their gender and known roles fit.
    fn person_just_named(&self, gender: Gender, at: usize, role: Option<&Role>) -> Option<Entity> {
        let fits = |m: &Mention| m.entity.name.is_some() && self.may_be(m, gender, role);
        if let Some((_, m)) = self
            .current
            .iter()
            .filter(|(pos, m)| *pos < at && fits(m))
            .max_by_key(|(pos, _)| *pos)
        {
            return Some(m.entity.clone());
        }
        let last = self.history.last()?;
        let mut subjects = last
            .iter()
            .filter(|m| m.salience >= Salience::Subject && m.entity.person);
        match (subjects.next(), subjects.next()) {
            (Some(m), None) if fits(m) => Some(m.entity.clone()),
            _ => None,
        }
    }

    /// Whether mention `m` may be the person a pronoun or a role of `gender` stands for: a
    /// person the text speaks of (not an interview's "je"), of a compatible gender, whom nothing
    /// known says does not hold `role`.
    fn may_be(&self, m: &Mention, gender: Gender, role: Option<&Role>) -> bool {
        let e = &m.entity;
        !m.first_person
            && e.person
            && e.gender.compatible(gender)
            && role.is_none_or(|r| !self.contradicts(e, r))
    }

    fn antecedent(&self, gender: Gender, at: usize, role: Option<&Role>) -> Entity {
        let fits = |m: &Mention| self.may_be(m, gender, role);
        // Within the sentence, the nearest before the pronoun.
        if let Some((_, m)) = self
            .current
            .iter()
            .filter(|(pos, m)| *pos < at && fits(m))
            .max_by_key(|(pos, m)| (m.salience, *pos))
        {
            return m.entity.clone();
        }
        // "L'état-major a annoncé des exercices, ce qu'il a qualifié de «…»": with no person
        // before it, the body that is the sentence's subject, of the pronoun's own gender.
        if gender != Gender::U && role.is_none() {
            if let Some((_, m)) = self.current.iter().find(|(pos, m)| {
                *pos < at
                    && !m.entity.person
                    && m.entity.name.is_some()
                    && m.salience >= Salience::Subject
                    && m.entity.gender == gender
            }) {
                return m.entity.clone();
            }
        }
        let mut best: Option<(i32, &Mention)> = None;
        for (distance, sentence) in self
            .history
            .iter()
            .rev()
            .take(HISTORY_SENTENCES)
            .enumerate()
        {
            // A person of the pronoun's gender in that sentence outweighs a body ("La Fondation
            // … a publié une tribune signée par sa déléguée, Anne Morel. «…», écrit-elle").
            let person_there = sentence
                .iter()
                .any(|m| fits(m) && (m.entity.name.is_some() || m.salience >= Salience::Subject));
            // "Un journaliste lui a demandé si … «…», a-t-il répondu": who asked does not
            // answer.
            let asker =
                self.answering && distance == 0 && self.asked.last().copied().unwrap_or(false);
            for (rank, m) in sentence.iter().enumerate() {
                if asker && m.salience == Salience::Subject {
                    continue;
                }
                // "Le conseil de l'ordre a alerté … Dans un communiqué, il précise": a body the
                // sentence just read had as its subject, of the pronoun's own gender.
                let body_subject = distance == 0
                    && !person_there
                    && !m.entity.person
                    && m.entity.name.is_some()
                    && m.salience >= Salience::Subject
                    && gender != Gender::U
                    && m.entity.gender == gender
                    && role.is_none();
                if !fits(m) && !body_subject {
                    continue;
                }
                // The subject of the sentence just read outweighs a speaker of the one before; gender
                // agreement confirms.
                let agree = i32::from(m.entity.gender == gender && gender != Gender::U);
                // "Le magistrat a rappelé …": a description fits best the one whose known
                // office it describes (the prosecutor, not the defendant who spoke last).
                let described = 8 * i32::from(role.is_some_and(|r| self.describes(&m.entity, r)));
                // "«…», a poursuivi le président de l'assemblée": one goes on with one's own
                // words, not with those of the subject just read.
                // Not past someone who spoke since, without quotation marks ("X a affirmé
                // que …"): that one goes on.
                let spoke_since = self.spoke.iter().rev().take(distance).any(|&b| b);
                let goes_on = 3 * i32::from(
                    self.continuing && m.salience == Salience::Speaker && !spoke_since,
                );
                let score = 2 * m.salience as i32 - 3 * distance as i32 - rank.min(3) as i32
                    + agree
                    + described
                    + goes_on;
                if best.is_none_or(|(b, _)| score > b) {
                    best = Some((score, m));
                }
            }
        }
        // "le maire", "la procureure": an office, not a mere description, is its holder's
        // however far back the dispatch named them — the one person it names whom the
        // dispatch or the gazetteer knows in that office — rather than whoever was read last.
        let holder = role
            .filter(|r| lexicon::is_office(&r.head))
            .filter(|r| best.is_none_or(|(_, m)| !self.holds_office(&m.entity, r)))
            .and_then(|r| {
                let mut holders = self.registry.people.iter().filter(|p| {
                    let e = Entity::named(p.name.clone(), p.gender);
                    p.cued && p.gender.compatible(gender) && self.holds_office(&e, r)
                });
                match (holders.next(), holders.next()) {
                    (Some(p), None) => Some(Entity::named(p.name.clone(), p.gender.or(gender))),
                    _ => None,
                }
            });
        if let Some(e) = holder {
            return e;
        }
        match best {
            Some((_, m)) => m.entity.clone(),
            None => self
                .named_further_on(gender, at, role)
                .unwrap_or_else(|| Entity::described(gender, role)),
        }
    }

    /// "« … », a-t-il affirmé. […] Erdogan a ajouté …": copy that opens on a pronoun, before
    /// it names anyone, speaks of the first person it names further on. Only in the title or
    /// the first sentence under it, with no person read before the pronoun, and for a pronoun,
    /// not a description.
    fn named_further_on(&self, gender: Gender, at: usize, role: Option<&Role>) -> Option<Entity> {
        if role.is_some()
            || !self.opening
            || self.history.iter().flatten().any(|m| m.entity.person)
            || self
                .current
                .iter()
                .any(|(pos, m)| *pos < at && m.entity.person)
        {
            return None;
        }
        let p = self
            .registry
            .people
            .iter()
            .filter(|p| {
                p.cued
                    && !p.first_name_only
                    && p.first_seen != usize::MAX
                    && p.gender.compatible(gender)
            })
            .min_by_key(|p| p.first_seen)
            // Not someone the same sentence names after it: "…, illustre-t-il, rejoint par le
            // bourgmestre X" is another person.
            .filter(|p| p.first_seen > self.sentence_no)?;
        Some(Entity::named(p.name.clone(), p.gender.or(gender)))
    }

    /// Whether the dispatch or the gazetteer (at the dispatch's date) knows someone in an
    /// office `role` words ("le maire" for the mayor of a named town).
    fn holds_office(&self, e: &Entity, role: &Role) -> bool {
        let Some(name) = &e.name else { return false };
        let given = self
            .registry
            .full_name(name)
            .is_some_and(|p| p.roles.iter().any(|k| role.within(k)));
        given
            || self
                .gazetteer
                .person(&self.canonical(name))
                .is_some_and(|p| {
                    p.offices
                        .iter()
                        .any(|o| role.within(&o.role) && self.date.is_none_or(|d| o.held_during(d)))
                })
    }

    /// Whether a description ("le magistrat", "le diplomate", "l'élu") is what one of a
    /// person's known offices (in the dispatch or the gazetteer) is commonly called.
    fn describes(&self, e: &Entity, role: &Role) -> bool {
        if self.shares_nationality(e, role) {
            return true;
        }
        // "a répliqué l'écologiste", "a conclu le socialiste": the one whose known office is
        // in that party ("secrétaire nationale des Écologistes", "premier secrétaire du PS").
        if let Some(parties) = party_of_epithet(&role.head) {
            return self.of_party(e, parties);
        }
        let offices: &[&str] = match role.head.as_str() {
            "magistrat" => &["procureur", "juge", "magistrat", "procureur-adjoint"],
            "diplomate" => &[
                "ambassadeur",
                "diplomate",
                "consul",
                "envoye",
                "negociateur",
            ],
            "elu" => &[
                "maire",
                "depute",
                "senateur",
                "conseiller",
                "eurodepute",
                "elu",
                "adjoint",
            ],
            "prevenu" | "accuse" => &["prevenu", "accuse"],
            "avocat" | "penaliste" => &["avocat", "penaliste"],
            "medecin" => &["medecin", "chirurgien", "urgentiste", "docteur"],
            "militaire" | "officier" => &["general", "colonel", "commandant", "officier"],
            _ => return false,
        };
        let Some(name) = &e.name else { return false };
        let mut known: Vec<String> = Vec::new();
        if let Some(p) = self.registry.full_name(name) {
            known.extend(p.roles.iter().map(|r| r.head.clone()));
            if p.counsel {
                known.push("avocat".to_owned());
            }
        }
        if let Some(p) = self.gazetteer.person(&self.canonical(name)) {
            known.extend(p.offices.iter().map(|o| o.role.head.clone()));
        }
        known.iter().any(|k| offices.contains(&k.as_str()))
    }

    /// Whether a person's known roles (in the dispatch or the gazetteer) give them the seat
    /// `role` names for another constituency ("député du Nord" for "le député de Paris").
    fn seated_elsewhere(&self, e: &Entity, role: &Role) -> bool {
        let Some(name) = &e.name else { return false };
        let mut known: Vec<Role> = Vec::new();
        if let Some(p) = self.registry.full_name(name) {
            known.extend(p.roles.iter().cloned());
        }
        if let Some(p) = self.gazetteer.person(&self.canonical(name)) {
            known.extend(p.offices.iter().map(|o| o.role.clone()));
        }
        let seats: Vec<&Role> = known.iter().filter(|k| k.head == role.head).collect();
        !seats.is_empty() && !seats.iter().any(|k| role.within(k))
    }

    /// Whether one of a person's known roles (in the dispatch or the gazetteer, at the
    /// dispatch's date) or the party the dispatch gives them in brackets is one of `parties`
    /// (folded).
    fn of_party(&self, e: &Entity, parties: &[&str]) -> bool {
        let Some(name) = &e.name else { return false };
        let listed = |r: &Role| {
            r.qualifiers
                .iter()
                .any(|q| parties.iter().any(|p| crate::model::roles::same_word(q, p)))
        };
        let given = self.registry.full_name(name).is_some_and(|p| {
            p.party
                .as_deref()
                .is_some_and(|party| parties.contains(&party))
                || p.roles.iter().any(listed)
        });
        given
            || self
                .gazetteer
                .person(&self.canonical(name))
                .is_some_and(|p| {
                    p.offices
                        .iter()
                        .any(|o| listed(&o.role) && self.date.is_none_or(|d| o.held_during(d)))
                })
    }

    /// Whether a description's adjective of nationality ("la joueuse française") is one the
    /// dispatch gave the person ("la Française Clara Morel", "le ministre ardanien").
    fn shares_nationality(&self, e: &Entity, role: &Role) -> bool {
        let Some(name) = &e.name else { return false };
        let Some(p) = self.registry.full_name(name) else {
            return false;
        };
        role.qualifiers
            .iter()
            .filter(|q| of_nationality(q))
            .any(|q| {
                p.roles.iter().any(|r| {
                    r.qualifiers
                        .iter()
                        .any(|k| crate::model::roles::same_word(q, k))
                })
            })
    }

    /// Whether a person's known roles (in the dispatch or the gazetteer) say they cannot be
    /// the one a role phrase designates: an office they do not hold ("le président français" is
    /// not the chancellor named before), or a nationality that is not theirs. A description
    /// ("le diplomate", "le responsable") contradicts no one.
    fn contradicts(&self, e: &Entity, role: &Role) -> bool {
        let Some(name) = &e.name else { return false };
        let mut known = Vec::new();
        if let Some(p) = self.registry.full_name(name) {
            known.extend(p.roles.iter().cloned());
            // "Me Dupuis" is a lawyer.
            if p.counsel {
                known.extend(Role::from_words(&["avocat"]));
            }
        }
        if let Some(p) = self.gazetteer.person(&self.canonical(name)) {
            known.extend(p.offices.iter().map(|o| o.role.clone()));
        }
        if known.is_empty() {
            return false;
        }
        // A military rank ("le général", "le colonel") is a title worn with whatever office its
        // bearer holds ("chef d'état-major des armées", "porte-parole de l'armée", a junta's
        // presidency): it contradicts none.
        let rank = matches!(
            role.head.as_str(),
            "general" | "colonel" | "lieutenant-colonel" | "amiral" | "vice-amiral" | "marechal"
        );
        let office = lexicon::is_office(&role.head)
            && !rank
            && !known
                .iter()
                .any(|k| k.head == role.head || held_together(&k.head, &role.head));
        let nationalities = |r: &Role| -> Vec<String> {
            r.qualifiers
                .iter()
                .filter(|q| of_nationality(q))
                .cloned()
                .collect()
        };
        let theirs: Vec<String> = known.iter().flat_map(nationalities).collect();
        let nationality = !theirs.is_empty()
            && nationalities(role)
                .iter()
                .any(|q| !theirs.iter().any(|t| crate::model::roles::same_word(q, t)));
        // A courtroom's parts never hold one another's place: the defendant is not the
        // prosecutor, the judge or a lawyer.
        let part = |h: &str| match h {
            "prevenu" | "accuse" => Some(0),
            "procureur" | "procureur-adjoint" | "juge" | "magistrat" => Some(1),
            "avocat" | "penaliste" => Some(2),
            _ => None,
        };
        let courtroom = part(&role.head)
            .is_some_and(|p| known.iter().any(|k| part(&k.head).is_some_and(|q| q != p)));
        // "le président de la chambre", "la présidente de la cour": the judge presiding, not
        // a president or a former one of anything else the dispatch or the gazetteer knows.
        let of_court = |r: &Role| {
            r.qualifiers
                .iter()
                .any(|q| matches!(q.as_str(), "cour" | "chambre" | "tribunal" | "assises"))
        };
        let presiding = role.head == "president" && of_court(role) && !known.iter().any(of_court);
        // "a rétorqué le socialiste": not the one the dispatch seats for another party in
        // brackets ("Philippe Morvan (LR)").
        let other_party = self
            .registry
            .full_name(name)
            .and_then(|p| p.party.as_deref())
            .is_some_and(|party| {
                party_of_epithet(&role.head).is_some_and(|ps| !ps.contains(&party))
            });
        // "a lancé la cégétiste": a member of one union is not the one whose known office is
        // in another ("numéro un de la CFDT").
        let other_union = union_of_epithet(&role.head).is_some_and(|union| {
            let in_union = |r: &Role, u: &str| r.qualifiers.iter().any(|q| q == u);
            !known
                .iter()
                .any(|k| k.head == role.head || in_union(k, union))
                && known
                    .iter()
                    .any(|k| UNIONS.iter().any(|u| *u != union && in_union(k, u)))
        });
        office || nationality || courtroom || presiding || other_party || other_union
    }

    /// The one person the dispatch presents as such whose known roles (in the dispatch or the
    /// gazetteer) carry the nationality `role` gives, of a compatible gender.
    fn only_one_of_nationality(&self, role: &Role, gender: Gender) -> Option<Entity> {
        self.only_one_qualified(role, gender, of_nationality)
    }

    /// The one person the dispatch names whose known roles carry the one qualifier of `role`
    /// that `kind` keeps.
    fn only_one_qualified(
        &self,
        role: &Role,
        gender: Gender,
        kind: impl Fn(&str) -> bool,
    ) -> Option<Entity> {
        let wanted: Vec<&String> = role.qualifiers.iter().filter(|q| kind(q)).collect();
        let [wanted] = wanted.as_slice() else {
            return None;
        };
        let mut found = None;
        for p in self.registry.people.iter().filter(|p| p.cued) {
            let mut known: Vec<&Role> = p.roles.iter().collect();
            let listed = self.gazetteer.person(&self.gazetteer.canonical(&p.name));
            if let Some(listed) = listed {
                known.extend(listed.offices.iter().map(|o| &o.role));
            }
            // "le président italien", or the gazetteer's epithet "l'Italien" itself.
            let theirs = known.iter().any(|r| {
                r.qualifiers
                    .iter()
                    .any(|q| crate::model::roles::same_word(q, wanted))
                    || r.qualifiers.is_empty() && r.head == **wanted
            });
            let their_gender = p.gender.or(listed.map_or(Gender::U, |l| l.gender));
            if theirs && their_gender.compatible(gender) {
                if found.is_some() {
                    return None;
                }
                found = Some(Entity::named(p.name.clone(), their_gender.or(gender)));
            }
        }
        found
    }

    /// The one person the dispatch presents as such whose known roles (in the dispatch or the
    /// gazetteer) are in `union`, or who is known by the member's epithet `head` itself
    /// ("le cégétiste"), of a compatible gender.
    fn only_one_of_union(&self, union: &str, head: &str, gender: Gender) -> Option<Entity> {
        let mut found = None;
        for p in self.registry.people.iter().filter(|p| p.cued) {
            let mut known: Vec<&Role> = p.roles.iter().collect();
            let listed = self.gazetteer.person(&self.gazetteer.canonical(&p.name));
            if let Some(listed) = listed {
                known.extend(listed.offices.iter().map(|o| &o.role));
            }
            let theirs = known
                .iter()
                .any(|r| r.head == head || r.qualifiers.iter().any(|q| q == union));
            let their_gender = p.gender.or(listed.map_or(Gender::U, |l| l.gender));
            if theirs && their_gender.compatible(gender) {
                if found.is_some() {
                    return None;
                }
                found = Some(Entity::named(p.name.clone(), their_gender.or(gender)));
            }
        }
        found
    }

    /// The one person the dispatch names whom the gazetteer lists under `role` worded exactly
    /// so (its head alone: "cégétiste"), at the dispatch's date.
    fn only_one_listed_as(&self, role: &Role, gender: Gender) -> Option<Entity> {
        let mut found: Option<Entity> = None;
        for p in self.registry.people.iter().filter(|p| p.cued) {
            let Some(listed) = self.gazetteer.person(&self.gazetteer.canonical(&p.name)) else {
                continue;
            };
            let listed_so = listed.offices.iter().any(|o| {
                o.role.head == role.head
                    && o.role.qualifiers.is_empty()
                    && self.date.is_none_or(|d| o.held_during(d))
            });
            let their_gender = p.gender.or(listed.gender);
            if listed_so && their_gender.compatible(gender) {
                if found
                    .as_ref()
                    .is_some_and(|f| f.name.as_deref() != Some(&p.name))
                {
                    return None;
                }
                found = Some(Entity::named(p.name.clone(), their_gender.or(gender)));
            }
        }
        found
    }

    /// "son homologue ukrainien" when the dispatch names more than one person of that
    /// nationality: a counterpart holds the same office as the possessor (the president's
    /// counterpart is the other country's president, not its foreign minister); the one of
    /// them whose known offices share a head with the possessor's, else no one.
    fn homologue_of_nationality(&self, role: &Role, gender: Gender, at: usize) -> Option<Entity> {
        let possessor = self.antecedent(Gender::U, at, None);
        let possessor_name = possessor.name.as_deref()?;
        let wanted: Vec<&String> = role
            .qualifiers
            .iter()
            .filter(|q| of_nationality(q))
            .collect();
        let [wanted] = wanted.as_slice() else {
            return None;
        };
        let roles_of = |name: &str| -> Vec<Role> {
            let mut known: Vec<Role> = self
                .registry
                .full_name(name)
                .map(|p| p.roles.clone())
                .unwrap_or_default();
            if let Some(listed) = self.gazetteer.person(&self.gazetteer.canonical(name)) {
                known.extend(
                    listed
                        .offices
                        .iter()
                        .filter(|o| self.date.is_none_or(|d| o.held_during(d)))
                        .map(|o| o.role.clone()),
                );
            }
            known
        };
        let heads: Vec<String> = roles_of(possessor_name)
            .into_iter()
            .map(|r| r.head)
            .filter(|h| h != "homologue")
            .collect();
        if heads.is_empty() {
            return None;
        }
        let mut found = None;
        for p in self.registry.people.iter().filter(|p| p.cued) {
            if p.name == possessor_name {
                continue;
            }
            let theirs = roles_of(&p.name);
            let of_it = |r: &Role| {
                r.qualifiers
                    .iter()
                    .any(|q| crate::model::roles::same_word(q, wanted))
            };
            let same_office = theirs.iter().any(|r| of_it(r) && heads.contains(&r.head));
            let listed = self.gazetteer.person(&self.gazetteer.canonical(&p.name));
            let their_gender = p.gender.or(listed.map_or(Gender::U, |l| l.gender));
            if same_office && their_gender.compatible(gender) {
                if found.is_some() {
                    return None;
                }
                found = Some(Entity::named(p.name.clone(), their_gender.or(gender)));
            }
        }
        found
    }

    /// "son invité", "son hôte", "son interlocuteur" with no nationality to tell who: the
    /// possessor is whom "son" most likely refers to (the speaker or subject just read); the
    /// counterpart is the one other person, of a compatible gender, that this sentence and
    /// the two before name. Two or more others, or none: no one can say which.
    fn the_other_one(&self, gender: Gender, at: usize) -> Option<Entity> {
        let possessor = self.antecedent(Gender::U, at, None);
        possessor.name.as_ref()?;
        let mut found: Option<&Entity> = None;
        let recent = self
            .current
            .iter()
            .filter(|(pos, _)| *pos < at)
            .map(|(_, m)| m)
            .chain(self.history.iter().rev().take(2).flatten());
        for m in recent {
            let e = &m.entity;
            if !e.person || e.name.is_none() || e.name == possessor.name || m.first_person {
                continue;
            }
            if found.is_some_and(|f| f.name != e.name) {
                return None;
            }
            found = Some(e);
        }
        found.filter(|e| e.gender.compatible(gender)).cloned()
    }

    /// Whether the person the dispatch names `name` holds a role worded `role` (or one it is
    /// part of): a role the dispatch gave them, "Me" for a lawyer, an office the gazetteer
    /// knows them in at the dispatch's date, or `apposed` (the role the sentence apposes to
    /// their name).
    pub fn holds(&self, name: &str, role: &Role, apposed: Option<&Role>) -> bool {
        let agree = |r: &Role| role.within(r) || r.within(role);
        let Some(p) = self.registry.full_name(name) else {
            return false;
        };
        let date = self.date;
        // The roles the dispatch words for them decide; a title or the gazetteer only when the
        // dispatch words none of that kind ("Me Dupuis, avocat de la partie civile" is not
        // "l'avocat de la défense").
        let worded: Vec<&Role> = p
            .roles
            .iter()
            .chain(apposed)
            .filter(|r| r.head == role.head)
            .collect();
        if !worded.is_empty() {
            return worded.into_iter().any(agree);
        }
        p.counsel && role.head == "avocat"
            || self
                .gazetteer
                .person(&self.canonical(name))
                .is_some_and(|g| {
                    g.offices.iter().any(|o| {
                        date.is_none_or(|d| o.from <= d.1 && d.0 <= o.to) && agree(&o.role)
                    })
                })
    }

    /// The number of the first sentence that names the person the dispatch calls `name`.
    pub fn first_named_in(&self, name: &str) -> Option<usize> {
        self.registry
            .full_name(name)
            .map(|p| p.first_seen)
            .filter(|&n| n != usize::MAX)
    }

    /// Whether what the dispatch or the gazetteer knows of someone says they cannot hold
    /// `role`.
    pub fn contradicted(&self, e: &Entity, role: &Role) -> bool {
        self.contradicts(e, role)
    }

    /// Whether someone of the dispatch other than `name`, named by sentence `by`, was given a
    /// role with `role`'s head ("Me" counting as a lawyer's).
    pub fn role_given_to_another(&self, name: &str, role: &Role, by: usize) -> bool {
        let this = self.registry.full_name(name).map(|p| p.name.as_str());
        let date = self.date;
        self.registry.people.iter().any(|p| {
            Some(p.name.as_str()) != this
                && (p.first_seen == usize::MAX || p.first_seen <= by)
                && (p.counsel && role.head == "avocat"
                    || p.roles.iter().any(|r| r.head == role.head)
                    || p.cued
                        && self
                            .gazetteer
                            .person(&self.gazetteer.canonical(&p.name))
                            .is_some_and(|g| {
                                g.offices.iter().any(|o| {
                                    o.role.head == role.head
                                        && date.is_none_or(|d| o.from <= d.1 && d.0 <= o.to)
                                })
                            }))
        })
    }

    /// The person a name given in full names, in canonical form.
    pub fn person_named(&self, name: &str, gender: Gender) -> Entity {
        Entity::named(self.canonical(name), gender)
    }

    /// A name in its canonical form.
    pub fn canonical(&self, name: &str) -> String {
        let known = self.registry.full_name(name);
        if known.is_some_and(|p| p.first_name_only) {
            return name.to_owned();
        }
        let full = known.map_or(name, |p| p.name.as_str());
        self.gazetteer.canonical(full)
    }

    /// Resolves a noun phrase of sentence `s` to an entity.
    pub fn resolve_np(&mut self, s: Sentence, np: &Np, at: usize) -> Entity {
        let gender = np.gender.unwrap_or(Gender::U);
        if np.pronoun == Some(Pron::Demonstrative) {
            return self.resolve_demonstrative(s, np.end.saturating_sub(1));
        }
        if let Some(p) = np.pronoun {
            return self.resolve_pronoun(p, at);
        }
        // "Selon ses services" after the minister spoke: the ministry the dispatch names
        // him at the head of.
        if np.det == Some(Det::Possessive) && np.words.len() == 1 && np.words[0] == "services" {
            let possessor = self.antecedent(Gender::U, at, None);
            let minister = possessor
                .name
                .as_deref()
                .and_then(|n| self.registry.full_name(n))
                .is_some_and(|p| p.roles.iter().any(|r| r.head == "ministre"));
            if let Some(ministry) = self.facts.ministry().filter(|_| minister) {
                return Entity::body(ministry.to_owned(), Gender::U);
            }
        }
        // "Emmanuel Macron … «…», fait savoir son entourage": the seat of the office its
        // possessor holds (the Élysée, Matignon); another's entourage names no one.
        // "fait savoir son entourage au Figaro": the medium it spoke to after it.
        if np.det == Some(Det::Possessive)
            && matches!(
                np.words.first().map(String::as_str),
                Some("entourage" | "conseillers" | "proches")
            )
            && np
                .words
                .get(1)
                .is_none_or(|w| matches!(w.as_str(), "au" | "à" | "aux" | "auprès"))
        {
            let possessor = self.antecedent(Gender::U, at, None);
            // "A Matignon, on affiche la sérénité. «…», fait savoir son entourage": with no
            // one named to possess it, the body that just acted as a subject speaks.
            let body = || {
                bodies::Known::last_subject_body(self)
                    .filter(|_| possessor.name.is_none())
                    .map(|b| Entity::body(b, Gender::U))
            };
            return possessor
                .name
                .as_deref()
                .and_then(|n| bodies::Known::seat_of(self, n))
                .map(|seat| Entity::body(seat.to_owned(), Gender::U))
                .or_else(body)
                .unwrap_or_else(|| Entity::anonymous(Gender::U));
        }
        // "ont estimé les Sages": the members of the constitutional court speak for the court
        // the dispatch showed acting, as "les sages" in lower case do.
        if np.plural
            && np.det == Some(Det::Definite)
            && (np.body.as_deref() == Some("Sages")
                || np.name.as_ref().is_some_and(|n| n.text == "Sages"))
        {
            return self
                .recent_body(None)
                .filter(|b| b.starts_with("Conseil") || b.starts_with("Cour"))
                .map_or_else(Entity::nobody, |b| Entity::body(b, Gender::U));
        }
        if np.coordinated || np.plural {
            // "les talibans ont affirmé", "les Vingt-Sept ont jugé": a group that speaks as one;
            // "les Ukrainiens ont dénoncé": a nation, whom no label names.
            match bodies::group(s, np) {
                Some(bodies::Group::Labelled(label)) => {
                    return Entity::body(label.to_owned(), Gender::U);
                }
                Some(bodies::Group::People) => return Entity::nobody(),
                None => {}
            }
            // "Moscou et Pékin ont dénoncé …": words said jointly may be given to either; the
            // first state named.
            if let Some(name) = np
                .name
                .as_ref()
                .filter(|_| np.coordinated && np.det.is_none())
            {
                if bodies::is_place(name, self) {
                    if let Some(label) = bodies::place_label(self, &name.text) {
                        return Entity::body(label, Gender::U);
                    }
                }
                // "Bruno Morel et Anne Vidal ont promis de «…»": the first person named.
                if np.coordinated && !np.plural && !bodies::is_place(name, self) {
                    let known = self.registry.full_name(&name.text).map(|p| p.name.clone());
                    if let Some(full) = known.filter(|n| n.contains(' ')) {
                        let g = self
                            .registry
                            .full_name(&full)
                            .map_or(Gender::U, |p| p.gender);
                        return Entity::named(full, g);
                    }
                }
            }
            return bodies::label(s, np, self)
                .map_or_else(Entity::nobody, |l| Entity::body(l, gender));
        }
        // "a soupiré un député Renaissance": one word after an indefinite role is the unnamed
        // person's party or body, not their name.
        if np.det == Some(Det::Indefinite)
            && np.role.is_some()
            && np.name.as_ref().is_some_and(|n| {
                !n.text.contains([' ', '-'])
                    && lexicon::first_name(&n.text.to_lowercase()).is_none()
                    && self.gazetteer.person(&n.text).is_none()
            })
        {
            return Entity::anonymous(gender);
        }
        // "écrit Libé", "L'Opinion parle d'une «…»": a newspaper speaking.
        if let Some(label) = np
            .name
            .as_ref()
            .map(|n| n.text.as_str())
            .or(np.body.as_deref())
            .filter(|_| !np.plural && np.role.is_none())
            .and_then(|n| bodies::press_label(n, np.det == Some(Det::Definite)))
        {
            return Entity::body(label.to_owned(), Gender::U);
        }
        if let Some(name) = &np.name {
            if bodies::is_place(name, self) {
                // "ZOLGRAD (AFP) - … une mesure que Zolgrad a jugée «…»": a capital whose name
                // shares little with the country's adjective is still found by it.
                return bodies::place_label(self, &name.text)
                    .or_else(|| {
                        self.facts
                            .capital_adjective(&name.text)
                            .map(|a| format!("gouvernement {a}"))
                    })
                    .map_or_else(Entity::nobody, |l| Entity::body(l, Gender::U));
            }
            // "fait valoir Hydrant dans un communiqué": a company the dispatch introduced
            // ("la société Hydrant") speaking by its name.
            if !name.text.contains(' ') && self.facts.is_company(&name.text) {
                return Entity::body(name.text.clone(), Gender::U);
            }
            // "La Ostalie a prévenu": a country with its article, whose adjective the
            // dispatch uses ("ostalien"), speaks as a state.
            if np.det == Some(Det::Definite)
                && !name.cued
                && !name.text.contains([' ', '-'])
                && !self.is_person(&name.text)
            {
                if let Some(label) = bodies::place_label(self, &name.text) {
                    return Entity::body(label, Gender::U);
                }
            }
            // "Zolgrad a démenti": a capital without article speaks for the government of the
            // country whose adjective the dispatch uses ("zolanais"), when nothing says the word
            // is a person's name (no title, no first name, no one named with it).
            if np.det.is_none()
                && !name.cued
                && !name.text.contains([' ', '-'])
                && bodies::fixed_label(&name.text).is_none()
                && self.registry.full_name(&name.text).is_none()
                && self.gazetteer.person(&name.text).is_none()
                && lexicon::first_name(&name.text.to_lowercase()).is_none()
            {
                if let Some(adjective) = self.facts.capital_adjective(&name.text) {
                    return Entity::body(format!("gouvernement {adjective}"), Gender::U);
                }
            }
            // "Bercy a confirmé": a body known by the name of its seat — not the name a body
            // noun gives its own ("le syndicat Alliance").
            let named_by_noun = np.thing.as_deref().is_some_and(lexicon::is_body_noun);
            if !name.cued && !named_by_noun {
                if let Some(label) = bodies::fixed_label(&name.text) {
                    return Entity::body(label.to_owned(), Gender::U);
                }
            }
            let g = name.gender.or(gender);
            let idx = self.registry.add(&name.text, g);
            if np.role.is_some() || np.thing.is_some() {
                if let Some(role) = Role::from_words(&np.words) {
                    self.registry.add_role(idx, role);
                }
            }
            let p = &self.registry.people[idx];
            let known = self
                .gazetteer
                .person(&p.name)
                .map_or(Gender::U, |k| k.gender);
            return Entity::named(p.name.clone(), p.gender.or(g).or(known));
        }
        if let Some(label) = bodies::label(s, np, self) {
            // "L'Agence régionale de santé": the head noun's gender when the article elides it.
            let head = np.thing.clone().or_else(|| {
                // "L'État-Major Ostalien": the gender of its first word, its head noun.
                np.body
                    .as_deref()
                    .map(|b| b.split(' ').next().unwrap_or(b).to_lowercase())
            });
            let gender = gender.or(head.map_or(Gender::U, |h| lexicon::body_noun_gender(&h)));
            return Entity::body(self.fuller_body(label), gender);
        }
        if np.thing.as_deref().is_some_and(lexicon::is_document) {
            if np.det != Some(Det::Indefinite) {
                return self.document_author(s, np, at);
            }
            // "selon un communiqué de la préfecture": its author, when the complement names one.
            if let Some(author) = self.document_complement(s, np) {
                return author;
            }
            // "Le ministère a démenti. «…», peut-on lire dans un communiqué": one the body that
            // acted just before issued.
            if let Some(body) = bodies::Known::last_subject_body(self) {
                return Entity::body(body, Gender::U);
            }
        }
        // "lit-on sur sa page Facebook", "sur la page officielle de la mairie": a page or an
        // account speaks for whoever holds it, when its possessive or its complement says who.
        if np.thing.as_deref().is_some_and(super::clauses::is_channel) {
            if np.det == Some(Det::Possessive) {
                return self.document_author(s, np, at);
            }
            if let Some(author) = self.document_complement(s, np) {
                return author;
            }
        }
        if np.det == Some(Det::Definite)
            && matches!(
                np.words.as_slice(),
                [w] if matches!(w.as_str(), "second" | "seconde" | "deuxième")
            )
        {
            return self.ordinal(true, gender);
        }
        // "X a reçu Y. Ce dernier a salué «…»": the last person named before it.
        if np.det == Some(Det::Demonstrative)
            && matches!(np.words.as_slice(), [w] if matches!(w.as_str(), "dernier" | "dernière"))
        {
            return self.latter(s, gender, at);
        }
        if np.role.is_none() {
            return Entity::nobody();
        }
        if let Some(paper) = editorialist_of(s, np) {
            return paper;
        }
        // "L'éleveur, qui préfère ne pas donner son nom, …": someone the sentence says is not
        // to be named is no one the dispatch named before.
        if anonymity_asked(s) {
            return Entity::anonymous(gender);
        }
        // "« … ? », lui a demandé la journaliste": the one who asks the questions is no one the
        // dispatch named, unless it named someone in that role ("la journaliste Léa Morin").
        // Not "l'ancien journaliste", a description of someone.
        if np.role.is_some_and(is_interviewer)
            && np.words.len() == 1
            && !self
                .registry
                .people
                .iter()
                .any(|p| p.roles.iter().any(|r| is_interviewer(&r.head)))
        {
            return Entity::nobody();
        }
        match np.det {
            Some(Det::Indefinite) | Some(Det::Demonstrative) => Entity::anonymous(gender),
            det => self.resolve_role(np, det, gender, at),
        }
    }

    /// A body named short after the dispatch named it with its place: "la cour d'appel" after
    /// "la cour d'appel de Lyon" is that one.
    fn fuller_body(&self, label: String) -> String {
        if !label.starts_with(char::is_lowercase) {
            return label;
        }
        let fuller = |n: &&str| {
            n.strip_prefix(label.as_str())
                .and_then(|rest| rest.strip_prefix(' '))
                .is_some_and(|rest| {
                    ["de ", "du ", "des ", "d'", "d’"]
                        .iter()
                        .any(|p| rest.starts_with(p))
                })
        };
        let bodies = || {
            self.history
                .iter()
                .flatten()
                .chain(self.current.iter().map(|(_, m)| m))
                .filter(|m| !m.entity.person)
                .filter_map(|m| m.entity.name.as_deref())
        };
        if let Some(full) = bodies().find(fuller) {
            return full.to_owned();
        }
        // "la commission des affaires étrangères du Parlement" after "le Parlement européen":
        // the body its complement names, as the dispatch named it in full.
        let Some((head, last)) = label.rsplit_once(' ') else {
            return label;
        };
        if !last.starts_with(char::is_uppercase) || !head.contains(' ') {
            return label;
        }
        let named = bodies().find(|n| {
            n.strip_prefix(last)
                .and_then(|rest| rest.strip_prefix(' '))
                .is_some_and(|rest| !rest.contains(' ') && rest.starts_with(char::is_lowercase))
        });
        match named {
            Some(named) => format!("{head} {named}"),
            None => label,
        }
    }

    /// Who wrote "le communiqué", "le texte", "la déclaration finale" the sentence quotes: the
    /// body or person its complement names ("le communiqué du gouvernement ruthène"), else the
    /// one who last spoke or acted as a subject (Le ministère a affirmé … «…», indique le
    /// communiqué).
    fn document_author(&self, s: Sentence, np: &Np, at: usize) -> Entity {
        if let Some(author) = self.document_complement(s, np) {
            return author;
        }
        if takes_up_unsigned_document(s, np) || said_unsigned(s, np) || of_an_inquiry(np) {
            return Entity::nobody();
        }
        // "la déclaration finale", "le communiqué final": a summit's closing text is the body's
        // whose summit the dispatch names ("le sommet de l'OTAN").
        if bodies::is_final_text(&np.words) {
            if let Some(body) = self.facts.only_summit() {
                return Entity::body(body, Gender::U);
            }
        }
        let named = |m: &Mention| m.entity.name.is_some() && m.salience >= Salience::Subject;
        // A ruling ("la décision", "l'arrêt", "le décret") is written by whoever ruled, the
        // subject, not by someone who commented on it ("qualifiée de «…» par le gouvernement").
        let ruling = np.thing.as_deref().is_some_and(|t| {
            matches!(
                t,
                "décision" | "arrêt" | "arrêté" | "décret" | "jugement" | "ordonnance"
            )
        });
        let rank = |m: &Mention| (ruling && m.salience == Salience::Subject, m.salience);
        if let Some((_, m)) = self
            .current
            .iter()
            .filter(|(pos, m)| *pos < at && named(m))
            .max_by_key(|(pos, m)| (rank(m), *pos))
        {
            return m.entity.clone();
        }
        // "L'intersyndicale parle d'une victoire. «…», affirme le tract": the body that acted
        // last is left unnamed, so is the text it wrote, not someone named before it.
        let n = self.history.len();
        if self.unnamed_body == Some(n) {
            return Entity::nobody();
        }
        for (i, sentence) in self
            .history
            .iter()
            .enumerate()
            .rev()
            .take(DOCUMENT_SENTENCES)
        {
            if self.unnamed_body == Some(i) {
                return Entity::nobody();
            }
            if let Some(m) = sentence.iter().filter(|m| named(m)).max_by_key(|m| rank(m)) {
                return m.entity.clone();
            }
        }
        Entity::nobody()
    }

    /// The body a document's complement names: "le communiqué du gouvernement ruthène",
    /// "un rapport de la Cour des comptes".
    fn document_complement(&self, s: Sentence, np: &Np) -> Option<Entity> {
        let toks = s.toks;
        let mut end = np.end.min(s.range.end);
        // "la déclaration adoptée en fin de journée par l'OTAN": a participle and its
        // circumstances before the agent.
        if let Some(by) = (end..(end + 7).min(s.range.end))
            .take_while(|&i| toks[i].is_word() && !toks[i].cap)
            .find(|&i| toks[i].is("par"))
        {
            if by > end && lexicon::is_publishing_participle(&toks[end].lower) {
                end = by;
            }
        }
        // "la déclaration finale publiée par l'OTAN": the phrase stopped before its agent.
        let mut agent = None;
        if end < s.range.end && toks[end].is("par") {
            agent = Some(end);
            end += 1;
            let start = end;
            // "par les ministres de l'OTAN": the members' body is part of the agent; so is a
            // body's own complement ("par le ministère ostalien de l'Industrie").
            let of = |w: &str| matches!(w, "de" | "du" | "des" | "d'" | "d’");
            let body_before = |end: usize| {
                toks[start..end]
                    .iter()
                    .any(|t| lexicon::is_body_noun(&t.lower))
            };
            while end < s.range.end
                && toks[end].is_word()
                && !(end > start + 1
                    && lexicon::is_preposition(&toks[end].lower)
                    && !(of(&toks[end].lower)
                        && (members_before(toks, start, end) || body_before(end))))
            {
                end += 1;
            }
        }
        // "un message publié sur le compte X du ministère zolanais des Affaires étrangères": the
        // channel it was published on names its holder.
        let published = [end.saturating_sub(1), end].into_iter().find(|&p| {
            p > np.head_start
                && p + 2 < s.range.end
                && lexicon::is_publishing_participle(&toks[p].lower)
                && matches!(toks[p + 1].lower.as_str(), "sur" | "dans")
        });
        if let Some(p) = published {
            let mut k = p + 2;
            while k < s.range.end && lexicon::determiner(&toks[k].lower).is_some() {
                k += 1;
            }
            if k < s.range.end && super::clauses::is_channel(&toks[k].lower) {
                end = k + 1;
                while end < s.range.end
                    && !toks[end].is_punct(",.;:")
                    && toks[end].quote().is_none()
                {
                    end += 1;
                }
            }
        }
        // The noun's own complement ("le communiqué du parquet publié par …"), else the
        // agent, else a complement further on.
        let of = |i: &usize| matches!(toks[*i].lower.as_str(), "du" | "de" | "des" | "d'" | "par");
        // "un communiqué de presse publié par la préfecture", "une fiche d'information publiée
        // par X": a lower-case noun after "de" says what kind of text it is, not whose.
        let kind_of_text = |c: usize| {
            let mut w = c + 1;
            while w < end && lexicon::determiner(&toks[w].lower).is_some() {
                w += 1;
            }
            w < end && toks[w].is_word() && !toks[w].cap && is_kind_of_text(&toks[w].lower)
        };
        // The agent is the author when the text came out by it ("publiée par"), not when it
        // was seen by someone ("consulté par l'AFP") or carried by a medium ("diffusé par
        // l'agence officielle").
        let author_agent = agent.filter(|&by| {
            let participle = by.checked_sub(1).map(|p| toks[p].lower.as_str());
            if !participle
                .is_some_and(|p| lexicon::is_publishing_participle(p) && !p.starts_with("consult"))
            {
                return false;
            }
            let mut w = by + 1;
            while w < end && lexicon::determiner(&toks[w].lower).is_some() {
                w += 1;
            }
            w < end && !lexicon::is_medium(&toks[w].lower) && toks[w].lower != "télévision"
        });
        let c = (np.head_start..end.min(np.head_start + 3))
            .find(of)
            .filter(|&c| author_agent.is_none() || !kind_of_text(c))
            .or(agent)
            .or_else(|| (np.head_start..end).find(of))?;
        let mut from = c + 1;
        while from < end && lexicon::determiner(&toks[from].lower).is_some() {
            from += 1;
        }
        // "un décret du gouvernement ruthène publié dans la nuit": the author ends before
        // the participle that tells how the text came out.
        let mut to = (from..end)
            .find(|&i| {
                toks[i].is_word()
                    && !toks[i].cap
                    && lexicon::is_publishing_participle(&toks[i].lower)
            })
            .unwrap_or(end);
        while to > from && !toks[to - 1].is_word() {
            to -= 1;
        }
        if from >= to {
            return None;
        }
        let text = names::surface(s.block, toks, from, to);
        // "les ministres de l'OTAN", "les dirigeants du G7": the body whose members they are.
        let members = text
            .split_once(' ')
            .filter(|(noun, _)| is_members_noun(&noun.to_lowercase()))
            .and_then(|(_, rest)| {
                ["de ", "du ", "des ", "d'", "d’"]
                    .iter()
                    .find_map(|p| rest.strip_prefix(p))
            })
            .map(|rest| rest.trim_start_matches("l'").trim_start_matches("l’"));
        bodies::complement_label(self, &text)
            .or_else(|| members.and_then(|m| bodies::complement_label(self, m)))
            .map(|label| Entity::body(label, Gender::U))
            .or_else(|| {
                // "un message publié par Kaja Kallas": a person the dispatch names.
                let p = self.registry.full_name(&text).filter(|p| p.cued)?;
                Some(Entity::named(p.name.clone(), p.gender))
            })
    }

    /// "a lancé la première, tandis que le second …": the first or the last of the people
    /// the sentence (or the one before) names together; someone unnamed when none names two.
    fn ordinal(&self, last: bool, gender: Gender) -> Entity {
        let people = |list: Vec<&Mention>| -> Option<Entity> {
            let named: Vec<&Mention> = list
                .into_iter()
                .filter(|m| m.entity.person && m.entity.name.is_some())
                .collect();
            if named.len() < 2 {
                return None;
            }
            let m = if last { named.last() } else { named.first() }?;
            m.entity.gender.compatible(gender).then(|| m.entity.clone())
        };
        people(self.current.iter().map(|(_, m)| m).collect())
            .or_else(|| {
                self.history
                    .iter()
                    .rev()
                    .take(2)
                    .find_map(|s| people(s.iter().collect()))
            })
            .unwrap_or_else(|| Entity::anonymous(gender))
    }

    /// "ce dernier", "cette dernière": the last person the text named before token `at`, in
    /// its sentence or, when it names none before, at the end of the sentence before; someone
    /// unnamed when that one is not of its gender.
    fn latter(&self, s: Sentence, gender: Gender, at: usize) -> Entity {
        let before = s.range.start..at.max(s.range.start);
        let last = match self.last_person_before(s.block, s.toks, &before) {
            Some(e) => Some(e),
            None if self
                .people_in(s.block, s.toks, &before)
                .iter()
                .all(|e| e.name.is_none()) =>
            {
                self.last_named.clone()
            }
            None => None,
        };
        // "«…», a ajouté le parquet. Ce dernier a précisé …": with no person named, the body
        // the sentence before quoted.
        let last = last.or_else(|| {
            self.speaker_just_before()
                .filter(|e| !e.person && self.last_named.is_none())
        });
        last.filter(|e| e.gender.compatible(gender))
            .unwrap_or_else(|| Entity::anonymous(gender))
    }

    /// "Celui-ci a promis de «…»" (the pronoun at token `at`): the last person named, as
    /// "ce dernier"; "celui-là" is no one.
    pub fn resolve_demonstrative(&self, s: Sentence, at: usize) -> Entity {
        // "Celui qui fut Premier ministre a assuré …": the person just named, described by
        // the relative clause; "celui de la veille" names no one.
        let relative = s.toks.get(at + 1).is_some_and(|t| t.is("qui")) && at + 1 < s.range.end;
        let gender = match s.toks.get(at).map_or("", |t| t.lower.as_str()) {
            "celui-ci" => Gender::M,
            "celle-ci" => Gender::F,
            "celui" if relative => Gender::M,
            "celle" if relative => Gender::F,
            _ => return Entity::nobody(),
        };
        if relative {
            if let Some(e) = self.person_just_named(gender, at, None) {
                return e;
            }
        }
        self.latter(s, gender, at)
    }

    /// The current sentence's subject is a body or group named in the plural.
    pub fn plural_subject_is(&mut self, e: Entity) {
        self.plural_subject = Some((self.history.len(), e));
    }

    /// "À l'Élysée, on écarte …": the body "on" stands for as this sentence's subject.
    pub fn on_is(&mut self, e: Entity) {
        self.on_body = Some((self.history.len(), e));
    }

    /// "À l'Élysée, on écarte … «…», tranche-t-on": the body "on" stood for as the subject of
    /// this sentence or the one before.
    pub fn recent_on(&self) -> Option<Entity> {
        let n = self.history.len();
        self.on_body
            .as_ref()
            .filter(|(i, _)| *i + 1 >= n)
            .map(|(_, e)| e.clone())
    }

    /// "«…», ont-ils ajouté": the body or group named in the plural as the subject of this
    /// sentence or the one before.
    pub fn recent_plural_subject(&self) -> Option<Entity> {
        let n = self.history.len();
        self.plural_subject
            .as_ref()
            .filter(|(i, _)| *i + 1 >= n)
            .map(|(_, e)| e.clone())
    }

    /// Records who "ce dernier" would refer to in the next sentence: the last person the
    /// sentence `range` names, when nothing else is named after them.
    pub fn note_last_named(
        &mut self,
        block: &str,
        toks: &[super::tokens::Tok],
        range: &std::ops::Range<usize>,
    ) {
        self.last_named = self.last_person_before(block, toks, range);
    }

    /// The person the dispatch is about, the first it names of that gender (in its title or
    /// lead): "le principal intéressé".
    fn the_one_concerned(&self, gender: Gender) -> Option<Entity> {
        let first = self
            .registry
            .people
            .iter()
            .filter(|p| p.cued && p.gender.compatible(gender) && p.gender != Gender::U)
            .min_by_key(|p| p.first_seen)?;
        Some(Entity::named(first.name.clone(), first.gender.or(gender)))
    }

    /// A definite role phrase or epithet: see the module's documentation.
    fn resolve_role(&self, np: &Np, det: Option<Det>, gender: Gender, at: usize) -> Entity {
        // "a répliqué le Russe", "la Britannique": the one person the dispatch names whose
        // known roles carry that nationality, rather than merely the last one named.
        if let (Some("habitant"), [word]) = (np.role, np.words.as_slice()) {
            let folded = crate::text::fold::fold(word);
            if det == Some(Det::Definite) && lexicon::is_adjective_of_nationality(&folded) {
                let role = Role {
                    head: "habitant".to_owned(),
                    qualifiers: vec![folded],
                };
                if let Some(e) = self.only_one_of_nationality(&role, gender) {
                    return e;
                }
            }
        }
        // "a lancé la cégétiste", paragraphs after she was named: the one person the dispatch
        // names in that union, rather than merely the last one named.
        if let (Some(Det::Definite), [word]) = (det, np.words.as_slice()) {
            let head = crate::text::fold::fold(word);
            if let Some(e) = union_of_epithet(&head)
                .and_then(|union| self.only_one_of_union(union, &head, gender))
            {
                return e;
            }
        }
        if det == Some(Det::Definite) && np.words.len() == 1 {
            match np.words[0].as_str() {
                "premier" | "première" => return self.ordinal(false, gender),
                "second" | "seconde" | "deuxième" => return self.ordinal(true, gender),
                _ => {}
            }
        }
        // "la principale intéressée", "le premier concerné": the person the dispatch is about,
        // the first it names of that gender (in its title or lead), not the last one mentioned.
        if det == Some(Det::Definite)
            && np.words.len() == 2
            && matches!(
                np.words[0].as_str(),
                "principal" | "principale" | "premier" | "première"
            )
            && matches!(
                np.words[1].as_str(),
                "intéressé" | "intéressée" | "concerné" | "concernée"
            )
        {
            if let Some(e) = self.the_one_concerned(gender) {
                return e;
            }
        }
        let role = Role::from_words(&np.words);
        // "son homologue borovien", "son rival zolanais": the one person the dispatch names
        // whose known roles give them that nationality.
        if det == Some(Det::Possessive)
            && np.words.first().is_some_and(|w| lexicon::is_counterpart(w))
        {
            // "son homologue borovien": the adjective's form gives the gender "son" does not.
            let gender = np.words[1..]
                .iter()
                .find(|w| lexicon::is_adjective_of_nationality(&crate::text::fold::fold(w)))
                .map_or(gender, |w| gender.or(adjective_gender(w)));
            let nationality = np.words[1..]
                .iter()
                .any(|w| lexicon::is_adjective_of_nationality(&crate::text::fold::fold(w)));
            // "son rival du RN", "son adversaire LR": the one person the dispatch names whose
            // known roles carry that party or body.
            if !nationality {
                if let Some(e) = role
                    .as_ref()
                    .filter(|r| !r.qualifiers.is_empty())
                    .and_then(|r| self.only_one_qualified(r, gender, |_| true))
                {
                    return e;
                }
            }
            if !nationality {
                // "a répondu son invité", "son hôte a jugé": the one person facing the
                // possessor in the scene the last sentences set.
                // "son hôte", "son homologue": one form for both genders, and "son" before a
                // vowel says none.
                let epicene = matches!(np.words[0].as_str(), "hôte" | "homologue" | "adversaire");
                let gender = if epicene { Gender::U } else { gender };
                return self
                    .the_other_one(gender, at)
                    .unwrap_or_else(|| Entity::anonymous(gender));
            }
            let homologue = np.words[0] == "homologue";
            return role
                .as_ref()
                .and_then(|r| {
                    self.only_one_of_nationality(r, gender).or_else(|| {
                        homologue
                            .then(|| self.homologue_of_nationality(r, gender, at))
                            .flatten()
                    })
                })
                .unwrap_or_else(|| Entity::anonymous(gender));
        }
        // The role as worded, then worded again through whom or what its complement names
        // ("le porte-parole de Poutine" as "le porte-parole du Kremlin").
        let lookup = |role: &Role, first: bool| -> Option<Entity> {
            let mentions = || {
                self.current
                    .iter()
                    .map(|(_, m)| m)
                    .chain(self.history.iter().flatten())
            };
            let met = |name: &str| mentions().any(|m| m.entity.name.as_deref() == Some(name));
            // "Gérald Darmanin … « Aucune », a répondu le ministre": someone already read whom
            // the gazetteer knows in the office, rather than a holder the text names only
            // further down.
            let office_met = || {
                mentions().any(|m| {
                    m.entity.person
                        && m.entity.gender.compatible(gender)
                        && self.holds_office(&m.entity, role)
                })
            };
            if let Some(i) = self
                .registry
                .by_role(role, gender, met)
                .filter(|&i| met(&self.registry.people[i].name) || !office_met())
            {
                let p = &self.registry.people[i];
                // "le chef de l'ONU" after "le chef des affaires humanitaires de l'ONU, Tom
                // Fletcher": a loose word for the organisation's head is not someone named in a
                // narrower office of it, when the gazetteer knows who heads it.
                let loose = matches!(role.head.as_str(), "chef" | "dirigeant" | "leader");
                let narrower = loose
                    && p.roles.iter().filter(|k| role.within(k)).all(|k| {
                        k.qualifiers.iter().any(|q| {
                            !of_nationality(q)
                                && !role
                                    .qualifiers
                                    .iter()
                                    .any(|r| crate::model::roles::same_word(r, q))
                        })
                    });
                let worded = |h: &crate::model::aliases::Person| worded_in_full(h, role, self.date);
                if let Some(head) = narrower
                    .then(|| self.gazetteer.holder(role, self.date, Some(&worded)))
                    .flatten()
                    .filter(|h| h.name != self.gazetteer.canonical(&p.name))
                {
                    return Some(Entity::named(head.name.clone(), head.gender.or(gender)));
                }
                return Some(Entity::named(p.name.clone(), p.gender.or(gender)));
            }
            // "le porte-parole de l'UTR": the acronym worded as the dispatch spelt it out.
            if let Some(i) = first
                .then(|| self.spelt_out(&np.words))
                .flatten()
                .and_then(|r| self.registry.by_wider_role(&r, gender))
            {
                let p = &self.registry.people[i];
                return Some(Entity::named(p.name.clone(), p.gender.or(gender)));
            }
            if (!role.qualifiers.is_empty() || role.head == "pape") && !np.indefinite_complement {
                // Someone the dispatch names whom the gazetteer knows in this role, else the
                // one person the gazetteer knows in it at the dispatch's date — unless a
                // possessive ties the role to someone ("son chef de cabinet", "sa porte-parole"):
                // whose it is decides who holds it, which the gazetteer's role alone cannot.
                let named = |p: &crate::model::aliases::Person| {
                    self.registry
                        .people
                        .iter()
                        .any(|r| r.cued && self.gazetteer.canonical(&r.name) == p.name)
                };
                // Someone the dispatch does not name is found by a role worded in full: "le
                // chef de l'Alliance" is not the gazetteer's one "chef de l'Alliance Fleuve
                // Congo", though "la présidente de la Commission" is its "présidente de la
                // Commission européenne".
                let in_full =
                    |p: &&crate::model::aliases::Person| worded_in_full(p, role, self.date);
                let holder = self
                    .gazetteer
                    .holder(role, self.date, Some(&named))
                    .or_else(|| {
                        // The one holder among those whose office the phrase words in full
                        // ("le chef de l'ONU": its secretary-general, not its humanitarian chief).
                        let worded = |p: &crate::model::aliases::Person| in_full(&p);
                        (det != Some(Det::Possessive))
                            .then(|| self.gazetteer.holder(role, self.date, Some(&worded)))
                            .flatten()
                    })
                    .or_else(|| {
                        // "la cheffe de la diplomatie européenne" on an undated page, where two
                        // people held the office: the one of the phrase's gender.
                        let of_gender = |p: &crate::model::aliases::Person| p.gender == gender;
                        // Not when the dispatch names someone of that gender, whom the phrase
                        // may point back to ("Frederiksen … La Première ministre a répété").
                        let named_of_gender =
                            self.registry.people.iter().any(|p| p.gender == gender);
                        (det != Some(Det::Possessive) && gender != Gender::U && !named_of_gender)
                            .then(|| self.gazetteer.holder(role, self.date, Some(&of_gender)))
                            .flatten()
                            .filter(in_full)
                    })
                    .or_else(|| {
                        // An undated dispatch (a live blog's page): the role's long-time holder.
                        (det != Some(Det::Possessive) && self.date.is_none())
                            .then(|| self.gazetteer.longtime_holder(role))
                            .flatten()
                            .filter(in_full)
                    });
                if let Some(p) = holder.filter(|p| p.gender.compatible(gender)) {
                    return Some(Entity::named(p.name.clone(), p.gender.or(gender)));
                }
            }
            None
        };
        if let Some(role) = &role {
            if let Some(e) = lookup(role, true) {
                return e;
            }
            // Worded again only when the role as worded names no one.
            for reworded in self.reworded_through_complement(&np.words) {
                if let Some(e) = lookup(&reworded, false) {
                    return e;
                }
            }
            if let Some(e) = self.woman_in_masculine_title(role, det, gender) {
                return e;
            }
        }
        // An epithet ("le joueur de 24 ans", "le pénaliste", "le président français") points
        // back to someone already named; a role tied to someone else or to an unnamed body
        // does not.
        let relative_to_someone = np.words.first().is_some_and(|w| lexicon::is_relational(w))
            && np
                .words
                .iter()
                .any(|w| matches!(w.as_str(), "de" | "du" | "des" | "d'"));
        // "Une famille attendait sur un banc. «…», raconte le père": kinship said without
        // whose is someone's in the scene, not the last person named (the dispatch giving
        // them that role was looked up above).
        let kin = np.words.last().is_some_and(|w| {
            lexicon::is_relational(w) && !matches!(w.as_str(), "avocat" | "avocate")
        }) && np.words.len() <= 2;
        // "le député de Seine-et-Marne", "la sénatrice du Nord": a seat's constituency is a
        // place, tied to no one; the epithet points back as others do — but not to someone
        // the dispatch or the gazetteer seats elsewhere.
        let constituency = np.proper_complement
            && role
                .as_ref()
                .is_some_and(|r| matches!(r.head.as_str(), "depute" | "senateur" | "eurodepute"));
        // Only someone the gazetteer knows, whose offices say where, or that they sit nowhere.
        if constituency {
            let e = self.antecedent(gender, at, role.as_ref());
            let listed = e
                .name
                .as_ref()
                .is_some_and(|n| self.gazetteer.person(&self.canonical(n)).is_some());
            let seated_elsewhere = role.as_ref().is_some_and(|r| self.seated_elsewhere(&e, r));
            return if listed && !seated_elsewhere {
                e
            } else {
                Entity::described(gender, role.as_ref())
            };
        }
        if det == Some(Det::Definite)
            && !np.proper_complement
            && !np.indefinite_complement
            && !relative_to_someone
            && !kin
        {
            // In an interview, "l'ancien ministre", "le septuagénaire", "l'élu" outside the
            // answers is the interviewee, whom the text describes rather than names.
            if let Some(fp) = &self.first_person {
                if fp.gender.compatible(gender)
                    && role.as_ref().is_none_or(|r| !self.contradicts(fp, r))
                {
                    return fp.clone();
                }
            }
            // "ironise la cégétiste": a description, no office, that the gazetteer gives as such
            // to one person the dispatch names is theirs, rather than the last one named.
            if let Some(e) = role
                .as_ref()
                .filter(|r| r.qualifiers.is_empty() && !lexicon::is_office(&r.head))
                .and_then(|r| self.only_one_listed_as(r, gender))
            {
                return e;
            }
            let e = self.antecedent(gender, at, role.as_ref());
            // "L'intéressé, lui, s'était exprimé plus tôt", paragraphs after anyone named: the
            // person the dispatch is about, as "le principal intéressé" is.
            let concerned = matches!(
                np.words.as_slice(),
                [w] if matches!(w.as_str(), "intéressé" | "intéressée" | "concerné" | "concernée")
            );
            if e.name.is_none() && concerned {
                if let Some(e) = self.the_one_concerned(gender) {
                    return e;
                }
            }
            return e;
        }
        // "Marie Dubois mène le cortège. «…», explique la numéro un du syndicat": a role tied
        // to a named body or place points back to the person named just before — in the
        // sentence, or as the subject of the one before — when nothing known contradicts it.
        if det == Some(Det::Definite)
            && np.proper_complement
            && !np.indefinite_complement
            && !relative_to_someone
            && !kin
            && gender != Gender::U
        {
            // Not the person the complement names ("le conseiller du président Koval").
            let in_phrase = |e: &Entity| {
                e.name.as_deref().is_some_and(|n| {
                    let last = crate::text::fold::fold(n.rsplit(' ').next().unwrap_or(n));
                    np.words.iter().any(|w| crate::text::fold::fold(w) == last)
                })
            };
            if let Some(e) = self
                .person_just_named(gender, at, role.as_ref())
                .filter(|e| !in_phrase(e))
            {
                return e;
            }
        }
        // "L'avocat de l'accusée a dénoncé …", "son avocat a dénoncé …": someone the text may
        // name next.
        match det {
            Some(Det::Definite | Det::Possessive) if !np.indefinite_complement => {
                Entity::described(gender, role.as_ref())
            }
            _ => Entity::anonymous(gender),
        }
    }

    /// "La Première ministre Anna Verdi … «…», a ajouté le Premier ministre", "une porte-parole,
    /// Lin Mei … Le porte-parole a affirmé": French still writes some offices in the masculine
    /// for the woman who holds them ("Madame le ministre"), and translated copy does so often.
    /// The one person the dispatch names whom it or the gazetteer knows in that office, when
    /// she is a woman and no man named holds it; none otherwise.
    fn woman_in_masculine_title(
        &self,
        role: &Role,
        det: Option<Det>,
        gender: Gender,
    ) -> Option<Entity> {
        let title = matches!(
            role.head.as_str(),
            "ministre"
                | "premier"
                | "porte-parole"
                | "chef"
                | "secretaire"
                | "procureur"
                | "juge"
                | "maire"
                | "prefet"
                | "depute"
                | "senateur"
                | "commissaire"
                | "ambassadeur"
        );
        if gender != Gender::M || det != Some(Det::Definite) || !title {
            return None;
        }
        let mut holders = self.registry.people.iter().filter(|p| {
            p.cued && self.holds_office(&Entity::named(p.name.clone(), p.gender), role)
        });
        match (holders.next(), holders.next()) {
            (Some(p), None) if p.gender == Gender::F => {
                Some(Entity::named(p.name.clone(), Gender::F))
            }
            _ => None,
        }
    }

    /// "le porte-parole de Vladimir Poutine" is "le porte-parole du Kremlin" and "l'émissaire
    /// du président américain" is "l'émissaire de Donald Trump": a role whose complement names
    /// someone the gazetteer knows, worded again by each office that person holds at the
    /// dispatch's date; a role whose complement is an office, worded again by its holder's name.
    /// Empty when the complement is neither.
    fn reworded_through_complement(&self, words: &[String]) -> Vec<Role> {
        let Some(c) = words
            .iter()
            .position(|w| matches!(w.as_str(), "de" | "du" | "d'" | "des"))
            .filter(|&c| c > 0)
        else {
            return Vec::new();
        };
        let mut from = c + 1;
        while from < words.len() && matches!(words[from].as_str(), "la" | "le" | "l'" | "les") {
            from += 1;
        }
        let complement = &words[from..];
        let Some(own) = Role::from_words(&words[..c]) else {
            return Vec::new();
        };
        if complement.is_empty() || complement.len() > 4 {
            return Vec::new();
        }
        let with = |extra: Vec<String>| {
            let mut qualifiers = own.qualifiers.clone();
            qualifiers.extend(extra);
            qualifiers.sort();
            qualifiers.dedup();
            Role {
                head: own.head.clone(),
                qualifiers,
            }
        };
        // Undated, only what is held now: a past office would name a past holder.
        let now = |o: &&crate::model::aliases::Office| {
            self.date.map_or(o.to == 99_991_231, |d| o.held_during(d))
        };
        if let Some(p) = self.gazetteer.person(&complement.join(" ")) {
            return p
                .offices
                .iter()
                .filter(now)
                .map(|o| {
                    // "chef du Kremlin", "locataire de l'Élysée": the seat alone is the
                    // complement ("porte-parole du Kremlin").
                    let mut extra = o.role.qualifiers.clone();
                    if !matches!(o.role.head.as_str(), "chef" | "maitre" | "locataire") {
                        extra.push(o.role.head.clone());
                    }
                    with(extra)
                })
                .collect();
        }
        let Some(office) = Role::from_words(complement).filter(|r| !r.qualifiers.is_empty()) else {
            return Vec::new();
        };
        self.gazetteer
            .holder(&office, self.date, None)
            .filter(|p| worded_in_full(p, &office, self.date))
            .map(|p| {
                vec![with(
                    crate::text::fold::fold(&p.name)
                        .split_whitespace()
                        .map(str::to_owned)
                        .collect(),
                )]
            })
            .unwrap_or_default()
    }

    /// A role's words with each acronym the dispatch spelt out replaced by its words, when
    /// there is one.
    fn spelt_out(&self, words: &[String]) -> Option<Role> {
        if !self.facts.has_acronyms() {
            return None;
        }
        let mut out: Vec<String> = Vec::with_capacity(words.len() + 4);
        let mut expanded = false;
        for w in words {
            match self.facts.acronym_expansion(&w.to_uppercase()) {
                Some(name) if w.len() >= 2 => {
                    out.extend(name.split_whitespace().map(str::to_lowercase));
                    expanded = true;
                }
                _ => out.push(w.clone()),
            }
        }
        expanded.then(|| Role::from_words(&out)).flatten()
    }

    /// Records an entity of the current sentence.
    pub fn mention(&mut self, at: usize, e: Entity, salience: Salience) {
        let first_person = self.said_first_person.get() && self.first_person.as_ref() == Some(&e);
        if let Some((_, m)) = self
            .current
            .iter_mut()
            .find(|(_, m)| m.entity == e && m.entity.name.is_some())
        {
            m.salience = m.salience.max(salience);
            return;
        }
        self.current.push((
            at,
            Mention {
                entity: e,
                salience,
                first_person,
            },
        ));
    }

    /// "… avant que la directrice, Pascale Guillou, ne prenne la parole": who takes the floor
    /// is the first one the sentence leaves for what follows to refer to.
    pub fn takes_the_floor(&mut self, at: usize, e: Entity) {
        self.current.retain(|(_, m)| m.entity != e);
        self.current.insert(
            0,
            (
                at,
                Mention {
                    entity: e,
                    salience: Salience::Speaker,
                    first_person: false,
                },
            ),
        );
    }

    /// The current sentence's subject is a body or people left unnamed ("la section locale
    /// dénonce", "les signataires jugent").
    pub fn body_left_unnamed(&mut self) {
        self.unnamed_body = Some(self.history.len());
    }

    /// Closes the current sentence: its mentions join the history, with the people it names
    /// in passing (`others`).
    pub fn end_sentence(&mut self, others: Vec<Entity>) {
        self.said_first_person.set(false);
        let mut list: Vec<Mention> = self.current.drain(..).map(|(_, m)| m).collect();
        // "La cérémonie s'est achevée par la remise de la médaille à Joseph Ferrer, 94 ans. «…»,
        // a-t-il dit": with no person as its subject or speaker, a sentence that brings in one
        // person for the first time makes them what a pronoun next looks back to.
        let no_person_acts = !list
            .iter()
            .any(|m| m.entity.person && m.salience >= Salience::Subject);
        let seen = |name: &Option<String>| {
            self.history
                .iter()
                .any(|s| s.iter().any(|m| m.entity.name == *name))
        };
        // The history is scanned only for such a sentence, and only while one new person is
        // found.
        let mut introduced = None;
        if no_person_acts {
            for (i, e) in others.iter().enumerate() {
                if e.person && e.name.is_some() && !seen(&e.name) {
                    if introduced.is_some() {
                        introduced = None;
                        break;
                    }
                    introduced = Some(i);
                }
            }
            // "Le journal donne la parole à un cheminot. «…», confie-t-il": with no one named
            // brought in, the one person brought in without a name is the pronoun's.
            let named = others.iter().any(|e| e.person && e.name.is_some());
            let mut unnamed = others
                .iter()
                .enumerate()
                .filter(|(_, e)| e.person && e.name.is_none());
            if let (false, Some((i, _)), None) = (named, unnamed.next(), unnamed.next()) {
                introduced = Some(i);
            }
        }
        // A title named in passing counts only in a sentence where no title acts.
        let is_title = |e: &Entity| {
            !e.person
                && e.name
                    .as_deref()
                    .is_some_and(|n| names::is_title(n) || bodies::is_press(n))
        };
        let title_acts = list.iter().any(|m| is_title(&m.entity));
        for (i, e) in others.into_iter().enumerate() {
            if title_acts && is_title(&e) {
                continue;
            }
            if e.name.is_none()
                || !list
                    .iter()
                    .any(|m| m.entity.name.is_some() && m.entity.name == e.name)
            {
                let salience = if introduced == Some(i) {
                    Salience::Subject
                } else {
                    Salience::Mentioned
                };
                list.push(Mention {
                    entity: e,
                    salience,
                    first_person: false,
                });
            }
        }
        self.history.push(list);
        self.spoke.push(std::mem::take(&mut self.sentence_spoke));
        self.asked.push(std::mem::take(&mut self.sentence_asked));
    }

    /// The newspaper or title last named as a speaker or subject.
    pub fn recent_title(&self) -> Option<String> {
        let title = |m: &Mention| {
            m.entity
                .name
                .as_ref()
                .filter(|n| {
                    !m.entity.person && (names::is_title(n) || bodies::is_press(n))
                        || self.facts.is_title(n)
                })
                .cloned()
        };
        self.current
            .iter()
            .rev()
            .find_map(|(_, m)| title(m))
            .or_else(|| {
                self.history
                    .iter()
                    .rev()
                    .take(HISTORY_SENTENCES)
                    .find_map(|s| s.iter().rev().find_map(title))
            })
    }

    /// Who last spoke, named or not ("a confié une source diplomatique"): this sentence first,
    /// then the few before.
    pub fn last_speaker(&self) -> Option<Entity> {
        let spoke = |m: &Mention| {
            m.salience == Salience::Speaker && (m.entity.name.is_some() || m.entity.person)
        };
        self.current
            .iter()
            .rev()
            .find(|(_, m)| spoke(m))
            .map(|(_, m)| m.entity.clone())
            .or_else(|| {
                self.history
                    .iter()
                    .rev()
                    .take(HISTORY_SENTENCES)
                    .find_map(|s| s.iter().rev().find(|m| spoke(m)).map(|m| m.entity.clone()))
            })
    }

    /// The one person or body the sentence just before gave quotations to, if only one.
    pub fn speaker_just_before(&self) -> Option<Entity> {
        let mut speakers = self
            .history
            .last()?
            .iter()
            .filter(|m| m.salience == Salience::Speaker && m.entity.name.is_some());
        let one = speakers.next()?;
        speakers
            .all(|m| m.entity == one.entity)
            .then(|| one.entity.clone())
    }

    /// A place the dispatch names outside its sentences (its dateline's city).
    pub fn add_place(&mut self, place: &str) {
        self.facts.add_place(place);
    }

    /// The country a dateline gives its city in brackets.
    pub fn add_dateline_country(&mut self, country: &str) {
        self.facts.add_dateline_country(country);
    }

    /// The body last recorded as a subject or a speaker, in this sentence or the few before,
    /// whose label starts with `head` when given: what a bare "le ministère" (the ministry
    /// named before) or "le syndicat" (the organisation that acted) refers back to.
    pub fn recent_body(&self, head: Option<&str>) -> Option<String> {
        let head = head.map(crate::text::fold::fold);
        let body = |m: &Mention| {
            m.entity
                .name
                .as_ref()
                .filter(|_| !m.entity.person && m.salience >= Salience::Subject)
                .filter(|n| {
                    head.as_ref().is_none_or(|h| {
                        n.contains(' ')
                            && n.split(' ')
                                .next()
                                .is_some_and(|w| crate::text::fold::fold(w) == *h)
                    })
                })
                .cloned()
        };
        self.current
            .iter()
            .rev()
            .find_map(|(_, m)| body(m))
            .or_else(|| {
                self.history
                    .iter()
                    .rev()
                    .take(HISTORY_SENTENCES)
                    .find_map(|s| s.iter().rev().find_map(body))
            })
    }

    /// The organisation that acted last, as the subject or speaker of this sentence or the
    /// one before: a body, or a name the dispatch never presents as a person's ("Enedis fait
    /// état de …", "Météo-France maintient …"): no first name, title or role, unknown to the
    /// people list.
    pub fn recent_organisation(&self) -> Option<String> {
        let organisation = |m: &Mention| {
            let name = m.entity.name.as_ref()?;
            if m.salience < Salience::Subject {
                return None;
            }
            if !m.entity.person {
                return Some(name.clone());
            }
            let uncued = self.registry.full_name(name).is_some_and(|p| !p.cued)
                && self.gazetteer.person(name).is_none()
                && name
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| lexicon::first_name(&w.to_lowercase()).is_none());
            uncued.then(|| name.clone())
        };
        self.current
            .iter()
            .rev()
            .find_map(|(_, m)| organisation(m))
            .or_else(|| {
                self.history
                    .last()
                    .and_then(|s| s.iter().rev().find_map(organisation))
            })
    }

    /// Whether the current sentence has someone the text does not name as its subject or a
    /// speaker ("a confirmé une source diplomatique").
    pub fn unnamed_actor(&self) -> bool {
        self.current.iter().any(|(_, m)| {
            m.entity.person && m.entity.name.is_none() && m.salience >= Salience::Subject
        })
    }

    /// Who the current sentence has recorded before token `at` as a subject or a speaker, else
    /// as anyone: "Dans La Vigie, son directeur, Paul Ternier, dénonce … et appelle à «…»" goes
    /// on with the director, not the paper named in passing.
    pub fn subject_before(&self, at: usize) -> Option<&Entity> {
        self.current
            .iter()
            .filter(|(p, m)| *p < at && m.salience >= Salience::Subject)
            .max_by_key(|(p, _)| *p)
            .map(|(_, m)| &m.entity)
            .or_else(|| self.current_before(at))
    }

    /// Who the current sentence has recorded before token `at`, if anyone.
    pub fn current_before(&self, at: usize) -> Option<&Entity> {
        self.current
            .iter()
            .rev()
            .find(|(p, _)| *p < at)
            .map(|(_, m)| &m.entity)
    }
}

/// The parties (folded, as written in brackets after a name) a political family's epithet
/// fits ("le socialiste", "l'insoumise", worded as their parties' acronyms by the role
/// synonyms, "l'écologiste"); `None` for any other role.
/// French unions as roles name them, folded.
const UNIONS: [&str; 8] = [
    "cgt",
    "cfdt",
    "fo",
    "cfe-cgc",
    "cftc",
    "unsa",
    "fsu",
    "solidaires",
];

/// The union a member's epithet names ("le cégétiste", "la cédétiste"), folded.
fn union_of_epithet(head: &str) -> Option<&'static str> {
    match head {
        "cegetiste" => Some("cgt"),
        "cedetiste" => Some("cfdt"),
        _ => None,
    }
}

fn party_of_epithet(head: &str) -> Option<&'static [&'static str]> {
    Some(match head {
        "ps" => &["ps"],
        "lfi" => &["lfi"],
        "pcf" => &["pcf"],
        "ecologiste" => &["eelv", "ecologistes"],
        "republicain" => &["lr"],
        "centriste" => &["modem", "udi", "horizons"],
        "macroniste" => &["renaissance", "epr"],
        "socialiste" => &["ps"],
        "insoumis" => &["lfi"],
        "communiste" => &["pcf"],
        // Belgium's liberals: the MR in Wallonia and Brussels, Open VLD in Flanders.
        "liberal" => &["mr", "open vld", "vld"],
        _ => return None,
    })
}

/// Whether a role's qualifier is an adjective of nationality: roles keep adjectives made
/// masculine, which takes the "e" off "russe" or "britannique".
fn of_nationality(q: &str) -> bool {
    lexicon::is_adjective_of_nationality(q)
        || ["qu", "ss"].iter().any(|e| q.ends_with(e))
            && lexicon::is_adjective_of_nationality(&format!("{q}e"))
}

/// The gender an adjective's form shows: "borovienne" feminine, "borovien" masculine,
/// "ruthène" either.
fn adjective_gender(w: &str) -> Gender {
    if ["enne", "aise", "oise", "aine", "ine", "ane", "ande", "ée"]
        .iter()
        .any(|e| w.ends_with(e))
    {
        Gender::F
    } else if w.ends_with('e') {
        Gender::U
    } else {
        Gender::M
    }
}

/// Whether `role`, as the text words it, leaves out of one of the offices `p` holds (at the
/// dispatch's date, when it has one) nothing but adjectives of nationality, which the
/// dispatch's setting supplies.
fn worded_in_full(
    p: &crate::model::aliases::Person,
    role: &Role,
    date: Option<(u64, u64)>,
) -> bool {
    p.offices
        .iter()
        .filter(|o| role.fits(&o.role) && date.is_none_or(|d| o.from <= d.1 && d.0 <= o.to))
        .any(|o| {
            o.role.qualifiers.iter().all(|k| {
                role.qualifiers
                    .iter()
                    .any(|q| crate::model::roles::same_word(q, k))
                    || of_nationality(k)
                    || k == "europeen"
                    // "le chef de l'ONU" words its secretary-general's office in full: "général"
                    // is the title's, not the organisation's.
                    || k == "general" && matches!(role.head.as_str(), "chef" | "dirigeant" | "leader")
            })
        })
}

/// Participles that tell how a written text came out ("publié dans la nuit", "signée
/// mardi"): they end the name of the text's author.
/// "les ministres", "des dirigeants" right before token `end`, from `start`: people named by
/// a plural role, whose body may follow.
fn members_before(toks: &[Tok], start: usize, end: usize) -> bool {
    end > start && is_members_noun(&toks[end - 1].lower)
}

/// "ministres", "dirigeants" (lower-cased): a role in the plural, the members of a body.
fn is_members_noun(w: &str) -> bool {
    w.strip_suffix('s')
        .is_some_and(|noun| lexicon::role(noun).is_some())
}

/// "Selon un document interne consulté par le journal, … Le document note que «…»": the text
/// was first brought in with no author (after "selon", or as something a newspaper saw), so
/// the definite phrase that takes it up has none either.
fn takes_up_unsigned_document(s: Sentence, np: &Np) -> bool {
    let Some(thing) = np.thing.as_deref() else {
        return false;
    };
    let toks = s.toks;
    let Some(p) = (0..np.head_start.min(toks.len()))
        .rev()
        .find(|&p| toks[p].is_word() && !toks[p].cap && toks[p].lower == thing)
    else {
        return false;
    };
    let indefinite = p > 0 && matches!(toks[p - 1].lower.as_str(), "un" | "une");
    if !indefinite {
        return false;
    }
    let after_selon = p > 1 && (toks[p - 2].is("selon") || toks[p - 2].is("d'après"));
    let seen_by_someone = toks[p + 1..toks.len().min(p + 5)].iter().any(|t| {
        matches!(
            t.lower.as_str(),
            "consulté" | "consultée" | "obtenu" | "obtenue" | "révélé" | "révélée"
        )
    });
    after_selon || seen_by_someone
}

/// "indique le texte, rédigé en anglais et sans aucune signature", "un tract non signé": a
/// text the sentence says is unsigned or anonymous speaks for no one.
fn said_unsigned(s: Sentence, np: &Np) -> bool {
    let toks = s.toks;
    let from = np.head_start.max(s.range.start);
    let to = s.range.end.min(np.end + 10);
    (from..to).any(|i| {
        let w = toks[i].lower.as_str();
        let signature =
            w == "signature" && (i.saturating_sub(2)..i).any(|k| k >= from && toks[k].is("sans"));
        let unsigned = matches!(w, "signé" | "signée") && i > from && toks[i - 1].is("non");
        signature || unsigned || matches!(w, "anonyme")
    })
}

/// Whether sentence `s` says that someone in it asked not to be named: "sous couvert
/// d'anonymat", "qui a requis l'anonymat", "préfère ne pas donner son nom", "ne souhaite pas
/// être nommé".
fn anonymity_asked(s: Sentence) -> bool {
    let toks = &s.toks[s.range.clone()];
    toks.iter().enumerate().any(|(i, t)| {
        let w = t.lower.as_str();
        let before =
            |k: usize, words: &[&str]| i >= k && words.contains(&toks[i - k].lower.as_str());
        w == "anonymat"
            || w == "nom"
                && before(1, &["son", "leur"])
                && before(
                    2,
                    &["donner", "dévoiler", "révéler", "citer", "publier", "donne"],
                )
            || matches!(
                w,
                "nommé" | "nommée" | "identifié" | "identifiée" | "cité" | "citée"
            ) && before(1, &["être"])
    })
}

/// "l'éditorialiste du Figaro", "selon l'éditorialiste de La Voix du Nord": an editorialist the
/// text does not name writes for the newspaper the complement names, which speaks through them.
fn editorialist_of(s: Sentence, np: &Np) -> Option<Entity> {
    if np.det != Some(Det::Definite) || np.plural || np.name.is_some() {
        return None;
    }
    if np.words.first().map(String::as_str) != Some("éditorialiste") {
        return None;
    }
    let toks = s.toks;
    let end = np.end.min(s.range.end);
    let c = (np.head_start + 1..end).find(|&i| toks[i].is_word())?;
    let contracted = toks[c].is("du");
    if !(contracted || toks[c].is("de") || toks[c].is("d'")) {
        return None;
    }
    let from = c + 1;
    let mut to = end;
    while to > from && !toks[to - 1].is_word() {
        to -= 1;
    }
    if to <= from {
        return None;
    }
    let surface = names::surface(s.block, toks, from, to);
    if !contracted && names::title_at(toks, from, to) == Some(to) {
        return Some(Entity::body(surface, Gender::U));
    }
    bodies::press_label(&surface, contracted).map(|l| Entity::body(l.to_owned(), Gender::U))
}

/// "le rapport d'expertise", "le rapport d'autopsie", "la note d'audit": a text an inquiry
/// produced is its experts' or investigators', whom the text does not name, never someone
/// quoted before who comments on it.
fn of_an_inquiry(np: &Np) -> bool {
    np.words.windows(2).any(|w| {
        matches!(w[0].as_str(), "d'" | "de" | "d’")
            && matches!(
                w[1].as_str(),
                "expertise" | "contre-expertise" | "autopsie" | "experts" | "audit" | "enquête"
            )
    })
}

/// Who asks the questions in an interview: "la journaliste", "le présentateur".
/// Nouns after "de" that say what kind of text a document is ("un communiqué de presse", "une
/// note d'information", "un point de situation"), not who wrote it: a closed list, as a
/// description after "de" ("un communiqué des habitants") may well be the author.
fn is_kind_of_text(w: &str) -> bool {
    matches!(
        w,
        "presse"
            | "information"
            | "informations"
            | "synthèse"
            | "position"
            | "situation"
            | "travail"
            | "orientation"
            | "renseignement"
            | "renseignements"
            | "analyse"
            | "conjoncture"
            | "cadrage"
            | "suivi"
            | "étape"
            | "recommandations"
            | "mise"
    )
}

fn is_interviewer(role: &str) -> bool {
    matches!(
        role,
        "journaliste"
            | "présentateur"
            | "présentatrice"
            | "animateur"
            | "animatrice"
            | "intervieweur"
            | "intervieweuse"
            | "reporter"
    )
}
