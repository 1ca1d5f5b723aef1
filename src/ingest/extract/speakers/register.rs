//! Registering the dispatch's names: which runs of capitalised words are people (a first name,
//! an honorific, a role or nationality before, an age after, the gazetteer), read before
//! attribution; and the people a sentence names, for pronouns to refer back to.

use std::ops::Range;

use super::{Discourse, Entity};
use crate::ingest::extract::lexicon::{self, Gender};
use crate::ingest::extract::names;
use crate::ingest::extract::tokens::Tok;
use crate::ingest::extract::verbs::is_number;
use crate::model::roles::Role;
use crate::text::fold::{fold, fold_cow};

impl Discourse<'_> {
    /// Every name of the dispatch, with the cues that say it is a person (a first name, an
    /// honorific, a role or nationality before it, an age after it, the gazetteer): read before
    /// attribution so that "Peskov" in a title can be "Dmitri Peskov" named further down.
    pub fn register_names(&mut self, block: &str, toks: &[Tok], range: &Range<usize>) {
        self.facts.read(block, toks, range);
        let mut k = range.start;
        while k < range.end {
            // "la Maison Blanche": a body's name, though "Blanche" is a first name.
            if let Some(e) = names::fixed_run(toks, k, range.end) {
                k = e;
                continue;
            }
            let Some(e) = names::run_at(toks, k, range.end) else {
                k += 1;
                continue;
            };
            self.register_run(block, toks, range, k, e);
            k = e;
        }
    }

    /// Registers the run of capitalised words `k..e` as a person when something says it is
    /// one (see [`name_cues`]), or when it has two words and no preposition before it.
    fn register_run(
        &mut self,
        block: &str,
        toks: &[Tok],
        range: &Range<usize>,
        k: usize,
        e: usize,
    ) {
        let (k, known_at_k) = self.name_start(block, toks, k, e);
        // "sur son réseau Truth Social", "le quotidien Kurier": a channel's or a medium's name.
        if k > range.start
            && toks[k - 1].is_word()
            && !toks[k - 1].cap
            && (super::super::clauses::is_channel(&toks[k - 1].lower)
                || lexicon::is_medium(&toks[k - 1].lower))
            && lexicon::first_name(&toks[k].lower).is_none()
        {
            return;
        }
        // "la Fondation Toit d'abord", "l'Association Halles vives": a body's name.
        if e - k >= 2 && lexicon::is_body_noun(&toks[k].lower) {
            return;
        }
        let mut c = name_cues(toks, range, k, e);
        if toks[c.start..e].iter().all(|t| t.acronym) || c.start >= e {
            return;
        }
        let start = c.start;
        let text = names::surface(block, toks, start, e);
        // The gazetteer was asked of this very run already when it found where it starts.
        let known = match known_at_k.filter(|_| start == k) {
            Some(gender) => gender,
            None => self.gazetteer.person(&text).map(|p| p.gender),
        };
        if let Some(gender) = known {
            c.cued = true;
            c.gender = c.gender.or(gender);
        }
        if !(c.cued || e - start >= 2 && !c.after_preposition) {
            return;
        }
        let i = self.registry_index(&toks[start..e], &text, c.gender);
        let first_name_only = e == start + 1
            && lexicon::first_name(&toks[start].lower).is_some()
            && presented_as_anyone(toks, range, e);
        let p = &mut self.registry.people[i];
        p.first_name_only |= first_name_only && p.folded.len() == 1;
        p.counsel |= start > range.start && toks[start - 1].cap && toks[start - 1].lower == "me";
        p.first_seen = p.first_seen.min(self.sentence_no);
        // "Philippe Morvan (LR)": the party he sits for, against "le socialiste" further down.
        if e + 2 < range.end && crate::ingest::extract::np::acronym_in_parentheses(toks, e) {
            p.party = Some(fold(&toks[e + 1].lower));
        }
        p.cued |= c.cued;
        p.gender = p.gender.or(c.gender);
        if let Some(role) = apposed_role(toks, range, start) {
            self.registry.add_role(i, role);
        }
        // "La préfète des Landes, Corinne Hiriart, …": the role phrase apposed before the name
        // is known from the start, for "la préfète" in a live blog's earlier entry above it or
        // in the title.
        if e - start >= 2 {
            if let Some(role) = role_phrase_apposed(toks, range, start) {
                self.registry.add_role(i, role);
            }
        }
        // "la Française Clara Morel": her nationality, for "la joueuse française" further down.
        let demonym = if start == k + 1 {
            Some(k)
        } else {
            (start > range.start && toks[start - 1].cap).then(|| start - 1)
        };
        let demonym = demonym.filter(|&d| {
            d > range.start
                && lexicon::determiner(&toks[d - 1].lower).is_some()
                && lexicon::looks_like_demonym(&toks[d].lower)
        });
        if let Some(d) = demonym {
            let role = Role::from_words(&["ressortissant", toks[d].lower.as_str()]).filter(|r| {
                r.qualifiers
                    .iter()
                    .all(|q| lexicon::is_adjective_of_nationality(q))
            });
            if let Some(role) = role {
                self.registry.add_role(i, role);
            }
        }
    }

    /// "de Météo-France Cécile Aubron": the name starts at the first name (or at a person the
    /// gazetteer knows) inside the run, unless the whole run is one. With the start, what the
    /// gazetteer said of the run from there (the gender of the person it knows by that name),
    /// when it was asked.
    fn name_start(
        &self,
        block: &str,
        toks: &[Tok],
        k: usize,
        e: usize,
    ) -> (usize, Option<Option<Gender>>) {
        let gazetteer = self.gazetteer;
        let known = |p: usize| {
            gazetteer
                .person(&names::surface(block, toks, p, e))
                .map(|p| p.gender)
        };
        // A run's start is looked at first: a whole run that is a name starts there, whatever
        // is inside it.
        if lexicon::first_name(&toks[k].lower).is_some() {
            return (k, None);
        }
        let whole = known(k);
        if whole.is_some() {
            return (k, Some(whole));
        }
        for (p, t) in toks.iter().enumerate().take(e).skip(k + 1) {
            if lexicon::first_name(&t.lower).is_some() {
                return (p, None);
            }
            let found = known(p);
            if found.is_some() {
                return (p, Some(found));
            }
        }
        (k, Some(None))
    }

    /// The person's index in the registry; a name seen before (same words) is not folded and
    /// looked up again.
    fn registry_index(&mut self, words: &[Tok], text: &str, gender: Gender) -> usize {
        let key = {
            let mut h = lexicon::Fx::default();
            for t in words {
                std::hash::Hasher::write(&mut h, t.lower.bytes());
                std::hash::Hasher::write_u8(&mut h, b' ');
            }
            std::hash::Hasher::finish(&h)
        };
        match self.seen_names.get(&key) {
            Some(&i) => i,
            None => {
                let i = self.registry.add(text, gender);
                self.seen_names.insert(key, i);
                i
            }
        }
    }

    /// The last person `range` names, when no noun phrase with an article or a possessive
    /// follows their name there: "Barrot s'est entretenu avec le Premier ministre Najib
    /// Mikati", not "Barrot a présenté le projet de loi" (what "ce dernier" then refers to
    /// is the bill).
    pub fn last_person_before(
        &self,
        block: &str,
        toks: &[Tok],
        range: &Range<usize>,
    ) -> Option<Entity> {
        let mut last = None;
        let mut k = range.start;
        while k < range.end {
            let Some(e) = names::run_at(toks, k, range.end) else {
                k += 1;
                continue;
            };
            if self.registry.may_know(&toks[e - 1].lower) {
                let text = names::surface(block, toks, k, e);
                if let Some(p) = self.registry.full_name(&text).filter(|p| p.cued) {
                    last = Some((Entity::named(p.name.clone(), p.gender), e));
                }
            }
            k = e;
        }
        let (person, end) = last?;
        // "…, a assuré sa porte-parole, Irina Volkova, dans un communiqué diffusé dans la
        // soirée": the phrases where and when someone spoke name no one who could be meant
        // instead; any other phrase after the name might be.
        let circumstance = |i: usize| {
            let w = |j: usize| toks.get(j).map_or("", |t: &Tok| t.lower.as_str());
            i > end
                && (matches!(
                    w(i - 1),
                    "dans" | "sur" | "pendant" | "durant" | "depuis" | "via"
                ) || matches!(w(i - 1), "de" | "d'")
                    && i > end + 1
                    && matches!(w(i - 2), "lors" | "cours" | "issue"))
        };
        let clear = (end..range.end).all(|i| {
            let t = &toks[i];
            !(t.is_word() && !t.cap && lexicon::determiner(&t.lower).is_some()) || circumstance(i)
        });
        clear.then_some(person)
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
        out.extend(unnamed_people(toks, range));
        out
    }

    /// Newspapers' titles a sentence names in passing ("Un avis que ne partage pas Le Courrier
    /// du Val."), as bodies: what "le journal" then looks back to when no title acts in it.
    pub fn titles_in(block: &str, toks: &[Tok], range: &Range<usize>) -> Vec<Entity> {
        let mut out = Vec::new();
        let mut k = range.start;
        while k < range.end {
            let Some(e) = names::title_at(toks, k, range.end) else {
                k += 1;
                continue;
            };
            out.push(Entity::body(names::surface(block, toks, k, e), Gender::U));
            k = e;
        }
        out
    }
}

