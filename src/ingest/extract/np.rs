//! Noun phrases that may refer to a speaker: "le porte-parole du Kremlin, Dmitri Peskov",
//! "M. Lavrov", "la Suédoise Ebba Lindqvist", "un jeune céréalier", "le ministère borovien de la
//! Défense", "il".
//!
//! [`parse_np`] reads one phrase, word by word: leading adverbs, a pronoun, a determiner, then
//! the head and its complements — each kind of word has its own step.

use super::lexicon::{self, Det, Gender};
use super::names::{self, run_at, surface, Name};
use super::tokens::Tok;

/// What a pronoun is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pron {
    /// il, elle, lui (as in "selon lui"): one person, resolved from context.
    Personal(Gender),
    /// on, ils, elles, eux, chacun …: nobody in particular.
    Vague,
    /// qui: the noun phrase before it.
    Relative,
    /// celui-ci, celle-ci: whatever was last mentioned; not resolved.
    Demonstrative,
    /// je, j', moi: outside quotation marks, the interviewee of a question-and-answer
    /// interview; nobody otherwise.
    First,
}

/// A noun phrase that may refer to a speaker.
#[derive(Debug, Clone, Default)]
pub struct Np {
    pub det: Option<Det>,
    pub plural: bool,
    pub gender: Option<Gender>,
    /// Role key of a person noun ("président" for "la présidente").
    pub role: Option<&'static str>,
    /// The head noun when it is not a person noun ("entourage", "gouvernement").
    pub thing: Option<String>,
    /// The phrase's words, lower-cased, complements included: what a role is matched on
    /// ("porte-parole", "du", "kremlin").
    pub words: Vec<String>,
    pub name: Option<Name>,
    /// A body's name: "Kremlin", or a quoted name ("la revue «Cadrages»").
    pub body: Option<String>,
    pub pronoun: Option<Pron>,
    /// A complement names someone or something ("le porte-parole de Poutine").
    pub proper_complement: bool,
    /// A complement is indefinite ("le gouverneur d'une banque").
    pub indefinite_complement: bool,
    /// Two referents joined by "et".
    pub coordinated: bool,
    /// Token index of its first word after the determiner: where a body's label starts.
    pub head_start: usize,
    /// Token index where the phrase ends (exclusive).
    pub end: usize,
}

impl Np {
    pub fn is_person_like(&self) -> bool {
        self.name.is_some()
            || matches!(
                self.pronoun,
                Some(Pron::Personal(_)) | Some(Pron::Relative) | Some(Pron::First)
            )
            || (self.role.is_some() && self.body.is_none())
    }
}

/// What reading has established so far, which phrases and clauses need.
pub trait Known {
    /// The text of quoted span `q` when it is a quoted name ("Le Temps"), not a quotation;
    /// `Some("")` for a term or a span not decided yet; `None` for a quotation.
    fn naming(&self, q: usize) -> Option<String>;
    /// Whether span `q` was accepted as a quotation.
    fn is_quote(&self, q: usize) -> bool;
    /// Whether a name (one word or more) is a person's: the dispatch presents them as one, or
    /// the gazetteer knows them ("a déclaré Sikorski devant la presse").
    fn is_person(&self, name: &str) -> bool;
}

/// Nothing known: no quotations, no people.
#[cfg(test)]
pub struct Nothing;

#[cfg(test)]
impl Known for Nothing {
    fn naming(&self, _: usize) -> Option<String> {
        None
    }
    fn is_quote(&self, _: usize) -> bool {
        false
    }
    fn is_person(&self, _: &str) -> bool {
        false
    }
}

fn pronoun(w: &str) -> Option<Pron> {
    Some(match w {
        "il" | "lui" | "lui-même" => Pron::Personal(Gender::M),
        "elle" | "elle-même" => Pron::Personal(Gender::F),
        "on" | "ils" | "elles" | "eux" | "chacun" | "chacune" | "tous" | "certains"
        | "certaines" | "d'autres" | "personne" | "nous" | "vous" => Pron::Vague,
        "qui" => Pron::Relative,
        "je" | "j'" | "moi" | "moi-même" => Pron::First,
        "celui-ci" | "celle-ci" | "celui-là" | "celle-là" => Pron::Demonstrative,
        _ => return None,
    })
}

