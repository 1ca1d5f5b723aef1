//! Who said a quotation, from the way French news attributes speech:
//!
//! - after it, with inversion: «…», a déclaré X · «…», a-t-il ajouté;
//! - before it: X a déclaré : «…» · X a affirmé que «…» · selon X, «…» · pour X, «…»;
//! - a participle takes its clause's subject: "…, avertissant que … «…»";
//! - pronouns and roles ("il", "le porte-parole", "le chef de la diplomatie russe") are resolved
//!   to the person they most plausibly refer to among those the dispatch has already named;
//!   indefinite speakers ("un manifestant", "une source") stay unknown.
//!
//! Nothing is guessed: when the text does not attribute a quotation, it has no speaker.

use std::ops::Range;

use super::clauses::{chunk_start, Quotes, Sentence, Subject};
use super::lexicon::{self, Det, Gender};
use super::names::{self, Np, Pron, Registry};
use super::tokens::Tok;
use super::verbs::is_number;

/// Who a noun phrase refers to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// Full name within the dispatch; `None`: someone the text does not name.
    pub name: Option<String>,
    pub gender: Gender,
    /// A person (named or not) a pronoun may refer to, rather than a thing, a group or a body.
    pub person: bool,
}

impl Entity {
    /// Someone the text does not name ("un manifestant", "une source").
    pub fn anonymous(gender: Gender) -> Entity {
        Entity {
            name: None,
            gender,
            person: true,
        }
    }

    /// No one a pronoun can refer to: a thing, a group, "on".
    pub fn nobody() -> Entity {
        Entity {
            name: None,
            gender: Gender::U,
            person: false,
        }
    }

    fn named(name: String, gender: Gender) -> Entity {
        Entity {
            name: Some(name),
            gender,
            person: true,
        }
    }
}

/// Recognises speakers while the dispatch is read in order.
#[derive(Default)]
pub struct Speakers {
    pub registry: Registry,
    /// Entities of past sentences, most prominent first within each sentence.
    history: Vec<Vec<Entity>>,
    /// Entities of the current sentence, with their token position.
    current: Vec<(usize, Entity)>,
    /// Names already registered, by a hash of their words.
    seen_names: lexicon::HashMap<u64, usize>,
}

const HISTORY_SENTENCES: usize = 6;

impl Speakers {
    /// Resolves a subject to an entity.
    pub fn resolve(&mut self, s: Sentence, subject: &Subject, quotes: &dyn Quotes) -> Entity {
        match subject {
            Subject::Nobody => Entity::nobody(),
            Subject::Pronoun(p, at) => self.resolve_pronoun(*p, *at),
            Subject::Np(np, at) => self.resolve_np(np, *at),
            Subject::OfParticiple(at) => {
                if let Some((_, e)) = self.current.iter().rev().find(|(pos, _)| *pos < *at) {
                    return e.clone();
                }
                match self.main_subject_np(s, quotes) {
                    Some(np) if np.is_person_like() || np.det.is_some() || np.body.is_some() => {
                        self.resolve_np(&np, s.range.start)
                    }
                    _ => Entity::nobody(),
                }
            }
            Subject::PreviousVerb(at) => {
                if let Some((_, e)) = self.current.iter().rev().find(|(pos, _)| *pos < *at) {
                    return e.clone();
                }
                match self.main_subject_np(s, quotes) {
                    Some(np) => self.resolve_np(&np, s.range.start),
                    None => Entity::nobody(),
                }
            }
            Subject::Antecedent(at) => {
                let toks = s.toks;
                // "ceux de Vladimir Poutine, qui …": a name right before.
                let before = if *at > s.range.start + 1 && toks[*at - 1].is_punct(",") {
                    *at - 1
                } else {
                    *at
                };
                let mut b = before;
                while b > s.range.start
                    && (toks[b - 1].is_capitalised() || names::is_particle_tok(&toks[b - 1]))
                {
                    b -= 1;
                }
                while b < before && names::is_particle_tok(&toks[b]) {
                    b += 1;
                }
                if b < before && names::run_at(toks, b, before) == Some(before) {
                    let np = names::parse_np(s.block, toks, b, before, &|q| quotes.naming(q));
                    if let Some(np) = np.filter(|np| np.name.is_some()) {
                        return self.resolve_np(&np, b);
                    }
                }
                if let Some((_, e)) = self.current.iter().rev().find(|(pos, _)| *pos < *at) {
                    return e.clone();
                }
                // The phrase before ", qui".
                if *at > s.range.start + 1 && toks[*at - 1].is_punct(",") {
                    let start = chunk_start(toks, s.range.start, *at - 1, quotes);
                    if let Some(np) =
                        names::parse_np(s.block, toks, start, *at - 1, &|q| quotes.naming(q))
                    {
                        return self.resolve_np(&np, start);
                    }
                }
                Entity::nobody()
            }
        }
    }