/// "donne la parole à un cheminot retraité", "a croisé une infirmière": someone the sentence
/// brings in without a name, for a pronoun that follows ("«…», confie-t-il"), which then stays
/// unnamed rather than going to someone named before.
fn unnamed_people(toks: &[Tok], range: &Range<usize>) -> Vec<Entity> {
    let mut out = Vec::new();
    for k in range.clone() {
        let t = &toks[k];
        let det_gender = match t.lower.as_str() {
            "un" => Gender::M,
            "une" => Gender::F,
            _ => continue,
        };
        // "l'un d'eux" is someone already named; "un de ses …" too.
        if !t.is_word() || (k > range.start && toks[k - 1].is("l'")) {
            continue;
        }
        let mut n = k + 1;
        if n < range.end && toks[n].is_word() && lexicon::is_pre_adjective(&toks[n].lower) {
            n += 1;
        }
        let Some(noun) = toks
            .get(n)
            .filter(|t| n < range.end && t.is_word() && !t.cap)
        else {
            continue;
        };
        let Some((_, g)) = lexicon::role(&noun.lower) else {
            continue;
        };
        // "un porte-parole, Jean Dupont": the name the text gives is the person.
        let named = toks
            .get(n + 1)
            .is_some_and(|c| n + 1 < range.end && (c.is_capitalised() || c.is_punct(",")))
            && toks
                .get(n + 2)
                .is_some_and(|c| n + 2 < range.end && c.is_capitalised());
        if named || noun.lower.ends_with('s') && g == Gender::U {
            continue;
        }
        out.push(Entity::anonymous(g.or(det_gender)));
    }
    out
}

