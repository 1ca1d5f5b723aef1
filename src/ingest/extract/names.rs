//! Names: which capitalised words can make a person's name ("Ursula von der Leyen", "Erwan Le
//! Floch", "Kim Jong Un"), how names are compared (folded), and their surface text.

use super::lexicon::{self, Gender};
use super::tokens::{Tok, LEX_CAPITAL, LEX_NAME, LEX_TITLE};
use crate::text::fold::{fold, fold_cow};

pub use super::lexicon::is_function_word;

/// Sets the name flags of capitalised tokens, once: the rules test them again and again.
pub fn mark(toks: &mut [Tok]) {
    for t in toks
        .iter_mut()
        .filter(|t| t.is_word() && (t.cap || t.acronym))
    {
        // The lexicon's answers, when `bodies::mark_words` worked them out for the word form.
        let known = t.lex & LEX_CAPITAL != 0;
        t.name_word = (t.is_capitalised() || t.acronym)
            && if known {
                t.lex & LEX_NAME != 0
            } else {
                may_name(&t.lower)
            };
        t.title = t.name_word
            && if known {
                t.lex & LEX_TITLE != 0
            } else {
                is_title_word(&t.lower)
            };
    }
    // "Saluant la décision …", "Durant la nuit …": a capitalised word in "-ant" right before a
    // lower-case article or possessive is a participle or a preposition opening the sentence.
    for i in 0..toks.len().saturating_sub(1) {
        let next = &toks[i + 1];
        if toks[i].name_word
            && !toks[i].acronym
            && toks[i].lower.ends_with("ant")
            && lexicon::first_name(&toks[i].lower).is_none()
            && next.is_word()
            && !next.cap
            && lexicon::determiner(&next.lower).is_some()
        {
            toks[i].name_word = false;
            toks[i].title = false;
        }
    }
    // "Le Ministre Délégué Français pour l'Europe", "La Secrétaire d'État Américaine Joan
    // Pelley": translated copy capitalises a title's adjective of nationality too; after a
    // title ("Secrétaire d'État" too) it is part of the title, not a name. "a répliqué le
    // dirigeant Allemand": so is a nationality the lexicon knows after a role noun in lower
    // case (an ending alone would take "le maire Dubois").
    for i in 1..toks.len() {
        let after_role = || {
            let p = &toks[i - 1];
            p.is_word() && !p.cap && lexicon::role(&p.lower).is_some() && {
                let folded = fold_cow(&toks[i].lower);
                let masculine = folded.strip_suffix('e').unwrap_or(&folded);
                lexicon::is_known_nationality(&folded) || lexicon::is_known_nationality(masculine)
            }
        };
        if toks[i].name_word
            && !toks[i].acronym
            && ((toks[i - 1].title || matches!(toks[i - 1].lower.as_str(), "état" | "etat"))
                && title_adjective(&toks[i].lower, toks.get(i + 1))
                || after_role())
        {
            toks[i].title = true;
        }
    }
    lower_portfolio_complements(toks);
}

/// Whether a capitalised word (lower-cased) can be part of a name, as far as the word itself
/// tells.
pub fn may_name(lower: &str) -> bool {
    // A single letter is an initial or an unaccented "À", never a name of its own.
    lower.chars().nth(1).is_some()
        && !is_function_word(lower)
        && lexicon::honorific(lower).is_none()
        && !lexicon::is_number_word(lower)
        // "a répondu Muyaya Mardi soir": translated copy capitalises the day, no name's.
        && !lexicon::is_weekday(lower)
        // "Actuellement, les parents se disent «…»": an adverb opening the sentence.
        && !lexicon::is_manner_adverb(lower)
        // "Accusant la Russie de «…», Emmanuel Macron …": a speech verb's present
        // participle opening a sentence.
        && !lexicon::speech_verb(lower).is_some_and(|v| v.form == lexicon::Form::PresentParticiple)
}

/// "Premier ministre", "Urgentiste depuis …": a capitalised word that can be part of a name is a
/// title's, not a name's.
pub fn is_title_word(lower: &str) -> bool {
    lexicon::role(lower).is_some() || lexicon::is_pre_adjective(lower)
}

