//! Bodies that speak as such, and the one label each gets: "le Kremlin" → "Kremlin", "la
//! diplomatie russe" → "ministère russe des Affaires étrangères", "Moscou" or "la Russie"
//! speaking as a state → "gouvernement russe", the French presidency's voice ("Paris",
//! "l'entourage du chef de l'État") → "Élysée", "le ministère borovien de la Défense" → itself
//! without its article, an acronym → the name the dispatch spelt out for it.
//!
//! What a dispatch teaches about its places, adjectives and acronyms is gathered before
//! attribution ([`Facts`]).

use std::collections::HashMap;

use super::lexicon::{self, Det};
use super::names::{self, Name};
use super::np::Np;
use super::speakers::Discourse;
use super::tokens::{Sentence, Tok};
use crate::text::fold::fold;

/// What a dispatch says of its places and bodies, read before attribution.
#[derive(Debug, Default)]
pub struct Facts {
    /// Folded capitalised words the dispatch uses as places ("à Zolgrad", "en Borovie").
    places: lexicon::HashSet<String>,
    /// Folded adjectives of nationality the dispatch uses ("borovienne" → "borovien").
    adjectives: Vec<String>,
    /// Acronym → the name it stands for ("UTR" → "Union des transporteurs routiers").
    acronyms: HashMap<String, String>,
    /// Bodies named in full with a capital ("l'Agence internationale de sûreté nucléaire", "le
    /// Groupe des pays vulnérables"), for the short reference that follows ("l'agence").
    named_bodies: Vec<String>,
}

/// Fixed labels of bodies named by a proper noun (folded → label).
const FIXED: [(&str, &str); 16] = [
    ("kremlin", "Kremlin"),
    ("elysee", "Élysée"),
    ("l'elysee", "Élysée"),
    ("maison blanche", "Maison Blanche"),
    ("maison-blanche", "Maison Blanche"),
    ("downing street", "Downing Street"),
    ("matignon", "Matignon"),
    ("quai d'orsay", "ministère français des Affaires étrangères"),
    ("pentagone", "Pentagone"),
    ("otan", "OTAN"),
    ("onu", "ONU"),
    ("nations unies", "ONU"),
    ("departement d'etat", "département d'État"),
    ("bundestag", "Bundestag"),
    ("commission", "Commission européenne"),
    ("commission europeenne", "Commission européenne"),
];

fn fixed(folded: &str) -> Option<&'static str> {
    FIXED.iter().find(|(f, _)| *f == folded).map(|(_, l)| *l)
}

/// Endings of adjectives of nationality, folded.
const ADJECTIVE_ENDINGS: [&str; 12] = [
    "ien", "ienne", "ais", "aise", "ois", "oise", "ain", "aine", "ene", "an", "ane", "ique",
];

impl Facts {
    /// Reads one sentence's places, adjectives and acronyms.
    pub fn read(&mut self, block: &str, toks: &[Tok], range: &std::ops::Range<usize>) {
        for k in range.clone() {
            let t = &toks[k];
            if !t.is_word() {
                continue;
            }
            if t.cap && !t.acronym && k > range.start {
                let p = &toks[k - 1];
                let locative = p.is_word()
                    && matches!(p.lower.as_str(), "à" | "en" | "vers" | "depuis")
                    && !(k >= range.start + 2
                        && lexicon::speech_verb(&toks[k - 2].lower).is_some());
                if locative && toks.get(k + 1).is_none_or(|n| !n.is_capitalised()) {
                    self.places.insert(fold(&t.lower));
                }
            }
            if !t.cap {
                let mut f = fold(&t.lower);
                // "valdoriennes" → "valdorienne".
                if f.ends_with('s')
                    && ADJECTIVE_ENDINGS
                        .iter()
                        .any(|e| f[..f.len() - 1].ends_with(e))
                {
                    f.pop();
                }
                if f.len() > 5
                    && ADJECTIVE_ENDINGS.iter().any(|e| f.ends_with(e))
                    && !self.adjectives.contains(&f)
                {
                    self.adjectives.push(f);
                }
            }
            if t.cap && !t.acronym && k > range.start && lexicon::is_body_noun(&t.lower) {
                if let Some(name) = body_name(block, toks, k, range.end) {
                    if !self.named_bodies.contains(&name) {
                        self.named_bodies.push(name);
                    }
                }
            }
            // "l'Union des transporteurs routiers (UTR)": the name starts at the farthest
            // capitalised word with the acronym's initial, a few words back.
            if t.acronym && k >= range.start + 2 && toks[k - 1].is_punct("(") {
                let initial = fold(&t.lower).chars().next();
                let mut first = None;
                let mut b = k - 1;
                while b > range.start && b + 10 > k && toks[b - 1].is_word() {
                    b -= 1;
                    if toks[b].cap && fold(&toks[b].lower).chars().next() == initial {
                        first = Some(b);
                    }
                }
                if let Some(first) = first {
                    let expansion = names::surface(block, toks, first, k - 1);
                    self.acronyms
                        .entry(block[t.start..t.end].to_owned())
                        .or_insert(expansion);
                }
            }
        }
    }