/// "à l'adresse du prévenu, Grégoire Maupin": the role noun a name is apposed to, when that
/// role's phrase is not itself the complement of another role ("l'avocat de la victime,
/// Julien Ferrand" is the lawyer, not the victim).
fn apposed_role(toks: &[Tok], range: &Range<usize>, start: usize) -> Option<Role> {
    let at = |i: usize| (i >= range.start).then(|| &toks[i]);
    let comma = at(start.checked_sub(1)?)?;
    let noun = at(start.checked_sub(2)?)?;
    if !comma.is_punct(",") || !noun.is_word() || noun.cap {
        return None;
    }
    lexicon::role(&noun.lower)?;
    // The article before the noun: "du", "au", "des", or "le", "la", "l'" after "de" or "à".
    let det = at(start.checked_sub(3)?)?;
    let head = match det.lower.as_str() {
        "du" | "au" | "des" | "aux" => start.checked_sub(4),
        "le" | "la" | "l'" | "les" => {
            let prep = at(start.checked_sub(4)?)?;
            if !matches!(prep.lower.as_str(), "de" | "d'" | "à") {
                return None;
            }
            start.checked_sub(5)
        }
        _ => return None,
    };
    if head
        .and_then(at)
        .is_some_and(|h| h.is_word() && lexicon::role(&h.lower).is_some())
    {
        return None;
    }
    Role::from_words(&[noun.lower.as_str()])
}