/// "Le Ministre Ostalien Des Affaires Étrangères Brenk", "La Ministre De La Défense Olsen":
/// translated copy capitalises a title's portfolio complement throughout; its preposition, its
/// article and the adjectives after the portfolio are read in lower case, as French writes
/// them, so that none of them opens or joins the name that follows.
fn lower_portfolio_complements(toks: &mut [Tok]) {
    let mut i = 1;
    while i < toks.len() {
        let opens = toks[i - 1].title
            && toks[i].is_word()
            && matches!(toks[i].lower.as_str(), "de" | "des" | "du" | "d'");
        if !opens {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        if toks.get(j).is_some_and(|t| {
            t.is_word() && t.cap && matches!(t.lower.as_str(), "la" | "l'" | "le" | "les")
        }) {
            j += 1;
        }
        if !toks
            .get(j)
            .is_some_and(|t| t.is_word() && t.cap && lexicon::is_portfolio(&t.lower))
        {
            i += 1;
            continue;
        }
        let mut m = j + 1;
        while toks
            .get(m)
            .is_some_and(|t| t.is_word() && t.cap && is_portfolio_adjective(&fold(&t.lower)))
        {
            m += 1;
        }
        for k in (i..j).chain(j + 1..m) {
            toks[k].cap = false;
            toks[k].name_word = false;
            toks[k].title = false;
        }
        i = m;
    }
}

/// The adjectives French writes in lower case after a portfolio: "Affaires étrangères",
/// "Affaires sociales", "Comptes publics".
fn is_portfolio_adjective(folded: &str) -> bool {
    matches!(
        folded,
        "etrangeres"
            | "europeennes"
            | "sociales"
            | "publics"
            | "publiques"
            | "exterieures"
            | "interieures"
            | "nationale"
            | "numerique"
            | "maritimes"
    )
}

/// Whether a capitalised word after a title is the title's adjective of nationality: one the
/// lexicon knows ("français", "américaine"), or a word with the ending of one that is no first
/// name ("Julien"), with no name after it ("Ostalien pour l'Europe") or one the title's
/// surest endings make plain ("La Ministre Ostalienne Brenk", "le Premier Ministre Varnien
/// Vesk").
fn title_adjective(w: &str, next: Option<&Tok>) -> bool {
    let folded = fold(w);
    let masculine = folded.strip_suffix('e').unwrap_or(&folded);
    let known = lexicon::is_known_nationality(&folded) || lexicon::is_known_nationality(masculine);
    let surest = ["ien", "ienne", "ais", "aise", "ois", "oise"]
        .iter()
        .any(|e| folded.ends_with(e) && folded.len() > e.len() + 3);
    known
        || (lexicon::is_adjective_of_nationality(&folded)
            && lexicon::first_name(w).is_none()
            && (surest || next.is_none_or(|n| !n.name_word)))
}

/// "Le Pen a estimé", "a dit Le Maire": a capitalised article or particle right before a
/// capitalised word is the first word of a surname when `known` (the gazetteer) knows the two
/// together as one person's ("Marine Le Pen", "Bruno Le Maire"), rather than an article.
pub fn mark_particles(toks: &mut [Tok], block: &str, known: impl Fn(&str) -> bool) {
    for i in 1..toks.len() {
        let (a, b) = (&toks[i - 1], &toks[i]);
        let particle = a.is_word()
            && a.cap
            && matches!(
                a.lower.as_str(),
                "le" | "la" | "les" | "de" | "du" | "des" | "di" | "da" | "del" | "van" | "von"
            );
        if !particle || !b.is_capitalised() || b.acronym || is_function_word(&b.lower) {
            continue;
        }
        if known(&format!(
            "{} {}",
            &block[a.start..a.end],
            &block[b.start..b.end]
        )) {
            toks[i - 1].name_word = true;
            toks[i].name_word = true;
            toks[i].title = false;
        }
    }
    // "François Villeroy de Galhau": a lower-case "de" inside a surname the gazetteer knows
    // whole joins the words around it.
    for i in 1..toks.len().saturating_sub(1) {
        let (a, p, b) = (&toks[i - 1], &toks[i], &toks[i + 1]);
        let inside = a.is_capitalised()
            && p.is_word()
            && !p.cap
            && matches!(p.lower.as_str(), "de" | "du" | "des")
            && b.is_capitalised()
            && !b.acronym
            && !is_function_word(&b.lower);
        if inside
            && known(&format!(
                "{} {} {}",
                &block[a.start..a.end],
                &block[p.start..p.end],
                &block[b.start..b.end]
            ))
        {
            toks[i].name_word = true;
        }
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
///
/// Asked at every word of every sentence: the test most words fail is made inline.
#[inline]
pub fn run_at(toks: &[Tok], i: usize, end: usize) -> Option<usize> {
    if i >= end || !name_word(&toks[i]) || title_word(&toks[i]) {
        return None;
    }
    run_from(toks, i, end)
}

/// [`run_at`] at a word that can open a name.
fn run_from(toks: &[Tok], i: usize, end: usize) -> Option<usize> {
    if toks[i].acronym || lexicon::is_portfolio(&toks[i].lower) {
        // "OTAN", "BCE", "de l'Agriculture Bastien Roulier": a run of its own.
        return Some(i + 1);
    }
    let mut j = i + 1;
    loop {
        // "Marie-Claude DESJEUX", "Jean-Louis PÉRIÈS": legal and regional copy writes the
        // surname in capitals after a first name.
        if j < end && capital_surname(toks, i, j) {
            j += 1;
            continue;
        }
        if j < end
            && toks[j].is_capitalised()
            && !matches!(toks[j].lower.as_str(), "selon" | "pour")
            && !lexicon::is_weekday(&toks[j].lower)
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
            && (!matches!(toks[j].lower.as_str(), "de" | "du" | "des" | "d'")
                || toks[j].name_word
                // "Dominique de Villepin", "Laurence des Cars": a first name alone, then "de".
                || (j == i + 1
                    && matches!(toks[j].lower.as_str(), "de" | "d'" | "du" | "des")
                    && lexicon::first_name(&toks[i].lower).is_some()
                    && lexicon::first_name(&toks[k].lower).is_none()))
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
/// A newspaper's or a work's title opening at `i` with a capitalised article in the middle of
/// a sentence ("écrit La Vigie normande", "le quotidien Le Courrier du Val"): the article,
/// capitalised words joined by "de", "du", "des", "de la", and a regional adjective after
/// them. Returns where it ends. A capitalised article opening a sentence is not read as one.
///
/// Asked at every word of every sentence: only a capitalised word can open one (tested inline).
#[inline]
pub fn title_at(toks: &[Tok], i: usize, end: usize) -> Option<usize> {
    let t = &toks[i];
    if !(t.is_word() && t.cap) {
        return None;
    }
    title_from(toks, i, end)
}

/// [`title_at`] at a capitalised word.
fn title_from(toks: &[Tok], i: usize, end: usize) -> Option<usize> {
    let t = &toks[i];
    // "Le Pen": a surname's particle (see `mark_particles`), not a title's article.
    // "El Heraldo de Doranto", "The Daily Courier": a foreign article opens a title of two
    // words or more after it (not "El Khomri", a surname's particle).
    let foreign = t.is_word() && t.cap && is_foreign_article(&t.lower);
    let article = t.is_word()
        && t.cap
        && (!t.name_word || foreign)
        && (matches!(t.lower.as_str(), "le" | "la" | "les" | "l'") || foreign);
    let mid_sentence = i > 0 && (toks[i - 1].is_word() || toks[i - 1].is_punct(","));
    if !article {
        return None;
    }
    let capital =
        |k: usize| k < end && toks[k].is_capitalised() && !is_function_word(&toks[k].lower);
    if !capital(i + 1) || lexicon::first_name(&toks[i + 1].lower).is_some() {
        return None;
    }
    // "tandis que La France insoumise a jugé": a body's fixed name, not a title.
    if fixed_run(toks, i + 1, end).is_some() {
        return None;
    }
    // "La Présidente de la Commission Ursula von der Leyen", "Le Ministre de l'Économie":
    // translated copy capitalises an office, which opens a person's title, not a newspaper's.
    if lexicon::role(&toks[i + 1].lower).is_some_and(|(key, _)| lexicon::is_office(&fold(key))) {
        return None;
    }
    let mut j = i + 2;
    loop {
        if capital(j) {
            j += 1;
            continue;
        }
        let particle = j < end
            && toks[j].is_word()
            && !toks[j].cap
            && matches!(toks[j].lower.as_str(), "de" | "du" | "des" | "d'");
        if particle {
            let k = j
                + 1
                + usize::from(toks.get(j + 1).is_some_and(|n| {
                    j + 1 < end && matches!(n.lower.as_str(), "la" | "l'") && !n.cap
                }));
            if capital(k) {
                j = k + 1;
                continue;
            }
        }
        break;
    }
    // "l'association La Ville à vélo, qui …": after the noun of a body's kind, a name may end
    // with "à" or "en" and a lower-case noun, up to the comma.
    let after_kind = i > 0 && toks[i - 1].is_word() && lexicon::is_body_noun(&toks[i - 1].lower);
    if after_kind
        && j + 2 <= end
        && matches!(toks[j].lower.as_str(), "à" | "en")
        && toks[j + 1].is_word()
        && !toks[j + 1].cap
        && lexicon::determiner(&toks[j + 1].lower).is_none()
        && toks.get(j + 2).is_some_and(|t| t.is_punct(","))
    {
        j += 2;
    }
    // Opening a sentence, a capitalised article is the sentence's, unless what follows reads
    // as a newspaper's name of place: "Le Télégraphe de Brest donne la parole …" (not a body
    // named by its noun, "La Banque de France", nor a seat, "Le Quai d'Orsay").
    if !mid_sentence {
        // "d'" places a title of several words or a plural one ("Les Dernières Nouvelles
        // d'Ostalie"), not a seat of one word ("Le Quai d'Orsay", "Le Palais d'Iéna").
        let placed = j > i + 2
            && (i + 2..j).any(|k| match toks[k].lower.as_str() {
                "de" | "du" | "des" => true,
                "d'" | "d’" => k > i + 2 || t.lower == "les",
                _ => false,
            });
        if !placed || lexicon::is_body_noun(&toks[i + 1].lower) {
            return None;
        }
    }
    if foreign && j < i + 3 {
        return None;
    }
    // "Le Républicain lorrain", "La Vigie normande"; "Le Phare libre", "Le Guetteur enchaîné":
    // the adjectives French titles end with.
    if j < end && toks[j].is_word() && !toks[j].cap {
        let w = fold_cow(&toks[j].lower);
        let regional = (w.ends_with("and") || w.ends_with("ande")) && w.len() > 5;
        // "L'Observateur européen", "Le Courrier vendéen": "-éen" makes adjectives of
        // continents and regions too.
        let continental = (w.ends_with("een") || w.ends_with("eenne")) && w.len() > 6;
        if regional
            || continental
            || lexicon::is_adjective_of_nationality(&w)
            || lexicon::is_title_adjective(&w)
        {
            j += 1;
        }
    }
    Some(j)
}

/// Whether a body's name is a title found by [`title_at`]: it keeps its capitalised article.
pub fn is_title(name: &str) -> bool {
    ["Le ", "La ", "Les ", "L'", "L’"]
        .iter()
        .any(|a| name.starts_with(a))
        || name
            .split_once(' ')
            .is_some_and(|(a, rest)| is_foreign_article(&a.to_lowercase()) && rest.contains(' '))
}

/// Definite articles of other languages that open newspapers' titles ("El", "The", "Der").
fn is_foreign_article(w: &str) -> bool {
    matches!(w, "el" | "the" | "der" | "die" | "il" | "los" | "las")
}

pub fn surface(block: &str, toks: &[Tok], from: usize, to: usize) -> String {
    // The words and what stands between them in the block: room enough, allocated once.
    let span = match toks.get(from..to) {
        Some([first, .., last]) => last.end.saturating_sub(first.start),
        Some([one]) => one.end - one.start,
        _ => 0,
    };
    let mut out = String::with_capacity(span);
    for (j, t) in toks[from..to].iter().enumerate() {
        if !out.is_empty() && !out.ends_with('\'') && !out.ends_with('’') {
            out.push(' ');
        }
        let word = &block[t.start..t.end];
        if capital_surname(toks, from, from + j) {
            // Written as a name is: "DESJEUX" → "Desjeux".
            let mut chars = word.chars();
            out.extend(chars.next());
            out.push_str(&chars.as_str().to_lowercase());
        } else {
            out.push_str(word);
        }
    }
    out
}

/// Whether token `j` is a surname in capitals ("DESJEUX", three letters or more) in the run of
/// a name that opens at token `i` with a first name the lexicon knows ("Marie-Claude"), and
/// only capitalised words between them.
fn capital_surname(toks: &[Tok], i: usize, j: usize) -> bool {
    let t = &toks[j];
    j > i
        && t.is_word()
        && t.acronym
        && t.lower.chars().count() >= 3
        && toks[i].is_capitalised()
        && lexicon::first_name(toks[i].lower.split('-').next().unwrap_or_default()).is_some()
        && toks[i + 1..j]
            .iter()
            .all(|t| t.is_capitalised() || t.is_word() && t.acronym)
}

/// Folded names and their last words: "is this a person's name" in one lookup.
#[derive(Debug, Default)]
pub struct FoldedSet(lexicon::HashSet<String>);

impl FoldedSet {
    pub fn insert_name(&mut self, name: &str) {
        let folded = fold(name);
        if let Some(last) = folded.split_whitespace().last() {
            self.0.insert(last.to_owned());
        }
        self.0.insert(folded);
    }

    /// Whether the set has a name, given folded (`text::fold`).
    pub fn contains_folded(&self, folded: &str) -> bool {
        self.0.contains(folded)
    }
}

/// A person's name as found in the text, honorific removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name {
    pub text: String,
    pub gender: Gender,
    /// Preceded by an honorific or a title ("M.", "Mme", "le porte-parole", "la Suédoise").
    pub cued: bool,
}

/// Where a body whose fixed name has several words ("la Maison Blanche", "le Quai d'Orsay",
/// "les Nations unies", "le Département d'État") ends, when its name opens at token `i`: such a
/// name is one body's, never a person's ("Blanche") nor a shorter body's ("Quai").
///
/// Asked at every word of every sentence: only a capitalised word can open one (tested inline).
#[inline]
pub fn fixed_run(toks: &[Tok], i: usize, end: usize) -> Option<usize> {
    toks.get(i).filter(|t| t.cap && t.is_word())?;
    fixed_from(toks, i, end)
}

/// [`fixed_run`] at a capitalised word.
fn fixed_from(toks: &[Tok], i: usize, end: usize) -> Option<usize> {
    let first = &toks[i];
    // "tandis que La France insoumise a jugé": a capitalised article in the middle of a
    // sentence is the name's own, and the name runs on from the word after it.
    if matches!(first.lower.as_str(), "la" | "le" | "les") {
        return fixed_run(toks, i + 1, end);
    }
    // Only the first words of the multi-word names are worth a closer look.
    if !matches!(
        first.lower.as_str(),
        "maison"
            | "downing"
            | "place"
            | "quai"
            | "nations"
            | "département"
            | "departement"
            | "france"
    ) {
        return None;
    }
    lexicon::FIXED_BODIES.iter().find_map(|(f, _)| {
        let mut k = i;
        for part in f.split(' ').flat_map(|w| match w.split_once('\'') {
            Some((d, rest)) => [&w[..=d.len()], rest],
            None => [w, ""],
        }) {
            if part.is_empty() {
                continue;
            }
            if k >= end || fold_cow(&toks[k].lower) != part {
                return None;
            }
            k += 1;
        }
        (k > i + 1).then_some(k)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::extract::np::{parse_np, Nothing, Np};
    use crate::ingest::extract::tokens::tokenize;

    fn np(text: &str) -> Np {
        let mut toks = tokenize(text, 0..text.len(), &[]);
        mark(&mut toks);
        parse_np(text, &toks, 0, toks.len(), &Nothing).expect("a noun phrase")
    }

    #[test]
    fn roles_names_and_complements() {
        let p = np("le porte-parole du Kremlin");
        assert_eq!(p.role, Some("porte-parole"));
        assert!(p.proper_complement && p.name.is_none());
        assert_eq!(p.words, ["porte-parole", "du", "kremlin"]);

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
        assert_eq!(np("le joueur de 24 ans").end, 5);
    }

    #[test]
    fn a_single_letter_is_no_name() {
        let text = "A nous de jouer";
        let mut toks = tokenize(text, 0..text.len(), &[]);
        mark(&mut toks);
        assert!(run_at(&toks, 0, toks.len()).is_none());
    }
}