/// Reads one noun phrase, word by word.
struct Parser<'a> {
    block: &'a str,
    toks: &'a [Tok],
    end: usize,
    known: &'a dyn Known,
    np: Np,
    /// First token of the phrase proper.
    first: usize,
    head_seen: bool,
    in_complement: bool,
    /// Whether the next determiner opens the head's first complement ("d'une banque").
    first_complement: bool,
    complements: usize,
}

/// What a step did.
enum Step {
    /// Go on at this token.
    At(usize),
    /// The phrase ends here.
    Stop,
    /// The phrase ends before this token, past the current one.
    StopAt(usize),
    /// Not this step's kind of word.
    Pass,
}

/// Parses the noun phrase that starts at `i` (stopping at `end`, a comma or a quotation).
pub fn parse_np(
    block: &str,
    toks: &[Tok],
    mut i: usize,
    end: usize,
    known: &dyn Known,
) -> Option<Np> {
    while i < end
        && toks[i].is_word()
        && (lexicon::is_adverb(&toks[i].lower)
            || matches!(toks[i].lower.as_str(), "et" | "mais" | "puis" | "ou"))
    {
        i += 1;
    }
    if i >= end {
        return None;
    }
    let t = &toks[i];
    let mut np = Np {
        end: i + 1,
        ..Np::default()
    };
    // "écrit La Vigie normande": a title, article included.
    if let Some(e) = names::title_at(toks, i, end) {
        np.det = Some(Det::Definite);
        np.body = Some(names::surface(block, toks, i, e));
        np.head_start = i;
        np.end = e;
        return Some(np);
    }
    if let Some(p) = pronoun(&t.lower).filter(|_| t.is_word()) {
        // "certains" may open a longer phrase ("certains analystes").
        let opens_phrase = matches!(t.lower.as_str(), "certains" | "certaines")
            && toks
                .get(i + 1)
                .is_some_and(|n| n.is_word() && !n.cap && i + 1 < end);
        if !opens_phrase {
            np.pronoun = Some(p);
            return Some(np);
        }
    }
    let mut j = i;
    if t.is_word() {
        if let Some((det, g, plural)) = lexicon::determiner(&t.lower) {
            np.det = Some(det);
            np.gender = Some(g);
            np.plural = plural;
            j += 1;
            // "une centaine de", "quelques dizaines de": a quantity, plural and indefinite.
            if j + 1 < end
                && toks[j].lower.ends_with("aine")
                && matches!(toks[j + 1].lower.as_str(), "de" | "d'")
            {
                np.plural = true;
                np.det = Some(Det::Indefinite);
                j += 2;
            }
        }
    }
    np.head_start = j;
    let p = Parser {
        block,
        toks,
        end,
        known,
        np,
        first: i,
        head_seen: false,
        in_complement: false,
        first_complement: false,
        complements: 0,
    };
    p.run(j)
}

