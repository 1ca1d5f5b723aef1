//! Noun phrases that may refer to a speaker: "le porte-parole du Kremlin, Dmitri Peskov",
//! "M. Lavrov", "la Suédoise Ebba Lindqvist", "un jeune céréalier", "le ministère borovien de la
//! Défense", "il".
//!
//! [`parse_np`] reads one phrase, word by word: leading adverbs, a pronoun, a determiner, then
//! the head and its complements — each kind of word has its own step.

mod heads;

use super::lexicon::{self, Det, Gender};
use super::names::{self, surface, Name};
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
    /// je, j', moi, nous: outside quotation marks, the interviewee of a question-and-answer
    /// interview; nobody otherwise.
    First,
    /// vous: outside quotation marks, in an interview's questions, the interviewee ("Vous
    /// parlez d'un «…»"); nobody otherwise.
    Addressee,
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

    /// One body named as such, as a speaker is: "la CFDT", "l'OTAN", "la mairie de Lyon", "le
    /// syndicat Force ouvrière" (not "une agence", not "les syndicats").
    pub fn is_one_body(&self) -> bool {
        if self.pronoun.is_some() || self.det == Some(Det::Indefinite) || self.coordinated {
            return false;
        }
        self.body.as_ref().is_some_and(|b| !b.is_empty())
            || self.det == Some(Det::Definite)
                && !self.plural
                && self.thing.as_deref().is_some_and(lexicon::is_body_noun)
    }

    /// Whether the phrase can be a clause's speaking subject: a name, a role, a body's name, or
    /// one body named by its noun ("la direction", "le syndicat").
    pub fn names_someone(&self) -> bool {
        self.name.is_some()
            || self.role.is_some()
            || self.body.is_some()
            || self.det == Some(Det::Definite)
                && !self.plural
                && self.thing.as_deref().is_some_and(lexicon::is_body_noun)
    }

    /// "le journal", "le quotidien régional": a newspaper named by its noun, standing for the
    /// title the dispatch named (not "l'agence", which reports others' words).
    pub fn is_newspaper_noun(&self) -> bool {
        self.det == Some(Det::Definite)
            && !self.plural
            && self.name.is_none()
            && self.pronoun.is_none()
            && self
                .thing
                .as_deref()
                .is_some_and(|t| lexicon::is_medium(t) && t != "agence")
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
        | "certaines" | "d'autres" | "personne" => Pron::Vague,
        "vous" => Pron::Addressee,
        "qui" => Pron::Relative,
        // "Nous avons dit aux Américains : «…»" in an interview's answer: the interviewee
        // speaking for their side.
        "je" | "j'" | "moi" | "moi-même" | "nous" => Pron::First,
        "celui-ci" | "celle-ci" | "celui-là" | "celle-là" => Pron::Demonstrative,
        // "Celui qui fut Premier ministre a assuré …": see `resolve_demonstrative`.
        "celui" | "celle" => Pron::Demonstrative,
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
    // "Le Pen a estimé": the particle of a surname is no article.
    if t.is_word() && !t.name_word {
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

/// Whether a time adverbial relative to the moment told opens at `j`: "un peu plus tard",
/// "peu après", "plus tôt", "bien avant", "une heure plus tard", "deux jours après".
fn time_adverbial_at(toks: &[Tok], mut j: usize, end: usize) -> bool {
    let is = |j: usize, w: &str| j < end && toks[j].is(w);
    // "une heure plus tard", "quelques minutes après", "48 heures plus tôt": a duration
    // before the adverb.
    let count = j < end
        && toks[j].is_word()
        && (matches!(
            toks[j].lower.as_str(),
            "un" | "une"
                | "deux"
                | "trois"
                | "quatre"
                | "cinq"
                | "six"
                | "dix"
                | "quelques"
                | "plusieurs"
        ) || toks[j].lower.chars().all(|c| c.is_ascii_digit()));
    let unit = |j: usize| {
        j < end
            && matches!(
                toks[j].lower.as_str(),
                "seconde"
                    | "secondes"
                    | "minute"
                    | "minutes"
                    | "heure"
                    | "heures"
                    | "jour"
                    | "jours"
                    | "semaine"
                    | "semaines"
                    | "mois"
                    | "an"
                    | "ans"
                    | "année"
                    | "années"
            )
    };
    if count && unit(j + 1) {
        let after = j + 2;
        if is(after, "après") || is(after, "avant") || is(after, "auparavant") {
            return toks
                .get(after + 1)
                .filter(|_| after + 1 < end)
                .is_none_or(|n| !n.is_word() || lexicon::is_preposition(&n.lower));
        }
        if is(after, "plus") {
            j = after;
        }
    } else if is(j, "un") && is(j + 1, "peu") {
        j += 1;
    }
    let degree = is(j, "peu") || is(j, "bien") || is(j, "beaucoup");
    if degree {
        j += 1;
    }
    let more = is(j, "plus");
    if more {
        j += 1;
    }
    let when = if more {
        is(j, "tard") || is(j, "tôt")
    } else {
        degree && (is(j, "après") || is(j, "avant"))
    };
    // Closes its adverbial: the sentence's end, a comma, a preposition.
    when && toks
        .get(j + 1)
        .filter(|_| j + 1 < end)
        .is_none_or(|n| !n.is_word() || lexicon::is_preposition(&n.lower))
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
        // "le compte «Global Affairs» de Varnex": an account's name is no one's; its holder
        // follows.
        let account = self.np.thing.as_deref().is_some_and(lexicon::is_channel);
        if !name.is_empty()
            && !account
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
        } else if self.head_seen && j + 3 <= self.end && acronym_in_parentheses(self.toks, j) {
            // "l'Union des transporteurs routiers (UTR) a dénoncé": the acronym goes with the
            // name (its label leaves it out).
            Step::At(j + 3)
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
        // "Et la préfecture d'ajouter": a speech verb's infinitive after "de" is the
        // narration's verb, no complement of the phrase.
        if matches!(w, "de" | "d'")
            && (self.np.name.is_some() || self.head_seen)
            && self.toks.get(j + 1).is_some_and(|n| {
                j + 1 < self.end
                    && n.is_word()
                    && !n.cap
                    && lexicon::speech_verb(&n.lower)
                        .is_some_and(|v| v.form == lexicon::Form::Infinitive)
            })
        {
            return Step::Stop;
        }
        // "Lumivolt fait état de …", "l'état-major zolanais fait état de …", "Météo-France
        // maintient …": a short verb right after a name or a head, or a speech verb in the
        // present right after a name, ends its phrase.
        if !t.cap
            && (self.np.name.is_some() || self.head_seen)
            && j > self.first
            && (lexicon::is_short_finite_verb(w)
                // "Rail-Unité a déposé un préavis": the auxiliary after a name is its verb's.
                || self.np.name.is_some() && !self.head_seen && lexicon::is_auxiliary(w)
                || self.np.name.is_some()
                    && !self.head_seen
                    && lexicon::speech_verb(w).is_some_and(|v| v.form == lexicon::Form::Finite))
            && {
                let p = self.toks[j - 1].lower.as_str();
                !lexicon::is_preposition(p) && lexicon::determiner(p).is_none()
            }
        {
            return Step::Stop;
        }
        // "Paul Verdier s'est rendu …", "le ministre ne s'est pas exprimé", "X lui a répondu": a
        // clitic after a name or a head is its verb's.
        // (A bare capitalised word alone is left as it was: "Audience se tient …" is no name.)
        let full_name = self
            .np
            .name
            .as_ref()
            .is_some_and(|n| n.cued || n.text.contains(' '));
        if (self.head_seen || full_name)
            && j > self.first
            && !self.in_complement
            && t.is_word()
            && matches!(w, "se" | "s'" | "ne" | "n'" | "lui" | "leur")
        {
            return Step::Stop;
        }
        // "a rétorqué le locataire de la place Beauvau un peu plus tard": a time adverbial
        // after the head ends the phrase.
        if !t.cap
            && (self.head_seen || self.np.name.is_some())
            && j > self.first
            && time_adverbial_at(self.toks, j, self.end)
        {
            return Step::Stop;
        }
        // "Le mouvement social à la SNCF perturbait à nouveau …": a verb in the imperfect or
        // the conditional after the head or a name, not after an article or a preposition.
        if !t.cap
            && (self.head_seen || self.np.name.is_some())
            && j > self.first
            && imperfect_or_conditional(w)
            && {
                let p = self.toks[j - 1].lower.as_str();
                !lexicon::is_preposition(p) && lexicon::determiner(p).is_none()
            }
        {
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
        // "Le centre hospitalier de Guéret fermera ses urgences": a possessive object too.
        let object = matches!(
            next.lower.as_str(),
            "le" | "la" | "les" | "l'" | "un" | "une" | "son" | "sa" | "ses" | "leur" | "leurs"
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
        // "l'Organisation pour la sécurité et la coopération en Europe", "le Haut-Commissariat
        // des Nations unies pour les réfugiés": a named body's "pour" is part of its name.
        let named_for = w == "pour"
            && (!self.in_complement || self.np.proper_complement)
            && self
                .np
                .body
                .as_deref()
                .and_then(|b| b.split(' ').next())
                .is_some_and(|b| lexicon::is_body_noun(&b.to_lowercase()))
            && self.toks.get(j + 1).is_some_and(|n| {
                j + 1 < self.end && matches!(n.lower.as_str(), "la" | "le" | "l'" | "les")
            });
        // "la mission permanente de la Borovie auprès de l'ONU": what a diplomatic body is
        // accredited to is part of its name.
        let accredited = w == "auprès"
            && self.np.thing.as_deref().is_some_and(|t| {
                matches!(
                    t,
                    "mission" | "délégation" | "ambassade" | "représentation" | "consulat"
                )
            });
        // "l'envoyé spécial pour le Sahel Karim Benali", "le conseiller pour l'Afrique Paul
        // Verdier": a role's remit, when the person's name follows it, is part of the role.
        let remit = w == "pour"
            && self.np.role.is_some()
            && self.np.name.is_none()
            && self.toks.get(j + 1).is_some_and(|n| {
                j + 1 < self.end && matches!(n.lower.as_str(), "la" | "le" | "l'" | "les")
            })
            && {
                let from = j + 2;
                let mut e = from;
                while e < self.end && self.toks[e].is_capitalised() && self.toks[e].name_word {
                    e += 1;
                }
                person_within(self.block, self.toks, from, e, self.known).is_some()
            };
        if self.head_seen
            && !named_for
            && !accredited
            && !remit
            && !matches!(
                w,
                "de" | "du" | "des" | "d'" | "à" | "au" | "aux" | "en" | "chargé"
            )
        {
            return Step::Stop;
        }
        // "a répondu le président français à une question", "a déclaré le ministre aux
        // journalistes": whom the words were said to is the verb's complement, not the role's
        // ("le commissaire à l'Élargissement" keeps its own).
        // "a indiqué la préfecture à l'AFP", "a précisé le groupe au quotidien Le Phare": the
        // medium a body spoke to is no part of its name either.
        if self.head_seen && (w == "à" || w == "aux" || w == "au") {
            let word = |i: usize| {
                self.toks
                    .get(i)
                    .filter(|_| i < self.end)
                    .map_or("", |t| t.lower.as_str())
            };
            let acronym = |i: usize| self.toks.get(i).is_some_and(|t| i < self.end && t.acronym);
            let body = self.np.role.is_none();
            // "le chef de la minorité au Sénat Chuck Schumer": the phrase's own name follows.
            let name_at = |i: usize| {
                self.np.name.is_none()
                    && self
                        .toks
                        .get(i)
                        .is_some_and(|t| i < self.end && t.is_capitalised() && t.name_word)
            };
            let addressee = match (w, word(j + 1)) {
                ("à", "un" | "une" | "des" | "quelques" | "plusieurs") => true,
                // "a fait savoir le ministère à notre rédaction", "a confié le maire à nos
                // confrères": the paper telling the story is whom the words were said to.
                ("à", "notre" | "nos") => true,
                ("à", "l'") if body && acronym(j + 2) => true,
                ("à", "la" | "l'") if body && lexicon::is_medium(word(j + 2)) => true,
                ("au", next) if body && lexicon::is_medium(next) => true,
                // "a lancé la députée à la tribune", "a déclaré le ministre à l'Assemblée":
                // where a person said it.
                ("à", "la" | "l'") if !body && matches!(word(j + 2), "tribune" | "assemblée") => {
                    !name_at(j + 3)
                }
                // "à l'issue d'un entretien", "à la fin de la réunion": when it was said.
                ("à", "la" | "l'") => matches!(
                    word(j + 2),
                    "presse"
                        | "télévision"
                        | "radio"
                        | "issue"
                        | "occasion"
                        | "ouverture"
                        | "sortie"
                        | "suite"
                        | "fin"
                        | "veille"
                ),
                // "aux côtés de son homologue", "à côté du ministre": whom the speaker stood
                // with.
                ("aux", next) => matches!(
                    next,
                    "journalistes" | "députés" | "sénateurs" | "élus" | "côtés"
                ),
                ("à", "côté") => true,
                // "a prévenu le Dalmorien à Bravik": an epithet of nationality has no
                // complement; where the words were said follows it.
                ("à", _) => self.np.role == Some("habitant") && self.np.name.is_none(),
                // "a déclaré le ministre au Sénat", "a lancé la députée à la tribune": where a
                // person said it ("le groupe LR au Sénat" keeps its own).
                ("au", "sénat" | "palais-bourbon") if !body => !name_at(j + 2),
                // "au terme de la réunion", "au lendemain du vote": when it was said.
                ("au", next) => matches!(
                    next,
                    "terme" | "cours" | "lendemain" | "sortir" | "début" | "moment" | "micro"
                ),
                _ => false,
            };
            if addressee {
                return Step::Stop;
            }
        }
        // "a résumé le médiateur en quittant l'hôtel": a gerund says how or when, and is no
        // complement of the noun.
        if self.head_seen
            && w == "en"
            && self.toks.get(j + 1).is_some_and(|n| {
                j + 1 < self.end
                    && n.is_word()
                    && !n.cap
                    && n.lower.ends_with("ant")
                    && n.lower.chars().count() > 4
            })
        {
            return Step::Stop;
        }
        // "a affirmé le président en présence du chancelier": whom the speaker stood with.
        // "a balayé l'Italien en retour", "a répondu la ministre en conclusion": how the words
        // came, not the speaker's.
        if self.head_seen
            && w == "en"
            && self.toks.get(j + 1).is_some_and(|n| {
                j + 1 < self.end
                    && matches!(
                        n.lower.as_str(),
                        "présence" | "retour" | "réponse" | "conclusion" | "substance" | "aparté"
                    )
            })
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
}

/// Whether tokens `j..j + 3` are an acronym in parentheses: "(UTR)", "(Cnil)".
pub fn acronym_in_parentheses(toks: &[Tok], j: usize) -> bool {
    toks.get(j).is_some_and(|t| t.is_punct("("))
        && toks
            .get(j + 1)
            .is_some_and(|t| t.acronym || t.is_capitalised() && t.name_word)
        && toks.get(j + 2).is_some_and(|t| t.is_punct(")"))
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

/// A word with the ending of a verb in the imperfect or the conditional ("perturbait",
/// "devraient"), but the nouns and adjectives that end so ("le retrait", "satisfait").
fn imperfect_or_conditional(w: &str) -> bool {
    const NOT_VERBS: [&str; 22] = [
        "fait",
        "lait",
        "trait",
        "attrait",
        "extrait",
        "retrait",
        "portrait",
        "souhait",
        "forfait",
        "bienfait",
        "méfait",
        "parfait",
        "imparfait",
        "satisfait",
        "insatisfait",
        "abstrait",
        "distrait",
        "stupéfait",
        "surfait",
        "refait",
        "défait",
        "contrefait",
    ];
    w.chars().count() >= 5
        && (w.ends_with("aient") || w.ends_with("ait") && !NOT_VERBS.contains(&w))
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
