//! Names and the noun phrases that refer to people: "le porte-parole du Kremlin, Dmitri Peskov",
//! "M. Lavrov", "la Suédoise Ebba Lindqvist", "un jeune céréalier", "il".
//!
//! The [`Registry`] holds a dispatch's full names, their gender and roles, so that "Peskov",
//! "M. Peskov" and "le porte-parole du Kremlin" can become "Dmitri Peskov".

use super::lexicon::{self, Det, Gender};
use super::tokens::Tok;
use crate::text::fold::fold;

/// Function words never taken for a name even when capitalised ("Le", "Selon", "Mais").
pub fn is_function_word(w: &str) -> bool {
    static SET: std::sync::OnceLock<lexicon::HashSet<String>> = std::sync::OnceLock::new();
    SET.get_or_init(|| {
        lexicon::function_words()
            .chain(
                "ce c' ceci cela celui-ci celle-ci qui quoi tout tous toute toutes aucun aucune \
                 chaque chacun chacune autre autres voici voilà oui non"
                    .split_whitespace(),
            )
            .map(str::to_owned)
            .collect()
    })
    .contains(w)
        || lexicon::determiner(w).is_some()
}

/// Sets the name flags of capitalised tokens, once: the rules test them again and again.
pub fn mark(toks: &mut [Tok]) {
    for t in toks
        .iter_mut()
        .filter(|t| t.is_word() && (t.cap || t.acronym))
    {
        t.name_word = (t.is_capitalised() || t.acronym)
            && !is_function_word(&t.lower)
            && lexicon::honorific(&t.lower).is_none()
            && !lexicon::is_number_word(&t.lower);
        // "Premier ministre", "Urgentiste depuis …": a title, not a name.
        t.title = t.name_word
            && (lexicon::role(&t.lower).is_some() || lexicon::is_pre_adjective(&t.lower));
    }
}

/// A word that can be part of a name.
fn name_word(t: &Tok) -> bool {
    t.name_word
}

fn title_word(t: &Tok) -> bool {
    t.title
}

/// The end (exclusive) of the name run starting at `i`, if one starts there: capitalised words
/// and the particles between them ("Ursula von der Leyen", "Erwan Le Floch", "Kim Jong Un").
pub fn run_at(toks: &[Tok], i: usize, end: usize) -> Option<usize> {
    if i >= end || !name_word(&toks[i]) || title_word(&toks[i]) {
        return None;
    }
    if toks[i].acronym || lexicon::is_portfolio(&toks[i].lower) {
        // "OTAN", "BCE", "de l'Agriculture Bastien Roulier": a run of its own.
        return Some(i + 1);
    }
    let mut j = i + 1;
    loop {
        if j < end
            && toks[j].is_capitalised()
            && !matches!(toks[j].lower.as_str(), "selon" | "pour")
        {
            // A capitalised function word continues a run only as a particle ("Le Floch").
            if is_function_word(&toks[j].lower) && !lexicon::is_name_particle(&toks[j].lower) {
                break;
            }
            if is_function_word(&toks[j].lower) && !(j + 1 < end && name_word(&toks[j + 1])) {
                break;
            }
            j += 1;
            continue;
        }
        // Lower-case particles between two capitalised words.
        let mut k = j;
        while k < end
            && toks[k].is_word()
            && !toks[k].cap
            && lexicon::is_name_particle(&toks[k].lower)
        {
            k += 1;
        }
        if k > j
            && k - j <= 2
            && k < end
            && name_word(&toks[k])
            && !matches!(toks[j].lower.as_str(), "de" | "du" | "des" | "d'")
        {
            j = k;
            continue;
        }
        break;
    }
    Some(j)
}

/// A lower-case particle inside a name ("von", "der", "de").
pub fn is_particle_tok(t: &Tok) -> bool {
    t.is_word() && !t.cap && lexicon::is_name_particle(&t.lower)
}

/// The surface text of tokens `range` of a block.
pub fn surface(block: &str, toks: &[Tok], from: usize, to: usize) -> String {
    let mut out = String::new();
    for t in &toks[from..to] {
        if !out.is_empty() && !out.ends_with('\'') && !out.ends_with('’') {
            out.push(' ');
        }
        out.push_str(&block[t.start..t.end]);
    }
    out
}

/// A person's name as found in the text, honorific removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name {
    pub text: String,
    pub gender: Gender,
    /// Preceded by an honorific or a title ("M.", "Mme", "le porte-parole", "la Suédoise").
    pub cued: bool,
}

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
    /// Content words of the phrase, for matching a role against the roles already seen.
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
    /// Token index where the phrase ends (exclusive).
    pub end: usize,
}