/// "La préfète des Landes, Corinne Hiriart": the role of a definite phrase opening its clause
/// and ending with the comma right before the name at `start`.
/// Also "Le chancelier ostalien Karl Weiss et la présidente valmorienne Ana Ribeiro", the
/// phrase right before the name, opening its clause or after "et".
fn role_phrase_apposed(toks: &[Tok], range: &Range<usize>, start: usize) -> Option<Role> {
    let before = start.checked_sub(1).filter(|&c| c > range.start)?;
    let comma = if toks[before].is_punct(",") {
        before
    } else if toks[before].is_word() && !toks[before].cap {
        start
    } else {
        return None;
    };
    let first = (range.start..comma)
        .rev()
        .take(8)
        // Without a comma, a coordinated name before ("X et la présidente Y") is not part
        // of the phrase.
        .take_while(|&b| toks[b].is_word() && !(comma == start && toks[b].is("et")))
        .last()?;
    let det = &toks[first];
    let opens = first == range.start
        || toks[first - 1].is_punct(",:;")
        || toks[first - 1].is_punct("-")
        || toks[first - 1].is("et");
    if !opens || !matches!(det.lower.as_str(), "le" | "la" | "l'") {
        return None;
    }
    let noun = &toks[first + 1..comma].first()?;
    if noun.cap || lexicon::role(&noun.lower).is_none() {
        return None;
    }
    let words: Vec<&str> = toks[first + 1..comma]
        .iter()
        .map(|t| t.lower.as_str())
        .collect();
    Role::from_words(&words)
}

/// What the words around a run of capitalised words say of it.
struct NameCues {
    /// Where the name starts (after a nationality: "la Suédoise Ebba Lindqvist").
    start: usize,
    gender: Gender,
    /// Something says it is a person.
    cued: bool,
    /// A preposition comes before it ("de", "à la"): a place or an organisation, more likely.
    after_preposition: bool,
}