impl Parser<'_> {
    fn run(mut self, mut j: usize) -> Option<Np> {
        let steps: [fn(&mut Self, usize) -> Step; 11] = [
            Self::quoted,
            Self::punctuation,
            Self::clause_end,
            Self::age,
            Self::preposition,
            Self::complement_determiner,
            Self::honorific,
            Self::title,
            Self::name_run,
            Self::acronym,
            Self::word,
        ];
        'tokens: while j < self.end {
            for step in steps {
                match step(&mut self, j) {
                    Step::At(next) => {
                        j = next;
                        continue 'tokens;
                    }
                    Step::Stop => break 'tokens,
                    Step::StopAt(end) => {
                        j = end;
                        break 'tokens;
                    }
                    Step::Pass => {}
                }
            }
            j += 1;
        }
        let mut np = self.np;
        np.end = j;
        let empty = np.det.is_none()
            && np.name.is_none()
            && np.body.is_none()
            && np.role.is_none()
            && np.thing.is_none();
        (!empty).then_some(np)
    }

    /// A quoted span: a quoted name is the phrase's body ("la revue «Cadrages»"); a quotation
    /// ends the phrase.
    fn quoted(&mut self, j: usize) -> Step {
        let Some(q) = self.toks[j].quote() else {
            return Step::Pass;
        };
        let Some(name) = self.known.naming(q) else {
            return Step::Stop;
        };
        let after_naming = j > 0 && lexicon::is_naming_participle(&self.toks[j - 1].lower);
        if !name.is_empty()
            && self.np.name.is_none()
            && self.np.body.is_none()
            && (!self.in_complement || after_naming)
        {
            self.np.body = Some(name);
            self.head_seen = true;
        }
        Step::At(j + 1)
    }

    /// Punctuation ends the phrase, but the period of "M." and the "&" of a company's name.
    fn punctuation(&mut self, j: usize) -> Step {
        let t = &self.toks[j];
        if t.is_word() {
            return Step::Pass;
        }
        let honorific_period =
            t.is_punct(".") && j > 0 && lexicon::honorific(&self.toks[j - 1].lower).is_some();
        if honorific_period || t.is_punct("&") {
            Step::At(j + 1)
        } else {
            Step::Stop
        }
    }

    /// "et" between two referents, a relative pronoun, a verb: the phrase is over.
    fn clause_end(&mut self, j: usize) -> Step {
        let t = &self.toks[j];
        let w = t.lower.as_str();
        let np = &mut self.np;
        if w == "et"
            && (np.name.is_some() || np.body.is_some() || self.head_seen)
            && !self.in_complement
        {
            // "Moscou et Washington": more than one referent.
            let next = self.toks.get(j + 1);
            if next
                .is_some_and(|n| n.is_word() && (n.cap || lexicon::determiner(&n.lower).is_some()))
            {
                np.coordinated = true;
            }
            return Step::Stop;
        }
        if matches!(
            w,
            "qui" | "que" | "qu'" | "dont" | "où" | "lequel" | "laquelle"
        ) {
            return Step::Stop;
        }
        if !t.cap && self.head_seen {
            let verb =
                lexicon::speech_verb(w).is_some_and(|v| v.form != lexicon::Form::PastParticiple);
            let clitic = lexicon::is_clitic(w) && lexicon::determiner(w).is_none() && w != "en";
            if verb || lexicon::is_auxiliary(w) || clitic || self.verb_with_object(j) {
                return Step::Stop;
            }
        }
        Step::Pass
    }

    /// "La Cour des comptes publie lundi un rapport", "le collectif compte une centaine de
    /// membres": a lowercase word that is no adjective, not right after a preposition, and
    /// followed by an article or a day is the sentence's verb, not the phrase's.
    fn verb_with_object(&self, j: usize) -> bool {
        let toks = self.toks;
        let w = toks[j].lower.as_str();
        let Some(next) = toks.get(j + 1).filter(|n| j + 1 < self.end && n.is_word()) else {
            return false;
        };
        let object = matches!(
            next.lower.as_str(),
            "le" | "la" | "les" | "l'" | "un" | "une"
        ) || lexicon::is_time_word(&next.lower);
        let after_preposition = j > self.first && {
            let p = toks[j - 1].lower.as_str();
            lexicon::is_preposition(p) || lexicon::determiner(p).is_some()
        };
        const ADJECTIVE: [&str; 24] = [
            "al", "ale", "aux", "ales", "el", "elle", "ique", "iques", "ien", "ienne", "ais",
            "aise", "ois", "oise", "ain", "aine", "if", "ive", "aire", "é", "ée", "eur", "ère",
            "ier",
        ];
        object
            && !after_preposition
            && !lexicon::is_preposition(w)
            && !lexicon::is_adverb(w)
            && lexicon::determiner(w).is_none()
            && lexicon::role(w).is_none()
            && !ADJECTIVE.iter().any(|e| w.ends_with(e))
            && w.chars().count() > 2
    }

    /// "le joueur de 24 ans": an age closes the phrase.
    fn age(&mut self, j: usize) -> Step {
        let toks = self.toks;
        let is_age = matches!(toks[j].lower.as_str(), "de" | "d'")
            && toks
                .get(j + 1)
                .is_some_and(|n| n.lower.chars().all(|c| c.is_ascii_digit()))
            && toks.get(j + 2).is_some_and(|n| n.is("ans"));
        if is_age {
            return Step::StopAt(j + 3);
        }
        Step::Pass
    }

    /// A preposition opens a complement ("du Kremlin", "de la Défense"), or, after the head,
    /// an adverbial that ends the phrase ("lors d'une rencontre", "devant la presse").
    fn preposition(&mut self, j: usize) -> Step {
        let t = &self.toks[j];
        let w = t.lower.as_str();
        if !lexicon::is_preposition(w) || t.cap {
            return Step::Pass;
        }
        if self.head_seen
            && !matches!(
                w,
                "de" | "du" | "des" | "d'" | "à" | "au" | "aux" | "en" | "chargé"
            )
        {
            return Step::Stop;
        }
        self.in_complement = true;
        self.complements += 1;
        self.first_complement = self.complements == 1;
        if w == "des" && self.first_complement {
            self.np.indefinite_complement = false;
        }
        self.keep_word(w);
        Step::At(j + 1)
    }

    /// A determiner inside a complement: "d'une banque" makes the complement indefinite.
    fn complement_determiner(&mut self, j: usize) -> Step {
        let w = self.toks[j].lower.as_str();
        if !self.in_complement {
            self.first_complement = false;
            return Step::Pass;
        }
        let Some((det, _, _)) = lexicon::determiner(w) else {
            self.first_complement = false;
            return Step::Pass;
        };
        if self.first_complement && det == Det::Indefinite {
            self.np.indefinite_complement = true;
        }
        Step::At(j + 1)
    }

    /// "M. Peskov", "Mme Fonoti", "Sir Keir Starmer".
    fn honorific(&mut self, j: usize) -> Step {
        let t = &self.toks[j];
        let Some(g) = lexicon::honorific(&t.lower).filter(|_| t.cap) else {
            return Step::Pass;
        };
        let mut k = j + 1;
        if k < self.end && self.toks[k].is_punct(".") {
            k += 1;
        }
        let Some(e) = run_at(self.toks, k, self.end) else {
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
    fn title(&mut self, j: usize) -> Step {
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
    fn name_run(&mut self, j: usize) -> Step {
        let toks = self.toks;
        let Some(e) = run_at(toks, j, self.end) else {
            return Step::Pass;
        };
        let w = toks[j].lower.as_str();
        let first_name = lexicon::first_name(w).is_some();
        // "le ministre des Affaires étrangères Sergueï Lavrov": a full name after the
        // complement, not right after its preposition, is the phrase's own name.
        let after_complement = self.in_complement
            && self.np.name.is_none()
            && j > self.first
            && !lexicon::is_preposition(&toks[j - 1].lower)
            && lexicon::determiner(&toks[j - 1].lower).is_none()
            && (e - j >= 2 || first_name || self.known.is_person(&toks[j].lower));
        if self.in_complement && !after_complement {
            return self.complement_run(j, e);
        }
        if after_complement {
            self.in_complement = false;
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
        if after_det && e - j >= 2 && !first_name && lexicon::looks_like_demonym(w) {
            self.np.gender = Some(demonym_gender(w, self.np.gender));
            start = j + 1;
            self.head_seen = true;
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
        let common = j == self.first
            && e == j + 1
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
        if np.name.is_none()
            && np.body.is_none()
            && np.thing.is_some()
            && np.role.is_none()
            && !person
        {
            // "le collectif Exigence Lycée": the organisation's name, not a person's; one
            // capitalised word ("l'association Halles vivantes") is too little to name it.
            // A medium's name is often one word ("l'agence Nordpress").
            if e - start >= 2 || np.thing.as_deref().is_some_and(lexicon::is_medium) {
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
    fn acronym(&mut self, j: usize) -> Step {
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
    fn word(&mut self, j: usize) -> Step {
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
    fn keep_word(&mut self, w: &str) {
        if self.np.words.len() < 12 {
            self.np.words.push(w.to_owned());
        }
    }
}

/// Where a person's name starts inside a run of capitalised words that is not one name as a
/// whole ("Météo-France Cécile Aubron" → at "Cécile"): at a first name, or where the rest is a
/// known person's name.
pub fn person_within(
    block: &str,
    toks: &[Tok],
    j: usize,
    e: usize,
    known: &dyn Known,
) -> Option<usize> {
    if e - j < 2
        || lexicon::first_name(&toks[j].lower).is_some()
        || known.is_person(&surface(block, toks, j, e))
    {
        return None;
    }
    (j + 1..e).find(|&p| {
        lexicon::first_name(&toks[p].lower).is_some()
            || known.is_person(&surface(block, toks, p, e))
    })
}

fn next_is_noun(toks: &[Tok], j: usize, end: usize) -> bool {
    j < end && toks[j].is_word() && !toks[j].cap && lexicon::role(&toks[j].lower).is_some()
        || j < end && toks[j].is_capitalised() && toks[j].lower == "premier"
        || (j < end && toks[j].is_word() && toks[j].lower == "ministre")
}

pub fn demonym_gender(w: &str, det: Option<Gender>) -> Gender {
    match det {
        Some(g) if g != Gender::U => g,
        _ if w.ends_with('e') => Gender::F,
        _ => Gender::M,
    }
}