    /// The one body the dispatch names in full with this head noun ("agence" → "Agence
    /// internationale de sûreté nucléaire"), if only one.
    fn named_body(&self, head: &str) -> Option<&str> {
        let head = fold(head);
        let mut found = self
            .named_bodies
            .iter()
            .chain(self.acronyms.values())
            .filter(|b| b.split_whitespace().next().is_some_and(|w| fold(w) == head));
        let first = found.next()?;
        found.all(|b| b == first).then_some(first.as_str())
    }

    /// Whether a capitalised word is one of the dispatch's places.
    pub fn is_place(&self, folded: &str) -> bool {
        self.places.contains(folded)
    }

    /// The dispatch's adjective for a place ("Borovsk", "Borovie" → "borovien"), by their
    /// shared beginning.
    fn adjective_for(&self, place: &str) -> Option<String> {
        let place = fold(place);
        self.adjectives
            .iter()
            .filter(|a| {
                let common = a
                    .chars()
                    .zip(place.chars())
                    .take_while(|(x, y)| x == y)
                    .count();
                common >= 5 || (common >= 4 && place.chars().count() <= 6)
            })
            .map(|a| masculine(a))
            .next()
    }
}

/// "Groupe des pays vulnérables" at token `k`, a capitalised body noun after a determiner:
/// the noun and what follows it up to punctuation or a verb, when it says more than the noun.
fn body_name(block: &str, toks: &[Tok], k: usize, end: usize) -> Option<String> {
    let before = &toks[k - 1];
    if !(before.is_word()
        && (lexicon::determiner(&before.lower).is_some()
            || matches!(before.lower.as_str(), "du" | "des" | "de" | "d'")))
    {
        return None;
    }
    let mut e = k + 1;
    while e < end && e < k + 8 {
        let t = &toks[e];
        if !t.is_word()
            || lexicon::is_auxiliary(&t.lower)
            || lexicon::speech_verb(&t.lower).is_some()
            || matches!(
                t.lower.as_str(),
                "qui" | "que" | "et" | "a" | "est" | "ont" | "sont"
            )
        {
            break;
        }
        e += 1;
    }
    // Not a trailing particle ("… de").
    while e > k + 1 && names::is_particle_tok(&toks[e - 1]) {
        e -= 1;
    }
    (e > k + 1).then(|| names::surface(block, toks, k, e))
}

fn masculine(a: &str) -> String {
    for (f, m) in [
        ("ienne", "ien"),
        ("aise", "ais"),
        ("oise", "ois"),
        ("aine", "ain"),
        ("ane", "an"),
    ] {
        if let Some(stem) = a.strip_suffix(f) {
            return format!("{stem}{m}");
        }
    }
    a.to_owned()
}

/// Whether a name is a place speaking as a state: a country or capital of the lexicon, or a
/// word the dispatch uses as a place, that no one presents as a person.
pub fn is_place(name: &Name, d: &Discourse) -> bool {
    if name.cued {
        return false;
    }
    let folded = fold(&name.text).replace(' ', "-");
    if fixed(&folded).is_some() {
        return false;
    }
    lexicon::place_adjective(&folded).is_some()
        || (!name.text.contains(' ') && d.facts().is_place(&folded) && !d.is_person(&name.text))
}

/// The label of a place speaking as a state: "Élysée" for Paris and France, else "gouvernement"
/// and the place's adjective.
pub fn place_label(d: &Discourse, place: &str) -> Option<String> {
    let folded = fold(place).replace(' ', "-");
    if matches!(folded.as_str(), "paris" | "france") {
        return Some("Élysée".to_owned());
    }
    let adjective = lexicon::place_adjective(&folded)
        .map(str::to_owned)
        .or_else(|| d.facts().adjective_for(&folded))?;
    Some(format!("gouvernement {adjective}"))
}

/// The body a document's complement names: "gouvernement ruthène", "l'OTAN", "Borovie"
/// speaking as a state.
pub fn complement_label(d: &Discourse, text: &str) -> Option<String> {
    let folded = fold(text);
    if let Some(l) = fixed(&folded) {
        return Some(l.to_owned());
    }
    let first = folded.split_whitespace().next()?;
    if lexicon::is_body_noun(first) && folded.contains(' ') {
        return Some(text.to_owned());
    }
    if let Some(expansion) = d.facts().acronyms.get(text) {
        return Some(expansion.clone());
    }
    if !text.contains(' ') && text.starts_with(char::is_uppercase) {
        if text.chars().all(|c| c.is_uppercase()) {
            return Some(text.to_owned());
        }
        return place_label(d, text);
    }
    None
}