impl Np {
    pub fn is_person_like(&self) -> bool {
        self.name.is_some()
            || matches!(self.pronoun, Some(Pron::Personal(_)) | Some(Pron::Relative))
            || (self.role.is_some() && self.body.is_none())
    }
}

/// Parses the noun phrase that starts at `i` (stopping at `end`, a comma or a quotation).
/// `naming(q)` gives the text of quotation `q` when it is a quoted name, not a quotation.
pub fn parse_np(
    block: &str,
    toks: &[Tok],
    mut i: usize,
    end: usize,
    naming: &dyn Fn(usize) -> Option<String>,
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
    if t.is_word() {
        let pron = match t.lower.as_str() {
            "il" | "lui" | "lui-même" => Some(Pron::Personal(Gender::M)),
            "elle" | "elle-même" => Some(Pron::Personal(Gender::F)),
            "on" | "ils" | "elles" | "eux" | "chacun" | "chacune" | "tous" | "certains"
            | "certaines" | "d'autres" | "personne" | "nous" | "vous" => Some(Pron::Vague),
            "qui" => Some(Pron::Relative),
            "celui-ci" | "celle-ci" | "celui-là" | "celle-là" => Some(Pron::Demonstrative),
            _ => None,
        };
        if let Some(p) = pron {
            // "ils" and "certains" may open a longer phrase ("certains analystes").
            if !(t.lower == "certains" || t.lower == "certaines")
                || !toks
                    .get(i + 1)
                    .is_some_and(|n| n.is_word() && !n.cap && i + 1 < end)
            {
                np.pronoun = Some(p);
                return Some(np);
            }
        }
    }
    let mut j = i;
    // Determiner, or an honorific, or a bare name.
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
    let mut head_seen = false;
    let mut in_complement = false;
    // Whether the next determiner opens the head's first complement ("d'une banque").
    let mut first_complement = false;
    let mut complements = 0;
    while j < end {
        let t = &toks[j];
        if let Some(q) = t.quote() {
            match naming(q) {
                Some(name) => {
                    let after_naming = j > 0 && lexicon::is_naming_participle(&toks[j - 1].lower);
                    if !name.is_empty()
                        && np.name.is_none()
                        && np.body.is_none()
                        && (!in_complement || after_naming)
                    {
                        np.body = Some(name);
                        head_seen = true;
                    }
                    j += 1;
                    continue;
                }
                None => break,
            }
        }
        if !t.is_word() {
            if t.is_punct(".") && j > 0 && lexicon::honorific(&toks[j - 1].lower).is_some() {
                j += 1;
                continue;
            }
            if t.is_punct("&") {
                j += 1;
                continue;
            }
            break;
        }
        let w = t.lower.as_str();
        if w == "et" && (np.name.is_some() || np.body.is_some() || head_seen) && !in_complement {
            // "Moscou et Washington": more than one referent.
            let next = toks.get(j + 1);
            if next
                .is_some_and(|n| n.is_word() && (n.cap || lexicon::determiner(&n.lower).is_some()))
            {
                np.coordinated = true;
            }
            break;
        }
        if matches!(
            w,
            "qui" | "que" | "qu'" | "dont" | "où" | "lequel" | "laquelle"
        ) {
            break;
        }
        if !t.cap && head_seen {
            let verb =
                lexicon::speech_verb(w).is_some_and(|v| v.form != lexicon::Form::PastParticiple);
            let clitic = lexicon::is_clitic(w) && lexicon::determiner(w).is_none() && w != "en";
            if verb || lexicon::is_auxiliary(w) || clitic {
                break;
            }
        }
        // "le joueur de 24 ans": an age closes the phrase.
        if matches!(w, "de" | "d'")
            && toks
                .get(j + 1)
                .is_some_and(|n| n.lower.chars().all(|c| c.is_ascii_digit()))
            && toks.get(j + 2).is_some_and(|n| n.is("ans"))
        {
            j += 3;
            break;
        }
        if lexicon::is_preposition(w) && !t.cap {
            if head_seen
                && !matches!(
                    w,
                    "de" | "du" | "des" | "d'" | "à" | "au" | "aux" | "en" | "chargé"
                )
            {
                break; // an adverbial ("lors d'une rencontre", "devant la presse")
            }
            in_complement = true;
            complements += 1;
            first_complement = complements == 1;
            if w == "des" && first_complement {
                np.indefinite_complement = false;
            }
            j += 1;
            continue;
        }
        if in_complement {
            if let Some((det, _, _)) = lexicon::determiner(w) {
                if first_complement && det == Det::Indefinite {
                    np.indefinite_complement = true;
                }
                j += 1;
                continue;
            }
        }
        first_complement = false;
        let after_det =
            j > i && !in_complement && lexicon::determiner(&toks[j - 1].lower).is_some();
        if let Some(g) = lexicon::honorific(w).filter(|_| t.cap) {
            // "M. Peskov", "Mme Fonoti", "Sir Keir Starmer".
            let mut k = j + 1;
            if k < end && toks[k].is_punct(".") {
                k += 1;
            }
            if let Some(e) = run_at(toks, k, end) {
                if !in_complement && np.name.is_none() {
                    np.name = Some(Name {
                        text: surface(block, toks, k, e),
                        gender: g,
                        cued: true,
                    });
                } else {
                    np.proper_complement = true;
                }
                j = e;
                continue;
            }
        }
        if let Some(e) = run_at(toks, j, end) {
            // "le ministre des Affaires étrangères Sergueï Lavrov": a full name after the
            // complement, not right after its preposition, is the phrase's own name.
            let after_complement = in_complement
                && np.name.is_none()
                && j > i
                && !lexicon::is_preposition(&toks[j - 1].lower)
                && lexicon::determiner(&toks[j - 1].lower).is_none()
                && (e - j >= 2 || lexicon::first_name(w).is_some())
                && lexicon::first_name(w).is_some_and(|_| true) | (e - j >= 2);
            if in_complement && !after_complement {
                // "le chef de l'État", "le ministre des Affaires étrangères": a portfolio, not
                // someone else's name.
                if !(e == j + 1 && lexicon::is_portfolio(w)) {
                    np.proper_complement = true;
                }
                j = e;
                continue;
            }
            if after_complement {
                in_complement = false;
            }
            // A bare capitalised word opening the phrase and followed by a preposition is a
            // common noun at the start of a sentence ("Syndicats d'enseignants …", "Troupes en
            // Ukraine"), not a name.
            if j == i
                && e == j + 1
                && lexicon::first_name(w).is_none()
                && toks
                    .get(e)
                    .is_some_and(|n| n.is_word() && !n.cap && lexicon::is_preposition(&n.lower))
            {
                np.thing = Some(w.to_owned());
                head_seen = true;
                j = e;
                continue;
            }
            let mut start = j;
            // "la Suédoise Ebba Lindqvist", "le Sud-Coréen Baek Do-yun": a nationality, then the name.
            if after_det
                && e - j >= 2
                && lexicon::first_name(w).is_none()
                && lexicon::looks_like_demonym(w)
            {
                np.gender = Some(demonym_gender(w, np.gender));
                start = j + 1;
                head_seen = true;
            }
            if np.name.is_none() && np.body.is_none() && np.thing.is_some() && np.role.is_none() {
                // "le collectif Exigence Lycée": the organisation's name, not a person's; one
                // capitalised word ("l'association Halles vivantes") is too little to name it.
                if e - start >= 2 {
                    np.body = Some(surface(block, toks, start, e));
                }
            } else if np.name.is_none() && np.body.is_none() {
                if np.det.is_some()
                    && !head_seen
                    && e - start == 1
                    && lexicon::first_name(&toks[start].lower).is_none()
                {
                    // "le Kremlin", "l'Élysée": a body named by its head noun.
                    np.body = Some(surface(block, toks, start, e));
                    head_seen = true;
                } else {
                    let text = surface(block, toks, start, e);
                    let gender = lexicon::first_name(&toks[start].lower).unwrap_or(Gender::U);
                    np.name = Some(Name {
                        text,
                        gender,
                        cued: np.det.is_some() || np.role.is_some(),
                    });
                }
            }
            j = e;
            continue;
        }
        if t.acronym && !in_complement && np.name.is_none() && np.body.is_none() {
            np.body = Some(block[t.start..t.end].to_owned());
            head_seen = true;
            j += 1;
            continue;
        }
        // Words only serve to match a role ("le porte-parole du Kremlin"): a thing's are not kept.
        if np.thing.is_none() && np.words.len() < 8 {
            np.words.push(w.to_owned());
        }
        if !in_complement && !head_seen {
            if let Some((key, g)) = lexicon::role(w) {
                if !(lexicon::is_pre_adjective(w) && next_is_noun(toks, j + 1, end)) {
                    np.role = Some(key);
                    np.gender = Some(np.gender.unwrap_or(Gender::U).or(g));
                    if w.ends_with('s') && lexicon::role(w.trim_end_matches('s')).is_some() {
                        np.plural = true;
                    }
                    head_seen = true;
                }
            } else if !lexicon::is_pre_adjective(w) {
                np.thing = Some(w.to_owned());
                head_seen = true;
            }
        }
        j += 1;
    }
    np.end = j;
    if np.det.is_none()
        && np.name.is_none()
        && np.body.is_none()
        && np.role.is_none()
        && np.thing.is_none()
    {
        return None;
    }
    Some(np)
}