    fn resolve_pronoun(&self, p: Pron, at: usize) -> Entity {
        match p {
            Pron::Personal(g) => self.lookup(g, at),
            _ => Entity::nobody(),
        }
    }

    /// The most prominent recent person compatible with `gender`: this sentence first, then the
    /// previous ones. Unnamed people count: "il" after an anonymous source stays anonymous.
    fn lookup(&self, gender: Gender, at: usize) -> Entity {
        if let Some((_, e)) = self
            .current
            .iter()
            .find(|(pos, e)| *pos < at && e.person && e.gender.compatible(gender))
        {
            return e.clone();
        }
        for sentence in self.history.iter().rev().take(HISTORY_SENTENCES) {
            if let Some(e) = sentence
                .iter()
                .find(|e| e.person && e.gender.compatible(gender))
            {
                return e.clone();
            }
        }
        Entity::anonymous(gender)
    }

    pub fn resolve_np(&mut self, np: &Np, at: usize) -> Entity {
        let gender = np.gender.unwrap_or(Gender::U);
        if let Some(p) = np.pronoun {
            return self.resolve_pronoun(p, at);
        }
        if np.coordinated || np.plural {
            return Entity::nobody();
        }
        if let Some(name) = &np.name {
            let g = name.gender.or(gender);
            let idx = self.registry.add(&name.text, g);
            if let Some(role) = np.role {
                self.registry.add_role(idx, role, &np.words);
            }
            let p = &self.registry.people[idx];
            return Entity::named(p.name.clone(), p.gender.or(g));
        }
        if let Some(body) = np.body.as_ref().filter(|b| !b.is_empty()) {
            return Entity {
                name: Some(body.clone()),
                gender,
                person: false,
            };
        }
        let Some(role) = np.role else {
            return Entity::nobody();
        };
        match np.det {
            Some(Det::Indefinite) | Some(Det::Demonstrative) => Entity::anonymous(gender),
            det => {
                if let Some(i) = self.registry.by_role(role, &np.words, gender) {
                    let p = &self.registry.people[i];
                    return Entity::named(p.name.clone(), p.gender.or(gender));
                }
                // An epithet ("le joueur de 24 ans", "le pénaliste") points back to someone
                // already named; a role tied to someone else or to an unnamed body does not.
                if det == Some(Det::Definite) && !np.proper_complement && !np.indefinite_complement
                {
                    return self.lookup(gender, at);
                }
                Entity::anonymous(gender)
            }
        }
    }

    /// Records an entity of the current sentence.
    pub fn mention(&mut self, at: usize, e: Entity) {
        if !self
            .current
            .iter()
            .any(|(_, x)| *x == e && x.name.is_some())
        {
            self.current.push((at, e));
        }
    }

    /// Closes the current sentence: its entities join the history, most prominent first.
    pub fn end_sentence(&mut self, others: Vec<Entity>) {
        let mut list: Vec<Entity> = self.current.drain(..).map(|(_, e)| e).collect();
        for e in others {
            if !list.iter().any(|x| x.name.is_some() && x.name == e.name) {
                list.push(e);
            }
        }
        self.history.push(list);
    }

    /// Whether a name belongs to someone the dispatch presents as a person.
    pub(super) fn is_cued(&self, name: &str) -> bool {
        self.registry.full_name(name).is_some_and(|p| p.cued)
    }

    /// Whether the current sentence has recorded someone before token `at`.
    pub fn current_before(&self, at: usize) -> Option<&Entity> {
        self.current
            .iter()
            .rev()
            .find(|(p, _)| *p < at)
            .map(|(_, e)| e)
    }
}