/// The label of a body a noun phrase names, if it names one.
pub fn label(s: Sentence, np: &Np, d: &Discourse) -> Option<String> {
    if np.pronoun.is_some() {
        return None;
    }
    if let Some(body) = np.body.as_deref().filter(|b| !b.is_empty()) {
        let folded = fold(body);
        // "l'Alliance européenne de l'acier", "le Parlement européen": a body noun with its
        // adjectives and complements.
        if lexicon::is_body_noun(&folded) {
            let whole = surface_label(s, np);
            if fold(&whole) != folded {
                return Some(whole);
            }
        }
        if let Some(l) = fixed(&folded) {
            return Some(l.to_owned());
        }
        if let Some(expansion) = d.facts().acronyms.get(body) {
            return Some(expansion.clone());
        }
        if lexicon::place_adjective(&folded.replace(' ', "-")).is_some() {
            return place_label(d, body);
        }
        // "la Valdorie a dénoncé": a country with its article, whose adjective the dispatch
        // uses, speaks as a state.
        if np.det == Some(Det::Definite)
            && !body.contains(' ')
            && !body.chars().all(char::is_uppercase)
        {
            if let Some(label) = place_label(d, body) {
                return Some(label);
            }
        }
        return Some(body.to_owned());
    }
    if np.det == Some(Det::Indefinite) {
        return None;
    }
    let thing = np.thing.as_deref()?;
    let words: Vec<String> = np.words.iter().map(|w| fold(w)).collect();
    let after = |w: &str| words.iter().position(|x| x == w).map(|i| &words[i + 1..]);
    match thing {
        // "la diplomatie russe" → its ministry.
        "diplomatie" => {
            let adjective = after("diplomatie")?.first()?.clone();
            if !lexicon::is_adjective_of_nationality(&adjective) {
                return None;
            }
            if adjective == "francaise" || adjective == "francais" {
                return Some("ministère français des Affaires étrangères".to_owned());
            }
            Some(format!(
                "ministère {} des Affaires étrangères",
                masculine(&adjective)
            ))
        }
        // The French presidency's voice.
        "entourage" | "conseillers" | "présidence" | "presidence" => {
            let rest = after(&fold(thing))?;
            let french = rest.iter().any(|w| {
                matches!(
                    w.as_str(),
                    "francaise" | "francais" | "macron" | "elysee" | "republique"
                )
            }) || (rest.iter().any(|w| w == "etat" || w == "president")
                && !rest.iter().any(|w| lexicon::is_adjective_of_nationality(w)));
            if french {
                return Some("Élysée".to_owned());
            }
            (thing != "entourage" && thing != "conseillers").then(|| surface_label(s, np))
        }
        _ if lexicon::is_body_noun(thing) && !np.plural => {
            if words.len() > 1 {
                return Some(surface_label(s, np));
            }
            // A bare "l'agence", "le groupe": the one body of that kind the dispatch named.
            (np.det == Some(Det::Definite))
                .then(|| d.facts().named_body(thing).map(str::to_owned))
                .flatten()
        }
        _ => None,
    }
}

/// The phrase's words after its determiner, up to its end: "ministère borovien de la Défense".
fn surface_label(s: Sentence, np: &Np) -> String {
    let mut end = np.end.min(s.range.end);
    // Not the trailing adverbials or punctuation a phrase may have taken.
    while end > np.head_start && !s.toks[end - 1].is_word() {
        end -= 1;
    }
    nationality_first(&names::surface(s.block, s.toks, np.head_start, end))
}

/// "ministère de la Défense sorgalais" → "ministère sorgalais de la Défense": a ministry's
/// nationality stands right after its head noun, as in its usual label.
fn nationality_first(label: &str) -> String {
    let words: Vec<&str> = label.split(' ').collect();
    let [head, second, .., last] = words.as_slice() else {
        return label.to_owned();
    };
    let complement =
        matches!(fold(second).as_str(), "de" | "du" | "des") || second.starts_with("d'");
    let ministry = matches!(fold(head).as_str(), "ministere" | "secretariat");
    if !(ministry
        && complement
        && !last.starts_with(char::is_uppercase)
        && lexicon::is_adjective_of_nationality(&fold(last)))
    {
        return label.to_owned();
    }
    let middle = &words[1..words.len() - 1];
    format!("{head} {last} {}", middle.join(" "))
}
