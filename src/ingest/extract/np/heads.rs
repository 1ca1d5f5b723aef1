//! The words of a phrase's head: honorifics, titles, runs of capitalised words (a name, a
//! body, a nationality before a name), acronyms and plain words, each its own step of the
//! [`Parser`].

use super::{demonym_gender, next_is_noun, person_within, Parser, Step};
use crate::ingest::extract::bodies;
use crate::ingest::extract::lexicon::{self, Gender};
use crate::ingest::extract::names::{self, run_at, surface, Name};
use crate::ingest::extract::tokens::Tok;

impl Parser<'_> {
    /// "M. Peskov", "Mme Fonoti", "Sir Keir Starmer".
    pub(super) fn honorific(&mut self, j: usize) -> Step {
        let t = &self.toks[j];
        let Some(g) = lexicon::honorific(&t.lower).filter(|_| t.cap) else {
            return Step::Pass;
        };
        let mut k = j + 1;
        if k < self.end && self.toks[k].is_punct(".") {
            k += 1;
        }
        // "Mme des Cars", "M. de Villepin": the surname's lower-case particle comes first.
        let particle = k + 1 < self.end
            && names::is_particle_tok(&self.toks[k])
            && matches!(self.toks[k].lower.as_str(), "de" | "d'" | "du" | "des")
            && self.toks[k + 1].is_capitalised();
        let Some(e) = run_at(self.toks, k + usize::from(particle), self.end) else {
            return Step::Pass;
        };
        if !self.in_complement && self.np.name.is_none() {
            self.np.name = Some(Name {
                text: surface(self.block, self.toks, k, e),
                gender: g,
                cued: true,
            });
        } else {
            self.np.proper_complement = true;
        }
        Step::At(e)
    }

    /// A run of capitalised words: the phrase's name, a body named by its head noun ("le
    /// Kremlin"), an organisation's name, or a complement's proper noun ("du Kremlin").
    /// "le quotidien La Gazette des Monts": the medium's title is the phrase's body.
    pub(super) fn title(&mut self, j: usize) -> Step {
        if self.np.name.is_some() || self.np.body.is_some() || self.in_complement {
            return Step::Pass;
        }
        let Some(e) = names::title_at(self.toks, j, self.end) else {
            return Step::Pass;
        };
        self.np.body = Some(names::surface(self.block, self.toks, j, e));
        self.head_seen = true;
        Step::At(e)
    }

    /// A run of capitalised words that no rule before took: a name inside a complement, a
    /// common noun opening the sentence, an inhabitant's epithet, an organisation's name, a
    /// body named by its head noun, or the phrase's own name.
    pub(super) fn name_run(&mut self, j: usize) -> Step {
        let toks = self.toks;
        // "la Maison Blanche", "le porte-parole du Quai d'Orsay": a body's fixed name.
        if let Some(e) = names::fixed_run(toks, j, self.end) {
            if self.in_complement {
                for t in &toks[j..e] {
                    self.keep_word(&t.lower);
                }
                self.np.proper_complement = true;
                return Step::At(e);
            }
            if self.np.name.is_none() && self.np.body.is_none() && !self.head_seen {
                self.np.body = Some(surface(self.block, toks, j, e));
                self.head_seen = true;
                return Step::At(e);
            }
        }
        // "Médecins sans frontières décrit …", "Reporters sans frontières": the NGOs named
        // "… sans frontières" write only their first word with a capital; the name goes on.
        if toks[j].is_capitalised()
            && !self.in_complement
            && self.np.name.is_none()
            && self.np.body.is_none()
            && j + 3 <= self.end
            && toks.get(j + 1).is_some_and(|t| t.lower == "sans")
            && toks
                .get(j + 2)
                .is_some_and(|t| !t.cap && matches!(t.lower.as_str(), "frontières" | "frontière"))
        {
            self.np.body = Some(surface(self.block, toks, j, j + 3));
            self.head_seen = true;
            return Step::At(j + 3);
        }
        // "SNCF Réseau", "la CGT Cheminots": an acronym and one capitalised word that is no
        // first name and no one's name is one organisation's name.
        let named = toks[j].acronym
            && !self.in_complement
            && self.np.name.is_none()
            && self.np.body.is_none()
            && self.np.role.is_none()
            && toks.get(j + 1).is_some_and(|n| {
                j + 1 < self.end
                    && n.is_capitalised()
                    && !n.acronym
                    && !names::is_function_word(&n.lower)
                    && lexicon::first_name(&n.lower).is_none()
                    && !self.known.is_person(&n.lower)
                    && !lexicon::is_country(&crate::text::fold::fold_small(&n.lower))
            })
            && toks
                .get(j + 2)
                .is_none_or(|n| j + 2 >= self.end || !n.is_capitalised());
        if named {
            self.np.body = Some(surface(self.block, toks, j, j + 2));
            self.head_seen = true;
            return Step::At(j + 2);
        }
        let Some(e) = run_at(toks, j, self.end) else {
            return Step::Pass;
        };
        // "la députée LFI Clémence Guetté", "le délégué CGT": after a person's role, an acronym
        // says which party or union, and names neither the person nor a body; so does a
        // country ("le directeur France de l'entreprise").
        let country = || lexicon::is_country(&crate::text::fold::fold_small(&toks[j].lower));
        // "le candidat Horizons, Pierre-Yves Bournazel", "un député Renaissance": so does a
        // party known by one word.
        let party = || lexicon::is_party(&crate::text::fold::fold_small(&toks[j].lower));
        if (toks[j].acronym || country() || party())
            && (e == j + 1 || party())
            && !self.in_complement
            && self.np.role.is_some()
            && self.np.name.is_none()
            && self.np.body.is_none()
        {
            // A country would make the role another office ("directeur France" is no one's
            // title in the gazetteer): only the acronym is kept.
            if toks[j].acronym || party() {
                self.keep_word(&toks[j].lower);
            }
            // "la députée Renaissance Claire Dumas": the name follows the party.
            return Step::At(if party() { j + 1 } else { e });
        }
        let w = toks[j].lower.as_str();
        let first_name = lexicon::first_name(w).is_some();
        // "le ministre des Affaires étrangères Sergueï Lavrov": a full name after the
        // complement, not right after its preposition, is the phrase's own name — not after a
        // role noun of the complement, whose name it is ("le chef de l'État en présence de son
        // homologue Xi Jinping", "le conseiller du président Emmanuel Macron").
        // ("le négociateur en chef Bohdan Sydorenko" keeps his: "chef" has no article.)
        let prev = toks[j.saturating_sub(1)].lower.as_str();
        // ("le président des Républicains Retailleau": a party's capitalised name is no role.)
        // A group's plural names no one ("la cheffe des conservateurs Kemi Badenoch").
        let plural = prev
            .strip_suffix(['s', 'x'])
            .is_some_and(|w| lexicon::role(w).is_some());
        let inner_role = j >= self.first + 2
            && !toks[j - 1].cap
            && !plural
            && (lexicon::role(prev).is_some() || lexicon::is_counterpart(prev))
            && {
                let det = toks[j - 2].lower.as_str();
                lexicon::determiner(det).is_some() || matches!(det, "du" | "des" | "au" | "aux")
            };
        let after_complement = self.in_complement
            && self.np.name.is_none()
            && j > self.first
            && !lexicon::is_preposition(prev)
            && lexicon::determiner(prev).is_none()
            && !inner_role
            && (e - j >= 2 || first_name || self.known.is_person(&toks[j].lower));
        if self.in_complement && !after_complement {
            return self.complement_run(j, e);
        }
        if after_complement {
            self.in_complement = false;
        }
        // "les Forces de soutien rapide (FSR)", "Médecins sans frontières (MSF)": the words
        // whose initials the acronym in brackets after them gives are one body's name.
        if e == j + 1 && !first_name && self.np.name.is_none() && self.np.body.is_none() {
            if let Some(close) = spelled_out(toks, j, self.end) {
                self.np.body = Some(surface(self.block, toks, j, close - 2));
                self.head_seen = true;
                return Step::At(close + 1);
            }
        }
        if let Some(step) = self.capitalised_noun(j, e, first_name) {
            return step;
        }
        let after_det = j > self.first
            && !self.in_complement
            && lexicon::determiner(&toks[j - 1].lower).is_some();
        if let Some(step) = self.demonym_epithet(j, e, first_name, after_det) {
            return step;
        }
        let mut start = j;
        // "la Suédoise Ebba Lindqvist", "le Sud-Coréen Baek Do-yun": a nationality, then the
        // name.
        if after_det
            && e - j >= 2
            && !first_name
            && lexicon::looks_like_demonym(w)
            && !lexicon::is_body_noun(w)
        {
            self.np.gender = Some(demonym_gender(w, self.np.gender));
            start = j + 1;
            self.head_seen = true;
        }
        // "la Coordination rurale", "la Confédération paysanne": French capitalises only the
        // first word of a body's name; the adjectives after it belong to the name — also when
        // the name opens the phrase with no article ("Force ouvrière, qui …, a indiqué").
        let bare_opening = j == self.first
            && self.np.det.is_none()
            && !self.in_complement
            && !lexicon::is_time_word(w);
        if (after_det || bare_opening)
            && e == j + 1
            && !first_name
            && self.np.name.is_none()
            && self.np.body.is_none()
        {
            let mut k = e;
            while k < self.end
                && toks[k].is_word()
                && !toks[k].cap
                && is_name_adjective(&toks[k].lower)
            {
                k += 1;
            }
            // Not where the name goes on ("l'Agence régionale de santé"), nor after a body's
            // fixed name ("le Kremlin borovien").
            let goes_on = toks.get(k).is_some_and(|t| {
                matches!(t.lower.as_str(), "de" | "du" | "des" | "d'" | "d’" | "et")
            });
            if k > e
                && !goes_on
                && !self.known.is_person(&toks[j].lower)
                && bodies::fixed_label(&toks[j].lower).is_none()
            {
                self.np.body = Some(surface(self.block, toks, j, k));
                self.head_seen = true;
                return Step::At(k);
            }
        }
        self.own_run(start, e);
        Step::At(e)
    }

    /// A run inside a complement: "la prévisionniste de Météo-France Cécile Aubron" (the
    /// complement's proper noun, then the phrase's own name), "le chef de l'État" (a
    /// portfolio), "du Kremlin" (someone else's name).
    fn complement_run(&mut self, j: usize, e: usize) -> Step {
        let toks = self.toks;
        if self.np.name.is_none() {
            // "le vice-ministre de Borovie Orlov": the complement's proper noun, then the
            // phrase's own name.
            if let Some(p) = person_within(self.block, toks, j, e, self.known) {
                for t in &toks[j..p] {
                    self.keep_word(&t.lower);
                }
                self.np.proper_complement = true;
                self.in_complement = false;
                let gender = lexicon::first_name(&toks[p].lower).unwrap_or(Gender::U);
                self.np.name = Some(Name {
                    text: surface(self.block, toks, p, e),
                    gender,
                    cued: true,
                });
                return Step::At(e);
            }
        }
        // "le chef de l'État", "le ministre des Affaires étrangères": a portfolio, not someone
        // else's name.
        if !(e == j + 1 && lexicon::is_portfolio(&toks[j].lower)) {
            self.np.proper_complement = true;
        }
        for t in &toks[j..e] {
            self.keep_word(&t.lower);
        }
        Step::At(e)
    }

    /// A bare capitalised word opening the phrase and followed by a preposition is a common
    /// noun at the start of a sentence ("Syndicats d'enseignants …", "Troupes en Ukraine"), not
    /// a name — unless it is a known person's name ("Sikorski devant la presse").
    fn capitalised_noun(&mut self, j: usize, e: usize, first_name: bool) -> Option<Step> {
        let toks = self.toks;
        // "a déclaré Kowalczyk devant la presse": after a verb, a capital is the word's own,
        // not the sentence's.
        let after_verb = j > 0 && {
            let p = &toks[j - 1];
            p.is_word()
                && !p.cap
                && !lexicon::is_preposition(&p.lower)
                && lexicon::determiner(&p.lower).is_none()
                && !names::is_function_word(&p.lower)
        };
        let common = j == self.first
            && e == j + 1
            && !after_verb
            && !first_name
            && !self.known.is_person(&toks[j].lower)
            && toks
                .get(e)
                .is_some_and(|n| n.is_word() && !n.cap && lexicon::is_preposition(&n.lower));
        if !common {
            return None;
        }
        self.np.thing = Some(toks[j].lower.as_str().to_owned());
        self.head_seen = true;
        Some(Step::At(e))
    }

    /// "la Niçoise de 21 ans", "le Breton": an inhabitant named by a demonym alone is an
    /// epithet for someone the dispatch named, not a name.
    fn demonym_epithet(
        &mut self,
        j: usize,
        e: usize,
        first_name: bool,
        after_det: bool,
    ) -> Option<Step> {
        let toks = self.toks;
        let w = toks[j].lower.as_str();
        let epithet = after_det
            && e == j + 1
            && self.np.name.is_none()
            && self.np.body.is_none()
            && !self.head_seen
            && !first_name
            && !self.known.is_person(w)
            && lexicon::is_demonym_epithet(w);
        if !epithet {
            return None;
        }
        self.np.role = Some("habitant");
        self.keep_word(w);
        self.head_seen = true;
        Some(Step::At(e))
    }

    /// The run `start..e` outside a complement: an organisation's name after a thing, a body
    /// named by its head noun, or the phrase's own name.
    fn own_run(&mut self, start: usize, e: usize) {
        let toks = self.toks;
        let np = &mut self.np;
        // "Son confrère Tobias Engelhardt": a first name makes it a person's name whatever the
        // noun before.
        let person = lexicon::first_name(&toks[start].lower).is_some()
            || self.known.is_person(&surface(self.block, toks, start, e));
        // "la Fondation Toit d'abord": a body noun opening a run of capitalised words makes it a
        // body's name.
        if !person
            && np.name.is_none()
            && np.body.is_none()
            && e - start >= 2
            && lexicon::is_body_noun(&toks[start].lower)
        {
            np.body = Some(surface(self.block, toks, start, e));
            self.head_seen = true;
            return;
        }
        if np.name.is_none()
            && np.body.is_none()
            && np.thing.is_some()
            && np.role.is_none()
            && !person
        {
            // "le collectif Exigence Lycée": the organisation's name, not a person's; one
            // capitalised word ("l'association Halles vivantes") is too little to name it.
            // A medium's name is often one word ("l'agence Nordpress").
            // So is a company's ("la société Aqualiance", "le groupe Varnex").
            let company = np.thing.as_deref().is_some_and(lexicon::is_company_noun);
            // "la place Beauvau": a seat whose name is a body's fixed label.
            let seat = np.thing.as_deref() == Some("place")
                && bodies::fixed_label(&surface(self.block, toks, start, e)).is_some();
            // "la clinique Saint-Rémi", "l'hôpital Necker": an establishment named after a
            // saint, a person or a place is named with its noun.
            let establishment = np.thing.as_deref().is_some_and(lexicon::is_establishment)
                && np.det == Some(lexicon::Det::Definite)
                && start == np.head_start + 1;
            if establishment {
                np.body = Some(surface(self.block, toks, np.head_start, e));
            } else if e - start >= 2
                || company
                || seat
                || np.thing.as_deref().is_some_and(lexicon::is_medium)
                || organisation_named_by_one_word(np.thing.as_deref(), toks, e, self.end)
            {
                np.body = Some(surface(self.block, toks, start, e));
            }
        } else if np.name.is_none() && np.body.is_none() {
            if np.det.is_some()
                && !self.head_seen
                && e - start == 1
                && lexicon::first_name(&toks[start].lower).is_none()
            {
                // "le Kremlin", "l'Élysée": a body named by its head noun.
                np.body = Some(surface(self.block, toks, start, e));
                self.head_seen = true;
            } else {
                // "le secrétaire du syndicat Sud-Rail Eric Meyer": after a role, the name an
                // organisation's noun opens, then from a first name on, the person's own.
                let organisation = start > 0 && {
                    let prev = &toks[start - 1];
                    prev.is_word()
                        && !prev.cap
                        && (lexicon::is_body_noun(&prev.lower)
                            || lexicon::is_company_noun(&prev.lower))
                };
                let start = match np.role {
                    Some(_) if organisation => {
                        person_within(self.block, toks, start, e, self.known)
                            .filter(|&p| lexicon::first_name(&toks[p].lower).is_some() && p + 1 < e)
                            .inspect(|&p| {
                                for t in &toks[start..p] {
                                    self.keep_word(&t.lower);
                                }
                            })
                            .unwrap_or(start)
                    }
                    _ => start,
                };
                let np = &mut self.np;
                let gender = lexicon::first_name(&toks[start].lower).unwrap_or(Gender::U);
                np.name = Some(Name {
                    text: surface(self.block, toks, start, e),
                    gender,
                    cued: np.det.is_some() || np.role.is_some(),
                });
            }
        }
    }

    /// "OTAN", "BCE": an acronym names a body.
    pub(super) fn acronym(&mut self, j: usize) -> Step {
        let t = &self.toks[j];
        // "le PDG", "la DRH": a role written in capitals is still a role.
        if !t.acronym
            || self.in_complement
            || self.np.name.is_some()
            || self.np.body.is_some()
            || lexicon::role(&t.lower).is_some()
        {
            return Step::Pass;
        }
        self.np.body = Some(self.block[t.start..t.end].to_owned());
        self.head_seen = true;
        Step::At(j + 1)
    }

    /// A common word: the head (a person's role, or a thing), an adjective, or a word of a
    /// complement.
    pub(super) fn word(&mut self, j: usize) -> Step {
        let w = self.toks[j].lower.as_str();
        self.keep_word(w);
        if !self.in_complement && !self.head_seen {
            if let Some((key, g)) = lexicon::role(w) {
                if !(lexicon::is_pre_adjective(w) && next_is_noun(self.toks, j + 1, self.end)) {
                    self.np.role = Some(key);
                    self.np.gender = Some(self.np.gender.unwrap_or(Gender::U).or(g));
                    if w.ends_with('s') && lexicon::role(w.trim_end_matches('s')).is_some() {
                        self.np.plural = true;
                    }
                    self.head_seen = true;
                }
            } else if !lexicon::is_pre_adjective(w) {
                self.np.thing = Some(w.to_owned());
                self.head_seen = true;
            }
        }
        Step::At(j + 1)
    }

    /// Words serve to match a role ("le porte-parole du Kremlin").
    pub(super) fn keep_word(&mut self, w: &str) {
        if self.np.words.len() < 12 {
            self.np.words.push(w.to_owned());
        }
    }
}