fn next_is_noun(toks: &[Tok], j: usize, end: usize) -> bool {
    j < end && toks[j].is_word() && !toks[j].cap && lexicon::role(&toks[j].lower).is_some()
        || j < end && toks[j].is_capitalised() && toks[j].lower == "premier"
        || (j < end && toks[j].is_word() && toks[j].lower == "ministre")
}

fn demonym_gender(w: &str, det: Option<Gender>) -> Gender {
    match det {
        Some(g) if g != Gender::U => g,
        _ if w.ends_with('e') => Gender::F,
        _ => Gender::M,
    }
}

/// A person known in a dispatch.
#[derive(Debug, Clone)]
pub struct Person {
    /// Full name as written (the longest form seen).
    pub name: String,
    /// Its words, folded.
    pub folded: Vec<String>,
    pub gender: Gender,
    /// Roles given to them ("porte-parole du kremlin"): key and words.
    pub roles: Vec<(&'static str, Vec<String>)>,
    /// The text presents them as a person (a first name, an honorific, a role, an age).
    pub cued: bool,
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

    pub fn add_role(&mut self, person: usize, role: &'static str, words: &[String]) {
        let p = &mut self.people[person];
        let words: Vec<String> = words.iter().map(|w| fold(w)).collect();
        if !p.roles.iter().any(|(r, w)| *r == role && *w == words) {
            p.roles.push((role, words));
        }
    }

    /// The person last given a role matching `role` and `words` ("le porte-parole du Kremlin").
    pub fn by_role(&self, role: &str, words: &[String], gender: Gender) -> Option<usize> {
        let words: Vec<String> = words.iter().map(|w| fold(w)).collect();
        let mut best: Option<(usize, usize)> = None;
        for (i, p) in self.people.iter().enumerate() {
            if !p.gender.compatible(gender) {
                continue;
            }
            for (r, rw) in &p.roles {
                if *r != role {
                    continue;
                }
                let overlap = words.iter().filter(|w| rw.contains(w)).count();
                if best.is_none_or(|(_, o)| overlap >= o) {
                    best = Some((i, overlap));
                }
            }
        }
        best.map(|(i, _)| i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::extract::tokens::tokenize;

    fn np(text: &str) -> Np {
        let mut toks = tokenize(text, 0..text.len(), &[]);
        mark(&mut toks);
        parse_np(text, &toks, 0, toks.len(), &|_| None).expect("a noun phrase")
    }

    #[test]
    fn roles_names_and_complements() {
        let p = np("le porte-parole du Kremlin");
        assert_eq!(p.role, Some("porte-parole"));
        assert!(p.proper_complement && p.name.is_none());

        let p = np("le ministre des Affaires étrangères Sergueï Lavrov");
        assert_eq!(p.name.unwrap().text, "Sergueï Lavrov");

        let p = np("la Suédoise Ebba Lindqvist");
        assert_eq!(p.name.unwrap().text, "Ebba Lindqvist");
        assert_eq!(p.gender, Some(Gender::F));

        let p = np("M. Hervé-Dantec");
        assert_eq!(p.name.unwrap().text, "Hervé-Dantec");

        let p = np("le Premier ministre britannique Sir Keir Starmer");
        assert_eq!(p.name.unwrap().text, "Keir Starmer");

        let p = np("Le gouverneur d'une banque centrale");
        assert!(p.indefinite_complement && p.role == Some("gouverneur"));

        let p = np("l'entourage du ministre");
        assert_eq!(p.thing.as_deref(), Some("entourage"));

        assert!(np("Moscou et Washington").coordinated);
        assert_eq!(np("le Kremlin").body.as_deref(), Some("Kremlin"));
        assert_eq!(np("Erwan Le Floch").name.unwrap().text, "Erwan Le Floch");
        assert_eq!(
            np("Ursula von der Leyen").name.unwrap().text,
            "Ursula von der Leyen"
        );
    }

    #[test]
    fn registry_expands_surnames() {
        let mut r = Registry::default();
        r.add("Dmitri Peskov", Gender::M);
        assert_eq!(r.full_name("Peskov").unwrap().name, "Dmitri Peskov");
        assert_eq!(r.full_name("peskov").unwrap().name, "Dmitri Peskov");
        assert!(r.full_name("Lavrov").is_none());
    }
}