impl Speakers {
    /// Every name of the dispatch, with the cues that say it is a person (a first name, an
    /// honorific, a role or nationality before it, an age after it): read before attribution so
    /// that "Peskov" in a title can be "Dmitri Peskov" named further down.
    pub fn register_names(&mut self, block: &str, toks: &[Tok], range: &Range<usize>) {
        let mut k = range.start;
        while k < range.end {
            let Some(e) = names::run_at(toks, k, range.end) else {
                k += 1;
                continue;
            };
            let mut start = k;
            let before = |n: usize| {
                k.checked_sub(n)
                    .filter(|&b| b >= range.start)
                    .map(|b| &toks[b])
            };
            let det_before = before(1).is_some_and(|t| lexicon::determiner(&t.lower).is_some());
            let mut gender = lexicon::first_name(&toks[start].lower).unwrap_or(Gender::U);
            let mut cued = gender != Gender::U || lexicon::first_name(&toks[start].lower).is_some();
            if det_before
                && e - start >= 2
                && lexicon::first_name(&toks[start].lower).is_none()
                && lexicon::looks_like_demonym(&toks[start].lower)
            {
                let det_gender = before(1)
                    .and_then(|t| lexicon::determiner(&t.lower))
                    .map_or(Gender::U, |d| d.1);
                gender = gender.or(demonym_gender(&toks[start].lower, det_gender));
                start += 1;
                cued = true;
            }
            if let Some(h) = before(1).and_then(|t| lexicon::honorific(&t.lower).filter(|_| t.cap))
            {
                gender = gender.or(h);
                cued = true;
            }
            if before(1).is_some_and(|t| t.is_punct("."))
                && before(2).is_some_and(|t| t.cap && lexicon::honorific(&t.lower).is_some())
            {
                gender = gender.or(lexicon::honorific(&toks[start - 2].lower).unwrap_or(Gender::U));
                cued = true;
            }
            // A role noun right before ("le formateur Karel Verhulst").
            if let Some(t) = before(1).filter(|t| t.is_word() && !t.cap) {
                if let Some((_, g)) = lexicon::role(&t.lower) {
                    cued = true;
                    gender = gender.or(g);
                }
            }
            // "Josette, 84 ans,"
            if toks.get(e).is_some_and(|t| t.is_punct(","))
                && toks.get(e + 2).is_some_and(|t| t.is("ans"))
                && toks.get(e + 1).is_some_and(is_number)
            {
                cued = true;
            }
            let after_preposition = before(1)
                .is_some_and(|t| lexicon::is_preposition(&t.lower) && !t.cap)
                || (det_before && before(2).is_some_and(|t| lexicon::is_preposition(&t.lower)));
            let all_acronyms = toks[start..e].iter().all(|t| t.acronym);
            if !all_acronyms
                && start < e
                && (e - start >= 2 || cued)
                && (!after_preposition || cued)
            {
                // A name seen before (same words) is not folded and looked up again.
                let key = {
                    let mut h = lexicon::Fx::default();
                    for t in &toks[start..e] {
                        std::hash::Hasher::write(&mut h, t.lower.bytes());
                        std::hash::Hasher::write_u8(&mut h, b' ');
                    }
                    std::hash::Hasher::finish(&h)
                };
                let i = match self.seen_names.get(&key) {
                    Some(&i) => i,
                    None => {
                        let text = names::surface(block, toks, start, e);
                        let i = self.registry.add(&text, gender);
                        self.seen_names.insert(key, i);
                        i
                    }
                };
                let p = &mut self.registry.people[i];
                p.cued |= cued;
                p.gender = p.gender.or(gender);
            }
            k = e;
        }
    }

    /// People named in a sentence (outside quotations), for pronouns to refer back to.
    pub fn people_in(&self, block: &str, toks: &[Tok], range: &Range<usize>) -> Vec<Entity> {
        let mut out = Vec::new();
        let mut k = range.start;
        while k < range.end {
            let Some(e) = names::run_at(toks, k, range.end) else {
                k += 1;
                continue;
            };
            if !self.registry.may_know(&toks[e - 1].lower) {
                k = e;
                continue;
            }
            let text = names::surface(block, toks, k, e);
            if let Some(p) = self.registry.full_name(&text) {
                if p.cued {
                    out.push(Entity::named(p.name.clone(), p.gender));
                }
            } else if e - k >= 2 {
                // "le Français Hugo Mercadal": the run starts with a nationality.
                let rest = names::surface(block, toks, k + 1, e);
                if let Some(p) = self.registry.full_name(&rest).filter(|p| p.cued) {
                    out.push(Entity::named(p.name.clone(), p.gender));
                }
            }
            k = e;
        }
        out
    }
}

fn demonym_gender(w: &str, det: Gender) -> Gender {
    if det != Gender::U {
        det
    } else if w.ends_with('e') {
        Gender::F
    } else {
        Gender::M
    }
}