/// "le syndicat Solidaires a dénoncé", "l'ONG Greenpeace, qui …": an organisation's one-word
/// name, when nothing after it goes on naming it ("l'association Halles vivantes" does).
fn organisation_named_by_one_word(
    thing: Option<&str>,
    toks: &[crate::ingest::extract::tokens::Tok],
    e: usize,
    end: usize,
) -> bool {
    let organisation = thing.is_some_and(|t| {
        matches!(
            t,
            "syndicat"
                | "association"
                | "collectif"
                | "ong"
                | "parti"
                | "mouvement"
                | "fondation"
                | "fédération"
                | "confédération"
                | "organisation"
                | "coalition"
                | "club"
        )
    });
    let stops = toks.get(e).filter(|_| e < end).is_none_or(|n| {
        !n.is_word() || {
            let base = crate::ingest::extract::verbs::split_clitic(&n.lower).0;
            n.is("qui")
                || lexicon::is_auxiliary(base)
                || lexicon::speech_verb(base).is_some()
                || crate::ingest::extract::clauses::ends_like_finite_verb(base)
        }
    });
    organisation && stops
}

/// An adjective that may follow the first word of a body's name ("rurale", "paysanne",
/// "constitutionnel", "populaire"), known by its ending: not a verb, a preposition or an
/// adverb.
fn is_name_adjective(w: &str) -> bool {
    // Not the endings of nationalities ("borovien", "français", "américain").
    const ENDINGS: [&str; 12] = [
        "al", "ale", "aux", "el", "elle", "aire", "ique", "if", "ive", "ier", "ière", "anne",
    ];
    // "la Gauche unie", "l'Action citoyenne": the participles and adjectives of a movement's
    // name, too short or too common in their ending to be told by it.
    if matches!(
        w,
        "uni" | "unie" | "unis" | "unies" | "insoumis" | "insoumise" | "citoyen" | "citoyenne"
    ) {
        return true;
    }
    w.chars().count() > 4
        && ENDINGS.iter().any(|e| w.ends_with(e))
        && lexicon::determiner(w).is_none()
        && !lexicon::is_preposition(w)
        && !lexicon::is_adverb(w)
        && !lexicon::is_adjective_of_nationality(w)
        && lexicon::speech_verb(w).is_none()
        && !names::is_function_word(w)
}

/// Where the bracketed acronym closes when the words from `j` to its "(" spell it out: their
/// initials, articles and "de" left out, give its letters ("Forces de soutien rapide (FSR)").
fn spelled_out(toks: &[Tok], j: usize, end: usize) -> Option<usize> {
    let open = (j + 1..end.min(j + 8)).find(|&k| !toks[k].is_word())?;
    if !super::acronym_in_parentheses(toks, open) || open + 2 >= end {
        return None;
    }
    let acronym = toks[open + 1].lower.to_uppercase();
    let initials: String = toks[j..open]
        .iter()
        .filter(|t| {
            !matches!(
                t.lower.as_str(),
                "de" | "du" | "des" | "d'" | "d’" | "la" | "le" | "les" | "l'" | "l’" | "et"
            )
        })
        .filter_map(|t| t.lower.chars().next())
        .collect::<String>()
        .to_uppercase();
    (open - j >= 2 && initials == acronym).then_some(open + 2)
}