/// The cues that the run `k..e` names a person: a first name, a nationality, an honorific or a
/// role noun before it, an age after it.
fn name_cues(toks: &[Tok], range: &Range<usize>, k: usize, e: usize) -> NameCues {
    let mut start = k;
    let before = |n: usize| {
        k.checked_sub(n)
            .filter(|&b| b >= range.start)
            .map(|b| &toks[b])
    };
    let det_before = before(1).is_some_and(|t| lexicon::determiner(&t.lower).is_some());
    let mut gender = lexicon::first_name(&toks[start].lower).unwrap_or(Gender::U);
    let mut cued = lexicon::first_name(&toks[start].lower).is_some();
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
    if let Some(h) = before(1).and_then(|t| lexicon::honorific(&t.lower).filter(|_| t.cap)) {
        gender = gender.or(h);
        cued = true;
    }
    if before(1).is_some_and(|t| t.is_punct("."))
        && before(2).is_some_and(|t| t.cap && lexicon::honorific(&t.lower).is_some())
    {
        gender = gender.or(lexicon::honorific(&toks[k - 2].lower).unwrap_or(Gender::U));
        cued = true;
    }
    // A role noun right before ("le formateur Karel Verhulst"), in the singular: "le syndicat
    // des conducteurs GDL-Süd" names no conductor.
    if let Some(t) = before(1).filter(|t| t.is_word() && !t.cap) {
        let plural = t.lower.ends_with(['s', 'x'])
            && lexicon::role(t.lower.trim_end_matches(['s', 'x'])).is_some();
        // "le directeur France de l'entreprise": a country after a role is no one's name.
        let country = e == start + 1 && lexicon::is_country(&fold_cow(&toks[start].lower));
        // "un député Renaissance", "une élue Horizons": one word after an indefinite role is
        // the party or body the unnamed person belongs to, not their name.
        let affiliation =
            e == start + 1 && before(2).is_some_and(|d| matches!(d.lower.as_str(), "un" | "une"));
        if let Some((_, g)) =
            lexicon::role(&t.lower).filter(|_| !plural && !country && !affiliation)
        {
            cued = true;
            gender = gender.or(g);
        }
    }
    // "le président ardanien Miklós Varga", "son homologue sorgalais Emeka Okonkwo", "le chef de
    // la diplomatie ardanienne Miklós Varga": a full name right after a role phrase that ends
    // with an adjective of nationality.
    if e - start >= 2 && role_phrase_before(toks, range, start) {
        cued = true;
    }
    // "Le ministre ostalien des Affaires étrangères, Piotr Varga": a full name apposed to a
    // role phrase.
    if e - start >= 2 && before(1).is_some_and(|t| t.is_punct(",")) {
        // The phrase's head is its first role noun ("la négociatrice en chef des …").
        let phrase = (range.start..k - 1)
            .rev()
            .take(8)
            .take_while(|&b| toks[b].is_word())
            .filter_map(|b| {
                (!toks[b].cap)
                    .then(|| lexicon::role(&toks[b].lower))
                    .flatten()
            })
            .last();
        if let Some((_, g)) = phrase {
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
    let after_preposition = before(1).is_some_and(|t| lexicon::is_preposition(&t.lower) && !t.cap)
        || (det_before && before(2).is_some_and(|t| lexicon::is_preposition(&t.lower)));
    NameCues {
        start,
        gender,
        cued,
        after_preposition,
    }
}

/// "Ahmed, un secouriste de Khan Younès", "Olena, 64 ans": an apposition after the name
/// (ending at `e`) that presents an ordinary person, with an indefinite article or an age.
fn presented_as_anyone(toks: &[Tok], range: &Range<usize>, e: usize) -> bool {
    let at = |i: usize| (i < range.end).then(|| &toks[i]);
    if !at(e).is_some_and(|t| t.is_punct(",")) {
        return false;
    }
    let indefinite = at(e + 1).is_some_and(|t| matches!(t.lower.as_str(), "un" | "une"))
        && at(e + 2).is_some_and(|t| t.is_word() && lexicon::role(&t.lower).is_some());
    let age = at(e + 1).is_some_and(is_number) && at(e + 2).is_some_and(|t| t.is("ans"));
    indefinite || age
}

/// Whether the words right before `start` are a role phrase ending with an adjective of
/// nationality: "le président ardanien", "la cheffe de la diplomatie sorgalaise". Only words of
/// the phrase come between its role noun (in the singular) and the adjective: no verb, no
/// punctuation, a capitalised word only for a portfolio.
fn role_phrase_before(toks: &[Tok], range: &Range<usize>, start: usize) -> bool {
    let Some(adj) = start.checked_sub(1).filter(|&b| b >= range.start) else {
        return false;
    };
    let a = &toks[adj];
    if !a.is_word() || a.cap || !lexicon::is_adjective_of_nationality(&fold_cow(&a.lower)) {
        return false;
    }
    for b in (range.start.max(adj.saturating_sub(6))..adj).rev() {
        let t = &toks[b];
        if !t.is_word() || (t.cap && !lexicon::is_portfolio(&t.lower)) {
            return false;
        }
        let w = t.lower.as_str();
        if lexicon::is_auxiliary(w)
            || lexicon::is_clitic(w) && lexicon::determiner(w).is_none()
            || lexicon::speech_verb(w).is_some()
            || matches!(w, "et" | "ou" | "que" | "qu'" | "qui" | "dont")
        {
            return false;
        }
        if lexicon::role(w).is_some() {
            return true;
        }
    }
    false
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
